"""Lines + hints → ``Document``: run the news rules and settle the facts into Meta.

This is the one entry point readers call. It owns the per-document state (a
``ruler.Context``), so the rules themselves stay pure functions of a paragraph and
what has been seen so far. Facts are settled here, in one place, with one precedence:
hints from the container win over guesses from the text, the dateline's agency wins over a
来源 line (issue 7, "Conventions").
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from typing import Any

from .. import regex_cache
from ..errors import NoArticleError
from ..model import (
    Block,
    Caption,
    Dateline,
    Document,
    EditorNote,
    Lead,
    Meta,
    Official,
    Paragraph,
    Point,
    Series,
    Source,
    Turn,
)
from ..readers.base import Hints, Line
from ..transforms.punctuation import han_chars, is_han, normalise
from ..transforms.script import detect_script
from ..transforms.script_tables import SIMPLIFIED_ONLY, TRADITIONAL_ONLY
from .dateline import match_dateline
from .linkspaces import join_link_spaces
from .lists import nest_items
from .notices import is_site_notice
from .patterns import (
    COLUMN_LABEL_WORDS,
    COLUMN_OPENING_WORDS,
    COLUMN_TAG_WORDS,
    PROGRAMME_WORDS,
    REGIONAL_MASTHEADS,
    THIS_PAPER,
    TITLE_DATE,
    _alternation,
    agency_region,
    canonical_agency,
    find_agency,
    site_outlet,
    text_region,
)
from .people import is_personal_name, split_names
from .ruler import Context, Match, Para, Rule, RuleFunc, Ruler, strip_markup
from .rules import DEFAULT_RULER, commentary_outlet, own_reporter_outlet
from .timeparse import compact_date, date_in_url, parse_datetime
from .titles import clean_title, programme_tag

__all__ = ["build_document", "paragraphs"]

log = logging.getLogger("convertkit")

# Blocks that carry the article itself; without one, a document is a headline and its furniture.
_BODY_KINDS = frozenset(("lead", "paragraph", "point", "heading", "editor_note", "caption", "turn"))

# Paragraph separators inside a line: U+E40C is the private-use mark the SogouCS/SogouCA dumps
# put between paragraphs of one <content> line.
PARAGRAPH_SEPARATORS = "\ue40c"
_SEPARATOR_RE = regex_cache.compile(f"[{PARAGRAPH_SEPARATORS}]")


def _has_separator(text: str) -> bool:
    """Whether ``text`` holds a paragraph separator: for one separator, a substring test (a
    scan in C without entering the regex engine, on every line of every article)."""
    if len(PARAGRAPH_SEPARATORS) == 1:
        return PARAGRAPH_SEPARATORS in text
    return bool(PARAGRAPH_SEPARATORS) and _SEPARATOR_RE.search(text) is not None
# Inline HTML in markdown or crawled text puts several paragraphs on one line (<p>…</p><p>…</p>).
_BLOCK_END_RE = regex_cache.compile(r"</(?:p|div|li|h[1-6]|blockquote)\s*>|<br\s*/?>", re.IGNORECASE)


def _pieces(text: str) -> list[str]:
    """One source line cut where it holds several paragraphs; each piece keeps its markup."""
    parts = _SEPARATOR_RE.split(text) if _has_separator(text) else [text]
    if "<" not in text:
        return parts
    pieces: list[str] = []
    for part in parts:
        start = 0
        for match in _BLOCK_END_RE.finditer(part):
            pieces.append(part[start : match.end()])
            start = match.end()
        pieces.append(part[start:])
    return pieces


# Where a one-line bilingual body switches language between two sentences (中国军网's bilingual
# columns: …重要举措。Biden's first Asian visit … eastward.实施印太战略，…).
_SWITCH_RE = regex_cache.compile(r"(?P<latin>[。！？])(?=[A-Z])|[.?!][\"'”’)]?(?=[\u3400-\u9fff])")
_SWITCH_WINDOW = 40  # characters on the English side that must be English
_SWITCH_LATIN_MIN = 28  # of them Latin letters, none Han
_SWITCH_MIN_LINE = 160  # a shorter line is one paragraph, whatever its languages


def _english(window: str) -> bool:
    return not any(is_han(char) for char in window) and sum(char.isascii() and char.isalpha() for char in window) >= _SWITCH_LATIN_MIN


def _language_switches(text: str) -> list[str]:
    """``text`` cut where a Chinese sentence gives way to an English one or back, each side a
    sentence of its own language (the English side checked over a bounded window), so that the
    two languages of a bilingual body read as their own paragraphs; ``[text]`` when there is none."""
    if len(text.encode("ascii", "ignore")) < _SWITCH_LATIN_MIN:
        return [text]  # too little ASCII for an English sentence (counted in C, before any pattern)
    cuts = [
        m.end() for m in _SWITCH_RE.finditer(text)
        if _english(text[m.end() : m.end() + _SWITCH_WINDOW] if m.group("latin") else
                    text[max(0, m.start() - _SWITCH_WINDOW) : m.start()])
    ]
    if not cuts:
        return [text]
    bounds = [0, *cuts, len(text)]
    return [text[start:end] for start, end in pairwise(bounds) if text[start:end].strip()]


def paragraphs(lines: Sequence[Line]) -> list[Para]:
    """Every non-blank line is a paragraph (news text puts one paragraph on a line), and a
    line holding several (U+E40C separators, ``<p>…</p><p>…</p>``, a bilingual body's switches
    of language between sentences) gives one for each."""
    out: list[Para] = []
    for line in lines:
        text = line.text
        # most lines hold one paragraph: no separator, no markup to cut at (asked in C first)
        for whole in _pieces(text) if "<" in text or _has_separator(text) else (text,):
            for piece in _language_switches(whole) if len(whole) >= _SWITCH_MIN_LINE else (whole,):
                raw = piece.strip()
                if not raw:
                    continue
                body = strip_markup(raw)
                if not body and not any(is_han(char) for char in raw):
                    continue  # markup alone (<p></p>, <br/>): nothing to read, nothing to lose
                out.append(Para(raw=raw, body=body, number=line.number))
    if any(para.raw[:2] == "![" for para in out):
        out = _alts_said_once(out)
    for para in out:  # loops, not any() over generators: asked of every paragraph of every article
        if "\t" in para.body or "   " in para.body:
            out = _table_rows(out)
            break
    for para in out[1:]:
        if para.body[:1] in "（(" and _OPENING_CREDIT_RE.match(para.body):
            return _credits_back(out)
    return out


# A markdown picture alone on its line: ![alt](src), perhaps linked ([![alt](src)](href)).
_MD_PICTURE_LINE_RE = regex_cache.compile(r"!\[[^\[\]]+\]\([^\n]*\)")


def _alts_said_once(paras: list[Para]) -> list[Para]:
    """A picture whose alt text the line above or below repeats, as clippers write a page's
    picture and its caption (Obsidian, Jina Reader: ![这是…摄](…) over 这是…摄): the caption is
    read once, from its line; the picture's line keeps its raw and says nothing."""
    out = list(paras)
    for index, para in enumerate(out):
        if para.raw[:2] != "![" or not para.body or not _MD_PICTURE_LINE_RE.fullmatch(para.raw):
            continue
        key = "".join(para.text.split())
        neighbours = (out[index - 1] if index else None, paras[index + 1] if index + 1 < len(paras) else None)
        if any(other is not None and other.raw[:2] != "![" and "".join(other.text.split()) == key
               for other in neighbours):
            out[index] = Para(raw=para.raw, body="", number=para.number)
    return out


# A picture's credit opening a line (自由時報 records: …建議改變工法。\r\n（記者張忠義攝）義享天地緊鄰…):
# the crawler put the line break before the credit, where it belongs after it.
_OPENING_CREDIT_RE = regex_cache.compile(
    r"^[（(](?:[^（）()，,]{0,6}[，,／/])?(?:記者|记者)?[\u3400-\u9fff·、]{2,12}(?:攝影|摄影|攝|摄)[）)]")


def _credits_back(paras: list[Para]) -> list[Para]:
    """Each picture credit that opens a line with more text after it goes back to close the line
    above (its caption), and so does a credit alone on the line after one so moved; a credit alone
    under a line that kept its own stays where it is (a picture's credit with no caption)."""
    out: list[Para] = []
    moved = False
    for para in paras:
        credit = _OPENING_CREDIT_RE.match(para.body) if para.body[:1] in "（(" and para.raw == para.body else None
        rest = para.body[credit.end() :].strip() if credit is not None else ""
        previous = out[-1] if out else None
        if credit is None or previous is None or previous.raw != previous.body or (not rest and not moved) \
                or previous.body.endswith(("）", ")")) or previous.body[-1:] not in "。！？”":
            out.append(para)
            moved = False
            continue
        out[-1] = Para(raw=previous.raw + credit.group(), body=previous.body + credit.group(), number=previous.number)
        moved = bool(rest)
        if rest:
            out.append(Para(raw=rest, body=rest, number=para.number))
    return out


# Between two cells of a typed table row: a tab (with any spaces around it), or three or more spaces.
_CELL_BREAK_RE = regex_cache.compile(r"[ \u3000]*\t[\t \u3000]*| {3,}")
_TABLE_ROW_MAX = 120  # a longer line is a paragraph that happens to hold a tab
_TABLE_MIN_ROWS = 2


_CODE_MARKS = frozenset("=;{}<>'\"")  # a line of script or markup, aligned with spaces: no table row


def _cells(body: str) -> list[str]:
    if len(body) > _TABLE_ROW_MAX or "。" in body or not _CODE_MARKS.isdisjoint(body):
        return []
    cells = _CELL_BREAK_RE.split(body)
    return cells if len(cells) >= 2 and all(cells) and all(cell[-1] not in ",，" for cell in cells) else []


def _table_rows(paras: list[Para]) -> list[Para]:
    """Rows of a table typed with tabs (or runs of spaces), one row to a line: two or more lines
    in a row with the same number of cells have their cells set apart by a full-width space, as
    the HTML reader writes a table row (区域　业务量（亿件）　同比增长); the gaps would otherwise be
    read as one space and lost beside a full-width mark. ``raw`` keeps the line as typed."""
    cells = [_cells(para.body) for para in paras]
    out = list(paras)
    start = 0
    while start < len(paras):
        count = len(cells[start])
        end = start
        while end < len(paras) and count and len(cells[end]) == count:
            end += 1
        if end - start >= _TABLE_MIN_ROWS:
            for index in range(start, end):
                para = paras[index]
                out[index] = Para(raw=para.raw, body="\u3000".join(cells[index]), number=para.number)
        start = max(end, start + 1)
    return out


def _merge(meta: dict[str, Any], updates: Any) -> None:
    """Tuples gather; other facts are set once, the first found winning, except that a paper's
    name replaces a "this paper" (本报评论员 above, （来源：某某日报） closing the text)."""
    for key, value in updates.items():
        if isinstance(value, tuple):
            meta[key] = tuple(dict.fromkeys((*meta.get(key, ()), *value)))
        elif value is not None and (key not in meta or (meta[key] in THIS_PAPER and key.endswith("_agency"))):
            meta[key] = value



def _apply(table: _Table, para: Para, ctx: Context, start: int = 0) -> tuple[list[Block], int]:
    """Offer ``para`` to the rules from position ``start``; return blocks and lines consumed.

    ``table`` holds, for each length of line, the active rules that read it (``Rule.max_chars``),
    made once per ruler: a line is offered only those, with no test of each rule's limit here."""
    length = len(para.text)
    by_length = table.by_length
    offered = by_length[length] if length < len(by_length) else by_length[-1]
    if start:  # the remainder of a line a rule cut: only the rules after that one (rare)
        offered = tuple(entry for entry in offered if entry[1] >= start)
    for func, position in offered:
        match: Match | None = func(para, ctx)
        if match is None:
            continue
        if match.meta:  # most matches of the body's rules give only a block
            _merge(ctx.meta, match.meta)
        blocks = list(match.blocks)
        if len(blocks) == 1:  # most matches of the body's rules: one block
            ctx.kinds.append(blocks[0].kind)
        elif blocks:  # most matches of the header's rules give only facts
            ctx.kinds.extend([block.kind for block in blocks])
        if match.rest is not None:
            rest_blocks, _ = _apply(table, match.rest, ctx, position + 1) if match.rest.body else ([], 1)
            blocks.extend(rest_blocks)
        if match.after:
            blocks.extend(match.after)
            ctx.kinds.extend([block.kind for block in match.after])
        return blocks, max(1, match.consumed)
    return [], 1


class _Table:
    """The active rules' functions in order, and for each length of line up to the longest limit
    (``Rule.max_chars``) the (function, position) of the rules that read a line of that length,
    the last entry for any longer line: one look-up a paragraph, where a test of every rule's
    limit cost a step of the loop for each rule. (A plain class: a dataclass is made at import.)"""

    __slots__ = ("by_length", "funcs")

    def __init__(self, funcs: tuple[RuleFunc, ...], by_length: tuple[tuple[tuple[RuleFunc, int], ...], ...]) -> None:
        self.funcs = funcs
        self.by_length = by_length


def _table(rules: Sequence[Rule]) -> _Table:
    """The rules' functions and, for each length of line, those that read it, as ``_apply`` takes them."""
    entries = [(rule.func, position, rule.max_chars) for position, rule in enumerate(rules)]
    limits = sorted({most for _, _, most in entries if most is not None})
    top = limits[-1] + 1 if limits else 0  # past the longest limit: only the rules with none

    def reading(length: int) -> tuple[tuple[RuleFunc, int], ...]:
        return tuple((func, position) for func, position, most in entries if most is None or most >= length)

    by_length: list[tuple[tuple[RuleFunc, int], ...]] = []
    for limit in [*limits, top]:  # lengths up to each limit share one tuple: those of that stretch
        by_length.extend([reading(limit)] * (limit + 1 - len(by_length)))
    return _Table(tuple(rule.func for rule in rules), tuple(by_length))


# Per ruler (by identity, the ruler kept to check it) the hints its rules need and, per set of
# those given, the tables before and after the lead: made once, not once a document.
_TABLES: dict[int, tuple[Ruler, tuple[str, ...], dict[tuple[bool, ...], tuple[_Table, _Table]]]] = {}
_TABLES_MAX = 64  # rulers a process keeps tables for (the default one, a caller's few)


def _tables(ruler: Ruler, hints: Hints) -> tuple[_Table, _Table]:
    """The active rules of ``ruler`` less those whose hint ``hints`` lacks (``Rule.needs_hint``), as
    offered before the lead and after it (less the ``after_lead`` False ones)."""
    entry = _TABLES.get(id(ruler))
    if entry is None or entry[0] is not ruler:
        if len(_TABLES) >= _TABLES_MAX:
            _TABLES.clear()
        needs = tuple(dict.fromkeys(rule.needs_hint for rule in ruler.active() if rule.needs_hint))
        entry = _TABLES[id(ruler)] = (ruler, needs, {})
    _, needs, made = entry
    key = tuple([bool(getattr(hints, name)) for name in needs])
    found = made.get(key)
    if found is None:
        given = {name for name, present in zip(needs, key, strict=True) if present}
        active = tuple(rule for rule in ruler.active() if rule.needs_hint is None or rule.needs_hint in given)
        found = made[key] = (_table(active), _table(tuple(rule for rule in active if rule.after_lead)))
    return found


def _photographers(blocks: Sequence[Block], found: tuple[str, ...]) -> tuple[str, ...]:
    names = list(found)
    for block in blocks:
        if isinstance(block, Caption) and block.photographer:
            for name in block.photographer.split("、"):
                if name not in names:
                    names.append(name)
    return tuple(names)


_LATIN_NAME_RE = regex_cache.compile(r"^[A-Za-z][A-Za-zß-öø-ÿą-žł .'\-]{1,40}$")
_PHOTO_SUFFIXES = ("摄影", "攝影", "摄", "攝")


def _hinted_people(authors: Sequence[str], *, as_given: bool = False,
                   handles: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Container authors → (reporters, photographers): personal names only (``刘通摄`` is a
    photographer; ``网易`` is no person; Latin-script names are kept as given). ``as_given``: the
    container names its author plainly (a feed's <author>), so a nickname (馬力蓮霧, 阿山) is
    kept as written too; so are ``handles``, the names a page credits by a writer's label (作者：小胖)."""
    reporters: list[str] = []
    photographers: list[str] = []
    for author in authors:
        author = author.strip()
        if commentary_outlet(author) is not None:
            continue  # 光明网评论员: the outlet's commentary desk signs it, no person (the text's reading too)
        for suffix in _PHOTO_SUFFIXES:
            if author.endswith(suffix) and split_names(author[: -len(suffix)]):
                photographers.extend(split_names(author[: -len(suffix)]))
                break
        else:
            names = split_names(author) or ((author,) if _LATIN_NAME_RE.match(author) or author in handles else ()) \
                or (tuple(name.strip() for name in author.split("、") if name.strip()) if as_given else ())
            reporters.extend(names)
    return tuple(dict.fromkeys(reporters)), tuple(dict.fromkeys(photographers))


def _all_text(title: str, blocks: Sequence[Block]) -> str:
    parts = [title]
    for block in blocks:
        parts.append(getattr(block, "text", "") or "")
    return "\n".join(parts)


_TITLE_DATE_RE = regex_cache.compile(TITLE_DATE)


def _found_published(meta: dict[str, Any], title: str) -> str | None:
    """The text's own date, best first: a header or dateline time, a print edition's date
    (《人民日报》（2023年08月22日 第 17 版）), a programme's broadcast stamp, a wire's closing date
    code when it agrees with the dateline's day (（編輯：李淑華）1130506), a compact date closing
    the title (《新闻联播》（20240428）), the date of a closing signature (落款)."""
    for key in ("published", "print_published", "stamp_published"):
        if meta.get(key):
            return str(meta[key])
    coded = meta.get("code_published")
    if coded and _same_day(coded, meta.get("dateline")):
        return str(coded)
    in_title = _TITLE_DATE_RE.search(title) if title[-1:] in "）)" else None
    if in_title:
        return compact_date(in_title.group("date"))
    # the date a notice signs off with (落款), a dateline's day with its year, a speech's day in its subtitle
    return meta.get("signature_published") or _dateline_day(meta.get("dateline")) or _occasion_day(meta.get("subtitle"))


# A speech's or a report's subtitle naming the day and the occasion (——2024年3月5日在第十四届全国人民代表大会
# 第二次会议上): the day it was given.
_OCCASION_DAY_RE = regex_cache.compile(r"[—\-－\s（(]*(?P<day>\d{4}年\d{1,2}月\d{1,2}日)\s*在")


def _occasion_day(subtitle: Any) -> str | None:
    found = _OCCASION_DAY_RE.match(subtitle) if isinstance(subtitle, str) else None
    return parse_datetime(found.group("day")) if found else None


def _dateline_day(dateline: Any) -> str | None:
    """The day a dateline names with its year (【大紀元2024年11月24日訊】, 新华社北京2024年11月24日电, a
    press release's 上海2024年11月24日 /美通社/): the story's date when the text gives no other. A day
    without its year (11月24日电) dates nothing."""
    day = getattr(dateline, "date", None) or ""
    return parse_datetime(day) if "年" in day else None


_DAY_RE = regex_cache.compile(r"(\d{1,2})日")


def _same_day(iso: str, dateline: Any) -> bool:
    """No dateline day to contradict ``iso``, or the same day of the month."""
    day = _DAY_RE.search(getattr(dateline, "date", None) or "")
    return day is None or int(day.group(1)) == int(iso[8:10])


def _published(hinted: str | None, found: str | None) -> str | None:
    """The container's time wins, unless it is only a date and the text has the time too."""
    hinted = parse_datetime(hinted) if hinted else None
    if hinted and found and len(hinted) == 10 and found.startswith(hinted):
        return found
    return hinted or found


def _agency(meta: dict[str, Any], hints: Hints) -> str | None:
    """Dateline agency, else the container's 来源, else the organisation of a byline (澎湃新闻记者
    张三), else a print-edition line (《光明日报》（2021年03月05日 01版）: the paper that printed
    the story, where a 来源, the container's too, may name the site or app that carried it,
    光明网 or 人民网-日本频道, or even another paper), else a 来源 line in the text, else the account a WeChat post's 原创 line
    names (原创 发改观察 江南发布: the reposting account gives way to the 来源 it names, the
    source an analyst files the article under), else the outlet the container is (a feed's own
    title: the blog or site every entry of it appeared on, a fact where the rest are readings of
    the text), else the outlet a lead names as its source (36氪获悉，…; a blogger's 在聯合新聞網上看到
    is no such thing), else a listed outlet named alone over the copied page (腾讯新闻: the portal), else the outlet a copyright line names as the owner (自由時報版權所有不得轉載),
    else the first wire of a closing list of those the story drew on ((德新社、路透社) under a
    德国之声 story: the wires credited, the outlet still the outlet), else the body that signs the text off (某市公安局城关分局 under a 警情通报), else a listed outlet
    the container gives as the author (a crawler's author field: 新华网), else a listed outlet
    whose reporter works in the first paragraphs (他对美国之音记者说), else a website named alone over
    the copied page (中国政府网). A dateline's 本报
    gives way to any of them but the lead's outlet and the signing body."""
    agency = meta.get("dateline_agency")
    outlet = hints.extra.get("outlet")
    if agency in THIS_PAPER and (
        hints.agency or outlet or any(meta.get(key) for key in (
            "byline_agency", "source_agency", "reprint_agency", "print_agency", "account_agency", "page_agency",
            "copyright_agency"))
    ):
        agency = None  # "this paper": the container, a byline, a 来源 or print-edition line says which paper
    if agency is None and hints.agency and not (meta.get("print_agency") and not meta.get("byline_agency")) \
            and not _names_no_outlet(hints.agency):
        agency = canonical_agency(hints.agency.strip())
    given = {"outlet": outlet, "author_outlet": hints.extra.get("author_outlet") or _author_outlet(hints.authors)}
    for key in ("byline_agency", "print_agency", "source_agency", "reprint_agency", "account_agency", "outlet", "lead_agency",
                "page_agency", "copyright_agency", "wires_agency", "issuer_agency", "signature_agency", "author_outlet", "site_agency"):
        found = given[key] if key in given else meta.get(key)
        if agency is None and found and not _names_no_outlet(found):
            agency = canonical_agency(found)
            if key == "byline_agency" and meta.get("source_agency"):
                agency = _fuller_name(agency, canonical_agency(meta["source_agency"]))
    return agency


# What a 来源 field or line says when it names no outlet: the internet at large, an unknown
# source, a reposting (来源：网络 · 来源于网络 · 來源：網路 · 来源：网友投稿 · 来源：佚名).
_NO_OUTLET_WORDS = frozenset((
    "网络", "網路", "網絡", "互联网", "互聯網", "网上", "網上", "网络转载", "網路轉載", "综合网络", "綜合網路", "来自网络",
    "來自網路", "网友投稿", "網友投稿", "网友", "網友", "未知", "佚名", "不详", "不詳", "无", "無", "暂无", "暫無", "转载", "轉載",
))
_SOURCE_WORDING = ("来源于", "來源於", "来源自", "來源自", "来自", "來自", "源自", "来源", "來源", "出自")


def _names_no_outlet(value: str) -> bool:
    """``value`` says where the text came from without naming an outlet (网络, 来源于网络, 佚名)."""
    text = "".join(str(value).split()).strip("：:。.")
    for wording in _SOURCE_WORDING:
        if text.startswith(wording):
            text = text[len(wording):].lstrip("：:")
            break
    return text in _NO_OUTLET_WORDS


def _author_outlet(authors: Sequence[str]) -> str | None:
    """A listed outlet the container gives as the author (a crawler's author field holding 新华网 or
    人民网-国际频道): no person, but who published the story when nothing else says."""
    for author in authors:
        name = canonical_agency(author.strip()) if author.strip() else ""
        if name and find_agency(name) is not None and not split_names(author):
            return name
    return None


def _fuller_name(byline: str, source: str) -> str:
    """The 来源 line's name when it names the byline's organisation more fully (总台央视记者 under
    来源：央视新闻客户端 is 央视新闻's); a different organisation's 来源 (a repost) stays second."""
    return source if source != byline and source.startswith(byline) else byline


_TITLE_MAX = 30  # characters of a derived title before the cut
_SENTENCE_STOPS = "。！？!?"
_TITLE_MIN_CUT = 12  # a cut nearer the start than this leaves too little to read
_PAUSE_MARKS = "，、；：,;:—…■□◆●"
_CLOSE_MARKS = "”）》"
_WIRE_TITLE_LABELS = ("题：", "題：")
_BRACKETED_HEADLINE_RE = regex_cache.compile(r"^【([^【】]{4,40})】(?=\S)")
# A flash's label before its text (【快讯】, 【突发】, 【独家】): what kind of item, no words of a headline.
_FLASH_LABEL_RE = regex_cache.compile(r"^【[^【】]{1,3}】\s*(?=\S)")
_ASIDE_RE = regex_cache.compile(r"[（(][^（）()]{1,60}[）)]")


def derived_title(blocks: Sequence[Block]) -> str:
    """A headline for a text that has none, from its first body sentence.

    Every writer shows a headline; an empty one reads as a broken document. The first
    sentence (to the first 。！？) is used when it is short; a longer one is cut at the last
    pause mark (，、；：■…) or closing mark within ``_TITLE_MAX`` characters, else at the
    limit, and ends in …… (the GB/T 15834 ellipsis, as ``normalise`` writes it), inside
    any quotation it cut short.
    """
    first: Lead | Paragraph | Point | Turn | EditorNote | None
    first = next((block for block in blocks if isinstance(block, Lead | Paragraph | Point | Turn)), None)
    first = first or next((block for block in blocks if isinstance(block, EditorNote)), None)  # 导读 alone
    if first is None:
        return ""
    # a transcript's first turn with its speaker, as it reads (法新社记者：中方对…有何期待？)
    text = f"{first.label or first.speaker}：{first.text}".strip() if isinstance(first, Turn) else first.text.strip()
    for label in _WIRE_TITLE_LABELS:  # 新华社北京4月10日电　题：伸向亚太的黑手: the wire's own headline
        if text.startswith(label) and len(text) > len(label):
            text = text[len(label) :].strip()
            break
    label = _FLASH_LABEL_RE.match(text)
    if label is not None:
        text = text[label.end() :]
    bracketed = _BRACKETED_HEADLINE_RE.match(text)
    if bracketed:  # 【央行：下调存款准备金率】… (Weibo news posts open with their headline)
        return _unhashed(bracketed.group(1).strip())
    end = next((i for i, char in enumerate(text) if char in _SENTENCE_STOPS), len(text))
    sentence = text[:end]
    if not sentence:
        return ""
    if len(sentence) > _TITLE_MAX and ("（" in sentence or "(" in sentence):
        # 支持向量机（英语：Support Vector Machine，常简称为SVM）是一种…: the aside goes before
        # the cut, which would fall inside it
        aside_free = _ASIDE_RE.sub("", sentence)
        if len(aside_free) >= _TITLE_MIN_CUT:
            sentence = aside_free
    if len(sentence) <= _TITLE_MAX:
        stop = text[end : end + 1] if text[end : end + 1] in "！？!?" else ""
        return sentence + stop + _closings(sentence)
    window = sentence[:_TITLE_MAX]
    cut = -1
    for i, char in enumerate(window):
        if char in _PAUSE_MARKS and i >= _TITLE_MIN_CUT:
            cut = i  # cut before a pause (，、；：)
        elif char in _CLOSE_MARKS and i + 1 >= _TITLE_MIN_CUT:
            cut = i + 1  # cut after a closing mark (”）》)
    head = (window[:cut] if cut > 0 else _before_number(window, sentence[len(window) :])).rstrip(_PAUSE_MARKS + " ")
    return normalise(head + "……" + _closings(head))


def _before_number(window: str, rest: str) -> str:
    """``window`` without a number or Latin word that ``rest`` goes on with: a title cut at its
    limit reads …增长…… rather than …增长5…… (5.3%)."""
    if not rest or not (rest[0].isascii() and (rest[0].isalnum() or rest[0] in ".%")):
        return window
    end = len(window)
    while end > 0 and window[end - 1].isascii() and (window[end - 1].isalnum() or window[end - 1] in ".,%"):
        end -= 1
    return window[:end] if end >= _TITLE_MIN_CUT else window


_COLUMN_TAG_RE = regex_cache.compile(r"^[（(【\[][^（）()【】\[\]]{1,10}[）)】\]]\s*")


def _untagged(title: str, meta: dict[str, Any]) -> str:
    """The headline without the column tag before it ((经济新观察)广西：… over 题：广西：…), when the
    wire's own 题 line gives it without the tag; the tagged line stays in ``header_raw``."""
    feature = meta.get("feature_title")
    tag = _COLUMN_TAG_RE.match(title) if feature and title != feature else None
    if tag is None or title[tag.end() :] != feature:
        return title
    _merge(meta, {"header_raw": (title,)})
    return str(feature)


@cache
def _column_tag_re() -> re.Pattern[str]:
    words = _alternation(COLUMN_TAG_WORDS + COLUMN_LABEL_WORDS + COLUMN_OPENING_WORDS + PROGRAMME_WORDS)
    # in round brackets (（人民时评）…), or in black lenticular ones (【專欄】…, 【社论】…: a site's tag of
    # its opinion pieces; 【独家】, 【视频】 name no column and stay)
    return regex_cache.compile(rf"^(?:[（(](?P<column>[\u3400-\u9fff]{{0,8}}(?:{words}))[）)]"
                               rf"|【(?P<column2>[\u3400-\u9fff]{{0,8}}(?:{words}))】)\s*(?P<rest>\S.{{3,}})$")


@cache
def _column_tail_re() -> re.Pattern[str]:
    """A comment column's name after the headline, as 人民日报 prints it (…撬动“大民生”（人民时评）)."""
    words = _alternation(COLUMN_TAG_WORDS + COLUMN_LABEL_WORDS)
    return regex_cache.compile(rf"^(?P<rest>\S.{{3,}}?)\s*[（(](?P<column>[\u3400-\u9fff]{{0,8}}(?:{words}))[）)]$")


# A column's name set before the headline with a vertical bar (国际观察丨…, 深度｜…, 棱镜|…): a short
# label of Han words (新华全媒+, 何以中国·运河之城 is too long), no figures (格隆汇7月26日丨 is a
# flash's outlet and date), and a headline after it.
_BAR_KICKER_RE = regex_cache.compile(r"^(?P<column>[\u3400-\u9fff][\u3400-\u9fff·+]{1,5})\s*[丨｜|]\s*(?P<rest>\S.{3,})$")


def _bar_kicker(title: str, meta: dict[str, Any]) -> re.Match[str] | None:
    """The column label opening ``title`` before a bar, when it is one: not an outlet's name
    (人民网丨…: the source), not a person's (张三丨…: who speaks), not a column other than the
    series the story already names."""
    match = _BAR_KICKER_RE.match(title) if "丨" in title or "｜" in title or "|" in title else None
    if match is None:
        return None
    column = match.group("column")
    if find_agency(column) is not None or is_personal_name(column):
        return None
    series = meta.get("series")
    return match if series is None or series.name == column else None


def _column_tagged(title: str, meta: dict[str, Any]) -> str:
    """The headline without the comment column's name opening it (（热点观察漫评）美…意在维护霸权,
    国际观察丨美…的危险图谋) or closing it (让“小切口”撬动“大民生”（人民时评）): the column is the
    series, as a wire's （国际观察） after its dateline is; the tagged headline stays in ``header_raw``."""
    if title[:1] in "（(【":
        match = _column_tag_re().match(title)
    elif title[-1:] in "）)":
        match = _column_tail_re().match(title)
    else:
        match = _bar_kicker(title, meta)
    if match is None:
        return title
    extra: dict[str, Any] = {"header_raw": (title,)}
    if "series" not in meta:
        column = match.group("column") or (match.groupdict().get("column2") or "")
        extra["series"] = Series(name=column, raw=title)
    _merge(meta, extra)
    return match.group("rest").strip()


def _programme_series(title: str, hints: Hints, meta: dict[str, Any]) -> None:
    """The programme named in square brackets before the headline ([新闻联播]全国春耕备耕有序推进, in
    the page's title or the text's headline line) as the series, when the name is a programme's or a
    column's (``_column_tag_re``'s words): [视频] or [图文] files the page and names no series."""
    if not title or "series" in meta:
        return
    for raw in (hints.title, *meta.get("header_raw", ())):
        if not raw or raw.lstrip()[:1] not in "[［":
            continue
        raw = normalise(raw)
        tag = programme_tag(raw)
        if tag is None or title not in raw:
            continue
        name = tag[1:-1]
        if _column_tag_re().match(f"【{name}】{title}") is not None:
            _merge(meta, {"series": Series(name=name, raw=raw)})
        return


def _wire_title_lead(blocks: Sequence[Block], title: str) -> int | None:
    """Where the lead is when it only repeats the headline after the wire's 题： (新华社北京4月10日电
    题：伸向亚太的黑手——…): the headline slot of a wire story, not its first paragraph."""
    at = next((index for index, block in enumerate(blocks) if isinstance(block, Lead)), None)
    if at is None:
        return None
    text = blocks[at].text.strip()
    for label in _WIRE_TITLE_LABELS:
        if text.startswith(label) and text[len(label) :].strip() == title:
            return at
    return None


def _promote_lead(blocks: Sequence[Block], at: int) -> list[Block]:
    """``blocks`` without the one at ``at``, the first paragraph after it now the lead (the
    dateline opens it, as the wire prints it)."""
    out = list(blocks[:at])
    rest = list(blocks[at + 1 :])
    first = next((index for index, block in enumerate(rest) if isinstance(block, Paragraph)), None)
    if first is not None:
        rest[first] = Lead(text=rest[first].text, raw=rest[first].raw)
    return out + rest


def _unhashed(headline: str) -> str:
    """``#某地发生3.5级地震#`` → ``某地发生3.5级地震``: a Weibo topic's hash marks are no part of a
    headline."""
    if len(headline) > 2 and headline[0] in "#＃" and headline[-1] in "#＃":
        return headline[1:-1].strip() or headline
    return headline


def _closings(head: str) -> str:
    """The marks that close what ``head`` opened and left open (“…”, 《…》, （…）), innermost first."""
    stack: list[str] = []
    pairs = {"“": "”", "《": "》", "（": "）", "「": "」", "『": "』"}
    for char in head:
        if char in pairs:
            stack.append(pairs[char])
        elif stack and char == stack[-1]:
            stack.pop()
    return "".join(reversed(stack))


_STRANGER_BODY_MAX = 150  # distinct Han characters: a longer body is an article of its own, whatever its headline


def _stranger_body(title: str, blocks: Sequence[Block]) -> bool:
    """A short body without one Chinese character of its headline: a crawler that took a sidebar
    sentence for the article (中国军网: 美日韩实时共享导弹预警情报 over a line about the Winter
    Olympics) gives that; a real brief, even one that words its headline afresh, shares some."""
    headline = set(han_chars(title))
    if len(headline) < 6:
        return False
    texts = [getattr(block, "text", "") for block in blocks if block.kind in _BODY_KINDS]
    if any(char in text for text in texts for char in headline):
        return False  # the usual case, found by substring tests instead of a set of every character
    body = {char for text in texts for char in han_chars(text)}
    return len(body) <= _STRANGER_BODY_MAX


def _agency_in_script(agency: str, language: str, dateline: Dateline | None, meta: dict[str, Any],
                      hints: Hints, blocks: Sequence[Block]) -> str:
    """The agency's name in the document's own script (本報, 新華社 in a traditional text; 联合报
    in a simplified one).

    Agencies are filed under one name so that a dateline, a 来源 line and a container field
    agree, and that name is written in one script: a traditional text would print 本报 or 新华社
    in its masthead beside a body that says 本報 and 新華社. A spelling that differs from the
    filed name only by script-specific characters (``script_tables``) is used instead: the one
    the text wrote, else the one the document's script needs. A name the text wrote itself is
    kept, and so is one whose other spellings are other names (经济观察网 for 经济观察报)."""
    found = find_agency(agency)
    if found is None or not found.aliases:
        return agency
    ours, theirs = (TRADITIONAL_ONLY, SIMPLIFIED_ONLY) if language == "zh-Hant" else (SIMPLIFIED_ONLY, TRADITIONAL_ONLY)
    twins = [
        alias for alias in found.aliases
        if len(alias) == len(agency) and alias != agency
        and all(mine in ours and filed in theirs for mine, filed in zip(alias, agency, strict=True) if mine != filed)
    ]
    if not twins:
        return agency
    texts = [dateline.raw if dateline else "", *meta.get("header_raw", ()), hints.agency or ""]
    texts += [getattr(block, "raw", "") for block in blocks[:3]]
    written = "\n".join(texts)
    if agency in written:
        return agency
    return next((twin for twin in twins if twin in written), twins[0])


# The words a source puts before its writers' names, nearest first; a name credited as 作者/撰文/文
# is shown so, not as 记者 (a columnist, a professor, a guest writer).
_CREDIT_WORD_RE = regex_cache.compile(
    r"(?P<label>作者|撰文者|撰文|撰稿|执笔|執筆|文字|文|实习记者|實習記者|见习记者|見習記者|记者|記者|通讯员|通訊員|采写|採寫|实习生|實習生|漫画|漫畫|绘图|繪圖|插图|插圖|整理|主笔|主筆|编译|編譯|翻译|翻譯|译者|譯者)"
    r"\s*[:：/／|｜·・]?\s*")
# What may stand between a credit word and the name it credits: the names before this one.
_CREDITED_NAMES_RE = regex_cache.compile(r"(?:[\u3400-\u9fff·]{2,6}\s*[、，,\s]\s*){0,5}")
# 通讯员 (a correspondent, often the staff of the body reported on: 本站讯（职工通讯员 …）) is no 记者 either.
_NOT_REPORTER_LABELS = frozenset(("作者", "撰文者", "撰文", "撰稿", "执笔", "執筆", "文字", "文", "通讯员", "通訊員", "整理", "主笔", "主筆", "编译", "編譯", "翻译", "翻譯", "译者", "譯者"))
# Contributors a byline credits beside its reporters under a word of their own (本报记者 张三 实习生
# 李四 通讯员 王五): an intern or a correspondent is no reporter, and the masthead keeps their word.
# A trainee reporter (实习记者, 见习记者) is credited under that word too (记者 杨琳 实习记者 孔令晗).
_CONTRIBUTOR_ROLES = frozenset(("通讯员", "通訊員", "实习生", "實習生", "实习记者", "實習記者", "见习记者", "見習記者"))
# A comment's artists credited beside its writers (文字：王立新 李大同 漫画：陈小然) keep their word
# too, and never decide the writers' label.
_ARTIST_ROLES = frozenset(("漫画", "漫畫", "绘图", "繪圖", "插图", "插圖"))
_ROLES = _CONTRIBUTOR_ROLES | _ARTIST_ROLES


def _credit_word(text: str, at: int) -> str | None:
    """The credit word nearest before the name at ``at`` in ``text`` with only names between
    them (the last one, not the first: 记者 张三 实习生 李四 credits 李四 as 实习生), or None."""
    start = max(0, at - 48)
    for found in reversed(list(_CREDIT_WORD_RE.finditer(text, start, at))):
        if _CREDITED_NAMES_RE.fullmatch(text, found.end(), at):
            return found.group("label")
    return None


def _credit_words(reporters: Sequence[str], dateline: Dateline | None, meta: dict[str, Any],
                  blocks: Sequence[Block]) -> list[str | None] | None:
    """Each of ``reporters``' credit word where the text first names them, in a dateline, a
    header or byline line, an editor's note or an editor line; None when a name is only the
    container's (nothing to say what it is)."""
    texts = [dateline.raw if dateline else "", *meta.get("header_raw", ())]
    texts += [block.raw for block in blocks if block.kind in ("editor_note", "editor_line")]
    words: list[str | None] = []
    for name in reporters:
        for text in texts:
            at = text.find(name)
            if at >= 0:
                words.append(_credit_word(text, at))
                break
        else:  # a name only the container gave: nothing in the text says what it is
            return None
    return words


def _reporter_label(words: Sequence[str | None] | None, container_label: str | None = None, *,
                    byline: bool = False) -> str | None:
    """作者 (撰文, 文…) when the text credits every reporter with that word, else None (记者, the
    default). Names only the container gave (``words`` None) take the container's word for them
    (a feed's <author> is 作者), if it said one. Under a byline, a later name with no word of its
    own shares the first's (作者：赵霞（…） / 孙宏艳（…）)."""
    if words is None:
        return container_label if container_label in _NOT_REPORTER_LABELS else None
    if not words:
        return None
    labels = set(words)
    if labels - _ARTIST_ROLES:
        labels -= _ARTIST_ROLES  # 文字：王立新 漫画：陈小然 credits its writers as 文字
    if len(labels) > 1 and None in labels and byline:
        labels.discard(None)
    label = labels.pop() if len(labels) == 1 else None
    return label if label in _NOT_REPORTER_LABELS else None


def _reporter_roles(words: Sequence[str | None] | None) -> tuple[str, ...]:
    """Each reporter's own word when the byline credits some as contributors (实习生, 通讯员),
    "" for the others (shown under the reporter label); () when none is."""
    if not words or not any(word in _ROLES for word in words):
        return ()
    return tuple(word if word in _ROLES else "" for word in words)


_REGION_BLOCKS = 4  # blocks read for a region's words: the lead and what follows it, not the whole text


def _regional_masthead(agency: str, region: str | None, title: str, blocks: Sequence[Block]) -> tuple[str, str | None]:
    """A masthead two regions' papers share (經濟日報: Hong Kong's 香港經濟日報 or Taiwan's), named
    and placed by the region the text shows: a dateline's or a place's, else its own words (本港,
    港股; 新台幣). Unknown, it stays as written, with no region."""
    names = REGIONAL_MASTHEADS[agency]
    if region not in names:
        texts = [title, *(getattr(block, "text", "") for block in blocks[:_REGION_BLOCKS])]
        region = text_region("\n".join(texts)) or region
    return names.get(region or "", agency), region


def _not_editors(hinted: Sequence[str], meta: dict[str, Any]) -> tuple[str, ...]:
    """The container's authors less those the text names as its editor and not as a writer: an
    extractor that took a portal's 责任编辑 for the author (网易: author 杨倩 over a body closing
    with 责任编辑：杨倩_NF4425) would make the editor the reporter as well."""
    editors = set(meta.get("editors", ()))
    if not editors:
        return tuple(hinted)
    writers = set(meta.get("reporters", ()))
    return tuple(name for name in hinted if name not in editors or name in writers)


def _meta(meta: dict[str, Any], hints: Hints, source: Source, title: str, blocks: Sequence[Block],
          title_derived: bool = False) -> Meta:
    # nothing else naming it, the outlet whose site the text was saved from (https://www.dw.com/zh/…: 德国之声)
    agency = _agency(meta, hints) or own_reporter_outlet(blocks) or site_outlet(source.url or hints.url)
    handles = frozenset(filter(None, hints.extra.get("author_handles", "").split("、")))
    hinted, hinted_photographers = _hinted_people(hints.authors, as_given=hints.extra.get("author_as_given") == "1",
                                                  handles=handles)
    language = hints.language if hints.language in ("zh-Hans", "zh-Hant") else detect_script(_all_text(title, blocks))
    dateline: Dateline | None = meta.get("dateline")
    reporters = tuple(dict.fromkeys((*_not_editors(hinted, meta), *meta.get("reporters", ()))))
    region = meta.get("region") or agency_region(agency) or hints.extra.get("region") or None
    credit_words = _credit_words(reporters, dateline, meta, blocks) if reporters else None
    if agency in REGIONAL_MASTHEADS:
        agency, region = _regional_masthead(agency, region, title, blocks)
    if agency:
        agency = _agency_in_script(agency, language, dateline, meta, hints, blocks)
        if dateline is not None and dateline.agency:
            shown = _agency_in_script(dateline.agency, language, dateline, meta, hints, blocks)
            if shown != dateline.agency:
                dateline = dataclasses.replace(dateline, agency=shown)
    return Meta(
        title=title,
        published=_published(hints.published, _found_published(meta, title)) or date_in_url(source.url or hints.url) \
            or hints.extra.get("title_day"),
        agency=agency,
        bureau=meta.get("bureau"),
        dateline=dateline,
        reporters=reporters,
        reporter_label=_reporter_label(credit_words, hints.extra.get("author_label") if reporters else None,
                                       byline=bool(meta.get("byline_at"))),
        reporter_roles=_reporter_roles(credit_words),
        affiliation=meta.get("affiliation") if reporters else None,
        photographers=_photographers(blocks, (*meta.get("photographers", ()), *hinted_photographers)),
        editors=tuple(dict.fromkeys((*hints.editors, *meta.get("editors", ())))),
        series=meta.get("series"),
        official=_official(meta),
        language=language,
        region=region,
        keywords=tuple(hints.keywords) or meta.get("text_keywords", ()),  # the container's, else a 关键词 line's
        kicker=meta.get("kicker") or hints.extra.get("kicker"),  # a text's 引题 line, a page's or a record's
        subtitle=meta.get("subtitle") or hints.extra.get("subtitle"),  # an HTML page's <h2> deck
        source=source,
        header_raw=meta.get("header_raw", ()),
        title_derived=title_derived,
        furniture_raw=meta.get("furniture_raw", ()),
    )


_OFFICIAL_KEYS = ("official_number", "official_issuer", "official_signers", "official_marks")


def _official(meta: dict[str, Any]) -> Official | None:
    """The 版头 an official document's lines gave (``rules.rule_official_header``), or None."""
    if not any(key in meta for key in _OFFICIAL_KEYS):
        return None  # no line gave one (most texts): every field would be the empty default
    official = Official(number=meta.get("official_number"), issuer=meta.get("official_issuer"),
                        signers=tuple(dict.fromkeys(meta.get("official_signers", ()))),
                        marks=tuple(dict.fromkeys(meta.get("official_marks", ()))))
    return official if official != Official() else None


_LINKED_KINDS = (Lead, Paragraph, Turn)


def _unlinked(block: Lead | Paragraph | Turn) -> Block:
    """A lead or paragraph without the spaces removed keyword links left in its sentences
    (行政院長 賴清德 今天 → 行政院長賴清德今天, ``linkspaces``); ``raw`` keeps them."""
    text = join_link_spaces(block.text)
    return block if text == block.text else dataclasses.replace(block, text=text)


# The story's first blocks, where a closing bracket credit ends its opening section.
_OPENING_BLOCKS = 8
_SENTENCE_CLOSE = ("。", "！", "？", "”", "」", "…", "）")


def _closing_bracket_credit(blocks: list[Block], meta: dict[str, Any]) -> None:
    """A wire credit in full-width brackets closing one of the story's first paragraphs, where
    环球时报 puts it at the end of its opening section (…然后朝鲜有限地袭击韩国。【环球时报驻朝鲜、
    韩国特派特约记者 程维丹 王刚】), read as the same credit opening a paragraph is (a dateline's
    bracket): its writers and outlet go to the metadata, the bracket leaves the text. Only for a
    story no dateline or byline credits yet, and only after a finished sentence."""
    if "dateline" in meta or meta.get("reporters"):
        return
    for at, block in enumerate(blocks[:_OPENING_BLOCKS]):
        if type(block) not in (Lead, Paragraph) or not block.text.endswith("】"):
            continue
        start = block.text.rfind("【")
        before = block.text[:start].rstrip() if start > 0 else ""
        if not before.endswith(_SENTENCE_CLOSE):
            continue
        credit = block.text[start:]
        found = match_dateline(credit)
        if found is None or found.shape != "bracket" or found.end != len(credit) or not found.agency \
                or not found.reporters:
            continue
        blocks[at] = dataclasses.replace(block, text=before)
        _merge(meta, {"reporters": found.reporters, "dateline_agency": found.agency})
        return


def build_document(lines: Sequence[Line], hints: Hints, source: Source, *, ruler: Ruler | None = None) -> Document:
    """Recognise the parts of a news article in ``lines`` and return the Document.

    ``ruler`` replaces the default rules (``DEFAULT_RULER.before(...)``, ``.disable(...)``).
    Raises NoArticleError when there is neither a title nor any body text.
    """
    ruler = ruler or DEFAULT_RULER
    paras = paragraphs(lines)
    ctx = Context(paras=paras, hints=hints)
    blocks: list[Block] = []
    before, after = _tables(ruler, hints)
    index = 0
    while index < len(paras):
        ctx.index = index
        produced, consumed = _apply(after if ctx.kinds.lead else before, paras[index], ctx)
        blocks.extend(produced)
        index += consumed
    for at, block in enumerate(blocks):
        if type(block) in _LINKED_KINDS and (" " in block.text or "\u3000" in block.text):
            blocks[at] = _unlinked(block)
    blocks = nest_items(blocks)
    _closing_bracket_credit(blocks, ctx.meta)
    title = ctx.meta.get("title") or (clean_title(hints.title) if hints.title else "")
    title = _untagged(_column_tagged(title, ctx.meta), ctx.meta)
    tag = programme_tag(normalise(hints.title)) if hints.title and "title" not in ctx.meta else None
    if tag is not None:
        _merge(ctx.meta, {"header_raw": (tag,)})  # [新闻联播] before the page's headline: kept, not shown
    _programme_series(title, hints, ctx.meta)
    if not title and not blocks:
        raise NoArticleError("no article text (no title, no body)", path=source.path)
    derived = False
    if not title:
        title = derived_title(blocks)
        derived = bool(title)
    at = _wire_title_lead(blocks, title)
    if at is not None:
        if blocks[at].raw:
            _merge(ctx.meta, {"header_raw": (blocks[at].raw,)})
        blocks = _promote_lead(blocks, at)
        derived = False  # the wire's own headline, not a sentence cut from the body
    body_texts = [getattr(block, "text", "") for block in blocks if block.kind in _BODY_KINDS]
    if is_site_notice(title, body_texts, has_dateline="dateline" in ctx.meta):
        raise NoArticleError("a site's posting rules or licence notice, not an article", path=source.path)
    where = source.path or "<input>"
    where = f"{where} (record {source.record})" if source.record else where
    if not any(block.kind in _BODY_KINDS for block in blocks):
        log.warning("%s: only a headline, no body text", where)
    elif not derived and _stranger_body(title, blocks):
        log.warning("%s: the short body shares no character with the headline %r: the text may not be "
                    "this article's (a crawler's wrong pick)", where, title)
    return Document(meta=_meta(ctx.meta, hints, source, title, blocks, derived), blocks=tuple(blocks))
