"""Keywords: the few terms an analyst would file an article under.

TF-IDF over jieba tokens, with jieba's own IDF table (it ships with jieba, nothing is
downloaded). Two things make raw jieba TF-IDF poor on news, and both are handled here:

- Compound terms are split: jieba's dictionary has no 军民融合, so it yields 军民 and 融合.
  Adjacent tokens that nearly always occur together in *this* article are merged back
  (a collocation test on the article itself, so it works for terms no dictionary knows).
- Boilerplate ranks high: the agency (中新网), the dateline's place and bureau, reporters'
  and editors' names occur in every story from the same desk. They are dropped unless the
  headline itself names them (an article about 福建 keeps 福建).

- Fragments are not terms. jieba cuts a date or a quantity so that its unit sticks to the
  next word (30日晚 → 30 + 日晚, 5年前 → 5 + 年前, 3000亿美元 → 3000 + 亿美元), leaves bare
  quantities (十个, 一半, 第二届, 十八 of 十八大), and its HMM, piecing unknown characters
  together, glues a function word to a neighbour (从人开始 → 从人 + 开始, 兴则 in 生态兴则文明兴).
  Such tokens are never keywords: a token after a number that starts with a unit, a counted
  quantity, a bare numeral (unless the headline says it and the body repeats it: 十四五), and a
  word the dictionary does not know that starts or ends with a function character. A short
  name the article quotes and repeats (“二许案”, cut 二 + 许案) is one term, whatever the cut.

The title counts twice: what the headline says is what the article is about.

A page's own keywords (``<meta name="keywords">``) stay in the document as the source gave
them; ``source_keywords`` is what we show of them: the same tests drop the desk's names and
the entries that are not words (元之, a page tagger's cut of 上元之夜).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Container
from itertools import pairwise

from .. import regex_cache
from ..model import Document, EditorNote, Heading, Lead, Paragraph, Point, Turn
from .tokens import idf_of, idf_table, is_content_word, is_dictionary_word, simplified, words

DEFAULT_TOP_K = 8
MIN_PHRASE_COUNT = 3  # a pair seen once or twice may be a coincidence (受到 + 影响)
MIN_PHRASE_SHARE = 0.6  # the rarer word of the pair occurs inside the pair at least this often

KEYWORD_BLOCKS = (Lead, Paragraph, Point, Heading, EditorNote, Turn)
_URL = regex_cache.compile(r"(?:https?://|www\.)[!-~]+")  # https、tv、com、shtml are not what an article is about
MAX_QUOTED_TOKENS = 4  # “二许案”, “紫禁城上元之夜”; a longer quote is speech, not a name
MAX_QUOTED_CHARS = 8
_QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』"}
_WORDY = regex_cache.compile(r"^[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]+$")
_BYLINE_WORD = regex_cache.compile(r"^(?:记者|記者|通讯员|通訊員|摄影|攝影|编辑|編輯)")
_PLACE_SUFFIX = regex_cache.compile(r"(?:省|市|县|区|州|新闻|分社|频道)$")
# Numerals (Chinese and Arabic) and the units and measure words that follow them. Only the
# simplified forms: tokens are tested in their simplified form.
_NUMERALS = "〇零一二三四五六七八九十百千万亿两几数多"
_UNITS = "半个位名次届年月日天周岁号时点分秒元角件项条家人台辆只座所批轮期场度倍成层级份张本篇"
_NUMBER = regex_cache.compile(rf"^(?:[\d０-９.,%％]+|[{_NUMERALS}]+)$")
_COUNTED = regex_cache.compile(rf"^(?:第[{_NUMERALS}]+[{_UNITS}]*|[{_NUMERALS}]+[{_UNITS}]+)$")  # 十个, 一半, 第二届
_AFTER_NUMBER = frozenset(_UNITS + "亿万千百余多")  # 30 + 日晚, 5 + 年前, 3000 + 亿美元, 100 + 余列
# Characters that only function (prepositions, conjunctions, adverbs, particles), at the edge
# of an unknown word. Surnames are left out of the opening set (于, 向, 和, 许 start names).
_OPENING_FUNCTION = frozenset("从以在对把被将给与及为让比跟自往当而并且但就都也又再才很最更已其这那该此每各是有没不的了着地得所之则即便乃亦")
# 约, 近, 说 close the HMM's pieces before a number or a quote: 营收 + 收约 + 2.34, 年增 + 增近 + 3成, 声明 + 中说
_CLOSING_FUNCTION = frozenset("之则的了着过地得些吗呢吧啊呀么也就都又才很最更已被把将对在从以让给是约近说")


def fixed_pairs(tokens: list[str], *, traditional: bool = False) -> frozenset[tuple[str, str]]:
    """Adjacent content-word pairs that form a fixed term in this text (军民 + 融合)."""
    counts = Counter(tokens)
    pairs = Counter(
        (a, b) for a, b in pairwise(tokens)
        if is_content_word(a, traditional=traditional) and is_content_word(b, traditional=traditional)
    )
    return frozenset(
        pair for pair, count in pairs.items()
        if count >= MIN_PHRASE_COUNT and count >= MIN_PHRASE_SHARE * min(counts[pair[0]], counts[pair[1]])
    )


def merge_phrases(tokens: list[str], fixed: frozenset[tuple[str, str]] | None = None) -> list[str]:
    """``tokens`` with each fixed pair joined into one term (军民 + 融合 → 军民融合)."""
    fixed = fixed_pairs(tokens) if fixed is None else fixed
    merged: list[str] = []
    i = 0
    while i < len(tokens):
        if i + 1 < len(tokens) and (tokens[i], tokens[i + 1]) in fixed:
            merged.append(tokens[i] + tokens[i + 1])
            i += 2
        else:
            merged.append(tokens[i])
            i += 1
    return merged


def quoted_terms(tokens: list[str]) -> frozenset[tuple[str, ...]]:
    """Short names the article puts in quotes and uses at least twice (“二许案”, “放管服”): each
    is one term, however jieba cuts it (二 + 许案), as the token runs they are cut into."""
    found: Counter[tuple[str, ...]] = Counter()
    for i, token in enumerate(tokens):
        close = _QUOTES.get(token)
        if close is None:
            continue
        for j in range(i + 1, min(i + 2 + MAX_QUOTED_TOKENS, len(tokens))):
            if tokens[j] == close:
                inside = tuple(tokens[i + 1 : j])
                if len(inside) >= 2 and len("".join(inside)) <= MAX_QUOTED_CHARS:
                    found[inside] += 1
                break
            if not _WORDY.match(tokens[j]):
                break
    return frozenset(run for run, count in found.items() if count >= 2)


def merge_runs(tokens: list[str], runs: frozenset[tuple[str, ...]]) -> list[str]:
    """``tokens`` with each of ``runs`` joined into one token, quoted or not (二 + 许案 → 二许案)."""
    if not runs:
        return tokens
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for run in sorted(runs, key=len, reverse=True):  # the longest run first
        by_first.setdefault(run[0], []).append(run)
    merged: list[str] = []
    i = 0
    while i < len(tokens):
        run = next((run for run in by_first.get(tokens[i], ()) if tuple(tokens[i : i + len(run)]) == run), None)
        merged.append("".join(run) if run else tokens[i])
        i += len(run) if run else 1
    return merged


def _keyword_block_text(block: object) -> str:
    """A block's words for keywords; a transcript's turn with its speaker, as the page reads
    (盛来运：前三季度…), so that the people who speak count as the text names them."""
    if isinstance(block, Turn):
        return f"{block.label or block.speaker}：{block.text}"
    return str(getattr(block, "text", ""))


_SPEAKER_LABEL = regex_cache.compile(r"^([\u4e00-\u9fff·]{2,4})[：:](?!$)", re.MULTILINE)


def speaker_names(doc: Document, *, traditional: bool = False) -> frozenset[str]:
    """Names the article itself sets as speaker labels (盛来运：前三季度…; 王某某：…): a transcript's
    people, whom jieba's dictionary does not know and its HMM cuts apart (盛来 + 运)."""
    found = set()
    for block in doc.blocks:
        if isinstance(block, KEYWORD_BLOCKS):
            for match in _SPEAKER_LABEL.finditer(_keyword_block_text(block)):
                name = match.group(1)
                if not is_dictionary_word(name, traditional=traditional) and is_content_word(name, traditional=traditional):
                    found.add(name)
    return frozenset(found)


def merge_names(tokens: list[str], names: frozenset[str]) -> list[str]:
    """``tokens`` with the pieces of each of ``names`` joined again where the cuts fall on its edges."""
    if not names:
        return tokens
    longest = max(len(name) for name in names)
    merged: list[str] = []
    i = 0
    while i < len(tokens):
        joined, j, match = tokens[i], i + 1, 0
        while True:
            if joined in names:
                match = j
            if j >= len(tokens) or len(joined) >= longest:
                break
            joined += tokens[j]
            j += 1
        if match > i + 1:
            merged.append("".join(tokens[i:match]))
            i = match
        else:
            merged.append(tokens[i])
            i += 1
    return merged


def _boilerplate(doc: Document) -> set[str]:
    """Names that belong to the desk, not to the story: agency, dateline place, bylines."""
    meta = doc.meta
    names: set[str] = set(meta.reporters) | set(meta.photographers) | set(meta.editors)
    for value in (meta.agency, meta.bureau):
        if value:
            names.add(value)
            names.add(_PLACE_SUFFIX.sub("", value))
    if meta.dateline is not None:
        for value in (meta.dateline.agency, meta.dateline.bureau, meta.dateline.place):
            if value:
                names.add(value)
                names.add(_PLACE_SUFFIX.sub("", value))
    names.discard("")
    return {name for name in names if name not in meta.title}


def is_fragment(token: str, previous: str = "", *, terms: Container[str] = (), traditional: bool = False) -> bool:
    """A piece of a date, a quantity or a function word that jieba cut loose (see the module notes).

    ``terms``: bare numerals that name something here (十四五 in an article about it).
    """
    word = simplified(token, traditional=traditional)
    if word[0] in _AFTER_NUMBER and previous and _NUMBER.match(simplified(previous, traditional=traditional)):
        return True  # 30 + 日晚, 5 + 年前, 3000 + 亿美元
    if _COUNTED.match(word) or (_NUMBER.match(word) and token not in terms):
        return True  # 十个, 一半, 第二届, and bare numerals (十八) unless they are a term here
    if word[0] in _OPENING_FUNCTION or word[-1] in _CLOSING_FUNCTION:
        return not is_dictionary_word(word)  # 从人, 以丙类, 兴则: the HMM's pieces; 以色列, 原则 are words
    return False


def _is_fragment_term(token: str, previous: str, parts: dict[str, tuple[str, str]], terms: Container[str],
                      traditional: bool) -> bool:
    """A token, or a merged term by its first part: 30 + 号线 + 一期 is no term 号线一期 (三号强风 is one)."""
    if token not in parts:
        return is_fragment(token, previous, terms=terms, traditional=traditional)
    first = simplified(parts[token][0], traditional=traditional)
    return first[0] in _AFTER_NUMBER and bool(previous) and bool(_NUMBER.match(simplified(previous, traditional=traditional)))


def source_keywords(doc: Document) -> tuple[str, ...]:
    """The page's own keywords that are words about the story: not the desk's names, not pieces
    a tagger cut (元之), not amounts (亿元). The document keeps them all as given."""
    traditional = doc.meta.language == "zh-Hant"
    meta = doc.meta
    # the desk's names only: a place the editor tagged is the story's (巴黎 in a Paris strike)
    banned = {name for name in (meta.agency, *meta.reporters, *meta.photographers, *meta.editors) if name}
    kept = []
    for keyword in doc.meta.keywords:
        if keyword in banned or not is_content_word(keyword, traditional=traditional):
            continue
        pieces = [simplified(piece, traditional=traditional) for piece in words(keyword, traditional=traditional)]
        if len(pieces) == 1:
            fragment = is_fragment(keyword, terms=(keyword,), traditional=traditional)  # 从人, 亿元; 十四五 is the editor's
        else:  # a function word cut off at either end: 元 + 之 (of 上元之夜)
            fragment = bool(_COUNTED.match("".join(pieces))) or pieces[0] in _OPENING_FUNCTION or pieces[-1] in _CLOSING_FUNCTION
        if not fragment:
            kept.append(keyword)
    return tuple(kept)


def keyword_text(doc: Document) -> str:
    """The text keywords are drawn from: the headline, then the body (no captions or links).

    The desk's own names are taken out of the body as wholes, before jieba cuts them into words
    that no longer look like them: 《每日经济新闻》记者 gave 每日, 封面新闻记者 gave 新闻记者, a
    byline BEN DOOLEY gave Ben and Dooley.
    """
    body = "\n".join(_keyword_block_text(block) for block in doc.blocks if isinstance(block, KEYWORD_BLOCKS))
    desk = _desk_pattern(doc)
    if desk is not None:
        body = desk.sub("\n", body)
    return _URL.sub("\n", "\n".join(part for part in (doc.meta.title, body) if part))


def _desk_pattern(doc: Document):  # type: ignore[no-untyped-def]
    meta = doc.meta
    names = {name for name in (meta.agency, *meta.reporters, *meta.photographers, *meta.editors)
             if name and len(name) >= 2 and name not in meta.title}
    if not names:
        return None
    alternatives = "|".join(
        r"\s+".join(re.escape(piece) for piece in name.split()) for name in sorted(names, key=len, reverse=True)
    )
    return re.compile(alternatives, re.IGNORECASE)


def extract_keywords(doc: Document, top_k: int = DEFAULT_TOP_K) -> tuple[str, ...]:
    """The ``top_k`` best keywords of ``doc``, best first; deterministic (ties by first use)."""
    traditional = doc.meta.language == "zh-Hant"
    text_tokens = words(keyword_text(doc), traditional=traditional)
    title_tokens = words(doc.meta.title, traditional=traditional) if doc.meta.title else []
    names = speaker_names(doc, traditional=traditional)
    text_tokens, title_tokens = merge_names(text_tokens, names), merge_names(title_tokens, names)
    quoted = quoted_terms(text_tokens)
    text_tokens, title_tokens = merge_runs(text_tokens, quoted), merge_runs(title_tokens, quoted)
    named = {"".join(run) for run in quoted} | names
    # terms are found in the article as written; the headline then counts a second time
    fixed = fixed_pairs(text_tokens, traditional=traditional)
    parts = {a + b: (a, b) for a, b in fixed}
    tokens = _place_variants(merge_phrases(title_tokens + ["\n"] + text_tokens, fixed))
    banned = _boilerplate(doc)
    # a bare numeral the headline says and the body repeats is a term (十四五); else a number
    body = Counter(text_tokens) - Counter(title_tokens)  # the text starts with the headline
    terms = {token for token in title_tokens if body[token] >= 2}
    counts = Counter(
        token for previous, token in pairwise(["", *tokens])
        if is_content_word(token, traditional=traditional)
        and token not in banned
        and not _BYLINE_WORD.match(token)
        and (token in named or not _is_fragment_term(token, previous, parts, terms, traditional))
    )
    first_use = {token: index for index, token in reversed(list(enumerate(tokens)))}
    total = sum(counts.values()) or 1

    def weight(token: str) -> float:
        known = idf_of(token, traditional=traditional)
        if known is None and token in parts:
            # a merged term: as rare as its rarest known part
            known_parts = [value for value in (idf_of(part, traditional=traditional) for part in parts[token]) if value]
            known = max(known_parts) if known_parts else None
        return counts[token] / total * (known if known is not None else idf_table()[1])

    ranked = sorted(counts, key=lambda token: (-weight(token), first_use[token]))
    chosen: list[str] = []
    for token in ranked:
        if any(token.endswith(other) or other.endswith(token) for other in chosen):
            # Chinese compounds are head-final: 军民融合 is a kind of 融合, so one of them is
            # enough; but 龙岩 in 龙岩市委 is a different thing (the place) and may stay.
            continue
        chosen.append(token)
        if len(chosen) == top_k:
            break
    return tuple(chosen)


def _place_variants(tokens: list[str]) -> list[str]:
    """Count 龙岩市 as 龙岩 when the text also says 龙岩: one place, one keyword."""
    present = set(tokens)
    return [
        token[:-1] if len(token) >= 3 and token[-1] in "省市县区" and token[:-1] in present else token
        for token in tokens
    ]


def add_keywords(doc: Document, top_k: int = DEFAULT_TOP_K) -> Document:
    """``doc`` with ``meta.keywords`` filled (kept as is when the source already gave keywords)."""
    if doc.meta.keywords:
        return doc
    meta = dataclasses.replace(doc.meta, keywords=extract_keywords(doc, top_k))
    return dataclasses.replace(doc, meta=meta)
