"""Evernote's export (``.enex``): an XML file of notes, each with its title, times, tags, the
address a web clip came from (``<note-attributes><source-url>``) and its text as ENML (XHTML in
an ``<en-note>`` root, in a CDATA section), pictures and files after it as base64 ``<resource>``s.

One export holds a notebook: read as one page, only the first note's text was found, or the
notes ran together. Each note is an article of its own, numbered as records (as JSON Lines and a
text file of several articles are), so ``--record``, packs and batch outputs see every note.

A note's ENML goes through the HTML reader, which keeps a clipped page's menus and footer out;
a short note it finds no article in is read as a record's HTML body instead. What the note states
(its address, its tags) stands in where the page names none. The note's ``<created>`` is when it
was clipped or written, not when the story ran: it is kept in the hints' extras, never the
publication time.
"""

from __future__ import annotations

import dataclasses
import html
import logging
import re
from collections.abc import Iterator
from typing import Any

from .. import regex_cache
from ..errors import InputError, NoArticleError
from ..model import Document, Source
from .crawler_json import Record, RecordInput, build_records, record_input, record_numbers, resolve_fields

__all__ = ["read_enex_documents"]

log = logging.getLogger("convertkit")

# ENML's own elements: a picture or file (en-media), encrypted text (en-crypt).
_ENML_RE = regex_cache.compile(
    r"<en-(?:media|crypt)\b[^>]*?/>|<en-(?:media|crypt)\b[^>]*>.*?</en-(?:media|crypt)>", re.DOTALL)
# A to-do's checkbox (<en-todo checked="true"/>), ticked or not, and the block holding it.
_TODO_RE = regex_cache.compile(r"<en-todo\b(?P<attributes>[^>]*?)(?:/>|>\s*</en-todo>)")
_TODO_BLOCK_RE = regex_cache.compile(
    r"<(?P<tag>div|p)\b[^>]*>(?P<inner>(?:(?!</?(?:div|p)\b).)*?<en-todo\b(?:(?!</?(?:div|p)\b).)*)</(?P=tag)>",
    re.DOTALL)
_PROLOGUE_RE = regex_cache.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?")
_NOTE_ROOT_RE = regex_cache.compile(r"<(/?)en-note\b")


def _text(element: Any, name: str) -> str:
    found = element.find(name)
    return (found.text or "").strip() if found is not None and found.text else ""


def _notes(data: bytes, path: str | None) -> list[dict[str, Any]]:
    """Each ``<note>``'s fields, in order: title, content (ENML), created, source-url, tags, author."""
    from lxml import etree

    parser = etree.XMLParser(recover=True, huge_tree=True, resolve_entities=False, no_network=True,
                             remove_comments=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        raise InputError("is not a readable Evernote export (the XML does not parse)", path=path)
    notes = []
    for note in root.iter("note"):
        attributes = note.find("note-attributes")
        notes.append({
            "title": _text(note, "title"),
            "content": _text(note, "content"),
            "created": _text(note, "created"),
            "url": _text(attributes, "source-url") if attributes is not None else "",
            "author": _text(attributes, "author") if attributes is not None else "",
            "tags": [tag.text.strip() for tag in note.findall("tag") if tag.text and tag.text.strip()],
        })
    return notes


def _note_body(note: dict[str, Any]) -> str:
    """The note's ENML as HTML: no XML prologue, its ``<en-note>`` a ``<div>``, ENML's pictures and
    encrypted runs left out, its to-dos a list."""
    body = _PROLOGUE_RE.sub("", note["content"], count=1)
    if "<en-todo" in body:
        body = _todos_as_items(body)
    if "<en-" in body:
        body = _ENML_RE.sub("", body)
        body = _NOTE_ROOT_RE.sub(lambda found: f"<{found.group(1)}div", body)
    return body


def _todos_as_items(body: str) -> str:
    """A note's to-do list as a list: each block holding a checkbox (``<div><en-todo checked="false"/>
    买牛奶</div>``) an item marked ☐, or ☑ when ticked. With the box left out, the item's words stood
    alone between paragraphs and read as a subheading."""

    def box(found: re.Match[str]) -> str:
        return "☑ " if re.search(r"checked\s*=\s*[\"']true", found.group("attributes"), re.IGNORECASE) else "☐ "

    return _TODO_RE.sub(box, body)


def _note_html(note: dict[str, Any], body: str) -> str:
    """The note as a page: its title in ``<title>``, its body in ``<body>``."""
    title = html.escape(note["title"])
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body>{body}</body></html>")


def _created(value: str) -> str | None:
    """``20261207T020312Z`` (Evernote's form, UTC) as ISO 8601."""
    if len(value) == 16 and value[8] == "T" and value.endswith("Z") and value[:8].isdigit() and value[9:15].isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:8]}T{value[9:11]}:{value[11:13]}:{value[13:15]}+00:00"
    return None


def _note_input(index: int, note: dict[str, Any], path: str | None) -> RecordInput | None:
    """The note's lines and hints: the HTML reader's reading of it, else a record's reading of its
    ENML as an HTML body; None when it holds no text."""
    from .html import extract_html

    stated: dict[str, Any] = {"keywords": tuple(note["tags"])}
    if note["url"].startswith(("http://", "https://")):
        stated["url"] = note["url"]
    extra = {"note_created": created} if (created := _created(note["created"])) else {}
    body = _note_body(note)
    try:
        extract = extract_html(_note_html(note, body).encode("utf-8"), path=path)
    except NoArticleError:
        extract = None
    if extract is not None:
        hints = extract.hints
        filled = {name: value for name, value in stated.items() if value and not getattr(hints, name)}
        hints = dataclasses.replace(hints, extra={**hints.extra, **extra}, **filled)
        return RecordInput(index, list(extract.lines), hints, hints.url)
    data = {"title": note["title"], "content": body, "url": stated.get("url", ""), "tags": note["tags"]}
    item = record_input(Record(index, data), resolve_fields(None))
    if item is None:
        return None
    return dataclasses.replace(item, hints=dataclasses.replace(item.hints, extra={**item.hints.extra, **extra}))


def read_enex_documents(data: bytes, *, path: str | None = None, **_: object) -> Iterator[Document]:
    """One document per note that holds an article, numbered from 1 when the export holds several."""
    notes = _notes(data, path)
    if not notes:
        raise NoArticleError("holds no article: the Evernote export has no note", path=path)
    several = len(notes) > 1
    skipped: list[int] = []

    def inputs() -> Iterator[RecordInput]:
        for index, note in enumerate(notes):
            item = _note_input(index, note, path)
            if item is None:
                skipped.append(index + 1)
                continue
            yield item
        if skipped:
            log.warning("%s: %d note(s) without text skipped (record %s)", path or "<input>", len(skipped),
                        record_numbers(skipped))

    def source(item: RecordInput) -> Source:
        return Source(path=path, encoding="utf-8", format="enex", url=item.url,
                      record=item.index + 1 if several else None)

    yield from build_records(inputs(), source, path=path, listed=lambda: f"{len(notes)} note(s)")
