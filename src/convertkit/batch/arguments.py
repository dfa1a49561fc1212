"""Reading ``convertkit batch`` arguments without click, for two callers.

The click command (``batch.cli``) parses writer and storage options with these functions and
turns their ``ValueError`` into a usage error. ``early_start`` reads the few options that
decide how the workers' server warms up, straight from ``sys.argv``, so that the server can
start before click and the command-line interface are even imported (about 60 ms earlier:
a fifth of a 200-article text batch). What it reads is only a hint: the server warms what it
was told, and a worker builds anything else on first use, so an argument list this reader
misunderstands costs time, never correctness; click still parses and checks everything.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

WriterOptions = tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]


def parse_value(text: str) -> Any:
    """JSON where the text is JSON (``0``, ``false``, ``"a"``), the text itself otherwise."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def split_pairs(values: Sequence[str]) -> list[tuple[str, str]]:
    """``KEY=VALUE`` items as pairs; ``ValueError`` names the first malformed item."""
    pairs = []
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ValueError(f"expected KEY=VALUE, got {item!r}")
        pairs.append((key.strip(), value))
    return pairs


def writer_options(values: Sequence[str]) -> WriterOptions:
    """``-O FORMAT.OPTION=VALUE`` items, grouped by format and sorted (a hashable settings part)."""
    by_format: dict[str, dict[str, Any]] = {}
    for key, value in split_pairs(values):
        fmt, dot, name = key.partition(".")
        if not dot:
            raise ValueError(f"expected FORMAT.OPTION=VALUE, got {key!r}")
        by_format.setdefault(fmt, {})[name.replace("-", "_")] = parse_value(value)
    return tuple(sorted((fmt, tuple(sorted(options.items()))) for fmt, options in by_format.items()))


# The batch options that take a value (so that scanning skips the value too), short names
# mapped to long ones.
_VALUED = {"-o": "--output", "--output": "--output", "--to": "--to", "-j": "--jobs", "--jobs": "--jobs",
           "-s": "--style", "--style": "--style", "--engine": "--engine", "--scheduler": "--scheduler",
           "--chunk-size": "--chunk-size", "--timeout": "--timeout", "-O": "-O",
           "--storage-option": "--storage-option", "--state-dir": "--state-dir", "--progress": "--progress",
           "--reader": "--reader"}


def warm_hint(arguments: Sequence[str]) -> dict[str, Any] | None:
    """What the server should warm for ``batch ARGUMENTS`` (the words after ``batch``): formats,
    style, writer options, reader and keywords; None when no local pool will run (help, the
    Dask engine) or no formats are named."""
    values: dict[str, list[str]] = {}
    flags: set[str] = set()
    words = iter(arguments)
    for word in words:
        if word == "--":
            break
        name, equals, value = word.partition("=")
        if not word.startswith("--") and len(word) > 2 and word[:2] in _VALUED:
            name, equals, value = word[:2], "=", word[2:]  # -sNAME, -Ojson.indent=0
        if name in _VALUED:
            if not equals:
                value = next(words, "")
            values.setdefault(_VALUED[name], []).append(value)
        elif word.startswith("-"):
            flags.add(word)
    formats = (values.get("--to") or [""])[-1]
    if flags & {"--help", "-h"} or (values.get("--engine") or ["local"])[-1] != "local" or not formats:
        return None
    try:
        options = writer_options(values.get("-O", []))
    except ValueError:
        options = ()
    return {
        "formats": [part.strip() for part in formats.split(",") if part.strip()],
        "style": (values.get("--style") or ["briefing"])[-1],
        "writer_options": options,
        "reader": (values.get("--reader") or [""])[-1],
        "keywords": "--keywords" in flags,
    }


def early_start(arguments: Sequence[str]) -> None:
    """Start the workers' server for ``convertkit batch ARGUMENTS`` now, if a local pool will
    need it. Never fails: the command itself reports what is wrong with its arguments."""
    try:
        hint = warm_hint(arguments)
        if hint is None:
            return
        from ..writers.builtins import BUILTIN_WRITERS
        from .forkserver import start
        from .prewarm import warm_environment

        formats = list(BUILTIN_WRITERS) if hint["formats"] == ["all"] else hint["formats"]
        start(formats, warm_environment(formats, hint["style"], hint["writer_options"], hint["reader"],
                                        hint["keywords"]))
    except Exception:  # noqa: BLE001 - a hint that fails is no hint; click reports bad arguments
        return
