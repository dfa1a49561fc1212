"""Shapes of mainland papers' and magazines' copies the earlier probes had not read (工人日报's print
page header over the headline stack, 文汇报's reprint under 原标题, 财新's list of earlier reports,
中国新闻周刊's credits and issue line), and two overseas ones (联合早报's 文 / 图 credit pair, 香港01's
相關文章 list): each test names the convention it guards, with invented text in the outlet's layout."""

from __future__ import annotations

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import EditorLine, EditorNote, RelatedLinks

_STORY = "记者日前从某部获悉，今年春季，多地开展专项招聘活动，截至目前已提供就业岗位超过百万个。"
_MORE = "据介绍，今年的招聘活动突出线上线下相结合，各地在车站、社区设立服务点，提供岗位推介等服务。"


def test_a_print_pages_header_over_the_headline_stack_is_no_title() -> None:
    """工人日报's copy opens with its page's header, 《工人日报》（2024年03月06日 03版), over the
    headline, its deck and the reporters' line: the header names the paper and the day, the
    headline is the title and the line under it the deck, not a paragraph over the story."""
    doc = build(f"《工人日报》（2024年03月06日 03版）\n多地开展春季招聘专项行动\n百万岗位送到家门口\n"
                f"本报记者 张小明 本报通讯员 李晓红\n本报北京3月5日电　{_STORY}\n{_MORE}\n")
    assert doc.meta.title == "多地开展春季招聘专项行动" and doc.meta.subtitle == "百万岗位送到家门口"
    assert doc.meta.agency == "工人日报" and doc.meta.published == "2024-03-06"
    assert body(doc) == [_STORY, _MORE] and doc.blocks[0].kind == "lead"
    assert doc.meta.header_raw[0] == "《工人日报》（2024年03月06日 03版）"
    # the deck over the reporters' line without the page's header, and over a marked one
    for byline in ("本报记者 张小明", "◎本报记者 张小明 通讯员 李晓红", "文/本报记者 张小明"):
        doc = build(f"多地开展春季招聘专项行动\n百万岗位送到家门口\n{byline}\n{_STORY}\n{_MORE}\n")
        assert doc.meta.subtitle == "百万岗位送到家门口" and body(doc) == [_STORY, _MORE], byline


def test_a_line_under_the_headline_over_a_sentence_is_no_deck() -> None:
    """Under the headline, a short line over the reporters' line and a line that is no story (a
    caption's credit) stays what it was."""
    doc = build("多地开展春季招聘专项行动\n百万岗位送到家门口\n本报记者 张小明\n图为招聘会现场\n")
    assert doc.meta.subtitle is None


def test_an_original_title_over_the_new_headline_leaves_the_headline_the_title() -> None:
    """A portal's reprint opens with the paper's headline, 原标题：…, over its own: the note is the
    original title, the next line the headline, not a paragraph under a title taken from it."""
    doc = build(f"原标题：上海推出多项便民新举措\n市民办事更方便了\n作者：文汇报记者 张小明\n{_STORY}\n{_MORE}\n")
    assert doc.meta.title == "市民办事更方便了"
    assert [(block.label, block.text) for block in doc.blocks if isinstance(block, EditorNote)] == [
        ("原标题", "上海推出多项便民新举措")]
    assert body(doc) == [_STORY, _MORE]


def test_caixins_list_of_earlier_reports_is_a_related_list() -> None:
    doc = build(f"某银行高管被带走调查\n【财新网】（记者 张小明）{_STORY}\n{_MORE}\n更多报道详见：\n"
                "某银行去年净利润增长百分之五\n某银行启动新一轮组织架构调整\n责任编辑：王小刚 | 版面编辑：刘小芳\n")
    (related,) = [block for block in doc.blocks if isinstance(block, RelatedLinks)]
    assert related.label == "更多报道详见" and [item.title for item in related.items] == [
        "某银行去年净利润增长百分之五", "某银行启动新一轮组织架构调整"]
    assert body(doc) == [_STORY, _MORE]


def test_a_magazines_credits_issue_line_and_print_headline() -> None:
    """中国新闻周刊's site: 文｜, 编辑｜ and 运营｜ credits under the headline; under the story the
    issue it ran in (发于2024.3.4总第1131期《中国新闻周刊》杂志: the magazine and the day) and the
    headline it ran under there (杂志标题：…, a note as 原标题 is)."""
    doc = build(f"县城年轻人的新选择\n文｜张小明\n编辑｜李晓红\n运营｜王小刚\n{_STORY}\n{_MORE}\n"
                "发于2024.3.4总第1131期《中国新闻周刊》杂志\n杂志标题：返乡的年轻人\n")
    assert body(doc) == [_STORY, _MORE]
    assert [block.text for block in doc.blocks if isinstance(block, EditorLine)] == ["发于2024.3.4总第1131期《中国新闻周刊》杂志"]
    assert doc.meta.published == "2024-03-04" and doc.meta.agency == "中国新闻周刊"
    assert "运营｜王小刚" in doc.meta.header_raw
    assert [(block.label, block.text) for block in doc.blocks if isinstance(block, EditorNote)] == [
        ("杂志标题", "返乡的年轻人")]


def test_a_slashed_picture_credit_under_the_writers_is_the_photographer() -> None:
    """联合早报: 文 / 张三 and 图 / 李四 under the headline: the photographer, where the line stood in
    the body (spaced) or was read as a picture's caption (unspaced); a picture's credit naming an
    agency (图/视觉中国) stays a caption."""
    for credits in ("文 / 张小明\n图 / 李晓红", "文/张小明\n图/李晓红"):
        doc = build(f"新加坡公布新财政预算\n{credits}\n{_STORY}\n{_MORE}\n")
        assert doc.meta.photographers == ("李晓红",) and body(doc) == [_STORY, _MORE], credits
        assert not doc.blocks_of("caption")
    doc = build(f"新加坡公布新财政预算\n文/张小明\n图/视觉中国\n{_STORY}\n{_MORE}\n")
    assert [block.text for block in doc.blocks_of("caption")] == ["图/视觉中国"] and doc.meta.photographers == ()


def test_related_articles_label_opens_a_list_only_with_its_colon() -> None:
    doc = build(f"港鐵新綫下月通車\n撰文：張小明\n{_STORY}\n{_MORE}\n相關文章：\n港鐵公布新綫車費\n港鐵新綫試車順利\n")
    (related,) = doc.blocks_of("related_links")
    assert related.label == "相關文章" and len(related.items) == 2
    doc = build(f"某地发布新规\n{_STORY}\n相关文章指出，新规将有助于行业健康发展。\n")
    assert not doc.blocks_of("related_links") and body(doc)[-1] == "相关文章指出，新规将有助于行业健康发展。"


def test_a_headline_under_three_header_lines_is_the_title_not_a_paragraph() -> None:
    """中国青年报's copy sets its reporters, source and time over the headline: the headline is still
    the title, where a title derived from it left it a paragraph over the story too."""
    doc = build(f"中青报·中青网记者 张小明 实习生 李晓红\n来源：中国青年报\n2024年03月05日 06:12\n大学生返乡创业热潮涌动\n"
                f"{_STORY}\n{_MORE}\n")
    assert doc.meta.title == "大学生返乡创业热潮涌动" and not doc.meta.title_derived
    assert body(doc) == [_STORY, _MORE]


def test_a_picture_credit_in_a_closing_credit_block_is_a_credit_not_a_caption() -> None:
    """A county outlet's closing block, one credit a line (文字 | 张三 / 图片 | 李四 / 编辑 | 王五 / 审核 |
    赵六): the pictures' maker is a photographer and the line one of the credits."""
    doc = build(f"某市启动老旧小区改造\n{_STORY}\n{_MORE}\n文字 | 张小明\n图片 | 李晓红\n编辑 | 王小刚\n审核 | 刘小芳\n")
    assert not doc.blocks_of("caption") and doc.meta.photographers == ("李晓红",)
    assert [block.text for block in doc.blocks_of("editor_line")][1] == "图片 | 李晓红"
    alone = build(f"某市启动老旧小区改造\n{_STORY}\n{_MORE}\n图片 | 网络\n")  # a picture's source, no names
    assert [block.text for block in alone.blocks_of("caption")] == ["图片 | 网络"]


def test_a_reporters_picture_credit_closed_by_tu_names_the_photographer() -> None:
    """澎湃's captions close with the reporter and 图 (…一景。澎湃新闻记者 王小刚 图): a caption with its
    photographer, in a text copy as in the page; 图 after words (示意图, 地图) names nobody."""
    from convertkit.structure.captions import photographer_of

    doc = build(f"某市推出夜间经济新政\n澎湃新闻记者 张小明\n{_STORY}\n某市夜间消费集聚区一景。澎湃新闻记者 王小刚 图\n{_MORE}\n")
    (caption,) = doc.blocks_of("caption")
    assert caption.photographer == "王小刚" and doc.meta.photographers == ("王小刚",)
    assert body(doc) == [_STORY, _MORE]
    assert photographer_of("某景。记者 张三 李四 图") == ("张三", "李四")
    assert photographer_of("这是记者绘制的示意图") is None and photographer_of("记者走访发现，这是一张地图") is None


def test_an_e_paper_pages_header_over_the_headline_is_no_title() -> None:
    """An e-paper copy opens with its page's header and day (第04版：要闻 / 2024年03月05日 星期二) over
    the headline: header lines, the headline the title, not a paragraph under the page's name."""
    for page in ("第04版：要闻", "A04版：财经", "第3版"):
        doc = build(f"{page}\n2024年03月05日 星期二\n某省出台措施支持民营经济发展\n本报记者 张小明\n{_STORY}\n{_MORE}\n")
        assert doc.meta.title == "某省出台措施支持民营经济发展", page
        assert doc.meta.header_raw[0] == page and body(doc) == [_STORY, _MORE]
    doc = build(f"第3版的故事\n{_STORY}\n{_MORE}\n")  # a headline that only opens like one
    assert doc.meta.title == "第3版的故事"


def test_a_broadcasters_notice_against_reprinting_in_whole_or_part_is_furniture() -> None:
    doc = build(f"欧盟通过人工智能法案\n{_STORY}\n{_MORE}\n© 2024年德国之声版权所有。\n"
                "未经德国之声特别授权，任何媒体不得全文或部分转载。\n")
    assert body(doc) == [_STORY, _MORE]
    assert "未经德国之声特别授权，任何媒体不得全文或部分转载。" in doc.meta.furniture_raw


_CAIXIN_PAGE = "\n".join((
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>某银行高管被带走调查_金融频道_财新网</title></head><body>',
    '<div class="head"><a href="/">财新网</a> <a href="/finance">金融</a></div>',
    '<div id="conTit"><h1>某银行高管被带走调查</h1></div>',
    '<div class="artInfo">文｜财新 张小明 李晓红<br>2024年03月05日 18:32</div>',
    '<div class="subhead">某银行一名副行长近日被有关部门带走调查，该行尚未回应</div>',
    '<div id="Main_Content_Val" class="text">',
    "<p>【财新网】某银行一名副行长近日被有关部门带走调查，3月5日，财新从多个独立信源处获悉上述消息。</p>",
    "<p>据财新了解，该副行长于2019年加入该行，此前长期在监管部门任职。该行一位员工表示，相关业务目前运转正常。</p>",
    "<p>截至发稿，该行尚未就此事作出回应。</p>",
    "<p>{label}</p>",
    '<p><a href="/1">某银行去年净利润增长百分之五</a></p>',
    '<p><a href="/2">某银行启动新一轮组织架构调整</a></p>',
    "<p>责任编辑：王小刚 | 版面编辑：刘小芳</p>",
    "</div>",
    '<div class="copyright">财新网所刊载内容之知识产权为财新传媒及/或相关权利人专属所有或持有。未经许可，禁止进行转载、摘编、复制及建立镜像等任何使用。</div>',
    "</body></html>"))


def test_a_pages_deck_under_its_credits_and_its_list_one_link_a_paragraph() -> None:
    """财新's page: the writers and the time, then the deck over the 【财新网】 dateline (the deck, not
    the lead, which left the dateline unread); the list under 更多报道详见 (or 延伸阅读) one link a
    paragraph, every link kept, where only the first was."""
    from convertkit.readers.html import read_html

    for label in ("更多报道详见：", "延伸阅读："):
        doc = read_html(_CAIXIN_PAGE.format(label=label).encode(), path="caixin.html")
        assert doc.meta.subtitle == "某银行一名副行长近日被有关部门带走调查，该行尚未回应"
        assert doc.meta.dateline is not None and doc.meta.dateline.agency == "财新网"
        assert doc.blocks[0].kind == "lead" and doc.blocks[0].text.startswith("某银行一名副行长近日被有关部门带走调查，3月5日")
        (related,) = doc.blocks_of("related_links")
        assert [item.title for item in related.items] == ["某银行去年净利润增长百分之五", "某银行启动新一轮组织架构调整"]
        assert related.items[1].url == "/2"


def test_a_box_label_over_its_title_and_text_is_a_heading() -> None:
    """A print page's box (■记者观察) over the box's own title and its text: the label a heading, the
    title a heading under it, where both stayed paragraphs (the label was read only over prose)."""
    doc = build(f"某市发布人才新政\n{_STORY}\n{_MORE}\n■记者观察\n人才竞争不能只拼补贴\n"
                "人才政策的吸引力，最终取决于城市的发展机会和营商环境。\n一味比拼补贴额度，难以留住人才。\n")
    assert [block.text for block in doc.blocks_of("heading")] == ["记者观察", "人才竞争不能只拼补贴"]
    listed = build(f"某市发布人才新政\n{_STORY}\n■记者观察\n■人才竞争\n■补贴额度\n{_MORE}\n")  # a run of marks: a list
    assert not listed.blocks_of("heading")


def test_an_end_mark_with_the_editors_credit_on_its_line() -> None:
    """（完）　　编辑：李四 (a copy joined the story's last two lines): the end mark, then the editor
    line, where the whole line was a paragraph; other words after the mark stay a paragraph."""
    doc = build(f"某地举办春季运动会\n{_STORY}\n{_MORE}\n（完）　　编辑：李晓红\n")
    assert [block.kind for block in doc.blocks[-2:]] == ["end_mark", "editor_line"]
    assert doc.meta.editors == ("李晓红",) and body(doc) == [_STORY, _MORE]
    other = build(f"某地举办春季运动会\n{_STORY}\n{_MORE}\n（完）　　欢迎读者来信来电反映情况\n")
    assert body(other)[-1] == "（完）　欢迎读者来信来电反映情况"


def test_a_hong_kong_papers_marked_caption() -> None:
    """星島 and 東方 set a picture's caption after ■ (■港鐵東鐵綫今早服務受阻，大批乘客滯留月台。): a
    caption; a mainland page's ■ subheading or box label, a ■ credit and a run of ■ lines are not."""
    story = "港鐵東鐵綫今早有列車故障，部分班次延誤約二十分鐘，大批乘客滯留月台。"
    more = "港鐵發言人表示，工程人員已到場處理，服務已逐步恢復正常。"
    doc = build(f"港鐵東鐵綫服務受阻\n星島日報報道\n{story}\n{more}\n■港鐵東鐵綫今早服務受阻，大批乘客滯留月台。\n")
    assert [block.text for block in doc.blocks_of("caption")] == ["■港鐵東鐵綫今早服務受阻，大批乘客滯留月台。"]
    for line in ("■ 本報記者 張小明", "■記者手記", "■科技赋能", "■某市今年将新建学校十所，惠及学生上万名。"):
        other = build(f"某市新闻\n{_STORY}\n{line}\n{_MORE}\n")
        assert not other.blocks_of("caption"), line
    run = build(f"港鐵東鐵綫服務受阻\n{story}\n■港鐵東鐵綫今早服務受阻，乘客滯留。\n■工程人員到場處理，服務逐步恢復。\n{more}\n")
    assert not run.blocks_of("caption")


def test_a_wire_credit_closing_the_opening_section_names_writers_and_outlet() -> None:
    """环球时报 closes its opening section with its correspondents' credit in 【】 (…袭击某国。【环球时报驻
    某国、某国特约记者 王一 李二】): read as the same credit opening a paragraph is; a bracket after an
    unfinished sentence, or a story already credited, keeps its text."""
    opening = "某国昨天没有举行演习，但外界的担忧反而加深。"
    credit = "【环球时报驻某国、某国特约记者 王晓东 李明辉】"
    doc = build(f"某国演习未举行外界担忧加深\n{opening}\n{_STORY}{credit}\n{_MORE}\n")
    assert body(doc) == [opening, _STORY, _MORE]
    assert doc.meta.reporters == ("王晓东", "李明辉") and doc.meta.agency == "环球时报"
    kept = build(f"某国演习未举行外界担忧加深\n{opening}\n{_STORY[:-1]}{credit}\n{_MORE}\n")
    assert f"{_STORY[:-1]}{credit}" in body(kept) and not kept.meta.reporters
    credited = build(f"某国演习未举行外界担忧加深\n新华社北京3月5日电（记者 张三）{opening}\n{_STORY}{credit}\n")
    assert credited.meta.reporters == ("张三",) and body(credited)[-1].endswith(credit)


def test_a_bracketed_credit_parted_by_spaces_alone_closes_the_story() -> None:
    """…确保不误农时。（编辑 王晓） glued after the last sentence: the editor's credit, as （编辑：王晓）
    is; inside the sentence (…农时（编辑 王晓）。) it stays."""
    doc = build(f"某市部署春耕生产\n{_STORY}\n{_MORE}（责编 王晓东 李明辉）\n")
    assert body(doc) == [_STORY, _MORE] and doc.meta.editors == ("王晓东", "李明辉")
    kept = build(f"某市部署春耕生产\n{_STORY}\n{_MORE[:-1]}（编辑 王晓东）。\n")
    assert body(kept)[-1].endswith("（编辑 王晓东）。") and not kept.meta.editors
