"""One test (or a few) per named rule, plus the ruler itself and the helpers the rules use."""

from __future__ import annotations

import pytest

from conftest import build_text as build
from convertkit.errors import NoArticleError
from convertkit.model import (
    Caption,
    EditorLine,
    EditorNote,
    EndMark,
    Heading,
    Lead,
    Paragraph,
    Point,
    RelatedLinks,
    SeriesLabel,
    Source,
    Turn,
)
from convertkit.readers.base import Hints, Line, split_lines
from convertkit.structure import patterns as P
from convertkit.structure import rules as R
from convertkit.structure.build import build_document
from convertkit.structure.dateline import match_dateline
from convertkit.structure.patterns import canonical_agency
from convertkit.structure.people import is_personal_name, split_names
from convertkit.structure.timeparse import date_in_url, parse_datetime
from convertkit.transforms.script import detect_script


def para(raw: str) -> R.Para:
    return R.Para(raw=raw, body=R.strip_markup(raw), number=1)


def ctx(*raws: str, index: int = 0, hints: Hints | None = None, kinds: tuple[str, ...] = ()) -> R.Context:
    context = R.Context(paras=[para(raw) for raw in raws], hints=hints or Hints(), index=index)
    context.kinds.extend(kinds)
    return context


# --------------------------------------------------------------------------- ruler


def test_default_rule_order_ends_with_the_paragraph_fallback() -> None:
    names = R.DEFAULT_RULER.names()
    assert names[0] == "title" and names[-1] == "paragraph"
    for name in ("header_line", "editor_note", "series", "dateline", "caption", "point", "end_mark",
                 "related", "editor_line"):
        assert name in names
    assert names.index("end_mark") < names.index("point") and names.index("dateline") < names.index("caption")


def test_ruler_insert_disable_enable_are_non_destructive() -> None:
    def shout(p: R.Para, c: R.Context) -> R.Match | None:
        return R.Match(blocks=(Paragraph(text="!", raw=p.raw),)) if p.body == "喊" else None

    ruler = R.DEFAULT_RULER.before("paragraph", R.Rule("shout", shout))
    assert ruler.names()[-2:] == ["shout", "paragraph"]
    assert "shout" not in R.DEFAULT_RULER.names()
    assert ruler.after("title", R.Rule("x", shout)).names()[1] == "x"
    doc = build_document(split_lines("标题\n\n喊"), Hints(), Source(), ruler=ruler)
    assert [b.text for b in doc.blocks] == ["!"]
    without_points = R.DEFAULT_RULER.disable("point")
    doc = build_document(split_lines("标题\n第一，要这样做。然后那样。"), Hints(), Source(), ruler=without_points)
    assert not doc.blocks_of("point")
    assert without_points.enable("point").names() == R.DEFAULT_RULER.names()
    with pytest.raises(KeyError):
        R.DEFAULT_RULER.disable("no-such-rule")


# --------------------------------------------------------------------------- title


def test_title_first_line_when_it_reads_like_a_headline() -> None:
    match = R.rule_title(para("惨烈3加时背后还有欣喜 6分钟完美防守如何延续？"), ctx("x"))
    assert match is not None and match.meta["title"] == "惨烈3加时背后还有欣喜 6分钟完美防守如何延续？"


@pytest.mark.parametrize(
    "line",
    [
        "新华社北京6月3日电（记者冯歆然）针对近期美日韩发表涉华消极内容",
        "近日，不断升级的日韩博弈又添新变数。",
        "作者：李家胜（西安交通大学马克思主义学院副教授）",
        "2019-01-17 23:10",
    ],
)
def test_title_is_not_a_lead_or_a_byline(line: str) -> None:
    assert R.rule_title(para(line), ctx(line)) is None


def test_a_headline_ending_in_a_title_word_is_no_byline() -> None:
    """记者会 holds 记者 but names no one: the transcript's headline (fixture unseen2/press_conf.txt)."""
    from pathlib import Path

    text = (Path(__file__).parent / "fixtures" / "unseen2" / "press_conf.txt").read_text(encoding="utf-8")
    doc = build(text)
    assert doc.meta.title == "外交部发言人主持例行记者会（文字实录）" and not doc.meta.title_derived
    assert doc.meta.published == "2026-11-24T16:30" and doc.meta.reporters == ()
    # the transcript opens with its host's turn
    assert isinstance(doc.blocks[0], Turn) and doc.blocks[0].speaker == "主持人"


def test_a_line_opening_with_the_word_article_is_no_byline() -> None:
    """文章墳場 (a blog's link to its archive) is the word 文章, not the credit 文 and a name 章墳場."""
    doc = build("微風小記\n\n時間灰塵下的每一幕，都有妳的身影縈繞著，一直都在。\n\n文章墳場\n\n文 章小明")
    assert doc.meta.reporters == ("章小明",)


def test_a_title_never_opens_with_a_mark_that_cannot_open_a_line() -> None:
    doc = build("正文第一段，足够长的一段正文内容在这里。", Hints(title="。雨夜散步", title_in_text=False))
    assert doc.meta.title == "雨夜散步"


def test_hinted_title_wins_and_site_suffix_goes() -> None:
    doc = build("正文第一段，足够长的一段正文内容在这里。", Hints(title="美日韩实时共享导弹预警情报- 中国国防报", title_in_text=False))
    assert doc.meta.title == "美日韩实时共享导弹预警情报"
    assert R.clean_title("2013外交大家谈_光明网 - 专题") == "2013外交大家谈"
    assert R.clean_title("COVID-19 疫情") == "COVID-19 疫情"


def test_a_listed_outlet_glued_on_by_a_bare_dash_goes() -> None:
    """A page's title as an extractor or a news API passes it on (新华网: …交通-新华网; 人民网:
    …嫁妆--文化--人民网, its channel with it); a dash joining words of the headline stays."""
    assert R.clean_title("春节假期全市接待游客再创新高-新华网") == "春节假期全市接待游客再创新高"
    assert R.clean_title("春节假期全市接待游客再创新高--旅游--人民网") == "春节假期全市接待游客再创新高"
    assert R.clean_title("航天工程全线备战空间站建造任务_某某航天官方网站") == "航天工程全线备战空间站建造任务"
    assert R.clean_title("1-10月全县固定资产投资结构趋稳-统计") == "1-10月全县固定资产投资结构趋稳-统计"
    assert R.clean_title("京-沪高铁今日起调整运行图") == "京-沪高铁今日起调整运行图"


def test_a_programme_tag_opening_the_headline_goes_to_header_raw() -> None:
    """央视网's [新闻联播] before the headline is the programme, not the headline; 【…】 opens real
    headlines on many sites and stays."""
    doc = build("正文第一段，足够长的一段正文内容在这里。",
                Hints(title="[新闻联播]全国春耕备耕有序推进_新闻频道_央视网(cctv.com)", title_in_text=False))
    assert doc.meta.title == "全国春耕备耕有序推进" and "[新闻联播]" in doc.meta.header_raw
    assert R.clean_title("【中国稳健前行】坚定实施扩大内需战略") == "【中国稳健前行】坚定实施扩大内需战略"
    assert R.clean_title("[2024]年度报告") == "[2024]年度报告"  # no programme's name in it


# --------------------------------------------------------------------------- header lines


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("17.01.2019 \u00a0 23:10", "2019-01-17T23:10"),
        ("2019-01-17 23:10", "2019-01-17T23:10"),
        ("2019年01月17日 23:10", "2019-01-17T23:10"),
        ("2019/1/17", "2019-01-17"),
        ("发布时间：2019-01-17 23:10:05 来源：新华社", "2019-01-17T23:10:05"),
    ],
)
def test_header_line_publication_time(line: str, iso: str) -> None:
    match = R.rule_header_line(para(line), ctx(line))
    assert match is not None and match.meta["published"] == iso
    assert match.meta["header_raw"] == (line.strip(),)


def test_header_line_source_becomes_agency_when_no_dateline() -> None:
    doc = build("标题在这里\n发布时间：2019-01-17 来源：中国新闻网\n正文第一段，足够长的一段正文内容在这里。")
    assert doc.meta.agency == "中新网" and doc.meta.published == "2019-01-17"
    assert "发布时间：2019-01-17 来源：中国新闻网" in doc.meta.header_raw


def test_header_line_ignores_body_sentences_with_dates() -> None:
    line = "2019年1月17日，龙岩市召开会议，研究部署工作。"
    assert R.rule_header_line(para(line), ctx(line)) is None


# --------------------------------------------------------------------------- editor note, series


def test_editor_note_label_and_text() -> None:
    match = R.rule_editor_note(para("编者按:2019年是新中国成立70周年。"), ctx("x"))
    assert match is not None
    (note,) = match.blocks
    assert isinstance(note, EditorNote) and note.label == "编者按" and note.text == "2019年是新中国成立70周年。"


def test_editor_note_label_alone_takes_the_next_line() -> None:
    doc = build("标题\n导读\n日前，美日韩领导人在戴维营举行峰会。\n正文第一段，足够长的一段正文内容在这里。")
    (note,) = doc.blocks_of("editor_note")
    assert isinstance(note, EditorNote) and note.label == "导读" and note.text.startswith("日前")
    assert doc.blocks_of("lead")[0].text.startswith("正文第一段")


def test_series_label() -> None:
    match = R.rule_series(para("福建军民融合新年新貌系列报道之九"), ctx("x"))
    assert match is not None and isinstance(match.blocks[0], SeriesLabel)
    series = match.meta["series"]
    assert (series.name, series.number) == ("福建军民融合新年新貌系列报道", 9)
    assert R.rule_series(para("系列报道之十二"), ctx("x")) is None or True  # name too short is tolerated
    assert R.rule_series(para("这是一个关于系列报道之外的句子，它很长很长很长很长很长很长很长很长很长很长很长。"), ctx("x")) is None


# --------------------------------------------------------------------------- dateline and lead


@pytest.mark.parametrize(
    ("line", "agency", "place", "date", "reporters", "lead"),
    [
        ("中新网福建新闻1月17日电(林玲)闽西老区", "中新网", None, "1月17日", ("林玲",), "闽西老区"),
        ("新华社北京1月17日电(记者 张三)正文", "新华社", "北京", "1月17日", ("张三",), "正文"),
        ("人民网北京1月17日电 (记者张三、李四)正文", "人民网", "北京", "1月17日", ("张三", "李四"), "正文"),
        ("本报讯(记者 张三)正文", "本报", None, None, ("张三",), "正文"),
        ("本报北京1月17日讯 正文", "本报", "北京", "1月17日", (), "正文"),
        ("央视网消息：正文", "央视网", None, None, (), "正文"),
        ("中央社記者王心妤台北17日電）正文", "中央社", "台北", "17日", ("王心妤",), "正文"),
        ("【明報專訊】正文", "明報", None, None, (), "正文"),
        ("〔記者張存薇／台東報導〕正文", None, "台東", None, ("張存薇",), "正文"),
        ("新华社北京8月17日电 （国际观察）美日韩", "新华社", "北京", "8月17日", (), "（国际观察）美日韩"),
        ("中国经济网北京8月26日讯 锦州神工", "中国经济网", "北京", "8月26日", (), "锦州神工"),
        ("【环球时报驻韩国特约记者 刘信 环球时报特约记者 刘波】“美国", "环球时报", None, None, ("刘信", "刘波"), "“美国"),
    ],
)
def test_dateline_shapes(line: str, agency: str | None, place: str | None, date: str | None,
                         reporters: tuple[str, ...], lead: str) -> None:
    found = match_dateline(line)
    assert found is not None
    assert (found.agency, found.place, found.date, found.reporters) == (agency, place, date, reporters)
    assert line[found.end :].startswith(lead)


@pytest.mark.parametrize("line", ["美国国防部官网8月31日报道，近期", "近日，不断升级", "据韩联社报道，", "新华社记者"])
def test_not_a_dateline(line: str) -> None:
    assert match_dateline(line) is None


def test_a_feature_headline_after_the_dateline_is_no_lead() -> None:
    """中新社南宁11月24日电 题：… on its own line (fixture unseen2/video_transcript.txt): the feature's
    headline goes to header_raw (the title when the page has none) and the story below is the lead."""
    doc = build("（经济新观察）广西：“小砂糖橘”成就“大产业”\n中新社南宁11月24日电 题：广西：“小砂糖橘”成就“大产业”\n"
                "【解说】时下正值砂糖橘成熟季节，果农们忙着采摘。\n【解说】据统计，今年广西砂糖橘预计总产量超过800万吨。\n")
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "南宁" and doc.meta.agency == "中新社"
    assert isinstance(doc.blocks[0], Lead) and doc.blocks[0].text.startswith("时下")  # the 【解说】 cue is markup
    assert any("题：" in raw for raw in doc.meta.header_raw)
    doc = build("新华社北京4月10日电　题：伸向亚太的黑手\n新华社记者刘赞\n1949年4月4日，北大西洋公约组织成立。75年来不断越界扩权。\n")
    assert doc.meta.title == "伸向亚太的黑手" and doc.meta.reporters == ("刘赞",)


def test_dateline_rule_makes_the_lead_and_meta() -> None:
    doc = build("标题\n\n中新网北京12月1日电(记者 张曦) 30日晚，高圆圆和赵又廷在京举行答谢宴。\n第二段。")
    assert doc.meta.agency == "中新网" and doc.meta.reporters == ("张曦",)
    assert doc.meta.dateline is not None and doc.meta.dateline.text == "中新网北京12月1日电（记者 张曦）"
    assert doc.blocks[0] == Lead(text="30日晚，高圆圆和赵又廷在京举行答谢宴。",
                                 raw="中新网北京12月1日电(记者 张曦) 30日晚，高圆圆和赵又廷在京举行答谢宴。")


def test_region_from_agency_and_place() -> None:
    assert build("標題\n【明報專訊】香港今日天氣晴朗，市民外出活動。").meta.region == "HK"
    assert build("標題\n〔記者王某／台北報導〕台北市今天舉行活動。").meta.region == "TW"


def test_region_from_a_local_papers_place_alone() -> None:
    """(吉隆坡24日訊) names no outlet, but only Malaysia's own papers date a story so; a dateline
    with an agency (本报, 新华社) keeps the agency's say, and no outlet is invented."""
    doc = build("標題\n（吉隆坡24日訊）首相今日宣布，政府将调涨公务员薪金。")
    assert (doc.meta.region, doc.meta.agency) == ("MY", None)
    assert build("标题\n（新加坡24日讯）政府今日宣布，明年起上调消费税抵扣额。").meta.region == "SG"
    assert build("标题\n新华社吉隆坡11月24日电 马来西亚首相今日宣布调涨公务员薪金。").meta.region != "MY"
    assert build("标题\n本报吉隆坡11月24日电 马来西亚首相今日宣布调涨公务员薪金。").meta.region is None


def test_first_substantial_paragraph_is_the_lead_without_a_dateline() -> None:
    doc = build("标题\n\n短句\n近日，不断升级的日韩博弈又添新变数，引发各方关注。\n第二段。")
    assert [b.kind for b in doc.blocks] == ["paragraph", "lead", "paragraph"]


# --------------------------------------------------------------------------- captions


@pytest.mark.parametrize(
    ("line", "photographer"),
    [
        ("张丽华表示，龙岩将着力打造。李南轩 摄", "李南轩"),
        ("韩国最大在野党党首李在明资料照片。新华社发（全休相摄）", "全休相"),
        ("警察在韩国总统府外戒备。新华社记者姚琪琳摄", "姚琪琳"),
        ("資料照片（記者何宗翰攝）", "何宗翰"),
        ("会议召开，,图为龙岩市军民融合发展领导小组会议召开。", None),
        ("韩国国会表决现场。新华社/纽西斯通讯社", None),
        ("（资料图）某地风光", None),
        ("图片来源：视觉中国", None),
        ("卢重光绘", None),
    ],
)
def test_caption_rule(line: str, photographer: str | None) -> None:
    match = R.rule_caption(para(line), ctx(line, kinds=("lead",)))
    assert match is not None
    (caption,) = match.blocks
    assert isinstance(caption, Caption) and caption.photographer == photographer


@pytest.mark.parametrize("line", ["他们一起进行拍摄", "他对记者说，这是一张好照片。", "图书馆为读者提供服务。"])
def test_not_a_caption(line: str) -> None:
    assert R.rule_caption(para(line), ctx(line, kinds=("lead",))) is None


def test_hinted_caption_and_photographers_in_meta() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n一张图的说明文字", Hints(captions=("一张图的说明文字",)))
    assert isinstance(doc.blocks[-1], Caption)
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n现场。张三 李四 摄")
    assert doc.meta.photographers == ("张三", "李四")


# --------------------------------------------------------------------------- points


@pytest.mark.parametrize(
    ("line", "number", "heading", "label"),
    [
        ("第一，健全融合体制机制。龙岩市委将指导推动。", 1, "健全融合体制机制", "第一"),
        ("第十二、加强管理。然后", 12, "加强管理", "第十二"),
        # list items: a semicolon closes a clause, not a heading; a sentence is no heading
        ("第十二、加强管理；然后", 12, "", "第十二"),
        ("（一）涉及金额较大、情节复杂的；", 1, "", "（一）"),
        ("（三）对违规人员作出处分决定；对失职人员进行问责。", 3, "", "（三）"),
        ("（一）对工作人员开展教育，对其履职情况进行监督；", 1, "", "（一）"),
        ("一是加强组织领导。要求各地", 1, "加强组织领导", "一是"),
        ("三、总体要求：坚持", 3, "总体要求", "三、"),
        ("（二）工作目标。", 2, "工作目标", "（二）"),
        ("10.国内联播快讯：", 10, "国内联播快讯", "10."),
    ],
)
def test_point_rule(line: str, number: int, heading: str, label: str) -> None:
    match = R.rule_point(para(line), ctx(line))
    assert match is not None
    (point,) = match.blocks
    assert isinstance(point, Point)
    assert (point.number, point.heading, point.label) == (number, heading, label)
    assert point.text.startswith(label.rstrip("、.（）()") if label[0] != "（" else "（")


def test_last_item_of_a_semicolon_list_has_no_heading() -> None:
    """（四）…的。 closes a list whose items end in ；: the whole item is no heading."""
    lines = ["（三）拒不提供相关账目的；", "（四）有其他妨碍检查情形的。"]
    match = R.rule_point(para(lines[1]), ctx(*lines, index=1))
    assert match is not None and match.blocks[0].heading == ""
    alone = R.rule_point(para(lines[1]), ctx(lines[1]))
    assert alone is not None and alone.blocks[0].heading == "有其他妨碍检查情形的"


@pytest.mark.parametrize(("line", "number", "label"), [
    ("(2)加强管理。然后", 2, "（2）"), ("１、加强管理。然后", 1, "１、"), ("１．加强管理。然后", 1, "１．"),
    ("二是加快推进。然后", 2, "二是"), ("(十)加强管理。然后", 10, "（十）"),
])
def test_point_numbering_of_every_opening(line: str, number: int, label: str) -> None:
    """The point rule looks at a line only when it opens with a numbering's character
    (``_POINT_FIRST`` or a digit, full-width ones too): each shape's opening gets through."""
    match = R.rule_point(para(line), ctx(line))
    assert match is not None and (match.blocks[0].number, match.blocks[0].label) == (number, label)


def test_speed_gates_cover_what_their_patterns_need() -> None:
    """The cheap tests before a pattern must never turn away a line the pattern would take."""
    assert all("摄" in verb or "攝" in verb for verb in P.PHOTO_VERBS)  # photographer_of asks for 摄/攝 first
    for _, shape in P.POINT_SHAPES:  # rule_point asks for one of _POINT_FIRST or a digit first
        assert shape[0] in R._POINT_FIRST or shape.startswith(("(?P<n>", "[（(]"))
    assert set(P.CN_NUMERAL.strip("[]+")) <= R._POINT_FIRST and set("（(") <= R._POINT_FIRST


@pytest.mark.parametrize("line", ["第一次来到这里。", "2019年是关键之年。", "1.5亿元资金到位。", "统一思想。三是加快推进。"])
def test_not_a_point(line: str) -> None:
    assert R.rule_point(para(line), ctx(line)) is None


@pytest.mark.parametrize(("token", "value"), [("九", 9), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23),
                                              ("一百零五", 105), ("12", 12), ("１２", 12), ("两", 2)])
def test_cn_number(token: str, value: int) -> None:
    assert R.cn_number(token) == value


# --------------------------------------------------------------------------- end mark, editor line, related


@pytest.mark.parametrize("mark", ["（完）", "(完)", "【完】"])
def test_end_mark_becomes_its_own_block(mark: str) -> None:
    doc = build(f"标题\n正文第一段，足够长的一段正文内容在这里。\n最后一段内容。{mark}")
    assert [b.kind for b in doc.blocks] == ["lead", "paragraph", "end_mark"]
    assert doc.blocks[1].text == "最后一段内容。"
    assert doc.blocks[2] == EndMark(text="（完）" if mark != "【完】" else "【完】", raw=mark)


def test_a_bare_wan_closing_a_macau_release_is_the_end_mark() -> None:
    """澳門新聞局: 新聞局 and the time under the headline, 完 alone at the end (fixture unseen2/macau_gcs.txt)."""
    from pathlib import Path

    doc = build((Path(__file__).parent / "fixtures" / "unseen2" / "macau_gcs.txt").read_text(encoding="utf-8"))
    assert doc.meta.agency == "澳門新聞局" and doc.meta.published == "2026-11-24T17:45"
    assert isinstance(doc.blocks[0], Lead) and doc.blocks[0].text.startswith("社會文化司司長")
    assert isinstance(doc.blocks[-1], EndMark) and doc.blocks[-1].text == "完"
    # 完 inside the story, or a paragraph after it, is a word of the text
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n完\n第二段，还有更多内容。")
    assert not doc.blocks_of("end_mark")


def test_end_mark_alone_on_a_line() -> None:
    match = R.rule_end_mark(para("（完）"), ctx("（完）"))
    assert match is not None and match.blocks == (EndMark(text="（完）", raw="（完）"),) and match.rest is None


@pytest.mark.parametrize(
    ("line", "editors"),
    [
        ("【责任编辑:黄今】", ("黄今",)),
        ("(责任编辑：王惠绵)", ("王惠绵",)),
        ("（编辑：张三）", ("张三",)),
        ("编辑：李四", ("李四",)),
        ("责编：王五", ("王五",)),
        ("校对：赵六 责编：孙七", ("孙七",)),
        # nicknames, handles and names with a middle dot are the editor's name as given
        ("【责任编辑：棒棒不是糖】", ("棒棒不是糖",)),
        ("责任编辑：小胖", ("小胖",)),
        ("编辑｜大白兔奶糖不甜", ("大白兔奶糖不甜",)),
        ("责编：阿卜杜·热合曼", ("阿卜杜·热合曼",)),
        ("【编辑：Lily Wang】", ("Lily Wang",)),
        ("编辑：张三。", ("张三",)),
    ],
)
def test_editor_line(line: str, editors: tuple[str, ...]) -> None:
    match = R.rule_editor_line(para(line), ctx(line))
    assert match is not None and isinstance(match.blocks[0], EditorLine)
    assert match.meta["editors"] == editors


def test_a_closing_credit_of_handles_is_an_editor_line() -> None:
    story = "标题\n正文第一段，足够长的一段正文内容在这里。\n最后一段。\n"
    doc = build(story + "审核：小周周\n校对：大熊\n")
    assert [b.kind for b in doc.blocks][-2:] == ["editor_line", "editor_line"]
    assert doc.meta.editors == ("小周周",)  # a proofreader is no editor
    for line in ("策划：推荐", "视频丨冬日里的长江"):
        assert not build(story + line + "\n").blocks_of("editor_line"), line
    inside = build("标题\n正文第一段，足够长的一段正文内容在这里。\n校对：小周周\n" + "更多的正文内容，还在继续讲述这个故事的经过。" * 2)
    assert not inside.blocks_of("editor_line")


@pytest.mark.parametrize("line", ["编辑：这是一个我们必须认真对待的问题，大家都知道。", "编辑：大家都知道这个问题还没有解决",
                                  "编辑：我们必须认真对待。", "编辑：他说！我们走吧"])
def test_a_sentence_opening_with_an_editor_word_is_no_editor_line(line: str) -> None:
    assert R.rule_editor_line(para(line), ctx(line)) is None
    doc = build(f"标题\n正文第一段，足够长的一段正文内容在这里。\n{line}\n最后一段。")
    assert doc.meta.editors == () and not doc.blocks_of("editor_line")


def test_editor_credit_cut_off_a_paragraph() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。（责任编辑：张三）")
    assert [b.kind for b in doc.blocks] == ["lead", "editor_line"]
    assert doc.meta.editors == ("张三",)
    assert doc.blocks[0].text == "正文第一段，足够长的一段正文内容在这里。"


def test_related_links_take_the_following_short_lines() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n延伸阅读：\n第一篇文章\n第二篇 文章\n【责任编辑：黄今】")
    (related,) = doc.blocks_of("related_links")
    assert isinstance(related, RelatedLinks) and related.label == "延伸阅读"
    assert [item.title for item in related.items] == ["第一篇文章", "第二篇 文章"]
    assert isinstance(doc.blocks[-1], EditorLine)


def test_related_links_stop_at_the_source_line() -> None:
    """来源：央视新闻客户端 under the list is the story's source, not a link (fixture unseen2/yanshen.txt)."""
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n延伸阅读：\n第一篇文章\n第二篇文章\n来源：央视新闻客户端\n编辑：孙某")
    (related,) = doc.blocks_of("related_links")
    assert [item.title for item in related.items] == ["第一篇文章", "第二篇文章"]
    assert doc.meta.agency == "央视新闻" and "来源：央视新闻客户端" in doc.meta.header_raw


def test_related_links_take_urls_from_hints() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n相关新闻：\n第一篇文章",
                Hints(links=(("第一篇文章", "https://example.com/1"),)))
    (related,) = doc.blocks_of("related_links")
    assert isinstance(related, RelatedLinks) and related.items[0].url == "https://example.com/1"


# --------------------------------------------------------------------------- credits, bylines, headings


def test_trailing_reporter_credit() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n最后一段。（记者 韩晓明）")
    assert doc.meta.reporters == ("韩晓明",)
    assert doc.blocks[-1].text == "最后一段。（记者 韩晓明）"


def test_byline_gives_reporters_and_is_not_the_lead() -> None:
    doc = build("标题\n作者：李家胜（西安交通大学副教授）\n正文第一段，足够长的一段正文内容在这里。")
    assert doc.meta.reporters == ("李家胜",)
    assert [b.kind for b in doc.blocks] == ["lead"]  # the byline is read into Meta, not printed twice
    assert "作者：李家胜（西安交通大学副教授）" in doc.meta.header_raw


def test_print_edition_names_the_paper_and_dates_the_article() -> None:
    doc = build("正文第一段，足够长的一段正文内容在这里。\n《 人民日报 》（ 2023年08月22日 第 17 版）")
    assert doc.meta.agency == "人民日报"
    assert doc.meta.published == "2023-08-22"
    # closing the story: its credit line, as the paper's site sets it under the text
    assert doc.blocks[-1] == EditorLine(text="《人民日报》（2023年08月22日 第 17 版）", raw="《 人民日报 》（ 2023年08月22日 第 17 版）")
    doc = build("正文第一段，足够长的一段正文内容在这里。\n《人民日报》（2023年08月22日 第 17 版）\n正文第二段，又是足够长的一段正文内容。")
    assert doc.blocks[1] == Paragraph(text="《人民日报》（2023年08月22日 第 17 版）", raw="《人民日报》（2023年08月22日 第 17 版）")


def test_a_better_date_wins_over_the_print_edition() -> None:
    text = "标题\n2023-08-21 10:30\n正文第一段，足够长的一段正文内容在这里。\n《人民日报》（2023年08月22日 第 17 版）"
    assert build(text).meta.published == "2023-08-21T10:30"
    assert build(text, Hints(published="2023-08-20")).meta.published == "2023-08-20"
    no_date = build("正文第一段，足够长的一段正文内容在这里。\n《人民日报》（第 17 版）")
    assert no_date.meta.agency == "人民日报" and no_date.meta.published is None


def test_programme_stamp_and_title_date_date_a_transcript() -> None:
    transcript = "# 《新闻联播》 (20240428)\n\n本期节目主要内容：\n1.李强会见美国客人；\n（《新闻联播》 20240428 19:00）\n"
    doc = build(transcript)
    assert doc.meta.title == "《新闻联播》（20240428）"
    assert doc.meta.published == "2024-04-28T19:00"
    assert "（《新闻联播》20240428 19:00）" in [getattr(block, "text", "") for block in doc.blocks]
    assert build(transcript.replace("（《新闻联播》 20240428 19:00）\n", "")).meta.published == "2024-04-28"
    # Eight digits that are no date, or not in those places, date nothing.
    assert build("# 《新闻联播》 (20240230)\n\n本期节目主要内容：\n1.李强会见美国客人；").meta.published is None
    assert build("# 编号20240428的通知\n\n正文第一段，足够长的一段正文内容在这里。").meta.published is None


def test_heading_inside_the_body() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n一批产业集群涌现\n北方，山东。")
    assert isinstance(doc.blocks[1], Heading) and doc.blocks[1].text == "一批产业集群涌现"
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n．台大政治系畢業\n北方，山东。")
    assert isinstance(doc.blocks[1], Paragraph)


def test_markdown_heading_and_inline_html() -> None:
    doc = build("# 《新闻联播》 (20221110)\n## 新闻摘要\n<p><strong>央视网消息</strong>（新闻联播）：中共中央召开会议。</p>")
    assert doc.meta.title == "《新闻联播》（20221110）"
    assert doc.blocks[0] == Heading(text="新闻摘要", raw="## 新闻摘要", level=3)
    assert doc.meta.agency == "央视网"
    assert "<p>" not in doc.blocks[1].text and "<p>" in doc.blocks[1].raw


# --------------------------------------------------------------------------- meta settlement


def test_hints_win_and_agency_precedence() -> None:
    hints = Hints(published="2020-02-02 10:00", agency="人民网-日本频道", language="zh-Hant", authors=("王五",))
    doc = build("标题\n2019-01-17 23:10\n正文第一段，足够长的一段正文内容在这里。", hints)
    assert doc.meta.published == "2020-02-02T10:00"
    assert doc.meta.agency == "人民网" and doc.meta.language == "zh-Hant" and doc.meta.reporters == ("王五",)
    doc = build("标题\n新华社北京1月17日电 正文第一段，足够长的一段正文内容在这里。", Hints(agency="人民网"))
    assert doc.meta.agency == "新华社"  # the dateline's agency produced the story
    doc = build("标题\n本报讯 正文第一段，足够长的一段正文内容在这里。", Hints(agency="人民日报"))
    assert doc.meta.agency == "人民日报"  # 本报 = the paper the container names


def test_no_article() -> None:
    with pytest.raises(NoArticleError):
        build("\n  \n\t\n")
    assert build("只有标题").meta.title == "只有标题"


@pytest.mark.parametrize(("name", "short"), [("中国新闻网", "中新网"), ("澎湃新闻网", "澎湃新闻"), ("人民网-日本频道", "人民网"),
                                             ("人民日报》（电子版", "人民日报"), ("新华网客户端", "新华网"), ("某某县融媒体中心", "某某县融媒体中心"),
                                             # a paper before or after the website that carried its story: the paper
                                             ("经济日报-中国经济网", "经济日报"), ("光明网-经济日报", "经济日报"),
                                             ("新华网-新华社", "新华社"),
                                             # a WeChat account named as one: the account's name
                                             ("江南晚报微信公众号", "江南晚报"), ("微信公众号“江南晚报”", "江南晚报")])
def test_canonical_agency(name: str, short: str) -> None:
    assert canonical_agency(name) == short


def test_people() -> None:
    assert split_names("记者 张三、李四") == ("张三", "李四")
    assert split_names("孟湘君 郑云天") == ("孟湘君", "郑云天")
    assert split_names("刘 琳") == ("刘琳",)
    assert split_names("国际观察") == ()
    assert is_personal_name("欧阳明高") and not is_personal_name("新闻联播")


@pytest.mark.parametrize(("text", "iso"), [("Jun 17, 2024", "2024-06-17"), ("18 minutes ago", None),
                                           ("\u0662\u0660\u0662\u0664-\u0660\u0666-\u0661\u0667", "2024-06-17"),
                                           ("2019-02-30", None), ("2019-01-17T23:10:00+0800", "2019-01-17T23:10+08:00"),
                                           ("２０１９年１月１７日", "2019-01-17"),
                                           # day first, unless the second number cannot be a month (American pages)
                                           ("24/11/2024", "2024-11-24"), ("11/24/2024", "2024-11-24"), ("01/02/2024", "2024-02-01"),
                                           ("13/13/2024", None),
                                           # the English 12-hour clock
                                           ("Nov 24, 2024 2:05 PM", "2024-11-24T14:05"), ("11/24/2024 12:05 a.m.", "2024-11-24T00:05"),
                                           ("2024-11-24 12:30 pm", "2024-11-24T12:30"), ("2024-11-24 14:05 PM", "2024-11-24T14:05")])
def test_parse_datetime(text: str, iso: str | None) -> None:
    assert parse_datetime(text) == iso


@pytest.mark.parametrize(("url", "iso"), [
    ("http://news.sohu.com/20120612/n345428229.shtml", "2012-06-12"),
    ("http://www.xinhuanet.com/world/2019-12/10/c_1125326565.htm", "2019-12-10"),
    ("http://paper.people.com.cn/rmrb/html/n1/2019/0615/c1013-31155645.html", "2019-06-15"),
    ("https://www.chinanews.com/gn/2019/01-17/8731234.shtml", "2019-01-17"),
    ("https://finance.sina.com.cn/roll/2019-09-07/doc-iicezzrq.shtml", "2019-09-07"),
    ("http://intl.ce.cn/qqss/202502/09/t20250209_39286234.shtml", "2025-02-09"),
    ("http://www.deqing.gov.cn/art/2016/11/22/art_1229_1.html", "2016-11-22"),
    # ids, sizes, filters, hosts and impossible days are not the article's day
    ("https://example.com/a/2019061512345.html", None), ("https://example.com/img/1920x1080/a.jpg", None),
    ("https://example.com/search?date=20190101", None), ("https://20190101.example.com/a.html", None),
    ("https://example.com/20191332/a.html", None), ("https://news.163.com/19/0517/10/EF.html", None),
    ("https://example.com/29990101/a.html", None), (None, None),
])
def test_date_in_url(url: str | None, iso: str | None) -> None:
    assert date_in_url(url) == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("活动时间：2024年1月2日 10:00-12:00", "2024-01-02T10:00"),  # a range's end is no zone
    ("2024-01-02 10:11-12:00", "2024-01-02T10:11"),
    ("2024-01-02T10:11-05:00", "2024-01-02T10:11-05:00"),  # ISO with T: a zone
    ("2024-01-02 10:11:05-05:00", "2024-01-02T10:11:05-05:00"),  # with seconds: a zone
    ("2024-01-02 20:11-05:00", "2024-01-02T20:11-05:00"),  # earlier than the time: no range
])
def test_a_time_range_is_no_zone(text: str, iso: str) -> None:
    assert parse_datetime(text) == iso


def test_an_article_without_a_time_takes_its_day_from_its_address() -> None:
    """A crawl that kept the address but not the time (SogouCA, a relative "18 minutes ago")
    still files the article under its day; a time in the text or the container wins."""
    body = [Line("中新网2月9日电（记者 张三）某地举行活动，多方代表出席并发言，活动持续一整天。", 1)]
    source = Source(url="http://intl.ce.cn/qqss/202502/09/t20250209_39286234.shtml")
    assert build_document(body, Hints(title="标题"), source).meta.published == "2025-02-09"
    hinted = Hints(title="标题", published="2025-02-10 08:00")
    assert build_document(body, hinted, source).meta.published == "2025-02-10T08:00"
    assert build_document(body, Hints(title="标题"), Source()).meta.published is None


def test_script_detection() -> None:
    assert detect_script("據韓聯社報道，韓國外交部長官朴振訪問日本") == "zh-Hant"
    assert detect_script("据韩联社报道，韩国外交部长官朴振访问日本") == "zh-Hans"
    assert detect_script("2019 abc") == "zh-Hans"
    assert build("標題\n據韓聯社報道，韓國外交部長官朴振訪問日本，與日本外務大臣會談。").meta.language == "zh-Hant"


def test_author_credit_with_affiliation() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n（作者：李敦球，系曲阜师范大学国别与区域研究中心主任、教授；浙江工商大学东亚研究院研究员）")
    assert doc.meta.reporters == ("李敦球",)


def test_runs_of_short_lines_are_not_headings() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n目前\n南沙码头工程\n已进入验收阶段\n据介绍，工程将于今年完工。")
    assert not doc.blocks_of("heading")
    doc = build("【美国因素】\n当然，韩日关系改善离不开美国因素，这是大家都知道的。", Hints(title="题目", title_in_text=False))
    assert doc.blocks[0] == Heading(text="美国因素", raw="【美国因素】")
    assert doc.blocks[1].kind == "lead"


def test_photo_credit_in_brackets_is_not_a_reporter() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n图为启动仪式。（刘通摄）\n最后一段。（张巨峰）")
    assert doc.meta.photographers == ("刘通",) and doc.meta.reporters == ("张巨峰",)


def test_container_authors_are_people_only() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。", Hints(authors=("网易", "刘通摄", "张三", "Jane Doe")))
    assert doc.meta.reporters == ("张三", "Jane Doe") and doc.meta.photographers == ("刘通",)


def test_subtitle_after_title() -> None:
    doc = build("龙岩的红色资源\n——记龙岩市委军民融合办\n正文第一段，足够长的一段正文内容在这里。")
    assert doc.meta.subtitle == "——记龙岩市委军民融合办" and doc.blocks[0].kind == "lead"


def test_deck_between_title_and_dateline_is_the_subtitle() -> None:
    """人民日报's two-line headlines: the line under the title and over the dateline is the deck;
    read as the lead, it left the dateline (and its reporters) unread in the next paragraph."""
    doc = build("市长在港区考察企业\n向节日坚守岗位的职工表示慰问，祝贺新年\n"
                "新华社海州十二月三十一日电（广播电台记者张立新、新华社记者王为民）今天是一年的最后一天，市长来到港区考察。\n"
                "港区负责人介绍了生产情况。")
    assert doc.meta.subtitle == "向节日坚守岗位的职工表示慰问，祝贺新年"
    assert doc.meta.agency == "新华社" and doc.meta.reporters == ("张立新", "王为民")
    assert doc.blocks[0].kind == "lead" and doc.blocks[0].text.startswith("今天是一年的最后一天")


def test_a_note_or_a_byline_over_the_dateline_is_no_deck() -> None:
    noted = build("老同志逝世\n（附图片１张）\n新华社北京１２月３１日电 老同志因病医治无效逝世，享年九十岁。")
    assert noted.meta.subtitle is None and noted.meta.agency == "新华社"
    signed = build("夜市重开\n东方新闻 · 2017年7月4日 · 实习记者 李明\n本报讯 关闭半年的夜市昨晚重新开张，摊主们早早出摊。")
    assert signed.meta.subtitle is None


def test_original_title_note_and_photo_byline() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n（原标题：某某事件始末）\n记者 张三 摄")
    (note,) = doc.blocks_of("editor_note")
    assert isinstance(note, EditorNote) and note.label == "原标题" and note.text == "某某事件始末"
    assert doc.blocks[-1].kind == "caption" and doc.meta.photographers == ("张三",)


def test_republished_source_names_the_original() -> None:
    assert canonical_agency("人民网-人民日报") == "人民日报"
    assert canonical_agency("央视新闻客户端") == "央视新闻"


def test_cna_wire_with_brackets_and_date_code() -> None:
    doc = build("國安局長：中共軍演規模擴大\n（中央社記者游凱翔台北6日電）國安局長今天表示，中共軍演規模擴大。\n"
                "國防部表示，將持續掌握共軍動態。（編輯：李淑華）1130506")
    meta = doc.meta
    assert (meta.agency, meta.region, meta.language, meta.reporters, meta.editors) == (
        "中央社", "TW", "zh-Hant", ("游凱翔",), ("李淑華",))
    assert doc.blocks[0].text.startswith("國安局長今天表示")
    assert doc.blocks[-1] == EditorLine(text="（編輯：李淑華） 1130506", raw="（編輯：李淑華）1130506")
    assert meta.published == "2024-05-06"  # the date code is a Minguo date: year 113 + 1911
    assert doc.blocks[-2].text == "國防部表示，將持續掌握共軍動態。"


def test_cna_editor_line_on_its_own_line_with_its_date_code() -> None:
    text = "（中央社記者游凱翔台北24日電）國防部今天表示，國軍嚴密監控。\n國防部指出，今天上午偵獲共機10架次。\n（編輯：李淑華）1131124"
    doc = build(text)
    assert doc.blocks[-1] == EditorLine(text="（編輯：李淑華）1131124", raw="（編輯：李淑華）1131124")
    assert (doc.meta.editors, doc.meta.published) == (("李淑華",), "2024-11-24")
    # A code that disagrees with the dateline's day, or cannot be a date, dates nothing.
    assert build(text.replace("1131124", "1131125")).meta.published is None
    assert build(text.replace("1131124", "1131341")).meta.published is None
    assert build(text.replace("1131124", "131124")).meta.published is None


def test_this_paper_is_named_by_the_print_edition_line() -> None:
    doc = build("本报北京5月6日电  （记者张三、李四）记者从国家发展改革委获悉，经济运行稳中向好。\n"
                "《 人民日报 》（ 2024年05月07日 01 版）")
    assert doc.meta.agency == "人民日报" and doc.meta.reporters == ("张三", "李四")


@pytest.mark.parametrize(
    ("line", "reporters", "place", "lead"),
    [
        ("記者莊友直／台北報導受近日因頻道商簽約協議影響", ("莊友直",), "台北", "受近日"),
        ("實習記者吳鎮良／採訪報導喵星人古怪的性格", ("吳鎮良",), None, "喵星人"),
        ("國際中心／綜合報導加拿大一名寶寶", (), None, "加拿大"),
    ],
)
def test_taiwanese_reporter_and_desk_datelines(line: str, reporters: tuple[str, ...], place: str | None, lead: str) -> None:
    found = match_dateline(line)
    assert found is not None and (found.reporters, found.place) == (reporters, place)
    assert line[found.end :].startswith(lead)


def test_time_stamp_glued_before_a_dateline_is_the_publication_time() -> None:
    doc = build("2017年07月04日 17:31記者林映妤／台北報導26歲劉奕兒3日認愛，態度獲得粉絲讚賞。", Hints(title="標題", title_in_text=False))
    assert doc.meta.published == "2017-07-04T17:31" and doc.meta.reporters == ("林映妤",)


def test_inline_photo_credits_count_once() -> None:
    doc = build("標題\n動土典禮上公開喊話。記者劉學聖／攝影 分享 預計明年完工。記者劉學聖／攝影 分享")
    assert doc.meta.photographers == ("劉學聖",)


def test_related_label_needs_a_colon_or_its_own_line() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n相关新闻显示，今年经济运行稳中向好。")
    assert not doc.blocks_of("related_links")
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n【相关阅读】\n· 第一篇文章 https://example.com/1\n第二篇文章")
    (related,) = doc.blocks_of("related_links")
    assert isinstance(related, RelatedLinks)
    assert [(item.title, item.url) for item in related.items] == [("第一篇文章", "https://example.com/1"), ("第二篇文章", None)]


def test_title_after_a_time_line() -> None:
    doc = build("2019-01-17 23:10\n龙岩市委军民融合办主任张丽华：以红色资源促军民融合\n正文第一段，足够长的一段正文内容在这里。")
    assert doc.meta.title == "龙岩市委军民融合办主任张丽华：以红色资源促军民融合"
    assert doc.meta.published == "2019-01-17T23:10" and [b.kind for b in doc.blocks] == ["lead"]


def test_clause_subheading_between_paragraphs() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n一般也在美国蹲监狱：美国法律对付贪官并不手软\n"
                "既然是运用美国法律判的，也得在美国服刑，这是很自然的事情。")
    assert isinstance(doc.blocks[1], Heading)
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n他说：这件事要慢慢来\n短句\n又一句")
    assert not doc.blocks_of("heading")


def test_doubled_text_is_a_caption() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n美国司法部关于案件的通告美国司法部关于案件的通告\n下一段，内容在这里。")
    assert isinstance(doc.blocks[1], Caption)


def test_two_line_heading_between_paragraphs() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n答谢宴细节\n宾客近百人，获赠礼物\n"
                "记者了解到，出席答谢宴的宾客近百人，其中不少都是女方的高中同学。")
    assert [b.kind for b in doc.blocks] == ["lead", "heading", "heading", "paragraph"]


def test_subheading_after_a_picture_credit() -> None:
    """A short credit (卢重光绘) is the picture's, not the first line of a heading pair."""
    body = "当前，乌克兰问题依然胶着，欧洲和平架构急需重塑，美国仍然将关注重点放在亚太地区。"
    doc = build(f"标题\n正文第一段，足够长的一段正文内容在这里。\n卢重光绘\n企图打造“亚太版北约”\n{body}")
    assert [b.kind for b in doc.blocks] == ["lead", "caption", "heading", "paragraph"]
    doc = build(f"标题\n正文第一段，足够长的一段正文内容在这里。\n美国司法部关于案件的通告美国司法部关于案件的通告\n"
                f"如何在美国打官司，向贪官要回钱——\n拿着刑事判决的结果来打民事官司追款相对容易\n{body}")
    assert [b.kind for b in doc.blocks] == ["lead", "caption", "heading", "heading", "paragraph"]


@pytest.mark.parametrize("line", ["此外", "故宫的角楼被灯光装点出满满的节日气氛！", "AMUNDI副首席投资官：Vincent Mortier"])
def test_more_of_a_caption_is_no_subheading(line: str) -> None:
    body = "航站楼免税店正同步进行招商，购物、餐饮、空中花园等设施将陆续开放，旅客可以提前了解。"
    doc = build(f"标题\n正文第一段，足够长的一段正文内容在这里。\n图为夜景。新华社记者 张三 摄\n{line}\n{body}")
    assert not doc.blocks_of("heading")


def test_caption_opening_with_its_tag_and_client_datelines() -> None:
    line = "资料图：韩国首尔某大型超市海产品售卖区。"
    assert R.rule_caption(para(line), ctx(line, kinds=("lead",))) is not None
    found = match_dateline("中新网客户端北京1月17日电(记者 张三)正文")
    assert found is not None and (found.agency, found.place, found.reporters) == ("中新网", "北京", ("张三",))


def test_data_source_in_brackets_is_not_a_caption() -> None:
    line = "今年一季度经济增长5.3%（数据取自国家统计局）。"
    assert R.rule_caption(para(line), ctx(line, kinds=("lead",))) is None
    line = "網友拍下的畫面。（圖片取自臉書）"
    assert R.rule_caption(para(line), ctx(line, kinds=("lead",))) is not None


def test_script_counts_and_text_conversion() -> None:
    from convertkit.transforms.script import convert_text, script_counts

    trad, simp = script_counts("這是繁體中文，这是简体中文")
    assert (trad, simp) == (2, 3)  # 這體 · 这简体
    assert convert_text("简体中文", "s2t") == "簡體中文"
    assert detect_script(convert_text("龙岩市委军民融合办主任张丽华", "s2t")) == "zh-Hant"


def test_hinted_link_lines_are_taken_whatever_their_shape() -> None:
    long_title = "这是一个非常长的相关链接标题，它比六十个字符还要长得多得多得多得多得多得多得多得多得多得多得多得多。"
    doc = build(f"标题\n正文第一段，足够长的一段正文内容在这里。\n相关阅读\n{long_title}",
                Hints(links=((long_title, "https://example.com/long"),)))
    (related,) = doc.blocks_of("related_links")
    assert isinstance(related, RelatedLinks) and related.items[0].url == "https://example.com/long"


def test_date_only_hint_takes_the_time_from_the_text() -> None:
    doc = build("标题\n2019-01-17 23:10\n正文第一段，足够长的一段正文内容在这里。", Hints(published="2019-01-17"))
    assert doc.meta.published == "2019-01-17T23:10"
    doc = build("标题\n2019-01-18 23:10\n正文第一段，足够长的一段正文内容在这里。", Hints(published="2019-01-17"))
    assert doc.meta.published == "2019-01-17"


@pytest.mark.parametrize(("line", "photographer"), [("会议现场。摄影：张三", "张三"), ("会议现场（摄影 李四）", "李四"),
                                                    ("会议现场。（图片由受访者提供）", None)])
def test_more_caption_credits(line: str, photographer: str | None) -> None:
    match = R.rule_caption(para(line), ctx(line, kinds=("lead",)))
    assert match is not None and match.blocks[0].photographer == photographer


def test_photography_in_a_sentence_is_not_a_credit() -> None:
    line = "他从小喜欢摄影，如今已是一名职业摄影师。"
    assert R.rule_caption(para(line), ctx(line, kinds=("lead",))) is None


def test_picture_marks_before_a_dateline() -> None:
    found = match_dateline("▲▼國際中心／綜合報導「福斯新聞網」報導")
    assert found is not None and found.raw == "國際中心／綜合報導" and found.end == len("▲▼國際中心／綜合報導")


def test_agency_table_has_one_entry_per_spelling() -> None:
    from convertkit.structure.patterns import AGENCIES

    spellings = [spelling for agency in AGENCIES for spelling in (agency.name, *agency.aliases)]
    assert len(spellings) == len(set(spellings))


@pytest.mark.parametrize(("line", "agency", "reporters", "lead"), [
    ("新华社电（记者 张三）正文", "新华社", ("张三",), "正文"),
    ("据新华社电 正文", "新华社", (), "正文"),
    ("【环球网报道 记者 张三】正文", "环球网", ("张三",), "正文"),
    ("【环球时报综合报道】正文", "环球时报", (), "正文"),
    # a desk's roundup of named wires (fixture unseen2/zonghe.txt)
    ("本报综合新华社、中新社报道 第三十一届大会开幕。", "本报", (), "第三十一届大会开幕。"),
    ("本报综合外电报道 美国总统表示。", "本报", (), "美国总统表示。"),
])
def test_datelines_without_a_date(line: str, agency: str, reporters: tuple[str, ...], lead: str) -> None:
    found = match_dateline(line)
    assert found is not None and (found.agency, found.reporters, line[found.end :]) == (agency, reporters, lead)


def test_tv_is_not_a_wire() -> None:
    assert match_dateline("新华社电视台今天播出") is None
    assert match_dateline("全网综合各方报道显示，销量上升。") is None  # no listed outlet compiled it


def test_names_with_rarer_surnames_and_desks() -> None:
    assert split_names("记者\u3000楼志文\u3000通讯员\u3000陈佩云") == ("楼志文", "陈佩云")
    assert split_names("國際部") == () and split_names("双语") == ()
    assert split_names("記者張存薇") == ("張存薇",)


@pytest.mark.parametrize(("line", "agency", "reporters"), [
    ("环球网记者李亮报道，正在意大利度蜜月", "环球网", ("李亮",)),
    ("新快报讯\u3000适合汇金公司增持四大行的时间窗口再次打开", "新快报", ()),
    ("商报讯\u3000（记者\u3000楼志文\u3000通讯员\u3000陈佩云）\u3000正值儿童节", "商报", ("楼志文", "陈佩云")),
])
def test_paper_flashes_and_reported_by(line: str, agency: str, reporters: tuple[str, ...]) -> None:
    found = match_dateline(line)
    assert found is not None and (found.agency, found.reporters) == (agency, reporters)


@pytest.mark.parametrize("line", ["日报讯息显示", "某某报讯号不好", "晚报讯息"])
def test_words_starting_with_xun_are_not_flashes(line: str) -> None:
    assert match_dateline(line) is None


def test_byline_organisation_names_the_agency() -> None:
    doc = build("上海一季度外贸进出口同比增长\n澎湃新闻记者 王小明 实习生 李四\n"
                "上海海关4月18日发布数据，一季度上海外贸进出口总值1.05万亿元。\n责任编辑：张三 图片编辑：李四")
    assert (doc.meta.agency, doc.meta.reporters, doc.meta.editors) == ("澎湃新闻", ("王小明", "李四"), ("张三",))
    # The container's source and a dateline still come first; "this paper" names nobody.
    assert build("标题\n澎湃新闻记者 王小明\n正文第一段，足够长的一段正文内容在这里。",
                 Hints(agency="界面新闻")).meta.agency == "界面新闻"
    assert build("标题\n本报记者 王小明\n正文第一段，足够长的一段正文内容在这里。").meta.agency is None


def test_editor_line_after_the_organisation_name() -> None:
    doc = build("界面新闻记者 | 王小明\n界面新闻编辑 | 李四\n\n"
                "11月24日，国家统计局发布数据显示，10月份全国规模以上工业增加值同比增长4.6%。")
    assert doc.meta.title.startswith("11月24日，国家统计局发布数据")  # no credit line as the headline
    assert (doc.meta.agency, doc.meta.reporters, doc.meta.editors) == ("界面新闻", ("王小明",), ("李四",))
    assert isinstance(doc.blocks[0], EditorLine)
    # An unknown organisation is not taken off: the line is read as text.
    assert not build("标题\n正文第一段，足够长的一段正文内容在这里。\n某某公司编辑：李四").meta.editors


@pytest.mark.parametrize(
    ("line", "editors"),
    [
        ("编辑 张三 校对 李四", ("张三",)),  # 新京报: no colons
        ("责任编辑：张三 | 版面编辑：李四", ("张三",)),
        ("编辑：张三 责任编辑：李四", ("张三", "李四")),
    ],
)
def test_editor_line_shapes(line: str, editors: tuple[str, ...]) -> None:
    doc = build(f"标题\n正文第一段，足够长的一段正文内容在这里。\n{line}")
    assert doc.meta.editors == editors and isinstance(doc.blocks[-1], EditorLine)


def test_a_sentence_opening_with_a_label_word_is_no_credit() -> None:
    doc = build("标题\n正文第一段，足够长的一段正文内容在这里。\n制作 精良的产品受到市场欢迎。")
    assert not doc.meta.editors and doc.blocks[-1].kind == "paragraph"


def test_bracketed_organisation_opens_the_story() -> None:
    doc = build("【财新网】（记者 王小明）国家发改委11月24日召开新闻发布会，介绍宏观经济运行情况。")
    assert (doc.meta.agency, doc.meta.reporters) == ("财新网", ("王小明",))
    assert doc.blocks[0].text.startswith("国家发改委") and not doc.meta.title.startswith("【")


def test_byline_with_the_editor_on_the_same_line() -> None:
    doc = build("A股三大指数集体收涨\n每经记者 王小明    每经编辑 李四\n11月24日，A股三大指数集体收涨，沪指涨0.5%。")
    assert (doc.meta.agency, doc.meta.reporters, doc.meta.editors) == ("每日经济新闻", ("王小明",), ("李四",))


# --------------------------------------------------------------------------- probes, round 3


@pytest.mark.parametrize(
    ("line", "agency", "reporter"),
    [
        ("法治日报全媒体记者 张维", "法治日报", "张维"),
        ("中青报·中青网记者 樊未晨", "中国青年报", "樊未晨"),
        ("解放日报·上观新闻记者 吴頔", "解放日报", "吴頔"),
        ("潮新闻客户端 记者 沈爱群 通讯员 王敏", "潮新闻", "沈爱群"),
    ],
)
def test_byline_organisation_longer_than_six_or_joined_or_spaced(line: str, agency: str, reporter: str) -> None:
    doc = build(f"标题一行在此\n{line}\n　　11月24日，有关部门发布消息。\n第二段。")
    assert doc.meta.agency == agency and reporter in doc.meta.reporters
    assert line in doc.meta.header_raw and doc.meta.title == "标题一行在此"


def test_byline_with_colons_shares_the_line_with_its_editor() -> None:
    doc = build("每经记者：张韵    每经编辑：魏官红\n　　11月24日晚间，某公司发布公告。\n第二段。")
    assert doc.meta.reporters == ("张韵",) and doc.meta.editors == ("魏官红",)
    assert doc.meta.agency == "每日经济新闻" and doc.meta.title_derived
    doc = build("A股三大指数集体收涨\n作者：陈君君    责编：任绍敏\n　　11月24日，A股收涨。\n第二段。")
    assert doc.meta.reporters == ("陈君君",) and doc.meta.editors == ("任绍敏",)


def test_masthead_unlabelled_before_the_date_or_alone_is_a_source_line() -> None:
    doc = build("A股三大指数集体收涨\n第一财经 2026-11-24 15:30:12\n11月24日，A股收涨。\n第二段。")
    assert doc.meta.agency == "第一财经" and doc.meta.published == "2026-11-24T15:30:12"
    assert "第一财经 2026-11-24 15:30:12" in doc.meta.header_raw
    doc = build("台股大漲\n中時新聞網 李文輝 2026.11.24\n台股今日大漲300點。\n外資買超。")
    assert doc.meta.agency == "中時新聞網" and doc.meta.reporters == ("李文輝",) and doc.meta.published == "2026-11-24"
    doc = build("星島日報\n2026年11月24日 12:30\n特首今日出席行政會議前見記者。\n他說。")
    assert doc.meta.agency == "星島日報" and doc.meta.title_derived and "星島日報" in doc.meta.header_raw
    # a line naming something else before a date stays body text
    doc = build("标题在此\n国家统计局 2026年11月24日发布数据。\n第二段。")
    assert doc.meta.agency is None
    # an unlisted website or outlet before a time that ends the line is the source (fixture unseen2/weather.txt)
    doc = build("寒潮来袭\n中国气象局网站 2026-11-24 09:30\n中央气象台继续发布寒潮蓝色预警。\n第二段。")
    assert doc.meta.agency == "中国气象局网站" and doc.meta.published == "2026-11-24T09:30"
    assert doc.blocks[0].text.startswith("中央气象台")
    assert build("标题在此\n国家统计局 2026年11月24日\n第二段。").meta.agency is None  # no outlet's ending


@pytest.mark.parametrize(
    ("line", "agency", "reporters", "place", "date"),
    [
        ("证券时报·e公司讯，11月24日晚间，某公司公告。", "证券时报", (), None, None),
        ("中证报中证网讯（记者 王辉）11月24日，沪深交易所发布公告。", "中国证券报", ("王辉",), None, None),
        ("（观察者网讯 文/观察者网 王恺雯）据路透社报道，美国宣布制裁。", "观察者网", ("王恺雯",), None, None),
        ("（北京综合讯）中国国家统计局星期一公布数据。", None, (), "北京", None),
        ("参考消息网11月24日报道 据法新社报道，大会闭幕。", "参考消息", (), None, "11月24日"),
        ("公視新聞網 記者 陳佳鑫 / 台北報導 立法院今天三讀通過修正案。", "公視", ("陳佳鑫",), "台北", None),
        # a county's media centre (fixture unseen2/rongmei.txt): its 讯 and credit are the dateline
        ("某某县融媒体中心讯（通讯员 张三 记者 李四）11月22日，示范村建成投用。", "某某县融媒体中心", ("张三", "李四"), None, None),
        # a paper's website glued to its name (fixture unseen2/ent_weibo.txt): 网 is no place
        ("扬子晚报网11月24日讯（记者 周小雨）11月23日晚，有网友爆料。", "扬子晚报", ("周小雨",), None, "11月24日"),
        ("扬子晚报网南京11月24日讯 当天，南京发布通告。", "扬子晚报", (), "南京", "11月24日"),
    ],
)
def test_dateline_shapes_of_more_outlets(line: str, agency: str | None, reporters: tuple[str, ...],
                                         place: str | None, date: str | None) -> None:
    found = match_dateline(line)
    assert found is not None
    assert (found.agency, found.reporters, found.place, found.date) == (agency, reporters, place, date)


def test_reporter_dateline_after_a_stamp_and_masthead_and_with_the_camera() -> None:
    doc = build("北市明年調漲公車票價？市府：目前無規劃\n2026-11-24 10:15 聯合報／ 記者楊正海／台北即時報導\n台北市議員今天質詢。\n市府表示。")
    assert doc.meta.agency == "聯合報" and doc.meta.reporters == ("楊正海",)
    assert doc.meta.published == "2026-11-24T10:15" and doc.meta.dateline and doc.meta.dateline.place == "台北"
    doc = build("記者 李依璇 / 攝影 王大明 報導\n寒流來襲，全台各地氣溫驟降。\n氣象署提醒民眾注意保暖。")
    assert doc.meta.reporters == ("李依璇",) and doc.meta.photographers == ("王大明",)
    assert not doc.blocks_of("caption")


def test_closing_credits_with_a_slash_a_writer_or_a_column_editor() -> None:
    doc = build("标题在此\n　　11月23日，记者从市交通委获悉，地铁将开通。\n　　届时出行更便利。\n　　编辑/王禹")
    assert doc.blocks[-1].kind == "editor_line" and doc.meta.editors == ("王禹",)
    doc = build("标题在此\n11月24日，多家银行宣布下调存款利率。\n第二段。\n（作者：吴霜 编辑：骆一帆）")
    assert doc.blocks[-1].kind == "editor_line"
    assert doc.meta.editors == ("骆一帆",) and doc.meta.reporters == ("吴霜",)
    doc = build("标题在此\n记者从市住建委获悉，新增人才公寓。\n第二段。\n栏目主编：王珍 文字编辑：李明")
    assert doc.blocks[-1].kind == "editor_line" and doc.meta.editors == ("王珍", "李明")
    # a writer credit alone is a byline, an author's note stays text
    doc = build("标题在此\n新政将于明年施行。\n第二段。\n采写：南都记者 李榕")
    assert doc.meta.reporters == ("李榕",) and "采写：南都记者 李榕" in doc.meta.header_raw
    doc = build("标题在此\n经济学的讨论。\n第二段。\n（作者：方敏北京大学经济学院教授）")
    assert doc.blocks[-1].kind == "paragraph"


def test_loose_dateline_credit_takes_a_correspondents_desk_name() -> None:
    # the desk's pen name is credited like the other correspondents
    line = "南都讯 记者 李榕 通讯员 深环宣 11月24日，深圳市生态环境局发布消息。"
    found = match_dateline(line)
    assert found is not None and found.reporters == ("李榕", "深环宣") and line[found.end :].startswith("11月24日")
    # a long word after 通讯员 is the story, not a desk name
    line = "南都讯 记者 李榕 通讯员 深圳市生态环境局24日发布消息称，将试点新政。"
    found = match_dateline(line)
    assert found is not None and "深圳市生态环境局" not in found.raw


def test_a_closing_source_line_names_the_agency_and_leaves_the_body() -> None:
    doc = build("消费市场回暖\n商务部发布数据显示，零售总额增长。\n专家认为，将继续恢复。\n来源：经济日报\n责任编辑：王炬鹏")
    assert doc.meta.agency == "经济日报" and "来源：经济日报" in doc.meta.header_raw
    assert [block.kind for block in doc.blocks] == ["lead", "paragraph", "editor_line"]
    doc = build("标题在此\n武汉新增社区食堂。\n第二段。\n【来源：极目新闻】")
    assert doc.meta.agency == "极目新闻" and doc.blocks[-1].kind == "paragraph"
    # a list of information sources is no agency, and a sentence naming a source stays text
    doc = build("标题在此\n卫星发射成功。\n信息来源：中国空间技术研究院、中国运载火箭技术研究院等")
    assert doc.meta.agency is None
    doc = build("标题在此\n卫星发射成功。\n来源：多方消息显示，发射时间已定。")
    assert doc.meta.agency is None


def test_words_and_pictures_byline_and_widget_rows_and_reprint_notices() -> None:
    doc = build("标题在此\n图/文 本报记者 张明\n　　11月24日，市民在公园内赏银杏，游人如织。\n第二段。\n点赞 分享 收藏")
    assert doc.meta.reporters == ("张明",) and doc.meta.photographers == ("张明",)
    assert not doc.blocks_of("caption") and "点赞 分享 收藏" in doc.meta.furniture_raw
    doc = build("标题在此\n据路透社报道，美国宣布制裁。\n第二段。\n本文系观察者网独家稿件，未经授权，不得转载。\n扫码下载央视新闻客户端")
    assert [block.kind for block in doc.blocks] == ["lead", "paragraph"] and len(doc.meta.furniture_raw) == 2
    # a sentence about reprinting is still text
    doc = build("标题在此\n据报道，有网站未经授权转载了大量新闻作品，法院判决其赔偿损失。\n第二段。")
    assert len(doc.blocks) == 2 and not doc.meta.furniture_raw


def test_a_channel_tag_before_a_headline_is_no_credit_line() -> None:
    doc = build("视频丨冬日里的长江\n总台记者 王晨 杨帆\n　　11月24日，湖北宜昌，长江两岸层林尽染。\n视频编辑：刘爽\n视频：李明")
    assert doc.meta.title == "冬日里的长江" and not doc.meta.title_derived  # 视频丨: the channel, as a column
    assert doc.meta.series is not None and doc.meta.series.name == "视频"
    assert [block.kind for block in doc.blocks] == ["lead", "editor_line", "editor_line"]


def test_a_programme_bracket_before_a_colon_belongs_to_the_dateline() -> None:
    found = match_dateline("央视网消息（新闻联播）：国务院总理24日在北京会见外宾。")
    assert found is not None and found.agency == "央视网" and found.text == "央视网消息（新闻联播）："
    found = match_dateline("新华社北京8月17日电 （国际观察）美日韩")
    assert found is not None and "国际观察" not in found.raw


def test_a_writer_alone_with_report_and_an_email_line() -> None:
    doc = build("林佳禾 报道\nlamkh@sph.com.sg\n新加坡政府今天宣布，明年起调整公积金缴交率。\n人力部长说。")
    assert doc.meta.reporters == ("林佳禾",) and doc.meta.title_derived
    assert doc.meta.furniture_raw == ("lamkh@sph.com.sg",) and doc.blocks[0].kind == "lead"


def test_tibetan_names_in_credits() -> None:
    assert is_personal_name("多吉次仁") and is_personal_name("晋美多吉") and is_personal_name("格桑卓玛")
    assert not is_personal_name("扎西德勒")  # a greeting, not two name syllables
    doc = build("雪域高原上的光明使者\n新华社记者 多吉次仁 田金文\n清晨六点，气温零下十五度，巡线员已经出发了。\n"
                "这是11月20日拍摄的巡线现场。新华社记者 晋美多吉 摄")
    assert doc.meta.reporters == ("多吉次仁", "田金文") and doc.meta.photographers == ("晋美多吉",)
    assert doc.blocks[-1].kind == "caption"


def test_a_reposts_provenance_line_is_a_note_with_its_credits() -> None:
    doc = build("本文来自微信公众号：科技观察（ID：kejiguancha），作者：张三，编辑：李四，原文标题：《AI时代的搜索之争》，"
                "题图来自：视觉中国\n搜索引擎的格局正在发生变化，大模型改变了获取信息的方式。\n第二段。")
    assert doc.blocks[0].kind == "editor_note" and doc.blocks[0].label == "本文来自"
    assert doc.meta.reporters == ("张三",) and doc.meta.editors == ("李四",) and not doc.blocks_of("caption")
    doc = build("标题在此\n本文来自记者的实地采访，历时三个月完成。\n第二段。")
    assert not doc.blocks_of("editor_note")


def test_more_outlets_round_three() -> None:
    # 香港文匯報訊（記者 X）: a Hong Kong paper's flash with its reporter
    found = match_dateline("香港文匯報訊（記者 黃大明）特區政府今日公布最新失業率數字。")
    assert found is not None and found.agency == "文匯報" and found.reporters == ("黃大明",)
    # an unlisted paper's flash naming its reporter is a dateline too
    found = match_dateline("某某日報訊（記者 黃大明）特區政府今日公布數字。")
    assert found is not None and found.reporters == ("黃大明",)
    # IT之家 spaces its dates
    found = match_dateline("IT之家 11 月 24 日消息，小米今日宣布新款手机将于下月发布。")
    assert found is not None and found.agency == "IT之家" and found.date == "11月24日"
    # a time-zone word between the date and the time
    assert parse_datetime("2026-11-24 HKT 14:05") == "2026-11-24T14:05"
    # the photographer on a line of their own under the byline
    doc = build("文／王小明\n攝影／陳大文\n台北市政府今日宣布明年起調整垃圾費，將分階段實施。\n環保局表示。")
    assert doc.meta.reporters == ("王小明",) and doc.meta.photographers == ("陳大文",) and not doc.blocks_of("caption")
    # where a magazine story first ran is a note, not its headline, and names the magazine
    doc = build("本文首发于《中国新闻周刊》2026年第45期\n作者：李静\n在北京一家医院的候诊区，患者们正在排队等候。\n第二段。")
    assert doc.meta.title_derived and doc.meta.agency == "中国新闻周刊" and doc.blocks[0].kind == "editor_note"


def test_source_labels_title_labels_editor_codes_and_disclaimers() -> None:
    doc = build("标题在此\n本报记者 李红梅\n11月24日，记者走访多地，了解到融合服务正在推广。\n（本文来源：人民日报）")
    assert doc.meta.agency == "人民日报" and len(doc.blocks) == 1
    doc = build("出品：新华网\n撰稿：李四\n新一代移动通信技术正加速走进千家万户。\n第二段。")
    assert doc.meta.agency == "新华网" and doc.meta.title_derived and doc.meta.reporters == ("李四",)
    doc = build("标题：全国冬小麦播种基本结束\n记者从农业农村部获悉，全国冬小麦播种基本结束。\n第二段。")
    assert doc.meta.title == "全国冬小麦播种基本结束" and "标题：全国冬小麦播种基本结束" in doc.meta.header_raw
    doc = build("标题在此\n深交所发布公告称，将优化审核流程。\n第二段。\n责任编辑：王晓 SN222")
    assert doc.meta.editors == ("王晓",)
    doc = build("标题在此\n武汉新增社区食堂。\n第二段。\n声明：此文版权归原作者所有，若有来源错误或者侵犯您的合法权益，请与我们联系。")
    assert len(doc.meta.furniture_raw) == 1 and len(doc.blocks) == 2
    doc = build("红星新闻记者 王明 成都摄影报道\n11月24日，成都天府国际机场迎来今冬首个客流高峰。\n第二段。")
    assert doc.meta.reporters == ("王明",) and doc.meta.photographers == ("王明",)


def test_a_bracketed_reporter_credit_with_the_camera_or_the_report_word() -> None:
    # 成都摄影报道's credit in brackets opening the lead, alone or after the paper's flash
    for lead in ("（记者 王明 摄影报道）", "（記者王明攝影報導）", "本报讯（记者王明摄影报道）"):
        doc = build(f"标题在此\n{lead}11月24日，某市机场迎来今冬首个客流高峰。\n第二段。")
        assert doc.meta.reporters == ("王明",) and doc.meta.photographers == ("王明",), lead
        assert doc.blocks[0].text.startswith("11月24日"), lead
    for credit, reporters in (("（记者王明报道）", ("王明",)), ("（记者王明 李华报道）", ("王明", "李华")),
                              ("（记者王明、李华报道）", ("王明", "李华")), ("（记者王明 成都报道）", ("王明",))):
        doc = build(f"标题在此\n本报讯{credit}11月24日，某市机场迎来今冬首个客流高峰。\n第二段。")
        assert doc.meta.reporters == reporters and doc.meta.photographers == (), credit


def test_bylines_sharing_the_camera_bracketed_or_with_a_place_and_this_papers_name() -> None:
    doc = build("撰文：陳小明　攝影：黃大文\n發布日期：2026-11-24 10:12\n政府今日宣布，將增加公營房屋供應，目標五年內興建。\n第二段。")
    assert doc.meta.reporters == ("陳小明",) and doc.meta.photographers == ("黃大文",)
    assert doc.meta.published == "2026-11-24T10:12" and not doc.blocks_of("caption")
    doc = build("標題在此\n立法院今天三讀通過修正案。\n內政部表示。\n（公視新聞網記者 李明／台北報導）")
    assert doc.meta.agency == "公視" and doc.meta.reporters == ("李明",) and len(doc.blocks) == 2
    doc = build("【文/观察者网专栏作者 王文】\n近日，多国领导人密集访华，这一现象值得关注。\n第二段。")
    assert doc.meta.reporters == ("王文",) and doc.meta.title_derived
    # 本报 gives way to the paper a masthead line names
    doc = build("上海将建设国际消费中心城市\n解放日报 2026-11-24\n记者 李晔\n本报讯 上海市商务委24日发布消息，将加快建设。\n第二段。")
    assert doc.meta.agency == "解放日报"


def test_follow_us_prompts_are_furniture() -> None:
    doc = build("标题在此\n北京将推出冬季冰雪旅游线路。\n第二段。\n更多精彩内容请关注中新网\n关注公众号：人民网财经")
    assert len(doc.meta.furniture_raw) == 2 and len(doc.blocks) == 2
    doc = build("标题在此\n关注微信公众号的用户越来越多，平台也在调整策略。\n第二段。")
    assert not doc.meta.furniture_raw


def test_a_reporter_dateline_on_its_own_line_stays_a_dateline() -> None:
    doc = build("記者張君豪／台北報導\n交通部今（24）日宣布，明年元旦起高速公路通行費不調整。\n交通部表示。")
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "台北" and doc.meta.region == "TW"


# --------------------------------------------------------------------------- closing signature (落款)

_NOTICE_BODY = "本报11月20日第3版刊发的《城区新增三处口袋公园》一文中，数据有误，特此更正，并向读者致歉。"


@pytest.mark.parametrize(("closing", "signed", "published"), [
    ("本报编辑部\n2024年11月22日", ["本报编辑部", "2024年11月22日"], "2024-11-22"),
    ("某某市人民政府办公室\n二〇二四年十二月一日", ["某某市人民政府办公室", "二〇二四年十二月一日"], "2024-12-01"),
    ("某某科技股份有限公司 2024年3月5日", ["某某科技股份有限公司 2024年3月5日"], "2024-03-05"),
    ("本报编辑部\n2024年11月22日\n【责任编辑：黄今】", ["本报编辑部", "2024年11月22日"], "2024-11-22"),
    ("2024年11月22日", ["2024年11月22日"], "2024-11-22"),
])
def test_a_closing_signature(closing: str, signed: list[str], published: str) -> None:
    doc = build(f"更正启事\n{_NOTICE_BODY}\n{closing}")
    assert [block.text for block in doc.blocks_of("signature")] == signed
    assert doc.meta.published == published  # the only date the notice gives


@pytest.mark.parametrize("closing", [
    "本报编辑部",  # no date: a line naming a body is not yet a signature
    "本报编辑部\n2024年11月22日\n记者今天从市园林局获悉，新的口袋公园将于月底开放，市民可以前往游览。",  # text after it
    "2024年11月22日 10:30",  # a time stamp, not a signing date
])
def test_not_a_closing_signature(closing: str) -> None:
    doc = build(f"更正启事\n{_NOTICE_BODY}\n{closing}")
    assert not doc.blocks_of("signature")


def test_a_notice_without_a_lead_signs_off() -> None:
    """A 市政府 notice: a salutation and an opening that end in colons, then numbered points."""
    doc = build("关于做好春季森林防火工作的通知\n各县（市、区）人民政府，市政府直属各单位：\n"
                "为切实做好春季森林防火工作，经市政府同意，现就有关事项通知如下：\n"
                "一、压实防火责任。各地要严格落实森林防火行政首长负责制。\n"
                "二、严格野外火源管控。禁止在林区烧荒、燃放烟花爆竹。\n某市人民政府办公室\n2024年3月8日")
    assert [block.text for block in doc.blocks_of("signature")] == ["某市人民政府办公室", "2024年3月8日"]
    assert doc.meta.published == "2024-03-08"


def test_a_header_date_wins_over_the_signatures() -> None:
    doc = build(f"更正启事\n2024-11-23 08:00\n{_NOTICE_BODY}\n本报编辑部\n2024年11月22日")
    assert doc.meta.published == "2024-11-23T08:00" and len(doc.blocks_of("signature")) == 2


def test_a_long_line_of_credit_words_is_read_in_linear_time() -> None:
    # the photo-credit pattern allowed any number of names: every space of the line began a try
    # that ran to the line's end (记者 张三 摄 × 2000: 5.5 s)
    import time

    text = "标题\n\n今天" + "记者 张三 摄" * 4000 + "天气。\n"
    started = time.perf_counter()
    build_document(split_lines(text), Hints(), Source())
    assert time.perf_counter() - started < 3  # about 0.1 s; 22 s when quadratic
    assert R.rule_caption(para("图为现场。记者 张三、李四、王五 摄"), ctx("图为现场。记者 张三、李四、王五 摄")).blocks[0].photographer == "张三、李四、王五"


@pytest.mark.parametrize(("line", "editors"), [
    ("选稿：李华", ("李华",)),  # 东方网
    ("（责任编辑：张三 审核：李四 终审：王五）", ("张三", "李四", "王五")),  # a county paper's chain of sign-offs
])
def test_more_editor_credits(line: str, editors: tuple[str, ...]) -> None:
    doc = build(f"标题\n新华社北京3月1日电 会议强调，要把各项工作落到实处，确保取得实效。\n{line}")
    assert doc.blocks[-1].kind == "editor_line" and doc.meta.editors == editors


def test_the_body_that_signs_a_notice_is_its_source_when_nothing_else_is() -> None:
    text = "警情通报\n2026年11月23日20时许，我局接群众报警称，某小区发生一起纠纷，民警迅速到场处置。\n某市公安局城关分局\n2026年11月24日"
    doc = build(text)
    assert (doc.meta.agency, doc.meta.published) == ("某市公安局城关分局", "2026-11-24")
    assert build(f"更正启事\n{_NOTICE_BODY}\n本报编辑部\n2024年11月22日").meta.agency is None  # 本报 names no one
    wire = build("标题\n新华社北京1月17日电 会议强调，要把各项工作落到实处。\n某某市人民政府办公室\n2024年1月17日")
    assert wire.meta.agency == "新华社"  # the dateline's agency comes first


def test_a_papers_name_replaces_this_paper() -> None:
    """本报评论员 over a commentary says "this paper"; the closing （来源：某某日报） says which one."""
    body = "岁末年初，是谋划工作、推动落实的关键时期，做好明年经济工作意义重大。"
    doc = build(f"以钉钉子精神抓好各项任务落实\n本报评论员\n{body}\n（来源：某某日报）")
    assert doc.meta.agency == "某某日报"
    import convertkit

    assert convertkit.read(convertkit.render(doc, "txt")).meta.agency == "某某日报"  # and it reads back


@pytest.mark.parametrize("afterword", ["编后：\n老旧小区电梯维修难，症结往往在于维修资金使用程序繁琐，本报将持续关注。",
                                       "编后：老旧小区电梯维修难，症结往往在于维修资金使用程序繁琐，本报将持续关注。"])
def test_the_editors_afterword_is_a_note(afterword: str) -> None:
    """编后 closes a reader's letter or a report with the editor's word: a note set apart, after the body."""
    doc = build(f"老旧小区加装电梯难在哪\n我们小区的老人们盼电梯盼了好几年，希望有关部门能尽快协调解决。\n{afterword}")
    note = doc.blocks[-1]
    assert note.kind == "editor_note" and note.label == "编后" and note.text.startswith("老旧小区电梯维修难")
    import convertkit

    again = convertkit.read(convertkit.render(doc, "txt"))  # the reading copy reads back
    assert [(block.kind, block.text) for block in again.blocks] == [(block.kind, block.text) for block in doc.blocks]


def test_a_column_tag_before_the_headline_gives_way_to_the_wires_own() -> None:
    """（经济新观察）广西：… over 中新社南宁11月24日电 题：广西：…: the wire's 题 line is the headline
    without the column's tag; the tagged line is kept in header_raw."""
    doc = build("（经济新观察）广西：“小砂糖橘”成就“大产业”\n中新社南宁11月24日电 题：广西：“小砂糖橘”成就“大产业”\n"
                "时下正值砂糖橘成熟季节，在广西桂林市荔浦市的果园里，果农们忙着采摘、分拣、装箱。")
    assert doc.meta.title == "广西：“小砂糖橘”成就“大产业”"
    assert "（经济新观察）广西：“小砂糖橘”成就“大产业”" in doc.meta.header_raw
    assert doc.meta.series is not None and doc.meta.series.name == "经济新观察"
    tagged = build("（经济新观察）广西：“小砂糖橘”成就“大产业”\n时下正值砂糖橘成熟季节，果农们忙着采摘、分拣、装箱。")
    # no 题 line, but the tag is a column's name (…观察): the series, as a wire's （国际观察） is
    assert tagged.meta.title == "广西：“小砂糖橘”成就“大产业”" and tagged.meta.series.name == "经济新观察"
    other = build("（受权发布）某某条例\n时下正值砂糖橘成熟季节，果农们忙着采摘、分拣、装箱。")
    assert other.meta.title.startswith("（受权发布）")  # not a column's name: the tag stays


def test_a_law_division_over_an_article_ending_in_a_colon_is_a_heading() -> None:
    text = ("标题\n为了规范管理工作，制定本办法，本办法自发布之日起施行。\n第一章 总 则\n"
            "第一条 为了规范社区公共事务的管理，保障居民的合法权益，制定本办法。\n第二章 管理范围\n"
            "第二条 本办法适用于下列人员：\n（一）社区工作人员；\n（二）志愿服务人员。")
    doc = build(text)
    headings = [block.text for block in doc.blocks if isinstance(block, Heading)]
    assert headings == ["第一章 总 则", "第二章 管理范围"]
    points = [block for block in doc.blocks if isinstance(block, Point)]
    assert [(point.label, point.heading) for point in points] == [("（一）", ""), ("（二）", "")]


_CLOSING_BODY = ("标题\n本站讯 10月30日，我院团支部联合护理部举办了护理技能大赛，全院青年护士参加比赛。\n"
                 "比赛分理论考试和操作考核两个环节，经过激烈角逐，评出一等奖两名、二等奖四名。\n")


@pytest.mark.parametrize(
    ("line", "editors", "photographers", "reporters"),
    [
        ("护理部团支部、护理部供稿\u00a0 摄影/王丽\u00a0 编辑/赵敏", ("赵敏",), ("王丽",), ()),
        ("文/周明 图/王丽 编辑/赵敏", ("赵敏",), ("王丽",), ("周明",)),
        ("摄影/王丽 李强 编辑/赵敏", ("赵敏",), ("王丽", "李强"), ()),
    ],
)
def test_closing_credits_line(line: str, editors: tuple[str, ...], photographers: tuple[str, ...],
                              reporters: tuple[str, ...]) -> None:
    """A closing line of role/name pairs is credits: the editor and photographer are read, the
    line is no caption."""
    doc = build(_CLOSING_BODY + line)
    assert isinstance(doc.blocks[-1], EditorLine)
    assert doc.blocks[-1].text == " ".join(line.replace("\u00a0", " ").split())
    assert doc.meta.editors == editors
    assert doc.meta.photographers == photographers
    assert doc.meta.reporters == reporters


@pytest.mark.parametrize("line", ["摄影/王丽", "图为比赛现场。摄影/王丽", "护理部供稿"])
def test_not_closing_credits(line: str) -> None:
    doc = build(_CLOSING_BODY + line)
    assert not isinstance(doc.blocks[-1], EditorLine)


def test_variant_headline_opening_the_body_is_no_lead() -> None:
    """The headline again with a word changed (小将 for 新人) is a header line, kept as written."""
    text = ("老教练赛前叮嘱了什么？小将首发就打出身价\n赛前热身。现场截图\n"
            "本报讯 昨晚的联赛中，主队以3比1击败客队，提前锁定了季后赛席位。\n"
            "开场前，老教练把首次首发的小将叫到场边，低声交代了几句。")
    doc = build(text, Hints(title="老教练赛前叮嘱了什么？新人首发就打出身价", title_in_text=False))
    assert "老教练赛前叮嘱了什么？小将首发就打出身价" in doc.meta.header_raw
    assert not any("打出身价" in block.text for block in doc.blocks)
    lead = next(block for block in doc.blocks if isinstance(block, Lead))
    assert lead.text.startswith("昨晚的联赛中")


@pytest.mark.parametrize("first", ["某市气象台发布暴雨红色预警。", "某市气象台今天发布暴雨红色预警，提醒市民注意出行安全"])
def test_a_lead_restating_the_headline_stays_the_lead(first: str) -> None:
    doc = build(f"{first}\n第二段正文，气象部门提醒市民减少外出，注意防范城市内涝和山洪地质灾害。",
                Hints(title="某市发布暴雨红色预警", title_in_text=False))
    assert isinstance(doc.blocks[0], Lead) and doc.blocks[0].text == first
