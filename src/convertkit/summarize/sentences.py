"""Sentence splitting for Chinese news text, as spans of the original string.

A summary must quote the article verbatim, so splitting never rewrites text: it returns
``(start, end)`` offsets and the sentence is always ``text[start:end]``. The rules follow how
Chinese prose is punctuated rather than how English is:

- ``。！？`` (and ``!?`` and a ``.`` right after a Han character) end a sentence, as does
  ``……``; a run of them (``！？``, ``。……``) stays together.
- Closing quotes and brackets right after a terminator belong to the sentence they close:
  ``他说：“好。”`` is one sentence, ending after ``”``.
- Inside an open quote or bracket a terminator does not end the sentence (a quoted speech of
  several sentences is quoted whole), unless the closer follows at once. When the quotes of a
  paragraph do not balance (a stray ``“`` is common in crawled text) this protection would
  swallow the rest of the paragraph, so that paragraph is split again ignoring quotes.
- A short speaker tag after a closed quote belongs to it: ``“……纸片。”小花奶奶说。`` is one
  sentence, not a quote and a ``小花奶奶说。`` of its own.
- A line break always ends a sentence.
- A dateline that still opens the text (``中新网福建新闻1月17日电（林玲）``) is not part of the
  first sentence: the model normally moves it to ``Meta.dateline``, but crawled text often
  keeps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import regex_cache
from ..transforms.punctuation import is_han

ELLIPSIS = "…"
OPENERS = {"“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》", "【": "】", "〔": "〕", "［": "］"}
CLOSERS = frozenset(OPENERS.values())
ASCII_QUOTES = frozenset('"')  # the apostrophe is too often English to count
# Who said the quote just closed: a few words ending in a verb of saying and the full stop.
_SPEECH_TAG = regex_cache.compile(
    r"[^。！？!?，,；;：:“”「」\n]{1,14}?(?:说|說|道|表示|称|稱|介绍|介紹|指出|坦言|回忆|回憶|感叹|感嘆|补充|補充|强调|強調"
    r"|告诉记者|告訴記者|笑着说|笑著說)[。！？]")

# 新华社北京1月17日电 / 中新网福建新闻1月17日电（林玲） / 本报讯（记者 张三） / 人民网北京1月17日电 记者张三
_DATELINE = regex_cache.compile(
    r"""^\s*
    (?:[\u4e00-\u9fffA-Za-z·]{2,24}?)?             # agency, bureau, place
    (?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日)?      # date
    (?:电|讯)
    (?:\s*[（(][^（()）\n]{1,30}[）)])?              # (林玲) / （记者 张三 李四）
    (?:[ \u3000]+(?:记者|通讯员)[^\s，。,]{2,12}(?:[ \u3000]+[\u4e00-\u9fff]{2,4}){0,3}(?=[ \u3000]))?
    [ \u3000:：]*""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Span:
    """One sentence of a text: ``text[start:end]``, without surrounding white space."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start:self.end]


# Taiwan and Hong Kong bylines: 記者莊友直／台北報導, 國際中心／綜合報導, 2017年07月04日 17:31記者林映妤／台北報導
_BYLINE = regex_cache.compile(
    r"^[\s▲▼]*(?:\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}[:：]\d{2}\s*)?[^\s／/，。,]{1,12}[／/][\u4e00-\u9fff]{0,6}(?:報導|报导|報道|报道)"
)


def dateline_length(text: str) -> int:
    """How many leading characters of ``text`` are a dateline (0 when it has none).

    A dateline must be followed by more text and must name a day or an agency-style ``讯``;
    ``电`` alone inside an ordinary first sentence (``来电``) is not one, which the length
    limits and the required date or bracket keep out.
    """
    byline = _BYLINE.match(text)
    if byline is not None and byline.end() < len(text.rstrip()):
        return byline.end()
    match = _DATELINE.match(text)
    if match is None:
        return 0
    head = match.group(0)
    has_date = "日" in head or "讯" in head
    if not has_date or match.end() >= len(text.rstrip()):
        return 0
    return match.end()


def split_spans(text: str, *, skip_dateline: bool = True) -> tuple[Span, ...]:
    """The sentences of ``text`` as spans, in order; empty and white-space-only ones dropped."""
    start = dateline_length(text) if skip_dateline else 0
    spans: list[Span] = []
    for line_start, line_end in _lines(text, start):
        line_spans = _split_line(text, line_start, line_end, respect_quotes=True)
        if line_spans is None:
            line_spans = _split_line(text, line_start, line_end, respect_quotes=False) or []
        spans.extend(line_spans)
    return tuple(spans)


def split_sentences(text: str, *, skip_dateline: bool = True) -> tuple[str, ...]:
    """The sentences of ``text`` as strings (each a verbatim substring of ``text``)."""
    return tuple(span.of(text) for span in split_spans(text, skip_dateline=skip_dateline))


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    position = start
    while position <= len(text):
        newline = text.find("\n", position)
        end = len(text) if newline < 0 else newline
        lines.append((position, end))
        if newline < 0:
            break
        position = newline + 1
    return lines


def _split_line(text: str, start: int, end: int, *, respect_quotes: bool) -> list[Span] | None:
    """Split ``text[start:end]``; None when quotes do not balance and ``respect_quotes`` is on."""
    spans: list[Span] = []
    stack: list[str] = []
    sentence_start = start
    i = start
    while i < end:
        char = text[i]
        if respect_quotes and char in OPENERS:
            stack.append(OPENERS[char])
        elif respect_quotes and char in CLOSERS:
            if stack and stack[-1] == char:
                stack.pop()
            elif char in stack:
                while stack and stack.pop() != char:
                    pass
        elif respect_quotes and char in ASCII_QUOTES:
            if stack and stack[-1] == char:
                stack.pop()
            else:
                stack.append(char)
        if _is_terminator(text, i, end):
            j = i
            while j < end and _is_terminator(text, j, end):
                j += 1
            # closers that follow the terminator belong to this sentence
            while j < end and _closes(text[j], stack, respect_quotes):
                if stack:
                    stack.pop()
                j += 1
                while j < end and _is_terminator(text, j, end):
                    j += 1
            if j > i + 1 and text[j - 1] in CLOSERS | ASCII_QUOTES and (not stack or not respect_quotes):
                tag = _SPEECH_TAG.match(text, j, end)
                if tag is not None:
                    j = tag.end()  # “…纸片。”小花奶奶说。: the speaker belongs to the quote
            if not stack or not respect_quotes:
                _add(spans, text, sentence_start, j)
                sentence_start = j
            i = j
            continue
        i += 1
    if respect_quotes and stack and any(_is_terminator(text, k, end) for k in range(start, end)):
        return None
    _add(spans, text, sentence_start, end)
    return spans


def _closes(char: str, stack: list[str], respect_quotes: bool) -> bool:
    if not respect_quotes:
        return char in CLOSERS or char in ASCII_QUOTES
    return bool(stack) and stack[-1] == char


def _is_terminator(text: str, i: int, end: int) -> bool:
    char = text[i]
    if char in "。！？":
        return True
    if char in "!?":
        # ``YES!IC`` and ``Yahoo!`` inside a word are names, not the end of a sentence
        return i + 1 >= end or not (text[i + 1].isascii() and text[i + 1].isalnum())
    if char == ELLIPSIS:
        # ``……`` (two) or ``…`` followed by the end or a closer; a lone ``…`` mid-word is not
        return (i + 1 < end and text[i + 1] == ELLIPSIS) or (i > 0 and text[i - 1] == ELLIPSIS)
    if char == ".":
        # an ASCII full stop after Han text; 3.5 and www.x.cn stay whole
        return i > 0 and is_han(text[i - 1]) and (i + 1 >= end or not text[i + 1].isalnum())
    return False


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    # a sentence does not start with a comma left over from a broken line or a cut extraction
    while start < end and (text[start].isspace() or text[start] in "，、；：,;:"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))
