"""The unit of batch work: one input in, its outputs on storage, a ``FileResult`` back.

``convert_one`` is the only code that touches an article, and it is the same function in a
local process pool, a Dask worker and a test: it never raises, so a bad file can only ever
become a failed result, never a stopped batch. Everything it needs travels in two frozen,
picklable values: the per-batch ``Settings`` and the per-input ``Job``. Results are small
(names and one-line errors, never article bytes) because they cross a process or network
boundary for every input.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import resource
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import regex_cache
from ..errors import ConvertkitError, InputError, NoArticleError
from . import naming, storage

if TYPE_CHECKING:  # the batch's parent process never needs the model (38 classes, ~15 ms to define)
    from ..model import Document

log = logging.getLogger("convertkit")

OK, FAILED, SKIPPED, CRASHED = "ok", "failed", "skipped", "crashed"
# A web archive's page that holds no article (a section front, a search page, a list): every
# crawl captures them, so they are passed over and counted, not failures that fail the batch.
NOT_ARTICLE = "no article"


class ArticleTimeout(ConvertkitError):
    """One article took longer than ``--timeout`` seconds."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What every input of one batch shares; hashed into the manifest's config key."""

    outdir: str
    formats: tuple[str, ...]
    style: str = "briefing"
    writer_options: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    storage_options: tuple[tuple[str, Any], ...] = ()
    timeout: float = 0.0  # seconds per input; 0 = none
    reader: str = ""  # "module:function" replacing the news reader (tests, experiments)
    keywords: bool = False  # extract keywords (jieba) into the metadata of the formats that carry them

    def options_for(self, fmt: str) -> dict[str, Any]:
        return dict(dict(self.writer_options).get(fmt, ()))


# What a job's ``record`` numbers inside its ``source``, as its key spells it (``crawl.jsonl#L12``):
LINE = "L"  # a line of a JSON Lines file
PAGE = "R"  # a record of a web archive: one captured page (``warc.page_bytes``)
ITEM = "I"  # an item of a large JSON file's record array (``json_stream``)
ROW = "C"  # a row of a large CSV or TSV table, carried with its header as a two-line CSV


@dataclass(frozen=True, slots=True)
class Job:
    """One input: a file or URL, or one record of a file that holds many (a JSON Lines line, a
    web archive's captured page, a JSON array's item, a table's row; then ``data`` holds it)."""

    source: str
    record: int | None = None  # numbered from 1 as ``part`` says
    data: bytes | None = None
    size: int | None = None
    mtime_ns: int | None = None
    known_sha: str | None = None  # from the manifest: same bytes + outputs present -> skipped
    known_outputs: tuple[str, ...] = ()
    part: str = LINE
    # (error type, message): the walk could not read ``source`` (a damaged web archive, say);
    # the job fails with this, so that the failure is reported and recorded like any other.
    failure: tuple[str, str] | None = None

    @property
    def key(self) -> str:
        """The manifest key: where the input is, not what it holds (content is in sha256)."""
        if self.record is None:
            return self.source
        return f"{self.source}#{self.part}{self.record}"

    @property
    def display(self) -> str:
        if self.record is None:
            return self.source
        return f"{self.source}:{self.record}" if self.part == LINE else self.key

    @property
    def page(self) -> bool:
        """``data`` is one page of the web archive ``source``, read as the archive's page."""
        return self.record is not None and self.part == PAGE


@dataclass(frozen=True, slots=True)
class FileResult:
    key: str
    source: str
    status: str  # ok | failed | skipped | crashed | no article
    sha256: str | None = None
    outputs: tuple[str, ...] = ()
    articles: int = 0
    error_type: str | None = None
    error: str | None = None
    diagnostics: tuple[str, ...] = ()
    ms: float = 0.0
    size: int | None = None
    mtime_ns: int | None = None
    peak_rss_kb: int = 0  # of the process that did the work, for the bench and the summary

    @property
    def ok(self) -> bool:
        return self.status in (OK, SKIPPED, NOT_ARTICLE)


def failed_result(job: Job, status: str, error_type: str, message: str) -> FileResult:
    """A result for a job that never reached ``convert_one`` (its worker died, say)."""
    return FileResult(
        job.key,
        job.display,
        status,
        error_type=error_type,
        error=message,
        size=job.size,
        mtime_ns=job.mtime_ns,
    )


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(" ".join(record.getMessage().split()))


# Each thread's collecting handler, made once and reused for its every article: a logging
# Handler makes a lock and registers a weak reference when created, which cost more than
# adding and removing it. One per thread, as before: threads converting side by side (a Dask
# worker's) each add their own.
_HANDLERS = threading.local()


@contextmanager
def _diagnostics() -> Iterator[list[str]]:
    """Warnings logged while converting become the result's diagnostics, not stray stderr lines."""
    handler: _Collect | None = getattr(_HANDLERS, "handler", None)
    if handler is None:
        handler = _HANDLERS.handler = _Collect()
    elif handler in log.handlers:  # collecting already (a conversion inside a conversion): one of its own
        handler = _Collect()
    messages: list[str] = []
    handler.messages = messages
    log.addHandler(handler)
    try:
        yield messages
    finally:
        log.removeHandler(handler)


@contextmanager
def _deadline(seconds: float, where: str) -> Iterator[None]:
    """Interrupt a runaway article with SIGALRM; only possible on a process's main thread."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise ArticleTimeout(f"took longer than {seconds:g} s", path=where)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# What a worker looks up once, not once an article: the reader function of each ``--reader``
# value and, per format and options, the writer class, its Options and its file extension. Only
# successes are kept, so a failing import or a bad option fails every article it concerns alike.
_READERS: dict[str, Callable[..., Iterable[Document]]] = {}
_WRITERS: dict[tuple[str, tuple[tuple[str, Any], ...]], tuple[Any, Any, str]] = {}


def _reader(settings: Settings) -> Callable[..., Iterable[Document]]:
    found = _READERS.get(settings.reader)
    if found is not None:
        return found
    if settings.reader:
        module, _, name = settings.reader.partition(":")
        found = getattr(importlib.import_module(module), name)
    else:
        from ..readers import read_documents

        found = read_documents
    _READERS[settings.reader] = found
    return found


def _writer(fmt: str, settings: Settings) -> tuple[Any, Any, str]:
    """(writer class, its Options built from the batch's options, extension) for ``fmt``."""
    options = dict(settings.writer_options).get(fmt, ())
    key = (fmt, options)
    found = _WRITERS.get(key)
    if found is None:
        from ..api import make_options
        from ..writers import registry

        writer_class = registry.get(fmt)
        found = (writer_class, make_options(writer_class, dict(options)), registry.extension_of(fmt))
        _WRITERS[key] = found
    return found


def _with_keywords(doc: Document, formats: Iterable[str]) -> Document:
    from ..writers import registry

    if doc.meta.keywords or not any(getattr(registry.get(fmt), "needs_keywords", False) for fmt in formats):
        return doc
    from ..summarize.keywords import add_keywords

    return add_keywords(doc)


def render_to(
    doc: Document,
    fmt: str,
    settings: Settings,
    destination: str,
    report: Callable[[Any], None] | None = None,
) -> None:
    """Write ``doc`` as ``fmt`` to ``destination`` (path or URL), atomically."""
    from ..api import prepare

    writer_class, options, _ = _writer(fmt, settings)
    (document,), ctx = prepare(writer_class, [doc], settings.style, options, report)
    writer = writer_class()
    storage.write_atomic(
        destination, lambda out: writer.write(document, ctx, out), settings.storage_options, fsync=False
    )


def _convert(
    job: Job, settings: Settings, diagnostics: list[str]
) -> tuple[str, str, tuple[str, ...], int]:
    """(status, sha256, outputs, articles); raises ConvertkitError (or anything) on failure."""
    if job.failure is not None:
        raise _failure(*job.failure, path=job.display)
    data = (
        job.data
        if job.data is not None
        else storage.read_bytes(job.source, settings.storage_options)
    )
    if not data.strip():
        raise InputError("is empty or blank", path=job.display)
    sha = naming.content_hash(data)
    if (
        job.known_sha == sha
        and job.known_outputs
        and all(storage.exists(output, settings.storage_options) for output in job.known_outputs)
    ):
        return SKIPPED, sha, job.known_outputs, 0
    reader = _reader(settings)
    options: dict[str, Any] = {}
    if job.page:  # one page of an archive: read as the archive's page, named by the archive
        path_hint, fmt_hint, options["record"] = job.source, "warc", job.record
    elif job.part == ROW and job.record is not None:
        path_hint, fmt_hint, options["delimiter"] = None, "csv", ","
    else:
        path_hint = job.source if job.record is None else None
        fmt_hint = "json" if job.record is not None else None
    outputs: list[str] = []
    articles = 0

    def report(diagnostic: Any) -> None:
        diagnostics.append(" ".join(str(getattr(diagnostic, "message", diagnostic)).split()))

    for index, doc in enumerate(reader(data, path=path_hint, format=fmt_hint, **options)):
        if settings.keywords:
            doc = _with_keywords(doc, settings.formats)  # once, not once per format
        digest = naming.record_hash(sha, index)
        for fmt in settings.formats:
            destination = storage.join(
                settings.outdir, naming.output_name(doc, digest, _writer(fmt, settings)[2])
            )
            render_to(doc, fmt, settings, destination, report)
            outputs.append(destination)
        articles += 1
    if articles == 0:
        raise NoArticleError("holds no article", path=job.display)
    return OK, sha, tuple(outputs), articles


def _failure(error_type: str, message: str, *, path: str) -> ConvertkitError:
    """The error a walk met, raised again in the worker under its own class when it has one."""
    from .. import errors

    found = getattr(errors, error_type, None)
    kind = found if isinstance(found, type) and issubclass(found, ConvertkitError) else InputError
    return kind(message, path=path)


def _peak_rss_kb() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def convert_one(job: Job, settings: Settings, *, sync: bool = True) -> FileResult:
    """Convert one input to every requested format. Never raises: failures become results.

    Outputs are renamed into place complete (safe against a killed process); ``sync`` then
    flushes them to disk. ``convert_chunk`` passes False and syncs once for the whole chunk.
    """
    started = time.perf_counter()
    with _diagnostics() as diagnostics:
        try:
            with _deadline(settings.timeout, job.display):
                status, sha, outputs, articles = _convert(job, settings, diagnostics)
                if sync and status == OK:
                    storage.sync_folder(settings.outdir)
        except ConvertkitError as exc:
            message = str(exc) if exc.path else f"{job.display}: {exc}"
            # an archived page without an article: passed over, its hash kept so --resume skips it
            page_bytes = job.data if job.page and isinstance(exc, NoArticleError) else None
            return FileResult(
                job.key,
                job.display,
                FAILED if page_bytes is None else NOT_ARTICLE,
                sha256=None if page_bytes is None else naming.content_hash(page_bytes),
                error_type=type(exc).__name__,
                error=message,
                diagnostics=tuple(diagnostics),
                ms=(time.perf_counter() - started) * 1000,
                size=job.size,
                mtime_ns=job.mtime_ns,
            )
        except Exception as exc:  # noqa: BLE001 - a bug in one article must not stop the batch
            detail = " ".join(str(exc).split()) or "no message"
            return FileResult(
                job.key,
                job.display,
                FAILED,
                error_type=type(exc).__name__,
                error=f"{job.display}: internal error: {type(exc).__name__}: {detail}",
                diagnostics=tuple(diagnostics),
                ms=(time.perf_counter() - started) * 1000,
                size=job.size,
                mtime_ns=job.mtime_ns,
            )
    return FileResult(
        job.key,
        job.display,
        status,
        sha256=sha,
        outputs=outputs,
        articles=articles,
        diagnostics=tuple(diagnostics),
        ms=(time.perf_counter() - started) * 1000,
        size=job.size,
        mtime_ns=job.mtime_ns,
    )


def convert_chunk(jobs: list[Job], settings: Settings) -> list[FileResult]:
    """``convert_one`` over a chunk: the task a pool or a cluster schedules (one per 64-256 inputs).

    Never raises (a failed sync is an OS problem the next chunk will hit too)."""
    results = [convert_one(job, settings, sync=False) for job in jobs]
    regex_cache.save()  # patterns this worker compiled first (workers leave without exit handlers)
    if any(result.status == OK for result in results):
        # Durable before the parent records them as done: one syncfs instead of an fsync per file.
        storage.sync_folder(settings.outdir)
    if results:
        results[-1] = dataclasses.replace(results[-1], peak_rss_kb=_peak_rss_kb())
    return results


# A made-up wire story with the parts real ones have (date line, editor's note, series label,
# dateline and reporters, photo credits, numbered points, end mark, related links, editor), so
# that reading and writing it builds the caches the first real articles would otherwise pay
# for: the news rules compiled on first need, every font face a role uses.
_SAMPLE_ARTICLE = """预热示例：某市召开发布会介绍去年经济运行情况

2019-01-17 10:30

  编者按：这是用于预热缓存的示例文章，它不会被写入任何文件。

  经济观察系列报道之一

  新华社北京1月17日电（记者 王小明 李华）某市今天召开新闻发布会，介绍“十三五”以来的经济运行情况。

  图为新闻发布会现场。张三 摄

  据了解，2018年全市地区生产总值同比增长6.5%，居民人均可支配收入稳步提高。

  第一，稳定工业增长。第二，扩大有效投资。

  （完）

相关链接：
某市举行重点项目推进会

【责任编辑：赵六】
""".encode()


def _sample_document(settings: Settings) -> Document:
    from ..model import Document, Meta, Paragraph

    try:
        for doc in _reader(settings)(_SAMPLE_ARTICLE, path="warm-up.txt", format=None):
            return doc
    except Exception:
        log.debug("warm-up of the reader failed", exc_info=True)
    return Document(
        Meta(title="预热", published="2000-01-01T00:00", agency="新华社"),
        (Paragraph(text="这是一段用于预热缓存的文字，它不会被写入任何文件。", raw=""),),
    )


def warm(settings: Settings) -> None:
    """Build every per-process cache once: reader rules compiled, writers imported, style parsed,
    fonts registered, jieba loaded.

    Reading a sample article and rendering it to each format in memory does this without
    knowing how each writer caches (and keeps working when a writer adds a cache). Failures are
    ignored here: the same error will be reported, per article, where it belongs.
    """
    import io

    from ..api import make_options, source_date
    from ..writers import registry
    from ..writers.base import RenderContext

    doc = _sample_document(settings)
    for fmt in settings.formats:
        try:
            writer_class = registry.get(fmt)
            ctx = RenderContext(
                style_ref=settings.style,
                options=make_options(writer_class, settings.options_for(fmt)),
                source_date=source_date(doc),
                report=lambda diagnostic: None,
            )
            writer_class().write(doc, ctx, io.BytesIO())
        except Exception:
            log.debug("warm-up of %s failed", fmt, exc_info=True)
    if "summary" in settings.formats or settings.keywords:
        try:
            from ..summarize.tokens import idf_table, tokenizer

            tokenizer()
            idf_table()
        except Exception:
            log.debug("warm-up of the summariser failed", exc_info=True)
    regex_cache.save()  # in the workers' server: a process that leaves without exit handlers
