"""GB/T 15834 normalisation: examples for each decision, and properties over generated text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convertkit.transforms.punctuation import is_han, normalise


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("编者按:2019年是新中国成立70周年,也是", "编者按：2019年是新中国成立70周年，也是"),
        ("中新网福建新闻1月17日电(林玲)闽西", "中新网福建新闻1月17日电（林玲）闽西"),
        ("助力民企抱团\"参军\"", "助力民企抱团“参军”"),
        ("他说:\"好!\"然后", "他说：“好！”然后"),
        ("“参军\"", "“参军”"),
        ("真的吗?是的;好", "真的吗？是的；好"),
        ("日程,,图为龙岩", "日程，图为龙岩"),
        ("日程，，图为", "日程，图为"),
        ("政策。,推动", "政策。推动"),
        ("弹道导弹(ICBM)级别", "弹道导弹（ICBM）级别"),
        ("《 人民日报 》（ 2023年08月22日 第 17 版）", "《人民日报》（2023年08月22日 第 17 版）"),
    ],
)
def test_chinese_marks_become_full_width(source: str, expected: str) -> None:
    assert normalise(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        "Hello, world",
        "3.5 1,000 23:10 2019-01-17",
        "see http://example.com/a?b=1,2;c=(3) now",
        "mail: someone@example.com",
        "He said \"yes\" (twice)",
        "泉州\u5dff委",
        "１２日",
    ],
)
def test_ascii_stays_where_it_belongs(source: str) -> None:
    assert normalise(source) == source


def test_url_inside_chinese_keeps_its_punctuation() -> None:
    assert normalise("访问 http://a.com/x?a=1,2 吧") == "访问 http://a.com/x?a=1,2 吧"
    assert normalise("时间:23:10") == "时间：23:10"


def test_spaces() -> None:
    assert normalise("17.01.2019 \u00a0 23:10") == "17.01.2019 23:10"
    assert normalise("中文\u00a0中文") == "中文中文"  # odd space between CJK goes
    assert normalise("a\u00a0b") == "a b"  # between Latin it is a plain space
    assert normalise("立足产业特色 推动军民产业融合") == "立足产业特色 推动军民产业融合"  # a real space stays
    assert normalise("  \u3000正文\u3000 ") == "正文"
    assert normalise("“同盟化” 发展") == "“同盟化”发展"


def test_nfc_not_nfkc() -> None:
    decomposed = "e\u0301"
    assert normalise(decomposed) == "\u00e9"
    assert normalise("\u2f00") == "\u2f00"  # a Kangxi radical is not folded to 一


_pieces = st.sampled_from(
    [
        "中", "国", "巿", "，", "。", ",", ",,", ":", ";", "?", "!", "(", ")", "（", "）", '"', "“", "”",
        " ", "\u00a0", "\u3000", "\t", "a", "Hello", "1", "23:10", "1,000", "3.5", "http://x.cn/a?b=1,2",
        "、", "；", "《", "》", "【", "】", "\u200b", "é", "e\u0301", "１２", "—", "…", "...", "。。。",
    ]
)
_texts = st.one_of(st.lists(_pieces, max_size=30).map("".join), st.text(max_size=60))


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_never_drops_a_han_character(text: str) -> None:
    from collections import Counter

    before = Counter(char for char in text if is_han(char))
    after = Counter(char for char in normalise(text) if is_han(char))
    assert after == before


def test_compatibility_ideographs_are_kept() -> None:
    assert normalise("\uf900\u8c48") == "\uf900\u8c48"  # NFC alone would turn U+F900 into U+8C48


@pytest.mark.parametrize(
    ("source", "expected"),
    [("掃墓..網翻出", "掃墓……網翻出"), ("现场...", "现场……"), ("现场。。。", "现场……"), ("好…”", "好……”"),
     ("wait...", "wait..."), ("3...5", "3...5")],
)
def test_chinese_ellipsis(source: str, expected: str) -> None:
    assert normalise(source) == expected


def test_runs_of_marks_collapse_in_one_call() -> None:
    assert normalise("中,,,,,,,,,") == "中，"
    assert normalise("a,,,,,,,,,中") == "a，中"


_dense = st.text(alphabet=',，:;?!()"“”中a1 .。…\u00a0', max_size=60)


@settings(max_examples=400, deadline=None)
@given(_dense)
def test_idempotent_on_dense_punctuation(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
