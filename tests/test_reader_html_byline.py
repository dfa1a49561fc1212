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
            f'<div class="footer">版权所有 某某网</div></body></html>').encode("utf-8")


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
