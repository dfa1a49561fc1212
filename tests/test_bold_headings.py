"""Subheadings set in bold (<p><strong>…</strong></p>, <b>, font-weight, **…**), read the same
wherever they stand: an interview series whose bold questions repeat under each interviewee,
numbered sections (<p>1</p>) over them, and what bold is NOT (a lead sentence, a byline, an
editor's note, a caption, a quoted sentence, a page set all in bold). Synthetic text in the
shapes of real pages (新浪财经's 问答 series, 澎湃's and 腾讯's bold section titles)."""

from __future__ import annotations

import json

from conftest import build_text as build
from convertkit.model import Caption, EditorNote, Heading, Lead, Paragraph
from convertkit.readers import read_documents
from convertkit.readers.html import extract_html, read_html
from convertkit.readers.html_info import bold_texts, squash

_QUESTIONS = ("经济增长会继续放缓吗？", "哪些行业的风险最大？",
              "明年居民消费可能回升到疫情前的水平吗？你的判断是什么？", "政府现在应该做什么？")
_GUESTS = ("某某研究院首席经济学家：王某某", "某某证券首席策略师：Li Ming")
_ANSWERS = (
    ("增速还会放缓一段时间，但下半年有望企稳。外需的拖累正在减弱，基建投资也在发力。",
     "制造业投资和出口的压力最大。订单减少以后，企业扩大产能的意愿明显下降。",
     "不太可能。收入预期还没有明显改善，居民更愿意增加储蓄而不是消费。",
     "应当加大财政支出力度，稳定就业和收入预期，同时加快推进重大项目建设。"),
    ("放缓已经接近尾声，明年会温和回升。库存周期见底以后，工业生产将逐步恢复。",
     "地产链条上的行业风险最大。销售下滑拖累了建材、家电和装修等上下游行业。",
     "有可能，但要看服务消费的恢复速度。旅游和餐饮的回暖已经开始显现。",
     "继续降低融资成本，并支持民营企业扩大投资，稳定市场主体的信心。"),
)
_INTRO = "随着外部需求减弱、国内消费恢复偏慢，明年经济走势如何？记者就几个共同的问题采访了多位经济学家，请他们谈谈自己的看法。"
_BACKGROUND = ("今年前三季度，国内生产总值同比增长百分之四点九，社会消费品零售总额增长百分之六点八，固定资产投资增长百分之三点一，"
               "规模以上工业增加值增长百分之四点零。多家机构近期下调了对明年增速的预测，市场对政策加码的期待有所升温。")


def _page(body: str, title: str = "明年经济怎么走？几位经济学家这么说") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a></div><h1>{title}</h1><div class='article-content'>{body}</div>"
            "<div class='footer'>网站地图</div></body></html>").encode()


def _series(number: bool = True, bold_name: bool = False) -> str:
    parts = [f"<p>　　{_INTRO}</p>", f"<p>　　{_BACKGROUND}</p>"]
    for index, (guest, answers) in enumerate(zip(_GUESTS, _ANSWERS, strict=True), start=1):
        if number:
            parts.append(f"<p>　　{index}</p>")
        post, name = guest.split("：")
        parts.append(f"<p>　　<strong>{post}：</strong><strong>{name}</strong></p>" if bold_name else f"<p>　　{guest}</p>")
        for question, answer in zip(_QUESTIONS, answers, strict=True):
            parts.append(f"<p>　　<strong>{question}</strong></p><p>　　{answer}</p>")
    return "".join(parts)


def _kinds(doc) -> list[tuple[str, str, int | None]]:
    return [(block.kind, block.text, getattr(block, "level", None)) for block in doc.blocks]


# --------------------------------------------------------------------------- the HTML layer's evidence


def test_bold_texts_are_lines_bold_all_through() -> None:
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring(
        "<html><body>"
        "<p>　　<strong>一、总体要求</strong></p>"  # spaces outside the bold say nothing
        "<p><strong>会有风险吗</strong>？</p>"  # nor a mark
        "<p><strong>部分</strong>加粗的句子。</p>"  # a bold word in a sentence: no bold line
        "<p><b>二、主要任务</b><br>正文的第一句话在这里。</p>"  # a bold run before a <br>
        "<section><span style='font-weight: bold;'>三、保障措施</span></section>"
        "<p style='font-weight:700'>四、组织实施</p>"
        "<p><strong>五、<span style='font-weight:normal'>附则</span></strong></p>"  # set back to normal
        "<h2>六、标题本身</h2>"
        "</body></html>")
    found = bold_texts(tree)
    assert {squash(text) for text in ("一、总体要求", "会有风险吗？", "二、主要任务", "三、保障措施", "四、组织实施")} <= found
    assert not {squash(text) for text in ("部分加粗的句子。", "正文的第一句话在这里。", "五、附则", "六、标题本身")} & found


def test_bold_questions_of_an_interview_series_are_headings_under_each_interviewee() -> None:
    """新浪财经's 问答 series: a section number (<p>　　1</p>), the interviewee's post and name, then
    the same bold questions, each answered by the plain paragraph under it. Every question is a
    heading (level 3) wherever it stands, the long one of two clauses too, under the numbered
    name (1．某某研究院…, level 2: the number and the line under it one heading); the numbers
    were dropped as symbols, the first question after the name line refused as the second line
    of a pair."""
    doc = read_html(_page(_series()), path="p.html")
    headings = [(text, level) for kind, text, level in _kinds(doc) if kind == "heading"]
    expected = []
    for index, guest in enumerate(_GUESTS, start=1):
        expected += [(f"{index}．{guest}", 2), *((question, 3) for question in _QUESTIONS)]
    assert headings == expected
    answers = [text for kind, text, _ in _kinds(doc) if kind == "paragraph"]
    assert answers == [_BACKGROUND, *(answer for answers in _ANSWERS for answer in answers)]


def test_bold_interviewee_line_over_a_bold_question_is_a_heading_too() -> None:
    """A name line set bold (<strong>post：</strong><strong>name</strong>) over the first bold
    question: a heading pair, not a bold line refused for having no paragraph under it."""
    doc = read_html(_page(_series(number=False, bold_name=True)), path="p.html")
    headings = [text for kind, text, _ in _kinds(doc) if kind == "heading"]
    assert headings == [line for guest in _GUESTS for line in (guest, *_QUESTIONS)]


def test_a_live_quote_after_a_linked_stock_name_leaves_the_line() -> None:
    """新浪财经 links a company's name to its quote page and sets the live quote after it
    (<span id="quote_X">(431.2, 7.37, 1.74%)</span>): no words of the story, and the line it
    stood in was dropped as a teaser link or read as a sentence."""
    body = _series(number=False).replace(
        f"<p>　　{_GUESTS[1]}</p>",
        "<p>　　<strong><span><a href='https://quotes.example.com/x.html'>某某证券</a></span>"
        "<span id='quote_X'>(<font>31.2</font>, <font>0.37</font>, <font>1.74%</font>)</span>"
        "首席策略师：</strong><strong>Li Ming</strong></p>")
    texts = [line.text for line in extract_html(_page(body), path="p.html").lines]
    assert _GUESTS[1] in texts and not any("1.74%" in text for text in texts)


def test_a_stray_bare_number_stays_out() -> None:
    """A number alone with no series (a like count left in the body) is no section number."""
    body = f"<p>{_INTRO}</p><p>7</p>" + "".join(f"<p>{answer}这是一段足够长的正文，用来说明问题。</p>" for answer in _ANSWERS[0])
    texts = [line.text for line in extract_html(_page(body), path="p.html").lines]
    assert "7" not in texts


def test_what_bold_is_not() -> None:
    """A bold lead sentence, a bold byline, a bold editor's note, a bold caption, a bold quoted
    sentence and a bold label closed by a colon are no subheadings; a bold phrase in quotes
    (澎湃's “无法用科学解释” section title) is one."""
    body = (
        "<p><strong>本报记者 张某某</strong></p>"
        "<p><strong>编者按：城市更新是近年来的热门话题，本报推出系列报道，敬请关注。</strong></p>"
        "<p><strong>今年以来，本市加快推进老旧小区改造，已有一百二十个小区完成了改造任务。</strong></p>"
        "<p>改造涉及屋面防水、管网更新、加装电梯等内容，居民普遍反映居住条件明显改善。</p>"
        "<p><strong>图为改造后的某小区外景。</strong></p>"
        "<p>市住建部门介绍，明年还将继续推进一百个小区的改造工作，重点解决停车难等问题。</p>"
        "<p><strong>“我们终于住上了有电梯的房子。”</strong></p>"
        "<p>家住五楼的李大爷说，以前上下楼要歇好几次，现在方便多了，全家人都很高兴。</p>"
        "<p><strong>具体安排如下：</strong></p>"
        "<p>各区要在年底前完成摸底调查，制定改造计划，并向社会公开征求意见。</p>"
        "<p><strong>“住得更舒心”</strong></p>"
        "<p>改造后的小区增设了健身步道和休闲座椅，不少老人每天都在这里锻炼身体。</p>")
    doc = read_html(_page(body, title="老旧小区改造让居民住得更舒心"), path="p.html")
    headings = [block.text for block in doc.blocks if isinstance(block, Heading)]
    assert headings == ["“住得更舒心”"]
    assert doc.meta.reporters == ("张某某",)
    assert any(isinstance(block, EditorNote) for block in doc.blocks)
    assert isinstance(next(block for block in doc.blocks if block.text.startswith("今年以来")), Lead)
    assert any(isinstance(block, Caption) and block.text.startswith("图为") for block in doc.blocks)
    for text in ("“我们终于住上了有电梯的房子。”", "具体安排如下："):
        assert isinstance(next(block for block in doc.blocks if block.text == text), Paragraph)


def test_a_page_set_all_in_bold_says_nothing_by_it() -> None:
    """A long question standing alone is a heading by its bold among plain paragraphs; where every
    paragraph is bold, the bold says nothing and the question is read by its shape (a paragraph)."""
    question = _QUESTIONS[2]
    prose = (_INTRO, _BACKGROUND, _ANSWERS[0][0], _ANSWERS[0][1])
    for all_bold in (False, True):
        mark = (lambda text: f"<strong>{text}</strong>") if all_bold else (lambda text: text)
        body = "".join(f"<p>{mark(text)}</p>" for text in prose[:2]) + f"<p><strong>{question}</strong></p>" \
            + "".join(f"<p>{mark(text)}</p>" for text in prose[2:])
        doc = read_html(_page(body), path="p.html")
        block = next(block for block in doc.blocks if block.text == question)
        assert isinstance(block, Paragraph if all_bold else Heading), all_bold


# --------------------------------------------------------------------------- text copies


def _text_series(numbers: bool) -> str:
    lines = ["明年经济怎么走？几位经济学家这么说", _INTRO, "图/某某图库"]
    for index, (guest, answers) in enumerate(zip(_GUESTS, _ANSWERS, strict=True), start=1):
        lines += [str(index)] if numbers else []
        lines.append(guest)
        for question, answer in zip(_QUESTIONS, answers, strict=True):
            lines += [question, answer]
    return "\n".join(lines) + "\n"


def test_text_copy_of_an_interview_series_reads_every_question_as_a_heading() -> None:
    """The same page as text: the first interviewee's post and name under the picture's credit
    opens a heading pair as the others do (it was taken for more of the caption, and the
    question under it refused as the second line of a pair opened by no heading), and the long
    question of two clauses is a heading where the text asks its short questions as headings."""
    for numbers in (True, False):
        doc = build(_text_series(numbers))
        headings = [block.text for block in doc.blocks if isinstance(block, Heading)]
        assert all(headings.count(question) == len(_GUESTS) for question in _QUESTIONS), (numbers, headings)
        numbered = [f"{index}．{guest}" if numbers else guest for index, guest in enumerate(_GUESTS, start=1)]
        assert all(guest in headings for guest in numbered), (numbers, headings)  # the first under the picture too
    levels = {(block.text, block.level) for block in build(_text_series(True)).blocks if isinstance(block, Heading)}
    assert {(question, 3) for question in _QUESTIONS} <= levels and (f"1．{_GUESTS[0]}", 2) in levels


def test_a_long_question_in_prose_is_no_heading() -> None:
    """A question of more than twenty characters standing alone in a text that asks no other
    question as a heading is a paragraph of the prose, as before."""
    doc = build("经济学家谈明年走势\n" + _INTRO + "\n明年居民消费可能回升到疫情前的水平吗？你的判断是什么？\n"
                "多数受访者认为不太可能，收入预期还没有明显改善，居民更愿意增加储蓄。\n")
    assert not any(isinstance(block, Heading) for block in doc.blocks)


def test_markdown_bold_lines_are_headings_and_bold_sentences_are_not() -> None:
    doc = build("某市推进老旧小区改造\n" + _INTRO + "\n**加装电梯的小区**\n"
                "改造涉及屋面防水、管网更新、加装电梯等内容，居民普遍反映居住条件明显改善。\n"
                "**明年还将继续改造一百个小区。**\n市住建部门介绍，重点解决停车难等问题。\n")
    assert [block.text for block in doc.blocks if isinstance(block, Heading)] == ["加装电梯的小区"]


def test_crawler_record_with_bold_questions_in_its_html_body() -> None:
    """A crawler's record holding the page's HTML body: the bold it drops is read as on the page."""
    content = _series(number=False)
    record = {"title": "明年经济怎么走？几位经济学家这么说", "content": content, "url": "https://news.example.com/a.html"}
    from convertkit.readers.crawler_json import html_fragment_bold

    assert html_fragment_bold(content)[2] == _QUESTIONS
    (doc,) = read_documents(json.dumps([record], ensure_ascii=False).encode(), path="r.json")
    headings = [block.text for block in doc.blocks if isinstance(block, Heading)]
    assert all(headings.count(question) == len(_GUESTS) for question in _QUESTIONS), headings


def test_a_post_and_name_under_a_picture_with_prose_under_it_stays_no_heading() -> None:
    """Under a picture, a post and a name with the story going on under it (no question after
    it) is no heading opening a pair: it stays as it was read."""
    doc = build("某研究院发布年度报告\n" + _INTRO + "\n图/某某图库\n某某研究院首席经济学家：王某某\n" + _BACKGROUND + "\n"
                + _ANSWERS[0][0] + "\n")
    assert not any(isinstance(block, Heading) for block in doc.blocks)


def test_every_way_of_setting_a_line_bold_is_read() -> None:
    """<strong>, <b>, a bold style on the paragraph or on a span inside it (WeChat's editors),
    and a bold run before a <br> in the paragraph that goes on under it."""
    question = _QUESTIONS[2]  # too long a question to be a heading by its shape alone
    prose = f"<p>{_INTRO}</p><p>{_BACKGROUND}</p>"
    answer = _ANSWERS[0][2]
    for marked in (f"<p><strong>{question}</strong></p><p>{answer}</p>", f"<p><b>{question}</b></p><p>{answer}</p>",
                   f"<p style='font-weight:bold'>{question}</p><p>{answer}</p>",
                   f"<section><span style='font-weight: bold;'>{question}</span></section><section>{answer}</section>",
                   f"<p><strong>{question}</strong><br>{answer}</p>"):
        doc = read_html(_page(prose + marked + f"<p>{_ANSWERS[0][3]}</p>"), path="p.html")
        assert isinstance(next(block for block in doc.blocks if block.text == question), Heading), marked


def test_a_live_quote_in_a_text_copy_does_not_break_the_interviewee_heading() -> None:
    """The text copy of such a page keeps the live quote after the firm's name in its line: the
    heading reads without it (as the page's reading does), the line as written stays in ``raw``."""
    text = _text_series(False).replace(_GUESTS[1], "某某证券（31.2, 0.37, 1.74%）首席策略师：Li Ming")
    heading = next(block for block in build(text).blocks if isinstance(block, Heading) and "首席策略师" in block.text)
    assert heading.text == _GUESTS[1] and "1.74%" in heading.raw
