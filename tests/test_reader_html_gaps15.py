"""Saved article pages whose story sits in a container the extractor does not know by name
(``<div id="detail" class="article">``, WeChat's ``#js_content``, TRS's ``TRS_Editor``,
``#artibody``, a bare ``<div>``): header, navigation, scripts, a share bar, the story with its
subheadings, a picture with its caption, a list, the editor line, related links and a footer,
all with invented text. The story keeps its subheadings, its list and its editor line, and no
page furniture comes with them."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from convertkit import read
from convertkit.readers.html import _story_as_article
from convertkit.writers.text import render_text

_TITLE = "某市下月起优化调整四十余条公交线路"
_HEADINGS = ("新增线路覆盖新建小区", "部分重复线路将撤并", "调整期间设置过渡措施")
_CAPTION = "新开通的公交线路首班车驶出东区枢纽站。"
_EDITOR = "【责任编辑：王小明】"
_STORY = (
    "<p>记者从市交通运输局获悉，本市将于下月起对全市公交线路进行一次全面优化调整，涉及线路四十余条，覆盖城区主要客流走廊。</p>"
    "<p>据介绍，此次调整以“减少重复、填补空白、提高效率”为原则，前期经过了为期半年的客流调查和多轮公众意见征集。</p>"
    f"<h2>{_HEADINGS[0]}</h2>"
    "<p>针对近年来城市东部新建居住区较多、公交覆盖不足的问题，此次将新开通线路八条，串联起东部片区的主要居住区和地铁站点。</p>"
    f'<figure><img src="bus.jpg" alt=""><figcaption>{_CAPTION}</figcaption></figure>'
    "<p>市交通运输局有关负责人表示，新线路开通后，东部片区居民到达最近地铁站的平均时间将缩短约十分钟，出行更加方便快捷。</p>"
    f"<h3>{_HEADINGS[1]}</h3>"
    "<p>与此同时，对于与地铁线路高度重合、客流持续低迷的线路，将采取撤销或合并的方式进行调整，释放出的运力将投放到客流较大的线路上。</p>"
    "<ul><li>撤销线路三条，均与地铁二号线走向基本一致；</li><li>合并线路五条，合并后的线路保留原线路的主要站点；</li>"
    "<li>其余线路的站点和发车间隔同步优化。</li></ul>"
    f"<h2>{_HEADINGS[2]}</h2>"
    "<p>为方便市民适应，调整后的一个月内，原线路站牌将保留并加贴提示，各站点还将安排志愿者进行引导，市民也可拨打服务热线咨询。</p>"
    f'<div class="editor">{_EDITOR}</div>'
)
_RELATED = ("地铁三号线延伸段年内开通运营试运行", "城市东部片区新建三所中小学校舍", "本市出台促进公共交通优先发展意见")


def _page(container: str) -> bytes:
    """A portal's page: the headline box, then the story in ``container``, then the page's lists."""
    opening, closing = container.split("{}")
    return (
        f'<html><head><meta charset="utf-8"><title>{_TITLE}_新闻中心_某某网</title>'
        "<script>window.dataLayer = [];</script></head><body>"
        '<div class="header"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/sports">体育</a></div>'
        '<div class="nav"><ul><li><a href="/a">国内新闻</a></li><li><a href="/b">国际新闻</a></li>'
        '<li><a href="/c">社会新闻</a></li></ul></div>'
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻中心</a></div>'
        f'<div class="title-box"><h1>{_TITLE}</h1>'
        '<div class="info"><span>2024-05-12 09:30</span> <span>来源：某某日报</span></div>'
        '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div></div>'
        f"{opening}{_STORY}{closing}"
        '<div class="related"><h4>相关新闻</h4><ul>'
        + "".join(f'<li><a href="/x{i}.html">{title}</a></li>' for i, title in enumerate(_RELATED))
        + '</ul></div><div class="comment"><h4>网友评论</h4><p>已有0人参与评论</p></div>'
        '<div class="footer"><p>版权所有 某某网 ICP备12345678号</p></div>'
        "<script>console.log(1)</script></body></html>").encode()


_CONTAINERS = (
    '<div id="detail" class="article">{}</div>',
    '<div class="rich_media_content" id="js_content">{}</div>',
    '<div class="TRS_Editor">{}</div>',
    '<div id="artibody">{}</div>',
    "<div>{}</div>",
    "<article>{}</article>",
)


@pytest.mark.parametrize("container", _CONTAINERS)
def test_subheadings_and_list_kept_in_an_unknown_container(container):
    """The story's <h2>/<h3> are Heading blocks in their place and its <ul> gives list items,
    whatever the container's name; the related links and comments stay out."""
    document = read(_page(container), format="html")
    kinds = [(block.kind, block.text) for block in document.blocks]
    headings = [text for kind, text in kinds if kind == "heading"]
    assert headings == list(_HEADINGS)
    texts = [text for _, text in kinds]
    assert texts.index(_HEADINGS[1]) < texts.index(next(t for t in texts if t.startswith("与此同时")))
    assert [text for kind, text in kinds if kind == "point"] == [
        "• 撤销线路三条，均与地铁二号线走向基本一致；", "• 合并线路五条，合并后的线路保留原线路的主要站点；",
        "• 其余线路的站点和发车间隔同步优化。"]
    assert ("caption", _CAPTION) in kinds
    assert not any(title in text for title in _RELATED for text in texts)
    assert not any("评论" in text or "分享" in text for text in texts)


def test_a_wrapper_of_the_story_and_link_lists_is_not_the_story():
    """A container that holds the story with the page's link lists (teasers with their summaries)
    is not named the story's frame: the extractor would take the lists with it."""
    lists = "".join(f'<li><a href="/y{i}.html">{title}</a><a href="/y{i}.html">{title}</a>'
                    "<p>有关部门近日就此事作出部署，相关工作正在有序推进，市民可持续关注后续进展情况。</p></li>"
                    for i, title in enumerate(_RELATED))
    tree = lxml_html.document_fromstring(_page(f'<div class="left"><div id="detail">{{}}</div><ul>{lists}</ul></div>'))
    _story_as_article(tree)
    assert not tree.xpath("//article")
    tree = lxml_html.document_fromstring(_page('<div id="detail">{}</div>'))
    _story_as_article(tree)
    assert [element.get("id") for element in tree.xpath("//article")] == ["detail"]


@pytest.mark.parametrize("container", _CONTAINERS)
def test_editor_line_under_the_story_closes_it(container):
    """The 【责任编辑：…】 line the page shows under the last paragraph, which the precise
    extraction drops, closes the body as an editor line and names the editor."""
    document = read(_page(container), format="html")
    assert (document.blocks[-1].kind, document.blocks[-1].text) == ("editor_line", _EDITOR)
    assert document.meta.editors == ("王小明",)


def test_an_editor_line_past_more_prose_is_not_taken():
    """An editor line after prose the body left out (another story's) is not this story's."""
    other = "<p>另一篇报道的正文段落，讲述的是完全不同的事情，其内容与本文并无关联，只是同在一页之中。</p>"
    page = _page('<div id="detail">{}</div>').replace(f'<div class="editor">{_EDITOR}</div>'.encode(), b"")
    page = page.replace(b'<div class="related">', f'<div class="x">{other}<div>{_EDITOR}</div></div><div class="related">'.encode())
    document = read(page, format="html")
    assert [block.kind for block in document.blocks].count("editor_line") == 0


def test_a_list_inside_a_list_item_is_one_level_deeper():
    """A <ul> inside an item of the story's <ul>: its items are Points one level deep, the outer
    list's items before and after it at the top level, though all wear the same bullet and no
    colon opens the inner list."""
    nested = ("<ul><li>撤销线路三条，均与地铁二号线走向基本一致；</li><li>合并线路五条，合并后保留原线路主要站点<ul>"
              "<li>十二路与十五路合并为新十二路；</li><li><p>二十路与二十二路合并为新二十路。</p></li></ul></li>"
              "<li>其余线路的站点和发车间隔同步优化。</li></ul>")
    page = _page("<article>{}</article>").replace(_STORY[_STORY.index("<ul>"):_STORY.index("</ul>") + 5].encode(),
                                                   nested.encode())
    document = read(page, format="html")
    points = [(block.text, block.depth) for block in document.blocks if block.kind == "point"]
    assert points == [("• 撤销线路三条，均与地铁二号线走向基本一致；", 0), ("• 合并线路五条，合并后保留原线路主要站点", 0),
                      ("• 十二路与十五路合并为新十二路；", 1), ("• 二十路与二十二路合并为新二十路。", 1),
                      ("• 其余线路的站点和发车间隔同步优化。", 0)]
    lines = render_text(document).splitlines()
    assert "\u3000" * 4 + "• 十二路与十五路合并为新十二路；" in lines  # indented under the item holding it
    assert "\u3000" * 2 + "• 其余线路的站点和发车间隔同步优化。" in lines
