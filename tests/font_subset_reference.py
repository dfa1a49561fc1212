"""The fontTools-based subsetter that ``convertkit.fonts.subset_bytes`` replaced, kept as the
reference the direct binary writer is checked (and timed) against.

It builds fontTools tables and calls ``TTFont.save``: slow (about 7 ms per article subset) but
written by people who know the format, so agreeing with it is good evidence.
"""

from __future__ import annotations

import copy
import io
import struct
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable
from fontTools.ttLib.tables._g_l_y_f import Glyph

from convertkit.fonts import BASIC_CHARS, mapped


class ReferenceMaster:
    """A face parsed once with fontTools: the tables a subset copies from."""

    def __init__(self, path: Path) -> None:
        font = TTFont(path, recalcBBoxes=False, recalcTimestamp=False)
        self.order: list[str] = font.getGlyphOrder()
        self.ids: dict[str, int] = {name: gid for gid, name in enumerate(self.order)}
        self.cmap: Mapping[int, str] = dict(TTFont(path, lazy=True).getBestCmap())
        glyf = font.reader.tables["glyf"]
        self.glyf_data = memoryview(mapped(path))[glyf.offset : glyf.offset + glyf.length]
        self.loca: list[int] = list(font["loca"].locations)
        self.hmtx: Mapping[str, tuple[int, int]] = font["hmtx"].metrics
        self.vmtx: Mapping[str, tuple[int, int]] | None = (
            font["vmtx"].metrics if "vmtx" in font and "vhea" in font else None
        )
        self.small_tables = {tag: font[tag] for tag in ("head", "hhea", "maxp", "OS/2", "name", "post")}
        if self.vmtx is not None:
            self.small_tables["vhea"] = font["vhea"]
        font.close()

    def glyph_data(self, gid: int) -> bytes:
        return self.glyf_data[self.loca[gid] : self.loca[gid + 1]].tobytes()

    def closure(self, names: Iterable[str]) -> list[str]:
        wanted = {0}
        stack = [self.ids[n] for n in names]
        while stack:
            gid = stack.pop()
            if gid in wanted:
                continue
            wanted.add(gid)
            stack.extend(_components(self.glyph_data(gid)))
        return [self.order[gid] for gid in sorted(wanted)]


def _components(data: bytes) -> Iterator[int]:
    if len(data) < 10 or struct.unpack(">h", data[:2])[0] >= 0:
        return
    pos = 10
    while True:
        flags, gid = struct.unpack(">HH", data[pos : pos + 4])
        yield gid
        pos += 4 + (4 if flags & 0x0001 else 2)
        if flags & 0x0008:
            pos += 2
        elif flags & 0x0040:
            pos += 4
        elif flags & 0x0080:
            pos += 8
        if not flags & 0x0020:
            return


class _GlyphNames:
    extended = False

    def __init__(self, order: list[str]) -> None:
        self.getGlyphName = order.__getitem__


@cache
def reference_master(path: Path) -> ReferenceMaster:
    return ReferenceMaster(path)


def reference_subset(path: Path, text: str) -> bytes:
    """The subset the old implementation made of the face at ``path`` for ``text``."""
    master = reference_master(path)
    chars = sorted({ord(ch) for ch in text + BASIC_CHARS if ord(ch) in master.cmap})
    cmap = {cp: master.cmap[cp] for cp in chars}
    order = master.closure(cmap.values())
    names = _GlyphNames(master.order)

    font = TTFont(recalcBBoxes=False, recalcTimestamp=False)
    font.sfntVersion = "\x00\x01\x00\x00"
    font.setGlyphOrder(order)
    for tag, table in master.small_tables.items():
        font[tag] = copy.copy(table)
    post = font["post"]
    post.formatType = 3.0
    for attr in ("extraNames", "mapping", "glyphOrder"):
        if hasattr(post, attr):
            delattr(post, attr)

    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        data = master.glyph_data(master.ids[name])
        glyph = Glyph(data)
        if len(data) >= 2 and struct.unpack(">h", data[:2])[0] < 0:
            glyph.expand(names)
        glyf.glyphs[name] = glyph
    font["glyf"] = glyf
    font["loca"] = newTable("loca")

    hmtx = newTable("hmtx")
    hmtx.metrics = {name: master.hmtx[name] for name in order}
    font["hmtx"] = hmtx
    if master.vmtx is not None:
        vmtx = newTable("vmtx")
        vmtx.metrics = {name: master.vmtx[name] for name in order}
        font["vmtx"] = vmtx

    table = newTable("cmap")
    table.tableVersion = 0
    bmp = CmapSubtable.newSubtable(4)
    bmp.platformID, bmp.platEncID, bmp.language = 3, 1, 0
    bmp.cmap = {cp: name for cp, name in cmap.items() if cp <= 0xFFFF}
    table.tables = [bmp]
    if any(cp > 0xFFFF for cp in cmap):
        full = CmapSubtable.newSubtable(12)
        full.platformID, full.platEncID, full.language = 3, 10, 0
        full.cmap = dict(cmap)
        table.tables.append(full)
    font["cmap"] = table
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()
