"""The cluster engine: the same ``convert_chunk`` on a Dask distributed cluster.

``convertkit batch … --engine dask --scheduler tcp://HOST:PORT`` (or no scheduler: a
LocalCluster on this machine). Dask's own ``Executor.map`` submits everything at once; a
crawl of ten million files must not become ten million futures on the scheduler, so chunks
are submitted with at most ``in_flight`` outstanding and refilled as each completes. A
``WorkerPlugin`` warms each worker's caches once, as the local pool's initializer does. Workers
read inputs and write outputs themselves, through fsspec when they are URLs, so a cluster on
other machines needs shared storage (S3, NFS); only results (names, errors) come back, and the
manifest stays with the client.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import UsageError
from .job import CRASHED, FileResult, Job, Settings, convert_chunk, failed_result, warm

log = logging.getLogger("convertkit")


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise UsageError(
            "--engine dask needs the 'distributed' package: pip install 'convertkit[dask]'"
        ) from None
    return distributed


def _plugin_class() -> type:
    distributed = _distributed()

    class WarmCaches(distributed.WorkerPlugin):  # type: ignore[misc, name-defined]
        """Build style, fonts, writers and jieba once per worker, before its first chunk."""

        name = "convertkit-warm-caches"

        def __init__(self, settings: Settings) -> None:
            self.settings = settings

        def setup(self, worker: Any) -> None:
            warm(self.settings)

    return WarmCaches


def warm_plugin(settings: Settings) -> Any:
    return _plugin_class()(settings)


class DaskEngine:
    """``run(chunks)`` yields each chunk's results as the cluster finishes it."""

    def __init__(
        self,
        settings: Settings,
        *,
        scheduler: str | None = None,
        workers: int | None = None,
        client: Any = None,
        in_flight: int | None = None,
    ) -> None:
        self.settings = settings
        self.scheduler = scheduler
        self.workers = workers
        self.client = client
        self.in_flight = in_flight

    def _connect(self) -> tuple[Any, list[Any]]:
        """(client, things to close): an existing cluster by address, else a local one."""
        distributed = _distributed()
        if self.client is not None:
            return self.client, []
        if self.scheduler:
            try:
                client = distributed.Client(self.scheduler, timeout="30s")
            except OSError as exc:
                raise UsageError(
                    f"cannot reach the Dask scheduler {self.scheduler}: {exc}"
                ) from None
            return client, [client]
        cluster = distributed.LocalCluster(
            n_workers=self.workers or None,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        )
        client = distributed.Client(cluster)
        return client, [client, cluster]

    def run(self, chunks: Iterable[list[Job]]) -> Iterator[list[FileResult]]:
        distributed = _distributed()
        client, owned = self._connect()
        pending: dict[Any, list[Job]] = {}
        try:
            plugin = warm_plugin(self.settings)
            register = getattr(client, "register_plugin", None) or client.register_worker_plugin
            register(plugin)
            threads = sum(client.nthreads().values()) or 1
            limit = self.in_flight or 2 * (self.workers or threads)
            source = iter(chunks)
            flow = distributed.as_completed()

            def fill() -> None:
                while len(pending) < limit:
                    chunk = next(source, None)
                    if chunk is None:
                        return
                    if chunk:
                        future = client.submit(convert_chunk, chunk, self.settings, pure=False)
                        pending[future] = chunk
                        flow.add(future)

            fill()
            for future in flow:
                chunk = pending.pop(future)
                try:
                    results = future.result()
                except Exception as exc:  # noqa: BLE001 - a lost worker (KilledWorker) or a transport error
                    message = " ".join(str(exc).split()) or type(exc).__name__
                    results = [
                        failed_result(
                            job,
                            CRASHED,
                            type(exc).__name__,
                            f"{job.display}: the Dask task failed: {message}",
                        )
                        for job in chunk
                    ]
                future.release()
                yield results
                fill()
        finally:
            if pending:  # interrupted: leave no work of ours running on a shared cluster
                with contextlib.suppress(Exception):
                    client.cancel(list(pending))
            for thing in owned:
                with contextlib.suppress(Exception):  # closing must not hide the real outcome
                    thing.close()
