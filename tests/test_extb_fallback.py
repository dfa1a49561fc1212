"""CJK Extension B and later on real artefacts: glyphs, not tofu, in PDF, DOCX and EPUB.

Hong Kong papers write Cantonese with characters beyond the BMP (𨋢 lift, 𡃁, 𠝹, 𠵱, 𠮨, 𠹺)
and mainland names use the 通用规范汉字表's (𬌗 𬭚 𫖮). Noto SC has almost none of them and
LXGW WenKai (楷) a few (𨋢 𬌗, not 𠮨 𠹺); the supplementary-Han faces (``EXTENSION_ROLES``,
fonts/README.md) draw them, in the role's design, and never a BMP character. A document
without them never touches those faces.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from convertkit.fonts import EXTENSION_ROLES, SUPPLEMENTARY_HAN, load_fonts, subset_bytes
from convertkit.model import Document, Meta, Paragraph
from test_docx_libreoffice import no_cjk_env, pdf_fonts, pdf_text, to_pdf  # noqa: F401 - the fixture
from test_epub import epubcheck  # noqa: F401 - the fixture
from test_font_subset import _sanitize
from test_pdf import pdffonts, pdftotext
from test_symbol_fallback import _docx_runs, _write

HONG_KONG = "𨋢𡃁𠝹𠵱𡁵"  # Cantonese in Hong Kong papers: all in HKSCS (and in LXGW WenKai)
MAINLAND = "𬌗𬭚𫖮𬘬𬇙𫓧"  # names: all in the 通用规范汉字表 (and in LXGW WenKai)
NO_CHINESE_FACE = "𠮨𠹺𩗴𡀝𠸐"  # Cantonese in HKSCS that no Chinese face has: tofu before
TITLE = "大廈𨋢槽故障 住客被困"
TEXT = (
    "觀塘一幢大廈的升降機（俗稱「𨋢」）昨晚故障，三名住客被困。一名𡃁仔用刀𠝹開紙箱墊坐，"
    "又話「𠵱家啲𨋢成日壞」。消防員𡁵開𨋢門救人。佢𠮨埋個仔去食𠹺飯，成棟樓一𩗴味，瞓到𡀝晒都唔知，呢部𨋢真係唔𠸐用。"
    "另據報道，考生王𬌗、李𬭚與張𫖮、劉𬘬、趙𬇙、錢𫓧的名字曾無法登記。"
)


def _document(text: str = TEXT, title: str = TITLE) -> Document:
    return Document(meta=Meta(title=title), blocks=(Paragraph(text=text, raw="x"),))


def _hkscs_beyond_the_bmp() -> str:
    """Every character Big5-HKSCS decodes to beyond the BMP (1,693)."""
    found: dict[str, None] = {}
    for lead in range(0x81, 0xFF):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            try:
                text = bytes((lead, trail)).decode("big5hkscs")
            except UnicodeDecodeError:
                continue
            found.update((char, None) for char in text if ord(char) > 0xFFFF)
    return "".join(found)


# --- the font set ----------------------------------------------------------------------------


def test_every_hkscs_character_beyond_the_bmp_has_both_supplementary_faces() -> None:
    fonts = load_fonts()
    hkscs = _hkscs_beyond_the_bmp()
    assert len(hkscs) == 1693
    for role in EXTENSION_ROLES:
        assert fonts.face(role).missing(hkscs) == "", role
    assert fonts.check(hkscs + HONG_KONG + MAINLAND + NO_CHINESE_FACE) == []
    for role in ("serif", "sans", "kai"):
        assert fonts.face(role).missing(NO_CHINESE_FACE) == NO_CHINESE_FACE, role


def test_the_supplementary_faces_have_no_bmp_character() -> None:
    for role in EXTENSION_ROLES:
        face = load_fonts().face(role)
        assert face.is_fallback
        assert min(face.codepoints) >= SUPPLEMENTARY_HAN, role


@pytest.mark.parametrize("role,bold,expected", [
    ("serif", False, "serif_ext"), ("serif", True, "serif_ext"),
    ("sans", False, "sans_ext"), ("sans", True, "sans_ext"),
    ("kai", False, "serif_ext"),
])
def test_a_supplementary_character_takes_the_face_of_the_roles_design(role: str, bold: bool, expected: str) -> None:
    fonts = load_fonts()
    # 𨋢 is in no Chinese face; 𠮷 is in LXGW WenKai, which a 宋 or 黑 text does not borrow it from.
    for char in "𨋢𬌗𠮷𠮨":
        face = fonts.face_for(char, role, bold)
        if role == "kai" and fonts.face("kai").has(char):
            assert face == fonts.face("kai")
            continue
        assert face is not None and face.role == expected and not face.bold, char


def test_bmp_characters_keep_the_faces_they_had() -> None:
    fonts = load_fonts()
    assert fonts.face_for("中", "serif") == fonts.face("serif")
    assert fonts.face_for("≒", "serif").role == "kai"  # GBK, in WenKai only
    assert fonts.face_for("➨", "sans").role == "symbols2"
    assert fonts.face_for("👍", "serif").role == "emoji"
    assert fonts.face_for("𠀀", "serif") is None  # U+20000: in no shipped face, still reported


@pytest.mark.parametrize("role", EXTENSION_ROLES)
def test_a_supplementary_subset_passes_ots_and_holds_only_the_text(role: str, tmp_path: Path) -> None:
    data = subset_bytes(load_fonts().face(role), TEXT)
    _sanitize(data, tmp_path)
    cmap = TTFont(io.BytesIO(data)).getBestCmap()
    assert set(cmap) == {ord(char) for char in set(TEXT) if ord(char) >= SUPPLEMENTARY_HAN}


# --- the writers -----------------------------------------------------------------------------


def test_pdf_embeds_the_supplementary_faces_and_the_text_round_trips(tmp_path: Path) -> None:
    data, reports = _write("pdf", _document())
    assert [report.message for report in reports if "no shipped font" in report.message] == []
    pdf = tmp_path / "hk.pdf"
    pdf.write_bytes(data)
    embedded = {row[0].split("+", 1)[1]: row for row in pdffonts(pdf)}
    for name in ("NotoSerifCJKscExt-Regular", "NotoSansCJKscExt-Regular"):  # body; bold title
        assert name in embedded, embedded
        assert embedded[name][-5:-2] == ["yes", "yes", "yes"]  # embedded, subset, ToUnicode
    text = "".join(pdftotext(pdf).split())
    for piece in ("大廈𨋢槽故障", "一名𡃁仔用刀𠝹開紙箱", "𠵱家啲𨋢成日壞", "𡁵開𨋢門", "佢𠮨埋個仔去食𠹺飯",
                  "一𩗴味，瞓到𡀝晒", "唔𠸐用", "王𬌗、李𬭚與張𫖮、劉𬘬、趙𬇙、錢𫓧"):
        assert piece in text, piece


def test_pdf_without_supplementary_characters_embeds_no_supplementary_face(tmp_path: Path) -> None:
    data, _ = _write("pdf", _document("大廈升降機昨晚故障，三名住客被困。", "升降機故障"))
    pdf = tmp_path / "plain.pdf"
    pdf.write_bytes(data)
    assert not [row for row in pdffonts(pdf) if "CJKscExt" in row[0]]


def test_an_article_without_them_never_opens_the_supplementary_faces(seed_path: Path, tmp_path: Path) -> None:
    """Lazy: converting the seed to every format maps no supplementary face's file (a fresh
    process, so that no other test has opened them)."""
    script = (
        "import sys, convertkit\n"
        "doc = convertkit.read(sys.argv[1])\n"
        "for kind in ('pdf', 'docx', 'epub'):\n"
        "    convertkit.render(doc, kind)\n"
        "print(sum('CJKscExt' in line for line in open('/proc/self/maps')))\n"
    )
    if not Path("/proc/self/maps").exists():
        pytest.skip("no /proc on this system")
    out = subprocess.run([sys.executable, "-c", script, str(seed_path)], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")})
    assert out.stdout.strip() == "0"


def test_docx_sets_them_in_the_embedded_supplementary_subsets() -> None:
    data, reports = _write("docx", _document())
    assert [report.message for report in reports if "no shipped font" in report.message] == []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        table = package.read("word/fontTable.xml").decode()
        embedded = [name for name in package.namelist() if name.startswith("word/fonts/")]
    for family in ("Noto Serif CJK SC Ext", "Noto Sans CJK SC Ext"):
        assert f'w:altName w:val="{family}"' in table, family
    assert len(embedded) >= 4
    runs = _docx_runs(data)
    ext_text = "".join(text for text, family in runs if family and "CJK SC Ext" in family)
    assert set(ext_text) == set(HONG_KONG + MAINLAND + NO_CHINESE_FACE)
    # A BMP character is never in one of their runs.
    assert all(ord(char) >= SUPPLEMENTARY_HAN for char in ext_text)


def test_epub_embeds_them_under_a_supplementary_unicode_range(epubcheck) -> None:  # noqa: F811
    data, reports = _write("epub", _document())
    assert [report.message for report in reports if "no bundled font" in report.message] == []
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        names = book.namelist()
        css = book.read("EPUB/style.css").decode()
        serif = TTFont(io.BytesIO(book.read("EPUB/fonts/NotoSerifCJKscExt-Regular.ttf")))
    assert "EPUB/fonts/NotoSansCJKscExt-Regular.ttf" in names
    faces = [line for line in css.splitlines() if "CJKscExt" in line and line.startswith("@font-face")]
    assert len(faces) == 2 and all("unicode-range: U+20000-3FFFF;" in line for line in faces)
    body = next(line for line in css.splitlines() if line.startswith("p {"))
    assert '"ck Noto Serif SC", "ck Noto Serif CJK SC Ext", "ck Noto Sans CJK SC Ext"' in body
    assert {ord(char) for char in "𨋢𡃁𬌗" + NO_CHINESE_FACE} <= set(serif.getBestCmap())
    assert epubcheck(data) == []


def test_an_epub_without_them_has_the_css_it_had() -> None:
    data, _ = _write("epub", _document("大廈升降機昨晚故障。", "升降機故障"))
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        assert "CJK SC Ext" not in book.read("EPUB/style.css").decode()
        assert not [name for name in book.namelist() if "CJKscExt" in name]


@pytest.mark.slow
def test_libreoffice_prints_them_from_the_embedded_subsets(no_cjk_env: dict[str, str], tmp_path: Path) -> None:  # noqa: F811
    """On a machine with no CJK font, the DOCX prints 𨋢 and 𬌗 with the subsets it carries."""
    data, _ = _write("docx", _document())
    pdf = to_pdf(data, no_cjk_env, tmp_path, "hk")
    fonts = pdf_fonts(pdf)
    assert fonts and all(embedded for _, embedded in fonts)
    names = {name for name, _ in fonts}
    assert {"NotoSerifCJKscExt-Regular", "NotoSansCJKscExt-Regular"} <= names, names
    text = "".join(pdf_text(pdf).split())
    assert "大廈𨋢槽故障" in text and "王𬌗、李𬭚" in text and "佢𠮨埋個仔去食𠹺飯" in text
