"""jieba's dictionary and IDF table in a few MB instead of ~180 MB, with the same answers.

jieba keeps its dictionary as a Python dict of every word *and every prefix of every word*
(~500k str keys) and its IDF table as another dict (~270k keys): about 180 MB per process and
a second of start-up to build or unmarshal them. Each batch worker paid that. Here both live in
marisa tries (a succinct C++ trie, ~1.3 MB for the 349k words) with the values in flat arrays
indexed by the trie's key ids, loaded from one file (``jieba_lexicon.bin``) in milliseconds.

The file is built from jieba's own ``dict.txt`` and ``analyse/idf.txt`` by jieba's own parsers
(``scripts/build_jieba_lexicon.py``), so frequencies, the total and the IDF floats are bit for
bit jieba's. It is shipped rather than built on first use: no process writes anywhere, batch
workers starting together do not race to build a cache, and a fresh machine pays nothing. The
price is that it must match the installed jieba; the header records the size and SHA-256 of
both source files, the sizes are checked on load (free), and when they differ (another jieba)
the tables are built in memory from that jieba's files instead, so results always follow the
installed jieba. A test checks the shipped file byte for byte against a fresh build.

jieba's dictionary is MIT-licensed (see ``jieba_lexicon.LICENSE`` beside the data file).
"""

from __future__ import annotations

import array
import io
import json
import logging
import struct
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import marisa_trie

log = logging.getLogger(__name__)

DATA_FILE = Path(__file__).with_name("jieba_lexicon.bin")
MAGIC = b"CKJIEBA1"
_HEADER_LENGTH = struct.Struct("<I")


def import_jieba():  # type: ignore[no-untyped-def]  # jieba ships no type stubs
    """``import jieba``, without letting it import ``pkg_resources`` (~15 MB and 0.1–0.3 s).

    jieba imports ``pkg_resources`` only to open its own data files and falls back to plain
    ``open`` when the import fails; the compact tokenizer opens none of them anyway. So the import
    is made to fail for that moment, unless some other code has loaded ``pkg_resources`` already.
    """
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba
    else:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # None makes the import raise
        try:
            import jieba
        finally:
            if sys.modules.get("pkg_resources", ...) is None:
                del sys.modules["pkg_resources"]
    return jieba


def jieba_sources() -> tuple[Path, Path]:
    """The installed jieba's dictionary and IDF table, found without importing jieba (its import
    costs 0.1–0.2 s, and a headline's word breaks need only the lexicon)."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    root = Path(spec.origin).parent if spec is not None and spec.origin else Path(import_jieba().__file__).parent
    return root / "dict.txt", root / "analyse" / "idf.txt"


def _describe(path: Path, *, digest: bool) -> dict[str, object]:
    described: dict[str, object] = {"size": path.stat().st_size}
    if digest:
        import hashlib  # only for a digest (the build script's check): its import (OpenSSL) costs more than a load

        described["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return described


class WordFrequencies:
    """A read-only stand-in for ``jieba.Tokenizer.FREQ``: word → count, every prefix of a word → 0.

    Only the lookups jieba's cutting makes are provided (``in``, ``[]``, ``get``), with jieba's
    answers: a prefix of a dictionary word is "in" with frequency 0, anything else is absent.
    """

    __slots__ = ("_counts", "_trie")

    def __init__(self, trie: marisa_trie.Trie, counts: array.array) -> None:
        self._trie = trie
        self._counts = counts

    def __contains__(self, word: object) -> bool:
        # the first key under ``word``, if any (``has_keys_with_prefix`` would do, but warns on every call)
        return isinstance(word, str) and bool(word) and next(iter(self._trie.iterkeys(word)), None) is not None

    def __getitem__(self, word: str) -> int:
        key = self._trie.get(word)
        if key is not None:
            return self._counts[key]
        if word in self:
            return 0
        raise KeyError(word)

    def get(self, word: str, default: int | None = None) -> int | None:
        key = self._trie.get(word)
        if key is not None:
            return self._counts[key]
        return 0 if word in self else default

    def __len__(self) -> int:
        """The number of words (jieba's dict also counts prefixes; nothing here relies on it)."""
        return len(self._trie)


class IdfTable:
    """A read-only stand-in for jieba's ``idf_freq`` dict: word → IDF."""

    __slots__ = ("_trie", "_values")

    def __init__(self, trie: marisa_trie.Trie, values: array.array) -> None:
        self._trie = trie
        self._values = values

    def get(self, word: str, default: float | None = None) -> float | None:
        key = self._trie.get(word)
        return default if key is None else self._values[key]

    def __getitem__(self, word: str) -> float:
        key = self._trie.get(word)
        if key is None:
            raise KeyError(word)
        return self._values[key]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self._trie

    def __len__(self) -> int:
        return len(self._trie)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything jieba's cutting and TF-IDF read from their big dicts."""

    words: marisa_trie.Trie  # dictionary words (frequency > 0), without jieba's prefix entries
    counts: array.array  # uint32 frequency by ``words`` key id
    total: int  # jieba's ``Tokenizer.total``: the sum of all frequencies, duplicates included
    longest: int  # the longest word, in characters: no word match can be longer
    idf_words: marisa_trie.Trie
    idf_values: array.array  # float64 IDF by ``idf_words`` key id
    median_idf: float  # jieba's ``median_idf``: the IDF of an unknown word

    @property
    def frequencies(self) -> WordFrequencies:
        return WordFrequencies(self.words, self.counts)

    @property
    def idf(self) -> IdfTable:
        return IdfTable(self.idf_words, self.idf_values)


def _values_by_id(trie: marisa_trie.Trie, values: dict[str, float] | dict[str, int], typecode: str) -> array.array:
    ordered = array.array(typecode, bytes(array.array(typecode).itemsize * len(trie)))
    for word, key in trie.iteritems():
        ordered[key] = values[word]
    return ordered


def build(dict_path: Path, idf_path: Path) -> tuple[Lexicon, dict[str, object]]:
    """The lexicon of these jieba files, parsed by jieba's own code, and a description of the sources."""
    jieba = import_jieba()
    from jieba.analyse.tfidf import IDFLoader

    with dict_path.open("rb") as stream:
        frequencies, total = jieba.Tokenizer.gen_pfdict(stream)
    counts = {word: count for word, count in frequencies.items() if count}
    del frequencies
    if any(count < 0 or count >= 2**32 for count in counts.values()):
        raise ValueError(f"{dict_path}: a frequency outside 0…2³²−1")
    words = marisa_trie.Trie(counts)
    loader = IDFLoader(str(idf_path))
    idf_words = marisa_trie.Trie(loader.idf_freq)
    lexicon = Lexicon(
        words=words,
        counts=_values_by_id(words, counts, "I"),
        total=total,
        longest=max(map(len, counts)),
        idf_words=idf_words,
        idf_values=_values_by_id(idf_words, loader.idf_freq, "d"),
        median_idf=loader.median_idf,
    )
    sources = {
        "jieba": jieba.__version__,
        "dict": _describe(dict_path, digest=True),
        "idf": _describe(idf_path, digest=True),
    }
    return lexicon, sources


def _little_endian(values: array.array) -> bytes:
    if sys.byteorder == "big":
        values = array.array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def dumps(lexicon: Lexicon, sources: dict[str, object]) -> bytes:
    """The data file: magic, a JSON header (sources, scalars, section lengths), then the sections."""
    sections = [
        lexicon.words.tobytes(),
        _little_endian(lexicon.counts),
        lexicon.idf_words.tobytes(),
        _little_endian(lexicon.idf_values),
    ]
    header = {
        "sources": sources,
        "total": lexicon.total,
        "longest": lexicon.longest,
        "median_idf": lexicon.median_idf,  # JSON keeps a float's repr, so it reads back exactly
        "sections": [len(section) for section in sections],
    }
    encoded = json.dumps(header, sort_keys=True).encode("utf-8")
    out = io.BytesIO()
    out.write(MAGIC)
    out.write(_HEADER_LENGTH.pack(len(encoded)))
    out.write(encoded)
    for section in sections:
        out.write(section)
    return out.getvalue()


def _array(typecode: str, data: bytes | memoryview) -> array.array:
    values = array.array(typecode)
    values.frombytes(data)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def loads(data: bytes) -> tuple[Lexicon, dict[str, object]]:
    """The lexicon and source description stored by ``dumps``."""
    if not data.startswith(MAGIC):
        raise ValueError("not a convertkit jieba lexicon")
    (length,) = _HEADER_LENGTH.unpack_from(data, len(MAGIC))
    start = len(MAGIC) + _HEADER_LENGTH.size
    header = json.loads(data[start:start + length])
    position = start + length
    view = memoryview(data)  # sections are copied once, into the tries and arrays, not sliced out first
    sections = []
    for size in header["sections"]:
        sections.append(view[position:position + size])
        position += size
    if position != len(data):
        raise ValueError("truncated or padded jieba lexicon")
    words, counts, idf_words, idf_values = sections
    lexicon = Lexicon(
        words=marisa_trie.Trie().frombytes(bytes(words)),
        counts=_array("I", counts),
        total=header["total"],
        longest=header["longest"],
        idf_words=marisa_trie.Trie().frombytes(bytes(idf_words)),
        idf_values=_array("d", idf_values),
        median_idf=header["median_idf"],
    )
    return lexicon, header["sources"]


def matches_sources(sources: dict[str, object], dict_path: Path, idf_path: Path, *, digest: bool = False) -> bool:
    """Whether ``sources`` describes these files: by size (free, on every load) or also by SHA-256."""
    for name, path in (("dict", dict_path), ("idf", idf_path)):
        recorded = sources.get(name)
        if not isinstance(recorded, dict):
            return False
        described = _describe(path, digest=digest)
        if any(recorded.get(key) != value for key, value in described.items()):
            return False
    return True


@cache
def lexicon() -> Lexicon:
    """The lexicon for the installed jieba: the shipped one, or built in memory if jieba differs."""
    dict_path, idf_path = jieba_sources()
    try:
        shipped, sources = loads(DATA_FILE.read_bytes())
    except (OSError, ValueError) as exc:
        log.warning("jieba lexicon %s unusable (%s); building it in memory", DATA_FILE, exc)
    else:
        if matches_sources(sources, dict_path, idf_path):
            return shipped
        log.warning(
            "the installed jieba's dictionary differs from the one %s was built from; building it in memory "
            "(about a second; run scripts/build_jieba_lexicon.py to ship a matching one)",
            DATA_FILE.name,
        )
    return build(dict_path, idf_path)[0]
