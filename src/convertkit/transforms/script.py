"""Simplified or Traditional? Decide from characters that exist in only one of the scripts.

Writers pick fonts and language tags (zh-CN / zh-TW / zh-HK) from ``Meta.language``, and
the decision runs on every document, so it must be cheap. OpenCC's character dictionaries
tell which characters change under t2s (Traditional-only forms) and under s2t
(Simplified-only forms). The two sets are computed once per process, from the unified
ideograph blocks, and cached; detection is then one pass of set look-ups.

Characters that are valid in both scripts (后, 里, 著 …) are in neither set, so a
Simplified text quoting 乾隆 is not flipped by one character: the majority decides, and a
tie (no distinguishing characters at all) is Simplified, the common case of our inputs.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

Script = Literal["zh-Hans", "zh-Hant"]

__all__ = ["Script", "convert_text", "detect_script", "script_counts"]

_BLOCKS: tuple[tuple[int, int], ...] = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))


@cache
def _converter(config: str):  # type: ignore[no-untyped-def]  # opencc ships no stubs for it
    import opencc  # lazy: only documents that need it pay the import

    return opencc.OpenCC(config)


def _changed(config: str, chars: list[str]) -> frozenset[str]:
    converted = _converter(config).convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # a dictionary mapped a line break: compare one by one
        return frozenset(c for c in chars if _converter(config).convert(c) != c)
    return frozenset(c for c, out in zip(chars, converted, strict=True) if out != c)


@cache
def _script_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(Traditional-only, Simplified-only) characters, computed once from OpenCC's tables."""
    chars = [chr(code) for low, high in _BLOCKS for code in range(low, high + 1)]
    traditional = _changed("t2s", chars)
    simplified = _changed("s2t", chars)
    both = traditional & simplified
    return traditional - both, simplified - both


def script_counts(text: str) -> tuple[int, int]:
    """(Traditional-only, Simplified-only) character counts of ``text``."""
    traditional, simplified = _script_sets()
    trad = simp = 0
    for char in text:
        if char in traditional:
            trad += 1
        elif char in simplified:
            simp += 1
    return trad, simp


def detect_script(text: str) -> Script:
    """``zh-Hant`` when Traditional-only characters outnumber Simplified-only ones."""
    trad, simp = script_counts(text)
    return "zh-Hant" if trad > simp else "zh-Hans"


def convert_text(text: str, config: str) -> str:
    """Convert with an OpenCC configuration (``t2s``, ``s2t``, ``s2tw``, ``s2hk`` …)."""
    return _converter(config).convert(text)
