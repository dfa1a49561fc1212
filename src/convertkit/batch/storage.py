"""Where bytes come from and go to: local paths, or any fsspec URL (``s3://``, ``file://``).

Local paths take the fast road (``sources.load``, ``atomic_output``); a URL goes through fsspec,
imported only then, so a laptop batch never pays for it. Object stores publish an object only
when its upload completes, which is the same "complete or absent" promise ``atomic_output``
gives on a disk; other fsspec filesystems get a temporary name and a move.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, BinaryIO

from ..errors import InputError, NotFoundError, OutputError, UsageError, map_errors
from ..output import atomic_output
from ..sources import MAX_INPUT_BYTES, load

# Stores where a single PUT is atomic: the object appears whole or not at all.
_ATOMIC_PUT = {"s3", "s3a", "gs", "gcs", "az", "abfs", "abfss", "memory"}


def is_url(location: str) -> bool:
    return "://" in location


def local_path(location: str) -> str | None:
    """The local path a location names (``file://`` included), None for a remote URL."""
    if location.startswith("file://"):
        return location[len("file://") :]
    return None if is_url(location) else location


def join(folder: str, name: str) -> str:
    if is_url(folder):
        return folder.rstrip("/") + "/" + name
    return os.path.join(folder, name)


def freeze_options(options: Mapping[str, Any] | None) -> tuple[tuple[str, Any], ...]:
    """Storage options as a hashable, picklable tuple (they travel inside frozen settings)."""
    return tuple(sorted((options or {}).items()))


@lru_cache(maxsize=16)
def filesystem(protocol: str, options: tuple[tuple[str, Any], ...]) -> Any:
    """One fsspec filesystem per protocol and options, per process (connection pools persist)."""
    fsspec = _fsspec()
    return fsspec.filesystem(protocol, **dict(options))


def _fsspec() -> Any:
    """fsspec, or a one-line error saying how to get it (an optional extra)."""
    try:
        import fsspec
        import fsspec.core
    except ImportError:
        raise UsageError(
            "URLs (s3://, gs://, file://…) need the 'fsspec' package: pip install 'convertkit[s3]'"
        ) from None
    return fsspec


def split_url(url: str, options: tuple[tuple[str, Any], ...]) -> tuple[Any, str]:
    """(filesystem, path inside it) for a URL."""
    protocol, _path = _fsspec().core.split_protocol(url)
    fs = filesystem(protocol or "file", options)
    return fs, fs._strip_protocol(url)


def read_bytes(location: str, options: tuple[tuple[str, Any], ...] = ()) -> bytes:
    """An input's bytes; missing, empty or huge inputs are one-line InputErrors."""
    path = local_path(location)
    if path is not None:
        return load(path)
    with map_errors(InputError, "cannot read", path=location):
        fs, inner = split_url(location, options)
        try:
            size = fs.size(inner)
        except FileNotFoundError:
            raise NotFoundError("no such object", path=location) from None
        if size is not None and size > MAX_INPUT_BYTES:
            raise InputError(f"is too large ({size} bytes) for a single article", path=location)
        return fs.cat_file(inner)


def exists(location: str, options: tuple[tuple[str, Any], ...] = ()) -> bool:
    path = local_path(location)
    if path is not None:
        return os.path.isfile(path)
    fs, inner = split_url(location, options)
    return bool(fs.exists(inner))


def write_atomic(
    location: str,
    produce: Callable[[BinaryIO], object],
    options: tuple[tuple[str, Any], ...] = (),
    *,
    fsync: bool = True,
) -> None:
    """Write through ``produce(stream)``; the destination is complete or untouched afterwards.

    ``fsync=False`` (batch) still renames into place atomically; ``sync_folder`` then makes a
    whole chunk durable at once.
    """
    path = local_path(location)
    if path is not None:
        with atomic_output(path, fsync=fsync) as handle:
            produce(handle)
        return
    import io

    buffer = io.BytesIO()
    produce(buffer)
    with map_errors(OutputError, "cannot write", path=location):
        fs, inner = split_url(location, options)
        protocols = fs.protocol if isinstance(fs.protocol, tuple | list) else (fs.protocol,)
        if _ATOMIC_PUT.intersection(protocols):
            fs.pipe_file(inner, buffer.getvalue())
        else:
            folder, name = posixpath.split(inner)
            temp = posixpath.join(folder, f".{name}.{os.getpid()}.part")
            fs.pipe_file(temp, buffer.getvalue())
            fs.mv(temp, inner)


def remove(location: str, options: tuple[tuple[str, Any], ...] = ()) -> bool:
    """Delete one output file or object: True when it went, False when it was already gone.

    Any other failure (permission, a folder in its place, the network) is an OutputError.
    """
    path = local_path(location)
    if path is not None:
        try:
            os.unlink(path)
        except FileNotFoundError:
            return False
        except OSError as exc:
            raise OutputError(f"cannot remove: {exc.strerror or exc}", path=location) from None
        return True
    with map_errors(OutputError, "cannot remove", path=location):
        fs, inner = split_url(location, options)
        fs.invalidate_cache(inner)  # a listing cached earlier must not decide
        if not fs.exists(inner):  # object stores answer a DELETE of a missing key with success
            return False
        fs.rm_file(inner)
        return True


def sync_folder(location: str) -> None:
    """Flush the filesystem holding a local folder to disk (one ``syncfs`` per chunk, not one
    ``fsync`` per file); object stores need nothing."""
    path = local_path(location)
    if path is None:
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        if _syncfs(fd) != 0:
            os.sync()
    finally:
        os.close(fd)


def _syncfs(fd: int) -> int:
    try:
        import ctypes

        return int(ctypes.CDLL(None, use_errno=True).syncfs(fd))
    except (OSError, AttributeError):
        return -1


def sweep_partials(folder: str) -> int:
    """Remove temporary files a killed run left (``.name.XXXX.part``): they were never outputs."""
    removed = 0
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith(".") and entry.name.endswith(".part") and entry.is_file():
                    try:
                        os.unlink(entry.path)
                        removed += 1
                    except OSError:
                        pass
    except OSError:
        pass
    return removed


def make_folder(location: str, options: tuple[tuple[str, Any], ...] = ()) -> None:
    path = local_path(location)
    if path is not None:
        try:
            os.makedirs(path, exist_ok=True)
        except OSError as exc:
            raise OutputError(
                f"cannot create the folder: {exc.strerror or exc}", path=location
            ) from None
        return
    with map_errors(OutputError, "cannot create the folder", path=location):
        fs, inner = split_url(location, options)
        fs.makedirs(inner, exist_ok=True)
