"""The clreq character classes: the sets other modules rely on say what GB style says."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convertkit.typography import clreq


@pytest.mark.parametrize("char", list("，。、；：？！）》」』”’】〕〗］｝…·"))
def test_closing_and_stop_marks_cannot_start_a_line(char: str) -> None:
    assert char in clreq.LINE_START_PROHIBITED


@pytest.mark.parametrize("char", list(",.;:?!)]}"))
def test_half_width_counterparts_cannot_start_a_line(char: str) -> None:
    assert char in clreq.LINE_START_PROHIBITED


@pytest.mark.parametrize("char", list("（《〈【〖〔［｛“‘「『([{"))
def test_opening_marks_cannot_end_a_line(char: str) -> None:
    assert char in clreq.LINE_END_PROHIBITED
    assert char not in clreq.LINE_START_PROHIBITED


def test_reportlab_gaps_are_covered() -> None:
    """The marks missing from reportlab's kinsoku table (issue 4) are all here."""
    assert set("，；：！？》”’…") <= clreq.LINE_START_PROHIBITED


def test_start_and_end_sets_are_disjoint() -> None:
    assert not clreq.LINE_START_PROHIBITED & clreq.LINE_END_PROHIBITED


def test_dash_and_ellipsis_are_inseparable() -> None:
    assert "—" in clreq.INSEPARABLE and "…" in clreq.INSEPARABLE
    assert "中" not in clreq.INSEPARABLE


def test_half_width_marks_split_by_side() -> None:
    """Closing and stop marks draw on the left half, opening marks on the right half."""
    assert not clreq.HALF_WIDTH_CLOSING & clreq.HALF_WIDTH_OPENING
    assert clreq.HALF_WIDTH_CLOSING <= clreq.LINE_START_PROHIBITED
    assert clreq.HALF_WIDTH_OPENING <= clreq.LINE_END_PROHIBITED
    assert "，" in clreq.HALF_WIDTH_CLOSING and "“" in clreq.HALF_WIDTH_OPENING
    # Question and exclamation marks keep their full width in GB style.
    assert "？" not in clreq.HALF_WIDTH_CLOSING and "！" not in clreq.HALF_WIDTH_CLOSING


def test_fullwidth_map() -> None:
    assert clreq.to_fullwidth(",") == "，"
    assert clreq.to_fullwidth("(") == "（"
    assert clreq.to_fullwidth("a") == "a"
    assert set(clreq.FULLWIDTH) == set(",:;()?!")
    with pytest.raises(TypeError):
        clreq.FULLWIDTH["."] = "。"  # type: ignore[index]


@pytest.mark.parametrize("char", ["中", "巿", "〇", "𠀀", "鿿", "々"])
def test_han(char: str) -> None:
    assert clreq.is_han(char)
    assert clreq.is_ideographic(char)


@pytest.mark.parametrize("char", ["あ", "カ", "ー"])
def test_kana(char: str) -> None:
    assert clreq.is_kana(char) and clreq.is_ideographic(char)
    assert not clreq.is_han(char)


@pytest.mark.parametrize("char", ["a", "Z", "0", "%", ".", ":", "/", "é", "Ж", "Ｇ", "２"])
def test_word_chars(char: str) -> None:
    assert clreq.is_word_char(char)


@pytest.mark.parametrize("char", ["中", "，", "“", " ", "\u3000", "—", "…", "あ"])
def test_not_word_chars(char: str) -> None:
    assert not clreq.is_word_char(char)


def test_latin_alnum_excludes_fullwidth_and_punctuation() -> None:
    assert clreq.is_latin_alnum("G") and clreq.is_latin_alnum("7") and clreq.is_latin_alnum("é")
    assert not clreq.is_latin_alnum("Ｇ")
    assert not clreq.is_latin_alnum("２")
    assert not clreq.is_latin_alnum("中")
    assert not clreq.is_latin_alnum("%")


def test_break_spaces() -> None:
    assert clreq.is_break_space(" ") and clreq.is_break_space("\t")
    assert not clreq.is_break_space("\u3000")
    assert not clreq.is_break_space("中")


def test_combining() -> None:
    assert clreq.is_combining("\u0301") and clreq.is_combining("\ufe00")
    assert not clreq.is_combining("e") and not clreq.is_combining("中")


def test_punctuation() -> None:
    for char in "，。“”（）——……《》·":
        assert clreq.is_punctuation(char), char
    for char in "中aあ々 ":
        assert not clreq.is_punctuation(char), char


@settings(max_examples=200, deadline=None)
@given(st.characters())
def test_classes_are_consistent(char: str) -> None:
    """No character is both an ideograph and part of a Western word, or a space and
    anything else."""
    assert not (clreq.is_ideographic(char) and clreq.is_word_char(char))
    if clreq.is_break_space(char):
        assert not clreq.is_word_char(char) and not clreq.is_ideographic(char)
    if clreq.is_latin_alnum(char):
        assert clreq.is_word_char(char)


def test_circled_numbers_are_set_as_chinese_without_a_han_western_space() -> None:
    """A Chinese point numbered ① sat a quarter em from the Han before it in the PDF (编号 ①):
    an enclosed number is full width in the CJK faces, not a proportional Western digit."""
    from convertkit.typography.linebreak import break_paragraph

    assert not any(clreq.is_latin_alnum(char) for char in "①⑩⑳⑴⒈ⓐ❶➓")
    assert clreq.is_latin_alnum("1") and clreq.is_latin_alnum("α")
    line = break_paragraph("编号①和⑩", 200.0, 10.0, lambda char: 10.0, indent_em=0)[0]
    assert [glyph.x for glyph in line.glyphs] == [0.0, 10.0, 20.0, 30.0, 40.0]
