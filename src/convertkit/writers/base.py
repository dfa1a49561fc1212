"""The writer plugin contract: a writer turns a ``Document`` into bytes on a stream.

Writers do no file I/O of their own (``output.py`` owns the destination), keep no state
between documents, and raise only ``ConvertkitError``. Options are a frozen dataclass per
writer; the CLI derives its ``--flags`` from that dataclass's fields, so a third-party writer
gets command-line options without touching convertkit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, BinaryIO, ClassVar, Protocol, runtime_checkable

if TYPE_CHECKING:
    from ..model import Block, Document
    from ..style import Style

log = logging.getLogger("convertkit")


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A message about one document that is worth telling the user but does not stop the work."""

    level: str  # "warning" | "info"
    message: str


def _log_diagnostic(diagnostic: Diagnostic) -> None:
    log.log(logging.WARNING if diagnostic.level == "warning" else logging.INFO, "%s", diagnostic.message)


@dataclass(frozen=True, slots=True)
class NoOptions:
    """For writers that take no options."""


@dataclass(frozen=True)
class RenderContext:
    """Everything a writer may use besides the document; the style is loaded only if asked for."""

    style_ref: str = "briefing"
    options: Any = field(default_factory=NoOptions)
    source_date: datetime = field(default_factory=lambda: datetime(2000, 1, 1, tzinfo=UTC))
    report: Callable[[Diagnostic], None] = _log_diagnostic

    @cached_property
    def style(self) -> Style:
        from ..style import load_style

        return load_style(self.style_ref)

    def warn(self, message: str) -> None:
        self.report(Diagnostic("warning", message))


@runtime_checkable
class Writer(Protocol):
    name: ClassVar[str]  # "pdf" gives the command `to-pdf`; equals the entry-point name
    extension: ClassVar[str]  # ".pdf"
    description: ClassVar[str]
    binary: ClassVar[bool]  # False for text formats (they may go to a terminal)
    Options: ClassVar[type]
    # Optional: ``needs_keywords = True`` has the API fill ``meta.keywords`` (jieba) first,
    # for formats whose metadata carries them; others never pay for loading the tokenizer.

    def write(self, doc: Document, ctx: RenderContext, out: BinaryIO) -> None: ...


class BlockVisitor:
    """Dispatch on block kind: ``visit_<kind>(block)``; ``visit_default`` for anything else.

    Third-party writers may subclass this instead of matching on types themselves. The default
    fallback renders a block's ``text`` so that a writer never silently drops content.
    """

    def visit(self, block: Block) -> Any:
        method = getattr(self, f"visit_{block.kind}", None)
        if method is None:
            return self.visit_default(block)
        return method(block)

    def visit_default(self, block: Block) -> Any:
        return getattr(block, "text", "")
