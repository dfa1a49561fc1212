"""Plain-text articles: decode, split into lines, hand over to the news rules."""

from __future__ import annotations

from ..model import Document, Source
from ..sources import decode
from ..structure.build import build_document
from .base import Hints, split_lines, unwrap_hard_breaks
from .flattened import split_flattened


def read_text(data: bytes, *, path: str | None = None, hints: Hints | None = None) -> Document:
    decoded = decode(data, path=path)
    source = Source(path=path, encoding=decoded.encoding, format="text")
    return build_document(split_flattened(unwrap_hard_breaks(split_lines(decoded.text))), hints or Hints(), source)


def read_text_documents(data: bytes, *, path: str | None = None, **_: object) -> list[Document]:
    return [read_text(data, path=path)]
