"""Text whose line breaks a crawler or a copy turned into spaces, broken back into lines.

A scraped article sometimes arrives as one long line: ``headline 2023-09-20 10:21 来源：浙江日报
记者 王某 本报杭州9月19日讯 记者从…。 杭州亚组委相关负责人介绍，…。 （责任编辑：陈静）``. The
news rules read a line as a paragraph, so the whole story became one lead under a headline cut
from it. Chinese prose puts no space after a full stop, so a space there is a lost paragraph
break; and a short first piece followed by a time stamp or a credit label is a headline over its
header line. Text with its line breaks is left as it is.
"""

from __future__ import annotations

from .. import regex_cache
from ..structure.captions import has_caption_marker, photographer_of
from ..structure.turns import run_in_turns
from .base import Line

_MIN_LENGTH = 200  # a line this long may be several paragraphs; a shorter one is left alone
_MIN_LENGTH_CAPTIONED = 80  # … for a line ending in a photo credit: a story and its caption
_MIN_BREAKS = 2  # spaces after a sentence end, for the line to count as flattened
# a space after a sentence end, before anything but a closing mark (吗？ ” closes the quote)
_BREAK_RE = regex_cache.compile(
    r"(?:(?<=[。！？!?])|(?<=[。！？!?][”」』）)])|(?<=[。！？!?][ \u3000][”」』）)]))[ \u3000]+(?=[^\s”」』）)，。、；：！？,.;:!?])")
# The paragraph separator of the Sogou dumps (a private-use character; see structure.build).
_SOGOU_SEPARATOR = "\ue40c"
_MIN_PIECE = 8  # a shorter piece (［ 详细 ］, a link's label) stays with the sentence before it
_TOKEN_SPLIT_RE = regex_cache.compile(r"[ \u3000]+")
# What opens a header piece after the headline: a date or time, a credit or source label.
_HEADER_OPENING_RE = regex_cache.compile(
    r"^(?:\d{4}[-/.年]\d{1,2}|\d{1,2}:\d{2}|(?:发布时间|發布時間|时间|時間|来源|來源|作者|记者|記者|编辑|編輯|责任编辑|責任編輯)"
    r"(?:[:：]|$))"
)
# A headline that opens with its day (2024年3月5日外交部发言人毛宁主持例行记者会): no header piece.
_DATED_HEADLINE_RE = regex_cache.compile(r"^\d{4}年\d{1,2}月\d{1,2}日[\u3400-\u9fff]{4,}")
_NAME_TOKEN_RE = regex_cache.compile(r"^[\u3400-\u9fff·]{2,4}$")
_TITLE_MAX = 40
_CREDIT_MAX = 16  # 中央社記者王飛華攝 and a date stay under this
_PHOTO_CREDIT_ENDS = ("攝影", "摄影", "攝", "摄")
_SENTENCE_MARK_RE = regex_cache.compile(r"[。！？!?，,；;：:]")
# What makes a header piece sure where the sentences are not broken: a time of day or a label.
_PROSE_MARK_RE = regex_cache.compile(r"[。；;]")  # a headline ends no sentence
_SURE_HEADER_RE = regex_cache.compile(r"\d{1,2}:\d{2}|来源|來源|作者|记者|記者|编辑|編輯|发布时间|發布時間")


def split_flattened(lines: list[Line], *, joined_field: bool = False) -> list[Line]:
    """Each flattened line cut at the spaces after its sentences; the first line's headline and
    header pieces set on lines of their own; a wall of text with no trace of its breaks cut into
    paragraphs of a few sentences (``wall_paragraphs``).

    ``joined_field``: the lines are a crawler record's text field that holds no line break at all,
    its paragraphs joined with a space (Scrapy's ``" ".join(response.css("p::text"))``: 華視's
    ``…第一段。 第二段…``), so one space after a sentence is a break, where a line of a text file
    needs two (a stray space after a full stop is a typist's)."""
    out: list[Line] = []
    lines = _turns_cut(lines)
    one_line = joined_field and sum(1 for line in lines if line.text.strip()) == 1
    if one_line:
        lines = [Line(text=piece, number=line.number) for line in lines for piece in _picture_notes_apart(line.text)]
    for index, line in enumerate(lines):
        text = line.text.strip()
        # one space after a sentence breaks a joined field, short or long, unless the field is a wall
        # of text, which is cut as a wall is (one break in it would leave two walls)
        relaxed = one_line and len(text) < _WALL_MIN
        if len(text) < (_MIN_PIECE * 2 if relaxed else _MIN_LENGTH_CAPTIONED):  # most lines: too short to be several paragraphs
            out.append(line)
            continue
        captioned = _ends_in_photo_credit(text) or relaxed
        if len(text) < (_MIN_PIECE * 2 if relaxed else _MIN_LENGTH_CAPTIONED if captioned else _MIN_LENGTH) \
                or _break_count(text, outside_quotes=relaxed) < (1 if captioned else _MIN_BREAKS):
            # the whole article on one line with no space between its sentences (headline 2026-12-06
            # 09:32 来源：… 中新网12月6日电 …。…。): its headline and header still set apart
            # (only the text's first line; a space in it first: _head splits at spaces)
            head = _head(text) if " " in text and not any(other.text.strip() for other in lines[:index]) else [text]
            if len(head) > 1 and not (_SURE_HEADER_RE.search(head[1]) and not _PROSE_MARK_RE.search(head[0])):
                head = [text]  # 据新华社 2026年12月6日 消息…: a date alone may be a sentence's
            if len(head) > 1:
                out.extend(Line(text=piece, number=line.number) for piece in head[:-1])
            last = head[-1] if len(head) > 1 else line.text
            if len(last) < _WALL_MIN:  # wall_paragraphs' own test, without the call
                out.append(line if len(head) == 1 else Line(text=last, number=line.number))
            else:
                out.extend(Line(text=piece, number=line.number) for piece in wall_paragraphs(last))
            continue
        pieces: list[str] = []
        for block in text.split(_SOGOU_SEPARATOR):  # breaks the dump kept: each block on its own
            for number, piece in enumerate(_split_at_breaks(block, outside_quotes=relaxed)):
                if number and (len("".join(piece.split())) < _MIN_PIECE or _bare_photo_credit(piece)):
                    pieces[-1] += " " + piece
                else:
                    pieces.append(piece)
        if not any(other.text.strip() for other in lines[:index]):
            pieces = [*_head(pieces[0]), *pieces[1:]]
        out.extend(Line(text=piece, number=line.number) for piece in pieces if piece.strip())
    return out


# A picture's note in brackets after a sentence, before a space or the end (華視's records: …破億。(翻攝
# officialpsy Youtube) · …權益。(資料照片) 一、…): the note of the picture the page set over the story.
_PICTURE_NOTE_RE = regex_cache.compile(r"(?<=[。！？!?])[（(][^（）()]{2,30}[）)](?=[ \u3000]|$)")


# A sentence this long before a picture's note is the story's, the note the picture's over it; a
# shorter one may be the caption the note closes (structure.rules' glued captions, same length).
_CAPTION_SENTENCE_MAX = 90


def _picture_notes_apart(text: str) -> list[str]:
    """A joined field cut around its picture notes (see ``_PICTURE_NOTE_RE``), each a line of its
    own: a caption's credit, not words of the paragraph before it, when the sentence before it is
    long (see ``_CAPTION_SENTENCE_MAX``). A note naming a photographer
    (…新鞋。（記者張存薇攝）) closes a caption glued there, and a writer's credit (…。（記者張瑞楨）)
    the story: both stay where they are, for the caption rules."""
    if "(" not in text and "（" not in text:
        return [text]
    pieces: list[str] = []
    start = 0
    for match in _PICTURE_NOTE_RE.finditer(text):
        note = match.group()
        sentence_start = max(text.rfind(mark, start, match.start() - 1) for mark in "。！？!?") + 1
        if match.start() - max(sentence_start, start) <= _CAPTION_SENTENCE_MAX:
            continue  # a caption's sentence, glued with its note: the caption rules' (…舊路燈已損壞多時。（資料照））
        if photographer_of(note) == () or (photographer_of(note) is None and has_caption_marker(note)):
            pieces.extend((text[start : match.start()], note))
            start = match.end()
    pieces.append(text[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def _turns_cut(lines: list[Line]) -> list[Line]:
    """Lines with a transcript run into them (…访问。法新社记者：…？毛宁：…) cut before each turn
    (``structure.turns.run_in_turns``), the first line's headline and header set apart as for any
    flattened line; the rest as they are."""
    out: list[Line] = []
    for line in lines:
        pieces = run_in_turns(line.text) if len(line.text) >= _MIN_LENGTH else None
        if pieces is None or len(pieces) == 1:
            out.append(line)
            continue
        if not any(other.text.strip() for other in out):  # the text's first line: its headline too
            pieces = [*_head(pieces[0]), *pieces[1:]]
        out.extend(Line(text=piece, number=line.number) for piece in pieces)
    return out


def _break_count(text: str, *, outside_quotes: bool = False) -> int:
    """The spaces after a sentence end in ``text``. Every break is a space: a line without one
    (most of a story's lines) is answered without the pattern, whose lookbehinds run at every
    character."""
    if " " not in text and "\u3000" not in text:
        return 0
    return len(_break_spans(text, outside_quotes=outside_quotes))


_QUOTE_OPENINGS = "「『“"
_QUOTE_CLOSINGS = "」』”"


# A keyword a page linked inside a sentence, the link's padding kept on both sides where the link
# was removed (…８家拟　创业板　企业…): a short word between two spaces of one kind, Han or a clause
# mark before it, Han after it.
_PADDED_WORD_RE = regex_cache.compile(
    r"(?<=[\u3400-\u9fff，、；：,;:])(?P<space>[ \u3000])(?P<word>[\u3400-\u9fffA-Za-z0-9]{1,8})(?P=space)(?=[\u3400-\u9fff])")
_PADDED_WORDS_MIN = 2  # padded words a line must show inside its sentences before one is read as a link


def _padded_words(text: str) -> frozenset[str]:
    """The words of ``text`` padded as removed links are (see ``_PADDED_WORD_RE``) inside its
    sentences, when it holds two such or more; none otherwise (one such word is as likely a
    phrase the writer set apart)."""
    if "\u3000" not in text and " " not in text:
        return frozenset()
    words = [found.group("word") for found in _PADDED_WORD_RE.finditer(text)]
    return frozenset(words) if len(words) >= _PADDED_WORDS_MIN else frozenset()


def _break_spans(text: str, *, outside_quotes: bool) -> list[tuple[int, int]]:
    """Where ``_BREAK_RE`` breaks ``text``; with ``outside_quotes``, only where no quotation is open
    (a space inside one is the quoted writer's: 「什麼情況？！我分居了？！ 我離婚了？！…」 quotes a
    post) and after a Chinese mark (Latin text's "Why? No." is no paragraph's end). A space that
    pads a linked keyword opening the next sentence (…预披露。　创业板　方面，…, the word padded as
    it is inside the line's sentences) is the link's, not a paragraph's end."""
    spans: list[tuple[int, int]] = []
    depth = 0
    counted = 0
    padded = _padded_words(text)
    for match in _BREAK_RE.finditer(text):
        if padded and _opens_padded(text, match.end(), match.group()[-1], padded):
            continue
        if outside_quotes:
            if text[: match.start()].rstrip(" \u3000”」』）)")[-1:] in "!?":
                continue  # Latin text's question or exclamation: no Chinese paragraph's end
            stretch = text[counted : match.start()]
            depth = max(0, depth + sum(stretch.count(mark) for mark in _QUOTE_OPENINGS)
                        - sum(stretch.count(mark) for mark in _QUOTE_CLOSINGS))
            counted = match.start()
            if depth:
                continue
        spans.append(match.span())
    return spans


def _opens_padded(text: str, at: int, space: str, padded: frozenset[str]) -> bool:
    """``text`` at ``at`` opens with one of the ``padded`` words and the same space after it."""
    end = text.find(space, at, at + 9)
    return end > at and text[at:end] in padded


def _split_at_breaks(text: str, *, outside_quotes: bool) -> list[str]:
    """``text`` cut at its breaks (see ``_break_spans``), the spaces dropped."""
    pieces: list[str] = []
    start = 0
    for begin, end in _break_spans(text, outside_quotes=outside_quotes):
        pieces.append(text[start:begin])
        start = end
    pieces.append(text[start:])
    return pieces


def _ends_in_photo_credit(text: str) -> bool:
    """A line closed by a photo credit counts as flattened sooner: from 80 characters and with one
    break (UDN's ``story。 caption。記者曾增勳／攝影``: a short story with its caption glued under
    it is still two blocks)."""
    return text.endswith(_PHOTO_CREDIT_ENDS) and bool(photographer_of(text))


def _bare_photo_credit(piece: str) -> bool:
    """A piece that is only a photo credit (記者曾吉松／攝影, 陳俊杰攝): it closes the caption
    before it (``…相關疑義。 記者曾吉松／攝影``), never a line of its own."""
    piece = piece.strip()
    return len(piece) <= _CREDIT_MAX and not _SENTENCE_MARK_RE.search(piece) and bool(photographer_of(piece))


def _head(first: str) -> list[str]:
    """``headline 2023-09-20 10:21 来源：浙江日报 记者 王某 本报杭州…`` → the headline, the header
    pieces, the rest; ``first`` as it is when it does not open that way."""
    tokens = _TOKEN_SPLIT_RE.split(first.strip())
    if len(tokens) < 3 or len(tokens[0]) > _TITLE_MAX \
            or (_HEADER_OPENING_RE.match(tokens[0]) and not _DATED_HEADLINE_RE.match(tokens[0])) \
            or not _HEADER_OPENING_RE.match(tokens[1]):
        return [first]
    end = 1
    while end < len(tokens) and (_HEADER_OPENING_RE.match(tokens[end]) or (
            _NAME_TOKEN_RE.match(tokens[end]) and _HEADER_OPENING_RE.match(tokens[end - 1]))):
        end += 1
    if end == len(tokens):
        return [first]
    return [tokens[0], " ".join(tokens[1:end]), " ".join(tokens[end:])]


# A crawler that joined a story's paragraphs with nothing between them (81.cn's records: thousands
# of characters on one line, no space after any full stop) leaves no trace of where they were.
# Read as one paragraph, the story is a wall no reader gets through, in any format; so a line this
# long is cut after a sentence, outside quotation marks, once a piece has this many characters.
_WALL_MIN = 1000
_WALL_PIECE = 200
_SENTENCE_ENDS = "。！？"
_OPENING_QUOTES = "“「『《（("
_CLOSING_QUOTES = "”」』》）)"
_WALL_MARKS_RE = regex_cache.compile(f"[{_SENTENCE_ENDS}{_OPENING_QUOTES}{_CLOSING_QUOTES}]")


def wall_paragraphs(text: str) -> list[str]:
    """``text`` cut into paragraphs of a few sentences when it is a wall of prose, else whole."""
    if len(text) < _WALL_MIN:
        return [text]
    pieces: list[str] = []
    start = depth = 0
    for mark in _WALL_MARKS_RE.finditer(text):  # the marks only: a wall is thousands of characters
        char, at = mark.group(), mark.start()
        if char in _OPENING_QUOTES:
            depth += 1
            continue
        if char in _CLOSING_QUOTES:
            depth = max(0, depth - 1)
            if at == 0 or text[at - 1] not in _SENTENCE_ENDS:
                continue  # a quotation closing mid-sentence (…“印太版北约”，…)
        # after a sentence's end, or a quotation closing one (…这是冷战思维。”)
        if depth == 0 and at + 1 - start >= _WALL_PIECE \
                and at + 1 < len(text) and text[at + 1] not in _CLOSING_QUOTES + _SENTENCE_ENDS:
            pieces.append(text[start : at + 1])
            start = at + 1
    rest = text[start:]
    last_end = max(rest.rfind(mark) for mark in _SENTENCE_ENDS)
    if 0 <= last_end < len(rest) - 1 and rest[last_end + 1] not in _CLOSING_QUOTES:
        # credits glued after the last sentence (…证明不了。校对 /杨洋…版权归原作者所有): a piece of
        # their own, for the credit rules, not words of the story's last paragraph
        pieces.extend((rest[: last_end + 1], rest[last_end + 1 :]))
    elif pieces and len(rest.strip()) < _WALL_PIECE // 4:
        pieces[-1] += rest  # a short closing sentence stays with the piece before it
    elif rest.strip():
        pieces.append(rest)
    return [piece for piece in pieces if piece.strip()] if len(pieces) > 1 else [text]
