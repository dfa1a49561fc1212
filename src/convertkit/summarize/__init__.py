"""Extractive summaries and keywords for Chinese news.

Everything here is a pure function of a ``Document``: the same article always gives the same
summary and keywords. jieba is loaded on first use, once per process (see ``tokens``); the
package itself imports nothing, so that ``summarize.lexicon`` (a headline's word breaks in the
PDF and EPUB writers) comes without jieba's import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .keywords import add_keywords, extract_keywords
    from .rouge import rouge
    from .sentences import split_sentences
    from .summary import Budget, Summary, summarize

_LAZY = {"add_keywords": "keywords", "extract_keywords": "keywords", "rouge": "rouge",
         "split_sentences": "sentences", "Budget": "summary", "Summary": "summary", "summarize": "summary"}

__all__ = ["Budget", "Summary", "add_keywords", "extract_keywords", "rouge", "split_sentences", "summarize"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
