"""The clreq line breaker: examples for each rule, properties over mixed text, the seed.

The rules are checked by an oracle written here from the clreq sets alone (not from the
breaker's internals): where a break is allowed, how wide a cluster of characters that may
not be separated is, which gaps justification may stretch.
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convertkit.typography import clreq
from convertkit.typography.linebreak import (
    BreakOptions,
    Line,
    break_paragraph,
    is_widow,
    soft_break,
)

SIZE = 10.0
TOL = 0.01
REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_5f66b059eaaa6a40.txt"

Advance = Callable[[str], float]


def fixed_advance(char: str) -> float:
    """CJK (and the marks CJK fonts draw full width) = 1 em, spaces ¼ em, combining marks
    and joiners nothing, the rest ½ em."""
    if clreq.is_combining(char) or char in "\u200d\u2060\ufeff":
        return 0.0
    if clreq.is_break_space(char):
        return SIZE * 0.25
    if unicodedata.east_asian_width(char) in ("F", "W", "A"):
        return SIZE
    return SIZE * 0.5


# --- oracle -------------------------------------------------------------------------------


def break_allowed(text: str, i: int) -> bool:
    """May a line end before text[i]? (0 < i < len(text))"""
    prev, char = text[i - 1], text[i]
    if clreq.is_break_space(char) or char in clreq.LINE_START_PROHIBITED:
        return False
    if char in clreq.NO_BREAK or prev in clreq.NO_BREAK or clreq.is_combining(char):
        return False
    if char == prev and char in clreq.INSEPARABLE:
        return False
    base = i - 1
    while base > 0 and clreq.is_combining(text[base]):
        base -= 1
    if clreq.is_word_char(text[base]) and clreq.is_word_char(char):
        return False
    k = i - 1
    while k >= 0 and clreq.is_break_space(text[k]):
        k -= 1
    return not (k >= 0 and text[k] in clreq.LINE_END_PROHIBITED)


def natural(text: str, advance: Advance) -> float:
    """Width without any compression, trailing spaces not counted, Han–Latin spaces in."""
    text = rstrip_spaces(text)
    width = sum(advance(c) for c in text)
    bare = "".join(c for c in text if not clreq.is_combining(c))
    for a, b in pairwise(bare):
        if (clreq.is_ideographic(a) and clreq.is_latin_alnum(b)) or (
            clreq.is_latin_alnum(a) and clreq.is_ideographic(b)
        ):
            width += SIZE / 4
    return width


def cluster_around(text: str, i: int) -> tuple[int, int]:
    """The maximal span around boundary i with no allowed break inside."""
    start = i
    while start > 0 and not break_allowed(text, start):
        start -= 1
    end = i
    while end < len(text) and not break_allowed(text, end):
        end += 1
    return start, end


def forced(text: str, i: int, width: float, advance: Advance) -> bool:
    """A break at a forbidden boundary is acceptable only inside a cluster wider than a line."""
    start, end = cluster_around(text, i)
    return natural(text[start:end], advance) > width + 1e-6


def soft(text: str, i: int, advance: Advance, size: float = SIZE) -> bool:
    """A break inside a long Western run (four ems or more) at one of its soft places, which
    the breaker takes rather than leave a line stretched (``soft_break``)."""
    start, end = i, i
    while start > 0 and clreq.is_word_char(text[start - 1]):
        start -= 1
    while end < len(text) and clreq.is_word_char(text[end]):
        end += 1
    run = text[start:end]
    while run and run[-1] in clreq.LINE_START_PROHIBITED:
        run = run[:-1]
    return sum(advance(char) for char in run) >= 4 * size - 1e-6 and soft_break(run, i - start)


def visible(line: Line) -> str:
    """The line without the spaces hanging at its break."""
    return rstrip_spaces(line.text)


def rstrip_spaces(text: str) -> str:
    end = len(text)
    while end and clreq.is_break_space(text[end - 1]):
        end -= 1
    return text[:end]


def expandable_pairs(text: str) -> int:
    count = 0
    base = ""
    for a, b in pairwise(text):
        base = base if clreq.is_combining(a) and base else a
        a = base
        if clreq.is_break_space(b) or b in clreq.NO_BREAK or clreq.is_combining(b):
            continue
        if clreq.is_word_char(a) and clreq.is_word_char(b):
            continue
        if a == b and a in clreq.INSEPARABLE:
            continue
        count += 1
    return count


def check_lines(
    text: str,
    lines: tuple[Line, ...],
    width: float,
    advance: Advance = fixed_advance,
    *,
    justify: bool = True,
) -> None:
    """Every rule of the brief that can be stated about one result."""
    # Lossless, in order, with consistent offsets and glyphs.
    assert "".join(line.text for line in lines) == text
    offset = 0
    for line in lines:
        assert line.start == offset
        offset += len(line.text)
        assert line.end == offset
        assert "".join(g.char for g in line.glyphs) == line.text
    assert [line.is_last for line in lines] == [False] * (len(lines) - 1) + [True] * bool(lines)
    assert all(line.text for line in lines)

    for k, line in enumerate(lines):
        vis = visible(line)
        # Fits (a glyph wider than the column is alone on its line).
        if len(vis) > 1:
            assert line.right <= width + TOL, (line.text, line.right, width)
        # Glyphs in order, never overlapping, never squeezed beyond half their width.
        for g, h in pairwise(line.glyphs):
            assert g.right <= h.x + 1e-6
        for g in line.glyphs[: len(vis)]:
            full = advance(g.char)
            assert full / 2 - 1e-6 <= g.advance <= full + 1e-6
            assert g.shift <= 0
        if k:
            assert line.indent == 0.0
        if line.glyphs:
            assert line.glyphs[0].x >= line.indent - 1e-6
        # Justified lines end flush when they have a gap to stretch.
        if justify and not line.is_last and expandable_pairs(vis) > 0:
            assert abs(line.right - width) <= TOL, (line.text, line.right, width)

    # Prohibitions, inseparable marks, words and numbers: a break at a forbidden boundary
    # only where the cluster cannot fit on any line.
    for line in lines[1:]:
        i = line.start
        if not break_allowed(text, i):
            assert forced(text, i, width, advance) or soft(text, i, advance), (text, i, [ln.text for ln in lines])

    # No widow character unless nothing could be pulled down.
    if len(lines) >= 2 and is_widow(lines[-1].text):
        prev, last = lines[-2], lines[-1]
        inner = [
            i
            for i in range(prev.start + 1, prev.start + len(visible(prev)))
            if break_allowed(text, i)
        ]
        if inner:
            pulled = text[inner[-1] : last.start + len(last.text)]
            assert natural(pulled, advance) > width - TOL, [ln.text for ln in lines]


# --- examples -----------------------------------------------------------------------------


def texts(lines: tuple[Line, ...]) -> list[str]:
    return [line.text for line in lines]


def brk(text: str, ems: float, **kwargs: object) -> tuple[Line, ...]:
    kwargs.setdefault("indent_em", 0.0)
    return break_paragraph(text, ems * SIZE, SIZE, fixed_advance, **kwargs)  # type: ignore[arg-type]


def test_empty_paragraph() -> None:
    assert break_paragraph("", 100.0, SIZE, fixed_advance) == ()


def test_bad_width_is_refused() -> None:
    with pytest.raises(ValueError):
        break_paragraph("中", 0.0, SIZE, fixed_advance)


def test_first_line_indent_is_two_em_by_default() -> None:
    lines = break_paragraph("一二三四五六七八九十一二三", 6 * SIZE, SIZE, fixed_advance)
    assert lines[0].indent == 2 * SIZE
    assert lines[0].glyphs[0].x == 2 * SIZE
    assert texts(lines)[0] == "一二三四"
    assert all(line.indent == 0 and line.glyphs[0].x == 0 for line in lines[1:])


def test_indent_shrinks_only_when_the_column_cannot_hold_it() -> None:
    lines = break_paragraph("“一”二", 2 * SIZE, SIZE, fixed_advance)
    # "“一”" needs 2 em even with the opening quote squeezed: no room left for an indent,
    # and 二 stays a widow because the line above has nothing it could give.
    assert lines[0].indent == 0.0
    assert texts(lines) == ["“一”", "二"]
    assert lines[0].right == pytest.approx(2 * SIZE)


def test_closing_mark_never_starts_a_line_push_out() -> None:
    # "五。" does not fit and there is no punctuation to squeeze: 五 goes down with 。
    lines = brk("一二三四五。六七", 5)
    assert texts(lines) == ["一二三四", "五。六七"]
    assert lines[0].right == pytest.approx(5 * SIZE, abs=TOL)


def test_push_in_squeezes_punctuation_instead() -> None:
    # "一，二三四五。" is 6.5 em naturally; the comma can give half an em: it stays on one line.
    lines = brk("一，二三四五。六七八", 6)
    assert texts(lines)[0] == "一，二三四五。"
    first = lines[0]
    comma = first.glyphs[1]
    assert comma.advance == pytest.approx(SIZE / 2)
    assert first.glyphs[-1].advance == pytest.approx(SIZE / 2)  # line-end 。 trimmed
    assert first.right == pytest.approx(6 * SIZE, abs=TOL)


def test_opening_mark_never_ends_a_line() -> None:
    lines = brk("一二三四“五六”七八", 5)
    assert not any(visible(line).endswith("“") for line in lines)
    assert texts(lines)[0] == "一二三四"


def test_adjacent_marks_are_compressed() -> None:
    lines = brk("他说：“好。”然后（《书》）走了", 40)
    glyphs = {(g.char, i): g for i, g in enumerate(lines[0].glyphs)}
    text = lines[0].text
    period = glyphs[("。", text.index("。"))]
    assert period.advance == pytest.approx(SIZE / 2)  # 。” : the period gives its blank
    close_quote = glyphs[("”", text.index("”"))]
    assert close_quote.advance == pytest.approx(SIZE)  # followed by a Han char
    colon = glyphs[("：", text.index("："))]
    assert colon.advance == pytest.approx(SIZE / 2)  # ：“ : closing before opening
    book = glyphs[("《", text.index("《"))]
    assert book.advance == pytest.approx(SIZE / 2)  # （《 : the second opening mark
    assert book.shift == pytest.approx(-SIZE / 2)  # drawn half an em left: glyph in its slot
    angle = glyphs[("》", text.index("》"))]
    assert angle.advance == pytest.approx(SIZE / 2)  # 》）
    paren = glyphs[("）", text.index("）"))]
    assert paren.advance == pytest.approx(SIZE)


def test_compression_can_be_switched_off() -> None:
    lines = brk("好。”然", 40, options=BreakOptions(compress_punctuation=False))
    assert [g.advance for g in lines[0].glyphs] == [SIZE] * 4


def test_line_end_mark_is_trimmed() -> None:
    lines = brk("一二三四，五六七八九", 5)
    assert texts(lines)[0] == "一二三四，"
    assert lines[0].glyphs[-1].advance == pytest.approx(SIZE / 2)
    assert lines[0].width == pytest.approx(4.5 * SIZE)
    assert lines[0].right == pytest.approx(5 * SIZE)


def test_quarter_em_between_han_and_latin() -> None:
    lines = brk("中GDP国", 40)
    xs = [g.x for g in lines[0].glyphs]
    assert xs[1] == pytest.approx(SIZE + SIZE / 4)
    assert xs[4] == pytest.approx(SIZE + SIZE / 4 + 1.5 * SIZE + SIZE / 4)
    # Not beside punctuation, and not when switched off.
    lines = brk("“GDP”", 40)
    assert lines[0].glyphs[1].x == pytest.approx(SIZE)
    lines = brk("中GDP国", 40, options=BreakOptions(latin_spacing=False))
    assert lines[0].glyphs[1].x == pytest.approx(SIZE)


@pytest.mark.parametrize("word", ["3.5", "2019", "10:30", "50%", "GDP", "x.cn/a"])
def test_numbers_and_words_stay_whole(word: str) -> None:
    text = f"今年增长了{word}个百分点，一二三四五六七八九十{word}年"
    for ems in range(7, 16):
        lines = brk(text, ems)
        check_lines(text, lines, ems * SIZE)
        assert any(word in line.text for line in lines), (ems, texts(lines))


def test_long_word_is_split_as_a_last_resort() -> None:
    text = "访问https://example.com/very/long/path/index.html了解"
    lines = brk(text, 5)
    check_lines(text, lines, 5 * SIZE)
    assert len(lines) > 3
    assert all(line.right <= 5 * SIZE + TOL for line in lines)


@pytest.mark.parametrize("mark", ["——", "……"])
def test_dash_and_ellipsis_pairs_never_split(mark: str) -> None:
    text = f"一二三四五六七{mark}八九十一二三四五六{mark}七八"
    for ems in (4, 5, 6, 7, 8, 9):
        lines = brk(text, ems)
        check_lines(text, lines, ems * SIZE)
        for line in lines[1:]:
            assert not (line.text.startswith(mark[0]) and text[line.start - 1] == mark[0])


def test_widow_character_is_avoided() -> None:
    lines = brk("一二三四五六七八九十。", 5)
    assert texts(lines) == ["一二三四五", "六七八", "九十。"]
    lines = brk("一二三四五六", 5)
    assert texts(lines) == ["一二三四", "五六"]
    lines = brk("一二三四五六", 5, options=BreakOptions(avoid_widow=False))
    assert texts(lines) == ["一二三四五", "六"]


def test_single_character_paragraph() -> None:
    lines = brk("好", 5)
    assert texts(lines) == ["好"] and lines[0].is_last


def test_forced_violation_only_inside_a_cluster_wider_than_the_column() -> None:
    """The one exception to the prohibitions: ``（《“中”》）。`` may not be broken anywhere
    and needs 4.5 em even with every blank squeezed, so a two-em column must split it,
    while a five-em column holds it whole and breaks only where clreq allows."""
    text = "一（《“中”》）。二"
    lines = brk(text, 2)
    check_lines(text, lines, 2 * SIZE)
    starts = [line.text[0] for line in lines[1:]]
    assert any(c in clreq.LINE_START_PROHIBITED for c in starts) or any(
        visible(line)[-1] in clreq.LINE_END_PROHIBITED for line in lines[:-1]
    )
    wide = brk(text, 5)
    check_lines(text, wide, 5 * SIZE)
    assert any("（《“中”》）。" in line.text for line in wide)
    for line in wide[1:]:
        assert line.text[0] not in clreq.LINE_START_PROHIBITED
    for line in wide[:-1]:
        assert visible(line)[-1] not in clreq.LINE_END_PROHIBITED


def test_narrower_than_one_glyph_gives_one_per_line() -> None:
    text = "一二，三“四”"
    lines = brk(text, 0.5)
    assert "".join(texts(lines)) == text
    assert all(len(visible(line)) == 1 for line in lines)


def test_justification_is_flush_and_last_line_is_not() -> None:
    text = "一二三GDP四五六七八九十一二三四五六七八九十"
    lines = brk(text, 7.3)
    check_lines(text, lines, 7.3 * SIZE)
    for line in lines[:-1]:
        assert line.right == pytest.approx(7.3 * SIZE, abs=TOL)
    assert lines[-1].right == pytest.approx(lines[-1].width)
    # Never inside a word: the letters of GDP keep their natural spacing.
    g = [gl for line in lines for gl in line.glyphs if gl.char in "GDP"]
    assert g[1].x - g[0].x == pytest.approx(SIZE / 2) and g[2].x - g[1].x == pytest.approx(SIZE / 2)


def test_last_line_alignment_options() -> None:
    text = "一二三四五六七"
    end = brk(text, 5, options=BreakOptions(last_line="end"))
    assert end[-1].right == pytest.approx(5 * SIZE)
    centre = brk(text, 5, options=BreakOptions(last_line="center"))
    assert centre[-1].glyphs[0].x == pytest.approx((5 * SIZE - centre[-1].width) / 2)
    ragged = brk(text, 5, options=BreakOptions(justify=False))
    assert all(line.right == pytest.approx(line.width) for line in ragged)


def test_spaces_hang_at_the_break() -> None:
    text = "Hello world again and again"
    lines = brk(text, 6)
    check_lines(text, lines, 6 * SIZE)
    assert all(not line.text.startswith(" ") for line in lines)
    assert any(line.text.endswith(" ") for line in lines)
    for line in lines:
        for g in line.glyphs[len(visible(line)) :]:
            assert g.advance == 0.0


def test_no_break_space_joins() -> None:
    text = "一二三四五六七八10\u00a0km九十"
    for ems in (5, 6, 7, 8):
        lines = brk(text, ems)
        check_lines(text, lines, ems * SIZE)
        assert any("10\u00a0km" in line.text for line in lines)


def test_never_breaks_before_a_combining_mark() -> None:
    text = "一二三四五e\u0301六七八九\U0001f44d\u200d\U0001f525"
    for ems in (1, 2, 3, 4, 5, 6):
        lines = brk(text, ems)
        check_lines(text, lines, ems * SIZE)
        assert all(not clreq.is_combining(line.text[0]) for line in lines)
        assert all(line.text[0] != "\u200d" for line in lines)


def test_quarter_em_after_an_accented_letter() -> None:
    lines = brk("中e\u0301国", 40)
    assert [g.x for g in lines[0].glyphs] == pytest.approx([0.0, 12.5, 17.5, 20.0])


def test_accented_word_stays_whole_and_unstretched() -> None:
    text = "一二三四五六七八cafe\u0301s九十一二三四五六七八九十"
    for ems in (4, 5, 6, 7, 8):
        lines = brk(text, ems)
        check_lines(text, lines, ems * SIZE)
        holder = next(line for line in lines if "e\u0301" in line.text)
        assert "cafe\u0301s" in holder.text
        xs = {g.char: g.x for g in holder.glyphs if g.char in "s\u0301"}
        assert xs["s"] - xs["\u0301"] == pytest.approx(0.0)


def test_ideographic_space_is_a_visible_blank() -> None:
    lines = brk("一\u3000二", 10)
    assert [g.x for g in lines[0].glyphs] == [0.0, SIZE, 2 * SIZE]


# --- properties ---------------------------------------------------------------------------

HAN = "中国的一是在人有我他这个们来到时大地为子"
MARKS = ["“", "”", "，", "。", "、", "：", "；", "！", "？", "（", "）", "《", "》", "……", "——"]
WORDS = ["GDP", "URL", "3.5", "2019", "10:30", "50%", "A", "https://a.cn/x"]

tokens = st.one_of(
    st.sampled_from(HAN),
    st.sampled_from(MARKS),
    st.sampled_from(WORDS),
    st.sampled_from([" ", "\u3000", "\u00a0", "·"]),
)
paragraphs = st.lists(tokens, min_size=1, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(paragraphs, st.integers(min_value=5, max_value=8), st.sampled_from([0.0, 2.0]))
def test_narrow_columns(text: str, ems: int, indent: float) -> None:
    lines = break_paragraph(text, ems * SIZE, SIZE, fixed_advance, indent_em=indent)
    check_lines(text, lines, ems * SIZE)


@settings(max_examples=150, deadline=None)
@given(paragraphs, st.floats(min_value=0.3, max_value=40.0))
def test_any_width(text: str, ems: float) -> None:
    lines = break_paragraph(text, ems * SIZE, SIZE, fixed_advance)
    check_lines(text, lines, ems * SIZE)


@settings(max_examples=100, deadline=None)
@given(paragraphs, st.integers(min_value=5, max_value=30))
def test_deterministic_and_stable(text: str, ems: int) -> None:
    """The same input gives the same lines, and a line broken again on its own (with the
    indent it had) is still one line: the breaker never splits what it judged to fit."""
    width = ems * SIZE
    lines = break_paragraph(text, width, SIZE, fixed_advance)
    assert lines == break_paragraph(text, width, SIZE, fixed_advance)
    for k, line in enumerate(lines):
        if any(not break_allowed(text, i) for i in (line.start, line.start + len(line.text))
               if 0 < i < len(text)):
            continue  # a last-resort piece of a cluster wider than the column
        again = break_paragraph(
            line.text, width, SIZE, fixed_advance, indent_em=line.indent / SIZE
        )
        assert texts(again) == [line.text], (k, texts(lines))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(HAN), min_size=2, max_size=80).map("".join),
       st.integers(min_value=5, max_value=30))
def test_plain_han_never_leaves_a_widow(text: str, ems: int) -> None:
    lines = break_paragraph(text, ems * SIZE, SIZE, fixed_advance)
    assert len(visible(lines[-1])) >= 2


@settings(max_examples=100, deadline=None)
@given(paragraphs, st.integers(min_value=5, max_value=20))
def test_ragged_mode_keeps_natural_widths(text: str, ems: int) -> None:
    lines = break_paragraph(
        text, ems * SIZE, SIZE, fixed_advance, options=BreakOptions(justify=False)
    )
    check_lines(text, lines, ems * SIZE, justify=False)
    for line in lines:
        assert line.right == pytest.approx(line.width, abs=1e-6)


# --- the seed and a real font --------------------------------------------------------------


def seed_paragraphs() -> list[str]:
    raw = SEED.read_text(encoding="utf-8")
    return [p.strip() for p in raw.splitlines() if p.strip()]


def normalise(text: str) -> str:
    """ASCII marks beside Chinese to full width (what the punctuation transform does)."""
    out = []
    for i, char in enumerate(text):
        near = text[max(0, i - 1) : i + 2]
        if char in clreq.FULLWIDTH and any(clreq.is_ideographic(c) for c in near):
            char = clreq.to_fullwidth(char)
        out.append(char)
    return "".join(out)


@pytest.mark.parametrize("ems", [28, 10, 6])
@pytest.mark.parametrize("normalised", [True, False])
def test_seed_paragraphs(ems: int, normalised: bool) -> None:
    for para in seed_paragraphs():
        text = normalise(para) if normalised else para
        lines = break_paragraph(text, ems * SIZE, SIZE, fixed_advance)
        check_lines(text, lines, ems * SIZE)
        for line in lines[1:]:
            assert line.text[0] not in clreq.LINE_START_PROHIBITED, texts(lines)
        for line in lines[:-1]:
            assert visible(line)[-1] not in clreq.LINE_END_PROHIBITED, texts(lines)


def _calls(work: Callable[[], object]) -> int:
    """Function calls (Python's and C's) made by ``work``: a measure of the work done that no
    other load on the machine changes, unlike a stopwatch."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def test_breaking_grows_linearly_with_the_text() -> None:
    """Ten times the seed as one paragraph costs about ten times the seed's paragraphs, not a
    hundred: the breaker looks back a bounded number of break points (measured 10.3×)."""
    paras = [normalise(p) for p in seed_paragraphs()]
    big = "".join(paras) * 10
    once = _calls(lambda: [break_paragraph(para, 28 * SIZE, SIZE, fixed_advance) for para in paras])
    lines: list[tuple[Line, ...]] = []
    tenfold = _calls(lambda: lines.append(break_paragraph(big, 28 * SIZE, SIZE, fixed_advance)))
    assert tenfold < 20 * once, (once, tenfold)
    assert "".join(texts(lines[0])) == big


def _font_file() -> Path | None:
    candidates = sorted((REPO / "fonts").glob("**/*.ttf")) + [
        Path("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf")
    ]
    return next((p for p in candidates if p.is_file()), None)


@pytest.fixture(scope="module")
def font_advance() -> Callable[[float], Advance]:
    """Advance widths from a real TrueType face (the repository's fonts/ first)."""
    path = _font_file()
    if path is None:
        pytest.skip("no TrueType font with CJK glyphs available")
    ttlib = pytest.importorskip("fontTools.ttLib")
    font = ttlib.TTFont(str(path), lazy=True)
    cmap = font.getBestCmap()
    hmtx = font["hmtx"]
    upem = font["head"].unitsPerEm
    units: dict[str, int] = {}

    def at(size: float) -> Advance:
        def advance(char: str) -> float:
            if char not in units:
                units[char] = hmtx[cmap.get(ord(char), ".notdef")][0]
            return units[char] * size / upem

        return advance

    return at


def test_real_font_widths(font_advance: Callable[[float], Advance]) -> None:
    size = 10.5
    advance = font_advance(size)
    for para in seed_paragraphs():
        text = normalise(para)
        for ems in (28, 6):
            width = ems * size
            lines = break_paragraph(text, width, size, advance)
            check_real(text, lines, width, advance, size)


@settings(max_examples=100, deadline=None)
@given(paragraphs, st.floats(min_value=4.0, max_value=30.0))
def test_real_font_mixed_text(
    font_advance: Callable[[float], Advance], text: str, ems: float
) -> None:
    size = 12.0
    advance = font_advance(size)
    lines = break_paragraph(text, ems * size, size, advance)
    check_real(text, lines, ems * size, advance, size)


def check_real(text: str, lines: tuple[Line, ...], width: float, advance: Advance, size: float) -> None:
    """The rules that do not depend on the test measure's round numbers."""
    assert "".join(texts(lines)) == text
    for line in lines:
        if len(visible(line)) > 1:
            assert line.right <= width + TOL
        if not line.is_last and expandable_pairs(visible(line)):
            assert abs(line.right - width) <= TOL
    for line in lines[1:]:
        if not break_allowed(text, line.start):
            assert forced(text, line.start, width, advance) or soft(text, line.start, advance, size)


# --- words kept whole (headlines) -------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet="台北看守所昨天抽查前總統陳水扁的房舍，引來不滿。ab 12", min_size=1, max_size=40),
    ems=st.integers(min_value=3, max_value=20),
    data=st.data(),
)
def test_no_line_starts_inside_a_kept_word_unless_the_word_is_wider(text: str, ems: int, data: st.DataObject) -> None:
    """``keep`` positions (inside a headline's words) never start a line, except as the last
    resort for a word wider than the line; the lines still give back the text exactly."""
    words: list[tuple[int, int]] = []
    at = 0
    while at < len(text):
        length = data.draw(st.integers(min_value=1, max_value=4))
        words.append((at, min(len(text), at + length)))
        at += length
    keep = frozenset(t for start, end in words for t in range(start + 1, end))
    lines = break_paragraph(text, ems * SIZE, SIZE, fixed_advance, indent_em=0.0, keep=keep)
    assert "".join(line.text for line in lines) == text
    for line in lines[1:]:
        if line.start in keep:
            # the piece nothing may break: the word, grown by clreq's own clusters and the words they reach
            start, end = next((s, e) for s, e in words if s < line.start < e)
            grown = True
            while grown:
                grown = False
                for i in range(max(start, 1), min(end, len(text) - 1) + 1):
                    s, e = cluster_around(text, i)
                    for ws, we in words:
                        if ws < s < we or ws < e < we:
                            s, e = min(s, ws), max(e, we)
                    if s < start or e > end:
                        start, end, grown = min(s, start), max(e, end), True
            assert natural(text[start:end], fixed_advance) > ems * SIZE - 1e-6, (texts(lines), words)


def test_a_centred_headline_keeps_its_names_whole() -> None:
    """陳水扁 split as 陳水 / 扁 read as a typo: a PDF title breaks between words, at its comma when
    both halves fit a line."""
    from convertkit.typography.words import inside_words

    title = "台北看守所昨天抽查前總統陳水扁的房舍引來扁的強烈不滿"
    keep = inside_words(title)
    name = title.index("陳水扁")
    assert {name + 1, name + 2} <= keep
    for ems in range(8, 20):
        lines = break_paragraph(title, ems * SIZE, SIZE, fixed_advance, indent_em=0.0, keep=keep)
        assert all(line.start not in (name + 1, name + 2) for line in lines), (ems, texts(lines))


def test_an_en_dash_range_is_one_word_never_broken_or_stretched() -> None:
    """``pp. 425–434`` in a justified line (a Taiwanese blog's reference list) drew as
    ``425 – 434``: the en dash was no word character, so justification widened the gaps on both
    sides of it and a line could break there. It is part of the number range now."""
    text = "T. Warnow and B. Zhu (Eds.): COCOON 2003, LNCS 2697, pp. 425–434, 2003. 参见第2019–2020年的记录。"
    dash = text.index("–")
    for width in range(150, 400, 7):
        lines = break_paragraph(text, float(width), SIZE, fixed_advance, indent_em=2)
        assert all(line.start not in (dash, dash + 1) for line in lines), width
        for line in lines:
            glyphs = {line.start + k: glyph for k, glyph in enumerate(line.glyphs)}
            if dash in glyphs and dash - 1 in glyphs and dash + 1 in glyphs:
                assert abs(glyphs[dash].x - glyphs[dash - 1].right) < TOL, width
                assert abs(glyphs[dash + 1].x - glyphs[dash].right) < TOL, width


def test_a_long_code_run_breaks_at_a_soft_place_rather_than_stretch_the_line() -> None:
    """A WeChat post's line of code: after ``handler.insert_one({'finished': True, 'ts':`` the
    next run (``datetime.datetime.now().strftime(…``) did not fit, so three words were spread
    over the whole measure. The run now breaks before a ``.`` or after a ``(``, filling the line."""
    code = "handler.insert_one({'finished': True, 'ts': datetime.datetime.now().strftime('%Y-%m-%d %H:%M:%S')})"
    width = 40 * SIZE
    lines = break_paragraph(code, width, SIZE, fixed_advance, indent_em=2)
    check_lines(code, lines, width)
    first = lines[0]
    assert first.width >= width - 2 * SIZE, (texts(lines), first.width)
    assert first.text.endswith(("datetime", "(")) or lines[1].text.startswith("."), texts(lines)


def test_soft_places_in_a_western_run() -> None:
    assert soft_break("WScript.Shell", 7) and not soft_break("3.5.1", 1) and not soft_break("v3.25", 2)
    assert soft_break("a.cn/path", 5) and soft_break("f(x_y)", 2) and not soft_break("ab", 1)


def test_a_negative_indent_hangs_the_first_line_out() -> None:
    """附件：1．… set with its prefix hanging: the first line starts left of the column by the
    indent and is as much wider; the next lines start at the column's edge."""
    text = "附件：1．" + "某" * 40
    lines = break_paragraph(text, 200.0, 10.0, fixed_advance, indent_em=-5.0)
    assert lines[0].glyphs[0].x == -50.0
    assert lines[0].right <= 200.0 + 1e-6 and lines[0].right - lines[0].glyphs[0].x > 200.0
    assert all(line.glyphs[0].x == 0.0 for line in lines[1:])
    assert "".join(line.text for line in lines) == text
