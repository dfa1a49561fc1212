"""Outlets' plain-text conventions found by probing (one probe article per outlet, written in
its real conventions): each test names the convention it guards."""

from __future__ import annotations

import pytest

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import Caption, EditorLine, Heading, Source
from convertkit.readers.base import Hints, split_lines
from convertkit.structure.build import build_document
from convertkit.structure.dateline import match_dateline
from convertkit.structure.people import split_names


def test_two_mastheads_before_the_title_are_no_reporter() -> None:
    # 中国青年报: （中青报·中青网记者 张三）
    assert split_names("中青报·中青网记者 张三") == ("张三",)
    assert split_names("中青报·中青网记者张三") == ("张三",)
    assert split_names("记者 阿卜杜拉·买买提") == ("阿卜杜拉·买买提",)
    doc = build("高校毕业生就业形势总体稳定\n中国青年报客户端北京11月24日电（中青报·中青网记者 张三）教育部24日召开新闻发布会。\n")
    assert doc.meta.reporters == ("张三",) and doc.meta.dateline is not None and doc.meta.dateline.place == "北京"


def test_an_app_is_no_place_of_a_message_dateline() -> None:
    found = match_dateline("据央视新闻客户端消息，11月24日10时30分，我国成功发射新一代通信卫星。")
    assert found is not None and found.agency == "央视新闻" and found.place is None


def test_hong_kong_flash_then_reporter_credit_closed_by_baodao() -> None:
    # 大公報 / 文匯報: 【大公報訊】記者張三報道：…
    doc = build("香港與內地深化金融合作\n【大公報訊】記者張三報道：香港特區政府與國家金融監管部門24日簽署合作備忘錄。\n")
    assert doc.meta.agency == "大公報" and doc.meta.reporters == ("張三",)
    assert body(doc)[0].startswith("香港特區政府")
    found = match_dateline("香港文匯報訊 記者 張三、李四 報道：昨日立法會通過撥款。")
    assert found is not None and found.reporters == ("張三", "李四") and found.raw.endswith("報道：")


def test_masthead_then_reporter_and_place_without_the_title() -> None:
    # 中國時報 / 旺報: 中國時報 張三／台北報導
    doc = build("立院三讀通過財劃法修正案\n中國時報 張三／台北報導\n立法院今（24）日三讀通過財政收支劃分法修正案。\n")
    assert doc.meta.agency == "中國時報" and doc.meta.reporters == ("張三",)
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "台北" and doc.meta.region == "TW"


def test_bracketed_telegraph_headline_before_the_dateline() -> None:
    # 财联社 telegraph: 【headline】财联社11月24日电，…
    doc = build("【国家统计局：10月份规模以上工业增加值同比增长5.3%】财联社11月24日电，国家统计局数据显示，"
                "10月份，规模以上工业增加值同比实际增长5.3%。\n")
    assert doc.meta.agency == "财联社" and doc.meta.dateline is not None and doc.meta.dateline.date == "11月24日"
    assert doc.meta.title == "国家统计局：10月份规模以上工业增加值同比增长5.3%"
    assert "财联社" not in body(doc)[0] and body(doc)[0].startswith("【国家统计局")


def test_app_byline_set_off_by_a_bar_and_more_editor_labels() -> None:
    # 北京日报客户端 | 记者 张三 · 流程编辑 · 核稿編輯 (關鍵評論網)
    doc = build("北京冬季供暖今起试运行\n北京日报客户端 | 记者 张三\n11月24日，全市供热单位启动冬季供暖试运行。\n"
                "编辑：李四\n流程编辑：王五\n")
    assert doc.meta.agency == "北京日报" and doc.meta.reporters == ("张三",) and doc.meta.editors == ("李四", "王五")
    doc = build("AI時代的教育該怎麼改？\n文：張三（教育工作者）\n人工智慧正在改變我們學習的方式。\n責任編輯：李四\n核稿編輯：王五\n")
    assert doc.meta.editors == ("李四", "王五")


def test_government_page_text_size_switch_is_furniture() -> None:
    doc = build("关于印发《XX市促进消费若干措施》的通知\n发布时间：2026-11-24 10:00　来源：市发展改革委\n【字体：大 中 小】\n"
                "现将《XX市促进消费若干措施》印发给你们，请认真贯彻执行。\n【打印】【关闭】\n")
    assert "【字体：大 中 小】" in doc.meta.furniture_raw and not doc.blocks_of("heading")


def test_chinanews_video_script() -> None:
    # 中新社 video copy: 中新社 北京11月24日电 · 【解说】/【同期】 · 责任编辑：【赵六】
    doc = build("非遗剪纸进万家\n中新社 北京11月24日电\n【解说】11月24日，剪纸艺人正在向居民传授剪纸技艺。\n"
                "【同期】剪纸艺人 张三\n剪纸是我们的传统文化，希望更多年轻人能够喜欢。\n记者 李四 王五 北京报道\n责任编辑：【赵六】\n")
    assert doc.meta.agency == "中新社" and doc.meta.dateline is not None and doc.meta.dateline.place == "北京"
    assert "剪纸艺人 张三：剪纸是我们的传统文化，希望更多年轻人能够喜欢。" in body(doc) and not doc.blocks_of("heading")
    assert doc.meta.editors == ("赵六",) and isinstance(doc.blocks[-1], EditorLine)
    assert doc.meta.reporters == ("李四", "王五")


def test_a_heading_keeps_the_brackets_it_does_not_wrap() -> None:
    doc = build("标题一则\n第一段文字，交代了事情的来龙去脉，内容相当充实。\n【观察】市场分化\n"
                "第二段文字，继续交代事情的来龙去脉，内容相当充实。\n")
    headings = [block.text for block in doc.blocks if isinstance(block, Heading)]
    assert headings == ["【观察】市场分化"]


def test_channel_glued_to_the_paper_before_xun() -> None:
    # 证券时报e公司讯，…
    doc = build("某上市公司终止重组\n证券时报e公司讯，某上市公司11月24日晚间公告，决定终止筹划重大资产重组事项。\n")
    assert doc.meta.agency == "证券时报" and body(doc)[0].startswith("某上市公司")


def test_bbc_image_source_and_caption_lines() -> None:
    doc = build("中国经济：10月工业产出增速放缓\n图像来源，Getty Images\n图像加注文字，中国工厂生产线\n"
                "中国国家统计局周一公布的数据显示，10月份工业增加值同比增长5.3%。\n")
    # one caption: the picture's words, then its credit, which is the caption's photographer
    assert [(block.text, block.photographer) for block in doc.blocks if isinstance(block, Caption)] == [
        ("中国工厂生产线（图像来源：Getty Images）", "Getty Images")]


def test_broadcaster_copyright_notice_without_zhuanzai_is_furniture() -> None:
    notice = ("© 2026年德国之声 版权声明：本文所有内容受到著作权法保护，如无德国之声特别授权，不得擅自使用。"
              "任何不当行为都将导致追偿，并受到刑事追究。")
    doc = build(f"德国总理呼吁欧盟加强团结\n德国总理周一在柏林表示，欧盟必须加强团结。\n{notice}\n")
    assert notice in doc.meta.furniture_raw
    report = "版权问题一直是网络文学发展的痛点，著作权法规定，未经许可不得擅自使用他人作品，但侵权行为屡禁不止，维权成本高、周期长。"
    doc = build(f"网络文学维权难\n{report}\n")
    assert body(doc) == [report]


def test_place_and_dash_dateline_of_a_broadcaster_and_a_wire() -> None:
    # 美国之音: 华盛顿 — … · 路透: 路透北京11月24日 - …
    doc = build("美国国务院就南海局势发表声明\n华盛顿 — 美国国务院星期一发表声明，呼吁各方在南海保持克制。\n")
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "华盛顿"
    assert body(doc)[0].startswith("美国国务院")
    found = match_dateline("路透北京11月24日 - 中国国家统计局周一公布，10月工业增加值同比增长5.3%。")
    assert found is not None and found.agency == "路透社" and found.place == "北京"
    assert match_dateline("中国 - 东盟博览会在南宁开幕") is None  # a headline, no dateline
    assert match_dateline("某某网北京11月24日 - 今天，天气晴朗，气温回升。") is None  # an unknown agency


def test_masthead_then_a_spaced_reporter_credit_opening_the_lead() -> None:
    # 经济观察网 记者 张三 11月24日，…
    doc = build("新能源车价格战何时休\n经济观察网 记者 张三 11月24日，多家新能源车企再次宣布降价，价格战持续升级。\n")
    assert doc.meta.agency == "经济观察报" and doc.meta.reporters == ("张三",) and body(doc)[0].startswith("11月24日")
    assert match_dateline("新华社 记者 张三 摄") is None  # a photo credit


def test_initium_reporter_sent_from_a_place() -> None:
    doc = build("香港立法會選舉投票率創新低\n端傳媒記者 張三 發自香港\n立法會選舉昨日舉行，投票率僅為三成。\n")
    assert doc.meta.agency == "端傳媒" and doc.meta.region == "HK"
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "香港"


@pytest.mark.parametrize("meta_line", ["端傳媒記者 張三 發自香港 | 2026-12-07", "2026-12-07 | 端傳媒記者 張三 發自香港",
                                       "2026-12-07 · 記者張三／台北報導"])
def test_a_reporters_credit_line_as_one_part_of_a_separated_meta_line(meta_line: str) -> None:
    # a site's byline and its date on one line, set apart by a bar or a dot: the credit is read
    # as the dateline rule reads it on a line of its own
    doc = build(f"香港立法會選舉投票率創新低\n{meta_line}\n立法會選舉昨日舉行，投票率僅為三成，創歷屆新低。\n")
    assert doc.meta.reporters == ("張三",) and doc.meta.published == "2026-12-07"
    assert body(doc) == ["立法會選舉昨日舉行，投票率僅為三成，創歷屆新低。"]
    if "端傳媒" in meta_line:
        assert doc.meta.agency == "端傳媒"


def test_app_prompt_closing_a_story_is_furniture() -> None:
    # 澎湃新闻: （本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）
    prompt = "（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）"
    doc = build(f"上海发布冬季用电保障方案\n澎湃新闻记者 张三 实习生 李四\n11月24日，国网上海市电力公司发布方案。\n{prompt}\n")
    assert prompt in doc.meta.furniture_raw and doc.meta.reporters == ("张三", "李四")
    kept = "记者下载了该公司的APP，发现其中存在大量诱导消费的弹窗，用户难以关闭。"
    assert body(build(f"标题一则\n{kept}\n")) == [kept]


def test_desk_with_a_reporter_names_no_place() -> None:
    # 三立: 生活中心／張三報導
    found = match_dateline("生活中心／張三報導")
    assert found is not None and found.reporters == ("張三",) and found.place is None
    found = match_dateline("社會中心／高雄報導")
    assert found is not None and found.place == "高雄" and found.reporters == ()


def test_weekday_and_dash_between_date_and_time_and_a_masthead_with_initials() -> None:
    # 法广 RFI: 法国国际广播电台 RFI / 发表时间：2026年11月24日 周一 - 14:05
    doc = build("法国议会通过新预算案\n法国国际广播电台 RFI\n发表时间：2026年11月24日 周一 - 14:05\n法国国民议会周一投票通过了预算草案。\n")
    assert doc.meta.published == "2026-11-24T14:05" and doc.meta.agency == "法广"


def test_byline_with_several_editor_credits() -> None:
    # 自由亚洲电台: 记者：张三 责编：李四 网编：王五
    doc = build("中国多地出现冬季供暖问题\n中国北方多地近日出现供暖不足问题，引发民众不满。\n记者：张三 责编：李四 网编：王五\n")
    assert doc.meta.reporters == ("张三",) and doc.meta.editors == ("李四", "王五")


def test_government_index_table_and_button_row() -> None:
    doc = build("XX市人民政府关于公布第二批市级非物质文化遗产代表性项目名录的通知\n"
                "索引号：11340100-2026-000123　发布机构：XX市人民政府办公室　成文日期：2026-11-20　文号：X政〔2026〕45号\n"
                "各县（市）、区人民政府，市政府各部门：\n市人民政府批准第二批市级非物质文化遗产代表性项目名录，现予公布。\n"
                "【我要纠错】【打印本页】【关闭窗口】\n")
    assert doc.meta.published == "2026-11-20" and doc.meta.agency == "XX市人民政府办公室"
    assert "【我要纠错】【打印本页】【关闭窗口】" in doc.meta.furniture_raw
    assert all("索引号" not in text for text in body(doc))


def test_reporter_line_with_a_space_after_the_outlet_and_an_app_with_a_plus() -> None:
    doc = build("多地楼市新政密集出台\n21世纪经济报道 记者 张三 北京报道\n11月以来，多地密集出台楼市新政。\n")
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "北京" and doc.meta.agency == "21世纪经济报道"
    doc = build("广东发布冬季森林防火令\n南方+记者 张三 通讯员 李四\n11月24日，广东省森林防火指挥部发布冬季森林防火令。\n")
    assert doc.meta.agency == "南方日报" and doc.meta.reporters == ("张三", "李四")


def test_a_papers_channel_before_xun_is_a_bureau_not_a_place() -> None:
    found = match_dateline("新京报贝壳财经讯（记者 张三）11月24日，某银行宣布下调存款利率。")
    assert found is not None and found.bureau == "贝壳财经" and found.place is None and found.reporters == ("张三",)
    found = match_dateline("本报上海消息，今天上午，某活动举行。")
    assert found is not None and found.place == "上海"


def test_weibo_topic_hash_marks_leave_the_derived_title() -> None:
    doc = build("【#某地发生3.5级地震#】中国地震台网正式测定：11月24日10时12分在某地发生3.5级地震。\n")
    assert doc.meta.title == "某地发生3.5级地震" and doc.meta.title_derived


def test_contributor_line_under_the_byline_names_a_reporter() -> None:
    # 极目新闻: 极目新闻记者 张三 / 通讯员 李四 on two lines
    doc = build("武汉长江大桥迎来新一轮检修\n极目新闻记者 张三\n通讯员 李四\n11月24日，武汉长江大桥开始新一轮检修。\n")
    assert doc.meta.reporters == ("张三", "李四") and "通讯员 李四" in doc.meta.header_raw
    assert not doc.blocks_of("editor_line")


def test_netease_editor_code_glued_with_an_underscore() -> None:
    doc = build("某车企发布新款电动车\n11月24日，某车企发布新款电动车，售价20万元起。\n责任编辑：李四_NE0011\n")
    assert doc.meta.editors == ("李四",)


def test_closing_bracketed_agency_names_the_source() -> None:
    doc = build("我国成功发射遥感卫星\n11月24日，我国在酒泉卫星发射中心成功发射遥感卫星。\n（据新华社）\n")
    assert doc.meta.agency == "新华社" and "（据新华社）" in doc.meta.header_raw and len(body(doc)) == 1
    # a dateline's agency still wins
    doc = build("台積電法說會\n聯合報／記者張三／新竹即時報導\n台積電今天舉行法說會。\n（中央社）\n")
    assert doc.meta.agency == "聯合報"


def test_sina_flash_with_a_date_keyword_line_and_feedback_button() -> None:
    doc = build("国际油价大幅下跌\n新浪财经讯 11月24日消息，国际油价周一大幅下跌。\n文章关键词： 油价 原油\n我要反馈\n")
    assert doc.meta.dateline is not None and doc.meta.dateline.date == "11月24日"
    assert body(doc) == ["国际油价周一大幅下跌。"]
    assert doc.meta.keywords == ("油价", "原油") and "我要反馈" in doc.meta.furniture_raw
    hinted = build("国际油价大幅下跌\n国际油价周一大幅下跌，布伦特原油跌超3%。\n关键词：油价\n", Hints(keywords=("原油",)))
    assert hinted.meta.keywords == ("原油",)  # the container's keywords win


def test_interview_questions_are_not_subheadings() -> None:
    doc = build("专访某院士\n本报记者 张三\n近日，本报记者专访了某院士，请他谈谈科技创新。\n记者：您如何看待当前的科技创新形势？\n"
                "某院士：当前我国科技创新取得了长足进步，但在一些关键领域仍存在短板。\n")
    assert not doc.blocks_of("heading") and "记者：您如何看待当前的科技创新形势？" in body(doc)


def test_wechat_follow_and_zaikan_prompts_are_furniture() -> None:
    doc = build("年轻人为何爱上City Walk\n点击上方蓝字关注我们\n最近，City Walk在年轻人中流行起来，越来越多的人用脚步丈量城市。\n"
                "点个“在看”，分享给更多人\n")
    assert "点击上方蓝字关注我们" in doc.meta.furniture_raw and "点个“在看”，分享给更多人" in doc.meta.furniture_raw
    kept = "记者点击进入该平台后发现，页面要求用户先关注公众号才能查看价格。"
    assert body(build(f"标题一则\n{kept}\n")) == [kept]


def test_daoyu_is_an_editor_note_and_the_dateline_still_opens_the_lead() -> None:
    doc = build("十大科技新闻揭晓\n导语：11月24日，2026年度十大科技新闻揭晓。\n本报讯（记者 张三）11月24日，某机构评选的十大科技新闻揭晓。\n")
    assert doc.blocks_of("editor_note") and doc.meta.reporters == ("张三",) and doc.meta.dateline is not None


def test_byline_closed_by_words_and_pictures_and_a_commentary_signature() -> None:
    doc = build("秋日胡杨林\n11月24日，游客在内蒙古额济纳旗胡杨林景区游览。\n本报记者 张三 文/图\n")
    assert doc.meta.reporters == ("张三",) and doc.meta.photographers == ("张三",)
    doc = build("以钉钉子精神抓好落实\n人民日报评论员\n落实是一种能力，更是一种担当，只有以钉钉子精神抓落实才能把蓝图变为现实。\n")
    assert doc.meta.agency == "人民日报" and "人民日报评论员" in doc.meta.header_raw


def test_taiwanese_photo_credits_with_the_tu_label() -> None:
    # 聯合報 / 自由時報 / ETtoday: 圖／記者陳小明攝 · （圖／記者陳小明攝） · 圖／柯姓網友提供 · 照片來源：中央社
    doc = build(
        "颱風過境北部豪雨\n"
        "中央氣象局今天表示，颱風外圍環流影響，北部地區有豪雨發生的機率，民眾應注意防範。\n"
        "民眾撐傘過馬路。圖／記者陳小明攝\n"
        "台北車站前大排長龍。（圖／記者林大華攝）\n"
        "基隆河水位上漲。圖／柯姓網友提供\n"
        "氣象局呼籲民眾減少外出。照片來源：中央社\n"
        "氣象局提醒民眾注意強陣風及豪雨，並避免前往山區及海邊。\n"
    )
    captions = [block for block in doc.blocks if isinstance(block, Caption)]
    assert [caption.photographer for caption in captions] == ["陳小明", "林大華", None, None]
    assert doc.meta.photographers == ("陳小明", "林大華")
    assert body(doc)[-1].startswith("氣象局提醒")


def test_a_slash_in_a_sentence_is_no_photo_credit() -> None:
    doc = build("市府公布新制\n市府今天公布新制，每人每月補助金額將從三千元調高到五千元，受惠民眾約十萬人。\n"
                "新制上路後，每月補助三千元／人的舊制同時廢止，申請文件可至各區公所索取。\n")
    assert not [block for block in doc.blocks if isinstance(block, Caption)]


def test_a_caption_label_opens_a_caption_and_stays_out_of_its_text() -> None:
    # our own reading copies (［图片说明］…), 新民晚报-style 图说：…, 圖片說明：…
    doc = build("龙岩召开座谈会\n新华社北京1月2日电 第一段正文内容比较长，这里是正文的内容。\n"
                "［图片说明］会议现场。李南轩 摄\n图说：市民在公园赏花。\n圖片說明：民眾撐傘過馬路。\n"
                "图说明了一切问题，大家都看到了这一点。\n")
    captions = [block for block in doc.blocks if isinstance(block, Caption)]
    assert [(caption.text, caption.photographer) for caption in captions] == [
        ("会议现场。李南轩 摄", "李南轩"), ("市民在公园赏花。", None), ("民眾撐傘過馬路。", None)]
    assert body(doc)[-1].startswith("图说明了")  # a sentence, not a label


def test_a_series_label_in_tortoise_shell_brackets() -> None:
    doc = build("龙岩召开座谈会\n〔福建军民融合新年新貌系列报道之九〕\n新华社北京1月2日电 第一段正文内容比较长，这里是正文。\n")
    assert doc.meta.series is not None and (doc.meta.series.name, doc.meta.series.number) == ("福建军民融合新年新貌系列报道", 9)


def test_a_source_line_naming_the_bylines_organisation_more_fully_wins() -> None:
    """总台央视记者 under 来源：央视新闻客户端 is 央视新闻's story; a 来源 naming another
    organisation (a repost) does not displace the byline's."""
    from convertkit.model import Source
    from convertkit.readers.base import Hints, split_lines
    from convertkit.structure.build import build_document

    body = "国家防总办公室要求，各地要密切关注天气变化，加强会商研判，及时发布预警信息。"

    def agency(source_line: str) -> str | None:
        text = f"国家防总启动防汛四级应急响应\n{source_line}\n2024-07-11 09:15\n{body}\n（总台央视记者 张三 李四）\n"
        return build_document(split_lines(text), Hints(), Source()).meta.agency

    assert agency("来源：央视新闻客户端") == "央视新闻"
    assert agency("来源：人民网") == "央视"


@pytest.mark.parametrize("closing", ["每日经济新闻", "每日经济新闻\n【责任编辑：李华】"])
def test_an_outlet_signing_off_is_no_paragraph(closing: str) -> None:
    text = f"新能源车出口增长\n去年我国新能源汽车出口量继续保持快速增长，多家车企表示将加快海外布局。\n{closing}\n"
    doc = build_document(split_lines(text), Hints(), Source())
    assert doc.meta.agency == "每日经济新闻" and "每日经济新闻" in doc.meta.header_raw
    assert "每日经济新闻" not in [getattr(block, "text", "") for block in doc.blocks]


_STORY = "近日，某地举办文化交流活动，来自多个国家的嘉宾参加了活动，共同感受中华文化的魅力。"


@pytest.mark.parametrize(("credit", "agency"), [
    ("来源：人民日报海外网", "海外网"),  # 人民日报海外版's website calls itself so: the longest name wins
    ("来源：海外网", "海外网"),
    ("来源：人民日报海外版", "人民日报海外版"),  # the overseas print edition is a masthead of its own
    ("来源：人民日报", "人民日报"),
    ("来源：人民日报客户端", "人民日报"),  # an outlet's app is where its story ran, not another name
    ("来源：光明日报客户端", "光明日报"),
])
def test_the_longest_outlet_name_in_a_source_line_wins(credit: str, agency: str) -> None:
    assert build(f"某地举办文化交流活动\n{credit}\n{_STORY}\n").meta.agency == agency


@pytest.mark.parametrize(("opening", "agency"), [
    ("人民日报海外网北京11月24日电", "海外网"),
    ("人民日报海外版北京11月24日电", "人民日报海外版"),
    ("光明日报光明网北京11月24日电", "光明日报"),  # the paper and its website: the place is 北京
    ("中国日报海外版北京11月24日电", "中国日报"),
    ("人民日报健康客户端北京11月24日电", "人民日报"),
    ("中国青年报客户端北京11月24日电", "中国青年报"),
])
def test_a_website_edition_or_app_glued_to_a_papers_name_is_no_place(opening: str, agency: str) -> None:
    dateline = build(f"某地举办文化交流活动\n{opening} {_STORY}\n").meta.dateline
    assert dateline is not None and (dateline.agency, dateline.place) == (agency, "北京")
