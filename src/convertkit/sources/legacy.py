"""Legacy Chinese encodings: the declared charset unless the bytes contradict it, charset-normalizer's
detection, the reading of GB18030 or Big5 made of commoner characters, the last resort with
replacement characters, and the refusals (EUC-TW, bytes nothing decodes)."""

from __future__ import annotations

import functools

from .. import regex_cache
from ..errors import EncodingError
from .common import Decoded, _checked, _decode, _strict_or_none, canonical_codec, log
from .frequency import _SCRIPT_SAMPLE, _chinese_reading, _frequent_chars

# Encodings worth asking charset-normalizer about: what Chinese-language press is stored in.
_DETECTION_CANDIDATES: list[str] = ["gb18030", "big5", "big5hkscs", "utf_16", "utf_32", "hz"]
# Above this share of replacement characters a "decoded" file is junk, not an article.
_MAX_REPLACEMENT_SHARE = 0.02


def _legacy_codec(data: bytes, declared: str | None, declared_codec: str | None, path: str | None) -> str | None:
    """The codec that decodes ``data`` strictly: the declared one unless the bytes say it is
    wrong, else the detected one; None when none does."""
    if declared_codec and declared_codec != "utf-8" and not _single_byte(declared_codec):
        try:
            text = _decode(data, declared_codec)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            codec = _unless_misread(data, text, declared_codec)
            if codec != declared_codec:
                log.warning("%s: declares %s, but the bytes read as %s; read as %s", path or "<input>", declared,
                            codec, codec)
            return codec
    chinese = _chinese_reading(data) if declared_codec and _single_byte(declared_codec) else None
    if chinese is not None:
        log.warning("%s: declares %s, but the bytes are Chinese in %s; read as %s", path or "<input>",
                    declared, chinese, chinese)
        return chinese
    if declared_codec and _single_byte(declared_codec):
        return declared_codec
    detected = _detect(data)
    if detected is not None:
        try:
            text = _decode(data, detected)
        except (UnicodeDecodeError, LookupError):
            detected = None
        else:
            detected = _unless_misread(data, text, detected)
    # No verdict (charset-normalizer gives none on some valid files and on short ones, a CP950 €
    # among Big5 for one): the strict reading of GB18030 and Big5 made of commoner characters.
    return detected or _strict_commonest(data)


def _strict_commonest(data: bytes) -> str | None:
    readings = {codec: _strict_or_none(data, codec) for codec in ("gb18030", "big5hkscs")}
    strict = [codec for codec, text in readings.items() if text is not None]
    if len(strict) < 2:
        return strict[0] if strict else None
    # A reading with the marks of a wrong one (kana, bopomofo, private use) loses to one without.
    clean = [codec for codec in strict if _WRONG_READING_RE.search(readings[codec] or "", 0, _SCRIPT_SAMPLE) is None]
    if len(clean) == 1:
        return clean[0]
    return _commoner_script(data, "gb18030")


# What a Chinese text read with the wrong one of GB18030 and Big5 shows: private-use characters
# (Big5 pairs fall into GB18030's user-defined rows), kana (GB2312 rows A4 and A5 are where
# Big5's commonest characters start), bopomofo (Big5's row A3, where GBK keeps its full-width
# brackets and colon) and control characters.
_WRONG_READING_RE = regex_cache.compile("[\ue000-\uf8ff\u3040-\u30ff\u3100-\u312f\x00-\x08\x0e-\x1f]")


def _unless_misread(data: bytes, text: str, codec: str) -> str:
    """``codec``, or the other of GB18030 and Big5 when ``text`` (the bytes read with ``codec``)
    shows the marks of a wrong reading and the other reads as commoner characters: a gb2312
    label on a Big5 page, or a detector's guess on a short text."""
    if codec not in ("gb18030", "big5hkscs") or _WRONG_READING_RE.search(text, 0, _SCRIPT_SAMPLE) is None:
        return codec
    return _commoner_script(data, codec) or codec


@functools.cache
def _single_byte(codec: str) -> bool:
    """Whether ``codec`` maps each byte to one character (Latin-1, cp1252, KOI8…): a label a
    Western server or template puts on any page, and which a Chinese page's bytes then contradict."""
    try:
        return len(bytes(range(256)).decode(codec, errors="replace")) == 256 and codec != "utf-8"
    except LookupError:
        return False


# EUC-TW (CNS 11643, Taiwan's old Unix encoding) has no Python codec, and no maintained library
# decodes it; its planes hold Big5's characters in another order, so no byte shift maps one onto the
# other. Read as GB18030 or Big5 it gives fluent-looking nonsense, so it is refused, by label or by
# shape: its two-byte Han characters all have lead bytes 0xC4-0xFD (plane 1 puts its symbols in
# 0xA1-0xA8 and its first Han row at 0xC4), while GB2312 (level 1, 啊 to 帧, from 0xB0), Big5
# (level 1 up to 0xC6), EUC-KR (Hangul from 0xB0) and EUC-JP (kanji from 0xB0) all use rows
# 0xB0-0xC3 heavily in any text of a few dozen characters.
_EUC_TW_LABELS = frozenset({"euc-tw", "euc_tw", "euctw", "x-euc-tw", "cns11643", "cns-11643"})
_EUC_PAIR_RE = regex_cache.compile(rb"[\xa1-\xfe][\xa1-\xfe]")
_EUC_TW_SAMPLE = 1 << 16  # bytes looked at: the shape shows in the first few hundred characters
_EUC_TW_MIN_HAN = 20  # two-byte characters in the Han rows before the shape says anything
_LOW_HAN_ROWS = bytes(range(0xB0, 0xC4))
_HIGH_BYTES = bytes(b for b in range(0x80, 0x100) if b != 0x8E)  # 0x8E: SS2, before a plane-2 pair
_EUC_TW_HAN_ROWS = bytes(range(0xC4, 0xFE))


def _looks_euc_tw(data: bytes) -> bool:
    """Whether the two-byte characters of ``data`` (cut as EUC pairs) have EUC-TW's shape: every
    byte above ASCII in such a pair (a single-byte encoding's letters are not: Cyrillic words
    have odd lengths, and its marks sit in 0x80-0xA0), many in rows 0xC4-0xFD and none (a stray
    pair or two at most) in rows 0xB0-0xC3."""
    sample = data[:_EUC_TW_SAMPLE]
    paired = b"".join(_EUC_PAIR_RE.findall(sample))
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    if len(paired) < high - 2:  # a character cut at the sample's end may stand alone
        return False
    leads = paired[::2]
    han = len(leads) - len(leads.translate(None, _EUC_TW_HAN_ROWS))
    low = len(leads) - len(leads.translate(None, _LOW_HAN_ROWS))
    return han >= _EUC_TW_MIN_HAN and low * 50 <= han


def _detect(data: bytes) -> str | None:
    """Ask charset-normalizer, restricted to the encodings Chinese press uses."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=_DETECTION_CANDIDATES).best()
    if best is None:
        return None
    return _commoner_script(data[:200_000], canonical_codec(best.encoding))


def _commoner_script(data: bytes, detected: str | None) -> str | None:
    """GB18030 or Big5, whichever reads ``data`` as the commoner characters.

    A short text of common characters in one is often valid in the other too, as rare ones
    (一一丁丁 in GB18030 is 珨珨間間 in Big5), and a detector guesses. The share of each
    reading in its standard's frequent-character block (GB2312 level 1, Big5's 常用字) settles it.
    """
    if detected not in ("gb18030", "big5", "big5hkscs"):
        return detected
    shares: dict[str, tuple[float, bool]] = {}
    big5 = detected if detected.startswith("big5") else "big5hkscs"
    for codec, family in (("gb18030", "gb2312"), (big5, "big5")):
        try:
            text = _decode(data, codec)
        except UnicodeDecodeError:
            continue
        wide = [char for char in text[:_SCRIPT_SAMPLE] if char > "\x7f"]
        if wide:
            frequent = _frequent_chars(family)
            unmarked = _WRONG_READING_RE.search(text, 0, _SCRIPT_SAMPLE) is None
            shares[codec] = (sum(char in frequent for char in wide) / len(wide), unmarked)
    if len(shares) < 2:
        return detected
    # A tie (short texts: （副本1） is 2 of 4 frequent both ways) goes to the reading without
    # the marks of a wrong one (ㄗ萵掛1ㄘ), then to the detector's.
    return max(shares, key=lambda codec: (*shares[codec], codec == detected))


def _fewest_replacements(data: bytes, hint: str | None) -> tuple[str, str, int]:
    """Of GB18030, Big5-HKSCS (and ``hint``), the codec that leaves the fewest undecodable bytes,
    its text and their count."""
    best: tuple[str, str, int] | None = None
    for codec in dict.fromkeys(codec for codec in (hint, "gb18030", "big5hkscs") if codec):
        try:
            text = _decode(data, codec, errors="replace")
        except LookupError:
            continue
        count = text.count("\ufffd") - data.count("\ufffd".encode())
        if best is None or count < best[2]:
            best = (codec, text, count)
    assert best is not None
    return best


_NAMES = {"utf-8": "UTF-8", "gb18030": "GB18030", "big5hkscs": "Big5"}


def _decode_with_replacements(data: bytes, declared: str | None, declared_codec: str | None, path: str | None) -> Decoded:
    """Last resort: the best of GB18030 and Big5-HKSCS with replacements, if junk is rare; else
    a refusal that says what the bytes are closest to (and what the file declared)."""
    hint = declared_codec if declared_codec and not _single_byte(declared_codec) else None
    codec, text, count = _fewest_replacements(data, hint)
    if count <= max(1, len(text)) * _MAX_REPLACEMENT_SHARE:
        if count:  # none: the file is valid in that encoding, the detector just gave no verdict
            log.warning("%s: decoded as %s with %d replacement character(s): some bytes were invalid",
                        path or "<input>", codec, count)
        return _checked(Decoded(text, codec, count), path)
    # GB18030 reads nearly any bytes into something, damaged UTF-8 too: UTF-8 is what the bytes
    # look like when its reading has more valid multi-byte characters than damaged ones.
    utf8 = data.decode("utf-8", errors="replace")
    utf8_count = utf8.count("\ufffd") - data.count("\ufffd".encode())
    if utf8_count < count or sum(1 for char in utf8 if "\x7f" < char != "\ufffd") > utf8_count:
        codec, text, count = "utf-8", utf8, utf8_count
    closest = f"it looks most like {_NAMES.get(codec, codec)}, which leaves {count} of {len(text)} characters undecodable"
    if declared and declared_codec is None:
        said = f"declares an unknown charset {declared!r} and "
    elif declared and declared_codec not in (None, "utf-8", "gb18030", "big5hkscs"):
        said = f"declares {declared}, is not valid {declared}, and "
    elif declared:
        said = f"declares {declared} but is not valid {declared}; "
    else:
        said = ""
    raise EncodingError(f"cannot be decoded: {said}is not valid UTF-8, GB18030/GBK or Big5 ({closest})", path=path)
