"""The compact jieba lexicon answers exactly as jieba's own dicts do, and matches the installed jieba.

The shipped ``jieba_lexicon.bin`` is derived data: if jieba is upgraded the first test fails and
``python scripts/build_jieba_lexicon.py`` rebuilds it (until then the lexicon is rebuilt in memory
on every start, correct but a second slower, with a warning).
"""

from __future__ import annotations

import logging
from pathlib import Path

import jieba
import pytest

from convertkit.summarize import lexicon as lexicon_module
from convertkit.summarize.lexicon import DATA_FILE, build, dumps, jieba_sources, loads, matches_sources
from convertkit.summarize.tokens import CompactTokenizer, idf_table, tokenizer

SAMPLES = (
    "中新网福建新闻1月17日电 龙岩市委军民融合办主任张丽华：以红色资源促军民融合，推进五方面工作思路。",
    "2019年是新中国成立70周年，记者在北京看到，iPhone和5G手机卖得很好！“你好吗？”他说。",
    "臺灣的總統府與行政院今天召開記者會，說明颱風災情。",
    "abc  123　，。？ 长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长",
    "",
)


@pytest.fixture(scope="module")
def reference() -> jieba.Tokenizer:
    """jieba's own tokenizer with its own prefix dict, built from the same dict.txt (never the disk cache)."""
    dict_path, _ = jieba_sources()
    original = jieba.Tokenizer()
    with dict_path.open("rb") as stream:
        original.FREQ, original.total = jieba.Tokenizer.gen_pfdict(stream)
    original.initialized = True
    return original


def test_shipped_lexicon_is_a_fresh_build_of_the_installed_jieba() -> None:
    dict_path, idf_path = jieba_sources()
    fresh = dumps(*build(dict_path, idf_path))
    shipped = DATA_FILE.read_bytes()
    assert matches_sources(loads(shipped)[1], dict_path, idf_path, digest=True)
    assert fresh == shipped, "run scripts/build_jieba_lexicon.py after changing jieba"


def test_frequencies_answer_as_jiebas_prefix_dict(reference: jieba.Tokenizer) -> None:
    compact = tokenizer()
    assert compact.total == reference.total
    freq = compact.FREQ
    for word, count in reference.FREQ.items():  # every word and every prefix
        assert word in freq and freq[word] == count and freq.get(word) == count, word
    for absent in ("", "不存在的词语组合", "中华人民共和国万岁万万岁", "zzzzqqq", "龍岩"):
        assert (absent in freq) == (absent in reference.FREQ)
        assert freq.get(absent, -1) == reference.FREQ.get(absent, -1)


def test_idf_table_is_jiebas(reference: jieba.Tokenizer) -> None:
    from jieba.analyse.tfidf import IDFLoader

    loader = IDFLoader(str(jieba_sources()[1]))
    table, median = idf_table()
    assert median == loader.median_idf
    assert len(table) == len(loader.idf_freq)
    for word, value in loader.idf_freq.items():
        assert table.get(word) == value and table[word] == value, word
    assert table.get("不存在的词语组合") is None and "不存在的词语组合" not in table


@pytest.mark.parametrize("text", SAMPLES)
def test_cuts_graphs_and_routes_are_jiebas(reference: jieba.Tokenizer, text: str) -> None:
    compact = tokenizer()
    for block in jieba.re_han_default.split(text):
        graph = compact.get_DAG(block)
        assert graph == reference.get_DAG(block)
        ours: dict[int, tuple[float, int]] = {}
        theirs: dict[int, tuple[float, int]] = {}
        compact.calc(block, graph, ours)
        reference.calc(block, graph, theirs)
        assert ours == theirs
    for hmm in (True, False):
        assert list(compact.tokenize(text, HMM=hmm)) == list(reference.tokenize(text, HMM=hmm))
        assert list(compact.tokenize(text, mode="search")) == list(reference.tokenize(text, mode="search"))
        assert compact.lcut(text, cut_all=True) == reference.lcut(text, cut_all=True)


def test_seed_cuts_as_jieba(reference: jieba.Tokenizer, seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    assert list(tokenizer().tokenize(text)) == list(reference.tokenize(text))


def test_a_different_jieba_gets_a_lexicon_built_from_its_own_files(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    dict_path, idf_path = jieba_sources()
    edited = tmp_path / "dict.txt"
    edited.write_bytes(dict_path.read_bytes() + "测试专用新词语 1000 n\n".encode())
    assert not matches_sources(loads(DATA_FILE.read_bytes())[1], edited, idf_path)
    monkeypatch.setattr(lexicon_module, "jieba_sources", lambda: (edited, idf_path))
    lexicon_module.lexicon.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger=lexicon_module.__name__):
            rebuilt = lexicon_module.lexicon()
        assert "differs" in caplog.text
        assert rebuilt.frequencies.get("测试专用新词语") == 1000
        assert [word for word, _, _ in CompactTokenizer(rebuilt).tokenize("测试专用新词语")] == ["测试专用新词语"]
    finally:
        lexicon_module.lexicon.cache_clear()


def test_a_damaged_file_is_refused() -> None:
    data = DATA_FILE.read_bytes()
    with pytest.raises(ValueError):
        loads(data[:-1])
    with pytest.raises(ValueError):
        loads(b"not a lexicon")


LEAN_PROBE = """
import importlib.util, json, sys
import convertkit
from convertkit.api import render
render(convertkit.read(sys.argv[1]), "summary")
import jieba
report = {
    "jieba_dict_entries": len(jieba.dt.FREQ),
    "loaded": sorted(name for name in sys.modules if name in ("pkg_resources", "jieba.analyse", "jieba.posseg")),
    "pkg_resources_blocked": "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None,
}
print(json.dumps(report))
"""


def test_a_summary_never_builds_jiebas_own_dicts(seed_path: Path) -> None:
    """The causes of the old ~180 MB stay away: jieba's prefix dict, its TF-IDF module (and posseg), pkg_resources."""
    import json
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", LEAN_PROBE, str(seed_path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"jieba_dict_entries": 0, "loaded": [], "pkg_resources_blocked": False}


def test_a_long_run_of_unknown_characters_is_cut_in_linear_time():
    # jieba's HMM copies its path at every character: 64 000 × 摄 took 17 s to summarise
    import time

    from convertkit.summarize.tokens import MAX_BLOCK, tokenizer

    cut = tokenizer().cut  # loaded before anything is timed

    def seconds(text: str) -> float:
        """The quickest of three cuts: what the machine's other load added least to."""
        times = []
        for _ in range(3):
            started = time.perf_counter()
            words = list(cut(text))
            times.append(time.perf_counter() - started)
        assert "".join(words) == text
        return min(times)

    # Eight times the run costs about eight times as much; quadratic, it cost sixty-four times.
    short, long = seconds("摄" * (4 * MAX_BLOCK)), seconds("摄" * (32 * MAX_BLOCK))
    assert long < 24 * short, (short, long)
