"""Companion fonts whose CJK punctuation is half an em wide, for compressed marks in PDF.

Punctuation compression (``。”``, a trimmed mark at the line end, clreq 3.1.6) could be drawn
by overlapping full-width glyphs, and it would look the same; but text extractors
(``pdftotext``, copy-paste, screen readers) then see two glyph boxes overlapping by half an
em, take it for a new word or column and scramble the line. Drawing a compressed mark with a
glyph that really is half an em wide — the ink kept where it was: closing marks keep their
left half, opening marks move left by half an em — keeps the text stream clean.

The companions are tiny (a few dozen glyphs) and are shipped in ``fonts/halfmarks/``, built
by ``scripts/build_half_marks.py`` with ``build_half_marks`` from the shipped faces; the same
faces give the same bytes (``head.modified`` stays the face's). Any other face (or one whose
shipped companion names another role or weight) gets its companion cut at run time (slower:
the whole face is parsed once per process). A companion is a modified font, so it carries a
name of its own (``ck Half Marks serif``, PostScript ``ckHalfMarks-serif-Regular``: the name a
PDF embeds it under) and never the face's: LXGW WenKai's licence reserves its names ("LXGW",
"霞鹜") for the unmodified font. The copyright and licence records stay. Names are given as
``convertkit.centred_marks`` gives its companions' (``ck Hant Marks …``).
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
FAMILY_PREFIX: Final = "ck Half Marks "
#: Name records that name the font (family, style, unique ID, full name, PostScript name, typographic
#: and WWS family and style, variations PostScript prefix): the companion's own or none.
_NAMING_IDS: Final[frozenset[int]] = frozenset({1, 2, 3, 4, 6, 16, 17, 18, 21, 22, 25})


def half_marks_path(face: FontFace) -> str:
    """Where the shipped companion of ``face`` is, relative to ``fonts_dir()``."""
    return f"{HALF_MARKS_DIR}/{face.path.stem}-HalfMarks.ttf"


def half_marks_family(face: FontFace) -> str:
    """The companion's family: one per role, a member per weight, as the face's own family is."""
    return f"{FAMILY_PREFIX}{face.role}"


def half_marks_name(face: FontFace) -> str:
    """The companion's PostScript name (``ckHalfMarks-kai-Regular``), which a PDF embeds it under."""
    return f"ckHalfMarks-{face.role}-{'Bold' if face.bold else 'Regular'}"


@cache
def half_marks_font(face: FontFace) -> bytes | None:
    """The companion font's bytes (shipped, else built now); None if no mark needed halving."""
    if face.path.parent == fonts_dir():  # a shipped face, not a file of the same name elsewhere
        shipped = fonts_dir() / half_marks_path(face)
        if shipped.is_file():
            data = shipped.read_bytes()
            # Its names are the role's and weight's it was built for (UTF-16 name records).
            if half_marks_name(face).encode("utf-16-be") in data:
                return data
    return build_half_marks(face)


def build_half_marks(face: FontFace) -> bytes | None:
    """Cut ``face``'s half-width-able marks and halve their advance, moving opening marks'
    outlines left, and give the font names of its own (``half_marks_family``,
    ``half_marks_name``). The same face gives the same bytes: ``head.modified`` stays the face's."""
    with map_errors(FontError, f"cannot make half-width marks for {face.name}"):
        data = subset_bytes(face, "".join(sorted(HALF_MARKS)))
        font = TTFont(io.BytesIO(data), recalcTimestamp=False)  # not the time of the build
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
        _rename(font, face)
        out = io.BytesIO()
        font.save(out)
        return out.getvalue()


def _rename(font: TTFont, face: FontFace) -> None:
    """The companion's own names in every name record that names the font (IDs 1, 2, 3, 4, 6,
    16, 17, 18, 21, 22 and 25 are dropped or rewritten, as ``centred_marks`` does); copyright,
    licence and vendor stay."""
    family, name = half_marks_family(face), half_marks_name(face)
    weight = "Bold" if face.bold else "Regular"
    names = {1: family, 2: weight, 3: f"convertkit: {name}", 4: f"{family} {weight}", 6: name}
    table = font["name"]
    table.names = [record for record in table.names if record.nameID not in _NAMING_IDS]
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)  # Windows, Unicode BMP, English (US)
        table.setName(value, name_id, 1, 0, 0)  # Macintosh, Roman, English
