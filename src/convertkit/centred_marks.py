"""Traditional Chinese punctuation centred in the em box: companion fonts cut from our faces.

The mainland standard (GB/T 15834) sets 。，、 in the lower left of the character box and
；：！？ against its left side. Taiwan's (教育部《重訂標點符號手冊》) and Hong Kong's practice
centre all seven, and a Traditional article set with mainland marks looks like a mainland
reprint. Our shipped faces are the SC cuts: a TC cut of every face would add about 50 MB of
fonts for the sake of seven glyphs whose only difference is where they sit. So each face gets a
companion holding just those seven, moved to the centre (same outlines, same full-width
advance). The companions of the shipped faces are shipped too, in ``fonts/centredmarks/``
(3 KB each), built by ``scripts/build_centred_marks.py`` with ``build_centred_marks``: reading
one is all a process pays at its first Traditional document, and fontTools is not imported for
it. Any other face (or one whose shipped companion names another role or weight) gets its
companion built when a Traditional document first needs it: about 150 ms once per process, for
fontTools' import, a subset and its subsetter. A companion is a modified font, so it carries a
name of its own (``ck Hant Marks serif``, PostScript ``ckHantMarks-serif-Regular``) and never
the face's: LXGW WenKai's licence reserves its name for the unmodified font. The copyright and
licence records stay.

Writers use the companion where they choose a font per character: the PDF writer draws these
marks of a zh-Hant document with it, the EPUB writer puts it first in the font stacks of its
zh-Hant rules, the DOCX writer sets them in runs of the companion's family. A centred mark has ink in the middle of its box, so it cannot be squeezed to
half an em the mainland way: those documents are set without punctuation compression, as books
in Taiwan and Hong Kong are.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Final

from .errors import FontError, map_errors
from .resources import fonts_dir

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

    from .fonts import FontFace

CENTRED_MARKS: Final[frozenset[str]] = frozenset("。，、；：！？")
_LOW_MARKS: Final[frozenset[str]] = frozenset("。，、")  # also raised from the baseline to mid-box
FAMILY_PREFIX: Final = "ck Hant Marks "
CENTRED_MARKS_DIR: Final = "centredmarks"


@dataclass(frozen=True, slots=True)
class MarksCompanion:
    """The centred-marks font cut from one face: its names, and its bytes on demand."""

    face: FontFace

    @property
    def family(self) -> str:
        """One family per role, a member per weight, as the face's own family is."""
        return f"{FAMILY_PREFIX}{self.face.role}"

    @property
    def bold(self) -> bool:
        return self.face.bold

    @property
    def name(self) -> str:
        return f"ckHantMarks-{self.face.role}-{'Bold' if self.face.bold else 'Regular'}"

    @property
    def file_stem(self) -> str:
        return f"HantMarks-{self.face.role}-{'Bold' if self.face.bold else 'Regular'}"

    def data(self) -> bytes | None:
        """The font; None when the face has none of the marks in full width."""
        return centred_marks_font(self.face)


def centred_marks_path(face: FontFace) -> str:
    """Where the shipped companion of ``face`` is, relative to ``fonts_dir()``."""
    return f"{CENTRED_MARKS_DIR}/{face.path.stem}-HantMarks.ttf"


@cache
def centred_marks_font(face: FontFace) -> bytes | None:
    """``face``'s seven marks centred, as a TrueType font of their own named as its
    ``MarksCompanion`` says (shipped, else built now); None when the face has none of them in
    full width."""
    if face.path.parent == fonts_dir():  # a shipped face, not a file of the same name elsewhere
        shipped = fonts_dir() / centred_marks_path(face)
        if shipped.is_file():
            data = shipped.read_bytes()
            # Its names are the role's and weight's it was built for (UTF-16 name records).
            if MarksCompanion(face).name.encode("utf-16-be") in data:
                return data
    return build_centred_marks(face)


def build_centred_marks(face: FontFace) -> bytes | None:
    """Cut ``face``'s seven marks, move each full-width one to the centre of its box (。，、
    also up to mid-box) and give the font its ``MarksCompanion``'s names; None when none of
    them is full width. The same face gives the same bytes: ``head.modified`` stays the face's."""
    from fontTools.ttLib import TTFont

    from .fonts import subset_bytes

    with map_errors(FontError, f"cannot make centred marks for {face.name}"):
        data = subset_bytes(face, "".join(sorted(CENTRED_MARKS)))
        font = TTFont(io.BytesIO(data), recalcTimestamp=False)  # not the time of the build
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
        if not moved:
            return None
        _keep_only_marks(font)
        _rename(font, MarksCompanion(face))
        out = io.BytesIO()
        font.save(out)
        return out.getvalue()


def _rename(font: TTFont, companion: MarksCompanion) -> None:
    """The companion's own names in every name record that names the font (1, 3, 4, 6, 16,
    17, 18, 21, 22 and 25 are dropped or rewritten); copyright, licence and vendor stay."""
    weight = "Bold" if companion.bold else "Regular"
    names = {1: companion.family, 2: weight, 3: f"convertkit: {companion.name}", 4: f"{companion.family} {weight}",
             6: companion.name}
    table = font["name"]
    table.names = [record for record in table.names if record.nameID not in {1, 2, 3, 4, 6, 16, 17, 18, 21, 22, 25}]
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)  # Windows, Unicode BMP, English (US)
        table.setName(value, name_id, 1, 0, 0)  # Macintosh, Roman, English


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
