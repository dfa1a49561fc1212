"""Every registered writer handles every block kind, and the API picks formats by suffix."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

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
