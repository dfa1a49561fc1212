"""Flashes, wire openers and credits found by probing shapes we had not tried (market wires'
flashes, labelled bylines, closing notes): each test names the convention it guards, with
invented text in the outlet's layout."""

from __future__ import annotations

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.structure.dateline import match_dateline
from convertkit.structure.people import looks_like_names, split_names


def test_market_wire_day_before_a_bar_or_comma_is_a_dateline() -> None:
    # 格隆汇: 格隆汇7月26日丨… / 格隆汇7月2日，…
    doc = build("格隆汇7月26日丨某某科技公告，公司拟以每股12.5港元配售新股，募资约8亿港元。\n")
    assert doc.meta.agency == "格隆汇" and doc.meta.dateline is not None
    assert doc.meta.dateline.date == "7月26日" and body(doc)[0].startswith("某某科技公告")
    found = match_dateline("格隆汇7月2日，欧洲央行管委某某表示，央行可能不需要继续收紧政策。")
    assert found is not None and found.agency == "格隆汇" and found.text == "格隆汇7月2日，"


def test_a_day_after_an_unlisted_name_is_no_dateline() -> None:
    # only a listed outlet: a sentence's subject and a day are the story
    assert match_dateline("某某公司7月2日，宣布回购股份。") is None
    assert match_dateline("格隆汇7月2日发布的数据显示，某行业增长放缓。") is None


def test_outlet_app_learnt_opener_is_a_dateline() -> None:
    # 智通财经: 智通财经APP获悉，… (after a bracketed headline in its telegraph)
    doc = build("某某科技拟配售新股\n智通财经APP获悉，某某科技发布公告，公司拟配售新股，募资约8亿港元。\n")
    assert doc.meta.agency == "智通财经" and doc.meta.dateline is not None
    assert body(doc)[0].startswith("某某科技发布公告")
    doc = build("【野村：重申某汽车“买入”评级】智通财经APP获悉，野村发布报告称，上调某汽车目标价。\n")
    assert doc.meta.agency == "智通财经" and doc.meta.title == "野村：重申某汽车“买入”评级"
    # the outlet's reporter learning from someone is a sentence, not the opener
    assert match_dateline("智通财经记者从知情人士处获悉，某公司将于下月上市。") is None


def test_flash_label_before_a_wire_dateline() -> None:
    # 【快讯】财联社11月24日电，…: a two-character label before the dateline, as a headline stands
    doc = build("【快讯】财联社11月24日电，某某银行宣布下调存款利率10个基点，自明日起执行。\n")
    assert doc.meta.agency == "财联社" and doc.meta.dateline is not None
    assert doc.meta.dateline.date == "11月24日" and "【快讯】" not in doc.meta.title


def test_label_and_slash_before_a_name_are_not_one_name() -> None:
    # 文/张三: 文 is a surname, but a slash parts the label from the writer
    assert split_names("文/张三") == ("张三",) and split_names("文／张三 李四") == ("张三", "李四")
    assert not looks_like_names("文/张三") and looks_like_names("张三/李四")
    assert split_names("记者 刘 琳、王 五") == ("刘琳", "王五")  # a space inside a name still closes up
    doc = build("人工智能会取代记者吗\n文/张三\n\n人工智能的发展引发了关于新闻业未来的讨论。\n\n我认为判断力无法被取代。\n")
    assert doc.meta.reporters == ("张三",)
