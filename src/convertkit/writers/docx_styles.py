"""Named Word styles from the one style definition: the DOCX side of ``styles/*.toml``.

Why named styles and not direct formatting: a press office restyles a briefing in Word by
editing "Body" once, and every paragraph follows. So every paragraph we write carries a style
and nothing else; the styles carry fonts, sizes, spacing and alignment. A style based on
another (Lead on Body) writes only what differs from its parent, so a change to the parent
reaches it too; only the fonts and the language are repeated on every style, because Word
falls back to its theme fonts (Latin ones) wherever a style leaves ``w:eastAsia`` unset.

Why oxml and not python-docx's font API: ``Font.name`` sets only ``w:ascii``/``w:hAnsi``, and
Chinese text is drawn with ``w:eastAsia``; python-docx has no ``w:firstLineChars`` (an indent
that stays two characters when the size changes), no ``w:kinsoku``, no ``w:autoSpaceDE``. We
write each ``w:style`` ourselves, children in schema order (Word rejects a file whose children
are out of order; LibreOffice forgives, Word does not).

Three layers: ``RoleSpec`` (one role in Word's units), ``WordStyle`` + ``style_xml`` (pure XML,
no knowledge of our TOML), and ``layout_for`` (the only code that reads ``convertkit.style``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import quoteattr

from ..errors import StyleError
from ..fonts import FontFace, Subset, cut_subset, load_fonts

if TYPE_CHECKING:
    from ..style import Role, Style, TextSpec

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TWIPS_PER_PT = 20
EIGHTHS_PER_PT = 8
EMU_PER_MM = 36000
EMU_PER_TWIP = 635
MAX_BORDER_SPACE_PT = 31  # ST_PointMeasure limit for w:space on a border

_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}
_GENERIC = {"serif": "roman", "kai": "roman", "sans": "swiss"}


# The hang of an attachments list's prefixes (GB/T 9704 7.3.4) in ems, where the writer's tab
# after each prefix takes its name: 附件：1． (three full-width characters, a digit, a full-width
# stop) and 2．, with a quarter em for the reader's digits. Every name starts in one column.
ATTACHMENT_LABEL_HANG_EM = 4.75
ATTACHMENT_ITEM_HANG_EM = 1.75


def _hung(spec: RoleSpec, hang: float) -> RoleSpec:
    """``spec`` with its first line hanging ``hang`` ems out left of the others, starting where
    it started (a list item whose prefix stands out of its wrapped text)."""
    return replace(spec, left_indent_em=spec.left_indent_em + spec.first_line_indent_em + hang,
                   first_line_indent_em=-hang)


@dataclass(frozen=True, slots=True)
class Border:
    """A line beside a paragraph (the red masthead rule, the editor's note bar)."""

    color: str  # RRGGBB
    width_pt: float
    space_pt: float = 1.0


@dataclass(frozen=True, slots=True)
class RoleSpec:
    """How one role looks, in Word's terms.

    ``font`` is the family written in ``w:rFonts`` (the writer tags it per document when it
    embeds a subset, see ``docx_fonts``).
    ``line_pt`` is the distance between baselines, written as exact line spacing: Word's
    "multiple" spacing would multiply the CJK faces' tall natural line height (about 1.45 em
    for Noto) and give loose, uneven pages.
    """

    font: str
    size_pt: float
    bold: bool = False
    color: str | None = None  # RRGGBB, no '#'
    align: str = "left"  # left | center | right | justify
    first_line_indent_em: float = 0.0
    left_indent_em: float = 0.0
    right_indent_em: float = 0.0
    line_pt: float | None = None
    space_before_pt: float = 0.0
    space_after_pt: float = 0.0
    letter_spacing_em: float = 0.0
    underline: bool = False
    background: str | None = None  # RRGGBB
    borders: tuple[tuple[str, Border], ...] = ()  # (top|left|bottom|right, border)
    keep_together: bool = False  # w:keepLines: never split across pages


@dataclass(frozen=True, slots=True)
class WordStyle:
    """One ``w:style``: identity, inheritance, and the role it takes its looks from."""

    style_id: str
    name: str  # as Word shows it; built-ins use Word's internal lower-case names
    kind: str  # "paragraph" | "character"
    role: RoleSpec
    based_on: WordStyle | None = None
    next_style: str | None = None
    keep_next: bool = False
    outline_level: int | None = None  # 0 = title level in the navigation pane
    snap_to_grid: bool = True
    right_tab_twips: int | None = None  # a right-aligned tab stop (org left, date right)
    east_asian_lang: str | None = None  # instead of the document's (see CREDIT_LANG)


def _twips(points: float) -> str:
    return str(round(points * TWIPS_PER_PT))


def _half_points(points: float) -> str:
    return str(round(points * 2))


def _run_items(role: RoleSpec, lang: str) -> list[tuple[str, str]]:
    """(key, xml) pairs of ``w:rPr``, in schema order; keys let a child style skip equal ones."""
    font = quoteattr(role.font)
    items = [
        ("rFonts", f"<w:rFonts w:ascii={font} w:hAnsi={font} w:eastAsia={font} w:cs={font}/>"),
        ("b", "<w:b/><w:bCs/>" if role.bold else '<w:b w:val="0"/><w:bCs w:val="0"/>'),
        ("color", f'<w:color w:val="{role.color or "auto"}"/>'),
    ]
    if role.letter_spacing_em:
        items.append(
            ("spacing", f'<w:spacing w:val="{_twips(role.letter_spacing_em * role.size_pt)}"/>')
        )
    else:
        items.append(("spacing", '<w:spacing w:val="0"/>'))
    items.append(
        (
            "sz",
            f'<w:sz w:val="{_half_points(role.size_pt)}"/>'
            f'<w:szCs w:val="{_half_points(role.size_pt)}"/>',
        )
    )
    items.append(("u", '<w:u w:val="single"/>' if role.underline else '<w:u w:val="none"/>'))
    items.append(("lang", f'<w:lang w:val="en-US" w:eastAsia="{lang}" w:bidi="ar-SA"/>'))
    return items


def _paragraph_items(style: WordStyle) -> list[tuple[str, str]]:
    """(key, xml) pairs of ``w:pPr``, in the order of CT_PPrBase."""
    role = style.role
    items: list[tuple[str, str]] = [
        ("keepNext", "<w:keepNext/>" if style.keep_next else '<w:keepNext w:val="0"/>'),
        ("keepLines", "<w:keepLines/>" if role.keep_together else '<w:keepLines w:val="0"/>'),
        # no single line of a paragraph alone at a page foot or head, as in the PDF
        ("widowControl", "<w:widowControl/>"),
    ]
    if role.borders:
        order = {"top": 0, "left": 1, "bottom": 2, "right": 3}
        lines = "".join(
            f'<w:{side} w:val="single" w:sz="{round(border.width_pt * EIGHTHS_PER_PT)}" '
            f'w:space="{min(round(border.space_pt), MAX_BORDER_SPACE_PT)}" '
            f'w:color="{border.color}"/>'
            for side, border in sorted(role.borders, key=lambda item: order[item[0]])
        )
        items.append(("pBdr", f"<w:pBdr>{lines}</w:pBdr>"))
    else:
        items.append(("pBdr", "<w:pBdr/>"))
    items.append(
        ("shd", f'<w:shd w:val="clear" w:color="auto" w:fill="{role.background or "auto"}"/>')
    )
    if style.right_tab_twips is not None:
        items.append(
            ("tabs", f'<w:tabs><w:tab w:val="right" w:pos="{style.right_tab_twips}"/></w:tabs>')
        )
    # Chinese line-start/line-end rules (kinsoku), punctuation that may hang into the margin,
    # an opening mark at a line start set half width, a quarter em between Han and Latin
    # letters or digits. No w:wordWrap="0": that would let Latin words and numbers split.
    items.append(
        (
            "cjk",
            "<w:kinsoku/><w:overflowPunct/><w:topLinePunct/><w:autoSpaceDE/><w:autoSpaceDN/>",
        )
    )
    items.append(("snapToGrid", "" if style.snap_to_grid else '<w:snapToGrid w:val="0"/>'))
    spacing = f'w:before="{_twips(role.space_before_pt)}" w:after="{_twips(role.space_after_pt)}"'
    if role.line_pt:
        spacing += f' w:line="{_twips(role.line_pt)}" w:lineRule="exact"'
    items.append(("spacing", f"<w:spacing {spacing}/>"))
    # Character units for Word (an indent that stays N characters when the size changes),
    # twips for readers that do not know them.
    indent = (
        f'w:leftChars="{round(role.left_indent_em * 100)}" '
        f'w:left="{_twips(role.left_indent_em * role.size_pt)}" '
        f'w:rightChars="{round(role.right_indent_em * 100)}" '
        f'w:right="{_twips(role.right_indent_em * role.size_pt)}" '
        + (  # a negative first-line indent is a hanging one (an attachments list's 附件：1．)
            f'w:hangingChars="{round(-role.first_line_indent_em * 100)}" '
            f'w:hanging="{_twips(-role.first_line_indent_em * role.size_pt)}"'
            if role.first_line_indent_em < 0 else
            f'w:firstLineChars="{round(role.first_line_indent_em * 100)}" '
            f'w:firstLine="{_twips(role.first_line_indent_em * role.size_pt)}"'
        )
    )
    items.append(("ind", f"<w:ind {indent}/>"))
    if style.style_id in _CONTEXTUAL:
        items.append(("contextualSpacing", "<w:contextualSpacing/>"))
    items.append(("jc", f'<w:jc w:val="{_JC[role.align]}"/>'))
    if style.outline_level is not None:
        items.append(("outlineLvl", f'<w:outlineLvl w:val="{style.outline_level}"/>'))
    return items


# Styles whose space before and after goes only round a run of their paragraphs, not between
# them: the 版记's lines, one block between one pair of rules.
_CONTEXTUAL = {"Imprint"}

# Written on every paragraph style even when equal to the parent's: the Chinese layout
# switches, the leading each role defines, and the alignment.
_ALWAYS = {"cjk", "spacing", "jc"}


def _own(
    items: list[tuple[str, str]], parent: list[tuple[str, str]] | None, always: set[str]
) -> str:
    inherited = dict(parent or ())
    return "".join(xml for key, xml in items if key in always or inherited.get(key) != xml)


def style_xml(style: WordStyle, *, lang: str) -> str:
    """One complete ``w:style`` element (namespace declared, ready to parse)."""
    head = [f"<w:name w:val={quoteattr(style.name)}/>"]
    if style.based_on is not None:
        head.append(f'<w:basedOn w:val="{style.based_on.style_id}"/>')
    if style.next_style:
        head.append(f'<w:next w:val="{style.next_style}"/>')
    head.append("<w:qFormat/>")
    parent = style.based_on
    body = ""
    if style.kind == "paragraph":
        paragraph = _own(
            _paragraph_items(style), _paragraph_items(parent) if parent else None, _ALWAYS
        )
        body += f"<w:pPr>{paragraph}</w:pPr>" if paragraph else ""
    run = _own(
        _run_items(style.role, style.east_asian_lang or lang),
        _run_items(parent.role, lang) if parent else None,
        {"rFonts", "lang"},
    )
    body += f"<w:rPr>{run}</w:rPr>"
    default = ' w:default="1"' if style.style_id == "Normal" else ""
    return (
        f'<w:style xmlns:w="{W_NS}" w:type="{style.kind}"{default} w:styleId="{style.style_id}">'
        + "".join(head)
        + body
        + "</w:style>"
    )


def doc_defaults_xml(role: RoleSpec, lang: str) -> str:
    """``w:docDefaults``: what text outside our styles (a user's new style) starts from."""
    font = quoteattr(role.font)
    size = _half_points(role.size_pt)
    return (
        f'<w:docDefaults xmlns:w="{W_NS}"><w:rPrDefault><w:rPr>'
        f"<w:rFonts w:ascii={font} w:hAnsi={font} w:eastAsia={font} w:cs={font}/>"
        f'<w:kern w:val="2"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
        f'<w:lang w:val="en-US" w:eastAsia="{lang}" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        "<w:widowControl/><w:kinsoku/><w:overflowPunct/><w:autoSpaceDE/><w:autoSpaceDN/>"
        "</w:pPr></w:pPrDefault></w:docDefaults>"
    )


# --- which Word style shows what ------------------------------------------------------------

# style id, name shown in Word, role it takes its looks from, parent style id.
PARAGRAPH_STYLES: tuple[tuple[str, str, str, str | None], ...] = (
    ("Normal", "Normal", "normal", None),
    ("Body", "Body", "paragraph", "Normal"),
    ("Lead", "Lead", "lead", "Body"),
    ("Point", "Point", "point", "Body"),
    ("Turn", "Turn", "turn", "Body"),
    ("EndMark", "End Mark", "end_mark", "Body"),
    ("Salutation", "Salutation", "salutation", "Body"),
    ("Signature", "Signature", "signature", "Body"),
    ("Kicker", "Kicker", "kicker", "Normal"),
    ("Title", "Title", "title", "Normal"),
    ("Subtitle", "Subtitle", "subtitle", "Normal"),
    ("Meta", "Meta", "meta", "Normal"),
    ("EditorNote", "Editor's Note", "editor_note", "Normal"),
    ("SeriesLabel", "Series Label", "series_label", "Normal"),
    ("Heading2", "heading 2", "heading", "Normal"),
    ("Heading3", "heading 3", "subheading", "Heading2"),
    ("Caption", "caption", "caption", "Normal"),
    ("RelatedLinksHeading", "Related Links Heading", "related_links_label", "Normal"),
    ("RelatedLinks", "Related Links", "related_links", "Normal"),
    ("ContentsHeading", "TOC Heading", "contents_title", "Normal"),
    ("Contents", "toc 1", "contents", "Normal"),
    ("EditorLine", "Editor Line", "editor_line", "Normal"),
    ("Header", "header", "header", "Normal"),
    ("Footer", "footer", "footer", "Normal"),
    ("FooterOdd", "Footer Odd Page", "footer_odd", "Footer"),
    ("FooterEven", "Footer Even Page", "footer_even", "Footer"),
    ("MastheadName", "Masthead Name", "masthead_name", "Normal"),
    ("MastheadIssue", "Masthead Issue", "masthead_issue", "Normal"),
    ("MastheadLine", "Masthead Line", "masthead_line", "Normal"),
    ("DocMarks", "Document Marks", "doc_marks", "Normal"),
    ("DocIssuer", "Issuing Authority", "doc_issuer", "Normal"),
    ("DocNumber", "Document Number", "doc_number", "Normal"),
    ("DocNumberRuled", "Document Number Ruled", "doc_number_ruled", "DocNumber"),
    ("AttachmentsLabel", "Attachments Label", "attachments_label", "Body"),
    ("Attachments", "Attachments", "attachments", "Body"),
    ("Imprint", "Imprint", "imprint", "Normal"),
)
CHARACTER_STYLES: tuple[tuple[str, str, str], ...] = (
    ("PointHeading", "Point Heading", "point_heading"),
    ("TurnSpeaker", "Turn Speaker", "turn_speaker"),
    ("Dateline", "Dateline", "dateline"),
    ("NoteLabel", "Editor's Note Label", "editor_note_label"),
    ("MastheadDate", "Masthead Date", "masthead_date"),
    ("Hyperlink", "Hyperlink", "link"),
    ("PhotoCredit", "Photo Credit", "caption"),
    ("EndMarkText", "End Mark Text", "end_mark"),  # （完） run into the paragraph it closes
    ("DocSigners", "Signer Names", "doc_signers"),  # 签发人 names, 楷 after the label (GB/T 9704 7.2.4)
)
# The East Asian language of the PhotoCredit style: "no linguistic content" rather than
# Chinese. LibreOffice breaks lines of zh/ja text anywhere between two ideographs and ignores
# WORD JOINER there (its CJK break iterator only knows the forbidden-character lists, and it
# does not read ours from settings.xml); under any other language it takes the Unicode line
# breaker, which keeps a credit glued with joiners and no-break spaces (``李⁠南⁠轩 ⁠摄``) on one
# line. Checked by rendering through LibreOffice 7.4 (tests/test_docx_libreoffice.py).
CREDIT_LANG = "zxx"
_STYLE_LANG = {"PhotoCredit": CREDIT_LANG}
ROLE_OF: dict[str, str] = {sid: role for sid, _, role, _ in PARAGRAPH_STYLES} | {
    sid: role for sid, _, role in CHARACTER_STYLES
}

_KEEP_WITH_NEXT = {
    "Kicker",
    "Title",
    "Subtitle",
    "Meta",
    "SeriesLabel",
    "Heading2",
    "Heading3",
    "RelatedLinksHeading",
    "ContentsHeading",
    "MastheadName",
    "MastheadIssue",
    "MastheadLine",
    "DocMarks",
    "DocIssuer",
    "DocNumber",
    "DocNumberRuled",
    "AttachmentsLabel",
    "Imprint",  # the 版记's lines stay together on one page, between their rules
}
# Page furniture never snaps to the body's line grid.
_PAGE_FURNITURE = {"Header", "Footer", "FooterOdd", "FooterEven"}
_NEXT = {
    "Kicker": "Title",
    "Title": "Meta",
    "Heading2": "Body",
    "Heading3": "Body",
    "Body": "Body",
    "Lead": "Body",
    "Point": "Point",
}
_OUTLINE = {"Title": 0, "Heading2": 1, "Heading3": 2}
# Styles with a right-aligned tab stop at the text's right edge: the 报头's office left and date
# right, a pack's contents entry and its page number.
_RIGHT_TAB = {"MastheadLine", "Contents"}
# Styles whose right tab stop is at their right indent: the 版记's 印发 line, its date a
# character in from the right edge as its office is from the left (GB/T 9704 7.4.3).
_RIGHT_TAB_INDENTED = {"Imprint"}


def _right_tab(style_id: str, role: RoleSpec, text_width_twips: int) -> int | None:
    """Where a style's right-aligned tab stop is, from the left margin; None for no stop."""
    if style_id in _RIGHT_TAB:
        return text_width_twips
    if style_id in _RIGHT_TAB_INDENTED:
        return text_width_twips - round(role.right_indent_em * role.size_pt * TWIPS_PER_PT)
    return None


def _on_grid(style_id: str, role: RoleSpec, body: RoleSpec) -> bool:
    """Whether a style's lines sit on the document grid: text at the body's size and leading
    does (a GB/T 9704 page is 22 such lines), a title or masthead set larger does not."""
    return (
        style_id not in _PAGE_FURNITURE
        and role.size_pt == body.size_pt
        and role.line_pt == body.line_pt
    )


def word_styles(
    roles: Mapping[str, RoleSpec], *, text_width_twips: int, grid: bool
) -> tuple[WordStyle, ...]:
    """Every Word style of a briefing, in the order they go into styles.xml.

    With a document grid (GB/T 9704) only text of the body's size snaps to it; titles and
    the masthead, set larger or smaller, keep their own leading (``w:snapToGrid="0"``).
    """
    made: dict[str, WordStyle] = {}
    for style_id, name, role_name, parent in PARAGRAPH_STYLES:
        made[style_id] = WordStyle(
            style_id=style_id,
            name=name,
            kind="paragraph",
            role=roles[role_name],
            based_on=made[parent] if parent else None,
            next_style=_NEXT.get(style_id),
            keep_next=style_id in _KEEP_WITH_NEXT,
            outline_level=_OUTLINE.get(style_id),
            snap_to_grid=not grid or _on_grid(style_id, roles[role_name], roles["paragraph"]),
            right_tab_twips=_right_tab(style_id, roles[role_name], text_width_twips),
        )
    for style_id, name, role_name in CHARACTER_STYLES:
        made[style_id] = WordStyle(
            style_id=style_id,
            name=name,
            kind="character",
            role=roles[role_name],
            east_asian_lang=_STYLE_LANG.get(style_id),
        )
    return tuple(made.values())


def install_styles(
    styles_element: Any,
    styles: tuple[WordStyle, ...],
    defaults: RoleSpec,
    lang: str,
    parse: Callable[[str], Any],
) -> None:
    """Replace the template's styles with ours, keeping the defaults Word expects to find
    (Default Paragraph Font, Normal Table, No List)."""
    keep = {"DefaultParagraphFont", "TableNormal", "NoList"}
    for child in list(styles_element):
        tag = child.tag.rsplit("}", 1)[-1]
        if tag in ("docDefaults", "latentStyles") or (
            tag == "style" and child.get(f"{{{W_NS}}}styleId") not in keep
        ):
            styles_element.remove(child)
    styles_element.insert(0, parse(doc_defaults_xml(defaults, lang)))
    for style in styles:
        styles_element.append(parse(style_xml(style, lang=lang)))


# --- the page and everything else a writer needs from the style definition ------------------


@dataclass(frozen=True, slots=True)
class Grid:
    """A Word document grid: a line grid with the character pitch recorded beside it.

    ``char_space`` is what Word's "lines and characters" grid would need for the wanted
    characters per line; we write it with ``w:type="lines"`` (see ``_fit_grid`` for why), so a
    user who switches the grid type in Word's page setup gets the right count at once.
    """

    line_pitch_twips: int
    char_space: int  # (character pitch - body size) in 1/4096 pt, as Word stores it


def document_grid(
    text_width_emu: int, lines_pitch_twips: int, chars: int, body_size_pt: float
) -> Grid:
    """The grid for ``chars`` characters per line: GB/T 9704's 28 on a 156 mm line give a
    15.79 pt pitch, i.e. 三号 (16 pt) minus 0.21 pt, stored as -848/4096 pt."""
    char_pitch_pt = text_width_emu / EMU_PER_TWIP / TWIPS_PER_PT / chars
    return Grid(
        line_pitch_twips=lines_pitch_twips, char_space=round((char_pitch_pt - body_size_pt) * 4096)
    )


@dataclass(frozen=True, eq=False)
class Layout:
    """The style definition in Word's terms, built once per style and process.

    Compared and hashed by identity (``eq=False``): its mappings make a value hash impossible,
    and the DOCX writer caches its per-layout skeleton by layout.
    """

    page_width_emu: int
    page_height_emu: int
    margin_top_emu: int
    margin_bottom_emu: int
    margin_left_emu: int
    margin_right_emu: int
    header_distance_emu: int
    footer_distance_emu: int
    roles: Mapping[str, RoleSpec]
    faces: Mapping[tuple[str, bool], FontFace]  # (family, bold) -> the shipped face to subset
    generic: Mapping[str, str]  # family -> w:family (roman, swiss)
    header_template: str  # "" = no running header; fields filled by the writer
    footer_template: str
    odd_even_footers: bool
    text: TextSpec  # the meta separator, date and issue formats
    grid: Grid | None = None
    subset: Callable[[FontFace, str], Subset] = cut_subset

    @property
    def text_width_emu(self) -> int:
        return self.page_width_emu - self.margin_left_emu - self.margin_right_emu

    @property
    def text_width_twips(self) -> int:
        return self.text_width_emu // EMU_PER_TWIP

    def styles(self) -> tuple[WordStyle, ...]:
        return word_styles(
            self.roles, text_width_twips=self.text_width_twips, grid=self.grid is not None
        )


# The width of a border that only keeps a tinted block's padding (drawn in the tint's colour).
_HIDDEN_BORDER_PT = 0.5


def _hex(colour: str | None) -> str | None:
    return colour.lstrip("#").upper() if colour else None


def _spec(role: Role, family: str) -> RoleSpec:
    borders: tuple[tuple[str, Border], ...] = ()
    if role.rule is not None:
        sides = (
            ("top", "left", "bottom", "right")
            if role.rule.position == "box"
            else ("top", "bottom") if role.rule.position == "top_bottom"
            else (role.rule.position,)
        )
        gap = role.rule.gap_pt + (role.padding_pt if role.rule.position in ("left", "right") else 0)
        border = Border(
            color=_hex(role.rule.colour) or "auto", width_pt=role.rule.width_pt, space_pt=gap
        )
        borders = tuple((side, border) for side in sides)
    left_em, right_em = role.left_indent_em, role.right_indent_em
    tint = _hex(role.background)
    if role.rule is not None and role.rule.position in ("left", "right") and tint and role.padding_pt:
        # A tinted block with a bar (the 编者按), as the PDF draws it: the bar on the column's
        # edge (Word sets a border its space and width outside the text, so the text moves in
        # by both), the tint to the other edge, and the padding inside on the other three
        # sides, kept by borders in the tint's colour, which the shading reaches. Where before
        # the bar stood in the page margin and the text ran to the tint's edges.
        bar = role.rule.position
        room = (role.rule.width_pt + gap) / role.size_pt
        hidden = Border(color=tint, width_pt=_HIDDEN_BORDER_PT, space_pt=role.padding_pt)
        borders += tuple((side, hidden) for side in ("top", "left", "bottom", "right") if side != bar)
        inset = (role.padding_pt + _HIDDEN_BORDER_PT) / role.size_pt
        left_em += room if bar == "left" else inset
        right_em += room if bar == "right" else inset
    return RoleSpec(
        font=family,
        size_pt=role.size_pt,
        bold=role.bold,
        color=_hex(role.colour),
        align=role.align,
        first_line_indent_em=role.first_line_indent_em,
        left_indent_em=left_em,
        right_indent_em=right_em,
        line_pt=role.line_height_pt,
        space_before_pt=role.space_before_pt,
        space_after_pt=role.space_after_pt,
        letter_spacing_em=role.letter_spacing_em,
        background=_hex(role.background),
        borders=borders,
        keep_together=role.keep_together,
    )


def _fit_grid(specs: dict[str, RoleSpec], pitch_pt: float) -> dict[str, RoleSpec]:
    """Condense body-sized text so that ``chars`` characters fill a line exactly.

    GB/T 9704 wants 28 characters of 三号 (16 pt) on a 156 mm (442.2 pt) line: a pitch of
    15.79 pt. Word's character grid (``linesAndChars``) would squeeze the text itself, but
    LibreOffice gives every glyph wider than a grid cell two cells, and the page came out with
    a gap after each character. So the grid is a line grid, and the roles set at the body's
    size get a letter spacing of pitch − size, rounded down to whole twips (−0.25 pt): 28
    characters then fill the line in Word and LibreOffice alike.
    """
    fitted = dict(specs)
    for name, spec in specs.items():
        if pitch_pt < spec.size_pt <= pitch_pt * 1.1 and not spec.letter_spacing_em:
            squeeze_pt = math.floor((pitch_pt - spec.size_pt) * TWIPS_PER_PT) / TWIPS_PER_PT
            fitted[name] = replace(spec, letter_spacing_em=squeeze_pt / spec.size_pt)
    return fitted


def _mm(value: float) -> int:
    return round(value * EMU_PER_MM)


@cache
def layout_for(style: Style) -> Layout:
    """Translate a Style for Word; cached per style (a Style hashes by its digest)."""
    fonts = load_fonts()
    specs: dict[str, RoleSpec] = {}
    faces: dict[tuple[str, bool], FontFace] = {}
    for name, role in style.roles.items():
        face = style.font_face(role, fonts)
        specs[name] = _spec(role, face.family)
        faces[(face.family, role.bold)] = face
    generic = {face.family: _GENERIC.get(face.role, "auto") for face in fonts}
    try:
        footer = specs[style.footer.role]
        note = specs["editor_note"]
        header_role = specs[style.header.role]
        heading = specs["heading"]
        org, rule = specs["masthead_org"], specs["masthead_rule"]
    except KeyError as missing:
        raise StyleError(f"style {style.name}: no role {missing}") from None
    edge = style.footer.edge_indent_em
    # Normal, the base of every style: the body's face and leading, no indent or spacing, so
    # that Body (and a user's own styles) start from plain body text.
    specs["normal"] = replace(
        specs["paragraph"],
        first_line_indent_em=0,
        space_before_pt=0,
        space_after_pt=0,
        background=None,
        borders=(),
    )
    specs["header"] = header_role
    specs["footer"] = footer
    specs["footer_odd"] = replace(
        footer, align=style.footer.odd_align, right_indent_em=edge, left_indent_em=0
    )
    specs["footer_even"] = replace(
        footer, align=style.footer.even_align, left_indent_em=edge, right_indent_em=0
    )
    # The note's label ("编者按：") in the headings' family, bold, at the note's size.
    specs["editor_note_label"] = replace(
        note, font=heading.font, bold=True, background=None, borders=()
    )
    # A related link's address: the list's face and size, the label's colour, underlined.
    specs["link"] = replace(
        specs["related_links"], color=specs["related_links_label"].color, underline=True
    )
    heading_face = faces.get((heading.font, True)) or fonts.face(style.roles["heading"].face, True)
    faces[(heading.font, True)] = heading_face
    # One paragraph carries the office (left) and date (right, a tab away) above the red rule.
    specs["masthead_line"] = replace(
        org,
        borders=rule.borders or org.borders,
        space_after_pt=rule.space_after_pt + org.space_after_pt,
    )
    # The 发文字号 over the red rule closing an official document's 版头 (GB/T 9704 7.2.5).
    specs["doc_number_ruled"] = replace(
        specs["doc_number"],
        borders=rule.borders,
        space_after_pt=rule.space_after_pt + specs["doc_number"].space_after_pt,
    )
    # An attachments list hangs its prefixes (附件：1．, 2．) and the writer tabs to its names.
    specs["attachments_label"] = _hung(specs["attachments_label"], ATTACHMENT_LABEL_HANG_EM)
    specs["attachments"] = _hung(specs["attachments"], ATTACHMENT_ITEM_HANG_EM)
    page = style.page
    text_width_emu = _mm(page.text_width_mm)
    grid = None
    if page.grid is not None:
        grid = document_grid(
            text_width_emu, page.grid.line_pitch, page.grid.chars, specs["paragraph"].size_pt
        )
        specs = _fit_grid(specs, text_width_emu / EMU_PER_TWIP / TWIPS_PER_PT / page.grid.chars)
    return Layout(
        page_width_emu=_mm(page.width_mm),
        page_height_emu=_mm(page.height_mm),
        margin_top_emu=_mm(page.margin_top_mm),
        margin_bottom_emu=_mm(page.margin_bottom_mm),
        margin_left_emu=_mm(page.margin_left_mm),
        margin_right_emu=_mm(page.margin_right_mm),
        header_distance_emu=_mm(page.header_distance_mm),
        footer_distance_emu=_mm(page.footer_distance_mm),
        roles=specs,
        faces=faces,
        generic=generic,
        header_template=style.header.text,
        footer_template=style.footer.text,
        odd_even_footers=style.footer.odd_even,
        text=style.text,
        grid=grid,
    )
