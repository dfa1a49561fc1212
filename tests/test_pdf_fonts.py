"""Our bulk read of a face gives reportlab exactly what its own parse gives (minus what we drop)."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from convertkit.fonts import load_fonts
from convertkit.writers import pdf_fonts
from convertkit.writers.pdf_halfmarks import half_marks_font

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
