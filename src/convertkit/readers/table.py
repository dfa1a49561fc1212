"""Crawler output as a table: CSV or TSV, a header row naming the columns, one article a row.

Spiders and news APIs are as often exported to a spreadsheet as to JSON (pandas' ``to_csv``, a
database client's export, Excel's "CSV UTF-8" with its byte-order mark, or GBK from a Chinese
Excel). A row is a record like a JSON object: its columns are found by the same names (title,
content, pub_time, 来源 …) and the ``fields`` option maps the rest, so each row goes through the
same record path as crawler JSON (``crawler_json.record_documents``). Paragraphs survive inside a
quoted cell, as the CSV format allows line breaks there.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..errors import MalformedInputError
from ..model import Document
from ..sources import decode
from .crawler_json import FIELD_CANDIDATES, Record, record_documents, resolve_fields

# A cell may hold a whole article; Python's csv refuses a field over 128 KiB by default.
_FIELD_LIMIT = 1 << 26
_DELIMITERS = (",", "\t", ";", "|")
_SNIFF_CHARS = 64 * 1024


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


def parse_rows(text: str, *, path: str | None = None, mapping: Mapping[str, str] | None = None) -> list[Record]:
    """The table's rows as records, keyed by the header row's names (blank rows left out)."""
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text, path))
    try:
        header = next(reader, None)
        if header is None or not _knows_a_column(header, mapping or {}):
            raise MalformedInputError(
                "is no table of articles: its first row names no title or text column "
                "(title, content, 标题, 正文 …; --field content=COLUMN names another)", path=path)
        header = [name.strip().lstrip("\ufeff") for name in header]
        records: list[Record] = []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            data: dict[str, Any] = {}
            for name, cell in zip(header, row, strict=False):
                if name and name not in data:  # a column named twice: the first one
                    data[name] = cell
            records.append(Record(len(records), data))
    except csv.Error as exc:
        raise MalformedInputError(f"is not a readable table: {exc}", path=path) from None
    return records


def read_csv_documents(data: bytes, *, path: str | None = None,
                       fields: Mapping[str, str] | Iterable[str] | str | None = None, **_: object) -> Iterator[Document]:
    """Every article row of a CSV or TSV table; rows without body text are skipped with a warning."""
    mapping = resolve_fields(fields)
    decoded = decode(data, path=path)
    records = parse_rows(decoded.text.lstrip("\ufeff"), path=path, mapping=mapping)
    yield from record_documents(records, mapping, path=path, encoding=decoded.encoding, format="csv",
                                kind="table row")
