"""Crawler records in the shapes of the corpus's own sources (a Taiwanese realtime-news crawler,
UDN's breaking news, a people.cn crawler): synthetic records in tests/fixtures/unseen_crawlers,
each test naming the shape it guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from convertkit.api import read_all
from convertkit.model import Caption, Document, Heading, Lead, Paragraph, Source
from convertkit.readers.base import Hints, split_lines
from convertkit.readers.html_furniture import Segment, is_furniture
from convertkit.structure.build import build_document
from convertkit.structure.titles import clean_title

FIXTURES = Path(__file__).parent / "fixtures" / "unseen_crawlers"


def records(name: str) -> list[Document]:
    return list(read_all(FIXTURES / name))


def body(doc: Document) -> list[str]:
    return [block.text for block in doc.blocks if isinstance(block, Lead | Paragraph)]


def captions(doc: Document) -> list[str]:
    return [block.text for block in doc.blocks if isinstance(block, Caption)]


@pytest.fixture(scope="module")
def apple() -> list[Document]:
    return records("apple_realtime_style.json")


@pytest.fixture(scope="module")
def udn() -> list[Document]:
    return records("udn_breaknews_style.json")


@pytest.fixture(scope="module")
def people() -> list[Document]:
    return records("people_source_style.json")


# --------------------------------------------------------------------------- 蘋果日報 realtime


def test_font_size_label_glued_to_the_headline_goes(apple: list[Document]) -> None:
    assert apple[0].meta.title == "縣府明審溪口堤防改建案 居民盼加速動工"
    assert clean_title("老字号") == "老字号" and clean_title("新店開張字号：") == "新店開張"


def test_closing_place_report_credit_names_the_reporters(apple: list[Document]) -> None:
    # （林佩君／嘉義報導） · （陳怡安／綜合外電報導） · （突發中心黃家豪／台南報導） · （許志明/新北報導）
    assert [doc.meta.reporters for doc in apple[:4]] == [("林佩君",), ("陳怡安",), ("黃家豪",), ("許志明",)]
    assert captions(apple[0]) == ["縣府發言人周雅文。資料照"]
    desk = build_document(split_lines("標題\n\n彩券開獎號碼如下。（即時新聞中心／綜合報導）\n"), Hints(), Source())
    assert desk.meta.reporters == ()


def test_page_stamps_after_the_credit_are_furniture_and_the_caption_below_is_one(apple: list[Document]) -> None:
    strike, baseball = apple[1], apple[3]
    assert strike.meta.furniture_raw == ("發稿時間：09:12 更新時間：18:40",)
    assert captions(strike) == ["港口外海排隊等候的貨輪。路透"]  # a picture's sentence and its bare wire
    assert not any(text.endswith("路透") for text in body(strike))
    assert baseball.meta.furniture_raw == ("出版時間：15:20 更新時間：19:05",)
    assert captions(baseball) == ["地主隊投手在第七局投出三振。王大同攝"] and baseball.meta.photographers == ("王大同",)
    assert not any("時間" in text for text in body(baseball))


def test_teaser_label_left_without_its_links_closes_nothing(apple: list[Document]) -> None:
    night_market = apple[2]
    assert night_market.meta.furniture_raw == ("小編推薦：",)
    assert body(night_market)[-1].endswith("（突發中心黃家豪／台南報導）")


# --------------------------------------------------------------------------- UDN breaking news


def test_caption_and_its_credit_between_share_buttons_stay_one_caption(udn: list[Document]) -> None:
    # …出席。 縣長林文昌昨邀請…疑義。 記者王志成／攝影   分享   facebook: the story, then one caption
    lunch, flood = udn[0], udn[1]
    assert captions(lunch) == ["縣長林文昌昨邀請議員餐敘，溝通明年度總預算案相關疑義。記者王志成／攝影"]
    assert body(lunch)[-1].endswith("共有十幾人出席。")
    assert captions(flood) == ["里長陳美惠（左）向市府官員說明社區積水情形，盼抽水站加速興建。記者李建國／攝影"]
    assert body(flood)[0].endswith("居民對此表示樂觀其成。")


def test_paper_file_picture_and_screen_grab_credits_make_captions(udn: list[Document]) -> None:
    baseball, parking = udn[2], udn[3]
    assert captions(baseball) == ["猛獅隊公布季後人員調整，老將張家銘從球員身分引退，將轉任二軍打擊教練。聯合報系資料照片"]
    assert captions(parking)[0].startswith("一名男子在停車場") and body(parking)[0].startswith("一名網友")


def test_page_script_left_in_the_text_is_dropped(udn: list[Document]) -> None:
    jury = udn[4]
    assert body(jury)[-1].endswith("最重可處一年以下有期徒刑。")
    assert not any("function" in text for text in body(jury))


# --------------------------------------------------------------------------- people.cn


def test_body_stored_twice_run_on_then_in_paragraphs_is_read_once(people: list[Document]) -> None:
    coastguard = people[0]
    assert len(body(coastguard)) == 3 and body(coastguard)[0].endswith("参演机构包括三国的海上执法部门。")


def test_wire_column_and_headline_after_the_dateline_are_not_the_lead(people: list[Document]) -> None:
    # 新华社北京6月2日电 （国际观察）海岛论坛背后的算计 / 新华社记者
    forum = people[1]
    assert forum.meta.series is not None and forum.meta.series.name == "国际观察"
    assert forum.meta.title == "海岛论坛背后的算计"  # the record's title without the column before its bar
    assert body(forum)[0].startswith("某国将于下周")
    text = build_document(split_lines("新华社北京6月2日电 （国际观察）海岛论坛背后的算计\n新华社记者\n"
                                      "某国将于下周在一处海岛度假地举办三方论坛。\n"), Hints(), Source())
    assert text.meta.title == "海岛论坛背后的算计" and text.meta.series is not None
    assert body(text) == ["某国将于下周在一处海岛度假地举办三方论坛。"]


def test_subheading_over_a_last_paragraph_closed_by_a_credit(people: list[Document]) -> None:
    headings = [block.text for block in people[1].blocks if isinstance(block, Heading)]
    assert headings == ["地区合作仍有分歧", "损害地区和平稳定"]
    assert body(people[1])[-1].startswith("多家媒体发表评论说")


def test_a_sentence_about_publishing_a_comment_is_no_comment_button() -> None:
    assert not is_furniture(Segment("多家媒体发表评论说，三方不应为了对抗而合作。"))
    assert is_furniture(Segment("发表评论")) and is_furniture(Segment("我要评论 (12)"))


# --------------------------------------------------------------------------- 新华网 channels


def test_channel_record_takes_its_outlet_from_the_address_and_its_closing_credits() -> None:
    # source 韩国频道 on korea.xinhuanet.com · (图注：…) over the story · …。【记者 孙立明】
    (fishery,) = records("xinhuanet_channel_style.json")
    assert fishery.meta.agency == "新华网" and fishery.meta.reporters == ("孙立明",)
    assert captions(fishery) == ["（图注：两国渔业官员在协定生效仪式上握手）"]
    assert body(fishery)[0].startswith("某国《东海日报》")


# --------------------------------------------------------------------------- 自由時報 print edition


@pytest.fixture(scope="module")
def liberty() -> list[Document]:
    return records("liberty_print_style.json")


def test_captions_glued_after_the_story_become_captions(liberty: list[Document]) -> None:
    # …希望市府重視。議員會同…會勘步道照明。（記者林志明攝）步道入口處的舊路燈已損壞多時。（資料照）
    walkway = liberty[0]
    assert captions(walkway) == ["議員會同工務局人員到場會勘步道照明。（記者林志明攝）", "步道入口處的舊路燈已損壞多時。（資料照）"]
    assert body(walkway)[-1].endswith("希望市府重視。") and walkway.meta.photographers == ("林志明",)
    assert walkway.meta.reporters == ("林志明",)


def test_a_short_story_closed_by_its_writer_gives_up_the_caption_after_it(liberty: list[Document]) -> None:
    # …檢驗證明。（記者陳美玲）學童使用的舊課桌椅。（記者黃文彬翻攝）: a story, then a caption
    desks = liberty[1]
    assert desks.meta.reporters == ("陳美玲",) and captions(desks) == ["學童使用的舊課桌椅。（記者黃文彬翻攝）"]
    assert body(desks)[0].endswith("（記者陳美玲）")


def test_a_wire_named_alone_after_the_story_stays_the_storys(liberty: list[Document]) -> None:
    port = liberty[2]
    assert body(port)[0].endswith("將受影響。（法新社）")
    assert captions(port) == ["碼頭工人在港區外集結。（法新社檔案照）"]


def test_long_story_sentence_before_a_bare_picture_credit_stays_story() -> None:
    text = ("標題\n\n" + "某歌手的成名曲在影音平台上的點閱人次已突破三十億，" * 4 + "創下紀錄。"
            + "這首歌在多年前首播後深受全球粉絲喜愛並爭相模仿，" * 3 + "播放次數也持續攀升。(翻攝 某某 Youtube)\n")
    doc = build_document(split_lines(text), Hints(), Source())
    assert captions(doc) == []


def test_column_and_translator_brackets_name_the_writer(liberty: list[Document]) -> None:
    # 記者王小華／特稿 (an analysis) · 未造成傷亡 〔編譯李佳穎／綜合報導〕 (the foreign desk after a kicker)
    analysis, drone = liberty[3], liberty[4]
    assert analysis.meta.reporters == ("王小華",) and body(analysis)[0].startswith("醫院評鑑制度")
    assert drone.meta.reporters == ("李佳穎",) and body(drone)[0].startswith("某國首都")


def test_run_together_captions_each_keep_their_photographer(apple: list[Document]) -> None:
    # 張家豪…安打。黃志明攝王大仁完成生涯千安。黃志明攝先發投手…。  黃志明攝球迷…
    gallery = apple[4]
    assert captions(gallery) == ["張家豪擊出兩分打點二壘安打。黃志明攝", "王大仁完成生涯千安。黃志明攝",
                                 "先發投手李文雄6局失1分。黃志明攝", "球迷在外野看台加油。黃志明攝"]
    assert gallery.meta.photographers == ("黃志明",) and body(gallery) == []


# --------------------------------------------------------------------------- TVBS


def test_picture_credit_line_and_trainee_editor_are_read_apart_from_the_text() -> None:
    # …氣氛熱烈。    圖／某某音樂提供  林小海透露…  實習編輯／陳小華
    (concert,) = records("tvbs_style.json")
    assert captions(concert) == ["圖／某某音樂提供"]
    assert body(concert)[1].startswith("林小海透露") and concert.meta.editors == ("陳小華",)


# --------------------------------------------------------------------------- 中国经济网


def test_headline_loses_the_portals_media_tag_and_glued_credits_name_both_writers() -> None:
    # …利好外贸（图） - 评论理论频道 · 【环球时报驻某国特约记者 王一凡环球时报特约记者 李思远】
    port, plane = records("ce_style.json")
    assert port.meta.title == "港口启用新航线，专家：利好外贸"
    assert clean_title("某地举行灯会（组图）") == "某地举行灯会" and clean_title("（图）") == "（图）"
    assert plane.meta.reporters == ("王一凡", "李思远") and plane.meta.agency == "环球时报"


# --------------------------------------------------------------------------- 新闻联播 run-down


def test_rundown_item_broken_at_its_colon_is_one_point() -> None:
    # 3.【代表委员履职故事】王某： / 发挥基层作用 助力社区治理； (the copy broke the item at its colon)
    text = ("# 《新闻联播》 (20250302)\n\n## 新闻摘要\n\n本期节目主要内容：\n\n1.某地举行春季招聘会；\n\n"
            "2.【代表委员履职故事】王某：\n\n发挥基层作用 助力社区治理；\n\n3.国内联播快讯：\n\n（1）某平台上线；\n\n"
            "（2）国际人士：\n\n某国制裁只为一己之私；\n\n（3）某展会开幕。\n")
    doc = build_document(split_lines(text), Hints(), Source())
    points = [block.text for block in doc.blocks if block.kind == "point"]
    assert points == ["1.某地举行春季招聘会；", "2.【代表委员履职故事】王某：发挥基层作用 助力社区治理；", "3.国内联播快讯：",
                      "（1）某平台上线；", "（2）国际人士：某国制裁只为一己之私；", "（3）某展会开幕。"]


def test_update_note_opening_the_story_is_the_editors(apple: list[Document]) -> None:
    # （更新：新增照片） 北歐一處大型港口…: what the update added, not the lead's words
    strike = apple[1]
    assert strike.blocks[0].kind == "editor_note" and strike.blocks[0].text == "新增照片"
    assert body(strike)[0].startswith("北歐一處大型港口")


def test_row_of_links_glued_after_the_last_sentence_is_furniture(udn: list[Document]) -> None:
    # …大於五○代表樂觀。》自營商進出明細 &nbsp  》外資持股增減排行》…
    index = udn[5]
    assert body(index)[-1].endswith("大於五○代表樂觀。") and len(body(index)) == 1
    assert index.meta.furniture_raw == ("》自營商進出明細 》外資持股增減排行》即時選股找重點 》漲跌幅即時排行",)


# --------------------------------------------------------------------------- derived titles


def test_derived_title_leaves_out_an_aside_its_cut_would_fall_inside() -> None:
    # 支持向量机（英语：Support Vector Machine，常简称为SVM）是一种…: a title cut inside the bracket
    doc = build_document(split_lines("某算法（英语：Some Long Algorithm Name，常简称为SLAN）是一种监督式学习的方法，"
                                     "可广泛地应用于统计分类以及回归分析。\n\n它属于一般化线性分类器。\n"), Hints(), Source())
    assert doc.meta.title == "某算法是一种监督式学习的方法……"


def test_commentary_opening_with_its_writer_and_post(apple: list[Document]) -> None:
    # 王大明／工程顧問 我整理了… (a forum piece): the writer and the post, not the lead's words
    forum = apple[5]
    assert forum.meta.reporters == ("王大明",) and forum.meta.affiliation == "工程顧問"
    assert body(forum)[0].startswith("我整理了今天公聽會上的發言重點")


# --------------------------------------------------------------------------- 光明网 misread records


def test_utf8_the_crawler_read_as_a_single_byte_codec_is_chinese_again() -> None:
    # гҖҖгҖҖгҖҗжҹҗзҪ‘жҠҘйҒ“гҖ‘… (PT154): the bytes were UTF-8
    (talks,) = records("gmw_misread_style.json")
    assert body(talks)[0].startswith("某国官员20日在首都") and talks.meta.reporters == ("李小红",)


def test_writers_one_a_line_under_the_byline_and_a_report_drafter() -> None:
    # 作者：王丽（…研究员） / 陈小兵（…） / 刘芳（…） · （报告执笔人：刘芳）
    (survey,) = records("gmw_report_style.json")
    assert survey.meta.reporters == ("王丽", "陈小兵", "刘芳") and survey.meta.reporter_label == "作者"
    assert not any(text.startswith("陈小兵") for text in body(survey))
    drafted = build_document(split_lines("标题\n\n总体来看，中学生的课外阅读时间有所增加。\n\n（报告执笔人：刘芳）\n"),
                             Hints(), Source())
    assert drafted.meta.reporters == ("刘芳",)
