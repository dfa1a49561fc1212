"""A point that is one clause (a law's （一）…；) has no heading: every writer sets its numbering
alone in bold, and the summary's points line still lists the item."""

from __future__ import annotations

from convertkit.model import Document, Meta, Paragraph, Point
from convertkit.summarize.summary import points_line
from convertkit.writers.docx import _split_point
from convertkit.writers.epub_xhtml import split_point
from convertkit.writers.pdf import _heading_end

_ITEM = Point(number=1, heading="", text="（一）涉及金额较大、情节复杂的；", raw="x", label="（一）")
_HEADED = Point(number=2, heading="工作目标", text="（二）工作目标。到年底完成。", raw="x", label="（二）")


def test_writers_bold_the_numbering_of_an_item_without_heading() -> None:
    assert _split_point(_ITEM) == ("（一）", "涉及金额较大、情节复杂的；")
    assert split_point(_ITEM) == ("（一）", "涉及金额较大、情节复杂的；")
    assert _heading_end(_ITEM) == len("（一）")


def test_writers_bold_numbering_and_heading() -> None:
    assert _split_point(_HEADED) == ("（二）工作目标。", "到年底完成。")
    assert split_point(_HEADED) == ("（二）工作目标。", "到年底完成。")
    assert _heading_end(_HEADED) == len("（二）工作目标。")


def test_points_line_lists_items_without_heading() -> None:
    doc = Document(Meta(title="t"), (Paragraph(text="有下列情形之一的：", raw="x"), _ITEM,
                                     Point(number=2, heading="", text="（二）账目不清的。", raw="x", label="（二）")))
    line, headings = points_line(doc, [1, 2])
    assert line.endswith("：涉及金额较大、情节复杂的；账目不清的。")
    assert headings == ("涉及金额较大、情节复杂的", "账目不清的")


# --------------------------------------------------------------------------- a list's items hang

_RUNDOWN = ("《新闻联播》\n本期节目主要内容：\n"
            "1.某某在某地考察时强调 大力发展某某新兴产业 促进某某产业高端化智能化绿色化升级再上新台阶；\n"
            "2.某某会见某国代表团；\n3.国内联播快讯：\n（1）某地国际消费季启动；\n（2）某项检查行动启动。\n")
_NUMBERED_PARAGRAPHS = ("某市部署今年工作\n某市日前召开会议，部署今年的重点工作。会议提出以下几点要求。\n"
                        "1．健全工作机制。各部门要明确责任分工，按季度通报进展。对进度滞后的项目要及时督办。\n"
                        "2．加强要素保障。要统筹用地、资金和人才，确保重点项目按期开工建设。\n")


def test_a_rundowns_numbered_lines_are_a_lists_items() -> None:
    """新闻联播's 本期节目主要内容: numbered headlines, one clause each, among numbered lines, a
    sub-list's （1） items too, are a list's items; numbered paragraphs of sentences are not, nor is
    prose's 第一，… or a numbered line standing alone."""
    from conftest import build_text as build

    points = build(_RUNDOWN).blocks_of("point")
    assert [point.label for point in points] == ["1.", "2.", "3.", "（1）", "（2）"]
    assert all(point.item for point in points)
    assert not any(point.item for point in build(_NUMBERED_PARAGRAPHS).blocks_of("point"))
    alone = build("某市部署今年工作\n某市日前召开会议，部署今年的重点工作。\n1.健全工作机制；\n会议还研究了其他事项，并作出具体安排。\n")
    assert not any(point.item for point in alone.blocks_of("point"))


def test_writers_hang_a_list_items_wrapped_lines_under_its_text(tmp_path) -> None:
    """The PDF sets an item's wrapped line under its text, past the label, where a numbered
    paragraph's goes back to the margin; the DOCX hangs it by direct indents, the EPUB by the
    element's padding and negative indent."""
    import io
    import re
    import subprocess
    import zipfile

    import convertkit
    from conftest import build_text as build

    doc = build(_RUNDOWN)
    path = tmp_path / "rundown.pdf"
    convertkit.write(doc, path)
    bbox = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    starts: dict[int, tuple[float, str]] = {}  # each line's first word: (x, text), top down
    for x, y, text in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', bbox):
        starts.setdefault(round(float(y)), (float(x), text))
    lines = [start for _, start in sorted(starts.items())]
    first = next(index for index, (_, text) in enumerate(lines) if text.startswith("1.某某"))
    label_x, wrapped_x, second_x = lines[first][0], lines[first + 1][0], lines[first + 2][0]
    assert lines[first + 2][1].startswith("2.") and abs(second_x - label_x) < 1
    assert 4 < wrapped_x - label_x < 12  # under 某, past 1. (about half an em of bold digits and a dot)
    with zipfile.ZipFile(io.BytesIO(convertkit.render(doc, "docx"))) as archive:
        xml = archive.read("word/document.xml").decode()
    items = [part for part in xml.split("<w:p>") if '"Point"' in part]
    assert len(items) == 5 and all("w:hanging=" in part for part in items)
    plain = convertkit.render(build(_NUMBERED_PARAGRAPHS), "docx")
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        assert "w:hanging=" not in archive.read("word/document.xml").decode()
    with zipfile.ZipFile(io.BytesIO(convertkit.render(doc, "epub"))) as archive:
        chapter = next(archive.read(name).decode() for name in archive.namelist() if name.endswith("article.xhtml"))
        css = next(archive.read(name).decode() for name in archive.namelist() if name.endswith(".css"))
    assert chapter.count('class="point item') == 5 and "text-indent: -" in chapter
    assert "p.point.item" in css


def test_the_items_of_a_list_an_item_opens_are_one_level_down() -> None:
    """3.国内联播快讯： opens a list of its own: its （1）（2） are a level down, and 4. (the first
    list's shape again) goes back up; an item without the colon opens nothing, and a paragraph
    between two lists ends the first."""
    from conftest import build_text as build
    from convertkit.structure.lists import label_shape, nest_items

    points = build(_RUNDOWN).blocks_of("point")
    assert [point.depth for point in points] == [0, 0, 0, 1, 1]
    assert label_shape("15.") == label_shape("1.") != label_shape("（12）") == label_shape("（1）")
    assert label_shape("（十一）") == label_shape("（一）")

    def item(label: str, text: str) -> Point:
        return Point(number=1, heading="", text=label + text, raw="", label=label, item=True)

    assert label_shape("③") == label_shape("①") != label_shape("b.") == label_shape("a.")
    blocks = [item("1.", "甲："), item("（1）", "乙："), item("①", "丙："), item("a.", "丁；"), item("b.", "丁；"),
              item("②", "丙；"), item("（2）", "戊；"), item("2.", "己；"), item("（1）", "庚；")]
    assert [block.depth for block in nest_items(blocks)] == [0, 1, 2, 3, 3, 2, 1, 0, 0]
    broken = [item("1.", "甲："), Paragraph(text="一段话。", raw=""), item("（1）", "乙；")]
    assert [getattr(block, "depth", None) for block in nest_items(broken)] == [0, None, 0]


def test_writers_set_a_nested_item_two_characters_further_in(tmp_path) -> None:
    import io
    import re
    import subprocess
    import zipfile

    import convertkit
    from conftest import build_text as build

    doc = build(_RUNDOWN)
    path = tmp_path / "rundown.pdf"
    convertkit.write(doc, path)
    bbox = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', bbox)
    outer = next(float(x) for x, text in words if text.startswith("3."))
    inner = next(float(x) for x, text in words if text.startswith("（1）"))
    size = convertkit.style.load_style("briefing").role("point").size_pt
    assert abs(inner - outer - 2 * size) < 1.0, (outer, inner)
    text = convertkit.render(doc, "txt").decode()
    assert "\n　　3.国内联播快讯：" in text and "\n　　　　（1）某地国际消费季启动；" in text
    with zipfile.ZipFile(io.BytesIO(convertkit.render(doc, "docx"))) as archive:
        xml = archive.read("word/document.xml").decode()
    items = [part for part in xml.split("<w:p>") if '"Point"' in part]
    lefts = [int(re.search(r'w:leftChars="(\d+)"', part).group(1)) for part in items]  # type: ignore[union-attr]
    assert len(lefts) == 5 and lefts[3] - lefts[2] > 150 and lefts[3] == lefts[4]  # two characters and more
    with zipfile.ZipFile(io.BytesIO(convertkit.render(doc, "epub"))) as archive:
        chapter = next(archive.read(name).decode() for name in archive.namelist() if name.endswith("article.xhtml"))
        css = next(archive.read(name).decode() for name in archive.namelist() if name.endswith(".css"))
    assert chapter.count('class="point item depth-1"') == 2 and "p.point.item.depth-1" in css
