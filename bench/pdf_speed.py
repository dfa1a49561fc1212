"""What our typography costs: ms per seed PDF, beside bare reportlab with the same font.

    python bench/pdf_speed.py [--runs N]

Rows (medians of N runs, measured in one run of this script so the ratios are fair):
- bare reportlab: the seed's text poured into ``Paragraph(wordWrap="CJK")`` with Noto Serif SC
  registered once — the floor, with none of our typography (no clreq, no roles, no metadata);
- convertkit, warm: ``convertkit.render(doc, "pdf")`` in a process that has already made one;
- convertkit, read + render warm: the same, reading the text file each time;
- convertkit, cold CLI: a fresh ``convertkit to-pdf`` process (imports, fonts, everything).
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_5f66b059eaaa6a40.txt"


def median_ms(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bare_reportlab(text: str, font_path: Path) -> Callable[[], bytes]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(TTFont("BareSerif", str(font_path)))
    style = ParagraphStyle("body", fontName="BareSerif", fontSize=10.5, leading=18, wordWrap="CJK")
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]

    def render() -> bytes:
        out = io.BytesIO()
        document = SimpleDocTemplate(out, pagesize=A4, invariant=1, initialFontName="BareSerif")
        document.build([Paragraph(p.replace("&", "&amp;").replace("<", "&lt;"), style) for p in paragraphs])
        return out.getvalue()

    return render


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    import convertkit
    from convertkit.fonts import load_fonts

    text = SEED.read_text("utf-8")
    floor = bare_reportlab(text, load_fonts().face("serif").path)
    floor()
    document = convertkit.read(SEED)
    convertkit.render(document, "pdf")  # warm: fonts registered, style loaded

    rows: list[tuple[str, float]] = [
        ("bare reportlab, CJK wrap, font registered once (floor)", median_ms(floor, args.runs)),
        ("convertkit render, warm process", median_ms(lambda: convertkit.render(document, "pdf"), args.runs)),
        ("convertkit read + render, warm process",
         median_ms(lambda: convertkit.render(convertkit.read(SEED), "pdf"), args.runs)),
    ]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "seed.pdf"
        command = [sys.executable, "-m", "convertkit.cli", "to-pdf", str(SEED), "-o", str(out)]
        rows.append(("convertkit to-pdf, cold process", median_ms(lambda: subprocess.run(command, check=True),
                                                                  max(3, args.runs // 3))))
    floor_ms = rows[0][1]
    print(f"{'seed PDF (median of runs)':58} {'ms':>8} {'× floor':>8}")
    for label, value in rows:
        print(f"{label:58} {value:8.1f} {value / floor_ms:8.2f}")


if __name__ == "__main__":
    main()
