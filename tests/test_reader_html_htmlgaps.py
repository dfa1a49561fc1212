"""Saved-page shapes from real pages the reader mis-read (synthetic text in the real markup shape):
what follows an empty editor field, a variant headline over the body, furniture lists as the
body, picture captions marked by the markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from convertkit.errors import NoArticleError
from convertkit.readers.html import extract_html

_STORY = (
    "本报讯 九月三日上午，市公安局通报了一起冒充客服实施诈骗的案件，涉案金额四十余万元，五名嫌疑人已被依法刑事拘留。",
    "据办案民警介绍，受害人王女士接到自称网购平台客服的电话，对方称其购买的商品存在质量问题，可以办理双倍退款。",
    "随后，王女士按照对方指引下载了一款会议软件并开启屏幕共享，银行卡内的存款在半小时内被分十余笔转走。",
    "警方提醒市民，正规平台的客服不会要求消费者开启屏幕共享或者向陌生账户转账，遇到此类电话应及时挂断并报警。",
)


def _page(title: str, body: str, head: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<div class='header'><a href='/'>首页</a></div><div class='article'><h1>{title}</h1>{body}</div>"
            "<div class='footer'>网站地图</div></body></html>").encode()


def test_nothing_after_an_empty_editor_field_is_the_story():
    """A CMS's empty 责任编辑： closes the article: a related story's quoted teaser and the source
    word left after it (,某某晚报) are not the story's last paragraphs."""
    body = ("".join(f"<p>{text}</p>" for text in _STORY) + "<p>采写：本报记者 周明 李华</p><p>责任编辑：<span></span></p>"
            "<blockquote><p>另一条新闻的标题：某地开展防汛应急演练</p><p>记者从市应急管理局获悉，某地于八月二十日开展了"
            "防汛应急演练，共有三百余人参加了此次……</p></blockquote>,某某晚报")
    extract = extract_html(_page("冒充客服诈骗团伙落网", body), path="p.html")
    texts = [line.text for line in extract.lines]
    assert texts[-1] in (_STORY[-1], "采写：本报记者 周明 李华")
    assert not any("防汛" in text or "某某晚报" in text for text in texts)


_FIXTURES = Path(__file__).parent / "fixtures" / "unseen_htmlgaps"


def test_gallery_related_list_is_not_the_body():
    """A gallery page: the body is the one picture's caption, not the titles of the related
    galleries listed beside it."""
    texts = [line.text for line in extract_html((_FIXTURES / "gallery_related_list.html").read_bytes()).lines]
    assert any(text.endswith("冬天要赶着牲畜转到山谷里的冬窝子去。") for text in texts)
    assert not any("灯塔" in text or "乡邮员" in text for text in texts)


def test_page_of_bare_divs_is_read_without_its_navigation():
    """A page set in bare <div>s: the text without the navigation, crumbs and sidebars glued to it."""
    texts = [line.text for line in extract_html((_FIXTURES / "bare_div_page.html").read_bytes()).lines]
    assert texts == ["一家航运咨询机构周四发布季度报告说，受内贸集装箱运输回暖带动，今年区域主要港口货物吞吐量预计增长"
                     "百分之四左右。报告同时提醒，远洋航线运力过剩的局面短期内难以扭转，运价仍将低位波动。"]


def test_gallery_of_related_links_only_is_no_article():
    """Without its caption the gallery page holds only the titles of other galleries: no article."""
    page = (_FIXTURES / "gallery_related_list.html").read_text("utf-8")
    start, end = page.index('<div class="abstract">'), page.index("</div></div>", page.index('<div class="abstract">'))
    with pytest.raises(NoArticleError):
        extract_html((page[:start] + page[end:]).encode(), path="g.html")


def _captions_of(body: str) -> tuple[str, ...]:
    return extract_html(_page("冒充客服诈骗团伙落网", body), path="p.html").hints.captions


def test_short_name_in_its_own_paragraph_under_a_picture_is_its_caption():
    """凤凰网's <p><img></p><p>小花家。</p>: a picture's name under it; a sentence under a picture,
    or the same short line away from one, stays a paragraph."""
    body = (f"<p>{_STORY[0]}</p><p><img src='/a.jpg'></p><p>派出所门前。</p><p>{_STORY[1]}</p>"
            f"<p><img src='/b.jpg'></p><p>民警说，这类案件高发。</p><p>{_STORY[2]}</p><p>银行卡。</p>"
            f"<p><img src='/c.jpg'></p><p>涉案的手机。</p><p>{_STORY[3]}</p>")
    assert _captions_of(body) == ("派出所门前。", "涉案的手机。")


def test_one_short_sentence_under_the_only_picture_stays_prose():
    body = f"<p>{_STORY[0]}</p><p><img src='/a.jpg'></p><p>这类骗局并不新鲜。</p><p>{_STORY[1]}</p><p>{_STORY[2]}</p>"
    assert _captions_of(body) == ()


def test_centred_text_under_a_picture_is_its_caption():
    body = (f"<p>{_STORY[0]}</p><p style='text-align: center'><img src='/a.jpg'><br>办案民警在查看涉案银行卡</p>"
            f"<p>{_STORY[1]}</p><p><img src='/b.jpg'></p><p align='center'>涉案手机</p><p>{_STORY[2]}</p>"
            f"<p style='text-align:center'>警方提醒</p><p>{_STORY[3]}</p>"
            "<p style='text-align:center'><img src='/c.jpg'></p><p style='text-align:center'><b>《防骗歌》</b></p>"
            "<p style='text-align:center'>陌生电话莫轻信，屏幕共享要当心。</p>")
    assert set(_captions_of(body)) == {"办案民警在查看涉案银行卡", "涉案手机"}  # a poem's title is no caption


def test_a_label_under_a_picture_is_its_caption_where_no_subheading_has_its_shape():
    """A short phrase with no mark (华坚鞋业生产车间) or a name of a few characters (小温。) under a
    picture: its caption, when the page sets no line of that shape away from its pictures."""
    body = (f"<p>{_STORY[0]}</p><p><img src='/a.jpg'></p><p>运营商某次活动上展示的5G芯片</p><p>{_STORY[1]}</p>"
            f"<p><img src='/b.jpg'>华坚鞋业生产车间</p><p>{_STORY[2]}</p>")
    assert _captions_of(body) == ("运营商某次活动上展示的5G芯片", "华坚鞋业生产车间")
    body = f"<p>{_STORY[0]}</p><p><img src='/a.jpg'></p><p>小温。</p><p>{_STORY[1]}</p><p>{_STORY[2]}</p>"
    assert _captions_of(body) == ("小温。",)


def test_a_phrase_under_a_picture_in_a_page_of_subheadings_stays_a_subheading():
    body = (f"<p>{_STORY[0]}</p><p>诈骗手法</p><p>{_STORY[1]}</p><p><img src='/a.jpg'></p><p>警方提醒</p>"
            f"<p>{_STORY[2]}</p><p>{_STORY[3]}</p>")
    assert _captions_of(body) == ()
