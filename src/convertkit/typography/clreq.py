"""Character classes for Simplified Chinese layout (W3C clreq, GB/T 15834, GB style).

Every decision a line breaker or a punctuation normaliser makes starts from the question
"what kind of character is this?". The answers live here, once, as immutable sets, so the
PDF, DOCX and EPUB paths cannot drift apart (reportlab's own kinsoku table, for one, lacks
``，；：！？》”’…``; measured on the seed, ``，`` and ``”。`` start its lines).

Sources: W3C "Requirements for Chinese Text Layout" (clreq) §3.1.6 (punctuation width
adjustment), §3.1.7 (line-start and line-end prohibition rules), §3.2.3 (spacing between Han
and Western characters); GB/T 15834-2011 §5.1.10 (punctuation at the line edges).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = [
    "CLOSING_BRACKETS",
    "FULLWIDTH",
    "HALF_WIDTH_CLOSING",
    "HALF_WIDTH_OPENING",
    "INSEPARABLE",
    "LINE_END_PROHIBITED",
    "LINE_START_PROHIBITED",
    "NO_BREAK",
    "OPENING_BRACKETS",
    "PAUSE_OR_STOP",
    "POSTFIX",
    "SMALL_KANA",
    "is_break_space",
    "is_combining",
    "is_han",
    "is_ideographic",
    "is_kana",
    "is_latin_alnum",
    "is_punctuation",
    "is_word_char",
    "to_fullwidth",
]

#: Closing brackets and quotation marks, full width (the GB forms) first, then the
#: half-width counterparts that survive in unnormalised text.
CLOSING_BRACKETS: Final[frozenset[str]] = frozenset("」』）》〉】〗〕］｝〙〛｠”’" ")]}")

#: Opening brackets and quotation marks; they belong to what follows them.
OPENING_BRACKETS: Final[frozenset[str]] = frozenset("「『（《〈【〖〔［｛〘〚｟“‘" "([{")

#: Pause and stop marks (clreq 3.1.2): they belong to what precedes them.
PAUSE_OR_STOP: Final[frozenset[str]] = frozenset("，。、；：？！．‼⁇⁈⁉｡､" ",.;:?!")

#: Small kana and iteration marks cannot start a line either (clreq follows JIS here).
SMALL_KANA: Final[frozenset[str]] = frozenset(
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
)

#: Units written after a number (``50％``, ``30°``) stay with it.
POSTFIX: Final[frozenset[str]] = frozenset("％‰℃°′″")

#: clreq 3.1.7: these never begin a line. Ellipsis, interpunct, wave dash, prolonged sound
#: mark and iteration marks are included because a line starting with them reads as a
#: fragment of the previous word.
LINE_START_PROHIBITED: Final[frozenset[str]] = (
    CLOSING_BRACKETS
    | PAUSE_OR_STOP
    | SMALL_KANA
    | POSTFIX
    | frozenset("…‥·・〜～ー々〻ゝゞヽヾ")
)

#: clreq 3.1.7: these never end a line.
LINE_END_PROHIBITED: Final[frozenset[str]] = OPENING_BRACKETS

#: Marks written as a two-em pair (``——``, ``……``) that must not be split across lines.
INSEPARABLE: Final[frozenset[str]] = frozenset("—…‥⸺⸻")

#: clreq 3.1.6: full-width marks whose glyph sits in the left half of the em box, so the
#: right half is blank and can be removed (adjacent marks, line end).
HALF_WIDTH_CLOSING: Final[frozenset[str]] = frozenset("，。、；：）》〉】〗〕］｝」』〙〛”’")

#: Full-width marks whose glyph sits in the right half: the left half can be removed.
HALF_WIDTH_OPENING: Final[frozenset[str]] = frozenset("（《〈【〖〔［｛「『〘〚“‘")

#: No-break spaces and joiners (``10\u00a0km``): never a break on either side of them.
NO_BREAK: Final[frozenset[str]] = frozenset("\u00a0\u202f\u2007\u2060\ufeff\u200d")

#: ASCII punctuation that GB text writes full width when it stands beside Chinese.
FULLWIDTH: Final[Mapping[str, str]] = MappingProxyType(
    {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"}
)

_PUNCTUATION: Final[frozenset[str]] = (
    LINE_START_PROHIBITED - SMALL_KANA - frozenset("ー々〻ゝゞヽヾ")
) | OPENING_BRACKETS | INSEPARABLE


def to_fullwidth(char: str) -> str:
    """The GB full-width form of an ASCII mark, or the character itself."""
    return FULLWIDTH.get(char, char)


def is_han(char: str) -> bool:
    """True for CJK ideographs (all extension blocks) and the ideographic number zero."""
    cp = ord(char)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3FFFF
        or cp in (0x3005, 0x3007, 0x303B)
    )


def is_kana(char: str) -> bool:
    """True for hiragana and katakana (including the phonetic extensions)."""
    cp = ord(char)
    return 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF


def is_ideographic(char: str) -> bool:
    """Han or kana: the characters between which a line may break anywhere (clreq 3.1.7)."""
    return is_han(char) or is_kana(char)


def is_break_space(char: str) -> bool:
    """Whitespace a line may break after. U+3000 is excluded: in Chinese text it is a
    visible em-wide blank (an indent or a gap in a list), not a word separator; so are the
    no-break spaces, whose whole point is to forbid the break."""
    return char != "\u3000" and char not in NO_BREAK and char.isspace()


def is_combining(char: str) -> bool:
    """A mark that belongs to the character before it (accents, variation selectors for
    Han glyph variants): a line never breaks before one."""
    return unicodedata.category(char) in ("Mn", "Mc", "Me")


def is_word_char(char: str) -> bool:
    """Part of a Western word, number or URL, which must not be split across lines.

    Every printable ASCII character counts, so ``3.5``, ``10:30``, ``50%`` and
    ``https://a.b/c?d=1`` each form one run; other letters and digits count unless they are
    ideographs or kana (full-width Latin ``ＧＤＰ２０１９`` is a word too, only not spaced).
    The Western hyphens and the en dash count as well: ``pp. 425–434`` or ``2019–2020`` is one
    run, never broken or stretched at its dash (the em dash ``—`` is Chinese: not a word char).
    """
    cp = ord(char)
    if 0x21 <= cp <= 0x7E:
        return True
    if cp < 0x80 or is_ideographic(char):
        return False
    return char in _WESTERN_DASHES or char.isalnum()


#: Hyphen, non-breaking hyphen, figure dash and en dash: parts of a Western word or number range.
_WESTERN_DASHES: Final[frozenset[str]] = frozenset("\u2010\u2011\u2012\u2013")


def is_latin_alnum(char: str) -> bool:
    """A proportional (not full-width) letter or digit: the side of a Han–Western pair that
    gets the quarter-em space of clreq 3.2.3."""
    if not char.isalnum() or is_ideographic(char) or _is_enclosed_number(char):
        return False
    return unicodedata.east_asian_width(char) not in ("F", "W")


def _is_enclosed_number(char: str) -> bool:
    """①…⑳, ⑴, ⒈, ⒜, Ⓐ and the dingbat ❶…➓: drawn a full em by CJK faces and set as Chinese
    (a point's ① numbering), so they take no Han–Western space (编号 ①, 和 ⑩)."""
    cp = ord(char)
    return 0x2460 <= cp <= 0x24FF or 0x2776 <= cp <= 0x2793


def is_punctuation(char: str) -> bool:
    """A mark rather than a letter: brackets, quotes, pauses, stops, dashes, ellipses."""
    return char in _PUNCTUATION
