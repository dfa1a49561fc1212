#!/usr/bin/env python3
"""Rebuild ``fonts/`` from the upstream font files: subset, unhinted, TrueType outlines.

Why a script: the shipped fonts are derived files, and anyone must be able to check how.
Running it twice on the same inputs gives byte-identical outputs (fontTools' subsetter is
deterministic and we pin ``head.modified`` to the source's value).

Usage::

    python scripts/build_fonts.py \\
        --serif-regular NotoSerifSC_400Regular.ttf --serif-bold NotoSerifSC_700Bold.ttf \\
        --sans-regular NotoSansSC_400Regular.ttf --sans-bold NotoSansSC_700Bold.ttf \\
        --kai LXGWWenKai-Regular.ttf [--out fonts]

Noto Serif SC / Noto Sans SC: from the npm packages ``@expo-google-fonts/noto-serif-sc`` and
``@expo-google-fonts/noto-sans-sc`` (Google Fonts' static TTFs, ``glyf`` outlines).
LXGW WenKai: Debian's ``fonts-lxgw-wenkai`` (``/usr/share/fonts/truetype/lxgw-wenkai``). It is
copied unmodified, not subset: its licence reserves the names "LXGW" and "霞鹜", which a
Modified Version (a subset is one) may not carry, and renaming the family would break every
writer and user expecting "LXGW WenKai". The Noto fonts reserve no names they use.

The subset keeps every character of the repertoire below that the font has:
GB2312 and GBK (every character GB18030 encodes in two bytes), Big5, Big5-HKSCS, ASCII and
Latin-1, general punctuation, CJK symbols and punctuation, vertical and compatibility
forms, full-width and half-width forms. Hinting is dropped (it is large and CJK renderers
ignore it); the OpenType layout features fontTools keeps by default stay, which include the
CJK ones ``halt``, ``vhal``, ``palt``, ``vpal``, ``vert``, ``vrt2``, ``chws``, ``locl``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

# Plain Unicode ranges kept whole (inclusive), beyond what the legacy encodings define.
EXTRA_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement
    (0x2000, 0x206F),  # general punctuation
    (0x2E80, 0x2EFF),  # CJK radicals supplement (seen in badly converted text)
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half-width and full-width forms
)

# Upper bound of the scan: the BMP plus the supplementary ideographic plane (HKSCS uses it).
SCAN_LIMIT = 0x30000


def _encodes(char: str, codec: str, width: int | None = None) -> bool:
    try:
        encoded = char.encode(codec)
    except UnicodeEncodeError:
        return False
    return width is None or len(encoded) == width


def repertoire() -> frozenset[int]:
    """Every code point convertkit promises to carry, if the font has it."""
    points: set[int] = set()
    for start, end in EXTRA_RANGES:
        points.update(range(start, end + 1))
    for cp in range(0x80, SCAN_LIMIT):
        if 0xD800 <= cp <= 0xDFFF or 0xE000 <= cp <= 0xF8FF:
            continue  # surrogates; private use (GBK's user-defined areas map there)
        char = chr(cp)
        if (
            _encodes(char, "gb18030", 2)
            or _encodes(char, "gbk", 2)
            or _encodes(char, "gb2312")
            or _encodes(char, "big5")
            or _encodes(char, "big5hkscs")
        ):
            points.add(cp)
    return frozenset(points)


def subset_font(source: Path, target: Path, wanted: Iterable[int]) -> tuple[int, int]:
    """Write the unhinted subset of ``source`` to ``target``; return (glyphs, code points)."""
    font = TTFont(source, recalcTimestamp=False)
    if "glyf" not in font:
        raise SystemExit(f"{source}: no glyf table (CFF outlines are rejected by reportlab)")
    modified = font["head"].modified
    cmap = font.getBestCmap()
    keep = sorted(cp for cp in wanted if cp in cmap)
    options = subset.Options()
    options.hinting = False
    options.glyph_names = False
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    font["head"].modified = modified
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(target)
    return font["maxp"].numGlyphs, len(keep)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--serif-regular", type=Path, required=True)
    parser.add_argument("--serif-bold", type=Path, required=True)
    parser.add_argument("--sans-regular", type=Path, required=True)
    parser.add_argument("--sans-bold", type=Path, required=True)
    parser.add_argument(
        "--kai", type=Path, required=True, help="LXGW WenKai Regular (copied as is)"
    )
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parent.parent / "fonts"
    )
    args = parser.parse_args(argv)

    wanted = repertoire()
    print(f"repertoire: {len(wanted)} code points")
    jobs = {
        "NotoSerifSC-Regular.ttf": args.serif_regular,
        "NotoSerifSC-Bold.ttf": args.serif_bold,
        "NotoSansSC-Regular.ttf": args.sans_regular,
        "NotoSansSC-Bold.ttf": args.sans_bold,
    }
    for name, source in jobs.items():
        glyphs, points = subset_font(source, args.out / name, wanted)
        size = (args.out / name).stat().st_size
        print(f"{name}: {glyphs} glyphs, {points} code points, {size / 1e6:.2f} MB")

    kai = TTFont(args.kai, lazy=True)
    if "glyf" not in kai:
        print(f"{args.kai}: no glyf table", file=sys.stderr)
        return 1
    kai_target = args.out / "LXGWWenKai-Regular.ttf"
    shutil.copyfile(args.kai, kai_target)
    print(
        f"{kai_target.name}: copied unmodified, {kai['maxp'].numGlyphs} glyphs, "
        f"{len(kai.getBestCmap())} code points, {kai_target.stat().st_size / 1e6:.2f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
