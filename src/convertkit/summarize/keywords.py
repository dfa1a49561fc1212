"""Keywords: the few terms an analyst would file an article under.

TF-IDF over jieba tokens, with jieba's own IDF table (it ships with jieba, nothing is
downloaded). Two things make raw jieba TF-IDF poor on news, and both are handled here:

- Compound terms are split: jieba's dictionary has no 军民融合, so it yields 军民 and 融合.
  Adjacent tokens that nearly always occur together in *this* article are merged back
  (a collocation test on the article itself, so it works for terms no dictionary knows).
- Boilerplate ranks high: the agency (中新网), the dateline's place and bureau, reporters'
  and editors' names occur in every story from the same desk. They are dropped unless the
  headline itself names them (an article about 福建 keeps 福建).

The title counts twice: what the headline says is what the article is about.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from itertools import pairwise

from .. import regex_cache
from ..model import Document, EditorNote, Heading, Lead, Paragraph, Point
from .tokens import idf_of, idf_table, is_content_word, words

DEFAULT_TOP_K = 8
MIN_PHRASE_COUNT = 3  # a pair seen once or twice may be a coincidence (受到 + 影响)
MIN_PHRASE_SHARE = 0.6  # the rarer word of the pair occurs inside the pair at least this often

KEYWORD_BLOCKS = (Lead, Paragraph, Point, Heading, EditorNote)
_URL = regex_cache.compile(r"(?:https?://|www\.)[!-~]+")  # https、tv、com、shtml are not what an article is about
_BYLINE_WORD = regex_cache.compile(r"^(?:记者|記者|通讯员|通訊員|摄影|攝影|编辑|編輯)")
_PLACE_SUFFIX = regex_cache.compile(r"(?:省|市|县|区|州|新闻|分社|频道)$")


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


def keyword_text(doc: Document) -> str:
    """The text keywords are drawn from: the headline, then the body (no captions or links)."""
    parts = [doc.meta.title]
    parts.extend(block.text for block in doc.blocks if isinstance(block, KEYWORD_BLOCKS))
    return _URL.sub("\n", "\n".join(part for part in parts if part))


def extract_keywords(doc: Document, top_k: int = DEFAULT_TOP_K) -> tuple[str, ...]:
    """The ``top_k`` best keywords of ``doc``, best first; deterministic (ties by first use)."""
    traditional = doc.meta.language == "zh-Hant"
    text_tokens = words(keyword_text(doc), traditional=traditional)
    title_tokens = words(doc.meta.title, traditional=traditional) if doc.meta.title else []
    # terms are found in the article as written; the headline then counts a second time
    fixed = fixed_pairs(text_tokens, traditional=traditional)
    parts = {a + b: (a, b) for a, b in fixed}
    tokens = _place_variants(merge_phrases(title_tokens + ["\n"] + text_tokens, fixed))
    banned = _boilerplate(doc)
    counts = Counter(
        token for token in tokens
        if is_content_word(token, traditional=traditional)
        and token not in banned
        and not _BYLINE_WORD.match(token)
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
