"""A page a browser saved in a container of its own (MHTML, Safari's webarchive): its HTML goes
through the HTML reader, and the address the container recorded stands in when the page names none."""

from __future__ import annotations

import dataclasses

from ..model import Document, Source


def read_saved_page(html: bytes, address: str | None, *, path: str | None, format: str) -> Document:
    from ..structure.build import build_document
    from .html import extract_html

    extract = extract_html(html, path=path)
    hints = extract.hints
    if address and address.startswith(("http://", "https://")) and not hints.url:
        hints = dataclasses.replace(hints, url=address)
    source = Source(path=path, encoding=extract.encoding, format=format, url=hints.url)
    return build_document(list(extract.lines), hints, source)
