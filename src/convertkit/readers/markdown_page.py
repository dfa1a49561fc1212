"""A whole web page saved as markdown, read as the page it was.

Reader services (Jina Reader, Firecrawl), browser clippers and crawlers that keep pages as
markdown (markdownify, html2text) convert the *whole* page: the site's logo and menus, the
login links, the info strip, the article, the related-news list and the footer. Read as plain
text, the menu's first item became the headline and the rest became paragraphs. The HTML
reader already knows a page's furniture (link-dense blocks, lists of links, footers, captions
under pictures), so such a text is rendered back to HTML (markdown-it-py, CommonMark) and read
by it. A markdown post or transcript that is only the article (a YAML front matter post, the
新闻联播 transcripts with their [查看原文] links between items) stays with the text rules: only
a text that opens with navigation, before its first sentence, is taken for a page.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Sequence

from .. import regex_cache
from .base import Hints, Line

__all__ = ["is_converted_page", "page_html", "with_stated_facts"]

# [text](target), ![alt](src) and the logo's [![alt](src)](target): the image first, then links.
_IMAGE_RE = regex_cache.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK_RE = regex_cache.compile(r"\[[^\]\n]*\]\([^)\n]*\)")
# What may sit between a menu's links: list markers, bars, dots, slashes, spaces.
_MENU_GLUE_RE = regex_cache.compile(r"^[\s*+\-|｜·•/>»]*(?:\d{1,2}[.)]\s+)?[\s*+\-|｜·•/>»]*$")
_HAN_RE = regex_cache.compile(r"[\u3400-\u9fff]")
_SENTENCE_MARKS = "，。！？；"
_MENU_LINES = 3  # lines of links before the first sentence: a menu, not a reference
_OPENING_LINES = 80  # a page's menus come before this many lines


def _link_only(text: str) -> bool:
    """A line that is nothing but links or linked images (a menu entry, a logo, 登录 | 注册)."""
    if "](" not in text:
        return False
    bare = _LINK_RE.sub(" ", _IMAGE_RE.sub(" ", text))
    return bare != text and _MENU_GLUE_RE.match(bare) is not None


def _sentence(text: str) -> bool:
    """A line of prose: Han text with its commas and full stops, not a link."""
    if _link_only(text):
        return False
    han = len(_HAN_RE.findall(text))
    return han >= 20 and sum(text.count(mark) for mark in _SENTENCE_MARKS) >= 2


def is_converted_page(lines: Sequence[Line]) -> bool:
    """Whether ``lines`` are a whole web page converted to markdown (menus before the article)."""
    menu = 0
    for line in lines[:_OPENING_LINES]:
        text = line.text.strip()
        if not text:
            continue
        if _sentence(text):
            break
        if _link_only(text):
            menu += 1
            if menu >= _MENU_LINES:
                return True
    return False


def page_html(lines: Sequence[Line]) -> bytes:
    """The page rendered back to HTML (inline HTML kept, as converters leave some)."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"html": True}).render("\n".join(line.text for line in lines))
    return (
        "<!doctype html><html><head><meta charset=\"utf-8\"><title></title></head>"
        f"<body>{body}</body></html>"
    ).encode()


def with_stated_facts(page: Hints, stated: Hints | None) -> Hints:
    """The page's hints, with what an envelope or front matter states put first (its address,
    time and people are the service's reading of the page's head, and outrank our guesses).
    The headline the page shows wins over a stated title, which is the page's <title> with the
    site's name on it; a stated title serves when the page shows none."""
    if stated is None:
        return page
    updates: dict[str, object] = {
        name: value
        for name in ("published", "agency", "url", "language", "authors", "editors", "keywords")
        if (value := getattr(stated, name))
    }
    if stated.title and not page.title:
        updates["title"] = html.unescape(stated.title)
    return dataclasses.replace(page, extra={**page.extra, **stated.extra}, **updates)  # type: ignore[arg-type]
