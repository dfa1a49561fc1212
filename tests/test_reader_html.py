"""The HTML layer: saved pages → body lines + hints, furniture kept out, nothing of the body lost.

Golden values were written by hand after reading each corpus page; the corpus is found at
``<repo>/../shared/corpus`` or ``$CONVERTKIT_CORPUS`` and its tests skip when it is absent.
"""

from __future__ import annotations

import functools
import re
import socket
from pathlib import Path

import pytest

from conftest import CORPUS
from convertkit import read
from convertkit.errors import NoArticleError
from convertkit.readers.html import extract_html
from convertkit.readers.html_furniture import Segment, body_like, han_count, is_editor_line, is_furniture
from convertkit.readers.html_meta import PageMeta, choose_title, normalise_time, strip_site_suffix

UNSEEN_HTML = Path(__file__).parent / "fixtures" / "unseen_html"
needs_corpus = pytest.mark.skipif(not (CORPUS / "html").is_dir(), reason="corpus not available")


@functools.cache
def corpus_page(name: str):
    """Each corpus page is extracted once per test session (extraction is pure)."""
    path = CORPUS / name
    return extract_html(path.read_bytes(), path=str(path))


def corpus_articles():
    """(name, extract) for every corpus page that is an article."""
    for path in sorted((CORPUS / "html").glob("*.html")):
        try:
            yield path.name, corpus_page(f"html/{path.name}")
        except NoArticleError:
            continue


def body(extract) -> str:
    return "\n".join(line.text for line in extract.lines)


# --- golden pages ------------------------------------------------------------------------------


@needs_corpus
def test_xinhuanet_title_time_dateline_and_no_teasers():
    page = corpus_page("html/xinhuanet.html")
    assert page.hints.title == "法国全国大罢工再次严重影响交通"
    assert page.hints.published.startswith("2019-12-10")
    assert page.hints.agency == "新华网"  # the page's 来源; the dateline (新华社) wins in the news layer
    assert page.lines[0].text.startswith("新华社巴黎12月9日电（记者唐霁）法国9日再次爆发全国跨行业大罢工")
    assert page.lines[-2].text.startswith("法国总统马克龙此前提出对全国退休制度进行改革")
    assert page.lines[-1].text == "责任编辑： 尹世杰"  # under the story on the page, dropped by the extractor
    assert "欧盟外长理事会会议在布鲁塞尔举行" not in body(page)  # photo teaser list after the story


@needs_corpus
def test_chinanews_info_line_source_and_editor_not_author():
    page = corpus_page("html/chinanews.html")
    assert page.hints.title == "【中国稳健前行】坚定实施扩大内需战略"
    assert page.hints.published == "2020-07-04T12:10:24"
    assert page.hints.agency == "求是网"
    assert page.hints.editors == ("陈海峰",)
    assert "陈海峰" not in page.hints.authors  # the site puts the desk editor under 作者
    assert page.lines[0].text.startswith("编者按：突如其来的新冠肺炎疫情")
    assert page.lines[-2].text == "(作者：方敏北京大学经济学院教授)"
    assert page.lines[-1].text == "【编辑:陈海峰】"
    assert "参与互动" not in body(page)


@needs_corpus
@pytest.mark.parametrize("name", ["html/people.html", "html/qq.html", "html/163.html"])
def test_charset_lies_are_decoded_as_utf8(name):
    page = corpus_page(name)
    assert page.encoding == "utf-8"
    assert page.replacements == 0
    assert han_count(body(page)) > 500


@needs_corpus
def test_people_meta_source_and_recommendations_cut():
    page = corpus_page("html/people.html")
    assert page.hints.title == "女儿出嫁，郑板桥画了几笔兰花当嫁妆"
    assert page.hints.published == "2019-06-15T08:18"  # the meta's day, the info line's time
    assert page.hints.agency == "人民网-文化频道"
    assert "《冬夜读书示子聿》" in body(page)
    assert "文化大家讲述亲历" not in body(page)  # a "【详细】" teaser block after the article


@needs_corpus
def test_cjn_captions_editor_and_local_source():
    page = corpus_page("html/cjn.html")
    assert page.hints.title == "外媒眼中的武汉长假：蓬勃发展，欢声笑语"
    assert page.hints.published == "2020-10-04T20:30"
    assert page.hints.agency == "长江网"
    assert page.hints.editors == ("姚昊",)
    assert "雨游黄鹤楼照样开心。城市摄影队 周斌 摄" in page.hints.captions
    assert "10月4日，旅游专列开往襄阳。 通讯员刘娟 摄" in page.hints.captions
    assert page.lines[0].text.startswith("长江网10月4日讯（记者陈智 整合）")
    assert page.lines[-1].text == "【编辑：姚昊】"


@needs_corpus
def test_shanxi_gov_title_from_h1_when_title_tag_is_the_site():
    page = corpus_page("html/shanxi_gov.html")
    assert page.hints.title == "山西品牌丝路行（南美站）正式启动"
    assert page.hints.published == "2019-09-18T06:23"
    assert page.hints.agency == "山西日报"
    assert page.hints.captions == ("图为山西品牌丝路行（南美站）启动仪式。（刘通摄）",)


@needs_corpus
def test_sina_time_with_offset_and_trailer_cut():
    page = corpus_page("html/sina_1.html")
    assert page.hints.title == "最强“中国芯”本月商用 华为抢跑5G芯片大战"
    assert page.hints.published == "2019-09-07T06:52:51+08:00"
    assert page.hints.url == "https://news.sina.com.cn/c/2019-09-07/doc-iicezzrq4076655.shtml"
    assert page.lines[0].text == "原标题：最强“中国芯”本月商用 华为抢跑5G芯片大战"
    text = body(page)
    assert "推荐新闻" not in text and "二维码" not in text and "举报" not in text


@needs_corpus
def test_thepaper_wechat_furniture_dropped_and_credits_kept():
    page = corpus_page("html/thepaper_2.html")
    assert page.hints.published == "2019-08-13T14:07"
    assert page.hints.agency == "澎湃新闻·澎湃号·政务"
    text = body(page)
    assert "回复【" not in text and "我要跟帖" not in text and "评论（0）" not in text
    assert "▲广州日报全媒体图片记者黎旭阳、李妍摄" in page.hints.captions


@needs_corpus
def test_zsnews_headline_line_beats_title_tag_suffix():
    page = corpus_page("html/zsnews.html")
    assert page.hints.title == "顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作"
    assert page.hints.published == "2019-03-06"
    assert page.hints.agency == "东区办事处"
    assert page.hints.editors == ("龙慧",)
    assert not any("打印本页" in line.text or "关闭窗口" in line.text for line in page.lines)


@needs_corpus
def test_guancha_body_flattened_from_a_single_list():
    page = corpus_page("html/guancha.html")
    assert page.hints.title == "我国集成电路进口突破3000亿美元！魏少军：产业结构扭曲，没将产品作为中心"
    assert page.hints.published.startswith("2019-09-07")
    assert len(page.lines) >= 8
    assert "小编最近文章" not in body(page)


@needs_corpus
@pytest.mark.parametrize("name", ["encodings/sohu_furniture_gb2312_no_charset.html"])
def test_pages_without_an_article_raise_one_line_error(name):
    with pytest.raises(NoArticleError) as info:
        corpus_page(name)
    message = str(info.value)
    assert "\n" not in message and "not an article" in message and name.split("/")[-1] in message


@needs_corpus
def test_every_corpus_page_handled():
    names = {path.name for path in (CORPUS / "html").glob("*.html")}
    articles = dict(corpus_articles())
    assert names - set(articles) == set()
    for name, page in articles.items():
        assert page.hints.title and page.lines, name


_HAN_ONLY = re.compile(r"[^\u3400-\u9fff]")


@needs_corpus
def test_nothing_of_the_body_lost_compared_with_the_extractor():
    """Every prose paragraph of trafilatura's own text, up to where the article ends, is in our lines."""
    for name, page in corpus_articles():
        ours = _HAN_ONLY.sub("", body(page))
        title = _HAN_ONLY.sub("", page.hints.title or "")
        # the editor line we close the body with is not the extractor's: the cut is at the line before it
        closing = next(line for line in reversed(page.lines) if not is_editor_line(line.text))
        last = _HAN_ONLY.sub("", closing.text)[:12]
        extractor = page.extractor_text
        cut = _HAN_ONLY.sub("", extractor).find(last)
        seen = 0
        for paragraph in extractor.splitlines():
            if cut >= 0 and seen > cut:
                break
            seen += len(_HAN_ONLY.sub("", paragraph))
            if not body_like(paragraph) or is_furniture(Segment(paragraph)):
                continue
            # Fragments, so a page-info prefix glued to a paragraph (标题 最后更新: …) does not count.
            for fragment in re.split(r"[\s。！？!?]+", paragraph):
                han = _HAN_ONLY.sub("", fragment)
                if len(han) >= 10 and han not in title:
                    assert han in ours, f"{name}: lost {fragment[:40]!r}"


# --- synthetic pages ---------------------------------------------------------------------------

_PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{title}_新华网</title>
<meta property="og:title" content="{title}">
<meta name="keywords" content="测试,新闻">
<meta name="source" content="来源：中国新闻网">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}",
 "datePublished": "2024-03-05T08:30:00+08:00", "author": {{"@type": "Person", "name": "王小明"}}}}</script>
</head><body>
<div class="nav"><a href="/">首页</a> | <a href="/world">国际</a> | <a href="/china">国内</a></div>
<div class="share">分享到：微信 微博 QQ空间</div>
<article>
<h1>{title}</h1>
<div class="info">2024-03-05 08:30 来源：中国新闻网 作者：王小明</div>
{paragraphs}
<figure><img src="http://img.example.cn/a.jpg"><figcaption>图为会议现场。记者 李四 摄</figcaption></figure>
<p>会议强调，要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局。</p>
<p>相关链接</p>
<ul><li><a href="/2024/0304/a.shtml">两会日程安排公布</a></li><li><a href="http://news.example.cn/b.shtml">代表委员热议政府工作报告</a></li></ul>
<p>【责任编辑：赵六】</p>
</article>
<div class="recommend"><h3>推荐阅读</h3><ul><li><a href="/x">某明星离婚</a></li><li><a href="/y">某地美食推荐</a></li></ul></div>
<div class="footer">版权所有 © 2024 新华网 京ICP备12345678号</div>
</body></html>"""

_PARAGRAPHS = [
    "中新社北京3月5日电（记者 张三）十四届全国人大二次会议5日上午在人民大会堂开幕，国务院总理作政府工作报告。",
    "报告指出，过去一年经济社会发展主要目标任务圆满完成，高质量发展扎实推进，全面建设社会主义现代化国家迈出坚实步伐。",
    "报告提出，今年发展主要预期目标是：国内生产总值增长百分之五左右，城镇新增就业一千二百万人以上，居民消费价格涨幅百分之三左右。",
]


def synthetic(title: str = "全国人大二次会议在京开幕", paragraphs: list[str] | None = None) -> bytes:
    body_html = "\n".join(f"<p>{text}</p>" for text in (paragraphs or _PARAGRAPHS))
    return _PAGE.format(title=title, paragraphs=body_html).encode("utf-8")


@pytest.mark.parametrize("ld", [
    "[" * 10000 + "]" * 10000,  # nested past json's stack: RecursionError, an internal error
    '{"@type": "NewsArticle", "author": ' + '{"name": ' * 900 + '"王小明"' + "}" * 901,  # a tower of names
])
def test_json_ld_nested_too_deeply_is_passed_over(ld):
    page = synthetic().replace(b'<script type="application/ld+json">', b'<script type="application/ld+json">'
                               + ld.encode() + b'</script><script type="application/ld+json">')
    hints = extract_html(page, path="page.html").hints
    assert hints.title == "全国人大二次会议在京开幕"
    assert hints.published == "2024-03-05T08:30+08:00"


def test_synthetic_page_hints():
    page = extract_html(synthetic(), path="page.html")
    hints = page.hints
    assert hints.title == "全国人大二次会议在京开幕"
    assert hints.published == "2024-03-05T08:30+08:00"
    assert hints.agency == "中国新闻网"
    assert hints.authors == ("王小明",)
    assert hints.keywords == ("测试", "新闻")
    assert hints.language == "zh-Hans" and hints.extra == {"region": "CN"}
    assert hints.title_in_text is False


def test_synthetic_page_lines_in_order_with_caption_and_links():
    page = extract_html(synthetic(), path="page.html")
    texts = [line.text for line in page.lines]
    assert texts[:3] == _PARAGRAPHS
    assert "图为会议现场。记者 李四 摄" in texts
    assert page.hints.captions == ("图为会议现场。记者 李四 摄",)
    assert texts.index("图为会议现场。记者 李四 摄") == 3
    assert [number for number in (line.number for line in page.lines)] == list(range(1, len(texts) + 1))
    assert ("代表委员热议政府工作报告", "http://news.example.cn/b.shtml") in page.hints.links
    assert texts[-1] == "【责任编辑：赵六】"
    joined = "\n".join(texts)
    for furniture in ("分享到", "推荐阅读", "某明星离婚", "版权所有", "首页", "ICP"):
        assert furniture not in joined


def test_reader_never_touches_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    # The reader's libraries import ssl lazily, and ssl subclasses socket.socket: import them
    # first (a page read before the patch), so the test also passes when it runs alone.
    extract_html(synthetic(), path="warm.html")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = extract_html(synthetic(), path="page.html")
    assert page.lines


def test_furniture_only_page_is_not_an_article():
    data = ("<html><head><title>首页</title></head><body><div><a href='/a'>新闻</a> | <a href='/b'>体育</a></div>"
            "<p>版权所有 © 2024</p></body></html>").encode()
    with pytest.raises(NoArticleError, match="not an article"):
        extract_html(data, path="menu.html")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("法国全国大罢工再次严重影响交通-新华网", "法国全国大罢工再次严重影响交通"),
        ("【中国稳健前行】坚定实施扩大内需战略 -中新网", "【中国稳健前行】坚定实施扩大内需战略"),
        ("女童眼睛被塞几十片纸|凤凰网", "女童眼睛被塞几十片纸"),
        ("午间公告：天奇股份中标广汽丰田项目_证券时报网", "午间公告：天奇股份中标广汽丰田项目"),
        ("美日韩对戴维营峰会仍有温差 - 国际新闻 - 环球网", "美日韩对戴维营峰会仍有温差"),
        ("中美关系—机遇与挑战并存", "中美关系—机遇与挑战并存"),  # a dash inside a headline stays
    ],
)
def test_site_suffixes_stripped(raw, expected):
    assert strip_site_suffix(raw) == expected


def test_title_prefers_h1_agreeing_with_title_tag():
    meta = PageMeta(title_tag="某某要闻_某某网", h1=("推荐新闻", "某某要闻"))
    assert choose_title(meta) == "某某要闻"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2019-12-10 07:57:40", "2019-12-10T07:57:40"),
        ("2020年09月11日 18:05", "2020-09-11T18:05"),
        ("2019-09-07T06:52:51+08:00", "2019-09-07T06:52:51+08:00"),
        ("发布时间：2016-11-22 09:53", "2016-11-22T09:53"),
        ("２０１９年１月１７日", "2019-01-17"),
        ("2007-08-20-23:59:59", "2007-08-20T23:59:59"),
        ("2024-03-12T08:21:43.000Z", "2024-03-12T08:21:43+00:00"),  # JSON-LD of BBC中文, Next.js sites
        ("2024-03-12T03:10:00.000Z", "2024-03-12T03:10+00:00"),
        ("no date here", None),
        # a half of the day or a 12-hour clock (Taiwan and Hong Kong sites, English CMSs), a weekday
        # before the time, a Minguo year; a zone the plain reading found is kept
        ("2026/12/07 下午 02:30", "2026-12-07T14:30"),
        ("2026年12月7日 週一 下午2:30", "2026-12-07T14:30"),
        ("2026/12/7 上午12:10", "2026-12-07T00:10"),
        ("2026-12-07 08:30 PM", "2026-12-07T20:30"),
        ("2026-12-07 08:30 AM", "2026-12-07T08:30"),
        ("2026年12月7日星期一 14:30", "2026-12-07T14:30"),
        ("115/12/07", "2026-12-07"),
        ("民國115年12月7日", "2026-12-07"),
        ("2026-12-07 14:30 HKT", "2026-12-07T14:30+08:00"),
        ("v1.115/12/07", None),
    ],
)
def test_time_normalisation(raw, expected):
    assert normalise_time(raw) == expected


# --- through the news layer --------------------------------------------------------------------

_HAN = re.compile(r"[\u3400-\u9fff]")


def _model_text(document) -> str:
    import dataclasses

    parts: list[str] = []

    def collect(value) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, tuple):
            for item in value:
                collect(item)
        elif dataclasses.is_dataclass(value):
            for item in dataclasses.fields(value):
                collect(getattr(value, item.name))

    collect(document.meta)
    collect(document.blocks)
    return "\n".join(parts)


@needs_corpus
def test_documents_from_corpus_pages():
    pytest.importorskip("convertkit.structure.build")
    from convertkit.readers.html import read_html

    document = read_html((CORPUS / "html/xinhuanet.html").read_bytes(), path="xinhuanet.html")
    meta = document.meta
    assert meta.title == "法国全国大罢工再次严重影响交通"
    assert meta.agency == "新华社"  # the dateline's agency wins over the page's 来源 (新华网)
    assert meta.reporters == ("唐霁",)
    assert meta.source.format == "html" and meta.source.encoding == "utf-8"
    assert document.blocks[0].kind == "lead"

    cjn = read_html((CORPUS / "html/cjn.html").read_bytes(), path="cjn.html")
    captions = [block.text for block in cjn.blocks_of("caption")]
    assert any("周斌" in text for text in captions)
    assert cjn.meta.editors == ("姚昊",)


@needs_corpus
def test_every_han_character_of_the_lines_reaches_the_model():
    pytest.importorskip("convertkit.structure.build")
    from convertkit.model import Source
    from convertkit.structure.build import build_document

    for name, page in corpus_articles():
        document = build_document(list(page.lines), page.hints, Source(path=name, format="html"))
        model = set(_HAN.findall(_model_text(document)))
        lines = set(_HAN.findall(body(page)))
        assert lines <= model, f"{name}: {''.join(sorted(lines - model))[:20]}"


def test_headline_holding_a_site_word_is_no_site_name():
    """央视网: after its suffixes go, [新闻联播]全国春耕备耕有序推进 holds 新闻 but is the headline."""
    meta = PageMeta(title_tag="[新闻联播]全国春耕备耕有序推进_新闻频道_央视网(cctv.com)")
    assert choose_title(meta) == "[新闻联播]全国春耕备耕有序推进"
    assert choose_title(PageMeta(title_tag="国务院部署网络安全工作")) == "国务院部署网络安全工作"
    assert choose_title(PageMeta(title_tag="BBC News 中文")) is None


def test_headline_after_a_site_prefix_in_the_title():
    """明報 puts the site and section first: 明報新聞網 - 每日明報 daily news - 港聞 - headline."""
    meta = PageMeta(title_tag="明報新聞網 - 每日明報 daily news - 港聞 - 政府推新措施紓緩輪候公屋時間",
                    og_title="政府推新措施紓緩輪候公屋時間", h1=("政府推新措施紓緩輪候公屋時間",))
    assert choose_title(meta) == "政府推新措施紓緩輪候公屋時間"
    path = UNSEEN_HTML / "mingpao_utf8_declared_big5.html"
    page = extract_html(path.read_bytes(), path=str(path))
    assert page.hints.title == "政府推新措施紓緩輪候公屋時間"
    assert page.lines[0].text.startswith("【明報專訊】")


def test_broadcaster_named_in_the_title_is_the_agency():
    """法广's og:site_name is RFI; its <title> ends with 法国国际广播电台, a station, not a headline."""
    path = UNSEEN_HTML / "rfi.html"
    page = extract_html(path.read_bytes(), path=str(path))
    assert page.hints.agency == "法国国际广播电台"
    assert page.lines[0].text.startswith("法国国民议会周二通过新年度预算案")
    assert "发表时间：" not in [line.text for line in page.lines]
    doc = read(path.read_bytes(), format="html")
    assert doc.meta.agency == "法广"


def test_site_logo_h1_is_not_the_headline():
    meta = PageMeta(title_tag="暴雨袭击南方多省_新华网", h1=("新华网", "暴雨袭击南方多省"))
    assert choose_title(meta) == "暴雨袭击南方多省"
    meta = PageMeta(title_tag="暴雨袭击南方多省——人民网", h1=("人民网首页",))
    assert choose_title(meta) == "暴雨袭击南方多省"


_TW_PAGE = """<html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>{title} | 聯合新聞網</title></head><body>
<h1>{title}</h1><div>2017-06-28 15:25 聯合報 記者林敬家／即時報導</div>
<p>彰化縣溫姓泰籍勞工疑因感情問題，今年5月24日凌晨在廠區上吊輕生，上午7點多被上班的同事發現已無氣息，送醫急救無效。</p>
<p>雇主希望消除戾氣，找法師今天晚上「送肉粽」，警方指出，溫姓泰勞尋短跟感情問題有關，家人對死因沒異議。</p>
<p>【免責聲明】本文僅代表作者觀點，與本網無關，請讀者僅作參考，並請自行承擔全部責任。</p>
<p>責任編輯：王大明</p>
<h3>推薦閱讀</h3><ul><li><a href="/a">某明星宣布結婚</a></li></ul>
<p>版權所有 © 聯合線上</p></body></html>"""


def test_traditional_page_furniture_and_language():
    page = extract_html(_TW_PAGE.format(title="生人請迴避！彰縣伸港今晚替泰勞「送肉粽」").encode("utf-8"), path="tw.html")
    texts = [line.text for line in page.lines]
    assert page.hints.title == "生人請迴避！彰縣伸港今晚替泰勞「送肉粽」"
    assert page.hints.language == "zh-Hant" and page.hints.extra == {"region": "TW"}
    assert page.hints.published == "2017-06-28T15:25"
    assert texts[0].startswith("彰化縣溫姓泰籍勞工")
    assert texts[-1] == "責任編輯：王大明"  # kept although it follows the disclaimer
    assert not any("免責聲明" in text or "推薦閱讀" in text or "版權所有" in text for text in texts)
    assert page.hints.editors == ("王大明",)


@pytest.mark.parametrize(("info", "published", "agency", "authors"), [
    ("<div>2019年09月07日 04:04 北京日报</div>", "2019-09-07T04:04", "北京日报", ()),
    ("<div>石佳/中国青年报</div><div>2019-09-24 09:10</div>", "2019-09-24T09:10", "中国青年报", ("石佳",)),
    ("<div><span>新华社</span></div><div>2020-01-03 18:13</div>", "2020-01-03T18:13", "新华社", ()),
    ("<div>中国网 2019-11-25 10:37:31</div>", "2019-11-25T10:37:31", "中国网", ()),
    # 腾讯新闻's account line with where it posted from
    ('<div><a class="media-name">工人日报</a> <span>2024-03-12 07:45</span> <span>发布于北京</span></div>',
     "2024-03-12T07:45", "工人日报", ()),
    ("<div>发布时间：2019-03-06 <span>来源：</span><span>东区办事处</span></div>", "2019-03-06", "东区办事处", ()),
])
def test_visible_info_line_shapes_under_the_headline(info, published, agency, authors):
    title = "全国多地开启降温模式"
    html = (f"<html><head><title>{title}_某某网</title></head><body><h1>{title}</h1>{info}"
            + "".join(f"<p>{text}</p>" for text in _PARAGRAPHS) + "</body></html>")
    hints = extract_html(html.encode("utf-8"), path="p.html").hints
    assert (hints.published, hints.agency, hints.authors) == (published, agency, authors)


def test_trailing_source_and_editor_line_become_hints():
    html = ("<html><head><title>某地发布新规_网易新闻</title></head><body><h1>某地发布新规</h1>"
            + "".join(f"<p>{text}</p>" for text in _PARAGRAPHS)
            + "<p>本文来源：中国新闻网 责任编辑：王晓晔_NE0011</p></body></html>")
    page = extract_html(html.encode("utf-8"), path="163.html")
    assert page.hints.agency == "中国新闻网"
    assert page.hints.editors == ("王晓晔",)
    assert [line.text for line in page.lines] == _PARAGRAPHS


def test_time_element_when_no_meta_says_when():
    html = ("<html><head><title>某地发布新规_某某网</title></head><body><h1>某地发布新规</h1>"
            '<p class="meta"><time datetime="2023-05-06T07:08:09+08:00">5月6日</time></p>'
            + "".join(f"<p>{text}</p>" for text in _PARAGRAPHS) + "</body></html>")
    assert extract_html(html.encode("utf-8"), path="t.html").hints.published == "2023-05-06T07:08:09+08:00"


@needs_corpus
def test_portal_in_meta_author_is_not_a_reporter_and_headline_not_a_keyword():
    assert corpus_page("html/163.html").hints.authors == ()  # <meta name="author" content="网易">
    keywords = corpus_page("html/qq.html").hints.keywords
    assert "现金贷" in keywords and not any("：" in keyword for keyword in keywords)


def test_a_writer_whose_own_site_bears_the_name_stays_the_author():
    """A blog named as its writer's own (周明的读书笔记) does not veto 周明 as the author: the site
    name vetoes only a name it uses for itself (网易 in …_网易订阅)."""
    html = ('<html><head><title>读书笔记一则 – 周明的读书笔记</title><meta property="og:site_name" content="周明的读书笔记">'
            '<meta name="author" content="周明"></head><body><h1>读书笔记一则</h1>'
            + "".join(f"<p>{text}</p>" for text in _PARAGRAPHS) + "</body></html>")
    assert extract_html(html.encode("utf-8"), path="t.html").hints.authors == ("周明",)
    portal = html.replace("周明的读书笔记", "周明读书网")
    assert extract_html(portal.encode("utf-8"), path="t.html").hints.authors == ()


def test_a_microdata_author_item_names_the_writer():
    """知乎's column page marks its writer as a schema.org Person item (itemprop="author" itemscope, the
    name in a <meta itemprop="name">) and has no <meta name="author">; a comment's writer is none."""
    html = ('<html><head><title>读书笔记一则 - 知乎</title></head><body><h1>读书笔记一则</h1>'
            '<div itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="周明">'
            '<a href="/people/zm">周明</a></div>' + "".join(f"<p>{text}</p>" for text in _PARAGRAPHS)
            + '<div itemprop="comment" itemscope itemtype="http://schema.org/Comment">'
            '<span itemprop="author">李华</span><p>写得好</p></div></body></html>')
    assert extract_html(html.encode("utf-8"), path="t.html").hints.authors == ("周明",)


_GOV_PARAGRAPHS = [
    "今年以来，某省持续推进数字政府建设，政务服务事项网上可办率达到百分之九十五以上，群众办事更加便捷。",
    "据介绍，全省已建成统一的政务服务平台，实现了省、市、县、乡、村五级全覆盖，累计办理各类事项超过一亿件。",
    "下一步，某省将继续深化改革，推动更多事项“一网通办”“跨省通办”，不断提升群众的获得感和满意度。",
]


def _government_page(author: str, head: str = '<meta name="SiteIDCode" content="1400000000">', tail: str = "",
                     site: str = "某省人民政府门户网站") -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>某省推进数字政府建设_{site}</title>{head}'
            f'<meta name="author" content="{author}"><meta name="PubDate" content="2024-05-06 10:00"></head><body>'
            '<h1>某省推进数字政府建设</h1><div class="info">发布时间：2024-05-06 10:00 来源：某省发展改革委</div>'
            + "".join(f"<p>{text}</p>" for text in _GOV_PARAGRAPHS) + f"{tail}</body></html>").encode("utf-8")


@pytest.mark.parametrize("head", [
    '<meta name="SiteIDCode" content="1400000000">',  # the 网站标识码 every government site carries
    '<meta name="SiteIDCode" content="">',
    '<meta property="og:url" content="https://www.example.gov.cn/zwgk/2024/content_1.htm">',
    '<meta name="SiteDomain" content="www.example.gov.cn">',
    "",  # the site's name in <title>: 某省人民政府门户网站
])
def test_a_government_sites_meta_author_is_its_web_editor(head: str) -> None:
    """gov.cn and the provinces' sites fill <meta name="author"> with the CMS user who posted the
    page (the 责任编辑 gov.cn shows under it), not with who wrote the article."""
    hints = extract_html(_government_page("马某某", head), path="t.html").hints
    assert hints.authors == () and hints.editors == ("马某某",)


def test_a_government_sites_writer_credited_on_the_page_stays_the_author() -> None:
    """The name the page credits as the writer (（记者 王芳）, 作者：王芳) is the writer there as well."""
    hints = extract_html(_government_page("王某", tail="<p>（记者 王某）</p>"), path="t.html").hints
    assert hints.authors == ("王某",) and hints.editors == ()
    # a news site's meta author is still its writer
    news = _government_page("马某某", head="", site="某某新闻网")
    assert extract_html(news, path="t.html").hints.authors == ("马某某",)


@pytest.mark.parametrize("author", ["国务院办公厅", "政府网站编辑", "常州市", "秦都区", "黄村镇", "管理员", "办公室"])
def test_a_place_or_desk_in_meta_author_is_no_person(author: str) -> None:
    """A department, a place or a desk in the author field is no reporter and no editor."""
    hints = extract_html(_government_page(author), path="t.html").hints
    assert hints.authors == () and hints.editors == ()


def _page_with_keywords(keywords: str, title: str) -> str:
    return (f'<html><head><title>{title}</title><meta name="keywords" content="{keywords}"></head><body>'
            "<h1>县政府召开常务会议</h1>" + "".join(f"<p>{text}</p>" for text in _PARAGRAPHS) + "</body></html>")


def test_keywords_naming_the_site_are_not_the_articles():
    own_name = _page_with_keywords("证券时报,天奇股份,中标", "天奇股份中标广汽丰田项目_证券时报网")
    assert extract_html(own_name.encode(), path="t.html").hints.keywords == ("天奇股份", "中标")
    site_wide = _page_with_keywords("山西,山西省,山西省人民政府,山西省人民政府网站,山西政府网,山西省办公厅",
                                    "山西品牌丝路行正式启动 - 山西省人民政府门户网站")
    assert extract_html(site_wide.encode(), path="t.html").hints.keywords == ()
    article = _page_with_keywords("武汉,长假,黄鹤楼", "外媒眼中的武汉长假_新闻中心_长江网")
    assert extract_html(article.encode(), path="t.html").hints.keywords == ("武汉", "长假", "黄鹤楼")


def test_site_only_title_leaves_the_headline_to_the_body():
    html = ("<html><head><title>某县人民政府网站</title></head><body><table>"
            "<tr><td><a href='/'>首页</a></td></tr><tr><td>县政府召开常务会议</td></tr>"
            "<tr><td>发布时间：2021-03-04 来源：县政府办</td></tr><tr><td>"
            + "".join(f"<p>{text}</p>" for text in _PARAGRAPHS)
            + "</td></tr><tr><td>【打印本页】【关闭窗口】</td></tr></table></body></html>")
    page = extract_html(html.encode("utf-8"), path="gov.html")
    assert page.hints.title is None and page.hints.title_in_text is True
    assert page.lines[0].text == "县政府召开常务会议"
    assert (page.hints.published, page.hints.agency) == ("2021-03-04", "县政府办")
    assert [line.text for line in page.lines[1:]] == _PARAGRAPHS


@pytest.mark.parametrize("text", [
    "扫描二维码即可购买景区门票，已有300人报名参加。",
    "法院依法纠错，当事人表示满意。",
    "网友跟帖称，这一做法值得推广。",
    "市民可下载国家反诈中心APP，随时举报可疑来电。",
    "发布时间：2024年3月12日，地点：市民中心。",
])
def test_news_sentences_with_widget_words_are_not_furniture(text):
    assert not is_furniture(Segment(text))


@pytest.mark.parametrize("text", ["分享到：", "扫一扫，关注微信公众号", "【纠错】", "评论（0）", "版权所有 © 2024 某某网",
                                  "上一篇：某某", "我要跟帖", "關注公眾號", "版權所有",
                                  # app prompts (法广, 红星新闻, 参考消息) and labels whose value a script fills
                                  "在手机上阅读更多RFI新闻，请下载RFI法广应用", "（下载红星新闻，报料有奖！）",
                                  "打开APP 阅读体验更佳", "下载参考消息APP，看更多独家新闻", "发表时间：", "【来源：】"])
def test_widget_lines_are_furniture(text):
    assert is_furniture(Segment(text))


def test_broken_keywords_attribute_is_no_keywords():
    """A template's unfilled keywords (content="<meta name=" author"…) are markup, not keywords."""
    title = "全国多地开启降温模式"
    html = (f'<html><head><meta name="keywords" content="<meta name=" author "=""><title>{title}</title></head>'
            f"<body><h1>{title}</h1>" + "".join(f"<p>{text}</p>" for text in _PARAGRAPHS) + "</body></html>")
    assert extract_html(html.encode("utf-8"), path="p.html").hints.keywords == ()


# A gov.cn page in its real shape (invented resolution): the header include closes the document
# with a </html> of its own, the article follows in 开普云's UCAP-CONTENT box, and the headline is
# set in the body, broken over three lines by <br>.
_GOV_PAGE = """<html><head><meta charset="utf-8"><title>某某委员会关于批准某市开展试点工作的决定__2024年第5号公报_中国政府网</title>
<meta name="firstpublishedtime" content="2024-03-05-10:00:00"></head>
<body><div class="header"><a href="/">首页</a> | <a href="/">简</a> | <a href="/">繁</a> | <a href="/">EN</a></div>
</body></html><!--end header-->
<div class="content"><div class="article"><div class="pages_content" id="UCAP-CONTENT">
<p align="center"><strong>某某委员会<br>关于批准某市开展试点工作的决定</strong><br>（2024年2月28日某某委员会第十次会议通过）</p>
<p>　　某某委员会第十次会议审议了某市人民政府关于开展试点工作的请示，同意某市在三年内开展试点，试点期满后由某市人民政府向本委员会报告试点情况。</p>
</div></div></div>
<div class="footer">主办单位：某某办公厅　版权所有：某某网</div>
</body></html>"""


def test_an_article_after_a_stray_closing_html_tag_is_read() -> None:
    doc = read(_GOV_PAGE.encode(), format="html")
    assert doc.meta.title == "某某委员会关于批准某市开展试点工作的决定"  # the three <br> lines are the headline
    texts = [block.text for block in doc.blocks]
    assert doc.meta.subtitle == "（2024年2月28日某某委员会第十次会议通过）"  # the note under the headline
    assert texts[0].startswith("某某委员会第十次会议审议了") and len(texts) == 1
    assert doc.meta.published and doc.meta.published.startswith("2024-03-05")


def test_a_page_of_menus_only_is_still_no_article() -> None:
    page = _GOV_PAGE.split("<!--end header-->")[0]
    with pytest.raises(NoArticleError):
        read(page.encode(), format="html")


def test_a_meta_author_of_latin_names_is_the_writer() -> None:
    """<meta name="author" content="Nick Timiraos"> (a foreign paper's Chinese edition): one writer,
    where the two words were dropped as no Chinese names."""
    from convertkit.readers.html_meta import person_names

    assert person_names("Nick Timiraos") == ("Nick Timiraos",)
    assert person_names("Jason Douglas, Lingling Wei") == ("Jason Douglas", "Lingling Wei")
    assert person_names("记者 段彦超 廖艳") == ("段彦超", "廖艳")
    assert person_names("Getty Images") == ()


def test_a_page_nested_deeper_than_the_parser_goes_keeps_every_line() -> None:
    """libxml2 stops at 256 open elements and drops the rest of the page: a CMS that opens a
    <font><span> for every line and never closes them lost most of its story without a word,
    and a story wrapped in 300 <div> was "no body text found"."""
    title = "国务院召开常务会议部署稳经济政策"
    lines = "".join(f"<font color=red><span>第{i}段新闻内容，会议指出要坚持稳中求进工作总基调。<br>" for i in range(150))
    page = f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{lines}</body></html>"
    text = "\n".join(block.text for block in read(page.encode()).blocks)
    assert text.count("段新闻内容") == 150 and "第149段" in text
    story = "新华社北京3月5日电 国务院今天召开常务会议，研究部署稳经济一揽子政策措施。会议指出，要坚持稳中求进工作总基调。"
    deep = f"<html><body>{'<div>' * 300}<p>{story}</p>{'</div>' * 300}</body></html>"
    assert any("要坚持稳中求进工作总基调" in block.text for block in read(deep.encode()).blocks)


def test_flattening_keeps_the_markup_above_the_limit_and_every_text() -> None:
    from convertkit.readers.html_depth import flattened

    markup = '<div class="a"><!-- c --><p>甲&amp;<br>乙</p>' + "<b>" * 5 + "丙" + "</b>" * 5 + "&#20013;</div>"
    assert flattened(markup, limit=10) == markup
    assert flattened(markup, limit=2) == '<div class="a"><!-- c --><p>甲&amp;<br>乙</p><b>丙</b>&#20013;</div>'
