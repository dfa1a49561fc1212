"""The PDF as a reader gets it: checked with poppler's tools on the real files."""

from __future__ import annotations

import html
import itertools
import re
import subprocess
from pathlib import Path

import pytest

import convertkit
from conftest import corpus_dir, require_tool
from convertkit.model import (
    Caption,
    Dateline,
    Document,
    EditorLine,
    EndMark,
    Heading,
    Lead,
    LinkItem,
    Meta,
    Paragraph,
    Point,
    RelatedLinks,
)
from convertkit.style import load_style
from convertkit.typography import clreq

NO_LINE_START = "，。、；：？！）》」』”’"
NO_LINE_END = "（《「『“‘"
ASCII_BETWEEN_HAN = re.compile(r"[\u4e00-\u9fff][,:;()?!][\u4e00-\u9fff]")


def pdftotext(path: Path, *args: str) -> str:
    require_tool("pdftotext")
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, check=True, text=True).stdout


def pdffonts(path: Path) -> list[list[str]]:
    require_tool("pdffonts")
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def squash(text: str) -> str:
    """Text without white space, and without hyphens (pdftotext joins a word hyphenated at a line end)."""
    return re.sub(r"[\s-]+", "", text)


def body_text(path: Path, doc: Document) -> str:
    """The PDF's text without white space and without the running headers and footers (lines
    of their own in pdftotext's output: the short title, after the masthead's own title, and
    ``— N —``)."""
    from convertkit.writers.masthead import short_title

    title = doc.meta.title
    short = squash(short_title(title))
    kept: list[str] = []
    masthead_seen = short != squash(title)
    for line in pdftotext(path).splitlines():
        text = squash(line)
        if re.fullmatch(r"—\d+—", text):
            continue
        if text == short:
            if masthead_seen:
                continue
            masthead_seen = True
        kept.append(text)
    return "".join(kept)


def expected_pieces(doc: Document) -> list[str]:
    pieces = [doc.meta.title]
    for block in doc.blocks:
        if block.kind == "related_links":
            pieces.append(block.label)
            pieces.extend(item.title for item in block.items)
        else:
            pieces.append(getattr(block, "text", ""))
    return [squash(piece) for piece in pieces if squash(piece)]


def assert_in_order(haystack: str, pieces: list[str]) -> None:
    position = 0
    for piece in pieces:
        found = haystack.find(piece, position)
        assert found >= 0, f"missing or out of order: {piece[:40]!r}"
        position = found + len(piece)


def assert_typography(path: Path) -> None:
    for line in pdftotext(path, "-layout").splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        assert stripped[0] not in NO_LINE_START, f"line starts with a closing mark: {stripped!r}"
        assert stripped[-1] not in NO_LINE_END, f"line ends with an opening mark: {stripped!r}"
    assert not ASCII_BETWEEN_HAN.search(pdftotext(path)), "ASCII punctuation left between Chinese characters"


def assert_only_our_embedded_fonts(path: Path) -> None:
    fonts = pdffonts(path)
    assert fonts, "no fonts at all"
    for row in fonts:
        name = row[0]
        # Our faces, their half-width-marks companions (pdf_halfmarks) and in a Traditional
        # document their centred-marks companions (centred_marks).
        assert re.fullmatch(r"[A-Z]{6}\+(NotoSerifSC-|NotoSansSC-|LXGWWenKai-|ck(Half|Hant)Marks-\w+-)\w+", name), name
        assert row[-5:-2] == ["yes", "yes", "yes"], f"{name} is not an embedded subset with a ToUnicode map: {row}"


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Document]:
    from conftest import SEED

    out = tmp_path_factory.mktemp("pdf") / "seed.pdf"
    convertkit.convert(SEED, out)
    return out, convertkit.read(SEED)


def test_seed_pdf_embeds_only_our_fonts(seed_pdf: tuple[Path, Document]) -> None:
    assert_only_our_embedded_fonts(seed_pdf[0])


def test_seed_pdf_text_round_trips_in_order(seed_pdf: tuple[Path, Document]) -> None:
    path, doc = seed_pdf
    text = body_text(path, doc)
    assert_in_order(text, expected_pieces(doc))
    assert squash(doc.meta.dateline.text) in text
    assert "巿" in text  # the rare character of the fourth related link


def test_seed_pdf_typography(seed_pdf: tuple[Path, Document]) -> None:
    assert_typography(seed_pdf[0])


def test_seed_pdf_metadata_and_outline(seed_pdf: tuple[Path, Document]) -> None:
    path, doc = seed_pdf
    require_tool("pdfinfo")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    assert f"Title:           {doc.meta.title}" in info
    assert "Author:          林玲" in info
    assert "CreationDate:    Thu Jan 17 15:10:00 2019 UTC" in info  # 23:10 Beijing time
    raw = path.read_bytes()
    assert b"/Lang (zh-CN)" in raw
    assert b"/Outlines" in raw
    assert raw.count(b"/Dest") + raw.count(b"/A <<") >= 1 + 5  # the title and five points
    assert b"Helvetica" not in raw


def test_every_stream_is_standard_flate(seed_pdf: tuple[Path, Document]) -> None:
    """Streams are deflated by ISA-L when it is installed (a quarter of a PDF's time with zlib's
    level 6): the result must be plain FlateDecode that zlib inflates, fonts included."""
    import zlib

    raw = seed_pdf[0].read_bytes()
    streams = [
        raw[match.end() : match.end() + int(match.group(1))]
        for match in re.finditer(rb"/Filter \[ /FlateDecode \][^>]*?/Length (\d+)[^>]*>>\s*stream\r?\n", raw)
    ]
    assert len(streams) >= 10  # pages, font subsets, ToUnicode maps
    inflated = [zlib.decompress(stream) for stream in streams]
    assert any(data.startswith(b"\x00\x01\x00\x00") for data in inflated)  # a TrueType subset
    from importlib.util import find_spec

    from reportlab.pdfbase import pdfdoc

    assert (type(pdfdoc.PDFZCompress).__name__ == "_FastFlate") == (find_spec("isal") is not None)


def inflated_streams(raw: bytes) -> list[bytes]:
    import zlib

    return [
        zlib.decompress(raw[match.end() : match.end() + int(match.group(1))])
        for match in re.finditer(rb"/Filter \[ /FlateDecode \][^>]*?/Length (\d+)[^>]*>>\s*stream\r?\n", raw)
    ]


def test_a_bold_role_in_a_face_without_bold_is_emboldened() -> None:
    """GB/T 9704's point headings are bold 仿宋 (the 楷 stand-in, which has no bold member): the
    PDF strokes their outlines (text render mode 2) as LibreOffice and Word embolden them; the
    briefing's bold 黑 headings use the real bold face and are only filled."""
    from conftest import every_block_document

    doc = every_block_document()
    official = b"".join(inflated_streams(convertkit.render(doc, "pdf", style="gbt9704")))
    assert b" 2 Tr" in official and b" 0 Tr" in official
    briefing = b"".join(inflated_streams(convertkit.render(doc, "pdf")))
    assert b" 2 Tr" not in briefing


def test_pdf_is_reproducible(seed_bytes: bytes) -> None:
    doc = convertkit.read(seed_bytes)
    assert convertkit.render(doc, "pdf") == convertkit.render(doc, "pdf")


def test_subset_tags_come_from_the_subsets_content(tmp_path: Path, seed_bytes: bytes) -> None:
    """The six letters before ``+`` tell different subsets apart (ISO 32000-1 §9.6.4): every
    subset of one PDF has its own, and another document's different subset of the same face
    gets another one (reportlab's own tags, AAAAAA, AAAAAB…, are the same in every PDF, so a
    tool that keeps fonts by name could draw one document with the other's glyphs). The same
    subset gets the same tag: the file stays reproducible."""
    seed = convertkit.read(seed_bytes)
    other = Document(meta=Meta(title="法国全国大罢工再次严重影响交通"),
                     blocks=(Paragraph(text="巴黎交通几乎完全瘫痪，其他多个城市交通也受到影响。", raw="x"),))
    tags: dict[str, dict[str, set[str]]] = {}
    for name, doc in (("seed", seed), ("other", other)):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(convertkit.render(doc, "pdf"))
        names = [row[0] for row in pdffonts(path)]
        assert len(set(names)) == len(names) and all(re.fullmatch(r"[A-Z]{6}\+\S+", n) for n in names), names
        prefixes = [n.partition("+")[0] for n in names]
        assert len(set(prefixes)) == len(prefixes), names  # no two subsets share a tag
        for full in names:
            tag, _, font = full.partition("+")
            tags.setdefault(name, {}).setdefault(font, set()).add(tag)
    assert "AAAAAA" not in {tag for fonts in tags.values() for found in fonts.values() for tag in found}
    shared = set(tags["seed"]) & set(tags["other"])
    assert "NotoSerifSC-Regular" in shared and "NotoSansSC-Bold" in shared
    for font in shared:
        assert not tags["seed"][font] & tags["other"][font], font
    again = tmp_path / "again.pdf"
    again.write_bytes(convertkit.render(seed, "pdf"))
    assert {row[0] for row in pdffonts(again)} == {f"{tag}+{font}" for font, found in tags["seed"].items() for tag in found}


def test_narrow_column_keeps_the_rules(tmp_path: Path, seed_path: Path) -> None:
    style = tmp_path / "narrow.toml"
    style.write_text('extends = "briefing"\n[page]\nwidth = 80\nheight = 160\n'
                     'margins = { top = 20, bottom = 16, left = 10, right = 10 }\n', encoding="utf-8")
    out = tmp_path / "narrow.pdf"
    convertkit.convert(seed_path, out, style=str(style))
    assert_typography(out)
    assert_in_order(body_text(out, convertkit.read(seed_path)), expected_pieces(convertkit.read(seed_path)))


def test_missing_glyph_is_reported_not_silent(caplog: pytest.LogCaptureFixture) -> None:
    doc = convertkit.read("标题\n\n正文里有一个不存在的字：\U000f0000。\n".encode())
    with caplog.at_level("WARNING", logger="convertkit"):
        convertkit.render(doc, "pdf")
    assert any("U+F0000" in record.getMessage() for record in caplog.records)


def corpus_texts() -> list[Path]:
    corpus = corpus_dir()
    return sorted(p for p in (corpus / "text").iterdir() if p.suffix in (".txt", ".md")) if corpus else []


@pytest.mark.skipif(not corpus_texts(), reason="the shared corpus is not beside this checkout")
@pytest.mark.parametrize("source", corpus_texts(), ids=lambda path: path.name)
def test_every_corpus_text_article(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "article.pdf"
    convertkit.convert(source, out)
    doc = convertkit.read(source)
    assert_only_our_embedded_fonts(out)
    assert_typography(out)
    assert_in_order(body_text(out, doc), expected_pieces(doc))


def test_every_block_is_drawn_by_its_role(seed_pdf: tuple[Path, Document]) -> None:
    path, doc = seed_pdf
    text = body_text(path, doc)
    kinds = {type(block) for block in doc.blocks}
    assert {Lead, Paragraph, Caption, Point} <= kinds
    for block in doc.blocks_of("caption"):
        assert squash(block.text) in text
    assert all(ch in clreq.LINE_START_PROHIBITED for ch in "，。")


def test_masthead_and_gbt9704_preset(tmp_path: Path, seed_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    convertkit.convert(seed_path, out, style="gbt9704", masthead="舆情简报", issue_no=12, org="某某办公室")
    text = pdftotext(out, "-layout")
    head = text[: text.index("龙岩市委军民融合办主任")]
    assert "舆情简报" in squash(head) and "第12期" in squash(head)
    assert re.search(r"某某办公室\s+2019\s*年\s*1\s*月\s*17\s*日", head), head
    assert_only_our_embedded_fonts(out)
    assert_typography(out)
    pages = [page for page in pdftotext(out, "-layout").split("\f") if page.strip()]
    assert len(pages) >= 2
    # GB/T 9704: page numbers with dashes, right on odd pages and left on even ones.
    odd_footer, even_footer = pages[0].rstrip().splitlines()[-1], pages[1].rstrip().splitlines()[-1]
    assert odd_footer.strip() == "—1—" and even_footer.strip() == "—2—"
    assert len(odd_footer) - len(odd_footer.lstrip()) > len(even_footer) - len(even_footer.lstrip())


def test_briefing_page_numbers_are_centred_as_its_footer_role_and_the_docx_set_them(
        tmp_path: Path, seed_path: Path) -> None:
    """briefing's footer role is centred and asks for no odd/even sides: the DOCX centres its
    page numbers, and the PDF set every one at the right edge (the odd-page default)."""
    require_tool("pdftotext")
    out = tmp_path / "brief.pdf"
    convertkit.convert(seed_path, out)
    layout = pdftotext(out, "-bbox")
    page_width, page_height = map(float, re.search(r'<page width="([\d.]+)" height="([\d.]+)"', layout).groups())
    numbers = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(\d+)</word>', layout)
    footers = [(float(low), float(high)) for low, top, high, _ in numbers if float(top) > page_height - 60]
    assert footers, layout[-2000:]
    # the text block is symmetric (24 mm each side): a centred number sits on the page's middle
    assert all(abs((low + high) / 2 - page_width / 2) < 3 for low, high in footers), footers


def test_keywords_only_when_asked(tmp_path: Path, seed_path: Path) -> None:
    require_tool("pdfinfo")

    def keywords_of(path: Path) -> str:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
        return next((line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Keywords:")), "")

    plain, asked = tmp_path / "plain.pdf", tmp_path / "asked.pdf"
    convertkit.convert(seed_path, plain)
    convertkit.convert(seed_path, asked, keywords=True)
    assert keywords_of(plain) == ""
    assert "军民融合" in keywords_of(asked) and "龙岩" in keywords_of(asked)


def test_photo_credit_stays_on_one_line(seed_pdf: tuple[Path, Document]) -> None:
    lines = [squash(line) for line in pdftotext(seed_pdf[0], "-layout").splitlines()]
    assert any(line.endswith("李南轩摄") for line in lines)
    assert not any(line in ("摄", "轩摄", "南轩摄") for line in lines)


def test_a_photo_credit_is_never_split_over_two_lines(tmp_path: Path) -> None:
    """The clreq line breaker never breaks inside a glued credit (``李南轩 摄``), wherever the
    caption's line ends; an unglued one (no photographer in the model) does get split, so the
    captions do straddle line ends. pdftotext gives the credit back as written."""
    words = "龙岩市军民融合发展领导小组第四次会议召开" * 4
    lengths = range(20, 64)

    def captions(credit: str, photographer: str | None) -> list[Caption]:
        return [Caption(text=f"图为{words[:n]}。{credit}", raw="x", photographer=photographer) for n in lengths]

    doc = Document(meta=Meta(title="标题"), blocks=(*captions("李南轩 摄", "李南轩"), *captions("王小明 摄", None)))
    # left-aligned captions, so that lines end wherever they are full (a centred caption is
    # balanced, and its break seldom comes near the credit)
    ragged = tmp_path / "ragged.toml"
    ragged.write_text('extends = "briefing"\n[roles.caption]\nalign = "left"\n', encoding="utf-8")
    for style in ("briefing", str(ragged)):
        out = tmp_path / "credits.pdf"
        convertkit.write(doc, out, style=style)
        text = pdftotext(out)
        lines = [squash(line) for line in text.splitlines()]
        assert sum("李南轩摄" in line for line in lines) == len(lengths), style
        assert "\u2060" not in text and "\u00a0" not in text and "李南轩 摄" in text
    assert sum("王小明摄" in line for line in lines) < len(lengths)


def page_edge_article() -> Document:
    """Forty short paragraphs of varying length with two-line captions between them, so that
    page breaks land on captions and on two- and three-line paragraphs."""
    blocks = []
    for index in range(40):
        words = "据了解，当地有关部门正在加快推进项目建设，确保按期完工并投入使用。" * (1 + index % 3)
        blocks.append(f"　　{words[: 40 + 17 * (index % 5)]}。")
        if index % 3 == 1:
            blocks.append(f"图为第{index}号工地的施工现场，工人们正在紧张有序地进行作业，争取早日完工。新华社记者 张三 摄")
    text = "工地建设稳步推进\n新华社北京3月1日电（记者 李四）\n" + "\n".join(blocks) + "\n"
    return convertkit.read(text.encode("utf-8"))


def assert_short_blocks_whole(doc: Document, pages: list[str]) -> None:
    """Every caption and paragraph of up to 100 characters is on one page (pages squashed)."""
    short = [block for block in doc.blocks if isinstance(block, Caption | Paragraph) and len(block.text) <= 100]
    assert len(pages) >= 3 and len(short) > 40
    for block in short:
        assert any(squash(block.text) in page for page in pages), block.text


def test_no_caption_split_and_no_lone_line_at_a_page_edge(tmp_path: Path) -> None:
    """Captions and headings move whole to the next page (``keep_together`` in the style), and
    a two- or three-line paragraph is never cut into a lone line and the rest."""
    doc = page_edge_article()
    out = tmp_path / "article.pdf"
    convertkit.write(doc, out)
    assert_short_blocks_whole(doc, [squash(page) for page in pdftotext(out).split("\f") if page.strip()])


def test_a_centred_caption_breaks_evenly_not_at_a_lone_clause(seed_pdf: tuple[Path, Document]) -> None:
    """The seed's caption has one comma, after 张丽华表示: a phrase break there would leave six
    characters over a line of forty, so the caption takes two even lines instead."""
    path, _ = seed_pdf
    line = next(line for line in pdftotext(path, "-layout").splitlines() if "张丽华表示" in line)
    assert "龙岩将着力打造" in squash(line), line


def test_phrase_break_only_when_even_enough() -> None:
    from convertkit.typography.words import even_enough, phrase_break

    title = "龙岩市委军民融合办主任张丽华：以红色资源促军民融合"
    assert title[: phrase_break(title)].endswith("：") and even_enough(15, 10)
    assert not even_enough(6, 39)
    assert phrase_break("没有标点的标题") is None
    question = "债券市场是否存在泡沫？世界知名首席投资官们这么说"
    assert question[: phrase_break(question)].endswith("？")


def test_a_headline_with_a_question_breaks_after_it(tmp_path: Path) -> None:
    """债券市场是否存在泡沫？世界 / 知名首席投资官们这么说 parted 世界知名: a question mark
    ends a phrase, and the two-line headline breaks after it, as after a colon."""
    out = tmp_path / "question.pdf"
    doc = Document(meta=Meta(title="债券市场是否存在泡沫？世界知名首席投资官们这么说"), blocks=())
    out.write_bytes(convertkit.render(doc, "pdf"))
    lines = [squash(line) for line in pdftotext(out).splitlines() if line.strip()]
    assert lines[:2] == ["债券市场是否存在泡沫？", "世界知名首席投资官们这么说"], lines


def test_a_closing_signature_is_set_flush_right(tmp_path: Path) -> None:
    body = "本报11月20日第3版刊发的《城区新增三处口袋公园》一文中，数据有误，特此更正，并向读者致歉。"
    source = tmp_path / "notice.txt"
    source.write_text(f"更正启事\n{body}\n本报编辑部\n2024年11月22日\n", encoding="utf-8")
    doc = convertkit.read(source)
    assert [block.kind for block in doc.blocks] == ["lead", "signature", "signature"]
    out = tmp_path / "notice.pdf"
    convertkit.write(doc, out)
    lines = pdftotext(out, "-layout").splitlines()
    at = next(index for index, line in enumerate(lines) if "本报11月20日" in squash(line))
    body_width = len(lines[at].rstrip())
    for text in ("本报编辑部", "2024年11月22日"):  # after the body: the meta line holds the date too
        signed = next(line for line in lines[at:] if text in squash(line))
        assert len(signed) - len(signed.lstrip()) > 20 and len(signed.rstrip()) >= body_width - 2, signed
    again = convertkit.read(convertkit.render(doc, "txt"))  # the reading copy reads back its signature
    assert [block.text for block in again.blocks_of("signature")] == ["本报编辑部", "2024年11月22日"]


def test_a_run_in_another_face_is_measured_in_that_face(tmp_path: Path) -> None:
    """A point's bold 黑 heading inside a 宋 paragraph is measured in 黑: its ``·`` is an em wide
    there (three tenths of one in 宋). Measured in the paragraph's face, the next character was
    drawn over the dot (共绘新图景 劳动者之歌 on the page) and pdftotext cut the line after it;
    the lead's 黑 dateline's digits overlapped the same way. Now every glyph box on a line ends
    before the next begins and the text comes back whole."""
    dateline = Dateline(text="新华社北京1月17日电", raw="新华社北京1月17日电", agency="新华社", bureau="北京", date="1月17日")
    doc = Document(
        meta=Meta(title="测试标题", dateline=dateline),
        blocks=(
            Lead(text="记者17日从有关方面获悉，2024年的工作已经开始。", raw="…"),
            Point(number=12, heading="共绘新图景·劳动者之歌 2024 AI", raw="…", label="十二",
                  text="十二、共绘新图景·劳动者之歌 2024 AI。为推进中国式现代化建设再立新功。"),
        ),
    )
    out = tmp_path / "runs.pdf"
    convertkit.write(doc, out)
    text = pdftotext(out)
    assert "十二、共绘新图景·劳动者之歌 2024 AI。为推进中国式现代化建设再立新功。" in text
    assert "新华社北京 1 月 17 日电记者 17 日" in text
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"', pdftotext(out, "-bbox"))
    boxes = [(float(y), float(x0), float(x1)) for x0, y, x1 in words]
    for (y, _, end), (y_next, start, _) in itertools.pairwise(boxes):
        if y == y_next:  # same line: no word's box reaches back into the one before it
            assert start >= end - 0.5, (y, end, start)


def page_rows(path: Path, page: int) -> list[bytes]:
    """Page ``page`` as poppler draws it, grey at 72 dpi (a pixel a point): rows of bytes."""
    require_tool("pdftoppm")
    out = subprocess.run(["pdftoppm", "-r", "72", "-gray", "-f", str(page), "-l", str(page), str(path)],
                         capture_output=True, check=True).stdout
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", out)
    assert header is not None
    width, height = int(header.group(1)), int(header.group(2))
    pixels = out[header.end():]
    return [pixels[row * width:(row + 1) * width] for row in range(height)]


def test_the_running_header_has_its_rule(seed_pdf: tuple[Path, Document]) -> None:
    """The briefing's header role has a hairline under it (``rule``, as the DOCX's Header style
    draws it in LibreOffice): page 2 shows it across the text block, between the header and the
    text; page 1, which has no running header, shows no line there. The PDF drew none."""
    path = seed_pdf[0]

    def ruled_rows(page: int) -> list[int]:
        rows = page_rows(path, page)
        band = range(round(12 * 72 / 25.4), round(25 * 72 / 25.4))  # header distance to top margin
        return [y for y in band if sum(pixel < 235 for pixel in rows[y]) > 0.8 * (210 - 48) * 72 / 25.4]

    assert ruled_rows(2), "no rule under the running header"
    assert not ruled_rows(1)


def red_pixels(path: Path, page: int = 1) -> int:
    """How many pixels of the page poppler draws (colour, 36 dpi) are the masthead's red."""
    require_tool("pdftoppm")
    out = subprocess.run(["pdftoppm", "-r", "36", "-f", str(page), "-l", str(page), str(path)],
                         capture_output=True, check=True).stdout
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", out)
    assert header is not None
    pixels = out[header.end():]
    return sum(1 for at in range(0, len(pixels) - 2, 3)
               if pixels[at] > 190 and pixels[at + 1] < 60 and pixels[at + 2] < 60)


@pytest.mark.parametrize("style", ["briefing", "gbt9704"])
def test_the_red_rule_belongs_to_the_masthead(tmp_path: Path, seed_path: Path, style: str) -> None:
    """The red rule is the 简报 报头's (masthead_rule). Without --masthead the PDF drew it under
    the title block all the same, where the DOCX (in LibreOffice) and the EPUB have none, and
    GB/T 9704 none either (its red separator belongs to the 版头): now only a masthead brings it."""
    plain, headed = tmp_path / "plain.pdf", tmp_path / "headed.pdf"
    convertkit.convert(seed_path, plain, style=style)
    convertkit.convert(seed_path, headed, style=style, masthead="舆情简报", issue_no=12, org="某某办公室")
    assert red_pixels(plain) == 0
    assert red_pixels(headed) > 100


def test_a_run_longer_than_a_line_fills_its_line(tmp_path: Path) -> None:
    """A URL or a hyphenated name longer than the measure must be split somewhere. Before, it
    went whole to the next line, and the line it left (详情可访问) was stretched across the
    measure, a character an inch from the next; a paragraph opening with one lost its indent and
    broke mid-word (Final-D / raft). Now the run starts where it stands and fills the line, a
    paragraph keeps its two-character indent, and the break prefers a hyphen or a slash."""
    url = "https://www.ndrc.gov.cn/xxgk/zcfb/tz/202406/t20240603_1234567_very_long_path_segment/index.html"
    name = "Supercalifragilisticexpialidocious-AI-Model-Release-Notes-2024-v3.2.1-Final-Draft-Edition-Long"
    doc = Document(meta=Meta(title="测试标题"), blocks=(
        Paragraph(text=f"详情可访问{url}查询，也可以拨打热线电话咨询。", raw="…"),
        Paragraph(text=f"{name}是这份文件的名称。", raw="…"),
    ))
    out = tmp_path / "long.pdf"
    convertkit.write(doc, out)
    lines = pdftotext(out, "-layout").splitlines()
    assert not [line for line in lines if re.search(r"[\u4e00-\u9fff] {3,}[\u4e00-\u9fff]", line)], lines
    assert any(line.strip().startswith("详情可访问 https://") for line in lines), lines
    opening = next(line for line in lines if "Supercalifragilistic" in line)
    assert opening.startswith("   ") and opening.rstrip().endswith("-"), opening
    assert squash(url) in squash("".join(lines)) and squash(name) in squash("".join(lines))


def test_a_heading_never_ends_a_page(tmp_path: Path) -> None:
    """A subheading goes to the next page with the first lines of its paragraph (sina's
    interview of 36 question headings left 债券市场存在泡沫吗？ alone at the foot of page 1).
    Each article below puts the heading a line further down page 1."""
    filler = "据了解，当地有关部门正在加快推进项目建设。"
    body = "受访者认为，当前的估值确实过高，因此可以被视为泡沫，负利率从长期来看是不可持续的，市场终将回归理性。"
    for count in range(24, 34):
        blocks = [Paragraph(filler, filler) for _ in range(count)]
        blocks += [Heading("债券市场存在泡沫吗？", "债券市场存在泡沫吗？"), Paragraph(body, body)]
        out = tmp_path / f"heading{count}.pdf"
        convertkit.write(Document(meta=Meta(title="标题"), blocks=tuple(blocks)), out)
        for page in pdftotext(out).split("\f"):
            lines = [line.strip() for line in page.splitlines() if line.strip() and not line.strip().startswith("—")]
            assert not lines or lines[-1] != "债券市场存在泡沫吗？", (count, lines[-3:])


def test_a_two_line_subheading_breaks_between_words(tmp_path: Path) -> None:
    """A subheading too long for one line broke wherever the line was full (存在隐 / 藏利润,
    期 / 货股 in a finance digest); it now breaks between words, as the centred headline does."""
    from convertkit.typography.words import inside_words

    core = "关于进一步加强城市基础设施建设管理工作的若干意见和具体实施办法征求意见稿起草说明"
    headings = [prefix + core for prefix in ("", "一、", "（一）", "第一，", "附件：", "附件一：", "专题报道：")]
    doc = Document(meta=Meta(title="标题"), blocks=tuple(
        block for text in headings for block in (Heading(text, text), Paragraph("正文。", "正文。"))))
    out = tmp_path / "headings.pdf"
    convertkit.write(doc, out)
    lines = [squash(line) for line in pdftotext(out).splitlines() if squash(line)]
    for text in headings:
        first = next(line for line in lines if text.startswith(line) and len(line) > 10)
        assert len(first) < len(text) and len(first) not in inside_words(text), (text, first)


@pytest.mark.parametrize(("text", "kept"), [
    ("我国集成电路进口突破3000亿美元！魏少军：产业结构扭曲，没将产品作为中心", ["魏少军", "3000亿"]),
    ("资料图：美国防长奥斯汀2021年10月在五角大楼。中新社记者陈孟统 摄", ["2021年", "10月", "陈孟统"]),
    ("第3届论坛10:30开幕，增长3.5%", ["第3", "10:30", "3.5%"]),
])
def test_names_and_numbers_are_words_of_a_headline(text: str, kept: list[str]) -> None:
    """A name the dictionary cannot hold (魏|少|军, cut one character at a time) is a surname and
    what follows it; a number reads with its unit and 第: 魏 / 少军 and 10 / 月 at a headline's
    line end read as typos."""
    from convertkit.typography.words import inside_words

    inside = inside_words(text)
    for word in kept:
        start = text.index(word)
        assert set(range(start + 1, start + len(word))) <= inside, (word, sorted(inside))
    assert not {at for at in inside if text[at] in "，：！。"}  # marks are not words
    assert not inside_words("我和他说") & {1, 2, 3}  # 和 (a surname too) is a word of its own here


def test_a_headline_never_parts_a_name(tmp_path: Path) -> None:
    """The headline whose balanced lines broke 魏 / 少军 in the PDF (and the DOCX that copies its
    lines) breaks at its phrase instead."""
    title = "我国集成电路进口突破3000亿美元！魏少军：产业结构扭曲，没将产品作为中心"
    doc = Document(meta=Meta(title=title), blocks=(Paragraph("正文。", "正文。"),))
    out = tmp_path / "name.pdf"
    convertkit.write(doc, out)
    lines = [squash(line) for line in pdftotext(out).splitlines() if squash(line)]
    first = next(line for line in lines if title.startswith(line))
    assert not first.endswith(("魏", "魏少")) and len(first) < len(title), first


def introduction_document(filler: int) -> Document:
    """``filler`` one-line points, then a point that introduces the sub-points under it."""
    items = tuple(Point(number=n, heading="", text=f"{n}.某某新闻标题第{n}条；", raw="x") for n in range(1, filler + 1))
    intro = Point(number=filler + 1, heading="", text=f"{filler + 1}.国内联播快讯：", raw="x")
    subs = tuple(Point(number=n, heading="", text=f"（{n}）某某快讯第{n}条；", raw="x") for n in range(1, 4))
    return Document(meta=Meta(title="新闻联播"), blocks=(*items, intro, *subs))


def test_a_short_introduction_ending_in_a_colon_never_ends_a_page(tmp_path: Path) -> None:
    """17.国际联播快讯： was the last line of page 1, its （1）（2） on page 2: a short paragraph
    or point that ends in a colon is kept with what it introduces, as a heading is."""
    for filler in range(24, 34):
        out = tmp_path / f"intro{filler}.pdf"
        out.write_bytes(convertkit.render(introduction_document(filler), "pdf"))
        pages = pdftotext(out).split("\f")
        assert len(pages) >= 2
        for page in pages[:-1]:
            body = [line for line in page.splitlines() if line.strip() and not re.fullmatch(r"—\s*\d+\s*—", line.strip())]
            assert body and not body[-1].rstrip().endswith("："), (filler, body[-3:])


_SOWING = "各地加快高标准农田建设，落实耕地地力保护补贴，保障农资供应。"


def closing_document(last: int, *, related: bool = False, matter: bool = True, paragraphs: int = 7) -> Document:
    """A lead, ``paragraphs`` paragraphs, a last one of ``last`` characters before its close, then
    the end matter: the run-in （完） and the 责任编辑 line, with ``related`` a related links box first."""
    blocks: list = [Lead("记者从会上获悉，今年全省粮食播种面积稳定在1250万亩以上。", raw="")]
    blocks += [Paragraph(f"第{n}段：" + _SOWING * 3, raw="") for n in range(1, paragraphs + 1)]
    blocks.append(Paragraph("最后一段：" + (_SOWING * 10)[:last] + "会议要求抓好落实。", raw=""))
    if matter:
        blocks.append(EndMark("（完）", raw=""))
        if related:
            blocks.append(RelatedLinks(label="相关链接", items=(LinkItem("全省春耕生产全面展开", raw="", url="https://example.com/a"),)))
        blocks.append(EditorLine("【责任编辑：王五】", raw=""))
    return Document(meta=Meta(title="全省春耕备耕工作现场会在三明召开", agency="新华社"), blocks=tuple(blocks))


def test_the_end_matter_never_stands_alone_on_a_last_page(tmp_path: Path) -> None:
    """A story that fills its page to the last line left the 责任编辑 line (and a related links
    box) alone on a last page: the last two lines of the story's last paragraph go over with it."""
    alone = 0
    for related, last in itertools.product((False, True), range(100, 240, 20)):
        out = tmp_path / f"close{last}.pdf"
        out.write_bytes(convertkit.render(closing_document(last, related=related), "pdf"))
        pages = pdftotext(out).split("\f")[:-1]
        bare = tmp_path / "bare.pdf"
        bare.write_bytes(convertkit.render(closing_document(last, matter=False), "pdf"))
        alone += len(pages) == 2 and len(pdftotext(bare).split("\f")[:-1]) == 1  # the story fits one page
        if len(pages) == 1:
            continue
        body = [squash(line) for line in pages[-1].splitlines()[1:]  # past the running header
                if squash(line) and not re.fullmatch(r"—\d+—", squash(line))]
        story = [line for line in body if "王五" not in line and not line.startswith(("相关链接", "全省春耕生产"))]
        assert len(story) >= 2 and body[-1] == "【责任编辑：王五】", (related, last, body)
        assert "".join(story).endswith("会议要求抓好落实。（完）")
    assert alone >= 3  # the sizes where the end matter alone ran over


def outline_tree(raw: bytes) -> list[tuple[int, str]]:
    """The PDF's outline as (depth, title) in reading order; depth 0 is the top (the title)."""
    objects = {int(number): body for number, body in re.findall(rb"(\d+) 0 obj\s*(<<.*?>>)\s*endobj", raw, re.S)}

    def title(body: bytes) -> str:
        found = re.search(rb"/Title \((.*?)\)\s*(?:/|>>)", body, re.S)
        assert found is not None
        data = re.sub(rb"\\([0-7]{1,3}|.)", lambda m: bytes([int(m.group(1), 8)]) if m.group(1)[:1].isdigit()
                      else {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(m.group(1), m.group(1)), found.group(1))
        return data[2:].decode("utf-16-be") if data.startswith(b"\xfe\xff") else data.decode("latin-1")

    out: list[tuple[int, str]] = []

    def walk(number: int, depth: int) -> None:
        first = re.search(rb"/First (\d+) 0 R", objects[number])
        child = int(first.group(1)) if first else None
        while child is not None:
            out.append((depth, title(objects[child])))
            walk(child, depth + 1)
            following = re.search(rb"/Next (\d+) 0 R", objects[child])
            child = int(following.group(1)) if following else None

    root = re.search(rb"/Outlines (\d+) 0 R", raw)
    assert root is not None
    walk(int(root.group(1)), 0)
    return out


def word_heights(path: Path) -> dict[str, float]:
    """Each word pdftotext finds → the height of its box (the size it is set in)."""
    xhtml = pdftotext(path, "-bbox")
    return {html.unescape(word): float(y_max) - float(y_min) for y_min, y_max, word in
            re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', xhtml)}


@pytest.mark.parametrize("style", ["briefing", "gbt9704"])
def test_heading_levels_show_in_print_and_in_the_outline(tmp_path: Path, style: str) -> None:
    """Level 3 headings (questions under a 1．某某 section) printed as their section did and
    sat beside it in the outline. They are set in the style's subheading role and nest under
    their section; a list's points go under the heading before them, named by their text,
    not by their number alone (1. / 2. in the bookmarks pane)."""
    blocks = (
        Heading("1．市场走势", "1．市场走势"),
        Heading("债市会调整吗？", "债市会调整吗？", level=3),
        Paragraph("分析人士认为，债市短期仍将震荡。", "分析人士认为，债市短期仍将震荡。"),
        Heading("2．政策展望", "2．政策展望"),
        Point(number=1, heading="", text="1.央行开展逆回购操作；", raw="1.央行开展逆回购操作；", label="1.", item=True),
        Point(number=2, heading="", text="2.财政部发行特别国债。", raw="2.财政部发行特别国债。", label="2.", item=True),
    )
    out = tmp_path / "levels.pdf"
    convertkit.write(Document(meta=Meta(title="市场周评"), blocks=blocks), out, style=style)
    assert outline_tree(out.read_bytes()) == [
        (0, "市场周评"), (1, "1．市场走势"), (2, "债市会调整吗？"), (1, "2．政策展望"),
        (2, "1. 央行开展逆回购操作"), (2, "2. 财政部发行特别国债"),
    ]
    heights = word_heights(out)
    section = next(height for word, height in heights.items() if word.startswith("1．市场"))
    question = next(height for word, height in heights.items() if word.startswith("债市会调整"))
    roles = load_style(style)
    if roles.role("subheading").size_pt < roles.role("heading").size_pt:
        assert question < section - 1
    fonts = {row[0].partition("+")[2] for row in pdffonts(out)}
    face = roles.font_face(roles.role("subheading"))
    assert face.name in fonts, (face.name, fonts)


def test_an_article_of_level_3_and_4_headings_starts_its_outline_at_the_first(tmp_path: Path) -> None:
    """Markdown ### and #### under the title: the outline's first and second levels under it
    (a PDF outline cannot skip a level), printed as a heading and a subheading."""
    blocks = (Heading("新闻摘要", "### 新闻摘要", level=3), Paragraph("正文。", "正文。"),
              Heading("详细新闻", "### 详细新闻", level=3), Heading("要闻一", "#### 要闻一", level=4),
              Paragraph("正文。", "正文。"))
    out = tmp_path / "md.pdf"
    convertkit.write(Document(meta=Meta(title="新闻联播"), blocks=blocks), out)
    assert outline_tree(out.read_bytes()) == [(0, "新闻联播"), (1, "新闻摘要"), (1, "详细新闻"), (2, "要闻一")]


def test_a_paragraph_over_many_pages_is_joined_for_emoji_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each page's part of a long paragraph joined its emoji sequences again, over the whole
    paragraph's text: quadratic, so that a 5 MB one-line file never finished as a PDF."""
    from convertkit.writers import pdf_cjk

    scanned: list[int] = []
    original = pdf_cjk.join_sequences

    def counting(text: str, face: object) -> str:
        scanned.append(len(text))
        return original(text, face)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_cjk, "join_sequences", counting)
    text = "这是一条很长的新闻内容没有换行，👍🏽" * 3000  # some forty pages
    doc = Document(meta=Meta(title="长段落"), blocks=(Paragraph(text=text, raw=text),))
    pdf = convertkit.render(doc, "pdf")
    assert len(re.findall(rb"/Type /Page[^s]", pdf)) >= 10
    assert sum(length for length in scanned if length >= len(text)) == len(text)  # the whole text, once


def test_text_too_long_for_one_pdf_is_refused_before_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF costs some 600 bytes of memory a character until it is saved: a 50 MB crawl record
    ran for minutes towards ten gigabytes. Past the limit: one clear error, at once."""
    from convertkit.errors import WriterError
    from convertkit.writers import pdf

    monkeypatch.setattr(pdf, "MAX_PDF_CHARS", 5000)
    text = "新闻内容" * 1500
    doc = Document(meta=Meta(title="长文"), blocks=(Paragraph(text=text, raw=text),))
    with pytest.raises(WriterError, match="too long for one PDF: 6,002 characters"):
        convertkit.render(doc, "pdf")
    short = Document(meta=Meta(title="短文"), blocks=(Paragraph(text=text[:4000], raw=text[:4000]),))
    assert convertkit.render(short, "pdf").startswith(b"%PDF-")
