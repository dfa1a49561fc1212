"""The bundled fonts: which face plays which role, what each covers, and fast subsets.

Why this module exists: every writer must render Chinese with *our* fonts (a machine without
CJK fonts must still get a correct document), must never draw silent tofu, and must embed
only the glyphs a document uses. So:

- ``load_fonts()`` gives the one ``FontSet`` of the process: the shipped faces by role
  (``serif`` 宋 body, ``sans`` 黑 headings and meta, ``kai`` 楷 notes and captions). Reading
  it costs only the fonts' ``name`` tables; coverage is read on first use, once per process.
- ``FontSet.face_for()`` falls back to another shipped face when the requested one lacks a
  character, and ``FontSet.check()`` names the characters no face has, so the caller can warn.
- ``subset_bytes()`` cuts a small TrueType font with only a document's characters, for DOCX
  (``word/fonts/*.odttf``) and EPUB (``@font-face``). The whole CJK font is parsed once per
  process and face; each subset then copies only the glyphs it needs (a few milliseconds),
  because re-parsing 10 MB of font per document is what makes converters slow.

PDF needs no subsets from here: reportlab subsets the TTF it registers by itself.
"""

from __future__ import annotations

import copy
import io
import mmap
import struct
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Final

from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable
from fontTools.ttLib.tables._g_l_y_f import Glyph

from .errors import FontError, map_errors
from .resources import fonts_dir

# role, bold, file name, PostScript name, family: the shipped faces, which
# ``scripts/build_fonts.py`` makes. The names are written here rather than read from each
# file's ``name`` table at start-up (that parse is a tenth of a cold ``to-pdf``);
# tests/test_fonts.py checks that they match the files.
_SHIPPED: Final[tuple[tuple[str, bool, str, str, str], ...]] = (
    ("serif", False, "NotoSerifSC-Regular.ttf", "NotoSerifSC-Regular", "Noto Serif SC"),
    ("serif", True, "NotoSerifSC-Bold.ttf", "NotoSerifSC-Bold", "Noto Serif SC"),
    ("sans", False, "NotoSansSC-Regular.ttf", "NotoSansSC-Regular", "Noto Sans SC"),
    ("sans", True, "NotoSansSC-Bold.ttf", "NotoSansSC-Bold", "Noto Sans SC"),
    ("kai", False, "LXGWWenKai-Regular.ttf", "LXGWWenKai-Regular", "LXGW WenKai"),
)

#: The face roles a style may name. There is no FangSong face yet (see fonts/README.md).
FACE_ROLES: Final[tuple[str, ...]] = ("serif", "sans", "kai")

# Where to look when a face lacks a character: the closest design first.
_FALLBACK_ORDER: Final[Mapping[str, tuple[str, ...]]] = {
    "serif": ("serif", "kai", "sans"),
    "sans": ("sans", "serif", "kai"),
    "kai": ("kai", "serif", "sans"),
}

#: Always put into a subset, so that a reader who edits the DOCX can type common punctuation
#: and digits in the embedded face.
BASIC_CHARS: Final[str] = (
    "".join(chr(cp) for cp in range(0x20, 0x7F))
    + "\u3000，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕—…·～－％０１２３４５６７８９"
)


#: Curly quotes, which Chinese typography sets a full em wide. A face may set them narrower
#: (LXGW WenKai's are proportional, 0.35 em); every writer then draws them with the face
#: ``FontSet.full_width_face`` names, so PDF, DOCX and EPUB agree.
FULL_WIDTH_QUOTES: Final[str] = "‘’“”"
_NARROW_EM: Final[float] = 0.9


def needs_glyph(char: str) -> bool:
    """Whether drawing ``char`` needs a glyph: control characters (line breaks, tabs) and
    invisible format characters (joiners, soft hyphens, byte-order marks) do not."""
    return unicodedata.category(char) not in ("Cc", "Cs", "Cf")


@cache
def mapped(path: Path) -> mmap.mmap:
    """The font file mapped read-only, once per process.

    Every writer reads glyphs straight from this map (reportlab's parser and our subsetter
    alike), so a worker holds only the pages of the glyphs it has used instead of a private
    copy of each 8–16 MB face per library; the pages are shared between workers too.
    """
    with map_errors(FontError, f"cannot read font {path.name}"), open(path, "rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


@cache
def _cmap(path: Path) -> Mapping[int, str]:
    """Code point -> glyph name of a font file, parsed once per process (subsetting needs it)."""
    with map_errors(FontError, f"cannot read font {path.name}"):
        return dict(TTFont(path, lazy=True).getBestCmap())


@cache
def _codepoint_set(path: Path) -> frozenset[int]:
    """The code points a font maps, read straight from its format 12 cmap.

    Coverage checks run on every document, and fontTools' cmap parsing (which names every
    glyph) costs about 50 ms per CJK face when cold; the raw ranges take a few ms. Fonts without
    a format 12 subtable take the slow path.
    """
    with map_errors(FontError, f"cannot read font {path.name}"):
        font = TTFont(path, lazy=True)
        data = font.reader["cmap"]
        count = struct.unpack(">H", data[2:4])[0]
        for index in range(count):
            platform, encoding, offset = struct.unpack(">HHI", data[4 + 8 * index : 12 + 8 * index])
            if (platform, encoding) in ((3, 10), (0, 4)) and struct.unpack(
                ">H", data[offset : offset + 2]
            )[0] == 12:
                groups = struct.unpack(">I", data[offset + 12 : offset + 16])[0]
                points: set[int] = set()
                for group in range(groups):
                    at = offset + 16 + 12 * group
                    start, end, glyph = struct.unpack(">III", data[at : at + 12])
                    points.update(range(start + (glyph == 0), end + 1))
                return frozenset(points)
        return frozenset(_cmap(path))


@cache
def _narrow_quotes(path: Path) -> frozenset[str]:
    """The ``FULL_WIDTH_QUOTES`` a font has but sets narrower than 0.9 em (reads only the
    ``hmtx`` and ``head`` tables, once per process and file)."""
    with map_errors(FontError, f"cannot read font {path.name}"):
        font = TTFont(path, lazy=True)
        limit = _NARROW_EM * font["head"].unitsPerEm
        metrics = font["hmtx"].metrics
        cmap = _cmap(path)
        return frozenset(
            ch for ch in FULL_WIDTH_QUOTES if ord(ch) in cmap and metrics[cmap[ord(ch)]][0] < limit
        )


@dataclass(frozen=True, slots=True)
class FontFace:
    """One shipped font file and the names a writer registers it under.

    ``name`` is the PostScript name (``NotoSerifSC-Bold``): register it with reportlab under
    this name. ``family`` is the family as the font's ``name`` table gives it
    (``Noto Serif SC``): use it for DOCX ``w:rFonts`` and CSS ``font-family``, with ``bold``
    telling whether this file is the bold member or a regular standing in for one.
    """

    role: str
    bold: bool
    name: str
    family: str
    path: Path

    @property
    def codepoints(self) -> frozenset[int]:
        """Every code point the face has a glyph for (the cmap is parsed once per process)."""
        return _codepoint_set(self.path)

    def has(self, char: str) -> bool:
        """Whether the face has a glyph for ``char``."""
        return ord(char) in _codepoint_set(self.path)

    @property
    def narrow_quotes(self) -> frozenset[str]:
        """The curly quotes this face sets narrower than Chinese text wants (0.9 em)."""
        return _narrow_quotes(self.path)

    def missing(self, text: str) -> str:
        """The distinct characters of ``text`` that need a glyph this face lacks, in order."""
        covered = _codepoint_set(self.path)
        return "".join(
            ch for ch in dict.fromkeys(text) if needs_glyph(ch) and ord(ch) not in covered
        )


@dataclass(frozen=True, slots=True)
class FontSet:
    """The shipped faces by role, with fallback and coverage checks across all of them."""

    faces: tuple[FontFace, ...]
    _index: Mapping[tuple[str, bool], FontFace] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {(f.role, f.bold): f for f in self.faces})

    @property
    def roles(self) -> tuple[str, ...]:
        """The face roles this set has, in shipping order."""
        return tuple(dict.fromkeys(f.role for f in self.faces))

    def __iter__(self) -> Iterator[FontFace]:
        return iter(self.faces)

    def face(self, role: str, bold: bool = False) -> FontFace:
        """The face for ``role``; a bold request falls back to the regular face when the role
        has no bold one (check ``.bold`` on the result to know whether to embolden)."""
        found = self._index.get((role, bold)) or self._index.get((role, False))
        if found is None:
            raise FontError(f'unknown font role "{role}" (shipped: {", ".join(self.roles)})')
        return found

    def missing(self, text: str, role: str, bold: bool = False) -> str:
        """The distinct characters of ``text`` that the ``role`` face lacks, in order."""
        return self.face(role, bold).missing(text)

    def face_for(self, char: str, role: str, bold: bool = False) -> FontFace | None:
        """The face to draw ``char`` with: the role's own if it has the glyph, else the
        closest shipped design that has it (in the asked weight if it has one), else None."""
        self.face(role, bold)  # unknown roles are an error, not a silent fallback
        preferred = _FALLBACK_ORDER.get(role, (role,))
        for candidate in preferred + tuple(r for r in self.roles if r not in preferred):
            for weight in (bold, False) if bold else (False,):
                face = self._index.get((candidate, weight))
                if face is not None and face.has(char):
                    return face
        return None

    def full_width_face(self, char: str, face: FontFace, bold: bool = False) -> FontFace | None:
        """The face to draw ``char`` with when ``face`` sets it too narrow for Chinese text
        (LXGW WenKai's curly quotes): the 宋 (serif) face in the weight ``bold`` asks for, if
        it sets ``char`` full width. None when ``face`` is fine as it is."""
        if char not in face.narrow_quotes:
            return None
        serif = self._index.get(("serif", bold)) or self._index.get(("serif", False))
        if serif is None or not serif.has(char) or char in serif.narrow_quotes:
            return None
        return serif

    def check(self, text: str) -> list[str]:
        """The distinct characters of ``text`` that no shipped face has, in order of first
        appearance (control characters need no glyph and are never reported)."""
        covered = self.codepoints
        return [ch for ch in dict.fromkeys(text) if needs_glyph(ch) and ord(ch) not in covered]

    @property
    def codepoints(self) -> frozenset[int]:
        """Every code point some shipped face has."""
        return _union_codepoints(tuple(f.path for f in self.faces))


@cache
def _union_codepoints(paths: tuple[Path, ...]) -> frozenset[int]:
    return frozenset().union(*(_codepoint_set(p) for p in paths))


def _names(path: Path) -> tuple[str, str]:
    """(PostScript name, family name) from the font's ``name`` table."""
    with map_errors(FontError, f"cannot read font {path.name}"):
        table = TTFont(path, lazy=True)["name"]
        postscript = table.getDebugName(6)
        family = table.getDebugName(16) or table.getDebugName(1)
    if not postscript or not family:
        raise FontError(f"font {path.name} has no PostScript or family name")
    return postscript, family


@cache
def load_fonts() -> FontSet:
    """The bundled fonts, found once per process (no font file is parsed here)."""
    directory = fonts_dir()
    faces = []
    for role, bold, file_name, postscript, family in _SHIPPED:
        path = directory / file_name
        if not path.is_file():
            raise FontError(f"bundled font {file_name} is missing from the fonts directory")
        faces.append(FontFace(role=role, bold=bold, name=postscript, family=family, path=path))
    return FontSet(tuple(faces))


# --- subsetting -----------------------------------------------------------------------------


class _Master:
    """A face parsed once: raw glyph data and the tables a subset copies from.

    Glyphs stay as raw bytes (no outline is decoded); a subset wraps the few it needs in new
    ``Glyph`` objects, so the master is never modified and can serve any number of subsets.
    """

    def __init__(self, path: Path) -> None:
        font = TTFont(path, recalcBBoxes=False, recalcTimestamp=False)
        if "glyf" not in font:
            raise FontError(f"font {path.name} has no TrueType outlines")
        self.order: list[str] = font.getGlyphOrder()
        self.ids: dict[str, int] = {name: gid for gid, name in enumerate(self.order)}
        self.cmap: Mapping[int, str] = _cmap(path)
        glyf = font.reader.tables["glyf"]
        self.glyf_data = memoryview(mapped(path))[glyf.offset : glyf.offset + glyf.length]
        self.loca: list[int] = list(font["loca"].locations)
        self.hmtx: Mapping[str, tuple[int, int]] = font["hmtx"].metrics
        self.vmtx: Mapping[str, tuple[int, int]] | None = (
            font["vmtx"].metrics if "vmtx" in font and "vhea" in font else None
        )
        self.small_tables = {
            tag: font[tag] for tag in ("head", "hhea", "maxp", "OS/2", "name", "post")
        }
        if self.vmtx is not None:
            self.small_tables["vhea"] = font["vhea"]
        # Only what subsets copy is kept: the parsed font itself (its cmap subtables, the
        # reader's buffers) would double the memory of every worker that embeds fonts.
        font.close()
        self.lock = threading.Lock()

    def glyph_data(self, gid: int) -> bytes:
        return self.glyf_data[self.loca[gid] : self.loca[gid + 1]].tobytes()

    def closure(self, names: Iterable[str]) -> list[str]:
        """``.notdef``, the given glyphs and every component of composite ones, in glyph-id
        order (a stable order makes the output reproducible)."""
        wanted = {0}
        stack = [self.ids[n] for n in names]
        while stack:
            gid = stack.pop()
            if gid in wanted:
                continue
            wanted.add(gid)
            stack.extend(_components(self.glyph_data(gid)))
        return [self.order[gid] for gid in sorted(wanted)]


def _components(data: bytes) -> Iterator[int]:
    """Glyph ids a composite glyph refers to (nothing for a simple or empty glyph)."""
    if len(data) < 10 or struct.unpack(">h", data[:2])[0] >= 0:
        return
    pos = 10
    while True:
        flags, gid = struct.unpack(">HH", data[pos : pos + 4])
        yield gid
        pos += 4 + (4 if flags & 0x0001 else 2)
        if flags & 0x0008:
            pos += 2
        elif flags & 0x0040:
            pos += 4
        elif flags & 0x0080:
            pos += 8
        if not flags & 0x0020:
            return


class _GlyphNames:
    """What ``Glyph.expand`` needs of a glyf table to name a composite's components."""

    extended = False  # no 24-bit glyph ids in the fonts we ship

    def __init__(self, order: list[str]) -> None:
        self.getGlyphName = order.__getitem__


@cache
def _master(path: Path) -> _Master:
    with map_errors(FontError, f"cannot read font {path.name}"):
        return _Master(path)


def subset_bytes(face: FontFace, text: str) -> bytes:
    """A TrueType font with the glyphs of ``face`` for the characters of ``text`` plus
    ``BASIC_CHARS``, for embedding in DOCX and EPUB.

    Characters the face lacks are left out (``FontSet.check`` is where they are reported).
    The result keeps the face's names and metrics (horizontal and vertical) and no layout
    tables, is the same bytes for the same input, and takes a few milliseconds once the face
    has been parsed (the first call per face and process parses it: about 0.1–0.3 s).
    """
    master = _master(face.path)
    with master.lock, map_errors(FontError, f"cannot subset font {face.name}"):
        return _build_subset(master, text)


def _build_subset(master: _Master, text: str) -> bytes:
    chars = sorted({ord(ch) for ch in text + BASIC_CHARS if ord(ch) in master.cmap})
    cmap = {cp: master.cmap[cp] for cp in chars}
    order = master.closure(cmap.values())
    names = _GlyphNames(master.order)

    font = TTFont(recalcBBoxes=False, recalcTimestamp=False)
    font.sfntVersion = "\x00\x01\x00\x00"
    font.setGlyphOrder(order)
    for tag, table in master.small_tables.items():
        font[tag] = copy.copy(table)  # compiling sets counts and offsets on these: never share
    post = font["post"]
    post.formatType = 3.0
    for attr in ("extraNames", "mapping", "glyphOrder"):
        if hasattr(post, attr):
            delattr(post, attr)

    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        data = master.glyph_data(master.ids[name])
        glyph = Glyph(data)
        if len(data) >= 2 and struct.unpack(">h", data[:2])[0] < 0:
            glyph.expand(names)  # components by name: compiled against the new glyph order
        glyf.glyphs[name] = glyph
    font["glyf"] = glyf
    font["loca"] = newTable("loca")

    hmtx = newTable("hmtx")
    hmtx.metrics = {name: master.hmtx[name] for name in order}
    font["hmtx"] = hmtx
    if master.vmtx is not None:
        vmtx = newTable("vmtx")
        vmtx.metrics = {name: master.vmtx[name] for name in order}
        font["vmtx"] = vmtx

    font["cmap"] = _cmap_table(cmap)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _cmap_table(cmap: Mapping[int, str]) -> object:
    """A Windows Unicode cmap: format 4 for the BMP, plus format 12 when beyond it."""
    table = newTable("cmap")
    table.tableVersion = 0
    bmp = CmapSubtable.newSubtable(4)
    bmp.platformID, bmp.platEncID, bmp.language = 3, 1, 0
    bmp.cmap = {cp: name for cp, name in cmap.items() if cp <= 0xFFFF}
    table.tables = [bmp]
    if any(cp > 0xFFFF for cp in cmap):
        full = CmapSubtable.newSubtable(12)
        full.platformID, full.platEncID, full.language = 3, 10, 0
        full.cmap = dict(cmap)
        table.tables.append(full)
    return table
