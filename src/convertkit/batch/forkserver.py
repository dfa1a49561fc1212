"""Starting the forkserver every local worker is forked from, as early as the batch can.

Kept to the standard library at import time. The ``convertkit`` program starts the server
before it imports click (``batch.arguments.early_start``), and the command callback asks again
with the parsed settings (a no-op when it already runs), so the server's interpreter start,
imports and warm-up (``prewarm``) overlap with the parent's own (the command-line interface,
walking the inputs, opening the manifest). ``local`` builds its pools on the same context.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Mapping
from multiprocessing.context import BaseContext


def preload_modules(formats: Iterable[str]) -> list[str]:
    """The batch job and the requested built-in writers (plugins load in the worker).

    The text reader comes with the warm-up. The HTML and JSON readers (lxml, and trafilatura on
    the first page) load in a worker at its first input of that kind: a text batch, the common
    case, does not wait for them before its first article.
    """
    from ..writers.builtins import BUILTIN_WRITERS

    modules = ["convertkit.batch.job", "convertkit.api", "convertkit.readers"]
    modules += [BUILTIN_WRITERS[fmt].partition(":")[0] for fmt in formats if fmt in BUILTIN_WRITERS]
    return [*modules, "convertkit.batch.warm_server"]  # last: warms what the others defined


def context(preload: list[str]) -> BaseContext:
    """forkserver where there is one, with our modules imported once in the server, so every
    worker (and every recycled worker) starts with them already loaded and shares their pages."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    forking = multiprocessing.get_context("forkserver")
    forking.set_forkserver_preload(preload)  # only matters before the server starts; unknown names are skipped
    return forking


def start(formats: Iterable[str], environment: Mapping[str, str]) -> None:
    """Start the forkserver now with ``environment`` set (``prewarm.warm_environment``), while
    this process goes on. A server already running (an earlier batch in this process) is kept.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    from multiprocessing import forkserver

    context(preload_modules(formats))
    environment = {**environment, "PYTHONWARNINGS": _quiet_tracker(os.environ.get("PYTHONWARNINGS"))}
    saved = {name: os.environ.get(name) for name in environment}
    os.environ.update(environment)  # the server (and the resource tracker) inherit it as they start
    try:
        forkserver.ensure_running()
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


# multiprocessing's resource tracker outlives a batch killed with SIGKILL for a moment, frees the
# pool's semaphores and warns "There appear to be 6 leaked semaphore objects to clean up at
# shutdown" on the user's terminal: after a kill -9 that is expected, and nothing was leaked.
_TRACKER_WARNING = "ignore::UserWarning:multiprocessing.resource_tracker"


def _quiet_tracker(current: str | None) -> str:
    return f"{current},{_TRACKER_WARNING}" if current else _TRACKER_WARNING
