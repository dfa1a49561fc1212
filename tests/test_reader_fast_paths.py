"""Tables and fast paths of the reader agree with what they replace (generated tables, prefilters)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "src" / "convertkit" / "transforms" / "script_tables.py"


def _builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_script_tables", ROOT / "scripts" / "build_script_tables.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tables_match_opencc() -> None:
    pytest.importorskip("opencc")
    assert TABLES.read_text(encoding="utf-8") == _builder().render(), "run scripts/build_script_tables.py"


def test_tables_are_plain_han_without_overlap() -> None:
    from convertkit.transforms.script_tables import SIMPLIFIED_ONLY, TRADITIONAL_ONLY, TRADITIONAL_SURNAMES

    for table in (SIMPLIFIED_ONLY, TRADITIONAL_ONLY, TRADITIONAL_SURNAMES):
        assert len(set(table)) == len(table)
        assert all("\u3400" <= char <= "\u9fff" for char in table)  # safe inside a regex class
    assert not set(SIMPLIFIED_ONLY) & set(TRADITIONAL_ONLY)


def test_surnames_include_traditional_forms() -> None:
    from convertkit.structure.people import surnames

    assert {"张", "張", "陈", "陳", "欧"} <= surnames()


def test_time_digits_fast_path_skips_only_plain_characters() -> None:
    """to_ascii_digits skips characters in _PLAIN_RANGES: none of them may be a non-ASCII digit
    or a format mark, or the fast path would change what it returns."""
    import re
    import unicodedata

    from convertkit.structure.timeparse import _PLAIN_RANGES, to_ascii_digits

    plain = re.compile(f"[{_PLAIN_RANGES}]")
    for code in range(0x10000):
        char = chr(code)
        if plain.match(char):
            assert not (char.isdigit() and not char.isascii()) and unicodedata.category(char) != "Cf", hex(code)
    assert to_ascii_digits("２０１９年１月１７日\u200f ٢٠٢٤ ①") == "2019年1月17日  2024 1"


def test_furniture_shapes_do_not_backtrack_on_digit_runs() -> None:
    """A 42-digit line (a tracking number in a saved page read as text) took minutes in the
    pager shapes; the possessive digit runs answer at once, with the same verdicts."""
    import time

    from convertkit.structure.patterns import furniture_line_re

    start = time.process_time()
    assert furniture_line_re().fullmatch("010020030300000000000000011106661125327450") is None
    assert furniture_line_re().fullmatch("第1页" + "1" * 60 + "x") is None
    assert time.process_time() - start < 1.0
    assert furniture_line_re().fullmatch("上一页 1 2 3 12 下一页")
    assert furniture_line_re().fullmatch("第 2 页 共 5 页 1 2 3")


def test_dateline_needs_cover_every_shape() -> None:
    """Each dateline shape lists the words it needs (and the marks it opens with), and no line it
    matches lacks all of them."""

    from convertkit.structure.dateline import _shape_re
    from convertkit.structure.patterns import DATELINE_NEEDS, DATELINE_OPENERS, DATELINE_SHAPES

    assert set(DATELINE_NEEDS) == {name for name, _ in DATELINE_SHAPES}
    lines = [
        "中央社記者王心妤台北17日電）", "新浪体育讯北京时间1月14日消息", "中新网福建新闻1月17日电(林玲)闽西",
        "环球网记者李亮报道，", "央视网消息：", "記者莊友直／台北報導", "國際中心／綜合報導", "【明報專訊】",
        "〔記者王某／台北報導〕", "新华社北京4月10日电　题：", "本报讯（记者 张三）", "［綜合報導］",
        "【财新网】（记者 王小明）国家发改委", "（观察者网讯 文/观察者网 王恺雯）据路透社",
        "21世纪经济报道记者 张三 北京报道", "经济观察网 记者 张三 11月24日，", "华盛顿 — 美国国务院星期一表示，",
        "（中央社基輔24日綜合外電報導）俄軍", "（吉隆坡24日訊）首相", "(德國之聲中文網)德國總理", "民視新聞／李四、王五 台北報導",
        "本报综合新华社、中新社报道 ", "（星島日報報道）天文台", "格隆汇7月26日丨某公司公告", "智通财经APP获悉，某公司",
        "本澳訊（記者陳大文）某區", "上海2024年11月24日 /美通社/ -- 某公司", "（2024年11月24日，北京）某集团",
        "經濟日報／ 編譯張三／綜合外電", "新华社照片，北京，2024年11月24日",
        "林欣漢記者／台北報導", "台北／記者林欣漢", "（記者張三／高雄報導）某市", "BBC中文 张三 发自伦敦",
        "日本经济新闻（中文版：日经中文网）张三 北京报道", "本报驻成都记者 王小明", "王小明 发自成都",
        "宁波12月5日电（记者 林海）今年",
    ]
    from conftest import CORPUS

    for folder in (CORPUS / "text", ROOT / "seeds"):
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            lines.extend(line.strip() for line in path.read_text("utf-8", errors="replace").splitlines())
    matched = set()
    for name, _ in DATELINE_SHAPES:
        for line in lines:
            if _shape_re(name).match(line):
                matched.add(name)
                assert any(word in line for word in DATELINE_NEEDS[name]), (name, line)
                assert line[:1] in DATELINE_OPENERS.get(name, line[:1]), (name, line)
    assert matched == set(DATELINE_NEEDS)


def test_simplified_pages_never_load_opencc() -> None:
    """The furniture checks convert Traditional pages to Simplified; a Simplified record must
    not pay for OpenCC's import (a JSONL batch worker would, once per process)."""
    import subprocess
    import sys

    from convertkit.readers.html_furniture import simplified

    assert simplified("責任編輯：王小明") == "责任编辑：王小明"
    assert simplified("责任编辑：王小明") == "责任编辑：王小明"
    code = (
        "import sys\n"
        "from convertkit.api import read_all\n"
        "from pathlib import Path\n"
        "import json, tempfile\n"
        "record = {'title': '某市召开发布会', 'content': '新华社北京1月17日电 某市今天召开新闻发布会，介绍经济运行情况。\\n责任编辑：王小明',"
        " 'date': '2019-01-17'}\n"
        "path = Path(tempfile.mkdtemp()) / 'r.json'\n"
        "path.write_text(json.dumps([record], ensure_ascii=False), encoding='utf-8')\n"
        "assert list(read_all(str(path)))\n"
        "print('opencc' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_any_word_finds_exactly_what_the_full_alternation_finds() -> None:
    """A word holding another is left out of an any-word prefilter: it is found whenever the
    shorter one is, so the prefilter answers the same for every line."""
    import re

    from convertkit.structure import patterns as P

    words = ("图", "图片来源", "资料图片", "视觉中国", "东方IC", "IC photo")
    fewest = re.compile(P.any_word(words))
    full = re.compile(P._alternation(words))
    assert set(P.any_word(words).split("|")) == {"图", "视觉中国", "东方IC", r"IC\ photo"}
    for line in ("资料图片", "（视觉中国）", "东方IC供图", "IC photo", "某某东方I C", "今天天气很好。", "图"):
        assert (fewest.search(line) is None) == (full.search(line) is None), line


def test_caption_marker_parts_find_what_the_marker_pattern_finds() -> None:
    """has_caption_marker searches caption_marker_re's branches one by one (each is scanned for
    its first character); for every line, one of them finds something exactly when it does."""
    from convertkit.structure.captions import _caption_marker_parts, caption_marker_re

    lines = (
        "图为新闻发布会现场。", "会上，图为市民在排队。", "他试图说明情况。", "（资料图片）", "【视觉中国供图】",
        "图片来源：网络", "图片来源", "新华社发 张三 摄", "东方IC供图。", "（图：星洲日报）", "(图注：某某)",
        "某某说，图为现场", "\t图为现场", "地图上标出了位置。", "（新华社记者 李四 摄）", "照片由某某提供",
    )
    full = caption_marker_re()
    for line in lines:
        assert (full.search(line) is None) == all(part.search(line) is None for part in _caption_marker_parts()), line


def test_squash_drops_what_the_regex_white_space_class_drops() -> None:
    """_squash joins str.split()'s pieces; its white space must be exactly the regex engine's \\s."""
    import re

    from convertkit.structure.rules import _squash

    space = re.compile(r"\s")
    for code in range(0x10000):
        char = chr(code)
        assert bool(space.match(char)) == char.isspace(), hex(code)
    assert _squash(" 美日韩\u3000峰会\t仍有\n温差 ") == re.sub(r"\s+", "", " 美日韩\u3000峰会\t仍有\n温差 ")


def test_han_chars_are_the_characters_is_han_accepts() -> None:
    """han_chars finds in C what a loop of is_han finds: around every edge of the Han ranges."""
    from convertkit.transforms.punctuation import _HAN_RANGES, han_chars, is_han

    codes = [code for low, high in _HAN_RANGES for edge in (low, high) for code in range(edge - 3, edge + 4)]
    text = "".join(chr(code) for code in codes) + "美日韩，Biden 峰会。"
    assert han_chars(text) == [char for char in text if is_han(char)]
    assert not is_han("") and is_han("中") and not is_han("，")


def test_control_count_counts_what_the_control_class_matches() -> None:
    """Decoding counts control characters from the text's Latin-1 bytes: the same count the
    class of control characters gives, for every character below U+0300 and beside Chinese."""
    from convertkit.sources.common import _CONTROL_RE, control_count

    text = "".join(chr(code) for code in range(0x300)) + "中文\x00\x9f\u3000\t\n"
    assert control_count(text) == len(_CONTROL_RE.findall(text))
    assert control_count("美日韩峰会。\n第二段\r\n") == 0


_STACK_TEXTS = st.text(alphabet="美日韩峰会召开。，：—-#记者张三 年2024〔〕a", max_size=70)


@settings(max_examples=400, deadline=None)
@given(_STACK_TEXTS)
def test_stack_gate_passes_every_line_that_may_close_a_stack(body: str) -> None:
    """_kicker_over_headline asks the third line's length first (_may_close_stack): no line it
    turns away is a ——subtitle the stack takes, or a stack line."""
    from convertkit.structure.ruler import Para
    from convertkit.structure.rules import _may_close_stack, _stack_line

    deck = Para(raw=body, body=body.strip(), number=3)
    if not _may_close_stack(deck):
        dash = deck.text.startswith(("——", "—", "--")) and 4 <= len(deck.text) <= 60 and "。" not in deck.text
        assert not dash and not _stack_line(deck)


def test_stack_gate_keeps_the_stacks_it_stands_before() -> None:
    """A three-line stack and a ——subtitle stack are still read once the gate stands before them."""
    from convertkit.model import Document
    from convertkit.readers.text import read_text

    dashed = read_text("坚持稳中求进 推动高质量发展\n全省经济工作会议在杭州举行\n——会议部署明年八个方面重点任务\n"
                       "本报杭州12月20日电 全省经济工作会议20日在杭州召开，会议总结今年工作，部署明年任务。\n".encode())
    assert isinstance(dashed, Document)
    assert dashed.meta.kicker == "坚持稳中求进 推动高质量发展" and dashed.meta.title == "全省经济工作会议在杭州举行"
    plain = read_text("全省经济工作会议在杭州举行\n2024-12-20 10:00\n本报杭州12月20日电 全省经济工作会议20日在杭州召开，"
                      "会议总结今年工作，部署明年八个方面重点任务，与会代表进行了分组讨论。\n".encode())
    assert plain.meta.kicker is None and plain.meta.title == "全省经济工作会议在杭州举行"


def test_notice_topic_gate_holds_a_character_of_every_topic_word() -> None:
    """_reprint_notice asks for the topic words' last characters before it scans for the words:
    every line holding a word holds one of them."""
    from convertkit.structure import patterns as P
    from convertkit.structure.rules import _NOTICE_TOPIC_ENDS, _holds_any, _notice_topics_re

    for word in P.REPRINT_NOTICE_TOPICS:
        assert _holds_any(f"本文{word}须知", _NOTICE_TOPIC_ENDS)
    for line in ("今天天气很好。", "未经授权不得转载", "版權所有", "侵权必究", ""):
        found = _notice_topics_re().search(line) is not None
        assert not found or _holds_any(line, _NOTICE_TOPIC_ENDS), line


def test_notice_marks_hold_a_character_of_every_notice_gate() -> None:
    """_notices scans for _NOTICE_MARKS before the reprint, platform and helpline notices: every
    word one of them needs (a reprint topic, a platform gate word, a helpline mark) holds a mark."""
    from convertkit.structure import patterns as P
    from convertkit.structure.rules import _NOTICE_MARKS, _PLATFORM_GATES, _furniture_line, _notices

    for phrase in P.PLATFORM_NOTICE_PHRASES:  # every phrase passes the platform notice's gate
        assert any(gate in phrase for gate in _PLATFORM_GATES), phrase
    for word in (*P.REPRINT_NOTICE_TOPICS, *_PLATFORM_GATES, *P.HELPLINE_NOTICE_MARKS):
        assert any(char in _NOTICE_MARKS for char in word), word
    assert _notices("珍惜生命，自殺不能解決問題。若需諮商可撥安心專線1925。") and not _notices("今天天气很好。")
    assert _furniture_line("（本文为某某网原创稿件，未经授权不得转载，违者必究）")


def test_para_and_line_stay_frozen_dataclasses() -> None:
    """Para and Line store their fields through their slots: still frozen, compared and hashed
    on their fields as before (a Para's normalised text left out), replaced and pickled whole."""
    import dataclasses
    import pickle

    from convertkit.readers.base import Line
    from convertkit.structure.ruler import Para

    para = Para(raw=" 美日韩峰会, 召开 ", body="美日韩峰会, 召开", number=2)
    assert para.text == "美日韩峰会，召开" and para == Para(" 美日韩峰会, 召开 ", "美日韩峰会, 召开", 2, "其他")
    assert hash(para) == hash(Para(" 美日韩峰会, 召开 ", "美日韩峰会, 召开", 2))
    assert dataclasses.replace(para, number=3).number == 3 and pickle.loads(pickle.dumps(para)) == para
    line = Line("一行", 1)
    assert line == Line(text="一行", number=1) and pickle.loads(pickle.dumps(line)) == line
    for obj, name in ((para, "body"), (line, "text")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(obj, name, "x")


def test_furniture_dispatch_answers_as_the_whole_alternation() -> None:
    """is_furniture_line tries only the shapes that may open with the line's first character: the
    same verdict as the whole pattern, for lines of every shape and lines of none."""
    from convertkit.structure import patterns as P

    lines = ["", "0", "+1", "＋ 1", "分享到：微信", "上一页 1 2 3 下一页", "12 人赞同了该文章", "Read more »", "read MORE",
             "Copyright 2024 某某网", "© 某某", "广告", "ADVERTISEMENT", "新京报官方帐号", "【纠错】", "[纠错]", "关注我们",
             "点赞 分享 收藏", "facebook twitter line", "LINE", "当前位置：首页 > 新闻 > 正文", "首页 > 国际", "—— —— ——",
             "（附图片1张）", "（Ａ、Ｂ）", "发稿时间：12:30", "》一 》二", "更多新闻请看：", "关键词：油价", "  广告",
             "\u3000上一页", "时间戳：1700000000", "timestamp 1700000000", "网站标识码：bm01000001", "京ICP备12345678号",
             "美日韩峰会召开。", "他说，分享到此为止。", "今天，我们关注我们的未来", "发布于：北京市", "IP属地：上海"]
    lines += [line + tail for line in lines for tail in ("", "。", " 12", "官方账号")]
    for line in lines:
        assert P.is_furniture_line(line) == (P.furniture_line_re().fullmatch(line) is not None), line


def test_rule_tables_offer_a_line_the_rules_its_length_allows() -> None:
    """For every length of line, the table offers, in the ruler's order, exactly the rules whose
    max_chars it does not pass (all of them with none), each with its position."""
    from convertkit.readers.base import Hints
    from convertkit.structure.build import _table
    from convertkit.structure.rules import DEFAULT_RULER

    rules = DEFAULT_RULER.active()
    table = _table(rules)
    for length in range(2100):
        offered = table.by_length[length] if length < len(table.by_length) else table.by_length[-1]
        assert offered == tuple((rule.func, position) for position, rule in enumerate(rules)
                                if rule.max_chars is None or length <= rule.max_chars), length
    assert _table(()).by_length == ((),) and Hints() is not None


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="分享到上一页下页 12：:>首页广告Read moreRLIlP属地【纠错】关注我们点赞官方账号—*（(附图片张）时间戳+＋0", max_size=24))
def test_furniture_dispatch_on_any_line(line: str) -> None:
    from convertkit.structure import patterns as P

    assert P.is_furniture_line(line) == (P.furniture_line_re().fullmatch(line) is not None)


def _needs_mark(items, marks: set[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether every match of the parsed sequence ``items`` holds a character of ``marks``: some
    item it must match is such a character, a class of only such characters, a group, a branch
    each of whose alternatives needs one, or a repeat of at least once of one. A letter counts only
    when the marks hold both its cases (the furniture shapes ignore case)."""
    from re import _constants as c  # type: ignore[attr-defined]

    def mark(code: int) -> bool:
        char = chr(code)
        return char in marks and (not (char.isascii() and char.isalpha()) or {char.lower(), char.upper()} <= marks)

    for op, value in items:
        if (op is c.LITERAL and mark(value)) \
                or (op is c.IN and all(kind is c.LITERAL and mark(code) for kind, code in value)) \
                or (op is c.BRANCH and all(_needs_mark(branch.data, marks) for branch in value[1])) \
                or (op is c.SUBPATTERN and _needs_mark(value[3].data, marks)) \
                or (op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and value[0] >= 1
                    and _needs_mark(value[2].data, marks)):
            return True
    return False


def test_furniture_marks_hold_a_character_every_open_shape_needs() -> None:
    """A line with none of FURNITURE_MARKS fullmatches no shape that may open with any character:
    each such shape needs one of the marks (a letter in both cases, as the shapes ignore case,
    and no other character folds to those letters)."""
    import _sre
    import re
    import sys
    from re import _parser as sre_parser  # type: ignore[attr-defined]

    from convertkit.structure import patterns as P

    marks = set(P.FURNITURE_MARKS)
    for shape, opens in P._furniture_openers():
        assert opens is not None or _needs_mark(sre_parser.parse(shape, re.IGNORECASE).data, marks), shape
    assert not _needs_mark(sre_parser.parse("(?:页|x)").data, marks) and _needs_mark(sre_parser.parse("a(?:页|m)+").data, {"页", "m", "M"})
    letters = {char for char in marks if char.isascii() and char.isalpha()}
    folds = {chr(code) for code in range(sys.maxunicode + 1) if chr(_sre.unicode_tolower(code)) in letters}
    assert folds <= marks, folds - marks
    extra = re._casefix._EXTRA_CASES  # type: ignore[attr-defined]  # folds beyond lower case (ſ and s, K and k)
    assert not any(chr(code) in letters for codes in (*extra, *extra.values()) for code in (codes if isinstance(codes, tuple) else (codes,)))
    assert P.is_furniture_line("上一页 1 2 3 下一页") and P.is_furniture_line("READ MORE") and not P.is_furniture_line("美日韩峰会召开。")


def test_first_chars_hold_every_opening_character() -> None:
    """first_chars holds the first character of every match (None where it cannot tell), and no
    white space lies above U+3000 (the \\s set it builds stops there)."""
    import re
    import sys

    from convertkit.structure.patterns import first_chars

    assert first_chars(r"(?:分享|感谢)\s*x") == frozenset("分感")
    assert first_chars(r"[（(]?\s*附") == frozenset("（(附") | frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
    assert first_chars(r"\d+页") is None and first_chars(r"[^。]{2}") is None and first_chars("x?") is None
    assert first_chars("Read", re.IGNORECASE) is None and first_chars("Read") == frozenset("R")
    assert first_chars(r"(?=\s*地址)(?:地址|电话)") == frozenset("地电")
    assert max(code for code in range(sys.maxunicode + 1) if chr(code).isspace()) == 0x3000


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="這個说說国國的了著于於后後台臺里裡abc，。", max_size=40))
def test_detect_script_counts_as_far_as_it_needs(text: str) -> None:
    """detect_script counts Simplified-only characters only up to the Traditional-only count:
    the same answer as comparing both whole counts."""
    from convertkit.transforms.script import detect_script, script_counts

    trad, simp = script_counts(text)
    assert detect_script(text) == ("zh-Hant" if trad > simp else "zh-Hans")


def test_byline_gate_holds_every_branch_of_the_opening() -> None:
    """_may_open_byline stands before _BYLINE_OPENING_RE: every branch but the last opens with one
    of its characters, and the last (a name or outlet before 记者, 編譯, 特派员) ends with one of its
    words, starting no further in than its reach allows."""
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]

    from convertkit.structure.patterns import _opening_chars
    from convertkit.structure.rules import (
        _BYLINE_NAMED_REACH,
        _BYLINE_NAMED_WORDS,
        _BYLINE_OPENING_RE,
        _BYLINE_TITLE_FIRST,
    )

    [(branch_op, (_, branches))] = sre_parser.parse(_BYLINE_OPENING_RE.pattern).data  # (?:a|b|…) alone
    assert branch_op is sre_constants.BRANCH
    for branch in branches[:-1]:
        opens, empty = _opening_chars(branch.data, 0)
        assert opens is not None and not empty and opens <= _BYLINE_TITLE_FIRST, opens
    *before, (words_op, (_, words)) = branches[-1].data
    assert words_op is sre_constants.BRANCH
    assert all(op is sre_constants.LITERAL for word in words for op, _ in word.data)
    assert {"".join(chr(value) for _, value in word.data) for word in words} == set(_BYLINE_NAMED_WORDS)
    reach = sum(sre_parser.SubPattern(branches[-1].state, [item]).getwidth()[1] for item in before)
    assert reach + max(map(len, _BYLINE_NAMED_WORDS)) <= _BYLINE_NAMED_REACH


def test_series_label_needs_its_part_word() -> None:
    """rule_series asks for 之 before its pattern: the pattern cannot match without one."""
    from convertkit.structure import patterns as P

    assert r")\s*之\s*(?P<n>" in P.series_re().pattern
    assert P.series_re().match("福建军民融合新年新貌系列报道之九")
    assert not P.series_re().match("福建军民融合新年新貌系列报道九")


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="《》图圖文/／|｜、作者字撰执笔采写报道導整理编译編譯主記记本报者特派员員 +＋澎湃新闻am730张三李四章：:·", max_size=30))
def test_byline_gate_passes_every_line_the_opening_matches(line: str) -> None:
    from convertkit.structure.rules import _BYLINE_OPENING_RE, _may_open_byline

    if _BYLINE_OPENING_RE.match(line) is not None:
        assert _may_open_byline(line), line


_LABEL_LINES = st.text(alphabet="【[（(〔 　编者按内容提要责任编辑：:关键词标签抄送分报索引号主题分类发文机关本文原标题的话张三。x来源|｜新华社",
                       max_size=20)


@settings(max_examples=500, deadline=None)
@given(_LABEL_LINES)
def test_opened_patterns_match_as_their_patterns(line: str) -> None:
    """Opened asks a line's first character before its pattern: the same match, or none, for every
    line, on each pattern it stands before."""
    from convertkit.structure import official
    from convertkit.structure import patterns as P
    from convertkit.structure.rules import _keywords_opened, _source_only

    for opened in (P.editor_note_opened(), P.editor_line_opened(), _keywords_opened(), official._COPIES,
                   official._INFO_FIELD, _source_only()):
        found, expected = opened.match(line), opened.pattern.match(line)
        assert (found and found.group()) == (expected and expected.group()), (opened.pattern.pattern[:40], line)
        found, expected = opened.fullmatch(line), opened.pattern.fullmatch(line)
        assert (found and found.group()) == (expected and expected.group()), (opened.pattern.pattern[:40], line)


def test_opened_tries_a_pattern_it_cannot_read() -> None:
    """A pattern whose opening characters first_chars cannot tell (a class of categories, one
    that may match nothing) is always tried."""
    import re

    from convertkit.structure.patterns import Opened

    assert Opened(re.compile(r"\d+页")).match("12页") is not None
    assert Opened(re.compile(r"x?")).match("") is not None
    assert Opened(re.compile(r"编者按")).match("") is None and Opened(re.compile(r"编者按")).match("编者按：") is not None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="中央社通訊电電讯訊报道導综合消息 -—–发自本港澳特稿日丨｜|，,获悉獲【[（(〔记者記　［新华北京", max_size=30))
def test_dateline_words_found_by_their_last_character(raw: str) -> None:
    """match_dateline asks for a word's last character before the word: the same words found."""
    from convertkit.structure.dateline import _need_words, _present_words

    assert _present_words(raw) == frozenset(word for word in _need_words() if word in raw)


_FIXTURES = ROOT / "tests" / "fixtures"


def test_rules_left_out_after_the_lead_read_nothing_there() -> None:
    """The rules the builder stops offering lines once the lead has come (after_lead False) and the
    ones it leaves out without their hint (needs_hint) give the same documents when offered every
    line, on every fixture article."""
    import dataclasses

    import convertkit
    from convertkit.errors import ConvertkitError
    from convertkit.structure import build
    from convertkit.structure.ruler import Ruler
    from convertkit.structure.rules import DEFAULT_RULER

    assert {rule.name for rule in DEFAULT_RULER.rules if not rule.after_lead} == {
        "title", "page_standfirst", "subtitle", "opening_note_continued", "dateline", "salutation"}
    offered = Ruler(tuple(dataclasses.replace(rule, after_lead=True, needs_hint=None) for rule in DEFAULT_RULER.rules))
    paths = sorted(path for path in _FIXTURES.rglob("*") if path.is_file() and path.suffix in (".txt", ".html", ".json"))
    assert len(paths) > 50
    for path in paths:
        try:
            fast = list(convertkit.read_all(path))
        except ConvertkitError:
            continue
        original, build.DEFAULT_RULER = build.DEFAULT_RULER, offered
        try:
            full = list(convertkit.read_all(path))
        finally:
            build.DEFAULT_RULER = original
        assert fast == full, path


def test_rules_left_out_after_the_lead_return_none_after_it() -> None:
    """Each after_lead False rule, offered a line that would read as its own before the lead (a
    headline, a ——subtitle, a dateline, a salutation), reads nothing once a lead has come."""
    from convertkit.readers.base import Hints
    from convertkit.structure.ruler import Context, Para
    from convertkit.structure.rules import DEFAULT_RULER

    texts = ["全省经济工作会议在杭州举行", "——会议部署明年八个方面重点任务", "新华社北京12月20日电 全省经济工作会议20日召开。",
             "尊敬的各位来宾：", "各区人民政府：", "本报杭州12月20日电（记者 张三）"]
    paras = [Para(raw=text, body=text, number=number) for number, text in enumerate(texts)]
    for rule in DEFAULT_RULER.rules:
        if rule.after_lead:
            continue
        for index in range(len(paras)):
            ctx = Context(paras=paras, hints=Hints(title="全省经济工作会议在杭州举行"), kinds=["lead"])
            ctx.index = index
            assert rule.func(paras[index], ctx) is None, (rule.name, texts[index])


def test_match_stays_a_frozen_dataclass() -> None:
    """Match stores its fields through its slots: still frozen, with the defaults of its fields."""
    import dataclasses

    from convertkit.structure.ruler import Match

    match = Match(consumed=2)
    assert (match.blocks, dict(match.meta), match.consumed, match.rest, match.after) == ((), {}, 2, None, ())
    assert match == Match((), {}, 2) and dataclasses.replace(match, consumed=3).consumed == 3
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.consumed = 4  # type: ignore[misc]


def test_context_keeps_has_lead_and_in_header_with_its_kinds() -> None:
    """has_lead and in_header are attributes the context's kinds keep in step as blocks come (a
    property's call cost more, asked a dozen times a line): the same answers as reading the kinds."""
    from convertkit.readers.base import Hints
    from convertkit.structure.ruler import Context, Kinds

    for start in ([], ["heading"], ["lead"], ["turn", "paragraph"], Kinds(["caption"])):
        ctx = Context(paras=[], hints=Hints(), kinds=start)
        for more in ([], ["editor_note"], ["heading"], ["lead"]):
            ctx.kinds.extend(more)
            assert ctx.has_lead == ("lead" in ctx.kinds or "turn" in ctx.kinds)
            assert ctx.in_header == (not {"lead", "paragraph", "point", "heading", "caption", "turn"} & set(ctx.kinds))
        ctx.kinds.append("paragraph")
        assert not ctx.in_header


def test_rule_tables_follow_the_ruler_and_the_hints() -> None:
    """The builder's tables, made once per ruler and set of hints given: a rule needing a hint is
    offered only with it, an after_lead False rule only before the lead, a disabled one never."""
    from convertkit.readers.base import Hints
    from convertkit.structure.build import _tables
    from convertkit.structure.rules import DEFAULT_RULER, rule_dateline, rule_hinted_caption, rule_title

    before, after = (table.funcs for table in _tables(DEFAULT_RULER, Hints()))
    assert rule_hinted_caption not in before and rule_title in before and rule_title not in after
    before, after = (table.funcs for table in _tables(DEFAULT_RULER, Hints(captions=("图为现场。",))))
    assert rule_hinted_caption in before and rule_hinted_caption in after
    before = _tables(DEFAULT_RULER.disable("dateline"), Hints())[0].funcs
    assert rule_dateline not in before
    assert _tables(DEFAULT_RULER, Hints()) is _tables(DEFAULT_RULER, Hints(title="x"))


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="2024０１２年月日号-/. :中華民國民国二〇一十JunDecjun,今日上午\u200e\u3000X甲", max_size=20))
def test_signature_date_gate_passes_every_line_a_date_fills(line: str) -> None:
    """signature_date tries the date shapes only on a line opening with a character a date may
    open with (``_may_open_date``): a line opening otherwise has no date starting at its start."""
    from convertkit.structure.signature import _CN_DATE_RE, _may_open_date
    from convertkit.structure.timeparse import find_datetime

    text = line.strip()
    if text and not _may_open_date(text[0]):
        found = find_datetime(text)
        assert found is None or found.start > 0, text
        assert _CN_DATE_RE.match(text) is None, text


def test_signature_date_reads_dates_of_every_opening() -> None:
    from convertkit.structure.signature import signature_date

    assert signature_date("2024年11月22日") == "2024-11-22"
    assert signature_date("２０２４年１１月２２日") == "2024-11-22"
    assert signature_date("二〇二四年十一月二十二日") == "2024-11-22"
    assert signature_date("中華民國113年11月24日") == "2024-11-24"
    assert signature_date("Jun 17, 2024") == "2024-06-17"
    assert signature_date("某某市人民政府") is None and signature_date("今日2024年11月22日") is None
