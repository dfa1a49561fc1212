"""Facts a saved news page states outside its body: ``<meta>``, JSON-LD, the visible info line.

Pages say the same thing in several places and each place lies sometimes: ``<title>`` carries
the site name, ``<meta author>`` holds a CMS user id, a ``<meta charset>`` names gb2312 on a
UTF-8 file. So every fact is collected from all places, strongest first, and each candidate is
checked for shape (a time must parse, an author must look like a personal name) before it wins.
Nothing here knows news conventions beyond recognising these labels; mapping a 来源 to an agency
short name is the news layer's job.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from html import unescape
from typing import TYPE_CHECKING

from .. import regex_cache
from ..structure.patterns import CREDIT_LABELS
from ..structure.people import latin_names

if TYPE_CHECKING:  # annotations only: the JSON reader uses this module without parsing any HTML
    from lxml import html as lxml_html

# A charset the page states: <meta charset> or http-equiv, an XHTML page's XML declaration, or
# the Content-Type header a crawler saved above the markup (HTTP/1.1 200 OK, headers, a blank line).
_CHARSET_RE = regex_cache.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)"""
    rb"""|^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-]+)"""
    rb"""|^content-type:[^\r\n<]*charset\s*=\s*["']?([A-Za-z0-9_\-]+)""",
    re.IGNORECASE | re.MULTILINE)
_HEADERS_END_RE = regex_cache.compile(rb"\r?\n\r?\n")
_XML_DECL_RE = regex_cache.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta charset>`` or http-equiv, the
    XML declaration, a saved Content-Type header); the first one wins, and the bytes may still
    overrule it (sources.decode)."""
    match = _CHARSET_RE.search(data[:8192])
    if match is None:
        return None
    if match.group(3) is not None and not _in_saved_headers(data, match.start()):
        return None  # a Content-Type line in the text, not a header block above the page
    label = match.group(1) or match.group(2) or match.group(3)
    return label.decode("ascii", "replace")


def _in_saved_headers(data: bytes, position: int) -> bool:
    """Whether ``position`` lies in a block of HTTP headers that opens the file."""
    if not data.lstrip()[:5].upper().startswith((b"HTTP/", b"CONTE")):
        return False
    end = _HEADERS_END_RE.search(data, 0, 8192)
    return end is not None and position < end.start()


def page_in_utf8(payload: bytes, charset: str | None) -> bytes:
    """A page a container labels (an MHTML part's or an HTTP response's ``charset``) as UTF-8
    bytes that say so first, when the label decodes it: the ``<meta>`` inside may still name the
    charset the site once served it in. A label that fails leaves the bytes to our detection."""
    from ..sources import canonical_codec

    codec = canonical_codec(charset)  # gb2312 is read as GB18030, as everywhere
    if codec is None:
        return payload
    try:
        text = payload.decode(codec)
    except UnicodeDecodeError:
        return payload
    return ('<meta charset="utf-8">' + text.lstrip("\ufeff")).encode("utf-8")


def strip_xml_declaration(text: str) -> str:
    """lxml refuses a ``str`` that still names its byte encoding; we decoded it already."""
    return _XML_DECL_RE.sub("", text, count=1)


# --- times -----------------------------------------------------------------------------------

_DATE_RE = regex_cache.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[\sT-]*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2})(?:\.\d{1,9})?)?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?"
)


def normalise_time(value: str | None) -> str | None:
    """ISO 8601 (``2019-12-10``, ``2019-12-10T08:30``, offset kept) from the first date in ``value``.

    What the plain year-month-day reading misses or misreads, the news rules' time parser
    reads (``structure.timeparse``): a Minguo year (民國115年12月7日, 115/12/07), a weekday or a
    half of the day before the time (2026年12月7日 週一 下午2:30), a 12-hour clock (08:30 PM).
    """
    if not value:
        return None
    iso = _plain_time(value)
    if iso is None or len(iso) == 10 or _TWELVE_HOUR_RE.search(value):
        from ..structure.timeparse import parse_datetime  # only for the shapes the plain reading misses

        better = parse_datetime(value)
        if better is None or iso is None:
            return better
        if better[:10] == iso[:10] and len(better) > 10 and better[:16] != iso[:16]:
            zone = _ISO_ZONE_RE.search(iso)
            return better if zone is None or _ISO_ZONE_RE.search(better) else better + zone.group()
    return iso


_ISO_ZONE_RE = regex_cache.compile(r"[+-]\d{2}:\d{2}$")


# A half of the day written beside a time: 下午2:30, 08:30 PM (a 24-hour reading gets it wrong).
_TWELVE_HOUR_RE = regex_cache.compile(r"上午|下午|中午|晚上|晚間|晚间|凌晨|早上|傍晚|\d\s?[AaPp]\.?[Mm]\b")


def _plain_time(value: str) -> str | None:
    """ISO 8601 of the first year-month-day (and time, and zone) in ``value``."""
    match = _DATE_RE.search(value.translate(_FULLWIDTH_DIGITS))
    if not match:
        return None
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if match["H"] is not None:
        hour, minute = int(match["H"]), int(match["M"])
        if hour > 23 or minute > 59:
            return out
        out += f"T{hour:02d}:{minute:02d}"
        if match["S"] is not None and match["S"] != "00":
            out += f":{int(match['S']):02d}"
        tz = match["tz"]
        if tz:
            out += "+00:00" if tz == "Z" else (tz if ":" in tz else f"{tz[:3]}:{tz[3:]}")
        else:
            out += _zone_after(value.translate(_FULLWIDTH_DIGITS)[match.end():])
    return out


# A zone written after the time (自由亚洲电台's 2024.01.02 10:11 EST, BBC's 10:11 GMT, 10:11 UTC+8,
# 10:11 +0800, never the end of a range such as 10:00-12:00): the offset it names. CST is left alone: China's and the American Central time
# share it.
_ZONE_AFTER_RE = regex_cache.compile(
    r"\s*(?:(?P<utc>UTC|GMT)\s*(?P<off>[+\-−]\d{1,2}(?::?\d{2})?)?|(?P<name>EST|EDT|PST|PDT|MST|MDT|HKT|SGT|JST|BST|CET|CEST)"
    r"|(?<=\s)(?P<num>[+\-](?:0\d|1[0-4])[0-5]\d))(?![A-Za-z0-9:])")
_NAMED_ZONES = {"EST": "-05:00", "EDT": "-04:00", "PST": "-08:00", "PDT": "-07:00", "MST": "-07:00", "MDT": "-06:00",
                "HKT": "+08:00", "SGT": "+08:00", "JST": "+09:00", "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00"}


def _zone_after(rest: str) -> str:
    """The ISO 8601 offset of a zone written right after a time, or "" when none is."""
    match = _ZONE_AFTER_RE.match(rest)
    if match is None:
        return ""
    if match["name"]:
        return _NAMED_ZONES[match["name"]]
    written = match["off"] or match["num"]
    if not written:
        return "+00:00"
    sign = "-" if written[0] in "-−" else "+"
    digits = written[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    if int(hours) > 14 or int(minutes) > 59:
        return ""
    return f"{sign}{int(hours):02d}:{minutes}"


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９：", "0123456789:")

# <meta> names/properties that carry the publication time, strongest first (compared lower-case,
# stripped: ifeng writes name="og:time ").
_TIME_META = (
    "article:published_time",
    "og:article:published_time",
    "og:release_date",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "publishtime",
    "firstpublishedtime",
    "og:time",
    "dc.date",
    "dc.date.issued",
    "dcterms.issued",  # Dublin Core terms: BBC's pages state the time only here
    "dcterms.created",
    "dcterms.date",
    "weibo: article:create_at",
    "apub:time",
    "dateupdate",
)
_SOURCE_META = ("source", "contentsource", "article:source", "og:article:source", "mediaid")
_KEYWORD_META = ("keywords", "news_keywords")
_URL_META = ("og:url",)
_TITLE_META = ("og:title", "twitter:title", "title")
_AUTHOR_META = ("article:author", "author", "og:article:author", "byline")


# --- names -----------------------------------------------------------------------------------

# A personal name: 2-4 Han characters (a middle dot for transliterations, or FT中文网's bullet: 克莱尔•琼斯),
# nothing organisational.
_PERSON_RE = regex_cache.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}[·•・][\u4e00-\u9fff]{1,8}$")
_ORG_ENDINGS = ("网", "社", "报", "台", "团", "刊", "站", "部", "局", "委", "会", "院", "厅", "办", "处", "号",
                "網", "報", "臺", "團", "會", "廳", "辦", "處", "號", "頻道", "新聞", "日報", "報導", "报道",
                "频道", "新闻", "日报", "客户端", "官网", "中心", "公司", "集团", "编辑", "編輯", "中心")
_NOT_NAMES = {"记者", "作者", "编辑", "责编", "通讯员", "实习生", "本报", "原创", "综合", "来源", "佚名", "未知", "admin",
              "記者", "編輯", "責編", "通訊員", "實習生", "本報", "綜合", "來源", "不詳", "不详"}


# A place or a desk (常州市, 秦都区, 黄村镇, 管理员, 办公室) filling a CMS's author field: three
# characters or more ending in a division or a post no given name ends with.
_PLACE_OR_DESK_ENDINGS = ("市", "区", "區", "县", "縣", "镇", "鎮", "乡", "鄉", "员", "員", "室")


# What a label says about the writer (作者简介, 作者介绍, 作者单位, 记者简历): 简 and 单 are surnames, but
# 简介 or 作者单位 is a label over a note, never a name.
ABOUT_WRITER_WORDS = ("简介", "簡介", "介绍", "介紹", "单位", "單位", "简历", "簡歷", "档案", "檔案")


def is_person_name(value: str) -> bool:
    """True for what reads as a Chinese personal name, not an outlet, role, place or CMS id."""
    value = value.strip()
    if value in _NOT_NAMES or not _PERSON_RE.match(value) or value.endswith(ABOUT_WRITER_WORDS):
        return False
    return not value.endswith(_ORG_ENDINGS) and not (len(value) >= 3 and value.endswith(_PLACE_OR_DESK_ENDINGS))


def is_organisation(value: str) -> bool:
    """A short name that ends like an outlet or body (``中国青年报``, ``新华社``, ``北京日报``)."""
    value = value.strip()
    return 2 <= len(value) <= 16 and re.search(r"[\u3400-\u9fff]", value) is not None and value.endswith(_ORG_ENDINGS)


_NAME_SPLIT_RE = regex_cache.compile(r"[\s,，、;；/／|_]+")


def person_names(value: str) -> tuple[str, ...]:
    """The personal names in a credit such as ``记者 段彦超 廖艳`` or ``文/图 刘玺东 易赛楠``, or a
    writer's Latin names (``Nick Timiraos``, a foreign paper's Chinese edition's meta author)."""
    latin = latin_names(value)
    if latin:
        return latin
    value = re.sub(r"(?:本报|本台|本网|本報|本網)?(?:记者|記者|作者|通讯员|通訊員|实习生|實習生|文/图|文／图|文/圖|文／圖|摄影|攝影|摄|攝|文|图|圖)"
                   r"\s*[:：/／]?", " ", value)
    names = [part for part in _NAME_SPLIT_RE.split(value) if part]
    return tuple(dict.fromkeys(name for name in names if is_person_name(name)))


# --- visible info lines ----------------------------------------------------------------------

_SOURCE_LABEL_RE = regex_cache.compile(
    r"(?<!资料)(?<!图片)(?<!数据)(?<!图)(?<!資料)(?<!圖片)(?<!數據)(?<!圖)"
    r"(?:信息来源|文章来源|稿件来源|新闻来源|来源于|来源|來源|稿源|出处|出處|Source)\s*[:：|丨]?\s*")
_FIELD_END_RE = regex_cache.compile(
    r"\s{2,}|\s(?=\S*\s*[:：])|[|丨│]|(?:作者|记者|記者|编辑|編輯|责任编辑|責任編輯|责编|責編|发布时间|發布時間|發佈時間|"
    r"发布日期|發布日期|时间|時間|日期|浏览|瀏覽|点击|點擊|阅读|閱讀|字号|字號|分享|打印)"
    r"\s*[:：]|\s*(?:19|20)\d{2}\s*[-年/.]"
    # 来源：某某日报 微信号 mouribao: the account's id after the source is furniture
    r"|\s+(?:微信号|微信號|微信ID|微信id)"
    # 文/王明 图/李华 审核/张强: a school or a desk sets each credit's label off with a slash, and
    # the next label ends the writer's names
    r"|\s(?=[\u4e00-\u9fff]{1,2}\s*[/／]\s*[\u4e00-\u9fff])"
)
# 作者 魏星 with a space only as a field of a ``|`` line (发表于 … | 来源 CSDN | 作者 魏星).
_AUTHOR_LABEL_RE = regex_cache.compile(r"(?:作者|记者|記者|撰文|文)\s*[:：/／]\s*|(?:^|[|丨│]\s*)(?:作者|记者|記者)\s+(?=\S)")
_EDITOR_RE = regex_cache.compile(r"(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：|丨]\s*([^\s\]】）)]{2,}(?:\s[^\s\]】）)]{2,4})*)")

_INFO_LABELS = ("来源于", "来源", "來源", "发布时间", "發布時間", "發佈時間", "发布日期", "發布日期", "时间", "時間", "日期",
                "作者", "编辑", "編輯", "字号", "字號", "浏览", "瀏覽", "点击", "點擊", "稿源", "更新")


def field_after(label_re: re.Pattern[str], text: str) -> str | None:
    """The value after a label (``来源：新华社 2019-…`` → ``新华社``), cut at the next field."""
    match = label_re.search(text)
    if not match:
        return None
    rest = text[match.end():].strip()
    end = _FIELD_END_RE.search(rest)
    value = (rest[: end.start()] if end else rest).strip(" \t:：,，;；")
    return value or None


_TRAILING_WIDGET_RE = regex_cache.compile(r"\s+(?:举报|舉報|分享|打印|收藏|纠错|糾錯)$")


def source_from_text(text: str) -> str | None:
    value = field_after(_SOURCE_LABEL_RE, text)
    if value is None:
        return None
    value = re.sub(r"\s*(?:原创稿|原创|转载|综合)$", "", value).strip(" 　)）】]")
    value = _TRAILING_WIDGET_RE.sub("", value)  # 来源: 新京报 举报 (网易's report button beside the source)
    return value if 1 < len(value) <= 40 else None


# A 来源 that names no outlet: 网络 ("from the internet"), 网友 (a reader), 未知.
_NO_OUTLET = frozenset(("网络", "網絡", "網路", "互联网", "互聯網", "网络整理", "網絡整理", "網路整理", "网上", "網上",
                        "网友", "網友", "网友投稿", "未知", "不详", "不詳", "佚名", "其他", "其它"))
# A 来源 that names the page's own site: 本站 (原创), 本网, 本台.
_SELF_SOURCE = frozenset(("本站", "本网", "本網", "本台", "本臺", "本平台", "本号", "本號"))


def outlet(source: str | None, site: str | None) -> str | None:
    """The outlet a 来源 names: the site itself for 本站/本网, none for 网络 or 网友, else itself."""
    if source is None or source in _NO_OUTLET:
        return None
    return site if source in _SELF_SOURCE else source


def authors_from_text(text: str) -> tuple[str, ...]:
    value = field_after(_AUTHOR_LABEL_RE, text)
    return person_names(value) if value else ()


# Desk credits ending in 编辑 (版面编辑：王小红 beside 责任编辑：李大力): the page's, the pictures' or the
# film's editor, a credit as the text reading has it (``patterns.CREDIT_LABELS``), not the story's editor.
_CREDIT_EDITORS = tuple(label[:-2] for label in CREDIT_LABELS if label.endswith(("编辑", "編輯")))


def editors_from_text(text: str) -> tuple[str, ...]:
    names: list[str] = []
    at = 0
    while (match := _EDITOR_RE.search(text, at)) is not None:
        at = match.end()
        if text[max(0, match.start() - 2):match.start()] in _CREDIT_EDITORS:
            at = match.start(1)  # 版面编辑：… is a credit; a label among its names is looked at still
            continue
        names.extend(person_names(match.group(1)))
    return tuple(dict.fromkeys(names))


def is_info_line(text: str) -> bool:
    """A short line of page facts (``2019-08-13 14:07 来源：澎湃新闻``), not body prose."""
    stripped = text.strip()
    if not stripped or len(stripped) > 120:
        return False
    has_time = _DATE_RE.search(stripped.translate(_FULLWIDTH_DIGITS)) is not None
    # a label's pattern is asked only of a line holding the label (a substring test in C): most
    # lines hold none, and each pattern is otherwise looked up, or compiled, for every line
    labels = sum(1 for label in _INFO_LABELS if label in stripped and re.search(label + r"\s*[:：]", stripped))
    if labels >= 2 or (has_time and labels >= 1):
        return True
    if has_time and len(re.sub(r"[\s\d\-:/.年月日时分秒T]", "", stripped)) <= 6:
        return True  # a bare date line
    if has_time and _fielded(stripped):
        return True  # 发表于 2014-08-24 21:30 | 1164次阅读 | 来源 CSDN | 作者 魏星
    return labels == 1 and re.match(r"^\s*[\[【（(]?\s*\S{0,4}(?:" + "|".join(_INFO_LABELS) + r")\s*[:：]", stripped) is not None \
        and not re.search(r"责任编辑|責任編輯", stripped) and not stripped.startswith(("编辑", "編輯"))


_FIELD_BAR_RE = regex_cache.compile(r"\s*[|丨│]\s*")


def _fielded(text: str) -> bool:
    """Three or more short fields between bars: a CMS's info strip, not a sentence."""
    fields = _FIELD_BAR_RE.split(text)
    return len(fields) >= 3 and all(0 < len(field) <= 24 for field in fields)


# --- the page --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Everything the page says about the article outside its body, each None when unsaid."""

    title_tag: str | None = None
    og_title: str | None = None
    h1: tuple[str, ...] = ()
    ld_headline: str | None = None
    published: str | None = None  # ISO 8601, from <meta> or JSON-LD
    source: str | None = None
    authors: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    url: str | None = None
    language: str | None = None  # zh-Hans | zh-Hant
    region: str | None = None  # TW | HK | CN
    figcaptions: tuple[str, ...] = ()
    site: str | None = None  # the site's own name: the agency of last resort
    # A WeChat post's official account (its site): the outlet of last resort, after any 来源 line
    # or byline the post's text holds (a reposting account names the source it took the post from).
    account: str | None = None
    # A heading on the page (<h2>-<h4>, class "title") whose text opens <title> and is followed
    # there only by a separator and a short tail: the headline, the tail the site's name.
    tag_heading: str | None = None
    # The deck (副题) a print paper's page sets in an <h2> right under the <h1> (人民日报's and
    # 光明日报's digital editions): the subtitle.
    deck: str | None = None
    # The kicker (引题) a print paper's page sets in the heading right above the <h1>, or its
    # CMS states in the page's enpproperty comment: Meta.kicker.
    kicker: str | None = None
    # A government website's page (``_government_site``): its <meta name="author"> is the CMS user
    # who posted the page, the 责任编辑 gov.cn shows, not who wrote the article.
    government: bool = False
    # The summary a page sets under its headline in an element of its own (端传媒's <p class="lead">,
    # 界面's <div class="article-sub">): ``_standfirst``'s; the reader checks it stands above the body.
    standfirst: str | None = None
    # The headline a page shows in a title-classed element when its <title> is only the site's name
    # (学习强国's <title>学习强国</title> over <div class="render-detail-title">…</div>).
    shown_headline: str | None = None


def _text(element: lxml_html.HtmlElement) -> str:
    return " ".join("".join(element.itertext()).split())


# A "keyword" longer than this, or with sentence punctuation, is a headline pasted into the field.
_MAX_KEYWORD_CHARS = 12
# (< = >: a template's broken attribute, content="<meta name=", is markup, not keywords)
_PUNCTUATION_RE = regex_cache.compile(r"[：:。！？!?（）()《》“”\"<>=]")


def _metas(tree: lxml_html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = content
    return found


def _first(metas: dict[str, str], names: Iterable[str]) -> str | None:
    for name in names:
        if metas.get(name):
            return metas[name]
    return None


def _json_ld_articles(tree: lxml_html.HtmlElement) -> Iterator[dict[str, object]]:
    for script in tree.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):  # RecursionError: nested past the parser's stack
            continue
        stack: list[object] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                    yield item
                if "@graph" in item:
                    stack.append(item["@graph"])


def _ld_names(value: object, depth: int = 0, *, organisations: bool = False) -> list[str]:
    """The names an author value gives: people's only (an Organization as author is the outlet, DW's
    and RFI's ``"author": {"@type": "Organization", "name": "Deutsche Welle"}``), or, with
    ``organisations``, only those."""
    if isinstance(value, str):
        return [] if organisations else [value]
    if depth > 16:  # an author is a name, a Person, or a list of them, not a tower of objects
        return []
    if isinstance(value, dict):
        kind = value.get("@type")
        organisation = isinstance(kind, str) and kind.endswith("Organization")
        if organisation != organisations:
            return []
        return [value["name"]] if isinstance(value.get("name"), str) else []
    if isinstance(value, list):
        return [name for item in value for name in _ld_names(item, depth + 1, organisations=organisations)]
    return []


def _article_tags(tree: lxml_html.HtmlElement) -> str:
    """The page's ``<meta property="article:tag">``s (Open Graph's article tags, one a meta: 公视,
    many WordPress sites), joined as a keywords meta is, when it has no keywords meta."""
    tags = [(meta.get("content") or "").strip() for meta in tree.iter("meta")
            if (meta.get("property") or meta.get("name") or "").strip().lower() == "article:tag"]
    return ",".join(tag for tag in tags if tag)


# The box of the article's tags the page shows (今日头条's <div class="article-tag">, 知乎's TopicList,
# many CMSs' <div class="tags">标签：<a>…</a></div>): by its class or id word.
_TAG_BOX_RE = regex_cache.compile(
    r"^(?:(?:article|news|post|keyword)[-_]?)?(?:tags?|tag[-_]?list|tag[-_]?box|keywords?|topics?|topic[-_]?list)$",
    re.IGNORECASE)
# What a tag box says besides its tags: its label (标签：, 关键词, Tags:), nothing else.
_TAG_LABEL_RE = regex_cache.compile(r"^\s*(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字|话题|話題|Tags?|Keywords?)?\s*[:：]?\s*$",
                                    re.IGNORECASE)
_TAG_MAX = 10
_TAG_CHARS = 12


def _tag_row(tree: lxml_html.HtmlElement) -> str:
    """The tags the page shows in a box of links of their own (``<div class="article-tag"><a>汽车</a>
    <a>出口</a></div>``), joined as a keywords meta is, when it states no keywords otherwise. Only a
    box of short links and at most its label: a sidebar's 热门标签 under its heading, a menu or a
    footer is no article's tags."""
    for element in tree.xpath('//*[@class or @id][not(ancestor-or-self::nav or ancestor-or-self::footer'
                              ' or ancestor-or-self::aside)]'):
        words = f"{element.get('class') or ''} {element.get('id') or ''}".split()
        if not any(_TAG_BOX_RE.match(word) for word in words):
            continue
        links = element.xpath(".//a")
        texts = [_text(link) for link in links]
        if not 0 < len(links) <= _TAG_MAX or not all(0 < len(text) <= _TAG_CHARS for text in texts) \
                or any(_PUNCTUATION_RE.search(text) for text in texts):
            continue
        rest = _text(element)
        for text in texts:
            rest = rest.replace(text, "", 1)
        if _TAG_LABEL_RE.match(rest.replace("#", "")):
            return ",".join(text.lstrip("#") for text in texts)
    return ""


def _ld_keywords(value: object) -> str:
    """JSON-LD's ``keywords`` (a comma-separated text or a list of them) as a keywords meta's text."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ",".join(item for item in value if isinstance(item, str))
    return ""


def _language(tree: lxml_html.HtmlElement, metas: dict[str, str]) -> tuple[str | None, str | None]:
    value = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
             or metas.get("content-language") or metas.get("language") or "").strip().lower()
    if not value.startswith("zh"):
        return None, None
    if any(mark in value for mark in ("hant", "-tw", "-hk", "-mo", "_tw", "_hk", "_mo")):
        return "zh-Hant", ("MO" if ("-mo" in value or "_mo" in value) else "HK" if "hk" in value else "TW")
    for mark, region in (("-sg", "SG"), ("_sg", "SG"), ("-my", "MY"), ("_my", "MY")):
        if mark in value:
            return "zh-Hans", region
    if any(mark in value for mark in ("hans", "-cn", "_cn")):
        return "zh-Hans", "CN"
    return None, None


# Where a browser or extension saved the page from, in a comment it writes at the top: the "mark of
# the web" of Chrome's, Edge's and Internet Explorer's "Webpage, complete" (<!-- saved from
# url=(0054)https://… -->) and SingleFile's note (<!-- Page saved with SingleFile url: https://… -->).
_SAVED_FROM_RE = regex_cache.compile(
    r"saved from url=\(\d+\)(?P<motw>https?://\S+)|Page saved with SingleFile\s+url:\s*(?P<single>https?://\S+)")
_SAVED_FROM_COMMENTS = 8  # the comments asked: the note is among the first few of the page


def _saved_from(tree: lxml_html.HtmlElement) -> str | None:
    """The address the page was saved from, as the saving tool noted it in a comment; None without."""
    comments = [*reversed(list(tree.itersiblings(preceding=True))),
                *tree.xpath(f"(//comment())[position() <= {_SAVED_FROM_COMMENTS}]")]
    for comment in comments[:_SAVED_FROM_COMMENTS]:
        if not isinstance(comment.tag, str) and "saved" in (comment.text or "").lower():  # comments' tag is a function
            found = _SAVED_FROM_RE.search(comment.text or "")
            if found:
                return found.group("motw") or found.group("single")
    return None


def read_page_meta(tree: lxml_html.HtmlElement) -> PageMeta:
    """Collect the page's own statements about its article (no body text involved)."""
    metas = _metas(tree)
    title_elements = tree.xpath("//title")
    title_tag = _text(title_elements[0]) if title_elements else None
    h1 = tuple(text for text in (_text(el) for el in tree.iter("h1")) if text)
    cell = _headline_cell(tree) if next(tree.iter("h1"), None) is None else None
    if cell is not None and not h1:
        h1 = (_text(cell),) if _text(cell) else ()
    tag_heading = _heading_opening_title(tree, title_tag) if title_tag else None
    ld_headline: str | None = None
    ld_published: str | None = None
    ld_authors: list[str] = []
    ld_outlets: list[str] = []  # organisations named as author or publisher: never a person's name
    ld_keywords: object = None
    for article in _json_ld_articles(tree):
        # A script's text is never entity-decoded, yet some CMSs escape the JSON they write into it
        # (中時's "2018-09-16T15:31:57&#x2B;08:00" lost its zone): the values are unescaped here.
        headline = article.get("headline")
        if ld_headline is None and isinstance(headline, str):
            ld_headline = unescape(headline)
        if ld_published is None and isinstance(article.get("datePublished"), str):
            ld_published = normalise_time(unescape(article["datePublished"]))  # type: ignore[arg-type]
        ld_authors.extend(unescape(name) for name in _ld_names(article.get("author")))
        ld_outlets.extend(_ld_names([article.get("author"), article.get("publisher")], organisations=True))
        ld_keywords = ld_keywords or article.get("keywords")
    published = ld_published
    if published is None:
        for name in _TIME_META:
            published = normalise_time(metas.get(name))
            if published:
                break
    if published is None:
        published = _marked_up_time(tree)
    raw_source = _first(metas, _SOURCE_META)
    source = None
    if raw_source:
        source = source_from_text(raw_source) if _SOURCE_LABEL_RE.search(raw_source) else raw_source.strip()
        source = re.sub(r"\s*(?:原创稿|原创|转载)$", "", source or "").strip() or None
    # <meta author> often names the portal (网易, chinanews): a name the page uses for itself is no author.
    own_names = " ".join(filter(None, (title_tag, metas.get("og:site_name"), metas.get("copyright"), *ld_outlets)))
    authors: list[str] = []
    for value in [*ld_authors, *(metas.get(name, "") for name in _AUTHOR_META), *_marked_up_authors(tree)]:
        authors.extend(name for name in person_names(value) if not _names_the_site(name, own_names))
    keywords_raw = _first(metas, _KEYWORD_META) or _article_tags(tree) or _ld_keywords(ld_keywords) or _tag_row(tree)
    keywords = tuple(dict.fromkeys(k for k in re.split(r"[,，;；|、\s]+", keywords_raw)
                                   if 0 < len(k) <= _MAX_KEYWORD_CHARS and not _PUNCTUATION_RE.search(k)))
    url = _first(metas, _URL_META)
    if url is None:
        canonical = tree.xpath('//link[translate(@rel, "CANONICAL", "canonical")="canonical"]/@href')
        url = canonical[0].strip() if canonical else None
    if url is None or not url.startswith(("http://", "https://")):
        url = _saved_from(tree) or url
    language, region = _language(tree, metas)
    site = _site_name(metas, title_tag, tag_heading)
    keywords = _article_keywords(keywords, site, title_tag)
    figcaptions = tuple(dict.fromkeys([*(text for el in caption_elements(tree) for text in _caption_texts(el) if text),
                                       *_alt_captions(tree, title_tag), *_centred_captions(tree)]))
    return PageMeta(
        title_tag=title_tag or None,
        og_title=_first(metas, _TITLE_META),
        h1=h1,
        ld_headline=ld_headline,
        published=published,
        source=source,
        authors=tuple(dict.fromkeys(authors)),
        keywords=keywords,
        url=url if url and url.startswith(("http://", "https://")) else None,
        language=language,
        region=region,
        figcaptions=figcaptions,
        site=site,
        tag_heading=tag_heading,
        deck=_deck(tree) or _cell_stack_line(cell, above=False) or _cms_field(tree, "subtitle"),
        kicker=_kicker(tree) or _cell_stack_line(cell, above=True) or _cms_field(tree, "introtitle"),
        government=_government_site(tree, metas, url, site),
        standfirst=_standfirst(tree),
        shown_headline=_shown_headline(tree, title_tag) if title_tag and not h1 and not tag_heading else None,
    )


# A government website's name (中国政府网, 山西省人民政府门户网站, 某市人民政府网站) and address (.gov.cn).
_GOVERNMENT_SITE_RE = regex_cache.compile(r"(?:政府|政府门户|政府門戶)(?:网站|網站|网|網)?$")
_GOVERNMENT_HOST_RE = regex_cache.compile(r"^(?:https?://)?[^/\s]*\.gov\.cn(?:[:/,\s]|$)", re.IGNORECASE)


def _government_site(tree: lxml_html.HtmlElement, metas: dict[str, str], url: str | None, site: str | None) -> bool:
    """Whether the page is a Chinese government website's: every such site carries its 网站标识码
    (``<meta name="SiteIDCode">``, required by the State Council's rules for government sites,
    even when left empty), or its address or name says so (www.gov.cn, 某省人民政府门户网站)."""
    if any((meta.get("name") or "").strip().lower() == "siteidcode" for meta in tree.iter("meta")):
        return True
    return government_named((url, metas.get("sitedomain")), (site, metas.get("sitename")))


def government_named(addresses: Iterable[str | None], names: Iterable[str | None]) -> bool:
    """Whether an address (www.gov.cn, a .gov.cn host) or a site's name (中国政府网, 某省人民政府门户网站)
    is a Chinese government website's."""
    if any(value and _GOVERNMENT_HOST_RE.match(value) for value in addresses):
        return True
    return any(name and _GOVERNMENT_SITE_RE.search(" ".join(name.split())) for name in names)


_DECK_CHARS = (4, 60)


def headline_part(text: str) -> bool:
    """A line of a print headline's stack (a kicker or a deck): short, with four Han characters
    or more, no sentence (。), no info line and no label (ending with ：), no breadcrumb (>)."""
    return _DECK_CHARS[0] <= len(text) <= _DECK_CHARS[1] and "。" not in text and not is_info_line(text) \
        and len(re.findall(r"[\u3400-\u9fff]", text)) >= _DECK_CHARS[0] and not text.endswith(("：", ":")) \
        and not any(mark in text for mark in (">", "›", "»", "当前位置", "當前位置"))


def _only_headline(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    headlines = list(tree.iter("h1"))
    return headlines[0] if len(headlines) == 1 else None


# Founder's e-paper (方正数字报, the software of 经济日报 and of many city papers) sets an article's
# headline in table rows: the title in the one cell of class font01 (bt1 in older versions), the
# kicker in the cell of class font02 (bt2) in the row above it, the deck in that of the row below.
_CELL_CLASSES = (("font01", "font02"), ("bt1", "bt2"))


def _headline_cell(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The one table cell Founder's e-paper sets the headline in, on a page with no <h1>."""
    for title_class, _ in _CELL_CLASSES:
        cells = tree.xpath(f'//td[contains(concat(" ", normalize-space(@class), " "), " {title_class} ")]')
        if len(cells) == 1:
            return cells[0]
    return None


def _cell_stack_line(cell: lxml_html.HtmlElement | None, *, above: bool) -> str | None:
    """The kicker (``above``) or the deck of a headline set in Founder's table rows (``cell``:
    ``_headline_cell``'s, on a page with no <h1>)."""
    row = cell.getparent() if cell is not None else None
    if row is None or row.tag != "tr":
        return None
    part_class = next(part for title, part in _CELL_CLASSES if title in (cell.get("class") or "").split())
    neighbour = _element_sibling(row, before=above)
    cells = [td for td in neighbour.iter("td") if part_class in (td.get("class") or "").split()] \
        if neighbour is not None and neighbour.tag == "tr" else []
    text = _text(cells[0]) if len(cells) == 1 else ""
    return text if headline_part(text) else None


def _element_sibling(element: lxml_html.HtmlElement, *, before: bool) -> lxml_html.HtmlElement | None:
    """The element right before (after) ``element``, past any comment between them."""
    sibling = element.getprevious() if before else element.getnext()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getprevious() if before else sibling.getnext()
    return sibling


def _deck(tree: lxml_html.HtmlElement) -> str | None:
    """The short <h2> that follows the page's only <h1> as its next element: the headline's deck.
    A sentence (。), an info line or a label-sized heading is none."""
    headline = _only_headline(tree)
    sibling = _element_sibling(headline, before=False) if headline is not None else None
    if sibling is None or not (sibling.tag == "h2" or _named_as(sibling, _DECK_NAMES)):
        return None
    text = _text(sibling)
    return text if headline_part(text) else None


_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
# Class or id words e-paper and news templates give the kicker's element (人民网's <h3 class="pre">)
# and the deck's (人民网's <h4 class="sub">).
_KICKER_NAMES = frozenset(("pre", "pretitle", "pre-title", "pre_title", "introtitle", "intro-title", "intro_title",
                           "leadtitle", "lead-title", "lead_title", "leading_title", "leading-title",
                           "yt", "yinti", "kicker", "shoulder", "shoulder-title", "supertitle", "uptitle"))
_DECK_NAMES = frozenset(("sub", "subtitle", "sub-title", "sub_title", "fbt", "fubiaoti"))


def _named_as(element: lxml_html.HtmlElement, names: frozenset[str]) -> bool:
    """The element's class or id names it so, and it holds no link: a pager's <div class="pre">
    (上一篇：…) or a channel's link is no part of the headline."""
    words = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    return any(word in names for word in words) and not element.xpath(".//a[@href]")


def _kicker(tree: lxml_html.HtmlElement) -> str | None:
    """The kicker (引题) right above the page's only <h1>: an element its class or id names so
    (人民网's <h3 class="pre">), or a bare heading (<h2>-<h6>) when a heading also follows the
    <h1>, the print stack's three slots (人民日报's and 光明日报's <h3>, <h1>, <h2>; the deck's
    slot may be empty). A heading over a lone <h1> is as often a channel's name: none."""
    headline = _only_headline(tree)
    if headline is None:
        return None
    above = _element_sibling(headline, before=True)
    if above is None or not (above.tag in _HEADINGS or _named_as(above, _KICKER_NAMES)):
        return None
    if not _named_as(above, _KICKER_NAMES):
        below = _element_sibling(headline, before=False)
        if below is None or not (below.tag in _HEADINGS or _named_as(below, _DECK_NAMES)):
            return None
    text = _text(above)
    return text if headline_part(text) and text != _text(headline) else None


# Class or id words of the element a page sets its summary in under the headline. The strong ones
# name nothing else; the weak ones (lead, intro, desc, sub) also name a story's first paragraph, a
# list item's teaser or an info line, and count only outside the story's paragraphs.
# (chapo: a French CMS's standfirst, RFI's t-content__chapo; BEM's double underscore parts a name too)
_STANDFIRST_STRONG_RE = regex_cache.compile(
    r"^(?:[a-z0-9]+[-_]+)*(?:summary|abstract|digest|standfirst|excerpt|chapo|chapeau|zhaiyao|daodu|daoyu"
    r"|teaser[-_]?text)$",
    re.IGNORECASE)
# (teaser: DW's p.teaser-text; subhead: 财新's div#subhead, a deck elsewhere when it is a phrase)
_STANDFIRST_WEAK_RE = regex_cache.compile(
    r"^(?:[a-z0-9]+[-_]+)*(?:lead|lede|intro|desc|description|sub|subhead|teaser)$", re.IGNORECASE)
# Elements other than a paragraph that a page sets a standfirst in among the story's <p>s
# (<div class="article-lead">): set apart by their element as much as by their name.
_STANDFIRST_APART = frozenset(("div", "section", "span"))
_STANDFIRST_CHARS = (10, 300)  # Han characters at least, characters at most: a sentence or three
_STANDFIRST_BLOCKS = "./descendant::*[self::p or self::div or self::li or self::h1 or self::h2 or self::h3 or self::table]"
_STANDFIRST_OUTSIDE = frozenset(("nav", "footer", "aside", "li", "a", "ul", "ol", "dl", "form"))
_STORY_PARAGRAPH_HAN = 20


def _standfirst(tree: lxml_html.HtmlElement) -> str | None:
    """The summary under the page's headline in an element its class or id names a summary
    (summary, abstract, digest, article-sub, lead, desc): the first after the ``<h1>`` that holds
    whole sentences (or a phrase right under the headline: its deck), no info line (头条's ``article-sub`` holds the source and time), no block
    inside and few links, and that stands in no list, menu or footer. An element named only
    weakly (lead, intro) must stand apart from the story's paragraphs: among them it is the
    story's first paragraph, set in larger type. Whether it stands above the body the reader
    checks against the extraction."""
    headline = next(tree.iter("h1"), None)
    if headline is None:
        return None
    after = False
    for element in tree.iter():
        if element is headline:
            after = True
            continue
        if not after or not isinstance(element.tag, str):
            continue
        words = f"{element.get('class') or ''} {element.get('id') or ''}".split()
        strong = any(_STANDFIRST_STRONG_RE.match(word) for word in words)
        if not (strong or any(_STANDFIRST_WEAK_RE.match(word) for word in words)):
            continue
        element = _under_label(element)
        text = _text(element)
        # a phrase (no sentence) only right under the headline, where a deck stands
        phrase = headline_part(text) and _element_sibling(headline, before=False) is element
        if (phrase or _summary_text(text)) and _summary_element(element, strong=strong):
            return text
    return None


# The label a summary's box prints over or before its text, in an element of its own.
_SUMMARY_LABEL_RE = regex_cache.compile(r"[【\[]?(?:摘要|内容摘要|内容提要|提要|导语|導語|导读|導讀|核心提示)[】\]]?\s*[:：]?")


def _under_label(element: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The element holding a summary box's text when the box sets its label apart (东方财富's
    ``<div class="abstract"><div class="b-review">摘要</div><div class="txt">…</div></div>``),
    else the box itself."""
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) == 2 and _SUMMARY_LABEL_RE.fullmatch(_text(children[0])) is not None:
        return children[1]
    return element


def _summary_text(text: str) -> bool:
    """Text a summary is made of: a sentence or three, no info line (来源：…, a time)."""
    han = len(re.findall(r"[\u3400-\u9fff]", text))
    return han >= _STANDFIRST_CHARS[0] and len(text) <= _STANDFIRST_CHARS[1] and not is_info_line(text) \
        and re.search(r"[。！？；，,]", text) is not None


def _summary_element(element: lxml_html.HtmlElement, *, strong: bool) -> bool:
    """The element holds one text of its own (no block inside but a lone ``<p>`` holding it all,
    links under a third of it), stands
    in no list or page furniture, and, named weakly, is no ``<p>`` among the story's paragraphs
    (there it is the story's first paragraph in larger type; another element, a ``<div>`` or a
    ``<span>``, is set apart from them)."""
    if element.tag in _STANDFIRST_OUTSIDE:
        return False
    blocks = element.xpath(_STANDFIRST_BLOCKS)
    if blocks and not (len(blocks) == 1 and blocks[0].tag == "p" and _text(blocks[0]) == _text(element)):
        return False  # one <p> holding all its text is a wrapper's paragraph (界面's article-sub > p)
    if any(ancestor.tag in _STANDFIRST_OUTSIDE for ancestor in element.iterancestors()):
        return False
    linked = sum(len(_text(anchor)) for anchor in element.iter("a"))
    if linked * 3 > len(_text(element)):
        return False
    if strong or element.tag in _STANDFIRST_APART:
        return True  # a <div class="article-lead"> over the story's <p>s is set apart by its element too
    parent = element.getparent()
    siblings = [] if parent is None else [child for child in parent if child is not element and child.tag == "p"]
    return not any(len(re.findall(r"[\u3400-\u9fff]", _text(p))) >= _STORY_PARAGRAPH_HAN for p in siblings)


_CMS_COMMENT_RE = regex_cache.compile(r"<(?P<field>introtitle|subtitle)>(?P<value>.*?)</(?P=field)>", re.DOTALL)


def _cms_field(tree: lxml_html.HtmlElement, field: str) -> str | None:
    """A headline part the page's CMS states in its ``<!--enpproperty … <subtitle>…</subtitle>
    <introtitle>…</introtitle> … /enpproperty-->`` comment (Founder's e-paper and news CMS: 人民日报,
    光明日报, many city papers), when the markup shows it nowhere the other rules look."""
    for comment in tree.xpath('//comment()[contains(., "enpproperty")]'):
        text = comment.text or ""
        for found in _CMS_COMMENT_RE.finditer(text):
            if found.group("field") == field:
                value = " ".join(re.sub(r"<[^>]*>", " ", unescape(found.group("value"))).split())
                return value if headline_part(value) else None
    return None


_HEADING_XPATH = "//h2 | //h3 | //h4 | //*[contains(@class, 'title')]"
_MAX_TAG_TAIL_CHARS = 20


_SHOWN_HEADLINE_CHARS = (6, 60)
# Where a page shows the site's own name: its copyright line.
_COPYRIGHT_WORDS_RE = regex_cache.compile(r"版权所有|版權所有|Copyright|©|ICP", re.IGNORECASE)


def _shown_headline(tree: lxml_html.HtmlElement, title_tag: str) -> str | None:
    """The headline a page shows in an element classed as its title (``<div class="render-detail-title">``)
    when its ``<title>`` is only the site's name, told by the page itself: the same words as a link
    to its home page or in its copyright line (学习强国's single-page app titles every page so)."""
    name = " ".join(title_tag.split())
    if not 2 <= len(name) <= 16 or _TITLE_SEPARATORS_RE.search(name):
        return None
    home = any(" ".join("".join(link.itertext()).split()) == name for link in tree.iter("a"))
    if not home and not any(name in text and _COPYRIGHT_WORDS_RE.search(text)
                            for text in (" ".join(str(piece).split()) for piece in tree.xpath("//body//text()"))):
        return None
    low, high = _SHOWN_HEADLINE_CHARS
    for element in tree.xpath("//*[contains(@class, 'title')]"):
        words = (element.get("class") or "").lower().split()
        if not any(word == "title" or word.endswith(("-title", "_title")) for word in words) \
                or any("sub" in word or "site" in word or "logo" in word for word in words) or element.xpath(".//a"):
            continue
        text = _text(element)
        if low <= len(text) <= high and text != name and re.search(r"[\u3400-\u9fff]", text) and text[-1:] not in "。；;，,":
            return text
    return None


def _heading_opening_title(tree: lxml_html.HtmlElement, title_tag: str) -> str | None:
    """The headline as the page shows it, when ``<title>`` is that text plus a tail the site
    added (``…一块顶十块GPU-EDN 电子技术设计``, ``…技能大赛 湖南省某某医院``): a tail no list of
    site words knows, told apart by the page itself. The heading must end where a separator or
    a space begins in ``<title>``, so a heading that is only the headline's first words is no match."""
    full = " ".join(title_tag.split())
    for element in tree.xpath(_HEADING_XPATH):
        text = _text(element)
        if len(text) < 6 or len(text) >= len(full):
            continue
        if full.startswith(text):
            tail = full[len(text):]
            separator = _TITLE_SEPARATORS_RE.match(tail) or re.match(r"\s+", tail)
            if separator and 0 < len(tail[separator.end():]) <= _MAX_TAG_TAIL_CHARS:
                return text
        elif full.endswith(text):  # 明日股市预测--headline: a column or site put first
            head = _TITLE_SEPARATORS_RE.split(full[: -len(text)])
            if len(head) == 2 and not head[1] and 0 < len(head[0]) <= _MAX_TAG_TAIL_CHARS:
                return text
    return None


# Class names sites give the caption under a picture when they use no <figcaption>: 人民网's
# pictext, 凤凰网's picIntro, 今日头条's pgc-img-caption, 澎湃's image_desc, 自由時報's ph_d.
_CAPTION_CLASS_RE = regex_cache.compile(
    r"^(?:[a-z0-9]+[-_])*(?:pic|img|image|photo|ph)[-_]?(?:text|txt|desc|intro|caption|info|note|d)$"
    r"|^(?:[a-z0-9]+[-_])*(?:fig)?caption(?:[-_]text)?$", re.IGNORECASE)
_MAX_CAPTION_CHARS = 200


def caption_elements(tree: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    """``<figcaption>`` and short elements whose class says they caption a picture."""
    yield from tree.iter("figcaption")
    for element in tree.xpath("//*[@class]"):
        if element.tag == "figcaption" or not any(_CAPTION_CLASS_RE.match(name) for name in element.get("class", "").split()):
            continue
        if len(_text(element)) <= _MAX_CAPTION_CHARS:
            yield element


def credit_element(caption: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The element inside a caption that holds the picture's credit alone before the caption's
    words (BBC中文's ``<figcaption><span>图像来源，Reuters</span>某国央行大楼。</figcaption>``): the
    two are set apart on the page, and glued into one line they read as neither."""
    from ..structure.captions import picture_source_line

    whole = _text(caption)
    for element in caption.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        text = _text(element)
        if text and len(whole) > len(text) and whole.startswith(text) and picture_source_line(text) is not None:
            return element
    return None


# A picture's credit after a copyright sign (RFI's <span class="…credits">© 路透社</span>).
_COPYRIGHT_CREDIT_RE = regex_cache.compile(r"(?:©|\(c\)|（c）)\s*(?P<credit>[^。！？，,；;：:（）()]{1,48})", re.IGNORECASE)


def closing_credit(caption: lxml_html.HtmlElement) -> tuple[lxml_html.HtmlElement, str] | None:
    """The element closing a caption that holds the picture's credit alone after the caption's
    words (DW's ``<figcaption><p>法兰克福金融区</p><span>图像来源: dpa</span></figcaption>``, RFI's
    ``<span>…</span><span class="…credits">© 路透社</span>``), and the caption as one line with the
    credit in brackets after its words (法兰克福金融区（图像来源：dpa）): glued, the two read as neither,
    and apart, the words became a paragraph."""
    from ..structure.captions import picture_source_line

    whole = _text(caption)
    if len(whole) > _MAX_CAPTION_CHARS:
        return None
    for element in reversed(list(caption.iterdescendants())):
        text = _text(element) if isinstance(element.tag, str) else ""
        if not text:
            continue
        if len(whole) <= len(text) or not whole.endswith(text):
            return None
        words = whole[: -len(text)].strip()
        if (found := picture_source_line(text)) is not None:
            return element, f"{words}（{found.group('label')}：{found.group('credit').strip()}）"
        if (found := _COPYRIGHT_CREDIT_RE.fullmatch(text)) is not None:
            return element, f"{words}（©{found.group('credit').strip()}）"
        return None
    return None


def _caption_texts(caption: lxml_html.HtmlElement) -> tuple[str, ...]:
    """A caption element's text, as two when a credit element opens it (``credit_element``), as
    one with the credit in brackets when one closes it (``closing_credit``)."""
    closing = closing_credit(caption)
    if closing is not None:
        return (closing[1],)
    credit = credit_element(caption)
    if credit is None:
        return (_text(caption),)
    whole, first = _text(caption), _text(credit)
    return first, whole[len(first):].strip()


# A picture's caption set centred right under it, in the picture's own block or the next one
# (<p style="text-align:center"><img><br>小花家</p>, <p align="center">…</p> after <p><img></p>).
_CENTRED_RE = regex_cache.compile(r"text-align\s*:\s*center", re.IGNORECASE)
_CENTRED_CAPTION_MAX = 40
_PICTURE_BLOCKS = frozenset(("p", "div", "figure", "center", "td", "section"))


def _centred(element: lxml_html.HtmlElement) -> bool:
    return element.tag == "center" or (element.get("align") or "").lower() == "center" \
        or _CENTRED_RE.search(element.get("style") or "") is not None


def _centred_captions(tree: lxml_html.HtmlElement) -> Iterator[str]:
    """Short centred text under a picture: the rest of the picture's centred block, or the centred
    block that follows it. The markup says so, not the text: a short sentence elsewhere is prose."""
    for image in tree.iter("img"):
        block = image.getparent()
        while block is not None and block.tag not in _PICTURE_BLOCKS:
            block = block.getparent()
        if block is None:
            continue
        own = _text(block)
        if own:
            if len(block.findall(".//img")) == 1 and (
                    (_centred(block) and len(own) <= _CENTRED_CAPTION_MAX)
                    or (not _holds_marked_caption(block) and _credited_caption(own))):
                yield own
            continue
        following = block.getnext()
        if following is not None and following.tag in _PICTURE_BLOCKS and following.find(".//img") is None \
                and (text := _text(following)) and ((_centred(following) and len(text) <= _CENTRED_CAPTION_MAX
                                                     and not _centred_text_follows(following)) or _credited_caption(text)):
            yield text


def _holds_marked_caption(block: lxml_html.HtmlElement) -> bool:
    """The block holds a caption its markup marks (``caption_elements`` reads it, credit and all)."""
    return any(element.tag == "figcaption" or any(_CAPTION_CLASS_RE.match(name) for name in element.get("class", "").split())
               for element in block.iterdescendants() if isinstance(element.tag, str))


def _credited_caption(text: str) -> bool:
    """Text under a picture, not centred, that says it captions one (…工地。图/视觉中国, 图为…): 财新's
    ``<div class="media"><img><p>…</p></div>``."""
    from ..structure.captions import has_caption_marker

    return len(text) <= _MAX_CAPTION_CHARS and has_caption_marker(text)


def _centred_text_follows(block: lxml_html.HtmlElement) -> bool:
    """The next block with text is centred too: a run of centred lines (a poem's title over its
    verses) set under the picture, not the picture's caption."""
    following = block.getnext()
    while following is not None and not _text(following) and following.find(".//img") is None:
        following = following.getnext()
    return following is not None and _centred(following) and following.find(".//img") is None


_MIN_ALT_CAPTION_CHARS = 6


def _alt_captions(tree: lxml_html.HtmlElement, title_tag: str | None) -> Iterator[str]:
    """An image's ``alt`` text long enough to describe it (网易 writes the caption printed under a
    picture into its ``alt`` as well): a body line that repeats it is that picture's caption.
    An alt holding the headline names the article, not the picture."""
    full_tag = " ".join((title_tag or "").split())
    for alt in tree.xpath("//img/@alt"):
        text = " ".join(str(alt).split())
        if _MIN_ALT_CAPTION_CHARS <= len(text) <= _MAX_CAPTION_CHARS and re.search(r"[\u3400-\u9fff]", text) \
                and text not in full_tag:
            yield text


_MARKED_UP_AUTHORS_MAX = 4


def _marked_up_authors(tree: lxml_html.HtmlElement) -> list[str]:
    """Microdata ``itemprop="author"``: the name a Person item gives (知乎's ``<div itemprop="author"
    itemscope><meta itemprop="name" content="张三">``), or the element's own content or text."""
    found: list[str] = []
    # not a comment's writer (schema.org Comment items), not an Organization
    marked = tree.xpath('//*[@itemprop="author"][not(ancestor::*[@itemprop="comment" or contains(@itemtype, "Comment")])]'
                        '[not(contains(@itemtype, "Organization"))]')
    for element in marked[:_MARKED_UP_AUTHORS_MAX]:
        if element.get("itemscope") is not None:
            names = element.xpath('.//*[@itemprop="name"]')
            value = (names[0].get("content") or _text(names[0])) if names else ""
        else:
            value = element.get("content") or _text(element)
        if value and len(value) <= 40:
            found.append(value.strip())
    return found


def _marked_up_time(tree: lxml_html.HtmlElement) -> str | None:
    """Microdata ``itemprop="datePublished"`` on any element, else the first ``<time datetime>``."""
    for element in tree.xpath('//*[@itemprop="datePublished"] | //time[@datetime]'):
        found = normalise_time(element.get("content") or element.get("datetime") or _text(element))
        if found:
            return found
    return None


def _names_the_site(name: str, own_names: str) -> bool:
    """``name`` is a name the page uses for itself (网易 in …_网易订阅), not its writer's; a site
    named as someone's own (周明的读书笔记, a blog) names its writer, who stays the author."""
    start = own_names.find(name)
    while start >= 0:
        if own_names[start + len(name) : start + len(name) + 1] != "的":
            return True
        start = own_names.find(name, start + 1)
    return False


def _site_name(metas: dict[str, str], title_tag: str | None, tag_heading: str | None = None) -> str | None:
    """og:site_name, else the site part of ``<title>`` (``…_财经_腾讯网``, or what follows the
    headline the page shows), else the copyright holder."""
    for key in ("og:site_name", "application-name", "apple-mobile-web-app-title"):
        value = " ".join(metas.get(key, "").split())
        if value and 1 < len(value) <= 20 and re.search(r"[\u3400-\u9fff]", value):
            return value
    if title_tag and tag_heading and " ".join(title_tag.split()).startswith(tag_heading):
        tail = " ".join(title_tag.split())[len(tag_heading):]
        tail = tail[_TITLE_SEPARATORS_RE.match(tail).end():].strip() if _TITLE_SEPARATORS_RE.match(tail) else tail.strip()
        if re.search(r"[\u3400-\u9fff]", tail) and not _TITLE_SEPARATORS_RE.search(tail):
            return tail  # one part only: 港聞 - 明報新聞網 is a section and a site
    if title_tag:
        parts = [part.strip() for part in _TITLE_SEPARATORS_RE.split(" ".join(title_tag.split())) if part.strip()]
        for part in reversed(parts[1:]):
            if _looks_like_site(part) and re.search(r"[\u3400-\u9fff]", part):
                return part
    holder = re.sub(r"(?:版权所有|版權所有|Copyright|©|\(c\)|\d{4}|[-–,，\s])", "", metas.get("copyright", ""), flags=re.I)
    return holder if 1 < len(holder) <= 12 and re.search(r"[\u3400-\u9fff]", holder) else None


_SITE_STEM_RE = regex_cache.compile(r"(?:门户网站|門戶網站|网站|網站|新闻网|新聞網|网|網)$")
_SITE_KEYWORD_WORDS = ("网站", "網站", "政府网", "政府網", "门户", "門戶")


def _article_keywords(keywords: tuple[str, ...], site: str | None, title_tag: str | None) -> tuple[str, ...]:
    """The page's keywords without the site's own name (证券时报 on 证券时报网, 中山网), and none
    at all when they describe the site rather than the article: a CMS that puts the same list on
    every page (山西, 山西省人民政府网站, 山西政府网…) says nothing about this one."""
    if not keywords or not site:
        return keywords
    stem = _SITE_STEM_RE.sub("", site)
    own = {site, stem}
    if title_tag:
        parts = _TITLE_SEPARATORS_RE.split(" ".join(title_tag.split()))
        own.update(part.strip() for part in parts[1:] if _looks_like_site(part))
    site_like = [k for k in keywords if k in own or site.startswith(k) or any(w in k for w in _SITE_KEYWORD_WORDS)]
    if 2 * len(site_like) >= len(keywords) and len(keywords) > 1:
        return ()
    return tuple(k for k in keywords if k not in own)


# --- titles ----------------------------------------------------------------------------------

_TITLE_SEPARATORS_RE = regex_cache.compile(r"\s*(?:_+|\||｜|│|—{1,2}|–|-{1,2}|－|·|•)\s*")
_SITE_WORDS = ("网", "網", "新闻", "新聞", "频道", "頻道", "报", "報", "在线", "在線", "官方", "门户", "門戶", "政府",
               "中心", "客户端", "订阅", ".com", ".cn", ".tw", ".hk", "资讯", "資訊", "财经", "財經", "号", "號", "电台", "電台",
               "Online", "News")


# A part of <title> that is a day alone, written compactly (明報: 标题 - 20261021 - 中國 - 每日明報).
_TITLE_DAY_RE = regex_cache.compile(r"(?P<year>(?:19|20)\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])")


def title_day(title_tag: str | None) -> str | None:
    """The day (ISO, a date only) a part of ``<title>`` after the headline gives on its own: the
    page's date of last resort, where the page prints none."""
    if not title_tag:
        return None
    for part in _TITLE_SEPARATORS_RE.split(" ".join(title_tag.split()))[1:]:
        found = _TITLE_DAY_RE.fullmatch(part.strip())
        if found is not None:
            return f"{found.group('year')}-{found.group('month')}-{found.group('day')}"
    return None


def _looks_like_site(part: str) -> bool:
    """A part of ``<title>`` that names a site: a site's word in it (…网, …新聞, …客户端), or an
    outlet we know by exactly that name, whose name has none (香港01, 東網)."""
    part = part.strip()
    return 0 < len(part) <= 16 and (any(word in part for word in _SITE_WORDS) or _named_outlet(part))


def _named_outlet(part: str) -> bool:
    from ..structure.patterns import find_agency

    found = find_agency(part)
    return found is not None and part in (found.name, *found.aliases)


def strip_site_suffix(title: str) -> str:
    """``法国全国大罢工再次严重影响交通-新华网`` → the headline; keeps separators inside headlines."""
    title = " ".join(title.split())
    while True:
        parts = list(_TITLE_SEPARATORS_RE.finditer(title))
        if not parts:
            return title
        last = parts[-1]
        head, tail = title[: last.start()], title[last.end():]
        if head and _looks_like_site(tail) and len(head) >= 4:
            title = head.strip()
            continue
        return title


def choose_title(meta: PageMeta) -> str | None:
    """The headline: an ``<h1>``/og:title/JSON-LD headline the ``<title>`` agrees with, else ``<title>`` without its site."""
    title = _choose_title(meta)
    # A title with no Han character on a Chinese page is a placeholder ("Big5", "Untitled").
    return title if title and re.search(r"[\u3400-\u9fff]", title) else None


# A print view's word before or after the headline in its <title> (打印本页 - 某某, 某某 [打印版]).
_PRINT_PART_RE = regex_cache.compile(
    r"^\s*[\[【]?(?:打印本页|打印页面|打印預覽|打印预览|打印版|打印|列印本頁|列印|Print)[\]】]?\s*[-_|｜:：]\s*"
    r"|\s*[-_|｜]?\s*[\[【(（](?:打印本页|打印页面|打印预览|打印版|打印|列印|Print)[\]】)）]\s*$", re.IGNORECASE)


def _choose_title(meta: PageMeta) -> str | None:
    if meta.title_tag and ("打印" in meta.title_tag or "列印" in meta.title_tag or "rint" in meta.title_tag):
        meta = replace(meta, title_tag=_PRINT_PART_RE.sub("", meta.title_tag) or meta.title_tag)
    if meta.shown_headline is not None:
        return meta.shown_headline  # the <title> is only the site's name
    tag = strip_site_suffix(meta.title_tag) if meta.title_tag else None
    if meta.tag_heading and tag and (tag.startswith(meta.tag_heading) or tag.endswith(meta.tag_heading)):
        tag = meta.tag_heading
    candidates = [c for c in (meta.ld_headline, meta.og_title, *meta.h1) if c and len(c) >= 4]
    full_tag = " ".join((meta.title_tag or "").split())
    for candidate in candidates:
        cleaned = strip_site_suffix(" ".join(candidate.split()))
        if full_tag.endswith(cleaned) and tag and len(cleaned) < len(tag) and _only_site_name(cleaned):
            continue  # an <h1> holding the site logo: the <title>'s suffix, not the headline
        if _cut_at_quote(cleaned, [tag, *(" ".join(c.split()) for c in candidates)]):
            continue  # og:title content="…写"救命啊"…": the attribute ended at the headline's quote
        if tag and cleaned.startswith(tag) and len(cleaned) > len(tag) and tag == meta.tag_heading:
            return tag  # og:title is the whole <title>, site tail included
        if full_tag and (cleaned in full_tag or (tag and tag in cleaned)):
            return cleaned
    if tag and len(tag) >= 4 and not _only_site_name(tag):
        return tag
    for candidate in candidates:
        cleaned = strip_site_suffix(" ".join(candidate.split()))
        if not _only_site_name(cleaned):
            return cleaned
    return None  # only the site's name: the news rules look for the headline in the body


_QUOTES = "\"'“”‘’「」『』"


def _cut_at_quote(candidate: str, others: list[str | None]) -> bool:
    """``candidate`` is another title cut short where a quote mark followed: a ``<meta>``
    attribute written with the headline's own unescaped ``"`` ends there."""
    return any(other and len(other) > len(candidate) and other.startswith(candidate)
               and other[len(candidate)] in _QUOTES for other in others)


_SITE_ENDINGS = ("网", "網", "新闻", "新聞", "频道", "頻道", "报", "報", "在线", "在線", "门户", "門戶", "网站", "網站",
                 "客户端", "电台", "電台", ".com", ".cn", ".tw", ".hk", "News",
                 "报刊", "報刊")  # a paper's e-paper site: 经济日报多媒体数字报刊


def _only_site_name(text: str) -> bool:
    """A whole title that is only a site's name (新华网, 央视网新闻频道, BBC News 中文), not a
    headline that merely holds a site word: [新闻联播]全国春耕备耕有序推进 and
    国务院部署网络安全工作 hold 新闻 and 网 but end like a sentence, and a site's name ends with
    its kind or is hardly more than Latin letters."""
    from ..transforms.punctuation import han_count

    text = text.strip()
    return _looks_like_site(text) and (text.endswith(_SITE_ENDINGS) or han_count(text) <= 4)
