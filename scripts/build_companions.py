"""Build the companion fonts of the shipped faces (see convertkit.companions):

- fonts/halfmarks/*-HalfMarks.ttf: punctuation half an em wide, for compressed marks in PDF
  (convertkit.writers.pdf_halfmarks);
- fonts/centredmarks/*-HantMarks.ttf: the seven Traditional Chinese marks centred in the box,
  for zh-Hant documents in every writer (convertkit.centred_marks).

    python scripts/build_companions.py

Run it after changing the faces in fonts/ (tests/test_pdf_fonts.py and
tests/test_centred_marks.py fail until then). Reproducible: the same faces give the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from convertkit.centred_marks import CENTRED, build_centred_marks  # noqa: E402
from convertkit.fonts import load_fonts  # noqa: E402
from convertkit.resources import fonts_dir  # noqa: E402
from convertkit.writers.pdf_halfmarks import HALF, build_half_marks  # noqa: E402


def main() -> None:
    for kind, build in ((HALF, build_half_marks), (CENTRED, build_centred_marks)):
        for face in load_fonts():
            if face.is_fallback:
                continue  # symbol and emoji faces: drawn only for what no Chinese face has
            data = build(face)
            target = fonts_dir() / kind.path(face)
            if data is None:
                print(f"{face.name}: no full-width marks for its {kind.what}")
                target.unlink(missing_ok=True)  # a stale companion would be used instead of none
                continue
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(data)
            print(f"{target.relative_to(fonts_dir())}: {len(data)} bytes")


if __name__ == "__main__":
    main()
