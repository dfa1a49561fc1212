"""Header lines: ``发布时间：2019-01-17 23:10 来源：中新网 作者：… 编辑：…``.

A header line is a run of ``label：value`` pairs around one date; anything else on the line
must be short (``字号 大 中 小``), or the line is body text that happens to hold a date.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from .. import regex_cache
from . import patterns as P
from .people import (
    is_common_word,
    is_personal_name,
    latin_names,
    looks_like_names,
    split_affiliation,
    split_names,
    strip_title,
)
from .timeparse import find_datetime

__all__ = ["editor_names", "header_fields"]


_EDITOR_CODE_RE = regex_cache.compile(r"[A-Za-z]{0,4}\d{2,}")  # SN222, or a number alone (东方财富: 责任编辑：61)
_GLUED_CODE_RE = regex_cache.compile(r"_[A-Za-z]{1,4}\d{2,}$")


# A romanised name keeps its space (责编：Demi Xia, one editor): capitalised Latin words only.
_LATIN_FULL_NAME_RE = regex_cache.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}")


def _name_tokens(names: str) -> list[str]:
    """``王晓 李四`` is two names, ``Demi Xia`` one: spaces part names unless they sit in a Latin one."""
    tokens: list[str] = []
    for part in re.split(r"[、，,;；/／]+", names):
        part = " ".join(part.split())
        tokens.extend([part] if _LATIN_FULL_NAME_RE.fullmatch(part) else part.split())
    return tokens


def editor_names(names: str) -> tuple[str, ...]:
    out: list[str] = []
    for token in _name_tokens(names):
        token = _GLUED_CODE_RE.sub("", strip_title(token.strip(" ：:。")))  # 李四_NE0011 (网易)
        if _EDITOR_CODE_RE.fullmatch(token):
            continue  # 责任编辑：王晓 SN222: the CMS's editor code, not a name
        if 2 <= len(token) <= 20 and token not in out:
            out.append(token)
    return tuple(out)


@cache
def _label_re() -> re.Pattern[str]:
    labels = P._alternation(P.TIME_LABELS + P.SOURCE_LABELS + P.AUTHOR_LABELS + P.EDITOR_LABELS + P.CREDIT_LABELS
                            + P.FILING_LABELS)
    return regex_cache.compile(rf"(?P<label>{labels})\s*[:：]")


@cache
def _time_label_re() -> re.Pattern[str]:
    """A time label alone (or an opening bracket): what may stand before the date of a header line;
    联合早报 sets the label off with a slash (发布/2024年11月24日 14:05)."""
    return regex_cache.compile(rf"(?:{P._alternation(P.TIME_LABELS)})\s*[:：/／]?|[（(【\[]")


# A reporter's title and the names after it, set apart by a space, no colon (记者 申鹏, 本报记者 张三 李四).
_UNLABELLED_CREDIT_RE = regex_cache.compile(
    r"(?:本报|本報)?(?:记者|記者|通讯员|通訊員)[ \u3000]+(?P<names>[\u3400-\u9fff·]{2,4}(?:[ \u3000、]+[\u3400-\u9fff·]{2,4}){0,3})")


def _unlabelled_credit(text: str) -> tuple[str, ...]:
    """The reporters a title names with no colon after it (记者 申鹏) on a header line; none for
    a word that only looks like a name (记者 经济)."""
    credited = _UNLABELLED_CREDIT_RE.fullmatch(text.strip(" \u3000（(【[|｜"))
    names = split_names(credited.group("names")) if credited is not None else ()
    return () if any(is_common_word(name) for name in names) else names


def _labelled(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Split ``发布时间：… 来源：… 作者：…`` into (unlabelled text, [(label, value), …])."""
    parts = _label_re().split(text)
    # re.split with one group: [before, label1, value1, label2, value2, …]
    pairs = [(parts[i], parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2)]
    return parts[0], pairs


_INITIALS_RE = regex_cache.compile(r"(?P<name>\S+)\s+[A-Z]{2,6}|[A-Z]{2,6}\s+(?P<after>\S+)")


_REPORTED_WORDS = ("報道", "報導", "报道")


# What a site prints after its name above a story: its web address (三立新聞網 setn.com) or the
# channel (東網即時新聞). Neither is part of the name.
# A magazine's issue after its name (天下雜誌 789期) says which print issue ran the story.
# An outlet's app after its name (央视新闻客户端, 北京日报APP), its picture or video service (新华社图片,
# 央视新闻视频), or its website (新京报网, 自由時報電子報,
# 星島日報網站), is where the story ran, not the name.
_SITE_TAIL_RE = regex_cache.compile(
    r"(?:\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,4}){1,2}|即時新聞|即时新闻|\s*第?\s*\d{1,4}\s*期"
    r"|\s*(?:客户端|客戶端|APP|App)|(?:图片|圖片|照片|视频|視頻)|(?:电子报|電子報|电子版|電子版|新闻网|新聞網|网站|網站|官网|官網|网|網))$")


def _masthead(text: str) -> str | None:
    """A known masthead alone (星島日報), or beside its Latin initials (法国国际广播电台 RFI), its
    web address or channel (三立新聞網 setn.com, 東網即時新聞), or by 報道 (星島日報報道, as Hong
    Kong's papers open a story)."""
    if len(text) <= 12 and P.find_agency(text) is not None:
        return text
    tail = _SITE_TAIL_RE.search(text)
    if tail is not None and tail.start() and P.find_agency(text[: tail.start()]) is not None:
        return text[: tail.start()]
    if text.endswith(_REPORTED_WORDS) and P.find_agency(text[:-2]) is not None:
        return text[:-2]
    for signature in P.COMMENTARY_SIGNATURES:  # 人民日报评论员, 新华社评论员
        if text.endswith(signature) and P.find_agency(text[: -len(signature)]) is not None:
            return text[: -len(signature)]
    initials = _INITIALS_RE.fullmatch(text)
    name = (initials.group("name") or initials.group("after")) if initials is not None else None
    if name is not None and P.find_agency(name) is not None:
        return name  # 法国国际广播电台 RFI · RFI 法国国际广播电台
    return None


_CHANNEL_TAIL_RE = regex_cache.compile(rf"[{P.HAN}]{{1,4}}")
_CHANNEL_NAME_RE = regex_cache.compile(rf"[{P.HAN}A-Za-z0-9]{{3,12}}")


def _outlet_channel(prefix: str) -> dict[str, Any] | None:
    """A listed outlet's name opening a short name of its column or channel (商周頭條, 新京报贝壳财经):
    the outlet, as its masthead alone before the date is."""
    found = P.agency_prefix(prefix) if _CHANNEL_NAME_RE.fullmatch(prefix) else None
    if found is None or _CHANNEL_TAIL_RE.fullmatch(prefix[found[1] :]) is None:
        return None
    return {"source_agency": found[0].name}


def _unlisted_site(prefix: str) -> bool:
    """One name ending like an outlet or a website we do not list (中国气象局网站, 某某县融媒体中心,
    当代商报): before a time that ends the line, it is the source, as the listed mastheads are."""
    return _SITE_NAME_RE.fullmatch(prefix) is not None and prefix.endswith(P.MASTHEAD_SUFFIXES + P.SITE_SUFFIXES) \
        and prefix not in P.MASTHEAD_SUFFIXES + P.SITE_SUFFIXES


_APP_NAME_MAX = 4  # 掌上长沙, 新湖南: an outlet's app named after its masthead


def _unlisted_masthead_and_app(prefix: str) -> str | None:
    """An unlisted paper's masthead glued to its app's short name (长沙晚报掌上长沙 2024-05-10 17:20): the
    masthead, before a time that ends the line; None for anything else."""
    if _SITE_NAME_RE.fullmatch(prefix) is None:
        return None
    for suffix in P.MASTHEAD_SUFFIXES:
        at = prefix.find(suffix)
        end = at + len(suffix)
        if at >= 2 and 0 < len(prefix) - end <= _APP_NAME_MAX:
            tail = prefix[end:]
            return None if any(word in tail for word in ("记者", "記者", "编辑", "編輯")) else prefix[:end]
    return None


_SITE_NAME_RE = regex_cache.compile(rf"[{P.HAN}0-9]{{3,16}}")


_MASTHEAD_SLASH_RE = regex_cache.compile(r"\s*[/／]\s*")


def _masthead_and_names(prefix: str) -> dict[str, Any] | None:
    """A masthead and the writers' names (中時新聞網 李文輝, 風傳媒 林小明) or the writers' Latin names
    alone, in capitals (MATT PHILLIPS, KEITH BRADSHER: 紐約時報中文網), as a line before the date
    prints them; a slash may part the masthead from the names (風傳媒 / 林小明)."""
    masthead, *names = _MASTHEAD_SLASH_RE.sub(" ", prefix, count=1).split()
    if P.find_agency(masthead) is not None and all(is_personal_name(name) for name in names):
        return {"source_agency": masthead, **({"reporters": tuple(names)} if names else {})}
    latin = latin_names(prefix)
    return {"reporters": latin} if latin else None




# WeChat's mark of an original post, opening the line under its headline: 原创 [writers] [account]
# [date time] [发表于 the writer's province]; Original in the English interface; 原创： with a colon
# until 2020 (原创： 张三 某某发布).
_ORIGINAL_MARKS = ("原创", "原創", "Original")
# Where a WeChat post was sent from, after its time since 2022 (发表于浙江, 浙江, Posted on 浙江): a
# province (or region, or country) alone, or any place after 发表于. Markdown clips set the time
# and the place in emphasis (*2022-05-30 11:21* *Posted on 安徽*).
_POSTED_FROM_RE = regex_cache.compile(
    rf"[\s*_]*(?:(?:发表于|發表於|Posted on)\s*[{P.HAN}]{{2,8}}|(?:{P._alternation(P.WECHAT_PLACES)}))[\s*_]*"
    r"(?:(?:听全文|聽全文)[\s*_]*)?")  # the listen button beside it (2023 on)
_ACCOUNT_WORDS_MAX = 4  # writers and the account before the date


def _original_post(prefix: str) -> dict[str, Any] | None:
    """The account (the outlet: its last word) and the writers' personal names of a WeChat post's
    meta line before its date (原创 张三 上观新闻 · 原创 发改观察 江南发布); None without an account."""
    mark = next((mark for mark in _ORIGINAL_MARKS if prefix.startswith(mark)), None)
    if mark is None or prefix[len(mark) : len(mark) + 1] not in " \u3000：:":
        return None  # the mark and the names set apart by a space, or by a colon (原创： 张三 某某发布, before 2020)
    return _post_meta(prefix[len(mark) :].lstrip("：:"))


# The author field's own labels (文 | 李明 图 | 王芳): whose names follow, the words' or the pictures'.
_POST_CREDIT_LABELS = {"文": "reporters", "作者": "reporters", "撰文": "reporters", "图": "photographers",
                       "圖": "photographers", "摄影": "photographers", "攝影": "photographers", "图片": "photographers"}
_POST_CREDIT_SPLIT_RE = regex_cache.compile(r"[\s*|｜丨/／]+")


def _post_meta(prefix: str) -> dict[str, Any] | None:
    """The account and the writers of a WeChat meta line's words before the date; the author field
    may label its names (原创 文 | 李明 图 | 王芳 江南晚报: the pictures' maker is no writer)."""
    words = [word for word in _POST_CREDIT_SPLIT_RE.split(prefix) if word]
    names = [word for word in words if word not in _POST_CREDIT_LABELS]
    if not names or len(names) > _ACCOUNT_WORDS_MAX or any(mark in prefix for mark in "。，,；;：:"):
        return None
    fields: dict[str, Any] = {"account_agency": words[-1]}  # a 来源 line names the original source, which wins
    if words[-1] in _POST_CREDIT_LABELS:
        return None
    kind = "reporters"
    for word in words[:-1]:
        if word in _POST_CREDIT_LABELS:
            kind = _POST_CREDIT_LABELS[word]
        elif is_personal_name(word):
            fields[kind] = (*fields.get(kind, ()), word)
    return fields


# Words of a reporter's credit (原创 澎湃新闻记者 张三 李四): a byline under the mark, not an account.
_REPORTER_WORDS = ("记者", "記者", "通讯员", "通訊員", "实习生", "實習生", "编辑", "編輯")


def _undated_post(text: str) -> dict[str, Any] | None:
    """原创 王晓明 江南晚报 alone, its date on the next line (the WeChat reader's copy): the writers
    and the account, when the last word is no person's name and no word is a reporter's credit."""
    words = text.split()
    if len(words) < 2 or is_personal_name(words[-1]) or any(word in text for word in _REPORTER_WORDS):
        return None
    return _original_post(text)


def _unmarked_post(prefix: str, after: str, clocked: bool) -> dict[str, Any] | None:
    """A WeChat post's meta line without the 原创 mark (王晓明 江南晚报 2024年1月28日 10:15 北京):
    the place it was sent from after the time marks it; without a place, the writers' names and
    an account that is no name, before a date with its time (王晓明 江南晚报 2024-01-28 10:15)."""
    if _POSTED_FROM_RE.fullmatch(after):
        return _post_meta(prefix)
    if after.strip(" *_") or not clocked:
        return None
    words = prefix.replace("*", " ").split()
    if len(words) < 2 or is_personal_name(words[-1]) or not all(is_personal_name(word) for word in words[:-1]):
        return None
    return _post_meta(prefix)


# A meta line of parts set apart by a spaced dot or bar (中新网 · 2019年1月17日 23:10 · 记者 林玲,
# as our own reading copies and briefings print it, and 新华社 | 2024-06-03 | 记者 冯歆然 on sites);
# a full-width bar parts them unspaced too (王晓明｜新华网｜2024-05-10, a reader mode's byline).
_PART_SEPARATOR_RE = regex_cache.compile(r"\s+[·•|｜丨]\s+|\s*｜\s*")
_NAMES_PART_MAX = 4  # writers a reader mode's byline names in one part, unlabelled (王晓明 李娜)
_NAMES_SPLIT_RE = regex_cache.compile(r"[\s、，,]+")
# The reading time a reader mode adds to the line (约 3 分钟, 阅读 5 分钟, 3-4 分钟, 预计阅读时间 3 分钟): no fact
_READING_TIME_RE = regex_cache.compile(
    r"(?:约|約|预计|預計)?\s*(?:阅读|閱讀)?\s*(?:时间|時間|时长|時長)?\s*[:：]?\s*\d{1,3}(?:\s*[-–~～]\s*\d{1,3})?\s*(?:分钟|分鐘|min)"
    r"\s*(?:阅读|閱讀|读完|讀完)?")
# Credits such a line holds without a colon, and where their names go.
_PART_CREDITS: tuple[tuple[tuple[str, ...], str], ...] = (
    (P.AUTHOR_LABELS, "reporters"),
    (P.PHOTO_VERBS, "photographers"),
    (P.EDITOR_LABELS, "editors"),
)


@cache
def _part_credit_re() -> re.Pattern[str]:
    labels = P._alternation([label for labels, _ in _PART_CREDITS for label in labels])
    return regex_cache.compile(rf"(?P<label>{labels})\s*[:：/／]?\s*(?P<names>[^\s:：].*)")


@cache
def _source_part_re() -> re.Pattern[str]:
    """A labelled source as one part of a separated line (来源：北京日报客户端)."""
    return regex_cache.compile(rf"(?:{P._alternation(P.SOURCE_LABELS)})\s*[:：]\s*(?P<source>[^\s:：，,。]{{2,24}})")


def _separated_fields(text: str) -> dict[str, Any] | None:
    """Every part of a separated meta line read: a masthead, the time, a credit (记者 林玲). An
    unknown first part may be the outlet (县政府办 · 2021年3月4日) when another part is the time,
    or when it ends like one (当代商报 · 记者 林玲)."""
    parts = [part.strip() for part in _PART_SEPARATOR_RE.split(text.strip())]
    if len(parts) < 2:
        return None
    fields: dict[str, Any] = {}
    unknown: list[str] = []
    for part in parts:
        found = find_datetime(part)
        if found is not None and found.start == 0 and not part[found.end :].strip():
            fields.setdefault("published", found.iso)
            continue
        if ("分" in part or "min" in part) and _READING_TIME_RE.fullmatch(part):
            continue  # 约 3 分钟: how long the reader mode says the story takes
        if _MONTH_DAY_RE.fullmatch(part):
            fields.setdefault("day", part)  # a day without its year (the dateline's, 12月1日): read, not kept
            continue
        masthead = _masthead(part)
        if masthead is not None:
            fields.setdefault("source_agency", masthead)
            continue
        source = _source_part_re().fullmatch(part) if "源" in part else None
        if source is not None:
            fields.setdefault("source_agency", source.group("source"))  # 来源：北京日报客户端 | 记者 张三
            continue
        credit = _part_credit_re().fullmatch(part)
        if credit is not None:
            kind = next(kind for labels, kind in _PART_CREDITS if credit.group("label") in labels)
            written, affiliation = split_affiliation(credit.group("names")) if kind == "reporters" else (
                credit.group("names"), None)
            names = editor_names(written) if kind == "editors" else split_names(written)
            if names:
                fields[kind] = fields.get(kind, ()) + names
                if affiliation:
                    fields["affiliation"] = affiliation  # 作者 李家胜（…副教授）, as our meta line prints it
                continue
        credit_line = _dateline_credit(part)
        if credit_line is not None:
            agency, reporters = credit_line
            fields["reporters"] = fields.get("reporters", ()) + reporters
            if agency:
                fields.setdefault("source_agency", agency)
            continue
        unknown.append(part)
    unknown = _writers_part(unknown, fields)
    if "source_agency" in fields and unknown and unknown != parts[:1]:
        unknown = [part for part in unknown if not _CHANNEL_PART_RE.fullmatch(part)]  # 南方都市报APP • 奥一新闻
    timed = "published" in fields or "day" in fields
    fields.pop("day", None)
    outlet_like = timed or (unknown[:1] and unknown[0].endswith(P.MASTHEAD_SUFFIXES))
    if unknown == parts[:1] and outlet_like and "source_agency" not in fields and len(unknown[0]) <= 32 \
            and not any(mark in unknown[0] for mark in "。，,；;！？!?：:"):
        fields["source_agency"] = unknown[0]
    elif unknown:
        return None
    return fields if "published" in fields or "source_agency" in fields or (timed and fields) else None


_MONTH_DAY_RE = regex_cache.compile(r"\d{1,2}月\d{1,2}日")
# An outlet's channel named after its masthead on a separated line (南方都市报APP • 奥一新闻, 新京报 · 贝壳财经).
_CHANNEL_PART_RE = regex_cache.compile(rf"[{P.HAN}A-Za-z0-9]{{1,6}}(?:新闻|新聞|频道|頻道|财经|財經|客户端|客戶端)")


def _writers_part(unknown: list[str], fields: dict[str, Any]) -> list[str]:
    """The unread parts but one of personal names alone, unlabelled, which a reader mode prints
    beside the outlet and the date (王晓明 李娜 · 新华网 · 2024-05-10): the writers, into ``fields``.
    One name beside a date alone stays unread, since an outlet's short name may pass for one."""
    if len(unknown) != 1 or "reporters" in fields:
        return unknown
    names = [name for name in _NAMES_SPLIT_RE.split(unknown[0]) if name]
    if not 0 < len(names) <= _NAMES_PART_MAX or not all(is_personal_name(name) for name in names) \
            or all(is_common_word(name) for name in names):
        return unknown  # 高温 暴雨 are words; 王晓明 李娜 names though a champion made 李娜 a common word
    if len(names) == 1 and "source_agency" not in fields:
        return unknown
    fields["reporters"] = tuple(names)
    return []


def _dateline_credit(part: str) -> tuple[str | None, tuple[str, ...]] | None:
    """A part that is a reporter's credit line whole, in a shape the dateline rule reads (端傳媒記者
    張三 發自台北, 記者張三／台北報導): (its outlet, its reporters); None for anything else."""
    from .dateline import match_dateline

    found = match_dateline(part)
    if found is None or found.start or not found.reporters or part[found.end :].strip():
        return None
    return found.agency, found.reporters


# Words glued to a date that still belong to a header line: the weekday and the lunar date.
_HEADLINE_AFTER_DATE_RE = regex_cache.compile(r"(?!星期|周[一二三四五六日天]|週|礼拜|禮拜|农历|農曆)[\u4e00-\u9fff]")


def _names_then_more(value: str) -> tuple[str, str]:
    """A credit's value as its names and what follows them: the tokens up to the first that is no
    name (张三 李四 某地今日举行… → 张三 李四, 某地今日举行…)."""
    tokens = value.split()
    count = 0
    while count < len(tokens) and (looks_like_names(tokens[count]) or not strip_title(tokens[count])):
        count += 1
    if count == 0 or count == len(tokens):
        return value, ""
    return " ".join(tokens[:count]), " ".join(tokens[count:])


# Lines whose reading is kept: the title's, the header line's and the standfirst's tests each read
# the same line under the headline, and the reading depends on the line alone.
_FIELDS_CACHE = 128


def header_fields(text: str) -> dict[str, Any] | None:
    """Read a time/source line (``发布时间：2019-01-17 23:10 来源：中新网``) or return None."""
    found = _header_fields(text)
    return dict(found) if found is not None else None  # the caller's own dict: the kept one stays as read


@lru_cache(maxsize=_FIELDS_CACHE)
def _header_fields(text: str) -> dict[str, Any] | None:
    if _PART_SEPARATOR_RE.search(text):
        separated = _separated_fields(text)
        if separated is not None:
            return separated
    found = find_datetime(text)
    fields: dict[str, Any] = {}
    if found is None and text.startswith(("原创", "原創")):
        return _undated_post(text)
    if found is None and text[:1].isupper():
        latin = latin_names(text)
        if latin:
            return {"reporters": latin}  # BEN DOOLEY, HISAKO UENO alone above the date (紐約時報中文網)
    if found is None and len(text) <= 20:
        masthead = _masthead(text.strip())
        if masthead is not None:
            return {"source_agency": masthead}  # the masthead alone on a line (星島日報, 東網電視, 法广 RFI)
        named = _masthead_and_names(text) if " " in text.strip() else None
        if named is not None and "source_agency" in named:
            return named  # 風傳媒 林小明: the masthead and its writer, no date
    leftover = text
    if found is not None:
        prefix = text[: found.start].strip()
        labels_only = _time_label_re().fullmatch(prefix)
        original = _original_post(prefix) if prefix.startswith(_ORIGINAL_MARKS) else None
        if original is None and prefix and not labels_only and not _label_re().search(prefix) \
                and _masthead_and_names(prefix) is None:
            original = _unmarked_post(prefix, text[found.end :], ":" in text[found.start : found.end])
        if original is not None:
            fields.update(original)  # 原创 张三 某某发布 2024-06-18 08:30 发表于浙江 (a WeChat post)
            prefix = ""
            if _POSTED_FROM_RE.fullmatch(text[found.end :]):
                text = text[: found.end]  # the place it was sent from: read, not a leftover
        writer = prefix.rstrip(" ·・•|｜")
        if writer != prefix and is_personal_name(writer):
            fields["reporters"] = (writer,)  # 张三·2024年01月28日 10:15 (36氪): the writer, a dot, the time
            prefix = ""
        if prefix and not labels_only and not _label_re().search(prefix):
            # The masthead unlabelled before the date (第一财经 2026-11-24 15:30, 联合早报 2026年11月24日),
            # perhaps with the writer's name (中時新聞網 李文輝 2026.11.24), or the writers alone in
            # Latin capitals (MATT PHILLIPS 2024年11月24日)
            named = _masthead_and_names(prefix)
            if named is None and not text[found.end :].strip() and _unlisted_site(prefix):
                named = {"source_agency": prefix}  # 中国气象局网站 2026-11-24 09:30: nothing follows the time
            if named is None and not text[found.end :].strip():
                named = _outlet_channel(prefix)  # 商周頭條 2024.01.28: a listed outlet's column, then the date
            if named is None and not text[found.end :].strip():
                masthead = _unlisted_masthead_and_app(prefix)
                named = {"source_agency": masthead} if masthead else None  # 长沙晚报掌上长沙 2024-05-10 17:20
            if named is None:
                return None
            fields.update(named)
            prefix = ""
        fields["published"] = found.iso
        leftover = (prefix and text[: found.start]) + " " + text[found.end :]
    unlabelled, pairs = _labelled(leftover)
    sources: list[str] = []
    reposts: list[str] = []  # 转自：光明网: the portal the story was taken from, after any 来源
    rest = [unlabelled]
    for label, value in pairs:
        if label in P.SOURCE_LABELS and value.split():
            value, *more = value.split()
            rest.extend(more)  # 来源：新华社 某地今日…: what follows the name is no part of it
        elif label in P.AUTHOR_LABELS or label in P.EDITOR_LABELS:
            value, more = _names_then_more(value)
            rest.append(more)  # 作者：张三 某地今日举行…: the story a crawler glued after the names
        elif label in P.TIME_LABELS and value.strip():
            rest.append(value)  # 发布时间：2024-11-24 10:30 某地今日…: the time is read, the rest is not
            continue
        if label in P.SOURCE_LABELS:
            value = value.strip("（）()【】[]")  # （来源：某某日报）: the brackets are the line's, not the name's
            if any(mark in value for mark in "（）()【】[]，,。"):
                rest.append(value)  # （来源：某网）某地今日…: the story glued after the bracket is no name
                continue
        if label in P.SOURCE_LABELS and value:
            (reposts if label in P.REPRINT_LABELS else sources).append(value)
        elif label in P.AUTHOR_LABELS and value:
            fields["reporters"] = fields.get("reporters", ()) + split_names(value)
        elif label in P.EDITOR_LABELS and value:
            fields["editors"] = fields.get("editors", ()) + editor_names(value)
        elif label not in P.TIME_LABELS and label not in P.FILING_LABELS:
            rest.append(value)
    if "reporters" not in fields and (sources or found is not None):
        names = _unlabelled_credit(unlabelled)
        if names:
            fields["reporters"] = names  # 记者 申鹏 （来源：新华网）: the title without a colon
    leftover = re.sub(r"[\s:：|｜丨/()（）【】\[\]]+", "", "".join(rest))
    if found is None and not sources and not reposts:
        return None
    if len(leftover) > 16 or "。" in leftover:
        return None
    if found is not None and len(leftover) > 4 and _HEADLINE_AFTER_DATE_RE.match(text, found.end):
        return None  # 2024年3月5日外交部发言人毛宁主持例行记者会: a headline that opens with its day
    if sources and "source_agency" not in fields:
        fields["source_agency"] = sources[0]
    if reposts:
        fields["reprint_agency"] = reposts[0]
    if found is not None and "source_agency" not in fields:
        after = text[found.end :].strip(" \u3000|｜丨/／")
        masthead = _masthead(after)
        if masthead is not None:
            fields["source_agency"] = masthead  # 2024-03-12 02:10 聯合報: the print edition's header, date first
        elif " " in after:
            named = _masthead_and_names(after)  # 2024/05/10 08:30 中時新聞網 王小明: the writer after the masthead
            if named is not None and "source_agency" in named:
                fields.update({key: value for key, value in named.items() if key not in fields})
    return fields
