"""What a reader hands to ``structure``: source lines plus hints from the container format.

Readers adapt formats (plain text, saved HTML, crawler JSON); they know nothing of news
conventions. ``structure`` knows news conventions and nothing of formats. ``Hints`` carries
the facts a container already states (an HTML ``<meta>``, a JSON ``title`` field), which the
news rules prefer over guessing from the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Line:
    """One source line, exactly as decoded (no line ending), with its 1-based number."""

    text: str
    number: int

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass(frozen=True, slots=True)
class Hints:
    """Facts stated by the container, each None when the container said nothing."""

    title: str | None = None
    published: str | None = None  # as written; the time rules parse it
    agency: str | None = None  # a 来源/source field
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    url: str | None = None
    language: str | None = None  # zh-Hans | zh-Hant when the container declares it
    captions: tuple[str, ...] = ()  # figcaption texts (HTML)
    links: tuple[tuple[str, str], ...] = ()  # (title, url) pairs of related links (HTML)
    title_in_text: bool = True  # False when the body text does not start with the title
    extra: dict[str, str] = field(default_factory=dict)


def split_lines(text: str) -> list[Line]:
    """Split decoded text on any line ending (CRLF, CR, LF, U+2028/2029) into numbered lines."""
    return [Line(text=part, number=index) for index, part in enumerate(text.splitlines(), start=1)]
