"""Headlines without the furniture sites add to them (``…_新华网``, ``- 中新网``, ``|凤凰网``)."""

from __future__ import annotations

import re

from .. import regex_cache
from ..transforms.punctuation import han_count, normalise
from . import patterns as P
from .ruler import strip_markup

__all__ = ["MD_HEADING_RE", "clean_title", "programme_tag"]

MD_HEADING_RE = regex_cache.compile(r"^(#{1,6})\s+(.*)$")


_SITE_SUFFIX_RE = regex_cache.compile(r"^(?P<head>.{4,}?)(?:\s*[_|｜]\s*|\s+[-—–－]\s*|\s*[-—–－]\s+)(?P<site>[^_|｜\-—–－]{1,20})$")
# Every separator _SITE_SUFFIX_RE cuts at holds one of these: a headline without any has no suffix
# to cut, found by one scan instead of the separators tried after every character.
_SITE_SEPARATOR_RE = regex_cache.compile(r"[_|｜\-—–－]")


# A site named by its address (代理服务器Squid 使用详解 - 51CTO.COM, …_Sina.com.cn).
_DOMAIN_RE = regex_cache.compile(r"^(?:[A-Za-z0-9-]+\.)+(?:com|net|org|cn|hk|tw|mo|sg|info|cc|tv)$", re.IGNORECASE)


def _is_site_name(site: str) -> bool:
    site = site.strip()
    if _DOMAIN_RE.match(site):
        return True
    if not site or han_count(site) == 0:
        return False
    if P.known_agency_prefix(site) or site.endswith(P.AGENCY_SUFFIXES) or site.endswith(P.SITE_SUFFIXES):
        return True  # SITE_SUFFIXES: …_中国载人航天官方网站, …_某某县人民政府网站
    return site.endswith(("频道", "頻道", "专题", "專題", "客户端")) or len(site) <= 4


# The label of a page's font-size control glued to the headline by a crawler that took the
# headline's whole container (蘋果日報's realtime pages: …中信字級：). The colon is required: 老字号
# ends a headline as a word.
_TRAILING_WIDGET_RE = regex_cache.compile(r"(?<=\S)\s*(?:字級|字级|字號|字号|字體|字体|字型)[:：]$")


# A portal's media tag closing a headline (…冷脸贴热屁股（图）, …（组图）, …(视频)): the page's
# furniture, saying a picture or a video sits on the page.
_MEDIA_TAG_RE = regex_cache.compile(r"(?<=\S)\s*[（(](?:图|圖|组图|組圖|多图|多圖|附图|附圖|图文|圖文|视频|視頻|高清组图|高清組圖)[）)]$")


# The same tag opening the headline in brackets (【组图】…, 【视频】…, [图文]…): no word of it.
_LEADING_MEDIA_TAG_RE = regex_cache.compile(
    r"^[【\[［](?:图|圖|组图|組圖|多图|多圖|图文|圖文|视频|視頻|高清组图|高清組圖|高清图集|高清圖集|图集|圖集)[】\]］]\s*(?=\S{4})")
_TITLE_LABEL_RE = regex_cache.compile(r"^(?:标题|標題|题目|題目|主标题|主標題)\s*[:：]\s*(?=\S)")

# Marks that never open a line (clreq): a headline that starts with one carries a blogger's
# ornament (。反WTO…, every post of a blog titled 。…) or a fragment of the sentence before it.
_LEADING_MARKS_RE = regex_cache.compile(r"^[。，、；：！？）》」』】〕］｝〉]+\s*(?=\S)")


# A programme's or column's tag opening a headline in square brackets (央视网's [新闻联播], [焦点访谈],
# [视频]): the page's filing, not the headline. 【…】 is left alone: on many sites it opens the
# headline itself (【中国稳健前行】坚定实施扩大内需战略, 【金馬54慶功】…).
_PROGRAMME_TAG_RE = regex_cache.compile(r"^(?P<tag>[\[［][^\[\]［］【】。，,：:！？!?\s]{2,10}[\]］])\s*(?=\S{4})")


def programme_tag(title: str) -> str | None:
    """The bracketed programme or column tag opening ``title`` ([新闻联播]), or None."""
    match = _PROGRAMME_TAG_RE.match(title) if title[:1] in "[［" else None
    return match.group("tag") if match is not None and han_count(match.group("tag")) >= 2 else None


# A listed outlet glued to the headline by a bare dash (新华网's <title>: …影响交通-新华网; 人民网's
# …嫁妆--文化--人民网), as an extractor (trafilatura, news-please's title_page) or a news API hands the
# page's title on. Only a listed outlet's exact name or an address, then the site's channel before
# it: a dash inside a headline joins words (1-10月, 京-沪).
_GLUED_SITE_RE = regex_cache.compile(r"^(?P<head>.{4,}?)[-—–－]+(?P<site>[^-—–－\s]{2,20})$")


def _glued_site(title: str, *, outlet_cut: bool) -> str | None:
    """``title`` without a listed outlet glued on by a bare dash (or, once the outlet is cut, the
    channel before it), or None."""
    match = _GLUED_SITE_RE.match(title)
    if match is None:
        return None
    site = match.group("site")
    if P.find_agency(site) is not None or _DOMAIN_RE.match(site) or (outlet_cut and _is_site_name(site)):
        return match.group("head").strip()
    return None


# A listed outlet's name, perhaps with its channel, set before the headline by a spaced dash or bar
# (信報即時新聞 -- 港股收市跌200點, as the page's title reads): the site's, no words of the headline.
_SITE_PREFIX_RE = regex_cache.compile(r"^(?P<site>[^\s\-—–－|｜]{2,12})\s+(?:[-—–－]{1,2}|[|｜])\s+(?P<head>\S.{3,})$")
_SITE_PREFIX_CHANNEL_MAX = 4  # 即時新聞, 財經, 快訊: what may follow the outlet's name


def _site_prefix(title: str) -> str | None:
    """``title`` without a listed outlet's name set before it by a spaced dash or bar, or None."""
    match = _SITE_PREFIX_RE.match(title)
    found = P.agency_prefix(match.group("site")) if match is not None else None
    if match is None or found is None or len(match.group("site")) - found[1] > _SITE_PREFIX_CHANNEL_MAX:
        return None
    return match.group("head").strip()


# A short word set with its characters spaced out, as a notice's heading is (讣  告, 公  告).
_SPACED_WORD_RE = regex_cache.compile(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}")


def clean_title(title: str) -> str:
    """A headline without markdown marks, a 标题： label, marks that never open a line (。…), a
    programme tag ([新闻联播]) or site suffixes (``…_新华网``, ``- 中新网``, ``|凤凰网``)."""
    title = _TITLE_LABEL_RE.sub("", normalise(MD_HEADING_RE.sub(r"\2", strip_markup(title))))
    title = _TRAILING_WIDGET_RE.sub("", title) if title.endswith((":", "：")) else title
    title = _LEADING_MARKS_RE.sub("", title)
    if title[:1] in "【[［":
        title = _LEADING_MEDIA_TAG_RE.sub("", title)
    tag = programme_tag(title)
    if tag is not None:
        title = title[len(tag) :].strip()
    if " " in title:
        title = _site_prefix(title) or title
    glued_cut = False
    while True:
        match = _SITE_SUFFIX_RE.match(title) if _SITE_SEPARATOR_RE.search(title) else None
        if match is None or not _is_site_name(match.group("site")):
            dashed = "-" in title or "－" in title or "—" in title or "–" in title
            glued = _glued_site(title, outlet_cut=glued_cut) if dashed else None
            if glued is not None:
                title, glued_cut = glued, True
                continue
            if (" " in title or "\u3000" in title) and _SPACED_WORD_RE.fullmatch(title):
                return "".join(title.split())  # 讣  告, 通  知: a notice's word spaced out to fill the line
            return _MEDIA_TAG_RE.sub("", title) if title.endswith(("）", ")")) else title
        title = match.group("head").strip()
