"""The Dask engine on a real cluster (LocalCluster on loopback, one in-process worker)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from convertkit.batch.dask import DaskEngine
from convertkit.batch.run import run_batch
from test_batch import batch_options, subprocess_env
from test_batch_support import READER, article, make_articles
from test_batch_warc import options as warc_options
from test_batch_warc import write_archive

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        scheduler_port=0,
        dashboard_address="127.0.0.1:0",
    ) as local:
        yield local


def test_dask_engine_converts_and_reports(cluster: object, tmp_path: Path) -> None:
    make_articles(tmp_path / "in", 20)
    (tmp_path / "in" / "bad.txt").write_text(article("坏", "!fail"), encoding="utf-8")
    out = tmp_path / "out"
    with distributed.Client(cluster) as client:
        engine = DaskEngine(batch_options([], out).settings, client=client, in_flight=2)
        report = run_batch(batch_options([tmp_path / "in"], out, chunk_size=4), engine=engine)
        assert (report.done, report.failed, report.exit_code) == (20, 1, 1)
        # The warm-up plugin ran on the worker.
        plugins = client.run(lambda dask_worker: sorted(dask_worker.plugins))
        assert all("convertkit-warm-caches" in names for names in plugins.values())
    assert len(list(out.glob("2019-01-17_中新网_*.txt"))) == 20
    resumed = run_batch(
        batch_options([tmp_path / "in"], out, resume=True),
        engine=DaskEngine(batch_options([], out).settings, scheduler=cluster.scheduler_address),
    )
    assert (resumed.done, resumed.skipped) == (0, 20)


def test_batch_command_with_scheduler_address(cluster: object, tmp_path: Path) -> None:
    make_articles(tmp_path / "in", 6)
    address = cluster.scheduler_address
    assert address.startswith("tcp://127.0.0.1:")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "convertkit.batch",
            str(tmp_path / "in"),
            "-o",
            str(tmp_path / "out"),
            "--to",
            "txt,json",
            "--engine",
            "dask",
            "--scheduler",
            address,
            "--reader",
            READER,
            "--progress",
            "plain",
        ],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        timeout=90,
    )
    assert done.returncode == 0, done.stderr
    assert "6 done, 0 skipped, 0 failed" in done.stderr
    assert len(list((tmp_path / "out").glob("*.json"))) == 6


def test_dask_engine_converts_a_web_archive_page_by_page(cluster: object, tmp_path: Path) -> None:
    """Each page travels with its job: the workers never open the archive."""
    crawl = tmp_path / "crawl.warc.gz"
    write_archive(crawl)
    out = tmp_path / "out"
    with distributed.Client(cluster) as client:
        engine = DaskEngine(warc_options([], out).settings, client=client, in_flight=2)
        report = run_batch(warc_options([crawl], out, chunk_size=2), engine=engine)
    assert (report.done, report.failed, report.not_articles, report.articles) == (4, 0, 1, 4)  # the front passed over
    assert len(list(out.glob("*.txt"))) == 4
