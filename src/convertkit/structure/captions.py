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

__all__ = [
    "CAPTION_MAX",
    "caption_marker_re",
    "closing_credit_of",
    "closing_source",
    "drawing_credit_re",
    "has_caption_marker",
    "latin_photo_credit",
    "photographer_of",
    "picture_source_line",
]

CAPTION_MAX = 200  # characters; longer text ending in a photo credit is a story, not a caption
_HAN = P.HAN


# The day a picture was taken, after its credit (中央社記者王飛華攝　113年11月24日).
_PHOTO_DATE = r"(?:[ \u3000]+(?:\d{2,4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}))?"


@cache
def _photo_tail() -> str:
    """The picture desk or agency a credit names after the photographer (郝群英摄 光明图片/视觉中国),
    one or two of them, or the wire's bracketed note of how the picture came (张三摄（新华社传真照片）,
    人民日报 1998): the name before 摄 is still the photographer."""
    tails = P._alternation(P.PHOTO_CREDIT_TAILS)
    return (rf"(?:[ \u3000]+(?:{tails})(?:\s*[/／]\s*(?:{tails}))?"
            rf"|\s*[（(][^（）()]{{0,10}}(?:照片|图片|圖片|传真|傳真)[）)])?")


@cache
def _photo_credit_re() -> re.Pattern[str]:
    verbs = P._alternation(P.PHOTO_VERBS)
    titles = r"(?:[\u4e00-\u9fff]{0,14}?(?:记者|記者|通讯员|通訊員|摄影师|攝影師))?"
    # At most a dozen names: unbounded, every space of a long line (记者 张三 摄 × 2000) began a
    # try that ran to the line's end, quadratic (5 s for 24 KB); no credit names more people.
    # A name's character is never the 翻 of 翻攝 (記者林悅翻攝 names 林悅).
    char = rf"(?:(?!翻[摄攝])[{_HAN}·])"
    names = rf"{char}{{2,6}}(?:[、\s]+{char}{{2,6}}){{0,11}}"
    label = rf"(?:{P.PHOTO_CREDIT_LABEL})?"
    bare = rf"(?:^|(?<=[。！？!?.，,；;\s▲△▼●■◆★]))(?P<credit>{label}{titles}\s*(?P<name>{names})\s*(?:{verbs})){_photo_tail()}{_PHOTO_DATE}\s*$"
    # a tag may come first: （資料照，顏麟宇攝） (風傳媒), （資料圖片／李澤彤攝） (香港01)
    tag = rf"(?:[^（）()，,／/]{{0,6}}?(?:{P._alternation(P.CAPTION_TAGS)})\s*[，,／/、]\s*)?"
    # the day the picture was taken may follow the verb (（中央社記者張三攝 115年12月7日）)
    bracketed = rf"[（(](?P<credit2>{tag}{label}{titles}\s*(?P<name2>{names})\s*(?:{verbs}){_PHOTO_DATE}[^（）()]{{0,8}})[）)]\s*$"
    # 摄影：张三 / （摄影 张三） at the end: the label first, then the names; 攝：陳小明/端傳媒 names the
    # photographer's outlet after a slash
    labelled = (rf"(?:^|(?<=[。！？!?.，,；;\s（(]))(?P<credit3>(?:摄影|攝影|(?:攝|摄)(?=\s*[:：]))\s*[:：/／]?\s*"
                rf"(?P<name3>{names}))(?:\s*[/／]\s*[^\s/／（）()]{{2,12}})?[）)]?\s*$")
    # 記者楊正海／攝影 (聯合報, 世界日報): the name first, the camera after a slash
    slashed = rf"(?:^|(?<=[。！？!?.，,；;\s（(]))(?P<credit4>{titles}\s*(?P<name4>{names})\s*[/／]\s*(?:攝影|摄影))[）)]?\s*$"
    return regex_cache.compile(rf"{bare}|{bracketed}|{labelled}|{slashed}")


@cache
def _reporter_picture_re() -> re.Pattern[str]:
    """澎湃's picture credit: a reporter's title, the names and 图 closing the caption (澎湃新闻记者 王小刚
    图), after a sentence or alone; the title is required (…示意图, 地图 close no credit)."""
    names = rf"[{_HAN}·]{{2,6}}(?:[、\s]+[{_HAN}·]{{2,6}}){{0,5}}"
    return regex_cache.compile(
        rf"(?:^|(?<=[。！？!?\s]))[{_HAN}]{{0,10}}?(?:记者|記者)\s*(?P<names>{names})(?:\s+|\s*[/／]\s*)[图圖]$")


@cache
def _photo_verb_re() -> re.Pattern[str]:
    return regex_cache.compile(P._alternation(P.PHOTO_VERBS))


# Marks a caption marker may follow (图为… after a sentence's end or a comma), or the line's start.
_MARKER_AFTER = "[。！？!?，,；;\\s]"


@cache
def _caption_marker_branches() -> tuple[str, ...]:
    markers = P._alternation(P.CAPTION_MARKERS)
    tags = P._alternation(P.CAPTION_TAGS)
    sources = P._alternation(P.CAPTION_SOURCE_LABELS)
    agencies = P._alternation(P.PHOTO_AGENCY_CREDITS)
    leads = P._alternation(P.CAPTION_LEADS)
    return (
        rf"^(?:{leads})\s*[:：]",
        # a self-media post's credit under its picture, set like its other credits (图片 | 网络, 图｜视觉中国)
        rf"^(?:{leads}|{sources})\s*[|｜]\s*[^|｜。！？，,；;]{{1,16}}$",
        rf"(?:^|(?<={_MARKER_AFTER}))(?:{markers})",
        rf"[（(【\[][^（）()【】\[\]]{{0,12}}(?:{tags})[^（）()【】\[\]]{{0,20}}[）)】\]]",
        rf"(?:{sources})\s*[:：]?",
        rf"(?:{agencies})[^。！？]{{0,20}}$",
        r"[（(](?:图|圖)(?:注|註|说|說)?\s*[:：]",  # （圖：星洲日報） · (图注：…) (新华网's channels)
        rf"^(?:{P._alternation(P.CAPTION_OFFSCREEN_LEADS)})[，,]",  # 说明文字，… (BBC中文's screen-reader word)
    )


@cache
def _picture_source_line_re() -> re.Pattern[str]:
    sources = P._alternation(P.CAPTION_SOURCE_LABELS)
    return regex_cache.compile(rf"(?P<label>{sources})\s*[，,：:]\s*(?P<credit>[^。！？，,；;：:（）()]{{1,48}})")


def picture_source_line(text: str) -> re.Match[str] | None:
    """A picture's credit and nothing else, its label and a comma or colon before it (BBC中文's
    ``图像来源，Getty Images``, 图片来源：视觉中国): ``label`` and ``credit`` groups, or None."""
    return _picture_source_line_re().fullmatch(text.strip())


@cache
def _closing_source_re() -> re.Pattern[str]:
    sources = P._alternation(P.CAPTION_SOURCE_LABELS)
    return regex_cache.compile(rf"（(?:(?:{sources})：|©)(?P<credit>[^。！？，,；;：:（）()]{{1,48}})）$")


def closing_source(text: str) -> str | None:
    """Who a caption credits in the brackets closing it, as the HTML reader sets a page's credit
    after the caption's words (法兰克福金融区（图像来源：dpa）, 资料图片（©路透社）), else None."""
    if not text.endswith("）"):
        return None
    found = _closing_source_re().search(text)
    return found.group("credit").strip() if found is not None else None


@cache
def caption_marker_re() -> re.Pattern[str]:
    return regex_cache.compile("|".join(_caption_marker_branches()))


@cache
def _closing_credit_re() -> re.Pattern[str]:
    """The bracket closing a caption with who made the picture (（總統府提供）, （信報圖片）), matched
    whole from its opening bracket."""
    closing = P._alternation(P.CAPTION_CLOSING_CREDITS)
    closing_not = P._alternation(P.CAPTION_CLOSING_NOT)
    return regex_cache.compile(rf"[（(](?:(?!{closing_not})[^（）()，,。]){{0,16}}?(?:{closing})[）)]")


# Where the person named stands in the picture, before the credit (（中，路透）, （左二，法新社）).
_PLACE_IN_PICTURE = r"(?:[左中右前後后][一二三四]?\s*[，,、]\s*)?"


@cache
def _wire_photo_re() -> re.Pattern[str]:
    """A foreign wire's bracketed picture credit (（路透社）, （法新社档案照片）), matched whole."""
    wires = P._alternation(P.PHOTO_WIRE_CREDITS)
    tags = P._alternation(P.CAPTION_TAGS)
    shared = rf"(?:{P._alternation(P.PHOTO_HOME_WIRES)})\s*[/／]\s*(?:{P._alternation(P.PHOTO_WIRE_SHORT + P.PHOTO_WIRE_CREDITS)})"
    return regex_cache.compile(
        rf"[（(]{_PLACE_IN_PICTURE}(?:{P.PHOTO_CREDIT_LABEL})?(?:{shared}|{wires})(?:\s*[/／、]\s*(?:{wires}))*\s*(?:{tags}|图片|圖片|照片)?[）)]"
    )


# Foreign wires named bare after a caption's sentence (…職務。法新社): the Han spellings only, longest first.
_BARE_WIRES = tuple(sorted((wire for wire in P.PHOTO_WIRE_CREDITS if not wire.isascii()), key=len, reverse=True))
# The last characters of a closing credit: a bracket, a file-picture tag's or a bare wire's last character.
_CLOSING_ENDS = frozenset("）)图圖" + "".join(tag[-1] for tag in P.CAPTION_END_TAGS) + "".join(wire[-1] for wire in _BARE_WIRES))


# Who supplied the picture, unbracketed after the caption's sentence (新京报: …开庭。受访者供图 ·
# …对峙。视频截图 · …现场。警方供图): a few characters of who, then the word.
_SUPPLIED_ENDS = ("供图", "供圖", "截图", "截圖")
_SUPPLIED_CREDIT_RE = regex_cache.compile(r"[。！？!?][ \u3000]*[^\s。！？!?，,；;：:“”]{0,10}(?:供图|供圖|截图|截圖)$")


def _closing_credit(text: str) -> bool:
    """A caption closed by a bracketed picture credit (…。（總統府提供）, a short …。（路透社）) or by a
    bare file-picture tag after its sentence (港鐵東涌綫延綫工程進展順利。資料圖片)."""
    if text[-1:] in "）)":
        opening = max(text.rfind("（"), text.rfind("("))
        if opening <= 0:
            return False
        return _closing_credit_re().fullmatch(text, opening) is not None or (
            len(text) <= P.PHOTO_WIRE_CAPTION_MAX and _wire_photo_re().fullmatch(text, opening) is not None)
    if len(text) <= P.PHOTO_WIRE_CAPTION_MAX and text.endswith(_BARE_WIRES):
        # 德國爆出警察醜聞，遭解除職務。法新社 (蘋果日報): a short picture's sentence and its wire, unbracketed
        wire = next(wire for wire in _BARE_WIRES if text.endswith(wire))
        return len(text) > len(wire) + 4 and text[-len(wire) - 1] in "。！？!?"
    if text.endswith(_SUPPLIED_ENDS):
        return _SUPPLIED_CREDIT_RE.search(text, max(0, len(text) - 16)) is not None
    if not text.endswith(P.CAPTION_END_TAGS):
        return False
    tag = next(tag for tag in P.CAPTION_END_TAGS if text.endswith(tag))
    return len(text) > len(tag) and text[-len(tag) - 1] in "。！？!? \u3000"


@cache
def _caption_words_re() -> re.Pattern[str]:
    """Any of the words some branch of ``caption_marker_re`` needs: a plain alternation, which
    the regex engine scans for by first character, where the marker pattern (lookbehinds,
    bracket runs) is tried at every position."""
    words = P.CAPTION_MARKERS + P.CAPTION_TAGS + P.CAPTION_SOURCE_LABELS + P.PHOTO_AGENCY_CREDITS + P.CAPTION_LEADS \
        + P.CAPTION_OFFSCREEN_LEADS
    return regex_cache.compile(P.any_word(words))


@cache
def _caption_marker_parts() -> tuple[re.Pattern[str], ...]:
    """``caption_marker_re``'s branches as patterns of their own, which find something exactly when
    it does: each opens with a word or a class the engine scans for, where the whole alternation
    is tried branch by branch at every position. The markers' branch, ``(?:^|(?<=…))`` before
    them, becomes two: the markers at the start, and the mark before them as the first character."""
    after = f"(?:^|(?<={_MARKER_AFTER}))"
    parts: list[str] = []
    for branch in _caption_marker_branches():
        if branch.startswith(after):
            parts += [f"^{branch[len(after):]}", f"{_MARKER_AFTER}{branch[len(after):]}"]
        else:
            parts.append(branch)
    return tuple(regex_cache.compile(part) for part in parts)


def has_caption_marker(text: str) -> bool:
    """``caption_marker_re().search(text)``, answered early for the many lines without a caption word;
    or a closing picture credit (…。（總統府提供）, a short …。（路透社）, …。資料圖片)."""
    if _caption_words_re().search(text) is not None and any(
            part.search(text) is not None for part in _caption_marker_parts()):
        return True
    return text[-1:] in _CLOSING_ENDS and _closing_credit(text)


@cache
def drawing_credit_re() -> re.Pattern[str]:
    verbs = P._alternation(P.DRAWING_VERBS)
    return regex_cache.compile(rf"^(?:(?:{verbs})\s*[:：]\s*[{_HAN}·、\s]{{2,16}}|[{_HAN}·、\s]{{2,16}}?\s*(?:{verbs}))$")


@cache
def _latin_credit_re() -> re.Pattern[str]:
    # the owners in any case (紐約時報中文網 sets the credit in capitals: GILLES SABRIÉ FOR THE NEW YORK
    # TIMES; 法广: REUTERS - Pool, © AFP - Ludovic Marin, the photographer after the agency)
    owners = f"(?i:{P._alternation(P.LATIN_PHOTO_CREDITS)})"
    name = r"[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){1,3}"
    return regex_cache.compile(
        rf"(?<=[。！？”」])\s*©?\s*(?:(?P<who>{name})\s*(?:(?i:for) |/)\s*)?"
        rf"(?:{owners})(?:\s*[—–/-]+\s*(?:{owners}))*(?:\s*[—–/-]\s*(?P<after>{name}))?\s*$"
    )


def latin_photo_credit(text: str) -> tuple[str, ...] | None:
    """The photographer of an English picture credit closing a caption (``…交易員。 Ryan Christopher
    Jones for The New York Times``): their name, () for an agency alone, None when there is none."""
    if not text[-1:].isascii() or len(text) > CAPTION_MAX:
        return None
    match = _latin_credit_re().search(text)
    if match is None:
        return None
    who = match.group("who") or match.group("after")
    return (who,) if who else ()


def latin_credit(text: str) -> str | None:
    """Who an English picture credit closing a caption names: the photographer (``…项目。Gilles Sabrié
    for The New York Times``), else the agency alone (``…中心。Reuters``); None when there is none."""
    if not text[-1:].isascii() or len(text) > CAPTION_MAX:
        return None
    match = _latin_credit_re().search(text)
    if match is None:
        return None
    return match.group("who") or match.group("after") or text[match.start():].strip(" ©") or None


# The credit a caption's sentence closes with after 图/ or a source label (…工地。图/视觉中国,
# …现场。图片来源：受访者): who made or supplied the picture.
_CLOSING_LABELLED_CREDIT_RE = regex_cache.compile(
    r"(?:^|(?<=[。！？!?\s]))(?:图|圖|图片|圖片)(?:来源|來源)?\s*[/／|｜:：]\s*(?P<who>[^\s。！？!?，,；;：:（）()/／]{2,16})$")


def closing_credit_of(text: str) -> str | None:
    """Who a caption credits after its words, unbracketed (``…工地。图/视觉中国``, ``…。图片来源：新华社``)
    or in English (``…项目。Gilles Sabrié for The New York Times``, ``…中心。Reuters``), else None."""
    if text[-1:].isascii() and (latin := latin_credit(text)) is not None:
        return latin
    end = text[-24:]
    if not any(mark in end for mark in "/／：:|｜，,"):
        return None
    found = _CLOSING_LABELLED_CREDIT_RE.search(text, max(0, len(text) - 24))
    if found is not None:
        return found.group("who")
    # 图源：视觉中国 alone, …现场。图片来源：东方IC 版权作品 请勿转载 (the notice after the credit is none of it)
    tail = re.split(r"[。！？!?]", text)[-1].strip()
    labelled = picture_source_line(tail) if 0 < len(tail) <= 40 else None
    if labelled is None:
        return None
    credit = re.split(r"\s+(?=版权|版權|请勿|請勿|未经|未經|转载|轉載)", labelled.group("credit").strip())[0].strip()
    return credit or None


def photographer_of(text: str) -> tuple[str, ...] | None:
    """Photographers named by a ``XXX 摄`` credit at the end, () for a nameless one, else None."""
    if text[-1:] in "图圖" and ("记者" in text[-24:] or "記者" in text[-24:]):
        pictured = _reporter_picture_re().search(text)
        named = split_names(pictured.group("names")) if pictured is not None else ()
        if named:
            return named  # …一景。澎湃新闻记者 王小刚 图
    if ("摄" not in text and "攝" not in text) or not _photo_verb_re().search(text):
        return None  # every shape of the credit holds a verb, every verb 摄 or 攝; most paragraphs hold none
    match = _photo_credit_re().search(text)
    if match is None:
        return None
    names = split_names(match.group("name") or match.group("name2") or match.group("name3") or match.group("name4") or "")
    if not names and (match.group("credit") is not None or match.group("credit3") is not None
                      or match.group("credit4") is not None):
        return None  # "…进行拍摄": the words before 摄 are not a name
    return names
