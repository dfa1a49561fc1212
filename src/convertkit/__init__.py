"""convertkit: Chinese news articles to PDF, DOCX, EPUB, plain text and summaries.

The public API is what this module exports; everything else is internal.

    >>> import convertkit
    >>> doc = convertkit.read("article.txt")          # the document model
    >>> convertkit.convert("article.txt", "article.pdf")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from .errors import (
    ConvertkitError,
    InputError,
    OutputError,
    StyleError,
    UsageError,
    WriterError,
)
from .model import Document, Meta

if TYPE_CHECKING:
    from .api import convert, read, read_all, render, write

_LAZY = {"convert", "read", "read_all", "render", "write"}


def __getattr__(name: str) -> Any:
    # The API pulls in readers and the writer registry; keep `import convertkit` itself cheap.
    if name in _LAZY:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'convertkit' has no attribute {name!r}")


__all__ = [
    "ConvertkitError",
    "Document",
    "InputError",
    "Meta",
    "OutputError",
    "StyleError",
    "UsageError",
    "WriterError",
    "__version__",
    "convert",
    "read",
    "read_all",
    "render",
    "write",
]
