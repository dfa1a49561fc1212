"""Loading and decoding input: the only place that turns bytes into text.

Order of evidence (strongest first): a byte-order mark; UTF-16 or UTF-32 without one (NUL
bytes in fixed places); strict UTF-8 (multi-byte UTF-8 that validates is almost never anything
else, and saved pages often *declare* gb2312 while being UTF-8), which may still be 7-bit HZ or
ISO-2022-CN, or hold Chinese misread as Latin-1 and saved again (repaired when the round trip is
exact); lines of UTF-8 among lines of GBK or Big5 (each line in its own encoding); the charset
a container declares, unless the bytes contradict it (Latin-1 on Chinese bytes, gb2312 on Big5);
charset-normalizer's detection among the encodings Chinese press actually uses; the reading of
GB18030 and Big5 made of frequent characters. GB2312 and GBK are decoded as their superset
GB18030, Big5 as Big5-HKSCS (plus CP950's euro sign), so a rare character in an old archive is
not an error.

Binary data is refused rather than decoded into junk: NUL bytes outside UTF-16/32, known binary
signatures, or a high share of control characters after decoding. A refusal says what the file
declared and which encoding its bytes came closest to.

This module keeps that order (``decode``); each step lives in its own module: ``loading`` (read
a file, refuse binary), ``wide`` (UTF-16/32 without a mark), ``seven_bit`` (HZ, ISO-2022-CN),
``misread`` (Latin-1/cp1252 mojibake), ``mixed`` (line by line), ``legacy`` (declared charset,
detection, commoner-character readings, refusals), over ``frequency`` (frequent characters) and
``common`` (``Decoded``, codec labels, strict decoding, the final check).
"""

from __future__ import annotations

import codecs

from ..errors import EmptyInputError, EncodingError
from .common import Decoded, _checked, _decode, canonical_codec, log
from .legacy import (
    _EUC_TW_LABELS,
    _decode_with_replacements,
    _legacy_codec,
    _looks_euc_tw,
)
from .loading import MAX_INPUT_BYTES, STREAM_BYTES, _refuse_binary, load, open_input, peek
from .misread import _may_be_misread, _repaired_latin1_runs
from .mixed import _by_line
from .seven_bit import _seven_bit
from .wide import _bomless_wide, _nul_free_utf16

__all__ = ["MAX_INPUT_BYTES", "STREAM_BYTES", "Decoded", "canonical_codec", "decode", "load", "open_input", "peek"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, *, declared: str | None = None, path: str | None = None) -> Decoded:
    """Decode article bytes; raise a one-line InputError for empty, binary or undecodable input."""
    if not data.strip():
        raise EmptyInputError("is empty or blank", path=path)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(Decoded(data.decode(codec), _label(codec)), path)
            except UnicodeDecodeError:
                if codec != "utf-8-sig":
                    raise EncodingError(f"starts with a {_label(codec)} byte-order mark but does not decode as "
                                        f"{_label(codec)}", path=path) from None
            # A UTF-8 mark before bytes that are no UTF-8 (a tool that writes the mark, then GBK;
            # files joined by cat): the bytes win over the mark.
            log.warning("%s: starts with a UTF-8 byte-order mark but is not UTF-8; the mark is ignored", path or "<input>")
            data = data[len(bom):]
            break
    wide = _bomless_wide(data)
    if wide is not None:
        return _checked(wide, path)
    _refuse_binary(data, path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _legacy(data, declared, path)
    if data.isascii() or data.find(b"\xc3") != -1:  # 7-bit HZ or ISO-2022-CN; à-ÿ (Latin-1 mojibake)
        return _checked(_utf8_text(data, text, path), path)
    return _checked(Decoded(text, "utf-8"), path)


def _utf8_text(data: bytes, text: str, path: str | None) -> Decoded:
    """Strictly valid UTF-8, unless it is 7-bit HZ or ISO-2022-CN, or holds Chinese that was
    misread as Latin-1 and saved again. Each check starts with a byte search, so that ordinary
    UTF-8 (no C3 byte: · is C2 B7) pays two C scans and no call."""
    if data.isascii():
        seven_bit = _seven_bit(data, path)
        if seven_bit is not None:
            return seven_bit
    elif _may_be_misread(data):
        repaired, count = _repaired_latin1_runs(text)
        if count:
            log.warning("%s: %d run(s) of Chinese misread as Latin-1 and saved as UTF-8 (ä¸­æ–‡) were repaired",
                        path or "<input>", count)
            return Decoded(repaired, "utf-8")
    return Decoded(text, "utf-8")


def _legacy(data: bytes, declared: str | None, path: str | None) -> Decoded:
    """Bytes that are not strictly UTF-8: a legacy Chinese encoding, UTF-8 with a few damaged
    bytes, or both at once, line by line (a crawl that pasted a UTF-8 paragraph into a GBK page)."""
    declared_codec = canonical_codec(declared)
    if declared_codec in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
        # Bytes with no NUL in them are no UTF-16 or UTF-32: a page saved from a browser keeps
        # the <meta> of the UTF-16 it was once served as (HTML's rule: read it as no label).
        declared = declared_codec = None
    if (declared or "").strip().lower() in _EUC_TW_LABELS or (declared_codec is None and _looks_euc_tw(data)):
        raise EncodingError("is encoded in EUC-TW (CNS 11643), which convertkit cannot decode: convert it to UTF-8 "
                            "or Big5 first (iconv -f EUC-TW -t UTF-8)", path=path)
    utf16 = _nul_free_utf16(data)
    if utf16 is not None:
        return _checked(utf16, path)
    mixed = _by_line(data, declared, declared_codec, path)
    if mixed is not None:
        return _checked(mixed, path)
    codec = _legacy_codec(data, declared, declared_codec, path)
    if codec is not None:
        return _checked(Decoded(_decode(data, codec), codec), path)
    return _decode_with_replacements(data, declared, declared_codec, path)


def _label(codec: str) -> str:
    return {"utf-8-sig": "utf-8", "utf-16": "utf-16", "utf-32": "utf-32"}.get(codec, codec)
