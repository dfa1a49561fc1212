"""Record what jieba-based summarising produces, to prove a change to the tokenizer changes nothing.

    python scripts/summary_fingerprint.py OUT.json          # record
    python scripts/summary_fingerprint.py OUT.json --check REF.json

For the seed, bench/.work/articles/*.txt and the shared summaries corpus it records, per article:
the jieba tokens of the raw text (simplified and traditional paths), the keywords and the rendered
summary. The tokenizer's internals may change (how the dictionary is stored), its output may not.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

import convertkit  # noqa: E402
from convertkit.api import render  # noqa: E402
from convertkit.summarize.keywords import extract_keywords  # noqa: E402
from convertkit.summarize.tokens import idf_of, words  # noqa: E402


def sources() -> list[tuple[str, object]]:
    """(name, document) for every article of the gate."""
    items: list[tuple[str, object]] = []
    seed = REPO / "seeds" / "000_5f66b059eaaa6a40.txt"
    items.append((seed.name, seed))
    items.extend((path.name, path) for path in sorted((REPO / "bench" / ".work" / "articles").glob("*.txt")))
    for path in sorted((REPO.parent / "shared" / "corpus" / "summaries").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        data = json.dumps([{"title": record.get("title", ""), "content": record["article"]}], ensure_ascii=False)
        items.append((path.name, data.encode("utf-8")))
    return items


def fingerprint() -> dict[str, dict[str, object]]:
    result: dict[str, dict[str, object]] = {}
    for name, src in sources():
        if isinstance(src, Path):
            raw = src.read_text(encoding="utf-8")
            doc = convertkit.read(src)
        else:
            raw = src.decode("utf-8")
            doc = convertkit.read(src, format="json")
        tokens = words(raw)
        result[name] = {
            "tokens": tokens,
            "tokens_traditional": words(raw, traditional=True),
            "idf": [idf_of(token) for token in tokens],
            "keywords": list(extract_keywords(doc)),
            "summary": render(doc, "summary").decode("utf-8"),
        }
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--check", help="a earlier recording that this run must equal")
    args = parser.parse_args()
    data = fingerprint()
    Path(args.out).write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(data)} articles, {sum(len(v['tokens']) for v in data.values())} tokens")
    if args.check:
        reference = json.loads(Path(args.check).read_text(encoding="utf-8"))
        bad = [name for name in reference if reference[name] != data.get(name)]
        bad += [name for name in data if name not in reference]
        for name in bad[:10]:
            for key in reference.get(name, {}):
                if reference[name][key] != data.get(name, {}).get(key):
                    print(f"DIFFERS: {name} {key}")
        print("IDENTICAL" if not bad else f"{len(bad)} articles differ")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
