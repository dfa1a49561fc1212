"""Reading gaps of plain-text articles closed in the gaps20 round: a wire's dateline with no agency's
name, a paywall's prompts and a site's boxes left in a copy, a magazine's issue line, the copyright or
exclusivity line naming the outlet. Each test is a synthetic article in the real convention."""

from __future__ import annotations

import pytest

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import EditorLine, Heading, Salutation, Signature, Turn

_TITLE = "宁波舟山港集装箱吞吐量创新高\n"
_LEAD = "今年以来，宁波舟山港集装箱吞吐量持续增长，截至11月底已突破3500万标准箱。"
_MORE = "据介绍，港口今年新开通国际航线20余条，覆盖“一带一路”沿线主要港口。"
_STORY = _LEAD + "\n" + _MORE + "\n"


# --------------------------------------------------------------------------- a wire's dateline without its agency


@pytest.mark.parametrize(("opening", "place", "reporters"), [
    ("宁波12月5日电（记者 林海）", "宁波", ("林海",)),
    ("杭州5日讯（记者 王小明 李娜）", "杭州", ("王小明", "李娜")),
    ("成都2024年12月5日电(记者张伟)", "成都", ("张伟",)),
])
def test_a_wire_dateline_without_its_agency_gives_place_date_and_reporters(opening: str, place: str,
                                                                          reporters: tuple[str, ...]) -> None:
    doc = build(_TITLE + opening + _LEAD + "\n" + _MORE + "\n")
    assert doc.meta.dateline is not None and doc.meta.dateline.place == place
    assert doc.meta.dateline.date is not None and doc.meta.dateline.date.endswith("5日")
    assert doc.meta.reporters == reporters and doc.meta.agency is None
    assert body(doc) == [_LEAD, _MORE]


def test_this_papers_dateline_and_a_bracket_naming_no_reporter() -> None:
    doc = build(_TITLE + "本报宁波12月5日讯（记者 林海）" + _STORY)
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "宁波" and doc.meta.reporters == ("林海",)
    # a place and a day before a bracket that names no reporter stay the lead's words
    doc = build(_TITLE + "北京12月5日电（图）" + _STORY)
    assert doc.meta.dateline is None and body(doc)[0].startswith("北京12月5日电（图）")


# --------------------------------------------------------------------------- a paywall's prompts and a site's boxes


@pytest.mark.parametrize("line", [
    "财新通会员可畅读全文", "订阅财新通", "VIP会员可阅读全文", "立即订阅", "一财最热", "点击关闭",
    "打开APP阅读全文", "展开全文", "阅读全文", "查看更多", "下载客户端",
])
def test_a_paywall_or_a_boxs_line_is_furniture(line: str) -> None:
    doc = build(_TITLE + _LEAD + "\n" + line + "\n" + _MORE + "\n")
    assert body(doc) == [_LEAD, _MORE]
    assert line in doc.meta.furniture_raw


def test_the_same_words_inside_prose_stay_text() -> None:
    prose = "不少读者表示，订阅财新通后可以畅读全文，但价格偏高。"
    heading = "订阅经济兴起"
    doc = build(_TITLE + _LEAD + "\n" + prose + "\n" + heading + "\n" + _MORE + "\n")
    assert prose in body(doc) and heading in [getattr(block, "text", "") for block in doc.blocks]


def test_an_exclusivity_note_is_furniture_and_names_the_outlet() -> None:
    doc = build(_TITLE + _STORY + "本文为财新网独家稿件，未经授权不得转载。\n")
    assert body(doc) == [_LEAD, _MORE] and doc.meta.agency == "财新网"


@pytest.mark.parametrize(("line", "agency"), [
    ("© BBC 2024", "BBC中文"),
    ("Copyright © 2024 BBC. All rights reserved.", "BBC中文"),
    ("纽约时报中文网版权所有，未经书面授权，不得转载。", "纽约时报中文网"),
])
def test_a_copyright_line_names_the_outlet(line: str, agency: str) -> None:
    doc = build(_TITLE + _STORY + line + "\n")
    assert body(doc) == [_LEAD, _MORE] and doc.meta.agency == agency


# --------------------------------------------------------------------------- a magazine's issue line


@pytest.mark.parametrize(("line", "agency", "published"), [
    ("财新周刊 2024年第18期 出版日期 2024年05月06日", "财新网", "2024-05-06"),
    ("《三联生活周刊》2024年第20期", "三联生活周刊", None),
    ("南风窗 2024年第10期", "南风窗", None),
    ("《中国新闻周刊》2024年第9期（总第1131期）", "中国新闻周刊", None),
])
def test_a_magazines_issue_line_gives_the_print_edition(line: str, agency: str, published: str | None) -> None:
    doc = build(_TITLE + line + "\n" + _STORY)
    assert (doc.meta.agency, doc.meta.published) == (agency, published)
    assert line in doc.meta.header_raw and body(doc) == [_LEAD, _MORE]
    closing = build(_TITLE + _STORY + line + "\n")
    assert closing.meta.agency == agency and body(closing) == [_LEAD, _MORE]


def test_an_issue_in_a_sentence_stays_text() -> None:
    prose = "该刊2024年第18期刊发了这篇文章。"
    doc = build(_TITLE + _LEAD + "\n" + prose + "\n")
    assert body(doc) == [_LEAD, prose]


# --------------------------------------------------------------------------- the desk's credits under the story



@pytest.mark.parametrize("line", [
    "版面编辑：李四", "图片编辑：王五", "视频编辑：赵六", "美术编辑：孙八", "审校：周九", "校对：吴十",
    "监制：郑一", "统筹：冯二", "出品人：陈三", "总策划：陈三",
])
def test_a_desks_credit_under_the_story_is_an_editor_line(line: str) -> None:
    doc = build(_TITLE + _STORY + "责任编辑：钱七\n" + line + "\n")
    assert body(doc) == [_LEAD, _MORE]
    assert [block.text for block in doc.blocks if isinstance(block, EditorLine)] == ["责任编辑：钱七", line]
    assert doc.meta.editors == ("钱七",)  # the page's and the pictures' editors are credits, not the story's editor


# --------------------------------------------------------------------------- a column's tag opening the headline


@pytest.mark.parametrize(("tag", "column"), [
    ("【專欄】", "專欄"), ("【专栏】", "专栏"), ("【社論】", "社論"), ("【觀點】", "觀點"), ("【评论】", "评论"),
])
def test_a_columns_tag_in_brackets_opening_the_headline_is_the_series(tag: str, column: str) -> None:
    headline = "城市更新要守住烟火气"
    doc = build(tag + headline + "\n" + _STORY)
    assert doc.meta.title == headline
    assert doc.meta.series is not None and doc.meta.series.name == column
    assert body(doc) == [_LEAD, _MORE]


def test_a_tag_naming_no_column_stays_in_the_headline() -> None:
    doc = build("【独家】城市更新要守住烟火气\n" + _STORY)
    assert doc.meta.title == "【独家】城市更新要守住烟火气" and doc.meta.series is None


# --------------------------------------------------------------------------- a writer filing from a place


@pytest.mark.parametrize(("line", "agency", "place", "reporters"), [
    ("端傳媒特約撰稿人 王小明 發自台北", "端傳媒", "台北", ("王小明",)),
    ("特约记者 王小明 发自成都", None, "成都", ("王小明",)),
    ("王小明 发自成都", None, "成都", ("王小明",)),
    ("张伟 李娜 发自伦敦", None, "伦敦", ("张伟", "李娜")),
    ("本报驻成都记者 王小明", "本报", "成都", ("王小明",)),
    ("人民日报驻东京记者 张伟 李娜", "人民日报", "东京", ("张伟", "李娜")),
])
def test_a_writer_filing_from_a_place_gives_author_place_and_outlet(line: str, agency: str | None, place: str,
                                                                    reporters: tuple[str, ...]) -> None:
    doc = build(_TITLE + line + "\n" + _STORY)
    assert doc.meta.dateline is not None and doc.meta.dateline.place == place
    assert doc.meta.reporters == reporters and doc.meta.agency == agency
    assert body(doc) == [_LEAD, _MORE]


def test_words_before_filing_that_are_no_names_make_no_dateline() -> None:
    line = "城市更新 发自内心"
    doc = build(_TITLE + line + "\n" + _STORY)
    assert doc.meta.dateline is None and doc.meta.reporters == ()


# --------------------------------------------------------------------------- genres: a reader's letter, a video, a release


_LETTER = ("编辑同志：\n我是某某市某某小区的居民。近年来小区车辆越来越多，停车位严重不足，居民出行很不方便。\n"
           "希望有关部门能够重视这个问题，尽快增建停车设施。\n")


@pytest.mark.parametrize("sender", ["某某市读者 王先生", "某某小区居民 陈某某", "读者 李娜"])
def test_a_readers_letter_signs_off_undated(sender: str) -> None:
    doc = build("小区停车难何时能解决？\n" + _LETTER + sender + "\n")
    assert isinstance(doc.blocks[0], Salutation)
    assert [block.text for block in doc.blocks if isinstance(block, Signature)] == [sender]
    assert doc.meta.keywords == ()  # no tag row made of the sender's words
    assert sender not in body(doc)


def test_a_story_closing_with_a_name_line_and_no_salutation_is_no_letter() -> None:
    doc = build(_TITLE + _STORY + "读者 李娜\n")
    assert not any(isinstance(block, Signature) for block in doc.blocks)


@pytest.mark.parametrize("line", ["视频时长：02:35", "时长 3分12秒", "視頻時長：01:02:15"])
def test_a_videos_running_time_is_furniture(line: str) -> None:
    doc = build("嫦娥六号成功着陆月球背面\n" + line + "\n来源：央视新闻客户端\n" + _STORY)
    assert body(doc) == [_LEAD, _MORE] and line in doc.meta.furniture_raw
    assert doc.meta.agency == "央视新闻"


def test_a_releases_dateline_with_the_place_first() -> None:
    lead = "某某集团今日发布《2024年度社会责任报告》，全面展示公司在环境保护、社会贡献等方面的成果。"
    doc = build("某某集团发布2024年度社会责任报告\n北京，2024年12月5日——" + lead + "\n"
                + "公司总裁李明表示，将持续推进可持续发展战略。\n###\n关于某某集团\n某某集团成立于1998年，总部位于北京。\n")
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "北京"
    assert doc.meta.published == "2024-12-05" and body(doc)[0] == lead
    # the boilerplate after the release's end mark opens with its heading
    assert [block.text for block in doc.blocks if isinstance(block, Heading)] == ["关于某某集团"]


# --------------------------------------------------------------------------- genres: a commentary's sign-off, a desk's AI note

_COMMENT = ("改革开放是决定当代中国命运的关键一招。今年以来，各地各部门深入推进改革，取得了显著成效。",
            "实践证明，只有坚定不移推进改革，才能不断增强发展活力。")


@pytest.mark.parametrize(("line", "agency"), [
    ("（本报评论员）", "本报"), ("本报评论员", "本报"), ("（人民日报评论员）", "人民日报"), ("新华社特约评论员", "新华社"),
])
def test_a_commentarys_signature_at_its_foot(line: str, agency: str) -> None:
    doc = build("让改革红利更多惠及人民\n" + "\n".join(_COMMENT) + "\n" + line + "\n")
    assert body(doc) == list(_COMMENT) and doc.meta.agency == agency
    assert [block.text for block in doc.blocks if isinstance(block, EditorLine)] == [line]


def test_a_commentator_in_a_sentence_stays_text() -> None:
    prose = "一位资深评论员"
    doc = build("让改革红利更多惠及人民\n" + "\n".join(_COMMENT) + "\n" + prose + "\n")
    assert doc.meta.agency is None and not any(isinstance(block, EditorLine) for block in doc.blocks)


@pytest.mark.parametrize("line", ["（本文由AI辅助生成）", "本文内容由AI生成，仅供参考"])
def test_a_note_that_a_machine_helped_is_a_desk_note(line: str) -> None:
    doc = build(_TITLE + _STORY + line + "\n")
    assert body(doc) == [_LEAD, _MORE]
    assert [block.text for block in doc.blocks if isinstance(block, EditorLine)] == [line]


@pytest.mark.parametrize(("line", "agency", "place"), [
    ("南方财经全媒体记者 张三 北京报道", "南方财经全媒体", "北京"),
    ("潇湘晨报全媒体记者 张三 长沙报道", "潇湘晨报", "长沙"),
])
def test_a_groups_all_media_reporter_filing_from_a_place(line: str, agency: str, place: str) -> None:
    doc = build(_TITLE + line + "\n" + _STORY)
    assert doc.meta.dateline is not None and doc.meta.dateline.place == place
    assert doc.meta.reporters == ("张三",) and doc.meta.agency == agency
    assert body(doc) == [_LEAD, _MORE]


# --------------------------------------------------------------------------- genres: an order signed by its issuer

_ORDER = ("中华人民共和国主席令\n{number}\n"
          "《中华人民共和国某某法》已由中华人民共和国第十四届全国人民代表大会常务委员会第十次会议于2024年6月28日通过，"
          "现予公布，自2025年1月1日起施行。\n中华人民共和国主席 张某某\n2024年6月28日\n")


@pytest.mark.parametrize("number", ["第三十一号", "第31号"])
def test_an_orders_number_and_its_signer(number: str) -> None:
    doc = build(_ORDER.format(number=number))
    assert doc.meta.official is not None and doc.meta.official.number == number
    assert [block.text for block in doc.blocks if isinstance(block, Signature)] == ["中华人民共和国主席 张某某", "2024年6月28日"]
    assert doc.meta.keywords == () and doc.meta.published == "2024-06-28"  # the signer's line is no tag row


@pytest.mark.parametrize("line", ["登录后阅读全文", "付费阅读全文", "此内容为付费内容", "订阅后可查看完整内容"])
def test_a_paywalls_note_or_prompt_is_furniture(line: str) -> None:
    doc = build(_TITLE + _STORY + line + "\n")
    assert body(doc) == [_LEAD, _MORE] and line in doc.meta.furniture_raw


@pytest.mark.parametrize(("line", "agency"), [
    ("本文版权归财新传媒所有", "财新网"),
    ("Copyright © 2024 财新传媒 All Rights Reserved", "财新网"),
    ("版权所有 © 联合早报", "联合早报"),
    ("© 2024 BBC. 在外部网站上的内容不归BBC负责。", "BBC中文"),
    ("本文系界面新闻原创稿件，未经授权不得转载。", "界面新闻"),
])
def test_a_copyright_or_ownership_line_in_other_shapes_names_the_outlet(line: str, agency: str) -> None:
    doc = build(_TITLE + _STORY + line + "\n")
    assert body(doc) == [_LEAD, _MORE] and doc.meta.agency == agency


def test_a_copyright_line_naming_no_outlet_names_none() -> None:
    doc = build(_TITLE + _STORY + "本文版权归原作者所有\n")
    assert body(doc) == [_LEAD, _MORE] and doc.meta.agency is None


# --------------------------------------------------------------------------- genres: a sports wire, a picture story, an app's credits


@pytest.mark.parametrize(("opening", "agency", "place"), [
    ("新华社多哈12月5日体育专电（记者 张三）", "新华社", "多哈"),
    ("新华社北京12月5日经济专电（记者 张三）", "新华社", "北京"),
    ("多哈12月5日体育专电（记者 张三）", None, "多哈"),
])
def test_a_desks_special_wire_is_a_dateline(opening: str, agency: str | None, place: str) -> None:
    doc = build(_TITLE + opening + _STORY)
    assert doc.meta.dateline is not None and doc.meta.dateline.place == place
    assert doc.meta.agency == agency and doc.meta.reporters == ("张三",)
    assert body(doc) == [_LEAD, _MORE]


def test_a_picture_services_name_over_the_story_is_its_outlet() -> None:
    doc = build("雪后故宫美如画\n新华社图片\n12月5日，游客在雪后的故宫游览拍照。\n（新华社记者 张三 摄）\n")
    assert doc.meta.agency == "新华社" and "新华社图片" in doc.meta.header_raw
    assert doc.meta.photographers == ("张三",)


def test_an_apps_editor_credit_under_the_story() -> None:
    doc = build(_TITLE + "北京日报客户端 | 记者 王小明\n" + _STORY + "北京日报客户端 | 编辑 李四\n")
    assert doc.meta.agency == "北京日报" and doc.meta.reporters == ("王小明",) and doc.meta.editors == ("李四",)
    assert body(doc) == [_LEAD, _MORE]
    assert [block.text for block in doc.blocks if isinstance(block, EditorLine)] == ["北京日报客户端 | 编辑 李四"]


def test_an_interviewees_post_in_brackets_after_the_name_is_a_turns_speaker() -> None:
    doc = build("专访：基础研究要甘坐冷板凳\n记者：您如何看待当前我国基础研究的发展？\n"
                "张伟（中国科学院院士）：近年来，我国基础研究投入持续增长，取得了一批重大原创成果。\n"
                "记者：青年科研人员应该如何成长？\n张伟：要甘坐冷板凳，耐得住寂寞。\n")
    turns = [(block.speaker, block.text) for block in doc.blocks if isinstance(block, Turn)]
    assert turns == [("记者", "您如何看待当前我国基础研究的发展？"),
                     ("张伟（中国科学院院士）", "近年来，我国基础研究投入持续增长，取得了一批重大原创成果。"),
                     ("记者", "青年科研人员应该如何成长？"), ("张伟", "要甘坐冷板凳，耐得住寂寞。")]
    assert body(doc) == []
