"""Whole web pages saved as markdown (a reader service's output, a clipper's, a crawler's
markdownify copy): the menus, login links, related list and footer are the page's furniture,
not the article. Rebuilt with invented text in the shapes those converters write."""

from __future__ import annotations

import pytest

from convertkit import read
from convertkit.readers import sniff_format
from convertkit.readers.base import split_lines
from convertkit.readers.markdown_page import is_converted_page

_LEAD = ("新华社酒泉5月6日电（记者 张三）5月6日18时30分，我国在酒泉卫星发射中心使用长征二号丁运载火箭，"
         "成功将一颗新卫星发射升空，卫星顺利进入预定轨道，发射任务获得圆满成功。")
_SECOND = "该卫星主要用于开展空间环境探测等试验。此次任务是长征系列运载火箭的第500次飞行。"
_CAPTION = "5月6日，长征二号丁运载火箭在酒泉卫星发射中心点火升空。新华社发（汪江波 摄）"

PAGE = f"""[![某某网](https://www.example.cn/logo.png)](https://www.example.cn/)

*   [首页](https://www.example.cn/)
*   [时政](https://www.example.cn/politics/)
*   [国际](https://www.example.cn/world/)
*   [财经](https://www.example.cn/fortune/)

[登录](https://login.example.cn/) | [注册](https://reg.example.cn/)

# 我国成功发射一颗新卫星

2024-05-06 18:30:12 来源：新华网

{_LEAD}

{_SECOND}

![](https://www.example.cn/photo/1.jpg)

{_CAPTION}

【纠错】 [【责任编辑：李四】](https://www.example.cn/)

### 相关新闻

*   [我国成功发射遥感卫星](https://www.example.cn/a.htm)
*   [长征火箭再创纪录](https://www.example.cn/b.htm)

[关于我们](https://www.example.cn/about.htm) | [联系我们](https://www.example.cn/contact.htm) | [版权声明](https://www.example.cn/c.htm)

Copyright © 2000-2024 EXAMPLE.cn All Rights Reserved.
"""


def _texts(doc) -> list[str]:
    return [block.text for block in doc.blocks if hasattr(block, "text")]


def test_a_page_saved_as_markdown_is_read_as_the_page_it_was() -> None:
    doc = read(PAGE.encode(), format="text")
    assert doc.meta.title == "我国成功发射一颗新卫星"
    assert doc.meta.published == "2024-05-06T18:30:12"
    assert doc.meta.agency == "新华社"
    assert doc.meta.reporters == ("张三",) and doc.meta.editors == ("李四",)
    assert doc.meta.photographers == ("汪江波",)
    assert doc.meta.source.format == "text"
    kinds = [block.kind for block in doc.blocks]
    assert kinds == ["lead", "paragraph", "caption"]
    text = "\n".join(_texts(doc))
    for furniture in ("首页", "登录", "相关新闻", "长征火箭再创纪录", "关于我们", "Copyright"):
        assert furniture not in text


def test_a_reader_services_envelope_gives_address_and_time_and_the_page_its_headline() -> None:
    envelope = ("Title: 我国成功发射一颗新卫星_某某网\n\nURL Source: https://www.example.cn/2024-05/06/c_1.htm\n\n"
                "Published Time: 2024-05-06T18:30:12+08:00\n\nMarkdown Content:\n")
    doc = read((envelope + PAGE).encode(), format="text")
    assert doc.meta.title == "我国成功发射一颗新卫星"
    assert doc.meta.published == "2024-05-06T18:30:12+08:00"
    assert doc.meta.source.url == "https://www.example.cn/2024-05/06/c_1.htm"
    assert [block.kind for block in doc.blocks] == ["lead", "paragraph", "caption"]


def test_a_page_that_opens_with_a_menu_and_no_headline_still_loses_the_menu() -> None:
    page = PAGE.replace("# 我国成功发射一颗新卫星\n", "")
    doc = read(page.encode(), format="text")
    assert "首页" not in doc.meta.title and "登录" not in doc.meta.title
    assert not any("首页" in text or "关于我们" in text for text in _texts(doc))


TRANSCRIPT = f"""# 《新闻联播》 (20240506)

## 新闻摘要

本期节目主要内容：

1.我国成功发射一颗新卫星；

[查看原文](https://tv.example.cn/2024/05/06/VIDE1.shtml)

## 我国成功发射一颗新卫星

{_LEAD}

[查看原文](https://tv.example.cn/2024/05/06/VIDE2.shtml)

[查看原文](https://tv.example.cn/2024/05/06/VIDE3.shtml)
"""


@pytest.mark.parametrize("text", [
    TRANSCRIPT,  # links between items, not a menu before the first sentence
    f"# 我国成功发射一颗新卫星\n\n{_LEAD}\n\n[原文链接](https://www.example.cn/a.htm)\n",  # a post with a source link
    f"{_LEAD}\n\n* [相关新闻一](https://a.cn/1)\n* [相关新闻二](https://a.cn/2)\n* [相关新闻三](https://a.cn/3)\n",  # links after the text
    "[![logo](https://a.cn/l.png)](https://a.cn/)\n\n" + _LEAD,  # one linked logo is no menu
])
def test_markdown_that_is_only_the_article_stays_with_the_text_rules(text: str) -> None:
    assert not is_converted_page(split_lines(text))


def test_the_transcripts_read_as_before() -> None:
    doc = read(TRANSCRIPT.encode(), format="text")
    assert doc.meta.title.startswith("《新闻联播》")


@pytest.mark.parametrize(("data", "path", "expected"), [
    (PAGE.encode(), "page.md", "text"),
    (PAGE.encode(), "page.txt", "text"),  # a page saved as markdown opens with a bracket, not JSON
    ("[首页](https://a.cn/) | [登录](https://a.cn/l)\n".encode(), None, "text"),
    (b'[{"title": "\xe6\xa0\x87\xe9\xa2\x98"}]', "records.txt", "json"),  # crawler records saved as .txt
    (b'  {"title": "t", "content": "c"}', None, "json"),
    (b"[\n  {\n", None, "json"), (b"[]", None, "json"), (b"[1, 2]", None, "json"),
    (b'{"a": 1}', "notes.md", "text"),  # markdown is markdown, whatever it opens with
])
def test_sniffing_tells_a_markdown_page_from_json(data: bytes, path: str | None, expected: str) -> None:
    assert sniff_format(data, path) == expected
