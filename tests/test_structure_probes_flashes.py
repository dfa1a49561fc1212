"""Flashes, wire openers and credits found by probing shapes we had not tried (market wires'
flashes, labelled bylines, closing notes): each test names the convention it guards, with
invented text in the outlet's layout."""

from __future__ import annotations

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import EditorLine, EditorNote, Heading
from convertkit.structure.dateline import match_dateline
from convertkit.structure.people import looks_like_names, split_names


def test_market_wire_day_before_a_bar_or_comma_is_a_dateline() -> None:
    # 格隆汇: 格隆汇7月26日丨… / 格隆汇7月2日，…
    doc = build("格隆汇7月26日丨某某科技公告，公司拟以每股12.5港元配售新股，募资约8亿港元。\n")
    assert doc.meta.agency == "格隆汇" and doc.meta.dateline is not None
    assert doc.meta.dateline.date == "7月26日" and body(doc)[0].startswith("某某科技公告")
    found = match_dateline("格隆汇7月2日，欧洲央行管委某某表示，央行可能不需要继续收紧政策。")
    assert found is not None and found.agency == "格隆汇" and found.text == "格隆汇7月2日，"
    # more market desks whose flashes open with their name
    for line, agency in (("金十数据11月24日讯，某国央行宣布维持利率不变。", "金十数据"),
                         ("证券之星消息，某公司今日发布公告称拟出售资产。", "证券之星")):
        found = match_dateline(line)
        assert found is not None and found.agency == agency, line


def test_a_day_after_an_unlisted_name_is_no_dateline() -> None:
    # only a listed outlet: a sentence's subject and a day are the story
    assert match_dateline("某某公司7月2日，宣布回购股份。") is None
    assert match_dateline("格隆汇7月2日发布的数据显示，某行业增长放缓。") is None


def test_outlet_app_learnt_opener_is_a_dateline() -> None:
    # 智通财经: 智通财经APP获悉，… (after a bracketed headline in its telegraph)
    doc = build("某某科技拟配售新股\n智通财经APP获悉，某某科技发布公告，公司拟配售新股，募资约8亿港元。\n")
    assert doc.meta.agency == "智通财经" and doc.meta.dateline is not None
    assert body(doc)[0].startswith("某某科技发布公告")
    doc = build("【野村：重申某汽车“买入”评级】智通财经APP获悉，野村发布报告称，上调某汽车目标价。\n")
    assert doc.meta.agency == "智通财经" and doc.meta.title == "野村：重申某汽车“买入”评级"
    # this paper learning something, and the outlet's reporter learning from someone, are sentences
    assert match_dateline("本报获悉，相关传闻不实，公司方面表示将依法维护权益。") is None
    # the outlet the news came from is the agency of last resort: a 来源 line outranks it
    doc = build("某机器人公司完成融资\n来源：第一财经\n36氪获悉，某机器人公司近日完成数亿元B轮融资。\n")
    assert doc.meta.agency == "第一财经" and doc.meta.dateline is not None
    assert match_dateline("智通财经记者从知情人士处获悉，某公司将于下月上市。") is None


def test_flash_label_before_a_wire_dateline() -> None:
    # 【快讯】财联社11月24日电，…: a two-character label before the dateline, as a headline stands
    doc = build("【快讯】财联社11月24日电，某某银行宣布下调存款利率10个基点，自明日起执行。\n")
    assert doc.meta.agency == "财联社" and doc.meta.dateline is not None
    assert doc.meta.dateline.date == "11月24日" and "【快讯】" not in doc.meta.title
    # the label is the item's kind, kept as read: no subheading above the lead, no words of it
    assert not any(isinstance(block, Heading) for block in doc.blocks)
    assert body(doc)[0].startswith("某某银行") and doc.meta.header_raw == ("【快讯】",)
    doc = build("【突發】中央社台北24日電，某地發生規模5.8地震。\n")
    assert doc.meta.header_raw == ("【突發】",) and body(doc)[0].startswith("某地發生")
    assert not any(isinstance(block, Heading) for block in doc.blocks)


def test_label_and_slash_before_a_name_are_not_one_name() -> None:
    # 文/张三: 文 is a surname, but a slash parts the label from the writer
    assert split_names("文/张三") == ("张三",) and split_names("文／张三 李四") == ("张三", "李四")
    assert not looks_like_names("文/张三") and looks_like_names("张三/李四")
    assert split_names("记者 刘 琳、王 五") == ("刘琳", "王五")  # a space inside a name still closes up
    doc = build("人工智能会取代记者吗\n文/张三\n\n人工智能的发展引发了关于新闻业未来的讨论。\n\n我认为判断力无法被取代。\n")
    assert doc.meta.reporters == ("张三",)


def test_label_and_middle_dot_before_a_name() -> None:
    # 文·张三: the writer's label and a middle dot, as 文/张三; a transliterated name keeps its dot
    assert split_names("文·张三") == ("张三",) and split_names("文·张三、李四") == ("张三", "李四")
    assert split_names("约翰·史密斯") == ("约翰·史密斯",) and looks_like_names("约翰·史密斯")
    text = "人工智能会取代记者吗\n{}\n\n人工智能的发展引发了关于新闻业未来的讨论。\n"
    doc = build(text.format("文·张三"))
    assert doc.meta.reporters == ("张三",) and doc.meta.reporter_label == "文"
    doc = build(text.format("文·约翰·史密斯"))
    assert doc.meta.reporters == ("约翰·史密斯",) and doc.meta.reporter_label == "文"
    assert body(doc) == ["人工智能的发展引发了关于新闻业未来的讨论。"]


def test_editor_note_by_its_other_name_and_a_correction_are_notes() -> None:
    # 编者注：… above the dateline; 更正：… under the story
    doc = build("某市地铁新线开通\n编者注：本文原载于某报，经授权转载。\n\n本报讯（记者 张三）某市地铁新线今日开通运营。\n\n"
                "新线全长30公里，设站20座。\n\n更正：本报11月23日第3版《某某》一文中，“某某”应为“某某某”，特此更正。\n")
    notes = [block for block in doc.blocks if isinstance(block, EditorNote)]
    assert [note.label for note in notes] == ["编者注", "更正"]
    assert doc.meta.reporters == ("张三",) and doc.meta.dateline is not None
    assert body(doc)[0] == "某市地铁新线今日开通运营。"
    # a sentence about a correction is the story's
    doc = build("某报致歉\n本报讯 某报昨日刊发更正声明，承认报道有误。\n\n该报表示将加强审核。\n")
    assert not any(isinstance(block, EditorNote) for block in doc.blocks)


def test_opinion_disclaimer_is_furniture_kept_as_read() -> None:
    # （本文系作者个人观点，不代表本网立场）
    doc = build("人工智能会取代记者吗\n文/张三\n\n人工智能的发展引发了关于新闻业未来的讨论。\n\n"
                "我认为，记者的判断力无法被取代。\n\n（本文系作者个人观点，不代表本网立场）\n")
    assert body(doc)[-1] == "我认为，记者的判断力无法被取代。"
    assert "（本文系作者个人观点，不代表本网立场）" in doc.meta.furniture_raw
    for line in ("（本文僅代表作者立場，不代表本網立場）", "【免责声明】本文仅代表作者本人观点，与本网站无关。"):
        doc = build(f"某评论\n本报讯 某地今日举行活动，数百人参加。\n\n活动持续三天。\n\n{line}\n")
        assert doc.meta.furniture_raw == (line,), line
    # a writer's post before the disclaimer is more than furniture: the note stays
    doc = build("某评论\n本报讯 某地今日举行活动，数百人参加。\n\n（作者系某大学教授，本文仅代表作者个人观点，不代表本报立场）\n")
    assert body(doc)[-1].startswith("（作者系某大学教授")
    # the story's own sentence on a view and a stand names no outlet spoken for
    doc = build("某论坛举行\n本报讯 论坛上，作者认为这一观点不代表主流看法。\n\n作者认为，这一观点不代表主流看法。\n")
    assert body(doc)[-1] == "作者认为，这一观点不代表主流看法。"


def test_contribution_note_closing_the_story_is_a_credit_line() -> None:
    # （实习生张三对本文亦有贡献） · 實習生張三對本文亦有貢獻
    doc = build("大馬某州發生水災\n（吉隆坡24日訊）大馬某州連日豪雨，多區發生水災。\n\n當局表示，將密切監察水位。\n\n"
                "（實習生張三對本文亦有貢獻）\n")
    assert isinstance(doc.blocks[-1], EditorLine) and doc.blocks[-1].text == "（實習生張三對本文亦有貢獻）"
    assert doc.meta.reporters == ()
    # naming no one, the line is the story's
    doc = build("某项目获奖\n本报讯 某项目昨日获奖。\n\n专家表示，该项目对行业发展有贡献。\n")
    assert body(doc)[-1] == "专家表示，该项目对行业发展有贡献。"


def test_broadcast_script_reporter_on_camera_cue_and_app_masthead() -> None:
    # 总台 script: 央视新闻客户端 under the headline; 【现场】总台记者 张三 over the piece to camera
    doc = build("多地迎来降雪\n央视新闻客户端\n总台记者 张三\n\n11月24日，北方多地迎来今冬首场降雪。\n\n"
                "【解说】今天一早，某市环卫工人就上路清扫积雪。\n\n【现场】总台记者 张三\n"
                "我现在所在的位置是某市主干道，可以看到路面积雪已经基本清除。\n")
    assert doc.meta.agency == "央视新闻" and "央视新闻客户端" in doc.meta.header_raw
    assert body(doc)[-1] == "总台记者 张三：我现在所在的位置是某市主干道，可以看到路面积雪已经基本清除。"
    assert "央视新闻客户端" not in body(doc)
    # a 现场 cue over a sentence keeps the sentence, without the cue
    doc = build("某地举行活动\n本报讯 某地昨日举行活动。\n\n【现场】记者在现场看到，数百名市民排队参加。\n")
    assert body(doc)[-1] == "记者在现场看到，数百名市民排队参加。"


def test_titled_credit_under_the_headline_names_its_outlet() -> None:
    # 经济参考报记者 张三 · 中青报·中青网记者 张三 · 法治日报全媒体记者 张三: the outlet, not bare names
    for line, agency in (("经济参考报记者 张三", "经济参考报"), ("中青报·中青网记者 张三", "中国青年报"),
                         ("法治日报全媒体记者 张三", "法治日报")):
        doc = build(f"某地加快发展新质生产力\n{line}\n\n记者从某地有关部门获悉，该地正加快发展新质生产力。\n\n"
                    "今年以来，该地新增高新技术企业300家。\n")
        assert doc.meta.agency == agency and doc.meta.reporters == ("张三",), line
    # bare names still sign a commentary
    doc = build("让改造跑出加速度\n李晓\n\n老旧小区改造关系千家万户，各地正在加快推进。\n\n改造要听取居民意见。\n")
    assert doc.meta.reporters == ("李晓",)


def test_flash_label_is_no_part_of_a_derived_title() -> None:
    # 【快讯】某交易所宣布…: the label says what kind of item; the title is the sentence
    doc = build("【快讯】某交易所宣布暂停某股票交易。\n")
    assert doc.meta.title == "某交易所宣布暂停某股票交易" and body(doc)[0].startswith("【快讯】")
    doc = build("【央行：开展1000亿元逆回购操作】央行今日开展逆回购操作。\n")
    assert doc.meta.title == "央行：开展1000亿元逆回购操作"


def test_market_risk_warning_is_furniture_kept_as_read() -> None:
    # 风险提示：市场有风险，投资需谨慎。 under a market story
    doc = build("某公司发布业绩预告\n智通财经APP获悉，某公司发布业绩预告，预计净利润同比增长50%。\n\n"
                "公司表示，业绩增长主要受益于主营业务扩张。\n\n风险提示：市场有风险，投资需谨慎。\n\n股市有风险，入市需谨慎！\n")
    assert body(doc)[-1] == "公司表示，业绩增长主要受益于主营业务扩张。"
    assert doc.meta.furniture_raw == ("风险提示：市场有风险，投资需谨慎。", "股市有风险，入市需谨慎！")
    # a research note's list of risks is its content
    doc = build("某行业深度报告\n本报讯 某券商发布行业深度报告，看好行业长期发展。\n\n风险提示：宏观经济下行；行业竞争加剧。\n")
    assert body(doc)[-1] == "风险提示：宏观经济下行；行业竞争加剧。"
    # an expert quoting the saying is the story's
    doc = build("理财产品销售火爆\n本报讯 理财产品近期销售火爆。\n\n专家提醒，炒股有风险，投资需谨慎。\n")
    assert body(doc)[-1] == "专家提醒，炒股有风险，投资需谨慎。"


def test_byline_with_a_bar_and_a_picture_credit() -> None:
    # 文 | 张三 · 文：张三 图：李四 · 文/张三 图/李四 under the headline
    story = "\n\n人工智能的发展引发了关于新闻业未来的讨论，业界众说纷纭。\n\n我认为，记者的判断力无法被取代。\n"
    assert build(f"人工智能会取代记者吗\n文 | 张三{story}").meta.reporters == ("张三",)
    assert split_names("记者 | 张三 李四") == ("张三", "李四")
    for line in ("文：张三 图：李四", "文/张三 图/李四", "文：张三\u3000图：李四"):
        doc = build(f"人工智能会取代记者吗\n{line}{story}")
        assert doc.meta.reporters == ("张三",) and doc.meta.photographers == ("李四",), line
        assert line not in body(doc)
    # words and pictures by one writer stay one credit
    doc = build(f"人工智能会取代记者吗\n文/图 张三{story}")
    assert doc.meta.reporters == ("张三",) and doc.meta.photographers == ("张三",)


def test_roundup_wire_from_a_place_in_brackets() -> None:
    # 联合早报: （柏林综合电）… as （北京综合讯）…
    found = match_dateline("（柏林综合电）乌克兰战争、希腊债务危机，以及大规模的难民潮，让欧洲充满危机。")
    assert found is not None and found.place == "柏林" and found.text == "（柏林综合电）"
    assert match_dateline("（柏林电视台）报道称，某地今日举行活动。") is None


def test_live_blog_updates_opening_with_their_time_stamps() -> None:
    # 【11:20】… / 10:30 …: each update under its stamp
    doc = build("某国举行大选 实时更新\n【11:20】某党领导人在首都一处投票站投票。\n\n【11:05】选举委员会称，首个小时投票率约为8%。\n\n"
                "【10:30】投票站已开放，选民排队投票。\n")
    assert [(block.kind, block.text) for block in doc.blocks] == [
        ("heading", "11:20"), ("lead", "某党领导人在首都一处投票站投票。"), ("heading", "11:05"),
        ("paragraph", "选举委员会称，首个小时投票率约为8%。"), ("heading", "10:30"), ("paragraph", "投票站已开放，选民排队投票。")]
    doc = build("某国举行大选\n10:30 投票站已开放，选民排队投票。\n11:20 某党领导人在首都一处投票站投票。\n")
    assert [block.text for block in doc.blocks if block.kind == "heading"] == ["10:30", "11:20"]
    # an agenda's items and a single stamped sentence stay as written
    doc = build("某论坛今日开幕\n本报讯 某论坛今日开幕，议程如下。\n\n8:30 开幕式\n9:00 主旨演讲\n10:30 分论坛\n")
    assert body(doc)[1:] == ["8:30 开幕式", "9:00 主旨演讲", "10:30 分论坛"]
    doc = build("某会议召开\n本报讯 某会议今日召开。\n\n10:30 开始的分组讨论中，代表们踊跃发言。\n")
    assert body(doc)[-1] == "10:30 开始的分组讨论中，代表们踊跃发言。"


def test_unlisted_site_flash_and_a_channel_before_the_day() -> None:
    # 观点网讯：… (a site we do not list, its 讯 set off) · 中国网财经11月24日讯 (the channel, no place)
    found = match_dateline("观点网讯：11月24日，某公司发布公告称，拟出售部分资产。")
    assert found is not None and found.agency == "观点网" and found.text == "观点网讯："
    found = match_dateline("中国网财经11月24日讯 某公司发布公告称，拟出售部分资产。")
    assert found is not None and found.agency == "中国网" and found.bureau == "财经" and found.place is None
    # a word that happens to hold 网讯 is no flash
    assert match_dateline("互联网讯息时代已经到来，人们获取新闻的方式改变了。") is None


def test_joint_masthead_or_app_before_the_reporter_title() -> None:
    # 环球时报-环球网记者 张三 · 央视新闻客户端 总台记者 张三: the line is the byline, not a paragraph
    story = "\n\n某国24日举行大选，选民排队投票，投票站秩序井然。\n\n分析人士认为，选举结果将影响地区局势。\n"
    for line, agency in (("环球时报-环球网记者 张三", "环球时报"), ("央视新闻客户端 总台记者 张三", "央视新闻")):
        doc = build(f"某国举行大选\n{line}{story}")
        assert doc.meta.reporters == ("张三",) and doc.meta.agency == agency and line not in body(doc), line
    # words before 记者 that are no outlet, and no names after it: the story's line
    doc = build(f"某国举行大选\n外交部 发言人回答记者提问{story}")
    assert doc.meta.reporters == ()


def test_bracketed_source_glued_before_the_first_line_keeps_the_story() -> None:
    # （来源：智通财经）智通财经APP获悉，… (a crawler's copy): the story is not swallowed by the source
    doc = build("某App上线新功能\n（来源：智通财经）智通财经APP获悉，7月27日，某App宣布新功能上线，并向所有用户开放。\n")
    assert doc.meta.agency == "智通财经" and "（来源：智通财经）" in doc.meta.header_raw
    assert body(doc) == ["7月27日，某App宣布新功能上线，并向所有用户开放。"]
    doc = build("某地举行活动\n（来源：新华社）某地今日举行大型活动，数百名市民参加，现场气氛热烈。\n\n活动持续三天。\n")
    assert doc.meta.agency == "新华社" and body(doc)[0] == "某地今日举行大型活动，数百名市民参加，现场气氛热烈。"
    # the source alone on its line is read as before
    doc = build("某地举行活动\n（来源：新华社）\n某地今日举行大型活动，数百名市民参加，现场气氛热烈。\n")
    assert doc.meta.agency == "新华社" and len(body(doc)) == 1


def test_header_credits_glued_to_the_story_keep_the_story() -> None:
    # 来源：新华社 作者：张三 某地今日… / 发布时间：… 某地今日… on one line: never all to the header
    for line in ("来源：新华社 作者：张三 某地今日举行大型活动，数百名市民参加，现场气氛热烈。",
                 "发布时间：2024-11-24 10:30 某地今日举行大型活动，数百名市民参加，现场气氛热烈。",
                 "2024-11-24 10:30 来源：新华社 某地今日举行大型活动，数百名市民参加，现场气氛热烈。"):
        doc = build(f"某地举行活动\n{line}\n")
        assert any("某地今日举行大型活动" in text for text in body(doc)), line
    # a header line alone is read as before
    doc = build("某地举行活动\n发布时间：2024-11-24 10:30 来源：新华社 作者：张三 李四\n某地今日举行大型活动，数百名市民参加。\n")
    assert doc.meta.agency == "新华社" and doc.meta.reporters == ("张三", "李四") and doc.meta.published


def test_bracketed_original_title_before_the_story() -> None:
    # （原标题：…）某地今日…: the note, then the story's lead
    doc = build("某地举行大型活动\n（原标题：某地活动吸引数百市民）某地今日举行大型活动，数百名市民参加，现场气氛热烈。\n")
    notes = [block for block in doc.blocks if isinstance(block, EditorNote)]
    assert [note.text for note in notes] == ["某地活动吸引数百市民"]
    assert body(doc) == ["某地今日举行大型活动，数百名市民参加，现场气氛热烈。"]
    # the headline again: kept as read, nothing to show
    doc = build("某地举行大型活动\n（原标题：某地举行大型活动）某地今日举行大型活动，数百名市民参加，现场气氛热烈。\n")
    assert not any(isinstance(block, EditorNote) for block in doc.blocks) and len(body(doc)) == 1


def test_translator_credit_under_the_headline_is_the_byline() -> None:
    # 编译：张三 under the headline credits the translator, as 整理：张三 does its writer
    text = "美国科技公司推出新型芯片\n{}\n\n美国某科技公司周二发布了一款新型人工智能芯片。\n\n该芯片性能提升两倍。\n"
    doc = build(text.format("编译：张三"))
    assert doc.meta.reporters == ("张三",) and doc.meta.reporter_label == "编译"
    assert not any(isinstance(block, EditorLine) for block in doc.blocks)
    assert body(doc)[0].startswith("美国某科技公司")
    doc = build(text.format("編譯：張三 李四"))
    assert doc.meta.reporters == ("張三", "李四") and doc.meta.reporter_label == "編譯"
    # an outlet that translated it, and the closing credits, stay editor lines
    doc = build(text.format("编译：参考消息网"))
    assert doc.meta.reporters == () and any(isinstance(block, EditorLine) for block in doc.blocks)
    doc = build("美国科技公司推出新型芯片\n\n美国某科技公司周二发布了一款新型人工智能芯片。\n\n编译：张三\n")
    assert doc.meta.reporters == () and isinstance(doc.blocks[-1], EditorLine)


def test_closing_note_of_who_the_writer_is_gives_the_affiliation() -> None:
    # （作者系某大学教授，本文仅代表作者个人观点） under a signed commentary: the writer's affiliation,
    # the note (and its disclaimer) kept as read out of the body
    text = "人工智能会取代记者吗\n文/张三\n\n人工智能的发展引发了关于新闻业未来的讨论。\n\n我认为判断力无法被取代。\n\n{}\n"
    for note in ("（作者系某大学新闻学院教授，本文仅代表作者个人观点）", "（作者系某大学新闻学院教授）",
                 "（作者係某大學新聞學院教授，本文僅代表作者個人觀點）"):
        doc = build(text.format(note))
        assert doc.meta.reporters == ("张三",) and doc.meta.affiliation is not None, note
        assert doc.meta.affiliation.endswith("新闻学院教授") or doc.meta.affiliation.endswith("新聞學院教授")
        assert body(doc)[-1] == "我认为判断力无法被取代。" and note in doc.meta.furniture_raw
    # a note saying more of the writer than a disclaimer stays
    doc = build(text.format("（作者系某大学新闻学院教授，曾任某报总编辑）"))
    assert body(doc)[-1].startswith("（作者系") and doc.meta.affiliation is None
    # under an unsigned story the note is a credit closing it, no paragraph (no byline to show it with)
    doc = build("某评论\n\n人工智能的发展引发了关于新闻业未来的讨论。\n\n（作者系某大学新闻学院教授）\n")
    assert body(doc) == ["人工智能的发展引发了关于新闻业未来的讨论。"] and isinstance(doc.blocks[-1], EditorLine)


def test_overseas_papers_desk_place_and_paper_before_the_place() -> None:
    # 【本報曼谷訊】 (a Thai paper's desk): the place between the paper and its 訊
    found = match_dateline("【本報曼谷訊】泰國政府今日宣布推出新措施，支持中小企業發展。")
    assert found is not None and found.agency == "本报" and found.place == "曼谷"
    found = match_dateline("【本报北京讯】某部门今日宣布推出新措施。")
    assert found is not None and found.place == "北京"
    found = match_dateline("【本報訊】某部門今日宣布推出新措施。")
    assert found is not None and found.place is None
    # （光華日報 吉隆坡24日訊）: the paper set off by a space before the place and the day
    doc = build("馬國推出新措施\n（光華日報 吉隆坡24日訊）馬來西亞政府今日宣布推出新措施，支持中小企業發展。\n")
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "吉隆坡"
    assert doc.meta.dateline.date == "24日" and doc.meta.agency in ("光華日報", "光华日报")
    assert doc.meta.region == "MY" and body(doc)[0].startswith("馬來西亞政府")


def test_slashed_reporter_credit_after_a_flash_gives_the_place() -> None:
    # 本報訊 記者張三／馬尼拉報導 … (a Philippine paper): the reporter, and the place after the slash
    for line in ("本報訊 記者張三／馬尼拉報導 菲律賓政府今日宣布推出新措施，支持中小企業發展。",
                 "本報訊記者張三／馬尼拉報導：菲律賓政府今日宣布推出新措施，支持中小企業發展。"):
        found = match_dateline(line)
        assert found is not None and found.reporters == ("張三",) and found.place == "馬尼拉", line
    doc = build("菲國推出新措施\n本報訊 記者張三／馬尼拉報導 菲律賓政府今日宣布推出新措施，支持中小企業發展。\n")
    assert doc.meta.reporters == ("張三",) and doc.meta.dateline is not None
    assert doc.meta.dateline.place == "馬尼拉" and body(doc)[0].startswith("菲律賓政府")


def test_thai_chinese_paper_is_a_listed_outlet_without_a_region() -> None:
    # 星暹日報 (Bangkok): its own flash and its place in brackets name it; no language region
    found = match_dateline("（星暹日報 曼谷24日訊）泰國政府今日宣布推出新措施。")
    assert found is not None and found.agency == "星暹日報" and found.place == "曼谷" and found.region is None
    found = match_dateline("星暹日報訊 泰國政府今日宣布推出新措施，支持中小企業發展。")
    assert found is not None and found.agency == "星暹日報"
