"""The local engine: a process pool that runs ``convert_chunk`` with bounded work in flight.

Why these choices:
- forkserver (spawn elsewhere): workers start from a clean interpreter, not a fork of a parent
  that holds a SQLite handle, a progress thread and a half-walked directory iterator.
- The initializer warms each worker's caches once (style, fonts, writers, jieba), and
  ``max_tasks_per_child`` recycles workers now and then so a slow leak in a backend cannot
  grow a worker without bound over a million articles.
- Chunks, not one future per file, and at most ``in_flight`` of them: the parent's memory stays
  flat however long the input stream is.
- A worker that dies (segfault, OOM killer) breaks the whole pool and every chunk in flight.
  We restart the pool and rerun those chunks one input at a time, alone, so the input that
  kills a worker is marked ``crashed`` and the innocent ones still get converted.
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


class LocalEngine:
    """``run(chunks)`` yields each chunk's results as it finishes (completion order)."""

    def __init__(
        self,
        settings: Settings,
        workers: int | None = None,
        *,
        in_flight: int | None = None,
        max_tasks_per_child: int = 200,
    ) -> None:
        self.settings = settings
        self.workers = max(1, workers or available_cores())
        self.in_flight = max(1, in_flight or 2 * self.workers)
        self.max_tasks_per_child = max_tasks_per_child
        self.restarts = 0
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
            max_tasks_per_child=self.max_tasks_per_child,
        )

    def run(self, chunks: Iterable[list[Job]]) -> Iterator[list[FileResult]]:
        pool = self._pool()
        pending: dict[Future[list[FileResult]], tuple[list[Job], bool]] = {}  # chunk, ran alone
        suspects: deque[list[Job]] = deque()
        source = iter(chunks)
        exhausted = False
        try:
            while True:
                if suspects:
                    # After a crash, the inputs that were in flight run one by one with nothing
                    # beside them, so a second crash names its culprit exactly.
                    if not pending:
                        chunk = suspects.popleft()
                        pending[pool.submit(convert_chunk, chunk, self.settings)] = (chunk, True)
                else:
                    while not exhausted and len(pending) < self.in_flight:
                        try:
                            chunk = next(source)
                        except StopIteration:
                            exhausted = True
                            break
                        if chunk:
                            pending[pool.submit(convert_chunk, chunk, self.settings)] = (
                                chunk,
                                False,
                            )
                if not pending:
                    return
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                broken: list[tuple[list[Job], bool]] = []
                for future in done:
                    chunk, alone = pending.pop(future)
                    try:
                        results = future.result()
                    except BrokenProcessPool:
                        broken.append((chunk, alone))
                        continue
                    self.successes += 1
                    yield results
                if not broken:
                    continue
                broken.extend(pending.values())  # every chunk still in flight died with the pool
                pending.clear()
                pool.shutdown(wait=True, cancel_futures=True)
                # The executor killed the surviving workers too, maybe mid-write: their temporary
                # files go now, while no worker runs, so only complete outputs are ever left.
                self._sweep()
                self.restarts += 1
                log.info("a worker died; restarting the pool (%d restart(s) so far)", self.restarts)
                pool = self._pool()
                if any(alone for _, alone in broken):
                    self.lone_crashes += 1
                if self.lone_crashes >= HOPELESS_CRASHES and not self.successes:
                    raise WorkersDead(
                        f"{self.lone_crashes} worker processes died one after another before any input "
                        "was converted; the workers cannot start (see the messages above)"
                    )
                for chunk, alone in broken:
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

    def _sweep(self) -> None:
        """Remove the temporary files of workers that were killed mid-write (none run now)."""
        folder = storage.local_path(self.settings.outdir)
        if folder is not None:
            storage.sweep_partials(folder)


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop the workers without waiting for their chunks (no public API for this)."""
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(OSError, AttributeError, ValueError):
            process.terminate()
