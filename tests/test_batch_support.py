"""A stand-in for the news reader, and corpus builders, for the batch tests (no tests here).

The batch engine is tested on its own contract: the fake reader turns a tiny line format into
Documents and can be told to fail, hang or kill its worker, which a real article cannot do on
demand. The real writers, naming, atomic output and manifest are used unchanged.

File format: line 1 title, line 2 ISO date (or empty), line 3 agency (or empty), then body
lines. A body line ``!crash`` kills the worker with SIGKILL, ``!fail`` raises an InputError,
``!sleep SECONDS`` sleeps, ``!boom`` raises a plain RuntimeError (a bug).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from convertkit.errors import NoArticleError
from convertkit.model import Document, Meta, Paragraph

READER = "test_batch_support:fake_reader"


def fake_reader(
    data: bytes, *, path: str | None = None, format: str | None = None, **_: object
) -> Iterator[Document]:
    text = data.decode("utf-8")
    if text.lstrip().startswith("{"):
        record = json.loads(text)
        yield Document(
            Meta(
                title=record.get("title", ""),
                published=record.get("date"),
                agency=record.get("source"),
            ),
            (Paragraph(text=record.get("content", ""), raw=record.get("content", "")),),
        )
        return
    lines = text.splitlines()
    title, published, agency, body = (
        (lines + ["", "", ""])[0],
        (lines + ["", ""])[1],
        (lines + ["", "", ""])[2],
        lines[3:],
    )
    for line in body:
        if line == "!crash":
            os.kill(os.getpid(), signal.SIGKILL)
        if line == "!fail":
            raise NoArticleError("is marked bad on purpose", path=path)
        if line == "!boom":
            raise RuntimeError("a bug in the reader")
        if line.startswith("!sleep "):
            time.sleep(float(line.split()[1]))
    if not title:
        raise NoArticleError("has no title", path=path)
    paragraphs = tuple(
        Paragraph(text=line, raw=line) for line in body if line and not line.startswith("!")
    )
    yield Document(
        Meta(title=title, published=published or None, agency=agency or None), paragraphs
    )


def article(
    title: str, body: str = "正文第一段。", date: str = "2019-01-17T23:10", agency: str = "中新网"
) -> str:
    return f"{title}\n{date}\n{agency}\n{body}\n"


def make_articles(folder: Path, count: int, *, extra: str = "") -> list[Path]:
    """``count`` distinct good articles under ``folder`` (in two subfolders, to exercise the walk)."""
    paths = []
    for index in range(count):
        sub = folder / ("a" if index % 2 else "b")
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"article{index:04d}.txt"
        path.write_text(
            article(f"第{index}篇：福建军民融合新年新貌", f"正文{index}。\n{extra}".rstrip()),
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def kill_on_import(data: bytes, **_: object) -> Iterator[Document]:
    """A reader whose every call kills the worker: stands for workers that cannot work at all."""
    os.kill(os.getpid(), signal.SIGKILL)
    yield from ()


def batch_command(inputs: str | Path, out: str | Path, formats: str, *options: str, jobs: int = 1) -> list[str]:
    """``python -m convertkit.batch INPUTS -o OUT --to FORMATS -j JOBS --reader READER OPTIONS…``:
    the command line the subprocess tests run (the fake reader, so no test depends on the rules)."""
    return [sys.executable, "-m", "convertkit.batch", str(inputs), "-o", str(out), "--to", formats,
            "-j", str(jobs), "--reader", READER, *options]
