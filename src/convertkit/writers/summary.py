"""``convertkit summary``: the few lines an analyst forwards instead of the article.

Four parts, each on its own line, separated by blank lines where a mail client would want them:
the headline; one source line (``中新网 2019-01-17 · 记者 林玲``); the summary (whole sentences
quoted verbatim, in source order, as one paragraph); and ``关键词：…``. ``--sentences-only``
prints only the summary, one sentence a line, for scripts and for evaluation.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import BinaryIO, ClassVar

from .. import regex_cache
from ..model import Block, Document
from ..model.document import Meta
from ..summarize.keywords import extract_keywords, source_keywords
from ..summarize.summary import DEFAULT_CHARS, DEFAULT_SENTENCES, Budget, summarize
from .base import RenderContext
from .masthead import byline
from .text import ARTICLE_RULE

SEPARATOR = " · "
# the two words the summary adds itself, in the article's own script
KEYWORDS_LABEL: dict[str, str] = {"zh-Hans": "关键词", "zh-Hant": "關鍵詞"}
_ISO_DATE = regex_cache.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    sentences: int | None = field(
        default=None,
        metadata={"help": f"At most N sentences (with neither limit given: {DEFAULT_SENTENCES} sentences "
                          f"and {DEFAULT_CHARS} Han characters)."},
    )
    chars: int | None = field(
        default=None, metadata={"help": "At most N Han characters; sentences are never cut to fit."}
    )
    sentences_only: bool = field(default=False, metadata={"help": "Print only the summary sentences, one a line."})

    def __post_init__(self) -> None:
        for name in ("sentences", "chars"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise ValueError(f"{name} must be at least 1, not {value}")

    @property
    def budget(self) -> Budget:
        return Budget.of(self.sentences, self.chars)


def source_line(meta: Meta) -> str:
    """``中新网 2019-01-17 · 记者 林玲``: agency and day, then the byline; empty when nothing is known.
    An official document's number follows its issuer (``国务院办公厅 国办发〔2024〕12号 2024-03-05``):
    what an analyst cites it by."""
    day = None
    if meta.published and _ISO_DATE.match(meta.published):
        day = meta.published[:10]
    elif meta.dateline is not None and meta.dateline.date:
        day = meta.dateline.date
    number = meta.official.number if meta.official is not None else None
    head = " ".join(part for part in (meta.agency, number, day) if part)
    parts = [head] if head else []
    if meta.reporters:
        parts.append(byline(meta))
    return SEPARATOR.join(parts)




# Characters of body text a summary reads: some hundred long articles. Ranking and keywords
# cost time in proportion to the text (a 50 MB one-paragraph record took minutes); what a
# summary quotes of a text this long comes from its beginning all the same.
SUMMARY_READS_CHARS = 300_000


def _within_reach(doc: Document, ctx: RenderContext | None) -> Document:
    """``doc`` with its body cut after ``SUMMARY_READS_CHARS`` characters (whole blocks, and
    the part of the block that reaches past them)."""
    total = sum(len(getattr(block, "text", "") or "") for block in doc.blocks)
    if total <= SUMMARY_READS_CHARS:
        return doc
    kept: list[Block] = []
    room = SUMMARY_READS_CHARS
    for block in doc.blocks:
        text = getattr(block, "text", "") or ""
        if len(text) > room:
            with contextlib.suppress(TypeError, ValueError):  # a block without raw text to cut stays out
                kept.append(dataclasses.replace(block, text=text[:room], raw=text[:room]))  # type: ignore[type-var]
            break
        kept.append(block)
        room -= len(text)
    if ctx is not None:
        ctx.warn(f"{doc.meta.title or 'article'}: summarised from its first {SUMMARY_READS_CHARS:,} characters "
                 f"of {total:,}")
    return dataclasses.replace(doc, blocks=tuple(kept))


def render_summary(doc: Document, options: SummaryOptions, ctx: RenderContext | None = None) -> str:
    """The summary file's text, ending with a newline (empty for an article with nothing to quote)."""
    doc = _within_reach(doc, ctx)
    summary = summarize(doc, options.budget)
    if not summary.sentences and ctx is not None:
        ctx.warn(f"{doc.meta.title or 'article'}: no sentence of the body fits the summary budget")
    if options.sentences_only:
        return "".join(sentence + "\n" for sentence in summary.sentences)
    lines: list[str] = [doc.meta.kicker, doc.meta.title] if doc.meta.kicker else [doc.meta.title]
    line = source_line(doc.meta)
    if line:
        lines.append(line)
    if summary.sentences:
        lines += ["", summary.text]
    keywords = source_keywords(doc) or extract_keywords(doc)
    if keywords:
        lines += ["", KEYWORDS_LABEL.get(doc.meta.language, "关键词") + "：" + "、".join(keywords)]
    return "\n".join(lines) + "\n"


class SummaryWriter:
    name: ClassVar[str] = "summary"
    extension: ClassVar[str] = ".summary.txt"
    description: ClassVar[str] = "a plain-text summary (headline, source, key sentences, keywords)"
    binary: ClassVar[bool] = False
    Options: ClassVar[type] = SummaryOptions

    def write(self, doc: Document, ctx: RenderContext, out: BinaryIO) -> None:
        self.write_many([doc], ctx, out)

    def write_many(self, docs: Sequence[Document], ctx: RenderContext, out: BinaryIO) -> None:
        """A digest of several articles (``convertkit summary crawl.jsonl -o -``): one summary
        after another, each after a rule line as in the reading copy; with
        ``--sentences-only``, a blank line between articles."""
        options = ctx.options if isinstance(ctx.options, SummaryOptions) else SummaryOptions()
        between = "\n" if options.sentences_only else ARTICLE_RULE
        out.write(between.join(render_summary(doc, options, ctx) for doc in docs).encode("utf-8"))
