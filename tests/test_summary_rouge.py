"""ROUGE against values worked out by hand from the definitions (Lin 2004), character level."""

from __future__ import annotations

import pytest

from convertkit.summarize.rouge import lcs_length, rouge, rouge_l, rouge_n, tokens


def test_tokens_are_characters_without_spaces_or_punctuation() -> None:
    assert tokens("我，爱 北京。“A1”") == ("我", "爱", "北", "京", "A", "1")


def test_rouge_1_2_l_on_a_subsequence() -> None:
    # candidate 我爱北京 (4 tokens), reference 我爱天安门北京 (7 tokens)
    # ROUGE-1: overlap 4 -> P 1, R 4/7, F 2·(4/7)/(11/7) = 8/11
    # ROUGE-2: 我爱 爱北 北京 vs 我爱 爱天 天安 安门 门北 北京 -> overlap 2, P 2/3, R 1/3, F 4/9
    # ROUGE-L: LCS 我爱北京 = 4 -> same as ROUGE-1
    scores = rouge("我爱北京", "我爱天安门北京")
    assert scores.rouge1.precision == pytest.approx(1.0)
    assert scores.rouge1.recall == pytest.approx(4 / 7)
    assert scores.rouge1.f1 == pytest.approx(8 / 11)
    assert scores.rouge2.precision == pytest.approx(2 / 3)
    assert scores.rouge2.recall == pytest.approx(1 / 3)
    assert scores.rouge2.f1 == pytest.approx(4 / 9)
    assert scores.rougeL.f1 == pytest.approx(8 / 11)


def test_counts_are_clipped() -> None:
    # 的的的 vs 的: one match only -> P 1/3, R 1, F 1/2
    score = rouge_n("的的的", "的", 1)
    assert (score.precision, score.recall, score.f1) == pytest.approx((1 / 3, 1.0, 0.5))


def test_rouge_l_differs_from_rouge_1_when_order_differs() -> None:
    # same characters reversed: ROUGE-1 is perfect, no bigram survives, LCS is 1 of 4
    assert rouge_n("甲乙丙丁", "丁丙乙甲", 1).f1 == pytest.approx(1.0)
    assert rouge_n("甲乙丙丁", "丁丙乙甲", 2).f1 == 0.0
    assert rouge_l("甲乙丙丁", "丁丙乙甲").f1 == pytest.approx(0.25)


def test_lcs_of_a_textbook_pair() -> None:
    # ABCBDAB / BDCABA: the classic CLRS example, LCS length 4 (BCBA)
    assert lcs_length(tuple("ABCBDAB"), tuple("BDCABA")) == 4


def test_punctuation_does_not_count_and_empty_scores_zero() -> None:
    assert rouge("我，爱。", "我爱").rougeL.f1 == pytest.approx(1.0)
    assert rouge("", "我爱").rouge1.f1 == 0.0
    assert rouge("。", "").rougeL.f1 == 0.0
