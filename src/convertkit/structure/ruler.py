"""The machinery of the news rules: paragraphs, matches, context and the named ruler.

markdown-it-py's ``Ruler`` is the model: rules are small named functions in an ordered list,
and a caller changes the list (insert before/after a name, disable, enable, replace) rather
than the rules. Here the ruler is immutable, so the default one can be shared freely.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from .. import regex_cache
from ..model import Block
from ..readers.base import Hints
from ..transforms.punctuation import normalise

__all__ = ["Context", "Match", "Para", "Rule", "RuleFunc", "Ruler", "strip_markup"]

_EMPTY: Mapping[str, Any] = MappingProxyType({})
_TAG_RE = regex_cache.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,300})?/?>")


# [文字](url "title"); a page converted to markdown also leaves links with no target ([更多]()) or
# only a title ([收藏]( "分享本资源给好友")): the words stay, the empty link does not.
# A target may hold one level of balanced brackets, as CommonMark allows (a WeChat exporter's
# [某某发布](javascript:void(0);)).
_MD_TARGET = r"(?:[^()\s]|\([^()\s]*\))*"
_MD_LINK_RE = regex_cache.compile(rf"!?\[([^\[\]]*)\]\({_MD_TARGET}(?:\s*\"[^\"]*\")?\)")
# A reference link ([文字][1]) and the definition it points to, alone on its line ([1]: https://…),
# as clippers write links when set to (MarkDownload's "referenced" style); words in Han, not a
# script's t[c][0].
_MD_REFERENCE_RE = regex_cache.compile(r"\[([^\[\]]*[\u3400-\u9fff][^\[\]]*)\]\[[^\[\]\s]{0,20}\]")
_MD_DEFINITION_RE = regex_cache.compile(
    r"\[[^\[\]]{1,40}\]:\s+<?(?:[A-Za-z][A-Za-z0-9+.-]*:|/|\.|#|www\.)\S*?>?(?:\s+\"[^\"]*\")?")
_MD_LINK_DEPTH = 3
# A picture whose alt text only says it is one (![Image](…), ![图片](…), ![cover_image](…) as the
# WeChat exporters write the post's cover): nothing to read, where its alt became a paragraph.
# Jina Reader numbers every picture (![Image 3](…) when the page gave no alt text); a note-taking
# app's export names the picture by its file (![abc123.jpg](../_resources/abc123.jpg)).
_MD_PLACEHOLDER_IMAGE_RE = regex_cache.compile(
    r"!\[\s*(?:(?:image|img|picture|photo|pic|cover|cover_image|图片|圖片|图|圖|封面|配图|配圖|题图|題圖)(?:\s*\d{1,3})?"
    r"|[\w.~%-]{1,80}\.(?:jpe?g|png|gif|webp|bmp|svg|avif|heic))?\s*\]"
    rf"\({_MD_TARGET}(?:\s*\"[^\"]*\")?\)", re.IGNORECASE)
# Jina Reader's numbering before a picture's own alt text (![Image 1: 这是…](…)): not the page's words.
_MD_NUMBERED_ALT_RE = regex_cache.compile(r"(?<=!\[)Image \d{1,3}:\s*")
# Markdown's backslash escapes (\- \. \* \_ \[ \#), which HTML-to-markdown converters (Turndown in
# MarkDownload and Obsidian's clipper, markdownify) put before marks that would read as markup:
# 1\. 经济增长…, 2024\-01\-23. Only the marks they escape (a full stop only after a number opening the line), and only in
# a line with Han in it: a script's line read as text (<\/script>, baidu\.com) keeps its own.
_MD_ESCAPE_RE = regex_cache.compile(r"\\([-\\*_+=#`\[\]>~|!()])|(?<=^\d)\\(\.)|(?<=^\d\d)\\(\.)")
# A blockquote's marks opening the line (> 会议强调…, > > nested), each with its space as clippers
# write them (>>更多 is a link's arrows): the quotation's words stay.
_HAN_RE = regex_cache.compile(r"[\u3400-\u9fff]")
_MD_QUOTE_RE = regex_cache.compile(r"^(?:>(?:[ \t]+|$))+")
# A whole line in markdown's light emphasis (*图：某某门户网站*, as clippers set a picture's caption).
_MD_EMPHASIS_LINE_RE = regex_cache.compile(r"([*_])(?=[^\s*_])([^*_]+?)(?<=[^\s*_])\1")
# Light emphasis of a word set apart by spaces inside a line (原创 张明 *2024年05月10日 18:30* *北京*),
# as a clipper writes a span of its own (5*3*2 is arithmetic, /*注释*/ a script's comment, and a
# star inside a sentence, 据*初步*统计, stays as written).
_MD_EMPHASIS_RE = regex_cache.compile(
    r"(?<!\S)\*(?=[^\s!-/:-@\[-`{-~])([^*\n]+?)(?<=[^\s!-/:-@\[-`{-~])\*(?!\S)")
_MD_BULLETS = ("*", "-")  # not +: a "+ 关注" follow button is no list item
_MD_BULLET_RE = regex_cache.compile(r"^[*-][ \t]+(?=\S)")
_ENTITY_RE = regex_cache.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_MD_STRONG_RE = regex_cache.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def strip_markup(text: str) -> str:
    """Source text without inline markup: HTML tags (markdown transcripts carry
    ``<p><strong>``), markdown links and images (``[查看原文](https://…)`` → 查看原文) and
    ``**strong**``, HTML entities (``&nbsp;``). The Para keeps the line as written in ``raw``."""
    written = text
    if "<" in text:
        text = _TAG_RE.sub("", text)
    # Each mark's first character asked first: a test for one character is a scan in C many times
    # as fast as one for two, and most lines hold none of these (a Chinese line's marks are full-width).
    if text[:1] == ">":
        text = _MD_QUOTE_RE.sub("", text)
    if "!" in text and "![" in text:
        text = _MD_PLACEHOLDER_IMAGE_RE.sub("", _MD_NUMBERED_ALT_RE.sub("", text))
    if text[:1] == "[" and "]:" in text and _MD_DEFINITION_RE.fullmatch(text):
        return ""  # a reference link's definition: an address, nothing to read
    depth = 0
    while depth < _MD_LINK_DEPTH and "]" in text and "](" in text:  # a linked picture, [![](img.jpg)](img.jpg), is a link in a link
        text = _MD_LINK_RE.sub(r"\1", text)
        depth += 1
    if "][" in text:
        text = _MD_REFERENCE_RE.sub(r"\1", text)
    if ("*" in text and "**" in text) or ("_" in text and "__" in text):
        text = _MD_STRONG_RE.sub(r"\2", text)
    if text[:1] in "*_" and text[-1:] == text[:1] and (emphasis := _MD_EMPHASIS_LINE_RE.fullmatch(text)):
        text = emphasis.group(2)
    if "*" in text and text.count("*") >= 2 and text[:1] != "*":
        text = _MD_EMPHASIS_RE.sub(r"\1", text)
    if text[:1] in _MD_BULLETS:
        # a markdown list item (* 条目, - 条目) shows a bullet; a marker left alone when its item
        # (a picture) was stripped holds nothing; a line closed by its opening mark is decoration (- 完 -)
        if text.strip() in _MD_BULLETS:
            text = "" if text != written else text  # a line of only * stays as written
        elif text.rstrip()[-1:] != text[0]:
            text = _MD_BULLET_RE.sub("• ", text)
    if "\\" in text and _HAN_RE.search(text):  # after the bullets: an escaped mark (\- 完) is the mark itself
        text = _MD_ESCAPE_RE.sub(lambda found: found.group(1) or found.group(2) or found.group(3), text)
    if "&" in text and _ENTITY_RE.search(text):
        import html  # on first need: its entity table is most of the import time of this module

        text = html.unescape(text)  # &nbsp; &amp; &#8220; left in text once its tags are gone
    return text.strip()


@dataclass(frozen=True, slots=True)
class Para:
    """One source paragraph: ``raw`` the exact stripped line, ``body`` what is left to read."""

    raw: str
    body: str
    number: int
    text: str = field(default="", compare=False)  # normalise(body), computed once

    def __init__(self, raw: str, body: str, number: int, text: str = "") -> None:
        # Written out, where dataclass stores each field with object.__setattr__ and then calls
        # __post_init__: the builder makes a Para of every line, and this costs half as much.
        # The slots' own setters store the fields; to everyone else the class stays frozen.
        set_raw, set_body, set_number, set_text = _PARA_SETTERS
        set_raw(self, raw)
        set_body(self, body)
        set_number(self, number)
        set_text(self, text or normalise(body))

    def rest(self, body: str) -> Para:
        return Para(raw=self.raw, body=body.strip(), number=self.number)


_PARA_SETTERS = (Para.raw.__set__, Para.body.__set__, Para.number.__set__, Para.text.__set__)  # type: ignore[misc,attr-defined]


@dataclass(frozen=True, slots=True)
class Match:
    """What a rule decided: blocks, facts for Meta, and how much of the input it used.

    ``meta`` keys are Meta field names plus a few builder keys (``source_agency``,
    ``header_raw``); tuple values are appended to what is there, other values set once.
    """

    blocks: tuple[Block, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    consumed: int = 1
    rest: Para | None = None  # the remainder, for the rules after this one
    after: tuple[Block, ...] = ()  # blocks that follow the remainder's blocks

    def __init__(self, blocks: tuple[Block, ...] = (), meta: Mapping[str, Any] = _EMPTY, consumed: int = 1,
                 rest: Para | None = None, after: tuple[Block, ...] = ()) -> None:
        # Written out as Para's is: every rule that reads a paragraph makes one (a paragraph of
        # the body, most of them), and the dataclass's stored each field with object.__setattr__.
        set_blocks, set_meta, set_consumed, set_rest, set_after = _MATCH_SETTERS
        set_blocks(self, blocks)
        set_meta(self, meta)
        set_consumed(self, consumed)
        set_rest(self, rest)
        set_after(self, after)


_MATCH_SETTERS = (Match.blocks.__set__, Match.meta.__set__, Match.consumed.__set__, Match.rest.__set__, Match.after.__set__)  # type: ignore[misc,attr-defined,union-attr]


_BODY_KINDS = frozenset({"lead", "paragraph", "point", "heading", "caption", "turn"})


class Kinds(list):
    """The kinds of the blocks emitted so far, in order, and the set of them, so that asking
    whether a lead (or any body block) came yet costs the same at the 100 000th paragraph as at
    the first (a scan of the list made a long article's reading quadratic). Grow it with
    ``append`` or ``extend``."""

    __slots__ = ("body", "lead", "owner", "seen")

    def __init__(self, kinds: Sequence[str] = ()) -> None:
        super().__init__(kinds)
        self.owner: Context | None = None  # the context whose has_lead and in_header it keeps
        self.seen = set(self)
        self._note()

    def append(self, kind: str) -> None:
        super().append(kind)
        if kind not in self.seen:  # the flags read only the set of kinds: a kind seen before changes nothing
            self.seen.add(kind)
            self._note()

    def extend(self, kinds: Any) -> None:
        kinds = list(kinds)
        super().extend(kinds)
        seen = len(self.seen)
        self.seen.update(kinds)
        if len(self.seen) != seen:
            self._note()

    def _note(self) -> None:
        # Context.has_lead and in_header are asked a dozen times a paragraph (many rules' first
        # checks), and change only when blocks come: answer them from two flags set here.
        # a transcript that opens with a turn (问：… under the headline) has its lead in it: the
        # paragraphs after it are the body, not a lead still to come
        self.lead = "lead" in self.seen or "turn" in self.seen
        self.body = not self.seen.isdisjoint(_BODY_KINDS)
        owner = self.owner
        if owner is not None:  # plain attributes there: a property's call, asked a dozen times a line, costs more
            owner.has_lead = self.lead
            owner.in_header = not self.body


@dataclass(slots=True)
class Context:
    """What rules may look at: the paragraphs, where we are, hints and the facts so far.

    The builder owns and updates it; rules only read it.
    """

    paras: Sequence[Para]
    hints: Hints
    index: int = 0
    meta: dict[str, Any] = field(default_factory=dict)
    kinds: Kinds = field(default_factory=Kinds)  # kinds of the blocks emitted so far
    _words: dict[str, bool] = field(default_factory=dict, repr=False)  # anywhere()'s answers
    # what a rule read once from the whole document (a transcript's turns), by the rule's own key
    memo: dict[str, Any] = field(default_factory=dict, repr=False)
    # Whether a lead (or a transcript's turn) has come; before the body: nothing but title, time,
    # note or series lines so far. Kept by ``kinds`` as blocks come, for the rules to read.
    has_lead: bool = field(default=False, init=False, repr=False, compare=False)
    in_header: bool = field(default=True, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.kinds, Kinds):
            self.kinds = Kinds(self.kinds)
        self.kinds.owner = self
        self.kinds._note()

    def following(self, offset: int = 1) -> Para | None:
        position = self.index + offset
        return self.paras[position] if position < len(self.paras) else None

    def anywhere(self, word: str) -> bool:
        """Whether any paragraph holds ``word``: one scan of the document per word, for rules
        that look around for a rare mark (an account card's 篇原创) on every paragraph."""
        found = self._words.get(word)
        if found is None:
            found = False
            for para in self.paras:  # a loop: any() over a generator costs several times as much
                if word in para.text:
                    found = True
                    break
            self._words[word] = found
        return found


RuleFunc = Callable[[Para, Context], "Match | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named rule. ``max_chars``: the rule reads only lines whose normalised text (``Para.text``)
    is at most this long (an editor line, a signature, a reprint note): the builder skips it for
    longer ones without calling it, most of a body's paragraphs. ``after_lead`` False: the rule
    reads nothing once the lead has come (it returns None whenever ``ctx.has_lead``: the headline,
    the dateline), and the builder stops offering it lines then. The rule keeps its own checks;
    ``needs_hint``: the name of a ``Hints`` field without which the rule reads nothing (the captions
    a page marks): the builder leaves it out for a document whose container gives none.
    ``Ruler.replace`` keeps all three, so a replacement must read no more than the rule it replaces."""

    name: str
    func: RuleFunc
    enabled: bool = True
    max_chars: int | None = None
    after_lead: bool = True
    needs_hint: str | None = None


@dataclass(frozen=True, slots=True)
class Ruler:
    """An ordered, named, immutable list of rules."""

    rules: tuple[Rule, ...]

    def names(self) -> list[str]:
        return [rule.name for rule in self.rules]

    def active(self) -> tuple[Rule, ...]:
        return tuple(rule for rule in self.rules if rule.enabled)

    def _at(self, name: str) -> int:
        for position, rule in enumerate(self.rules):
            if rule.name == name:
                return position
        raise KeyError(f"no rule named {name!r}")

    def before(self, name: str, new: Rule) -> Ruler:
        position = self._at(name)
        return Ruler(self.rules[:position] + (new,) + self.rules[position:])

    def after(self, name: str, new: Rule) -> Ruler:
        position = self._at(name) + 1
        return Ruler(self.rules[:position] + (new,) + self.rules[position:])

    def replace(self, name: str, func: RuleFunc) -> Ruler:
        position = self._at(name)
        return Ruler(self.rules[:position] + (replace(self.rules[position], func=func),) + self.rules[position + 1 :])

    def disable(self, *names: str) -> Ruler:
        for name in names:
            self._at(name)
        return Ruler(tuple(replace(rule, enabled=False) if rule.name in names else rule for rule in self.rules))

    def enable(self, *names: str) -> Ruler:
        for name in names:
            self._at(name)
        return Ruler(tuple(replace(rule, enabled=True) if rule.name in names else rule for rule in self.rules))
