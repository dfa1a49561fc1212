#!/usr/bin/env python3
"""Instructions per article of the text reader, counted by cachegrind rather than timed.

Wall and CPU time wander by tens of percent on a shared machine; an instruction count of the
same work is the same run after run, so a few percent of change in the reader shows. The script
reads the bench articles' bytes, warms the reader on the first ``--warm`` of them (imports done,
lazy tables built, regexes compiled), then reads the first N articles. Run it twice under
cachegrind, with N=0 and N=200, and the difference is the reading alone:

    PYTHONPATH=src valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        python bench/reader_speed.py 0
    PYTHONPATH=src valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        python bench/reader_speed.py 200

(the "I refs" of the second less those of the first, over 200). ``--measure`` does both runs
and prints that figure: ``python bench/reader_speed.py --measure``; ``--src OLD/src`` measures
another tree (``git archive <commit> src | tar -x -C OLD``) the same way. It compiles the tree's
bytecode first, as an installed package has it: a module the reader imports on first need (the
lexicon, for a common-word test) would otherwise be compiled from source inside the count.
Without valgrind, the script reads the N articles and prints the CPU time it took, for a rough look.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "bench" / ".work" / "articles"


def read(count: int, warm: int) -> float:
    """Read ``count`` articles after warming on ``warm``; the CPU seconds the reading took."""
    from convertkit.readers import read_documents

    articles = [(str(path), path.read_bytes()) for path in sorted(ARTICLES.glob("*.txt"))]
    for path, data in articles[:warm]:
        list(read_documents(data, path=path))
    start = time.process_time()
    for path, data in articles[:count]:
        list(read_documents(data, path=path))
    return time.process_time() - start


def instructions(count: int, warm: int, src: Path) -> int:
    """The instructions cachegrind counts for one run of this script reading ``count`` articles."""
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")  # same sets, same order, each run
    result = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, __file__, str(count), "--warm", str(warm)],
        env=env, capture_output=True, text=True, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if found is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{result.stderr}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=200, help="articles to read after the warm-up")
    parser.add_argument("--warm", type=int, default=5, help="articles read first, not counted")
    parser.add_argument("--measure", action="store_true",
                        help="run under cachegrind with 0 and COUNT articles; print instructions per article")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the source tree to measure (with --measure)")
    args = parser.parse_args()
    if args.measure:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(args.src)], check=True)
        base, full = instructions(0, args.warm, args.src), instructions(args.count, args.warm, args.src)
        print(f"{(full - base) / args.count:,.0f} instructions per article "
              f"({args.count} articles; {base:,} without reading, {full:,} with)")
    else:
        seconds = read(args.count, args.warm)
        print(f"{args.count} articles in {seconds * 1000:.1f} ms CPU")


if __name__ == "__main__":
    main()
