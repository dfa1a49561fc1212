"""``to-json``: the model in its versioned JSON form, for pipelines and for checking the reader."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import BinaryIO, ClassVar

from ..model import Document
from ..model.jsonio import document_to_dict
from .base import RenderContext


@dataclass(frozen=True, slots=True)
class JsonOptions:
    indent: int = field(default=2, metadata={
        "help": "Indentation; 0 writes one line. Several articles are a JSON array, or JSON Lines with 0 "
                "(the default for a .jsonl destination)."})


class JsonWriter:
    name: ClassVar[str] = "json"
    extension: ClassVar[str] = ".json"
    description: ClassVar[str] = "the document model as versioned JSON (convertkit.document/1)"
    binary: ClassVar[bool] = False
    needs_keywords: ClassVar[bool] = True
    Options: ClassVar[type] = JsonOptions

    def write_many(self, docs: Sequence[Document], ctx: RenderContext, out: BinaryIO) -> None:
        """Several articles: a JSON array (a ``.json`` file stays one JSON value that any parser
        reads), or with ``indent`` 0 JSON Lines, one compact document per line."""
        options: JsonOptions = ctx.options if isinstance(ctx.options, JsonOptions) else JsonOptions()
        if options.indent:
            text = json.dumps([document_to_dict(doc) for doc in docs], ensure_ascii=False, indent=options.indent)
            out.write(text.encode("utf-8") + b"\n")
            return
        for doc in docs:
            out.write(json.dumps(document_to_dict(doc), ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
            out.write(b"\n")

    def write(self, doc: Document, ctx: RenderContext, out: BinaryIO) -> None:
        options: JsonOptions = ctx.options if isinstance(ctx.options, JsonOptions) else JsonOptions()
        text = json.dumps(
            document_to_dict(doc),
            ensure_ascii=False,
            indent=options.indent or None,
            separators=None if options.indent else (",", ":"),
        )
        out.write(text.encode("utf-8") + b"\n")
