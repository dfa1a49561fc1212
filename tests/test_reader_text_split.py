"""A text file holding several articles (a day's stories under field blocks, or between rules)
reads as several documents, numbered as records; a rule inside one story leaves it whole."""

from __future__ import annotations

import pytest

import convertkit
from convertkit.readers.base import split_lines
from convertkit.readers.text_split import split_articles

_BODY = (
    "中新网12月6日电 据国家统计局网站消息，2026年11月份，全国居民消费价格同比上涨0.5%。其中，城市上涨0.5%，农村上涨0.4%。\n"
    "国家统计局城市司首席统计师表示，11月份，受季节性因素影响，食品价格有所下降。\n"
)


def _fields(title: str) -> str:
    return f"标题：{title}\n发布时间：2026-12-06 09:32\n来源：中国新闻网\n正文：\n{_BODY}"


@pytest.mark.parametrize("between", ["", "\n", "\n==========\n\n", "\n--------------------\n"])
def test_field_blocks_one_after_another_are_articles_of_their_own(between: str) -> None:
    text = _fields("国家统计局：11月CPI同比上涨0.5%") + between + _fields("央行：下调存款准备金率")
    docs = list(convertkit.read_all(text.encode()))
    assert [doc.meta.title for doc in docs] == ["国家统计局：11月CPI同比上涨0.5%", "央行：下调存款准备金率"]
    assert [doc.meta.source.record for doc in docs] == [1, 2]
    assert all(len(doc.blocks) == 2 for doc in docs)


def test_headlined_stories_between_rules_are_articles_of_their_own() -> None:
    text = "国家统计局：11月CPI同比上涨0.5%\n" + _BODY + "=====\n" + "央行下调存款准备金率\n" + _BODY
    assert [doc.meta.title for doc in convertkit.read_all(text.encode())] == [
        "国家统计局：11月CPI同比上涨0.5%", "央行下调存款准备金率"]


@pytest.mark.parametrize("rule", ["*****", "-----", "＝＝＝＝＝"])
def test_a_rule_between_the_parts_of_one_story_leaves_it_whole(rule: str) -> None:
    text = ("一座城市的冬天\n本报记者 张三\n冬天来了，城市里的人们换上了厚厚的棉衣。街头的小吃摊前排起了长队，热气腾腾的烤红薯香味飘满了整条街。\n"
            f"{rule}\n夜幕降临，城市的灯光一盏盏亮起。广场上，跳舞的老人们依旧准时出现，音乐声在寒风中回荡，给冬夜带来了温暖。\n"
            f"{rule}\n第二天清晨，第一场雪悄然而至。孩子们在雪地里打雪仗、堆雪人，笑声传遍了整个小区。\n")
    assert split_articles(text, split_lines(text)) is None
    assert len(list(convertkit.read_all(text.encode()))) == 1


def test_a_batch_writes_each_article_of_a_text_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    source = tmp_path / "day.txt"
    source.write_text(_fields("国家统计局：11月CPI同比上涨0.5%") + "\n" + _fields("央行：下调存款准备金率"), "utf-8")
    # in a process of its own: the command sets up the package's logging for a terminal
    done = subprocess.run([sys.executable, "-m", "convertkit", "-q", "batch", str(source), "-o", str(tmp_path / "out"),
                           "--to", "txt", "-j", "1"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    written = sorted(path.read_text("utf-8").splitlines()[0] for path in (tmp_path / "out").glob("*.txt"))
    assert written == ["国家统计局：11月CPI同比上涨0.5%", "央行：下调存款准备金率"]
