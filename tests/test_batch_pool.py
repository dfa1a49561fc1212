"""The local engine's pool handling: pools that break between submits, futures a broken pool never
fails, and pools replaced after their share of chunks. The fakes stand for ProcessPoolExecutor's
behaviour at the moments that are too rare to hit on purpose with real workers."""

from __future__ import annotations

import os
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from convertkit.batch.job import Job, Settings
from convertkit.batch.local import LocalEngine, WorkersDead
from convertkit.batch.run import chunked
from test_batch_support import READER, make_articles


class FakePool:
    """Runs chunks at once (a chunk's result is its sources). After ``works`` chunks the pool is
    broken: the next submit raises, as ProcessPoolExecutor's does once it knows; with ``strand``
    that chunk's future is returned but never finishes, the executor's lost-work race."""

    def __init__(self, works: int | None = None, *, strand: bool = False) -> None:
        self.works = works
        self.strand = strand
        self.submitted: list[list[str]] = []
        self._broken: str | bool = False
        self.shut = False

    def submit(self, fn: object, chunk: list[Job], settings: object) -> Future[list[str]]:
        assert not self.shut, "work handed to a pool after its shutdown"
        future: Future[list[str]] = Future()
        if self.works is not None and len(self.submitted) >= self.works:
            self._broken = "A child process terminated abruptly"
            if not self.strand:
                raise BrokenProcessPool(self._broken)
            self.submitted.append([job.source for job in chunk])
            return future  # never set: the broken pool forgot it
        self.submitted.append([job.source for job in chunk])
        future.set_result([job.source for job in chunk])
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        self.shut = True


class Engine(LocalEngine):
    """A LocalEngine on a list of fake pools (a fresh healthy one when the list runs out)."""

    def __init__(self, pools: list[FakePool], **options: object) -> None:
        super().__init__(Settings(outdir="", formats=("txt",), reader=READER), 2, **options)  # type: ignore[arg-type]
        self.pools = pools
        self.made: list[FakePool] = []

    def _pool(self) -> FakePool:  # type: ignore[override]
        pool = self.pools.pop(0) if self.pools else FakePool()
        self.made.append(pool)
        return pool

    def _sweep(self) -> None:
        pass


def run(engine: Engine, count: int, chunk: int = 3) -> list[str]:
    jobs = [Job(f"a{n}.txt") for n in range(count)]
    return [source for results in engine.run(chunked(iter(jobs), chunk)) for source in results]


def test_a_chunk_refused_by_a_broken_pool_runs_in_the_next_one_and_nothing_is_lost() -> None:
    engine = Engine([FakePool(works=1)], in_flight=4)
    results = run(engine, 9)
    assert sorted(results) == sorted(f"a{n}.txt" for n in range(9))
    assert len(results) == 9  # nothing twice either: the chunk that finished kept its result
    assert engine.restarts == 1
    assert engine.made[1].submitted[0] == ["a3.txt", "a4.txt", "a5.txt"]  # refused, never ran: whole


def test_a_pool_broken_with_nothing_in_flight_is_replaced() -> None:
    engine = Engine([FakePool(works=0)], in_flight=4)
    assert sorted(run(engine, 5)) == sorted(f"a{n}.txt" for n in range(5))
    assert engine.restarts == 1


def test_pools_that_keep_breaking_before_any_work_stop_the_batch() -> None:
    engine = Engine([FakePool(works=0) for _ in range(10)], in_flight=4)
    with pytest.raises(WorkersDead):
        run(engine, 5)


def test_a_future_the_broken_pool_never_fails_does_not_hang_the_batch() -> None:
    engine = Engine([FakePool(works=1, strand=True)], in_flight=2, watch_interval=0.05)
    results = run(engine, 6)
    assert sorted(results) == sorted(f"a{n}.txt" for n in range(6))
    assert engine.restarts == 1


def test_a_pool_is_replaced_after_its_share_of_chunks() -> None:
    engine = Engine([], in_flight=2, max_tasks_per_child=2)  # 2 workers: 4 chunks per pool
    results = run(engine, 30, chunk=2)  # 2, 2, 2…: 15 chunks
    assert sorted(results) == sorted(f"a{n}.txt" for n in range(30))
    assert [len(pool.submitted) for pool in engine.made] == [4, 4, 4, 3]
    assert engine.recycles == 3 and engine.restarts == 0
    assert all(pool.shut for pool in engine.made)


def test_real_workers_are_replaced_and_the_batch_completes(tmp_path: Path) -> None:
    """With real processes: one chunk per worker per pool, so every pool is new workers."""
    paths = make_articles(tmp_path / "in", 12)
    (tmp_path / "out").mkdir()
    settings = Settings(outdir=str(tmp_path / "out"), formats=("txt",), reader=READER)
    engine = LocalEngine(settings, 2, in_flight=2, max_tasks_per_child=1)
    jobs = (Job(str(path)) for path in paths)
    results = [result for chunk in engine.run(chunked(jobs, 2)) for result in chunk]
    assert sorted(os.path.basename(result.source) for result in results) == sorted(path.name for path in paths)
    assert {result.status for result in results} == {"ok"}
    assert engine.recycles >= 2
