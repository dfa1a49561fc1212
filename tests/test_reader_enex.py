"""Evernote exports (.enex): a notebook of notes, each an article of its own, built here around
invented notes (a web clip with its source address and tags, a note typed by hand, an empty one)."""

from __future__ import annotations

import pytest

from convertkit import read, read_all
from convertkit.errors import NoArticleError
from convertkit.readers import sniff_format

_CLIP_URL = "https://news.example.com/2026-12/07/content_884512.html"
_CLIP = (
    '<div><h1>杭州启动老旧小区改造三年行动</h1><div>2026-12-07 09:30 来源：杭州日报</div>'
    "<p>杭州日报讯（记者 王晓东）12月6日，杭州市住房保障和房产管理局发布老旧小区综合改造提升三年行动方案，"
    "明确到2027年底完成300个老旧小区改造，惠及居民约12万户。</p>"
    "<p>方案提出，改造将坚持一小区一方案，重点解决加装电梯、停车难、管网老化等居民反映强烈的问题。"
    "其中，加装电梯将采取政府补助与居民出资相结合的方式。</p>"
    "<p>市住保房管局相关负责人表示，今年以来全市已完成改造小区86个，下一步将加快推进项目审批。</p></div>"
)
_TYPED = (
    '<div><en-media type="image/png" hash="0f3a9c"/></div>'
    "<div>市气象台12月1日发布寒潮蓝色预警，预计未来三天气温下降8至10摄氏度，请市民注意防寒保暖。</div>"
)


def _note(title: str, body: str, *, url: str | None = None, tags: tuple[str, ...] = ()) -> str:
    attributes = f"<note-attributes><source-url>{url}</source-url></note-attributes>" if url else ""
    return (f"<note><title>{title}</title><created>20261207T020312Z</created>"
            + "".join(f"<tag>{tag}</tag>" for tag in tags) + attributes
            + '<content><![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
            f"<en-note>{body}</en-note>]]></content>"
            '<resource><data encoding="base64">iVBORw0KGgo=</data><mime>image/png</mime></resource></note>')


def _export(*notes: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">\n'
            '<en-export export-date="20261207T101500Z" application="Evernote" version="10.68.2">\n'
            + "\n".join(notes) + "\n</en-export>\n").encode("utf-8")


def test_each_note_of_an_export_is_a_document_numbered_as_a_record() -> None:
    data = _export(_note("杭州启动老旧小区改造三年行动_杭州网", _CLIP, url=_CLIP_URL, tags=("城市更新", "杭州")),
                   _note("寒潮预警", _TYPED), _note("空白笔记", "<div><br/></div>"))
    docs = list(read_all(data))
    assert [doc.meta.source.record for doc in docs] == [1, 2]  # the empty note is skipped, the numbers kept
    clip, typed = docs
    assert clip.meta.title == "杭州启动老旧小区改造三年行动"
    assert clip.meta.source.url == _CLIP_URL and clip.meta.source.format == "enex"
    assert clip.meta.keywords == ("城市更新", "杭州")
    assert clip.meta.published == "2026-12-07T09:30"  # the page's time, not when the note was clipped
    assert clip.meta.agency == "杭州日报" and clip.meta.reporters == ("王晓东",)
    assert clip.blocks[0].kind == "lead" and clip.blocks[0].text.startswith("12月6日")
    assert typed.meta.title == "寒潮预警"
    assert [block.text for block in typed.blocks] == ["市气象台12月1日发布寒潮蓝色预警，预计未来三天气温下降8至10摄氏度，请市民注意防寒保暖。"]
    assert typed.meta.published is None


def test_a_lone_note_is_the_exports_article_and_an_export_without_notes_none() -> None:
    doc = read(_export(_note("寒潮预警", _TYPED)))
    assert doc.meta.source.record is None and doc.meta.title == "寒潮预警"
    with pytest.raises(NoArticleError):
        read(_export())


@pytest.mark.parametrize(("path", "expected"), [(None, "enex"), ("notebook.enex", "enex"), ("notebook.xml", "enex")])
def test_sniffing_an_evernote_export(path: str | None, expected: str) -> None:
    assert sniff_format(_export(_note("寒潮预警", _TYPED)), path) == expected
