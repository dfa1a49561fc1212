"""The EPUB stylesheet, translated from the same ``Style`` the PDF and DOCX writers use.

Why relative units: an e-reader lets its user pick the text size, so nothing here is in
points. The body role (``paragraph``) is ``1em`` of whatever the reader chose, and every other
size, space and indent is the style's value divided by the size it is relative to. The page
looks like the PDF at the PDF's size and scales with the reader's setting.

Why our own fonts under a family name of our own (``ck Noto Serif SC``): a reading system
without Chinese fonts must still show Chinese, and a system that *has* Noto Serif SC must not
silently replace the subset we embedded. Each face is subset to exactly the text set in it; a
character the face lacks goes into the shipped face that has it, and every stack lists all
embedded families before the generic one, so nothing any shipped font can draw ends as tofu.
The style's system families follow ours, for ``--no-embed-fonts`` and for characters none of
our fonts has (those are reported through ``warn``).

Why one family can draw from two files: 楷 (LXGW WenKai) sets the curly quotes “ ” ‘ ’
proportionally, about a third of an em, where Chinese text wants them a full em wide. So a
face that sets them narrow has them cut out of its ``@font-face`` with ``unicode-range``, and
a second ``@font-face`` of the same family and weight covers exactly those code points with
the 宋 subset (``FontSet.full_width_face``), as the PDF and DOCX writers draw them. Without
embedded fonts there is nothing to split: a system 楷 (KaiTi) sets its quotes full width.

Chinese typography that CSS can express is switched on for the whole book: strict line
breaking (no ``，`` at a line start), justification between characters, and automatic spacing
between Han and Latin where the reading system supports ``text-autospace``, and no paragraph
ending in a lone character where it supports ``text-wrap: pretty``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..fonts import EXTENSION_ROLES, SUPPLEMENTARY_HAN, describe_missing, extension_order
from .base import RenderContext
from .epub_xhtml import RoleText
from .masthead import NESTED_ITEM_DEPTHS, NESTED_ITEM_EM

if TYPE_CHECKING:
    from ..fonts import FontFace, FontSet
    from ..style import Role, Style

FONT_DIR = "fonts"
FONT_MEDIA_TYPE = "font/ttf"
FAMILY_PREFIX = "ck "
GENERIC_FAMILIES = frozenset({"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"})
BASE_ROLE = "paragraph"
# The supplementary-Han faces' unicode-range: the supplementary and tertiary ideographic planes.
_SUPPLEMENTARY_RANGE = f"U+{SUPPLEMENTARY_HAN:X}-3FFFF"


@dataclass(frozen=True, slots=True)
class FontFile:
    """A font subset to put in the package, where the CSS ``url()`` expects it."""

    file_name: str  # relative to the package root, as the stylesheet refers to it
    media_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Stylesheet:
    css: str
    fonts: tuple[FontFile, ...]


@dataclass(frozen=True, slots=True)
class Target:
    """Where a style role applies in our markup.

    ``key`` is the ``RoleText`` key the XHTML writer records text under; ``parent`` is the role
    an inline element's ``em`` is relative to (None: a block, relative to the body).
    """

    key: str
    role: str
    selector: str
    parent: str | None = None
    bold: bool | None = None  # None: the role's own weight


# Order matters only for readability of the output: every rule sets all it needs.
TARGETS: tuple[Target, ...] = (
    Target("paragraph", "paragraph", "p"),
    Target("kicker", "kicker", "p.kicker"),
    Target("title", "title", "h1.title"),
    Target("subtitle", "subtitle", "p.subtitle"),
    Target("meta", "meta", "p.meta"),
    Target("dateline", "dateline", "p.dateline"),
    Target("dateline", "dateline", "p.lead span.dateline", parent="lead"),
    Target("editor_note", "editor_note", "aside.editor-note"),
    # the label (编者按：) in the points' bold heading face, as the PDF sets it
    Target("editor_note_label", "point_heading", "aside.editor-note strong.label", parent="editor_note", bold=True),
    Target("series_label", "series_label", "p.series-label"),
    Target("heading", "heading", ".heading"),
    Target("subheading", "subheading", ".subheading"),
    Target("lead", "lead", "p.lead"),
    Target("caption", "caption", "figure.caption"),
    Target("point", "point", "p.point"),
    Target("point_heading", "point_heading", "p.point strong.point-heading", parent="point"),
    Target("turn", "turn", "p.turn"),
    Target("turn_speaker", "turn_speaker", "p.turn strong.speaker", parent="turn"),
    Target("end_mark", "end_mark", "p.end-mark"),
    Target("end_mark_run_in", "end_mark", "p span.end-mark", parent="paragraph"),
    Target("salutation", "salutation", "p.salutation"),
    Target("signature", "signature", "p.signature"),
    Target("attachments_label", "attachments_label", "p.attachments-label"),
    Target("attachments", "attachments", "p.attachments"),
    Target("imprint", "imprint", "p.imprint"),
    Target("doc_marks", "doc_marks", "p.doc-marks"),
    Target("doc_issuer", "doc_issuer", "p.doc-issuer"),
    Target("doc_number", "doc_number", "p.doc-number"),
    Target("doc_signers", "doc_signers", "p.doc-number span.doc-signer-names", parent="doc_number"),
    Target("related_links_label", "related_links_label", "nav.related-links .related-label"),
    Target("related_links", "related_links", "nav.related-links ul"),
    Target("editor_line", "editor_line", "p.editor-line"),
    # The title page of a book of several articles.
    Target("book_title", "title", "section.titlepage h1.book-title"),
    Target("book_facts", "meta", "section.titlepage p.book-facts"),
    # its contents, in the roles of the PDF pack's front page: 目录 over an entry per article
    Target("contents_title", "contents_title", "section.titlepage nav.contents h2"),
    Target("contents", "contents", "section.titlepage nav.contents li"),
    # The table of contents (nav.xhtml): entries in the body face, its heading as a pack's 目录.
    Target("toc", "paragraph", "body > nav li", parent=BASE_ROLE),
    Target("toc_title", "contents_title", "body > nav > h2"),
)

# Things of our markup that no role describes: resets, so user-agent defaults (figure margins,
# list bullets, link colours) do not leak into the page, and the CJK typography switches. The
# headline and captions are balanced (text-wrap: balance), as the PDF sets them: no 摄 or 召开。
# alone on a caption's last line where a reading system supports it.
BASE_CSS = """\
@charset "utf-8";
html {
  line-break: strict;
  -epub-line-break: strict;
  -webkit-line-break: strict;
  word-break: normal;
  overflow-wrap: break-word;
  -epub-hyphens: none;
  hyphens: none;
  text-autospace: normal;
  -ms-text-autospace: ideograph-alpha ideograph-numeric;
  text-spacing-trim: space-first;
  font-kerning: normal;
  text-wrap: pretty;
  orphans: 2;
  widows: 2;
}
body { margin: 1em 5%; }
article, header.masthead, nav.related-links { display: block; margin: 0; padding: 0; }
figure.caption { display: block; }
figure.caption figcaption { display: block; margin: 0; text-wrap: balance; }
figure.caption .credit { white-space: nowrap; }
h1.title, h1.book-title { word-break: keep-all; text-wrap: balance; }
h1 span.phrase { display: inline-block; }
span.squeeze-end { letter-spacing: -0.5em; }
span.squeeze-start { margin-left: -0.5em; }
.heading, .subheading { word-break: keep-all; }
p.introduces { page-break-after: avoid; break-after: avoid; }
aside.editor-note p { margin: 0; font: inherit; color: inherit; text-indent: inherit;
  text-align: inherit; }
nav.related-links ul { list-style: none; padding-left: 0; }
nav.related-links li { margin: 0; }
nav.related-links a { color: inherit; text-decoration: underline; }
p.meta time, p.meta span { font: inherit; }
p.point strong.point-heading, aside.editor-note strong.label { font-style: normal; }
body > nav ol { list-style: none; padding-left: 1em; margin: 0; }
body > nav li { margin: 0.4em 0; line-height: 1.5; }
body > nav a { color: inherit; text-decoration: none; }
body > nav + nav { display: none; }
section.titlepage { display: block; margin: 0; }
section.titlepage nav.contents { display: block; margin: 0; padding: 0; }
section.titlepage nav.contents ol { list-style: none; padding-left: 0; margin: 0; }
section.titlepage nav.contents a { color: inherit; text-decoration: none; }
p.doc-number.signed { text-align: left; padding: 0 1em; text-indent: 0; }
p.doc-number.signed span.doc-signers { float: right; }
p.doc-marks.exchange span.doc-notice-number { float: right; }
p.imprint span.imprint-date { float: right; }
p.doc-issuer.joint span.doc-bodies { display: inline-block; vertical-align: middle; text-align: justify;
  text-align-last: justify; }
p.doc-issuer.joint span.doc-suffix { vertical-align: middle; margin-left: 0.5em; }
"""

# An attachments list's hanging indent (GB/T 9704 7.3.4), after the roles' rules, whose indent it
# replaces: each prefix (附件：1．, 2．) an inline block as wide as the hang, so every name starts
# in one column and a long one wraps under itself.
HANGING_CSS = """\
p.attachments-label { padding-left: 4.5em; text-indent: -4.5em; }
p.attachments { padding-left: 1.5em; text-indent: -1.5em; }
p.attachments-label span.attachment-prefix { display: inline-block; min-width: 4.5em; text-indent: 0; }
p.attachments span.attachment-prefix { display: inline-block; min-width: 1.5em; text-indent: 0; }
"""

# System families for Traditional Chinese beside the Simplified ones a style lists.
# Macau sets type as Hong Kong does (HKSCS faces).
_HONG_KONG_NAMES = {"SimSun": "MingLiU_HKSCS", "Microsoft YaHei": "Microsoft JhengHei", "SimHei": "Microsoft JhengHei",
                    "KaiTi": "DFKai-SB"}
_TRADITIONAL_NAMES: dict[str, dict[str, str]] = {
    "zh-TW": {"SimSun": "PMingLiU", "STSong": "LiSong Pro", "Microsoft YaHei": "Microsoft JhengHei",
              "SimHei": "Microsoft JhengHei", "KaiTi": "DFKai-SB", "KaiTi_GB2312": "BiauKai", "STKaiti": "BiauKai"},
    "zh-HK": _HONG_KONG_NAMES,
    "zh-MO": _HONG_KONG_NAMES,
}


def build_stylesheet(ctx: RenderContext, roles: RoleText, *, langs: Sequence[str], embed_fonts: bool) -> Stylesheet:
    """The CSS for a book whose text, per role, is ``roles``, plus the font subsets it embeds.

    ``ctx`` is the RenderContext: its style is loaded here, only when an EPUB is written, and
    characters no shipped font has are reported through ``ctx.warn``.
    """
    from ..fonts import load_fonts

    style: Style = ctx.style
    warn: Callable[[str], None] = ctx.warn
    fonts = load_fonts()
    used = [target for target in TARGETS if roles.text(target.key)]
    files: list[FontFile] = []
    families: dict[str, str] = {}  # face role -> embedded family name
    faces: list[tuple[FontFace, str]] = []
    borrowed: dict[FontFace, tuple[frozenset[str], FontFace]] = {}
    if embed_fonts:
        faces, borrowed = _full_width_quotes(fonts, _subset_texts(style, fonts, roles, used, warn))
        for face, text in faces:
            family = FAMILY_PREFIX + fonts.face(face.role, False).family
            families[face.role] = family
            files.append(FontFile(_font_url(face), FONT_MEDIA_TYPE, _subset(face, text)))
    out = [BASE_CSS]
    for face, _text in faces:
        quotes, lender = borrowed.get(face, (frozenset(), face))
        if face.role in EXTENSION_ROLES:  # never a BMP character, whatever a reading system does
            out.append(_font_face(families[face.role], face, _font_url(face), _SUPPLEMENTARY_RANGE))
            continue
        out.append(_font_face(families[face.role], face, _font_url(face), _unicode_range(quotes, exclude=True)))
        if quotes:
            # Same family and weight descriptors as the face it completes: a reading system
            # picks the face by weight first, and only then by unicode-range.
            out.append(_font_face(families[face.role], face, _font_url(lender), _unicode_range(quotes)))
    traditional = tuple(sorted({lang for lang in langs if lang in _TRADITIONAL_NAMES}))
    marks = _centred_marks(faces, families, files, out) if traditional else {}
    out.append(_role_rules(style, tuple(families.items()), traditional, tuple(marks.items())))
    return Stylesheet("\n".join(out), tuple(files))


def _centred_marks(faces: list[tuple[FontFace, str]], families: dict[str, str], files: list[FontFile],
                   out: list[str]) -> dict[str, str]:
    """Embed the centred-marks companion (``centred_marks``) of every embedded face of a role
    that sets one of the marks, as a family of its own; return face role -> that family, which
    the Traditional rules put first in their stacks (the Simplified ones never name it).

    Every weight of such a role gets its companion: a family with only a bold face would lend
    its bold marks to the role's regular text."""
    from ..centred_marks import CENTRED_MARKS, MarksCompanion

    setting = {face.role for face, text in faces if not CENTRED_MARKS.isdisjoint(text)}
    marks: dict[str, str] = {}
    for face, _text in faces:
        companion = MarksCompanion(face)
        data = companion.data() if face.role in setting else None
        if data is None:
            continue
        family = marks[face.role] = companion.family
        url = f"{FONT_DIR}/{companion.file_stem}.ttf"
        files.append(FontFile(url, FONT_MEDIA_TYPE, data))
        out.append(_font_face(family, face, url, _unicode_range(CENTRED_MARKS)))
    return marks


@lru_cache(maxsize=64)
def _role_rules(style: Style, families: tuple[tuple[str, str], ...], traditional: tuple[str, ...],
                marks: tuple[tuple[str, str], ...] = ()) -> str:
    """Every role's rule: the same for every book with the same style, embedded families,
    Traditional languages and centred-marks families, so a batch builds it once, not once per
    article. A Traditional chapter's marks keep their full em (no ``text-spacing-trim``), as
    the PDF sets them."""
    from ..fonts import load_fonts

    fonts = load_fonts()
    embedded = dict(families)
    base = style.role(BASE_ROLE)
    out = [_rule("body", {"font-family": _stack(style, fonts, base, embedded, None), "color": base.colour})]
    for target in TARGETS:  # every rule, used or not: the CSS does not depend on the text
        declarations = {"font-family": _stack(style, fonts, style.role(target.role), embedded, None)}
        declarations.update(_declarations(style, target))
        out.append(_rule(target.selector, declarations))
    out.append(HANGING_CSS)
    point = style.role("point")
    # a list's item (Point.item): its label where the first line starts; the element's own padding and
    # negative indent (the label's width) hang its wrapped lines under its text
    out.append(_rule("p.point.item", {"margin-left": _em(point.left_indent_em + point.first_line_indent_em)}))
    for depth in range(1, NESTED_ITEM_DEPTHS + 1):  # an item of a list an item opened (Point.depth)
        out.append(_rule(f"p.point.item.depth-{depth}",
                         {"margin-left": _em(point.left_indent_em + point.first_line_indent_em + depth * NESTED_ITEM_EM)}))
    rule = style.role("masthead_rule").rule
    if rule is not None:  # the red rule closing an official document's 版头, under its 发文字号
        out.append(_rule("p.doc-number.ruled", {"border-bottom": f"{rule.width_pt:g}pt solid {rule.colour}",
                                                 "padding-bottom": f"{rule.gap_pt:g}pt",
                                                 "margin-bottom": f"{style.role('masthead_rule').space_after_pt:g}pt"}))
    signature = style.role("signature")  # a 落款 under a 版头 opens a line under the text (GB/T 9704 7.3.5)
    out.append(_rule("p.signature.opens", {
        "margin-top": _em((signature.space_before_pt + signature.line_height_pt) / signature.size_pt)}))
    centred = dict(marks)
    for lang in traditional:
        out.append(_rule(_lang_selector(lang, "body"), {"font-family": _stack(style, fonts, base, embedded, lang, centred),
                                                        "text-spacing-trim": "space-all"}))
        for target in TARGETS:
            role = style.role(target.role)
            out.append(_rule(_lang_selector(lang, target.selector),
                             {"font-family": _stack(style, fonts, role, embedded, lang, centred)}))
    return "\n".join(out)


# --- fonts ------------------------------------------------------------------------------------


def _subset_texts(style: Style, fonts: FontSet, roles: RoleText, used: Iterable[Target],
                  warn: Callable[[str], None]) -> list[tuple[FontFace, str]]:
    """(face, the text it must draw) for every face the book needs, in shipping order.

    A character the role's face lacks goes to the shipped face that has it (the stacks list
    every embedded family); one that no shipped face has is reported once.
    """
    from ..fonts import emoji_component, needs_glyph

    texts: dict[tuple[str, bool], list[str]] = {}
    lacking: dict[str, None] = {}
    for target in used:
        role = style.role(target.role)
        bold = role.bold if target.bold is None else target.bold
        face = fonts.face(role.face, bold)
        text = roles.text(target.key)
        texts.setdefault((face.role, face.bold), []).append(text)
        lacking_here = set(map(ord, text)).difference(face.codepoints)  # in C; usually empty
        joiners = "".join(sorted(ch for ch in map(chr, lacking_here) if emoji_component(ch)))
        for char in face.missing(text) + joiners:  # ❤️, 👍🏻, 👨‍👩‍👧: with the emoji
            other = fonts.face_for(char, role.face, bold)
            if other is None:
                lacking[char] = None
            else:
                texts.setdefault((other.role, other.bold), []).append(char)
    lacking = {char: None for char in lacking if needs_glyph(char)}  # invisible controls
    if lacking:
        warn(f"EPUB: no bundled font has {describe_missing(list(lacking))}; the reading system's own fonts must draw them")
    return [(face, "".join(texts[(face.role, face.bold)])) for face in fonts if (face.role, face.bold) in texts]


def _full_width_quotes(fonts: FontSet, faces: list[tuple[FontFace, str]]
                       ) -> tuple[list[tuple[FontFace, str]], dict[FontFace, tuple[frozenset[str], FontFace]]]:
    """The faces to embed once the quotes a face sets narrow are lent by a full-width face,
    and, per borrowing face, (the quotes it borrows, the face that lends them). A face that
    sets any of them borrows all, so the split is the same in every book.

    The lender's subset gets the quotes (it may be embedded for them alone); the borrower
    keeps its own, unused, since its ``@font-face`` leaves them out.
    """
    texts = {face: [text] for face, text in faces}
    borrowed: dict[FontFace, tuple[frozenset[str], FontFace]] = {}
    for face, text in faces:
        if not face.narrow_quotes.intersection(text):
            continue  # no lender embedded for quotes the book never sets in this face
        for char in sorted(face.narrow_quotes):
            # The lender in the borrower's own weight: the @font-face pair shares one weight
            # descriptor, and a bold role in this family is emboldened by the reading system.
            lender = fonts.full_width_face(char, face, face.bold)
            if lender is None:
                continue
            quotes, previous = borrowed.get(face, (frozenset(), lender))
            if previous != lender:  # one lender per face (the 宋 face of a weight has them all)
                continue
            borrowed[face] = (quotes | {char}, lender)
            texts.setdefault(lender, []).append(char)
    return [(face, "".join(texts[face])) for face in fonts if face in texts], borrowed


def _font_url(face: FontFace) -> str:
    return f"{FONT_DIR}/{face.path.name}"


def _unicode_range(chars: frozenset[str], *, exclude: bool = False) -> str | None:
    """A ``unicode-range`` value: ``chars``, or with ``exclude`` every code point but them
    (None when ``chars`` is empty: no descriptor)."""
    if not chars:
        return None
    points = sorted(ord(char) for char in chars)
    spans: list[tuple[int, int]] = []
    for point in points:
        if spans and spans[-1][1] == point - 1:
            spans[-1] = (spans[-1][0], point)
        else:
            spans.append((point, point))
    if exclude:
        gaps, start = [], 0
        for low, high in spans:
            if low > start:
                gaps.append((start, low - 1))
            start = high + 1
        if start <= 0x10FFFF:
            gaps.append((start, 0x10FFFF))
        spans = gaps
    return ", ".join(f"U+{low:X}" if low == high else f"U+{low:X}-{high:X}" for low, high in spans)


def _subset(face: FontFace, text: str) -> bytes:
    from ..fonts import subset_bytes

    return subset_bytes(face, text)


def _font_face(family: str, face: FontFace, url: str, unicode_range: str | None = None) -> str:
    declarations = {
        "font-family": _quote(family),
        "font-weight": "bold" if face.bold else "normal",
        "font-style": "normal",
        "src": f'url("{url}") format("truetype")',
    }
    if unicode_range is not None:
        declarations["unicode-range"] = unicode_range
    return _rule("@font-face", declarations)


def _stack(style: Style, fonts: FontSet, role: Role, families: dict[str, str], lang: str | None,
           marks: dict[str, str] | None = None) -> str:
    """Our embedded family (after its centred marks in a Traditional chapter), the face's own
    family, the style's system fallbacks (Traditional names first for a Traditional chapter),
    the other embedded families, then the generic."""
    own = [families[role.face]] if role.face in families else []
    if lang is not None and marks and role.face in marks:
        own.insert(0, marks[role.face])
    # The supplementary-Han subsets (only characters past the BMP, by their unicode-range) right
    # after the role's own, its design first, so that 𨋢 looks as in the PDF.
    own += [families[ext] for ext in extension_order(role.face) if ext in families]
    system = [name for name in style.fonts[role.font].fallback if name not in GENERIC_FAMILIES]
    generic = [name for name in style.fonts[role.font].fallback if name in GENERIC_FAMILIES] or ["serif"]
    if lang is not None:
        system = _traditional(system, lang) + system
    others = [family for face_role, family in families.items() if face_role != role.face]
    names = list(dict.fromkeys(own + [fonts.face(role.face, False).family] + system + others))
    return ", ".join([_quote(name) for name in names] + generic[:1])


def _traditional(names: Iterable[str], lang: str) -> list[str]:
    suffix = " TC" if lang == "zh-TW" else " HK"
    table = _TRADITIONAL_NAMES.get(lang, {})
    out: list[str] = []
    for name in names:
        if name in table:
            out.append(table[name])
        elif name.endswith(" SC"):
            out.append(name[:-3] + suffix)
            if suffix == " HK":
                out.append(name[:-3] + " TC")
    return list(dict.fromkeys(out))


def _lang_selector(lang: str, selector: str) -> str:
    return ", ".join(f":lang({lang}) {part.strip()}" for part in selector.split(","))


# --- roles ------------------------------------------------------------------------------------


#: Roles that introduce what follows them, kept with it as the PDF and the DOCX (keepNext) do.
_KEEP_WITH_NEXT = frozenset({"kicker", "title", "subtitle", "heading", "subheading", "series_label",
                            "related_links_label"})


def _em(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else f"{text}em"


def _declarations(style: Style, target: Target) -> dict[str, str]:
    """CSS for one role at one place in the markup, in em of the right reference size."""
    role = style.role(target.role)
    bold = role.bold if target.bold is None else target.bold
    reference = style.role(target.parent).size_pt if target.parent else style.role(BASE_ROLE).size_pt
    size = role.size_pt
    decl = {
        "font-size": _em(size / reference),
        "font-weight": "bold" if bold else "normal",
        "color": role.colour,
    }
    if role.letter_spacing_em:
        decl["letter-spacing"] = _em(role.letter_spacing_em)
    if target.parent is not None:  # inline: the box belongs to the block around it
        return decl
    decl["line-height"] = f"{role.line_height_pt / size:.4f}".rstrip("0").rstrip(".")
    decl["text-indent"] = _em(role.first_line_indent_em)
    decl["text-align"] = role.align
    if role.align == "justify":
        # ``auto``: the browser's own CJK justification, which stretches between ideographs and
        # at word spaces. ``inter-character`` also spreads the letters of every Western word, so
        # a code line or an English name in a justified paragraph read ``h a n d l e r . i n``.
        decl["text-justify"] = "auto"
    if target.role in _KEEP_WITH_NEXT:  # a paged reader never ends a page with a subheading
        decl["page-break-after"] = "avoid"
        decl["break-after"] = "avoid"
    if role.keep_together:  # paged reading systems move the block whole, as the PDF does
        decl["page-break-inside"] = "avoid"
        decl["break-inside"] = "avoid"
    decl["margin"] = " ".join((_em(role.space_before_pt / size), _em(role.right_indent_em),
                               _em(role.space_after_pt / size), _em(role.left_indent_em)))
    padding = {side: role.padding_pt / size for side in ("top", "right", "bottom", "left")}
    if role.background:
        decl["background-color"] = role.background
    if role.rule is not None:
        rule = role.rule
        line = f"{rule.width_pt:g}pt solid {rule.colour}"
        sides = ("top", "right", "bottom", "left") if rule.position == "box" else \
            ("top", "bottom") if rule.position == "top_bottom" else (rule.position,)
        for side in sides:
            decl[f"border-{side}"] = line
            # the text its gap and the padding off the rule, as the PDF and the DOCX set it (a
            # box's gap is within its padding)
            gap = rule.gap_pt / size
            padding[side] = max(padding[side], gap) if rule.position == "box" else padding[side] + gap
    # Always set: the rule for plain ``p`` must not leave its padding on a more specific p.
    decl["padding"] = " ".join(_em(padding[side]) for side in ("top", "right", "bottom", "left"))
    return decl


def _quote(name: str) -> str:
    if name in GENERIC_FAMILIES:
        return name
    escaped = name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{escaped}"'


def _rule(selector: str, declarations: dict[str, str]) -> str:
    body = " ".join(f"{key}: {value};" for key, value in declarations.items())
    return f"{selector} {{ {body} }}"
