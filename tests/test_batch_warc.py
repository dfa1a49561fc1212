"""Web archives in a batch: streamed record by record, one job per captured HTML page.

The archives are written here with warcio's writer as a crawler writes them (requests beside
responses, pictures, a section front, per-record gzip), around invented news pages; the real
news reader reads them, since what is tested is that a page read alone is read as it is inside
its archive.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import convertkit
from convertkit.batch import storage
from convertkit.batch.inputs import count_jobs, iter_jobs
from convertkit.batch.job import PAGE, FileResult, Job, Settings, convert_chunk
from convertkit.batch.run import BatchOptions, chunked, run_batch
from convertkit.errors import NoArticleError
from convertkit.model import Document
from convertkit.readers import read_documents
from test_batch import subprocess_env
from test_batch_kill import _ok_rows
from test_reader_html import synthetic

SITE = "https://news.example.cn"
FRONT = ("<html><head><title>要闻_某某网</title></head><body><ul>"
         + "".join(f'<li><a href="/2024/0305/c{n}.html">要闻标题第{n}条</a></li>' for n in range(30))
         + "</ul></body></html>").encode()
TITLES = ["春季农业生产全面展开", "多地迎来返程客流高峰", "春季农业生产全面展开", "城市更新项目陆续开工"]


def page(title: str, paragraph: str) -> bytes:
    """An invented article page; ``paragraph`` makes two pages with one title differ."""
    return synthetic(title, [paragraph, "记者从有关部门获悉，相关工作正在有序推进，各项准备已基本就绪。",
                             "有关负责人表示，下一步将继续加强统筹协调，确保各项任务落到实处。"])


def write_archive(target: Path | io.BytesIO, titles: Iterable[str] = TITLES, *, gzipped: bool = True,
                  front: bool = True, encoded: bool = False) -> list[str]:
    """A crawl of article pages (request, response, picture each), a section front after the
    first; ``encoded``: pages served gzip-compressed and chunked. Returns the pages' addresses."""
    out = target if isinstance(target, io.BytesIO) else target.open("wb")
    writer = WARCWriter(out, gzip=gzipped)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test-crawler/1.0"}))

    def response(address: str, body: bytes, kind: str) -> None:
        request = StatusAndHeaders(f"GET {address} HTTP/1.1", [("Host", "news.example.cn")], is_http_request=True)
        writer.write_record(writer.create_warc_record(address, "request", payload=io.BytesIO(b""),
                                                      http_headers=request))
        headers = [("Content-Type", kind)]
        if encoded and kind.startswith("text/html"):
            squeezed = gzip.compress(body)
            body = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (squeezed[:100], squeezed[100:])) + b"0\r\n\r\n"
            headers += [("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")]
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(address, "response", payload=io.BytesIO(body),
                                                      http_headers=http))

    addresses = []
    for number, title in enumerate(titles):
        address = f"{SITE}/2024/0305/c1001-{number}.html"
        addresses.append(address)
        response(address, page(title, f"新华社北京3月5日电 第{number}篇报道的导语，介绍{title}的有关情况。"),
                 "text/html; charset=utf-8")
        response(address.replace(".html", ".jpg"), b"\xff\xd8\xff\xe0JFIF", "image/jpeg")
        if front and number == 0:
            response(f"{SITE}/yaowen/", FRONT, "text/html")
    if not isinstance(target, io.BytesIO):
        out.close()
    return addresses


class InProcess:
    """An engine that converts in this process, so that monkeypatches reach the workers' code."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def run(self, chunks: Iterable[list[Job]]) -> Iterator[list[FileResult]]:
        for chunk in chunks:
            yield convert_chunk(chunk, self.settings)


def slow_reader(data: bytes, **options: object) -> Iterator[Document]:
    """The news reader, a little slower, so that a batch is surely mid-archive when it is killed."""
    time.sleep(0.05)
    yield from read_documents(data, **options)  # type: ignore[arg-type]


def options(inputs: list[Path], out: Path, **kw: object) -> BatchOptions:
    return BatchOptions(inputs=tuple(map(str, inputs)), settings=Settings(outdir=str(out), formats=("txt",)),
                        workers=2, progress="none", count_total=False, **kw)  # type: ignore[arg-type]


def manifest_rows(out: Path) -> dict[str, tuple[str, str]]:
    with sqlite3.connect(out / "manifest.sqlite") as db:
        return {key: (status, outputs) for key, status, outputs in db.execute("SELECT key, status, outputs FROM inputs")}


def test_every_page_is_a_job_keyed_by_its_record_and_read_as_in_its_archive(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    write_archive(crawl)
    jobs = list(iter_jobs([str(crawl)]))
    assert [job.key for job in jobs] == [f"{crawl}#R{job.record}" for job in jobs] and len(jobs) == 5
    assert all(job.page and job.data for job in jobs)
    assert count_jobs([str(crawl)]) == 5
    whole = list(convertkit.read_all(crawl))
    alone = []
    for job in jobs:
        try:
            alone.extend(read_documents(job.data, path=job.source, format="warc", record=job.record))
        except NoArticleError as exc:  # the section front: its own error, naming it
            assert str(exc).startswith(f"{crawl}#R{job.record}: ") and f"{SITE}/yaowen/" in str(exc)
    assert alone == whole and len(whole) == 4  # meta.source keeps the archive, the record and the address
    assert [doc.meta.source.url for doc in whole][:2] == [f"{SITE}/2024/0305/c1001-0.html", f"{SITE}/2024/0305/c1001-1.html"]
    # The same archive gives the same bytes per page: what --resume compares.
    assert [job.data for job in iter_jobs([str(crawl)])] == [job.data for job in jobs]


def test_pages_served_compressed_and_chunked_read_alone_as_in_the_archive(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc"
    write_archive(crawl, gzipped=False, encoded=True)
    jobs = list(iter_jobs([str(crawl)]))
    alone = [doc for job in jobs[:1] + jobs[2:]
             for doc in read_documents(job.data, path=job.source, format="warc", record=job.record)]
    assert alone == list(convertkit.read_all(crawl))
    assert [doc.meta.title for doc in alone] == TITLES


def test_a_batch_over_an_archive_gives_one_output_and_one_row_per_page(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    write_archive(tmp_path / "in" / "crawl.warc.gz")
    out = tmp_path / "out"
    report = run_batch(options([tmp_path / "in"], out))
    # The section front every crawl has is passed over and counted, not a failure of the batch.
    assert (report.done, report.failed, report.not_articles, report.articles, report.exit_code) == (4, 0, 1, 4, 0)
    assert "1 archived page held no article" in report.summary()
    outputs = sorted(path.name for path in out.glob("*.txt"))
    assert len(outputs) == 4
    assert len([name for name in outputs if "春季农业生产全面展开" in name]) == 2  # one title, two names
    rows = manifest_rows(out)
    assert sorted(status for status, _ in rows.values()) == ["no article", "ok", "ok", "ok", "ok"]
    assert all("#R" in key for key in rows)
    assert not (out / "errors.jsonl").exists() or not (out / "errors.jsonl").read_text(encoding="utf-8")
    with sqlite3.connect(out / "manifest.sqlite") as db:
        ((key, error_type, message),) = db.execute("SELECT key, error_type, error FROM inputs WHERE status = 'no article'")
    assert key.endswith("crawl.warc.gz#R7")  # warcinfo, then request and response of each
    assert error_type == "NoArticleError" and message.startswith(key + ": ") and f"{SITE}/yaowen/" in message
    # Resumed, the front is not read again (its bytes are the same), and still fails nothing.
    again = run_batch(options([tmp_path / "in"], out, resume=True))
    assert (again.done, again.skipped, again.failed, again.exit_code) == (0, 5, 0, 0)


def test_resume_skips_the_pages_done_and_does_the_rest(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    write_archive(crawl, front=False)
    out = tmp_path / "out"
    first = run_batch(options([crawl], out))
    assert (first.done, first.exit_code) == (4, 0)
    # A batch killed after two pages: the other two pages' rows and outputs never came to be.
    rows = manifest_rows(out)
    lost = sorted(rows)[2:]
    with sqlite3.connect(out / "manifest.sqlite") as db:
        db.executemany("DELETE FROM inputs WHERE key = ?", [(key,) for key in lost])
    for key in lost:
        for output in json.loads(rows[key][1]):
            Path(output).unlink()
    again = run_batch(options([crawl], out, resume=True))
    assert (again.done, again.skipped, again.exit_code) == (2, 2, 0)
    assert len(list(out.glob("*.txt"))) == 4 and manifest_rows(out).keys() == rows.keys()


def test_a_batch_killed_mid_archive_resumes_with_the_pages_left(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    count = 40
    write_archive(crawl, [f"{TITLES[n % 4]}（{n}）" for n in range(count)], front=False)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "convertkit.batch", str(crawl), "-o", str(out), "--to", "txt", "-j", "2",
               "--reader", "test_batch_warc:slow_reader", "--chunk-size", "4", "--progress", "none"]
    process = subprocess.Popen(command, env=subprocess_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while _ok_rows(out / "manifest.sqlite") < 8 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
        assert process.poll() is None, "the batch ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    recorded = _ok_rows(out / "manifest.sqlite")
    assert 8 <= recorded < count
    resumed = subprocess.run([*command, "--resume"], env=subprocess_env(), capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    summary = next(line for line in resumed.stderr.splitlines() if line.startswith("convertkit: batch:"))
    done, skipped = (int(part.split()[0]) for part in summary.split(": batch: ")[1].split(", ")[:2])
    assert skipped >= recorded and done + skipped == count
    assert _ok_rows(out / "manifest.sqlite") == count and len(list(out.glob("*.txt"))) == count


def test_the_archive_is_never_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    write_archive(crawl)
    read_bytes, load = storage.read_bytes, convertkit.sources.loading.load

    def refuse(reader):
        def read(location, *args, **kw):
            if "crawl.warc" in str(location):
                raise AssertionError(f"the archive was read whole: {location}")
            return reader(location, *args, **kw)
        return read

    monkeypatch.setattr(storage, "read_bytes", refuse(read_bytes))
    monkeypatch.setattr(convertkit.sources.loading, "load", refuse(load))
    monkeypatch.setattr(convertkit.api, "load", refuse(load))
    out = tmp_path / "out"
    report = run_batch(options([crawl], out), engine=InProcess(options([crawl], out).settings))
    assert (report.done, report.failed, report.not_articles) == (4, 0, 1)
    # A single-file command streams it too, whatever its size.
    monkeypatch.setattr(convertkit.sources.loading, "MAX_INPUT_BYTES", 100)
    assert len(list(convertkit.read_all(crawl))) == 4
    named_otherwise = tmp_path / "crawl-0001"
    write_archive(named_otherwise, gzipped=False)  # found by its first bytes
    assert len(list(convertkit.read_all(named_otherwise))) == 4
    assert len(list(iter_jobs([str(named_otherwise)]))) == 5
    pipe = tmp_path / "crawl-0002"
    os.mkfifo(pipe)
    assert [job.key for job in iter_jobs([str(pipe)])] == [str(pipe)]  # not opened: its job fails as before


def test_a_damaged_archive_fails_after_its_pages_and_never_stops_the_walk(tmp_path: Path) -> None:
    before, after = io.BytesIO(), io.BytesIO()
    write_archive(before, TITLES[:2], front=False)
    write_archive(after, TITLES[2:], front=False)
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(before.getvalue() + b"\x00 a damaged stretch, no record\r\n\r\n" + after.getvalue())
    (tmp_path / "other.warc.gz").write_bytes(b"")
    jobs = iter_jobs([str(crawl), str(tmp_path / "other.warc.gz")])
    first = next(jobs)  # lazily: a page before the damage is a job before the damage is met
    assert first.page and first.record is not None
    rest = list(jobs)
    assert [job.record for job in rest if job.page] == [7]  # the second page, then the damage
    failures = [job for job in rest if job.failure]
    assert [job.key for job in failures] == [str(crawl), str(tmp_path / "other.warc.gz")]
    assert "web archive" in failures[0].failure[1]  # where warcio met the damage
    assert failures[1].failure == ("EmptyInputError", "is empty")
    (tmp_path / "not.warc").write_bytes(b"just some text\r\n\r\n")
    out = tmp_path / "out"
    report = run_batch(options([tmp_path / "not.warc", crawl], out), engine=InProcess(options([], out).settings))
    errors = {json.loads(line)["input"]: json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()}
    assert errors[str(tmp_path / "not.warc")]["error_type"] == "InputError"
    assert "web archive" in errors[str(crawl)]["message"]
    assert (report.done, report.failed) == (2, 2)  # the pages before the damage are converted


def test_a_page_over_the_single_input_limit_fails_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    write_archive(crawl, [TITLES[0], TITLES[1] * 40], front=False)  # the second page is larger
    sizes = sorted(len(job.data or b"") for job in iter_jobs([str(crawl)]))
    monkeypatch.setattr(storage, "MAX_INPUT_BYTES", (sizes[0] + sizes[1]) // 2)
    small, large = iter_jobs([str(crawl)])
    assert small.data and not small.failure
    assert large.page and large.data is None and large.failure is not None and "too large" in large.failure[1]
    result = convert_chunk([large], Settings(outdir=str(tmp_path / "out"), formats=("txt",)))[0]
    assert (result.key, result.status, result.error_type) == (large.key, "failed", "InputError")


def test_an_archive_without_pages_is_one_failure(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc.gz"
    write_archive(crawl, titles=[], front=False)
    out = tmp_path / "out"
    report = run_batch(options([crawl], out), engine=InProcess(options([], out).settings))
    assert (report.done, report.failed) == (0, 1)
    (error,) = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert (error["input"], error["error_type"]) == (str(crawl), "NoArticleError")
    assert "captured no HTML page" in error["message"]


def test_chunks_that_carry_pages_close_at_a_byte_bound() -> None:
    jobs = [Job("crawl.warc.gz", record=n, data=b"x" * 3_000_000, part=PAGE) for n in range(1, 8)]
    assert [len(chunk) for chunk in chunked(jobs, 64)] == [2, 2, 2, 1]
    assert [len(chunk) for chunk in chunked([Job(f"{n}.txt") for n in range(20)], 64)] == [8, 12]
