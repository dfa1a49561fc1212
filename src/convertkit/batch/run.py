"""One batch from start to finish, in the parent process: walk, filter, schedule, record, report.

The parent is the only writer of state (manifest, errors file, progress): engines hand back
results, this module records them. Inputs are pulled lazily, chunk by chunk, only as fast as
the engine takes them, so a ten-million-file crawl costs the parent a few chunks of memory.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, Protocol

from .. import __version__
from ..errors import ConvertkitError, OutputError, Terminated, UsageError
from . import manifest as manifest_module
from . import storage
from .inputs import InputSpec, count_jobs, iter_jobs
from .job import NOT_ARTICLE, SKIPPED, FileResult, Job, Settings
from .naming import content_hash
from .progress import Progress, make_progress
from .report import ERRORS_FILENAME, Report

LOCK_FILENAME = ".convertkit-batch.lock"
DEFAULT_CHUNK = 64
MAX_CHUNK = 256
FIRST_CHUNK = 8
# Jobs that carry their input (a JSON Lines record, a web archive's page) close a chunk at this
# many bytes of it, whatever the count: chunks in flight are held by the parent and queued to the
# workers, and 256 pages of a news site can weigh 50 MB.
CHUNK_BYTES = 4 * 1024 * 1024


class Engine(Protocol):
    def run(self, chunks: Iterable[list[Job]]) -> Iterator[list[FileResult]]: ...


def _start(engine: Engine) -> None:
    """Engines that can get ready in the background (``LocalEngine.start``) begin now."""
    start = getattr(engine, "start", None)
    if start is not None:
        start()


@dataclass(frozen=True, slots=True)
class BatchOptions:
    inputs: tuple[str, ...]
    settings: Settings
    resume: bool = False
    workers: int | None = None
    engine: str = "local"  # local | dask
    scheduler: str | None = None  # tcp://host:port for dask; None starts a LocalCluster
    chunk_size: int = DEFAULT_CHUNK
    state_dir: str | None = None  # manifest + errors when OUTDIR is a URL
    progress: str = "auto"  # auto | bar | plain | none
    progress_interval: float = 10.0
    count_total: bool = True


class BatchIncomplete(ConvertkitError):
    """Some inputs failed; the batch itself ran to the end."""


def chunk_sizes(limit: int) -> Iterator[int]:
    """8, 16, 32, … up to ``limit``: small first chunks keep every worker busy at once (and a small
    batch parallel), large later ones keep scheduling overhead negligible."""
    size = min(FIRST_CHUNK, limit)
    while True:
        yield size
        size = min(size * 2, limit)


def chunked(jobs: Iterable[Job], limit: int, max_bytes: int = CHUNK_BYTES) -> Iterator[list[Job]]:
    """Jobs in chunks of ``chunk_sizes(limit)`` jobs, each closed early at ``max_bytes`` of the
    bytes its jobs carry."""
    sizes = chunk_sizes(limit)
    chunk: list[Job] = []
    carried = 0
    target = next(sizes)
    for job in jobs:
        chunk.append(job)
        if job.data is not None:
            carried += len(job.data)
        if len(chunk) >= target or carried >= max_bytes:
            yield chunk
            chunk = []
            carried = 0
            target = next(sizes)
    if chunk:
        yield chunk


def style_digest(style: str, warn: Callable[[str], None] | None = None) -> str:
    """The style's digest for the manifest key.

    A style file that is there but cannot load (the command refused one that is not there) is
    reported once, here, rather than stopping the batch: plain text and JSON do not use it, and the
    formats that do will say so per input.
    """
    try:
        from ..style import load_style
    except ImportError:
        load_style = None  # type: ignore[assignment]
    if load_style is not None:
        try:
            loaded: Any = load_style(style)
        except ConvertkitError as exc:
            if warn is not None:
                warn(f"convertkit: warning: {exc}; formats that need a style will fail")
        else:
            digest = getattr(loaded, "digest", None)
            if digest:
                return str(digest)
    if os.path.isfile(style):
        with open(style, "rb") as handle:
            return content_hash(handle.read())
    return style


def _state_folder(options: BatchOptions) -> str:
    outdir = options.settings.outdir
    local = storage.local_path(outdir)
    if options.state_dir:
        folder = options.state_dir
    elif local is not None:
        folder = local
    else:
        tag = hashlib.sha256(outdir.encode()).hexdigest()[:12]
        folder = os.path.join(".convertkit-batch", tag)
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create the state folder: {exc.strerror or exc}", path=folder
        ) from None
    return folder


def _lock(folder: str) -> IO[bytes]:
    """One batch per OUTDIR at a time: two would race on the manifest and sweep each other's temp files."""
    try:
        handle = open(os.path.join(folder, LOCK_FILENAME), "ab")  # noqa: SIM115 - held for the whole batch
    except OSError as exc:
        raise OutputError(f"cannot write here: {exc.strerror or exc}", path=folder) from None
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise UsageError("another batch is writing to this folder", path=folder) from None
    return handle


def _done_before(job: Job, row: manifest_module.Row, check_outputs: bool) -> bool:
    if row.status == NOT_ARTICLE:  # an archived page found to hold no article: unless it changed
        return job.data is not None and row.sha256 == content_hash(job.data)
    if row.status != "ok" or not row.outputs:
        return False
    if job.data is not None:
        same = row.sha256 == content_hash(job.data)
    else:
        same = row.size is not None and row.size == job.size and row.mtime_ns == job.mtime_ns
    if not same:
        return False
    return not check_outputs or all(os.path.isfile(path) for path in row.outputs)


def _resumed(
    chunks: Iterable[list[Job]],
    db: manifest_module.Manifest,
    config: str,
    report: Report,
    progress: Progress,
    check_outputs: bool,
) -> Iterator[list[Job]]:
    """Drop what an earlier run finished; hand the worker the old hash for the rest (stat changed,
    bytes maybe not)."""
    for chunk in chunks:
        rows = db.lookup([job.key for job in chunk], config)
        todo: list[Job] = []
        skipped: list[FileResult] = []
        for job in chunk:
            row = rows.get(job.key)
            if row is None:
                todo.append(job)
            elif _done_before(job, row, check_outputs):
                skipped.append(
                    FileResult(job.key, job.display, SKIPPED, sha256=None, outputs=row.outputs)
                )
            elif row.status == "ok" and row.sha256:
                todo.append(
                    dataclasses.replace(job, known_sha=row.sha256, known_outputs=row.outputs)
                )
            else:
                todo.append(job)
        if skipped:
            count, failures = report.add(skipped)
            progress.advance(count, failures)
        if todo:
            yield todo


def make_engine(options: BatchOptions) -> Engine:
    if options.engine == "local":
        from .local import LocalEngine

        return LocalEngine(options.settings, options.workers)
    if options.engine == "dask":
        from .dask import DaskEngine

        return DaskEngine(options.settings, scheduler=options.scheduler, workers=options.workers)
    raise UsageError(f"unknown engine {options.engine!r} (local or dask)")


def check_formats(settings: Settings) -> None:
    """Unknown formats and bad writer options stop the batch before any input is touched."""
    from ..writers import registry

    for name in settings.formats:
        if not registry.exists(name):
            raise UsageError(f"unknown output format {name!r} (available: {', '.join(registry.names())})")
    for name, _ in settings.writer_options:
        if name not in settings.formats:
            raise UsageError(
                f"-O {name}.…: {name!r} is not one of the formats asked for ({', '.join(settings.formats)})"
            )
        from ..api import make_options

        make_options(registry.get(name), settings.options_for(name))


def run_batch(
    options: BatchOptions, engine: Engine | None = None, progress: Progress | None = None
) -> Report:
    """Run a whole batch; returns the report (its ``exit_code`` says whether everything succeeded)."""
    settings = options.settings
    if not settings.formats:
        raise UsageError("give at least one output format (--to)")
    if not 1 <= options.chunk_size <= MAX_CHUNK:
        raise UsageError(f"--chunk-size must be between 1 and {MAX_CHUNK}")
    engine = engine or make_engine(options)
    _start(engine)  # workers warm up while this process checks options, walks inputs, opens the manifest
    check_formats(settings)
    progress = progress or make_progress(options.progress, interval=options.progress_interval)
    digest = style_digest(settings.style, progress.message)
    storage.make_folder(settings.outdir, settings.storage_options)
    state = _state_folder(options)
    lock = _lock(state)
    local_out = storage.local_path(settings.outdir)
    if local_out is not None:
        storage.sweep_partials(local_out)
    config = manifest_module.config_key(settings, __version__, digest)
    errors_path = os.path.join(state, ERRORS_FILENAME)
    try:
        errors = open(errors_path, "w", encoding="utf-8")  # noqa: SIM115 - closed in run_batch's finally
    except OSError as exc:
        raise OutputError(
            f"cannot write the errors report: {exc.strerror or exc}", path=errors_path
        ) from None
    report = Report(errors=errors, say=progress.message, errors_path=errors_path)
    spec = InputSpec(
        storage_options=settings.storage_options,
        exclude=(local_out, state) if local_out is not None else (state,),
        passed_over=report.passed_over,
    )
    try:
        with manifest_module.Manifest(
            manifest_module.default_location(settings.outdir, state)
        ) as db:
            jobs = iter_jobs(options.inputs, spec)
            first = next(
                jobs, None
            )  # an input that names nothing fails here, before any pool starts
            if first is None:
                raise UsageError("the inputs hold no article files")
            if options.count_total and getattr(progress, "shows_total", True):
                _count_in_background(options.inputs, spec, progress)
            chunks = chunked(_prepend(first, jobs), options.chunk_size)
            if options.resume:
                chunks = _resumed(
                    chunks, db, config, report, progress, check_outputs=local_out is not None
                )
            for results in engine.run(chunks):
                db.record(results, config, outdir=settings.outdir)
                count, failures = report.add(results)
                progress.advance(count, failures)
            _remove_outdated(db, settings, report, progress)  # every worker is done writing
    except (KeyboardInterrupt, Terminated):
        progress.message(report.summary() + "; interrupted: --resume goes on from here")
        raise
    finally:
        progress.close()
        errors.close()
        lock.close()
    if local_out is None:
        _upload_errors(errors_path, settings)
    return report


def _prepend(first: Job, rest: Iterator[Job]) -> Iterator[Job]:
    yield first
    yield from rest


def _count_in_background(inputs: tuple[str, ...], spec: InputSpec, progress: Progress) -> None:
    """Count the inputs on a side thread so the bar gets a total (and an ETA) without delaying work."""

    def count() -> None:
        with contextlib.suppress(Exception):  # a total is a nicety; the main walk reports real errors
            progress.set_total(count_jobs(inputs, spec))

    threading.Thread(target=count, name="convertkit-count", daemon=True).start()


def _upload_errors(errors_path: str, settings: Settings) -> None:
    """A remote OUTDIR gets a copy of the errors report beside the outputs."""
    if os.path.getsize(errors_path) == 0:
        return
    with open(errors_path, "rb") as handle:
        data = handle.read()
    with contextlib.suppress(ConvertkitError):  # the local copy is the report; this one is a courtesy
        storage.write_atomic(
            storage.join(settings.outdir, ERRORS_FILENAME),
            lambda out: out.write(data),
            settings.storage_options,
        )


def _remove_outdated(
    db: manifest_module.Manifest, settings: Settings, report: Report, progress: Progress
) -> None:
    """Delete the outputs of earlier runs that changed inputs replaced (see ``manifest``).

    Never fails the batch: every new output is already written and recorded.
    """
    try:
        removed, problems = db.remove_outdated(
            lambda path: storage.remove(path, settings.storage_options)
        )
    except ConvertkitError as exc:
        progress.message(f"convertkit: warning: outdated outputs not removed: {exc}")
        return
    report.removed = removed
    if removed:
        storage.sync_folder(settings.outdir)
    for line in problems[:10]:
        progress.message(f"convertkit: warning: outdated output kept: {line}")
    if len(problems) > 10:
        progress.message(f"convertkit: warning: {len(problems) - 10} more outdated outputs kept")
