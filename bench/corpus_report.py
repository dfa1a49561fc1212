"""Convert every file of the test corpus with the readers and print what was found.

    python bench/corpus_report.py [CORPUS_DIR] [--errors] [--fields]

One row per corpus folder plus a total: files, documents produced, detection rates per
field (share of documents with a title the source gave, a title derived from the first
sentence instead, publication time, agency, reporters, editors, at least one caption, a lead), files that failed (with the one-line error under ``--errors``)
and seconds. ``--fields`` prints what each document got, for reading against the sources.
The corpus is ``<repo>/../shared/corpus`` unless given or set in ``CONVERTKIT_CORPUS``.
Run from the repository with ``PYTHONPATH=src``; the readers never touch the network.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from convertkit.errors import ConvertkitError  # noqa: E402
from convertkit.model import Document  # noqa: E402
from convertkit.readers import read_documents  # noqa: E402
from convertkit.sources import load  # noqa: E402

FIELDS = ("title", "derived_title", "published", "agency", "reporters", "editors", "captions", "lead")
_SKIP_NAMES = {"README.md", "MANIFEST.tsv"}


def default_corpus() -> Path:
    return Path(os.environ.get("CONVERTKIT_CORPUS", REPO.parent / "shared" / "corpus"))


def has_field(document: Document, name: str) -> bool:
    meta = document.meta
    if name == "title":  # a headline the source gave, not one made from the first sentence
        return bool(meta.title) and not meta.title_derived
    if name == "derived_title":
        return meta.title_derived
    if name == "captions":
        return bool(document.blocks_of("caption"))
    if name == "lead":
        return bool(document.blocks_of("lead"))
    return bool(getattr(meta, name))


@dataclass
class Row:
    """Counters for one folder (or the total)."""

    name: str
    files: int = 0
    documents: int = 0
    errors: list[str] = field(default_factory=list)
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    seconds: float = 0.0

    def add(self, other: Row) -> None:
        self.files += other.files
        self.documents += other.documents
        self.errors.extend(other.errors)
        self.seconds += other.seconds
        for name in FIELDS:
            self.found[name] += other.found[name]

    def cells(self) -> list[str]:
        rates = [f"{100 * self.found[name] / self.documents:.0f}%" if self.documents else "-" for name in FIELDS]
        return [self.name, str(self.files), str(self.documents), *rates, str(len(self.errors)), f"{self.seconds:.2f}"]


def corpus_files(root: Path) -> Iterable[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.name not in _SKIP_NAMES and not path.name.startswith("."):
            yield path


def convert(path: Path, root: Path, row: Row, show_fields: bool) -> None:
    started = time.perf_counter()
    shown = str(path.relative_to(root))
    try:
        documents = list(read_documents(load(path), path=shown))
    except ConvertkitError as exc:
        row.errors.append(f"{type(exc).__name__}: {exc}")
        documents = []
    except Exception as exc:  # noqa: BLE001 - a report lists crashes instead of stopping at the first
        row.errors.append(f"CRASH {shown}: {type(exc).__name__}: {exc}")
        documents = []
    row.seconds += time.perf_counter() - started
    row.files += 1
    row.documents += len(documents)
    for document in documents:
        for name in FIELDS:
            row.found[name] += has_field(document, name)
        if show_fields:
            meta = document.meta
            record = f"#{meta.source.record}" if meta.source.record is not None else ""
            print(f"{shown}{record}\t{meta.title[:40]}\t{meta.published}\t{meta.agency}\t"
                  f"{','.join(meta.reporters)}\t{','.join(meta.editors)}\t{meta.language}\t"
                  f"{meta.source.encoding}\t{len(document.blocks_of('caption'))}\t{len(document.blocks)}")


def table(rows: list[Row]) -> str:
    header = ["folder", "files", "docs", *FIELDS, "errors", "seconds"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines.extend("| " + " | ".join(row.cells()) + " |" for row in rows)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=None)
    parser.add_argument("--errors", action="store_true", help="list each failed file with its one-line error")
    parser.add_argument("--fields", action="store_true", help="print the fields found for every document")
    args = parser.parse_args(argv)
    root: Path = args.corpus or default_corpus()
    if not root.is_dir():
        print(f"corpus_report: no corpus at {root} (give a path or set CONVERTKIT_CORPUS)", file=sys.stderr)
        return 2
    logging.getLogger("convertkit").setLevel(logging.ERROR)  # per-record warnings would drown the table
    rows: dict[str, Row] = {}
    for path in corpus_files(root):
        folder = path.relative_to(root).parts[0] if len(path.relative_to(root).parts) > 1 else "."
        convert(path, root, rows.setdefault(folder, Row(folder)), args.fields)
    total = Row("total")
    for row in rows.values():
        total.add(row)
    print(table([*rows.values(), total]))
    if args.errors and total.errors:
        print()
        for line in total.errors:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
