"""Markdown posts as blog engines and portal exports save them (a Jekyll/WordPress export of a
tech portal's article: YAML front matter, linked pictures, a 【编辑推荐】 list, an editor credit
with the desk's telephone, a link back to the channel), rebuilt with invented text."""

from __future__ import annotations

from convertkit import read
from convertkit.readers.base import split_lines
from convertkit.readers.front_matter import split_front_matter

_BODY = (
    "城市轨道交通的信号系统是保证列车安全运行的关键设备，本文介绍几种常见系统的工作原理。",
    "基于通信的列车控制系统通过车地之间的无线通信实时传递列车位置，从而缩短列车运行间隔。",
)


def _post(front: str, body: str) -> bytes:
    return (front + "\n".join(f"\n{line}\n" for line in body.split("\n"))).encode()


_FRONT = """---
author: zhangsan2016
comments: true
date: 2016-08-16 09:16:13+00:00
layout: post
slug: '%e4%bf%a1%e5%8f%b7'
title: 城市轨道交通信号系统怎样工作？
categories:
- 交通
tags:
- 信号
- 轨道交通
---
"""


def test_front_matter_gives_title_time_and_tags_and_is_no_body():
    doc = read(_post(_FRONT, "\n".join(_BODY)), format="text")
    assert doc.meta.title == "城市轨道交通信号系统怎样工作？"
    assert doc.meta.published == "2016-08-16T09:16:13+00:00"
    assert doc.meta.keywords == ("信号", "轨道交通")
    assert doc.meta.reporters == ()  # a login is no author's name
    assert doc.blocks[0].text == _BODY[0]
    assert not any("layout" in block.text or "slug" in block.text for block in doc.blocks)


def test_a_block_between_rules_without_article_fields_is_text():
    lines = split_lines("---\n第一部分：背景\n---\n" + _BODY[0])
    assert split_front_matter(lines) is None
    lines = split_lines("---\nlayout: post\ncomments: true\n---\n" + _BODY[0])
    assert split_front_matter(lines) is None  # settings only: no title, date or author


def test_linked_picture_leaves_no_empty_paragraph():
    """[![](a.jpg)](a.jpg): a picture inside a link; stripped once it left ``[](a.jpg)``."""
    body = "\n".join((_BODY[0], "[![](http://img.example.com/a/1.jpg)](http://img.example.com/a/1.jpg)", _BODY[1]))
    doc = read(_post(_FRONT, body), format="text")
    assert [block.text for block in doc.blocks] == list(_BODY)


def test_editor_credit_with_the_desks_telephone_closes_the_related_list():
    body = "\n".join((*_BODY, "【编辑推荐】",
                      "  1. [地铁信号系统升级改造的几点经验](http://example.com/art/1.htm)",
                      "  2. [无人驾驶列车的发展现状](http://example.com/art/2.htm)",
                      "【责任编辑：[李明](mailto:liming@example.com) TEL：（010）68470000】",
                      "原文：[**城市轨道交通信号系统怎样工作？**](http://example.com/art/3.htm) "
                      "[返回交通频道首页](http://example.com)"))
    doc = read(_post(_FRONT, body), format="text")
    kinds = [block.kind for block in doc.blocks]
    assert kinds[-2:] == ["related_links", "editor_line"]
    assert len(doc.blocks[-2].items) == 2
    assert doc.meta.editors == ("李明",)
    assert any("返回交通频道首页" in raw for raw in doc.meta.furniture_raw)


def test_links_with_no_target_keep_their_words():
    """A page converted to markdown leaves [更多]() and [收藏]( "分享本资源给好友"): the words stay."""
    body = "\n".join((_BODY[0], "字号：[T]() | [T]()", "[收藏]()|[打印]()|[复制]( \"分享本资源给好友\")", _BODY[1]))
    doc = read(_post(_FRONT, body), format="text")
    texts = [block.text for block in doc.blocks]
    assert not any("]()" in text or "](" in text for text in texts)


def test_markdown_list_items_show_a_bullet():
    """* 条目 / - 条目: a list item shows •; a marker whose picture was stripped is nothing; a line
    closed by its own opening mark is decoration, kept as written (- 完 -)."""
    body = "\n".join((_BODY[0], "主要有以下几种：", "* 固定闭塞系统，技术成熟，造价较低。",
                      "- 移动闭塞系统，可以缩短列车运行间隔。", "* [![](http://img.example.com/2.jpg)]()", _BODY[1],
                      "- 完 -"))
    doc = read(_post(_FRONT, body), format="text")
    texts = [block.text for block in doc.blocks]
    assert "• 固定闭塞系统，技术成熟，造价较低。" in texts
    assert "• 移动闭塞系统，可以缩短列车运行间隔。" in texts
    assert "*" not in texts and not any(text.startswith(("* ", "- 移动")) for text in texts)


_ENVELOPE = """Title: 城市轨道交通信号系统怎样工作_某某新闻

URL Source: https://news.example.com/article/ABC.html

Published Time: 2024-05-06T10:20:00+08:00

Markdown Content:
城市轨道交通信号系统怎样工作
===============

2024-05-06 10:20:00　来源: [交通日报](https://news.example.com/media/T1.html)
"""


def test_reader_service_envelope_gives_title_address_and_time():
    """A reader service's markdown of a page (Title: / URL Source: / Published Time: /
    Markdown Content:): the envelope is the facts, the headline under it is the title's."""
    doc = read(_post(_ENVELOPE, "\n".join(_BODY)), format="text")
    assert doc.meta.title == "城市轨道交通信号系统怎样工作"
    assert doc.meta.published == "2024-05-06T10:20+08:00"
    assert doc.meta.source.url == "https://news.example.com/article/ABC.html"
    assert doc.meta.agency == "交通日报"
    assert [block.text for block in doc.blocks] == list(_BODY)


def test_a_text_opening_with_a_title_label_but_no_envelope_is_text():
    doc = read("Title: 一个标签\n\n".encode() + "\n\n".join(_BODY).encode(), format="text")
    assert [block.text for block in doc.blocks] == list(_BODY)  # no Markdown Content: line, no envelope
    assert doc.meta.title.startswith("Title")  # read as before: a line, not an envelope's field


def test_site_named_by_its_address_is_a_title_tail():
    from convertkit.structure.titles import clean_title

    assert clean_title("城市轨道交通信号系统详解 - 51EXAMPLE.COM") == "城市轨道交通信号系统详解"
    assert clean_title("新款手机发布_Example.com.cn") == "新款手机发布"
    assert clean_title("Python 3.12 发布 - 新特性一览") == "Python 3.12 发布 - 新特性一览"


def test_clippers_markdown_escapes_quotes_and_reference_links_leave_their_words():
    """Turndown (MarkDownload, Obsidian's clipper) escapes marks that would read as markup (1\\.,
    2024\\-01\\-23), quotes with >, and may write links as references ([文字][1] … [1]: https://…)."""
    body = "\n".join(("来源：交通日报 | 2024\\-01\\-23", _BODY[0], "1\\. 固定闭塞系统，技术成熟，造价较低。",
                      "> 专家指出，建设[移动闭塞系统][1]可以缩短列车运行间隔。", ">", _BODY[1],
                      "[1]: https://example.com/art/1.htm"))
    doc = read(_post(_FRONT, body), format="text")
    texts = [block.text for block in doc.blocks]
    assert "1. 固定闭塞系统，技术成熟，造价较低。" in texts
    assert "专家指出，建设移动闭塞系统可以缩短列车运行间隔。" in texts
    assert not any(mark in text for text in texts for mark in ("\\", "> ", "][", "https://"))


def test_emphasis_inside_a_line_and_a_link_target_with_brackets_leave_their_words():
    from convertkit.structure.ruler import strip_markup

    assert strip_markup("原创 张明 [某某发布](javascript:void(0);) *2024年05月10日 18:30* *北京*") \
        == "原创 张明 某某发布 2024年05月10日 18:30 北京"
    assert strip_markup("5*3*2=30") == "5*3*2=30"  # arithmetic, no emphasis
    assert strip_markup("\\- 完 \\-") == "- 完 -"  # an escaped dash is no list item
    assert strip_markup("[提示]: 请注意") == "[提示]: 请注意"  # no address: no reference's definition


def test_pictures_named_by_number_or_file_say_nothing():
    """Jina Reader's ![Image 3](…) and its numbering before an alt text, a note app's
    ![abc123.jpg](../_resources/abc123.jpg): no words of the page."""
    from convertkit.structure.ruler import strip_markup

    assert strip_markup("![Image 3](https://img.example.com/a.jpg)") == ""
    assert strip_markup("![abc123.jpg](../_resources/abc123.jpg)") == ""
    assert strip_markup("![Image 1: 列车驶过大桥。](https://img.example.com/a.jpg)") == "列车驶过大桥。"


def test_a_pictures_alt_text_repeated_as_its_caption_is_read_once():
    """Obsidian's clipper and Jina Reader write a page's picture with its caption as alt text,
    and the caption again on the line under it: one caption, the picture's line in furniture."""
    caption = "这是5月10日拍摄的跨海大桥（无人机照片）。记者 林某 摄"
    body = "\n".join((_BODY[0], f"![{caption}](https://img.example.com/a.jpg)", caption, _BODY[1]))
    doc = read(_post(_FRONT, body), format="text")
    assert [block.kind for block in doc.blocks] == ["lead", "caption", "paragraph"]
    assert any(raw.startswith("![这是5月10日") for raw in doc.meta.furniture_raw)
    alone = read(_post(_FRONT, "\n".join((_BODY[0], f"![{caption}](https://img.example.com/a.jpg)", _BODY[1]))),
                 format="text")
    assert [block.kind for block in alone.blocks] == ["lead", "caption", "paragraph"]  # the alt is the only caption


_HEADLINE = "城市轨道交通信号系统怎样工作"


def test_obsidian_wiki_links_and_empty_lists_in_front_matter():
    """Obsidian's clipper writes the author as a wiki link (- "[[张三]]"); trafilatura writes
    tags: [] when the page has none."""
    front = ('---\ntitle: "' + _HEADLINE + '"\nauthor:\n  - "[[王小明]]"\n  - "[[李四|李四]]"\npublished: 2024-05-06\n'
             'tags: []\ncategories: []\n---\n')
    doc = read(_post(front, "\n".join(_BODY)), format="text")
    assert doc.meta.reporters == ("王小明", "李四")
    assert doc.meta.keywords == ()
    assert [block.text for block in doc.blocks] == list(_BODY)


def test_markdownloads_excerpt_is_no_body_and_the_heading_is_the_title():
    """MarkDownload: front matter without a title (created, tags, source, author), the page's
    headline as # heading, the description as a > ## Excerpt quotation, a rule, the story."""
    front = ("---\ncreated: 2024-05-11T09:30:12 (UTC +08:00)\ntags: [交通,信号]\n"
             "source: https://news.example.com/a/1.htm\nauthor: \n---\n")
    body = "\n".join((f"# {_HEADLINE}", "> ## Excerpt", "> 本文介绍几种常见系统的工作原理。", "", "---", *_BODY))
    doc = read(_post(front, body), format="text")
    assert doc.meta.title == _HEADLINE
    assert doc.meta.keywords == ("交通", "信号")
    assert [block.text for block in doc.blocks] == list(_BODY)


def test_notion_page_properties_under_the_headline_are_facts_not_body():
    body = "\n".join((f"# {_HEADLINE}", "", "Created: May 11, 2024 9:30 AM", "Tags: 交通, 信号",
                      "URL: https://news.example.com/a/1.htm", "", *_BODY))
    doc = read(body.encode(), format="text")
    assert doc.meta.title == _HEADLINE
    assert doc.meta.source.url == "https://news.example.com/a/1.htm"
    assert doc.meta.keywords == ("交通", "信号")
    assert doc.meta.published is None  # when the page was clipped, not published
    assert [block.text for block in doc.blocks] == list(_BODY)


def test_a_clips_source_address_under_the_headline_is_its_url_not_body():
    """Joplin's and Evernote's markdown exports of a web clip: the page's address alone under the
    headline (bare, in angle brackets, as a link showing itself) or labelled Source: / 原文链接：."""
    url = "https://news.example.com/2024/05/11/content_1.htm"
    for shown in (url, f"<{url}>", f"[{url}]({url})", f"Source: {url}", f"**Source:** [{url}]({url})",
                  f"原文链接：{url}", f"> 来源：<{url}>"):
        body = "\n".join((f"# {_HEADLINE}", "", shown, "", *_BODY))
        doc = read(body.encode(), format="text")
        assert doc.meta.title == _HEADLINE, shown
        assert doc.meta.source.url == url, shown
        assert [block.text for block in doc.blocks] == list(_BODY), shown


def test_a_link_in_the_story_or_a_titled_link_on_top_is_no_source_line():
    story = "\n".join((f"# {_HEADLINE}", "", *_BODY, "", "https://news.example.com/more.htm"))
    doc = read(story.encode(), format="text")
    assert doc.meta.source.url is None
    assert doc.blocks[-1].text.endswith("more.htm")
    titled = "\n".join((f"# {_HEADLINE}", "", "[查看原文](https://news.example.com/a/1.htm)", "", *_BODY))
    assert read(titled.encode(), format="text").meta.source.url is None
