"""Crawler output as a table (CSV, TSV): header names, one article a row, the JSON record path."""

from __future__ import annotations

import logging

import pytest

from convertkit.errors import MalformedInputError
from convertkit.readers import read_documents, sniff_format
from convertkit.readers.table import parse_rows

pytest.importorskip("convertkit.structure.build")

# Invented rows in the shape of a spider's pandas export: quoted cells, a line break inside the
# text's cell, a row without text.
_CSV = (
    "id,title,content,pub_time,source_name,author\n"
    '1,某市召开防汛工作会议,"本报讯（记者 王小明）7月5日，某市召开防汛工作会议，部署当前防汛救灾工作。\n'
    '会议强调，要压紧压实责任，确保人民群众生命财产安全。",2024-07-05 10:00,某某日报,王小明\n'
    "2,只有标题的一行,,2024-07-05 11:00,某某日报,\n"
    '3,"某县举办农民丰收节，展示特色农产品",某县今天举办农民丰收节活动，展示当地特色农产品，吸引大批群众参与。,1720152000,某某晚报,\n'
)


def test_a_csv_export_gives_one_document_per_row_with_text(caplog):
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        first, second = read_documents(_CSV.encode("utf-8"), path="crawl.csv")
    assert first.meta.title == "某市召开防汛工作会议"
    assert first.meta.published == "2024-07-05T10:00"
    assert first.meta.reporters == ("王小明",)
    assert [block.text for block in first.blocks] == [
        "7月5日，某市召开防汛工作会议，部署当前防汛救灾工作。", "会议强调，要压紧压实责任，确保人民群众生命财产安全。"]
    assert first.meta.source.format == "csv" and first.meta.source.record == 1
    assert second.meta.title == "某县举办农民丰收节，展示特色农产品"
    assert second.meta.published == "2024-07-05T12:00+08:00"  # an epoch second, on China time
    assert second.meta.source.record == 3
    assert "1 record(s) without body text skipped (record 2)" in caplog.text


def test_a_gbk_tsv_with_chinese_headers_and_a_byte_order_mark():
    tsv = "\ufeff标题\t正文\t发布时间\t来源\n某地举办读书节\t本报讯 某地今天举办读书节，市民在活动现场阅读交流，气氛热烈。\t2024年4月23日 09:30\t某某晚报\n"
    (document,) = read_documents(tsv.encode("gb18030"), path="export.tsv")
    assert (document.meta.title, document.meta.published, document.meta.agency) == (
        "某地举办读书节", "2024-04-23T09:30", "某某晚报")


def test_columns_of_other_names_are_mapped_with_fields():
    data = "编号;headline_text;body_text\n1;测试标题;第一段正文内容在这里，说明事件发生的经过。\n".encode()
    with pytest.raises(MalformedInputError, match="names no title or text column"):
        list(read_documents(data, path="x.csv"))
    (document,) = read_documents(data, path="x.csv", fields={"title": "headline_text", "content": "body_text"})
    assert document.meta.title == "测试标题"


def test_table_suffixes_are_sniffed_and_rows_keep_their_columns():
    assert sniff_format(b"title,content\n", "a.csv") == "csv"
    assert sniff_format(b"title\tcontent\n", "a.TSV") == "csv"
    assert sniff_format(b"title,content\n", "a.txt") == "text"  # a table only by its name
    (row,) = parse_rows('title,content,title\nA,"x,y",B\n\n', path="a.csv")
    assert row.data == {"title": "A", "content": "x,y"}  # a column named twice: the first


def test_a_big5_csv_headed_in_traditional_characters():
    """A Taiwan spider's export heads its columns 標題, 內容, 日期, 來源: the title is the
    標題 cell, not the text's first sentence."""
    csv_text = ("標題,內容,日期,來源\n"
                "違停罰鍰提高 立院三讀,〔記者林小美／台北報導〕立法院今天三讀通過修正案，未來違規停車罰鍰將提高。,"
                "2026-12-07 11:00,某某時報\n")
    (document,) = read_documents(csv_text.encode("big5"), path="tw.csv")
    assert (document.meta.title, document.meta.published, document.meta.agency) == (
        "違停罰鍰提高 立院三讀", "2026-12-07T11:00", "某某時報")
    assert document.meta.reporters == ("林小美",)


def test_an_excel_unicode_text_export_is_a_table_though_named_txt():
    """Excel's "Unicode Text" save: UTF-16 with a byte order mark, tab-separated, CRLF, a .txt
    name. A header row naming a title and a text column makes it a table; a text file whose
    first line merely holds a tab, or names one such column only, stays text."""
    rows = ("标题\t正文\t发布时间\t来源\r\n"
            "某地举办读书节\t\"本报讯 某地今天举办读书节，市民在活动现场阅读交流。\n活动将持续一周。\"\t2024/4/23 9:30\t某某晚报\r\n")
    data = b"\xff\xfe" + rows.encode("utf-16-le")
    assert sniff_format(data, "export.txt") == "csv"
    assert sniff_format(rows.encode("gb18030"), "export.txt") == "csv"
    (document,) = read_documents(data, path="export.txt")
    assert (document.meta.title, document.meta.published, document.meta.agency) == (
        "某地举办读书节", "2024-04-23T09:30", "某某晚报")
    assert [block.text for block in document.blocks][-1] == "活动将持续一周。"
    assert sniff_format("标题\t作者\n某地举办读书节\n".encode(), "a.txt") == "text"
    assert sniff_format("第一章\t序言\n正文在这里。\n".encode(), "a.txt") == "text"
    assert sniff_format(b"title,content\n", "a.md") == "text"


def test_a_pandas_export_of_scrapy_list_fields_reads_the_lists():
    """pandas writes a Scrapy item's list fields to CSV as their repr (['第一段', '第二段']):
    the items are read, not the brackets and quotes."""
    csv_text = ("title,content,author,keywords,source\n"
                "['某地举办读书节'],\"['本报讯 某地今天举办读书节，市民在活动现场阅读交流。', '活动将持续一周，共设十个分会场。']\","
                "\"['王小明', '李华']\",\"['读书', '文化']\",['某某晚报']\n")
    (document,) = read_documents(csv_text.encode(), path="items.csv")
    meta = document.meta
    assert (meta.title, meta.agency, meta.reporters, meta.keywords) == (
        "某地举办读书节", "某某晚报", ("王小明", "李华"), ("读书", "文化"))
    assert [block.text for block in document.blocks] == ["某地今天举办读书节，市民在活动现场阅读交流。", "活动将持续一周，共设十个分会场。"]
