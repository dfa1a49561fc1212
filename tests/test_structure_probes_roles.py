"""Reader gaps found on synthetic articles in real house styles (invented events and names): a
byline's contributors keep their own word, a reader's letter's salutation, a video transcript's
speaker markers, a closing 本文来源 credit, Hong Kong/Macau/Taiwan shapes, outlets named only in
the text, a half-width full stop between Han characters."""

from __future__ import annotations

from pathlib import Path

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import Document
from convertkit.model.jsonio import document_from_dict, document_to_dict
from convertkit.writers.masthead import byline

# --------------------------------------------------------------------------- contributors' roles


def test_interns_and_correspondents_keep_their_word_in_the_byline() -> None:
    doc = build("某市消费季活动启动\n本报记者 张三 实习生 李四 通讯员 王五\n11月24日，某市消费季活动启动，现场人气很旺。\n")
    assert doc.meta.reporters == ("张三", "李四", "王五")
    assert doc.meta.reporter_roles == ("", "实习生", "通讯员")
    assert byline(doc.meta) == "记者 张三 实习生 李四 通讯员 王五"
    assert document_from_dict(document_to_dict(doc)) == doc
    doc = build("某省制造业增长\n本报讯（记者 张三 李四 通讯员 王五）今年以来，某省制造业增加值同比增长。\n")
    assert byline(doc.meta) == "记者 张三、李四 通讯员 王五"


def test_a_byline_of_reporters_only_has_no_roles() -> None:
    doc = build("某市消费季活动启动\n本报记者 张三 李四\n11月24日，某市消费季活动启动，现场人气很旺。\n")
    assert doc.meta.reporter_roles == () and byline(doc.meta) == "记者 张三、李四"
    doc = build("某市消费季活动启动\n作者：张三\n11月24日，某市消费季活动启动，现场人气很旺。\n")
    assert doc.meta.reporter_label == "作者" and byline(doc.meta) == "作者 张三"


def test_a_press_offices_pen_name_after_tongxunyuan_is_credited() -> None:
    for text in ("本报讯（记者 张三 通讯员 粤工信）今年以来，某省制造业增加值同比增长。",
                 "本报讯 记者 张三 通讯员 粤工信 今年以来，某省制造业增加值同比增长。"):
        doc = build(f"某省制造业增长\n{text}\n")
        assert doc.meta.reporters == ("张三", "粤工信") and doc.meta.reporter_roles == ("", "通讯员")
        assert body(doc) == ["今年以来，某省制造业增加值同比增长。"]
    # a word after a reporter is no pen name
    doc = build("某省制造业增长\n本报讯（记者 张三 报道）今年以来，某省制造业增加值同比增长。\n")
    assert doc.meta.reporters == ("张三",)


# --------------------------------------------------------------------------- a letter's salutation


def test_a_letters_salutation_alone_on_its_line_is_a_salutation() -> None:
    for salutation in ("编辑同志：", "编辑部：", "尊敬的编辑：", "亲爱的读者朋友们：", "各位居民朋友："):
        doc = build(f"读者来信｜小区路灯坏了谁来修\n{salutation}\n我是某小区的居民，小区的路灯坏了两个月，晚上出行很不方便。\n"
                    "希望有关部门尽快解决。\n")
        assert [block.kind for block in doc.blocks] == ["salutation", "lead", "paragraph"], salutation
        assert doc.blocks[0].text == salutation
        assert document_from_dict(document_to_dict(doc)) == doc


def test_a_credit_label_a_speaker_or_a_line_further_down_is_no_salutation() -> None:
    for line in ("编辑：", "记者：", "具体措施如下：", "王女士："):
        doc = build(f"标题一则\n{line}\n小区的路灯坏了两个月，晚上出行很不方便，居民多次反映。\n")
        assert not doc.blocks_of("salutation"), line
    doc = build("标题一则\n11月24日，某市举行座谈会，会上宣读了一封信。\n各位同事：\n今年我们取得了很好的成绩，感谢大家的付出。\n")
    assert not doc.blocks_of("salutation")


def test_every_writer_sets_a_salutation_flush_left() -> None:
    import convertkit

    doc = build("读者来信\n编辑同志：\n我是某小区的居民，小区的路灯坏了两个月，晚上出行很不方便。\n")
    text = convertkit.render(doc, "txt").decode()
    assert "\n编辑同志：\n" in text
    assert convertkit.read(text.encode()).blocks_of("salutation")  # the reading copy reads it back
    css = convertkit.render(doc, "epub")
    assert css[:2] == b"PK"
    for fmt in ("docx", "pdf"):
        assert convertkit.render(doc, fmt)
    from convertkit.style import load_style

    for name in ("briefing", "gbt9704"):
        role = load_style(name).role("salutation")
        assert role.first_line_indent_em == 0 and role.align != "right"


# --------------------------------------------------------------------------- a video transcript's cues


def test_a_sound_cues_speaker_joins_the_quote_below_and_narration_cues_go() -> None:
    doc = build("前10月经济运行总体平稳\n【解说】今年以来，各地区加大宏观调控力度，经济运行稳中有进。\n"
                "【同期】某统计局新闻发言人 付某某\n总的来看，前10月经济运行总体平稳，主要指标有所回升。\n"
                "【解说】专家表示，四季度经济有望继续回升。\n【同期声】某大学教授 张三：\n四季度消费有望继续回暖。\n"
                "【现场声】\n欢迎光临！\n")
    assert body(doc) == ["今年以来，各地区加大宏观调控力度，经济运行稳中有进。",
                         "某统计局新闻发言人 付某某：总的来看，前10月经济运行总体平稳，主要指标有所回升。",
                         "专家表示，四季度经济有望继续回升。", "某大学教授 张三：四季度消费有望继续回暖。", "欢迎光临！"]
    assert doc.blocks[1].raw == "【同期】某统计局新闻发言人 付某某\n总的来看，前10月经济运行总体平稳，主要指标有所回升。"
    assert doc.blocks[0].raw.startswith("【解说】") and "【现场声】" in doc.meta.furniture_raw


def test_a_cue_with_the_quote_on_its_line_loses_only_the_cue() -> None:
    doc = build("标题一则\n【解说】某地举行活动，现场气氛热烈。\n【同期】某村村民 李某：今年收成不错，比去年好一点。\n")
    assert body(doc) == ["某地举行活动，现场气氛热烈。", "某村村民 李某：今年收成不错，比去年好一点。"]
    # a bracketed word that is no cue stays
    doc = build("标题一则\n【聚焦】某地举行活动，现场气氛热烈，吸引大量市民参与。\n")
    assert body(doc)[0].startswith("【聚焦】")


# --------------------------------------------------------------------------- a closing 本文来源 credit


_STORY = "某市推进老旧小区改造\n11月24日，某市召开老旧小区改造推进会，今年将改造小区120个。\n会议要求各区加快进度，确保年底前完工。\n"


def test_a_closing_source_credit_with_its_writer_goes_to_the_metadata() -> None:
    doc = build(f"{_STORY}（本文来源：某某日报 作者：张三）\n")
    assert doc.meta.agency == "某某日报" and doc.meta.reporters == ("张三",) and doc.meta.reporter_label == "作者"
    assert all("来源" not in text for text in body(doc)) and "（本文来源：某某日报 作者：张三）" in doc.meta.header_raw
    doc = build(f"{_STORY}来源：某某网 作者：张三 编辑：李四\n责任编辑：王五\n")
    assert doc.meta.agency == "某某网" and doc.meta.reporters == ("张三",) and "李四" in doc.meta.editors


def test_a_citation_of_sources_or_a_credit_inside_the_body_stays_visible() -> None:
    for line in ("（资料来源：参考消息、海外网等）", "（数据来源：某某统计局 编辑：李四）"):
        doc = build(f"{_STORY}{line}\n")
        assert line in body(doc) and doc.meta.agency is None, line
    later = "会后，与会人员察看了小区。"
    doc = build(f"{_STORY}（来源：某某日报 作者：张三）\n{later}\n")
    assert "（来源：某某日报 作者：张三）" in body(doc)


# --------------------------------------------------------------------------- Hong Kong, Macau, Taiwan


def test_macau_is_its_own_region() -> None:
    doc = build("澳門旅遊業持續復甦\n澳門日報\n旅遊局昨日公布，上月入境旅客按年上升百分之十，酒店入住率亦見回升。\n")
    assert doc.meta.region == "MO" and doc.meta.language_tag == "zh-MO"
    doc = build("統計局公布物價指數\n新聞局\n統計暨普查局資料顯示，二月份綜合消費物價指數按年上升1.05%。\n")
    assert doc.meta.agency == "澳門新聞局" and doc.meta.region == "MO"


def test_a_macau_page_and_book_are_tagged_zh_mo() -> None:
    import convertkit

    page = ("<html lang='zh-Hant-MO'><head><title>統計局公布物價指數</title></head><body><article><h1>統計局公布物價指數</h1>"
            "<p>統計暨普查局資料顯示，二月份綜合消費物價指數按年上升1.05%，升幅主要由於外出用膳收費、電費及汽油價格上調所帶動。</p>"
            "<p>按類別分析，食物及非酒精飲品類別的價格指數按年上升2.12%，而服裝及鞋履類別的價格指數則下跌0.83%。</p>"
            "<p>本年首兩個月的綜合消費物價指數平均按年上升0.98%，相關資料可瀏覽統計暨普查局網頁。</p></article></body></html>")
    doc = convertkit.read(page.encode(), format="html")
    assert doc.meta.region == "MO" and doc.meta.language_tag == "zh-MO"
    book = convertkit.render(doc, "epub")
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        opf = next(archive.read(name).decode() for name in archive.namelist() if name.endswith(".opf"))
    assert "<dc:language>zh-MO</dc:language>" in opf


def test_a_writer_and_photographer_credit_parted_by_a_bar_is_the_byline() -> None:
    doc = build("旺角行人專用區變身打卡熱點\n撰文：陳大文 ｜ 攝影：李小明\n2024/3/12 - 18:20\n"
                "旺角某街行人專用區恢復開放半年，每逢周末人流如鯽，有區議員建議延長開放時間。\n")
    assert doc.meta.reporters == ("陳大文",) and doc.meta.photographers == ("李小明",)
    assert not doc.blocks_of("caption") and doc.meta.published == "2024-03-12T18:20"


def test_a_print_header_date_first_names_the_paper_and_the_credit_under_it_is_read() -> None:
    story = "台北市交通局上周起在多處路口調整規定，不少機車族反映太麻煩。\n第二段。\n"
    for credit in ("〔記者王大明／台北報導〕", "記者王大明／台北報導\n"):
        doc = build(f"新制上路首週 機車族反彈\n2024-03-12 02:10 聯合報\n{credit}{story}")
        assert doc.meta.agency == "聯合報" and doc.meta.reporters == ("王大明",) and doc.meta.published == "2024-03-12T02:10"
        assert body(doc)[0].startswith("台北市交通局")
    # the header line with the credit, the credit again opening the lead: read once, off the lead
    doc = build(f"新制上路首週 機車族反彈\n2024-03-12 02:10 聯合報／ 記者王大明／台北報導\n〔記者王大明／台北報導〕{story}")
    assert doc.meta.reporters == ("王大明",) and body(doc)[0].startswith("台北市交通局")
    assert doc.blocks[0].raw.startswith("〔記者王大明／台北報導〕")


def test_jingji_ribao_in_traditional_script_is_hong_kongs_or_taiwans_by_the_text() -> None:
    doc = build("本港失業率維持2.9%\n撰文：經濟日報記者 陳大文\n政府統計處今日公布，最新失業率為2.9%，與上一期相同，本港勞工市場維持偏緊。\n")
    assert doc.meta.agency == "香港經濟日報" and doc.meta.region == "HK" and doc.meta.reporters == ("陳大文",)
    doc = build("某晶片廠擴大投資\n經濟日報 記者王小明／台北報導\n某晶片廠昨天宣布擴大投資新台幣5,000億元，預計創造逾千個工作機會。\n")
    assert doc.meta.agency == "經濟日報" and doc.meta.region == "TW"
    doc = build("一季度经济开局良好\n经济日报记者 张三\n国家统计局今天发布数据，一季度国内生产总值同比增长5.3%。\n")
    assert doc.meta.agency == "经济日报" and doc.meta.region is None


def test_a_reprint_note_names_the_source_and_leaves_the_body() -> None:
    story = "某樓盤開售\n某發展商昨日推出新盤，首批200伙，反應熱烈。\n市場人士分析，新盤定價貼近市價。\n"
    for note, outlet in (("【本文獲授權轉載自香港01】", "香港01"), ("本文轉載自《明報》", "明報"),
                         ("（原文刊於信報，2024年3月12日）", "信報"), ("本文转载自某某日报", "某某日报")):
        doc = build(f"{story}{note}\n")
        assert doc.meta.agency == outlet and note in doc.meta.header_raw, note
        assert all(note not in text for text in body(doc)) and not doc.blocks_of("editor_note")
    for line in ("载于史册", "本文转载自网络"):
        assert line in body(build(f"{story}{line}\n"))


# --------------------------------------------------------------------------- outlets named only in the text


def test_a_listed_outlets_own_reporter_in_the_story_names_the_agency() -> None:
    lead = "华盛顿 — 美国国务院星期五批准了一项总额约20亿美元的军售案。"
    doc = build(f"美国批准一项军售\n{lead}\n某议员对美国之音记者说，这项军售早在预料之中。\n")
    assert doc.meta.agency == "美国之音"
    doc = build(f"美国批准一项军售\n{lead}美国之音记者联系国务院，发言人表示不予置评。\n")
    assert doc.meta.agency == "美国之音"
    doc = build("组屋价格上涨\n联合早报网讯 建屋发展局星期二公布的数据显示，组屋转售价格上涨1.2%。\n")
    assert doc.meta.agency == "联合早报" and doc.meta.region == "SG"


def test_a_quoted_report_or_this_papers_reporter_names_no_agency() -> None:
    lead = "华盛顿 — 美国国务院星期五批准了一项总额约20亿美元的军售案。"
    assert build(f"美国批准一项军售\n{lead}\n据美国之音记者报道，这项军售早在预料之中。\n").meta.agency is None
    assert build("两会代表热议民生\n两会期间，代表们热议民生话题。\n一位代表对本报记者说，要办好民生实事。\n").meta.agency is None
    doc = build("两会代表热议民生\n本报北京3月5日电 两会代表热议民生话题。\n代表对新华社记者说，要办好民生实事。\n")
    assert doc.meta.agency == "本报"


def test_a_letter_signed_by_a_person_above_the_editors_afterword() -> None:
    doc = build("读者来信｜小区路灯坏了谁来修\n编辑同志：\n我是某小区的居民，小区的路灯坏了两个月，晚上出行很不方便。\n"
                "希望有关部门尽快解决。\n某某小区居民 陈某某\n2026年11月20日\n编后：\n路灯维修涉及多个部门，本报将持续关注。\n")
    assert [block.text for block in doc.blocks_of("signature")] == ["某某小区居民 陈某某", "2026年11月20日"]
    assert doc.meta.agency is None and doc.meta.published == "2026-11-20"  # a person is no issuing body
    assert doc.blocks[-1].kind == "editor_note"
    # a credit line is no signer
    doc = build("标题一则\n11月24日，某活动在合肥启动，现场气氛热烈。\n责任编辑 张三\n2026年11月20日\n")
    assert not doc.blocks_of("signature") or "责任编辑 张三" not in [b.text for b in doc.blocks_of("signature")]


def test_a_dateline_line_closed_by_its_credit() -> None:
    import convertkit

    doc = build("某省制造业增长\n本报广州11月24日电 记者 张三 通讯员 粤工信\n今年以来，某省制造业增加值同比增长。\n第二段。\n")
    assert doc.meta.reporters == ("张三", "粤工信") and doc.meta.dateline is not None
    assert body(doc) == ["今年以来，某省制造业增加值同比增长。", "第二段。"]
    assert "粤工信 今年以来" in convertkit.render(doc, "txt").decode()


# --------------------------------------------------------------------------- the house-style fixtures


_FIXTURES = Path(__file__).parent / "fixtures"


def _fixture(path: str) -> Document:
    return build((_FIXTURES / path).read_text(encoding="utf-8"))


def test_fixture_reader_letter() -> None:
    doc = _fixture("unseen2/reader_letter.txt")
    assert [block.kind for block in doc.blocks][:2] == ["salutation", "lead"]
    assert [block.text for block in doc.blocks_of("signature")] == ["某某小区居民 陈某某", "2026年11月20日"]


def test_fixture_video_transcript() -> None:
    doc = _fixture("unseen2/video_transcript.txt")
    assert not any(text.startswith("【") for text in body(doc))
    assert "荔浦市某某村果农 李某某：今年我家种了30亩，产量大概有15万斤，现在收购价每斤2块5左右，比去年好一点。" in body(doc)


def test_fixture_hong_kong_and_taiwan_bylines() -> None:
    doc = _fixture("unseen_hktw/hket.txt")
    assert doc.meta.agency == "香港經濟日報" and doc.meta.region == "HK" and doc.meta.reporters == ("何嘉雯",)
    doc = _fixture("unseen_hktw/udn_print.txt")
    assert doc.meta.agency == "聯合報" and body(doc)[0].startswith("台北市交通局")
    doc = _fixture("unseen_hktw/standnews_style.txt")
    assert doc.meta.reporters == ("黃子健",) and "李卓賢" in doc.meta.photographers
    assert doc.blocks[0].kind == "lead"
    doc = _fixture("unseen_hktw/macau_gcs.txt")
    assert doc.meta.region == "MO" and doc.meta.language_tag == "zh-MO"


def test_an_outlets_reporter_and_place_glued_before_a_dash_open_the_story() -> None:
    doc = build("美国批准一项军售\n美国之音记者王小明华盛顿报道 — 美国国务院星期五批准了一项总额约20亿美元的军售案。\n第二段。\n")
    assert doc.meta.agency == "美国之音" and doc.meta.reporters == ("王小明",)
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "华盛顿"
    assert body(doc)[0].startswith("美国国务院")
    doc = build("标题一则\n某某公司记者张三北京报道：今天该公司发布了一款新产品，引发关注。\n")
    assert doc.meta.dateline is None  # an unlisted name before 记者: no dateline
