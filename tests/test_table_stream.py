"""A crawl's CSV or TSV export, too large to read whole, read a row at a time (``readers/table``).

As for JSON exports (``test_json_stream``): reading row by row gives what reading the table whole
gives, the walk holds one row at a time, a batch makes each row a job that fails and resumes as a
JSON Lines line does, and a folder walk finds tables. The rows are invented.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import convertkit
from convertkit import sources
from convertkit.batch.inputs import iter_jobs
from convertkit.batch.job import ROW
from convertkit.batch.run import run_batch
from convertkit.readers import read_documents
from test_batch_warc import InProcess, manifest_rows, options
from test_json_stream import walk_peak

PLACES = ["某市", "某县", "某区", "某镇"]
HEADER = ["id", "title", "content", "pub_time", "source_name"]


def row(number: int, *, padding: int = 0, text: bool = True) -> list[str]:
    place = PLACES[number % len(PLACES)]
    body = "\n".join(
        [f"新华社北京3月{number % 28 + 1}日电（记者 王小明）{place}今天召开第{number}次新闻发布会，介绍一季度经济运行情况。",
         f"据介绍，{place}一季度地区生产总值同比增长百分之五点{number % 10}，重点项目建设有序推进。"
         + "，".join(["有关负责人表示，下一步将继续加强统筹协调"] * (padding // 60 + 1))]
    ) if text else ""
    return [str(number), f"{place}召开第{number}次新闻发布会", body, "2024-03-05 10:00", "新华社"]


def table(path: Path, rows: list[list[str]], *, delimiter: str = ",", encoding: str = "utf-8",
          tail: str = "") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([HEADER, *rows])
    path.write_bytes((buffer.getvalue() + tail).encode(encoding))
    return path


@pytest.fixture
def small_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stream every table of a kilobyte or more, so that tests need no 16 MB files."""
    monkeypatch.setattr(sources, "STREAM_BYTES", 1024)


def readings(documents: object) -> list[tuple[str | None, int | None, tuple[str, ...]]]:
    return [(doc.meta.title, doc.meta.source.record, tuple(block.text for block in doc.blocks))  # type: ignore[attr-defined]
            for doc in documents]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "delimiter", "encoding"), [
    ("crawl.csv", ",", "utf-8-sig"), ("crawl.tsv", "\t", "utf-8"), ("crawl.csv", ";", "gb18030")])
def test_a_large_table_read_row_by_row_gives_what_a_whole_reading_gives(
        tmp_path: Path, small_threshold: None, name: str, delimiter: str, encoding: str) -> None:
    rows = [row(n) for n in range(6)]
    rows[2] = row(2, text=False)  # skipped, numbered as in the whole reading
    path = table(tmp_path / name, rows, delimiter=delimiter, encoding=encoding)
    whole = readings(read_documents(path.read_bytes(), path=str(path)))
    streamed = readings(convertkit.read_all(path))
    assert streamed == whole and [record for _, record, _ in whole] == [1, 2, 4, 5, 6]
    assert all(doc.meta.source.encoding == ("gb18030" if encoding == "gb18030" else "utf-8")
               for doc in convertkit.read_all(path))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(st.sampled_from("新闻发布会,\"\n\r\t ;|某市A1"), min_size=1, max_size=30), min_size=1, max_size=4))
def test_any_cell_survives_the_trip_from_a_streamed_table_to_its_row_job(tmp_path: Path, cells: list[str]) -> None:
    """Quotes, delimiters and line breaks inside cells: the job's two-line CSV holds the row as
    the table does."""
    path = tmp_path / "crawl.csv"
    rows = [[str(n), f"标题{n}", cell, "2024-03-05", "新华社"] for n, cell in enumerate(cells)]
    table(path, rows)
    from convertkit.batch.inputs import _table_rows

    with path.open("rb") as handle:
        jobs = list(_table_rows(handle, str(path)))
    parsed = [list(csv.reader(io.StringIO(job.data.decode("utf-8"), newline="")))  # type: ignore[union-attr]
              for job in jobs]
    expected = [(n + 1, r) for n, r in enumerate(rows) if any(c.strip() for c in r)]
    assert [(job.record, rows_[1]) for job, rows_ in zip(jobs, parsed, strict=True)] == expected
    assert all(rows_[0] == HEADER and job.part == ROW for job, rows_ in zip(jobs, parsed, strict=True))


def test_the_walk_holds_one_row_at_a_time(tmp_path: Path, small_threshold: None) -> None:
    path = table(tmp_path / "crawl.csv", [row(n, padding=100_000) for n in range(100)])  # about 10 MB
    assert path.stat().st_size > 10_000_000
    count, peak = walk_peak(path)
    assert count == 100 and peak < 4 * 1024 * 1024, peak


def test_rows_in_a_batch_fail_and_resume_as_json_lines_do(tmp_path: Path, small_threshold: None) -> None:
    rows = [row(n) for n in range(4)]
    rows[1] = row(1, text=False)
    folder = tmp_path / "in"
    folder.mkdir()
    table(folder / "crawl.csv", rows, tail='9,"某市召开第9次新闻发布会')  # cut in a quoted cell: a title, no text
    table(folder / "small.tsv", [row(7)], delimiter="\t")  # under the threshold: one job
    out = tmp_path / "out"
    report = run_batch(options([folder], out), engine=InProcess(options([], out).settings))
    errors = sorted((json.loads(line)["input"].rsplit("/", 1)[-1], json.loads(line)["error_type"])
                    for line in (out / "errors.jsonl").read_text("utf-8").splitlines())
    assert errors == [("crawl.csv#C2", "NoArticleError"), ("crawl.csv#C5", "NoArticleError")]
    assert (report.done, report.failed) == (3 + 1, 2)
    assert {key.rsplit("/", 1)[-1] for key in manifest_rows(out)} >= {"crawl.csv#C1", "crawl.csv#C3", "small.tsv"}
    again = run_batch(options([folder], out, resume=True), engine=InProcess(options([], out).settings))
    assert (again.done, again.skipped) == (0, 4)


def test_one_row_of_a_large_table_is_read_without_the_rest(tmp_path: Path, small_threshold: None) -> None:
    path = table(tmp_path / "crawl.csv", [row(n) for n in range(4)], tail='9,"cut')
    written = convertkit.convert(path, tmp_path / "two.txt", record=2)
    assert written.read_text("utf-8").startswith(row(1)[1])


def test_a_table_on_an_fsspec_url_is_read_row_by_row(tmp_path: Path, small_threshold: None) -> None:
    pytest.importorskip("fsspec")
    folder = tmp_path / "in"
    folder.mkdir()
    table(folder / "crawl.csv", [row(n) for n in range(3)])
    jobs = list(iter_jobs([f"file://{folder}"]))
    assert [job.key.rsplit("/", 1)[-1] for job in jobs] == ["crawl.csv#C1", "crawl.csv#C2", "crawl.csv#C3"]


def test_a_table_damaged_part_way_keeps_the_rows_before(tmp_path: Path, small_threshold: None,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A cell past csv's field limit is a table csv cannot read from there on: the rows before it
    are jobs, then the file fails with csv's reason."""
    path = table(tmp_path / "crawl.csv", [row(0), row(1), row(2, padding=5_000), row(3)])
    limit = csv.field_size_limit()
    monkeypatch.setattr("convertkit.readers.table._FIELD_LIMIT", 1000)
    csv.field_size_limit(1000)
    try:
        jobs = list(iter_jobs([str(path)]))
    finally:
        csv.field_size_limit(limit)
    assert [job.key.rsplit("/", 1)[-1] for job in jobs] == ["crawl.csv#C1", "crawl.csv#C2", "crawl.csv"]
    assert jobs[-1].failure is not None and jobs[-1].failure[0] == "MalformedInputError"
    assert "is not a readable table" in jobs[-1].failure[1]


def test_a_walk_leaves_tables_without_article_columns_alone_and_counts_them(tmp_path: Path) -> None:
    """A crawl's folder holds its manifest and statistics beside the articles: a walk takes the
    tables that name a title or text column and counts the others as left out; a table named
    as an input is always taken (and fails with the reason)."""
    from collections import Counter

    from convertkit.batch.inputs import InputSpec

    folder = tmp_path / "crawl"
    folder.mkdir()
    table(folder / "articles.csv", [row(1), row(2)])
    (folder / "MANIFEST.tsv").write_text("file\tbytes\tsha\na.txt\t12\tabc\n", "utf-8")
    (folder / "stats.csv").write_bytes("日期,点击量\n2024-03-05,12\n".encode("gb18030"))
    spec = InputSpec(passed_over=Counter())
    keys = [job.key.rsplit("/", 1)[-1] for job in iter_jobs([str(folder)], spec)]
    assert keys == ["articles.csv"]
    assert spec.passed_over == Counter({".tsv without article columns": 1, ".csv without article columns": 1})
    assert [job.key.rsplit("/", 1)[-1] for job in iter_jobs([str(folder / "stats.csv")])] == ["stats.csv"]
    if pytest.importorskip("fsspec"):
        url_spec = InputSpec(passed_over=Counter())
        assert [job.key.rsplit("/", 1)[-1] for job in iter_jobs([f"file://{folder}"], url_spec)] == ["articles.csv"]
        assert sum(url_spec.passed_over.values()) == 2
