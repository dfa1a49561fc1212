"""Reading gaps of plain-text articles closed in the gaps16 round: a reader mode's unlabelled
byline, an editor's note of several paragraphs over the story, a column's tag at the head of a
lead, a page's tag row under the story, a page's stamp and credit line of its own. Each test is a
synthetic article in the real convention."""

from __future__ import annotations

import pytest

from conftest import body_texts as body
from conftest import build_text as build

_TITLE = "我国首台自主研发超大直径盾构机下线\n"
_STORY = "由我国自主研发的首台超大直径盾构机10日在湖南长沙下线，标志着我国在该领域取得重要突破。\n据介绍，该盾构机开挖直径达16米，整机长约150米。\n"


# --------------------------------------------------------------------------- a reader mode's byline


@pytest.mark.parametrize("line", [
    "王晓明 李娜 · 新华网 · 2024-05-10",
    "王晓明 李娜 | 新华网 | 2024-05-10 08:30",
    "王晓明 李娜｜新华网｜2024-05-10",
])
def test_a_reader_modes_byline_gives_writers_outlet_and_date(line: str) -> None:
    doc = build(_TITLE + line + "\n" + _STORY)
    assert doc.meta.reporters == ("王晓明", "李娜")
    assert doc.meta.agency == "新华网" and doc.meta.published is not None and doc.meta.published.startswith("2024-05-10")
    assert line in doc.meta.header_raw
    assert body(doc) == _STORY.split()


def test_a_reader_modes_byline_of_one_writer_or_of_words_only() -> None:
    doc = build(_TITLE + "王晓明 · 新华网 · 2024-05-10\n" + _STORY)
    assert doc.meta.reporters == ("王晓明",) and doc.meta.agency == "新华网"
    doc = build(_TITLE + "2024-05-10 08:30 · 来源：人民网\n" + _STORY)
    assert doc.meta.agency == "人民网" and doc.meta.reporters == ()
    # words that are no names beside the date stay what they were: no writers made of them
    doc = build(_TITLE + "高温 暴雨 · 2024-05-10\n" + _STORY)
    assert doc.meta.reporters == ()
