"""``to-epub``: an EPUB 3 book (one article, or a chapter per article) that epubcheck passes.

ebooklib assembles the package (OPF, nav, NCX, zip); we hand it finished XHTML, because its
own HTML round trip drops ``epub:type`` and mangles namespaces. Everything that varies between
runs is pinned so the same input gives the same bytes: the identifier is a uuid5 of the
content, ``dcterms:modified`` and the zip timestamps come from ``ctx.source_date``.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, BinaryIO, ClassVar

from ebooklib import epub

from ..errors import UsageError, WriterError, map_errors
from ..model import Document
from ..model.jsonio import document_to_dict
from ..style import TextSpec
from . import collection
from .base import RenderContext
from .epub_css import Stylesheet, build_stylesheet
from .epub_xhtml import (
    ArticleXhtml,
    ContentsLink,
    RoleText,
    TocEntry,
    one_line,
    render_article,
    render_title_page,
    safe_href,
)
from .ziparchive import Member, archive, deflated_fast, stored

# Fixed namespace for content-derived identifiers: changing it would change every book's id.
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://convertkit.invalid/epub/document")

CSS_NAME = "style.css"
TITLE_PAGE = "titlepage.xhtml"
NAV_TITLES = collection.CONTENTS_TITLES
LANDMARK_TITLES = {"zh-CN": "导览", "zh-TW": "導覽", "zh-HK": "導覽", "zh-MO": "導覽"}
ACCESSIBILITY_SUMMARY = ("Text only: a news article with headings, a table of contents and semantic markup; "
                         "no images, audio or video.")


@dataclass(frozen=True, slots=True)
class EpubOptions:
    embed_fonts: bool = field(
        default=True,
        metadata={"help": "Embed subsets of the bundled Chinese fonts (@font-face); off relies on the reader's fonts."},
    )
    title: str | None = field(
        default=None, metadata={"help": "Book title (for a book of several articles; default: from the articles)."}
    )


class EpubWriter:
    name: ClassVar[str] = "epub"
    extension: ClassVar[str] = ".epub"
    description: ClassVar[str] = "an EPUB 3 e-book (reflowable, with nav and NCX)"
    binary: ClassVar[bool] = True
    needs_keywords: ClassVar[bool] = True
    Options: ClassVar[type] = EpubOptions

    def write(self, doc: Document, ctx: RenderContext, out: BinaryIO) -> None:
        write_book((doc,), ctx, out)

    def write_many(self, docs: Sequence[Document], ctx: RenderContext, out: BinaryIO) -> None:
        """Several articles make one book, a chapter each (``to-epub a.txt b.txt -o book.epub``)."""
        write_book(docs, ctx, out)


def write_book(docs: Sequence[Document], ctx: RenderContext, out: BinaryIO) -> None:
    """Write ``docs`` as one EPUB to ``out``: a chapter per article, in the given order.

    One document gives the same book ``EpubWriter.write`` gives. ``ctx.options`` is an
    ``EpubOptions`` (its ``title`` names a book of several articles).
    """
    if not docs:
        raise UsageError("an EPUB book needs at least one article")
    options: EpubOptions = ctx.options if isinstance(ctx.options, EpubOptions) else EpubOptions()
    with map_errors(WriterError, "cannot write EPUB"):
        data = _build(tuple(docs), ctx, options)
    out.write(data)


# --- assembling -----------------------------------------------------------------------------


def _chapter_name(index: int, count: int) -> str:
    return "article.xhtml" if count == 1 else f"article-{index + 1:03d}.xhtml"


def _article_anchor(index: int) -> str:
    """The id of a chapter's article element in a book of several: its title page entry's target."""
    return f"article-{index + 1}"


class _RawXhtml(epub.EpubHtml):  # type: ignore[misc]
    """An EpubHtml whose bytes ebooklib writes as given instead of re-parsing them as HTML."""

    def get_content(self, default: Any = None) -> bytes:
        return bytes(self.content)


def _build(docs: tuple[Document, ...], ctx: RenderContext, options: EpubOptions) -> bytes:
    roles = RoleText()
    text = ctx.style.text
    indent = ctx.style.role("signature").right_indent_em
    pack = len(docs) > 1
    articles = [render_article(doc, css_href=CSS_NAME, roles=roles, text=text, signature_indent_em=indent,
                               squeeze=options.embed_fonts, anchor=_article_anchor(index) if pack else None)
                for index, doc in enumerate(docs)]
    lang = articles[0].lang
    nav_title = NAV_TITLES.get(lang, "目录")
    roles.add("toc_title", nav_title)
    for article in articles:
        roles.add("toc", article.title + "".join(entry.title for entry in article.headings))
    title = book_title(docs, options.title)
    # The title page lists the articles, each a link to its chapter, as the PDF pack's front page does.
    contents = [ContentsLink(collection.contents_entry(doc, one_line),
                             f"{_chapter_name(index, len(docs))}#{_article_anchor(index)}", article.lang)
                for index, (doc, article) in enumerate(zip(docs, articles, strict=True))] if pack else []
    title_page = render_title_page(title, book_facts(docs, text), lang=lang, css_href=CSS_NAME, roles=roles,
                                   squeeze=options.embed_fonts, contents_label=collection.contents_title(lang),
                                   contents=contents)
    stylesheet = build_stylesheet(ctx, roles, langs=[article.lang for article in articles],
                                  embed_fonts=options.embed_fonts)

    book = epub.EpubBook()
    book.set_identifier(book_identifier(docs, options.title))
    book.set_title(title)
    for tag in dict.fromkeys(article.lang for article in articles):
        book.set_language(tag)
    book.language = lang  # the nav document's language: the first article's
    _set_generator(book)
    _add_reading_metadata(book, embedded_fonts=bool(stylesheet.fonts))
    _add_people_and_facts(book, docs)
    _add_stylesheet(book, stylesheet)
    chapters = _add_chapters(book, articles)

    book.add_item(epub.EpubNcx())
    nav = epub.EpubNav(title=nav_title)
    nav.add_link(href=CSS_NAME, rel="stylesheet", type="text/css")
    book.add_item(nav)
    # A book of several articles opens on its title page and table of contents; a single
    # article opens on itself.
    front: list[Any] = []
    if pack:
        front = [book.add_item(_RawXhtml(uid="titlepage", file_name=TITLE_PAGE, title=book.title, lang=lang,
                                         content=title_page)), "nav"]
    book.spine = front + chapters
    # Landmarks (EPUB 3) and guide (EPUB 2): where the text begins, and the table of contents
    # when it is a page of the book (a landmark must point into the spine).
    book.guide = ([{"type": "toc", "href": nav.file_name, "title": nav_title}] if pack else []) + [
        {"type": "text", "href": chapters[0].file_name, "title": chapters[0].title}]

    depth = 1 + max((_depth(item) for item in book.toc), default=0)
    buffer = io.BytesIO()
    writer = _PinnedWriter(buffer, book, {"raise_exceptions": True, "mtime": _utc(ctx.source_date),
                                          "epub3_pages": False,
                                          "landmark_title": LANDMARK_TITLES.get(lang, "导览")})
    writer.entries = _Entries(_utc(ctx.source_date), {"EPUB/toc.ncx": _ncx_with_depth(depth)})
    writer.process()
    writer.write()
    return buffer.getvalue()


def _add_stylesheet(book: epub.EpubBook, stylesheet: Stylesheet) -> None:
    book.add_item(epub.EpubItem(uid="style", file_name=CSS_NAME, media_type="text/css",
                                content=stylesheet.css.encode("utf-8")))
    for index, font in enumerate(stylesheet.fonts):
        book.add_item(epub.EpubItem(uid=f"font-{index + 1}", file_name=font.file_name,
                                    media_type=font.media_type, content=font.data))


def _add_chapters(book: epub.EpubBook, articles: Sequence[ArticleXhtml]) -> list[_RawXhtml]:
    """A chapter per article, and the table of contents: articles, and their subheadings below."""
    chapters = []
    toc: list[Any] = []
    for index, article in enumerate(articles):
        name = _chapter_name(index, len(articles))
        chapter = _RawXhtml(uid=f"article-{index + 1}", file_name=name, title=article.title, lang=article.lang,
                            content=article.content)
        book.add_item(chapter)
        chapters.append(chapter)
        if article.headings:
            toc.append((chapter, _heading_tree(name, index, article.headings)))
        else:
            toc.append(chapter)
    book.toc = toc
    return chapters


def _heading_tree(name: str, index: int, headings: Sequence[TocEntry]) -> list[Any]:
    """An article's headings for the table of contents: the first level's entries, each with
    the entries of the level under it (rank 3) that follow it nested below it."""
    tree: list[Any] = []
    under: list[Any] | None = None  # the children of the last first-level entry
    for number, entry in enumerate(headings):
        link = epub.Link(f"{name}#{entry.fragment}", entry.title, f"toc-{index + 1}-{number + 1}")
        if entry.rank > 2 and under is not None:
            under.append(link)
        elif entry.rank > 2:
            tree.append(link)  # before any first-level heading: at the first level
        else:
            under = []
            tree.append((link, under))
    return [item[0] if isinstance(item, tuple) and not item[1] else item for item in tree]


def _depth(item: Any) -> int:
    """How many levels a table of contents entry spans, itself included."""
    return 1 + max((_depth(child) for child in item[1]), default=0) if isinstance(item, tuple) else 0


def _ncx_with_depth(depth: int) -> Callable[[bytes], bytes]:
    """ebooklib always writes ``dtb:depth`` 0; EPUB 2 readers size their TOC view from it."""

    def fix(ncx: bytes) -> bytes:
        wrong, right = b'<meta content="0" name="dtb:depth"/>', f'<meta content="{depth}" name="dtb:depth"/>'
        return ncx.replace(wrong, right.encode())

    return fix


def _add_reading_metadata(book: epub.EpubBook, *, embedded_fonts: bool) -> None:
    """Accessibility facts (schema.org, as EPUB Accessibility asks) and, with embedded fonts,
    Apple Books' switch to use them (it ignores @font-face without it)."""
    facts = [("schema:accessMode", "textual"), ("schema:accessModeSufficient", "textual"),
             ("schema:accessibilityFeature", "structuralNavigation"),
             ("schema:accessibilityFeature", "tableOfContents"),
             ("schema:accessibilityFeature", "readingOrder"),
             ("schema:accessibilityFeature", "displayTransformability"),
             ("schema:accessibilityHazard", "none"),
             ("schema:accessibilitySummary", ACCESSIBILITY_SUMMARY)]
    for prop, value in facts:
        book.add_metadata(None, "meta", value, {"property": prop})
    if embedded_fonts:
        book.add_prefix("ibooks", "http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/")
        book.add_metadata(None, "meta", "true", {"property": "ibooks:specified-fonts"})


def _set_generator(book: epub.EpubBook) -> None:
    from .. import __version__

    opf = epub.NAMESPACES["OPF"]
    book.metadata.setdefault(opf, {})["generator"] = [
        ("", {"name": "generator", "content": f"convertkit {__version__}"})
    ]


def _unique(values: Iterable[str | None]) -> list[str]:
    cleaned = (one_line(value) for value in values if value)
    return [value for value in dict.fromkeys(cleaned) if value.strip()]


def _add_people_and_facts(book: epub.EpubBook, docs: tuple[Document, ...]) -> None:
    """dc:creator (reporters, role aut), dc:contributor (photographers pht, editors edt),
    dc:publisher, dc:date, dc:subject, dc:source, series: from every article's Meta."""
    for number, reporter in enumerate(_unique(r for doc in docs for r in doc.meta.reporters)):
        book.add_author(reporter, role="aut", uid=f"creator-{number + 1}")
    people = [(name, "pht") for name in _unique(p for doc in docs for p in doc.meta.photographers)]
    people += [(name, "edt") for name in _unique(e for doc in docs for e in doc.meta.editors)]
    for number, (name, role) in enumerate(people):
        ident = f"contributor-{number + 1}"
        book.add_metadata("DC", "contributor", name, {"id": ident})
        book.add_metadata(None, "meta", role, {"refines": f"#{ident}", "property": "role", "scheme": "marc:relators"})
    for url in _unique(safe_href(doc.meta.source.url) for doc in docs):
        book.add_metadata("DC", "source", url)
    for agency in _unique(doc.meta.agency for doc in docs):
        book.add_metadata("DC", "publisher", agency)
    dates = sorted(date for date in (opf_date(doc.meta.published) for doc in docs) if date)
    if dates:
        book.add_metadata("DC", "date", dates[-1])  # at most one dc:date: the latest article's
    for keyword in _unique(k for doc in docs for k in doc.meta.keywords):
        book.add_metadata("DC", "subject", keyword)
    series: dict[str, list[int | None]] = {}
    for doc in docs:
        if doc.meta.series is not None:
            name = one_line(doc.meta.series.name)
            if name.strip():
                series.setdefault(name, []).append(doc.meta.series.number)
    for number, (name, positions) in enumerate(series.items()):
        ident = f"series-{number + 1}"
        book.add_metadata(None, "meta", name, {"property": "belongs-to-collection", "id": ident})
        book.add_metadata(None, "meta", "series", {"refines": f"#{ident}", "property": "collection-type"})
        if len(set(positions)) == 1 and positions[0] is not None and positions[0] >= 0:
            book.add_metadata(None, "meta", str(positions[0]), {"refines": f"#{ident}", "property": "group-position"})


def opf_date(published: str | None) -> str | None:
    """``published`` as an ISO 8601 date-time for dc:date, or None when it is not a date.

    A time the source gave without a zone stays a local time (ISO 8601 allows it): inventing
    +08:00 or UTC would state something the article never said.
    """
    parsed = collection.parse_time(published)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        return parsed.isoformat(timespec="seconds")
    offset = parsed.utcoffset()
    if offset is not None and offset.seconds % 60:  # historical zones with second offsets: say it in UTC
        parsed = parsed.astimezone(UTC)
    return parsed.isoformat(timespec="seconds").replace("+00:00", "Z")


def book_title(docs: Sequence[Document], title: str | None) -> str:
    return collection.pack_title(docs, title, one_line)


def book_facts(docs: Sequence[Document], text: TextSpec) -> str:
    """``共10篇 · 2019年1月17日—2024年6月3日``: the title page's line under the book title."""
    return collection.pack_facts(docs, text)


def book_identifier(docs: Sequence[Document], title: str | None) -> str:
    """``urn:uuid:`` + uuid5 of the articles' JSON: the same content always gets the same id.

    Where a file came from (``meta.source``) is left out: the same article read from another
    path is the same book.
    """
    payload = []
    for doc in docs:
        data = document_to_dict(doc)
        data["meta"].pop("source", None)
        payload.append(data)
    # ASCII JSON: a lone surrogate from a broken source must hash, not crash.
    canonical = json.dumps({"title": title, "articles": payload}, ensure_ascii=True, sort_keys=True,
                           separators=(",", ":"))
    return f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, canonical)}"


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


class _Entries:
    """What ebooklib's writer writes into, in place of a ``zipfile.ZipFile``: members in
    order, assembled by ``ziparchive`` with every stamp ``moment`` (ebooklib would stamp them
    with now()), ``patches`` applied to the named entries, and fonts deflated fast."""

    def __init__(self, moment: datetime, patches: Mapping[str, Callable[[bytes], bytes]]) -> None:
        self.moment = moment
        self.patches = patches
        self.members: list[Member] = []

    def writestr(self, name: str, data: str | bytes, compress_type: int | None = None) -> None:
        content = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        if name in self.patches:
            content = self.patches[name](content)
        if name == "mimetype":  # EPUB OCF: first, uncompressed
            self.members.append(stored(name, content))
        elif name.endswith(_FONT_SUFFIXES):
            self.members.append(deflated_fast(name, content))
        else:
            self.members.append(deflated_fast(name, content, level=_TEXT_LEVEL))

    def archive(self) -> bytes:
        return archive(self.members, self.moment)


_FONT_SUFFIXES = (".ttf", ".otf", ".woff", ".woff2")
# The article's XHTML, CSS, OPF, nav and NCX: ISA-L's level 3 (see ziparchive).
_TEXT_LEVEL = 3


class _PinnedWriter(epub.EpubWriter):  # type: ignore[misc]
    """ebooklib's writer (it lays out the OPF, nav and NCX) writing into ``_Entries``."""

    entries: _Entries

    def write(self) -> None:
        self.out = self.entries
        self.out.writestr("mimetype", "application/epub+zip")
        self._write_container()
        self._write_opf()
        self._write_items()
        self.file_name.write(self.entries.archive())
