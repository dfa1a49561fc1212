"""jieba, loaded once per process, and the words that carry no content.

jieba's own tokenizer builds a prefix dictionary of ~500k Python strings on first use (about a
second and ~130 MB); ``tokenizer()`` is jieba's algorithm over the compact ``lexicon`` instead
(milliseconds, a few MB), with the same cuts.
The stop words are function words plus the furniture of news copy (记者, 报道, 表示…), an
article's words for itself (本文, 笔者) and for the day it was written (今日, 昨晚): words that
occur in every article and so tell nothing about any one of them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import cache, lru_cache
from math import log

from .. import regex_cache
from .lexicon import IdfTable, Lexicon, import_jieba, lexicon

jieba = import_jieba()

_STOP_WORDS = """
的 地 得 了 着 过 是 在 和 与 及 及其 以及 或 或者 并 并且 而 而且 但 但是 却 则 就 才 都 也 还 又 再 更 最 很 太
非常 十分 已 已经 曾 曾经 正 正在 将 将要 会 能 能够 可 可以 要 需要 应 应该 该 此 这 那 这个 那个 这些 那些 这样
那样 这种 那种 之 其 其中 其他 其它 各 各种 每 某 某些 所 所有 一些 一切 一个 一种 一次 一直 一起 一样 有 有的 没有 无
不 不是 不会 没 我 我们 你 你们 他 他们 她 她们 它 它们 自己 大家 咱们 谁 什么 怎么 怎样 如何 为什么 哪 哪里 哪些
多少 几 因为 所以 因此 由于 如果 假如 虽然 尽管 即使 只要 只有 除了 对于 关于 对 向 往 从 自 于 以 为 为了 被 把 让 给
由 按 按照 根据 通过 经过 随着 比 比如 例如 像 如 等 等等 啊 吧 呢 吗 呀 哦 嗯 之一 上 下 中 里 内 外 前 后 时 时候 年 月 日
今天 昨天 明天 今年 去年 目前 现在 当前 近日 日前 此前 此后 之后 之前 以来 以后 以前 同时 另外 此外 然后 然而 不过 还是
并不 不仅 而是 就是 也是 都是 还有 可能 一定 必须 进行 开展 实现 实施 加强 推进 推动 认为 表示 指出 介绍 称 说 据 据悉 据了解
了解 报道 记者 通讯员 编辑 责任编辑 责编 主编 校对 来源 原标题 本报 本报讯 本网 本台 电 讯 摄 图 图为 图片 视频 新闻 消息
新华社 新华网 中新社 中新网 中国新闻网 人民网 人民日报 央视 央视网 环球网 环球时报 光明网 中国经济网 澎湃 澎湃新闻 网友
完 相关 链接 相关链接 延伸阅读 报导 综合报导 翻摄 图文 实习记者 网搜小组 小组 中心 点击 查看 分享 微博 微信 公众号 客户端 二维码 第一 第二 第三 第四 第五 一是 二是 三是 四是 五是
本文 本期 笔者 小编 该文 全文 今日 昨日 明日 今晨 昨晚 今晚 当天 当日 次日 近期 日内 本周 上周 下周 本月 上月 下月
本次 此次 年初 年底 年末 月初 月底 至少 最多 同志 先生 女士 一行
nbsp amp quot 原文 几乎 完全 受到 多个 多名 多家 再次 继续 举行 发起 预计 有关 一名 两人
方面 工作 问题 情况 方式 方法 部分 方向 时间 地方 这里 那里 其间 当中 全部 进一步 不断 持续 积极 主要 重要 相关
我国 我省 我市 我县 我区 我州 全省 全市 全县 全区 本市 本省 本县 本区 本港 本澳 有助于
"""

BLOCK_CACHE = 2048  # cut blocks (runs of Han text between punctuation) kept: ~15 articles, ~1.5 MB
_CONTENT = regex_cache.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z]")
_NUMERIC = regex_cache.compile(r"^[\d０-９.,%％]+$")


class CompactTokenizer(jieba.Tokenizer):
    """jieba's tokenizer reading its dictionary from a ``Lexicon`` instead of a dict of every prefix.

    Everything but ``get_DAG`` and ``calc`` is jieba's code, which reads ``FREQ`` only through
    ``in``, ``[]`` and ``get`` (``WordFrequencies`` answers those as jieba's dict would). Those two
    are the hot loops, rewritten to call the trie directly: ``get_DAG`` asks for all words starting
    at a position in one call instead of one dict lookup per character (the same graph), ``calc``
    skips the wrapper. A fresh cut then costs about a fifth more than with jieba's dict (a third
    through the wrapper alone), but each block's cut is remembered (``BLOCK_CACHE``), and a summary
    cuts every block twice: a summary takes about a fifth *less* time than it did with jieba's
    dict. Read-only: jieba's ``add_word``/``load_userdict`` write to ``FREQ`` and are not supported.
    """

    def __init__(self, compact: Lexicon) -> None:
        super().__init__()
        self.FREQ = compact.frequencies
        self.total = compact.total
        self.initialized = True
        self._prefixes = compact.words.prefixes
        self._key_of = compact.words.get
        self._counts = compact.counts
        self._longest = compact.longest
        # the summary cuts each sentence that keywords already cut as part of the whole text: about
        # half of all blocks a summary cuts are repeats, so the last few articles' blocks are kept
        self._cut_block = lru_cache(maxsize=BLOCK_CACHE)(self._cut_block_afresh)

    def initialize(self, dictionary: str | None = None) -> None:
        """Nothing to load: the lexicon is already in memory (jieba calls this before cutting)."""

    def get_DAG(self, sentence: str) -> dict[int, list[int]]:
        """Position → end positions of the dictionary words starting there (itself when none), as jieba's."""
        prefixes = self._prefixes
        longest = self._longest
        dag: dict[int, list[int]] = {}
        for start in range(len(sentence)):
            ends = [start + len(word) - 1 for word in prefixes(sentence[start:start + longest])]
            dag[start] = ends or [start]
        return dag

    def _cut_block_afresh(self, block: str) -> tuple[str, ...]:
        if len(block) > MAX_BLOCK:  # jieba's HMM copies its path at every character: quadratic
            return tuple(word for start in range(0, len(block), MAX_BLOCK)
                         for word in self._cut_block_afresh(block[start:start + MAX_BLOCK]))
        return tuple(jieba.Tokenizer._Tokenizer__cut_DAG(self, block))  # type: ignore[attr-defined]

    def _Tokenizer__cut_DAG(self, sentence: str) -> Iterator[str]:
        """jieba's private ``__cut_DAG`` (one block of Han text, HMM on), remembered per block.

        A pure function of the block, so remembering it changes no cut; it is private to jieba,
        so tests compare every mode's cuts with jieba's own tokenizer.
        """
        return iter(self._cut_block(sentence))

    def calc(self, sentence: str, DAG: dict[int, list[int]], route: dict[int, tuple[float, int]]) -> None:
        """jieba's best path (most probable cut), reading counts from the trie without a wrapper call.

        Word for word jieba's arithmetic, ``log(count or 1) - log(total) + rest``, and ``max``'s
        choice among ties (the first maximum), so every route and float is jieba's.
        """
        size = len(sentence)
        route[size] = (0, 0)
        logtotal = log(self.total)
        key_of = self._key_of
        counts = self._counts
        for start in range(size - 1, -1, -1):
            best: tuple[float, int] | None = None
            for end in DAG[start]:
                key = key_of(sentence[start:end + 1])
                option = (log(counts[key] if key is not None else 1) - logtotal + route[end + 1][0], end)
                if best is None or option > best:
                    best = option
            route[start] = best  # type: ignore[assignment]  # DAG[start] is never empty


# A block (a run of Han and Latin without a mark or a space) longer than this is cut in pieces of
# this size: jieba's HMM over a run of unknown characters is quadratic in the run (64 000 × 摄 took
# 17 s to summarise). Sentences of news text are far shorter, so their cuts are jieba's.
MAX_BLOCK = 1000


@cache
def tokenizer() -> jieba.Tokenizer:
    """jieba's tokenizer over the compact lexicon, made once; jieba's own logging turned down."""
    jieba.setLogLevel(logging.WARNING)
    return CompactTokenizer(lexicon())


def clear_cut_cache() -> None:
    """Forget the remembered block cuts, for benchmarks that time several systems on the same articles."""
    tokenizer()._cut_block.cache_clear()


@cache
def stop_words() -> frozenset[str]:
    return frozenset(_STOP_WORDS.split())


def is_content_word(word: str, *, traditional: bool = False) -> bool:
    """A word worth counting: two characters or more, a Han character or a letter, not a stop word.

    Traditional words are checked in their simplified form, so one stop list serves both scripts.
    """
    if len(word) < 2 or not _CONTENT.search(word) or _NUMERIC.match(word):
        return False
    return (_to_simplified().convert(word) if traditional else word) not in stop_words()


def is_dictionary_word(word: str, *, traditional: bool = False) -> bool:
    """A word of jieba's dictionary (not one its HMM pieced together from unknown characters)."""
    return bool(tokenizer().FREQ.get(_to_simplified().convert(word) if traditional else word))


def simplified(word: str, *, traditional: bool = False) -> str:
    """``word`` in simplified characters (the form the stop list and the rules are written in)."""
    return _to_simplified().convert(word) if traditional else word


@cache
def _to_simplified():  # type: ignore[no-untyped-def]  # opencc ships no type stubs
    import opencc  # lazy: only traditional-script articles pay for it

    return opencc.OpenCC("t2s")


def words(text: str, *, traditional: bool = False) -> list[str]:
    """Every jieba token of ``text``, white space dropped.

    jieba's dictionary is simplified Chinese and cuts traditional text badly (聯集團創), so
    traditional text is cut in its simplified form and the cuts are applied to the original
    characters: the tokens are still the article's own words, in its own script.
    """
    cut_text = text
    if traditional:
        simplified = _to_simplified().convert(text)
        if len(simplified) == len(text):  # character for character, so offsets carry over
            cut_text = simplified
    tokens: list[str] = []
    for _, start, end in tokenizer().tokenize(cut_text):
        token = text[start:end]
        if token.strip():
            tokens.append(token)
    return tokens


def content_words(text: str, *, traditional: bool = False) -> list[str]:
    """The content words of ``text``, in order, repeats kept."""
    return [
        token for token in words(text, traditional=traditional) if is_content_word(token, traditional=traditional)
    ]


@cache
def idf_table() -> tuple[IdfTable, float]:
    """jieba's IDF table (shipped with jieba, read from the compact lexicon) and its median, the IDF of an unknown word."""
    compact = lexicon()
    return compact.idf, compact.median_idf


def idf_of(word: str, *, traditional: bool = False) -> float | None:
    """jieba's IDF of ``word``, None when unknown; traditional words are looked up simplified."""
    table = idf_table()[0]
    if traditional:
        return table.get(_to_simplified().convert(word))
    return table.get(word)
