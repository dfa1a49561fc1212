"""Traditional Chinese punctuation sits in the middle of its box, in PDF, EPUB and DOCX.

Checked on the companion fonts themselves (where each glyph's ink is) and on the real files:
the PDF embeds and draws the companions (``pdffonts``, ``pdftotext``), the EPUB carries them
and names them first in its Traditional rules only (epubcheck clean), the DOCX sets the marks
in runs of the companions it embeds (and test_docx_libreoffice prints one).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

import convertkit
from convertkit.centred_marks import CENTRED_MARKS, MarksCompanion, centred_marks_font
from convertkit.fonts import load_fonts, subset_bytes
from convertkit.model import Document, Lead, Meta, Paragraph
from test_epub import epubcheck, traditional_document  # noqa: F401 - the fixture is used by name
from test_pdf import pdffonts, pdftotext

LOW = "。，、"
FACES = [face for face in load_fonts() if not face.is_fallback]  # symbol faces have no marks


def _glyphs(data: bytes) -> dict[str, tuple[int, float, float, list[tuple[int, int]]]]:
    """char -> (advance, ink centre x, ink centre y, outline points)."""
    font = TTFont(io.BytesIO(data))
    glyf, hmtx = font["glyf"], font["hmtx"]
    found = {}
    for code, name in font.getBestCmap().items():
        glyph = glyf[name]
        glyph.recalcBounds(glyf)
        points = list(glyph.getCoordinates(glyf)[0]) if glyph.numberOfContours else []
        found[chr(code)] = (hmtx[name][0], (glyph.xMin + glyph.xMax) / 2, (glyph.yMin + glyph.yMax) / 2, points)
    return found


@pytest.mark.parametrize("face", FACES, ids=lambda face: face.name)
def test_each_mark_is_moved_to_the_middle_of_its_box(face) -> None:
    data = centred_marks_font(face)
    assert data is not None
    font = TTFont(io.BytesIO(data))
    companion = MarksCompanion(face)
    # A modified font carries its own names, never the face's (LXGW's are reserved), and keeps
    # the copyright and licence records.
    assert font["name"].getDebugName(6) == companion.name
    assert font["name"].getDebugName(1) == companion.family
    assert "LXGW" not in " ".join(str(font["name"].getDebugName(i)) for i in (1, 3, 4, 6, 16, 17))
    assert font["name"].getDebugName(0) and font["name"].getDebugName(13)
    os2 = font["OS/2"]
    middle = (os2.sTypoAscender + os2.sTypoDescender) / 2
    centred = _glyphs(data)
    original = _glyphs(subset_bytes(face, "".join(CENTRED_MARKS)))
    assert set(centred) == set(CENTRED_MARKS)  # nothing else: the writers fall back per character
    for char in CENTRED_MARKS:
        advance, x, y, points = centred[char]
        old_advance, _old_x, old_y, old_points = original[char]
        assert advance == old_advance  # still a full em
        assert abs(x - advance / 2) <= 1, char
        if char in LOW:
            assert abs(y - middle) <= 1, char
            assert old_y < middle - 100  # it did sit low
        else:
            assert y == old_y, char
        # The same outline, translated: every point moved by the same offset.
        offsets = {(new[0] - old[0], new[1] - old[1]) for new, old in zip(points, old_points, strict=True)}
        assert len(offsets) == 1, char


_NO_FONTTOOLS = """
import io, json, sys, zipfile
import convertkit
from convertkit.model import Caption, Document, Lead, Meta, Paragraph

doc = Document(
    meta=Meta(title="颱風過境　北部豪雨特報", language="zh-Hant", region="TW"),
    blocks=(Lead(text="中央氣象局今天表示，颱風外圍環流影響，北部地區有豪雨發生的機率。", raw="…"),
            Caption(text="民眾撐傘過馬路。（記者何宗翰攝）", raw="…"),
            Paragraph(text="氣象局提醒民眾注意強陣風及豪雨，並避免前往山區及海邊！", raw="…")),
)
data = convertkit.render(doc, sys.argv[1])
if sys.argv[1] == "pdf":
    companions = b"ckHantMarks-serif-Regular" in data and b"ckHalfMarks" not in data  # no compression
else:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        companions = sorted(name for name in package.namelist() if "HantMarks" in name)
        table = package.read("word/fontTable.xml").decode() if sys.argv[1] == "docx" else ""
    companions = companions or ("ck Hant Marks serif" in table)
print(json.dumps({"fontTools": sorted(name for name in sys.modules if name.startswith("fontTools"))[:3],
                  "companions": companions}))
"""


@pytest.mark.parametrize("to", ["epub", "docx", "pdf"])
def test_a_traditional_document_with_the_shipped_faces_never_imports_fonttools(to: str) -> None:
    """The shipped companions are read, not built: a worker's first Traditional article costs
    no fontTools import and no subsetting (about a tenth of a second each, per process), and a
    PDF process none for its half-width marks either."""
    out = subprocess.run([sys.executable, "-c", _NO_FONTTOOLS, to], capture_output=True, text=True,
                         check=True, timeout=120)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["companions"]  # the marks did come from the companions
    assert result["fontTools"] == []


def _simplified() -> Document:
    return Document(
        meta=Meta(title="台风过境　北部豪雨预警", language="zh-Hans"),
        blocks=(Lead(text="气象台今天表示，台风外围环流影响，北部地区有豪雨。", raw="…"),
                Paragraph(text="提醒民众注意强阵风及豪雨，并避免前往山区及海边。", raw="…")),
    )


def test_a_traditional_pdf_draws_its_marks_from_the_companions(tmp_path: Path) -> None:
    doc = traditional_document()
    path = tmp_path / "hant.pdf"
    path.write_bytes(convertkit.render(doc, "pdf"))
    names = [row[0].partition("+")[2] for row in pdffonts(path)]
    assert {"ckHantMarks-serif-Regular", "ckHantMarks-kai-Regular"} <= set(names)  # body and caption
    text = "".join(pdftotext(path).split())
    for piece in ("今天表示，颱風外圍", "發生的機率。", "撐傘過馬路。", "強陣風及豪雨，並避免"):
        assert piece in text  # the companions' marks read back as themselves


def test_a_simplified_pdf_keeps_the_mainland_marks(tmp_path: Path) -> None:
    path = tmp_path / "hans.pdf"
    path.write_bytes(convertkit.render(_simplified(), "pdf"))
    assert not [row for row in pdffonts(path) if "HantMarks" in row[0]]


def test_traditional_marks_are_not_compressed() -> None:
    from convertkit.writers.pdf_cjk import FaceChooser

    fonts = load_fonts()
    assert FaceChooser(fonts, print, centred_marks=True).break_options.compress_punctuation is False
    assert FaceChooser(fonts, print).break_options.compress_punctuation is True


def test_a_traditional_epub_carries_the_companions_for_its_traditional_rules(epubcheck) -> None:  # noqa: F811
    data = convertkit.render(traditional_document(), "epub")
    assert epubcheck(data, "hant") == []
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        names = book.namelist()
        css = book.read("EPUB/style.css").decode("utf-8")
    companions = [name for name in names if "HantMarks" in name]
    assert companions
    for name in companions:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            cmap = TTFont(io.BytesIO(book.read(name))).getBestCmap()
        assert {chr(code) for code in cmap} == set(CENTRED_MARKS)
    for line in css.splitlines():
        if line.startswith((":lang(zh-TW) body {", ":lang(zh-TW) p {")):
            assert line.split("font-family: ")[1].startswith('"ck Hant Marks serif", "ck Noto Serif SC"')
        elif line.startswith(("body {", "p {")):
            assert "Hant" not in line
    assert ":lang(zh-TW) body" in css and "text-spacing-trim: space-all" in css


def _docx_parts(doc: Document, **options: object) -> tuple[str, str]:
    with zipfile.ZipFile(io.BytesIO(convertkit.render(doc, "docx", **options))) as package:
        return package.read("word/document.xml").decode("utf-8"), package.read("word/fontTable.xml").decode("utf-8")


def test_a_traditional_docx_sets_its_marks_in_runs_of_the_embedded_companions() -> None:
    document, font_table = _docx_parts(traditional_document())
    # Embedded under a name tagged with its content (see docx_fonts), its own as the alternate.
    assert re.search(
        r'<w:font w:name="ck Hant Marks serif [A-Z2-7]{8}"><w:altName w:val="ck Hant Marks serif"/>'
        r".*?<w:embedRegular ",
        font_table,
    )
    switched = re.findall(
        r'<w:rFonts w:ascii="ck Hant Marks (\w+) [A-Z2-7]{8}"[^>]*/></w:rPr><w:t>([^<]*)</w:t>', document
    )
    assert {role for role, _ in switched} >= {"serif", "kai"}
    assert "".join(text for _, text in switched)
    assert set("".join(text for _, text in switched)) <= CENTRED_MARKS  # nothing else is switched
    unswitched = re.sub(r"<w:r><w:rPr><w:rFonts[^>]*/></w:rPr><w:t>[^<]*</w:t></w:r>", "", document)
    assert not CENTRED_MARKS.intersection("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", unswitched)))


def test_a_docx_without_embedded_fonts_leaves_the_marks_to_the_readers_fonts() -> None:
    document, font_table = _docx_parts(traditional_document(), embed_fonts=False)
    assert "Hant Marks" not in document and "Hant Marks" not in font_table


def test_a_simplified_docx_has_no_companion() -> None:
    document, font_table = _docx_parts(_simplified())
    assert "Hant Marks" not in document and "Hant Marks" not in font_table


def test_a_simplified_epub_has_no_companion() -> None:
    data = convertkit.render(_simplified(), "epub")
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        assert not [name for name in book.namelist() if "Hant" in name]
        assert "Hant" not in book.read("EPUB/style.css").decode("utf-8")
