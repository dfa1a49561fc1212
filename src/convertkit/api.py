"""The Python API: ``read`` an article into the model, ``write`` the model, ``convert`` files.

The CLI, the batch engines and third-party code all go through these functions, so a file
converted from Python and one converted from the shell are byte-for-byte the same.
"""

from __future__ import annotations

import dataclasses
import io
import os
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, BinaryIO

from .errors import NoArticleError, UsageError
from .model import Document
from .output import atomic_output, default_destination, refuse_input_as_output
from .readers import read_documents
from .sources import load
from .writers import registry
from .writers.base import RenderContext

Source = str | os.PathLike[str] | bytes

# Chinese-language press states local times without an offset: Beijing, Taipei and Hong Kong
# are all UTC+8, so that is what a bare publication time means.
CHINA_STANDARD_TIME = timezone(timedelta(hours=8))


def _load(src: Source) -> tuple[bytes, str | None]:
    if isinstance(src, bytes | bytearray | memoryview):
        return bytes(src), None
    return load(src), str(src)


def read_all(src: Source, *, format: str | None = None, **reader_options: Any) -> Iterator[Document]:
    """Every article in ``src`` (a path or the bytes of a file); JSON Lines may hold many."""
    data, path = _load(src)
    yield from read_documents(data, path=path, format=format, **reader_options)


def read(src: Source, *, format: str | None = None, **reader_options: Any) -> Document:
    """The (first) article in ``src``, as the document model."""
    for document in read_all(src, format=format, **reader_options):
        return document
    raise NoArticleError("holds no article", path=None if isinstance(src, bytes) else str(src))


def make_options(writer: type, options: Mapping[str, Any] | None) -> Any:
    """Build a writer's frozen Options from keyword values, refusing unknown names."""
    options = dict(options or {})
    known = {field.name: field for field in dataclasses.fields(writer.Options)}
    unknown = sorted(set(options) - set(known))
    if unknown:
        allowed = ", ".join(sorted(known)) or "none"
        raise UsageError(f"writer {writer.name!r} has no option {unknown[0]!r} (options: {allowed})")
    try:
        return writer.Options(**options)
    except (TypeError, ValueError) as exc:
        raise UsageError(f"bad option for writer {writer.name!r}: {exc}") from None


def source_date(doc: Document) -> datetime:
    """A fixed date for reproducible output: the publication time, else SOURCE_DATE_EPOCH, else 2000."""
    if doc.meta.published:
        try:
            parsed = datetime.fromisoformat(doc.meta.published)
        except ValueError:
            parsed = None
        if parsed is not None:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=CHINA_STANDARD_TIME)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime(2000, 1, 1, tzinfo=timezone.utc)


def write(doc: Document, out: str | os.PathLike[str] | BinaryIO, to: str | None = None, *,
          style: str = "briefing", **options: Any) -> None:
    """Write ``doc`` to a path (atomically) or to an open binary stream."""
    if to is None:
        if not isinstance(out, str | os.PathLike):
            raise UsageError("to=… is needed when writing to a stream")
        to = registry.for_path(str(out))
    writer_class = registry.get(to)
    if getattr(writer_class, "needs_keywords", False) and not doc.meta.keywords:
        from .summarize.keywords import add_keywords  # jieba: only for writers that carry keywords

        doc = add_keywords(doc)
    ctx = RenderContext(style_ref=style, options=make_options(writer_class, options), source_date=source_date(doc))
    writer = writer_class()
    if isinstance(out, str | os.PathLike):
        with atomic_output(out) as handle:
            writer.write(doc, ctx, handle)
    else:
        writer.write(doc, ctx, out)


def render(doc: Document, to: str, *, style: str = "briefing", **options: Any) -> bytes:
    """The bytes of ``doc`` in format ``to``."""
    buffer = io.BytesIO()
    write(doc, buffer, to, style=style, **options)
    return buffer.getvalue()


def convert(src: str | os.PathLike[str], dst: str | os.PathLike[str] | None = None, to: str | None = None, *,
            style: str = "briefing", **options: Any) -> Path:
    """Convert the file ``src`` to ``dst`` (format from ``to``, else from ``dst``'s suffix)."""
    if to is None and dst is None:
        raise UsageError("give a destination or a format (to=…)")
    name = to or registry.for_path(str(dst))
    destination = Path(dst) if dst is not None else default_destination(src, registry.extension_of(name))
    refuse_input_as_output(src, destination)
    document = read(src)
    write(document, destination, name, style=style, **options)
    return destination
