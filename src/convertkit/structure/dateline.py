"""Find the dateline that opens a story and take it apart.

``中新网福建新闻1月17日电(林玲)闽西老区龙岩…`` → agency 中新网, bureau 福建新闻, date 1月17日,
reporters 林玲, and the lead text ``闽西老区龙岩…``. The shapes are the data in
``patterns.DATELINE_SHAPES``; this module only compiles them and reads the pieces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .. import regex_cache
from ..transforms.punctuation import normalise
from .patterns import (
    AGENCY_SUFFIXES,
    BRACKET_REPORT_WORDS,
    CHANNEL_WORDS,
    CNA_PLACES,
    DATELINE_CREDIT,
    DATELINE_DATE,
    DATELINE_NEEDS,
    DATELINE_OPENERS,
    DATELINE_SEPARATORS,
    DATELINE_SHAPES,
    GENERIC_REPORT_SOURCES,
    HAN,
    LOCAL_PRESS_PLACES,
    MAINLAND_PLACES,
    MASTHEAD_SUFFIXES,
    NEWSWIRES,
    PHOTO_VERBS,
    PLACE_CHAR,
    PLACE_COUNTRIES,
    REGION_PLACES,
    REPORT_COLUMN_ENDINGS,
    THIS_PAPER,
    YEAR_DATE,
    _alternation,
    agency_alternation,
    agency_prefix,
    agency_region,
    canonical_agency,
    find_agency,
    known_agency_prefix,
)
from .people import is_common_word, is_pen_name, is_personal_name, looks_like_names, split_names, strip_title

__all__ = ["DatelineMatch", "match_dateline"]


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A dateline found at the start of a paragraph; ``end`` is where the lead text starts."""

    raw: str
    text: str
    shape: str
    end: int
    agency: str | None = None
    bureau: str | None = None
    place: str | None = None
    date: str | None = None
    reporters: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    region: str | None = None
    stamp: str | None = None  # a publication time glued before the dateline
    start: int = 0  # > 0 when a kicker precedes the dateline (公開標榜…〔記者…／台中報導〕)


# A reporter bracket a little way into the paragraph, after a kicker phrase; only the strict
# Taiwanese form (記者 + name + ／ + place + 報導) is trusted away from the start.
_INNER_BRACKET_RE = regex_cache.compile(r"[〔【\[［](?P<inner>(?:記者|记者|編譯|编译)[^〔〕【】\[\]［］]{2,30}?[／/][^〔〕【】\[\]［］]{1,12}?(?:報導|报道|報道))[〕】\]］]")
_KICKER_MAX = 40
# Picture markers that crawled copy puts before the first line (▲▼國際中心／綜合報導).
_LEADING_MARKS = "▲▼△▽●■◆★☆※ \u3000"


def _agency_pattern() -> str:
    generic = rf"[{HAN}A-Za-z0-9]{{1,8}}?(?:{_alternation(AGENCY_SUFFIXES)})"
    return rf"(?:{agency_alternation()}|{generic})"


@cache
def _shape_re(name: str) -> re.Pattern[str]:
    """One shape, compiled when a line first holds a word it needs (``DATELINE_NEEDS``)."""
    pieces = {"agency": _agency_pattern(), "known": agency_alternation(), "date": DATELINE_DATE, "han": HAN,
              "place": PLACE_CHAR, "newswires": _alternation(NEWSWIRES), "yeardate": YEAR_DATE}
    credit = DATELINE_CREDIT.format()
    return regex_cache.compile(rf"\s*(?:{_TEMPLATES[name].format(**pieces)})(?:{credit})?")


_TEMPLATES: dict[str, str] = dict(DATELINE_SHAPES)


@cache
def _shape_table() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """Each shape with the words it needs and the marks it must open with (none: any)."""
    return tuple((shape, DATELINE_NEEDS[shape], DATELINE_OPENERS.get(shape, "")) for shape, _ in DATELINE_SHAPES)


@cache
def _need_words() -> tuple[str, ...]:
    """Every word some shape needs, once: many shapes need the same (讯, 电, 报道)."""
    return tuple(dict.fromkeys(word for _, needs, _ in _shape_table() for word in needs))


@cache
def _need_words_by_end() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The words some shape needs, grouped by their last character."""
    groups: dict[str, list[str]] = {}
    for word in _need_words():
        groups.setdefault(word[-1], []).append(word)
    return tuple((end, tuple(words)) for end, words in groups.items())


def _present_words(raw: str) -> frozenset[str]:
    """The words some shape needs that ``raw`` holds: a word only where its last character is.
    A one-character substring test is a scan in C many times as fast as a test for a word of two
    (the lead, a long line, is asked for some fifty words), and most lines hold few of these
    characters (a test compares this with asking for each word)."""
    present: list[str] = []
    for end, words in _need_words_by_end():
        if end in raw:
            for word in words:
                if word in raw:
                    present.append(word)
    return frozenset(present)


def _known_agency(name: str | None) -> str | None:
    if not name:
        return None
    found = find_agency(name) or known_agency_prefix(name)
    return found.name if found else None


def _paper_flash(agency: str | None, raw: str, end: int) -> bool:
    """``新快报讯　…`` / ``商报讯（记者…）`` / ``观点网讯：…`` / ``津云新闻讯：…``: a paper, a site or
    a news app we do not list, its 讯 set off from the text."""
    if not agency or not agency.endswith(("报", "報", "网", "網", "新闻", "新聞")) or len(agency) > 8:
        return False
    head = raw[:end].rstrip()
    return head.endswith(("讯", "訊", "）", ")")) and (end >= len(raw) or raw[end] in " \t\u3000（(：:，,")


_CREDIT_REPORT_WORDS = ("报道", "報導", "報道", "报导")


def _credit_people(credit: str | None) -> tuple[str, ...]:
    if not credit:
        return ()
    if looks_like_names(credit) or "记者" in credit or "記者" in credit or "通讯员" in credit or "通訊員" in credit:
        names = split_names(credit)
        if credit.endswith(_CREDIT_REPORT_WORDS):  # （记者张三 李四报道）: every name, the report word off
            word = next(word for word in _CREDIT_REPORT_WORDS if credit.endswith(word))
            parts = _BRACKET_TITLES_RE.split(credit[: -len(word)])[1:]
            more = split_names(parts[0]) if len(parts) == 1 and looks_like_names(parts[0].strip()) else ()
            if len(more) > len(names) and not any(name in MAINLAND_PLACES or name in CNA_PLACES for name in more):
                return more
        return names
    return ()


def _region(agency: str | None, place: str | None, raw: str) -> str | None:
    region = agency_region(agency)
    if region:
        return region
    where = place or raw  # a bracket without a parsed place still names it (〔記者…／台北報導〕)
    for name, value in REGION_PLACES.items():
        if name in where:
            return value
    if agency is None and place:
        return LOCAL_PRESS_PLACES.get(place)
    return None


# Titles before a bracket's names: 〔編譯陳成良／綜合報導〕 · 〔駐日特派員林翠儀／東京報導〕 (自由時報's foreign
# desk and correspondents) as well as 记者 and 通讯员.
_BRACKET_TITLES_RE = regex_cache.compile(r"(?:记者|記者|通讯员|通訊員|編譯|编译|特派員|特派员)")


def _from_bracket(inner: str) -> tuple[str | None, str | None, tuple[str, ...]]:
    """``環球時報驻韩国特约记者 刘信`` / ``記者王某／台北報導`` → agency, place, reporters."""
    agency = _known_agency(inner)
    place = None
    body = inner
    if "／" in inner or "/" in inner:
        head, _, tail = inner.replace("/", "／").rpartition("／")
        if _BRACKET_TITLES_RE.search(tail) and not _BRACKET_TITLES_RE.search(head) and tail.endswith(BRACKET_REPORT_WORDS):
            # 【今傳媒/記者李祖東報導】: the outlet, a slash, then the credit (no place)
            if agency is None and 2 <= len(head.strip()) <= 8:
                agency = head.strip()
            names = _BRACKET_TITLES_RE.split(tail)[-1]
            names = next((names[: -len(word)] for word in BRACKET_REPORT_WORDS if names.endswith(word)), names)
            if looks_like_names(names.strip()):
                return agency, None, split_names(names)
        for word in BRACKET_REPORT_WORDS:
            if tail.endswith(word):
                place = tail[: -len(word)].strip() or None
                break
        body = head
    for word in BRACKET_REPORT_WORDS:
        if body.endswith(word) and not any(t in body for t in ("记者", "記者")):
            body = body[: -len(word)]
            # 【鏡週刊報導】: an organisation we do not list still names the agency.
            if agency is None and 2 <= len(body) <= 8 and body not in GENERIC_REPORT_SOURCES:
                agency = body
            break
    people: list[str] = []
    pieces = _BRACKET_TITLES_RE.split(body)
    parts = pieces[1:]
    if len(parts) == 1 and place is None and looks_like_names(pieces[0].strip()) and _report_place(parts[0]) is not None:
        # 【范麗玉記者 台南報導】: the name before the title, the place after it
        return agency, _report_place(parts[0]), split_names(pieces[0])
    if not parts and (place is not None or inner.endswith(BRACKET_REPORT_WORDS)) and "／" in inner.replace("/", "／"):
        writer = _SPACE_OR_DASH_RE.split(body.strip())[-1]
        if looks_like_names(writer):  # 【陳靜文／綜合報導】, 【警政時報 薛秀蓮 / 台北報導】, 【波新聞─李至文／高雄報導】
            outlet = body.strip()[: -len(writer)].strip(" \u3000─—－-")
            if agency is None and 2 <= len(outlet) <= 8:
                agency = outlet
            return agency, place, split_names(writer)
    if place is None and len(parts) == 1:
        glued = _glued_report(parts[0])
        if glued is not None:  # 【欧洲时报记者王晓明巴黎报道】: the name and the place glued before 报道
            return agency, glued[1], glued[0]
    for part in parts:
        for name in split_names(_before_next_masthead(part)):
            if name not in people:
                people.append(name)
    if place is None and not parts and agency is not None:
        place = _place_after_outlet(body)
    return agency, place, tuple(people)


_SPACE_OR_DASH_RE = regex_cache.compile(r"[ \u3000─—－\-]+")


def _report_place(part: str) -> str | None:
    """``台南報導`` after a title: the place (a short word, no name); None for anything else."""
    text = part.strip()
    for word in BRACKET_REPORT_WORDS:
        if text.endswith(word):
            place = text[: -len(word)].strip()
            known = place in CNA_PLACES or place in MAINLAND_PLACES
            return place if 2 <= len(place) <= 6 and (known or not is_personal_name(place)) else None
    return None


def _place_after_outlet(body: str) -> str | None:
    """The listed place between an outlet and its 讯 (【本報曼谷訊】, 【本报北京讯】 → 曼谷, 北京): where
    the paper's desk filed from. A word that is no listed place names none."""
    found = agency_prefix(body)
    rest = body[found[1] :] if found is not None else ""
    return rest if rest and (rest in CNA_PLACES or rest in MAINLAND_PLACES) else None


def _before_next_masthead(part: str) -> str:
    """A credit's names without the next writer's masthead glued after them (刘媛环球时报特约 in
    【环球时报驻韩国特约记者 刘媛环球时报特约记者 韩雯】 → 刘媛)."""
    text = part.strip()
    for start in range(2, len(text) - 1):
        if known_agency_prefix(text[start:]) is not None:
            return text[:start]
    return part


def _glued_report(credit: str) -> tuple[tuple[str, ...], str] | None:
    """``王晓明巴黎报道`` → the reporter and a place from the place lists; None otherwise."""
    for word in BRACKET_REPORT_WORDS:
        if credit.endswith(word) and len(credit) > len(word):
            reporters, place = _split_cna(credit[: -len(word)].strip(), "")
            city = next((place[len(country) :] for country in PLACE_COUNTRIES if place.startswith(country)), place)
            if reporters and (city in CNA_PLACES or city in MAINLAND_PLACES or place in PLACE_COUNTRIES):
                return reporters, place
            return None
    return None


@cache
def _places_longest_first() -> tuple[str, ...]:
    """The places a credit may glue to the name, longest first (a country alone too: 鍾元台灣)."""
    return tuple(sorted({*CNA_PLACES, *PLACE_COUNTRIES}, key=len, reverse=True))


def _split_cna(people: str, place: str) -> tuple[tuple[str, ...], str]:
    """中央社記者 + ``王心妤台北`` has no separator: move a known place name off the end."""
    combined = strip_title(people + place)
    for known in _places_longest_first():
        if combined.endswith(known) and len(combined) > len(known):
            head = combined[: -len(known)]
            country = next((word for word in PLACE_COUNTRIES if head.endswith(word) and len(head) > len(word)), None)
            if country is not None:  # 戴德蔓台灣台北: the country before the city is the place's
                return split_names(head[: -len(country)]), country + known
            return split_names(head), known
    cut = 3 if len(combined) >= 5 else 2
    return split_names(combined[:cut]), combined[cut:]


def _inner_bracket(raw: str) -> DatelineMatch | None:
    match = _INNER_BRACKET_RE.search(raw, 0, _KICKER_MAX + 40)
    if match is None or match.start() == 0 or match.start() > _KICKER_MAX:
        return None
    agency, place, reporters = _from_bracket(match.group("inner"))
    rest = _after_separators(raw, match.end())
    written, text = _with_separator(match.group(0), raw[match.end() : rest], raw[rest : rest + 1])
    return DatelineMatch(raw=written, text=text, shape="bracket", end=rest,
                         agency=agency, place=place, reporters=reporters,
                         region=_region(agency, place, match.group(0)), start=match.start())


# An outlet's reporter, name and place glued, opening the story before a dash or a colon
# (美国之音记者王小明华盛顿报道 — 美国国务院…): the bracketed form's shape, unbracketed.
_GLUED_LINE_RE = regex_cache.compile(
    rf"^(?P<agency>[{HAN}]{{2,8}}?)(?:记者|記者)(?P<credit>[{HAN}]{{3,14}}?(?:报道|報導|報道))[ \t\u3000]*(?=[—－:：-])")


def _glued_credit_line(raw: str) -> DatelineMatch | None:
    """``美国之音记者王小明华盛顿报道 — …``: a listed outlet's reporter and the place, told apart by
    the place lists, then the lead after the dash or colon; None for anything less sure."""
    if "报道" not in raw[:40] and "報導" not in raw[:40] and "報道" not in raw[:40]:
        return None
    match = _GLUED_LINE_RE.match(raw)
    agency = _known_agency(match.group("agency")) if match is not None else None
    glued = _glued_report(match.group("credit")) if match is not None and agency else None
    if match is None or glued is None:
        return None
    rest = _after_separators(raw, match.end())
    if len(raw) - rest < _LEAD_MIN:
        return None
    written, text = _with_separator(raw[: match.end()].rstrip(), raw[match.end() : rest], raw[rest : rest + 1])
    return DatelineMatch(raw=written, text=text, shape="glued_line", end=rest, agency=agency, place=glued[1],
                         reporters=glued[0], region=_region(agency, glued[1], raw[: match.end()]))


_LEAD_MIN = 10  # characters of story after a masthead's loose credit or a place's dash


_CREW_RE = regex_cache.compile(r"\s*、\s*[A-Z]{2,4}$")  # …、SNG: the live-broadcast crew, no person
_AND_RE = regex_cache.compile(rf"(?<=[{HAN}]{{2}})(?:及|與|与)(?=[{HAN}]{{2}})")


def _crew_off(people: str) -> str:
    """A credit's names without the crew named by its letters (記者張小媛、周威志、SNG／台北報導), and with
    及 or 與 between two names read as a list (記者王小明及李小明／台北報導) when the names read so."""
    people = _CREW_RE.sub("", people)
    if not split_names(people) and _AND_RE.search(people):
        listed = _AND_RE.sub("、", people)
        return listed if split_names(listed) else people
    return people


def _place_dash(place: str | None, raw: str, lead: int) -> bool:
    """``华盛顿 — 美国国务院星期一发表声明，…``: a known place, then a sentence, not a headline; or
    the place and its dash alone on their line, the story on the next."""
    story = raw[lead:]
    if not (place in MAINLAND_PLACES or place in CNA_PLACES):
        return False
    return not story or (len(story) >= _LEAD_MIN and any(mark in story for mark in "，。"))  # alone: the story below
_GENERIC_PLACES = ("採訪", "采访", "綜合", "综合")
# What stands before 讯 in a word of its own (快讯, 简讯, 专讯, 资讯, 通讯): never a place of a message.
_FLASH_WORD_STARTS = "快简簡专專资資通喜"
_CLOSING_MARKS = "）】〕］」』》”’，。：；、！？"
_OPENING_MARKS = "（【〔［「『《“‘(["


_LOOSE_TITLE_RE = regex_cache.compile(
    r"(?:本报|本報|本台|本网|本網)?(?:实习|實習|见习|見習|特约|特約|首席)?(?:记者|記者|通讯员|通訊員|实习生|實習生)"
)
_LOOSE_GAP_RE = regex_cache.compile(r"[ \t\u3000\u00a0、]*")
_LOOSE_TOKEN_RE = regex_cache.compile(r"[^ \t\u3000\u00a0、，,：:。]+")


def _loose_credit(raw: str, start: int) -> tuple[int, tuple[str, ...]] | None:
    """An unbracketed credit after a dateline (``记者刘凡　周昌和　任笑一　继推出…``).

    Names are whitespace-separated tokens that are personal names; the first other token
    starts the lead. Only a credit set off by a space or a comma counts: inside a 、 list or
    glued to the text (``记者从市交通委获悉``) the boundary is unknowable, so it is left alone.
    Returns (end of the credit, names) or None.
    """
    if not _LOOSE_TITLE_RE.match(raw, start):
        return None
    names: list[str] = []
    end = position = start
    after_correspondent = False
    while True:
        gap = _LOOSE_GAP_RE.match(raw, position)
        token = _LOOSE_TOKEN_RE.match(raw, gap.end() if gap else position)
        if token is None:
            break
        name = strip_title(token.group(0))
        if name and not is_personal_name(name) and not (after_correspondent and is_pen_name(name)):
            break  # 通讯员 深环宣: a press office's pen name is credited like the other correspondents
        if name:
            names.append(name)
        after_correspondent = token.group(0).endswith(("通讯员", "通訊員"))
        end = position = token.end()
    lead = _after_separators(raw, end)
    if names and not raw[end:].strip():
        return end, tuple(dict.fromkeys(names))  # 本报广州11月24日电 记者 张三 通讯员 粤工信: the credit closes the line
    if not names or lead == end or lead >= len(raw) or "、" in raw[end:lead]:
        return None
    return end, tuple(dict.fromkeys(names))


_REPORTED_CREDIT_RE = regex_cache.compile(
    rf"(?P<credit>[{HAN}]{{0,8}}?(?:记者|記者)[{HAN}、 \u3000]{{2,40}}?)\s*(?:报道|報道|報導)(?=\s*[:：，,])"
)


def _reported_credit(raw: str, start: int) -> tuple[int, tuple[str, ...]] | None:
    """``【大公報訊】記者張三報道：…`` (Hong Kong papers) · ``本报北京１２月３１日讯新华社记者胡晓梦、
    本报记者吴亚明报道：…`` (人民日报, two outlets' reporters): the reporter credit after the flash,
    closed by 报道 and a colon or comma, belongs to the dateline. Each title (记者, 通讯员) may
    follow a listed outlet; every piece between them must be names. Returns (end, names) or None."""
    match = _REPORTED_CREDIT_RE.match(raw, start)
    if match is None:
        return None
    outlet, *parts = _BRACKET_TITLES_RE.split(match.group("credit"))
    if outlet.strip() and find_agency(outlet.strip()) is None:
        return None
    names: list[str] = []
    for part in parts:
        chunk = _before_next_masthead(part).strip(" 、，,\u3000")
        if not looks_like_names(chunk):
            return None
        names.extend(split_names(chunk))
    return match.end(), tuple(dict.fromkeys(names))


_SLASHED_CREDIT_RE = regex_cache.compile(
    rf"(?:記者|记者)\s*(?P<people>[{HAN}、 ]{{2,16}}?)\s*[／/]\s*(?P<place>[{HAN}]{{2,6}}?)(?:報導|报道|報道)"
    r"(?=[ \t\u3000:：，,])")


def _slashed_credit(raw: str, start: int) -> tuple[int, tuple[str, ...], str] | None:
    """``本報訊 記者張三／馬尼拉報導 …`` (菲律賓's 世界日報, Taiwan's papers): the reporter credit after
    the flash, the place after a slash, belongs to the dateline. Returns (end, names, place)."""
    match = _SLASHED_CREDIT_RE.match(raw, start)
    if match is None or not looks_like_names(match.group("people").strip()):
        return None
    return match.end(), split_names(match.group("people")), match.group("place")


def _after_blanks(raw: str, end: int) -> int:
    while end < len(raw) and raw[end] in " \t\u3000\u00a0":
        end += 1
    return end


def _after_separators(raw: str, end: int) -> int:
    while end < len(raw) and raw[end] in DATELINE_SEPARATORS:
        end += 1
    return end


def _with_separator(dateline: str, separator: str, following: str = "") -> tuple[str, str]:
    """The dateline (raw, display text) with the mark that set it off from the lead.

    Writers print ``dateline.text + lead.text``: without the ``，`` of ``…消息，火箭…`` the
    reading copy would run the two together. The display form follows the normaliser: a
    comma or colon is full width, a dash run is ``——``, a space after a full-width mark goes,
    an ideographic space stays one, and any other space run is one space, except beside a
    full-width mark (``电 （国际观察）``), where it goes, as ``normalise`` drops it.
    """
    text = normalise(dateline)
    if not separator:
        return dateline, text
    written = dateline + separator
    if any(char in separator for char in "，,"):
        return written, text + "，"
    if any(char in separator for char in "：:"):
        return written, text + "："
    if any(char in separator for char in "—–-"):
        return written, text + "——"
    if any(char in separator for char in "|丨｜"):
        return written, text + "｜"
    if "\u3000" in separator:
        return written, text + "\u3000"  # a deliberate Chinese separator, which normalise keeps
    if not text or text[-1] in _CLOSING_MARKS or (following and following in _OPENING_MARKS):
        return written, text
    return written, text + " "


@dataclass(frozen=True, slots=True)
class _Pieces:
    agency: str | None = None
    bureau: str | None = None
    place: str | None = None
    date: str | None = None
    reporters: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()


_WRITER_TOKEN_RE = regex_cache.compile(r"[\u3400-\u9fff][\u3400-\u9fff·]{1,5}")


def _masthead_writers(people: str) -> tuple[str, ...]:
    """The writers a listed masthead's report line names between itself and the place
    (日经中文网 中村裕 东京报道): names no surname list knows (a Japanese correspondent's), each a
    short run of Han set off by spaces, none an outlet, a place or a common word (近日)."""
    tokens = tuple(token for token in re.split(r"[、\s\u3000]+", people) if token)
    if not tokens or not all(_WRITER_TOKEN_RE.fullmatch(token) and find_agency(token) is None
                             and token not in MAINLAND_PLACES and token not in CNA_PLACES
                             and not is_common_word(token) for token in tokens):
        return ()
    return tokens


def _place_report(agency: str | None, groups: dict[str, str | None]) -> _Pieces | None:
    """``记者 张三 北京报道`` / ``记者 张三 发自成都``: every token before the place is a name, and
    the place is no name (``记者 张三 李四报道`` names two reporters), unless it is a known place
    that reads like one (成都, 苏州)."""
    people = groups.get("people") or ""
    place = groups.get("sent") or groups.get("place") or ""
    reporters = split_names(people)
    if not reporters or not looks_like_names(people):
        reporters = _masthead_writers(people) if agency else ()
        if not reporters:
            return None
    camera = bool(groups.get("camera"))
    if place in _CAMERA_WORDS:
        place, camera = "", True  # 记者 张三 摄影报道: no place, the reporters took the pictures
    if is_personal_name(place) and place not in MAINLAND_PLACES and place not in CNA_PLACES:
        return None
    return _Pieces(agency=agency, place=None if not place or place in _GENERIC_PLACES else place, reporters=reporters,
                   photographers=reporters if camera else ())


_CAMERA_WORDS = ("摄影", "攝影")


def _site_word_off(place: str | None) -> str | None:
    """A place without the 网 that glues a paper's website to its name (扬子晚报网11月24日讯,
    扬子晚报网南京11月24日讯): no place opens with 网, so it belongs to the masthead."""
    if place and place[0] in "网網":
        return place[1:] or None
    return place


_CAMERA_REPORT_RE = regex_cache.compile(r"(?:记者|記者).{2,16}?(?P<camera>\s*(?:摄影|攝影))(?:报道|報導|報道|报导)$")


def _camera_off(credit: str) -> str | None:
    """A reporter's credit that says they took the pictures too (记者张三摄影报道, 記者 張三 攝影報導)
    without the camera word (记者张三报道); None for any other credit."""
    found = _CAMERA_REPORT_RE.search(credit)
    return None if found is None else credit[: found.start("camera")] + credit[found.end("camera") :]


_PAREN_REPORT_TITLE_RE = regex_cache.compile(r"(?:记者|記者|专讯|專訊|报道|報導|報道|报导)")


def _paren_report(inner: str) -> _Pieces | None:
    """``星島日報報道`` / ``大公報記者 李明`` / ``綜合報道`` in round brackets opening the lead: a
    report opener when what stands before the report word is a listed outlet, an outlet's name
    (…日報, …社), a roundup (綜合) or nothing, and the names after 記者 are names. A round
    bracket opens captions' credits (新华社记者张三摄) and notes (图文报道, 据新华社报道) too.
    The reporters of a ``记者张三摄影报道`` took the pictures too."""
    plain = _camera_off(inner)
    if plain is not None:
        pieces = _paren_report(plain)
        return None if pieces is None or not pieces.reporters else replace(pieces, photographers=pieces.reporters)
    title = _PAREN_REPORT_TITLE_RE.search(inner)
    if title is None:
        return None
    source, names = inner[: title.start()], inner[title.end() :].strip()
    glued = None
    for word in BRACKET_REPORT_WORDS:
        if names.endswith(word) and title.group(0) in ("记者", "記者"):
            glued = _glued_report(names)  # 大紀元記者陸希休士頓報導: the name and the place glued
            names = names[: -len(word)].strip()  # 本報記者陳大文報道: the names, then the report word
            break
    if names and not names.endswith(PHOTO_VERBS) and not looks_like_names(names) and glued is not None:
        if source and find_agency(source) is None:
            return None
        return _Pieces(agency=_known_agency(source), place=glued[1], reporters=glued[0])
    if names and (names.endswith(PHOTO_VERBS) or not looks_like_names(names)):
        return None
    if source and source not in GENERIC_REPORT_SOURCES and find_agency(source) is None \
            and not (2 <= len(source) <= 8 and source.endswith(MASTHEAD_SUFFIXES) and source[0] not in "据據"):
        return None
    agency, place, people = _from_bracket(inner[: title.end()] + (" " + names if names else ""))
    return _Pieces(agency=agency, place=place, reporters=people)


_HOME_TERRITORIES = {"本港": "香港", "本澳": "澳門"}
# What an outlet in brackets does when it is the sentence's subject ((某某电视台)报道称，…)
_SUBJECT_VERBS = ("报道", "報導", "報道", "称", "稱", "说", "說", "表示", "指出", "援引", "发布", "發布", "消息", "获悉", "獲悉",
                  "了解到", "瞭解到", "记者", "記者", "的")
# A flash's day inside its bracket, perhaps after the clock it is told by (【大紀元2024年11月24日訊】,
# 【新唐人北京時間2024年11月24日訊】, 【共同社11月24日电】): the outlet before it, the report word after.
_DATED_FLASH_RE = regex_cache.compile(
    rf"(?P<outlet>[^\d０-９]{{2,12}}?)(?:(?:北京|台北|臺北|香港|美東|美东|美西|當地|当地)(?:時間|时间))?\s*"
    rf"(?P<date>{DATELINE_DATE})\s*(?P<word>专电|專電|电|電|讯|訊|消息|报道|報導|報道)")


def _dated_flash(inner: str) -> tuple[str, str | None]:
    """A bracket's flash without its day, and the day (``大紀元2024年11月24日訊`` → ``大紀元訊``,
    ``2024年11月24日``); the bracket as it is and None when it holds no day before its report word.
    Where the day stayed, the outlet was no name (the bracket was 14 characters long) and the day
    was lost."""
    found = _DATED_FLASH_RE.fullmatch(inner) if any(char.isdigit() or char in "日" for char in inner) else None
    if found is None:
        return inner, None
    return found.group("outlet") + found.group("word"), found.group("date").replace(" ", "")


def _report_credit(credit: str | None) -> tuple[tuple[str, ...], str | None]:
    """The reporters and the place of a report credit in round brackets after a flash, its outlet's
    masthead, 記者, the names and the place glued before 報導 (【大紀元2024年11月24日訊】（大紀元記者張三
    紐約報導）, （記者張三／台北報導））, or ((), None): the names alone are ``_credit_people``'s."""
    if not credit or not credit.endswith(BRACKET_REPORT_WORDS) or ("记者" not in credit and "記者" not in credit):
        return (), None
    for roundup in ("综合报道", "綜合報導", "綜合報道"):
        if credit.endswith(roundup):  # （大紀元記者張三綜合報導）: a roundup, perhaps from a place (…鍾元台灣綜合報導)
            names = _BRACKET_TITLES_RE.split(credit[: -len(roundup)])[1:]
            if len(names) != 1:
                return (), None
            if looks_like_names(names[0]):
                return split_names(names[0]), None
            reporters, place = _split_cna(names[0].strip(), "")
            known = place in CNA_PLACES or place in MAINLAND_PLACES or place in PLACE_COUNTRIES
            return (reporters, place) if reporters and known else ((), None)
    _, place, people = _from_bracket(credit)
    if not people:  # （记者张三报道）: the names glued to the report word, no place
        word = next(word for word in BRACKET_REPORT_WORDS if credit.endswith(word))
        names = _BRACKET_TITLES_RE.split(credit[: -len(word)])[1:]
        if len(names) == 1 and names[0].strip() and looks_like_names(names[0].strip()):
            return split_names(names[0]), None
    return people, place if people else None


def _release(groups: dict[str, str | None]) -> _Pieces | None:
    """A press release's dateline: the wire that carried it (none for a company's own), the day,
    and the city, without the country a company names first (中国，深圳 · 中国上海 → 深圳, 上海).
    None for a day and its weekday or lunar date (（2024年11月24日，星期日）): no place."""
    place = groups.get("place") or groups.get("place2") or groups.get("place3") or groups.get("place4") or ""
    place = re.split(r"[，,、 ]+", place.strip(" ，,、"))[-1]
    if place.startswith(("星期", "周", "週", "礼拜", "禮拜", "农历", "農曆", "阴历", "陰曆")):
        return None
    if _known_agency(place) is not None or place.endswith(MASTHEAD_SUFFIXES):
        return None  # （2024年11月24日，人民日报）: a citation of a paper, no place
    if place.startswith("中国") and len(place) >= 4:
        place = place[2:]
    date = groups.get("date") or groups.get("date2") or groups.get("date3") or groups.get("date4") or ""
    wire = groups.get("agency") or groups.get("agency2")
    return _Pieces(agency=canonical_agency(wire) if wire else None, place=place or None,
                   date=date.replace(" ", "") or None)


def _pieces(shape: str, groups: dict[str, str | None]) -> _Pieces | None:
    """What one shape's named groups say; None when the match is not a dateline after all."""
    if shape in ("bracket", "paren_slash_report"):
        inner, date = _dated_flash(groups["inner"] or "")
        agency, place, people = _from_bracket(inner)
        return _Pieces(agency=agency, place=place, date=date, reporters=people)
    if shape == "paren_report":
        return _paren_report(groups["inner"] or "")
    if shape in ("newswire", "release"):
        return _release(groups)
    if shape in ("titled_after", "place_first"):
        people, place = groups.get("people") or "", groups.get("place") or ""
        if not looks_like_names(people) or (shape == "place_first" and place not in CNA_PLACES and place not in MAINLAND_PLACES):
            return None  # 台北／記者林欣漢: a listed place; the names must be names
        return _Pieces(place=None if place in _GENERIC_PLACES else place or None, reporters=split_names(people))
    if shape == "home_flash":  # 本港訊, 本澳訊: this paper, in the territory it names
        return _Pieces(agency="本報", place=_HOME_TERRITORIES[groups["home"] or ""])
    named = groups.get("agency")
    if named and named[0] in "据據" and len(named) > 2:
        named = named[1:]  # 据财联社9月26日消息: the agency is 财联社
    agency = _known_agency(named) or (canonical_agency(named) if named else None)
    place = _site_word_off(groups.get("place") or None)
    reporters: tuple[str, ...] = ()
    if shape == "cna":
        reporters, place = _split_cna(groups.get("people") or "", place or "")
    elif shape == "glued_report":
        if place is not None:  # set off by a slash: the reporter shape's, unless an outlet opens the line
            reporters = split_names(groups.get("people") or "")
            if not named or not reporters:
                return None
        else:
            reporters, place = _split_cna(groups.get("people") or "", "")
            if place not in CNA_PLACES or not reporters:
                return None  # no known place at the end: the line is something else
    elif shape in ("byline_report", "reporter"):
        reporters = split_names(_crew_off(groups.get("people") or ""))
        if not reporters and shape == "byline_report":
            # 星島日報記者張三紐約報道: the name and the place glued, told apart by the place lists
            glued = _glued_report((groups.get("people") or "").strip() + "报道")
            reporters, place = glued if glued is not None else ((), place)
        if not reporters:
            return None
    elif shape == "masthead_report" and groups.get("people"):
        reporters = split_names(groups["people"])
        if not looks_like_names(groups["people"]):
            return None
    elif shape in ("place_report", "posted_credit", "sent_from"):
        return _place_report(agency, groups)
    elif shape == "paren_flash":
        reporters = split_names(groups.get("people") or "")  # 文/观察者网 王恺雯 → 王恺雯
    if shape in ("reporter", "desk", "masthead_report") and place in _GENERIC_PLACES:
        place = None
    if shape == "message" and place and place[-1] in _FLASH_WORD_STARTS:
        place = place[:-1] or None  # 上報快訊, 新华社快讯: a flash, not a place named 快
    if shape == "desk":
        agency = None
        if place and is_personal_name(place) and place not in CNA_PLACES and place not in MAINLAND_PLACES:
            reporters, place = (place,), None  # 生活中心／張三報導 (三立): the desk's reporter, no place
    bureau = groups.get("bureau") or None
    if shape in ("message", "wire") and place and place.endswith(CHANNEL_WORDS) and not bureau:
        bureau, place = place, None  # 新京报贝壳财经讯, 中国网财经11月24日讯: the outlet's channel
    return _Pieces(agency=agency, bureau=bureau, place=place,
                   date=(groups.get("date") or "").replace(" ", "") or None, reporters=reporters,
                   photographers=split_names(groups.get("photo") or "") if groups.get("photo") else ())


# Lines whose answer is kept: the rules ask about the same line several times (the title's, the
# dateline's, the standfirst's and the story-start tests each ask of the lead), and the answer, a
# frozen DatelineMatch, depends on the line alone. The last few articles' lines are the ones asked.
_DATELINE_CACHE = 128


@lru_cache(maxsize=_DATELINE_CACHE)
def match_dateline(raw: str) -> DatelineMatch | None:
    """The dateline at the start of ``raw`` (a stripped source line), or None.

    The one exception to "at the start": a Taiwanese reporter bracket after a short kicker.
    """
    offset = len(raw) - len(raw.lstrip(_LEADING_MARKS))
    first = raw[offset : offset + 1]
    present = _present_words(raw)  # each word looked for once, not once a shape
    for shape, needs, openers in _shape_table() if present else ():  # every shape needs a word: most lines hold none
        if (openers and first not in openers) or present.isdisjoint(needs):
            continue
        match = _shape_re(shape).match(raw, offset)
        if match is None:
            continue
        groups = match.groupdict()
        pieces = _pieces(shape, groups)
        if pieces is None:
            continue
        if shape in ("message", "flash") and not pieces.date and _known_agency(pieces.agency) is None \
                and not _paper_flash(pieces.agency, raw, match.end()) \
                and not (shape in ("flash", "message") and _credit_people(groups.get("credit"))):
            continue  # "某某网消息" from an unknown name is too weak; 某某報訊（記者 X）, 荆楚网消息（记者 X） name their reporter
        if shape == "paren_agency" and _known_agency(pieces.agency) is None \
                and raw[_after_blanks(raw, match.end()) :].startswith(_SUBJECT_VERBS):
            continue  # （柏林电视台）报道称，…: an outlet we do not list is the sentence's subject, no opener
        if shape == "bracket_agency" and pieces.agency and pieces.agency.endswith(REPORT_COLUMN_ENDINGS) \
                and _known_agency(pieces.agency) is None:
            continue  # 【路况快报】今天上午…: a column's tag over the lead, no outlet (现代快报 is one)
        if shape == "source_flash" and pieces.agency in THIS_PAPER:
            continue  # 本报获悉，…: the paper learnt it, a sentence of the story's, no opener
        if shape == "wire" and not _known_agency(pieces.agency) and (
                (pieces.place and len(pieces.place) > 6) or groups.get("report") or groups.get("dash") is not None):
            continue  # 美国国防部官网8月31日报道: only a known masthead's 报道 is a dateline (参考消息网…报道)
        credit = groups.get("credit")
        camera = _camera_off(credit) if credit and ("摄" in credit or "攝" in credit) else None
        credit = camera or credit  # 本报讯（记者张三摄影报道）: the reporters took the pictures
        people = _credit_people(credit)
        if credit:  # （大紀元記者張三紐約報導） after the flash: its reporters and where they filed from
            credited, credited_place = _report_credit(credit)
            people = people or credited
            if credited and credited_place and pieces.place is None:
                pieces = replace(pieces, place=credited_place)
        if shape == "place_wire" and not people:
            continue  # 北京12月5日电（图） · a place and a day before a bracket naming no reporter: no dateline
        end = match.end()
        if credit and not people and raw[_after_blanks(raw, end) : _after_blanks(raw, end) + 1] in (":", "："):
            pass  # 央视网消息（新闻联播）：the programme the report came from, part of the dateline
        elif credit and not people:
            # The bracket is a column name (（国际观察）), not a credit: it stays in the lead.
            end = match.start("credit") - 1
            while end > 0 and raw[end - 1].isspace():
                end -= 1
        dateline_raw = raw[offset:end].strip()
        if not dateline_raw:
            continue
        rest = _after_separators(raw, end)
        loose = _reported_credit(raw, rest) if not people and not pieces.reporters else None
        if loose is None and not people and not pieces.reporters and shape in ("flash", "message"):
            slashed = _slashed_credit(raw, rest)
            if slashed is not None:  # 本報訊 記者張三／馬尼拉報導 …: the reporter and where from
                loose = slashed[:2]
                pieces = replace(pieces, place=pieces.place or slashed[2])
        if loose is None and not people and shape in ("flash", "message", "wire", "masthead_credit"):
            loose = _loose_credit(raw, rest)
        if shape == "place_dash" and not _place_dash(pieces.place, raw, _after_separators(raw, end)):
            continue
        if shape == "masthead_credit" and (loose is None or len(raw) - _after_separators(raw, loose[0]) < _LEAD_MIN):
            continue  # 经济观察网 记者 张三 then the story; 新华社 记者 张三 摄 is a photo credit
        if shape == "masthead_credit" and offset == 0 and raw[match.end() : match.end() + 1] in "记記":
            continue  # 新华社记者 张三 近日…: unmarked and glued, a sentence as often as a credit
        if loose is not None:
            end, people = loose  # 南都讯　记者刘凡　周昌和　继推出…: the credit belongs to the dateline
            dateline_raw = raw[offset:end].strip()
            rest = _after_separators(raw, end)
        written, text = _with_separator(dateline_raw, raw[end:rest], raw[rest : rest + 1])
        if loose is not None and rest >= len(raw):
            text += " "  # the credit closing its line: a space before the lead, not 粤工信今年以来
        return DatelineMatch(
            raw=written,
            text=text,
            shape=shape,
            end=rest,
            agency=pieces.agency,
            bureau=pieces.bureau,
            place=pieces.place,
            date=pieces.date,
            reporters=tuple(dict.fromkeys((*pieces.reporters, *people))),
            photographers=pieces.photographers or (people if camera else ()),
            region=_region(pieces.agency, pieces.place, dateline_raw),
            stamp=groups.get("stamp") or None,
        )
    return _inner_bracket(raw) or _after_bracketed_headline(raw) or _glued_credit_line(raw)


_BRACKETED_HEADLINE_RE = regex_cache.compile(r"【[^【】]{2,60}】[ \t\u3000]*")


def _after_bracketed_headline(raw: str) -> DatelineMatch | None:
    """``【国家统计局：…】财联社11月24日电，…`` (a wire flash, a 7x24 telegraph): the headline in
    brackets opens the paragraph and the dateline follows it; the headline stays with the lead."""
    head = _BRACKETED_HEADLINE_RE.match(raw) if raw[:1] == "【" else None
    if head is None:
        return None
    found = match_dateline(raw[head.end() :])
    if found is None or found.start or found.shape in ("bracket", "bracket_agency"):
        return None
    return replace(found, end=found.end + head.end(), start=head.end())
