"""Saved pages of mainland, Hong Kong and overseas Chinese news sites, each rebuilt in its site's
markup shape (article container, info line, caption markup, editor line, share bars, related
lists, copyright footer) with invented text. Each test names the shape; the rules are general.
"""

from __future__ import annotations

import pytest

from convertkit import read
from convertkit.readers.html_meta import normalise_time

_STORY = (
    "这是一段用于测试的正文，讲述某市一处社区开展垃圾分类宣传活动的经过，志工们逐户上门讲解分类知识。",
    "社区负责人表示，下一步将把宣传活动延伸到周边学校和商户，让更多居民参与进来，共同维护整洁环境。",
    "据了解，该市今年已有超过三百个社区完成分类设施改造，居民分类投放准确率较去年明显提高。",
)
_HANT = (
    "這是一段用於測試的正文，講述某區一處社區開展垃圾分類宣傳活動的經過，義工們逐戶上門講解分類知識。",
    "社區負責人表示，下一步將把宣傳活動延伸到周邊學校和商戶，讓更多居民參與進來，共同維護整潔環境。",
    "據了解，該區今年已有超過三百個社區完成分類設施改造，居民分類投放準確率較去年明顯提高。",
)
_TITLE = "某市社区开展垃圾分类宣传"
_TITLE_HANT = "某區社區開展垃圾分類宣傳"
_RELATED = ("某县开展环保宣传周活动 吸引数千居民参加", "某区推出垃圾分类积分制度 居民踊跃兑换")


def _related(label: str = "相关新闻") -> str:
    items = "".join(f"<li><a href='/{i}.html'>{title}</a></li>" for i, title in enumerate(_RELATED))
    return f"<div class='related'><h3>{label}</h3><ul>{items}</ul></div>"


def _texts(doc) -> list[str]:
    return [block.text for block in doc.blocks if getattr(block, "text", None)]


def _kinds(doc) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in doc.blocks if getattr(block, "text", None)]


def _story_kept(doc, story: tuple[str, ...] = _STORY) -> None:
    texts = _texts(doc)
    assert all(line in texts for line in story), texts
    assert not any(title in text for title in _RELATED for text in texts)


def _caixin(info: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{_TITLE}_财新网_财新网</title></head><body>"
        "<div class='comMain'><div class='conlf'>"
        f"<div id='conTit'><h1>{_TITLE}</h1><div class='artInfo'>{info}</div></div>"
        f"<div class='subhead'>【财新网】{_STORY[0]}</div>"
        "<div class='media pip_none'><dl><dt><img src='a.jpg'></dt><dd>志工向居民讲解分类知识。图/视觉中国</dd></dl></div>"
        f"<div id='Main_Content_Val' class='text'><p>　　{_STORY[1]}</p><p>　　{_STORY[2]}</p>"
        "<p>　　责任编辑：李大力 | 版面编辑：王小红</p></div>"
        f"<div class='pip_none' id='pageBtn'><a>上一页</a><a>下一页</a></div>{_related('相关阅读')}"
        "<div class='copyright'>财新网所刊载内容之知识产权为财新传媒及/或相关权利人专属所有或持有。"
        "未经许可，禁止进行转载、摘编、复制及建立镜像等任何使用。</div>"
        "</div></div></body></html>"
    )


def test_caixin_info_line_with_laiyuanyu_is_a_page_fact():
    """财新's info line ``文｜财新 张三 2024年01月02日 10:11 来源于 财新网``: 来源于 labels the source
    as 来源 does, and the line (which the extractor put between the body and the subhead it found
    last) is read into time, reporter and outlet instead of standing in the text."""
    info = ("文｜财新 张小明 <span id='artInfo'>2024年01月02日 10:11</span>"
            "<span id='pubtime_baidu' style='display:none'>2024-01-02 10:11:00</span> 来源于 <span id='source_baidu'>财新网</span>")
    doc = read(_caixin(info).encode(), format="html")
    assert doc.meta.published == "2024-01-02T10:11"
    assert doc.meta.reporters == ("张小明",)
    assert doc.meta.agency == "财新网"
    assert doc.meta.editors == ("李大力",)  # 版面编辑 is a credit, as in a text reading
    _story_kept(doc)
    assert ("caption", "志工向居民讲解分类知识。图/视觉中国") in _kinds(doc)
    assert not any("来源于" in text or "知识产权" in text for text in _texts(doc))


def test_a_sites_holdings_notice_is_furniture():
    """``财新网所刊载内容之知识产权为…专属所有或持有。未经许可，禁止进行转载、摘编、复制及建立镜像…``:
    a copyright notice opening with the site's name where others open with 本站, kept out of the
    text and recorded as furniture."""
    doc = read(_caixin("文｜财新 张小明 2024年01月02日 10:11").encode(), format="html")
    assert not any("知识产权" in text for text in _texts(doc))
    assert any("知识产权" in raw for raw in doc.meta.furniture_raw)


def test_a_sentence_about_what_a_paper_carried_stays():
    """A story's sentence about what a paper carried is no notice: it opens like one but holds none
    of a notice's phrases."""
    line = "该报所刊载的调查报道引发广泛关注，多家机构随后表示将配合有关部门核实情况，并公布后续处理结果。"
    page = (f"<html><head><meta charset='utf-8'><title>{_TITLE}</title></head><body><article><h1>{_TITLE}</h1>"
            f"<p>{_STORY[0]}</p><p>{line}</p><p>{_STORY[1]}</p><p>{_STORY[2]}</p></article></body></html>")
    doc = read(page.encode(), format="html")
    assert line in _texts(doc)


def test_rfa_time_in_eastern_time_keeps_its_zone():
    """自由亚洲电台's dateline block: ``记者：… 责编：… 网编：… 2024.01.02 10:11 EST``. The time is
    US Eastern, not Beijing: the published time carries -05:00."""
    page = (
        f"<html lang='zh-CN'><head><meta charset='utf-8'><title>{_TITLE} — 普通话主页</title></head><body>"
        f"<div id='storypagemaincol'><h1>{_TITLE}</h1>"
        "<div id='dateline'><span id='story_author'>记者：张小明</span> 责编：李大力 网编：王小红 "
        "<span id='story_date'>2024.01.02 10:11 EST</span></div>"
        "<div id='share_bar'>分享到 <a>Facebook</a> <a>Twitter</a></div>"
        "<div id='headerimg'><img src='a.jpg'><p class='photocaption'>志工向居民讲解分类知识。（美联社）</p></div>"
        "<div id='storytext'>" + "".join(f"<p>{text}</p>" for text in _STORY) + "</div>"
        f"{_related('相关报道')}</div><footer>Copyright © 1998-2024 Radio Free Asia. All rights reserved.</footer></body></html>"
    )
    doc = read(page.encode(), format="html")
    assert doc.meta.published == "2024-01-02T10:11-05:00"
    assert doc.meta.reporters == ("张小明",)
    assert "李大力" in doc.meta.editors
    _story_kept(doc)
    assert ("caption", "志工向居民讲解分类知识。（美联社）") in _kinds(doc)


@pytest.mark.parametrize(("written", "iso"), [
    ("2024.01.02 10:11 EST", "2024-01-02T10:11-05:00"),
    ("2024-07-02 10:11 EDT", "2024-07-02T10:11-04:00"),
    ("2024年1月2日 10:11 GMT", "2024-01-02T10:11+00:00"),
    ("2024-01-02 10:11 UTC+8", "2024-01-02T10:11+08:00"),
    ("2024-01-02 10:11 GMT+5:30", "2024-01-02T10:11+05:30"),
    ("2024-01-02 10:11 HKT", "2024-01-02T10:11+08:00"),
    ("2024-01-02 10:11 +0800", "2024-01-02T10:11+08:00"),
    ("2024-01-02 10:11 CST", "2024-01-02T10:11"),  # China's or America's Central: not guessed
    ("2024-01-02 10:11 ESTATE", "2024-01-02T10:11"),
    ("2024-01-02 来源：某报", "2024-01-02"),
])
def test_a_zone_written_after_the_time_is_its_offset(written: str, iso: str):
    assert normalise_time(written) == iso


def _stheadline(sidebar: str = "") -> str:
    return (
        f"<html lang='zh-HK'><head><meta charset='utf-8'><title>{_TITLE_HANT}｜星島頭條</title>"
        "<meta property='article:published_time' content='2024-01-02T10:11:00+08:00'></head><body>"
        f"{sidebar}<div class='article-detail'><h1 class='article-title'>{_TITLE_HANT}</h1>"
        "<div class='article-info'><span class='date'>發佈時間：2024/01/02 10:11</span></div>"
        "<div class='article-image'><img src='a.jpg'><div class='caption'>義工向居民講解分類知識。資料圖片</div></div>"
        f"<div class='paragraphs'><p>{_HANT[0]}</p><p>{_HANT[1]}</p><div class='ad'>廣告</div><p>{_HANT[2]}</p>"
        "<p>星島頭條網記者張小明</p></div></div></body></html>"
    )


def test_the_caption_of_the_picture_over_the_text_is_kept():
    """星島's ``article-image`` between the info line and the text: its caption belongs to the
    story's picture and comes back before the first paragraph."""
    doc = read(_stheadline().encode(), format="html")
    kinds = _kinds(doc)
    assert kinds[0] == ("caption", "義工向居民講解分類知識。資料圖片")
    _story_kept(doc, _HANT)
    assert doc.meta.published == "2024-01-02T10:11+08:00"


def test_a_caption_above_the_headline_stays_out():
    """A teaser picture above the headline (a gallery strip, a sidebar) captions no part of the story."""
    sidebar = "<div class='top-gallery'><img src='b.jpg'><div class='caption'>另一宗新聞的相片說明文字</div></div>"
    doc = read(_stheadline(sidebar).encode(), format="html")
    assert "另一宗新聞的相片說明文字" not in _texts(doc)


# Pages the reader already read right, kept so that they stay so: (page, title, published, agency,
# reporters, editors, caption).
def _cctv() -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{_TITLE}_新闻频道_央视网(cctv.com)</title></head><body>"
        "<div class='nav_daohang'><a href='/'>首页</a> &gt; <a>正文</a></div>"
        f"<div class='title_area'><h1>{_TITLE}</h1><div class='info1'>央视网消息：</div>"
        "<div class='info'>来源：<a>央视新闻客户端</a>&nbsp;&nbsp;|&nbsp;&nbsp;2024年01月02日 10:11:12</div></div>"
        f"<div class='content_area' id='content_area'><p>　　央视网消息：{_STORY[0]}</p>"
        "<p style='text-align:center'><img src='a.jpg'></p><p style='text-align:center'>图为志工向居民讲解分类知识。</p>"
        f"<p>　　{_STORY[1]}</p><p>　　{_STORY[2]}</p></div>"
        "<div class='zebian'><p><span>编辑：张小明</span><span>|</span><span>责任编辑：李大力</span></p></div>"
        f"<div class='share_area'><span>分享到：</span><a>微博</a><a>微信</a></div>{_related()}"
        "<div class='footer'>Copyright © 1997-2024 CCTV.com. All Rights Reserved</div></body></html>"
    )


def _chinanews() -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{_TITLE}-中新网</title></head><body>"
        f"<div class='content_left'><div class='content_left_title'>{_TITLE}</div>"
        "<div class='content_left_time'>2024年01月02日 10:11　来源：<a>中国新闻网</a>　<span>参与互动</span></div>"
        "<div class='content_desc'>分享到：<a>微信</a><a>微博</a></div>"
        f"<div class='left_zw'><p>　　中新网北京1月2日电 (记者 张小明){_STORY[0]}</p>"
        "<div class='left_ph' align='center'><img src='a.jpg'></div>"
        "<div class='left_name'><p align='center'>　　图为志工向居民讲解分类知识。 中新社记者 王小红 摄</p></div>"
        f"<p>　　{_STORY[1]}</p><p>　　{_STORY[2]}(完)</p></div>"
        "<div class='adEditor'><div class='left_name'><div class='left_name'>【编辑:李大力】</div></div></div>"
        f"{_related('更多精彩内容')}</div>"
        "<div id='footer'>本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。</div></body></html>"
    )


def _xinhuanet() -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{_TITLE}-新华网</title></head><body>"
        "<div class='header domPC'><div class='header-cont clearfix'><div class='header-time left'>"
        "<span class='year'><em> 2024</em></span><span class='day'><em> 01</em>/<em>02</em></span>"
        "<span class='time'> 10:11:12</span></div><div class='source'>来源：新华社</div>"
        f"<div class='head-line clearfix'><span class='title'><h1>{_TITLE}</h1></span>"
        "<div class='fxd'><span>字号</span><a>分享</a></div></div></div></div>"
        f"<div class='main clearfix'><div id='detail'><p>　　新华社北京1月2日电（记者张小明、李大力）{_STORY[0]}</p>"
        "<p style='text-align:center'><img src='a.jpg'></p>"
        "<p style='text-align:center'>　　1月1日，志工向居民讲解分类知识。新华社记者王小红摄</p>"
        f"<p>　　{_STORY[1]}</p><p>　　{_STORY[2]}</p></div>"
        "<div id='articleEdit'><span class='tiyi1'><a>纠错</a></span><span class='editor'>【责任编辑:赵小兵】</span></div></div>"
        "<div class='foot'><p>Copyright © 2000-2024 XINHUANET.com All Rights Reserved.</p></div></body></html>"
    )


def _nytimes_cn() -> str:
    return (
        f"<html lang='zh-hans'><head><meta charset='utf-8'><title>{_TITLE} - 纽约时报中文网</title>"
        "<meta name='byline' content='张小明, 李大力'>"
        "<meta property='article:published_time' content='2024-01-02T10:11:00+08:00'></head><body>"
        "<header class='nytcn-header'><a>国际</a><a>中国</a></header><main><article class='article-content'>"
        f"<div class='article-header'><header><h1 class='article-title'>{_TITLE}</h1>"
        "<address><div class='byline'><span>张小明, 李大力</span></div></address>"
        "<time class='time' datetime='2024-01-02 10:11:00'>2024年1月2日</time></header></div>"
        "<figure class='article-span-photo'><img src='a.jpg'><figcaption><span class='caption'>志工向居民讲解分类知识。</span>"
        "<span class='credit'>Jane Doe for The New York Times</span></figcaption></figure>"
        "<section class='article-body'>" + "".join(f"<div class='article-paragraph'>{text}</div>" for text in _STORY)
        + "<div class='article-paragraph'>翻译：王小红</div>"
        "<div class='article-paragraph'><a href='https://www.nytimes.com/x'>点击查看本文英文版。</a></div></section>"
        f"{_related('相关报道')}</article></main><footer>© 2024 The New York Times Company</footer></body></html>"
    )


def _oncc() -> str:
    return (
        f"<html lang='zh-HK'><head><meta charset='utf-8'><title>{_TITLE_HANT}｜東網即時</title></head><body>"
        "<div id='topNav'><a>即時</a><a>港澳</a></div>"
        f"<div class='breakingNewsContainer'><h1>{_TITLE_HANT}</h1><div class='datetime'>2024年01月02日 10:11</div>"
        "<div class='breakingNewsContent'><div class='photo'><img src='a.jpg'><span>義工向居民講解分類知識。（資料圖片）</span></div>"
        f"<div class='paragraph'>{'<br><br>'.join(_HANT)}</div></div>"
        "<div class='sharebar'><a>Facebook</a><a>WhatsApp</a></div></div>"
        "<div class='footer'>東網版權所有，不得轉載。</div></body></html>"
    )


def _takungpao() -> str:
    return (
        f"<html lang='zh-HK'><head><meta charset='utf-8'><title>{_TITLE_HANT} - 香港大公文匯網</title></head><body>"
        f"<div class='tkp_con_l'><h1 class='tkp_con_title'>{_TITLE_HANT}</h1>"
        "<div class='tkp_con_author'><span>2024-01-02 10:11:12</span><span>來源：大公報</span><span>作者：張小明</span></div>"
        f"<div class='tkp_content'><p>【大公報訊】記者張小明報道：{_HANT[0]}</p>"
        "<div class='img_wrap'><img src='a.jpg'><p class='img_intro'>▲義工向居民講解分類知識。大公報記者王小紅攝</p></div>"
        f"<p>{_HANT[1]}</p><p>{_HANT[2]}</p></div><div class='tkp_con_editor'>責任編輯：李大力</div>"
        "<div class='share'>分享到：<a>Facebook</a><a>WhatsApp</a></div></div>"
        "<div class='footer'>大公文匯傳媒集團版權所有，未經許可不得轉載</div></body></html>"
    )


def _netease() -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{_TITLE}|社区|垃圾分类_网易订阅</title></head><body>"
        f"<div class='post_main'><h1 class='post_title'>{_TITLE}</h1>"
        "<div class='post_info'>2024-01-02 10:11:12　来源: <a>新京报</a> <a class='post_jubao'>举报</a></div>"
        "<div class='post_body'><p class='f_center'><img src='a.jpg'><br></p>"
        "<p class='f_center'>志工向居民讲解分类知识。 新京报记者 王小红 摄</p>"
        f"<p>新京报讯（记者 张小明）{_STORY[0]}</p><p>{_STORY[1]}</p><p>{_STORY[2]}</p><p>编辑 李大力 校对 赵小兵</p></div>"
        "<div class='post_statement'><span>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，"
        "本平台仅提供信息存储服务。</span></div>"
        f"<div class='post_author'>本文来源：新京报 作者：张小明 责任编辑：王二_NBJ1234</div>{_related('相关推荐')}"
        "</div></body></html>"
    )


@pytest.mark.parametrize(("page", "title", "published", "agency", "reporters", "editor", "caption"), [
    (_cctv, _TITLE, "2024-01-02T10:11:12", "央视网", (), "李大力", "图为志工向居民讲解分类知识。"),
    (_chinanews, _TITLE, "2024-01-02T10:11", "中新网", ("张小明",), "李大力", "图为志工向居民讲解分类知识。中新社记者 王小红 摄"),
    (_xinhuanet, _TITLE, "2024-01-02T10:11:12", "新华社", ("张小明", "李大力"), "赵小兵",
     "1月1日，志工向居民讲解分类知识。新华社记者王小红摄"),
    (_nytimes_cn, _TITLE, "2024-01-02T10:11+08:00", "纽约时报中文网", ("张小明", "李大力"), None,
     "志工向居民讲解分类知识。Jane Doe for The New York Times"),
    (_oncc, _TITLE_HANT, "2024-01-02T10:11", "東網", (), None, "義工向居民講解分類知識。（資料圖片）"),
    (_takungpao, _TITLE_HANT, "2024-01-02T10:11:12", "大公報", ("張小明",), "李大力", "▲義工向居民講解分類知識。大公報記者王小紅攝"),
    (_netease, _TITLE, "2024-01-02T10:11:12", "新京报", ("张小明",), "李大力", "志工向居民讲解分类知识。新京报记者 王小红 摄"),
])
def test_site_page_reads_right(page, title, published, agency, reporters, editor, caption):
    doc = read(page().encode(), format="html")
    assert doc.meta.title == title
    assert doc.meta.published == published
    assert doc.meta.agency == agency
    assert doc.meta.reporters == reporters
    assert editor is None or editor in doc.meta.editors
    assert ("caption", caption) in _kinds(doc)
    _story_kept(doc, _HANT if title == _TITLE_HANT else _STORY)
    texts = _texts(doc)
    assert not any(word in text for text in texts for word in ("分享到", "Copyright", "版權所有", "刊载信息", "存储服务"))


def _epaper(deck_tag: str = "h2") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>光明日报</title></head><body>"
        f"<div class='text_c'><h3>社区治理新观察</h3><h1>{_TITLE}</h1><{deck_tag}>志工逐户上门讲解</{deck_tag}>"
        "<div class='lai'><span>作者：本报记者 张小明</span><span>《光明日报》（ 2024年01月02日 04版）</span></div>"
        f"<div class='c_c'><div id='articleContent'><p>　　【光明日报讯】{_STORY[0]}</p><p>　　{_STORY[1]}</p>"
        f"<p>　　{_STORY[2]}</p></div></div><p><a>[ 责编：李大力 ]</a></p></div></body></html>"
    )


def test_a_print_papers_deck_under_the_headline_is_the_subtitle():
    """A digital edition (光明日报, 人民日报) sets the deck (副题) in the <h2> right under the <h1>:
    it is the subtitle, not lost and not the lead."""
    doc = read(_epaper().encode(), format="html")
    assert doc.meta.subtitle == "志工逐户上门讲解"
    assert doc.meta.kicker == "社区治理新观察"  # the <h3> over the <h1>: the kicker (引题)
    assert "志工逐户上门讲解" not in _texts(doc)
    assert doc.meta.reporters == ("张小明",) and doc.meta.editors == ("李大力",)
    _story_kept(doc)


def test_a_sentence_in_the_h2_under_the_headline_is_no_deck():
    """A standfirst in the <h2> (a sentence, with its full stop) is no subtitle."""
    standfirst = "某市今年已有三百个社区完成改造。"
    doc = read(_epaper().replace("<h2>志工逐户上门讲解</h2>", f"<h2>{standfirst}</h2>").encode(), format="html")
    assert doc.meta.subtitle is None


def test_a_papers_holdings_notice_with_its_app_is_furniture():
    """21世纪经济报道's footer: ``…及其客户端所刊载内容的知识产权均属…所有。未经书面授权，任何人不得以
    任何方式使用。`` names no reprinting, yet is a copyright notice."""
    notice = ("21世纪经济报道及其客户端所刊载内容的知识产权均属某某报社所有。未经书面授权，任何人不得以任何方式使用。")
    page = (
        f"<html><head><meta charset='utf-8'><title>{_TITLE} - 21经济网</title></head><body>"
        f"<div class='titleHead'><h1>{_TITLE}</h1><div class='newsInfo'><span class='newsDate'>2024-01-02 10:11</span>"
        "<span class='newsAuthor'>21世纪经济报道 张小明</span></div></div>"
        "<div class='txtContent'><p>21世纪经济报道记者张小明 北京报道</p>" + "".join(f"<p>{text}</p>" for text in _STORY)
        + f"</div><div class='newsEditor'><span>（作者：张小明 编辑：李大力）</span></div><div class='copyright'>{notice}</div>"
        "</body></html>"
    )
    doc = read(page.encode(), format="html")
    assert not any("知识产权" in text for text in _texts(doc))
    _story_kept(doc)
    assert doc.meta.reporters == ("张小明",)
