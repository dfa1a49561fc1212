"""Reading gaps in self-media copies and foreign names: a picture's credit set like a post's other
credits (图片 | 网络), a post's credit block naming the pictures' maker (图 | 李四), Japanese names
written with a space (记者 山田 太郎), a 知乎 article's writer with the line of bio under the name,
and the copy footer 知乎 adds. Each test is a synthetic article in the real convention."""

from __future__ import annotations

from conftest import body_texts as body
from conftest import build_text as build
from conftest import caption_blocks
from convertkit.structure.people import split_names

_STORY = "冬天来到这座小城的时候，街上的人少了许多，只有早点铺子还冒着热气。\n老人们说，这里的冬天一年比一年暖和，河面已经好几年没有结冰了。\n"

# --------------------------------------------------------------------------- picture credits


def test_a_pictures_source_set_as_a_credit_is_its_caption():
    doc = build("一座小城的冬天\n冬天来到这座小城的时候，街上的人少了许多。\n图片 | 网络\n老人们说，这里的冬天一年比一年暖和。\n"
                "图｜视觉中国\n孩子们却盼着下雪。\n")
    assert [caption.text for caption in caption_blocks(doc)] == ["图片 | 网络", "图｜视觉中国"]
    assert not any(block.kind == "heading" for block in doc.blocks)


def test_a_pictures_credit_over_the_last_line_is_that_lines_caption():
    # 北青: the picture closing the story, its credit set over its caption
    doc = build("一座小城的冬天\n" + _STORY + "图/视觉中国\n孩子们在雪地里堆雪人。\n编辑：王五\n")
    assert [caption.text for caption in caption_blocks(doc)] == ["孩子们在雪地里堆雪人。图/视觉中国"]
    assert body(doc) == _STORY.split()
    doc = build("一座小城的冬天\n" + _STORY + "图/视觉中国\n孩子们在雪地里堆雪人。\n（综合报道）\n")  # the desk's credit after it
    assert [caption.text for caption in caption_blocks(doc)] == ["孩子们在雪地里堆雪人。图/视觉中国"]
    doc = build("一座小城的冬天\n" + _STORY + "图/视觉中国\n孩子们在雪地里堆雪人。\n街上的人说，今年的雪比往年来得早一些，也下得更大。\n")
    assert "孩子们在雪地里堆雪人。" in body(doc)  # story after it: the line is the story's


def test_a_sentence_after_a_picture_label_and_bar_is_no_credit():
    doc = build("一座小城的冬天\n冬天来到这座小城的时候，街上的人少了许多。\n图片 | 老人们说，这里的冬天一年比一年暖和。\n")
    assert not caption_blocks(doc)


def test_the_pictures_maker_in_a_posts_credit_block_is_the_photographer():
    doc = build("一座小城的冬天\n文 | 张三\n图 | 李四\n编辑 | 王五\n" + _STORY)
    assert doc.meta.reporters == ("张三",) and doc.meta.photographers == ("李四",)
    assert doc.meta.editors == ("王五",)
    assert body(doc)[0].startswith("冬天来到") and not caption_blocks(doc)


# --------------------------------------------------------------------------- Japanese names


def test_a_japanese_name_written_with_a_space_is_one_person():
    assert split_names("记者 山田 太郎") == ("山田太郎",)
    assert split_names("记者 山田 太郎 李明") == ("山田太郎", "李明")
    assert split_names("佐藤 健一") == ("佐藤健一",)
    assert split_names("岸田 文雄、安倍 晋三") == ("岸田文雄", "安倍晋三")
    assert split_names("记者 张三 李四") == ("张三", "李四")  # two Chinese names stay two
    assert split_names("记者 田中 王五") == ("田中", "王五")  # … even when the first is a Japanese surname too
    assert split_names("石破 茂、高市 早苗") == ("石破茂", "高市早苗")
    assert split_names("记者 金 正民") == ("金正民",)  # a Korean name: surname and given name


def test_a_japanese_reporter_in_a_byline_and_a_dateline():
    doc = build("日本首相发表新年讲话\n2024-01-04 10:20 来源：某某网\n记者 山田 太郎\n"
                "日本首相4日在伊势神宫发表新年讲话，表示将推动经济增长。\n首相说，今年将全力应对物价上涨问题。\n")
    assert doc.meta.reporters == ("山田太郎",)
    doc = build("东京股市收盘上涨\n新华社东京1月4日电（记者 山田 太郎 李明）东京股市4日上涨，日经指数收于33288点。\n"
                "分析人士认为，市场对日本央行的政策预期升温。\n")
    assert doc.meta.reporters == ("山田太郎", "李明")


# --------------------------------------------------------------------------- 知乎 articles


def test_a_zhihu_writer_with_a_bio_under_the_name():
    story = "今年以来，猪肉价格持续下跌，很多养殖户都在亏损。\n这背后有几个原因。首先是产能过剩。\n"
    doc = build("为什么今年的猪肉价格一直在跌？\n张三\n某某大学 经济学博士\n1,234 人赞同了该文章\n" + story)
    assert doc.meta.reporters == ("张三",) and doc.meta.affiliation == "某某大学 经济学博士"
    assert body(doc)[0].startswith("今年以来")
    # a 关注 button and an empty line between the name and the bio, as a browser copies the page
    doc = build("为什么今年的猪肉价格一直在跌？\n李四\n\u200b\n农业经济学话题下的优秀答主\n\u200b关注\n" + story)
    assert doc.meta.reporters == ("李四",) and doc.meta.affiliation == "农业经济学话题下的优秀答主"
    assert body(doc)[0].startswith("今年以来")


def test_a_line_under_the_name_that_is_a_sentence_is_no_bio():
    doc = build("为什么今年的猪肉价格一直在跌？\n张三\n我在大学教经济学，今天聊聊猪肉。\n今年以来，猪肉价格持续下跌。\n")
    assert doc.meta.affiliation is None


def test_the_copy_footer_of_a_zhihu_answer_is_furniture():
    doc = build("为什么今年的猪肉价格一直在跌？\n今年以来，猪肉价格持续下跌，很多养殖户都在亏损。\n其次是需求疲软。\n"
                "作者：张三\n来源：知乎\n著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。\n")
    assert not any("著作权" in text for text in body(doc))
    assert any("著作权" in raw for raw in doc.meta.furniture_raw)
    # with the answer's address between the writer and the source, as 知乎 adds it to a copy
    doc = build("为什么今年的猪肉价格一直在跌？\n今年以来，猪肉价格持续下跌，很多养殖户都在亏损。\n其次是需求疲软。\n"
                "作者：张三\n链接：https://www.zhihu.com/question/1/answer/2\n来源：知乎\n"
                "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。\n")
    assert body(doc) == ["今年以来，猪肉价格持续下跌，很多养殖户都在亏损。", "其次是需求疲软。"]
    assert doc.meta.reporters == ("张三",) and doc.meta.agency == "知乎"
    assert "链接：https://www.zhihu.com/question/1/answer/2" in doc.meta.header_raw


def test_an_address_line_inside_the_story_stays():
    doc = build("某地开通政务服务网\n市政府今天开通政务服务网，市民可在网上办理一百多项业务。\n"
                "网址：https://example.gov.cn/\n市民登录后即可查询办理进度，部分业务还可预约上门服务。\n")
    assert "网址：https://example.gov.cn/" in [block.text for block in doc.blocks]
    assert "网址：https://example.gov.cn/" not in doc.meta.header_raw


# --------------------------------------------------------------------------- charts and tables


def test_a_charts_title_and_source_note_are_its_captions():
    doc = build("二季度公募基金持仓分析\n本报记者 张三\n二季度，公募基金加仓电子、通信行业，减持食品饮料。\n"
                "图1：二季度公募基金行业配置变化\n数据来源：Wind，本报整理\n从个股看，前十大重仓股集中度有所提升。\n"
                "表2 前十大重仓股变化\n资料来源：基金季报\n制表：李四\n整体来看，基金经理风格趋于均衡。\n")
    assert [caption.text for caption in caption_blocks(doc)] == [
        "图1：二季度公募基金行业配置变化", "数据来源：Wind，本报整理", "表2 前十大重仓股变化", "资料来源：基金季报", "制表：李四"]
    assert not any(block.kind == "heading" for block in doc.blocks)
    # a source note alone between two paragraphs: the note under a chart the copy lost
    doc = build("二季度公募基金持仓分析\n二季度，公募基金加仓电子、通信行业，减持食品饮料。\n数据来源：Wind\n"
                "从个股看，前十大重仓股集中度有所提升。\n")
    assert [caption.text for caption in caption_blocks(doc)] == ["数据来源：Wind"]


def test_a_source_note_closing_the_story_cites_its_sources_and_stays():
    doc = build("二季度公募基金持仓分析\n二季度，公募基金加仓电子、通信行业，减持食品饮料。\n"
                "从个股看，前十大重仓股集中度有所提升。\n（资料来源：基金季报、本报整理）\n【编辑：李四】\n")
    assert not caption_blocks(doc) and body(doc)[-1] == "（资料来源：基金季报、本报整理）"


def test_a_sentence_opening_with_a_tables_number_is_no_caption():
    doc = build("二季度公募基金持仓分析\n二季度，公募基金加仓电子、通信行业，减持食品饮料。\n"
                "表1显示，前十大重仓股集中度有所提升。\n图2中，电子行业的配置比例最高，达到百分之十五。\n")
    assert not caption_blocks(doc)


# --------------------------------------------------------------------------- bylines and credits


def test_byline_labels_of_other_papers():
    story = "（吉隆坡26日讯）首相安华表示，政府将在年底前落实燃油补贴合理化。\n他说，补贴合理化后节省的资金将用于改善民生。\n"
    for line in ("报导：张三", "报导／张三", "采访：张三"):  # 星洲日报 spells 报道 报导
        doc = build("首相：年底前落实燃油补贴合理化\n" + line + "\n" + story)
        assert doc.meta.reporters == ("张三",) and doc.meta.subtitle is None, line
    doc = build("首相：年底前落实燃油补贴合理化\n整理：张三\n" + story)
    assert doc.meta.reporters == ("张三",) and doc.meta.reporter_label == "整理"
    for line in ("主笔｜张三", "主笔 张三"):  # 三联生活周刊's staff writer
        doc = build("首相：年底前落实燃油补贴合理化\n" + line + "\n" + story)
        assert doc.meta.reporters == ("张三",) and doc.meta.reporter_label == "主笔", line
    doc = build("首相：年底前落实燃油补贴合理化\n文、图：张三\n" + story)
    assert doc.meta.reporters == ("张三",) and doc.meta.photographers == ("张三",)
    doc = build("首相：年底前落实燃油补贴合理化\n整理好行李后，张三出发了。\n他说，补贴合理化后节省的资金将用于改善民生。\n")
    assert doc.meta.reporters == ()


def test_a_magazines_closing_layout_and_design_credits_are_credits():
    for line in ("排版：赵六", "设计：赵六", "排版 | 赵六"):
        doc = build("在县城开一家书店\n记者｜张三\n在县城开书店，是一件听上去就不赚钱的事。\n老陈的书店开在县城中学对面，二十平米。\n"
                    + line + "\n")
        assert [block.kind for block in doc.blocks][-1] == "editor_line", line
        assert body(doc)[-1].startswith("老陈")


def test_starred_summary_over_the_story_is_a_note():
    doc = build("一座县城的“退房潮”\n南方周末记者 张三\n★县城的房价在两年里跌去三成，最早一批买房的人开始想办法“退房”。\n"
                "★“我们不是想占便宜，只是想把首付拿回来。”\n2024年夏天，河南某县城的售楼处门口，聚集了二十多位业主。\n"
                "他们中的大多数人，是在2021年买的房。\n")
    notes = [block for block in doc.blocks if block.kind == "editor_note"]
    assert len(notes) == 2 and all(note.label == "摘要" for note in notes)
    assert body(doc)[0].startswith("2024年夏天") and doc.blocks[2].kind == "lead"
    # a brief made of starred items: no summary over a story, the items are the text
    doc = build("今日要闻\n★国务院召开常务会议，部署稳就业工作。\n★央行开展逆回购操作，净投放资金。\n★多地出台楼市新政，二手房成交回暖。\n")
    assert not any(block.kind == "editor_note" for block in doc.blocks) and len(body(doc)) == 3


# --------------------------------------------------------------------------- 新京报 pictures


def test_a_caption_closed_by_who_supplied_the_picture():
    doc = build("常德滴滴司机遇害案将开庭\n新京报讯（记者李一凡）今年3月，湖南常德一名司机被乘客杀害一案引发关注，此案将于本周五开庭。\n"
                "司机的妻子田女士已收到法院下达的出庭传票。受访者供图\n新京报此前报道，今年3月24日凌晨，司机搭载乘客到汽车总站附近。\n")
    assert [caption.text for caption in caption_blocks(doc)] == ["司机的妻子田女士已收到法院下达的出庭传票。受访者供图"]
    # over the story, the caption is no lead: the dateline under it opens the story
    doc = build("沈阳一男子持械伤警\n视频显示，一名红衣男子持械与警方对峙。视频截图\n"
                "新京报讯（记者 张彤）3月3日13时许，辽宁沈阳一男子持刀具及伸缩棍与警方对峙。\n目前，事件正在进一步调查中。\n")
    assert doc.blocks[0].kind == "caption" and doc.blocks[1].kind == "lead"
    assert doc.meta.agency == "新京报" and doc.meta.reporters == ("张彤",)


def test_a_sentence_about_supplying_pictures_is_no_caption():
    doc = build("某地开展摄影展\n本次展览展出作品两百余幅。\n主办方表示，部分作品由市民无偿供图，展览将持续到下月底，欢迎市民免费参观供图\n")
    assert not caption_blocks(doc)


# --------------------------------------------------------------------------- 中国军网 records


def test_the_lead_pictures_caption_glued_before_the_story_is_its_caption():
    story = ("据美国国防部官网8月31日报道，近期，美军方高官先后出访印太地区，首次公开提出“网络化印太地区”概念，"
             "并在公开场合对此予以解读，称其为新形势下的理念指导。有分析称，这是在冷战竞争思维影响下对既有保守理论的“包装”，"
             "也是拉拢盟友、打造阵营，维持美地区影响力的行动策略指南。美军方高官的发言引发外媒热议，报道称，新概念让外界"
             "联想到“印太版北约”。北约成立之初，正是以价值观和防务安全为由，将欧洲地区几十个国家“捆绑”在战车上。")
    doc = build("美欲建“印太版北约”\n参加“环太平洋演习”的美海岸警卫队舰艇" + story + "\n")
    assert [block.kind for block in doc.blocks][:2] == ["caption", "lead"]
    assert doc.blocks[0].text == "参加“环太平洋演习”的美海岸警卫队舰艇" and body(doc)[0].startswith("据美国国防部官网")
    # a story that opens with its time before 据…报道 keeps its words
    doc = build("美欲建“印太版北约”\n今年以来据美国国防部官网报道，" + story[14:] + "\n")
    assert not caption_blocks(doc) and body(doc)[0].startswith("今年以来")
    # a short line is a copy that kept its lines: no caption cut from it
    doc = build("美欲建“印太版北约”\n美国海岸警卫队的一艘舰艇据美国国防部官网报道，近期参加了演习。\n")
    assert not caption_blocks(doc)


# --------------------------------------------------------------------------- business desks


def test_business_and_tech_desks_open_their_flashes_with_their_name():
    story = "工商银行、农业银行等国有大行宣布下调人民币存款挂牌利率，活期存款利率下调5个基点。\n业内人士认为，此举有助于缓解净息差压力。\n"
    for opener, agency in (("快科技7月26日消息，", "快科技"), ("中新经纬7月26日电 ", "中新经纬"),
                           ("上证报中国证券网讯（记者 张三）", "上海证券报")):
        doc = build("多家银行下调存款利率\n" + opener + story)
        assert doc.meta.agency == agency and doc.meta.dateline is not None, opener
        assert body(doc)[0].startswith("工商银行"), opener
    doc = build("多家银行下调存款利率\n金融界人士透露消息，" + story)
    assert doc.meta.dateline is None and body(doc)[0].startswith("金融界人士")


# --------------------------------------------------------------------------- business sites' page copy


def test_page_furniture_of_business_sites_copies():
    doc = build("新能源车企价格战再起\n界面新闻记者 | 张三\n界面新闻编辑 | 李四\n2024/07/26 08:15\n"
                "7月以来，多家新能源车企再度降价，部分车型降幅超过3万元。\n乘联会数据显示，新能源乘用车零售渗透率达到48.2%。\n"
                "界面新闻\n打开界面新闻，查看更多专业报道\n")
    assert body(doc)[-1].startswith("乘联会") and doc.meta.agency == "界面新闻"
    assert "打开界面新闻，查看更多专业报道" in doc.meta.furniture_raw and "界面新闻" in doc.meta.header_raw
    doc = build("超百家上市公司发布回购计划\n每经记者：张三    每经编辑：李四\n7月以来，超过百家上市公司发布回购计划。\n"
                "据每日经济新闻记者统计，其中不乏行业龙头。\n读者热线：4008890008\n")
    assert body(doc)[-1].startswith("据每日经济新闻") and "读者热线：4008890008" in doc.meta.furniture_raw
    assert not any(block.kind == "heading" for block in doc.blocks)


def test_a_writers_card_under_the_story_names_the_writer():
    doc = build("多地楼市新政落地 二手房成交回暖\n2024-07-26 10:20:11\n听新闻\n"
                "7月以来，多地出台楼市新政，二手房成交量明显回升。\n中指研究院数据显示，重点城市二手房成交面积环比增长12%。\n"
                "文章作者\n张三\n一财记者\n")
    assert doc.meta.reporters == ("张三",) and body(doc)[-1].startswith("中指研究院")
    assert "听新闻" in doc.meta.furniture_raw and "文章作者" in doc.meta.header_raw
    # 作者 over a sentence is a heading's or a note's label, no card
    doc = build("多地楼市新政落地\n7月以来，多地出台楼市新政，二手房成交量明显回升。\n作者\n本文作者长期关注房地产市场。\n")
    assert doc.meta.reporters == ()


def test_overseas_correspondents_and_desks():
    story = "韩国政府26日宣布，将推出新一轮经济刺激计划，规模约为十万亿韩元。\n分析人士认为，此举有助于提振内需。\n"
    doc = build("首尔推出刺激计划\n联合早报驻首尔特派员 张三\n" + story)
    assert (doc.meta.agency, doc.meta.reporters) == ("联合早报", ("张三",))
    doc = build("首尔推出刺激计划\n日经中文网 记者 山田 太郎 东京报道\n" + story)
    assert (doc.meta.agency, doc.meta.reporters) == ("日经中文网", ("山田太郎",))


def test_contributors_credited_with_bars():
    story = "在县城开书店，是一件听上去就不赚钱的事。\n老陈的书店开在县城中学对面，二十平米。\n"
    doc = build("在县城开一家书店\n记者｜张三 实习生｜李四\n" + story)
    assert doc.meta.reporters == ("张三", "李四") and doc.meta.reporter_roles == ("", "实习生")
    doc = build("在县城开一家书店\n记者 | 张三 通讯员 | 李四\n" + story)
    assert doc.meta.reporters == ("张三", "李四") and doc.meta.reporter_roles == ("", "通讯员")


def test_a_papers_mark_before_its_reporter_line():
    story = "工商银行、农业银行等国有大行宣布下调人民币存款挂牌利率，活期存款利率下调5个基点。\n业内人士认为，此举有助于缓解净息差压力。\n"
    for line, names in (("○本报记者 张三", ("张三",)), ("◎记者 张三 李四", ("张三", "李四"))):
        doc = build("多家银行下调存款利率\n" + line + "\n" + story)
        assert doc.meta.reporters == names and body(doc)[0].startswith("工商银行"), line


# --------------------------------------------------------------------------- 自由時報 records


def test_a_picture_credit_opening_the_next_line_closes_the_caption_above():
    # the crawler broke the line before each credit instead of after it
    story = ("〔記者王大明／高雄報導〕某集團創辦人昨在動土典禮公開喊話，建議輕軌路段改變工法，減少對周遭交通衝擊；"
             "市府表示改工法將付出更大成本，輕軌已發包、會依原案進行。捷運局表示，若現在改變工法，除造價更高、"
             "恐須與團隊終止契約並賠償，全案須重新規劃，延伸費用、時間及社會成本太大，將依原計畫施作。"
             "創辦人擔心輕軌路線將嚴重衝擊交通，建議改變工法。")
    doc = build("林某籲輕軌改工法\n" + story + "\n（記者張小華攝）園區緊鄰大順路，是高雄東西向重要幹線。\n（記者張小華攝）\n")
    captions = [caption.text for caption in caption_blocks(doc)]
    assert captions == ["創辦人擔心輕軌路線將嚴重衝擊交通，建議改變工法。（記者張小華攝）",
                        "園區緊鄰大順路，是高雄東西向重要幹線。（記者張小華攝）"]
    assert doc.meta.photographers == ("張小華",) and body(doc)[-1].endswith("將依原計畫施作。")


def test_a_credit_alone_under_a_paragraph_stays_its_own():
    doc = build("某地舉辦燈會\n市府昨晚在河畔舉辦燈會，吸引上萬名市民到場觀賞，現場還有樂團表演。\n（記者張小華攝）\n"
                "主辦單位表示，燈會將持續到下週日。\n")
    assert [caption.text for caption in caption_blocks(doc)] == ["（記者張小華攝）"]
    assert body(doc)[0].endswith("樂團表演。")


def test_a_posts_prompt_under_a_promotions_picture_is_furniture():
    doc = build("在县城开一家书店\n文｜张三\n在县城开书店，是一件听上去就不赚钱的事。\n老陈的书店开在县城中学对面，二十平米。\n"
                "▼ 点击图片 进入三联商店\n")
    assert "▼ 点击图片 进入三联商店" in doc.meta.furniture_raw and not caption_blocks(doc)
    doc = build("某地开放报名\n市文旅局今天开放暑期研学活动报名，名额有限。\n点击下方链接即可报名。\n")
    assert body(doc)[-1] == "点击下方链接即可报名。"


def test_a_listed_companys_announcement_opens_with_its_references_not_its_headline():
    doc = build("证券代码：600036 证券简称：招商银行 公告编号：2024-035\n招商银行股份有限公司关于回购股份的进展公告\n"
                "截至2024年7月25日，公司通过集中竞价交易方式已累计回购股份1000万股，占公司总股本的0.04%。\n特此公告。\n"
                "招商银行股份有限公司董事会\n2024年7月26日\n")
    assert doc.meta.title == "招商银行股份有限公司关于回购股份的进展公告"
    assert "证券代码：600036 证券简称：招商银行 公告编号：2024-035" in doc.meta.header_raw
    assert body(doc)[0].startswith("截至2024年7月25日")
