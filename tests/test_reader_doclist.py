"""Sogou ``<doc>`` lists and RSS/RDF feeds: one document per record, legacy encodings, cut-off files."""

from __future__ import annotations

import logging

import pytest

from conftest import CORPUS
from convertkit.errors import NoArticleError
from convertkit.readers import sniff_format
from convertkit.readers.crawler_json import record_input
from convertkit.readers.doclist import parse_doclist, read_doclist_documents

needs_corpus = pytest.mark.skipif(not (CORPUS / "encodings").is_dir(), reason="corpus not available")

_SOGOU = """<docs>
<doc>
<url>http://news.sohu.com/20120706/n1.shtml</url>
<docno>abc</docno>
<contenttitle>深圳地铁将设立头等车厢　买双倍票可享坐票</contenttitle>
<content>南都讯　记者刘凡　继推出日票后，深圳今后将设地铁头等车厢，设坐票制。R&D 部门表示将研究。</content>
</doc>
<doc>
<url>http://news.sohu.com/20120706/n2.shtml</url>
<docno>def</docno>
<contenttitle></contenttitle>
<content></content>
</doc>
<doc>
<url>http://news.sohu.com/20120706/n3.shtml</url>
<contenttitle>被截断的最后一篇</contenttitle>
<content>新华社北京7月6日电　这篇文档在文件末尾被截断，但已有的正文仍然"""

_RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>某某网</title>
<item><title>标题一</title><link>http://x.cn/1</link><pubDate>Sat, 31 Dec 2005 06:15:55 +0900</pubDate>
<description><![CDATA[<p>第一段正文，内容足够长。</p><p>第二段正文。</p>]]></description></item>
<item><title>标题二</title><link>http://x.cn/2</link><description>&lt;p&gt;转义的HTML正文，同样足够长。&lt;/p&gt;</description></item>
</channel></rss>"""


def test_sogou_records_fields_and_cut_off_tail():
    records = parse_doclist(_SOGOU)
    assert [record.data.get("title") for record in records] == ["深圳地铁将设立头等车厢　买双倍票可享坐票", "", "被截断的最后一篇"]
    assert records[0].data["url"] == "http://news.sohu.com/20120706/n1.shtml"
    assert "R&D" in records[0].data["content"]  # a raw ampersand survives
    assert record_input(records[1], {}) is None  # empty <content>: no article


def test_rss_items_cdata_and_escaped_html():
    records = parse_doclist(_RSS)
    assert len(records) == 2  # the channel title is not a record
    first = record_input(records[0], {})
    assert [line.text for line in first.lines] == ["第一段正文，内容足够长。", "第二段正文。"]
    assert first.hints.url == "http://x.cn/1"
    second = record_input(records[1], {})
    assert second.lines[0].text == "转义的HTML正文，同样足够长。"


def test_sniffed_as_doclist():
    assert sniff_format(_SOGOU.encode("gb18030")) == "doclist"
    assert sniff_format(_RSS.encode("utf-8")) == "doclist"
    assert sniff_format(b"<html><body><p>x</p></body></html>") == "html"


def test_gbk_doclist_documents(caplog):
    pytest.importorskip("convertkit.structure.build")
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        documents = list(read_doclist_documents(_SOGOU.encode("gb18030"), path="sogou.dat"))
    assert [document.meta.title for document in documents] == ["深圳地铁将设立头等车厢 买双倍票可享坐票", "被截断的最后一篇"]
    assert all(document.meta.source.encoding == "gb18030" for document in documents)
    assert [document.meta.source.record for document in documents] == [1, 3]  # numbered from 1, as --record counts
    assert any("1 listed document(s) without body text skipped" in message for message in caplog.messages)


def test_list_without_any_body_is_no_article():
    with pytest.raises(NoArticleError, match="none with body text"):
        list(read_doclist_documents(b"<docs><doc><url>http://x</url><content></content></doc></docs>", path="e.dat"))


@needs_corpus
@pytest.mark.parametrize(("name", "encoding", "at_least"), [
    ("encodings/sogoucs_news_sohusite_xml.smarty.part.dat", "gb18030", 100),
    ("encodings/sogouca_news_tensite_xml.smarty.part.dat", "gb18030", 80),
    ("encodings/coolloud_rss_big5.xml", "big5hkscs", 15),
    ("encodings/acnnewswire_rss_gb2312.xml", "gb18030", 5),
])
def test_corpus_lists(name, encoding, at_least):
    pytest.importorskip("convertkit.structure.build")
    documents = list(read_doclist_documents((CORPUS / name).read_bytes(), path=name))
    assert len(documents) >= at_least
    assert all(document.meta.source.encoding == encoding and document.meta.title for document in documents)


@pytest.mark.parametrize("text", [
    "<docs><doc><contenttitle>t</contenttitle>" + "<a>" * 100000,  # elements that never close
    "<docs><doc><contenttitle>t</contenttitle>" + "<ab>" * 75000 + "</a>",  # a close of no name they can read
    "<docs><doc><contenttitle>" + "<" * 300000 + "</contenttitle><content>aa</doc>",  # tags that never end
    "<docs><doc><contenttitle>t</contenttitle><content>" + "<br" * 100000 + "</content></doc>",
    "<docs><doc><contenttitle>t</contenttitle>" + "<content>" * 33000 + "</x>",
    "<doc x" * 50000,
])
def test_hostile_markup_is_cut_in_linear_time(text):
    # each pattern was tried at every "<" and scanned to the end: 40 KB of "<a>" took 2.4 s
    import time

    from convertkit.readers.doclist import parse_doclist

    started = time.perf_counter()
    parse_doclist(text)
    assert time.perf_counter() - started < 2  # under 0.2 s; minutes when quadratic


def test_records_and_fields_are_those_of_the_patterns():
    import random

    from convertkit.readers import doclist as D

    def by_patterns(text):
        return [(m.span(), [f.span() for f in D._FIELD_RE.finditer(m.group(2))],
                 (u := D._UNCLOSED_CONTENT_RE.search(m.group(2))) and u.span()) for m in D._RECORD_RE.finditer(text)]

    def ours(text):
        return [(m.span(), [f.span() for f in D._fields(m.group(2))],
                 (u := D._unclosed_content(m.group(2))) and u.span()) for m in D._records(text)]

    pieces = ["<doc>", "</doc>", "<item>", "</item>", "<a>", "</a>", "<dc:creator>", "</dc:creator>", "</creator>",
              "<title.x>", "</title>", "</title.x>", "<content>", "</content>", "<ab>", "<a-b>", "</a-b>", "x", "中文",
              "<", ">", "</", "<br>", '<doc x="1">', " ", "<a.b c>", "</a.b>", "<Title>", "</Title >", "<br",
              "<a:b:c>", "</b:c>", "</a:b:c>"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert ours(text) == by_patterns(text), text
