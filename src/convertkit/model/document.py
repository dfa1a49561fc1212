"""The document model: facts about an article (``Meta``) plus its body (``blocks``).

This is the only hand-off between readers and writers. Meta holds what was said about the
article (title, time, agency, people); blocks hold what the article says. The title lives in
Meta only: writers draw the masthead from it, so the same text is never stored twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Block


@dataclass(frozen=True, slots=True)
class Dateline:
    """``中新网福建新闻1月17日电（林玲）``: who filed the story, from where, on which day."""

    # normalised: what the writers print before the lead; "" for a page's stamp and credit line of
    # its own (2026-12-06 10:23 經濟日報／ 記者王小明／即時報導), read but no words of the story
    text: str
    raw: str  # as in the source
    agency: str | None = None
    bureau: str | None = None
    place: str | None = None
    date: str | None = None  # as written: 1月17日, 17日


@dataclass(frozen=True, slots=True)
class Series:
    """The series an article belongs to (name without ``之九``; number 9)."""

    name: str
    number: int | None = None
    raw: str = ""


@dataclass(frozen=True, slots=True)
class Official:
    """The 版头 of an official document (公文, GB/T 9704-2012 7.2): the lines above its title that
    say who issued it under which number, read out of the body (the source lines stay verbatim
    in ``Meta.header_raw``). Every field is as printed."""

    number: str | None = None  # 发文字号 国办发〔2024〕12号; a court's 案号 （2024）京01破12号; a 公告编号
    issuer: str | None = None  # 发文机关标志: 国务院办公厅文件, 某某市人民政府文件
    signers: tuple[str, ...] = ()  # 签发人 of a report to a higher office (上行文)
    marks: tuple[str, ...] = ()  # 份号, 密级和保密期限, 紧急程度: 000123, 机密★1年, 特急


@dataclass(frozen=True, slots=True)
class Source:
    """Where the document came from; ``path`` is None for bytes given directly."""

    path: str | None = None
    encoding: str | None = None
    format: str = "text"  # text | html | json
    url: str | None = None
    record: int | None = None  # the record's number (from 1) in a JSON array, JSON Lines or document list


@dataclass(frozen=True, slots=True)
class Meta:
    title: str
    published: str | None = None  # ISO 8601: 2019-01-17T23:10, a +08:00 offset allowed
    agency: str | None = None
    bureau: str | None = None
    dateline: Dateline | None = None
    reporters: tuple[str, ...] = ()
    # The word the source put before all of ``reporters`` when it was not 记者 (作者, 撰文, 文):
    # a professor's 作者：李家胜 is no reporter's credit, and the masthead says what the source said.
    reporter_label: str | None = None
    # Each reporter's own credit word when the byline credits some as contributors (本报记者 张三
    # 实习生 李四 通讯员 王五 → "", 实习生, 通讯员), in the order of ``reporters``; "" is one shown
    # under ``reporter_label`` (记者). Empty when all share that one word.
    reporter_roles: tuple[str, ...] = ()
    # Who the writers are, as the byline's bracket says (西安交通大学马克思主义学院副教授): a
    # commentary's author is read with it.
    affiliation: str | None = None
    photographers: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    series: Series | None = None
    # The 发文字号, 发文机关标志, 签发人 and 密级/紧急程度 of an official document (公文); None for
    # anything else.
    official: Official | None = None
    language: str = "zh-Hans"  # zh-Hans | zh-Hant
    region: str | None = None  # CN | TW | HK | MO | SG | MY: picks zh-CN / zh-TW / zh-HK / zh-MO tags in writers
    keywords: tuple[str, ...] = ()
    # A print headline's stack: the kicker (引题, the shoulder line a paper sets above the
    # headline: 坚持稳中求进 推动高质量发展), the title, the subtitle (副题, the deck under it).
    kicker: str | None = None
    subtitle: str | None = None
    source: Source = field(default_factory=Source)
    # Source lines read into the fields above and kept nowhere else (a 发布时间/来源 line, a
    # byline such as 文/张三, a title line that lost a site suffix), verbatim: nothing of the
    # source is lost.
    header_raw: tuple[str, ...] = ()
    # True when the source had no headline and ``title`` was cut from the first body sentence.
    title_derived: bool = False
    # Page furniture inside the text (share widgets, pager residue, 纠错, app prompts), kept out
    # of the body but recorded verbatim: nothing of the source is lost.
    furniture_raw: tuple[str, ...] = ()

    @property
    def language_tag(self) -> str:
        """BCP 47 tag for output formats that want a region: ``zh-CN``, ``zh-SG`` and ``zh-MY``
        for simplified text, ``zh-TW``, ``zh-HK`` and ``zh-MO`` for traditional (what word processors and
        reading systems pick fonts and conventions by)."""
        if self.language == "zh-Hant":
            return f"zh-{self.region}" if self.region in ("HK", "MO") else "zh-TW"
        return f"zh-{self.region}" if self.region in ("SG", "MY") else "zh-CN"


@dataclass(frozen=True, slots=True)
class Document:
    meta: Meta
    blocks: tuple[Block, ...]

    def blocks_of(self, kind: str) -> tuple[Block, ...]:
        return tuple(block for block in self.blocks if block.kind == kind)
