"""The extractive summary: which whole sentences of the article an analyst should read first.

Pipeline: candidate sentences (body blocks only) → ranking (TextRank with a news prior) →
greedy selection under a budget, skipping near-duplicates → source order. A summary never
rewrites a sentence: each is ``block.text[start:end]`` of a Lead, Paragraph, Point or Turn block, so
captions, editor lines, related links and the editor's note cannot leak in by construction.

An article built around numbered points (``第一，健全融合体制机制。…第五，…``) already has its
own summary: the points' headings. Then the summary holds one line made of them
(``五方面工作思路：健全融合体制机制；开展产业帮扶共建；…``) plus the best other sentences the
budget leaves room for.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from .. import regex_cache
from ..model import Document, Lead, Paragraph, Point, Turn
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

# A transcript's turns (Turn) are candidates by their words; a turn's first sentence after a
# question answers it, and leans on it as a speaker's paragraph does.
CANDIDATE_BLOCKS = (Lead, Paragraph, Point, Turn)
# A sentence that ends in an exclamation mark is mostly a hook (定了！/ 买买买不是梦！): its share of
# the random jump is cut, so that it is quoted only when the article agrees with it.
EXCLAIMED = 0.5

# Furniture that crawled text keeps inside body paragraphs.
_BOILERPLATE = regex_cache.compile(
    r"图为|圖為|图片来源|圖片來源|[（(]?(?:记者|記者)?\s*[\u4e00-\u9fff]{2,4}\s*[摄攝][）)]?$|责任编辑|責任編輯|责编|責編|"
    r"[编編][辑輯][:：]|原标题|原標題|[来來]源[:：]|[（(]完[）)]|[点點][击擊](?:进入|進入|查看|阅读|閱讀|这里|這裡|右上角)|"
    r"[扫掃][描]?二[维維][码碼]|[扫掃][码碼]|公[众眾][号號]|未[经經].{0,8}[转轉][载載]|版[权權]所有|"
    r"分享[让讓]更多人|分享功能|感[谢謝]您的|上一[页頁]|下一[页頁]|"
    # a credit line glued to the body: 执笔/叨叨姐、胡一刀, 文/张三, 撰文｜李四
    r"^(?:执笔|執筆|文|撰文|作者|整理|编译|編譯|供稿)\s*[/／|｜]|"
    # the writers' credit closing a paragraph, split off as a sentence of its own: …责任。【记者 余鹏飞】
    r"^[【\[（(]\s*(?:参与|參與)?(?:记者|記者|通讯员|通訊員|实习生|實習生)[^【】\[\]（）()]{0,24}[】\]）)]$"
)
# A paragraph of one short sentence with no clause break, not opening the body, is the shape of a
# picture's caption the page left uncredited (韩国首尔示威者聚集抗议…草签。): it counts for the
# ranking but is never quoted (a caption is no news).
CAPTION_LIKE_MAX_HAN = 30
_CLAUSE_BREAKS = "，,；;：:“”「」『』\"？?！!"  # and a quotation: a caption quotes no one
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
    # False for a sentence that counts for the ranking but is not quoted alone (a question)
    quotable: bool = True
    # True for a sentence that leans on the one before it (此外，… / 他表示，… / 这是…)
    dependent: bool = False

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
# A sentence that ends on a comma was cut mid-way (a page that breaks a sentence into lines).
_CUT_ENDS = "，、；,;"
_CLOSING = "”’」』）)》】〕］\"'"
_QUESTION_ENDS = "？?"
_TERMINATORS = "。！？!?….．"
# Openings that point back: connectives (此外, 对此, 同时), pronouns (他, 这, 该, 其), 上述; after an
# attribution that does not (据了解，该产业园…). 其中 and 同时 open many a self-contained sentence
# too, but quoted alone they still read as the second half of something.
_DEPENDENT = regex_cache.compile(
    r"^(?:据了解|據了解|据悉|據悉|据介绍|據介紹|记者了解到|記者了解到|不过|不過|但是?|而且?|可是|然而|因此|所以|于是|於是)?[，,]?"
    r"(?:此外|另外|对此|對此|为此|為此|因此|所以|同时|同時|与此同时|與此同時|其中|其次|再者|最后|最後|此前|随后|隨後|"
    r"上述|前述|以上|这|這|那|该|該|其|他|她|它|此|而|但|也|不过|不過|然而|对于此|對於此)"
    r"|^[^，。！？]{0,12}(?:上述|前述)"
)
UNTERMINATED_MAX_HAN = 30
# A transcript's turn: 王某某：最需要的是耐心。 (after 记者：…吗？ it is an answer, no news alone)
_SPEAKER = regex_cache.compile(r"^[\u4e00-\u9fff·]{1,8}[：:](?!$)")
_INLINE_ITEM = regex_cache.compile(r"[：:；;][(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,2})[、.)）](?!\d)")
_ITEM_NUMBER = regex_cache.compile(r"^(?:[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,2})[、.)）](?!\d)|[二三四五六七八九十]是)")  # a short line without a full stop is a headline, a credit or a label


def _last_mark(text: str) -> str:
    """The sentence's last character before any closing quotes and brackets."""
    return text.rstrip().rstrip(_CLOSING)[-1:]


def _squeeze(text: str) -> str:
    return "".join(char for char in text if char.isalnum())


def is_question(text: str) -> bool:
    """A question is a hook (你还记得…吗？ / 意欲何为？), not news: it may count for the ranking but is
    never quoted; a quoted question that ends with its speaker (“…吗？”他问。) ends in a full stop."""
    return _last_mark(text) in _QUESTION_ENDS


def is_list_item(text: str) -> bool:
    """An item of a list (1、黑芝麻下锅…； / （二）… / 二是…), or a list run into one sentence
    (做法：1、…；2、…): what it lists is said elsewhere."""
    return _ITEM_NUMBER.match(text) is not None or len(_INLINE_ITEM.findall(text)) >= 2


def is_dependent(text: str) -> bool:
    """A sentence that leans on the one before it: 此外，… 对此，… 他表示，… 这是… 该产业园…"""
    return _DEPENDENT.match(text) is not None


def quotable(text: str, *, title: str = "", whole_block: bool = False) -> bool:
    """Whether ``text`` is a sentence at all: no fragment, furniture or repeat of the headline.

    - A sentence ending on a comma was cut; a short line with no full stop at all is a heading, a
      credit or a label that the page set as a paragraph, and it would run into the next sentence.
    - A line set alone that repeats the headline (the title again as a lead) tells nothing new.
    """
    stripped = text.rstrip()
    if han_count(text) < MIN_HAN or _BOILERPLATE.search(text) or stripped[-1:] in _LEAD_IN_ENDS:
        return False  # 本期节目主要内容： introduces what follows: quoted alone it says nothing
    if stripped[-1:] in _CUT_ENDS:
        return False
    if _last_mark(stripped) not in _TERMINATORS and whole_block:
        # a line the page set without a full stop: a heading or a credit when short, the headline again
        return han_count(text) > UNTERMINATED_MAX_HAN and not (title and _squeeze(text) == _squeeze(title))
    return True


def caption_like(text: str) -> bool:
    """A paragraph that is one short sentence with no clause break: an uncredited caption's
    shape (see ``CAPTION_LIKE_MAX_HAN``)."""
    return han_count(text) <= CAPTION_LIKE_MAX_HAN and not any(mark in text for mark in _CLAUSE_BREAKS)


def candidates(doc: Document) -> tuple[Candidate, ...]:
    """Every quotable sentence of the body, in reading order."""
    found: list[Candidate] = []
    asked = False  # the sentence before was a question: a speaker's turn now answers it
    opened = False  # a sentence of the body came before (quotable or not)
    for index, block in enumerate(doc.blocks):
        if not isinstance(block, CANDIDATE_BLOCKS):
            continue
        spans = split_spans(block.text)
        # a turn that asks (彭博社记者：有报道称…。外交部能否证实？) is the questioner's premise, no news
        asking = isinstance(block, Turn) and is_question(block.text)
        for position, span in enumerate(spans):
            text = span.of(block.text)
            answer = asked and (_SPEAKER.match(text) is not None or (position == 0 and isinstance(block, Turn)))
            asked = is_question(text)
            first, opened = not opened, True
            if not quotable(text, title=doc.meta.title, whole_block=len(spans) == 1):
                continue
            found.append(Candidate(index, span.start, span.end, text, len(found), position == 0,
                                   quotable=not (asked or asking or is_list_item(text)
                                                 or (not first and len(spans) == 1 and caption_like(text))),
                                   # the first sentence leans on nothing; an answer on its question
                                   dependent=not first and (answer or is_dependent(text))))
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
    prior = [value * (1.5 if cand.first_in_block else 1.0) * (EXCLAIMED if _last_mark(cand.text) in "！!" else 1.0)
             for value, cand in zip(prior, cands, strict=True)]
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
    chosen_orders: set[int] = set()
    # a sentence that leans on the one before waits for it: quoted right after it, or never
    waiting: dict[int, list[Candidate]] = {}
    by_order = {cand.order: cand for cand in cands}
    full = False

    def consider(cand: Candidate) -> None:
        nonlocal count, han, full
        if full or not budget.fits(count + 1, han + cand.han):
            if budget.sentences is not None and count >= budget.sentences:
                full = True
            return
        if redundancy is not None and is_redundant(cand.text, texts, redundancy):
            return
        chosen.append(cand)
        chosen_orders.add(cand.order)
        texts.append(cand.text)
        count += 1
        han += cand.han
        for follower in waiting.pop(cand.order, ()):
            consider(follower)

    for i in order:
        if full:
            break
        cand = cands[i]
        if not cand.quotable:
            continue  # a question counts for the ranking, but is no summary sentence
        if cand.dependent and cand.order - 1 not in chosen_orders:
            antecedent = by_order.get(cand.order - 1)
            pair_fits = budget.fits(count + 2, han + cand.han + (antecedent.han if antecedent else 0))
            if antecedent is not None and antecedent.quotable and not antecedent.dependent and pair_fits:
                consider(antecedent)  # a strong sentence brings the one it leans on (该住户称… after 住户…)
            if cand.order - 1 not in chosen_orders:
                waiting.setdefault(cand.order - 1, []).append(cand)
                continue
        consider(cand)
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
    headings = tuple(_clean_heading(_listed(doc.blocks[index])) for index in run)  # type: ignore[arg-type]
    headings = tuple(heading for heading in headings if heading)
    label = _intro_label(doc, run[0], len(headings))
    return f"{label}：{'；'.join(headings)}。", headings


def _listed(point: Point) -> str:
    """What a point contributes to the points line: its heading, or for an item that is one
    clause (no heading: 一是加强组织领导。) that clause."""
    if point.heading:
        return point.heading
    rest = point.text[len(point.label):] if point.label and point.text.startswith(point.label) else point.text
    return _FIRST_CLAUSE_RE.match(rest.lstrip(" ，,、")).group()  # type: ignore[union-attr]


_FIRST_CLAUSE_RE = regex_cache.compile(r"[^。；;！!？?：:]*")


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
    scores = rank(cands, doc.meta.title, traditional=traditional)
    chosen = select(cands, scores, budget)
    if not chosen:  # an article made only of questions and list items: quote them rather than nothing
        chosen = select(tuple(dataclasses.replace(cand, quotable=True, dependent=False) for cand in cands), scores, budget)
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
        Candidate(cand.block, cand.start, cand.end, cand.text, order, cand.first_in_block, cand.quotable, cand.dependent)
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
