"""UTF-16 and UTF-32 without a byte-order mark: NUL bytes in fixed places, or (UTF-16 with no
ASCII at all) a reading made wholly of common CJK characters."""

from __future__ import annotations

from .. import regex_cache
from .common import Decoded
from .frequency import _SCRIPT_SAMPLE, _frequent_chars

# What a Chinese article is made of: ASCII, Latin-1 signs (· ×), general punctuation (“” — …),
# letter-like signs and arrows (℃ ↓), circled numbers and shapes (① ▲), CJK punctuation, Han characters, full-width forms.
_FAMILIAR_RE = regex_cache.compile("[\x00-\x7e\u00a0-\u00ff\u2010-\u206f\u2100-\u21ff\u2460-\u24ff\u25a0-\u25ff"
                                   "\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _bomless_wide(data: bytes) -> Decoded | None:
    """UTF-32 or UTF-16 saved without a byte-order mark (some Windows and Java tools do), told
    from binary data: ASCII and CJK characters put NUL bytes in fixed positions, and the text
    must decode strictly into printable characters, mostly Han or ASCII. UTF-32 is tried first:
    UTF-16 text read as UTF-32 gives code points beyond U+10FFFF, while UTF-32 read as UTF-16
    gives NUL characters, which are not printable."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data[:65536]:
        return None
    codecs_ = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be") if len(data) % 4 == 0 else ("utf-16-le", "utf-16-be")
    for codec in codecs_:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        readable = sum(1 for ch in text if ch.isprintable() or ch in "\t\r\n\u3000\xa0")
        familiar = len(_FAMILIAR_RE.findall(text))
        if text.strip() and readable == len(text) and familiar >= 0.9 * len(text):
            return Decoded(text, codec[:6])
    return None


# UTF-16 of Han characters, CJK and general punctuation (“” — …) and shapes (▲ ①) alone (no ASCII, so no NUL byte to find it by).
_ALL_CJK_RE = regex_cache.compile("[\u2010-\u206f\u2460-\u24ff\u25a0-\u25ff\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\r\n]+")
_UTF16_MIN_HAN = 4


def _nul_free_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark whose text has no ASCII: a headline or a short note saved
    by a Windows tool. Only a reading made wholly of CJK characters, most of them frequent, is
    taken: GBK and Big5 bytes read as UTF-16 fall into Hangul, Yi and private use (their lead and
    trail bytes are above 0xA0), never into a run of common Han characters."""
    if len(data) % 2 or len(data) < 2 * _UTF16_MIN_HAN:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _ALL_CJK_RE.fullmatch(text) is None:
            continue
        wide = [char for char in text[:_SCRIPT_SAMPLE] if char > "\x7f"]
        gb, big5 = _frequent_chars("gb2312"), _frequent_chars("big5")
        if len(wide) >= _UTF16_MIN_HAN and sum(char in gb or char in big5 for char in wide) * 2 >= len(wide):
            return Decoded(text, "utf-16")
    return None
