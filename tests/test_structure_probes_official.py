"""Reader gaps found on synthetic official releases in real shapes (invented bodies, dates and
numbers): a document's 版记 under its 落款 ((此件公开发布), 抄送：…, …印发), a joint notice signed by
a police 支队, and a government site's footer (网站标识码, ICP and 公网安备 numbers, 政府网站找错)."""

from __future__ import annotations

import pytest

from conftest import body_texts as body
from conftest import build_text as build

_NOTICE = ("某某厅关于做好春季招生工作的通知\n某教发〔2024〕1号\n各市教育局：\n现就做好春季招生工作通知如下。\n"
           "一、坚持正确方向\n二、严格规范管理\n请认真贯彻落实。\n附件：1.招生工作规定\n2.工作日程表\n")


@pytest.mark.parametrize("tail", [
    "（此件公开发布）",
    "（此件主动公开）\n抄送：各市招生考试机构。",
    "抄送：省委办公厅，省人大常委会办公厅。\n某某省教育厅办公室 2024年3月13日印发",
])
def test_an_official_documents_tail_does_not_hide_its_signature(tail: str) -> None:
    doc = build(f"{_NOTICE}某某省教育厅\n2024年3月12日\n{tail}\n")
    assert [block.text for block in doc.blocks_of("signature")] == ["某某省教育厅", "2024年3月12日"]
    assert doc.meta.published == "2024-03-12" and doc.meta.agency == "某某省教育厅"
    shown = body(doc) + [line for block in doc.blocks_of("imprint") for line in block.lines]
    assert tail.split("\n")[0] in shown  # the tail stays in the text (抄送 in the 版记)
    assert doc.meta.official is not None and doc.meta.official.number == "某教发〔2024〕1号"  # shown by every writer


def test_a_tail_line_is_no_signature_without_one() -> None:
    doc = build(f"{_NOTICE}（此件公开发布）\n")
    assert not doc.blocks_of("signature") and doc.meta.published is None


def test_a_joint_notice_signed_by_a_police_detachment() -> None:
    doc = build("关于某某路段临时交通管制的通告\n因道路施工需要，决定对某某路实施临时交通管制。\n特此通告。\n"
                "某某市公安局交通警察支队\n某某市住房和城乡建设局\n2024年5月25日\n")
    assert [block.text for block in doc.blocks_of("signature")] == [
        "某某市公安局交通警察支队", "某某市住房和城乡建设局", "2024年5月25日"]
    assert doc.meta.published == "2024-05-25"


@pytest.mark.parametrize("line", [
    "网站标识码：3305210001  浙ICP备12345678号",
    "京ICP备05070218号  京公网安备11010202000001号",
    "网站标识码3300000001 浙ICP备05012345号-1",
    "政府网站找错",
])
def test_a_government_sites_footer_is_furniture(line: str) -> None:
    doc = build(f"关于春节放假安排的通知\n各单位：\n现将春节放假安排通知如下：2月10日至17日放假调休，共8天。\n特此通知。\n"
                f"某某县人民政府办公室\n2024年1月5日\n{line}\n")
    assert line not in body(doc) and line in doc.meta.furniture_raw
    assert doc.meta.published == "2024-01-05" and len(doc.blocks_of("signature")) == 2


def test_a_sentence_about_the_icp_record_stays() -> None:
    doc = build("某市清理违规网站\n某市网信办近日通报，12家网站未按规定办理ICP备案，已责令整改。\n")
    assert "某市网信办近日通报，12家网站未按规定办理ICP备案，已责令整改。" in body(doc)


@pytest.mark.parametrize("line", [
    "主办单位：某某省人民政府办公厅　运行维护单位：某某省大数据中心",
    "主办：某某省人民政府办公厅 © 某某省人民政府网版权所有",
])
def test_a_government_sites_sponsor_line_is_furniture(line: str) -> None:
    doc = build(f"某某省召开春耕生产工作会议\n会议强调，要抓紧抓实春耕生产各项工作，确保粮食稳产增产。\n{line}\n")
    assert line not in body(doc) and line in doc.meta.furniture_raw


def test_an_events_sponsors_stay() -> None:
    line = "主办单位：某某市文化和旅游局　承办单位：某某文化传媒有限公司"
    doc = build(f"关于举办2024年某某市读书节的通知\n各有关单位：\n经研究，决定举办2024年某某市读书节。\n{line}\n")
    assert line in body(doc)


def test_the_last_item_of_a_notices_list_is_no_lead() -> None:
    """经市政府研究决定： then 任命…；任命…；免去…。: the list ends with its full stop, it does not
    open the story; a story's lead after a line that ends with a colon is still its lead."""
    notice = build("关于张三等同志职务任免的通知\n各区人民政府，市政府各委、办、局：\n经市政府研究决定：\n"
                        "任命张三为市发展和改革委员会主任；\n任命李四为市财政局局长；\n免去王五的市财政局局长职务。\n"
                        "特此通知。\n某市人民政府\n2024年3月5日\n")
    # the notice's short opening clause over its list leads it, no item of the list does
    assert [block.text for block in notice.blocks if block.kind == "lead"] == ["经市政府研究决定："]
    story = build("某市一季度经济运行平稳\n记者从市统计局获悉：\n今年一季度，全市地区生产总值同比增长百分之五点二，"
                  "规模以上工业增加值增长百分之六。\n")
    # the short opener over it is the lead's first line (gaps23), no item of a list
    assert next(block.text for block in story.blocks if block.kind == "lead").startswith("记者从市统计局获悉：今年一季度")


def test_a_press_releases_contact_keeps_its_address() -> None:
    """媒体联系人： / 刘晓 / 电话：… / 邮箱：…: the release's contact for the journalists it goes to,
    whole; a page's 举报电话 and 举报邮箱, which name no one, stay furniture."""
    release = build("某公司发布新一代工业机器人\n（2024年11月5日，上海）某科技股份有限公司今日在上海举行新品发布会，"
                    "正式发布新一代协作机器人产品系列。\n媒体联系人：\n刘晓\n电话：021-87654321\n邮箱：press@example.com\n")
    assert body(release)[-1] == "邮箱：press@example.com"
    page = build("某公司发布新一代工业机器人\n某科技股份有限公司今日在上海举行新品发布会，正式发布新一代协作机器人产品系列。\n"
                 "举报电话：010-62675637\n举报邮箱：jubao@example.com\n")
    assert "举报邮箱：jubao@example.com" not in body(page)
