"""TextRank and the news prior: ranks are a distribution, centrality and position both count."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from convertkit.summarize.textrank import (
    cosine_similarity,
    lead_prior,
    overlap_similarity,
    pagerank,
    textrank,
)


def test_overlap_similarity_is_the_textrank_definition() -> None:
    a = Counter({"龙岩": 1, "融合": 1})
    b = Counter({"龙岩": 1, "发展": 1, "红色": 1})
    assert overlap_similarity(a, b) == pytest.approx(1 / (math.log(3) + math.log(4)))
    assert overlap_similarity(a, Counter()) == 0.0


def test_cosine_of_identical_and_disjoint_bags() -> None:
    bag = Counter({"龙岩": 2.0, "融合": 1.0})
    assert cosine_similarity(bag, bag) == pytest.approx(1.0)
    assert cosine_similarity(bag, Counter({"北京": 1.0})) == 0.0


def test_pagerank_sums_to_one_and_is_uniform_on_a_symmetric_graph() -> None:
    triangle = [[0, 1, 1], [1, 0, 1], [1, 1, 0]]
    scores = pagerank(triangle)
    assert sum(scores) == pytest.approx(1.0)
    assert scores == pytest.approx([1 / 3] * 3)


def test_the_hub_of_a_star_ranks_first() -> None:
    star = [[0, 1, 1, 1], [1, 0, 0, 0], [1, 0, 0, 0], [1, 0, 0, 0]]
    scores = pagerank(star)
    assert scores[0] == max(scores)
    assert scores[1] == pytest.approx(scores[2])


def test_the_prior_breaks_ties_towards_the_lead() -> None:
    triangle = [[0, 1, 1], [1, 0, 1], [1, 1, 0]]
    scores = pagerank(triangle, lead_prior(3))
    assert scores[0] > scores[1] > scores[2]
    assert sum(scores) == pytest.approx(1.0)


def test_isolated_sentences_keep_their_prior_share() -> None:
    scores = pagerank([[0, 0], [0, 0]], [3, 1])
    assert scores == pytest.approx([0.75, 0.25])


def test_textrank_on_bags_prefers_the_sentence_sharing_most_words() -> None:
    bags = [Counter({"龙岩": 1, "融合": 1, "发展": 1}), Counter({"龙岩": 1}), Counter({"融合": 1}), Counter({"发展": 1})]
    scores = textrank(bags)
    assert scores.index(max(scores)) == 0
    assert pagerank([]) == []
