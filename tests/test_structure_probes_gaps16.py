"""Reading gaps of plain-text articles closed in the gaps16 round: a reader mode's unlabelled
byline, an editor's note of several paragraphs over the story, a column's tag at the head of a
lead, a page's tag row under the story, a page's stamp and credit line of its own. Each test is a
synthetic article in the real convention."""

from __future__ import annotations

import pytest

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import EditorNote, Lead, SeriesLabel
from convertkit.writers.text import render_text

_TITLE = "我国首台自主研发超大直径盾构机下线\n"
_STORY = "由我国自主研发的首台超大直径盾构机10日在湖南长沙下线，标志着我国在该领域取得重要突破。\n据介绍，该盾构机开挖直径达16米，整机长约150米。\n"


# --------------------------------------------------------------------------- a reader mode's byline


@pytest.mark.parametrize("line", [
    "王晓明 李娜 · 新华网 · 2024-05-10",
    "王晓明 李娜 | 新华网 | 2024-05-10 08:30",
    "王晓明 李娜｜新华网｜2024-05-10",
])
def test_a_reader_modes_byline_gives_writers_outlet_and_date(line: str) -> None:
    doc = build(_TITLE + line + "\n" + _STORY)
    assert doc.meta.reporters == ("王晓明", "李娜")
    assert doc.meta.agency == "新华网" and doc.meta.published is not None and doc.meta.published.startswith("2024-05-10")
    assert line in doc.meta.header_raw
    assert body(doc) == _STORY.split()


@pytest.mark.parametrize(("line", "agency", "published"), [
    ("王晓明、李娜 · 新华网 · 2024-05-10", "新华网", "2024-05-10"),
    ("王晓明 李娜 · 2024-05-10 · 阅读 5 分钟", None, "2024-05-10"),
    ("新华网 · 王晓明 李娜 · 约 3 分钟", "新华网", None),
    ("新华网\n王晓明 李娜\n2024-05-10", "新华网", "2024-05-10"),
])
def test_a_reader_modes_byline_with_its_reading_time_or_a_line_a_part(line: str, agency: str | None,
                                                                      published: str | None) -> None:
    doc = build(_TITLE + line + "\n" + _STORY)
    assert doc.meta.reporters == ("王晓明", "李娜")
    assert (doc.meta.agency, doc.meta.published) == (agency, published)
    assert body(doc) == _STORY.split()


def test_a_reader_modes_byline_of_one_writer_or_of_words_only() -> None:
    doc = build(_TITLE + "王晓明 · 新华网 · 2024-05-10\n" + _STORY)
    assert doc.meta.reporters == ("王晓明",) and doc.meta.agency == "新华网"
    doc = build(_TITLE + "2024-05-10 08:30 · 来源：人民网\n" + _STORY)
    assert doc.meta.agency == "人民网" and doc.meta.reporters == ()
    # words that are no names beside the date stay what they were: no writers made of them
    doc = build(_TITLE + "高温 暴雨 · 2024-05-10\n" + _STORY)
    assert doc.meta.reporters == ()


# --------------------------------------------------------------------------- an editor's note of several paragraphs

_NOTE = "【编者按】长江是中华民族的母亲河。十年来，沿江各地坚持共抓大保护，生态环境发生了转折性变化。\n"
_NOTE_MORE = "即日起，本报推出“长江十年”系列报道，记者深入沿江各地，记录长江生态之变。\n"
_LEAD = "初冬时节，长江武汉段江面开阔，江豚不时跃出水面。记者在江滩公园看到，游人如织。\n"
_MORE = "“这几年江豚越来越多了。”在江边生活了几十年的李大爷说。\n"


def _notes(doc: object) -> list[str]:
    return [block.text for block in doc.blocks if isinstance(block, EditorNote)]  # type: ignore[attr-defined]


def test_an_editors_note_runs_on_to_the_dateline() -> None:
    doc = build("守护长江母亲河\n2024-12-06 08:30 来源：湖北日报\n" + _NOTE + _NOTE_MORE + "敬请关注。\n"
                + "湖北日报讯（记者张三）" + _LEAD + _MORE)
    assert _notes(doc) == [_NOTE[5:].strip(), _NOTE_MORE.strip(), "敬请关注。"]
    lead = next(block for block in doc.blocks if isinstance(block, Lead))
    assert lead.text == _LEAD.strip() and doc.meta.reporters == ("张三",)


@pytest.mark.parametrize("end", ["——————\n", "本报记者 张三 李四\n"])
def test_an_editors_note_runs_on_to_a_rule_or_a_byline(end: str) -> None:
    doc = build("守护长江母亲河\n" + _NOTE + _NOTE_MORE + end + _LEAD + _MORE)
    assert _notes(doc) == [_NOTE[5:].strip(), _NOTE_MORE.strip()]
    assert body(doc) == [_LEAD.strip(), _MORE.strip()]


def test_a_one_paragraph_note_leaves_the_lead_under_it() -> None:
    # nothing marks where the note ends: its one paragraph, and the story's first is the lead
    doc = build("守护长江母亲河\n本报记者 张三 李四\n" + _NOTE + _LEAD + _MORE)
    assert _notes(doc) == [_NOTE[5:].strip()]
    assert body(doc) == [_LEAD.strip(), _MORE.strip()]
    doc = build("守护长江母亲河\n" + _NOTE + "新华社武汉12月6日电（记者张三）" + _LEAD + _MORE)
    assert _notes(doc) == [_NOTE[5:].strip()] and body(doc) == [_LEAD.strip(), _MORE.strip()]


# --------------------------------------------------------------------------- a column's tag at the head of a lead

_ROAD = "今天上午7时许，京港澳高速长沙段南往北方向车流量较大，部分路段通行缓慢，请过往车辆提前规划路线。\n"
_ROAD_MORE = "据高速交警介绍，目前现场交通秩序正常，预计上午10时后车流逐步恢复正常。\n"


@pytest.mark.parametrize("tag", ["【路况快报】", "【天气预报】", "【早间新闻】"])
def test_a_column_tag_opening_the_lead_is_no_agency(tag: str) -> None:
    doc = build("京港澳高速长沙段今晨车流量大\n" + tag + _ROAD + _ROAD_MORE)
    assert doc.meta.agency is None and doc.meta.dateline is None
    assert body(doc)[0] == tag + _ROAD.strip()
    # an outlet's name in the brackets still opens the story as its agency
    doc = build("京港澳高速长沙段今晨车流量大\n【现代快报】" + _ROAD + _ROAD_MORE)
    assert doc.meta.agency == "现代快报" and body(doc)[0] == _ROAD.strip()


def test_a_column_tag_over_the_lead_or_before_its_dateline_is_the_series() -> None:
    for story in ("【路况快报】\n" + _ROAD, "【路况快报】长沙晚报讯（记者 张三）" + _ROAD):
        doc = build("京港澳高速长沙段今晨车流量大\n" + story + _ROAD_MORE)
        assert doc.meta.series is not None and doc.meta.series.name == "路况快报"
        assert isinstance(doc.blocks[0], SeriesLabel) and isinstance(doc.blocks[1], Lead)
        assert body(doc) == [_ROAD.strip(), _ROAD_MORE.strip()]
    assert doc.meta.agency == "长沙晚报" and doc.meta.reporters == ("张三",)


# --------------------------------------------------------------------------- a page's tag row under the story

_UDN = ("台積電熊本二廠動工 日本政府再補助\n2026-12-06 10:23 經濟日報／ 記者王小明／即時報導\n"
        "台積電日本熊本第二座晶圓廠今日舉行動土典禮，日本經濟產業省宣布將再補助最多7320億日圓。\n"
        "業界人士指出，日本政府大力扶植半導體產業，盼重振日本半導體供應鏈。\n")


def test_a_tag_row_under_the_story_gives_the_keywords() -> None:
    doc = build(_UDN + "台積電 熊本 晶圓\n延伸閱讀\n台積電美國廠良率追上台灣\n")
    assert doc.meta.keywords == ("台積電", "熊本", "晶圓")
    assert len(body(doc)) == 2 and "台積電 熊本 晶圓" in doc.meta.header_raw
    doc = build(_UDN + "責任編輯：李小華\n台積電 熊本 晶圓 半導體 AI\n")
    assert doc.meta.keywords == ("台積電", "熊本", "晶圓", "半導體", "AI") and len(body(doc)) == 2


@pytest.mark.parametrize("line", [
    "張三 李四 王五",  # a list of names
    "新聞 體育",  # a menu's channels
    "工作日的上午 工作日的下午",  # a form's choices
    "某某市人民政府 2024年5月10日",  # a signature
    "奋进新时代 建功新征程",  # a slogan's two halves
])
def test_short_lines_of_words_under_the_story_are_no_tag_row(line: str) -> None:
    doc = build(_UDN + line + "\n")
    assert doc.meta.keywords == ()
    assert line in "".join(getattr(block, "text", "") for block in doc.blocks)


def test_a_row_of_words_above_more_story_or_under_a_colon_is_no_tag_row() -> None:
    doc = build(_UDN + "台積電 熊本 晶圓\n台積電表示，熊本二廠預計2027年底量產，將採用6奈米製程，月產能約5萬片。\n")
    assert doc.meta.keywords == ()
    assert "台積電 熊本 晶圓" in [getattr(block, "text", "") for block in doc.blocks]  # a subheading, as before
    doc = build(_UDN + "熊本二廠的重點如下：\n製程 產能\n")
    assert doc.meta.keywords == ()


# --------------------------------------------------------------------------- a page's stamp and credit on a line of its own


def test_a_stamp_and_credit_line_of_its_own_is_read_not_printed_before_the_lead() -> None:
    doc = build(_UDN)
    assert doc.meta.agency == "經濟日報" and doc.meta.reporters == ("王小明",)
    assert doc.meta.published == "2026-12-06T10:23"
    assert doc.meta.dateline is not None and doc.meta.dateline.raw.startswith("2026-12-06 10:23")
    lines = render_text(doc).splitlines()
    lead = next(line for line in lines if "台積電日本熊本" in line)
    assert lead.strip() == "台積電日本熊本第二座晶圓廠今日舉行動土典禮，日本經濟產業省宣布將再補助最多7320億日圓。"
    assert not any("即時報導" in line for line in lines)
    # a wire's dateline opening the lead's sentence is printed there still, and so is a credit line
    # without the page's stamp (聯合報／ 記者張三／台北報導, as the print edition opens its story)
    doc = build("標題在此\n聯合報／ 記者張三／台北報導\n行政院今天通過明年度預算案。\n")
    assert any(line.strip().startswith("聯合報／") for line in render_text(doc).splitlines())


# --------------------------------------------------------------------------- overseas outlets' captions, datelines, credits

_NYT = ("中国经济放缓，年轻人涌向考公\nKEITH BRADSHER, JOY DONG\n2024年5月10日\n"
        "在北京一家咨询公司工作的王女士去年辞职，开始全职备考公务员。 GILLES SABRIÉ FOR THE NEW YORK TIMES\n"
        "北京——在中国经济增长放缓之际，越来越多的年轻人涌向公务员考试。\n今年有超过300万人报名参加国家公务员考试。\n")


def test_a_caption_with_a_credit_in_capitals_and_a_glued_dash_dateline() -> None:
    doc = build(_NYT)
    captions = [block for block in doc.blocks if block.kind == "caption"]
    assert len(captions) == 1 and captions[0].text.endswith("FOR THE NEW YORK TIMES")
    assert doc.meta.photographers == ("GILLES SABRIÉ",)
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "北京"
    assert body(doc) == ["在中国经济增长放缓之际，越来越多的年轻人涌向公务员考试。", "今年有超过300万人报名参加国家公务员考试。"]
    # a headline-like line opening with a name and a dash is no dateline: the place must be listed
    doc = build("中国——东盟博览会今日开幕\n中国——东盟博览会今天在南宁开幕，多国代表出席。\n")
    assert doc.meta.dateline is None


@pytest.mark.parametrize(("credit", "photographer"), [
    ("REUTERS - Pool", None), ("© AFP - Ludovic Marin", "Ludovic Marin"), ("Ludovic Marin / AFP", "Ludovic Marin"),
])
def test_a_caption_closed_by_a_wires_picture_credit(credit: str, photographer: str | None) -> None:
    doc = build("法国总统马克龙访华\n发表时间： 10/05/2024 - 08:30\n法国总统马克龙抵达北京。 " + credit + "\n"
                + "法国总统马克龙5月10日抵达北京，开始对中国进行国事访问。\n中法双方签署了多项合作协议。\n")
    caption = doc.blocks[0]
    assert caption.kind == "caption" and caption.photographer == photographer  # type: ignore[attr-defined]
    assert body(doc)[0].startswith("法国总统马克龙5月10日")


@pytest.mark.parametrize("line", ["来源：路透社、德新社", "来源：路透社/法新社", "来源：美联社 路透社"])
def test_a_closing_source_line_listing_wires_is_their_credit(line: str) -> None:
    story = "德国经济部周三发布的最新预测显示，今年德国经济将萎缩0.2%。\n经济部长哈贝克表示，德国经济面临结构性挑战。\n"
    doc = build("德国经济今年或将萎缩\n2024年5月10日\n(德国之声中文网)" + story + line + "\n")
    assert doc.blocks[-1].kind == "editor_line" and doc.blocks[-1].text == line
    assert doc.meta.agency == "德国之声"  # the outlet that compiled it stays the agency
    doc = build("德国经济今年或将萎缩\n2024年5月10日\n" + story + line + "\n")
    assert doc.meta.agency == line[3:5] + "社" and len(body(doc)) == 2
    # an outlet we do not list among them: the line stays as it was
    doc = build("德国经济今年或将萎缩\n" + story + "来源：某某网、新华社\n")
    assert doc.blocks[-1].kind != "editor_line"


# --------------------------------------------------------------------------- BBC中文's caption label and topics, 澎湃号's notice

_BBC_STORY = ("英国工党在周四举行的大选中赢得压倒性胜利，结束了保守党14年的执政。\n"
              "工党领袖斯塔默在胜选演说中表示，“变革从现在开始”。\n")


def test_a_caption_label_on_a_line_of_its_own_joins_the_caption_under_it() -> None:
    doc = build("英国大选：工党赢得压倒性胜利\n2024年7月5日\n图像来源，Getty Images\n图像加注文字，\n"
                "斯塔默在伦敦发表胜选演说\n" + _BBC_STORY)
    assert [block.kind for block in doc.blocks] == ["caption", "lead", "paragraph"]
    assert doc.blocks[0].text == "斯塔默在伦敦发表胜选演说（图像来源：Getty Images）"
    assert doc.meta.photographers == ("Getty Images",)
    doc = build("英国大选：工党赢得压倒性胜利\n2024年7月5日\n图像加注文字，\n斯塔默在伦敦发表胜选演说\n" + _BBC_STORY)
    assert [block.kind for block in doc.blocks] == ["caption", "lead", "paragraph"]
    assert doc.blocks[0].text == "斯塔默在伦敦发表胜选演说"


def test_topics_listed_a_line_each_under_their_label_are_the_keywords() -> None:
    doc = build("英国大选：工党赢得压倒性胜利\n2024年7月5日\n" + _BBC_STORY + "相关话题\n英国\n选举\n")
    assert doc.meta.keywords == ("英国", "选举") and body(doc) == _BBC_STORY.split()
    # story after the lines: the label is no topic list's
    doc = build("英国大选：工党赢得压倒性胜利\n" + _BBC_STORY + "相关话题\n英国\n保守党领袖苏纳克承认败选，并向斯塔默表示祝贺。\n")
    assert doc.meta.keywords == ()


def test_a_self_media_platforms_notice_is_furniture() -> None:
    notice = ("本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
              "澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。")
    doc = build("上海发布新一轮人才政策\n2024-05-10 08:30 来源：澎湃新闻\n"
                "5月10日，上海市人力资源和社会保障局发布新一轮人才引进政策。\n政策明确，应届硕士研究生可直接落户。\n" + notice + "\n")
    assert notice in doc.meta.furniture_raw and len(body(doc)) == 2


def test_a_listed_outlets_name_set_before_the_headline_is_cut_off() -> None:
    story = "港股今日反覆下跌，恒指收市跌200點，報18500點。\n科技股普遍受壓。\n"
    doc = build("信報即時新聞 -- 港股收市跌200點 恒指報18500\n2024年5月10日 16:10\n" + story)
    assert doc.meta.title == "港股收市跌200點 恒指報18500"
    # a place or a name we do not list before a spaced dash stays in the headline
    doc = build("聯合國 — 秘書長呼籲加沙停火\n2024年5月10日 16:10\n" + story)
    assert doc.meta.title == "聯合國 — 秘書長呼籲加沙停火"


# --------------------------------------------------------------------------- closing credits of overseas outlets

_EV = "中国电动车出口激增引发欧洲担忧\nALEXANDRA STEVENSON 2024年5月10日\n香港——中国电动汽车制造商正在加速进军欧洲市场。\n欧盟官员表示，正在调查中国政府对电动车行业的补贴。\n"


def test_a_latin_named_helpers_contribution_note_is_a_credit() -> None:
    doc = build(_EV + "Chris Buckley对本文有报道贡献。\n")
    assert doc.blocks[-1].kind == "editor_line" and doc.meta.reporters == ("ALEXANDRA STEVENSON",)
    assert len(body(doc)) == 2


def test_a_closing_note_on_the_bylines_writer_gives_the_affiliation() -> None:
    doc = build(_EV + "Alexandra Stevenson是《纽约时报》驻香港记者。\n翻译：晋其角\n")
    assert [block.kind for block in doc.blocks][-2:] == ["editor_line", "editor_line"]
    assert doc.meta.affiliation == "《纽约时报》驻香港记者" and len(body(doc)) == 2
    # a sentence about someone else is the story's
    doc = build(_EV + "Alexandra Stevenson是《纽约时报》驻香港记者。\n欧盟官员表示，调查将持续数月，最终结果尚难预料。\n")
    assert doc.meta.affiliation is None
    doc = build(_EV + "李明是一家电动车企业的销售经理。\n")
    assert doc.meta.affiliation is None and body(doc)[-1] == "李明是一家电动车企业的销售经理。"


def test_a_copyright_line_with_the_year_names_the_outlet() -> None:
    doc = build("德国通胀率回落至2.2%\n日期 10.05.2024\n作者 王晓明\n"
                "德国联邦统计局周五公布的数据显示，4月德国通胀率回落至2.2%。\n经济学家预计，欧洲央行可能在6月降息。\n"
                "© 2024年德国之声\n")
    assert doc.meta.agency == "德国之声" and "© 2024年德国之声" in doc.meta.furniture_raw
    doc = build("德国通胀率回落至2.2%\n德国联邦统计局周五公布的数据显示，4月德国通胀率回落至2.2%。\n© 2024 某某工作室\n")
    assert doc.meta.agency is None


def test_a_mastheads_channel_on_a_separated_line_is_part_of_the_header() -> None:
    doc = build("广州地铁十号线今日开通\n南方都市报APP • 奥一新闻\n记者 王晓明\n发布时间：2024-05-10 10:30\n"
                "5月10日，广州地铁十号线正式开通运营，全线设车站14座。\n据介绍，十号线全长19.2公里。\n")
    assert doc.meta.agency == "南方都市报" and doc.meta.reporters == ("王晓明",)
    assert "南方都市报APP • 奥一新闻" in doc.meta.header_raw and len(body(doc)) == 2


def test_the_headline_under_a_bracketed_editors_note_over_the_copy() -> None:
    doc = build("【编者按】今年是改革开放46周年。本报即日起推出“改革潮涌”系列报道，敬请关注。\n"
                "深圳：从小渔村到国际化大都市\n本报记者 王晓明\n"
                "深圳，这座因改革开放而生的城市，如今已成为国际化大都市。\n1980年，深圳经济特区正式成立。\n")
    assert doc.meta.title == "深圳：从小渔村到国际化大都市" and not doc.meta.title_derived
    assert [block.kind for block in doc.blocks] == ["editor_note", "lead", "paragraph"]


@pytest.mark.parametrize(("line", "agency", "label"), [
    ("2024/05/10 08:30 中時新聞網 王小明", "中時新聞網", None),  # the masthead and the writer after the stamp
    ("2024-05-10 08:30 經濟日報／ 編譯王小明／綜合外電", "經濟日報", "編譯"),  # the foreign desk's credit
])
def test_a_pages_stamp_then_its_masthead_and_writer(line: str, agency: str, label: str | None) -> None:
    story = "行政院今天通過明年度總預算案，總額達新台幣3兆元。\n主計總處表示，歲入歲出差短將以舉債支應。\n"
    doc = build("明年度總預算案出爐\n" + line + "\n" + story)
    assert (doc.meta.agency, doc.meta.reporters, doc.meta.reporter_label) == (agency, ("王小明",), label)
    assert doc.meta.published == "2024-05-10T08:30"
    assert render_text(doc).count("王小明") == 1  # on the meta line, not before the lead


_RAIN = "受冷空气影响，明天全市有小到中雨，气温下降5℃左右。\n气象部门提醒，市民出行注意携带雨具。\n"


def test_a_column_tag_glued_to_the_byline_is_the_series() -> None:
    doc = build("明天全市有小到中雨\n2024-05-10 17:20:10 来源：长沙晚报\n【天气预报】长沙晚报全媒体记者 王晓明 通讯员 李娜\n" + _RAIN)
    assert doc.meta.series is not None and doc.meta.series.name == "天气预报"
    assert doc.meta.reporters == ("王晓明", "李娜") and body(doc) == _RAIN.split()
    assert isinstance(doc.blocks[0], SeriesLabel) and doc.blocks[0].text == "【天气预报】"


def test_an_unlisted_papers_masthead_glued_to_its_apps_name_over_the_stamp() -> None:
    doc = build("明天全市有小到中雨\n长沙晚报掌上长沙 2024-05-10 17:20:10\n" + _RAIN)
    assert doc.meta.agency == "长沙晚报" and doc.meta.published == "2024-05-10T17:20:10"
    assert body(doc) == _RAIN.split()
    # a paper's name with a credit after it is no app's: the writer is read
    doc = build("明天全市有小到中雨\n长沙晚报记者王晓明 2024-05-10 17:20:10\n" + _RAIN)
    assert doc.meta.reporters == ("王晓明",)
