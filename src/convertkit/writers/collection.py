"""What a file of several articles says about itself, the same in every writer that makes one.

A press office's daily 简报 is several articles in one file: the EPUB makes them a book, the PDF
and the DOCX a pack; each opens on a page that names it and lists its contents. The pack's title, its line
of facts (how many articles, which days) and the word for "contents" come from here, so the
three formats give the same answers. Kept free of lxml and reportlab: every writer imports it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from .. import regex_cache
from ..model import Document, Heading, Lead, Paragraph, Point, Turn
from ..style import TextSpec
from .masthead import turn_line

UNTITLED = "无标题"
UNTITLED_HANT = "無標題"
CONTENTS_TITLES = {"zh-CN": "目录", "zh-TW": "目錄", "zh-HK": "目錄", "zh-MO": "目錄"}
LABEL_CHARS = 30
CONTENTS_CHARS = 100  # a contents entry is a label: a crawler's 3000-character "title" is cut

_SENTENCE_END = regex_cache.compile(r"[。！？!?；;]")
_ASCII_SPACE = regex_cache.compile(r"[ \t\n\r\f\v]+")


def fold(text: str | None) -> str:
    """Runs of ASCII white space as one space, trimmed; an ideographic space (U+3000) is
    content, not layout, and is kept."""
    return _ASCII_SPACE.sub(" ", text or "").strip(" ")


def display_title(doc: Document, one_line: Callable[[str | None], str] = fold) -> str:
    """A title that is never blank (contents entries and outlines must have text), on one line.

    An article without a title (crawler content, a bare text file) is listed under the start
    of its first body sentence, so a pack of them has usable contents; the article itself
    shows no invented heading. ``one_line`` folds the text (the EPUB's also makes it XML-safe).
    """
    title = one_line(doc.meta.title)
    if title.strip():
        return title
    for block in doc.blocks:
        if isinstance(block, Lead | Paragraph | Point | Heading | Turn):
            text = one_line(turn_line(block) if isinstance(block, Turn) else block.text).strip()
            if text:
                end = _SENTENCE_END.search(text)
                label = text[: end.start()] if end and end.start() > 0 else text
                return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS] + "…"
    return UNTITLED_HANT if doc.meta.language == "zh-Hant" else UNTITLED


def contents_entry(doc: Document, one_line: Callable[[str | None], str] = fold) -> str:
    """The article's title as its contents entry lists it: one line of text, at most
    ``CONTENTS_CHARS`` characters (an entry must fit a page)."""
    title = display_title(doc, one_line)
    return title if len(title) <= CONTENTS_CHARS else title[: CONTENTS_CHARS - 1] + "…"


def pack_title(docs: Sequence[Document], title: str | None,
               one_line: Callable[[str | None], str] = fold) -> str:
    """The user's title (``--title``), else the first article's with how many follow it."""
    if title and one_line(title).strip():
        return one_line(title)
    first = display_title(docs[0], one_line)
    if len(docs) == 1:
        return first
    first = first if len(first) <= CONTENTS_CHARS else first[: CONTENTS_CHARS - 1] + "…"
    return f"{first}（等{len(docs)}篇）"


def pack_facts(docs: Sequence[Document], text: TextSpec) -> str:
    """``共10篇 · 2019年1月17日—2024年6月3日``: the line under a pack's title."""
    parts = [f"共{len(docs)}篇"]
    days = sorted({moment.date() for moment in (parse_time(doc.meta.published) for doc in docs) if moment})
    if days:
        shown = [text.date_format.format(year=day.year, month=day.month, day=day.day) for day in (days[0], days[-1])]
        parts.append(shown[0] if shown[0] == shown[1] else f"{shown[0]}—{shown[1]}")
    return text.meta_separator.join(parts)


def newest(docs: Sequence[Document]) -> Document:
    """The article that dates a pack (its 报头 shows the newest article's day)."""
    dated = [(moment.replace(tzinfo=None), index) for index, moment in
             enumerate(parse_time(doc.meta.published) for doc in docs) if moment]
    return docs[max(dated)[1]] if dated else docs[0]


PACK_KEYWORDS = 30  # a pack's metadata lists at most this many of its articles' keywords


def pack_author(docs: Sequence[Document]) -> str:
    """Who a pack is by, for its metadata: its articles' outlets, each once (新华社、中新网)."""
    return "、".join(dict.fromkeys(doc.meta.agency for doc in docs if doc.meta.agency))


def pack_keywords(docs: Sequence[Document]) -> tuple[str, ...]:
    """The articles' keywords, each once, in order, at most ``PACK_KEYWORDS``."""
    return tuple(dict.fromkeys(word for doc in docs for word in doc.meta.keywords))[:PACK_KEYWORDS]


def contents_title(language_tag: str) -> str:
    """目录, or 目錄 for a Traditional pack."""
    return CONTENTS_TITLES.get(language_tag, "目录")


def parse_time(published: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(published.strip()) if published else None
    except ValueError:
        return None
