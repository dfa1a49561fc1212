"""Pages of some thirty more sites copied from the browser as text (光明网, 中新网, 大河网, 齐鲁网,
证券时报, 东方财富, 36氪, 虎嗅, 钛媒体, 知乎, 微博, 今日头条, 百家号, 新浪财经, 网易号, 明报, ETtoday,
TVBS, 公視, 天下, 商周 …): their info strips, buttons, credits and boxes, each imitated with an
invented story. The story's paragraphs must come through whole, and a sentence holding one of the
furniture's words must stay."""

from __future__ import annotations

from conftest import body_texts as body
from conftest import build_text as build

_STORY = (
    "国产大飞机C919周日开启第二条定期商业航线，执飞上海虹桥至北京首都航线，每日往返一班。\n"
    "据介绍，该航线的开通将进一步扩大C919的商业运营规模，东航计划年内再接收多架C919。\n"
)
_TSTORY = (
    "國產大飛機C919週日開闢第二條定期商業航線，執飛上海虹橋至北京首都航線，每日往返一班。\n"
    "據介紹，該航線的開通將進一步擴大C919的商業運營規模，東航計劃年內再接收多架C919。\n"
)
_TITLE = "国产大飞机C919开启第二条定期商业航线\n"
_TTITLE = "國產大飛機C919開闢第二條定期商業航線\n"


def _two_paragraphs(text: str) -> None:
    doc = build(text)
    assert len(body(doc)) == 2, [(block.kind, block.text) for block in doc.blocks]
    assert body(doc)[0].endswith("每日往返一班。")


# --------------------------------------------------------------------------- buttons and prompts


def test_buttons_and_counts_of_portals_and_platforms_are_furniture() -> None:
    """光明网's share widget alone, 中新网's 参与互动, 头条's 原创 tag, 百家号's 关注 and 举报/反馈,
    知乎's 赞同 count and buttons, 新浪's font and share row, a footer's link row, 明报's pager."""
    pages = (
        "2024-01-28 05:00\n点击右上角微信好友 朋友圈 请使用浏览器分享功能进行分享\n" + _STORY,
        "2024-01-28 10:15\n参与互动\n" + _STORY + "关于我们 | About us | 联系我们 | 广告服务 | 法律声明 | 网站地图\n",
        "2024-01-28 10:15\n原创\n" + _STORY + "举报\n",
        "2024-01-28 10:15\n关注\n" + _STORY + "举报/反馈\n",
        "123 人赞同了该文章\n" + _STORY + "赞同 123\n添加评论\n分享\n喜欢\n收藏\n申请转载\n",
        "2024年01月28日 10:15\n缩小字体 放大字体 收藏 微博 微信 分享\n" + _STORY + "上一篇\n下一篇\n",
    )
    for page in pages:
        _two_paragraphs(_TITLE + page)
    _two_paragraphs(_TTITLE + "2024年01月28日 10:15\n" + _TSTORY + "讀者迴響\n")
    _two_paragraphs(_TTITLE + "2024年01月28日 10:15\n" + _TSTORY + "上一則\n下一則\n")  # 東方日報's pager


def test_app_prompts_slogans_and_site_notices_are_furniture() -> None:
    """证券时报's app prompt and disclaimer, 东方财富's 郑重声明, 新浪's and 虎嗅's app slogans, 虎嗅's
    complaint address and End, 钛媒体's follow prompt, 36氪's and 网易号's platform notices, TVBS's
    call to like its channel."""
    closings = (
        "下载“证券时报”官方APP，或关注官方微信公众号，即可随时了解股市动态，洞察政策信息，把握财富机会。\n",
        "郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。\n",
        "海量资讯、精准解读，尽在新浪财经APP\n",
        "如对本稿件有异议或投诉，请联系tougao@example.com\nEnd\n正在改变与想要改变世界的人，都在 虎嗅APP\n",
        "更多宏观研究干货，请关注钛媒体国际智库公众号。\n",
        "该文观点仅代表作者本人，36氪平台仅提供信息存储空间服务。\n",
        "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user "
        "of NetEase Hao, which is a social media platform and only provides information storage services.\n",
    )
    for closing in closings:
        _two_paragraphs(_TITLE + "2024-01-28 10:15\n" + _STORY + closing)
    _two_paragraphs(_TITLE + "2024-01-28 10:15\n新浪财经APP\n" + _STORY)
    _two_paragraphs(_TTITLE + "2024/01/28 10:15\n" + _TSTORY + "～開啟小鈴鐺 TVBS YouTube頻道新聞搶先看 快點我按讚訂閱～\n")


def test_sentences_holding_the_widgets_words_stay() -> None:
    kept = (
        "下载该APP后，用户需要实名认证才能使用全部功能。",
        "他表示，要更加关注民生，喜欢这座城市的人越来越多。",
        "北京 | 上海 | 广州 | 深圳",
        "市民如发现问题，可以通过热线电话进行举报或反馈。",
    )
    doc = build(_TITLE + "2024-01-28 10:15\n" + _STORY + "\n".join(kept) + "\n")
    assert [block.text for block in doc.blocks][2:] == list(kept) and doc.meta.furniture_raw == ()


# --------------------------------------------------------------------------- keywords and credits


def test_keyword_lines_under_the_story_give_the_keywords() -> None:
    """观察者网's 关键字：, ETtoday's 關鍵字：, 明报's 相關字詞﹕ under the story."""
    for line, words in (("关键字：C919 商飞 民航", ("C919", "商飞", "民航")), ("關鍵字： C919 商飛", ("C919", "商飛")),
                        ("相關字詞﹕C919 商飛", ("C919", "商飛")), ("文章相關標籤：C919 商飛", ("C919", "商飛")),
                        ("相關標籤：C919 商飛", ("C919", "商飛"))):
        doc = build(_TITLE + "2024-01-28 10:15\n" + _STORY + line + "\n")
        assert doc.meta.keywords == words and len(body(doc)) == 2, line


def test_closing_credit_lines_of_sites() -> None:
    """大河网's editor row parted by bars (with 总监), 东方财富's source and editor above its notice,
    钛媒体's bracketed first-published note with barred credits."""
    dahe = build(_TITLE + "2024-01-28 10:15\n" + _STORY + "责任编辑：王五 | 审核：李六 | 总监：孙七\n")
    assert dahe.meta.editors == ("王五", "李六") and len(body(dahe)) == 2
    eastmoney = build(_TITLE + "2024-01-28 10:15\n" + _STORY + "文章来源：证券时报网 责任编辑：王五\n"
                      "郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。\n")
    assert (eastmoney.meta.editors, eastmoney.meta.agency) == (("王五",), "证券时报") and len(body(eastmoney)) == 2
    tmt = build(_TITLE + "2024-01-28 10:15\n" + _STORY + "（本文首发于钛媒体APP，作者|张三，编辑|李四）\n")
    assert (tmt.meta.reporters, tmt.meta.editors) == (("张三",), ("李四",)) and len(body(tmt)) == 2
    nfplus = build(_TITLE + "南方+ 记者 张三\n2024-01-28 10:15\n" + _STORY + "【来源】南方+\n")
    assert nfplus.meta.agency == "南方日报" and len(body(nfplus)) == 2  # the label in brackets, no colon
    # a credit line with a paragraph of story after it stays in the body
    inside = build(_TITLE + _STORY + "文章来源：证券时报网 责任编辑：王五\n" + "业内人士表示，C919仍需在供应链和运营保障方面持续积累经验。\n")
    assert inside.meta.editors == ()


# --------------------------------------------------------------------------- info strips


def test_info_strips_under_the_headline() -> None:
    """北京日报's 来源 and reporter parted by a bar, 36氪's writer·time, 公視's name / place 報導 over
    its labelled time, 天下's masthead and issue over the date, 商周's column and date, 齐鲁网's
    outlet·app dateline."""
    bjd = build(_TITLE + "来源：北京日报客户端 | 记者 张三\n2024-01-28 10:15\n" + _STORY)
    assert (bjd.meta.agency, bjd.meta.reporters) == ("北京日报", ("张三",))
    kr = build(_TITLE + "张三·2024年01月28日 10:15\n" + _STORY)
    assert (kr.meta.reporters, kr.meta.published) == (("张三",), "2024-01-28T10:15") and len(body(kr)) == 2
    pts = build(_TTITLE + "張三 / 台北報導\n發布時間：2024-01-28 10:15\n" + _TSTORY)
    assert (pts.meta.reporters, pts.meta.published) == (("張三",), "2024-01-28T10:15") and len(body(pts)) == 2
    cw = build(_TTITLE + "作者 張三\n天下雜誌 789期\n2024-01-28\n" + _TSTORY)
    assert (cw.meta.agency, cw.meta.published) == ("天下雜誌", "2024-01-28") and len(body(cw)) == 2
    bw = build(_TTITLE + "撰文者：張三\n商周頭條 2024.01.28\n" + _TSTORY)
    assert (bw.meta.agency, bw.meta.published) == ("商業周刊", "2024-01-28") and len(body(bw)) == 2
    iqilu = build(_TITLE + "2024-01-28 10:15\n齐鲁网·闪电新闻1月28日讯" + _STORY)
    assert iqilu.meta.agency == "齐鲁网" and body(iqilu)[0].startswith("国产大飞机")


def test_a_posts_stamp_under_the_story_is_its_time() -> None:
    """知乎: 发布于 … ・IP 属地 under the story is when it was posted; 编辑于 only when it changed."""
    doc = build(_TITLE + _STORY + "发布于 2024-01-28 10:15・IP 属地北京\n")
    assert doc.meta.published == "2024-01-28T10:15" and len(body(doc)) == 2
    edited = build(_TITLE + _STORY + "编辑于 2024-01-29 08:00・IP 属地北京\n")
    assert edited.meta.published is None and len(body(edited)) == 2


def test_a_channels_picks_label_over_its_teasers() -> None:
    doc = build(_TITLE + "2024-01-28 10:15\n" + _STORY + "社会新闻精选：\n某地举行马拉松比赛\n")
    assert len(body(doc)) == 2 and doc.blocks[-1].kind == "related_links"
    titled = build("年度精选：十大科技突破\n" + _STORY)
    assert titled.meta.title == "年度精选：十大科技突破"
