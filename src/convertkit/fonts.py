"""The bundled fonts: which face plays which role, what each covers, and fast subsets.

Why this module exists: every writer must render Chinese with *our* fonts (a machine without
CJK fonts must still get a correct document), must never draw silent tofu, and must embed
only the glyphs a document uses. So:

- ``load_fonts()`` gives the one ``FontSet`` of the process: the shipped faces by role
  (``serif`` 宋 body, ``sans`` 黑 headings and meta, ``kai`` 楷 notes and captions). Reading
  it costs only the fonts' ``name`` tables; coverage is read on first use, once per process.
- ``FontSet.face_for()`` falls back to another shipped face when the requested one lacks a
  character (the other Chinese faces, then the symbol and emoji faces of ``FALLBACK_ROLES``;
  for CJK Extension B and later, first the supplementary-Han faces of ``EXTENSION_ROLES``), and
  ``FontSet.check()`` names the characters no face has, so the caller can warn.
- ``subset_bytes()`` cuts a small TrueType font with only a document's characters, for DOCX
  (``word/fonts/*.odttf``) and EPUB (``@font-face``). Each face's tables are read once per
  process into flat arrays; each subset then copies only the glyphs it needs, straight from
  the mapped file into TrueType bytes (well under a millisecond for an article), because
  re-parsing 10 MB of font per document is what makes converters slow. ``cut_subset()`` is the
  same cut before it becomes a file, with a digest of what it holds, so that a caller can name
  it after its content (``FontNames``): the DOCX writer does, because LibreOffice and Word keep
  an embedded font by its name, and two documents' different subsets must not share one.

PDF needs no subsets from here: reportlab subsets the TTF it registers by itself.
"""

from __future__ import annotations

import hashlib
import io
import mmap
import pickle
import struct
import sys
import threading
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import add, and_, itemgetter, lshift, mul, ne, neg, rshift, sub
from pathlib import Path
from typing import Final, NamedTuple

from .errors import FontError, map_errors
from .resources import fonts_dir

# role, bold, file name, PostScript name, family: the shipped faces, which
# ``scripts/build_fonts.py`` makes (the ``*_ext`` ones: ``scripts/build_extb_fonts.py``). The
# names are written here rather than read from each
# file's ``name`` table at start-up (that parse is a tenth of a cold ``to-pdf``);
# tests/test_fonts.py checks that they match the files.
_SHIPPED: Final[tuple[tuple[str, bool, str, str, str], ...]] = (
    ("serif", False, "NotoSerifSC-Regular.ttf", "NotoSerifSC-Regular", "Noto Serif SC"),
    ("serif", True, "NotoSerifSC-Bold.ttf", "NotoSerifSC-Bold", "Noto Serif SC"),
    ("sans", False, "NotoSansSC-Regular.ttf", "NotoSansSC-Regular", "Noto Sans SC"),
    ("sans", True, "NotoSansSC-Bold.ttf", "NotoSansSC-Bold", "Noto Sans SC"),
    ("kai", False, "LXGWWenKai-Regular.ttf", "LXGWWenKai-Regular", "LXGW WenKai"),
    ("serif_ext", False, "NotoSerifCJKscExt-Regular.ttf", "NotoSerifCJKscExt-Regular", "Noto Serif CJK SC Ext"),
    ("sans_ext", False, "NotoSansCJKscExt-Regular.ttf", "NotoSansCJKscExt-Regular", "Noto Sans CJK SC Ext"),
    ("symbols2", False, "NotoSansSymbols2-Regular.ttf", "NotoSansSymbols2-Regular", "Noto Sans Symbols2"),
    ("symbols", False, "NotoSansSymbols-Regular.ttf", "NotoSansSymbols-Regular", "Noto Sans Symbols"),
    ("math", False, "NotoSansMath-Regular.ttf", "NotoSansMath-Regular", "Noto Sans Math"),
    ("emoji", False, "NotoEmoji-Regular.ttf", "NotoEmoji-Regular", "Noto Emoji"),
)

#: The face roles a style may name. There is no FangSong face yet (see fonts/README.md).
FACE_ROLES: Final[tuple[str, ...]] = ("serif", "sans", "kai")

#: The supplementary-Han faces (``scripts/build_extb_fonts.py``): Noto CJK's ideographs beyond
#: the BMP (CJK Extension B and later: Hong Kong's 𨋢 𡃁, the 通用规范汉字表's 𬌗 𬭚 in names),
#: which the Chinese faces, cut to GBK and Big5-HKSCS, lack. Never a style's face, and only ever
#: asked for a character at or past ``SUPPLEMENTARY_HAN``: they have nothing else, and a BMP
#: character must render as it did before they shipped. The role's own design comes first
#: (``_EXTENSION_ORDER``).
EXTENSION_ROLES: Final[tuple[str, ...]] = ("serif_ext", "sans_ext")

#: The first code point of the supplementary ideographic plane (CJK Extension B, U+20000).
SUPPLEMENTARY_HAN: Final[int] = 0x20000

# Which supplementary-Han face to try first for a role: the closest design (楷 has none of its
# own: 宋 is closer to it than 黑).
_EXTENSION_ORDER: Final[Mapping[str, tuple[str, ...]]] = {
    "serif": ("serif_ext", "sans_ext"),
    "sans": ("sans_ext", "serif_ext"),
    "kai": ("serif_ext", "sans_ext"),
}

#: The symbol and emoji faces: never a style's face, only drawn for a character that none of the
#: Chinese faces has (➨ ✔ ✉ ⓵ ⟶ 👇 🔥 😂), so that no character turns into tofu. They are
#: monochrome TrueType, which every writer can embed as a subset (colour emoji, CBDT or COLR,
#: cannot go into a PDF through reportlab). Their order is the one ``FontSet.face_for`` tries:
#: text-style symbols first, then the emoji face.
FALLBACK_ROLES: Final[tuple[str, ...]] = ("symbols2", "symbols", "math", "emoji")

#: Pictographs from here on (U+1F000: emoticons, transport, food…) are emoji first: the emoji
#: face draws them all in one design, where Noto Sans Symbols 2 has a few in another.
_EMOJI_FIRST: Final[int] = 0x1F000

#: The characters below U+1F000 that Unicode shows as emoji by default (Emoji_Presentation=Yes,
#: emoji-data.txt): ⭐ ✅ ❌ ⚡ ☕ are emoji in a post, and the emoji face draws them at emoji
#: size, where Noto Sans Symbols 2's ⭐ is a small text star.
_EMOJI_PRESENTATION: Final[frozenset[str]] = frozenset(
    "⌚⌛⏩⏪⏫⏬⏰⏳◽◾☔☕♈♉♊♋♌♍♎♏♐♑♒♓♿⚓⚡⚪⚫⚽⚾⛄⛅⛎⛔⛪⛲⛳⛵⛺⛽"
    "✅✊✋✨❌❎❓❔❕❗➕➖➗➰➿⬛⬜⭐⭕"
)

#: Emoji skin-tone modifiers (🏻–🏿): a monochrome face can only draw them as a swatch after the
#: emoji (👍🏻 as 👍 and a grey box, which reads as tofu), so drawing leaves them out.
_SKIN_TONES: Final[range] = range(0x1F3FB, 0x1F400)

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


def extension_order(role: str) -> tuple[str, ...]:
    """The supplementary-Han faces (``EXTENSION_ROLES``) in the order a ``role`` face should
    borrow from them: its own design first (宋 for 宋 and 楷, 黑 for 黑)."""
    return _EXTENSION_ORDER.get(role, EXTENSION_ROLES)


MISSING_SHOWN = 12  # characters a missing-glyph warning names before "and N more"


def describe_missing(chars: Sequence[str]) -> str:
    """``م (U+0645) ر (U+0631) … and 3 more``: the characters no shipped face has, for the one
    warning each writer gives a document (a visible character with its code point, anything else
    by its code point alone)."""
    shown = " ".join(f"{char} (U+{ord(char):04X})" if unicodedata.category(char)[0] in "LNPS" else f"U+{ord(char):04X}"
                     for char in chars[:MISSING_SHOWN])
    return shown + (f" and {len(chars) - MISSING_SHOWN} more" if len(chars) > MISSING_SHOWN else "")


def needs_glyph(char: str) -> bool:
    """Whether drawing ``char`` needs a glyph: control characters (line breaks, tabs) and
    invisible format characters (joiners, soft hyphens, byte-order marks) do not."""
    if "\ufe00" <= char <= "\ufe0f" or "\U000e0100" <= char <= "\U000e01ef" or ord(char) in _SKIN_TONES:
        return False  # variation selectors (❤️ asks for emoji style) choose a glyph, have none
    return unicodedata.category(char) not in ("Cc", "Cs", "Cf")


def emoji_component(char: str) -> bool:
    """Whether ``char`` is a part of an emoji sequence that draws nothing of its own in a
    monochrome face: the zero-width joiner (👨‍👩‍👧), variation selectors (❤️), skin tones (👍🏻)
    and tag characters (subdivision flags). The PDF leaves them out (``needs_glyph``); DOCX and
    EPUB keep them in the run of the face that has them (the emoji face), next to the emoji they
    modify, rather than in a Chinese face that would show them as boxes."""
    return (
        char == "\u200d"
        or "\ufe00" <= char <= "\ufe0f"
        or ord(char) in _SKIN_TONES
        or "\U000e0020" <= char <= "\U000e007f"
    )


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
    """Code point -> glyph name of a font file, parsed once per process (the slow path, for
    fonts without a format 12 cmap)."""
    from fontTools.ttLib import TTFont  # rarely needed: the shipped faces never come here

    with map_errors(FontError, f"cannot read font {path.name}"):
        return dict(TTFont(path, lazy=True).getBestCmap())


@cache
def _codepoint_set(path: Path) -> frozenset[int]:
    """The code points a font maps, read straight from its format 12 cmap.

    Coverage checks run on every document, and fontTools' cmap parsing (which names every
    glyph) costs about 50 ms per CJK face when cold; the raw ranges take a few ms. Fonts without
    a format 12 subtable take the slow path.
    """
    mapped_file = mapped(path)
    try:
        offset, length = _table_directory(mapped_file)["cmap"]
    except (FontError, KeyError, struct.error):
        return frozenset(_cmap(path))  # a collection, CFF outlines, a damaged file: fontTools decides
    with map_errors(FontError, f"cannot read font {path.name}"):
        data = mapped_file[offset : offset + length]
        count = struct.unpack(">H", data[2:4])[0]
        for index in range(count):
            platform, encoding, offset = struct.unpack(">HHI", data[4 + 8 * index : 12 + 8 * index])
            if (platform, encoding) in ((3, 10), (0, 4)) and struct.unpack(">H", data[offset : offset + 2])[0] == 12:
                groups = struct.unpack(">I", data[offset + 12 : offset + 16])[0]
                words = _from_big_endian("I", data[offset + 16 : offset + 16 + 12 * groups])
                starts, ends, glyphs = words[0::3], words[1::3], words[2::3]
                # A group mapping to glyph 0 (.notdef) maps its first code point to nothing.
                firsts = map(add, starts, map((0).__eq__, glyphs))
                return frozenset(chain.from_iterable(map(range, firsts, map(add, ends, repeat(1)))))
        return frozenset(_cmap(path))


@cache
def _narrow_quotes(path: Path) -> frozenset[str]:
    """The ``FULL_WIDTH_QUOTES`` a font has but sets narrower than 0.9 em, from the subsetting
    master's cmap and metrics (fontTools would name every glyph of the face first: 0.25 s)."""
    master = _master(path)
    (units_per_em,) = struct.unpack_from(">H", master.head, 18)
    limit = _NARROW_EM * units_per_em
    points = sorted(map(ord, FULL_WIDTH_QUOTES))
    return frozenset(
        chr(point) for point, gid in zip(points, master.glyph_ids(points), strict=True)
        if gid and master.hmetrics[gid] >> 16 < limit
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
    def is_fallback(self) -> bool:
        """Whether this is a symbol, emoji or supplementary-Han face (``FALLBACK_ROLES``,
        ``EXTENSION_ROLES``), drawn only for characters the Chinese faces lack; it has no
        companions (it has no punctuation) and is never a style's face."""
        return self.role in FALLBACK_ROLES or self.role in EXTENSION_ROLES

    @property
    def narrow_quotes(self) -> frozenset[str]:
        """The curly quotes this face sets narrower than Chinese text wants (0.9 em)."""
        return _narrow_quotes(self.path)

    def missing(self, text: str) -> str:
        """The distinct characters of ``text`` that need a glyph this face lacks, in order."""
        lacking = set(map(ord, text)).difference(_codepoint_set(self.path))  # in C; usually empty
        if not lacking:
            return ""
        return "".join(ch for ch in dict.fromkeys(text) if ord(ch) in lacking and needs_glyph(ch))


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
        fallbacks = FALLBACK_ROLES + EXTENSION_ROLES
        rest = tuple(r for r in self.roles if r not in preferred and r not in fallbacks)
        if ord(char) >= SUPPLEMENTARY_HAN:
            # 𨋢 in a 宋 paragraph: the 宋 supplementary face before 楷's few such characters.
            preferred = (*preferred[:1], *extension_order(role), *preferred[1:])
        emoji_first = ord(char) >= _EMOJI_FIRST or char in _EMOJI_PRESENTATION
        symbols = ("emoji", *FALLBACK_ROLES) if emoji_first else FALLBACK_ROLES
        for candidate in dict.fromkeys(preferred + rest + symbols):
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
    from fontTools.ttLib import TTFont  # only for fonts a style names by path

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
#
# A subset is written as TrueType bytes directly (``struct`` and ``array``) rather than through
# fontTools' table objects: building and compiling those cost about 7 ms per article, and a
# DOCX or EPUB embeds three or more subsets. The master keeps only flat arrays and the raw bytes
# of the small tables, and reads glyphs from the shared ``mapped`` file.

#: Tables copied byte for byte when the face has them. ``name`` stays as it is unless the caller
#: gives the subset names of its own (``Subset.font``; the OFL's notices stay with the glyphs
#: either way). The shipped faces have no hinting: no
#: ``fpgm``, ``prep`` or ``cvt``, and no glyph carries instructions; a face that had them gets
#: all three copied, since glyph instructions call ``fpgm`` functions and read ``cvt``.
#: ``gasp`` (how to smooth at each size) keeps rendering as the master's.
_COPIED: Final[tuple[str, ...]] = ("name", "gasp", "cvt ", "fpgm", "prep")

#: Where table data goes in the file (the directory itself is sorted by tag): the order the
#: OpenType spec recommends for TrueType, which some old rasterizers read fastest.
_DATA_ORDER: Final[tuple[str, ...]] = (
    "head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "fpgm", "prep", "cvt ",
    "loca", "glyf", "name", "post", "gasp", "vhea", "vmtx",
)  # fmt: skip

#: Name records that name a font (family, style, unique ID, full name, PostScript name,
#: typographic and WWS family and style, variations PostScript prefix): a renamed font gets its
#: own in place of all of them, in every language (a localised family such as 霞鹜文楷 would
#: otherwise still name it). Copyright, trademark, licence and vendor records stay.
NAMING_IDS: Final[frozenset[int]] = frozenset({1, 2, 3, 4, 6, 16, 17, 18, 21, 22, 25})

_REQUIRED: Final[tuple[str, ...]] = ("head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "loca", "glyf", "name", "post")
_BASIC_POINTS: Final[frozenset[int]] = frozenset(map(ord, BASIC_CHARS))
_ASCII: Final[tuple[int, ...]] = tuple(range(0x20, 0x7F))
# Most segments a format 4 cmap of one segment per code point holds (its length is a uint16).
_FORMAT4_SEGMENTS: Final[int] = (0xFFFF - 16) // 8
_PADDING: Final[tuple[bytes, ...]] = (b"", b"\0", b"\0\0", b"\0\0\0")
_LITTLE: Final[bool] = sys.byteorder == "little"
_UTF32: Final[str] = "utf-32-le" if _LITTLE else "utf-32-be"
# Unicode cmap subtables in the order fontTools' getBestCmap prefers them.
_CMAP_PREFERENCE: Final[tuple[tuple[int, int], ...]] = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3))

if array("I").itemsize != 4 or array("H").itemsize != 2:  # pragma: no cover - exotic ABIs
    raise ImportError("convertkit's font subsetter needs 4-byte array('I') and 2-byte array('H')")


def _big_endian(values: array[int]) -> bytes:
    """The array as big-endian bytes, as every sfnt field is stored."""
    if _LITTLE:
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def _from_big_endian(typecode: str, data: bytes) -> array[int]:
    values = array(typecode)
    values.frombytes(data)
    if _LITTLE:
        values.byteswap()
    return values


def _pick(values: Sequence[int], keys: Sequence[int]) -> tuple[int, ...]:
    """``values[k]`` for every ``k``, looked up in C: a subset does this for hundreds of glyphs
    several times, and a Python loop would be most of its cost."""
    if len(keys) > 1:
        return itemgetter(*keys)(values)
    return tuple(values[k] for k in keys)


def _checksum(data: bytes) -> int:
    """The sfnt checksum: the sum of the data as big-endian uint32 words, zero-padded."""
    return sum(_from_big_endian("I", bytes(data) + _PADDING[-len(data) & 3])) & 0xFFFFFFFF


def _table_directory(data: mmap.mmap | bytes) -> dict[str, tuple[int, int]]:
    """Tag -> (offset, length) of every table of a TrueType file."""
    version, count = struct.unpack_from(">IH", data, 0)
    if version not in (0x00010000, 0x74727565):  # 1.0 or 'true'
        raise FontError("not a TrueType font (a collection, or CFF outlines)")
    tables = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        if offset + length > len(data):
            raise FontError(f"table {tag!r} runs past the end of the file")
        tables[tag.decode("latin-1")] = (offset, length)
    return tables


def _metrics(raw: bytes, long_count: int, num_glyphs: int) -> array[int]:
    """A ``hmtx``/``vmtx`` table as one uint32 per glyph, advance << 16 | side bearing: a long
    metric record read as a big-endian word (glyphs past the long records take the last
    advance, as the format says)."""
    long_count = max(1, min(long_count, num_glyphs))
    if len(raw) < 4 * long_count + 2 * (num_glyphs - long_count):
        raise FontError("metrics table shorter than its glyph count")
    values = _from_big_endian("I", raw[: 4 * long_count])
    tail = _from_big_endian("H", raw[4 * long_count : 4 * long_count + 2 * (num_glyphs - long_count)])
    values.extend(map(add, repeat(values[-1] & 0xFFFF0000), tail))
    return values


def _read_cmap(raw: bytes) -> tuple[array[int], dict[int, int]]:
    """The best Unicode subtable (format 12 or 4) as a BMP table (glyph id per code point,
    0 for none: 128 KB, and looked up in C) and a dict for the few code points beyond it."""
    bmp = array("H", bytes(2 * 0x10000))
    astral: dict[int, int] = {}
    (count,) = struct.unpack_from(">H", raw, 2)
    subtables = {}
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", raw, 4 + 8 * index)
        (fmt,) = struct.unpack_from(">H", raw, offset)
        subtables.setdefault((platform, encoding, fmt), offset)
    for key in _CMAP_PREFERENCE:
        for fmt in (12, 4):
            offset = subtables.get((*key, fmt))
            if offset is None:
                continue
            if fmt == 12:
                (groups,) = struct.unpack_from(">I", raw, offset + 12)
                fields = _from_big_endian("I", raw[offset + 16 : offset + 16 + 12 * groups])
                for start, end, glyph in zip(fields[0::3], fields[1::3], fields[2::3], strict=True):
                    bmp_end = min(end, 0xFFFF)
                    if start <= bmp_end:
                        bmp[start : bmp_end + 1] = array("H", range(glyph, glyph + bmp_end - start + 1))
                    if end > 0xFFFF:
                        first = max(start, 0x10000)
                        astral.update(
                            zip(
                                range(first, end + 1),
                                range(glyph + first - start, glyph + end - start + 1),
                                strict=True,
                            )
                        )
            else:
                _read_cmap4(raw, offset, bmp)
            return bmp, astral
    raise FontError("font has no Unicode cmap (format 4 or 12)")


def _read_cmap4(raw: bytes, offset: int, bmp: array[int]) -> None:
    (seg_x2,) = struct.unpack_from(">H", raw, offset + 6)
    segments = seg_x2 // 2
    ends = _from_big_endian("H", raw[offset + 14 : offset + 14 + seg_x2])
    starts = _from_big_endian("H", raw[offset + 16 + seg_x2 : offset + 16 + 2 * seg_x2])
    deltas = _from_big_endian("H", raw[offset + 16 + 2 * seg_x2 : offset + 16 + 3 * seg_x2])
    range_base = offset + 16 + 3 * seg_x2
    range_offsets = _from_big_endian("H", raw[range_base : range_base + seg_x2])
    for index in range(segments):
        start, end, delta, range_offset = starts[index], ends[index], deltas[index], range_offsets[index]
        if start > end:
            continue
        if range_offset == 0:
            bmp[start : end + 1] = array("H", [(cp + delta) & 0xFFFF for cp in range(start, end + 1)])
            continue
        at = range_base + 2 * index + range_offset
        glyphs = _from_big_endian("H", raw[at : at + 2 * (end - start + 1)])
        bmp[start : end + 1] = array("H", [(g + delta) & 0xFFFF if g else 0 for g in glyphs])


class _Master:
    """What subsets of one face copy from, read once per process: the raw small tables, ``loca``
    and the metrics as flat arrays, the cmap as a code point table, and the ``glyf`` table as a
    view of the shared ``mapped`` file (so a worker holds only the pages of glyphs it used).

    No fontTools object is kept: a parsed 30k-glyph font costs tens of MB per worker.
    ``sums`` and ``components`` are filled as glyphs are first used (reading every glyph up
    front would touch the whole file): each glyph's checksum, zero-padded to 4 bytes (so the
    ``glyf`` checksum of a subset is a sum of cached numbers), and the components of composites.
    """

    def __init__(self, path: Path) -> None:
        data = mapped(path)
        tables = _table_directory(data)
        missing = [tag for tag in _REQUIRED if tag not in tables]
        if missing:
            raise FontError(f"font {path.name} has no {', '.join(missing)} table (TrueType outlines needed)")

        def raw(tag: str) -> bytes:
            offset, length = tables[tag]
            return data[offset : offset + length]

        self.head, self.hhea, self.maxp, self.os2 = raw("head"), raw("hhea"), raw("maxp"), raw("OS/2")
        post = bytearray(raw("post")[:32])
        struct.pack_into(">I", post, 0, 0x00030000)  # format 3, no glyph names: they only cost bytes
        self.post = bytes(post)
        self.copied = {tag: raw(tag) for tag in _COPIED if tag in tables}
        self.copied_sums = {tag: _checksum(data) for tag, data in self.copied.items()}
        # What the face is, for subset digests: its header (whose checkSumAdjustment sums the
        # whole file, and which holds its revision and dates), glyph count and file size.
        self.identity = hashlib.sha256(self.head + self.maxp + struct.pack(">Q", len(data))).digest()
        self.names = _NameTemplate(self.copied["name"])
        (self.num_glyphs,) = struct.unpack_from(">H", self.maxp, 4)
        (long_loca,) = struct.unpack_from(">h", self.head, 50)
        count = self.num_glyphs + 1
        if long_loca:
            self.loca = _from_big_endian("I", raw("loca")[: 4 * count])
        else:
            self.loca = array("I", map(mul, _from_big_endian("H", raw("loca")[: 2 * count]), repeat(2)))
        offset, length = tables["glyf"]
        if len(self.loca) != count or self.loca[-1] > length:
            raise FontError(f"font {path.name} has a truncated loca table")
        self.glyf = memoryview(data)[offset : offset + length]
        # Per glyph: where it ends, its size padded to 4 bytes, and the zeros that pad it.
        self.ends = memoryview(self.loca)[1:]
        lengths = list(map(sub, self.ends, self.loca))
        if min(lengths, default=0) < 0:
            raise FontError(f"font {path.name} has a glyph of negative length in loca")
        self.sizes = array("I", map(and_, map(add, lengths, repeat(3)), repeat(-4)))
        self.pads = tuple(map(_PADDING.__getitem__, map(and_, map(neg, lengths), repeat(3))))
        self.hmetrics = _metrics(raw("hmtx"), struct.unpack_from(">H", self.hhea, 34)[0], self.num_glyphs)
        self.vhea: bytes | None = None
        self.vmetrics: array[int] | None = None
        if "vhea" in tables and "vmtx" in tables:
            self.vhea = raw("vhea")
            self.vmetrics = _metrics(raw("vmtx"), struct.unpack_from(">H", self.vhea, 34)[0], self.num_glyphs)
        self.bmp, self.astral = _read_cmap(raw("cmap"))
        self.path = path
        self.sequences = "GSUB" in tables  # its emoji sequences are ligatures (👍🏽 → 👍): see _SEQUENCE_POINTS
        # Whether ASCII has consecutive glyph ids in code order: then it is one cmap segment.
        ascii_ids = _pick(self.bmp, _ASCII)
        self.ascii_run = all(ascii_ids) and ascii_ids == tuple(range(ascii_ids[0], ascii_ids[0] + len(_ASCII)))
        self.sums = array("q", [-1]) * self.num_glyphs
        self.components: dict[int, tuple[int, ...]] = {}
        # The keys of ``components``, replaced whole (never changed in place) so that threads
        # can intersect with it while another one learns glyphs.
        self.composites: frozenset[int] = frozenset()
        self.lock = threading.Lock()

    def glyph_ids(self, points: list[int]) -> tuple[int, ...]:
        """The master glyph id of each code point of the sorted ``points`` (0 where the face
        has none)."""
        split = bisect_left(points, 0x10000)
        if split == len(points):
            return _pick(self.bmp, points)
        return _pick(self.bmp, points[:split]) + tuple(map(self.astral.get, points[split:], repeat(0)))

    def closure(self, glyphs: set[int]) -> tuple[list[int], tuple[int, ...]]:
        """``glyphs`` and every component of composite ones, in glyph-id order (a stable order
        makes the output reproducible), with the checksum of each."""
        ordered = sorted(glyphs)
        sums = _pick(self.sums, ordered)
        if -1 in sums:
            self._learn(ordered)
            sums = _pick(self.sums, ordered)
        todo = self.composites & glyphs  # iterates the smaller set: usually the composites
        if not todo:
            return ordered, sums
        while todo:
            found = set(chain.from_iterable(map(self.components.__getitem__, todo))) - glyphs
            self._learn(found)
            glyphs |= found
            todo = self.composites.intersection(found)
        ordered = sorted(glyphs)
        return ordered, _pick(self.sums, ordered)

    def _learn(self, glyphs: Iterable[int]) -> None:
        """Fill ``sums`` and ``components`` for glyphs no subset has used yet."""
        with self.lock:
            for gid in glyphs:
                if self.sums[gid] >= 0:
                    continue
                start, end = self.loca[gid], self.loca[gid + 1]
                piece = self.glyf[start:end]
                if end > start and piece[0] & 0x80:
                    self.components[gid] = tuple(_components(piece))
                    self.composites = self.composites | {gid}
                self.sums[gid] = _checksum(piece)  # last: a set sum means the rest is known


def _components(data: bytes | memoryview) -> Iterator[int]:
    """Glyph ids a composite glyph refers to (nothing for a simple or empty glyph)."""
    for _at, gid in _component_fields(data):
        yield gid


def _component_fields(data: bytes | memoryview) -> Iterator[tuple[int, int]]:
    """(offset of the glyph id, glyph id) of each component of a composite glyph."""
    if len(data) < 10 or struct.unpack_from(">h", data, 0)[0] >= 0:
        return
    pos = 10
    while True:
        flags, gid = struct.unpack_from(">HH", data, pos)
        yield pos + 2, gid
        pos += 4 + (4 if flags & 0x0001 else 2)
        if flags & 0x0008:
            pos += 2
        elif flags & 0x0040:
            pos += 4
        elif flags & 0x0080:
            pos += 8
        if not flags & 0x0020:
            return


@cache
def _master(path: Path) -> _Master:
    with map_errors(FontError, f"cannot read font {path.name}"):
        return _Master(path)


class FontNames(NamedTuple):
    """The names a renamed font carries: its family (name IDs 1 and 4, with the style), its
    style (2: ``Regular`` or ``Bold``) and its PostScript name (6, and the unique ID 3)."""

    family: str
    style: str
    postscript: str


@dataclass(frozen=True, slots=True, eq=False)
class Subset:
    """A subset of one face, cut for a text but not yet written as a file.

    ``digest`` says what it draws: a SHA-256 of the face (``_Master.identity``) and of the code
    points it maps. Two subsets with the same digest have the same glyphs for the same
    characters (the same bytes, from the same convertkit); different characters or another
    face's file give another digest. Computed from the cut's inputs rather than its output
    bytes, it costs a few microseconds instead of hashing a few hundred KB per document.
    """

    digest: bytes
    tables: Mapping[str, bytes] = field(repr=False)
    sums: Mapping[str, int] = field(repr=False)
    master: _Master = field(repr=False)

    def font(self, names: FontNames | None = None) -> bytes:
        """The TrueType file: with the face's own names, or with ``names`` in place of every
        record that names the font (``NAMING_IDS``; notices and licence records stay)."""
        master = self.master
        tables = self.tables | master.copied
        sums = self.sums | master.copied_sums
        if names is not None:
            tables["name"], sums["name"] = master.names.table(names)
        return _sfnt(tables, sums)


def subset_bytes(face: FontFace, text: str) -> bytes:
    """A TrueType font with the glyphs of ``face`` for the characters of ``text`` plus
    ``BASIC_CHARS``, for embedding in DOCX and EPUB.

    Characters the face lacks are left out (``FontSet.check`` is where they are reported).
    The result keeps the face's names and metrics (horizontal and vertical) and no layout
    tables (but an emoji face's ligatures for a text with an emoji sequence: ``_shaped_subset``),
    is the same bytes for the same input, and takes well under a millisecond once the face has
    been read (the first call per face and process reads it: a few tens of ms).
    Thread-safe: the master is only read, except its per-glyph caches, filled under a lock.
    """
    return cut_subset(face, text).font()


def cut_subset(face: FontFace, text: str) -> Subset:
    """The subset ``subset_bytes`` writes, before it is a file: its ``digest`` can name it, and
    ``Subset.font(names)`` writes it under those names."""
    master = _master(face.path)
    with map_errors(FontError, f"cannot subset font {face.name}"):
        return _build_subset(master, text)


# Code points that make an emoji sequence with what comes before or after them: the zero-width
# joiner (👨‍👩‍👧), variation selectors, skin tones (👍🏽), regional indicators (flags), the keycap
# mark (1️⃣) and tag characters. A face that shapes such sequences by its GSUB ligatures (Noto
# Emoji: 👍🏽 as 👍, the tone absorbed, for a face without colour) keeps its GSUB in a subset for
# a text that has one; without it the reader draws 👍 and then the tone's swatch.
_SEQUENCE_POINTS: Final[frozenset[int]] = frozenset(
    [0x200D, 0x20E3, *range(0xFE00, 0xFE10), *range(0x1F1E6, 0x1F200), *_SKIN_TONES, *range(0xE0020, 0xE0080)])


def _build_subset(master: _Master, text: str) -> Subset:
    # The distinct code points, read as the words of UTF-32 (in C: faster than set(text)).
    # Lone surrogates pass through and then find no glyph, as ord() would.
    codes = memoryview(text.encode(_UTF32, "surrogatepass")).cast("I")
    wanted = sorted(_BASIC_POINTS.union(codes))
    found = master.glyph_ids(wanted)
    points = list(compress(wanted, found))
    if master.sequences and not _SEQUENCE_POINTS.isdisjoint(points):
        return _shaped_subset(master, tuple(points))
    old_ids = list(filter(None, found))
    glyphs, glyph_sums = master.closure({0, *old_ids})
    renumber = dict(zip(glyphs, range(len(glyphs)), strict=True))
    new_ids = _pick(renumber, old_ids)

    glyf, glyf_sum, loca, long_loca = _glyf_and_loca(master, glyphs, glyph_sums, renumber)
    head = bytearray(master.head)
    struct.pack_into(">I", head, 8, 0)  # checkSumAdjustment: set once the whole file is known
    struct.pack_into(">h", head, 50, long_loca)
    maxp = bytearray(master.maxp)
    struct.pack_into(">H", maxp, 4, len(glyphs))
    os2 = bytearray(master.os2)
    if len(os2) >= 68 and points:
        struct.pack_into(">HH", os2, 64, min(points[0], 0xFFFF), min(points[-1], 0xFFFF))
    hhea, hmtx = _metrics_tables(master.hhea, master.hmetrics, glyphs)
    tables: dict[str, bytes] = {
        "head": bytes(head),
        "hhea": hhea,
        "maxp": bytes(maxp),
        "OS/2": bytes(os2),
        "hmtx": hmtx,
        "cmap": _cmap_table(points, new_ids, master.ascii_run),
        "loca": loca,
        "glyf": glyf,
        "post": master.post,
    }
    if master.vhea is not None and master.vmetrics is not None:
        tables["vhea"], tables["vmtx"] = _metrics_tables(master.vhea, master.vmetrics, glyphs)
    sums = {tag: _checksum(data) for tag, data in tables.items() if tag != "glyf"}
    sums["glyf"] = glyf_sum
    digest = hashlib.sha256(master.identity + _big_endian(array("I", points))).digest()  # the same on any machine
    return Subset(digest, tables, sums, master)


@lru_cache(maxsize=64)
def _shaped_subset(master: _Master, points: tuple[int, ...]) -> Subset:
    """A subset that keeps the face's GSUB for ``points`` (``_SEQUENCE_POINTS``): fontTools'
    subsetter, its glyph closure over the ccmp and liga ligatures, no hinting, no glyph names, and
    the face's own name, gasp and hinting tables copied in as ``Subset.font`` does for every subset.
    Slower than ``_build_subset`` (some 50 ms for Noto Emoji), so kept per set of characters."""
    from fontTools import subset

    options = subset.Options()
    options.layout_features = ["ccmp", "liga", "rlig", "calt"]
    options.layout_scripts = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False
    options.name_IDs, options.name_languages = ["*"], ["*"]
    options.recalc_timestamp = False
    options.drop_tables = [*options.drop_tables, "STAT", "DSIG"]
    font = pickle.loads(_parsed(master.path))  # our own pickle of our own font, made in this process
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=points)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer, reorderTables=False)
    data = buffer.getvalue()
    tables = {tag: data[offset : offset + length] for tag, (offset, length) in _table_directory(data).items()
              if tag not in master.copied}
    head = bytearray(tables["head"])
    struct.pack_into(">I", head, 8, 0)  # checkSumAdjustment: set once the whole file is known
    tables["head"] = bytes(head)
    sums = {tag: _checksum(table) for tag, table in tables.items()}
    digest = hashlib.sha256(master.identity + b"GSUB" + _big_endian(array("I", points))).digest()
    return Subset(digest, tables, sums, master)


@cache
def _parsed(path: Path) -> bytes:
    """The face parsed by fontTools, every table read, pickled: unpickling a fresh copy for each
    ``_shaped_subset`` (which changes it) is a few times faster than parsing its GSUB again."""
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(mapped(path)), recalcTimestamp=False, recalcBBoxes=False)
    font.ensureDecompiled(recurse=False)  # every table read now (glyphs stay compact), pickled parsed
    return pickle.dumps(font, protocol=pickle.HIGHEST_PROTOCOL)


def renamed_font(data: bytes, names: FontNames) -> bytes:
    """A TrueType file ``data`` with ``names`` in place of every record that names the font
    (``NAMING_IDS``), its other tables as they are (for a small font: every table's checksum is
    computed again)."""
    with map_errors(FontError, "cannot rename a font"):
        directory = _table_directory(data)
        tables = {tag: data[offset : offset + length] for tag, (offset, length) in directory.items()}
        head = bytearray(tables["head"])
        struct.pack_into(">I", head, 8, 0)
        tables["head"] = bytes(head)
        tables["name"] = _NameTemplate(tables.get("name", b"")).table(names)[0]
        return _sfnt(tables, {tag: _checksum(table) for tag, table in tables.items()})


def _name_records(raw: bytes) -> tuple[tuple[tuple[int, int, int, int, bytes], ...], bool]:
    """(platform, encoding, language, name id, string) of each record of a ``name`` table but
    those that name the font (``NAMING_IDS``) and those tagged with a language tag (format 1),
    and whether the table had Macintosh records."""
    if len(raw) < 6:
        return (), False
    _format, count, storage = struct.unpack_from(">HHH", raw, 0)
    kept, mac = [], False
    for index in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack_from(">6H", raw, 6 + 12 * index)
        mac = mac or platform == 1
        if name_id not in NAMING_IDS and language < 0x8000:
            kept.append((platform, encoding, language, name_id, raw[storage + offset : storage + offset + length]))
    return tuple(kept), mac


_WINDOWS_ENGLISH: Final[tuple[int, int, int]] = (3, 1, 0x409)  # Windows, Unicode BMP, en-US
_MAC_ENGLISH: Final[tuple[int, int, int]] = (1, 0, 0)  # Macintosh, Roman, English
_NEW_NAME_IDS: Final[tuple[int, ...]] = (1, 2, 3, 4, 6)


class _NameTemplate:
    """A ``name`` table with the font's own names left out, laid out once per face, so that a
    renamed subset only writes its five names (a subset of each face per DOCX: microseconds
    each, not the tens a table built from scratch costs).

    The new records go where the format's sort order puts them, on the Windows Unicode platform
    and, when the font had Macintosh records and the names are Mac Roman, on that one too;
    their strings go after the kept ones."""

    def __init__(self, raw: bytes) -> None:
        kept, self.mac = _name_records(raw)
        self.storage = b"".join(record[4] for record in kept)
        self.plans = {mac: self._plan(kept, mac) for mac in {False, self.mac}}
        # The storage's part of the table's checksum: it starts 6 + 12 × records bytes in, 2
        # past a 4-byte boundary whatever the count (see ``_checksum_at``).
        self.storage_sum = _checksum_at(self.storage, 2)

    @staticmethod
    def _plan(kept: Sequence[tuple[int, int, int, int, bytes]], mac: bool) -> tuple[bytes | tuple[int, int], ...]:
        """Per record in sort order: the kept record's entry, or (platform, name id) of a new one."""
        offsets = list(accumulate((len(record[4]) for record in kept), initial=0))
        keyed: list[tuple[tuple[int, int, int, int], bytes | tuple[int, int]]] = [
            (record[:4], struct.pack(">6H", *record[:4], len(record[4]), offset))
            for record, offset in zip(kept, offsets[:-1], strict=True)
        ]
        platforms = (_WINDOWS_ENGLISH, _MAC_ENGLISH) if mac else (_WINDOWS_ENGLISH,)
        keyed += [((*platform, name_id), (platform[0], name_id)) for platform in platforms for name_id in _NEW_NAME_IDS]
        keyed.sort(key=itemgetter(0))
        return tuple(item for _key, item in keyed)

    def table(self, names: FontNames) -> tuple[bytes, int]:
        """The table with ``names``, and its checksum."""
        values = (
            names.family,
            names.style,
            f"convertkit: {names.postscript}",
            f"{names.family} {names.style}",
            names.postscript,
        )
        strings = {(3, name_id): value.encode("utf-16-be") for name_id, value in zip(_NEW_NAME_IDS, values, strict=True)}
        plan = self.plans[False]
        if self.mac:
            try:
                strings |= {(1, name_id): value.encode("mac_roman") for name_id, value in zip(_NEW_NAME_IDS, values, strict=True)}
                plan = self.plans[True]
            except UnicodeEncodeError:
                pass
        entries, added, offset = [], [], len(self.storage)
        for item in plan:
            if isinstance(item, bytes):
                entries.append(item)
                continue
            string = strings[item]
            entries.append(struct.pack(">6H", *(_WINDOWS_ENGLISH if item[0] == 3 else _MAC_ENGLISH), item[1], len(string), offset))
            added.append(string)
            offset += len(string)
        if offset > 0xFFFF:
            raise FontError("the font's name records pass 64 KB")
        head = b"".join((struct.pack(">3H", 0, len(entries), 6 + 12 * len(entries)), *entries))
        tail = b"".join(added)
        checksum = _checksum(head) + self.storage_sum + _checksum_at(tail, (2 + len(self.storage)) & 3)
        return b"".join((head, self.storage, tail)), checksum & 0xFFFFFFFF


def _checksum_at(data: bytes, misalignment: int) -> int:
    """What ``data`` adds to the checksum of a table it sits in ``misalignment`` bytes past a
    4-byte boundary (the checksum sums big-endian words: a byte's weight is its position)."""
    return _checksum(_PADDING[misalignment] + data)


def _glyf_and_loca(
    master: _Master, glyphs: list[int], glyph_sums: tuple[int, ...], renumber: Mapping[int, int]
) -> tuple[bytes, int, bytes, int]:
    """The ``glyf`` table, its checksum, the ``loca`` table and its format (1 for long).

    Every glyph is zero-padded to 4 bytes, so the table's checksum is the sum of the cached
    per-glyph ones; composites get their component ids renumbered (same length)."""
    starts, ends = _pick(master.loca, glyphs), _pick(master.ends, glyphs)
    pieces: list[bytes | memoryview] = list(map(master.glyf.__getitem__, map(slice, starts, ends)))
    checksum = sum(glyph_sums)
    for gid in filter(renumber.__contains__, master.composites):
        index = renumber[gid]
        data = bytearray(pieces[index])
        for at, component in _component_fields(data):
            struct.pack_into(">H", data, at, renumber[component])
        checksum += _checksum(data) - master.sums[gid]
        pieces[index] = bytes(data)
    parts: list[bytes | memoryview] = [b""] * (2 * len(pieces))
    parts[0::2], parts[1::2] = pieces, _pick(master.pads, glyphs)
    offsets = list(accumulate(_pick(master.sizes, glyphs), initial=0))
    glyf = b"".join(parts)
    if offsets[-1] < 0x20000:  # short offsets (halved) fit: every offset is even
        return glyf, checksum & 0xFFFFFFFF, _big_endian(array("H", map(rshift, offsets, repeat(1)))), 0
    return glyf, checksum & 0xFFFFFFFF, _big_endian(array("I", offsets)), 1


def _metrics_tables(header: bytes, metrics: array[int], glyphs: list[int]) -> tuple[bytes, bytes]:
    """``hhea`` and ``hmtx`` (or ``vhea`` and ``vmtx``) for ``glyphs``: trailing glyphs with the
    last advance keep only their side bearing, as fontTools and font editors write them (in a
    CJK subset that is most glyphs: 2 bytes each instead of 4)."""
    records = array("I", _pick(metrics, glyphs))
    halves = array("H", records.tobytes())  # (bearing, advance) pairs in native byte order
    advances, bearings = (halves[1::2], halves[0::2]) if _LITTLE else (halves[0::2], halves[1::2])
    long_count = len(records) - _repeats_at_end(advances) + 1
    header = bytearray(header)
    struct.pack_into(">H", header, 34, long_count)
    return bytes(header), _big_endian(records[:long_count]) + _big_endian(bearings[long_count:])


def _repeats_at_end(values: array[int]) -> int:
    """How many items at the end of ``values`` (not empty) equal its last one, found by a
    binary search of byte-suffix tests (a Python loop over the run costs more)."""
    data = values.tobytes()
    unit = data[-values.itemsize :]
    low, high = 1, len(values)
    while low < high:
        middle = (low + high + 1) // 2
        if data.endswith(unit * middle):
            low = middle
        else:
            high = middle - 1
    return low


def _cmap_table(points: list[int], glyphs: Sequence[int], ascii_run: bool) -> bytes:
    """A Windows Unicode cmap: format 4 for the BMP, plus format 12 when beyond it.

    Format 4 gets one segment per code point (``idDelta`` only): the characters of a Chinese
    text are scattered, so merging runs would save a few hundred bytes for a tenth of the
    time of a subset. ASCII, which every subset has, is the exception when ``ascii_run`` says
    the face numbers it in order: one segment. A text too varied for that layout (over 8,000
    scattered characters) gets segments spanning its code pages instead."""
    split = bisect_left(points, 0xFFFF)  # format 4 stops at 0xFFFE: 0xFFFF closes its last segment
    codes, ids = points[:split], glyphs[:split]
    starts, ends, deltas = array("H"), array("H"), array("H")
    if ascii_run and tuple(codes[: len(_ASCII)]) == _ASCII:
        starts.append(_ASCII[0])
        ends.append(_ASCII[-1])
        deltas.append((ids[0] - _ASCII[0]) & 0xFFFF)
        codes, ids = codes[len(_ASCII) :], ids[len(_ASCII) :]
    if len(codes) + len(starts) + 1 > _FORMAT4_SEGMENTS:
        format4 = _format4_pages(points[:split], glyphs[:split])
    else:
        starts.extend(codes)
        starts.append(0xFFFF)
        ends.extend(codes)
        ends.append(0xFFFF)
        deltas.extend(map(and_, map(sub, ids, codes), repeat(0xFFFF)))
        deltas.append(1)  # the required last segment maps 0xFFFF to glyph 0
        format4 = _format4(starts, ends, deltas, array("H", bytes(2 * len(starts))), array("H"))
    subtables = [((3, 1), format4)]
    if points and points[-1] > 0xFFFF:
        subtables.append(((3, 10), _format12(points, glyphs)))
    offset = 4 + 8 * len(subtables)
    records = []
    for (platform, encoding), data in subtables:
        records.append(struct.pack(">HHI", platform, encoding, offset))
        offset += len(data)
    return b"".join((struct.pack(">HH", 0, len(subtables)), *records, *(data for _key, data in subtables)))


def _format4(
    starts: array[int], ends: array[int], deltas: array[int], range_offsets: array[int], glyph_ids: array[int]
) -> bytes:
    segments = len(starts)
    selector = segments.bit_length() - 1
    search = 2 << selector
    length = 16 + 8 * segments + 2 * len(glyph_ids)
    if length > 0xFFFF:
        raise FontError("too many characters for one font subset (its format 4 cmap would pass 64 KB)")
    header = struct.pack(">7H", 4, length, 0, 2 * segments, search, selector, 2 * segments - search)
    body = (_big_endian(ends), b"\0\0", _big_endian(starts), _big_endian(deltas), _big_endian(range_offsets))
    return b"".join((header, *body, _big_endian(glyph_ids)))


def _format4_pages(points: list[int], glyphs: Sequence[int]) -> bytes:
    """Format 4 with one segment per 256-code-point page a text uses, from its first to its
    last code point there, reading glyph ids from the glyph id array (0 in the gaps)."""
    pages: dict[int, list[tuple[int, int]]] = {}
    for code, glyph in zip(points, glyphs, strict=True):
        pages.setdefault(code >> 8, []).append((code, glyph))
    starts, ends, range_offsets, glyph_ids = array("H"), array("H"), array("H"), array("H")
    segments = len(pages) + 1
    for index, members in enumerate(pages.values()):
        first, last = members[0][0], members[-1][0]
        starts.append(first)
        ends.append(last)
        # Bytes from this segment's idRangeOffset entry to its first glyph id.
        range_offsets.append(2 * (segments - index) + 2 * len(glyph_ids))
        span = array("H", bytes(2 * (last - first + 1)))
        for code, glyph in members:
            span[code - first] = glyph
        glyph_ids.extend(span)
    starts.append(0xFFFF)
    ends.append(0xFFFF)
    range_offsets.append(0)
    deltas = array("H", bytes(2 * segments))
    deltas[-1] = 1
    return _format4(starts, ends, deltas, range_offsets, glyph_ids)


def _format12(points: list[int], glyphs: Sequence[int]) -> bytes:
    """Format 12 for every code point, runs of consecutive code points and glyph ids grouped."""
    # code << 17 | glyph goes up by exactly 1 << 17 | 1 inside a run (glyph ids < 1 << 16).
    keys = list(map(add, map(lshift, points, repeat(17)), glyphs))
    breaks = list(compress(range(1, len(keys)), map(ne, map(sub, keys[1:], keys), repeat(0x20001))))
    firsts, lasts = [0, *breaks], [*map(sub, breaks, repeat(1)), len(keys) - 1]
    groups = array("I", bytes(12 * len(firsts)))
    groups[0::3] = array("I", _pick(points, firsts))
    groups[1::3] = array("I", _pick(points, lasts))
    groups[2::3] = array("I", _pick(glyphs, firsts))
    return struct.pack(">HHIII", 12, 0, 16 + 12 * len(firsts), 0, len(firsts)) + _big_endian(groups)


def _sfnt(tables: Mapping[str, bytes], sums: Mapping[str, int]) -> bytes:
    """The font file: directory sorted by tag, data 4-byte aligned in ``_DATA_ORDER``, and
    ``head.checkSumAdjustment`` making the whole file sum to 0xB1B0AFBA."""
    tags = sorted(tables)
    selector = len(tags).bit_length() - 1
    search = 16 << selector
    order = [tag for tag in _DATA_ORDER if tag in tables] + [tag for tag in tags if tag not in _DATA_ORDER]
    offset = 12 + 16 * len(tags)
    offsets = {}
    for tag in order:
        offsets[tag] = offset
        offset += (len(tables[tag]) + 3) & -4
    directory = struct.pack(">IHHHH", 0x00010000, len(tags), search, selector, 16 * len(tags) - search) + b"".join(
        struct.pack(">4sIII", tag.encode("latin-1"), sums[tag], offsets[tag], len(tables[tag])) for tag in tags
    )
    total = _checksum(directory) + sum(sums.values())
    head = bytearray(tables["head"])
    struct.pack_into(">I", head, 8, (0xB1B0AFBA - total) & 0xFFFFFFFF)
    parts = [directory]
    for tag in order:
        data = bytes(head) if tag == "head" else tables[tag]
        parts.append(data)
        parts.append(_PADDING[-len(data) & 3])
    return b"".join(parts)


@cache
def reserved_font_names(face: FontFace) -> tuple[str, ...]:
    """The Reserved Font Names of a shipped face's licence (``fonts/OFL-<Family>.txt``: LXGW
    WenKai reserves "LXGW" and "霞鹜"): a Modified Version of the face (a companion, a renamed
    subset) may not carry them. A face from elsewhere (a style's own) gives none: its licence
    is not ours to read."""
    import re

    licence = fonts_dir() / f"OFL-{face.path.stem.split('-')[0]}.txt"
    if not licence.is_file():
        return ()
    reserved: list[str] = []
    for line in licence.read_text(encoding="utf-8").splitlines():
        _, found, names = line.partition("with Reserved Font Name")
        if found:
            reserved += re.findall(r"[\"'“‘]([^\"'”’]+)[\"'”’]", names)
    return tuple(reserved)

