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
"""

from __future__ import annotations

import dataclasses
import io
import logging
from collections.abc import Iterator

from ..errors import ConvertkitError, InputError, NoArticleError
from ..model import Document, Source

__all__ = ["read_warc_documents"]

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


def _pages(data: bytes, path: str | None) -> Iterator[tuple[int, str | None, bytes, str | None]]:
    """(number, address, payload, charset) of every captured HTML page, numbered from 1 among
    the archive's records."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    archived = False
    try:
        for number, record in enumerate(ArchiveIterator(io.BytesIO(data)), start=1):
            archived = archived or record.format.startswith("warc")
            if record.rec_type == "response" and record.http_headers is not None:
                if record.http_headers.get_statuscode() != "200":
                    continue
                kind, charset = _content_type(record.http_headers.get_header("Content-Type"))
            elif record.rec_type == "resource":
                kind, charset = _content_type(record.rec_headers.get_header("Content-Type"))
            else:
                continue
            if kind not in _PAGE_TYPES:
                continue
            payload = record.content_stream().read()
            yield number, record.rec_headers.get_header("WARC-Target-URI"), payload, charset
    except ArchiveLoadFailed as exc:
        raise InputError(f"is not a readable web archive: {str(exc).splitlines()[0]}", path=path) from None
    except Exception as exc:  # noqa: BLE001 - warcio meets a cut-off gzip member or a damaged header in many ways
        raise InputError(f"is a damaged web archive ({type(exc).__name__}: {exc})", path=path) from None
    if not archived:  # warcio takes any first line for an old ARC record's
        raise InputError("is not a web archive: it holds no WARC record", path=path)


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


def read_warc_documents(data: bytes, *, path: str | None = None, **_: object) -> Iterator[Document]:
    """One document per captured page that holds an article, lazily, in archive order."""
    from .crawler_json import record_numbers

    shown = path or "<input>"
    skipped: dict[str, list[int]] = {}
    pages = produced = 0
    for number, address, payload, charset in _pages(data, path):
        pages += 1
        try:
            document = _page_document(payload, charset, address, number, path)
        except ConvertkitError as exc:  # no article, or a page that cannot be decoded: not the archive's end
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
