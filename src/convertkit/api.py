"""The Python API: ``read`` an article into the model, ``write`` the model, ``convert`` files.

The CLI, the batch engines and third-party code all go through these functions, so a file
converted from Python and one converted from the shell are byte-for-byte the same.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import io
import logging
import os
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, BinaryIO, cast

from . import sources
from .errors import NoArticleError, UsageError
from .model import Document
from .output import atomic_output, default_destination, refuse_input_as_output
from .readers import STREAMED, read_documents, sniff_format
from .sources import load, open_input, peek
from .writers import registry
from .writers.base import Diagnostic, RenderContext, Writer

JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")

log = logging.getLogger("convertkit")

Source = str | os.PathLike[str] | bytes

# Chinese-language press states local times without an offset: Beijing, Taipei and Hong Kong
# are all UTC+8, so that is what a bare publication time means.
CHINA_STANDARD_TIME = timezone(timedelta(hours=8))


def _load(src: Source) -> tuple[bytes, str | None]:
    if isinstance(src, bytes | bytearray | memoryview):
        return bytes(src), None
    if not isinstance(src, str | os.PathLike):
        # an int would be read as a file descriptor (read(0) is stdin): never what was meant
        raise TypeError(f"expected a path or the bytes of a file, not {type(src).__name__}")
    if isinstance(src, str) and ("\n" in src or len(src) > 4096) and not os.path.exists(src):
        raise UsageError("this looks like article text, not a path: pass it as bytes (text.encode())")
    return load(src), str(src)


def _refuse_nul(path: str | os.PathLike[str]) -> None:
    """A path with a NUL byte names no file: the one-line error, not os's ValueError."""
    if "\0" in os.fsdecode(path):
        raise UsageError(f"a path cannot hold a NUL byte: {os.fsdecode(path)!r}")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read inputs: the same for every writer, so the CLI offers them on every command."""

    format: str | None = None  # text | html | json; sniffed when None
    fields: Mapping[str, str] | None = None  # JSON field mapping: {"content": "body"}
    convert_script: str | None = None  # t2s | s2t | s2tw | s2hk, applied to the model


def read_all(src: Source, *, format: str | None = None, fields: Mapping[str, str] | None = None,
             convert_script: str | None = None) -> Iterator[Document]:
    """Every article in ``src`` (a path or the bytes of a file); JSON Lines may hold many.

    ``convert_script`` converts the model's text between scripts through OpenCC; the source
    file is never touched.
    """
    options = {"fields": fields} if fields else {}
    if isinstance(src, str | os.PathLike):
        _refuse_nul(src)
    stream, streamed_format = _stream(src, format)
    with stream or contextlib.nullcontext():
        if stream is not None:
            documents = read_documents(stream, path=str(src), format=streamed_format, **options)
        else:
            data, path = _load(src)
            documents = read_documents(data, path=path, format=format, **options)
        for document in documents:
            if convert_script:
                from .transforms.script_convert import convert_script as converted

                document = converted(document, convert_script)
            yield document


def _stream(src: Source, format: str | None) -> tuple[BinaryIO | None, str | None]:
    """An open file and its format when ``src`` is read as a stream, a record at a time, never
    whole: a web archive (by ``format``, its name or its first bytes: an archivist's WARC is
    gigabytes), or crawler JSON or a crawler table (CSV, TSV) of at least
    ``sources.STREAM_BYTES`` (a crawl's export). (None, None) for every other input."""
    if format not in (None, *STREAMED) or not isinstance(src, str | os.PathLike):
        return None, None
    name = str(src)
    found = format or sniff_format(b"", name)
    if found not in STREAMED and format is None:
        found = sniff_format(peek(src), name)
    if found == "warc":
        return open_input(src), found
    if found in STREAMED:
        try:
            large = os.stat(src).st_size >= sources.STREAM_BYTES
        except (OSError, ValueError):
            large = False  # ``load`` says what is wrong with it
        if large:
            return open_input(src), found
    return None, None


def read(src: Source, *, format: str | None = None, fields: Mapping[str, str] | None = None,
         convert_script: str | None = None) -> Document:
    """The (first) article in ``src``, as the document model."""
    for document in read_all(src, format=format, fields=fields, convert_script=convert_script):
        return document
    raise NoArticleError("holds no article", path=None if isinstance(src, bytes) else str(src))


# What a misplaced keyword was probably meant to be: reading happens before any writer.
_OPTION_HINTS = {
    "convert": "; script conversion is a reading option: read_options=ReadOptions(convert_script=…)",
    "convert_script": "; it is a reading option: read_options=ReadOptions(convert_script=…)",
    "fields": "; it is a reading option: read_options=ReadOptions(fields=…)",
    "format": "; the output format is to=…, the input's is read_options=ReadOptions(format=…)",
}
_TYPE_WORDS = {bool: "true or false", int: "a whole number", float: "a number", str: "text"}


def _plain_type(annotation: Any) -> type | None:
    """int, float, bool or str, from an Options field's annotation (``int | None`` too)."""
    if annotation in _TYPE_WORDS:
        return annotation
    args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
    return args[0] if len(args) == 1 and args[0] in _TYPE_WORDS else None


def _fits(value: Any, wanted: type) -> bool:
    if wanted is bool:
        return isinstance(value, bool)
    if wanted is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, wanted) and not (wanted is int and isinstance(value, bool))


@functools.cache
def _option_types(options_class: type) -> dict[str, Any]:
    """The Options fields' types; resolving annotations compiles them, and a batch asks per article."""
    return typing.get_type_hints(options_class)


def make_options(writer: type[Writer], options: Mapping[str, Any] | None) -> Any:
    """Build a writer's frozen Options from keyword values, refusing unknown names."""
    options = dict(options or {})
    known = {field.name: field for field in dataclasses.fields(writer.Options)}
    unknown = sorted(set(options) - set(known))
    if unknown:
        allowed = ", ".join(sorted(known)) or "none"
        hint = _OPTION_HINTS.get(unknown[0], "")
        raise UsageError(f"writer {writer.name!r} has no option {unknown[0]!r} (options: {allowed}){hint}")
    hints = _option_types(writer.Options)
    for name, value in options.items():
        wanted = _plain_type(hints.get(name))
        if wanted is not None and value is not None and not _fits(value, wanted):
            raise UsageError(f"writer {writer.name!r}: option {name!r} must be {_TYPE_WORDS[wanted]}, not {value!r}")
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
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime(2000, 1, 1, tzinfo=UTC)


def prepare(writer_class: type[Writer], docs: Sequence[Document], style: str, options: Mapping[str, Any] | Any | None,
            report: Callable[[Diagnostic], None] | None = None, *, keywords: bool = False
            ) -> tuple[list[Document], RenderContext]:
    """The documents as the writer wants them and its context. Every path to a writer goes
    through here (API, CLI, batch workers), so one article comes out the same whichever way it
    is converted.

    ``keywords=True`` extracts keywords (jieba) for articles whose source gave none, for the
    formats whose metadata carries them. It is asked for, not automatic: jieba's dictionaries
    cost about a second and 150 MB per process, more than converting an article.
    """
    documents = list(docs)
    if keywords and getattr(writer_class, "needs_keywords", False):
        from .summarize.keywords import add_keywords  # jieba: only for writers that carry keywords

        documents = [doc if doc.meta.keywords else add_keywords(doc) for doc in documents]
    extra: dict[str, Any] = {} if report is None else {"report": report}
    if not isinstance(options, writer_class.Options):  # a batch builds its Options once, not once an article
        options = make_options(writer_class, options)
    ctx = RenderContext(style_ref=style, options=options,
                        source_date=max(source_date(doc) for doc in documents), **extra)
    return documents, ctx


def write(doc: Document | Sequence[Document], out: str | os.PathLike[str] | BinaryIO, to: str | None = None, *,
          style: str = "briefing", keywords: bool = False, **options: Any) -> None:
    """Write ``doc`` to a path (atomically) or to an open binary stream.

    Several documents make one output only with a writer that has ``write_many`` (EPUB: a book
    with a chapter per article); for the others, ``convertkit batch`` writes a file each.
    """
    if to is None:
        if not isinstance(out, str | os.PathLike):
            raise UsageError("to=… is needed when writing to a stream")
        to = registry.for_path(str(out))
    writer_class = registry.get(to)
    docs = [doc] if isinstance(doc, Document) else list(doc) if not isinstance(doc, str | bytes) else [doc]
    if not all(isinstance(item, Document) for item in docs):
        raise TypeError("write() takes a Document (or several): read() makes one from a path or bytes")
    if not docs:
        raise NoArticleError("nothing to write: no article was read")
    if len(docs) > 1 and not hasattr(writer_class, "write_many"):
        raise UsageError(f"{len(docs)} articles cannot go into one {to} file: write a file for each "
                         "(`convertkit batch`, or a loop over read_all()), or pick one (--record N, record=N)")
    if to == "json" and isinstance(out, str | os.PathLike) and str(out).lower().endswith(JSON_LINES_SUFFIXES):
        options = {"indent": 0, **options}  # a .jsonl destination is JSON Lines: one document per line
    documents, ctx = prepare(writer_class, docs, style, options, keywords=keywords)
    writer = writer_class()

    def emit(handle: BinaryIO) -> None:
        if len(documents) == 1:
            writer.write(documents[0], ctx, handle)
        else:
            cast(Any, writer).write_many(documents, ctx, handle)  # checked with hasattr above

    if isinstance(out, str | os.PathLike):
        with atomic_output(out) as handle:
            emit(handle)
    else:
        emit(out)


def render(doc: Document, to: str, *, style: str = "briefing", keywords: bool = False, **options: Any) -> bytes:
    """The bytes of ``doc`` in format ``to``."""
    buffer = io.BytesIO()
    write(doc, buffer, to, style=style, keywords=keywords, **options)
    return buffer.getvalue()


def convert(src: Source | Sequence[Source], dst: str | os.PathLike[str] | None = None,
            to: str | None = None, *, style: str = "briefing", read_options: ReadOptions | None = None,
            record: int | None = None, keywords: bool = False, **options: Any) -> Path:
    """Convert the file ``src`` (or several files, for writers that make one book of them; or
    a file's bytes) to ``dst``; the format comes from ``to``, else from ``dst``'s suffix.

    ``record`` picks one record (numbered from 1) of an input that holds many, such as JSON Lines.
    """
    sources = [src] if isinstance(src, str | os.PathLike | bytes | bytearray | memoryview) else list(src)
    if not sources:
        raise UsageError("no input given")
    if to is None and dst is None:
        raise UsageError("give a destination or a format (to=…)")
    name = to or registry.for_path(str(dst))
    if to is not None and dst is not None:
        _warn_if_named_otherwise(str(dst), to)
    if dst is None and not isinstance(sources[0], str | os.PathLike):
        raise UsageError("converting bytes needs a destination (dst=…)")
    if dst is not None:
        _refuse_nul(dst)
    destination = Path(dst) if dst is not None else default_destination(sources[0], registry.extension_of(name))
    for source in sources:
        if isinstance(source, str | os.PathLike):
            refuse_input_as_output(source, destination)
    write(collect(sources, read_options, record), destination, name, style=style, keywords=keywords, **options)
    return destination


def _warn_if_named_otherwise(destination: str, to: str) -> None:
    """``to-pdf … -o brief.docx`` writes a PDF under a DOCX name: say so (the user may have meant
    the other command), unless the name ends as this format's files do (a summary is a .txt)."""
    suffix = os.path.splitext(destination)[1].lower()
    if not suffix or registry.extension_of(to).lower().endswith(suffix):
        return
    try:
        named = registry.for_path(destination)
    except UsageError:
        return  # a suffix no writer claims (.out, .bak): the user's own naming
    log.warning("%s: the name says %s, but the file is %s (to-%s)", destination, named, to, to)


def collect(sources: Sequence[Source], read_options: ReadOptions | None = None, record: int | None = None
            ) -> list[Document]:
    """The articles of several inputs, in order; ``record`` picks one from each (see ``pick_record``)."""
    reading = read_options or ReadOptions()
    documents: list[Document] = []
    for source in sources:
        with contextlib.closing(read_all(source, format=reading.format, fields=reading.fields,
                                         convert_script=reading.convert_script)) as found:
            if record is None:
                documents.extend(found)
            else:
                documents.append(pick_record(found, record, None if isinstance(source, bytes) else str(source)))
    return documents


def pick_record(found: Iterable[Document], record: int, shown: str | None = None) -> Document:
    """Record ``record`` of an input that holds several, numbered from 1 as the input lists them
    (JSON array items, JSON Lines lines, listed documents): the number warnings give for a
    record they skip, and ``meta.source.record``. An input without numbered records counts its
    articles. Read only as far as the record: a crawl's export streamed by ``read_all`` is
    gigabytes, and its fifth record should not wait for the rest."""
    if isinstance(record, bool) or not isinstance(record, int) or record < 1:
        raise UsageError(f"record numbers start at 1: got {record!r}", path=shown)
    numbers: list[int] = []
    count = 0
    for doc in found:
        count += 1
        number = doc.meta.source.record
        if number is not None:
            if number == record:
                return doc
            numbers.append(number)
        elif not numbers and count == record:
            return doc
    if numbers:
        raise UsageError(f"--record {record}: no article there; the input's articles are records "
                         f"{_ranges(sorted(numbers))}", path=shown)
    raise UsageError(f"--record {record}: the input holds {count} article(s)", path=shown)


def _ranges(numbers: Sequence[int]) -> str:
    """``1, 2, 3, 5, 7, 8`` as ``1–3, 5, 7–8``."""
    spans: list[list[int]] = []
    for number in numbers:
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in spans)
