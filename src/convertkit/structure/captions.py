"""Is a paragraph a photo caption, and who took the photo?

Captions in text input are recognised by their credits and markers (``李南轩 摄``,
``新华社发（全休相摄）``, ``图为``, ``（资料图）``, ``图片来源：``). Only a ``XXX 摄``-type
credit names a photographer; a marker alone makes a caption without one.
"""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache
from . import patterns as P
from .people import split_names

__all__ = ["CAPTION_MAX", "caption_marker_re", "drawing_credit_re", "has_caption_marker", "photographer_of"]

CAPTION_MAX = 200  # characters; longer text ending in a photo credit is a story, not a caption
_HAN = P.HAN


@cache
def _photo_credit_re() -> re.Pattern[str]:
    verbs = P._alternation(P.PHOTO_VERBS)
    titles = r"(?:[\u4e00-\u9fff]{0,14}?(?:记者|記者|通讯员|通訊員|摄影师|攝影師))?"
    name = rf"(?P<name>[{_HAN}·]{{2,6}}(?:[、\s]+[{_HAN}·]{{2,6}})*)"
    label = rf"(?:{P.PHOTO_CREDIT_LABEL})?"
    bare = rf"(?:^|(?<=[。！？!?.，,；;\s▲△▼●■◆★]))(?P<credit>{label}{titles}\s*{name}\s*(?:{verbs}))\s*$"
    bracketed = rf"[（(](?P<credit2>{label}{titles}\s*(?P<name2>[{_HAN}·]{{2,6}}(?:[、\s]+[{_HAN}·]{{2,6}})*)\s*(?:{verbs})[^（）()]{{0,8}})[）)]\s*$"
    # 摄影：张三 / （摄影 张三） at the end: the label first, then the names.
    labelled = rf"(?:^|(?<=[。！？!?.，,；;\s（(]))(?P<credit3>(?:摄影|攝影)\s*[:：/／]?\s*(?P<name3>[{_HAN}·]{{2,6}}(?:[、\s]+[{_HAN}·]{{2,6}})*))[）)]?\s*$"
    return regex_cache.compile(rf"{bare}|{bracketed}|{labelled}")


@cache
def _photo_verb_re() -> re.Pattern[str]:
    return regex_cache.compile(P._alternation(P.PHOTO_VERBS))


@cache
def caption_marker_re() -> re.Pattern[str]:
    markers = P._alternation(P.CAPTION_MARKERS)
    tags = P._alternation(P.CAPTION_TAGS)
    sources = P._alternation(P.CAPTION_SOURCE_LABELS)
    agencies = P._alternation(P.PHOTO_AGENCY_CREDITS)
    leads = P._alternation(P.CAPTION_LEADS)
    return regex_cache.compile(
        rf"^(?:{leads})\s*[:：]"
        rf"|(?:^|(?<=[。！？!?，,；;\s]))(?:{markers})"
        rf"|[（(【\[][^（）()【】\[\]]{{0,12}}(?:{tags})[^（）()【】\[\]]{{0,20}}[）)】\]]"
        rf"|(?:{sources})\s*[:：]?"
        rf"|(?:{agencies})[^。！？]{{0,20}}$"
    )


@cache
def _caption_words_re() -> re.Pattern[str]:
    """Any of the words some branch of ``caption_marker_re`` needs: a plain alternation, which
    the regex engine scans for by first character, where the marker pattern (lookbehinds,
    bracket runs) is tried at every position."""
    words = P.CAPTION_MARKERS + P.CAPTION_TAGS + P.CAPTION_SOURCE_LABELS + P.PHOTO_AGENCY_CREDITS + P.CAPTION_LEADS
    return regex_cache.compile(P._alternation(words))


def has_caption_marker(text: str) -> bool:
    """``caption_marker_re().search(text)``, answered early for the many lines without a caption word."""
    return _caption_words_re().search(text) is not None and caption_marker_re().search(text) is not None


@cache
def drawing_credit_re() -> re.Pattern[str]:
    verbs = P._alternation(P.DRAWING_VERBS)
    return regex_cache.compile(rf"^(?:(?:{verbs})\s*[:：]\s*[{_HAN}·、\s]{{2,16}}|[{_HAN}·、\s]{{2,16}}?\s*(?:{verbs}))$")


def photographer_of(text: str) -> tuple[str, ...] | None:
    """Photographers named by a ``XXX 摄`` credit at the end, () for a nameless one, else None."""
    if not _photo_verb_re().search(text):
        return None  # every shape of the credit holds a verb; most paragraphs hold none
    match = _photo_credit_re().search(text)
    if match is None:
        return None
    names = split_names(match.group("name") or match.group("name2") or match.group("name3") or "")
    if not names and (match.group("credit") is not None or match.group("credit3") is not None):
        return None  # "…进行拍摄": the words before 摄 are not a name
    return names
