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
    """Positions inside a word of two or more Han characters, a name, or a number and its unit
    (``_inside_numbers``): no line may start at one."""
    from ..transforms.script import convert_text, has_traditional

    probe = text
    if has_traditional(text):
        simplified = convert_text(text, "t2s")
        probe = simplified if len(simplified) == len(text) else text
    inside: set[int] = set()
    start = 0
    singles: list[int] = []  # a run of Han characters the dictionary cut one by one
    for end in _cut_ends(probe):
        if all(is_han(char) for char in probe[start:end]):
            if end - start > 1:
                inside.update(range(start + 1, end))
                inside.update(_inside_names(probe, singles))
                singles = []
            else:
                singles.append(start)
        else:
            inside.update(_inside_names(probe, singles))
            singles = []
        start = end
    inside.update(_inside_names(probe, singles))
    inside.update(_inside_numbers(probe))
    return frozenset(inside)


# Surname characters that are as often a word of their own (于是 aside, 于 alone is "at"): a
# single one opens no name.
_FUNCTION_CHARS = frozenset("于和向从将把被为与及也都在是有对以由自据按经至其之又再还就所而但并比等让给跟同共每各该此这那上下大小新老多少高")


def _inside_names(text: str, singles: list[int]) -> set[int]:
    """Inside the names in a run of characters the dictionary cut one by one: a surname and the
    one or two characters after it (魏|少|军 is 魏少军, a name the dictionary cannot hold, as
    jieba's HMM would join it). Only runs of two or more: a lone character is a word."""
    from ..structure.people import COMPOUND_SURNAMES, surnames

    inside: set[int] = set()
    if len(singles) < 2:
        return inside
    known = surnames()
    index = 0
    while index < len(singles) - 1:
        at = singles[index]
        rest = len(singles) - index - 1  # singles after this one
        compound = text[at:at + 2] in COMPOUND_SURNAMES and rest >= 2
        if compound or (text[at] in known and text[at] not in _FUNCTION_CHARS):
            length = min(rest, 2) + (1 if compound else 0)
            inside.update(range(at + 1, at + 1 + length))
            index += length + 1
        else:
            index += 1
    return inside


# A number reads with the unit or counter after it (2021年, 10月, 3000亿, 5%) and with 第 before
# it: 10 / 月 at a line's end reads as two things.
_UNITS = frozenset("年月日号時时分秒点點元角亿億万萬千百十个個岁歲名人次件条條项項家所座台辆輛架艘吨噸米里斤克度倍成周天届屆期场場批位份张張本只隻起例户戶轮輪层層版章节節%％")
_DIGITS = frozenset("0123456789０１２３４５６７８９")
_NUMBER_INSIDE = frozenset(".,．，:：")  # 3.5, 1,000, 10:30


def _inside_numbers(text: str) -> set[int]:
    """Inside a number (3000, 3.5, 10:30), and between it and its unit or its 第."""
    inside: set[int] = set()
    for at, char in enumerate(text):
        if char not in _DIGITS:
            continue
        if at + 1 < len(text) and (text[at + 1] in _UNITS or text[at + 1] in _DIGITS):
            inside.add(at + 1)
        if at > 0 and text[at - 1] == "第":
            inside.add(at)
        if at + 2 < len(text) and text[at + 1] in _NUMBER_INSIDE and text[at + 2] in _DIGITS:
            inside.update((at + 1, at + 2))
    return inside


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
