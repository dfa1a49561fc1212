"""Chinese typography independent of any output format: clreq character classes, line breaking."""

from convertkit.typography.linebreak import BreakOptions, Glyph, Line, break_paragraph

__all__ = ["BreakOptions", "Glyph", "Line", "break_paragraph"]
