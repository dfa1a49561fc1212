"""A batch killed with SIGKILL mid-run: no output is half-written, and ``--resume`` finishes the rest."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from test_batch import subprocess_env
from test_batch_support import batch_command, make_articles

COUNT = 60


def _ok_rows(manifest: Path) -> int:
    if not manifest.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{manifest}?mode=ro", uri=True, timeout=1) as db:
            return int(db.execute("SELECT COUNT(*) FROM inputs WHERE status = 'ok'").fetchone()[0])
    except sqlite3.Error:
        return 0


def _group_members(pgid: int) -> list[int]:
    """Live processes of a process group (from /proc; zombies do not count: they write nothing)."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, group = fields[0], int(fields[2])
        if group == pgid and state != "Z":
            members.append(int(entry.name))
    return members


def test_kill_9_mid_batch_then_resume(tmp_path: Path) -> None:
    # Each article sleeps in the reader, so the batch is surely mid-run when it is killed.
    make_articles(tmp_path / "in", COUNT, extra="!sleep 0.05")
    out = tmp_path / "out"
    command = batch_command(tmp_path / "in", out, "txt,json", "--chunk-size", "8", "--progress", "plain", jobs=2)
    process = subprocess.Popen(
        command,
        env=subprocess_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 30
        while (
            _ok_rows(out / "manifest.sqlite") < 8
            and time.monotonic() < deadline
            and process.poll() is None
        ):
            time.sleep(0.02)
        assert process.poll() is None, "the batch ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)  # the batch process itself, as a user's kill -9 would
        process.wait(timeout=10)
        assert process.returncode == -signal.SIGKILL
        # Its workers die with it (PR_SET_PDEATHSIG); none may go on writing into OUTDIR.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            group = _group_members(process.pid)
            if not group:
                break
            time.sleep(0.1)
        assert not group, f"workers outlived the killed batch: {group}"
        # Nothing on the terminal after the kill: multiprocessing's resource tracker used to warn
        # of "leaked semaphore objects" as it tidied up after the killed pool.
        assert process.stderr is not None
        assert b"leaked" not in process.stderr.read()
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        if process.stderr:
            process.stderr.close()

    recorded = _ok_rows(out / "manifest.sqlite")
    assert 8 <= recorded < COUNT
    # Every output present is complete: JSON parses and the text copy ends its last line.
    outputs = [
        path
        for path in out.iterdir()
        if not path.name.startswith(".")
        and path.suffix in (".txt", ".json")
        and path.name != "errors.jsonl"
    ]
    for path in outputs:
        if path.suffix == ".json":
            assert json.loads(path.read_text(encoding="utf-8"))["meta"]["title"]
        else:
            assert path.read_text(encoding="utf-8").endswith("\n")

    resumed = subprocess.run(
        [*command, "--resume"], env=subprocess_env(), capture_output=True, text=True, timeout=60
    )
    assert resumed.returncode == 0, resumed.stderr
    summary = next(
        line
        for line in resumed.stderr.splitlines()
        if line.startswith("convertkit: batch:") and "done" in line
    )
    done = int(summary.split(": batch: ")[1].split(" done")[0])
    skipped = int(summary.split(" done, ")[1].split(" skipped")[0])
    assert skipped >= recorded and done + skipped == COUNT
    assert _ok_rows(out / "manifest.sqlite") == COUNT
    assert not [path for path in out.iterdir() if path.name.endswith(".part")]  # temp files swept
    finals = [
        path
        for path in out.iterdir()
        if path.suffix in (".txt", ".json") and path.name != "errors.jsonl"
    ]
    assert len(finals) == 2 * COUNT


def test_sigterm_mid_batch_stops_cleanly(tmp_path: Path) -> None:
    """``kill`` (SIGTERM, as timeout(1) and service managers send it): the batch says where it
    stopped, exits 143, and leaves no temporary file of the workers it stopped."""
    make_articles(tmp_path / "in", COUNT, extra="!sleep 0.05")
    out = tmp_path / "out"
    command = batch_command(tmp_path / "in", out, "txt", "--chunk-size", "8", "--progress", "none", jobs=2)
    process = subprocess.Popen(command, env=subprocess_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while _ok_rows(out / "manifest.sqlite") < 8 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
        assert process.poll() is None, "the batch ended before it could be stopped"
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 143, stderr
    assert "interrupted: --resume goes on from here" in stderr and stderr.rstrip().endswith("convertkit: terminated")
    assert "Traceback" not in stderr
    assert not [path for path in out.iterdir() if path.name.endswith(".part")]


def test_sigterm_mid_write_of_a_single_file_leaves_nothing(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("标题\n正文。\n", encoding="utf-8")
    target = tmp_path / "a.out.txt"
    # The text writer stalls after its first bytes, so the temporary file surely exists when the signal comes.
    script = (
        "import sys, time\n"
        "import convertkit.writers.text as text\n"
        "def stall(self, doc, ctx, out):\n"
        "    out.write(b'half'); out.flush(); time.sleep(60)\n"
        "text.TextWriter.write = stall\n"
        "from convertkit.cli import main\n"
        "sys.exit(main(['to-txt', sys.argv[1], '-o', sys.argv[2]]))\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script, str(source), str(target)], env=subprocess_env(),
                               stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while not [p for p in tmp_path.iterdir() if p.name.endswith(".part")] and time.monotonic() < deadline:
            time.sleep(0.02)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
    assert process.returncode == 143 and stderr.strip() == "convertkit: terminated"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.txt"]
