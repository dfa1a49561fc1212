"""Break one Chinese paragraph into positioned lines (W3C clreq, GB/T 15834, GB style).

The PDF writer draws exactly what this returns, glyph by glyph, so the result carries
positions and not just break points. Nothing here knows about PDF: the caller passes the
column width, the font size and an ``advance(char)`` measure.

The algorithm, and why each rule exists:

1. **Measure once.** Each distinct character is measured once per call (a small dict), and
   every per-character quantity below goes into prefix sums, so the width of any candidate
   line is O(1) and the whole paragraph is broken in linear time.
2. **Atoms** (clreq 3.1.7). The text is cut into the smallest pieces a line may break
   between: one ideograph or mark, one Western run (a word, a number such as ``3.5``,
   ``10:30``, ``50%``, a URL), or a run of spaces. Neighbours are then glued wherever a
   break is forbidden: before a line-start-prohibited mark (closing brackets and quotes,
   pauses and stops: a line starting with ``，`` reads as a fragment), after a
   line-end-prohibited one (an opening bracket belongs to what it opens), inside ``——`` and
   ``……`` (one mark written with two glyphs), before spaces (they hang at the line end),
   around no-break spaces and joiners, and before combining marks.
3. **Punctuation width adjustment** (clreq 3.1.6). A full-width mark draws in one half of
   its em box. Where two marks meet (``。”``, ``”，``, ``）。``, ``（《``) the blank halves
   would add up to a visible hole, so one is removed: the right blank of a closing mark,
   or the left blank of an opening mark that follows another opening mark.
4. **Line-end trimming** (GB/T 15834 §5.1.10). A closing mark ending a line loses its right
   blank, so the glyph, not empty space, meets the right margin.
5. **Han–Western spacing** (clreq 3.2.3). A quarter em separates ideographs from
   proportional letters and digits, never beside punctuation (the marks carry their own
   blank) and never at a line edge.
6. **Filling** (clreq 3.1.7, "push in / push out"). Atoms are added greedily. When the atom
   that no longer fits overflows only because of the closing marks at its end, the line
   first tries to absorb it by squeezing the blank halves of its punctuation (push-in: the
   line keeps its characters). If that cannot recover enough space, the atom, with the
   character it clings to, goes to the next line (push-out). An atom wider than a whole
   line (a long URL, a chain of brackets in a very narrow column) is split character-wise
   as a last resort, avoiding the middle of ``——``/``……`` where it can; a column narrower
   than one glyph gets one glyph per line rather than an endless loop.
7. **No widow character.** A paragraph must not end with a line holding one character
   (``好。``): one atom is pulled down from the line before, if the result still fits.
8. **Justification.** The remaining space of every line but the last is shared equally by
   the gaps between CJK characters and the Han–Western gaps (never inside a Western word or
   number, never inside ``——``, never after the line's last character), so lines end flush.
9. **Indent.** The first line starts ``indent_em`` ems in (2 by GB convention), reduced only
   if a column is too narrow to hold the indent and the paragraph's first atom together (an
   atom wider than the whole column is split anyway and keeps the indent). A negative indent
   hangs the first line out left of the column by as much, and widens it as much: a list item
   whose number stands out (``1．`` before a name that wraps under itself). A last-resort
   split inside a Western run prefers the place after a hyphen or a slash.

Guarantees (tested as properties): the lines' texts concatenate to the input; every line
ends at or before the width, except a line holding a single glyph wider than the column;
every line but the last ends flush when it has a gap to stretch. A line starts with a
line-start-prohibited mark, ends with a line-end-prohibited one, or splits ``——``, ``……``,
a word or a number only at a *forced* boundary: one inside a cluster (a maximal run of
characters with no permitted break) whose natural width exceeds the column, so no line
could hold it. The last line shows two characters or more unless the line before had no
permitted break or pulling one more piece down would not fit.

Coordinates: ``Glyph.x`` is measured from the column's left edge (the first line's indent is
included), ``Glyph.advance`` is the width the glyph was given after compression, and the
glyph is drawn at ``Glyph.draw_x`` (it differs from ``x`` only when an opening mark lost its
left blank). Spaces at a line break stay in that line's text with a zero advance.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal, NamedTuple

from convertkit.typography import clreq

__all__ = ["BreakOptions", "Glyph", "LastLine", "Line", "break_paragraph", "is_widow", "soft_break"]

#: How the last line of a paragraph is aligned (it is never stretched unless "justify").
LastLine = Literal["start", "end", "center", "justify"]

_EPS: Final = 1e-6


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character placed on a line."""

    char: str
    x: float
    """Left edge of the glyph's slot, in points from the column's left edge."""
    advance: float
    """Width the glyph was given (its advance minus any blank removed by compression)."""
    shift: float = 0.0
    """Offset from ``x`` of the glyph's drawing origin (negative when a left blank was cut)."""

    @property
    def draw_x(self) -> float:
        """Where to draw the glyph so its visible part lands inside its slot."""
        return self.x + self.shift

    @property
    def right(self) -> float:
        return self.x + self.advance


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a paragraph, ready to draw."""

    text: str
    """The exact slice of the paragraph this line covers (trailing break spaces included)."""
    start: int
    """Offset of ``text`` in the paragraph."""
    glyphs: tuple[Glyph, ...]
    width: float
    """Natural width (indent included, punctuation adjusted, before justification)."""
    indent: float
    is_last: bool

    @property
    def end(self) -> int:
        """Offset just past this line in the paragraph."""
        return self.start + len(self.text)

    @property
    def right(self) -> float:
        """Right edge of the last glyph as placed (after justification)."""
        return self.glyphs[-1].right if self.glyphs else self.indent


@dataclass(frozen=True, slots=True)
class BreakOptions:
    """Switches for the rules that a style may want off (all on for the GB default)."""

    latin_spacing: bool = True
    """Quarter-em space between Han and Western letters or digits (clreq 3.2.3)."""
    justify: bool = True
    """Stretch every line but the last to the full width."""
    last_line: LastLine = "start"
    compress_punctuation: bool = True
    """Adjacent-mark compression, line-end trimming and push-in (clreq 3.1.6)."""
    avoid_widow: bool = True
    """Pull a character down so the last line never holds a single one."""


DEFAULT_OPTIONS: Final = BreakOptions()

# Character flags, computed once per distinct character.
_IDEO: Final = 1
_WORD: Final = 2
_SPACE: Final = 4
_LATIN: Final = 8
_START_NO: Final = 16
_END_NO: Final = 32
_CLOSE_HALF: Final = 64
_OPEN_HALF: Final = 128
_INSEP: Final = 256
_PUNCT: Final = 512
_NOBREAK: Final = 1024
_COMBINING: Final = 2048


@lru_cache(maxsize=16384)
def _flags(char: str) -> int:
    """Class bits of one character; cached because every paragraph asks about the same few
    thousand characters."""
    flags = 0
    if clreq.is_ideographic(char):
        flags |= _IDEO
    if clreq.is_break_space(char):
        flags |= _SPACE
    elif clreq.is_word_char(char):
        flags |= _WORD
    if clreq.is_latin_alnum(char):
        flags |= _LATIN
    if char in clreq.LINE_START_PROHIBITED:
        flags |= _START_NO
    if char in clreq.LINE_END_PROHIBITED:
        flags |= _END_NO
    if char in clreq.HALF_WIDTH_CLOSING:
        flags |= _CLOSE_HALF
    if char in clreq.HALF_WIDTH_OPENING:
        flags |= _OPEN_HALF
    if char in clreq.INSEPARABLE:
        flags |= _INSEP
    if clreq.is_punctuation(char):
        flags |= _PUNCT
    if char in clreq.NO_BREAK:
        flags |= _NOBREAK
    if clreq.is_combining(char):
        flags |= _COMBINING
    return flags


def is_widow(text: str) -> bool:
    """True if a last line holding ``text`` shows at most one character besides marks and
    spaces (``好。``, ``。”``): the "single character" line clreq asks to avoid."""
    count = 0
    for char in text:
        if clreq.is_break_space(char) or clreq.is_punctuation(char):
            continue
        count += 1
        if count > 1:
            return False
    return True


class _Atom(NamedTuple):
    """An unbreakable piece: text[start:end], last visible char ``vis`` (-1: only spaces),
    ``core`` the last visible char that is not a trailing line-start-prohibited mark. A named
    tuple, not a frozen dataclass: a Chinese paragraph makes one per character, and a frozen
    dataclass is several times slower to build."""

    start: int
    end: int
    vis: int
    core: int


class _Metrics:
    """Per-character widths of one paragraph and their prefix sums (per call, not shared)."""

    __slots__ = ("P", "Q", "adv", "blank", "flags", "gap", "ltrim", "rtrim", "shrink", "size", "text")

    def __init__(
        self,
        text: str,
        size: float,
        advance: Callable[[str], float],
        options: BreakOptions,
        measures: Sequence[tuple[int, int, Callable[[str], float]]] = (),
    ) -> None:
        n = len(text)
        widths: dict[str, float] = {}
        kinds: dict[str, int] = {}
        for char in set(text):
            widths[char] = float(advance(char))
            kinds[char] = _flags(char)
        self.text = text
        self.size = size
        self.flags = flags = [kinds[c] for c in text]
        self.adv = adv = [widths[c] for c in text]
        for first, stop, measure in measures:  # stretches set in another face (a bold heading run)
            own: dict[str, float] = {}
            for t in range(max(first, 0), min(stop, n)):
                char = text[t]
                found = own.get(char)
                if found is None:
                    found = own[char] = float(measure(char))
                adv[t] = found
        # The blank half a full-width mark can lose; zero for marks the face draws narrow.
        compress = options.compress_punctuation
        half_em = size / 2
        self.blank = blank = [
            (a - half_em) if compress and f & (_CLOSE_HALF | _OPEN_HALF) and a >= 0.75 * size
            else 0.0
            for f, a in zip(flags, adv, strict=True)
        ]
        self.ltrim = ltrim = [0.0] * n
        self.rtrim = rtrim = [0.0] * n
        self.gap = gap = [0.0] * n
        quarter = size / 4 if options.latin_spacing else 0.0
        base = 0  # flags of the last character that is not a combining mark
        for t in range(n - 1):
            p, q = flags[t], flags[t + 1]
            if not p & _COMBINING:
                base = p
            if p & _CLOSE_HALF and q & (_CLOSE_HALF | _OPEN_HALF):
                rtrim[t] = blank[t]
            elif p & _OPEN_HALF and q & _OPEN_HALF:
                ltrim[t + 1] = blank[t + 1]
            if (base & _IDEO and q & _LATIN) or (base & _LATIN and q & _IDEO):
                gap[t] = quarter
        self.shrink = shrink = [
            b if ltrim[t] == 0.0 and rtrim[t] == 0.0 else 0.0 for t, b in enumerate(blank)
        ]
        self.P = prefix = [0.0] * (n + 1)
        self.Q = squeeze = [0.0] * (n + 1)
        for t in range(n):
            prefix[t + 1] = prefix[t] + adv[t] - ltrim[t] - rtrim[t] + gap[t]
            squeeze[t + 1] = squeeze[t] + shrink[t]

    def end_trim(self, e: int) -> float:
        """Blank a closing mark loses at the line end (GB/T 15834 §5.1.10)."""
        return self.shrink[e] if self.flags[e] & _CLOSE_HALF else 0.0

    def width(self, s: int, e: int) -> float:
        """Natural width of a line whose first char is ``s`` and last visible char ``e``."""
        if e < s:
            return 0.0
        return self.P[e + 1] - self.P[s] - self.gap[e] + self.ltrim[s] - self.end_trim(e)

    def squeezable(self, s: int, e: int) -> float:
        """How much push-in can still take from the marks of that line."""
        if e < s:
            return 0.0
        return self.Q[e + 1] - self.Q[s] - self.end_trim(e)

    def min_width(self, s: int, e: int) -> float:
        return self.width(s, e) - self.squeezable(s, e)


def _atoms(m: _Metrics, keep: Collection[int] = ()) -> list[_Atom]:
    """Cut the text into break units and glue the ones a break may not separate (and, before
    each position in ``keep``, the ones a caller wants together: the characters of a word)."""
    text, flags = m.text, m.flags
    n = len(text)
    atoms: list[_Atom] = []
    start = 0
    vis = -1  # last visible char of the atom being built
    t = 0
    while t < n:
        f = flags[t]
        u = t + 1  # end of the unit starting at t
        if f & _WORD:  # accents belong to the word: "café" with a combining acute stays one
            while u < n and flags[u] & (_WORD | _COMBINING):
                u += 1
        elif f & _SPACE:
            while u < n and flags[u] & _SPACE:
                u += 1
        if t > 0:
            glue = bool(
                f & (_SPACE | _START_NO | _NOBREAK | _COMBINING)
                or flags[t - 1] & _NOBREAK
                or (vis >= 0 and flags[vis] & _END_NO)
                or (f & _INSEP and text[t - 1] == text[t])
                or t in keep
            )
            if not glue:
                atoms.append(_Atom(start, t, vis, _core(m, start, vis)))
                start = t
                vis = -1
        if not f & _SPACE:
            vis = u - 1
        t = u
    atoms.append(_Atom(start, n, vis, _core(m, start, vis)))
    return atoms


def _core(m: _Metrics, start: int, vis: int) -> int:
    core = vis
    while core > start and m.flags[core] & _START_NO:
        core -= 1
    return core


def _last_visible(m: _Metrics, s: int, e: int) -> int:
    """Index of the last non-space char in text[s:e], or s - 1 if there is none."""
    k = e - 1
    while k >= s and m.flags[k] & _SPACE:
        k -= 1
    return k


#: Inside an over-long Western run, the places a last-resort break prefers: after a hyphen or
#: a slash, where a reader expects a compound or a URL to continue (Chicago 6.80, 7.42).
_WORD_BREAK_AFTER: Final = frozenset("-/")


def _split_atom(m: _Metrics, s: int, atom_end: int, avail: float, lo: int | None = None) -> int:
    """Last-resort break inside an atom wider than the line: as many chars as fit (at
    least one), not between the two halves of ``——``/``……`` or before a combining mark if
    avoidable, and taking any spaces that would otherwise start the next line. The line
    starts at ``s``; the atom at ``lo`` (default ``s``), after what the line already holds."""
    flags, text = m.flags, m.text
    lo = s if lo is None else lo
    cut = lo + 1
    k = lo + 1
    while k < atom_end:
        if not flags[k] & _SPACE and m.min_width(s, k) > avail + _EPS:
            break
        k += 1
        cut = k
    if cut < atom_end and cut - 1 > lo and flags[cut] & _INSEP and text[cut] == text[cut - 1]:
        cut -= 1
    if cut < atom_end and flags[cut - 1] & _WORD and flags[cut] & _WORD:
        # inside a word, a number or a URL: after its last hyphen or slash if that gives up at
        # most three ems of the line (``…-v3.2.1-`` / ``Final-Draft``, ``…/tz/`` / ``202406``);
        # more would open wide gaps in a justified line
        full = m.width(s, cut - 1)
        for k in range(cut - 1, lo, -1):
            if full - m.width(s, k) > 3 * m.size:
                break
            if text[k] in _WORD_BREAK_AFTER and flags[k + 1] & _WORD and text[k + 1] not in _WORD_BREAK_AFTER:
                cut = k + 1
                break
    while cut < atom_end and cut - 1 > lo and flags[cut] & _COMBINING:
        cut -= 1  # an accent or variation selector is never separated from its base
    while cut < atom_end and flags[cut] & _SPACE:
        cut += 1
    return cut


def _fill(m: _Metrics, atoms: list[_Atom], width: float, indent: float) -> list[list[_Atom]]:
    """Greedy filling with push-in before push-out; returns the atoms of each line."""
    lines: list[list[_Atom]] = []
    queue = atoms[::-1]  # popped from the end; split remainders are pushed back
    while queue:
        avail = width - (indent if not lines else 0.0)
        first = queue.pop()
        s = first.start
        if m.min_width(s, first.vis) > avail + _EPS:
            cut = _split_atom(m, s, first.end, avail)
            if cut < first.end:
                head = _last_visible(m, s, cut)
                lines.append([_Atom(s, cut, head, head)])
                tail = _last_visible(m, cut, first.end)
                queue.append(_Atom(cut, first.end, tail, _core(m, cut, tail)))
                continue
        line = [first]
        while queue:
            atom = queue[-1]
            if m.width(s, atom.vis) <= avail + _EPS:
                line.append(queue.pop())
                continue
            if _pushed_in(m, s, atom, avail):
                line.append(queue.pop())  # push-in: the marks squeeze, the line keeps its chars
            elif m.min_width(atom.start, atom.vis) > width + _EPS and m.min_width(s, atom.start) <= avail + _EPS:
                # an atom no line can hold (a long URL) is split anyway: it starts here and fills
                # this line, which would otherwise be stretched over the whole measure
                cut = _split_atom(m, s, atom.end, avail, lo=atom.start)
                if atom.start < cut < atom.end and m.min_width(s, _last_visible(m, s, cut)) <= avail + _EPS:
                    queue.pop()
                    head = _last_visible(m, atom.start, cut)
                    line.append(_Atom(atom.start, cut, head, head))
                    tail = _last_visible(m, cut, atom.end)
                    queue.append(_Atom(cut, atom.end, tail, _core(m, cut, tail)))
            elif (soft := _soft_split(m, s, _line_vis(line), atom, avail)) is not None:
                # a long identifier or URL that would leave the line gappy starts here instead
                queue.pop()
                head = _last_visible(m, atom.start, soft)
                line.append(_Atom(atom.start, soft, head, head))
                tail = _last_visible(m, soft, atom.end)
                queue.append(_Atom(soft, atom.end, tail, _core(m, soft, tail)))
            break
        lines.append(line)
    return lines


#: A line left this many ems short by a long Western run (a code line, a URL, WScript.Shell),
#: at least this much per gap, would be justified with visibly wide gaps: the run is broken at
#: a soft place instead.
_SOFT_SLACK_EM: Final = 2.0
_SOFT_GAP_EM: Final = 0.3
#: Runs shorter than this (in ems) are ordinary words and never broken that way.
_SOFT_RUN_EM: Final = 4.0


def soft_break(text: str, i: int) -> bool:
    """Whether a long Western run may break before ``text[i]`` when the line would otherwise be
    stretched (Chicago 7.42 on URLs and code): after ``/ - _ ( = & ,``, or before a ``.`` that
    joins two names (``datetime.now``, ``WScript.Shell``; never inside a number such as 3.5).
    Two characters at least stay on each side."""
    if i < 2 or i > len(text) - 2:
        return False
    prev, char = text[i - 1], text[i]
    if prev in "/-_(=&," and char not in "/-_(=&,.)":
        return True
    return char == "." and (prev.isalpha() or prev == ")") and text[i + 1].isalpha()


def _soft_split(m: _Metrics, s: int, vis: int, atom: _Atom, avail: float) -> int | None:
    """Where to break ``atom``, a long Western run that does not fit on the line from ``s``
    (last visible char ``vis``), when leaving all of it to the next line would stretch that
    line by ``_SOFT_SLACK_EM`` or more, ``_SOFT_GAP_EM`` or more a gap: the last soft place
    (``soft_break``) whose head still fits. None otherwise (rare: the slack test comes first)."""
    flags, text, size = m.flags, m.text, m.size
    slack = avail - m.width(s, vis)
    if vis < s or slack < _SOFT_SLACK_EM * size:
        return None
    if atom.vis < 0 or any(not flags[t] & _WORD for t in range(atom.start, atom.core + 1)):
        return None
    if m.width(atom.start, atom.core) < _SOFT_RUN_EM * size:
        return None
    gaps = sum(1 for t in range(s, vis) if _expandable(text, flags, t))
    if gaps and slack / gaps < _SOFT_GAP_EM * size:
        return None
    run = text[atom.start : atom.core + 1]
    for k in range(len(run) - 2, 1, -1):
        if soft_break(run, k) and m.width(s, atom.start + k - 1) <= avail + _EPS:
            return atom.start + k
    return None


def _pushed_in(m: _Metrics, s: int, atom: _Atom, avail: float) -> bool:
    """Whether ``atom`` still ends the line from ``s`` by push-in: only its closing marks
    overflow, and squeezing the line's marks makes room for them."""
    closing_only = atom.core < atom.vis and m.width(s, atom.core) <= avail + _EPS
    return closing_only and m.min_width(s, atom.vis) <= avail + _EPS


def _line_vis(line: Sequence[_Atom]) -> int:
    for atom in reversed(line):
        if atom.vis >= 0:
            return atom.vis
    return line[0].start - 1


def _unwidow(m: _Metrics, lines: list[list[_Atom]], width: float) -> None:
    """Pull atoms down from the second-last line while the last line is a widow."""
    text = m.text
    while len(lines) >= 2 and len(lines[-2]) >= 2:
        last = lines[-1]
        if not is_widow(text[last[0].start : last[-1].end]):
            return
        moved = lines[-2][-1]
        new_last = [moved, *last]
        # The last line is never the first one here, so it has the full width. It must fit as
        # filling would have fitted it (push-in only for closing marks), or breaking the line
        # again on its own would split it.
        fits = m.width(moved.start, _line_vis(new_last)) <= width + _EPS
        if not (fits or _pushed_in(m, moved.start, new_last[-1], width)):
            return
        lines[-2] = lines[-2][:-1]
        lines[-1] = new_last


def _layout(
    m: _Metrics,
    s: int,
    e: int,
    width: float,
    indent: float,
    is_last: bool,
    options: BreakOptions,
) -> Line:
    """Place the glyphs of text[s:e]: compress, push in if needed, then justify."""
    text, flags, adv, blank = m.text, m.flags, m.adv, m.blank
    vis = _last_visible(m, s, e)
    count = vis - s + 1
    left = m.ltrim[s:vis + 1]
    right = m.rtrim[s:vis + 1]
    if count > 0:
        left[0] = 0.0  # an opening mark starting a line keeps its blank: nothing precedes it
        right[-1] += m.end_trim(vis)
    natural = indent + m.width(s, vis)
    limit = width
    if natural > limit + _EPS:
        need = natural - limit
        room = m.squeezable(s, vis)
        if room > 0:
            share = min(1.0, need / room)
            for k in range(count - 1 if count and flags[vis] & _CLOSE_HALF else count):
                t = s + k
                if m.shrink[t] > 0:
                    if flags[t] & _CLOSE_HALF:
                        right[k] += share * blank[t]
                    else:
                        left[k] += share * blank[t]
            natural -= share * room
    gaps = m.gap[s:vis] if vis > s else []  # (a slice, not a range: vis may be -1)
    stretch = (options.justify and not is_last) or (is_last and options.last_line == "justify")
    offset = indent
    if stretch and count > 1 and natural < limit:
        slots = [k for k in range(count - 1) if _expandable(text, flags, s + k)]
        if slots:
            extra = (limit - natural) / len(slots)
            for k in slots:
                gaps[k] += extra
    elif is_last and options.last_line in ("end", "center") and natural < limit:
        offset += (limit - natural) * (1.0 if options.last_line == "end" else 0.5)
    glyphs: list[Glyph] = []
    append = glyphs.append
    x = offset
    if count > 0:
        gaps.append(0.0)  # after the last visible glyph: nothing
    for char, width_t, cut_left, cut_right, gap in zip(text[s:vis + 1], adv[s:vis + 1], left, right, gaps,
                                                        strict=True):
        slot = width_t - cut_left - cut_right
        append(Glyph(char, x, slot, -cut_left))
        x += slot + gap
    for t in range(vis + 1, e):  # spaces hanging at the break
        append(Glyph(text[t], x, 0.0))
    return Line(text[s:e], s, tuple(glyphs), natural, indent, is_last)


def _expandable(text: str, flags: list[int], t: int) -> bool:
    """May the gap between text[t] and text[t+1] take justification space?"""
    q = flags[t + 1]
    while t > 0 and flags[t] & _COMBINING:
        t -= 1  # a combining mark stands for its base character
    p = flags[t]
    if q & (_SPACE | _NOBREAK | _COMBINING):
        return False
    if p & (_SPACE | _NOBREAK):
        return True
    if p & _WORD and q & _WORD:
        return False
    return not (p & _INSEP and text[t] == text[t + 1])


def break_paragraph(
    text: str,
    width: float,
    size: float,
    advance: Callable[[str], float],
    *,
    indent_em: float = 2.0,
    options: BreakOptions = DEFAULT_OPTIONS,
    keep: Collection[int] = (),
    measures: Sequence[tuple[int, int, Callable[[str], float]]] = (),
) -> tuple[Line, ...]:
    """Break ``text`` into lines of at most ``width`` points set at ``size`` points.

    ``advance(char)`` is the glyph's advance width in points at ``size``. The lines'
    texts concatenate back to ``text`` exactly. A line exceeds ``width`` only when it holds
    a single glyph wider than the column (or, with ``keep``, a word wider than it). ``keep``
    lists positions no line may start at: inside a word of a headline (陳水扁), which clreq
    would allow to break between any two Han characters. ``measures`` gives stretches
    ``(start, stop, advance)`` measured by another ``advance``: runs the caller draws in
    another face (a point's bold 黑 heading in a 宋 paragraph, whose ``·`` and digits have
    other widths).
    """
    if not text:
        return ()
    if width <= 0 or size <= 0:
        raise ValueError(f"width and size must be positive (got {width}, {size})")
    m = _Metrics(text, size, advance, options, measures)
    atoms = _atoms(m, keep)
    first = atoms[0]
    indent = indent_em * size  # negative: the first line hangs out left of the others (附件：1．…)
    if m.min_width(0, first.vis) <= width:
        indent = min(indent, max(0.0, width - m.min_width(0, first.vis)))
    else:  # a first piece wider than any line is split anyway: the indent stays, within reason
        indent = min(indent, width / 2)
    lines = _fill(m, atoms, width, indent)
    if options.avoid_widow:
        _unwidow(m, lines, width)
    last = len(lines) - 1
    return tuple(
        _layout(
            m,
            line[0].start,
            line[-1].end,
            width,
            indent if k == 0 else 0.0,
            k == last,
            options,
        )
        for k, line in enumerate(lines)
    )
