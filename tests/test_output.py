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


def test_a_symlinked_destination_keeps_its_link_and_its_target_gets_the_output(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "briefing.pdf"
    target.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    with atomic_output(link) as handle:
        handle.write(b"new")
    assert link.is_symlink() and target.read_bytes() == b"new"
    dangling = tmp_path / "dangling.pdf"
    dangling.symlink_to(tmp_path / "real" / "later.pdf")
    with atomic_output(dangling) as handle:
        handle.write(b"made")
    assert dangling.is_symlink() and (tmp_path / "real" / "later.pdf").read_bytes() == b"made"


def test_a_fifo_is_written_into_not_replaced(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "pipe.out"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    with atomic_output(fifo) as handle:
        handle.write(b"through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    import stat

    assert stat.S_ISFIFO(fifo.stat().st_mode), "the fifo was replaced by a regular file"


def test_a_character_device_is_written_into_not_replaced() -> None:
    """A terminal stands for every device (/dev/null, /dev/stdout): written, never renamed over.
    The test uses a pseudo-terminal, so a regression cannot destroy a real device file."""
    import pty
    import stat

    controller, terminal = pty.openpty()
    try:
        name = os.ttyname(terminal)
        with atomic_output(name) as handle:
            handle.write(b"to the terminal\n")
        assert stat.S_ISCHR(os.stat(name).st_mode)
        assert b"to the terminal" in os.read(controller, 100)
    finally:
        os.close(controller)
        os.close(terminal)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_full_device_is_one_output_error() -> None:
    from convertkit.output import _is_stream

    assert _is_stream("/dev/full")  # else stop here: a regression must not rename a file over the device
    with pytest.raises(OutputError, match="No space left"), atomic_output("/dev/full") as handle:
        handle.write(b"x" * 100_000)
        handle.flush()
