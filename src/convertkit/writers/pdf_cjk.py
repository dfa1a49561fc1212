"""Chinese text on a reportlab canvas: our fonts, our line breaker, glyphs where it put them.

reportlab's own ``Paragraph(wordWrap="CJK")`` checks only line-start rules with an incomplete
table, compresses no punctuation and cannot justify CJK. So paragraphs are broken by
``typography.linebreak`` and drawn here, line by line, glyph by glyph at the positions the
breaker computed. Glyphs are grouped into runs of one font and one inter-glyph gap, each run
drawn with a single ``Tc``/``Tj`` pair, so a justified line costs a handful of operators
rather than one per character.

Fonts are registered once per process (``registered_name``). A character the role's face
lacks is drawn with the closest shipped face that has it (``FontSet.face_for``); one that no
shipped face has is reported once per document, never drawn as silent tofu. A Traditional
document's 。，、；：！？ are drawn centred, from each face's companion (``centred_marks``),
and its punctuation is not compressed.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus.flowables import Flowable

from ..centred_marks import CENTRED_MARKS
from ..fonts import FULL_WIDTH_QUOTES, FontFace, FontSet, describe_missing, needs_glyph
from ..style import Role
from ..typography.linebreak import BreakOptions, Line, break_paragraph
from ..typography.words import even_enough, inside_words, phrase_break
from .pdf_emoji import is_ligature, join_sequences, join_with_origins
from .pdf_fonts import centred_marks_name, half_width_name, registered_name
from .pdf_halfmarks import HALF_MARKS

# Ascent of the ideographic em box (Noto CJK, LXGW WenKai: 0.88 em above the baseline).
_EM_ASCENT = 0.88
_EPSILON = 0.01


def _covers(face: FontFace, char: str) -> bool:
    """Coverage from the cmap reportlab parsed anyway (no second parse with fontTools)."""
    return ord(char) in pdfmetrics.getFont(registered_name(face)).face.charToGlyph


class _Glyph(NamedTuple):
    """A character as ``draw_glyph_runs`` draws it in one role at one size."""

    font: str  # registered name
    natural: float  # its advance in ``font``
    embolden: bool  # a bold role in a face with no bold member: stroked as well as filled
    half: str | None  # the face's half-width-marks companion, for a mark in ``HALF_MARKS``
    half_natural: float  # the advance in ``half``


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a paragraph set in one role (a point's bold heading, a lead's dateline)."""

    text: str
    role: Role


class FaceChooser:
    """Which face draws each character of a role, with fallbacks, reporting what no face has."""

    def __init__(self, fonts: FontSet, warn: Callable[[str], None], *, centred_marks: bool = False,
                 compress: bool = True) -> None:
        self._fonts = fonts
        self._warn = warn
        self.centred_marks = centred_marks  # Taiwan and Hong Kong practice: see ``centred_marks``
        self.compress = compress  # False: every mark its full em, as LibreOffice sets a DOCX's
        self._reported: set[str] = set()
        self._unreported: list[str] = []
        self._emoji = fonts.face("emoji") if "emoji" in fonts.roles else None
        tables = _tables_for(fonts, centred_marks)
        self._missing = tables.missing
        self._choice = tables.choice
        self._widths = tables.widths
        self._fonts_by_char = tables.fonts_by_char
        self._advance_tables = tables.advance_tables
        self._glyph_tables = tables.glyph_tables

    def face(self, role: Role, char: str) -> FontFace:
        key = (role.face, role.bold, char)
        found = self._choice.get(key)
        if found is None:
            found = self._resolve(role, char)
            if char not in self._missing:  # a character no face has is resolved, and reported, per document
                self._choice[key] = found
        return found

    def joined(self, spans: Sequence[Span]) -> tuple[Span, ...]:
        """``spans`` with each emoji sequence the emoji face joins as one character
        (``pdf_emoji.join_sequences``); the same spans for a text without one, the usual case."""
        face = self._emoji
        if face is None:
            return tuple(spans)
        joined = []
        for span in spans:
            text = join_sequences(span.text, face)
            joined.append(span if text is span.text else Span(text, span.role))
        return tuple(joined)

    def joined_text(self, text: str) -> tuple[str, tuple[int, ...] | None]:
        """``text`` as ``joined`` sets it, with where each of its characters comes from
        (``pdf_emoji.join_with_origins``; None: the same text, the usual case)."""
        if self._emoji is None:
            return text, None
        return join_with_origins(text, self._emoji)

    def _resolve(self, role: Role, char: str) -> FontFace:
        if is_ligature(char) and self._emoji is not None:
            return self._emoji  # it stands for a glyph of the emoji face (``joined``)
        own = self._fonts.face(role.face, role.bold)
        has = _covers(own, char)
        if char in FULL_WIDTH_QUOTES and has:
            # The rule of FontFace.narrow_quotes, measured with the widths reportlab has parsed
            # already (the fontTools way would parse the face a second time at start-up).
            width = pdfmetrics.stringWidth(char, registered_name(own), 1.0)
            if width < 0.9:
                serif = self._fonts.face("serif", role.bold)
                if _covers(serif, char):
                    return serif
        if has or not needs_glyph(char):
            return own
        fallback = self._fonts.face_for(char, role.face, role.bold)
        if fallback is not None:
            return fallback
        self._missing.add(char)
        if char not in self._reported:
            self._reported.add(char)
            self._unreported.append(char)  # said once, for the whole document: ``report_missing``
        return own

    def report_missing(self) -> None:
        """One warning naming every character no shipped face has (Arabic text in a Chinese story
        lacks dozens: one line, not one a character)."""
        if not self._unreported:
            return
        # in code-point order: the layout meets characters in an order of its own, not the text's
        self._warn(f"no shipped font has {describe_missing(sorted(self._unreported))}: "
                   f"{'it' if len(self._unreported) == 1 else 'they'} will show as blank boxes")
        self._unreported.clear()

    def font(self, role: Role, char: str) -> tuple[FontFace, str]:
        """The face for ``char`` in ``role`` and its registered name."""
        key = (role.face, role.bold, char)
        found = self._fonts_by_char.get(key)
        if found is None:
            face = self.face(role, char)
            name = registered_name(face)
            if self.centred_marks and char in CENTRED_MARKS:
                name = centred_marks_name(face) or name
            found = (face, name)
            if char not in self._missing:
                self._fonts_by_char[key] = found
        return found

    @property
    def break_options(self) -> BreakOptions:
        """Centred marks have ink in the middle of their box: they keep their full em."""
        return BreakOptions(compress_punctuation=self.compress and not self.centred_marks)

    def advance(self, role: Role, char: str, size: float) -> float:
        if not needs_glyph(char):
            return 0.0  # joiners and other format characters take no room
        return self.width(self.font(role, char)[1], char, size)

    def advances(self, role: Role, size: float, spacing: float = 0.0) -> Callable[[str], float]:
        """``advance`` for one role at one size, plus ``spacing``, remembered per character in a
        table of its own: the line breaker asks for every character of a paragraph, and a
        headline's balancing asks again for each try; one dictionary look-up per call, where
        ``advance`` makes three with their keys."""
        key = (role.face, role.bold, size, spacing)
        table = self._advance_tables.get(key)
        if table is None:
            table = self._advance_tables[key] = {}
        missing = self._missing

        def advance(char: str) -> float:
            try:
                return table[char]
            except KeyError:
                found = self.advance(role, char, size) + spacing
                if char not in missing:
                    table[char] = found
                return found

        return advance

    def glyphs(self, role: Role, size: float) -> dict[str, _Glyph | None]:
        """What drawing needs to know of each character of ``role`` at ``size`` (``_Glyph``;
        None: nothing to draw), one table per role and size, filled by ``glyph`` as characters
        come: a line is drawn with one dictionary look-up per character where face, font, width
        and the half-width companion were each looked up by a key of their own."""
        key = (role.face, role.bold, size)
        table = self._glyph_tables.get(key)
        if table is None:
            table = self._glyph_tables[key] = {}
        return table

    def glyph(self, role: Role, char: str, size: float) -> _Glyph | None:
        """``char`` in ``role`` at ``size`` as drawing needs it, entered in ``glyphs``."""
        found: _Glyph | None = None
        if needs_glyph(char):
            face, font = self.font(role, char)
            half = half_width_name(face) if char in HALF_MARKS else None
            found = _Glyph(font, self.width(font, char, size), role.bold and not face.bold, half,
                           self.width(half, char, size) if half is not None else 0.0)
        if char not in self._missing:
            self.glyphs(role, size)[char] = found
        return found

    def width(self, font: str, char: str, size: float) -> float:
        """A glyph's advance in points (breaking and drawing ask for the same few hundred
        characters thousands of times)."""
        key = (font, char, size)
        found = self._widths.get(key)
        if found is None:
            found = self._widths[key] = pdfmetrics.stringWidth(char, font, size)
        return found


@dataclass(slots=True)
class _FaceTables:
    """What ``FaceChooser`` works out per character: the face, the registered font, widths. It
    depends on the fonts and on whether marks are centred, never on the document, so one set
    serves every document of a process (``_tables_for``); a batch no longer works out the same
    few thousand characters again for each article. A character no face has (``missing``) is
    never entered, so that each document reports it."""

    missing: set[str] = dataclasses.field(default_factory=set)
    choice: dict[tuple[str, bool, str], FontFace] = dataclasses.field(default_factory=dict)
    widths: dict[tuple[str, str, float], float] = dataclasses.field(default_factory=dict)
    fonts_by_char: dict[tuple[str, bool, str], tuple[FontFace, str]] = dataclasses.field(default_factory=dict)
    advance_tables: dict[tuple[str, bool, float, float], dict[str, float]] = dataclasses.field(default_factory=dict)
    glyph_tables: dict[tuple[str, bool, float], dict[str, _Glyph | None]] = dataclasses.field(default_factory=dict)


@cache
def _tables_for(fonts: FontSet, centred_marks: bool) -> _FaceTables:
    """The explicit per-process cache of ``_FaceTables``, one per font set and mark placement
    (two in practice: Simplified and Traditional). Its size is bounded by the characters the
    shipped faces cover times the roles and sizes of the styles."""
    return _FaceTables()


@cache
def _rgb(colour: str) -> HexColor:
    """The colour a style names, parsed once per process (an explicit cache: a handful of
    colours, asked for at every change of colour in every line)."""
    return HexColor(colour)


class _GlyphText(PDFTextObject):  # type: ignore[misc]
    """A text object whose runs are written without measuring them: reportlab's ``textOut``
    measures each run only to move its text cursor, which a line drawn at positions the
    breaker computed never reads (every line starts a text object of its own)."""

    def run_out(self, text: str) -> None:
        """``textOut`` without the cursor: the same operators."""
        self._code.append(self._formatText(text))


def draw_glyph_runs(canvas: Canvas, line: Line, x0: float, baseline: float, size: float,
                    role_at: Role | Callable[[int], Role], chooser: FaceChooser) -> None:
    """Draw one broken line; ``role_at(i)`` gives the role of the paragraph's i-th character,
    or ``role_at`` is the role of them all (most paragraphs: then nothing is asked per glyph).

    The line is one continuous text stream: after each glyph the pen moves by the glyph's
    advance plus the character spacing ``Tc``, and ``Tc`` is set so that the pen lands
    exactly where the breaker put the next glyph. Justification space and punctuation
    compression therefore live in ``Tc`` (not in jumps of the text matrix), so a text
    extractor sees a compressed ``。`` as half an em wide instead of overlapping its
    neighbour, and copy-paste and ``pdftotext`` keep the reading order.
    """
    placed: list[tuple[str, str, str, float, float, bool]] = []  # char, font, colour, x, advance, embolden
    tables: dict[int, dict[str, _Glyph | None]] = {}  # by id(role): the roles live as long as the line
    role_of = None if isinstance(role_at, Role) else role_at
    role = role_at if isinstance(role_at, Role) else role_at(line.start)
    table = chooser.glyphs(role, size)
    start = line.start
    for index, glyph in enumerate(line.glyphs):
        char = glyph.char
        if role_of is not None:
            role = role_of(start + index)
            table = tables.get(id(role))
            if table is None:
                table = tables[id(role)] = chooser.glyphs(role, size)
        try:
            found = table[char]
        except KeyError:
            found = chooser.glyph(role, char, size)
        if found is None or (glyph.advance == 0.0 and char.isspace()):
            continue
        font, natural, half = found.font, found.natural, found.half
        x = x0 + (glyph.x + glyph.shift)  # Glyph.draw_x
        # Half glyphs only where the overlap would confuse an extractor (poppler starts a new
        # word when glyph boxes overlap by more than 0.2 em); a light squeeze stays full width.
        if half is not None and glyph.advance < natural - 0.2 * size and found.half_natural < natural - _EPSILON:
            font, x = half, x0 + glyph.x  # the half glyph carries the shift in its outline
            natural = found.half_natural
        placed.append((char, font, role.colour, x, natural, found.embolden))
    if not placed:
        return
    text_object = _GlyphText(canvas)  # as canvas.beginText(): the origin at 0 0, then moved
    text_object.setTextOrigin(placed[0][3], baseline)
    font = colour = ""
    spacing: float | None = None
    stroked = False
    chars: list[str] = []
    for number, (char, glyph_font, glyph_colour, x, natural, embolden) in enumerate(placed):
        gap = placed[number + 1][3] - x - natural if number + 1 < len(placed) else 0.0
        if glyph_font != font or glyph_colour != colour or spacing is None or abs(gap - spacing) > _EPSILON \
                or embolden != stroked:
            if chars:
                text_object.run_out("".join(chars))
                chars.clear()
            if glyph_font != font:
                text_object.setFont(glyph_font, size)
                font = glyph_font
            if glyph_colour != colour:
                text_object.setFillColor(_rgb(glyph_colour))
                text_object.setStrokeColor(_rgb(glyph_colour))
                colour = glyph_colour
            if spacing is None or abs(gap - spacing) > _EPSILON:
                text_object.setCharSpace(gap)
                spacing = gap
            if embolden != stroked:
                # a bold role in a face with no bold member (楷, the 仿宋 stand-in): the outline
                # stroked as well as filled, as word processors embolden it
                text_object.setTextRenderMode(2 if embolden else 0)
                stroked = embolden
        chars.append(char)
    text_object.run_out("".join(chars))
    if any(item[5] for item in placed):
        canvas.saveState()
        canvas.setLineWidth(size * _EMBOLDEN_EM)
        canvas.drawText(text_object)
        canvas.restoreState()
    else:
        canvas.drawText(text_object)


# The stroke that emboldens a face without a bold member, in em: about what LibreOffice draws.
_EMBOLDEN_EM = 0.03

# A block the style keeps together moves whole only up to this many lines: any page holds them,
# and a longer one (a caption that is really a paragraph) splits like a paragraph.
_KEEP_TOGETHER_MAX_LINES = 8


#: Roles broken between words, as the centred headline is: the subheadings.
_WORDS_KEPT = frozenset({"heading", "subheading"})


def _words_of(text: str) -> frozenset[int]:
    """Positions inside a word of ``text`` (``typography.words``), none without a lexicon."""
    try:
        return inside_words(text)
    except Exception:  # noqa: BLE001 - no word boundaries (a broken jieba install): clreq's alone
        return frozenset()


class CJKParagraph(Flowable):
    """One block of Chinese text: broken by our clreq breaker, split across pages by lines."""

    def __init__(self, spans: Sequence[Span], role: Role, chooser: FaceChooser, *,
                 outline: tuple[str, int] | None = None, link: str | None = None,
                 lines: tuple[Line, ...] | None = None, first_part: bool = True, last_part: bool = True,
                 join_emoji: bool = True) -> None:
        super().__init__()
        # Emoji sequences as the emoji face's ligatures (``pdf_emoji``); not where the caller
        # maps the breaks back onto the text as given (the DOCX's headline measures).
        self.spans = chooser.joined(spans) if join_emoji else tuple(spans)
        self.role = role
        self.chooser = chooser
        self.outline = outline  # (title, level) for the PDF outline, on the first part only
        self.link = link
        self.text = "".join(span.text for span in self.spans)
        self._roles = self._role_index()
        self._lines = lines
        self._width = 0.0
        self.first_part = first_part
        self.last_part = last_part
        pad = role.padding_pt if role.background or (role.rule and role.rule.position == "box") else 0.0
        self._pad = pad
        self.spaceBefore = role.space_before_pt if first_part else 0.0
        self.spaceAfter = role.space_after_pt if last_part else 0.0

    def _role_index(self) -> list[tuple[int, Role]]:
        starts, offset = [], 0
        for span in self.spans:
            starts.append((offset, span.role))
            offset += len(span.text)
        return starts

    def role_at(self, index: int) -> Role:
        if len(self._roles) == 1:  # most paragraphs: one span, whose role every character has
            return self._roles[0][1]
        current = self.role
        for start, role in self._roles:
            if start > index:
                break
            current = role
        return current

    @property
    def leading(self) -> float:
        return self.role.line_height_pt

    def _column(self, avail_width: float) -> float:
        role = self.role
        return max(role.size_pt, avail_width - role.left_indent_pt - role.right_indent_pt - 2 * self._pad
                   - self._rule_room())

    def _rule_room(self) -> float:
        rule = self.role.rule
        if rule and rule.position in ("left", "right"):
            return rule.width_pt + rule.gap_pt
        return 0.0

    def _break(self, avail_width: float) -> tuple[Line, ...]:
        role = self.role
        size = role.size_pt
        chooser = self.chooser

        spacing = role.letter_spacing_em * size
        advance = chooser.advances(role, size, spacing)
        justify = role.align == "justify"
        options = dataclasses.replace(chooser.break_options, justify=justify, last_line="start")
        indent = role.first_line_indent_em if self.first_part else 0.0
        column = self._column(avail_width)
        measures = self._measures(size, spacing)
        lines = break_paragraph(self.text, column, size, advance, indent_em=indent, options=options,
                                measures=measures)
        if role.align == "center" and len(lines) > 1:
            lines = self._balanced(lines, column, size, advance, indent, options, measures)
        elif role.name in _WORDS_KEPT and len(lines) > 1:
            keep = _words_of(self.text)
            if keep:  # a subheading is read phrase by phrase: 存在隐 / 藏利润 reads as a typo
                lines = break_paragraph(self.text, column, size, advance, indent_em=indent, options=options,
                                        keep=keep, measures=measures)
        return lines

    def _measures(self, size: float, spacing: float) -> tuple[tuple[int, int, Callable[[str], float]], ...]:
        """The spans drawn in another face than the paragraph's (a point's bold 黑 heading, a
        lead's dateline), measured in that face: a ``·`` or a digit is narrow in 宋 and an em
        or a wider figure in 黑, and a run measured in the wrong face is drawn overlapping what
        follows it (the ``·`` of 共绘新图景·劳动者之歌 vanished under 劳)."""
        chooser, own = self.chooser, (self.role.face, self.role.bold)
        measures = []
        offset = 0
        for span in self.spans:
            end = offset + len(span.text)
            role = span.role
            if span.text and (role.face, role.bold) != own:
                measures.append((offset, end, chooser.advances(role, size, spacing)))
            offset = end
        return tuple(measures)

    def _balanced(self, lines: tuple[Line, ...], column: float, size: float, advance: Callable[[str], float],
                  indent: float, options: BreakOptions,
                  measures: Sequence[tuple[int, int, Callable[[str], float]]] = ()) -> tuple[Line, ...]:
        """A centred title reads best broken at its phrase break (``主任张丽华：以红色…``),
        else in lines of similar length: the narrowest measure that still gives the same
        number of lines (a few bisection steps, titles are short), and between its words
        (``typography.words``), never inside a name or a word."""
        cut = phrase_break(self.text) if len(lines) == 2 else None
        if cut is not None:
            head, tail = self.text[:cut], self.text[cut:].lstrip()
            offset = len(self.text) - len(tail)
            first = break_paragraph(head, column, size, advance, indent_em=indent, options=options,
                                    measures=measures)
            second = break_paragraph(tail, column, size, advance, indent_em=0.0, options=options,
                                     measures=[(start - offset, stop - offset, measure)
                                               for start, stop, measure in measures])
            if len(first) == 1 and len(second) == 1 and even_enough(first[0].width, second[0].width):
                return (first[0], dataclasses.replace(second[0], start=second[0].start + offset))
        keep = _words_of(self.text)
        if keep:
            lines = break_paragraph(self.text, column, size, advance, indent_em=indent, options=options, keep=keep,
                                    measures=measures)
        low, high, best = size, column, lines
        for _ in range(6):
            middle = (low + high) / 2
            trial = break_paragraph(self.text, middle, size, advance, indent_em=indent, options=options, keep=keep,
                                    measures=measures)
            if len(trial) <= len(lines):
                best, high = trial, middle
            else:
                low = middle
        return best

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._lines is None or self._width != avail_width:
            if self._lines is None:
                self._lines = self._break(avail_width) if self.text else ()
            self._width = avail_width
        return avail_width, self._height(len(self._lines))

    def _height(self, count: int) -> float:
        return count * self.leading + 2 * self._pad + self._rule_height()

    def _rule_height(self) -> float:
        rule = self.role.rule
        if rule and rule.position in ("top", "bottom"):
            return rule.width_pt + rule.gap_pt
        if rule and rule.position == "top_bottom":
            return 2 * (rule.width_pt + rule.gap_pt)
        return 0.0

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        assert self._lines is not None
        fits = int((avail_height - 2 * self._pad - self._rule_height() + _EPSILON) // self.leading)
        lines = self._lines
        if fits <= 0 or fits >= len(lines):
            return [] if fits <= 0 else [self]
        if self.role.keep_together and len(lines) <= _KEEP_TOGETHER_MAX_LINES:
            return []  # a caption or a heading goes whole to the next page
        if len(lines) - fits == 1:
            fits -= 1  # no widow: a single last line alone at a page head
        if fits < 2:
            return []  # no orphan: a single first line alone at a page foot (a 2- or 3-line paragraph moves whole)
        # The spans are joined already: joining them again scanned the whole text once a page,
        # quadratic in a paragraph's length (a 5 MB one-line file never finished).
        head = CJKParagraph(self.spans, self.role, self.chooser, outline=self.outline, link=self.link,
                            lines=lines[:fits], first_part=self.first_part, last_part=False, join_emoji=False)
        tail = CJKParagraph(self.spans, self.role, self.chooser, lines=lines[fits:], first_part=False,
                            last_part=self.last_part, join_emoji=False)
        return [head, tail]

    def split_before(self, avail_width: float, last: int) -> list[Flowable]:
        """The paragraph split so that its last ``last`` lines start the second part (the lines a
        story's end matter takes with it); none when fewer than two lines would stay before them."""
        self.wrap(avail_width, 0)
        assert self._lines is not None
        count = len(self._lines) - last
        return self.split(avail_width, self._height(count)) if count >= 2 else []

    def draw(self) -> None:
        canvas: Canvas = self.canv
        role = self.role
        lines = self._lines or ()
        height = self._height(len(lines))
        if role.background:
            canvas.setFillColor(_rgb(role.background))
            canvas.rect(0, 0, self._width, height, stroke=0, fill=1)
        self._draw_rule(canvas, height)
        if self.outline is not None:
            title, level = self.outline
            key = "o" + hashlib.sha1(f"{level}:{title}:{canvas.getPageNumber()}".encode()).hexdigest()[:12]
            canvas.bookmarkPage(key)
            canvas.addOutlineEntry(title, key, level=level, closed=False)
        left = role.left_indent_pt + self._pad + (self._rule_room() if role.rule and role.rule.position == "left" else 0)
        top = height - self._pad - (self._rule_height() / (2 if role.rule and role.rule.position == "top_bottom" else 1)
                                    if role.rule and role.rule.position in ("top", "top_bottom") else 0)
        column = self._column(self._width)
        roles = self._roles[0][1] if len(self._roles) == 1 else self.role_at
        for number, line in enumerate(lines):
            baseline = top - number * self.leading - (self.leading - role.size_pt) / 2 - _EM_ASCENT * role.size_pt
            shift = 0.0
            if role.align in ("center", "right"):
                slack = max(0.0, column - line.right)
                shift = slack / 2 if role.align == "center" else slack
            draw_glyph_runs(canvas, line, left + shift, baseline, role.size_pt, roles, self.chooser)
        if self.link and lines:
            canvas.linkURL(self.link, (left, 0, left + column, height), relative=1)

    def _draw_rule(self, canvas: Canvas, height: float) -> None:
        rule = self.role.rule
        if rule is None:
            return
        canvas.setStrokeColor(_rgb(rule.colour))
        canvas.setLineWidth(rule.width_pt)
        half = rule.width_pt / 2
        if rule.position == "box":
            canvas.rect(half, half, self._width - rule.width_pt, height - rule.width_pt, stroke=1, fill=0)
        elif rule.position == "left":
            canvas.line(self.role.left_indent_pt + half, 0, self.role.left_indent_pt + half, height)
        elif rule.position == "right":
            canvas.line(self._width - half, 0, self._width - half, height)
        if rule.position in ("top", "top_bottom") and self.first_part:
            canvas.line(0, height - half, self._width, height - half)
        if rule.position in ("bottom", "top_bottom") and self.last_part:
            canvas.line(0, half, self._width, half)


class TwoSidedLine(Flowable):
    """One line with a text flush left and another flush right (the 简报's office and date),
    each ``inset`` points in from its edge (a 版记's 印发 line: a character in on each side)."""

    def __init__(self, left: str, left_role: Role, right: str, right_role: Role, chooser: FaceChooser, *,
                 inset: float = 0.0, tail: tuple[str, Role] | None = None) -> None:
        super().__init__()
        self.left, self.left_role, self.right, self.right_role = left, left_role, right, right_role
        self.chooser = chooser
        self.inset = inset
        self.tail = tail  # a run in a role of its own ending the right side (签发人： + 楷 names)
        roles = (left_role, right_role, *((tail[1],) if tail else ()))
        self.spaceBefore = max(role.space_before_pt for role in roles)
        self.spaceAfter = max(role.space_after_pt for role in roles)
        self._height = max(role.line_height_pt for role in roles)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self._height

    def draw(self) -> None:
        width = self._width - 2 * self.inset
        runs = [(self.left, self.left_role, "left", width), (self.right, self.right_role, "right", width)]
        if self.tail is not None:
            text, role = self.tail
            runs[1] = (self.right, self.right_role, "right", width - single_line_width(text, role, self.chooser))
            runs.append((text, role, "right", width))
        for text, role, align, room in runs:
            baseline = self._height - (self._height - role.size_pt) / 2 - _EM_ASCENT * role.size_pt
            draw_single_line(self.canv, text, role, self.chooser, self.inset, baseline, room, align=align)


class HorizontalRule(Flowable):
    """A full-width line, e.g. the masthead's red rule, set by a role's colour and rule width."""

    def __init__(self, role: Role) -> None:
        super().__init__()
        self.role = role
        self.weight = role.rule.width_pt if role.rule else max(0.5, role.size_pt / 10)
        self.spaceBefore = role.space_before_pt
        self.spaceAfter = role.space_after_pt

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width
        return avail_width, self.weight

    def draw(self) -> None:
        colour = self.role.rule.colour if self.role.rule else self.role.colour
        self.canv.setStrokeColor(_rgb(colour))
        self.canv.setLineWidth(self.weight)
        self.canv.line(0, self.weight / 2, self._width, self.weight / 2)


def single_line_width(text: str, role: Role, chooser: FaceChooser) -> float:
    """How wide ``text`` is set on one line in ``role``: its glyphs, compressed marks and the
    quarter em between Han and digits or Latin letters, as ``draw_single_line`` draws it."""
    if not text:
        return 0.0
    size = role.size_pt
    lines = break_paragraph(text, 10_000.0, size, chooser.advances(role, size), indent_em=0.0,
                            options=dataclasses.replace(chooser.break_options, justify=False, avoid_widow=False))
    return lines[0].right


def draw_single_line(canvas: Canvas, text: str, role: Role, chooser: FaceChooser, x: float, baseline: float,
                     width: float, align: str | None = None) -> None:
    """Running headers and footers: one unbroken line, aligned inside ``width``."""
    if not text:
        return
    size = role.size_pt
    lines = break_paragraph(text, 10_000.0, size, chooser.advances(role, size), indent_em=0.0,
                            options=dataclasses.replace(chooser.break_options, justify=False, avoid_widow=False))
    line = lines[0]
    alignment = align or role.align
    shift = 0.0
    if alignment == "center":
        shift = (width - line.right) / 2
    elif alignment == "right":
        shift = width - line.right
    draw_glyph_runs(canvas, line, x + shift, baseline, size, role, chooser)


__all__ = ["CJKParagraph", "FaceChooser", "HorizontalRule", "Span", "TwoSidedLine", "draw_single_line",
           "registered_name", "single_line_width"]
