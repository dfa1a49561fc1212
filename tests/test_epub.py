"""The EPUB writer on real artefacts: epubcheck, the package metadata, the markup, the fonts.

epubcheck is slow (a JVM per run), so it runs on the cases the issue names (the seed, a book of
ten corpus articles, a Traditional article) and on a small fixed sample of generated documents;
the property test checks well-formedness with lxml for every example instead.
"""

from __future__ import annotations

import dataclasses
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from lxml import etree

import convertkit
from conftest import every_block_document
from convertkit.errors import UsageError
from convertkit.model import (
    Caption,
    Dateline,
    Document,
    EditorLine,
    EditorNote,
    EndMark,
    Heading,
    Lead,
    LinkItem,
    Meta,
    Paragraph,
    Point,
    RelatedLinks,
    Series,
    SeriesLabel,
)
from convertkit.writers.base import RenderContext
from convertkit.writers.epub import EpubOptions, EpubWriter, book_identifier, opf_date, write_book
from convertkit.writers.epub_xhtml import one_line, safe_href, xml_safe
from convertkit.writers.masthead import note_body as after_label

NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
}
WHEN = datetime(2019, 1, 17, 15, 10, tzinfo=UTC)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


# --- helpers ---------------------------------------------------------------------------------


@cache
def _epubcheck_command() -> tuple[str, ...] | None:
    """``java -jar epubcheck.jar`` (Debian package ``epubcheck``), or None when either is absent.

    The package's own ``epubcheck`` launcher needs binfmt_misc, which containers often lack,
    so the jar is run with java directly.
    """
    java = shutil.which("java")
    if java is None:
        return None
    candidates: list[Path] = []
    dpkg = shutil.which("dpkg")
    if dpkg is not None:
        listing = subprocess.run([dpkg, "-L", "epubcheck"], capture_output=True, text=True, check=False)
        candidates += [Path(line) for line in listing.stdout.splitlines() if line.endswith("/epubcheck.jar")]
    candidates += sorted(Path("/usr/share/java").glob("epubcheck*.jar"))
    jar = next((path for path in candidates if path.is_file()), None)
    # A short-lived JVM: C1 only and the serial collector halve epubcheck's start-up CPU.
    return None if jar is None else (java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss1024k", "-jar",
                                     str(jar))


EpubCheck = Callable[[bytes, str], list[dict[str, object]]]


@pytest.fixture
def epubcheck(tmp_path: Path) -> EpubCheck:
    command = _epubcheck_command()
    if command is None:
        pytest.skip("java or epubcheck.jar is missing (scripts/test installs default-jre-headless and epubcheck)")

    def check(data: bytes, name: str = "book") -> list[dict[str, object]]:
        """epubcheck's messages of severity WARNING or worse for the EPUB ``data``."""
        book = tmp_path / f"{name}.epub"
        report = tmp_path / f"{name}.json"
        book.write_bytes(data)
        run = subprocess.run([*command, str(book), "--json", str(report)], capture_output=True, text=True,
                             timeout=300, check=False)
        assert report.exists(), f"epubcheck wrote no report: {run.stdout}\n{run.stderr}"
        messages = json.loads(report.read_text("utf-8"))["messages"]
        bad = [message for message in messages if message["severity"] in ("FATAL", "ERROR", "WARNING")]
        assert (run.returncode == 0) == (not any(m["severity"] in ("FATAL", "ERROR") for m in messages)), run.stdout
        return bad

    return check


def build(docs: Sequence[Document], **options: object) -> bytes:
    ctx = RenderContext(options=EpubOptions(**options), source_date=WHEN)
    out = io.BytesIO()
    write_book(docs, ctx, out)
    return out.getvalue()


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def parse_all(data: bytes) -> dict[str, etree._Element]:
    """Every XML file of the book, parsed strictly: fails on anything not well-formed."""
    return {name: etree.fromstring(content, PARSER) for name, content in entries(data).items()
            if name.endswith((".xhtml", ".opf", ".ncx", ".xml"))}


def opf(data: bytes) -> etree._Element:
    return parse_all(data)["EPUB/content.opf"]


def chapters(data: bytes) -> list[etree._Element]:
    trees = parse_all(data)
    return [trees[name] for name in sorted(trees) if re.search(r"article(-\d+)?\.xhtml$", name)]


def toc_links(data: bytes) -> list[etree._Element]:
    """The ``<a>`` of the nav document's table of contents (not its landmarks)."""
    return parse_all(data)["EPUB/nav.xhtml"].findall(".//x:nav[@epub:type='toc']//x:a", NS)


def text_of(element: etree._Element) -> str:
    return "".join(element.itertext())


def traditional_document() -> Document:
    return Document(
        meta=Meta(title="颱風過境　北部豪雨特報", published="2020-08-03T10:15:00+08:00", agency="自由時報",
                  reporters=("何宗翰",), language="zh-Hant", region="TW", keywords=("颱風", "豪雨")),
        blocks=(
            Lead(text="中央氣象局今天表示，颱風外圍環流影響，北部地區有豪雨發生的機率。", raw="…"),
            Caption(text="民眾撐傘過馬路。（記者何宗翰攝）", raw="…", photographer="何宗翰"),
            Paragraph(text="氣象局提醒民眾注意強陣風及豪雨，並避免前往山區及海邊。", raw="…"),
        ),
    )


# --- markup ----------------------------------------------------------------------------------


def test_article_markup_is_semantic() -> None:
    data = build([every_block_document()])
    (root,) = chapters(data)
    assert root.get("lang") == "zh-CN" and root.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-CN"
    body = root.find("x:body", NS)
    (h1,) = body.findall(".//x:h1", NS)
    assert text_of(h1) == "龙岩市委军民融合办主任张丽华：以红色资源促军民融合"
    header = body.find(".//x:header", NS)
    assert "中新网" in text_of(header) and "记者 林玲" in text_of(header)
    assert header.find(".//x:time", NS).get("datetime") == "2019-01-17T23:10"
    assert text_of(header.find(".//x:p[@class='meta']", NS)) == "中新网 · 2019年1月17日 23:10 · 记者 林玲"
    (aside,) = body.findall(".//x:aside", NS)
    assert aside.get("{http://www.idpf.org/2007/ops}type") == "preamble"
    assert text_of(aside) == "编者按：2019年是新中国成立70周年。"
    lead = body.find(".//x:p[@class='lead']", NS)
    assert text_of(lead) == "中新网福建新闻1月17日电（林玲）闽西老区龙岩，因红色而闻名，更因红色而发展。"
    assert text_of(lead.find("x:span[@class='dateline']", NS)) == "中新网福建新闻1月17日电（林玲）"
    figcaption = body.find(".//x:figure/x:figcaption", NS)
    assert text_of(figcaption) == "张丽华表示，龙岩将着力打造“龙岩模式”。李南轩 摄"
    assert text_of(figcaption.find("x:span[@class='credit']", NS)) == "李南轩 摄"
    # The credit is kept on one line by CSS, its characters left as written (no joiners).
    assert "figure.caption .credit { white-space: nowrap; }" in entries(data)["EPUB/style.css"].decode()
    assert "\u2060" not in text_of(figcaption) and "\u00a0" not in text_of(figcaption)
    point = body.find(".//x:p[@class='point']", NS)
    assert text_of(point.find("x:strong", NS)) == "第一，健全融合体制机制。"
    # （完） closes the point it follows, run into its last line as the wires print it
    assert text_of(point) == "第一，健全融合体制机制。龙岩市委将指导推动。（完）"
    assert text_of(point.find("x:span[@class='end-mark']", NS)) == "（完）"
    assert body.find(".//x:h2[@class='heading']", NS).get("id")
    assert body.find(".//x:p[@class='end-mark']", NS) is None
    nav = body.find(".//x:nav[@class='related-links']", NS)
    links = nav.findall(".//x:li", NS)
    assert [text_of(li) for li in links] == ["南平发改委总规划师詹仁光：建设军民融合科技创新平台",
                                             "莆田市委军民融合办：立足产业特色"]
    assert links[0].find("x:a", NS).get("href") == "http://www.fj.chinanews.com/news/2019/431254.html?a=1&b=2"
    assert links[1].find("x:a", NS) is None  # no URL in the source: no link
    assert text_of(body.find(".//x:p[@class='editor-line']", NS)) == "【责任编辑：黄今】"


def test_untitled_article_is_listed_under_its_first_sentence() -> None:
    lead = Lead(text="新华社北京6月3日电 外交部发言人毛宁3日在例行记者会上表示，中方坚决反对。后文。", raw="")
    doc = Document(meta=Meta(title=" \n "), blocks=(lead,))
    data = build([doc])
    (root,) = chapters(data)
    assert root.find(".//x:h1", NS) is None and root.find(".//x:header", NS) is None
    label = "新华社北京6月3日电 外交部发言人毛宁3日在例行记者会上表示…"
    assert text_of(root.find("x:head/x:title", NS)) == label
    assert [a.text for a in toc_links(data)] == [label]
    empty = Document(meta=Meta(title="", language="zh-Hant"), blocks=())
    assert text_of(chapters(build([empty]))[0].find("x:head/x:title", NS)) == "無標題"


def test_text_is_escaped_and_control_characters_removed() -> None:
    doc = every_block_document(title='A<b>&amp;"引号"\x00\x0b\ud800结束')
    doc = dataclasses.replace(doc, blocks=(Paragraph(text="x < y && z > w ]]> \x1b[0m\r\n下一行", raw=""),))
    (root,) = chapters(build([doc]))
    assert text_of(root.find(".//x:h1", NS)) == 'A<b>&amp;"引号"结束'
    assert text_of(root.find(".//x:article/x:p", NS)) == "x < y && z > w ]]> [0m\n下一行"


def test_traditional_article_is_tagged_zh_tw() -> None:
    data = build([traditional_document()])
    (root,) = chapters(data)
    assert root.get("lang") == "zh-TW"
    assert text_of(root.find(".//x:span[@class='reporters']", NS)) == "記者 何宗翰"
    assert opf(data).findtext(".//dc:language", namespaces=NS) == "zh-TW"
    hk = dataclasses.replace(traditional_document(), meta=dataclasses.replace(traditional_document().meta, region="HK"))
    assert chapters(build([hk]))[0].get("lang") == "zh-HK"


@pytest.mark.parametrize(("url", "expected"), [
    ("http://example.org/a b/新闻.html?x=1&y=%", "http://example.org/a%20b/%E6%96%B0%E9%97%BB.html?x=1&y=%25"),
    ("https://Example.ORG:8080/p?q=%E4%B8%AD#frag", "https://example.org:8080/p?q=%E4%B8%AD#frag"),
    ("http://example.org/a%2Fb?q=x%26y&z=%zz", "http://example.org/a%2Fb?q=x%26y&z=%25zz"),
    ("https://例子.中国/路径", "https://xn--fsqu00a.xn--fiqs8s/%E8%B7%AF%E5%BE%84"),
    ("javascript:alert(1)", None),
    ("ftp://example.org/file", None),
    ("//example.org/x", None),
    ("http://exa mple.org/", None),
    ("http://user:pw@example.org/", None),
    ("http://example.org:99999/", None),
    ("", None),
    (None, None),
])
def test_safe_href(url: str | None, expected: str | None) -> None:
    assert safe_href(url) == expected


def test_xml_safe_and_after_label() -> None:
    assert xml_safe("a\x00b\x08c\td\ne\r\nf\rg\x7f\x85h\ufffei\U0010ffff") == "abc\td\ne\nf\ngh" + "i"
    assert after_label("编者按：正文", "编者按") == "正文"
    assert after_label("正文", "编者按") == "正文"


# --- package ---------------------------------------------------------------------------------


def test_package_metadata() -> None:
    data = build([every_block_document()])
    root = opf(data)
    metadata = root.find("opf:metadata", NS)
    assert metadata.findtext("dc:title", namespaces=NS) == "龙岩市委军民融合办主任张丽华：以红色资源促军民融合"
    creator = metadata.find("dc:creator", NS)
    assert creator.text == "林玲"
    role = metadata.find(f"opf:meta[@refines='#{creator.get('id')}'][@property='role']", NS)
    assert role.text == "aut" and role.get("scheme") == "marc:relators"
    assert metadata.findtext("dc:publisher", namespaces=NS) == "中新网"
    assert metadata.findtext("dc:date", namespaces=NS) == "2019-01-17T23:10:00"
    assert metadata.findtext("dc:language", namespaces=NS) == "zh-CN"
    assert [s.text for s in metadata.findall("dc:subject", NS)] == ["军民融合", "龙岩"]
    identifier = metadata.find("dc:identifier", NS)
    assert root.get("unique-identifier") == identifier.get("id")
    assert re.fullmatch(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", identifier.text)
    modified = metadata.findall("opf:meta[@property='dcterms:modified']", NS)
    assert [m.text for m in modified] == ["2019-01-17T15:10:00Z"]
    collection = metadata.find("opf:meta[@property='belongs-to-collection']", NS)
    assert collection.text == "福建军民融合新年新貌系列报道"
    refines = {m.get("property"): m.text for m in metadata.findall(f"opf:meta[@refines='#{collection.get('id')}']", NS)}
    assert refines == {"collection-type": "series", "group-position": "9"}
    contributors = [(c.text, metadata.find(f"opf:meta[@refines='#{c.get('id')}'][@property='role']", NS).text)
                    for c in metadata.findall("dc:contributor", NS)]
    assert contributors == [("李南轩", "pht"), ("黄今", "edt")]
    landmarks = parse_all(data)["EPUB/nav.xhtml"].findall(".//x:nav[@epub:type='landmarks']//x:a", NS)
    assert [(a.get("{http://www.idpf.org/2007/ops}type"), a.get("href")) for a in landmarks] == [
        ("bodymatter", "article.xhtml")]
    assert metadata.findtext("opf:meta[@property='schema:accessMode']", namespaces=NS) == "textual"
    assert metadata.findtext("opf:meta[@property='ibooks:specified-fonts']", namespaces=NS) == "true"
    assert "ibooks: http://vocabulary.itunes.apple.com/" in root.get("prefix")


def test_nav_and_ncx_list_the_article_and_its_subheadings() -> None:
    trees = parse_all(build([every_block_document()]))
    nav = trees["EPUB/nav.xhtml"].find(".//x:nav[@epub:type='toc']", NS)
    assert [(a.get("href"), a.text) for a in nav.iter("{http://www.w3.org/1999/xhtml}a")] == [
        ("article.xhtml", "龙岩市委军民融合办主任张丽华：以红色资源促军民融合"),
        ("article.xhtml#h-1", "稳步推进融合项目"),
    ]
    points = trees["EPUB/toc.ncx"].findall(".//ncx:navPoint", NS)
    assert [p.find("ncx:content", NS).get("src") for p in points] == ["article.xhtml", "article.xhtml#h-1"]
    assert trees["EPUB/toc.ncx"].find("ncx:head/ncx:meta[@name='dtb:depth']", NS).get("content") == "2"
    uid = trees["EPUB/toc.ncx"].find("ncx:head/ncx:meta[@name='dtb:uid']", NS).get("content")
    assert uid == opf(build([every_block_document()])).findtext(".//dc:identifier", namespaces=NS)


def test_identifier_follows_content_not_path_and_bytes_are_reproducible() -> None:
    doc = every_block_document()
    moved = every_block_document(source=dataclasses.replace(doc.meta.source, path="elsewhere/a.txt"))
    assert book_identifier([doc], None) == book_identifier([moved], None)
    assert book_identifier([doc], None) != book_identifier([every_block_document(title="另一篇")], None)
    assert book_identifier([doc, doc], "书") != book_identifier([doc, doc], "另一本书")
    assert build([doc]) == build([doc])
    with zipfile.ZipFile(io.BytesIO(build([doc]))) as archive:
        infos = archive.infolist()
    assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
    assert {info.date_time for info in infos} == {(2019, 1, 17, 15, 10, 0)}


def test_book_of_several_articles() -> None:
    docs = [every_block_document(), traditional_document(), every_block_document(title="第三篇", series=None)]
    data = build(docs, title="福建军民融合 <专题>")
    root = opf(data)
    assert root.findtext(".//dc:title", namespaces=NS) == "福建军民融合 <专题>"
    assert [x.text for x in root.findall(".//dc:language", NS)] == ["zh-CN", "zh-TW"]
    assert [x.text for x in root.findall(".//dc:creator", NS)] == ["林玲", "何宗翰"]
    assert len(root.findall(".//dc:date", NS)) == 1
    assert [ref.get("idref") for ref in root.findall(".//opf:itemref", NS)] == [
        "titlepage", "nav", "article-1", "article-2", "article-3"]
    titlepage = parse_all(data)["EPUB/titlepage.xhtml"]
    assert text_of(titlepage.find(".//x:section[@epub:type='titlepage']/x:h1", NS)) == "福建军民融合 <专题>"
    assert text_of(titlepage.find(".//x:p[@class='book-facts']", NS)) == "共3篇 · 2019年1月17日—2020年8月3日"
    assert [c.get("lang") for c in chapters(data)] == ["zh-CN", "zh-TW", "zh-CN"]
    assert [a.text for a in toc_links(data)] == [
        docs[0].meta.title, "稳步推进融合项目", docs[1].meta.title, "第三篇", "稳步推进融合项目"]
    landmarks = parse_all(data)["EPUB/nav.xhtml"].findall(".//x:nav[@epub:type='landmarks']//x:a", NS)
    assert [a.get("{http://www.idpf.org/2007/ops}type") for a in landmarks] == ["toc", "bodymatter"]
    # Without --title the book is named after its first article.
    assert opf(build(docs)).findtext(".//dc:title", namespaces=NS) == f"{docs[0].meta.title}（等3篇）"


def test_title_page_lists_the_articles_as_the_pdf_front_page_does() -> None:
    from convertkit.style import load_style
    from convertkit.writers import collection

    untitled = Document(meta=Meta(title=None, published="2021-03-02T08:00:00+08:00", agency="某日报"),
                        blocks=(Paragraph(text="春耕时节，田间地头一派繁忙景象。农民们抢抓农时。", raw="…"),))
    docs = [every_block_document(), traditional_document(), untitled]
    data = build(docs, title="每日简报")
    trees = parse_all(data)
    titlepage = trees["EPUB/titlepage.xhtml"]
    contents = titlepage.find(".//x:section[@epub:type='titlepage']/x:nav[@class='contents']", NS)
    assert text_of(contents.find("x:h2", NS)) == "目录"
    links = contents.findall("x:ol/x:li/x:a", NS)
    # every article, in reading order, under the title the PDF's contents give it
    assert [text_of(a) for a in links] == [collection.contents_entry(doc) for doc in docs]
    assert [text_of(a) for a in links][2] == "春耕时节，田间地头一派繁忙景象"
    assert links[1].get("lang") == "zh-TW" and links[0].get("lang") is None
    # each link lands on its chapter's article, in spine order
    manifest = {item.get("id"): item.get("href") for item in opf(data).findall(".//opf:item", NS)}
    spine = [manifest[ref.get("idref")] for ref in opf(data).findall(".//opf:itemref", NS)]
    targets = [a.get("href").split("#") for a in links]
    assert [name for name, _ in targets] == [name for name in spine if name.startswith("article")]
    for name, fragment in targets:
        (target,) = trees[f"EPUB/{name}"].xpath("//*[@id=$id]", id=fragment)
        assert target.tag == "{http://www.w3.org/1999/xhtml}article"
    # no page numbers (an EPUB reflows): only the titles
    assert not re.search(r"\d+$", text_of(links[0]))
    # set in the roles the PDF's front page uses
    css = entries(data)["EPUB/style.css"].decode("utf-8")
    rules = dict(re.findall(r"^([^{@\n][^{]*?) \{ (.*) \}$", css, flags=re.MULTILINE))
    style = load_style("briefing")
    entry, label = style.role("contents"), style.role("contents_title")
    assert f"line-height: {entry.line_height_pt / entry.size_pt:g}" in rules["section.titlepage nav.contents li"]
    assert "text-align: left" in rules["section.titlepage nav.contents li"]
    size = label.size_pt / style.role("paragraph").size_pt
    assert f"font-size: {size:.4f}".rstrip("0") in rules["section.titlepage nav.contents h2"]
    # the nav document is still the book's table of contents
    assert toc_links(data)[0].text == docs[0].meta.title


def test_a_single_article_book_has_no_title_page_contents() -> None:
    data = build([every_block_document()])
    files = entries(data)
    assert "EPUB/titlepage.xhtml" not in files
    (chapter,) = chapters(data)
    assert chapter.find(".//x:article", NS).get("id") is None
    assert b'class="contents"' not in files["EPUB/article.xhtml"]


def test_no_articles_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        build([])


def test_opf_date() -> None:
    assert opf_date("2019-01-17T23:10") == "2019-01-17T23:10:00"
    assert opf_date("2019-01-17T23:10+08:00") == "2019-01-17T23:10:00+08:00"
    assert opf_date("2019-01-17T15:10:00+00:00") == "2019-01-17T15:10:00Z"
    assert opf_date("2019-01-17") == "2019-01-17T00:00:00"
    assert opf_date("18 minutes ago") is None and opf_date(None) is None
    assert opf_date("1900-01-01T00:00:00+00:01:15") == "1899-12-31T23:58:45Z"


def test_writer_through_the_api(tmp_path: Path) -> None:
    doc = every_block_document()
    convertkit.write(doc, tmp_path / "a.epub")
    assert entries((tmp_path / "a.epub").read_bytes())["mimetype"] == b"application/epub+zip"
    assert EpubWriter.Options is EpubOptions and EpubWriter.extension == ".epub"


# --- fonts and CSS ---------------------------------------------------------------------------


def test_embedded_fonts_are_subsets_referenced_by_font_face() -> None:
    from fontTools.ttLib import TTFont

    data = build([every_block_document()])
    files = entries(data)
    css = files["EPUB/style.css"].decode("utf-8")
    fonts = {name: content for name, content in files.items() if name.endswith(".ttf")}
    assert set(fonts) == {"EPUB/fonts/NotoSerifSC-Regular.ttf", "EPUB/fonts/NotoSansSC-Regular.ttf",
                          "EPUB/fonts/NotoSansSC-Bold.ttf", "EPUB/fonts/LXGWWenKai-Regular.ttf"}
    for name, content in fonts.items():
        assert f'url("{name.removeprefix("EPUB/")}")' in css
        assert len(content) < 200_000, f"{name} is not a subset ({len(content)} bytes)"
    manifest = {item.get("href"): item.get("media-type") for item in opf(data).findall(".//opf:item", NS)}
    assert all(manifest[name.removeprefix("EPUB/")] == "font/ttf" for name in fonts)
    # Each face has the characters set in it: body text in 宋, the note in 楷, point headings in bold 黑.
    cmap = {name: TTFont(io.BytesIO(content)).getBestCmap() for name, content in fonts.items()}
    assert all(ord(ch) in cmap["EPUB/fonts/NotoSerifSC-Regular.ttf"] for ch in "闽西老区龙岩据张丽华介绍")
    assert all(ord(ch) in cmap["EPUB/fonts/LXGWWenKai-Regular.ttf"] for ch in "新中国成立周年李南轩摄")
    assert all(ord(ch) in cmap["EPUB/fonts/NotoSansSC-Bold.ttf"] for ch in "健全融合体制机制以红色资源促")
    assert ord("闽") not in cmap["EPUB/fonts/NotoSansSC-Bold.ttf"]  # only what the face draws


def test_css_comes_from_the_style() -> None:
    from convertkit.style import load_style

    css = entries(build([every_block_document()]))["EPUB/style.css"].decode("utf-8")
    rules = dict(re.findall(r"^([^{@\n][^{]*?) \{ (.*) \}$", css, flags=re.MULTILINE))
    paragraph = load_style("briefing").role("paragraph")
    assert "text-indent: 2em" in rules["p"] and "text-align: justify" in rules["p"]
    assert f"line-height: {paragraph.line_height_pt / paragraph.size_pt:g}" in rules["p"]
    assert "line-break: strict" in css and "text-autospace: normal" in css
    assert rules["p"].startswith('font-family: "ck Noto Serif SC", "Noto Serif SC", "Noto Serif CJK SC"')
    assert rules["p"].split(";")[0].endswith(", serif")  # system CJK fonts, then the generic family
    assert "font-weight: bold" in rules["p.point strong.point-heading"]
    assert "break-inside: avoid" in rules["figure.caption"] and "break-inside" not in rules["p"]  # keep_together
    assert "text-align: right" in rules["p.signature"] and "text-indent: 0" in rules["p.signature"]  # 落款
    # balanced like the PDF's: no 摄 alone on a caption's last line where the reading system can
    assert "text-wrap: balance" in rules["figure.caption figcaption"]
    assert "h1.title, h1.book-title { word-break: keep-all; text-wrap: balance; }" in css
    assert "border-left: 3pt solid #8a1c1c" in rules["aside.editor-note"]
    assert "pt;" not in rules["p"] and "font-size: 1em" in rules["p"]  # relative sizes for e-readers


def test_no_embed_fonts_keeps_system_stacks_only() -> None:
    data = build([every_block_document()], embed_fonts=False)
    files = entries(data)
    css = files["EPUB/style.css"].decode("utf-8")
    assert not [name for name in files if name.endswith(".ttf")]
    assert "@font-face" not in css and '"ck ' not in css
    assert opf(data).find(".//opf:meta[@property='ibooks:specified-fonts']", NS) is None
    assert '"Noto Serif SC", "Noto Serif CJK SC", "Source Han Serif SC"' in css


def test_traditional_chapters_get_traditional_fallbacks() -> None:
    css = entries(build([traditional_document()]))["EPUB/style.css"].decode("utf-8")
    (rule,) = re.findall(r"^:lang\(zh-TW\) p \{ (.*) \}$", css, flags=re.MULTILINE)
    assert '"Noto Serif CJK TC"' in rule and '"PMingLiU"' in rule
    assert rule.index('"ck Noto Serif SC"') < rule.index('"Noto Serif CJK TC"')


def test_characters_no_font_has_are_reported() -> None:
    warnings: list[str] = []
    doc = every_block_document(title="标题\U000f0001")  # a private-use character no shipped font has
    ctx = RenderContext(options=EpubOptions(), source_date=WHEN,
                        report=lambda diagnostic: warnings.append(diagnostic.message))
    write_book([doc], ctx, io.BytesIO())
    assert len(warnings) == 1 and "U+F0001" in warnings[0]


KAI_FACE = re.compile(r'^@font-face \{ font-family: "ck LXGW WenKai"; (.*) \}$', re.MULTILINE)


def quotes_book(quotes: bool, **options: object) -> bytes:
    """A gbt9704 book (its body is set in 楷): one paragraph, with or without curly quotes.
    Nothing in it is set in regular 宋, so a regular 宋 subset can only be there for quotes."""
    text = "正文“龙岩”模式‘甲’。" if quotes else "正文龙岩的模式甲。"
    doc = Document(meta=Meta(title="标题"), blocks=(Paragraph(text=text, raw="x"),))
    ctx = RenderContext(options=EpubOptions(**options), source_date=WHEN, style_ref="gbt9704")
    out = io.BytesIO()
    write_book([doc], ctx, out)
    return out.getvalue()


def test_kai_quotes_are_drawn_from_the_full_width_serif_subset() -> None:
    """LXGW WenKai sets “ ” ‘ ’ 0.35 em wide: its @font-face leaves them out by unicode-range,
    and a second @font-face of the same family and weight draws them from the 宋 subset."""
    from fontTools.ttLib import TTFont

    css = entries(build([every_block_document()]))["EPUB/style.css"].decode("utf-8")
    own, lent = KAI_FACE.findall(css)
    assert 'url("fonts/LXGWWenKai-Regular.ttf")' in own
    assert "unicode-range: U+0-2017, U+201A-201B, U+201E-10FFFF;" in own
    assert 'url("fonts/NotoSerifSC-Regular.ttf")' in lent
    assert "unicode-range: U+2018-2019, U+201C-201D;" in lent
    assert "font-weight: normal;" in own and "font-weight: normal;" in lent
    assert css.count("unicode-range") == 2  # faces that set quotes full width are not split

    # gbt9704 sets its body in 楷 and nothing in regular 宋: the subset is there for the quotes.
    data, control = quotes_book(True), quotes_book(False)
    files = entries(data)
    serif = files["EPUB/fonts/NotoSerifSC-Regular.ttf"]
    manifest = {item.get("href"): item.get("media-type") for item in opf(data).findall(".//opf:item", NS)}
    assert manifest["fonts/NotoSerifSC-Regular.ttf"] == "font/ttf"
    font = TTFont(io.BytesIO(serif))
    cmap, em = font.getBestCmap(), font["head"].unitsPerEm
    assert all(font["hmtx"][cmap[ord(ch)]][0] == em for ch in "“”‘’")
    kai = TTFont(io.BytesIO(files["EPUB/fonts/LXGWWenKai-Regular.ttf"]))
    assert kai["hmtx"][kai.getBestCmap()[ord("“")]][0] < 0.9 * em  # why it borrows them
    assert len(KAI_FACE.findall(files["EPUB/style.css"].decode("utf-8"))) == 2
    control_files = entries(control)
    assert "EPUB/fonts/NotoSerifSC-Regular.ttf" not in control_files
    assert "unicode-range" not in control_files["EPUB/style.css"].decode("utf-8")


def test_without_embedded_fonts_nothing_is_split() -> None:
    css = entries(quotes_book(True, embed_fonts=False))["EPUB/style.css"].decode("utf-8")
    assert "unicode-range" not in css and "@font-face" not in css
    (rule,) = re.findall(r"^p \{ (.*) \}$", css, flags=re.MULTILINE)
    assert rule.startswith('font-family: "LXGW WenKai"') and rule.split(";")[0].endswith(", serif")


# --- arbitrary text (hypothesis) -------------------------------------------------------------

NASTY = ["<", ">", "&", "&amp;", "&#0;", '"', "'", "]]>", "<!--", "<![CDATA[", "\x00", "\x08", "\x0b", "\x1b",
         "\x7f", "\x85", "\ud800", "\udfff", "\ufffe", "\uffff", "\U0010ffff", "\r\n", "\r", "\t", "\n", "\u3000",
         "\u202e", "\u200b", "\U0001f600", " ", "编者按", "：", "（完）", "摄", "第一，", "#", "%", "?", "/"]
texts = st.lists(st.one_of(st.sampled_from(NASTY), st.text(st.characters(exclude_categories=()), max_size=6)),
                 max_size=6).map("".join)
urls = st.one_of(
    st.none(),
    texts,
    texts.map(lambda t: "http://example.org/" + t),
    texts.map(lambda t: "https://例子.中国/" + t + "?q=" + t + "#" + t),
    st.sampled_from(["http://", "https://:80/", "http://[::1]/", "http://example.org:0/", "mailto:a@b.c",
                     "http://example.org/%zz%", "HTTP://EXAMPLE.ORG/A"]),
)
dates = st.one_of(
    st.none(),
    texts,
    st.datetimes(timezones=st.one_of(st.none(), st.timezones())).map(lambda d: d.isoformat()),
)
names = st.lists(texts, max_size=3).map(tuple)
metas = st.builds(
    Meta,
    title=texts,
    published=dates,
    agency=st.one_of(st.none(), texts),
    bureau=st.one_of(st.none(), texts),
    dateline=st.one_of(st.none(), st.builds(Dateline, text=texts, raw=texts)),
    reporters=names,
    photographers=names,
    editors=names,
    series=st.one_of(st.none(), st.builds(Series, name=texts, number=st.one_of(st.none(), st.integers(-3, 99)))),
    language=st.sampled_from(["zh-Hans", "zh-Hant"]),
    region=st.sampled_from([None, "CN", "TW", "HK"]),
    keywords=names,
    subtitle=st.one_of(st.none(), texts),
)
blocks = st.one_of(
    st.builds(EditorNote, text=texts, raw=texts, label=texts),
    st.builds(SeriesLabel, text=texts, raw=texts),
    st.builds(Heading, text=texts, raw=texts, level=st.integers(-1, 9)),
    st.builds(Lead, text=texts, raw=texts),
    st.builds(Paragraph, text=texts, raw=texts),
    st.builds(Caption, text=texts, raw=texts, photographer=st.one_of(st.none(), texts)),
    st.builds(Point, number=st.integers(-5, 10**6), heading=texts, text=texts, raw=texts, label=texts),
    st.builds(EndMark, text=texts, raw=texts),
    st.builds(RelatedLinks, label=texts, raw=texts,
              items=st.lists(st.builds(LinkItem, title=texts, raw=texts, url=urls), max_size=4).map(tuple)),
    st.builds(EditorLine, text=texts, raw=texts),
)
documents = st.builds(Document, meta=metas, blocks=st.lists(blocks, max_size=8).map(tuple))
books = st.lists(documents, min_size=1, max_size=3)


def expected_strings(doc: Document) -> list[str]:
    """What the reader must find in the chapter, after the removal of XML-illegal characters."""
    found = []
    for block in doc.blocks:
        match block:
            case EditorNote():
                found.append(after_label(xml_safe(block.text), xml_safe(block.label).strip()))
            case RelatedLinks():
                found += [xml_safe(item.title).strip() for item in block.items]
            case _:
                found.append(xml_safe(block.text))
    return found


def assert_sound_book(data: bytes, docs: Sequence[Document]) -> None:
    trees = parse_all(data)  # every XML part is well-formed
    root = trees["EPUB/content.opf"]
    assert root.findtext(".//dc:title", namespaces=NS).strip()
    assert len(root.findall(".//opf:meta[@property='dcterms:modified']", NS)) == 1
    assert trees["EPUB/nav.xhtml"].findall(".//x:nav//x:a", NS)
    assert trees["EPUB/toc.ncx"].findall(".//ncx:navPoint", NS)
    for doc, chapter in zip(docs, chapters(data), strict=True):
        assert chapter.get("lang") == doc.meta.language_tag
        text = text_of(chapter.find("x:body", NS))
        for needle in expected_strings(doc):
            assert needle in text, f"lost {needle!r}"
        h1 = chapter.find(".//x:h1", NS)
        if one_line(doc.meta.title).strip():
            assert text_of(h1) == one_line(doc.meta.title)
        else:
            assert h1 is None  # no invented heading in the chapter
        assert text_of(chapter.find("x:head/x:title", NS)).strip()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=books, title=st.one_of(st.none(), texts), embed=st.booleans())
def test_arbitrary_text_gives_a_well_formed_book(docs: list[Document], title: str | None, embed: bool) -> None:
    assert_sound_book(build(docs, title=title, embed_fonts=embed), docs)


@pytest.mark.slow
@settings(max_examples=3, deadline=None, derandomize=True, database=None, phases=[Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(docs=books, title=st.one_of(st.none(), texts))
def test_arbitrary_text_passes_epubcheck(epubcheck: EpubCheck, docs: list[Document], title: str | None) -> None:
    assert epubcheck(build(docs, title=title), "generated") == []


@pytest.mark.slow
def test_hostile_fields_pass_epubcheck(epubcheck: EpubCheck) -> None:
    hostile = "<b>&amp;\"'\x00\x0b\x1b\ud800\ufffe]]><!--\r\n\u202e"
    doc = every_block_document(title=hostile, agency=hostile, reporters=(hostile, "\u3000"), keywords=(hostile, ""),
                          published=hostile, series=Series(name=hostile, number=-1), subtitle=hostile,
                          dateline=Dateline(text=hostile, raw=hostile))
    doc = dataclasses.replace(doc, blocks=doc.blocks + (
        EditorNote(text=hostile, raw="", label=hostile),
        Heading(text=hostile, raw="", level=0),
        Point(number=-1, heading=hostile, text=hostile, raw="", label=hostile),
        RelatedLinks(label=hostile, items=(LinkItem(title=hostile, raw="", url="http://e.org/" + hostile),
                                           LinkItem(title="", raw="", url=hostile))),
    ))
    assert epubcheck(build([doc], title=hostile), "hostile") == []


@pytest.mark.parametrize(("value", "expected"), [
    ("2019-01-17T23:10", "2019-01-17T23:10"),
    ("2019-01-17 23:10:05.123+08:00", "2019-01-17T23:10:05.123+08:00"),
    ("8272-10-08T20:53:53.000523", None),  # HTML allows at most three fraction digits (found by hypothesis)
    ("2019-13-45", None),
    ("17.01.2019 23:10", None),
])
def test_html_datetime(value: str, expected: str | None) -> None:
    from convertkit.writers.epub_xhtml import html_datetime

    assert html_datetime(value) == expected


# --- real artefacts: the seed, ten corpus articles, a Traditional article ----------------------


def read_seed(seed_path: Path) -> Document:
    return convertkit.read(seed_path)


def write_single(doc: Document, **options: object) -> bytes:
    return convertkit.render(doc, "epub", **options)


@pytest.mark.slow
def test_seed_passes_epubcheck(epubcheck: EpubCheck, seed_path: Path) -> None:
    doc = read_seed(seed_path)
    data = write_single(doc)
    assert epubcheck(data, "seed") == []
    (root,) = chapters(data)
    text = text_of(root)
    for block in doc.blocks:  # every block of the seed is in the book
        for needle in expected_strings(Document(meta=doc.meta, blocks=(block,))):
            assert needle in text
    assert opf(data).findtext(".//dc:date", namespaces=NS) == "2019-01-17T23:10:00"
    assert write_single(doc) == data  # reproducible bytes


@pytest.mark.slow
def test_book_with_a_subset_for_quotes_only_passes_epubcheck(epubcheck: EpubCheck) -> None:
    assert epubcheck(quotes_book(True), "quotes") == []


@pytest.mark.slow
def test_ten_corpus_articles_make_one_clean_book(epubcheck: EpubCheck, corpus: Path) -> None:
    paths = sorted((corpus / "text").glob("*.txt"))[:10]
    assert len(paths) == 10
    docs = [convertkit.read(path) for path in paths]
    data = build(docs, title="语料十篇")
    assert epubcheck(data, "ten") == []
    assert len(chapters(data)) == 10
    hrefs = [a.get("href") for a in toc_links(data)]
    assert [h for h in hrefs if "#" not in h] == [f"article-{n:03d}.xhtml" for n in range(1, 11)]
    points = parse_all(data)["EPUB/toc.ncx"].findall("ncx:navMap/ncx:navPoint", NS)
    assert len(points) == 10
    # Untitled articles (bare crawler content) are listed under the start of their first sentence.
    labels = [a.text for a in toc_links(data) if "#" not in a.get("href")]
    for doc, label in zip(docs, labels, strict=True):
        assert label == (doc.meta.title or label) and label != "无标题"


@pytest.mark.slow
def test_traditional_corpus_article_passes_epubcheck(epubcheck: EpubCheck, corpus: Path) -> None:
    doc = next(iter(convertkit.read_all(corpus / "traditional" / "liberty_times_records.json")))
    assert doc.meta.language == "zh-Hant", "the reader should detect Traditional script"
    data = write_single(doc)
    assert epubcheck(data, "traditional") == []
    (root,) = chapters(data)
    assert root.get("lang") == "zh-TW"
    assert opf(data).findtext(".//dc:language", namespaces=NS) == "zh-TW"


@pytest.mark.slow
def test_hand_built_traditional_article_without_fonts_passes_epubcheck(epubcheck: EpubCheck) -> None:
    assert epubcheck(build([traditional_document()], embed_fonts=False), "zh-hant") == []


def test_cli_to_epub(tmp_path: Path, seed_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_bytes(seed_path.read_bytes())
    for args, fonts in (((), True), (("--no-embed-fonts",), False)):
        run = subprocess.run([sys.executable, "-m", "convertkit.cli", "to-epub", str(source), *args],
                             capture_output=True, timeout=300, check=False)
        assert run.returncode == 0, run.stderr.decode()
        files = entries((tmp_path / "article.epub").read_bytes())
        assert any(name.endswith(".ttf") for name in files) is fonts


# --- a reading system renders it -------------------------------------------------------------


@pytest.mark.slow
def test_chromium_draws_the_chinese_text_in_our_embedded_fonts(tmp_path: Path, seed_path: Path) -> None:
    """The seed's chapter rendered by Chromium with our CSS differs from the same chapter with
    the system's fonts only: the embedded subsets are what draws the Chinese text.

    Set CONVERTKIT_SCREENSHOTS to a directory to keep the PNG (docs/img/seed-epub.png is one).
    """
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed")
    doc = read_seed(seed_path)
    shots = {}
    for embed in (True, False):
        folder = tmp_path / ("embedded" if embed else "system")
        with zipfile.ZipFile(io.BytesIO(write_single(doc, embed_fonts=embed))) as archive:
            archive.extractall(folder)
        shot = folder / "shot.png"
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                        f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=800,1100",
                        (folder / "EPUB" / "article.xhtml").as_uri()],
                       capture_output=True, timeout=120, check=False)
        assert shot.is_file() and shot.stat().st_size > 10_000
        shots[embed] = shot.read_bytes()
    assert shots[True] != shots[False]
    keep = os.environ.get("CONVERTKIT_SCREENSHOTS")
    if keep:
        Path(keep, "seed-epub.png").write_bytes(shots[True])



@pytest.mark.slow
def body_data(chromium: str, page: Path, tmp_path: Path, name: str) -> re.Match[str]:
    """What ``page``'s script put in ``document.body.dataset[name]``, the page run in headless
    Chromium until its fonts are ready."""
    run = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                          "--disable-component-update", "--disable-sync", "--no-first-run",
                          f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=10000", "--dump-dom",
                          page.as_uri()], capture_output=True, text=True, timeout=120, check=False)
    found = re.search(rf'data-{name}="([^"]*)"', run.stdout)
    assert found, run.stderr[-2000:]
    return found


def test_chromium_sets_kai_quotes_full_width(tmp_path: Path) -> None:
    """Measured in a browser: with the book's stylesheet, four quotes in the 楷 body take four
    ems, like four Han characters; the same quotes from the 楷 subset alone take under two."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed")
    folder = tmp_path / "book"
    with zipfile.ZipFile(io.BytesIO(quotes_book(True))) as archive:
        archive.extractall(folder)
    page = folder / "EPUB" / "measure.html"
    page.write_text(
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="style.css">'
        '<style>@font-face { font-family: "kai only"; src: url("fonts/LXGWWenKai-Regular.ttf"); }'
        ' span { white-space: pre; }</style></head><body>'
        '<p><span id="quotes">“”‘’</span><span id="han">正文龙岩</span>'
        '<span id="kai" style="font-family: \'kai only\'">“”‘’</span></p>'
        '<script>document.fonts.ready.then(() => { document.body.dataset.widths = ["quotes", "han", "kai"]'
        '.map(id => document.getElementById(id).getBoundingClientRect().width).join(" "); });</script>'
        "</body></html>", encoding="utf-8")
    found = body_data(chromium, page, tmp_path, "widths")
    quotes, han, kai = (float(width) for width in found.group(1).split())
    assert han > 0 and abs(quotes - han) < 0.05 * han, (quotes, han)
    assert kai < 0.5 * han, (kai, han)  # the control: 楷's own quotes would be narrow


def test_chromium_breaks_a_headline_between_words(tmp_path: Path) -> None:
    """In a browser, at many widths, the headline's lines start only at word boundaries (the
    stylesheet's keep-all and the chapter's <wbr/>): 陳水扁 is never cut, where clreq alone would
    allow a break between any two Han characters."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed")
    title = "台北看守所昨天抽查前總統陳水扁的房舍引來扁的強烈不滿並透過律師表達嚴正抗議"
    source = tmp_path / "a.txt"
    source.write_text(f"{title}\n（中央社台北24日電）北所表示，抽查是例行公事。\n", encoding="utf-8")
    book = tmp_path / "a.epub"
    convertkit.convert(source, book)
    folder = tmp_path / "book"
    with zipfile.ZipFile(book) as archive:
        archive.extractall(folder)
        chapter = next(name for name in archive.namelist() if name.endswith(".xhtml") and "nav" not in name)
    heading = re.search(r"<h1 class=\"title\">(.*?)</h1>", (folder / chapter).read_text("utf-8")).group(1)
    assert "<wbr/>" in heading and "陳水扁" in heading.replace("<wbr/>", "")
    page = folder / "EPUB" / "measure.html"
    widths = list(range(6, 20))
    page.write_text(
        '<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><link rel="stylesheet" href="style.css"></head>'
        "<body>" + "".join(f'<h1 class="title" style="width: {ems}em; font-size: 20px">{heading}</h1>' for ems in widths)
        + "<script>document.fonts.ready.then(() => { document.body.dataset.starts = [...document.querySelectorAll('h1')]"
        ".map(h => { const text = h.textContent, range = document.createRange(), walker = document.createTreeWalker(h, 4);"
        " const tops = []; let node; while ((node = walker.nextNode())) { for (let i = 0; i < node.length; i++) {"
        " range.setStart(node, i); range.setEnd(node, i + 1); tops.push(Math.round(range.getBoundingClientRect().top)); } }"
        " return tops.map((top, i) => i > 0 && top > tops[i - 1] ? i : -1).filter(i => i > 0).join(','); }).join(';'); });"
        "</script></body></html>", encoding="utf-8")
    found = body_data(chromium, page, tmp_path, "starts")
    name = title.index("陳水扁")
    per_width = found.group(1).split(";")
    assert len(per_width) == len(widths) and any(per_width), per_width
    for ems, starts in zip(widths, per_width, strict=True):
        lines = [int(start) for start in starts.split(",") if start]
        assert not {name + 1, name + 2} & set(lines), (ems, lines)


def test_chromium_justifies_a_code_line_at_its_spaces_not_inside_words(tmp_path: Path) -> None:
    """A justified line that holds Western words (a line of code from a WeChat post) stretches at
    its spaces: with ``text-justify: inter-character`` Chromium spread the letters of every word
    (``h a n d l e r . i n s e r t``), so the word measured far wider than set unjustified."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed")
    source = tmp_path / "code.txt"
    source.write_text("延迟调用的写法\n示例代码如下所示，请对照阅读。\n", encoding="utf-8")
    book = tmp_path / "code.epub"
    convertkit.convert(source, book)
    folder = tmp_path / "book"
    with zipfile.ZipFile(book) as archive:
        archive.extractall(folder)
    word = "handler.insert_one({'finished':"
    rest = " True, 'ts': datetime.datetime.now().strftime('%Y-%m-%d')}) 写在最后。"
    page = folder / "EPUB" / "measure.html"
    page.write_text(
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="style.css">'
        "</head><body style='font-size: 16px'>"
        f'<p style="width: 28em"><span id="set">{word}</span>{rest}</p>'
        f'<p style="text-align: left; white-space: pre"><span id="natural">{word}</span></p>'
        '<script>document.fonts.ready.then(() => { document.body.dataset.widths = ["set", "natural"]'
        '.map(id => document.getElementById(id).getBoundingClientRect().width).join(" "); });</script>'
        "</body></html>", encoding="utf-8")
    found = body_data(chromium, page, tmp_path, "widths")
    justified, natural = (float(width) for width in found.group(1).split())
    assert natural > 0 and abs(justified - natural) < 0.02 * natural, (justified, natural)


def test_chromium_printing_the_chapter_never_ends_a_page_with_a_heading(tmp_path: Path) -> None:
    """Paged through Chromium's print layout (CSS fragmentation, as paged reading systems
    do), no page ends with a subheading: the stylesheet keeps each with what follows it
    (``break-after: avoid``), as the PDF and the DOCX's keepNext do. Forty headings over
    paragraphs of one to four lines put some at every page foot without it."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed")
    filler = "据了解，当地有关部门正在加快推进项目建设，确保按期完工并投入使用。"
    blocks: list[Heading | Paragraph] = []
    for index in range(40):
        text = filler * (1 + index % 4)
        blocks += [Heading(f"第{index}个问题是什么？", f"第{index}个问题是什么？"), Paragraph(text, text)]
    book = tmp_path / "questions.epub"
    convertkit.write(Document(meta=Meta(title="标题"), blocks=tuple(blocks)), book)
    folder = tmp_path / "book"
    with zipfile.ZipFile(book) as archive:
        archive.extractall(folder)
        chapter = next(name for name in archive.namelist() if name.endswith(".xhtml") and "nav" not in name)
    printed = tmp_path / "printed.pdf"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={printed}",
                    (folder / chapter).as_uri()], capture_output=True, timeout=120, check=False)
    require_pdftotext = shutil.which("pdftotext")
    if require_pdftotext is None:
        pytest.skip("pdftotext is not installed")
    text = subprocess.run([require_pdftotext, str(printed), "-"], capture_output=True, text=True, check=True).stdout
    pages = [[line for line in page.splitlines() if line.strip()] for page in text.split("\f")]
    assert sum(1 for page in pages if page) >= 3
    for page in pages:
        assert not page or not page[-1].strip().endswith("问题是什么？"), page[-2:]


def test_chromium_breaks_a_subheading_between_words(tmp_path: Path) -> None:
    """A subheading, like the headline, is broken between words in a browser (keep-all and the
    chapter's <wbr/>): 城市基础设施 is never cut inside a word, at any width."""
    from convertkit.typography.words import inside_words

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed")
    text = "关于进一步加强城市基础设施建设管理工作的若干意见和具体实施办法"
    book = tmp_path / "a.epub"
    convertkit.write(Document(meta=Meta(title="标题"), blocks=(Heading(text, text), Paragraph("正文。", "正文。"))), book)
    folder = tmp_path / "book"
    with zipfile.ZipFile(book) as archive:
        archive.extractall(folder)
        chapter = next(name for name in archive.namelist() if name.endswith(".xhtml") and "nav" not in name)
    markup = re.search(r'<h2 class="heading"[^>]*>(.*?)</h2>', (folder / chapter).read_text("utf-8")).group(1)
    assert "<wbr/>" in markup and markup.replace("<wbr/>", "") == text
    page = folder / "EPUB" / "measure.html"
    widths = list(range(5, 16))
    page.write_text(
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="style.css"></head>'
        "<body>" + "".join(f'<h2 class="heading" style="width: {ems}em; font-size: 20px">{markup}</h2>' for ems in widths)
        + "<script>document.fonts.ready.then(() => { document.body.dataset.starts = [...document.querySelectorAll('h2')]"
        ".map(h => { const range = document.createRange(), walker = document.createTreeWalker(h, 4);"
        " const tops = []; let node; while ((node = walker.nextNode())) { for (let i = 0; i < node.length; i++) {"
        " range.setStart(node, i); range.setEnd(node, i + 1); tops.push(Math.round(range.getBoundingClientRect().top)); } }"
        " return tops.map((top, i) => i > 0 && top > tops[i - 1] ? i : -1).filter(i => i > 0).join(','); }).join(';'); });"
        "</script></body></html>", encoding="utf-8")
    per_width = body_data(chromium, page, tmp_path, "starts").group(1).split(";")
    assert len(per_width) == len(widths) and all(per_width), per_width
    inside = inside_words(text)
    for ems, starts in zip(widths, per_width, strict=True):
        assert not {int(start) for start in starts.split(",")} & inside, (ems, starts)


def test_a_short_introduction_ending_in_a_colon_is_kept_with_what_follows(tmp_path: Path) -> None:
    """15.国内联播快讯： leads into its （1）（2）: the chapter marks it ``introduces`` and the
    stylesheet keeps it off a page foot (break-after: avoid), as the PDF and the DOCX do."""
    blocks = (
        Paragraph(text="本期节目主要内容：", raw="x"),
        Paragraph(text="第一条新闻。", raw="x"),
        Paragraph(text="详情如下：", raw="x"),
    )
    book = tmp_path / "intro.epub"
    convertkit.write(Document(meta=Meta(title="标题"), blocks=blocks), book)
    with zipfile.ZipFile(book) as archive:
        chapter = next(name for name in archive.namelist() if name.endswith(".xhtml") and "nav" not in name)
        root = etree.fromstring(archive.read(chapter))
        css = "".join(archive.read(name).decode() for name in archive.namelist() if name.endswith(".css"))
    classes = {"".join(p.itertext()): p.get("class", "") for p in root.iter("{http://www.w3.org/1999/xhtml}p")}
    assert "introduces" in classes["本期节目主要内容："].split()
    assert "introduces" not in classes["第一条新闻。"] and "introduces" not in classes["详情如下："]  # the last block
    rule = re.search(r"p\.introduces\s*\{([^}]*)\}", css)
    assert rule is not None and "break-after: avoid" in rule.group(1)


@pytest.mark.slow
def test_heading_levels_are_h2_and_h3_nested_in_the_table_of_contents(epubcheck: EpubCheck) -> None:
    """A section (1．某某) and the questions under it (level 3): h2 and h3, each in its role's
    class and CSS rule, and the questions nested under their section in the nav and the NCX.
    Markdown ### over #### (no level 2) ranks the same way."""
    for high, low in ((2, 3), (3, 4)):
        doc = Document(meta=Meta(title="市场周评"), blocks=(
            Heading("1．市场走势", "1．市场走势", level=high), Heading("债市会调整吗？", "债市会调整吗？", level=low),
            Paragraph("正文。", "正文。"), Heading("2．政策展望", "2．政策展望", level=high),
            Heading("降准还有空间吗？", "降准还有空间吗？", level=low), Paragraph("正文。", "正文。")))
        data = build([doc])
        chapter = chapters(data)[0]
        assert [(h.tag.rpartition("}")[2], h.get("class"), text_of(h)) for h in chapter.iterfind(".//x:body//*[@id]", NS)
                if h.tag.rpartition("}")[2] in ("h2", "h3")] == [
            ("h2", "heading", "1．市场走势"), ("h3", "subheading", "债市会调整吗？"), ("h2", "heading", "2．政策展望"),
            ("h3", "subheading", "降准还有空间吗？")]
        css = entries(data)["EPUB/style.css"].decode()
        assert re.search(r"(^|[,\s])\.subheading\s*[{,]", css, re.M)
        assert re.search(r"\.subheading \{ word-break: keep-all; \}", css)  # broken between words, as the PDF
        nav = parse_all(data)["EPUB/nav.xhtml"]
        section = nav.find(".//x:nav[@epub:type='toc']//x:li[x:a='1．市场走势']", NS)
        assert [text_of(a) for a in section.iterfind("x:ol/x:li/x:a", NS)] == ["债市会调整吗？"]
        ncx = parse_all(data)["EPUB/toc.ncx"]
        assert ncx.find(".//ncx:meta[@name='dtb:depth']", NS).get("content") == "3"
        labels = {text_of(p.find("ncx:navLabel", NS)).strip(): [text_of(child.find("ncx:navLabel", NS)).strip()
                                                                 for child in p.iterfind("ncx:navPoint", NS)]
                  for p in ncx.iter(f"{{{NS['ncx']}}}navPoint")}
        assert labels["1．市场走势"] == ["债市会调整吗？"] and labels["2．政策展望"] == ["降准还有空间吗？"]
        assert epubcheck(data, f"levels{high}") == []


def test_chromium_sets_the_note_in_its_face_and_the_headline_at_its_phrase_break(tmp_path: Path) -> None:
    """As the PDF sets them, in a browser with the book's stylesheet: the 编者按's text in the
    note's 楷 (the stylesheet's rule for every paragraph set it in 宋, and its characters missing
    from the 宋 subset in 黑), its label in the points' bold 黑, the text the rule's gap and the
    padding off its bar; a two-line headline broken after its colon (主任某某：/ …), where a
    balanced break cut it mid-phrase, and one line where it fits."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed")
    title = "省政府召开常务会议：部署春耕备耕和防汛抗旱工作"
    doc = Document(meta=Meta(title=title, agency="新华社"),
                   blocks=(EditorNote(text="春耕时节，本报记者走访多个县区，记录农时农事。", raw="", label="编者按"),
                           Lead(text="会议强调，要抓紧抓实春耕生产。", raw="")))
    folder = tmp_path / "book"
    with zipfile.ZipFile(io.BytesIO(build([doc]))) as archive:
        archive.extractall(folder)
    chapter = (folder / "EPUB" / "article.xhtml").read_text("utf-8")
    header = re.search(r"<header.*?</header>", chapter).group()  # type: ignore[union-attr]
    aside = re.search(r"<aside.*?</aside>", chapter).group().replace(' epub:type="preamble"', "")  # type: ignore[union-attr]
    assert '<span class="phrase">省政府<wbr/>召开<wbr/>常务会议：</span><span class="phrase">部署' in header
    page = folder / "EPUB" / "measure.html"
    widths = (700, 420)
    page.write_text(
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="style.css"></head>'
        "<body>" + "".join(f'<div style="width: {px}px">{header}</div>' for px in widths) + aside
        + "<script>document.fonts.ready.then(() => { const style = e => getComputedStyle(e);"
        " const note = document.querySelector('aside'), p = note.querySelector('p'), label = note.querySelector('strong');"
        " const lines = [...document.querySelectorAll('h1')].map(h => { const range = document.createRange(),"
        " walker = document.createTreeWalker(h, 4), tops = []; let node; while ((node = walker.nextNode())) {"
        " for (let i = 0; i < node.length; i++) { range.setStart(node, i); range.setEnd(node, i + 1);"
        " tops.push([Math.round(range.getBoundingClientRect().top), node.data[i]]); } }"
        " return tops.map((t, i) => i > 0 && t[0] > tops[i - 1][0] ? t[1] : '').join(''); });"
        " document.body.dataset.look = JSON.stringify({note: style(note).fontFamily, p: style(p).fontFamily,"
        " label: style(label).fontFamily, weight: style(label).fontWeight, pad: style(note).paddingLeft,"
        " size: style(note).fontSize, lines}); });</script></body></html>", encoding="utf-8")
    look = json.loads(html.unescape(body_data(chromium, page, tmp_path, "look").group(1)))
    assert look["p"] == look["note"] and "WenKai" in look["note"].split(",")[0], look
    assert "Sans" in look["label"].split(",")[0] and int(look["weight"]) >= 700, look
    from convertkit.style import load_style

    role = load_style("briefing").role("editor_note")
    off = (role.rule.gap_pt + role.padding_pt) / role.size_pt  # type: ignore[union-attr]
    assert abs(float(look["pad"].removesuffix("px")) / float(look["size"].removesuffix("px")) - off) < 0.05, look
    assert look["lines"] == ["", "部"], look  # one line where it fits, else broken after the colon


def test_adjacent_marks_are_squeezed_as_the_pdf_squeezes_them() -> None:
    """。（ and ”（ and （《 an em and a half, as the PDF sets them: the closing mark's blank half
    (or the second opening mark's) is marked for the stylesheet to take back, across elements
    (the run-in （完）) too; the text is unchanged, and a Traditional article keeps its centred
    marks their full em."""
    doc = Document(meta=Meta(title="《条例》（试行）公布"),
                   blocks=(Paragraph(text="会议审议“（《条例》）”。", raw=""), Paragraph(text="实施工程。", raw=""),
                           EndMark(text="（完）", raw="")))
    (root,) = chapters(build([doc]))
    squeezed = [(span.get("class"), span.text) for span in root.iter("{http://www.w3.org/1999/xhtml}span")
                if span.get("class", "").startswith("squeeze")]
    assert squeezed == [("squeeze-end", "》"),  # the headline's 》（
                        ("squeeze-start", "（"), ("squeeze-start", "《"), ("squeeze-end", "》"), ("squeeze-end", "）"),
                        ("squeeze-end", "”"), ("squeeze-end", "。")], squeezed
    assert [text_of(p) for p in root.iter("{http://www.w3.org/1999/xhtml}p")][-2:] == ["会议审议“（《条例》）”。", "实施工程。（完）"]
    css = entries(build([doc]))["EPUB/style.css"].decode()
    assert "span.squeeze-end { letter-spacing: -0.5em; }" in css
    hant = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, language="zh-Hant", region="TW"))
    assert b"squeeze" not in entries(build([hant]))["EPUB/article.xhtml"]
    assert b"squeeze" not in entries(build([doc], embed_fonts=False))["EPUB/article.xhtml"]
