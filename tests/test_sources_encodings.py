"""Decoding the encodings real Chinese news files come in: wide encodings without a byte-order
mark, files that mix UTF-8 and GBK lines, declarations the bytes contradict, Latin-1 mojibake,
Big5's CP950 and HKSCS extensions, 7-bit HZ and ISO-2022-CN, and refusals that say what the
bytes looked like. Every sample is an invented news sentence encoded with Python's codecs."""

from __future__ import annotations

import codecs
import json
import logging

import pytest

from convertkit.errors import EncodingError
from convertkit.readers.crawler_json import parse_records
from convertkit.readers.html import extract_html
from convertkit.readers.html_meta import declared_charset
from convertkit.sources import decode

SIMPLIFIED = ("新华社杭州6月12日电（记者李明）浙江省今年上半年新开工重大项目二百余个，完成投资同比增长百分之八。"
              "省发展改革委有关负责人表示，下一步将继续加快项目审批，推动更多项目尽早落地见效。\n")
SIMPLIFIED_2 = "据了解，这些项目主要集中在交通、能源和水利领域，其中交通项目的投资占比最高，达到四成以上。\n"
TRADITIONAL = ("中央社記者陳文華台中12日電）台中市政府今天宣布，明年起將擴大補助市民搭乘公車，每月最高可省下數百元，"
               "市長表示，這項政策希望鼓勵更多民眾使用大眾運輸。\n")
HONG_KONG = "記者今日喺灣仔街市採訪咗幾位檔主，佢哋話呢排生意麻麻哋，希望政府幫手㗎。\n"


def test_utf32_without_a_byte_order_mark_is_text() -> None:
    for codec in ("utf-32-le", "utf-32-be"):
        for text in (SIMPLIFIED * 2, "新华社杭州电。"):
            decoded = decode(text.encode(codec))
            assert decoded.text == text and decoded.encoding == "utf-32"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_or_any_ascii_is_text(codec: str) -> None:
    """A headline alone, all Han characters: no NUL byte shows it is UTF-16."""
    for text in ("浙江新开工重大项目二百余个", "台中擴大補助市民搭乘公車。"):
        decoded = decode(text.encode(codec))
        assert decoded.text == text and decoded.encoding == "utf-16"


@pytest.mark.parametrize(("text", "codec"), [("浙江新开工重大项目", "gbk"), ("台中擴大補助公車", "big5"),
                                             ("一一丁丁", "gb18030"), ("据报道，项目投资增长。", "gb18030")])
def test_short_gbk_and_big5_are_not_taken_for_utf16(text: str, codec: str) -> None:
    assert decode(text.encode(codec)).text == text


# --- one file, two encodings ---------------------------------------------------------------


def test_a_gbk_file_with_a_utf8_paragraph_pasted_in_reads_each_line_in_its_encoding(caplog) -> None:
    data = SIMPLIFIED.encode("gbk") + SIMPLIFIED_2.encode("utf-8") + SIMPLIFIED.encode("gbk")
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        decoded = decode(data, path="mixed.txt")
    assert decoded.text == SIMPLIFIED + SIMPLIFIED_2 + SIMPLIFIED
    assert decoded.encoding == "gb18030+utf-8" and decoded.replacements == 0
    assert "mixes UTF-8 and gb18030 text" in caplog.text


def test_a_utf8_file_with_a_gbk_line_and_a_big5_file_with_a_utf8_line() -> None:
    data = (SIMPLIFIED * 2).encode("utf-8") + SIMPLIFIED_2.encode("gbk")
    assert decode(data).text == SIMPLIFIED * 2 + SIMPLIFIED_2
    data = TRADITIONAL.encode("big5") + HONG_KONG.encode("utf-8") + TRADITIONAL.encode("big5")
    decoded = decode(data)
    assert decoded.text == TRADITIONAL + HONG_KONG + TRADITIONAL
    assert decoded.encoding == "big5hkscs+utf-8"


def test_a_minified_gbk_page_with_a_utf8_paragraph_reads_each_run_in_its_encoding() -> None:
    """A minified page is one line: the UTF-8 paragraph is cut out of it as a run."""
    head = '<html><head><meta charset="gbk"><title>浙江重大项目</title></head><body><p>'
    data = (head + SIMPLIFIED.strip() + "</p><p>").encode("gbk") + SIMPLIFIED_2.strip().encode("utf-8") \
        + ("</p><p>" + SIMPLIFIED.strip() + "</p></body></html>").encode("gbk")
    decoded = decode(data, declared="gbk")
    assert decoded.text == head + SIMPLIFIED.strip() + "</p><p>" + SIMPLIFIED_2.strip() + "</p><p>" \
        + SIMPLIFIED.strip() + "</p></body></html>"
    assert decoded.encoding == "gb18030+utf-8" and decoded.replacements == 0


def test_a_utf8_line_with_a_big5_run() -> None:
    data = ("<p>" + HONG_KONG.strip() + "</p><p>").encode("utf-8") + TRADITIONAL.strip().encode("big5") + b"</p>"
    decoded = decode(data)
    assert decoded.text == "<p>" + HONG_KONG.strip() + "</p><p>" + TRADITIONAL.strip() + "</p>"
    assert decoded.encoding == "big5hkscs+utf-8"


def test_a_gbk_line_that_happens_to_be_valid_utf8_stays_gbk() -> None:
    """一一 is D2BB D2BB in GBK, which is valid UTF-8 (Cyrillic һһ): no Chinese in that reading."""
    data = ("一一\n" + SIMPLIFIED).encode("gbk")
    decoded = decode(data)
    assert decoded.text == "一一\n" + SIMPLIFIED and decoded.encoding == "gb18030"


def test_utf8_damaged_on_several_lines_stays_utf8() -> None:
    """More than a cut character (five bad bytes over five lines) used to send the whole file to
    GB18030, as mojibake; each damaged line keeps its UTF-8 with one replacement."""
    lines = [SIMPLIFIED.encode("utf-8")[:-1] for _ in range(5)]
    data = b"\n".join(line[:30] + b"\xff" + line[30:] for line in lines)
    decoded = decode(data)
    assert decoded.encoding == "utf-8" and decoded.replacements == 5
    assert decoded.text.count(SIMPLIFIED[12:40]) == 5


# --- declarations the bytes contradict ------------------------------------------------------


@pytest.mark.parametrize(("text", "codec", "declared", "expected"), [
    (TRADITIONAL * 2, "big5", "gbk", "big5hkscs"),  # a gb2312 template on a Big5 page
    (SIMPLIFIED * 2, "gbk", "big5", "gb18030"),
    (SIMPLIFIED * 2, "gbk", "iso-8859-1", "gb18030"),  # a Western server's default label
    (SIMPLIFIED * 2, "gbk", "windows-1252", "gb18030"),
    (TRADITIONAL * 2, "big5", "latin1", "big5hkscs"),
    (SIMPLIFIED * 2, "gbk", "shift_jis", "gb18030"),
    (SIMPLIFIED * 2, "utf-8", "gb2312", "utf-8"),
])
def test_the_bytes_win_over_a_wrong_declaration(text: str, codec: str, declared: str, expected: str) -> None:
    decoded = decode(text.encode(codec), declared=declared)
    assert decoded.text == text and decoded.encoding == expected


def test_a_true_latin1_declaration_is_kept() -> None:
    text = "Le président a déclaré à Genève que la coopération économique reste très forte. Müller, Zürich.\n" * 3
    assert decode(text.encode("latin-1"), declared="iso-8859-1").text == text


def test_an_html_page_declaring_gb2312_on_big5_bytes_reads_big5() -> None:
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>公車補助</title>'
            f"</head><body><article><h1>台中擴大公車補助</h1><p>{TRADITIONAL}</p><p>{TRADITIONAL}</p></article></body></html>")
    extract = extract_html(page.encode("big5"), path="tw.html")
    assert extract.encoding == "big5hkscs"
    assert TRADITIONAL.strip() in [line.text for line in extract.lines]


@pytest.mark.parametrize(("head", "expected"), [
    (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=GBK\r\nServer: nginx\r\n\r\n<html><head>", "GBK"),
    (b'<?xml version="1.0" encoding="big5"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>', "big5"),
    (b'<html><head><meta charset="utf-8">', "utf-8"),
    (b"<html><body><pre>\nContent-Type: text/plain; charset=gbk\n</pre>", None),  # text, not a header
])
def test_declared_charset_reads_saved_headers_and_xml_declarations(head: bytes, expected: str | None) -> None:
    assert declared_charset(head + b"<title>x</title></head><body></body></html>") == expected


# --- Latin-1 mojibake -------------------------------------------------------------------------


def _windows_misread(data: bytes) -> str:
    """What cp1252 software makes of bytes: its five holes kept as C1 controls."""
    return "".join(bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in data)


@pytest.mark.parametrize("misread", [lambda b: b.decode("latin-1"), _windows_misread])
def test_utf8_saved_again_as_utf8_after_a_latin1_misreading_is_repaired(misread, caplog) -> None:
    mojibake = misread((SIMPLIFIED * 2).encode("utf-8"))
    assert mojibake.startswith(("æ–°å", "æ\x96°å"))  # 新华
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        decoded = decode(mojibake.encode("utf-8"), path="m.txt")
    assert decoded.text == SIMPLIFIED * 2 and decoded.encoding == "utf-8"
    assert "misread as Latin-1" in caplog.text


def test_gbk_read_as_latin1_and_saved_as_utf8_is_repaired() -> None:
    mojibake = (SIMPLIFIED * 2).encode("gbk").decode("latin-1")
    assert decode(mojibake.encode("utf-8")).text == SIMPLIFIED * 2


def test_only_the_misread_line_is_repaired() -> None:
    title = "浙江重大项目投资增长"
    text = _windows_misread(title.encode("utf-8")) + "\n" + SIMPLIFIED
    assert decode(text.encode("utf-8")).text == title + "\n" + SIMPLIFIED


def test_a_lossy_misreading_is_left_alone() -> None:
    """cp1252 software that dropped its undefined bytes: no exact round trip, no repair."""
    mojibake = (SIMPLIFIED * 2).encode("utf-8").decode("cp1252", errors="ignore")
    assert decode(mojibake.encode("utf-8")).text == mojibake


@pytest.mark.parametrize("text", [
    "Café crème à Zürich: Müller & Søren signed the 3×4 m² façade deal, said José Ñúñez.\n" * 3,
    SIMPLIFIED + "面积约3×4平方米，Renée·Müller说。\n",
    "Ã© is how é looks misread; Ã¼ is ü.\n",
])
def test_latin_text_with_accents_is_not_repaired(text: str) -> None:
    assert decode(text.encode("utf-8")).text == text


# --- Big5 and GB18030 extensions, 7-bit encodings ---------------------------------------------


def test_gb18030_four_byte_characters() -> None:
    text = "据考古报告，𠀀𪚥和䶮等字见于碑文，€标价亦有出现。新华社记者在现场看到，考古队员正在整理出土文物。\n" * 2
    decoded = decode(text.encode("gb18030"))
    assert decoded.text == text and decoded.encoding == "gb18030"


def test_hkscs_characters_without_a_declaration() -> None:
    text = HONG_KONG * 3
    decoded = decode(text.encode("big5hkscs"))
    assert decoded.text == text and decoded.encoding == "big5hkscs"


@pytest.mark.parametrize("declared", [None, "big5", "cp950"])
def test_cp950_euro_sign_keeps_a_big5_file_big5(declared: str | None) -> None:
    """€ is A3E1 in Microsoft's CP950 and in no Big5-HKSCS table: the file used to go to GB18030."""
    text = "中央社記者台北電，歐元兌新台幣匯率今天升至一比三十五，€計價商品隨之上漲，業者表示將調整售價。\n" * 2
    decoded = decode(text.encode("cp950"), declared=declared)
    assert decoded.text == text and decoded.encoding == "big5hkscs"


def test_hz_gb_2312() -> None:
    data = (SIMPLIFIED * 2).encode("hz")
    assert data.isascii() and b"~{" in data
    decoded = decode(data)
    assert decoded.text == SIMPLIFIED * 2 and decoded.encoding == "hz"


def test_ascii_with_a_tilde_brace_is_not_hz() -> None:
    text = "Use ~{HOME} and ~{USER}~} in the template; see the manual for more examples of this syntax.\n"
    assert decode(text.encode()).text == text


def _iso2022_cn(text: str) -> bytes:
    out = bytearray()
    for line in text.split("\n"):
        out += b"\x1b$)A" if any(ord(char) > 127 for char in line) else b""
        for char in line:
            if ord(char) < 128:
                out += char.encode()
            else:
                pair = char.encode("gb2312")
                out += b"\x0e" + bytes([pair[0] - 0x80, pair[1] - 0x80]) + b"\x0f"
        out += b"\n"
    return bytes(out[:-1])


def test_iso_2022_cn_with_gb2312() -> None:
    decoded = decode(_iso2022_cn(SIMPLIFIED * 2))
    assert decoded.text == SIMPLIFIED * 2 and decoded.encoding == "iso2022_cn"


def test_iso_2022_cn_with_cns_planes_is_refused_by_name() -> None:
    data = b"\x1b$)G\x0e\x44\x63\x4b\x55\x0f news\n" * 5  # CNS 11643 plane 1 designated
    with pytest.raises(EncodingError, match=r"ISO-2022-CN with CNS 11643.*iconv -f ISO-2022-CN"):
        decode(data)


# --- byte-order marks in JSON -----------------------------------------------------------------


def test_json_lines_with_a_byte_order_mark_before_each_record(caplog) -> None:
    record = json.dumps({"title": "浙江重大项目", "content": SIMPLIFIED}, ensure_ascii=False)
    data = (codecs.BOM_UTF8 + record.encode() + b"\n") * 3  # three files joined with cat
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        records = parse_records(decode(data).text.lstrip("\ufeff"))
    assert len(records) == 3 and not caplog.messages


def test_a_utf8_byte_order_mark_before_gbk_bytes_is_ignored(caplog) -> None:
    data = codecs.BOM_UTF8 + json.dumps({"content": SIMPLIFIED}, ensure_ascii=False).encode("gbk")
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        decoded = decode(data, path="r.json")
    assert decoded.encoding == "gb18030" and SIMPLIFIED.strip() in json.loads(decoded.text)["content"]
    assert "byte-order mark but is not UTF-8" in caplog.text


# --- refusals say what they saw ---------------------------------------------------------------

JUNK = bytes([0x81, 0x30, 0xFF, 0xFE, 0x80]) * 50


@pytest.mark.parametrize(("data", "declared", "message"), [
    (JUNK, None, "is not valid UTF-8, GB18030/GBK or Big5 (it looks most like GB18030, which leaves"),
    (JUNK, "gb2312", "declares gb2312 but is not valid gb2312; is not valid UTF-8"),
    (JUNK, "x-unknown", "declares an unknown charset 'x-unknown'"),
    (JUNK, "euc-kr", "declares euc-kr, is not valid euc-kr, and"),
])
def test_refusals_name_the_declaration_and_the_closest_reading(data: bytes, declared: str | None, message: str) -> None:
    with pytest.raises(EncodingError, match=message.replace("(", r"\(")) as raised:
        decode(data, declared=declared, path="bad.html")
    assert "\n" not in str(raised.value) and str(raised.value).startswith("bad.html: cannot be decoded: ")


def test_damaged_utf8_is_called_utf8_in_the_refusal() -> None:
    data = bytearray((SIMPLIFIED * 4).encode("utf-8"))
    data[5::24] = b"\xff" * len(data[5::24])
    with pytest.raises(EncodingError, match=r"declares gb2312 but is not valid gb2312.*looks most like UTF-8"):
        decode(bytes(data), declared="gb2312")
