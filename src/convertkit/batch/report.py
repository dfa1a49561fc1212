"""What the batch tells its user: counters, an errors file, one summary line, an exit code.

Failures are data, not tracebacks: each one is a JSON line (input, error type, message) in
``errors.jsonl`` so a million-article run can be triaged with ``jq``, plus one
``convertkit: error: …`` line on stderr (the first ``MAX_ERROR_LINES`` of them; a flood of
lines helps nobody and the file has them all).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import IO

from .job import CRASHED, NOT_ARTICLE, OK, SKIPPED, FileResult

ERRORS_FILENAME = "errors.jsonl"
MAX_ERROR_LINES = 100


@dataclass
class Report:
    """Mutable counters owned by the parent process (the one place batch state changes)."""

    errors: IO[str] | None = None
    say: Callable[[str], None] = print
    started: float = field(default_factory=time.monotonic)
    done: int = 0
    skipped: int = 0
    failed: int = 0
    crashed: int = 0
    articles: int = 0
    outputs: int = 0
    not_articles: int = 0  # web archive pages that hold no article (section fronts): passed over
    removed: int = 0  # outdated outputs of inputs that changed since an earlier run
    peak_rss_kb: int = 0
    errors_path: str | None = None
    passed_over: Counter[str] = field(default_factory=Counter)  # files a folder walk left out, by suffix

    def add(self, results: Iterable[FileResult]) -> tuple[int, int]:
        """Count a chunk's results; returns (inputs, failures) for the progress bar."""
        count = failures = 0
        for result in results:
            count += 1
            self.peak_rss_kb = max(self.peak_rss_kb, result.peak_rss_kb)
            if result.status == OK:
                self.done += 1
                self.articles += result.articles
                self.outputs += len(result.outputs)
            elif result.status == SKIPPED:
                self.skipped += 1
            elif result.status == NOT_ARTICLE:
                self.not_articles += 1
            else:
                failures += 1
                if result.status == CRASHED:
                    self.crashed += 1
                else:
                    self.failed += 1
                self._error(result)
        if failures and self.errors is not None:
            self.errors.flush()
        return count, failures

    def _error(self, result: FileResult) -> None:
        if self.errors is not None:
            self.errors.write(
                json.dumps(
                    {
                        "input": result.source,
                        "status": result.status,
                        "error_type": result.error_type,
                        "message": result.error,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
        shown = self.failed + self.crashed
        if shown <= MAX_ERROR_LINES:
            self.say(f"convertkit: error: {result.error}")
        if shown == MAX_ERROR_LINES + 1:
            where = self.errors_path or ERRORS_FILENAME
            self.say(f"convertkit: error: more failures; every one is listed in {where}")

    @property
    def total_failed(self) -> int:
        return self.failed + self.crashed

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def exit_code(self) -> int:
        return 0 if self.total_failed == 0 else 1

    def summary(self) -> str:
        """``convertkit: batch: 190 done, 5 skipped, 5 failed in 12.3 s (15.4 inputs/s)``."""
        seconds = self.elapsed
        rate = (self.done + self.total_failed) / seconds if seconds > 0 else 0.0
        failed = f"{self.failed} failed" + (
            f" ({self.crashed} more crashed a worker)" if self.crashed else ""
        )
        text = (
            f"convertkit: batch: {self.done} done, {self.skipped} skipped, {failed} "
            f"in {seconds:.1f} s ({rate:.1f} inputs/s, {self.articles} articles, {self.outputs} files"
        )
        if self.peak_rss_kb:
            text += f", peak worker RSS {self.peak_rss_kb / 1024:.0f} MB"
        text += ")"
        if self.not_articles:
            pages = f"{self.not_articles} archived page{'s' if self.not_articles != 1 else ''}"
            text += f"; {pages} held no article (section fronts, lists) and passed over"
        if self.removed:
            text += f"; {self.removed} outdated output{'s' if self.removed != 1 else ''} removed"
        if self.total_failed and self.errors_path:
            text += f"; errors in {self.errors_path}"
        if self.passed_over:
            count = sum(self.passed_over.values())
            kinds = ", ".join(f"{suffix} {number}" for suffix, number in self.passed_over.most_common(4))
            text += (f"; {count} file{'s' if count != 1 else ''} of other types passed over in the folders"
                     f" ({kinds}{', …' if len(self.passed_over) > 4 else ''}): name them to convert them")
        return text
