"""Shapes met on real saved pages from news extractors' test sets (a BBC Chinese story page, a
China Daily page, a Xinhua page; a small CMS's stored article HTML), rebuilt here with
invented text. Each test names the page shape; the rules are general.
"""

from __future__ import annotations

from convertkit import read

_BODY = (
    "市政府星期二就老城区改造计划举行公开听证，多名居民代表到场发言，要求当局公开拆迁补偿标准。",
    "负责该计划的官员表示，当局会在两周内公布补偿细则，并承诺不会在细则公布之前开展任何拆除工作。",
)
_MORE = (
    "有居民代表说，他们在过去半年多次写信查询，但一直没有得到正面回复，希望今次听证能有实际结果。",
    "另有代表批评当局的咨询期太短，要求延长至三个月，让更多受影响的商户有时间提交书面意见。",
)


def _page(head: str, inner: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'>{head}</head><body>"
            f"<div class='story'><h1>老城区改造听证会举行</h1>{inner}</div></body></html>").encode()


def _paragraphs(texts: tuple[str, ...]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def test_dublin_core_terms_created_is_the_publication_time():
    """BBC's pages state the time only as <meta name="dcterms.created"> (and dcterms.modified)."""
    head = ("<title>老城区改造听证会举行</title>"
            '<meta name="dcterms.created" content="2012-12-10T09:24:01+00:00" />'
            '<meta name="dcterms.modified" content="2012-12-10T10:41:47+00:00" />')
    doc = read(_page(head, _paragraphs(_BODY + _MORE)), format="html")
    assert doc.meta.published == "2012-12-10T09:24:01+00:00"


def test_quoted_phrase_the_page_marks_as_a_heading_is_a_subheading():
    """BBC Chinese crossheads are quoted phrases in an <h2> (“郑重道歉”); set alone in plain text
    a quotation stays a paragraph, but the page says this one is a heading."""
    inner = _paragraphs(_BODY) + "<h2>“公开细则”</h2>" + _paragraphs(_MORE)
    doc = read(_page("<title>老城区改造听证会举行</title>", inner), format="html")
    kinds = [(block.kind, block.text) for block in doc.blocks]
    assert ("heading", "“公开细则”") in kinds


def test_quotation_alone_in_a_paragraph_stays_a_paragraph():
    inner = _paragraphs(_BODY) + "<p>“公开细则”</p>" + _paragraphs(_MORE)
    doc = read(_page("<title>老城区改造听证会举行</title>", inner), format="html")
    assert ("heading", "“公开细则”") not in [(block.kind, block.text) for block in doc.blocks]
