"""Our faces registered with reportlab: once per process, read fast, kept small.

reportlab parses a TrueType face in pure Python, value by value: for a CJK face of 23,000
glyphs that is about 35 ms and 10 MB of Python objects, paid by every ``to-pdf`` and every
batch worker for each of the four faces a briefing uses. Here reportlab still reads the small
tables (names, head, OS/2, post, hhea, maxp) itself; the per-glyph tables it needs (the
format 12 cmap, hmtx, loca) are read in bulk into the same attributes with the same values, and
what our drawing never uses is not kept. A face in any other shape gets reportlab's own parse.
``tests/test_pdf_fonts.py`` holds every attribute against reportlab's parse of every shipped face.

Subset tags: a PDF names each embedded subset ``XXXXXX+NotoSerifSC-Regular``, and the six-letter
tag is there to tell different subsets of one font apart (ISO 32000-1 §9.6.4). reportlab counts
them (``AAAAAA``, ``AAAAAB``…), the same in every PDF, so the first subset of two documents
shares a name while holding different glyphs, and a tool that keeps fonts by name (merging
PDFs, a printer's font cache, some viewers) draws one document with the other's. Our fonts
take the tag from the subset's content instead (``_TaggedTTFont``): the face and the characters
it maps, in code order. The same subset gets the same tag in any document; different ones
differ (and, should two tags of one document ever collide, the later one is moved on).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import mmap
import struct
from array import array
from collections.abc import Sequence
from contextvars import ContextVar
from fnmatch import fnmatch
from functools import cache
from itertools import chain
from operator import itemgetter
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace, unShapedFontGlob

from ..centred_marks import MarksCompanion
from ..errors import FontError, map_errors
from ..fonts import FontFace, mapped
from .pdf_halfmarks import half_marks_font

_U32 = next(code for code in "IL" if array(code).itemsize == 4)


@cache
def registered_name(face: FontFace) -> str:
    """Register ``face`` with reportlab once per process; return the name to draw with."""
    if face.name not in pdfmetrics.getRegisteredFontNames():
        with map_errors(FontError, f"cannot load font {face.path.name}"):
            font = _FastTTFont(face.name, _MappedFile(face))
            _remember_tables(font)
            pdfmetrics.registerFont(font)
    return face.name


@cache
def half_width_name(face: FontFace) -> str | None:
    """Register the half-width-marks companion of ``face`` (see ``pdf_halfmarks``) once."""
    data = half_marks_font(face)
    if data is None:
        return None
    name = f"{face.name}Half"
    with map_errors(FontError, f"cannot load the half-width marks of {face.name}"):
        pdfmetrics.registerFont(_TaggedTTFont(name, io.BytesIO(data)))
    return name


@cache
def centred_marks_name(face: FontFace) -> str | None:
    """Register the centred-marks companion of ``face`` (see ``centred_marks``) once."""
    companion = MarksCompanion(face)
    data = companion.data()
    if data is None:
        return None
    name = companion.name
    with map_errors(FontError, f"cannot load the centred marks of {face.name}"):
        pdfmetrics.registerFont(_TaggedTTFont(name, io.BytesIO(data)))
    return name


# --- subset tags from content ------------------------------------------------------------------

# The tags of the font whose objects are being added, by subset index; None: reportlab's own.
_TAGS: ContextVar[Sequence[bytes] | None] = ContextVar("convertkit_subset_tags", default=None)
_reportlab_tag = ttfonts.SUBSETN
# The tags each document has given out so far (no two subsets of one PDF may share one).
_TAKEN: WeakKeyDictionary[object, set[bytes]] = WeakKeyDictionary()


def _subset_tag(n: int, *args: object) -> bytes:
    """reportlab's ``SUBSETN``, which ``TTFont.addObjects`` calls for each subset's tag: ours
    while one of our fonts adds its objects, reportlab's for anyone else's."""
    tags = _TAGS.get()
    return tags[n] if tags is not None else _reportlab_tag(n, *args)


ttfonts.SUBSETN = _subset_tag  # reportlab reads the module's name at each call


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ``makeToUnicodeCMap`` with each code point written as UTF-16BE, as the PDF
    format wants: reportlab writes ``%04X``, which gives an emoji or a CJK Extension B character
    (👇 U+1F447, 𠮷 U+20BB7) five hex digits, and extractors read it as another character
    (``pdftotext`` gave ὄ for 👇). Beyond the BMP the value is a surrogate pair."""
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
    ]
    lines += [f"<{index:02X}> <{_SEQUENCES.get(code) or _utf16_hex(code)}>" for index, code in enumerate(subset)]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


# The characters that stand for an emoji face's ligature glyphs (``pdf_emoji``), each with the
# sequence it was joined from, as the ToUnicode map writes it: an explicit per-process cache.
_SEQUENCES: dict[int, str] = {}


def register_sequence(code: int, sequence: str) -> None:
    """Have the ToUnicode map read ``code`` (a ligature's stand-in) as ``sequence``."""
    _SEQUENCES.setdefault(code, sequence.encode("utf-16-be", "surrogatepass").hex().upper())


def is_sequence(code: int) -> bool:
    """Whether ``code`` is a ligature's stand-in that ``register_sequence`` has registered."""
    return code in _SEQUENCES


@cache
def _utf16_hex(code: int) -> str:
    """A code point as the ToUnicode map writes it; an explicit per-process cache (one entry
    per character a process has embedded) as every subset writes each of its 256 again."""
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # read at each call, as SUBSETN is


def content_tag(face_name: bytes, head: bytes, codes: Sequence[int], salt: int = 0) -> bytes:
    """Six capital letters from a digest of a subset: the face (its PostScript name and ``head``
    table, whose checksum covers the whole file) and the code points, in the order the subset
    encodes them."""
    digest = hashlib.sha256(
        b"".join((face_name, b"\x00", head, struct.pack(f">{len(codes)}I", *codes), salt.to_bytes(4, "big")))
    ).digest()
    number = int.from_bytes(digest[:8], "big")
    letters = []
    for _ in range(6):
        number, letter = divmod(number, 26)
        letters.append(65 + letter)
    return bytes(letters)


class _TaggedTTFont(TTFont):  # type: ignore[misc]
    """reportlab's ``TTFont`` whose subsets are tagged by content (see the module docstring)."""

    def addObjects(self, doc: object) -> None:  # reportlab's name
        state = self.state.get(doc)
        if state is None or not state.subsets:
            super().addObjects(doc)
            return
        head = self.face.get_table("head")
        taken = _TAKEN.setdefault(doc, set())
        tags = []
        for codes in state.subsets:
            salt = 0
            tag = content_tag(bytes(self.face.name), head, codes)
            while tag in taken:
                salt += 1
                tag = content_tag(bytes(self.face.name), head, codes, salt)
            taken.add(tag)
            tags.append(tag)
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(state.subsets))]
        token = _TAGS.set(tags)
        try:
            super().addObjects(doc)
        finally:
            _TAGS.reset(token)
        fonts = doc.idToObject["BasicFonts"].dict  # type: ignore[attr-defined]
        for name in names:
            fonts[name].Widths = _Widths(fonts[name].Widths.sequence)


class _Widths(pdfdoc.PDFArray):  # type: ignore[misc]
    """A subset's ``Widths`` array, written as reportlab writes a ``PDFArray`` of numbers but
    each number's text looked up (``_number``) rather than dispatched and formatted element by
    element: a CJK document has a few 256-entry arrays per face, and formatting them cost about
    a tenth of a document's serialisation."""

    def format(self, document: object, IND: bytes = b"\n ") -> bytes:
        if (self.multiline and rl_config.pdfMultiLine) or self.multiline == "forced":
            return bytes(super().format(document, IND))
        # reportlab's default layout: ten to a line (an element "\n " after every tenth, joined by spaces)
        numbers = [_number(value) for value in self.sequence]
        lines = [b" ".join(numbers[start:start + 10]) for start in range(0, len(numbers), 10)]
        return b"[ " + b" \n  ".join(lines) + b" ]"


@cache
def _number(value: float) -> bytes:
    """A width as reportlab writes a number in a PDF object (``pdfdoc.format``): an explicit
    per-process cache, a face having a few dozen distinct widths."""
    return bytes(pdfdoc.format(value, None))


class _MappedFile:
    """What reportlab's font parser reads a font from: the shared read-only map of the file
    (``fonts.mapped``) rather than a private 10 MB copy of it."""

    def __init__(self, face: FontFace) -> None:
        self.name = str(face.path)
        self._face = face

    def read(self) -> mmap.mmap:
        return mapped(self._face.path)


class _GlyphTable:
    """The ``glyf`` table as a view into the font file: slicing it copies only the glyph asked for."""

    __slots__ = ("_view",)

    def __init__(self, view: memoryview) -> None:
        self._view = view

    def __getitem__(self, item: slice) -> bytes:
        return self._view[item].tobytes()

    def __len__(self) -> int:
        return len(self._view)


def _remember_tables(font: TTFont) -> None:
    """Stop reportlab from copying the whole ``glyf`` table for every font subset.

    reportlab embeds a CJK document as several 256-glyph subsets per font and slices the whole
    ``glyf`` table (about 10 MB for Noto CJK) out of the font file for each of them, only to
    read a few hundred glyphs from the copy: a third of the time of a typical PDF. Its subsetter
    only ever slices that table, so it gets a view that copies just the slices; the small
    tables are kept once sliced.
    """
    parser = font.face
    slice_table = parser.get_table
    tables: dict[str, bytes | _GlyphTable] = {}

    def get_table(tag: str) -> bytes | _GlyphTable:
        found = tables.get(tag)
        if found is None:
            if tag == "glyf":
                start, length = parser.get_table_pos(tag)
                found = _GlyphTable(memoryview(parser._ttf_data)[start:start + length])
            else:
                found = slice_table(tag)
            tables[tag] = found
        return found

    parser.get_table = get_table


class _Metrics:
    """``hmetrics`` as two arrays: reportlab keeps a list of 23k ``(advance, lsb)`` tuples per
    face (about 2.6 MB) and only its subsetter ever reads it, by index."""

    __slots__ = ("_advances", "_bearings")

    def __init__(self, advances: array, bearings: array) -> None:
        self._advances = advances
        self._bearings = bearings

    def __getitem__(self, index: int) -> tuple[int, int]:
        return self._advances[index], self._bearings[index]

    def __len__(self) -> int:
        return len(self._advances)


class _FastFace(TTFontFace):  # type: ignore[misc]
    """reportlab's face with the per-glyph tables read in bulk (see the module docstring).

    Left out on purpose: ``glyphToChar`` (4.4 MB per face) serves only reportlab's HarfBuzz
    shaping path, which we do not use and which copes with a missing entry anyway.
    """

    def extractInfo(self, charInfo: int = 1) -> None:
        super().extractInfo(0)  # the small tables, parsed and checked by reportlab
        if not charInfo:
            return
        if not self._bulk_char_info():
            super().extractInfo(charInfo)  # a shape we do not read in bulk: reportlab's own parse

    def _bulk_char_info(self) -> bool:
        data = self._ttf_data
        head = self.table["head"]["offset"]
        if struct.unpack_from(">h", data, head + 52)[0] != 0:  # glyphDataFormat: let reportlab raise
            return False
        index_to_loc = struct.unpack_from(">h", data, head + 50)[0]
        chars = self._cmap_format12(data)
        if chars is None or index_to_loc not in (0, 1):
            return False
        glyphs = self.numGlyphs
        long_metrics = struct.unpack_from(">H", data, self.table["hhea"]["offset"] + 34)[0]
        hmtx = self.table["hmtx"]["offset"]
        pairs = array("H", data[hmtx:hmtx + 4 * long_metrics])
        bearings = array("H", data[hmtx + 4 * long_metrics:hmtx + 2 * long_metrics + 2 * glyphs])
        loca = self.table["loca"]["offset"]
        positions = array("H" if index_to_loc == 0 else _U32, data[loca:loca + (glyphs + 1) * (2 << index_to_loc)])
        if array("H", [1]).tobytes() != b"\x00\x01":  # the font is big-endian; so are these arrays
            for table in (pairs, bearings, positions):
                table.byteswap()
        if index_to_loc == 0:
            positions = array(_U32, (position << 1 for position in positions))
        advances = array("H", pairs[0::2])
        advances.extend([advances[-1]] * (glyphs - long_metrics))
        left = array("H", pairs[1::2])
        left.extend(bearings)

        scale = self._pdfScale
        widths = [scale(advance) for advance in advances]
        char_widths = {char: widths[glyph] for char, glyph in sorted(chars.items(), key=itemgetter(1))
                       if glyph < glyphs}  # reportlab's order: by glyph, then by code point
        if 0x20 in chars:
            chars[0xA0] = chars[0x20]
            char_widths[0xA0] = char_widths[0x20]
        elif 0xA0 in chars:
            chars[0x20] = chars[0xA0]
            char_widths[0x20] = char_widths[0xA0]
        self.charToGlyph = chars
        self.glyphToChar = {}
        self.charWidths = char_widths
        self.defaultWidth = widths[0]
        self.hmetrics = _Metrics(advances, left)
        self.glyphPos = positions
        return True

    def makeSubset(self, subset: Sequence[int]) -> bytes:
        """reportlab's ``makeSubset``, byte for byte, reading the font file with ``unpack_from``
        where reportlab seeks and reads it value by value, and the metrics from our arrays:
        the subsetter ran about a tenth of a CJK document's time, for a few 256-glyph subsets."""
        metrics = self.hmetrics
        if not isinstance(metrics, _Metrics):
            return bytes(super().makeSubset(subset))
        data = self._ttf_data
        char_to_glyph = self.charToGlyph
        glyph_map = [0]  # new glyph index -> old glyph index
        glyph_set = {0: 0}  # old glyph index -> new glyph index
        code_to_glyph = {}
        for code in subset:
            original = char_to_glyph.get(code, 0)
            new = glyph_set.get(original)
            if new is None:
                new = glyph_set[original] = len(glyph_map)
                glyph_map.append(original)
            code_to_glyph[code] = new

        start = self.get_table_pos("glyf")[0]
        positions = self.glyphPos
        n = 0
        while n < len(glyph_map):  # the components of composite glyphs join the subset
            original = glyph_map[n]
            n += 1
            position = positions[original]
            if positions[original + 1] == position or struct.unpack_from(">h", data, start + position)[0] >= 0:
                continue
            at = start + position + 10
            flags = ttfonts.GF_MORE_COMPONENTS
            while flags & ttfonts.GF_MORE_COMPONENTS:
                flags, component = struct.unpack_from(">HH", data, at)
                at += _component_size(flags)
                if component not in glyph_set:
                    glyph_set[component] = len(glyph_map)
                    glyph_map.append(component)

        output = ttfonts.TTFontMaker()
        for tag in ("name", "OS/2", "cvt ", "fpgm", "prep"):
            with contextlib.suppress(KeyError):  # cvt, fpgm and prep are optional
                output.add(tag, self.get_table(tag))
        output.add("post", b"\x00\x03\x00\x00" + self.get_table("post")[4:16] + b"\x00" * 16)

        count = len(glyph_map)
        hmtx = []
        for original in glyph_map:
            hmtx += metrics[original]
        n = len(hmtx) - 2
        while n and hmtx[n] == hmtx[n - 2]:  # a closing run of one advance keeps only its bearings
            n -= 2
        n += 2
        hmtx = hmtx[:n] + hmtx[n + 1::2]
        output.add("hmtx", struct.pack(f">{len(hmtx)}H", *hmtx))
        output.add("hhea", ttfonts._set_ushort(self.get_table("hhea"), 34, n >> 1))
        output.add("maxp", ttfonts._set_ushort(self.get_table("maxp"), 4, count))
        cmap = [0, 1, 1, 0, 0, 12, 6, 10 + len(subset) * 2, 0, 0, len(subset), *map(code_to_glyph.get, subset)]
        output.add("cmap", struct.pack(f">{len(cmap)}H", *cmap))

        offsets = []
        glyf = []
        pos = 0
        for original in glyph_map:
            offsets.append(pos)
            position = positions[original]
            length = positions[original + 1] - position
            glyph = data[start + position:start + position + length]
            if length > 2 and struct.unpack_from(">h", glyph)[0] < 0:  # composite: renumber its components
                at = 10
                flags = ttfonts.GF_MORE_COMPONENTS
                while flags & ttfonts.GF_MORE_COMPONENTS:
                    flags, component = struct.unpack_from(">HH", glyph, at)
                    glyph = ttfonts._set_ushort(glyph, at + 2, glyph_set[component])
                    at += _component_size(flags)
            glyf.append(glyph)
            pos += length
            if pos % 4:
                glyf.append(b"\0" * (4 - pos % 4))
                pos += 4 - pos % 4
        offsets.append(pos)
        output.add("glyf", b"".join(glyf))
        if (pos + 1) >> 1 > 0xFFFF:
            index_to_loc = 1
            output.add("loca", struct.pack(f">{len(offsets)}L", *offsets))
        else:
            index_to_loc = 0
            output.add("loca", struct.pack(f">{len(offsets)}H", *(offset >> 1 for offset in offsets)))
        output.add("head", ttfonts._set_ushort(self.get_table("head"), 50, index_to_loc))
        return bytes(output.makeStream())

    def _cmap_format12(self, data: mmap.mmap | bytes) -> dict[int, int] | None:
        """The code point -> glyph map from the subtable reportlab would pick, when it is format 12."""
        cmap = self.table["cmap"]["offset"]
        version, count = struct.unpack_from(">HH", data, cmap)
        if count == 0 and version != 0:
            count = version
        chosen, preference = None, 0
        for index in range(count):  # reportlab's choice: the last Windows table, else Unicode/Mac
            platform, encoding, offset = struct.unpack_from(">HHL", data, cmap + 4 + 8 * index)
            if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
                chosen, preference = offset, 1
            elif platform == 1 and encoding == 0 and preference != 1:
                chosen, preference = offset, 2
        if chosen is None:
            return None
        start = cmap + chosen
        if struct.unpack_from(">H", data, start)[0] != 12:
            return None
        groups = struct.unpack_from(">L", data, start + 12)[0]
        values = struct.unpack_from(f">{3 * groups}L", data, start + 16)
        firsts, lasts, glyphs = values[0::3], values[1::3], values[2::3]
        return dict(zip(
            chain.from_iterable(map(range, firsts, (last + 1 for last in lasts))),
            chain.from_iterable(range(glyph, glyph + last - first + 1)
                                for first, last, glyph in zip(firsts, lasts, glyphs, strict=True)),
            strict=True,
        ))


def _component_size(flags: int) -> int:
    """Bytes of a composite glyph's component record from its flags on (TrueType ``glyf``)."""
    size = 4 + (4 if flags & ttfonts.GF_ARG_1_AND_2_ARE_WORDS else 2)
    if flags & ttfonts.GF_WE_HAVE_A_SCALE:
        size += 2
    elif flags & ttfonts.GF_WE_HAVE_AN_X_AND_Y_SCALE:
        size += 4
    elif flags & ttfonts.GF_WE_HAVE_A_TWO_BY_TWO:
        size += 8
    return size


class _FastTTFont(_TaggedTTFont):
    """reportlab's ``TTFont`` on a ``_FastFace``.

    ``TTFont.__init__`` names its face class, so its few assignments are repeated here;
    ``tests/test_pdf_fonts.py`` checks they stay the ones reportlab makes.
    """

    def __init__(self, name: str, file: _MappedFile) -> None:
        self.fontName = name
        self.face = _FastFace(file)
        self.encoding = TTEncoding()
        self.state = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, pattern) for pattern in unShapedFontGlob)
