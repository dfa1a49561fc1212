"""The Python API: arbitrary bytes in, a Document or one of our errors out; never anything else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import convertkit
from convertkit.errors import ConvertkitError

ARTICLE_PIECES = st.sampled_from([
    "标题：测试文章", "\n", "\n\n", "2019-01-17 23:10", "新华社北京1月17日电（记者 张三）", "编者按：", "第一，",
    "图为现场。", "李四 摄", "（完）", "相关链接：", "【责任编辑：王五】", "<p>", "</p>", "<html>", "{", "}", "[", "]",
    '"title":', '"content":', ",", "\ufeff", "\x00", "\xff", "中文", "Latin", "3.5", "(", ")", "?", "!",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=1024), st.lists(ARTICLE_PIECES, max_size=40).map(lambda p: "".join(p).encode(
    "utf-8", "surrogatepass"))))
def test_read_raises_only_our_errors(data: bytes) -> None:
    try:
        documents = list(convertkit.read_all(data))
    except ConvertkitError as error:
        assert "\n" not in str(error), "errors are one line"
        return
    for document in documents:
        assert isinstance(document, convertkit.Document)
        json.loads(convertkit.render(document, "json"))  # and every document can be written


def test_read_gives_the_model_from_path_or_bytes(seed_path: Path) -> None:
    from_path = convertkit.read(seed_path)
    from_bytes = convertkit.read(seed_path.read_bytes())
    assert from_path.blocks == from_bytes.blocks
    assert from_path.meta.title == from_bytes.meta.title
    assert from_path.meta.source.path == str(seed_path) and from_bytes.meta.source.path is None


def test_convert_picks_the_format_from_the_suffix(tmp_path: Path, seed_path: Path) -> None:
    out = convertkit.convert(seed_path, tmp_path / "seed.json")
    assert json.loads(out.read_text("utf-8"))["meta"]["agency"] == "中新网"
    with pytest.raises(convertkit.UsageError):
        convertkit.convert(seed_path)


def test_batch_fills_keywords_once_when_asked(tmp_path: Path, seed_path: Path) -> None:
    from convertkit.batch.job import Job, Settings, convert_chunk

    for asked in (False, True):
        out = tmp_path / str(asked)
        out.mkdir()
        [result] = convert_chunk([Job(str(seed_path))], Settings(outdir=str(out), formats=("json",), keywords=asked))
        assert result.status == "ok", result.error
        keywords = json.loads(Path(result.outputs[0]).read_text("utf-8"))["meta"]["keywords"]
        assert ("军民融合" in keywords) is asked


def test_the_api_takes_bytes_and_refuses_what_it_cannot_mean(tmp_path: Path, seed_path: Path) -> None:
    import convertkit

    assert {"read", "read_all", "convert", "write", "render"} <= set(dir(convertkit))
    data = seed_path.read_bytes()
    out = convertkit.convert(data, tmp_path / "seed.txt")
    assert out.read_text("utf-8").startswith("龙岩市委军民融合办主任张丽华")
    with pytest.raises(convertkit.UsageError, match="needs a destination"):
        convertkit.convert(data, to="txt")
    with pytest.raises(TypeError, match="not int"):
        convertkit.read(42)  # type: ignore[arg-type]  # would read file descriptor 42
    with pytest.raises(convertkit.UsageError, match="looks like article text") as raised:
        convertkit.read(data.decode("utf-8"))
    assert len(str(raised.value)) < 200  # not the article echoed back
    docs = list(convertkit.read_all(data + b"\n"))
    convertkit.write(docs, tmp_path / "many.jsonl")  # the suffix picks the JSON writer, one line each
    assert (tmp_path / "many.jsonl").read_text("utf-8").count("\n") == len(docs)


def test_misused_api_calls_say_what_was_meant(seed_path: Path) -> None:
    import convertkit

    doc = convertkit.read(seed_path)
    with pytest.raises(TypeError, match="takes a Document"):
        convertkit.write("not a document", "x.txt")  # type: ignore[arg-type]
    with pytest.raises(convertkit.UsageError, match="'sentences' must be a whole number, not 'two'"):
        convertkit.render(doc, "summary", sentences="two")
    with pytest.raises(convertkit.UsageError, match="reading option: read_options=ReadOptions"):
        convertkit.convert(seed_path, "x.txt", convert="s2t")
    with pytest.raises(convertkit.UsageError, match="must be true or false"):
        convertkit.render(doc, "pdf", header=1)


def test_a_bad_record_number_or_a_nul_in_a_path_is_a_usage_error(tmp_path: Path, seed_path: Path) -> None:
    """The API's one-line errors for what the command line's option types refuse: record 0
    said "the input holds 1 article(s)", and a NUL byte in a path was os's ValueError."""
    from convertkit.errors import UsageError

    for record in (0, -1, "1", True):
        with pytest.raises(UsageError, match="record numbers start at 1"):
            convertkit.convert(seed_path, tmp_path / "out.json", record=record)  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="NUL byte"):
        convertkit.read(str(tmp_path / "a\0b.txt"))
    with pytest.raises(UsageError, match="NUL byte"):
        convertkit.read(str(tmp_path / "a\0b.warc"))
    with pytest.raises(UsageError, match="NUL byte"):
        convertkit.convert(seed_path, str(tmp_path / "a\0b.txt"))
    assert sorted(tmp_path.iterdir()) == []
