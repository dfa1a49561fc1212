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


_RULES = ("１．反对宪法基本原则，危害国家安全、政权稳定统一的；煽动民族仇恨、民族歧视的；"
          "２．宣扬邪教和封建迷信的；散布谣言，破坏社会稳定的；侮辱诽谤他人，侵害他人合法权益的；")


def _doc(title: str, content: str) -> str:
    return f"<doc>\n<url>http://bbs.example.cn/{len(title)}</url>\n<contenttitle>{title}</contenttitle>\n" \
           f"<content>{content}</content>\n</doc>\n"


def test_forum_rules_pages_are_skipped_with_one_warning(caplog):
    """A portal dump keeps its forum's posting-rules page once per thread: none of them is news."""
    story = _doc("深圳地铁将设立头等车厢", "南都讯　记者刘凡　继推出日票后，深圳今后将设地铁头等车厢，设坐票制。")
    rules = _doc("本公司电子公告服务严格遵守", _RULES)
    licence = _doc("·社区用户请确认您发表的言论符合",
                   "·社区经营许可证编号：京ＩＣＰ０００００００８号。用户不得在本社区发表包含破坏宪法和法律的言论。"
                   "用户因为违反本社区规定而触犯法律的，责任自负，本公司不承担任何责任。")
    data = ("<docs>\n" + story + rules * 3 + licence + "</docs>").encode()
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        docs = list(read_doclist_documents(data, path="dump.txt"))
    assert [doc.meta.title for doc in docs] == ["深圳地铁将设立头等车厢"]
    warnings = [record.getMessage() for record in caplog.records if "posting rules" in record.getMessage()]
    assert warnings == ["dump.txt: 4 record(s) skipped, a site's posting rules or licence notice, "
                        "not an article (record 2, 3, 4, 5)"]


def test_a_story_about_the_rules_is_kept():
    """Reporting that quotes the forbidden kinds of post has a dateline and sentences of its own."""
    content = ("新华社北京3月1日电　国家网信办1日发布新规，要求论坛服务提供者公布管理规则。" + _RULES
               + "专家表示，新规有助于规范网络秩序。")
    docs = list(read_doclist_documents(("<docs>\n" + _doc("网信办发布论坛管理新规", content) + "</docs>").encode()))
    assert [doc.meta.title for doc in docs] == ["网信办发布论坛管理新规"]


def test_a_lone_rules_page_is_no_article():
    with pytest.raises(NoArticleError, match="posting rules"):
        list(read_doclist_documents(("<docs>\n" + _doc("本公司电子公告服务严格遵守", _RULES) + "</docs>").encode()))


@needs_corpus
def test_corpus_boilerplate_dump_keeps_no_rules_page():
    data = (CORPUS / "encodings" / "sogoucs_mini_boilerplate.txt").read_bytes()
    titles = [doc.meta.title for doc in read_doclist_documents(data)]
    assert titles and "本公司电子公告服务严格遵守" not in titles


@pytest.mark.parametrize("text", [
    "<docs><doc><contenttitle>t</contenttitle>" + "<a>" * 100000,  # elements that never close
    "<docs><doc><contenttitle>t</contenttitle>" + "<ab>" * 75000 + "</a>",  # a close of no name they can read
    "<docs><doc><contenttitle>" + "<" * 300000 + "</contenttitle><content>aa</doc>",  # tags that never end
    "<docs><doc><contenttitle>t</contenttitle><content>" + "<br" * 100000 + "</content></doc>",
    "<docs><doc><contenttitle>t</contenttitle>" + "<content>" * 33000 + "</x>",
    "<doc x" * 50000,
    "<feed><entry>" + "<link " * 100000,  # Atom links that never close
    "<rss><item><description>x" + "(浏览全文 " * 50000 + "</description></item>",  # "more" brackets never closed
    "<feed><entry><author>" + "<name>" * 100000 + "</author></entry>",
    "<feed><entry><content>" + "中\n" * 100000 + "<br></content></entry>",  # source line breaks in HTML
    "<rss><channel " * 50000 + "<item>",
    "<rss><item><description>正文" + " " * 200000 + "x</description></item>",  # a blank run before no "more" bracket
    "<feed><entry><content>&lt;br&gt;正文" + " " * 200000 + "x</content></entry>",  # ... and before no line break
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
