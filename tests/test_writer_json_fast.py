"""The JSON writer's indented form (``writers.json.dumps_indented``) is json.dumps's, byte for byte.

It writes the levels that hold containers in Python and hands each flat container (a block, the
dateline) to json's C encoder; these tests hold it to json.dumps on documents and on random values,
so the short cut can never drift from the form the schema publishes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import convertkit
from convertkit.model.jsonio import document_to_dict
from convertkit.writers.json import dumps_indented

FIXTURES = Path(__file__).parent / "fixtures" / "unseen"

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet=st.characters(), max_size=12),  # quotes, backslashes, controls, surrogates' neighbours
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=4).map(tuple),  # json writes a tuple as a list
        st.dictionaries(st.text(max_size=6), inner, max_size=4),
    ),
    max_leaves=25,
)


@settings(max_examples=400, deadline=None)
@given(VALUES, st.integers(min_value=1, max_value=4))
def test_dumps_indented_is_json_dumps_on_random_values(value: object, indent: int) -> None:
    assert dumps_indented(value, indent) == json.dumps(value, ensure_ascii=False, indent=indent)


RECORDS = st.lists(st.dictionaries(st.text(alphabet="ab{}[],:\"\\\n 　", max_size=5), SCALARS | st.text(alphabet="{}[],:\"\n ", max_size=8),
                                    min_size=1, max_size=4), min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(RECORDS, st.integers(min_value=1, max_value=4), st.integers(min_value=0, max_value=2))
def test_dumps_indented_is_json_dumps_on_lists_of_records(records: list, indent: int, depth: int) -> None:
    """A list of flat records (a document's blocks) is written in one call of the C encoder and cut
    apart between records: strings holding brackets, commas and new lines change nothing."""
    value: object = records
    for _ in range(depth):
        value = {"blocks": value}
    assert dumps_indented(value, indent) == json.dumps(value, ensure_ascii=False, indent=indent)


class _Label(str):
    """A str subclass: json writes it as a string; the short cut leaves it to json.dumps."""


@pytest.mark.parametrize("value", [
    {1: "a", "b": [1, 2]},  # a key that is no str (json writes it as "1")
    {None: [None], True: {"x": 1.5}},
    {"a": _Label("x"), "b": [_Label("y"), {}]},
    [[], {}, [[]], {"k": {}}],
    {"nan": [float("nan"), float("inf"), -float("inf")], "big": 10 ** 30},
])
def test_dumps_indented_is_json_dumps_on_unusual_values(value: object) -> None:
    for indent in (1, 2, 4):
        assert dumps_indented(value, indent) == json.dumps(value, ensure_ascii=False, indent=indent)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt"))[:12], ids=lambda path: path.name)
def test_dumps_indented_is_json_dumps_on_documents(path: Path) -> None:
    data = document_to_dict(convertkit.read(path))
    assert dumps_indented(data, 2) == json.dumps(data, ensure_ascii=False, indent=2)
    rendered = convertkit.render(convertkit.read(path), "json")
    assert rendered == (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
