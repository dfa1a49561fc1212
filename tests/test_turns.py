"""A transcript's speaker turns (press conferences, 答记者问, interviews, panels): who speaks is
read apart from what they say, only in a text that is a transcript, and every format sets the
speaker off. Synthetic texts in the real house styles, with invented names and events."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

import convertkit
from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import BODY_KINDS, Document, Turn
from convertkit.model.jsonio import document_from_dict, document_to_dict
from convertkit.structure.turns import speaker_label
from convertkit.summarize.keywords import extract_keywords
from convertkit.summarize.summary import candidates
from convertkit.writers.text import render_text
from test_epub import epubcheck  # noqa: F401 - the fixture is used by name
from test_pdf import pdftotext

MFA = """2024年3月5日外交部发言人毛某主持例行记者会
2024-03-05 19:30 来源：外交部网站
　　应国务院总理邀请，某国总理将于3月10日至12日对中国进行正式访问。
　　法新社记者：中方对这次访问有何期待？
　　毛某：中方高度重视发展中某两国关系。此访期间，两国领导人将就双边关系交换意见。
　　彭博社记者：有报道称，某公司将在中国投资。外交部能否证实？
　　毛某：我不了解你提到的具体情况，建议你向主管部门询问。
　　总台央视记者：据报道，某国近日举行了大选。中方对此有何评论？
　　毛某：我们注意到有关报道。
　　中方尊重某国人民的选择。
"""


def turns(doc: Document) -> list[tuple[str, str]]:
    return [(block.speaker, block.text) for block in doc.blocks if isinstance(block, Turn)]


# --------------------------------------------------------------------------- reading


def test_a_foreign_ministry_briefing_is_read_as_turns() -> None:
    doc = build(MFA)
    assert doc.meta.title == "2024年3月5日外交部发言人毛某主持例行记者会"
    assert doc.meta.published == "2024-03-05T19:30" and doc.meta.agency == "外交部网站"
    assert [block.kind for block in doc.blocks] == ["lead"] + ["turn"] * 6 + ["paragraph"]
    assert turns(doc)[:2] == [("法新社记者", "中方对这次访问有何期待？"),
                              ("毛某", "中方高度重视发展中某两国关系。此访期间，两国领导人将就双边关系交换意见。")]
    assert [speaker for speaker, _ in turns(doc)] == ["法新社记者", "毛某", "彭博社记者", "毛某", "总台央视记者", "毛某"]
    assert doc.blocks[1].raw == "法新社记者：中方对这次访问有何期待？"  # the source line as it was
    assert not doc.blocks_of("heading")  # the first question is no subheading
    assert body(doc)[-1] == "中方尊重某国人民的选择。"  # an answer's second paragraph stays a paragraph
    assert document_from_dict(document_to_dict(doc)) == doc


def test_an_officials_answers_to_reporters_are_turns() -> None:
    doc = build("国家某某局有关负责人就《某某办法》答记者问\n2025-04-02 09:30 来源：国家某某局网站\n"
                "近日，国家某某局印发《某某办法》。有关负责人就《办法》有关问题回答了记者提问。\n"
                "问：出台《办法》的背景是什么？\n答：某某领域是推动高质量发展的重要力量。近年来各地积极探索，取得一定成效。\n"
                "问：《办法》的主要内容有哪些？\n答：《办法》共五章二十条，主要包括总则、支持措施、保障机制等内容。\n")
    assert doc.blocks[0].kind == "lead"
    assert turns(doc) == [("问", "出台《办法》的背景是什么？"),
                          ("答", "某某领域是推动高质量发展的重要力量。近年来各地积极探索，取得一定成效。"),
                          ("问", "《办法》的主要内容有哪些？"),
                          ("答", "《办法》共五章二十条，主要包括总则、支持措施、保障机制等内容。")]


def test_answers_under_questions_set_as_headings_are_turns() -> None:
    doc = build("某部门负责人解读《某某条例》\n日前，国务院公布《某某条例》。某部门负责人接受采访，解读了条例的主要内容。\n"
                "一、制定条例的背景是什么？\n答：现行规定已不能完全适应新形势新要求，有必要制定专门的行政法规。\n"
                "二、条例主要规定了哪些内容？\n答：条例共六章四十条，明确了管理体制、主体责任和法律责任。\n")
    assert [speaker for speaker, _ in turns(doc)] == ["答", "答"]


def test_an_interview_with_a_reporter_and_a_named_guest() -> None:
    doc = build("专访某某大学教授张明：人工智能将深刻改变教育\n本报记者 李华\n"
                "近日，本报记者专访了某某大学教授张明，请他谈谈人工智能与教育的关系。\n"
                "记者：您如何看待人工智能对教育的影响？\n张明：人工智能将深刻改变教育的形态，帮助老师减轻重复劳动。\n"
                "记者：学校应该如何应对？\n张明：学校要主动拥抱变化，加强对学生的引导。\n")
    assert doc.meta.reporters == ("李华",) and doc.blocks[0].kind == "lead"
    assert [speaker for speaker, _ in turns(doc)] == ["记者", "张明", "记者", "张明"]


@pytest.mark.parametrize(("ask", "answer"), [("Q", "A"), ("Q1", "A1"), ("【问】", "【答】"), ("**问：**", "**答：**")])
def test_question_and_answer_labels(ask: str, answer: str) -> None:
    colon = "" if ask.endswith(("】", "**")) else "："
    doc = build(f"对话某公司创始人：十年只做一件事\n他用十年时间，把一家小作坊做成了行业龙头。\n"
                f"{ask}{colon}当初为什么选择这个行业？\n{answer}{colon}因为我相信这个行业有前途，而且我自己也喜欢。\n"
                f"{ask}{colon}遇到过最大的困难是什么？\n{answer}{colon}资金。最难的时候，账上只剩两个月的工资。\n")
    speakers = [speaker for speaker, _ in turns(doc)]
    assert len(speakers) == 4 and speakers[0] == ask.strip("【】*：1"), speakers
    assert turns(doc)[1][1] == "因为我相信这个行业有前途，而且我自己也喜欢。"


def test_a_press_conference_with_speakers_alone_on_their_lines() -> None:
    """国新办: the speaker's post and name alone on a line, what they say on the next."""
    doc = build("国新办举行新闻发布会介绍一季度商务运行情况\n2025-04-15 10:00 来源：国务院新闻办公室网站\n"
                "国务院新闻办公室新闻局副局长、新闻发言人 寿某某：\n女士们、先生们，大家上午好。今天我们请商务部部长王某某介绍情况。\n"
                "商务部部长 王某某：\n各位记者朋友，大家上午好。今年一季度，商务运行总体平稳。\n"
                "中央广播电视总台央视记者：\n请问下一步在促消费方面有哪些考虑？\n"
                "王某某：\n我们将继续实施消费品以旧换新政策，更好满足群众多样化需求。\n")
    assert doc.meta.agency == "国务院新闻办公室网站"  # the asking outlet is no byline
    assert [speaker for speaker, _ in turns(doc)] == [
        "国务院新闻办公室新闻局副局长、新闻发言人 寿某某", "商务部部长 王某某", "中央广播电视总台央视记者", "王某某"]
    assert doc.blocks[1].raw == "商务部部长 王某某：\n各位记者朋友，大家上午好。今年一季度，商务运行总体平稳。"


NUMBERED = ("某局负责人就《某某办法》答记者问\n近日，某局印发《某某办法》。有关负责人就《办法》有关问题回答了记者提问。\n"
            "{first}问：出台《办法》的背景是什么？\n答：某某领域是推动高质量发展的重要力量。近年来各地积极探索。\n"
            "{second}问：《办法》的主要内容有哪些？\n答：《办法》共五章二十条，主要包括总则、支持措施等内容。\n")


@pytest.mark.parametrize(("first", "second"), [("1.", "2."), ("1、", "2、"), ("（一）", "（二）"), ("一、", "二、")])
def test_numbered_questions_are_one_askers_turns_that_keep_their_number(first: str, second: str) -> None:
    """答记者问 numbering its questions (1.问：… · （一）问：…): the role is 问's, so the label
    is a question's turn (not a numbered point); the speaker is 问 each time (a reader grouping
    turns by speaker finds one asker), the number and the label as printed stay beside it."""
    doc = build(NUMBERED.format(first=first, second=second))
    assert [block.kind for block in doc.blocks] == ["lead"] + ["turn"] * 4
    assert turns(doc) == [("问", "出台《办法》的背景是什么？"), ("答", "某某领域是推动高质量发展的重要力量。近年来各地积极探索。"),
                          ("问", "《办法》的主要内容有哪些？"), ("答", "《办法》共五章二十条，主要包括总则、支持措施等内容。")]
    asked = [block for block in doc.blocks if isinstance(block, Turn)]
    assert [(turn.number, turn.label) for turn in asked] == [(1, f"{first}问"), (None, ""), (2, f"{second}问"), (None, "")]
    assert render_text(doc).count(f"{first}问：出台《办法》的背景是什么？") == 1  # read as printed
    assert document_from_dict(document_to_dict(doc)) == doc
    # a number before a name or a phrase makes no speaker of it
    assert speaker_label("1.张某某：我认为今年的形势会更好。") is None
    assert speaker_label("（一）问题导向：坚持问题导向，聚焦突出矛盾。") is None


def test_a_number_after_the_askers_word_is_the_questions() -> None:
    """Q1：… A1：… and 问2：…: Q and A speak, 1 and 2 number the questions."""
    label = speaker_label("Q1：当初为什么选择这个行业？")
    assert label is not None and (label.speaker, label.role, label.number, label.printed) == ("Q", "question", 1, "Q1")
    label = speaker_label("问12：下一步有何打算？")
    assert label is not None and (label.speaker, label.number, label.printed) == ("问", 12, "问12")
    label = speaker_label("问：下一步有何打算？")
    assert label is not None and (label.speaker, label.number, label.printed) == ("问", None, "")


def test_a_speaker_joining_after_an_answers_continuation_is_a_turn() -> None:
    """A second guest speaks once, after the first guest's answer has run on over a paragraph:
    in a transcript under way, their name opens a turn; a heading between ends the transcript."""
    doc = build("专访：人工智能与教育\n近日，本报记者专访了两位教育界人士。\n记者：您如何看待人工智能对教育的影响？\n"
                "张明：人工智能将深刻改变教育的形态。\n我们要早做准备，不能等。\n李华：我补充一句，家长也要转变观念。\n"
                "记者：学校应该如何应对？\n张明：学校要主动拥抱变化，加强对学生的引导。\n")
    assert [speaker for speaker, _ in turns(doc)] == ["记者", "张明", "李华", "记者", "张明"]
    assert "我们要早做准备，不能等。" in body(doc)  # the continuation stays the answer's, unlabelled
    doc = build("专访：人工智能与教育\n近日，本报记者专访了某某大学教授张明。\n记者：您如何看待人工智能对教育的影响？\n"
                "张明：人工智能将深刻改变教育的形态。\n相关阅读\n李某某：谁来为孩子的未来负责？\n")
    assert [speaker for speaker, _ in turns(doc)] == ["记者", "张明"]


def test_a_television_interview_names_its_interviewer() -> None:
    """面对面-style: the reporter's role and name (记者 董某), the guest by name."""
    doc = build("专访某某研究所所长张某某\n记者 董某：您当初为什么选择回国？\n张某某：因为国家需要。那时候条件很艰苦，但大家都很有干劲。\n"
                "记者 董某：最难的时候是什么时候？\n张某某：刚回来的头三年，实验室什么都没有，一切从零开始。\n")
    assert [speaker for speaker, _ in turns(doc)] == ["记者 董某", "张某某", "记者 董某", "张某某"]


def test_a_panel_with_a_host_and_guests() -> None:
    doc = build("圆桌对话：乡村振兴的路怎么走\n主持人：今天我们请来两位嘉宾，聊聊乡村振兴。先请王书记谈谈变化。\n"
                "王建国：这几年村里变化很大，道路修好了，产业也发展起来了。\n李秀英：我补充一点，年轻人回来得多了。\n"
                "主持人：下一步最需要解决什么问题？\n王建国：人才。还是要吸引更多年轻人回乡创业。\n")
    assert [speaker for speaker, _ in turns(doc)] == ["主持人", "王建国", "李秀英", "主持人", "王建国"]
    assert doc.meta.title == "圆桌对话：乡村振兴的路怎么走"


def test_questions_answered_by_unlabelled_paragraphs_are_turns() -> None:
    """A policy Q&A: 问：…？ over its answer, which carries no label."""
    doc = build("政策问答：专项附加扣除怎么填\n近期，不少纳税人咨询专项附加扣除的填报问题，常见问题解答如下。\n"
                "问：子女教育专项附加扣除的标准是多少？\n按照每个子女每月2000元的标准定额扣除。\n"
                "问：赡养老人专项附加扣除可以分摊吗？\n可以。纳税人为非独生子女的，可以与兄弟姐妹分摊扣除额度。\n")
    assert [block.kind for block in doc.blocks] == ["lead", "turn", "paragraph", "turn", "paragraph"]
    # one such question in a story is no transcript
    doc = build("某市召开发布会\n某市今天召开发布会，介绍今年以来全市经济运行情况。\n记者：今年的增长目标能否实现？\n"
                "有关负责人表示，全年目标有望实现。\n")
    assert not turns(doc)


def test_a_traditional_interview_and_a_saved_page() -> None:
    doc = build("專訪某某大學校長：大學要培養獨立思考的人\n某某大學校長陳大文日前接受本報專訪，談及大學教育的使命。\n"
                "記者：您認為大學最重要的使命是甚麼？\n陳大文：培養能夠獨立思考的人。知識會過時，但思考的能力不會。\n"
                "記者：人工智能會取代大學嗎？\n陳大文：不會。大學的價值在於人與人之間的交流。\n")
    assert [speaker for speaker, _ in turns(doc)] == ["記者", "陳大文", "記者", "陳大文"]
    page = ("<html><head><meta charset='utf-8'><title>外交部发言人毛某主持例行记者会</title></head><body>"
            "<h1>外交部发言人毛某主持例行记者会</h1><div id='News_Body_Txt_A'>"
            "<p>应国务院总理邀请，某国总理将于3月10日至12日对中国进行正式访问，双方将就双边关系交换意见。</p>"
            "<p><strong>法新社记者：</strong>中方对这次访问有何期待？</p>"
            "<p><strong>毛某：</strong>中方高度重视发展中某两国关系。此访期间，两国领导人将就双边关系交换意见。</p>"
            "<p><strong>彭博社记者：</strong>有报道称，某公司将在中国投资。外交部能否证实？</p>"
            "<p><strong>毛某：</strong>我不了解你提到的具体情况，建议你向主管部门询问。</p></div></body></html>")
    doc = convertkit.read(page.encode("utf-8"), format="html")
    assert [speaker for speaker, _ in turns(doc)] == ["法新社记者", "毛某", "彭博社记者", "毛某"]
    assert turns(doc)[0][1] == "中方对这次访问有何期待？"


def test_a_transcript_run_into_one_line_is_cut_before_each_turn() -> None:
    """A crawler dropped the breaks of a briefing (consulates' copies): the turns, and the headline
    that opens with its day over its time, are found again."""
    line = ("2023年6月21日外交部发言人毛某主持例行记者会 2023-06-21 19:42 应国务委员兼外交部长邀请，某国外长将于6月24日"
            "至30日访问中国。总台央视记者：国务院总理正在对某国进行正式访问，发言人可否介绍详细情况？毛某：应某国总理邀请，"
            "国务院总理于6月18日至21日对某国进行正式访问。此访是一次传承友谊之旅。法新社记者：两名中国公民于周二在某国被"
            "定罪。你对此有何评论？毛某：打击跨国犯罪、开展国际追逃追赃是正义事业，得到国际社会广泛认同。\n")
    doc = convertkit.read(line.encode("utf-8"), format="text")
    assert doc.meta.title == "2023年6月21日外交部发言人毛某主持例行记者会" and doc.meta.published == "2023-06-21T19:42"
    assert body(doc) == ["应国务委员兼外交部长邀请，某国外长将于6月24日至30日访问中国。"]
    assert [speaker for speaker, _ in turns(doc)] == ["总台央视记者", "毛某", "法新社记者", "毛某"]
    assert turns(doc)[2][1] == "两名中国公民于周二在某国被定罪。你对此有何评论？"
    # a story quoting two people after its sentences is no transcript run in
    story = ("某市举办首届读书节。市民李明说，这样的活动很有意义，他希望以后每年都能办一次，让更多孩子爱上读书，也让大人放下手机。"
             "王芳：我也这么想。李明：对。据介绍，读书节将持续一个月，期间将举办讲座、展览、朗诵会等活动，欢迎市民参加。" * 2)
    doc = convertkit.read(f"某市举办首届读书节\n{story}\n".encode(), format="text")
    assert not turns(doc)


# --------------------------------------------------------------------------- not transcripts


def test_one_quoted_speaker_in_a_story_stays_a_paragraph() -> None:
    doc = build("某市举办首届读书节\n2025-04-23 来源：某某晚报\n本报讯（记者 张三）4月23日，某市首届读书节在市图书馆开幕。\n"
                "李明：我希望以后每年都能办一次，让更多孩子爱上读书。\n据介绍，读书节将持续一个月。\n")
    assert not turns(doc) and "李明：我希望以后每年都能办一次，让更多孩子爱上读书。" in body(doc)


def test_labelled_lines_other_rules_read_are_no_turns() -> None:
    text = ("某市举办首届读书节\n来源：某某晚报\n4月23日，某市首届读书节在市图书馆开幕，吸引上千名市民参加。\n"
            "记者：您觉得活动怎么样？\n注：活动详情请关注市图书馆官网。\n附件：读书节活动安排表\n记者：张三 李四\n责任编辑：王五\n")
    doc = build(text)
    assert not turns(doc)
    assert doc.meta.agency == "某某晚报" and doc.meta.reporters == ("张三", "李四") and doc.meta.editors == ("王五",)
    assert "注：活动详情请关注市图书馆官网。" in body(doc)


def test_lists_of_people_and_vox_pops_are_no_transcript() -> None:
    """Each name once: a list of award winners' profiles, street interviews (no one speaks twice,
    no question is answered)."""
    doc = build("某省表彰一批优秀教师\n9月10日，某省召开表彰大会，对一批优秀教师进行表彰。\n"
                "张伟：男，1975年生，某市第一中学教师，从教三十年。\n王芳：女，1982年生，某县实验小学教师。\n"
                "刘洋：男，1979年生，某职业学院教师，多次在技能大赛中获奖。\n")
    assert not turns(doc)
    doc = build("街头随机采访：你怎么看延迟退休\n记者在街头随机采访了几位市民。\n市民张先生：我觉得可以接受。\n"
                "李女士：我有些担心，身体吃不消。\n大学生小王：对我们年轻人来说，影响还很远。\n")
    assert not turns(doc)


def test_names_opening_headlines_in_a_transcripts_link_list_are_no_turns() -> None:
    doc = build("某网友问答\n网友提问：老师，某某股份明天怎么操作？\n老师回答：可以暂时持股，注意控制仓位。\n"
                "张某某：未来大盘的运行基调\n李某某：谁的数字货币\n")
    assert [speaker for speaker, _ in turns(doc)] == ["网友提问", "老师回答"]


@pytest.mark.parametrize("label", ["来源", "注", "时间", "地点", "附件", "编者按", "责任编辑", "具体措施如下"])
def test_labels_that_name_no_speaker(label: str) -> None:
    assert speaker_label(f"{label}：今年以来，各地加快推进重大项目建设。") is None


# --------------------------------------------------------------------------- the model and summaries


def test_turns_are_body_text() -> None:
    assert "turn" in BODY_KINDS
    doc = build(MFA)
    assert any(doc.blocks[cand.block].kind == "turn" for cand in candidates(doc))
    # an answer's first sentence leans on its question, which is never quoted alone
    answer = next(cand for cand in candidates(doc) if cand.text.startswith("中方高度重视"))
    assert answer.dependent
    # a question's premise (有报道称，某公司将在中国投资。) is never quoted as if it were news
    premise = next(cand for cand in candidates(doc) if cand.text.startswith("有报道称"))
    assert not premise.quotable


def test_a_turns_speaker_counts_for_keywords() -> None:
    """盛来运 speaks in turns: his name is one keyword, as when it opened the paragraphs."""
    text = ("国新办介绍前三季度国民经济运行情况\n国新办今天举行发布会，介绍前三季度国民经济运行情况。\n"
            "盛来运：前三季度，国内生产总值949746亿元，同比增长4.8%。\n问：如何看待四季度经济走势？\n"
            "盛来运：分季度看，三季度增长4.6%。\n问：物价走势如何？\n盛来运：预计物价将温和回升。\n")
    doc = build(text)
    assert [speaker for speaker, _ in turns(doc)][:2] == ["盛来运", "问"]
    keywords = extract_keywords(doc)
    assert "盛来运" in keywords and "盛来" not in keywords


# --------------------------------------------------------------------------- writers


def test_the_reading_copy_prints_speaker_and_words() -> None:
    text = render_text(build(MFA))
    assert "\u3000\u3000法新社记者：中方对这次访问有何期待？\n" in text
    assert "\u3000\u3000毛某：我不了解你提到的具体情况，建议你向主管部门询问。\n" in text


def test_json_carries_speaker_and_text() -> None:
    data = document_to_dict(build(MFA))
    first = next(block for block in data["blocks"] if block["kind"] == "turn")
    assert first["speaker"] == "法新社记者" and first["text"] == "中方对这次访问有何期待？"


def test_the_pdf_shows_speaker_and_words(tmp_path: Path) -> None:
    path = tmp_path / "mfa.pdf"
    convertkit.write(build(MFA), path)
    text = "".join(pdftotext(path).split())
    assert "法新社记者：中方对这次访问有何期待？" in text and "毛某：中方高度重视" in text


def test_the_docx_sets_the_speaker_in_a_bold_character_style(tmp_path: Path) -> None:
    path = tmp_path / "mfa.docx"
    convertkit.write(build(MFA), path)
    with zipfile.ZipFile(path) as docx:
        document = docx.read("word/document.xml").decode("utf-8")
        styles = docx.read("word/styles.xml").decode("utf-8")
    run = re.search(r'<w:r><w:rPr><w:rStyle w:val="TurnSpeaker"/>.*?<w:t[^>]*>法新社记者：</w:t></w:r>', document)
    assert run is not None, "the speaker is a run of its own in the TurnSpeaker style"
    style = re.search(r'<w:style [^>]*w:styleId="TurnSpeaker".*?</w:style>', styles, re.S)
    assert style is not None and "<w:b/>" in style.group(0)
    assert '<w:pStyle w:val="Turn"/>' in document


def test_the_epub_sets_the_speaker_in_strong_and_passes_epubcheck(tmp_path: Path, epubcheck) -> None:  # noqa: F811
    path = tmp_path / "mfa.epub"
    convertkit.write(build(MFA), path)
    with zipfile.ZipFile(path) as book:
        names = book.namelist()
        xhtml = "".join(book.read(name).decode("utf-8") for name in names if name.endswith(".xhtml"))
        css = "".join(book.read(name).decode("utf-8") for name in names if name.endswith(".css"))
    assert '<p class="turn"><strong class="speaker">法新社记者：</strong>中方对这次访问有何期待？</p>' in xhtml
    rule = re.search(r"p\.turn strong\.speaker\s*\{[^}]*\}", css)
    assert rule is not None and re.search(r"font-weight:\s*(?:bold|700)", rule.group(0))
    assert epubcheck(path.read_bytes()) == []


def test_every_format_prints_a_numbered_questions_label_as_printed(tmp_path: Path) -> None:
    """The speaker is 问, but the page printed 1.问：: every format shows the number as before."""
    doc = build(NUMBERED.format(first="1.", second="2."))
    assert "\u3000\u30001.问：出台《办法》的背景是什么？\n" in render_text(doc)
    data = document_to_dict(doc)
    first = next(block for block in data["blocks"] if block["kind"] == "turn")
    assert (first["speaker"], first["number"], first["label"]) == ("问", 1, "1.问")
    convertkit.write(doc, tmp_path / "q.pdf")
    assert "1.问：出台《办法》的背景是什么？" in "".join(pdftotext(tmp_path / "q.pdf").split())
    convertkit.write(doc, tmp_path / "q.docx")
    with zipfile.ZipFile(tmp_path / "q.docx") as docx:
        assert re.search(r'<w:rStyle w:val="TurnSpeaker"/>.*?<w:t[^>]*>2\.问：</w:t>', docx.read("word/document.xml").decode())
    convertkit.write(doc, tmp_path / "q.epub")
    with zipfile.ZipFile(tmp_path / "q.epub") as book:
        xhtml = "".join(book.read(name).decode("utf-8") for name in book.namelist() if name.endswith(".xhtml"))
    assert '<strong class="speaker">1.问：</strong>出台《办法》的背景是什么？' in xhtml


def test_an_end_mark_runs_into_the_last_turn_in_every_format(tmp_path: Path) -> None:
    doc = build(MFA.replace("中方尊重某国人民的选择。\n", "").replace("我们注意到有关报道。", "我们注意到有关报道。（完）"))
    assert [block.kind for block in doc.blocks][-2:] == ["turn", "end_mark"]
    assert render_text(doc).rstrip().endswith("毛某：我们注意到有关报道。（完）")
    convertkit.write(doc, tmp_path / "end.pdf")
    assert "".join(pdftotext(tmp_path / "end.pdf").split()).count("我们注意到有关报道。（完）") == 1
    convertkit.write(doc, tmp_path / "end.docx")
    with zipfile.ZipFile(tmp_path / "end.docx") as docx:
        document = docx.read("word/document.xml").decode("utf-8")
    last = document[document.rindex('<w:pStyle w:val="Turn"/>'):]
    assert "EndMarkText" in last.split("</w:p>")[0]
