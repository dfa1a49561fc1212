"""Saved pages shaped like sites the corpus lacks (界面, 财新, 德国之声, RFI, 公视, 纽约时报中文网's
bilingual view), rebuilt with invented text: the standfirst each sets its own way, an outlet named
as the author in JSON-LD, tags in Open Graph metas, a picture's credit closing its caption, and the
English originals beside a bilingual page's paragraphs."""

from __future__ import annotations

from convertkit import read

_TITLE = "某市启动老旧小区改造三年行动"
_SUMMARY = "某市将用三年时间完成三百个老旧小区改造，加装电梯每台最高补助二十万元，惠及居民约十二万户。"
_BODY = (
    "记者从某市住房保障和房产管理局获悉，该局日前发布老旧小区综合改造提升三年行动方案，明确到2027年底完成改造。",
    "方案提出，改造将坚持一小区一方案，重点解决加装电梯、停车难、管网老化等居民反映强烈的问题。",
    "市住保房管局相关负责人表示，今年以来全市已完成改造小区八十六个，下一步将加快推进项目审批。",
)


def _page(head: str = "", over: str = "", content: str | None = None, figure: str = "") -> bytes:
    content = "".join(f"<p>{text}</p>" for text in _BODY) if content is None else content
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{_TITLE}_某某新闻网</title>{head}</head>'
        '<body><div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/city">城市</a></li>'
        '<li><a href="/app">下载APP</a></li></ul></div><div class="crumbs"><a href="/">首页</a> &gt; 城市 &gt; 正文</div>'
        f'<div class="article"><h1>{_TITLE}</h1><div class="info">2026-12-07 09:30　来源：某某新闻网</div>{over}{figure}'
        f'<div class="content">{content}</div>'
        '<div class="share"><span>分享到：</span><a>微信</a><a>微博</a></div></div>'
        '<div class="related"><h3>相关阅读</h3><ul><li><a href="/1.html">某区推进城市更新 计划改造百个小区</a></li>'
        '<li><a href="/2.html">老旧小区加装电梯 谁来买单</a></li></ul></div>'
        '<div class="footer">© 2026 某某新闻网 版权所有</div></body></html>').encode()


def _kinds(document) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in document.blocks]


def test_a_div_named_lead_among_the_storys_paragraphs_is_the_summary():
    """<div class="article-lead"> over the story's <p>s, no dateline to tell the lead: set apart
    by its element, it is the 摘要; the story's first paragraph stays the lead."""
    content = f'<div class="article-lead">{_SUMMARY}</div>' + "".join(f"<p>{text}</p>" for text in _BODY)
    document = read(_page(content=content), format="html")
    assert _kinds(document)[:2] == [("editor_note", _SUMMARY), ("lead", _BODY[0])]
    assert document.blocks[0].label == "摘要"


def test_a_summary_element_wrapping_its_paragraph_is_the_summary():
    """界面's <div class="article-sub"><p>…</p></div>: the summary's one paragraph inside its box."""
    document = read(_page(over=f'<div class="article-sub"><p>{_SUMMARY}</p></div>'), format="html")
    assert _kinds(document)[:2] == [("editor_note", _SUMMARY), ("lead", _BODY[0])]


def test_a_teaser_text_is_the_summary():
    """德国之声's <p class="teaser-text"> under the headline, a copyright paragraph beside it."""
    over = f'<p class="teaser-text">{_SUMMARY}</p>'
    content = "".join(f"<p>{text}</p>" for text in _BODY)
    document = read(_page(over=over, content=content), format="html")
    assert _kinds(document)[:2] == [("editor_note", _SUMMARY), ("lead", _BODY[0])]


def test_a_subhead_of_clauses_is_the_summary_not_the_deck():
    """财新's div.subhead holding clauses set apart by ； (no full stop): a summary, not a deck."""
    summary = "截至11月底今年新增专项债发行已超过3.8万亿元，占全年额度的97%；多地已启动明年项目储备"
    document = read(_page(over=f'<div class="subhead">{summary}</div>'), format="html")
    assert document.meta.subtitle is None
    assert _kinds(document)[:2] == [("editor_note", summary), ("lead", _BODY[0])]


def test_an_outlet_named_as_author_in_json_ld_is_no_reporter():
    """DW's and RFI's JSON-LD name the outlet as author ({"@type": "Organization"}) and its
    <meta name="author"> the same outlet: no reporter."""
    head = ('<meta name="author" content="Deutsche Welle (www.dw.com)">'
            '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",'
            f'"headline":"{_TITLE}","author":[{{"@type":"Organization","name":"Deutsche Welle"}}],'
            '"publisher":{"@type":"Organization","name":"Deutsche Welle"}}</script>')
    assert read(_page(head=head), format="html").meta.reporters == ()
    person = head.replace('{"@type":"Organization","name":"Deutsche Welle"}]', '{"@type":"Person","name":"王晓东"}]')
    assert read(_page(head=person), format="html").meta.reporters == ("王晓东",)


def test_open_graph_article_tags_and_json_ld_keywords_are_keywords():
    """公视's <meta property="article:tag"> one a tag, JSON-LD's keywords, when no keywords meta."""
    tags = '<meta property="article:tag" content="长照"><meta property="article:tag" content="卫福部">'
    assert read(_page(head=tags), format="html").meta.keywords == ("长照", "卫福部")
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"' + _TITLE
          + '","keywords":["城市更新","电梯"]}</script>')
    assert read(_page(head=ld), format="html").meta.keywords == ("城市更新", "电梯")


def test_a_credit_closing_a_caption_is_its_photographer():
    """DW's <figcaption><p>words</p><span>图像来源: …</span>, RFI's <span>words</span><span>© 路透社</span>:
    one caption, the credit in brackets after the words and read as the photographer."""
    dw = ('<figure><img src="a.jpg"><figcaption><p>改造后的小区外景</p>'
          '<span>图像来源: Boris Roessler/dpa/picture alliance</span></figcaption></figure>')
    document = read(_page(figure=dw), format="html")
    caption = document.blocks_of("caption")[0]
    assert caption.text == "改造后的小区外景（图像来源：Boris Roessler/dpa/picture alliance）"
    assert caption.photographer == "Boris Roessler/dpa/picture alliance"
    assert "改造后的小区外景" not in [block.text for block in document.blocks_of("paragraph")]
    rfi = ('<figure><img src="a.jpg"><figcaption><span class="caption__text">资料图片：改造中的小区</span>'
           '<span class="caption__credits">© 路透社</span></figcaption></figure>')
    caption = read(_page(figure=rfi), format="html").blocks_of("caption")[0]
    assert (caption.text, caption.photographer) == ("资料图片：改造中的小区（©路透社）", "路透社")


_ENGLISH = (
    "The city will renovate three hundred old residential compounds over the next three years.",
    "The plan puts lifts, parking and ageing pipes at the top of the list of residents' complaints.",
    "An official said that eighty-six compounds had been finished this year, and approvals would speed up.",
    "Residents of one compound said they had waited three years for the work to begin.",
    "Each household is expected to pay several thousand yuan toward the cost of the project.",
)
_MORE = (
    "一个小区的居民说，他们等待改造开工已经整整三年，如今终于看到了工人进场施工的身影。",
    "按照方案，每户需要自筹数千元，这对不少靠退休金生活的老人来说并不是一笔小钱。",
)


def test_a_bilingual_pages_english_originals_are_not_the_story():
    """纽约时报中文网's 中英双语 view: each Chinese paragraph beside its English original. The
    Chinese story is the document, as its headline is; the English paragraphs are not read into it."""
    pairs = "".join(f'<div class="row"><div class="left"><div class="article-paragraph">{english}</div></div>'
                    f'<div class="right"><div class="article-paragraph">{chinese}</div></div></div>'
                    for english, chinese in zip(_ENGLISH, _BODY + _MORE, strict=True))
    document = read(_page(content=pairs), format="html")
    assert [block.text for block in document.blocks] == list(_BODY + _MORE)


def test_a_chinese_story_quoting_english_keeps_the_quotes():
    content = (f"<p>{_BODY[0]}</p><p>{_ENGLISH[0]}</p><p>{_BODY[1]}</p><p>{_BODY[2]}</p>"
               "<p>方案的英文摘要写道：</p><p>" + _ENGLISH[1] + "</p>")
    texts = [block.text for block in read(_page(content=content), format="html").blocks]
    assert any(text.startswith("The city will") for text in texts)
    assert any(text.startswith("The plan puts") for text in texts)


def test_a_labelled_summary_box_a_comment_section_and_an_editors_number():
    """东方财富: the summary in a box whose label is an element of its own (<div>摘要</div><div>…</div>),
    readers' comments under a 股友评论 heading after the story, and 责任编辑：61 (the CMS's number)."""
    over = f'<div class="abstract"><div class="b-review">摘要</div><div class="txt">{_SUMMARY}</div></div>'
    page = _page(over=over).replace(
        b'<div class="footer">',
        '<div class="editor">责任编辑：61</div><div class="guba"><div class="title">股友评论</div>'
        '<div class="item">这次改造力度真大啊</div></div><div class="footer">'.encode())
    document = read(page, format="html")
    assert _kinds(document)[:2] == [("editor_note", _SUMMARY), ("lead", _BODY[0])]
    assert not any("股友评论" in block.text or "力度真大" in block.text for block in document.blocks)
    assert document.meta.editors == ()


def test_a_credited_caption_in_a_pictures_block_is_a_caption():
    """财新's <div class="media"><img><p>…。图/视觉中国</p></div> above the story, not centred and
    named nothing: its text says it captions the picture, and it stays in place as the caption."""
    words = "2026年11月，某市一处正在改造的老旧小区。图/视觉中国"
    figure = f'<div class="media pip_none"><img src="a.jpg"><p>{words}</p></div>'
    document = read(_page(figure=figure), format="html")
    assert ("caption", words) in _kinds(document)
    assert _kinds(document)[1] == ("lead", _BODY[0])
