"""Saved news pages: main content through trafilatura, then our own page-level layer.

Why trafilatura: it is maintained, offline (it never fetches anything it is not handed), fast
on full portal pages, and returns its result as an XML tree that keeps paragraphs, headings,
list items, images and link targets apart, which is what a line-based news layer needs.
Its misses on Chinese portals are systematic (share widgets, recommendation lists, a body
flattened into one list), so ``html_furniture`` cleans its output with general rules, and a
second, less strict extraction is kept when it finds clearly more article prose.

This module only turns a page into ``Line``s (one per paragraph, caption, list item) plus
``Hints`` (title, time, 来源, people, keywords, captions, related links); the news rules in
``structure`` decide what each line is.
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from ..errors import NoArticleError
from ..model import Document, Source
from ..sources import decode
from .base import Hints, Line
from .html_furniture import (
    Segment,
    body_like,
    body_score,
    han_count,
    is_editor_line,
    is_furniture,
    is_related_label,
    is_trailer,
    segments,
)
from .html_meta import (
    PageMeta,
    authors_from_text,
    choose_title,
    declared_charset,
    editors_from_text,
    is_info_line,
    is_organisation,
    is_person_name,
    normalise_time,
    read_page_meta,
    source_from_text,
    strip_xml_declaration,
)

log = logging.getLogger("convertkit")

# A candidate extraction replaces the strict one only when it holds this much more prose.
_RECALL_GAIN = 1.25
# Below this many Han characters of prose, a page is not an article.
_MIN_ARTICLE_HAN = 40
# An editor line closes the article once this share of the prose has been read.
_EDITOR_LINE_CLOSES_AFTER = 0.6

_CAPTION_RE = re.compile(
    r"^(?:图为|上图|下图|左图|右图|图[一二三四五六七八九十\d]+[:：\s]|（图|\(图|图片来源|图源|资料图)"
    r"|(?:摄|摄影|供图|资料图|截图|图片来源[:：].{1,12}|视觉中国|东方IC|新华社发|中新社发)\s*(?:资料)?[。）)]?$"
)

# Strict first; the others only compete when they find clearly more prose (see _RECALL_GAIN).
_EXTRACTION_SETTINGS: tuple[dict[str, Any], ...] = (
    {"favor_precision": True},
    {},
)
# Tried only when neither of the above found an article-sized body.
_LAST_RESORT: dict[str, Any] = {"favor_recall": True}
_LAST_RESORT_BELOW = 200


@dataclass(frozen=True, slots=True)
class _Facts:
    published: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Body:
    lines: tuple[str, ...]
    captions: tuple[str, ...]
    links: tuple[tuple[str, str], ...]
    facts: _Facts
    score: int
    extractor_text: str
    title: str | None


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    """What the HTML layer hands to the news rules, plus what tests and reports look at."""

    lines: tuple[Line, ...]
    hints: Hints
    encoding: str
    replacements: int
    extractor_text: str  # trafilatura's own text of the chosen extraction ("nothing lost" check)


def _squash(value: str) -> str:
    return re.sub(r"[\W_]+", "", value)


def _same_title(text: str, title: str | None) -> bool:
    if not title:
        return False
    line, head = _squash(text), _squash(title)
    return bool(head) and (line == head or (line.startswith(head) and len(line) - len(head) <= 4))


def _merge_facts(facts: list[_Facts]) -> _Facts:
    published = next((f.published for f in facts if f.published), None)
    source = next((f.source for f in facts if f.source), None)
    authors = tuple(dict.fromkeys(name for f in facts for name in f.authors))
    editors = tuple(dict.fromkeys(name for f in facts for name in f.editors))
    return _Facts(published, source, authors, editors)


def _facts_of(text: str) -> _Facts:
    return _Facts(normalise_time(text), source_from_text(text), authors_from_text(text), editors_from_text(text))


def _assemble(found: list[Segment], title: str | None, figcaptions: tuple[str, ...],
              page_links: dict[str, tuple[tuple[str, str], ...]], base_url: str | None) -> tuple[
        list[str], list[str], list[tuple[str, str]], list[str], str | None]:
    """Segments → (lines, captions, links, info lines, title) without furniture, title or trailers."""
    total = sum(han_count(s.text) for s in found if s.kind != "image" and body_like(s.text) and not is_furniture(s))
    lines: list[str] = []
    captions: list[str] = []
    links: list[tuple[str, str]] = []
    seen = 0
    index = 0
    while index < len(found):
        segment = found[index]
        index += 1
        text = segment.text
        if segment.kind == "image":
            continue
        if _same_title(text, title) if seen == 0 else _squash(text) == _squash(title or ""):
            continue
        if seen == 0 and title and len(_squash(text)) >= 8 and _squash(title).startswith(_squash(text)) \
                and not body_like(text):
            title = text  # the page's <title> carried a suffix the headline line does not have
            continue
        if seen == 0 and han_count(text) < 4 and not _CAPTION_RE.search(text):
            continue  # menu residue before the article (消息, 通知, 公告0)
        if is_trailer(segment):
            if seen > 0:
                # The editor line often follows a disclaimer or a "more" teaser: keep it.
                lines.extend(s.text for s in found[index: index + 3] if is_editor_line(s.text))
                break
            continue
        if is_related_label(segment):
            items: list[tuple[str, str]] = []
            while index < len(found) and found[index].kind != "image" and found[index].refs and found[index].link_share >= 0.5:
                items.extend(ref for ref in found[index].refs if ref[0])
                index += 1
            if not items:
                items = list(page_links.get(text, ()))
            if items:
                lines.append(text)
                for label, url in items:
                    lines.append(label)
                    links.append((label, urljoin(base_url, url) if base_url else url))
            continue
        if is_furniture(segment):
            continue
        # Only explicit captions: a line after an image is as often a subheading as a caption.
        if text in figcaptions or (len(text) <= 120 and _CAPTION_RE.search(text)):
            captions.append(text)
        lines.append(text)
        if body_like(text):
            seen += han_count(text)
        if is_editor_line(text) and total and seen >= total * _EDITOR_LINE_CLOSES_AFTER:
            break
    # Info lines (date, 来源, 作者) before the first and after the last prose line are page facts.
    info: list[str] = []
    prose = [i for i, line in enumerate(lines) if body_like(line) and line not in captions]
    if prose:
        first, last = prose[0], prose[-1]
        keep: list[str] = []
        for i, line in enumerate(lines):
            # A bare credit line (（作者：…）) stays: the news rules read trailing credits.
            facts = _facts_of(line) if (i < first or i > last) and is_info_line(line) else None
            if facts is not None and (facts.published or facts.source) and line not in captions:
                info.append(line)
            else:
                keep.append(line)
        lines = keep
    return lines, captions, links, info, title


def _extract_body(text: str, settings: dict[str, Any], title: str | None, page: PageMeta,
                  page_links: dict[str, tuple[tuple[str, str], ...]]) -> _Body | None:
    result = trafilatura.bare_extraction(
        text,
        include_comments=False,
        include_images=True,
        include_links=True,
        include_tables=True,
        include_formatting=False,
        with_metadata=False,
        **settings,
    )
    if result is None or result.body is None:
        return None
    found = segments(result.body)
    lines, captions, links, info, title = _assemble(found, title, page.figcaptions, page_links, page.url)
    facts = _merge_facts([_facts_of(line) for line in info])
    return _Body(tuple(lines), tuple(captions), tuple(links), facts, body_score(lines), result.text or "", title)


def _page_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """The visible text of the page, one line per block, for the info line near the headline."""
    body = tree.find("body")
    root = body if body is not None else tree
    out: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        line = " ".join("".join(parts).split())
        if line:
            out.append(line)
        parts.clear()

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("script", "style", "noscript", "template") or not tag:
            if element.tail:
                parts.append(element.tail)
            return
        block = tag not in ("a", "em", "i", "b", "strong", "font", "small", "label", "time", "span", "u", "sup", "sub")
        if block:
            flush()
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
        if block or tag == "br":
            flush()
        if element.tail:
            parts.append(" " + element.tail)

    walk(root)
    flush()
    return out


def _visible_facts(page_lines: list[str], title: str | None) -> _Facts:
    """Date, 来源 and author from the info line(s) just around the headline on the page."""
    if not title:
        return _Facts()
    positions = [i for i, line in enumerate(page_lines) if _same_title(line, title)]
    facts: list[_Facts] = []
    for position in positions[:4]:
        window = page_lines[max(0, position - 2): position + 8]
        facts.extend(_facts_of(line) for line in window
                     if is_info_line(line) or is_editor_line(line) or _same_title(line, title))
        under = page_lines[position + 1: position + 4]
        for offset, line in enumerate(under):
            if len(line) <= 60 and _LEADING_DATE_RE.match(line):
                # ``2019-05-17 · 苏皖城市报道``; ``2019年09月07日 04:04 北京日报`` also names the source.
                trailing = _DATE_THEN_NAME_RE.match(line)
                facts.append(_Facts(published=normalise_time(line),
                                    source=trailing.group("name") if trailing else None))
                # ``石佳/中国青年报`` or ``新华社`` on its own line right above the date.
                if offset > 0:
                    facts.append(_byline_facts(under[offset - 1]))
            named = _NAME_THEN_DATE_RE.match(line)
            if named:  # aggregators: ``中国网 2019-11-25 10:37:31``
                facts.append(_Facts(published=normalise_time(line), source=named.group("name")))
    return _merge_facts(facts)


def _byline_facts(line: str) -> _Facts:
    """``石佳/中国青年报`` → author 石佳, source 中国青年报; anything longer is not a byline."""
    if len(line) > 24 or _same_title(line, None):
        return _Facts()
    parts = [part for part in re.split(r"[/／|｜\s]+", line) if part]
    organisations = [part for part in parts if is_organisation(part)]
    people = [part for part in parts if is_person_name(part)]
    if len(organisations) + len(people) != len(parts):
        return _Facts()
    return _Facts(source=organisations[0] if organisations else None, authors=tuple(people))


_DATE_THEN_NAME_RE = re.compile(
    r"^\s*(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s+(?P<name>[^\s\d:：]{2,20})\s*$")


_NAME_THEN_DATE_RE = re.compile(
    r"^\s*(?P<name>[^\s\d:：|·]{2,12})\s+(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
_LEADING_DATE_RE = re.compile(r"^\s*(?:[^\s:：]{0,6}[:：]\s*)?(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}")


def _related_links(tree: lxml_html.HtmlElement) -> dict[str, tuple[tuple[str, str], ...]]:
    """Links listed under a 相关链接-style label anywhere on the page, by label text."""
    from .html_furniture import RELATED_RE

    found: dict[str, tuple[tuple[str, str], ...]] = {}
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        own = " ".join((element.text or "").split())
        if not own or len(own) > 12 or not RELATED_RE.match(own) or own in found:
            continue
        items: list[tuple[str, str]] = []
        sibling = element.getnext()
        hops = 0
        while sibling is not None and hops < 3 and not items:
            for anchor in sibling.iter("a"):
                label = " ".join("".join(anchor.itertext()).split())
                href = (anchor.get("href") or "").strip()
                if label and href and not href.startswith(("javascript:", "#")):
                    items.append((label, href))
            sibling = sibling.getnext()
            hops += 1
        if items:
            found[own] = tuple(items[:20])
    return found


def extract_html(data: bytes, *, path: str | None = None) -> HtmlExtract:
    """Decode a saved page and split it into body lines and hints; NoArticleError if it has no article."""
    decoded = decode(data, declared=declared_charset(data), path=path)
    text = strip_xml_declaration(decoded.text)
    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        raise NoArticleError("is not an article: the HTML holds no readable text", path=path) from None
    page = read_page_meta(tree)
    title = choose_title(page)
    page_links = _related_links(tree)
    # trafilatura drops <figcaption>; as a paragraph it stays in place and we recognise its text.
    prepared = copy.deepcopy(tree)
    for caption in prepared.iter("figcaption"):
        caption.tag = "p"
    best: _Body | None = None
    markup = lxml_html.tostring(prepared, encoding="unicode")
    for settings in _EXTRACTION_SETTINGS:
        candidate = _extract_body(markup, settings, title, page, page_links)
        if candidate is None:
            continue
        if best is None or candidate.score > best.score * _RECALL_GAIN:
            best = candidate
    if best is None or best.score < _LAST_RESORT_BELOW:
        candidate = _extract_body(markup, _LAST_RESORT, title, page, page_links)
        if candidate is not None and (best is None or candidate.score > best.score * _RECALL_GAIN):
            best = candidate
    if best is None or best.score < _MIN_ARTICLE_HAN:
        raise NoArticleError("is not an article: no body text found (page furniture only)", path=path)
    visible = _visible_facts(_page_lines(tree), title)
    facts = _merge_facts([_Facts(page.published, page.source, page.authors), visible, best.facts])
    editors = tuple(dict.fromkeys([*facts.editors, *(name for line in best.lines if is_editor_line(line)
                                                      for name in editors_from_text(line))]))
    # Sites that fill 作者 with the desk editor's name: an editor is not a reporter.
    authors = tuple(name for name in facts.authors if name not in editors)
    hints = Hints(
        title=best.title,
        published=facts.published,
        agency=facts.source or page.site,
        authors=authors,
        editors=editors,
        keywords=page.keywords,
        url=page.url,
        language=page.language,
        captions=best.captions,
        links=best.links,
        title_in_text=False,
        extra={"region": page.region} if page.region else {},
    )
    lines = tuple(Line(text=line, number=number) for number, line in enumerate(best.lines, start=1))
    return HtmlExtract(lines, hints, decoded.encoding, decoded.replacements, best.extractor_text)


def read_html(data: bytes, *, path: str | None = None) -> Document:
    from ..structure.build import build_document

    extract = extract_html(data, path=path)
    source = Source(path=path, encoding=extract.encoding, format="html", url=extract.hints.url)
    return build_document(list(extract.lines), extract.hints, source)


def read_html_documents(data: bytes, *, path: str | None = None, **_: object) -> list[Document]:
    return [read_html(data, path=path)]
