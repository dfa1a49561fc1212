"""Destinations: atomic writes and the rule that the input is never touched.

A reader of the destination sees either the previous file or the complete new one, never a
half-written file: we write a temporary file in the destination's folder (so the final rename
stays on one filesystem), fsync it, and ``os.replace`` it over the destination. On any failure,
Ctrl-C included, the temporary file is removed and the destination is left as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from .errors import OutputError, UsageError


@contextmanager
def atomic_output(dest: str | os.PathLike[str], *, fsync: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``dest`` only if the block finishes without error.

    ``fsync=False`` keeps the all-or-nothing rename (enough against a killed process) and leaves
    durability against power loss to the caller: batch syncs the filesystem once per chunk,
    since one fsync per file costs more than converting a text article.
    """
    destination = Path(dest)
    folder = destination.parent if str(destination.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"folder {str(folder)!r} does not exist", path=str(destination))
    if destination.is_dir():
        raise OutputError("is a directory", path=str(destination))
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot create a file here: {exc.strerror or exc}", path=str(destination)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if fsync:
                os.fsync(handle.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, destination)
    except BaseException as exc:
        with suppress(FileNotFoundError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write: {exc.strerror or exc}", path=str(destination)) from exc
        raise


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


def default_destination(source: str | os.PathLike[str], extension: str) -> Path:
    """Next to the input, with the writer's suffix: ``a.txt`` -> ``a.pdf``, ``a.txt`` -> ``a.txt.txt`` never."""
    path = Path(source)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    candidate = path.with_name(stem + extension)
    if candidate.resolve() == path.resolve():
        candidate = path.with_name(stem + ".out" + extension)
    return candidate
