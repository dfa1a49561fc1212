"""The one style definition: ``styles/*.toml`` → a frozen, validated ``Style``.

Why one definition for every format: a press office that sets its captions in 楷 at 五号 wants
that in the PDF, the DOCX and the EPUB alike. So the PDF (reportlab), DOCX (python-docx) and
EPUB (CSS) writers all translate the same ``Role`` objects, and none hard-codes a size or a
colour.

Why so strict: a style file is written by hand, and a typo (``colour`` spelt ``color``, a size
``"三 号"``) that is silently ignored gives a document that looks almost right. Every problem is
a ``StyleError`` whose one-line message names the style and the key, e.g.
``style briefing: roles.caption.size: unknown size name "三 号"``.

The file format (see ``styles/briefing.toml``, which documents every key):

- ``extends = "briefing"``: start from another style (a preset name, or a path relative to
  this file) and override it key by key; tables merge, other values replace.
- ``[page]``: ``size`` (A3, A4, A5, B5, Letter) or ``width``/``height``, ``margins``,
  ``header_distance``, ``footer_distance`` (all mm), optional ``[page.grid]`` (lines per page,
  characters per line, ``line_pitch`` in twips, for DOCX ``w:docGrid``).
- ``[fonts]``: font roles named by the style (``song``, ``hei``, …) → a shipped face
  (``serif``, ``sans``, ``kai``) and a CSS ``fallback`` list of system families.
- ``[colours]``: named colours; a role's colour may be ``"#rrggbb"`` or such a name.
- ``[header]``, ``[footer]``: running text templates (``{page}``, ``{short_title}``, …), the
  role that sets them, and odd/even placement.
- ``[text]``: the little fixed texts of a briefing (meta separator, date and issue formats).
- ``[roles.NAME]``: one per block kind and masthead part (``REQUIRED_ROLES``): font, bold,
  size (points or a 号 name), leading, indents (em), spacing (pt), align, colour, optional
  background, rule, padding, letter spacing; ``based_on`` copies another role's keys first.

Loaded styles are cached per process (and reloaded when their file changes).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import math
import string
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from . import regex_cache
from .errors import StyleError
from .fonts import FACE_ROLES, FontFace, FontSet, load_fonts
from .model import BLOCK_KINDS
from .resources import available_styles as available_styles  # re-exported: the presets, by name
from .resources import style_file

# --- fixed vocabularies ---------------------------------------------------------------------

#: Chinese type sizes (字号) in points.
MAX_SIZE_PT: Final = 96.0

HAO_SIZES: Final[Mapping[str, float]] = {
    "初号": 42.0,
    "小初": 36.0,
    "一号": 26.0,
    "小一": 24.0,
    "二号": 22.0,
    "小二": 18.0,
    "三号": 16.0,
    "小三": 15.0,
    "四号": 14.0,
    "小四": 12.0,
    "五号": 10.5,
    "小五": 9.0,
    "六号": 7.5,
    "小六": 6.5,
    "七号": 5.5,
    "八号": 5.0,
}

#: Page sizes by name, (width, height) in mm, portrait.
PAGE_SIZES: Final[Mapping[str, tuple[float, float]]] = {
    "A3": (297.0, 420.0),
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "B5": (176.0, 250.0),
    "Letter": (215.9, 279.4),
}

#: Masthead and page parts that have a role beside the block kinds.
MASTHEAD_ROLES: Final[tuple[str, ...]] = (
    "kicker",
    "title",
    "subtitle",
    "meta",
    "dateline",
    "header",
    "footer",
    "masthead_name",
    "masthead_issue",
    "masthead_org",
    "masthead_date",
    "masthead_rule",
    "doc_marks",
    "doc_issuer",
    "doc_number",
    "doc_signers",
)

#: Roles that are parts of a block: the bold heading run of a point, a related-links label, the
#: speaker of a transcript's turn (法新社记者：).
PART_ROLES: Final[tuple[str, ...]] = ("point_heading", "related_links_label", "turn_speaker", "attachments_label")

#: Roles of a block kind's lower level: ``subheading`` sets a heading one level below the
#: article's first level of headings (a question under a numbered section, a markdown ``####``
#: under ``###``), so that every writer shows the outline, each from this one definition.
LEVEL_ROLES: Final[tuple[str, ...]] = ("subheading",)

#: Roles of a file of several articles (a PDF or DOCX pack): its contents entries, and the
#: word over them (目录), also the heading of an EPUB's table of contents.
PACK_ROLES: Final[tuple[str, ...]] = ("contents", "contents_title")

#: Every role a style must define, and the only ones it may define.
REQUIRED_ROLES: Final[tuple[str, ...]] = tuple(BLOCK_KINDS) + LEVEL_ROLES + PART_ROLES + MASTHEAD_ROLES + PACK_ROLES

#: Roles added after styles were first written: a style without one gets it from these keys,
#: so that a user's standalone style keeps working when a new block kind arrives.
IMPLIED_ROLES: Final[Mapping[str, Mapping[str, Any]]] = MappingProxyType({
    "signature": MappingProxyType({"based_on": "paragraph", "align": "right", "first_line_indent": 0}),
    "salutation": MappingProxyType({"based_on": "paragraph", "first_line_indent": 0}),
    # An official document's 附件说明: the label's line (附件：1．某某方案) two characters in, the
    # items under it (2．某某表) where its first item's number is, three characters (附件：) further.
    "attachments_label": MappingProxyType({"based_on": "paragraph", "left_indent": 2, "first_line_indent": 0,
                                           "align": "left"}),
    "attachments": MappingProxyType({"based_on": "paragraph", "left_indent": 5, "first_line_indent": 0,
                                     "align": "left"}),
    # The 版记 (抄送, 印发) between rules, a character in on each side.
    "imprint": MappingProxyType({"based_on": "paragraph", "first_line_indent": 0, "left_indent": 1, "right_indent": 1,
                                 "align": "left", "rule": MappingProxyType({"position": "top_bottom", "width": 0.75}),
                                 "space_before": 12}),
    # The 版头 of an official document, above its title: 份号/密级/紧急程度 top left, the 发文机关标志
    # and the 发文字号 centred (shown when the style's text.official_header is "masthead").
    "doc_marks": MappingProxyType({"based_on": "meta", "align": "left"}),
    "doc_issuer": MappingProxyType({"based_on": "masthead_name"}),
    "doc_number": MappingProxyType({"based_on": "meta", "align": "center"}),
    # A 上行文's 签发人 names beside its 发文字号, after the label 签发人： set in doc_number (GB/T 9704
    # 7.2.4: the label in 仿宋, the names in 楷).
    "doc_signers": MappingProxyType({"based_on": "doc_number"}),
    # A transcript's turn is a body paragraph; its speaker is set off as a point's heading is.
    "turn": MappingProxyType({"based_on": "paragraph"}),
    "turn_speaker": MappingProxyType({"based_on": "point_heading"}),
    # A pack's contents entries (several articles in one PDF or DOCX): body text, flush left.
    "contents": MappingProxyType({"based_on": "paragraph", "align": "left", "first_line_indent": 0}),
    # The word over them (目录): a heading, flush with the entries (a style's 一级标题 is often
    # indented two characters, as GB/T 9704's is, and the entries are not).
    "contents_title": MappingProxyType({"based_on": "heading", "first_line_indent": 0}),
    # The kicker (引题) over the headline: set as the subtitle under it is.
    "kicker": MappingProxyType({"based_on": "subtitle"}),
    # A heading one level down: the heading's face, not bold, so that the two levels differ.
    "subheading": MappingProxyType({"based_on": "heading", "bold": False}),
})

ALIGNMENTS: Final[tuple[str, ...]] = ("left", "center", "right", "justify")
RULE_POSITIONS: Final[tuple[str, ...]] = ("top", "bottom", "left", "right", "box", "top_bottom")

#: Where an official document's 版头 (发文机关标志, 发文字号, 签发人, 密级) goes: "meta" on the meta
#: line (a briefing), "masthead" on lines of its own above the title (GB/T 9704).
OFFICIAL_HEADER_PLACES: Final[tuple[str, ...]] = ("meta", "masthead")

#: How an official document's 落款 is set (GB/T 9704 7.3.5, where the 版头 is above the title):
#: "sealed" (7.3.5.1, the seal stamped on the print: the 成文日期 the signature role's right
#: indent in from the right, each 署名 centred over it) or "unsealed" (7.3.5.2: the 署名 two
#: characters in from the right, the date under it starting two characters further right; a
#: date longer than that two characters in, the 署名 moved left as much).
OFFICIAL_SIGNATURES: Final[tuple[str, ...]] = ("sealed", "unsealed")

#: Placeholders the header and footer templates may use.
PAGE_TEXT_FIELDS: Final[frozenset[str]] = frozenset(
    {"page", "pages", "title", "short_title", "masthead", "org", "issue", "date", "agency"}
)

TWIPS_PER_PT: Final = 20
PT_PER_MM: Final = 72 / 25.4

_COLOUR_RE = regex_cache.compile(r"#[0-9a-fA-F]{6}")
_PRESET_RE = regex_cache.compile(r"[A-Za-z0-9_-]+")
_PT_RE = regex_cache.compile(r"(\d+(?:\.\d+)?)\s*pt")


# --- the public model -----------------------------------------------------------------------


class FrozenMap(Mapping[str, Any]):
    """A read-only, hashable, picklable mapping (``MappingProxyType`` pickles and hashes not)."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(tuple(self._data.items()))

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __reduce__(self) -> tuple[type, tuple[dict[str, Any]]]:
        return (FrozenMap, (self._data,))


@dataclass(frozen=True, slots=True)
class Grid:
    """A fixed line grid (GB/T 9704: 22 lines × 28 characters), for DOCX ``w:docGrid``."""

    lines: int
    chars: int
    line_pitch: int  # twips between baselines (579 for GB/T 9704 on A4)

    @property
    def line_pitch_pt(self) -> float:
        return self.line_pitch / TWIPS_PER_PT


@dataclass(frozen=True, slots=True)
class PageSpec:
    """Page size, margins and header/footer distances, all in millimetres."""

    size: str  # a name of PAGE_SIZES, or "custom"
    width_mm: float
    height_mm: float
    margin_top_mm: float
    margin_bottom_mm: float
    margin_left_mm: float
    margin_right_mm: float
    header_distance_mm: float  # page top edge to the top of the header text (as in Word)
    footer_distance_mm: float  # page bottom edge to the bottom of the footer text (as in Word)
    grid: Grid | None = None

    @property
    def text_width_mm(self) -> float:
        return self.width_mm - self.margin_left_mm - self.margin_right_mm

    @property
    def text_height_mm(self) -> float:
        return self.height_mm - self.margin_top_mm - self.margin_bottom_mm


@dataclass(frozen=True, slots=True)
class FontRole:
    """A font as a style names it: which shipped face, and what systems may use instead."""

    name: str  # the style's own name for it ("song", "hei", "kai", "fangsong")
    face: str  # a shipped face role: "serif", "sans" or "kai"
    fallback: tuple[str, ...] = ()  # system families for CSS stacks, best first


@dataclass(frozen=True, slots=True)
class Rule:
    """A line drawn beside a block: the editor's note bar, the red masthead rule."""

    position: str  # top | bottom | left | right | box
    width_pt: float
    colour: str  # "#rrggbb"
    gap_pt: float = 2.0  # between the text and the line


@dataclass(frozen=True, slots=True)
class Role:
    """How one kind of text looks. Sizes in points, indents in em of this role's size.

    ``line_height_pt`` is always the baseline distance; ``leading_multiple`` is also set when
    the style gave leading as a multiple of the size (CSS may prefer the unitless form).
    """

    name: str
    font: str  # key of Style.fonts
    face: str  # the shipped face role that font maps to ("serif" | "sans" | "kai")
    bold: bool
    size_pt: float
    line_height_pt: float
    leading_multiple: float | None
    first_line_indent_em: float
    left_indent_em: float
    right_indent_em: float
    space_before_pt: float
    space_after_pt: float
    align: str  # left | center | right | justify
    colour: str  # "#rrggbb"
    background: str | None = None  # "#rrggbb" tint behind the block
    rule: Rule | None = None
    padding_pt: float = 0.0  # inside a background or box rule
    letter_spacing_em: float = 0.0
    keep_together: bool = False  # never split across pages (a caption, a heading)

    @property
    def first_line_indent_pt(self) -> float:
        return self.first_line_indent_em * self.size_pt

    @property
    def left_indent_pt(self) -> float:
        return self.left_indent_em * self.size_pt

    @property
    def right_indent_pt(self) -> float:
        return self.right_indent_em * self.size_pt


@dataclass(frozen=True, slots=True)
class PageText:
    """A running header or footer: a template, the role that sets it, where it sits.

    With ``odd_even`` the text sits at ``odd_align`` on odd pages and ``even_align`` on even
    ones, ``edge_indent_em`` in from the text block's edge (GB/T 9704: page numbers right on odd
    pages and left on even ones, one character in). An empty ``text`` means no header/footer.
    """

    text: str
    role: str
    odd_even: bool = False
    odd_align: str = "right"
    even_align: str = "left"
    edge_indent_em: float = 0.0

    def render(self, **values: object) -> str:
        """The template filled in; unknown or missing fields render as empty text."""
        return string.Formatter().vformat(self.text, (), _Blank(values))


class _Blank(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return ""


@dataclass(frozen=True, slots=True)
class TextSpec:
    """The small fixed texts of a briefing."""

    meta_separator: str = " · "  # between agency, date and reporters on the meta line
    date_format: str = "{year}年{month}月{day}日"
    issue_format: str = "第{issue}期"  # the 简报 masthead's issue number
    official_header: str = "meta"  # OFFICIAL_HEADER_PLACES: where a 公文's 发文字号 and 发文机关标志 go
    official_signature: str = "sealed"  # OFFICIAL_SIGNATURES: how its 落款 is set


@dataclass(frozen=True, eq=False)
class Style:
    """A resolved, validated style. Equal (and hashed) by ``digest``: two files that resolve to
    the same definition render the same."""

    name: str
    description: str
    page: PageSpec
    fonts: Mapping[str, FontRole]
    colours: Mapping[str, str]
    roles: Mapping[str, Role]
    header: PageText
    footer: PageText
    text: TextSpec
    digest: str  # sha256 of the resolved definition, for cache and manifest keys

    def role(self, name: str) -> Role:
        """The role ``name``; a StyleError naming the style if it has none."""
        try:
            return self.roles[name]
        except KeyError:
            raise StyleError(f'style {self.name}: no role "{name}"') from None

    def font_face(self, role: str | Role, fonts: FontSet | None = None) -> FontFace:
        """The shipped face a role is set in (its bold face when the role is bold and the face
        has one: check ``FontFace.bold``)."""
        resolved = self.role(role) if isinstance(role, str) else role
        return (fonts or load_fonts()).face(resolved.face, resolved.bold)

    def font_stack(self, role: str | Role, fonts: FontSet | None = None) -> tuple[str, ...]:
        """CSS font families for a role, best first: our embedded family, then the system
        fallbacks the style lists."""
        resolved = self.role(role) if isinstance(role, str) else role
        family = self.font_face(resolved, fonts).family
        return (family,) + tuple(f for f in self.fonts[resolved.font].fallback if f != family)

    def to_dict(self) -> dict[str, Any]:
        """The resolved definition as plain data (sizes in pt, colours as hex)."""
        return _resolved_dict(
            self.page, self.fonts, self.colours, self.roles, self.header, self.footer, self.text
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Style) and other.digest == self.digest

    def __hash__(self) -> int:
        return hash(self.digest)


# --- loading --------------------------------------------------------------------------------


def load_style(name_or_path: str = "briefing") -> Style:
    """A preset by name (``"briefing"``, ``"gbt9704"``) or a ``.toml`` file by path."""
    path, label = _locate(name_or_path, base=None, label=None)
    stat = path.stat()
    return _load_cached(path, label, stat.st_mtime_ns, stat.st_size)


@cache
def _load_cached(path: Path, label: str, mtime_ns: int, size: int) -> Style:
    raw = _read_resolved(path, label, chain=())
    return _build(raw, label)


def _locate(ref: str, base: Path | None, label: str | None) -> tuple[Path, str]:
    """(file, label for messages) of a style reference: a preset name or a path."""
    prefix = f"style {label}: extends: " if label else ""
    if base is None or not isinstance(ref, str) or _PRESET_RE.fullmatch(ref) or Path(ref).expanduser().is_absolute():
        path, preset = style_file(ref, prefix)
        return (path, ref) if preset else (path.resolve(), ref)
    path = base / Path(ref).expanduser()  # an extends: path is relative to the file naming it
    if not path.is_file():
        raise StyleError(f"{prefix}style file not found: {ref}")
    return path.resolve(), ref


def _read_resolved(path: Path, label: str, chain: tuple[Path, ...]) -> dict[str, Any]:
    """The file's table merged over its ``extends`` parent, recursively."""
    if path in chain:
        raise StyleError(
            f"style {label}: extends: circular ({' -> '.join(p.stem for p in chain + (path,))})"
        )
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise StyleError(f"style {label}: malformed TOML: {exc}") from exc
    except OSError as exc:
        raise StyleError(f"style {label}: cannot read the file: {exc.strerror}") from exc
    parent_ref = data.pop("extends", None)
    if parent_ref is None:
        return data
    parent_path, parent_label = _locate(parent_ref, base=path.parent, label=label)
    parent = _read_resolved(parent_path, parent_label, chain + (path,))
    own_page = data.get("page")
    if (
        isinstance(own_page, dict)
        and "size" not in own_page
        and ({"width", "height"} & own_page.keys())
    ):
        parent = dict(parent, page={k: v for k, v in parent.get("page", {}).items() if k != "size"})
    return _merge(parent, data)


def _merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``over`` on top of ``base``: tables merge key by key, anything else replaces."""
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


# --- validation -----------------------------------------------------------------------------


class _Checker:
    """Reads values out of the raw TOML tables, raising a StyleError that names the key."""

    def __init__(self, label: str) -> None:
        self.label = label

    def fail(self, key: str, message: str) -> StyleError:
        return StyleError(f"style {self.label}: {key}: {message}")

    def table(
        self, data: Any, key: str, allowed: tuple[str, ...] | frozenset[str]
    ) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(key, f"expected a table, got {_show(data)}")
        for name in data:
            if name not in allowed:
                raise self.fail(_join(key, name), "unknown key" + _suggest(name, allowed))
        return data

    def number(
        self,
        data: Mapping[str, Any],
        key: str,
        name: str,
        default: float | None = None,
        *,
        low: float = 0.0,
        high: float = 1000.0,
    ) -> float:
        value = data.get(name, default)
        full = _join(key, name)
        if value is None:
            raise self.fail(key, f'missing key "{name}"')
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise self.fail(full, f"expected a number, got {_show(value)}")
        if not low <= value <= high:
            raise self.fail(full, f"{value} is out of range ({low:g} to {high:g})")
        return float(value)

    def boolean(self, data: Mapping[str, Any], key: str, name: str, default: bool) -> bool:
        value = data.get(name, default)
        if not isinstance(value, bool):
            raise self.fail(_join(key, name), f"expected true or false, got {_show(value)}")
        return value

    def text(self, data: Mapping[str, Any], key: str, name: str, default: str | None = None) -> str:
        value = data.get(name, default)
        if value is None:
            raise self.fail(key, f'missing key "{name}"')
        if not isinstance(value, str):
            raise self.fail(_join(key, name), f"expected a string, got {_show(value)}")
        return value

    def choice(
        self,
        data: Mapping[str, Any],
        key: str,
        name: str,
        options: tuple[str, ...],
        default: str | None = None,
    ) -> str:
        value = self.text(data, key, name, default)
        if value not in options:
            raise self.fail(_join(key, name), f'"{value}" is not one of {", ".join(options)}')
        return value

    def template(
        self, data: Mapping[str, Any], key: str, name: str, default: str, fields: frozenset[str]
    ) -> str:
        value = self.text(data, key, name, default)
        try:
            used = {f for _, f, _, _ in string.Formatter().parse(value) if f is not None}
        except ValueError as exc:
            raise self.fail(_join(key, name), f"bad template: {exc}") from exc
        for used_field in sorted(used):
            if used_field not in fields:
                raise self.fail(
                    _join(key, name),
                    f'unknown placeholder "{{{used_field}}}" (known: {", ".join(sorted(fields))})',
                )
        return value

    def colour(self, value: Any, key: str, colours: Mapping[str, str]) -> str:
        if isinstance(value, str) and _COLOUR_RE.fullmatch(value):
            return value.lower()
        if isinstance(value, str) and value in colours:
            return colours[value]
        hint = _suggest(value, frozenset(colours)) if isinstance(value, str) else ""
        raise self.fail(key, f'bad colour {_show(value)} (use "#rrggbb" or a name from [colours]){hint}')


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _suggest(name: str, options: tuple[str, ...] | frozenset[str]) -> str:
    close = difflib.get_close_matches(name, sorted(options), n=1)
    return f" (did you mean {close[0]}?)" if close else ""


_TOP_KEYS = ("description", "page", "fonts", "colours", "header", "footer", "text", "roles")
_PAGE_KEYS = ("size", "width", "height", "margins", "header_distance", "footer_distance", "grid")
_ROLE_KEYS = (
    "based_on",
    "font",
    "bold",
    "size",
    "leading",
    "first_line_indent",
    "left_indent",
    "right_indent",
    "space_before",
    "space_after",
    "align",
    "colour",
    "background",
    "rule",
    "padding",
    "letter_spacing",
    "keep_together",
)
_PAGE_TEXT_KEYS = ("text", "role", "odd_even", "odd_align", "even_align", "edge_indent")


def _build(raw: dict[str, Any], label: str) -> Style:
    check = _Checker(label)
    check.table(raw, "", _TOP_KEYS)
    description = check.text(raw, "", "description", "")
    colours = _colours(check, raw.get("colours", {}))
    fonts = _fonts(check, raw.get("fonts"))
    page = _page(check, raw.get("page"))
    roles = _roles(check, raw.get("roles"), fonts, colours)
    header = _page_text(check, raw.get("header", {}), "header")
    footer = _page_text(check, raw.get("footer", {}), "footer")
    text = _text(check, raw.get("text", {}))
    for part in (header, footer):
        if part.role not in roles:
            raise check.fail(
                "header.role" if part is header else "footer.role",
                f'unknown role "{part.role}"' + _suggest(part.role, REQUIRED_ROLES),
            )
    definition = _resolved_dict(page, fonts, colours, roles, header, footer, text)
    digest = hashlib.sha256(
        json.dumps(definition, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    ).hexdigest()
    return Style(
        name=label,
        description=description,
        page=page,
        fonts=FrozenMap(fonts),
        colours=FrozenMap(colours),
        roles=FrozenMap(roles),
        header=header,
        footer=footer,
        text=text,
        digest=digest,
    )


def _colours(check: _Checker, data: Any) -> dict[str, str]:
    if not isinstance(data, dict):
        raise check.fail("colours", f"expected a table, got {_show(data)}")
    out = {}
    for name, value in data.items():
        if not isinstance(value, str) or not _COLOUR_RE.fullmatch(value):
            raise check.fail(f"colours.{name}", f'bad colour {_show(value)} (use "#rrggbb")')
        out[name] = value.lower()
    return out


def _fonts(check: _Checker, data: Any) -> dict[str, FontRole]:
    if data is None:
        raise check.fail("fonts", "missing table (font roles -> shipped faces)")
    if not isinstance(data, dict) or not data:
        raise check.fail("fonts", f"expected a table of font roles, got {_show(data)}")
    out = {}
    for name, value in data.items():
        key = f"fonts.{name}"
        if isinstance(value, str):
            value = {"face": value}
        spec = check.table(value, key, ("face", "fallback"))
        face = check.text(spec, key, "face")
        if face not in FACE_ROLES:
            raise check.fail(
                f"{key}.face", f'unknown face "{face}" (shipped: {", ".join(FACE_ROLES)})'
            )
        fallback = spec.get("fallback", [])
        if not isinstance(fallback, list) or not all(
            isinstance(f, str) and f.strip() for f in fallback
        ):
            raise check.fail(f"{key}.fallback", "expected a list of font family names")
        out[name] = FontRole(name=name, face=face, fallback=tuple(fallback))
    return out


def _page(check: _Checker, data: Any) -> PageSpec:
    if data is None:
        raise check.fail("page", "missing table")
    page = check.table(data, "page", _PAGE_KEYS)
    size = page.get("size")
    if size is not None:
        if size not in PAGE_SIZES:
            raise check.fail(
                "page.size",
                f"unknown page size {_show(size)}"
                f" (known: {', '.join(PAGE_SIZES)}; or give width and height)",
            )
        width, height = PAGE_SIZES[size]
        if "width" in page or "height" in page:
            raise check.fail("page.size", "give either size or width and height, not both")
    else:
        size = "custom"
        width = check.number(page, "page", "width", low=50, high=2000)
        height = check.number(page, "page", "height", low=50, high=2000)
    if "margins" not in page:
        raise check.fail("page", 'missing key "margins"')
    margins = check.table(page["margins"], "page.margins", ("top", "bottom", "left", "right"))
    m = {
        side: check.number(margins, "page.margins", side, high=200)
        for side in ("top", "bottom", "left", "right")
    }
    if m["left"] + m["right"] >= width - 20 or m["top"] + m["bottom"] >= height - 20:
        raise check.fail("page.margins", "the margins leave no room for text")
    grid = None
    if "grid" in page:
        spec = check.table(page["grid"], "page.grid", ("lines", "chars", "line_pitch"))
        lines = int(check.number(spec, "page.grid", "lines", low=1, high=200))
        chars = int(check.number(spec, "page.grid", "chars", low=1, high=200))
        pitch = int(check.number(spec, "page.grid", "line_pitch", low=100, high=2000))
        text_height_pt = (height - m["top"] - m["bottom"]) * PT_PER_MM
        if lines * pitch / TWIPS_PER_PT > text_height_pt + 1:
            raise check.fail(
                "page.grid",
                f"{lines} lines of {pitch} twips do not fit the "
                f"{text_height_pt / PT_PER_MM:.1f} mm text height",
            )
        grid = Grid(lines=lines, chars=chars, line_pitch=pitch)
    return PageSpec(
        size=size,
        width_mm=width,
        height_mm=height,
        margin_top_mm=m["top"],
        margin_bottom_mm=m["bottom"],
        margin_left_mm=m["left"],
        margin_right_mm=m["right"],
        header_distance_mm=check.number(page, "page", "header_distance", 12.0, high=200),
        footer_distance_mm=check.number(page, "page", "footer_distance", 12.0, high=200),
        grid=grid,
    )


def _size(check: _Checker, value: Any, key: str) -> float:
    if isinstance(value, str):
        if value in HAO_SIZES:
            return HAO_SIZES[value]
        raise check.fail(
            key, f'unknown size name "{value}"' + _suggest(value, frozenset(HAO_SIZES))
        )
    # 96 pt: twice 初号, room for any 报头; a 400 pt paragraph passed and then broke the PDF's layout
    return check.number({"size": value}, key.rpartition(".")[0], "size", low=1, high=MAX_SIZE_PT)


def _roles(
    check: _Checker, data: Any, fonts: Mapping[str, FontRole], colours: Mapping[str, str]
) -> dict[str, Role]:
    if data is None:
        raise check.fail("roles", "missing table")
    check.table(data, "roles", REQUIRED_ROLES)
    data = {**{name: {key: dict(value) if isinstance(value, Mapping) else value for key, value in spec.items()}
               for name, spec in IMPLIED_ROLES.items()}, **data}
    for name in REQUIRED_ROLES:
        if name not in data:
            raise check.fail("roles", f'missing role "{name}"')
    resolved: dict[str, dict[str, Any]] = {}

    def flat(name: str, chain: tuple[str, ...]) -> dict[str, Any]:
        if name in resolved:
            return resolved[name]
        key = f"roles.{name}"
        spec = check.table(data[name], key, _ROLE_KEYS)
        base_name = spec.get("based_on")
        if base_name is None:
            out = dict(spec)
        else:
            if not isinstance(base_name, str) or base_name not in data:
                raise check.fail(f"{key}.based_on", f"unknown role {_show(base_name)}")
            if base_name in chain:
                raise check.fail(
                    f"{key}.based_on", f"circular ({' -> '.join(chain + (name, base_name))})"
                )
            out = _merge(flat(base_name, chain + (name,)), spec)
            out.pop("based_on", None)
        resolved[name] = out
        return out

    default_colour = colours.get("text", "#000000")
    for name in REQUIRED_ROLES:
        flat(name, ())  # every based_on checked (unknown, circular) before any value

    def depth(name: str) -> int:
        base = data[name].get("based_on")
        return 0 if base is None else 1 + depth(base)

    # A role is checked after the roles it is based on, so that a bad value is blamed on the role
    # that wrote it (roles.paragraph.size), not on the first role that inherits it (roles.lead).
    built = {
        name: _role(check, name, flat(name, ()), fonts, colours, default_colour)
        for name in sorted(REQUIRED_ROLES, key=depth)
    }
    return {name: built[name] for name in REQUIRED_ROLES}


def _role(
    check: _Checker,
    name: str,
    spec: Mapping[str, Any],
    fonts: Mapping[str, FontRole],
    colours: Mapping[str, str],
    default_colour: str,
) -> Role:
    key = f"roles.{name}"
    font = check.text(spec, key, "font")
    if font not in fonts:
        raise check.fail(
            f"{key}.font", f'unknown font role "{font}" (defined in [fonts]: {", ".join(fonts)})'
        )
    if "size" not in spec:
        raise check.fail(key, 'missing key "size"')
    size = _size(check, spec["size"], f"{key}.size")
    leading = spec.get("leading", 1.5)
    multiple: float | None
    if isinstance(leading, str):
        match = _PT_RE.fullmatch(leading.strip())
        if match is None:
            raise check.fail(
                f"{key}.leading", f'expected a multiple (1.8) or points ("28pt"), got "{leading}"'
            )
        line_height = float(match.group(1))
        multiple = None
        if not 1 <= line_height <= 800:
            raise check.fail(f"{key}.leading", f"{line_height:g}pt is out of range (1 to 800)")
    else:
        multiple = check.number(spec, key, "leading", 1.5, low=0.5, high=5)
        line_height = round(multiple * size, 4)
    background = spec.get("background")
    rule = spec.get("rule")
    return Role(
        name=name,
        font=font,
        face=fonts[font].face,
        bold=check.boolean(spec, key, "bold", False),
        size_pt=size,
        line_height_pt=line_height,
        leading_multiple=multiple,
        first_line_indent_em=check.number(spec, key, "first_line_indent", 0.0, low=-20, high=20),
        left_indent_em=check.number(spec, key, "left_indent", 0.0, low=-20, high=40),
        right_indent_em=check.number(spec, key, "right_indent", 0.0, low=-20, high=40),
        space_before_pt=check.number(spec, key, "space_before", 0.0, high=500),
        space_after_pt=check.number(spec, key, "space_after", 0.0, high=500),
        align=check.choice(spec, key, "align", ALIGNMENTS, "left"),
        colour=check.colour(spec.get("colour", default_colour), f"{key}.colour", colours),
        background=None
        if background in (None, "none")
        else check.colour(background, f"{key}.background", colours),
        rule=None
        if rule in (None, "none")
        else _rule(check, rule, f"{key}.rule", colours, default_colour),
        padding_pt=check.number(spec, key, "padding", 0.0, high=200),
        letter_spacing_em=check.number(spec, key, "letter_spacing", 0.0, low=-0.5, high=5),
        keep_together=check.boolean(spec, key, "keep_together", False),
    )


def _rule(
    check: _Checker, data: Any, key: str, colours: Mapping[str, str], default_colour: str
) -> Rule:
    spec = check.table(data, key, ("position", "width", "colour", "gap"))
    return Rule(
        position=check.choice(spec, key, "position", RULE_POSITIONS),
        width_pt=check.number(spec, key, "width", 0.5, low=0.1, high=20),
        colour=check.colour(spec.get("colour", default_colour), f"{key}.colour", colours),
        gap_pt=check.number(spec, key, "gap", 2.0, high=100),
    )


def _page_text(check: _Checker, data: Any, key: str) -> PageText:
    spec = check.table(data, key, _PAGE_TEXT_KEYS)
    return PageText(
        text=check.template(spec, key, "text", "", PAGE_TEXT_FIELDS),
        role=check.text(spec, key, "role", key),
        odd_even=check.boolean(spec, key, "odd_even", False),
        odd_align=check.choice(spec, key, "odd_align", ("left", "center", "right"), "right"),
        even_align=check.choice(spec, key, "even_align", ("left", "center", "right"), "left"),
        edge_indent_em=check.number(spec, key, "edge_indent", 0.0, high=10),
    )


def _text(check: _Checker, data: Any) -> TextSpec:
    spec = check.table(data, "text", ("meta_separator", "date_format", "issue_format", "official_header",
                                      "official_signature"))
    defaults = TextSpec()
    return TextSpec(
        meta_separator=check.text(spec, "text", "meta_separator", defaults.meta_separator),
        date_format=check.template(
            spec, "text", "date_format", defaults.date_format, frozenset({"year", "month", "day"})
        ),
        issue_format=check.template(
            spec, "text", "issue_format", defaults.issue_format, frozenset({"issue"})
        ),
        official_header=check.choice(spec, "text", "official_header", OFFICIAL_HEADER_PLACES,
                                     defaults.official_header),
        official_signature=check.choice(spec, "text", "official_signature", OFFICIAL_SIGNATURES,
                                        defaults.official_signature),
    )


def _resolved_dict(
    page: PageSpec,
    fonts: Mapping[str, FontRole],
    colours: Mapping[str, str],
    roles: Mapping[str, Role],
    header: PageText,
    footer: PageText,
    text: TextSpec,
) -> dict[str, Any]:
    return {
        "page": asdict(page),
        "fonts": {name: asdict(font) for name, font in sorted(fonts.items())},
        "colours": dict(sorted(colours.items())),
        "roles": {name: asdict(role) for name, role in sorted(roles.items())},
        "header": asdict(header),
        "footer": asdict(footer),
        "text": asdict(text),
    }
