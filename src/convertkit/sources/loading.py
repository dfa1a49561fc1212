"""Reading an input file, and refusing what cannot be an article before any decoding: a missing
file, a directory, an empty or oversized file, known binary signatures, NUL bytes."""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from ..errors import BinaryInputError, EmptyInputError, InputError, NotAFileError, NotFoundError

# Refuse anything larger: a news article is kilobytes; a crawl dump belongs in `batch`.
MAX_INPUT_BYTES = 256 * 1024 * 1024
# Crawler JSON at least this large is read a record at a time when it can be (its record array's
# items, its JSON Lines: ``readers.json_stream``). Read whole, 16 MB of JSON costs a worker about
# 64 MB more, within its budget; a crawl's export of thousands of records is past it.
STREAM_BYTES = 16 * 1024 * 1024


# What a file's first bytes say it is, when it is no text: named in the error, so that the user
# knows what to do (a PDF or an image has no text to read here; a compressed file wants unpacking).
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .epub or .zip)"),
    (b"\x89PNG", "an image (PNG)"),
    (b"GIF8", "an image (GIF)"),
    (b"\xff\xd8\xff", "an image (JPEG)"),
    (b"\x1f\x8b", "gzip-compressed; decompress it first (a web archive is read as .warc.gz)"),
    (b"BZh", "bzip2-compressed; decompress it first"),
    (b"\xfd7zXZ", "xz-compressed; decompress it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive; unpack it first"),
    (b"Rar!", "a RAR archive; unpack it first"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.doc, .xls)"),  # OLE2
    (b"ID3", "audio"),
    (b"OggS", "audio or video"),
    (b"RIFF", "audio, video or an image"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"SQLite format 3", "a SQLite database"),
)


def _check(path: str | os.PathLike[str]) -> os.stat_result:
    """The input's stat, or the error that it is missing, not a regular file, or empty."""
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
    return info


def load(path: str | os.PathLike[str]) -> bytes:
    """Read an input file, read-only, refusing what cannot be an article before decoding."""
    shown = str(path)
    info = _check(path)
    if info.st_size > MAX_INPUT_BYTES:
        raise InputError(f"is too large ({info.st_size} bytes) for a single article", path=shown)
    try:
        return _read_all(path, info.st_size)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=shown) from None


def open_input(path: str | os.PathLike[str]) -> BinaryIO:
    """An input file opened for reading as a stream, with ``load``'s refusals but no size limit:
    for the inputs read a record at a time (a web archive of gigabytes), never whole."""
    _check(path)
    try:
        return open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None


def peek(path: str | os.PathLike[str], size: int = 4096) -> bytes:
    """The first ``size`` bytes of a regular file, for sniffing its format; nothing for anything
    else (a pipe must not lose them, or wait for them) or when it cannot be read (``load`` then
    says why)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return b""
        with open(path, "rb") as handle:
            return handle.read(size)
    except (OSError, ValueError):  # ValueError: a path with a NUL in it
        return b""


_READ_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _read_all(path: str | os.PathLike[str], size: int) -> bytes:
    """The file's bytes to its end, as ``Path.read_bytes`` reads them, in the fewest system calls:
    a batch reads thousands of small files, and a buffered file object costs more calls (and
    Python) than reading one of them does."""
    fd = os.open(path, _READ_FLAGS)
    try:
        chunks = [os.read(fd, size + 1)]  # the size stat gave, and a byte more in case it grew
        while chunks[-1]:
            chunks.append(os.read(fd, max(size, 65536)))
    finally:
        os.close(fd)
    return chunks[0] if len(chunks) == 2 else b"".join(chunks)


def _refuse_binary(data: bytes, path: str | None) -> None:
    head = data[:16]
    for signature, what in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise BinaryInputError(f"is a binary file, not text: {what}", path=path)
    sample = data[:65536]
    if b"\x00" in sample:
        # UTF-16/32 without a BOM was read above (_bomless_wide): any NUL left means binary.
        raise BinaryInputError("is a binary file, not text (contains NUL bytes)", path=path)
