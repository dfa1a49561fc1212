"""OpenCC script conversion over the model: display text converted, source text and identity kept."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convertkit.errors import UsageError
from convertkit.model import (
    Caption,
    Dateline,
    Document,
    EditorLine,
    LinkItem,
    Meta,
    Paragraph,
    Point,
    RelatedLinks,
    Series,
    Source,
)
from convertkit.transforms.script_convert import CONVERSIONS, convert_script


def traditional_document() -> Document:
    meta = Meta(
        title="日韓關系現回暖跡象",
        published="2022-07-23",
        agency="中央社",
        dateline=Dateline(text="中央社記者王小明台北17日電", raw="中央社記者王小明台北17日電", agency="中央社", place="台北"),
        reporters=("王小明",),
        editors=("張國強",),
        series=Series(name="兩岸觀察", number=3, raw="兩岸觀察之三"),
        language="zh-Hant",
        region="TW",
        keywords=("韓國", "外交"),
        source=Source(path="/data/新聞.json", encoding="utf-8", format="json", url="https://例子.tw/新聞", record=2),
    )
    blocks = (
        Paragraph(text="據韓聯社報道，韓國外交部長官訪問日本。", raw="據韓聯社報道，韓國外交部長官訪問日本。"),
        Caption(text="圖為會談現場。（記者何宗翰攝）", raw="圖為會談現場。（記者何宗翰攝）", photographer="何宗翰"),
        Point(number=1, heading="第一，擴大經濟合作", text="第一，擴大經濟合作。", raw="第一，擴大經濟合作。", label="第一"),
        RelatedLinks(label="相關鏈接", items=(LinkItem(title="兩國關係發展", raw="兩國關係發展", url="https://x.tw/a"),)),
        EditorLine(text="責任編輯：張國強", raw="責任編輯：張國強"),
    )
    return Document(meta=meta, blocks=blocks)


def test_t2s_converts_every_display_field():
    document = convert_script(traditional_document(), "t2s")
    meta = document.meta
    assert meta.title == "日韩关系现回暖迹象"
    assert meta.dateline.text == "中央社记者王小明台北17日电"
    assert meta.reporters == ("王小明",) and meta.editors == ("张国强",)
    assert meta.series.name == "两岸观察"
    assert meta.keywords == ("韩国", "外交")
    assert meta.language == "zh-Hans"
    paragraph, caption, point, related, editor = document.blocks
    assert paragraph.text == "据韩联社报道，韩国外交部长官访问日本。"
    assert caption.text == "图为会谈现场。（记者何宗翰摄）" and caption.photographer == "何宗翰"
    assert point.heading == "第一，扩大经济合作" and point.label == "第一" and point.number == 1
    assert related.label == "相关链接" and related.items[0].title == "两国关系发展"
    assert editor.text == "责任编辑：张国强"


def test_source_text_and_identity_never_converted():
    original = traditional_document()
    document = convert_script(original, "t2s")
    assert document.meta.source == original.meta.source
    assert document.meta.published == original.meta.published
    assert document.meta.dateline.raw == original.meta.dateline.raw
    assert document.meta.series.raw == original.meta.series.raw
    for before, after in zip(original.blocks, document.blocks, strict=True):
        if hasattr(before, "raw"):
            assert after.raw == before.raw
    assert document.blocks[3].items[0].url == "https://x.tw/a"
    assert original.meta.title == "日韓關系現回暖跡象"  # the input document is untouched (frozen)


@pytest.mark.parametrize(("conversion", "region", "tag", "sample"), [
    ("s2t", "TW", "zh-TW", "發展"),
    ("s2tw", "TW", "zh-TW", "灣經濟發展"),
    ("s2hk", "HK", "zh-HK", "發展"),
])
def test_simplified_to_traditional_sets_language_and_region(conversion, region, tag, sample):
    meta = Meta(title="台湾经济发展", language="zh-Hans", region="TW" if conversion == "s2t" else "CN")
    document = convert_script(Document(meta=meta, blocks=(Paragraph(text="经济发展", raw="经济发展"),)), conversion)
    assert document.meta.language == "zh-Hant"
    assert document.meta.region == region
    assert document.meta.language_tag == tag
    assert sample in document.meta.title
    assert document.blocks[0].raw == "经济发展"


def test_s2t_drops_a_mainland_region():
    document = convert_script(Document(meta=Meta(title="新闻", region="CN"), blocks=()), "s2t")
    assert document.meta.region is None and document.meta.language_tag == "zh-TW"


def test_unknown_conversion_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown script conversion 'x2y'"):
        convert_script(traditional_document(), "x2y")


def test_conversions_table_matches_the_cli_choices():
    assert set(CONVERSIONS) == {"t2s", "s2t", "s2tw", "s2hk"}


_TRAD = "國關經濟發展據報導會談現場記者攝圖為兩岸觀察臺灣東亞協議"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet=_TRAD, min_size=1, max_size=20), min_size=1, max_size=4))
def test_round_trip_keeps_structure_and_raw(texts):
    blocks = tuple(Paragraph(text=text, raw=text) for text in texts)
    document = Document(meta=Meta(title=texts[0], language="zh-Hant"), blocks=blocks)
    simplified = convert_script(document, "t2s")
    assert [type(b) for b in simplified.blocks] == [type(b) for b in document.blocks]
    assert [b.raw for b in simplified.blocks] == list(texts)
    assert all(len(a.text) == len(b.text) for a, b in zip(simplified.blocks, document.blocks, strict=True))
    assert dataclasses.replace(convert_script(simplified, "t2s")) == simplified  # idempotent


def test_quotation_marks_follow_the_script() -> None:
    """Taiwan and Hong Kong quote with corner brackets, the mainland with curly quotes; OpenCC
    leaves marks alone, so the conversion swaps them, and never an apostrophe in Latin text."""
    from convertkit.model import Document, Meta, Paragraph
    from convertkit.transforms.script_convert import convert_script

    simplified = Document(Meta(title="他说“好”"), (Paragraph(text="他说：“我们要‘参军’！”在Xi’an。", raw="x"),))
    traditional = convert_script(simplified, "s2tw")
    assert traditional.meta.title == "他說「好」"
    assert traditional.blocks[0].text == "他說：「我們要『參軍』！」在Xi’an。" and traditional.blocks[0].raw == "x"
    back = convert_script(traditional, "t2s")
    assert back.blocks[0].text == "他说：“我们要‘参军’！”在Xi’an。"
