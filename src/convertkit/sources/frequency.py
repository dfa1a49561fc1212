"""Which characters are frequent (GB2312 level 1, Big5's 常用字): what tells a right reading of
Chinese bytes from a wrong one, for every step that has to choose between readings."""

from __future__ import annotations

import functools

from .common import _decode

_CHINESE_MIN_WIDE = 10  # characters above ASCII before a reading can be called Chinese
_CHINESE_MIN_SHARE = 0.5  # of them among the frequent characters (news text: 0.7-0.9)


def _chinese_reading(data: bytes) -> str | None:
    """GB18030 or Big5, whichever decodes ``data`` strictly into mostly frequent characters;
    None when neither does (a Latin-1 page that is Latin-1)."""
    best: tuple[float, str] | None = None
    for codec, family in (("gb18030", "gb2312"), ("big5hkscs", "big5")):
        try:
            text = _decode(data, codec)
        except UnicodeDecodeError:
            continue
        share = _frequent_share(text, family)
        if share is not None and share >= _CHINESE_MIN_SHARE and (best is None or share > best[0]):
            best = (share, codec)
    return best[1] if best else None


def _frequent_share(text: str, family: str) -> float | None:
    """The share of ``text``'s characters above ASCII that are frequent in ``family``; None
    when there are too few to say."""
    wide = [char for char in text[:_SCRIPT_SAMPLE] if char > "\x7f"]
    if len(wide) < _CHINESE_MIN_WIDE:
        return None
    frequent = _frequent_chars(family)
    return sum(char in frequent for char in wide) / len(wide)


# Characters read to tell GB18030 from Big5: the two readings of a long text differ long before.
_SCRIPT_SAMPLE = 4000


# Each standard's block of frequent characters, by lead byte: GB2312 level 1 (rows B0-D7, 3755
# characters), Big5's 常用字 (A440-C67E, 5401 characters).
_FREQUENT_ROWS = {"gb2312": (0xB0, 0xD7), "big5": (0xA4, 0xC6)}


@functools.cache
def _frequent_chars(family: str) -> frozenset[str]:
    low, high = _FREQUENT_ROWS[family]
    chars: set[str] = set()
    for lead in range(low, high + 1):
        for trail in range(0x40, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode(family))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)
