"""Build fonts/centredmarks/*-HantMarks.ttf: the companions of the shipped faces holding the
seven Traditional Chinese marks 。，、；：！？ centred in the em box, used by the PDF, EPUB and
DOCX writers for zh-Hant documents (see convertkit.centred_marks).

    python scripts/build_centred_marks.py

Run it after changing the faces in fonts/ (tests/test_centred_marks.py fails until then).
Reproducible: the same faces give the same bytes (head.modified is the face's, not the time of
the build).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from convertkit.centred_marks import build_centred_marks, centred_marks_path  # noqa: E402
from convertkit.fonts import load_fonts  # noqa: E402
from convertkit.resources import fonts_dir  # noqa: E402


def main() -> None:
    for face in load_fonts():
        data = build_centred_marks(face)
        target = fonts_dir() / centred_marks_path(face)
        if data is None:
            print(f"{face.name}: no full-width marks to centre")
            target.unlink(missing_ok=True)  # a stale companion would be used instead of none
            continue
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
        print(f"{target.relative_to(fonts_dir())}: {len(data)} bytes")


if __name__ == "__main__":
    main()
