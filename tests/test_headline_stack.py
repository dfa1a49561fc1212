"""A print headline's stack: the kicker (引题) above the title (主题) and the subtitle (副题) under it.

Readers find the kicker where the source marks it (an e-paper page's heading over the <h1>, its
CMS comment, a crawler's field, a labelled or unmistakable text stack) and nowhere else; writers
set it on its own line above the title, smaller. Every page, record and text is invented, in the
shape of the real ones (人民日报's, 光明日报's and 人民网's article pages, Founder's enpproperty comment).
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

import convertkit
from conftest import every_block_document, require_tool
from convertkit import read
from convertkit.model.jsonio import document_from_dict, document_to_dict
from test_pdf import pdftotext

_KICKER = "坚持稳中求进 推动高质量发展"
_TITLE = "全省经济工作会议在杭州举行"
_DECK = "会议部署明年八个方面重点任务"
_STORY = (
    "本报杭州12月12日电（记者 张小明）全省经济工作会议12日在杭州举行。会议全面总结今年经济工作，分析当前经济形势，部署明年经济工作。",
    "会议认为，今年以来，全省上下坚持稳中求进工作总基调，经济运行总体回升向好，高质量发展扎实推进。",
    "会议强调，明年要着力扩大有效需求，着力推动科技创新和产业创新深度融合，着力保障和改善民生。",
)


def _texts(doc) -> list[str]:
    return [block.text for block in doc.blocks if getattr(block, "text", None)]


def _no_stack_in_body(doc) -> None:
    texts = _texts(doc)
    assert not any(part in texts for part in (_KICKER, _TITLE, _DECK, f"——{_DECK}")), texts
    assert any(text.startswith("全省经济工作会议12日在杭州举行") for text in texts), texts


# --- HTML pages -------------------------------------------------------------------------------


def _page(stack: str, *, head: str = "") -> bytes:
    paragraphs = "".join(f"<p>　　{text}</p>" for text in _STORY)
    return (
        f"<html><head><meta charset='utf-8'><title>{_TITLE}</title>{head}</head><body>"
        f"<div class='article'>{stack}"
        "<p class='sec'>本报记者 张小明 <span class='date'>《浙江日报》（2024年12月13日 第 01 版）</span></p>"
        f"<div id='ozoom'>{paragraphs}</div></div></body></html>"
    ).encode()


def test_an_epaper_pages_heading_over_the_headline_is_the_kicker():
    """人民日报's digital edition: <h3> kicker, <h1> title, <h2> deck."""
    doc = read(_page(f"<h3>{_KICKER}</h3><h1>{_TITLE}</h1><h2>{_DECK}</h2>"), format="html")
    assert (doc.meta.kicker, doc.meta.title, doc.meta.subtitle) == (_KICKER, _TITLE, _DECK)
    _no_stack_in_body(doc)


def test_the_kicker_is_read_when_the_decks_slot_is_empty():
    """The page keeps the deck's <h2> when the story has none: the three slots still say it is a stack."""
    doc = read(_page(f"<h3>{_KICKER}</h3><h1>{_TITLE}</h1><h2></h2>"), format="html")
    assert (doc.meta.kicker, doc.meta.title, doc.meta.subtitle) == (_KICKER, _TITLE, None)
    _no_stack_in_body(doc)


def test_a_portals_pre_and_sub_headings_are_the_kicker_and_the_subtitle():
    """人民网's article template: <h3 class="pre"> over the <h1>, <h4 class="sub"> under it."""
    stack = f"<h3 class='pre'>{_KICKER}</h3><h1>{_TITLE}</h1><h4 class='sub'>——{_DECK}</h4>"
    doc = read(_page(stack), format="html")
    assert (doc.meta.kicker, doc.meta.title, doc.meta.subtitle) == (_KICKER, _TITLE, f"——{_DECK}")
    _no_stack_in_body(doc)


def test_the_cms_comment_gives_the_kicker_the_markup_does_not_show():
    """Founder's CMS states the stack in an enpproperty comment (introtitle, subtitle)."""
    comment = (f"<!--enpproperty <articleid>1</articleid><date>2024-12-13</date><title>{_TITLE}</title>"
               f"<subtitle>{_DECK}</subtitle><introtitle>{_KICKER}</introtitle><siteid>1</siteid>/enpproperty-->")
    doc = read(_page(f"{comment}<h1>{_TITLE}</h1>"), format="html")
    assert (doc.meta.kicker, doc.meta.title, doc.meta.subtitle) == (_KICKER, _TITLE, _DECK)


def test_an_empty_cms_comment_gives_no_kicker():
    comment = f"<!--enpproperty <title>{_TITLE}</title><subtitle></subtitle><introtitle></introtitle>/enpproperty-->"
    doc = read(_page(f"{comment}<h1>{_TITLE}</h1>"), format="html")
    assert doc.meta.kicker is None and doc.meta.subtitle is None


@pytest.mark.parametrize("above", [
    "<h3>国际新闻</h3>",  # a channel's name over a lone <h1>
    f"<h3>{_KICKER}</h3>",  # a bare heading over a lone <h1>: no stack
    "<h3 class='pre'>2024-12-13 10:00 来源：浙江日报</h3>",  # an info line
    "<h3 class='pre'>首页 > 要闻</h3>",  # a breadcrumb
    "<h3 class='pre'>这是一句完整的话，写在标题上面。</h3>",  # a sentence
])
def test_what_stands_over_a_headline_without_a_stack_is_no_kicker(above: str):
    doc = read(_page(f"{above}<h1>{_TITLE}</h1><div class='info'>2024-12-13</div>"), format="html")
    assert doc.meta.kicker is None and doc.meta.title == _TITLE


def _founder_page(kicker: str, deck: str, *, title_tag: str = "经济日报多媒体数字报刊") -> bytes:
    """Founder's e-paper (方正数字报): the headline in table rows, the title in the font01 cell, the
    kicker and the deck in the font02 cells of the rows above and below it; no <h1>."""
    paragraphs = "".join(f"<p>　　{text}</p>" for text in _STORY)
    return (
        f"<html><head><meta charset='utf-8'><title>{title_tag}</title></head><body><table><tr><td>"
        "<table><tr><td width='145' align='left'>第01版：要闻</td><td><a href='node_2.htm'>下一版</a></td></tr></table>"
        f"<table width='98%'><tr><td align='center' class='font02'>{kicker}</td></tr>"
        f"<tr><td align='center' class='font01'>{_TITLE}</td></tr>"
        f"<tr><td align='center' class='font02'>{deck}</td></tr>"
        "<tr><td align='center' class='font03'>本报记者 张小明</td></tr></table>"
        f"<div id='ozoom'><founder-content>{paragraphs}</founder-content></div>"
        "</td></tr></table></body></html>"
    ).encode()


def test_an_epaper_headline_set_in_table_rows():
    """Before, the <title> (the e-paper's name) was the title and the three rows were paragraphs."""
    doc = read(_founder_page(_KICKER, _DECK), format="html")
    assert (doc.meta.kicker, doc.meta.title, doc.meta.subtitle) == (_KICKER, _TITLE, _DECK)
    _no_stack_in_body(doc)


def test_an_epaper_headline_in_table_rows_with_empty_kicker_and_deck_cells():
    doc = read(_founder_page("", ""), format="html")
    assert (doc.meta.kicker, doc.meta.title, doc.meta.subtitle) == (None, _TITLE, None)
    _no_stack_in_body(doc)


def test_a_leading_title_heading_is_the_kicker():
    """Another e-paper template: <h2 class="leading_title"> over a lone <h1>."""
    doc = read(_page(f"<h2 class='leading_title'>{_KICKER}</h2><h1>{_TITLE}</h1>"), format="html")
    assert (doc.meta.kicker, doc.meta.title) == (_KICKER, _TITLE)
    _no_stack_in_body(doc)


# --- crawler JSON -----------------------------------------------------------------------------


def _record(**fields: str) -> bytes:
    return json.dumps({"title": _TITLE, "date": "2024-12-13", "content": "\n".join(_STORY), **fields},
                      ensure_ascii=False).encode()


@pytest.mark.parametrize("key", ["introtitle", "leadtitle", "yinti", "pretitle", "kicker", "引题", "肩题"])
def test_a_records_kicker_field_is_the_kicker(key: str):
    doc = read(_record(**{key: _KICKER, "subtitle": _DECK}), format="json")
    assert (doc.meta.kicker, doc.meta.title, doc.meta.subtitle) == (_KICKER, _TITLE, _DECK)


def test_a_records_stack_repeated_over_its_story_is_taken_out_of_the_body():
    """An e-paper crawler writes the stack over the story (h3, h1, h2, then the paragraphs)."""
    doc = read(_record(introtitle=_KICKER, subtitle=_DECK, content="\n".join((_KICKER, _TITLE, _DECK, *_STORY))),
               format="json")
    assert (doc.meta.kicker, doc.meta.subtitle) == (_KICKER, _DECK)
    _no_stack_in_body(doc)


def test_the_line_over_a_records_headline_in_its_text_is_the_kicker():
    """No kicker field, but the text sets a short line right over the record's own title."""
    doc = read(_record(content="\n".join((_KICKER, _TITLE, *_STORY))), format="json")
    assert (doc.meta.kicker, doc.meta.title) == (_KICKER, _TITLE)
    _no_stack_in_body(doc)


def test_a_summary_in_the_subtitle_field_is_no_subtitle():
    doc = read(_record(subtitle=_STORY[1]), format="json")
    assert doc.meta.subtitle is None and doc.meta.kicker is None


def test_a_field_map_names_the_kicker():
    doc = read(_record(lead_in=_KICKER), format="json", fields={"kicker": "lead_in"})
    assert doc.meta.kicker == _KICKER


# --- plain text -------------------------------------------------------------------------------


def _text(*lines: str) -> bytes:
    return "\n".join(lines).encode()


def test_a_short_line_a_headline_and_a_dashed_subtitle_are_the_stack():
    doc = read(_text(_KICKER, _TITLE, f"——{_DECK}", *_STORY), format="text")
    assert (doc.meta.kicker, doc.meta.title, doc.meta.subtitle) == (_KICKER, _TITLE, f"——{_DECK}")
    _no_stack_in_body(doc)
    assert doc.meta.dateline is not None and doc.meta.reporters == ("张小明",)


def test_a_print_page_copys_labelled_stack():
    doc = read(_text(f"引题：{_KICKER}", f"主题：{_TITLE}", f"副题：{_DECK}", *_STORY), format="text")
    assert (doc.meta.kicker, doc.meta.title, doc.meta.subtitle) == (_KICKER, _TITLE, _DECK)
    assert doc.meta.header_raw[:3] == (f"引题：{_KICKER}", f"主题：{_TITLE}", f"副题：{_DECK}")
    _no_stack_in_body(doc)


def test_a_labelled_kicker_over_an_unlabelled_headline():
    doc = read(_text(f"肩题：{_KICKER}", _TITLE, *_STORY), format="text")
    assert (doc.meta.kicker, doc.meta.title) == (_KICKER, _TITLE)


def test_a_two_line_headline_with_no_dashed_subtitle_stays_as_it_was():
    """Title and deck, or kicker and title? Without a ——subtitle under them nobody can tell: no kicker."""
    doc = read(_text(_KICKER, _TITLE, *_STORY), format="text")
    assert doc.meta.kicker is None and doc.meta.title == _KICKER


def test_an_ordinary_articles_first_line_is_still_the_title():
    doc = read(_text(_TITLE, *_STORY), format="text")
    assert doc.meta.kicker is None and doc.meta.title == _TITLE
    doc = read(_text(_TITLE, f"——{_DECK}", *_STORY), format="text")
    assert (doc.meta.kicker, doc.meta.title, doc.meta.subtitle) == (None, _TITLE, f"——{_DECK}")


def test_a_papers_name_over_the_headline_is_no_kicker():
    doc = read(_record(content="\n".join(("浙江日报", _TITLE, *_STORY))), format="json")
    assert doc.meta.kicker is None


# --- the model and the writers ----------------------------------------------------------------


def _stacked():
    return every_block_document(kicker=_KICKER, subtitle=_DECK)


def test_the_kicker_round_trips_through_json():
    doc = _stacked()
    data = json.loads(convertkit.render(doc, "json"))
    assert data["meta"]["kicker"] == _KICKER
    assert document_from_dict(document_to_dict(doc)).meta.kicker == _KICKER
    old = document_to_dict(every_block_document())
    del old["meta"]["kicker"]  # a document written before the field existed
    assert document_from_dict(old).meta.kicker is None


def test_the_reading_copy_prints_the_kicker_on_its_own_line_before_the_title():
    doc = _stacked()
    lines = convertkit.render(doc, "txt").decode().splitlines()
    assert lines[:3] == [_KICKER, doc.meta.title, _DECK]
    summary = convertkit.render(doc, "summary").decode().splitlines()
    assert summary[:2] == [_KICKER, doc.meta.title]


def test_no_kicker_no_extra_line():
    doc = every_block_document()
    assert convertkit.render(doc, "txt").decode().splitlines()[0] == doc.meta.title


def test_the_pdf_sets_the_kicker_above_the_title(tmp_path: Path):
    doc = _stacked()
    path = tmp_path / "a.pdf"
    path.write_bytes(convertkit.render(doc, "pdf"))
    text = "".join(pdftotext(path, "-l", "1").split())
    at = [text.find("".join(part.split())) for part in (_KICKER, doc.meta.title, _DECK)]
    assert -1 not in at and at == sorted(at), at


def test_the_docx_gives_the_kicker_its_own_style_above_the_title():
    doc = _stacked()
    with zipfile.ZipFile(io.BytesIO(convertkit.render(doc, "docx"))) as docx:
        body = docx.read("word/document.xml").decode()
        styles = docx.read("word/styles.xml").decode()
    assert 'w:styleId="Kicker"' in styles
    kicker = body.find('<w:pStyle w:val="Kicker"/>')
    title = body.find('<w:pStyle w:val="Title"/>')
    assert -1 < kicker < body.find(_KICKER) < title
    assert body.count('<w:pStyle w:val="Kicker"/>') == 1


def test_the_epub_marks_the_kicker_up_above_the_title():
    doc = _stacked()
    with zipfile.ZipFile(io.BytesIO(convertkit.render(doc, "epub"))) as epub:
        names = epub.namelist()
        chapter = next(epub.read(name).decode() for name in names if name.endswith(".xhtml") and "article" in name)
        css = "".join(epub.read(name).decode() for name in names if name.endswith(".css"))
    assert f'<p class="kicker">{_KICKER}</p>' in chapter
    assert chapter.find('class="kicker"') < chapter.find('<h1 class="title"')
    assert "p.kicker" in css


def test_the_epub_with_a_kicker_passes_epubcheck(tmp_path: Path):
    jar = Path("/usr/share/java/epubcheck.jar")
    if not jar.exists():
        pytest.skip("epubcheck is not installed")
    java = require_tool("java")
    path = tmp_path / "a.epub"
    path.write_bytes(convertkit.render(_stacked(), "epub"))
    import subprocess

    result = subprocess.run([java, "-jar", str(jar), str(path)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_pagers_link_over_the_headline_is_no_kicker():
    above = "<div class='pre'><a href='/1.html'>上一篇：某县开展环保宣传周活动</a></div>"
    doc = read(_page(f"{above}<h1>{_TITLE}</h1><h2>{_DECK}</h2>"), format="html")
    assert doc.meta.kicker is None


@pytest.mark.parametrize("tag", ["国内要闻", "人民时评"])
def test_a_channels_or_columns_tag_over_a_records_headline_is_no_kicker(tag: str):
    doc = read(_record(content="\n".join((tag, _TITLE, *_STORY))), format="json")
    assert doc.meta.kicker is None


def test_an_epaper_crawlers_three_headline_lines_over_the_story_are_the_stack():
    """人民日报 crawlers write the page's h3, h1 and h2 a line each over the story."""
    doc = read(_text(_KICKER, _TITLE, _DECK, *_STORY), format="text")
    assert (doc.meta.kicker, doc.meta.title, doc.meta.subtitle) == (_KICKER, _TITLE, _DECK)
    _no_stack_in_body(doc)
    doc = read(_text(_KICKER, _TITLE, _DECK, "本报记者 张小明", _STORY[0].partition("）")[2], *_STORY[1:]), format="text")
    assert (doc.meta.kicker, doc.meta.title, doc.meta.subtitle) == (_KICKER, _TITLE, _DECK)
    assert doc.meta.reporters == ("张小明",)


@pytest.mark.parametrize("lines", [
    ("全省经济工作会议在杭州举行并", "部署明年八个方面重点任务", _DECK),  # a headline wrapped over two lines
    (_TITLE, "一、着力扩大有效需求", "二、着力推动产业创新"),  # a title over numbered points
    (_KICKER, _TITLE, _DECK, "短短一行"),  # no story straight under the three lines
    (_TITLE, "——论扎实推动高质量发展", "本报评论员"),  # a commentary: title, deck, writer
    (_TITLE, "李华", "本报特约评论员"),  # title, writer, post
    ("某市人民政府办公厅", "关于印发垃圾分类实施方案的通知", "某政办发〔2024〕1号"),  # an official notice
])
def test_three_short_lines_that_are_no_stack_give_no_kicker(lines: tuple[str, ...]):
    doc = read(_text(*lines, *_STORY[1:]), format="text")
    assert doc.meta.kicker is None
