"""Destinations: atomic writes and the rule that the input is never touched.

A reader of the destination sees either the previous file or the complete new one, never a
half-written file: we write a temporary file in the destination's folder (so the final rename
stays on one filesystem), fsync it, and ``os.replace`` it over the destination. On any failure,
Ctrl-C included, the temporary file is removed and the destination is left as it was.
"""

from __future__ import annotations

import io
import itertools
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, BinaryIO

from .errors import OutputError, UsageError

# Temporary names: this process's id and a counter, unique among live processes without the
# random names (and retries) of ``tempfile``; O_EXCL still refuses a stale file a dead
# process with the same id left behind, and the next number is tried.
_TEMP_NUMBERS = itertools.count()
_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _open_temporary(folder: str, name: str, claimed: list[str]) -> int:
    """A new file ``.NAME.PID-N.part`` beside the destination (mode 0644 less the umask).

    Its name goes into ``claimed`` before the file is made: a signal (Ctrl-C, SIGTERM) that
    lands between ``os.open`` returning and the caller learning the name still leaves the
    caller a name to remove."""
    for _ in range(100):
        claimed[:] = [os.path.join(folder, f".{name}.{os.getpid()}-{next(_TEMP_NUMBERS)}.part")]
        try:
            return os.open(claimed[0], _TEMP_FLAGS, 0o644)
        except FileExistsError:
            claimed.clear()  # another (dead) process's file: not ours to remove
            continue
    raise FileExistsError(f"no free temporary name for {name!r}")


@contextmanager
def atomic_output(dest: str | os.PathLike[str], *, fsync: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``dest`` only if the block finishes without error.

    ``fsync=False`` keeps the all-or-nothing rename (enough against a killed process) and leaves
    durability against power loss to the caller: batch syncs the filesystem once per chunk,
    since one fsync per file costs more than converting a text article.

    A batch writes thousands of small files, so the happy path costs three system calls
    (open, write, rename); a missing folder or a directory in the way is told apart only
    when a call fails.
    """
    destination = os.fspath(dest)
    kind = _kind(destination)
    if kind != _NEW_OR_FILE and _is_stream(destination):
        with _stream_output(destination) as handle:
            yield handle
        return
    if kind == _LINK:
        destination = os.path.realpath(destination)  # the link stays; its target gets the output
    folder, name = os.path.split(destination)
    claimed: list[str] = []  # the temporary file's name, known before the file exists
    try:
        try:
            fd = _open_temporary(folder or ".", name, claimed)
        except OSError as exc:
            if not os.path.isdir(folder or "."):
                raise OutputError(f"folder {folder!r} does not exist", path=destination) from None
            if not name:
                raise OutputError("is a directory", path=destination) from None
            raise OutputError(f"cannot create a file here: {exc.strerror or exc}", path=destination) from None
        with open(fd, "wb") as handle:
            yield handle
            handle.flush()
            if fsync:
                os.fsync(handle.fileno())
        os.replace(claimed[0], destination)
    except BaseException as exc:
        for made in claimed:  # one try around it all: a signal between two steps leaves nothing either
            with suppress(OSError):
                os.unlink(made)
        if isinstance(exc, OSError):
            if os.path.isdir(destination):
                raise OutputError("is a directory", path=destination) from None
            raise OutputError(f"cannot write: {exc.strerror or exc}", path=destination) from exc
        raise


_NEW_OR_FILE, _LINK, _OTHER = "new or file", "link", "other"


def _kind(destination: str) -> str:
    """What is at ``destination``, from one ``lstat`` (a batch writes thousands of new files):
    nothing, a regular file or a folder (then neither a stream nor a link); a symlink; or
    something else (a device, a fifo, a socket)."""
    try:
        mode = os.lstat(destination).st_mode
    except OSError:
        return _NEW_OR_FILE  # stat, which follows links, fails on it too: no stream, no link
    if stat.S_ISLNK(mode):
        return _LINK
    return _NEW_OR_FILE if stat.S_ISREG(mode) or stat.S_ISDIR(mode) else _OTHER


def _is_stream(destination: str) -> bool:
    """A destination that is no file to replace: a device (/dev/null, a terminal), a fifo or a
    socket, itself or through symlinks (/dev/stdout). Renaming a temporary file over one of
    those would destroy it (as root, /dev/null became a regular file); it is written in place."""
    try:
        mode = os.stat(destination).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


class _DeviceFile(io.FileIO):
    """A device or pipe opened for writing whose write errors are OutputErrors, so a writer
    that wraps its own failures (``PDF rendering failed: …``) passes them on as they are."""

    def write(self, data: Any) -> int:
        try:
            return super().write(data) or 0
        except OSError as exc:
            raise OutputError(f"cannot write: {exc.strerror or exc}", path=self.name) from None


@contextmanager
def _stream_output(destination: str) -> Iterator[BinaryIO]:
    """Write straight into a device or pipe: there is nothing to replace atomically, and a
    failure (``/dev/full``: no space left) is an OutputError like any other."""
    try:
        handle = _DeviceFile(destination, "wb")
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=destination) from None
    try:
        with handle:
            yield handle  # type: ignore[misc]  # a FileIO is the binary file writers need
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=destination) from None


def refuse_input_as_output(source: str | os.PathLike[str] | None, dest: str | os.PathLike[str]) -> None:
    """The input is never modified: refuse a destination that is the input itself."""
    if source is None:
        return
    source_path, dest_path = Path(source), Path(dest)
    same = False
    try:
        same = dest_path.exists() and os.path.samefile(source_path, dest_path)
    except OSError:
        same = False
    if same or source_path.resolve() == dest_path.resolve():
        raise UsageError("output would overwrite the input", path=str(dest_path))


def refuse_inputs_as_output(sources: list[str], dest: str | os.PathLike[str]) -> None:
    for source in sources:
        refuse_input_as_output(source, dest)


def default_destination(source: str | os.PathLike[str], extension: str) -> Path:
    """Next to the input, with the writer's suffix: ``a.txt`` -> ``a.pdf``, ``a.txt`` -> ``a.txt.txt`` never."""
    path = Path(source)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    candidate = path.with_name(stem + extension)
    if candidate.resolve() == path.resolve():
        candidate = path.with_name(stem + ".out" + extension)
    return candidate
