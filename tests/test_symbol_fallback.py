"""Symbols, dingbats and emoji on real artefacts: no tofu in PDF, DOCX or EPUB.

The Chinese faces lack ➨ ✔ ✉ ⓵ ⟶ and every emoji; the shipped symbol and emoji faces
(``FALLBACK_ROLES``) draw them, embedded as subsets like the Chinese faces, and only what no
shipped face has (CJK Extension B such as 𠀀) is still reported.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from convertkit.fonts import FALLBACK_ROLES, emoji_component, load_fonts, needs_glyph, subset_bytes
from convertkit.model import Document, Meta, Paragraph
from convertkit.writers.base import Diagnostic, RenderContext
from test_epub import epubcheck  # noqa: F401 - the fixture
from test_font_subset import _file_checksum, _sanitize
from test_pdf import pdffonts, pdftotext

SYMBOLS = "➨➤✔✘✉⓵☑"  # Noto Sans Symbols 2 and Noto Sans Symbols; none in a Chinese face
MATH = "⟶⊊⨁"  # Noto Sans Math
EMOJI = "👇🔥👍😂🚲✅❌⭐"  # Noto Emoji
TEXT = f"要点{SYMBOLS}，公式{MATH}，网友：链接👇不要错过🔥，点赞👍🏻笑死😂，骑车🚲，我爱你❤️，一家人👨‍👩‍👧，✅❌⭐。"


def _document(text: str = TEXT, title: str = "符号➨与表情🔥") -> Document:
    return Document(meta=Meta(title=title), blocks=(Paragraph(text=text, raw="x"),))


def _write(kind: str, document: Document) -> tuple[bytes, list[Diagnostic]]:
    if kind == "pdf":
        from convertkit.writers.pdf import PdfOptions as Options
        from convertkit.writers.pdf import PdfWriter as Writer
    elif kind == "docx":
        from convertkit.writers.docx import DocxOptions as Options
        from convertkit.writers.docx import DocxWriter as Writer
    else:
        from convertkit.writers.epub import EpubOptions as Options
        from convertkit.writers.epub import EpubWriter as Writer
    reports: list[Diagnostic] = []
    out = io.BytesIO()
    Writer().write(document, RenderContext(options=Options(), report=reports.append), out)
    return out.getvalue(), reports


# --- the font set ----------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["serif", "sans", "kai"])
def test_every_symbol_and_emoji_has_a_face(role: str) -> None:
    fonts = load_fonts()
    assert fonts.check(TEXT) == []
    assert fonts.check("𠀀") == ["𠀀"]  # CJK Extension B: still reported (fonts/README.md)
    for char in SYMBOLS + MATH + EMOJI:
        face = fonts.face_for(char, role)
        assert face is not None and face.is_fallback, char


def test_the_fallback_order_puts_text_symbols_first_and_emoji_for_pictographs() -> None:
    fonts = load_fonts()
    assert fonts.face_for("➨", "serif").role == "symbols2"
    assert fonts.face_for("⓵", "serif").role == "symbols"
    assert fonts.face_for("⟶", "serif").role == "math"
    # In both Symbols 2 and Noto Emoji: a pictograph or an emoji-style character is emoji.
    assert fonts.face_for("👍", "serif").role == "emoji"
    assert fonts.face_for("⭐", "serif").role == "emoji"
    assert fonts.face_for("✔", "serif").role == "symbols2"
    # A character a Chinese face has stays with it.
    assert not fonts.face_for("★", "serif").is_fallback
    assert not fonts.face_for("①", "sans").is_fallback


def test_emoji_sequence_parts_draw_nothing_of_their_own() -> None:
    for char in "\u200d\ufe0f\ufe0e\U0001f3fb\U0001f3ff\U000e0067":
        assert emoji_component(char)
        assert not needs_glyph(char) or char == "\U000e0067"  # tags are Cf: no glyph either
    assert not emoji_component("👍") and needs_glyph("👍")


@pytest.mark.parametrize("role", FALLBACK_ROLES)
def test_a_fallback_subset_passes_ots_and_keeps_the_glyphs(role: str, tmp_path: Path) -> None:
    face = load_fonts().face(role)
    wanted = [char for char in TEXT if face.has(char) and needs_glyph(char)]
    assert wanted, role
    data = subset_bytes(face, "".join(wanted))
    _sanitize(data, tmp_path)
    font = TTFont(io.BytesIO(data))
    assert set(map(ord, wanted)) <= set(font.getBestCmap())
    assert font["name"].getDebugName(6) == face.name  # unmodified names: a subset, not renamed


def _ligatures(font: TTFont) -> dict[tuple[str, ...], str]:
    """(first glyph, components…) -> ligature glyph, for every GSUB ligature of ``font``."""
    found = {}
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for table in lookup.SubTable:
            table = table.ExtSubTable if lookup.LookupType == 7 else table
            for first, ligatures in getattr(table, "ligatures", {}).items():
                for ligature in ligatures:
                    found[(first, *ligature.Component)] = ligature.LigGlyph
    return found


def test_an_emoji_subset_keeps_the_ligatures_of_its_sequences(tmp_path: Path) -> None:
    """Noto Emoji sets a skin tone, a family and a flag by GSUB ligatures (👍🏽 as 👍: a face
    without colour absorbs the tone). A subset for a text with such a sequence keeps them, with
    the glyphs they make; without its GSUB a reader draws 👍 and then the tone's swatch, and the
    family as three people. A subset for a text without any keeps no layout table."""
    from convertkit.fonts import FontFace, cut_subset

    face: FontFace = load_fonts().face("emoji")
    data = subset_bytes(face, "点赞👍🏽，一家人👨‍👩‍👧，🇨🇳")
    _sanitize(data, tmp_path)
    assert _file_checksum(data) == 0xB1B0AFBA
    font = TTFont(io.BytesIO(data))
    cmap = font.getBestCmap()
    ligatures = _ligatures(font)
    assert ligatures[(cmap[0x1F44D], cmap[0x1F3FD])] == cmap[0x1F44D]  # the tone absorbed
    family = (cmap[0x1F468], cmap[0x200D], cmap[0x1F469], cmap[0x200D], cmap[0x1F467])
    assert family in ligatures and ligatures[family] not in family  # a glyph of its own, kept
    assert font["name"].getDebugName(6) == face.name
    plain = TTFont(io.BytesIO(subset_bytes(face, "点赞👍😂")))
    assert "GSUB" not in plain and 0x1F44D in plain.getBestCmap()
    # the same characters, the same subset (its digest names it in the DOCX)
    assert cut_subset(face, "👍🏽").digest == cut_subset(face, "🏽👍").digest != cut_subset(face, "👍").digest


# --- the writers -----------------------------------------------------------------------------


def test_pdf_embeds_the_fallback_subsets_and_text_round_trips(tmp_path: Path) -> None:
    data, reports = _write("pdf", _document())
    assert [report for report in reports if "no shipped font" in report.message] == []
    pdf = tmp_path / "symbols.pdf"
    pdf.write_bytes(data)
    embedded = {row[0].split("+", 1)[1]: row for row in pdffonts(pdf)}
    for name in ("NotoSansSymbols2-Regular", "NotoSansSymbols-Regular", "NotoSansMath-Regular", "NotoEmoji-Regular"):
        assert name in embedded, name
        assert embedded[name][-5:-2] == ["yes", "yes", "yes"]  # embedded, subset, ToUnicode
    text = "".join(pdftotext(pdf).split())
    # Emoji beyond the BMP round-trip (the ToUnicode map has UTF-16 surrogate pairs); variation
    # selectors and skin tones are not drawn, so they are not extracted either; the family is
    # the face's one glyph for it, read back as its sequence, joiners and all (``pdf_emoji``).
    for piece in (SYMBOLS, MATH, "链接👇不要错过🔥", "点赞👍笑死😂", "我爱你❤，", "一家人👨\u200d👩\u200d👧", "✅❌⭐"):
        assert piece in text, piece


SEQUENCES = ("1\ufe0f\u20e3", "#\u20e3", "🇨🇳", "👨\u200d👩\u200d👧", "👩🏽\u200d💻", "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f")


def test_pdf_draws_each_emoji_sequence_as_the_faces_one_glyph_and_reads_it_back(tmp_path: Path) -> None:
    """A keycap, a flag, a family, a person at work with a skin tone, Scotland's flag: each the
    emoji face's ligature (as Word and browsers draw it), one emoji wide, and extracted as its
    sequence less what is not drawn (variation selectors, skin tones)."""
    pdf = tmp_path / "sequences.pdf"
    # a title without emoji: pdftotext -bbox writes a title's surrogate pairs as two characters
    pdf.write_bytes(_write("pdf", _document("要点 " + " 和 ".join(SEQUENCES) + " 完。", "表情序列"))[0])
    words = dict.fromkeys(pdftotext(pdf, "-bbox").split("<word ")[1:])
    boxes = {}
    for word in words:
        left, right = (float(word.split(f'{edge}="')[1].split('"')[0]) for edge in ("xMin", "xMax"))
        boxes[word.split(">", 1)[1].split("<", 1)[0]] = right - left
    expected = ["1\u20e3", "#\u20e3", "🇨🇳", "👨\u200d👩\u200d👧", "👩\u200d💻",
                "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"]
    import html

    read = {html.unescape(text): width for text, width in boxes.items()}
    for sequence in expected:
        assert sequence in read, (sequence, list(read))
        assert read[sequence] < 20, (sequence, read[sequence])  # one glyph of about 1.3 em, not two to six


def test_joining_leaves_other_text_and_unjoinable_sequences_as_they_are() -> None:
    from convertkit.writers.pdf_emoji import is_ligature, join_sequences

    face = load_fonts().face("emoji")
    for text in ("没有表情的文字。", "👍🏻 is 👍 without colour", "❤️", "A\u200dB", "1\u20e3"[::-1]):
        assert join_sequences(text, face) == text
    joined = join_sequences("家👨\u200d👩\u200d👧人", face)
    assert len(joined) == 3 and is_ligature(joined[1]) and joined[::2] == "家人"


def test_pdf_of_an_article_without_symbols_embeds_no_fallback(tmp_path: Path) -> None:
    data, _ = _write("pdf", _document("只有汉字、标点和数字123的一篇文章。", "标题"))
    pdf = tmp_path / "plain.pdf"
    pdf.write_bytes(data)
    assert not [row for row in pdffonts(pdf) if "Symbols" in row[0] or "Emoji" in row[0] or "Math" in row[0]]


def test_pdf_extension_b_still_warns() -> None:
    _, reports = _write("pdf", _document("人名𠀀。"))
    assert [report.message for report in reports if "U+20000" in report.message]


def test_each_pdf_reports_a_character_no_face_has() -> None:
    # the faces chosen per character are kept for the process: a second document must still warn
    for _ in range(2):
        _, reports = _write("pdf", _document("人名\U000f0001。"))
        assert [report.message for report in reports if "U+F0001" in report.message]


def _docx_runs(data: bytes) -> list[tuple[str, str | None]]:
    from lxml import etree

    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    runs = []
    for run in root.iter(f"{{{ns['w']}}}r"):
        fonts = run.find("w:rPr/w:rFonts", ns)
        family = None if fonts is None else fonts.get(f"{{{ns['w']}}}eastAsia") or fonts.get(f"{{{ns['w']}}}ascii")
        runs.append(("".join(run.itertext()), family))
    return runs


def test_docx_sets_symbols_and_emoji_in_the_embedded_fallback_subsets() -> None:
    data, reports = _write("docx", _document())
    assert [report for report in reports if "no shipped font" in report.message] == []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        table = package.read("word/fontTable.xml").decode()
    for family in ("Noto Sans Symbols2", "Noto Sans Symbols", "Noto Sans Math", "Noto Emoji"):
        assert f'w:altName w:val="{family}"' in table, family
    runs = _docx_runs(data)
    emoji_runs = [text for text, family in runs if family and family.startswith("Noto Emoji")]
    # The emoji with their skin tone and joiners, in the emoji face's runs; the variation
    # selector after ❤ (a Symbols 2 character) too, where a reader finds a glyph for it.
    assert "👍🏻" in emoji_runs and "👨‍👩‍👧" in emoji_runs and "\ufe0f" in "".join(emoji_runs)
    assert any(text == "➨➤✔✘✉" for text, family in runs if family and family.startswith("Noto Sans Symbols2"))


def test_epub_embeds_the_fallback_subsets(epubcheck) -> None:  # noqa: F811 - test_epub's fixture
    data, reports = _write("epub", _document())
    assert [report for report in reports if "no bundled font" in report.message] == []
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        names = book.namelist()
        css = book.read("EPUB/style.css").decode()
        emoji = TTFont(io.BytesIO(book.read("EPUB/fonts/NotoEmoji-Regular.ttf")))
    for file in ("NotoSansSymbols2-Regular", "NotoSansSymbols-Regular", "NotoSansMath-Regular", "NotoEmoji-Regular"):
        assert f"EPUB/fonts/{file}.ttf" in names and f"fonts/{file}.ttf" in css
    assert {ord(char) for char in "👇🔥👍😂🚲\ufe0f\u200d"} <= set(emoji.getBestCmap())
    assert epubcheck(data) == []



@pytest.mark.slow
def test_chromium_sets_an_emoji_with_a_skin_tone_as_one_emoji(tmp_path: Path) -> None:
    """The EPUB's emoji subset, in a browser: 👍🏽 as wide as 👍 (the ligature absorbs the tone),
    a family as wide as one person; the tone alone still draws its swatch."""
    import shutil

    from test_epub import body_data

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed")
    data, _ = _write("epub", _document("点赞👍🏽，一家人👨‍👩‍👧，肤色🏽，赞👍。"))
    folder = tmp_path / "book"
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        book.extractall(folder)
    page = folder / "EPUB" / "measure.html"
    spans = {"plain": "👍", "toned": "👍🏽", "family": "👨\u200d👩\u200d👧", "tone": "🏽"}
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        '<style>@font-face { font-family: "emoji only"; src: url("fonts/NotoEmoji-Regular.ttf"); }'
        ' span { font-family: "emoji only"; white-space: pre; }</style></head><body>'
        + "".join(f'<p><span id="{key}">{text}</span></p>' for key, text in spans.items())  # shaped apart
        + '<script>document.fonts.ready.then(() => { document.body.dataset.widths = '
        + str(list(spans)).replace("'", '"')
        + '.map(id => document.getElementById(id).getBoundingClientRect().width).join(" "); });</script>'
        "</body></html>", encoding="utf-8")
    plain, toned, family, tone = (float(width) for width in body_data(chromium, page, tmp_path, "widths").group(1).split())
    assert plain > 0 and abs(toned - plain) < 0.05 * plain and abs(family - plain) < 0.05 * plain, (plain, toned, family)
    assert tone > 0.5 * plain  # the control: alone, the tone is a swatch of its own


@pytest.mark.parametrize("kind", ["pdf", "docx", "epub"])
def test_characters_no_face_has_are_named_in_one_warning(kind: str) -> None:
    """Arabic words in a Chinese story lack a dozen glyphs: one line names them all (the first
    twelve, then how many more), not one line a character."""
    arabic = "مرحبا بالعالم وأهلا وسهلا يا أصدقاء"
    _, reports = _write(kind, _document("中文段落：" + arabic + "。"))
    missing = [report.message for report in reports if "no shipped font" in report.message
               or "no bundled font" in report.message]
    assert len(missing) == 1, missing
    assert missing[0].count("(U+06") == 12 and "and 4 more" in missing[0]
