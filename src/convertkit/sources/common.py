"""What every step of decoding shares: the ``Decoded`` result, the codec labels we decode with,
strict decoding (Big5-HKSCS taking CP950's extra pairs), and the last check on decoded text."""

from __future__ import annotations

import codecs
import logging
from dataclasses import dataclass

from .. import regex_cache
from ..errors import BinaryInputError, EmptyInputError

log = logging.getLogger("convertkit")


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


# Above this share of control characters a "decoded" file is binary, not an article.
_MAX_CONTROL_SHARE = 0.01


# Control characters no article contains (tab, line and page breaks excepted): this class says
# which; control_count counts them (str.translate with a dict looked up every character of the text).
_CONTROL_RE = regex_cache.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text plus how it was obtained; ``replacements`` counts undecodable byte runs."""

    text: str
    encoding: str
    replacements: int = 0


def canonical_codec(name: str | None) -> str | None:
    """Map an encoding label to the codec we decode with, or None when Python has no such codec."""
    if not name:
        return None
    key = name.strip().lower().replace(" ", "")
    if key in _CODEC_SUPERSETS:
        return _CODEC_SUPERSETS[key]
    try:
        python_name = codecs.lookup(key).name
    except (LookupError, ValueError):  # ValueError: a label with a NUL in it (a damaged header)
        return None
    return _CODEC_SUPERSETS.get(python_name, python_name)


_CJK_RE = regex_cache.compile("[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]")


def _strict_or_none(line: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    try:
        return _decode(line, codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _cp950_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode error handler for Big5-HKSCS: a pair only Microsoft's CP950 has (€ at A3E1, a few
    kana) is read as CP950, so that one Windows-made sign does not send a Big5 file to GB18030."""
    if isinstance(error, UnicodeDecodeError):
        pair = error.object[error.start:error.start + 2]
        try:
            return pair.decode("cp950"), error.start + 2
        except UnicodeDecodeError:
            pass
    raise error


def _cp950_fallback_or_replace(error: UnicodeError) -> tuple[str, int]:
    try:
        return _cp950_fallback(error)
    except UnicodeDecodeError as failed:
        return "\ufffd", failed.start + 1


codecs.register_error("convertkit.cp950", _cp950_fallback)
codecs.register_error("convertkit.cp950-replace", _cp950_fallback_or_replace)


def _decode(data: bytes, codec: str, errors: str = "strict") -> str:
    """``data.decode(codec)``, with Big5-HKSCS taking CP950's few extra pairs too."""
    if codec == "big5hkscs":
        errors = "convertkit.cp950" if errors == "strict" else "convertkit.cp950-replace"
    return data.decode(codec, errors=errors)


# The bytes of _CONTROL_RE's characters (all below U+00A0), and every other byte.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0)])
_OTHER_BYTES = bytes(byte for byte in range(256) if byte not in _CONTROL_BYTES)


def control_count(text: str) -> int:
    """How many characters of ``text`` _CONTROL_RE matches, counted in C: the text's Latin-1
    characters as bytes (the rest dropped), less every byte that is no control. A regex scan of
    the whole article cost four times as much."""
    return len(text.encode("latin-1", "ignore").translate(None, _OTHER_BYTES))


def _checked(decoded: Decoded, path: str | None) -> Decoded:
    text = decoded.text
    damaged = text.count("\ufffd") - decoded.replacements
    if damaged > 0:
        log.warning("%s: contains %d replacement character(s) (U+FFFD): the text was damaged before it reached us",
                    path or "<input>", damaged)
    if not text.strip():
        raise EmptyInputError("is empty or blank", path=path)
    controls = control_count(text)
    if controls > max(2, len(text) * _MAX_CONTROL_SHARE):
        raise BinaryInputError("looks like binary data, not text (too many control characters)", path=path)
    return decoded
