"""Bylines and info lines printed under the headline of a saved page with no <meta author>.

Sites print who wrote a story and where it came from as visible lines between the headline and
the body (``<p class="author">文 / 周明</p>``, ``<div class="info">来源：新京报　作者：周明…``),
in markup the extractor drops as page chrome. The reader reads them into hints; they never
become body text, and lines of other shapes (a subtitle, an app prompt) are never read as credits.
"""

from __future__ import annotations

import pytest

from convertkit import read
from convertkit.readers.html import extract_html
from convertkit.readers.html_info import credit_facts

_TITLE = "城市更新让老街区焕发新活力"
_BODY = (
    "记者近日走访发现，东城区多条胡同在城市更新中完成了管线改造，居民生活条件明显改善。",
    "“以前下雨天院子里全是积水，现在排水管换了，再也不用发愁了。”家住草厂胡同的王大爷说。",
    "据介绍，今年东城区还将启动十余个片区的更新项目，涉及居民五千余户，改造资金由市区两级财政共同承担。",
)


def page(info: str) -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in _BODY)
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{_TITLE}</title></head>'
            f'<body><div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>'
            f'<div class="article"><h1>{_TITLE}</h1>{info}<div class="content">{paragraphs}</div></div>'
            f'<div class="footer">版权所有 某某网</div></body></html>').encode()


@pytest.mark.parametrize(("info", "published", "agency", "authors", "editors"), [
    ('<p class="author">文 / 周明</p>', None, None, ("周明",), ()),
    ("<span>记者 周明</span>", None, None, ("周明",), ()),
    ('<div class="info">来源：新京报　作者：周明　2024-03-02 10:21</div>', "2024-03-02T10:21", "新京报", ("周明",), ()),
    ('<div class="article-info"><span class="source">新京报</span><span class="author">记者 周明 李华</span>'
     '<span class="time">2024-03-02 10:21</span></div>', "2024-03-02T10:21", "新京报", ("周明", "李华"), ()),
    ('<div class="byline">新京报记者 周明　编辑 王五　校对 李立</div>', None, "新京报", ("周明",), ("王五",)),
    ('<div class="meta"><span>周明</span><span>2024-03-02 10:21</span><span>新京报</span></div>',
     "2024-03-02T10:21", "新京报", ("周明",), ()),
    ('<p class="author">撰文：周明　攝影：李華</p><p class="time">2024-03-02</p>', "2024-03-02", None,
     ("周明", "李華摄"), ()),
    ('<div class="info"><span>时间： 2019-09-18 06:23</span> <span>来源： 山西日报</span></div>',
     "2019-09-18T06:23", "山西日报", (), ()),
])
def test_credit_lines_under_the_headline(info, published, agency, authors, editors):
    extract = extract_html(page(info), path="p.html")
    hints = extract.hints
    assert (hints.published, hints.agency, hints.authors, hints.editors) == (published, agency, authors, editors)
    assert [line.text for line in extract.lines] == list(_BODY)


@pytest.mark.parametrize(("info", "reporters", "editors"), [
    ('<p class="author">文丨棒棒不是糖</p>', ("棒棒不是糖",), ()),
    ('<div class="info">来源：新京报　作者：小胖</div>', ("小胖",), ()),
    ('<div class="info">来源：新京报　编辑：棒棒不是糖</div>', (), ("棒棒不是糖",)),
    ('<div class="info">作者：周明　编辑：Lily Wang</div>', ("周明",), ("Lily Wang",)),
])
def test_a_labelled_handle_is_the_writers_or_editors_name(info, reporters, editors):
    document = read(page(info), format="html")
    assert (document.meta.reporters, document.meta.editors) == (reporters, editors)
    assert [block.text for block in document.blocks] == list(_BODY)


@pytest.mark.parametrize(("info", "agency", "reporters"), [
    ('<p class="author">日经中文网 中村裕 东京报道</p>', "日经中文网", ("中村裕",)),
    ('<p class="author">日本经济新闻（中文版：日经中文网）中村裕 山田周平 北京报道</p>', "日经中文网", ("中村裕", "山田周平")),
    ('<p class="author">BBC中文 周明 发自伦敦</p>', "BBC中文", ("周明",)),
])
def test_a_mastheads_report_line_names_the_outlet_and_its_writers(info, agency, reporters):
    document = read(page(info), format="html")
    assert (document.meta.agency, document.meta.reporters) == (agency, reporters)
    assert [block.text for block in document.blocks] == list(_BODY)


@pytest.mark.parametrize("line", ["编辑推荐", "作者：某某研究院", "编辑：推荐",
                                  # a label over a note on the writer: 简 and 单 are surnames, 简介 is no name
                                  "作者简介：周明，某某大学教授", "作者简介", "作者 简介", "作者：简介", "文/作者简介",
                                  "作者介绍：周明", "作者单位：某某大学"])
def test_a_label_before_a_word_or_an_organisation_credits_no_handle(line):
    facts = credit_facts(line)
    assert facts is None or not (facts.authors or facts.editors)


def test_a_writers_bio_label_in_the_info_line_names_no_writer():
    document = read(page('<div class="info"><span>2024-03-02 10:21</span> <span>作者简介：周明，某某大学教授</span></div>'),
                     format="html")
    assert document.meta.reporters == () and document.meta.published == "2024-03-02T10:21"


def test_a_wechat_id_after_the_source_is_no_part_of_it():
    for info in ('<div class="info">2024-03-02 10:21 来源：某某日报 微信号：mouribao</div>',
                 '<div class="info">2024-03-02 10:21 来源：某某日报 微信号 mouribao</div>'):
        assert read(page(info), format="html").meta.agency == "某某日报", info


def test_byline_reaches_the_document_and_stays_out_of_the_body():
    document = read(page('<p class="author">撰文：周明　攝影：李華</p>'), format="html")
    assert document.meta.reporters == ("周明",)
    assert document.meta.photographers == ("李華",)
    assert "周明" not in "".join(block.text for block in document.blocks)


@pytest.mark.parametrize("line", [
    "胡同里的烟火气回来了",  # a subtitle
    "下载客户端 独家抢先看",  # an app prompt: 客户端 ends like an outlet, but nobody labelled it
    "时间： 2019-09-18 06:23",  # a time label is no name (时 is a surname)
    "周明",  # a name alone says nothing about its role
    "记者近日走访发现，东城区多条胡同完成了管线改造。",
])
def test_other_lines_are_not_credits(line):
    facts = credit_facts(line)
    assert facts is None or not facts.authors


def _article(head: str, tail: str = "", title: str = _TITLE) -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in _BODY)
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>{head}'
            f'<div id="detail">{paragraphs}</div>{tail}<div class="foot">Copyright © 2024 某某网</div></body></html>'
            ).encode()


def test_xinhua_date_in_boxes_above_the_headline_and_editor_after_the_body():
    head = ('<div class="header-time left"><span class="year"><em> 2024</em></span><span class="day"><em> 03</em>/<em>02</em>'
            f'</span><span class="time"> 10:21:35</span></div><div class="source"> 来源：新华网 </div><h1><span class="title">{_TITLE}</span></h1>')
    tail = ('<div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a></span>'
            '<span class="editor">【责任编辑:赵六】</span></div><div class="xgtj"><div class="tit">相关推荐</div></div>')
    hints = extract_html(_article(head, tail), path="p.html").hints
    assert (hints.published, hints.agency, hints.editors) == ("2024-03-02T10:21:35", "新华网", ("赵六",))


def test_netease_credits_after_the_body():
    head = (f'<h1 class="post_title">{_TITLE}</h1><div class="post_info">2024-03-02 10:21:35　来源: <a href="#">新京报</a>'
            '<a class="post_jubao">举报</a></div>')
    tail = ('<div class="post_author"><a><img src="x.png"/></a>本文来源：<a>新京报</a>　　作者：周明<br/>'
            '责任编辑：王五_NBJ11279</div><div class="post_comment">跟贴 123 参与 4567 网友 2024-03-02 12:00</div>')
    hints = extract_html(_article(head, tail), path="p.html").hints
    assert (hints.published, hints.agency, hints.authors, hints.editors) == (
        "2024-03-02T10:21:35", "新京报", ("周明",), ("王五",))


def test_initium_byline_filed_from_a_place_and_a_verb_is_no_outlet():
    head = (f'<div class="channel">香港</div><h1>{_TITLE}</h1><p class="summary">胡同里的烟火气回来了。</p>'
            '<div class="byline">端傳媒記者 周明 發自香港</div><time datetime="2024-03-02T02:21:00Z">刊登於 2024-03-02</time>')
    hints = extract_html(_article(head), path="p.html").hints
    assert (hints.published, hints.agency, hints.authors) == ("2024-03-02T02:21+00:00", "端傳媒", ("周明",))


def test_yicai_credits_under_the_standfirst():
    head = (f'<h1>{_TITLE}</h1><p class="names">作者：周明　　责编：王五</p><h2>今年东城区还将启动十余个片区的更新项目，涉及居民五千余户。</h2>'
            '<div class="f-fl"><span>第一财经</span><em>2024-03-02 10:21:35</em></div>')
    hints = extract_html(_article(head), path="p.html").hints
    assert (hints.published, hints.agency, hints.authors, hints.editors) == (
        "2024-03-02T10:21:35", "第一财经", ("周明",), ("王五",))


def test_toutiao_original_tag_beside_the_account():
    head = (f'<h1>{_TITLE}</h1><div class="article-meta"><span class="original-tag">原创</span><span>2024-03-02 10:21</span>'
            '<span class="dot">·</span><span class="name"><a href="/c/user/1/">新京报</a></span></div>')
    hints = extract_html(_article(head), path="p.html").hints
    assert (hints.published, hints.agency) == ("2024-03-02T10:21", "新京报")


def test_bbc_comma_labelled_byline_leaves_the_body():
    head = (f'<h1 id="content">{_TITLE}</h1><div class="byline"><ul><li><span class="visually-hidden">作者,</span><span>周明</span></li>'
            '<li><span class="visually-hidden">职务,</span><span>BBC中文记者</span></li></ul></div>')
    paragraphs = "".join(f'<div dir="ltr"><p>{text}</p></div>' for text in _BODY)
    html = f"<html><head><title>{_TITLE} - BBC News 中文</title></head><body><main>{head}{paragraphs}</main></body></html>"
    extract = extract_html(html.encode("utf-8"), path="p.html")
    assert extract.hints.authors == ("周明",)
    assert [line.text for line in extract.lines] == list(_BODY)


def test_byline_with_its_editor_above_the_body_is_no_editor_line():
    """第一财经: 作者：周明　　责编：王五 above the body would read as the closing editor line."""
    html = (f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1><div class=\"m-txt\">"
            f"<p>作者：周明　　责编：王五</p>" + "".join(f"<p>{text}</p>" for text in _BODY) + "</div></body></html>")
    document = read(html.encode("utf-8"), format="html")
    assert (document.meta.reporters, document.meta.editors) == (("周明",), ("王五",))
    assert [block.kind for block in document.blocks] == ["lead", "paragraph", "paragraph"]


def test_bare_name_under_the_headline_is_a_byline_only_when_the_markup_says_so():
    """联合早报: <span class="author">周明</span> above 发布/2024年3月2日 10:21."""
    marked = (f'<h1 class="article-title">{_TITLE}</h1><div class="article-meta"><div class="author-info">'
              '<span class="author">周明</span></div><div class="time"><span>发布/2024年3月2日 10:21</span></div></div>')
    hints = extract_html(_article(marked), path="p.html").hints
    assert (hints.published, hints.authors) == ("2024-03-02T10:21", ("周明",))
    unmarked = marked.replace('class="author"', 'class="tag"').replace('class="author-info"', 'class="tags"')
    assert extract_html(_article(unmarked), path="p.html").hints.authors == ()


def test_a_commentary_desk_signing_the_page_is_no_writer() -> None:
    """作者：光明网评论员 (or <meta name="author">): the outlet's desk signs the commentary; the page,
    like its text copy, names no person, and the outlet stays the agency."""
    doc = read(page('<div class="info">2024-05-04 08:30 来源：光明网 作者：光明网评论员</div>'), format="html")
    assert doc.meta.reporters == () and doc.meta.agency == "光明网"
    signed = page("<p>作者：本报记者 周明</p>").replace(
        b"<head>", '<head><meta name="author" content="人民日报评论员">'.encode())
    assert read(signed, format="html").meta.reporters == ("周明",)
