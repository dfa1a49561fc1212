"""The words of a briefing's masthead, shared by every writer so that all formats agree.

A press office reading the PDF and the DOCX of one article must see the same meta line
(``中新网 · 2019年1月17日 23:10 · 记者 林玲``), the same short title in the running header and
the same 简报 date. Formats differ in how they draw these, never in what they say.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from ..model import Meta

if TYPE_CHECKING:  # the text writer formats dates without loading styles (and fonts)
    from ..style import TextSpec

SHORT_TITLE_CHARS = 24
REPORTER_LABEL = {"zh-Hans": "记者", "zh-Hant": "記者"}


def moment(published: str | None) -> datetime | None:
    """The publication time as a datetime, None when absent or not ISO 8601."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published)
    except ValueError:
        return None


def format_date(published: str | None, text: TextSpec | None = None) -> str:
    """The publication date in the style's format (``2019年1月17日``), else the raw value."""
    parsed = moment(published)
    if parsed is None:
        return published or ""
    date_format = text.date_format if text is not None else "{year}年{month}月{day}日"
    return date_format.format(year=parsed.year, month=parsed.month, day=parsed.day)


def format_time(published: str | None, text: TextSpec | None = None) -> str:
    """Date and, when the source gave one, the time of day: ``2019年1月17日 23:10``."""
    parsed = moment(published)
    if parsed is None:
        return published or ""
    when = format_date(published, text)
    if "T" in (published or "") or " " in (published or "").strip():
        when += f" {parsed.hour:02d}:{parsed.minute:02d}"
    return when


def meta_parts(meta: Meta, text: TextSpec | None = None) -> list[tuple[str, str]]:
    """``(kind, text)`` for agency, publication time and reporters, the parts of the meta line
    (formats that mark them up, like EPUB's ``<time>``, need them apart)."""
    parts: list[tuple[str, str]] = []
    if meta.agency:
        parts.append(("agency", meta.agency))
    if meta.published:
        parts.append(("published", format_time(meta.published, text)))
    if meta.reporters:
        parts.append(("reporters", f"{REPORTER_LABEL.get(meta.language, '记者')} " + "、".join(meta.reporters)))
    return parts


def meta_line(meta: Meta, text: TextSpec | None = None) -> str:
    """``中新网 · 2019年1月17日 23:10 · 记者 林玲``: who, when, by whom, in one line."""
    separator = text.meta_separator if text is not None else " · "
    return separator.join(part for _, part in meta_parts(meta, text))


def short_title(title: str, limit: int = SHORT_TITLE_CHARS) -> str:
    """The title cut for a running header, with an ellipsis when cut."""
    return title if len(title) <= limit else title[: limit - 1] + "…"


def issue_line(issue_no: int, text: TextSpec | None = None) -> str:
    """``第12期``."""
    return (text.issue_format if text is not None else "第{issue}期").format(issue=issue_no)


def caption_credit(text: str, photographer: str | None) -> str:
    """The trailing photo credit of a caption (``李南轩 摄``, ``（记者 张三 攝）``), or ""."""
    if not photographer:
        return ""
    match = re.search(r"[（(]?\s*(?:记者|記者)?\s*" + re.escape(photographer) + r"\s*[摄攝][)）]?\s*$", text)
    return text[match.start():] if match else ""


def unbreakable(text: str) -> str:
    """``text`` glued with word joiners and no-break spaces, so no line break falls inside it
    (a photo credit split as ``李南 / 轩 摄`` reads as two names). Joiners draw nothing."""
    return "\u2060".join(text.replace(" ", "\u00a0"))


def note_body(text: str, label: str) -> str:
    """An editor's note without a leading ``编者按：``, which readers may or may not have left in
    the text: every writer sets the label on its own (bold, bracketed, a separate run)."""
    if label and text.startswith(label):
        return text[len(label):].lstrip("：:　 ")
    return text.lstrip("　 ")
