"""Progress for the person watching: a live bar on a terminal, a periodic line in a log.

The parent owns all output. On a TTY a rich (or tqdm) bar shows done/total, articles per
second and an ETA; in CI or a log file a redrawn bar is noise, so a plain line goes to stderr
every ``interval`` seconds instead. The total is filled in later by a counting walk when it is
known; until then there is a rate but no ETA.
"""

from __future__ import annotations

import sys
import time
from typing import Protocol, TextIO


class Progress(Protocol):
    shows_total: bool  # False: no total is ever shown, so nobody walks the inputs a second time to count them

    def set_total(self, total: int) -> None: ...
    def advance(self, done: int, failed: int) -> None: ...
    def message(self, line: str) -> None: ...
    def close(self) -> None: ...


def _eta(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class PlainProgress:
    """One line every ``interval`` seconds: ``batch: 1200/5000, 3 failed, 85.2/s, ETA 0:00:44``."""

    shows_total = True

    def __init__(self, stream: TextIO | None = None, interval: float = 10.0) -> None:
        self.stream = stream or sys.stderr
        self.interval = interval
        self.started = time.monotonic()
        self.last = self.started
        self.total: int | None = None
        self.done = 0
        self.failed = 0

    def set_total(self, total: int) -> None:
        self.total = total

    def advance(self, done: int, failed: int) -> None:
        self.done += done
        self.failed += failed
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self.stream.write(self.line(now) + "\n")
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.started, 1e-9)
        rate = self.done / elapsed
        text = f"convertkit: batch: {self.done}" + (f"/{self.total}" if self.total else "")
        text += f", {self.failed} failed, {rate:.1f}/s"
        if self.total and rate > 0 and self.total >= self.done:
            text += f", ETA {_eta((self.total - self.done) / rate)}"
        return text

    def message(self, line: str) -> None:
        self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        pass


class RichProgress:
    """A rich bar with rate and ETA; messages print above it without tearing it."""

    shows_total = True

    def __init__(self, stream: TextIO | None = None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import (
            Progress as Bar,
        )

        self.console = Console(file=stream or sys.stderr)
        self.bar = Bar(
            TextColumn("[bold]batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rate]:.1f}/s"),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
        )
        self.started = time.monotonic()
        self.done = 0
        self.failed = 0
        self.task = self.bar.add_task("batch", total=None, rate=0.0, failed=0)
        self.bar.start()

    def set_total(self, total: int) -> None:
        self.bar.update(self.task, total=total)

    def advance(self, done: int, failed: int) -> None:
        self.done += done
        self.failed += failed
        rate = self.done / max(time.monotonic() - self.started, 1e-9)
        self.bar.update(self.task, advance=done, rate=rate, failed=self.failed)

    def message(self, line: str) -> None:
        self.console.print(line, markup=False, highlight=False, soft_wrap=True)

    def close(self) -> None:
        self.bar.stop()


class TqdmProgress:
    """The fallback bar when rich is not installed but tqdm is."""

    shows_total = True

    def __init__(self, stream: TextIO | None = None) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=None, unit="article", file=stream or sys.stderr, dynamic_ncols=True)
        self.failed = 0

    def set_total(self, total: int) -> None:
        self.bar.total = total
        self.bar.refresh()

    def advance(self, done: int, failed: int) -> None:
        self.failed += failed
        if failed:
            self.bar.set_postfix(failed=self.failed, refresh=False)
        self.bar.update(done)

    def message(self, line: str) -> None:
        self.bar.write(line, file=sys.stderr)

    def close(self) -> None:
        self.bar.close()


class QuietProgress:
    shows_total = False

    def set_total(self, total: int) -> None:
        pass

    def advance(self, done: int, failed: int) -> None:
        pass

    def message(self, line: str) -> None:
        sys.stderr.write(line + "\n")

    def close(self) -> None:
        pass


def make_progress(
    mode: str = "auto", stream: TextIO | None = None, interval: float = 10.0
) -> Progress:
    """``auto``: a bar on a terminal, plain lines otherwise; ``bar``/``plain``/``none`` force one."""
    stream = stream or sys.stderr
    if mode == "none":
        return QuietProgress()
    if mode == "bar" or (mode == "auto" and stream.isatty()):
        try:
            return RichProgress(stream)
        except ImportError:
            pass
        try:
            return TqdmProgress(stream)
        except ImportError:
            pass
    return PlainProgress(stream, interval)
