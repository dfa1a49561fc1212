"""Shapes met on real saved pages of the kind GeneralNewsExtractor's test set holds (网易, 百家号,
今日头条, trade and hospital sites, small CMSs), rebuilt here with invented text.

Each test names the page shape; the rules are general.
"""

from __future__ import annotations

from convertkit import read
from convertkit.structure.header import editor_names

_BODY = (
    "记者3日从市交通运输局获悉，今年以来全市新开通公交线路十二条，覆盖沿江的多个新建居住小区。",
    "市交通运输局有关负责人表示，下一步将继续优化线路布局，推动公交站点与轨道交通站点的衔接换乘。",
    "据介绍，新开通线路主要服务早晚通勤客流，高峰时段发车间隔缩短至八分钟以内，日均客流稳定增长。",
)


def _page(head: str, top: str, body: tuple[str, ...] = _BODY, tail: str = "") -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in body)
    return (f"<html><head><meta charset='utf-8'>{head}</head><body>{top}"
            f"<div class='article-content'>{paragraphs}{tail}</div></body></html>").encode()


def test_meta_title_cut_at_the_headlines_own_quote_loses_to_the_heading():
    """网易: og:title content="…写"救命啊"…" ends at the headline's unescaped quote."""
    head = ('<title>男孩不想去练琴 写"救救我"纸条扔下楼_网易新闻</title>'
            '<meta property="og:title" content="男孩不想去练琴 写" 救救我"纸条扔下楼"="">')
    doc = read(_page(head, '<h1>男孩不想去练琴 写"救救我"纸条扔下楼</h1>'), format="html")
    assert doc.meta.title == "男孩不想去练琴 写“救救我”纸条扔下楼"
    assert all("纸条扔下楼" not in block.text for block in doc.blocks)


def test_title_tail_the_page_does_not_show_is_the_sites_name():
    """A trade site's <title> adds ``-某某 电子技术`` and a hospital's `` 某某医院`` after the
    headline it shows in an <h4> or a div.title: no site word marks the tail, the page does."""
    head = "<title>新一代车载芯片发布：算力提升四倍-EDN 电子学园</title>"
    top = "<div class='cover-text'><h4>新一代车载芯片发布：算力提升四倍</h4><span>时间：2019-09-25</span></div>"
    doc = read(_page(head, top), format="html")
    assert doc.meta.title == "新一代车载芯片发布：算力提升四倍"
    head = "<title>【喜迎国庆】我院举办2019年护理技能大赛 江南省第一人民医院</title>"
    top = ("<div class='title'>【喜迎国庆】我院举办2019年护理技能大赛</div>"
           "<div>来源：本站原创 作者：护理部 时间：2019年10月31日 23:00</div>")
    doc = read(_page(head, top), format="html")
    assert doc.meta.title == "【喜迎国庆】我院举办2019年护理技能大赛"
    assert doc.meta.agency == "江南省第一人民医院"  # 来源：本站 is the site itself


def test_source_from_the_internet_names_no_outlet():
    """来源：网络 says the text was found online; it is no agency."""
    head = "<title>快递员一个月里接送医护人员上千次</title>"
    top = "<h1>快递员一个月里接送医护人员上千次</h1><div class='info'>2020-03-09 18:14 来源：网络</div>"
    assert read(_page(head, top), format="html").meta.agency is None


def test_romanised_editor_name_stays_whole():
    assert editor_names("Demi Xia") == ("Demi Xia",)
    assert editor_names("王晓 李四") == ("王晓", "李四")
    assert editor_names("Demi Xia、王晓") == ("Demi Xia", "王晓")


def test_title_head_the_page_does_not_show_is_a_column():
    """<title>明日行情预测--headline</title> over <div class="title-text">headline</div>."""
    head = "<title>明日行情预测--新一代车载芯片发布：算力提升四倍</title>"
    top = "<div class='title-text'>新一代车载芯片发布：算力提升四倍</div><div>发布时间： 2019-09-26 10:09:11</div>"
    doc = read(_page(head, top), format="html")
    assert doc.meta.title == "新一代车载芯片发布：算力提升四倍"
    assert doc.meta.published == "2019-09-26T10:09:11"


def test_self_media_account_under_the_headline_is_the_publisher():
    """百家号: <p class="author-name">某某必读</p> names the account, no person: the agency of last
    resort, in place of the platform; a personal name there stays an author."""
    head = "<title>市民乘公交出行更方便了</title>"
    top = ("<h2>市民乘公交出行更方便了</h2><div class='author-txt'><p class='author-name'>江城出行必读</p>"
           "<div class='article-source'><span class='date'>发布时间：10-08</span></div></div>")
    assert read(_page(head, top), format="html").meta.agency == "江城出行必读"


def test_info_strip_of_bar_separated_fields():
    """CSDN: 发表于 2014-08-24 21:30 | 1164次阅读 | 来源 CSDN | 0 条评论 | 作者 魏星 (no colons)."""
    head = "<title>安全论坛在京举办-CSDN.NET</title>"
    top = "<h1>安全论坛在京举办</h1><div class='info'>发表于 2014-08-24 21:30 | 1164次阅读 | 来源 CSDN | 0 条评论 | 作者 周明</div>"
    meta = read(_page(head, top), format="html").meta
    assert (meta.published, meta.agency, meta.reporters) == ("2014-08-24T21:30", "CSDN", ("周明",))


def test_posting_stamp_under_the_headline():
    """今日头条: 原创 GameForce 2019-09-04 22:18:34 under the headline gives the time."""
    head = "<title>市民乘公交出行更方便了</title>"
    top = "<h1>市民乘公交出行更方便了</h1><div class='article-sub'><span>原创</span><span>GameForce</span><span>2019-09-04 22:18:34</span></div>"
    assert read(_page(head, top), format="html").meta.published == "2019-09-04T22:18:34"


def test_account_before_the_posting_stamp_is_the_agency_of_last_resort():
    """今日头条: the account and its posting time under the headline (``华夏人文 2020-03-09
    18:14:21``), in no element marked as the author, name the publisher when nothing else does."""
    head = "<title>市民乘公交出行更方便了</title>"
    top = "<h1>市民乘公交出行更方便了</h1><div class='article-sub'><span>江城人文</span> <span>2020-03-09 18:14:21</span></div>"
    meta = read(_page(head, top), format="html").meta
    assert (meta.agency, meta.published, meta.reporters) == ("江城人文", "2020-03-09T18:14:21", ())


def test_person_or_place_before_the_posting_stamp_is_no_account():
    """A writer's name (张小明) or a listed place (北京) before the stamp names no account; a stamp
    without its clock time is no platform's."""
    head = "<title>市民乘公交出行更方便了</title>"
    for sub in ("<span>张小明</span> <span>2020-03-09 18:14:21</span>",
                "<span>北京</span> <span>2020-03-09 18:14:21</span>",
                "<span>江城人文</span> <span>2020-03-09</span>"):
        top = f"<h1>市民乘公交出行更方便了</h1><div class='article-sub'>{sub}</div>"
        assert read(_page(head, top), format="html").meta.agency is None, sub


def test_author_box_in_the_sidebar_under_a_one_paragraph_story_is_no_account():
    """明日大盘-style page: a story of one paragraph, then the sidebar's author box naming the channel
    in a link the markup calls the author's (``<a class="author-meta-name">股市行情</a>``): past
    the body's last paragraph nothing is a byline or an account."""
    story = "".join(_BODY)
    page = ("<html><head><meta charset='utf-8'><title>市民乘公交出行更方便了</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/c/'>股市行情</a> <a href='/g/'>个股研究</a></div>"
            "<div class='main'><h1>市民乘公交出行更方便了</h1><div class='info'>发布时间：2019-09-26 10:09:11</div>"
            f"<div class='article-content'><p>{story}</p></div></div>"
            "<div class='side'><div>相关新闻</div><div><a class='author-meta-name' href='/c/'>股市行情</a></div>"
            "<div>总篇数919篇</div><div>暂无简介</div></div></body></html>").encode()
    meta = read(page, format="html").meta
    assert (meta.agency, meta.published) == (None, "2019-09-26T10:09:11")


def test_publication_time_labelled_after_the_body_past_widgets():
    """当代商报: 赞 0 赏 分享 / 阅读 539 / A+ between the body and 发布日期：… 来源：…."""
    head = "<title>市民乘公交出行更方便了--江城商报</title>"
    tail = ("</div><div>赞 0 赏 分享</div><div>查看评论</div><div>阅读 539</div><div>隐藏边栏</div><div>A+</div>"
            "<div>发布日期：2019-09-23 14:34:05 所属分类： 头条</div><div>标签：</div>"
            "<div>版权声明 来源：江城商报 时间：2019-09-23 14:34:05 作者：")
    meta = read(_page(head, "<div>首页 > 要闻 > 正文</div>", tail=tail), format="html").meta
    assert meta.published == "2019-09-23T14:34:05"
    assert meta.agency == "江城商报"


def _blocks(doc) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in doc.blocks]


def test_line_repeating_an_images_alt_is_its_caption():
    """网易: <img alt="…供图 华龙网"> then the same words under it, a caption the rules cannot tell."""
    head = "<title>江边新建公交站投入使用</title>"
    body = ('<p class="f_center"><img alt="新建的江滨公交站。市交通局供图 江城网" src="a.jpg">新建的江滨公交站。市交通局供图 江城网</p>',
            *(f"<p>{text}</p>" for text in _BODY))
    html = (f"<html><head><meta charset='utf-8'>{head}</head><body><h1>江边新建公交站投入使用</h1>"
            f"<div class='post_body'>{''.join(body)}</div></body></html>").encode()
    blocks = _blocks(read(html, format="html"))
    assert ("caption", "新建的江滨公交站。市交通局供图 江城网") in blocks
    assert blocks[1] == ("lead", _BODY[0])


def test_empty_inline_element_keeps_the_rest_of_its_paragraph():
    """新浪: …消息，<span><a>苹果</a></span><span id="quote_AAPL"></span>2019秋季发布会开幕…: the
    empty quote box took the rest of the paragraph with it."""
    first = "北京时间9月11日凌晨消息，<span id='quote_X'></span>秋季发布会开幕，新平板为第一个出场的硬件产品。"
    doc = read(_page("<title>某公司发布新手机</title>", "<h1>某公司发布新手机</h1>", (first, *_BODY)), format="html")
    assert doc.blocks[0].text == "北京时间9月11日凌晨消息，秋季发布会开幕，新平板为第一个出场的硬件产品。"


def test_underlined_and_code_words_stay_in_their_paragraph():
    """澎湃's …症状中，<u>…指标</u>。 and WeChat's 关键词叫做<code>defer</code>，… are one paragraph each."""
    first = "此前，发烧被认为是主要症状。然而最新的研究发现：<u>味觉丧失更具特异性，可作为最强预测指标</u>。"
    second = "熟悉 Golang 的同学都知道，Golang 里面有一个关键词叫做<code>defer</code>，它可以实现延迟调用。"
    doc = read(_page("<title>味觉丧失是最强预测指标</title>", "<h1>味觉丧失是最强预测指标</h1>", (first, second, *_BODY)),
               format="html")
    assert [block.text for block in doc.blocks[:2]] == [
        "此前，发烧被认为是主要症状。然而最新的研究发现：味觉丧失更具特异性，可作为最强预测指标。",
        "熟悉 Golang 的同学都知道，Golang 里面有一个关键词叫做defer，它可以实现延迟调用。"]


def test_page_furniture_closing_the_story():
    """Section labels after the body (最新报道, 相关热门文章), a pop-up's 知道了, the tag list
    (关键词 >> …), a footer address with its postcode and a note that the pictures come from the
    internet are no part of the story."""
    tail = ("<p>关键词 >> 新冠病毒，味觉，预测指标</p><p>图片均来自网络，如有侵权请联系删除</p>"
            "<p>地址：江城市新建南路56号 邮编：030001 电话：0351-1234567</p><p>知道了</p>"
            "<p>最新报道</p><p>微博关注</p><p>相关热门文章</p>")
    doc = read(_page("<title>市民乘公交出行更方便了</title>", "<h1>市民乘公交出行更方便了</h1>", tail=tail), format="html")
    assert [block.text for block in doc.blocks] == list(_BODY)


def test_page_in_korean_is_refused_as_such():
    """경향신문: a Korean story is no Chinese article, and the refusal says so."""
    import pytest

    from convertkit.errors import NoArticleError

    korean = "".join("<p>서울시는 오늘 새로운 버스 노선을 개통한다고 밝혔다. 시민들의 출퇴근 시간이 크게 줄어들 것으로 기대된다.</p>"
                     for _ in range(4))
    html = f"<html><head><title>서울시 새 버스 노선 개통</title></head><body><h1>서울시 새 버스 노선 개통</h1>{korean}</body></html>"
    with pytest.raises(NoArticleError, match="Korean"):
        read(html.encode(), format="html")


def test_forum_thread_list_is_refused():
    """贴吧: each <li> holds a reply count, a linked thread title, its author and an abstract; the
    abstracts of many items are no article. An article inside one layout <li> stays one."""
    import pytest

    from convertkit.errors import NoArticleError

    items = "".join(
        f"<li class='j_thread_list'><span class='threadlist_rep_num'>{n}</span>"
        f"<a href='/p/{n}' class='j_th_tit'>第{n}个帖子的标题在这里说明</a><span class='author'>网友{n}</span>"
        f"<div class='threadlist_abs'>{_BODY[n % 3][:-1]}，第{n}个小区的居民说出行时间缩短了{n + 5}分钟。</div></li>"
        for n in range(1, 9))
    html = f"<html><head><title>某某吧_百度贴吧</title></head><body><ul id='thread_list'>{items}</ul></body></html>"
    with pytest.raises(NoArticleError, match="list of links"):
        read(html.encode(), format="html")
    layout = ("<ul><li class='left-main'><h1>市民乘公交出行更方便了</h1>" + "".join(f"<p>{t}</p>" for t in _BODY)
              + "".join(f"<a href='/n/{n}'>相关新闻标题第{n}条说明文字</a>" for n in range(6)) + "</li></ul>")
    html = f"<html><head><title>市民乘公交出行更方便了</title></head><body>{layout}</body></html>"
    assert [block.text for block in read(html.encode(), format="html").blocks] == list(_BODY)


def test_page_of_headline_links_without_summaries_is_refused_as_a_list():
    """A fund's announcement list or a rolling-news index: each item a linked title and a date, no
    summary and no body. The refusal says it is a list of links, not mere furniture; a page of a
    few short links (a sidebar fragment) is still furniture."""
    import pytest

    from convertkit.errors import NoArticleError

    items = "".join(f"<li><h2><a href='/u/{n}.pdf'>某某基金管理有限公司关于旗下第{n}只基金调整费率的公告</a></h2>"
                    f"<i>2020-04-{n + 10}</i></li>" for n in range(1, 13))
    html = (f"<html><head><title>信息披露_资讯中心_某某基金</title></head><body><div class='nav'><a href='/'>首页</a>"
            f"<a href='/news/'>行业动态</a></div><h2>信息披露</h2><ul>{items}</ul>"
            "<div class='page'><a href='p1.html'>上一页</a><a href='p3.html'>下一页</a></div></body></html>")
    with pytest.raises(NoArticleError, match="a list of links to other pages"):
        read(html.encode(), format="html")
    sidebar = "".join(f"<a href='/{n}'>热门{n}</a>" for n in range(12))
    with pytest.raises(NoArticleError, match="page furniture only"):
        read(f"<html><body><div>{sidebar}</div></body></html>".encode(), format="html")


def test_channel_name_over_the_headline_inside_the_article_box_is_no_paragraph():
    """A college site's CMS prints the channel's name (■ 学院新闻) over the headline in the same
    table as the story: no paragraph of it; the date line under the headline is still read."""
    rows = "".join(f"<tr><td><p>{text}</p></td></tr>" for text in _BODY)
    html = ("<html><head><meta charset='utf-8'><title>市民乘公交出行更方便了-学院新闻</title></head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/xw/'>学院新闻</a></div><table class='main'>"
            "<tr><td><p><span>■ </span><span>学院新闻</span></p></td></tr>"
            "<tr><td><h3>市民乘公交出行更方便了</h3></td></tr>"
            "<tr><td>来源: | 发布时间: 2018-05-17 | 浏览次数: 2168</td></tr>"
            f"{rows}</table><div class='foot'>地址：某某市某某路56号 邮编：030001</div></body></html>").encode()
    doc = read(html, format="html")
    assert [block.text for block in doc.blocks] == list(_BODY)
    assert doc.meta.published == "2018-05-17"


def _text_doc(*paragraphs: str):
    return read("\n\n".join(("标题：数据行业迎来整顿", *paragraphs)).encode(), format="text")


def test_byline_naming_a_magazine_in_title_marks():
    """腾讯's 《棱镜》作者 周纯, 《中国新闻周刊》记者 张三: the magazine or column in 《》 before the title;
    a magazine (…周刊) is the agency, a column is none."""
    for credit, agency, names in (("《棱镜》作者 周明", None, ("周明",)),
                                  ("《新闻周刊》记者 张三 李四", "新闻周刊", ("张三", "李四"))):
        doc = _text_doc(credit, *_BODY)
        assert (doc.meta.reporters, doc.meta.agency) == (names, agency)
        assert [block.text for block in doc.blocks] == list(_BODY)
    doc = _text_doc("《红楼梦》作者曹雪芹生平简介", *_BODY)
    assert doc.meta.reporters == ()


def test_site_dateline_like_this_paper():
    """A hospital's or school's own news: 本站讯（通讯员 李琴 刘会）, read like 本报讯."""
    doc = _text_doc(f"本站讯（职工通讯员 李琴 刘会）{_BODY[0]}", *_BODY[1:])
    assert (doc.meta.reporters, doc.meta.reporter_label) == (("李琴", "刘会"), "通讯员")  # no 记者
    assert doc.blocks[0].text == _BODY[0]


def test_headline_above_the_info_line_when_the_title_names_only_the_site():
    """A society's site: <title>新闻动态--某某学会官网</title>, no <h1>; the headline is the line
    over 发布时间：… 来源：… above the first paragraph."""
    top = ("<div class='crumb'>首页 - 新闻动态</div><div class='tit'>2019年江城交通论坛在江城大学成功举行！</div>"
           "<div class='info'>发布时间：2019-05-18 来源：江城交通学会</div>")
    meta = read(_page("<title>新闻动态--江城交通学会官网</title>", top), format="html").meta
    assert (meta.title, meta.title_derived) == ("2019年江城交通论坛在江城大学成功举行！", False)
    assert (meta.published, meta.agency) == ("2019-05-18", "江城交通学会")


def test_editor_credit_after_a_closing_picture():
    """新浪: the story ends with a picture and its caption, then 责任编辑：张迪 below it, outside the
    extracted body: the caption does not end the search for the credits."""
    from convertkit.readers.html_info import trailing_facts

    caption = "自2007年起，江城已经陆续修建了400多座新型公交候车亭。（资料图）"
    page = ["市民乘公交出行更方便了", *_BODY, caption, "责任编辑：张迪", "关键字：公园"]
    assert trailing_facts(page, _BODY[-1], (caption,)).editors == ("张迪",)
    assert trailing_facts(page, _BODY[-1]).editors == ()


def test_promotion_with_a_bracketed_call_to_click_is_furniture():
    """新浪: a boxed promotion above the story (…评选火热进行中！【点击投票】Pick你心目中的…)."""
    promo = "“一张榜单尽显江城经济的大事与大势”！ “年度人物评选”火热进行中！【<a href='/vote'>点击投票</a>】选出你心目中的商业领袖"
    first = f"新京报快讯（记者 周明）{_BODY[0]}"
    doc = read(_page("<title>市民乘公交出行更方便了</title>", "<h1>市民乘公交出行更方便了</h1>", (promo, first, *_BODY[1:])),
               format="html")
    assert doc.meta.reporters == ("周明",)
    assert [block.text for block in doc.blocks] == list(_BODY)


def test_day_in_meta_takes_the_time_the_info_line_adds():
    """人民网: <meta name="publishdate" content="2019-06-15"> and 2019年06月15日08:18 来源：… on the page."""
    head = "<title>市民乘公交出行更方便了</title><meta name='publishdate' content='2019-06-15'>"
    top = "<h1>市民乘公交出行更方便了</h1><div class='box01'>2019年06月15日08:18 来源：江城网</div>"
    assert read(_page(head, top), format="html").meta.published == "2019-06-15T08:18"


def test_sentence_naming_an_official_account_is_prose():
    """游民星空: a story's first paragraph mentions the game's 官方微信微博; a short 关注官方微信 line
    is still a prompt. The info line 2019-09-05 11:10 游民星空[整理] 1 names the site that
    compiled it (and the comment count)."""
    first = "《某游戏》每周的版本更新都安排在周四，是以周三周四这两天的官方微信微博总是被心急的玩家各种蹲守，期待能第一个挖到爆料。"
    top = "<h1>某游戏更新了新玩法</h1><span>2019-09-05 11:10 游民星空[整理]</span> <a class='cmt'>1</a>"
    doc = read(_page("<title>某游戏更新了新玩法_游民星空</title>", top, (first, *_BODY, "关注官方微信：某游戏")), format="html")
    assert [block.text for block in doc.blocks] == [first, *_BODY]
    assert (doc.meta.published, doc.meta.agency) == ("2019-09-05T11:10", "游民星空")


def test_portal_link_glued_to_the_last_paragraph_is_cut_off_not_the_paragraph():
    """腾讯: …整顿仍将持续。返回腾讯网首页>> closes the last paragraph; the paragraph stays."""
    last = "转型之路，道阻且长。可以预见的是，江城公交线路的优化调整仍将持续推进，市民出行将更加便利。"
    doc = read(_page("<title>市民乘公交出行更方便了</title>", "<h1>市民乘公交出行更方便了</h1>",
                     (*_BODY, f"{last}<a href='https://www.qq.com'>返回腾讯网首页&gt;&gt;</a>")), format="html")
    assert doc.blocks[-1].text == last
