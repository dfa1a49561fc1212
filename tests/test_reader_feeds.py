"""Blog and news feeds (Atom 0.3/1.0, RSS 0.92/1.0/2.0) in legacy encodings: one document per entry.

The fixtures in ``fixtures/unseen_feeds`` are synthetic, in the shapes of 2005-era feeds (see its
README): Blogger and WordPress Atom, WordPress RSS 2.0, blogcn's RSS 1.0, rssblogger's RSS 0.92.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from convertkit import api
from convertkit.errors import EncodingError, NoArticleError
from convertkit.readers import sniff_format
from convertkit.readers.doclist import parse_doclist, read_doclist_documents
from convertkit.sources import decode

FEEDS = Path(__file__).parent / "fixtures" / "unseen_feeds"


def _read(name: str) -> list:
    return list(api.read_all(str(FEEDS / name)))


@pytest.mark.parametrize("name", ["blogger_atom03_big5.xml", "wordpress_atom03_big5.xml", "atom10_utf8.xml"])
def test_atom_feeds_are_sniffed_as_lists(name):
    # Blogger's head holds a <div> (read as a page before), wp-atom.php's no marker at all (read as text)
    assert sniff_format((FEEDS / name).read_bytes(), str(FEEDS / name)) == "doclist"
    assert sniff_format(b"<html><body><feed>x</feed></body></html>") == "html"


def test_blogger_atom_one_document_per_entry():
    with_text = _read("blogger_atom03_big5.xml")  # the third entry is an image alone: skipped
    assert [doc.meta.title for doc in with_text] == ["週末去爬山", "未完成みかん"]  # &amp;#12415; read twice
    first = with_text[0]
    assert first.meta.published == "2005-11-20T17:10+08:00"  # <issued>, not <modified> or <created>
    assert first.meta.source.url == "http://shanbian.blogspot.com/2005/11/blog-post_20.html"  # rel=alternate
    assert first.meta.agency == "山邊小記"  # the blog's name is the outlet, not a headline
    assert first.meta.source.encoding == "big5hkscs"
    assert [block.text for block in first.blocks] == [
        "星期六一早就出發，沿著溪邊的步道慢慢往上走，空氣很清新。",
        "中午在山腰的涼亭吃便當，遠遠可以看到整個城市。",
        "下山的時候腳有點痠，不過心情非常好。",
    ]
    # inline XHTML: <br/> runs are breaks; the source's own line break inside a sentence is not
    assert [block.text for block in with_text[1].blocks] == [
        "這本小說看到一半就停了，因為圖書館催我還書。", "下次一定要把結局看完，聽說最後一章很感人。"]


def test_wordpress_atom_reads_the_content_not_the_summary():
    (doc,) = _read("wordpress_atom03_big5.xml")
    assert doc.meta.title == "測試工具的選擇 …"
    assert doc.meta.published == "2005-12-27T11:09:50+00:00"
    assert doc.meta.source.url == "http://notes.example.tw/index.php?p=42"
    assert doc.meta.agency == "小林的工作筆記"
    assert len(doc.blocks) == 3 and "[...]" not in doc.blocks[0].text


def test_atom10_fields():
    first, second = _read("atom10_utf8.xml")
    assert first.meta.title == "老街改造第二期开工"  # type="html": the markup is dropped
    assert first.meta.published == "2024-03-01T18:20+08:00"  # <published> before <updated>
    assert first.meta.source.url == "http://jiangbian.example.cn/2024/03/laojie.html"  # a link without rel
    assert first.meta.reporters == ("周文",)  # the feed's <author><name>, not its <email>
    assert len(first.blocks) == 2
    assert second.meta.title == "春天的菜市场"
    assert second.meta.published == "2024-02-20T08:00+08:00"  # only <updated>
    assert [block.text for block in second.blocks] == [
        "早上去菜市场，春笋和荠菜都上市了，价格比上周便宜不少。", "卖菜的阿姨说，再过两个星期香椿也要来了。"]


def test_wordpress_rss2_reads_content_encoded_over_the_excerpt():
    (doc,) = _read("wordpress_rss2_gb2312.xml")
    assert [block.text for block in doc.blocks] == [
        "这个冬天读完了三本书，第一本是关于城市历史的，写得很细致。",
        "第二本是一位老记者的回忆录，讲他在报社工作四十年的经历。",
        "第三本是诗集，每天睡前读两首，读完心里很安静。",
    ]
    assert doc.meta.reporters == ("林晓",) and doc.meta.reporter_label == "作者"  # a blogger, not a 记者
    assert doc.meta.agency == "午后书房"


def test_rss1_channel_title_and_more_links(caplog):
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        docs = _read("blogcn_rss1_gb2312.xml")
    (doc,) = docs  # the second post is a link and its "more" links: no text
    assert doc.meta.agency == "小陈的开发日志"  # the channel's title, not the logo's <image><title>
    assert [block.text for block in doc.blocks] == [
        "今天把三年前写的模块重新整理了一遍，删掉了一半的代码。", "测试全部通过的时候，心里特别踏实。"]
    assert any("without body text skipped (record 2)" in message for message in caplog.messages)


def test_a_title_cut_from_the_body_is_no_headline():
    first, second, third = _read("rssblogger_gb2312.xml")
    assert first.meta.title_derived and not first.meta.title.endswith("手机发")
    assert first.meta.title.startswith("Sunnyphone的MiniPost是")
    assert second.meta.title == "开放图书计划" and not second.meta.title_derived  # a title of its own stays
    assert third.meta.title_derived  # cut across a <br>: the generator joined the lines without a blank
    assert third.meta.title == "本文原发于小岛日记"


def test_ornamental_mark_opening_a_title_and_a_more_marker():
    (doc,) = _read("isis_rdf_big5.xml")
    assert doc.meta.title == "雨夜散步"
    assert doc.meta.published == "2005-12-21T20:48:54+07:00"  # dc:date
    assert [block.text for block in doc.blocks][-1] == "回家的路上買了一杯熱豆漿，暖暖地喝完才上樓。"
    assert not any("more" in block.text for block in doc.blocks)


def test_a_feed_of_headlines_only_says_so():
    with pytest.raises(NoArticleError, match=r"none with body text \(headlines and links only"):
        _read("headlines_only_big5.xml")


def test_euc_tw_is_refused_not_decoded_into_mojibake():
    with pytest.raises(EncodingError, match="EUC-TW"):
        decode((FEEDS / "euc_tw.txt").read_bytes(), path="euc_tw.txt")
    with pytest.raises(EncodingError, match="EUC-TW"):
        decode("台北".encode("big5"), declared="x-euc-tw")


@pytest.mark.parametrize(("text", "codec"), [
    ("新华社北京12月1日电 国务院今天召开常务会议，研究部署进一步扩大内需的政策措施。" * 3, "gb2312"),
    ("中央社台北12月1日電 行政院今天召開院會，通過明年度總預算案，將送立法院審議。" * 3, "big5"),
    ("東京都は一日、新しい防災計画を発表した。地震に備えた訓練を強化する。" * 3, "euc-jp"),
    ("서울시는 1일 새로운 교통 정책을 발표했다. 시민들의 반응은 엇갈렸다." * 3, "euc-kr"),
    ("Правительство объявило о новых мерах поддержки малого бизнеса в регионах." * 3, "cp1251"),
])
def test_other_encodings_are_not_taken_for_euc_tw(text, codec):
    from convertkit.sources import _looks_euc_tw

    assert not _looks_euc_tw(text.encode(codec))  # Japanese, Korean, Cyrillic are refused otherwise
    if codec in ("gb2312", "big5"):
        assert decode(text.encode(codec)).text == text


def test_feed_head_falls_back_for_every_entry():
    feed = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>0</title>
    <author><name>王小明</name></author>
    <entry><title>一</title><content>正文。</content></entry>
    <entry><title>二</title><author><name>李华</name></author><content>正文。</content></entry></feed>"""
    records = parse_doclist(feed)
    assert [record.data.get("author") for record in records] == ["王小明", "李华"]
    assert all("outlet" not in record.data for record in records)  # a title with no letter names nothing


def test_rss2_author_address_and_bracketed_name():
    feed = """<rss><channel><title>某网</title>
    <item><title>一</title><author>editor@example.cn (王小明)</author><description>正文。</description></item>
    <item><title>二</title><author>webmaster@example.cn</author><description>正文。</description></item>
    </channel></rss>"""
    assert [record.data.get("author") for record in parse_doclist(feed)] == ["王小明", ""]


def test_atom03_mode_decides_whether_text_is_escaped():
    feed = """<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>某博客</title><entry><title>甲</title>
    <content type="text/html" mode="xml"><p>算式 a &lt; b 在这里成立，这段正文足够长。</p></content></entry>
    <entry><title>乙</title><content type="text/html" mode="escaped">&lt;p&gt;转义的正文，这一段同样足够长。&lt;/p&gt;</content>
    </entry></feed>"""
    first, second = parse_doclist(feed)
    assert first.data["content"] == "算式 a < b 在这里成立，这段正文足够长。"  # inline markup: read once
    assert second.data["content"] == "转义的正文，这一段同样足够长。"


def test_atom10_source_is_named_by_its_title():
    feed = """<feed xmlns="http://www.w3.org/2005/Atom"><title>聚合</title><entry><title>甲</title>
    <source><id>tag:example.cn,2024:feed</id><title>江边观察</title><updated>2024-03-02T10:00:00Z</updated>
    <link href="http://jiangbian.example.cn/"/></source><content>这是一段足够长的正文内容。</content></entry></feed>"""
    (record,) = parse_doclist(feed)
    assert record.data["source"] == "江边观察"
    assert record.data["outlet"] == "聚合"


def test_a_feed_author_called_reporter_stays_a_reporter():
    feed = """<rss><channel><title>某报</title><item><title>标题</title><dc:creator>本报记者 王小明</dc:creator>
    <description>市政府今天召开新闻发布会，介绍今年的重点工作安排。</description></item>
    <item><title>标题二</title><dc:creator>王小明</dc:creator>
    <description>市政府今天召开新闻发布会，介绍明年的重点工作安排。</description></item></channel></rss>"""
    first, second = read_doclist_documents(feed.encode(), path="feed.xml")
    assert first.meta.reporters == ("王小明",) and first.meta.reporter_label is None  # 记者, the default
    assert second.meta.reporter_label == "作者"


@pytest.mark.parametrize(("title", "body", "cut"), [
    ("Picostation的PicoBlogger是 一个能让S", "Picostation的PicoBlogger是 一个能让Symbian手机发布", True),
    ("本文原发于小岛日记。今天想说的是关于", "本文原发于小岛日记。\n今天想说的是关于博客的名字", True),  # across a break
    ("国务院召开常务会议研究部署", "国务院召开常务会议研究部署 新华社北京电", False),  # a headline glued before the text
    ("国务院召开常务会议研究部署", "国务院召开常务会议研究部署。新华社北京电", False),
    ("雨", "雨下了一整天", False),  # too short to say
])
def test_cut_from_body(title, body, cut):
    from convertkit.readers.doclist import _cut_from_body

    assert _cut_from_body(title, body) is cut


def test_the_feed_is_the_outlet_before_a_source_its_lead_names():
    """界面新闻获悉 opening a blogger's post names where the news came from, not the blog's publisher;
    the feed's title is a fact about the entry, the lead's outlet a reading of its text."""
    feed = """<rss><channel><title>老王的博客</title><item><title>看新闻有感</title>
    <description>界面新闻获悉，今年全国粮食产量再创新高，我看了以后很高兴，想写几句感想。</description></item>
    </channel></rss>"""
    (doc,) = read_doclist_documents(feed.encode(), path="feed.xml")
    assert doc.meta.agency == "老王的博客"


def test_an_item_without_a_link_takes_its_permalink_guid():
    feed = """<rss><channel><title>某网</title>
    <item><title>一</title><guid isPermaLink="true">http://x.example.cn/1.html</guid><description>正文。</description></item>
    <item><title>二</title><guid isPermaLink="false">tag:x.example.cn,2005:2</guid><description>正文。</description></item>
    <item><title>三</title><link>http://x.example.cn/3.html</link><guid>http://x.example.cn/?p=3</guid></item>
    </channel></rss>"""
    assert [record.data.get("url") for record in parse_doclist(feed)] == [
        "http://x.example.cn/1.html", "", "http://x.example.cn/3.html"]


def test_a_bloggers_handle_is_the_author_and_a_role_is_not():
    feed = """<feed xmlns="http://www.w3.org/2005/Atom"><title>某博客</title>
    <entry><title>甲</title><author><name>Letter Lego</name></author>
    <content>今天去图书馆借了三本书，回家路上下起了小雨。</content></entry>
    <entry><title>乙</title><author><name>admin</name></author>
    <content>网站明天凌晨维护两个小时，期间暂停访问，敬请谅解。</content></entry></feed>"""
    first, second = read_doclist_documents(feed.encode(), path="feed.xml")
    assert first.meta.reporters == ("Letter Lego",) and first.meta.reporter_label == "作者"
    assert second.meta.reporters == ()


def _rss(channel: str, items: str, namespaces: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'
            f'{namespaces}><channel><title>{channel}</title><link>http://blog.example.org/</link>{items}</channel></rss>').encode()


_POST = "星期六一早就出發，沿著溪邊的步道慢慢往上走，空氣很清新，中午在山腰的涼亭吃便當。"


def _item(creator: str = "", extra: str = "") -> str:
    author = f"<dc:creator>{creator}</dc:creator>" if creator else ""
    return (f"<item><title>春天的山路</title><link>http://blog.example.org/1</link>{author}{extra}"
            f"<description>{_POST}</description></item>")


@pytest.mark.parametrize(("creator", "reporters"), [
    ("小雨點兒", ("小雨點兒",)),  # a nickname is the author's name
    ("admin", ()),  # a role account is no one
    ("山城報導", ()),  # a desk posting under its own name
    ("??? ?????", ()),  # a name lost to a wrong code page
])
def test_feed_author_element_names_the_author_whatever_its_shape(creator, reporters):
    (doc,) = read_doclist_documents(_rss("山邊小記", _item(creator)))
    assert doc.meta.reporters == reporters
    if reporters:
        assert doc.meta.reporter_label == "作者"


def test_feed_categories_are_keywords():
    extra = "<category>旅行</category><category>未分類</category><dc:subject>登山</dc:subject><category>旅行</category>"
    (doc,) = read_doclist_documents(_rss("山邊小記", _item(extra=extra)))
    assert doc.meta.keywords == ("旅行", "登山")


def test_atom_prefixed_entries_are_read():
    entry = (f'<atom:entry><atom:title>春天的山路</atom:title><atom:link href="http://blog.example.org/2"/>'
             f'<atom:category term="旅行"/><atom:content type="html">{_POST}</atom:content></atom:entry>')
    (doc,) = read_doclist_documents(_rss("山邊小記", entry, ' xmlns:atom="http://www.w3.org/2005/Atom"'))
    assert doc.meta.title == "春天的山路" and doc.meta.keywords == ("旅行",)


def test_long_feed_title_that_names_a_site_is_the_outlet():
    (doc,) = read_doclist_documents(_rss("Asia Business Releases via ExampleNewswire.net", _item()))
    assert doc.meta.agency == "Asia Business Releases via ExampleNewswire.net"


def test_short_titled_post_mixing_latin_is_read():
    short = "<item><title>Fiddler</title><description>Fiddler 是 Windows 上的 HTTP debugging proxy。</description></item>"
    docs = list(read_doclist_documents(_rss("Web 筆記", short + _item())))
    assert [doc.meta.title for doc in docs] == ["Fiddler", "春天的山路"]


def test_post_hard_wrapped_with_br_is_one_line_per_paragraph():
    """A blogger's lines broken by hand at the editor's width join again; verse (short lines, no
    comma) and a line ending in a number stay apart."""
    wrapped = ("週末和朋友去河邊散步，走到半路忽然下起了雨，我們只好躲進<br />一家小茶館，點了兩壺熱茶，聽老闆講這條街從前的<br />"
               "故事，一坐就是一下午。<br /><br />春眠不覺曉<br />處處聞啼鳥<br /><br />"
               "報名聯絡人：王小明，電話0968000000，信箱wang@example.org<br />有意參加者請在週五以前完成報名手續。")
    item = f"<item><title>相處之道</title><description><![CDATA[{wrapped}]]></description></item>"
    (doc,) = read_doclist_documents(_rss("山邊小記", item))
    texts = [block.text for block in doc.blocks]
    assert texts[0] == ("週末和朋友去河邊散步，走到半路忽然下起了雨，我們只好躲進一家小茶館，點了兩壺熱茶，"
                        "聽老闆講這條街從前的故事，一坐就是一下午。")
    assert "春眠不覺曉" in texts and "處處聞啼鳥" in texts
    assert "有意參加者請在週五以前完成報名手續。" in texts
