"""Chinese numerals as news numbering writes them (第九, 十二是, 一百零五)."""

from __future__ import annotations

from .patterns import CN_DIGITS, CN_UNITS

__all__ = ["cn_number"]


def cn_number(token: str) -> int | None:
    """``九`` → 9, ``十二`` → 12, ``二十`` → 20, ``一百零五`` → 105, ``12``/``１２`` → 12."""
    token = token.strip()
    if not token:
        return None
    if token.isdigit():
        try:
            return int(token)
        except ValueError:
            return None
    total = 0
    current = 0
    for char in token:
        if char in CN_DIGITS:
            current = CN_DIGITS[char]
        elif char in CN_UNITS:
            total += (current or 1) * CN_UNITS[char]
            current = 0
        else:
            return None
    return total + current
