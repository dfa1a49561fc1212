"""Finding writers: built-ins first (lazy, unshadowable), then the ``convertkit.writers`` group.

Built-ins are also registered through the entry-point group in our own ``pyproject.toml``, so a
third-party writer is a first-class citizen; the static table in ``builtins`` only guarantees that
``to-txt`` never imports reportlab and that a plugin cannot replace a built-in by taking its
name. The entry-point scan is cached and only the requested writer is imported.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..errors import PluginError, UsageError
from .builtins import BUILTIN_EXTENSIONS, BUILTIN_WRITERS

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

    from .base import Writer

GROUP = "convertkit.writers"


@dataclass(frozen=True, slots=True)
class WriterInfo:
    name: str
    target: str  # "module:Class"
    provider: str  # distribution name, "convertkit" for built-ins
    version: str


def _module_exists(target: str) -> bool:
    module = target.partition(":")[0]
    return importlib.util.find_spec(module) is not None


@cache
def _plugin_entry_points() -> dict[str, EntryPoint]:
    from importlib.metadata import entry_points  # only when a plugin may be wanted: a slow import

    found: dict[str, EntryPoint] = {}
    for entry_point in entry_points(group=GROUP):
        if entry_point.name in BUILTIN_WRITERS or entry_point.name in found:
            continue  # built-ins cannot be shadowed; the first plugin of a name wins
        found[entry_point.name] = entry_point
    return found


@cache
def available() -> tuple[WriterInfo, ...]:
    """Every writer that can be asked for, built-ins first, in a stable order."""
    from .. import __version__

    infos = [
        WriterInfo(name, target, "convertkit", __version__)
        for name, target in BUILTIN_WRITERS.items()
        if _module_exists(target)
    ]
    for name, entry_point in sorted(_plugin_entry_points().items()):
        dist = entry_point.dist
        infos.append(
            WriterInfo(
                name,
                entry_point.value,
                dist.metadata["Name"] if dist is not None else "?",
                dist.version if dist is not None else "?",
            )
        )
    return tuple(infos)


def names() -> tuple[str, ...]:
    return tuple(info.name for info in available())


@cache
def _info(name: str) -> WriterInfo | None:
    """A writer's registration; built-ins are known without scanning installed packages (the
    entry-point scan costs tens of milliseconds, a fifth of a ``to-txt`` run)."""
    if name in BUILTIN_WRITERS and _module_exists(BUILTIN_WRITERS[name]):
        from .. import __version__

        return WriterInfo(name, BUILTIN_WRITERS[name], "convertkit", __version__)
    return next((info for info in available() if info.name == name), None)


def exists(name: str) -> bool:
    """Whether ``name`` can be asked for; a built-in name is answered without scanning installed
    packages or importing the writer."""
    return _info(name) is not None


def get(name: str) -> type[Writer]:
    """Import and return the writer class registered as ``name``."""
    info = _info(name)
    if info is None:
        raise UsageError(f"unknown output format {name!r} (available: {', '.join(names())})")
    try:
        if info.provider == "convertkit":
            module_name, _, class_name = info.target.partition(":")
            writer = getattr(importlib.import_module(module_name), class_name)
        else:
            writer = _plugin_entry_points()[name].load()
    except Exception as exc:
        raise PluginError(
            f"writer {name!r} from {info.provider} {info.version} failed to load: {type(exc).__name__}: {exc}"
        ) from exc
    missing = [attr for attr in ("name", "extension", "write") if not hasattr(writer, attr)]
    if missing:
        raise PluginError(f"writer {name!r} from {info.provider} lacks {', '.join(missing)}")
    return writer


def extension_of(name: str) -> str:
    if name in BUILTIN_EXTENSIONS:
        return BUILTIN_EXTENSIONS[name]
    return get(name).extension


def for_path(path: str) -> str:
    """The writer a destination's suffix asks for (``.pdf`` -> ``pdf``)."""
    lowered = path.lower()
    if lowered.endswith((".jsonl", ".ndjson")) and "json" in names():
        return "json"  # JSON Lines: the JSON writer, one document per line (api.write)
    matches = [name for name, ext in BUILTIN_EXTENSIONS.items() if lowered.endswith(ext) and name in names()]
    for info in available():
        if info.provider != "convertkit" and lowered.endswith(get(info.name).extension.lower()):
            matches.append(info.name)
    if not matches:
        raise UsageError(f"cannot tell the output format from {path!r}: pass to=… (one of {', '.join(names())})")
    return max(matches, key=lambda name: len(extension_of(name)))
