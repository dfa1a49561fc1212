"""Crawler JSON too large to read whole, read a record at a time.

A crawl's export is often one JSON array of every record it fetched, gigabytes of it. Read
whole, it is held about four times over (bytes, text, parsed records, documents), and past
``MAX_INPUT_BYTES`` it is refused. From ``sources.STREAM_BYTES`` on, such a file is parsed as a stream
instead (ijson, over yajl's C parser): each item of its record array comes out on its own and
nothing holds more than one. A batch makes each item a job of its own; ``read_all`` yields each
item's articles as it reaches them.

Smaller files are read whole, as before: the whole-file reader salvages damaged JSON and finds
the records in any wrapper, which a stream cannot look ahead for. A large file that is no
record array (one record, or a wrapper that keeps its records under a name of its own) is read
whole too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..errors import MalformedInputError
from .crawler_json import _LIST_KEYS, _RECORD_FIELDS

__all__ = ["item_bytes", "items_prefix", "json_items"]

_UTF8_BOM = b"\xef\xbb\xbf"
_RECORD_KEYS = frozenset(name for names in _RECORD_FIELDS for name in names)
_WRAPPER_KEYS = frozenset(_LIST_KEYS)
_WRAPPER_DEPTH = 3  # {"data": {"result": {"list": [...]}}} and no deeper
_LOOKAHEAD_EVENTS = 10_000  # a wrapper names its record list before this many parser events
_HEAD_BYTES = 1 << 16  # a GBK or Big5 export shows itself in its first 64 KB: read whole, through the decoders


def _start(handle: BinaryIO) -> int:
    """Where the JSON starts: after a UTF-8 byte-order mark, which yajl does not take."""
    handle.seek(0)
    return len(_UTF8_BOM) if handle.read(len(_UTF8_BOM)) == _UTF8_BOM else 0


def items_prefix(handle: BinaryIO) -> str | None:
    """ijson's prefix for the items of the file's record array: ``item`` for a top-level array
    (or several glued together), ``data.item`` or ``data.list.item`` for an API's wrapper around
    one; None when the file holds no such array in its first events, or is not UTF-8 JSON (a GBK
    export is read whole, through the decoders). Leaves ``handle`` where it found the JSON's start."""
    import ijson

    if not handle.seekable():
        return None
    start = _start(handle)
    if not _utf8(handle.read(_HEAD_BYTES)):
        handle.seek(start)
        return None
    handle.seek(start)
    found: str | None = None
    try:
        for count, (prefix, event, value) in enumerate(ijson.parse(handle, multiple_values=True)):
            if count == 0 and event == "start_array":
                found = "item"
                break
            if (count == 0 and event != "start_map") or count >= _LOOKAHEAD_EVENTS:
                break
            if event == "map_key" and prefix == "" and str(value).lower() in _RECORD_KEYS:
                break  # the top-level object is a record itself: one article, not a stream of them
            if event == "start_array" and _wrapper_path(prefix):
                found = f"{prefix}.item"
                break
    except (ijson.JSONError, UnicodeDecodeError, ValueError):
        found = None
    handle.seek(start)
    return found


def _utf8(head: bytes) -> bool:
    """``head`` is UTF-8, but for a character its end may cut in two."""
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"
    return True


def _wrapper_path(prefix: str) -> bool:
    """``data`` or ``data.list``: keys an API wraps its record list in, and only those."""
    keys = prefix.split(".")
    return 0 < len(keys) <= _WRAPPER_DEPTH and all(key.lower() in _WRAPPER_KEYS for key in keys)


def json_items(handle: BinaryIO, prefix: str, *, path: str | None = None) -> Iterator[tuple[int, Any]]:
    """(number from 1, value) of every item under ``prefix``, read as a stream. JSON damaged
    part-way (a crawl cut off mid-record) raises MalformedInputError after the items before the
    damage, saying how many were read."""
    import ijson

    start = handle.tell()
    number = 0
    backend: Any = ijson
    while True:
        try:
            items = backend.items(handle, prefix, use_float=True, multiple_values=True)
            for count, value in enumerate(items, start=1):
                if count > number:  # after a restart, the items already given are passed over
                    number = count
                    yield number, value
            return
        except (ijson.JSONError, UnicodeDecodeError, ValueError) as exc:
            if backend is ijson and "integer overflow" in _reason(exc):
                # yajl reads integers as 64-bit; a crawler's ID written as a longer bare number
                # is valid JSON, which ijson's own Python parser reads (slower): from the start.
                backend = ijson.get_backend("python")
                handle.seek(start)
                continue
            raise MalformedInputError(f"is damaged JSON after its {number} complete record(s): {_reason(exc)}",
                                      path=path) from None


def _reason(exc: Exception) -> str:
    """The parser's complaint, without the excerpt and arrow yajl draws under it."""
    message = exc.args[0] if exc.args else exc
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def item_bytes(value: Any) -> bytes:
    """One item as JSON bytes, for a job of its own (read back as a one-record JSON file)."""
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: escaped, as the record had it
        return json.dumps(value, separators=(",", ":")).encode("ascii")

