"""Batch engine: names, the lazy walk, the manifest, the pool, bad and crashing inputs, resume."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from convertkit.batch import naming
from convertkit.batch.inputs import InputSpec, iter_jobs
from convertkit.batch.job import Job, Settings, convert_chunk, convert_one
from convertkit.batch.local import LocalEngine
from convertkit.batch.manifest import Manifest, config_key
from convertkit.batch.progress import PlainProgress
from convertkit.batch.report import Report
from convertkit.batch.run import BatchOptions, chunked, run_batch
from convertkit.errors import UsageError
from convertkit.model import Document, Meta, Paragraph
from test_batch_support import READER, article, batch_command, make_articles

TESTS = Path(__file__).resolve().parent


def doc(
    title: str, published: str | None = "2019-01-17T23:10", agency: str | None = "中新网"
) -> Document:
    return Document(
        Meta(title=title, published=published, agency=agency),
        (Paragraph(text="正文。", raw="正文。"),),
    )


def subprocess_env() -> dict[str, str]:
    """The tests folder on the path, so batch workers in a child process find the fake reader."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(TESTS), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    )
    return env


# --- names -------------------------------------------------------------------------------------


def test_name_has_date_agency_title_and_hash() -> None:
    digest = naming.content_hash("正文".encode())
    name = naming.output_name(
        doc("龙岩市委军民融合办主任张丽华：以红色资源促军民融合"), digest, ".pdf"
    )
    assert (
        name
        == f"2019-01-17_中新网_龙岩市委军民融合办主任张丽华-以红色资源促军民融合_{digest[:8]}.pdf"
    )


def test_same_title_different_articles_get_different_names() -> None:
    first = naming.output_name(doc("同一个标题"), naming.content_hash(b"one"), ".txt")
    second = naming.output_name(doc("同一个标题"), naming.content_hash(b"two"), ".txt")
    assert first != second
    assert first == naming.output_name(
        doc("同一个标题"), naming.content_hash(b"one"), ".txt"
    )  # deterministic


def test_hostile_titles_give_safe_capped_names() -> None:
    nasty = 'a/b\\c\x00d\u202e:*?"<>|\t\n' + "很长的标题" * 200
    name = naming.output_name(
        doc(nasty, agency="../../etc"), naming.content_hash(b"x"), ".summary.txt"
    )
    assert len(name.encode("utf-8")) <= naming.MAX_NAME_BYTES
    assert not any(ch in name for ch in '/\\\x00:*?"<>|\t\n\u202e')
    assert ".." not in name.removesuffix(".summary.txt")
    assert name.endswith(".summary.txt")
    assert naming.output_name(
        doc("CON", published=None, agency=None), "ab" * 32, ".txt"
    ).startswith("CON-_")


def test_missing_parts_drop_out_and_records_differ() -> None:
    digest = naming.content_hash(b"x")
    assert (
        naming.output_name(doc("", published=None, agency=None), digest, ".json")
        == f"{digest[:8]}.json"
    )
    assert naming.record_hash(digest, 0) == digest
    assert naming.record_hash(digest, 1) != naming.record_hash(digest, 2)


# --- inputs ------------------------------------------------------------------------------------


def test_walk_is_recursive_lazy_and_skips_hidden_and_outdir(tmp_path: Path) -> None:
    make_articles(tmp_path / "in", 4)
    (tmp_path / "in" / ".hidden.txt").write_text("x")
    (tmp_path / "in" / "picture.png").write_bytes(b"\x89PNG")
    out = tmp_path / "in" / "out"
    out.mkdir()
    (out / "converted.txt").write_text("x")
    (tmp_path / "in" / "feed.xml").write_text("<rss/>")
    passed_over: Counter[str] = Counter()
    jobs = iter_jobs([str(tmp_path / "in")], InputSpec(exclude=(str(out),), passed_over=passed_over))
    first = next(jobs)
    assert first.source.endswith(".txt")
    # Created after the walk started, in a folder it has not reached: found, so nothing was listed up front.
    assert Path(first.source).parent.name == "a"
    (tmp_path / "in" / "b" / "zz").mkdir()
    (tmp_path / "in" / "b" / "zz" / "late.html").write_text("<p>x</p>")
    rest = [job.source for job in jobs]
    names = sorted(Path(source).name for source in [first.source, *rest])
    assert names == [
        "article0000.txt",
        "article0001.txt",
        "article0002.txt",
        "article0003.txt",
        "late.html",
    ]
    assert passed_over == Counter({".png": 1, ".xml": 1})  # hidden files and OUTDIR are not counted
    from convertkit.batch.report import Report

    report = Report(passed_over=passed_over)
    assert "2 files of other types passed over in the folders (.png 1, .xml 1): name them" in report.summary()


def test_globs_and_json_lines_records(tmp_path: Path) -> None:
    records = tmp_path / "crawl.jsonl"
    records.write_text('{"title": "甲"}\n\n{"title": "乙"}\n', encoding="utf-8")
    (tmp_path / "x.txt").write_text("x")
    jobs = list(iter_jobs([str(tmp_path / "*.jsonl"), str(tmp_path / "x.txt")]))
    assert [(job.record, job.data) for job in jobs[:2]] == [
        (1, '{"title": "甲"}'.encode()),
        (3, '{"title": "乙"}'.encode()),
    ]
    assert jobs[0].key.endswith("crawl.jsonl#L1") and jobs[2].record is None
    [nothing] = iter_jobs([str(tmp_path / "nothing-*.txt")])
    assert nothing.failure == ("NotFoundError", "matches no file")


def test_what_cannot_be_read_fails_as_one_input_and_the_rest_is_converted(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A missing input named among others, a folder that cannot be listed, a broken link or a
    fifo under an article's name: each one failed input in the report, never a stop part-way."""
    make_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "dead.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    (tmp_path / "in" / "locked").mkdir()
    (tmp_path / "in" / "locked" / "x.txt").write_text(article("锁住"), encoding="utf-8")
    listing = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]  # chmod 000 does not stop root: refuse here
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    jobs = list(iter_jobs([str(tmp_path / "missing.txt"), str(tmp_path / "in")]))
    failures = sorted((Path(job.source).name, job.failure) for job in jobs if job.failure)
    assert failures == [("locked", ("InputError", "cannot list the folder: Permission denied")),
                        ("missing.txt", ("NotFoundError", "no such file or folder"))]
    settings = Settings(outdir=str(tmp_path / "out"), formats=("txt",), reader=READER)
    (tmp_path / "out").mkdir()
    results = {Path(job.source).name: convert_one(job, settings) for job in jobs}
    assert sorted(name for name, result in results.items() if result.status == "ok") == [
        "article0000.txt", "article0001.txt"]
    assert "no such file" in (results["dead.txt"].error or "")
    assert "not a regular file" in (results["pipe.txt"].error or "")
    assert results["missing.txt"].error == f"{tmp_path / 'missing.txt'}: no such file or folder"


def test_chunks_start_small_and_grow_to_the_limit() -> None:
    sizes = [len(chunk) for chunk in chunked((Job(str(i)) for i in range(300)), 64)]
    assert sizes[:4] == [8, 16, 32, 64] and max(sizes) == 64 and sum(sizes) == 300


# --- the per-article function ------------------------------------------------------------------


def test_convert_one_never_raises(tmp_path: Path) -> None:
    settings = Settings(outdir=str(tmp_path), formats=("txt",), reader=READER)
    missing = convert_one(Job(str(tmp_path / "missing.txt")), settings)
    assert (missing.status, missing.error_type) == ("failed", "NotFoundError")
    bug = tmp_path / "bug.txt"
    bug.write_text(article("标题", "!boom"), encoding="utf-8")
    result = convert_one(Job(str(bug)), settings)
    assert result.status == "failed" and "RuntimeError" in (result.error or "")
    good = tmp_path / "good.txt"
    good.write_text(article("好标题"), encoding="utf-8")
    [ok] = convert_chunk([Job(str(good))], settings)
    assert ok.status == "ok" and ok.peak_rss_kb > 0
    [output] = ok.outputs
    assert Path(output).read_text(encoding="utf-8").startswith("好标题\n")
    again = convert_one(Job(str(good), known_sha=ok.sha256, known_outputs=ok.outputs), settings)
    assert again.status == "skipped"


def test_manifest_round_trip_is_per_config(tmp_path: Path) -> None:
    settings = Settings(outdir=str(tmp_path), formats=("txt",))
    key_txt = config_key(settings, "1", "style")
    key_json = config_key(Settings(outdir=str(tmp_path), formats=("json",)), "1", "style")
    assert key_txt != key_json
    good = tmp_path / "a.txt"
    good.write_text(article("标题"), encoding="utf-8")
    result = convert_one(
        Job(str(good), size=1, mtime_ns=2),
        Settings(outdir=str(tmp_path), formats=("txt",), reader=READER),
    )
    with Manifest(str(tmp_path / "m.sqlite")) as db:
        db.record([result], key_txt)
        row = db.lookup([result.key, "other"], key_txt)[result.key]
        assert (row.status, row.size, row.mtime_ns, row.outputs) == ("ok", 1, 2, result.outputs)
        assert db.lookup([result.key], key_json) == {}


# --- whole batches -----------------------------------------------------------------------------


def batch_options(
    inputs: list[Path], out: Path, formats: tuple[str, ...] = ("txt", "json"), **kw: object
) -> BatchOptions:
    settings = Settings(outdir=str(out), formats=formats, reader=READER)
    return BatchOptions(
        inputs=tuple(map(str, inputs)),
        settings=settings,
        workers=2,
        progress="none",
        count_total=False,
        **kw,
    )  # type: ignore[arg-type]


def test_bad_files_do_not_stop_the_batch_and_a_crash_is_isolated(tmp_path: Path) -> None:
    good = make_articles(tmp_path / "in", 30)
    (tmp_path / "in" / "bad.txt").write_text(article("坏", "!fail"), encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "in" / "crash.txt").write_text(article("崩溃", "!crash"), encoding="utf-8")
    out = tmp_path / "out"
    report = run_batch(batch_options([tmp_path / "in"], out))
    assert (report.done, report.failed, report.crashed, report.exit_code) == (30, 3, 1, 1)
    errors = [
        json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    by_input = {Path(error["input"]).name: error for error in errors}
    assert set(by_input) == {"bad.txt", "empty.txt", "binary.txt", "crash.txt"}
    assert by_input["crash.txt"]["status"] == "crashed"
    assert by_input["empty.txt"]["error_type"] == "EmptyInputError"
    assert all(error["message"] for error in errors)
    outputs = sorted(
        path.name
        for path in out.iterdir()
        if path.suffix in (".txt", ".json") and path.name != "errors.jsonl"
    )
    assert len(outputs) == 2 * len(good)
    assert not [path for path in out.iterdir() if path.name.endswith(".part")]


def test_resume_skips_what_is_done_and_redoes_what_changed(tmp_path: Path) -> None:
    paths = make_articles(tmp_path / "in", 12)
    out = tmp_path / "out"
    first = run_batch(batch_options([tmp_path / "in"], out))
    assert (first.done, first.exit_code) == (12, 0)
    paths[0].write_text(article("改过的标题"), encoding="utf-8")
    os.utime(paths[1])  # touched, same bytes: the worker hashes and skips
    second = run_batch(batch_options([tmp_path / "in"], out, resume=True))
    assert (second.done, second.skipped, second.exit_code) == (1, 11, 0)
    assert any("改过的标题" in path.name for path in out.iterdir())
    other_format = run_batch(batch_options([tmp_path / "in"], out, formats=("json",), resume=True))
    assert other_format.skipped == 0  # another config is other work


def test_two_articles_with_one_title_both_survive(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(article("同名标题", "第一篇。"), encoding="utf-8")
    (tmp_path / "in" / "two.txt").write_text(article("同名标题", "第二篇。"), encoding="utf-8")
    out = tmp_path / "out"
    report = run_batch(batch_options([tmp_path / "in"], out, formats=("txt",)))
    assert report.done == 2
    texts = sorted(path.read_text(encoding="utf-8") for path in out.glob("*同名标题*.txt"))
    assert len(texts) == 2 and "第一篇" in texts[0] + texts[1] and "第二篇" in texts[0] + texts[1]


def test_json_lines_records_become_articles(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.jsonl"
    lines = [
        json.dumps(
            {"title": f"记录{i}", "date": "2020-05-01", "source": "人民网", "content": f"内容{i}"},
            ensure_ascii=False,
        )
        for i in range(5)
    ]
    crawl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    report = run_batch(batch_options([crawl], out, formats=("txt",)))
    assert (report.done, report.exit_code) == (5, 0)
    assert sorted(path.name.split("_")[2] for path in out.glob("2020-05-01_人民网_*.txt")) == [
        f"记录{i}" for i in range(5)
    ]


def test_pool_restart_keeps_order_of_work_bounded(tmp_path: Path) -> None:
    paths = make_articles(tmp_path / "in", 6)
    (tmp_path / "in" / "crash.txt").write_text(article("崩溃", "!crash"), encoding="utf-8")
    settings = Settings(outdir=str(tmp_path / "out"), formats=("txt",), reader=READER)
    (tmp_path / "out").mkdir()
    engine = LocalEngine(settings, 2, in_flight=2)
    chunks = [
        [Job(str(path)) for path in paths[:3]],
        [Job(str(tmp_path / "in" / "crash.txt")), Job(str(paths[3]))],
        [Job(str(path)) for path in paths[4:]],
    ]
    results = [result for chunk in engine.run(chunks) for result in chunk]
    status = {Path(result.source).name: result.status for result in results}
    assert len(results) == 7 and status.pop("crash.txt") == "crashed"
    assert set(status.values()) == {"ok"} and engine.restarts >= 1


def test_plain_progress_line_has_rate_and_eta() -> None:
    class Sink:
        def __init__(self) -> None:
            self.text = ""

        def write(self, text: str) -> None:
            self.text += text

        def flush(self) -> None:
            pass

    sink = Sink()
    progress = PlainProgress(sink, interval=0)  # type: ignore[arg-type]
    progress.set_total(100)
    progress.advance(25, 1)
    assert "convertkit: batch: 25/100, 1 failed" in sink.text and "/s, ETA " in sink.text
    report = Report(errors=None, say=lambda line: None)
    assert report.exit_code == 0 and "0 done, 0 skipped, 0 failed" in report.summary()


def test_command_exit_status_and_summary(tmp_path: Path) -> None:
    make_articles(tmp_path / "in", 3)
    command = batch_command(tmp_path / "in", tmp_path / "out", "txt")
    ok = subprocess.run(command, capture_output=True, text=True, env=subprocess_env(), timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert "convertkit: batch: 3 done, 0 skipped, 0 failed" in ok.stderr
    (tmp_path / "in" / "bad.txt").write_text(article("坏", "!fail"), encoding="utf-8")
    bad = subprocess.run(
        [*command, "--resume"], capture_output=True, text=True, env=subprocess_env(), timeout=60
    )
    assert bad.returncode == 1
    assert "0 done, 3 skipped, 1 failed" in bad.stderr
    assert "convertkit: error: " in bad.stderr and "bad.txt: is marked bad on purpose" in bad.stderr
    unknown = subprocess.run(
        [*command[:-4], "--to", "nope"],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        timeout=60,
    )
    assert unknown.returncode == 2 and "unknown output format 'nope'" in unknown.stderr


def test_writer_options_are_checked_before_any_work(tmp_path: Path) -> None:
    make_articles(tmp_path / "in", 2)
    base = batch_options([tmp_path / "in"], tmp_path / "out", formats=("json",))
    compact = dataclasses.replace(
        base,
        settings=dataclasses.replace(base.settings, writer_options=(("json", (("indent", 0),)),)),
    )
    report = run_batch(compact)
    assert report.done == 2
    [output] = list((tmp_path / "out").glob("*第0篇*.json"))
    assert len(output.read_text(encoding="utf-8").splitlines()) == 1  # indent=0: one line
    for options in ((("json", (("nope", 1),)),), (("txt", (("crlf", True),)),)):
        bad = dataclasses.replace(
            base, settings=dataclasses.replace(base.settings, writer_options=options)
        )
        with pytest.raises(UsageError):
            run_batch(bad)


def test_workers_that_cannot_start_stop_the_batch(tmp_path: Path) -> None:
    from convertkit.batch.local import WorkersDead

    make_articles(tmp_path / "in", 40)
    (tmp_path / "out").mkdir()
    settings = Settings(outdir=str(tmp_path / "out"), formats=("txt",), reader=READER)
    engine = LocalEngine(settings, 2)
    engine.settings = dataclasses.replace(settings, reader="test_batch_support:kill_on_import")
    with pytest.raises(WorkersDead):
        for _ in engine.run(
            chunked((Job(str(path)) for path in sorted((tmp_path / "in").rglob("*.txt"))), 8)
        ):
            pass


def test_file_urls_work_like_paths(tmp_path: Path) -> None:
    make_articles(tmp_path / "in", 3)
    out = tmp_path / "out"
    options = batch_options([], out, formats=("txt",))
    options = dataclasses.replace(
        options,
        inputs=(f"file://{tmp_path / 'in'}",),
        settings=dataclasses.replace(options.settings, outdir=f"file://{out}"),
    )
    report = run_batch(options)
    assert (report.done, report.exit_code) == (3, 0)
    assert len(list(out.glob("2019-01-17_中新网_*.txt"))) == 3


def test_a_quiet_batch_does_not_walk_its_inputs_twice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The counting walk only feeds a progress total; with ``--progress none`` nobody sees one,
    and on a crawl of millions of files it is a second pass over the whole tree."""
    from convertkit.batch import run as run_module

    counted: list[object] = []
    monkeypatch.setattr(run_module, "count_jobs", lambda *args: counted.append(args) or 0)
    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text("标题\n\n新华社北京1月17日电 正文第一段，足够长的一段正文内容在这里。\n", encoding="utf-8")
    settings = Settings(outdir=str(tmp_path / "out"), formats=("txt",))
    for mode, walks in (("none", 0), ("plain", 1)):
        report = run_batch(BatchOptions(inputs=(str(article.parent),), settings=settings, workers=1, progress=mode))
        assert report.exit_code == 0
        deadline = time.monotonic() + 10
        while len(counted) < walks and time.monotonic() < deadline:
            time.sleep(0.01)  # the counting walk runs on a side thread
        assert len(counted) == walks, mode


def test_slug_runs_are_the_letters_and_digits_of_unicode() -> None:
    """slug finds runs of letters and digits with [^\\W_]: exactly the code points of categories
    L* and N* (which it kept one category look-up at a time before), for every code point."""
    import sys
    import unicodedata

    from convertkit.batch import naming

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (naming._LETTERS_AND_DIGITS.match(char) is not None) == (unicodedata.category(char)[0] in "LN"), hex(code)
    assert naming.slug("  美日韩 · 峰会——仍有“温差”！  ", 120) == "美日韩-峰会-仍有-温差"
    assert naming.slug("__a_b__", 120) == "a-b"


def test_a_url_without_fsspec_installed_is_a_one_line_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """fsspec is an optional extra: a URL input or OUTDIR says how to install it, no traceback."""
    from convertkit.batch import storage
    from convertkit.errors import UsageError

    monkeypatch.setitem(sys.modules, "fsspec", None)
    monkeypatch.setitem(sys.modules, "fsspec.core", None)
    with pytest.raises(UsageError, match=r"need the 'fsspec' package: pip install 'convertkit\[s3\]'"):
        storage.split_url("s3://bucket/prefix/", ())
