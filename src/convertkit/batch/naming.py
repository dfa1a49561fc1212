"""Output names that are deterministic, readable and safe on every filesystem.

An archivist finds a file by its date, agency and title, so those lead the name; a short hash
of the article's bytes ends it, so two different articles never share a name even when date,
agency and title agree (and the same bytes always give the same name, which is what makes a
rerun or ``--resume`` overwrite instead of duplicating). Titles come from crawls: they may
hold slashes, control characters, RTL marks or a thousand characters, so only letters and
digits survive, and the name is capped in *bytes* (ext4 allows 255 per name, and the atomic
writer's temporary name adds a prefix and a suffix to it).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import TYPE_CHECKING

from .. import regex_cache

if TYPE_CHECKING:
    from ..model import Document

HASH_CHARS = 8  # 32 bits: a clash needs the same date, agency, title *and* hash
MAX_NAME_BYTES = 200  # leaves room for atomic_output's ".{name}.{pid}-{n}.part" (at most 34 more) under 255
MAX_TITLE_BYTES = 120  # 40 CJK characters
MAX_AGENCY_BYTES = 30
_DATE = regex_cache.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# Windows refuses these as base names whatever the extension; the hash suffix already makes our
# names differ, but a lone agency or title part must not be one either.
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}


# A run of letters and digits: [^\W_] is exactly the characters of Unicode categories L* and N*
# (str.isalnum; a test checks every code point), found in C rather than one category look-up
# a character in Python.
_LETTERS_AND_DIGITS = regex_cache.compile(r"[^\W_]+")


def content_hash(data: bytes) -> str:
    """The sha256 of an input's bytes, as recorded in the manifest."""
    return hashlib.sha256(data).hexdigest()


def record_hash(file_hash: str, index: int) -> str:
    """The hash naming the ``index``-th article of one input (a JSON array holds many)."""
    if index == 0:
        return file_hash
    return hashlib.sha256(f"{file_hash}#{index}".encode()).hexdigest()


def slug(text: str | None, max_bytes: int) -> str:
    """Letters and digits of ``text`` (NFC), other runs collapsed to ``-``, capped in UTF-8 bytes."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    # runs of letters (CJK are Lo) and digits, one dash between two; marks, symbols, Cf, Cc drop out
    result = unicodedata.normalize("NFC", "-".join(_LETTERS_AND_DIGITS.findall(text)))
    result = _cap_bytes(result, max_bytes)
    if result.lower() in _RESERVED:
        result = f"{result}-"
    return result


def _cap_bytes(text: str, max_bytes: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    cut = encoded[:max_bytes].decode("utf-8", errors="ignore")
    # Prefer to end at a word break ("-") when one is in the second half: a title cut at its
    # colon reads better than one cut mid-phrase.
    dash = cut.rfind("-")
    if dash > len(cut) // 2:
        cut = cut[:dash]
    return cut.strip("-")


def safe_extension(extension: str) -> str:
    """A writer's suffix, reduced to ``.`` + letters/digits (plugins choose their own)."""
    parts = [re.sub(r"[^0-9A-Za-z]", "", part) for part in extension.split(".")]
    return "".join(f".{part}" for part in parts if part) or ".out"


def stem_for(doc: Document, digest: str) -> str:
    """``2019-01-17_中新网_龙岩市委军民融合办主任张丽华_3f2a9c0b``: parts that are unknown drop out."""
    meta = doc.meta
    parts: list[str] = []
    match = _DATE.match(meta.published or "")
    if match:
        parts.append("-".join(match.groups()))
    agency = meta.agency or (meta.dateline.agency if meta.dateline else None)
    agency_slug = slug(agency, MAX_AGENCY_BYTES)
    if agency_slug:
        parts.append(agency_slug)
    title_slug = slug(meta.title, MAX_TITLE_BYTES)
    if title_slug:
        parts.append(title_slug)
    parts.append(digest[:HASH_CHARS])
    return "_".join(parts)


def output_name(doc: Document, digest: str, extension: str) -> str:
    """The file name for ``doc`` in one format; never longer than ``MAX_NAME_BYTES`` bytes."""
    suffix = safe_extension(extension)
    stem = stem_for(doc, digest)
    budget = MAX_NAME_BYTES - len(suffix.encode())
    if len(stem.encode()) > budget:  # only with a very long plugin suffix: keep the hash
        tail = "_" + digest[:HASH_CHARS]
        stem = _cap_bytes(stem[: -len(tail)], budget - len(tail)) + tail
    return stem + suffix
