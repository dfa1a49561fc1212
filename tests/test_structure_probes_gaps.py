"""Plain-text conventions the rules missed: a mainland reporter line with its place, an outlet
naming itself as the source of the lead, a topic tag above the headline, long reprint notices."""

from __future__ import annotations

import pytest

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import Document, Source
from convertkit.readers.base import Hints, split_lines
from convertkit.structure.build import build_document

# --------------------------------------------------------------------------- reporter line with a place


def test_reporter_line_with_a_place_is_a_dateline_with_place_agency_and_reporter() -> None:
    doc = build("央行：保持流动性合理充裕\n21世纪经济报道记者 张三 北京报道\n"
                "11月24日，中国人民银行发布第三季度货币政策执行报告。\n业内人士认为，四季度降准仍有空间。\n")
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "北京"
    assert doc.meta.agency == "21世纪经济报道" and doc.meta.reporters == ("张三",)
    assert body(doc)[0].startswith("11月24日")


def test_reporter_line_without_an_outlet_or_with_fa_zi_keeps_the_place() -> None:
    doc = build("上海楼市成交回暖\n记者 李明 上海报道\n11月以来，上海新房成交量环比上升，看房量明显增加。\n")
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "上海" and doc.meta.reporters == ("李明",)
    doc = build("成渝双城经济圈建设提速\n南方周末记者 张三 实习生 李四 发自成都\n"
                "11月24日，成渝地区双城经济圈建设推进会在成都召开。\n")
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "成都"  # 成都 reads like a name
    assert doc.meta.agency == "南方周末" and doc.meta.reporters == ("张三", "李四")


def test_a_name_glued_to_baodao_is_a_reporter_not_a_place() -> None:
    doc = build("两会代表热议民生\n记者 张三 李四报道\n11月24日，两会代表热议民生话题，建言献策。\n")
    assert doc.meta.reporters == ("张三", "李四")
    assert doc.meta.dateline is None or doc.meta.dateline.place is None


# --------------------------------------------------------------------------- outlet as the lead's source


def test_outlet_huoxi_lead_names_the_agency_of_last_resort() -> None:
    assert build("某机器人公司完成数亿元B轮融资\n36氪获悉，某机器人公司近日完成数亿元B轮融资，由某资本领投。\n"
                 ).meta.agency == "36氪"
    assert build("某新能源车企将推出新品牌\n据36氪获悉，某新能源车企将于明年推出全新高端品牌。\n").meta.agency == "36氪"
    assert build("某芯片企业获新一轮融资\n界面新闻从知情人士处获悉，某芯片企业已完成新一轮融资，估值超过百亿元。\n"
                 ).meta.agency == "界面新闻"
    assert build("某新势力车企高管离职\n雷峰网独家获悉，某新势力车企自动驾驶负责人已于近日离职。\n").meta.agency == "雷峰网"


def test_a_reporter_or_a_company_learning_something_names_no_agency() -> None:
    assert build("某公司回应裁员传闻\n记者从该公司获悉，相关传闻不实，公司将依法维护权益。\n").meta.agency is None
    assert build("某公司回应裁员传闻\n本报获悉，相关传闻不实，公司方面表示将依法维护权益。\n").meta.agency is None
    # a 来源 line outranks the lead's outlet
    doc = build("某机器人公司完成融资\n来源：第一财经\n36氪获悉，某机器人公司近日完成数亿元B轮融资。\n")
    assert doc.meta.agency == "第一财经"


# --------------------------------------------------------------------------- topic tag above the headline


def test_bracketed_topic_tag_above_a_longer_headline_does_not_win_the_title() -> None:
    doc = build("【颱風】\n天文台：颱風明日最接近本港　考慮改發八號風球\n撰文：陳小明\n"
                "天文台表示，颱風正橫過南海北部，明日最接近本港，稍後會考慮改發八號烈風或暴風信號。\n")
    assert doc.meta.title == "天文台：颱風明日最接近本港　考慮改發八號風球"
    assert "【颱風】" in doc.meta.header_raw and doc.meta.reporters == ("陳小明",)
    assert body(doc)[0].startswith("天文台表示")
    doc = build("【快讯】\n国家统计局：10月CPI同比上涨0.3%\n国家统计局11月24日发布数据，10月份居民消费价格同比上涨0.3%。\n")
    assert doc.meta.title == "国家统计局：10月CPI同比上涨0.3%"


def test_topic_tag_with_a_hinted_title_and_a_tag_before_a_sentence() -> None:
    hints = Hints(title="天文台：颱風明日最接近本港", title_in_text=True)
    doc = build("【颱風】\n天文台：颱風明日最接近本港\n天文台表示，颱風正橫過南海北部，明日最接近本港。\n", hints)
    assert doc.meta.title == "天文台：颱風明日最接近本港" and len(body(doc)) == 1
    # a bracketed heading followed by a sentence, not a headline: unchanged
    doc = build("【美国因素】\n美方近日再次对华加征关税，引发市场关注，多家机构下调了全年增长预期。\n")
    assert doc.meta.title == "【美国因素】"


# --------------------------------------------------------------------------- long reprint notices


_NOTICE = ("本文为某某财经原创内容，未经授权不得转载，转载请联系本站取得授权并注明来源：某某财经，违者本站将依法追究"
           "其法律责任。本站所载文章仅代表作者观点，不构成任何投资建议，据此操作风险自担，如有侵权请联系我们删除。")


def test_long_reprint_notice_is_furniture() -> None:
    assert len(_NOTICE) > 80
    doc = build(f"新能源汽车下乡活动启动\n记者 王五\n11月24日，2026年新能源汽车下乡活动在合肥启动。\n{_NOTICE}\n")
    assert _NOTICE in doc.meta.furniture_raw and all("转载" not in text for text in body(doc))
    bracketed = "（本文为XX新闻原创稿件，版权归XX新闻所有，未经书面授权，任何媒体、网站或个人不得转载、摘编或以其他方式使用，违者必究。）"
    doc = build(f"标题一则\n11月24日，某活动在合肥启动，现场气氛热烈，吸引大量市民参与。\n{bracketed}\n")
    assert bracketed in doc.meta.furniture_raw


def test_a_paragraph_about_reprinting_stays_in_the_body() -> None:
    text = ("记者调查发现，不少自媒体账号未经授权大量转载新闻机构的原创稿件，并在文末标注“本文为原创，未经授权不得转载”，"
            "这种做法不仅侵犯了著作权，还误导了读者，多名律师表示，此类行为可依法追究责任。")
    doc = build(f"网络文章转载乱象调查\n{text}\n业内人士呼吁平台加强审核。\n")
    assert body(doc)[0] == text
    report = ("本文开头提到的这篇报道被多家网站转载，转载请注明出处的要求被普遍忽视，作者本人对此表示无奈，"
              "他说自己已经习惯了，只希望读者能看到原文，了解事件的全貌，而不是被断章取义的片段误导。")
    doc = build(f"标题一则\n11月24日，某活动在合肥启动，现场气氛热烈，吸引大量市民参与。\n{report}\n")
    assert report in body(doc)


def test_an_unlisted_outlet_alone_under_the_headline_is_the_agency() -> None:
    # 当代商报 under the headline (a reading copy, a pasted page); a name that merely ends alike mid-body is not
    from convertkit.model import Source
    from convertkit.readers.base import Hints, split_lines
    from convertkit.structure.build import build_document

    def read(text: str) -> Document:
        return build_document(split_lines(text), Hints(), Source())

    doc = read("常德市开展金融知识普及活动\n当代商报\n9月20日，金融知识普及月活动在常德启动。\n活动现场解答了市民提问。\n")
    assert doc.meta.agency == "当代商报" and doc.meta.header_raw == ("当代商报",)
    assert [block.kind for block in doc.blocks] == ["lead", "paragraph"]
    doc = read("常德市开展金融知识普及活动\n9月20日，金融知识普及月活动在常德启动。\n当代商报\n活动现场解答了市民提问。\n")
    assert doc.meta.agency is None
    doc = read("常德市开展金融知识普及活动\n日报\n9月20日，金融知识普及月活动在常德启动。\n")
    assert doc.meta.agency is None


def test_a_point_whose_text_opens_with_a_number_keeps_its_place_in_the_list() -> None:
    # 新闻联播's summary: 11.1088人获全国五一劳动奖章 between 10. and 12. (a decimal 11.1088 otherwise)
    from convertkit.model import Point, Source
    from convertkit.readers.base import Hints, split_lines
    from convertkit.structure.build import build_document

    doc = build_document(split_lines("今日要闻\n本期节目主要内容：\n10.北京全力打造国际科技创新中心；\n"
                                     "11.1088人获全国五一劳动奖章；\n12.为推进中国式现代化建设再立新功。\n"), Hints(), Source())
    points = [block for block in doc.blocks if isinstance(block, Point)]
    assert [point.number for point in points] == [10, 11, 12] and points[1].text.startswith("11.1088人")
    alone = build_document(split_lines("标题\n正文第一段。\n11.1088人获奖章。\n正文第三段。\n"), Hints(), Source())
    assert not [block for block in alone.blocks if isinstance(block, Point)]


def test_an_original_title_equal_to_the_headline_and_markdown_rules_show_nothing() -> None:
    # sina: 原标题：<the headline itself>; 新闻联播 transcripts: ---, （更新时间戳：1714308527603）
    from convertkit.model import EditorNote, Source
    from convertkit.readers.base import Hints, split_lines
    from convertkit.structure.build import build_document

    doc = build_document(split_lines("最强“中国芯”本月商用\n原标题：最强“中国芯”本月商用\n用户对性能永无止境的追求，让芯片领域迎来竞争。\n"),
                         Hints(), Source())
    assert not [block for block in doc.blocks if isinstance(block, EditorNote)]
    assert doc.meta.header_raw == ("原标题：最强“中国芯”本月商用",) and doc.blocks[0].kind == "lead"
    other = build_document(split_lines("华为抢跑5G芯片大战\n原标题：最强“中国芯”本月商用\n用户对性能永无止境的追求。\n"), Hints(), Source())
    assert [block.label for block in other.blocks if isinstance(block, EditorNote)] == ["原标题"]
    doc = build_document(split_lines("标题\n第一段。\n---\n（更新时间戳：1714308527603）\n* * *\n第二段。\n"), Hints(), Source())
    assert [block.text for block in doc.blocks] == ["第一段。", "第二段。"]
    assert doc.meta.furniture_raw == ("---", "（更新时间戳：1714308527603）", "* * *")


def test_a_headline_alone_is_converted_with_a_warning(caplog) -> None:  # type: ignore[no-untyped-def]
    import logging

    from convertkit.model import Source
    from convertkit.readers.base import Hints, split_lines
    from convertkit.structure.build import build_document

    with caplog.at_level(logging.WARNING, logger="convertkit"):
        doc = build_document(split_lines("这是标题\n"), Hints(), Source(path="t.txt"))
    assert doc.meta.title == "这是标题" and doc.blocks == ()
    assert caplog.messages == ["t.txt: only a headline, no body text"]


def test_a_share_widget_glued_to_a_long_first_paragraph_is_cut_off() -> None:
    # 光明网 crawler records: the share widget's words run straight into the body, on one long line
    from convertkit.model import Source
    from convertkit.readers.base import Hints, split_lines
    from convertkit.structure.build import build_document

    body = "".join(f"第{n}句话说的是美国海军预计将参加十年来在黄海海域举行的首次大规模演习。" for n in range(8))
    doc = build_document(split_lines(f"标题\n点击右上角微信好友朋友圈请使用浏览器分享功能进行分享{body}\n"), Hints(), Source())
    assert [(block.kind, block.text) for block in doc.blocks] == [("lead", body)]


def test_a_writer_credited_as_author_is_not_called_a_reporter() -> None:
    # 光明网 theory pages: 作者：李家胜（西安交通大学…副教授） — the masthead says 作者, as the source does
    import convertkit
    from convertkit.model import Source
    from convertkit.readers.base import Hints, split_lines
    from convertkit.structure.build import build_document
    from convertkit.writers.masthead import meta_line

    doc = build_document(split_lines("美国“印太战略”的本质\n作者：李家胜（西安交通大学副教授）\n"
                                     "“印太战略”是美国国家安全战略的主要内容。\n"), Hints(agency="光明网"), Source())
    assert doc.meta.reporters == ("李家胜",) and doc.meta.reporter_label == "作者"
    assert doc.meta.affiliation == "西安交通大学副教授"  # who the author is, shown with the name
    assert meta_line(doc.meta) == "光明网 · 作者 李家胜（西安交通大学副教授）"
    again = convertkit.read(convertkit.render(doc, "txt"))
    assert (again.meta.reporters, again.meta.reporter_label, again.meta.affiliation) == (
        ("李家胜",), "作者", "西安交通大学副教授")
    wire = build_document(split_lines("标题\n新华社北京1月17日电（记者 张三）正文。\n"), Hints(), Source())
    assert wire.meta.reporter_label is None and meta_line(wire.meta) == "新华社 · 1月17日 · 记者 张三"
    mixed = build_document(split_lines("标题\n作者：李四\n新华社北京1月17日电（记者 张三）正文。\n"), Hints(), Source())
    assert mixed.meta.reporter_label is None  # one word must fit every name


@pytest.mark.parametrize(("byline", "names", "who"), [
    ("作者：王五（系中国人民大学国际关系学院教授）", ("王五",), "中国人民大学国际关系学院教授"),
    ("文/张三（华东师范大学经济学院讲师）", ("张三",), "华东师范大学经济学院讲师"),
    ("作者：刘俊　（来源：广州日报）", ("刘俊",), None),  # a source, not who he is
    ("文／记者肖欢欢　实习生陈玉洁　（除署名外）", ("肖欢欢", "陈玉洁"), None),
])
def test_a_bylines_bracket_says_who_the_writer_is(byline: str, names: tuple[str, ...], who: str | None) -> None:
    doc = build_document(split_lines(f"标题\n{byline}\n“印太战略”是美国国家安全战略的主要内容。\n"), Hints(), Source())
    assert (doc.meta.reporters, doc.meta.affiliation) == (names, who)


def test_a_short_body_foreign_to_its_headline_is_reported(caplog) -> None:  # type: ignore[no-untyped-def]
    # 中国军网 crawler record: the headline of one story over a sidebar sentence of another
    import logging

    from convertkit.model import Source
    from convertkit.readers.base import Hints, split_lines
    from convertkit.structure.build import build_document

    with caplog.at_level(logging.WARNING, logger="convertkit"):
        build_document(split_lines("美日韩实时共享导弹预警情报\n“雪花”的故事在温暖中永恒，丰厚的冬奥遗产继续“发光发热”。\n"),
                       Hints(), Source(path="81cn.json", record=1))
    assert [m for m in caplog.messages if "81cn.json (record 1): the short body shares no character" in m]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        build_document(split_lines("美日韩实时共享导弹预警情报\n美国、日本和韩国宣布，三国已开始实时共享朝鲜导弹预警数据。\n"),
                       Hints(), Source(path="ok.json"))
    assert not caplog.messages


# --------------------------------------------------------------------------- hard-wrapped text


def test_hard_wrapped_pdf_copy_is_joined_back_into_paragraphs() -> None:
    """A PDF page copied as text: every line of a paragraph but its last fills the column."""
    from pathlib import Path

    from convertkit import read

    doc = read(Path(__file__).parent / "fixtures" / "unseen" / "hardwrap_pdf.txt")
    texts = body(doc)
    assert len(texts) == 4 and texts[0].startswith("国家统计局15日发布数据显示") and texts[0].endswith("1.6个百分点。")
    assert texts[1].endswith("国民经济运行稳中有进。") and texts[3].endswith("基础在不断巩固。")
    assert doc.meta.dateline is not None and doc.meta.reporters == ("李心萍",)


def test_unwrapping_leaves_ordinary_text_lists_and_latin_words_alone() -> None:
    from convertkit.readers.base import unwrap_hard_breaks

    lines = split_lines("相关链接\n江城今年将新建保障性住房五千套\n江城加装电梯补贴标准公布\n江城城市更新条例正式施行\n")
    assert unwrap_hard_breaks(lines) == lines  # headlines of a list: a column narrower than a page's
    article = split_lines("标题\n" + "记者从有关部门获悉，" * 12 + "。\n" + "据介绍，" * 30 + "。\n")
    assert unwrap_hard_breaks(article) == article
    wrapped = split_lines("\n".join(["这是一段被硬换行的文字，每一行都填满了整个栏宽，没有Apple"] * 3 + ["Watch结束。"]))
    [line] = unwrap_hard_breaks(wrapped)
    assert "Apple Watch结束。" in line.text


# --------------------------------------------------------------------------- closing furniture


def _unseen(name: str) -> Document:
    from pathlib import Path

    from convertkit import read

    return read(Path(__file__).parent / "fixtures" / "unseen" / name)


def test_single_widget_words_tip_lines_ad_contacts_and_disclaimers_are_furniture() -> None:
    doc = _unseen("wechat.txt")  # 收藏 / 点赞 / 在看 one per line under a WeChat post
    assert {"收藏", "点赞", "在看"} <= set(doc.meta.furniture_raw)
    doc = _unseen("yicai.txt")  # 举报 · 第一财经广告合作，请点击这里 · 此内容为第一财经原创，著作权归…
    assert len(doc.meta.furniture_raw) == 3 and body(doc)[-1].startswith("东方金诚")
    doc = _unseen("thepaper.txt")  # 澎湃新闻报料：021-962866
    assert "澎湃新闻报料：021-962866" in doc.meta.furniture_raw
    doc = _unseen("nbd.txt")  # 免责声明：本文内容与数据仅供参考，不构成投资建议…
    assert not any("免责声明" in text for text in body(doc))
    doc = _unseen("shangguan.txt")  # 编辑邮箱：…@…
    assert any("@" in raw for raw in doc.meta.furniture_raw)
    # a sentence about tips or advertising is text
    assert body(build("标题\n警方表示，市民可通过报料热线提供线索，目前已收到三十余条有效信息。\n"))


def test_a_wechat_list_of_earlier_posts_is_related_links() -> None:
    from convertkit.model import RelatedLinks

    [links] = [block for block in _unseen("wechat.txt").blocks if isinstance(block, RelatedLinks)]
    assert links.label == "往期推荐" and [item.title for item in links.items] == [
        "省委常委会召开会议 研究部署下半年经济工作", "全省夏粮收购工作全面展开"]


# --------------------------------------------------------------------------- header lines


def test_full_width_dates_and_a_full_minguo_era_name_are_publication_times() -> None:
    assert _unseen("fullwidth.txt").meta.published == "2024-10-25T08:30"  # ２０２４－１０－２５　０８：３０
    doc = _unseen("minguo.txt")  # 中華民國113年12月20日 alone under the headline
    assert doc.meta.published == "2024-12-20" and "中華民國113年12月20日" in doc.meta.header_raw
    assert not any("民國113年12月" in text for text in body(doc))


def test_a_wechat_original_mark_line_gives_the_account_and_the_time() -> None:
    doc = _unseen("shangguan.txt")  # 原创 上观新闻 2024-03-28 20:15
    assert doc.meta.agency == "上观新闻" and doc.meta.published == "2024-03-28T20:15"
    doc = build("标题在这里\n原创 张三 某某发布 2024-06-18 08:30 发表于浙江\n6月17日，省政府办公厅印发若干措施，提出20条具体举措。\n")
    assert doc.meta.published == "2024-06-18T08:30" and doc.meta.reporters == ("张三",)
    assert doc.meta.agency == "某某发布" and body(doc)[0].startswith("6月17日")


def test_a_reposting_accounts_source_line_names_the_agency() -> None:
    """原创 发改观察 江南发布 … then 来源：浙江发布 after the body: the account reposted it, and the
    source it names is what the article is filed under (as a WeChat page's account is the agency
    of last resort)."""
    doc = _unseen("wechat.txt")
    assert doc.meta.agency == "浙江发布" and "原创 发改观察 江南发布 2024-06-18 08:30 发表于浙江" in doc.meta.header_raw
    doc = build("标题在这里\n原创 某某发布 2024-06-18 08:30\n6月17日，省政府办公厅印发若干措施，提出20条具体举措。\n来源：浙江日报\n")
    assert doc.meta.agency == "浙江日报" and doc.meta.published == "2024-06-18T08:30"


def test_latin_capitals_byline_alone_above_the_date() -> None:
    doc = _unseen("nyt.txt")  # BEN DOOLEY, HISAKO UENO / 2024年3月19日
    assert doc.meta.reporters == ("BEN DOOLEY", "HISAKO UENO") and doc.meta.published == "2024-03-19"
    assert body(doc)[0].startswith("日本央行周二宣布加息")


# --------------------------------------------------------------------------- editor credits


def test_an_editor_credit_in_the_byline_is_read_with_it_not_printed_above_the_lead() -> None:
    from convertkit.model import EditorLine

    for name, editor in (("yicai.txt", "胡军华"), ("jiemian.txt", "许悦"), ("hongxing.txt", "郭宇")):
        doc = _unseen(name)  # 作者：杜川    责编：胡军华 · 界面新闻编辑 | 许悦 · 编辑 郭宇 under the byline
        assert doc.meta.editors == (editor,) and type(doc.blocks[0]).__name__ == "Lead", name
        assert not any(isinstance(block, EditorLine) for block in doc.blocks), name
    # closing the body, the same credit stays an editor line
    doc = build("标题在这里\n记者从有关部门获悉，今年以来各地加快推进重大项目建设。\n编辑 郭宇\n")
    assert isinstance(doc.blocks[-1], EditorLine)


def test_an_outlet_editor_credit_in_brackets_is_an_editor_line() -> None:
    from convertkit.model import EditorLine

    doc = _unseen("lunar.txt")  # （极目新闻编辑 张三）
    assert isinstance(doc.blocks[-1], EditorLine) and doc.meta.editors == ("张三",)


# --------------------------------------------------------------------------- transcripts, galleries, signatures


def test_a_speaker_alone_on_a_line_opens_the_paragraph_below() -> None:
    doc = _unseen("press_release.txt")  # 问： / 答： / 盛来运： one line, the words the next: turns
    assert [block.kind for block in doc.blocks] == ["lead"] + ["turn"] * 5
    turns = doc.blocks[1:]
    assert [turn.speaker for turn in turns] == ["盛来运", "问", "答", "问", "答"]  # type: ignore[attr-defined]
    assert turns[0].text.startswith("前三季度") and turns[1].text == "三季度GDP增速比二季度有所放缓，如何看待四季度经济走势？"
    assert turns[2].text.startswith("从9月份") and turns[1].raw == "问：\n三季度GDP增速比二季度有所放缓，如何看待四季度经济走势？"
    # one speaker alone on a line in a story that is no transcript still opens the paragraph below
    texts = body(build("某市召开发布会\n某市今天召开发布会，介绍今年以来全市经济运行情况。\n张三：\n"
                       "今年以来，全市经济运行总体平稳，主要指标好于预期。\n"))
    assert texts[1] == "张三：今年以来，全市经济运行总体平稳，主要指标好于预期。"
    # a sentence introducing a list is no speaker
    doc = build("标题在这里\n记者从有关部门获悉，今年以来各地加快推进重大项目建设。\n具体措施如下：\n一、加快审批。\n二、强化保障。\n")
    assert "具体措施如下：" in [block.text for block in doc.blocks]


def test_a_gallery_headline_is_the_title_not_a_caption() -> None:
    doc = _unseen("gallery.txt")  # 组图：金秋时节 稻谷飘香 / 2024-10-08 09:12 来源：新华网 / captions
    assert doc.meta.title == "组图：金秋时节 稻谷飘香" and not doc.meta.title_derived
    assert doc.meta.published == "2024-10-08T09:12" and doc.meta.agency == "新华网"
    assert [type(block).__name__ for block in doc.blocks] == ["Caption"] * 4


def test_a_name_alone_under_the_headline_signs_the_commentary() -> None:
    doc = _unseen("commentary.txt")  # 人民网评：… / 李晓
    assert doc.meta.reporters == ("李晓",) and body(doc)[0].startswith("老年人是否")


def test_a_live_blogs_time_stamps_are_headings_over_their_updates() -> None:
    from convertkit.model import Heading

    doc = _unseen("liveblog.txt")  # 16:20 / update / 15:48 / update …
    assert [block.text for block in doc.blocks if isinstance(block, Heading)] == ["16:20", "15:48", "15:10", "14:30"]
    assert body(doc)[0].startswith("据海南省气象台消息")
    # one time alone is a line of the text, not a run of updates
    doc = build("标题在这里\n记者从有关部门获悉，今年以来各地加快推进重大项目建设。\n16:20\n据介绍，这些项目主要集中在交通领域。\n")
    assert "16:20" in body(doc)


@pytest.mark.parametrize(("byline", "shown"), [
    ("执笔：张三 李四", "执笔 张三、李四"),  # a commentary's writers
    ("作者：上官云 宋宇晟", "作者 上官云、宋宇晟"),  # the label stands before the first name only
])
def test_one_credit_word_for_several_writers(byline: str, shown: str) -> None:
    from convertkit.writers.masthead import byline as shown_byline

    doc = build_document(split_lines(f"标题\n{byline}\n会议强调，要把各项工作落到实处，确保取得实效。\n"), Hints(), Source())
    assert shown_byline(doc.meta) == shown


@pytest.mark.parametrize("line", ["题图来源：上观题图", "头图来源：IC photo", "封面图片来源：每日经济新闻 资料图"])
def test_the_dropped_top_pictures_credit_is_a_caption_not_a_heading(line: str) -> None:
    doc = build_document(split_lines(f"标题\n新华社北京3月1日电 会议强调，要把各项工作落到实处，确保取得实效。\n{line}\n"
                                     "会议还研究了其他事项，与会人员进行了充分讨论。\n"), Hints(), Source())
    assert [block.kind for block in doc.blocks] == ["lead", "caption", "paragraph"]


@pytest.mark.parametrize("word", ["周末", "经济", "高温"])
def test_a_common_word_alone_under_the_headline_is_no_writer(word: str) -> None:
    """A surname opens 周末 and 经济 too: under a headline they are a kicker, not a signature."""
    doc = build_document(split_lines(f"城市文明建设取得新进展\n{word}\n会议强调，要把各项工作落到实处，确保取得实效，推动高质量发展。\n"),
                         Hints(), Source())
    assert doc.meta.reporters == () and word in [getattr(block, "text", "") for block in doc.blocks]
    signed = build_document(split_lines("城市文明建设取得新进展\n李晓\n会议强调，要把各项工作落到实处，确保取得实效，推动高质量发展。\n"),
                            Hints(), Source())
    assert signed.meta.reporters == ("李晓",)


def test_a_traditional_subheading_that_a_surname_opens_and_its_caption_label() -> None:
    import convertkit

    body = "在多項民調中，經濟都被列為選民最關注的問題，許多選民仍然感到生活成本壓力沉重。"
    doc = build_document(split_lines(f"美國大選：選民最關心的三大議題\n{body}\n經濟\n{body}\n圖像加註文字，選民在賓州排隊投票。\n"),
                         Hints(), Source())
    assert [block.kind for block in doc.blocks] == ["lead", "heading", "paragraph", "caption"]
    copy = convertkit.render(doc, "txt").decode("utf-8")
    assert "［圖片說明］圖像加註文字" in copy  # the reading copy labels the caption in the document's script
    assert convertkit.read(copy.encode("utf-8")).blocks_of("caption")[0].text == doc.blocks_of("caption")[0].text


def test_a_flattened_article_gets_its_lines_back() -> None:
    """A scrape with every line break turned into a space: headline, header, dateline and
    paragraphs, each where it belongs."""
    from pathlib import Path

    import convertkit

    doc = convertkit.read(Path(__file__).parent / "fixtures" / "unseen" / "oneline.txt")
    assert doc.meta.title == "杭州亚运会筹备工作全面就绪" and not doc.meta.title_derived
    assert (doc.meta.agency, doc.meta.published) == ("浙江日报", "2023-09-20T10:21")
    assert doc.meta.dateline is not None and doc.meta.dateline.text.startswith("本报杭州9月19日讯")
    assert [block.kind for block in doc.blocks] == ["lead", "paragraph", "paragraph", "editor_line"]


def test_flattened_lines_break_only_between_sentences() -> None:
    from convertkit.readers.flattened import split_flattened

    sentence = "大家想想，如果羊肉串的价格低于一串羊肉的价格，它会是真的吗？"
    # a Sogou dump's blocks (U+E40C between them), flattened inside
    text = f"“{sentence}　”　{sentence}　［　详细　］\ue40c" + sentence * 3 + "。 " + sentence * 2
    lines = [line.text for line in split_flattened(split_lines(text))]
    assert lines[0] == f"“{sentence}　”"  # a closing quote stays with its sentence
    assert lines[1] == f"{sentence} ［　详细　］"  # a link's label stays with the sentence before it
    assert len(lines) == 4
    prose = "记者从杭州亚组委获悉，杭州第19届亚运会各项筹备工作已全面就绪。" * 3
    assert [line.text for line in split_flattened(split_lines(prose))] == [prose]  # no space: not flattened


def test_a_one_line_article_without_sentence_breaks_keeps_its_headline_apart() -> None:
    """Every line break lost and no space after the sentences either: the headline and the header
    pieces (a time, a 来源) are still set apart; a date alone before the words of a sentence is not."""
    import convertkit

    story = ("中新网12月6日电 据国家统计局网站消息，2026年11月份，全国居民消费价格同比上涨0.5%。其中，城市上涨0.5%，"
             "农村上涨0.4%。国家统计局城市司首席统计师表示，11月份，受季节性因素影响，食品价格有所下降。（完）【编辑:李岩】")
    doc = convertkit.read(("国家统计局：11月CPI同比上涨0.5% 2026年12月06日 09:32 来源：中国新闻网 " + story).encode())
    assert doc.meta.title == "国家统计局：11月CPI同比上涨0.5%" and not doc.meta.title_derived
    assert doc.meta.published == "2026-12-06T09:32" and doc.meta.editors == ("李岩",)
    assert doc.blocks[0].kind == "lead" and doc.blocks[0].text.startswith("据国家统计局网站消息")
    sentence = "据新华社 2026年12月6日 消息，国家统计局发布数据显示，全国居民消费价格同比上涨0.5%。" * 3
    doc = convertkit.read(sentence.encode())
    assert "2026年12月6日" not in doc.meta.header_raw


@pytest.mark.parametrize("headline", ["", "伸向亚太的黑手——起底美国主导北约加速东进亚太之害\n"])
def test_a_wires_headline_slot_is_not_its_lead(headline: str) -> None:
    """新华社北京4月10日电　题：… repeats the headline in the wire's 题 slot: the story's lead is the
    paragraph after it, and the dateline opens that one."""
    text = (f"{headline}新华社北京4月10日电　题：伸向亚太的黑手——起底美国主导北约加速东进亚太之害\n新华社记者刘赞\n"
            "1949年4月4日，在美国主导下，北大西洋两岸的12个西方国家签署《北大西洋公约》。\n"
            "美国是“北约亚太化”的幕后推手，加剧地区紧张局势。\n")
    doc = build_document(split_lines(text), Hints(), Source())
    assert doc.meta.title == "伸向亚太的黑手——起底美国主导北约加速东进亚太之害" and not doc.meta.title_derived
    assert [block.kind for block in doc.blocks] == ["lead", "paragraph"]
    assert doc.blocks[0].text.startswith("1949年4月4日") and doc.meta.dateline is not None
    assert any("题：" in line for line in doc.meta.header_raw)  # kept, as every line of the source is


def test_a_long_headline_over_its_time_and_source_line() -> None:
    """A 通稿 headline may pass 64 characters; the time and 来源 line under it says it is one."""
    headline = ("国家发展改革委等部门联合印发关于进一步加快推进新型城镇化建设和城乡区域协调发展的若干政策措施的通知"
                "要求各地区各部门认真贯彻落实并抓好各项任务分工确保取得实效")  # 78 characters
    body = "新华社北京6月3日电 国家发展改革委等部门日前联合印发通知，要求各地区各部门认真贯彻落实相关政策措施。\n"
    doc = build_document(split_lines(f"{headline}\n2024年06月03日 10:20 来源：新华网\n{body}"), Hints(), Source())
    assert doc.meta.title == headline and not doc.meta.title_derived
    assert doc.meta.published == "2024-06-03T10:20"
    alone = build_document(split_lines(f"{headline}\n{body}"), Hints(), Source())
    assert alone.meta.title != headline  # without the header line, a line that long is text


def test_a_typed_tables_rows_keep_their_cells_apart_and_are_no_headings() -> None:
    """Rows typed with tabs (or runs of spaces): one row to a line, the cells set apart by a
    full-width space as the HTML reader writes a row; ``raw`` keeps the line as typed."""
    doc = _unseen("table.txt")
    rows = [block for block in doc.blocks if "\t" in block.raw]
    assert [block.text for block in rows][:2] == ["区域\u3000业务量（亿件）\u3000同比增长", "东部地区\u3000121.5\u300019.8%"]
    assert {block.kind for block in rows} == {"paragraph"} and rows[0].raw == "区域\t业务量（亿件）\t同比增长"
    lead = "本报讯 国家邮政局公布了十月邮政行业运行情况，全国快递业务量同比增长。"
    after = "国家邮政局有关负责人表示，全行业运行平稳有序。"
    for gap in ("\t", "    "):
        doc = build(f"各地快递业务量增长\n{lead}\n各区域情况如下：\n东部地区{gap}121.5亿件\n中部地区{gap}29.3亿件\n{after}\n")
        assert [block.kind for block in doc.blocks] == ["lead"] + ["paragraph"] * 4
        assert body(doc)[2] == "东部地区\u3000121.5亿件"
    # one line with a tab in it is no table
    doc = build(f"各地快递业务量增长\n{lead}\n东部地区\t121.5亿件\n{after}\n")
    assert doc.blocks[1].text == "东部地区 121.5亿件"
