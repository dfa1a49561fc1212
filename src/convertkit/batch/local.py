"""The local engine: a process pool that runs ``convert_chunk`` with bounded work in flight.

Why these choices:
- forkserver (spawn elsewhere): workers start from a clean interpreter, not a fork of a parent
  that holds a SQLite handle, a progress thread and a half-walked directory iterator.
- The initializer warms each worker's caches once (style, fonts, writers, jieba), and the
  engine replaces its pool now and then so a slow leak in a backend cannot grow a worker
  without bound over a million articles.
- Chunks, not one future per file, and at most ``in_flight`` of them: the parent's memory stays
  flat however long the input stream is.
- A worker that dies (segfault, OOM killer) breaks the whole pool and every chunk in flight.
  We restart the pool and rerun those chunks one input at a time, alone, so the input that
  kills a worker is marked ``crashed`` and the innocent ones still get converted. A pool can
  break between two submits too: the chunk it refuses never ran, and goes to the next pool.
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from ..errors import ConvertkitError
from . import forkserver, storage
from .job import CRASHED, FileResult, Job, Settings, convert_chunk, failed_result, warm

log = logging.getLogger("convertkit")

# This many inputs crashing a worker, each alone, with nothing ever converted: the workers cannot
# start at all, and marking a million inputs "crashed" one pool restart at a time helps nobody.
HOPELESS_CRASHES = 5


class WorkersDead(ConvertkitError):
    """Worker processes die before converting anything (a broken install, a failing import)."""


def _die_with(parent_pid: int) -> None:
    """Kill this worker as soon as the batch process is gone (``kill -9`` included).

    Without this, workers outlive a killed parent forever: the pool's queues are pipes the
    workers themselves hold both ends of, so they never see EOF, and the forkserver they came
    from stays alive because each worker holds its liveness pipe. A thread waiting on a pidfd
    of the parent notices its death at once; where pidfds are missing it polls once a second.
    """

    def watch() -> None:
        try:
            fd = os.pidfd_open(parent_pid)
        except (AttributeError, OSError):
            fd = -1
        if fd >= 0:
            select.select([fd], [], [])
        else:
            while True:
                try:
                    os.kill(parent_pid, 0)
                except ProcessLookupError:
                    break
                except PermissionError:
                    pass
                time.sleep(1.0)
        os.kill(
            os.getpid(), signal.SIGKILL
        )  # mid-write is fine: atomic_output never shows partials

    threading.Thread(target=watch, name="convertkit-watch-parent", daemon=True).start()


def init_worker(settings: Settings, parent_pid: int) -> None:
    """Runs once per worker process: Ctrl-C is the parent's business; caches are built here."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with(parent_pid)
    logger = logging.getLogger("convertkit")
    logger.handlers[:] = [logging.NullHandler()]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    warm(settings)


def start_forkserver(settings: Settings) -> None:
    """Start the forkserver now, warming its caches for ``settings`` (see ``forkserver.start``);
    ``convertkit batch`` has usually started it already, from its command callback."""
    from .prewarm import settings_environment

    forkserver.start(settings.formats, settings_environment(settings))


def available_cores() -> int:
    """Cores this process may run on (a container's CPU set, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


def preload_modules(settings: Settings) -> list[str]:
    return forkserver.preload_modules(settings.formats)


class _Backlog:
    """The chunks still to run: those a broken pool refused (they never ran) first, then the stream."""

    def __init__(self, chunks: Iterable[list[Job]]) -> None:
        self._stream = iter(chunks)
        self._refused: deque[list[Job]] = deque()

    def take(self) -> list[Job] | None:
        if self._refused:
            return self._refused.popleft()
        for chunk in self._stream:
            if chunk:
                return chunk
        return None

    def put_back(self, chunk: list[Job]) -> None:
        self._refused.appendleft(chunk)


Pending = dict[Future[list[FileResult]], tuple[list[Job], bool]]  # future -> (chunk, ran alone)


class LocalEngine:
    """``run(chunks)`` yields each chunk's results as it finishes (completion order).

    Each pool is used for ``max_tasks_per_child`` chunks per worker, then drained and replaced, so
    a slow leak in a backend cannot grow a worker without bound over a million articles. This is
    not ``ProcessPoolExecutor(max_tasks_per_child=…)``: on Python 3.11 to 3.14 that can stop
    replacing exited workers and leave queued chunks waiting forever (CPython gh-115634).
    """

    def __init__(
        self,
        settings: Settings,
        workers: int | None = None,
        *,
        in_flight: int | None = None,
        max_tasks_per_child: int = 200,
        watch_interval: float = 2.0,
    ) -> None:
        self.settings = settings
        self.workers = max(1, workers or available_cores())
        self.in_flight = max(1, in_flight or 2 * self.workers)
        self.pool_chunks = max(1, max_tasks_per_child) * self.workers
        self.watch_interval = watch_interval
        self.restarts = 0
        self.recycles = 0
        self.successes = 0
        self.lone_crashes = 0

    def start(self) -> None:
        """Get the workers' process ready before the first chunk is (see ``start_forkserver``)."""
        start_forkserver(self.settings)

    def _pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=forkserver.context(preload_modules(self.settings)),
            initializer=init_worker,
            initargs=(self.settings, os.getpid()),
        )

    def run(self, chunks: Iterable[list[Job]]) -> Iterator[list[FileResult]]:
        backlog = _Backlog(chunks)
        pending: Pending = {}
        suspects: deque[list[Job]] = deque()
        pool = self._pool()
        handed = 0  # chunks given to this pool
        try:
            while True:
                refused = False  # a pool that broke a moment ago refuses work at once
                if suspects:
                    # After a crash, the inputs that were in flight run one by one with nothing
                    # beside them, so a second crash names its culprit exactly.
                    if not pending:
                        chunk = suspects.popleft()
                        if not self._submit(pool, pending, chunk, alone=True):
                            suspects.appendleft(chunk)
                            refused = True
                else:
                    while len(pending) < self.in_flight and handed < self.pool_chunks:
                        next_chunk = backlog.take()
                        if next_chunk is None:
                            break
                        if not self._submit(pool, pending, next_chunk, alone=False):
                            backlog.put_back(next_chunk)
                            refused = True
                            break
                        handed += 1
                if not pending and not refused:
                    more = backlog.take()
                    if more is None:
                        return
                    backlog.put_back(more)
                    # This pool has had its share of chunks and is drained: a fresh one.
                    pool.shutdown(wait=True)
                    pool, handed = self._pool(), 0
                    self.recycles += 1
                    continue
                broken = refused
                if not broken:
                    done, broken = self._wait(pool, pending)
                    for future in done:
                        if _died(future):
                            broken = True
                            continue
                        pending.pop(future)
                        self.successes += 1
                        yield future.result()
                if not broken:
                    continue
                # Every worker is gone now. What finished before the break keeps its results;
                # the rest died with the pool (a failed or never-finished future alike).
                pool.shutdown(wait=True, cancel_futures=True)
                died: list[tuple[list[Job], bool]] = []
                for future, (chunk, alone) in pending.items():
                    if future.done() and not _died(future):
                        self.successes += 1
                        yield future.result()
                    else:
                        died.append((chunk, alone))
                pending.clear()
                # The executor killed the surviving workers too, maybe mid-write: their temporary
                # files go now, while no worker runs, so only complete outputs are ever left.
                self._sweep()
                self.restarts += 1
                log.info("a worker died; restarting the pool (%d restart(s) so far)", self.restarts)
                if not died or any(alone for _, alone in died):
                    self.lone_crashes += 1  # a crash alone, or a pool that died with nothing in it
                if self.lone_crashes >= HOPELESS_CRASHES and not self.successes:
                    raise WorkersDead(
                        f"{self.lone_crashes} worker processes died one after another before any input "
                        "was converted; the workers cannot start (see the messages above)"
                    )
                pool, handed = self._pool(), 0
                for chunk, alone in died:
                    if alone:
                        yield [
                            failed_result(
                                job,
                                CRASHED,
                                "WorkerCrashed",
                                f"{job.display}: the worker process died while converting it",
                            )
                            for job in chunk
                        ]
                    else:
                        suspects.extend([job] for job in chunk)
        except BaseException:
            _terminate(pool)  # Ctrl-C, SIGTERM or the caller gave up: outputs are atomic, so stop now
            pool.shutdown(wait=True, cancel_futures=True)
            self._sweep()  # what the stopped workers were writing: no partial file stays behind
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, pool: ProcessPoolExecutor, pending: Pending, chunk: list[Job], *, alone: bool) -> bool:
        """Hand ``chunk`` to the pool; False when the pool already knows it is broken."""
        try:
            future = pool.submit(convert_chunk, chunk, self.settings)
        except BrokenProcessPool:
            return False
        pending[future] = (chunk, alone)
        return True

    def _wait(self, pool: ProcessPoolExecutor, pending: Pending) -> tuple[set[Future[list[FileResult]]], bool]:
        """The futures done, or none and True when the pool broke without failing them all.

        A chunk handed over at the very moment the pool breaks can be left neither failed nor
        run (CPython 3.11's executor fails its pending work without the submit lock). Waiting on
        it alone would hang the batch, so the wait wakes now and then to look at the pool.
        """
        while True:
            done, _ = wait(pending, timeout=self.watch_interval, return_when=FIRST_COMPLETED)
            if done:
                return done, False
            if getattr(pool, "_broken", False):
                return set(), True

    def _sweep(self) -> None:
        """Remove the temporary files of workers that were killed mid-write (none run now)."""
        folder = storage.local_path(self.settings.outdir)
        if folder is not None:
            storage.sweep_partials(folder)


def _died(future: Future[list[FileResult]]) -> bool:
    return isinstance(future.exception(), BrokenProcessPool)


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop the workers without waiting for their chunks (no public API for this)."""
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(OSError, AttributeError, ValueError):
            process.terminate()
