"""Loading and decoding input: the only place that turns bytes into text.

Order of evidence (strongest first): a byte-order mark; UTF-16 or UTF-32 without one (NUL
bytes in fixed places); strict UTF-8 (multi-byte UTF-8 that validates is almost never anything
else, and saved pages often *declare* gb2312 while being UTF-8), which may still be 7-bit HZ or
ISO-2022-CN, or hold Chinese misread as Latin-1 and saved again (repaired when the round trip is
exact); lines of UTF-8 among lines of GBK or Big5 (each line in its own encoding); the charset
a container declares, unless the bytes contradict it (Latin-1 on Chinese bytes, gb2312 on Big5);
charset-normalizer's detection among the encodings Chinese press actually uses; the reading of
GB18030 and Big5 made of frequent characters. GB2312 and GBK are decoded as their superset
GB18030, Big5 as Big5-HKSCS (plus CP950's euro sign), so a rare character in an old archive is
not an error.

Binary data is refused rather than decoded into junk: NUL bytes outside UTF-16/32, known binary
signatures, or a high share of control characters after decoding. A refusal says what the file
declared and which encoding its bytes came closest to.
"""

from __future__ import annotations

import codecs
import functools
import logging
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from . import regex_cache
from .errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    NotAFileError,
    NotFoundError,
)

log = logging.getLogger("convertkit")

# Refuse anything larger: a news article is kilobytes; a crawl dump belongs in `batch`.
MAX_INPUT_BYTES = 256 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_BINARY_SIGNATURES: tuple[bytes, ...] = (
    b"%PDF-",
    b"PK\x03\x04",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x7fELF",
    b"MZ",
    b"\xd0\xcf\x11\xe0",  # OLE2: .doc, .xls
    b"ID3",
    b"OggS",
    b"RIFF",
    b"\x00\x00\x01\x00",
    b"SQLite format 3",
)

# Codec names charset-normalizer (or a <meta> tag) may give, mapped to the superset we decode with.
_CODEC_SUPERSETS: dict[str, str] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "euc_cn": "gb18030",
    "euccn": "gb18030",
    "x-gbk": "gb18030",
    "gb18030": "gb18030",
    "hz": "hz",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "cp950": "big5hkscs",
    "ms950": "big5hkscs",
    "utf_8": "utf-8",
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "ascii": "utf-8",
    "us-ascii": "utf-8",
}

# Encodings worth asking charset-normalizer about: what Chinese-language press is stored in.
_DETECTION_CANDIDATES: list[str] = ["gb18030", "big5", "big5hkscs", "utf_16", "utf_32", "hz"]

# Above this share of replacement characters a "decoded" file is junk, not an article.
_MAX_REPLACEMENT_SHARE = 0.02
_MAX_CONTROL_SHARE = 0.01


# Control characters no article contains (tab, line and page breaks excepted). A character class
# counts them in one C scan; str.translate with a dict looked up every character of the text.
_CONTROL_RE = regex_cache.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text plus how it was obtained; ``replacements`` counts undecodable byte runs."""

    text: str
    encoding: str
    replacements: int = 0


def load(path: str | os.PathLike[str]) -> bytes:
    """Read an input file, read-only, refusing what cannot be an article before decoding."""
    shown = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise NotFoundError("no such file", path=shown) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=shown) from None
    if stat.S_ISDIR(info.st_mode):
        raise NotAFileError("is a directory, not a file", path=shown)
    if not stat.S_ISREG(info.st_mode):
        raise NotAFileError("is not a regular file", path=shown)
    if info.st_size == 0:
        raise EmptyInputError("is empty", path=shown)
    if info.st_size > MAX_INPUT_BYTES:
        raise InputError(f"is too large ({info.st_size} bytes) for a single article", path=shown)
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=shown) from None


def canonical_codec(name: str | None) -> str | None:
    """Map an encoding label to the codec we decode with, or None when Python has no such codec."""
    if not name:
        return None
    key = name.strip().lower().replace(" ", "")
    if key in _CODEC_SUPERSETS:
        return _CODEC_SUPERSETS[key]
    try:
        python_name = codecs.lookup(key).name
    except (LookupError, ValueError):  # ValueError: a label with a NUL in it (a damaged header)
        return None
    return _CODEC_SUPERSETS.get(python_name, python_name)


def decode(data: bytes, *, declared: str | None = None, path: str | None = None) -> Decoded:
    """Decode article bytes; raise a one-line InputError for empty, binary or undecodable input."""
    if not data.strip():
        raise EmptyInputError("is empty or blank", path=path)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(Decoded(data.decode(codec), _label(codec)), path)
            except UnicodeDecodeError:
                if codec != "utf-8-sig":
                    raise EncodingError(f"starts with a {_label(codec)} byte-order mark but does not decode as "
                                        f"{_label(codec)}", path=path) from None
            # A UTF-8 mark before bytes that are no UTF-8 (a tool that writes the mark, then GBK;
            # files joined by cat): the bytes win over the mark.
            log.warning("%s: starts with a UTF-8 byte-order mark but is not UTF-8; the mark is ignored", path or "<input>")
            data = data[len(bom):]
            break
    wide = _bomless_wide(data)
    if wide is not None:
        return _checked(wide, path)
    _refuse_binary(data, path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _legacy(data, declared, path)
    if data.isascii() or data.find(b"\xc3") != -1:  # 7-bit HZ or ISO-2022-CN; à-ÿ (Latin-1 mojibake)
        return _checked(_utf8_text(data, text, path), path)
    return _checked(Decoded(text, "utf-8"), path)


def _utf8_text(data: bytes, text: str, path: str | None) -> Decoded:
    """Strictly valid UTF-8, unless it is 7-bit HZ or ISO-2022-CN, or holds Chinese that was
    misread as Latin-1 and saved again. Each check starts with a byte search, so that ordinary
    UTF-8 (no C3 byte: · is C2 B7) pays two C scans and no call."""
    if data.isascii():
        seven_bit = _seven_bit(data, path)
        if seven_bit is not None:
            return seven_bit
    elif _may_be_misread(data):
        repaired, count = _repaired_latin1_runs(text)
        if count:
            log.warning("%s: %d run(s) of Chinese misread as Latin-1 and saved as UTF-8 (ä¸­æ–‡) were repaired",
                        path or "<input>", count)
            return Decoded(repaired, "utf-8")
    return Decoded(text, "utf-8")


# A Latin-1 or cp1252 misreading of Chinese, saved as UTF-8, puts a letter À-ÿ (C3 80-BF) before
# the misread trail byte: a Latin-1 sign (C2), a cp1252 sign (C5, C6, CB, E2) or another letter.
_MISREAD_FOLLOWERS = frozenset(b"\xc2\xc3\xc5\xc6\xcb\xe2")
_MISREAD_PROBES = 64  # C3 bytes looked at before calling a text clean (×, é in a name)


def _may_be_misread(data: bytes) -> bool:
    """Whether UTF-8 ``data`` may hold Chinese misread as Latin-1: memchr for C3, a look two
    bytes on. Most Chinese UTF-8 has no C3 at all (· is C2 B7)."""
    position = data.find(b"\xc3")
    for _ in range(_MISREAD_PROBES):
        if position == -1:
            return False
        if position + 2 < len(data) and data[position + 2] in _MISREAD_FOLLOWERS:
            return True
        position = data.find(b"\xc3", position + 2)
    return False


def _legacy(data: bytes, declared: str | None, path: str | None) -> Decoded:
    """Bytes that are not strictly UTF-8: a legacy Chinese encoding, UTF-8 with a few damaged
    bytes, or both at once, line by line (a crawl that pasted a UTF-8 paragraph into a GBK page)."""
    declared_codec = canonical_codec(declared)
    if declared_codec in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"):
        # Bytes with no NUL in them are no UTF-16 or UTF-32: a page saved from a browser keeps
        # the <meta> of the UTF-16 it was once served as (HTML's rule: read it as no label).
        declared = declared_codec = None
    if (declared or "").strip().lower() in _EUC_TW_LABELS or (declared_codec is None and _looks_euc_tw(data)):
        raise EncodingError("is encoded in EUC-TW (CNS 11643), which convertkit cannot decode: convert it to UTF-8 "
                            "or Big5 first (iconv -f EUC-TW -t UTF-8)", path=path)
    utf16 = _nul_free_utf16(data)
    if utf16 is not None:
        return _checked(utf16, path)
    mixed = _by_line(data, declared, declared_codec, path)
    if mixed is not None:
        return _checked(mixed, path)
    codec = _legacy_codec(data, declared, declared_codec, path)
    if codec is not None:
        return _checked(Decoded(_decode(data, codec), codec), path)
    return _decode_with_replacements(data, declared, declared_codec, path)


def _legacy_codec(data: bytes, declared: str | None, declared_codec: str | None, path: str | None) -> str | None:
    """The codec that decodes ``data`` strictly: the declared one unless the bytes say it is
    wrong, else the detected one; None when none does."""
    if declared_codec and declared_codec != "utf-8" and not _single_byte(declared_codec):
        try:
            text = _decode(data, declared_codec)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            codec = _unless_misread(data, text, declared_codec)
            if codec != declared_codec:
                log.warning("%s: declares %s, but the bytes read as %s; read as %s", path or "<input>", declared,
                            codec, codec)
            return codec
    chinese = _chinese_reading(data) if declared_codec and _single_byte(declared_codec) else None
    if chinese is not None:
        log.warning("%s: declares %s, but the bytes are Chinese in %s; read as %s", path or "<input>",
                    declared, chinese, chinese)
        return chinese
    if declared_codec and _single_byte(declared_codec):
        return declared_codec
    detected = _detect(data)
    if detected is not None:
        try:
            text = _decode(data, detected)
        except (UnicodeDecodeError, LookupError):
            detected = None
        else:
            detected = _unless_misread(data, text, detected)
    # No verdict (charset-normalizer gives none on some valid files and on short ones, a CP950 €
    # among Big5 for one): the strict reading of GB18030 and Big5 made of commoner characters.
    return detected or _strict_commonest(data)


def _strict_commonest(data: bytes) -> str | None:
    strict = [codec for codec in ("gb18030", "big5hkscs") if _strict_or_none(data, codec) is not None]
    if len(strict) < 2:
        return strict[0] if strict else None
    return _commoner_script(data, "gb18030")


# What a Chinese text read with the wrong one of GB18030 and Big5 shows: private-use characters
# (Big5 pairs fall into GB18030's user-defined rows), kana (GB2312 rows A4 and A5 are where
# Big5's commonest characters start), bopomofo (Big5's row A3, where GBK keeps its full-width
# brackets and colon) and control characters.
_WRONG_READING_RE = regex_cache.compile("[\ue000-\uf8ff\u3040-\u30ff\u3100-\u312f\x00-\x08\x0e-\x1f]")


def _unless_misread(data: bytes, text: str, codec: str) -> str:
    """``codec``, or the other of GB18030 and Big5 when ``text`` (the bytes read with ``codec``)
    shows the marks of a wrong reading and the other reads as commoner characters: a gb2312
    label on a Big5 page, or a detector's guess on a short text."""
    if codec not in ("gb18030", "big5hkscs") or _WRONG_READING_RE.search(text, 0, _SCRIPT_SAMPLE) is None:
        return codec
    return _commoner_script(data, codec) or codec


@functools.cache
def _single_byte(codec: str) -> bool:
    """Whether ``codec`` maps each byte to one character (Latin-1, cp1252, KOI8…): a label a
    Western server or template puts on any page, and which a Chinese page's bytes then contradict."""
    try:
        return len(bytes(range(256)).decode(codec, errors="replace")) == 256 and codec != "utf-8"
    except LookupError:
        return False


_CHINESE_MIN_WIDE = 10  # characters above ASCII before a reading can be called Chinese
_CHINESE_MIN_SHARE = 0.5  # of them among the frequent characters (news text: 0.7-0.9)


def _chinese_reading(data: bytes) -> str | None:
    """GB18030 or Big5, whichever decodes ``data`` strictly into mostly frequent characters;
    None when neither does (a Latin-1 page that is Latin-1)."""
    best: tuple[float, str] | None = None
    for codec, family in (("gb18030", "gb2312"), ("big5hkscs", "big5")):
        try:
            text = _decode(data, codec)
        except UnicodeDecodeError:
            continue
        share = _frequent_share(text, family)
        if share is not None and share >= _CHINESE_MIN_SHARE and (best is None or share > best[0]):
            best = (share, codec)
    return best[1] if best else None


def _frequent_share(text: str, family: str) -> float | None:
    """The share of ``text``'s characters above ASCII that are frequent in ``family``; None
    when there are too few to say."""
    wide = [char for char in text[:_SCRIPT_SAMPLE] if char > "\x7f"]
    if len(wide) < _CHINESE_MIN_WIDE:
        return None
    frequent = _frequent_chars(family)
    return sum(char in frequent for char in wide) / len(wide)


# --- mixed input, line by line ----------------------------------------------------------------

_CJK_RE = regex_cache.compile("[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]")


def _by_line(data: bytes, declared: str | None, declared_codec: str | None, path: str | None) -> Decoded | None:
    """``data`` decoded line by line when some lines are UTF-8 and others are not (None when no
    line is UTF-8 with Chinese in it: a plain legacy file, read as a whole).

    A line is UTF-8 when it decodes strictly into Chinese (and, if it is valid in the file's
    legacy codec too, reads there as rarer characters), or when it is UTF-8 with a byte or two
    damaged; the other lines are read with the legacy codec chosen from those lines alone.
    A line of GBK or Big5 text is never valid UTF-8 once it has a punctuation mark (，。 are
    A3AC and A1A3, continuation bytes), so the split is safe where it matters. Within a legacy
    line (a minified page is one line), runs of UTF-8 Chinese are cut out the same way."""
    lines = data.splitlines(keepends=True)
    kinds: list[str] = []
    for line in lines:
        if line.isascii():
            kinds.append("ascii")
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            if _mostly_utf8(line) is not None:
                kinds.append("damaged")
            else:
                kinds.append("runs" if _utf8_runs(line) else "foreign")
            continue
        kinds.append("utf-8" if _CJK_RE.search(text) else "either")
    if not {"utf-8", "damaged", "runs"} & set(kinds):
        return None
    foreign = b"".join(_without_runs(line) if kind == "runs" else line
                       for line, kind in zip(lines, kinds, strict=True) if kind in ("foreign", "either", "runs"))
    codec = None
    if foreign.strip():
        codec = _legacy_codec(foreign, declared, declared_codec, path) or _fewest_replacements(foreign, declared_codec)[0]
    parts: list[str] = []
    replacements = 0
    used: set[str] = set()
    for line, kind in zip(lines, kinds, strict=True):
        text, encodings, damaged = _line_reading(line, kind, codec)
        parts.append(text)
        replacements += damaged
        used.update(encodings)
    if "utf-8" not in used:
        return None  # every line with Chinese read as the legacy codec: a legacy file
    if replacements and used == {"utf-8"}:
        log.warning("%s: decoded as utf-8 with %d replacement character(s): a few bytes were invalid "
                    "(a file cut short in the middle of a character?)", path or "<input>", replacements)
    elif replacements:
        log.warning("%s: decoded line by line with %d replacement character(s): some bytes were invalid",
                    path or "<input>", replacements)
    if len(used) > 1:
        log.warning("%s: mixes UTF-8 and %s text; each line or run decoded in its own encoding", path or "<input>", codec)
    encoding = "+".join(sorted(used, key=lambda name: name == "utf-8"))  # gb18030+utf-8
    return Decoded("".join(parts), encoding, replacements)


def _line_reading(line: bytes, kind: str, codec: str | None) -> tuple[str, tuple[str, ...], int]:
    """One line's text, the encodings it was read in (none for ASCII) and its replacements."""
    if kind == "ascii":
        return line.decode("ascii"), (), 0
    if kind == "damaged":
        text = line.decode("utf-8", errors="replace")
        return text, ("utf-8",), text.count("\ufffd") - line.count("\ufffd".encode())
    if kind == "utf-8":
        text = line.decode("utf-8")
        legacy = _strict_or_none(line, codec)
        if legacy is None or _line_commonness(text) >= _line_commonness(legacy):
            return text, ("utf-8",), 0
        return legacy, (codec,) if codec else (), 0
    assert codec is not None
    if kind == "runs":
        split = _split_reading(line, codec)
        if split is not None:
            return split, (codec, "utf-8"), 0
    legacy = _strict_or_none(line, codec)
    if legacy is not None:
        return legacy, (codec,), 0
    if kind == "either":
        return line.decode("utf-8"), ("utf-8",), 0
    text = _decode(line, codec, errors="replace")
    return text, (codec,), text.count("\ufffd")


# Four or more UTF-8 three-byte characters in a row (Han, CJK and general punctuation, full-width
# forms), ASCII between them allowed: GBK or Big5 bytes line up like this by chance about never.
_UTF8_RUN_RE = regex_cache.compile(rb"[\xe2-\xef][\x80-\xbf]{2}(?:[\xe2-\xef][\x80-\xbf]{2}|[\x20-\x3b\x3d-\x7e])*")
_MIN_RUN_CJK = 4


def _utf8_runs(line: bytes) -> list[tuple[re.Match[bytes], str]]:
    """The runs of ``line`` that are UTF-8 Chinese (valid, four CJK characters or more), each
    with its text."""
    runs = []
    for match in _UTF8_RUN_RE.finditer(line):
        try:
            run = match.group().decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(_CJK_RE.findall(run)) >= _MIN_RUN_CJK:
            runs.append((match, run))
    return runs


def _without_runs(line: bytes) -> bytes:
    """``line`` with its UTF-8 runs cut out: what is left to tell the legacy codec by."""
    kept, position = [], 0
    for match, _ in _utf8_runs(line):
        kept.append(line[position:match.start()])
        position = match.end()
    return b" ".join([*kept, line[position:]])


def _split_reading(line: bytes, codec: str) -> str | None:
    """``line`` with its runs of UTF-8 Chinese read as UTF-8 and the rest with ``codec``; None
    when no run qualifies or a piece between runs does not decode strictly (a run found at the
    wrong byte: the line is then read as a whole)."""
    pieces: list[str] = []
    position = 0
    for match, run in _utf8_runs(line):
        legacy_run = _strict_or_none(match.group(), codec)
        if legacy_run is not None and _line_commonness(legacy_run) > _line_commonness(run):
            continue
        gap = _strict_or_none(line[position:match.start()], codec)
        if gap is None:
            return None
        pieces += [gap, run]
        position = match.end()
    if not pieces:
        return None
    tail = _strict_or_none(line[position:], codec)
    return None if tail is None else "".join(pieces) + tail


def _strict_or_none(line: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    try:
        return _decode(line, codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _line_commonness(text: str) -> float:
    """Frequent characters (in either script) per character above ASCII: a line's right reading
    is made of common characters, a wrong one of rare characters and symbols."""
    wide = [char for char in text if char > "\x7f"]
    if not wide:
        return 0.0
    gb, big5 = _frequent_chars("gb2312"), _frequent_chars("big5")
    return sum(char in gb or char in big5 for char in wide) / len(wide)


# --- Latin-1 misreadings -----------------------------------------------------------------------

# Two characters a Latin-1 or cp1252 misreading of a multi-byte character leaves side by side:
# a lead byte (UTF-8 E0-EF, GBK/Big5 81-FE) then a trail byte, as letters, signs or C1 controls.
_CP1252_SIGNS = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_LATIN1_PAIR_RE = regex_cache.compile(f"[\u00a1-\u00fe][\u0080-\u00fe{_CP1252_SIGNS}]")
# A run of text a single-byte misreading may have produced: any Latin-1 character or cp1252
# sign, within one line.
_LATIN1_RUN_RE = regex_cache.compile(f"[\u0020-\u007e\u0080-\u00ff{_CP1252_SIGNS}\t]+")
_MIN_REPAIRED_HAN = 2


def _repaired_latin1_runs(text: str) -> tuple[str, int]:
    """``text`` with each run of mojibake turned back into the Chinese it was, and how many runs
    were repaired. A run is repaired only when the round trip is exact: every character maps
    back to one byte (cp1252, with its five holes kept as C1 controls as browsers and Python's
    latin-1 do), the bytes decode strictly (UTF-8, or GB18030/Big5 into frequent characters),
    and the result holds Chinese. French or German text never passes: é or ü followed by a
    letter is no valid UTF-8, and GBK pairs made of them are rare characters."""
    if _LATIN1_PAIR_RE.search(text) is None:
        return text, 0
    count = 0

    def repair(match: re.Match[str]) -> str:
        nonlocal count
        run = match.group()
        if _LATIN1_PAIR_RE.search(run) is None:
            return run
        fixed = _unmisread(run)
        if fixed is None:
            return run
        count += 1
        return fixed

    return _LATIN1_RUN_RE.sub(repair, text), count


def _unmisread(run: str) -> str | None:
    try:
        raw = run.encode("cp1252", errors="convertkit.c1")
    except UnicodeEncodeError:
        return None
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        codec = _chinese_reading(raw)
        if codec is None:
            return None
        fixed = _decode(raw, codec)
    return fixed if len(_CJK_RE.findall(fixed)) >= _MIN_REPAIRED_HAN else None


def _c1_bytes(error: UnicodeError) -> tuple[bytes, int]:
    """Encode error handler: C1 control characters (what a Latin-1 reading makes of cp1252's five
    undefined bytes) are their own byte."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chunk = error.object[error.start:error.end]
    if all("\x80" <= char <= "\x9f" for char in chunk):
        return chunk.encode("latin-1"), error.end
    raise error


def _cp950_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode error handler for Big5-HKSCS: a pair only Microsoft's CP950 has (€ at A3E1, a few
    kana) is read as CP950, so that one Windows-made sign does not send a Big5 file to GB18030."""
    if isinstance(error, UnicodeDecodeError):
        pair = error.object[error.start:error.start + 2]
        try:
            return pair.decode("cp950"), error.start + 2
        except UnicodeDecodeError:
            pass
    raise error


def _cp950_fallback_or_replace(error: UnicodeError) -> tuple[str, int]:
    try:
        return _cp950_fallback(error)
    except UnicodeDecodeError as failed:
        return "\ufffd", failed.start + 1


codecs.register_error("convertkit.c1", _c1_bytes)
codecs.register_error("convertkit.cp950", _cp950_fallback)
codecs.register_error("convertkit.cp950-replace", _cp950_fallback_or_replace)


def _decode(data: bytes, codec: str, errors: str = "strict") -> str:
    """``data.decode(codec)``, with Big5-HKSCS taking CP950's few extra pairs too."""
    if codec == "big5hkscs":
        errors = "convertkit.cp950" if errors == "strict" else "convertkit.cp950-replace"
    return data.decode(codec, errors=errors)


# --- 7-bit Chinese: HZ and ISO-2022-CN ----------------------------------------------------------

_HZ_MIN_HAN = 4


def _seven_bit(data: bytes, path: str | None) -> Decoded | None:
    """HZ-GB-2312 (``~{`` … ``~}``, Usenet and old mail) or ISO-2022-CN (escape sequences and
    shifts), which are ASCII bytes; None for ASCII that is neither."""
    if b"~{" in data:
        try:
            text = data.decode("hz")
        except UnicodeDecodeError:
            text = ""
        share = _frequent_share(text, "gb2312") if len(_CJK_RE.findall(text)) >= _HZ_MIN_HAN else None
        if share is not None and share >= _CHINESE_MIN_SHARE:
            return Decoded(text, "hz")
    if b"\x1b$" in data:
        return _iso2022_cn(data, path)
    return None


_ISO2022_DESIGNATION_RE = regex_cache.compile(rb"\x1b\$([)*+])([A-Z])")


def _iso2022_cn(data: bytes, path: str | None) -> Decoded | None:
    """ISO-2022-CN (RFC 1922) with GB2312 designated (ESC $ ) A, then SO … SI): each shifted pair
    is a GB2312 code less 0x80. Its CNS 11643 planes (ESC $ ) G, ESC $ * H), like EUC-TW,
    have no Python codec; a file using them is refused by name."""
    sets = {match.group(2) for match in _ISO2022_DESIGNATION_RE.finditer(data)}
    if not sets:
        return None
    if sets - {b"A"}:
        raise EncodingError("is encoded in ISO-2022-CN with CNS 11643 (Traditional) characters, which convertkit "
                            "cannot decode: convert it to UTF-8 first (iconv -f ISO-2022-CN -t UTF-8)", path=path)
    out: list[str] = []
    for line in data.split(b"\n"):  # designations and shifts end with each line (RFC 1922)
        shifted = False
        pieces = _ISO2022_TOKEN_RE.split(line)
        for piece in pieces:
            if piece == b"\x0e":
                shifted = True
            elif piece == b"\x0f":
                shifted = False
            elif piece.startswith(b"\x1b"):
                continue
            elif shifted:
                if len(piece) % 2:
                    raise EncodingError("is ISO-2022-CN with a character cut in half: not valid ISO-2022-CN", path=path)
                try:
                    out.append(bytes(byte | 0x80 for byte in piece).decode("gb2312"))
                except UnicodeDecodeError:
                    raise EncodingError("declares GB2312 in ISO-2022-CN escapes, but its shifted bytes are not "
                                        "valid GB2312", path=path) from None
            else:
                out.append(piece.decode("ascii"))
        out.append("\n")
    return Decoded("".join(out)[:-1], "iso2022_cn")


_ISO2022_TOKEN_RE = regex_cache.compile(rb"(\x0e|\x0f|\x1b\$[)*+][A-Z]|\x1bN|\x1bO)")


# EUC-TW (CNS 11643, Taiwan's old Unix encoding) has no Python codec, and no maintained library
# decodes it; its planes hold Big5's characters in another order, so no byte shift maps one onto the
# other. Read as GB18030 or Big5 it gives fluent-looking nonsense, so it is refused, by label or by
# shape: its two-byte Han characters all have lead bytes 0xC4-0xFD (plane 1 puts its symbols in
# 0xA1-0xA8 and its first Han row at 0xC4), while GB2312 (level 1, 啊 to 帧, from 0xB0), Big5
# (level 1 up to 0xC6), EUC-KR (Hangul from 0xB0) and EUC-JP (kanji from 0xB0) all use rows
# 0xB0-0xC3 heavily in any text of a few dozen characters.
_EUC_TW_LABELS = frozenset({"euc-tw", "euc_tw", "euctw", "x-euc-tw", "cns11643", "cns-11643"})
_EUC_PAIR_RE = regex_cache.compile(rb"[\xa1-\xfe][\xa1-\xfe]")
_EUC_TW_SAMPLE = 1 << 16  # bytes looked at: the shape shows in the first few hundred characters
_EUC_TW_MIN_HAN = 20  # two-byte characters in the Han rows before the shape says anything
_LOW_HAN_ROWS = bytes(range(0xB0, 0xC4))
_HIGH_BYTES = bytes(b for b in range(0x80, 0x100) if b != 0x8E)  # 0x8E: SS2, before a plane-2 pair
_EUC_TW_HAN_ROWS = bytes(range(0xC4, 0xFE))


def _looks_euc_tw(data: bytes) -> bool:
    """Whether the two-byte characters of ``data`` (cut as EUC pairs) have EUC-TW's shape: every
    byte above ASCII in such a pair (a single-byte encoding's letters are not: Cyrillic words
    have odd lengths, and its marks sit in 0x80-0xA0), many in rows 0xC4-0xFD and none (a stray
    pair or two at most) in rows 0xB0-0xC3."""
    sample = data[:_EUC_TW_SAMPLE]
    paired = b"".join(_EUC_PAIR_RE.findall(sample))
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    if len(paired) < high - 2:  # a character cut at the sample's end may stand alone
        return False
    leads = paired[::2]
    han = len(leads) - len(leads.translate(None, _EUC_TW_HAN_ROWS))
    low = len(leads) - len(leads.translate(None, _LOW_HAN_ROWS))
    return han >= _EUC_TW_MIN_HAN and low * 50 <= han


# UTF-8 with a few bad bytes (a download cut in the middle of a character, one corrupted byte)
# is UTF-8: text in another encoding never decodes into many valid multi-byte UTF-8 characters.
_UTF8_MAX_DAMAGE = 3
_UTF8_VALID_PER_DAMAGE = 20


def _mostly_utf8(data: bytes) -> Decoded | None:
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode())
    if not 0 < damaged <= _UTF8_MAX_DAMAGE:
        return None
    wide = sum(1 for char in text if char > "\x7f" and char != "\ufffd")
    return Decoded(text, "utf-8", damaged) if wide >= _UTF8_VALID_PER_DAMAGE * damaged else None


def _label(codec: str) -> str:
    return {"utf-8-sig": "utf-8", "utf-16": "utf-16", "utf-32": "utf-32"}.get(codec, codec)


# What a Chinese article is made of: ASCII, Latin-1 signs (· ×), general punctuation (“” — …),
# letter-like signs and arrows (℃ ↓), circled numbers and shapes (① ▲), CJK punctuation, Han characters, full-width forms.
_FAMILIAR_RE = regex_cache.compile("[\x00-\x7e\u00a0-\u00ff\u2010-\u206f\u2100-\u21ff\u2460-\u24ff\u25a0-\u25ff"
                                   "\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _bomless_wide(data: bytes) -> Decoded | None:
    """UTF-32 or UTF-16 saved without a byte-order mark (some Windows and Java tools do), told
    from binary data: ASCII and CJK characters put NUL bytes in fixed positions, and the text
    must decode strictly into printable characters, mostly Han or ASCII. UTF-32 is tried first:
    UTF-16 text read as UTF-32 gives code points beyond U+10FFFF, while UTF-32 read as UTF-16
    gives NUL characters, which are not printable."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data[:65536]:
        return None
    codecs_ = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be") if len(data) % 4 == 0 else ("utf-16-le", "utf-16-be")
    for codec in codecs_:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        readable = sum(1 for ch in text if ch.isprintable() or ch in "\t\r\n\u3000\xa0")
        familiar = len(_FAMILIAR_RE.findall(text))
        if text.strip() and readable == len(text) and familiar >= 0.9 * len(text):
            return Decoded(text, codec[:6])
    return None


# UTF-16 of Han characters, CJK and general punctuation (“” — …) and shapes (▲ ①) alone (no ASCII, so no NUL byte to find it by).
_ALL_CJK_RE = regex_cache.compile("[\u2010-\u206f\u2460-\u24ff\u25a0-\u25ff\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\r\n]+")
_UTF16_MIN_HAN = 4


def _nul_free_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark whose text has no ASCII: a headline or a short note saved
    by a Windows tool. Only a reading made wholly of CJK characters, most of them frequent, is
    taken: GBK and Big5 bytes read as UTF-16 fall into Hangul, Yi and private use (their lead and
    trail bytes are above 0xA0), never into a run of common Han characters."""
    if len(data) % 2 or len(data) < 2 * _UTF16_MIN_HAN:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _ALL_CJK_RE.fullmatch(text) is None:
            continue
        wide = [char for char in text[:_SCRIPT_SAMPLE] if char > "\x7f"]
        gb, big5 = _frequent_chars("gb2312"), _frequent_chars("big5")
        if len(wide) >= _UTF16_MIN_HAN and sum(char in gb or char in big5 for char in wide) * 2 >= len(wide):
            return Decoded(text, "utf-16")
    return None


def _refuse_binary(data: bytes, path: str | None) -> None:
    head = data[:16]
    if any(head.startswith(signature) for signature in _BINARY_SIGNATURES):
        raise BinaryInputError("is a binary file, not text", path=path)
    sample = data[:65536]
    if b"\x00" in sample:
        # UTF-16/32 without a BOM was read above (_bomless_wide): any NUL left means binary.
        raise BinaryInputError("is a binary file, not text (contains NUL bytes)", path=path)


def _detect(data: bytes) -> str | None:
    """Ask charset-normalizer, restricted to the encodings Chinese press uses."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=_DETECTION_CANDIDATES).best()
    if best is None:
        return None
    return _commoner_script(data[:200_000], canonical_codec(best.encoding))


# Characters read to tell GB18030 from Big5: the two readings of a long text differ long before.
_SCRIPT_SAMPLE = 4000


def _commoner_script(data: bytes, detected: str | None) -> str | None:
    """GB18030 or Big5, whichever reads ``data`` as the commoner characters.

    A short text of common characters in one is often valid in the other too, as rare ones
    (一一丁丁 in GB18030 is 珨珨間間 in Big5), and a detector guesses. The share of each
    reading in its standard's frequent-character block (GB2312 level 1, Big5's 常用字) settles it.
    """
    if detected not in ("gb18030", "big5", "big5hkscs"):
        return detected
    shares: dict[str, tuple[float, bool]] = {}
    big5 = detected if detected.startswith("big5") else "big5hkscs"
    for codec, family in (("gb18030", "gb2312"), (big5, "big5")):
        try:
            text = _decode(data, codec)
        except UnicodeDecodeError:
            continue
        wide = [char for char in text[:_SCRIPT_SAMPLE] if char > "\x7f"]
        if wide:
            frequent = _frequent_chars(family)
            unmarked = _WRONG_READING_RE.search(text, 0, _SCRIPT_SAMPLE) is None
            shares[codec] = (sum(char in frequent for char in wide) / len(wide), unmarked)
    if len(shares) < 2:
        return detected
    # A tie (short texts: （副本1） is 2 of 4 frequent both ways) goes to the reading without
    # the marks of a wrong one (ㄗ萵掛1ㄘ), then to the detector's.
    return max(shares, key=lambda codec: (*shares[codec], codec == detected))


# Each standard's block of frequent characters, by lead byte: GB2312 level 1 (rows B0-D7, 3755
# characters), Big5's 常用字 (A440-C67E, 5401 characters).
_FREQUENT_ROWS = {"gb2312": (0xB0, 0xD7), "big5": (0xA4, 0xC6)}


@functools.cache
def _frequent_chars(family: str) -> frozenset[str]:
    low, high = _FREQUENT_ROWS[family]
    chars: set[str] = set()
    for lead in range(low, high + 1):
        for trail in range(0x40, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode(family))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def _fewest_replacements(data: bytes, hint: str | None) -> tuple[str, str, int]:
    """Of GB18030, Big5-HKSCS (and ``hint``), the codec that leaves the fewest undecodable bytes,
    its text and their count."""
    best: tuple[str, str, int] | None = None
    for codec in dict.fromkeys(codec for codec in (hint, "gb18030", "big5hkscs") if codec):
        try:
            text = _decode(data, codec, errors="replace")
        except LookupError:
            continue
        count = text.count("\ufffd") - data.count("\ufffd".encode())
        if best is None or count < best[2]:
            best = (codec, text, count)
    assert best is not None
    return best


_NAMES = {"utf-8": "UTF-8", "gb18030": "GB18030", "big5hkscs": "Big5"}


def _decode_with_replacements(data: bytes, declared: str | None, declared_codec: str | None, path: str | None) -> Decoded:
    """Last resort: the best of GB18030 and Big5-HKSCS with replacements, if junk is rare; else
    a refusal that says what the bytes are closest to (and what the file declared)."""
    hint = declared_codec if declared_codec and not _single_byte(declared_codec) else None
    codec, text, count = _fewest_replacements(data, hint)
    if count <= max(1, len(text)) * _MAX_REPLACEMENT_SHARE:
        if count:  # none: the file is valid in that encoding, the detector just gave no verdict
            log.warning("%s: decoded as %s with %d replacement character(s): some bytes were invalid",
                        path or "<input>", codec, count)
        return _checked(Decoded(text, codec, count), path)
    # GB18030 reads nearly any bytes into something, damaged UTF-8 too: UTF-8 is what the bytes
    # look like when its reading has more valid multi-byte characters than damaged ones.
    utf8 = data.decode("utf-8", errors="replace")
    utf8_count = utf8.count("\ufffd") - data.count("\ufffd".encode())
    if utf8_count < count or sum(1 for char in utf8 if "\x7f" < char != "\ufffd") > utf8_count:
        codec, text, count = "utf-8", utf8, utf8_count
    closest = f"it looks most like {_NAMES.get(codec, codec)}, which leaves {count} of {len(text)} characters undecodable"
    if declared and declared_codec is None:
        said = f"declares an unknown charset {declared!r} and "
    elif declared and declared_codec not in (None, "utf-8", "gb18030", "big5hkscs"):
        said = f"declares {declared}, is not valid {declared}, and "
    elif declared:
        said = f"declares {declared} but is not valid {declared}; "
    else:
        said = ""
    raise EncodingError(f"cannot be decoded: {said}is not valid UTF-8, GB18030/GBK or Big5 ({closest})", path=path)


def _checked(decoded: Decoded, path: str | None) -> Decoded:
    text = decoded.text
    damaged = text.count("\ufffd") - decoded.replacements
    if damaged > 0:
        log.warning("%s: contains %d replacement character(s) (U+FFFD): the text was damaged before it reached us",
                    path or "<input>", damaged)
    if not text.strip():
        raise EmptyInputError("is empty or blank", path=path)
    controls = len(_CONTROL_RE.findall(text))
    if controls > max(2, len(text) * _MAX_CONTROL_SHARE):
        raise BinaryInputError("looks like binary data, not text (too many control characters)", path=path)
    return decoded
