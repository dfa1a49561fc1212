#!/usr/bin/env python3
"""Milliseconds of CPU per DOCX of the seed in a warm process, with and without embedded fonts.

Warm means what a batch worker sees after its first document: fonts parsed, the trimmed
template and the per-style skeleton built, modules imported. The first (cold) call is
reported separately. CPU time (``time.process_time``), not wall time: the benchmark machine
is shared, and another process's load must not show up as ours. Run from the repository
root: ``python bench/docx_speed.py [-n 20] [--style briefing] [--against REV] [INPUT]``.
INPUT is an article (the seed by default) or a folder of ``.txt`` articles (e.g.
``bench/.work/articles``): then a run renders all of them and the mean per article is shown.

``--against REV`` also times the DOCX writer of git revision REV in the same process,
alternating old and new runs, so both see the same machine.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import convertkit
from convertkit.api import prepare
from convertkit.writers import registry

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_5f66b059eaaa6a40.txt"


def renderer(
    writer: type, documents: list[convertkit.Document], style: str, options: dict[str, object]
) -> Callable[[], bytes]:
    """One render of each document by ``writer``, as the API would call it (reading excluded);
    returns the last output."""
    prepared = [prepare(writer, [document], style, options) for document in documents]

    def render() -> bytes:
        for docs, ctx in prepared:
            buffer = io.BytesIO()
            writer().write(docs[0], ctx, buffer)
        return buffer.getvalue()

    return render


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=20, help="warm runs per case (median reported)")
    parser.add_argument("--style", default="briefing")
    parser.add_argument("--against", metavar="REV", help="also time the DOCX writer of this git revision")
    parser.add_argument("input", nargs="?", default=str(SEED))
    args = parser.parse_args()
    source = Path(args.input)
    paths = sorted(source.glob("*.txt")) if source.is_dir() else [source]
    documents = [convertkit.read(path) for path in paths]
    per = len(documents)
    writers: dict[str, type] = {"now": registry.get("docx")}
    if args.against:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from docx_equivalence import reference_writer

        writers = {args.against: reference_writer(args.against), **writers}
    cases = {
        "embedded fonts": {"embed_fonts": True},
        "no embedded fonts": {"embed_fonts": False},
        "embedded + masthead": {"embed_fonts": True, "masthead": "舆情简报", "issue_no": 12, "org": "某某办公室"},
    }
    print(
        f"DOCX of {source.name} ({per} article(s)), style {args.style}, median CPU ms per article "
        f"of {args.runs} warm runs"
    )
    for label, options in cases.items():
        renders = {name: renderer(writer, documents, args.style, options) for name, writer in writers.items()}
        colds, times = {}, {name: [] for name in writers}
        for name, render in renders.items():
            start = time.process_time()
            data = render()
            colds[name] = ((time.process_time() - start) * 1000 / per, len(data))
        for _ in range(args.runs):
            for name, render in renders.items():
                start = time.process_time()
                render()
                times[name].append((time.process_time() - start) * 1000 / per)
        for name in writers:
            cold, size = colds[name]
            print(
                f"  {label:22} {name:8} {statistics.median(times[name]):7.2f} ms/doc  "
                f"(min {min(times[name]):.2f}, first run {cold:.1f} ms, last {size / 1024:.0f} KiB)"
            )


if __name__ == "__main__":
    main()
