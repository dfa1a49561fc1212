"""Inputs and outputs on S3: a real S3 API server (moto's server mode) on 127.0.0.1, not a mock object."""

from __future__ import annotations

import io
import json
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from convertkit.batch.job import Settings
from convertkit.batch.run import BatchOptions, run_batch
from test_batch import subprocess_env
from test_batch_support import READER, article, batch_command
from test_batch_warc import InProcess, write_archive

moto_server = pytest.importorskip("moto.server")
s3fs = pytest.importorskip("s3fs")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    server = moto_server.ThreadedMotoServer(
        ip_address="127.0.0.1", port=_free_port(), verbose=False
    )
    server.start()
    try:
        yield f"http://127.0.0.1:{server._port}"
    finally:
        server.stop()


def _options(endpoint: str) -> tuple[tuple[str, object], ...]:
    # Credentials travel as storage options, not environment: workers may have started earlier.
    return (("endpoint_url", endpoint), ("key", "testing"), ("secret", "testing"))


def _fs(endpoint: str) -> object:
    return s3fs.S3FileSystem(skip_instance_cache=True, **dict(_options(endpoint)))


def test_batch_from_s3_to_s3(endpoint: str, tmp_path: Path) -> None:
    fs = _fs(endpoint)
    fs.mkdir("crawl")
    fs.mkdir("briefings")
    for index in range(5):
        fs.pipe_file(f"crawl/2019/{index}.txt", article(f"云端第{index}篇").encode())
    fs.pipe_file("crawl/2019/bad.txt", article("坏", "!fail").encode())
    records = "\n".join(
        json.dumps(
            {
                "title": f"记录{i}",
                "date": "2020-01-0" + str(i + 1),
                "source": "新华网",
                "content": "内容",
            },
            ensure_ascii=False,
        )
        for i in range(3)
    )
    fs.pipe_file("crawl/2020/records.jsonl", records.encode())
    settings = Settings(
        outdir="s3://briefings/out",
        formats=("txt", "json"),
        reader=READER,
        storage_options=_options(endpoint),
    )
    options = BatchOptions(
        inputs=("s3://crawl/",),
        settings=settings,
        workers=1,
        progress="none",
        count_total=False,
        state_dir=str(tmp_path / "state"),
    )
    report = run_batch(options)
    assert (report.done, report.failed) == (8, 1)
    fs.invalidate_cache()
    names = sorted(path.rsplit("/", 1)[1] for path in fs.ls("briefings/out"))
    assert "errors.jsonl" in names  # the report is copied beside remote outputs
    outputs = [name for name in names if name != "errors.jsonl"]
    assert len(outputs) == 16 and any(
        name.startswith("2020-01-02_新华网_记录1_") for name in outputs
    )
    text = fs.cat_file(
        "briefings/out/"
        + next(name for name in outputs if "云端第3篇" in name and name.endswith(".txt"))
    )
    assert text.decode().startswith("云端第3篇\n")
    assert (tmp_path / "state" / "manifest.sqlite").exists()

    # The command line, with --resume: nothing left to do but the bad file.
    command = batch_command(
        "s3://crawl/", "s3://briefings/out", "txt,json", "--resume", "--state-dir", str(tmp_path / "state"),
        "--progress", "plain",
    )
    for key, value in _options(endpoint):
        command += ["--storage-option", f"{key}={value}"]
    resumed = subprocess.run(
        command, capture_output=True, text=True, env=subprocess_env(), timeout=90
    )
    assert resumed.returncode == 1
    assert "0 done, 8 skipped, 1 failed" in resumed.stderr, resumed.stderr


def test_dask_workers_read_and_write_s3(endpoint: str, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from convertkit.batch.dask import DaskEngine

    fs = _fs(endpoint)
    fs.mkdir("dask-in")
    for index in range(4):
        fs.pipe_file(f"dask-in/{index}.txt", article(f"集群第{index}篇").encode())
    settings = Settings(
        outdir="s3://dask-in/out",
        formats=("txt",),
        reader=READER,
        storage_options=_options(endpoint),
    )
    options = BatchOptions(
        inputs=("s3://dask-in/",),
        settings=settings,
        progress="none",
        count_total=False,
        state_dir=str(tmp_path / "state"),
    )
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        scheduler_port=0,
        dashboard_address="127.0.0.1:0",
    ) as cluster:
        report = run_batch(
            options, engine=DaskEngine(settings, scheduler=cluster.scheduler_address)
        )
    assert (report.done, report.failed) == (4, 0)
    fs.invalidate_cache()
    assert sorted(name.rsplit("_", 2)[1] for name in fs.ls("dask-in/out", detail=False)) == [
        f"集群第{index}篇" for index in range(4)
    ]


def test_rerun_removes_outdated_objects(endpoint: str, tmp_path: Path) -> None:
    fs = _fs(endpoint)
    fs.mkdir("rerun")
    for index in range(2):
        fs.pipe_file(f"rerun/in/{index}.txt", article(f"旧版第{index}篇").encode())
    settings = Settings(
        outdir="s3://rerun/out",
        formats=("txt",),
        reader=READER,
        storage_options=_options(endpoint),
    )
    options = BatchOptions(
        inputs=("s3://rerun/in/",),
        settings=settings,
        workers=1,
        progress="none",
        count_total=False,
        state_dir=str(tmp_path / "state"),
    )
    assert run_batch(options).done == 2
    fs.pipe_file("rerun/in/1.txt", article("新版第1篇").encode())
    report = run_batch(options)
    assert (report.done, report.removed, report.exit_code) == (2, 1, 0)
    fs.invalidate_cache()
    names = sorted(name.rsplit("_", 2)[1] for name in fs.ls("rerun/out", detail=False))
    assert names == ["新版第1篇", "旧版第0篇"]


def test_a_web_archive_on_s3_is_streamed_page_by_page(endpoint: str, tmp_path: Path) -> None:
    fs = _fs(endpoint)
    fs.mkdir("archives")
    whole = io.BytesIO()
    write_archive(whole)
    fs.pipe_file("archives/2024/crawl.warc.gz", whole.getvalue())
    settings = Settings(outdir=str(tmp_path / "out"), formats=("txt",), storage_options=_options(endpoint))
    for inputs in ("s3://archives/", "s3://archives/2024/crawl.warc.gz"):  # walked, and named
        report = run_batch(BatchOptions(inputs=(inputs,), settings=settings, progress="none", count_total=False),
                           engine=InProcess(settings))
        assert (report.done, report.failed, report.not_articles, report.articles) == (4, 0, 1, 4)
    assert len(list((tmp_path / "out").glob("*.txt"))) == 4
