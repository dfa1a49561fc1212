"""The batch's memory: which input (by location and content) produced which outputs, and how it went.

SQLite in WAL mode, written by the parent process only (workers return results; they never
open the database), one transaction per finished chunk. A ``kill -9`` therefore loses at most
the chunks in flight, whose outputs are complete files or absent (``atomic_output``), and the
next ``--resume`` redoes exactly those. Rows are keyed by input location *and* a config key
(version, formats, style, options), so converting the same crawl to another format later is
not mistaken for work already done.

Outdated outputs. Names hold a hash of the input's bytes, so an input that changed gets new
names. When its row (same key, same config) is replaced by a successful conversion, the old
outputs that the new row no longer lists go into the ``stale`` table *in the same
transaction*; ``remove_outdated`` deletes them once the whole batch is recorded (no worker is
writing then), and only those that no row of any input and any config still lists (identical
inputs share names). A kill in between leaves them in ``stale`` for the next run. A failed
conversion keeps the old outputs listed in its row, so they stay, and go when the input
converts again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import ConvertkitError, OutputError, map_errors
from . import storage
from .job import NOT_ARTICLE, OK, SKIPPED, FileResult, Settings

FILENAME = "manifest.sqlite"
SCHEMA_VERSION = "1"  # bump, and migrate or refuse, when columns change

_SCHEMA = """
CREATE TABLE IF NOT EXISTS info (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS inputs (
    key TEXT NOT NULL,          -- path or URL; path#L<n> for a JSON Lines record, path#R<n> for a web archive's page
    config TEXT NOT NULL,       -- config_key(): version + formats + style + options
    size INTEGER, mtime_ns INTEGER, sha256 TEXT,
    status TEXT NOT NULL,       -- ok | failed | crashed | no article (an archived page without one)
    outputs TEXT NOT NULL,      -- JSON list of paths/URLs
    articles INTEGER NOT NULL DEFAULT 0,
    error_type TEXT, error TEXT, ms REAL, updated REAL NOT NULL,
    diagnostics TEXT,           -- JSON list of warnings met while converting (first 20)
    PRIMARY KEY (key, config)
);
CREATE INDEX IF NOT EXISTS inputs_sha256 ON inputs (sha256);
CREATE TABLE IF NOT EXISTS stale (
    path TEXT PRIMARY KEY,      -- an output its input's row stopped listing (the input changed)
    key TEXT NOT NULL, config TEXT NOT NULL, since REAL NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class Row:
    key: str
    size: int | None
    mtime_ns: int | None
    sha256: str | None
    status: str
    outputs: tuple[str, ...]


def config_key(settings: Settings, version: str, style_digest: str) -> str:
    """What must match for an earlier result to count as done now."""
    material = json.dumps(
        [
            version,
            list(settings.formats),
            settings.style,
            style_digest,
            repr(settings.writer_options),
            settings.outdir,
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(material.encode()).hexdigest()[:16]


class Manifest:
    """One open manifest; use as a context manager. Not shared across processes or threads."""

    def __init__(self, path: str) -> None:
        self.path = path
        try:
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL survives a killed process
            self._db.executescript(_SCHEMA)
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(inputs)")}
            if "diagnostics" not in columns:  # a manifest from before the column existed
                self._db.execute("ALTER TABLE inputs ADD COLUMN diagnostics TEXT")
            self._db.execute("INSERT OR IGNORE INTO info VALUES ('schema', ?)", (SCHEMA_VERSION,))
        except sqlite3.DatabaseError as exc:
            raise OutputError(f"cannot open the batch manifest: {exc}", path=path) from None

    def __enter__(self) -> Manifest:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def lookup(self, keys: Sequence[str], config: str) -> dict[str, Row]:
        """Earlier results for ``keys`` under ``config`` (one query per chunk, not per file)."""
        with map_errors(OutputError, "cannot read the batch manifest", path=self.path):
            return self._lookup(keys, config)

    def _lookup(self, keys: Sequence[str], config: str) -> dict[str, Row]:
        found: dict[str, Row] = {}
        for start in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
            part = list(keys[start : start + 500])
            marks = ",".join("?" * len(part))
            query = (
                f"SELECT key, size, mtime_ns, sha256, status, outputs FROM inputs "
                f"WHERE config = ? AND key IN ({marks})"
            )
            for key, size, mtime_ns, sha256, status, outputs in self._db.execute(
                query, [config, *part]
            ):
                found[key] = Row(key, size, mtime_ns, sha256, status, tuple(json.loads(outputs)))
        return found

    def record(
        self, results: Iterable[FileResult], config: str, outdir: str | None = None
    ) -> None:
        """Store a finished chunk in one transaction; a worker's "skipped" (same bytes, outputs present) is stored as ok.

        A success replacing a row whose outputs it no longer lists queues those outputs in
        ``stale`` (when they lie in ``outdir``, the config's OUTDIR); a failure keeps the earlier
        row's outputs listed, since they are still on disk and still that input's latest.
        """
        kept = [r for r in results if r.status != "skipped" or r.sha256 is not None]
        if not kept:
            return
        with map_errors(OutputError, "cannot update the batch manifest", path=self.path):
            self._write(kept, config, outdir)

    def _write(self, results: list[FileResult], config: str, outdir: str | None) -> None:
        now = time.time()
        self._db.execute("BEGIN")
        try:
            earlier = self._lookup([r.key for r in results], config)
            rows: list[tuple[Any, ...]] = []
            stale: list[tuple[str, str, str, float]] = []
            for r in results:
                outputs = r.outputs
                before = earlier.get(r.key)
                if before is not None and before.outputs:
                    if r.status in (OK, SKIPPED, NOT_ARTICLE):  # its outputs now are these
                        current = set(outputs)
                        stale.extend(
                            (path, r.key, config, now)
                            for path in before.outputs
                            if path not in current and (outdir is None or _in_folder(path, outdir))
                        )
                    else:
                        outputs = before.outputs
                rows.append(
                    (
                        r.key,
                        config,
                        r.size,
                        r.mtime_ns,
                        r.sha256,
                        "ok" if r.status == "skipped" else r.status,
                        json.dumps(list(outputs), ensure_ascii=False),
                        r.articles,
                        r.error_type,
                        r.error,
                        r.ms,
                        now,
                        json.dumps(list(r.diagnostics[:20]), ensure_ascii=False)
                        if r.diagnostics
                        else None,
                    )
                )
            self._db.executemany(
                "INSERT OR REPLACE INTO inputs (key, config, size, mtime_ns, sha256, status, outputs, articles,"
                " error_type, error, ms, updated, diagnostics) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
            if stale:
                self._db.executemany("INSERT OR REPLACE INTO stale VALUES (?,?,?,?)", stale)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def remove_outdated(self, remove: Callable[[str], bool]) -> tuple[int, list[str]]:
        """Delete, with ``remove(path)`` (False: it was already gone), the queued outdated outputs
        that no row lists any more; returns (how many went, one line per failed removal).

        Only the parent calls this, after every result of the batch is recorded: a worker
        still writing could otherwise recreate a name that is about to be deleted. Failed
        removals are reported, not retried: the entry is dropped either way.
        """
        with map_errors(OutputError, "cannot read the batch manifest", path=self.path):
            if self._db.execute("SELECT 1 FROM stale LIMIT 1").fetchone() is None:
                return 0, []
            listed = self._still_listed()
            queued = [path for (path,) in self._db.execute("SELECT path FROM stale")]
        removed = 0
        problems: list[str] = []
        for path in queued:
            if path in listed:  # another input's (or another config's) output too
                continue
            try:
                removed += bool(remove(path))
            except (ConvertkitError, OSError) as exc:
                problems.append(str(exc))
        with map_errors(OutputError, "cannot update the batch manifest", path=self.path):
            self._db.execute("DELETE FROM stale")  # nothing was queued meanwhile: one writer
        return removed, problems

    def _still_listed(self) -> set[str]:
        """The queued paths that some row (any input, any config, any status) lists as an output."""
        try:
            return {
                value
                for (value,) in self._db.execute(
                    "SELECT DISTINCT j.value FROM inputs, json_each(inputs.outputs) AS j"
                    " WHERE j.value IN (SELECT path FROM stale)"
                )
            }
        except sqlite3.OperationalError:  # an SQLite built without JSON functions
            queued = {path for (path,) in self._db.execute("SELECT path FROM stale")}
            listed: set[str] = set()
            for (outputs,) in self._db.execute("SELECT outputs FROM inputs"):
                listed.update(queued.intersection(json.loads(outputs)))
            return listed

    def counts(self, config: str) -> dict[str, int]:
        query = "SELECT status, COUNT(*) FROM inputs WHERE config = ? GROUP BY status"
        return {status: count for status, count in self._db.execute(query, (config,))}

    def outputs_of(self, key: str, config: str) -> tuple[str, ...]:
        row = self.lookup([key], config).get(key)
        return row.outputs if row else ()


def _in_folder(path: str, folder: str) -> bool:
    """Whether ``path`` is a plain file directly in ``folder``, spelled as the batch spells outputs."""
    name = path.rsplit("/", 1)[-1]
    return name not in ("", ".", "..") and storage.join(folder, name) == path


def default_location(outdir: str, state_dir: str | None) -> str:
    """Where the manifest lives: in OUTDIR when it is local, else in ``state_dir``."""
    folder = state_dir if state_dir else outdir
    return os.path.join(folder, FILENAME)
