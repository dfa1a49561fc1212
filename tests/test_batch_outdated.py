"""A rerun into the same OUTDIR removes the outputs that a changed input no longer produces.

Names hold a hash of the input's bytes, so a changed input gets new names; the old ones must
go once the new ones are written and recorded, and nothing else may: not another input's
output (identical inputs share names), not another configuration's, not a failed rerun's
last good outputs.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from convertkit import __version__
from convertkit.batch import run as run_module
from convertkit.batch.job import FileResult
from convertkit.batch.manifest import Manifest, config_key
from convertkit.batch.run import BatchOptions, run_batch, style_digest
from test_batch import batch_options, subprocess_env
from test_batch_support import article, batch_command, make_articles


def config_of(options: BatchOptions) -> str:
    settings = options.settings
    return config_key(settings, __version__, style_digest(settings.style))


def rows(out: Path, options: BatchOptions | None = None) -> dict[str, tuple[str, list[str]]]:
    """Input name (or ``file#Ln``) -> (status, output names) under ``options``' configuration
    (None: the manifest must hold only one)."""
    with sqlite3.connect(out / "manifest.sqlite") as db:
        found = db.execute("SELECT key, config, status, outputs FROM inputs").fetchall()
    if options is None:
        assert len({config for _, config, _, _ in found}) == 1
    else:
        found = [row for row in found if row[1] == config_of(options)]
    return {
        Path(key).name: (status, sorted(Path(path).name for path in json.loads(outputs)))
        for key, _, status, outputs in found
    }


def listed(out: Path) -> set[str]:
    """Every output name any row of any configuration lists."""
    with sqlite3.connect(out / "manifest.sqlite") as db:
        found = db.execute("SELECT outputs FROM inputs").fetchall()
    return {Path(path).name for (outputs,) in found for path in json.loads(outputs)}


def queued(out: Path) -> int:
    with sqlite3.connect(out / "manifest.sqlite") as db:
        return int(db.execute("SELECT COUNT(*) FROM stale").fetchone()[0])


def files(out: Path) -> set[str]:
    """Output names in OUTDIR (the batch's own files and folders left out)."""
    return {
        path.name
        for path in out.iterdir()
        if path.is_file()
        and not path.name.startswith(".")
        and path.name not in ("errors.jsonl", "manifest.sqlite")
        and not path.name.startswith("manifest.sqlite-")
    }


@pytest.mark.parametrize("resume", [False, True])
def test_changed_input_replaces_its_old_outputs(tmp_path: Path, resume: bool) -> None:
    paths = make_articles(tmp_path / "in", 3)
    out = tmp_path / "out"
    assert run_batch(batch_options([tmp_path / "in"], out)).exit_code == 0
    before = rows(out)
    old = set(before[paths[0].name][1])
    assert len(old) == 2 and old <= files(out)
    (out / "notes.txt").write_text("the archivist's own file")  # never an output of anything
    untouched = files(out) - old

    paths[0].write_text(article("改过的标题", "改过的正文。"), encoding="utf-8")
    report = run_batch(batch_options([tmp_path / "in"], out, resume=resume))
    assert (report.exit_code, report.removed) == (0, 2)
    after = rows(out)
    status, new = after[paths[0].name]
    assert status == "ok" and len(new) == 2 and all("改过的标题" in name for name in new)
    assert files(out) == untouched | set(new)  # old ones gone, every other file kept
    assert not old & files(out)
    assert {k: v for k, v in after.items() if k != paths[0].name} == {
        k: v for k, v in before.items() if k != paths[0].name
    }
    assert queued(out) == 0
    assert "; 2 outdated outputs removed" in report.summary()


def test_command_line_rerun_says_what_it_removed(tmp_path: Path) -> None:
    paths = make_articles(tmp_path / "in", 2)
    out = tmp_path / "out"
    command = batch_command(tmp_path / "in", out, "txt", "--resume")
    first = subprocess.run(command, capture_output=True, text=True, env=subprocess_env(), timeout=60)
    assert first.returncode == 0, first.stderr
    [old] = rows(out)[paths[1].name][1]
    paths[1].write_text(article("新版本"), encoding="utf-8")
    second = subprocess.run(
        command, capture_output=True, text=True, env=subprocess_env(), timeout=60
    )
    assert second.returncode == 0, second.stderr
    assert "1 done, 1 skipped, 0 failed" in second.stderr
    assert "; 1 outdated output removed" in second.stderr
    [new] = rows(out)[paths[1].name][1]
    assert "新版本" in new and files(out) == {new, *rows(out)[paths[0].name][1]}
    assert not (out / old).exists()


def test_failed_rerun_keeps_the_old_outputs_until_the_input_converts_again(tmp_path: Path) -> None:
    paths = make_articles(tmp_path / "in", 2)
    out = tmp_path / "out"
    run_batch(batch_options([tmp_path / "in"], out))
    old = set(rows(out)[paths[0].name][1])

    paths[0].write_text(article("坏了", "!fail"), encoding="utf-8")
    failed = run_batch(batch_options([tmp_path / "in"], out, resume=True))
    assert (failed.failed, failed.removed, failed.exit_code) == (1, 0, 1)
    assert old <= files(out)
    # The row says failed and still lists the last good outputs: they are the input's latest.
    assert rows(out)[paths[0].name] == ("failed", sorted(old))

    paths[0].write_text(article("修好了"), encoding="utf-8")
    fixed = run_batch(batch_options([tmp_path / "in"], out, resume=True))
    assert (fixed.done, fixed.removed, fixed.exit_code) == (1, 2, 0)
    status, new = rows(out)[paths[0].name]
    assert status == "ok" and all("修好了" in name for name in new)
    assert not old & files(out) and set(new) <= files(out)


def test_identical_inputs_share_names_and_nothing_listed_is_deleted(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    one, two = tmp_path / "in" / "one.txt", tmp_path / "in" / "two.txt"
    for path in (one, two):
        path.write_text(article("同一篇"), encoding="utf-8")
    out = tmp_path / "out"
    run_batch(batch_options([tmp_path / "in"], out))
    shared = rows(out)["one.txt"][1]
    assert rows(out)["two.txt"][1] == shared and files(out) == set(shared)

    one.write_text(article("第一份改了"), encoding="utf-8")
    report = run_batch(batch_options([tmp_path / "in"], out))
    assert report.removed == 0  # two.txt still lists the shared names
    assert set(shared) <= files(out) and files(out) == listed(out)

    two.write_text(article("第一份改了"), encoding="utf-8")  # now both hold the new bytes
    report = run_batch(batch_options([tmp_path / "in"], out, resume=True))
    assert report.removed == 2
    assert rows(out)["one.txt"][1] == rows(out)["two.txt"][1]
    assert files(out) == listed(out) == set(rows(out)["one.txt"][1])


def test_json_lines_records_moving_down_keep_every_row_complete(tmp_path: Path) -> None:
    """A record inserted on top shifts every key: names move from one key to the next."""
    crawl = tmp_path / "crawl.jsonl"

    def write(titles: list[str]) -> None:
        crawl.write_text(
            "".join(
                json.dumps(
                    {"title": title, "date": "2020-05-01", "source": "人民网", "content": title},
                    ensure_ascii=False,
                )
                + "\n"
                for title in titles
            ),
            encoding="utf-8",
        )

    write([f"记录{i}" for i in range(20)])
    out = tmp_path / "out"
    options = dataclasses.replace(batch_options([crawl], out, formats=("txt",)), chunk_size=4)
    run_batch(options)
    write(["新记录", *(f"记录{i}" for i in range(20))])
    report = run_batch(dataclasses.replace(options, resume=True))
    assert (report.done, report.exit_code) == (21, 0)
    # Every record's name survived (it moved to the next key), nothing was left over.
    assert report.removed == 0 and len(files(out)) == 21
    assert files(out) == listed(out)
    write([f"记录{i}" for i in range(1, 20)])  # the new record and 记录0 dropped
    report = run_batch(dataclasses.replace(options, resume=True))
    assert report.exit_code == 0 and report.removed == 2  # 新记录's and 记录0's
    names = files(out)
    assert len(names) == 19 and not any("新记录" in name or "记录0_" in name for name in names)
    # Rows of keys the input no longer has (L20, L21) stay, and so do their outputs (记录18, 记录19).
    assert names == listed(out)


def test_another_format_is_another_configuration_and_keeps_its_outputs(tmp_path: Path) -> None:
    [path] = make_articles(tmp_path / "in", 1)
    out = tmp_path / "out"
    as_txt = batch_options([tmp_path / "in"], out, formats=("txt",))
    as_json = batch_options([tmp_path / "in"], out, formats=("json",))
    as_both = batch_options([tmp_path / "in"], out, formats=("txt", "json"))
    run_batch(as_txt)
    [txt_v1] = rows(out, as_txt)[path.name][1]

    path.write_text(article("第二版"), encoding="utf-8")
    report = run_batch(as_json)
    assert report.removed == 0 and txt_v1 in files(out)  # the txt run's outputs are its own
    [json_v2] = rows(out, as_json)[path.name][1]
    assert json_v2.endswith(".json") and "第二版" in json_v2

    report = run_batch(as_txt)
    assert report.removed == 1  # rerunning the txt configuration brings its own up to date
    [txt_v2] = rows(out, as_txt)[path.name][1]
    assert files(out) == {txt_v2, json_v2}

    # txt,json and txt share the .txt name: while another configuration lists it, it stays.
    run_batch(as_both)
    assert rows(out, as_both)[path.name][1] == sorted([json_v2, txt_v2])
    path.write_text(article("第三版"), encoding="utf-8")
    report = run_batch(as_txt)
    assert report.removed == 0 and txt_v2 in files(out)
    report = run_batch(as_both)
    # The .txt of 第二版 is nobody's now; its .json is still the json configuration's.
    assert report.removed == 1 and txt_v2 not in files(out) and json_v2 in files(out)
    assert files(out) == listed(out) and len(files(out)) == 3


def test_killed_before_removing_the_next_run_removes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = make_articles(tmp_path / "in", 3)
    out = tmp_path / "out"
    run_batch(batch_options([tmp_path / "in"], out))
    old = set(rows(out)[paths[2].name][1])
    paths[2].write_text(article("被杀之前"), encoding="utf-8")
    # A kill -9 right after the last chunk was recorded: the removal never happens.
    monkeypatch.setattr(run_module, "_remove_outdated", lambda *args: None)
    run_batch(batch_options([tmp_path / "in"], out, resume=True))
    new = set(rows(out)[paths[2].name][1])
    assert old | new <= files(out) and queued(out) == 2  # never without outputs
    monkeypatch.undo()
    report = run_batch(batch_options([tmp_path / "in"], out, resume=True))
    assert (report.done, report.skipped, report.removed) == (0, 3, 2)
    assert not old & files(out) and new <= files(out) and queued(out) == 0


def test_removals_that_fail_do_not_fail_the_batch(tmp_path: Path) -> None:
    paths = make_articles(tmp_path / "in", 2)
    out = tmp_path / "out"
    run_batch(batch_options([tmp_path / "in"], out))
    gone, blocked = sorted(rows(out)[paths[0].name][1])
    (out / gone).unlink()  # removed by hand already
    (out / blocked).unlink()
    (out / blocked).mkdir()  # something that is not the output stands in its place
    (out / blocked / "keep").write_text("x")
    paths[0].write_text(article("换了"), encoding="utf-8")
    messages: list[str] = []

    class Collect:
        def set_total(self, total: int) -> None: ...
        def advance(self, done: int, failed: int) -> None: ...
        def message(self, line: str) -> None:
            messages.append(line)

        def close(self) -> None: ...

    report = run_batch(batch_options([tmp_path / "in"], out, resume=True), progress=Collect())
    assert (report.done, report.removed, report.exit_code) == (1, 0, 0)
    assert (out / blocked / "keep").exists()
    assert [line for line in messages if "outdated output kept" in line] == [
        f"convertkit: warning: outdated output kept: {out / blocked}: cannot remove: Is a directory"
    ]
    assert queued(out) == 0  # reported once, not retried forever


def test_manifest_queues_only_recorded_outputs_inside_outdir(tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    inside, elsewhere = f"{out}/a_11111111.txt", str(tmp_path / "elsewhere.txt")
    with Manifest(str(tmp_path / "m.sqlite")) as db:
        db.record([FileResult("k", "k", "ok", sha256="1", outputs=(inside, elsewhere))], "c", out)
        db.record([FileResult("k", "k", "failed", error="bad")], "c", out)
        assert db.lookup(["k"], "c")["k"].outputs == (inside, elsewhere)  # carried over
        db.record([FileResult("k", "k", "ok", sha256="2", outputs=(f"{out}/b.txt",))], "c", out)
        db.record([FileResult("j", "j", "ok", sha256="3", outputs=(f"{out}/j.txt",))], "c", out)
        seen: list[str] = []

        def remove(path: str) -> bool:
            seen.append(path)
            return True

        assert db.remove_outdated(remove) == (1, [])
        assert seen == [inside]  # a path outside OUTDIR is never queued
        assert db.remove_outdated(remove) == (0, [])
