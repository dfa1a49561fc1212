"""Shapes of outlets the earlier probes had not read: overseas Chinese-language services (their
dated flashes and closing credits), wire lists and app tags closing a story, press releases'
datelines, helpline notices. Each test names the convention it guards, with invented text."""

from __future__ import annotations

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import EditorLine
from convertkit.structure.dateline import match_dateline

# --------------------------------------------------------------------------- datelines


def test_bracketed_flash_with_its_day_names_the_outlet_and_the_day() -> None:
    # 大紀元 / 新唐人 / 看中國: 【大紀元2024年11月24日訊】（大紀元記者張三紐約報導）… · 共同社: 【共同社11月24日电】
    doc = build("某市公布經濟數據\n【大紀元2024年11月24日訊】（大紀元記者張三紐約報導）某市統計局近日公布的經濟數據引發外界討論。\n"
                "多名經濟學家表示，數據仍需觀察。\n（責任編輯：李四）\n")
    dateline = doc.meta.dateline
    assert dateline is not None and (dateline.agency, dateline.place, dateline.date) == ("大紀元", "紐約", "2024年11月24日")
    assert doc.meta.reporters == ("張三",) and body(doc)[0].startswith("某市統計局")
    assert doc.meta.published == "2024-11-24" and doc.meta.editors == ("李四",)
    found = match_dateline("【新唐人北京時間2024年11月24日訊】某地近日發生一起事件。")
    assert found is not None and (found.agency, found.date) == ("新唐人", "2024年11月24日")
    found = match_dateline("【共同社11月24日电】日本首相24日出席在巴西举行的峰会。")
    assert found is not None and (found.agency, found.date) == ("共同社", "11月24日")
    found = match_dateline("【本报北京11月24日电】国务院新闻办公室今日举行发布会。")
    assert found is not None and (found.place, found.date) == ("北京", "11月24日")
    found = match_dateline("【看中國2024年11月24日訊】（看中國記者張三綜合報導）某地近日發生一起事件。")
    assert found is not None and found.reporters == ("張三",) and found.place is None


def test_report_credit_after_a_flash_names_the_place_it_was_filed_from() -> None:
    found = match_dateline("【本報訊】（記者張三／台北報導）行政院今天通過明年度預算案。")
    assert found is not None and found.reporters == ("張三",) and found.place == "台北"


def test_a_dateline_day_with_its_year_dates_the_story() -> None:
    doc = build("某标题在此\n新华社北京2024年11月24日电（记者张三）国务院新闻办公室今日举行发布会，介绍有关情况。\n")
    assert doc.meta.published == "2024-11-24"
    doc = build("某标题在此\n新华社北京11月24日电（记者张三）国务院新闻办公室今日举行发布会，介绍有关情况。\n")
    assert doc.meta.published is None


# --------------------------------------------------------------------------- closing lines


def test_reporter_and_editor_closing_in_one_bracket_parted_by_a_slash() -> None:
    # 新唐人 / 希望之聲: （記者張三報導/責任編輯：李四） · （記者張三綜合報導／責任編輯：李四）
    for closing in ("（記者張三報導/責任編輯：李四）", "（記者張三綜合報導／責任編輯：李四）"):
        doc = build(f"某地發生抗議\n【新唐人2024年11月24日訊】某地近日發生民眾抗議事件。\n據知情人士透露，當局已派出大批警力。\n{closing}\n")
        assert doc.meta.reporters == ("張三",) and doc.meta.editors == ("李四",)
        assert isinstance(doc.blocks[-1], EditorLine) and body(doc)[-1].startswith("據知情人士")
