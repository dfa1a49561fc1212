#!/usr/bin/env python3
"""Milliseconds per DOCX of the seed in a warm process, with and without embedded fonts.

Warm means what a batch worker sees after its first document: fonts parsed, the trimmed
template built, modules imported. The first (cold) call is reported separately. Run from the
repository root: ``python bench/docx_speed.py [-n 20] [--style briefing]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import convertkit

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_5f66b059eaaa6a40.txt"


def measure(
    document: convertkit.Document, runs: int, **options: object
) -> tuple[float, list[float], int]:
    start = time.perf_counter()
    data = convertkit.render(document, "docx", **options)
    cold = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        data = convertkit.render(document, "docx", **options)
        times.append((time.perf_counter() - start) * 1000)
    return cold, times, len(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-n", "--runs", type=int, default=20, help="warm runs per case (median reported)"
    )
    parser.add_argument("--style", default="briefing")
    parser.add_argument("input", nargs="?", default=str(SEED))
    args = parser.parse_args()
    document = convertkit.read(args.input)
    cases = {
        "embedded fonts": {"embed_fonts": True},
        "no embedded fonts": {"embed_fonts": False},
        "embedded + masthead": {
            "embed_fonts": True,
            "masthead": "舆情简报",
            "issue_no": 12,
            "org": "某某办公室",
        },
    }
    print(f"DOCX of {Path(args.input).name}, style {args.style}, median of {args.runs} warm runs")
    for label, options in cases.items():
        cold, times, size = measure(document, args.runs, style=args.style, **options)
        print(
            f"  {label:22} {statistics.median(times):8.1f} ms/doc  (min {min(times):.1f}, "
            f"first call {cold:.0f} ms, {size / 1024:.0f} KiB)"
        )


if __name__ == "__main__":
    main()
