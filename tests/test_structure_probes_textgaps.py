"""Reader gaps left on real crawler records and texts, probed with synthetic articles in their
shapes (invented events and names): shared wire picture credits, a picture desk after the
photographer's credit, credits glued to a one-line body's end, column tags opening a title,
closing credit lines, captions kept out of summaries."""

from __future__ import annotations

import pytest

from conftest import body_texts as body
from conftest import build_text as build
from conftest import caption_blocks as captions
from convertkit.readers.base import Hints
from convertkit.structure.captions import photographer_of
from convertkit.writers.masthead import byline

# --------------------------------------------------------------------------- picture credits


def test_a_home_wire_sharing_a_foreign_wires_picture_closes_a_caption() -> None:
    # 新华网's channels: （新华/法新）, （新华社/路透） after a picture's one sentence
    doc = build(
        "某国议会通过预算案\n"
        "某国议会周二以多数票通过了新年度预算案，预算总额比上年增加百分之三，执政党称此举将稳定财政。\n"
        "3月2日，某国首都，议会大楼外景。（新华/法新）\n"
        "反对党议员则批评预算案忽视地方需求，并表示将在下次会期提出修正案，双方分歧仍然明显。\n"
    )
    assert [c.text for c in captions(doc)] == ["3月2日，某国首都，议会大楼外景。（新华/法新）"]
    assert len(body(doc)) == 2
    plain = build("某地举行会议\n某地周二举行会议，讨论新一年的工作安排，与会者发言踊跃。（新华）\n")
    assert captions(plain) == []


def test_a_picture_desk_after_the_photographers_credit_keeps_the_photographer() -> None:
    assert photographer_of("5月3日，某中学学生在操场上晨练。王小明摄 光明图片/视觉中国") == ("王小明",)
    assert photographer_of("学生在操场上晨练。刘一鸣 摄 视觉中国") == ("刘一鸣",)
    assert photographer_of("学生在操场上晨练。光明图片/视觉中国") is None


# --------------------------------------------------------------------------- closing credits


def test_a_credit_run_glued_to_a_one_line_bodys_end_is_an_editor_line() -> None:
    # 中国军网's comment pages: the body on one line, 文字/漫画 credits glued after the last sentence
    doc = build(
        "漫评丨某国挑拨离间\n"
        "某国政客近来四处拉拢盟友，鼓吹所谓的安全合作。任何逆潮流而动的做法，必将碰得头破血流！"
        "文字：王立新 李大同漫画：陈小然 贺书\n"
    )
    assert body(doc) == ["某国政客近来四处拉拢盟友，鼓吹所谓的安全合作。任何逆潮流而动的做法，必将碰得头破血流！"]
    assert [block.kind for block in doc.blocks] == ["lead", "editor_line"]
    assert doc.meta.reporters == ("王立新", "李大同", "陈小然", "贺书")
    assert doc.meta.reporter_roles == ("", "", "漫画", "漫画") and doc.meta.reporter_label == "文字"
    assert byline(doc.meta) == "文字 王立新、李大同 漫画 陈小然、贺书"


def test_a_sentence_after_a_colon_at_a_paragraphs_end_stays_story() -> None:
    text = "某市举行发布会\n发布会上，主持人介绍了活动安排。视频：观众可在官网回看全程直播\n"
    assert body(build(text)) == ["发布会上，主持人介绍了活动安排。视频：观众可在官网回看全程直播"]
    text = "某市举行发布会\n发布会上，主持人介绍了活动安排。记者：您怎么看这次活动？\n"
    assert body(build(text))[0].endswith("记者：您怎么看这次活动？")


def test_a_closing_credit_line_after_a_supplier_names_photographer_and_editor() -> None:
    doc = build(
        "某县举办农民丰收节\n"
        "9月23日，某县农民丰收节在县体育场开幕，来自各乡镇的农户展示了当季农产品。\n"
        "某县融媒体中心供稿 摄影/张小艳 编辑/苏小芳\n"
    )
    assert doc.meta.photographers == ("张小艳",) and doc.meta.editors == ("苏小芳",)
    assert captions(doc) == [] and doc.blocks[-1].kind == "editor_line"
    wire = build("某县举办农民丰收节\n9月23日，某县农民丰收节在县体育场开幕。\n新华社供稿 摄影/张小艳 编辑/苏小芳\n")
    assert wire.meta.agency == "新华社" and wire.meta.editors == ("苏小芳",)


def test_a_drawing_or_photo_credit_alone_stays_the_pictures_caption() -> None:
    doc = build("某调查报告发布\n漫画：陈小然\n某研究中心近日发布调查报告，显示高中生的学习压力有所下降。\n")
    assert [c.text for c in captions(doc)] == ["漫画：陈小然"]


# --------------------------------------------------------------------------- keyword link spaces


def test_spaces_left_by_removed_keyword_links_go_from_the_sentence() -> None:
    # 聯合報's pages link keywords; a crawler dropping the links keeps the spaces around them
    doc = build(
        "某院長與立委餐敘\n"
        "某院長 林大同 今天中午與黨籍立委餐敘，溝通修法方向。多數立委認為排班間隔和 七休一 要守住，"
        "對修法持保留態度的 某某黨 立委會前受訪表示關注。\n"
    )
    assert body(doc) == ["某院長林大同今天中午與黨籍立委餐敘，溝通修法方向。多數立委認為排班間隔和七休一要守住，"
                         "對修法持保留態度的某某黨立委會前受訪表示關注。"]
    assert doc.blocks[0].raw.startswith("某院長 林大同 今天")


def test_meant_spaces_between_han_stay() -> None:
    from convertkit.structure.linkspaces import join_link_spaces

    kept = (
        "出席的有：張小三 李小四 王小五等人，他們都表示支持這項計畫，會議在下午結束。",  # a list of names
        "某公司宣布新計畫，業者提供 聯名冰品 業績增2成，門市將在下月推出新品。",  # one glued two-part heading
        "長久以來，東京 可說是流行文化的發源地，某網友 小明 則說，現在的年輕人更愛本地品牌。",  # one side only
        "兩國代表在會上簽署協議，並發表聯合聲明。（記者 王大明 李小華）其他代表 也都 出席。",  # a credit in brackets
        "中美日韩 比较 中看变化",  # a headline, not a sentence
    )
    for text in kept:
        assert join_link_spaces(text) == text
    hostile = "中 " * 100_000 + "。，"
    assert join_link_spaces(hostile) == hostile


def test_full_width_padding_of_removed_links_neither_splits_nor_stays() -> None:
    """A GBK portal pads its keyword links with full-width spaces (拟　创业板　企业); a dump that
    lost the links and the line breaks keeps them. A padded keyword opening a sentence (…预披露。
    　创业板　方面，…) is no paragraph's start, and the padding goes from the text (raw keeps it)."""
    from convertkit.readers.text import read_text

    line = ("上周，仅有三家拟上市企业进入候审队伍。其中主板三百八十家，　创业板　三百零六家。上周主板无新增初审企业，"
            "　创业板　新增的三家拟上市企业分别为甲科技、乙传动和丙科技。八家拟　创业板　企业过渡到落实反馈意见中。"
            "　此外，拟　创业板　的丁电气被终止审查。四家拟主板企业于上周进行预披露。　创业板　方面，戊材料和己电气也已公布"
            "招股说明书。　另据了解，本周还将有多家企业上会接受审核，某港位居西北　太平洋　中枢，是进入"
            "　太平洋　、面向世界的门户。")
    doc = read_text(f"新股申报脚步放缓\n{line}\n".encode(), path="a.txt")
    texts = body(doc)
    assert len(texts) == 3 and not any("\u3000" in text for text in texts), texts
    assert texts[1].endswith("四家拟主板企业于上周进行预披露。创业板方面，戊材料和己电气也已公布招股说明书。")
    assert texts[2].startswith("另据了解") and "西北太平洋中枢，是进入太平洋、面向" in texts[2]
    assert "拟　创业板　企业" in doc.blocks[0].raw


# --------------------------------------------------------------------------- 蘋果日報 leftovers


def test_a_wire_credit_left_of_a_lost_caption_is_furniture() -> None:
    doc = build(
        "某公司砸錢建廠\n"
        "據報導，某公司已開始著手在海外生產，最快在今年底前就會新建大型工廠，量產通訊設備。（王小明／綜合外電報導）\n"
        "。路透\n"
    )
    assert [block.kind for block in doc.blocks] == ["lead"] and doc.meta.furniture_raw == ("。路透",)
    assert build("某地消息\n某地今天舉行活動，吸引大批民眾參加，現場氣氛熱烈。\n路透社報導指出，活動將持續三天。\n").meta.furniture_raw == ()


def test_the_sentence_after_a_closing_words_and_pictures_credit_is_a_caption() -> None:
    doc = build(
        "某藝人復合\n"
        "某藝人近來與男友感情回溫，對於兩人復合，主持人則形容她「痴情」。（撰文：娛樂組　攝影：攝影組）"
        "某女晚間步出診所，到附近大樓上瑜珈課。\n"
    )
    assert body(doc) == ["某藝人近來與男友感情回溫，對於兩人復合，主持人則形容她「痴情」。（撰文：娛樂組　攝影：攝影組）"]
    assert [c.text for c in captions(doc)] == ["某女晚間步出診所，到附近大樓上瑜珈課。"]
    story = "某藝人近來與男友感情回溫，主持人形容她「痴情」。（撰文：娛樂組）兩人預計年底完婚，並將在海外舉行婚禮。"
    assert body(build(f"某藝人復合\n{story}\n")) == [story]


# --------------------------------------------------------------------------- titles


def test_a_comment_columns_tag_opening_the_title_is_the_series() -> None:
    doc = build("某事件评论\n正文第一段，某国又在地区制造对抗，破坏地区安全。\n",
                Hints(title="（热点观察漫评）某国“某战略”意在维护霸权"))
    assert doc.meta.title == "某国“某战略”意在维护霸权"
    assert doc.meta.series is not None and doc.meta.series.name == "热点观察漫评"
    assert "（热点观察漫评）某国“某战略”意在维护霸权" in doc.meta.header_raw
    plain = build("某地消息\n正文第一段，会议今天召开。\n", Hints(title="（2）某地举行会议"))
    assert plain.meta.title == "（2）某地举行会议" and plain.meta.series is None


def test_a_short_column_label_before_a_bar_opening_the_title_is_the_series() -> None:
    story = "正文第一段，某国又在地区制造对抗，破坏地区安全。\n"
    for title, column, rest in (("国际观察丨某国峰会的危险图谋", "国际观察", "某国峰会的危险图谋"),
                                ("深度｜某市老街区焕发新活力", "深度", "某市老街区焕发新活力"),
                                ("独家|某公司新品下月发布", "独家", "某公司新品下月发布"),
                                ("新华全媒+丨某地举行会议", "新华全媒+", "某地举行会议")):
        for doc in (build(f"某事件评论\n{story}", Hints(title=title)), build(f"{title}\n{story}")):
            assert doc.meta.title == rest, title
            assert doc.meta.series is not None and doc.meta.series.name == column
            assert title in doc.meta.header_raw
    # not a column: a flash's outlet and date, a long first part, an outlet, a person who speaks
    for title in ("某汇7月26日丨某公司股价大涨", "某市消费季活动启动丨现场人气很旺", "人民网丨某地举行会议",
                  "张文宏丨疫情还会反弹吗", "何以中国·运河之城丨某地举行会议", "深度丨短"):
        doc = build(f"某事件评论\n{story}", Hints(title=title))
        assert doc.meta.title == title and doc.meta.series is None, title
    # the story's own series names another column: the title is left as it is
    doc = build(f"某事件评论\n福建新貌系列报道之九\n{story}", Hints(title="深度丨某地举行会议"))
    assert doc.meta.title == "深度丨某地举行会议" and doc.meta.series.name == "福建新貌系列报道"


def test_a_title_cut_short_with_an_ellipsis_gives_way_to_the_whole_headline_in_the_text() -> None:
    text = "某市出台新规 外卖骑手交通违法将计入平台考核\n5月1日起，某市将实施新的交通管理办法，外卖骑手的交通违法行为将计入考核。\n"
    doc = build(text, Hints(title="某市出台新规 外卖骑手交通违法将..."))
    assert doc.meta.title == "某市出台新规 外卖骑手交通违法将计入平台考核"
    assert body(doc) == ["5月1日起，某市将实施新的交通管理办法，外卖骑手的交通违法行为将计入考核。"]
    whole = build(text, Hints(title="某市出台新规"))
    assert whole.meta.title == "某市出台新规"


# --------------------------------------------------------------------------- pen names


def test_a_labelled_byline_of_pen_names_under_the_headline_names_the_writers() -> None:
    doc = build("某地夜市见闻\n执笔/叨叨姐\n夜幕降临，某地夜市人声鼎沸，各色小吃摊前排起长队。\n")
    assert doc.meta.reporters == ("叨叨姐",) and doc.meta.reporter_label == "执笔"
    assert body(doc) == ["夜幕降临，某地夜市人声鼎沸，各色小吃摊前排起长队。"]
    pair = build("某地夜市见闻\n作者：胡一刀&李小飞刀\n夜幕降临，某地夜市人声鼎沸，各色小吃摊前排起长队。\n")
    assert pair.meta.reporters == ("胡一刀", "李小飞刀") and "作者：胡一刀&李小飞刀" in pair.meta.header_raw
    words = build("某地夜市见闻\n文/一个关于夜市的故事\n夜幕降临，某地夜市人声鼎沸。\n")
    assert words.meta.reporters == ()


def test_a_short_sentence_closed_by_a_bare_foreign_wire_is_a_caption() -> None:
    doc = build(
        "某國警察爆醜聞\n"
        "某國爆出有數十名警察涉及違紀的醜聞，遭到解除高峰會的維安職務，警方已展開調查。（王小明／綜合外電報導）\n"
        "某國警察爆醜聞，遭解除高峰會職務。法新社\n"
    )
    assert [c.text for c in captions(doc)] == ["某國警察爆醜聞，遭解除高峰會職務。法新社"]
    story = build("某國消息\n某國今天宣布新措施，引發各界關注，反對黨批評措施倉促。\n消息來源是路透\n")
    assert captions(story) == []


# --------------------------------------------------------------------------- bilingual bodies


def test_a_one_line_bilingual_body_is_cut_where_the_language_switches() -> None:
    zh1 = "某国总统展开上任后的首次亚洲之行，访问两个邻国，并出席在某地举行的多边峰会。此行是其地区战略的重要举措。"
    en1 = "The president's first Asian visit brought him to two neighbours, and he attended a summit in the region."
    zh2 = "实施地区战略，是某国推进战略竞争的重要抓手。"
    en2 = "Implementing the strategy is a vital part of the country's competition with its rivals."
    doc = build(f"某国总统为何此时出访\n{zh1}{en1}{zh2}{en2}\n")
    assert body(doc) == [zh1, en1, zh2, en2]
    mixed = "某公司发布新品，总经理表示，产品名为“Star”。The name was chosen by users.后续将推出更多型号。"
    assert body(build(f"某公司发布新品\n{mixed}\n")) == [mixed]  # a short line stays one paragraph
    from convertkit.readers.base import split_lines as lines
    from convertkit.structure.build import paragraphs

    hostile = "好。A" * 50_000
    assert len(paragraphs(lines(hostile))) == 1


def test_a_records_deck_under_the_containers_headline_is_the_subtitle() -> None:
    story = "两国23日在某地正式签署某协定，在野党和民众纷纷对此表示抗议。这一协定是两国签署的首个军事协定，意义特殊。"
    doc = build(f"在野党和民众纷纷抗议，或引发政局风暴\n{story}\n", Hints(title="两国正式签署某协定"))
    assert doc.meta.subtitle == "在野党和民众纷纷抗议，或引发政局风暴" and body(doc) == [story]
    lead = build(f"在野党和民众纷纷抗议，或引发政局风暴。\n{story}\n", Hints(title="两国正式签署某协定"))
    assert lead.meta.subtitle is None  # a full stop: the story's first sentence
    heading = build(f"现场直击\n{story}\n", Hints(title="两国正式签署某协定"))
    assert heading.meta.subtitle is None


def test_where_the_person_stands_before_a_wire_credit_keeps_it_a_picture_credit() -> None:
    doc = build(
        "某國爆發政治危機\n"
        "〔編譯王小明／綜合外電報導〕某國政治危機持續升高，反對派人士駕駛直升機飛越首都，官員表示已展開緝捕行動。"
        "某國總統痛斥此舉為政變，已展開緝捕。（美聯社檔案照）飛行員某某被控盜走直升機。（中，路透）\n"
    )
    assert [c.text for c in captions(doc)] == ["某國總統痛斥此舉為政變，已展開緝捕。（美聯社檔案照）",
                                              "飛行員某某被控盜走直升機。（中，路透）"]


# --------------------------------------------------------------------------- a portal page copied as text


def test_a_platform_tag_before_the_byline_and_the_like_buttons_after_the_story() -> None:
    """A 澎湃 page copied from the browser: 原创 before the reporters' line, the stamp and 来源
    under it, 字号, then +1 / 收藏 / 我要举报 after the credits."""
    doc = build(
        "多地启动新一轮消费券发放，专家：应更精准\n"
        "原创 澎湃新闻记者 张三 李四\n"
        "2024-05-06 10:20 来源：澎湃新闻\n"
        "字号\n"
        "5月以来，多地相继启动新一轮消费券发放，覆盖餐饮、文旅、家电等多个领域，今年更注重精准投放。\n"
        "某高校经济学教授表示，消费券应更多向中低收入群体倾斜，才能真正起到拉动消费的作用。\n"
        "责任编辑：王五\n"
        "+1\n"
        "收藏\n"
        "我要举报\n"
    )
    assert doc.meta.reporters == ("张三", "李四")
    assert doc.meta.agency == "澎湃新闻" and doc.meta.published == "2024-05-06T10:20"
    assert body(doc)[0].startswith("5月以来") and len(body(doc)) == 2
    tagged = build("某地举行会议\n独家 文/张三\n某地周二举行会议，讨论新一年的工作安排，与会者发言踊跃，气氛热烈。\n")
    assert tagged.meta.reporters == ("张三",)
    # a sentence about reporting is no widget, and a score is no like button
    kept = build("某地举行会议\n某地周二举行会议，讨论新一年的工作安排。\n市民可拨打电话我要举报热线反映问题。\n+12\n")
    assert "市民可拨打电话我要举报热线反映问题。" in body(kept) and "+12" in body(kept)


_C919 = (
    "新京报讯（记者 张三）1月28日，国产大飞机C919开启第二条定期商业航线，执飞上海虹桥至北京首都航线。\n"
    "据介绍，该航线每日往返一班，将进一步扩大C919的商业运营规模。\n"
)


def test_portal_widgets_copied_with_a_story_are_furniture() -> None:
    """搜狐, 网易, 腾讯 and 凤凰 pages copied as text: where the poster was, the way back to the
    portal, an empty editor label, read counts, a comment count of none, an account's tag, the
    platform's notice in Chinese and English, and teaser boxes' labels with nothing under them."""
    pages = {
        "sohu": "2024-01-28 10:15 来源: 新京报\n发布于：北京市\n" + _C919
        + "返回搜狐，查看更多\n责任编辑：\n平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。\n阅读 (1234)\n",
        "netease": "2024-01-28 10:15:32　来源: 新京报\n举报\n0\n分享至\n" + _C919
        + "本文来源：新京报 责任编辑：李四_NBJ11279\n相关推荐\n热点新闻\n",
        "qq": "新京报\n2024-01-28 10:15\n发布于北京\n新京报官方帐号\n" + _C919 + "举报\n",
        "ifeng": "2024年01月28日 10:15:32　来源：新京报\n" + _C919
        + "“特别声明：以上作品内容(包括在内的视频、图片或音频)为凤凰网旗下自媒体平台“大风号”用户上传并发布，"
        "本平台仅提供信息存储空间服务。\n"
        "Notice: The content above (including the videos, pictures and audios if any) is uploaded and posted by "
        "a user of Dafeng Hao, which is a social media platform and merely provides information storage space services.”\n",
    }
    for name, page in pages.items():
        doc = build("国产大飞机C919开启第二条定期商业航线\n" + page)
        assert [block.kind for block in doc.blocks if block.kind != "editor_line"] == ["lead", "paragraph"], name
        assert doc.meta.reporters == ("张三",) and doc.meta.agency == "新京报", name
    # the words in a sentence stay
    kept = build("某地举行会议\n某地周二举行会议，讨论新一年的工作安排，与会者发言踊跃。\n该文件发布于北京市政府网站，阅读量超过十万。\n")
    assert "该文件发布于北京市政府网站，阅读量超过十万。" in body(kept)


def test_font_size_switches_and_a_papers_reprint_and_picture_fee_notices_are_furniture() -> None:
    doc = build(
        "国产大飞机C919开启第二条定期商业航线\n2024年01月28日10:15 | 来源：人民网－财经频道\n小字号\n" + _C919
        + "如需转载请与《每日经济新闻》报社联系。未经《每日经济新闻》报社授权，严禁转载或镜像，违者必究。\n"
        "特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。如您不希望作品出现在本站，可联系我们要求撤下您的作品。\n"
    )
    assert [block.kind for block in doc.blocks] == ["lead", "paragraph"]
    kept = build("某地举行会议\n某地周二举行会议，讨论新一年的工作安排，与会者发言踊跃。\n"
                 "如涉及拆迁补偿问题，居民可向街道办咨询，工作人员将逐户上门解释政策。\n")
    assert len(body(kept)) == 2


def test_overseas_pages_copied_as_text() -> None:
    """BBC中文: the writer's name alone, the masthead alone, the date alone and the picture's credit
    and caption between the headline and the story, then its boxes; 联合早报: the wire the story
    came from closing a paragraph, and the text-size switch."""
    story = ("中国国产大飞机C919周日开启第二条定期商业航线，执飞上海虹桥至北京首都航线。\n"
             "分析人士认为，这标志着中国民航制造业迈出重要一步，但C919仍依赖大量进口零部件。\n")
    bbc = build("中国国产大飞机C919开启第二条定期商业航线\n张三\nBBC中文\n2024年1月28日\n图像来源，Getty Images\n"
                "图像加注文字，C919客机在上海虹桥机场。\n" + story + "相关内容\n中国商飞：C919获得首个海外订单\n热门内容\n")
    assert (bbc.meta.reporters, bbc.meta.agency, bbc.meta.published) == (("张三",), "BBC中文", "2024-01-28")
    assert [block.kind for block in bbc.blocks] == ["caption", "lead", "paragraph", "related_links"]
    assert (bbc.blocks[0].text, bbc.blocks[0].photographer) == ("C919客机在上海虹桥机场。（图像来源：Getty Images）", "Getty Images")
    zaobao = build("中国国产大飞机C919开启第二条定期商业航线\n发布 / 2024年1月28日 10:15\n"
                   + story.replace("航线。\n", "航线。（新华社）\n", 1) + "文字大小\n")
    assert zaobao.meta.agency == "新华社" and len(body(zaobao)) == 2
    assert body(zaobao)[0].endswith("（新华社）")  # the text keeps its credit
    quoted = build("某地举行会议\n某地周二举行会议，与会者讨论了（新华社）报道提到的问题，气氛热烈。\n")
    assert quoted.meta.agency is None  # a wire named inside a sentence is no credit


def test_a_summary_between_the_headline_and_the_dateline_is_set_apart() -> None:
    """德国之声 copied as text: the page's summary, the date alone, then the story opening with its
    dateline. The summary is a note (摘要), the date the publication date, the dateline read."""
    doc = build("中国国产大飞机C919开启第二条定期商业航线\n"
                "中国国产大飞机C919周日开启第二条定期商业航线。分析人士认为，这标志着中国民航制造业迈出重要一步。\n"
                "2024年1月28日\n"
                "(德国之声中文网)中国国产大飞机C919周日开启第二条定期商业航线，执飞上海虹桥至北京首都航线。\n"
                "分析人士认为，C919仍依赖大量进口零部件。\n")
    assert [block.kind for block in doc.blocks] == ["editor_note", "lead", "paragraph"]
    assert doc.blocks[0].label == "摘要"
    assert (doc.meta.agency, doc.meta.published) == ("德国之声", "2024-01-28")
    # a story whose second paragraph quotes a wire is no summary and dateline
    plain = build("某地举行会议\n某地周二举行会议，讨论新一年的工作安排，与会者发言踊跃。\n"
                  "会议期间，代表们还参观了当地的企业和学校，听取了相关情况介绍。\n")
    assert [block.kind for block in plain.blocks] == ["lead", "paragraph"]


def test_taiwanese_pages_copied_as_text() -> None:
    """中央社, 自由時報, 聯合新聞網 and 報導者 copied from the browser: the font-size setting, the
    site's reprint notice, the breadcrumb, the add-friend prompt, like and comment buttons, and a
    feature's makers credited one a line under the headline before its date."""
    story = ("中國國產大飛機C919今天開闢第二條定期商業航線，執飛上海虹橋至北京首都航線。\n"
             "分析人士認為，這標誌著中國民航製造業邁出重要一步。\n")
    cna = build("國產大飛機C919開闢第二條定期航線\n2024/1/28 10:15（1/28 11:02 更新）\n字級設定：小中大特\n"
                "（中央社記者王小明上海28日專電）" + story
                + "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。\n")
    assert [block.kind for block in cna.blocks] == ["lead", "paragraph"]
    ltn = build("國產大飛機C919開闢第二條定期航線\n2024/01/28 10:15\n首頁 > 國際\n〔編譯張三／綜合報導〕" + story
                + "已經加入好友？\n讚\n留言\n")
    assert [block.kind for block in ltn.blocks] == ["lead", "paragraph"] and ltn.meta.reporters == ("張三",)
    feature = build("國產大飛機C919開闢第二條定期航線\n文字 張三\n攝影 李四\n設計 王五\n責任編輯 趙六\n2024/1/28\n" + story)
    assert (feature.meta.reporters, feature.meta.photographers, feature.meta.editors) == (("張三",), ("李四",), ("趙六",))
    assert feature.meta.published == "2024-01-28"
    assert [block.kind for block in feature.blocks] == ["lead", "paragraph"]
    # the words inside sentences stay
    kept = build("某地举行会议\n某地周二举行会议，讨论新一年的工作安排，与会者发言踊跃。\n设计 方案由当地团队完成，评论 人士给予肯定。\n")
    assert len(body(kept)) == 2


def test_hashtags_stamps_and_credits_closing_a_copied_page() -> None:
    """香港01: one hashtag a line after the story; 美国之音: the reporter's credit closing the story.
    (A time alone after the story, 星洲日报's, stays text: a time line in the body is not the
    publication time, test_structure_reading_copy.)"""
    story = ("九龍城一幢舊樓今早發生火警，消防處接報後派員到場，火勢約半小時後受控，兩名住客送院治理。\n"
             "消防處正調查起火原因，暫未發現可疑。\n")
    hk01 = build("九龍城舊樓火警 兩人送院\n撰文：陳大文\n出版：2024-09-06 10:23\n" + story + "#突發\n#火警\n")
    assert hk01.meta.keywords == ("突發", "火警") and [block.kind for block in hk01.blocks] == ["lead", "paragraph"]
    voa = build("美国宣布对华新关税措施\n2024年1月28日 10:15\n华盛顿 — 美国政府星期天宣布对中国进口商品采取新的关税措施，涉及电动汽车等产品。\n"
                "白宫发言人在记者会上说，这些措施旨在保护美国工人。\n美国之音记者张三报道\n")
    assert (voa.meta.agency, voa.meta.reporters) == ("美国之音", ("张三",)) and len(body(voa)) == 2
    # a date alone after the story may sign a notice, and a heading with a # is no tag
    notice = build("关于停水的通知\n因管道维修，本小区明日停水一天，请居民提前做好储水准备。\n某某物业管理处\n2024年1月28日\n")
    assert notice.meta.published == "2024-01-28" and notice.blocks[-1].kind == "signature"
    assert build("标题\n# 第一部分\n正文第一段，讲述了事情的经过，内容较长。\n").meta.keywords == ()


def test_a_headline_and_a_marked_writer_glued_before_the_story() -> None:
    """中国军网's flattened commentary: headline■刘 琳 (a two-character name spaced out) story…"""
    story = "日本首相岸田文雄访美期间，美国、日本、菲律宾在华盛顿举行首次三边峰会。分析人士表示，这是深化安全合作的又一动作。"
    doc = build("美强化“小多边”机制危害地区和平稳定■刘 琳" + story + "\n")
    assert (doc.meta.title, doc.meta.reporters, doc.meta.title_derived) == ("美强化“小多边”机制危害地区和平稳定", ("刘琳",), False)
    assert body(doc) == [story]
    hinted = build("美强化“小多边”机制危害地区和平稳定■刘 琳" + story + "\n",
                   Hints(title="国际观察丨美强化“小多边”机制危害地区和平稳定"))
    assert hinted.meta.reporters == ("刘琳",) and body(hinted) == [story]
    # a ■ list item is no headline and writer
    listed = build("某地举行会议\n会议强调■一 要加强领导，落实责任，确保各项工作落到实处。\n")
    assert listed.meta.reporters == ()


def test_a_repost_line_names_the_source() -> None:
    """转自：新华社 closing a repost names the agency, as 来源： does; a sentence using the words stays."""
    story = "某地周二举行会议，讨论新一年的工作安排，与会者发言踊跃，气氛热烈。\n会议期间，代表们参观了企业和学校。\n"
    assert build("某地举行会议\n" + story + "转自：新华社\n").meta.agency == "新华社"
    assert build("某地举行会议\n" + story + "轉載自：中央社\n").meta.agency == "中央社"
    kept = build("某地举行会议\n" + story + "本文转自新华社的报道称，当地已经完成了全部工作。\n")
    assert kept.meta.agency is None and len(body(kept)) == 3


@pytest.mark.parametrize("credits", ["来源：某某日报 转自：某某网", "来源：某某日报\n转自：某某网", "转自：某某网\n来源：某某日报",
                                     "本文转载自某某网\n来源：某某日报", "转自｜某某网\n来源｜某某日报"])
def test_the_source_outranks_the_portal_a_repost_was_taken_from(credits: str) -> None:
    """来源 names whose article it is; 转自 the portal that carried it, the agency only when alone."""
    story = "某地周二举行会议，讨论新一年的工作安排，与会者发言踊跃，气氛热烈。\n会议期间，代表们参观了企业和学校。\n"
    doc = build(f"某地举行会议\n{story}{credits}\n")
    assert doc.meta.agency == "某某日报" and len(body(doc)) == 2
    assert build(f"某地举行会议\n{story}转自：某某网\n").meta.agency == "某某网"


@pytest.mark.parametrize("title", [
    "2024年3月5日外交部发言人毛宁主持例行记者会",
    "2023年12月18日甘肃积石山县发生6.2级地震",
])
def test_a_headline_that_opens_with_its_day_is_the_title(title: str) -> None:
    doc = build(f"{title}\n2024-03-05 19:30 来源：外交部网站\n应邀请，某国总理将于3月10日至12日对中国进行正式访问。\n")
    assert doc.meta.title == title and not doc.meta.title_derived
    assert doc.meta.published == "2024-03-05T19:30"  # from the time line under it, to the minute


@pytest.mark.parametrize("line", ["2019年1月17日星期四", "2019年1月17日 周四 农历腊月十二", "2019年01月17日新华网"])
def test_a_date_with_its_weekday_or_masthead_is_still_a_header_line(line: str) -> None:
    doc = build(f"某市召开发布会\n{line}\n某市今天召开新闻发布会，介绍去年经济运行情况。\n")
    assert doc.meta.title == "某市召开发布会" and doc.meta.published == "2019-01-17"


@pytest.mark.parametrize(
    ("headline", "series", "title"),
    [
        ("（新春走基层）零下30度的坚守：边防官兵的除夕夜", "新春走基层", "零下30度的坚守：边防官兵的除夕夜"),
        ("（两会受权发布）政府工作报告全文", None, "（两会受权发布）政府工作报告全文"),  # part of the headline
        ("（高质量发展调研行）一座老工业城市的新赛道", "高质量发展调研行", "一座老工业城市的新赛道"),
        ("（图）某地举办冬季马拉松", None, "（图）某地举办冬季马拉松"),  # a picture's tag is no column
    ],
)
def test_a_wires_campaign_tag_opening_the_headline_is_the_series(headline: str, series: str | None, title: str) -> None:
    doc = build(headline + "\n新华社北京1月28日电（记者 张三）除夕夜，记者来到边防哨所，看到官兵们仍坚守在岗位上，迎着风雪巡逻执勤。\n")
    assert doc.meta.title == title
    assert (doc.meta.series.name if doc.meta.series else None) == series
