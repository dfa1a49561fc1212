"""Container readers probed with saved pages and notes the corpus lacks (gaps21): a byline box
under the headline (德国之声, 纽约时报中文网), the credits a translated story sets apart from its
paragraphs, a picture's credit closing its caption (…。图/视觉中国, …。Reuters), an Evernote note's
to-do list. Each page is rebuilt with invented text around the site's real chrome."""

from __future__ import annotations

import pytest

from convertkit import read

_TITLE = "德国议会通过新的技术移民法案"
_BODY = (
    "德国联邦议院周五以多数票通过了新的技术移民法案，这是该国数十年来移民政策最大的一次调整。",
    "根据新法，来自欧盟以外国家的技术工人将可以凭借工作经验而非德国认可的学历申请工作签证。",
    "反对党批评该法案过于宽松，称其将给社会福利体系带来压力，并表示将继续在联邦参议院阻挠。",
)


def _dw(byline: str) -> bytes:
    """德国之声's page: the outlet as the author in the head, the writer only in the byline box."""
    return (
        f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>{_TITLE} – DW – 2026年12月7日</title>'
        '<meta name="author" content="Deutsche Welle (www.dw.com)">'
        '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"'
        f'{_TITLE}","datePublished":"2026-12-07T09:30:00.000Z","author":[{{"@type":"Organization","name":"Deutsche Welle"}}]}}'
        '</script></head><body><header><nav><a href="/zh">首页</a><a href="/zh/时政">时政</a></nav></header>'
        f'<main><article><h1>{_TITLE}</h1><div class="author-block">{byline}'
        '<span class="publication-date"><time datetime="2026-12-07T09:30:00.000Z">2026年12月7日</time></span></div>'
        f'<div class="rich-text">{"".join(f"<p>{text}</p>" for text in _BODY)}</div>'
        '<div class="share"><a>Facebook</a><a>Twitter</a></div></article></main>'
        '<footer>© 2026 Deutsche Welle</footer></body></html>').encode()


@pytest.mark.parametrize(("byline", "reporters"), [
    ('<span class="author-details">Martin Müller</span>', ("Martin Müller",)),
    ('<span class="author-details"><a href="/zh/a">王晓东</a>, <a href="/zh/b">Martin Müller</a></span>',
     ("王晓东", "Martin Müller")),
    ('<a rel="author" href="/zh/a">王晓东</a>', ("王晓东",)),
    ('<div class="byline"><span class="byline__name">Laura Kuenssberg</span><span class="byline__title">政治编辑</span></div>',
     ("Laura Kuenssberg",)),
    ('<span class="byline__name">王晓东</span>', ("王晓东",)),
    ('<div itemprop="author" itemscope><span itemprop="name">王晓东</span></div>', ("王晓东",)),
])
def test_the_byline_box_names_the_writer_when_the_head_names_an_outlet(byline: str, reporters: tuple[str, ...]) -> None:
    """A writer's Latin name (Müller's ü too), or a list of names in links, in the element the page
    marks as the author: the reporters, where the head's organisation left none."""
    document = read(_dw(byline), format="html")
    assert document.meta.reporters == reporters
    assert [block.text for block in document.blocks][-3:] == list(_BODY)


def test_a_byline_box_of_a_button_or_an_outlet_names_no_writer() -> None:
    for box in ('<span class="author-details">Read More</span>', '<span class="author-details">DW News</span>',
                '<div class="news_author"><a href="/u/1"><div class="name">某某市发布</div></a>'
                '<div class="link" onclick="followUser(this)">关注</div></div>'):
        assert read(_dw(box), format="html").meta.reporters == ()


_NYT_TITLE = "中国多地推出购房补贴 楼市仍未见底"
_NYT_BODY = (
    "为了提振低迷的房地产市场，中国多个城市近几个月推出了现金补贴、放宽限购等措施。",
    "但经济学家表示，这些措施难以扭转人们对房价继续下跌的预期，开发商的债务问题仍在发酵。",
    "官方数据显示，今年前十个月，全国新建商品住宅销售面积同比下降约百分之二十。",
)


def _nyt(head: str = "", translator: str = '<div class="byline-translator">翻译：王小明</div>',
         caption: str = '<span>上海一处在建的住宅项目。</span><span class="credit">Gilles Sabrié for The New York Times</span>',
         footer: str = "<p>Keith Bradsher是《纽约时报》驻北京记者。</p>") -> bytes:
    """纽约时报中文网's page: the byline box under the headline, the translator's line, the writer's
    note in the article's footer, apart from the story's paragraphs."""
    return (
        f'<!DOCTYPE html><html lang="zh-hans"><head><meta charset="utf-8"><title>{_NYT_TITLE} - 纽约时报中文网</title>{head}'
        '<meta property="article:published_time" content="2026-12-07T04:00:12+08:00"></head><body>'
        '<div class="header"><a href="/">纽约时报中文网</a><ul><li>国际</li><li>中国</li><li>商业与经济</li></ul></div>'
        f'<article><header><h1>{_NYT_TITLE}</h1><div class="byline"><address>KEITH BRADSHER</address>'
        f'<time datetime="2026-12-07 04:00:12">2026年12月7日</time></div>{translator}</header>'
        f'<figure><img src="a.jpg"><figcaption>{caption}</figcaption></figure><section class="article-body">'
        f'{"".join(f"<div class=article-paragraph>{text}</div>" for text in _NYT_BODY)}</section>'
        f'<div class="article-footer">{footer}</div>'
        '<div class="related"><h3>相关报道</h3><ul><li><a>中国房地产危机蔓延至地方财政</a></li></ul></div></article>'
        '<div class="footer">© 2026 The New York Times Company.</div></body></html>').encode()


def test_a_translated_storys_writer_note_and_translator_close_it() -> None:
    """The writer from the byline box, the note on the writer under the story and the translator's
    line kept as its closing credits (editor lines), where both were lost."""
    document = read(_nyt(), format="html")
    assert document.meta.reporters == ("KEITH BRADSHER",)
    assert document.meta.agency == "纽约时报中文网"  # not the byline box's <time>, taken for an account
    assert document.meta.affiliation == "《纽约时报》驻北京记者"
    assert [(block.kind, block.text) for block in document.blocks][-2:] == [
        ("editor_line", "Keith Bradsher是《纽约时报》驻北京记者。"), ("editor_line", "翻译：王小明")]
    assert [block.text for block in document.blocks_of("paragraph")] == list(_NYT_BODY[1:])


def test_a_byline_meta_names_the_writer_and_a_translator_under_the_story_is_kept() -> None:
    head = '<meta name="byline" content="By Keith Bradsher">'
    document = read(_nyt(head=head, translator="", footer="<p>Keith Bradsher是《纽约时报》驻北京记者。</p><p>翻译：王小明</p>"),
                    format="html")
    assert "Keith Bradsher" in document.meta.reporters
    assert [block.text for block in document.blocks_of("editor_line")] == [
        "Keith Bradsher是《纽约时报》驻北京记者。", "翻译：王小明"]


def test_a_note_on_someone_else_stays_out() -> None:
    """A line of the same shape on someone the page does not credit is none of this story's credits."""
    document = read(_nyt(footer="<p>王小红是某某大学经济学院教授。</p>", translator=""), format="html")
    assert document.blocks_of("editor_line") == ()


@pytest.mark.parametrize(("caption", "photographer"), [
    ('<span>上海一处在建的住宅项目。</span><span class="credit">Gilles Sabrié for The New York Times</span>', "Gilles Sabrié"),
    ("2023年，北京的一个房产销售中心。 Reuters", "Reuters"),
])
def test_a_latin_credit_closing_a_caption_is_its_photographer(caption: str, photographer: str) -> None:
    document = read(_nyt(caption=caption), format="html")
    assert [block.photographer for block in document.blocks_of("caption")] == [photographer]


_CX_TITLE = "专项债发行提速 多地项目储备启动"


def _caixin(figure: str) -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_CX_TITLE}_财新网_财新网</title></head><body>'
        f'<div class="head"><a href="/">财新网</a></div><div id="the_content"><h1>{_CX_TITLE}</h1>'
        '<div class="artInfo">文｜财新 王力 <span id="pubtime_baidu">2026年12月07日 10:12</span></div>'
        '<div id="Main_Content_Val" class="text">'
        '<p>【财新网】财政部最新数据显示，截至11月底，今年新增地方政府专项债券已发行3.8万亿元，占全年额度的97%。</p>'
        f'{figure}<p>多位地方财政人士对财新表示，明年专项债项目储备工作已经启动，部分省份要求12月底前完成项目申报。</p>'
        '<p>分析人士认为，专项债资金使用效率仍有待提高，部分项目存在收益不足以覆盖本息的问题。</p>'
        '<p>责任编辑：张帆</p></div></div><div class="footer">财新传媒版权所有</div></body></html>').encode()


@pytest.mark.parametrize(("figure", "credit"), [
    ('<div class="media pic"><img src="a.jpg"><p>2026年11月，某地一处在建的高速公路工地。图/视觉中国</p></div>', "视觉中国"),
    ('<figure><img src="a.jpg"><figcaption>某地一处在建的高速公路工地。图片来源：受访者</figcaption></figure>', "受访者"),
])
def test_a_credit_after_a_captions_sentence_is_its_photographer(figure: str, credit: str) -> None:
    captions = read(_caixin(figure), format="html").blocks_of("caption")
    assert [block.photographer for block in captions] == [credit]


def test_a_caption_without_a_credit_names_no_photographer() -> None:
    figure = '<figure><img src="a.jpg"><figcaption>某地一处在建的高速公路工地。</figcaption></figure>'
    assert [block.photographer for block in read(_caixin(figure), format="html").blocks_of("caption")] == [None]


_ENEX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">
<en-export export-date="20261207T101010Z" application="Evernote" version="10.0">
<note><title>周末家庭安排</title><created>20261205T080000Z</created>
<content><![CDATA[<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note><div>这周末家里要准备孩子的生日聚会，提前把需要采购的东西列出来，避免临时手忙脚乱。</div>
{todos}
<div>聚会定在周六下午三点开始，邀请了班上的八个小朋友和他们的家长，预计总共二十人左右。</div>
<div>另外周日上午要带老人去医院复查，需要提前在网上预约挂号，并准备好以前的检查报告。</div></en-note>]]></content>
</note></en-export>"""


@pytest.mark.parametrize("todos", [
    '<div><en-todo checked="false"/>买牛奶</div>',
    '<div><en-todo checked="false"/>联系物业维修水管</div><div><en-todo checked="true"/>交电费</div>',
    '<p><en-todo checked="false"></en-todo>周六前确认到场人数</p>',
])
def test_a_notes_to_do_items_are_no_headings(todos: str) -> None:
    """A to-do's words stood alone between paragraphs once its checkbox was dropped, and read as
    a subheading: the item keeps its box (☐, ☑ when ticked) and stays a line of the note."""
    document = read(_ENEX.replace("{todos}", todos).encode(), format="enex")
    assert document.blocks_of("heading") == ()
    items = [block.text for block in document.blocks if block.text[:1] in "☐☑"]
    assert len(items) == todos.count("en-todo checked") and items[0].startswith("☐ ")
    if 'checked="true"' in todos:
        assert items[-1] == "☑ 交电费"


# --------------------------------------------------------------------------- more saved-page shapes

_P = (
    "记者从市交通运输局获悉，本市首条跨江隧道将于12月28日正式通车，届时过江时间将由40分钟缩短至8分钟。",
    "该隧道全长5.6公里，采用双向六车道设计，设计时速60公里，是目前国内直径最大的盾构隧道之一。",
    "市交通运输局相关负责人表示，隧道通车后将有效缓解现有跨江大桥的交通压力。",
)
_PARAGRAPHS = "".join(f"<p>{text}</p>" for text in _P)


def test_a_credit_alone_under_a_picture_is_its_photographer() -> None:
    """A WeChat post's 图源：视觉中国 set centred under its picture: the caption credits 视觉中国."""
    page = ('<html><head><meta charset="utf-8"><title>本市首条跨江隧道月底通车</title></head><body>'
            f'<h1>本市首条跨江隧道月底通车</h1><div id="js_content"><p>{_P[0]}</p><p><img src="a.jpg"></p>'
            '<p style="text-align:center"><span>图源：视觉中国</span></p>'
            f'<p>{_P[1]}</p><p>{_P[2]}</p></div></body></html>')
    captions = read(page.encode(), format="html").blocks_of("caption")
    assert [(block.text, block.photographer) for block in captions] == [("图源：视觉中国", "视觉中国")]


def test_a_video_pages_label_over_its_transcript_is_no_deck() -> None:
    """央视网's <p class="brief">视频简介</p> between the headline and the transcript: furniture, not the subtitle."""
    page = ('<html><head><meta charset="utf-8"><title>[新闻联播]本市首条跨江隧道月底通车_新闻频道_央视网(cctv.com)</title>'
            '</head><body><div class="nav"><a>首页</a><a>新闻</a><a>体育</a></div>'
            '<div class="playingVideo"><div class="tit">[新闻联播]本市首条跨江隧道月底通车</div>'
            '<div class="info">来源：央视网 | 2026年12月06日 19:32</div></div>'
            f'<div class="text_box"><p class="brief">视频简介</p><div class="cnt_bd">{_PARAGRAPHS}</div></div></body></html>')
    document = read(page.encode(), format="html")
    assert document.meta.subtitle is None
    assert "视频简介" not in [block.text for block in document.blocks]
    assert [block.text for block in document.blocks] == list(_P)


def _platform_page(meta: str, tags: str = "") -> bytes:
    return ('<html><head><meta charset="utf-8"><title>本市首条跨江隧道月底通车 - 今日头条</title></head><body>'
            '<div class="toolbar"><a>首页</a><a>下载头条APP</a></div><div class="article-content">'
            f'<h1>本市首条跨江隧道月底通车</h1><div class="article-meta">{meta}</div>'
            f'<article class="tt-article-content">{_PARAGRAPHS}</article>{tags}</div></body></html>').encode()


def test_an_original_posts_stamp_then_account_names_the_account() -> None:
    """今日头条's meta line: 原创, the posting time, then the account (a link): the account is the
    agency of last resort, where the platform's name was."""
    meta = ('<span class="original-tag">原创</span><span>2026-12-07 10:31</span>'
            '<span class="name"><a href="/c/user/1/">城市交通观察</a></span>')
    document = read(_platform_page(meta), format="html")
    assert document.meta.agency == "城市交通观察"
    assert document.meta.published == "2026-12-07T10:31"


def test_a_box_of_tag_links_gives_the_keywords() -> None:
    """今日头条's <div class="article-tag">, a CMS's <div class="tags">标签：<a>…</a></div>: the
    keywords when the head states none; a box of long links or of prose is no tag row."""
    stamp = "<span>2026-12-07 10:31</span>"
    tagged = _platform_page(stamp, '<div class="article-tag"><a>交通</a><a>隧道</a></div>')
    assert read(tagged, format="html").meta.keywords == ("交通", "隧道")
    labelled = _platform_page(stamp, '<div class="tags">标签：<a>#交通</a> <a>#城建</a></div>')
    assert read(labelled, format="html").meta.keywords == ("交通", "城建")
    teasers = _platform_page(stamp, '<div class="tags"><a>本市再开三条公交线路方便市民出行</a><a>地铁六号线全线贯通</a></div>')
    assert read(teasers, format="html").meta.keywords == ()


@pytest.mark.parametrize("title", ["打印本页 - 本市首条跨江隧道月底通车", "本市首条跨江隧道月底通车 [打印版]"])
def test_a_print_views_title_and_address(title: str) -> None:
    """A print view (?print=1): the <title> carries 打印本页, the headline sits in a bold cell, and
    the page prints its own address (本文网址：https://…) where the markup names none."""
    page = (f'<html><head><meta charset="gbk"><title>{title}</title></head><body>'
            '<div class="noprint"><a href="javascript:window.print()">打印</a> <a>关闭窗口</a></div>'
            '<table width="640"><tr><td align="center"><b><font size="4">本市首条跨江隧道月底通车</font></b></td></tr>'
            '<tr><td align="center">作者：陈晓峰　来源：某某日报　发布时间：2026-12-07 08:00:00</td></tr>'
            f'<tr><td>{_PARAGRAPHS}</td></tr>'
            '<tr><td align="right">本文网址：https://news.example.cn/2026/12/07/a123.html</td></tr></table></body></html>')
    document = read(page.encode("gbk"), format="html")
    assert document.meta.title == "本市首条跨江隧道月底通车"
    assert document.meta.source.url == "https://news.example.cn/2026/12/07/a123.html"
    assert [block.text for block in document.blocks] == list(_P)
    assert (document.meta.agency, document.meta.reporters) == ("某某日报", ("陈晓峰",))


def test_a_feed_entrys_list_is_a_list(tmp_path) -> None:
    """An Atom entry's HTML (escaped) and a crawler record's HTML body hold a <ul>/<ol>: its items
    are list items (Points under • or their number), where they were paragraphs."""
    items = "".join(f"&lt;li&gt;{item}&lt;/li&gt;" for item in ("昆明：滇池、翠湖", "大理：洱海、古城", "丽江：玉龙雪山"))
    feed = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>王小明的博客</title>'
            '<entry><title>在云南的十天</title><link href="https://blog.example.cn/2026/12/yunnan/"/>'
            '<published>2026-12-05T20:10:00+08:00</published><author><name>王小明</name></author><content type="html">'
            f"&lt;p&gt;{_P[0]}&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;{_P[1]}&lt;/p&gt;</content></entry></feed>")
    path = tmp_path / "atom.xml"
    path.write_text(feed, encoding="utf-8")
    document = read(path)
    assert [(block.kind, block.text) for block in document.blocks if block.kind == "point"] == [
        ("point", "• 昆明：滇池、翠湖"), ("point", "• 大理：洱海、古城"), ("point", "• 丽江：玉龙雪山")]
    import json

    record = {"title": "在云南的十天", "pub_time": "2026-12-05 20:10:00", "content": f"<p>{_P[0]}</p><ol><li>昆明：滇池、翠湖</li>"
              f"<li>大理：洱海、古城</li></ol><p>{_P[1]}</p>"}
    document = read(json.dumps(record, ensure_ascii=False).encode(), format="json")
    assert [block.text for block in document.blocks if block.kind == "point"] == ["1.昆明：滇池、翠湖", "2.大理：洱海、古城"]


def _app_page(title: str) -> bytes:
    """学习强国's saved article: every page titled with the app's name, the headline in a div."""
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<title>{title}</title></head><body><div class="layout-header"><a href="/">学习强国</a><a>学习平台</a></div>'
            '<div class="render-detail-article"><div class="render-detail-title">本市首条跨江隧道月底通车</div>'
            '<div class="render-detail-header"><div class="render-detail-resource">来源：某某日报</div>'
            f'<div class="render-detail-time">2026-12-07</div></div><div class="render-detail-content">{_PARAGRAPHS}</div>'
            '<div class="render-detail-editor">责任编辑：王敏</div></div>'
            '<div class="layout-footer">学习强国 版权所有</div></body></html>').encode()


def test_a_title_of_the_sites_name_gives_way_to_the_headline_shown() -> None:
    """<title>学习强国</title>, the words of the page's home link: the headline is the title-classed
    element's, where the site's name was the headline and the real one the deck."""
    document = read(_app_page("学习强国"), format="html")
    assert document.meta.title == "本市首条跨江隧道月底通车" and document.meta.subtitle is None
    assert document.meta.published == "2026-12-07" and document.meta.editors == ("王敏",)
    assert [block.text for block in document.blocks][:3] == list(_P)
    # a <title> holding the headline itself is left alone
    assert read(_app_page("本市首条跨江隧道月底通车"), format="html").meta.title == "本市首条跨江隧道月底通车"


def test_a_byline_boxs_time_alone_is_no_account() -> None:
    """A byline box holding only its <time> (2026年12月7日): no self-media account, the site stays the agency."""
    page = _nyt().replace(b"<address>KEITH BRADSHER</address>", b"")
    assert read(page, format="html").meta.agency == "纽约时报中文网"


def test_a_zhihu_columns_platform_is_the_agency_of_last_resort() -> None:
    """知乎专栏's page: the writer in microdata, the platform only in <title>'s tail (… - 知乎)."""
    page = ('<html><head><meta charset="utf-8"><title>本市首条跨江隧道月底通车 - 知乎</title>'
            '<meta itemprop="datePublished" content="2026-12-07T02:31:00.000Z"></head><body>'
            '<header class="AppHeader"><a>首页</a><a>发现</a><a>等你来答</a></header><div class="Post-content">'
            '<h1 class="Post-Title">本市首条跨江隧道月底通车</h1><div class="AuthorInfo" itemprop="author" itemscope '
            'itemtype="http://schema.org/Person"><meta itemprop="name" content="李明远"><a class="UserLink-link">李明远</a></div>'
            f'<div class="RichText ztext Post-RichText">{_PARAGRAPHS}</div>'
            '<div class="ContentItem-time">发布于 2026-12-07 10:31・IP 属地北京</div>'
            '<div class="Post-topicsAndReviewer"><div class="TopicList"><a>城市交通</a><a>隧道</a></div></div></div></body></html>')
    document = read(page.encode(), format="html")
    assert (document.meta.agency, document.meta.reporters) == ("知乎", ("李明远",))
    assert document.meta.keywords == ("城市交通", "隧道")
    assert [block.text for block in document.blocks] == list(_P)


_ITEM_BODY = f"&lt;p&gt;{_P[0]}&lt;/p&gt;&lt;p&gt;{_P[1]}&lt;/p&gt;"


@pytest.mark.parametrize("name", ["item.xml", "item"])
def test_one_feed_item_saved_alone_is_read_as_an_entry(tmp_path, name: str) -> None:
    """An RSS <item> saved on its own (no <rss>/<channel> around it): an entry, where it was read as
    a page (its CDATA markers in the headline, its date and author lost)."""
    item = ('<?xml version="1.0" encoding="utf-8"?>\n<item><title><![CDATA[本市首条跨江隧道月底通车]]></title>'
            '<link>https://www.example.cn/2026/12/07/a1.html</link><author>chenxf@example.cn (陈晓峰)</author>'
            '<pubDate>Mon, 07 Dec 2026 08:00:00 +0800</pubDate><source url="https://www.example.cn/rss.xml">某某日报</source>'
            f"<description>{_ITEM_BODY}</description></item>")
    path = tmp_path / name
    path.write_text(item, encoding="utf-8")
    document = read(path)
    assert document.meta.title == "本市首条跨江隧道月底通车"
    assert (document.meta.published, document.meta.agency) == ("2026-12-07T08:00+08:00", "某某日报")
    assert document.meta.source.url == "https://www.example.cn/2026/12/07/a1.html"
    assert [block.text for block in document.blocks] == list(_P[:2])


def test_a_newsml_item_is_read_as_an_entry(tmp_path) -> None:
    """A wire's NewsML-G2 <newsItem>: the headline, byline, credit line and time in its groups
    (contentMeta, itemMeta), the text in <inlineXML>."""
    item = ('<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
            'guid="urn:newsml:example.cn:20261207:a1" version="1"><itemMeta><itemClass qcode="ninat:text"/>'
            '<versionCreated>2026-12-07T09:00:00+08:00</versionCreated></itemMeta><contentMeta>'
            '<contentCreated>2026-12-07T08:00:00+08:00</contentCreated><headline>本市首条跨江隧道月底通车</headline>'
            '<by>陈晓峰</by><creditline>某某日报</creditline><subject type="cpnat:abstract"><name>交通</name></subject>'
            '</contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">'
            f"<body><p>{_P[0]}</p><p>{_P[1]}</p></body></html></inlineXML></contentSet></newsItem>")
    path = tmp_path / "a1.xml"
    path.write_text(item, encoding="utf-8")
    document = read(path)
    assert document.meta.title == "本市首条跨江隧道月底通车"
    assert (document.meta.published, document.meta.agency) == ("2026-12-07T08:00+08:00", "某某日报")
    assert document.meta.reporters == ("陈晓峰",) and document.meta.keywords == ("交通",)
    assert [block.text for block in document.blocks] == list(_P[:2])


_PORTAL_STORY = (
    "新华网北京6月18日电（记者 刘建国）国家统计局今天发布数据，今年5月份全国居民消费价格总水平同比上涨1.8%。",
    "其中，城市上涨1.6%，农村上涨2.2%；食品价格上涨2.9%，非食品价格上涨1.2%。",
    "国家统计局有关负责人表示，当前物价总水平基本稳定，但部分农产品价格仍有上涨压力。",
)


def test_an_old_portals_table_page_gives_its_stamp_and_drops_its_related_table() -> None:
    """A 2000s portal's GB2312 page laid out in tables: the stamp line opens with the portal's
    address (http://news.sina.com.cn 2005年06月18日10:25 新华网), and the 相关链接 table lists linked
    titles with their dates: the time is read, no related title is a paragraph."""
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            '<title>5月份居民消费价格同比上涨1.8%_新闻中心_新浪网</title></head><body>'
            '<table width=750><tr><td><a href="/">新浪首页</a></td><td><a>新闻中心</a> &gt; 正文</td></tr></table>'
            '<table width=750><tr><td width=560 valign=top><table width=100%><tr><th><h1>5月份居民消费价格同比上涨1.8%</h1></th></tr>'
            '<tr><td align=center>http://news.sina.com.cn 2005年06月18日10:25　<a href=http://www.xinhuanet.com>新华网</a></td></tr></table>'
            '<table width=560><tr><td><font id="zoom">' + "".join(f"<p>　　{text}</p>" for text in _PORTAL_STORY)
            + '</font></td></tr></table><table width=560><tr><td><b>相关链接</b></td></tr>'
            '<tr><td>・<a href=/c/1.shtml>4月份CPI同比上涨1.8%</a> (2005/05/13 10:00)</td></tr>'
            '<tr><td>・<a href=/c/2.shtml>一季度物价平稳</a> (2005/04/15 09:30)</td></tr></table></td></tr></table>'
            '<table width=750><tr><td>新浪网版权所有 Copyright &copy; 1996-2005 SINA Corporation</td></tr></table></body></html>')
    document = read(page.encode("gb2312"), format="html")
    assert document.meta.published == "2005-06-18T10:25" and document.meta.agency == "新华网"
    assert [block.text for block in document.blocks] == [_PORTAL_STORY[0].split("）", 1)[1], *_PORTAL_STORY[1:]]


def test_a_portals_address_before_the_stamp_in_a_text_copy() -> None:
    """The same stamp line copied as text: the portal's address is no paragraph, the time is read."""
    from conftest import build_text

    document = build_text("5月份居民消费价格同比上涨1.8%\nhttp://news.sina.com.cn 2005年06月18日10:25 新华网\n"
                          + "\n".join(_PORTAL_STORY) + "\n")
    assert document.meta.published == "2005-06-18T10:25"
    assert "http://news.sina.com.cn 2005年06月18日10:25 新华网" in document.meta.header_raw
    assert [block.kind for block in document.blocks] == ["lead", "paragraph", "paragraph"]


def test_the_site_a_page_was_saved_from_names_the_outlet_of_last_resort() -> None:
    """DW's page titled … – DW – 2026年12月7日 names no outlet in Chinese, its dateline none either:
    the address it was saved from (canonical link, a clip's source-url) is dw.com's, 德国之声."""
    page = _dw('<span class="author-details">Martin Müller</span>').replace(
        b"</title>", b'</title><link rel="canonical" href="https://www.dw.com/zh/a-71234567">')
    assert read(page, format="html").meta.agency == "德国之声"
    assert read(_dw('<span class="author-details">Martin Müller</span>'), format="html").meta.agency is None
    body = _dw('<span class="author-details">Martin Müller</span>').decode()
    body = body[body.index("<body>") + 6: body.index("</body>")]
    note = _ENEX.replace("{todos}", "").replace("<title>周末家庭安排</title>", f"<title>{_TITLE} – DW</title>").replace(
        "<note-attributes>", "").replace("</content>", "</content><note-attributes><source-url>https://www.dw.com/zh/a-71234567"
                                         "</source-url></note-attributes>")
    note = note.replace(note[note.index("<en-note>"): note.index("</en-note>") + len("</en-note>")],
                        f"<en-note><div>{body}</div></en-note>")
    document = read(note.encode(), format="enex")
    assert (document.meta.agency, document.meta.reporters) == ("德国之声", ("Martin Müller",))


def test_credit_fields_in_spans_of_their_own_stay_apart() -> None:
    """央视网's <p class="zebian"><span>编辑：张三</span><span>责任编辑：李四</span></p>: one editor
    line with the fields apart, where they ran together (编辑：张三责任编辑：李四)."""
    page = ('<html><head><meta charset="utf-8"><title>本市首条跨江隧道月底通车_新闻频道_央视网(cctv.com)</title></head><body>'
            f'<h1>本市首条跨江隧道月底通车</h1><div class="cnt_bd">{_PARAGRAPHS}'
            '<p class="zebian"><span>编辑：张三</span><span>责任编辑：李四</span></p></div></body></html>')
    document = read(page.encode(), format="html")
    assert [block.text for block in document.blocks_of("editor_line")] == ["编辑：张三 责任编辑：李四"]
    assert document.meta.editors == ("张三", "李四")


def test_a_cna_caption_dated_after_its_credit_and_a_keyword_tag_box() -> None:
    """中央社's figcaption closes with the credit and the day the picture was taken in brackets
    (（中央社記者張三攝 115年12月7日）): 張三 is its photographer; its <div class="keywordTag"> of
    #tags gives the keywords."""
    story = ("（中央社記者王小明台北7日電）行政院今天通過明年度總預算案，歲出規模達新台幣3兆元，創歷史新高。",
             "行政院發言人表示，預算將優先投入國防、社會福利與公共建設等領域。")
    page = ('<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>政院通過明年度總預算 | 政治 | 中央社 CNA'
            '</title></head><body><div class="centralContent"><h1><span>政院通過明年度總預算</span></h1>'
            '<div class="updatetime"><span>2026/12/07 12:30</span></div><figure class="center"><img src="a.jpg">'
            '<figcaption class="picinfo">行政院7日召開院會。（中央社記者張三攝 115年12月7日）</figcaption></figure>'
            '<div class="paragraph">' + "".join(f"<p>{text}</p>" for text in story) + '<p>（編輯：李四）1151207</p></div>'
            '<div class="keywordTag"><a href="/tag/1">#總預算</a><a href="/tag/2">#行政院</a></div></div></body></html>')
    document = read(page.encode(), format="html")
    assert [block.photographer for block in document.blocks_of("caption")] == ["張三"]
    assert document.meta.photographers == ("張三",)
    assert document.meta.keywords == ("總預算", "行政院")


def test_a_records_site_home_gives_way_to_the_articles_address() -> None:
    """newspaper3k's record: source_url is the site's home page, canonical_link the article's; the
    article's is the source URL, the home page only when no other address is given."""
    import json

    record = {"title": "本市首条跨江隧道月底通车", "authors": ["陈晓峰"], "publish_date": "2026-12-07 08:00:00+08:00",
              "text": "\n\n".join(_P), "source_url": "https://news.example.cn", "canonical_link": "https://news.example.cn/a1.html"}
    document = read(json.dumps(record, ensure_ascii=False).encode(), format="json")
    assert document.meta.source.url == "https://news.example.cn/a1.html"
    del record["canonical_link"]
    assert read(json.dumps(record, ensure_ascii=False).encode(), format="json").meta.source.url == "https://news.example.cn"
