"""Companion fonts: a few marks of one of our faces, reshaped, as a small font of its own.

Two kinds exist. The PDF writer draws compressed punctuation with marks half an em wide
(``writers.pdf_halfmarks``), and every writer sets the marks of a Traditional Chinese article
centred in the box (``centred_marks``). Each kind keeps the face's outlines and moves or narrows
them, so each is cut from the face it accompanies. What the kinds share lives here:

- Names. A companion is a Modified Version of its face under the OFL, so it carries names of its
  own (``ck Half Marks serif``, PostScript ``ckHalfMarks-serif-Regular``: the name a PDF embeds)
  in every record that names the font, and never the face's: LXGW WenKai's licence reserves
  "LXGW" and "霞鹜" for the unmodified font. Copyright, licence and vendor records stay.
- Shipping. The companions of the shipped faces are built ahead by
  ``scripts/build_companions.py`` into ``fonts/<kind folder>/`` (a few KB each), so a process
  reads them instead of parsing a face with fontTools (100–250 ms, every batch worker again). A
  shipped file is taken only for a shipped face and only when it carries that face's names; any
  other face (a style may name its own) gets its companion built at run time.
- Reproducibility. The same face gives the same bytes (``head.modified`` stays the face's), so
  the tests hold the shipped files to a fresh build.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from .errors import FontError, map_errors
from .fonts import FontFace, subset_bytes
from .resources import fonts_dir

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

# Name records that name the font (family, style, unique ID, full name, PostScript name,
# typographic and WWS family and style, variations PostScript prefix): the companion's own or none.
_NAMING_IDS: Final[frozenset[int]] = frozenset({1, 2, 3, 4, 6, 16, 17, 18, 21, 22, 25})


def weight(face: FontFace) -> str:
    return "Bold" if face.bold else "Regular"


@dataclass(frozen=True, slots=True)
class CompanionKind:
    """One kind of companion: its folder under ``fonts/`` and how its fonts are named."""

    folder: str  # "halfmarks"
    tag: str  # "HalfMarks": the file suffix, and the PostScript name after "ck"
    family_words: str  # "Half Marks": the family after "ck", before the role
    what: str  # "half-width marks", for error messages

    def path(self, face: FontFace) -> str:
        """Where the shipped companion of ``face`` is, relative to ``fonts_dir()``."""
        return f"{self.folder}/{face.path.stem}-{self.tag}.ttf"

    def family(self, face: FontFace) -> str:
        """One family per role, a member per weight, as the face's own family is."""
        return f"ck {self.family_words} {face.role}"

    def name(self, face: FontFace) -> str:
        """The PostScript name (``ckHalfMarks-kai-Regular``)."""
        return f"ck{self.tag}-{face.role}-{weight(face)}"

    def file_stem(self, face: FontFace) -> str:
        """A file name for the companion where it is embedded (``HantMarks-serif-Regular``)."""
        return f"{self.tag}-{face.role}-{weight(face)}"


def shipped_or_built(kind: CompanionKind, face: FontFace, build: Callable[[FontFace], bytes | None]) -> bytes | None:
    """The shipped companion of ``face`` when there is one for it, else ``build(face)``."""
    if face.path.parent == fonts_dir():  # a shipped face, not a file of the same name elsewhere
        shipped = fonts_dir() / kind.path(face)
        if shipped.is_file():
            data = shipped.read_bytes()
            # Its names are those of the role and weight it was built for (UTF-16 name records).
            if kind.name(face).encode("utf-16-be") in data:
                return data
    return build(face)


def cut(face: FontFace, chars: str, kind: CompanionKind, reshape: Callable[[TTFont], bool]) -> bytes | None:
    """A companion of ``face`` holding ``chars``: ``reshape`` moves or narrows the glyphs of a
    fontTools font of them in place and says whether any mark needed it (None when none did);
    the font then gets ``kind``'s names. The same face gives the same bytes."""
    from fontTools.ttLib import TTFont

    with map_errors(FontError, f"cannot make {kind.what} for {face.name}"):
        font = TTFont(io.BytesIO(subset_bytes(face, chars)), recalcTimestamp=False)  # not the build's time
        if not reshape(font):
            return None
        _rename(font, kind.family(face), kind.name(face), weight(face))
        out = io.BytesIO()
        font.save(out)
        return out.getvalue()


def _rename(font: TTFont, family: str, name: str, style: str) -> None:
    names = {1: family, 2: style, 3: f"convertkit: {name}", 4: f"{family} {style}", 6: name}
    table = font["name"]
    table.names = [record for record in table.names if record.nameID not in _NAMING_IDS]
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)  # Windows, Unicode BMP, English (US)
        table.setName(value, name_id, 1, 0, 0)  # Macintosh, Roman, English
