#!/usr/bin/env python3
"""Build the supplementary-Han fallback faces (``fonts/NotoS*CJKscExt-*.ttf``) from Noto CJK.

Why: the Chinese faces we ship are cut to GBK and Big5-HKSCS's BMP part, so a character of CJK
Extension B and later (Hong Kong's 𨋢 𡃁 𠝹, the 通用规范汉字表's 𬌗 𬭚 𫖮 in mainland names)
would be tofu. These faces hold every ideograph Noto CJK has beyond the BMP (U+20000–U+3FFFF)
and nothing else, so a writer draws with them only what no other face has.

Source: Debian's ``fonts-noto-cjk`` (20220127+repack1-1), whose ``NotoSansCJK-*.ttc`` and
``NotoSerifCJK-*.ttc`` are OFL 1.1 (Reserved Font Name "Source", which these faces do not use).
Get them with::

    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb noto

then::

    python scripts/build_extb_fonts.py --dir noto/usr/share/fonts/opentype/noto [--out fonts]

Per face: the Simplified Chinese member of the collection (``NotoSansCJKsc-Regular``: the
design of the ``NotoSansSC`` body faces; its glyphs for Hong Kong's characters follow the same
conventions), cut to its supplementary-plane ideographs with fontTools, unhinted, no layout
tables (no feature applies to these characters in our writers), its CFF outlines converted to
TrueType quadratics (fontTools' cu2qu, at most 1 unit of 1000 away: reportlab embeds only
``glyf`` outlines), and renamed (a Modified Version; the family says what it is). Running it
twice gives byte-identical files (``head.modified`` stays the source's).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._c_m_a_p import cmap_format_4
from fontTools.ttLib.ttCollection import TTCollection

#: The supplementary ideographic planes: Extensions B–H and the compatibility supplement.
FIRST, LAST = 0x20000, 0x3FFFF

#: (collection file, member's PostScript name, shipped file, family, style, PostScript name).
#: Regular only: the bold ones (``NotoS*CJK-Bold.ttc``, the same recipe) would add 1.95 MB and
#: take ``fonts/`` to the 60 MB tests/test_fonts.py allows; a bold role draws the regular
#: emboldened, as it does 楷, which has no bold either.
FACES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular", "NotoSerifCJKscExt-Regular.ttf",
     "Noto Serif CJK SC Ext", "Regular", "NotoSerifCJKscExt-Regular"),
    ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular", "NotoSansCJKscExt-Regular.ttf",
     "Noto Sans CJK SC Ext", "Regular", "NotoSansCJKscExt-Regular"),
)

#: Name records kept from the source (copyright, trademark, manufacturer, designer, vendor and
#: designer URLs, licence and its URL, version); the naming ones are written anew.
KEPT_NAMES = (0, 5, 7, 8, 9, 11, 12, 13, 14)
MAX_ERR = 1.0  # font units (1000 per em): how far a quadratic may stray from the cubic


def member(collection: Path, postscript: str) -> int:
    """The index of the font named ``postscript`` in ``collection``."""
    fonts = TTCollection(collection, lazy=True).fonts
    for index, font in enumerate(fonts):
        if font["name"].getDebugName(6) == postscript:
            return index
    raise SystemExit(f"{collection}: no member {postscript}")


def cut(font: TTFont) -> list[int]:
    """Keep only the supplementary-plane ideographs of ``font``; return their code points."""
    keep = sorted(cp for cp in font.getBestCmap() if FIRST <= cp <= LAST)
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.glyph_names = False
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "DSIG"]
    options.name_IDs = list(KEPT_NAMES)
    options.name_languages = [0x409]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    # An empty Windows BMP subtable beside the format 12 ones: Windows wants a (3, 1) subtable
    # in every font, and an empty one says the face has no BMP character at all.
    bmp = cmap_format_4(4)
    bmp.platformID, bmp.platEncID, bmp.language, bmp.cmap = 3, 1, 0, {}
    font["cmap"].tables.append(bmp)
    font["cmap"].tables.sort(key=lambda table: (table.platformID, table.platEncID, table.language))
    return keep


def to_truetype(font: TTFont) -> None:
    """CFF outlines to ``glyf`` (fontTools' otf2ttf recipe): reportlab embeds only TrueType."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attribute in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                      "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attribute, 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 3.0
    post.extraNames, post.mapping = [], {}
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, family: str, style: str, postscript: str) -> None:
    """The Modified Version's own names (IDs 1–4, 6), replacing the source's."""
    table = font["name"]
    table.names = [record for record in table.names if record.nameID in KEPT_NAMES and record.nameID != 5]
    version = font["head"].fontRevision
    for name_id, value in ((1, family), (2, style), (3, f"convertkit: {postscript} {version:.3f}"),
                           (4, f"{family} {style}"),
                           (5, f"Version {version:.3f}; subset of Noto CJK by convertkit"), (6, postscript)):
        table.setName(value, name_id, 3, 1, 0x409)


def build(source_dir: Path, out: Path) -> None:
    for collection, source_name, file_name, family, style, postscript in FACES:
        path = source_dir / collection
        font = TTFont(path, fontNumber=member(path, source_name), recalcTimestamp=False)
        modified = font["head"].modified
        keep = cut(font)
        to_truetype(font)
        rename(font, family, style, postscript)
        font["head"].modified = modified
        target = out / file_name
        font.save(target)
        print(f"{file_name}: {len(keep)} code points, {font['maxp'].numGlyphs} glyphs, "
              f"{target.stat().st_size:,} bytes")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, required=True, help="where fonts-noto-cjk's .ttc files are")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "fonts")
    args = parser.parse_args(argv)
    build(args.dir, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
