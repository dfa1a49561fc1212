"""Reading the batch command's arguments without click (the early start of the workers' server)."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from convertkit.batch import arguments
from convertkit.batch.cli import batch_command
from convertkit.launch import command_arguments


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["in/", "-o", "out", "--to", "txt,json"], {"formats": ["txt", "json"], "style": "briefing"}),
        (["--to=pdf", "--style=gbt9704", "in/", "-o", "out"], {"formats": ["pdf"], "style": "gbt9704"}),
        (["-sgbt9704", "--to", "epub", "in/", "-o", "out"], {"formats": ["epub"], "style": "gbt9704"}),
        (["-s", "a.toml", "-s", "b.toml", "--to", "docx", "x"], {"formats": ["docx"], "style": "b.toml"}),
        (["-o", "--to", "--to", "txt", "x"], {"formats": ["txt"]}),  # an output folder named --to
        (["--to", "docx", "-O", "docx.embed-fonts=false", "x"],
         {"writer_options": (("docx", (("embed_fonts", False),)),)}),
        (["--to", "summary", "--keywords", "x"], {"keywords": True}),
        (["--to", "txt", "--", "--keywords"], {"keywords": False}),
    ],
)
def test_the_warm_hint_reads_what_click_reads(words, expected):
    hint = arguments.warm_hint(words)
    assert hint is not None
    assert {key: hint[key] for key in expected} == expected


@pytest.mark.parametrize(
    "words",
    [
        ["in/", "-o", "out"],  # no formats: click will say so
        ["--to", "pdf", "--engine", "dask", "x", "-o", "out"],  # no local pool
        ["--to", "pdf", "--help"],
        ["-h"],
    ],
)
def test_no_hint_where_no_local_pool_will_run(words):
    assert arguments.warm_hint(words) is None


@given(st.lists(st.text(max_size=12), max_size=12))
def test_any_argument_list_is_read_without_an_exception(words):
    hint = arguments.warm_hint(words)
    assert hint is None or isinstance(hint["formats"], list)


def test_the_command_is_found_after_global_options():
    assert command_arguments(["--traceback", "-v", "batch", "in/"], "batch") == ["in/"]
    assert command_arguments(["to-txt", "batch"], "batch") is None
    assert command_arguments(["--version"], "batch") is None


def test_malformed_options_are_usage_errors():
    for option, value in (("-O", "json.indent"), ("-O", "indent=0"), ("--storage-option", "=x")):
        result = CliRunner().invoke(batch_command, ["x", "-o", "out", "--to", "txt", option, value])
        assert result.exit_code == click.UsageError.exit_code, result.output
        assert option in result.output
