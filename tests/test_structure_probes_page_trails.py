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
