"""Font subsets written as TrueType bytes by ``convertkit.fonts``: checked against fontTools (the
master's outlines and metrics), the OpenType Sanitizer (which Chromium-based EPUB readers run on
every web font), and the fontTools-based subsetter it replaced (``font_subset_reference``)."""

from __future__ import annotations

import io
import logging
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import ots
import pytest
from fontTools.ttLib import TTFont
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convertkit.fonts import BASIC_CHARS, FontFace, _Master, _master, _read_cmap, load_fonts, subset_bytes
from font_subset_reference import reference_subset

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_5f66b059eaaa6a40.txt"
FACES = tuple(face for face in load_fonts() if not face.is_fallback)  # the CJK faces
PUNCTUATION = "，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕—…·～－％\u3000·•–‧﹏︰"


@cache
def _full(path: Path) -> TTFont:
    """The master as fontTools reads it (lazily: only the glyphs a test looks at are decoded)."""
    return TTFont(path, lazy=True)


@contextmanager
def _no_font_warnings() -> Iterator[None]:
    """Fail if fontTools logs a warning (a bad checksum, glyph data too long, a table it had
    to repair) while the block runs."""
    records: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Collect(logging.WARNING)
    logger = logging.getLogger("fontTools")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    assert not records, [r.getMessage() for r in records]


def _read(data: bytes) -> TTFont:
    """The subset fully decoded by fontTools, with table checksums asserted and no warnings."""
    with _no_font_warnings():
        font = TTFont(io.BytesIO(data), checkChecksums=2)
        font.ensureDecompiled()
        for name in font.getGlyphOrder():
            font["glyf"][name].getCoordinates(font["glyf"])
    return font


def _file_checksum(data: bytes) -> int:
    padded = data + bytes(-len(data) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF


def _outline(font: TTFont, name: str) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    coordinates, ends, flags = font["glyf"][name].getCoordinates(font["glyf"])
    return list(coordinates), list(ends), list(flags)


def _assert_same_glyphs(face: FontFace, data: bytes, text: str) -> TTFont:
    """Every character of ``text`` + BASIC_CHARS the face has is in the subset with the
    master's outline and advances; nothing else is mapped."""
    sub, full = _read(data), _full(face.path)
    sub_cmap, full_cmap = sub.getBestCmap(), full.getBestCmap()
    wanted = {ord(ch) for ch in text + BASIC_CHARS}
    assert set(sub_cmap) == {cp for cp in wanted if cp in full_cmap}
    for cp, new in sub_cmap.items():
        old = full_cmap[cp]
        assert _outline(sub, new) == _outline(full, old), hex(cp)
        assert sub["hmtx"][new] == full["hmtx"][old], hex(cp)
        if "vmtx" in full:
            assert sub["vmtx"][new] == full["vmtx"][old], hex(cp)
    return sub


def _sanitize(data: bytes, tmp_path: Path) -> None:
    source, target = tmp_path / "subset.ttf", tmp_path / "sanitized.ttf"
    source.write_bytes(data)
    result = ots.sanitize(str(source), str(target), capture_output=True)
    assert result.returncode == 0 and not result.stderr, result.stderr.decode(errors="replace")


@pytest.mark.parametrize("face", FACES, ids=lambda f: f.name)
def test_seed_subset_matches_the_master_and_passes_ots(face: FontFace, tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    data = subset_bytes(face, text)
    sub = _assert_same_glyphs(face, data, text)
    _sanitize(data, tmp_path)
    assert _file_checksum(data) == 0xB1B0AFBA  # head.checkSumAdjustment is right
    full = _full(face.path)
    assert sub["name"].compile(sub) == full["name"].compile(full)  # names copied as they are
    assert sub["post"].formatType == 3.0
    assert sub["maxp"].numGlyphs == len(sub.getGlyphOrder())
    cmap = sub.getBestCmap()
    assert (sub["OS/2"].usFirstCharIndex, sub["OS/2"].usLastCharIndex) == (min(cmap), min(max(cmap), 0xFFFF))
    loca_entry = {0: 2, 1: 4}[sub["head"].indexToLocFormat]
    assert sub.reader.tables["loca"].length == loca_entry * (len(sub.getGlyphOrder()) + 1)
    (count,) = struct.unpack_from(">H", data, 4)
    tags = [data[12 + 16 * i : 16 + 16 * i].decode() for i in range(count)]
    assert tags == sorted(tags)  # the directory is sorted by tag
    assert struct.unpack_from(">HHH", data, 6) == (128, 3, 16 * count - 128)  # 13 tables: 8 <= 13 < 16
    assert {"vhea", "vmtx", "gasp"} <= set(tags) and not {"GSUB", "GPOS", "fpgm"} & set(tags)


@pytest.mark.parametrize("face", FACES, ids=lambda f: f.name)
def test_seed_subset_agrees_with_the_fonttools_subsetter(face: FontFace) -> None:
    """Same glyphs in the same order, same outlines, metrics, cmap and header fields as the
    implementation this one replaced."""
    text = SEED.read_text(encoding="utf-8")
    new, old = _read(subset_bytes(face, text)), _read(reference_subset(face.path, text))
    order = new.getGlyphOrder()
    assert len(order) == len(old.getGlyphOrder())
    for name in order:  # both name glyphs by index (post format 3)
        assert _outline(new, name) == _outline(old, name), name
        assert new["hmtx"][name] == old["hmtx"][name]
        assert new["vmtx"][name] == old["vmtx"][name]
    assert new.getBestCmap() == old.getBestCmap()
    for tag in ("head", "hhea", "maxp", "OS/2", "post", "vhea"):
        assert _fields(new[tag]) == _fields(old[tag]), tag


def _fields(table: object) -> dict[str, object]:
    """A decoded table's fields, nested records (OS/2 panose) as dicts, the whole-file
    checksum left out."""
    fields = {key: vars(value) if hasattr(value, "__dict__") else value for key, value in vars(table).items()}
    fields.pop("checkSumAdjustment", None)
    return fields


def test_composite_glyphs_keep_their_components(tmp_path: Path) -> None:
    face = next(f for f in FACES if f.role == "kai")
    full = _full(face.path)
    composites = [
        chr(cp) for cp, name in full.getBestCmap().items() if cp < 0x3000 and full["glyf"][name].isComposite()
    ]
    assert composites, "the kai face has composite glyphs"
    data = subset_bytes(face, "".join(composites))
    sub = _assert_same_glyphs(face, data, "".join(composites))
    for ch in composites:
        glyph = sub["glyf"][sub.getBestCmap()[ord(ch)]]
        assert glyph.isComposite()
        assert all(c.glyphName in sub.getGlyphOrder() for c in glyph.components)
    _sanitize(data, tmp_path)


def test_beyond_the_bmp_gets_a_format_12_cmap(tmp_path: Path) -> None:
    face = FACES[0]
    wide = [cp for cp in sorted(face.codepoints) if cp > 0xFFFF][:3]
    if not wide:
        pytest.skip("the face has no supplementary-plane characters")
    text = "".join(map(chr, wide)) + "中文"
    data = subset_bytes(face, text)
    sub = _assert_same_glyphs(face, data, text)
    assert {(t.platformID, t.platEncID, t.format) for t in sub["cmap"].tables} == {(3, 1, 4), (3, 10, 12)}
    _sanitize(data, tmp_path)


def test_empty_text_and_missing_characters(tmp_path: Path) -> None:
    face = FACES[2]
    for text in ("", "\U000e0100\ufffe\U0010fffd\ud800x"):  # nothing, or nothing the face has
        data = subset_bytes(face, text)
        _assert_same_glyphs(face, data, text)
        _sanitize(data, tmp_path)


def test_own_cmap_reader_agrees_with_fonttools() -> None:
    """``_read_cmap`` reads the masters' format 12 and our subsets' format 4."""
    for face in FACES[::2]:
        subset = subset_bytes(face, SEED.read_text(encoding="utf-8")[:300])
        for font in (_full(face.path), TTFont(io.BytesIO(subset))):
            bmp, astral = _read_cmap(font.reader["cmap"])
            ids = {name: gid for gid, name in enumerate(font.getGlyphOrder())}
            expected = {cp: ids[name] for cp, name in font.getBestCmap().items()}
            got = {cp: gid for cp, gid in enumerate(bmp) if gid} | astral
            assert got == {cp: gid for cp, gid in expected.items() if gid}


def test_the_master_holds_no_fonttools_objects() -> None:
    """A parsed 30k-glyph font is tens of MB per worker: the master keeps flat arrays only."""
    master = _master(FACES[0].path)
    for value in vars(master).values():
        assert not type(value).__module__.startswith("fontTools"), type(value)


def test_a_master_is_small() -> None:
    """What a worker keeps per face (the fontTools-based master kept 17-21 MB; this ~1 MB)."""
    import tracemalloc

    tracemalloc.start()
    try:
        master = _Master(FACES[4].path)
        kept, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert master.num_glyphs > 20000
    assert kept < 3 * 2**20, f"{kept / 2**20:.1f} MB"


def test_output_does_not_depend_on_what_was_subset_before() -> None:
    """The per-glyph caches a master fills must not change bytes: a fresh master, a used one
    and threads sharing one all give the same font."""
    face = FACES[4]
    text = SEED.read_text(encoding="utf-8")
    expected = subset_bytes(face, text)
    assert _build(_Master(face.path), text) == expected
    shared = _Master(face.path)
    results: list[bytes] = []
    chunks = [text[i::4] for i in range(4)]
    threads = [threading.Thread(target=lambda c=c: results.append(_build(shared, c))) for c in chunks * 2]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == sorted(subset_bytes(face, c) for c in chunks * 2)


def _build(master: _Master, text: str) -> bytes:
    from convertkit.fonts import _build_subset

    return _build_subset(master, text).font()


_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # CJK unified ideographs
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from(PUNCTUATION),
        st.characters(min_codepoint=0x3400, max_codepoint=0x4DBF),  # extension A, partly covered
        st.characters(min_codepoint=0x20000, max_codepoint=0x2A6DF),  # extension B, rarely covered
    ),
    max_size=80,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT, face=st.sampled_from(FACES))
def test_random_text_keeps_outlines_metrics_and_is_deterministic(text: str, face: FontFace, tmp_path: Path) -> None:
    data = subset_bytes(face, text)
    assert subset_bytes(face, text) == data
    assert subset_bytes(face, text[::-1] + text) == data  # order and repeats do not matter
    _assert_same_glyphs(face, data, text)
    _sanitize(data, tmp_path)


def test_a_text_too_varied_for_one_segment_per_character(tmp_path: Path) -> None:
    """Over 8,000 scattered characters do not fit a format 4 cmap of one segment each (its
    length is 16 bits): the subset spans code pages instead, and still maps every one."""
    face = FACES[0]
    text = "".join(chr(cp) for cp in sorted(face.codepoints) if 0x4E00 <= cp <= 0x9FFF)[::2][:9000]
    assert len(text) == 9000
    data = subset_bytes(face, text)
    with _no_font_warnings():
        sub = TTFont(io.BytesIO(data), checkChecksums=2)
        cmap = sub.getBestCmap()
    full_cmap = _full(face.path).getBestCmap()
    assert set(cmap) == {ord(ch) for ch in text + BASIC_CHARS if ord(ch) in full_cmap}
    full = _full(face.path)
    for ch in text[::500]:
        assert _outline(sub, cmap[ord(ch)]) == _outline(full, full_cmap[ord(ch)])
    _sanitize(data, tmp_path)
