"""Subheadings a paper sets off with a mark (■ 科技赋能, ◆, ●) and headings a crawler glued onto
the paragraph they open, set apart only by a full-width space (■ 科技赋能 　记者走访发现，… ·
一、坚持稳中求进　这一年，…): read as headings, while a list of marked lines, a marked credit, a
form's boxes and a stock name spaced out in a sentence stay as they are. Synthetic text in the
shapes of real pages, with invented events."""

from __future__ import annotations

import pytest

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import Heading, Point
from convertkit.writers.docx import _split_point
from convertkit.writers.text import render_text

_LEAD = "今年以来，某市坚持稳中求进工作总基调，经济运行总体平稳、稳中向好，主要指标好于预期。"
_FIRST = "记者走访发现，越来越多的企业开始运用人工智能技术改造生产线，生产效率明显提高。"
_SECOND = "记者了解到，全市政务服务事项已全部实现网上可办，群众办事更加便捷高效。"


def headings(text: str) -> list[str]:
    return [block.text for block in build(text).blocks if isinstance(block, Heading)]


@pytest.mark.parametrize("mark", ["■ ", "■", "◆ ", "● "])
def test_a_marked_line_between_paragraphs_is_a_subheading(mark: str) -> None:
    doc = build(f"某市经济运行稳中向好\n{_LEAD}\n{mark}科技赋能\n{_FIRST}\n{mark}服务升级\n{_SECOND}\n")
    assert [block.kind for block in doc.blocks] == ["lead", "heading", "paragraph", "heading", "paragraph"]
    assert [block.text for block in doc.blocks if isinstance(block, Heading)] == ["科技赋能", "服务升级"]
    assert doc.blocks[1].raw == f"{mark}科技赋能"  # the mark stays in the source line


@pytest.mark.parametrize("gap", ["\u3000", " \u3000", "\u3000\u3000", "  "])
def test_a_marked_heading_glued_onto_its_paragraph_is_cut_off(gap: str) -> None:
    doc = build(f"某市经济运行稳中向好\n{_LEAD}\n■ 科技赋能{gap}{_FIRST}\n■ 服务升级{gap}{_SECOND}\n")
    assert [block.kind for block in doc.blocks] == ["lead", "heading", "paragraph", "heading", "paragraph"]
    assert [block.text for block in doc.blocks[1:]] == ["科技赋能", _FIRST, "服务升级", _SECOND]
    assert "\u3000\u3000" + _FIRST in render_text(doc)  # every character of the paragraph is kept


@pytest.mark.parametrize("line", [
    "■本报记者张三　" + _FIRST,  # a marked credit, read by the byline rules
    "■ 北京　" + _FIRST,  # a place
    "■ 新华社　" + _FIRST,  # an outlet
    "■ 科技赋能，服务升级　" + _FIRST,  # a clause, not a heading
    "■ 科技　" + _FIRST,  # too short to tell a heading from a word
    "■ 科技赋能　记者走访发现，越来越多的企业",  # no finished paragraph after the gap
    "■ 科技赋能" + _FIRST,  # no gap: nothing tells where the heading would end
])
def test_what_a_glued_marked_heading_is_not(line: str) -> None:
    assert headings(f"某市经济运行稳中向好\n{_LEAD}\n{line}\n{_SECOND}\n") == []


def test_a_run_of_short_marked_lines_is_a_list() -> None:
    doc = build(f"某市经济运行稳中向好\n{_LEAD}\n● 科技赋能\n● 服务升级\n● 绿色转型\n{_SECOND}\n")
    assert not doc.blocks_of("heading")


def test_a_stock_name_spaced_out_in_a_sentence_is_no_heading() -> None:
    """Old portal copy spaces entity names with full-width spaces (中金公司　预计，…): with no mark
    and no numbering, a full-width space says nothing of a heading."""
    doc = build(f"某市经济运行稳中向好\n{_LEAD}\n中金公司　预计，五月居民消费价格同比涨幅将继续回落。\n{_SECOND}\n")
    assert not doc.blocks_of("heading")
    assert body(doc)[1] == "中金公司\u3000预计，五月居民消费价格同比涨幅将继续回落。"


def test_a_points_heading_glued_onto_its_text_is_its_heading() -> None:
    """一、坚持稳中求进　这一年，…: the full-width space ends the point's heading, which every writer
    sets in bold; the text is kept whole."""
    line = "一、坚持稳中求进\u3000这一年，全市上下坚定信心、迎难而上，地区生产总值增长百分之五点五。"
    doc = build(f"某市经济运行稳中向好\n{_LEAD}\n{line}\n二、推动创新发展\u3000这一年，全市新增高新技术企业五百家，创新动能持续增强。\n")
    points = [block for block in doc.blocks if isinstance(block, Point)]
    assert [(point.number, point.heading) for point in points] == [(1, "坚持稳中求进"), (2, "推动创新发展")]
    assert points[0].text == line
    assert _split_point(points[0]) == ("一、坚持稳中求进", "\u3000这一年，全市上下坚定信心、迎难而上，地区生产总值增长百分之五点五。")
    # a point whose first words are a clause keeps no heading
    clause = build(f"某市经济运行稳中向好\n{_LEAD}\n一、今年以来，全市　经济运行总体平稳。\n").blocks[1]
    assert isinstance(clause, Point) and clause.heading == ""


# ---------------------------------------------------------------- a roundup's bracketed item headlines
_ROUNDUP = (
    "某某证券报\n\n"
    "今日A股三大股指集体回调，两市合计成交超过五千亿元，行业板块几乎全线下跌，银行股逆市走强。\n\n"
    "国内资讯\n\n"
    "【第一财经】财政部：金融企业拨备覆盖率过高视为存在隐藏利润倾向\n\n"
    "财政部官网信息显示，财政部对金融企业财务规则进行修订，超额计提部分要还原成未分配利润。\n\n"
    "【21世纪经济报道】全球城市竞争力二十强出炉：某市排名第四！国内还有四个城市跻身前二十\n\n"
    "联合国日前发布全球城市竞争力报告，某市排在第四，国内另有四个城市跻身前二十名。\n\n"
    "国际资讯\n\n"
    "【券商中国】第四次重组梦碎！某期货公司中止收购境外期货 A股第三只期货股花落谁家\n\n"
    "某期货公司昨晚发布公告称，预计不能按时提交反馈意见的书面回复，决定申请中止审查。\n"
)


def test_roundup_item_headlines_and_their_section_labels_are_headings_alike() -> None:
    """A market roundup (资讯汇总): each item the outlet in brackets and its story's headline over a
    summary. All are headings, one with an exclamation inside as the others; the short label of a
    section over one (国际资讯) too, where both were paragraphs beside headings."""
    from conftest import build_text

    doc = build_text(_ROUNDUP)
    headings = [block.text for block in doc.blocks if isinstance(block, Heading)]
    assert headings == ["国内资讯", "【第一财经】财政部：金融企业拨备覆盖率过高视为存在隐藏利润倾向",
                        "【21世纪经济报道】全球城市竞争力二十强出炉：某市排名第四！国内还有四个城市跻身前二十",
                        "国际资讯", "【券商中国】第四次重组梦碎！某期货公司中止收购境外期货 A股第三只期货股花落谁家"]


def test_two_bracketed_outlet_lines_are_no_roundup() -> None:
    """Fewer than three such items make no roundup: a story quoting two outlets' headlines keeps
    its lines as they were read."""
    from conftest import build_text

    text = _ROUNDUP.split("国际资讯")[0]
    doc = build_text(text)
    assert not any(isinstance(block, Heading) and "二十强" in block.text for block in doc.blocks)
