"""The progress bar's total: a second walk of the inputs that counts what the first one yields.

It must count exactly the jobs the batch will run (pages of an archive, items of a large export,
rows of a large table, lines of JSON Lines, plain files), and it must not do the first walk's
work a second time: no page copied out of its archive, no item or row serialised again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import convertkit.readers.warc as warc
from convertkit import sources
from convertkit.batch import inputs
from convertkit.batch.inputs import count_jobs, iter_jobs
from test_batch_warc import write_archive
from test_json_stream import export, record
from test_table_stream import row, table


@pytest.fixture
def crawl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of every kind of input that holds several jobs, plus two plain articles."""
    monkeypatch.setattr(sources, "STREAM_BYTES", 1024)
    folder = tmp_path / "crawl"
    (folder / "sub").mkdir(parents=True)
    write_archive(folder / "pages.warc.gz")
    export(folder / "export.json", [record(n) for n in range(6)])
    table(folder / "sub" / "rows.csv", [row(n, padding=400) for n in range(4)])
    (folder / "sub" / "lines.jsonl").write_text("\n".join(['{"title": "甲", "content": "乙。"}'] * 3) + "\n\n")
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text("某市召开发布会\n\n新华社北京3月5日电 某市今天召开发布会。\n", encoding="utf-8")
    return folder


def test_the_count_is_the_number_of_jobs_the_walk_yields(crawl: Path) -> None:
    jobs = list(iter_jobs([str(crawl)]))
    assert len(jobs) == 5 + 6 + 4 + 3 + 2
    assert count_jobs([str(crawl)]) == len(jobs)
    assert count_jobs([str(crawl), str(crawl / "a.txt"), f"file://{crawl / 'sub'}"]) == len(jobs) + 1 + 4 + 3


def test_the_count_copies_no_page_and_serialises_no_item(crawl: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kw: object) -> bytes:
        raise AssertionError("the counting walk did the first walk's work again")

    monkeypatch.setattr(warc, "page_bytes", refuse)
    monkeypatch.setattr("convertkit.readers.json_stream.item_bytes", refuse)
    counted = [job for job in iter_jobs([str(crawl)], inputs.InputSpec(counting=True))]
    assert len(counted) == 20 and all(job.data is None for job in counted)
    assert count_jobs([str(crawl)]) == 20
