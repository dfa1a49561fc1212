"""Taiwanese, Hong Kong, Macau and overseas Chinese-language outlets' plain-text conventions found
by probing (one probe article per outlet, written in its real conventions, as a crawler or a
copy-paste captures it): each test names the convention it guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import body_texts as body
from conftest import build_text as build
from conftest import caption_blocks as captions
from convertkit.model import Document, EditorLine, EndMark, RelatedLinks, Signature, Source
from convertkit.readers.base import Hints, split_lines
from convertkit.structure.build import build_document
from convertkit.structure.dateline import match_dateline
from convertkit.structure.timeparse import parse_datetime

# --------------------------------------------------------------------------- datelines


def test_cna_wire_in_brackets_without_a_reporter_and_its_translation_credit() -> None:
    # 中央社's foreign desk: （中央社基輔24日綜合外電報導） … （譯者：陳昱婷／核稿：陳政一）1131124
    doc = build("烏克蘭戰事　俄軍夜襲基輔能源設施\n"
                "（中央社基輔24日綜合外電報導）俄羅斯軍隊今天凌晨以飛彈和無人機大規模攻擊烏克蘭首都基輔的能源設施。\n"
                "烏克蘭能源部表示，電力公司正全力搶修。\n（譯者：陳昱婷／核稿：陳政一）1131124\n")
    assert doc.meta.agency == "中央社" and doc.meta.dateline is not None and doc.meta.dateline.place == "基輔"
    assert body(doc)[0].startswith("俄羅斯軍隊") and doc.meta.editors == ("陳政一",)
    assert isinstance(doc.blocks[-1], EditorLine) and doc.meta.published == "2024-11-24"
    found = match_dateline("（中央社台北24日電）行政院會今天通過明年度總預算案。")
    assert found is not None and (found.agency, found.place, found.date) == ("中央社", "台北", "24日")


def test_malaysian_place_and_day_flash_in_brackets() -> None:
    # 星洲日報 / 南洋商報: （吉隆坡24日訊） · 報導：X · 攝影：Y · （圖：星洲日報）
    doc = build("安華：明年財案將照顧中低收入群體\n（吉隆坡24日訊）首相拿督斯里安華今日表示，政府在明年財政預算案中，將優先照顧中低收入群體。\n"
                "安華今日出席活動時發表談話。（圖：星洲日報）\n他說，政府將繼續推行各項援助計劃。\n報導：林小明\n攝影：黃大文\n")
    assert doc.meta.dateline is not None and (doc.meta.dateline.place, doc.meta.dateline.date) == ("吉隆坡", "24日")
    assert body(doc)[0].startswith("首相") and len(captions(doc)) == 1
    assert doc.meta.reporters == ("林小明",) and doc.meta.photographers == ("黃大文",)
    found = match_dateline("（北京24日綜合電）中國外交部今日表示，歡迎各國旅客。")
    assert found is not None and found.place == "北京" and found.agency is None


def test_known_agency_in_round_brackets_opens_the_lead() -> None:
    # 德國之聲: (德國之聲中文網)德國總理… · 自由時報 reprinting the wire: 〔中央社〕… · 联合早报: （早报讯）
    doc = build("德國總理：歐盟需團結應對美國關稅\n(德國之聲中文網)德國總理朔爾茨星期日表示，面對美國可能加徵的關稅，歐盟需要團結一致。\n")
    assert doc.meta.agency == "德國之聲" and body(doc)[0].startswith("德國總理朔爾茨")  # as the text spells it
    found = match_dateline("〔中央社〕美國總統今天表示，將對進口商品加徵關稅。")
    assert found is not None and found.agency == "中央社"
    found = match_dateline("（早报讯）建屋发展局星期五公布的数据显示，组屋转售价格上涨。")
    assert found is not None and found.agency == "联合早报"


def test_bracket_flash_with_xiaoxi_and_hong_kong_baodao() -> None:
    # 澳門日報: 【本報消息】 · 點新聞: 【點新聞報道】 · 大公報: 大公報記者 張三報道：
    found = match_dateline("【澳門日報消息】特區政府昨日宣布推出新一輪電子消費優惠計劃。")
    assert found is not None and found.agency == "澳門日報" and found.region == "MO"
    found = match_dateline("【點新聞報道】香港特區政府今日宣布新措施。")
    assert found is not None and found.agency == "點新聞"
    found = match_dateline("大公報記者 張三報道：立法會昨日通過撥款。")
    assert found is not None and found.reporters == ("張三",) and found.agency == "大公報"


def test_liberty_times_foreign_desk_and_correspondent_titles() -> None:
    # 自由時報: 〔編譯陳成良／綜合報導〕 · 〔駐日特派員林翠儀／東京報導〕
    found = match_dateline("〔編譯陳成良／綜合報導〕美國總統今天表示，將對進口商品加徵關稅。")
    assert found is not None and found.reporters == ("陳成良",) and found.place is None
    found = match_dateline("〔駐日特派員林翠儀／東京報導〕日本首相今天表示，將解散眾議院。")
    assert found is not None and found.reporters == ("林翠儀",) and found.place == "東京"


def test_initium_freelancer_sent_from_a_place_and_its_photo_credit() -> None:
    # 端傳媒: 特約撰稿人 張三 發自台北 · 攝：陳小明/端傳媒
    doc = build("台灣缺蛋危機背後\n特約撰稿人 張三 發自台北\n2024-11-24\n台灣近年多次出現缺蛋危機，蛋價波動劇烈，消費者怨聲載道。\n"
                "台北一家超市的雞蛋貨架空空如也。攝：陳小明/端傳媒\n農業部表示，將穩定雞蛋供應。\n")
    assert doc.meta.reporters == ("張三",) and doc.meta.dateline is not None and doc.meta.dateline.place == "台北"
    assert doc.meta.published == "2024-11-24" and [c.photographer for c in captions(doc)] == ["陳小明"]


def test_masthead_slash_report_and_a_flash_word_is_no_place() -> None:
    # 民視: 民視新聞／李四、王五 宜蘭報導 · 中天: 中天新聞網／綜合報導 · 上報快訊／…, 新华社快讯：…
    doc = build("颱風來襲　宜蘭南澳豪雨成災\n民視新聞／李四、王五 宜蘭報導\n颱風外圍環流影響，宜蘭南澳地區今天降下豪雨，居民緊急撤離。\n")
    assert doc.meta.agency == "民視" and doc.meta.reporters == ("李四", "王五")
    assert doc.meta.dateline is not None and doc.meta.dateline.place == "宜蘭"
    found = match_dateline("中天新聞網／綜合報導")
    assert found is not None and found.agency == "中天新聞" and found.place is None
    for line in ("上報快訊／立法院今天三讀通過修正案。", "新华社快讯：我国成功发射卫星。"):
        found = match_dateline(line)
        assert found is not None and found.place is None


# --------------------------------------------------------------------------- credits and bylines


def test_commonwealth_writer_and_photographer_labels() -> None:
    # 天下雜誌: 撰文者：X　攝影者：Y, and its list label left alone at the end (更多天下雜誌報導)
    doc = build("缺工時代來臨　台灣產業如何突圍？\n撰文者：李宗祐　攝影者：楊煥世\n2024-11-24\n"
                "台灣勞動人口持續減少，多個產業面臨嚴重缺工，企業紛紛導入自動化設備因應。\n更多天下雜誌報導\n")
    assert doc.meta.reporters == ("李宗祐",) and doc.meta.photographers == ("楊煥世",)
    assert doc.meta.published == "2024-11-24" and "更多天下雜誌報導" in doc.meta.furniture_raw


def test_masthead_and_writer_without_a_date_and_a_translator_byline() -> None:
    # 風傳媒: 風傳媒 林小明 · 鉅亨網: 鉅亨網編譯陳韋廷 2024-11-24 14:05
    doc = build("朱立倫：國民黨將提名最強人選\n風傳媒 林小明\n2024-11-24 14:05\n國民黨主席朱立倫今（24）日表示，國民黨將提名最強人選。\n")
    assert doc.meta.agency == "風傳媒" and doc.meta.reporters == ("林小明",) and doc.meta.published == "2024-11-24T14:05"
    doc = build("美股收高　道瓊上漲200點\n鉅亨網編譯陳韋廷 2024-11-24 14:05\n美股週五收高，道瓊工業指數上漲200點，再創歷史新高。\n")
    assert doc.meta.agency == "鉅亨網" and doc.meta.reporters == ("陳韋廷",) and doc.meta.published == "2024-11-24T14:05"


def test_new_york_times_chinese_byline_translation_credit_and_english_photo_credit() -> None:
    # 紐約時報中文網: MATT PHILLIPS 2024年11月24日 · 翻譯：紐約時報中文網 · …。 X for The New York Times
    doc = build("美國大選後的華爾街\nMATT PHILLIPS 2024年11月24日\n美國大選結束後，華爾街股市持續上漲，投資者押注新政府將推出減稅政策。\n"
                "紐約證券交易所的交易員。 Ryan Christopher Jones for The New York Times\n"
                "分析師表示，市場樂觀情緒可能持續到明年初。\n翻譯：紐約時報中文網\n")
    assert doc.meta.reporters == ("MATT PHILLIPS",) and doc.meta.published == "2024-11-24"
    assert [c.photographer for c in captions(doc)] == ["Ryan Christopher Jones"]
    assert isinstance(doc.blocks[-1], EditorLine) and not doc.blocks_of("heading")
    doc = build("標題\nBBC NEWS 2024年11月24日\n英國首相今天宣布提前大選，國會將於下週解散，各黨展開選戰。\n")
    assert doc.meta.reporters == ()


def test_hong_kong_masthead_reporting_line() -> None:
    # 星島日報: 星島日報報道 alone above the story
    doc = build("港鐵東涌綫延綫明年通車\n星島日報報道\n港鐵公司昨日宣布，東涌綫延綫工程進展順利，預計明年第三季通車。\n")
    assert doc.meta.agency == "星島日報" and body(doc)[0].startswith("港鐵公司")


# --------------------------------------------------------------------------- captions


def test_cna_photo_credit_with_the_day_it_was_taken_and_a_provided_picture() -> None:
    # 中央社: …。中央社記者王飛華攝　113年11月24日 · …。（總統府提供）
    doc = build("賴總統出席國防大學畢業典禮\n（中央社記者溫貞菱台北24日電）總統賴清德今天出席國防大學聯合畢業典禮。\n"
                "總統賴清德（前中）24日出席國防大學聯合畢業典禮。（總統府提供）\n"
                "國防部長顧立雄24日在國防大學接受媒體訪問。中央社記者王飛華攝　113年11月24日\n"
                "國防部長顧立雄也出席典禮。\n")
    assert [c.photographer for c in captions(doc)] == [None, "王飛華"] and doc.meta.photographers == ("王飛華",)
    # a text's own provenance in brackets is no picture credit
    doc = build("標題\n某某活動今天在台北舉行，吸引上千名民眾參加，現場氣氛熱烈。\n活動詳情請見官方網站。（本文由主辦單位提供）\n")
    assert not captions(doc)


def test_camera_credit_after_a_slash_makes_a_caption() -> None:
    # 聯合報: …。記者楊正海／攝影 · 世界日報: …。（記者張三／攝影）
    doc = build("北市公車票價明年調漲？\n台北市議員今天在市議會質詢時指出，雙北公車票價多年未調整，業者經營困難。\n"
                "台北市長蔣萬安今天在市議會答詢。記者楊正海／攝影\n亞當斯24日宣布加強地鐵治安。（記者張三／攝影）\n"
                "蔣萬安表示，目前並無調漲規劃。\n")
    assert [c.photographer for c in captions(doc)] == ["楊正海", "張三"]


def test_tag_before_the_photographer_in_a_bracketed_credit_and_taiwanese_file_photo_tags() -> None:
    # 風傳媒: （資料照，顏麟宇攝） · 香港01: （資料圖片／李澤彤攝） · （資料照） · （本刊資料照） · （檔案照）
    doc = build("標題\n國民黨主席朱立倫今天表示，國民黨將在地方選舉中提名最強人選。\n"
                "國民黨主席朱立倫。（資料照，顏麟宇攝）\n天文台總部。（資料圖片／李澤彤攝）\n環保局長說明方案。（資料照）\n"
                "北檢今天指揮調查局搜索。（本刊資料照）\n新山關卡今早大塞車。（檔案照）\n朱立倫也說，初選將以民調為主。\n")
    assert [c.photographer for c in captions(doc)] == ["顏麟宇", "李澤彤", None, None, None]


def test_foreign_wire_closing_a_short_caption_and_a_bare_file_picture_tag() -> None:
    # 明報 / 联合早报: …。（路透社） · （法新社档案照片） · 星島: …。資料圖片 · 信報: （信報圖片）
    doc = build("標題\n政府昨日公布新一輪消費券計劃，合資格市民每人可獲5000元電子消費券。\n"
                "各國央行相繼減息。（路透社）\n北京首都国际机场的入境旅客。（法新社档案照片）\n"
                "港鐵東涌綫延綫工程進展順利。資料圖片\n港股今早造好。（信報圖片）\n陳茂波表示，消費券有助刺激本地消費。\n")
    assert len(captions(doc)) == 4 and body(doc)[-1].startswith("陳茂波")
    long_paragraph = "美國聯準會今天宣布降息一碼，" + "市場普遍預期此舉將提振經濟，" * 5 + "股市應聲上漲。（路透社）"
    doc = build(f"標題\n{long_paragraph}\n")
    assert not captions(doc)


def test_a_pointer_opens_a_caption_but_a_run_of_pointers_is_a_list() -> None:
    # 東方日報 / ETtoday: ▲消防員在火場搜救。
    doc = build("旺角劏房火警\n旺角一幢唐樓劏房昨晨發生火警，一名老婦不治，另有三人受傷送院。\n▲消防員在火場搜救。\n消防處表示，起火原因有可疑。\n")
    assert [c.text for c in captions(doc)] == ["▲消防員在火場搜救。"]
    doc = build("標題\n今年工作重點如下，各單位應切實落實。\n▲推進重大項目建設。\n▲加快產業轉型升級。\n▲持續改善民生福祉。\n")
    assert not captions(doc)


# --------------------------------------------------------------------------- times


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024年11月24日 週日 下午2:05", "2024-11-24T14:05"),  # Yahoo奇摩新聞
        ("2024年11月24日 上午11:05", "2024-11-24T11:05"),
        ("2024年11月24日 中午12:30", "2024-11-24T12:30"),
        ("113年11月24日", "2024-11-24"),  # Minguo years
        ("民國113年11月24日", "2024-11-24"),
        ("發布日期：113-11-24", "2024-11-24"),  # a Taiwanese government page
        ("發表時間： 24/11/2024 - 14:05", "2024-11-24T14:05"),  # RFI
        ("113.11.24", None),  # a version number, not a Minguo date
        ("http://example.com/20/03/2020-03-11/U71", "2020-03-11"),  # a path's day/month is no date
        ("1131124", None),
    ],
)
def test_twelve_hour_clock_minguo_years_and_day_first_dates(text: str, iso: str | None) -> None:
    assert parse_datetime(text) == iso


def test_hong_kong_time_labels_and_zaobao_slash_label() -> None:
    # 香港01: 出版：… 更新：… · 联合早报: 发布/2024年11月24日 14:05 · 法廣 alone
    doc = build("天文台：今晚改發三號強風信號\n撰文：周小明\n出版：2024-11-24 14:05\n更新：2024-11-24 15:20\n"
                "天文台表示，颱風正逐漸靠近香港，將於今晚10時前改發三號強風信號。\n")
    assert doc.meta.published == "2024-11-24T14:05" and body(doc)[0].startswith("天文台表示")
    doc = build("中国宣布对多国扩大免签政策\n发布/2024年11月24日 14:05\n（北京综合讯）中国外交部星期五宣布，对九国试行免签政策。\n")
    assert doc.meta.published == "2024-11-24T14:05" and len(body(doc)) == 1
    doc = build("法國總統訪華\n法廣\n發表時間： 24/11/2024 - 14:05\n法國總統馬克龍星期日抵達北京，展開為期三天的國事訪問。\n")
    assert doc.meta.agency == "法廣" and doc.meta.published == "2024-11-24T14:05"


# --------------------------------------------------------------------------- furniture and lists


def test_newsletter_line_and_promotion_prompts_are_furniture_and_end_a_link_list() -> None:
    # 聯合報: 訂閱《聯合報》電子報 · 加入udn LINE好友 · 自由時報's APP promotion and copyright line
    doc = build("北市公車票價明年調漲？\n台北市議員今天在市議會質詢時指出，雙北公車票價多年未調整。\n延伸閱讀\n"
                "．新北公車司機缺工　業者：招募困難\n訂閱《聯合報》電子報\n加入udn LINE好友\n")
    links = [block for block in doc.blocks if isinstance(block, RelatedLinks)]
    assert len(links) == 1 and len(links[0].items) == 1
    assert doc.meta.furniture_raw == ("訂閱《聯合報》電子報", "加入udn LINE好友")
    doc = build("北市垃圾費擬明年調漲\n〔記者蔡亞樺／台北報導〕台北市環保局今天宣布，專用垃圾袋價格將於明年起調漲。\n"
                "不用抽 不用搶 現在用APP看新聞 保證天天中獎　點我下載APP　按我看活動辦法\n"
                "自由時報版權所有不得轉載© 2024 The Liberty Times. All Rights Reserved.\n")
    assert len(doc.meta.furniture_raw) == 2 and doc.meta.agency == "自由時報"


def test_magazine_subscription_prompt_and_a_copyright_owner_naming_the_paper() -> None:
    # 鏡週刊: 更多內容，歡迎鏡週刊紙本雜誌、…訂閱…。 · 世界日報版權所有・未經授權不得轉載 · 版權所有人 in a sentence
    doc = build("標題\n台北地檢署今天指揮調查局搜索某科技大廠高層住處，約談多名相關人士到案說明。\n"
                "更多內容，歡迎鏡週刊紙本雜誌、鏡週刊數位訂閱、了解內容授權資訊。\n")
    assert len(doc.meta.furniture_raw) == 1 and len(body(doc)) == 1
    doc = build("紐約市長宣布加強地鐵治安\n記者張三／紐約報導\n紐約市長亞當斯24日宣布，將增派1000名警員進駐地鐵站。\n"
                "世界日報版權所有・未經授權不得轉載\n")
    assert doc.meta.agency == "世界日報" and doc.meta.furniture_raw == ("世界日報版權所有・未經授權不得轉載",)
    doc = build("標題\n法院認定，該曲版權所有人不得禁止他人合理使用。\n")
    assert not doc.meta.furniture_raw


def test_tv_hashtags_are_keywords_and_reminders_and_promotions_are_furniture() -> None:
    # TVBS: #寒流 #低溫 · 《TVBS》提醒您：… · ETtoday: ►點我看更多財經新聞 · ★ 版權所有 ETtoday新聞雲 ★
    doc = build("寒流來襲\n中央氣象署今（24）日表示，強烈大陸冷氣團週一南下，週二清晨最冷，北部低溫下探12度。\n"
                "#寒流 #低溫 #氣象署\n《TVBS》提醒您：因應新冠肺炎疫情，疾管署持續加強疫情監測與邊境管制措施。\n"
                "►點我看更多財經新聞\n★ 版權所有 ETtoday新聞雲 ★\n【警語】飲酒過量，有害健康\n")
    assert doc.meta.keywords == ("寒流", "低溫", "氣象署") and len(body(doc)) == 1
    assert len(doc.meta.furniture_raw) == 4
    doc = build("標題\n#某地发生3.5级地震# 据中国地震台网正式测定，今天某地发生3.5级地震，震源深度10千米。\n")
    assert doc.meta.keywords == ()


def test_outlet_more_reports_label_and_hong_kong_related_label_open_a_link_list() -> None:
    # 三立: 更多三立新聞網報導 · 明報: [相關報道]
    for label in ("更多三立新聞網報導", "[相關報道]"):
        doc = build(f"標題\n台中逢甲夜市近日傳出多家攤商同時調漲價格，引發消費者不滿。\n{label}\n逢甲夜市周邊停車位不足　市府將增設停車場\n")
        links = [block for block in doc.blocks if isinstance(block, RelatedLinks)]
        assert len(links) == 1 and links[0].items[0].title.startswith("逢甲夜市")


# --------------------------------------------------------------------------- agency spelling


def test_a_traditional_text_keeps_its_own_spelling_of_the_agency() -> None:
    # 大公報/文匯報 carry 新華社 wires; 本報訊 is "this paper": a Traditional masthead must not say 新华社 or 本报
    doc = build("國務院召開常務會議　部署穩經濟措施\n"
                "新華社北京11月24日電　國務院總理今天主持召開國務院常務會議，部署進一步穩經濟的措施。\n"
                "會議指出，要加大宏觀政策調節力度。\n")
    assert doc.meta.language == "zh-Hant"
    assert doc.meta.agency == "新華社" and doc.meta.dateline is not None and doc.meta.dateline.agency == "新華社"
    doc = build("本港十一月零售額回升\n【本報訊】記者張三報道：政府統計處今日公布，十一月零售業總銷貨價值按年上升。\n"
                "業界認為，旅客消費回暖。\n")
    assert doc.meta.agency == "本報" and doc.meta.reporters == ("張三",)
    # a longer name (中國新聞網) is filed under its short one, shown in the text's script: 中新網
    doc = build("國務院召開常務會議\n中國新聞網北京11月24日電　國務院總理今天主持召開國務院常務會議。\n"
                "會議指出，要加大宏觀政策調節力度。\n")
    assert doc.meta.agency == "中新網"
    # and the other way round: a Taiwan paper quoted by a simplified text
    doc = build("台湾地区选举结果揭晓\n联合报台北11月24日讯　台湾地区选举结果今日揭晓。\n据了解，投票率约六成。\n")
    assert doc.meta.language == "zh-Hans" and doc.meta.agency == "联合报"
    # a name the text wrote is never swapped for a twin (法治日报 is also 法治日報, and 治 is in both scripts)
    doc = build("法治新聞\n法治日报北京11月24日訊　國務院總理今天主持召開常務會議。\n會議指出，要依法治國。\n")
    assert doc.meta.agency == "法治日报"


def test_singapore_and_malaysian_papers_tag_their_region() -> None:
    # 联合早报 and 星洲日报 print simplified characters: zh-SG and zh-MY, not zh-CN
    doc = build("组屋转售价格连续上涨\n（早报讯）建屋发展局星期五公布的数据显示，组屋转售价格上涨。\n业者认为，需求依然强劲。\n")
    assert (doc.meta.agency, doc.meta.region, doc.meta.language_tag) == ("联合早报", "SG", "zh-SG")
    doc = build("首相：明年财案将照顾中低收入群体\n星洲日报吉隆坡24日讯　首相安华今日表示，政府将优先照顾中低收入群体。\n他说，政府将继续推行援助计划。\n")
    assert (doc.meta.agency, doc.meta.region, doc.meta.language_tag) == ("星洲日报", "MY", "zh-MY")
    # a mainland wire filed from Singapore is still a mainland story
    doc = build("中新两国举行会谈\n新华社新加坡11月24日电　中国和新加坡今天举行会谈。\n双方同意深化合作。\n")
    assert doc.meta.language_tag == "zh-CN"


def test_a_subheading_glued_before_the_dateline_stays_a_heading() -> None:
    # 自由時報 crawler records: " 公開標榜新片一週就到貨〔記者何宗翰／台中報導〕保二總隊…" on one line
    doc = build("神盾級AV女優「盜」處有 日商跨海告\n"
                "公開標榜新片一週就到貨〔記者何宗翰／台中報導〕保二總隊刑大偵二隊日前接獲日本協會提告，指台中市有店家販售盜拷光碟。\n")
    assert [block.kind for block in doc.blocks] == ["heading", "lead"]
    assert doc.blocks[0].text == "公開標榜新片一週就到貨" and doc.blocks[1].text.startswith("保二總隊")
    assert doc.meta.reporters == ("何宗翰",) and doc.meta.dateline is not None and doc.meta.dateline.place == "台中"
    # a subheading of a speaker's words, two phrases set apart by a space (柯：不急著12區都上 扶植產業)
    doc = build("北市推口罩販賣機\n柯：不急著12區都上 扶植產業〔記者沈佩瑤／台北報導〕目前各地藥局仍有不少排隊買口罩民眾，"
                "台北市政府日前推出口罩販賣機。\n")
    assert [block.kind for block in doc.blocks] == ["heading", "lead"]
    assert doc.blocks[0].text == "柯：不急著12區都上 扶植產業" and doc.blocks[1].text.startswith("目前")
    # markup before the credit (a record read as text) is no heading: it stays with the lead as before
    doc = build('北市推口罩販賣機\n"content": "〔記者沈佩瑤／台北報導〕目前各地藥局仍有不少排隊買口罩民眾，台北市政府日前推出口罩販賣機。\n')
    assert [block.kind for block in doc.blocks] == ["lead"]


@pytest.mark.parametrize("post", ["BBC中文记者", "BBC中文記者，台北", "本报特约评论员"])
def test_the_writers_post_under_the_name_is_no_paragraph(post: str) -> None:
    body = "台灣離岸風電建設進度落後，引發外界對能源轉型目標的質疑，原定的併網容量只達成約七成。"
    doc = build_document(split_lines(f"台灣能源轉型進度落後\n李華\n{post}\n{body}\n"), Hints(), Source())
    assert doc.meta.reporters == ("李華",) and post in doc.meta.header_raw
    assert [block.kind for block in doc.blocks] == ["lead"]
    alone = build_document(split_lines(f"台灣能源轉型進度落後\n{post}\n{body}\n"), Hints(), Source())
    assert alone.meta.reporters == ()  # no name above it: not taken for anyone's post


def test_bbcs_labelled_writer_card_names_the_writer_and_the_outlet() -> None:
    story = "台灣離岸風電建設進度落後，引發外界對能源轉型目標的質疑，原定的併網容量只達成約七成。"
    for card in ("作者，李華\n职务，BBC中文记者", "作者, 李華 (Li Hua)\n職務，BBC中文記者"):
        doc = build(f"台灣能源轉型進度落後\n{card}\n{story}\n")
        assert doc.meta.reporters == ("李華",) and doc.meta.agency == "BBC中文"
        assert body(doc) == [story]


@pytest.mark.parametrize(("line", "agency", "reporters", "place"), [
    ("BBC 中文 李華 发自 伦敦", "BBC中文", ("李華",), "伦敦"),
    ("BBC中文 李華 伦敦报道", "BBC中文", ("李華",), "伦敦"),
    ("日经中文网 李華 东京报道", "日经中文网", ("李華",), "东京"),
    # a Japanese correspondent's name, which no surname list knows, after the masthead
    ("日经中文网 中村裕 东京报道", "日经中文网", ("中村裕",), "东京"),
    ("日本经济新闻（中文版：日经中文网）中村裕 山田周平 北京报道", "日经中文网", ("中村裕", "山田周平"), "北京"),
])
def test_a_masthead_its_writers_and_where_they_filed_from_without_the_word_reporter(
        line: str, agency: str, reporters: tuple[str, ...], place: str) -> None:
    story = "某国央行周四宣布维持利率不变，市场此前普遍预期这一结果，股市小幅上涨。"
    for text in (f"某国央行维持利率不变\n{line}\n{story}\n", f"某国央行维持利率不变\n{line} {story}\n"):
        doc = build(text)
        assert (doc.meta.agency, doc.meta.reporters) == (agency, reporters), text
        assert doc.meta.dateline is not None and doc.meta.dateline.place == place
        assert body(doc) == [story]
    # a common word between the masthead and the place names no one
    doc = build(f"某国央行维持利率不变\n新京报 近日 北京报道\n{story}\n")
    assert doc.meta.reporters == ()


def test_a_boxed_podcast_promotion_is_furniture_and_the_subheading_after_it_a_heading() -> None:
    """BBC中文 boxes a podcast promotion into the story (推荐播客 / BBC中文播客，每周更新 / 节目完);
    the story resumes after 节目完, often with a subheading."""
    from convertkit.model import Heading

    story = "世界气象组织发布的报告显示，参考冰川的平均厚度在一年内减少了一米多。"
    doc = build(f"冰川融化创纪录\n科学家说，去年全球冰川融化的速度是有记录以来最快的。\n{story}\n推荐播客\n"
                f"BBC中文播客，每周更新\n节目完\n海平面上升加速\n{story}\n")
    assert doc.meta.furniture_raw == ("推荐播客", "BBC中文播客，每周更新", "节目完")
    assert [block.kind for block in doc.blocks] == ["lead", "paragraph", "heading", "paragraph"]
    assert [block.text for block in doc.blocks if isinstance(block, Heading)] == ["海平面上升加速"]
    # the label without its close is a line of the story
    doc = build(f"冰川融化创纪录\n科学家说，去年全球冰川融化的速度是有记录以来最快的。\n推荐播客\n{story}\n")
    assert "推荐播客" not in doc.meta.furniture_raw


# --------------------------------------------------------------------------- closing stamps and sign-offs

_HKTW = Path(__file__).parent / "fixtures" / "unseen_hktw"


def _fixture(name: str) -> Document:
    return build((_HKTW / name).read_text(encoding="utf-8"))


def test_hong_kong_government_release_closes_with_its_stamp_below_the_end_mark() -> None:
    # 香港政府新聞公報: …完 / 2024年3月12日（星期二） / 香港時間16時30分
    doc = _fixture("hk_gov_press.txt")
    assert isinstance(doc.blocks[-1], EndMark) and doc.blocks[-1].text == "完"
    assert doc.meta.published == "2024-03-12T16:30"
    assert doc.meta.header_raw[-2:] == ("2024年3月12日（星期二）", "香港時間16時30分")


@pytest.mark.parametrize(("name", "agency", "published"), [
    ("nanyang.txt", "南洋商报", "2024-03-12"),           # 南洋商报 / 2024年3月12日 / 延伸阅读
    ("chinapress.txt", "中国报", "2024-03-12T17:45"),    # 中国报 / 2024-03-12 17:45
    ("ftv.txt", "民視", "2024-03-12T11:20"),             # 民視新聞網 / 2024/03/12 11:20
    ("uschinapress.txt", "侨报", "2024-03-12T07:35"),    # 侨报网 alone at the end
    ("nownews.txt", "今日新聞", "2024-03-12T09:42"),     # NOWnews今日新聞 alone at the end
])
def test_outlet_signing_off_with_its_date_below_the_story(name: str, agency: str, published: str) -> None:
    doc = _fixture(name)
    assert doc.meta.agency == agency and doc.meta.published == published
    assert not any(isinstance(block, Signature) for block in doc.blocks)
    assert all(len(text) > 16 for text in body(doc))  # neither the name nor the date left in the body


@pytest.mark.parametrize(("name", "agency", "published"), [
    ("setn.txt", "三立新聞", "2024-03-12T06:18"),  # 三立新聞網 setn.com above the byline and the time
    ("oncc.txt", "東網", "2024-03-12T05:48"),      # 東網即時新聞 above the time
])
def test_masthead_with_its_web_address_or_channel_under_the_headline(name: str, agency: str, published: str) -> None:
    doc = _fixture(name)
    assert doc.meta.agency == agency and doc.meta.published == published
    assert body(doc)[0].startswith(("中央氣象署", "旺角"))


@pytest.mark.parametrize(("line", "agency", "reporter"), [
    ("上報快訊／記者吳柏緯台北報導", "上報", "吳柏緯"),
    ("上報快訊／記者吳柏緯／台北報導", "上報", "吳柏緯"),
    ("記者吳柏緯台北報導", None, "吳柏緯"),
])
def test_an_outlets_desk_and_a_reporter_glued_to_the_place(line: str, agency: str | None, reporter: str) -> None:
    found = match_dateline(line)
    assert found is not None and found.end == len(line)
    assert (found.agency, found.place, found.reporters) == (agency, "台北", (reporter,))
    assert match_dateline("記者會今天下午在台北報導相關情況") is None  # no name before a known place: text


def test_a_bracketed_credit_with_the_reporter_glued_to_the_place() -> None:
    found = match_dateline("【欧洲时报记者王晓明巴黎报道】法国政府宣布新的移民政策。")
    assert found is not None and (found.agency, found.place, found.reporters) == ("欧洲时报", "巴黎", ("王晓明",))


@pytest.mark.parametrize(("label", "shown"), [("【更多新聞】", "更多新聞"), ("〔相關新聞〕", "相關新聞")])
def test_taiwanese_related_news_labels(label: str, shown: str) -> None:
    body = "中央氣象署表示，今晨發生規模5.8地震，台鐵與高鐵表示列車行駛正常，各地暫無災情傳出。"
    doc = build_document(split_lines(f"花蓮外海地震 全台有感\n{body}\n{label}\n●台南今晨也有感地震 民眾驚醒\n"), Hints(), Source())
    links = doc.blocks[-1]
    assert isinstance(links, RelatedLinks) and links.label == shown
    assert [item.title for item in links.items] == ["台南今晨也有感地震 民眾驚醒"]


def test_a_government_release_names_its_issuer() -> None:
    text = ("行政院會通過產業創新條例部分條文修正草案\n發布日期：113-03-12\n發布單位：行政院新聞傳播處\n"
            "行政院會今（12）日通過經濟部擬具的產業創新條例部分條文修正草案，將函請立法院審議。\n")
    doc = build_document(split_lines(text), Hints(), Source())
    assert (doc.meta.agency, doc.meta.published) == ("行政院新聞傳播處", "2024-03-12")
    assert [block.kind for block in doc.blocks] == ["lead"]


def test_a_hong_kong_surname_in_a_glued_photo_credit() -> None:
    """麥 (麦, common in Guangdong and Hong Kong) is a surname: 大公報記者麥潤田攝 credits a photographer."""
    from convertkit.structure.captions import photographer_of

    assert photographer_of("■沙田新盤昨日公布首張價單。 大公報記者麥潤田攝") == ("麥潤田",)
    assert photographer_of("图为麦田里的收割机。记者麦小明 摄") == ("麦小明",)


@pytest.mark.parametrize(("opener", "place"), [("本港訊", "香港"), ("本澳訊", "澳門"), ("本港讯", "香港")])
def test_a_home_territory_flash_is_this_papers_dateline(opener: str, place: str) -> None:
    doc = build(f"某區舉行社區活動\n{opener}（記者陳大文）某區昨日舉行社區活動，吸引逾千名市民參加，氣氛熱烈。\n活動由區議會主辦，為期兩日。\n")
    assert doc.meta.dateline is not None and doc.meta.dateline.place == place and doc.meta.dateline.agency == "本報"
    assert doc.meta.reporters == ("陳大文",) and doc.blocks[0].text.startswith("某區昨日舉行社區活動")


def test_home_territory_information_is_no_flash() -> None:
    doc = build("本港經濟\n本港經濟今年首季增長2.7%，政府表示會繼續密切留意外圍環境。\n本港訊息科技業發展迅速，業界人士樂觀。\n")
    assert doc.meta.dateline is None and "本港訊息科技業發展迅速，業界人士樂觀。" in [block.text for block in doc.blocks]


_TW_LEAD = "某市消費季活動今天啟動，現場人氣很旺，主辦單位表示今年規模更勝往年。"


@pytest.mark.parametrize(("opener", "reporters", "place"), [
    ("（記者張三／高雄報導）", ("張三",), "高雄"),
    ("(記者張三/高雄報導)", ("張三",), "高雄"),
    ("（記者張三、李四／台北報導）", ("張三", "李四"), "台北"),
    ("（記者張三／綜合報導）", ("張三",), None),
])
def test_a_taiwanese_reporters_credit_in_round_brackets_opens_the_lead(
        opener: str, reporters: tuple[str, ...], place: str | None) -> None:
    doc = build(f"某市消費季活動啟動\n{opener}{_TW_LEAD}\n活動持續到年底。\n")
    assert doc.meta.reporters == reporters and body(doc)[0] == _TW_LEAD
    assert doc.meta.dateline is not None and doc.meta.dateline.place == place


def test_a_writer_who_photographed_too_and_the_pictures_maker_under_the_writer() -> None:
    doc = build(f"某市消費季活動啟動\n文・攝影／張三\n{_TW_LEAD}\n")
    assert doc.meta.reporters == ("張三",) and doc.meta.photographers == ("張三",) and body(doc) == [_TW_LEAD]
    doc = build(f"某市消費季活動啟動\n文／張三\n圖／李四\n{_TW_LEAD}\n")
    assert doc.meta.reporters == ("張三",) and doc.meta.photographers == ("李四",) and body(doc) == [_TW_LEAD]
    # a picture's credit naming an agency is the caption's, not a photographer
    doc = build(f"某市消費季活動啟動\n文／張三\n圖／中央社\n{_TW_LEAD}\n")
    assert doc.meta.photographers == ()


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("7 December 2026", "2026-12-07"),
        ("07 Dec 2026 08:30", "2026-12-07T08:30"),
        ("Mon, 07 Dec 2026 08:30:00 +0800", "2026-12-07T08:30+08:00"),
        ("7-Dec-2026", "2026-12-07"),
    ],
)
def test_an_english_date_written_day_first_is_read(written: str, iso: str) -> None:
    """British pages and RSS's RFC 822 dates write the day before the month's name."""
    assert parse_datetime(written) == iso
    assert parse_datetime("12 Mon 2026") is None  # no month's name: no date
