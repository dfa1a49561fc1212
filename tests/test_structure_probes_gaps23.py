"""Reading gaps of plain-text articles closed in the gaps23 round: a closing 文章来源 line naming the
writers, a photo story's captions over their credits line by line, an interview's box on who is
interviewed, a bulletin's issuing line, a short opener ending in a colon over the lead. Each test is
a synthetic article in the real convention."""

from __future__ import annotations

import pytest

from conftest import body_texts as body
from conftest import build_text as build
from conftest import caption_blocks as captions
from convertkit.model import EditorNote, Lead, Turn

_TITLE = "宁波舟山港集装箱吞吐量创新高\n"
_LEAD = "今年以来，宁波舟山港集装箱吞吐量持续增长，截至11月底已突破3500万标准箱。"
_MORE = "据介绍，港口今年新开通国际航线20余条，覆盖“一带一路”沿线主要港口。"
_STORY = _LEAD + "\n" + _MORE + "\n"


# --------------------------------------------------------------------------- a closing 文章来源 line


@pytest.mark.parametrize(("line", "agency", "reporters"), [
    ("文章来源：本报记者 张三", None, ("张三",)),
    ("文章来源：新华社记者 张三", "新华社", ("张三",)),
    ("稿件来源：宁波日报 记者 李四 王五", "宁波日报", ("李四", "王五")),
    ("文章来源：新华社", "新华社", ()),
])
def test_a_closing_source_line_names_the_outlet_and_the_writers(line: str, agency: str | None,
                                                               reporters: tuple[str, ...]) -> None:
    doc = build(_TITLE + _STORY + line + "\n")
    assert body(doc) == [_LEAD, _MORE]
    assert doc.meta.agency == agency and doc.meta.reporters == reporters


def test_a_source_line_with_story_after_it_stays_text() -> None:
    doc = build(_TITLE + _LEAD + "\n文章来源：本报记者 张三\n" + _MORE + "港口相关负责人表示，明年将继续扩大航线网络，提升服务能力和水平。\n")
    assert "文章来源：本报记者 张三" in body(doc)


# --------------------------------------------------------------------------- a photo story's captions over their credits


def test_each_caption_over_its_credit_line_is_one_caption() -> None:
    doc = build("长白山迎来降雪\n12月5日，游客在长白山景区游玩。\n（新华社记者 张三 摄）\n"
                "这是12月5日拍摄的长白山天池附近的雾凇景观。\n（新华社记者 李四 摄）\n"
                "12月5日，一名滑雪爱好者在长白山万达滑雪场滑雪。\n（新华社记者 李四 摄）\n")
    assert [(caption.text, caption.photographer) for caption in captions(doc)] == [
        ("12月5日，游客在长白山景区游玩。（新华社记者 张三 摄）", "张三"),
        ("这是12月5日拍摄的长白山天池附近的雾凇景观。（新华社记者 李四 摄）", "李四"),
        ("12月5日，一名滑雪爱好者在长白山万达滑雪场滑雪。（新华社记者 李四 摄）", "李四"),
    ]
    assert body(doc) == [] and doc.meta.photographers == ("张三", "李四")


def test_bare_credits_in_a_run_of_captions() -> None:
    doc = build("长白山迎来降雪\n这是12月5日拍摄的长白山雪景。\n新华社记者 张三 摄\n"
                "12月5日，游客在长白山景区游玩。\n新华社记者 张三 摄\n")
    assert [caption.photographer for caption in captions(doc)] == ["张三", "张三"] and body(doc) == []


def test_a_credit_alone_under_a_storys_paragraph_stays_its_own() -> None:
    doc = build("长白山迎来降雪\n12月5日，长白山迎来今冬以来最大降雪，景区银装素裹，吸引大批游客前来赏雪。\n"
                "（新华社记者 张三 摄）\n据介绍，今年雪季长白山景区推出多项冰雪旅游产品。\n")
    assert [caption.text for caption in captions(doc)] == ["（新华社记者 张三 摄）"]
    assert body(doc)[0].startswith("12月5日，长白山迎来")


# --------------------------------------------------------------------------- an interview's box on who is interviewed


_TURNS = ("记者：您为什么一直关注科普工作？\n王明：科学普及和科技创新同等重要，孩子们的好奇心需要被保护。\n"
          "记者：您对青少年有什么建议？\n王明：多读书，多动手，多提问。\n")
_BIO = "王明，中国科学院院士，长期从事凝聚态物理研究。"


@pytest.mark.parametrize(("box", "label"), [
    ("【人物简介】" + _BIO, "人物简介"),
    ("【嘉宾简介】" + _BIO, "嘉宾简介"),
    ("人物名片：" + _BIO, "人物名片"),
    ("嘉宾简介：\n" + _BIO, "嘉宾简介"),
])
def test_a_box_on_the_interviewee_is_a_note_not_the_lead(box: str, label: str) -> None:
    doc = build("对话王明：让更多孩子爱上科学\n" + box + "\n" + _TURNS)
    notes = [block for block in doc.blocks if isinstance(block, EditorNote)]
    assert [(note.label, note.text) for note in notes] == [(label, _BIO)]
    assert not any(isinstance(block, Lead) for block in doc.blocks)
    assert [block.speaker for block in doc.blocks if isinstance(block, Turn)] == ["记者", "王明", "记者", "王明"]


def test_a_background_box_after_the_story_is_a_note() -> None:
    background = "今年以来，宁波舟山港新增集装箱泊位6个，港口综合通过能力持续提升。"
    doc = build(_TITLE + _STORY + "【背景】" + background + "\n")
    assert body(doc) == [_LEAD, _MORE]
    assert [(block.label, block.text) for block in doc.blocks if isinstance(block, EditorNote)] == [("背景", background)]


# --------------------------------------------------------------------------- a bulletin's issuing line


_FORECAST = "受强冷空气影响，预计12月5日20时至8日，我国中东部地区自北向南将先后出现降温，气温下降6～8℃。"
_ADVICE = "请注意防寒保暖，做好设施农业防护工作。"


@pytest.mark.parametrize(("line", "issuer", "date", "published"), [
    ("中央气象台12月5日17时发布", "中央气象台", "12月5日", None),
    ("某市气象台2024年12月5日06时发布寒潮蓝色预警", "某市气象台", "2024年12月5日", "2024-12-05T06:00"),
    ("某县应急管理局2024年12月5日发布", "某县应急管理局", "2024年12月5日", "2024-12-05"),
])
def test_a_bulletins_issuing_line_gives_the_issuer_and_the_day(line: str, issuer: str, date: str,
                                                                published: str | None) -> None:
    doc = build("寒潮蓝色预警\n" + line + "\n" + _FORECAST + "\n" + _ADVICE + "\n")
    assert body(doc) == [_FORECAST, _ADVICE]
    assert doc.meta.agency == issuer and doc.meta.published == published
    assert doc.meta.dateline is not None and doc.meta.dateline.date == date and doc.meta.dateline.text == ""


def test_a_named_outlet_outranks_the_issuer() -> None:
    doc = build("寒潮蓝色预警\n来源：中国天气网\n中央气象台12月5日17时发布\n" + _FORECAST + "\n" + _ADVICE + "\n")
    assert doc.meta.agency == "中国天气网" and body(doc) == [_FORECAST, _ADVICE]


# --------------------------------------------------------------------------- a short opener ending in a colon


@pytest.mark.parametrize("opener", [
    "中央气象台12月5日06时继续发布寒潮蓝色预警：",
    "记者从市商务局获悉：",
    "据市统计局消息：",
])
def test_a_short_opener_is_the_leads_first_line(opener: str) -> None:
    doc = build("寒潮来袭\n" + opener + "\n" + _FORECAST + "\n" + _ADVICE + "\n")
    assert body(doc) == [opener + _FORECAST, _ADVICE]
    assert [block.kind for block in doc.blocks][:1] == ["lead"]


def test_an_issuing_opener_also_names_the_issuer() -> None:
    doc = build("寒潮来袭\n中央气象台12月5日06时继续发布寒潮蓝色预警：\n" + _FORECAST + "\n")
    assert doc.meta.agency == "中央气象台"
    assert doc.meta.dateline is not None and doc.meta.dateline.date == "12月5日" and doc.meta.dateline.text == ""


def test_a_label_or_an_opener_over_a_list_is_not_joined() -> None:
    doc = build("寒潮来袭\n" + _FORECAST + "\n防御指南：\n1．政府及有关部门做好防寒潮准备工作；\n2．注意添衣保暖。\n")
    assert body(doc)[0] == _FORECAST
    doc = build("寒潮来袭\n记者从市气象局获悉：\n1．今晚起气温下降6～8℃；\n2．明天最低气温零下5℃。\n")
    assert not any(text.startswith("记者从市气象局获悉：1") for text in body(doc))


# --------------------------------------------------------------------------- notices to the public


@pytest.mark.parametrize(("salutation", "opening"), [
    ("尊敬的旅客：", "受降雪天气影响，为确保旅客出行安全，铁路部门决定对部分旅客列车开行方案进行调整，具体如下："),
    ("尊敬的客户：", "2025年春节将至，根据国家邮政局相关安排，我司春节期间服务安排如下："),
])
def test_a_letters_salutation_over_an_opening_that_ends_in_a_colon(salutation: str, opening: str) -> None:
    doc = build("关于春节期间服务安排的公告\n" + salutation + "\n" + opening + "\n"
                "一、12月6日至7日，停运G1234次列车。\n二、12月6日，D5678次列车改为在某站始发。\n"
                "给您出行带来的不便，敬请谅解。\n某某集团有限公司\n2024年12月5日\n")
    assert [block.kind for block in doc.blocks][:2] == ["salutation", "lead"]
    assert doc.blocks[0].text == salutation and doc.blocks[1].text == opening


def test_an_announcements_number_under_its_title() -> None:
    opening = "根据公务员法等法律法规，某省2025年考试录用公务员工作即将开始，现将有关事项公告如下："
    doc = build("某省2025年考试录用公务员公告\n（第2号）\n" + opening + "\n一、报考条件\n（一）具有中华人民共和国国籍。\n"
                "（二）18周岁以上、35周岁以下。\n二、报名方式\n报名采取网络报名方式进行。\n某省公务员局\n2024年12月5日\n")
    assert doc.meta.official is not None and doc.meta.official.number == "第2号"
    assert [block.text for block in doc.blocks if isinstance(block, Lead)] == [opening]
    assert "（第2号）" not in body(doc)


def test_an_analysts_line_over_a_statistics_release_is_its_byline() -> None:
    lead = "2024年11月份，全国居民消费价格同比上涨0.2%。其中，城市上涨0.3%，农村持平。"
    doc = build("2024年11月份居民消费价格同比上涨0.2%\n国家统计局城市司首席统计师 董莉娟\n" + lead + "\n"
                "1—11月平均，全国居民消费价格比上年同期上涨0.3%。\n")
    assert doc.meta.reporters == ("董莉娟",) and doc.meta.affiliation == "国家统计局城市司首席统计师"
    assert body(doc)[0] == lead


def test_an_office_over_its_numbered_notice() -> None:
    text = "为维护银行体系流动性合理充裕，2024年12月5日人民银行以固定利率、数量招标方式开展了1000亿元逆回购操作。"
    doc = build("中国人民银行公开市场业务操作室\n公开市场业务交易公告 [2024]第238号\n" + text + "\n"
                "中国人民银行公开市场业务操作室\n2024年12月5日\n")
    assert doc.meta.title == "公开市场业务交易公告 [2024]第238号"
    assert doc.meta.agency == "中国人民银行公开市场业务操作室"
    assert doc.meta.official is not None and doc.meta.official.number == "[2024]第238号"
    assert body(doc) == [text]


def test_a_body_named_alone_under_a_releases_headline_is_its_issuer() -> None:
    lead = "根据有关基础资料和国民经济核算方法，前三季度国内生产总值949746亿元，按不变价格计算，同比增长4.8%。"
    doc = build("2024年前三季度国内生产总值初步核算结果\n国家统计局\n" + lead + "\n")
    assert doc.meta.agency == "国家统计局" and body(doc) == [lead]
    # a desk's name is no issuer
    doc = build("2024年前三季度国内生产总值初步核算结果\n人民日报评论部\n" + lead + "\n")
    assert doc.meta.agency != "人民日报评论部"


def test_a_closing_pictures_caption_over_its_bracketed_credit() -> None:
    doc = build("第十五届中国国际航空航天博览会圆满落幕\n新华社广州11月17日电（记者 张三）为期6天的第十五届中国国际航空航天博览会17日"
                "在广东珠海落下帷幕。\n据统计，本届航展共有1022家企业参展。\n11月17日，观众在航展现场参观。\n（新华社记者 王五 摄）\n")
    assert [(caption.text, caption.photographer) for caption in captions(doc)] == [
        ("11月17日，观众在航展现场参观。（新华社记者 王五 摄）", "王五")]
    assert "11月17日，观众在航展现场参观。" not in body(doc)


def test_a_short_opener_after_a_dateline_joins_the_sentence_under_it() -> None:
    sentence = "今年春节期间，该企业将在全国范围内保持正常揽收和派送服务，预计日均业务量可达3000万件。"
    doc = build("某快递企业春节不打烊\n本报讯 记者从某快递企业获悉：\n" + sentence + "\n据了解，企业将为一线员工发放专项补贴。\n")
    assert body(doc) == ["记者从某快递企业获悉：" + sentence, "据了解，企业将为一线员工发放专项补贴。"]


def test_a_spokesmans_reading_of_the_figures_is_signed_and_dated() -> None:
    lead = "11月份，各地区各部门坚定不移贯彻新发展理念，国民经济保持稳定增长。"
    doc = build("国家统计局：11月份国民经济保持稳定增长\n国家统计局新闻发言人 付凌晖\n2024年12月16日\n" + lead + "\n")
    assert doc.meta.reporters == ("付凌晖",) and doc.meta.published == "2024-12-16" and body(doc) == [lead]
    # under a briefing's headline the spokesman answers: no writer
    doc = build("外交部发言人主持例行记者会\n外交部发言人 毛宁\n" + lead + "\n")
    assert doc.meta.reporters == ()


def test_a_body_and_the_day_under_a_releases_headline() -> None:
    lead = "根据对全国31个省（区、市）的抽样调查，2024年全国粮食总产量70650万吨，比上年增长1.6%。"
    doc = build("国家统计局关于2024年粮食产量数据的公告\n国家统计局\n2024年12月13日\n" + lead + "\n")
    assert doc.meta.agency == "国家统计局" and doc.meta.published == "2024-12-13" and body(doc) == [lead]


@pytest.mark.parametrize("issuer", ["某国际机场", "某市气象台"])
def test_an_airports_or_a_weather_offices_notice_signs_off(issuer: str) -> None:
    doc = build("温馨提示\n受台风影响，12月5日某机场进出港航班可能出现大面积延误或取消。\n"
                "请旅客朋友们出行前确认航班信息，合理安排出行时间。\n" + issuer + "\n2024年12月5日\n")
    assert [block.text for block in doc.blocks if block.kind == "signature"] == [issuer, "2024年12月5日"]
    assert doc.meta.agency == issuer


@pytest.mark.parametrize("label", ["【新闻稿】", "新闻通稿", "［新闻稿］"])
def test_a_releases_label_under_its_headline_is_no_heading(label: str) -> None:
    lead = "第二十届某国际工业博览会新闻发布会今日在上海举行，本届博览会将于2025年3月举办。"
    doc = build("第二十届某国际工业博览会将于明年3月开幕\n" + label + "\n（2024年12月5日，上海）" + lead + "\n")
    assert [block.kind for block in doc.blocks] == ["lead"] and body(doc) == [lead]
    assert label in doc.meta.header_raw


def test_a_deck_naming_what_an_office_published_stays_text() -> None:
    deck = "国务院新闻办公室12月5日发布《中国的粮食安全》白皮书"
    doc = build("白皮书发布\n" + deck + "\n白皮书全文约1.2万字，由前言、正文和结束语组成，全面介绍了中国粮食安全取得的成就。\n")
    assert deck in [getattr(block, "text", "") for block in doc.blocks] and doc.meta.agency != "国务院新闻办公室"
