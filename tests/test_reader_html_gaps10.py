"""Saved article pages of sites the corpus lacks (端传媒, 界面, BBC 中文, 联合早报, 央视新闻…), each
rebuilt in its site's shape (header, navigation, scripts, share widgets, the article, footer) with
invented text: the standfirst under the headline, lists inside the body, a picture's credit in its
caption, a tiny page's paragraphs, and the page facts each site sets its own way."""

from __future__ import annotations

from convertkit import read
from convertkit.readers.html import extract_html
from convertkit.writers.text import render_text

_TITLE = "某市老旧小区改造的三道难题"
_BODY = (
    "三月初的一个早晨，六十七岁的王阿姨站在楼下，看着工人把脚手架一根根搬进院子，她已经等了整整三年。",
    "这片建于上世纪八十年代的小区共有十二栋楼，没有电梯，管道老化，雨季时地下室常常积水，居民反映多年未果。",
    "街道办事处的一位工作人员告诉记者，改造资金由市、区两级财政和居民共同承担，但谁出多少一直谈不拢。",
    "按照方案，每户需要自筹数千元，这对不少靠退休金生活的老人来说并不是一笔小钱，部分居民因此迟迟没有签字。",
)
_SUMMARY = "资金、产权与邻里分歧，让一项惠民工程走得磕磕绊绊。"


def _paragraphs(body: tuple[str, ...] = _BODY) -> str:
    return "".join(f"<p>{text}</p>" for text in body)


def _texts(document) -> list[str]:
    return [block.text for block in document.blocks]


def _initium(header_extra: str, content: str | None = None) -> bytes:
    """端传媒: the headline, its lead and the author over the share bar, then the story."""
    content = _paragraphs() if content is None else content
    return (
        '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">'
        f'<title>{_TITLE}｜端传媒 Initium Media</title><meta property="og:site_name" content="端传媒 Initium Media">'
        '<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script></head><body>'
        '<header class="site-header"><nav><ul><li><a href="/">首页</a></li><li><a href="/feature">深度</a></li>'
        '<li><a href="/opinion">评论</a></li><li><a href="/subscribe">订阅</a></li></ul></nav></header>'
        '<main><article class="article"><header class="article-header">'
        f'<span class="category"><a href="/feature">深度</a></span><h1 class="article-title">{_TITLE}</h1>{header_extra}'
        '<div class="author">端传媒记者 周明 发自某市</div><time datetime="2024-03-02T10:21:00+08:00">2024-03-02</time>'
        '</header><div class="share"><a href="#">分享到微信</a><a href="#">Facebook</a></div>'
        f'<div class="article-content">{content}</div>'
        '<div class="tags"><a href="/tags/a">城市</a><a href="/tags/b">住房</a></div></article></main>'
        '<footer><p>© 2024 Initium Media Technology Limited</p></footer></body></html>').encode()


def test_initium_lead_under_the_headline_is_the_summary():
    """端传媒's <p class="lead"> under the headline: a note set apart (摘要) before the story, which
    the extractor dropped; the story's first paragraph stays the lead."""
    document = read(_initium(f'<p class="lead">{_SUMMARY}</p>'), format="html")
    note = document.blocks[0]
    assert (note.kind, note.text, note.label) == ("editor_note", _SUMMARY, "摘要")
    assert (document.blocks[1].kind, document.blocks[1].text) == ("lead", _BODY[0])
    assert "【摘要】" + _SUMMARY in render_text(document)


def test_a_phrase_under_the_headline_named_a_summary_is_the_deck():
    """A summary element that holds a phrase, no sentence (旧改为何这么难), is the headline's deck."""
    document = read(_initium('<p class="lead">旧改为何这么难</p>'), format="html")
    assert document.meta.subtitle == "旧改为何这么难"
    assert _texts(document)[0] == _BODY[0]


def test_a_lead_among_the_storys_paragraphs_is_its_first_paragraph():
    """A <p class="lead"> among the story's own paragraphs is its first paragraph in larger type:
    the lead, no summary."""
    content = f'<p class="lead">{_BODY[0]}</p>{_paragraphs(_BODY[1:])}'
    document = read(_initium("", content), format="html")
    assert document.blocks[0].kind == "lead" and document.blocks[0].text == _BODY[0]
    assert not document.blocks_of("editor_note")


def _jiemian(sub: str) -> bytes:
    """界面新闻: the headline and its info line, then the article-sub over the content."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市老旧小区改造的三道难题|界面新闻</title>'
        '<script src="//www.jiemian.com/js/common.js"></script></head><body>'
        '<div class="header"><div class="nav"><a href="/">首页</a><a href="/lists/2.html">商业</a>'
        '<a href="/lists/4.html">财经</a><a href="/app">下载APP</a></div></div>'
        '<div class="content"><div class="article-view"><div class="article-header">'
        f'<h1>{_TITLE}</h1><div class="article-info"><span class="author"><a href="/user/1">周明</a></span>'
        '<span class="date">2024/03/02 10:21</span><span>来源：界面新闻</span></div></div>'
        f'<div class="article-main">{sub}<div class="article-content">{_paragraphs()}</div></div>'
        '<div class="article-share"><span>分享到：</span><a>微信</a><a>微博</a></div></div>'
        '<div class="related"><h3>相关阅读</h3><ul><li><a href="/a/1.html">某市推进城市更新 计划改造百个小区</a></li>'
        '<li><a href="/a/2.html">老旧小区加装电梯 谁来买单</a></li></ul></div></div>'
        '<div class="footer">© 界面新闻 版权所有</div></body></html>').encode()


def test_jiemian_article_sub_is_the_summary():
    """界面's <div class="article-sub"> between the info line and the content: the 摘要."""
    document = read(_jiemian(f'<div class="article-sub">{_SUMMARY}</div>'), format="html")
    assert [(b.kind, b.text) for b in document.blocks[:2]] == [("editor_note", _SUMMARY), ("lead", _BODY[0])]


def test_an_article_sub_holding_the_source_and_time_is_no_summary():
    """头条's <div class="article-sub"> holds the source and the time: page facts, no summary."""
    extract = extract_html(_jiemian('<div class="article-sub"><span>某某网</span> <span>2024-03-02 10:21:00</span></div>'))
    assert extract.hints.standfirst is None


def test_a_long_paragraph_named_a_summary_is_no_standfirst():
    """A summary element holding a long text (a story's whole first part) is no standfirst."""
    long_text = "".join(_BODY) * 2
    extract = extract_html(_jiemian(f'<div class="article-sub">{long_text}</div>'))
    assert extract.hints.standfirst is None


def test_a_labelled_summary_keeps_its_label():
    """<div class="summary"><b>导读：</b>…</div>: the note under the label the page gives it."""
    document = read(_jiemian(f'<div class="summary"><b>导读：</b>{_SUMMARY}</div>'), format="html")
    note = document.blocks[0]
    assert (note.kind, note.label) == ("editor_note", "导读") and note.text.endswith(_SUMMARY)


_ITEMS = ("完成三百个小区的综合改造，惠及居民十万户；", "加装电梯五百部，优先解决高龄居民出行难题；", "新建和改造社区养老服务设施一百处。")
_STEPS = ("街道组织居民协商，形成改造意愿；", "区住建部门会同有关部门联合审查方案；", "审查通过后统一办理施工许可。")


def _bjnews(content: str) -> bytes:
    """新京报: a menu list in the header, the story, then tag, share, related and footer lists."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市出台措施支持老旧小区改造_新京报</title></head><body>'
        '<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/news">时事</a></li>'
        '<li><a href="/finance">财经</a></li></ul></div>'
        '<div class="main"><h1>某市出台措施支持老旧小区改造</h1>'
        '<div class="info"><span>新京报记者 周明</span> <span>2024-03-02 10:21</span></div>'
        f'<div class="content">{content}</div>'
        '<div class="tags"><span>标签：</span><ul><li><a href="/t/1">老旧小区</a></li><li><a href="/t/2">城市更新</a></li></ul></div>'
        '<div class="share"><ul><li><a>微信</a></li><li><a>微博</a></li><li><a>QQ空间</a></li></ul></div>'
        '<div class="related"><h3>相关新闻</h3><ul><li><a href="/a/1.html">某区老旧小区改造开工 涉及居民两千户</a></li>'
        '<li><a href="/a/2.html">加装电梯补贴标准提高 每部最高二十万元</a></li></ul></div></div>'
        '<div class="footer"><ul><li><a>关于我们</a></li><li><a>联系我们</a></li></ul><p>新京报社 版权所有</p></div>'
        '</body></html>').encode()


def _list_story(bullets: str, steps: str) -> str:
    return (f"<p>{_BODY[0]}</p><p>措施明确了今年的主要任务，包括：</p>{bullets}"
            f"<p>在审批方面，该市将推行联合审查，具体流程分为以下几步：</p>{steps}<p>{_BODY[3]}</p>")


def test_lists_in_the_story_are_items_under_their_markers():
    """<ul> and <ol> inside the story: items under • and under their numbers (1. 2. 3.), set as a
    list is; the header's menu, the tags, the share bar and the related list are no items."""
    bullets = "<ul>" + "".join(f"<li>{item}</li>" for item in _ITEMS) + "</ul>"
    steps = "<ol>" + "".join(f"<li>{step}</li>" for step in _STEPS) + "</ol>"
    document = read(_bjnews(_list_story(bullets, steps)), format="html")
    points = [(b.text, b.label, b.number) for b in document.blocks if b.kind == "point" and b.item]
    assert points == [*((f"• {item}", "• ", n) for n, item in enumerate(_ITEMS, 1)),
                      *((f"{n}.{step}", f"{n}.", n) for n, step in enumerate(_STEPS, 1))]
    texts = _texts(document)
    assert not any(word in text for text in texts for word in ("首页", "老旧小区改造开工", "微博", "关于我们"))
    assert "　　• " + _ITEMS[0] in render_text(document)


def test_an_items_text_in_its_own_paragraph_is_the_item():
    """<li><p>…</p></li>: the paragraph inside the item is the item's text."""
    bullets = "<ul>" + "".join(f"<li><p>{item}</p></li>" for item in _ITEMS) + "</ul>"
    document = read(_bjnews(_list_story(bullets, "")), format="html")
    assert [b.text for b in document.blocks if b.kind == "point"] == [f"• {item}" for item in _ITEMS]


def test_a_list_of_one_item_is_a_layout_box():
    """A story set inside the one <li> of a layout list is no list: its paragraphs stay paragraphs."""
    content = "<ul><li>" + "".join(f"<p>{text}</p>" for text in _BODY) + "</li></ul>"
    document = read(_bjnews(content), format="html")
    assert not document.blocks_of("point") and _texts(document) == list(_BODY)


def test_items_numbered_by_their_own_text_are_left_to_the_numbering():
    """<li>1.…</li>: the item carries its own number, which the point rule reads; no second marker."""
    steps = "<ul>" + "".join(f"<li>{n}.{step}</li>" for n, step in enumerate(_STEPS, 1)) + "</ul>"
    document = read(_bjnews(_list_story("", steps)), format="html")
    assert [b.text for b in document.blocks if b.kind == "point"] == [f"{n}.{step}" for n, step in enumerate(_STEPS, 1)]


def test_a_list_of_points_over_the_story_is_a_list():
    """腾讯's 划重点: an <ol> of sentences before the story's first paragraph, all four items of
    it (the first no lead), while a menu's list of links before the story is none."""
    points = "<ol>" + "".join(f"<li>{text}</li>" for text in _BODY[:3]) + "</ol>"
    document = read(_bjnews(f"{points}<p>{_BODY[3]}</p><p>{_BODY[0]}</p><p>{_SUMMARY}</p>"), format="html")
    assert [(b.kind, b.text) for b in document.blocks] == [
        *(("point", f"{n}.{text}") for n, text in enumerate(_BODY[:3], 1)), ("lead", _BODY[3]),
        ("paragraph", _BODY[0]), ("paragraph", _SUMMARY)]  # the story's own paragraph a point quotes

def _bbc(figures: tuple[str, str]) -> bytes:
    """BBC 中文: the banner and menu, the headline, the comma-labelled byline, a figure, the story in
    <div dir="ltr"> blocks with a second figure, the related box and the footer."""
    story = [f'<div dir="ltr"><p>{text}</p></div>' for text in _BODY]
    return (
        '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>某市老旧小区改造的三道难题 - BBC News 中文</title>'
        '<meta property="og:site_name" content="BBC News 中文"></head><body>'
        '<header role="banner"><a href="/zhongwen/simp">BBC News, 中文</a><nav><ul><li><a href="/zhongwen/simp">主页</a></li>'
        '<li><a href="/zhongwen/simp/chinese_news">中国</a></li><li><a href="/zhongwen/simp/world">国际</a></li></ul></nav></header>'
        f'<main role="main"><div><h1 id="content">{_TITLE}</h1></div>'
        '<ul class="bbc-byline"><li><div>作者, 周明</div><div>职务, BBC中文记者</div></li>'
        '<li><time datetime="2024-03-02">2024年3月2日</time></li></ul>'
        f'{figures[0]}{"".join(story[:2])}{figures[1]}{"".join(story[2:])}'
        '<section aria-labelledby="related"><h2 id="related">相关内容</h2><ul><li><a href="/zhongwen/simp/1">某市推进城市更新 计划改造百个小区</a></li>'
        '<li><a href="/zhongwen/simp/2">老旧小区加装电梯 谁来买单</a></li></ul></section></main>'
        '<footer role="contentinfo"><p>© 2024 BBC. BBC对外部网站内容不负责任。</p></footer></body></html>').encode()


def test_bbc_picture_credit_is_the_captions_credit():
    """BBC 中文 sets the credit over the picture (图像来源，Getty Images) and its caption under it,
    or both in the <figcaption>, the credit in a <span> of its own: one caption each, the picture's
    words then the credit, the credit its photographer; no credit left as a caption of its own."""
    first = ('<figure><div><span role="text"><span class="visually-hidden">图像来源，</span>Getty Images</span>'
             '<img src="a.jpg"></div><figcaption><span class="visually-hidden">图像加注文字，</span>工人在小区里搭脚手架。</figcaption></figure>')
    second = '<figure><div><img src="b.jpg"></div><figcaption><span>图像来源，Reuters</span>改造后的小区外景。</figcaption></figure>'
    document = read(_bbc((first, second)), format="html")
    captions = [(block.text, block.photographer) for block in document.blocks if block.kind == "caption"]
    assert captions == [("工人在小区里搭脚手架。（图像来源：Getty Images）", "Getty Images"),
                        ("改造后的小区外景。（图像来源：Reuters）", "Reuters")]
    assert [block.text for block in document.blocks if block.kind in ("lead", "paragraph")] == list(_BODY)
    assert document.meta.reporters == ("周明",) and document.meta.published == "2024-03-02"


_TINY_TITLE = "某市今起调整公交线路"
_TINY = ("记者从市交通局获悉，今天起本市五条公交线路调整走向。", "调整后，沿线居民出行将更加便捷。", "具体线路可查询市交通局网站。")


def _tiny(body: str) -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{_TINY_TITLE}</title></head><body>\n{body}\n</body></html>').encode()


def test_a_tiny_pages_paragraphs_stay_apart():
    """A title and three short paragraphs, as <p>s, as <br>-parted lines or as bare <div>s: three
    paragraphs under the title, where the extractor's baseline glued them into one line (or,
    as <div>s, the page was refused for want of a long line)."""
    shapes = (f"<h1>{_TINY_TITLE}</h1>\n" + "\n".join(f"<p>{text}</p>" for text in _TINY),
              f"{_TINY_TITLE}<br>\n" + "<br>\n".join(_TINY),
              f"<div>{_TINY_TITLE}</div>\n" + "\n".join(f"<div>{text}</div>" for text in _TINY))
    for shape in shapes:
        document = read(_tiny(shape), format="html")
        assert document.meta.title == _TINY_TITLE
        assert [(block.kind, block.text) for block in document.blocks] == [
            ("lead", _TINY[0]), ("paragraph", _TINY[1]), ("paragraph", _TINY[2])], shape


def test_a_tiny_page_of_furniture_is_still_no_article():
    """A page of a few short notices (an error page, a login prompt) is still refused."""
    import pytest

    from convertkit.errors import NoArticleError

    page = _tiny("<div>页面不存在</div><div>请检查网址。</div><div>返回首页</div>")
    with pytest.raises(NoArticleError):
        read(page, format="html")


def test_rfi_chapo_is_the_summary():
    """RFI 中文's <p class="t-content__chapo"> (a French CMS's standfirst, a BEM class name) under the
    headline: the 摘要, not the lead."""
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市老旧小区改造的三道难题 - RFI - 法国国际广播电台</title>'
            '<meta property="og:site_name" content="RFI"></head><body><header><nav><a href="/cn/">首页</a><a href="/cn/中国/">中国</a></nav></header>'
            f'<main><article><h1 class="t-content__title">{_TITLE}</h1><p class="t-content__chapo">{_SUMMARY}</p>'
            '<div class="m-from-author"><span>作者</span> <a href="/cn/author/1">周明</a></div>'
            '<div class="t-content__dates"><time datetime="2024-03-02T10:21:00+01:00">02/03/2024 - 10:21</time></div>'
            f'<div class="m-share">分享 <a>Facebook</a> <a>Twitter</a></div><div class="t-content__body">{_paragraphs()}</div>'
            '</article></main><footer>© 2024 RFI</footer></body></html>').encode()
    document = read(html, format="html")
    assert [(b.kind, b.text) for b in document.blocks[:2]] == [("editor_note", _SUMMARY), ("lead", _BODY[0])]
    assert document.meta.reporters == ("周明",)


def test_zaobao_author_marked_before_the_time_is_the_writer():
    """联合早报's info line: <span class="author">周明</span> then 发布 / 2024年3月2日 10:21 AM: the
    name the markup calls the author, first on the line of the page's time, is the writer."""
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市老旧小区改造的三道难题 | 联合早报</title></head><body>'
            '<header><nav><a href="/">首页</a><a href="/realtime">即时</a><a href="/news/china">中国</a></nav></header>'
            f'<main><article><h1 class="article-title">{_TITLE}</h1><div class="article-meta"><span class="author">周明</span>'
            '<span class="date">发布 / 2024年3月2日 10:21 AM</span></div><div class="font-size">文字大小 <a>A-</a><a>A+</a></div>'
            f'<div class="article-content-rawhtml">{_paragraphs()}</div></article></main>'
            '<footer><p>© 2024 SPH Media Limited. 版权所有</p></footer></body></html>').encode()
    document = read(html, format="html")
    assert (document.meta.reporters, document.meta.published) == (("周明",), "2024-03-02T10:21")
    assert _texts(document) == list(_BODY)


def test_cctv_one_paragraph_page_keeps_no_header_residue():
    """央视网's programme page: the channel's name, the 来源 line, the video player's words, then one
    paragraph under its label and the editors. Glued into one line by the extractor's baseline,
    it is cut back into the page's blocks from the story's first sentence on, its label kept."""
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>[新闻直播间]某市今起调整公交线路_CCTV节目官网-CCTV-13_央视网(cctv.com)</title>'
            '</head><body><div class="nav"><a href="//news.cctv.com">新闻</a></div>'
            f'<div class="title_area"><h1>[新闻直播间]{_TINY_TITLE}</h1><div class="info1">来源：央视网 | 2024年03月02日 10:21:35</div></div>'
            '<div class="video"><div id="myFlash">视频播放位置</div><p>下载安装Flash播放器</p></div>'
            f'<div class="content_area" id="content_area"><p>　　本期节目主要内容：</p><p>　　{_TINY[0]}{_TINY[1]}（新闻直播间）</p></div>'
            '<div class="zebian"><span>编辑：周明</span><span>责任编辑：李华</span></div><div class="footer">央视网 版权所有</div></body></html>').encode()
    document = read(html, format="html")
    assert [block.text for block in document.blocks] == [
        "本期节目主要内容：", f"{_TINY[0]}{_TINY[1]}（新闻直播间）", "编辑：周明 责任编辑：李华"]
    assert (document.meta.published, document.meta.editors) == ("2024-03-02T10:21:35", ("周明", "李华"))


def test_a_question_under_the_headline_is_the_summary_not_the_deck():
    """端傳媒's lead may be one question (…如何重新定义自己的家乡？): a sentence, the 摘要, no deck."""
    question = "这座小城在十年间经历了人口外流，留下来的人如何重新定义自己的家乡？"
    document = read(_initium(f'<p class="lead">{question}</p>'), format="html")
    assert document.meta.subtitle is None
    assert (document.blocks[0].kind, document.blocks[0].text) == ("editor_note", question)


def test_a_summary_above_the_lead_picture_stays_above_its_caption():
    """The standfirst the page sets above the lead picture goes before the picture's caption."""
    figure = '<figure><img src="a.jpg"><figcaption>工人在小区里搭脚手架。</figcaption></figure>'
    document = read(_initium(f'<p class="lead">{_SUMMARY}</p>', figure + _paragraphs()), format="html")
    assert [block.kind for block in document.blocks[:3]] == ["editor_note", "caption", "lead"]
