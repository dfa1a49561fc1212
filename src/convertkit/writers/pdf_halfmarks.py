"""Companion fonts whose CJK punctuation is half an em wide, for compressed marks in PDF.

Punctuation compression (``。”``, a trimmed mark at the line end, clreq 3.1.6) could be drawn
by overlapping full-width glyphs, and it would look the same; but text extractors
(``pdftotext``, copy-paste, screen readers) then see two glyph boxes overlapping by half an
em, take it for a new word or column and scramble the line. Drawing a compressed mark with a
glyph that really is half an em wide — the ink kept where it was: closing marks keep their
left half, opening marks move left by half an em — keeps the text stream clean.

These are companion fonts (``convertkit.companions``: their names, how they ship, why): a few
dozen glyphs each, shipped in ``fonts/halfmarks/`` for the shipped faces and cut at run time for
any other (slower: the whole face is parsed once per process). Names: ``ck Half Marks serif``,
PostScript ``ckHalfMarks-serif-Regular``, the name a PDF embeds it under.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Final

from ..companions import CompanionKind, cut, shipped_or_built
from ..fonts import FontFace
from ..typography import clreq

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

HALF_MARKS: Final[frozenset[str]] = clreq.HALF_WIDTH_CLOSING | clreq.HALF_WIDTH_OPENING
HALF = CompanionKind(folder="halfmarks", tag="HalfMarks", family_words="Half Marks", what="half-width marks")


@cache
def half_marks_font(face: FontFace) -> bytes | None:
    """The companion font's bytes (shipped, else built now); None if no mark needed halving."""
    return shipped_or_built(HALF, face, build_half_marks)


def build_half_marks(face: FontFace) -> bytes | None:
    """Cut ``face``'s half-width-able marks and halve their advance, moving opening marks'
    outlines left."""
    return cut(face, "".join(sorted(HALF_MARKS)), HALF, _halve)


def _halve(font: TTFont) -> bool:
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
    return bool(done)
