"""Lines + hints → ``Document``: run the news rules and settle the facts into Meta.

This is the one entry point readers call. It owns the per-document state (a
``ruler.Context``), so the rules themselves stay pure functions of a paragraph and
what has been seen so far. Facts are settled here, in one place, with one precedence:
hints from the container win over guesses from the text, the dateline's agency wins over a
来源 line (issue 7, "Conventions").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..errors import NoArticleError
from ..model import Block, Caption, Document, Meta, Source
from ..readers.base import Hints, Line
from ..transforms.script import detect_script
from .patterns import agency_region, canonical_agency
from .people import split_names
from .rules import DEFAULT_RULER
from .ruler import Context, Match, Para, Ruler, strip_markup
from .titles import clean_title
from .timeparse import parse_datetime

__all__ = ["build_document", "paragraphs"]

def paragraphs(lines: Sequence[Line]) -> list[Para]:
    """Every non-blank line is a paragraph (news text puts one paragraph on a line)."""
    out: list[Para] = []
    for line in lines:
        raw = line.text.strip()
        if raw:
            out.append(Para(raw=raw, body=strip_markup(raw), number=line.number))
    return out


def _merge(meta: dict[str, Any], updates: Any) -> None:
    for key, value in updates.items():
        if isinstance(value, tuple):
            meta[key] = tuple(dict.fromkeys((*meta.get(key, ()), *value)))
        elif value is not None and key not in meta:
            meta[key] = value


def _apply(ruler: Ruler, para: Para, ctx: Context, start: int = 0) -> tuple[list[Block], int]:
    """Offer ``para`` to the rules from position ``start``; return blocks and lines consumed."""
    rules = ruler.active()
    for position in range(start, len(rules)):
        match: Match | None = rules[position].func(para, ctx)
        if match is None:
            continue
        _merge(ctx.meta, match.meta)
        blocks = list(match.blocks)
        ctx.kinds.extend(block.kind for block in match.blocks)
        if match.rest is not None:
            rest_blocks, _ = _apply(ruler, match.rest, ctx, position + 1) if match.rest.body else ([], 1)
            blocks.extend(rest_blocks)
        blocks.extend(match.after)
        ctx.kinds.extend(block.kind for block in match.after)
        return blocks, max(1, match.consumed)
    return [], 1


def _photographers(blocks: Sequence[Block], found: tuple[str, ...]) -> tuple[str, ...]:
    names = list(found)
    for block in blocks:
        if isinstance(block, Caption) and block.photographer:
            for name in block.photographer.split("、"):
                if name not in names:
                    names.append(name)
    return tuple(names)


_LATIN_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z .'\-]{1,40}$")
_PHOTO_SUFFIXES = ("摄影", "攝影", "摄", "攝")


def _hinted_people(authors: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Container authors → (reporters, photographers): personal names only (``刘通摄`` is a
    photographer; ``网易`` is no person; Latin-script names are kept as given)."""
    reporters: list[str] = []
    photographers: list[str] = []
    for author in authors:
        author = author.strip()
        for suffix in _PHOTO_SUFFIXES:
            if author.endswith(suffix) and split_names(author[: -len(suffix)]):
                photographers.extend(split_names(author[: -len(suffix)]))
                break
        else:
            names = split_names(author) or ((author,) if _LATIN_NAME_RE.match(author) else ())
            reporters.extend(names)
    return tuple(dict.fromkeys(reporters)), tuple(dict.fromkeys(photographers))


def _all_text(title: str, blocks: Sequence[Block]) -> str:
    parts = [title]
    for block in blocks:
        parts.append(getattr(block, "text", "") or "")
    return "\n".join(parts)


def _published(hinted: str | None, found: str | None) -> str | None:
    """The container's time wins, unless it is only a date and the text has the time too."""
    hinted = parse_datetime(hinted) if hinted else None
    if hinted and found and len(hinted) == 10 and found.startswith(hinted):
        return found
    return hinted or found


def _agency(meta: dict[str, Any], hints: Hints) -> str | None:
    """Dateline agency, else the container's 来源, else a 来源/print-edition line in the text."""
    agency = meta.get("dateline_agency")
    if agency in ("本报", "本網", "本网", "本報") and (hints.agency or meta.get("print_agency")):
        agency = None  # "this paper": the container or the print-edition line says which paper
    if agency is None and hints.agency:
        agency = canonical_agency(hints.agency.strip())
    for key in ("source_agency", "print_agency"):
        if agency is None and meta.get(key):
            agency = canonical_agency(meta[key])
    return agency


def _meta(meta: dict[str, Any], hints: Hints, source: Source, title: str, blocks: Sequence[Block]) -> Meta:
    agency = _agency(meta, hints)
    hinted, hinted_photographers = _hinted_people(hints.authors)
    language = hints.language if hints.language in ("zh-Hans", "zh-Hant") else detect_script(_all_text(title, blocks))
    return Meta(
        title=title,
        published=_published(hints.published, meta.get("published")),
        agency=agency,
        bureau=meta.get("bureau"),
        dateline=meta.get("dateline"),
        reporters=tuple(dict.fromkeys((*hinted, *meta.get("reporters", ())))),
        photographers=_photographers(blocks, (*meta.get("photographers", ()), *hinted_photographers)),
        editors=tuple(dict.fromkeys((*hints.editors, *meta.get("editors", ())))),
        series=meta.get("series"),
        language=language,
        region=meta.get("region") or agency_region(agency) or hints.extra.get("region") or None,
        keywords=tuple(hints.keywords),
        subtitle=meta.get("subtitle"),
        source=source,
        header_raw=meta.get("header_raw", ()),
    )


def build_document(lines: Sequence[Line], hints: Hints, source: Source, *, ruler: Ruler | None = None) -> Document:
    """Recognise the parts of a news article in ``lines`` and return the Document.

    ``ruler`` replaces the default rules (``DEFAULT_RULER.before(...)``, ``.disable(...)``).
    Raises NoArticleError when there is neither a title nor any body text.
    """
    ruler = ruler or DEFAULT_RULER
    paras = paragraphs(lines)
    ctx = Context(paras=paras, hints=hints)
    blocks: list[Block] = []
    index = 0
    while index < len(paras):
        ctx.index = index
        produced, consumed = _apply(ruler, paras[index], ctx)
        blocks.extend(produced)
        index += consumed
    title = ctx.meta.get("title") or (clean_title(hints.title) if hints.title else "")
    if not title and not blocks:
        raise NoArticleError("no article text (no title, no body)", path=source.path)
    return Document(meta=_meta(ctx.meta, hints, source, title, blocks), blocks=tuple(blocks))
