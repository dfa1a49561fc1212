"""Every registered writer handles every block kind, and the API picks formats by suffix."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import convertkit
from convertkit.errors import UsageError
from convertkit.model import (
    BLOCK_TYPES,
    Caption,
    Dateline,
    Document,
    EditorLine,
    EditorNote,
    EndMark,
    Heading,
    Lead,
    LinkItem,
    Meta,
    Paragraph,
    Point,
    RelatedLinks,
    Series,
    SeriesLabel,
)
from convertkit.model.jsonio import document_from_dict, document_to_dict
from convertkit.writers import registry


def every_block_document() -> Document:
    blocks = (
        EditorNote(text="编者按：说明一下背景。", raw="编者按:说明一下背景。"),
        SeriesLabel(text="测试系列报道之一", raw="测试系列报道之一"),
        Lead(text="导语第一段，有A&B <标签> 与“引号”。", raw="导语"),
        Heading(text="小标题在这里", raw="小标题在这里"),
        Paragraph(text="正文段落，数字3.5与GDP。", raw="正文"),
        Caption(text="图为现场。张三 摄", raw="图为现场。张三 摄", photographer="张三"),
        Point(number=1, heading="健全机制", text="第一，健全机制。后续内容。", raw="第一,健全机制。后续内容。", label="第一"),
        EndMark(text="（完）", raw="(完)"),
        RelatedLinks(label="相关链接", items=(LinkItem(title="链接甲", raw="链接甲"),
                                          LinkItem(title="链接乙", raw="链接乙", url="https://example.org/a?b=1&c=2"))),
        EditorLine(text="【责任编辑：李四】", raw="【责任编辑:李四】"),
    )
    assert {type(block) for block in blocks} == set(BLOCK_TYPES), "the sample must cover every block kind"
    meta = Meta(
        title="标题：测试<文章>&“全部”",
        published="2019-01-17T23:10",
        agency="中新网",
        bureau="福建新闻",
        dateline=Dateline(text="中新网福建新闻1月17日电（王五）", raw="中新网福建新闻1月17日电(王五)", agency="中新网",
                          bureau="福建新闻", date="1月17日"),
        reporters=("王五",),
        photographers=("张三",),
        editors=("李四",),
        series=Series(name="测试系列报道", number=1),
        keywords=("测试", "机制"),
    )
    return Document(meta=meta, blocks=blocks)


TEXT_WRITERS = ("json", "txt")


@pytest.mark.parametrize("name", registry.names())
def test_writer_renders_every_block_kind(name: str) -> None:
    output = convertkit.render(every_block_document(), name)
    assert output, f"{name} wrote nothing"
    if name in TEXT_WRITERS:
        text = output.decode("utf-8")
        for needle in ("说明一下背景", "测试系列报道之一", "导语第一段", "小标题在这里", "正文段落", "图为现场",
                       "健全机制", "（完）", "链接甲", "链接乙", "责任编辑"):
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
