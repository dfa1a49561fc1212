"""Reading gaps found by a blind probe of article shapes the corpus does not hold: a commentary's
writer named alone over a long date-and-source line, a commentator's byline (人民网评论员 张三), a
section label over the headline, and more. Each test is a synthetic article in the real convention."""

from __future__ import annotations

from conftest import body_texts as body
from conftest import build_text as build

_STORY = "近年来，数字技术在农业农村领域广泛应用，为乡村振兴注入了新动能。\n推动数字经济与乡村振兴深度融合，要加快农村数字基础设施建设。\n"

# --------------------------------------------------------------------------- writers over the header


def test_a_name_alone_over_a_long_dated_source_line_is_the_writer():
    # 经济日报's commentary page: the writer's name alone, then the time and the source
    doc = build("数字经济为乡村振兴注入新动能\n王海峰\n2024-05-18 06:00:00 来源：经济日报\n" + _STORY)
    assert doc.meta.reporters == ("王海峰",)
    assert doc.meta.published == "2024-05-18T06:00" and doc.meta.agency == "经济日报"
    assert body(doc) == _STORY.split()
    # a line of the source alone, undated, says nothing of the name: no writer guessed from a word
    doc = build("数字经济为乡村振兴注入新动能\n周末\n2024-05-18 06:00:00 来源：经济日报\n" + _STORY)
    assert doc.meta.reporters == ()


def test_a_commentary_signed_by_an_outlets_desk_after_a_writers_label():
    # 光明网: 作者：光明网评论员 over the time and the source; the outlet signs, no one is named
    doc = build("别让“网红打卡”变成“安全打卡”\n作者：光明网评论员\n2024-07-15 05:35 来源：光明网\n" + _STORY)
    assert doc.meta.reporters == () and doc.meta.agency == "光明网"
    assert doc.meta.published == "2024-07-15T05:35"
    assert body(doc) == _STORY.split()


# --------------------------------------------------------------------------- a section over the headline

_MY_STORY = "柔佛州水灾情况恶化，截至今日早上8时，灾民人数增至5000人，分别安置在50个疏散中心。\n州政府表示，已拨款协助灾民。\n"


def test_a_sites_section_over_the_headline_is_no_headline():
    # 星洲日报's copy: masthead, section, headline, then the dateline's story
    doc = build("星洲日报\n国内\n柔佛水灾灾民增至5000人\n（新山12日讯）" + _MY_STORY)
    assert doc.meta.title == "柔佛水灾灾民增至5000人" and doc.meta.subtitle is None
    assert body(doc)[0].startswith("柔佛州水灾")
    doc = build("財經新聞\n恒指收跌312點 科指瀉2%\n港股今日低開低走，恒指收市報19,846點，跌312點。\n市場人士指，數據遜預期。\n")
    assert doc.meta.title == "恒指收跌312點 科指瀉2%"
    doc = build("新闻稿\n蓝海科技发布新一代工业机器人\n蓝海科技股份有限公司今日在上海举行新品发布会，正式发布新一代协作机器人。\n据介绍，新产品负载能力最高可达20公斤。\n")
    assert doc.meta.title == "蓝海科技发布新一代工业机器人"


def test_a_short_headline_over_its_story_stays_the_headline():
    doc = build("科技\n今年以来，人工智能服务器需求持续强劲，多家代工厂营收屡创新高，订单已经排到明年下半年。\n一位供应链主管如是说。\n")
    assert doc.meta.title == "科技"


# --------------------------------------------------------------------------- credits


def test_a_columns_and_an_operations_editor_are_editors():
    story = "记者从气象台获悉，本周末将迎来今冬首场寒潮，气温明显下降。\n气象部门提醒市民注意防寒保暖。\n"
    doc = build("今冬首场寒潮来袭\n" + story + "栏目编辑：张文\n文字编辑：李敏\n")  # 新民晚报
    assert doc.meta.editors == ("张文", "李敏") and body(doc) == story.split()
    doc = build("今冬首场寒潮来袭\n" + story + "编辑：杜玮\n运营编辑：肖冉\n")  # 中国新闻周刊
    assert doc.meta.editors == ("杜玮", "肖冉") and body(doc) == story.split()


_HUTONG = "在东城区一条胡同口，修鞋、配钥匙、修自行车的小摊又摆了起来。\n“这些便民服务离不开。”家住附近的赵大爷说。\n"


def test_a_pages_byline_is_the_writer_and_the_photographer():
    # 北京青年报: the page's credit, 本版 before the writer's and the photographer's labels
    doc = build("胡同里的小摊回来了\n本版文/本报记者 刘宁 图/本报记者 王浩\n" + _HUTONG)
    assert doc.meta.reporters == ("刘宁",) and doc.meta.photographers == ("王浩",)
    assert body(doc) == _HUTONG.split() and not any(block.kind == "caption" for block in doc.blocks)


def test_this_articles_writer_label():
    doc = build("胡同里的小摊回来了\n本文作者：李梦\n" + _HUTONG)  # 中国新闻周刊's site
    assert doc.meta.reporters == ("李梦",) and body(doc) == _HUTONG.split()
    doc = build("胡同里的小摊回来了\n文章作者：李梦 王可\n" + _HUTONG)
    assert doc.meta.reporters == ("李梦", "王可")


# --------------------------------------------------------------------------- furniture


def test_a_papers_call_for_tips_is_furniture():
    story = "9月4日晚，某小区一部电梯突发故障，5名居民被困。\n消防救援人员迅速赶到现场，被困人员全部安全脱困。\n"
    for call in ("【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。报料微信关注：abcdsb，报料QQ：12345678】",
                 "想爆料？请登录某某晚报APP“情报站”，全省600多位记者在线等你来报料！"):
        doc = build("小区电梯故障困住5人\n" + story + call + "\n")
        assert body(doc) == story.split() and call in doc.meta.furniture_raw
    # the story's own appeal for witnesses stays
    appeal = "如果您有相关线索，请及时与警方联系。"
    assert appeal in body(build("小区电梯故障困住5人\n" + story + appeal + "\n"))


def test_a_financial_sites_disclaimer_under_its_heading_is_furniture():
    story = "美联储周四宣布将联邦基金利率目标区间下调25个基点，符合市场预期。\n鲍威尔在新闻发布会上表示，美联储不急于降息。\n"
    disclaimer = ("市场有风险，投资需谨慎。本文不构成个人投资建议，也未考虑到个别用户特殊的投资目标、财务状况或需要。"
                  "用户应考虑本文中的任何意见、观点或结论是否符合其特定状况。据此投资，责任自负。")
    doc = build("美联储如期降息25个基点\n" + story + "风险提示及免责条款\n" + disclaimer + "\n")
    assert body(doc) == story.split() and not any(block.kind == "heading" for block in doc.blocks)
    said = "分析人士提醒，市场有风险，投资需谨慎，普通投资者不要盲目跟风，也不要轻信所谓的内幕消息。"
    assert said in body(build("美联储如期降息25个基点\n" + story + said + "\n"))


def test_a_bylines_editors_may_sign_with_pen_names():
    # 自由亚洲电台: 记者 then the editors' desk names, which no surname opens
    doc = build("胡同里的小摊回来了\n2024.10.08\n记者：何平 责编：嘉远 网编：瑞哲\n" + _HUTONG)
    assert doc.meta.reporters == ("何平",) and doc.meta.editors == ("嘉远", "瑞哲")
    assert body(doc) == _HUTONG.split()


def test_a_masthead_a_slash_the_writer_and_the_time():
    # 風傳媒's info line: 風傳媒 / 林子涵 2024-12-05 10:12
    story = "氣象署今日表示，今年首波寒流將於周末抵達，北部地區最低溫可能跌破10度。\n專家表示，這波冷空氣強度足以達到寒流等級。\n"
    doc = build("寒流來襲！周末最低溫跌破10度\n風傳媒 / 林子涵 2024-12-05 10:12\n" + story)
    assert doc.meta.reporters == ("林子涵",) and doc.meta.published == "2024-12-05T10:12"
    assert doc.meta.agency == "風傳媒" and body(doc) == story.split()


def test_an_issue_line_among_the_header_lines_is_no_paragraph():
    story = "在云南某县，一门传承了数百年的扎染技艺，正在经历一场变化。\n当地非遗传承人杨秀芬今年52岁。\n"
    doc = build("一座县城的“非遗突围”\n本文作者：李梦\n发于2024.3.18总第1132期《中国新闻周刊》\n" + story)
    assert body(doc) == story.split() and doc.meta.published == "2024-03-18"
    assert "发于2024.3.18总第1132期《中国新闻周刊》" in doc.meta.header_raw
    doc = build("一座县城的“非遗突围”\n" + story + "发于2024.3.18总第1132期《中国新闻周刊》\n")
    assert body(doc) == story.split()  # closing the story it is the story's credit line (gaps7)
    assert [block.text for block in doc.blocks if block.kind == "editor_line"] == ["发于2024.3.18总第1132期《中国新闻周刊》"]


def test_a_pages_text_size_switch_and_tool_bars_are_furniture():
    story = "党的十八大以来，以人民为中心的发展思想深入人心。\n以人民为中心的发展思想，体现了党的根本宗旨。\n"
    doc = build("坚持以人民为中心的发展思想\n来源：《求是》2024/17 2024-09-01 09:00:00\n字号：默认 大 超大\n|\n打印\n|\n" + story)
    assert body(doc) == story.split()
    assert {"字号：默认 大 超大", "|"} <= set(doc.meta.furniture_raw)


def test_a_party_media_platforms_note_is_furniture():
    story = "我国首座深远海浮式风电平台22日在广东海域并网发电。\n该平台年发电量可满足约3万户家庭用电需求。\n"
    note = "本文来自【某某网】，仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。"
    doc = build("深远海浮式风电平台并网发电\n" + story + note + "\n")
    assert body(doc) == story.split() and note in doc.meta.furniture_raw


def test_a_papers_page_closing_the_story_without_title_marks_dates_it():
    story = "行政長官昨日在立法會發表施政報告，提出多項措施推動北部都會區發展。\n報告提出，政府將成立專責小組。\n"
    doc = build("港府公布施政報告\n" + story + "（大公報 2024-10-17 A4版）\n")
    assert doc.meta.published == "2024-10-17" and doc.meta.agency == "大公報"
    doc = build("港府公布施政報告\n" + story + "（某某 2024-10-17 A4版）\n")  # no paper we know: no date taken
    assert doc.meta.published is None


# --------------------------------------------------------------------------- interviews


def test_an_interviews_outlet_asks_in_its_own_name():
    doc = build("专访李建国：新能源汽车下半场拼什么？\n2024-08-20 09:15 来源：经济观察网\n"
                "经济观察报：您如何看待当前新能源汽车行业的竞争格局？\n李建国：我认为，行业已经从增量竞争进入存量竞争阶段。\n"
                "经济观察报：企业应该如何应对？\n李建国：关键是技术创新和成本控制，同时要加快出海步伐。\n")
    turns = [block for block in doc.blocks if block.kind == "turn"]
    assert [turn.speaker for turn in turns] == ["经济观察报", "李建国", "经济观察报", "李建国"]
    assert not any(block.kind == "heading" for block in doc.blocks)


def test_a_roundup_of_papers_views_is_no_interview():
    doc = build("媒体观点摘编\n人民日报：稳就业要多措并举，拓宽就业渠道，提升就业质量。\n"
                "光明日报：就业是最基本的民生，要把促进就业放在优先位置。\n经济日报：要加大对中小企业的支持力度。\n")
    assert not any(block.kind == "turn" for block in doc.blocks)


# --------------------------------------------------------------------------- bilingual pages


def test_a_bilingual_pages_english_headline_writer_and_date():
    story = ("A new study shows that polar bears are spending more time on land.\n"
             "一项新研究显示，北极熊在陆地上度过的时间越来越长，觅食也越来越难。\n")
    doc = build("纽约时报中文网\n气候变化让北极熊处境更艰难\nPolar Bears Face Harder Times as Climate Changes\n"
                "约翰·史密斯\n2024年10月20日\n" + story)
    assert doc.meta.title == "气候变化让北极熊处境更艰难"
    assert doc.meta.reporters == ("约翰·史密斯",) and doc.meta.published == "2024-10-20"
    assert body(doc) == story.splitlines()
    doc = build("气候变化让北极熊处境更艰难\nPolar Bears Face Harder Times as Climate Changes\nJOHN SMITH\n2024年10月20日\n" + story)
    assert doc.meta.reporters == ("JOHN SMITH",) and body(doc) == story.splitlines()
    # an English paragraph opening a bilingual story under the headline, no header line after it, stays
    doc = build("气候变化让北极熊处境更艰难\nPolar bears are spending more time on land\n" + story)
    assert body(doc)[0] == "Polar bears are spending more time on land"


def test_a_schools_closing_credits_with_the_supplier_labelled():
    story = "9月9日上午，我校2024年新生开学典礼在体育馆隆重举行，6000余名新生参加典礼。\n校长在讲话中勉励新生志存高远、脚踏实地。\n"
    doc = build("我校举办2024年新生开学典礼\n" + story + "（供稿：党委宣传部 摄影：陈晨 编辑：周敏 审核：张海）\n")
    assert doc.meta.photographers == ("陈晨",) and doc.meta.editors == ("周敏", "张海")
    assert body(doc) == story.split()


# --------------------------------------------------------------------------- live blogs


def test_a_live_blogs_bracketed_stamps_alone_on_their_lines_are_headings():
    doc = build("亚运会倒计时100天 直播回顾\n【10:32】\n倒计时100天活动在杭州奥体中心举行。\n【10:15】\n火炬传递路线正式公布。\n"
                "【09:58】\n主持人宣布活动开始。\n")
    assert [block.text for block in doc.blocks if block.kind == "heading"] == ["10:32", "10:15", "09:58"]
    assert body(doc) == ["倒计时100天活动在杭州奥体中心举行。", "火炬传递路线正式公布。", "主持人宣布活动开始。"]


def test_a_banner_in_corner_marks_is_furniture():
    story = "新北市板橋區一處建築工地今天下午發生鷹架倒塌意外，造成兩名工人受傷。\n消防局獲報後派員到場，將傷者送醫治療。\n"
    doc = build("新北工地鷹架倒塌 2人輕傷送醫\n" + story + "◤TVBS新聞網官方Line◢\n👉加入好友\n")
    assert body(doc) == story.split() and "◤TVBS新聞網官方Line◢" in doc.meta.furniture_raw


def test_credits_glued_after_the_last_sentence_with_spaces_alone():
    story = "10月30日傍晚，一名外卖骑手路过河边时，发现一名老人落水，他毫不犹豫跳入河中施救。老人被救上岸后无大碍。"
    doc = build("骑手救下落水老人\n" + story + "编辑 王晓 校对 王菲\n")
    assert body(doc) == [story] and doc.meta.editors == ("王晓",)
    assert [block.text for block in doc.blocks if block.kind == "editor_line"] == ["编辑 王晓 校对 王菲"]
    doc = build("骑手救下落水老人\n" + story + "编辑 部分 内容\n")  # words, not names: the story's
    assert body(doc) == [story + "编辑 部分 内容"]


def test_a_reporter_who_took_the_pictures_with_no_place():
    story = "7月20日晚，四川某景区“熊猫主题”夜游项目正式开放，首晚吸引游客超过1万人次。\n景区内布置了数百盏熊猫造型花灯。\n"
    doc = build("熊猫主题夜游开放\n封面新闻记者 李雪梅 摄影报道\n" + story)
    assert doc.meta.reporters == ("李雪梅",) and doc.meta.photographers == ("李雪梅",)
    assert doc.meta.dateline is not None and doc.meta.dateline.place is None
    assert body(doc) == story.split()


# --------------------------------------------------------------------------- official notices


def test_an_appointment_notices_addressees_over_its_short_opening_clause():
    doc = build("某某市人民政府关于张三等同志职务任免的通知\n某政任〔2024〕8号\n各区县人民政府，市政府各部门：\n经市政府研究决定：\n"
                "任命张三为市发展和改革委员会副主任；\n免去王五的市财政局副局长职务。\n某某市人民政府\n2024年5月6日\n")
    assert [block.text for block in doc.blocks if block.kind == "salutation"] == ["各区县人民政府，市政府各部门："]


_OBITUARY = ("中国共产党优秀党员，某某集团原董事长刘建华同志，因病医治无效，于2024年3月12日在上海逝世，享年85岁。\n"
             "刘建华同志遗体告别仪式定于2024年3月16日上午9时举行。\n特此讣告\n")


def test_an_obituarys_funeral_committee_signs_it():
    doc = build("讣告\n" + _OBITUARY + "刘建华同志治丧小组\n2024年3月12日\n")
    assert [block.text for block in doc.blocks if block.kind == "signature"] == ["刘建华同志治丧小组", "2024年3月12日"]


def test_a_notices_word_spaced_out_is_one_word_in_the_title():
    assert build("讣  告\n" + _OBITUARY).meta.title == "讣告"
    assert build("公　告\n" + _OBITUARY).meta.title == "公告"
    assert build("春天 来了\n" + _OBITUARY).meta.title == "春天 来了"  # words, not a word spaced out


# --------------------------------------------------------------------------- print copies


def test_a_print_storys_jump_marks_are_furniture():
    story = "在河南某县的乡镇商贸中心，货架上的商品琳琅满目，前来购物的村民络绎不绝。\n“现在在镇上就能买到城里的东西。”村民说。\n"
    doc = build("县域商业体系建设提速\n本报记者 马晓明\n" + story + "（下转第三版）\n")
    assert body(doc) == story.split() and "（下转第三版）" in doc.meta.furniture_raw
    doc = build("（上接第一版）\n" + story)
    assert doc.meta.title != "（上接第一版）" and body(doc) == story.split()
    doc = build("县域商业体系建设提速\n" + story + "（转A2版）\n")
    assert body(doc) == story.split()


def test_an_editors_note_over_the_headline_and_byline():
    story = "清晨五点，28岁的张磊已经在自家的蔬菜大棚里忙碌起来。\n三年前，他辞去城里的工作，回到家乡种植有机蔬菜。\n"
    doc = build("编者按：近年来，一批年轻人选择回到乡村创业。本报今起推出系列报道，敬请关注。\n返乡青年的“新农事”\n本报记者 田野\n" + story)
    assert doc.meta.title == "返乡青年的“新农事”" and doc.meta.reporters == ("田野",)
    assert body(doc) == story.split()


# --------------------------------------------------------------------------- saved pages


def _notice_page(notice: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>某某市人民政府关于印发若干措施的通知_政策文件</title></head><body>"
            "<div class='nav'>首页 &gt; 政务公开 &gt; 政策文件</div>"
            "<table class='xxgk'><tr><td>索引号：</td><td>1133000000248/2024-00123</td><td>发布机构：</td><td>市政府办公室</td></tr>"
            "<tr><td>发文字号：</td><td>某政发〔2024〕15号</td><td>成文日期：</td><td>2024-06-15</td></tr></table>"
            "<div class='article'><h1>某某市人民政府关于印发若干措施的通知</h1>"
            "<div class='info'>发布时间：2024-06-18 16:30 来源：市政府办公室</div><div class='content'>" + notice +
            "</div><div class='jiedu'>相关解读：<a href='/j'>《若干措施》政策解读</a></div>"
            "<div class='tools'>【字体：大 中 小】【打印】【关闭】</div></div>"
            "<div class='footer'>主办：某某市人民政府办公室</div></body></html>").encode()


def test_a_governments_short_signed_notice_is_an_article():
    from convertkit.readers.html import extract_html

    sent = "<p>　　《某某市促进民营经济高质量发展若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。</p>"
    notice = ("<p>各区县人民政府，市政府各部门：</p>" + sent +
              "<p style='text-align:right'>某某市人民政府</p><p style='text-align:right'>2024年6月15日</p>"
              "<p>　　（此件公开发布）</p><p>附件：<a href='a.pdf'>某某市促进民营经济高质量发展若干措施.pdf</a></p>")
    lines = [line.text for line in extract_html(_notice_page(notice)).lines]
    assert "《某某市促进民营经济高质量发展若干措施》已经市政府同意，现印发给你们，请认真贯彻执行。" in lines
    assert "某某市人民政府" in lines


# --------------------------------------------------------------------------- outlets' apps


def test_a_papers_app_over_its_copy_is_the_paper():
    story = "国庆假期，淄博烧烤再次迎来客流高峰，全市共接待游客超过100万人次。\n不少外地游客专程前来品尝烧烤。\n"
    doc = build("齐鲁壹点\n2024-10-08 19:55\n淄博烧烤又火了！国庆假期接待游客超百万\n齐鲁晚报·齐鲁壹点 记者 李明\n" + story)
    assert doc.meta.title == "淄博烧烤又火了！国庆假期接待游客超百万" and doc.meta.agency == "齐鲁晚报"
    assert body(doc) == story.split()
    doc = build("川观新闻\n2024-10-08 19:55\n成都大运公园迎来赏秋高峰\n" + story)
    assert doc.meta.title == "成都大运公园迎来赏秋高峰" and doc.meta.agency == "川观新闻"


def test_an_outlets_own_standfirst_label_in_brackets():
    story = "8月3日，某地高速交警大队通报，一名男子驾车在高速公路上逆行约3公里，被巡逻民警当场查获。\n目前，该男子已被依法处理。\n"
    doc = build("男子高速路上逆行3公里被查\n九派新闻记者 杨帆\n【九派新闻导读】交警提醒，走错路口应继续行驶至下一出口。\n" + story)
    notes = [block for block in doc.blocks if block.kind == "editor_note"]
    assert [(note.label, note.text) for note in notes] == [("导读", "交警提醒，走错路口应继续行驶至下一出口。")]
    assert body(doc) == story.split()
    doc = build("扩大内需战略\n【内容摘要】进入新时代，坚定实施扩大内需战略是必然要求。\n" + story)  # a longer label stays whole
    assert [block.label for block in doc.blocks if block.kind == "editor_note"] == ["内容摘要"]


def test_a_credit_block_over_the_headline():
    story = "南京七旬老人张德明用相机记录城市变迁60年，近日他的老照片在网上走红。\n他从1964年开始拍照，至今已拍摄了10万余张照片。\n"
    doc = build("紫牛新闻记者 | 李伟\n编辑 | 王菲\n“爷爷的老照片”火了：他用60年记录一座城\n" + story)
    assert doc.meta.title == "“爷爷的老照片”火了：他用60年记录一座城"
    assert doc.meta.reporters == ("李伟",) and doc.meta.editors == ("王菲",)
    assert body(doc) == story.split() and not any(block.kind == "editor_line" for block in doc.blocks)


def test_a_masthead_after_its_latin_initials():
    story = "法国总理周六晚间宣布新一届内阁名单，多名新面孔入阁。\n分析人士认为，新内阁面临严峻的预算挑战。\n"
    doc = build("RFI 法国国际广播电台\n法国总理宣布新内阁名单\n发表时间： 2024/09/22 - 10:15\n" + story)
    assert doc.meta.title == "法国总理宣布新内阁名单" and doc.meta.published == "2024-09-22T10:15"
    assert body(doc) == story.split()


def test_a_print_pages_section_and_a_place_section_over_the_headline():
    story = "觀塘一幢工業大廈昨晚發生火警，消防員救出多名住客，三人吸入濃煙送院。\n消防處表示，涉事單位被分間成多個劏房。\n"
    doc = build("東方日報\nA1 要聞\n工廈劏房火警 三人送院\n" + story)
    assert doc.meta.title == "工廈劏房火警 三人送院" and body(doc) == story.split()
    doc = build("联合早报\n新加坡\n组屋转售价格连续上涨\n林佳禾 报道\n" + story)
    assert doc.meta.title == "组屋转售价格连续上涨" and doc.meta.reporters == ("林佳禾",)


def test_a_marked_editor_line_closing_the_story():
    story = "特區政府昨日公布北部都會區大學城規劃，預計可容納10萬名學生。\n教育局局長表示，大學城將引入多所知名大學。\n"
    doc = build("北都大學城規劃出爐\n" + story + "■責任編輯：李嘉嘉\n")
    assert doc.meta.editors == ("李嘉嘉",) and body(doc) == story.split()


def test_a_closing_writers_credit_naming_an_outlets_latin_channel():
    doc = build("胡同里的小摊回来了\n" + _HUTONG + "采写：南都N视频记者 陈思远 实习生 林佳\n")
    assert doc.meta.reporters == ("陈思远", "林佳") and body(doc) == _HUTONG.split()


def test_a_flashs_kind_on_its_own_line_over_the_headline():
    story = "新华社北京12月6日电 国务院总理主持召开国务院常务会议，研究部署有关工作。\n会议指出，要加大宏观政策调节力度。\n"
    for label in ("快讯！", "突发", "重磅！"):
        doc = build(f"{label}\n国务院常务会议召开\n" + story)
        assert doc.meta.title == "国务院常务会议召开" and doc.meta.subtitle is None, label


def test_a_press_releases_end_mark_over_its_boilerplate():
    story = "蓝海科技股份有限公司今日在上海举行新品发布会，正式发布新一代协作机器人产品系列。\n据介绍，新产品负载能力最高可达20公斤。\n"
    for mark in ("###", "# # #"):
        doc = build("蓝海科技发布新一代工业机器人\n" + story + mark + "\n关于蓝海科技\n蓝海科技股份有限公司成立于2012年，总部位于上海。\n")
        assert [block.text for block in doc.blocks if block.kind == "end_mark"] == [mark]
        assert not any(block.kind == "heading" and "#" in block.text for block in doc.blocks)
