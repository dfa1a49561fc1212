"""Reading gaps of plain-text articles closed in the gaps11 round: a column's bracketed name above
the lead, a flash roll, an appointment notice's lead, names in a list of correspondents, a
two-paragraph note on the writer. Each test is a synthetic article in the real convention."""

from __future__ import annotations

from conftest import body_texts as body
from conftest import build_text as build

from convertkit.model import Heading, Lead, SeriesLabel

_STORY = "近日，某市发布报告，指出全市文化遗产保护面临新挑战。报告说，数字技术提供了新的途径。\n报告显示，全市已有一百处遗产地使用数字化手段进行记录。\n"

# --------------------------------------------------------------------------- a column's name above the lead


def test_a_bracketed_column_name_above_the_lead_is_the_series() -> None:
    for label, name in (("【光明视点】", "光明视点"), ("【环球深观察】", "环球深观察"), ("【光明论坛】", "光明论坛")):
        doc = build("让文化遗产活起来\n2026-12-07 08:30  来源：光明日报\n" + label + "\n光明日报记者 张三\n" + _STORY)
        assert doc.meta.series is not None and doc.meta.series.name == name, label
        assert doc.meta.series.raw == label
        assert not any(isinstance(block, Heading) for block in doc.blocks), label
        assert isinstance(doc.blocks[0], SeriesLabel) and isinstance(doc.blocks[1], Lead)
        assert body(doc) == _STORY.split()


def test_a_bracketed_column_name_over_the_headline_is_the_series() -> None:
    doc = build("【新华视点】\n多地加快推进老旧小区改造\n新华社北京12月6日电（记者张三、李四）" + _STORY)
    assert doc.meta.title == "多地加快推进老旧小区改造"
    assert doc.meta.series is not None and doc.meta.series.name == "新华视点"
    # a topic tag that names no column stays a header line, no series
    doc = build("【颱風】\n多地加快推进老旧小区改造\n新华社北京12月6日电（记者张三、李四）" + _STORY)
    assert doc.meta.title == "多地加快推进老旧小区改造" and doc.meta.series is None


def test_a_bracketed_section_name_is_still_a_heading() -> None:
    # a section's label that names no column, before the lead of an excerpt, and a column's name after the lead
    doc = build("韩日关系缘何回暖\n【美国因素】\n当然，两国关系改善离不开美国因素。\n专家说，从安全角度来看，两国都是美国的盟友。\n")
    assert doc.meta.series is None and any(isinstance(block, Heading) for block in doc.blocks)
    doc = build("让文化遗产活起来\n" + _STORY + "【专家观察】\n" + _STORY)
    assert doc.meta.series is None
    assert [block.text for block in doc.blocks if isinstance(block, Heading)] == ["专家观察"]
