"""Reader output dump and timing, so that speed work on the reader can prove it changed nothing.

    python bench/reader_equivalence.py dump /tmp/before.jsonl   # every document of every input, as JSON
    python bench/reader_equivalence.py time                     # ms/article over the 200 bench articles
    python bench/reader_equivalence.py cold                     # first-article cost in a fresh process
    python bench/reader_equivalence.py compare OLD_SRC          # both, for OLD_SRC's tree and ours, alternating

The dump covers the whole shared corpus (HTML, JSON, JSONL, GBK/Big5, traditional), the seeds,
the bench articles, every non-text corpus file read as plain text (markup and JSON lines are a
rough ride for the rules), and variants of each bench article (CRLF endings, ASCII
punctuation, blank-line runs, GB18030) that poke the line and punctuation rules. Two dumps taken before
and after a change must be byte-identical; `cmp` is the gate.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "bench" / ".work" / "articles"
CORPUS = Path(os.environ.get("CONVERTKIT_CORPUS", ROOT.parent / "shared" / "corpus"))


# The corpus's own notes; every other file is an input (the 新闻联播 transcripts are markdown).
_NOT_INPUTS = frozenset({"README.md", "MANIFEST.tsv"})


def inputs() -> Iterator[tuple[str, bytes]]:
    """Every input as (label, bytes): real files first, then the synthetic variants."""
    for folder in (CORPUS, ROOT / "seeds", ARTICLES):
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in _NOT_INPUTS):
            yield str(path), path.read_bytes()
    for path in sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name not in _NOT_INPUTS
                       and p.suffix not in {".md", ".txt"}):
        yield f"{path}#as-text", path.read_bytes()  # markup and JSON lines through the news rules
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text("utf-8")
        yield f"{path}#crlf", text.replace("\n", "\r\n").encode("utf-8")
        yield f"{path}#blank", text.replace("\n", "\n\n\n  \n").encode("utf-8")
        yield f"{path}#ascii-punct", text.replace("，", ",").replace("：", ":").replace("（", "(").replace(
            "）", ")").replace("“", '"').replace("”", '"').encode("utf-8")
        yield f"{path}#gbk", text.encode("gb18030")


def dump(target: Path) -> int:
    import logging

    from convertkit.api import read_all
    from convertkit.model.jsonio import document_to_dict

    class Collect(logging.Handler):
        """Keeps the reader's warnings: they are output too, and must not change either."""

        def __init__(self) -> None:
            super().__init__()
            self.messages: list[str] = []

        def emit(self, record: logging.LogRecord) -> None:
            self.messages.append(f"{record.levelname} {record.getMessage()}")

    collect = Collect()
    logger = logging.getLogger("convertkit")
    logger.addHandler(collect)
    logger.propagate = False
    count = 0
    with target.open("w", encoding="utf-8") as out:
        for label, data in inputs():
            collect.messages.clear()
            path = label.split("#", 1)[0]
            try:
                source = data if "#" in label else Path(path)
                for document in read_all(source, format="text" if label.endswith("#as-text") else None):
                    out.write(f"{label}\t{json.dumps(document_to_dict(document), ensure_ascii=False, sort_keys=True)}\n")
                    count += 1
            except Exception as error:  # noqa: BLE001 - the error line is part of the behaviour under test
                out.write(f"{label}\tERROR {type(error).__name__}: {error}\n")
                count += 1
            for message in collect.messages:
                out.write(f"{label}\tLOG {message}\n")
    return count


def timing(runs: int = 7) -> None:
    from convertkit.readers import read_documents

    articles = [(str(p), p.read_bytes()) for p in sorted(ARTICLES.glob("*.txt"))]
    for path, data in articles[:5]:
        list(read_documents(data, path=path))
    results = []
    for _ in range(runs):
        start = time.process_time()
        for path, data in articles:
            list(read_documents(data, path=path))
        results.append((time.process_time() - start) * 1000 / len(articles))
    print(f"{len(articles)} articles, runs {' '.join(f'{r:.3f}' for r in results)} ms/article, "
          f"median {statistics.median(results):.3f} ms/article")


COLD = (
    "import time; t=time.process_time()\n"
    "from pathlib import Path\n"
    "from convertkit.readers import read_documents\n"
    "p=Path({path!r}); list(read_documents(p.read_bytes(), path=str(p)))\n"
    "print((time.process_time()-t)*1000)\n"
)


def cold(runs: int = 7) -> None:
    path = sorted(ARTICLES.glob("*.txt"))[0]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    results = [float(subprocess.check_output([sys.executable, "-c", COLD.format(path=str(path))], env=env))
               for _ in range(runs)]
    print(f"cold import + first article: median {statistics.median(results):.1f} ms (process time), "
          f"runs {' '.join(f'{r:.1f}' for r in results)}")


def compare(old_src: str, rounds: int = 5) -> None:
    """Warm and cold figures of another source tree (``git archive <commit> src``) and of ours,
    measured alternately in one session, so machine load hits both alike."""
    trees = {"old": old_src, "new": str(ROOT / "src")}
    warm: dict[str, list[float]] = {name: [] for name in trees}
    first: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(rounds):
        for name, src in trees.items():
            env = dict(os.environ, PYTHONPATH=src)
            out = subprocess.check_output([sys.executable, __file__, "time", "3"], env=env, text=True)
            warm[name].append(float(out.split("median ")[1].split()[0]))
            path = sorted(ARTICLES.glob("*.txt"))[0]
            first[name].append(float(subprocess.check_output(
                [sys.executable, "-c", COLD.format(path=str(path))], env=env)))
    for name in trees:
        print(f"{name}: warm {statistics.median(warm[name]):.3f} ms/article (runs {' '.join(f'{r:.3f}' for r in warm[name])}), "
              f"cold import + first article {statistics.median(first[name]):.1f} ms")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "time"
    if command == "dump":
        print(f"{dump(Path(sys.argv[2]))} documents")
    elif command == "cold":
        cold()
    elif command == "compare":
        compare(sys.argv[2])
    else:
        timing(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
