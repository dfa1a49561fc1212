"""Zip archives (DOCX, EPUB) written in one pass from members compressed ahead of time.

Written here rather than with ``zipfile`` for two reasons. Parts every article of a batch
shares (a DOCX's styles, theme and settings: most of its XML) are compressed once per process
and reused as they are. And the font subsets embedded in every DOCX and EPUB, most of their
bytes, are deflated with ISA-L (``isal``) when it is installed: the same size as zlib's level 1
in about a seventh of the time, the largest single cost of an EPUB before. Without ``isal``
(a platform without its wheels) they get zlib's level 1.

The archive is what ``zipfile`` writes for the same members (no data descriptor, no zip64,
ASCII names, rw-r--r--); ``tests/test_ziparchive.py`` compares the two byte for byte.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from types import ModuleType

_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_CENTRAL_HEADER = struct.Struct("<4s4B4HL2L5H2L")
_END_RECORD = struct.Struct("<4s4H2LH")
_ZIP_VERSION = 20  # 2.0, as zipfile writes for every member
_CREATE_SYSTEM = zipfile.ZipInfo().create_system  # 3 (Unix) except on Windows, as zipfile
_FILE_MODE = 0o644 << 16


@dataclass(frozen=True, slots=True)
class Member:
    """One zip member, ready to write: what its headers need and its (compressed) bytes."""

    name: str
    crc: int
    size: int
    data: bytes
    method: int = zipfile.ZIP_DEFLATED


def deflated(name: str, payload: bytes, level: int = 6) -> Member:
    """``payload`` deflated with zlib at ``level`` (what zipfile would store)."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return Member(name, zlib.crc32(payload), len(payload), compressor.compress(payload) + compressor.flush())


def deflated_fast(name: str, payload: bytes, level: int = 1) -> Member:
    """``payload`` deflated for speed with ISA-L at ``level`` (0-3) when it is installed.

    Level 1 is for font subsets (zlib's level 1 size). Level 3 is for an article's own XML and
    CSS: within a tenth of zlib's level 6 in size, in a third of the time. Without ``isal``,
    zlib at level 1, or at 6 for levels above 1.
    """
    fast = _isal()
    if fast is None:
        return deflated(name, payload, level=1 if level <= 1 else 6)
    compressor = fast.compressobj(level, fast.DEFLATED, -15)
    return Member(name, zlib.crc32(payload), len(payload), compressor.compress(payload) + compressor.flush())


def stored(name: str, payload: bytes) -> Member:
    """``payload`` as it is (an EPUB's ``mimetype`` must be)."""
    return Member(name, zlib.crc32(payload), len(payload), payload, zipfile.ZIP_STORED)


def archive(members: list[Member], moment: datetime) -> bytes:
    """The archive of ``members`` in order, every entry stamped with ``moment`` (kept within
    1980-2107, the years a zip can state)."""
    dos_date = (min(max(moment.year, 1980), 2107) - 1980) << 9 | moment.month << 5 | moment.day
    dos_time = moment.hour << 11 | moment.minute << 5 | moment.second // 2
    chunks: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    for member in members:
        name = member.name.encode("ascii")
        fields = (member.method, dos_time, dos_date, member.crc, len(member.data), member.size, len(name))
        header = _LOCAL_HEADER.pack(b"PK\x03\x04", _ZIP_VERSION, 0, 0, *fields, 0) + name
        directory.append(
            _CENTRAL_HEADER.pack(
                b"PK\x01\x02", _ZIP_VERSION, _CREATE_SYSTEM, _ZIP_VERSION, 0, 0, *fields, 0, 0, 0, 0,
                _FILE_MODE, offset,
            )
            + name
        )
        chunks += (header, member.data)
        offset += len(header) + len(member.data)
    listing = b"".join(directory)
    count = len(members)
    chunks += (listing, _END_RECORD.pack(b"PK\x05\x06", 0, 0, count, count, len(listing), offset, 0))
    return b"".join(chunks)


@cache
def _isal() -> ModuleType | None:
    """ISA-L's zlib-compatible module, or None where it is not installed."""
    try:
        from isal import isal_zlib
    except ImportError:
        return None
    return isal_zlib
