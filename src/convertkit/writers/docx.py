"""``to-docx``: the briefing a press office edits, prints and forwards, as a Word document.

It has to look right on a machine with no Chinese fonts (the faces travel inside the file,
see ``docx_fonts``), stay pleasant to edit (every paragraph has a named style and no direct
formatting, see ``docx_styles``) and be reproducible (same input, same bytes: the zip entries
carry the publication time, and font keys come from a hash, not from a random GUID).

Each piece has one job: ``layout_for`` (``docx_styles``) turns the style definition into
Word terms once per style; ``_skeleton`` has python-docx build everything that does not
depend on the article (styles, settings, page setup, theme) once per layout and keeps the
serialised parts; ``_Builder`` writes one article's body, headers and footers as XML text in
exactly the form python-docx would serialise them; ``_package`` adds the font table and
font parts, and ``ziparchive`` writes the archive with fixed timestamps, which python-docx
cannot do. With embedded fonts, the families in the styles and runs are renamed last, to the
tagged names of the subsets the article needed (``docx_fonts``): only then is every face's
text known.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import re
import string
import unicodedata
import zipfile
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache, lru_cache, partial
from types import MappingProxyType
from typing import Any, BinaryIO, ClassVar, NamedTuple, assert_never

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import serialize_part_xml
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Emu

from .. import regex_cache
from ..centred_marks import CENTRED_MARKS, MarksCompanion
from ..errors import WriterError, map_errors
from ..fonts import (
    FontFace,
    FontNames,
    describe_missing,
    emoji_component,
    load_fonts,
    needs_glyph,
    renamed_font,
    reserved_font_names,
)
from ..model import (
    Attachments,
    Block,
    Caption,
    Document,
    EditorLine,
    EditorNote,
    EndMark,
    Heading,
    Imprint,
    Lead,
    LinkItem,
    Paragraph,
    Point,
    RelatedLinks,
    Salutation,
    SeriesLabel,
    Signature,
    Turn,
)
from ..style import PT_PER_MM
from ..typography.clreq import LINE_END_PROHIBITED, LINE_START_PROHIBITED, is_han
from . import collection
from .base import RenderContext
from .docx_fonts import (
    CHARSET_BIG5,
    CHARSET_GB2312,
    OBFUSCATED_FONT_CONTENT_TYPE,
    FontFamily,
    build_font_parts,
    subset_tag,
    tagged_family,
    tagged_postscript,
)
from .docx_styles import CREDIT_LANG, ROLE_OF, Layout, RoleSpec, install_styles, layout_for
from .masthead import (
    NESTED_ITEM_EM,
    article_date,
    attachment_parts,
    closing_end_mark,
    document_meta_line,
    end_matter,
    exchange_sides,
    heading_ranks,
    heading_role,
    imprint_sides,
    introduces_next,
    issue_line,
    joint_issuer,
    note_body,
    number_sides,
    official_lines,
    official_place,
    opens_signature,
    reading_blocks,
    run_in,
    short_title,
    signature_indent,
    signers_parts,
    split_credit,
    turn_speaker,
)
from .ziparchive import Member, archive, deflated, deflated_fast

# Room past an attachment's estimated prefix before its name's tab stop (``hanging``), in ems:
# the reader's digits may be a little wider than half an em.
_HANG_MARGIN_EM = 0.25

# The Word style of each role an official document's parts are set in.
_OFFICIAL_STYLES = {"doc_marks": "DocMarks", "doc_exchange": "DocMarks", "doc_issuer": "DocIssuer",
                    "doc_number": "DocNumber",
                    "attachments_label": "AttachmentsLabel", "attachments": "Attachments"}

R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W_DECLARATION = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# Characters XML 1.0 cannot carry at all (tab, newline and carriage return it can).
_XML_ILLEGAL = regex_cache.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Quotes shared by Latin and CJK text: Word takes the Latin font (and half width) for them
# unless the run is marked as East Asian text.
_SHARED_QUOTES = frozenset("“”‘’")
_HAN = regex_cache.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
# A doubled dash or ellipsis (——, ……), one mark two characters wide that a line never splits.
# LibreOffice breaks Chinese text between any two characters, these included (豪赌— / —鸿篇),
# and ignores WORD JOINER there; a run whose East Asian language is "no linguistic content"
# goes to the Unicode line breaker, which keeps them whole (UAX #14 LB17, LB22).
_DOUBLED_MARKS = regex_cache.compile(r"—{2,}|…{2,}|⋯{2,}")
_DIGITS = "0123456789"
# The longest story's last paragraph (in estimated lines) kept on the page of its end matter.
_CLOSING_KEPT_LINES = 5
_BALANCED_LINES = 3  # a longer headline or caption is left to the word processor
# The column a headline is broken on, narrower than the PDF's by this much: room for the reader's
# rounding (LibreOffice's lines of mixed text measured within 0.03% of the PDF's).
_READER_SLACK = 0.001
# …and without our fonts embedded, where the reader's own fonts (whatever it has under our
# families' names) set the Latin letters and digits: the margin the estimate once kept.
_UNEMBEDDED_SLACK = 0.08
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")  # joiners that glue a credit: no width of their own

_PAGE_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}
_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b"<Properties "
    b'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>convertkit</Application><DocSecurity>0</DocSecurity></Properties>"
)


@dataclass(frozen=True, slots=True)
class DocxOptions:
    embed_fonts: bool = field(
        default=True,
        metadata={
            "help": "Embed subsets of the fonts used, so the file renders right where they are "
            "not installed."
        },
    )
    masthead: str | None = field(
        default=None,
        metadata={
            "help": "Briefing name for a red 简报 masthead above the article, e.g. 舆情简报."
        },
    )
    issue_no: int | None = field(
        default=None, metadata={"help": "Issue number in the masthead (第N期)."}
    )
    org: str | None = field(
        default=None, metadata={"help": "Issuing office in the masthead, left of the date."}
    )
    title: str | None = field(
        default=None,
        metadata={"help": "Title of a pack of several articles (default: the first article's, with how many follow)."},
    )


_SECTION = re.compile(rb"<w:sectPr\b.*</w:sectPr>", re.DOTALL)


def _section_of_type(section: bytes, kind: str | None) -> bytes:
    """The template's section properties for a section starting as ``kind`` says (evenPage:
    the 版记's, on an even page; None: on a new page, as the template's): w:type after the page
    furniture's references."""
    if kind is None:
        return section
    return re.sub(rb"(<w:type [^>]*/>)?(?=<w:pgSz)", f'<w:type w:val="{kind}"/>'.encode(), section, count=1)


def _with_section(item: str, section: str) -> str:
    """A body item that ends a section: a paragraph carries the section's properties last in
    its own; after anything else (a table) an empty paragraph carries them."""
    if item.startswith("<w:p>") and "</w:pPr>" in item:
        return item.replace("</w:pPr>", f"{section}</w:pPr>", 1)
    return f"{item}<w:p><w:pPr>{section}</w:pPr></w:p>"


# Marks LibreOffice hangs in the margin at a line's end (the DOCX allows it: w:overflowPunct).
_HANGING_MARKS = frozenset("，。、．")


def _emoji_sequences(text: str, emoji: FontFace | None) -> tuple[tuple[int, int, str], ...]:
    """The emoji sequences of ``text`` that ``emoji`` joins into one glyph, as the PDF finds
    them (``pdf_emoji.joined_sequences``); none without the emoji face."""
    if emoji is None:
        return ()
    from .pdf_emoji import joined_sequences  # reportlab, loaded with the first headline anyway

    return joined_sequences(text, emoji)


def _joined(text: str, emoji: FontFace | None) -> str:
    """``text`` with each emoji sequence ``emoji`` joins as the one character standing for its
    glyph (``pdf_emoji.join_sequences``, the segmentation the headline's measures use)."""
    if emoji is None:
        return text
    from .pdf_emoji import join_sequences  # reportlab, as ``_emoji_sequences``

    return join_sequences(text, emoji)


def _hung(line: str) -> str:
    """A line as LibreOffice fits it: a comma or full stop at its end hangs outside the column."""
    return line[:-1] if line and line[-1] in _HANGING_MARKS else line


def _keep_with_next(paragraph: str) -> str:
    """A written paragraph kept on the page of the next one (``introduces_next``): keepNext
    follows pStyle in w:pPr."""
    return regex_cache.compile(r"(<w:pStyle w:val=\"[^\"]*\"/>)").sub(r"\1<w:keepNext/>", paragraph, count=1)


def clean(text: str) -> str:
    """Text as XML can carry it: the control characters XML forbids are dropped."""
    return _XML_ILLEGAL.sub("", text)


def _w_element(xml: str) -> Any:
    """An element written as text (``<w:fldChar w:fldCharType="begin"/>``), parsed with the
    w namespace declared on it: the short way to build the few elements python-docx lacks."""
    head_end = min(i for i in (xml.find(" "), xml.find(">"), xml.find("/")) if i > 0)
    return parse_xml(xml[:head_end] + " " + W_DECLARATION + xml[head_end:])


# CT_Settings children in schema order (ECMA-376 Part 1 §17.15.1.78). python-docx knows the
# order too but deletes it from its element classes, so ours is written out.
_SETTINGS_ORDER: tuple[str, ...] = tuple(
    """
    w:writeProtection w:view w:zoom w:removePersonalInformation w:removeDateAndTime
    w:doNotDisplayPageBoundaries w:displayBackgroundShape w:printPostScriptOverText
    w:printFractionalCharacterWidth w:printFormsData w:embedTrueTypeFonts w:embedSystemFonts
    w:saveSubsetFonts w:saveFormsData w:mirrorMargins w:alignBordersAndEdges
    w:bordersDoNotSurroundHeader w:bordersDoNotSurroundFooter w:gutterAtTop w:hideSpellingErrors
    w:hideGrammaticalErrors w:activeWritingStyle w:proofState w:formsDesign w:attachedTemplate
    w:linkStyles w:stylePaneFormatFilter w:stylePaneSortMethod w:documentType w:mailMerge
    w:revisionView w:trackRevisions w:doNotTrackMoves w:doNotTrackFormatting w:documentProtection
    w:autoFormatOverride w:styleLockTheme w:styleLockQFSet w:defaultTabStop w:autoHyphenation
    w:consecutiveHyphenLimit w:hyphenationZone w:doNotHyphenateCaps w:showEnvelope w:summaryLength
    w:clickAndTypeStyle w:defaultTableStyle w:evenAndOddHeaders w:bookFoldRevPrinting
    w:bookFoldPrinting w:bookFoldPrintingSheets w:drawingGridHorizontalSpacing
    w:drawingGridVerticalSpacing w:displayHorizontalDrawingGridEvery
    w:displayVerticalDrawingGridEvery w:doNotUseMarginsForDrawingGridOrigin
    w:drawingGridHorizontalOrigin w:drawingGridVerticalOrigin w:doNotShadeFormData
    w:noPunctuationKerning w:characterSpacingControl w:printTwoOnOne w:strictFirstAndLastChars
    w:noLineBreaksAfter w:noLineBreaksBefore w:savePreviewPicture w:doNotValidateAgainstSchema
    w:saveInvalidXml w:ignoreMixedContent w:alwaysShowPlaceholderText w:doNotDemarcateInvalidXml
    w:saveXmlDataOnly w:useXSLTWhenSaving w:saveThroughXslt w:showXMLTags
    w:alwaysMergeEmptyNamespace w:updateFields w:hdrShapeDefaults w:footnotePr w:endnotePr
    w:compat w:docVars w:rsids m:mathPr w:attachedSchema w:themeFontLang w:clrSchemeMapping
    w:doNotIncludeSubdocsInStats w:doNotAutoCompressPictures w:forceUpgrade w:captions
    w:readModeInkLockDown w:smartTagType sl:schemaLibrary w:shapeDefaults w:doNotEmbedSmartTags
    w:decimalSymbol w:listSeparator
""".split()
)
_RUN_PROPERTIES_ORDER = ("w:rStyle", "w:rFonts")  # the only run properties we ever write


def _set_child(
    parent: Any, tag: str, order: tuple[str, ...], attributes: dict[str, str] | None = None
) -> Any:
    """Get or add ``tag`` under ``parent``, before the first child that the schema puts after it."""
    child = parent.find(qn(tag))
    if child is None:
        child = _w_element(f"<{tag}/>")
        later = {qn(name) for name in order[order.index(tag) + 1 :]}
        following = next((existing for existing in parent if existing.tag in later), None)
        if following is not None:
            following.addprevious(child)
        else:
            parent.append(child)
    for name, value in (attributes or {}).items():
        child.set(qn(name), value)
    return child


@cache
def _template() -> bytes:
    """python-docx's default template, cut down once per process.

    The stock template carries ~900 KB of XML (every table style twice, a thumbnail, custom
    XML, numbering); parsing that for each document costs more than writing the briefing.
    Our styles replace the template's anyway (``install_styles``).
    """
    document = docx.Document()
    part = document.part
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype.endswith(("/stylesWithEffects", "/customXml", "/webSettings", "/numbering")):
            part.drop_rel(rel_id)
    for rel_id, rel in list(part.package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            part.package.rels.pop(rel_id)
    styles = document.styles.element
    for child in list(styles):
        if child.tag == qn("w:latentStyles") or (
            child.tag == qn("w:style")
            and child.get(qn("w:styleId")) not in {"DefaultParagraphFont", "TableNormal", "NoList"}
        ):
            styles.remove(child)
    settings = document.settings.element
    for tag in (
        "w:rsids",
        "w:proofState",
        "w:savePreviewPicture",
        "w14:docId",
        "w:attachedTemplate",
    ):
        for child in settings.findall(qn(tag)):
            settings.remove(child)
    sect_pr = document.sections[0]._sectPr
    for name in ("w:rsidR", "w:rsidRPr", "w:rsidSect"):
        sect_pr.attrib.pop(qn(name), None)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- the skeleton: every part that does not depend on the article, built once ----------------


@dataclass(frozen=True, slots=True)
class _PageSlot:
    """A header or footer part: its fixed XML around the one paragraph the article fills."""

    name: str  # zip member, e.g. word/footer1.xml
    template: str  # the style's header/footer text, with {title}, {page}, … fields
    style_id: str
    head: bytes
    tail: bytes
    rel_id: str  # the document part's relationship to it, which a section's properties name


@dataclass(frozen=True, slots=True)
class _Skeleton:
    """A briefing without its article, serialised by python-docx once per layout, language
    and font switch. The parts an article changes are kept as the bytes around its content.

    Why: opening the template, installing two dozen styles and re-serialising styles,
    settings and theme cost two thirds of a document, and are the same for every document
    of a batch. python-docx still defines all of it; only its output is reused.
    """

    members: tuple[Member, ...]  # zip members in python-docx's order, compressed once
    document_head: bytes  # word/document.xml up to and including <w:body>
    document_tail: bytes  # from <w:sectPr> to the end
    rels_head: bytes  # word/_rels/document.xml.rels without </Relationships>
    rel_ids: frozenset[str]  # the ids the document part's relationships already use
    content_types_embedded: Member  # [Content_Types].xml with the .odttf default
    content_types: bytes  # [Content_Types].xml as python-docx wrote it (a pack adds its headers)
    core: bytes  # docProps/core.xml before the article's properties
    slots: tuple[_PageSlot, ...]
    styles: _Named  # word/styles.xml, whose families an article with embedded fonts renames


_DOCUMENT = "word/document.xml"
_DOCUMENT_RELS = "word/_rels/document.xml.rels"
_CORE = "docProps/core.xml"
_CONTENT_TYPES = "[Content_Types].xml"
_FONT_TABLE = "word/fontTable.xml"
_STYLES = "word/styles.xml"


def _configure(word: Any, layout: Layout, lang: str, embed_fonts: bool) -> list[tuple[Any, str, str]]:
    """Styles, page and settings of a fresh document; returns the header/footer slots
    ((python-docx header or footer, template, paragraph style), in writing order)."""
    install_styles(word.styles.element, layout.styles(), layout.roles["normal"], lang, parse_xml)
    section = word.sections[0]
    section.page_width, section.page_height = (
        Emu(layout.page_width_emu),
        Emu(layout.page_height_emu),
    )
    section.top_margin, section.bottom_margin = (
        Emu(layout.margin_top_emu),
        Emu(layout.margin_bottom_emu),
    )
    section.left_margin, section.right_margin = (
        Emu(layout.margin_left_emu),
        Emu(layout.margin_right_emu),
    )
    section.header_distance = Emu(layout.header_distance_emu)
    section.footer_distance = Emu(layout.footer_distance_emu)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:  # the template has one; sectPr ends with it (and printerSettings)
        grid = section._sectPr.makeelement(qn("w:docGrid"), {})
        section._sectPr.append(grid)
    grid.attrib.clear()
    if layout.grid is not None:
        # GB/T 9704's 22 lines a page; the 28 characters a line come from the styles.
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), str(layout.grid.line_pitch_twips))
        grid.set(qn("w:charSpace"), str(layout.grid.char_space))
    else:
        grid.set(qn("w:linePitch"), str(round((layout.roles["paragraph"].line_pt or 18) * 20)))
    settings = word.settings.element
    if embed_fonts:
        # The file carries its fonts; Word keeps them subset when it saves.
        _set_child(settings, "w:embedTrueTypeFonts", _SETTINGS_ORDER)
        _set_child(settings, "w:saveSubsetFonts", _SETTINGS_ORDER)
    # Compress punctuation: adjacent marks such as “。” do not take two full cells.
    _set_child(
        settings, "w:characterSpacingControl", _SETTINGS_ORDER, {"w:val": "compressPunctuation"}
    )
    # GB line-start/line-end rules from the one definition in typography.clreq, instead of
    # Word's built-in lists (which differ between versions and from GB/T 15834).
    _set_child(
        settings,
        "w:noLineBreaksAfter",
        _SETTINGS_ORDER,
        {"w:lang": lang, "w:val": "".join(sorted(LINE_END_PROHIBITED))},
    )
    _set_child(
        settings,
        "w:noLineBreaksBefore",
        _SETTINGS_ORDER,
        {"w:lang": lang, "w:val": "".join(sorted(LINE_START_PROHIBITED))},
    )
    _set_child(
        settings, "w:themeFontLang", _SETTINGS_ORDER, {"w:val": "en-US", "w:eastAsia": lang}
    )
    # Word 2013+ layout (compatibility mode 15), so Word does not open the briefing in
    # "compatibility mode".
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    if layout.odd_even_footers:
        word.settings.odd_and_even_pages_header_footer = True
    slots: list[tuple[Any, str, str]] = []
    if layout.header_template:
        slots.append((section.header, layout.header_template, "Header"))
        if layout.odd_even_footers:
            slots.append((section.even_page_header, layout.header_template, "Header"))
    if layout.footer_template:
        if layout.odd_even_footers:
            # GB/T 9704 §7.5: odd page numbers right, even ones left, one character in.
            slots.append((section.footer, layout.footer_template, "FooterOdd"))
            slots.append((section.even_page_footer, layout.footer_template, "FooterEven"))
        else:
            slots.append((section.footer, layout.footer_template, "Footer"))
    if layout.header_template:
        # Page 1 opens with the title itself: no running header there, as the PDF draws it, so
        # the first page gets a header of its own, empty, and the footer every page has.
        section.different_first_page_header_footer = True
        section.first_page_header.is_linked_to_previous = False
        # python-docx gives that header an empty paragraph in the Header style, whose rule
        # would still print over the title: the paragraph takes no style, so no rule
        empty = section.first_page_header.paragraphs[0]._p.get_or_add_pPr()
        empty.style = "Normal"
        if layout.footer_template:
            first_footer = "FooterOdd" if layout.odd_even_footers else "Footer"
            slots.append((section.first_page_footer, layout.footer_template, first_footer))
    for slot, _, style_id in slots:
        slot.paragraphs[0]._p.get_or_add_pPr().style = style_id
    return slots


def _with_fonts_type(content_types: bytes) -> bytes:
    """[Content_Types].xml with the embedded fonts' type (.odttf)."""
    return content_types.replace(
        b'<Default Extension="xml"',
        f'<Default Extension="odttf" ContentType="{OBFUSCATED_FONT_CONTENT_TYPE}"/>'
        '<Default Extension="xml"'.encode(),
        1,
    )


def _find(data: bytes, marker: bytes, name: str, *, last: bool = False) -> int:
    """Where ``marker`` starts in a part python-docx wrote (its last one with ``last``)."""
    at = data.rfind(marker) if last else data.find(marker)
    if at < 0:
        raise WriterError(f"unexpected {name} from python-docx: no {marker.decode()}")
    return at


@lru_cache(maxsize=32)
def _skeleton(layout: Layout, lang: str, embed_fonts: bool) -> _Skeleton:
    """The briefing without its article for one layout (a Layout hashes by identity, and
    ``layout_for`` makes one per style), language and font switch."""
    word = docx.Document(io.BytesIO(_template()))
    slots = _configure(word, layout, lang, embed_fonts)
    slot_parts = [(str(slot.part.partname).lstrip("/"), template, style_id) for slot, template, style_id in slots]
    rel_ids = frozenset(word.part.rels)
    buffer = io.BytesIO()
    word.save(buffer)
    with zipfile.ZipFile(buffer) as saved:
        entries = tuple((info.filename, saved.read(info.filename)) for info in saved.infolist())
    parts = dict(entries)
    # The body holds only the section properties; the article's paragraphs go before them.
    document = parts[_DOCUMENT]
    body = _find(document, b"<w:body><w:sectPr", _DOCUMENT) + len(b"<w:body>")
    rels = parts[_DOCUMENT_RELS]
    rels_head = rels[: _find(rels, b"</Relationships>", _DOCUMENT_RELS, last=True)]
    page_slots = []
    for name, template, style_id in slot_parts:
        # A header or footer holds the one paragraph _configure gave its style.
        data = parts[name]
        head = data[: _find(data, b"<w:p>", name)]
        tail = data[_find(data, b"</w:p>", name, last=True) + len(b"</w:p>") :]
        target = re.escape(name.removeprefix("word/").encode())
        rel = re.search(rb'<Relationship Id="([^"]+)"[^>]*Target="' + target + b'"', rels)
        if rel is None:
            raise WriterError(f"unexpected {_DOCUMENT_RELS} from python-docx: no relationship to {name}")
        page_slots.append(_PageSlot(name, template, style_id, head, tail, rel.group(1).decode()))
    content_types = parts[_CONTENT_TYPES]
    parts["docProps/app.xml"] = _APP_XML
    return _Skeleton(
        members=tuple(deflated(name, parts[name]) for name, _ in entries),
        document_head=document[:body],
        document_tail=document[body:],
        rels_head=rels_head,
        rel_ids=rel_ids,
        content_types_embedded=deflated(_CONTENT_TYPES, _with_fonts_type(content_types)),
        content_types=content_types,
        core=parts[_CORE],
        slots=tuple(page_slots),
        styles=_Named.split(parts[_STYLES], {role.font for role in layout.roles.values()}),
    )


# --- XML text as python-docx (lxml) writes it -----------------------------------------------

# A run's text: python-docx turns a tab into <w:tab/>, a line break into <w:br/>, and
# the rest into <w:t> pieces.
_RUN_PIECES = regex_cache.compile(r"\t|[\r\n]|[^\t\r\n]+")
_RUN_BREAKS = frozenset("\t\r\n")
_ESCAPED = frozenset("&<>\r")  # the characters _escape_text replaces


def _escape_text(text: str) -> str:
    """Element text as libxml2 serialises it (the carriage return as a character reference)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def _escape_attribute(value: str) -> str:
    """An attribute value as libxml2 serialises it in double quotes."""
    return (
        _escape_text(value)
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\t", "&#9;")
    )


@cache
def _run_head(character_style: str | None, family: str | None, hint: bool, whole: bool = False) -> str:
    """``<w:r>`` and its properties: a character style, a fallback face, the East Asian hint;
    with ``whole``, the East Asian language that keeps a doubled mark on one line."""
    properties = f'<w:rStyle w:val="{_escape_attribute(character_style)}"/>' if character_style else ""
    if family is not None or hint:
        fonts = _rfonts(family) if family is not None else "<w:rFonts"
        if hint:
            fonts += ' w:hint="eastAsia"'
        properties += f"{fonts}/>"
    if whole:
        properties += f'<w:lang w:eastAsia="{CREDIT_LANG}"/>'
    return f"<w:r><w:rPr>{properties}</w:rPr>" if properties else "<w:r>"


@cache
def _rfonts(family: str) -> str:
    """``<w:rFonts`` naming ``family`` in all four slots, unclosed, as our runs write it and
    libxml2 serialises our styles' (``docx_styles._run_items``)."""
    name = _escape_attribute(family)
    return f'<w:rFonts w:ascii="{name}" w:hAnsi="{name}" w:eastAsia="{name}" w:cs="{name}"'


def _rename_families(xml: bytes, renames: Mapping[str, str]) -> bytes:
    """``xml`` with every ``w:rFonts`` that names a family of ``renames`` naming its new name.

    A plain replacement is exact here: ``<`` only ever starts markup in XML (text has it
    escaped), so no text of the article can look like the element."""
    for family, name in renames.items():
        xml = xml.replace(_rfonts(family).encode(), _rfonts(name).encode())
    return xml


@dataclass(frozen=True, slots=True)
class _Named:
    """A part cut where its ``w:rFonts`` name a family, so that an article renames them with a
    join instead of a search (styles.xml: the same for every article of a layout)."""

    pieces: tuple[bytes, ...]  # the part between the elements: one more than ``families``
    families: tuple[str, ...]  # the family each element names

    @classmethod
    def split(cls, xml: bytes, families: set[str]) -> _Named:
        found = []
        for family in families:
            element = _rfonts(family).encode()
            at = xml.find(element)
            while at >= 0:
                found.append((at, len(element), family))
                at = xml.find(element, at + len(element))
        found.sort()
        pieces, start = [], 0
        for at, length, _family in found:
            pieces.append(xml[start:at])
            start = at + length
        pieces.append(xml[start:])
        return cls(tuple(pieces), tuple(family for _at, _length, family in found))

    def renamed(self, renames: Mapping[str, str]) -> bytes:
        out = [self.pieces[0]]
        for family, piece in zip(self.families, self.pieces[1:], strict=True):
            out.append(_rfonts(renames.get(family, family)).encode())
            out.append(piece)
        return b"".join(out)


# Characters in one <w:t>: libxml2, and every reader built on it (python-docx, LibreOffice's
# import filters run on their own parser, but the tools around a document do not), refuses a text
# node over 10 MB without its "huge" option; a 50 MB one-paragraph article made a file they
# could not open. Four bytes a character at most keeps a node of this many under that.
_MAX_TEXT_NODE = 1_000_000


def _run_content(text: str, chars: set[str] | None = None) -> str:
    """A run's content for ``text``, as python-docx's ``Run.text`` setter builds it
    (``chars``, the set of its characters when known, saves scanning it again)."""
    if len(text) > _MAX_TEXT_NODE:
        return "".join(_run_content(text[start:start + _MAX_TEXT_NODE])
                       for start in range(0, len(text), _MAX_TEXT_NODE))
    if chars is not None and _RUN_BREAKS.isdisjoint(chars):
        # One <w:t>, the usual case: no tab or break to split at.
        escaped = text if _ESCAPED.isdisjoint(chars) else _escape_text(text)
        if text.strip() != text:
            return f'<w:t xml:space="preserve">{escaped}</w:t>'
        return f"<w:t>{escaped}</w:t>"
    pieces = (text,) if _RUN_BREAKS.isdisjoint(text) else _RUN_PIECES.findall(text)
    out = []
    for piece in pieces:
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            out.append("<w:br/>")
        elif len(piece.strip()) < len(piece):
            out.append(f'<w:t xml:space="preserve">{_escape_text(piece)}</w:t>')
        else:
            out.append(f"<w:t>{_escape_text(piece)}</w:t>")
    return "".join(out)


def _field_runs(instruction: str, cached: str = "1", *, dirty: bool = False) -> str:
    """A complex field showing ``cached`` until it is computed. Page furniture's PAGE is
    computed by Word and LibreOffice as they lay out; a ``dirty`` field (a PAGEREF in the body)
    Word recomputes when it opens the file, LibreOffice always."""
    begin = '<w:fldChar w:fldCharType="begin" w:dirty="true"/>' if dirty else '<w:fldChar w:fldCharType="begin"/>'
    return (
        f"<w:r>{begin}</w:r>"
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{cached}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


@cache
def _measuring_chooser(hant: bool, compress: bool) -> Any:
    """A quiet FaceChooser of the PDF's, kept for the process: its faces and widths are looked
    up once for every document."""
    from .pdf_cjk import FaceChooser  # reportlab, loaded on the first headline

    return FaceChooser(load_fonts(), lambda _message: None, centred_marks=hant, compress=compress)


@dataclass(frozen=True, slots=True)
class _StyleFont:
    """What a style draws with: the shipped face (None: none of ours) and the weight asked for."""

    face: FontFace | None
    bold: bool


@lru_cache(maxsize=32)
def _style_fonts(layout: Layout) -> Mapping[str, _StyleFont]:
    """Each style id's face, looked up once per layout instead of for every run."""
    fonts = {}
    for style_id, role_name in ROLE_OF.items():
        role = layout.roles.get(role_name)
        if role is not None:  # a layout without the role fails where the style is used
            fonts[style_id] = _StyleFont(layout.faces.get((role.font, role.bold)), role.bold)
    return MappingProxyType(fonts)


class _Builder:
    """Per-document state: the XML of the body and the page furniture, the hyperlinks, and
    the text drawn in each face (what the embedded subsets must hold)."""

    def __init__(
        self,
        doc: Document,
        ctx: RenderContext,
        options: DocxOptions,
        layout: Layout,
        skeleton: _Skeleton,
    ) -> None:
        self.doc = doc
        self.ranks: dict[int, int] = {}  # each heading level's rank (heading_ranks)
        self.ctx = ctx
        self.options = options
        self.layout = layout
        self.skeleton = skeleton
        self.fonts = _style_fonts(layout)
        self.coverage: dict[str, tuple[frozenset[int], frozenset[str]]] = {}
        # Text drawn in each style's own face, for the subsets; not kept when nothing is embedded.
        self.used: dict[str, list[str]] | None = defaultdict(list) if options.embed_fonts else None
        self.lang = doc.meta.language_tag
        self.body: list[str] = []
        self.pages: dict[str, str] = {}  # header/footer part -> its paragraph
        self.links: dict[str, str] = {}  # URL -> relationship id, in the order first linked
        self.text_by_face: dict[FontFace, set[str]] = defaultdict(set)
        self.reported: dict[str, None] = {}  # characters no shipped face has, in the order met
        # Taiwan and Hong Kong centre 。，、；：！？ (see centred_marks): a Traditional document
        # sets them in runs of the embedded companions. Without embedded fonts the reader's own
        # Traditional fonts draw them, centred already.
        self.centred = options.embed_fonts and doc.meta.language == "zh-Hant"
        # The article ends the file: its 版记 may be a frame at the page foot. LibreOffice anchors
        # a frame to the paragraph after it: in a pack, an empty paragraph ending the article's
        # section (``end_section``), else the next article's, a page on.
        self.closing = True
        # Where the PDF breaks before each article's 版记 at its foot (``pack_imprint_page_breaks``;
        # None: not asked yet, a single document asks ``_imprint_page_breaks`` itself).
        self.pack_breaks: tuple[int | None, ...] | None = None
        self.article_index = 0
        self.companions: dict[MarksCompanion, None] = {}
        self.run_families: set[str] = set()  # families runs name themselves (a switch of face)
        self.pack_title: str | None = None  # a pack's headers name the pack, not one article
        self.core_facts: _CoreFacts | None = None  # a pack's document properties
        # Body items that end a section, each with how that section starts (its w:type; None: on
        # a new page, the default) and the pack's article it sets (None: the front, or the one
        # article); the last section's are ``section_type`` and ``section_owner``.
        self.section_breaks: list[tuple[int, str | None, int | None]] = []
        self.section_type: str | None = None
        self.section_owner: int | None = None
        # A pack's article's own headers and footers (those whose text is not the front's: the
        # running header naming the article, as the PDF's): article -> {skeleton part: its part}.
        self.article_pages: dict[int, dict[str, str]] = {}
        self.extra_pages: dict[str, str] = {}  # such a part -> its paragraph
        self.page_rels: dict[str, str] = {}  # such a part -> the relationship id naming it
        self.section_ended = False  # the body ends a section: the next article needs no page break

    # -- headers and footers ----------------------------------------------------------------

    def page_furniture(self) -> None:
        for slot in self.skeleton.slots:
            self.pages[slot.name] = self._page_text(slot.template, slot.style_id)

    def article_furniture(self, index: int) -> None:
        """A pack's article's headers and footers: each whose text differs from the front's
        (the running header's title, shortened as the PDF shortens it, its agency) becomes a part
        of the article's sections, so every page names the article on it, as the PDF's do."""
        own: dict[str, str] = {}
        for slot in self.skeleton.slots:
            text = self._page_text(slot.template, slot.style_id, pack=False)
            if text == self.pages[slot.name]:
                continue  # the front's serves (the page number): the part is shared
            kind = "header" if slot.name.startswith("word/header") else "footer"
            taken = {*(member.name for member in self.skeleton.members), *self.extra_pages}
            name = next(f"word/{kind}{n}.xml" for n in itertools.count(1) if f"word/{kind}{n}.xml" not in taken)
            self.extra_pages[name] = text
            self.page_rels[name] = self._free_rel_id()
            own[slot.name] = name
        self.article_pages[index] = own

    def _page_values(self, *, pack: bool = True) -> dict[str, str]:
        meta, options = self.doc.meta, self.options
        pack = pack and self.pack_title is not None
        title = self.pack_title if pack and self.pack_title is not None else meta.title
        return {
            "title": title,
            "short_title": short_title(title),
            "masthead": options.masthead or "",
            "org": options.org or "",
            "agency": meta.agency or "" if not pack else "",
            "issue": str(options.issue_no) if options.issue_no is not None else "",
            "date": article_date(meta, self.layout.text),
        }

    def _page_text(self, template: str, style_id: str, *, pack: bool = True) -> str:
        """Fill a header/footer template: ``{page}``/``{pages}`` become fields, the rest text
        (a pack's facts, or with ``pack`` False the current article's)."""
        values = self._page_values(pack=pack)
        runs: list[str] = []
        for literal, name, _, _ in string.Formatter().parse(template):
            if literal:
                self._run(runs, literal, style_id)
            if name in _PAGE_FIELDS:
                runs.append(_field_runs(_PAGE_FIELDS[name]))
                self._used(style_id, _DIGITS)
            elif name:
                self._run(runs, clean(values.get(name, "")), style_id)
        return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>{"".join(runs)}</w:p>'

    # -- text -----------------------------------------------------------------------------

    def _used(self, style_id: str, text: str) -> None:
        if self.used is not None:
            self.used[style_id].append(text)

    def _covers(self, style_id: str, face: FontFace, chars: set[str]) -> bool:
        """Whether ``face`` sets all of ``chars`` itself: it has them and draws none of them
        as a narrow quote. Coverage is fetched once per style and document."""
        coverage = self.coverage.get(style_id)
        if coverage is None:
            coverage = self.coverage[style_id] = (face.codepoints, face.narrow_quotes)
        codepoints, narrow = coverage
        return narrow.isdisjoint(chars) and codepoints.issuperset(map(ord, chars))

    def _segments(
        self, text: str, face: FontFace | None, bold: bool = False
    ) -> list[tuple[str, FontFace | MarksCompanion | None]]:
        """``text`` cut where the style's face cannot set a character right, each piece with
        the face to switch to (None: the style's own).

        A character the face lacks goes to the closest shipped face that has it (never silent
        tofu), or, if none has it, stays and is reported once. A curly quote the face sets
        narrow (楷's proportional “ ” ‘ ’) goes to the full-width 宋 face of the style's
        weight, as the PDF writer draws it. In a Traditional document the centred marks go to
        the face's ``MarksCompanion``.
        """
        if face is None:
            return [(text, None)]
        distinct = dict.fromkeys(text)  # in order of first appearance, for the warnings
        narrow = face.narrow_quotes.intersection(distinct)
        codepoints = face.codepoints
        # face.missing on the characters the face lacks only: the same answer, less to check.
        uncovered = "".join(ch for ch in distinct if ord(ch) not in codepoints)
        missing = {ch for ch in face.missing(uncovered) if unicodedata.category(ch) != "Cf"}
        missing.update(filter(emoji_component, uncovered))  # ❤️, 👍🏻, 👨‍👩‍👧: with the emoji
        companion = MarksCompanion(face) if self.centred else None
        marks = CENTRED_MARKS.intersection(distinct) if companion is not None and companion.data() else set()
        if not missing and not narrow and not marks:
            return [(text, None)]
        fonts = load_fonts()
        targets: dict[str, FontFace | MarksCompanion | None] = {}
        for ch in distinct:
            if ch in marks:
                targets[ch] = companion
            elif ch in narrow:
                targets[ch] = fonts.full_width_face(ch, face, bold)
            elif ch in missing:
                targets[ch] = target = fonts.face_for(ch, face.role, face.bold)
                if target is None and needs_glyph(ch) and ch not in self.reported:
                    self.reported[ch] = None  # said once, for the whole file: ``report_missing``
        segments: list[tuple[str, FontFace | MarksCompanion | None]] = []

        def add(piece: str, target: FontFace | MarksCompanion | None) -> None:
            if segments and segments[-1][1] == target:
                segments[-1] = (segments[-1][0] + piece, target)
            else:
                segments.append((piece, target))

        # Between the switched characters, text in the style's own face; an emoji sequence the
        # emoji face joins (1️⃣, 🇨🇳, 👨‍👩‍👧) whole in that face, as the PDF draws it: split
        # between faces (1 in the style's, ️ in the emoji's, ⃣ in a symbols face) no reader
        # can join it, and LibreOffice drew 1 and an empty keycap over the next character.
        switched = re.compile("[" + "".join(map(re.escape, targets)) + "]")
        position = 0

        def switch(stop: int) -> None:
            nonlocal position
            for match in switched.finditer(text, position, stop):
                if match.start() > position:
                    add(text[position : match.start()], None)
                add(match.group(), targets[match.group()])
                position = match.end()
            if position < stop:
                add(text[position:stop], None)
                position = stop

        emoji = fonts.face("emoji") if "emoji" in fonts.roles else None
        for start, end, _ in _emoji_sequences(text, emoji):
            switch(start)
            add(text[start:end], emoji)
            position = end
        switch(len(text))
        return segments

    def _run(
        self, out: list[str], text: str, style_id: str, character_style: str | None = None, whole: bool = False
    ) -> None:
        """Runs of ``text`` onto ``out``, marked East Asian where shared quotes sit in Chinese
        text; a doubled dash or ellipsis in a run of its own that a line does not split."""
        if not text:
            return
        if not whole and ("——" in text or "……" in text or "⋯⋯" in text):
            start = 0
            for match in _DOUBLED_MARKS.finditer(text):
                self._run(out, text[start : match.start()], style_id, character_style, True)
                self._run(out, match.group(), style_id, character_style, True)
                start = match.end()
            self._run(out, text[start:], style_id, character_style, True)
            return
        whole = whole and _DOUBLED_MARKS.fullmatch(text) is not None
        styled = character_style or style_id
        font = self.fonts[styled]
        chars = set(text)
        quoted = not _SHARED_QUOTES.isdisjoint(chars)
        if font.face is None or (self._covers(styled, font.face, chars)
                                 and not (self.centred and not CENTRED_MARKS.isdisjoint(chars))):
            # The usual case: the style's own face sets every character, so one run.
            self._used(styled, text)
            out.append(_run_head(character_style, None, quoted and _HAN.search(text) is not None, whole))
            out.append(_run_content(text, chars))
            out.append("</w:r>")
            return
        for segment, fallback in self._segments(text, font.face, font.bold):
            # Switching fonts is the one piece of direct formatting we write: no style can name
            # a font per character, and a face that lacks a glyph (sets a quote half-width, a
            # Traditional mark off-centre) must not draw tofu (cramped quotes, mainland marks).
            if fallback is None:
                self._used(styled, segment)
            elif isinstance(fallback, MarksCompanion):
                self.companions[fallback] = None
            else:
                self.text_by_face[fallback].update(segment)
            # A switched quote is hinted too: it was switched for its East Asian width.
            hint = bool(
                quoted
                and _SHARED_QUOTES.intersection(segment)
                and (fallback is not None or _HAN.search(text))
            )
            family = fallback.family if fallback is not None else None
            if family is not None:
                self.run_families.add(family)
            out.append(_run_head(character_style, family, hint, whole))
            out.append(_run_content(segment))
            out.append("</w:r>")

    def paragraph(self, style_id: str, *pieces: tuple[str, str | None], after: str = "") -> None:
        """A paragraph in style ``style_id``: (text, character style or None) pieces, then
        the XML ``after`` them (a hyperlink)."""
        out = [f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>']
        for text, character_style in pieces:
            self._run(out, clean(text), style_id, character_style)
        out.append(after)
        out.append("</w:p>")
        self.body.append("".join(out))

    def text(self, style_id: str, text: str) -> None:
        self.paragraph(style_id, (text, None))

    def title(self, text: str) -> None:
        """The headline, broken as the PDF sets it (``balanced``)."""
        self.balanced("Title", "title", ((text, None),))

    def balanced(self, style_id: str, role_name: str, pieces: Sequence[tuple[str, str | None]],
                 *, breakable: int | None = None) -> None:
        """A centred paragraph (the headline, a caption) that takes two or three lines, with a
        line break at its phrase break when both halves fit a line and are of comparable length
        (``主任张丽华：/以红色资源…``), else between the words that give the most even lines, as
        the PDF sets it: left to Word or LibreOffice, a headline breaks wherever the line is
        full, inside a word (军 / 民融合, 陳水 / 扁) or leaving a word alone on its last line
        (…余额限额的 / 决议), and a caption leaves its credit alone on a line. ``breakable``:
        the breaks may come no later (a caption's glued credit)."""
        text = "".join(piece for piece, _ in pieces)
        cuts = self._balanced_breaks(text, role_name, len(text) if breakable is None else breakable)
        if not cuts:
            self.paragraph(style_id, *pieces)
            return
        out = [f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>']
        offset = 0
        for piece, character_style in pieces:
            end = offset + len(piece)
            start = offset
            for cut in cuts:
                if start <= cut < end and cut:
                    if cut > start:
                        self._run(out, clean(piece[start - offset : cut - offset].rstrip()), style_id,
                                  character_style)
                    out.append("<w:r><w:br/></w:r>")
                    start = cut
            rest = piece[start - offset :]
            self._run(out, clean(rest.lstrip() if start in cuts else rest), style_id, character_style)
            offset = end
        out.append("</w:p>")
        self.body.append("".join(out))

    def heading(self, style_id: str, text: str, role_name: str = "heading") -> None:
        """A subheading, with a line break where the PDF's line ends, between two words (left to
        Word or LibreOffice it breaks wherever the line is full: 存在隐 / 藏利润)."""
        cuts = self._pdf_lines(text, role_name)
        if not cuts:
            self.text(style_id, text)
            return
        out = [f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>']
        for start, end in zip((0, *cuts), (*cuts, len(text)), strict=True):
            if start:
                out.append("<w:r><w:br/></w:r>")
            self._run(out, clean(text[start:end].strip() if start else text[start:end].rstrip()), style_id, None)
        out.append("</w:p>")
        self.body.append("".join(out))

    def _measure(self, role: RoleSpec) -> tuple[float, Callable[[str], float]]:
        """The text column of ``role`` in points and an estimate of a piece's width in it."""
        layout = self.layout
        column = (layout.page_width_emu - layout.margin_left_emu - layout.margin_right_emu) / 12700
        column -= (role.left_indent_em + role.right_indent_em) * role.size_pt

        fonts = load_fonts()
        emoji = fonts.face("emoji") if "emoji" in fonts.roles else None

        def width(piece: str) -> float:  # full-width characters an em, the others about half, joiners none
            em = role.size_pt * (1 + role.letter_spacing_em)
            # An emoji sequence (1️⃣, 🇨🇳, 👨‍👩‍👧) is the one glyph the emoji face joins it into, an
            # em as its stand-in is (the headline's segmentation, ``_joined``), not its parts:
            # a keycap's selector and ⃣ made a 1️⃣ label two ems, a family three.
            return sum(em if unicodedata.east_asian_width(char) in "FWA" else 0.0 if char in _ZERO_WIDTH else em / 2
                       for char in _joined(piece, emoji))

        return column, width

    def _balanced_breaks(self, text: str, role_name: str, breakable: int) -> tuple[int, ...]:
        """Where the PDF breaks a centred role's text (``_pdf_lines``), up to ``_BALANCED_LINES``
        lines and no cut after ``breakable``; none (the reader's own breaks) otherwise."""
        if self.layout.roles[role_name].align != "center":
            return ()
        cuts = self._pdf_lines(text, role_name, most=_BALANCED_LINES)
        return cuts if len(cuts) < _BALANCED_LINES and all(cut <= breakable for cut in cuts) else ()

    def _pdf_lines(self, text: str, role_name: str, *, most: int | None = None) -> tuple[int, ...]:
        """Where the PDF breaks ``text`` set in ``role_name`` (its phrase break, its balanced
        lines between words): the same faces, measures and line breaker, on a column a hair
        narrower (``_READER_SLACK``; ``_UNEMBEDDED_SLACK`` without our fonts). LibreOffice measures a line of Han, Latin words, digits and
        spaces as the PDF does (its space between Han and Latin included: within 0.05% on
        mixed headlines), so it fits every such line; the estimate that stood in for these
        measures needed an 8% margin, which broke a mixed headline the PDF set on one line.
        No cuts, without breaking, for a text that surely fits its first line (its glyphs, a
        quarter em at every switch between Han and Latin); none either for a text surely longer
        than ``most`` lines."""
        from .pdf_cjk import CJKParagraph, Span  # reportlab, loaded on the first headline

        style = self.ctx.style
        role = style.role(role_name)
        page = style.page
        slack = _READER_SLACK if self.options.embed_fonts else _UNEMBEDDED_SLACK
        column = (page.width_mm - page.margin_left_mm - page.margin_right_mm) * PT_PER_MM * (1 - slack)
        reader = self._pdf_chooser(compress=False)
        # An emoji sequence (👨‍👩‍👧, 🇨🇳, 1️⃣) measured and broken as the one glyph the PDF draws
        # and Word and LibreOffice set (the emoji face's ligature), not as its parts, which
        # made the headline a few ems longer; ``origins`` gives each break back in ``text``.
        text, origins = reader.joined_text(text)
        size = role.size_pt
        line = column - role.left_indent_pt - role.right_indent_pt
        glyphs = sum(map(reader.advances(role, size, role.letter_spacing_em * size), text))
        switches = sum(is_han(before) != is_han(after) for before, after in itertools.pairwise(text))
        if glyphs + switches * size / 4 + role.first_line_indent_em * size <= line:
            return ()
        marks = sum(unicodedata.category(char).startswith("P") for char in text)
        if most is not None and glyphs - marks * size / 2 > most * line:
            return ()
        # join_emoji=False: joined above, once for both choosers
        lines = CJKParagraph([Span(text, role)], role, self._pdf_chooser(), join_emoji=False)._break(column)
        if any(CJKParagraph([Span(_hung(line.text.strip()), role)], role, reader, first_part=not index,
                            join_emoji=False)._break(1e6)[0].width > column
               for index, line in enumerate(lines) if line.text.strip()):
            # A line the PDF fits by compressing marks side by side (；“), which LibreOffice sets a
            # full em each: the lines LibreOffice can hold, broken and balanced alike.
            lines = CJKParagraph([Span(text, role)], role, reader, join_emoji=False)._break(column)
        if origins is not None:
            return tuple(origins[line.start] for line in lines[1:])
        return tuple(line.start for line in lines[1:])

    def _pdf_chooser(self, *, compress: bool = True) -> Any:
        """The PDF's FaceChooser for this document's script, made once (its widths are cached);
        quiet: what no face has is reported where the text is set. ``compress`` False: marks
        measured a full em each, as LibreOffice sets them."""
        return _measuring_chooser(self.doc.meta.language == "zh-Hant", compress)

    # -- the document -----------------------------------------------------------------------

    def masthead(self) -> None:
        """The red 报头 of a 简报: name, 第N期, office left and date right over a red rule."""
        options = self.options
        if not options.masthead:
            if options.issue_no is not None or options.org:
                self.ctx.warn("--issue-no and --org go into the masthead: give --masthead too")
            return
        self.text("MastheadName", options.masthead)
        if options.issue_no is not None:
            self.text("MastheadIssue", issue_line(options.issue_no, self.layout.text))
        date = article_date(self.doc.meta, self.layout.text)
        self.paragraph(
            "MastheadLine", (options.org or "", None), ("\t", None), (date, "MastheadDate")
        )

    def article(self) -> None:
        meta = self.doc.meta
        lines, ruled = official_lines(meta, self.layout.text)
        sides = number_sides(meta, self.layout.text)
        exchange = exchange_sides(meta, self.layout.text)
        for index, (role, text) in enumerate(lines):
            last = index == len(lines) - 1
            style_id = "DocNumberRuled" if ruled and last and role == "doc_number" else _OFFICIAL_STYLES[role]
            joint = joint_issuer(text) if role == "doc_issuer" else None
            if role == "doc_number" and sides is not None:
                self.signed_number(style_id, *sides)
            elif joint is not None:
                self.joint_issuer(style_id, *joint)
            elif role == "doc_exchange" and exchange is not None:  # 证券代码 left, 公告编号 right
                self.two_sided("DocMarks", *exchange)
            else:
                self.text(style_id, text)
        # The lines round the headline, centred, broken as the PDF balances them (a long
        # subtitle's last line left to the word processor held one word: …会议 / 通过）).
        if meta.kicker:
            self.balanced("Kicker", "kicker", ((meta.kicker, None),))
        self.title(meta.title)
        if meta.subtitle:
            self.balanced("Subtitle", "subtitle", ((meta.subtitle, None),))
        line = document_meta_line(self.doc, self.layout.text)
        if line:
            self.balanced("Meta", "meta", ((line, None),))
        blocks = reading_blocks(self.doc)
        self.ranks = heading_ranks(blocks)
        closing = end_matter(blocks)
        closing_at = len(self.body)
        for index, block in enumerate(blocks):
            if closing is not None and index == closing[0]:
                closing_at = len(self.body)
            if isinstance(block, Imprint):
                at_foot = index == len(blocks) - 1 and official_place(self.layout.text) == "masthead"
                if at_foot and self.pack_breaks is not None:
                    # in a pack, every article's 版记 at the foot of its last page, as the PDF
                    # sets it, in a section the article's empty last paragraph ends
                    breaks = self.pack_breaks[self.article_index]
                    if breaks:
                        self.even_page_section()
                    self.imprint(block, last=breaks is not None or self.closing)
                    if breaks is not None and not self.closing:
                        self.end_section()
                    continue
                if at_foot and self._imprint_page_breaks():
                    self.even_page_section()
                self.imprint(block, last=at_foot)
            elif isinstance(block, Signature) and official_place(self.layout.text) == "masthead":
                self.signature(blocks, index)
            elif not run_in(blocks, index):  # an end mark the paragraph before it prints
                start = len(self.body)
                self.block(block, closing_end_mark(blocks, index))
                if introduces_next(blocks, index) and len(self.body) > start:
                    self.body[-1] = _keep_with_next(self.body[-1])
        if closing is not None:
            # The story's last paragraph and its end matter (``end_matter``) kept on one page, so
            # that the 责任编辑 line never stands alone on a last page, as the PDF sets it: Word
            # takes the paragraph's last lines over with it (two at least, by widow control),
            # LibreOffice the whole paragraph, so a long one is left to split where it falls
            # (its end matter follows its last lines there anyway); the end matter always whole.
            column, width = self._measure(self.layout.roles["paragraph"])
            text = getattr(blocks[closing[0]], "text", "")
            kept = closing_at if width(text) <= _CLOSING_KEPT_LINES * column else closing_at + 1
            for at in range(kept, len(self.body) - 1):
                if "<w:keepNext/>" not in self.body[at]:
                    self.body[at] = _keep_with_next(self.body[at])

    def _imprint_page_breaks(self) -> int | None:
        """The page breaks the PDF sets before this document's 版记 (``imprint_page_breaks``):
        the same style, fonts and line breaker lay the text out as the reader will, near enough
        to tell on which page it ends and whether the 版记 fits under it."""
        from .pdf import PdfOptions, imprint_page_breaks  # reportlab, only for a 公文's 版记

        options = self.options
        return imprint_page_breaks(self.doc, self.ctx.style,
                                   PdfOptions(masthead=options.masthead, issue_no=options.issue_no, org=options.org))

    def pack_imprint_page_breaks(self, docs: Sequence[Document]) -> tuple[int | None, ...]:
        """For each article of a pack, the page breaks the PDF of the pack sets before its 版记
        at the foot (``pdf.pack_imprint_page_breaks``; None: no such 版记). Laid out only where
        an article has one: a 公文 in a style that sets a 版头."""
        if official_place(self.layout.text) != "masthead" or not any(
                (blocks := reading_blocks(doc)) and isinstance(blocks[-1], Imprint) for doc in docs):
            return (None,) * len(docs)
        from .pdf import PdfOptions, pack_imprint_page_breaks  # reportlab, only for a pack of 公文

        options = self.options
        return pack_imprint_page_breaks(docs, self.ctx.style, PdfOptions(
            masthead=options.masthead, issue_no=options.issue_no, org=options.org, title=options.title))

    def even_page_section(self) -> None:
        """End the text's section here, the next one (the 版记's) starting on an even page: on
        the next page after an odd one, after a blank page after an even one (GB/T 9704 7.4: the
        版记 on the back of the last sheet). Word and LibreOffice add the blank page themselves,
        so the 版记 lands on an even page even where their text ends a page off the PDF's. The
        section's properties are the document's own (``document_xml`` copies them in)."""
        self.section_breaks.append((len(self.body) - 1, self.section_type, self.section_owner))
        self.section_type = "evenPage"

    def end_section(self) -> None:
        """End a pack's article's section after its 版记 at the foot, with an empty paragraph a
        point high: the frame LibreOffice anchors to the paragraph after it stays on the
        article's page (anchored to the next article's first paragraph, it went a page on, to
        the top of that page), and the next article's section starts on a new page."""
        self.body.append('<w:p><w:pPr><w:snapToGrid w:val="0"/>'
                         '<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
                         '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>')
        self.section_breaks.append((len(self.body) - 1, self.section_type, self.section_owner))
        self.section_type = None
        self.section_ended = True

    def joint_issuer(self, style_id: str, bodies: Sequence[str], suffix: str) -> None:
        """A joint 发文机关标志 (GB/T 9704 7.2.3) as a borderless table of two cells, centred: the
        issuing bodies stacked in the first, each spread to the cell's width (``distribute``),
        ``文件`` in the second, centred on their height. The style's space before goes above
        both cells' first lines and its space after under their last, so both stay level."""
        role = self.layout.roles["doc_issuer"]
        _, width = self._measure(role)
        left = round(max(width(body) for body in bodies) * 20 * 1.04)  # a margin for the reader's metrics
        right = round((width(suffix) + role.size_pt * 0.75) * 20) if suffix else 0

        def cell(texts: Sequence[str], twips: int, align: str, centred: bool) -> str:
            paragraphs = []
            for index, line in enumerate(texts):
                before = round(role.space_before_pt * 20) if index == 0 else 0
                after = round(role.space_after_pt * 20) if index == len(texts) - 1 else 0
                at = len(self.body)
                self.text(style_id, line)
                paragraphs.append(self.body.pop(at).replace(
                    f'"{style_id}"/></w:pPr>', f'"{style_id}"/><w:spacing w:before="{before}" w:after="{after}"/>'
                    f'<w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="{align}"/></w:pPr>', 1))
            valign = '<w:vAlign w:val="center"/>' if centred else ""
            return f'<w:tc><w:tcPr><w:tcW w:w="{twips}" w:type="dxa"/>{valign}</w:tcPr>{"".join(paragraphs)}</w:tc>'

        cells = cell(bodies, left, "distribute", False) + (cell([suffix], right, "right", True) if suffix else "")
        grid = "".join(f'<w:gridCol w:w="{twips}"/>' for twips in (left, right) if twips)
        none = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        self.body.append(
            f'<w:tbl><w:tblPr><w:tblW w:w="{left + right}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{none}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
            f'<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid><w:tr>{cells}</w:tr></w:tbl>')

    def signature(self, blocks: tuple[Block, ...], index: int) -> None:
        """A 落款 line as GB/T 9704 7.3.5 sets it: a line left empty above the first; sealed, the
        成文日期 its style's characters in from the right and a 署名 centred over it (its right
        indent grown by half what the date is longer); unsealed, the 署名 two characters in and
        the date two characters right of it (``signature_indent``, the widths measured as the
        PDF's: the same faces, and LibreOffice spaces Han from digits about as the PDF does)."""
        from .pdf_cjk import single_line_width  # reportlab, only for a 公文's 落款

        block = blocks[index]
        role = self.layout.roles["signature"]
        resolved = self.ctx.style.role("signature")
        chooser = self._pdf_chooser()
        direct = ""
        if opens_signature(blocks, index):
            line = role.line_pt or role.size_pt * 1.5
            direct += f'<w:spacing w:before="{round((role.space_before_pt + line) * 20)}"/>'
        right = signature_indent(blocks, index, lambda text: single_line_width(text, resolved, chooser) / role.size_pt,
                                 role.right_indent_em, self.layout.text)
        if right is not None:
            direct += f'<w:ind w:rightChars="{round(right * 100)}" w:right="{round(right * role.size_pt * 20)}"/>'
        at = len(self.body)
        self.text("Signature", block.text)  # type: ignore[attr-defined]
        if direct:
            self.body[at] = self.body[at].replace('"Signature"/></w:pPr>', f'"Signature"/>{direct}</w:pPr>', 1)

    def two_sided(self, style_id: str, left: str, right: str) -> None:
        """``left`` flush left and ``right`` at a right tab on the text block's right edge; on
        two lines when they do not fit one with an em between them (estimated, ``_measure``)."""
        layout = self.layout
        width = round((layout.page_width_emu - layout.margin_left_emu - layout.margin_right_emu) / 635)
        role = layout.roles[ROLE_OF[style_id]]
        column, measure = self._measure(role)
        if measure(left + right) + role.size_pt > 0.95 * column:
            self.two_sided(style_id, left, "")
            self.two_sided(style_id, "", right)
            return
        direct = (f'<w:tabs><w:tab w:val="right" w:pos="{width}"/></w:tabs>'
                  '<w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="left"/>')
        at = len(self.body)
        self.paragraph(style_id, (left, None), ("\t", None), (right, None))
        self.body[at] = self.body[at].replace(f'"{style_id}"/></w:pPr>', f'"{style_id}"/>{direct}</w:pPr>', 1)

    def signed_number(self, style_id: str, number: str, signers: str) -> None:
        """A 上行文's 发文字号 flush left a character in and its 签发人 at a right tab a character
        in from the right edge (GB/T 9704 7.2.4), on the number's line over the red rule; the
        names after 签发人： in their own character style (楷 in gbt9704, the label 仿宋)."""
        layout = self.layout
        role = layout.roles["doc_number"]
        em = round(role.size_pt * 20)
        width = round((layout.page_width_emu - layout.margin_left_emu - layout.margin_right_emu) / 635)
        direct = (f'<w:tabs><w:tab w:val="right" w:pos="{width - em}"/></w:tabs>'
                  f'<w:ind w:leftChars="100" w:left="{em}" w:rightChars="100" w:right="{em}" '
                  'w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/>')
        at = len(self.body)
        label, names = signers_parts(signers)
        self.paragraph(style_id, (number, None), ("\t", None), (label, None), (names, "DocSigners"))
        self.body[at] = self.body[at].replace(f'"{style_id}"/></w:pPr>', f'"{style_id}"/>{direct}</w:pPr>', 1)

    def attachments(self, block: Attachments) -> None:
        """An attachments list (GB/T 9704 7.3.4): each prefix (附件：1．, 2．) and a tab before its
        name, the styles hanging the prefixes so that every name starts in one column and a
        long one wraps under itself. A prefix wider than its style's hang (附件下载：1．, 10．),
        or a lone attachment's 附件： (no tab: its name follows the colon), hangs by direct
        indents instead, estimated as ``_measure`` does."""
        parts = attachment_parts(block.label, block.items)
        roles = self.layout.roles
        fits = len(parts) > 1 and all(
            self._prefix_em(role, prefix) <= -roles[role].first_line_indent_em for role, prefix, _ in parts)
        if fits:
            for role, prefix, name in parts:
                self.paragraph(_OFFICIAL_STYLES[role], (prefix, None), ("\t", None), (name, None))
            return
        names_at = max(self._start_em(role) + self._prefix_em(role, prefix) for role, prefix, _ in parts)
        for role, prefix, name in parts:
            self.hanging(_OFFICIAL_STYLES[role], role, prefix, name, names_at, tab=len(parts) > 1)

    def _prefix_em(self, role_name: str, prefix: str) -> float:
        """A prefix's estimated width in ems of its role (``_measure``), with a margin for the
        reader's own digits."""
        role = self.layout.roles[role_name]
        _, width = self._measure(role)
        return width(prefix) / role.size_pt + _HANG_MARGIN_EM

    def _start_em(self, role_name: str) -> float:
        """Where a hanging role's first line starts, in ems from the left margin."""
        role = self.layout.roles[role_name]
        return role.left_indent_em + role.first_line_indent_em

    def hanging(self, style_id: str, role_name: str, prefix: str, text: str, left: float, *, tab: bool) -> None:
        """``prefix`` hanging out left of ``text`` by direct indents: the paragraph's left indent
        (``left`` ems) is where the text starts, the prefix hangs back to the role's start, and
        a long text wraps under its own first character; with ``tab`` a tab takes the text to
        the indent whatever the reader's own metrics make of the prefix."""
        role = self.layout.roles[role_name]
        if not tab:
            left -= _HANG_MARGIN_EM  # the text follows the prefix: the indent is where it starts
        hang = left - self._start_em(role_name)
        indent = (f'<w:ind w:leftChars="{round(left * 100)}" w:left="{round(left * role.size_pt * 20)}" '
                  f'w:hangingChars="{round(hang * 100)}" w:hanging="{round(hang * role.size_pt * 20)}"/>')
        at = len(self.body)
        self.paragraph(style_id, (prefix, None), *((("\t", None),) if tab else ()), (text, None))
        self.body[at] = self.body[at].replace(f'"{style_id}"/></w:pPr>', f'"{style_id}"/>{indent}</w:pPr>', 1)

    def _hang_item(self, at: int, label: str, depth: int = 0) -> None:
        """A list's item (``Point.item``) written at ``at``: its wrapped lines hang under its text,
        past the label, by direct indents (the label's width estimated as ``_measure`` does), where
        a numbered paragraph's go back to the margin; further in by ``depth`` (``Point.depth``)."""
        role = self.layout.roles["point"]
        start = self._start_em("point") + depth * NESTED_ITEM_EM
        hang = self._prefix_em("point", label) - _HANG_MARGIN_EM
        left = start + hang
        indent = (f'<w:ind w:leftChars="{round(left * 100)}" w:left="{round(left * role.size_pt * 20)}" '
                  f'w:hangingChars="{round(hang * 100)}" w:hanging="{round(hang * role.size_pt * 20)}"/>')
        self.body[at] = self.body[at].replace('"Point"/></w:pPr>', f'"Point"/>{indent}</w:pPr>', 1)

    def imprint(self, block: Imprint, *, last: bool) -> None:
        """The 版记's lines (GB/T 9704 7.4), the 印发 line's office left and its date at the right
        tab. Word and LibreOffice draw one pair of rules round the run. With ``last`` (the
        document's last block, in a style that sets a 版头: GB/T 9704) it is a frame at the foot of
        the text block (``w:framePr``, bottom-aligned to the margin), so that its last rule lies
        on the last page's lower text edge."""
        frame = ""
        if last:
            layout = self.layout
            width = round((layout.page_width_emu - layout.margin_left_emu - layout.margin_right_emu) / 635)
            frame = (f'<w:framePr w:w="{width}" w:wrap="around" w:hAnchor="margin" w:vAnchor="margin" '
                     'w:xAlign="center" w:yAlign="bottom"/>')
        for line in block.lines:
            office, date = imprint_sides(line)
            start = len(self.body)
            if date:
                self.paragraph("Imprint", (office, None), ("\t", None), (date, None))
            else:
                self.text("Imprint", line)
            # framePr follows pStyle in w:pPr (paragraphs with the same one share a frame), with
            # no space above the first line at the foot; elsewhere the style's contextual
            # spacing sets the role's space above the first line only.
            if frame:
                self.body[start] = self.body[start].replace(
                    '"Imprint"/>', f'"Imprint"/>{frame}<w:spacing w:before="0"/>', 1)

    def use(self, doc: Document) -> None:
        """Set the next article of a pack (its dateline, its script's centred marks)."""
        self.doc = doc
        self.centred = self.options.embed_fonts and doc.meta.language == "zh-Hant"

    def front(self, title: str, facts: str, docs: Sequence[Document]) -> None:
        """A pack's front page: its title, facts and contents, each entry a link to its article
        and, at the right tab, the page it starts on (a PAGEREF field the application computes:
        only it knows its pages)."""
        self.title(title)
        self.text("Meta", facts)
        self.text("ContentsHeading", collection.contents_title(docs[0].meta.language_tag))
        self._used("Contents", _DIGITS)
        for index, doc in enumerate(docs):
            runs: list[str] = []
            self._run(runs, clean(collection.contents_entry(doc)), "Contents", None)
            anchor = _article_anchor(index)
            page = _field_runs(f"PAGEREF {anchor} " + "\\h", "", dirty=True)
            self.body.append(f'<w:p><w:pPr><w:pStyle w:val="Contents"/></w:pPr>'
                             f'<w:hyperlink w:anchor="{anchor}" w:history="1">{"".join(runs)}</w:hyperlink>'
                             f"<w:r><w:tab/></w:r>{page}</w:p>")

    def pack_article(self, index: int) -> None:
        """An article of a pack, from a new page (a new section), its first paragraph the
        contents' target."""
        # Each article is a section of its own, which starts on a new page: its first page takes
        # the first-page header (none over a title, as the PDF's article pages), where a page
        # break left the running header over every article's headline but the file's first.
        if not self.section_ended and self.body:
            self.section_breaks.append((len(self.body) - 1, self.section_type, self.section_owner))
            self.section_type = None
        self.section_ended = False
        self.section_owner = index
        self.article_furniture(index)
        start = len(self.body)
        self.article_index = index
        self.article()
        name = _article_anchor(index)
        # the bookmark opens the paragraph's content
        self.body[start] = self.body[start].replace(
            "</w:pPr>", f'</w:pPr><w:bookmarkStart w:id="{index + 1}" w:name="{name}"/>'
            f'<w:bookmarkEnd w:id="{index + 1}"/>', 1)

    def block(self, block: Block, end_mark: EndMark | None = None) -> None:
        # （完） run into the last line of the paragraph it closes, as the wires print it
        closing = ((end_mark.text, "EndMarkText"),) if end_mark is not None else ()
        match block:
            case EditorNote():
                label = f"{block.label}：" if block.label else ""
                body = note_body(block.text, block.label)
                self.paragraph("EditorNote", (label, "NoteLabel"), (body, None))
            case SeriesLabel():
                self.text("SeriesLabel", block.text)
            case Heading():
                role_name = heading_role(self.ranks.get(block.level, 2))
                self.heading("Heading2" if role_name == "heading" else "Heading3", block.text, role_name)
            case Lead():
                dateline = self.doc.meta.dateline.text if self.doc.meta.dateline else ""
                self.paragraph("Lead", (dateline, "Dateline"), (block.text, None), *closing)
            case Paragraph():
                self.paragraph("Body", (block.text, None), *closing)
            case Point():
                head, rest = _split_point(block)
                at = len(self.body)
                self.paragraph("Point", (head, "PointHeading"), (rest, None), *closing)
                if block.item and block.label and head.startswith(block.label):
                    self._hang_item(at, block.label, block.depth)
            case Turn():
                self.paragraph("Turn", (turn_speaker(block), "TurnSpeaker"), (block.text, None), *closing)
            case Caption():
                # The credit glued (word joiners, no-break space) in a style LibreOffice
                # breaks by Unicode rules: 李南轩 摄 is never split over two lines.
                body, credit = split_credit(block.text, block.photographer)
                self.balanced("Caption", "caption", ((body, None), (credit, "PhotoCredit")), breakable=len(body))
            case EndMark():
                self.text("EndMark", block.text)
            case Salutation():
                self.text("Salutation", block.text)
            case Signature():
                self.text("Signature", block.text)
            case Attachments():
                self.attachments(block)
            case Imprint():
                self.imprint(block, last=False)
            case RelatedLinks():
                if block.label:
                    self.text("RelatedLinksHeading", block.label)
                for item in block.items:
                    self._link(item)
            case EditorLine():
                self.text("EditorLine", block.text)
            case _:  # the model is closed; mypy checks that every kind has its case
                assert_never(block)

    def _link(self, item: LinkItem) -> None:
        """A related link: its title, then its address as a live hyperlink (a forwarded
        briefing is read on screen; a printed one still shows where the link goes)."""
        url = clean(item.url or "").strip()
        if not url:
            self.text("RelatedLinks", item.title)
            return
        link = (
            f'<w:hyperlink r:id="{self._relate(url)}" w:history="1"><w:r><w:rPr>'
            f'<w:rStyle w:val="Hyperlink"/></w:rPr><w:t>{_escape_text(url)}</w:t></w:r>'
            "</w:hyperlink>"
        )
        self.paragraph("RelatedLinks", (item.title, None), ("  ", None), after=link)
        self._used("Hyperlink", url)

    def _relate(self, url: str) -> str:
        """The relationship id of an external link, numbered as python-docx numbers them:
        the first free ``rIdN``, one relationship per distinct address."""
        rel_id = self.links.get(url)
        if rel_id is None:
            rel_id = self.links[url] = self._free_rel_id()
        return rel_id

    def _free_rel_id(self) -> str:
        """The first relationship id neither the skeleton, a link nor a pack's header uses."""
        used = self.skeleton.rel_ids.union(self.links.values(), self.page_rels.values())
        return next(f"rId{n}" for n in range(1, len(used) + 2) if f"rId{n}" not in used)

    # -- the parts ----------------------------------------------------------------------------

    def document_xml(self) -> bytes:
        skeleton = self.skeleton
        tail = skeleton.document_tail
        if not self.section_breaks:
            return skeleton.document_head + "".join(self.body).encode() + tail
        found = _SECTION.search(tail)
        assert found is not None, "the template's body ends with its section properties"
        section = found.group()
        body = list(self.body)
        for at, kind, owner in self.section_breaks:
            body[at] = _with_section(body[at], self._section(section, kind, owner).decode())
        last = self._section(section, self.section_type, self.section_owner)
        return skeleton.document_head + "".join(body).encode() + tail.replace(section, last, 1)

    def _section(self, section: bytes, kind: str | None, owner: int | None) -> bytes:
        """The section properties of a section starting as ``kind`` says, naming its article's
        own headers and footers (``article_furniture``) in place of the front's."""
        properties = _section_of_type(section, kind)
        rel_ids = {slot.name: slot.rel_id for slot in self.skeleton.slots}
        for shared, own in self.article_pages.get(owner, {}).items() if owner is not None else ():
            properties = properties.replace(f'r:id="{rel_ids[shared]}"'.encode(),
                                            f'r:id="{self.page_rels[own]}"'.encode(), 1)
        return properties

    def relationships_xml(self) -> bytes | None:
        """word/_rels/document.xml.rels when the article links out (None: the skeleton's)."""
        if not self.links and not self.page_rels:
            return None
        rels = "".join(
            f'<Relationship Id="{rel_id}" Type="{RT.HEADER if name.startswith("word/header") else RT.FOOTER}" '
            f'Target="{name.removeprefix("word/")}"/>'
            for name, rel_id in self.page_rels.items()
        ) + "".join(
            f'<Relationship Id="{rel_id}" Type="{RT.HYPERLINK}" Target="{_escape_attribute(url)}" '
            'TargetMode="External"/>'
            for url, rel_id in self.links.items()
        )
        return self.skeleton.rels_head + rels.encode() + b"</Relationships>"

    def core_xml(self) -> bytes:
        """docProps/core.xml, through python-docx's core properties."""
        element = parse_xml(self.skeleton.core)
        core = CoreProperties(element)
        meta = self.doc.meta
        facts = self.core_facts or _CoreFacts(meta.title, "、".join(meta.reporters),
                                             meta.series.name if meta.series else (meta.subtitle or ""),
                                             tuple(meta.keywords))
        core.title = _core_text(facts.title)
        core.author = _core_text(facts.author, "、")
        core.subject = _core_text(facts.subject)
        core.keywords = _core_text("; ".join(facts.keywords), "; ")
        core.language = self.lang
        if self.options.masthead:
            core.category = _core_text(self.options.masthead)
        core.last_modified_by = "convertkit"
        core.revision = 1
        source_date = self.ctx.source_date
        utc = source_date.replace(tzinfo=None) - (source_date.utcoffset() or timedelta(0))
        core.created = core.modified = utc
        return serialize_part_xml(element)

    # -- fonts ------------------------------------------------------------------------------

    def report_missing(self) -> None:
        """One warning naming every character no shipped face has (not one line a character)."""
        if not self.reported:
            return
        self.ctx.warn(f"no shipped font has {describe_missing(list(self.reported))}; Word and LibreOffice will "
                      "substitute a font of the reader's machine")

    def font_families(self) -> tuple[list[FontFamily], dict[str, str]]:
        """Every family the styles name, with subset faces when embedding, and the new name of
        each family that embeds any (family -> tagged name; see ``docx_fonts``).

        A role may ask for bold in a family that ships no bold file (楷): its text then goes
        into the regular face, and Word and LibreOffice embolden it, as they do on screen.
        """
        families: dict[str, dict[str, _Embedded | None]] = {
            role.font: {"regular": None, "bold": None} for role in self.layout.roles.values()
        }
        owners: dict[str, FontFace] = {}  # a face of each family that embeds a subset
        if self.options.embed_fonts:
            texts: dict[FontFace, set[str]] = defaultdict(set)
            for style_id, pieces in (self.used or {}).items():
                face = self.fonts[style_id].face
                if face is not None:
                    texts[face].update("".join(pieces))
            for face, chars in self.text_by_face.items():
                texts[face] |= chars
            for face in sorted(texts, key=lambda face: (face.family, face.bold)):
                owners.setdefault(face.family, face)
                slot = families.setdefault(face.family, {"regular": None, "bold": None})
                subset = self.layout.subset(face, "".join(sorted(texts[face])))
                slot["bold" if face.bold else "regular"] = _Embedded(face.name, subset.digest, subset.font)
            for companion in self.companions:  # seven glyphs: embedded whole
                slot = families.setdefault(companion.family, {"regular": None, "bold": None})
                data = companion.data()
                assert data is not None  # _segments switches to a companion only when it has marks
                slot["bold" if companion.bold else "regular"] = _Embedded(
                    companion.name, _digest(data), partial(_renamed_companion, data)
                )
        result: list[FontFamily] = []
        renames: dict[str, str] = {}
        for family, members in sorted(families.items()):
            embedded = {weight: member for weight, member in members.items() if member is not None}
            data: dict[str, bytes | None] = {"regular": None, "bold": None}
            name = family
            if embedded:
                tag = subset_tag(weight.encode() + member.digest for weight, member in embedded.items())
                free = _free_names(family, owners.get(family))
                name = renames[family] = tagged_family(free[0], tag)
                for weight, member in embedded.items():
                    postscript = member.postscript if free[0] == family else f"{free[1]}-{weight.capitalize()}"
                    names = FontNames(name, weight.capitalize(), tagged_postscript(postscript, tag))
                    data[weight] = member.write(names)
            result.append(
                FontFamily(
                    name=name,
                    generic=self.layout.generic.get(family, "auto"),
                    alt_name=family if embedded else None,
                    regular=data["regular"],
                    bold=data["bold"],
                )
            )
        return result, renames


class _Embedded(NamedTuple):
    """A face a family embeds: its PostScript name, a digest of what it holds, and how to write
    it under the names it is given."""

    postscript: str
    digest: bytes
    write: Callable[[FontNames], bytes]


def _free_names(family: str, face: FontFace | None) -> tuple[str, str]:
    """(family, PostScript stem) a renamed subset of ``face`` may carry: its own, unless its
    licence reserves a word of them (LXGW WenKai's OFL reserves "LXGW" and "霞鹜" for the
    unmodified font), then ours, after its role (``ck kai``, ``ckKai``), as the companions do."""
    if face is None or not any(word in family or word in face.name for word in reserved_font_names(face)):
        return family, face.name if face is not None else family
    return f"ck {face.role}", f"ck{face.role.capitalize()}"


def _digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


@lru_cache(maxsize=32)
def _renamed_companion(data: bytes, names: FontNames) -> bytes:
    """A companion under its tagged names: the same few KB for every document of a process."""
    return renamed_font(data, names)


def _split_point(point: Point) -> tuple[str, str]:
    """The bold part of a point: its numbering and heading, and the mark that ends them; the
    numbering alone when it has no heading (an item that is one clause)."""
    text = point.text
    if not point.heading and point.label and text.startswith(point.label):
        return point.label, text[len(point.label):]
    at = text.find(point.heading) if point.heading else -1
    if at < 0 or at > len(point.label) + 2:
        return "", text
    end = at + len(point.heading)
    if end < len(text) and text[end] in "。；：:;，,！？":
        end += 1
    return text[:end], text[end:]


def _package(
    skeleton: _Skeleton,
    varying: dict[str, bytes],
    families: list[FontFamily],
    *,
    charset: str,
    moment: datetime,
    extra: Mapping[str, bytes] = MappingProxyType({}),
) -> bytes:
    """The zip: the skeleton's parts in python-docx's order with the article's own in their
    place, then ``extra`` parts (a pack's articles' headers), our font table and font parts,
    fixed timestamps."""
    parts = build_font_parts(families, charset=charset)
    members = []
    if extra:
        overrides = "".join(
            f'<Override PartName="/{name}" ContentType="application/vnd.openxmlformats-officedocument.'
            f'wordprocessingml.{"header" if name.startswith("word/header") else "footer"}+xml"/>'
            for name in extra
        ).encode()
        types = skeleton.content_types.replace(b"</Types>", overrides + b"</Types>", 1)
        varying = {**varying, _CONTENT_TYPES: _with_fonts_type(types) if parts.embedded else types}
    for member in skeleton.members:
        name = member.name
        if name in varying:
            member = deflated_fast(name, varying[name], level=_STYLES_LEVEL if name == _STYLES else _TEXT_LEVEL)
        elif name == _CONTENT_TYPES and parts.embedded:
            member = skeleton.content_types_embedded
        elif name == _FONT_TABLE:
            # The same for every article when nothing is embedded.
            member = (_deflate_font_table(parts.font_table) if not parts.embedded
                      else deflated_fast(name, parts.font_table, level=_TEXT_LEVEL))
        members.append(member)
    members.extend(deflated_fast(name, payload, level=_TEXT_LEVEL) for name, payload in extra.items())
    if parts.relationships is not None:
        members.append(deflated_fast("word/_rels/fontTable.xml.rels", parts.relationships, level=_TEXT_LEVEL))
    for name, payload in sorted(parts.parts.items()):
        # Fonts deflated for speed (see ziparchive): the largest single cost of a briefing.
        members.append(deflated_fast(name, payload))
    return archive(members, moment)


# An article's own parts (document.xml, core.xml …): ISA-L's level 3 (see ziparchive). Parts every
# article shares are deflated once per process at zlib's level 6. styles.xml, the same for every
# article but for the tagged family names: level 2, about 25 bytes bigger than level 3 at half
# its time (17 KB of styles: 20 µs instead of 45).
_TEXT_LEVEL = 3
_STYLES_LEVEL = 2


@lru_cache(maxsize=16)
def _deflate_font_table(payload: bytes) -> Member:
    return deflated(_FONT_TABLE, payload)


class _CoreFacts(NamedTuple):
    """docProps/core.xml's title, author, subject and keywords: an article's, or a pack's."""

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]


# OPC core properties hold at most 255 characters (python-docx refuses longer ones).
_CORE_CHARS = 255


def _core_text(value: str, separator: str = "") -> str:
    """``value`` as a core property: XML-safe and within 255 characters, cut after the last
    whole item of a list (keywords, names) or else with an ellipsis. A crawler's title or a
    page's sixty keywords must not make the whole DOCX fail."""
    text = clean(value)
    if len(text) <= _CORE_CHARS:
        return text
    if separator:
        cut = text.rfind(separator, 0, _CORE_CHARS + 1)
        if cut > 0:
            return text[:cut]
    return text[: _CORE_CHARS - 1] + "…"


def _article_anchor(index: int) -> str:
    return f"_Article{index + 1}"


def render_docx(
    doc: Document | Sequence[Document], ctx: RenderContext, options: DocxOptions, layout: Layout | None = None
) -> bytes:
    """The DOCX bytes; ``layout`` defaults to the one built from ``ctx.style``.

    Several documents make a pack: the 报头 (when asked for), the pack's title, facts and
    contents, then each article from a new page, the running header naming the pack on the front's
    pages and the article on its own (a section each, with its own header).
    """
    docs = [doc] if isinstance(doc, Document) else list(doc)
    first = docs[0]
    layout = layout or layout_for(ctx.style)
    skeleton = _skeleton(layout, first.meta.language_tag, options.embed_fonts)
    builder = _Builder(first, ctx, options, layout, skeleton)
    if len(docs) == 1:
        builder.page_furniture()
        builder.masthead()
        builder.article()
    else:
        title = collection.pack_title(docs, options.title)
        facts = collection.pack_facts(docs, layout.text)
        builder.pack_title = title
        builder.core_facts = _CoreFacts(title, collection.pack_author(docs), facts, collection.pack_keywords(docs))
        builder.use(collection.newest(docs))  # the 报头 and the header carry the issue's date
        builder.page_furniture()
        builder.masthead()
        builder.front(title, facts, docs)
        builder.pack_breaks = builder.pack_imprint_page_breaks(docs)
        for index, article in enumerate(docs):
            builder.use(article)
            builder.closing = index == len(docs) - 1
            builder.pack_article(index)
    builder.report_missing()
    varying = {_DOCUMENT: builder.document_xml(), _CORE: builder.core_xml()}
    slot_of = {slot.name: slot for slot in skeleton.slots}
    for slot in skeleton.slots:
        varying[slot.name] = slot.head + builder.pages[slot.name].encode() + slot.tail
    # a pack's articles' own headers, each built around its article's paragraph as the part it stands for
    extra = {own: slot_of[shared].head + builder.extra_pages[own].encode() + slot_of[shared].tail
             for pages in builder.article_pages.values() for shared, own in pages.items()}
    families, renames = builder.font_families()
    if renames:  # the embedded families under their tagged names, wherever they are named
        varying[_STYLES] = skeleton.styles.renamed(renames)
        in_runs = {family: renames[family] for family in builder.run_families if family in renames}
        if in_runs:
            for name in (_DOCUMENT, *(slot.name for slot in skeleton.slots)):
                varying[name] = _rename_families(varying[name], in_runs)
            extra = {name: _rename_families(payload, in_runs) for name, payload in extra.items()}
    rels = builder.relationships_xml()
    if rels is not None:
        varying[_DOCUMENT_RELS] = rels
    hant = all(doc.meta.language == "zh-Hant" for doc in docs)
    charset = CHARSET_BIG5 if hant else CHARSET_GB2312
    return _package(skeleton, varying, families, charset=charset, moment=ctx.source_date, extra=extra)


class DocxWriter:
    name: ClassVar[str] = "docx"
    extension: ClassVar[str] = ".docx"
    description: ClassVar[str] = (
        "an editable Word briefing (DOCX) with named styles and embedded fonts"
    )
    binary: ClassVar[bool] = True
    needs_keywords: ClassVar[bool] = True
    Options: ClassVar[type] = DocxOptions

    def write(self, doc: Document, ctx: RenderContext, out: BinaryIO) -> None:
        self.write_many([doc], ctx, out)

    def write_many(self, docs: Sequence[Document], ctx: RenderContext, out: BinaryIO) -> None:
        """Several articles make one pack (see ``render_docx``)."""
        options: DocxOptions = (
            ctx.options if isinstance(ctx.options, DocxOptions) else DocxOptions()
        )
        if not docs:
            raise WriterError("a DOCX needs at least one article")
        with map_errors(WriterError, "cannot write the DOCX"):
            data = render_docx(docs, ctx, options)
        out.write(data)
