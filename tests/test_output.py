"""Outputs are written atomically, and the input is never a destination."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from convertkit.errors import OutputError, UsageError
from convertkit.output import atomic_output, default_destination, refuse_input_as_output


def test_atomic_output_replaces_only_on_success(tmp_path: Path) -> None:
    dest = tmp_path / "out.txt"
    dest.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(dest) as handle:
        handle.write(b"half-writ")
        raise RuntimeError("writer failed")
    assert dest.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == ["out.txt"], "the temporary file was left behind"
    with atomic_output(dest) as handle:
        handle.write(b"new")
    assert dest.read_bytes() == b"new"
    umask = os.umask(0)
    os.umask(umask)
    assert oct(dest.stat().st_mode & 0o777) == oct(0o644 & ~umask)


def test_atomic_output_skips_a_stale_temporary_name(tmp_path: Path) -> None:
    """A temporary file a killed process with the same pid left behind is not reused."""
    from convertkit import output

    number = next(output._TEMP_NUMBERS) + 1
    stale = tmp_path / f".out.txt.{os.getpid()}-{number}.part"
    stale.write_bytes(b"stale")
    with atomic_output(tmp_path / "out.txt") as handle:
        handle.write(b"new")
    assert (tmp_path / "out.txt").read_bytes() == b"new"
    assert stale.read_bytes() == b"stale"
    assert sorted(os.listdir(tmp_path)) == sorted(["out.txt", stale.name])


def test_atomic_output_cleans_up_on_keyboard_interrupt(tmp_path: Path) -> None:
    dest = tmp_path / "out.txt"
    with pytest.raises(KeyboardInterrupt), atomic_output(dest) as handle:
        handle.write(b"x")
        raise KeyboardInterrupt
    assert os.listdir(tmp_path) == []


def test_atomic_output_refuses_missing_folder_and_directory(tmp_path: Path) -> None:
    with pytest.raises(OutputError), atomic_output(tmp_path / "nope" / "out.txt"):
        pass
    (tmp_path / "folder").mkdir()
    with pytest.raises(OutputError, match="is a directory"), atomic_output(tmp_path / "folder") as handle:
        handle.write(b"x")
    assert sorted(os.listdir(tmp_path)) == ["folder"], "the temporary file was left behind"
    with pytest.raises(OutputError, match="does not exist"), atomic_output(tmp_path / "nope" / "out.txt"):
        pass


def test_input_is_never_the_output(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("x")
    with pytest.raises(UsageError):
        refuse_input_as_output(source, tmp_path / "." / "a.txt")
    link = tmp_path / "link.txt"
    link.symlink_to(source)
    with pytest.raises(UsageError):
        refuse_input_as_output(source, link)
    refuse_input_as_output(source, tmp_path / "b.txt")


def test_default_destination_sits_next_to_the_input(tmp_path: Path) -> None:
    assert default_destination(tmp_path / "a.txt", ".pdf") == tmp_path / "a.pdf"
    assert default_destination(tmp_path / "a.txt", ".txt") == tmp_path / "a.out.txt"
    assert default_destination(tmp_path / "noext", ".json") == tmp_path / "noext.json"
