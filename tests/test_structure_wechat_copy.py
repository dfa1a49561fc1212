"""WeChat official-account posts copied as text (from the WeChat reader or a browser, or clipped
to markdown): the meta line with or without 原创, the collections' tags, the repost card, the
bar-set credits, the END mark and the page's chrome under the post."""

from __future__ import annotations

import pytest

from conftest import body_texts as body
from conftest import build_text as build
from convertkit.model import EndMark

_TITLE = "县城里的“夜经济”：一条老街的重生"
_PROSE = (
    "夜幕降临，老街上的灯笼次第亮起。卖糖画的老人刚支起摊子，就被一群孩子围住了，这条老街如今每晚能迎来上万名游客。",
    "据县文旅局介绍，老街改造没有大拆大建，而是保留了原有的青石板路和明清时期的建筑立面，只更新了水电管网和消防设施。",
    "县商务局统计显示，今年前十个月，老街夜间消费额同比增长百分之六十三，带动周边就业一千余人，不少年轻人回到了县城。",
)
# What a copy of the whole page carries under the post: the tag notice, the follow prompt, the swipe
# hints, the account's name again, the mini-program dialog, the buttons.
_CHROME = (
    "预览时标签不可点\n微信扫一扫\n关注该公众号\n继续滑动看下一个\n轻触阅读原文\n江南晚报\n向上滑动看下一个\n知道了\n"
    "微信扫一扫\n使用小程序\n取消\n允许\n取消\n允许\n×\n分析\n：\n，\n。\n"
    "视频 小程序 赞 ，轻点两下取消赞 在看 ，轻点两下取消在看\n分享 留言 收藏 听过\n"
)


def _post(meta: str, *, before: str = "", after: str = "", chrome: str = _CHROME) -> str:
    return f"{_TITLE}\n{meta}\n{before}" + "\n".join(_PROSE) + f"\n{after}{chrome}"


def test_the_page_chrome_under_a_post_is_furniture() -> None:
    doc = build(_post("原创 王晓明 江南晚报 2024-01-28 10:15 发表于浙江"))
    assert body(doc) == list(_PROSE)
    assert {"预览时标签不可点", "继续滑动看下一个", "取消", "允许", "分享 留言 收藏 听过"} <= set(doc.meta.furniture_raw)


def test_the_chrome_of_a_markdown_clip_with_its_pictures_and_lone_marks_is_furniture() -> None:
    chrome = ("预览时标签不可点\n\n阅读原文\n\n![]()\n\n微信扫一扫\n关注该公众号\n\n继续滑动看下一个\n\n"
              "![](http://mmbiz.qpic.cn/mmbiz_png/abc/0?wx_fmt=png)\n\n江南晚报\n\n![跳转二维码]()\n\n![作者头像](http://x/0)\n\n"
              "微信扫一扫可打开此内容，\n使用完整服务\n\n：\n，\n。\n\n视频\n小程序\n赞\n，轻点两下取消赞\n在看\n，轻点两下取消在看\n听过\n")
    doc = build(_post("原创 王晓明 江南晚报 2024-01-28 10:15 发表于浙江", chrome=chrome))
    assert body(doc) == list(_PROSE)


def test_an_opener_of_the_chrome_before_more_story_is_only_itself() -> None:
    """微信扫一扫 alone above more of the story (a prompt set in the middle) takes only its own line."""
    text = f"{_TITLE}\n{_PROSE[0]}\n微信扫一扫\n{_PROSE[1]}\n{_PROSE[2]}\n"
    assert body(build(text)) == list(_PROSE)


@pytest.mark.parametrize("mark", ["END", "- END -", "—END—", "— END —", "-THE END-", "- 完 -", "——全文完——"])
def test_a_posts_end_mark_alone_after_the_story(mark: str) -> None:
    doc = build(_post("原创 王晓明 江南晚报 2024-01-28 10:15", after=f"{mark}\n编辑 | 张三\n"))
    [end] = doc.blocks_of("end_mark")
    assert isinstance(end, EndMark) and end.text == mark and doc.meta.editors == ("张三",)
    assert body(doc) == list(_PROSE)


def test_end_words_in_the_story_are_text() -> None:
    doc = build(f"{_TITLE}\nEND\n{_PROSE[0]}\n")
    assert not doc.blocks_of("end_mark")
    doc = build(f"{_TITLE}\n{_PROSE[0]}\nTHE END OF AN ERA\n")
    assert not doc.blocks_of("end_mark")


@pytest.mark.parametrize(("line", "reporters", "agency"), [
    ("王晓明 江南晚报 2024年1月28日 10:15 北京", ("王晓明",), "江南晚报"),  # no 原创 mark, the place after the time
    ("江南晚报 2024-01-28 10:15 发表于浙江", (), "江南晚报"),
    ("王晓明 李华 江南晚报 2024-01-28 10:15", ("王晓明", "李华"), "江南晚报"),  # before 2022: no place
    ("刘早起 早起Python *2022-05-30 11:21* *Posted on 安徽*", ("刘早起",), "早起Python"),  # a markdown clip
    ("Original 王晓明 江南晚报 2024-01-28 10:15", ("王晓明",), "江南晚报"),
])
def test_the_meta_line_under_the_headline(line: str, reporters: tuple[str, ...], agency: str) -> None:
    doc = build(_post(line))
    assert doc.meta.published.startswith(("2024-01-28T10:15", "2022-05-30T11:21"))
    assert doc.meta.reporters == reporters and doc.meta.agency == agency
    assert line in doc.meta.header_raw and body(doc) == list(_PROSE)


def test_names_and_a_date_without_the_posts_shape_are_not_an_account() -> None:
    """Two writers before a date (no account among them) and a date without its time stay as before."""
    doc = build(f"{_TITLE}\n张三 李四 2024-01-28 10:15\n{_PROSE[0]}\n")
    assert doc.meta.agency != "李四"
    doc = build(f"{_TITLE}\n王晓明 江南晚报 2024-01-28\n{_PROSE[0]}\n")
    assert doc.meta.agency != "江南晚报"


@pytest.mark.parametrize("lines", [
    "收录于合集\n#县域经济 12个\n#夜经济 5个\n",
    "收录于合集 #县域经济 12个 #夜经济 5个\n",
    "收录于话题\n#县域经济 12 个\n#夜经济 5 个\n",
])
def test_the_collections_a_post_is_in_give_its_keywords(lines: str) -> None:
    doc = build(_post("原创 王晓明 江南晚报 2024-01-28 10:15", before=lines))
    assert doc.meta.keywords == ("县域经济", "夜经济") and body(doc) == list(_PROSE)


def test_a_bar_set_source_credit_after_the_story_names_the_agency() -> None:
    doc = build(_post("原创 江南晚报 2024-01-28 10:15", after="来源 | 人民日报\n编辑 | 张三\n审核 | 李四\n"))
    assert doc.meta.agency == "人民日报" and "来源 | 人民日报" in doc.meta.header_raw
    assert doc.meta.editors == ("张三", "李四") and body(doc) == list(_PROSE)
    doc = build(_post("原创 江南晚报 2024-01-28 10:15", after="来源丨新华社\n"))
    assert doc.meta.agency == "新华社"
    doc = build(_post("原创 江南晚报 2024-01-28 10:15", after="编辑|张三\n来源|广州参考、羊城晚报\n"))
    assert doc.meta.agency == "广州参考" and "来源|广州参考、羊城晚报" in doc.meta.header_raw


@pytest.mark.parametrize(("note", "agency"), [
    ("本文转载自公众号“人民日报”", "人民日报"),
    ("本文转载自微信公众号：科技日报（ID：kjrbwx）", "科技日报"),
    ("本文转自公众号「江苏发布」", "江苏发布"),
])
def test_a_reprint_note_naming_an_account_gives_the_account(note: str, agency: str) -> None:
    doc = build(_post("原创 江南晚报 2024-01-28 10:15", before=f"{note}\n"))
    assert doc.meta.agency == agency and body(doc) == list(_PROSE)


def test_the_repost_card_names_the_source_and_its_writer() -> None:
    doc = build(_post("江南晚报 2024-01-28 10:15 发表于浙江", before="以下文章来源于人民日报 ，作者张三\n"))
    assert doc.meta.agency == "人民日报" and doc.meta.reporters == ("张三",) and body(doc) == list(_PROSE)
    doc = build(_post("江南晚报 2024-01-28 10:15 发表于浙江", before="The following article is from 科技日报 Author 李四\n"))
    assert doc.meta.agency == "科技日报" and doc.meta.reporters == ("李四",)


def test_a_picture_named_in_a_word_under_its_pointer_is_a_caption() -> None:
    doc = build(_post("原创 江南晚报 2024-01-28 10:15", before=f"{_PROSE[0]}\n▲资料图\n"))
    assert [caption.text for caption in doc.blocks_of("caption")] == ["▲资料图"]


def test_a_markdown_clip_of_a_post_its_cover_its_headline_again_and_an_emphasised_caption() -> None:
    """A WeChat exporter's markdown: the headline, the cover picture (its alt only says it is one),
    the headline again, and a caption set in emphasis under a picture."""
    text = (f"# {_TITLE}\n\n![cover_image](https://mmbiz.qpic.cn/a/0?wx_fmt=jpeg)\n\n# {_TITLE}\n\n"
            f"{_PROSE[0]}\n\n![图片](https://mmbiz.qpic.cn/b/640)\n\n*图：老街夜景*\n\n{_PROSE[1]}\n\n![Image](https://x/1.png)\n\n{_PROSE[2]}\n")
    doc = build(text)
    assert doc.meta.title == _TITLE and body(doc) == list(_PROSE)
    assert [caption.text for caption in doc.blocks_of("caption")] == ["图：老街夜景"]
    assert "![图片](https://mmbiz.qpic.cn/b/640)" in doc.meta.furniture_raw  # its Han characters kept


def test_emphasis_inside_a_line_and_a_line_of_stars_stay() -> None:
    doc = build(f"{_TITLE}\n{_PROSE[0]}\n据*初步*统计，客流同比增长三成，夜间消费额也明显上升，商户普遍表示满意。\n***\n")
    assert "据*初步*统计，客流同比增长三成，夜间消费额也明显上升，商户普遍表示满意。" in body(doc)


@pytest.mark.parametrize("plea", [
    "▼点击下方名片关注▼", "设为星标，第一时间获取最新资讯", "喜欢就点个赞吧", "点赞、在看、转发三连走起", "觉得好看请点在看",
    "长按识别二维码关注我们",
])
def test_the_accounts_pleas_for_its_buttons_are_furniture(plea: str) -> None:
    doc = build(_post("原创 江南晚报 2024-01-28 10:15", after=f"{plea}\n", chrome=""))
    assert body(doc) == list(_PROSE) and plea in doc.meta.furniture_raw


@pytest.mark.parametrize("line", ["为坚守岗位的他们点个赞！", "这条视频获得网友纷纷点赞", "星标卫星发射成功"])
def test_words_of_the_buttons_in_a_story_line_are_text(line: str) -> None:
    doc = build(f"{_TITLE}\n{_PROSE[0]}\n{line}\n{_PROSE[1]}\n")
    assert line in [block.text for block in doc.blocks]


def test_a_source_line_with_the_accounts_id() -> None:
    doc = build(_post("原创 江南晚报 2024-01-28 10:15", after="本文来源：浙江日报（ID：zjrb）\n", chrome=""))
    assert doc.meta.agency == "浙江日报" and body(doc) == list(_PROSE)


@pytest.mark.parametrize("source", ["来源：浙江日报\n微信号：zjrb2024", "来源：浙江日报\n微信ID：zjrb2024",
                                    "来源：浙江日报\nID：zjrb2024", "来源：浙江日报\n公众号ID：zjrb2024",
                                    "来源：浙江日报微信公众号（ID：zjrb2024）", "来源：微信公众号“浙江日报”"])
def test_the_accounts_handle_under_its_source_credit_is_furniture(source: str) -> None:
    doc = build(_post("原创 江南晚报 2024-01-28 10:15", after=f"{source}\n", chrome=""))
    assert doc.meta.agency == "浙江日报" and body(doc) == list(_PROSE)
    # a line of the story opening with the label is no handle
    story = build(f"{_TITLE}\n{_PROSE[0]}\nID：这是一个问题\n{_PROSE[1]}\n")
    assert "ID：这是一个问题" not in story.meta.furniture_raw


@pytest.mark.parametrize(("line", "reporters"), [("文丨棒棒不是糖", ("棒棒不是糖",)), ("作者｜小胖", ("小胖",)),
                                                 ("文 | 大白兔", ("大白兔",))])
def test_a_posts_writer_under_a_bar_may_be_a_handle(line: str, reporters: tuple[str, ...]) -> None:
    doc = build(f"{_TITLE}\n{line}\n" + "\n".join(_PROSE) + "\n")
    assert doc.meta.reporters == reporters and body(doc) == list(_PROSE)


def test_the_readers_copy_with_the_date_on_a_line_of_its_own_and_the_listen_button() -> None:
    doc = build(_post("原创 王晓明 江南晚报\n2024年01月28日 10:15 浙江\n听全文"))
    assert doc.meta.published == "2024-01-28T10:15" and doc.meta.agency == "江南晚报"
    assert doc.meta.reporters == ("王晓明",) and body(doc) == list(_PROSE) and "听全文" in doc.meta.furniture_raw
    doc = build(_post("王晓明 江南晚报 2024年01月28日 10:15 浙江 听全文"))
    assert doc.meta.published == "2024-01-28T10:15" and doc.meta.reporters == ("王晓明",)


def test_the_original_mark_over_a_reporters_credit_stays_a_byline() -> None:
    doc = build(f"{_TITLE}\n原创 澎湃新闻记者 张三 李四\n{_PROSE[0]}\n")
    assert doc.meta.reporters == ("张三", "李四") and doc.meta.agency == "澎湃新闻"


def test_an_accounts_card_set_into_the_post_is_furniture() -> None:
    card = "**江南晚报**\n\n讲述江南小城的故事\n\n128篇原创内容\n\n公众号\n"
    doc = build(_post("江南晚报 2024-01-28 10:15 发表于浙江", before=card))
    assert body(doc) == list(_PROSE) and {"128篇原创内容", "公众号", "讲述江南小城的故事"} <= set(doc.meta.furniture_raw)


def test_the_accounts_name_alone_under_the_headline_and_its_follow_banner() -> None:
    from convertkit.readers.base import Hints

    doc = build(f"{_TITLE}\n江南晚报\n关注我们\n" + "\n".join(_PROSE) + "\nRead more\n", Hints(agency="江南晚报"))
    assert body(doc) == list(_PROSE) and "江南晚报" in doc.meta.header_raw
    assert {"关注我们", "Read more"} <= set(doc.meta.furniture_raw)


def test_an_author_field_labelling_its_names() -> None:
    """原创 文 | 李明 图 | 王芳 江南晚报 …: the writer and the pictures' maker, then the account."""
    doc = build(_post("原创 文 | 李明 图 | 王芳 江南晚报 2024-03-02 21:05 发表于广东"))
    assert doc.meta.published == "2024-03-02T21:05" and doc.meta.agency == "江南晚报"
    assert doc.meta.reporters == ("李明",) and doc.meta.photographers == ("王芳",) and body(doc) == list(_PROSE)


def test_the_toolbars_pleas_and_counts_one_a_line_are_furniture() -> None:
    """A copy of the page's close: 点分享 / 点收藏 / 点点赞 / 点在看, then the toolbar with its
    counts on lines of their own (阅读 1.2万 / 368 / 56 / 分享 / 留言)."""
    after = "点分享\n点收藏\n点点赞\n点在看\n阅读原文\n阅读 1.2万\n368\n56\n分享\n留言\n收藏\n在看\n赞\n"
    doc = build(_post("原创 王晓明 江南晚报 2024-01-28 10:15", after=after))
    assert body(doc) == list(_PROSE)
    assert {"点分享", "点点赞", "368", "56"} <= set(doc.meta.furniture_raw)


def test_a_number_alone_between_story_lines_is_text() -> None:
    doc = build(f"{_TITLE}\n{_PROSE[0]}\n2024\n{_PROSE[1]}\n分享\n")
    assert "2024" in body(doc)


def test_the_repost_cards_name_dot_and_signature_are_furniture() -> None:
    """The card over a post from another account, copied: its tip, the account's name, a dot where
    its avatar was, its signature line."""
    before = "以下文章来源于江南日报 ，作者王晓明\n江南日报\n.\n江南日报官方公众号，记录城市脉动\n"
    doc = build(_post("江南晚报 2024-01-28 10:15 发表于浙江", before=before))
    assert body(doc) == list(_PROSE)
    assert doc.meta.agency == "江南日报" and doc.meta.reporters == ("王晓明",)
    assert "江南日报官方公众号，记录城市脉动" in doc.meta.furniture_raw
