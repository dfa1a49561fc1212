"""Page facts outside the extracted body: the info line under the headline, bylines, related links.

News pages print their facts around the headline in a handful of shapes (``2019-09-24 09:10
来源：新华社``, ``石佳/中国青年报`` above a date, ``中国网 2019-11-25 10:37:31``, ``2019年09月07日
04:04 北京日报``). The page is flattened into visible lines, the headline is found among them,
and only the few lines around it are read, so a date or 来源 elsewhere on the page (a sidebar,
a teaser) never becomes the article's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from .html_furniture import RELATED_RE, is_editor_line
from .html_meta import (
    authors_from_text,
    editors_from_text,
    is_info_line,
    is_organisation,
    is_person_name,
    normalise_time,
    source_from_text,
)


@dataclass(frozen=True, slots=True)
class Facts:
    """Facts read from a line or a page; each empty when unsaid."""

    published: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()


def squash(value: str) -> str:
    """Letters and digits only: headlines are compared across spacing and punctuation variants."""
    return re.sub(r"[\W_]+", "", value)


def same_title(text: str, title: str | None) -> bool:
    """The headline again (as a page line or a body line), allowing a short suffix such as a date."""
    if not title:
        return False
    line, head = squash(text), squash(title)
    return bool(head) and (line == head or (line.startswith(head) and len(line) - len(head) <= 4))


def merge_facts(facts: list[Facts]) -> Facts:
    """First answer wins for single facts (callers order sources strongest first); names accumulate."""
    published = next((f.published for f in facts if f.published), None)
    source = next((f.source for f in facts if f.source), None)
    authors = tuple(dict.fromkeys(name for f in facts for name in f.authors))
    editors = tuple(dict.fromkeys(name for f in facts for name in f.editors))
    return Facts(published, source, authors, editors)


def facts_of(text: str) -> Facts:
    """Everything one info line states: ``2020年07月04日 12:10 来源：求是网 作者：…``."""
    return Facts(normalise_time(text), source_from_text(text), authors_from_text(text), editors_from_text(text))


def page_lines(tree: lxml_html.HtmlElement) -> list[str]:
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


def visible_facts(page_lines: list[str], title: str | None) -> Facts:
    """Date, 来源 and author from the info line(s) just around the headline on the page."""
    if not title:
        return Facts()
    positions = [i for i, line in enumerate(page_lines) if same_title(line, title)]
    facts: list[Facts] = []
    for position in positions[:4]:
        window = page_lines[max(0, position - 2): position + 8]
        facts.extend(facts_of(line) for line in window
                     if is_info_line(line) or is_editor_line(line) or same_title(line, title))
        under = page_lines[position + 1: position + 4]
        for offset, line in enumerate(under):
            if len(line) <= 60 and _LEADING_DATE_RE.match(line):
                # ``2019-05-17 · 苏皖城市报道``; ``2019年09月07日 04:04 北京日报`` also names the source.
                trailing = _DATE_THEN_NAME_RE.match(line)
                facts.append(Facts(published=normalise_time(line),
                                    source=trailing.group("name") if trailing else None))
                # ``石佳/中国青年报`` or ``新华社`` on its own line right above the date.
                if offset > 0:
                    facts.append(byline_facts(under[offset - 1]))
            named = _NAME_THEN_DATE_RE.match(line)
            if named:  # aggregators: ``中国网 2019-11-25 10:37:31``
                facts.append(Facts(published=normalise_time(line), source=named.group("name")))
    return merge_facts(facts)


def byline_facts(line: str) -> Facts:
    """``石佳/中国青年报`` → author 石佳, source 中国青年报; anything longer is not a byline."""
    if len(line) > 24:
        return Facts()
    parts = [part for part in re.split(r"[/／|｜\s]+", line) if part]
    organisations = [part for part in parts if is_organisation(part)]
    people = [part for part in parts if is_person_name(part)]
    if len(organisations) + len(people) != len(parts):
        return Facts()
    return Facts(source=organisations[0] if organisations else None, authors=tuple(people))


_DATE_THEN_NAME_RE = re.compile(
    r"^\s*(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s+(?P<name>[^\s\d:：]{2,20})\s*$")


_NAME_THEN_DATE_RE = re.compile(
    r"^\s*(?P<name>[^\s\d:：|·]{2,12})\s+(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
_LEADING_DATE_RE = re.compile(r"^\s*(?:[^\s:：]{0,6}[:：]\s*)?(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}")


def related_links(tree: lxml_html.HtmlElement) -> dict[str, tuple[tuple[str, str], ...]]:
    """Links listed under a 相关链接-style label anywhere on the page, by label text."""
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
