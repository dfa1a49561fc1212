"""Spaces a crawler left where it removed keyword links from a sentence.

聯合報's pages link keywords inside the text; a crawler that drops the links keeps the spaces
around them: ``行政院長 賴清德 今天中午與…``, ``多數立委認為排班間隔11小時和 七休一 要守住``,
``長久以來，東京 可說是…``. Chinese prose puts no space between two Han characters, so inside a
sentence such a space is dropped when it can only be a link's:

a short Han word (at most eight characters) between two spaces, with Han on both outer sides
(``和 七休一 要``): both spaces go, when the text has at least two such words. A space on one side only (``，東京 可說是``) is left: it is as
often a separator the writer meant (a commenter's name before the comment, a slogan's two
halves, a rare character the page could not show: 恭亲王奕 与).

Short Han words in a row parted by spaces are a list of names (``張三 李四 王五``, also after a
clause mark: ``出席的有：張三 李四 王五等人``) and keep their spaces, as does anything that is not a sentence (a headline, a credit line, a caption). Single
ASCII spaces are read, and single full-width ones apart (a GBK page pads its links so: ８家拟　创业板
　企业); the text is split once for each, so the cost is linear.
"""

from __future__ import annotations

from ..transforms.punctuation import is_han

__all__ = ["join_link_spaces"]

_WORD_MAX = 8  # Han characters of a linked keyword: a name, a place, an organisation
_LIST_OPENERS = frozenset("：:")  # a list of names follows a colon (出席的有：張三 李四 王五等人)
_PROSE_MIN = 30  # characters of a text that may be a sentence
# Linked words a text must show before its spaces are read as links': a page that links keywords
# links several in a paragraph, while one short phrase between spaces is as likely a two-part
# heading glued into the text (業者提供 聯名冰品 業績增2成).
_LINKS_MIN = 2


# Marks a full-width padding may follow or precede (…３８０家，　创业板　３０６家, 进入　太平洋　、面向):
# Chinese prose sets no space beside them, so one there is the link's too.
_MARKS_BEFORE = frozenset("，。、；：！？")


def _prose(text: str) -> bool:
    """A sentence of running text: long enough, with a comma and a full stop (a headline or a
    credit line has neither)."""
    return len(text) >= _PROSE_MIN and "，" in text and any(mark in text for mark in "。！？")


def _short_han(segment: str) -> bool:
    return 1 <= len(segment) <= _WORD_MAX and all(is_han(char) for char in segment)


def _clause_word(segment: str) -> bool:
    """``segment`` ends in a short Han word after a colon (``出席的有：張三``): before more short
    words parted by spaces, the first name of a list."""
    run = 0
    while run < len(segment) and run <= _WORD_MAX and is_han(segment[-1 - run]):
        run += 1
    return 2 <= run <= _WORD_MAX and run < len(segment) and segment[-1 - run] in _LIST_OPENERS


# Words that put a name after them with a space (中新社记者 彭大伟 摄): a credit, kept as written.
_CREDIT_TITLES = ("记者", "記者", "通讯员", "通訊員", "编辑", "編輯", "摄影", "攝影", "作者", "主播")
_CREDIT_VERBS = ("摄", "攝", "报道", "報導", "整理")


def _credit(before: str, after: str) -> bool:
    return before.endswith(_CREDIT_TITLES) or after.startswith(_CREDIT_VERBS)


def _bracketed(segment: str) -> bool:
    """The segment before a space opened a bracket it has not closed (（记者 韩晓明）): a credit's
    names, which keep their spaces."""
    return max(segment.rfind("（"), segment.rfind("(")) > max(segment.rfind("）"), segment.rfind(")"))


def join_link_spaces(text: str) -> str:
    """``text`` without the spaces removed links left inside its sentences (see the module): ASCII
    spaces, then full-width ones (a GBK page's padding: ８家拟　创业板　企业), each kind on its own."""
    if not _prose(text):
        return text
    if " " in text:
        text = _joined(text, " ")
    if "\u3000" in text:
        text = _joined(text, "\u3000")
    return text


def _joined(text: str, space: str) -> str:
    segments = text.split(space)
    last = len(segments) - 1
    wrapped = [0 < index < last and _short_han(segment) for index, segment in enumerate(segments)]
    join = [False] * last  # join[k]: the space between segments k and k + 1 goes
    for index in range(1, last):
        if wrapped[index] and not wrapped[index - 1] and not wrapped[index + 1] \
                and segments[index - 1][-1:] and (is_han(segments[index - 1][-1])
                                                  or (space == "\u3000" and segments[index - 1][-1] in _MARKS_BEFORE)) \
                and not _clause_word(segments[index - 1]) and not _bracketed(segments[index - 1]) \
                and not _credit(segments[index - 1], segments[index + 1]) \
                and segments[index + 1][:1] and (is_han(segments[index + 1][0])
                                                 or (space == "\u3000" and segments[index + 1][0] in _MARKS_BEFORE)):
            join[index - 1] = join[index] = True
    if sum(join) < 2 * _LINKS_MIN:
        return text
    out = [segments[0]]
    for index in range(last):
        if not join[index]:
            out.append(space)
        out.append(segments[index + 1])
    return "".join(out)
