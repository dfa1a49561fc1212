"""The extractive summary: which whole sentences of the article an analyst should read first.

Pipeline: candidate sentences (body blocks only) → ranking (TextRank with a news prior) →
greedy selection under a budget, skipping near-duplicates → source order. A summary never
rewrites a sentence: each is ``block.text[start:end]`` of a Lead, Paragraph or Point block, so
captions, editor lines, related links and the editor's note cannot leak in by construction.

An article built around numbered points (``第一，健全融合体制机制。…第五，…``) already has its
own summary: the points' headings. Then the summary holds one line made of them
(``五方面工作思路：健全融合体制机制；开展产业帮扶共建；…``) plus the best other sentences the
budget leaves room for.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from .. import regex_cache
from ..model import Document, Lead, Paragraph, Point
from ..transforms.punctuation import han_count
from .sentences import split_spans
from .textrank import cosine_similarity, dot_similarity, lead_prior, textrank, unit
from .tokens import content_words, idf_of, idf_table

DEFAULT_SENTENCES = 3
DEFAULT_CHARS = 150
MIN_HAN = 5  # shorter fragments (是的！) say nothing on their own
REDUNDANCY = 0.5  # share of the shorter sentence's character bigrams already in the summary
MAX_CANDIDATES = 150  # a transcript of twenty stories: rank its first 150 sentences
# PageRank's damping: with 0.6 the random jump, which our prior sends to the lead, carries 40% of
# the rank (0.15 in plain TextRank). On the bench anything from 0.3 to 0.6 did about as well;
# the classic 0.85 let long feature articles pull the summary away from their opening.
DAMPING = 0.6

CANDIDATE_BLOCKS = (Lead, Paragraph, Point)

# Furniture that crawled text keeps inside body paragraphs.
_BOILERPLATE = regex_cache.compile(
    r"图为|圖為|图片来源|圖片來源|[（(]?(?:记者|記者)?\s*[\u4e00-\u9fff]{2,4}\s*[摄攝][）)]?$|责任编辑|責任編輯|责编|責編|"
    r"[编編][辑輯][:：]|原标题|原標題|[来來]源[:：]|[（(]完[）)]|[点點][击擊](?:进入|進入|查看|阅读|閱讀|这里|這裡|右上角)|"
    r"[扫掃][描]?二[维維][码碼]|[扫掃][码碼]|公[众眾][号號]|未[经經].{0,8}[转轉][载載]|版[权權]所有|"
    r"分享[让讓]更多人|分享功能|感[谢謝]您的|上一[页頁]|下一[页頁]"
)
_CN_DIGITS = "零一二三四五六七八九十"
_INTRO_LABEL = regex_cache.compile(r"([一二两三四五六七八九十\d]{1,3})个?(方面|点|项|条)的?([\u4e00-\u9fff]{2,4}?)(?:[。：:，,]|$)")


@dataclass(frozen=True, slots=True)
class Budget:
    """At most ``sentences`` sentences and at most ``chars`` Han characters (None: no limit)."""

    sentences: int | None = DEFAULT_SENTENCES
    chars: int | None = DEFAULT_CHARS

    @classmethod
    def of(cls, sentences: int | None = None, chars: int | None = None) -> Budget:
        """The user's limits; with neither given, the default (about 150 Han characters or 3 sentences)."""
        if sentences is None and chars is None:
            return cls()
        return cls(sentences, chars)

    def fits(self, count: int, han: int) -> bool:
        return (self.sentences is None or count <= self.sentences) and (self.chars is None or han <= self.chars)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may be quoted: ``doc.blocks[block].text[start:end]``."""

    block: int
    start: int
    end: int
    text: str
    order: int  # rank in reading order among candidates
    first_in_block: bool

    @property
    def han(self) -> int:
        return han_count(self.text)


@dataclass(frozen=True, slots=True)
class Summary:
    """The chosen sentences in source order; ``points`` holds the headings when a points line was used."""

    sentences: tuple[str, ...]
    points: tuple[str, ...] = ()
    quoted: tuple[Candidate, ...] = field(default=(), compare=False)

    @property
    def text(self) -> str:
        return "".join(self.sentences)

    @property
    def han(self) -> int:
        return sum(han_count(sentence) for sentence in self.sentences)


# A line that ends by announcing what follows (a colon) is no sentence to quote on its own.
_LEAD_IN_ENDS = "：:"


def candidates(doc: Document) -> tuple[Candidate, ...]:
    """Every quotable sentence of the body, in reading order."""
    found: list[Candidate] = []
    for index, block in enumerate(doc.blocks):
        if not isinstance(block, CANDIDATE_BLOCKS):
            continue
        for position, span in enumerate(split_spans(block.text)):
            text = span.of(block.text)
            if han_count(text) < MIN_HAN or _BOILERPLATE.search(text) or text.rstrip()[-1:] in _LEAD_IN_ENDS:
                continue  # 本期节目主要内容： introduces what follows: quoted alone it says nothing
            found.append(Candidate(index, span.start, span.end, text, len(found), position == 0))
    return tuple(found)


def word_bags(texts: list[str], *, weighted: bool, traditional: bool = False) -> list[Counter[str]]:
    """Content words per sentence; weighted bags carry jieba's IDF so rare words count more."""
    bags = [Counter(content_words(text, traditional=traditional)) for text in texts]
    if not weighted:
        return bags
    median = idf_table()[1]
    return [
        Counter({word: count * (idf_of(word, traditional=traditional) or median) for word, count in bag.items()})
        for bag in bags
    ]


def rank(cands: tuple[Candidate, ...], title: str = "", *, traditional: bool = False) -> list[float]:
    """Our score: TextRank on IDF-weighted cosine similarity, with a lead prior and the title's pull."""
    texts = [cand.text for cand in cands]
    bags = [unit(bag) for bag in word_bags(texts, weighted=True, traditional=traditional)]
    prior = lead_prior(len(cands))
    prior = [value * (1.5 if cand.first_in_block else 1.0) for value, cand in zip(prior, cands, strict=True)]
    scores = textrank(bags, prior=prior, similarity=dot_similarity, damping=DAMPING)  # cosine, on unit bags
    if title.strip():
        title_bag = word_bags([title], weighted=True, traditional=traditional)[0]
        scores = [score * (1.0 + cosine_similarity(bag, title_bag)) for score, bag in zip(scores, bags, strict=True)]
    return scores


def _bigrams(text: str) -> set[str]:
    chars = [char for char in text if char.isalnum()]
    return {a + b for a, b in pairwise(chars)}


def is_redundant(text: str, chosen: list[str], threshold: float = REDUNDANCY) -> bool:
    """True when most of ``text``'s character bigrams (or of a chosen one's) are shared with a chosen sentence."""
    grams = _bigrams(text)
    for other in chosen:
        other_grams = _bigrams(other)
        smaller = min(len(grams), len(other_grams))
        if smaller and len(grams & other_grams) / smaller >= threshold:
            return True
    return False


def select(
    cands: tuple[Candidate, ...],
    scores: list[float],
    budget: Budget,
    *,
    used_sentences: int = 0,
    used_han: int = 0,
    chosen_texts: list[str] | None = None,
    redundancy: float | None = REDUNDANCY,
) -> list[Candidate]:
    """Best-first within the budget; a sentence that does not fit is skipped, not cut."""
    order = sorted(range(len(cands)), key=lambda i: (-scores[i], i))
    chosen: list[Candidate] = []
    texts = list(chosen_texts or [])
    count, han = used_sentences, used_han
    for i in order:
        cand = cands[i]
        if not budget.fits(count + 1, han + cand.han):
            if budget.sentences is not None and count >= budget.sentences:
                break
            continue
        if redundancy is not None and is_redundant(cand.text, texts, redundancy):
            continue
        chosen.append(cand)
        texts.append(cand.text)
        count += 1
        han += cand.han
    return sorted(chosen, key=lambda cand: cand.order)


def point_run(doc: Document) -> list[int]:
    """Block indices of the longest run of points numbered 1, 2, 3… (other blocks may sit between)."""
    best: list[int] = []
    current: list[int] = []
    for index, block in enumerate(doc.blocks):
        if not isinstance(block, Point):
            continue
        if block.number == 1:
            current = [index]
        elif current and block.number == doc.blocks[current[-1]].number + 1:  # type: ignore[union-attr]
            current.append(index)
        else:
            current = []
        if len(current) > len(best):
            best = list(current)
    return best if len(best) >= 2 else []


def points_line(doc: Document, run: list[int]) -> tuple[str, tuple[str, ...]]:
    """``五方面工作思路：健全融合体制机制；…。`` and the headings it lists."""
    headings = tuple(
        _clean_heading(doc.blocks[index].heading)  # type: ignore[union-attr]
        for index in run
    )
    headings = tuple(heading for heading in headings if heading)
    label = _intro_label(doc, run[0], len(headings))
    return f"{label}：{'；'.join(headings)}。", headings


def _clean_heading(heading: str) -> str:
    return heading.strip().rstrip("。，、；：:;,.！？!? ")


def _intro_label(doc: Document, first: int, count: int) -> str:
    """``五方面工作思路`` from the sentence that announces the points; ``五个要点`` without one."""
    for block in reversed(doc.blocks[:first]):
        if isinstance(block, CANDIDATE_BLOCKS):
            matches = list(_INTRO_LABEL.finditer(block.text))
            # the announcement is the last count in the block, and it must count these points
            if matches and _number(matches[-1].group(1)) in (count, None):
                number, unit, noun = matches[-1].groups()
                return f"{number}{unit}{noun}"
            break
    number = "两" if count == 2 else _CN_DIGITS[count] if count <= 10 else str(count)
    return f"{number}个要点"


def _number(written: str) -> int | None:
    """一…十 and digits as a number; None for what this does not read (十一, 两)."""
    if written.isdigit():
        return int(written)
    return _CN_DIGITS.index(written) if len(written) == 1 and written in _CN_DIGITS else None


def summarize(doc: Document, budget: Budget | None = None) -> Summary:
    """The summary of ``doc`` within ``budget`` (the default: about 150 Han characters or 3 sentences)."""
    budget = budget or Budget()
    traditional = doc.meta.language == "zh-Hant"
    cands = candidates(doc)[:MAX_CANDIDATES]
    run = point_run(doc)
    if run:
        line, headings = points_line(doc, run)
        if headings and budget.fits(1, han_count(line)):
            return _with_points(doc, cands, run, line, headings, budget, traditional)
    if not cands:
        return Summary(())
    chosen = select(cands, rank(cands, doc.meta.title, traditional=traditional), budget)
    return Summary(tuple(cand.text for cand in chosen), (), tuple(chosen))


def _with_points(
    doc: Document,
    cands: tuple[Candidate, ...],
    run: list[int],
    line: str,
    headings: tuple[str, ...],
    budget: Budget,
    traditional: bool,
) -> Summary:
    """The points line where the points begin, and the best sentences outside the points around it."""
    outside = [cand for cand in cands if cand.block not in run]
    others = tuple(
        Candidate(cand.block, cand.start, cand.end, cand.text, order, cand.first_in_block)
        for order, cand in enumerate(outside)
    )
    chosen: list[Candidate] = []
    if others:
        scores = rank(others, doc.meta.title, traditional=traditional)
        chosen = select(others, scores, budget, used_sentences=1, used_han=han_count(line), chosen_texts=[line])
    before = [cand.text for cand in chosen if cand.block < run[0]]
    after = [cand.text for cand in chosen if cand.block > run[0]]
    return Summary((*before, line, *after), headings, tuple(chosen))


def lead_baseline(doc: Document, budget: Budget | int = 3) -> Summary:
    """LEAD: the first candidate sentences (``3`` for LEAD-3), or the first that fit a budget."""
    cands = candidates(doc)
    if isinstance(budget, int):
        chosen = list(cands[:budget])
    else:
        chosen = select(cands, [-float(cand.order) for cand in cands], budget, redundancy=None)
    return Summary(tuple(cand.text for cand in chosen), (), tuple(chosen))


def textrank_baseline(doc: Document, budget: Budget | int = 3) -> Summary:
    """Plain TextRank: original similarity, uniform jump, no redundancy check; top 3 or within a budget."""
    cands = candidates(doc)
    if not cands:
        return Summary(())
    scores = textrank(word_bags([cand.text for cand in cands], weighted=False))
    limit = Budget(budget, None) if isinstance(budget, int) else budget
    chosen = select(cands, scores, limit, redundancy=None)
    return Summary(tuple(cand.text for cand in chosen), (), tuple(chosen))
