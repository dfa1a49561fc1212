"""Emoji sequences in the PDF: a keycap (1️⃣), a flag (🇨🇳), a family (👨‍👩‍👧) as the one glyph
the emoji face draws for it.

The emoji face (Noto Emoji) makes these sequences ligatures through its GSUB table, which Word,
LibreOffice and every EPUB reading system apply: the DOCX and EPUB subsets keep it
(``fonts._shaped_subset``). Our PDF draws glyph by glyph, one per character, so it drew 1 and a
box, C and N, three faces. HarfBuzz (``uharfbuzz``) shapes each sequence with the face, exactly as
those applications do; when it gives one glyph that no single character names, the sequence is
replaced, before the line breaker sees the text, by a character of Supplementary Private Use
Area-A numbered by that glyph (U+F0000 + glyph id), and only such a stand-in is drawn with the
emoji face (``is_ligature``): a private character of a text's own is reported, as before. The emoji face's reportlab face maps that
character to the glyph, and the subset's ToUnicode map gives the sequence back, so copying and
``pdftotext`` read 1⃣, 🇨🇳 and 👨‍👩‍👧, not a private character.

A sequence the face cannot join (it shapes to several glyphs) stays as it was, drawn as its
parts; so does one whose glyph is one of its own characters' (👍🏽 is 👍 in a face without colour).
"""

from __future__ import annotations

import threading
from functools import cache
from typing import TYPE_CHECKING

from .. import regex_cache
from .pdf_fonts import is_sequence, register_sequence

if TYPE_CHECKING:
    from ..fonts import FontFace

#: Where the characters standing for ligature glyphs start: Supplementary Private Use Area-A,
#: which no text of ours holds, with room for every glyph id a face can have.
LIGATURE_BASE = 0xF0000

_ZWJ, _VARIATIONS, _SKIN_TONES = "\u200d", "\ufe0e\ufe0f", "\U0001f3fb-\U0001f3ff"
_PICTOGRAPH = f"(?:[\u00a9\u00ae\u203c-\u3299\U0001f000-\U0001faff][{_VARIATIONS}]?[{_SKIN_TONES}]?)"
# The sequences a face may join: a keycap, a flag's two regional indicators, a subdivision flag's
# tags, and pictographs joined by zero-width joiners (a skin tone, a variation selector each).
_SEQUENCE = regex_cache.compile(
    f"[0-9#*][{_VARIATIONS}]?\u20e3"
    "|[\U0001f1e6-\U0001f1ff]{2}"
    "|\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f"
    f"|{_PICTOGRAPH}(?:{_ZWJ}{_PICTOGRAPH})+"
)
# A character that only occurs in such a sequence: a text without one has none (the fast path).
_MARKS = frozenset("\u20e3\u200d") | frozenset(map(chr, range(0x1F1E6, 0x1F200))) | {"\U000e007f"}
_PRIVATE = chr(LIGATURE_BASE)


def is_ligature(char: str) -> bool:
    """Whether ``char`` stands for a ligature glyph of the emoji face (``join_sequences``): only
    the stand-ins this process registered, never a private character a text holds itself."""
    return is_sequence(ord(char))


def joined_sequences(text: str, face: FontFace) -> tuple[tuple[int, int, str], ...]:
    """Each emoji sequence of ``text`` that ``face`` joins into one glyph, as (start, end, the
    character standing for that glyph, registered with the face as it is met): the one
    segmentation of emoji clusters every writer measures and sets with. None in a text that
    holds supplementary private characters of its own: no stand-in may be taken for one."""
    if _MARKS.isdisjoint(text) or max(text) >= _PRIVATE:
        return ()
    shaper = _shaper(face)
    found = []
    for match in _SEQUENCE.finditer(text):
        char = shaper.joined(match.group())
        if len(char) == 1:  # a sequence is two characters or more: one is its glyph's stand-in
            found.append((match.start(), match.end(), char))
    return tuple(found)


def join_sequences(text: str, face: FontFace) -> str:
    """``text`` with every emoji sequence that ``face`` joins into one glyph replaced by the
    character standing for that glyph (``joined_sequences``)."""
    return join_with_origins(text, face)[0]


def join_with_origins(text: str, face: FontFace) -> tuple[str, tuple[int, ...] | None]:
    """``join_sequences``'s text and, for each of its characters and its end, the position in
    ``text`` it comes from (None: nothing joined, the text is ``text``): a break the line
    breaker finds in the joined text is a break in ``text`` (the DOCX's headline measures)."""
    sequences = joined_sequences(text, face)
    if not sequences:
        return text, None
    pieces: list[str] = []
    origins: list[int] = []
    position = 0
    for start, end, char in sequences:
        pieces.append(text[position:start])
        origins.extend(range(position, start))
        pieces.append(char)
        origins.append(start)
        position = end
    pieces.append(text[position:])
    origins.extend(range(position, len(text) + 1))
    return "".join(pieces), tuple(origins)


class _Shaper:
    """The emoji face in HarfBuzz, and what its reportlab face knows; per process (``_shaper``)."""

    def __init__(self, face: FontFace) -> None:
        import uharfbuzz
        from reportlab.pdfbase import pdfmetrics

        from .pdf_fonts import registered_name

        self._hb = uharfbuzz
        self._font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(face.path))))
        self._reportlab = pdfmetrics.getFont(registered_name(face)).face
        self._glyph_of = self._reportlab.charToGlyph
        self._joined: dict[str, str] = {}
        self._lock = threading.Lock()  # documents rendered in threads share the reportlab face

    def joined(self, sequence: str) -> str:
        found = self._joined.get(sequence)
        if found is None:
            with self._lock:
                found = self._joined[sequence] = self._join(sequence)
        return found

    def _join(self, sequence: str) -> str:
        buffer = self._hb.Buffer()
        buffer.add_str(sequence)
        buffer.guess_segment_properties()
        self._hb.shape(self._font, buffer, {})
        drawn = [info.codepoint for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
                 if position.x_advance]  # a variation selector shapes to an empty glyph
        if len(drawn) != 1 or drawn[0] > 0xFFFD or any(self._glyph_of.get(ord(c)) == drawn[0] for c in sequence):
            return sequence  # not joined, or joined into one of its own characters (👍🏽 as 👍)
        glyph = drawn[0]
        char = chr(LIGATURE_BASE + glyph)
        face = self._reportlab
        if ord(char) not in face.charToGlyph:
            face.charToGlyph[ord(char)] = glyph
            face.charWidths[ord(char)] = face._pdfScale(face.hmetrics[glyph][0])
            # what extraction reads: the sequence without the selectors and tones it does not draw
            register_sequence(ord(char), "".join(c for c in sequence if c not in "\ufe0e\ufe0f"
                                                 and not "\U0001f3fb" <= c <= "\U0001f3ff"))
        return char


@cache
def _shaper(face: FontFace) -> _Shaper:
    """The explicit per-process cache of the emoji face's shaper (one face in practice)."""
    return _Shaper(face)
