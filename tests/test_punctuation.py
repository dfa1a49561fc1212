"""GB/T 15834 normalisation: examples for each decision, and properties over generated text."""

from __future__ import annotations

import string

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


@pytest.mark.parametrize("run", ["1." * 30000, "." * 60000, "a." * 30000])
def test_a_long_run_without_an_at_sign_is_normalised_in_linear_time(run: str) -> None:
    # the address pattern, tried from every position of the run, scanned to its end each time:
    # 100 KB of "1." took 35 s to read
    import time

    started = time.perf_counter()
    normalise("中文" + run + "中文")
    assert time.perf_counter() - started < 1.5  # about 0.05 s; 9 s when quadratic
    assert normalise("邮箱:a.b@c.cn,网址") == "邮箱：a.b@c.cn，网址"  # an address still keeps its dots


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
        ".", "'", "‘", "’", "-", "--", "－－", "――", "﹔", "﹐", "﹒", "﹙", "︰", "︵", "U.S.", "Xi'an", "元.",
        "v1.2.3", "一", "政务", "a@b.cn",
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
def test_never_drops_a_han_character_or_a_digit(text: str) -> None:
    from collections import Counter

    before = Counter(char for char in text if is_han(char) or char.isdigit())
    after = Counter(char for char in normalise(text) if is_han(char) or char.isdigit())
    assert after == before


_latin = st.text(alphabet=string.ascii_letters + string.digits + string.punctuation + " ", max_size=60)


@settings(max_examples=400, deadline=None)
@given(_latin)
def test_latin_text_is_never_touched(text: str) -> None:
    """No rule fires without Chinese: English sentences, U.S., v1.2.3, --all, 'quotes' stay."""
    text = " ".join(text.split())
    assert normalise(text) == text


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


_dense = st.text(alphabet=',，:;?!()"“”\'‘’中a1 .。…\u00a0-－―﹔﹒', max_size=60)


@settings(max_examples=400, deadline=None)
@given(_dense)
def test_idempotent_on_dense_punctuation(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("增长达到1,234.56元.", "增长达到1,234.56元。"),
        ("营收增长（同比）.", "营收增长（同比）。"),
        ("营收增长(同比).", "营收增长（同比）。"),
        ("他说：“好.”", "他说：“好。”"),
        ("他说“OK”.", "他说“OK”。"),
        ("导读. 日前，美日韩", "导读。日前，美日韩"),
        ("政策落地.“我们", "政策落地。“我们"),
        ("記者會結束.", "記者會結束。"),
    ],
)
def test_ascii_full_stop_ending_a_chinese_sentence(source: str, expected: str) -> None:
    assert normalise(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        "增长3.5%，达1,234.56元",  # decimals
        "版本v1.2.3发布",  # a version
        "美国U.S.政府",  # an abbreviation in Latin text
        "U.S. is big.",
        "Welcome to 北京.",  # an English sentence ending in a Chinese name
        "访问www.people.com.cn.",  # the dot after a URL
        "来信请寄someone@example.com.",
        "中文域名：中国政府网.政务",  # a Chinese domain name
        "一.概况",  # a list label
        "一. 概况",
        "人民网.cn",
        "中国. The end",
        "（English text）.",
    ],
)
def test_ascii_full_stop_kept(source: str) -> None:
    assert normalise(source) == source


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("“我们要'参军'！”", "“我们要‘参军’！”"),
        ("助力'一带一路'建设", "助力‘一带一路’建设"),
        ("他说：“我们要‘参军'！”", "他说：“我们要‘参军’！”"),  # paired with a curly one
        ("Students' Union举办'参军'活动", "Students' Union举办‘参军’活动"),  # an apostrophe can only close
    ],
)
def test_single_quotes_nested_in_chinese(source: str, expected: str) -> None:
    assert normalise(source) == expected


@pytest.mark.parametrize(
    "source",
    ["西安（Xi'an）", "嫦娥五号（Chang'e-5）", "rock 'n' roll", "他跑了5'30\"", "他说：“I'm here”", "src='”+ x +“s95' type",
     "孤零零的'"],
)
def test_single_quotes_kept(source: str) -> None:
    assert normalise(source) == source


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("走了--再也不回来", "走了——再也不回来"),
        ("走了 -- 再也不回来", "走了 —— 再也不回来"),
        ("安全驾驶－－这是汽车系列", "安全驾驶——这是汽车系列"),  # full-width hyphens (Sogou text)
        ("一种恶性循环――优秀人才", "一种恶性循环——优秀人才"),  # horizontal bars (GB2312 A1AA decoded as U+2015)
        ("“火星--14”是“导弹”--他说", "“火星--14”是“导弹”——他说"),
    ],
)
def test_double_hyphen_between_chinese_is_the_dash(source: str, expected: str) -> None:
    assert normalise(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        "运行 ls --all 查看",  # a command line
        "选项 --help",
        "2019--2020年",  # number ranges
        "1月--3月",
        "<!--开始-->",  # markup
        "访问 http://a.cn/x--y 吧",  # a URL
        "--他说",  # only one side Chinese
        "他说--",
        "标题-----",
        "北京—上海",  # a single em dash connects
        "规划（2021―2035）",
        "性權誓師出征──",  # Taiwan's printing of the dash
    ],
)
def test_hyphens_kept(source: str) -> None:
    assert normalise(source) == source


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("合作帶來積極影響﹔另一方面", "合作帶來積極影響；另一方面"),
        ("中﹐文﹑中﹒中﹕中﹖中﹗中", "中，文、中。中：中？中！中"),
        ("地問︰「可以送給蘭嶼嗎？」", "地問：「可以送給蘭嶼嗎？」"),  # Big5's lookalike colon
        ("︵中文︶", "（中文）"),
        ("走了﹘﹘再也", "走了——再也"),
        ("a﹐b", "a,b"),  # beside Latin text a small comma is a comma
        ("1﹐000", "1,000"),
    ],
)
def test_compatibility_forms_of_marks(source: str, expected: str) -> None:
    assert normalise(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("中国.北京", "中国·北京"),  # two short names standing alone: the separator (GB/T 15834 4.14)
        ("主办：中国.北京", "主办：中国·北京"),
        ("今年以来经济保持平稳增长.消费市场持续回暖。", "今年以来经济保持平稳增长。消费市场持续回暖。"),  # after a clause
    ],
)
def test_ascii_dot_between_han_characters_as_punctuation(source: str, expected: str) -> None:
    assert normalise(source) == expected
    assert normalise(expected) == expected


@pytest.mark.parametrize(
    "source",
    ["访问新华网.中国了解详情", "访问 人民网.中国 了解", "某某公司官网.公司", "一.概况", "三.一条", "他.我",
     "2024中国.北京国际车展开幕", "http://例子.测试/页面"],
)
def test_ascii_dot_between_han_characters_kept(source: str) -> None:
    assert normalise(source) == source


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("print('开始下载')", "print('开始下载')"),
        ("用retry(fn)包一层，失败时", "用retry(fn)包一层，失败时"),
        ("调用queue.push(task_id, 100)入队", "调用queue.push(task_id, 100)入队"),
        ("调用os.path.join(a, b)即可", "调用os.path.join(a, b)即可"),
        ("调用Session()即可", "调用Session()即可"),
        ("print(f'传入参数:{x}')", "print(f'传入参数:{x}')"),
        # prose glosses stay Chinese: capitalised names, phrases, Han outside a string literal
        ("弹道导弹(ICBM)级别", "弹道导弹（ICBM）级别"),
        ("XSS(Cross Site Scripting)漏洞", "XSS（Cross Site Scripting）漏洞"),
        ("Windows(XP)系统", "Windows（XP）系统"),
        ("网友(小王)则", "网友（小王）则"),
    ],
)
def test_code_calls_keep_ascii_marks(source: str, expected: str) -> None:
    assert normalise(source) == expected


def test_normalise_keeps_only_fixed_points_for_its_look_up() -> None:
    """normalise answers a text it returned before from a look-up: only texts a pass of the
    punctuation steps leaves as they are go in, so the answer is the one the passes give."""
    from convertkit.transforms import punctuation

    samples = ["他说:\"你好...\"", "\u3000\u3000美日韩峰会仍有温差。", "2024-06-03 10:30 来源:新华社", "A--B", "美国(US)", "好，，的"]
    punctuation._FIXED.clear()
    results = [normalise(text) for text in samples]
    assert punctuation._FIXED
    for text in punctuation._FIXED:
        assert punctuation._once(text) == text
    assert [normalise(result) for result in results] == results
    punctuation._FIXED.clear()
    assert [normalise(text) for text in samples] == results
