"""Companion fonts of both kinds (``convertkit.companions``): the shipped files are what the faces
give now, a face that is not shipped gets one built, and no companion carries a name its face's
licence reserves. What each kind does to its glyphs is tested beside its writers
(``test_pdf_fonts.py``, ``test_centred_marks.py``)."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from convertkit import fonts
from convertkit.centred_marks import CENTRED, build_centred_marks, centred_marks_font
from convertkit.companions import CompanionKind, weight
from convertkit.fonts import FontFace, load_fonts
from convertkit.resources import fonts_dir
from convertkit.writers.pdf_halfmarks import HALF, build_half_marks, half_marks_font

FACES = [face for face in load_fonts() if not face.is_fallback]  # symbol faces have none
# kind, its builder, and the cached lookup the writers use
KINDS: list[tuple[CompanionKind, Callable[[FontFace], bytes | None], Callable[[FontFace], bytes | None]]] = [
    (HALF, build_half_marks, half_marks_font),
    (CENTRED, build_centred_marks, centred_marks_font),
]
# Notices the licence (and the law) want kept in a Modified Version: copyright, trademark, licence.
NOTICES = {0, 7, 13, 14}


def reserved_font_names(face: FontFace) -> list[str]:
    """The Reserved Font Names of ``face``'s licence (its OFL file's copyright lines), if any."""
    assert (fonts_dir() / f"OFL-{face.path.stem.split('-')[0]}.txt").is_file()
    return list(fonts.reserved_font_names(face))


def naming_records(font: TTFont) -> list[tuple[int, str]]:
    """Every name record but the notices."""
    return [(record.nameID, record.toUnicode()) for record in font["name"].names if record.nameID not in NOTICES]


@pytest.mark.parametrize(("kind", "build", "lookup"), KINDS, ids=lambda value: getattr(value, "folder", ""))
@pytest.mark.parametrize("face", FACES, ids=lambda face: face.path.name)
def test_the_shipped_companion_is_what_the_face_gives_now(face, kind, build, lookup) -> None:
    """fonts/<kind>/ holds what scripts/build_companions.py makes of the faces as they are: a
    changed face (or builder) without a rebuild fails here. The build is reproducible (no time
    of the build in ``head``), or this could not compare bytes."""
    shipped = fonts_dir() / kind.path(face)
    assert shipped.is_file(), f"run scripts/build_companions.py: {shipped.name} is missing"
    built = build(face)
    assert built == shipped.read_bytes(), f"run scripts/build_companions.py: {shipped.name} is stale"
    assert build(face) == built
    assert lookup(face) == built  # the shipped file is what the writers get
    font = TTFont(io.BytesIO(built))
    assert font["head"].modified == TTFont(face.path, lazy=True)["head"].modified
    names = font["name"]
    assert names.getDebugName(6) == kind.name(face)
    assert names.getDebugName(1) == kind.family(face)
    assert names.getDebugName(4) == f"{kind.family(face)} {weight(face)}"
    assert names.getDebugName(0) and names.getDebugName(13)  # copyright and licence stay


@pytest.mark.parametrize(("kind", "build", "lookup"), KINDS, ids=lambda value: getattr(value, "folder", ""))
def test_a_face_that_is_not_shipped_gets_its_companion_built(tmp_path: Path, kind, build, lookup) -> None:
    face = FACES[0]
    elsewhere = tmp_path / face.path.name  # the same name, but not the shipped file: never trusted
    elsewhere.symlink_to(face.path)
    moved = dataclasses.replace(face, path=elsewhere)
    assert lookup(moved) == build(moved) == lookup(face)
    # The shipped file of another role's (or weight's) face is not taken: its names would be wrong.
    other_role = dataclasses.replace(face, role="sans" if face.role != "sans" else "serif")
    data = lookup(other_role)
    assert data is not None and data != lookup(face)
    assert TTFont(io.BytesIO(data))["name"].getDebugName(6) == kind.name(other_role)


def test_the_reserved_font_names_are_read_from_the_licences() -> None:
    reserved = {face.path.stem: reserved_font_names(face) for face in FACES}
    assert sorted(reserved["LXGWWenKai-Regular"]) == sorted(["霞鹜", "LXGW"])
    assert reserved["NotoSansSC-Regular"] == ["Source"]  # Source Han Sans's, kept by Noto Sans SC
    assert reserved["NotoSerifSC-Regular"] == []


@pytest.mark.parametrize("kind", [HALF, CENTRED], ids=lambda kind: kind.folder)
@pytest.mark.parametrize("face", FACES, ids=lambda face: face.path.name)
def test_no_shipped_companion_is_named_with_a_reserved_font_name(face, kind) -> None:
    """A companion is a Modified Version of its face: the OFL forbids it the face's Reserved
    Font Names (LXGW WenKai's "LXGW" and "霞鹜") in any record that names it; only the
    copyright, trademark and licence notices may still mention them."""
    path = fonts_dir() / kind.path(face)
    records = naming_records(TTFont(path))
    assert {name_id for name_id, _ in records} >= {1, 4, 6}
    for reserved in reserved_font_names(face):
        for name_id, value in records:
            assert reserved.casefold() not in value.casefold(), (path.name, name_id, value)
