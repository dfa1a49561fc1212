"""Several articles in one PDF or DOCX (a press office's daily 简报): checked on the real files.

The front page names the pack and lists its contents; every article starts a new page; the
PDF's contents give the page each article really starts on, and every entry links to it.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest

import convertkit
from conftest import require_tool
from convertkit.model import Document, Lead, Meta, Paragraph
from convertkit.writers.masthead import short_title

SECOND = Document(
    meta=Meta(title="全省春耕备耕工作现场会在三明召开", published="2019-03-02T10:00:00+08:00", agency="新华社",
              keywords=("春耕",)),
    blocks=tuple([Lead("记者从会上获悉，今年全省粮食播种面积稳定在1250万亩以上。", raw="")]
                 + [Paragraph(f"第{n}段：各地加快高标准农田建设，落实耕地地力保护补贴，保障农资供应。" * 6, raw="")
                    for n in range(1, 30)]),
)
THIRD = Document(
    meta=Meta(title="臺北捷運新線年底通車", published="2019-02-01T08:30:00+08:00", agency="中央社",
              language="zh-Hant", region="TW"),
    blocks=(Lead("臺北市政府今天表示，捷運新線將於年底通車，沿線居民期待已久。", raw=""),
            Paragraph("市府交通局指出，新線全長十公里，設站十二座，尖峰時段每四分鐘一班。", raw="")),
)


def pdftotext(path: Path, *args: str) -> str:
    require_tool("pdftotext")
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, check=True, text=True).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def pack(seed_path: Path) -> list[Document]:
    return [convertkit.read(seed_path), SECOND, THIRD]


def page_of(path: Path, title: str, pages: int, first: int = 2) -> int:
    """The first page from ``first`` on (past the front page's contents) that shows ``title``."""
    for page in range(first, pages + 1):
        if squash(title) in squash(pdftotext(path, "-f", str(page), "-l", str(page))):
            return page
    raise AssertionError(f"{title} is on no page")


def page_count(path: Path) -> int:
    require_tool("pdfinfo")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]


def test_a_pdf_pack_lists_its_articles_with_the_pages_they_start_on(tmp_path: Path, pack: list[Document]) -> None:
    out = tmp_path / "pack.pdf"
    convertkit.write(pack, out, title="舆情汇编")
    pages = page_count(out)
    front = pdftotext(out, "-f", "1", "-l", "1")
    assert "舆情汇编" in front and "目录" in front and "共3篇" in squash(front)
    entries = [line for line in front.splitlines() if line.strip()]
    for doc in pack:
        start = page_of(out, doc.meta.title, pages)
        assert squash(doc.meta.title) in squash(front)
        listed = entries[entries.index(next(e for e in entries if squash(e) in squash(doc.meta.title))) + 1:]
        assert str(start) in {line.strip() for line in listed[:2]}, (doc.meta.title, start, listed[:2])
    # every article opens a page of its own: its title is the first line there
    second_start = page_of(out, SECOND.meta.title, pages)
    assert squash(pdftotext(out, "-f", str(second_start), "-l", str(second_start))).startswith(squash(SECOND.meta.title))
    # the long second article runs over pages whose running header names it, not the pack
    header = squash(pdftotext(out, "-f", str(second_start + 1), "-l", str(second_start + 1)).splitlines()[0])
    assert header.startswith(squash(SECOND.meta.title)[:10])


def test_a_pdf_pack_has_links_outline_and_pack_metadata(tmp_path: Path, pack: list[Document]) -> None:
    out = tmp_path / "pack.pdf"
    convertkit.write(pack, out, masthead="舆情简报", issue_no=7)
    data = out.read_bytes()
    assert data.count(b"/Subtype /Link") >= len(pack)  # a link per contents entry
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, check=True, text=True).stdout
    assert "等3篇" in info and "共3篇" in info and "新华社" in info
    front = pdftotext(out, "-f", "1", "-l", "1")
    assert front.count("舆情简报") == 1 and "第7期" in squash(front)
    assert "舆情简报" not in pdftotext(out, "-f", "2")  # the 报头 once, on the front page
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, check=True, text=True).stdout
    assert "Helvetica" not in fonts and all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])


def test_one_article_is_the_same_briefing_as_before(tmp_path: Path, seed_path: Path) -> None:
    doc = convertkit.read(seed_path)
    one, listed = tmp_path / "one.pdf", tmp_path / "listed.pdf"
    convertkit.write(doc, one)
    convertkit.write([doc], listed)
    assert one.read_bytes() == listed.read_bytes()
    assert "目录" not in pdftotext(one, "-f", "1", "-l", "1")


def test_a_docx_pack_breaks_pages_and_links_its_contents(tmp_path: Path, pack: list[Document]) -> None:
    out = tmp_path / "pack.docx"
    convertkit.write(pack, out)
    with zipfile.ZipFile(out) as package:
        body = package.read("word/document.xml").decode("utf-8")
        core = package.read("docProps/core.xml").decode("utf-8")
    # each article a section of its own (new page, first-page header): the front's and each
    # article's but the last end in a paragraph, the last in the body's
    assert body.count("<w:sectPr>") == len(pack) + 1 and "<w:pageBreakBefore/>" not in body
    assert body.count("<w:titlePg/>") == len(pack) + 1
    assert len(re.findall(r"PAGEREF _Article\d+ \\h", body)) == len(pack)
    anchors = re.findall(r'w:anchor="([^"]+)"', body)
    bookmarks = re.findall(r'<w:bookmarkStart w:id="\d+" w:name="([^"]+)"/>', body)
    assert anchors == bookmarks and len(set(anchors)) == len(pack)
    assert "等3篇" in core and "共3篇" in core
    # each article's sections name a running header of its own, its title shortened as the PDF's;
    # the first article's is the front's (the pack is named after it), the page number shared
    with zipfile.ZipFile(out) as package:
        rels = dict(re.findall(r'Id="(rId\d+)" Type="[^"]+/header" Target="([^"]+)"',
                               package.read("word/_rels/document.xml.rels").decode()))
        sections = re.findall(r"<w:sectPr>.*?</w:sectPr>", body)
        headers = ["".join(re.findall(r"<w:t>([^<]*)</w:t>", package.read("word/" + rels[rid]).decode()))
                   for section in sections
                   for rid in re.findall(r'<w:headerReference w:type="default" r:id="(rId\d+)"', section)]
        footers = {re.search(r'<w:footerReference w:type="default" r:id="(rId\d+)"', s).group(1) for s in sections}  # type: ignore[union-attr]
        types = package.read("[Content_Types].xml").decode()
    assert headers == [short_title(doc.meta.title) for doc in (pack[0], *pack)]
    assert len(footers) == 1 and all(f"/word/{name}" in types for name in rels.values())
    import docx

    paragraphs = docx.Document(str(out)).paragraphs
    contents = [p.text.rstrip("\t") for p in paragraphs if p.style.name == "toc 1"]
    assert contents == [doc.meta.title for doc in pack]
    # 目录 in Word's own style for it, not a heading of the outline (nor the navigation pane)
    label = next(p for p in paragraphs if p.text == "目录")
    assert label.style.name == "TOC Heading" and "w:outlineLvl" not in label.style.element.xml


def test_a_docx_pack_renders_each_article_from_a_new_page(tmp_path: Path, pack: list[Document]) -> None:
    soffice = require_tool("libreoffice")
    out = tmp_path / "pack.docx"
    convertkit.write(pack, out)
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=240)
    pdf = tmp_path / "pack.pdf"
    pages = page_count(pdf)
    starts = [page_of(pdf, doc.meta.title, pages) for doc in pack]
    assert starts == sorted(set(starts)) and pages >= len(pack) + 1
    front = pdftotext(pdf, "-layout", "-f", "1", "-l", "1").splitlines()
    front = front[next(n for n, line in enumerate(front) if "目录" in line):]
    for doc, start in zip(pack, starts, strict=True):
        # the title heads its page, with no running header over it (as the PDF's); the page after
        # a long article's first has one
        assert squash(pdftotext(pdf, "-f", str(start), "-l", str(start))).startswith(squash(doc.meta.title)), start
        assert "…" not in pdftotext(pdf, "-f", str(start), "-l", str(start)).splitlines()[0]
        # the contents entry ends with the page LibreOffice computed for its PAGEREF field
        entry = next(line for line in front if squash(doc.meta.title)[:12] in squash(line))
        assert entry.split()[-1] == str(start), entry
    assert pdftotext(pdf, "-f", str(starts[0] + 1), "-l", str(starts[0] + 1)).splitlines()[0].endswith("…")
    # every page past an article's first is headed by that article's short title, not the pack's,
    # page by page as the PDF writer's own pack
    for doc, start, end in zip(pack, starts, [*starts[1:], pages + 1], strict=True):
        for page in range(start + 1, end):
            assert pdftotext(pdf, "-f", str(page), "-l", str(page)).splitlines()[0] == short_title(doc.meta.title), page
    assert starts[2] - starts[1] > 2  # the long second article runs over pages of its own
    written = tmp_path / "written.pdf"
    convertkit.write(pack, written)
    assert page_count(written) == pages
    assert all(pdftotext(pdf, "-f", str(page), "-l", str(page)).splitlines()[0]
               == pdftotext(written, "-f", str(page), "-l", str(page)).splitlines()[0] for page in range(1, pages + 1))


@pytest.mark.parametrize("fmt", ["pdf", "docx", "epub"])
def test_a_pack_of_odd_articles_is_still_written(tmp_path: Path, fmt: str) -> None:
    """A crawl's worst: a 3000-character title, no title at all, control characters, a hundred
    keywords. The contents cut what cannot be a label; the DOCX keeps its core properties within
    OPC's 255 characters."""
    odd = [
        Document(meta=Meta(title="长" * 3000, keywords=tuple(f"关键词{n}" for n in range(100))),
                 blocks=(Paragraph("正文。" * 10, raw=""),)),
        Document(meta=Meta(title=""), blocks=(Lead("没有标题的文章，第一句话就是它在目录里的名字。第二句。", raw=""),)),
        Document(meta=Meta(title="控制\x00字符\x1f"), blocks=(Paragraph("正文。", raw=""),)),
    ]
    out = tmp_path / f"odd.{fmt}"
    convertkit.write(odd, out)
    convertkit.write(odd[0], tmp_path / f"one.{fmt}")
    if fmt == "docx":
        with zipfile.ZipFile(tmp_path / "one.docx") as package:
            core = package.read("docProps/core.xml").decode("utf-8")
        title = re.search(r"<dc:title>([^<]*)</dc:title>", core).group(1)  # type: ignore[union-attr]
        keywords = re.search(r"<cp:keywords>([^<]*)</cp:keywords>", core).group(1)  # type: ignore[union-attr]
        assert len(title) == 255 and title.endswith("…")
        assert len(keywords) <= 255 and keywords.endswith(tuple(f"关键词{n}" for n in range(100)))
    if fmt == "pdf":
        front = squash(pdftotext(out, "-f", "1", "-l", "1"))
        assert "没有标题的文章，第一句话就是它在目录里的名字" in front and "长" * 99 + "…" in front


@pytest.mark.parametrize("style", ["briefing", "gbt9704"])
def test_the_word_over_a_pdf_packs_contents_is_flush_with_its_entries(tmp_path: Path, pack: list[Document],
                                                                       style: str) -> None:
    """目录 is set as a heading, but not indented as a style's 一级标题 may be (GB/T 9704's, two
    characters): it stands over its entries, at their left edge."""
    out = tmp_path / "pack.pdf"
    convertkit.write(pack, out, style=style)
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>',
                       pdftotext(out, "-bbox", "-f", "1", "-l", "1"))
    label = next(float(x) for x, word in words if word == "目录")
    entry = next(float(x) for x, word in words if word.startswith(pack[1].meta.title[:4]))
    assert abs(label - entry) < 1.0, (label, entry)
