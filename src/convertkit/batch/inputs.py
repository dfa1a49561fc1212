"""Turn the command line's INPUTS into a lazy stream of ``Job``s.

A crawl may hold ten million files, so nothing here builds a list: folders are walked with
``os.scandir`` one directory at a time, globs use ``iglob``, JSON Lines files are read line by
line (each record becomes its own job, carrying its bytes), a large JSON file's record array
item by item (``json_stream``: each item its own job), a large CSV or TSV table row by row,
web archives (WARC) record by record
(each captured HTML page becomes its own job, carrying that one record), and fsspec URLs are
walked with ``fs.walk`` (one listing per prefix). Memory is bounded by the widest directory and
the largest record, not by the tree, the export or the archive.
"""

from __future__ import annotations

import dataclasses
import glob
import os
import posixpath
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from .. import sources
from ..errors import ConvertkitError, InputError, NotFoundError, map_errors
from . import storage
from .job import ITEM, PAGE, ROW, Job

# Files a folder walk picks up; a file named explicitly is always taken, whatever its suffix.
ARTICLE_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".htm", ".html", ".shtml", ".xhtml", ".mht", ".mhtml", ".webarchive", ".json",
     ".enex", ".warc", ".warc.gz", ".csv", ".tsv"}
)
TABLE_SUFFIXES = frozenset({".csv", ".tsv"})
RECORD_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARCHIVE_SUFFIXES = frozenset({".warc", ".warc.gz"})
_GLOB_CHARS = frozenset("*?[")
_TABLE_OPENING = 64 * 1024  # what a walk reads of a table to see its header


@dataclass(frozen=True, slots=True)
class InputSpec:
    """How to expand INPUTS: which storage options URLs need, which folders to leave out."""

    storage_options: tuple[tuple[str, Any], ...] = ()
    exclude: tuple[str, ...] = ()  # real paths of folders never to walk into (the output folder)
    suffixes: frozenset[str] = ARTICLE_SUFFIXES | RECORD_SUFFIXES
    # Files a folder walk left out for their suffix, counted by suffix (.xml: 3), so that the batch
    # can say so: a Sogou .dat or an RSS .xml is read when named, not when found in a folder.
    passed_over: Counter[str] | None = field(default=None, compare=False)
    # A walk that only counts (the progress bar's total): records keep no bytes, so that counting a
    # large archive or export does not copy every page or serialise every item a second time.
    counting: bool = False

    def pass_over(self, name: str, why: str = "") -> bool:
        """Count ``name`` as left out; False, so that a filter can count as it drops."""
        if self.passed_over is not None:
            self.passed_over[(_suffix(name) or "(no suffix)") + (f" {why}" if why else "")] += 1
        return False

    def takes_table(self, name: str, opening: Callable[[], bytes]) -> bool:
        """A table found in a walk is taken when its header names article columns; a manifest
        or a statistics sheet beside the crawl is counted as left out (``opening``: its first bytes)."""
        from ..readers.table import names_article_columns

        try:
            taken = names_article_columns(opening(), name)
        except OSError:
            taken = True  # unreadable: its job reports why
        return taken or self.pass_over(name, "without article columns")


def _suffix(name: str) -> str:
    lowered = name.lower()
    return ".warc.gz" if lowered.endswith(".warc.gz") else os.path.splitext(lowered)[1]


def _is_records(name: str) -> bool:
    return _suffix(name) in RECORD_SUFFIXES


def _is_export(name: str, size: int | None) -> bool:
    """A JSON file large enough to be read item by item, if it holds a record array, or a
    table large enough to be read row by row."""
    return size is not None and size >= sources.STREAM_BYTES and (
        _suffix(name) == ".json" or _suffix(name) in TABLE_SUFFIXES)


def _is_archive(location: str, options: tuple[tuple[str, Any], ...] = (), *, sniff: bool = False) -> bool:
    """A web archive by its suffix; with ``sniff``, also a file named otherwise whose first bytes
    are a WARC record's (as the reader sniffs them). Only files named as inputs are sniffed, and
    only when their suffix is not one of an article's: a folder walk takes archives by suffix."""
    suffix = _suffix(location)
    if suffix in ARCHIVE_SUFFIXES:
        return True
    if not sniff or suffix in ARTICLE_SUFFIXES or suffix in RECORD_SUFFIXES:
        return False
    path = storage.local_path(location)
    try:
        if path is not None and not stat.S_ISREG(os.stat(path).st_mode):
            return False  # a pipe must not lose its first bytes, or have the walk wait on it
        with _open(location, options) as handle:
            head = handle.read(4096)
    except (OSError, ValueError, ConvertkitError):
        return False  # the job's own reading will say what is wrong with it
    from ..readers import sniff_format

    return sniff_format(head, location) == "warc"


def iter_jobs(inputs: Iterable[str], spec: InputSpec = InputSpec()) -> Iterator[Job]:
    """Every job the INPUTS name, in walk order, lazily; an input that names nothing (a missing
    path, a glob that matches nothing, a folder that cannot be listed) is a job that fails."""
    for item in inputs:
        yield from _expand(item, spec)


def _expand(item: str, spec: InputSpec) -> Iterator[Job]:
    path = storage.local_path(item)
    if path is None:
        yield from _expand_url(item, spec)
        return
    # Absolute, so the manifest's keys do not depend on the folder the batch was started from.
    path = os.path.abspath(path)
    if not os.path.lexists(path) and _GLOB_CHARS.intersection(path):
        found = False
        for match in glob.iglob(path, recursive=True):
            found = True
            if os.path.isdir(match):
                yield from _walk(match, spec)
            else:
                yield from _file(match, None, spec)
        if not found:
            yield _unreadable(path, "NotFoundError", "matches no file")
        return
    # A named input that is missing or unreadable fails as one input, reported with the others:
    # raised here, it stopped the whole batch part-way, at whatever point the lazy walk had reached.
    try:
        info = os.stat(path)
    except FileNotFoundError:
        yield _unreadable(path, "NotFoundError", "no such file or folder")
        return
    except OSError as exc:
        yield _unreadable(path, "InputError", f"cannot read: {exc.strerror or exc}")
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(path, spec)
    else:
        yield from _file(path, info, spec)


def _unreadable(path: str, error_type: str, message: str) -> Job:
    """The job of an input the walk could not read or list: it fails with ``message``."""
    return Job(path, failure=(error_type, message))


def _file(path: str, info: os.stat_result | None, spec: InputSpec) -> Iterator[Job]:
    if _is_records(path):
        yield from _records(path, counting=spec.counting)
        return
    if _is_archive(path, sniff=True):
        yield from _archive_pages(path, counting=spec.counting)
        return
    if info is None:
        try:
            info = os.stat(path)
        except OSError:
            info = None
    # A file that vanished or cannot be read still becomes a job: its failure belongs in the report.
    job = Job(path, size=info.st_size if info else None, mtime_ns=info.st_mtime_ns if info else None)
    yield from _export_items(job, counting=spec.counting) if _is_export(path, job.size) else (job,)


def _walk(root: str, spec: InputSpec) -> Iterator[Job]:
    """Depth-first ``os.scandir`` walk; hidden entries and excluded folders are skipped."""
    excluded = {os.path.realpath(folder) for folder in spec.exclude}
    stack = [root]
    while stack:
        folder = stack.pop()
        if os.path.realpath(folder) in excluded:
            continue
        subfolders: list[str] = []
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            subfolders.append(entry.path)
                            continue
                        if _suffix(entry.name) not in spec.suffixes:
                            if entry.is_file():
                                spec.pass_over(entry.name)
                            continue
                        if not entry.is_file():
                            # An article's name on a broken link, a fifo or a socket: a failure
                            # to report (its job's reading says which), never opened here.
                            yield Job(entry.path)
                            continue
                        if _suffix(entry.name) in TABLE_SUFFIXES and not spec.takes_table(
                                entry.path, lambda path=entry.path: _opening(path)):
                            continue
                        if _is_records(entry.name):
                            yield from _records(entry.path, counting=spec.counting)
                        elif _is_archive(entry.name):
                            yield from _archive_pages(entry.path, counting=spec.counting)
                        else:
                            info = entry.stat()
                            job = Job(entry.path, size=info.st_size, mtime_ns=info.st_mtime_ns)
                            yield from _export_items(job, counting=spec.counting) \
                                if _is_export(entry.name, job.size) else (job,)
                    except OSError:
                        yield Job(entry.path)
        except OSError as exc:
            # One unreadable folder fails as one input; the rest of the tree is still converted.
            yield _unreadable(folder, "InputError", f"cannot list the folder: {exc.strerror or exc}")
        stack.extend(reversed(sorted(subfolders)))


def _opening(location: str, options: tuple[tuple[str, Any], ...] = ()) -> bytes:
    with _open(location, options) as handle:
        return handle.read(_TABLE_OPENING)


def _open(location: str, options: tuple[tuple[str, Any], ...] = ()) -> BinaryIO:
    """``location`` (a path or a URL) opened for reading as a stream."""
    path = storage.local_path(location)
    if path is not None:
        try:
            return open(path, "rb")
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", path=location) from None
    fs, inner = storage.split_url(location, options)
    return fs.open(inner, "rb")  # type: ignore[no-any-return]


def _records(location: str, options: tuple[tuple[str, Any], ...] = (), *, counting: bool = False) -> Iterator[Job]:
    """One job per non-blank line of a JSON Lines file, read as a stream."""
    with _open(location, options) as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield Job(location, record=number, data=None if counting else line.rstrip(b"\r\n"))


def _export_items(whole: Job, options: tuple[tuple[str, Any], ...] = (), *, counting: bool = False) -> Iterator[Job]:
    """One job per item of a large JSON file's record array, read as a stream (``json_stream``):
    each carries its item, read as a one-record JSON file; or one job per row of a large table,
    carrying the header and the row (``_table_rows``). A JSON file that holds no record array is
    ``whole``, read whole (refused past the single-input limit). An export damaged part-way
    becomes a job that fails with that error (key: the file), after the items before the damage."""
    from ..readers.json_stream import item_bytes, items_prefix, json_items

    location = whole.source
    try:
        with _open(location, options) as handle:
            if _suffix(location) in TABLE_SUFFIXES:
                yield from _table_rows(handle, location, counting=counting)
                return
            prefix = items_prefix(handle)
            if prefix is None:
                yield whole
                return
            for number, value in json_items(handle, prefix, path=location):
                yield Job(location, record=number, data=None if counting else item_bytes(value), part=ITEM)
    except ConvertkitError as exc:
        yield Job(location, failure=(type(exc).__name__, exc.message))
    except OSError as exc:  # the network or the disk, mid-file
        yield Job(location, failure=("InputError", f"cannot read: {exc.strerror or exc}"))


def _table_rows(handle: BinaryIO, location: str, *, counting: bool = False) -> Iterator[Job]:
    """One job per row of a table read as a stream (``table.open_table``), numbered as the rows
    under the header: each carries the header and its row as a two-line UTF-8 CSV, which the
    worker reads with a comma (``ROW``), whatever the table's own encoding and delimiter."""
    import csv
    import io

    from ..readers.table import open_table, table_rows

    lines, _, delimiter = open_table(handle, location)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)  # a lone \r in a cell too
    for number, header, row in table_rows(lines, delimiter, path=location):
        if counting:
            yield Job(location, record=number, part=ROW)
            continue
        buffer.seek(0)
        buffer.truncate()
        writer.writerows((header, row))
        yield Job(location, record=number, data=buffer.getvalue().encode("utf-8"), part=ROW)


def _archive_pages(location: str, options: tuple[tuple[str, Any], ...] = (), *, counting: bool = False) -> Iterator[Job]:
    """One job per captured HTML page of a web archive, read as a stream: each carries its one
    record (``warc.page_bytes``), numbered as the archive's records are, and the worker reads it
    as the WARC reader reads the page inside the whole archive. Nothing holds more than one page.

    An archive that cannot be opened, is damaged or holds no page becomes a job that fails with
    that error (key: the archive), after the pages read before the damage: one bad archive never
    stops the batch, as one bad file does not.
    """
    from ..readers.warc import page_bytes, page_records

    def cut(record: Any) -> bytes | int:
        """The page's bytes, or its size when it is over the single-input limit (a record's
        length is known before it is read): no page may make the walk hold gigabytes."""
        length = record.length or 0
        return length if counting or length > storage.MAX_INPUT_BYTES else page_bytes(record)

    pages = 0
    try:
        with _open(location, options) as handle:
            if not handle.read(1):
                yield Job(location, failure=("EmptyInputError", "is empty"))
                return
            handle.seek(0)
            for number, data, _ in page_records(handle, location, cut):
                pages += 1
                if counting:
                    yield Job(location, record=number, part=PAGE)
                elif isinstance(data, int):
                    yield Job(location, record=number, part=PAGE,
                              failure=("InputError", f"is too large ({data} bytes) for a single article"))
                else:
                    yield Job(location, record=number, data=data, part=PAGE)
    except ConvertkitError as exc:
        yield Job(location, failure=(type(exc).__name__, exc.message))
        return
    except OSError as exc:  # the network or the disk, mid-archive
        yield Job(location, failure=("InputError", f"cannot read: {exc.strerror or exc}"))
        return
    if pages == 0:
        yield Job(location, failure=("NoArticleError", "holds no article: the archive captured no HTML page"))


def _expand_url(url: str, spec: InputSpec) -> Iterator[Job]:
    with map_errors(InputError, "cannot list", path=url):
        yield from _walk_url(url, spec)


def _walk_url(url: str, spec: InputSpec) -> Iterator[Job]:
    fs, inner = storage.split_url(url, spec.storage_options)
    protocol = url.split("://", 1)[0]

    def full(path: str) -> str:
        return (
            fs.unstrip_protocol(path) if hasattr(fs, "unstrip_protocol") else f"{protocol}://{path}"
        )

    def walked(path: str) -> bool:
        """Whether a walk takes the object at ``path`` (its suffix; a table's header too)."""
        name = posixpath.basename(path)
        if name.startswith(".") or not (_suffix(name) in spec.suffixes or spec.pass_over(name)):
            return False
        return _suffix(name) not in TABLE_SUFFIXES or spec.takes_table(
            name, lambda: _opening(full(path), spec.storage_options))

    explicit = False  # an object named as an input, which is sniffed; a walk goes by suffixes
    # (path, size): listings give sizes, which say whether a JSON object is read item by item
    if _GLOB_CHARS.intersection(inner):
        # fsspec has no lazy glob; listings are per prefix anyway
        objects: Iterable[tuple[str, Any]] = (
            (path, info.get("size")) for path, info in fs.glob(inner, detail=True).items()
        )
    elif fs.isdir(inner):
        listed = (
            (f"{dirpath.rstrip('/')}/{name}", files[name].get("size"))
            for dirpath, _, files in fs.walk(inner, detail=True)
            for name in sorted(files)
        )
        objects = ((path, size) for path, size in listed if walked(path))
    elif fs.exists(inner):
        objects = [(inner, fs.info(inner).get("size"))]
        explicit = True
    else:
        raise NotFoundError("no such object or prefix", path=url)
    for path, size in objects:
        location = full(path)
        if _is_records(path):
            yield from _records(location, spec.storage_options, counting=spec.counting)
        elif _is_archive(location, spec.storage_options, sniff=explicit):
            yield from _archive_pages(location, spec.storage_options, counting=spec.counting)
        elif _is_export(path, size):
            yield from _export_items(Job(location), spec.storage_options, counting=spec.counting)
        else:
            yield Job(location)


def count_jobs(inputs: Iterable[str], spec: InputSpec = InputSpec()) -> int:
    """How many jobs INPUTS hold (a second lazy walk, for the progress bar's ETA): the same walk,
    with records that carry no bytes."""
    total = 0
    for _ in iter_jobs(inputs, dataclasses.replace(spec, passed_over=None, counting=True)):  # the first walk counts those
        total += 1
    return total
