"""Batch throughput and memory, ours beside pandoc, LibreOffice and calibre, in one run.

    python bench/run.py            # 200 real articles, 3 rounds (medians); 2000; scaling 1k/10k/100k
    python bench/run.py --quick    # 1 run each, small peer samples; 1000; scaling 1k/5k

Every tool gets the same inputs: real corpus articles (``../shared/corpus``, or
$CONVERTKIT_CORPUS) read by convertkit and saved as clean UTF-8 text, made unique and repeated
to reach ``--articles`` files. Each tool runs on two cores: ``convertkit batch -j 2``,
``xargs -P 2`` for the one-process-per-file peers (pandoc, calibre), and two concurrent
``soffice`` calls with half the files each for LibreOffice's batch mode. Wall time covers the
whole command, start-up included. The runs go in rounds (every tool once, then every tool
again), so that a machine whose speed drifts during the bench slows every tool alike, and each
figure is the median of its runs. Peak RSS is the largest single process of a run (the
``ru_maxrss`` of its process tree, and for ours also the workers' own figure). Peers missing
from PATH are installed with apt-get; one that cannot be installed is skipped with a note.
Slow peers (calibre, pandoc+wkhtmltopdf) run on a sample (``--peer-sample``), which is fine
for a rate. A second table repeats the articles to ``--steady`` files (ours and LibreOffice,
whose start-up amortises; the per-file peers' rate does not depend on the count).

Our runs find the compiled-pattern cache (``convertkit.regex_cache``) filled, as every run after
a user's first does; rows marked "empty pattern cache" measure that first run (txt and epub).
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
PYTHON = sys.executable
RSS_WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "started = time.perf_counter()\n"
    "rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "seconds = time.perf_counter() - started\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "sys.stderr.write('\\nBENCH_MAXRSS_KB=%d BENCH_SECONDS=%.6f\\n' % (usage.ru_maxrss, seconds))\n"
    "sys.exit(rc)\n"
)
APT_PACKAGES = {
    "pandoc": "pandoc",
    "soffice": "libreoffice-writer-nogui",
    "ebook-convert": "calibre",
    "wkhtmltopdf": "wkhtmltopdf",
}


@dataclass(frozen=True)
class Measure:
    seconds: float
    files: int
    rss_kb: int
    ok: bool
    note: str = ""
    work_ms: float = 0.0  # ours: mean time inside convert_one per article (no start-up, no scheduling)

    @property
    def rate(self) -> float:
        return self.files / self.seconds if self.seconds > 0 else 0.0


def corpus_dir() -> Path:
    configured = os.environ.get("CONVERTKIT_CORPUS")
    path = Path(configured) if configured else ROOT.parent / "shared" / "corpus"
    if not path.is_dir():
        sys.exit(f"bench: no corpus at {path} (set CONVERTKIT_CORPUS)")
    return path


def env() -> dict[str, str]:
    """Run convertkit from this checkout (src/) unless it is installed."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), environment.get("PYTHONPATH")]))
    return environment


# --- inputs ------------------------------------------------------------------------------------


def real_articles(limit: int) -> list[str]:
    """Up to ``limit`` distinct articles of the corpus as clean text (our reader, our txt writer)."""
    sys.path.insert(0, str(ROOT / "src"))
    import logging

    logging.getLogger("convertkit").setLevel(logging.ERROR)
    from convertkit.api import read_all, render

    texts: list[str] = []
    seen: set[str] = set()
    corpus = corpus_dir()
    for folder in ("text", "json", "html", "traditional", "summaries"):
        for path in sorted((corpus / folder).rglob("*")):
            if not path.is_file() or path.suffix.lower() not in {
                ".txt",
                ".json",
                ".jsonl",
                ".html",
                ".htm",
            }:
                continue
            try:
                for document in read_all(str(path)):
                    text = render(document, "txt").decode("utf-8")
                    body = sum(len(getattr(block, "text", "")) for block in document.blocks)
                    if body >= 200 and document.meta.title and text not in seen:
                        seen.add(text)
                        texts.append(text)
            except Exception:  # noqa: BLE001 - the corpus has broken files on purpose
                continue
            if len(texts) >= limit:
                return texts
    return texts


def write_inputs(folder: Path, texts: Sequence[str], count: int, *, fan_out: int = 0) -> list[Path]:
    """``count`` input files cycling through ``texts``; copies differ by a last line (distinct outputs)."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    paths = []
    for index in range(count):
        base = texts[index % len(texts)]
        text = base if index < len(texts) else base + f"\n（副本{index // len(texts)}）\n"
        target = folder / f"{index // fan_out:04d}" if fan_out else folder
        target.mkdir(exist_ok=True)
        path = target / f"a{index:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# --- measuring ---------------------------------------------------------------------------------


def timed(
    command: Sequence[str], *, cwd: Path | None = None, timeout: float = 1800, extra_env: dict[str, str] | None = None
) -> tuple[float, int, str, int]:
    """(seconds, peak RSS kB of the largest process, stderr, exit code) for ``command``.

    A small wrapper process runs the command: a child started straight from this process would
    report this process's own RSS as its peak (a fork's high-water mark survives ``exec``). The
    wrapper times the command itself, so no tool is charged for the wrapper's start-up.
    """
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [PYTHON, "-c", RSS_WRAPPER, *command],
            cwd=cwd,
            env={**env(), **(extra_env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return timeout, 0, "timed out", 124
    seconds = time.perf_counter() - started
    match = re.search(r"BENCH_MAXRSS_KB=(\d+) BENCH_SECONDS=([\d.]+)", done.stderr)
    if match is None:
        return seconds, 0, done.stderr, done.returncode
    return float(match.group(2)), int(match.group(1)), done.stderr, done.returncode


def count_outputs(folder: Path, suffix: str) -> int:
    return sum(1 for path in folder.rglob(f"*{suffix}") if path.is_file() and not path.name.startswith("."))


def mean_work_ms(manifest: Path) -> float:
    import sqlite3

    if not manifest.exists():
        return 0.0
    with sqlite3.connect(manifest) as db:
        value = db.execute("SELECT AVG(ms) FROM inputs WHERE status = 'ok'").fetchone()[0]
    return float(value or 0.0)


# One measurement: ``plan(run)`` times one run of a tool (``run`` names its output folder).
Plan = Callable[[int], Measure]


def in_rounds(plans: dict[str, Plan], runs: int) -> dict[str, Measure]:
    """Every plan once per round, ``runs`` rounds, then each plan's median. Interleaved rather
    than one tool's runs back to back: a machine whose speed drifts over the minutes a bench
    takes (a shared host) then slows ours and the peers alike, and the ratios stay honest."""
    measures: dict[str, list[Measure]] = {name: [] for name in plans}
    for run in range(runs):
        for name, plan in plans.items():
            print(f"bench: round {run + 1}/{runs}: {name} …", file=sys.stderr)
            measures[name].append(plan(run))
    return {name: median_measure(found) for name, found in measures.items()}


def median_measure(measures: list[Measure]) -> Measure:
    good = [m for m in measures if m.ok] or measures
    seconds = statistics.median(m.seconds for m in good)
    return Measure(
        seconds,
        good[0].files,
        max(m.rss_kb for m in good),
        all(m.ok for m in measures),
        "; ".join(dict.fromkeys(m.note for m in measures if m.note)),
        statistics.median(m.work_ms for m in good),
    )


def batch_command(inputs: Path, out: Path, fmt: str, *extra: str) -> list[str]:
    """``convertkit batch`` on two workers, no progress output (the command every run of ours uses)."""
    return [
        PYTHON,
        "-m",
        "convertkit.batch",
        str(inputs),
        "-o",
        str(out),
        "--to",
        fmt,
        "-j",
        "2",
        "--progress",
        "none",
        *extra,
    ]


def ours(fmt: str, inputs: Path, count: int, tag: str = "", extra: Sequence[str] = (), *, cold: bool = False) -> Plan:
    """``convertkit batch`` into a fresh folder. ``cold``: each run with an empty
    pattern cache (``convertkit.regex_cache``), as the first run after an install has it; the other
    runs find the cache as any run after the first does."""
    sys.path.insert(0, str(ROOT / "src"))
    from convertkit.regex_cache import CACHE_DIR_VARIABLE
    from convertkit.writers import registry

    extension = registry.extension_of(fmt)

    def once(run: int) -> Measure:
        out = WORK / "out" / f"ours-{fmt}{tag}-{run}"
        shutil.rmtree(out, ignore_errors=True)
        cache = WORK / "empty-pattern-cache"
        shutil.rmtree(cache, ignore_errors=True)
        extra_env = {CACHE_DIR_VARIABLE: str(cache)} if cold else None
        seconds, rss, stderr, code = timed(batch_command(inputs, out, fmt, *extra), extra_env=extra_env)
        worker = re.search(r"peak worker RSS (\d+) MB", stderr)
        worker_kb = int(worker.group(1)) * 1024 if worker else 0
        made = count_outputs(out, extension)
        if fmt == "txt":
            made -= count_outputs(out, ".summary.txt")
        lines = [line for line in stderr.splitlines() if line.startswith("convertkit: error:")]
        note = "" if code == 0 else (lines[0][len("convertkit: error: ") :][:100] if lines else f"exit {code}")
        work_ms = mean_work_ms(out / "manifest.sqlite")
        shutil.rmtree(out, ignore_errors=True)
        return Measure(seconds, made, max(rss, worker_kb), code == 0 and made >= count, note, work_ms)

    return once


def per_file(snippet: str, inputs: list[Path], name: str, suffix: str) -> Plan:
    """One process per file, two at a time: ``xargs -P 2`` running ``snippet`` (``$1`` is the
    input, ``$OUT`` the output folder) through ``sh -c``."""

    def once(run: int) -> Measure:
        out = WORK / "out" / f"{name}-{run}"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        listing = WORK / f"{name}.list"
        listing.write_bytes(b"\0".join(str(path).encode() for path in inputs))
        quoted = snippet.replace("'", "'\\''")
        seconds, rss, _stderr, _code = timed(
            ["sh", "-c", f"OUT='{out}' xargs -0 -P 2 -n 1 sh -c '{quoted}' _ < '{listing}'"]
        )
        made = count_outputs(out, suffix)
        shutil.rmtree(out, ignore_errors=True)
        return Measure(
            seconds,
            made,
            rss,
            made >= len(inputs),
            "" if made >= len(inputs) else f"{made}/{len(inputs)} made",
        )

    return once


LO_FILES_PER_CALL = 200


def soffice(inputs: list[Path], target: str, suffix: str, name: str, infilter: str | None = None) -> Plan:
    """LibreOffice's batch mode: two concurrent calls (own profiles), each converting half the files."""

    def once(run: int) -> Measure:
        out = WORK / "out" / f"{name}-{run}"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        halves = [inputs[0::2], inputs[1::2]]
        script = []
        for index, half in enumerate(halves):
            profile = WORK / f"lo-profile-{index}"
            args = [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--nolockcheck",
            ]
            if infilter:
                args.append(f"--infilter={infilter}")
            args += ["--convert-to", target, "--outdir", str(out)]
            # One call converts at most 244 files here and then exits without a word, so each
            # lane runs its half in calls of LO_FILES_PER_CALL, one after another.
            calls = [
                " ".join(f"'{arg}'" for arg in [*args, *map(str, half[start : start + LO_FILES_PER_CALL])])
                + " >/dev/null 2>&1"
                for start in range(0, len(half), LO_FILES_PER_CALL)
            ]
            script.append("(" + "; ".join(calls) + ") &")
        script.append("wait")
        # A file, not ``sh -c``: thousands of paths exceed the kernel's limit for one argument.
        script_file = WORK / f"{name}.sh"
        script_file.write_text("\n".join(script) + "\n", encoding="utf-8")
        seconds, rss, _stderr, _code = timed(["sh", str(script_file)])
        made = count_outputs(out, suffix)
        shutil.rmtree(out, ignore_errors=True)
        return Measure(
            seconds,
            made,
            rss,
            made >= len(inputs),
            "" if made >= len(inputs) else f"{made}/{len(inputs)} made",
        )

    return once


def ensure_tools(install: bool) -> dict[str, str]:
    """Which peers are usable; missing ones are installed with apt-get when allowed."""
    notes: dict[str, str] = {}
    missing = [tool for tool in APT_PACKAGES if shutil.which(tool) is None]
    if missing and install:
        packages = sorted({APT_PACKAGES[tool] for tool in missing})
        print(f"bench: installing {' '.join(packages)} with apt-get …", file=sys.stderr)
        as_root = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run(
            [*as_root, "apt-get", "-o", "DPkg::Lock::Timeout=600", "update", "-qq"],
            capture_output=True,
            timeout=900,
        )
        for package in packages:  # one by one: one package that fails must not block the others
            done = subprocess.run(
                [
                    *as_root,
                    "apt-get",
                    "-o",
                    "DPkg::Lock::Timeout=600",
                    "install",
                    "-y",
                    "-qq",
                    "--no-install-recommends",
                    package,
                ],
                capture_output=True,
                text=True,
                timeout=1800,
                env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
            )
            if done.returncode != 0:
                notes[package] = (done.stderr.strip().splitlines() or ["apt-get failed"])[-1]
    for tool in APT_PACKAGES:
        if shutil.which(tool) is None:
            notes.setdefault(tool, "not installed" + ("" if install else " (--no-install)"))
    return notes


# --- tables ------------------------------------------------------------------------------------


def fmt_row(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "| " + " | ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)) + " |"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    lines = [fmt_row(headers, widths), "|" + "|".join("-" * (width + 2) for width in widths) + "|"]
    lines += [fmt_row(row, widths) for row in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 run each, small peer samples, scaling 1k/5k")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=None, help="runs per measurement (median); default 3, quick 1")
    parser.add_argument("--peer-sample", type=int, default=None, help="files for slow peers (calibre, wkhtmltopdf)")
    parser.add_argument("--scale", default=None, help="comma-separated sizes for the scaling table")
    parser.add_argument("--scale-format", default="txt", help="format for the scaling table (default txt)")
    parser.add_argument("--formats", default=None, help="our formats (default: every registered writer)")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--no-install", action="store_true", help="do not apt-get missing peers")
    parser.add_argument("--no-scale", action="store_true")
    parser.add_argument(
        "--steady",
        type=int,
        default=None,
        help="articles for the steady-state table (default 2000, quick 1000; 0 skips it)",
    )
    args = parser.parse_args(argv)
    runs = args.runs or (1 if args.quick else 3)
    if args.steady is None:
        args.steady = 1000 if args.quick else 2000
    sample = args.peer_sample or (20 if args.quick else 50)
    sizes = [int(size) for size in (args.scale or ("1000,5000" if args.quick else "1000,10000,100000")).split(",")]

    sys.path.insert(0, str(ROOT / "src"))
    from convertkit.writers import registry

    # Bytecode as an installed package has it (pip compiles on install): a checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every changed module in every process.
    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    formats = args.formats.split(",") if args.formats else list(registry.names())
    WORK.mkdir(parents=True, exist_ok=True)
    texts = real_articles(args.articles)
    if not texts:
        sys.exit("bench: the corpus gave no article")
    inputs_dir = WORK / "articles"
    inputs = write_inputs(inputs_dir, texts, args.articles)
    print(
        f"bench: {len(inputs)} inputs from {len(texts)} distinct corpus articles; {runs} run(s) each, medians; "
        f"2 cores; peers on {sample} files where slow",
        file=sys.stderr,
    )

    plans = ours_all(formats, inputs_dir, len(inputs), cold_too=True)
    notes: dict[str, str] = {}
    docx_files: list[Path] = []
    if not args.no_peers:
        notes = ensure_tools(not args.no_install)
        plans.update(per_file_peers(inputs, inputs[:sample]))
        if shutil.which("soffice"):
            docx_files = our_docx(inputs_dir)
            plans.update(libreoffice(inputs, docx_files, notes))
    results = in_rounds(plans, runs)
    print_tables(results, notes, formats, f"{len(inputs)} real articles, start-up included, median of {runs} run(s)")

    if args.steady:
        # Start-up (ours, and LibreOffice's per call) weighs on 200 articles; a longer run of the
        # same articles shows the rate a real batch sustains. pandoc and calibre start a process
        # per file, so their rate does not depend on the count: their figures above stand.
        steady_dir = WORK / "articles-steady"
        steady_inputs = write_inputs(steady_dir, texts, args.steady)
        print(f"bench: steady state, {len(steady_inputs)} inputs …", file=sys.stderr)
        steady_plans = ours_all(formats, steady_dir, len(steady_inputs))
        if docx_files:
            steady_plans.update(libreoffice(steady_inputs, repeat_files(docx_files, len(steady_inputs)), notes))
        steady = in_rounds(steady_plans, 1)
        steady.update({name: m for name, m in results.items() if name.startswith(("pandoc", "calibre"))})
        print_tables(
            steady,
            {},
            formats,
            f"{len(steady_inputs)} articles (the {len(texts)} repeated), one run; pandoc and calibre as above",
        )
        shutil.rmtree(steady_dir, ignore_errors=True)
    if not args.no_scale:
        scaling(texts, sizes, args.scale_format)
    return 0


def ours_all(formats: Sequence[str], inputs_dir: Path, count: int, *, cold_too: bool = False) -> dict[str, Plan]:
    """Every format of ours; ``cold_too`` adds txt and epub as a first run after install has them."""
    warm_pattern_cache(formats)
    plans: dict[str, Plan] = {}
    for fmt in formats:
        plans[f"ours {fmt}"] = ours(fmt, inputs_dir, count)
        if fmt in ("docx", "epub"):
            # The DOCX targets are for fonts not embedded (embedding is the default); pandoc's
            # EPUB embeds none either, so the EPUB row without them is the like-for-like one.
            plans[f"ours {fmt} (fonts not embedded)"] = ours(
                fmt, inputs_dir, count, "-noembed", ("-O", f"{fmt}.embed_fonts=false"))
    if cold_too:
        for fmt in [fmt for fmt in ("txt", "epub") if fmt in formats]:
            plans[f"{COLD_PREFIX}{fmt}"] = ours(fmt, inputs_dir, count, "-cold", cold=True)
    return plans


def per_file_peers(inputs: list[Path], slow: list[Path]) -> dict[str, Plan]:
    """pandoc (every format) and the slow one-process-per-file peers on a sample."""
    results: dict[str, Plan] = {}
    if shutil.which("pandoc"):
        for fmt, target, suffix, extra in (
            ("docx", "docx", ".docx", ""),
            ("epub", "epub3", ".epub", "-M title=article"),
            ("txt", "plain", ".txt", ""),
            ("json", "json", ".json", ""),
        ):
            results[f"pandoc {fmt}"] = per_file(
                f'pandoc -f markdown -t {target} {extra} -o "$OUT/$(basename "$1")-p{suffix}" "$1"',
                inputs,
                f"pandoc-{fmt}",
                suffix,
            )
        if shutil.which("wkhtmltopdf"):
            results["pandoc+wkhtmltopdf pdf"] = per_file(
                'pandoc -f markdown --pdf-engine=wkhtmltopdf -o "$OUT/$(basename "$1").pdf" "$1" 2>/dev/null',
                slow,
                "pandoc-pdf",
                ".pdf",
            )
    if shutil.which("ebook-convert"):
        for fmt in ("epub", "pdf"):
            results[f"calibre {fmt}"] = per_file(
                f'QTWEBENGINE_DISABLE_SANDBOX=1 ebook-convert "$1" "$OUT/$(basename "$1").{fmt}" >/dev/null 2>&1',
                slow,
                f"calibre-{fmt}",
                f".{fmt}",
            )
    return results


def our_docx(inputs_dir: Path) -> list[Path]:
    """Our DOCX of the articles: LibreOffice's docx->pdf input (its fair job: it cannot read news text)."""
    docx_inputs = WORK / "docx-inputs"
    shutil.rmtree(docx_inputs, ignore_errors=True)
    subprocess.run(batch_command(inputs_dir, docx_inputs, "docx"), env=env(), capture_output=True)
    return sorted(docx_inputs.glob("*.docx"))


def repeat_files(files: list[Path], count: int) -> list[Path]:
    """``count`` files cycling through ``files`` (hard links where possible), in a folder of their own."""
    folder = WORK / "docx-repeated"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    copies = []
    for index in range(count):
        source = files[index % len(files)]
        target = folder / f"r{index:06d}-{source.name}"
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
        copies.append(target)
    return copies


def libreoffice(inputs: list[Path], docx_files: list[Path], notes: dict[str, str]) -> dict[str, Plan]:
    """LibreOffice's batch mode: text to DOCX, and our DOCX to PDF."""
    results = {"LibreOffice txt->docx": soffice(inputs, "docx", ".docx", "lo-docx", infilter="Text (encoded):UTF8,LF,,")}
    if docx_files:
        results["LibreOffice docx->pdf"] = soffice(docx_files, "pdf", ".pdf", "lo-pdf")
    else:
        notes["LibreOffice docx->pdf"] = "no DOCX inputs (our docx writer failed)"
    return results


COLD_PREFIX = "ours, empty pattern cache: "


def warm_pattern_cache(formats: Sequence[str]) -> None:
    """Fill the pattern cache as a first run of each format does (reading the articles and
    writing each format once), so the timed runs all find it as every run after the first does;
    the cold rows measure the first run itself."""
    from convertkit import regex_cache
    from convertkit.api import read_all, render

    document = next(iter(read_all(str(ROOT / "seeds" / "000_5f66b059eaaa6a40.txt"))))
    for fmt in formats:
        render(document, fmt)
    regex_cache.save()


PEERS_FOR = {
    "pdf": ["LibreOffice docx->pdf", "pandoc+wkhtmltopdf pdf", "calibre pdf"],
    "docx": ["pandoc docx", "LibreOffice txt->docx"],
    "epub": ["pandoc epub", "calibre epub"],
    "txt": ["pandoc txt"],
    "json": ["pandoc json"],
    "summary": ["pandoc txt"],
}


def print_tables(results: dict[str, Measure], notes: dict[str, str], formats: Sequence[str], heading: str) -> None:
    rows = []
    for name, measure in results.items():
        ms_core = 2000 * measure.seconds / measure.files if measure.files else float("nan")
        rows.append(
            [
                name,
                f"{measure.files}",
                f"{measure.rate:.1f}",
                f"{ms_core:.1f}",
                f"{measure.work_ms:.1f}" if measure.work_ms else "",
                f"{measure.rss_kb / 1024:.0f}",
                "" if measure.ok else (measure.note or "incomplete"),
            ]
        )
    print(f"\nThroughput on 2 cores: {heading}\n")
    print(
        table(
            [
                "tool / format",
                "files",
                "articles/s",
                "ms/article/core",
                "in-worker ms/article",
                "peak RSS MB",
                "note",
            ],
            rows,
        )
    )
    print("\n(ms/article/core = 2 x wall / files, start-up included; in-worker = read + write of one article)")
    ratio_rows = []
    variants = [(f"ours {fmt}", fmt) for fmt in formats] + [(f"{COLD_PREFIX}{fmt}", fmt) for fmt in formats]
    variants += [(f"ours {fmt} (fonts not embedded)", fmt) for fmt in ("docx", "epub") if fmt in formats]
    for name, fmt in variants:
        mine = results.get(name)
        if mine is None or not mine.rate:
            continue
        for peer in PEERS_FOR.get(fmt, []):
            theirs = results.get(peer)
            if theirs is not None and theirs.rate:
                ratio_rows.append([name, peer, f"{mine.rate / theirs.rate:.1f}x"])
    if ratio_rows:
        print("\nSpeed ratios (ours / peer, articles per second, same run)\n")
        print(table(["ours", "peer", "ratio"], ratio_rows))
    if notes:
        print("\nSkipped: " + "; ".join(f"{tool}: {note}" for tool, note in notes.items()))


def scaling(texts: list[str], sizes: list[int], fmt: str) -> None:
    rows = []
    for size in sizes:
        folder = WORK / f"scale-{size}"
        print(f"bench: scaling {size} …", file=sys.stderr)
        write_inputs(folder, texts, size, fan_out=1000)
        out = WORK / "out" / f"scale-{size}"
        shutil.rmtree(out, ignore_errors=True)
        seconds, rss, stderr, code = timed(batch_command(folder, out, fmt, "--chunk-size", "256"), timeout=7200)
        worker = re.search(r"peak worker RSS (\d+) MB", stderr)
        done = re.search(r"batch: (\d+) done", stderr)
        rows.append(
            [
                f"{size}",
                done.group(1) if done else "?",
                f"{seconds:.1f}",
                f"{2000 * seconds / size:.2f}",
                f"{rss / 1024:.0f}",
                worker.group(1) if worker else "?",
                "" if code == 0 else f"exit {code}",
            ]
        )
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)
    print(f"\nScaling ({fmt}, -j 2, inputs in folders of 1000 files)\n")
    print(
        table(
            [
                "articles",
                "done",
                "seconds",
                "ms/article/core",
                "parent peak RSS MB",
                "peak worker RSS MB",
                "note",
            ],
            rows,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
