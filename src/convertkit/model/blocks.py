"""The body of an article as a closed set of typed blocks, in reading order.

Every block keeps ``raw``, the exact source text it was built from, beside ``text``, the
normalised display text. Parsed fields (a photographer, a point's number and heading) are
derived from ``raw`` and never replace it, so nothing of the source is lost and a writer can
always fall back to ``text``.

The set is closed on purpose: ``BLOCK_TYPES`` is what every writer must handle, and a test
checks that each registered writer does.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True, slots=True)
class EditorNote:
    """A note set apart before the body: 编者按, 内容摘要, 划重点 and the like."""

    kind: ClassVar[str] = "editor_note"
    text: str
    raw: str
    label: str = "编者按"


@dataclass(frozen=True, slots=True)
class SeriesLabel:
    """The line naming the series an article belongs to (``…系列报道之九``)."""

    kind: ClassVar[str] = "series_label"
    text: str
    raw: str


@dataclass(frozen=True, slots=True)
class Heading:
    """A subheading inside the body (小标题); ``level`` 2 is the first level below the title."""

    kind: ClassVar[str] = "heading"
    text: str
    raw: str
    level: int = 2


@dataclass(frozen=True, slots=True)
class Lead:
    """The first body paragraph, with its dateline moved to ``Meta.dateline``."""

    kind: ClassVar[str] = "lead"
    text: str
    raw: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """An ordinary body paragraph."""

    kind: ClassVar[str] = "paragraph"
    text: str
    raw: str


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's turn in a transcript (a press conference, 答记者问, an interview, a panel):
    ``speaker`` is the label as the source writes it, without its colon (法新社记者, 毛宁, 问,
    答, 主持人, Q), and ``text`` what they say. Only a text that is a transcript has turns (two
    or more, questions and answers or speakers taking turns); a single quoted 张三：… in a story
    stays a paragraph. A writer sets the speaker apart (bold) before the words.

    A numbered question (1.问：…, （二）问：…, Q3：…) keeps its number apart: ``speaker`` is who
    asks (问, Q: the same asker each time), ``number`` the question's number and ``label`` the
    label as printed (1.问, （二）问, Q3), which the writers print (``label or speaker``)."""

    kind: ClassVar[str] = "turn"
    speaker: str
    text: str
    raw: str
    number: int | None = None
    label: str = ""  # the label as printed when it holds the number (1.问, Q3); else empty


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption; text input has no image, but a caption is still a caption."""

    kind: ClassVar[str] = "caption"
    text: str
    raw: str
    photographer: str | None = None


@dataclass(frozen=True, slots=True)
class Point:
    """A numbered point (``第一，…``, ``一是…``, ``一、…``) whose heading is its first clause.

    ``item``: the point is an item of a list, not a numbered paragraph: one headline or clause
    under a list's label (1., （1）) among numbered lines (新闻联播's 本期节目主要内容, a law's
    （一）…；). Writers hang its wrapped lines under its text, past the label, as a list is set;
    a numbered paragraph (第一，… and its sentences) wraps flush left like any paragraph.

    ``depth``: how many lists up the item sits below the first, 1 for an item of a list an item
    opens (15.国内联播快讯： and its （1）…（4）); writers indent it that many steps."""

    kind: ClassVar[str] = "point"
    number: int
    heading: str
    text: str
    raw: str
    label: str = ""  # the numbering as written: 第一, 一是, 一、
    item: bool = False
    depth: int = 0


@dataclass(frozen=True, slots=True)
class EndMark:
    """The wire-story end mark ``（完）``."""

    kind: ClassVar[str] = "end_mark"
    text: str
    raw: str


@dataclass(frozen=True, slots=True)
class Salutation:
    """A letter's salutation on its own line (编辑同志：, 尊敬的编辑：): set flush left with no
    first-line indent, as a letter addresses its reader, not indented like the prose under it."""

    kind: ClassVar[str] = "salutation"
    text: str
    raw: str


@dataclass(frozen=True, slots=True)
class Signature:
    """One line of a closing signature (落款): the issuing body (本报编辑部, 某某市人民政府) or
    the date under it, as a notice, a statement or an official document signs off. Set apart
    (right-aligned) by every writer; ``Meta.published`` falls back to its date."""

    kind: ClassVar[str] = "signature"
    text: str
    raw: str


@dataclass(frozen=True, slots=True)
class Attachments:
    """An official document's list of attachments (附件说明, GB/T 9704-2012 7.3.4) under its body:
    ``附件：1．某某行动方案`` / ``2．重点任务分工表``. ``items`` are the attachments' names without
    their numbers, which writers set again (1．, 2．) when there are several, as a list under the
    label, where the lines were stray paragraphs (the second read as a numbered point)."""

    kind: ClassVar[str] = "attachments"
    label: str  # 附件 as written (附件, 附件下载)
    items: tuple[str, ...]
    raw: str = ""  # the source lines, one per line

    @property
    def text(self) -> str:
        """The list as one text (附件：1．某某方案 / 2．某某表), for what reads any block's text."""
        if len(self.items) == 1:
            return f"{self.label}：{self.items[0]}"
        return f"{self.label}：" + "\n".join(f"{number}．{item}" for number, item in enumerate(self.items, 1))


@dataclass(frozen=True, slots=True)
class Imprint:
    """An official document's 版记 (GB/T 9704-2012 7.4) at its very end: who gets copies (抄送：…)
    and who printed it when (某某办公室　2024年3月6日印发), each line as written. Set apart from
    the body between rules, as the standard prints it, where the lines were body paragraphs."""

    kind: ClassVar[str] = "imprint"
    lines: tuple[str, ...]
    raw: str = ""  # the source lines, one per line

    @property
    def text(self) -> str:
        """The lines as one text, for what reads any block's text."""
        return "\n".join(self.lines)


@dataclass(frozen=True, slots=True)
class LinkItem:
    """One entry of a related-links list; ``url`` only when the source had one."""

    title: str
    raw: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class RelatedLinks:
    """A ``相关链接`` / ``延伸阅读`` list."""

    kind: ClassVar[str] = "related_links"
    label: str
    items: tuple[LinkItem, ...]
    raw: str = ""


@dataclass(frozen=True, slots=True)
class EditorLine:
    """The responsible-editor line (``【责任编辑：黄今】``); names also go to ``Meta.editors``."""

    kind: ClassVar[str] = "editor_line"
    text: str
    raw: str


Block = (
    EditorNote
    | SeriesLabel
    | Heading
    | Lead
    | Paragraph
    | Turn
    | Caption
    | Point
    | EndMark
    | Salutation
    | Signature
    | Attachments
    | Imprint
    | RelatedLinks
    | EditorLine
)

BLOCK_TYPES: tuple[type[Block], ...] = typing.get_args(Block)
BLOCK_KINDS: dict[str, type[Block]] = {cls.kind: cls for cls in BLOCK_TYPES}

# Blocks whose text is the article's running body (the "reading copy"). A transcript's turns are
# its body: what the speakers say is the article, as a paragraph's sentences are.
BODY_KINDS: frozenset[str] = frozenset({"lead", "paragraph", "point", "heading", "turn"})
