"""XML-ish document lists: Sogou news corpora (``<doc><contenttitle>…``) and RSS/RDF feeds.

Both are crawler output in markup form: one record per ``<doc>`` or ``<item>``, with a title, a
link, a date and the text. They are rarely well-formed (the Sogou dumps are cut mid-list, carry
raw ``&`` and have no closing root; feeds wrap text in CDATA or escaped HTML), so records are cut
out with patterns rather than an XML parser, and each one goes through the same record path as
crawler JSON: same field detection, same furniture trimming, same news rules.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterator
from typing import Any

from .. import regex_cache
from ..errors import NoArticleError
from ..model import Document, Source
from ..sources import decode
from .crawler_json import Record, RecordInput, build_records, record_input, record_numbers, resolve_fields

log = logging.getLogger("convertkit")

_XML_ENCODING_RE = regex_cache.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-]+)["']""")
_RECORD_RE = regex_cache.compile(r"<(doc|item)\b[^>]*>(.*?)(?:</\1\s*>|(?=<\1\b)|\Z)", re.DOTALL | re.IGNORECASE)
_FIELD_RE = regex_cache.compile(r"<([A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)\b[^>]*>(.*?)</\1?\2\s*>", re.DOTALL)
_UNCLOSED_CONTENT_RE = regex_cache.compile(r"<(?:content|description)\b[^>]*>((?:(?!</).)*)\Z", re.DOTALL | re.IGNORECASE)
_CDATA_RE = regex_cache.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_TAG_RE = regex_cache.compile(r"<[^>]+>")
_BLOCK_TAG_RE = regex_cache.compile(r"<(?:br|/p|/div|/li|/h[1-6])\b[^>]*>", re.IGNORECASE)

# Element names of the two families, mapped to record fields crawler_json understands.
_FIELD_NAMES = {
    "contenttitle": "title", "title": "title",
    "content": "content", "description": "content", "encoded": "content",
    "url": "url", "link": "url",
    "pubdate": "time", "date": "time", "published": "time",
    "creator": "author", "author": "author",
    "source": "source",
}


def _text(value: str) -> str:
    """Element content as plain text: CDATA opened, entities decoded, markup reduced to line breaks."""
    value = _CDATA_RE.sub(lambda match: match.group(1), value)
    if "&lt;" in value and "&gt;" in value:  # escaped HTML inside a feed description
        value = html.unescape(value)
    value = _BLOCK_TAG_RE.sub("\n", value)
    value = _TAG_RE.sub("", value)
    return html.unescape(value).strip()


def parse_doclist(text: str) -> list[Record]:
    """Every ``<doc>``/``<item>`` as a record dict, in order; a cut-off last record is kept as far as it goes."""
    records: list[Record] = []
    for match in _RECORD_RE.finditer(text):
        fields: dict[str, Any] = {}
        for field in _FIELD_RE.finditer(match.group(2)):
            name = _FIELD_NAMES.get(field.group(2).lower())
            if name and name not in fields:
                fields[name] = _text(field.group(3))
        if "content" not in fields:  # a file cut inside the last record's text
            unclosed = _UNCLOSED_CONTENT_RE.search(match.group(2))
            if unclosed:
                fields["content"] = _text(unclosed.group(1))
        if fields:
            records.append(Record(len(records), fields))
    return records


def read_doclist_documents(data: bytes, *, path: str | None = None, **_: object) -> Iterator[Document]:
    """One document per record with body text; the others are skipped with one warning."""
    declared = _XML_ENCODING_RE.search(data[:512])
    decoded = decode(data, declared=declared.group(1).decode("ascii") if declared else None, path=path)
    records = parse_doclist(decoded.text)
    shown = path or "<input>"
    mapping = resolve_fields(None)
    inputs = [(record, record_input(record, mapping)) for record in records]
    usable = [item for _, item in inputs if item is not None]
    if not usable:
        raise NoArticleError(f"holds no article: {len(records)} listed document(s), none with body text", path=path)
    skipped = [record.index + 1 for record, item in inputs if item is None]
    if skipped:
        log.warning("%s: %d listed document(s) without body text skipped (record %s)", shown, len(skipped),
                    record_numbers(skipped))

    def source(item: RecordInput) -> Source:
        return Source(path=path, encoding=decoded.encoding, format="xml", url=item.url, record=item.index + 1)

    yield from build_records(usable, source, path=path, listed=f"{len(records)} listed document(s)")
