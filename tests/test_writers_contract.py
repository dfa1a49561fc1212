"""Every registered writer handles every block kind, and the API picks formats by suffix."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import convertkit
from conftest import every_block_document
from convertkit.errors import UsageError
from convertkit.model.jsonio import document_from_dict, document_to_dict
from convertkit.writers import registry

TEXT_WRITERS = ("json", "txt")


@pytest.mark.parametrize("name", registry.names())
def test_writer_renders_every_block_kind(name: str) -> None:
    output = convertkit.render(every_block_document(), name)
    assert output, f"{name} wrote nothing"
    if name in TEXT_WRITERS:
        text = output.decode("utf-8")
        for needle in ("新中国成立70周年", "系列报道之九", "因红色而闻名", "稳步推进融合项目", "阶段性成效", "龙岩模式",
                       "健全融合体制机制", "（完）", "詹仁光", "立足产业特色", "责任编辑"):
            assert needle in text, f"{name} lost {needle}"


def test_json_round_trips_the_model() -> None:
    document = every_block_document()
    data = json.loads(convertkit.render(document, "json"))
    assert data["schema"] == "convertkit.document/1"
    assert [block["kind"] for block in data["blocks"]] == [block.kind for block in document.blocks]
    assert document_from_dict(data) == document
    assert document_to_dict(document_from_dict(data)) == data


def test_json_refuses_another_major_version() -> None:
    data = document_to_dict(every_block_document())
    data["schema"] = "convertkit.document/2"
    with pytest.raises(convertkit.InputError):
        document_from_dict(data)


def test_format_from_suffix_and_unknown_options(tmp_path: Path) -> None:
    document = every_block_document()
    convertkit.write(document, tmp_path / "a.json")
    assert json.loads((tmp_path / "a.json").read_text("utf-8"))["meta"]["title"] == document.meta.title
    with pytest.raises(UsageError):
        convertkit.write(document, tmp_path / "a.unknown")
    with pytest.raises(UsageError):
        convertkit.write(document, tmp_path / "b.json", no_such_option=1)
    with pytest.raises(UsageError):
        convertkit.write(document, io.BytesIO())


@pytest.mark.parametrize(
    ("text", "photographer", "credit"),
    [
        ("龙岩模式”。李南轩 摄", "李南轩", "李南轩 摄"),
        ("会议现场。（记者 张三 攝）", "张三", "（记者 张三 攝）"),
        ("会议召开。新华社记者 张三 李四 摄", "张三、李四", "新华社记者 张三 李四 摄"),
        ("会议现场（摄影 李四）", "李四", "（摄影 李四）"),
        ("会议现场。摄影：张三", "张三", "摄影：张三"),
        ("图为会场。 林玲 摄", "林玲", "林玲 摄"),
        ("图为张三在拍摄", "张三", ""),
        ("图为会场。", None, ""),
        ("民眾撐傘過馬路。圖／記者陳小明攝", "陳小明", "圖／記者陳小明攝"),
        ("民眾撐傘過馬路。（圖／陳小明攝）", "陳小明", "（圖／陳小明攝）"),
        ("市府補助三千元／陳小明攝", "陳小明", "陳小明攝"),
        ("國民黨主席朱立倫。（資料照，顏麟宇攝）", "顏麟宇", "（資料照，顏麟宇攝）"),
        ("天文台總部。（資料圖片／李澤彤攝）", "李澤彤", "（資料圖片／李澤彤攝）"),
        ("國防部長接受訪問。中央社記者王飛華攝\u3000113年11月24日", "王飛華", "中央社記者王飛華攝\u3000113年11月24日"),
        ("市長在議會答詢。記者楊正海／攝影", "楊正海", "記者楊正海／攝影"),
        ("市長宣布加強治安。（記者張三／攝影）", "張三", "（記者張三／攝影）"),
        ("超市貨架空空如也。攝：陳小明/端傳媒", "陳小明", "攝：陳小明/端傳媒"),
        ("交易所的交易員。Ryan Christopher Jones for The New York Times", "Ryan Christopher Jones",
         "Ryan Christopher Jones for The New York Times"),
    ],
)
def test_caption_credit_finds_the_whole_credit(text: str, photographer: str | None, credit: str) -> None:
    from convertkit.writers.masthead import caption_credit, split_credit

    assert caption_credit(text, photographer) == credit
    body, glued = split_credit(text, photographer)
    assert body + glued.replace("\u2060", "").replace("\u00a0", " ") == text
    assert text.startswith(body) and (not credit or "\u2060" in glued)


@pytest.mark.parametrize("name", TEXT_WRITERS)
def test_text_outputs_keep_a_credit_as_written(name: str) -> None:
    """Only the page writers glue a credit: TXT and JSON give the caption's own characters."""
    from convertkit.model import Caption, Document, Meta

    caption = Caption(text="图为会场。李南轩 摄", raw="图为会场。李南轩 摄", photographer="李南轩")
    text = convertkit.render(Document(meta=Meta(title="标题"), blocks=(caption,)), name).decode("utf-8")
    assert "李南轩 摄" in text and "\u2060" not in text and "\u00a0" not in text


@settings(max_examples=300, deadline=None)
@given(
    before=st.sampled_from(["会议现场。", "图为会场。 ", "民眾撐傘過馬路，", "", "（資料照，", "示意图"]),
    title=st.sampled_from(["", "记者", "新华社记者 ", "记者 ", "中央社記者", "圖／記者", "（", "（記者 ", "通讯员"]),
    names=st.lists(st.sampled_from(["张三", "李南轩", "王飞华", "欧阳明", "阿卜杜拉·买买提", "Ryan Jones", "李"]),
                   min_size=1, max_size=3, unique=True),
    separator=st.sampled_from(["、", " ", "\u3000", ""]),
    verb=st.sampled_from(["摄", "攝", " 摄", "摄影", "／攝影"]),
    after=st.sampled_from(["", "）", "　113年11月24日", " ", "）。"]),
    which=st.sampled_from(["all", "first", "other"]),
)
def test_caption_credit_agrees_with_the_names_spelled_out(before, title, names, separator, verb, after, which) -> None:
    """The credit pattern takes any names and checks them against the photographer's; it must find
    exactly what the pattern with the photographer's names spelled out finds."""
    import re

    from convertkit.writers.masthead import _credit_pattern, caption_credit

    text = before + title + separator.join(names) + verb + after
    photographer = "、".join({"all": names, "first": names[:1], "other": ["王五"]}[which])
    exact = r"[、\s]*".join(re.escape(name) for name in photographer.split("、"))
    spelled = re.search(_credit_pattern(exact), text)
    assert caption_credit(text, photographer) == (text[spelled.start():].lstrip() if spelled else "")


def test_the_meta_line_falls_back_to_the_datelines_day() -> None:
    """No publication time, but the dateline names the day (中新网12月1日电): the meta line shows it,
    as the summary does, and a reading copy with it reads back."""
    import convertkit
    from convertkit.model import Dateline, Document, Lead, Meta
    from convertkit.writers.masthead import meta_line

    meta = Meta(title="高圆圆赵又廷举行答谢宴", agency="中新网", reporters=("张曦",),
                dateline=Dateline(text="中新网12月1日电", raw="中新网12月1日电", agency="中新网", date="12月1日"))
    assert meta_line(meta) == "中新网 · 12月1日 · 记者 张曦"
    doc = Document(meta, (Lead(text="30日晚，两人在京举行答谢宴。", raw=""),))
    again = convertkit.read(convertkit.render(doc, "txt"))
    assert (again.meta.agency, again.meta.reporters, again.meta.published) == ("中新网", ("张曦",), None)
    assert [block.kind for block in again.blocks] == ["lead"]


def test_editors_only_the_container_named_are_shown_once() -> None:
    """An HTML page's 责任编辑 field reaches Meta.editors but no block: the reading copy (and the
    PDF, DOCX, EPUB, which print the same blocks) ends with an editor line; a text's own line is
    not repeated."""
    import convertkit
    from convertkit.model import Document, EditorLine, Lead, Meta
    from convertkit.writers.masthead import reading_blocks

    doc = Document(Meta(title="法国全国大罢工", editors=("尹世杰",)), (Lead(text="法国再次举行全国大罢工。", raw=""),))
    assert convertkit.render(doc, "txt").decode("utf-8").rstrip().endswith("【责任编辑：尹世杰】")
    again = convertkit.read(convertkit.render(doc, "txt"))
    assert again.meta.editors == ("尹世杰",)
    own = Document(doc.meta, (*doc.blocks, EditorLine(text="（编辑：尹世杰）", raw="（编辑：尹世杰）")))
    assert reading_blocks(own) == own.blocks
    roundup = Document(doc.meta, (*doc.blocks, EditorLine(text="（综合报道）", raw="（综合报道）")))
    assert reading_blocks(roundup)[-1] == EditorLine(text="【责任编辑：尹世杰】", raw="")  # a credit naming no editor
    hant = Document(Meta(title="大罷工", editors=("王小明",), language="zh-Hant"), doc.blocks)
    assert reading_blocks(hant)[-1] == EditorLine(text="【責任編輯：王小明】", raw="")
    from convertkit.model.jsonio import document_from_dict

    dumped = document_from_dict(json.loads(convertkit.render(doc, "json")))
    assert dumped.blocks == doc.blocks  # the model (and its JSON) keeps what was read


def test_the_masthead_date_falls_back_to_the_datelines_day() -> None:
    from convertkit.model import Dateline, Meta
    from convertkit.writers.masthead import article_date

    dated = Meta(title="标题", published="2019-01-17T23:10")
    assert article_date(dated) == "2019年1月17日"
    undated = Meta(title="标题", dateline=Dateline(text="中新网12月1日电", raw="中新网12月1日电", date="12月1日"))
    assert article_date(undated) == "12月1日" and article_date(Meta(title="标题")) == ""


def test_a_running_headers_title_is_cut_between_words() -> None:
    from convertkit.writers.masthead import short_title

    title = "台北看守所昨天派員前往監所等地點抽查前總統陳水扁的房舍引來扁的強烈不滿"
    assert title.index("陳水扁") == 21  # a cut at the 23rd character would leave 陳水
    cut = short_title(title)
    assert cut.endswith("…") and len(cut) <= 24 and title.startswith(cut[:-1])
    assert not cut[:-1].endswith(("陳", "陳水"))  # never inside a name
    assert short_title("短标题") == "短标题"
