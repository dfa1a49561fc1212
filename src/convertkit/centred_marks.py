"""Traditional Chinese punctuation centred in the em box: companion fonts cut from our faces.

The mainland standard (GB/T 15834) sets 。，、 in the lower left of the character box and
；：！？ against its left side. Taiwan's (教育部《重訂標點符號手冊》) and Hong Kong's practice
centre all seven, and a Traditional article set with mainland marks looks like a mainland
reprint. Our shipped faces are the SC cuts: a TC cut of every face would add about 50 MB of
fonts for the sake of seven glyphs whose only difference is where they sit. So each face gets a
companion holding just those seven, moved to the centre (same outlines, same full-width
advance), a companion font (``companions``: their names, how they ship, why). The companions of
the shipped faces ship in ``fonts/centredmarks/`` (3 KB each): reading one is all a process pays
at its first Traditional document, and fontTools is not imported for it. Any other face gets its
companion built when a Traditional document first needs it: about 150 ms once per process, for
fontTools' import, a subset and its subsetter. Names: ``ck Hant Marks serif``, PostScript
``ckHantMarks-serif-Regular``.

Writers use the companion where they choose a font per character: the PDF writer draws these
marks of a zh-Hant document with it, the EPUB writer puts it first in the font stacks of its
zh-Hant rules, the DOCX writer sets them in runs of the companion's family. A centred mark has ink in the middle of its box, so it cannot be squeezed to
half an em the mainland way: those documents are set without punctuation compression, as books
in Taiwan and Hong Kong are.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Final

from .companions import CompanionKind, cut, shipped_or_built

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

    from .fonts import FontFace

CENTRED_MARKS: Final[frozenset[str]] = frozenset("。，、；：！？")
_LOW_MARKS: Final[frozenset[str]] = frozenset("。，、")  # also raised from the baseline to mid-box
CENTRED = CompanionKind(folder="centredmarks", tag="HantMarks", family_words="Hant Marks", what="centred marks")


@dataclass(frozen=True, slots=True)
class MarksCompanion:
    """The centred-marks font cut from one face: its names, and its bytes on demand."""

    face: FontFace

    @property
    def family(self) -> str:
        return CENTRED.family(self.face)

    @property
    def bold(self) -> bool:
        return self.face.bold

    @property
    def name(self) -> str:
        return CENTRED.name(self.face)

    @property
    def file_stem(self) -> str:
        return CENTRED.file_stem(self.face)

    def data(self) -> bytes | None:
        """The font; None when the face has none of the marks in full width."""
        return centred_marks_font(self.face)


@cache
def centred_marks_font(face: FontFace) -> bytes | None:
    """``face``'s seven marks centred, as a font of their own named as its ``MarksCompanion``
    says (shipped, else built now); None when the face has none of them in full width."""
    return shipped_or_built(CENTRED, face, build_centred_marks)


def build_centred_marks(face: FontFace) -> bytes | None:
    """Cut ``face``'s seven marks and move each full-width one to the centre of its box (。，、
    also up to mid-box); None when none of them is full width."""
    return cut(face, "".join(sorted(CENTRED_MARKS)), CENTRED, _centre)


def _centre(font: TTFont) -> bool:
    glyf, hmtx = font["glyf"], font["hmtx"]
    os2 = font["OS/2"]
    middle_y = (os2.sTypoAscender + os2.sTypoDescender) / 2  # the ideographic em box's centre
    vmtx = font.get("vmtx")
    moved: set[str] = set()
    for code, glyph_name in sorted(font.getBestCmap().items()):
        char = chr(code)
        glyph = glyf[glyph_name]
        advance, _bearing = hmtx[glyph_name]
        if char not in CENTRED_MARKS or glyph_name in moved or glyph.numberOfContours == 0:
            continue
        glyph.recalcBounds(glyf)
        if advance < 0.9 * font["head"].unitsPerEm:
            continue  # a proportional mark is not a box to centre in
        dx = round(advance / 2 - (glyph.xMin + glyph.xMax) / 2)
        dy = round(middle_y - (glyph.yMin + glyph.yMax) / 2) if char in _LOW_MARKS else 0
        if glyph.isComposite():
            for component in glyph.components:
                component.x += dx
                component.y += dy
        else:
            glyph.coordinates.translate((dx, dy))
        glyph.recalcBounds(glyf)
        hmtx[glyph_name] = (advance, glyph.xMin)
        if vmtx is not None and glyph_name in vmtx.metrics:
            height, top = vmtx[glyph_name]
            vmtx[glyph_name] = (height, top - dy)
        moved.add(glyph_name)
    if moved:
        _keep_only_marks(font)
    return bool(moved)


def _keep_only_marks(font: TTFont) -> None:
    """Drop the glyphs ``subset_bytes`` always adds (ASCII): the companion draws the marks only,
    and an EPUB carries it whole."""
    from fontTools import subset

    options = subset.Options()
    options.name_IDs = ["*"]  # the copyright and licence records stay with the glyphs (OFL)
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.layout_features = []
    options.hinting = False
    options.glyph_names = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(char) for char in CENTRED_MARKS])
    subsetter.subset(font)
