"""Extractive summaries and keywords for Chinese news.

Everything here is a pure function of a ``Document``: the same article always gives the same
summary and keywords. jieba is loaded on first use, once per process (see ``tokens``).
"""

from __future__ import annotations

from .keywords import add_keywords, extract_keywords
from .rouge import rouge
from .sentences import split_sentences
from .summary import Budget, Summary, summarize

__all__ = ["Budget", "Summary", "add_keywords", "extract_keywords", "rouge", "split_sentences", "summarize"]
