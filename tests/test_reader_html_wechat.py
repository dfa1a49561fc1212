"""WeChat official-account pages (mp.weixin.qq.com) as a browser saves them: the account, the
author and the publish time come from the platform's own ids and script variables."""

from __future__ import annotations

from lxml import html as lxml_html

from convertkit.readers.html import extract_html, read_html
from convertkit.readers.html_wechat import epoch_to_china_time, wechat_facts

_PROSE = (
    "夜幕降临，老街上的灯笼次第亮起。卖糖画的老人刚支起摊子，就被一群孩子围住了，这条老街如今每晚能迎来上万名游客。",
    "据县文旅局介绍，老街改造没有大拆大建，而是保留了原有的青石板路和明清时期的建筑立面，只更新了水电管网和消防设施。",
    "县商务局统计显示，今年前十个月，老街夜间消费额同比增长百分之六十三，带动周边就业一千余人，不少年轻人回到了县城。",
)


def wechat_page(*, author: str = '<span id="js_author_name">王晓明</span>', script: str = 'var ct = "1732420800";',
                publish_time: str = "", body: str | None = None, after_meta: str = "") -> bytes:
    paragraphs = body if body is not None else "".join(f'<p><span style="font-size:15px">{p}</span></p>' for p in _PROSE)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:title" content="县城里的“夜经济”：一条老街的重生">
<title>县城里的“夜经济”：一条老街的重生</title>
<script>var nickname = htmlDecode("江南晚报"); {script}</script></head>
<body id="activity-detail"><div id="js_article" class="rich_media"><div id="page-content">
<h1 class="rich_media_title" id="activity-name">县城里的“夜经济”：一条老街的重生</h1>
<div id="meta_content"><span class="rich_media_meta">原创</span>{author}
<span id="profileBt"><a href="javascript:void(0);" id="js_name">江南晚报</a>
<div id="js_profile_qrcode" style="display:none"><strong class="profile_nickname">江南晚报</strong></div></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{publish_time}</em></div>{after_meta}
<div class="rich_media_content" id="js_content">{paragraphs}
<p style="text-align:center"><span>预览时标签不可点</span></p></div>
<div class="rich_media_tool"><a id="js_view_source" href="#">阅读原文</a><span>点赞</span><span>在看</span><span>分享</span></div>
<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>
</div></div></body></html>""".encode()


def test_epoch_is_shown_in_china_time():
    assert epoch_to_china_time(1732420800) == "2024-11-24T12:00+08:00"
    assert epoch_to_china_time(1732420805) == "2024-11-24T12:00:05+08:00"


def test_wechat_page_account_author_and_time():
    document = read_html(wechat_page())
    assert document.meta.title == "县城里的“夜经济”：一条老街的重生"
    assert document.meta.published == "2024-11-24T12:00+08:00"
    assert document.meta.agency == "江南晚报"  # the account, not the platform (微信公众平台)
    assert document.meta.reporters == ("王晓明",)


def test_wechat_time_from_create_time_or_the_filled_publish_time():
    by_variable = extract_html(wechat_page(script='var create_time = "1732444200" * 1;'))
    assert by_variable.hints.published == "2024-11-24T18:30+08:00"
    by_element = extract_html(wechat_page(script="", publish_time="2024年11月24日 18:30"))
    assert by_element.hints.published == "2024-11-24T18:30"


def test_wechat_author_that_is_no_person_is_not_a_reporter():
    extract = extract_html(wechat_page(author='<em id="js_author_name">融媒体中心</em>'))
    assert extract.hints.authors == ()
    assert read_html(wechat_page(author='<em id="js_author_name">融媒体中心</em>')).meta.agency == "江南晚报"


def test_wechat_furniture_kept_out_of_the_body():
    lines = [line.text for line in extract_html(wechat_page()).lines]
    assert lines == list(_PROSE)


def test_text_held_directly_in_sections_is_read():
    body = ('<section><section><span>改造：留住老味道</span></section>'
            + "".join(f"<section><span>{p}</span></section>" for p in _PROSE) + "</section>")
    lines = [line.text for line in extract_html(wechat_page(body=body)).lines]
    assert lines == ["改造：留住老味道", *_PROSE]


def test_other_pages_are_not_read_as_wechat():
    tree = lxml_html.document_fromstring('<html><body><a id="js_name">某某</a><div id="content"><p>正文</p></div></body></html>')
    assert wechat_facts(tree) is None


def test_self_media_return_link_is_furniture():
    from convertkit.readers.html_furniture import Segment, is_furniture

    assert is_furniture(Segment(text="返回搜狐，查看更多"))
    assert not is_furniture(Segment(text="记者返回现场，查看更多细节后发现，事故原因另有隐情。"))


def test_wechat_code_block_keeps_every_line_and_its_ascii_marks():
    """A tech post's ``<pre><code>`` lines hold no Han character: they are the program, not symbol
    residue, and a call's parentheses and quotes stay ASCII (print('…'), not print（‘…’）)."""
    code = ('<pre><code><span>import</span> itertools<br><br><span><span>def</span> <span>greet</span>'
            '<span>()</span>:</span><br>    print(<span>\'您好，世界\'</span>)<br>    print(<span>42</span>)<br>'
            '</code></pre>')
    body = (f"<p>{_PROSE[0]}</p><p>下面用一个小例子说明，函数叫做<code>greet</code>，调用greet()即可：</p>{code}"
            f"<p>{_PROSE[1]}</p><p>{_PROSE[2]}</p>")
    document = read_html(wechat_page(body=body))
    texts = [block.text for block in document.blocks]
    assert texts[2:6] == ["import itertools", "def greet():", "print('您好，世界')", "print(42)"]
    assert "下面用一个小例子说明，函数叫做greet，调用greet()即可：" in texts


def test_the_author_the_meta_line_shows_without_an_id():
    """Since 2018 the author is the meta line's first ``.rich_media_meta_text`` (原创：张三 in 2018)."""
    for author in ('<span class="rich_media_meta rich_media_meta_text">王晓明</span>',
                   '<span class="rich_media_meta rich_media_meta_text">原创：王晓明</span>'):
        assert read_html(wechat_page(author=author)).meta.reporters == ("王晓明",)
    # the time and place holders are no author
    assert read_html(wechat_page(author="", publish_time="2024-11-24 18:30")).meta.reporters == ()


def test_a_page_of_the_old_layout_post_user_and_post_date():
    page = (wechat_page(author='<em class="rich_media_meta rich_media_meta_text">王晓明</em>', script="")
            .decode().replace('id="js_name"', 'id="post-user"').replace('<div id="meta_content">', '<div class="rich_media_meta_list">')
            .replace('<em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>',
                     '<em id="post-date" class="rich_media_meta rich_media_meta_text">2016-05-20</em>'))
    document = read_html(page.encode())
    assert document.meta.published == "2016-05-20" and document.meta.agency == "江南晚报"
    assert document.meta.reporters == ("王晓明",)


def test_the_collections_of_the_post_are_its_keywords():
    tags = ('<div id="js_tags" class="article-tag__list"><span class="article-tag__item-wrp"><span class="article-tag__item">'
            '#县域经济</span><span class="article-tag__item-num">12个</span></span><span class="article-tag__item-wrp">'
            '<span class="article-tag__item">#夜经济</span><span class="article-tag__item-num">5个</span></span></div>')
    assert read_html(wechat_page(after_meta=tags)).meta.keywords == ("县域经济", "夜经济")


def test_a_source_line_under_the_post_outranks_the_account():
    """The account is the outlet of last resort: 来源 | 人民日报 after the story names the agency, also
    when the page's script filled the time, so that the account shows beside it on the page."""
    credits = "".join(f"<p><span>{line}</span></p>" for line in ("- END -", "来源 | 人民日报", "编辑 | 张三", "审核 | 李四", "监制：王五"))
    body = "".join(f"<p>{p}</p>" for p in _PROSE) + credits
    for publish_time in ("", "2024-11-24 18:30"):
        document = read_html(wechat_page(body=body, publish_time=publish_time))
        assert document.meta.agency == "人民日报" and document.meta.editors == ("张三", "李四")
    assert read_html(wechat_page(publish_time="2024-11-24 18:30")).meta.agency == "江南晚报"


def test_a_repost_names_the_account_it_carries_and_its_writer():
    card = ('<div id="copyright_info"><div class="original_primary_card_tips">以下文章来源于人民日报 ，作者张三</div>'
            '<a class="original_primary_card"><strong class="original_primary_nickname">人民日报</strong>'
            '<p class="original_primary_desc">参与、沟通、记录时代。</p></a></div>')
    document = read_html(wechat_page(author="", after_meta=card))
    assert document.meta.agency == "人民日报" and document.meta.reporters == ("张三",)
    assert [block.text for block in document.blocks] == list(_PROSE)


def test_a_posts_end_mark_is_kept_as_its_text_keeps_it():
    # - END - / —END— under the story: no Han character, but the post's end mark, not symbol residue
    from convertkit.model import EndMark

    for mark in ("- END -", "—END—", "-THE END-"):
        body = "".join(f"<p>{p}</p>" for p in _PROSE) + f'<p style="text-align:center">{mark}</p><p>编辑 | 李小红</p>'
        doc = read_html(wechat_page(body=body))
        ends = [block for block in doc.blocks if isinstance(block, EndMark)]
        assert [end.text for end in ends] == [mark], mark
        assert doc.meta.editors == ("李小红",)
