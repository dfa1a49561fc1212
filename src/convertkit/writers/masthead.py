"""The words of a briefing's masthead, shared by every writer so that all formats agree.

A press office reading the PDF and the DOCX of one article must see the same meta line
(``中新网 · 2019年1月17日 23:10 · 记者 林玲``), the same short title in the running header and
the same 简报 date. Formats differ in how they draw these, never in what they say.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from .. import regex_cache
from ..model import (
    Block,
    Document,
    EditorLine,
    EditorNote,
    EndMark,
    Heading,
    Lead,
    Meta,
    Paragraph,
    Point,
    RelatedLinks,
    Signature,
    Turn,
)

if TYPE_CHECKING:  # the text writer formats dates without loading styles (and fonts)
    from collections.abc import Callable

    from ..style import TextSpec

SHORT_TITLE_CHARS = 24
REPORTER_LABEL = {"zh-Hans": "记者", "zh-Hant": "記者"}
# What a reading copy prints before a caption, in the document's script (the reader knows both).
CAPTION_LABEL = {"zh-Hans": "图片说明", "zh-Hant": "圖片說明"}
EDITOR_LABEL = {"zh-Hans": "责任编辑", "zh-Hant": "責任編輯"}
# How much further in (in ems) a list item is set for each list it sits in below the first
# (``Point.depth``): two characters, a paragraph's indent, in every format.
NESTED_ITEM_EM = 2.0
NESTED_ITEM_DEPTHS = 4  # the deepest a stylesheet indents; deeper items are set at this depth


def reading_blocks(doc: Document) -> tuple[Block, ...]:
    """The blocks a reader is shown: the document's own, then an editor line for editors only the
    container named (an HTML page's or a crawler record's 责任编辑 field), which no block of the
    text shows. The model keeps the document as read; this line exists only in what is printed."""
    editors = doc.meta.editors
    # an editor line of the text's own credits the editors; a closing credit of another kind (the
    # desk's （综合报道）, the wires' (德新社、路透社), a writer's affiliation) names none
    if not editors or any("编" in block.text or "編" in block.text for block in doc.blocks_of("editor_line")):
        return doc.blocks
    shown = "\n".join(getattr(block, "text", "") for block in doc.blocks)
    if all(name in shown for name in editors):
        return doc.blocks  # named already (本文来自…，编辑：李四)
    label = EDITOR_LABEL.get(doc.meta.language, "责任编辑")
    return (*doc.blocks, EditorLine(text=f"【{label}：{'、'.join(editors)}】", raw=""))


def heading_ranks(blocks: tuple[Block, ...]) -> dict[int, int]:
    """Each heading level of ``blocks`` → its rank in the article's outline: 2 for the highest
    level present (the first level below the title), 3 for the next, and so on up to 6. An
    article whose headings are markdown ``###`` and ``####`` shows them as its first and second
    levels, as one with ``1．某某`` sections (2) and the questions under them (3) does."""
    levels = sorted({block.level for block in blocks if isinstance(block, Heading)})
    return {level: min(2 + rank, 6) for rank, level in enumerate(levels)}


def heading_role(rank: int) -> str:
    """The style role that sets a heading of ``rank`` (``heading_ranks``): ``heading`` for the
    first level, ``subheading`` for every level below it."""
    return "heading" if rank <= 2 else "subheading"


def closing_end_mark(blocks: tuple[Block, ...], index: int) -> EndMark | None:
    """The end mark run into the last line of the block at ``index``, as the wires print it
    (…资质提升工程。（完））: the one right after a lead, a paragraph, a point or a turn."""
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if isinstance(following, EndMark) and isinstance(blocks[index], Lead | Paragraph | Point | Turn):
        return following
    return None


def run_in(blocks: tuple[Block, ...], index: int) -> bool:
    """The block at ``index`` is an end mark that the block before it prints (``closing_end_mark``);
    an end mark after anything else stands on its own line, set by its role."""
    return index > 0 and closing_end_mark(blocks, index - 1) is not None


# What closes a story after its last paragraph: a 原题 note or the related links' box, the
# 责任编辑 line, an end mark on its own line.
_END_MATTER = (EditorNote, RelatedLinks, EditorLine, EndMark)


def end_matter(blocks: tuple[Block, ...]) -> tuple[int, int] | None:
    """(the story's last paragraph, the first block of the end matter after it) when the blocks
    end in end matter (``_END_MATTER``) right after a lead, a paragraph, a point or a turn (its
    run-in end mark between them); None otherwise. Writers keep the paragraph's last lines with
    that end matter, which alone on a last page reads as a page left over."""
    start = len(blocks)
    while start > 0 and isinstance(blocks[start - 1], _END_MATTER):
        start -= 1
    if start < len(blocks) and run_in(blocks, start):
        start += 1  # the end mark the paragraph prints is part of it
    last = start - 1 - (start > 0 and run_in(blocks, start - 1))
    if start >= len(blocks) or last < 0 or not isinstance(blocks[last], Lead | Paragraph | Point | Turn):
        return None
    return last, start


# An introduction longer than this is a paragraph of its own that may end a page (a quote's
# 他说： after five lines); a short one (本期节目主要内容：, 15.国内联播快讯：) leads into a list.
INTRODUCTION_CHARS = 40


def introduces_next(blocks: tuple[Block, ...], index: int) -> bool:
    """The block at ``index`` is a short paragraph or point ending in a colon that introduces
    the blocks after it (本期节目主要内容：, 17.国际联播快讯： over its （1）（2）…): like a
    heading it must not be the last line of a page, away from what it introduces."""
    block = blocks[index]
    if not isinstance(block, Paragraph | Point) or index + 1 >= len(blocks):
        return False
    text = block.text.rstrip()
    return text.endswith(("：", ":")) and len(text) <= INTRODUCTION_CHARS and not isinstance(
        blocks[index + 1], EndMark)


def moment(published: str | None) -> datetime | None:
    """The publication time as a datetime, None when absent or not ISO 8601."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published)
    except ValueError:
        return None


def format_date(published: str | None, text: TextSpec | None = None) -> str:
    """The publication date in the style's format (``2019年1月17日``), else the raw value."""
    parsed = moment(published)
    if parsed is None:
        return published or ""
    date_format = text.date_format if text is not None else "{year}年{month}月{day}日"
    return date_format.format(year=parsed.year, month=parsed.month, day=parsed.day)


def article_date(meta: Meta, text: TextSpec | None = None) -> str:
    """The article's day for a 报头 or a running header: the publication date in the style's
    format, else the dateline's day (``12月1日``) as the meta line shows it, else ""."""
    if meta.published:
        return format_date(meta.published, text)
    return meta.dateline.date or "" if meta.dateline is not None else ""


def format_time(published: str | None, text: TextSpec | None = None) -> str:
    """Date and, when the source gave one, the time of day: ``2019年1月17日 23:10``."""
    parsed = moment(published)
    if parsed is None:
        return published or ""
    when = format_date(published, text)
    if "T" in (published or "") or " " in (published or "").strip():
        when += f" {parsed.hour:02d}:{parsed.minute:02d}{zone_label(parsed)}"
    return when


_HOME_OFFSET = timedelta(hours=8)  # Beijing, Taipei, Hong Kong, Macau, Singapore: the time readers assume


def zone_label(parsed: datetime) -> str:
    """`` UTC`` or `` UTC+9`` after a time the source gave in another zone than UTC+8 (a BBC page's
    09:24 is UTC, which a reader of Chinese news would take for Beijing time); nothing for
    UTC+8 or a time given without a zone."""
    offset = parsed.utcoffset()
    if offset is None or offset == _HOME_OFFSET:
        return ""
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return " UTC"
    sign = "+" if minutes > 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f" UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def meta_parts(meta: Meta, text: TextSpec | None = None) -> list[tuple[str, str]]:
    """``(kind, text)`` for agency, publication time and reporters, the parts of the meta line
    (formats that mark them up, like EPUB's ``<time>``, need them apart). Without a publication
    time, the dateline's day (``12月1日``) stands in, as the summary shows it."""
    parts: list[tuple[str, str]] = []
    official = meta.official if official_place(text) == "meta" else None
    if official is not None:
        parts.extend(("doc-mark", mark) for mark in official.marks if not mark.isdigit())  # not a 份号
    if meta.agency:
        parts.append(("agency", meta.agency))
    if official is not None and official.number:
        parts.append(("doc-number", official.number))
    if official is not None and official.signers:
        parts.append(("doc-signers", signers_text(official.signers)))
    when = format_time(meta.published, text) if meta.published else article_date(meta, text)
    if when:
        parts.append(("published", when))  # without a time, the dateline's 12月1日: all the text says
    if meta.reporters:
        parts.append(("reporters", byline(meta)))
    return parts


def official_place(text: TextSpec | None) -> str:
    """Where the style sets an official document's 版头: "meta" (on the meta line: a briefing,
    the text copy) or "masthead" (lines of their own above the title, GB/T 9704)."""
    return getattr(text, "official_header", "meta") if text is not None else "meta"


SIGNERS_LABEL = "签发人："


def signers_text(signers: tuple[str, ...]) -> str:
    """``签发人：张三　李四``."""
    return SIGNERS_LABEL + "\u3000".join(signers)


def signers_parts(text: str) -> tuple[str, str]:
    """``签发人：`` and the names after it (GB/T 9704 7.2.4 sets the label in 仿宋 and the names
    in 楷: roles doc_number and doc_signers); ("", text) for a text without the label."""
    if text.startswith(SIGNERS_LABEL):
        return SIGNERS_LABEL, text[len(SIGNERS_LABEL):]
    return "", text


def official_lines(meta: Meta, text: TextSpec | None = None) -> tuple[list[tuple[str, str]], bool]:
    """The lines of an official document's 版头 above its title when the style places it there
    (``official_place`` "masthead"): ``(role, text)`` for its 份号/密级/紧急程度 (top left), its
    发文机关标志 and its 发文字号 with any 签发人 (centred), and whether the red rule goes under
    them (only under a 发文机关标志: a number alone is no 版头). ([], False) otherwise."""
    official = meta.official
    if official is None or official_place(text) != "masthead":
        return [], False
    exchange = exchange_sides(meta, text)
    if exchange is not None:  # 证券代码 … left, 公告编号 right, on the top line
        rest = [("doc_marks", mark) for mark in official.marks if not _SECURITY_MARK_RE.match(mark)]
        return [*rest, ("doc_exchange", "\u3000\u3000".join(exchange))], False
    lines = [("doc_marks", mark) for mark in official.marks]
    if official.issuer:
        lines.append(("doc_issuer", official.issuer))
    number = official.number or ""
    if official.signers:
        number = f"{number}\u3000\u3000{signers_text(official.signers)}".strip("\u3000")
    if number:
        lines.append(("doc_number", number))
    return lines, bool(official.issuer)


_ISSUER_SUFFIX_RE = regex_cache.compile(r"^(?P<bodies>.*?)[ \u3000]*(?P<suffix>文[ \u3000]*件)?$")
_ISSUER_SPLIT_RE = regex_cache.compile(r"[ \u3000]+")


def joint_issuer(issuer: str) -> tuple[tuple[str, ...], str] | None:
    """A joint 发文机关标志 (中共某某县委　某某县人民政府文件) as GB/T 9704 7.2.3 sets it: the bodies
    stacked, each on its line, and ``文件`` (or "") beside them, centred on their height.
    None for one issuing body (a 标志 on one line)."""
    found = _ISSUER_SUFFIX_RE.match(issuer.strip())
    if found is None:
        return None
    bodies = tuple(body for body in _ISSUER_SPLIT_RE.split(found.group("bodies")) if body)
    if len(bodies) < 2:
        return None
    return bodies, "文件" if found.group("suffix") else ""


# An exchange announcement's 证券代码 or 证券简称 as the reader keeps it among the marks.
_SECURITY_MARK_RE = regex_cache.compile(r"^(?:证券|證券|股票|债券|債券|A股|B股|H股)(?:代码|代碼|简称|簡稱)\s*[:：]")
_NOTICE_NUMBER_LABEL = {"zh-Hans": "公告编号", "zh-Hant": "公告編號"}


def exchange_sides(meta: Meta, text: TextSpec | None = None) -> tuple[str, str] | None:
    """A listed company's announcement header as exchanges print it, one line at the top: its
    证券代码 and 证券简称 flush left, ``公告编号：临2024-015`` flush right (not a 发文字号 centred
    over the title). None when the style sets no 版头 or the document is no such announcement."""
    official = meta.official
    if official is None or official.issuer or official_place(text) != "masthead":
        return None
    securities = [mark for mark in official.marks if _SECURITY_MARK_RE.match(mark)]
    if not securities:
        return None
    number = f"{_NOTICE_NUMBER_LABEL.get(meta.language, '公告编号')}：{official.number}" if official.number else ""
    return "\u3000".join(securities), number


_DATE_LINE_RE = regex_cache.compile(r"^\S{0,8}?[\d〇零一二三四五六七八九十○Ｏ]{2,4}\s*年.{1,3}月.{1,3}日$")


def signature_date(blocks: tuple[Block, ...], index: int) -> str | None:
    """The 成文日期 closing the run of Signature blocks the one at ``index`` belongs to, when that
    block is a 署名 above it (GB/T 9704 7.3.5.1 centres a 署名 over the date); None for the
    date itself, a run with no date at its end, or any other block."""
    if not isinstance(blocks[index], Signature):
        return None
    end = index
    while end + 1 < len(blocks) and isinstance(blocks[end + 1], Signature):
        end += 1
    date = blocks[end].text.strip()  # type: ignore[attr-defined]
    if end == index or not _DATE_LINE_RE.match(date):
        return None
    return date


# GB/T 9704 7.3.5.2, a 落款 without a seal: the 署名 two characters in from the right, the date's
# first character two characters right of the 署名's; a date too long for that two characters in.
_UNSEALED_INDENT_EM = 2.0
_UNSEALED_SHIFT_EM = 2.0


def signature_indent(blocks: tuple[Block, ...], index: int, width: Callable[[str], float], style_indent_em: float,
                     text: TextSpec | None) -> float | None:
    """The right indent, in ems, of the 落款 line at ``index`` as GB/T 9704 7.3.5 sets it, with
    ``width`` a line's width in ems and ``style_indent_em`` the signature role's right indent;
    None where the role's own indent holds. Sealed (``text.official_signature``): a 署名 centred
    over the 成文日期 (which keeps the role's indent). Unsealed: every 署名 of the run right-aligned
    two characters in, or further in when the date is long, and the date starting two
    characters right of the longest 署名."""
    block = blocks[index]
    if not isinstance(block, Signature):
        return None
    start = index
    while start > 0 and isinstance(blocks[start - 1], Signature):
        start -= 1
    end = index
    while end + 1 < len(blocks) and isinstance(blocks[end + 1], Signature):
        end += 1
    run = [blocks[at].text.strip() for at in range(start, end + 1)]  # type: ignore[attr-defined]
    date = run[-1] if len(run) > 1 and _DATE_LINE_RE.match(run[-1]) else None
    sealed = getattr(text, "official_signature", "sealed") != "unsealed"
    if sealed:
        if date is None or index == end:
            return None
        return max(0.0, style_indent_em + (width(date) - width(block.text.strip())) / 2)
    if date is None:
        return _UNSEALED_INDENT_EM
    names = max(width(name) for name in run[:-1])
    dated = max(_UNSEALED_INDENT_EM, names - _UNSEALED_SHIFT_EM - width(date) + _UNSEALED_INDENT_EM)
    if index == end:
        return dated
    return dated + width(date) + _UNSEALED_SHIFT_EM - names


def opens_signature(blocks: tuple[Block, ...], index: int) -> bool:
    """The block at ``index`` is the first line of a 落款: a line is left empty above it
    (正文或附件说明下空一行, GB/T 9704 7.3.5)."""
    return isinstance(blocks[index], Signature) and (index == 0 or not isinstance(blocks[index - 1], Signature))


def number_sides(meta: Meta, text: TextSpec | None = None) -> tuple[str, str] | None:
    """A 上行文's 发文字号 and its ``签发人：name`` as GB/T 9704 7.2.4 sets them on one line: the
    number flush left a character in, the signers flush right a character in. None when the
    style sets no 版头 or the document names no 签发人 (its number is centred)."""
    official = meta.official
    if official is None or not official.signers or official_place(text) != "masthead":
        return None
    return official.number or "", signers_text(official.signers)


def attachment_parts(label: str, items: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """An attachments list as GB/T 9704 7.3.4 sets it: ``(role, prefix, name)`` for
    ``附件：1．`` + ``某某方案`` (role attachments_label) and ``2．`` + ``某某表`` under its first
    item's number (role attachments); one attachment goes unnumbered (``附件：`` + ``某某方案``).
    A name too long for its line wraps under its own first character, not under the prefix
    (附件名称较长需回行时，应当与上一行附件名称对齐): each writer hangs the prefix."""
    head = f"{label}："
    if len(items) == 1:
        return [("attachments_label", head, items[0])]
    numbered = [(f"{number}．", item) for number, item in enumerate(items, 1)]
    first, *rest = numbered
    return [("attachments_label", head + first[0], first[1]),
            *(("attachments", number, item) for number, item in rest)]


def attachment_lines(label: str, items: tuple[str, ...]) -> list[tuple[str, str]]:
    """``(role, text)`` of each line of an attachments list (``attachment_parts`` joined)."""
    return [(role, prefix + name) for role, prefix, name in attachment_parts(label, items)]


# The 印发 line of a 版记: the printing office, a space, the day it printed (…　2024年3月6日印发).
_ISSUED_LINE_RE = regex_cache.compile(r"^(?P<office>\S.*?)[ \u3000\t]+(?P<date>\S*\d{1,2}\s*日\s*印发)$")


def imprint_sides(line: str) -> tuple[str, str]:
    """A 版记 line as GB/T 9704 7.4.3 sets it: the 印发 line's office (flush left) and its date
    (flush right), ``(line, "")`` for any other line (抄送：…)."""
    found = _ISSUED_LINE_RE.match(line.strip())
    return (found.group("office"), found.group("date")) if found else (line, "")


def byline(meta: Meta) -> str:
    """``记者 林玲``, or with the source's own word for its writers: ``作者 李家胜``, ``文/张三``;
    contributors under their own word after the reporters (``记者 张三 实习生 李四 通讯员 王五``)."""
    label = meta.reporter_label or REPORTER_LABEL.get(meta.language, "记者")
    roles = meta.reporter_roles if len(meta.reporter_roles) == len(meta.reporters) else ("",) * len(meta.reporters)
    groups: dict[str, list[str]] = {}
    for name, role in zip(meta.reporters, roles, strict=True):
        groups.setdefault(role or label, []).append(name)
    parts = []
    for word, names in groups.items():
        shown = "、".join(names)
        if word == label and meta.affiliation:
            shown += f"（{meta.affiliation}）"
        parts.append(f"{word}/{shown}" if word == "文" else f"{word} {shown}")
    return " ".join(parts)


def meta_line(meta: Meta, text: TextSpec | None = None) -> str:
    """``中新网 · 2019年1月17日 23:10 · 记者 林玲``: who, when, by whom, in one line."""
    separator = text.meta_separator if text is not None else " · "
    return separator.join(part for _, part in meta_parts(meta, text))


def signed_official(doc: Document, text: TextSpec | None = None) -> bool:
    """A 公文 set as GB/T 9704 sets it: its 版头 (发文机关标志 or 发文字号) above the title and a
    落款 (Signature) under the body. Such a document has no meta line under its title: who
    issued it is in the 版头 and the 落款, and its date is the 成文日期 in the 落款 (a news
    article, or a 公文 that does not sign off, keeps the line)."""
    official = doc.meta.official
    return (official is not None and bool(official.issuer or official.number)
            and official_place(text) == "masthead" and any(isinstance(block, Signature) for block in doc.blocks))


def document_meta_parts(doc: Document, text: TextSpec | None = None) -> list[tuple[str, str]]:
    """The meta line's parts under a document's title (``meta_parts``), none for a signed 公文
    set with its 版头 (``signed_official``)."""
    return [] if signed_official(doc, text) else meta_parts(doc.meta, text)


def document_meta_line(doc: Document, text: TextSpec | None = None) -> str:
    """The meta line under a document's title (``meta_line``), "" for a signed 公文 set with
    its 版头 (``signed_official``)."""
    separator = text.meta_separator if text is not None else " · "
    return separator.join(part for _, part in document_meta_parts(doc, text))


# A running header's title may lose this many characters more, so that it ends between words.
_SHORT_TITLE_GIVE = 4


def short_title(title: str, limit: int = SHORT_TITLE_CHARS) -> str:
    """The title cut for a running header, with an ellipsis when cut, between two words where one
    ends near the limit (以红色资源促军民融合 → 以红色资源促…, not 促军民…)."""
    if len(title) <= limit:
        return title
    cut = limit - 1
    try:
        from ..typography.words import inside_words

        inside = inside_words(title)
    except Exception:  # noqa: BLE001 - no word boundaries (a broken lexicon): cut at the limit
        inside = frozenset()
    for candidate in range(cut, cut - _SHORT_TITLE_GIVE - 1, -1):
        if candidate not in inside:
            cut = candidate
            break
    return title[:cut].rstrip("，、：:；; ") + "…"


def issue_line(issue_no: int, text: TextSpec | None = None) -> str:
    """``第12期``."""
    return (text.issue_format if text is not None else "第{issue}期").format(issue=issue_no)


# A credit's title before the names, the verb after them (or 摄影： before them).
_CREDIT_TITLE = "(?:记者|記者|通讯员|通訊員|摄影师|攝影師)"
_PHOTO_VERB = "(?:摄影|攝影|摄|攝)"
# Taiwan's label opening a credit (圖／記者陳小明攝): it belongs to the credit too.
_CREDIT_LABEL = r"(?:(?:(?<=[（(。！？!?，,；;\s])|^)(?:图|圖)\s*[/／]\s*)?"
# A file-picture tag inside the credit's bracket before the names (（資料照，顏麟宇攝）, （資料圖片／李澤彤攝）).
_BRACKET_TAG = r"(?:(?<=[（(])[^（）()，,／/\s]{1,8}[，,／/、]\s*)?"
# The day the picture was taken, after the verb (中央社記者王飛華攝　113年11月24日).
_PHOTO_DAY = r"(?:[ \u3000]+(?:\d{2,4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}))?"


def caption_credit(text: str, photographer: str | None) -> str:
    """The trailing photo credit of a caption, or "": ``李南轩 摄``, ``（记者 张三 攝）``,
    ``新华社记者 张三、李四 摄``, ``（摄影：张三）``, ``圖／記者陳小明攝``, ``（資料照，顏麟宇攝）``,
    ``中央社記者王飛華攝　113年11月24日``, ``記者楊正海／攝影``, ``攝：陳小明/端傳媒``,
    ``Ryan Christopher Jones for The New York Times``.

    ``photographer`` is the Caption's (names joined by ``、``, as the structure found them);
    in the text the names may be parted by ``、`` or spaces. A title (``记者``, with its
    agency: ``新华社记者``) belongs to the credit when a bracket, a sentence mark or a space
    sets it off from the caption.

    The shapes are one pattern with any names in their place (``_credit_re``), compiled once,
    and the names it finds must be the photographer's: a pattern spelling out each caption's
    names cost 3.6 ms to compile (its title part's CJK range), a sixth of an EPUB's time. Where
    the names do not agree, the pattern with the names spelled out decides."""
    if not photographer:
        return ""
    names = [name for name in photographer.split("、") if name]
    found = _credit_re().search(text) if len(names) <= _MAX_NAMES else None
    if found is not None and _are_names(next(group for group in found.groups() if group is not None), names):
        return text[found.start():].lstrip()
    credit = re.search(_credit_pattern(r"[、\s]*".join(re.escape(name) for name in names)), text)
    return text[credit.start():].lstrip() if credit else ""


def _are_names(found: str, names: list[str]) -> bool:
    """Whether ``found`` is ``names`` parted by ``、`` or spaces or nothing (``[、\\s]*``)."""
    at = 0
    for index, name in enumerate(names):
        while index and at < len(found) and (found[at] == "、" or found[at].isspace()):
            at += 1
        if not found.startswith(name, at):
            return False
        at += len(name)
    return at == len(found)


# A credit's names, whoever they are: runs of what a name may hold (Han, Latin, ·), parted as the
# structure's names are. At most _MAX_NAMES of them; a longer list takes the spelled-out pattern.
_MAX_NAMES = 6
_NAME_RUN = r"[^\s、/／（）()，,。！？：:]{1,24}"
_ANY_NAMES = rf"{_NAME_RUN}(?:[、\s]+{_NAME_RUN}){{0,{_MAX_NAMES - 1}}}"


def _credit_pattern(names: str) -> str:
    """The credit shapes with ``names`` in their place (each alternative captures its names in a
    group, so that the first group that took part holds them)."""
    title = rf"(?:(?:(?<=[（(。！？!?，,；;\s])|^)[\u4e00-\u9fff]{{0,6}}?{_CREDIT_TITLE}|{_CREDIT_TITLE})?"
    names = f"({names})"
    return (
        rf"(?:[（(]?\s*{_BRACKET_TAG}{_CREDIT_LABEL}{title}\s*{names}\s*{_PHOTO_VERB}{_PHOTO_DAY}"
        rf"|[（(]?\s*{title}\s*{names}\s*[/／]\s*(?:摄影|攝影)"
        rf"|[（(]?\s*{_PHOTO_VERB}\s*[:：/／]?\s*{names}(?:\s*[/／]\s*[^\s/／（）()]{{2,12}})?"
        rf"|(?<=[。！？”」\s]){names}\s*(?:for\s+|/)\s*[A-Z][^。！？]*)[)）]?\s*$"
    )


@cache
def _credit_re() -> re.Pattern[str]:
    return regex_cache.compile(_credit_pattern(_ANY_NAMES))


# A space between two Latin words of a credit (Ryan Christopher Jones for The New York Times).
_LATIN_SPACE_RE = regex_cache.compile(r"(?<=[A-Za-z.,]) (?=[A-Za-z])")


def unbreakable(text: str) -> str:
    """``text`` glued with word joiners and no-break spaces, so no line break falls inside it
    (a photo credit split as ``李南 / 轩 摄`` reads as two names). Joiners draw nothing. An English
    credit still breaks between its words, as English does: glued whole it may not fit a line."""
    return " ".join("\u2060".join(part.replace(" ", "\u00a0")) for part in _LATIN_SPACE_RE.split(text))


def split_credit(text: str, photographer: str | None) -> tuple[str, str]:
    """(caption before the credit, the credit glued by :func:`unbreakable`); the credit is ""
    when the caption names no photographer at its end."""
    credit = caption_credit(text, photographer)
    if not credit:
        return text, ""
    return text[: len(text) - len(credit)], unbreakable(credit)


def note_body(text: str, label: str) -> str:
    """An editor's note without a leading ``编者按：``, which readers may or may not have left in
    the text: every writer sets the label on its own (bold, bracketed, a separate run)."""
    if label and text.startswith(label):
        return text[len(label):].lstrip("：:　 ")
    return text.lstrip("　 ")


SPEAKER_COLON = "："


def turn_speaker(turn: Turn) -> str:
    """A turn's speaker as every format prints it before the words, colon included (法新社记者：),
    so that all formats agree; each sets it apart by the style's ``speaker`` role. A numbered
    question prints its label with the number, as the source did (1.问：, Q3：)."""
    return f"{turn.label or turn.speaker}{SPEAKER_COLON}"


def turn_line(turn: Turn) -> str:
    """A turn as one line of text: ``法新社记者：中方对这次访问有何期待？``."""
    return turn_speaker(turn) + turn.text
