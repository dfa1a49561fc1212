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

if TYPE_CHECKING:
    from .api import convert, read, read_all, render, write
    from .model import Document, Meta

_LAZY = {"convert": "api", "read": "api", "read_all": "api", "render": "api", "write": "api",
         "Document": "model", "Meta": "model"}


def __getattr__(name: str) -> Any:
    # Keep `import convertkit` itself cheap: every `convertkit.*` import runs this file first,
    # and `convertkit batch` starts its workers' server before anything heavy is loaded. The
    # API pulls in readers and the writer registry; the model, 38 frozen dataclasses, costs
    # 15 ms to define.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'convertkit' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The lazy names too, so that ``dir(convertkit)`` and completion show ``read``, ``convert``…"""
    return sorted(__all__)


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
