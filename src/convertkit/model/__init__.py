"""The document model: frozen dataclasses, the only thing writers see."""

from .blocks import (
    BLOCK_KINDS,
    BLOCK_TYPES,
    BODY_KINDS,
    Block,
    Caption,
    EditorLine,
    EditorNote,
    EndMark,
    Heading,
    Lead,
    LinkItem,
    Paragraph,
    Point,
    RelatedLinks,
    SeriesLabel,
)
from .document import Dateline, Document, Meta, Series, Source

__all__ = [
    "BLOCK_KINDS",
    "BLOCK_TYPES",
    "BODY_KINDS",
    "Block",
    "Caption",
    "Dateline",
    "Document",
    "EditorLine",
    "EditorNote",
    "EndMark",
    "Heading",
    "Lead",
    "LinkItem",
    "Meta",
    "Paragraph",
    "Point",
    "RelatedLinks",
    "Series",
    "SeriesLabel",
    "Source",
]
