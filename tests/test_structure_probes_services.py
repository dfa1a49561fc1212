"""Shapes of outlets the earlier probes had not read: overseas Chinese-language services (their
dated flashes and closing credits), wire lists and app tags closing a story, press releases'
datelines, helpline notices. Each test names the convention it guards, with invented text."""

from __future__ import annotations

import pytest

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import EditorLine, EndMark, Heading, RelatedLinks, Salutation
from convertkit.structure.dateline import match_dateline

# --------------------------------------------------------------------------- datelines


def test_bracketed_flash_with_its_day_names_the_outlet_and_the_day() -> None:
    # 大紀元 / 新唐人 / 看中國: 【大紀元2024年11月24日訊】（大紀元記者張三紐約報導）… · 共同社: 【共同社11月24日电】
    doc = build("某市公布經濟數據\n【大紀元2024年11月24日訊】（大紀元記者張三紐約報導）某市統計局近日公布的經濟數據引發外界討論。\n"
                "多名經濟學家表示，數據仍需觀察。\n（責任編輯：李四）\n")
    dateline = doc.meta.dateline
    assert dateline is not None and (dateline.agency, dateline.place, dateline.date) == ("大紀元", "紐約", "2024年11月24日")
    assert doc.meta.reporters == ("張三",) and body(doc)[0].startswith("某市統計局")
    assert doc.meta.published == "2024-11-24" and doc.meta.editors == ("李四",)
    found = match_dateline("【新唐人北京時間2024年11月24日訊】某地近日發生一起事件。")
    assert found is not None and (found.agency, found.date) == ("新唐人", "2024年11月24日")
    found = match_dateline("【共同社11月24日电】日本首相24日出席在巴西举行的峰会。")
    assert found is not None and (found.agency, found.date) == ("共同社", "11月24日")
    # the reporter's place glued to the name, perhaps a state or a country before the city
    for line, place, name in (("【大紀元2026年10月06日訊】（大紀元記者陸希休斯頓報導）某校友會歡聚中秋。", "休斯頓", "陸希"),
                              ("【大紀元2026年10月05日訊】（大紀元記者戴德蔓台灣台北報導）某獎舉行頒獎典禮。", "台灣台北", "戴德蔓"),
                              ("【大紀元2026年10月06日訊】（大紀元記者薛明珠加州報導）某人士出席聽證會。", "加州", "薛明珠"),
                              ("（大紀元記者陸希休士頓報導）某校友會歡聚中秋。", "休士頓", "陸希")):
        found = match_dateline(line)
        assert found is not None and (found.agency, found.place, found.reporters) == ("大紀元", place, (name,)), line
        assert line[found.end :].startswith("某")
    found = match_dateline("【本报北京11月24日电】国务院新闻办公室今日举行发布会。")
    assert found is not None and (found.place, found.date) == ("北京", "11月24日")
    found = match_dateline("【看中國2024年11月24日訊】（看中國記者張三綜合報導）某地近日發生一起事件。")
    assert found is not None and found.reporters == ("張三",) and found.place is None


def test_an_unlisted_outlet_in_round_brackets_opens_or_closes_the_story() -> None:
    # 越南人民报网's Chinese service: （越南人民报网）据…消息，… · a paper we do not list signing off: （某某日报）
    doc = build("某国经济增长加快\n（某某人民报网）据某国统计总局消息，某国第三季度经济增长7.4%。\n")
    assert doc.meta.agency == "某某人民报网" and body(doc) == ["据某国统计总局消息，某国第三季度经济增长7.4%。"]
    doc = build("某市召开会议\n某市今天召开全市经济工作会议，部署明年经济工作。\n会议强调，要坚持稳中求进。\n（某某日报）\n")
    assert doc.meta.agency == "某某日报" and doc.meta.header_raw == ("（某某日报）",)
    doc = build("某市召开会议\n某市今天召开全市经济工作会议，部署明年经济工作。\n（某某财经网）另据报道，多家企业表示将加大投资。\n"
                "会议强调，要坚持稳中求进。\n")
    assert body(doc)[0].startswith("某市今天") and doc.meta.dateline is None  # no standfirst over an unlisted outlet
    for line in ("（资料图片）某市今天召开会议。", "（一）某市今天召开会议。", "（某某电视台）报道称，某地今日举行活动。"):
        found = match_dateline(line)
        assert found is None or found.agency is None, line


def test_an_outlets_reporter_and_place_glued_before_the_report_word() -> None:
    # 星島日報 (its American edition): 星島日報記者張三紐約報道 over the story, as 美国之音记者王小明华盛顿报道 — …
    doc = build("某地華人社區舉辦感恩節活動\n星島日報記者張三紐約報道\n紐約華人社區24日舉辦感恩節活動，吸引逾千人參加。\n")
    dateline = doc.meta.dateline
    assert dateline is not None and (dateline.agency, dateline.place) == ("星島日報", "紐約")
    assert doc.meta.reporters == ("張三",) and body(doc) == ["紐約華人社區24日舉辦感恩節活動，吸引逾千人參加。"]


def test_a_place_and_its_dash_alone_on_the_line_over_the_story() -> None:
    # 美国之音 copied with its dateline on a line of its own: 华盛顿 — / 美国总统…
    doc = build("某国签署国防授权法\n2024年11月24日\n华盛顿 —\n某国总统星期日签署了2025财年国防授权法案。\n")
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "华盛顿" and doc.meta.dateline.text == "华盛顿——"
    assert body(doc) == ["某国总统星期日签署了2025财年国防授权法案。"]
    assert match_dateline("某某小区 —") is None  # no listed place
    assert match_dateline("台北／記者會今天舉行") is None


def test_report_credit_after_a_flash_names_the_place_it_was_filed_from() -> None:
    found = match_dateline("【本報訊】（記者張三／台北報導）行政院今天通過明年度預算案。")
    assert found is not None and found.reporters == ("張三",) and found.place == "台北"


def test_a_masthead_slash_and_its_translators_credit() -> None:
    # 聯合報／ 編譯張三／即時報導 · 經濟日報／ 編譯張三／綜合外電 (udn's foreign desk), as 聯合報／ 記者…／台北即時報導
    doc = build("日圓貶值創新低\n聯合報／ 編譯張三／即時報導\n日圓兌美元今天貶至160日圓兌1美元，創34年新低。\n")
    assert doc.meta.agency == "聯合報" and doc.meta.reporters == ("張三",) and doc.meta.dateline is not None
    assert body(doc) == ["日圓兌美元今天貶至160日圓兌1美元，創34年新低。"]
    found = match_dateline("經濟日報／ 編譯張三／綜合外電")
    assert found is not None and (found.agency, found.place, found.reporters) == ("經濟日報", None, ("張三",))


def test_a_stamp_without_its_year_or_in_chinese_numerals_under_the_headline() -> None:
    # apps and NHK's Chinese pages: 11月24日 10:30 · 11月24日 10时30分 (no year: kept as read, no date);
    # a print page's or a speech's date line in Chinese numerals: 二〇二四年十一月二十四日 · （二〇二四年十一月二十四日）
    story = "\n某国政府24日召开内阁会议，决定追加经济对策，规模约13万亿日元。\n"
    doc = build("某处公布最新失业率\n　　某处今日公布，最新失业率为百分之三。\n完\n2024年11月24日（星期日）\n香港时间16时30分\n")
    assert doc.meta.published == "2024-11-24T16:30"  # a Hong Kong release's stamp in Simplified script
    for stamp, published in (("11月24日 10:30", None), ("11月24日 10时30分", None), ("11-24 10:30", None),
                             ("二〇二四年十一月二十四日", "2024-11-24"), ("（二〇二四年十一月二十四日）", "2024-11-24")):
        doc = build("某国政府决定追加经济对策\n" + stamp + story)
        assert doc.meta.header_raw == (stamp,) and doc.meta.published == published, stamp
        assert body(doc) == ["某国政府24日召开内阁会议，决定追加经济对策，规模约13万亿日元。"]


def test_a_live_blogs_first_stamp_without_its_year_stays_its_heading() -> None:
    doc = build("某地选举投票今日举行\n11月24日 08:00\n投票站已开放，选民陆续前往投票。\n11月24日 10:30\n投票率已达30%，高于上届同期。\n")
    assert [block.text for block in doc.blocks if isinstance(block, Heading)] == ["11月24日 08:00", "11月24日 10:30"]


def test_a_dateline_day_with_its_year_dates_the_story() -> None:
    doc = build("某标题在此\n新华社北京2024年11月24日电（记者张三）国务院新闻办公室今日举行发布会，介绍有关情况。\n")
    assert doc.meta.published == "2024-11-24"
    doc = build("某标题在此\n新华社北京11月24日电（记者张三）国务院新闻办公室今日举行发布会，介绍有关情况。\n")
    assert doc.meta.published is None


def test_press_release_wires_datelines() -> None:
    # 美通社 (PR Newswire in Chinese) and 美国商业资讯 (Business Wire), as the portals carry their releases
    doc = build("某科技公司发布新一代芯片\n上海2024年11月24日 /美通社/ -- 某科技公司今日宣布推出新一代人工智能芯片。\n"
                "该芯片性能较上一代提升50%。\nPhoto - https://mma.example.com/media2/1234567/image_1.jpg?p=medium600\n"
                "Logo - https://mma.example.com/media2/1234568/logo.jpg\n消息来源：某科技公司\n")
    dateline = doc.meta.dateline
    assert dateline is not None and (dateline.agency, dateline.place, dateline.date) == ("美通社", "上海", "2024年11月24日")
    assert doc.meta.agency == "美通社" and doc.meta.published == "2024-11-24"
    assert body(doc) == ["某科技公司今日宣布推出新一代人工智能芯片。", "该芯片性能较上一代提升50%。"]
    assert doc.meta.header_raw == ("消息来源：某科技公司",) and len(doc.meta.furniture_raw) == 2  # the media links
    doc = build("某半导体公司公布业绩\n加利福尼亚州圣克拉拉--(美国商业资讯)--某半导体公司今天公布了第三季度财务业绩。\n"
                "第三季度营收为10亿美元。\n###\n")
    assert doc.meta.agency == "美国商业资讯" and doc.meta.dateline is not None
    assert doc.meta.dateline.place == "加利福尼亚州圣克拉拉" and body(doc)[0].startswith("某半导体公司")
    assert isinstance(doc.blocks[-1], EndMark) and doc.blocks[-1].text == "###"


def test_a_wires_photo_service_line_over_the_caption() -> None:
    # 新华社照片，北京，2024年11月24日 over the picture's text
    doc = build("某地迎来今冬首场降雪\n新华社照片，北京，2024年11月24日\n11月24日，游客在故宫参观。当日，北京迎来今冬首场降雪。\n新华社记者 张三 摄\n")
    dateline = doc.meta.dateline
    assert dateline is not None and (dateline.agency, dateline.place, dateline.date) == ("新华社", "北京", "2024年11月24日")
    assert doc.meta.published == "2024-11-24" and doc.meta.photographers == ("张三",)
    assert body(doc) == ["11月24日，游客在故宫参观。当日，北京迎来今冬首场降雪。"]


def test_a_companys_own_release_dates_itself_with_the_day_and_the_city() -> None:
    # （2024年11月24日，北京） · [中国，深圳，2024年11月24日] · 2024年11月24日，中国上海—— · （北京，2024年11月24日）
    for opener, place in (("（2024年11月24日，北京）", "北京"), ("[中国，深圳，2024年11月24日] ", "深圳"),
                          ("2024年11月24日，中国上海——", "上海"), ("（北京，2024年11月24日）", "北京")):
        found = match_dateline(opener + "某集团今日在评选中荣获年度最佳雇主称号。")
        assert found is not None and (found.agency, found.place, found.date) == (None, place, "2024年11月24日"), opener
        assert found.raw.strip() == opener.strip()
    for line in ("（2024年11月24日，星期日）天气晴，气温回升。", "2024年11月24日，北京市委召开常委会会议。",
                 "（2024年11月24日，人民日报）某地召开会议。"):
        assert match_dateline(line) is None, line  # a weekday is no place; a day and a sentence is the story


# --------------------------------------------------------------------------- bylines


def test_a_foreign_papers_chinese_edition_signs_with_the_paper_in_title_marks() -> None:
    # FT中文网: 英国《金融时报》 克莱尔•琼斯 · … 迪米 华盛顿 ， 戴维•邦德 慕尼黑报道 · 英国《金融时报》 社评
    story = "\n某国第三季度经济增速放缓至4.6%，低于市场预期。\n分析人士认为，刺激措施力度不足。\n"
    for byline, writers in (("英国《金融时报》 克莱尔•琼斯", ("克莱尔•琼斯",)),
                            ("英国《金融时报》 汤姆•米切尔 北京报道", ("汤姆•米切尔",)),
                            ("英国《金融时报》 迪米 华盛顿 ， 戴维•邦德 慕尼黑报道", ("迪米", "戴维•邦德")),
                            ("英国《金融时报》 社评", ())):
        doc = build("某国经济增长放缓\n" + byline + story)
        assert doc.meta.reporters == writers and doc.meta.agency == "金融时报", byline
        assert doc.meta.header_raw == (byline,) and body(doc)[0].startswith("某国第三季度")
    doc = build("某国经济增长放缓\n美国《华尔街日报》 报道称，某国经济放缓。" + story)
    assert body(doc)[0].startswith("美国《华尔街日报》")  # a sentence citing the paper stays the story's


def test_a_writers_latin_name_with_capitalised_words_is_the_byline() -> None:
    # 华尔街日报中文网 / Bloomberg's Chinese edition: Nick Timiraos over the stamp, as 紐約時報中文網's KEITH BRADSHER
    for byline, writers in (("Nick Timiraos", ("Nick Timiraos",)), ("Jason Douglas and Lingling Wei", ("Jason Douglas", "Lingling Wei")),
                            ("Mary-Ann O’Brien", ("Mary-Ann O’Brien",))):
        doc = build(f"美联储宣布降息\n{byline}\n2024年11月24日11:30 CST 更新\n美联储周三宣布将基准利率下调25个基点，为今年第三次降息。\n"
                    "（本文版权归某某公司所有）\n")
        assert doc.meta.reporters == writers and doc.meta.published == "2024-11-24T11:30", byline
        assert body(doc) == ["美联储周三宣布将基准利率下调25个基点，为今年第三次降息。"]
        assert doc.meta.furniture_raw == ("（本文版权归某某公司所有）",)
    for words in ("Getty Images", "Read More", "Financial Times", "Click Here", "Exclusive Interview", "Made In China"):
        doc = build(f"美联储宣布降息\n{words}\n2024年11月24日11:30 CST 更新\n美联储周三宣布将基准利率下调25个基点，为今年第三次降息。\n")
        assert doc.meta.reporters == (), words


def test_a_commentarys_writer_after_a_mark_under_the_headline() -> None:
    # 新京报 / 南方都市报's op-eds: □张三（媒体人） · ◎张三 · ●张三（某大学教授）
    story = "\n近日，某地要求基层干部每天在工作群里打卡，引发舆论关注。\n这种做法看似严格，实则是形式主义。\n"
    for line, who in (("□张三（媒体人）", "媒体人"), ("◎张三", None), ("●张三（某大学教授）", "某大学教授")):
        doc = build("莫让形式主义耽误了基层治理\n" + line + story)
        assert doc.meta.reporters == ("张三",) and doc.meta.affiliation == who and doc.meta.header_raw == (line,), line
        assert body(doc)[0].startswith("近日")
    doc = build("莫让形式主义耽误了基层治理\n■基层减负\n近日，某地要求基层干部每天在工作群里打卡，引发舆论关注，多方人士对此发表看法。\n")
    assert doc.meta.reporters == ()  # a mark before a word that is no name
    doc = build("某某奖获奖名单公布\n●张三\n●李四\n●王五\n以上获奖者将于下月在北京参加颁奖典礼，主办方将另行通知。\n")
    assert doc.meta.reporters == ()  # a list of names is no byline


# --------------------------------------------------------------------------- closing lines


def test_reporter_and_editor_closing_in_one_bracket_parted_by_a_slash() -> None:
    # 新唐人 / 希望之聲: （記者張三報導/責任編輯：李四） · （記者張三綜合報導／責任編輯：李四）
    for closing in ("（記者張三報導/責任編輯：李四）", "（記者張三綜合報導／責任編輯：李四）"):
        doc = build(f"某地發生抗議\n【新唐人2024年11月24日訊】某地近日發生民眾抗議事件。\n據知情人士透露，當局已派出大批警力。\n{closing}\n")
        assert doc.meta.reporters == ("張三",) and doc.meta.editors == ("李四",)
        assert isinstance(doc.blocks[-1], EditorLine) and body(doc)[-1].startswith("據知情人士")


def test_wires_and_an_outlets_app_closing_the_story_in_brackets_are_its_source() -> None:
    # 中新经纬: （中新经纬APP）, （新华社）: the outlet that published it
    for closing, agency in (("（中新经纬APP）", "中新经纬"), ("（新华社）", "新华社")):
        doc = build(f"某国延长核电站运行时间\n某国政府星期日宣布，将延长最后三座核电站的运行时间。\n{closing}\n")
        assert doc.meta.agency == agency and closing in doc.meta.header_raw, closing
        assert body(doc) == ["某国政府星期日宣布，将延长最后三座核电站的运行时间。"]
    # 德国之声 / 法广: (路透社、德新社) · 美国之音's note on the wires it drew on: the wires credited where
    # the story ends; the first gives the agency when nothing else names one
    for closing, agency in (("（路透社、德新社）", "路透社"), ("(法新社，美联社，路透社)", "法新社"),
                            ("（本文依据了美联社和路透社的报道）", "美联社"), ("（综合新华社、央视新闻报道）", "新华社")):
        doc = build(f"某国延长核电站运行时间\n某国政府星期日宣布，将延长最后三座核电站的运行时间。\n{closing}\n")
        assert doc.meta.agency == agency, closing
        assert isinstance(doc.blocks[-1], EditorLine) and doc.blocks[-1].raw == closing
        assert body(doc) == ["某国政府星期日宣布，将延长最后三座核电站的运行时间。"]


def test_closing_wires_never_outrank_the_outlet_or_a_dateline() -> None:
    from convertkit.readers.base import Hints

    story = "某国延长核电站运行时间\n某国政府星期日宣布，将延长最后三座核电站的运行时间。\n(德新社、路透社)\n"
    doc = build(story, Hints(extra={"outlet": "德国之声"}))
    assert doc.meta.agency == "德国之声" and doc.blocks[-1].text == "（德新社、路透社）"
    doc = build("某国延长核电站运行时间\n新华社柏林1月4日电 某国政府4日宣布，将延长最后三座核电站的运行时间。\n"
                "（综合央视新闻、中新社报道）\n")
    assert doc.meta.agency == "新华社" and isinstance(doc.blocks[-1], EditorLine)


def test_a_desks_roundup_note_closing_the_story_is_a_credit() -> None:
    for closing in ("（综合报道）", "（本报综合）", "(綜合報導)", "（综合外电）"):
        doc = build(f"某国延长核电站运行时间\n某国政府星期日宣布，将延长最后三座核电站的运行时间。\n{closing}\n")
        assert isinstance(doc.blocks[-1], EditorLine) and doc.blocks[-1].raw == closing, closing
        assert body(doc) == ["某国政府星期日宣布，将延长最后三座核电站的运行时间。"] and doc.meta.agency is None
    doc = build("某国延长核电站运行时间\n某国政府星期日宣布，将延长最后三座核电站的运行时间。\n（综合报道）\n"
                "分析人士认为，这一决定将影响该国今后数年的能源政策走向和电价水平。\n")
    assert "（综合报道）" in body(doc)  # more story after it: not the story's closing credit
    for glued in ("（综合报道）", "（本报综合）", "（综合新华社、央视新闻报道）"):  # glued to the last sentence
        doc = build(f"某国延长核电站运行时间\n某国政府星期日宣布，将延长最后三座核电站的运行时间。{glued}\n")
        assert body(doc) == ["某国政府星期日宣布，将延长最后三座核电站的运行时间。"], glued
        assert isinstance(doc.blocks[-1], EditorLine) and doc.blocks[-1].raw == glued


def test_an_unnamed_writers_affiliation_closing_the_story_is_a_credit() -> None:
    for closing in ("（作者单位：某某大学）", "（作者系某某研究院研究员）"):
        doc = build(f"某国延长核电站运行时间\n某国政府星期日宣布，将延长最后三座核电站的运行时间。\n{closing}\n")
        assert isinstance(doc.blocks[-1], EditorLine) and doc.blocks[-1].raw == closing, closing
        doc = build(f"某国延长核电站运行时间\n作者：张三\n某国政府星期日宣布，将延长最后三座核电站的运行时间。\n{closing}\n")
        assert doc.meta.affiliation in ("某某大学", "某某研究院研究员") and closing in doc.meta.furniture_raw
        assert body(doc) == ["某国政府星期日宣布，将延长最后三座核电站的运行时间。"]



def test_a_writers_affiliation_glued_after_the_last_sentence() -> None:
    note = "［作者单位：某某大学（某某学院）某某研究院］"
    story = "某国政府星期日宣布，将延长最后三座核电站的运行时间。"
    doc = build(f"某国延长核电站运行时间\n■张三\n{story}{note}\n")
    assert doc.meta.affiliation == "某某大学（某某学院）某某研究院" and note in doc.meta.furniture_raw
    assert body(doc) == [story]
    doc = build(f"某国延长核电站运行时间\n{story}{note}\n")  # no writer named: the note a credit
    assert body(doc) == [story] and isinstance(doc.blocks[-1], EditorLine) and doc.blocks[-1].raw == note
    doc = build(f"某国延长核电站运行时间\n{story}（作者系某某研究院研究员）\n分析人士认为，这一决定将影响该国今后数年的能源政策走向和电价水平。\n")
    assert body(doc)[0].endswith("（作者系某某研究院研究员）")  # more story after it: left as it is
    doc = build("某国延长核电站运行时间\n某国政府星期日宣布，将延长最后三座核电站的运行时间。\n（路透社、某某研究所）\n")
    assert body(doc)[-1] == "（路透社、某某研究所）"  # a list naming what is no wire stays the story's


# --------------------------------------------------------------------------- furniture


def test_bbc_screen_reader_words_before_a_videos_caption_and_its_running_time() -> None:
    # BBC中文 (its page's words for a screen reader, kept in a copy): 视频加注文字，… · 说明文字，… · 节目全长 2,05
    from conftest import caption_blocks as captions

    doc = build("某国大选结果揭晓\n2024年11月6日\n视频加注文字，某候选人在集会上发表演讲\n节目全长 2,05\n"
                "某国前总统星期三宣布赢得2024年大选。\n说明文字，支持者在集会现场欢呼\n"
                "他在支持者面前发表讲话时说，这是一场伟大的胜利。\n視頻加註文字，某候選人發表演講\n節目全長 1,12 01:12\n")
    assert [caption.text for caption in captions(doc)] == [
        "视频加注文字，某候选人在集会上发表演讲", "说明文字，支持者在集会现场欢呼", "視頻加註文字，某候選人發表演講"]
    assert doc.meta.furniture_raw == ("节目全长 2,05", "節目全長 1,12 01:12")
    assert body(doc) == ["某国前总统星期三宣布赢得2024年大选。", "他在支持者面前发表讲话时说，这是一场伟大的胜利。"]


def test_a_portals_labelled_note_on_the_stories_it_carries_is_furniture() -> None:
    # 新浪财经: 新浪声明：此消息系转载自新浪合作媒体，…并不意味着赞同其观点…不构成投资建议。…风险自担。
    notice = ("新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。"
              "文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。")
    story = "某指数11月24日集体收涨，成交额超过1万亿元，北向资金净买入50亿元。"
    doc = build(f"某指数集体收涨\n来源：某某证券报\n{story}\n{notice}\n")
    assert doc.meta.furniture_raw == (notice,) and body(doc) == [story]
    statement = "某公司声明：网传侵权消息不实，公司将依法追究造谣者的法律责任，并保留进一步追究的权利。"
    doc = build(f"某指数集体收涨\n来源：某某证券报\n{story}\n{statement}\n")
    assert body(doc)[-1] == statement  # a company's statement the story reports stays


def test_an_outlets_footer_prompts_run_into_one_line_are_furniture() -> None:
    # 极目新闻: 更多精彩资讯请在应用市场下载“某某新闻”客户端，未经授权请勿转载，欢迎提供新闻线索，一经采纳即付报酬。…热线
    footer = ("更多精彩资讯请在应用市场下载“某某新闻”客户端，未经授权请勿转载，欢迎提供新闻线索，一经采纳即付报酬。"
              "24小时报料热线027-12345678。")
    story = "11月24日，某某大桥开始封闭维修，预计持续一个月。"
    doc = build(f"某某大桥封闭维修\n某某新闻记者 张三\n{story}\n{footer}\n")
    assert doc.meta.furniture_raw == (footer,) and body(doc) == [story]
    for line in ("欢迎广大市民关注，并积极提供线索。", "欢迎市民提供线索，一经查实将给予奖励，举报电话12345。"):
        doc = build(f"某某大桥封闭维修\n某某新闻记者 张三\n{story}\n{line}\n")
        assert body(doc)[-1] == line, line  # an appeal of the story's


def test_a_social_accounts_plea_is_furniture() -> None:
    # 德国之声: DW中文有Instagram！欢迎搜寻dw.chinese，看更多贴近时事的图文与影音报导。
    plea = "某某中文有Instagram！欢迎搜寻someaccount，看更多贴近时事的图文与影音报导。"
    story = "某国政府星期日宣布，将延长最后三座核电站的运行时间。"
    doc = build(f"某国延长核电站运行时间\n{story}\n{plea}\n")
    assert doc.meta.furniture_raw == (plea,) and body(doc) == [story]
    said = "某国总统在Twitter上发文称，关注此事的民众可以登录政府网站查询。"
    assert body(build(f"某国延长核电站运行时间\n{story}\n{said}\n"))[-1] == said


def test_helpline_notice_under_a_crisis_story_is_furniture() -> None:
    # Taiwan's papers (衛福部's guidelines), Hong Kong's, the mainland's 心理援助热线: beside the story, not of it
    notices = (
        "珍惜生命，自殺不能解決問題，生命一定可以找到出路。若需諮商或相關協助可撥生命線專線1995、張老師專線1980。",
        "＊珍惜生命，拒絕自殺。若需要協助，請撥打1925安心專線。",
        "自殺防治諮詢安心專線：1925（依舊愛我）",
        "如有需要，請致電以下熱線：撒瑪利亞防止自殺會 2389 2222、生命熱線 2382 0000。",
        "如果你或身边的人正面临心理困扰，可拨打全国心理援助热线12356寻求帮助。",
    )
    story = ("警方已介入調查，衛福部表示，去年安心專線1925接聽電話逾10萬通。", "民眾可撥打1999市民熱線反映問題。")
    doc = build("男子輕生送醫\n記者張三／台中報導\n台中市一名男子今天凌晨輕生，家人發現後緊急送醫。\n" + "\n".join(story + notices) + "\n")
    assert body(doc)[1:] == list(story)
    assert doc.meta.furniture_raw == notices


def test_a_print_sidebars_label_after_its_box_mark() -> None:
    # 人民日报 and the print papers: ■链接 · ■记者手记 over a box's text; ■相关新闻 over teasers
    story = "某市地铁新线开通\n本报讯（记者 张三）11月24日，某市地铁新线开通运营，全长30公里，设站20座。\n新线开通后，市民出行将更加便捷。\n"
    box = "某市地铁自2010年开通以来，已建成10条线路，总里程达300公里。"
    for label, shown in (("■链接", "链接"), ("■记者手记", "记者手记"), ("◆背景", "背景")):
        doc = build(f"{story}{label}\n{box}\n")
        headings = [block for block in doc.blocks if isinstance(block, Heading)]
        assert [heading.text for heading in headings] == [shown] and body(doc)[-1] == box, label
    doc = build(f"{story}■相关新闻\n某市公交调整线路\n")
    related = [block for block in doc.blocks if isinstance(block, RelatedLinks)]
    assert len(related) == 1 and related[0].label == "相关新闻" and related[0].items[0].title == "某市公交调整线路"
    for line in ("■某市地铁集团：新线明年开通", "■张三", "■资料图片"):
        doc = build(f"{story}{line}\n{box}\n")
        assert not any(isinstance(block, Heading) for block in doc.blocks), line


def test_a_links_label_over_prose_is_a_boxs_heading() -> None:
    # 背景链接： alone over a box of background prose: the box's heading, the prose the story's text
    story = "某市地铁新线开通\n本报讯（记者 张三）11月24日，某市地铁新线开通运营，全长30公里，设站20座。\n新线开通后，市民出行将更加便捷。\n"
    box = ("某市地铁自2010年开通以来，已建成10条线路，总里程达300公里。", "目前在建线路还有5条，预计2027年全部建成。")
    for label, shown in (("背景链接：", "背景链接"), ("相关链接：", "相关链接"), ("【链接】", "链接"), ("新闻链接", "新闻链接")):
        doc = build(f"{story}{label}\n" + "\n".join(box) + "\n")
        headings = [block for block in doc.blocks if isinstance(block, Heading)]
        assert [heading.text for heading in headings] == [shown] and body(doc)[-2:] == list(box), label
        assert not any(isinstance(block, RelatedLinks) for block in doc.blocks)
    doc = build(f"{story}相关链接：\n某市公交调整线路\n某市新增两条夜班线路\n")  # over titles: a list of links
    assert [block.kind for block in doc.blocks][-1] == "related_links"


# --------------------------------------------------------------------------- speeches


def test_a_speechs_speaker_under_its_headline_and_its_day_in_the_subtitle() -> None:
    # 政府工作报告 / ——2024年3月5日在…会议上 / 国务院总理　李强 / 各位代表：
    doc = build("政府工作报告\n——2024年3月5日在某某会议上\n某院院长　张三\n各位代表：\n"
                "现在，我代表某院，向大会报告工作，请予审议，并请各位委员提出意见。\n")
    assert doc.meta.reporters == ("张三",) and doc.meta.affiliation == "某院院长"
    assert doc.meta.published == "2024-03-05" and "某院院长　张三" in doc.meta.header_raw
    assert isinstance(doc.blocks[0], Salutation) and body(doc)[0].startswith("现在")
    # 在全省经济工作会议上的讲话 / （2024年11月24日） / 张三 / 同志们：
    doc = build("在全省经济工作会议上的讲话\n（2024年11月24日）\n张三\n同志们：\n这次会议的主要任务是，总结今年经济工作，部署明年经济工作。\n")
    assert doc.meta.reporters == ("张三",) and doc.meta.published == "2024-11-24"
    # Hong Kong's 致辭 in Traditional script, the chair addressed first
    doc = build("在某某會議上的致辭\n（二〇二四年十一月二十四日）\n行政長官　張三\n主席、各位議員：\n"
                "今天，我向大會發表報告，闡述政府未來的工作方向。\n")
    assert doc.meta.reporters == ("張三",) and doc.meta.affiliation == "行政長官" and doc.meta.published == "2024-11-24"
    assert isinstance(doc.blocks[0], Salutation) and doc.blocks[0].text == "主席、各位議員："
    doc = build("某地举行某某活动\n张三\n某地今天举行某某活动，吸引了大批市民参加，现场气氛热烈。\n")
    assert doc.meta.affiliation is None  # a name under a story's headline is read as before


def test_a_speechs_salutation_in_a_row_and_over_two_lines() -> None:
    doc = build("坚定不移推动高质量发展\n——在某某论坛开幕式上的主旨演讲\n某国主席　张三\n尊敬的各位来宾，\n女士们，先生们，朋友们：\n"
                "大家好！很高兴出席本次论坛开幕式，同各位新老朋友见面。\n")
    assert isinstance(doc.blocks[0], Salutation) and doc.blocks[0].text == "尊敬的各位来宾，女士们，先生们，朋友们："
    assert doc.meta.reporters == ("张三",) and body(doc)[0].startswith("大家好")
    doc = build("在某某大会上的致辞\n女士们，先生们：\n今天，我们在这里隆重集会，庆祝某某大会胜利召开。\n")
    assert isinstance(doc.blocks[0], Salutation) and doc.blocks[0].text == "女士们，先生们："


def test_a_market_digests_first_item_is_a_heading_as_the_others_are() -> None:
    # 晚间公告汇总 (证券时报, 中证网, 上证报): 某科技（300001）：拟收购… over the paragraph telling it
    doc = build("晚间公告汇总\n来源：证券时报网\n某科技（300001）：拟收购某公司51%股权\n"
                "某科技公告，公司拟以现金5亿元收购某公司51%股权，交易完成后某公司将成为公司控股子公司。\n"
                "某药业（600002）：新药获批上市\n某药业公告，公司新药获国家药监局批准上市，主要用于治疗肺癌。\n")
    headings = [block.text for block in doc.blocks if isinstance(block, Heading)]
    assert headings == ["某科技（300001）：拟收购某公司51%股权", "某药业（600002）：新药获批上市"]
    assert body(doc)[0].startswith("某科技公告")
    doc = build("某科技拟收购某公司\n某科技（300001）：拟收购某公司51%股权\n"
                "某科技公告，公司拟以现金5亿元收购某公司51%股权，交易完成后某公司将成为公司控股子公司。\n")
    assert not any(isinstance(block, Heading) for block in doc.blocks)  # one company's news: no digest


# --------------------------------------------------------------------------- Taiwanese credits


@pytest.mark.parametrize(("line", "agency", "place", "names"), [
    ("【陳靜文／綜合報導】政策今天公布。", None, None, ("陳靜文",)),  # the name, a slash, a roundup
    ("【范麗玉記者 台南報導】政策今天公布。", None, "台南", ("范麗玉",)),  # the name before the title
    ("【警政時報 薛秀蓮 / 台北報導】政策今天公布。", "警政時報", "台北", ("薛秀蓮",)),  # an outlet we do not list
    ("【波新聞─李至文／高雄報導】賽事於高雄舉行。", "波新聞", "高雄", ("李至文",)),
    ("【今傳媒/記者李祖東報導】政策今天公布。", "今傳媒", None, ("李祖東",)),  # the outlet, a slash, the credit
    ("（中央社特派記者戴雅真名古屋6日電）政策今天公布。", "中央社", "名古屋", ("戴雅真",)),  # a special correspondent
    ("（中央社特派記者李小明瓜地馬拉6日電）政策今天公布。", "中央社", "瓜地馬拉", ("李小明",)),
    ("【記者王小明高市報導】政策今天公布。", None, "高市", ("王小明",)),  # a county or city cut short
    ("【記者王小明臺北市報導】政策今天公布。", None, "臺北市", ("王小明",)),
    ("編譯陳韻涵／綜合報導 政策今天公布。", None, None, ("陳韻涵",)),  # the translator, no masthead
    ("（大紀元記者常學西雅圖綜合報導）政策今天公布。", "大紀元", "西雅圖", ("常學",)),
    ("記者張小媛、周威志、SNG／台北報導 政策今天公布。", None, "台北", ("張小媛", "周威志")),  # the crew is no person
    ("記者王小明及李小明／台北報導 政策今天公布。", None, "台北", ("王小明", "李小明")),
    ("林欣漢記者／台北報導 政策今天公布。", None, "台北", ("林欣漢",)),  # the title after the name
    ("（大紀元記者鍾元台灣綜合報導）政策今天公布。", "大紀元", "台灣", ("鍾元",)),  # a roundup from a country
    ("（大紀元記者徐曼沅橙縣報導）政策今天公布。", "大紀元", "橙縣", ("徐曼沅",)),
])
def test_bracketed_credits_of_taiwanese_sites(line: str, agency: str | None, place: str | None, names: tuple[str, ...]) -> None:
    found = match_dateline(line)
    assert found is not None and (found.agency, found.place, found.reporters) == (agency, place, names)
    assert line[found.end :][:1] in "政賽"


def test_more_taiwanese_credits_read_as_bylines() -> None:
    story = "\n市政府今天召開記者會，宣布明年度的施政重點，包括交通與住宅政策。\n"
    for line, names in (("記者廖建智嘉縣報導", ("廖建智",)), ("記者谷辣斯．尤達卡／台北報導", ("谷辣斯．尤達卡",)),
                        ("By Lo Tien-pin and Fion Khan", ("Lo Tien-pin", "Fion Khan")), ("台北／記者林欣漢", ("林欣漢",)),
                        ("圖文／王小明", ("王小明",)), ("文／記者林欣若\u3000圖／品牌提供", ("林欣若",)),
                        ("文／Amy Denney 編譯／朱緯", ("Amy Denney", "朱緯")), ("作者：Jason Douglas", ("Jason Douglas",))):
        doc = build("某市公布施政重點\n" + line + story)
        assert doc.meta.reporters == names, line


def test_an_outlet_after_a_writers_label_is_no_pen_name() -> None:
    # 文／鏡週刊 · 文／常春月刊 · 文／七逗旅遊網 · 文／臺北市 · 文／社群編輯: no writer is named
    story = "\n市政府今天召開記者會，宣布明年度的施政重點，包括交通與住宅政策。\n"
    for line in ("文／某某週刊", "文／某某月刊", "文／某某旅遊網", "文／臺北市", "文／社群編輯"):
        assert build("某市公布施政重點\n" + line + story).meta.reporters == (), line
    assert build("某市公布施政重點\n文／叨叨姐" + story).meta.reporters == ("叨叨姐",)  # a pen name still is one


def test_a_credits_place_after_the_slash_is_no_reporter() -> None:
    # 好房網News記者李彥穎／高雄報導: 高雄 was read as a second reporter
    doc = build("某市公布施政重點\n好房網News記者李彥穎／高雄報導\n市政府今天召開記者會，宣布明年度的施政重點，包括交通與住宅政策。\n")
    assert doc.meta.reporters == ("李彥穎",)
