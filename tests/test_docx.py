"""The DOCX briefing writer, checked on the artefact: zip parts, their XML, the fonts inside.

python-docx reopening the file is the first check, not the only one: most assertions read
``word/*.xml`` with lxml, because what Word and LibreOffice see is the XML, not python-docx's
view of it.
"""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
import zipfile
from functools import cache
from pathlib import Path

import docx
import pytest
from fontTools.ttLib import TTFont
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import convertkit
from conftest import every_block_document, require_tool
from convertkit.cli import main as cli_main
from convertkit.model import (
    BLOCK_TYPES,
    Attachments,
    Caption,
    Document,
    EditorLine,
    EditorNote,
    EndMark,
    Heading,
    Imprint,
    Lead,
    Meta,
    Paragraph,
    Point,
    RelatedLinks,
    Salutation,
    SeriesLabel,
    Signature,
    Turn,
)
from convertkit.style import load_style
from convertkit.writers.docx_fonts import deobfuscate, font_key, obfuscate
from convertkit.writers.docx_styles import CREDIT_LANG

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}
HAN = re.compile(r"[\u3400-\u9fff]")
EMU_PER_MM = 36000


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def as_written(text: str) -> str:
    """Paragraph text without the glue of a photo credit (word joiners, no-break spaces),
    which the DOCX writer adds on purpose: what the model's text says."""
    return text.replace("\u2060", "").replace("\u00a0", " ")


# Which Word style each block kind's paragraph carries.
STYLE_OF_KIND = {
    EditorNote: "EditorNote",
    SeriesLabel: "SeriesLabel",
    Lead: "Lead",
    Heading: "Heading2",
    Paragraph: "Body",
    Caption: "Caption",
    Point: "Point",
    Turn: "Turn",
    EndMark: "EndMark",
    Salutation: "Salutation",
    Signature: "Signature",
    Attachments: "Attachments",
    Imprint: "Imprint",
    RelatedLinks: "RelatedLinks",
    EditorLine: "EditorLine",
}


@cache
def rendered(
    style: str = "briefing", language: str = "zh-Hans", region: str | None = None, **options: object
) -> bytes:
    return convertkit.render(every_block_document(language=language, region=region), "docx", style=style, **options)


class Package:
    """A DOCX opened as what it is: a zip of XML parts."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.zip = zipfile.ZipFile(io.BytesIO(data))

    def names(self) -> list[str]:
        return self.zip.namelist()

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    def style(self, style_id: str) -> etree._Element:
        found = self.xml("word/styles.xml").find(f"w:style[@w:styleId='{style_id}']", NS)
        assert found is not None, f"no style {style_id}"
        return found

    def effective(self, style_id: str, path: str) -> etree._Element:
        """The element ``path`` as the style has it, directly or through its basedOn chain."""
        style = self.style(style_id)
        while True:
            found = style.find(path, NS)
            if found is not None:
                return found
            parent = style.find("w:basedOn", NS)
            assert parent is not None, f"{style_id} has no {path}, nor do its parents"
            style = self.style(parent.get(w("val")))

    def half_points(self, style_id: str) -> int:
        return int(self.effective(style_id, "w:rPr/w:sz").get(w("val")))

    def paragraphs(self) -> list[tuple[str, str]]:
        """(style id, text) of every body paragraph, in order."""
        out = []
        for p in self.xml("word/document.xml").iter(w("p")):
            style = p.find("w:pPr/w:pStyle", NS)
            out.append((style.get(w("val")) if style is not None else "", as_written("".join(p.itertext()))))
        return out

    def family_of(self, name: str) -> str:
        """The family a font name of ``w:rFonts`` stands for: an embedded subset's name is the
        family tagged with its content (``Noto Serif SC 5QKX2M7A``), whose font table entry
        keeps the family as ``w:altName``; any other name is the family itself."""
        for font in self.xml("word/fontTable.xml").iterfind("w:font", NS):
            if font.get(w("name")) == name:
                alternate = font.find("w:altName", NS)
                return alternate.get(w("val")) if alternate is not None else name
        raise AssertionError(f"{name!r} is not in the font table")

    def embedded_faces(self) -> dict[tuple[str, str], TTFont]:
        """(family, embed element) -> the de-obfuscated font, read the way Word reads it."""
        rels = {
            rel.get("Id"): rel.get("Target") for rel in self.xml("word/_rels/fontTable.xml.rels")
        }
        faces = {}
        for font in self.xml("word/fontTable.xml").iterfind("w:font", NS):
            for embed in font:
                if not embed.tag.startswith(w("embed")):
                    continue
                data = self.zip.read("word/" + rels[embed.get(f"{{{R}}}id")])
                faces[(self.family_of(font.get(w("name"))), embed.tag.split("}")[1])] = TTFont(
                    io.BytesIO(deobfuscate(data, embed.get(w("fontKey"))))
                )
        return faces


# --- obfuscation ----------------------------------------------------------------------------


def test_font_key_is_a_stable_upper_case_guid() -> None:
    key = font_key("Noto Serif SC", "regular")
    assert re.fullmatch(r"\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", key)
    assert key == font_key("Noto Serif SC", "regular")
    assert key != font_key("Noto Serif SC", "bold")


def test_obfuscation_follows_ecma_376() -> None:
    """§17.8.1: XOR the first 32 bytes with the GUID's bytes read from the end."""
    key = "{00112233-4455-6677-8899-AABBCCDDEEFF}"
    data = bytes(range(40))
    scrambled = obfuscate(data, key)
    reversed_key = bytes.fromhex("FFEEDDCCBBAA99887766554433221100")
    assert scrambled[:32] == bytes(b ^ reversed_key[i % 16] for i, b in enumerate(data[:32]))
    assert scrambled[32:] == data[32:]
    assert deobfuscate(scrambled, key) == data


# --- the package ----------------------------------------------------------------------------


def test_python_docx_reopens_it_with_every_block_in_order() -> None:
    reopened = docx.Document(io.BytesIO(rendered()))
    texts = [as_written(p.text) for p in reopened.paragraphs]
    document = every_block_document()
    # the headline takes two lines: broken at its phrase break, as the PDF sets it
    assert texts[0] == document.meta.title.replace("：", "：\n", 1)
    assert texts[1] == "中新网 · 2019年1月17日 23:10 · 记者 林玲"
    joined = "\n".join(texts)
    position = 0
    for block in document.blocks:
        needle = block.items[-1].title if isinstance(block, RelatedLinks) else block.text[-6:]
        found = joined.find(needle, position)
        assert found >= 0, f"{block.kind} missing or out of order: {needle}"
        position = found
    assert reopened.paragraphs[0].style.name == "Title"


def test_every_block_kind_gets_its_named_style() -> None:
    package = Package(rendered())
    paragraphs = package.paragraphs()
    assert set(STYLE_OF_KIND) == set(BLOCK_TYPES)
    for block in every_block_document().blocks:
        style_id = STYLE_OF_KIND[type(block)]
        text = block.items[0].title if isinstance(block, RelatedLinks) else block.text[-6:]
        if isinstance(block, EndMark):  # run into the point it closes, in its character style
            assert any(style == "Point" and body.endswith("（完）") for style, body in paragraphs)
            continue
        assert any(style == style_id and text in body for style, body in paragraphs), (
            block.kind,
            style_id,
        )
    assert ("RelatedLinksHeading", "相关链接") in paragraphs
    # The dateline leads the lead, in its own character style.
    lead = next(
        p
        for p in package.xml("word/document.xml").iter(w("p"))
        if p.find("w:pPr/w:pStyle", NS).get(w("val")) == "Lead"
    )
    first_run = lead.find("w:r", NS)
    assert first_run.find("w:rPr/w:rStyle", NS).get(w("val")) == "Dateline"
    assert "".join(first_run.itertext()) == "中新网福建新闻1月17日电（林玲）"


def test_no_direct_formatting_where_a_style_can_carry_it() -> None:
    """A paragraph says only which style it has; a run at most its character style, the
    East Asian hint, or a switch of face for characters its style's face cannot set (the
    quotes 楷 sets half-width here; missing glyphs: see below). Restyling "Body" in Word then
    restyles every body paragraph."""
    package = Package(rendered())
    document = package.xml("word/document.xml")
    for paragraph_properties in document.iter(w("pPr")):
        if paragraph_properties.getparent().tag == w("p"):
            assert [child.tag for child in paragraph_properties] == [w("pStyle")]
    for run_properties in document.iter(w("rPr")):
        for child in run_properties:
            assert child.tag in (w("rStyle"), w("rFonts"), w("lang"))
            if child.tag == w("lang"):  # a doubled mark (——, ……) kept whole by LibreOffice
                assert dict(child.attrib) == {w("eastAsia"): CREDIT_LANG}
                assert re.fullmatch("—{2,}|…{2,}|⋯{2,}", "".join(run_properties.getparent().itertext()))
            if child.tag == w("rFonts") and dict(child.attrib) != {w("hint"): "eastAsia"}:
                text = "".join(run_properties.getparent().itertext())
                assert re.fullmatch("[“”‘’]+", text), text
                name = child.get(w("eastAsia"))
                assert package.family_of(name) == "Noto Serif SC"
                assert dict(child.attrib) == {
                    **{w(slot): name for slot in ("ascii", "hAnsi", "eastAsia", "cs")},
                    w("hint"): "eastAsia",
                }


def test_every_style_used_is_defined() -> None:
    """A style id missing from styles.xml is silently ignored by Word: none may be missing."""
    package = Package(rendered(masthead="简报", issue_no=1, org="办公室"))
    defined = {
        style.get(w("styleId")) for style in package.xml("word/styles.xml").iterfind("w:style", NS)
    }
    used = set()
    for name in package.names():
        if re.fullmatch(r"word/(document|header\d+|footer\d+)\.xml", name):
            part = package.xml(name)
            used |= {e.get(w("val")) for e in part.iter(w("pStyle"), w("rStyle"))}
    assert used and used <= defined, used - defined


# Children in schema order (ECMA-376 Part 1), for the elements the writer builds itself.
SCHEMA_ORDER = {
    "style": """name aliases basedOn next link autoRedefine hidden uiPriority semiHidden
        unhideWhenUsed qFormat locked personal personalCompose personalReply rsid pPr rPr tblPr
        trPr tcPr tblStylePr""",
    "pPr": """pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr
        suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct
        topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind
        contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment
        textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange""",
    "rPr": """rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint
        noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u
        effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath""",
    "pBdr": "top left bottom right between bar",
    "sectPr": """headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc
        pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi
        rtlGutter docGrid printerSettings sectPrChange""",
    "font": """altName panose1 charset family notTrueType pitch sig embedRegular embedBold
        embedItalic embedBoldItalic""",
    "docDefaults": "rPrDefault pPrDefault",
}


def _check_order(element: etree._Element, order: list[str], where: str) -> None:
    positions = [order.index(child.tag) for child in element]  # an unknown child fails here too
    assert positions == sorted(positions), (where, [child.tag.split("}")[1] for child in element])


@pytest.mark.parametrize("style", ["briefing", "gbt9704"])
def test_children_are_in_schema_order(style: str) -> None:
    """Word refuses a file whose elements are out of schema order; LibreOffice does not, so
    the round trip cannot catch it. Check every element the writer builds."""
    from docx.oxml.ns import qn

    from convertkit.writers.docx import _SETTINGS_ORDER

    package = Package(rendered(style=style, masthead="简报", issue_no=1, org="办公室"))
    orders = {w(tag): [w(name) for name in names.split()] for tag, names in SCHEMA_ORDER.items()}
    checked = 0
    for name in package.names():
        if not re.fullmatch(r"word/(styles|document|header\d+|footer\d+|fontTable)\.xml", name):
            continue
        for element in package.xml(name).iter(*orders):
            if element.tag == w("rPr") and element.getparent().tag == w("pPr"):
                continue  # the paragraph mark's run properties: we write none
            _check_order(element, orders[element.tag], name)
            checked += 1
    settings_xml = package.xml("word/settings.xml")
    _check_order(
        settings_xml,
        [qn(tag) for tag in _SETTINGS_ORDER]
        + [
            child.tag for child in settings_xml if child.tag.startswith("{http://schemas.microsoft")
        ],
        "settings",
    )
    assert checked > 80


def test_every_style_names_east_asian_latin_fonts_and_language() -> None:
    package = Package(rendered())
    styles = package.xml("word/styles.xml")
    families = {
        font.get(w("name")) for font in package.xml("word/fontTable.xml").iterfind("w:font", NS)
    }
    ours = [
        style
        for style in styles.iterfind("w:style", NS)
        if style.get(w("styleId")) not in {"DefaultParagraphFont", "TableNormal", "NoList"}
    ]
    assert len(ours) >= 20
    for style in ours:
        fonts = style.find("w:rPr/w:rFonts", NS)
        assert fonts is not None, style.get(w("styleId"))
        east_asian = fonts.get(w("eastAsia"))
        assert east_asian in families
        assert fonts.get(w("ascii")) == fonts.get(w("hAnsi")) == east_asian
        expected = CREDIT_LANG if style.get(w("styleId")) == "PhotoCredit" else "zh-CN"
        assert style.find("w:rPr/w:lang", NS).get(w("eastAsia")) == expected
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert defaults.find("w:rFonts", NS).get(w("eastAsia")) in families
    assert defaults.find("w:lang", NS).get(w("eastAsia")) == "zh-CN"


@pytest.mark.parametrize(("region", "tag"), [(None, "zh-TW"), ("HK", "zh-HK")])
def test_traditional_chinese_is_tagged_by_region(region: str | None, tag: str) -> None:
    package = Package(rendered(language="zh-Hant", region=region))
    assert package.style("Body").find("w:rPr/w:lang", NS).get(w("eastAsia")) == tag
    assert (
        package.xml("docProps/core.xml").findtext("{http://purl.org/dc/elements/1.1/}language")
        == tag
    )
    assert (
        package.xml("word/fontTable.xml").find("w:font/w:charset", NS).get(w("val")) == "88"
    )  # Big5


def test_body_indents_two_characters_justified_with_chinese_layout() -> None:
    package = Package(rendered())
    body = package.style("Body")
    indent = body.find("w:pPr/w:ind", NS)
    assert indent.get(w("firstLineChars")) == "200"
    assert int(indent.get(w("firstLine"))) == 2 * package.half_points("Body") * 10  # 2 em in twips
    assert body.find("w:pPr/w:jc", NS).get(w("val")) == "both"
    for tag in ("kinsoku", "autoSpaceDE", "autoSpaceDN"):
        assert body.find(f"w:pPr/w:{tag}", NS) is not None, tag
    # Latin words and numbers never split: no "allow Latin text to wrap mid-word" anywhere.
    styles = package.xml("word/styles.xml")
    assert all(e.get(w("val")) not in ("0", "false") for e in styles.iter(w("wordWrap")))
    spacing = body.find("w:pPr/w:spacing", NS)
    assert (
        spacing.get(w("lineRule")) == "exact"
        and int(spacing.get(w("line"))) > package.half_points("Body") * 10
    )
    for style_id in ("Lead", "Point", "EndMark"):
        assert package.style(style_id).find("w:basedOn", NS).get(w("val")) == "Body"
    point_heading = package.style("PointHeading")
    assert point_heading.get(w("type")) == "character"
    bold = point_heading.find("w:rPr/w:b", NS)
    assert bold is not None and bold.get(w("val")) in (None, "1", "true")
    settings_xml = package.xml("word/settings.xml")
    spacing_control = settings_xml.find("w:characterSpacingControl", NS)
    assert spacing_control.get(w("val")) == "compressPunctuation"
    # The GB kinsoku lists: closing marks never start a line, opening marks never end one.
    before = settings_xml.find("w:noLineBreaksBefore", NS)
    after = settings_xml.find("w:noLineBreaksAfter", NS)
    assert before.get(w("lang")) == after.get(w("lang")) == "zh-CN"
    assert set("，。、；：？！）》」』”’…") <= set(before.get(w("val")))
    assert set("（《「『“‘") <= set(after.get(w("val")))
    assert not set(before.get(w("val"))) & set(after.get(w("val")))


def test_quotes_in_chinese_runs_are_hinted_east_asian() -> None:
    document = Package(rendered()).xml("word/document.xml")
    for run in document.iter(w("r")):
        text = "".join(t.text or "" for t in run.iterfind("w:t", NS))
        hint = run.find("w:rPr/w:rFonts", NS)
        if re.search("[“”‘’]", text) and HAN.search(text):
            assert hint is not None and hint.get(w("hint")) == "eastAsia", text
        elif not re.search("[“”‘’]", text):
            assert hint is None, text


def quotes_document() -> Document:
    """Curly quotes in 楷 roles (note, caption; in gbt9704 also the body and bold point heads)
    and in 宋 and 黑 ones."""
    return Document(
        meta=Meta(title="标题“甲”"),
        blocks=(
            EditorNote(text="编者按：这是“编者按”的正文。", raw="x"),
            Caption(text="图为‘龙岩’“模式”。", raw="x"),
            Paragraph(text="正文“龙岩”模式。", raw="x"),
            Point(
                number=1,
                heading="健全“融合”机制",
                text="第一，健全“融合”机制。正文。",
                raw="x",
                label="第一",
            ),
        ),
    )


def runs_by_style(package: Package) -> dict[str, list[tuple[str, etree._Element | None]]]:
    """Paragraph style id -> (text, w:rFonts or None) of each run of its paragraphs."""
    out: dict[str, list[tuple[str, etree._Element | None]]] = {}
    for paragraph in package.xml("word/document.xml").iter(w("p")):
        style_id = paragraph.find("w:pPr/w:pStyle", NS).get(w("val"))
        for run in paragraph.iterfind("w:r", NS):
            text = "".join(t.text or "" for t in run.iterfind("w:t", NS))
            out.setdefault(style_id, []).append((text, run.find("w:rPr/w:rFonts", NS)))
    return out


def assert_quotes_switched_to_serif(package: Package, runs: list[tuple[str, etree._Element | None]]) -> None:
    """Every quote is in a run of its own face, Noto Serif SC (its embedded subset) in all four
    slots and hinted East Asian; every other run keeps its style's font (no rFonts)."""
    assert any(re.search("[“”‘’]", text) for text, _ in runs)
    for text, fonts in runs:
        if re.search("[“”‘’]", text):
            assert re.fullmatch("[“”‘’]+", text), text
            assert fonts is not None, text
            names = {fonts.get(w(slot)) for slot in ("ascii", "hAnsi", "eastAsia", "cs")}
            assert len(names) == 1 and package.family_of(names.pop()) == "Noto Serif SC"
            assert fonts.get(w("hint")) == "eastAsia"
        else:
            assert fonts is None, text


def test_kai_quotes_are_set_in_the_full_width_serif_face() -> None:
    """楷 (LXGW WenKai) sets “ ” ‘ ’ 0.35 em wide: in a 楷 paragraph they switch to 宋, as in
    the PDF; 宋 and 黑 paragraphs, whose quotes are full width, get no extra runs."""
    package = Package(convertkit.render(quotes_document(), "docx"))
    runs = runs_by_style(package)
    assert package.family_of(package.style("Caption").find("w:rPr/w:rFonts", NS).get(w("eastAsia"))) == "LXGW WenKai"
    for style_id in ("Caption", "EditorNote"):
        assert_quotes_switched_to_serif(package, runs[style_id])
    assert "".join(text for text, _ in runs["Caption"]) == "图为‘龙岩’“模式”。"
    assert [text for text, _ in runs["Caption"]] == ["图为", "‘", "龙岩", "’“", "模式", "”", "。"]
    # 宋 body and 黑 title: one run each, only the East Asian hint on the quotes.
    for style_id, text in (("Body", "正文“龙岩”模式。"), ("Title", "标题“甲”")):
        ((only, fonts),) = runs[style_id]
        assert only == text
        assert fonts is not None and dict(fonts.attrib) == {w("hint"): "eastAsia"}
    faces = package.embedded_faces()
    assert all(ord(ch) in faces[("Noto Serif SC", "embedRegular")].getBestCmap() for ch in "“”‘’")


def test_gbt9704_body_and_bold_point_heads_borrow_quotes_in_their_weight() -> None:
    """gbt9704 sets its body in 楷: its quotes switch too, and a bold 楷 point heading takes
    the bold 宋 face's quotes, embedded as Noto Serif SC's bold member."""
    package = Package(convertkit.render(quotes_document(), "docx", style="gbt9704"))
    runs = runs_by_style(package)
    assert package.family_of(package.effective("Body", "w:rPr/w:rFonts").get(w("eastAsia"))) == "LXGW WenKai"
    for style_id in ("Body", "Caption", "EditorNote", "Point"):
        assert_quotes_switched_to_serif(package, runs[style_id])
    heading_quotes = [
        run
        for paragraph in package.xml("word/document.xml").iter(w("p"))
        for run in paragraph.iterfind("w:r", NS)
        if run.find("w:rPr/w:rStyle", NS) is not None
        and run.find("w:rPr/w:rStyle", NS).get(w("val")) == "PointHeading"
        and re.search("[“”]", "".join(run.itertext()))
    ]
    assert len(heading_quotes) == 2
    assert package.effective("PointHeading", "w:rPr/w:b") is not None
    faces = package.embedded_faces()
    bold = faces[("Noto Serif SC", "embedBold")]
    cmap, em = bold.getBestCmap(), bold["head"].unitsPerEm
    assert all(bold["hmtx"][cmap[ord(ch)]][0] == em for ch in "“”")


def test_core_properties() -> None:
    core = docx.Document(io.BytesIO(rendered())).core_properties
    assert core.title == every_block_document().meta.title
    assert core.author == "林玲"
    assert core.keywords == "军民融合; 龙岩"
    assert core.subject == "福建军民融合新年新貌系列报道"
    assert core.language == "zh-CN"
    assert (core.created.year, core.created.month, core.created.day) == (2019, 1, 17)


def page_part(package: Package, kind: str, which: str) -> etree._Element:
    """The header or footer part the section names for ``which`` page (default, first, even)."""
    section = package.xml("word/document.xml").find(".//w:body/w:sectPr", NS)
    reference = next(ref for ref in section.iterfind(f"w:{kind}Reference", NS) if ref.get(w("type")) == which)
    rels = {rel.get("Id"): rel.get("Target") for rel in package.xml("word/_rels/document.xml.rels")}
    return package.xml("word/" + rels[reference.get(f"{{{R}}}id")])


def test_header_and_page_number_footer() -> None:
    """The running header from page 2 on (page 1 opens with the title itself, as in the PDF);
    the page number on every page, the first included."""
    package = Package(rendered())
    assert package.xml("word/document.xml").find(".//w:body/w:sectPr/w:titlePg", NS) is not None
    header = "".join(page_part(package, "header", "default").itertext())
    assert header.endswith("…") and every_block_document().meta.title.startswith(header[:-1])
    first = page_part(package, "header", "first")
    assert "".join(first.itertext()) == ""
    # nor the header's rule: the Header style draws one under its paragraph
    assert {style.get(w("val")) for style in first.iter(w("pStyle"))} == {"Normal"}
    for which in ("default", "first"):
        footer = page_part(package, "footer", which)
        assert " PAGE " in "".join(t.text for t in footer.iter(w("instrText")))
        runs = "".join(t.text or "" for t in footer.iter(w("t")))
        assert runs.startswith("— ") and runs.endswith(" —")


def test_fonts_are_embedded_as_obfuscated_subsets_covering_the_text() -> None:
    package = Package(rendered())
    names = package.names()
    font_parts = [name for name in names if name.startswith("word/fonts/")]
    assert font_parts and all(name.endswith(".odttf") for name in font_parts)
    content_types = package.xml("[Content_Types].xml")
    ct_ns = {"ct": "http://schemas.openxmlformats.org/package/2006/content-types"}
    odttf = content_types.find("ct:Default[@Extension='odttf']", ct_ns)
    obfuscated = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
    assert odttf.get("ContentType") == obfuscated
    table = package.xml("word/fontTable.xml")
    assert table.find("w:font/w:embedRegular", NS) is not None
    settings_xml = package.xml("word/settings.xml")
    assert settings_xml.find("w:embedTrueTypeFonts", NS) is not None
    assert settings_xml.find("w:saveSubsetFonts", NS) is not None
    faces = package.embedded_faces()
    assert len(faces) == len(font_parts)
    # A raw part is not a font until de-obfuscated: the key matters.
    assert package.zip.read(font_parts[0])[:4] not in (b"\x00\x01\x00\x00", b"true", b"OTTO")
    text = "".join(
        package.xml(name).xpath("string()")
        for name in names
        if re.fullmatch(r"word/(document|header\d+|footer\d+)\.xml", name)
    )
    han = set(HAN.findall(text))
    assert len(han) > 50
    covered = set()
    for face in faces.values():
        assert "glyf" in face and face["maxp"].numGlyphs < 2000  # a subset, not the whole font
        covered |= {chr(cp) for cp in face.getBestCmap()}
    assert han <= covered
    # The body family alone covers every Han character of the body paragraphs.
    body_family = package.family_of(package.style("Body").find("w:rPr/w:rFonts", NS).get(w("eastAsia")))
    body_text = "".join(
        "".join(run.itertext())
        for paragraph in package.xml("word/document.xml").iter(w("p"))
        if paragraph.find("w:pPr/w:pStyle", NS).get(w("val")) in ("Body", "Lead", "Point")
        for run in paragraph.iterfind("w:r", NS)
        if run.find("w:rPr/w:rStyle", NS) is None
    )
    body_cmap = {chr(cp) for cp in faces[(body_family, "embedRegular")].getBestCmap()}
    assert set(HAN.findall(body_text)) <= body_cmap
    # The bold character style's family has its bold face embedded.
    point_family = package.family_of(package.style("PointHeading").find("w:rPr/w:rFonts", NS).get(w("eastAsia")))
    assert (point_family, "embedBold") in faces


def test_no_embed_fonts_gives_no_font_parts_and_a_much_smaller_file() -> None:
    embedded = rendered()
    plain = rendered(embed_fonts=False)
    package = Package(plain)
    assert not [name for name in package.names() if name.startswith("word/fonts/")]
    assert "word/_rels/fontTable.xml.rels" not in package.names()
    assert package.xml("word/fontTable.xml").find(".//w:embedRegular", NS) is None
    assert package.xml("word/settings.xml").find("w:embedTrueTypeFonts", NS) is None
    assert len(plain) * 4 < len(embedded)
    # The families are still declared, so Word can substitute sensibly.
    assert len(package.xml("word/fontTable.xml").findall("w:font", NS)) >= 2


@pytest.mark.parametrize("embed", [True, False])
def test_package_parts_relationships_and_content_types_agree(embed: bool) -> None:
    """Every internal relationship points at a part that exists, every part is reached by a
    relationship, and every part has a content type: what Word checks before it opens a file."""
    import posixpath

    package = Package(rendered(masthead="简报", issue_no=1, org="办公室", embed_fonts=embed))
    names = set(package.names())
    types = package.xml("[Content_Types].xml")
    defaults = {e.get("Extension") for e in types if e.tag.endswith("Default")}
    overrides = {e.get("PartName").lstrip("/") for e in types if e.tag.endswith("Override")}
    reached = set()
    for rels_name in (name for name in names if name.endswith(".rels")):
        folder = posixpath.dirname(posixpath.dirname(rels_name))
        for rel in package.xml(rels_name):
            if rel.get("TargetMode") == "External":
                continue
            target = posixpath.normpath(posixpath.join(folder, rel.get("Target")))
            assert target in names, (rels_name, target)
            reached.add(target)
    parts = {name for name in names if not name.endswith(".rels") and name != "[Content_Types].xml"}
    assert parts == reached
    for part in parts:
        assert part in overrides or part.rsplit(".", 1)[1] in defaults, part
    assert overrides <= names


def test_related_link_addresses_are_live_hyperlinks() -> None:
    package = Package(rendered())
    rels = {rel.get("Id"): rel for rel in package.xml("word/_rels/document.xml.rels")}
    links = package.xml("word/document.xml").findall(".//w:hyperlink", NS)
    assert len(links) == 1
    rel = rels[links[0].get(f"{{{R}}}id")]
    assert rel.get("Target") == "http://www.fj.chinanews.com/news/2019/431254.html?a=1&b=2"
    assert rel.get("TargetMode") == "External" and rel.get("Type").endswith("/hyperlink")
    assert links[0].find("w:r/w:rPr/w:rStyle", NS).get(w("val")) == "Hyperlink"
    assert package.effective("Hyperlink", "w:rPr/w:u").get(w("val")) == "single"


def test_output_is_reproducible_with_fixed_zip_times() -> None:
    first = convertkit.render(every_block_document(), "docx")
    assert first == convertkit.render(every_block_document(), "docx")
    for info in zipfile.ZipFile(io.BytesIO(first)).infolist():
        assert info.date_time == (2019, 1, 17, 23, 10, 0)


def test_output_is_the_same_in_another_process(seed_path: Path, tmp_path: Path) -> None:
    """Nothing depends on hash order or the clock: another interpreter, with another hash
    seed, writes the same bytes."""
    import os
    import subprocess
    import sys

    here = convertkit.render(convertkit.read(seed_path), "docx", style="gbt9704", masthead="简报")
    script = (
        "import sys, convertkit; sys.stdout.buffer.write(convertkit.render("
        f"convertkit.read({str(seed_path)!r}), 'docx', style='gbt9704', masthead='简报'))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": os.pathsep.join(sys.path)}
    there = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, check=True)
    assert there.stdout == here


def test_briefing_page_and_no_grid() -> None:
    section = docx.Document(io.BytesIO(rendered())).sections[0]
    assert (
        round(section.page_width / EMU_PER_MM) == 210
        and round(section.page_height / EMU_PER_MM) == 297
    )
    grid = Package(rendered()).xml("word/document.xml").find(".//w:sectPr/w:docGrid", NS)
    assert grid.get(w("type")) is None


def test_gbt9704_metrics_grid_and_odd_even_page_numbers() -> None:
    data = rendered(style="gbt9704")
    section = docx.Document(io.BytesIO(data)).sections[0]
    margins = [
        round(value / EMU_PER_MM)
        for value in (
            section.top_margin,
            section.bottom_margin,
            section.left_margin,
            section.right_margin,
        )
    ]
    assert margins == [37, 35, 28, 26]
    package = Package(data)
    grid = package.xml("word/document.xml").find(".//w:sectPr/w:docGrid", NS)
    # A line grid of 22 lines (the text block is 225 mm high)…
    assert grid.get(w("type")) == "lines"
    assert grid.get(w("linePitch")) == "579"
    assert 225 / 25.4 * 1440 / 579 >= 22 > 225 / 25.4 * 1440 / 580 - 1
    assert package.half_points("Body") == 32  # 三号
    # …and 28 characters of 三号 on the 156 mm line: the pitch Word's character grid would use
    # is recorded, and the body's letter spacing gives that count without the grid.
    line_pt = 156 / 25.4 * 72
    pitch_pt = 16 + int(grid.get(w("charSpace"))) / 4096
    assert abs(pitch_pt * 28 - line_pt) < 0.2
    letter_pt = int(package.effective("Body", "w:rPr/w:spacing").get(w("val"))) / 20
    assert 28 * (16 + letter_pt) <= line_pt < 29 * (16 + letter_pt)
    assert package.half_points("Title") == 44  # 二号
    assert package.xml("word/settings.xml").find("w:evenAndOddHeaders", NS) is not None
    assert package.xml("word/document.xml").find(".//w:headerReference", NS) is None  # none
    references = package.xml("word/document.xml").findall(".//w:sectPr/w:footerReference", NS)
    assert sorted(ref.get(w("type")) for ref in references) == ["default", "even"]
    footer_styles = set()
    for name in package.names():
        if re.fullmatch(r"word/footer\d+\.xml", name):
            footer = package.xml(name)
            footer_styles |= {s.get(w("val")) for s in footer.iter(w("pStyle"))}
            assert " PAGE " in "".join(t.text for t in footer.iter(w("instrText")))
    assert footer_styles == {"FooterOdd", "FooterEven"}
    assert package.style("FooterOdd").find("w:pPr/w:jc", NS).get(w("val")) == "right"
    assert package.style("FooterEven").find("w:pPr/w:jc", NS).get(w("val")) == "left"
    assert package.half_points("Footer") == 28  # 四号


def test_masthead() -> None:
    package = Package(rendered(masthead="舆情简报", issue_no=12, org="某某办公室"))
    paragraphs = package.paragraphs()
    assert paragraphs[:3] == [
        ("MastheadName", "舆情简报"),
        ("MastheadIssue", "第12期"),
        ("MastheadLine", "某某办公室2019年1月17日"),
    ]
    assert paragraphs[3][0] == "Title"
    line = package.xml("word/document.xml").findall(".//w:p", NS)[2]
    assert line.find(".//w:tab", NS) is not None  # org left, date at the right tab
    name = package.style("MastheadName")
    red = name.find("w:rPr/w:color", NS).get(w("val"))
    assert int(red[:2], 16) > 0x99 and int(red[2:4], 16) < 0x40  # a red
    assert package.half_points("MastheadName") >= 2 * package.half_points("Body")
    assert name.find("w:pPr/w:jc", NS).get(w("val")) == "center"
    rule = package.style("MastheadLine").find("w:pPr/w:pBdr/w:bottom", NS)
    assert rule is not None and rule.get(w("color")) == red


def test_masthead_parts_without_a_masthead_are_reported_not_dropped_silently() -> None:
    from convertkit.writers.base import Diagnostic, RenderContext
    from convertkit.writers.docx import DocxOptions, DocxWriter

    reports: list[Diagnostic] = []
    context = RenderContext(options=DocxOptions(issue_no=3), report=reports.append)
    DocxWriter().write(every_block_document(), context, io.BytesIO())
    assert len(reports) == 1 and "--masthead" in reports[0].message


# --- hostile text -----------------------------------------------------------------------------

texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=texts, body=texts, note=texts, embed=st.booleans())
def test_any_text_gives_a_valid_docx(title: str, body: str, note: str, embed: bool) -> None:
    document = Document(
        meta=Meta(title=title, reporters=(note,), keywords=(body,)),
        blocks=(
            EditorNote(text=note, raw=note),
            Paragraph(text=body, raw=body),
            Point(number=1, heading=note, text=note + body, raw=body),
        ),
    )
    data = convertkit.render(document, "docx", embed_fonts=embed)
    reopened = docx.Document(io.BytesIO(data))
    illegal = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
    text = "\n".join(p.text for p in reopened.paragraphs)

    def visible(value: str) -> str:  # python-docx shows tabs/breaks as \t and \n
        return re.sub(r"\s", "", illegal.sub("", value))

    assert visible(text).startswith(visible(title))
    assert visible(body) in visible(text)
    for name in Package(data).names():
        if name.endswith(".xml") or name.endswith(".rels"):
            etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(name))


def test_a_character_the_face_lacks_falls_back_to_a_shipped_face() -> None:
    """楷 (LXGW WenKai) has no 㐵 and Noto Serif SC no Ă: each is set in the shipped face that
    has it, embedded there, and only a character no face has is reported."""
    from convertkit.writers.base import Diagnostic, RenderContext
    from convertkit.writers.docx import DocxOptions, DocxWriter

    document = Document(
        meta=Meta(title="标题𠀀"),
        blocks=(Caption(text="图为㐵字。", raw="x"), Paragraph(text="正文Ă字𠀀", raw="x")),
    )
    reports: list[Diagnostic] = []
    out = io.BytesIO()
    DocxWriter().write(document, RenderContext(options=DocxOptions(), report=reports.append), out)
    package = Package(out.getvalue())
    runs = {"".join(run.itertext()): run for run in package.xml("word/document.xml").iter(w("r"))}
    assert package.family_of(runs["㐵"].find("w:rPr/w:rFonts", NS).get(w("eastAsia"))) == "Noto Serif SC"
    assert package.family_of(runs["Ă"].find("w:rPr/w:rFonts", NS).get(w("eastAsia"))) == "LXGW WenKai"
    assert runs["图为"].find("w:rPr", NS) is None
    faces = package.embedded_faces()
    assert ord("㐵") in faces[("Noto Serif SC", "embedRegular")].getBestCmap()
    assert ord("Ă") in faces[("LXGW WenKai", "embedRegular")].getBestCmap()
    assert [r.level for r in reports] == ["warning"] and "U+20000" in reports[0].message


def test_embedding_survives_text_outside_every_font() -> None:
    """Characters no shipped face has (an emoji, a private-use point) must not break the
    subsetting: the file is still written, with the fonts embedded."""
    document = Document(
        meta=Meta(title="标题😀\ue000"), blocks=(Paragraph(text="正文𠀀😀", raw="x"),)
    )
    package = Package(convertkit.render(document, "docx"))
    assert package.embedded_faces()


# --- the names of embedded subsets --------------------------------------------------------------

TAGGED = re.compile(r"(?P<family>.+) (?P<tag>[A-Z2-7]{8})")


def named_fonts(package: Package) -> set[str]:
    """Every font name the styles, the body, the headers and the footers give ``w:rFonts``."""
    names = set()
    for part in package.names():
        if re.fullmatch(r"word/(styles|document|header\d+|footer\d+)\.xml", part):
            for fonts in package.xml(part).iter(w("rFonts")):
                names |= {fonts.get(w(slot)) for slot in ("ascii", "hAnsi", "eastAsia", "cs")} - {None}
    return names


def font_table(package: Package) -> dict[str, etree._Element]:
    return {font.get(w("name")): font for font in package.xml("word/fontTable.xml").iterfind("w:font", NS)}


def subset_document(body: str, caption: str = "图为参加会议的代表。", title: str = "简报标题") -> Document:
    return Document(
        meta=Meta(title=title, published="2024-05-06T08:00:00+08:00", agency="新华社"),
        blocks=(Paragraph(text=body, raw="x"), Caption(text=caption, raw="x")),
    )


def test_embedded_subsets_are_named_after_their_content_everywhere_they_are_named() -> None:
    """LibreOffice keeps a document's embedded fonts by name for its whole session and gives a
    later document the first one's font of the same name: two briefings with different text
    must not embed different subsets under one name. Each embedded family is named with a tag
    of its subsets' content, in the font table (the family kept as w:altName), in every
    w:rFonts of styles, body and page furniture, and inside the fonts themselves."""
    first = Package(convertkit.render(subset_document("法国全国大罢工再次严重影响交通。", title="罢工"), "docx"))
    second = Package(convertkit.render(subset_document("龙岩因红色而闻名，更因红色而发展。", "图为龙岩。", "龙岩"), "docx"))
    tagged = {}
    for package in (first, second):
        table = font_table(package)
        assert named_fonts(package) <= set(table), named_fonts(package) - set(table)
        faces = package.embedded_faces()
        families = {family for family, _ in faces}
        assert families >= {"Noto Serif SC", "Noto Sans SC", "LXGW WenKai"}
        for name, font in table.items():
            embeds = [child for child in font if child.tag.startswith(w("embed"))]
            alternate = font.find("w:altName", NS)
            if not embeds:  # declared by a style, nothing set in it: the plain family
                assert alternate is None and not TAGGED.fullmatch(name), name
                continue
            match = TAGGED.fullmatch(name)
            assert match and alternate is not None, name
            family = alternate.get(w("val"))
            # LXGW WenKai's licence reserves "LXGW" and "霞鹜" for the unmodified font: its renamed
            # subsets are named after their role instead, as the companions are
            assert match["family"] == {"LXGW WenKai": "ck kai"}.get(family, family), name
            assert list(font).index(alternate) == 0  # CT_Font's order: altName first
            for embed in embeds:
                face = faces[(family, embed.tag.split("}")[1])]
                records = {record.nameID: record.toUnicode() for record in face["name"].names
                           if (record.platformID, record.langID) == (3, 0x409)}
                assert records[1] == name and records[4].startswith(name + " ")
                assert records[6].endswith("-" + match["tag"]) and " " not in records[6]
                assert 0 in records and 13 in records  # the copyright and the OFL stay with the glyphs
                # No other record names the font: not a typographic family, not a localised one.
                assert not [record for record in face["name"].names
                            if record.nameID in (1, 4, 16, 17) and record.toUnicode() not in (name, records[4])]
                assert not [record for record in face["name"].names if record.nameID not in (0, 7, 13, 14)
                            and any(word in record.toUnicode() for word in ("LXGW", "霞鹜"))]
            tagged[(package is first, family)] = name
    for family in ("Noto Serif SC", "Noto Sans SC", "LXGW WenKai"):
        assert tagged[(True, family)] != tagged[(False, family)], family


def test_the_same_subsets_get_the_same_names() -> None:
    """The tag is a digest of what the subsets hold: two documents whose faces set the same
    characters (here the same sentences in another order) embed the same fonts under the same
    names, which is harmless, and rendering twice gives the same file."""
    one = convertkit.render(subset_document("甲乙丙丁。戊己庚辛。", caption="壬癸。子丑。"), "docx")
    other = convertkit.render(subset_document("戊己庚辛。甲乙丙丁。", caption="子丑。壬癸。"), "docx")
    assert one != other
    assert set(font_table(Package(one))) == set(font_table(Package(other)))
    faces = {key: face["glyf"].compile(face) for key, face in Package(one).embedded_faces().items()}
    assert faces == {key: face["glyf"].compile(face) for key, face in Package(other).embedded_faces().items()}


def test_without_embedded_fonts_the_plain_families_stay() -> None:
    """Not embedded, the families mean the reader's installed fonts: no tags, no altName."""
    package = Package(rendered(embed_fonts=False))
    table = font_table(package)
    assert set(table) >= {"Noto Serif SC", "Noto Sans SC", "LXGW WenKai"}
    assert named_fonts(package) <= set(table)
    assert package.xml("word/fontTable.xml").find(".//w:altName", NS) is None


def test_traditional_companions_are_tagged_like_the_faces() -> None:
    """The centred-marks companions a Traditional briefing embeds are named by content too: the
    same companion (the same few KB in every document) keeps one name, and a family whose
    members differ (regular only, or regular and bold) gets another tag."""
    from test_epub import traditional_document

    package = Package(convertkit.render(traditional_document(), "docx"))
    table = font_table(package)
    assert named_fonts(package) <= set(table)
    marks = {TAGGED.fullmatch(name)["family"]: name for name in table if name.startswith("ck Hant Marks ")}
    assert {"ck Hant Marks serif", "ck Hant Marks kai"} <= set(marks), marks
    faces = package.embedded_faces()
    for family, name in marks.items():
        for (owner, _), face in faces.items():
            if owner == family:
                assert face["name"].getDebugName(1) == name
                assert face["name"].getDebugName(6).startswith("ckHantMarks-")
    again = font_table(Package(convertkit.render(traditional_document(), "docx")))
    assert {name for name in again if name.startswith("ck Hant Marks ")} == set(marks.values())


# --- the command ----------------------------------------------------------------------------


def test_cli_to_docx_with_masthead(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(
        "标题在此\n\n2019-01-17 23:10\n\n  正文第一段，内容。\n\n  正文第二段。\n", encoding="utf-8"
    )
    out = tmp_path / "briefing.docx"
    code = cli_main(
        [
            "to-docx",
            str(source),
            "-o",
            str(out),
            "--masthead",
            "舆情简报",
            "--issue-no",
            "12",
            "--org",
            "某某办公室",
            "--no-embed-fonts",
        ]
    )
    assert code == 0
    package = Package(out.read_bytes())
    assert package.paragraphs()[1] == ("MastheadIssue", "第12期")
    assert not [name for name in package.names() if name.startswith("word/fonts/")]


def test_seed_converts_with_embedded_fonts(seed_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "seed.docx"
    assert cli_main(["to-docx", str(seed_path), "-o", str(out)]) == 0
    reopened = docx.Document(str(out))
    assert reopened.core_properties.title.startswith("龙岩市委军民融合办主任张丽华")
    package = Package(out.read_bytes())
    assert package.style("Body").find("w:pPr/w:ind", NS).get(w("firstLineChars")) == "200"
    assert [name for name in package.names() if name.endswith(".odttf")]
    bodies = [text for style, text in package.paragraphs() if style in ("Body", "Lead", "Point")]
    assert len(bodies) >= 8
    assert any("红古田" in text for text in bodies)


# --- the corpus -----------------------------------------------------------------------------


def test_every_corpus_article_gives_a_docx_whose_fonts_cover_its_text(corpus: Path) -> None:
    """Every text, HTML and Traditional-Chinese article of the shared corpus: the DOCX opens,
    has its body paragraphs, and its embedded faces cover every Han character it shows."""
    paths = sorted(
        path
        for folder in ("text", "html", "traditional")
        for path in (corpus / folder).glob("*")
        if path.is_file()
    )
    assert len(paths) > 20
    for path in paths:
        try:
            document = convertkit.read(path)
        except convertkit.ConvertkitError:
            continue  # the reader's own tests decide what must be readable
        package = Package(convertkit.render(document, "docx"))
        docx.Document(io.BytesIO(package.data))
        assert any(style in ("Body", "Lead", "Point") for style, _ in package.paragraphs()) or not [
            block for block in document.blocks if block.kind in ("paragraph", "lead", "point")
        ], path.name
        shown = "".join(
            package.xml(name).xpath("string()")
            for name in package.names()
            if re.fullmatch(r"word/(document|header\d+|footer\d+)\.xml", name)
        )
        covered: set[int] = set()
        for face in package.embedded_faces().values():
            covered |= set(face.getBestCmap())
        missing = {ch for ch in HAN.findall(shown) if ord(ch) not in covered}
        assert not missing, (path.name, "".join(sorted(missing)))
        tag = document.meta.language_tag
        assert package.style("Body").find("w:rPr/w:lang", NS).get(w("eastAsia")) == tag


def test_a_photo_credit_is_one_unbreakable_run() -> None:
    """``李南轩 摄`` is written glued (word joiners between its characters, a no-break space for
    the space) in the PhotoCredit style, whose East Asian language makes LibreOffice break by
    Unicode rules there (see test_docx_libreoffice); the rest of the caption is untouched."""
    captions = (
        Caption(text="图为龙岩市融合发展促进会成立。李南轩 摄", raw="x", photographer="李南轩"),
        Caption(text="会议召开。（新华社记者 张三、李四 攝）", raw="x", photographer="张三、李四"),
        Caption(text="图为龙岩市融合发展促进会成立。", raw="x"),
    )
    package = Package(convertkit.render(Document(meta=Meta(title="标题"), blocks=captions), "docx"))
    paragraphs = [
        p for p in package.xml("word/document.xml").iter(w("p"))
        if p.find("w:pPr/w:pStyle", NS).get(w("val")) == "Caption"
    ]
    credits = [
        ["".join(r.itertext()) for r in p.iterfind("w:r", NS)
         if r.find("w:rPr/w:rStyle", NS) is not None and r.find("w:rPr/w:rStyle", NS).get(w("val")) == "PhotoCredit"]
        for p in paragraphs
    ]
    assert credits == [["李\u2060南\u2060轩\u2060\u00a0\u2060摄"], ["\u2060".join("（新华社记者\u00a0张三、李四\u00a0攝）")], []]
    for paragraph, caption in zip(paragraphs, captions, strict=True):
        text = "".join(paragraph.itertext())
        assert text.replace("\u2060", "").replace("\u00a0", " ") == caption.text
        assert text.startswith(caption.text[:4])  # no joiner outside the credit
    credit_style = package.style("PhotoCredit")
    assert credit_style.get(w("type")) == "character"
    assert credit_style.find("w:rPr/w:lang", NS).get(w("eastAsia")) == CREDIT_LANG
    assert credit_style.find("w:rPr/w:rFonts", NS).get(w("eastAsia")) == package.style("Caption").find(
        "w:rPr/w:rFonts", NS).get(w("eastAsia"))


def test_a_two_or_three_line_headline_breaks_at_its_phrase_break_else_between_words() -> None:
    def title_text(title: str) -> str:
        doc = every_block_document()
        doc = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, title=title))
        return as_written(docx.Document(io.BytesIO(convertkit.render(doc, "docx"))).paragraphs[0].text)

    assert title_text("龙岩市委军民融合办主任张丽华：以红色资源促军民融合") == "龙岩市委军民融合办主任张丽华：\n以红色资源促军民融合"
    assert title_text("短标题：一行") == "短标题：一行"  # one line: nothing to break
    assert title_text("债券市场是否存在泡沫？世界知名首席投资官们这么说") == (
        "债券市场是否存在泡沫？\n世界知名首席投资官们这么说")  # not …世界 / 知名…
    # a half wider than the line: the most even lines that part between words
    assert title_text("很长的前半句" * 5 + "：后半句") == "很长的前半句" * 3 + "\n" + "很长的前半句" * 2 + "：后半句"
    assert title_text("台北看守所昨天抽查前總統陳水扁的房舍引來扁的強烈不滿") == "台北看守所昨天抽查前總統\n陳水扁的房舍引來扁的強烈不滿"
    assert title_text("2024年巴黎奥运会中国代表团获得40枚金牌创造境外参赛最好成绩") == (
        "2024年巴黎奥运会中国代表团获得\n40枚金牌创造境外参赛最好成绩")  # never inside 2024 or 40
    # three lines: as even as they go, not …余额限额的 / 决议 (the PDF's three lines)
    assert title_text("全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议") == (
        "全国人民代表大会常务委员会关于\n批准财政部发行特别国债购买外汇及\n调整2007年末国债余额限额的决议")
    assert title_text("很长的标题" * 12) == "\n".join(["很长的标题" * 4] * 3)
    four_lines = "很长的标题" * 20
    assert title_text(four_lines) == four_lines  # four lines: left to the word processor


def test_a_headline_of_chinese_characters_that_fills_the_line_stays_on_one_line(tmp_path: Path) -> None:
    """A headline is measured as the PDF measures it: the DOCX breaks it only when it is wider
    than the line, as the PDF does. The margin once kept for estimated widths broke a
    19-character 二号 headline on the 156 mm line of GB/T 9704 in two (the PDF set it on one line)."""
    def title_text(title: str) -> str:
        doc = dataclasses.replace(every_block_document(), meta=Meta(title=title))
        data = convertkit.render(doc, "docx", style="gbt9704")
        return as_written(docx.Document(io.BytesIO(data)).paragraphs[0].text)

    fills = "国务院办公厅关于印发某某行动方案的通知"  # 19 × 22 pt = 418 pt on a 442 pt line
    assert title_text(fills) == fills
    assert "\n" in title_text("国务院办公厅关于印发某某某某行动方案的通知")  # 21 × 22 pt: wider
    assert "\n" in title_text("国务院办公厅关于印发2024年行动方案的通知")  # its digits make it 4% too wide
    require_tool("pdftotext")
    pdf = tmp_path / "title.pdf"
    pdf.write_bytes(convertkit.render(Document(meta=Meta(title=fills), blocks=()), "pdf", style="gbt9704"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    assert fills in text.splitlines()  # the PDF sets it on one line too


# Headlines mixing Han with Latin words, digits and spaces (invented), each 90–99.9% of a line
# in the PDF of its style, or two lines of the PDF.
MIXED_HEADLINES = {
    "briefing": ("华为 Mate 60 Pro 发布会在深圳举行 余承东称芯片供应问题",
                 "Windows 11 24H2 更新正式推送 Copilot 功能全",
                 "苹果 iPhone 15 系列 9 月 12 日发布 USB-C 接口取代 Lightning 成为标配国行售价公布"),
    "gbt9704": ("第 19 届亚运会 10 月 8 日闭幕 中国代表团获",
                "特斯拉 Model Y 降价 1.4 万元 新能源汽车价",
                "NBA 总决赛 G7 凯尔特人 105 比 98 击败独行侠 时隔十六年再夺总冠军塔图姆当选"),
}


def pdf_title_lines(doc: Document, style: str, tmp_path: Path) -> list[str]:
    """The headline's lines as the PDF of ``doc`` sets them (its first lines before the body's)."""
    require_tool("pdftotext")
    pdf = tmp_path / "title.pdf"
    pdf.write_bytes(convertkit.render(doc, "pdf", style=style))
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, check=True,
                          text=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[: next(index for index, line in enumerate(lines) if "正文" in line)]


@pytest.mark.parametrize("style", ["briefing", "gbt9704"])
def test_a_mixed_headline_breaks_where_the_pdf_breaks_it(style: str, tmp_path: Path) -> None:
    """Measured with the PDF's faces and line breaker, a headline with Latin words, digits and
    spaces that fits the PDF's line has no line break in the DOCX (an 8% margin for estimated
    widths broke every one of these), and one the PDF breaks is broken where the PDF breaks it."""
    for title in MIXED_HEADLINES[style]:
        doc = Document(meta=Meta(title=title), blocks=(Paragraph("正文。", "正文。"),))
        paragraph = docx.Document(io.BytesIO(convertkit.render(doc, "docx", style=style))).paragraphs[0]
        assert paragraph.text.split("\n") == pdf_title_lines(doc, style, tmp_path), title
    # without our fonts the reader's own set the Latin letters and digits: a line 95% full is broken
    doc = Document(meta=Meta(title=MIXED_HEADLINES[style][1]), blocks=(Paragraph("正文。", "正文。"),))
    plain = docx.Document(io.BytesIO(convertkit.render(doc, "docx", style=style, embed_fonts=False)))
    assert len(plain.paragraphs[0].text.split("\n")) == 2


def test_a_long_kicker_and_subtitle_break_where_the_pdf_balances_them(tmp_path: Path) -> None:
    """The centred lines round the headline are balanced as the PDF balances them: left to the
    word processor a long subtitle kept one word for its last line (…会议 / 通过）)."""
    meta = Meta(title="某某市人民代表大会常务委员会关于某某事项的决定",
                kicker="为推动全市经济社会高质量发展提供有力法治保障更好服务人民群众美好生活和城乡融合发展需要",
                subtitle="（2024年3月28日某某市第十六届人民代表大会常务委员会第十九次会议通过）")
    doc = Document(meta=meta, blocks=(Paragraph("正文。", "正文。"),))
    paragraphs = docx.Document(io.BytesIO(convertkit.render(doc, "docx"))).paragraphs
    lines = [line for paragraph in paragraphs[:3] for line in paragraph.text.split("\n")]
    expected = [line.replace(" ", "") for line in pdf_title_lines(doc, "briefing", tmp_path)]  # its space round digits
    assert len(expected) == 6  # the kicker, the headline and the subtitle on two lines each
    assert lines == expected


def test_the_editors_note_is_a_tinted_block_with_its_bar_on_the_columns_edge() -> None:
    """The 编者按 as the PDF draws it: its bar on the text column's left edge and the text the
    bar, its gap and the padding in (Word sets a border outside the text: with no indent the
    bar stood in the page margin); the padding kept inside the tint on the other sides by
    borders in the tint's colour (the text ran to the tint's right edge, touching its top)."""
    role = load_style("briefing").role("editor_note")
    package = Package(rendered())
    borders = {side.tag.split("}")[1]: side for side in package.effective("EditorNote", "w:pPr/w:pBdr")}
    assert set(borders) == {"top", "left", "bottom", "right"}
    tint = role.background.lstrip("#").upper()  # type: ignore[union-attr]
    assert borders["left"].get(w("color")) != tint
    assert int(borders["left"].get(w("space"))) == round(role.rule.gap_pt + role.padding_pt)  # type: ignore[union-attr]
    for side in ("top", "bottom", "right"):
        assert borders[side].get(w("color")) == tint and int(borders[side].get(w("space"))) == round(role.padding_pt)
    indent = package.effective("EditorNote", "w:pPr/w:ind")
    bar = role.rule.width_pt + role.rule.gap_pt + role.padding_pt  # type: ignore[union-attr]
    assert int(indent.get(w("left"))) == round(bar * 20)
    assert int(indent.get(w("right"))) == round((role.padding_pt + 0.5) * 20)


# Headlines with emoji sequences (invented): a family of four, three flags, keycaps, a skin tone.
EMOJI_HEADLINES = ("第三届家庭日👨\u200d👩\u200d👧\u200d👦🇨🇳🇯🇵🇰🇷三国联欢活动在京举行",
                   "家庭日👨\u200d👩\u200d👧\u200d👦👨\u200d👩\u200d👧\u200d👦三国🇨🇳🇯🇵🇰🇷1\ufe0f\u20e32\ufe0f\u20e3联欢活动在北京隆重举行",
                   "十佳👍🏽市民3\ufe0f\u20e3号评选👨\u200d👩\u200d👧揭晓🇨🇳")


def test_a_headline_with_emoji_sequences_breaks_where_the_pdf_breaks_it(tmp_path: Path) -> None:
    """An emoji sequence is measured as the one glyph the PDF draws (and LibreOffice sets), not
    as its parts: a headline the PDF sets on one line was broken, inside a flag (🇯 / 🇵)."""
    for title in EMOJI_HEADLINES:
        doc = Document(meta=Meta(title=title), blocks=(Paragraph("正文。", "正文。"),))
        paragraph = docx.Document(io.BytesIO(convertkit.render(doc, "docx"))).paragraphs[0]
        # the PDF's text leaves out the selectors and tones it does not draw
        drawn = paragraph.text.replace("\ufe0f", "").replace("🏽", "")
        assert drawn.split("\n") == pdf_title_lines(doc, "briefing", tmp_path), title
    assert "\n" not in docx.Document(io.BytesIO(convertkit.render(
        Document(meta=Meta(title=EMOJI_HEADLINES[0]), blocks=()), "docx"))).paragraphs[0].text


def test_an_emoji_sequence_is_one_run_in_the_emoji_face() -> None:
    """A keycap, a flag, a ZWJ family, a toned thumb each sit whole in a run of the emoji face,
    which joins them: a keycap's digit in the headline's face, its selector in the emoji face
    and its ⃣ in a symbols face drew 1 and an empty keycap over the next character."""
    doc = Document(meta=Meta(title=EMOJI_HEADLINES[2]),
                   blocks=(Paragraph("投票选出1\ufe0f\u20e3号方案🇨🇳。", "投票选出1\ufe0f\u20e3号方案🇨🇳。"),))
    package = Package(convertkit.render(doc, "docx"))
    runs = [("".join(run.itertext()), run.find("w:rPr/w:rFonts", NS))
            for run in package.xml("word/document.xml").iter(w("r"))]
    families = {text: package.family_of(fonts.get(w("ascii"))) if fonts is not None else None for text, fonts in runs}
    for sequence in ("👍🏽", "3\ufe0f\u20e3", "👨\u200d👩\u200d👧", "🇨🇳", "1\ufe0f\u20e3"):
        assert families.get(sequence) == "Noto Emoji", (sequence, families)
    assert families["投票选出"] is None and families["号方案"] is None  # the rest in the style's face


def test_an_emoji_label_hangs_its_item_by_the_one_glyph_drawn() -> None:
    """A list's label made of an emoji sequence (a keycap, a ZWJ family, a flag) is estimated as
    the one glyph the emoji face joins it into (the headline's segmentation), an em as ① is:
    counted character by character, a keycap's selector and ⃣ hung 1️⃣'s item two ems, a
    family's three."""
    def hangs(*labels: str) -> list[str]:
        text = "各地加快高标准农田建设，落实耕地地力保护补贴，保障农资供应。" * 3
        doc = Document(meta=Meta(title="春耕备耕要点"), blocks=tuple(
            Point(number=n, heading="", text=label + text, raw="", label=label, item=True)
            for n, label in enumerate(labels, 1)))
        with zipfile.ZipFile(io.BytesIO(convertkit.render(doc, "docx"))) as package:
            return re.findall(r'w:hanging="(\d+)"', package.read("word/document.xml").decode())

    one_em = hangs("①", "②")
    assert len(one_em) == 2 and one_em[0] == one_em[1]
    assert hangs("1\ufe0f\u20e3", "2\ufe0f\u20e3") == one_em
    assert hangs("👨\u200d👩\u200d👧", "🇨🇳") == one_em


def test_the_end_matter_is_kept_with_the_storys_last_lines(tmp_path: Path) -> None:
    """The 责任编辑 line fell alone onto a last page: the story's last paragraph (a short one,
    which LibreOffice moves whole, as the PDF moves a paragraph of three lines) and every block of
    its end matter but the last keep with the next; a long last paragraph is left to split."""
    from test_pdf import closing_document

    def kept(doc: Document) -> list[tuple[str, bool]]:
        body = Package(convertkit.render(doc, "docx")).xml("word/document.xml").find("w:body", NS)
        return [("".join(p.itertext()), p.find("w:pPr/w:keepNext", NS) is not None) for p in body.iter(w("p"))]

    short = kept(closing_document(40, related=True, paragraphs=8))
    closing = [(text[:4], keep) for text, keep in short if text][-4:]
    assert closing == [("最后一段", True), ("相关链接", True), ("全省春耕", True), ("【责任编", False)], closing
    assert not any(keep for text, keep in short if text.startswith("第8段"))
    long = [(text[:4], keep) for text, keep in kept(closing_document(280, related=True)) if text][-4:]
    assert long == [("最后一段", False), ("相关链接", True), ("全省春耕", True), ("【责任编", False)], long
    # as LibreOffice prints them: the sizes where the 责任编辑 line fell alone on the last page
    soffice = require_tool("libreoffice")
    for last in (20, 30, 40, 50):
        (tmp_path / f"close{last}.docx").write_bytes(convertkit.render(closing_document(last, paragraphs=8), "docx"))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), *sorted(map(str, tmp_path.glob("close*.docx")))],
                   check=True, capture_output=True, timeout=240)
    for last in (20, 30, 40, 50):
        pages = subprocess.run(["pdftotext", str(tmp_path / f"close{last}.pdf"), "-"], capture_output=True,
                               check=True, text=True).stdout.split("\f")[:-1]
        assert len(pages) == 2, last
        lines = [line for line in pages[-1].splitlines()[1:] if line.strip() and not re.fullmatch(r"—\s*\d+\s*—", line)]
        assert lines[0].startswith("最后一段") and lines[-1] == "【责任编辑：王五】", (last, lines)


def test_widow_control_everywhere_and_captions_kept_together() -> None:
    """Word applies no widow control to a style that does not ask for it: every paragraph style
    asks, and the roles the style keeps together (caption, heading) never split over pages."""
    package = Package(rendered())
    assert package.xml("word/styles.xml").find("w:docDefaults/w:pPrDefault/w:pPr/w:widowControl", NS) is not None
    for style_id in ("Caption", "Heading2", "Normal"):
        assert package.effective(style_id, "w:pPr/w:widowControl").get(w("val"), "1") in ("1", "true", "on")
    for style_id, kept in (("Caption", True), ("Heading2", True), ("Normal", False)):
        keep = package.effective(style_id, "w:pPr/w:keepLines").get(w("val"), "1") in ("1", "true", "on")
        assert keep is kept, style_id


def test_a_closing_signature_is_right_aligned() -> None:
    package = Package(rendered())
    assert package.effective("Signature", "w:pPr/w:jc").get(w("val")) == "right"
    assert package.style("Signature").find("w:basedOn", NS).get(w("val")) == "Body"


def test_the_end_mark_runs_into_the_paragraph_it_closes_else_stands_alone() -> None:
    """（完） after a paragraph is printed at the end of its last line (character style
    EndMarkText), as the wires and the PDF set it; after a caption it has a paragraph of its own."""
    doc = every_block_document()
    package = Package(rendered())
    runs = [run for run in package.xml("word/document.xml").iter(w("r")) if "".join(run.itertext()) == "（完）"]
    assert [run.find("w:rPr/w:rStyle", NS).get(w("val")) for run in runs] == ["EndMarkText"]
    alone = dataclasses.replace(doc, blocks=(doc.blocks[2], doc.blocks[3], EndMark(text="（完）", raw="(完)")))
    paragraphs = Package(convertkit.render(alone, "docx")).paragraphs()
    assert ("EndMark", "（完）") in paragraphs


def test_a_two_line_caption_breaks_evenly_before_its_credit(seed_path: Path) -> None:
    """LibreOffice set the seed's caption as a full line and 李南轩 摄 alone under it; the DOCX
    breaks it where the PDF does, between words, in two even lines, the credit whole."""
    data = convertkit.render(convertkit.read(seed_path), "docx")
    caption = next(p for p in docx.Document(io.BytesIO(data)).paragraphs if p.style.style_id == "Caption")
    first, second = as_written(caption.text).split("\n")
    assert second.endswith("李南轩 摄") and len(second) > len("李南轩 摄") + 8
    assert abs(len(first) - len(second)) < 12


def test_a_letters_salutation_is_flush_left() -> None:
    package = Package(rendered())
    assert package.style("Salutation").find("w:basedOn", NS).get(w("val")) == "Body"
    indent = package.effective("Salutation", "w:pPr/w:ind")
    assert indent is None or (indent.get(w("firstLineChars"), "0") == "0" and indent.get(w("firstLine"), "0") == "0")


def test_a_short_introduction_ending_in_a_colon_is_kept_with_the_next_paragraph() -> None:
    """本期节目主要内容： and 15.国内联播快讯： introduce the lines under them: keepNext, as a
    heading has, so that Word never leaves one alone at a page foot. A long paragraph that
    ends in a colon (a quote's lead-in) and the last block are left free."""
    long_lead_in = "记者从有关部门获悉，" * 6 + "负责人表示："
    blocks = (
        Paragraph(text="本期节目主要内容：", raw="x"),
        Point(number=1, heading="", text="1.某某新闻标题；", raw="x"),
        Point(number=2, heading="", text="2.国内联播快讯：", raw="x"),
        Point(number=1, heading="", text="（1）某某快讯；", raw="x"),
        Paragraph(text=long_lead_in, raw="x"),
        Paragraph(text="“我们将继续努力。”", raw="x"),
        Paragraph(text="详情如下：", raw="x"),
    )
    package = Package(convertkit.render(Document(meta=Meta(title="标题"), blocks=blocks), "docx"))
    kept = {
        "".join(p.itertext()): p.find("w:pPr/w:keepNext", NS) is not None
        for p in package.xml("word/document.xml").iter(w("p"))
    }
    assert kept["本期节目主要内容："] and kept["2.国内联播快讯："]
    assert not kept["1.某某新闻标题；"] and not kept[long_lead_in] and not kept["详情如下："]
    # keepNext follows pStyle, as the schema orders w:pPr
    intro = next(p for p in package.xml("word/document.xml").iter(w("p")) if "".join(p.itertext()) == "本期节目主要内容：")
    assert [etree.QName(child).localname for child in intro.find("w:pPr", NS)][:2] == ["pStyle", "keepNext"]


@pytest.mark.parametrize("style", ["briefing", "gbt9704"])
def test_a_heading_one_level_down_is_a_real_heading_3(style: str) -> None:
    """A question under a numbered section (level 3 under level 2) printed as its section did:
    it is Word's Heading 3 (outline level 2 in the navigation pane), set by the style's
    subheading role, which differs from the heading's (smaller, or another face or weight)."""
    doc = Document(meta=Meta(title="标题"), blocks=(
        Heading("1．市场走势", "1．市场走势"), Heading("债市会调整吗？", "债市会调整吗？", level=3),
        Paragraph("正文。", "正文。")))
    package = Package(convertkit.render(doc, "docx", style=style))
    paragraphs = package.paragraphs()
    assert ("Heading2", "1．市场走势") in paragraphs and ("Heading3", "债市会调整吗？") in paragraphs
    assert package.style("Heading3").find("w:pPr/w:outlineLvl", NS).get(w("val")) == "2"
    assert package.style("Heading2").find("w:pPr/w:outlineLvl", NS).get(w("val")) == "1"
    two, three = load_style(style).role("heading"), load_style(style).role("subheading")
    assert (two.size_pt, two.bold, two.font) != (three.size_pt, three.bold, three.font)
    assert package.half_points("Heading3") == round(three.size_pt * 2)
    bold = package.effective("Heading3", "w:rPr/w:b")
    assert (bold.get(w("val")) != "0") == three.bold


def test_heading_levels_rank_within_the_article() -> None:
    """Markdown ### over #### (levels 3 and 4, no level 2) are the article's first and second
    levels: Heading 2 and Heading 3, not two levels of Heading 3."""
    doc = Document(meta=Meta(title="标题"), blocks=(
        Heading("新闻摘要", "### 新闻摘要", level=3), Heading("要闻一", "#### 要闻一", level=4),
        Paragraph("正文。", "正文。")))
    paragraphs = Package(convertkit.render(doc, "docx")).paragraphs()
    assert ("Heading2", "新闻摘要") in paragraphs and ("Heading3", "要闻一") in paragraphs


def test_a_doubled_dash_or_ellipsis_is_a_run_of_its_own_tagged_no_linguistic_content() -> None:
    """—— and …… (one mark, two characters) go into runs of their own whose East Asian language
    is zxx, which LibreOffice breaks by the Unicode rules (never inside the mark; see
    test_docx_libreoffice); the paragraph's text is unchanged, joiners none."""
    text = "他说——这是关键……一定要抓紧。"
    doc = Document(meta=Meta(title="标题"), blocks=(Paragraph(text, text),))
    package = Package(convertkit.render(doc, "docx"))
    assert ("Body", text) in package.paragraphs()
    tagged = ["".join(run.itertext()) for run in package.xml("word/document.xml").iter(w("r"))
              if run.find("w:rPr/w:lang", NS) is not None]
    assert tagged == ["——", "……"]


def test_a_paragraph_longer_than_a_parser_takes_in_one_text_node_is_cut_into_several(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """libxml2 (python-docx, and the tools on it) refuses a text node over 10 MB: a 50 MB
    one-paragraph article made a .docx they could not open. Its text goes into several <w:t>."""
    from convertkit.writers import docx as docx_writer

    assert docx_writer._MAX_TEXT_NODE * 4 < 10_000_000
    monkeypatch.setattr(docx_writer, "_MAX_TEXT_NODE", 1000)
    text = "这是一条很长的新闻内容 没有换行" * 250  # 4,000 characters, spaces at some cuts
    doc = Document(meta=Meta(title="长段落"), blocks=(Paragraph(text=text, raw=text),))
    data = convertkit.render(doc, "docx")
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    assert max(len(node) for node in re.findall(r"<w:t[^>]*>([^<]*)</w:t>", body)) <= 1000
    assert any(paragraph.text == text for paragraph in docx.Document(io.BytesIO(data)).paragraphs)
