"""Saved pages in real sites' markup: captions by class name, a body the extractor repeats, widget
labels glued to a credit line, empty CMS fields and newsletter prompts.

Each fixture follows one outlet's conventions (named in the test); the rules are general.
"""

from __future__ import annotations

from pathlib import Path

from convertkit import read
from convertkit.readers.html import _Body, _with_page_captions, _without_repeated_runs, extract_html
from convertkit.readers.html_info import Facts

_TW = (
    "台北捷運環狀線北環段今天上午舉行動工典禮，預計二〇三二年完工通車。",
    "台北市長在典禮上致詞表示，北環段完工後，將串聯新北市和台北市的多條捷運路線，大幅縮短通勤時間。",
    "捷運局說明，北環段全長約十五公里，共設十四座車站，總經費約一千億元。",
    "有民眾受訪時表示，期待北環段早日通車，改善北部地區的交通壅塞問題。",
)
_CN = (
    "记者2日从国家发展改革委获悉，今年以来各地加快推进重大项目建设，一季度计划开工项目数量同比增长一成以上。",
    "国家发展改革委有关负责人表示，将进一步加强要素保障，推动项目早开工、早投产、早见效，为稳增长提供有力支撑。",
    "据介绍，这些项目主要集中在交通、能源、水利和新型基础设施等领域，总投资规模超过两万亿元。",
)


def _lines(html: str) -> list[str]:
    return [line.text for line in extract_html(html.encode("utf-8"), path="p.html").lines]


def test_caption_classes_are_captions():
    """人民网 <p class="pictext">, 今日头条 <p class="pgc-img-caption">: no <figcaption>, still captions."""
    html = ("<html><head><title>各地加快推进重大项目建设</title></head><body><h1>各地加快推进重大项目建设</h1>"
            f'<div class="rm_txt_con"><p>{_CN[0]}</p><p style="text-align: center;"><img src="a.jpg"/></p>'
            f'<p class="pictext" style="text-align: center;">工人在施工现场作业。人民视觉</p><p>{_CN[1]}</p>'
            f'<div class="pgc-img"><img src="b.jpg"/><p class="pgc-img-caption">工人在施工现场作业</p></div>'
            f"<p>{_CN[2]}</p></div></body></html>")
    extract = extract_html(html.encode("utf-8"), path="p.html")
    assert extract.hints.captions == ("工人在施工现场作业。人民视觉", "工人在施工现场作业")
    kinds = {block.text: block.kind for block in read(html.encode("utf-8"), format="html").blocks}
    assert kinds["工人在施工现场作业"] == "caption"


def test_body_handed_over_twice_is_read_once():
    """自由時報: the extractor's fallback merge repeats the paragraphs after the first copy."""
    paragraphs = "".join(f"<p>{text}</p>" for text in _TW[1:])
    html = ('<html lang="zh-Hant-TW"><head><title>北市捷運環狀線北環段今動工 - 自由時報電子報</title></head><body>'
            '<div class="whitecon articlebody"><h1>北市捷運環狀線北環段今動工</h1>'
            '<div class="text boxTitle boxText" data-desc="內容頁"><span class="time">2024/03/02 10:21</span>'
            f"<p>〔記者周明／台北報導〕{_TW[0]}</p>"
            '<div class="photo boxTitle"><a><img src="a.jpg"/></a><span class="ph_d">北環段動工典禮今天上午舉行。（記者李華攝）</span></div>'
            f'{paragraphs}<p class="appE1121"><a href="https://service.ltn.com.tw/app">不用抽 不用搶 現在用APP看新聞 保證天天中獎</a></p>'
            "</div></div></body></html>")
    lines = _lines(html)
    assert lines == [f"〔記者周明／台北報導〕{_TW[0]}", "北環段動工典禮今天上午舉行。（記者李華攝）", *_TW[1:]]


def test_interview_questions_repeated_one_at_a_time_stay():
    """Only a repeated run of prose goes: an interview asks each guest the same question."""
    question = "投资者应该出售、持有还是购买收益率为负的固定收益资产？"
    answers = [f"第{n}位受访者认为，{_CN[n - 1]}" for n in (1, 2)]
    lines = [question, answers[0], question, answers[1]]
    assert _without_repeated_runs(lines, set()) == lines
    assert _without_repeated_runs([*_CN, "图为施工现场。", *_CN[:2]], set()) == [*_CN, "图为施工现场。"]


def test_widget_label_before_the_editor_line_and_empty_editor_field():
    """中国政府网 prints 【我要纠错】 before 责任编辑; 搜狐号 leaves 责任编辑： empty; 聯合新聞網 asks to subscribe."""
    html = ("<html><head><title>各地加快推进重大项目建设_中国政府网</title></head><body><h1>各地加快推进重大项目建设</h1>"
            + "".join(f"<p>{text}</p>" for text in _CN)
            + "<p>【我要纠错】 责任编辑：王五</p><p>责任编辑：</p><p>訂閱《聯合報》電子報</p></body></html>")
    extract = extract_html(html.encode("utf-8"), path="p.html")
    assert [line.text for line in extract.lines] == [*_CN, "责任编辑：王五"]
    assert extract.hints.editors == ("王五",)


def test_lead_picture_caption_and_standfirst_keep_their_place_above_the_body():
    """联合早报 and 端傳媒 print a lead picture and a standfirst above the body; trafilatura hands
    them over after it. They go back where the page shows them."""
    html = ('<html lang="zh-Hant"><head><title>立法會三讀通過國安條例｜端傳媒 Initium Media</title></head><body>'
            '<article><div class="p-article__header"><h1 class="p-article__title">立法會三讀通過國安條例</h1>'
            '<p class="p-article__summary">條例完善了特區維護國家安全的法律制度。</p>'
            '<figure><img src="a.jpg"/><figcaption>2024年3月1日，立法會大樓外。</figcaption></figure></div>'
            '<div class="p-article__content">' + "".join(f"<p>{text}</p>" for text in _TW) + "</div></article></body></html>")
    lines = _lines(html)
    assert lines.index("2024年3月1日，立法會大樓外。") < lines.index(_TW[0])
    assert lines[-1] == _TW[-1]


def test_a_singapore_page_keeps_its_region():
    from lxml import html as lxml_html

    from convertkit.readers.html_meta import read_page_meta

    for lang, region in (("zh-SG", "SG"), ("zh-Hans-MY", "MY"), ("zh-CN", "CN"), ("zh-Hant-HK", "HK")):
        tree = lxml_html.fromstring(f'<html lang="{lang}"><head><title>标题</title></head><body><p>正文</p></body></html>')
        assert read_page_meta(tree).region == region


def test_a_short_story_in_an_article_element_keeps_its_paragraphs_and_subheadings():
    """A brief under 250 characters inside <article> (a portal's page with two <h2> subheadings):
    trafilatura's floor, sized for European text, handed it to the baseline fallback, which glued
    headline, byline and every paragraph into one line."""
    from pathlib import Path

    from convertkit.model import Heading

    path = Path(__file__).parent / "fixtures" / "unseen" / "portal_page.html"
    doc = read(path)
    texts = [block.text for block in doc.blocks]
    assert texts[0].startswith("进入12月") and texts[0].endswith("150%。")
    assert [block.text for block in doc.blocks if isinstance(block, Heading)] == ["人工造雪保障开板", "年轻人成消费主力"]
    assert doc.meta.title == "暖冬来袭 滑雪场提前迎客" and doc.meta.reporters == ("赵雪",)


def test_a_three_paragraph_story_under_a_long_headline_is_not_glued():
    """A story of three short paragraphs, with a long headline, a byline, a captioned picture and a
    related list around it: the glued line's score counted all of those, so the story cut into its
    paragraphs lost to it; every paragraph standing in the glued line, the cut one wins."""
    paragraphs = ("建屋发展局星期五（7月26日）公布的数据显示，组屋转售价格第二季度上涨1.9%，这是转售价格连续第17个季度上涨。",
                  "第二季度共有7254个组屋单位转手，比第一季度增加14.8%。",
                  "分析师认为，随着更多预购组屋项目落成，下半年涨幅可能放缓，全年涨幅预计在4%至5%之间。")
    html = ("<html><head><title>新加坡组屋转售价格连续第17个季度上涨 | 联合早报</title></head><body>"
            "<nav><a href='/'>首页</a><a href='/sg'>新加坡</a></nav><article><h1>新加坡组屋转售价格连续第17个季度上涨</h1>"
            "<div><span>林佳禾</span><span>发布 / 2024年7月26日 12:05 PM</span></div>"
            "<figure><img src='a.jpg'><figcaption>组屋转售价格第二季度上涨1.9%。（档案照片）</figcaption></figure>"
            "<div>" + "".join(f"<p>{text}</p>" for text in paragraphs) + "</div>"
            "<div><h3>相关新闻</h3><ul><li><a href='/1'>组屋转售价格第一季度上涨1.8%</a></li>"
            "<li><a href='/2'>私宅价格第二季度上涨</a></li></ul></div></article></body></html>")
    lines = _lines(html)
    assert all(text in lines for text in paragraphs)


_UNSEEN = Path(__file__).parent / "fixtures" / "unseen_html"


def _unseen(name: str):
    path = _UNSEEN / name
    return extract_html(path.read_bytes(), path=str(path))


def test_table_rows_read_a_row_to_a_line():
    """第一财经's data table and a 市政府 notice's duty roster: a row is one line, its cells apart,
    and no cell of bare numbers is lost as symbol residue."""
    lines = [line.text for line in _unseen("yicai_table.html").lines]
    assert "指标　绝对量（亿元）　同比增长（%）" in lines
    assert "社会消费品零售总额　81307　5.5" in lines
    assert "乡村　10765　6.2" in lines
    lines = [line.text for line in _unseen("city_notice_gbk.html").lines]
    assert "3月8日至3月31日　市林业局　0573-12345678" in lines


def test_layout_table_cells_keep_their_paragraphs():
    """A cell that holds paragraphs (an old CMS's layout table) is no table row."""
    html = ("<html><head><title>各地加快推进重大项目建设</title></head><body><h1>各地加快推进重大项目建设</h1><table><tr>"
            f"<td><p>{_CN[0]}</p><p>{_CN[1]}</p></td><td><p>{_CN[2]}</p></td></tr></table></body></html>")
    assert _lines(html) == list(_CN)


def test_marked_captions_the_strict_extraction_dropped_come_back_in_place():
    """美国之音's <figcaption> inside the text and 南方网's <div class="img-desc"> under a lazy image:
    the strict extraction leaves them out; they return after the paragraph above them."""
    extract = _unseen("voa.html")
    lines = [line.text for line in extract.lines]
    caption = "2024年3月12日，科技公司高管在美国国会参议院听证会上作证。（美联社照片）"
    assert lines.index(caption) == 2 and caption in extract.hints.captions
    extract = _unseen("southcn_lazy.html")
    lines = [line.text for line in extract.lines]
    assert lines[3] == "科创企业展示研发成果。" and lines[4].startswith("香港科技大学")
    kinds = {block.text: block.kind for block in read((_UNSEEN / "southcn_lazy.html").read_bytes(), format="html").blocks}
    assert kinds["科创企业展示研发成果。"] == "caption"


def test_marked_caption_outside_the_body_stays_out():
    """A captioned picture above the first or below the last paragraph (a sidebar, a teaser) is
    no caption of the article."""
    body = _Body(_CN, (), (), Facts(), 0, "", None)
    page = ["春到江南油菜花开", _CN[0], _CN[1], "工人在施工现场作业", _CN[2], "组图：樱花盛开"]
    out = _with_page_captions(body, ("春到江南油菜花开", "工人在施工现场作业", "组图：樱花盛开"), page)
    assert out.lines == (_CN[0], _CN[1], "工人在施工现场作业", _CN[2])
    assert out.captions == ("工人在施工现场作业",)


def test_signature_date_under_the_issuing_body_stays_in_the_body():
    """A 市政府 notice signs off with the office and the date after the last paragraph: the date is
    the signature's, not an info line to take out as a page fact."""
    lines = [line.text for line in _unseen("city_notice_gbk.html").lines]
    assert lines[-2:] == ["某市人民政府办公室", "2024年3月8日"]
    doc = read((_UNSEEN / "city_notice_gbk.html").read_bytes(), format="html")
    assert [block.text for block in doc.blocks_of("signature")] == ["某市人民政府办公室", "2024年3月8日"]


def test_the_visible_source_line_beats_the_pages_meta_source():
    """中国日报网 fills <meta name="source"> with its own name; the 来源：经济日报 by the headline
    says where this story came from."""
    assert _unseen("chinadaily_multipage.html").hints.agency == "经济日报"
    assert read(_UNSEEN / "chinadaily_multipage.html").meta.agency == "经济日报"


def test_bbcs_podcast_promotion_stays_out_of_the_body():
    doc = read(_UNSEEN / "bbc_hans.html")
    texts = [getattr(block, "text", "") for block in doc.blocks]
    assert "节目完" not in texts and "推荐播客" in doc.meta.furniture_raw
    assert [block.text for block in doc.blocks if block.kind == "heading"] == ["海平面上升加速"]


def test_the_address_a_saving_tool_noted_is_the_pages_url() -> None:
    """Chrome's "Webpage, complete" writes the mark of the web (<!-- saved from url=(0054)… -->),
    SingleFile a note before <html>; a page naming no address of its own keeps the one noted."""
    from convertkit.readers.html import extract_html
    from test_reader_html import synthetic

    url = "https://news.example.cn/2024/0305/c1001-12345.html"
    page = synthetic().replace(b'<meta property="og:url"', b'<meta property="og:x"')
    motw = page.replace(b"<head>", f"<head>\n<!-- saved from url=({len(url):04d}){url} -->".encode(), 1)
    single = f"<!--\n Page saved with SingleFile \n url: {url} \n saved date: Sat May 11 2024 -->\n".encode() + page
    for saved in (motw, single):
        assert extract_html(saved, path="page.html").hints.url == url
    assert extract_html(page, path="page.html").hints.url != url
