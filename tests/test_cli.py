"""The command line as a user meets it: outputs, stdout, and one-line errors with exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest


def convertkit(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "convertkit.cli", *args], capture_output=True, cwd=cwd,
                          timeout=300, env=dict(os.environ))


def assert_one_line_error(result: subprocess.CompletedProcess[bytes], code: int, *needles: str) -> None:
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == code, stderr
    assert stderr.startswith("convertkit: error: ")
    assert stderr.count("\n") == 1, f"expected one line, got: {stderr!r}"
    assert "Traceback" not in stderr
    for needle in needles:
        assert needle in stderr


def test_version_and_help() -> None:
    version = convertkit("--version")
    assert version.returncode == 0 and b"convertkit" in version.stdout
    help_text = convertkit("--help").stdout.decode()
    for command in ("to-json", "to-txt", "writers"):
        assert command in help_text


def test_to_json_and_to_txt_next_to_the_input(tmp_path: Path, seed_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_bytes(seed_path.read_bytes())
    before = source.stat().st_mtime_ns
    assert convertkit("to-json", str(source)).returncode == 0
    assert convertkit("to-txt", str(source)).returncode == 0
    data = json.loads((tmp_path / "article.json").read_text("utf-8"))
    assert data["schema"] == "convertkit.document/1"
    assert data["meta"]["title"] == "龙岩市委军民融合办主任张丽华：以红色资源促军民融合"
    assert (tmp_path / "article.out.txt").read_text("utf-8").startswith("龙岩市委军民融合办主任张丽华")
    assert source.read_bytes() == seed_path.read_bytes() and source.stat().st_mtime_ns == before
    leftovers = [name for name in os.listdir(tmp_path) if name.endswith(".part")]
    assert leftovers == []


def test_output_to_stdout(seed_path: Path) -> None:
    result = convertkit("to-txt", str(seed_path), "-o", "-")
    assert result.returncode == 0
    text = result.stdout.decode("utf-8")
    assert "\u3000\u3000中新网福建新闻1月17日电（林玲）闽西老区龙岩" in text
    assert "【责任编辑：黄今】" in text


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "directory"),
        (lambda d: ((d / "empty.txt").write_bytes(b"") and d / "empty.txt") or d / "empty.txt", "empty"),
        (lambda d: ((d / "blank.txt").write_bytes(b" \n\t\n") and d / "blank.txt") or d / "blank.txt", "blank"),
        (lambda d: ((d / "bin.txt").write_bytes(bytes(range(256)) * 8) and d / "bin.txt") or d / "bin.txt", "binary"),
        (lambda d: ((d / "pdf.txt").write_bytes(b"%PDF-1.4\n" + bytes(200)) and d / "pdf.txt") or d / "pdf.txt",
         "binary"),
    ],
)
def test_bad_inputs_get_one_line_and_exit_1(tmp_path: Path, make, needle: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    result = convertkit("to-txt", str(path), "-o", str(tmp_path / "out.txt"))
    assert_one_line_error(result, 1, needle)
    assert not (tmp_path / "out.txt").exists()


_JUNK = bytes([0x81, 0x30, 0xFF, 0xFE, 0x80]) * 50
_UNREADABLE = Path(__file__).parent / "fixtures" / "unseen_feeds" / "euc_tw.txt"


@pytest.mark.parametrize(
    ("name", "data", "needles"),
    [
        ("junk.txt", _JUNK, ("cannot be decoded", "looks most like GB18030")),
        ("junk.html", b'<html><head><meta charset="gb2312"></head><body><p>' + _JUNK + b"</p></body></html>",
         ("declares gb2312 but is not valid gb2312",)),
        ("junk.json", b'{"content": "' + _JUNK + b'"}', ("cannot be decoded",)),
        ("euc_tw.txt", _UNREADABLE.read_bytes(), ("EUC-TW", "iconv")),
        ("cns.txt", b"\x1b$)G\x0e\x44\x63\x4b\x55\x0f news\n" * 5, ("ISO-2022-CN with CNS 11643", "iconv")),
        ("cut.txt", b"\xff\xfe" + "新华社北京电".encode("utf-16-le") + b"\x00", ("utf-16 byte-order mark",)),
    ],
)
def test_undecodable_inputs_get_one_line_and_exit_1(tmp_path: Path, name: str, data: bytes, needles: tuple[str, ...]) -> None:
    """Every refusal of the decoder: one line naming what the bytes are, no output, no traceback."""
    source = tmp_path / name
    source.write_bytes(data)
    for command, suffix in (("to-txt", ".txt"), ("to-json", ".json")):
        out = tmp_path / f"out{suffix}"
        assert_one_line_error(convertkit(command, str(source), "-o", str(out)), 1, name, *needles)
        assert not out.exists()
        assert sorted(path.name for path in tmp_path.iterdir()) == [name]


def test_output_over_input_is_refused(tmp_path: Path, seed_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(seed_path.read_bytes())
    assert_one_line_error(convertkit("to-txt", str(source), "-o", str(source)), 2, "overwrite the input")
    assert source.read_bytes() == seed_path.read_bytes()


def test_unknown_command_and_option_are_usage_errors(seed_path: Path) -> None:
    assert_one_line_error(convertkit("to-nothing", str(seed_path)), 2, "to-nothing")
    assert_one_line_error(convertkit("to-txt", str(seed_path), "--no-such-flag"), 2, "--no-such-flag")


def test_missing_output_folder_is_an_output_error(tmp_path: Path, seed_path: Path) -> None:
    assert_one_line_error(convertkit("to-json", str(seed_path), "-o", str(tmp_path / "no" / "x.json")), 1,
                          "does not exist")


def test_many_articles_make_one_file_of_each_format(tmp_path: Path, corpus: Path) -> None:
    jsonl = next((corpus / "json").glob("*.jsonl"))
    digest = convertkit("summary", str(jsonl), "-o", "-")  # a digest: one summary after another
    assert digest.returncode == 0, digest.stderr
    titles = [json.loads(line)["title"] for line in jsonl.read_text("utf-8").splitlines() if line.strip()]
    text = digest.stdout.decode("utf-8")
    assert text.count("—" * 20) == len(titles) - 1
    assert text.index(titles[0].strip()[-8:]) < text.index(titles[-1].strip()[-8:])  # a column before a bar goes
    pack = convertkit("to-pdf", str(jsonl), "-o", str(tmp_path / "pack.pdf"))  # a pack: contents, then each
    assert pack.returncode == 0, pack.stderr
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")
    result = convertkit("to-json", str(jsonl), "-o", str(tmp_path / "all.jsonl"))
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "all.jsonl").read_text("utf-8").splitlines()
    assert len(lines) > 1 and all(json.loads(line)["schema"] == "convertkit.document/1" for line in lines)
    second = convertkit("to-json", str(jsonl), "--record", "2", "-o", "-")
    assert json.loads(second.stdout)["meta"]["title"] == json.loads(lines[1])["meta"]["title"]
    assert_one_line_error(convertkit("to-json", str(jsonl), "--record", "999", "-o", "-"), 2, "999")


def test_several_inputs_in_one_text_file(tmp_path: Path, seed_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("第二篇文章的标题\n\n新华社北京1月18日电（记者 张三）这是第二篇文章的正文。\n", "utf-8")
    result = convertkit("to-txt", str(seed_path), str(other), "-o", "-")
    text = result.stdout.decode("utf-8")
    assert result.returncode == 0
    assert text.index("龙岩市委军民融合办主任张丽华") < text.index("第二篇文章的标题")


def test_field_mapping_and_script_conversion(tmp_path: Path) -> None:
    record = tmp_path / "record.json"
    record.write_text(json.dumps({"headline": "臺灣新聞標題", "正文內容": "中央社記者王小明台北17日電）行政院今天宣布擴大補助。"},
                      ensure_ascii=False), "utf-8")
    plain = convertkit("to-json", str(record), "--field", "title=headline", "--field", "content=正文內容", "-o", "-")
    assert plain.returncode == 0, plain.stderr
    data = json.loads(plain.stdout)
    assert data["meta"]["title"] == "臺灣新聞標題" and data["meta"]["language"] == "zh-Hant"
    simplified = json.loads(convertkit("to-json", str(record), "--field", "title=headline", "--field",
                                       "content=正文內容", "--convert", "t2s", "-o", "-").stdout)
    assert simplified["meta"]["title"] == "台湾新闻标题"
    assert record.read_text("utf-8").count("臺灣") == 1, "the input is never converted"
    assert_one_line_error(convertkit("to-json", str(record), "--field", "nonsense", "-o", "-"), 2, "--field")


def test_several_inputs_make_one_epub_book(tmp_path: Path, seed_path: Path) -> None:
    import zipfile

    other = tmp_path / "other.txt"
    other.write_text("第二篇文章的标题\n\n新华社北京1月18日电（记者 张三）这是第二篇文章的正文。\n", "utf-8")
    book = tmp_path / "book.epub"
    result = convertkit("to-epub", str(seed_path), str(other), "--title", "两篇合集", "--keywords", "-o", str(book))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(book) as archive:
        chapters = [name for name in archive.namelist() if name.endswith(".xhtml") and "article-" in name]
        opf = next(archive.read(name) for name in archive.namelist() if name.endswith(".opf")).decode("utf-8")
    assert len(chapters) == 2
    assert "两篇合集" in opf
    assert "<dc:subject>军民融合</dc:subject>" in opf  # --keywords: extracted keywords reach the metadata


def test_record_numbers_agree_between_warnings_the_model_and_record(tmp_path: Path, corpus: Path) -> None:
    """gmw_records.json holds a copyright-only record: the warning names it, --record N takes the
    record the warnings and ``source.record`` call N, and the skipped one is refused by number."""
    records = corpus / "json" / "gmw_records.json"
    result = convertkit("to-json", str(records), "-o", str(tmp_path / "all.json"))
    assert result.returncode == 0, result.stderr
    skipped = int(re.search(r"skipped \(record (\d+)\)", result.stderr.decode("utf-8")).group(1))
    everything = json.loads((tmp_path / "all.json").read_text("utf-8"))  # several articles: one JSON array
    assert isinstance(everything, list) and len(everything) > 1
    numbers = [document["meta"]["source"]["record"] for document in everything]
    assert skipped not in numbers and numbers == sorted(numbers) and numbers[0] == 1
    for number in numbers[:3]:
        one = json.loads(convertkit("to-json", str(records), "--record", str(number), "-o", "-").stdout)
        assert one["meta"]["source"]["record"] == number
    refused = convertkit("to-json", str(records), "--record", str(skipped), "-o", "-")
    last = refused.stderr.decode("utf-8").splitlines()[-1]  # after the reader's warning about that record
    assert refused.returncode == 2 and last.startswith("convertkit: error: ") and f"--record {skipped}: no article there" in last
    indented = convertkit("to-json", str(records), "--indent", "0", "-o", "-")
    lines = indented.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(numbers) and all(json.loads(line)["schema"] == "convertkit.document/1" for line in lines)


def test_standard_input_is_an_input(tmp_path: Path, seed_path: Path) -> None:
    def run(*args: str, data: bytes) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "convertkit.cli", *args], input=data, capture_output=True,
                              timeout=300, env=dict(os.environ))

    seed = seed_path.read_bytes()
    piped = run("to-txt", "-", "-o", "-", data=seed)
    assert piped.returncode == 0 and piped.stdout == convertkit("to-txt", str(seed_path), "-o", "-").stdout
    assert run("to-json", "-", "-o", str(tmp_path / "seed.json"), data=seed).returncode == 0
    assert json.loads((tmp_path / "seed.json").read_text("utf-8"))["meta"]["agency"] == "中新网"
    assert_one_line_error(run("to-pdf", "-", data=seed), 2, "needs -o")
    assert_one_line_error(run("to-txt", "-", "-o", "-", data=b""), 1, "<stdin>: is empty")


def test_quiet_and_verbose_after_the_command_and_a_misnamed_output(tmp_path: Path, seed_path: Path) -> None:
    title_only = tmp_path / "t.txt"
    title_only.write_text("这是标题\n", encoding="utf-8")
    loud = convertkit("to-txt", str(title_only), "-o", str(tmp_path / "a.txt"))
    assert loud.returncode == 0 and b"only a headline" in loud.stderr
    for quiet in (["-q", "to-txt", str(title_only)], ["to-txt", str(title_only), "-q"]):
        result = convertkit(*quiet, "-o", str(tmp_path / "b.txt"))
        assert result.returncode == 0 and result.stderr == b""
    misnamed = convertkit("to-pdf", str(seed_path), "-o", str(tmp_path / "brief.docx"))
    assert misnamed.returncode == 0 and b"the name says docx, but the file is pdf" in misnamed.stderr
    assert (tmp_path / "brief.docx").read_bytes().startswith(b"%PDF")
    summary = convertkit("summary", str(seed_path), "-o", str(tmp_path / "s.txt"))
    assert summary.returncode == 0 and summary.stderr == b""


def test_a_quiet_batch_prints_errors_only(tmp_path: Path, seed_path: Path) -> None:
    quiet = convertkit("batch", str(seed_path), "-o", str(tmp_path / "out"), "--to", "txt", "-j", "1", "-q")
    assert quiet.returncode == 0 and quiet.stderr == b""
    loud = convertkit("batch", str(seed_path), "-o", str(tmp_path / "out2"), "--to", "txt", "-j", "1")
    assert loud.returncode == 0 and b"convertkit: batch: 1 done" in loud.stderr


@pytest.mark.parametrize("command", ["to-txt", "to-json", "summary", "to-pdf"])
def test_an_unknown_style_is_refused_by_every_command(tmp_path: Path, seed_path: Path, command: str) -> None:
    """The text and JSON writers load no style, but a typo in -s is still the user's mistake to hear about."""
    result = convertkit(command, str(seed_path), "-s", "nosuch", "-o", str(tmp_path / "out"))
    assert_one_line_error(result, result.returncode, 'unknown style "nosuch"')
    assert result.returncode != 0 and not (tmp_path / "out").exists()


def test_an_unknown_style_stops_a_batch_before_it_starts(tmp_path: Path, seed_path: Path) -> None:
    result = convertkit("batch", str(seed_path), "-o", str(tmp_path / "out"), "--to", "txt", "--style", "nosuch.toml")
    assert_one_line_error(result, result.returncode, "style file not found")
    assert result.returncode != 0 and not (tmp_path / "out").exists()


def test_a_negative_json_indent_is_a_usage_error(tmp_path: Path, seed_path: Path) -> None:
    result = convertkit("to-json", str(seed_path), "--indent", "-5", "-o", str(tmp_path / "out.json"))
    assert_one_line_error(result, 2, "indent must be 0 or more")
    assert not (tmp_path / "out.json").exists()
