"""Chinese misread as Latin-1 or cp1252 and saved again as UTF-8 (ä¸­æ–‡): found by a byte
search, repaired run by run when the round trip is exact."""

from __future__ import annotations

import codecs
import re

from .. import regex_cache
from .common import _CJK_RE, _decode
from .frequency import _chinese_reading

# A Latin-1 or cp1252 misreading of Chinese, saved as UTF-8, puts a letter À-ÿ (C3 80-BF) before
# the misread trail byte: a Latin-1 sign (C2), a cp1252 sign (C5, C6, CB, E2) or another letter.
_MISREAD_FOLLOWERS = frozenset(b"\xc2\xc3\xc5\xc6\xcb\xe2")
_MISREAD_PROBES = 64  # C3 bytes looked at before calling a text clean (×, é in a name)


def _may_be_misread(data: bytes) -> bool:
    """Whether UTF-8 ``data`` may hold Chinese misread as Latin-1: memchr for C3, a look two
    bytes on. Most Chinese UTF-8 has no C3 at all (· is C2 B7)."""
    position = data.find(b"\xc3")
    for _ in range(_MISREAD_PROBES):
        if position == -1:
            return False
        if position + 2 < len(data) and data[position + 2] in _MISREAD_FOLLOWERS:
            return True
        position = data.find(b"\xc3", position + 2)
    return False


# Two characters a Latin-1 or cp1252 misreading of a multi-byte character leaves side by side:
# a lead byte (UTF-8 E0-EF, GBK/Big5 81-FE) then a trail byte, as letters, signs or C1 controls.
_CP1252_SIGNS = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_LATIN1_PAIR_RE = regex_cache.compile(f"[\u00a1-\u00fe][\u0080-\u00fe{_CP1252_SIGNS}]")
# A run of text a single-byte misreading may have produced: any Latin-1 character or cp1252
# sign, within one line.
_LATIN1_RUN_RE = regex_cache.compile(f"[\u0020-\u007e\u0080-\u00ff{_CP1252_SIGNS}\t]+")
_MIN_REPAIRED_HAN = 2


def _repaired_latin1_runs(text: str) -> tuple[str, int]:
    """``text`` with each run of mojibake turned back into the Chinese it was, and how many runs
    were repaired. A run is repaired only when the round trip is exact: every character maps
    back to one byte (cp1252, with its five holes kept as C1 controls as browsers and Python's
    latin-1 do), the bytes decode strictly (UTF-8, or GB18030/Big5 into frequent characters),
    and the result holds Chinese. French or German text never passes: é or ü followed by a
    letter is no valid UTF-8, and GBK pairs made of them are rare characters."""
    if _LATIN1_PAIR_RE.search(text) is None:
        return text, 0
    count = 0

    def repair(match: re.Match[str]) -> str:
        nonlocal count
        run = match.group()
        if _LATIN1_PAIR_RE.search(run) is None:
            return run
        fixed = _unmisread(run)
        if fixed is None:
            return run
        count += 1
        return fixed

    return _LATIN1_RUN_RE.sub(repair, text), count


def _unmisread(run: str) -> str | None:
    try:
        raw = run.encode("cp1252", errors="convertkit.c1")
    except UnicodeEncodeError:
        return None
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        codec = _chinese_reading(raw)
        if codec is None:
            return None
        fixed = _decode(raw, codec)
    return fixed if len(_CJK_RE.findall(fixed)) >= _MIN_REPAIRED_HAN else None


def _c1_bytes(error: UnicodeError) -> tuple[bytes, int]:
    """Encode error handler: C1 control characters (what a Latin-1 reading makes of cp1252's five
    undefined bytes) are their own byte."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chunk = error.object[error.start:error.end]
    if all("\x80" <= char <= "\x9f" for char in chunk):
        return chunk.encode("latin-1"), error.end
    raise error


codecs.register_error("convertkit.c1", _c1_bytes)
