"""XML-ish document lists: Sogou news corpora (``<doc><contenttitle>…``), RSS/RDF and Atom feeds.

All are crawler output in markup form: one record per ``<doc>``, ``<item>`` or ``<entry>``, with a
title, a link, a date and the text. They are rarely well-formed (the Sogou dumps are cut mid-list,
carry raw ``&`` and have no closing root; feeds wrap text in CDATA, escaped HTML or inline XHTML),
so records are cut out with patterns rather than an XML parser, and each one goes through the same
record path as crawler JSON: same field detection, same furniture trimming, same news rules. What
a feed says of itself before its first entry (its title: the blog or site, the outlet of every
entry; its author) is what each entry falls back on.
"""

from __future__ import annotations

import dataclasses
import html
import logging
import re
from collections.abc import Iterator
from typing import Any

from .. import regex_cache
from ..errors import NoArticleError
from ..model import Document, Source
from ..sources import decode
from .crawler_json import (
    Record,
    RecordInput,
    build_records,
    fragment_list_items,
    html_fragment_text,
    record_input,
    record_numbers,
    resolve_fields,
)

log = logging.getLogger("convertkit")

_XML_ENCODING_RE = regex_cache.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-]+)["']""")
# An element may carry its namespace's prefix (<atom:entry> in an RSS file that mixes Atom in).
_RECORD_RE = regex_cache.compile(r"<((?:[A-Za-z][\w.-]*:)?(?:doc|item|entry|newsItem))\b[^>]*>(.*?)(?:</\1\s*>|(?=<\1\b)|\Z)",
                                 re.DOTALL | re.IGNORECASE)
_RECORD_OPEN_RE = regex_cache.compile(r"<(?:[A-Za-z][\w.-]*:)?(?:doc|item|entry|newsItem)\b[^>]*>", re.IGNORECASE)
_FIELD_RE = regex_cache.compile(r"<([A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)\b[^>]*>(.*?)</\1?\2\s*>", re.DOTALL)
_FIELD_OPEN_RE = regex_cache.compile(r"<[A-Za-z][^>]*>")
_CLOSE_TAG_RE = regex_cache.compile(r"</([A-Za-z][\w.:-]*)\s*>")
_UNCLOSED_CONTENT_RE = regex_cache.compile(r"<(?:content|description)\b[^>]*>((?:(?!</).)*)\Z", re.DOTALL | re.IGNORECASE)
_CDATA_RE = regex_cache.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_TAG_RE = regex_cache.compile(r"<[^>]+>")
_BLOCK_TAG_RE = regex_cache.compile(r"<(?:br|/p|/div|/li|/h[1-6])\b[^>]*>", re.IGNORECASE)

# Element names of the three families, mapped to record fields crawler_json understands, each with
# a rank: where an entry has several, the lowest rank wins whatever the order. A WordPress item's
# <description> is an excerpt cut with [...] and its <content:encoded> the post; an Atom entry's
# <summary> is a teaser of its <content>. <issued>/<published>/<pubDate> date the post; <created>
# the draft, <updated>/<modified> the last edit.
_FIELD_NAMES: dict[str, tuple[str, int]] = {
    "contenttitle": ("title", 0), "title": ("title", 0),
    "encoded": ("content", 0), "content": ("content", 1), "description": ("content", 2), "summary": ("content", 3),
    "url": ("url", 0), "link": ("url", 0), "guid": ("url", 1),
    "pubdate": ("time", 0), "published": ("time", 0), "issued": ("time", 0), "date": ("time", 1),
    "created": ("time", 2), "updated": ("time", 3), "modified": ("time", 3),
    "creator": ("author", 0), "author": ("author", 0),
    "source": ("source", 0),
    # NewsML-G2 (IPTC's wire format, a news agency's feed): <newsItem> with <contentMeta><headline>,
    # <by>, <creditline>, <contentCreated>/<versionCreated>, and the text in <inlineXML>
    "headline": ("title", 1), "by": ("author", 1), "creditline": ("source", 1),
    "contentcreated": ("time", 1), "firstcreated": ("time", 1), "versioncreated": ("time", 3),
    "inlinexml": ("content", 1),
}
# An entry's categories and subjects (<category>, <dc:subject>, Atom's <category term="…"/>): its
# keywords, every one of them, less the catch-all a blog files an unsorted post under.
_KEYWORD_ELEMENTS = frozenset(("category", "subject"))
_CATEGORY_TERM_RE = regex_cache.compile(r"""<(?:[\w.-]+:)?category\b[^<>]*?\bterm\s*=\s*["']([^"']+)["'][^<>]*>""",
                                        re.IGNORECASE)
_KEYWORD_MAX = 30
_CATCH_ALL_CATEGORIES = frozenset({
    "uncategorized", "general", "misc", "default", "未分类", "未分類", "默认分类", "默認分類", "一般", "其他", "其它",
})
# Atom says how an element's text is written: mode="escaped" (0.3) or type="html" (1.0) is HTML
# escaped once more, so its entities are read twice (a title's &amp;#12415; is み); Atom 0.3's
# mode, where given, decides (type="text/html" mode="xml" is markup inline).
_MODE_RE = regex_cache.compile(r"""\bmode\s*=\s*["']([\w-]*)["']""", re.IGNORECASE)
_HTML_TYPE_RE = regex_cache.compile(r"""\btype\s*=\s*["'](?:text/)?html["']""", re.IGNORECASE)
# An Atom <link rel="alternate" href="…"/>: the entry's page (no rel means alternate too); rel="edit"
# or "service.edit" is the blog's API.
_LINK_TAG_RE = regex_cache.compile(r"<link\b([^<>]*)>", re.IGNORECASE)
_HREF_RE = regex_cache.compile(r"""\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_REL_RE = regex_cache.compile(r"""\brel\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
# An Atom <author><name>…</name><email>…</email></author>: the name; RSS 2.0's <author> is an
# address with the name in brackets (editor@example.com (王小明)).
_AUTHOR_NAME_RE = regex_cache.compile(r"<(?:[\w.-]+:)?name\b[^>]*>(.*?)</(?:[\w.-]+:)?name\s*>", re.DOTALL | re.IGNORECASE)
_SOURCE_TITLE_RE = regex_cache.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.DOTALL | re.IGNORECASE)
_EMAIL_NAME_RE = regex_cache.compile(r"^\S+@\S+\s*[(（](.+)[)）]$")
_EMAIL_RE = regex_cache.compile(r"^\S+@\S+$")
_CHANNEL_OPEN_RE = regex_cache.compile(r"<channel\b[^<>]*>", re.IGNORECASE)
_AUTHOR_MAX = 1000  # an author or source element longer than this is no name: only its start is read
_BREAK_MARKUP_RE = regex_cache.compile(r"<(?:br|p|div|li|h[1-6])\b[^>]*>", re.IGNORECASE)
# Each blank run is tried once, from its start (the lookbehind): tried from every blank of a long
# run that ends in no line break, the pattern scanned the rest of the run each time.
_SOURCE_BREAK_RE = regex_cache.compile(r"(?<![ \t])[ \t]*(?:\r\n?|\n)[ \t]*")
# A blog feed's "more" links: a bracket of 浏览全文/引用此文/more… closing a teaser (blogcn's
# "(浏览全文 引用此文)"), or a [more...] marker where the post was cut for the front page.
_MORE_LABELS = (r"(?:浏览全文|瀏覽全文|阅读全文|閱讀全文|查看全文|继续阅读|繼續閱讀|全文|引用此文|引用|"
                r"more|read\s+more|continue\s+reading)[.…。]*")
_MORE_TAIL_RE = regex_cache.compile(
    rf"(?<![ \t])[ \t]*[(（\[【［]\s*{_MORE_LABELS}(?:[\s|｜/]+{_MORE_LABELS})*\s*[)）\]】］]\Z", re.IGNORECASE)
_MORE_TAIL_MAX = 120  # characters at the end of a body where its "more" links can be
_MORE_MARK_RE = regex_cache.compile(r"^[ \t]*[\[［【]\s*(?:more|read\s+more)[.…]*\s*[\]］】][ \t]*",
                                    re.IGNORECASE | re.MULTILINE)
# A title a feed generator cut from the body (rssblogger's first characters of an untitled post,
# "Picostation的PicoBlogger是 一个能让S") is no headline: it stops mid-word where the body goes on.
_CUT_TITLE_MIN = 10
_WEB_ADDRESS_RE = regex_cache.compile(r"(?:https?:)?//|www\.", re.IGNORECASE)
_REPORTER_WORD_RE = regex_cache.compile(r"记者|記者")
_HANDLE_MAX = 24  # an author longer than this is a description, not a name
# Accounts that post for a site, not a person's name.
_ROLE_HANDLES = frozenset({
    "admin", "administrator", "webmaster", "root", "editor", "editors", "guest", "anonymous", "unknown", "user",
    "blogger", "wordpress", "staff", "newsroom", "管理员", "管理員", "站长", "站長", "匿名", "佚名", "小编", "小編",
    "本站", "网友", "網友", "编辑部", "編輯部",
})


# These files are rarely well-formed, and a pattern tried at every ``<`` of a long stretch with no
# ``>`` (or no closing tag) after it scanned to the end each time: 40 KB of ``<a>`` took 2.4 s, a
# megabyte would take half an hour. Each search below is confined to where a match can end (the
# last ``>``, the last closing tag), and an element is tried only when a closing tag of one of its
# possible names follows it, so the records and fields found are the patterns' own.


def _sub_tags(pattern: re.Pattern[str], replacement: str, value: str) -> str:
    """``pattern.sub`` for a pattern whose every match ends with ``>``: nothing after the last one."""
    end = value.rfind(">") + 1
    return pattern.sub(replacement, value[:end]) + value[end:] if end else value


def _text(value: str, *, escaped: bool = False) -> str:
    """Element content as plain text: CDATA opened, entities decoded, markup reduced to line breaks.
    ``escaped``: the element says its text is escaped HTML (Atom), so it is unescaped even when it
    holds no tag, and read as HTML after."""
    value = _CDATA_RE.sub(lambda match: match.group(1), value)
    if escaped or ("&lt;" in value and "&gt;" in value):  # escaped HTML inside a feed description
        value = html.unescape(value)
    value = _sub_tags(_BLOCK_TAG_RE, "\n", value)
    value = _sub_tags(_TAG_RE, "", value)
    return html.unescape(value).strip()


def _escaped(opening: str) -> bool:
    """Whether an element's opening tag says its text is escaped HTML."""
    mode = _MODE_RE.search(opening)
    if mode is not None:
        return mode.group(1).lower() == "escaped"
    return _HTML_TYPE_RE.search(opening) is not None


# Where a record's fields keep its body's list items (``fragment_list_items``) for its hints: no
# field name a feed's element maps to.
_LIST_ITEMS_KEY = "\x00list_items"
# An entry's teaser (RSS <description>, Atom <summary>) beside its post (<content:encoded>, <content>):
# the record's summary, which the record path shows as the 摘要 unless the post opens with it.
_TEASER_ELEMENTS = frozenset(("description", "summary"))


def _list_items(value: str, *, escaped: bool = False) -> tuple[tuple[str, str], ...]:
    """The items of the lists an entry's HTML sets (``<ul><li>…``), with their markers: the body's
    text no longer shows them, and read as text they were paragraphs."""
    if "li" not in value and "LI" not in value:
        return ()
    value = _CDATA_RE.sub(lambda match: match.group(1), value)
    if escaped or ("&lt;" in value and "&gt;" in value):
        value = html.unescape(value)
    return fragment_list_items(value)


def _body_text(value: str, *, escaped: bool = False) -> str:
    """An entry's body as text, one line per HTML block or ``<br>``: a feed's HTML (escaped, in
    CDATA or inline XHTML) goes through the same fragment reading as a crawler's HTML body, so its
    source line breaks are blanks as in a browser; a body with no tag keeps its line breaks."""
    value = _CDATA_RE.sub(lambda match: match.group(1), value)
    if escaped or ("&lt;" in value and "&gt;" in value):
        value = html.unescape(value)
    end = value.rfind(">") + 1  # a tag ends with >: no search past the last
    if _TAG_RE.search(value, 0, end):
        if _BREAK_MARKUP_RE.search(value, 0, end):  # breaks are marked up: a source line break is a blank
            value = _SOURCE_BREAK_RE.sub(_source_break, value)
        return _joined_wraps(html_fragment_text(value))
    return _joined_wraps(html.unescape(value).strip())


# A post hard-wrapped with <br> (a blogger who breaks lines by hand at the editor's width): a line
# that fills the paragraph's width and stops without a mark goes on in the next one.
_WRAP_FILLED_MIN = 40  # columns (a Han character is two): a short unpunctuated line is verse, not a wrap
_WRAP_FILLED_SHARE = 0.8  # of the paragraph's widest line
# A wrapped line stops on a Han character inside a sentence (a comma earlier in it says it is
# prose, not a label or a table row), and the next line goes on with one: a line ending in a number,
# an address or a mark, or one starting with them, is its own.
_HAN_END_RE = regex_cache.compile(r"[\u3400-\u9fff]$")
_HAN_START_RE = regex_cache.compile(r"[\u3400-\u9fff]")
_CLAUSE_MARK_RE = regex_cache.compile(r"[，,]")


def _width(text: str) -> int:
    return 2 * len(text) - len(text.encode("ascii", "ignore"))


def _joined_wraps(text: str) -> str:
    """The lines of each paragraph (lines between blank ones) that a ``<br>`` broke mid-sentence
    joined again: a line of prose as wide as the paragraph's widest, at least 20 Han characters,
    stopping on a Han character, with Chinese text under it. Verse and lists (short lines, no
    comma) stay as they are."""
    out: list[str] = []
    for paragraph in re.split(r"\n[ \t\u3000]*\n", text):
        lines = [line.strip() for line in paragraph.split("\n")]
        column = max((_width(line) for line in lines), default=0)
        joined: list[str] = []
        glue_next = False
        for line in lines:
            if glue_next and joined and _HAN_START_RE.match(line):
                glue = " " if joined[-1][-1:].isascii() and line[:1].isascii() else ""
                joined[-1] += glue + line
            else:
                joined.append(line)
            width = _width(joined[-1].rsplit("\n", 1)[-1]) if joined else 0
            glue_next = bool(line) and _HAN_END_RE.search(line) is not None and _CLAUSE_MARK_RE.search(line) is not None \
                and _width(line) >= _WRAP_FILLED_MIN and _width(line) >= column * _WRAP_FILLED_SHARE and width > 0
        out.append("\n".join(joined))
    return "\n\n".join(out)


def _source_break(match: re.Match[str]) -> str:
    """A line break in HTML source as a browser shows it: nothing between two Chinese characters
    (a hard-wrapped sentence reads on), a blank elsewhere."""
    text = match.string
    before = text[match.start() - 1] if match.start() else " "
    after = text[match.end()] if match.end() < len(text) else " "
    return "" if before > "\u2e7f" and after > "\u2e7f" else " "


def _without_more_links(text: str) -> str:
    """A body without its feed's "more" links (the full post is at the entry's link)."""
    text = _MORE_MARK_RE.sub("", text).rstrip()
    tail = _MORE_TAIL_RE.search(text, max(0, len(text) - _MORE_TAIL_MAX))
    return text[: tail.start()] if tail else text


def _cut_from_body(title: str, body: str) -> bool:
    """Whether ``title`` is the body's first characters cut off mid-word: a generator's stand-in
    for a post without a title, not a headline. The generator joined the post's lines, so blanks
    inside are no guide; a blank or a mark right after it in the body is (a headline that a
    crawler glued before its text: 国务院召开常务会议 新华社北京…)."""
    title = "".join(title.split())
    if len(title) < _CUT_TITLE_MIN or not title[-1].isalnum():
        return False
    matched = 0
    for char in body[: 2 * len(title) + 64]:
        if matched == len(title):
            return char.isalnum()
        if char.isspace():
            continue
        if char != title[matched]:
            return False
        matched += 1
    return False


def _author(value: str) -> str:
    """The name in an author element: Atom's ``<name>``, RSS 2.0's bracketed name after the
    address; an address alone names nobody."""
    value = _CDATA_RE.sub(lambda match: match.group(1), value[:_AUTHOR_MAX])
    named = _AUTHOR_NAME_RE.search(value)
    text = _text(named.group(1) if named else value)
    bracketed = _EMAIL_NAME_RE.match(text)
    if bracketed:
        return bracketed.group(1).strip()
    return "" if _EMAIL_RE.match(text) else text


def _source(value: str) -> str:
    """Where an entry came from: RSS 2.0's ``<source url=…>`` names the channel in its text, an
    Atom 1.0 ``<source>`` holds the original feed's elements, of which its ``<title>`` names it."""
    value = value[:_AUTHOR_MAX]
    titled = _SOURCE_TITLE_RE.search(value)
    return _text(titled.group(1) if titled else value)


def _alternate_link(body: str) -> str | None:
    """The href of an entry's first ``<link>`` that points at its page (rel alternate, or none)."""
    for tag in _LINK_TAG_RE.finditer(body):
        href = _HREF_RE.search(tag.group(1))
        rel = _REL_RE.search(tag.group(1))
        if href and (rel is None or rel.group(1).strip().lower() == "alternate"):
            return html.unescape(href.group(1)).strip()
    return None


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _closable(tag: str, start: int, last_close: dict[str, int]) -> bool:
    """Whether the element opened by ``tag`` (``<name …>``, at ``start``) can match ``_FIELD_RE``:
    a closing tag ``</name>`` or ``</prefix:name>`` of a name its pattern can read follows it."""
    after = start + len(tag)
    token = re.match(r"[\w.:-]*", tag[1:]).group(0)  # type: ignore[union-attr]
    heads = [0]
    colon = token.find(":")
    if colon > 0:
        heads.append(colon + 1)
    for head in heads:
        for end in range(head + 1, len(token) + 1):
            name = token[head:end]
            if ":" in name:
                break
            following = tag[1 + end]
            if _is_word(name[-1]) == _is_word(following):  # no \b after the name here
                continue
            for spelled in (name, token[:end]):
                if last_close.get(spelled, -1) >= after:
                    return True
    return False


def _fields(body: str) -> Iterator[re.Match[str]]:
    """``_FIELD_RE.finditer(body)``, without its quadratic tries."""
    last_close: dict[str, int] = {}
    for close in _CLOSE_TAG_RE.finditer(body):
        last_close[close.group(1)] = close.start()
    if not last_close:
        return
    end = body.rfind(">", 0, max(last_close.values())) + 1  # an element opens before its closing tag
    position = 0
    while (opening := _FIELD_OPEN_RE.search(body, position, end)) is not None:
        if _closable(opening.group(0), opening.start(), last_close):
            match = _FIELD_RE.match(body, opening.start())
            if match is not None:
                yield match
                position = match.end()
                continue
        position = opening.start() + 1


def _records(text: str) -> Iterator[re.Match[str]]:
    """``_RECORD_RE.finditer(text)``: a record opens only before the last ``>``, and one that
    opens always matches (it may run to the end of the text)."""
    end = text.rfind(">") + 1
    position = 0
    while (opening := _RECORD_OPEN_RE.search(text, position, end)) is not None:
        match = _RECORD_RE.match(text, opening.start())
        assert match is not None
        yield match
        position = max(match.end(), opening.start() + 1)


def _unclosed_content(body: str) -> re.Match[str] | None:
    """``_UNCLOSED_CONTENT_RE.search(body)``: its text holds no ``</``, so it opens after the
    last ``>`` before the last ``</``."""
    last = body.rfind("</")
    start = body.rfind(">", 0, last) + 1 if last != -1 else 0
    return _UNCLOSED_CONTENT_RE.search(body, start)


# NewsML-G2's groups around an item's fields: their fields are the item's.
_NEWSML_GROUP_RE = regex_cache.compile(r"</?(?:[A-Za-z][\w.-]*:)?(?:itemMeta|contentMeta|contentSet)\b[^>]*>")


def _record_fields(body: str) -> dict[str, Any]:
    """The fields of one record (or of a feed's head), each from its best-ranked element."""
    if "contentMeta" in body or "contentSet" in body:
        body = _NEWSML_GROUP_RE.sub("", body)
    fields: dict[str, Any] = {}
    ranks: dict[str, int] = {}
    keywords: list[str] = []
    teaser_first = False
    for field in _fields(body):
        element = field.group(2).lower()
        if element in _KEYWORD_ELEMENTS:
            keywords.append(_text(field.group(3)[:_AUTHOR_MAX]))
            continue
        known = _FIELD_NAMES.get(element)
        if known is None:
            continue
        name, rank = known
        if ranks.get(name, rank + 1) <= rank:
            if element in _TEASER_ELEMENTS and "summary" not in fields:
                # the teaser beside the post (<description> beside <content:encoded>): its summary
                fields["summary"] = _text(field.group(3), escaped=_escaped(body[field.start() : field.start(3)]))
            continue
        opening = body[field.start() : field.start(3)]
        escaped = _escaped(opening)
        if name == "content":
            value = _without_more_links(_body_text(field.group(3), escaped=escaped))
            items = _list_items(field.group(3), escaped=escaped)
            if items or _LIST_ITEMS_KEY not in fields:
                fields[_LIST_ITEMS_KEY] = items
        elif name == "author":
            value = _author(field.group(3))
        elif name == "source":
            value = _source(field.group(3))
        else:
            value = _text(field.group(3), escaped=escaped)
        if field.group(2).lower() == "guid" and not _WEB_ADDRESS_RE.match(value):
            value = ""  # a <guid> that is an id (tag:…, a number), not the entry's page
        if name == "content" and value and fields.get(name) and teaser_first and "summary" not in fields:
            fields["summary"] = fields[name]  # the teaser came first, the post after it: the teaser is the summary
        if value or name not in fields:
            fields[name] = value
            ranks[name] = rank if value else rank + len(_FIELD_NAMES)  # an empty one gives way to any other
            if name == "content":
                teaser_first = element in _TEASER_ELEMENTS
    if not fields.get("url"):
        link = _alternate_link(body)
        if link:
            fields["url"] = link
    if "term=" in body:
        keywords.extend(html.unescape(term.group(1)) for term in _CATEGORY_TERM_RE.finditer(body))
    kept = _keywords(keywords)
    if kept:
        fields["keywords"] = kept
    return fields


def _keywords(found: list[str]) -> list[str]:
    """Categories as keywords: each once, none empty, too long or a catch-all (未分类)."""
    kept: dict[str, None] = {}
    for keyword in found:
        keyword = " ".join(keyword.split())
        if keyword and len(keyword) <= _KEYWORD_MAX and keyword.lower() not in _CATCH_ALL_CATEGORIES:
            kept[keyword] = None
    return list(kept)


def _feed_head(text: str, first: int) -> dict[str, str]:
    """What a feed says of itself before its first entry: its title (the blog or site, the outlet
    of every entry) and its author (the blogger, for entries that name nobody). An RSS 1.0
    ``<channel>`` closes before the items, so it is read from inside: as one element it would be
    passed over whole. A title with no letter (a blog called ``0``) names nothing."""
    start = 0
    channel = _CHANNEL_OPEN_RE.search(text, 0, first)
    if channel is not None:
        start = channel.end()
    head = _record_fields(text[start:first]) if first > start else {}
    said: dict[str, str] = {}
    title = " ".join(head.get("title", "").split())
    if any(char.isalpha() for char in title):
        said["outlet"] = title
    if head.get("author"):
        said["author"] = head["author"]
    return said


def parse_doclist(text: str) -> list[Record]:
    """Every ``<doc>``/``<item>``/``<entry>`` as a record dict, in order; a cut-off last record is
    kept as far as it goes. A feed's own title is each record's ``outlet``."""
    records: list[Record] = []
    head: dict[str, str] | None = None
    for match in _records(text):
        if head is None:
            head = _feed_head(text, match.start())
        fields = _record_fields(match.group(2))
        if "content" not in fields:  # a file cut inside the last record's text
            unclosed = _unclosed_content(match.group(2))
            if unclosed:
                fields["content"] = _text(unclosed.group(1))
        if fields.get("title") and fields.get("content") and _cut_from_body(fields["title"], fields["content"]):
            fields["title"] = ""  # the news rules derive a headline from the first sentence
        if fields:
            if head.get("author") and not fields.get("author"):
                fields["author"] = head["author"]
            if head.get("outlet"):
                fields["outlet"] = head["outlet"]
            records.append(Record(len(records), fields))
    return records


def _with_items(item: RecordInput | None, items: tuple[tuple[str, str], ...]) -> RecordInput | None:
    """The record's input with its body's list items as hints (``Hints.list_items``)."""
    if item is None or not items:
        return item
    return dataclasses.replace(item, hints=dataclasses.replace(item.hints, list_items=(*item.hints.list_items, *items)))


def _credited(record: Record, item: RecordInput) -> RecordInput:
    """A feed's <author>/<dc:creator> names who wrote the entry, a blogger as often as a reporter:
    the names are credited as 作者 unless the element itself says 记者. A blogger signs with a
    handle (Worren, Letter Lego) more often than a personal name, and the feed says plainly that
    this is the author: the handle is passed on (the news rules keep Latin-script names as given
    and Chinese personal names), unless it is a role (admin, webmaster) rather than a person."""
    author = " ".join(str(record.data.get("author") or "").split())
    if _REPORTER_WORD_RE.search(author):
        return item
    authors = item.hints.authors
    extra = {**item.hints.extra, "author_label": "作者"}
    if author and len(author) <= _HANDLE_MAX and _names_someone(author):
        authors = authors or (author,)
        extra["author_as_given"] = "1"  # a nickname (馬力蓮霧) is the author's name as much as a personal name
    if not authors:
        return item
    hints = dataclasses.replace(item.hints, authors=authors, extra=extra)
    return dataclasses.replace(item, hints=hints)


# A site's desk posting under its own name (苦勞報導, 苦勞論壇, 新聞中心): no person.
_DESK_RE = regex_cache.compile(r"(?:報導|报道|論壇|论坛|新聞|新闻|編輯部|编辑部|中心|頻道|频道|小組|小组)$")


def _names_someone(author: str) -> bool:
    """A handle that may be a person's: not a role account (admin), not a desk, and with a letter
    in it (a name lost to a wrong code page reads ??? ?????)."""
    return author.lower() not in _ROLE_HANDLES and _DESK_RE.search(author) is None \
        and any(char.isalpha() for char in author)


def read_doclist_documents(data: bytes, *, path: str | None = None, **_: object) -> Iterator[Document]:
    """One document per record with body text; the others are skipped with one warning."""
    declared = _XML_ENCODING_RE.search(data[:512])
    decoded = decode(data, declared=declared.group(1).decode("ascii") if declared else None, path=path)
    records = parse_doclist(decoded.text)
    shown = path or "<input>"
    mapping = resolve_fields(None)
    listed = [record.data.pop(_LIST_ITEMS_KEY, ()) for record in records]
    inputs = [(record, _with_items(record_input(record, mapping), items)) for record, items in zip(records, listed, strict=True)]
    usable = [_credited(record, item) for record, item in inputs if item is not None]
    if not usable:
        bare = records and not any(record.data.get("content") for record in records)
        what = " (headlines and links only: the list carries no article text)" if bare else ""
        raise NoArticleError(f"holds no article: {len(records)} listed document(s), none with body text{what}", path=path)
    skipped = [record.index + 1 for record, item in inputs if item is None]
    if skipped:
        log.warning("%s: %d listed document(s) without body text skipped (record %s)", shown, len(skipped),
                    record_numbers(skipped))

    def source(item: RecordInput) -> Source:
        return Source(path=path, encoding=decoded.encoding, format="xml", url=item.url, record=item.index + 1)

    yield from build_records(usable, source, path=path, listed=lambda: f"{len(records)} listed document(s)")
