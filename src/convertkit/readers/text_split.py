"""Where a text file holds several articles, the lines of each.

Crawlers and analysts save a day's stories into one text file: each under its own block of
labelled fields (标题：… / 来源：… / 正文：), or one after another between rules of ``=====`` or
``-----``. Read as one article, the second story's headline and fields became paragraphs of the
first. The cut is made only where every piece reads as an article on its own (a headline or a
field block at its top, and a body under it): a rule between the parts of one story leaves the
story whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import regex_cache
from .base import Line
from .front_matter import split_field_block

# A rule alone on its line: five or more of one mark (===== · ------ · ***** · ＝＝＝＝＝ · —————).
_RULE_RE = regex_cache.compile(r"[ \t\u3000]*(?:=|-|\*|#|_|~|—|－|＝|＊|·){5,}[ \t\u3000]*")
_RULE_FIRST = frozenset("=-*#_~—－＝＊·")
_TITLE_FIRST = frozenset("标標题題【[Tt")
_RULE_LINE_RE = regex_cache.compile(r"^[ \t\u3000]*(?:=|-|\*|#|_|~|—|－|＝|＊|·){5,}[ \t\u3000]*$", re.MULTILINE)
# The labels a field block opens with (标题：, 【标题】, title:), as a quick count before the cut.
_TITLE_LABEL_RE = regex_cache.compile(r"标题|標題|题目|題目|[Tt]itle:|TITLE:")
_HEADLINE_MAX = 60
_BODY_MIN = 80  # characters of text under the headline: a piece shorter is no article
_SENTENCE_ENDS = "。！？!?"


def split_articles(text: str, lines: Sequence[Line]) -> list[list[Line]] | None:
    """The lines of each article when ``text`` holds several, else None (one article). Asked of
    every text file: one pass over the lines' first characters, most texts having neither a rule
    nor a second title label at a line's start."""
    rules = titles = 0
    for line in lines:
        first = line.text.lstrip(" \t\u3000")[:1]
        if first in _RULE_FIRST:
            rules += 1
        elif first in _TITLE_FIRST:
            titles += 1
    parts: list[list[Line]] | None = None
    if rules and _RULE_LINE_RE.search(text) is not None:
        parts = _between_rules(lines)
    if parts is None and titles >= 2:
        labels = _TITLE_LABEL_RE.finditer(text)
        if next(labels, None) is not None and next(labels, None) is not None:
            parts = _at_field_blocks(lines)
    return parts


def _between_rules(lines: Sequence[Line]) -> list[list[Line]] | None:
    parts: list[list[Line]] = [[]]
    for line in lines:
        if _RULE_RE.fullmatch(line.text) is not None:
            parts.append([])
        else:
            parts[-1].append(line)
    parts = [part for part in parts if any(line.text.strip() for line in part)]
    if len(parts) < 2 or not all(_reads_as_article(part) for part in parts):
        return None
    return parts


def _at_field_blocks(lines: Sequence[Line]) -> list[list[Line]] | None:
    starts = [index for index in range(len(lines)) if lines[index].text.strip()[:1] in "标標题題【[Tt"
              and _opens_field_block(lines, index)]
    if len(starts) < 2 or any(line.text.strip() for line in lines[: starts[0]]):
        return None
    parts = [list(lines[start:end]) for start, end in zip(starts, [*starts[1:], len(lines)], strict=True)]
    return parts if all(_body_under(split_field_block(part)) for part in parts) else None


def _opens_field_block(lines: Sequence[Line], index: int) -> bool:
    text = lines[index].text.strip()
    if not text.startswith(("标题", "標題", "题目", "題目", "【标题", "【標題", "[标题", "[標題", "title", "Title", "TITLE")):
        return False
    matter = split_field_block(lines[index : index + 24])
    return matter is not None and matter.block[0] is lines[index]


def _body_under(matter: object) -> bool:
    rest = getattr(matter, "rest", None)
    return rest is not None and sum(len(line.text.strip()) for line in rest) >= _BODY_MIN


def _reads_as_article(part: Sequence[Line]) -> bool:
    """A headline (a short line that ends no sentence) or a field block at the top, then a body."""
    matter = split_field_block(part)
    if matter is not None:
        return _body_under(matter)
    texts = [line.text.strip() for line in part if line.text.strip()]
    if len(texts) < 2:
        return False
    headline = texts[0]
    if len(headline) > _HEADLINE_MAX or headline[-1:] in _SENTENCE_ENDS or "。" in headline:
        return False
    return sum(len(text) for text in texts[1:]) >= _BODY_MIN
