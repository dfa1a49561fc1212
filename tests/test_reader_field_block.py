"""A text a crawler or a copier saved as labelled fields over the body (标题：… / 发布时间：… /
来源：… / 正文：, 【标题】…, title: … / content:): the fields are the article's facts, not its
headline and paragraphs, and the body is what follows."""

from __future__ import annotations

import pytest

import convertkit
from convertkit.readers.base import split_lines
from convertkit.readers.front_matter import split_field_block

_BODY = (
    "中新网12月6日电 据国家统计局网站消息，2026年11月份，全国居民消费价格同比上涨0.5%。其中，城市上涨0.5%，农村上涨0.4%。\n"
    "国家统计局城市司首席统计师表示，11月份，受季节性因素影响，食品价格有所下降。\n"
)
_TITLE = "国家统计局：11月CPI同比上涨0.5%"
_URL = "https://www.chinanews.com.cn/cj/2026/12-06/10000001.shtml"


@pytest.mark.parametrize(
    "header",
    [
        f"标题：{_TITLE}\n发布时间：2026-12-06 09:32\n来源：中国新闻网\n作者：李岩\n链接：{_URL}\n正文：\n",
        f"【标题】{_TITLE}\n【日期】2026-12-06 09:32\n【来源】中国新闻网\n【正文】",
        f"title: {_TITLE}\ndate: 2026-12-06 09:32\nsource: 中国新闻网\nurl: {_URL}\n\ncontent:\n",
        f"標題：{_TITLE}\n發佈時間：2026-12-06 09:32\n來源：中國新聞網\n摘要：物价温和\n內容：",
    ],
)
def test_labelled_fields_over_the_body_are_its_facts(header: str) -> None:
    doc = convertkit.read((header + _BODY).encode())
    assert doc.meta.title == _TITLE and not doc.meta.title_derived
    assert doc.meta.published == "2026-12-06T09:32"
    assert doc.meta.agency == "中新网"
    texts = [getattr(block, "text", "") for block in doc.blocks]
    assert texts[0].startswith("据国家统计局网站消息") and len(texts) == 2
    assert not any(label in text for text in texts for label in ("标题", "来源", "正文", "content", "摘要"))


def test_a_body_on_the_content_labels_own_line_is_its_first_line() -> None:
    doc = convertkit.read(f"标题：{_TITLE}\n时间：2026-12-06 09:32\n正文：{_BODY}".encode())
    assert doc.blocks[0].kind == "lead" and len(doc.blocks) == 2


@pytest.mark.parametrize(
    "text",
    [
        "记者：您如何看待今年的物价走势？\n张三：总体平稳，温和回升。\n",  # an interview: no title field
        f"标题：{_TITLE}\n" + _BODY,  # a title alone is no block of facts
        "来源：中国新闻网\n时间：2026-12-06\n" + _BODY,  # facts without a title: the header rules read them
    ],
)
def test_texts_that_are_no_field_block_are_left_to_the_rules(text: str) -> None:
    assert split_field_block(split_lines(text)) is None


@pytest.mark.parametrize("address", ["https://www.thepaper.cn/newsDetail_forward_27300000", "原文：https://www.thepaper.cn/newsDetail_forward_27300000"])
def test_a_copy_saved_with_its_address_as_the_first_line(address: str) -> None:
    story = "5月10日，上海市人力资源和社会保障局发布新一轮人才引进政策。\n政策明确，应届硕士研究生可直接落户。\n"
    doc = convertkit.read(f"{address}\n上海发布新一轮人才政策\n2024-05-10 08:30 来源：澎湃新闻\n{story}".encode(), format="text")
    assert doc.meta.title == "上海发布新一轮人才政策"
    assert doc.meta.source.url == "https://www.thepaper.cn/newsDetail_forward_27300000"
    assert [block.text for block in doc.blocks] == story.split()
    # over a field block, the block's fields are still read
    doc = convertkit.read(f"{address}\n标题：上海发布新一轮人才政策\n来源：澎湃新闻\n正文：\n{story}".encode(), format="text")
    assert doc.meta.title == "上海发布新一轮人才政策" and doc.meta.agency == "澎湃新闻"
    assert doc.meta.source.url == "https://www.thepaper.cn/newsDetail_forward_27300000"
