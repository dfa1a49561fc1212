"""Compiled regular expressions kept between runs, the way Python keeps compiled bytecode.

The news rules are a few hundred patterns, many with large character classes (surnames,
agency names, the characters only Traditional or only Simplified Chinese writes). CPython
parses and compiles a pattern in pure Python (``re._parser``, ``re._compiler``), and for these
that is about 100 ms per process: a third of a single-file ``to-txt``, the longest step of a
batch's start (its workers' server reads a sample article first), and then again in every
worker for each rarer pattern its first articles need. What ``re`` hands the C engine in the
end is a small program, a list of integers; ``_sre.compile`` turns it into a pattern in
microseconds. So ``compile`` keeps those programs in a file, and a later process builds its
patterns from them instead of compiling them again.

Why it is safe to keep them:
- An entry is keyed by the exact pattern and flags, so a changed rule is simply a new entry.
- The file is one per interpreter version and ``_sre`` engine (its ``MAGIC`` and
  ``CODESIZE``). Anything unexpected (another Python, a file that does not load, a program the
  engine refuses) falls back to ``re.compile``: the cache can cost a compile, never a result.
- A pattern built from the cache is the very pattern ``re.compile`` builds (``==`` compares
  pattern, flags and program; the tests check it).

Only patterns fixed by the code go through here, never one built from an article: the file
must stay the size of our rules. It lives in ``$CONVERTKIT_CACHE_DIR``, else
``$XDG_CACHE_HOME/convertkit`` or ``~/.cache/convertkit``; ``CONVERTKIT_CACHE_DIR=`` (empty)
keeps it in memory only. A process writes it (temporary file, then rename) at exit when it
compiled something new; a batch's workers, which leave without running exit handlers, call
``save`` after each chunk.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import marshal
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any, AnyStr

try:  # CPython's engine and compiler; elsewhere every pattern is plain re.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = None

CACHE_DIR_VARIABLE = "CONVERTKIT_CACHE_DIR"
_FORMAT = 1
# More entries than our rules could ever need: patterns that changed over many versions. The
# file then starts again from what this process used.
_MAX_ENTRIES = 4096

# (flags, pattern) -> (final flags, program as array bytes, groups - 1, groupindex, indexgroup)
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


# The array type holding one program word (``_sre.CODESIZE`` bytes).
_CODE_TYPE = next(code for code in "IL" if array.array(code).itemsize == getattr(_sre, "CODESIZE", 4))


class _Store:
    """This process's patterns and programs; loaded from the file on first use."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.loaded = False
        self.programs: dict[tuple[int, str | bytes], Program] = {}
        self.patterns: dict[tuple[type, int, str | bytes], re.Pattern[Any]] = {}
        self.new: set[tuple[int, str | bytes]] = set()
        self.used: set[tuple[int, str | bytes]] = set()
        self.exit_hook = False


_STORE = _Store()


def cache_file() -> Path | None:
    """Where this interpreter's programs are kept; None when there is no persistent cache."""
    if _sre is None:
        return None
    folder = os.environ.get(CACHE_DIR_VARIABLE)
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "convertkit")
    if not folder:
        return None
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return Path(folder) / f"regex-{tag}.marshal"


def _header() -> tuple[int, str]:
    return _FORMAT, f"{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}"


def _read(path: Path) -> dict[tuple[int, str | bytes], Program]:
    """The programs in ``path``; empty when it is missing or is not a cache of this interpreter."""
    try:
        header, programs = marshal.loads(path.read_bytes())
        if tuple(header) != _header() or not isinstance(programs, dict):
            return {}
    except (OSError, EOFError, ValueError, TypeError):  # not ours, damaged, or of another shape
        return {}
    return programs


def _load() -> None:
    path = cache_file()
    if path is not None:
        _STORE.programs.update(_read(path))
    _STORE.loaded = True


def _program(pattern: str | bytes, flags: int) -> Program:
    """What ``re._compiler.compile`` hands ``_sre.compile``, in the form the file keeps."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    program = array.array(_CODE_TYPE, code).tobytes()
    return int(flags | parsed.state.flags), program, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _build(pattern: str | bytes, program: Program) -> re.Pattern[Any]:
    final_flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(  # type: ignore[no-any-return]
        pattern, final_flags, array.array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup
    )


def compile(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, built from a kept program when there is one."""
    flags = int(flags)
    memo = (type(pattern), flags, pattern)
    found = _STORE.patterns.get(memo)
    if found is not None:
        return found
    if _sre is None:
        return re.compile(pattern, flags)
    key = (flags, pattern)
    with _STORE.lock:
        if not _STORE.loaded:
            _load()
        program = _STORE.programs.get(key)
        compiled = None
        if program is not None:
            try:
                compiled = _build(pattern, program)
            except Exception:  # noqa: BLE001 - a program this engine refuses: compile it afresh
                compiled = None
        if compiled is None:
            try:
                program = _program(pattern, flags)
                compiled = _build(pattern, program)
            except re.error:
                raise
            except Exception:  # noqa: BLE001 - re internals changed under us: plain re, uncached
                return re.compile(pattern, flags)
            _STORE.programs[key] = program
            _STORE.new.add(key)
            if not _STORE.exit_hook:
                atexit.register(save)
                _STORE.exit_hook = True
        _STORE.used.add(key)
        _STORE.patterns[memo] = compiled
        return compiled


def save() -> None:
    """Write the programs this process compiled (merged with the file's) if there are any."""
    path = cache_file()
    with _STORE.lock:
        if path is None or not _STORE.new:
            return
        merged = _read(path)
        merged.update(_STORE.programs)
        if len(merged) > _MAX_ENTRIES:
            merged = {key: _STORE.programs[key] for key in _STORE.used}
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(marshal.dumps((_header(), merged)))
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink()
            return  # a read-only home or a full disk: the next run compiles again, no harm
        _STORE.new.clear()
