"""What a reader hands to ``structure``: source lines plus hints from the container format.

Readers adapt formats (plain text, saved HTML, crawler JSON); they know nothing of news
conventions. ``structure`` knows news conventions and nothing of formats. ``Hints`` carries
the facts a container already states (an HTML ``<meta>``, a JSON ``title`` field), which the
news rules prefer over guessing from the text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import timedelta, timezone

# The clock of every region Chinese news comes from (mainland China, Taiwan, Hong Kong, Macau,
# Singapore, Malaysia): a bare instant (an epoch number) is shown on it, as its readers read it.
NEWS_TIME = timezone(timedelta(hours=8))


@dataclass(frozen=True, slots=True)
class Line:
    """One source line, exactly as decoded (no line ending), with its 1-based number."""

    text: str
    number: int

    def __init__(self, text: str, number: int) -> None:
        # Written out, where dataclass stores each field with object.__setattr__: a reader makes
        # one of every line. The slots' own setters store them; to everyone else it stays frozen.
        set_text, set_number = _LINE_SETTERS
        set_text(self, text)
        set_number(self, number)

    @property
    def stripped(self) -> str:
        return self.text.strip()


_LINE_SETTERS = (Line.text.__set__, Line.number.__set__)  # type: ignore[misc,attr-defined]  # the slots' descriptors


@dataclass(frozen=True, slots=True)
class Hints:
    """Facts stated by the container, each None when the container said nothing."""

    title: str | None = None
    published: str | None = None  # as written; the time rules parse it
    agency: str | None = None  # a 来源/source field
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    url: str | None = None
    language: str | None = None  # zh-Hans | zh-Hant when the container declares it
    captions: tuple[str, ...] = ()  # figcaption texts (HTML)
    headings: tuple[str, ...] = ()  # lines the page marks as headings (HTML <h2>–<h6> in the body)
    bold_lines: tuple[str, ...] = ()  # body lines the page sets bold all through (<p><strong>…</strong></p>)
    links: tuple[tuple[str, str], ...] = ()  # (title, url) pairs of related links (HTML)
    title_in_text: bool = True  # False when the body text does not start with the title
    # The summary a page sets apart under its headline (HTML: an element named summary, lead,
    # article-sub…), one body line: a note set apart (摘要), not the lead.
    standfirst: str | None = None
    # Lines the container marks as items of a list inside the body (HTML <ul>/<ol> in the story),
    # each with the marker a browser draws before it (• or its number: 1.).
    list_items: tuple[tuple[str, str], ...] = ()
    # The items of ``list_items`` that sit in a list inside another list's item, with how many
    # lists deep (1 for a <ul> in an <li>): writers indent them under the item that holds them.
    list_depths: tuple[tuple[str, int], ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


# A picture's label under it: a phrase with no mark at all (华坚鞋业生产车间, 运营商某次活动上展示的5G芯片) or
# a name of a few characters closed by a full stop (小温。, 冰洞。). A caption only where the container
# marks the picture, and the body sets no other line of that shape (a subheading): picture_labels.
_PICTURE_LABEL_RE = re.compile(r"[^，,：:；;。！？!?、\s“”\"'《》（）()【】|｜]{2,30}|[^，,：:；;。！？!?\s]{1,6}。")
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def labels_the_picture(text: str) -> bool:
    """``text`` has the shape of a picture's label (see ``_PICTURE_LABEL_RE``)."""
    return _PICTURE_LABEL_RE.fullmatch(text) is not None and _HAN_RE.search(text) is not None


def picture_labels(under: list[str], elsewhere: list[str]) -> tuple[str, ...]:
    """The lines under the container's pictures that are their labels: every one of them has a
    label's shape, and no other line of the body has it. A body that sets its subheadings so has
    them away from its pictures too, and then a phrase under a picture may be one of them."""
    if not under or any(labels_the_picture(text) for text in elsewhere) or not all(map(labels_the_picture, under)):
        return ()
    return tuple(dict.fromkeys(under))


def split_lines(text: str) -> list[Line]:
    """Split decoded text on any line ending (CRLF, CR, LF, U+2028/2029) into numbered lines."""
    return list(map(Line, text.splitlines(), itertools.count(1)))  # Line(text, number): no keywords, no loop in Python


# Hard-wrapped text (a PDF or an e-paper page copied and pasted, a fixed-width archive): every line
# of a paragraph but its last is filled to the column, and the rules would read each as a paragraph.
_WRAP_MAX_CHARS = 100  # a column wider than this is no column: a line this long is a paragraph
_WRAP_MIN_WIDTH = 30  # a column narrower than 15 Han characters is verse or a list, not a page
_WRAP_SLACK = 4  # a filled line may stop two Han characters short (a mark pushed to the next line)
_WRAP_MIN_LINES = 3
_WRAP_SHARE = 0.3  # of the non-blank lines, at least this share must be filled lines
_PARAGRAPH_ENDS = "。！？!?…”」』）)：:；;"


def _width(text: str) -> int:
    """Columns a line fills: two for a Han character or full-width mark, one for ASCII."""
    return 2 * len(text) - len(text.encode("ascii", "ignore"))


def _filled(text: str, width: int, column: int) -> bool:
    return width >= column - _WRAP_SLACK and text[-1] not in _PARAGRAPH_ENDS


def unwrap_hard_breaks(lines: list[Line]) -> list[Line]:
    """Lines of hard-wrapped text joined back into paragraphs; other text is returned as it is.

    Text is hard-wrapped when no line is longer than a column and a good share of the lines fill
    the column to within a character or two without ending a sentence. Such a line continues on
    the next one (unless that one is blank); a paragraph's last line is shorter or ends a sentence.
    Nearly every article fails the first test (a paragraph is longer than any column), which costs
    one pass over the line lengths.
    """
    if not lines or any(len(line.text) > _WRAP_MAX_CHARS and len(line.text.strip()) > _WRAP_MAX_CHARS for line in lines):
        return lines  # a line longer than a column, found as soon as it comes (mostly within the first few)
    texts = [line.text.strip() for line in lines]
    widths = [_width(text) for text in texts]
    column = max(widths)
    filled = [bool(text) and _filled(text, width, column) for text, width in zip(texts, widths, strict=True)]
    count, written = sum(filled), sum(1 for text in texts if text)
    if column < _WRAP_MIN_WIDTH or count < _WRAP_MIN_LINES or count < written * _WRAP_SHARE:
        return lines
    joined: list[Line] = []
    pending: Line | None = None
    for line, text, fill in zip(lines, texts, filled, strict=True):
        if pending is not None and text:
            glue = " " if pending.text[-1:].isascii() and pending.text[-1:].isalnum() and text[:1].isascii() and text[:1].isalnum() else ""
            pending = Line(text=pending.text + glue + text, number=pending.number)
        else:
            if pending is not None:
                joined.append(pending)
            pending = Line(text=text, number=line.number) if text else None
            if not text:
                joined.append(line)
        if pending is not None and not fill:
            joined.append(pending)
            pending = None
    if pending is not None:
        joined.append(pending)
    return joined
