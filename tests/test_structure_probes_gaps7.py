"""Reading gaps around the story: a note on the writer (作者简介：…), the print line against a 来源
line, a law's note of adoption under its title, a WeChat copy's 原创 line and a picture credit
without its picture, and a digest of company announcements run into one paragraph. Each test is
a synthetic article in the real convention."""

from __future__ import annotations

import pytest

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import EditorNote

_STORY = "冬天来到这座小城的时候，街上的人少了许多，只有早点铺子还冒着热气。\n老人们说，这里的冬天一年比一年暖和，河面已经好几年没有结冰了。\n"

# --------------------------------------------------------------------------- the writer's bio


@pytest.mark.parametrize("bio", ["作者简介：张晓，某某大学经济学院教授、博士生导师，主要研究方向为农业经济。",
                                 "【作者简介】张晓，某某大学经济学院教授、博士生导师，主要研究方向为农业经济。",
                                 "作者简介\n张晓，某某大学经济学院教授、博士生导师，主要研究方向为农业经济。"])
def test_a_note_on_the_writer_after_the_story_is_a_note_not_a_paragraph(bio: str) -> None:
    doc = build("一座小城的冬天\n作者：张晓\n" + _STORY + bio + "\n")
    assert body(doc) == _STORY.split()
    note = doc.blocks[-1]
    assert isinstance(note, EditorNote) and note.label == "作者简介"
    assert note.text == "张晓，某某大学经济学院教授、博士生导师，主要研究方向为农业经济。"
    # the bio opens with the byline's writer: who the writer is, as a closing （作者系…） says
    assert doc.meta.reporters == ("张晓",) and doc.meta.affiliation == "某某大学经济学院教授、博士生导师"


def test_a_note_on_another_or_an_unnamed_writer_gives_no_affiliation() -> None:
    doc = build("一座小城的冬天\n作者：张晓\n" + _STORY + "作者简介：李四，某某大学经济学院教授。\n")
    assert isinstance(doc.blocks[-1], EditorNote) and doc.meta.affiliation is None
    doc = build("一座小城的冬天\n" + _STORY + "作者简介：张晓，某某大学经济学院教授。\n")
    assert isinstance(doc.blocks[-1], EditorNote) and doc.meta.affiliation is None and not doc.meta.reporters


def test_the_bio_label_over_a_name_alone_is_still_the_writers_card() -> None:
    doc = build("一座小城的冬天\n作者简介\n张晓\n" + _STORY)
    assert doc.meta.reporters == ("张晓",) and body(doc) == _STORY.split()
    doc = build("一座小城的冬天\n作者：张晓\n" + _STORY + "作者简介\n张晓，某某大学教授。\n")
    assert doc.meta.reporters == ("张晓",)  # 作者简介 is no byline of a writer named 简介

# --------------------------------------------------------------------------- the print line and 来源


def test_the_print_line_names_the_paper_before_a_source_line() -> None:
    # a site's copy: its 来源 names the site or app that carried the story, the print line the paper
    story = "一座小城的冬天\n2021-03-05 08:30 来源：人民日报\n" + _STORY + "《光明日报》（2021年03月05日 01版）\n"
    assert build(story).meta.agency == "光明日报"
    assert build(story.replace("来源：人民日报", "来源：光明网")).meta.agency == "光明日报"
    assert build(story.replace("2021-03-05 08:30 来源：人民日报\n", "")).meta.agency == "光明日报"


def test_the_print_line_outranks_the_containers_source_but_not_a_dateline_or_a_byline() -> None:
    from convertkit.readers.base import Hints

    story = "一座小城的冬天\n" + _STORY + "《人民日报》（2023年08月22日 第 17 版）\n"
    assert build(story, Hints(agency="人民网-日本频道")).meta.agency == "人民日报"
    assert build(story, Hints(agency="人民网-日本频道")).meta.published == "2023-08-22"
    wire = "一座小城的冬天\n新华社北京3月4日电 " + _STORY + "《人民日报》（2021年03月05日 01版）\n"
    assert build(wire).meta.agency == "新华社"  # the wire's story, printed in the paper
    signed = "一座小城的冬天\n新华社记者 张三\n" + _STORY + "《人民日报》（2021年03月05日 01版）\n"
    assert build(signed).meta.agency == "新华社"

# --------------------------------------------------------------------------- a law's note under its title


@pytest.mark.parametrize("note", [
    "（2021年3月11日第十三届全国人民代表大会第四次会议通过）",
    "（一九九七年三月十四日第八届全国人民代表大会第五次会议修订）",
    "（2019年3月15日第十三届全国人民代表大会第二次会议通过　2019年3月15日中华人民共和国主席令第二十六号公布　自2020年1月1日起施行）",
    "（1979年7月1日第五届全国人民代表大会第二次会议通过　根据1982年12月10日第五届全国人民代表大会第五次会议"
    "《关于修改〈中华人民共和国某某法〉的决议》修正）",
])
def test_a_laws_note_of_adoption_under_its_title_is_the_subtitle(note: str) -> None:
    text = "第一条　为了规范某某活动，保护当事人的合法权益，维护社会经济秩序，制定本法。\n第二条　本法适用于中华人民共和国境内的某某活动。\n"
    doc = build(f"中华人民共和国某某法\n{note}\n{text}")
    assert doc.meta.subtitle == note.replace("　", "\u3000") and note not in body(doc)
    assert body(doc)[0].startswith("第一条")


def test_a_reports_occasion_in_brackets_is_the_subtitle_and_its_day() -> None:
    doc = build("政府工作报告\n（2024年3月5日在第十四届全国人民代表大会第二次会议上）\n" + _STORY)
    assert doc.meta.subtitle == "（2024年3月5日在第十四届全国人民代表大会第二次会议上）"
    assert doc.meta.published == "2024-03-05" and body(doc) == _STORY.split()


def test_a_bracketed_line_under_the_title_that_is_no_note_of_adoption_stays() -> None:
    doc = build("一座小城的冬天\n（2023年5月5日，记者在现场看到，人们排队领取通过审核的证件）\n" + _STORY)
    assert doc.meta.subtitle is None

# --------------------------------------------------------------------------- a WeChat copy's 原创 line


@pytest.mark.parametrize("line", ["原创： 张晓 某某观察", "原创：张晓 某某观察", "原创:张晓 某某观察"])
def test_a_wechat_original_mark_with_its_colon_is_the_posts_meta_line(line: str) -> None:
    # WeChat set 原创： with a colon before its writer and account until 2020; a site's copy keeps it
    doc = build("一座小城的冬天\n" + line + "\n" + _STORY)
    assert body(doc) == _STORY.split() and line in doc.meta.header_raw
    assert doc.meta.reporters == ("张晓",) and doc.meta.agency == "某某观察"

# --------------------------------------------------------------------------- a digest in one line

_DIGEST = ["甲乙科技：9614.5万元竞得某市工业用地，将为公司新材料产业基地提供用地。", "丙丁药业：25日获公司总裁助理增持。",
           "戊己股份：确定为某风电场项目的设备供应商，中标价7亿元。", "庚辛电子：收到某地证监局行政监管措施决定书。"]


def test_a_digest_of_announcements_run_into_one_line_is_a_paragraph_each() -> None:
    doc = build("午间公告：戊己股份中标7亿元项目\n证券时报e公司讯，" + "".join(_DIGEST) + "\n")
    assert body(doc) == _DIGEST and doc.blocks[0].kind == "lead" and doc.meta.dateline is not None
    assert doc.blocks[0].raw.startswith("证券时报e公司讯，") and doc.blocks[1].raw == _DIGEST[1]
    doc = build("午间公告\n" + _STORY + "".join(_DIGEST) + "\n")  # after the lead, as paragraphs
    assert body(doc) == _STORY.split() + _DIGEST


def test_a_statement_in_parts_or_two_items_stay_one_paragraph() -> None:
    said = "会议指出：今年以来经济运行总体平稳。会议强调：要稳字当头、稳中求进。会议要求：各地区各部门要抓好落实。"
    two = "".join(_DIGEST[:2])
    named_twice = _DIGEST[0] + _DIGEST[1] + _DIGEST[0]
    unfinished = "".join(_DIGEST) + "另有多家公司发布了业绩预告。"
    for text in (said, two, named_twice, unfinished):
        assert body(build("午间公告\n" + _STORY + text + "\n")) == [*_STORY.split(), text], text

# --------------------------------------------------------------------------- the wires a story drew on


def test_the_wires_credit_closing_the_story_gives_the_agency_only_as_its_one_credit() -> None:
    first = "甲市启动老旧小区改造工程，今年计划改造小区一百二十个，惠及居民三万余户。"
    second = "乙县举办农民丰收节，展示当地特色农产品，吸引大批游客前来参观选购。"
    note = "（综合中新社、央视新闻报道）"
    assert build(f"两地新闻速览\n{first}\n{second}\n{note}\n").meta.agency == "中新社"  # nothing else names one
    assert build(f"两地新闻速览\n{first}\n{second}{note}\n").meta.agency == "中新社"
    # a roundup: each item credits wires of its own, none of them the story's agency
    for text in (f"{first}\n（综合新华社、央视新闻报道）\n{second}\n{note}\n", f"{first}（据新华社）\n{second}{note}\n",
                 f"{first}（综合新华社报道）\n{second}\n{note}\n"):
        doc = build("两地新闻速览\n" + text)
        assert doc.meta.agency is None and doc.blocks[-1].text == note, text
    doc = build(f"两地新闻速览\n{first}\n{note}\n{second}\n")  # more story after it
    assert doc.meta.agency is None and note in [block.text for block in doc.blocks]

# --------------------------------------------------------------------------- the writer and the post


@pytest.mark.parametrize("credit", ["（作者：张晓 某某大学经济学院教授）", "（作者：张晓，某某大学经济学院教授）",
                                    "（作者：张晓北京大学经济学院教授）", "作者：张晓 某某大学经济学院教授"])
def test_a_writers_credit_with_the_post_after_the_name_gives_the_affiliation(credit: str) -> None:
    doc = build("一座小城的冬天\n" + _STORY + credit + "\n")
    assert doc.meta.reporters == ("张晓",) and doc.meta.affiliation and doc.meta.affiliation.endswith("经济学院教授")
    assert body(doc) == _STORY.split() and credit in doc.meta.header_raw


def test_two_writers_or_a_name_and_an_outlet_are_no_writer_and_post() -> None:
    doc = build("一座小城的冬天\n" + _STORY + "（作者：张晓 李四）\n")
    assert doc.meta.reporters == ("张晓", "李四") and doc.meta.affiliation is None

# --------------------------------------------------------------------------- the editor's notes


def test_the_editors_word_before_the_story_is_a_note_not_the_lead() -> None:
    doc = build("一座小城的冬天\n【编前语】小城的冬天一年比一年暖和，本报记者走访了几位老人。\n" + _STORY)
    note = doc.blocks[0]
    assert isinstance(note, EditorNote) and note.label == "编前语" and note.text.startswith("小城的冬天")
    assert doc.blocks[1].kind == "lead" and body(doc) == _STORY.split()


def test_a_closing_note_of_the_original_headline_is_a_note_or_nothing_when_it_is_the_headline() -> None:
    doc = build("一座小城的冬天\n" + _STORY + "（原题为《小城的冬天为什么越来越暖》）\n")
    note = doc.blocks[-1]
    assert isinstance(note, EditorNote) and note.label == "原题" and note.text == "小城的冬天为什么越来越暖"
    doc = build("一座小城的冬天\n" + _STORY + "（原题为《一座小城的冬天》）\n")
    assert body(doc) == _STORY.split() and "（原题为《一座小城的冬天》）" in doc.meta.header_raw
    assert not any(isinstance(block, EditorNote) for block in doc.blocks)


def test_a_writers_credit_with_posts_after_系_and_a_semicolon() -> None:
    credit = "（作者：张晓，系某某大学区域研究中心主任、教授；某某学院研究员）"
    doc = build("一座小城的冬天\n" + _STORY + credit + "\n")
    assert doc.meta.reporters == ("张晓",) and doc.meta.affiliation == "某某大学区域研究中心主任、教授；某某学院研究员"
    assert body(doc) == _STORY.split()


def test_a_translations_original_headline_in_quotation_marks_is_a_note() -> None:
    doc = build("一座小城的冬天\n" + _STORY + '本文原标题为 "Winter in a small town"\n')
    note = doc.blocks[-1]
    assert isinstance(note, EditorNote) and note.label == "原标题" and note.text == "Winter in a small town"


# --------------------------------------------------------------------------- who else helped


def test_a_note_of_helpers_named_by_their_role_closing_the_story_is_a_credit() -> None:
    doc = build("一座小城的冬天\n" + _STORY + "实习生王五、赵六亦有贡献\n")
    assert doc.blocks[-1].kind == "editor_line" and body(doc) == _STORY.split()
    assert doc.meta.reporters == ()
    said = "老人们说，街坊邻里亦有贡献"  # a sentence of the story, no helpers' credit
    assert body(build("一座小城的冬天\n" + _STORY + said + "\n"))[-1] == said
    doc = build("一座小城的冬天\n" + _STORY.split()[0] + "\n实习生王五、赵六亦有贡献\n" + _STORY.split()[1] + "\n")
    assert not any(block.kind == "editor_line" for block in doc.blocks)  # story after it: not the closing credit

# --------------------------------------------------------------------------- a pointed caption run on


def test_a_pointed_caption_with_its_credit_glued_over_the_story_is_cut_off() -> None:
    story = "老年失智不僅讓家人煩惱，就連病患本身也經常不知所措，一款大腦訓練遊戲有助改善。"
    doc = build("失智APP\n" + story + "\n▲民眾參加活動。（圖／記者林悅攝）活動現場吸引大批民眾參與，主辦單位表示明年將繼續舉辦。\n")
    (caption,) = [block for block in doc.blocks if block.kind == "caption"]
    assert caption.text == "▲民眾參加活動。（圖／記者林悅攝）" and doc.meta.photographers == ("林悅",)
    assert body(doc) == [story, "活動現場吸引大批民眾參與，主辦單位表示明年將繼續舉辦。"]
    alone = "▲民眾參加活動。（圖／記者林悅攝）"  # nothing after the credit: the caption as it was
    assert [block.text for block in build("失智APP\n" + story + "\n" + alone + "\n").blocks if block.kind == "caption"] == [alone]

# --------------------------------------------------------------------------- an outlet's credit glued on


def test_an_outlets_credit_glued_onto_the_first_sentence_is_cut_off() -> None:
    story = "美國國慶日，北韓宣布首次成功試射了洲際彈道飛彈，並宣稱這是一大里程碑。"
    doc = build("北韓試射飛彈\n圖文／鏡週刊" + story + "\n軍方官員目前還在分析飛行數據。\n")
    assert body(doc)[0] == story and doc.meta.agency == "鏡週刊" and "圖文／鏡週刊" in doc.meta.header_raw
    # an outlet's reporter after the credit is a byline of its own shape; an unlisted name is left alone
    doc = build("北韓試射飛彈\n圖文／滔客女人幫愛情無非要的是一份安全感，當一個男人總是想消失就消失。\n軍方官員目前還在分析。\n")
    assert body(doc)[0].startswith("圖文／滔客女人幫")


def test_a_papers_own_helpline_notice_closing_the_story_is_furniture() -> None:
    notice = "自殺，不能解決難題；求助，才是最好的路。求救請打1995（要救救我）"
    doc = build("某地送肉粽\n" + _STORY + notice + "\n")
    assert body(doc) == _STORY.split() and notice in doc.meta.furniture_raw


def test_a_writers_name_glued_onto_the_first_sentence_is_cut_off() -> None:
    doc = build("改善企業困境\n文／洪寶山英國這次國會選舉結果為企業界帶來不少災難，包括政局將陷入不確定期。\n市場仍在觀望。\n")
    assert doc.meta.reporters == ("洪寶山",) and body(doc)[0].startswith("英國這次")
    doc = build("改善企業困境\n文／小王子的玫瑰花今天開了，我們都很開心，大家一起去看看吧。\n市場仍在觀望。\n")
    assert not doc.meta.reporters and body(doc)[0].startswith("文／小王子")  # no name and a word

# --------------------------------------------------------------------------- a credit without its colon


def test_a_reporter_named_without_a_colon_beside_the_source_is_read() -> None:
    from convertkit.structure.header import header_fields

    assert header_fields("记者　申鹏　（来源：新华网）") == {"reporters": ("申鹏",), "source_agency": "新华网"}
    assert header_fields("2024-03-05 10:00 记者 张晓 李四") == {"published": "2024-03-05T10:00", "reporters": ("张晓", "李四")}
    assert header_fields("记者 经济 来源：新华网") == {"source_agency": "新华网"}  # a word, no name
    doc = build("中石油创历史新低\n记者　申鹏　（来源：新华网）\n" + _STORY)
    assert doc.meta.reporters == ("申鹏",) and doc.meta.agency == "新华网" and body(doc) == _STORY.split()


def test_a_closing_byline_with_the_source_in_brackets_names_the_source() -> None:
    doc = build("一座小城的冬天\n" + _STORY + "作者：张晓　（来源：某某日报）\n")
    assert doc.meta.reporters == ("张晓",) and doc.meta.agency == "某某日报" and body(doc) == _STORY.split()


def test_the_reporters_names_alone_in_brackets_closing_the_story_are_its_credit() -> None:
    doc = build("一座小城的冬天\n" + _STORY + "（李飞云　徐乐静　李梦清）\n")
    assert doc.meta.reporters == ("李飞云", "徐乐静", "李梦清") and body(doc) == _STORY.split()
    doc = build("一座小城的冬天\n" + _STORY + "（经济 社会）\n")  # words, no names
    assert not doc.meta.reporters and body(doc)[-1] == "（经济 社会）"

# --------------------------------------------------------------------------- datelines


def test_an_unlisted_sites_message_with_its_reporters_is_a_dateline() -> None:
    doc = build("三男子泼米粉\n某楚网消息（记者张扬　通讯员刘妮）5月31日，3名男子因嫌环卫车占道，竟将一碗米粉泼到环卫工头上。\n")
    assert doc.meta.dateline is not None and doc.meta.agency == "某楚网" and doc.meta.reporters == ("张扬", "刘妮")
    assert body(doc)[0].startswith("5月31日")
    doc = build("三男子泼米粉\n某某网消息，5月31日，3名男子因嫌环卫车占道，竟将一碗米粉泼到环卫工头上。\n")
    assert doc.meta.dateline is None  # an unlisted name's 消息 without a credit is too weak


def test_a_digest_of_statements_by_verbs_stays_one_paragraph() -> None:
    text = "研究发现：城市绿地能降低气温。调查表明：居民更愿意步行出行。数据显示：公交客流持续回升。"
    assert body(build("午间速览\n" + _STORY + text + "\n")) == [*_STORY.split(), text]

# --------------------------------------------------------------------------- end marks


def test_the_end_mark_with_the_editors_credit_before_it_and_another_marks_word() -> None:
    doc = build("一座小城的冬天\n" + _STORY + "（编辑：王五）（完）\n")
    assert [block.kind for block in doc.blocks[-2:]] == ["editor_line", "end_mark"] and doc.meta.editors == ("王五",)
    assert body(doc) == _STORY.split()
    doc = build("一座小城的冬天\n" + _STORY + "（本文完）\n")
    assert doc.blocks[-1].kind == "end_mark" and body(doc) == _STORY.split()

# --------------------------------------------------------------------------- the desk's notes


@pytest.mark.parametrize("note", ["（注：文中人物均为化名）", "注：应受访者要求，文中人物均为化名。",
                                  "（本文系国家社科基金重大项目“某某研究”的阶段性成果）"])
def test_the_desks_note_on_the_story_is_a_credit_line(note: str) -> None:
    doc = build("一座小城的冬天\n" + _STORY + note + "\n")
    assert doc.blocks[-1].kind == "editor_line" and doc.blocks[-1].raw == note and body(doc) == _STORY.split()


def test_a_sentence_on_results_or_an_unbracketed_note_with_story_after_it_stays() -> None:
    said = "他说，这项研究成果是大家共同努力的结果。"
    assert body(build("一座小城的冬天\n" + _STORY + said + "\n"))[-1] == said
    doc = build("一座小城的冬天\n" + _STORY.split()[0] + "\n注：文中人物均为化名。\n" + _STORY.split()[1] + "\n")
    assert not any(block.kind == "editor_line" for block in doc.blocks)

# --------------------------------------------------------------------------- headlines


def test_a_media_tag_opening_the_headline_in_brackets_is_no_word_of_it() -> None:
    from convertkit.structure.titles import clean_title

    assert clean_title("【组图】某地举行迎春活动") == "某地举行迎春活动"
    assert clean_title("[视频]某地举行迎春活动") == "某地举行迎春活动"
    assert clean_title("【新思想引领新征程】某地举行迎春活动") == "【新思想引领新征程】某地举行迎春活动"  # a column
    assert clean_title("【图】") == "【图】"

# --------------------------------------------------------------------------- bylines


@pytest.mark.parametrize(("credit", "writers", "camera"), [
    ("张晓/文 李四/图", ("张晓",), ("李四",)),
    ("本报记者 张晓／文　李四／摄", ("张晓",), ("李四",)),
    ("张晓 文/图", ("张晓",), ("张晓",)),
])
def test_credits_written_name_first_with_the_role_after_a_slash(credit: str, writers: tuple[str, ...],
                                                              camera: tuple[str, ...]) -> None:
    for text in (f"一座小城的冬天\n{credit}\n{_STORY}", f"一座小城的冬天\n{_STORY}{credit}\n"):
        doc = build(text)
        assert doc.meta.reporters == writers and doc.meta.photographers == camera, text
        assert body(doc) == _STORY.split() and credit in doc.meta.header_raw
    assert body(build(f"一座小城的冬天\n{_STORY}经济/文 李四/图\n"))[-1] == "经济/文 李四/图"  # a word, no name

# --------------------------------------------------------------------------- closing credits


@pytest.mark.parametrize(("line", "kind"), [("出品：某某传媒 监制：张晓 策划：李四", "editor_line"),
                                            ("出品：某某传媒 摄像：张晓 剪辑：李四", "editor_line")])
def test_more_closing_credit_labels(line: str, kind: str) -> None:
    doc = build("一座小城的冬天\n" + _STORY + line + "\n")
    assert doc.blocks[-1].kind == kind and body(doc) == _STORY.split()


def test_a_copys_稿件来源_names_the_source() -> None:
    doc = build("一座小城的冬天\n" + _STORY + "稿件来源：某某日报\n")
    assert doc.meta.agency == "某某日报" and body(doc) == _STORY.split()

# --------------------------------------------------------------------------- pictures' credits alone


@pytest.mark.parametrize("credit", ["受访者供图", "图片由受访者提供", "资料图片", "CFP供图"])
def test_a_pictures_credit_alone_between_paragraphs_is_a_caption_not_a_subheading(credit: str) -> None:
    first, second = _STORY.split()
    doc = build(f"一座小城的冬天\n{first}\n{credit}\n{second}\n")
    assert [block.kind for block in doc.blocks] == ["lead", "caption", "paragraph"] and doc.blocks[1].text == credit
    doc = build(f"一座小城的冬天\n{first}\n城市的新变化\n{second}\n")
    assert doc.blocks[1].kind == "heading"  # a subheading stays one


def test_the_note_that_pictures_come_from_the_web_in_brackets_is_furniture() -> None:
    first, second = _STORY.split()
    doc = build(f"一座小城的冬天\n{first}\n（图片来自网络，侵删）\n{second}\n")
    assert body(doc) == [first, second] and "（图片来自网络，侵删）" in doc.meta.furniture_raw


def test_an_unlisted_news_apps_flash_is_a_dateline() -> None:
    doc = build("某地迎来降温\n某云新闻讯：受强冷空气影响，北方多地气温骤降，部分地区出现雨雪天气。\n")
    assert doc.meta.dateline is not None and doc.meta.agency == "某云新闻" and body(doc)[0].startswith("受强冷空气")
    doc = build("某地迎来降温\n这条新闻讯息量很大，北方多地气温骤降，部分地区出现雨雪天气。\n")
    assert doc.meta.dateline is None


def test_a_bracketed_outlet_with_its_channel_after_a_dot_opens_the_story() -> None:
    doc = build("某地迎来降温\n【大河报·豫视频】（记者 张晓）受强冷空气影响，北方多地气温骤降，部分地区出现雨雪天气。\n")
    assert doc.meta.agency == "大河报" and doc.meta.reporters == ("张晓",) and body(doc)[0].startswith("受强冷空气")


def test_an_outlets_reporter_credit_with_the_day_before_报道_is_a_dateline() -> None:
    doc = build("某地迎来降温\n东方网记者张晓3月5日报道：受强冷空气影响，北方多地气温骤降，部分地区出现雨雪天气。\n")
    assert doc.meta.agency == "东方网" and doc.meta.reporters == ("张晓",) and doc.meta.dateline.date == "3月5日"
    assert body(doc)[0].startswith("受强冷空气")

# --------------------------------------------------------------------------- a post's furniture


@pytest.mark.parametrize("line", ["*本文仅代表作者观点", "（本文仅代表作者个人看法）", "欢迎在留言区分享你的看法"])
def test_a_posts_short_disclaimer_and_call_for_comments_are_furniture(line: str) -> None:
    doc = build("一座小城的冬天\n" + _STORY + line + "\n")
    assert body(doc) == _STORY.split() and line in doc.meta.furniture_raw

# --------------------------------------------------------------------------- where it first ran


def test_a_note_of_where_the_story_first_ran_names_the_paper_and_is_a_credit_line() -> None:
    doc = build("一座小城的冬天\n" + _STORY + "（原文刊载于《某某杂志》2024年第3期）\n")
    assert doc.meta.agency == "某某杂志" and doc.blocks[-1].kind == "editor_line" and body(doc) == _STORY.split()
    doc = build("一座小城的冬天\n" + _STORY + "本文刊发于《某某日报》2024年3月5日11版\n")
    assert doc.meta.agency == "某某日报" and doc.meta.published == "2024-03-05"
    said = "他的文章曾发表于《某某日报》。"  # a sentence of the story
    assert body(build("一座小城的冬天\n" + _STORY + said + "\n"))[-1] == said
