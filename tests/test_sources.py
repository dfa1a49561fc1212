"""Decoding: every encoding Chinese press arrives in, and clear refusals for everything else."""

from __future__ import annotations

import codecs
import gzip
import re
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from convertkit.errors import (
    BinaryInputError,
    ConvertkitError,
    EmptyInputError,
    EncodingError,
    NotAFileError,
    NotFoundError,
)
from convertkit.sources import canonical_codec, decode, load

ARTICLE = "龙岩市委军民融合办主任张丽华：以红色资源促军民融合\n\n中新网福建新闻1月17日电（林玲）闽西老区龙岩，因红色而闻名。\n"
TRADITIONAL = "中央社記者張三台北17日電）行政院今天宣布，臺灣將擴大補助。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8"),
        (ARTICLE.encode("utf-16"), "utf-16"),  # Python writes a BOM
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
        (ARTICLE.encode("gb18030"), "gb18030"),
        (ARTICLE.encode("gbk"), "gb18030"),
        (TRADITIONAL.encode("big5"), "big5hkscs"),
    ],
)
def test_decodes_the_encodings_of_chinese_press(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff") in (ARTICLE, TRADITIONAL)
    assert decoded.replacements == 0


def test_rare_character_survives_gbk_round_trip() -> None:
    text = "泉州巿委军民融合办：以产业融合推动军民融合深度发展，" * 3
    assert "\u5dff" in decode(text.encode("gb18030")).text


def test_declared_charset_is_used_when_utf8_fails() -> None:
    data = ARTICLE.encode("gb18030")
    assert decode(data, declared="gb2312").encoding == "gb18030"


def test_utf8_wins_over_a_lying_declaration() -> None:
    # Saved pages often declare gb2312 while the bytes are UTF-8.
    assert decode(ARTICLE.encode("utf-8"), declared="gb2312").encoding == "utf-8"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\u3000\n".encode()])
def test_blank_input_is_refused(data: bytes) -> None:
    with pytest.raises(EmptyInputError):
        decode(data)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04\x14\x00\x06\x00",
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)),
        bytes(range(256)) * 4,
    ],
)
def test_binary_is_refused_not_decoded(data: bytes) -> None:
    with pytest.raises(BinaryInputError):
        decode(data)


def test_junk_that_decodes_nowhere_is_an_encoding_error() -> None:
    junk = bytes([0x81, 0x30, 0xFF, 0xFE, 0x80]) * 50 + "中文".encode()
    with pytest.raises((EncodingError, BinaryInputError)):
        decode(junk)


def test_canonical_codec_maps_to_supersets() -> None:
    assert canonical_codec("GB2312") == "gb18030"
    assert canonical_codec("gbk") == "gb18030"
    assert canonical_codec("Big5") == "big5hkscs"
    assert canonical_codec("UTF8") == "utf-8"
    assert canonical_codec("no-such-codec") is None


def test_load_refuses_missing_directory_and_empty(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        load(tmp_path / "missing.txt")
    with pytest.raises(NotAFileError):
        load(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(EmptyInputError):
        load(tmp_path / "empty.txt")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_decode_raises_only_our_errors(data: bytes) -> None:
    try:
        decoded = decode(data)
    except ConvertkitError as error:
        assert "\n" not in str(error)
    else:
        assert decoded.text.strip()


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("一一一一丁丁丁丁", "gb18030"), ("一一一一丁丁丁丁", "big5"), ("新华社北京电", "gb18030"), ("國防部今天表示", "big5")],
)
def test_short_texts_valid_in_both_chinese_encodings_read_as_the_commoner_characters(text: str, encoding: str) -> None:
    """Hypothesis found 一一一一丁丁丁丁 in GB18030 read as Big5 (珨珨珨珨間間間間)."""
    assert decode(text.encode(encoding)).text == text


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=8, max_size=200),
       st.sampled_from(["utf-8", "utf-16", "gb18030"]))
def test_generated_han_text_round_trips(text: str, encoding: str) -> None:
    # Strict UTF-8 is tried first by design. A few GB18030 pairs are valid UTF-8 too (一 is
    # D2 BB, which is UTF-8 for the Cyrillic һ), so a text made only of them is ambiguous;
    # real text breaks the tie with punctuation (，。 are not UTF-8). Those texts are not the
    # property under test.
    if encoding != "utf-8":
        assume(not _is_utf8(text.encode(encoding)))
    if encoding == "gb18030":
        # Nor is a text whose bytes are also a clean Big5 text (一丁丁丁丁丁丁肍 is 珨間間間間間間顓,
        # as common characters both ways): about one random text in a thousand.
        assume(not _clean_big5(text.encode(encoding)))
    assert decode(text.encode(encoding)).text.lstrip("\ufeff") == text


def _clean_big5(data: bytes) -> bool:
    """Whether ``data`` reads strictly as Big5 without the marks of a wrong reading."""
    from convertkit.sources.legacy import _WRONG_READING_RE

    try:
        return _WRONG_READING_RE.search(data.decode("big5hkscs")) is None
    except UnicodeDecodeError:
        return False


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_every_corpus_encoding_sample_decodes_without_replacement(corpus: Path) -> None:
    for path in sorted((corpus / "encodings").iterdir()):
        decoded = decode(path.read_bytes(), path=str(path))
        assert decoded.replacements == 0, path.name
        assert any("\u4e00" <= ch <= "\u9fff" for ch in decoded.text), path.name


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text_not_binary(codec: str) -> None:
    decoded = decode(ARTICLE.encode(codec))
    assert decoded.text == ARTICLE and decoded.encoding == "utf-16"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_whose_first_ascii_comes_late(codec: str) -> None:
    """A long first paragraph of Han characters has no NUL byte in its first hundreds of bytes."""
    text = "杭州亚运会筹备工作全面就绪" * 40 + "\n" + ARTICLE
    assert decode(text.encode(codec)).text == text


def test_a_utf8_file_cut_in_a_character_keeps_its_text(caplog: pytest.LogCaptureFixture) -> None:
    """A download cut short ends inside a multi-byte character: the text is UTF-8 all the same,
    with one replacement and a warning, not undecodable or read as GB18030."""
    data = ARTICLE.encode("utf-8")[:-2]
    decoded = decode(data, path="cut.txt")
    assert decoded.encoding == "utf-8" and decoded.replacements == 1
    assert decoded.text == ARTICLE[:-2] + "\ufffd"  # the cut 。 and the newline after it
    assert "a file cut short" in caplog.text
    gbk = ("据了解，杭州亚运会各项筹备工作已全面就绪。" * 3).encode("gb18030")
    assert decode(gbk).encoding == "gb18030"  # GBK never decodes into many valid UTF-8 characters


def test_a_short_last_line_cut_in_a_character_is_utf8_not_mojibake(caplog: pytest.LogCaptureFixture) -> None:
    """The cut falls in a short last line (or a short page's last line): too few characters to
    vouch for the line alone, it was read whole as GB18030 (会议指出 became 浼氳鎸囧嚭)."""
    head = "新闻标题在这里\n新华社北京3月5日电 国务院今天召开常务会议。\n"
    data = (head + "会议指出，要坚持稳中求进工作总基调。\n").encode("utf-8")
    cut = data[:data.index("基调".encode()) + 1]
    decoded = decode(cut, path="cut.txt")
    assert decoded.text == head + "会议指出，要坚持稳中求进工作总\ufffd"
    assert decoded.encoding == "utf-8" and "a file cut short" in caplog.text
    mixed = head.encode("utf-8") + "会议指出，要坚持稳中求进。\n".encode("gb18030")  # a GBK last line stays GBK
    assert decode(mixed).text.endswith("会议指出，要坚持稳中求进。\n")


def test_binary_with_nuls_is_still_binary() -> None:
    with pytest.raises(BinaryInputError):
        decode(bytes(range(256)) * 2)
    with pytest.raises(BinaryInputError):
        decode(b"\x00\x01\x02\x03" * 100)


def test_of_two_strict_readings_the_one_without_marks_of_a_wrong_one_wins() -> None:
    """Hypothesis found a GB18030 text of rare characters that the detector gave no verdict on
    and whose Big5 reading held a katakana (ヅ): the reading without such marks is the text."""
    text = "綾旕鑘鞴鶼厌皍鍴鹥嬖郥畃橇薶暮鮎贏鉩慍敹"
    assert decode(text.encode("gb18030")).text == text


@pytest.mark.parametrize(
    ("data", "said"),
    [(b"%PDF-1.4\n", "is a binary file, not text: a PDF"), (gzip.compress(b"x" * 64, mtime=0), "gzip-compressed; decompress it first"),
     (b"\x89PNG\r\n\x1a\n", "not text: an image (PNG)"), (b"PK\x03\x04", "ZIP archive")],
    ids=["pdf", "gzip", "png", "zip"],
)
def test_a_binary_input_is_refused_naming_what_it_is(data: bytes, said: str) -> None:
    """The error says what the file is, so that the user knows what to do with it."""
    with pytest.raises(BinaryInputError, match=re.escape(said)):
        decode(data + b"\x00" * 8, path="article.txt")
