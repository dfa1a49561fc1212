"""Reader gaps left on real crawler records and texts, probed with synthetic articles in their
shapes (invented events and names): shared wire picture credits, a picture desk after the
photographer's credit, credits glued to a one-line body's end, column tags opening a title,
closing credit lines, captions kept out of summaries."""

from __future__ import annotations

from convertkit.model import Caption, Document, Lead, Paragraph, Source
from convertkit.readers.base import Hints, split_lines
from convertkit.structure.build import build_document
from convertkit.structure.captions import photographer_of


def build(text: str, hints: Hints | None = None) -> Document:
    return build_document(split_lines(text), hints or Hints(), Source())


def body(doc: Document) -> list[str]:
    return [block.text for block in doc.blocks if isinstance(block, Lead | Paragraph)]


def captions(doc: Document) -> list[Caption]:
    return [block for block in doc.blocks if isinstance(block, Caption)]


# --------------------------------------------------------------------------- picture credits


def test_a_home_wire_sharing_a_foreign_wires_picture_closes_a_caption() -> None:
    # 新华网's channels: （新华/法新）, （新华社/路透） after a picture's one sentence
    doc = build(
        "某国议会通过预算案\n"
        "某国议会周二以多数票通过了新年度预算案，预算总额比上年增加百分之三，执政党称此举将稳定财政。\n"
        "3月2日，某国首都，议会大楼外景。（新华/法新）\n"
        "反对党议员则批评预算案忽视地方需求，并表示将在下次会期提出修正案，双方分歧仍然明显。\n"
    )
    assert [c.text for c in captions(doc)] == ["3月2日，某国首都，议会大楼外景。（新华/法新）"]
    assert len(body(doc)) == 2
    plain = build("某地举行会议\n某地周二举行会议，讨论新一年的工作安排，与会者发言踊跃。（新华）\n")
    assert captions(plain) == []


def test_a_picture_desk_after_the_photographers_credit_keeps_the_photographer() -> None:
    assert photographer_of("5月3日，某中学学生在操场上晨练。王小明摄 光明图片/视觉中国") == ("王小明",)
    assert photographer_of("学生在操场上晨练。刘一鸣 摄 视觉中国") == ("刘一鸣",)
    assert photographer_of("学生在操场上晨练。光明图片/视觉中国") is None
