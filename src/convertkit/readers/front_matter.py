"""YAML front matter above a markdown post (Jekyll, Hugo, Hexo, WordPress exports):

    ---
    title: 某某标题
    date: 2016-08-16 09:16:13+00:00
    author: 张三
    tags:
    - 虚拟化
    ---

Blog engines and crawlers that save articles as markdown put the article's facts there. Read as
text, the block would become the headline (``author: huangzhuo``) and a run of paragraphs. Only
the flat shapes such blocks use are read (``key: value``, a ``- item`` list under a key, quoted
values), without a YAML library: a block in any other shape is left to the text rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .. import regex_cache
from .base import Hints, Line

__all__ = ["FrontMatter", "front_matter_hints", "split_clipper_excerpt", "split_field_block", "split_front_matter",
           "split_page_properties", "split_reader_envelope", "split_source_line"]

_FENCE = "---"
_CLOSERS = ("---", "...")
_MAX_LINES = 80  # a front matter block is short; a longer run between two rules is text
_KEY_RE = regex_cache.compile(r"^(?P<key>[A-Za-z_][\w.-]{0,40})\s*:(?:\s+(?P<value>.*))?$")
_ITEM_RE = regex_cache.compile(r"^\s*-\s+(?P<item>.*)$")
# At least one of these keys makes the block an article's front matter, not a table of settings.
_ARTICLE_KEYS = frozenset(("title", "date", "author", "authors", "published", "publishdate", "pubdate"))


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """The fields read from the block, the block's lines as written, and the lines after it."""

    fields: dict[str, str | list[str]]
    block: tuple[Line, ...]
    rest: list[Line]


# An Obsidian wiki link ([[新华社]], [[page|shown name]]), as its web clipper writes the author.
_WIKI_LINK_RE = regex_cache.compile(r"\[\[(?:[^\[\]|]*\|)?(?P<name>[^\[\]|]+)\]\]")


def _unquoted(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1].strip()
    if value[:2] == "[[" and (link := _WIKI_LINK_RE.fullmatch(value)):
        return link.group("name").strip()
    return value


def _flow_list(value: str) -> list[str] | None:
    """``[a, b]``, YAML's one-line list."""
    if value.startswith("[") and value.endswith("]"):
        return [_unquoted(item) for item in value[1:-1].split(",") if _unquoted(item)]
    return None


def _fields(lines: Sequence[Line]) -> dict[str, str | list[str]] | None:
    """The block's fields, or None when a line is in no shape front matter uses."""
    fields: dict[str, str | list[str]] = {}
    key: str | None = None
    for line in lines:
        text = line.text.rstrip()
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        item = _ITEM_RE.match(text)
        if item is not None and key is not None:
            current = fields.get(key)
            values = current if isinstance(current, list) else []
            values.append(_unquoted(item.group("item")))
            fields[key] = values
            continue
        match = _KEY_RE.match(text)
        if match is None:
            if text[:1] in " \t" and key is not None:
                continue  # a nested mapping's line (a theme's settings): not read
            return None
        key = match.group("key").lower()
        value = _unquoted(match.group("value") or "")
        listed = _flow_list(value)
        fields[key] = listed if listed is not None else value  # [] is an empty list (tags: []), no word
    return fields


def split_front_matter(lines: Sequence[Line]) -> FrontMatter | None:
    """The front matter opening ``lines``, or None when they do not open with one."""
    start = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    if start is None or lines[start].text.strip() != _FENCE:
        return None
    for end in range(start + 1, min(len(lines), start + 1 + _MAX_LINES)):
        if lines[end].text.strip() in _CLOSERS:
            fields = _fields(lines[start + 1 : end])
            if not fields or not _ARTICLE_KEYS & fields.keys():
                return None
            return FrontMatter(fields, tuple(lines[start : end + 1]), list(lines[end + 1 :]))
    return None


# A reader service's envelope around a page's markdown (Jina Reader, and the crawlers that copy
# it): Title: …, URL Source: …, Published Time: …, then Markdown Content: and the page.
_ENVELOPE_RE = regex_cache.compile(r"^(?P<key>Title|URL Source|Published Time|Description)\s*:\s*(?P<value>.*)$")
_ENVELOPE_END = "Markdown Content:"
_ENVELOPE_KEYS = {"title": "title", "url source": "url", "published time": "time", "description": "description"}


def split_reader_envelope(lines: Sequence[Line]) -> FrontMatter | None:
    """The ``Title: / URL Source: / Markdown Content:`` envelope opening ``lines``, or None."""
    start = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    if start is None or not lines[start].text.startswith("Title:"):
        return None
    fields: dict[str, str | list[str]] = {}
    for end in range(start, min(len(lines), start + _MAX_LINES)):
        text = lines[end].text.strip()
        if text == _ENVELOPE_END:
            return FrontMatter(fields, tuple(lines[start : end + 1]), list(lines[end + 1 :])) if fields else None
        if not text:
            continue
        match = _ENVELOPE_RE.match(text)
        if match is None:
            return None
        fields[_ENVELOPE_KEYS[match.group("key").lower()]] = match.group("value").strip()
    return None


# A crawler's or a copier's labelled fields over the text (标题：… / 发布时间：… / 来源：… / 正文：, or
# 【标题】…, or title: … / date: … / content:): the article's facts, one a line, then its body.
_FIELD_LINE_RE = regex_cache.compile(
    r"^(?:【\s*(?P<bracketed>[^】\s][^】]{0,11})\s*】|\[\s*(?P<squared>[^\]\s][^\]]{0,11})\s*\]"
    r"|(?P<plain>[A-Za-z][A-Za-z _-]{0,19}|[\u3400-\u9fff][\u3400-\u9fff \u3000]{0,9})\s*[:：])\s*(?P<value>.*)$")
_BLOCK_FIELDS = ("title", "subtitle", "kicker", "time", "source", "author", "editor", "url", "keywords", "content")
# Labels such a block has that name nothing the document keeps (a summary, the site's section):
# read over, kept with the block's lines.
_SKIPPED_LABELS = frozenset((
    "摘要", "导语", "導語", "简介", "簡介", "分类", "分類", "栏目", "欄目", "频道", "頻道", "类别", "類別", "字数", "字數",
    "summary", "description", "abstract", "category", "section", "channel", "id", "words",
))
_FIELD_BLOCK_MAX = 20  # lines: a block of facts is short


@lru_cache(maxsize=1)
def _block_labels() -> dict[str, str]:
    """Label as a block writes it (lowercased, no spaces) -> our field name."""
    from .crawler_json import FIELD_CANDIDATES

    return {name.replace("_", " ").replace(" ", ""): field for field in _BLOCK_FIELDS for name in FIELD_CANDIDATES[field]}


def _field_line(text: str) -> tuple[str, str, str] | None:
    """(label as written, our field name or "" for a skipped label, value) of a field line."""
    found = _FIELD_LINE_RE.match(text.strip())
    if found is None:
        return None
    label = found.group("bracketed") or found.group("squared") or found.group("plain")
    key = "".join(label.split()).replace("_", "").lower()
    field = _block_labels().get(key)
    if field is None and key not in _SKIPPED_LABELS:
        return None
    return label.strip(), field or "", found.group("value").strip()


def split_field_block(lines: Sequence[Line]) -> FrontMatter | None:
    """The block of labelled fields opening ``lines`` (标题：… 来源：… 正文：), or None. It needs a
    title and one more fact; it ends at its body's label (正文：, whose value on the same line is the
    body's first line) or at the first line that is no field."""
    start = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    if start is None:
        return None
    fields: dict[str, str | list[str]] = {}
    end = start
    first_body: Line | None = None
    while end < len(lines) and end - start < _FIELD_BLOCK_MAX:
        text = lines[end].text.strip()
        if not text:
            end += 1
            continue
        read = _field_line(text)
        if read is None:
            break
        label, field, value = read
        end += 1
        if field == "content":
            if value:
                first_body = Line(text=value, number=lines[end - 1].number)
            break
        if field and value:
            fields.setdefault(label, value)
    named = {_block_labels()["".join(label.split()).replace("_", "").lower()] for label in fields}
    if "title" not in named or len(named) < 2:
        return None
    rest = ([first_body] if first_body is not None else []) + list(lines[end:])
    return FrontMatter(fields, tuple(lines[start:end]), rest)


def front_matter_hints(matter: FrontMatter) -> Hints:
    """Title, time, people, keywords and address from the block, read as a crawler record's
    fields are (the same field names and checks: a login such as ``huangzhuo`` is no author)."""
    from ..structure.titles import clean_title
    from .crawler_json import record_hints

    fields = {key: value for key, value in matter.fields.items() if value not in ("", [])}
    first = next((line.text.strip() for line in matter.rest if line.text.strip()), "")
    hints = record_hints(fields)
    extra = {**hints.extra, "front_matter": "\n".join(line.text for line in matter.block)}
    # the body may open with the headline without the site's tail the title field carries
    # (Title: 某某_网易新闻 over 某某)
    headline = first.lstrip("# ").strip()
    title_in_text = bool(hints.title) and headline in (hints.title, clean_title(hints.title or ""))
    # no title stated (MarkDownload's created/tags/source, Notion's properties): a markdown heading
    # opening the body is the headline
    title_in_text = title_in_text or (not hints.title and first.startswith("# "))
    return Hints(title=hints.title, published=hints.published, agency=hints.agency, authors=hints.authors,
                 editors=hints.editors, keywords=hints.keywords, url=hints.url, language=hints.language,
                 title_in_text=title_in_text, extra=extra)


# MarkDownload's template puts the page's description under the headline as a quotation headed
# Excerpt (# 标题 / > ## Excerpt / > 摘要… / ---): the page's summary, which the lead repeats, not
# words of the story.
_EXCERPT_HEAD_RE = regex_cache.compile(r"^>\s*(?:#{1,6}\s*)?Excerpt\s*$")
_HEADING_LINES = 3  # non-blank lines before the excerpt: the headline, perhaps a line under it


def split_clipper_excerpt(lines: Sequence[Line]) -> tuple[list[Line], tuple[Line, ...]]:
    """``lines`` without the clipper's excerpt quotation near their top, and the excerpt's lines
    (the rule under it too); ``lines`` as they are when they hold none."""
    seen = 0
    for start, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if _EXCERPT_HEAD_RE.match(text):
            end = start + 1
            while (following := next((i for i in range(end, len(lines)) if lines[i].text.strip()), None)) is not None \
                    and lines[following].text.lstrip().startswith(">"):
                end = following + 1  # the quotation's lines, blank lines between them too
            rule = end
            while rule < len(lines) and not lines[rule].text.strip():
                rule += 1
            if rule < len(lines) and lines[rule].text.strip() in ("---", "***", "___"):
                end = rule + 1
            return [*lines[:start], *lines[end:]], tuple(lines[start:end])
        seen += 1
        if seen >= _HEADING_LINES:
            break
    return list(lines), ()


# A note app's page properties under its headline (Notion's Markdown export: # 标题, then Created:
# May 11, 2024 9:30 AM / Tags: 交通 / URL: https://…, one a line): the clipped page's facts. Read as
# front matter's fields are, under the names the app gives them.
_PROPERTY_RE = regex_cache.compile(r"^(?P<key>[A-Z][A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,2})\s*:\s+(?P<value>\S.*)$")
_PROPERTY_KEYS = frozenset(("url", "source", "tags", "author", "authors", "published", "date", "title", "keywords"))
_PROPERTY_MIN = 2


def split_page_properties(lines: Sequence[Line]) -> FrontMatter | None:
    """The property lines under a ``# headline`` opening ``lines``, or None; the headline stays
    the first line of the rest."""
    start = next((i for i, line in enumerate(lines) if line.text.strip()), None)
    if start is None or not lines[start].text.startswith("# "):
        return None
    fields: dict[str, str | list[str]] = {}
    block: list[Line] = []
    index = start + 1
    while index < len(lines) and not lines[index].text.strip():
        index += 1
    while index < len(lines) and (found := _PROPERTY_RE.match(lines[index].text.strip())):
        value = found.group("value").strip()
        key = found.group("key").lower()
        fields[key] = [item.strip() for item in value.split(",") if item.strip()] if key in ("tags", "keywords") else value
        block.append(lines[index])
        index += 1
    if len(block) < _PROPERTY_MIN or not _PROPERTY_KEYS & fields.keys():
        return None
    return FrontMatter(fields, tuple(block), [*lines[: index - len(block)], *lines[index:]])


# A clipper's or a note app's line naming the page a clip came from, near its top (Joplin's and
# Evernote's markdown exports, Obsidian's and MarkDownload's templates): the address alone
# (https://…, <https://…>, [https://…](https://…)), or labelled (Source: …, URL: …, 原文链接：…,
# 来源：https://…), perhaps quoted or set in bold or italics. Read as text it was the first
# paragraph; it is the document's source address.
_SOURCE_LINE_RE = regex_cache.compile(
    r"^[>*_\s]*(?:(?P<label>source|url|link|original|origin|clipped from|saved from|原文链接|原文鏈接|原文連結|原文地址|"
    r"原文网址|原文網址|原文|来源链接|來源鏈接|來源連結|来源网址|來源網址|链接|鏈接|連結|网址|網址|来源|來源|出处|出處)"
    r"\s*[*_]*\s*[:：]\s*[*_]*\s*)?"
    r"(?:<(?P<angle>https?://[^\s<>]+)>|\[(?P<shown>[^\]\n]*)\]\((?P<linked>https?://[^\s()]+)\)"
    r"|(?P<bare>https?://[^\s<>]+))[*_\s]*$",
    re.IGNORECASE)
_SOURCE_LINE_REACH = 6  # non-blank lines from the top: the headline, a date or a tag line, the address
# a line this long that is no address, or a sentence, is the story: no source line below it
_SOURCE_LINE_PROSE = 60
_SOURCE_LINE_SENTENCE = 20


def source_address(text: str) -> str | None:
    """The address a source line gives (``Source: https://…``, ``<https://…>``, ``[https://…](https://…)``,
    or the address alone), or None when ``text`` is no such line."""
    found = _SOURCE_LINE_RE.match(text)
    if found is None:
        return None
    linked = found.group("linked")
    shown = (found.group("shown") or "").strip()
    # a link alone is the source only when it shows the address (a title's link is a reference)
    if linked is not None and not found.group("label") and not shown.startswith(("http://", "https://")):
        return None
    address = found.group("angle") or linked or found.group("bare")
    return str(address).rstrip(".,;，。；")


def split_source_line(lines: Sequence[Line]) -> tuple[list[Line], Line | None, str | None]:
    """``lines`` without the clip's source-address line near their top, that line and its address;
    (``lines``, None, None) when there is none. Only the first few lines are looked at, and only those holding
    ``://`` are matched: a story's own link further down stays in it."""
    seen = 0
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if "://" in text:
            address = source_address(text)
            if address is not None:
                return [*lines[:index], *lines[index + 1 :]], line, address
        if len(text) >= _SOURCE_LINE_PROSE or (len(text) >= _SOURCE_LINE_SENTENCE and text[-1] in "。！？”」"):
            break
        seen += 1
        if seen >= _SOURCE_LINE_REACH:
            break
    return list(lines), None, None
