"""Sentence splitting: Chinese terminators, quotes and brackets, datelines; spans stay verbatim."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from convertkit.summarize.sentences import dateline_length, split_sentences, split_spans
from convertkit.transforms.punctuation import han_count


def test_full_stop_inside_closing_quote_ends_the_sentence_there() -> None:
    assert split_sentences("他说：“今天开会。”随后散会。") == ("他说：“今天开会。”", "随后散会。")


def test_a_quoted_speech_of_several_sentences_stays_whole() -> None:
    text = "他说：“今天天气好。我们去公园吧。”然后走了。"
    assert split_sentences(text) == ("他说：“今天天气好。我们去公园吧。”", "然后走了。")


def test_ellipsis_and_runs_of_marks_end_sentences() -> None:
    assert split_sentences("马兰头、荠菜、嫩笋……时令鲜物上桌。真的吗？！是的！") == (
        "马兰头、荠菜、嫩笋……",
        "时令鲜物上桌。",
        "真的吗？！",
        "是的！",
    )


def test_brackets_keep_their_full_stop() -> None:
    assert split_sentences("（本文来源：新华网。）好的，明白了。") == ("（本文来源：新华网。）", "好的，明白了。")


def test_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    assert split_sentences("他说“好。我们走。然后呢。") == ("他说“好。", "我们走。", "然后呢。")


def test_ascii_marks_inside_names_and_numbers_do_not_split() -> None:
    assert split_sentences("YES!IC走舒服路线。价格3.5元。") == ("YES!IC走舒服路线。", "价格3.5元。")
    assert split_sentences("真的吗?是的!") == ("真的吗?", "是的!")


def test_line_breaks_end_sentences() -> None:
    assert split_sentences("第一行没有句号\n第二行。") == ("第一行没有句号", "第二行。")


def test_dateline_prefix_is_not_a_sentence() -> None:
    text = "中新网福建新闻1月17日电(林玲)闽西老区龙岩，因红色而闻名，更因红色而发展。龙岩将加快发展。"
    assert split_sentences(text) == ("闽西老区龙岩，因红色而闻名，更因红色而发展。", "龙岩将加快发展。")
    assert split_sentences("新华社北京1月17日电 记者张三 李四 今天，会议召开。") == ("今天，会议召开。",)
    assert split_sentences("本报讯（记者 王五）某地发生了事故。") == ("某地发生了事故。",)


def test_ordinary_openings_are_not_datelines() -> None:
    assert dateline_length("他昨天来电说，明天到。") == 0
    assert dateline_length("1月17日电") == 0  # nothing after it: not a prefix of anything


def test_han_count_ignores_punctuation_digits_and_latin() -> None:
    assert han_count("2019年，龙岩GDP增长。") == 5  # 年龙岩增长


TEXT = st.text(alphabet="龙岩红色发展融合“”‘’（）《》。！？…，、：；!?. \n0A", max_size=200)


@given(TEXT)
def test_spans_are_verbatim_ordered_and_lose_no_han_character(text: str) -> None:
    spans = split_spans(text, skip_dateline=False)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        sentence = span.of(text)
        assert sentence == sentence.strip() and sentence
        previous_end = span.end
    assert sum(han_count(span.of(text)) for span in spans) == han_count(text)


def test_a_speaker_tag_after_a_closed_quote_stays_with_it() -> None:
    # ifeng: “那时候想不到会弄出这么多纸片。”小花奶奶说。 was two sentences, and 小花奶奶说。 a summary of its own
    assert split_sentences("“那时候想不到会弄出这么多纸片。”小花奶奶说。她笑了。") == (
        "“那时候想不到会弄出这么多纸片。”小花奶奶说。", "她笑了。")
    assert split_sentences("“我们会继续努力。”他表示。下一句。") == ("“我们会继续努力。”他表示。", "下一句。")
    # a sentence after the quote is not a tag
    assert split_sentences("他说：“好。”随后离开了会场。") == ("他说：“好。”", "随后离开了会场。")
