"""``to-pdf``: the briefing a press office prints and files.

Layout comes from the one style definition: a masthead (title, meta line), then the
blocks in reading order, each in its role (editor's note in 楷 on a tint, points with a bold
黑 heading run, captions in smaller 楷 with the credit kept), a running header with the short
title and a ``— 1 —`` footer. Text is set by our clreq line breaker (``pdf_cjk``).

The file is reproducible (reportlab's ``invariant``, CreationDate from the publication time),
embeds only our fonts as subsets (``initialFontName`` keeps Helvetica out), carries Title,
Author, Subject, Keywords and ``/Lang``, and has an outline: title, subheadings and points.
"""

from __future__ import annotations

import dataclasses
import functools
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import ModuleType
from typing import BinaryIO, ClassVar

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfdoc
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import Flowable, KeepTogether, PageBreak, Spacer

from ..errors import WriterError, map_errors
from ..fonts import load_fonts
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
    Meta,
    Paragraph,
    Point,
    RelatedLinks,
    Salutation,
    SeriesLabel,
    Signature,
    Turn,
)
from ..style import PT_PER_MM, Role, Style
from ..style import Rule as StyleRule
from . import collection
from .base import RenderContext
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
from .pdf_cjk import (
    CJKParagraph,
    FaceChooser,
    HorizontalRule,
    Span,
    TwoSidedLine,
    draw_single_line,
    registered_name,
    single_line_width,
)

PRODUCER = "convertkit"

# Binary (Flate-only) streams: ASCII85 on top of Flate makes every PDF a quarter larger and
# costs a tenth of the rendering time, for 7-bit-clean files nobody needs any more.
rl_config.useA85 = 0


class _FastFlate(pdfdoc.PDFStreamFilterZCompress):
    """FlateDecode by ISA-L at its level 3: the same streams for every PDF reader, in a sixth of
    zlib's level-6 time and 4 % larger (measured on the corpus: 8.3 → 1.4 ms of a 30 ms article,
    157 → 163 KB). Deflating the font subsets and page streams was a quarter of a PDF's cost."""

    def __init__(self, isal_zlib: ModuleType) -> None:
        self.isal_zlib = isal_zlib

    def encode(self, text: str | bytes) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        return bytes(self.isal_zlib.compress(data, 3))


def _use_fast_flate() -> None:
    """Every stream reportlab deflates (pages, font subsets, ToUnicode maps) goes through
    ``pdfdoc.PDFZCompress``, looked up when a stream is written; without ``isal`` it stays zlib."""
    try:
        from isal import isal_zlib
    except ImportError:
        return
    pdfdoc.PDFZCompress = _FastFlate(isal_zlib)


_use_fast_flate()


@dataclass(frozen=True, slots=True)
class PdfOptions:
    outline: bool = field(default=True, metadata={"help": "Add a PDF outline (bookmarks)."})
    header: bool = field(default=True, metadata={"help": "Running header with the short title."})
    masthead: str | None = field(default=None, metadata={
        "help": "Briefing name for a red 简报 masthead above the article, e.g. 舆情简报."})
    issue_no: int | None = field(default=None, metadata={"help": "Issue number in the masthead (第N期)."})
    org: str | None = field(default=None, metadata={"help": "Issuing office in the masthead, left of the date."})
    title: str | None = field(default=None, metadata={
        "help": "Title of a pack of several articles (default: the first article's, with how many follow)."})


def pdf_date(moment: datetime) -> str:
    """``D:20190117231000+08'00'``: PDF's date string, from the publication time."""
    offset = moment.utcoffset()
    if offset is None:
        zone = "Z"
    else:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        zone = f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
    return moment.strftime("D:%Y%m%d%H%M%S") + zone


class _Story:
    """Turns the model into flowables, one method per block kind."""

    def __init__(self, doc: Document, style: Style, chooser: FaceChooser, options: PdfOptions, *,
                 masthead: bool = True) -> None:
        self.doc = doc
        self.style = style
        self.chooser = chooser
        self.options = options
        self.outline = options.outline
        self.with_masthead = masthead  # a pack prints its 报头 once, on its front page
        self.ranks: dict[int, int] = {}  # each heading level's rank (heading_ranks)
        self.outline_depth = 0  # the level of the last outline entry: the next goes at most one deeper
        self.heading_depth = 0  # the outline level of the last heading (0: none yet, the title's)

    def para(self, text: str, role: str, *, spans: list[Span] | None = None,
             outline: tuple[str, int] | None = None, link: str | None = None) -> CJKParagraph:
        resolved = self.style.role(role)
        outline = self._nested(outline)
        return CJKParagraph(spans or [Span(text, resolved)], resolved, self.chooser,
                            outline=outline if self.outline else None, link=link)

    def masthead(self) -> Iterator[Flowable]:
        """The 简报 报头 when asked for (name, 第N期, office and date over a red rule), then
        the article's title block. The red rule is the 报头's (``masthead_rule``): without a
        报头 there is none, as in the DOCX and the EPUB (and GB/T 9704, whose red separator
        belongs to the 版头, never to a title)."""
        meta = self.doc.meta
        if self.with_masthead:
            yield from masthead_flowables(self.style, self.options, self.chooser, meta)
        lines, ruled = official_lines(meta, self.style.text)
        sides = number_sides(meta, self.style.text)
        exchange = exchange_sides(meta, self.style.text)
        for role, text in lines:
            joint = joint_issuer(text) if role == "doc_issuer" else None
            if role == "doc_number" and sides is not None:  # 上行文: number left, 签发人 right, its names in 楷
                resolved = self.style.role(role)
                label, names = signers_parts(sides[1])
                yield TwoSidedLine(sides[0], resolved, label, resolved, self.chooser, inset=resolved.size_pt,
                                   tail=(names, self.style.role("doc_signers")))
            elif joint is not None:
                yield _JointIssuer(*joint, self.style.role(role), self.chooser)
            elif role == "doc_exchange" and exchange is not None:  # 证券代码 left, 公告编号 right
                yield from self.two_sided(*exchange, "doc_marks")
            else:
                yield self.para(text, role)
        if ruled:
            yield HorizontalRule(self.style.role("masthead_rule"))
        if meta.kicker:
            yield self.para(meta.kicker, "kicker")
        yield self.para(meta.title, "title", outline=(meta.title, 0))
        if meta.subtitle:
            yield self.para(meta.subtitle, "subtitle")
        line = document_meta_line(self.doc, self.style.text)
        if line:
            yield self.para(line, "meta")

    def signature(self, blocks: tuple[Block, ...], index: int) -> CJKParagraph:
        """A 落款 line as GB/T 9704 7.3.5 sets it: a line left empty above the first; sealed, the
        成文日期 its role's characters in from the right and a 署名 centred over it; unsealed, the
        署名 two characters in and the date two characters right of it (``signature_indent``)."""
        block = blocks[index]
        role = self.style.role("signature")
        size = role.size_pt
        indent = signature_indent(blocks, index, lambda text: single_line_width(text, role, self.chooser) / size,
                                  role.right_indent_em, self.style.text)
        if indent is not None:
            role = dataclasses.replace(role, right_indent_em=indent)
        if opens_signature(blocks, index):
            role = dataclasses.replace(role, space_before_pt=role.space_before_pt + role.line_height_pt)
        return CJKParagraph([Span(block.text, role)], role, self.chooser)  # type: ignore[attr-defined]

    def two_sided(self, left: str, right: str, role_name: str) -> Iterator[Flowable]:
        """``left`` flush left and ``right`` flush right on one line, or on two when they do not
        fit one with an em between them (the right one under the left, still flush right)."""
        role = self.style.role(role_name)
        size = role.size_pt
        room = self.style.page.width_mm - self.style.page.margin_left_mm - self.style.page.margin_right_mm
        need = sum(self.chooser.advance(role, char, size) for char in left + right) + size
        if need <= room * PT_PER_MM:
            yield TwoSidedLine(left, role, right, role, self.chooser)
        else:
            yield TwoSidedLine(left, role, "", role, self.chooser)
            yield TwoSidedLine("", role, right, role, self.chooser)

    def hanging(self, prefix: str, text: str, role_name: str) -> CJKParagraph:
        """``prefix`` hanging out left of ``text`` (an attachment's ``附件：1．`` before its name):
        the role's indent is where the prefix starts, and a name too long for its line wraps
        under its own first character (GB/T 9704 7.3.4), as wide as the prefix is set."""
        role = self.style.role(role_name)
        size = role.size_pt
        hang = sum(self.chooser.advance(role, char, size) + role.letter_spacing_em * size for char in prefix) / size
        hung = dataclasses.replace(role, left_indent_em=role.left_indent_em + role.first_line_indent_em + hang,
                                   first_line_indent_em=-hang)
        return CJKParagraph([Span(prefix + text, hung)], hung, self.chooser)

    def item(self, label: str, spans: list[Span], outline: tuple[str, int], depth: int = 0) -> CJKParagraph:
        """A list's item (``Point.item``): its label where a paragraph's first line starts, and
        its wrapped lines under its text, past the label (1.李强在…强调 / 　　汽车产业…), where a
        paragraph's go back to the margin; ``NESTED_ITEM_EM`` further in for each list it is in
        below the first (``Point.depth``)."""
        role = self.style.role("point")
        size = role.size_pt
        bold = self.style.role("point_heading")
        hang = sum(self.chooser.advance(bold, char, size) + bold.letter_spacing_em * size for char in label) / size
        start = role.left_indent_em + role.first_line_indent_em + depth * NESTED_ITEM_EM
        hung = dataclasses.replace(role, left_indent_em=start + hang, first_line_indent_em=-hang)
        return CJKParagraph(spans, hung, self.chooser, outline=self._nested(outline) if self.outline else None)

    def _nested(self, outline: tuple[str, int] | None) -> tuple[str, int] | None:
        """An outline entry at most one level below the entry before it (a PDF outline cannot
        skip a level); a point after a subheading stays at its own level, up the tree."""
        if outline is None:
            return None
        title, level = outline
        level = min(level, self.outline_depth + 1)
        self.outline_depth = level
        return title, level

    def imprint(self, block: Imprint, *, last: bool) -> Iterator[Flowable]:
        """The 版记 between two rules (GB/T 9704 7.4), its lines without the role's own rule; the
        印发 line's office flush left and its date flush right. With ``last`` (the document's last
        block, in a style that sets a 版头: GB/T 9704) it stands at the foot of the last page, its
        last rule on the text block's lower edge."""
        role = self.style.role("imprint")
        line_role = dataclasses.replace(role, rule=None, space_before_pt=0, space_after_pt=0)
        lines: list[Flowable] = []
        for line in block.lines:
            office, date = imprint_sides(line)
            lines.append(TwoSidedLine(office, line_role, date, line_role, self.chooser, inset=role.left_indent_pt)
                         if date else CJKParagraph([Span(line, line_role)], line_role, self.chooser))
        rule = role.rule or StyleRule(position="top_bottom", width_pt=0.75, colour=role.colour)
        thin = dataclasses.replace(role, rule=dataclasses.replace(rule, width_pt=rule.width_pt * _THIN_RULE),
                                   space_before_pt=rule.gap_pt, space_after_pt=rule.gap_pt)
        between = [item for index, line in enumerate(lines) for item in ((HorizontalRule(thin),) if index else ()) + (line,)]
        parts = [_imprint_rule(role, above=True), *between, _imprint_rule(role, above=False)]
        yield _AtFoot(parts) if last else KeepTogether(parts)

    def flowables(self) -> list[Flowable]:
        story = list(self.masthead())
        blocks = reading_blocks(self.doc)
        self.ranks = heading_ranks(blocks)
        closing = end_matter(blocks)
        at: dict[int, int] = {}  # a block's first flowable in the story (the closing blocks')
        for index, block in enumerate(blocks):
            at[index] = len(story)
            if isinstance(block, Imprint):
                at_foot = index == len(blocks) - 1 and official_place(self.style.text) == "masthead"
                parts = list(self.imprint(block, last=at_foot))
                if at_foot:
                    story.append(_ToEvenPage(parts[0]))
                story.extend(parts)
            elif isinstance(block, Signature) and official_place(self.style.text) == "masthead":
                story.append(self.signature(blocks, index))
            elif not run_in(blocks, index):  # an end mark the paragraph before it draws
                flowables = list(self.block(block, closing_end_mark(blocks, index)))
                if introduces_next(blocks, index) and flowables:
                    flowables[-1].keep_with_next = True  # type: ignore[attr-defined]
                story.extend(flowables)
        if closing is not None:
            last, matter = at[closing[0]], at[closing[1]]
            if matter == last + 1 and isinstance(story[last], CJKParagraph):
                story[last:] = [_WithEndMatter(story[last], story[matter:])]
        return _kept_with_next(story)

    def _with_end(self, spans: list[Span], end_mark: EndMark | None) -> list[Span]:
        if end_mark is not None:
            spans.append(Span(end_mark.text, self.style.role("end_mark")))
        return spans

    def block(self, block: Block, end_mark: EndMark | None) -> Iterator[Flowable]:
        role = self.style.role
        match block:
            case EditorNote():
                label = f"{block.label}：" if block.label else ""
                spans = [Span(label, role("point_heading")), Span(note_body(block.text, block.label), role("editor_note"))]
                yield self.para("", "editor_note", spans=spans)
            case SeriesLabel():
                yield self.para(block.text, "series_label")
            case Heading():
                rank = self.ranks.get(block.level, 2)
                yield self.para(block.text, heading_role(rank), outline=(block.text, rank - 1))
                self.heading_depth = self.outline_depth  # the points after it go under it
            case Lead():
                spans = []
                dateline = self.doc.meta.dateline
                if dateline is not None:
                    spans.append(Span(dateline.text, role("dateline")))
                spans.append(Span(block.text, role("lead")))
                yield self.para("", "lead", spans=self._with_end(spans, end_mark))
            case Paragraph():
                yield self.para("", "paragraph", spans=self._with_end([Span(block.text, role("paragraph"))], end_mark))
            case Point():
                cut = _heading_end(block)
                spans = [Span(block.text[:cut], role("point_heading")), Span(block.text[cut:], role("point"))]
                outline = (_point_outline(block), self.heading_depth + 1)
                if block.item and block.label and block.text.startswith(block.label):
                    outline = (outline[0], outline[1] + block.depth)  # under the item that opened its list
                    yield self.item(block.label, self._with_end(spans, end_mark), outline, block.depth)
                else:
                    yield self.para("", "point", spans=self._with_end(spans, end_mark), outline=outline)
            case Turn():
                spans = [Span(turn_speaker(block), role("turn_speaker")), Span(block.text, role("turn"))]
                yield self.para("", "turn", spans=self._with_end(spans, end_mark))
            case Caption():
                yield self.para(_credit_kept_together(block), "caption")
            case EndMark():
                yield self.para(block.text, "end_mark")
            case Salutation():
                yield self.para(block.text, "salutation")
            case Signature():
                yield self.para(block.text, "signature")
            case Attachments():
                for role_name, prefix, name in attachment_parts(block.label, block.items):
                    yield self.hanging(prefix, name, role_name)
            case Imprint():
                yield from self.imprint(block, last=False)
            case RelatedLinks():
                yield self.para(block.label, "related_links_label")
                for item in block.items:
                    yield self.para(item.title, "related_links", link=item.url)
            case EditorLine():
                yield self.para(block.text, "editor_line")
            case _:
                yield self.para(getattr(block, "text", ""), "paragraph")


# A 版记's rule between its elements against its outer rules (0.25 mm against 0.35 mm, GB/T 9704 7.4.1).
_THIN_RULE = 0.7


def _imprint_rule(role: Role, *, above: bool) -> Flowable:
    """One of the rules a 版记 stands between: the role's rule, its space before above the
    first and its gap on the text's side."""
    rule = role.rule or StyleRule(position="top_bottom", width_pt=0.75, colour=role.colour)
    space = dataclasses.replace(role, rule=rule, space_before_pt=role.space_before_pt if above else rule.gap_pt,
                                space_after_pt=rule.gap_pt if above else role.space_after_pt)
    return HorizontalRule(space)


class _JointIssuer(Flowable):
    """A joint 发文机关标志 (GB/T 9704 7.2.3): the issuing bodies stacked, each spread to the
    longest one's width, and ``文件`` to their right, centred on their height; the block centred
    on the line, its size reduced when it would not fit the column."""

    _GAP_EM = 0.5  # between the bodies and 文件

    def __init__(self, bodies: Sequence[str], suffix: str, role: Role, chooser: FaceChooser) -> None:
        super().__init__()
        self.bodies, self.suffix, self.role, self.chooser = list(bodies), suffix, role, chooser
        self.spaceBefore, self.spaceAfter = role.space_before_pt, role.space_after_pt
        self._role = role

    def _width(self, text: str, role: Role) -> float:
        size = role.size_pt
        return sum(self.chooser.advance(role, char, size) + role.letter_spacing_em * size for char in text)

    def _extent(self, role: Role) -> tuple[float, float]:
        bodies = max(self._width(body, role) for body in self.bodies)
        suffix = self._width(self.suffix, role) + self._GAP_EM * role.size_pt if self.suffix else 0.0
        return bodies, suffix

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        role = self.role
        bodies, suffix = self._extent(role)
        if bodies + suffix > avail_width:
            scale = avail_width / (bodies + suffix)
            role = dataclasses.replace(role, size_pt=role.size_pt * scale, line_height_pt=role.line_height_pt * scale)
        self._role, self.width = role, avail_width
        self.height = role.line_height_pt * len(self.bodies)
        return avail_width, self.height

    def draw(self) -> None:
        role = self._role
        size, leading = role.size_pt, role.line_height_pt
        bodies, suffix = self._extent(role)
        left = (self.width - bodies - suffix) / 2
        for index, body in enumerate(self.bodies):
            top = self.height - index * leading
            self._spread(body, left, bodies, top - (leading - size) / 2 - 0.88 * size)
        if self.suffix:
            middle = self.height / 2 + leading / 2
            draw_single_line(self.canv, self.suffix, role, self.chooser, left + bodies + self._GAP_EM * size,
                             middle - (leading - size) / 2 - 0.88 * size, suffix)

    def _spread(self, text: str, x: float, width: float, baseline: float) -> None:
        """``text`` spread over ``width``, its first character at ``x`` and its last flush at the end."""
        role = self._role
        advances = [self._width(char, role) for char in text]
        gap = (width - sum(advances)) / (len(text) - 1) if len(text) > 1 else 0.0
        for char, advance in zip(text, advances, strict=True):
            draw_single_line(self.canv, char, role, self.chooser, x, baseline, advance + 1.0)
            x += advance + gap


class _AtFoot(Flowable):
    """Flowables set at the foot of the page they fall on (the 版记 on a 公文's last page): it
    takes the rest of the frame and draws them at its bottom, or moves whole to the next page
    when they do not fit under what is already there."""

    def __init__(self, parts: Sequence[Flowable]) -> None:
        super().__init__()
        self.parts = list(parts)
        self._sizes: list[tuple[float, float]] = []

    def _content(self, avail_width: float, avail_height: float) -> float:
        self._sizes = [part.wrap(avail_width, avail_height) for part in self.parts]
        gaps = sum(part.getSpaceBefore() + part.getSpaceAfter() for part in self.parts[1:-1])
        gaps += self.parts[0].getSpaceAfter() + self.parts[-1].getSpaceBefore() if len(self.parts) > 1 else 0.0
        return sum(height for _, height in self._sizes) + gaps

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        need = self._content(avail_width, avail_height)
        self.height = max(need, avail_height - 1.0)  # a point to spare: the story's closing spacer fits
        return avail_width, self.height

    def draw(self) -> None:
        y = self._content(self.width, self.height)
        for index, (part, (_, height)) in enumerate(zip(self.parts, self._sizes, strict=True)):
            if index:
                y -= part.getSpaceBefore()
            y -= height
            part.drawOn(self.canv, 0, y)
            y -= part.getSpaceAfter() if index < len(self.parts) - 1 else 0.0


class _ToEvenPage(Flowable):
    """Moves the 版记 to an even page: a 公文 is printed on both sides, and its 版记 stands on the
    last side, the back of the last sheet (GB/T 9704 7.4). On an odd page it breaks to the next
    (a one-page notice's 版记 on the back of its sheet); on an even page too full for the 版记, to
    the even page after a blank one. Where the 版记 fits under the text of an even page it stays.
    Draws nothing, as reportlab's CondPageBreak, whose way of breaking it shares."""

    def __init__(self, foot: _AtFoot, *, probe: bool = False) -> None:
        super().__init__()
        self.foot = foot
        self.probe = probe  # only asked where the 版记 goes (``imprint_page_breaks``): stop there
        self.placed: Callable[[int], None] | None = None  # told the breaks (``pack_imprint_page_breaks``)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")
        page = self._doctemplateAttr("page")
        if frame is None or page is None:
            return 0, 0
        fits = self.foot._content(avail_width, avail_height) <= avail_height - 1.0
        breaks = 1 if page % 2 else (0 if fits else 2)  # odd: the next page; even: here, or after a blank one
        if self.placed is not None:
            self.placed(breaks)
        if self.probe:
            raise _ImprintPlaced(breaks)
        if breaks:
            from reportlab.platypus.doctemplate import FrameBreak

            frame.add_generated_content(*[FrameBreak] * breaks)
        return 0, 0

    def draw(self) -> None:
        pass


class _ImprintPlaced(Exception):
    """Ends a layout run only to learn where the 版记 goes: the page breaks set before it."""

    def __init__(self, breaks: int) -> None:
        super().__init__(breaks)
        self.breaks = breaks


def imprint_page_breaks(doc: Document, style: Style, options: PdfOptions | None = None) -> int | None:
    """How many page breaks this writer sets before the 版记 of ``doc`` at the foot of its last
    page (a 公文 in a style that sets a 版头): 0 when it fits under the text of an even page, 1
    when the text ends on an odd page, 2 when it ends on an even page too full for it. None when
    the document has no such 版记. The same story and pages as ``PdfWriter``, laid out up to the
    版记 and never saved (no font is subset or written): what the DOCX writer asks, to put its
    版记 on the same page."""
    options = options or PdfOptions()
    chooser = FaceChooser(load_fonts(), lambda _message: None, centred_marks=doc.meta.language == "zh-Hant")
    story = _Story(doc, style, chooser, options).flowables()
    probes = [item for item in story if isinstance(item, _ToEvenPage)]
    if not probes:
        return None
    probes[-1].probe = True
    template = _BriefingTemplate(io.BytesIO(), style, [doc], [chooser], options, pdf_date(datetime(2000, 1, 1)),
                                 invariant=1)
    try:
        template.build([*story, Spacer(0, 0)])
    except _ImprintPlaced as placed:
        return placed.breaks
    except LayoutError:  # what the PDF cannot lay out (it says so itself) leaves the 版记 where it is
        return None
    return None


def pack_imprint_page_breaks(docs: Sequence[Document], style: Style,
                             options: PdfOptions | None = None) -> tuple[int | None, ...]:
    """``imprint_page_breaks`` for each article of a pack, as this writer lays the pack out:
    its front pages, then each article from a new page, so that whether a 版记 stands under its
    text or pages on depends on the page its article starts on. None for an article without a
    版记 at its foot. Laid out up to the last 版记 and never saved."""
    options = options or PdfOptions()
    fonts = load_fonts()
    by_script: dict[bool, FaceChooser] = {}
    choosers = [by_script.setdefault(doc.meta.language == "zh-Hant", FaceChooser(
        fonts, lambda _message: None, centred_marks=doc.meta.language == "zh-Hant")) for doc in docs]
    pack = _Pack(collection.pack_title(docs, options.title), collection.pack_facts(docs, style.text), [0] * len(docs))
    story = _pack_story(docs, style, choosers, options, pack)
    breaks: list[int | None] = [None] * len(docs)
    article, probe = 0, None
    for item in story:
        if isinstance(item, _ArticleStart):
            article = item.index
        elif isinstance(item, _ToEvenPage):
            item.placed = functools.partial(breaks.__setitem__, article)
            probe = item
    if probe is None:
        return tuple(breaks)
    probe.probe = True
    template = _BriefingTemplate(io.BytesIO(), style, docs, choosers, options, pdf_date(datetime(2000, 1, 1)), pack,
                                 invariant=1)
    try:
        template.build([*story, Spacer(0, 0)])
    except _ImprintPlaced:
        pass
    except LayoutError:  # what the PDF cannot lay out (it says so itself) leaves the 版记 where it is
        return (None,) * len(docs)
    return tuple(breaks)


def masthead_flowables(style: Style, options: PdfOptions, chooser: FaceChooser, meta: Meta) -> Iterator[Flowable]:
    """The 简报 报头 when asked for: name, 第N期, office and date over a red rule."""
    if not options.masthead:
        return
    role, text = style.role, style.text
    yield CJKParagraph([Span(options.masthead, role("masthead_name"))], role("masthead_name"), chooser)
    if options.issue_no is not None:
        line = issue_line(options.issue_no, text)
        yield CJKParagraph([Span(line, role("masthead_issue"))], role("masthead_issue"), chooser)
    yield TwoSidedLine(options.org or "", role("masthead_org"), article_date(meta, text), role("masthead_date"), chooser)
    yield HorizontalRule(role("masthead_rule"))


def _article_key(index: int) -> str:
    return f"article-{index + 1}"


class _ArticleStart(Flowable):
    """Where an article of a pack begins: notes its page (the contents and the running header
    need it) and leaves the destination its contents entry links to. Draws nothing."""

    def __init__(self, index: int, pages: list[int]) -> None:
        super().__init__()
        self.index = index
        self.pages = pages

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.pages[self.index] = self.canv.getPageNumber()
        self.canv.bookmarkPage(_article_key(self.index))


# Room kept right of a contents entry for its page number, in ems of the entry's size.
_PAGE_NUMBER_EMS = 3.0


class _ContentsEntry(Flowable):
    """One line of a pack's contents: the title (wrapped if long), its page number flush right
    on the first line, the whole entry a link to the article."""

    def __init__(self, title: CJKParagraph, number: CJKParagraph, key: str) -> None:
        super().__init__()
        self.title = title
        self.number = number  # set flush right in the same role, so both first lines share a baseline
        self.key = key
        self.spaceBefore = title.spaceBefore
        self.spaceAfter = title.spaceAfter
        self._width = self._height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        room = _PAGE_NUMBER_EMS * self.title.role.size_pt
        _, self._height = self.title.wrap(max(avail_width - room, room), avail_height)
        self.number.wrap(avail_width, avail_height)
        self._width = avail_width
        return avail_width, self._height

    def draw(self) -> None:
        self.title.drawOn(self.canv, 0, 0)
        _, number_height = self.number.wrap(self._width, self._height)
        self.number.drawOn(self.canv, 0, self._height - number_height)
        self.canv.linkRect("", self.key, (0, 0, self._width, self._height), relative=1)


@dataclass(slots=True)
class _Pack:
    """A file of several articles: its title and facts line, and the page each article starts
    on (known after a first layout; the contents show them and the running header follows them)."""

    title: str
    facts: str
    starts: list[int]

    def article_on(self, page: int) -> int | None:
        """The article page ``page`` belongs to; None on the front pages."""
        current = None
        for index, start in enumerate(self.starts):
            if 0 < start <= page:
                current = index
        return current


#: Roles that introduce what follows them and must not end a page alone (the DOCX's keepNext).
_KEEP_WITH_NEXT = frozenset({"heading", "subheading", "series_label", "related_links_label"})


def _kept_with_next(story: list[Flowable]) -> list[Flowable]:
    """Each subheading (or label, or introduction: ``introduces_next``) bound to the flowable
    after it, from the end so that a run of headings binds as a chain: a heading is never the
    last thing on a page."""
    out: list[Flowable] = []
    for flowable in reversed(story):
        role = getattr(flowable, "role", None)
        kept = getattr(flowable, "keep_with_next", False) or (role is not None and role.name in _KEEP_WITH_NEXT)
        if out and isinstance(flowable, CJKParagraph) and kept:
            out[-1] = _KeepWithNext(flowable, out[-1])
        else:
            out.append(flowable)
    return out[::-1]


class _KeepWithNext(Flowable):
    """A heading and the block under it. The heading stays on this page only if the block's
    first part fits under it as the block would split anyway (two lines of a paragraph, all of
    a short one or of a caption kept together); otherwise both go to the next page. Unlike
    reportlab's KeepTogether, a long paragraph after the heading does not push the heading
    over when its first lines fit (that would leave half a page blank)."""

    def __init__(self, head: Flowable, follower: Flowable) -> None:
        super().__init__()
        self.head = head
        self.follower = follower

    def getSpaceBefore(self) -> float:
        return self.head.getSpaceBefore()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 0xFFFFFF  # always asked to split, as KeepTogether is

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        parts = [self.head, self.follower]
        if frame is not None and getattr(frame, "_atTop", False):
            return parts  # nothing to gain on a fresh page
        _, height = self.head.wrap(avail_width, avail_height)
        rest = avail_height - height - self.head.getSpaceAfter() - self.follower.getSpaceBefore()
        if rest <= 0:
            return []
        _, need = self.follower.wrap(avail_width, rest)
        if need <= rest or self.follower.split(avail_width, rest):
            return parts
        return []

    def draw(self) -> None:  # never drawn: split always replaces it
        raise AssertionError("_KeepWithNext is split, never drawn")


class _WithEndMatter(Flowable):
    """The story's last paragraph and the end matter after it (``end_matter``: a 原题 or related
    links box, the 责任编辑 line, an end mark). When the paragraph's end fits on the page but its
    end matter does not, its last two lines go over with the end matter (the whole paragraph when
    it cannot leave two lines behind), so the end matter never stands alone on a last page."""

    def __init__(self, last: CJKParagraph, matter: list[Flowable]) -> None:
        super().__init__()
        self.last = last
        self.matter = matter  # as measured and kept together; laid out with its labels kept with the next

    def getSpaceBefore(self) -> float:
        return self.last.getSpaceBefore()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, 0xFFFFFF  # always asked to split, as KeepTogether is

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and getattr(frame, "_atTop", False)
        parts = [self.last, *_kept_with_next(self.matter)]
        _, height = self.last.wrap(avail_width, avail_height)
        if height > avail_height:  # the paragraph runs over: its end goes on with the matter
            pieces = self.last.split(avail_width, avail_height)
            if len(pieces) == 2:
                return [pieces[0], _WithEndMatter(pieces[1], self.matter)]  # type: ignore[arg-type]
            return parts if at_top else []
        need = height + self.last.getSpaceAfter()
        for flowable in self.matter:
            need += flowable.getSpaceBefore() + flowable.wrap(avail_width, avail_height)[1] + flowable.getSpaceAfter()
        if need <= avail_height:
            return parts
        pieces = self.last.split_before(avail_width, 2)
        if len(pieces) == 2:
            return [pieces[0], KeepTogether([pieces[1], *self.matter])]
        return parts if at_top else []  # too short to leave two lines: all of it to the next page

    def draw(self) -> None:  # never drawn: split always replaces it
        raise AssertionError("_WithEndMatter is split, never drawn")


def _credit_kept_together(caption: Caption) -> str:
    """The caption with its photo credit glued, so ``摄`` never sits alone on the last line
    and a name is never split (the line breaker breaks nowhere around a joiner)."""
    return "".join(split_credit(caption.text, caption.photographer))


#: A point without a heading names its outline entry by its text up to the first of these, or
#: this many characters.
_OUTLINE_CLAUSE_ENDS = "。；;！？"
_OUTLINE_CHARS = 30


def _point_outline(point: Point) -> str:
    """A point's outline entry: its numbering and heading (第一 加强…); for a point without a
    heading (a list's item 1.某某会议召开；) its text to the end of the first clause, not its
    number alone."""
    label = point.label or str(point.number)
    gap = "" if label[-1:] in "）)、．，" else " "  # （1）某某, 一、某某; 第一 某某, 1. 某某
    if point.heading:
        return f"{label}{gap}{point.heading}".strip()
    text = point.text[len(point.label):] if point.label and point.text.startswith(point.label) else point.text
    text = " ".join(text.split())
    end = min((at for at in (text.find(mark) for mark in _OUTLINE_CLAUSE_ENDS) if at >= 0), default=len(text))
    text = text[:end].rstrip("，,：:")
    if len(text) > _OUTLINE_CHARS:
        text = text[:_OUTLINE_CHARS] + "…"
    return f"{label}{gap}{text}".strip()


def _heading_end(point: Point) -> int:
    """Where a point's bold run ends: after its heading and the mark that closes it; after its
    numbering when it has no heading (an item that is one clause, a law's （一）…；)."""
    if not point.heading:
        return len(point.label) if point.label and point.text.startswith(point.label) else 0
    at = point.text.find(point.heading)
    if at < 0:
        return 0
    end = at + len(point.heading)
    if end < len(point.text) and point.text[end] in "。；：！？，":
        end += 1
    return end


class _BriefingTemplate(BaseDocTemplate):
    """A4 pages with the style's running header and footer. ``docs`` holds one article, or a
    pack's articles with ``pack`` saying which page is whose."""

    def __init__(self, out: BinaryIO, style: Style, docs: Sequence[Document], choosers: Sequence[FaceChooser],
                 options: PdfOptions, created: str, pack: _Pack | None = None, **kwargs: object) -> None:
        page = style.page
        mm = PT_PER_MM
        super().__init__(
            out,
            pagesize=(page.width_mm * mm, page.height_mm * mm),
            leftMargin=page.margin_left_mm * mm,
            rightMargin=page.margin_right_mm * mm,
            topMargin=page.margin_top_mm * mm,
            bottomMargin=page.margin_bottom_mm * mm,
            **kwargs,
        )
        self.style = style
        self.docs = docs
        self.choosers = choosers
        self.pack = pack
        self.options = options
        self.created = created
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: object, template: BaseDocTemplate) -> None:
        page = self.style.page
        mm = PT_PER_MM
        number = canvas.getPageNumber()  # type: ignore[attr-defined]
        canvas.setDateFormatter(lambda *_: self.created)  # type: ignore[attr-defined]
        pack, options = self.pack, self.options
        index = 0 if pack is None else pack.article_on(number)
        meta = self.docs[index or 0].meta
        title = meta.title if index is not None or pack is None else pack.title
        chooser = self.choosers[index or 0]
        values = {"page": number, "short_title": short_title(title), "title": title,
                  "agency": (meta.agency or "") if index is not None else "", "masthead": options.masthead or "",
                  "org": options.org or "", "issue": "" if options.issue_no is None else str(options.issue_no),
                  "date": article_date(meta, self.style.text)}
        # No running header over a title: page 1, and in a pack the page each article opens.
        opening = number == 1 or (pack is not None and number in pack.starts)
        header = self.style.header
        if self.options.header and header.text and not opening:
            role = self.style.role(header.role)
            top = page.height_mm * mm - page.header_distance_mm * mm
            baseline = top - role.size_pt * 0.88
            draw_single_line(canvas, header.render(**values), role, chooser,  # type: ignore[arg-type]
                             self.leftMargin, baseline, self.width)
            self._edge_rule(canvas, role, top)
        footer = self.style.footer
        if footer.text:
            role = self.style.role(footer.role)
            # odd/even sides only when asked for (gbt9704); else where the footer's role sets it
            align = (footer.odd_align if number % 2 else footer.even_align) if footer.odd_even else None
            inset = footer.edge_indent_em * role.size_pt
            baseline = page.footer_distance_mm * mm
            draw_single_line(canvas, footer.render(**values), role, chooser,  # type: ignore[arg-type]
                             self.leftMargin + (inset if align == "left" else 0), baseline,
                             self.width - (inset if align in ("left", "right") else 0), align=align)
            self._edge_rule(canvas, role, baseline + role.size_pt * 0.88)

    def _edge_rule(self, canvas: object, role: Role, top: float) -> None:
        """The rule a running header's or footer's role asks for (the briefing's hairline under
        its header), across the text block as the DOCX's paragraph border draws it: ``gap``
        under the line box, or above it for a rule on top."""
        rule = role.rule
        if rule is None or rule.position not in ("top", "bottom"):
            return
        half = rule.width_pt / 2
        y = top + rule.gap_pt + half if rule.position == "top" else top - role.line_height_pt - rule.gap_pt - half
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setStrokeColor(HexColor(rule.colour))  # type: ignore[attr-defined]
        canvas.setLineWidth(rule.width_pt)  # type: ignore[attr-defined]
        canvas.line(self.leftMargin, y, self.leftMargin + self.width, y)  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]


class PdfWriter:
    name: ClassVar[str] = "pdf"
    extension: ClassVar[str] = ".pdf"
    description: ClassVar[str] = "a typeset PDF briefing (A4, embedded CJK fonts)"
    binary: ClassVar[bool] = True
    needs_keywords: ClassVar[bool] = True
    Options: ClassVar[type] = PdfOptions

    def write(self, doc: Document, ctx: RenderContext, out: BinaryIO) -> None:
        self.write_many([doc], ctx, out)

    def write_many(self, docs: Sequence[Document], ctx: RenderContext, out: BinaryIO) -> None:
        """One article makes a briefing; several make a pack: a front page with the 报头 (when
        asked for), the pack's title and facts and its contents with page numbers, then each
        article from a new page, the running header following the article on the page."""
        options: PdfOptions = ctx.options if isinstance(ctx.options, PdfOptions) else PdfOptions()
        if not options.masthead and (options.issue_no is not None or options.org):
            ctx.warn("--issue-no and --org go into the masthead: give --masthead too")
        if not docs:
            raise WriterError("a PDF needs at least one article")
        _refuse_too_long(docs)
        style = ctx.style
        fonts = load_fonts()
        by_script: dict[bool, FaceChooser] = {}
        choosers = [by_script.setdefault(doc.meta.language == "zh-Hant", FaceChooser(
            fonts, ctx.warn, centred_marks=doc.meta.language == "zh-Hant")) for doc in docs]
        body_font = registered_name(style.font_face("paragraph", fonts))
        facts = _Facts.of(docs, options, style)
        with map_errors(WriterError, "PDF rendering failed"):
            def build(target: BinaryIO, pack: _Pack | None) -> None:
                template = _BriefingTemplate(
                    target, style, docs, choosers, options, pdf_date(ctx.source_date), pack,
                    title=facts.title, author=facts.author, subject=facts.subject, keywords=facts.keywords,
                    creator=PRODUCER, producer=PRODUCER, invariant=1, lang=facts.lang,
                    initialFontName=body_font, initialFontSize=style.role("paragraph").size_pt,
                    displayDocTitle=1,
                )
                story = (list(_Story(docs[0], style, choosers[0], options).flowables()) if pack is None
                         else _pack_story(docs, style, choosers, options, pack))
                story.append(Spacer(0, 0))
                template.build(story)

            if len(docs) == 1:
                build(out, None)
            else:
                # The contents need the page each article starts on: a first layout finds them.
                # The page-number column is as wide in both, so the second lays out the same.
                pack = _Pack(collection.pack_title(docs, options.title), collection.pack_facts(docs, style.text),
                             [0] * len(docs))
                build(io.BytesIO(), pack)
                build(out, _Pack(pack.title, pack.facts, list(pack.starts)))
        for chooser in by_script.values():
            chooser.report_missing()


# reportlab holds every page of a PDF in memory until it is saved, some 600 bytes a character
# of text: past this many characters (about 1,200 pages) a PDF costs more than a gigabyte, and
# a 50 MB one-paragraph crawl record went on for minutes towards ten before the system killed it.
MAX_PDF_CHARS = 1_500_000


def _refuse_too_long(docs: Sequence[Document]) -> None:
    """A one-line error, before any work, for text longer than a PDF is laid out from."""
    count = sum(len(doc.meta.title or "") + sum(len(getattr(block, "text", "") or "") for block in doc.blocks)
                for doc in docs)
    if count > MAX_PDF_CHARS:
        raise WriterError(f"too long for one PDF: {count:,} characters of text, at most {MAX_PDF_CHARS:,} "
                          "(about 1,200 pages); convert it to txt, docx or epub, or split it")


def _pack_story(docs: Sequence[Document], style: Style, choosers: Sequence[FaceChooser], options: PdfOptions,
                pack: _Pack) -> list[Flowable]:
    """The front page (报头, title, facts, contents), then every article from a new page."""
    role = style.role
    first = choosers[0]

    def para(text: str, role_name: str, chooser: FaceChooser = first) -> CJKParagraph:
        return CJKParagraph([Span(text, role(role_name))], role(role_name), chooser)

    story: list[Flowable] = list(masthead_flowables(style, options, first, collection.newest(docs).meta))
    story.append(CJKParagraph([Span(pack.title, role("title"))], role("title"), first,
                              outline=(pack.title, 0) if options.outline else None))
    story.append(para(pack.facts, "meta"))
    label = collection.contents_title(docs[0].meta.language_tag)
    story.append(para(label, "contents_title"))
    number_role = dataclasses.replace(role("contents"), align="right", first_line_indent_em=0.0)
    for index, (doc, chooser) in enumerate(zip(docs, choosers, strict=True)):
        page = str(pack.starts[index]) if pack.starts[index] else ""
        number = CJKParagraph([Span(page, number_role)], number_role, chooser)
        story.append(_ContentsEntry(para(collection.contents_entry(doc), "contents", chooser), number,
                                    _article_key(index)))
    for index, (doc, chooser) in enumerate(zip(docs, choosers, strict=True)):
        story.append(PageBreak())
        story.append(_ArticleStart(index, pack.starts))
        story.extend(_Story(doc, style, chooser, options, masthead=False).flowables())
    return story


@dataclass(frozen=True, slots=True)
class _Facts:
    """The PDF's document information: an article's own, or a pack's."""

    title: str
    author: str
    subject: str
    keywords: list[str]
    lang: str

    @classmethod
    def of(cls, docs: Sequence[Document], options: PdfOptions, style: Style) -> _Facts:
        if len(docs) == 1:
            meta = docs[0].meta
            return cls(meta.title, "、".join(meta.reporters) or (meta.agency or ""), _subject(docs[0]),
                       list(meta.keywords), meta.language_tag)
        tags = {doc.meta.language_tag for doc in docs}
        return cls(collection.pack_title(docs, options.title), collection.pack_author(docs),
                   collection.pack_facts(docs, style.text), list(collection.pack_keywords(docs)),
                   tags.pop() if len(tags) == 1 else "zh")


def _subject(doc: Document) -> str:
    meta = doc.meta
    parts = [part for part in (meta.agency, meta.series.name if meta.series else None) if part]
    return " · ".join(parts)
