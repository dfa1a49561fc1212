"""Punctuation normalisation for Chinese running text (GB/T 15834-2011).

Crawled and hand-typed news mixes half-width marks into Chinese text (``编者按:``,
``(林玲)``, ``,,``). Writers and the summary code want one form, so every block's display
text goes through :func:`normalise`; the block's ``raw`` keeps the source as it was.

Decisions, so that the behaviour is predictable:

* NFC only, never NFKC: compatibility folding would rewrite rare characters (巿 U+5DFF must
  stay 巿) and full-width forms. CJK compatibility ideographs (U+F900…) are left out of NFC
  too, because NFC replaces them with the unified character.
* Full-width digits and letters (``１２日``) are **kept** as written: they are not wrong, only
  old-fashioned, and changing them is a compatibility mapping. Parsers that need numbers
  (dates, point numbers) read them through ``int()``/``str.isdigit``, which accept them.
* A half-width ``, : ; ? !`` becomes full width when it touches Chinese; ``( )`` are paired
  and a pair becomes full width when its content or its outside neighbours are Chinese;
  ASCII ``"`` are paired per text (open/close by position, respecting quotes that are already
  curly) and a pair becomes “ ” when it touches Chinese. Numbers (``1,000``, ``23:10``),
  URLs and e-mail addresses are never touched, nor Latin-only phrases (``Hello, world``).
* Space: runs of white space inside a line become one space; a run that contains an odd
  space (NBSP, thin spaces…) disappears between two Chinese characters; spaces beside a
  full-width punctuation mark are dropped. Ideographic space U+3000 is a deliberate Chinese
  separator and is kept (one), except at the ends.
* An ASCII ``.`` ends a Chinese sentence as ``。`` (``增长1,234.56元.``, ``（同比）.``): a
  lone dot after a Han character or a closing mark, followed by the end, a Chinese mark, or
  a space and Chinese text, in a sentence with more Han characters than Latin words.
  Decimals, versions, URLs, addresses, abbreviations (``U.S.``), English sentences and
  list labels (``一. 概况``) keep it. A dot between two Han characters keeps it where it may be
  a Chinese domain name's (``中国政府网.政务``: a Chinese top-level domain follows) or a label's
  (``一.概况``); between two short names standing alone it is the separator ``·``
  (``中国.北京`` → ``中国·北京``, GB/T 15834 4.14), after a clause the full stop ``。``
  (``经济保持平稳增长.消费回暖`` → ``经济保持平稳增长。消费回暖``); otherwise it stays.
* ASCII single quotes are paired like the double ones and a pair touching Chinese becomes
  ‘ ’ (``“我们要'参军'！”``). A quote between two Latin letters or digits is an apostrophe
  or a prime (``Xi'an``, ``5'30``) and is never a quote; an unpaired one is left alone.
* Two (to four) ``-``, ``－`` or ``―`` between Chinese text are the dash ``——``
  (``走了--再也``); never beside Latin letters or digits (options ``--all``, ranges
  ``2019--2020``, ``1月--3月``), nor inside URLs. A single hyphen or ``—`` is left alone
  (it may be a connecting mark), and so is ``──``, the Taiwan printing of the dash.
* Compatibility forms of punctuation, small (``﹔﹐﹑﹒﹕﹖﹗`` U+FE50…FE6B) and vertical
  (``︐︑︒︓︔︕︖︙︵︶…`` U+FE10…FE19, FE30…FE44), are read as NFKC reads them (a
  half-width mark, or ``、。〔〕「」`` …) and the rules above then pick the full-width form
  beside Chinese: ``中﹔文`` → ``中；文``. Two exceptions: ``︰`` (U+FE30, Big5's lookalike
  colon) is a colon, not NFKC's two-dot leader ``‥``; and the small full stop ``﹒`` after
  Chinese is ``。`` even before a Han character (no domain name is written with it). The
  overlines, low lines and sesame dots of that block are left alone: they are not marks of
  running text. Nothing else is NFKC-folded (see the first point).
* Doubled marks collapse: ``，，`` → ``，``, ``。，`` → ``。``.
* An ellipsis after Chinese text is the two-em ``……``: ``...``, ``..``, ``。。。`` and a lone
  ``…`` become ``……`` (GB/T 15834 4.11); dots after Latin text or digits stay.

The function is idempotent (it runs its single pass to a fixed point, which exists because
every step only ever turns ASCII marks into full-width ones, folds a compatibility form for
good, or shortens the text) and never removes a Han character or a digit.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import regex_cache

__all__ = ["han_chars", "han_count", "is_cjk", "is_han", "normalise"]

# Characters that make a neighbouring ASCII mark "Chinese": Han, kana, CJK symbols and
# punctuation, full-width forms, and the curly quotes Chinese text uses.
_CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # kana
    (0x3100, 0x312F),  # bopomofo
    (0x3190, 0x31FF),
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFF60),  # full-width forms
    (0x20000, 0x3FFFF),  # extensions B…
)
_HAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3FFFF),
)
# The same ranges as a pattern: counting with a regex is several times faster than per character,
# and counting runs (one match per run, not per character) three times faster again.
_HAN_RUN_RE = regex_cache.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _HAN_RANGES) + "]+")
_CURLY = "“”‘’"

# Spaces that are not the plain ASCII space: they disappear between Chinese characters.
_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"

_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_FULLWIDTH_PUNCT = "，。、；：？！（）“”‘’《》〈〉【】〔〕「」『』"

# An address's local part starts where a run of its characters starts: tried from every
# position of a long run without an @ (1.1.1.1…, 100 KB of dots), it scanned to the run's end
# each time, quadratic (35 s for 100 KB). From inside a run it can match only where the run's
# start already did, so the lookbehind finds the same addresses.
_URL_RE = regex_cache.compile(
    r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"
    r"|www\.[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"
    r"|(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"
)
_ASCII_MARKS_RE = regex_cache.compile("[,:;?!]")
_SPACE_RUN_RE = regex_cache.compile(f"[ \t\r\n\f\v{_ODD_SPACES}]+")
_IDEO_SPACE_RUN_RE = regex_cache.compile("\u3000{2,}")
_DOUBLED_RE = regex_cache.compile(r"([，、；：])\1+")
_STOP_THEN_COMMA_RE = regex_cache.compile(r"([。！？])[，、]+")
_COMMA_THEN_STOP_RE = regex_cache.compile(r"[，、]+。")
_ELLIPSIS_RE = regex_cache.compile(r"\.{2,}|。{3,}|…+")
_SPACE_BY_PUNCT_RE = regex_cache.compile(f" +(?=[{_FULLWIDTH_PUNCT}])|(?<=[{_FULLWIDTH_PUNCT}]) +")
_INVISIBLE = "\u200b\u200e\u200f\u2060\ufeff\u00ad"
_INVISIBLE_RE = regex_cache.compile(f"[{_INVISIBLE}]")
# Compatibility forms of punctuation (small forms, vertical presentation forms): what NFKC
# reads them as, except ︰ (Big5 A14A, typed as a colon). Built here rather than listed: the
# table is the Unicode data's, and a block's unassigned or non-mark code points stay out.
_COMPAT_MARKS: dict[int, str] = {
    code: ":" if code == 0xFE30 else unicodedata.normalize("NFKC", chr(code))
    for code in (*range(0xFE10, 0xFE1A), *range(0xFE30, 0xFE45), *range(0xFE50, 0xFE6C))
    if code == 0xFE30 or unicodedata.normalize("NFKC", chr(code)) != chr(code)
}
_CLOSERS = "）》】」』〕〉〗”’"
_HAN_OR_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"  # Japanese ends with 。 too
_HAN_OR_KANA_RE = regex_cache.compile(f"[{_HAN_OR_KANA}]")
_COMPAT = "\ufe10-\ufe19\ufe30-\ufe44\ufe50-\ufe6b"
_COMPAT_RE = regex_cache.compile(f"[{_COMPAT}]")
# The small full stop is a CJK encoding's sentence stop: after Chinese it is 。 even where an
# ASCII dot is left alone (before Han, where a dot may be a domain's: 中国政府网.政务).
_SMALL_STOP_RE = regex_cache.compile(f"(?<=[{_HAN_OR_KANA}{_CLOSERS}])[\ufe52]")
# One scan finds what is rare in news text: characters to delete, forms to fold, and the wide
# hyphens a dash may be written with (－－, ――; alone, ― is a range's connector: 2021―2035).
_RARE_RE = regex_cache.compile(f"[{_INVISIBLE}{_COMPAT}－―]")
# Fast-path tests, each true whenever the step it guards could change the text (most paragraphs
# of clean news text need none of the ASCII-mark steps and none of the space or doubling fixes).
# Plain character classes: the engine scans for them in C; alternations are tried at every position.
_ODD_WHITE_RE = regex_cache.compile(f"[\t\r\n\f\v{_ODD_SPACES}]")
# Each of the three doubling fixes needs two marks in a row. Written as two classes, not [...]{2}:
# a pattern that opens with a plain class is scanned for it in C, a repeat is tried at every position.
_MARK_PAIR_RE = regex_cache.compile("[，、；：。！？][，、；：。！？]")
# (``--`` is tested apart, with ``in``: a lone hyphen is too common to trigger anything.)
_ASCII_TRIGGER_CHARS = ",:;?!()\"'.…"
_ASCII_TRIGGERS_RE = regex_cache.compile(f"[{_ASCII_TRIGGER_CHARS}]|。。。")
# Every character the steps before _tight may act on, in one class (the rare marks, odd white
# space, the ASCII triggers): a line with none of them, nor a run tested with ``in``, goes
# straight to _tight, one scan instead of three (nearly every line of clean Chinese text).
_BUSY_RE = regex_cache.compile(f"[{_INVISIBLE}{_COMPAT}－―\t\r\n\f\v{_ODD_SPACES}{_ASCII_TRIGGER_CHARS}]")


def _in(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


@lru_cache(maxsize=4096)
def is_cjk(char: str) -> bool:
    """True for characters that make adjacent punctuation Chinese (Han, kana, CJK marks)."""
    return bool(char) and (char in _CURLY or _in(ord(char), _CJK_RANGES))


@lru_cache(maxsize=4096)
def is_han(char: str) -> bool:
    """True for Han ideographs (the unit of the "nothing lost" guarantee)."""
    if not char:
        return False
    code = ord(char)
    for low, high in _HAN_RANGES:  # noqa: SIM110 - a plain loop: no generator made for every character asked
        if low <= code <= high:
            return True
    return False


_HAN_CHAR_RE = regex_cache.compile(_HAN_RUN_RE.pattern[:-1])  # one Han character: the class of _HAN_RUN_RE


def han_chars(text: str) -> list[str]:
    """The Han characters of ``text``, in order (``[c for c in text if is_han(c)]``, found in C)."""
    return _HAN_CHAR_RE.findall(text)


def han_count(text: str) -> int:
    """Han characters in ``text``: the unit of Chinese length budgets and thresholds.

    One definition for readers, structure and summaries, so a "15 Han characters" threshold
    means the same everywhere.
    """
    return sum(map(len, _HAN_RUN_RE.findall(text)))


def _protected(text: str) -> list[bool]:
    """Mask of positions inside URLs, e-mail addresses and code calls, which keep ASCII punctuation."""
    mask = [False] * len(text)
    if "(" in text:
        for start, end in _code_calls(text):
            mask[start:end] = [True] * (end - start)
    if "." not in text:
        return mask  # every URL and address has a dot
    for match in _URL_RE.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in ".,;:!?)'\"":
            end -= 1
        for i in range(match.start(), end):
            mask[i] = True
    return mask


# A function or method call in a tech post's prose or code (print('退出缩进'), stack.callback(f),
# defer(func)): an identifier written straight against "(". Its marks are the program's, not
# the sentence's; turned full width (print（‘退出缩进’）) the code no longer reads as code.
_CALL_RE = regex_cache.compile(r"(?<![A-Za-z0-9_])[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*\(")
_CALL_SPAN_MAX = 240  # characters scanned for the closing parenthesis
# One argument: keyword=, then a string literal (with a prefix: f'…'), a number, a name, a
# call or a bracketed value. A phrase of several words (XSS(Cross Site Scripting)) is not one.
_CALL_ARG_RE = regex_cache.compile(
    r"\*{0,2}(?:[A-Za-z_]\w*\s*=\s*)?(?:[frbuFRBU]{0,2}'[^']*'|[frbuFRBU]{0,2}\"[^\"]*\"|-?\d[\d_.]*"
    r"|[A-Za-z_][\w.]*(?:\(.*\)|\[.*\])*|\{.*\}|\[.*\]|\(.*\)|\.\.\.|…)"
)
# A lower-case name over lower-case parameters (defer(fn), f(x), callback(…)): code, not the
# capitalised gloss of a name (Windows(XP)).
_PARAMS_RE = regex_cache.compile(r"(?:[a-z_][a-z0-9_]*|\.\.\.|…)(?:\s*,\s*(?:[a-z_][a-z0-9_]*|\.\.\.|…))*")
_STRING_LITERAL_RE = regex_cache.compile(r"'[^']*'|\"[^\"]*\"")


def _closing_paren(text: str, start: int) -> int | None:
    """Index of the ")" that closes the "(" at ``start``, skipping quoted strings; None if none is near."""
    depth = 0
    quote = ""
    for i in range(start, min(len(text), start + _CALL_SPAN_MAX)):
        char = text[i]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"" and not (text[i - 1].isascii() and text[i - 1].isalnum() and char == "'"
                                    and text[i - 1] not in "frbuFRBU"):
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _top_level_args(inside: str) -> list[str]:
    """The arguments of a call, split at the commas outside brackets and strings."""
    parts: list[str] = []
    depth, quote, start = 0, "", 0
    for i, char in enumerate(inside):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(inside[start:i])
            start = i + 1
    parts.append(inside[start:])
    return [part.strip() for part in parts]


def _code_calls(text: str) -> list[tuple[int, int]]:
    """Spans of calls written as code: the name has a dot or an underscore (os.path.join(…),
    add_ts(…)), a lower-case name takes lower-case parameters (defer(fn)), or the arguments are a
    program's (nothing, a string literal, a keyword, a nested call). Han characters only inside string literals: 苹果(Apple)公司 and 世卫(WHO) are prose."""
    spans: list[tuple[int, int]] = []
    for match in _CALL_RE.finditer(text):
        if spans and match.start() < spans[-1][1]:
            continue
        close = _closing_paren(text, match.end() - 1)
        if close is None:
            continue
        inside = text[match.end():close]
        if han_count(_STRING_LITERAL_RE.sub("", inside)):
            continue
        args = _top_level_args(inside) if inside.strip() else []
        if not all(_CALL_ARG_RE.fullmatch(arg) for arg in args):
            continue
        name = match.group()[:-1]
        coded = "." in name or "_" in name or (match.start() > 0 and text[match.start() - 1] == ".") \
            or (name[0].islower() and _PARAMS_RE.fullmatch(inside.strip()) is not None)
        if coded or not args or any(arg[-1:] in "'\")]}" or "=" in arg for arg in args):
            spans.append((match.start(), close + 1))
    return spans


def _spaces(text: str) -> str:
    """Collapse white-space runs; drop odd-space runs between Chinese characters."""
    if "  " not in text and "\u3000\u3000" not in text and not _ODD_WHITE_RE.search(text):
        return text  # single ASCII spaces and single U+3000 stay as they are

    def replace(match: re.Match[str]) -> str:
        run = match.group(0)
        before = text[match.start() - 1] if match.start() > 0 else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if any(ch in _ODD_SPACES for ch in run) and is_cjk(before) and is_cjk(after):
            return ""
        return " "

    text = _SPACE_RUN_RE.sub(replace, text)
    return _IDEO_SPACE_RUN_RE.sub("\u3000", text)


def _next_visible(text: str, index: int) -> str:
    while index < len(text) and text[index] == " ":
        index += 1
    return text[index] if index < len(text) else ""


def _marks(text: str, mask: list[bool]) -> str:
    """Half-width , : ; ? ! beside Chinese become full width (numbers and URLs excepted)."""
    if not _ASCII_MARKS_RE.search(text):
        return text
    chars = list(text)
    changed = True
    while changed:  # a run of marks (中,,,) converts as a whole: neighbours are re-read
        changed = False
        current = "".join(chars)
        for i, ch in enumerate(chars):
            if ch not in ",:;?!" or mask[i]:
                continue
            before = chars[i - 1] if i > 0 else ""
            after = chars[i + 1] if i + 1 < len(chars) else ""
            if ch in ",:" and before.isdigit() and after.isdigit():
                continue  # 1,000 and 23:10
            if is_cjk(before) or is_cjk(_next_visible(current, i + 1)):
                chars[i] = _FULL[ch]
                changed = True
    return "".join(chars)


def _parens(text: str, mask: list[bool]) -> str:
    """Pair ASCII parentheses; a pair touching Chinese (inside or outside) becomes （ ）."""
    if "(" not in text and ")" not in text:
        return text
    chars = list(text)
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    lone: list[int] = []
    for i, ch in enumerate(text):
        if mask[i]:
            continue
        if ch in "(（":
            stack.append(i)
        elif ch in ")）":
            if stack:
                pairs.append((stack.pop(), i))
            elif ch == ")":
                lone.append(i)
    lone.extend(i for i in stack if text[i] == "(")
    for start, end in pairs:
        if text[start] != "(" and text[end] != ")":
            continue
        inside = text[start + 1 : end]
        outside = (text[start - 1] if start > 0 else "", text[end + 1] if end + 1 < len(text) else "")
        if any(is_cjk(c) for c in inside) or any(is_cjk(c) for c in outside) or "（" in (text[start], text[end]) or "）" in (text[start], text[end]):
            chars[start], chars[end] = "（", "）"
    for i in lone:
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if is_cjk(before) or is_cjk(after):
            chars[i] = _FULL[text[i]]
    return "".join(chars)


def _quotes(text: str, mask: list[bool]) -> str:
    """ASCII double quotes become “ ” by position, paired with any curly quotes present."""
    if '"' not in text:
        return text
    chars = list(text)
    opened: int | None = None  # index of the currently open quote, ASCII or curly
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if mask[i]:
            continue
        if ch == "“":
            opened = i
        elif ch == "”":
            if opened is not None:
                pairs.append((opened, i))
            opened = None
        elif ch == '"':
            if opened is None:
                opened = i
            else:
                pairs.append((opened, i))
                opened = None
    paired: set[int] = set()
    for start, end in pairs:
        paired.update((start, end))
        if text[start] == "“" and text[end] == "”":
            continue
        inside = text[start + 1 : end]
        outside = (text[start - 1] if start > 0 else "", text[end + 1] if end + 1 < len(text) else "")
        curly = text[start] == "“" or text[end] == "”"
        if curly or any(is_cjk(c) for c in inside) or any(is_cjk(c) for c in outside):
            chars[start], chars[end] = "“", "”"
    for i, ch in enumerate(text):
        if ch != '"' or i in paired or mask[i]:
            continue
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if is_cjk(before) or is_cjk(after):
            # An unpaired quote opens when text follows it and closes when text precedes it.
            chars[i] = "“" if (not before or before in " \u3000（(：:，,。") and after else "”"
    return "".join(chars)


def _ellipsis(text: str, mask: list[bool]) -> str:
    """Chinese ellipsis: ``……`` after a Chinese character (never inside URLs)."""
    if "." not in text and "…" not in text and "。。。" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        start = match.start()
        if mask[start] or start == 0 or not is_cjk(text[start - 1]) or text[start - 1] == "…":
            return match.group(0)
        return "……"

    return _ELLIPSIS_RE.sub(replace, text)


def _apostrophe_side(char: str) -> bool:
    """A Latin letter or digit: a quote mark touching one on that side cannot open/close there."""
    return char.isascii() and char.isalnum()


def _nests(inside: str) -> bool:
    """Double quotes inside a single-quoted span open and close there, in that order."""
    if '"' in inside and inside.count('"') % 2:
        return False
    depth = 0
    for char in inside:
        if char in "“”":
            depth += 1 if char == "“" else -1
            if depth < 0:
                return False
    return depth == 0


_SINGLE_QUOTE_RE = regex_cache.compile("['‘’]")


def _single_quotes(text: str, mask: list[bool]) -> str:
    """ASCII single quotes paired (with any curly ones) like double quotes; a pair touching
    Chinese becomes ‘ ’. Apostrophes and primes (a Latin letter or digit on both sides) are
    not quotes; a quote after one can only close, before one only open; lone ones stay."""
    if "'" not in text:
        return text
    opened: int | None = None
    pairs: list[tuple[int, int]] = []
    for match in _SINGLE_QUOTE_RE.finditer(text):
        i, ch = match.start(), match.group()
        if mask[i]:
            continue
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        latin_before, latin_after = _apostrophe_side(before), _apostrophe_side(after)
        if ch == "‘":
            opened = i
            continue
        if latin_before and latin_after:
            continue  # Xi'an, don't, don’t, 5'30
        can_open, can_close = ch == "'" and not latin_before, not latin_after
        if opened is not None and can_close:
            pairs.append((opened, i))
            opened = None
        elif can_open:
            opened = i
    if not pairs:
        return text
    chars = list(text)
    for start, end in pairs:
        if text[start] == "‘" and text[end] == "’":
            continue
        inside = text[start + 1 : end]
        outside = (text[start - 1] if start > 0 else "", text[end + 1] if end + 1 < len(text) else "")
        if not _nests(inside):
            continue  # a pair nests inside double quotes, never straddles one
        curly = text[start] == "‘" or text[end] == "’"
        if curly or any(is_cjk(c) for c in inside) or any(is_cjk(c) for c in outside):
            chars[start], chars[end] = "‘", "’"
    return "".join(chars)


# A dot after a Han character or a closing mark and not before another dot: the engine finds the
# few candidates, so a paragraph of decimals and versions costs one scan.
_STOP_CANDIDATE_RE = regex_cache.compile(f"\\.(?<=[{_HAN_OR_KANA}{_CLOSERS}]\\.)(?!\\.)")
_SENTENCE_END_RE = regex_cache.compile("[。！？!?]")
_LATIN_WORD_RE = regex_cache.compile("[A-Za-z]+")
_LIST_LABEL_RE = regex_cache.compile(r"\s*第?[一二三四五六七八九十百千零〇两]+\s*")


def _chinese(char: str) -> bool:
    """Chinese text proper (CJK marks and full-width forms included), not full-width Latin
    letters and digits, which are Latin written wide."""
    return (is_cjk(char) and not char.isalnum()) or bool(char and _HAN_OR_KANA_RE.match(char))


# The top-level domains written in Chinese (中国政府网.政务, 新华网.中国): a dot before one is a
# domain name's. Only the ones a Chinese text would name.
_HAN_DOMAINS = frozenset((
    "中国", "中國", "公司", "网络", "網絡", "政务", "政務", "公益", "在线", "在線", "网址", "網址", "商城", "商标", "商標",
    "中文网", "中文網", "集团", "集團", "企业", "企業", "网店", "網店", "信息", "香港", "台湾", "台灣", "澳門", "新加坡",
))
_HAN_RUN_MAX = 12  # Han characters looked at on either side of a dot
_NAME_PART_MAX = 4  # a part of a compound name (中国.北京 → 中国·北京)
_CLAUSE_HAN = 6  # Han characters before the dot in its sentence that make it a clause
_CLAUSE_WINDOW = 64  # characters looked back for them
_NUMERALS = frozenset("一二三四五六七八九十百千零〇两")


def _han_run(text: str, start: int, step: int) -> int:
    """How many Han characters run from ``start`` in direction ``step`` (at most _HAN_RUN_MAX)."""
    count = 0
    index = start
    while 0 <= index < len(text) and count < _HAN_RUN_MAX and _HAN_OR_KANA_RE.match(text, index):
        count += 1
        index += step
    return count


def _in_address(text: str, start: int, end: int) -> bool:
    """Han text from ``start`` to ``end`` that is a host name's: after ``://``, ``www.`` or ``@``,
    or followed by a path or a Latin label (例子.测试/页面, 例子.测试.cn)."""
    if text.endswith(("://", "www.", "@"), 0, start) or text.startswith("/", end):
        return True
    return text.startswith(".", end) and end + 1 < len(text) and text[end + 1].isascii() and text[end + 1].isalnum()


def _between_han(text: str, i: int) -> str | None:
    """The mark an ASCII ``.`` between two Han characters stands for, or None to keep it.

    A domain name keeps it (中国政府网.政务: a Chinese top-level domain follows, and runs to the
    end of the Han text), and so does a list label (一.概况). Between two short names standing
    alone it is the separator GB/T 15834 4.14 writes ``·`` (中国.北京 → 中国·北京); after a
    clause it ends the sentence, ``。`` (经济保持平稳增长.消费… → 。)."""
    left, right = _han_run(text, i - 1, -1), _han_run(text, i + 1, 1)
    if not left or not right:
        return None
    if text[i + 1 : i + 1 + right] in _HAN_DOMAINS or _in_address(text, i - left, i + 1 + right):
        return None
    words = text[i - left : i]
    if all(char in _NUMERALS for char in words):
        return None  # 一.概况, 第三.一条: a label's number
    bounded = i - left == 0 or not _HAN_OR_KANA_RE.match(text, i - left - 1)
    ends = i + 1 + right >= len(text) or not _HAN_OR_KANA_RE.match(text, i + 1 + right)
    if bounded and ends and 2 <= left <= _NAME_PART_MAX and 2 <= right <= _NAME_PART_MAX:
        return "·"
    start = max(0, i - _CLAUSE_WINDOW)  # a bounded look back: a text of many dots stays linear
    for end in _SENTENCE_END_RE.finditer(text, start, i):
        start = end.end()
    if han_count(text[start:i]) >= _CLAUSE_HAN and left >= 2 and right >= 2:
        return "。"
    return None


def _stops(text: str) -> str:
    """A lone ASCII ``.`` that ends a Chinese sentence becomes ``。``."""
    if "." not in text:
        return text
    chars: list[str] | None = None
    mask: list[bool] | None = None
    for match in _STOP_CANDIDATE_RE.finditer(text):
        i = match.start()
        after = _next_visible(text, i + 1)
        if _HAN_OR_KANA_RE.match(text, i + 1):
            mark = _between_han(text, i)
            if mark is not None:
                mask = _protected(text) if mask is None else mask
                if not mask[i]:
                    chars = list(text) if chars is None else chars
                    chars[i] = mark
            continue  # 中国政府网.政务 (a domain) and 一.概况 (a label) keep it
        if after and not _chinese(after):
            continue  # 人民网.cn, 中国. The end
        start = 0
        for end in _SENTENCE_END_RE.finditer(text, 0, i):
            start = end.end()
        sentence = text[start:i]
        han = han_count(sentence)
        if not han or han <= len(_LATIN_WORD_RE.findall(sentence)) or _LIST_LABEL_RE.fullmatch(sentence):
            continue  # Welcome to 北京. / 一. 概况
        mask = _protected(text) if mask is None else mask
        if mask[i]:
            continue
        if chars is None:
            chars = list(text)
        chars[i] = "。"
    return text if chars is None else "".join(chars)


_DASH_RE = regex_cache.compile(r"(?<![-－―])(?:-{2,4}|－{2,4}|―{2,4})(?![-－―])")


def _dashes(text: str, wide: bool) -> str:
    """Two to four hyphens (``--``, ``－－``, ``――``) between Chinese text: the dash ``——``.
    ``wide``: the text holds ``－－`` or ``――`` (known from the rare-character scan)."""
    if not wide and "--" not in text:
        return text
    mask: list[bool] = []

    def replace(match: re.Match[str]) -> str:
        start, end = match.span()
        k = start - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        before = text[k] if k >= 0 else ""
        after = _next_visible(text, end)
        if not (_chinese(before) and _chinese(after)):
            return match.group(0)  # ls --all, 2019--2020, 1月--3月, <!--, a rule line (-----)
        if not mask:
            mask.extend(_protected(text))
        return match.group(0) if mask[start] else "——"

    return _DASH_RE.sub(replace, text)


def _tight(text: str) -> str:
    """Drop ASCII spaces beside full-width punctuation and doubled marks."""
    if " " in text:
        text = _SPACE_BY_PUNCT_RE.sub("", text)
    if not _MARK_PAIR_RE.search(text):
        return text
    text = _DOUBLED_RE.sub(r"\1", text)
    text = _STOP_THEN_COMMA_RE.sub(r"\1", text)
    return _COMMA_THEN_STOP_RE.sub("。", text)


_COMPAT_IDEOGRAPHS_RE = regex_cache.compile("([\uf900-\ufaff\U0002f800-\U0002fa1f]+)")


def _nfc(text: str) -> str:
    """NFC, except CJK compatibility ideographs: NFC would swap them for the unified
    character, and a rare character must stay exactly as the source wrote it."""
    if unicodedata.is_normalized("NFC", text):
        return text  # also means no compatibility ideograph: NFC would replace it
    if not _COMPAT_IDEOGRAPHS_RE.search(text):
        return unicodedata.normalize("NFC", text)
    parts = _COMPAT_IDEOGRAPHS_RE.split(text)
    return "".join(part if i % 2 else unicodedata.normalize("NFC", part) for i, part in enumerate(parts))


def _once(text: str) -> str:
    text = _nfc(text)
    if _BUSY_RE.search(text) is None and "  " not in text and "\u3000\u3000" not in text and "--" not in text \
            and "。。。" not in text:
        return _tight(text).strip(" \u3000")  # no step before _tight has anything to change
    wide_dash = False
    if _RARE_RE.search(text):
        if _INVISIBLE_RE.search(text):
            text = _INVISIBLE_RE.sub("", text)
        if _COMPAT_RE.search(text):
            text = _SMALL_STOP_RE.sub("。", text).translate(_COMPAT_MARKS)
        wide_dash = "－－" in text or "――" in text
    text = _spaces(text)
    if _ASCII_TRIGGERS_RE.search(text) or "--" in text or wide_dash:  # else every step below returns text as it is
        masked = text
        mask = _protected(text)
        text = _parens(_marks(text, mask), mask)
        if text != masked:  # the mask is re-read only for a changed text (a mark next to a URL moves its end)
            masked, mask = text, _protected(text)
        text = _single_quotes(_quotes(text, mask), mask)
        if text != masked:
            mask = _protected(text)
        text = _dashes(_stops(_ellipsis(text, mask)), wide_dash)
    text = _tight(text)
    return text.strip(" \u3000")


def _display_ready(text: str) -> bool:
    """Whether no step of ``_once`` has anything to change in ``text`` but its ends: NFC already,
    none of the characters the steps act on, no doubled space or mark, no ASCII space (the common
    case of a clean paragraph; the same tests ``_once`` and ``_tight`` make, made once)."""
    return unicodedata.is_normalized("NFC", text) and _BUSY_RE.search(text) is None and " " not in text \
        and "\u3000\u3000" not in text and "--" not in text and "。。。" not in text and _MARK_PAIR_RE.search(text) is None


# Texts normalise has returned as fixed points (a pass of _once left them as they were), so that
# normalising one again (the rules normalise a paragraph's text, a title, a header line once more)
# is a look-up. Only proven fixed points go in: the answer is the one the passes would give.
_FIXED: dict[str, None] = {}
_FIXED_MAX = 4096  # then it starts again: the texts of the last few articles are the ones asked again
_FIXED_CHARS = 1000  # a paragraph; a longer text is not kept (4096 of them would be megabytes)


def _fixed(text: str) -> str:
    if len(text) <= _FIXED_CHARS:
        if len(_FIXED) >= _FIXED_MAX:
            _FIXED.clear()
        _FIXED[text] = None
    return text


def normalise(text: str) -> str:
    """GB/T 15834 display form of one paragraph (see the module notes for every decision)."""
    if text in _FIXED:
        return text
    if _display_ready(text):
        return _fixed(text.strip(" \u3000"))  # what the passes of _once come to for such a text: its ends trimmed
    for _ in range(32):
        result = _once(text)
        if result == text:
            return _fixed(result)
        text = result
    return text
