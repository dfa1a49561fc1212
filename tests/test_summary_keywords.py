"""Keywords: compound terms rebuilt, desk boilerplate dropped, meta.keywords filled."""

from __future__ import annotations

import time

from convertkit.model import Caption, Document, Lead, Meta, Paragraph
from convertkit.model.document import Dateline
from convertkit.summarize.keywords import add_keywords, extract_keywords, merge_phrases


def test_adjacent_words_that_always_go_together_become_one_term() -> None:
    tokens = ["军民", "融合", "，", "军民", "融合", "发展", "，", "融合", "军民", "融合"]
    assert merge_phrases(tokens) == ["军民融合", "，", "军民融合", "发展", "，", "融合", "军民融合"]


def test_a_pair_seen_once_is_not_a_term() -> None:
    assert merge_phrases(["红色", "资源", "，", "资源"]) == ["红色", "资源", "，", "资源"]


def _article(title: str, *paragraphs: str, **meta: object) -> Document:
    blocks = (Lead(paragraphs[0], paragraphs[0]), *(Paragraph(text, text) for text in paragraphs[1:]))
    return Document(Meta(title=title, **meta), blocks)  # type: ignore[arg-type]


def test_agency_dateline_place_and_bylines_are_not_keywords() -> None:
    doc = _article(
        "稀土产业加快转型",
        "新华社记者王小明报道，厦门的稀土企业正在转型。稀土价格上涨，稀土企业扩产。",
        "王小明说，稀土产业链在厦门延伸，新华社将持续关注稀土。",
        agency="新华社",
        reporters=("王小明",),
        dateline=Dateline("新华社厦门1月2日电", "新华社厦门1月2日电", agency="新华社", place="厦门", date="1月2日"),
    )
    keywords = extract_keywords(doc)
    assert keywords[0] == "稀土"
    assert not {"新华社", "王小明", "厦门", "记者"} & set(keywords)


def test_a_place_named_in_the_headline_stays() -> None:
    doc = _article(
        "厦门稀土产业加快转型",
        "厦门的稀土企业正在转型。厦门稀土价格上涨。",
        dateline=Dateline("新华社厦门1月2日电", "新华社厦门1月2日电", place="厦门", date="1月2日"),
    )
    assert "厦门" in extract_keywords(doc)


def test_captions_do_not_feed_keywords() -> None:
    doc = Document(
        Meta(title="会议召开"),
        (Lead("会议在北京召开，代表讨论预算。", "x"), Caption("图为熊猫熊猫熊猫熊猫。", "x")),
    )
    assert "熊猫" not in extract_keywords(doc)


def test_add_keywords_fills_meta_once_and_keeps_given_ones() -> None:
    doc = _article("稀土产业加快转型", "稀土企业正在转型。稀土价格上涨。")
    filled = add_keywords(doc)
    assert filled.meta.keywords and filled.meta.keywords[0] == "稀土"
    assert filled.blocks == doc.blocks and filled.meta.title == doc.meta.title
    given = _article("标题", "正文内容在这里。", keywords=("给定",))
    assert add_keywords(given) is given


def test_keywords_are_deterministic_and_cheap() -> None:
    doc = _article("稀土产业加快转型", *["稀土企业正在转型，稀土价格上涨，产业链延伸到下游。"] * 30)
    first = extract_keywords(doc)
    started = time.perf_counter()
    assert extract_keywords(doc) == first
    assert time.perf_counter() - started < 0.5


def test_traditional_text_is_cut_as_simplified_but_keeps_its_characters() -> None:
    from convertkit.summarize.tokens import content_words, words

    text = "監察院發函關切罷免案，記者報導。"
    tokens = words(text, traditional=True)
    assert "".join(tokens) == text
    assert "監察院" in tokens and "罷免" in "".join(tokens)
    assert "記者" not in content_words(text, traditional=True)  # the stop list works in both scripts
