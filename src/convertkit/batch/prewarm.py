"""Warm the forkserver, so that every worker starts warm.

Workers are forks of the forkserver. What the server caches when it imports
``convertkit.batch.warm_server`` (compiled news rules, the parsed style, registered and mapped fonts, jieba when a
summary is asked for) every worker, and every worker recycled later, then has from its first
article, instead of building it again in each process. The server can only be told module
names to import, so the batch's settings travel in an environment variable that the parent
sets just while the server starts (``settings_environment``).

A failure here must never take the server down (it would break the whole pool): anything
that goes wrong is left for the workers to meet again, and report, per article.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .job import Settings

SETTINGS_VARIABLE = "CONVERTKIT_BATCH_WARM"


def warm_environment(
    formats: Iterable[str],
    style: str,
    writer_options: Iterable[tuple[str, Iterable[tuple[str, Any]]]] = (),
    reader: str = "",
    keywords: bool = False,
) -> dict[str, str]:
    """The variable that tells a starting forkserver which caches to build (the parts of the
    batch's ``Settings`` that warming needs, before the CLI has built them)."""
    payload = {
        "formats": list(formats),
        "style": style,
        "writer_options": [[fmt, [list(pair) for pair in pairs]] for fmt, pairs in writer_options],
        "reader": reader,
        "keywords": keywords,
    }
    return {SETTINGS_VARIABLE: json.dumps(payload, ensure_ascii=True)}


def settings_environment(settings: Settings) -> dict[str, str]:
    return warm_environment(
        settings.formats, settings.style, settings.writer_options, settings.reader, settings.keywords
    )


def settings_from_environment(environ: Mapping[str, str]) -> Settings | None:
    raw = environ.get(SETTINGS_VARIABLE)
    if not raw:
        return None
    from .job import Settings

    payload: dict[str, Any] = json.loads(raw)
    return Settings(
        outdir="",
        formats=tuple(payload["formats"]),
        style=payload["style"],
        writer_options=tuple(
            (fmt, tuple((key, value) for key, value in pairs)) for fmt, pairs in payload["writer_options"]
        ),
        reader=payload["reader"],
        keywords=bool(payload["keywords"]),
    )


def warm_from_environment() -> None:
    """Build the caches the environment asks for (in the forkserver); never raises."""
    try:
        settings = settings_from_environment(os.environ)
        if settings is not None:
            from .job import warm

            warm(settings)
    except Exception:  # noqa: BLE001 - see the module docstring: the workers will report it
        pass

