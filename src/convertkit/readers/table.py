"""Crawler output as a table: CSV or TSV, a header row naming the columns, one article a row.

Spiders and news APIs are as often exported to a spreadsheet as to JSON (pandas' ``to_csv``, a
database client's export, Excel's "CSV UTF-8" with its byte-order mark, or GBK from a Chinese
Excel). A row is a record like a JSON object: its columns are found by the same names (title,
content, pub_time, 来源 …) and the ``fields`` option maps the rest, so each row goes through the
same record path as crawler JSON (``crawler_json.record_documents``). Paragraphs survive inside a
quoted cell, as the CSV format allows line breaks there.

A table of a whole crawl is gigabytes, so an open file is read a row at a time (``open_table``,
``table_rows``):
its encoding and delimiter are found from its opening, and only one row is held at a time.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, BinaryIO, TextIO

from ..errors import InputError, MalformedInputError
from ..model import Document
from ..sources import canonical_codec, decode
from .crawler_json import FIELD_CANDIDATES, Record, record_documents, resolve_fields

# A cell may hold a whole article; Python's csv refuses a field over 128 KiB by default.
_FIELD_LIMIT = 1 << 26
_DELIMITERS = (",", "\t", ";", "|")
_SNIFF_CHARS = 64 * 1024
# What an open table's encoding and delimiter are told from: its first rows, cut at a line end.
_OPENING_BYTES = 256 * 1024


def _delimiter(text: str, path: str | None) -> str:
    """The table's delimiter: a tab for a .tsv, else what csv's sniffer finds in the first rows,
    else the one the header row holds most of (a comma when it holds none)."""
    if (path or "").lower().endswith((".tsv", ".tab")):
        return "\t"
    try:
        return csv.Sniffer().sniff(text[:_SNIFF_CHARS], delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        header = text.split("\n", 1)[0]
        return max(_DELIMITERS, key=header.count) if any(mark in header for mark in _DELIMITERS) else ","


def _knows_a_column(header: Iterable[str], mapping: Mapping[str, str]) -> bool:
    """Whether the header names a title or a text column, by a common name or the mapping."""
    names = {name.strip().lower() for name in header}
    wanted = {*FIELD_CANDIDATES["title"], *FIELD_CANDIDATES["content"], *(key.lower() for key in mapping.values())}
    return bool(names & wanted)


def table_rows(lines: Iterable[str], delimiter: str, *, path: str | None = None,
               mapping: Mapping[str, str] | None = None) -> Iterator[tuple[int, list[str], list[str]]]:
    """(row number, header, row) for every row that holds something, as the rows come; the
    number counts the rows under the header from 1, blank ones too, so that it names the same
    row however the table is read. Raises MalformedInputError for a header that names no
    title or text column, or for a table damaged where the reading reaches it."""
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = next(reader, None)
        if header is None or not _knows_a_column(header, mapping or {}):
            raise MalformedInputError(
                "is no table of articles: its first row names no title or text column "
                "(title, content, 标题, 正文 …; --field content=COLUMN names another)", path=path)
        header = [name.strip().lstrip("\ufeff") for name in header]
        for number, row in enumerate(reader, start=1):
            if any(cell.strip() for cell in row):
                yield number, header, row
    except csv.Error as exc:
        raise MalformedInputError(f"is not a readable table: {exc}", path=path) from None


def _records(rows: Iterable[tuple[int, list[str], list[str]]]) -> Iterator[Record]:
    """Rows as records keyed by the header's names (a column named twice: the first one)."""
    for index, (_, header, row) in enumerate(rows):
        data: dict[str, Any] = {}
        for name, cell in zip(header, row, strict=False):
            if name and name not in data:
                data[name] = cell
        yield Record(index, data)


def parse_rows(text: str, *, path: str | None = None, mapping: Mapping[str, str] | None = None) -> list[Record]:
    """The table's rows as records, keyed by the header row's names (blank rows left out)."""
    lines = io.StringIO(text, newline="")
    return list(_records(table_rows(lines, _delimiter(text, path), path=path, mapping=mapping)))


def names_article_columns(opening: bytes, path: str | None = None) -> bool:
    """Whether a table's first bytes show a header naming a title or text column: a folder walk
    takes a crawler's table and leaves a manifest or a statistics sheet beside it alone. Bytes
    that do not decode say yes, so that the table's reading reports what is wrong with it."""
    cut = opening.rfind(b"\n") + 1 or len(opening)
    try:
        text = decode(opening[:cut], path=path).text.lstrip("\ufeff")
        header = next(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text, path)), [])
    except (InputError, csv.Error):
        return True
    return _knows_a_column(header, {})


def open_table(handle: BinaryIO, path: str | None = None) -> tuple[TextIO, str, str]:
    """An open table as (text stream from its start, encoding, delimiter), told from its opening
    (``sources.decode``'s guess over the first rows). Bytes past the opening that the encoding
    cannot decode become U+FFFD, as a damaged character does in a file read whole."""
    opening = handle.read(_OPENING_BYTES)
    cut = opening.rfind(b"\n") + 1 if len(opening) == _OPENING_BYTES else len(opening)
    decoded = decode(opening[:cut] or opening, path=path)
    codec = canonical_codec(decoded.encoding) or "utf-8"
    if codec.replace("_", "-").lower() in ("utf-8", "utf8"):
        codec = "utf-8-sig"  # Excel's "CSV UTF-8" opens with a byte-order mark
    handle.seek(0)
    # newline="": line ends are left to csv, which keeps a quoted cell's own line breaks.
    text = io.TextIOWrapper(handle, encoding=codec, errors="replace", newline="")
    return text, decoded.encoding, _delimiter(decoded.text, path)


def read_csv_documents(data: bytes | BinaryIO, *, path: str | None = None,
                       fields: Mapping[str, str] | Iterable[str] | str | None = None,
                       delimiter: str | None = None, **_: object) -> Iterator[Document]:
    """Every article row of a CSV or TSV table; rows without body text are skipped with a warning.
    An open file is read a row at a time. ``delimiter`` skips the sniffing (a batch's row job)."""
    mapping = resolve_fields(fields)
    if isinstance(data, bytes | bytearray | memoryview):
        decoded = decode(bytes(data), path=path)
        text = decoded.text.lstrip("\ufeff")
        lines: Iterable[str] = io.StringIO(text, newline="")
        encoding, found = decoded.encoding, delimiter or _delimiter(text, path)
    else:
        lines, encoding, found = open_table(data, path)
        found = delimiter or found
    rows = table_rows(lines, found, path=path, mapping=mapping)
    yield from record_documents(_records(rows), mapping, path=path, encoding=encoding, format="csv",
                                kind="table row")
