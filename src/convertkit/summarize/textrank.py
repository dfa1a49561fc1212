"""TextRank over sentences (Mihalcea & Tarau 2004), with an optional prior for news.

Sentences are nodes; edges weigh how many content words two sentences share, normalised by
their lengths so that long sentences do not win by size alone. PageRank on that graph finds the
sentences the rest of the article "agrees with". Plain TextRank jumps uniformly at random;
news is written as an inverted pyramid, so ``lead_prior`` makes the random jump favour the
first sentences, and ranking becomes personalised PageRank: a central sentence near the top
beats an equally central one at the bottom.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence

Similarity = Callable[[Counter[str], Counter[str]], float]


def overlap_similarity(a: Counter[str], b: Counter[str]) -> float:
    """The original TextRank similarity: shared words over ``log|a| + log|b|``."""
    size_a = sum(a.values())
    size_b = sum(b.values())
    if not size_a or not size_b:
        return 0.0
    shared = sum((a & b).values())
    if not shared:
        return 0.0
    denominator = math.log(size_a + 1) + math.log(size_b + 1)
    return shared / denominator


def cosine_similarity(a: Counter[str], b: Counter[str]) -> float:
    """Cosine of two bags of weighted words (weights already in the counters' values)."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(value * large[key] for key, value in small.items() if key in large)
    if not dot:
        return 0.0
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm


def unit(bag: Counter[str]) -> Counter[str]:
    """``bag`` scaled to length 1, so that cosine similarity becomes a plain dot product."""
    norm = math.sqrt(sum(value * value for value in bag.values()))
    return Counter({key: value / norm for key, value in bag.items()}) if norm else Counter()


def dot_similarity(a: Counter[str], b: Counter[str]) -> float:
    """Dot product; the cosine of bags already made ``unit``-length (computing norms once, not n² times)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(value * large[key] for key, value in small.items() if key in large)


def similarity_matrix(bags: Sequence[Counter[str]], similarity: Similarity = overlap_similarity) -> list[list[float]]:
    size = len(bags)
    matrix = [[0.0] * size for _ in range(size)]
    for i in range(size):
        for j in range(i + 1, size):
            weight = similarity(bags[i], bags[j])
            matrix[i][j] = matrix[j][i] = weight
    return matrix


def pagerank(
    matrix: Sequence[Sequence[float]],
    prior: Sequence[float] | None = None,
    *,
    damping: float = 0.85,
    iterations: int = 100,
    tolerance: float = 1e-9,
) -> list[float]:
    """(Personalised) PageRank on a weighted undirected graph, by power iteration.

    A node without edges gives its rank back through the prior, so an isolated sentence
    keeps its prior's share instead of leaking rank out of the graph.
    """
    size = len(matrix)
    if size == 0:
        return []
    if prior is None:
        jump = [1.0 / size] * size
    else:
        total = sum(prior)
        jump = [value / total for value in prior] if total > 0 else [1.0 / size] * size
    out_weight = [sum(row) for row in matrix]
    # incoming[j]: (i, share of i's rank that flows to j), only for real edges
    incoming = [
        [(i, matrix[i][j] / out_weight[i]) for i in range(size) if matrix[i][j]]
        for j in range(size)
    ]
    dangling_nodes = [i for i in range(size) if out_weight[i] == 0]
    scores = list(jump)
    for _ in range(iterations):
        dangling = sum(scores[i] for i in dangling_nodes)
        new = [
            (1 - damping) * jump[j]
            + damping * (sum(scores[i] * share for i, share in incoming[j]) + dangling * jump[j])
            for j in range(size)
        ]
        delta = sum(abs(a - b) for a, b in zip(new, scores, strict=True))
        scores = new
        if delta < tolerance:
            break
    return scores


def lead_prior(count: int, *, decay: float = 0.5) -> list[float]:
    """A jump distribution that halves (by default) every ``1/decay`` sentences: ``1/(1+decay·i)``²."""
    return [1.0 / (1.0 + decay * index) ** 2 for index in range(count)]


def textrank(
    bags: Sequence[Counter[str]],
    *,
    prior: Sequence[float] | None = None,
    similarity: Similarity = overlap_similarity,
    damping: float = 0.85,
) -> list[float]:
    """A score per sentence (summing to 1): higher means more central (and earlier, with a prior)."""
    return pagerank(similarity_matrix(bags, similarity), prior, damping=damping)
