"""ROUGE of our summaries against human ones, beside LEAD-3 and plain TextRank.

    python bench/summaries.py [--corpus DIR] [--per-article]

Reads ``<repo>/../shared/corpus/summaries/*.json`` (or ``$CONVERTKIT_CORPUS/summaries``), each
``{"title", "article", "summary", ...}``, builds a Document from the article the way any input
is read (``convertkit.read`` on a crawler-JSON record), and prints character-level ROUGE-1/2/L
F1 (averaged over articles) and milliseconds per article for each system. Every system uses
the same sentence splitter and the same candidate sentences, so only the choice differs; the
"same budget" rows give the baselines our default budget (3 sentences and 150 Han characters),
to show what the ranking adds beyond the length limit.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from convertkit.model import Document, Lead, Meta, Paragraph  # noqa: E402
from convertkit.summarize.keywords import add_keywords  # noqa: E402
from convertkit.summarize.rouge import rouge  # noqa: E402
from convertkit.summarize.summary import (  # noqa: E402
    Budget,
    Summary,
    lead_baseline,
    summarize,
    textrank_baseline,
)
from convertkit.summarize.tokens import clear_cut_cache, tokenizer  # noqa: E402


def corpus_dir(override: str | None = None) -> Path:
    configured = override or os.environ.get("CONVERTKIT_CORPUS")
    return Path(configured) if configured else REPO.parent / "shared" / "corpus"


@dataclass(frozen=True)
class Pair:
    name: str
    document: Document
    reference: str


def document_from_article(title: str, article: str) -> tuple[Document, str]:
    """The article read as a crawler-JSON record; by hand (lead + paragraphs) if the reader cannot."""
    import convertkit

    record = json.dumps([{"title": title or "", "content": article}], ensure_ascii=False).encode("utf-8")
    try:
        return convertkit.read(record, format="json"), "convertkit.read"
    except Exception as exc:  # noqa: BLE001 - the bench still runs while the readers are being built
        reason = f"built by hand ({type(exc).__name__}: {' '.join(str(exc).split())[:80]})"
        paragraphs = [line.strip() for line in article.splitlines() if line.strip()]
        blocks = tuple(Lead(text, text) if i == 0 else Paragraph(text, text) for i, text in enumerate(paragraphs))
        return Document(Meta(title=title or ""), blocks), reason


def load_pairs(directory: Path) -> tuple[list[Pair], set[str]]:
    pairs: list[Pair] = []
    paths: set[str] = set()
    for path in sorted(directory.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        document, how = document_from_article(record.get("title", ""), record["article"])
        paths.add(how)
        pairs.append(Pair(path.stem, document, record["summary"]))
    return pairs, paths


SYSTEMS: dict[str, Callable[[Document], Summary]] = {
    "LEAD-3": lambda doc: lead_baseline(doc, 3),
    "TextRank-3 (plain)": lambda doc: textrank_baseline(doc, 3),
    "ours (default budget)": lambda doc: summarize(doc, Budget()),
    "LEAD, same budget": lambda doc: lead_baseline(doc, Budget()),
    "TextRank, same budget": lambda doc: textrank_baseline(doc, Budget()),
    "ours, 3 sentences": lambda doc: summarize(doc, Budget(3, None)),
}


def run(pairs: list[Pair], per_article: bool) -> list[tuple[str, float, float, float, float, float]]:
    rows = []
    for name, system in SYSTEMS.items():
        clear_cut_cache()  # every system starts cold: the first would otherwise warm the cut cache for the rest
        totals = [0.0, 0.0, 0.0]
        han = 0
        started = time.perf_counter()
        outputs = [system(pair.document) for pair in pairs]
        elapsed = time.perf_counter() - started
        for pair, output in zip(pairs, outputs, strict=True):
            scores = rouge(output.text, pair.reference)
            totals[0] += scores.rouge1.f1
            totals[1] += scores.rouge2.f1
            totals[2] += scores.rougeL.f1
            han += output.han
            if per_article:
                print(f"  {name:24} {pair.name:16} R-L {scores.rougeL.f1:.3f}  {output.text[:60]}")
        count = len(pairs)
        rows.append((name, *(100 * total / count for total in totals), 1000 * elapsed / count, han / count))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="corpus directory (default: <repo>/../shared/corpus or $CONVERTKIT_CORPUS)")
    parser.add_argument("--per-article", action="store_true", help="print every article's ROUGE-L and summary")
    parser.add_argument("--subset", choices=["all", "lcsts", "clts"], default="all")
    args = parser.parse_args(argv)
    directory = corpus_dir(args.corpus) / "summaries"
    if not directory.is_dir():
        print(f"no summaries set at {directory}", file=sys.stderr)
        return 1
    tokenizer()  # jieba's one-off start-up is not part of any article's time
    pairs, how = load_pairs(directory)
    if pairs:  # nor are the first call's IDF table and stop-word list
        summarize(pairs[0].document)
        add_keywords(pairs[0].document)
    if args.subset != "all":
        pairs = [pair for pair in pairs if pair.name.startswith(args.subset)]
    print(f"{len(pairs)} articles from {directory} (documents: {', '.join(sorted(how))})")
    print(f"{'system':24} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-L':>8} {'ms/art':>8} {'Han/art':>8}")
    for name, r1, r2, rl, ms, han in run(pairs, args.per_article):
        print(f"{name:24} {r1:8.2f} {r2:8.2f} {rl:8.2f} {ms:8.2f} {han:8.1f}")
    started = time.perf_counter()
    for pair in pairs:
        add_keywords(pair.document)
    print(f"keywords (add_keywords): {1000 * (time.perf_counter() - started) / max(len(pairs), 1):.2f} ms/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
