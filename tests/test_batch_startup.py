"""Single-file start-up stays lean: ``to-txt`` imports no PDF/DOCX/EPUB backend and no batch machinery.

Wall time is a benchmark (bench/run.py, the closing note), not a test: CI machines are noisy.
What a test can hold steady is the cause of slow start-ups, the set of modules imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = (
    "reportlab",
    "docx",
    "ebooklib",
    "distributed",
    "dask",
    "fsspec",
    "s3fs",
    "rich",
    "jieba",
    "sqlite3",
    "trafilatura",
    "opencc",
)
PROBE = """
import json, sys
from convertkit.cli import main
code = main(["to-txt", sys.argv[1], "-o", sys.argv[2]])
loaded = sorted({name.split(".")[0] for name in sys.modules} & set(json.loads(sys.argv[3])))
batch = sorted(name for name in sys.modules if name.startswith("convertkit.batch."))
print(json.dumps({"code": code, "heavy": loaded, "batch": batch}))
"""


def test_to_txt_imports_no_heavy_backend(seed_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "seed.txt"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(seed_path), str(out), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0 and out.read_text(encoding="utf-8").strip()
    assert report["heavy"] == []
    # the command is registered (with its click-free argument helpers), nothing more is loaded
    assert report["batch"] == ["convertkit.batch.arguments", "convertkit.batch.cli"]


def test_the_html_reader_imports_its_extractor_only_when_it_reads_a_page() -> None:
    """A batch's forkserver imports every reader module; a text-only batch must not pay for
    trafilatura's 0.1 s of imports there."""
    probe = "import sys, convertkit.readers.html; print('trafilatura' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


BATCH_PARENT_PROBE = """
import json, sys
from convertkit.launch import main
code = main(["batch", sys.argv[1], "-o", sys.argv[2], "--to", "txt", "-j", "1", "--progress", "none"])
print(json.dumps({"code": code, "loaded": sorted(name for name in json.loads(sys.argv[3]) if name in sys.modules)}))
"""


def test_a_batch_parent_reads_no_article_and_scans_no_plugins(seed_path: Path, tmp_path: Path) -> None:
    """The parent of a batch of built-in formats walks, schedules and records, while the workers'
    server warms up beside it: scanning the installed packages' entry points (importlib.metadata,
    email) would cost it tens of milliseconds on the way to its first chunk, and only the workers
    read articles."""
    watched = ["convertkit.structure", "convertkit.readers", "importlib.metadata", "email"]
    done = subprocess.run(
        [sys.executable, "-c", BATCH_PARENT_PROBE, str(seed_path), str(tmp_path / "out"), json.dumps(watched)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"code": 0, "loaded": []}
