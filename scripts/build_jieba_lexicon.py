"""Build src/convertkit/summarize/jieba_lexicon.bin from the installed jieba's dict.txt and idf.txt.

    python scripts/build_jieba_lexicon.py [--check]

Run it after upgrading jieba (tests/test_summary_lexicon.py fails until then). ``--check`` only
compares: exit 1 when the shipped file is not what this jieba would give.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from convertkit.summarize.lexicon import DATA_FILE, build, dumps, jieba_sources


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file, write nothing")
    args = parser.parse_args()
    data = dumps(*build(*jieba_sources()))
    current = DATA_FILE.read_bytes() if DATA_FILE.exists() else b""
    if args.check:
        print("up to date" if data == current else f"{DATA_FILE} differs from a fresh build")
        return 0 if data == current else 1
    DATA_FILE.write_bytes(data)
    print(f"{DATA_FILE}: {len(data):,} bytes{' (unchanged)' if data == current else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
