"""Mixed input, line by line: lines (or runs within a line) of UTF-8 among lines of GBK or Big5,
each read in its own encoding."""

from __future__ import annotations

import re

from .. import regex_cache
from .common import _CJK_RE, Decoded, _decode, _strict_or_none, log
from .frequency import _frequent_chars
from .legacy import _fewest_replacements, _legacy_codec


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
    for number, line in enumerate(lines, start=1):
        if line.isascii():
            kinds.append("ascii")
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            if _mostly_utf8(line) is not None or (number == len(lines) and _cut_utf8(line)):
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


def _line_commonness(text: str) -> float:
    """Frequent characters (in either script) per character above ASCII: a line's right reading
    is made of common characters, a wrong one of rare characters and symbols."""
    wide = [char for char in text if char > "\x7f"]
    if not wide:
        return 0.0
    gb, big5 = _frequent_chars("gb2312"), _frequent_chars("big5")
    return sum(char in gb or char in big5 for char in wide) / len(wide)


def _cut_utf8(line: bytes) -> bool:
    """The file's last line is UTF-8 Chinese cut short inside its last character (a download or
    a copy that stopped part-way): valid up to an incomplete sequence at its very end. Too short
    for ``_mostly_utf8`` to vouch for, it was read whole in the legacy codec, as mojibake."""
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason != "unexpected end of data" or exc.end != len(line):
            return False
        head = line[:exc.start].decode("utf-8")  # valid: the first error is the cut
        return len(_CJK_RE.findall(head)) >= _MIN_CUT_CJK
    return False


_MIN_CUT_CJK = 4  # as many as a run of UTF-8 Chinese needs (``_MIN_RUN_CJK``)


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
