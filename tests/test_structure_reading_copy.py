"""The news layer, second round: what a reader of the reading copy sees.

Writers print ``dateline.text + lead.text``, show ``meta.title`` as the headline, and print
every body block; these tests hold the rules that make those read right (separators after
datelines, derived titles, furniture kept out of the body, bylines read into Meta, paragraphs
split where the source packs several on one line).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import build_text as build
from conftest import lost_han
from convertkit.model import Caption, Document, Heading, Lead, Meta, Paragraph
from convertkit.model.jsonio import document_from_dict, document_to_dict
from convertkit.readers.base import Hints
from convertkit.structure.build import derived_title
from convertkit.structure.patterns import canonical_agency
from convertkit.transforms.punctuation import normalise


def body_texts(doc: Document) -> list[str]:
    return [getattr(block, "text", "") for block in doc.blocks]


# --------------------------------------------------------------------------- 1. dateline separators


@pytest.mark.parametrize(
    ("line", "dateline", "lead"),
    [
        ("新浪体育讯北京时间1月14日消息，火箭在主场击败森林狼，实在不是什么让人意外的结果。",
         "新浪体育讯北京时间1月14日消息，", "火箭在主场击败森林狼，实在不是什么让人意外的结果。"),
        ("央视网消息:今天，全国各地举行了丰富多彩的庆祝活动。", "央视网消息：", "今天，全国各地举行了丰富多彩的庆祝活动。"),
        ("据财联社9月26日消息，多家银行宣布下调存量房贷利率。", "据财联社9月26日消息，", "多家银行宣布下调存量房贷利率。"),
        ("本报讯 记者今天从市交通委获悉，地铁新线将于年底开通。", "本报讯 ", "记者今天从市交通委获悉，地铁新线将于年底开通。"),
        ("南都讯\u3000继推出日票后，深圳今后将设地铁头等车厢。", "南都讯\u3000", "继推出日票后，深圳今后将设地铁头等车厢。"),
        ("中新网福建新闻1月17日电(林玲)闽西老区龙岩，因红色而闻名。", "中新网福建新闻1月17日电（林玲）", "闽西老区龙岩，因红色而闻名。"),
        ("中新网北京12月1日电(记者 张曦) 30日晚，两人在京举行答谢宴。", "中新网北京12月1日电（记者 张曦）", "30日晚，两人在京举行答谢宴。"),
        ("新华社北京8月17日电 （国际观察）美日韩会晤的危险图谋", "新华社北京8月17日电", "（国际观察）美日韩会晤的危险图谋"),
        ("【明報專訊】香港今日天氣晴朗，市民外出活動。", "【明報專訊】", "香港今日天氣晴朗，市民外出活動。"),
    ],
)
def test_dateline_keeps_the_separator_the_source_had(line: str, dateline: str, lead: str) -> None:
    doc = build(f"标题\n{line}")
    assert doc.meta.dateline is not None
    assert doc.meta.dateline.text == dateline
    assert line.startswith(doc.meta.dateline.raw)  # raw is the source, separator included
    assert doc.blocks[0] == Lead(text=lead, raw=line)


def test_seed_dateline_is_unchanged() -> None:
    seed = Path(__file__).resolve().parents[1] / "seeds" / "000_5f66b059eaaa6a40.txt"
    from convertkit import read

    meta = read(seed).meta
    assert meta.dateline is not None and meta.dateline.text == "中新网福建新闻1月17日电（林玲）"
    assert meta.title_derived is False


_AGENCIES = ("新华社", "中新网", "人民网", "本报", "央视网")
_SEPARATORS = ("，", ",", "：", ":", " ", "\u3000", "")


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_AGENCIES), st.sampled_from(["北京", "上海", ""]), st.integers(1, 12), st.integers(1, 28),
       st.sampled_from(["电", "讯", "消息"]), st.sampled_from(["", "(记者 张三)", "（王五）"]), st.sampled_from(_SEPARATORS),
       st.sampled_from(["今天上午，会议在京召开。", "记者从有关部门获悉，新规将于下月实施。", "（国际观察）局势持续紧张。"]))
def test_reading_copy_of_dateline_and_lead_is_the_normalised_line(agency: str, place: str, month: int, day: int,
                                                                  verb: str, credit: str, separator: str, lead: str) -> None:
    line = f"{agency}{place}{month}月{day}日{verb}{credit}{separator}{lead}"
    doc = build(f"标题\n{line}")
    assert doc.meta.dateline is not None
    (first,) = doc.blocks_of("lead")
    assert doc.meta.dateline.text + first.text == normalise(line)
    assert line.startswith(doc.meta.dateline.raw)


@pytest.mark.parametrize(
    ("line", "dateline", "reporters", "lead"),
    [
        ("南都讯\u3000记者刘凡\u3000周昌和\u3000任笑一\u3000继推出日票后，深圳今后将设头等车厢。",
         "南都讯\u3000记者刘凡\u3000周昌和\u3000任笑一\u3000", ("刘凡", "周昌和", "任笑一"), "继推出日票后，深圳今后将设头等车厢。"),
        ("本报讯 记者 王明 通讯员 李红 昨日，市里召开了会议。", "本报讯 记者 王明 通讯员 李红 ", ("王明", "李红"), "昨日，市里召开了会议。"),
        ("本报讯 记者张三，今天上午市里召开了会议。", "本报讯 记者张三，", ("张三",), "今天上午市里召开了会议。"),
        ("本报讯 记者从市交通委获悉，地铁新线将于年底开通。", "本报讯 ", (), "记者从市交通委获悉，地铁新线将于年底开通。"),
        ("本报讯 记者张三、李四报道 今天上午市里召开了会议。", "本报讯 ", (), "记者张三、李四报道 今天上午市里召开了会议。"),
    ],
)
def test_unbracketed_credit_after_a_dateline(line: str, dateline: str, reporters: tuple[str, ...], lead: str) -> None:
    doc = build(f"标题\n{line}")
    assert doc.meta.dateline is not None and doc.meta.dateline.text == dateline
    assert doc.meta.reporters == reporters
    assert doc.blocks[0].text == lead


# --------------------------------------------------------------------------- 2. hinted captions


def test_container_captions_are_captions_whatever_their_shape() -> None:
    caption = "游客在公园里赏花，春意正浓，处处都是欢声笑语"
    doc = build(f"标题\n{caption}\n正文第一段，足够长的一段正文内容在这里。\n新华社记者 张三",
                Hints(captions=(caption, "新华社记者 张三")))
    assert [type(block) for block in doc.blocks] == [Caption, Lead, Caption]
    assert doc.blocks[0].text == caption
    assert doc.meta.reporters == ()  # a caption credit line is no byline


# --------------------------------------------------------------------------- 3. agencies


@pytest.mark.parametrize(
    ("name", "short"),
    [("tvbs", "TVBS"), ("Ettoday新聞雲", "東森新聞"), ("rthk", "香港電台"), ("人民网－人民日报", "人民日报"),
     ("人民网-《人民日报》", "人民日报"), ("求是网", "求是网"), ("财联社", "财联社"), ("和讯网", "和讯网"), ("和讯", "和讯网"),
     ("今日头条", "今日头条"), ("IT之家", "IT之家"), ("it之家", "IT之家"), ("鏡週刊", "鏡週刊"), ("镜周刊", "鏡週刊"),
     ("中国之声", "央广网"), ("中青在线", "中国青年报"), ("風傳媒", "風傳媒"), ("钜亨网", "鉅亨網"), ("公視", "公視"),
     ("新京报－北京日报", "北京日报"), ("新浪财经－第一财经", "第一财经"), ("人民网-日本频道", "人民网")],
)
def test_canonical_agency_second_round(name: str, short: str) -> None:
    assert canonical_agency(name) == short


def test_latin_agency_in_a_source_line_any_case() -> None:
    doc = build("标题\n来源：tvbs\n台北市今天舉行大型活動，吸引大批民眾參加，場面熱鬧。")
    assert doc.meta.agency == "TVBS" and doc.meta.region == "TW"


# --------------------------------------------------------------------------- 4. furniture


def test_furniture_lines_never_reach_the_body() -> None:
    furniture = ["分享让更多人看到", "分享到：微信 微博 QQ空间", "上一页123下一页", "感谢您的反馈，我们将会减少此类文章的推荐",
                 "【纠错】", "扫一扫，关注我们的公众号", "下载人民日报客户端，看更多新闻", "打印本页 关闭窗口"]
    text = "\n".join(["标题", furniture[0], "正文第一段，足够长的一段正文内容在这里。", *furniture[1:4],
                      "扫描二维码即可购票。", *furniture[4:], "【纠错】【责任编辑：张三】"])
    doc = build(text)
    texts = body_texts(doc)
    assert not any(line in texts for line in furniture)
    assert "扫描二维码即可购票。" in texts  # a news sentence mentioning a widget word stays
    assert doc.blocks[0].kind == "lead"
    assert tuple(doc.meta.furniture_raw) == tuple(furniture)
    assert doc.meta.editors == ("张三",) and doc.blocks[-1].kind == "editor_line"
    assert not lost_han(text, doc)
    assert document_from_dict(json.loads(json.dumps(document_to_dict(doc)))) == doc


@pytest.mark.parametrize("line", ["跳转至：", "页８／１５", "我来说两句", "第2页 共3页", "下一篇：美日韩峰会释放危险信号",
                                  "分享至：", "感謝您的反饋", "上一頁 1 2 3 下一頁", "阅读原文",
                                  "版权所有 © 人民网", "Copyright © 2019 Xinhua"])
def test_more_furniture_shapes(line: str) -> None:
    doc = build(f"标题\n正文第一段，足够长的一段正文内容在这里。\n{line}")
    assert [block.kind for block in doc.blocks] == ["lead"] and doc.meta.furniture_raw == (line,)


@pytest.mark.parametrize("line", ["第12届全国运动会在天津开幕", "我来说两句话就走。", "下载量已超过一百万次。", "版权所有者向法院提起诉讼"])
def test_sentences_with_furniture_words_stay(line: str) -> None:
    doc = build(f"标题\n正文第一段，足够长的一段正文内容在这里。\n{line}")
    assert doc.blocks[-1].text == line and not doc.meta.furniture_raw


def test_every_furniture_phrase_alone_is_a_furniture_line() -> None:
    from convertkit.structure.patterns import FURNITURE_PHRASES, furniture_line_re

    assert all(furniture_line_re().fullmatch(phrase) for phrase in FURNITURE_PHRASES)


@pytest.mark.parametrize("text", ["分享让更多人看到", "上一页123下一页\n感谢您的反馈", "©"])
def test_furniture_alone_is_no_article(text: str) -> None:
    from convertkit.errors import NoArticleError

    with pytest.raises(NoArticleError):
        build(text)


def test_furniture_first_line_is_not_the_title() -> None:
    doc = build("分享让更多人看到\n近日，不断升级的日韩博弈又添新变数，引发各方关注。")
    assert doc.meta.title != "分享让更多人看到" and doc.meta.furniture_raw == ("分享让更多人看到",)


# --------------------------------------------------------------------------- 5. derived titles


def test_text_without_a_title_gets_one_from_its_first_sentence() -> None:
    doc = build("近日，不断升级的日韩博弈又添新变数，引发各方关注。第二句话在这里。\n第二段。")
    assert doc.meta.title == "近日，不断升级的日韩博弈又添新变数，引发各方关注"
    assert doc.meta.title_derived is True
    assert document_from_dict(json.loads(json.dumps(document_to_dict(doc)))).meta.title_derived is True
    assert build("真正的标题\n近日，日韩博弈又添新变数，引发各方关注。").meta.title_derived is False


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # a bracketed aside goes before the cut (it would fall inside or after it)
        ("锦州神工半导体股份有限公司（以下简称“神工股份”）近日发布公告称，公司拟募集资金。", "锦州神工半导体股份有限公司近日发布公告称，公司拟募集资金"),
        ("第七十二届联合国大会一般性辩论在纽约联合国总部落下帷幕，各国领导人纷纷发言。", "第七十二届联合国大会一般性辩论在纽约联合国总部落下帷幕……"),
        ("这是一个没有任何标点符号而且非常非常长的句子它会在三十个字符的地方被切断掉吧", "这是一个没有任何标点符号而且非常非常长的句子它会在三十个字符……"),
        ("谁来管管？后面还有话。", "谁来管管？"),
        ("“我们也是受害者！”昨日，有媒体报道称废弃茶叶被转手。", "“我们也是受害者！”"),
        ("“美国、日本和韩国三国领导人将在18日的会议上签署一项新的安全协议”，他说。",
         "“美国、日本和韩国三国领导人将在18日的会议上签署一项新的安……”"),
        ("美强化“小多边”机制危害地区和平稳定■刘 琳日本首相岸田文雄访美期间，三国举行首次峰会。", "美强化“小多边”机制危害地区和平稳定……"),
        ("题：伸向亚太的黑手——起底美国主导北约加速东进亚太之害", "伸向亚太的黑手——起底美国主导北约加速东进亚太之害"),
        # never cut inside a number (…增长5…… from 5.3%)
        ("国家统计局数据显示10月份规模以上工业增加值同比实际增长5.3%比上月加快0.5个百分点。",
         "国家统计局数据显示10月份规模以上工业增加值同比实际增长……"),
    ],
)
def test_derived_title_shapes(lead: str, title: str) -> None:
    assert derived_title((Lead(text=lead, raw=lead),)) == title


def test_derived_title_from_an_opening_bracketed_headline() -> None:
    text = "【央行：下调存款准备金率0.5个百分点】中国人民银行今日宣布，下调金融机构存款准备金率。"
    assert derived_title((Lead(text=text, raw=text),)) == "央行：下调存款准备金率0.5个百分点"


def test_derived_title_from_a_note_when_there_is_no_body() -> None:
    doc = build("导读：从7月中旬开始，财经频道倾各栏目之力，联合出击，聚焦水流困局。")
    assert doc.meta.title == "从7月中旬开始，财经频道倾各栏目之力，联合出击，聚焦水流困局" and doc.meta.title_derived


def test_derived_title_skips_captions_and_headings() -> None:
    blocks = (Caption(text="图为现场。", raw="图为现场。"), Heading(text="小标题", raw="小标题"),
              Paragraph(text="第一句。第二句。", raw="第一句。第二句。"))
    assert derived_title(blocks) == "第一句"


# --------------------------------------------------------------------------- 6. bylines


@pytest.mark.parametrize(
    ("line", "reporters"),
    [("文/观察者网 张三", ("张三",)), ("文|张三", ("张三",)), ("文｜张三", ("张三",)), ("作者：张三（某某大学教授）", ("张三",)),
     ("记者 张三 李四", ("张三", "李四")), ("本报记者 王五 通讯员 赵六", ("王五", "赵六")), ("（文/张三）", ("张三",)),
     ("（记者 张三 李四）", ("张三", "李四")), ("(参与记者：王五、赵六)", ("王五", "赵六"))],
)
def test_byline_lines_are_reporters_not_paragraphs(line: str, reporters: tuple[str, ...]) -> None:
    doc = build(f"标题\n{line}\n2019-01-17 10:30\n正文第一段，足够长的一段正文内容在这里。")
    assert doc.meta.reporters == reporters
    assert line not in body_texts(doc)
    assert [block.kind for block in doc.blocks] == ["lead"]
    assert doc.meta.published == "2019-01-17T10:30"
    assert line in doc.meta.header_raw


def test_words_and_pictures_byline_names_the_photographer_too() -> None:
    doc = build("标题\n文/图 张三\n正文第一段，足够长的一段正文内容在这里。")
    assert doc.meta.reporters == ("张三",) and doc.meta.photographers == ("张三",)


def test_full_width_dash_site_suffix_goes_from_the_title() -> None:
    from convertkit.structure.titles import clean_title

    assert clean_title("美日韩峰会释放危险信号 －人民网") == "美日韩峰会释放危险信号"
    assert clean_title("中国－东盟自贸区建设提速") == "中国－东盟自贸区建设提速"


def test_time_line_after_a_closing_byline_is_the_publication_time() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n第二段正文。\n记者 张三 李四\n2019年1月17日 23:10")
    assert doc.meta.reporters == ("张三", "李四") and doc.meta.published == "2019-01-17T23:10"
    assert [block.kind for block in doc.blocks] == ["lead", "paragraph"]


def test_byline_with_its_time_on_the_same_line() -> None:
    doc = build("标题\n文/张三 2019-01-17 10:30\n正文第一段，足够长的一段正文内容在这里。")
    assert doc.meta.reporters == ("张三",) and doc.meta.published == "2019-01-17T10:30"
    assert [block.kind for block in doc.blocks] == ["lead"]


def test_time_line_in_the_body_is_not_the_publication_time() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n2019年1月17日 23:10")
    assert doc.meta.published is None


# --------------------------------------------------------------------------- 7. U+E40C


def test_sogou_paragraph_separator_splits_paragraphs() -> None:
    text = "标题\n南都讯\u3000记者刘凡\u3000继推出日票后，深圳今后将设头等车厢。\ue40c论坛上，主任赵鹏林透露了计划。\ue40c“我们希望轨道交通分很多种。”"
    doc = build(text)
    assert [block.kind for block in doc.blocks] == ["lead", "paragraph", "paragraph"]
    assert doc.blocks[1] == Paragraph(text="论坛上，主任赵鹏林透露了计划。", raw="论坛上，主任赵鹏林透露了计划。")
    assert not any("\ue40c" in text for text in body_texts(doc))


def test_sogou_corpus_documents_get_a_lead() -> None:
    from conftest import CORPUS

    path = CORPUS / "encodings" / "sogoucs_news_sohusite_xml.smarty.part.dat"
    if not path.is_file():
        pytest.skip("the shared corpus is not beside this checkout")
    from convertkit.readers import read_documents

    documents = list(read_documents(path.read_bytes(), path=str(path)))
    with_lead = sum(1 for document in documents if document.blocks_of("lead"))
    assert with_lead >= 0.9 * len(documents)
    assert not any("\ue40c" in getattr(b, "text", "") for document in documents for b in document.blocks)


# --------------------------------------------------------------------------- 8. inline markup


def test_inline_html_paragraphs_split_and_strong_lines_are_headings() -> None:
    line = ("<p><strong>央视网消息</strong>（新闻联播）：第一段，会议在京召开。</p><p>第二段，代表们进行了讨论。</p>"
            "<p><strong>国际联播快讯</strong></p><p>第三段，各国代表发言。</p>")
    doc = build(f"# 《新闻联播》 (20240428)\n### 会议在京召开\n{line}\n[查看原文](https://tv.cctv.com/x.shtml)")
    assert [block.kind for block in doc.blocks] == ["heading", "lead", "paragraph", "heading", "paragraph"]
    assert doc.blocks[3] == Heading(text="国际联播快讯", raw="<p><strong>国际联播快讯</strong></p>", level=5)
    assert doc.blocks[1].raw.startswith("<p><strong>") and "<" not in doc.blocks[1].text
    assert doc.meta.dateline is not None and doc.meta.dateline.text + doc.blocks[1].text == "央视网消息（新闻联播）：第一段，会议在京召开。"
    assert doc.meta.furniture_raw == ("[查看原文](https://tv.cctv.com/x.shtml)",)


def test_entities_and_markdown_marks_leave_the_text() -> None:
    doc = build("标题\n<p>诺沃亚是应邀访问的，双方签署了**多项**合作文件。&nbsp;</p>")
    assert doc.blocks[0].text == "诺沃亚是应邀访问的，双方签署了多项合作文件。"
    assert doc.blocks[0].raw == "<p>诺沃亚是应邀访问的，双方签署了**多项**合作文件。&nbsp;</p>"


def test_cctv_transcript_reads_as_stories() -> None:
    from conftest import CORPUS

    root = CORPUS / "text"
    paths = sorted(root.glob("cctv_*.md"))
    if not paths:
        pytest.skip("the shared corpus is not beside this checkout")
    for path in paths:
        text = path.read_text(encoding="utf-8")
        doc = build(text)
        headings = doc.blocks_of("heading")
        stories = sum(1 for line in text.splitlines() if line.startswith("### "))
        assert len(headings) >= stories >= 10
        for block in doc.blocks:
            shown = getattr(block, "text", "")
            assert "<p>" not in shown and "<strong>" not in shown and "](http" not in shown and "&nbsp;" not in shown
        assert not lost_han(text, doc)


# --------------------------------------------------------------------------- a reading copy read back


@settings(max_examples=120, deadline=None)
@given(
    agency=st.sampled_from(["新华社", "中新网", "人民网", "東森新聞", "县政府办", "当代商报", "某某县融媒体中心",
                            "中国空间技术研究院、中国运载火箭技术研究院等", None]),
    published=st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)).map(date.isoformat),
                        st.sampled_from(["2019-01-17T23:10", "2024-11-24T08:05"])),
    reporters=st.lists(st.sampled_from(["林玲", "冯歆然", "张丽华", "王五", "李家胜"]), max_size=3, unique=True),
    affiliation=st.sampled_from([None, "西安交通大学马克思主义学院副教授、亚欧研究中心研究员"]),
)
def test_a_reading_copy_read_back_keeps_its_facts(agency: str | None, published: str | None, reporters: list[str],
                                                  affiliation: str | None) -> None:
    """``to-txt`` prints the title and a meta line (``中新网 · 2019年1月17日 23:10 · 记者 林玲``) above
    the body: converting that reading copy again (to a PDF, say) must find the same facts."""
    import convertkit
    from convertkit.model import Meta
    from convertkit.structure.patterns import MASTHEAD_SUFFIXES, find_agency

    if published is None and (agency is None or (find_agency(agency) is None and not agency.endswith(MASTHEAD_SUFFIXES))):
        return  # reporters alone (a byline), or an outlet we do not list with nothing to tell it is one
    affiliation = affiliation if reporters else None
    doc = Document(Meta(title="龙岩市召开军民融合工作座谈会", agency=agency, published=published,
                        reporters=tuple(reporters), affiliation=affiliation),
                   (Lead(text="会议总结了去年的工作，部署了今年的任务，与会代表进行了讨论。", raw=""),
                    Caption(text="与会代表在会上发言。李南轩 摄", raw="", photographer="李南轩"),
                    Caption(text="龙岩古田会议旧址。", raw=""),
                    Paragraph(text="会议强调，要把军民融合工作放在更加突出的位置。", raw="")))
    again = convertkit.read(convertkit.render(doc, "txt"))
    assert (again.meta.title, again.meta.agency, again.meta.published, again.meta.reporters, again.meta.affiliation) == (
        doc.meta.title, agency, published, tuple(reporters), affiliation)
    assert [(block.kind, block.text) for block in again.blocks] == [(block.kind, block.text) for block in doc.blocks]
    assert again.blocks_of("caption")[0].photographer == "李南轩"


@pytest.mark.parametrize(
    ("published", "shown"),
    [
        ("2012-12-10T09:24+00:00", "2012年12月10日 09:24 UTC"),
        ("2024-03-12T11:20-05:00", "2024年3月12日 11:20 UTC−5"),
        ("2024-03-12T11:20+05:30", "2024年3月12日 11:20 UTC+5:30"),
        ("2019-01-17T23:10+08:00", "2019年1月17日 23:10"),  # the time readers of Chinese news assume
        ("2019-01-17T23:10", "2019年1月17日 23:10"),  # no zone given: none shown
    ],
)
def test_a_time_in_another_zone_says_so_and_reads_back(published: str, shown: str) -> None:
    """A BBC page's 09:24 is UTC: shown bare, a reader takes it for Beijing time. The reading
    copy names the zone, and reading the copy back gives the same moment."""
    import convertkit
    from convertkit.api import render
    from convertkit.writers.masthead import format_time

    assert format_time(published) == shown
    doc = Document(meta=Meta(title="英国议会通过新法案", published=published, agency="新华社"),
                   blocks=(Lead("英国议会周一通过了一项新法案，引发各方关注和讨论，议员们就此展开了激烈辩论。", raw=""),
                           Paragraph("法案将于明年生效，政府表示将尽快制定配套措施，确保法案顺利实施。", raw="")))
    copy = render(doc, "txt").decode("utf-8")
    assert shown in copy
    back = convertkit.read(copy.encode("utf-8"))
    assert back.meta.published == (published if not published.endswith("+08:00") else published[:-6])
    assert back.meta.agency == "新华社" and [block.kind for block in back.blocks] == ["lead", "paragraph"]
