"""Format adapters: bytes in, ``Document``s out, through ``Line``s, ``Hints`` and the news rules.

Readers know formats (plain text, saved HTML pages, crawler JSON), never news conventions: those
live in ``structure``. One input may hold several articles (JSON Lines), so readers yield.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..errors import UsageError
from ..model import Document

# format -> "module:function"; each function takes (data, *, path, **options) and yields Documents.
READERS: dict[str, str] = {
    "text": "convertkit.readers.text:read_text_documents",
    "html": "convertkit.readers.html:read_html_documents",
    "json": "convertkit.readers.crawler_json:read_json_documents",
    "doclist": "convertkit.readers.doclist:read_doclist_documents",  # Sogou <doc> lists, RSS/RDF/Atom feeds
    "mhtml": "convertkit.readers.mhtml:read_mhtml_documents",  # a page saved as one file (.mht, .mhtml)
    "webarchive": "convertkit.readers.webarchive:read_webarchive_documents",  # a page Safari saved (.webarchive)
    "enex": "convertkit.readers.enex:read_enex_documents",  # an Evernote export (.enex): a document per note
    "warc": "convertkit.readers.warc:read_warc_documents",  # a web archive's captured pages (.warc, .warc.gz)
    "csv": "convertkit.readers.table:read_csv_documents",  # crawler output as a table (.csv, .tsv): a row an article
}

_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta ", b"<div", b"<p>", b"<article")


def _is_atom(head: bytes) -> bool:
    """An Atom feed (0.3 or 1.0): a ``<feed>`` root in Atom's namespace, or one holding entries,
    before any ``<html>`` (a page that quotes a feed is a page)."""
    at = head.find(b"<feed")
    if at == -1 or head[at + 5 : at + 6] not in (b" ", b">", b"\t", b"\r", b"\n"):
        return False
    page = head.find(b"<html")
    if page != -1 and page < at:
        return False
    return b"purl.org/atom" in head or b"w3.org/2005/atom" in head or b"<entry" in head


# One feed entry saved on its own (an RSS <item>, an Atom <entry>, a NewsML-G2 <newsItem>): the
# document's root, after the XML declaration, comments and a doctype.
_ENTRY_ROOT_RE = re.compile(rb"^(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!doctype[^>]*>\s*)*"
                            rb"<(?:[a-z][\w.-]*:)?(?:item|entry|newsitem)[\s>]", re.DOTALL)


def _is_mhtml(head: bytes) -> bool:
    """A page saved as one MIME file (Chrome's ``From: <Saved by Blink>``, IE's web archive)."""
    if not head.startswith((b"from:", b"mime-version:", b"snapshot-content-location:", b"subject:",
                            b"date:", b"content-type:", b"message-id:", b"x-")):
        return False
    from .mhtml import looks_like_mhtml

    return looks_like_mhtml(head)


def _opens_json(head: bytes) -> bool:
    """``{"`` or ``[{``, ``["``, ``[1`` …: the start of a JSON value. A bracket alone is not: a
    markdown page converted from the web opens with ``[![logo](…)](…)`` or ``[首页](…)``."""
    if head[:1] not in (b"{", b"["):
        return False
    rest = head[1:].lstrip(b" \t\r\n")
    if not rest:
        return True
    follows = rest[:1]
    if head[:1] == b"{":
        return follows in (b'"', b"}")
    return follows in (b"{", b"[", b'"', b"]", b"-", b"t", b"f", b"n") or follows.isdigit()


# A header row's cells are column names, never this long.
_COLUMN_NAME_MAX = 40
_HEADER_BYTES = 2048


def _header_text(head: bytes) -> str | None:
    """The first line of ``head`` as text, by its byte order mark (UTF-16 or UTF-8), else as
    UTF-8 or GB18030 (a GBK export); None when it reads as neither."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec, body = "utf-16", head
    else:
        codec, body = "utf-8", head.removeprefix(b"\xef\xbb\xbf")
    for name in (codec, "gb18030"):
        try:
            text = body.decode(name, errors="strict" if name != "utf-16" else "ignore")
        except UnicodeDecodeError:
            continue
        return text.lstrip("\ufeff").split("\n", 1)[0].strip("\r")
    return None


def _is_tab_table(head: bytes) -> bool:
    """A table saved as text: Excel's "Unicode Text" and "Text (Tab delimited)" write a sheet to a
    .txt file (UTF-16 with a byte order mark, or the system's code page), a header row of
    tab-separated column names first. It counts as a crawler table only when that row names
    both a title and a text column (标题 and 正文, title and content), which no article's
    first line does."""
    if b"\t" not in head[:_HEADER_BYTES] and b"\t\x00" not in head[:_HEADER_BYTES]:
        return False
    header = _header_text(head[:_HEADER_BYTES])
    if header is None or "\t" not in header:
        return False
    names = {cell.strip().strip('"').lower() for cell in header.split("\t")}
    if any(len(name) > _COLUMN_NAME_MAX for name in names):
        return False
    from .crawler_json import FIELD_CANDIDATES  # only a first line with tabs pays the import

    return bool(names & set(FIELD_CANDIDATES["title"])) and bool(names & set(FIELD_CANDIDATES["content"]))


def sniff_format(data: bytes, path: str | None = None) -> str:
    """Tell text, HTML and JSON apart by suffix first, then by the first bytes."""
    suffix = (path or "").lower().rsplit(".", 1)[-1] if path and "." in path else ""
    if suffix in {"html", "htm", "xhtml", "shtml"}:
        return "html"
    if suffix in {"json", "jsonl", "ndjson"}:
        return "json"
    if suffix in {"mht", "mhtml"}:
        return "mhtml"
    if suffix in {"csv", "tsv"}:
        return "csv"
    if suffix == "webarchive" or data[:8] == b"bplist00":  # Safari's page: a binary property list
        return "webarchive"
    if suffix == "warc" or (path or "").lower().endswith(".warc.gz"):
        return "warc"
    if suffix == "enex":
        return "enex"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/1."):
        return "warc"
    if _is_mhtml(head):
        return "mhtml"
    if head.startswith(b"<") and b"<en-export" in head[:1024]:  # Evernote's export, named otherwise
        return "enex"
    if suffix not in {"md", "markdown"} and _opens_json(head):
        return "json"
    if head.startswith(b"<") and (b"<doc>" in head or b"<rss" in head or b"<rdf:rdf" in head or _is_atom(head)
                                  or _ENTRY_ROOT_RE.match(head)):
        return "doclist"
    if head.startswith(b"<") and any(marker in head for marker in _HTML_MARKERS):
        return "html"
    if suffix in {"", "txt", "text"} and _is_tab_table(data[:_HEADER_BYTES]):
        return "csv"
    return "text"


# Formats whose reader also takes an open binary file and reads it as a stream, a record at a
# time: a web archive is gigabytes, never read whole, and so is a crawl's JSON or CSV export.
STREAMED = frozenset({"warc", "json", "csv"})


def read_documents(data: bytes | BinaryIO, *, path: str | None = None, format: str | None = None,
                   **options: Any) -> Iterator[Document]:
    """Every article in ``data``; ``format`` is sniffed when not given (by ``path`` alone for an
    open file, which only the ``STREAMED`` formats' readers take)."""
    streamed = not isinstance(data, bytes | bytearray | memoryview)
    name = format or sniff_format(b"" if streamed else data, path)
    if name not in READERS:
        raise UsageError(f"unknown input format {name!r} (known: {', '.join(READERS)})")
    if streamed and name not in STREAMED:
        raise UsageError(f"{name} input is read from its bytes, not from an open file", path=path)
    target = READERS[name]
    function = _LOADED.get(target)
    if function is None:
        module_name, _, function_name = target.partition(":")
        if importlib.util.find_spec(module_name) is None:
            raise UsageError(f"{name} input is not supported yet", path=path)
        function = _LOADED[target] = getattr(importlib.import_module(module_name), function_name)
    yield from function(data, path=path, **options)


# Each reader's function, found once: a batch reads thousands of inputs, and the import
# system's look-ups (find_spec, import_module) cost more than sniffing the format does.
_LOADED: dict[str, Any] = {}
