"""Shared fixtures: where the seed and the corpus are, and small helpers for real artefacts."""

from __future__ import annotations

import atexit
import dataclasses
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# The test command (scripts/test, CI) sets HYPOTHESIS_PROFILE=ci: the same examples every run, so
# that a red CI run means a change broke something, not that the draw found an old corner; run
# without it, the property tests draw new examples each time, as a developer exploring wants.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# The test run keeps its compiled patterns (convertkit.regex_cache) in a folder of its own, set
# before convertkit is imported: tests neither read nor fill the user's cache, and subprocesses
# started by tests inherit the folder.
os.environ["CONVERTKIT_CACHE_DIR"] = tempfile.mkdtemp(prefix="convertkit-test-cache-")
atexit.register(shutil.rmtree, os.environ["CONVERTKIT_CACHE_DIR"], True)

from convertkit.model import (  # noqa: E402 - after the cache folder is set
    BLOCK_TYPES,
    Attachments,
    Caption,
    Dateline,
    Document,
    EditorLine,
    EditorNote,
    EndMark,
    Heading,
    Imprint,
    Lead,
    LinkItem,
    Meta,
    Paragraph,
    Point,
    RelatedLinks,
    Salutation,
    Series,
    SeriesLabel,
    Signature,
    Turn,
)
from convertkit.model.jsonio import document_to_dict  # noqa: E402
from convertkit.transforms.punctuation import is_han  # noqa: E402

REPO = Path(__file__).resolve().parent.parent

# Subprocesses started by tests run in other folders: make a relative PYTHONPATH absolute.
if os.environ.get("PYTHONPATH"):
    os.environ["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve()) for p in os.environ["PYTHONPATH"].split(os.pathsep) if p)
SEED = REPO / "seeds" / "000_5f66b059eaaa6a40.txt"


# The shared corpus beside the repository (``../shared/corpus``), or $CONVERTKIT_CORPUS; it may be absent.
CORPUS = Path(os.environ["CONVERTKIT_CORPUS"]) if os.environ.get("CONVERTKIT_CORPUS") else REPO.parent / "shared" / "corpus"


def corpus_dir() -> Path | None:
    """``CORPUS`` when it is there."""
    return CORPUS if CORPUS.is_dir() else None


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture
def corpus() -> Path:
    path = corpus_dir()
    if path is None:
        pytest.skip("the shared corpus is not beside this checkout")
    return path


def require_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (scripts/test installs it)")
    return found


def every_block_document(**meta_changes: object) -> Document:
    """One block of every kind, from the seed article, shared by the writer tests.

    One sample, so a new block kind is added in one place: the assertion below fails until it
    is. The text carries what writers must get right: markup characters to escape (``A&B <c>``),
    quotes inside Chinese, a link address with ``&``. ``meta_changes`` replace Meta fields
    (a Traditional region, a hostile title).
    """
    meta = Meta(
        title="龙岩市委军民融合办主任张丽华：以红色资源促军民融合",
        published="2019-01-17T23:10",
        agency="中新网",
        bureau="福建新闻",
        dateline=Dateline(text="中新网福建新闻1月17日电（林玲）", raw="中新网福建新闻1月17日电(林玲)", agency="中新网",
                          bureau="福建新闻", date="1月17日"),
        reporters=("林玲",),
        photographers=("李南轩",),
        editors=("黄今",),
        series=Series(name="福建军民融合新年新貌系列报道", number=9),
        keywords=("军民融合", "龙岩"),
    )
    blocks = (
        EditorNote(text="编者按：2019年是新中国成立70周年。", raw="编者按:2019年是新中国成立70周年。"),
        SeriesLabel(text="福建军民融合新年新貌系列报道之九", raw="福建军民融合新年新貌系列报道之九"),
        Lead(text="闽西老区龙岩，因红色而闻名，更因红色而发展。", raw="闽西老区龙岩,因红色而闻名,更因红色而发展。"),
        Caption(text="张丽华表示，龙岩将着力打造“龙岩模式”。李南轩 摄", raw="…", photographer="李南轩"),
        Heading(text="稳步推进融合项目", raw="稳步推进融合项目"),
        Paragraph(text="据张丽华介绍，2018年取得了阶段性成效，A&B <c> 亦然。", raw="…"),
        Turn(speaker="记者", text="龙岩下一步有何打算？", raw="记者:龙岩下一步有何打算？"),
        Turn(speaker="张丽华", text="我们将继续推进融合项目。", raw="张丽华:我们将继续推进融合项目。"),
        Point(number=1, heading="健全融合体制机制", text="第一，健全融合体制机制。龙岩市委将指导推动。", raw="…",
              label="第一"),
        EndMark(text="（完）", raw="(完)"),
        Signature(text="中共龙岩市委军民融合办", raw="中共龙岩市委军民融合办"),
        Signature(text="2019年1月17日", raw="2019年1月17日"),
        Salutation(text="编辑同志：", raw="编辑同志:"),
        Attachments(label="附件", items=("军民融合项目清单", "A&B <c> 分工表"), raw="附件：1．军民融合项目清单\n2．A&B <c> 分工表"),
        Imprint(lines=("抄送：省委办公厅，省人大常委会办公厅。", "龙岩市委办公室　2019年1月18日印发"), raw="…"),
        RelatedLinks(label="相关链接", raw="相关链接:", items=(
            LinkItem(title="南平发改委总规划师詹仁光：建设军民融合科技创新平台", raw="…",
                     url="http://www.fj.chinanews.com/news/2019/431254.html?a=1&b=2"),
            LinkItem(title="莆田市委军民融合办：立足产业特色", raw="…"),
        )),
        EditorLine(text="【责任编辑：黄今】", raw="【责任编辑:黄今】"),
    )
    assert {type(block) for block in blocks} == set(BLOCK_TYPES), "the sample must cover every block kind"
    return Document(meta=dataclasses.replace(meta, **meta_changes), blocks=blocks)


def lost_han(source: str, doc: Document) -> set[str]:
    """Han characters of ``source`` found in no string of the model: the lossless property.

    Every part of the model counts (Meta fields, ``raw`` beside ``text``), as in its JSON form.
    """
    model = json.dumps(document_to_dict(doc), ensure_ascii=False)
    return {char for char in source if is_han(char) and char not in model}


def build_text(text: str, hints: object | None = None) -> Document:
    """The news rules on ``text`` as a plain-text file's lines (the structure tests' reader)."""
    from convertkit.model.document import Source
    from convertkit.readers.base import Hints, split_lines
    from convertkit.structure.build import build_document

    return build_document(split_lines(text), hints or Hints(), Source())  # type: ignore[arg-type]


def body_texts(doc: Document) -> list[str]:
    """The texts of the lead and the paragraphs, in order."""
    return [block.text for block in doc.blocks if isinstance(block, Lead | Paragraph)]


def caption_blocks(doc: Document) -> list[Caption]:
    return [block for block in doc.blocks if isinstance(block, Caption)]
