"""Container readers probed with crawler records and pages the corpus lacks (gaps24): a record's
summary field shown as the 摘要 over the story (once: not where the text opens with it), the
desk's 版面编辑 a credit in a page as in a text, a programme's name in brackets before a transcript's
headline read as the series, and crawler records of other shapes (Scrapy items, Weibo statuses,
WeChat spiders, news APIs, block lists). Every text is invented."""

from __future__ import annotations

import json

import pytest

from convertkit import read
from convertkit.model import EditorNote

_TITLE = "本市首条跨江隧道月底通车"
_STORY = (
    "记者从市交通局获悉，本市首条跨江隧道将于本月底正式通车，两岸交通将迎来新的变化。",
    "据介绍，隧道全长三公里，双向六车道，设计时速六十公里，建设历时四年。",
    "通车后，两岸居民往返时间将由四十分钟缩短至十分钟，沿线公交线路也将同步调整。",
)
_SUMMARY = "隧道全长三公里，通车后两岸往返只需十分钟，公交线路同步调整。"


def _record(**fields: object) -> bytes:
    return json.dumps({"title": _TITLE, "content": "\n".join(_STORY), **fields}, ensure_ascii=False).encode()


def _notes(doc) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(block.label, block.text) for block in doc.blocks if isinstance(block, EditorNote)]


def _body(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [block.text for block in doc.blocks if block.kind in ("lead", "paragraph")]


# --------------------------------------------------------------------------- a record's summary field


@pytest.mark.parametrize("key", ["summary", "abstract", "description", "digest", "摘要", "msg_desc"])
def test_a_records_summary_field_is_the_standfirst(key: str) -> None:
    doc = read(_record(**{key: _SUMMARY}), format="json")
    assert _notes(doc) == [("摘要", _SUMMARY)]
    assert doc.blocks[0].kind == "editor_note" and _body(doc) == list(_STORY)
    assert doc.blocks[1].kind == "lead"  # the story's first paragraph stays its lead


def test_a_summary_in_html_is_shown_as_its_text() -> None:
    doc = read(_record(summary=f"<p>{_SUMMARY}</p>"), format="json")
    assert _notes(doc) == [("摘要", _SUMMARY)]


@pytest.mark.parametrize("summary", [
    _STORY[0],  # the first paragraph copied
    _STORY[0][:30] + "...",  # the opening cut short, as a page's description is
    _STORY[0][:30] + "…",
    _TITLE,  # the headline again
])
def test_a_summary_copying_the_opening_is_not_shown_twice(summary: str) -> None:
    doc = read(_record(description=summary), format="json")
    assert _notes(doc) == []
    assert _body(doc) == list(_STORY)


def test_a_summary_copying_the_lead_after_its_dateline_is_not_shown_twice() -> None:
    content = "新华社北京12月7日电 " + "\n".join(_STORY)
    data = json.dumps({"title": _TITLE, "content": content, "summary": _STORY[0]}, ensure_ascii=False)
    doc = read(data.encode(), format="json")
    assert _notes(doc) == []


def test_a_dataset_pairs_human_summary_is_the_summary_over_the_article() -> None:
    """An LCSTS/CLTS pair {title, article, summary}: the summary a person wrote of the article, set
    apart over it, the article the text."""
    data = json.dumps({"title": "", "article": "".join(_STORY), "summary": "跨江隧道月底通车"}, ensure_ascii=False)
    doc = read(data.encode(), format="json")
    assert _notes(doc) == [("摘要", "跨江隧道月底通车")]
    assert _body(doc) == ["".join(_STORY)]


def test_a_summary_alone_is_still_no_text() -> None:
    from convertkit.errors import NoArticleError

    with pytest.raises(NoArticleError):
        read(json.dumps({"title": _TITLE, "summary": _SUMMARY}, ensure_ascii=False).encode(), format="json")


# --------------------------------------------------------------------------- 版面编辑: a credit in pages and texts


def test_a_layout_editor_is_a_credit_in_a_page_as_in_a_text() -> None:
    line = "责任编辑：李大力 | 版面编辑：王小红"
    text = read((_TITLE + "\n" + "\n".join(_STORY) + "\n" + line + "\n").encode(), format="text")
    page = read((f"<html><head><meta charset='utf-8'><title>{_TITLE}</title></head><body><article><h1>{_TITLE}</h1>"
                 + "".join(f"<p>{text}</p>" for text in _STORY) + f"<p>{line}</p></article></body></html>").encode(),
                format="html")
    assert text.meta.editors == page.meta.editors == ("李大力",)


# --------------------------------------------------------------------------- a programme's name before the headline


@pytest.mark.parametrize(("tag", "programme"), [
    ("[新闻联播]", "新闻联播"), ("[焦点访谈]", "焦点访谈"), ("【朝闻天下】", "朝闻天下"), ("［东方时空］", "东方时空"),
])
def test_a_programmes_name_before_a_transcripts_headline_is_the_series(tag: str, programme: str) -> None:
    doc = read((tag + _TITLE + "\n" + "\n".join(_STORY) + "\n").encode(), format="text")
    assert doc.meta.title == _TITLE
    assert doc.meta.series is not None and doc.meta.series.name == programme
    assert _body(doc) == list(_STORY)


def test_a_programmes_name_in_a_records_title_is_the_series() -> None:
    doc = read(json.dumps({"title": f"[新闻联播]{_TITLE}", "content": "\n".join(_STORY)}, ensure_ascii=False).encode(),
               format="json")
    assert doc.meta.title == _TITLE and doc.meta.series is not None and doc.meta.series.name == "新闻联播"


def test_a_pages_filing_tag_names_no_series() -> None:
    doc = read(("[视频]" + _TITLE + "\n" + "\n".join(_STORY) + "\n").encode(), format="text")
    assert doc.meta.title == _TITLE and doc.meta.series is None


# --------------------------------------------------------------------------- crawler records of other shapes


def _read_record(record: dict[str, object]):  # type: ignore[no-untyped-def]
    return read(json.dumps(record, ensure_ascii=False).encode(), format="json")


@pytest.mark.parametrize("record", [
    {"title": _TITLE, "article": {"body": {"paragraphs": list(_STORY)}}},  # a Scrapy item's nested body
    {"item": {"headline": _TITLE, "article": {"body": {"paragraphs": [{"text": text} for text in _STORY]}}}},
    {"title": _TITLE, "content": {"blocks": [{"type": "paragraph", "data": {"text": text}} for text in _STORY]}},
    {"title": _TITLE, "content": [{"type": "text", "value": text} for text in _STORY]},
])
def test_a_body_nested_in_objects_or_blocks_is_the_text(record: dict[str, object]) -> None:
    doc = _read_record(record)
    assert doc.meta.title == _TITLE and _body(doc) == list(_STORY)


@pytest.mark.parametrize("picture", [
    {"type": "image", "src": "a.jpg", "caption": "隧道入口"},
    {"type": "img", "url": "a.jpg", "desc": "隧道入口"},
    {"type": "image", "data": {"file": {"url": "a.jpg"}, "caption": "隧道入口"}},
])
def test_a_picture_blocks_caption_is_a_caption_in_its_place(picture: dict[str, object]) -> None:
    blocks = [{"type": "text", "value": _STORY[0]}, picture, {"type": "text", "value": _STORY[1]}]
    doc = _read_record({"title": _TITLE, "content": blocks})
    assert [(block.kind, block.text) for block in doc.blocks] == [
        ("lead", _STORY[0]), ("caption", "隧道入口"), ("paragraph", _STORY[1])]


def test_a_weibo_status_reads_its_long_text_time_and_account() -> None:
    doc = _read_record({"created_at": "Sat Dec 07 10:31:00 +0800 2026", "isLongText": True,
                        "text": _STORY[0][:20] + '...<a href="/status/1">全文</a>',
                        "longText": {"longTextContent": "\n".join(_STORY)}, "user": {"screen_name": "某某日报"}})
    assert _body(doc) == list(_STORY)
    assert doc.meta.published == "2026-12-07T10:31+08:00" and doc.meta.agency == "某某日报"


def test_a_flag_under_a_fields_name_is_no_text() -> None:
    doc = _read_record({"title": _TITLE, "longText": False, "text": "\n".join(_STORY)})
    assert _body(doc) == list(_STORY)


def test_a_wechat_spiders_record_names_title_time_address_and_account() -> None:
    doc = _read_record({"msg_title": _TITLE, "msg_desc": _SUMMARY, "msg_link": "https://mp.weixin.qq.com/s/abc",
                        "post_time": 1796610660, "nickname": "某某交通",
                        "content_html": "<div>" + "".join(f"<p>{text}</p>" for text in _STORY) + "</div>"})
    assert doc.meta.title == _TITLE and doc.meta.published == "2026-12-07T10:31+08:00"
    assert doc.meta.source.url == "https://mp.weixin.qq.com/s/abc" and doc.meta.agency == "某某交通"
    assert _notes(doc) == [("摘要", _SUMMARY)] and _body(doc) == list(_STORY)


def test_a_gdelt_like_record_gives_its_address() -> None:
    doc = _read_record({"DocumentIdentifier": "https://www.example.com.cn/a/1.html", "SourceCommonName": "example.com.cn",
                        "Title": _TITLE, "DATE": "20261207103100", "text": "\n".join(_STORY)})
    assert doc.meta.source.url == "https://www.example.com.cn/a/1.html" and doc.meta.published == "2026-12-07T10:31"


def test_a_news_apis_iso_time_in_utc_and_its_description() -> None:
    doc = _read_record({"source": {"id": None, "name": "某某日报"}, "title": _TITLE, "description": _SUMMARY,
                        "publishedAt": "2026-12-07T02:31:00Z", "content": "\n".join(_STORY)})
    assert doc.meta.published == "2026-12-07T02:31+00:00" and doc.meta.agency == "某某日报"
    assert _notes(doc) == [("摘要", _SUMMARY)]


def _feed(teaser: str, *, teaser_first: bool = True) -> bytes:
    description = f"<description><![CDATA[{teaser}]]></description>"
    post = "<content:encoded><![CDATA[" + "".join(f"<p>{text}</p>" for text in _STORY) + "]]></content:encoded>"
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/'
            'content/"><channel><title>某某日报</title><description>本报新闻</description>'
            f"<item><title>{_TITLE}</title><link>https://example.cn/1</link>"
            f"{description + post if teaser_first else post + description}</item></channel></rss>").encode()


@pytest.mark.parametrize("teaser_first", [True, False])
def test_a_feed_entrys_teaser_beside_its_post_is_the_summary(teaser_first: bool) -> None:
    doc = read(_feed(_SUMMARY, teaser_first=teaser_first), format="doclist")
    assert _notes(doc) == [("摘要", _SUMMARY)] and _body(doc) == list(_STORY)


@pytest.mark.parametrize("teaser", [
    _STORY[0][:30] + " [&#8230;]",
    f"<p>{_STORY[0][:30]} [&#8230;]</p><p>The post <a href='/1'>{_TITLE}</a> appeared first on <a href='/'>某某日报</a>.</p>",
])
def test_a_feed_entrys_excerpt_of_its_opening_is_not_shown_twice(teaser: str) -> None:
    doc = read(_feed(teaser), format="doclist")
    assert _notes(doc) == [] and _body(doc) == list(_STORY)


@pytest.mark.parametrize(("written", "iso"), [
    ("Mon Dec 07 2026 10:31:00 GMT+0800 (中国标准时间)", "2026-12-07T10:31+08:00"),  # JavaScript's Date, saved as text
    ("Mon Dec 07 2026 10:31:00 GMT-0500 (Eastern Standard Time)", "2026-12-07T10:31-05:00"),
    ("2026-12-07 10:31 GMT", "2026-12-07T10:31+00:00"),
    ("2026-12-07 10:31 GMT+5:30", "2026-12-07T10:31+05:30"),
])
def test_a_records_time_with_its_zone_after_gmt(written: str, iso: str) -> None:
    doc = _read_record({"title": _TITLE, "content": "\n".join(_STORY), "publish_time": written})
    assert doc.meta.published == iso


def test_a_summary_of_sentences_picked_from_the_text_is_not_shown() -> None:
    """newspaper's "summary": the text's own sentences picked out, no words of its own."""
    doc = _read_record({"title": _TITLE, "text": "\n".join(_STORY), "summary": _STORY[2] + "\n" + _STORY[1]})
    assert _notes(doc) == [] and _body(doc) == list(_STORY)


def test_a_pages_meta_description_kept_by_the_extractor_is_the_summary() -> None:
    doc = _read_record({"title": _TITLE, "text": "\n".join(_STORY), "meta_description": _SUMMARY})
    assert _notes(doc) == [("摘要", _SUMMARY)]


@pytest.mark.parametrize("key", ["article_text", "post_content", "paragraphs", "detail"])
def test_a_body_under_a_name_no_list_holds_is_the_text(key: str) -> None:
    value: object = list(_STORY) if key == "paragraphs" else "\n".join(_STORY)
    doc = _read_record({"title": _TITLE, key: value, "id": 3, "category": "社会新闻"})
    assert doc.meta.title == _TITLE and _body(doc) == list(_STORY)


def test_a_search_results_snippet_is_still_no_text() -> None:
    from convertkit.errors import NoArticleError

    with pytest.raises(NoArticleError):
        _read_record({"title": _TITLE, "snippet": _STORY[0]})
    with pytest.raises(NoArticleError):  # two texts of a size: neither is guessed to be the body
        _read_record({"title": _TITLE, "text_a": "\n".join(_STORY), "text_b": "\n".join(reversed(_STORY))})


def test_a_weibo_statuss_link_cards_are_no_words_of_the_post() -> None:
    card = '<a href="https://video.weibo.com/show?fid=1"><span class="url-icon"><img src="v.png"></span>' \
           '<span class="surl-text">某某日报的微博视频</span></a> <a href="https://weibo.cn/sinaurl?u=x">' \
           '<span class="surl-text">网页链接</span></a>'
    topic = '<a href="https://m.weibo.cn/search?containerid=1"><span class="surl-text">#跨江隧道#</span></a>'
    doc = _read_record({"created_at": "Sat Dec 07 10:31:00 +0800 2026", "user": {"screen_name": "某某日报"},
                        "text": f"{_STORY[0]}<br />{_STORY[1]}{topic} {card}"})
    assert _body(doc) == [_STORY[0], _STORY[1] + "#跨江隧道#"]


def test_a_json_feeds_title_is_its_entries_outlet_and_an_entrys_summary_its_standfirst() -> None:
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "某某日报", "home_page_url": "https://example.cn/",
            "items": [{"id": "1", "url": "https://example.cn/1", "title": _TITLE, "content_text": "\n".join(_STORY),
                       "summary": _SUMMARY, "date_published": "2026-12-07T10:31:00+08:00"}]}
    doc = _read_record(feed)
    assert doc.meta.agency == "某某日报" and doc.meta.published == "2026-12-07T10:31+08:00"
    assert _notes(doc) == [("摘要", _SUMMARY)] and _body(doc) == list(_STORY)
