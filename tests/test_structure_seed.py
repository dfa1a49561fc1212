"""The golden test: every fact issue 3 lists for the seed article, read from the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import lost_han
from convertkit.model import (
    Caption,
    Document,
    EditorLine,
    EditorNote,
    EndMark,
    Lead,
    Point,
    RelatedLinks,
    SeriesLabel,
    Source,
)
from convertkit.readers.base import Hints, split_lines
from convertkit.structure.build import build_document

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_5f66b059eaaa6a40.txt"


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    text = SEED.read_text(encoding="utf-8")
    return build_document(split_lines(text), Hints(), Source(path=str(SEED.name)))


def test_meta_facts(seed_doc: Document) -> None:
    meta = seed_doc.meta
    assert meta.title == "龙岩市委军民融合办主任张丽华：以红色资源促军民融合"
    assert meta.published == "2019-01-17T23:10"
    assert meta.agency == "中新网"
    assert meta.bureau == "福建新闻"
    assert meta.dateline is not None
    assert meta.dateline.date == "1月17日"
    assert meta.dateline.text == "中新网福建新闻1月17日电（林玲）"
    assert meta.dateline.raw == "中新网福建新闻1月17日电(林玲)"
    assert meta.reporters == ("林玲",)
    assert meta.photographers == ("李南轩",)
    assert meta.editors == ("黄今",)
    assert meta.series is not None
    assert meta.series.name == "福建军民融合新年新貌系列报道"
    assert meta.series.number == 9
    assert meta.language == "zh-Hans"


def test_editor_note_series_and_lead(seed_doc: Document) -> None:
    notes = seed_doc.blocks_of("editor_note")
    assert len(notes) == 1 and isinstance(notes[0], EditorNote)
    assert notes[0].label == "编者按"
    assert notes[0].text.startswith("2019年是新中国成立70周年")
    labels = seed_doc.blocks_of("series_label")
    assert len(labels) == 1 and isinstance(labels[0], SeriesLabel)
    assert labels[0].text == "福建军民融合新年新貌系列报道之九"
    leads = seed_doc.blocks_of("lead")
    assert len(leads) == 1 and isinstance(leads[0], Lead)
    assert leads[0].text.startswith("闽西老区龙岩")
    assert leads[0].raw.startswith("中新网福建新闻1月17日电(林玲)")


def test_captions(seed_doc: Document) -> None:
    captions = [block for block in seed_doc.blocks if isinstance(block, Caption)]
    starts = ("张丽华表示", "龙岩市委把军民融合发展工作纳入", "在龙岩市委的不断努力下")
    assert len(captions) == 3
    for caption, start in zip(captions, starts, strict=True):
        assert caption.text.startswith(start)
    assert [caption.photographer for caption in captions] == ["李南轩", None, None]
    assert "，，" not in captions[1].text and ",," not in captions[1].text


def test_points(seed_doc: Document) -> None:
    points = [block for block in seed_doc.blocks if isinstance(block, Point)]
    assert [point.heading for point in points] == [
        "健全融合体制机制",
        "开展产业帮扶共建",
        "加快融合项目建设",
        "促进军地协同创新",
        "支持优势民企参军",
    ]
    assert [point.number for point in points] == [1, 2, 3, 4, 5]
    assert points[0].text.startswith("第一，健全融合体制机制。")
    assert "三是加快推进" in points[1].text  # 三是 mid-paragraph is not a new point
    assert "。，" not in points[0].text


def test_body_count_and_end_mark(seed_doc: Document) -> None:
    body = [block for block in seed_doc.blocks if block.kind in ("lead", "paragraph", "point")]
    assert len(body) == 11
    ends = seed_doc.blocks_of("end_mark")
    assert len(ends) == 1 and isinstance(ends[0], EndMark)
    assert ends[0].text == "（完）"
    kinds = [block.kind for block in seed_doc.blocks]
    assert kinds[kinds.index("end_mark") - 1] == "point"
    last_point = [block for block in seed_doc.blocks if isinstance(block, Point)][-1]
    assert "完" not in last_point.text[-4:]


def test_related_links_and_editor_line(seed_doc: Document) -> None:
    related = [block for block in seed_doc.blocks if isinstance(block, RelatedLinks)]
    assert len(related) == 1
    assert related[0].label == "相关链接"
    titles = [item.title for item in related[0].items]
    assert len(titles) == 8
    assert titles[0] == "南平发改委总规划师詹仁光：建设军民融合科技创新平台"
    assert titles[2] == "三明市完善军民融合项目合作机制 助力民企抱团“参军”"
    assert titles[3].startswith("泉州\u5dff委")  # 巿 (U+5DFF) is kept, not folded to 市
    assert titles[7] == "构建福建军民融合大格局 省市军民融合办共商良策"
    assert seed_doc.blocks[-1] == EditorLine(text="【责任编辑：黄今】", raw="【责任编辑:黄今】")


def test_block_order_is_source_order(seed_doc: Document) -> None:
    kinds = [block.kind for block in seed_doc.blocks]
    assert kinds[:4] == ["editor_note", "series_label", "lead", "caption"]
    assert kinds[-2:] == ["related_links", "editor_line"]


def test_nothing_lost(seed_doc: Document) -> None:
    source = SEED.read_text(encoding="utf-8")
    assert not lost_han(source, seed_doc)
