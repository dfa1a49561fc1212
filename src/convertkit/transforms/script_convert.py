"""Script conversion (``--convert t2s|s2t|s2tw|s2hk``) through OpenCC, applied to the model, with
the quotation marks each script's readers expect (“”/‘’ ↔ 「」/『』).

Conversion is a transform over the Document, never over the source: the input file and every
block's ``raw`` (the exact source text the model promises to keep) stay as they were, so the
lossless property still holds after conversion. Everything a reader sees (titles, block text,
names, headings, link titles) is converted, and ``meta.language``/``meta.region`` follow, so
writers choose fonts and language tags for the script they actually print.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Any, Protocol

from ..errors import UsageError
from ..model import Document, Meta

# conversion -> (OpenCC configuration, language afterwards, region afterwards or "keep")
CONVERSIONS: dict[str, tuple[str, str, str | None]] = {
    "t2s": ("t2s", "zh-Hans", "keep"),
    "s2t": ("s2t", "zh-Hant", "keep"),
    "s2tw": ("s2tw", "zh-Hant", "TW"),
    "s2hk": ("s2hk", "zh-Hant", "HK"),
}

# Quotation marks follow the script's custom, which OpenCC leaves alone: Taiwan and Hong Kong
# quote with corner brackets (「」, 『』 inside), the mainland with curly quotes (“”, ‘’ inside).
_TO_CORNER = {"“": "「", "”": "」", "‘": "『", "’": "』"}
_TO_CURLY = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})
_CURLY_RE = re.compile("[“”‘’]")


def _corner_quotes(text: str) -> str:
    """“”‘’ as 「」『』, except an apostrophe between Latin letters or digits (Xi’an, don’t)."""
    if not _CURLY_RE.search(text):
        return text

    def swap(match: re.Match[str]) -> str:
        at, mark = match.start(), match.group()
        if mark in "‘’" and 0 < at < len(text) - 1 and text[at - 1].isascii() and text[at - 1].isalnum() \
                and text[at + 1].isascii() and text[at + 1].isalnum():
            return mark
        return _TO_CORNER[mark]

    return _CURLY_RE.sub(swap, text)


def _curly_quotes(text: str) -> str:
    return text.translate(_TO_CURLY)

# Fields that are not display text: source identity, exact source text, machine values.
_KEEP_FIELDS = frozenset({"raw", "header_raw", "furniture_raw", "url", "path", "encoding", "format", "language", "region", "published",
                          "record"})


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


@functools.cache
def _converter(config: str) -> _Converter:
    """One OpenCC converter per configuration and process (loading its dictionaries is slow)."""
    import opencc

    return opencc.OpenCC(config)


def _convert_value(value: Any, convert: Any) -> Any:
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, tuple):
        return tuple(_convert_value(item, convert) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _convert_dataclass(value, convert)
    return value


def _convert_dataclass(value: Any, convert: Any) -> Any:
    changes = {}
    for field in dataclasses.fields(value):
        if field.name in _KEEP_FIELDS or field.name == "source":
            continue
        current = getattr(value, field.name)
        converted = _convert_value(current, convert)
        if converted != current:
            changes[field.name] = converted
    return dataclasses.replace(value, **changes) if changes else value


def convert_script(document: Document, conversion: str) -> Document:
    """The document with its display text converted (``t2s``, ``s2t``, ``s2tw``, ``s2hk``)."""
    key = conversion.strip().lower()
    if key not in CONVERSIONS:
        raise UsageError(f"unknown script conversion {conversion!r} (known: {', '.join(CONVERSIONS)})")
    config, language, region = CONVERSIONS[key]
    opencc = _converter(config).convert
    quotes = _corner_quotes if language == "zh-Hant" else _curly_quotes

    def convert(text: str) -> str:
        return quotes(opencc(text))

    meta: Meta = _convert_dataclass(document.meta, convert)
    new_region = meta.region if region == "keep" else region
    if key == "s2t" and new_region == "CN":
        new_region = None
    meta = dataclasses.replace(meta, language=language, region=new_region)
    blocks = tuple(_convert_dataclass(block, convert) for block in document.blocks)
    return dataclasses.replace(document, meta=meta, blocks=blocks)
