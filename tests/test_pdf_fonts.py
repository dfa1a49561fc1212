"""Our bulk read of a face gives reportlab exactly what its own parse gives (minus what we drop);
the half-width-marks companions are what their builder makes, and carry names of their own."""

from __future__ import annotations

import io
import re
import struct
import zlib
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont as FontToolsFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import convertkit
from conftest import SEED
from convertkit.fonts import load_fonts
from convertkit.writers import pdf_fonts
from convertkit.writers.pdf_halfmarks import HALF, half_marks_font
from test_companions import naming_records, reserved_font_names
from test_pdf import pdffonts

FACES = load_fonts().faces
DROPPED = {"glyphToChar", "hmetrics", "glyphPos", "_ttf_data", "_pos", "_pdfScale"}  # compared below


def _reference(face):
    return TTFont(face.name, str(face.path))


@pytest.mark.parametrize("face", FACES, ids=lambda face: face.path.name)
def test_bulk_read_equals_reportlabs_parse(face):
    ours = pdf_fonts._FastTTFont(face.name, pdf_fonts._MappedFile(face))
    theirs = _reference(face)
    assert isinstance(ours.face.hmetrics, pdf_fonts._Metrics), "the bulk path must have run, not the fallback"
    mine, reference = vars(ours.face), vars(theirs.face)
    assert set(mine) == set(reference)
    for name in set(reference) - DROPPED:
        assert mine[name] == reference[name], name
    assert [mine["_pdfScale"](value) for value in (0, 1000, 2048)] == [
        reference["_pdfScale"](value) for value in (0, 1000, 2048)]
    assert list(mine["charWidths"]) == list(reference["charWidths"])  # same order, not only same items
    assert list(mine["charToGlyph"]) == list(reference["charToGlyph"])
    assert mine["glyphToChar"] == {}
    assert len(mine["hmetrics"]) == len(reference["hmetrics"])
    # Past hhea.numberOfHMetrics reportlab stores the last advance already scaled to 1000 units
    # (it reuses a variable: ttfonts.py, extractInfo), where the long entries stay in font units;
    # the bulk read keeps font units throughout. Only Noto Emoji has such glyphs among ours.
    long_metrics = struct.unpack_from(">H", bytes(theirs.face.get_table("hhea")), 34)[0]
    scale = reference["_pdfScale"]
    for gid, (advance, bearing) in enumerate(reference["hmetrics"]):
        ours_advance, ours_bearing = mine["hmetrics"][gid]
        assert ours_bearing == bearing
        assert (ours_advance if gid < long_metrics else scale(ours_advance)) == advance
    assert list(mine["glyphPos"]) == reference["glyphPos"]


def test_the_font_object_around_the_face_is_reportlabs():
    face = FACES[0]
    ours, theirs = pdf_fonts._FastTTFont(face.name, pdf_fonts._MappedFile(face)), _reference(face)
    assert set(vars(ours)) == set(vars(theirs))
    for name in set(vars(theirs)) - {"face", "encoding", "state"}:
        assert vars(ours)[name] == vars(theirs)[name], name
    assert type(ours.encoding) is type(theirs.encoding)
    assert type(ours.state) is type(theirs.state)


def test_a_face_in_another_shape_gets_reportlabs_own_parse():
    """The half-width companions have only a format 4 cmap: reportlab parses them itself."""
    face = FACES[0]
    data = half_marks_font(face)
    assert data is not None
    fast = pdf_fonts._FastFace(io.BytesIO(data))
    reference = TTFont("reference-half", io.BytesIO(data)).face
    assert fast.charToGlyph == reference.charToGlyph
    assert fast.charWidths == reference.charWidths
    assert isinstance(fast.hmetrics, list)


def test_registered_faces_are_the_fast_ones():
    name = pdf_fonts.registered_name(FACES[0])
    assert isinstance(pdfmetrics.getFont(name).face, pdf_fonts._FastFace)


def _embedded_fonts(data: bytes) -> list[FontToolsFont]:
    """The TrueType programs a reportlab PDF embeds (its streams are Flate-compressed)."""
    fonts = []
    for stream in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.DOTALL):
        try:
            program = zlib.decompress(stream.group(1))
        except zlib.error:
            continue
        if program[:4] == b"\x00\x01\x00\x00":
            fonts.append(FontToolsFont(io.BytesIO(program)))
    return fonts


def test_a_gbt9704_pdf_embeds_the_kai_face_only_under_its_own_name(tmp_path: Path):
    """gbt9704 sets its body in LXGW WenKai, and its compressed marks in the kai half-marks
    companion: the PDF embeds subsets of the face under the face's name (unmodified but for
    subsetting, as fonts/README.md records) and the companion under its own name only."""
    kai = next(face for face in FACES if face.role == "kai")
    data = convertkit.render(convertkit.read(SEED), "pdf", style="gbt9704")
    path = tmp_path / "gbt9704.pdf"
    path.write_bytes(data)
    names = [row[0].partition("+")[2] for row in pdffonts(path)]
    assert HALF.name(kai) in names  # the compressed marks were drawn from the companion
    assert kai.name in names
    assert [name for name in names if "LXGW" in name.upper()] == [name for name in names if name == kai.name]
    companions = {HALF.name(face): face for face in FACES}
    embedded = {font["name"].getDebugName(6): font for font in _embedded_fonts(data)}
    assert HALF.name(kai) in embedded
    for postscript, font in embedded.items():
        if postscript in companions:
            for reserved in reserved_font_names(companions[postscript]):
                assert not [value for _, value in naming_records(font) if reserved.casefold() in value.casefold()]


def test_only_our_fonts_get_content_tags_other_reportlab_fonts_keep_reportlabs(tmp_path: Path):
    """The subset tag hook (``pdf_fonts._TaggedTTFont``) changes nothing for a font another
    caller registers with reportlab in the same process: its subsets keep reportlab's tags.
    (The other font has a face of its own: reportlab gives a second registration of a face it
    has the first one's font object.)"""
    from reportlab.pdfgen import canvas

    from convertkit.fonts import FontNames, renamed_font, subset_bytes

    ours = FACES[0]
    pdf_fonts.registered_name(ours)  # our module is loaded and its hook installed
    theirs = tmp_path / "theirs.ttf"
    theirs.write_bytes(renamed_font(subset_bytes(ours, "中文"), FontNames("Someone Else", "Regular", "SomeoneElse-Regular")))
    pdfmetrics.registerFont(TTFont("SomeoneElsesFont", str(theirs)))
    out = io.BytesIO()
    drawing = canvas.Canvas(out, invariant=1)
    drawing.setFont("SomeoneElsesFont", 12)
    drawing.drawString(72, 720, "中文")
    drawing.setFont(ours.name, 12)
    drawing.drawString(72, 700, "中文")
    drawing.save()
    names = {name: tag for tag, name in re.findall(rb"/BaseFont /([A-Z]{6})\+([^\s/>]+)", out.getvalue())}
    assert names[b"SomeoneElse-Regular"] == b"AAAAAA"  # reportlab's counter
    assert names[ours.name.encode()] != b"AAAAAA"  # our content tag


@pytest.mark.parametrize("face", FACES, ids=lambda face: face.path.name)
def test_our_subsetter_writes_reportlabs_bytes(face):
    """``_FastFace.makeSubset`` reads the file its own way: the subset must not change, composite
    glyphs (whose components join the subset and are renumbered) included."""
    ours = pdf_fonts._FastTTFont(face.name, pdf_fonts._MappedFile(face)).face
    data, start = ours._ttf_data, ours.get_table_pos("glyf")[0]

    def composite(glyph: int) -> bool:
        position = ours.glyphPos[glyph]
        return ours.glyphPos[glyph + 1] > position and struct.unpack_from(">h", data, start + position)[0] < 0

    codes = sorted(ours.charToGlyph)
    composites = [code for code in codes if composite(ours.charToGlyph[code])][:120]
    subset = [0, *composites, *codes[::max(1, len(codes) // 120)]][:256]
    assert pdf_fonts._FastFace.makeSubset(ours, subset) == pdf_fonts.TTFontFace.makeSubset(ours, subset)
