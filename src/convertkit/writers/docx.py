"""``to-docx``: the briefing a press office edits, prints and forwards, as a Word document.

It has to look right on a machine with no Chinese fonts (the faces travel inside the file,
see ``docx_fonts``), stay pleasant to edit (every paragraph has a named style and no direct
formatting, see ``docx_styles``) and be reproducible (same input, same bytes: the zip entries
carry the publication time, and font keys come from a hash, not from a random GUID).

Each piece has one job: ``layout_for`` (``docx_styles``) turns the style definition into
Word terms once per style; ``_Builder`` writes one document with python-docx; ``_package``
rewrites the zip (font table, font parts, fixed timestamps), which python-docx cannot do.
"""

from __future__ import annotations

import io
import re
import string
import unicodedata
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from typing import Any, BinaryIO, ClassVar, assert_never

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Emu
from docx.text.paragraph import Paragraph as DocxParagraph

from ..errors import WriterError, map_errors
from ..fonts import FontFace, load_fonts
from ..model import (
    Block,
    Caption,
    Document,
    EditorLine,
    EditorNote,
    EndMark,
    Heading,
    Lead,
    LinkItem,
    Paragraph,
    Point,
    RelatedLinks,
    SeriesLabel,
)
from ..typography.clreq import LINE_END_PROHIBITED, LINE_START_PROHIBITED
from .base import RenderContext
from .docx_fonts import (
    CHARSET_BIG5,
    CHARSET_GB2312,
    OBFUSCATED_FONT_CONTENT_TYPE,
    FontFamily,
    build_font_parts,
)
from .docx_styles import ROLE_OF, Layout, install_styles, layout_for
from .masthead import format_date, issue_line, meta_line, note_body, short_title

R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W_DECLARATION = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# Characters XML 1.0 cannot carry at all (tab, newline and carriage return it can).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Quotes shared by Latin and CJK text: Word takes the Latin font (and half width) for them
# unless the run is marked as East Asian text.
_SHARED_QUOTES = frozenset("“”‘’")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_DIGITS = "0123456789"
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


class _Builder:
    """Per-document state: the python-docx document and the text drawn in each face."""

    def __init__(
        self, doc: Document, ctx: RenderContext, options: DocxOptions, layout: Layout
    ) -> None:
        self.doc = doc
        self.ctx = ctx
        self.options = options
        self.layout = layout
        self.word = docx.Document(io.BytesIO(_template()))
        self.lang = doc.meta.language_tag
        self.text_by_face: dict[FontFace, set[str]] = defaultdict(set)
        self.reported: set[str] = set()

    # -- page, styles, settings ---------------------------------------------------------------

    def setup(self) -> None:
        layout = self.layout
        install_styles(
            self.word.styles.element, layout.styles(), layout.roles["normal"], self.lang, parse_xml
        )
        section = self.word.sections[0]
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
        settings = self.word.settings.element
        if self.options.embed_fonts:
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
            {"w:lang": self.lang, "w:val": "".join(sorted(LINE_END_PROHIBITED))},
        )
        _set_child(
            settings,
            "w:noLineBreaksBefore",
            _SETTINGS_ORDER,
            {"w:lang": self.lang, "w:val": "".join(sorted(LINE_START_PROHIBITED))},
        )
        _set_child(
            settings,
            "w:themeFontLang",
            _SETTINGS_ORDER,
            {"w:val": "en-US", "w:eastAsia": self.lang},
        )
        # Word 2013+ layout (compatibility mode 15), so Word does not open the briefing in
        # "compatibility mode".
        for setting in settings.iter(qn("w:compatSetting")):
            if setting.get(qn("w:name")) == "compatibilityMode":
                setting.set(qn("w:val"), "15")
        if layout.odd_even_footers:
            self.word.settings.odd_and_even_pages_header_footer = True
        self._header_footer(section)

    def _page_values(self) -> dict[str, str]:
        meta, options = self.doc.meta, self.options
        return {
            "title": meta.title,
            "short_title": short_title(meta.title),
            "masthead": options.masthead or "",
            "org": options.org or "",
            "agency": meta.agency or "",
            "issue": str(options.issue_no) if options.issue_no is not None else "",
            "date": format_date(meta.published, self.layout.text),
        }

    def _page_text(self, paragraph: DocxParagraph, template: str, style_id: str) -> None:
        """Fill a header/footer template: ``{page}``/``{pages}`` become fields, the rest text."""
        paragraph._p.get_or_add_pPr().style = style_id
        values = self._page_values()
        for literal, name, _, _ in string.Formatter().parse(template):
            if literal:
                self._run(paragraph, literal, style_id)
            if name in _PAGE_FIELDS:
                self._field(paragraph, _PAGE_FIELDS[name])
                self._used(style_id, _DIGITS)
            elif name:
                self._run(paragraph, clean(values.get(name, "")), style_id)

    def _field(self, paragraph: DocxParagraph, instruction: str) -> None:
        """A complex field whose cached result is 1; Word and LibreOffice update it."""
        for xml in (
            '<w:fldChar w:fldCharType="begin"/>',
            f'<w:instrText xml:space="preserve"> {instruction} </w:instrText>',
            '<w:fldChar w:fldCharType="separate"/>',
            "<w:t>1</w:t>",
            '<w:fldChar w:fldCharType="end"/>',
        ):
            paragraph.add_run()._r.append(_w_element(xml))

    def _header_footer(self, section: Any) -> None:
        layout = self.layout
        if layout.header_template:
            self._page_text(section.header.paragraphs[0], layout.header_template, "Header")
            if layout.odd_even_footers:
                self._page_text(
                    section.even_page_header.paragraphs[0], layout.header_template, "Header"
                )
        if not layout.footer_template:
            return
        if layout.odd_even_footers:
            # GB/T 9704 §7.5: odd page numbers right, even ones left, one character in.
            self._page_text(section.footer.paragraphs[0], layout.footer_template, "FooterOdd")
            self._page_text(
                section.even_page_footer.paragraphs[0], layout.footer_template, "FooterEven"
            )
        else:
            self._page_text(section.footer.paragraphs[0], layout.footer_template, "Footer")

    # -- text -----------------------------------------------------------------------------

    def _face(self, style_id: str) -> FontFace | None:
        role = self.layout.roles[ROLE_OF[style_id]]
        return self.layout.faces.get((role.font, role.bold))

    def _used(self, style_id: str, text: str) -> None:
        face = self._face(style_id)
        if face is not None:
            self.text_by_face[face].update(text)

    def _bold(self, style_id: str) -> bool:
        return self.layout.roles[ROLE_OF[style_id]].bold

    def _segments(
        self, text: str, face: FontFace | None, bold: bool = False
    ) -> list[tuple[str, FontFace | None]]:
        """``text`` cut where the style's face cannot set a character right, each piece with
        the face to switch to (None: the style's own).

        A character the face lacks goes to the closest shipped face that has it (never silent
        tofu), or, if none has it, stays and is reported once. A curly quote the face sets
        narrow (楷's proportional “ ” ‘ ’) goes to the full-width 宋 face of the style's
        weight, as the PDF writer draws it.
        """
        if face is None:
            return [(text, None)]
        missing = {ch for ch in face.missing(text) if unicodedata.category(ch) != "Cf"}
        narrow = face.narrow_quotes.intersection(text)
        if not missing and not narrow:
            return [(text, None)]
        fonts = load_fonts()
        segments: list[tuple[str, FontFace | None]] = []
        for ch in text:
            target = None
            if ch in narrow:
                target = fonts.full_width_face(ch, face, bold)
            elif ch in missing:
                target = fonts.face_for(ch, face.role, face.bold)
                if target is None and ch not in self.reported:
                    self.reported.add(ch)
                    self.ctx.warn(
                        f"no shipped font has {ch!r} (U+{ord(ch):04X}); "
                        "Word and LibreOffice will substitute a font of the reader's machine"
                    )
            if segments and segments[-1][1] == target:
                segments[-1] = (segments[-1][0] + ch, target)
            else:
                segments.append((ch, target))
        return segments

    def _run(
        self, paragraph: DocxParagraph, text: str, style_id: str, character_style: str | None = None
    ) -> None:
        """Runs of ``text``, marked East Asian where shared quotes sit in Chinese text."""
        if not text:
            return
        styled = character_style or style_id
        for segment, fallback in self._segments(text, self._face(styled), self._bold(styled)):
            run = paragraph.add_run(segment)
            if character_style:
                run._r.get_or_add_rPr().style = character_style
            if fallback is None:
                self._used(styled, segment)
            else:
                # The one piece of direct formatting we write: no style can name a font per
                # character, and a face that lacks a glyph (or sets a quote half-width) must
                # not draw tofu (or cramped quotes).
                self.text_by_face[fallback].update(segment)
                family = fallback.family
                _set_child(
                    run._r.get_or_add_rPr(),
                    "w:rFonts",
                    _RUN_PROPERTIES_ORDER,
                    {"w:ascii": family, "w:hAnsi": family, "w:eastAsia": family, "w:cs": family},
                )
            # A switched quote is hinted too: it was switched for its East Asian width.
            if _SHARED_QUOTES.intersection(segment) and (fallback is not None or _HAN.search(text)):
                _set_child(
                    run._r.get_or_add_rPr(),
                    "w:rFonts",
                    _RUN_PROPERTIES_ORDER,
                    {"w:hint": "eastAsia"},
                )

    def paragraph(self, style_id: str, *pieces: tuple[str, str | None]) -> DocxParagraph:
        """A paragraph in style ``style_id``: (text, character style or None) pieces."""
        paragraph = self.word.add_paragraph()
        # The id straight into w:pStyle: python-docx's lookup by style object costs more than
        # the rest of the paragraph, and every id here is one install_styles wrote.
        paragraph._p.get_or_add_pPr().style = style_id
        for text, character_style in pieces:
            self._run(paragraph, clean(text), style_id, character_style)
        return paragraph

    def text(self, style_id: str, text: str) -> DocxParagraph:
        return self.paragraph(style_id, (text, None))

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
        date = format_date(self.doc.meta.published, self.layout.text)
        self.paragraph(
            "MastheadLine", (options.org or "", None), ("\t", None), (date, "MastheadDate")
        )

    def article(self) -> None:
        meta = self.doc.meta
        self.text("Title", meta.title)
        if meta.subtitle:
            self.text("Subtitle", meta.subtitle)
        line = meta_line(meta, self.layout.text)
        if line:
            self.text("Meta", line)
        for block in self.doc.blocks:
            self.block(block)

    def block(self, block: Block) -> None:
        match block:
            case EditorNote():
                label = f"{block.label}：" if block.label else ""
                body = note_body(block.text, block.label)
                self.paragraph("EditorNote", (label, "NoteLabel"), (body, None))
            case SeriesLabel():
                self.text("SeriesLabel", block.text)
            case Heading():
                self.text("Heading3" if block.level >= 3 else "Heading2", block.text)
            case Lead():
                dateline = self.doc.meta.dateline.text if self.doc.meta.dateline else ""
                self.paragraph("Lead", (dateline, "Dateline"), (block.text, None))
            case Paragraph():
                self.text("Body", block.text)
            case Point():
                head, rest = _split_point(block)
                self.paragraph("Point", (head, "PointHeading"), (rest, None))
            case Caption():
                self.text("Caption", block.text)
            case EndMark():
                self.text("EndMark", block.text)
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
        paragraph = self.paragraph("RelatedLinks", (item.title, None))
        url = clean(item.url or "").strip()
        if not url:
            return
        self._run(paragraph, "  ", "RelatedLinks")
        rel_id = self.word.part.relate_to(url, RT.HYPERLINK, is_external=True)
        link = _w_element(f'<w:hyperlink xmlns:r="{R_NAMESPACE}" r:id="{rel_id}" w:history="1"/>')
        paragraph._p.append(link)
        run = _w_element('<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t/></w:r>')
        run.find(qn("w:t")).text = url
        link.append(run)
        self._used("Hyperlink", url)

    def properties(self) -> None:
        meta = self.doc.meta
        core = self.word.core_properties
        core.title = clean(meta.title)
        core.author = clean("、".join(meta.reporters))
        core.subject = clean(meta.series.name if meta.series else (meta.subtitle or ""))
        core.keywords = clean("; ".join(meta.keywords))
        core.language = self.lang
        if self.options.masthead:
            core.category = clean(self.options.masthead)
        core.last_modified_by = "convertkit"
        core.revision = 1
        source_date = self.ctx.source_date
        utc = source_date.replace(tzinfo=None) - (source_date.utcoffset() or timedelta(0))
        core.created = core.modified = utc

    # -- fonts ------------------------------------------------------------------------------

    def font_families(self) -> list[FontFamily]:
        """Every family the styles name, with subset faces when embedding.

        A role may ask for bold in a family that ships no bold file (楷): its text then goes
        into the regular face, and Word and LibreOffice embolden it, as they do on screen.
        """
        families: dict[str, dict[str, bytes | None]] = {
            role.font: {"regular": None, "bold": None} for role in self.layout.roles.values()
        }
        if self.options.embed_fonts:
            texts: dict[FontFace, set[str]] = defaultdict(set)
            for face, chars in self.text_by_face.items():
                texts[face] |= chars
            for face in sorted(texts, key=lambda face: (face.family, face.bold)):
                slot = families.setdefault(face.family, {"regular": None, "bold": None})
                slot["bold" if face.bold else "regular"] = self.layout.subset(
                    face, "".join(sorted(texts[face]))
                )
        return [
            FontFamily(
                name=name,
                generic=self.layout.generic.get(name, "auto"),
                regular=data["regular"],
                bold=data["bold"],
            )
            for name, data in sorted(families.items())
        ]


def _split_point(point: Point) -> tuple[str, str]:
    """The bold part of a point: its numbering and heading, and the mark that ends them."""
    text = point.text
    at = text.find(point.heading) if point.heading else -1
    if at < 0 or at > len(point.label) + 2:
        return "", text
    end = at + len(point.heading)
    if end < len(text) and text[end] in "。；：:;，,！？":
        end += 1
    return text[:end], text[end:]


def _package(data: bytes, families: list[FontFamily], *, charset: str, moment: datetime) -> bytes:
    """python-docx's zip, rewritten: our font table and font parts, fixed timestamps, a plain
    app.xml (the template's names Microsoft Word and a company)."""
    parts = build_font_parts(families, charset=charset)
    stamp = (
        max(moment.year, 1980),
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
    )
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:

        def put(name: str, payload: bytes) -> None:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = 0o644 << 16
            # Fonts at level 1: 5% larger than level 6 and 2.5 times faster (the largest
            # single cost of writing a briefing after subsetting).
            level = 1 if name.endswith(".odttf") else 6
            target.writestr(info, payload, compress_type=zipfile.ZIP_DEFLATED, compresslevel=level)

        for info in source.infolist():
            payload = source.read(info.filename)
            if info.filename == "[Content_Types].xml" and parts.embedded:
                payload = payload.replace(
                    b'<Default Extension="xml"',
                    f'<Default Extension="odttf" ContentType="{OBFUSCATED_FONT_CONTENT_TYPE}"/>'
                    '<Default Extension="xml"'.encode(),
                    1,
                )
            elif info.filename == "word/fontTable.xml":
                payload = parts.font_table
            elif info.filename == "docProps/app.xml":
                payload = _APP_XML
            put(info.filename, payload)
        if parts.relationships is not None:
            put("word/_rels/fontTable.xml.rels", parts.relationships)
        for name, payload in sorted(parts.parts.items()):
            put(name, payload)
    return out.getvalue()


def render_docx(
    doc: Document, ctx: RenderContext, options: DocxOptions, layout: Layout | None = None
) -> bytes:
    """The DOCX bytes; ``layout`` defaults to the one built from ``ctx.style``."""
    builder = _Builder(doc, ctx, options, layout or layout_for(ctx.style))
    builder.setup()
    builder.masthead()
    builder.article()
    builder.properties()
    buffer = io.BytesIO()
    builder.word.save(buffer)
    charset = CHARSET_BIG5 if doc.meta.language == "zh-Hant" else CHARSET_GB2312
    return _package(
        buffer.getvalue(), builder.font_families(), charset=charset, moment=ctx.source_date
    )


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
        options: DocxOptions = (
            ctx.options if isinstance(ctx.options, DocxOptions) else DocxOptions()
        )
        with map_errors(WriterError, "cannot write the DOCX"):
            data = render_docx(doc, ctx, options)
        out.write(data)
