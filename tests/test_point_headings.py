"""A point that is one clause (a law's （一）…；) has no heading: every writer sets its numbering
alone in bold, and the summary's points line still lists the item."""

from __future__ import annotations

from convertkit.model import Document, Meta, Paragraph, Point
from convertkit.summarize.summary import points_line
from convertkit.writers.docx import _split_point
from convertkit.writers.epub_xhtml import split_point
from convertkit.writers.pdf import _heading_end

_ITEM = Point(number=1, heading="", text="（一）涉及金额较大、情节复杂的；", raw="x", label="（一）")
_HEADED = Point(number=2, heading="工作目标", text="（二）工作目标。到年底完成。", raw="x", label="（二）")


def test_writers_bold_the_numbering_of_an_item_without_heading() -> None:
    assert _split_point(_ITEM) == ("（一）", "涉及金额较大、情节复杂的；")
    assert split_point(_ITEM) == ("（一）", "涉及金额较大、情节复杂的；")
    assert _heading_end(_ITEM) == len("（一）")


def test_writers_bold_numbering_and_heading() -> None:
    assert _split_point(_HEADED) == ("（二）工作目标。", "到年底完成。")
    assert split_point(_HEADED) == ("（二）工作目标。", "到年底完成。")
    assert _heading_end(_HEADED) == len("（二）工作目标。")


def test_points_line_lists_items_without_heading() -> None:
    doc = Document(Meta(title="t"), (Paragraph(text="有下列情形之一的：", raw="x"), _ITEM,
                                     Point(number=2, heading="", text="（二）账目不清的。", raw="x", label="（二）")))
    line, headings = points_line(doc, [1, 2])
    assert line.endswith("：涉及金额较大、情节复杂的；账目不清的。")
    assert headings == ("涉及金额较大、情节复杂的", "账目不清的")
