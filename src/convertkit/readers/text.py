"""Plain-text articles: decode, split into lines, hand over to the news rules."""

from __future__ import annotations

from ..model import Document, Source
from ..sources import decode
from ..structure.build import build_document
from .base import Hints, split_lines, unwrap_hard_breaks
from .flattened import split_flattened
from .front_matter import front_matter_hints, split_front_matter, split_reader_envelope


def read_text(data: bytes, *, path: str | None = None, hints: Hints | None = None) -> Document:
    decoded = decode(data, path=path)
    lines = split_lines(decoded.text.lstrip("\ufeff"))
    if hints is None:
        # A markdown post's front matter (---\ntitle: …\n---), or a reader service's envelope
        # (Title: … URL Source: … Markdown Content:), states its facts: read, not body.
        matter = split_front_matter(lines) or split_reader_envelope(lines)
        if matter is not None:
            hints, lines = front_matter_hints(matter), matter.rest
    source = Source(path=path, encoding=decoded.encoding, format="text", url=hints.url if hints else None)
    return build_document(split_flattened(unwrap_hard_breaks(lines)), hints or Hints(), source)


def read_text_documents(data: bytes, *, path: str | None = None, **_: object) -> list[Document]:
    return [read_text(data, path=path)]
