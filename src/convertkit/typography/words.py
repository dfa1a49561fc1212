"""Where a headline's words are, so that a broken headline never splits one (陳水 / 扁的房舍).

clreq lets a line break between any two Han characters, and body text is set that way. A
centred headline of two or three lines is read phrase by phrase, though, and a name or a word
cut at its line end reads as a typo. The words are jieba's most probable cut over its
dictionary (the summariser's compact lexicon, loaded in milliseconds, without importing jieba,
whose import alone costs 0.1–0.2 s in every process that sets a headline); a traditional
headline is cut in its simplified form, which the dictionary knows, when the conversion keeps
every character in place.
"""

from __future__ import annotations

from functools import lru_cache
from math import log

from .clreq import is_han

_PHRASE_MARKS = "：:　 ｜|，？！；"  # a question or exclamation ends a phrase as a colon does
# A phrase break that leaves one line shorter than this share of the other is not taken: a
# caption's 张丽华表示， alone over the rest of its sentence reads as a stray fragment, and the
# even lines of a balanced break read better.
_EVEN_ENOUGH = 0.4


def phrase_break(text: str) -> int | None:
    """Where a two-line centred headline or caption breaks best: after its last colon, comma,
    question or exclamation mark, semicolon or space (主任张丽华：/ 以红色资源促军民融合,
    是否存在泡沫？/ 世界知名首席投资官们这么说, not …泡沫？世界 / 知名…); None when it has none."""
    at = max((text.rfind(mark, 0, len(text) - 1) for mark in _PHRASE_MARKS), default=-1)
    return at + 1 if at > 0 else None


def even_enough(first: float, second: float) -> bool:
    """Two line widths close enough for a phrase break to beat balanced lines."""
    return min(first, second) >= _EVEN_ENOUGH * max(first, second)


@lru_cache(maxsize=256)
def inside_words(text: str) -> frozenset[int]:
    """Positions inside a word of two or more Han characters: no line may start at one."""
    from ..transforms.script import convert_text, has_traditional

    probe = text
    if has_traditional(text):
        simplified = convert_text(text, "t2s")
        probe = simplified if len(simplified) == len(text) else text
    inside: set[int] = set()
    start = 0
    for end in _cut_ends(probe):
        if end - start > 1 and all(is_han(char) for char in probe[start:end]):
            inside.update(range(start + 1, end))
        start = end
    return frozenset(inside)


def _cut_ends(text: str) -> list[int]:
    """Where each word of jieba's most probable cut ends (its DAG and route, without HMM)."""
    from ..summarize.lexicon import lexicon

    words = lexicon()
    size = len(text)
    logtotal = log(words.total)
    route: list[tuple[float, int]] = [(0.0, 0)] * (size + 1)
    for start in range(size - 1, -1, -1):
        ends = [start + len(word) for word in words.words.prefixes(text[start : start + words.longest])] or [start + 1]
        best: tuple[float, int] | None = None
        for end in ends:
            key = words.words.get(text[start:end])
            option = (log(words.counts[key] if key is not None else 1) - logtotal + route[end][0], end)
            if best is None or option > best:
                best = option
        route[start] = best  # type: ignore[assignment]  # ends is never empty
    cuts, at = [], 0
    while at < size:
        at = route[at][1]
        cuts.append(at)
    return cuts
