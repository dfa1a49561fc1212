"""Web archives (WARC, ISO 28500; ``.warc`` and ``.warc.gz``), as Heritrix, Browsertrix,
Webrecorder, ``wget --warc-file`` and the Internet Archive write them: an archivist's crawl of
a news site, every page as it was served.

Each HTML page the archive captured (a ``response`` with status 200, or a ``resource``) is read
by the HTML reader, one document per page, in archive order; requests, metadata, revisits,
redirects, pictures and scripts are passed over. Pages that hold no article (a section front,
a search page) are skipped and told once per reason, as a crawler-JSON file's records are.
warcio reads the records: per-record gzip, chunked transfer and the page's content encoding.
The capture's ``WARC-Date`` is when the page was fetched, not published, and is not used; the
page's address is kept (and gives the day when the page states none).

An archivist's WARC is gigabytes, so an archive is read as a stream, a record at a time: the
reader takes an open file as well as bytes, and a batch cuts each page out as a job of its own
(``page_records``, ``page_bytes``), which this reader then reads as it would inside the archive.
"""

from __future__ import annotations

import dataclasses
import io
import logging
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, TypeVar

from ..errors import ConvertkitError, InputError, NoArticleError
from ..model import Document, Source

__all__ = ["page_bytes", "page_records", "read_warc_documents"]

T = TypeVar("T")

log = logging.getLogger("convertkit")

_PAGE_TYPES = ("text/html", "application/xhtml+xml")


def _content_type(value: str | None) -> tuple[str, str | None]:
    """``text/html; charset=GBK`` → (``text/html``, ``GBK``)."""
    if not value:
        return "", None
    kind, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, setting = param.partition("=")
        if name.strip().lower() == "charset":
            charset = setting.strip().strip("\"'") or None
    return kind.strip().lower(), charset


def _page_charset(record: Any) -> tuple[bool, str | None]:
    """(whether ``record`` is a captured HTML page, the charset its headers name)."""
    if record.rec_type == "response" and record.http_headers is not None:
        if record.http_headers.get_statuscode() != "200":
            return False, None
        kind, charset = _content_type(record.http_headers.get_header("Content-Type"))
    elif record.rec_type == "resource":
        kind, charset = _content_type(record.rec_headers.get_header("Content-Type"))
    else:
        return False, None
    return kind in _PAGE_TYPES, charset


def page_records(stream: BinaryIO, path: str | None, take: Callable[[Any], T]) -> Iterator[tuple[int, T, str | None]]:
    """(number, ``take(record)``, charset) of every captured HTML page in ``stream``, numbered from
    1 among the archive's records, read as a stream: one record at a time, whatever the
    archive's size. ``take`` reads what it needs of the warcio record (valid only then).

    An archive that cannot be read raises an InputError where the damage is met, after the
    pages before it."""
    from warcio.exceptions import ArchiveLoadFailed

    archived = told = False
    try:
        records = _quiet_iterator(stream)
        for number, record in enumerate(records, start=1):
            archived = archived or record.format.startswith("warc")
            told = _tell_damage(records, path, told) if archived else told
            page, charset = _page_charset(record)
            if page:
                yield number, take(record), charset
    except ArchiveLoadFailed as exc:
        raise InputError(f"is not a readable web archive: {str(exc).splitlines()[0]}", path=path) from None
    except Exception as exc:  # noqa: BLE001 - warcio meets a cut-off gzip member or a damaged header in many ways
        raise InputError(f"is a damaged web archive ({type(exc).__name__}: {exc})", path=path) from None
    if not archived:  # warcio takes any first line for an old ARC record's
        raise InputError("is not a web archive: it holds no WARC record", path=path)


def _quiet_iterator(stream: BinaryIO) -> Any:
    """warcio's ArchiveIterator, telling a record whose length is wrong (the bytes after it are
    not the blank lines that end a record: a cut or edited archive) as one warning in our log
    instead of the three lines and a dump of raw bytes warcio writes to stderr itself (see
    ``_tell_damage``)."""
    from warcio.archiveiterator import ArchiveIterator

    class Quiet(ArchiveIterator):  # type: ignore[misc]  # warcio is untyped
        damage: list[int]  # offsets of the records not followed by a blank line

        def _consume_blanklines(self) -> tuple[bytes | None, int]:
            # warcio's own loop (archiveiterator.py), with the warning logged, not printed
            empty_size = 0
            first_line = True
            while True:
                line = self.reader.readline()
                if len(line) == 0:
                    return None, empty_size
                if len(line.rstrip()) == 0 or first_line:
                    empty_size += len(line)
                    if len(line.rstrip()) != 0:
                        self.damage.append(self.fh.tell() - self.reader.rem_length() - empty_size)
                        self.err_count += 1
                    first_line = False
                    continue
                return line, empty_size

    iterator = Quiet(stream)
    iterator.damage = []
    return iterator


def _tell_damage(iterator: Any, path: str | None, told: bool) -> bool:
    """Warn once about a record whose length is wrong, when the record after it still reads (an
    archive that fails to read says so in its error alone); True once told."""
    if iterator.damage and not told:
        log.warning("%s: a record of the archive is not followed by a blank line at byte %d (its Content-Length "
                    "is wrong, or the archive was cut): read on from there", path or "<input>", iterator.damage[0])
        return True
    return told


def page_bytes(record: Any) -> bytes:
    """One page record alone, as an uncompressed web archive of that one record: its WARC
    headers, its HTTP headers and its payload as it was served (still chunked or compressed),
    so that reading it gives what reading the page inside its archive gives. A batch's job for
    one page of a large archive carries these bytes (``batch.inputs``)."""
    block = record.http_headers.to_bytes() if record.http_headers is not None else b""
    block += record.raw_stream.read()
    head = [record.rec_headers.protocol or "WARC/1.0",
            *(f"{name}: {value}" for name, value in record.rec_headers.headers if name.lower() != "content-length"),
            f"Content-Length: {len(block)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


def _address_and_payload(record: Any) -> tuple[str | None, bytes]:
    return record.rec_headers.get_header("WARC-Target-URI"), record.content_stream().read()


def _pages(data: bytes | BinaryIO, path: str | None) -> Iterator[tuple[int, str | None, bytes, str | None]]:
    """(number, address, payload, charset) of every captured HTML page."""
    stream = io.BytesIO(data) if isinstance(data, bytes | bytearray | memoryview) else data
    for number, (address, payload), charset in page_records(stream, path, _address_and_payload):
        yield number, address, payload, charset


def _page_document(payload: bytes, charset: str | None, address: str | None, number: int,
                   path: str | None) -> Document:
    from ..structure.build import build_document
    from .html import extract_html
    from .html_meta import page_in_utf8

    extract = extract_html(page_in_utf8(payload, charset), path=path)
    hints = extract.hints
    if address and address.startswith(("http://", "https://")) and not hints.url:
        hints = dataclasses.replace(hints, url=address)
    source = Source(path=path, encoding=extract.encoding, format="warc", url=hints.url or address, record=number)
    return build_document(list(extract.lines), hints, source)


def read_warc_documents(data: bytes | BinaryIO, *, path: str | None = None, record: int | None = None,
                        **_: object) -> Iterator[Document]:
    """One document per captured page that holds an article, lazily, in archive order.

    ``data`` may be an open binary file instead of bytes: the archive is then read as a stream,
    a record at a time, so that its size does not matter (an archivist's WARC is gigabytes).
    ``record``: ``data`` is one page cut out of a larger archive (``page_bytes``, a batch's job),
    its record number there. The page is numbered so, and a page that holds no article is its
    own error, naming it ``path#R<record>`` and its address, instead of a skipped page.
    """
    from .crawler_json import record_numbers

    shown = path or "<input>"
    skipped: dict[str, list[int]] = {}
    pages = produced = 0
    for number, address, payload, charset in _pages(data, path):
        pages += 1
        if record is not None:
            number += record - 1
        try:
            document = _page_document(payload, charset, address, number, path)
        except ConvertkitError as exc:  # no article, or a page that cannot be decoded: not the archive's end
            if record is not None:
                exc.path = f"{shown}#R{number}"
                exc.message = f"{exc.message} ({address})" if address else exc.message
                exc.args = (exc.message,)
                raise
            skipped.setdefault(exc.message, []).append(number)
            continue
        produced += 1
        yield document
    for reason, numbers in skipped.items():
        log.warning("%s: %d page(s) skipped, %s (record %s)", shown, len(numbers), reason, record_numbers(numbers))
    if pages == 0:
        raise NoArticleError("holds no article: the archive captured no HTML page", path=path)
    if produced == 0:
        raise NoArticleError(f"holds no article: none of its {pages} captured page(s) is an article", path=path)
