"""Build fonts/halfmarks/*-HalfMarks.ttf: the half-width punctuation companions of the shipped
faces, used by the PDF writer for compressed marks (see convertkit.writers.pdf_halfmarks).

    python scripts/build_half_marks.py

Run it after changing the faces in fonts/ (tests/test_pdf_fonts.py fails until then).
Reproducible: the same faces give the same bytes (head.modified is the face's, not the time of
the build). Each companion carries names of its own (ck Half Marks serif /
ckHalfMarks-serif-Regular), never its face's.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from convertkit.fonts import load_fonts  # noqa: E402
from convertkit.resources import fonts_dir  # noqa: E402
from convertkit.writers.pdf_halfmarks import build_half_marks, half_marks_path  # noqa: E402


def main() -> None:
    for face in load_fonts():
        data = build_half_marks(face)
        target = fonts_dir() / half_marks_path(face)
        if data is None:
            print(f"{face.name}: no full-width marks to halve")
            target.unlink(missing_ok=True)  # a stale companion would be used instead of none
            continue
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
        print(f"{target.relative_to(fonts_dir())}: {len(data)} bytes")


if __name__ == "__main__":
    main()
