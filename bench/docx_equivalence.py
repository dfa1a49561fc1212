#!/usr/bin/env python3
"""Digests of many DOCX renders, so a change to the DOCX writer can prove "same bytes".

    python bench/docx_equivalence.py save before.json
    python bench/docx_equivalence.py save after.json
    python bench/docx_equivalence.py compare before.json after.json
    python bench/docx_equivalence.py against 342ec7c [--fuzz 3000]

``against REV`` renders every input with the DOCX writer of git revision REV and with the
working tree's, in one process, and compares the bytes: the other modules (fonts, readers)
are then the same for both, so a change elsewhere cannot hide or fake a difference.
``--fuzz N`` adds N synthetic articles with hostile text (tabs, breaks, markup characters,
characters no font has, curly quotes, links) in every variant.

Inputs: the seed, the 200 benchmark articles (bench/.work/articles) and up to 40 files of the
shared corpus (every article of each). Variants: default options, fonts not embedded, the
gbt9704 style, and the masthead. Besides the digest of the whole file, each part of the zip is
digested on its own, so a difference is reported by part (and a change that only reorders
entries or recompresses them can be told from one that changes content).
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
import zipfile
from pathlib import Path

import convertkit
from convertkit.api import prepare, read_all
from convertkit.writers import registry

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
VARIANTS: dict[str, tuple[str, dict[str, object]]] = {
    "default": ("briefing", {}),
    "noembed": ("briefing", {"embed_fonts": False}),
    "gbt9704": ("gbt9704", {}),
    "gbt9704-noembed": ("gbt9704", {"embed_fonts": False}),
    "masthead": ("briefing", {"masthead": "舆情简报", "issue_no": 12, "org": "某某办公室"}),
    "masthead-noembed": (
        "briefing",
        {"masthead": "舆情简报", "issue_no": 3, "org": "某某办公室", "embed_fonts": False},
    ),
}


def inputs() -> list[Path]:
    found = [ROOT / "seeds" / "000_5f66b059eaaa6a40.txt"]
    found += sorted((ROOT / "bench" / ".work" / "articles").glob("*.txt"))
    corpus = sorted(
        path for path in CORPUS.rglob("*") if path.is_file() and path.suffix != ".tsv"
        and path.name != "README.md"
    )
    found += corpus[::max(1, len(corpus) // 40)][:40]
    return found


def documents(path: Path) -> list[convertkit.Document]:
    try:
        return list(read_all(str(path)))
    except Exception as exc:  # noqa: BLE001 - a corpus file we cannot read is skipped, not fatal
        print(f"skip {path.name}: {type(exc).__name__}", file=sys.stderr)
        return []


def digest(data: bytes) -> dict[str, object]:
    parts = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            parts[info.filename] = hashlib.sha256(archive.read(info.filename)).hexdigest()[:16]
    return {"file": hashlib.sha256(data).hexdigest(), "parts": parts}


def save(target: Path) -> None:
    writer = registry.get("docx")
    result: dict[str, object] = {}
    for path in inputs():
        for index, document in enumerate(documents(path)[:5]):
            for variant, (style, options) in VARIANTS.items():
                key = f"{path.relative_to(ROOT.parent)}#{index}:{variant}"
                docs, ctx = prepare(writer, [document], style, options)
                buffer = io.BytesIO()
                writer().write(docs[0], ctx, buffer)
                result[key] = digest(buffer.getvalue())
    target.write_text(json.dumps(result, indent=1, ensure_ascii=False))
    print(f"{len(result)} outputs -> {target}")


def reference_writer(revision: str) -> type:
    """The DocxWriter of ``revision``, loaded beside the current one as a module of the same
    package (so its relative imports resolve to the working tree's helpers)."""
    import importlib.util
    import subprocess

    source = subprocess.run(
        ["git", "show", f"{revision}:src/convertkit/writers/docx.py"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout
    name = "convertkit.writers._docx_reference"
    spec = importlib.util.spec_from_loader(name, loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "convertkit.writers"
    sys.modules[name] = module
    exec(compile(source, f"{revision}:docx.py", "exec"), module.__dict__)
    return module.DocxWriter


HOSTILE = (
    "中文正文，“引号”‘单引’。\t制表\n换行\r回车 & < > \" ' 　全角空格\xa0不换行 ➨ 😀 㐵 Ă "
    "\u200b\u200d\x7f\x85\ufeff a&amp;b <w:t> ]]> 𠀀 \x01\x0b\ufffe"
)


def fuzz_documents(count: int) -> list[convertkit.Document]:
    """Synthetic articles covering every block kind, with hostile text and links."""
    import random

    from convertkit.model import (
        Caption,
        EditorLine,
        EditorNote,
        EndMark,
        Heading,
        Lead,
        LinkItem,
        Meta,
        Paragraph,
        Point,
        RelatedLinks,
        SeriesLabel,
    )

    rng = random.Random(9704)

    def text(low: int = 0, high: int = 30) -> str:
        return "".join(rng.choice(HOSTILE) for _ in range(rng.randint(low, high)))

    urls = ["http://a.cn/x?a=1&b=2", "https://b.cn/\"q\"", " http://c.cn/<t>\t\n ", "", "http://a.cn/x?a=1&b=2",
            "中文链接", "http://d.cn/\r"]
    def block(kind: int, value: str) -> object:
        if kind == 0:
            return EditorNote(text=value, raw=value, label=rng.choice(["编者按", "", text(0, 4)]))
        if kind == 1:
            return SeriesLabel(text=value, raw=value)
        if kind == 2:
            return Heading(text=value, raw=value, level=rng.choice([2, 3]))
        if kind == 3:
            return Lead(text=value, raw=value)
        if kind == 4:
            return Point(number=1, heading=value[:5], text=value, raw=value, label=rng.choice(["一、", "1."]))
        if kind == 5:
            return Caption(text=value, raw=value)
        if kind == 6:
            return EndMark(text=value, raw=value)
        if kind == 7:
            items = tuple(
                LinkItem(title=text(0, 8), raw="x", url=rng.choice([*urls, None])) for _ in range(rng.randint(0, 4))
            )
            return RelatedLinks(label=rng.choice(["相关链接", ""]), items=items)
        if kind == 8:
            return EditorLine(text=value, raw=value)
        return Paragraph(text=value, raw=value)

    found = []
    for _ in range(count):
        blocks = tuple(block(rng.randrange(10), text(1)) for _ in range(rng.randint(0, 12)))
        meta = Meta(
            title=text(0, 40), subtitle=rng.choice([None, text(1, 8)]), agency=rng.choice([None, text(1, 4)]),
            published=rng.choice([None, "2019-01-17T23:10", "2024-02-29T08:00+08:00", "1975-05-01T00:00:00Z"]),
            reporters=tuple(text(1, 4) for _ in range(rng.randint(0, 2))),
            keywords=tuple(text(1, 4) for _ in range(rng.randint(0, 3))),
            language=rng.choice(["zh-Hans", "zh-Hant"]),
        )
        found.append(convertkit.Document(meta=meta, blocks=blocks))  # type: ignore[arg-type]
    return found


def against(revision: str, fuzz: int) -> int:
    writer = registry.get("docx")
    old_writer = reference_writer(revision)
    cases: list[tuple[str, convertkit.Document]] = []
    for path in inputs():
        for index, document in enumerate(documents(path)[:5]):
            cases.append((f"{path.relative_to(ROOT.parent)}#{index}", document))
    cases += [(f"fuzz#{n}", document) for n, document in enumerate(fuzz_documents(fuzz))]
    checked = same = failed = linked = 0
    for key, document in cases:
        for variant, (style, options) in VARIANTS.items():
            outputs = []
            warnings: list[list[str]] = []
            for candidate in (old_writer, writer):
                # Each with its own Options class: a writer falls back to defaults for another's.
                reports: list[str] = []
                warnings.append(reports)
                docs, ctx = prepare(
                    candidate, [document], style, options, lambda diagnostic, into=reports: into.append(str(diagnostic))
                )
                buffer = io.BytesIO()
                try:
                    candidate().write(docs[0], ctx, buffer)
                    outputs.append(buffer.getvalue())
                except Exception as exc:  # noqa: BLE001 - both must fail alike
                    outputs.append(f"{type(exc).__name__}".encode())
            checked += 1
            failed += outputs[1][:2] != b"PK"
            linked += outputs[1][:2] == b"PK" and b"<w:hyperlink" in zipfile.ZipFile(
                io.BytesIO(outputs[1])).read("word/document.xml")
            if outputs[0] == outputs[1] and warnings[0] == warnings[1]:
                same += 1
            elif checked - same <= 10:
                old, new = (digest(data)["parts"] if data[:2] == b"PK" else {} for data in outputs)
                differing = sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))
                print(f"  {key}:{variant}: parts differing {differing}, warnings {warnings}")
    print(f"{checked} outputs against {revision}: {same} byte-identical with the same warnings "
          f"({failed} failed in both alike, {linked} with hyperlinks)")
    return 0 if same == checked else 1


def compare(old_path: Path, new_path: Path) -> int:
    old = json.loads(old_path.read_text())
    new = json.loads(new_path.read_text())
    if old.keys() != new.keys():
        print(f"different keys: {sorted(old.keys() ^ new.keys())[:10]}")
        return 1
    same_bytes = sum(old[key]["file"] == new[key]["file"] for key in old)
    same_parts = sum(old[key]["parts"] == new[key]["parts"] for key in old)
    print(f"{len(old)} outputs: {same_bytes} byte-identical, {same_parts} with identical parts")
    shown = 0
    for key in old:
        if old[key]["file"] != new[key]["file"] and shown < 10:
            shown += 1
            differing = sorted(
                name for name in old[key]["parts"].keys() | new[key]["parts"].keys()
                if old[key]["parts"].get(name) != new[key]["parts"].get(name)
            )
            order = list(old[key]["parts"]) == list(new[key]["parts"])
            print(f"  {key}: parts differing {differing}, same entry order {order}")
    return 0 if same_bytes == len(old) else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["save"]:
        save(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["compare"]:
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    elif sys.argv[1:2] == ["against"]:
        count = int(sys.argv[sys.argv.index("--fuzz") + 1]) if "--fuzz" in sys.argv else 0
        sys.exit(against(sys.argv[2], count))
    else:
        sys.exit(__doc__)
