"""Plain-text articles: decode, split into lines, hand over to the news rules."""

from __future__ import annotations

import dataclasses

from ..model import Document, Source
from ..sources import decode
from ..structure.build import build_document
from .base import Hints, Line, split_lines, unwrap_hard_breaks
from .flattened import split_flattened
from .front_matter import (
    FrontMatter,
    front_matter_hints,
    source_address,
    split_clipper_excerpt,
    split_field_block,
    split_front_matter,
    split_page_properties,
    split_reader_envelope,
    split_source_line,
)
from .markdown_page import is_converted_page, page_html, with_stated_facts
from .text_split import split_articles


def read_text(data: bytes, *, path: str | None = None, hints: Hints | None = None) -> Document:
    decoded = decode(data, path=path)
    return _read_lines(split_lines(decoded.text.lstrip("\ufeff")), decoded.text, decoded.encoding, path=path, hints=hints)


def _read_lines(lines: list[Line], text: str, encoding: str, *, path: str | None, hints: Hints | None = None,
                record: int | None = None) -> Document:
    """One article from its lines (``text``: the whole decoded input, for quick scans)."""
    address = None
    if "://" in text[:_ADDRESS_REACH] and (hints is None or not hints.url):
        lines, address = _leading_address(lines)
    if hints is None:
        # A markdown post's front matter (---\ntitle: …\n---), or a reader service's envelope
        # (Title: … URL Source: … Markdown Content:), states its facts: read, not body.
        matter = split_front_matter(lines) or split_reader_envelope(lines) or split_page_properties(lines) \
            or _field_block(lines)
        if matter is not None:
            hints, lines = front_matter_hints(matter), matter.rest
    if address is not None and not (hints is not None and hints.url):
        hints = dataclasses.replace(hints or Hints(), url=address)
    elif text.find("://", 0, _SOURCE_LINE_SCAN) != -1:  # a clip's source address under its headline
        lines, hints = _without_source_line(lines, hints)
    if ">" in text:  # a clipper's excerpt under the headline (MarkDownload's > ## Excerpt)
        lines, excerpt = split_clipper_excerpt(lines)
        if excerpt:
            hints = _with_excerpt(hints or Hints(), excerpt)
    # "]" first: a scan for one character is many times as fast as one for two
    if "]" in text and "](" in text and is_converted_page(lines):  # scans in C: most texts hold no link
        return _read_converted_page(lines, hints, path=path, encoding=encoding)
    source = Source(path=path, encoding=encoding, format="text", url=hints.url if hints else None, record=record)
    return build_document(split_flattened(unwrap_hard_breaks(lines)), hints or Hints(), source)


_ADDRESS_REACH = 2048  # characters from the top where a saved copy's address line may stand


def _leading_address(lines: list[Line]) -> tuple[list[Line], str | None]:
    """A copy that a crawler or a user saved with the page's address as its first line
    (https://www.thepaper.cn/newsDetail_forward_…, then the headline): the address is the
    source's, not the headline, and the lines after it are the article."""
    first = next((index for index, line in enumerate(lines) if line.text.strip()), None)
    address = source_address(lines[first].text.strip()) if first is not None else None
    if address is None or first is None:
        return lines, None
    return lines[first + 1 :], address


def _field_block(lines: list[Line]) -> FrontMatter | None:
    """A block of labelled fields over the text (标题：… 来源：… 正文：), asked only of a text that
    opens with a label's mark: a line with a colon or a bracket in its first few characters."""
    first = next((line.text.strip() for line in lines if line.text.strip()), "")
    if not any(mark in first[:24] for mark in "：:】]"):
        return None
    return split_field_block(lines)


_SOURCE_LINE_SCAN = 4000  # characters from the top where a clip's source line may stand


def _without_source_line(lines: list[Line], hints: Hints | None) -> tuple[list[Line], Hints | None]:
    """The lines without a clip's source line near the top (Joplin's, Evernote's markdown: the
    page's URL alone under the headline, or Source: https://…), and ``hints`` with its address
    (the line kept as read in ``extra``); both as they are when there is no such line, or the
    container states another address."""
    rest, line, address = split_source_line(lines)
    if line is None or address is None or (hints is not None and hints.url not in (None, address)):
        return lines, hints
    hints = hints or Hints()
    return rest, dataclasses.replace(hints, url=address, extra={**hints.extra, "source_line": line.text})


def _with_excerpt(hints: Hints, excerpt: tuple[Line, ...]) -> Hints:
    """``hints`` keeping the excerpt's lines as read (the page's summary, not its story)."""
    kept = "\n".join(line.text for line in excerpt)
    return dataclasses.replace(hints, extra={**hints.extra, "excerpt": kept})


def _read_converted_page(lines: list[Line], stated: Hints | None, *, path: str | None, encoding: str) -> Document:
    """A web page saved as markdown goes through the HTML reader (see ``markdown_page``)."""
    from .html import extract_html

    extract = extract_html(page_html(lines), path=path)
    hints = with_stated_facts(extract.hints, stated)
    source = Source(path=path, encoding=encoding, format="text", url=hints.url)
    return build_document(list(extract.lines), hints, source)


def read_text_documents(data: bytes, *, path: str | None = None, **_: object) -> list[Document]:
    """Every article of a text file: one, or each of several a file holds (``text_split``), numbered
    as records from 1."""
    decoded = decode(data, path=path)
    text = decoded.text.lstrip("\ufeff")
    lines = split_lines(text)
    parts = split_articles(text, lines)
    if parts is None:
        return [_read_lines(lines, decoded.text, decoded.encoding, path=path)]
    return [_read_lines(part, decoded.text, decoded.encoding, path=path, record=number)
            for number, part in enumerate(parts, 1)]
