"""Compiled patterns kept between runs (``convertkit.regex_cache``): the same patterns as
``re.compile`` builds, from a file a later process reads, and never a failure of its own."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convertkit import regex_cache

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_5f66b059eaaa6a40.txt"

# In a fresh process: read the seed and a zh-Hant variant, write every built-in format, and
# report what went through the cache (how many patterns had to be compiled, and their keys).
_PROBE = r"""
import io, json, sys
from convertkit import regex_cache
compiled = []
original = regex_cache._program
def counting(pattern, flags):
    compiled.append(1)
    return original(pattern, flags)
regex_cache._program = counting
from convertkit.api import read_all, render
from convertkit.writers import registry
documents = read_all(sys.argv[1])
for name in registry.names():
    for document in documents:
        render(document, name)
keys = sorted(repr(key) for key in regex_cache._STORE.programs if key in regex_cache._STORE.used)
print(json.dumps({"compiled": len(compiled), "used": keys}))
"""


def _probe(cache_dir: Path, *, hash_seed: str = "0", path: Path = SEED) -> dict[str, object]:
    env = dict(os.environ, CONVERTKIT_CACHE_DIR=str(cache_dir), PYTHONHASHSEED=hash_seed)
    done = subprocess.run([sys.executable, "-c", _PROBE, str(path)], env=env, capture_output=True, text=True,
                          check=True, timeout=300)
    return json.loads(done.stdout.splitlines()[-1])


def test_a_second_process_compiles_nothing_and_gets_the_same_patterns(tmp_path: Path) -> None:
    first = _probe(tmp_path)
    assert first["compiled"] > 50  # the news rules, the writers' patterns
    assert list(tmp_path.glob("regex-*.marshal")), "the first process leaves its programs behind"
    second = _probe(tmp_path, hash_seed="1")
    assert second["compiled"] == 0
    # Another hash seed orders sets differently: the rules must still spell every pattern the
    # same way, or each process would add variants to the file.
    assert second["used"] == first["used"]


def test_patterns_from_the_file_equal_what_re_compiles(tmp_path: Path) -> None:
    _probe(tmp_path)
    (path,) = tmp_path.glob("regex-*.marshal")
    programs = regex_cache._read(path)
    assert programs
    for (flags, pattern), program in programs.items():
        built = regex_cache._build(pattern, program)
        # Pattern equality compares the pattern, its flags and the whole compiled program.
        assert built == re.compile(pattern, flags), pattern
        assert (built.groups, built.groupindex) == (re.compile(pattern, flags).groups, re.compile(pattern, flags).groupindex)


_SAMPLES = [
    r"(?P<date>\d{4})[-年](?P<month>\d{1,2})",
    r"[（(]\s*(?:记者|記者)\s*(?P<names>[\u4e00-\u9fff、 ]{2,12})[）)]",
    r"(?i)copyright|©",
    r"^(?:第[一二三四五六七八九十]+|[一二三四五六七八九十]+、)",
    r"(?<=[。！？])\s{2,}|\s{3,}(?=[^\x00-\x7f])",
]


@settings(max_examples=200, deadline=None)
@given(index=st.integers(0, len(_SAMPLES) - 1), text=st.text(alphabet=st.sampled_from("第一二三、。！？ 记者（）(2024-年7月©COPYRIGHTabc李明\u3000"), max_size=40))
def test_a_cached_pattern_matches_as_re_does(index: int, text: str) -> None:
    pattern = _SAMPLES[index]
    ours, theirs = regex_cache.compile(pattern), re.compile(pattern)
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]
    assert [m.groupdict() for m in ours.finditer(text)] == [m.groupdict() for m in theirs.finditer(text)]


@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\x00" * 64, marshal.dumps((5, {})), marshal.dumps(7)])
def test_a_damaged_file_is_ignored(tmp_path: Path, content: bytes) -> None:
    first = _probe(tmp_path)
    (path,) = tmp_path.glob("regex-*.marshal")
    path.write_bytes(content)
    again = _probe(tmp_path)
    assert again["compiled"] == first["compiled"] and again["used"] == first["used"]
    assert regex_cache._read(path), "the damaged file is replaced by a good one"


def test_a_file_of_another_interpreter_is_ignored(tmp_path: Path) -> None:
    _probe(tmp_path)
    (path,) = tmp_path.glob("regex-*.marshal")
    _, programs = marshal.loads(path.read_bytes())
    path.write_bytes(marshal.dumps(((1, "another-engine"), programs)))
    assert regex_cache._read(path) == {}
    assert _probe(tmp_path)["compiled"] > 50


def test_an_empty_cache_dir_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(regex_cache.CACHE_DIR_VARIABLE, "")
    assert regex_cache.cache_file() is None
    env = dict(os.environ, HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "xdg"))
    subprocess.run([sys.executable, "-m", "convertkit", "to-txt", str(SEED), "-o", str(tmp_path / "seed.txt")],
                   env=env, check=True, capture_output=True, timeout=120)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["seed.txt"]


def test_an_unwritable_cache_dir_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    env = dict(os.environ, CONVERTKIT_CACHE_DIR=str(blocker / "cache"))
    done = subprocess.run([sys.executable, "-m", "convertkit", "to-txt", str(SEED), "-o", "-"], env=env,
                          capture_output=True, timeout=120)
    assert done.returncode == 0 and done.stderr == b""
    assert "龙岩" in done.stdout.decode("utf-8")


def test_a_bad_pattern_raises_as_re_does() -> None:
    with pytest.raises(re.error):
        regex_cache.compile(r"(unclosed")
