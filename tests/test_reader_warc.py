"""Web archives (WARC): an archivist's crawl of a news site, written here with warcio's own
writer the way crawlers write one (request and response pairs, redirects, pictures, a section
front, a revisit, per-record gzip), around invented news pages."""

from __future__ import annotations

import contextlib
import gzip
import io
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from convertkit import read_all
from convertkit.errors import ConvertkitError, InputError, NoArticleError
from convertkit.readers import sniff_format
from test_reader_html import synthetic

FRONT = ("<html><head><title>国际频道_某某网</title></head><body><ul>"
         + "".join(f'<li><a href="/2024/0305/c{n}.html">国际新闻标题第{n}条</a></li>' for n in range(30))
         + "</ul></body></html>").encode()


def archive(*, gzipped: bool = True, pages: list[tuple[str, bytes, str]] | None = None) -> bytes:
    """A crawl: each page as request + response; a redirect, a picture, a revisit and a
    section front between them. ``pages``: (address, body, content type)."""
    pages = pages if pages is not None else [
        ("https://www.example.cn/2024/0305/c1001-1.html", synthetic(), "text/html; charset=utf-8"),
        ("https://www.example.cn/world/", FRONT, "text/html"),
        ("https://www.example.cn/2024/0306/c1001-2.html",
         synthetic("春季农业生产全面展开").decode().replace('<meta charset="utf-8">', "").encode("gb18030"),
         "text/html; charset=GBK"),
    ]
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test-crawler/1.0"}))

    def response(address: str, body: bytes, kind: str, status: str = "200 OK", extra: list | None = None) -> None:
        request = writer.create_warc_record(address, "request", payload=io.BytesIO(b""),
                                            http_headers=StatusAndHeaders(f"GET {address} HTTP/1.1", [("Host", "www.example.cn")],
                                                                          is_http_request=True))
        writer.write_record(request)
        headers = StatusAndHeaders(status, [("Content-Type", kind), *(extra or [])], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(address, "response", payload=io.BytesIO(body), http_headers=headers))

    response("https://www.example.cn/old", b"", "text/html", "301 Moved Permanently",
             [("Location", "https://www.example.cn/")])
    for address, body, kind in pages:
        response(address, body, kind)
        response(address.replace(".html", ".jpg"), b"\xff\xd8\xff\xe0JFIF", "image/jpeg")
        writer.write_record(writer.create_revisit_record(address, digest="sha1:AAAA", refers_to_uri=address,
                                                         refers_to_date="2024-03-05T01:00:00Z"))
    return out.getvalue()


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
def test_every_captured_article_is_a_document_in_archive_order(gzipped: bool, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        docs = list(read_all(archive(gzipped=gzipped), format="warc" if gzipped else None))  # bytes have no name
    assert [doc.meta.title for doc in docs] == ["全国人大二次会议在京开幕", "春季农业生产全面展开"]
    first, second = docs
    assert first.meta.source.format == "warc"
    assert first.meta.source.url == "https://www.example.cn/2024/0305/c1001-1.html"
    assert first.meta.published == "2024-03-05T08:30+08:00"  # the page's own time, not the capture's
    assert first.meta.source.record < second.meta.source.record  # numbered among the archive's records
    assert any(block.kind == "lead" and "十四届全国人大二次会议" in block.text for block in first.blocks)
    assert any("春季" in doc.meta.title for doc in docs)  # the GBK page, labelled only by the HTTP header
    assert "1 page(s) skipped" in caplog.text  # the section front, told once


def test_sniffing_a_web_archive() -> None:
    assert sniff_format(archive(gzipped=False)) == "warc"
    assert sniff_format(b"\x1f\x8b\x08\x00", "site-20240305.warc.gz") == "warc"
    assert sniff_format(b"anything", "crawl.WARC") == "warc"
    assert sniff_format(b"\x1f\x8b\x08\x00", "notes.txt.gz") != "warc"


def test_an_archive_without_articles_or_pages_is_one_clear_error() -> None:
    with pytest.raises(NoArticleError, match="none of its 1 captured page"):
        list(read_all(archive(pages=[("https://www.example.cn/world/", FRONT, "text/html")]), format="warc"))
    with pytest.raises(NoArticleError, match="captured no HTML page"):
        list(read_all(archive(pages=[]), format="warc"))


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
def test_a_damaged_archive_is_an_input_error_not_a_traceback(gzipped: bool) -> None:
    whole = archive(gzipped=gzipped)
    for cut in range(40, len(whole), 151):  # cut anywhere: inside a header, a gzip member, a payload
        for damaged in (whole[:cut], whole[:cut] + b"\x00garbage\r\n\r\n" + whole[cut:]):
            with contextlib.suppress(ConvertkitError):  # a clear error, or the pages before the cut read
                list(read_all(damaged, format="warc"))
    with pytest.raises(InputError, match="web archive"):
        list(read_all(gzip.compress(b"not a warc at all\r\n\r\n"), format="warc"))


def test_a_record_of_the_wrong_length_is_one_warning_not_warcio_s_dump(capfd, caplog) -> None:  # type: ignore[no-untyped-def]
    """warcio prints three lines and the raw bytes to stderr for a record not followed by a blank
    line; the user gets one warning line instead, and none when the file is no archive at all."""
    whole = archive(gzipped=False)
    start = whole.index(b"Content-Length: ", whole.index(b"WARC-Type: response"))
    end = whole.index(b"\r\n", start)
    short = whole[:start] + b"Content-Length: " + str(int(whole[start + 16:end]) - 10).encode() + whole[end:]
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        docs = list(read_all(short, format="warc"))
    assert [doc.meta.title for doc in docs] == ["全国人大二次会议在京开幕", "春季农业生产全面展开"]
    assert capfd.readouterr().err == ""
    assert caplog.text.count("is not followed by a blank line") == 1
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="convertkit"), pytest.raises(InputError, match="web archive"):
        list(read_all("新华社北京电\n会议指出，要坚持稳中求进。\n".encode() * 3, format="warc"))
    assert capfd.readouterr().err == "" and "blank line" not in caplog.text


def test_the_command_line_packs_an_archive_and_the_batch_takes_it(tmp_path: Path) -> None:
    crawl = tmp_path / "in" / "crawl.warc.gz"
    crawl.parent.mkdir()
    crawl.write_bytes(archive())
    out = tmp_path / "all.txt"
    result = subprocess.run([sys.executable, "-m", "convertkit", "to-txt", str(crawl), "-o", str(out)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "全国人大二次会议在京开幕" in text and "春季农业生产全面展开" in text

    from convertkit.batch.inputs import iter_jobs

    jobs = list(iter_jobs([str(tmp_path / "in")]))  # a job per captured page (tests/test_batch_warc.py)
    assert [(Path(job.source).name, job.page) for job in jobs] == [("crawl.warc.gz", True)] * 3


def test_a_charset_label_with_a_nul_in_it_is_no_label() -> None:
    """A damaged HTTP header's charset (gb\\x00k) once stopped the archive with a ValueError."""
    from convertkit.sources import canonical_codec

    assert canonical_codec("gb\x00k") is None
    assert canonical_codec("GBK") == "gb18030"


def test_an_open_archive_is_read_as_a_stream_and_only_an_archive(tmp_path: Path) -> None:
    from convertkit.errors import UsageError
    from convertkit.readers import read_documents

    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(archive())
    with crawl.open("rb") as handle:
        streamed = list(read_documents(handle, path=str(crawl)))  # the format from the name
    assert streamed == list(read_documents(crawl.read_bytes(), path=str(crawl)))
    with crawl.open("rb") as handle, pytest.raises(UsageError, match="not from an open file"):
        list(read_documents(handle, path="page.html"))


def test_sniffing_for_an_archive_never_reads_from_a_pipe(tmp_path: Path) -> None:
    """A path is peeked at for a WARC's first bytes only when it is a regular file: a pipe named
    as an input is refused at once, as before, not read (or waited on) first."""
    import os
    import threading

    from convertkit.errors import NotAFileError

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            list(read_all(fifo))
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=5)
    blocked = reader.is_alive()
    if blocked:  # waiting on the pipe: let it go, and fail
        with open(fifo, "wb"):
            pass
        reader.join(timeout=10)
    assert not blocked
    assert len(outcome) == 1 and isinstance(outcome[0], NotAFileError), outcome
