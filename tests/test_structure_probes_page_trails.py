"""A whole portal page copied from the browser as text carries its menu and its trail (新浪首页 新闻
体育 …, 新华网 > 时政 > 正文, 人民网>>社会·法治) above the headline, and its tool row, footer links
and tags under the story. None of them is the title or the story; a line of story that happens to
hold an arrow, a bar or a channel's name stays."""

from __future__ import annotations

import pytest

from conftest import body_texts as body
from conftest import build_text as build

_STORY = (
    "新华社北京12月6日电（记者 孙奕）国家主席6日在人民大会堂同来华进行正式访问的新西兰总理会谈。\n"
    "双方表示，愿深化经贸、教育、旅游等领域合作，推动两国关系不断向前发展。\n"
)
_TITLE = "两国领导人举行会谈\n"
_TIME = "2026-12-06 18:45:12 来源：新华网\n"


@pytest.mark.parametrize(
    "trail",
    [
        "新华网 > 时政 > 正文",
        "人民网>>社会·法治",
        "首頁>國際>亞洲",
        "国内新闻 > 正文",
        "新闻中心 » 国内 » 社会",
        "新浪首页 新闻 体育 财经 娱乐 科技 博客 图片 专栏 更多",
        "央视网|首页|新闻|体育|综艺",
        "首页 · 时政 · 国际 · 财经",
    ],
)
def test_a_portals_menu_or_trail_above_the_headline_is_furniture(trail: str) -> None:
    doc = build(trail + "\n" + _TITLE + _TIME + _STORY)
    assert doc.meta.title == "两国领导人举行会谈"
    assert doc.meta.published is not None and doc.meta.published.startswith("2026-12-06T18:45")
    assert trail in doc.meta.furniture_raw
    assert len(body(doc)) == 2


def test_tools_footer_links_and_a_tag_list_under_the_story_are_not_story() -> None:
    doc = build(
        _TITLE + _TIME + "【字体：大 中 小】 打印 纠错 分享\n" + _STORY
        + "【责任编辑：王子铭】\n联系我们 | 关于我们 | 网站地图\n热词：\n高铁 跨海 福建\n"
    )
    assert len(body(doc)) == 2
    assert doc.meta.keywords == ("高铁", "跨海", "福建")
    assert "联系我们 | 关于我们 | 网站地图" in doc.meta.furniture_raw
    assert all("热词" not in text and "打印" not in text for text in body(doc))


@pytest.mark.parametrize(
    "line",
    [
        "在这场比赛中，收入>支出的球队只有三支，其余都在亏损。",
        "三个选项：体育 财经 娱乐，观众可以任选其一。",
        "新闻 体育",
        "热词：",  # a label with nothing under it stays as written
    ],
)
def test_story_lines_with_arrows_bars_or_channel_words_stay(line: str) -> None:
    doc = build(_TITLE + _TIME + _STORY + line + "\n")
    assert line in "".join(body(doc)) or line in "".join(getattr(b, "text", "") for b in doc.blocks)


@pytest.mark.parametrize(
    ("site", "agency"),
    [("新京报网", "新京报"), ("自由時報電子報", "自由時報"), ("星島日報網站", "星島日報"), ("人民网", "人民网")],
)
def test_an_outlets_website_alone_above_the_headline_is_the_source_not_the_title(site: str, agency: str) -> None:
    doc = build(site + "\n" + _TITLE + "2026-12-06 18:45\n" + _STORY.replace("新华社北京12月6日电（记者 孙奕）", ""))
    assert doc.meta.title == "两国领导人举行会谈"
    assert doc.meta.agency == agency
    assert site in doc.meta.header_raw


_GOVERNMENT_PAGE = (
    "中国政府网\n首页 > 政策 > 最新\n索  引  号：000014349/2026-00123\n主题分类：国民经济管理\n发文机关：国务院办公厅\n"
    "成文日期：2026年12月01日\n标　　题：国务院办公厅关于进一步促进消费的若干措施的通知\n发文字号：国办发〔2026〕45号\n"
    "发布日期：2026年12月05日\n国务院办公厅关于进一步促进消费的若干措施的通知\n国办发〔2026〕45号\n"
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
    "　　为深入贯彻落实党中央、国务院决策部署，进一步扩大内需、促进消费，经国务院同意，现提出以下措施。\n"
    "　　一、提升消费能力。多渠道促进城乡居民增收，稳定和扩大就业。\n"
    "国务院办公厅\n2026年12月1日\n【我要纠错】 责任编辑：王洋\n"
)


def test_a_government_page_copied_whole_takes_its_title_from_its_table() -> None:
    """The site's name, its trail, the 政府信息公开 table with its 标题 row, the title and the
    发文字号 printed again: all header; the document opens with its 主送机关."""
    doc = build(_GOVERNMENT_PAGE)
    assert doc.meta.title == "国务院办公厅关于进一步促进消费的若干措施的通知"
    assert doc.meta.agency == "国务院办公厅"  # the issuer outranks the site the page is on
    assert doc.meta.official is not None and doc.meta.official.number == "国办发〔2026〕45号"
    assert doc.blocks[0].kind == "salutation"
    assert doc.meta.editors == ("王洋",)
    assert "中国政府网" in doc.meta.header_raw


def test_a_sites_name_alone_over_a_page_is_the_agency_of_last_resort() -> None:
    doc = build("某某市人民政府门户网站\n" + _TITLE + "2026-12-06 18:45\n"
                + _STORY.replace("新华社北京12月6日电（记者 孙奕）", ""))
    assert doc.meta.title == "两国领导人举行会谈"
    assert doc.meta.agency == "某某市人民政府门户网站"


def test_a_headline_ending_in_net_stays_the_headline() -> None:
    doc = build("织密防护网\n2026-12-06 18:45\n" + _STORY.replace("新华社北京12月6日电（记者 孙奕）", ""))
    assert doc.meta.title == "织密防护网"


def test_a_portal_copys_share_box_notice_and_trending_label_are_not_story() -> None:
    """网易's copy: its trail, share box (用微信扫码二维码 / 分享至好友和朋友圈), the 网易号 notice
    (…本平台仅提供信息存储服务。) under the closing credit, and its 热搜 box's label."""
    doc = build(
        "网易首页 > 网易新闻 > 正文\n" + _TITLE + _TIME + "举报\n0\n分享至\n用微信扫码二维码\n分享至好友和朋友圈\n" + _STORY
        + "本文来源：新华网 作者：孙奕 责任编辑：王晓_NN1234\n"
        + "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。\n"
        + "热搜\n"
    )
    assert doc.meta.title == "两国领导人举行会谈"
    assert len(body(doc)) == 2
    assert doc.meta.editors == ("王晓",)
    assert "热搜" in doc.meta.furniture_raw and "用微信扫码二维码" in doc.meta.furniture_raw


def test_a_channel_trail_opening_with_the_sites_section_is_furniture() -> None:
    doc = build("凤凰网资讯 > 社会\n" + _TITLE + _TIME + _STORY)
    assert doc.meta.title == "两国领导人举行会谈" and "凤凰网资讯 > 社会" in doc.meta.furniture_raw


def test_a_sentence_about_scanning_a_code_stays() -> None:
    line = "市民用微信扫码二维码即可预约，系统会在当天发送确认短信。"
    doc = build(_TITLE + _TIME + _STORY + line + "\n")
    assert line in body(doc)


def test_a_menu_copied_one_item_a_line_is_furniture_and_the_headline_still_found() -> None:
    doc = build("搜狐首页\n新闻\n体育\n汽车\n房产\n首页 > 新闻\n" + _TITLE + _TIME + _STORY + "返回搜狐，查看更多\n")
    assert doc.meta.title == "两国领导人举行会谈"
    assert doc.meta.published is not None and doc.meta.published.startswith("2026-12-06T18:45")
    assert {"搜狐首页", "新闻", "体育", "汽车", "房产"} <= set(doc.meta.furniture_raw)
    assert len(body(doc)) == 2


def test_the_outlet_under_the_headline_outranks_the_portal_over_the_page() -> None:
    """腾讯新闻 / 首页 / 要闻 over the headline, 北青网 under it: the portal carried the outlet's story."""
    story = _STORY.replace("新华社北京12月6日电（记者 孙奕）", "")
    doc = build("腾讯新闻\n首页\n要闻\n" + _TITLE + "北青网\n2026-12-06 08:12\n发布于北京\n" + story
                + "评论 0文明上网理性发言，请遵守《新闻评论服务协议》\n")
    assert doc.meta.title == "两国领导人举行会谈"
    assert doc.meta.agency == "北青网"
    assert len(body(doc)) == 2
    doc = build("腾讯新闻\n" + _TITLE + "2026-12-06 08:12\n" + story)
    assert doc.meta.agency == "腾讯新闻"  # nothing else names one: the portal


@pytest.mark.parametrize("first", ["新闻", "体育"])
def test_a_channel_word_alone_is_no_menu_without_another_beside_it(first: str) -> None:
    doc = build(first + "\n" + _TITLE + _TIME + _STORY)
    assert first not in doc.meta.furniture_raw


def test_an_e_paper_copys_contents_link_and_size_buttons_are_furniture() -> None:
    """人民日报's e-paper page: 版面目录 over the headline, 放大 缩小 默认 and the pager under the story."""
    doc = build("人民日报\n2026年12月06日 第 04 版\n版面目录\n" + _TITLE + "本报记者 罗珊珊\n" + _STORY
                + "《 人民日报 》（ 2026年12月06日 04 版）\n(责编：王震、王燕)\n放大 缩小 默认\n上一篇\n下一篇\n")
    assert doc.meta.title == "两国领导人举行会谈" and doc.meta.kicker is None
    assert {"版面目录", "放大 缩小 默认"} <= set(doc.meta.furniture_raw)
    assert doc.meta.editors == ("王震", "王燕")


def test_a_toutiao_copys_menu_is_furniture() -> None:
    doc = build("头条\n首页\n登录\n" + _TITLE + "大河报\n2026-12-06 11:02·大河报官方账号\n关注\n"
                + _STORY.replace("新华社北京12月6日电（记者 孙奕）", "") + "举报/反馈\n")
    assert doc.meta.title == "两国领导人举行会谈"
    assert doc.meta.agency == "大河报"
    assert len(body(doc)) == 2


def test_a_menu_of_editions_and_a_login_link_over_the_trail_is_furniture() -> None:
    """中新网's copy: English / 日本語 / 华舆 / 登录 one a line under the masthead, the trail, the
    headline; its footer links, disclaimer and reprint notice under the story."""
    doc = build(
        "中国新闻网\nEnglish\n日本語\n华舆\n登录\n首页 > 国内\n" + _TITLE + _TIME + "分享到：\n" + _STORY + "（完）\n【编辑:李岩】\n"
        + "关于我们 | About us | 联系我们 | 广告服务 | 法律声明 | 网站地图\n"
        + "本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。\n"
    )
    assert doc.meta.title == "两国领导人举行会谈"
    assert {"English", "日本語", "华舆", "登录"} <= set(doc.meta.furniture_raw)
    assert len(body(doc)) == 2
    assert any("书面授权" in line for line in doc.meta.furniture_raw)


def test_a_sites_own_work_notice_is_furniture_and_a_report_about_reprints_stays() -> None:
    notice = "环球网版权作品，未经书面授权，严禁转载或镜像，违者将依法追究法律责任。"
    report = "调查发现，某公司的原创作品被多家网站未经书面授权转载，目前已向法院起诉。"
    doc = build(_TITLE + _TIME + _STORY + report + "\n责编：李昊\n" + notice + "\n")
    assert notice in doc.meta.furniture_raw
    assert report in body(doc)


def test_a_byline_dateline_alone_over_the_headline_leaves_the_headline_the_title() -> None:
    """ETtoday's copy: masthead, time, 記者王小明／台北報導, then the headline and the story."""
    doc = build("ETtoday新聞雲\n2026年12月06日 11:20\n記者王小明／台北報導\n北市今年首度低溫特報 明晨探9度\n"
                "中央氣象署今（6）日上午發布低溫特報，台北市、新北市明天清晨可能出現10度以下低溫。\n"
                "氣象署提醒，民眾外出應注意保暖，年長者及心血管疾病患者應特別留意。\n")
    assert doc.meta.title == "北市今年首度低溫特報 明晨探9度" and not doc.meta.title_derived
    assert doc.meta.reporters == ("王小明",)
    assert body(doc)[0].startswith("中央氣象署")


@pytest.mark.parametrize("section", ["即時 港聞", "國際 > 亞洲", "要闻"])
def test_a_section_and_its_subsection_over_the_headline_are_its_filing(section: str) -> None:
    doc = build("星島頭條\n" + section + "\n港鐵屯馬綫今早故障 乘客滯留車廂半小時\n2026年12月6日 08:45\n"
                "港鐵屯馬綫今早（6日）8時許發生信號故障，多班列車延誤，有乘客滯留車廂約半小時。\n"
                "港鐵發言人表示，工程人員已到場搶修，服務於9時15分逐步回復正常。\n")
    assert doc.meta.title == "港鐵屯馬綫今早故障 乘客滯留車廂半小時"
    assert doc.meta.published == "2026-12-06T08:45"


def test_a_weibo_posts_stamp_with_its_client_is_no_headline() -> None:
    doc = build("人民日报\n12-6 08:30 来自 微博网页版 已编辑\n【#前11个月全国网上零售额增长7.2%#】据商务部消息，今年前11个月，"
                "全国网上零售额同比增长7.2%，其中实物商品网上零售额增长6.5%。#数字消费#\n转发 1234\n评论 567\n赞 8901\n")
    assert doc.meta.title == "前11个月全国网上零售额增长7.2%"
    assert "12-6 08:30 来自 微博网页版 已编辑" in doc.meta.header_raw
    assert doc.meta.agency == "人民日报"


@pytest.mark.parametrize("source", ["来源：网络", "来源：互联网", "來源：網路", "来源：网友投稿", "来源：佚名"])
def test_a_source_that_names_no_outlet_gives_no_agency(source: str) -> None:
    doc = build(_TITLE + "2026-12-06 09:00 " + source + "\n" + _STORY.replace("新华社北京12月6日电（记者 孙奕）", ""))
    assert doc.meta.agency is None
    assert doc.meta.published == "2026-12-06T09:00"


def test_a_crawlers_source_field_that_names_no_outlet_gives_no_agency() -> None:
    import json

    import convertkit

    record = {"title": "两国领导人举行会谈", "source": "来源于网络", "content": _STORY.replace("新华社北京12月6日电（记者 孙奕）", "")}
    assert convertkit.read(json.dumps([record], ensure_ascii=False).encode()).meta.agency is None
