"""Build src/convertkit/transforms/script_tables.py: the script-only character sets, from OpenCC.

    python scripts/build_script_tables.py

Why a generated file: deriving the sets at run time converted every unified ideograph through
OpenCC twice (about 50 ms and the OpenCC import) in every fresh process, before the first
article could say whether it is Simplified or Traditional. The sets only change when OpenCC's
dictionaries do; ``tests/test_reader_fast_paths.py`` rebuilds them and compares, so an OpenCC
upgrade that changes them fails loudly instead of drifting. Reproducible: the same OpenCC gives
the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "convertkit" / "transforms" / "script_tables.py"

# The unified ideograph blocks the sets are drawn from (kept in step with script.py's notes).
BLOCKS: tuple[tuple[int, int], ...] = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))


def _converter(config: str):  # type: ignore[no-untyped-def]  # opencc ships no stubs
    import opencc

    return opencc.OpenCC(config)


def changed(config: str, chars: list[str]) -> frozenset[str]:
    """The characters ``config`` changes (a dictionary that maps a line break: one by one)."""
    converter = _converter(config)
    converted = converter.convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        return frozenset(c for c in chars if converter.convert(c) != c)
    return frozenset(c for c, out in zip(chars, converted, strict=True) if out != c)


def script_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(Traditional-only, Simplified-only): changed by t2s resp. s2t, and not by both."""
    chars = [chr(code) for low, high in BLOCKS for code in range(low, high + 1)]
    traditional = changed("t2s", chars)
    simplified = changed("s2t", chars)
    both = traditional & simplified
    return traditional - both, simplified - both


def traditional_surnames(simplified: str) -> frozenset[str]:
    """Single-character s2t forms of the surname table (people.py's ``_SURNAMES``)."""
    chars = sorted(frozenset(simplified))
    converted = _converter("s2t").convert("\n".join(chars)).split("\n")
    return frozenset(char for char in converted if len(char) == 1) - frozenset(chars)


def _wrapped(name: str, chars: frozenset[str], width: int = 100) -> str:
    text = "".join(sorted(chars))
    lines = [f'    "{text[i : i + width]}"' for i in range(0, len(text), width)]
    return f"{name} = (\n" + "\n".join(lines) + "\n)\n"


def render() -> str:
    """The module's full text."""
    sys.path.insert(0, str(ROOT / "src"))
    from convertkit.structure.people import _SURNAMES

    traditional, simplified = script_sets()
    header = (
        '"""Characters that exist in only one script, and Traditional surnames: generated, do not edit.\n\n'
        "Built by ``scripts/build_script_tables.py`` from OpenCC's t2s/s2t dictionaries over the\n"
        "unified ideograph blocks (U+4E00–9FFF, U+3400–4DBF); ``tests/test_reader_fast_paths.py`` checks\n"
        'that they still match the installed OpenCC.\n"""\n\n'
    )
    return (
        header
        + "# Changed by t2s and not by s2t: Traditional-only forms.\n"
        + _wrapped("TRADITIONAL_ONLY", traditional)
        + "\n# Changed by s2t and not by t2s: Simplified-only forms.\n"
        + _wrapped("SIMPLIFIED_ONLY", simplified)
        + "\n# s2t forms of people.py's single-character surnames that differ from them.\n"
        + _wrapped("TRADITIONAL_SURNAMES", traditional_surnames(_SURNAMES))
    )


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
