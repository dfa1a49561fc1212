"""Our bulk read of a face gives reportlab exactly what its own parse gives (minus what we drop);
the half-width-marks companions are what their builder makes, and carry names of their own."""

from __future__ import annotations

import dataclasses
import io
import re
import zlib
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont as FontToolsFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import convertkit
from conftest import SEED
from convertkit.centred_marks import centred_marks_path
from convertkit.fonts import load_fonts
from convertkit.resources import fonts_dir
from convertkit.writers import pdf_fonts
from convertkit.writers.pdf_halfmarks import (
    build_half_marks,
    half_marks_family,
    half_marks_font,
    half_marks_name,
    half_marks_path,
)
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
    assert all(mine["hmetrics"][gid] == pair for gid, pair in enumerate(reference["hmetrics"]))
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


@pytest.mark.parametrize("face", FACES, ids=lambda face: face.path.name)
def test_the_shipped_half_marks_are_what_the_face_gives_now(face):
    """fonts/halfmarks/ holds what scripts/build_half_marks.py makes of the faces as they are:
    a changed face (or builder) without a rebuild fails here. The build is reproducible (no
    time of the build in ``head``), or this could not compare bytes."""
    shipped = fonts_dir() / half_marks_path(face)
    assert shipped.is_file(), f"run scripts/build_half_marks.py: {shipped.name} is missing"
    built = build_half_marks(face)
    assert built == shipped.read_bytes(), f"run scripts/build_half_marks.py: {shipped.name} is stale"
    assert build_half_marks(face) == built
    assert half_marks_font(face) == built  # the shipped file is what the PDF writer gets
    font = FontToolsFont(io.BytesIO(built))
    assert font["head"].modified == FontToolsFont(face.path, lazy=True)["head"].modified
    names = font["name"]
    assert names.getDebugName(6) == half_marks_name(face)
    assert names.getDebugName(1) == half_marks_family(face)
    assert names.getDebugName(4) == f"{half_marks_family(face)} {'Bold' if face.bold else 'Regular'}"
    assert names.getDebugName(0) and names.getDebugName(13)  # copyright and licence stay


def test_a_face_without_a_shipped_half_marks_companion_gets_one_built(tmp_path: Path) -> None:
    face = FACES[0]
    elsewhere = tmp_path / face.path.name  # the same name, but not the shipped file: never trusted
    elsewhere.symlink_to(face.path)
    moved = dataclasses.replace(face, path=elsewhere)
    assert half_marks_font(moved) == build_half_marks(moved) == half_marks_font(face)
    # The shipped file of another role's (or weight's) face is not taken: its names would be wrong.
    other_role = dataclasses.replace(face, role="sans" if face.role != "sans" else "serif")
    data = half_marks_font(other_role)
    assert data is not None and data != half_marks_font(face)
    assert FontToolsFont(io.BytesIO(data))["name"].getDebugName(6) == half_marks_name(other_role)


def _reserved_font_names(face) -> list[str]:
    """The Reserved Font Names of ``face``'s licence (its OFL file's copyright lines), if any."""
    licence = fonts_dir() / f"OFL-{face.path.stem.split('-')[0]}.txt"
    assert licence.is_file(), licence
    reserved = []
    for line in licence.read_text(encoding="utf-8").splitlines():
        _, found, names = line.partition("with Reserved Font Name")
        if found:
            reserved += re.findall(r"[\"'“‘]([^\"'”’]+)[\"'”’]", names)
    return reserved


# Notices the licence (and the law) want kept in a Modified Version: copyright, trademark, licence.
_NOTICES = {0, 7, 13, 14}


def _naming_records(font: FontToolsFont) -> list[tuple[int, str]]:
    return [(record.nameID, record.toUnicode()) for record in font["name"].names if record.nameID not in _NOTICES]


def test_the_reserved_font_names_are_read_from_the_licences():
    reserved = {face.path.stem: _reserved_font_names(face) for face in FACES}
    assert sorted(reserved["LXGWWenKai-Regular"]) == sorted(["霞鹜", "LXGW"])
    assert reserved["NotoSansSC-Regular"] == ["Source"]  # Source Han Sans's, kept by Noto Sans SC
    assert reserved["NotoSerifSC-Regular"] == []


@pytest.mark.parametrize("kind", ["halfmarks", "centredmarks"])
@pytest.mark.parametrize("face", FACES, ids=lambda face: face.path.name)
def test_no_shipped_companion_is_named_with_a_reserved_font_name(face, kind):
    """A companion is a Modified Version of its face: the OFL forbids it the face's Reserved
    Font Names (LXGW WenKai's "LXGW" and "霞鹜") in any record that names it; only the
    copyright, trademark and licence notices may still mention them."""
    path = fonts_dir() / (half_marks_path(face) if kind == "halfmarks" else centred_marks_path(face))
    font = FontToolsFont(path)
    records = _naming_records(font)
    assert {name_id for name_id, _ in records} >= {1, 4, 6}
    for reserved in _reserved_font_names(face):
        for name_id, value in records:
            assert reserved.casefold() not in value.casefold(), (path.name, name_id, value)


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
    assert half_marks_name(kai) in names  # the compressed marks were drawn from the companion
    assert kai.name in names
    assert [name for name in names if "LXGW" in name.upper()] == [name for name in names if name == kai.name]
    companions = {half_marks_name(face): face for face in FACES}
    embedded = {font["name"].getDebugName(6): font for font in _embedded_fonts(data)}
    assert half_marks_name(kai) in embedded
    for postscript, font in embedded.items():
        if postscript in companions:
            for reserved in _reserved_font_names(companions[postscript]):
                assert not [value for _, value in _naming_records(font) if reserved.casefold() in value.casefold()]
