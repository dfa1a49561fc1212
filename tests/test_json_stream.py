"""A crawl's JSON export, too large to read whole, read a record at a time (``readers/json_stream``).

What is tested is that reading item by item gives what reading the file whole gives (the same
documents, numbered the same), that nothing holds the whole export, and that a batch makes each
item a job of its own that resumes and fails as a JSON Lines line does. The records are invented.
"""

from __future__ import annotations

import io
import json
import logging
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import convertkit
from convertkit import sources
from convertkit.batch.inputs import iter_jobs
from convertkit.batch.job import ITEM
from convertkit.batch.run import run_batch
from convertkit.errors import MalformedInputError
from convertkit.readers.json_stream import item_bytes, items_prefix, json_items
from test_batch_warc import InProcess, manifest_rows, options

PLACES = ["某市", "某县", "某区", "某镇"]


def record(number: int, *, padding: int = 0, text: bool = True) -> dict[str, Any]:
    """An invented wire story as a crawler keeps it; ``padding``: the page's HTML it kept too."""
    place = PLACES[number % len(PLACES)]
    body = "\n".join(
        [f"新华社北京3月{number % 28 + 1}日电（记者 王小明）{place}今天召开第{number}次新闻发布会，介绍一季度经济运行情况。",
         f"据介绍，{place}一季度地区生产总值同比增长百分之五点{number % 10}，重点项目建设有序推进。",
         "有关负责人表示，下一步将继续加强统筹协调，确保各项任务落到实处。"]
    ) if text else ""
    found: dict[str, Any] = {"title": f"{place}召开第{number}次新闻发布会介绍经济运行情况", "content": body,
                             "pub_time": "2024-03-05 10:00", "source": "新华社", "score": 0.5 + number}
    if padding:
        found["raw_html"] = "<div>" + "x" * padding + "</div>"
    return found


def export(path: Path, records: list[dict[str, Any]], *, wrapper: str | None = None, tail: bytes = b"") -> Path:
    value: Any = records if wrapper is None else {"code": 0, wrapper: {"list": records}}
    path.write_bytes(json.dumps(value, ensure_ascii=False).encode() + tail)
    return path


@pytest.fixture
def small_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stream every JSON file of a kilobyte or more, so that tests need no 16 MB files."""
    monkeypatch.setattr(sources, "STREAM_BYTES", 1024)


# --- finding the record array ------------------------------------------------------------------


@pytest.mark.parametrize(("data", "prefix"), [
    (b'[{"title": "a"}]', "item"),
    (b'\xef\xbb\xbf\n [{"title": "a"}]', "item"),  # a byte-order mark, which yajl does not take
    (b'[{"title": "a"}] [{"title": "b"}]', "item"),  # two arrays glued: a crawl appended to
    (b'{"code": 0, "data": {"list": [{"title": "a"}]}}', "data.list.item"),  # an API's wrapper
    (b'{"code": 0, "tags": [{"x": 1}], "items": [{"title": "a"}]}', "items.item"),  # not any list
    (b'{"title": "one", "content": "x", "data": [{"title": "a"}]}', None),  # one record
    (b'{"title": "a"}\n{"title": "b"}\n', None),  # JSON Lines
    (b'{"meta": {"list": [{"title": "a"}]}}', None),  # a list under a name of its own: read whole
    ('[{"title": "中文"}]'.encode("gb18030"), None),  # GBK: read whole, through the decoders
    (b"", None),
])
def test_the_record_array_is_found_by_its_first_events(data: bytes, prefix: str | None) -> None:
    handle = io.BytesIO(data)
    assert items_prefix(handle) == prefix
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    assert handle.tell() == start  # ready for the items, or for a whole reading
    if prefix is not None:
        assert next(value["title"] for _, value in json_items(handle, prefix)) == "a"


def test_an_array_cut_off_gives_its_complete_items_then_says_where() -> None:
    handle = io.BytesIO(b'[{"title": "a"}, {"title": "b"}, {"title": "c", "con')
    found = []
    with pytest.raises(MalformedInputError, match=r"^x\.json: is damaged JSON after its 2 complete record\(s\): parse error"):
        for number, value in json_items(handle, "item", path="x.json"):
            found.append((number, value["title"]))
    assert found == [(1, "a"), (2, "b")]


def test_an_id_past_64_bits_is_read_after_the_items_before_it() -> None:
    """yajl stops at an integer past 64 bits; the items are read again from the start by ijson's
    Python parser, and those already given are not given twice."""
    data = b'[{"title": "a"}, {"title": "b", "id": 123456789012345678901234567890}, {"title": "c"}]'
    items = list(json_items(io.BytesIO(data), "item"))
    assert items == [(1, {"title": "a"}), (2, {"title": "b", "id": 123456789012345678901234567890}), (3, {"title": "c"})]


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
                    | st.text(), lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20))
def test_an_item_read_from_the_stream_is_the_item_read_whole(value: Any) -> None:
    data = json.dumps([value, {"title": "后一条"}], ensure_ascii=False).encode()
    items = list(json_items(io.BytesIO(data), "item"))
    assert [json.loads(item_bytes(item)) for _, item in items] == json.loads(data)


# --- reading: streamed as read whole ------------------------------------------------------------


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 99), st.booleans()), min_size=1, max_size=6),
       st.sampled_from([None, "data"]))
def test_a_large_export_read_item_by_item_gives_what_a_whole_reading_gives(
        tmp_path_factory: pytest.TempPathFactory, numbers: list[tuple[int, bool]], wrapper: str | None) -> None:
    folder = tmp_path_factory.mktemp("export")
    path = export(folder / "crawl.json", [record(n, padding=600, text=text) for n, text in numbers], wrapper=wrapper)

    def read(threshold: int) -> list[Any] | str:
        original = sources.STREAM_BYTES
        sources.STREAM_BYTES = threshold
        try:
            return list(convertkit.read_all(path))
        except convertkit.ConvertkitError as exc:
            return str(exc)
        finally:
            sources.STREAM_BYTES = original

    assert read(1024) == read(1 << 40)


def test_a_large_export_is_never_read_whole(tmp_path: Path, small_threshold: None,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = export(tmp_path / "crawl.json", [record(n) for n in range(5)])

    def refuse(*args: object, **kw: object) -> bytes:
        raise AssertionError("the export was read whole")

    monkeypatch.setattr(convertkit.api, "load", refuse)
    documents = list(convertkit.read_all(path))
    assert [doc.meta.source.record for doc in documents] == [1, 2, 3, 4, 5]
    assert documents[4].meta.title == "某市召开第4次新闻发布会介绍经济运行情况"


def test_large_json_lines_are_read_line_by_line(tmp_path: Path, small_threshold: None, caplog: pytest.LogCaptureFixture,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps(record(n), ensure_ascii=False) for n in range(4)]
    lines.insert(2, '{"title": "坏行", "content": ')  # a line cut short
    lines[0] = lines[0].replace("某市", "某市\\ud800")  # half a UTF-16 pair
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = list(convertkit.read_all(path.read_bytes()))  # bytes: read whole, with the same rules
    monkeypatch.setattr(convertkit.api, "load", lambda *a, **k: pytest.fail("read whole"))
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        streamed = list(convertkit.read_all(path))
    assert [doc.meta.title for doc in streamed] == [doc.meta.title for doc in whole] and len(streamed) == 4
    assert "\ufffd" in streamed[0].meta.title
    messages = " ".join(record.getMessage() for record in caplog.records)
    assert "1 line(s) are not JSON and were skipped (line 3)" in messages
    assert "3 lone UTF-16 surrogate escape(s)" in messages  # in the title and twice in the text


def test_an_export_damaged_part_way_keeps_the_records_before(tmp_path: Path, small_threshold: None,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    path = export(tmp_path / "crawl.json", [record(n) for n in range(3)])
    path.write_bytes(path.read_bytes()[:-200])  # a crawl killed mid-record
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        documents = list(convertkit.read_all(path))
    assert len(documents) == 2
    assert "is damaged JSON after its 2 complete record(s)" in caplog.text and "the rest is not read" in caplog.text
    path.write_bytes(b'[{"title": "a", "content": "')  # nothing complete: an error, as read whole
    path.write_bytes(path.read_bytes() + "某".encode() * 600)
    with pytest.raises(MalformedInputError, match="is damaged JSON after its 0 complete record"):
        list(convertkit.read_all(path))


def test_a_large_gbk_export_is_read_whole_through_the_decoders(tmp_path: Path, small_threshold: None) -> None:
    path = tmp_path / "crawl.json"
    path.write_bytes(json.dumps([record(n) for n in range(3)], ensure_ascii=False).encode("gb18030"))
    documents = list(convertkit.read_all(path))
    assert [doc.meta.source.encoding for doc in documents] == ["gb18030"] * 3
    assert documents[0].meta.title == "某市召开第0次新闻发布会介绍经济运行情况"


# --- batch: one job per item --------------------------------------------------------------------


def test_a_batch_makes_each_item_of_a_large_export_a_job(tmp_path: Path) -> None:
    """At the real threshold: a 16 MB export (pages kept beside the text, as crawlers do)."""
    path = export(tmp_path / "crawl.json", [record(n, padding=300_000) for n in range(60)])
    assert path.stat().st_size >= sources.STREAM_BYTES
    jobs = iter_jobs([str(path)])
    first = next(jobs)  # lazily: the first item is a job before the rest is parsed
    assert (first.key, first.part, json.loads(first.data)["title"]) == (f"{path}#I1", ITEM, record(0)["title"])
    out = tmp_path / "out"
    report = run_batch(options([path], out))
    assert (report.done, report.failed, report.exit_code) == (60, 0, 0)
    assert len(list(out.glob("*.txt"))) == 60 and sorted(manifest_rows(out)) == sorted(f"{path}#I{n}" for n in range(1, 61))
    again = run_batch(options([path], out, resume=True))
    assert (again.done, again.skipped) == (0, 60)


def walk_peak(path: Path) -> tuple[int, int]:
    """(jobs, peak bytes Python allocated) of walking ``path`` as a batch's input."""
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_jobs([str(path)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return count, peak


def test_the_walk_holds_one_item_at_a_time(tmp_path: Path, small_threshold: None) -> None:
    path = export(tmp_path / "crawl.json", [record(n, padding=200_000) for n in range(100)])  # 20 MB
    count, peak = walk_peak(path)
    assert count == 100 and peak < 3 * 1024 * 1024, peak


def test_items_in_a_batch_fail_and_resume_as_json_lines_do(tmp_path: Path, small_threshold: None) -> None:
    records = [record(n) for n in range(4)]
    records[1] = {"title": "只有标题", "content": ""}
    folder = tmp_path / "in"
    folder.mkdir()
    export(folder / "crawl.json", records, wrapper="data", tail=b',{"title": "cut')  # damaged after the wrapper
    cut = export(folder / "cut.json", [record(n) for n in range(3)])
    cut.write_bytes(cut.read_bytes()[:-150])
    out = tmp_path / "out"
    report = run_batch(options([folder], out), engine=InProcess(options([], out).settings))
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert sorted((error["input"].rsplit("/", 1)[-1], error["error_type"]) for error in errors) == [
        ("crawl.json", "MalformedInputError"), ("crawl.json#I2", "NoArticleError"), ("cut.json", "MalformedInputError")]
    assert (report.done, report.failed) == (3 + 2, 3)
    again = run_batch(options([folder], out, resume=True), engine=InProcess(options([], out).settings))
    assert (again.done, again.skipped) == (0, 5)


def test_an_export_on_an_fsspec_url_is_read_item_by_item(tmp_path: Path, small_threshold: None) -> None:
    pytest.importorskip("fsspec")
    folder = tmp_path / "in"
    folder.mkdir()
    export(folder / "crawl.json", [record(n) for n in range(3)])
    (folder / "small.json").write_text('[{"title": "短讯", "content": "短讯。"}]')  # under the threshold: one job
    jobs = list(iter_jobs([f"file://{folder}"]))
    assert [job.key.rsplit("/", 1)[-1] for job in jobs] == ["crawl.json#I1", "crawl.json#I2", "crawl.json#I3", "small.json"]


def test_one_record_of_a_large_export_is_read_without_the_rest(tmp_path: Path, small_threshold: None,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    path = export(tmp_path / "crawl.json", [record(n) for n in range(4)])
    path.write_bytes(path.read_bytes()[:-100])  # damaged in its last record: never reached
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        written = convertkit.convert(path, tmp_path / "two.txt", record=2)
    assert written.read_text("utf-8").startswith(record(1)["title"]) and "damaged" not in caplog.text
    with pytest.raises(convertkit.ConvertkitError, match=r"--record 9: no article there; the input's articles are records 1–3"):
        convertkit.convert(path, tmp_path / "nine.txt", record=9)
