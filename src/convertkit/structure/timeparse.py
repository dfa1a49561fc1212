"""Publication times as news pages write them, to ISO 8601.

Sources write the same moment as ``17.01.2019  23:10`` (with a no-break space),
``2019-01-17 23:10``, ``2019年01月17日 23:10``, ``2019/1/17``, with or without seconds,
with full-width or Arabic-Indic digits, or as ``Jun 17, 2024``. Everything becomes
``2019-01-17T23:10`` (seconds only when they are not zero; a date alone stays a date).
Impossible dates give None rather than a wrong ISO string.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, time

from .patterns import TIME_OF_DAY, TIME_SHAPES

__all__ = ["ParsedTime", "find_datetime", "parse_datetime", "to_ascii_digits"]

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}

_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(template.format(time=TIME_OF_DAY)) for _, template in TIME_SHAPES
)


@dataclass(frozen=True, slots=True)
class ParsedTime:
    iso: str
    start: int
    end: int


def to_ascii_digits(text: str) -> str:
    """Any Unicode decimal digit (full-width, Arabic-Indic…) as ASCII; marks like RLM dropped."""
    out: list[str] = []
    for char in text:
        if char.isdigit() and not char.isascii():
            value = unicodedata.digit(char, None)
            out.append(str(value) if value is not None else char)
        elif unicodedata.category(char) == "Cf":
            out.append(" ")  # keep positions roughly stable for spans: one char for one char
        else:
            out.append(char)
    return "".join(out)


def _iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    try:
        month = int(parts["m"]) if parts.get("m") else _MONTHS[parts["mon"][:3].lower()]
        day = date(int(parts["y"]), month, int(parts["d"]))
    except (KeyError, ValueError, TypeError):
        return None
    if not (1900 <= day.year <= 2100):
        return None
    if parts.get("H") is None:
        return day.isoformat()
    try:
        moment = time(int(parts["H"]), int(parts["M"]), int(parts["S"] or 0))
    except ValueError:
        return day.isoformat()
    stamp = f"{day.isoformat()}T{moment.strftime('%H:%M:%S' if moment.second else '%H:%M')}"
    tz = parts.get("tz")
    if tz:
        stamp += "+00:00" if tz == "Z" else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
    return stamp


def find_datetime(text: str) -> ParsedTime | None:
    """The first date (with its time, if any) in ``text``, with its span."""
    ascii_text = to_ascii_digits(text)
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
