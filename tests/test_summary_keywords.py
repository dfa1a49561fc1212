"""Keywords: compound terms rebuilt, desk boilerplate dropped, meta.keywords filled."""

from __future__ import annotations

import time

from convertkit.model import Caption, Document, Lead, Meta, Paragraph
from convertkit.model.document import Dateline
from convertkit.summarize.keywords import (
    add_keywords,
    extract_keywords,
    is_fragment,
    merge_phrases,
    quoted_terms,
    source_keywords,
)


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


# --- fragments jieba cuts loose: dates and quantities, function words, the article's self-reference


def test_date_and_quantity_pieces_are_not_keywords() -> None:
    doc = _article(
        "高圆圆赵又廷答谢宾客",
        "12月1日晚，高圆圆和赵又廷在京答谢宾客。30日晚，谢娜现身捧场。",
        "5年前的一场风电豪赌，让长星集团损失3000亿美元。本文总结了十个原则，第二届活动一半是捐款。",
        "1日晚的答谢宴上，宾客众多。今日，高圆圆再次答谢宾客。",
    )
    keywords = extract_keywords(doc, top_k=20)
    assert "高圆圆" in keywords and "赵又廷" in keywords
    assert not {"日晚", "年前", "亿美元", "十个", "第二届", "一半", "本文", "今日", "一场"} & set(keywords)


def test_a_numeral_term_the_headline_names_and_the_body_repeats_stays() -> None:
    doc = _article("十四五规划开局", "十四五期间，规划落地。", "十四五规划提出目标，十四五是关键时期。")
    assert "十四五" in extract_keywords(doc)
    once = _article("党的十八大以来生态文明建设", "党的十八大以来，生态文明建设成效显著，生态文明理念深入人心。")
    assert "十八" not in extract_keywords(once)


def test_function_word_pieces_of_unknown_words_are_not_keywords() -> None:
    doc = _article(
        "",
        "本文总结了十个可穿戴产品的设计原则：1.为人们解决重复性问题；2.从人开始，而不是从机器开始。",
        "生态兴则文明兴，生态衰则文明衰。以色列的设计原则也从人开始。",
    )
    keywords = extract_keywords(doc, top_k=20)
    assert not {"从人", "兴则", "衰则"} & set(keywords)
    assert "原则" in keywords and "以色列" in keywords  # dictionary words that merely start or end alike


def test_is_fragment() -> None:
    assert is_fragment("日晚", "30") and is_fragment("亿美元", "3000") and is_fragment("年前", "五")
    assert not is_fragment("日本", "") and not is_fragment("美元", "元")  # a unit only counts after a number
    assert is_fragment("从人") and is_fragment("兴则") and is_fragment("第二届") and is_fragment("十个")
    assert not is_fragment("以色列") and not is_fragment("原则") and not is_fragment("于敏")  # 于 starts names
    assert is_fragment("十八") and not is_fragment("十八", terms={"十八"})


def test_a_quoted_name_the_article_repeats_is_one_term() -> None:
    doc = _article(
        "贪官在美国被起诉",
        "余振东和二许分别在美国被起诉。以“二许案”为例，两人被判刑。",
        "“二许案”中一共有四个人被追诉。所以在“二许案”的指控中，有一项是假结婚。",
    )
    keywords = extract_keywords(doc)
    assert "二许案" in keywords and "许案" not in keywords
    assert quoted_terms(["“", "他", "说", "”", "，", "“", "他", "说", "”"]) == {("他", "说")}
    assert quoted_terms(["“", "二", "许案", "”"]) == frozenset()  # once is a quote, not yet a name


def test_page_keywords_shown_without_desk_names_and_pieces() -> None:
    given = ("故宫", "元之", "中新社", "杜洋", "亿元", "八国", "巴黎", "上元之夜")
    doc = _article(
        "紫禁城上元之夜", "故宫举办上元之夜活动。", keywords=given, agency="中新社", reporters=("杜洋",),
        dateline=Dateline("中新社北京2月19日电", "中新社北京2月19日电", agency="中新社", place="巴黎", date="2月19日"),
    )
    assert source_keywords(doc) == ("故宫", "八国", "巴黎", "上元之夜")
    assert doc.meta.keywords == given  # the document keeps what the page said
    from convertkit.writers.summary import SummaryOptions, render_summary

    assert render_summary(doc, SummaryOptions()).splitlines()[-1] == "关键词：故宫、八国、巴黎、上元之夜"


def test_a_speaker_the_article_labels_is_one_keyword() -> None:
    """盛来运：前三季度… : jieba cuts 盛来 + 运; the article's own speaker label names him whole."""
    body = ("盛来运：前三季度，国内生产总值949746亿元，同比增长4.8%。", "盛来运：分季度看，三季度增长4.6%。",
            "盛来运表示，国民经济运行总体平稳。")
    doc = Document(Meta(title="国新办介绍前三季度国民经济运行情况"), tuple(Paragraph(text, text) for text in body))
    keywords = extract_keywords(doc)
    assert "盛来运" in keywords and "盛来" not in keywords


def test_desk_names_are_masked_and_numbers_do_not_make_terms() -> None:
    """《每日经济新闻》记者 gave 每日; 30号线一期, three times, gave the term 号线一期; 我县 and 全省
    point at the publisher, 收约 (营收约2.34兆) is a piece."""
    body = ("30号线一期工程线路全长约26.5公里。30号线一期共设车站18座。30号线一期开通后地铁里程突破600公里。",
            "某券商分析师对《每日经济新闻》记者表示，地铁建设加快。《每日经济新闻》记者注意到，我县全省领先。",
            "公司营收约2.34兆元，我县地铁建设全省领先。")
    doc = Document(Meta(title="成都地铁开通", agency="每日经济新闻"), tuple(Paragraph(text, text) for text in body))
    keywords = extract_keywords(doc, 20)
    for piece in ("号线一期", "每日", "我县", "全省", "收约"):
        assert piece not in keywords
