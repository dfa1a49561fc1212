"""Loading and decoding input: the only place that turns bytes into text.

Order of evidence (strongest first): a byte-order mark; strict UTF-8 (multi-byte UTF-8 that
validates is almost never anything else, and saved pages often *declare* gb2312 while being
UTF-8); the charset a container declares; charset-normalizer's detection among the encodings
Chinese press actually uses. GB2312 and GBK are decoded as their superset GB18030, Big5 as
Big5-HKSCS, so a rare character in an old archive is not an error.

Binary data is refused rather than decoded into junk: NUL bytes outside UTF-16, known binary
signatures, or a high share of control characters after decoding.
"""

from __future__ import annotations

import codecs
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from . import regex_cache
from .errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    NotAFileError,
    NotFoundError,
)

log = logging.getLogger("convertkit")

# Refuse anything larger: a news article is kilobytes; a crawl dump belongs in `batch`.
MAX_INPUT_BYTES = 256 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_BINARY_SIGNATURES: tuple[bytes, ...] = (
    b"%PDF-",
    b"PK\x03\x04",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x7fELF",
    b"MZ",
    b"\xd0\xcf\x11\xe0",  # OLE2: .doc, .xls
    b"ID3",
    b"OggS",
    b"RIFF",
    b"\x00\x00\x01\x00",
    b"SQLite format 3",
)

# Codec names charset-normalizer (or a <meta> tag) may give, mapped to the superset we decode with.
_CODEC_SUPERSETS: dict[str, str] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "euc_cn": "gb18030",
    "euccn": "gb18030",
    "x-gbk": "gb18030",
    "gb18030": "gb18030",
    "hz": "hz",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "cp950": "big5hkscs",
    "ms950": "big5hkscs",
    "utf_8": "utf-8",
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "ascii": "utf-8",
    "us-ascii": "utf-8",
}

# Encodings worth asking charset-normalizer about: what Chinese-language press is stored in.
_DETECTION_CANDIDATES: list[str] = ["gb18030", "big5", "big5hkscs", "utf_16", "utf_32", "hz"]

# Above this share of replacement characters a "decoded" file is junk, not an article.
_MAX_REPLACEMENT_SHARE = 0.02
_MAX_CONTROL_SHARE = 0.01


# Control characters no article contains (tab, line and page breaks excepted). A character class
# counts them in one C scan; str.translate with a dict looked up every character of the text.
_CONTROL_RE = regex_cache.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text plus how it was obtained; ``replacements`` counts undecodable byte runs."""

    text: str
    encoding: str
    replacements: int = 0


def load(path: str | os.PathLike[str]) -> bytes:
    """Read an input file, read-only, refusing what cannot be an article before decoding."""
    shown = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise NotFoundError("no such file", path=shown) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=shown) from None
    if stat.S_ISDIR(info.st_mode):
        raise NotAFileError("is a directory, not a file", path=shown)
    if not stat.S_ISREG(info.st_mode):
        raise NotAFileError("is not a regular file", path=shown)
    if info.st_size == 0:
        raise EmptyInputError("is empty", path=shown)
    if info.st_size > MAX_INPUT_BYTES:
        raise InputError(f"is too large ({info.st_size} bytes) for a single article", path=shown)
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=shown) from None


def canonical_codec(name: str | None) -> str | None:
    """Map an encoding label to the codec we decode with, or None when Python has no such codec."""
    if not name:
        return None
    key = name.strip().lower().replace(" ", "")
    if key in _CODEC_SUPERSETS:
        return _CODEC_SUPERSETS[key]
    try:
        python_name = codecs.lookup(key).name
    except LookupError:
        return None
    return _CODEC_SUPERSETS.get(python_name, python_name)


def decode(data: bytes, *, declared: str | None = None, path: str | None = None) -> Decoded:
    """Decode article bytes; raise a one-line InputError for empty, binary or undecodable input."""
    if not data.strip():
        raise EmptyInputError("is empty or blank", path=path)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(Decoded(data.decode(codec), _label(codec)), path)
            except UnicodeDecodeError:
                raise EncodingError(f"starts with a {_label(codec)} byte-order mark but does not decode as {_label(codec)}", path=path) from None
    bomless = _bomless_utf16(data)
    if bomless is not None:
        return _checked(bomless, path)
    _refuse_binary(data, path)
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"), path)
    except UnicodeDecodeError:
        pass
    damaged_utf8 = _mostly_utf8(data)
    if damaged_utf8 is not None:
        log.warning("%s: decoded as utf-8 with %d replacement character(s): a few bytes were invalid "
                    "(a file cut short in the middle of a character?)", path or "<input>", damaged_utf8.replacements)
        return _checked(damaged_utf8, path)
    declared_codec = canonical_codec(declared)
    if (declared or "").strip().lower() in _EUC_TW_LABELS or (declared_codec is None and _looks_euc_tw(data)):
        raise EncodingError("is encoded in EUC-TW (CNS 11643), which convertkit cannot decode: convert it to UTF-8 "
                            "or Big5 first (iconv -f EUC-TW -t UTF-8)", path=path)
    if declared_codec and declared_codec != "utf-8":
        try:
            return _checked(Decoded(data.decode(declared_codec), declared_codec), path)
        except (UnicodeDecodeError, LookupError):
            pass
    detected = _detect(data)
    if detected is not None:
        try:
            return _checked(Decoded(data.decode(detected), detected), path)
        except (UnicodeDecodeError, LookupError):
            pass
    return _decode_with_replacements(data, declared_codec or detected, path)


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


# UTF-8 with a few bad bytes (a download cut in the middle of a character, one corrupted byte)
# is UTF-8: text in another encoding never decodes into many valid multi-byte UTF-8 characters.
_UTF8_MAX_DAMAGE = 3
_UTF8_VALID_PER_DAMAGE = 20


def _mostly_utf8(data: bytes) -> Decoded | None:
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode())
    wide = sum(1 for char in text if char > "\x7f" and char != "\ufffd")
    if 0 < damaged <= _UTF8_MAX_DAMAGE and wide >= _UTF8_VALID_PER_DAMAGE * damaged:
        return Decoded(text, "utf-8", damaged)
    return None


def _label(codec: str) -> str:
    return {"utf-8-sig": "utf-8", "utf-16": "utf-16", "utf-32": "utf-32"}.get(codec, codec)


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 saved without a byte-order mark (some Windows tools do), told from binary data:
    every other byte is NUL in ASCII text, and the text must decode strictly into printable
    characters, mostly Han or ASCII."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data[:65536]:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        readable = sum(1 for ch in text if ch.isprintable() or ch in "\t\r\n\u3000")
        familiar = sum(1 for ch in text if ch < "\x7f" or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
        if text.strip() and readable == len(text) and familiar >= 0.9 * len(text):
            return Decoded(text, "utf-16")
    return None


def _refuse_binary(data: bytes, path: str | None) -> None:
    head = data[:16]
    if any(head.startswith(signature) for signature in _BINARY_SIGNATURES):
        raise BinaryInputError("is a binary file, not text", path=path)
    sample = data[:65536]
    if b"\x00" in sample:
        # UTF-16/32 without a BOM would show NULs in alternate positions; we only accept those
        # with a BOM, so any NUL here means binary.
        raise BinaryInputError("is a binary file, not text (contains NUL bytes)", path=path)


def _detect(data: bytes) -> str | None:
    """Ask charset-normalizer, restricted to the encodings Chinese press uses."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=_DETECTION_CANDIDATES).best()
    if best is None:
        return None
    return _commoner_script(data[:200_000], canonical_codec(best.encoding))


# Characters read to tell GB18030 from Big5: the two readings of a long text differ long before.
_SCRIPT_SAMPLE = 4000


def _commoner_script(data: bytes, detected: str | None) -> str | None:
    """GB18030 or Big5, whichever reads ``data`` as the commoner characters.

    A short text of common characters in one is often valid in the other too, as rare ones
    (一一丁丁 in GB18030 is 珨珨間間 in Big5), and a detector guesses. The share of each
    reading in its standard's frequent-character block (GB2312 level 1, Big5's 常用字) settles it.
    """
    if detected not in ("gb18030", "big5", "big5hkscs"):
        return detected
    shares: dict[str, float] = {}
    big5 = detected if detected.startswith("big5") else "big5hkscs"
    for codec, encode_as, low, high in (("gb18030", "gb2312", 0xB0, 0xD7), (big5, "big5", 0xA4, 0xC6)):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        wide = [char for char in text[:_SCRIPT_SAMPLE] if char > "\x7f"]
        if wide:
            shares[codec] = sum(low <= _lead_byte(char, encode_as) <= high for char in wide) / len(wide)
    if len(shares) < 2:
        return detected
    return max(shares, key=lambda codec: (shares[codec], codec == detected))


def _lead_byte(char: str, codec: str) -> int:
    try:
        encoded = char.encode(codec)
    except UnicodeEncodeError:
        return 0
    return encoded[0] if len(encoded) == 2 else 0


def _decode_with_replacements(data: bytes, hint: str | None, path: str | None) -> Decoded:
    """Last resort: the best of GB18030 and Big5-HKSCS with replacements, if junk is rare."""
    candidates = [codec for codec in (hint, "gb18030", "big5hkscs") if codec]
    best: Decoded | None = None
    for codec in dict.fromkeys(candidates):
        try:
            text = data.decode(codec, errors="replace")
        except LookupError:
            continue
        count = text.count("\ufffd")
        if best is None or count < best.replacements:
            best = Decoded(text, codec, count)
    if best is None or best.replacements > max(1, len(best.text)) * _MAX_REPLACEMENT_SHARE:
        raise EncodingError("cannot be decoded as UTF-8, UTF-16, GB18030/GBK or Big5", path=path)
    if best.replacements:  # none: the file is valid in that encoding, the detector just gave no verdict
        log.warning("%s: decoded as %s with %d replacement character(s): some bytes were invalid",
                    path or "<input>", best.encoding, best.replacements)
    return _checked(best, path)


def _checked(decoded: Decoded, path: str | None) -> Decoded:
    text = decoded.text
    damaged = text.count("\ufffd") - decoded.replacements
    if damaged > 0:
        log.warning("%s: contains %d replacement character(s) (U+FFFD): the text was damaged before it reached us",
                    path or "<input>", damaged)
    if not text.strip():
        raise EmptyInputError("is empty or blank", path=path)
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(2, len(text) * _MAX_CONTROL_SHARE):
        raise BinaryInputError("looks like binary data, not text (too many control characters)", path=path)
    return decoded
