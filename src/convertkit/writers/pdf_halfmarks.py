"""Companion fonts whose CJK punctuation is half an em wide, for compressed marks in PDF.

Punctuation compression (``。”``, a trimmed mark at the line end, clreq 3.1.6) could be drawn
by overlapping full-width glyphs, and it would look the same; but text extractors
(``pdftotext``, copy-paste, screen readers) then see two glyph boxes overlapping by half an
em, take it for a new word or column and scramble the line. Drawing a compressed mark with a
glyph that really is half an em wide — the ink kept where it was: closing marks keep their
left half, opening marks move left by half an em — keeps the text stream clean.

The companions are tiny (a few dozen glyphs) and are shipped in ``fonts/halfmarks/``, built
by ``scripts/build_half_marks.py`` from the shipped faces; if one is missing it is
cut from its face at run time (slower: the whole face is parsed once per process).
"""

from __future__ import annotations

import io
from functools import cache
from typing import Final

from fontTools.ttLib import TTFont

from ..errors import FontError, map_errors
from ..fonts import FontFace, subset_bytes
from ..resources import fonts_dir
from ..typography import clreq

HALF_MARKS: Final[frozenset[str]] = clreq.HALF_WIDTH_CLOSING | clreq.HALF_WIDTH_OPENING
HALF_MARKS_DIR: Final = "halfmarks"


def half_marks_path(face: FontFace) -> str:
    return f"{HALF_MARKS_DIR}/{face.path.stem}-HalfMarks.ttf"


@cache
def half_marks_font(face: FontFace) -> bytes | None:
    """The companion font's bytes (shipped, else built now); None if no mark needed halving."""
    shipped = fonts_dir() / half_marks_path(face)
    if shipped.is_file():
        return shipped.read_bytes()
    return build_half_marks(face)


def build_half_marks(face: FontFace) -> bytes | None:
    """Cut ``face``'s half-width-able marks and halve their advance, moving opening marks'
    outlines left; the PostScript name gets a ``Half`` suffix."""
    with map_errors(FontError, f"cannot make half-width marks for {face.name}"):
        font = TTFont(io.BytesIO(subset_bytes(face, "".join(sorted(HALF_MARKS)))))
        units = font["head"].unitsPerEm
        glyf, hmtx = font["glyf"], font["hmtx"]
        done: set[str] = set()
        for code, glyph_name in sorted(font.getBestCmap().items()):
            char = chr(code)
            advance, bearing = hmtx[glyph_name]
            if char not in HALF_MARKS or advance < 0.9 * units or glyph_name in done:
                continue  # a glyph two marks share is halved once
            half = advance // 2
            if char in clreq.HALF_WIDTH_OPENING:
                glyph = glyf[glyph_name]
                if glyph.isComposite():
                    for component in glyph.components:
                        component.x -= half
                elif glyph.numberOfContours > 0:
                    glyph.coordinates.translate((-half, 0))
                glyph.recalcBounds(glyf)
                bearing -= half
            hmtx[glyph_name] = (half, bearing)
            done.add(glyph_name)
        if not done:
            return None
        for record in font["name"].names:
            if record.nameID == 6:
                record.string = f"{face.name}Half"
        out = io.BytesIO()
        font.save(out)
        return out.getvalue()
