"""Reading gaps found on real articles (人民日报 1998 print texts, GNE crawler records, Hong Kong
papers): round-bracket report openers, Hong Kong outlets, two reporters in one credit, notes the
print page kept, a caption before the dateline, short captions under pictures, bare section
numbers. Each test is a synthetic article in the real convention."""

from __future__ import annotations

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import Caption, Heading, Point
from convertkit.structure.dateline import match_dateline

# --------------------------------------------------------------------------- round-bracket openers


def test_round_bracket_report_opener_is_the_dateline() -> None:
    # 星島日報 prints its flash in round brackets as often as in square ones
    doc = build("天文台發出酷熱警告\n（星島日報報道）天文台表示，今日天氣酷熱，市民應注意防暑。\n另外，有市民表示不滿。\n")
    assert doc.meta.agency == "星島日報" and doc.meta.dateline is not None
    assert doc.meta.dateline.raw.startswith("（星島日報報道）")
    assert body(doc)[0].startswith("天文台表示")


def test_round_bracket_reporter_credit_is_the_dateline_with_its_reporters() -> None:
    doc = build("天文台發出酷熱警告\n（大公報記者 李明）天文台表示，今日天氣酷熱，市民應注意防暑。\n")
    assert doc.meta.agency == "大公報" and doc.meta.reporters == ("李明",)
    assert body(doc)[0].startswith("天文台表示")
    doc = build("港股昨日反彈\n（信報記者）恒生指數昨日收市上升三百點，成交額增至一千億元。\n")
    assert doc.meta.agency == "信報" and body(doc)[0].startswith("恒生指數")
    doc = build("市政府部署冬季供暖\n（本报记者 张三 李四）昨日，市政府召开会议，部署冬季供暖工作。\n")
    assert doc.meta.reporters == ("张三", "李四") and body(doc)[0].startswith("昨日")


def test_round_bracket_roundup_names_no_agency_but_is_no_text() -> None:
    doc = build("天文台發出酷熱警告\n（綜合報道）天文台表示，今日天氣酷熱，市民應注意防暑。\n")
    assert doc.meta.agency is None and doc.meta.dateline is not None
    assert body(doc)[0].startswith("天文台表示")


def test_round_bracket_photo_credit_or_note_is_no_dateline() -> None:
    assert match_dateline("（新华社记者 张三 摄）") is None
    assert match_dateline("（新华社记者张三摄）") is None
    assert match_dateline("（附图片１张）") is None
    assert match_dateline("（据新华社报道）昨日，市政府召开会议。") is None or \
        match_dateline("（据新华社报道）昨日，市政府召开会议。").agency in (None, "新华社")
    assert match_dateline("（图文报道）昨日，市政府召开会议，部署工作。") is None


def test_hong_kong_reporter_mark_before_the_lead() -> None:
    # ■星島記者 張三 set off by a space, or alone on its line, above the story
    doc = build("天文台發出酷熱警告\n■星島記者 張三　天文台表示，今日天氣酷熱，市民應注意防暑。\n")
    assert doc.meta.agency == "星島日報" and doc.meta.reporters == ("張三",)
    assert body(doc)[0].startswith("天文台表示")
    doc = build("天文台發出酷熱警告\n■星島記者 張三\n天文台表示，今日天氣酷熱，市民應注意防暑。\n")
    assert doc.meta.agency == "星島日報" and doc.meta.reporters == ("張三",)
    assert body(doc)[0].startswith("天文台表示")


# --------------------------------------------------------------------------- Hong Kong outlets


def test_hong_kong_outlets_are_known_with_their_region() -> None:
    for named, agency in (("橙新聞", "橙新聞"), ("橙新闻", "橙新聞"), ("Now新聞", "Now新聞"), ("頭條日報", "頭條日報"),
                          ("头条日报", "頭條日報"), ("am730", "am730"), ("HK01", "香港01"), ("東網", "東網"),
                          ("星島", "星島日報")):
        doc = build(f"天文台發出酷熱警告\n【{named}報道】天文台表示，今日天氣酷熱，市民應注意防暑。\n")
        assert (doc.meta.agency, doc.meta.region) == (agency, "HK"), named
        doc = build(f"天文台發出酷熱警告\n{named}記者 張三\n天文台表示，今日天氣酷熱，市民應注意防暑。\n")
        assert (doc.meta.agency, doc.meta.reporters) == (agency, ("張三",)), named


# --------------------------------------------------------------------------- two outlets' reporters


def test_flash_credit_naming_two_outlets_reporters() -> None:
    # 人民日报 1998: a story written with a 新华社 reporter, both credited before 报道：
    doc = build("两岸经贸交流扩大\n本报北京１２月３１日讯新华社记者胡晓梦、本报记者吴亚明报道：国务院台湾事务办公室今天举行"
                "新闻发布会。\n发言人介绍了今年两岸经贸交流的情况。\n")
    assert doc.meta.reporters == ("胡晓梦", "吴亚明") and doc.meta.agency == "本报"
    assert body(doc)[0].startswith("国务院台湾事务办公室")
    doc = build("某市冬季供暖\n本报沈阳１２月３１日讯本报记者张三、通讯员李四报道：全市供暖工作今天全面展开。\n")
    assert doc.meta.reporters == ("张三", "李四") and body(doc)[0].startswith("全市供暖")


def test_a_sentence_after_the_flash_about_reporters_stays_the_lead() -> None:
    doc = build("某市冬季供暖\n本报沈阳１２月３１日讯据记者了解的情况报道，全市供暖工作今天全面展开。\n")
    assert doc.meta.reporters == () and body(doc)[0].startswith("据记者")


# --------------------------------------------------------------------------- print notes


def test_print_notes_are_furniture_not_paragraphs() -> None:
    doc = build("北京迎来新年第一场雪\n新华社北京１月１日电（记者李四）北京今天迎来新年第一场雪，气温骤降。\n"
                "（附图片１张）\n市民纷纷走上街头赏雪。\n（Ａ、Ｂ）\n")
    assert body(doc) == ["北京今天迎来新年第一场雪，气温骤降。", "市民纷纷走上街头赏雪。"]
    assert "（附图片１张）" in doc.meta.furniture_raw and "（Ａ、Ｂ）" in doc.meta.furniture_raw
    # a bracketed aside in running text stays
    doc = build("某市冬季供暖\n本报讯　全市供暖工作今天全面展开。\n（附：供暖热线电话１２３４５）\n")
    assert "（附：供暖热线电话１２３４５）" in [block.text for block in doc.blocks]


# --------------------------------------------------------------------------- a caption over the dateline


def test_picture_story_caption_before_the_dateline() -> None:
    # a picture story: the caption first (no credit), then the wire's dateline and its story
    doc = build("北京迎来新年第一场雪\n１２月３１日，市民在天安门广场赏雪，孩子们在雪地里堆雪人、打雪仗。\n"
                "新华社北京１月１日电（记者李四）北京今天迎来新年第一场雪，气温骤降。\n市民纷纷走上街头。\n")
    assert isinstance(doc.blocks[0], Caption) and doc.meta.agency == "新华社" and doc.meta.reporters == ("李四",)
    assert body(doc)[0].startswith("北京今天")
    doc = build("北京迎来新年第一场雪\n市民在天安门广场赏雪，孩子们在雪地里堆雪人、打雪仗。\n"
                "新华社北京１月１日电（记者李四）北京今天迎来新年第一场雪，气温骤降。\n（附图片１张）\n")
    assert isinstance(doc.blocks[0], Caption) and doc.meta.dateline is not None
    # the credit may close with the wire's note of how the picture came
    doc = build("北京迎来新年第一场雪\n市民在天安门广场赏雪。新华社记者张三摄（新华社传真照片）\n"
                "新华社北京１月１日电（记者李四）北京今天迎来新年第一场雪，气温骤降。\n")
    assert isinstance(doc.blocks[0], Caption) and doc.meta.photographers == ("张三",)
    assert body(doc)[0].startswith("北京今天")


def test_a_summary_over_the_dateline_without_a_picture_is_no_caption() -> None:
    doc = build("北京迎来新年第一场雪\n市民在天安门广场赏雪，孩子们在雪地里堆雪人、打雪仗。\n"
                "新华社北京１月１日电（记者李四）北京今天迎来新年第一场雪，气温骤降。\n")
    assert not any(isinstance(block, Caption) for block in doc.blocks)


# --------------------------------------------------------------------------- a columnist's bracketed byline


def test_columnist_byline_in_brackets_names_writer_and_outlet() -> None:
    for credit in ("【文/观察者网专栏作者王文】", "【文/观察者网专栏作者 王文】", "【文/观察者网 王文】"):
        doc = build(f"中美关系的新变化\n{credit}\n近日，中美两国元首举行会晤，双方就共同关心的问题深入交换意见。\n")
        assert doc.meta.reporters == ("王文",) and doc.meta.agency == "观察者网", credit
        assert not any(isinstance(block, Heading) for block in doc.blocks)
        assert credit in doc.meta.header_raw
    # glued to the story's first paragraph
    doc = build("中美关系的新变化\n【文/观察者网专栏作者王文】近日，中美两国元首举行会晤，双方就共同关心的问题深入交换意见。\n")
    assert doc.meta.reporters == ("王文",) and doc.meta.agency == "观察者网"
    assert body(doc)[0].startswith("近日")


# --------------------------------------------------------------------------- bare section numbers


def test_section_numbers_alone_on_a_line_number_the_paragraph_under_them() -> None:
    """A bare number over a finished paragraph numbers it, as the paragraph would be printed
    (1．工业生产…, 一、工业生产…): a point, where the number stood alone as a heading."""
    doc = build("某市经济运行分析\n新华社北京１月１日电　今年以来，某市经济运行总体平稳。\n1\n"
                "工业生产稳中有升。全市规模以上工业增加值同比增长５％。\n2\n消费市场持续回暖。社会消费品零售总额同比增长８％。\n")
    assert not any(isinstance(block, Heading) for block in doc.blocks)
    points = [block for block in doc.blocks if isinstance(block, Point)]
    assert [(point.number, point.label, point.text) for point in points] == [
        (1, "1．", "1．工业生产稳中有升。全市规模以上工业增加值同比增长５％。"),
        (2, "2．", "2．消费市场持续回暖。社会消费品零售总额同比增长８％。")]
    assert points[0].heading == "工业生产稳中有升" and points[0].raw == "1\n工业生产稳中有升。全市规模以上工业增加值同比增长５％。"
    doc = build("某市经济运行分析\n今年以来，某市经济运行总体平稳，主要指标好于预期。\n一\n"
                "工业生产稳中有升。全市规模以上工业增加值同比增长５％。\n二、\n消费市场持续回暖。社会消费品零售总额同比增长８％。\n")
    assert [block.text for block in doc.blocks if isinstance(block, Point)] == [
        "一、工业生产稳中有升。全市规模以上工业增加值同比增长５％。", "二、消费市场持续回暖。社会消费品零售总额同比增长８％。"]


def test_a_section_number_over_a_short_title_is_one_heading_with_it() -> None:
    """A bare number over its section's title (01 / 相关路段强制分流，听从交警指挥疏导; 二． / 缘分): one
    heading, numbered as a heading is printed (1．…, 二、…); the subheadings inside a level below."""
    doc = build("某路段施工期间出行提示\n今年以来，某路段将进行为期三个月的封闭施工，市民出行请注意。\n01\n"
                "相关路段强制分流，听从交警指挥疏导\n施工期间，相关路段将实行交通管制，车辆须按指示绕行。\n"
                "02\n提前规划出行路线\n市民可通过导航软件查询实时路况，避开拥堵路段。\n")
    headings = [(block.text, block.level) for block in doc.blocks if isinstance(block, Heading)]
    assert headings == [("1．相关路段强制分流，听从交警指挥疏导", 2), ("2．提前规划出行路线", 2)]
    assert [block.raw for block in doc.blocks if isinstance(block, Heading)][1] == "02\n提前规划出行路线"
    doc = build("散文三篇\n这是一组关于生活的短文，写于不同的年份，今天一并刊出，与读者分享。\n一．\n留住童真\n"
                "孩子的笑声是世界上最动听的音乐。我们长大以后，常常忘了怎样笑。\n二．\n缘分\n人和人的相遇，说来都是缘分。\n")
    assert [block.text for block in doc.blocks if isinstance(block, Heading)] == ["一、留住童真", "二、缘分"]


def test_a_stray_number_out_of_series_is_no_heading() -> None:
    doc = build("某市经济运行分析\n今年以来，某市经济运行总体平稳，主要指标好于预期。\n7\n"
                "工业生产稳中有升。全市规模以上工业增加值同比增长５％。\n")
    assert not any(isinstance(block, Heading) for block in doc.blocks)


def test_numbers_each_over_one_teaser_line_are_a_list_not_sections() -> None:
    doc = build("某市经济运行分析\n今年以来，某市经济运行总体平稳，主要指标好于预期。\n24小时最热\n1\n印度人口将赶超中国评论 174\n"
                "2\n姚明被骂上热搜了评论 147\n3\n武林百年：宗师、骗子与传奇评论 105\n")
    assert not any(isinstance(block, Heading) and block.text in ("1", "2", "3") for block in doc.blocks)


def test_round_bracket_reporter_credit_closed_by_its_report_word() -> None:
    found = match_dateline("（本報記者陳大文報道）天文台表示，今日天氣酷熱，市民應注意防暑。")
    assert found is not None and found.reporters == ("陳大文",)
    found = match_dateline("（本报记者 张三 李四报道）昨日，市政府召开会议，部署冬季供暖工作。")
    assert found is not None and found.reporters == ("张三", "李四")
