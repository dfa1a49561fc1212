"""Simplified or Traditional? Decide from characters that exist in only one of the scripts.

Writers pick fonts and language tags (zh-CN / zh-TW / zh-HK) from ``Meta.language``, and
the decision runs on every document, so it must be cheap. OpenCC's character dictionaries
tell which characters change under t2s (Traditional-only forms) and under s2t
(Simplified-only forms). The two sets are derived once, at build time, from the unified
ideograph blocks (``script_tables.py``, written by ``scripts/build_script_tables.py`` and
checked against OpenCC by a test): deriving them at run time cost every fresh process about
50 ms and the OpenCC import. Detection is two scans with one character class each.

Characters that are valid in both scripts (后, 里, 著 …) are in neither set, so a
Simplified text quoting 乾隆 is not flipped by one character: the majority decides, and a
tie (no distinguishing characters at all) is Simplified, the common case of our inputs.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice
from typing import Literal

from .. import regex_cache

Script = Literal["zh-Hans", "zh-Hant"]

__all__ = ["Script", "convert_text", "detect_script", "has_traditional", "script_counts"]


@cache
def _converter(config: str):  # type: ignore[no-untyped-def]  # opencc ships no stubs for it
    import opencc  # lazy: only documents that need it pay the import

    return opencc.OpenCC(config)


@cache
def _script_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(Traditional-only, Simplified-only) character classes: a C scan beats a loop of set look-ups."""
    from .script_tables import SIMPLIFIED_ONLY, TRADITIONAL_ONLY

    return regex_cache.compile(f"[{TRADITIONAL_ONLY}]"), regex_cache.compile(f"[{SIMPLIFIED_ONLY}]")


def script_counts(text: str) -> tuple[int, int]:
    """(Traditional-only, Simplified-only) character counts of ``text``."""
    traditional, simplified = _script_res()
    return len(traditional.findall(text)), len(simplified.findall(text))


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds a Traditional-only character: without one, t2s has nothing to change."""
    return _script_res()[0].search(text) is not None


def detect_script(text: str) -> Script:
    """``zh-Hant`` when Traditional-only characters outnumber Simplified-only ones.

    None of the Traditional-only ones: Simplified, after one scan; some and no Simplified-only one:
    Traditional, after a second. Else the Traditional-only ones are counted, and the Simplified-only
    ones only as far as that count, which is all the answer needs: a Simplified text with a
    Traditional-only character or two (a name, a quotation) stops within its first sentences
    instead of counting the whole text."""
    traditional, simplified = _script_res()
    if traditional.search(text) is None:
        return "zh-Hans"
    # Some Traditional-only characters and no Simplified-only one: two scans, where counting a
    # Traditional text's hundreds of them (a match object each) cost more than reading the text.
    if simplified.search(text) is None:
        return "zh-Hant"
    trad = len(traditional.findall(text))
    simp = sum(1 for _ in islice(simplified.finditer(text), trad))
    return "zh-Hant" if trad > simp else "zh-Hans"


def convert_text(text: str, config: str) -> str:
    """Convert with an OpenCC configuration (``t2s``, ``s2t``, ``s2tw``, ``s2hk`` …)."""
    return _converter(config).convert(text)
