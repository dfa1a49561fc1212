"""Reading gaps of plain-text articles closed in the gaps11 round: a column's bracketed name above
the lead, a flash roll, an appointment notice's lead, names in a list of correspondents, a
two-paragraph note on the writer. Each test is a synthetic article in the real convention."""

from __future__ import annotations

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import Heading, Lead, SeriesLabel

_STORY = "近日，某市发布报告，指出全市文化遗产保护面临新挑战。报告说，数字技术提供了新的途径。\n报告显示，全市已有一百处遗产地使用数字化手段进行记录。\n"

# --------------------------------------------------------------------------- a column's name above the lead


def test_a_bracketed_column_name_above_the_lead_is_the_series() -> None:
    for label, name in (("【光明视点】", "光明视点"), ("【环球深观察】", "环球深观察"), ("【光明论坛】", "光明论坛")):
        doc = build("让文化遗产活起来\n2026-12-07 08:30  来源：光明日报\n" + label + "\n光明日报记者 张三\n" + _STORY)
        assert doc.meta.series is not None and doc.meta.series.name == name, label
        assert doc.meta.series.raw == label
        assert not any(isinstance(block, Heading) for block in doc.blocks), label
        assert isinstance(doc.blocks[0], SeriesLabel) and isinstance(doc.blocks[1], Lead)
        assert body(doc) == _STORY.split()


def test_a_bracketed_column_name_over_the_headline_is_the_series() -> None:
    doc = build("【新华视点】\n多地加快推进老旧小区改造\n新华社北京12月6日电（记者张三、李四）" + _STORY)
    assert doc.meta.title == "多地加快推进老旧小区改造"
    assert doc.meta.series is not None and doc.meta.series.name == "新华视点"
    # a topic tag that names no column stays a header line, no series
    doc = build("【颱風】\n多地加快推进老旧小区改造\n新华社北京12月6日电（记者张三、李四）" + _STORY)
    assert doc.meta.title == "多地加快推进老旧小区改造" and doc.meta.series is None


def test_a_bracketed_section_name_is_still_a_heading() -> None:
    # a section's label that names no column, before the lead of an excerpt, and a column's name after the lead
    doc = build("韩日关系缘何回暖\n【美国因素】\n当然，两国关系改善离不开美国因素。\n专家说，从安全角度来看，两国都是美国的盟友。\n")
    assert doc.meta.series is None and any(isinstance(block, Heading) for block in doc.blocks)
    doc = build("让文化遗产活起来\n" + _STORY + "【专家观察】\n" + _STORY)
    assert doc.meta.series is None
    assert [block.text for block in doc.blocks if isinstance(block, Heading)] == ["专家观察"]


# --------------------------------------------------------------------------- a roll of flashes

_ROLL = (
    "财联社1月17日电，【统计局：全年经济同比增长5.0%】统计局数据显示，全年国内生产总值比上年增长5.0%。\n"
    "财联社1月17日电，【央行开展5000亿元MLF操作】央行今日开展5000亿元中期借贷便利操作，中标利率为2.0%。\n"
    "财联社1月17日电，【沪指午间收涨0.5%】沪指午间收涨0.5%，创业板指涨1.2%，两市成交额超8000亿元。\n"
)


def test_a_roll_of_flashes_reads_as_one_heading_led_section_a_flash() -> None:
    doc = build("财联社电报\n" + _ROLL)
    assert doc.meta.title == "财联社电报" and doc.meta.agency == "财联社"
    assert doc.meta.dateline is not None and doc.meta.dateline.date == "1月17日"
    kinds = [block.kind for block in doc.blocks]
    assert kinds == ["heading", "lead", "heading", "paragraph", "heading", "paragraph"]
    assert [block.text for block in doc.blocks if isinstance(block, Heading)] == [
        "统计局：全年经济同比增长5.0%", "央行开展5000亿元MLF操作", "沪指午间收涨0.5%"]
    assert doc.blocks[1].text.startswith("统计局数据显示")
    assert doc.blocks[3].text.startswith("财联社1月17日电，央行今日")  # each later flash keeps its dateline
    # no headline of its own: the first flash's is the title, and no heading repeats it
    doc = build(_ROLL)
    assert doc.meta.title == "统计局：全年经济同比增长5.0%"
    assert [block.kind for block in doc.blocks] == ["lead", "heading", "paragraph", "heading", "paragraph"]


def test_a_roll_without_datelines_and_the_headline_before_the_dateline() -> None:
    bare = "".join(line.split("，", 1)[1] + "\n" for line in _ROLL.splitlines())
    doc = build("今日要闻\n" + bare)
    assert [block.kind for block in doc.blocks] == ["heading", "lead", "heading", "paragraph", "heading", "paragraph"]
    swapped = "".join("【" + line.split("【", 1)[1].split("】")[0] + "】" + line.split("，", 1)[0] + "，"
                      + line.split("】", 1)[1] + "\n" for line in _ROLL.splitlines())
    doc = build("财联社电报\n" + swapped)
    assert [block.kind for block in doc.blocks][:2] == ["heading", "lead"]
    assert doc.meta.dateline is not None and doc.blocks[1].text.startswith("统计局数据显示")


def test_one_flash_or_a_bracketed_credit_is_no_roll() -> None:
    doc = build("财联社电报\n" + _ROLL.splitlines()[0] + "\n")
    assert not any(isinstance(block, Heading) for block in doc.blocks)
    credit = "【环球时报驻日本特约记者 张三 环球时报记者 李四】“美国和日本将签署新协议。”日本媒体17日报道说。\n"
    doc = build("美日将签署新协议\n" + credit + credit.replace("张三", "王五"))
    assert not any(isinstance(block, Heading) for block in doc.blocks)
    # a notice's labelled fields are no headlines of flashes
    doc = build("关于举办讲座的通知\n【活动时间】2026年1月20日下午两点在本馆报告厅举行。\n【活动地点】本馆二楼报告厅，请读者提前十分钟入场。\n")
    assert not any(isinstance(block, Heading) for block in doc.blocks)


# --------------------------------------------------------------------------- an appointment notice's lead


def _leads(doc: object) -> list[str]:
    return [block.text for block in doc.blocks if isinstance(block, Lead)]  # type: ignore[attr-defined]


def test_an_appointment_lists_first_item_leads_it() -> None:
    items = "任命张三为教育部副部长；\n任命李四为国家发展和改革委员会副主任；\n免去王五的财政部副部长职务。\n"
    doc = build("国务院任免国家工作人员\n来源：新华社\n" + items)
    assert _leads(doc) == ["任命张三为教育部副部长；"]
    assert body(doc) == items.split()
    doc = build("国务院任免国家工作人员\n新华社北京1月17日电\n" + items)
    assert _leads(doc) == ["任命张三为教育部副部长；"]


def test_a_list_further_down_or_a_clause_over_a_sentence_is_no_lead() -> None:
    # the story's own first paragraph leads, not a list under it
    doc = build("某市一季度经济运行平稳\n记者从市统计局获悉：\n今年一季度，全市地区生产总值同比增长百分之五点二，规模以上工业增加值增长百分之六。\n")
    assert _leads(doc) == ["记者从市统计局获悉：今年一季度，全市地区生产总值同比增长百分之五点二，规模以上工业增加值增长百分之六。"]
    doc = build("某地出台新规\n本报讯 某地日前出台新规，明确三项要求。\n要求一是加强管理；\n要求二是强化监督；\n要求三是落实责任。\n")
    assert len(_leads(doc)) == 1 and _leads(doc)[0].startswith("某地日前")


# --------------------------------------------------------------------------- names in a list of correspondents


def test_a_japanese_family_name_credited_alone_beside_a_chinese_name() -> None:
    from convertkit.structure.people import split_names

    assert split_names("环球时报驻日本特约记者 青木 柳玉鹏") == ("青木", "柳玉鹏")
    assert split_names("记者 青木 王五") == ("青木", "王五")
    # a Japanese name spaced between family and given name stays one person
    for credit, name in (("山田 太郎", "山田太郎"), ("岸田 文雄", "岸田文雄"), ("安倍 晋三", "安倍晋三"),
                         ("山田 由纪子", "山田由纪子"), ("小林 周平", "小林周平")):
        assert split_names("记者 " + credit) == (name,), credit
    assert split_names("青木") == ()  # a family name alone, beside no other writer, is no credit
    doc = build("日本政府拟修改安保政策\n环球时报驻日本特约记者 青木 柳玉鹏\n" + _STORY)
    assert doc.meta.reporters == ("青木", "柳玉鹏")


def test_a_compound_surname_spaced_from_its_given_name_is_one_name() -> None:
    from convertkit.structure.people import split_names

    assert split_names("记者 欧阳 娜娜") == ("欧阳娜娜",)
    assert split_names("记者 欧阳 娜娜 张三") == ("欧阳娜娜", "张三")
    assert split_names("记者 司马 南、李四") == ("司马南", "李四")
    assert split_names("记者 欧阳娜娜 张三") == ("欧阳娜娜", "张三")


# --------------------------------------------------------------------------- a note on the writer in two paragraphs

_BIO = "作者简介：王海峰，某某大学经济学院教授、博士生导师，主要从事农业经济研究。\n曾主持国家社会科学基金重大项目三项，出版专著《数字乡村论》等。\n"


def _notes(doc: object) -> list[tuple[str, str]]:
    from convertkit.model import EditorNote

    return [(block.label, block.text) for block in doc.blocks if isinstance(block, EditorNote)]  # type: ignore[attr-defined]


def test_a_closing_note_on_the_writer_keeps_its_second_paragraph() -> None:
    doc = build("数字经济为乡村振兴注入新动能\n王海峰\n" + _STORY + _BIO)
    assert _notes(doc) == [("作者简介", "王海峰，某某大学经济学院教授、博士生导师，主要从事农业经济研究。"),
                           ("", "曾主持国家社会科学基金重大项目三项，出版专著《数字乡村论》等。")]
    assert body(doc) == _STORY.split()
    # the label alone on its line, then two paragraphs; an editor's credit after the note stays a credit
    doc = build("数字经济为乡村振兴注入新动能\n王海峰\n" + _STORY + "作者简介\n" + _BIO.split("：", 1)[1] + "责任编辑：李四\n")
    assert [label for label, _ in _notes(doc)] == ["作者简介", ""] and doc.meta.editors == ("李四",)
    assert body(doc) == _STORY.split()


def test_a_note_on_the_writer_above_the_story_is_followed_by_the_story() -> None:
    doc = build("数字经济为乡村振兴注入新动能\n" + _BIO.splitlines()[0] + "\n" + _STORY)
    assert len(_notes(doc)) == 1 and body(doc) == _STORY.split()


def test_a_notes_later_paragraph_prints_without_an_empty_label() -> None:
    from convertkit.api import render

    doc = build("数字经济为乡村振兴注入新动能\n王海峰\n" + _STORY + _BIO)
    text = render(doc, "txt").decode("utf-8")
    assert "【】" not in text and "\n曾主持国家社会科学基金" in text


# --------------------------------------------------------------------------- blind probes


def test_a_notices_opening_sentence_over_its_points_leads_it() -> None:
    doc = build("某市人民政府办公室关于做好元旦春节期间有关工作的通知\n各区人民政府，市政府各委、办、局：\n"
                "元旦春节即将到来，为确保全市人民度过欢乐祥和的节日，经市政府同意，现就有关工作通知如下：\n"
                "一、切实做好安全生产工作。各区、各部门要认真落实安全生产责任制。\n"
                "二、认真做好市场供应工作。要加强重要民生商品保供稳价。\n某市人民政府办公室\n2026年12月7日\n")
    assert _leads(doc) == ["元旦春节即将到来，为确保全市人民度过欢乐祥和的节日，经市政府同意，现就有关工作通知如下："]


def test_a_comment_columns_name_closing_the_title_is_the_series() -> None:
    doc = build("让“小切口”撬动“大民生”（人民时评）\n张三\n" + _STORY)
    assert doc.meta.title == "让“小切口”撬动“大民生”"
    assert doc.meta.series is not None and doc.meta.series.name == "人民时评"
    assert "让“小切口”撬动“大民生”（人民时评）" in doc.meta.header_raw
    # a closing bracket that names no column stays in the title
    doc = build("某地公布获奖名单（附全文）\n" + _STORY)
    assert doc.meta.title == "某地公布获奖名单（附全文）" and doc.meta.series is None


def test_a_papers_name_before_the_writer_and_report_is_a_byline() -> None:
    story = "新加坡人力部昨天宣布，从明年1月1日起，年长员工的公积金缴交率将上调。\n人力部长说，此举旨在加强年长员工的退休保障。\n"
    doc = build("新加坡明年起上调公积金缴交率\n发布/2026年12月7日 05:00\n联合早报 林小明 报道\n" + story)
    assert doc.meta.reporters == ("林小明",) and doc.meta.agency == "联合早报"
    assert body(doc) == story.split()
    doc = build("新加坡明年起上调公积金缴交率\n林小明 报道\n" + story)
    assert doc.meta.reporters == ("林小明",) and doc.meta.agency is None


def test_an_interviewee_whose_name_is_a_word_too_answers_in_turns() -> None:
    from convertkit.model import Turn

    interview = ("专访某某大学校长：人工智能时代如何育人\n本报记者 孙丽\n"
                 "人工智能快速发展，给高等教育带来哪些挑战？日前，记者专访了某某大学校长王明。\n"
                 "记者：人工智能对高校人才培养提出了哪些新要求？\n王明：最重要的是培养学生提出问题、解决问题的能力。\n"
                 "记者：学校有哪些具体举措？\n王明：我们开设了人工智能通识课，覆盖全体本科生。\n")
    doc = build(interview)
    assert [(block.speaker, block.text[:4]) for block in doc.blocks if isinstance(block, Turn)] == [
        ("记者", "人工智能"), ("王明", "最重要的"), ("记者", "学校有哪"), ("王明", "我们开设")]
    # answering once, the word stays a paragraph's opening
    once = interview.rsplit("记者：", 1)[0]
    doc = build(once)
    assert "王明" not in [block.speaker for block in doc.blocks if isinstance(block, Turn)]
    assert any(block.text.startswith("王明：") for block in doc.blocks if block.kind == "paragraph")
