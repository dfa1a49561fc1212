"""Saved-page shapes found by a blind probe of invented pages in real site templates (synthetic
text): the page's time among the fields of an info line, and not from a caption under the headline."""

from __future__ import annotations

from convertkit.readers.html import extract_html

_TITLE = "全市前三季度交通投资稳步增长"
_BODY = (
    "记者从市交通运输局获悉，今年前三季度全市完成交通固定资产投资三百亿元，同比增长百分之六，在建项目进展顺利。",
    "市交通运输局有关负责人介绍，下一步将加快推进城际铁路、普通国省道改造和农村公路提档升级。",
    "业内人士分析认为，交通基础设施投资保持较快增长，对稳定经济大盘发挥了重要作用。",
)


def _page(info: str, picture: str = "") -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in _BODY)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_TITLE}</title></head><body>'
            f'<div class="nav"><a href="/">首页</a> <a href="/news/">经济</a></div>'
            f'<div class="article"><h1>{_TITLE}</h1>{info}<div class="text">{picture}{paragraphs}</div></div>'
            f'<div class="footer">版权所有 某某网</div></body></html>').encode()


_CAPTION = ('<dl class="media_pic"><dt><img src="a.jpg"></dt>'
            '<dd>2024年3月1日，某市，城际铁路施工现场。图：某图片社</dd></dl>')


def test_page_time_among_the_info_fields_not_the_captions_date():
    """``文｜某周刊 周明 2024年03月02日 10:21 来源于 《某周刊》``: the time sits between fields no
    label names; the caption under the headline opens with the day the picture was taken."""
    info = '<div class="artInfo">文｜某周刊 周明 <span>2024年03月02日 10:21</span> <span>来源于 《某周刊》</span></div>'
    assert extract_html(_page(info, _CAPTION), path="p.html").hints.published == "2024-03-02T10:21"


def test_captions_date_is_not_the_page_time():
    """With no time on the info line, a caption's 2024年3月1日，… is still not when the page was published."""
    info = '<div class="artInfo">文｜某周刊 周明</div>'
    assert extract_html(_page(info, _CAPTION), path="p.html").hints.published is None


def _read(html: bytes):
    from convertkit import read

    return read(html, format="html")


def test_credits_labelled_in_brackets_close_the_story():
    """南方+ closes a story with 【记者】张三 / 【通讯员】某交宣 / 【作者】 张三, labels in brackets and
    no colon: the reporter to the metadata, none of it left as the story's last paragraphs."""
    credits = "<p>【记者】周明</p><p>【通讯员】市交宣</p><p>【作者】 周明</p><p>【编辑】李华</p>"
    document = _read(_page("").replace(b"</div></div>", credits.encode() + b"</div></div>", 1))
    assert (document.meta.reporters, document.meta.editors) == (("周明",), ("李华",))
    assert [block.text for block in document.blocks][-2:] == [_BODY[-1], "编辑：李华"]


def test_a_bracketed_tag_before_a_headline_is_no_credit():
    """【视频】 tags a piece as often as it credits one, and a Q&A's 【记者】 asks a question: neither
    is read as a credit."""
    extra = "<p>【记者】您好</p><p>【视频】暴雨来袭</p>"
    document = _read(_page("").replace(b"</div></div>", extra.encode() + b"</div></div>", 1))
    texts = [block.text for block in document.blocks]
    assert "【记者】您好" in texts and "【视频】暴雨来袭" in texts and document.meta.reporters == ()


def test_a_summary_div_over_the_paragraphs_is_kept():
    """第一财经 sets the story's summary in a <div class="intro"> of text alone over its <p>s: the
    summary is the story's first line, not dropped with the page's divs."""
    paragraphs = "".join(f"<p>{text}</p>" for text in _BODY)
    html = (f'<html><head><meta charset="utf-8"><title>{_TITLE}</title></head><body><div class="nav"><a>首页</a></div>'
            f'<div class="layout"><div class="title"><h1>{_TITLE}</h1><p>城际铁路建设提速。</p>'
            '<p class="names"><span>某某财经</span> <em>2024-03-02 10:21:35</em></p></div>'
            f'<div class="txt"><div class="intro">全市前三季度完成交通投资三百亿元。</div>{paragraphs}</div></div>'
            '<div class="footer">版权所有 某某网</div></body></html>').encode()
    texts = [line.text for line in extract_html(html, path="p.html").lines]
    assert "全市前三季度完成交通投资三百亿元。" in texts
    assert texts.index("全市前三季度完成交通投资三百亿元。") == texts.index(_BODY[0]) - 1


def test_slash_labelled_credits_name_the_writer_alone():
    """A school news site closes with （文/周明 图/李华 审核/张强）: the writer is 周明 alone; the
    picture's maker and the reviewer after their own slashed labels are not writers."""
    closing = '<p style="text-align:right">（文/周明 图/李华 审核/张强）</p>'
    document = _read(_page("").replace(b"</div></div>", closing.encode() + b"</div></div>", 1))
    assert document.meta.reporters == ("周明",)
    assert document.meta.photographers == ("李华",) and document.meta.editors == ("张强",)


def test_a_shot_line_over_a_bare_credit_is_one_caption():
    """新华网 may set a picture's caption and its credit in two centred lines (这是3月1日拍摄的…。 /
    新华社记者 张伟 摄): one caption with its photographer, no paragraph of the story."""
    picture = ('<p style="text-align:center"><img src="a.jpg"></p>'
               '<p style="text-align:center">这是3月1日拍摄的城际铁路施工现场（无人机照片）。</p>'
               '<p style="text-align:center">新华社记者 张伟 摄</p>')
    document = _read(_page("", picture))
    captions = [block for block in document.blocks if block.kind == "caption"]
    assert [(c.text, c.photographer) for c in captions] == [
        ("这是3月1日拍摄的城际铁路施工现场（无人机照片）。新华社记者 张伟 摄", "张伟")]
    assert document.meta.photographers == ("张伟",)


def test_a_paragraph_telling_of_filming_over_the_story_stays():
    """A paragraph of the story that speaks of 拍摄 is no caption when no bare credit follows it."""
    line = "摄制组三月起在沿线拍摄纪录片，记录城际铁路的建设过程。"
    document = _read(_page("", f"<p>{_BODY[0]}</p><p>{line}</p>"))
    assert any(block.kind == "paragraph" and block.text == line for block in document.blocks)


def test_account_line_with_a_follow_button_names_the_source():
    """腾讯新闻's account line under the headline ends with the follow button (某某日报 2024-03-02
    10:21 发布于江苏 关注): the account is the story's source, not the portal in the page title."""
    info = ('<div class="article-author"><a class="media-name">某某日报</a><span class="media-meta">2024-03-02 10:21</span>'
            '<span>发布于江苏</span><a>关注</a></div>')
    html = _page(info).replace(f"<title>{_TITLE}</title>".encode(), f"<title>{_TITLE}_腾讯新闻</title>".encode())
    hints = extract_html(html, path="p.html").hints
    assert (hints.agency, hints.published) == ("某某日报", "2024-03-02T10:21")


def test_an_outlet_named_between_the_headline_and_its_section_in_the_title_is_the_site():
    """``<title>标题｜香港01｜中國</title>``: a known outlet whose name has no site word (网, 新聞…)
    is the site the page is on, the agency of last resort; a section after it (中國) is not."""
    from convertkit import read

    page = _page("<p>2024-10-21 09:15</p>").replace(f"<title>{_TITLE}</title>".encode(),
                                                    f"<title>{_TITLE}｜香港01｜中國</title>".encode())
    doc = read(page, format="html")
    assert doc.meta.agency == "香港01" and doc.meta.title == _TITLE


def test_a_day_alone_in_the_title_dates_a_page_that_prints_none():
    """``<title>标题 - 20261021 - 中國 - 每日明報 - 明報新聞網</title>``: the day of last resort, for a page
    whose text and markup give no time; a page that prints its time keeps it."""
    from convertkit import read

    titled = f"<title>{_TITLE} - 20261021 - 中國 - 每日明報 - 明報新聞網</title>".encode()
    undated = _page("").replace(f"<title>{_TITLE}</title>".encode(), titled)
    assert read(undated, format="html").meta.published == "2026-10-21"
    dated = _page("<p>2026-10-20 09:15</p>").replace(f"<title>{_TITLE}</title>".encode(), titled)
    assert read(dated, format="html").meta.published == "2026-10-20T09:15"
