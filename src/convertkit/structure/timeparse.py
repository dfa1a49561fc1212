"""Publication times as news pages write them, to ISO 8601.

Sources write the same moment as ``17.01.2019  23:10`` (with a no-break space),
``2019-01-17 23:10``, ``2019年01月17日 23:10``, ``2019/1/17``, with or without seconds,
with full-width or Arabic-Indic digits, as ``Jun 17, 2024``, with a 12-hour clock
(``下午2:05``, ``2:05 PM``), month first when day first cannot be (``11/24/2024``) or in Minguo years (``113年11月24日``, ``113-11-24``). Everything becomes
``2019-01-17T23:10`` (seconds only when they are not zero; a date alone stays a date).
Impossible dates give None rather than a wrong ISO string.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, time

from .. import regex_cache
from .patterns import TIME_OF_DAY, TIME_SHAPES

__all__ = ["ParsedTime", "compact_date", "date_code", "date_in_url", "find_datetime", "parse_datetime",
           "to_ascii_digits"]

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}

_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    regex_cache.compile(template.format(time=TIME_OF_DAY)) for _, template in TIME_SHAPES
)


@dataclass(frozen=True, slots=True)
class ParsedTime:
    iso: str
    start: int
    end: int


# Characters that to_ascii_digits leaves alone for certain (ASCII, Latin-1 without ¹²³ and the
# soft hyphen, general punctuation before the format marks, CJK marks and ideographs,
# full-width marks without full-width digits); a test checks that none is a digit or a format
# mark. Only the characters outside them go through the per-character code.
_PLAIN_RANGES = (
    "\x00-\x7f\xa0-\xac\xae-\xb1\xb4-\xb8\xba-\xff\u2010-\u2027\u2030-\u205e"
    "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff5e"
)
_NOT_PLAIN_RE = regex_cache.compile(f"[^{_PLAIN_RANGES}]")


def _ascii_digit(match: re.Match[str]) -> str:
    char = match.group(0)
    if char.isdigit() and not char.isascii():
        value = unicodedata.digit(char, None)
        return str(value) if value is not None else char
    if unicodedata.category(char) == "Cf":
        return " "  # keep positions roughly stable for spans: one char for one char
    return char


def to_ascii_digits(text: str) -> str:
    """Any Unicode decimal digit (full-width, Arabic-Indic…) as ASCII; marks like RLM dropped."""
    if not _NOT_PLAIN_RE.search(text):
        return text  # the common case: a line of Chinese text and ASCII needs no change
    return _NOT_PLAIN_RE.sub(_ascii_digit, text)


def _iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    roc = parts.get("roc") or parts.get("roc3")
    try:
        month = int(parts["m"]) if parts.get("m") else _MONTHS[parts["mon"][:3].lower()]
        year = int(roc) + 1911 if roc else int(parts["y"])
        day_number = int(parts["d"])
        if month > 12 and day_number <= 12 and parts.get("m") and match.start("d") < match.start("m"):
            month, day_number = day_number, month  # 11/24/2024: day first cannot be, so month first
        day = date(year, month, day_number)
    except (KeyError, ValueError, TypeError):
        return None
    if not (1900 <= day.year <= 2100):
        return None
    if parts.get("H") is None:
        return day.isoformat()
    try:
        moment = time(_hour(int(parts["H"]), parts.get("half") or _half_of(parts.get("ampm"))), int(parts["M"]),
                      int(parts["S"] or 0))
    except ValueError:
        return day.isoformat()
    stamp = f"{day.isoformat()}T{moment.strftime('%H:%M:%S' if moment.second else '%H:%M')}"
    tz = parts.get("tz") or parts.get("rfctz")
    if tz and _range_end(match, tz, moment):
        tz = None  # 10:00-12:00: a time range's end, no zone
    if tz:
        stamp += "+00:00" if tz == "Z" else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
    elif parts.get("utcz"):
        stamp += _utc_offset(parts.get("utc"))
    return stamp


def _range_end(match: re.Match[str], tz: str, moment: time) -> bool:
    """``-12:00`` after ``10:11`` with no ``T`` and no seconds (活动时间：2024年1月2日 10:00-12:00):
    the end of a time range, later that day, not a zone west of UTC (written 2024-01-02T10:11-05:00,
    or with seconds, by the feeds and APIs that give one)."""
    if tz[:1] != "-" or "T" in match.group(0) or moment.second or ":" not in tz:
        return False
    hours, _, minutes = tz[1:].partition(":")
    return hours.isdigit() and minutes.isdigit() and (int(hours), int(minutes)) > (moment.hour, moment.minute)


def _utc_offset(written: str | None) -> str:
    """``UTC``, ``UTC+9``, ``UTC−5``, ``GMT+5:30`` after a time (as our masthead writes a time
    given in another zone than UTC+8), ``GMT+0800`` (JavaScript's Date as a crawler saved it) as an
    ISO 8601 offset."""
    if not written:
        return "+00:00"
    sign = "-" if written[0] in "-−" else "+"
    hours, _, minutes = written[1:].partition(":")
    if not minutes and len(hours) > 2:
        hours, minutes = hours[:-2], hours[-2:]
    return f"{sign}{int(hours):02d}:{minutes or '00'}"


# The halves of a 12-hour day (下午2:05 is 14:05; 中午12:30 stays 12:30, 中午1:00 is 13:00; 凌晨12:10 is 0:10).
_AFTERNOON = frozenset(("下午", "晚上", "晚間", "晚间", "傍晚"))
_MORNING = frozenset(("上午", "凌晨", "早上"))


def _half_of(ampm: str | None) -> str | None:
    """``PM``/``p.m.`` as the half of the day the Chinese label names (下午, 上午)."""
    if not ampm:
        return None
    return "下午" if ampm[0] in "Pp" else "上午"


def _hour(hour: int, half: str | None) -> int:
    """The hour of a 24-hour clock; a 12-hour clock's hour read with its half of the day."""
    if half in _AFTERNOON and hour < 12:
        return hour + 12
    if half == "中午" and hour < 6:
        return hour + 12
    if half in _MORNING and hour == 12:
        return 0
    return hour


_ASCII_DIGIT_RE = regex_cache.compile("[0-9]")


def find_datetime(text: str) -> ParsedTime | None:
    """The first date (with its time, if any) in ``text``, with its span."""
    ascii_text = to_ascii_digits(text)
    if _ASCII_DIGIT_RE.search(ascii_text) is None:
        return None  # every shape's day is digits (_iso reads it with int): one scan, not a search a shape
    best: ParsedTime | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(ascii_text):
            iso = _iso(match)
            if iso is None:
                continue
            found = ParsedTime(iso, match.start(), match.end())
            if best is None or found.start < best.start or (found.start == best.start and found.end > best.end):
                best = found
            break
    return best


def parse_datetime(text: str | None) -> str | None:
    """ISO 8601 form of the first date/time in ``text``, or None."""
    if not text:
        return None
    found = find_datetime(text)
    return found.iso if found else None


def compact_date(digits: str, clock: str | None = None) -> str | None:
    """``20240428`` (and ``19:00``) as ISO 8601; an impossible date gives None.

    Only for places that are known to hold a date (a programme stamp, a title's closing
    brackets): eight digits anywhere else are as likely a count or an id."""
    if len(digits) != 8 or not digits.isascii() or not digits.isdigit():
        return None
    stamp = f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    return parse_datetime(f"{stamp} {clock}" if clock else stamp)


def date_code(code: str) -> str | None:
    """The date of a wire's closing date code, as ISO 8601: seven digits are a Minguo date
    (中央社's ``1130506``: year 113 + 1911 = 2024-05-06), eight a Gregorian one; six are
    ambiguous and give None, as does an impossible date."""
    if len(code) == 7 and code.isascii() and code.isdigit():
        return compact_date(f"{int(code[:3]) + 1911}{code[3:]}")
    if len(code) == 8:
        return compact_date(code)
    return None


# A news site's article address carries its day: /20120612/ (搜狐, ETtoday), /2019-12/10/ (新华网),
# /2019/0615/ (人民网), /2019/01-17/ (中新网), /2019-09-07/ (新浪), /t20161122_ (government sites),
# /art/2016/11/22/. Year, month and day stand alone (no digit touches them) with at most one
# separator between each, so an id (/2019061512345.html) or a size (/1920x1080/) is no date.
_URL_DATE_RE = regex_cache.compile(
    r"(?<![0-9])((?:19|20)\d\d)([-/_]?)(0[1-9]|1[0-2])([-/_]?)(0[1-9]|[12]\d|3[01])(?![0-9])"
)


def date_in_url(url: str | None, *, latest_year: int | None = None) -> str | None:
    """The day an article's address names, as ISO 8601 (a date only), or None.

    Only the path counts (a query's ``?from=20190101`` is a filter, not the article's day),
    and only a date no later than ``latest_year`` (default: next year)."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1].partition("/")[2]  # not the host (a 2019-…-cdn name)
    latest = latest_year or date.today().year + 1
    for match in _URL_DATE_RE.finditer(path):
        year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(5))
        if year > latest:
            continue
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            continue
    return None
