"""reportlab's parse of our faces is slimmed after registration without changing what it reads."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile

from convertkit.fonts import load_fonts
from convertkit.writers.pdf_cjk import registered_name


def test_registered_face_reads_the_same_metrics_from_compact_storage():
    face = load_fonts().face("serif", False)
    parsed = pdfmetrics.getFont(registered_name(face)).face
    reference = TTFontFile(str(face.path))
    assert parsed.glyphToChar == {}
    assert len(parsed.hmetrics) == len(reference.hmetrics)
    assert len(parsed.glyphPos) == len(reference.glyphPos)
    step = max(1, len(reference.hmetrics) // 997)
    for gid in range(0, len(reference.hmetrics), step):
        assert parsed.hmetrics[gid] == reference.hmetrics[gid]
        assert parsed.glyphPos[gid] == reference.glyphPos[gid]
    assert parsed.glyphPos[-1] == reference.glyphPos[-1]
    assert parsed.charToGlyph == reference.charToGlyph
    assert parsed.charWidths == reference.charWidths
