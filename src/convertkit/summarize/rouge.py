"""Character-level ROUGE-1, ROUGE-2 and ROUGE-L (F1), the usual measure for Chinese summaries.

Chinese has no spaces to split words on, and word segmenters disagree with each other, so
Chinese summarisation papers score characters. A token here is one character that is neither
white space nor punctuation: punctuation carries no content, and counting it would reward
copying commas. The definitions are the standard ones (Lin 2004), single reference:

- ROUGE-N: clipped n-gram overlap; P = overlap / candidate n-grams, R = overlap / reference
  n-grams, F1 = 2PR / (P + R).
- ROUGE-L: the longest common subsequence of the two token sequences taken whole;
  P = LCS / len(candidate), R = LCS / len(reference), F1 as above.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class RougeScores:
    rouge1: Score
    rouge2: Score
    rougeL: Score


def tokens(text: str) -> tuple[str, ...]:
    """The characters that count: no white space, no punctuation (Unicode category P*)."""
    return tuple(
        char for char in text
        if not char.isspace() and not unicodedata.category(char).startswith("P")
    )


def _score(overlap: int, candidate_total: int, reference_total: int) -> Score:
    precision = overlap / candidate_total if candidate_total else 0.0
    recall = overlap / reference_total if reference_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)


def _ngrams(sequence: tuple[str, ...], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(sequence[i:i + n]) for i in range(len(sequence) - n + 1))


def rouge_n(candidate: str, reference: str, n: int) -> Score:
    cand = _ngrams(tokens(candidate), n)
    ref = _ngrams(tokens(reference), n)
    overlap = sum((cand & ref).values())
    return _score(overlap, sum(cand.values()), sum(ref.values()))


def lcs_length(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """Length of the longest common subsequence, in O(len(a)·len(b)) time and O(len(b)) space."""
    if not a or not b:
        return 0
    previous = [0] * (len(b) + 1)
    for item in a:
        current = [0]
        for j, other in enumerate(b, start=1):
            current.append(previous[j - 1] + 1 if item == other else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def rouge_l(candidate: str, reference: str) -> Score:
    cand = tokens(candidate)
    ref = tokens(reference)
    return _score(lcs_length(cand, ref), len(cand), len(ref))


def rouge(candidate: str, reference: str) -> RougeScores:
    return RougeScores(
        rouge_n(candidate, reference, 1), rouge_n(candidate, reference, 2), rouge_l(candidate, reference)
    )
