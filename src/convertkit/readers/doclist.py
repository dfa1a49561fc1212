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
_RECORD_OPEN_RE = regex_cache.compile(r"<(doc|item)\b[^>]*>", re.IGNORECASE)
_FIELD_RE = regex_cache.compile(r"<([A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)\b[^>]*>(.*?)</\1?\2\s*>", re.DOTALL)
_FIELD_OPEN_RE = regex_cache.compile(r"<[A-Za-z][^>]*>")
_CLOSE_TAG_RE = regex_cache.compile(r"</([A-Za-z][\w.:-]*)\s*>")
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


# These files are rarely well-formed, and a pattern tried at every ``<`` of a long stretch with no
# ``>`` (or no closing tag) after it scanned to the end each time: 40 KB of ``<a>`` took 2.4 s, a
# megabyte would take half an hour. Each search below is confined to where a match can end (the
# last ``>``, the last closing tag), and an element is tried only when a closing tag of one of its
# possible names follows it, so the records and fields found are the patterns' own.


def _sub_tags(pattern: re.Pattern[str], replacement: str, value: str) -> str:
    """``pattern.sub`` for a pattern whose every match ends with ``>``: nothing after the last one."""
    end = value.rfind(">") + 1
    return pattern.sub(replacement, value[:end]) + value[end:] if end else value


def _text(value: str) -> str:
    """Element content as plain text: CDATA opened, entities decoded, markup reduced to line breaks."""
    value = _CDATA_RE.sub(lambda match: match.group(1), value)
    if "&lt;" in value and "&gt;" in value:  # escaped HTML inside a feed description
        value = html.unescape(value)
    value = _sub_tags(_BLOCK_TAG_RE, "\n", value)
    value = _sub_tags(_TAG_RE, "", value)
    return html.unescape(value).strip()


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _closable(tag: str, start: int, last_close: dict[str, int]) -> bool:
    """Whether the element opened by ``tag`` (``<name …>``, at ``start``) can match ``_FIELD_RE``:
    a closing tag ``</name>`` or ``</prefix:name>`` of a name its pattern can read follows it."""
    after = start + len(tag)
    token = re.match(r"[\w.:-]*", tag[1:]).group(0)  # type: ignore[union-attr]
    heads = [0]
    colon = token.find(":")
    if colon > 0:
        heads.append(colon + 1)
    for head in heads:
        for end in range(head + 1, len(token) + 1):
            name = token[head:end]
            if ":" in name:
                break
            following = tag[1 + end]
            if _is_word(name[-1]) == _is_word(following):  # no \b after the name here
                continue
            for spelled in (name, token[:end]):
                if last_close.get(spelled, -1) >= after:
                    return True
    return False


def _fields(body: str) -> Iterator[re.Match[str]]:
    """``_FIELD_RE.finditer(body)``, without its quadratic tries."""
    last_close: dict[str, int] = {}
    for close in _CLOSE_TAG_RE.finditer(body):
        last_close[close.group(1)] = close.start()
    if not last_close:
        return
    end = body.rfind(">", 0, max(last_close.values())) + 1  # an element opens before its closing tag
    position = 0
    while (opening := _FIELD_OPEN_RE.search(body, position, end)) is not None:
        if _closable(opening.group(0), opening.start(), last_close):
            match = _FIELD_RE.match(body, opening.start())
            if match is not None:
                yield match
                position = match.end()
                continue
        position = opening.start() + 1


def _records(text: str) -> Iterator[re.Match[str]]:
    """``_RECORD_RE.finditer(text)``: a record opens only before the last ``>``, and one that
    opens always matches (it may run to the end of the text)."""
    end = text.rfind(">") + 1
    position = 0
    while (opening := _RECORD_OPEN_RE.search(text, position, end)) is not None:
        match = _RECORD_RE.match(text, opening.start())
        assert match is not None
        yield match
        position = max(match.end(), opening.start() + 1)


def _unclosed_content(body: str) -> re.Match[str] | None:
    """``_UNCLOSED_CONTENT_RE.search(body)``: its text holds no ``</``, so it opens after the
    last ``>`` before the last ``</``."""
    last = body.rfind("</")
    start = body.rfind(">", 0, last) + 1 if last != -1 else 0
    return _UNCLOSED_CONTENT_RE.search(body, start)


def parse_doclist(text: str) -> list[Record]:
    """Every ``<doc>``/``<item>`` as a record dict, in order; a cut-off last record is kept as far as it goes."""
    records: list[Record] = []
    for match in _records(text):
        fields: dict[str, Any] = {}
        for field in _fields(match.group(2)):
            name = _FIELD_NAMES.get(field.group(2).lower())
            if name and name not in fields:
                fields[name] = _text(field.group(3))
        if "content" not in fields:  # a file cut inside the last record's text
            unclosed = _unclosed_content(match.group(2))
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
