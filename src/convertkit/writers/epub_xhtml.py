"""One article as one semantic XHTML content document for EPUB 3 (and a book's title page).

Why a tree and not string templates: every string from the model goes in as element text or
an attribute value, so lxml escapes ``< & " '`` and nothing can break the markup. What lxml
cannot do is carry characters XML forbids (C0/C1 controls, lone surrogates, non-characters):
``xml_safe`` removes those first, because a crawler's stray ``\\x0b`` must not cost the book.

The markup says what each part *is* (``<h1>``, ``<aside epub:type="preamble">``, ``<figure>``,
``<nav>``), so a reading system without our stylesheet still shows a sensible article, and
screen readers announce the parts. Class names match the style roles the CSS is built from;
``RoleText`` records which text is drawn in which role so that fonts are subset to exactly it.
"""

from __future__ import annotations

import bisect
import itertools
import unicodedata
import urllib.parse
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from lxml import etree

from .. import regex_cache
from ..model import (
    Attachments,
    Caption,
    Document,
    EditorLine,
    EditorNote,
    EndMark,
    Heading,
    Imprint,
    Lead,
    Paragraph,
    Point,
    RelatedLinks,
    Salutation,
    SeriesLabel,
    Signature,
    Turn,
)
from ..model.blocks import Block
from ..style import TextSpec
from ..typography.clreq import HALF_WIDTH_CLOSING, HALF_WIDTH_OPENING, is_han
from ..typography.words import even_enough, inside_words, phrase_break
from . import collection, masthead

XHTML_NS = "http://www.w3.org/1999/xhtml"
EPUB_NS = "http://www.idpf.org/2007/ops"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPUB_TYPE = f"{{{EPUB_NS}}}type"
NSMAP = {None: XHTML_NS, "epub": EPUB_NS}

UNTITLED = collection.UNTITLED
UNTITLED_HANT = collection.UNTITLED_HANT


# Characters XML 1.0 forbids, plus C1 controls and non-characters that XML merely discourages
# but that reading systems render as boxes: none of them carries meaning in a news article.
_XML_ILLEGAL = regex_cache.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff\U000ffffe\U000fffff\U0010fffe\U0010ffff]"
)


_ASCII_SPACE = regex_cache.compile(r"[ \t\n\r\f\v]+")


def xml_safe(text: str | None) -> str:
    """``text`` without characters that XML cannot carry; CR/CRLF become LF as XML would."""
    if not text:
        return ""
    return _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str | None) -> str:
    """``text`` made XML-safe with runs of ASCII white space folded to one space, trimmed.

    An ideographic space (U+3000) is content, not layout, and is kept.
    """
    return _ASCII_SPACE.sub(" ", xml_safe(text)).strip(" ")




def display_title(doc: Document) -> str:
    """``collection.display_title``, XML-safe (nav entries and ``<title>`` must have text)."""
    return collection.display_title(doc, one_line)


@dataclass(slots=True)
class RoleText:
    """The text drawn in each style role, gathered while rendering (per call, never shared)."""

    parts: dict[str, list[str]] = field(default_factory=dict)

    def add(self, role: str, text: str) -> None:
        if text:
            self.parts.setdefault(role, []).append(text)

    def text(self, role: str) -> str:
        return "".join(self.parts.get(role, ()))


@dataclass(frozen=True, slots=True)
class TocEntry:
    """A subheading inside an article, for the book's table of contents."""

    title: str
    fragment: str  # the id in the chapter, without '#'
    rank: int = 2  # 2: the article's first level of headings, 3: the one under it (heading_ranks)


@dataclass(frozen=True, slots=True)
class ContentsLink:
    """An article as a book's title page lists it: its contents entry, where it starts
    (chapter file and fragment) and its language."""

    title: str
    href: str
    lang: str


@dataclass(frozen=True, slots=True)
class ArticleXhtml:
    content: bytes
    title: str
    lang: str
    headings: tuple[TocEntry, ...]


# --- URLs ------------------------------------------------------------------------------------

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = regex_cache.compile(rf"^{_LABEL}(?:\.{_LABEL})*$")
_SAFE_PATH = "/:@!$&'()*+,;=-._~"
_SAFE_QUERY = _SAFE_PATH + "?"
_STRAY_PERCENT = regex_cache.compile(r"%(?![0-9A-Fa-f]{2})")


def safe_href(url: str | None) -> str | None:
    """An absolute http(s) URL that epubcheck and reading systems accept, or None.

    Source URLs come from crawlers: spaces, Chinese paths, stray ``%`` and worse. We keep the
    link only if it is plainly a web address, and percent-encode everything else in it, so a
    bad URL costs a link, never the book.
    """
    url = xml_safe(url).strip()
    if not url:
        return None
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname or ""
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    if not _HOST.match(host) or parts.username is not None or parts.password is not None:
        return None
    netloc = host + (f":{port}" if port is not None else "")

    def quote(part: str, safe: str) -> str:
        # Existing escapes stay as they are (%26 is not &); a '%' that starts none becomes %25.
        return urllib.parse.quote(_STRAY_PERCENT.sub("%25", part), safe=safe + "%")

    path = quote(parts.path, _SAFE_PATH) or "/"
    query = quote(parts.query, _SAFE_QUERY + "=&")
    fragment = quote(parts.fragment, _SAFE_QUERY)
    return urllib.parse.urlunsplit((parts.scheme.lower(), netloc, path, query, fragment))


# --- building --------------------------------------------------------------------------------


def _el(parent: etree._Element | None, tag: str, text: str = "", *, cls: str | None = None,
        **attrs: str) -> etree._Element:
    element = etree.Element(f"{{{XHTML_NS}}}{tag}", nsmap=NSMAP) if parent is None else etree.SubElement(
        parent, f"{{{XHTML_NS}}}{tag}")
    if cls:
        element.set("class", cls)
    for key, value in attrs.items():
        element.set(key, value)
    if text:
        element.text = text
    return element


def _append_text(element: etree._Element, text: str) -> None:
    """Add ``text`` after the element's last child (lxml keeps such text in the child's tail)."""
    if not text:
        return
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


def _span(parent: etree._Element, text: str, cls: str, roles: RoleText, role: str,
          tag: str = "span") -> etree._Element:
    roles.add(role, text)
    return _el(parent, tag, text, cls=cls)


def _between_words(heading: etree._Element) -> None:
    """A headline the reading system breaks between words only (陳水扁 whole): ``word-break:
    keep-all`` (the stylesheet's ``h1.title``) keeps Han characters together, and a ``<wbr/>``
    at each word boundary between two of them gives the breaks back. Text and copying are
    unchanged; ``typography.words`` finds the words, as for the PDF's headline."""
    text = heading.text or ""
    try:
        inside = inside_words(text)
    except Exception:  # noqa: BLE001 - no word boundaries (a broken jieba install): no keep-all either
        heading.set("style", "word-break: normal")
        return
    cuts = [t for t in range(1, len(text)) if t not in inside and is_han(text[t - 1]) and is_han(text[t])]
    if not cuts:
        return
    heading.text = text[: cuts[0]]
    for start, end in zip(cuts, [*cuts[1:], len(text)], strict=True):
        _el(heading, "wbr").tail = text[start:end]


def _headline(parent: etree._Element, text: str, cls: str, roles: RoleText, role: str) -> etree._Element:
    """A centred headline (the article's, a book's), broken between words (``_between_words``)
    and, when it has a phrase break the PDF takes (``typography.words.phrase_break``: 主任张丽华：/
    以红色资源促军民融合), each phrase an inline block (``span.phrase``): a reading system breaks
    the line there first, as the PDF does, and keeps the headline on one line where it fits."""
    heading = _span(parent, text, cls, roles, role, tag="h1")
    cut = phrase_break(text)
    head, tail = (text[:cut].rstrip(), text[cut:].lstrip()) if cut is not None else ("", "")
    if not head or not tail or not even_enough(_label_em(head), _label_em(tail)):
        _between_words(heading)
        return heading
    heading.text = None
    first = _el(heading, "span", head, cls="phrase")
    first.tail = text[len(head) : len(text) - len(tail)] or None  # the space between, kept for copying
    second = _el(heading, "span", tail, cls="phrase")
    _between_words(first)
    _between_words(second)
    return heading


def _label_em(label: str) -> float:
    """A list item's label's width in ems, estimated: a full-width character an em, any other
    about half of one (bold digits and a full stop: 1. · 10. · （1）)."""
    return round(sum(1.0 if unicodedata.east_asian_width(char) in "FW" else 0.55 for char in label), 2)


def split_point(block: Point) -> tuple[str, str]:
    """``(bold part, rest)`` of a point: the label and heading in bold, the rest plain.

    The model's ``heading`` is derived from the text; if it is not found near the start (a
    hand-built or transformed point), the heading is drawn before the text rather than lost.
    """
    text = xml_safe(block.text)
    heading = xml_safe(block.heading)
    if not heading:
        label = xml_safe(block.label)
        # An item that is one clause (a law's （一）…；): only its numbering stands out.
        return (label, text[len(label):]) if label and text.startswith(label) else ("", text)
    at = text.find(heading)
    if at != -1 and at <= len(block.label) + 2:
        end = at + len(heading)
        # Keep the punctuation that closes the heading with it (第一，健全融合体制机制。).
        while end < len(text) and text[end] in "。．.：:；;！!？?":
            end += 1
        return text[:end], text[end:]
    return heading, text


class _Renderer:
    """Per-call state: the body being built, ids handed out, text gathered per role."""

    def __init__(self, doc: Document, roles: RoleText, text: TextSpec) -> None:
        self.doc = doc
        self.roles = roles
        self.text = text
        self.headings: list[TocEntry] = []
        self.ranks: dict[int, int] = {}  # each heading level's rank (masthead.heading_ranks)
        self.counter = 0

    def next_id(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}-{self.counter}"

    def masthead(self, article: etree._Element) -> None:
        meta = self.doc.meta
        header = _el(article, "header", cls="masthead")
        lines, ruled = masthead.official_lines(meta, self.text)
        sides = masthead.number_sides(meta, self.text)
        exchange = masthead.exchange_sides(meta, self.text)
        for index, (role, text) in enumerate(lines):
            shown = xml_safe(text).strip()
            if shown:
                ruled_here = ruled and index == len(lines) - 1
                classes = role.replace("_", "-") + (" ruled" if ruled_here else "")
                joint = masthead.joint_issuer(shown) if role == "doc_issuer" else None
                if joint is not None:  # the bodies stacked, 文件 beside them (GB/T 9704 7.2.3)
                    line = _el(header, "p", cls=classes + " joint")
                    stack = _el(line, "span", cls="doc-bodies")
                    for index_body, body in enumerate(joint[0]):
                        _span(stack, body, "doc-body", self.roles, role)
                        if index_body < len(joint[0]) - 1:
                            _el(stack, "br")
                    if joint[1]:
                        _span(line, joint[1], "doc-suffix", self.roles, role)
                elif role == "doc_exchange" and exchange is not None:  # 证券代码 left, 公告编号 right
                    line = _el(header, "p", cls="doc-marks exchange")
                    _span(line, xml_safe(exchange[1]), "doc-notice-number", self.roles, "doc_marks")
                    _append_text(line, xml_safe(exchange[0]))
                    self.roles.add("doc_marks", xml_safe(exchange[0]))
                elif role == "doc_number" and sides is not None:  # 上行文: number left, 签发人 right
                    line = _el(header, "p", cls=classes + " signed")
                    label, names = masthead.signers_parts(xml_safe(sides[1]))
                    signers = _span(line, label, "doc-signers", self.roles, role)
                    _span(signers, names, "doc-signer-names", self.roles, "doc_signers")
                    _append_text(line, xml_safe(sides[0]))
                    self.roles.add(role, xml_safe(sides[0]))
                else:
                    _span(header, shown, classes, self.roles, role, tag="p")
        kicker = xml_safe(meta.kicker).strip()
        if kicker:
            _span(header, kicker, "kicker", self.roles, "kicker", tag="p")
        title = one_line(meta.title)
        if title.strip():
            _headline(header, title, "title", self.roles, "title")
        subtitle = xml_safe(meta.subtitle).strip()
        if subtitle:
            _span(header, subtitle, "subtitle", self.roles, "subtitle", tag="p")
        parts = self.meta_parts()
        if parts:
            line = _el(header, "p", cls="meta")
            for index, (kind, text, datetime_attr) in enumerate(parts):
                if index:
                    _append_text(line, self.text.meta_separator)
                    self.roles.add("meta", self.text.meta_separator)
                element = _span(line, text, kind, self.roles, "meta", tag="time" if datetime_attr else "span")
                if datetime_attr:
                    element.set("datetime", datetime_attr)
        if meta.dateline and not self.doc.blocks_of("lead"):
            dateline = xml_safe(meta.dateline.text).strip()
            if dateline:
                _span(header, dateline, "dateline", self.roles, "dateline", tag="p")
        if not len(header):
            article.remove(header)  # nothing known about the article: no empty masthead

    def meta_parts(self) -> list[tuple[str, str, str | None]]:
        """``(class, text, datetime)``: the shared meta line's parts, the time machine-readable."""
        machine = html_datetime(xml_safe(self.doc.meta.published).strip())
        parts: list[tuple[str, str, str | None]] = []
        for kind, text in masthead.document_meta_parts(self.doc, self.text):
            shown = xml_safe(text).strip()
            if shown:
                parts.append((kind, shown, machine if kind == "published" else None))
        return parts
    def block(self, parent: etree._Element, block: Block, end_mark: EndMark | None = None) -> None:
        self.match_block(parent, block)
        if end_mark is not None and len(parent):  # （完） run into the paragraph it closes
            _span(parent[-1], xml_safe(end_mark.text), "end-mark", self.roles, "end_mark")

    def match_block(self, parent: etree._Element, block: Block) -> None:
        match block:
            case EditorNote():
                aside = _el(parent, "aside", cls="editor-note")
                aside.set(EPUB_TYPE, "preamble")
                paragraph = _el(aside, "p")
                label = xml_safe(block.label).strip()
                text = xml_safe(block.text)
                if label:
                    _span(paragraph, label, "label", self.roles, "editor_note_label", tag="strong")
                    _append_text(paragraph, "：")
                    self.roles.add("editor_note", "：")
                    text = masthead.note_body(text, label)
                _append_text(paragraph, text)
                self.roles.add("editor_note", text)
            case SeriesLabel():
                _span(parent, xml_safe(block.text), "series-label", self.roles, "series_label", tag="p")
            case Heading():
                rank = self.ranks.get(block.level, 2)
                role = masthead.heading_role(rank)
                text = xml_safe(block.text)
                anchor = self.next_id("h")
                element = _span(parent, text, role, self.roles, role, tag=f"h{rank}")
                element.set("id", anchor)
                _between_words(element)  # broken between words, as the PDF breaks it
                title = " ".join(text.split())
                if title and rank <= 3:
                    self.headings.append(TocEntry(title, anchor, rank))
            case Lead():
                paragraph = _el(parent, "p", cls="lead")
                dateline = self.doc.meta.dateline
                if dateline is not None and xml_safe(dateline.text):
                    _span(paragraph, xml_safe(dateline.text), "dateline", self.roles, "dateline")
                text = xml_safe(block.text)
                _append_text(paragraph, text)
                self.roles.add("lead", text)
            case Paragraph():
                _span(parent, xml_safe(block.text), "", self.roles, "paragraph", tag="p")
            case Caption():
                figure = _el(parent, "figure", cls="caption")
                caption = _el(figure, "figcaption")
                text = xml_safe(block.text)
                credit = masthead.caption_credit(text, xml_safe(block.photographer).strip())
                body = text[: len(text) - len(credit)] if credit else text
                _append_text(caption, body)
                self.roles.add("caption", body)
                if credit:
                    _span(caption, credit, "credit", self.roles, "caption")
            case Point():
                bold, rest = split_point(block)
                item = block.item and block.label and bold.startswith(block.label)
                depth = min(block.depth, masthead.NESTED_ITEM_DEPTHS)  # a class per depth: the CSS indents it
                paragraph = _el(parent, "p", cls=("point item" + (f" depth-{depth}" if depth else "")) if item else "point")
                paragraph.set("data-number", str(block.number))
                if item:  # the wrapped lines under the text, past the label: the label's width hangs
                    hang = _label_em(block.label)
                    paragraph.set("style", f"padding-left: {hang:g}em; text-indent: -{hang:g}em")
                if bold:
                    _span(paragraph, bold, "point-heading", self.roles, "point_heading", tag="strong")
                _append_text(paragraph, rest)
                self.roles.add("point", rest)
            case Turn():
                paragraph = _el(parent, "p", cls="turn")
                _span(paragraph, xml_safe(masthead.turn_speaker(block)), "speaker", self.roles, "turn_speaker", tag="strong")
                text = xml_safe(block.text)
                _append_text(paragraph, text)
                self.roles.add("turn", text)
            case EndMark():
                _span(parent, xml_safe(block.text), "end-mark", self.roles, "end_mark", tag="p")
            case Salutation():
                _span(parent, xml_safe(block.text), "salutation", self.roles, "salutation", tag="p")
            case Signature():
                _span(parent, xml_safe(block.text), "signature", self.roles, "signature", tag="p")
            case Attachments():  # the prefix an inline block the width of the hang (attachments-label, attachments)
                parts = masthead.attachment_parts(xml_safe(block.label), tuple(map(xml_safe, block.items)))
                for role, prefix, name in parts:
                    paragraph = _el(parent, "p", cls=role.replace("_", "-"))
                    _span(paragraph, prefix, "attachment-prefix", self.roles, role)
                    _append_text(paragraph, name)
                    self.roles.add(role, name)
            case Imprint():  # one paragraph, its lines broken, between the rules its role draws
                lines = [xml_safe(line).strip() for line in block.lines]
                element = _el(parent, "p", cls="imprint")
                for index, line in enumerate(lines):
                    office, date = masthead.imprint_sides(line)
                    if index:
                        _el(element, "br")
                    shown = f"{office}\u3000" if date else line  # a copied line keeps its space
                    _append_text(element, shown)
                    self.roles.add("imprint", shown)
                    if date:  # the 印发 line's date flush right (GB/T 9704 7.4.3)
                        _span(element, date, "imprint-date", self.roles, "imprint")
            case RelatedLinks():
                self.related(parent, block)
            case EditorLine():
                _span(parent, xml_safe(block.text), "editor-line", self.roles, "editor_line", tag="p")
            case _:  # the model is closed, but never drop text a newer model may add
                _span(parent, xml_safe(getattr(block, "text", "")), "", self.roles, "paragraph", tag="p")

    def related(self, parent: etree._Element, block: RelatedLinks) -> None:
        nav = _el(parent, "nav", cls="related-links")
        label = xml_safe(block.label).strip()
        if label:
            heading_id = self.next_id("related")
            heading = _span(nav, label, "related-label", self.roles, "related_links_label", tag="h2")
            heading.set("id", heading_id)
            nav.set("aria-labelledby", heading_id)
        items = [item for item in block.items if xml_safe(item.title).strip() or safe_href(item.url)]
        if not items:
            return
        listing = _el(nav, "ul")
        for item in items:
            entry = _el(listing, "li")
            title = xml_safe(item.title).strip()
            href = safe_href(item.url)
            if href:
                _span(entry, title or href, "", self.roles, "related_links", tag="a").set("href", href)
            else:
                _append_text(entry, title)
                self.roles.add("related_links", title)


# HTML's valid date, local date-time or global date-time strings (fractions: 1-3 digits).
_ISO = regex_cache.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$")


def html_datetime(value: str) -> str | None:
    """``value`` as a valid HTML ``datetime`` attribute, or None when it is not one."""
    if not _ISO.match(value):
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return None
    return value.replace(" ", "T")


def _introduces(element: etree._Element) -> None:
    """Mark a short lead-in (``masthead.introduces_next``: 15.国内联播快讯：) that a paged reader
    keeps on the page of what it introduces, as the PDF and the DOCX do."""
    element.set("class", " ".join(filter(None, (element.get("class"), "introduces"))))


# Where adjacent marks are squeezed (``_squeeze_marks``): the blocks whose text lines are set.
_SQUEEZED_BLOCKS = tuple(f"{{{XHTML_NS}}}{tag}" for tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "li"))
_MARKS = HALF_WIDTH_CLOSING | HALF_WIDTH_OPENING
_CLOSING, _OPENING = ("".join(sorted(marks)) for marks in (HALF_WIDTH_CLOSING, HALF_WIDTH_OPENING))
# a closing mark before any mark (group 1), or an opening mark after an opening one
_SQUEEZED_PAIR = regex_cache.compile(f"([{_CLOSING}])(?=[{_CLOSING}{_OPENING}])|(?<=[{_OPENING}])[{_OPENING}]")


def _squeeze_marks(root: etree._Element) -> None:
    """Adjacent full-width marks set as the PDF sets them (clreq 3.1.6.1: 。（ and 》（ an em and a
    half, not two): a closing mark before another mark loses its blank right half
    (``span.squeeze-end``), an opening mark after another opening one its blank left half
    (``span.squeeze-start``). Reading systems would do it through the fonts' ``halt`` feature
    (``text-spacing-trim``), which the embedded subsets do not carry. Pairs across elements count
    (工程。 and the run-in （完）); the text itself is unchanged."""
    for block in root.iter(*_SQUEEZED_BLOCKS):
        slots = list(_text_slots(block))
        texts = [(element.tail if tail else element.text) or "" for element, tail in slots]
        joined = "".join(texts)
        if _MARKS.isdisjoint(joined):
            continue
        marks = [(found.start(), "squeeze-end" if found.group(1) else "squeeze-start")
                 for found in _SQUEEZED_PAIR.finditer(joined)]
        if not marks:
            continue
        starts = list(itertools.accumulate((len(text) for text in texts), initial=0))
        for at, cls in reversed(marks):  # from the end: what is split off never moves an earlier mark
            index = bisect.bisect_right(starts, at) - 1
            while not texts[index]:
                index += 1
            element, tail = slots[index]
            text, offset = texts[index], at - starts[index]
            span = etree.Element(f"{{{XHTML_NS}}}span", {"class": cls})
            span.text, span.tail = text[offset], text[offset + 1:] or None
            texts[index] = text[:offset]
            if tail:
                element.tail = texts[index] or None
                parent = element.getparent()
                parent.insert(parent.index(element) + 1, span)
            else:
                element.text = texts[index] or None
                element.insert(0, span)


def _text_slots(element: etree._Element) -> Iterator[tuple[etree._Element, bool]]:
    """Where ``element``'s text lies, in reading order: (an element, True for its tail)."""
    yield element, False
    for child in element:
        yield from _text_slots(child)
        yield child, True


def _page(lang: str, title: str, css_href: str | None) -> tuple[etree._Element, etree._Element]:
    """``(html, body)`` of an empty XHTML content document."""
    html = _el(None, "html", lang=lang)
    html.set(XML_LANG, lang)
    head = _el(html, "head")
    _el(head, "meta", charset="utf-8")
    _el(head, "title", title)
    if css_href:
        _el(head, "link", rel="stylesheet", type="text/css", href=css_href)
    return html, _el(html, "body")


def _serialise(html: etree._Element) -> bytes:
    return etree.tostring(html, xml_declaration=True, encoding="utf-8", doctype="<!DOCTYPE html>")


# The built-in labels and formats, for callers without a Style.
_DEFAULT_TEXT = TextSpec()


def render_article(doc: Document, *, css_href: str | None, roles: RoleText,
                   text: TextSpec = _DEFAULT_TEXT, signature_indent_em: float = 0.0,
                   squeeze: bool = False, anchor: str | None = None) -> ArticleXhtml:
    """The complete XHTML document for ``doc``, as UTF-8 bytes with declaration and doctype.
    ``signature_indent_em``: the style's signature role's right indent, which a 落款 under a
    版头 is set from (``signature_indent``). ``squeeze``: adjacent marks squeezed in the markup
    (``_squeeze_marks``; with our fonts embedded: system fonts may squeeze them themselves), but
    in a Traditional article, whose centred marks keep their full em, as the PDF sets them.
    ``anchor``: the article element's id, which a book's title page links to."""
    lang = doc.meta.language_tag
    renderer = _Renderer(doc, roles, text)
    title = display_title(doc)
    html, body = _page(lang, title, css_href)
    body.set(EPUB_TYPE, "bodymatter")
    article = _el(body, "article", cls="article")
    if anchor:
        article.set("id", anchor)
    renderer.masthead(article)
    blocks = masthead.reading_blocks(doc)
    renderer.ranks = masthead.heading_ranks(blocks)
    for index, block in enumerate(blocks):
        if not masthead.run_in(blocks, index):  # an end mark the paragraph before it carries
            renderer.block(article, block, masthead.closing_end_mark(blocks, index))
            if isinstance(block, Signature) and masthead.official_place(text) == "masthead":
                _signature_line(article[-1], blocks, index, signature_indent_em, text)
            if masthead.introduces_next(blocks, index) and len(article):
                _introduces(article[-1])
    if squeeze and doc.meta.language != "zh-Hant":
        _squeeze_marks(article)
    return ArticleXhtml(_serialise(html), title, lang, tuple(renderer.headings))


def _estimated_ems(text: str) -> float:
    """A line's width in ems as a reading system's fonts set it, near enough: full-width
    characters an em, the others half."""
    return sum(1.0 if unicodedata.east_asian_width(char) in "FWA" else 0.5 for char in text)


def _signature_line(paragraph: etree._Element, blocks: tuple[Block, ...], index: int, indent_em: float,
                    text: TextSpec) -> None:
    """A 落款 line under a 版头 as GB/T 9704 7.3.5 sets it: the first a line under the text
    (class ``opens``), each its right indent (``signature_indent``, widths estimated)."""
    if masthead.opens_signature(blocks, index):
        paragraph.set("class", f"{paragraph.get('class')} opens")
    right = masthead.signature_indent(blocks, index, _estimated_ems, indent_em, text)
    if right is not None:
        ems = f"{right:.2f}".rstrip("0").rstrip(".")
        paragraph.set("style", f"margin-right: {ems}em")


def render_title_page(title: str, facts: str, *, lang: str, css_href: str | None, roles: RoleText,
                      squeeze: bool = False, contents_label: str = "",
                      contents: Sequence[ContentsLink] = ()) -> bytes:
    """The title page of a book of several articles: its title (``--title``), a line of facts
    and its contents, as a PDF pack's front page has them.

    Without it the title a user gave would appear in no page of the book, only in its metadata.
    The contents (``contents_label`` over an entry per article, each a link to where its chapter
    starts) are what a reader opening the book sees first, as in the PDF; they have no page
    numbers (an EPUB reflows). The nav document stays the reading system's table of contents.
    """
    html, body = _page(lang, title, css_href)
    body.set(EPUB_TYPE, "frontmatter")
    section = _el(body, "section", cls="titlepage")
    section.set(EPUB_TYPE, "titlepage")
    _headline(section, title, "book-title", roles, "book_title")
    if facts:
        _span(section, facts, "book-facts", roles, "book_facts", tag="p")
    if contents:
        nav = _el(section, "nav", cls="contents")
        if contents_label:
            nav.set("aria-labelledby", "contents-title")
            _span(nav, contents_label, "contents-title", roles, "contents_title", tag="h2").set("id", "contents-title")
        listing = _el(nav, "ol")
        for entry in contents:
            link = _span(_el(listing, "li"), entry.title, "", roles, "contents", tag="a")
            link.set("href", entry.href)
            if entry.lang != lang:  # a Traditional article's title in a Simplified book
                link.set("lang", entry.lang)
                link.set(XML_LANG, entry.lang)
    if squeeze and lang not in ("zh-TW", "zh-HK", "zh-MO"):
        _squeeze_marks(section)
    return _serialise(html)
