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


# A site named by its address (代理服务器Squid 使用详解 - 51CTO.COM, …_Sina.com.cn).
_DOMAIN_RE = regex_cache.compile(r"^(?:[A-Za-z0-9-]+\.)+(?:com|net|org|cn|hk|tw|mo|sg|info|cc|tv)$", re.IGNORECASE)


def _is_site_name(site: str) -> bool:
    site = site.strip()
    if _DOMAIN_RE.match(site):
        return True
    if not site or han_count(site) == 0:
        return False
    if P.known_agency_prefix(site) or any(site.endswith(suffix) for suffix in P.AGENCY_SUFFIXES):
        return True
    return site.endswith(("频道", "頻道", "专题", "專題", "客户端")) or len(site) <= 4


# The label of a page's font-size control glued to the headline by a crawler that took the
# headline's whole container (蘋果日報's realtime pages: …中信字級：). The colon is required: 老字号
# ends a headline as a word.
_TRAILING_WIDGET_RE = regex_cache.compile(r"(?<=\S)\s*(?:字級|字级|字號|字号|字體|字体|字型)[:：]$")


# A portal's media tag closing a headline (…冷脸贴热屁股（图）, …（组图）, …(视频)): the page's
# furniture, saying a picture or a video sits on the page.
_MEDIA_TAG_RE = regex_cache.compile(r"(?<=\S)\s*[（(](?:图|圖|组图|組圖|多图|多圖|附图|附圖|图文|圖文|视频|視頻|高清组图|高清組圖)[）)]$")


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


def clean_title(title: str) -> str:
    """A headline without markdown marks, a 标题： label, marks that never open a line (。…), a
    programme tag ([新闻联播]) or site suffixes (``…_新华网``, ``- 中新网``, ``|凤凰网``)."""
    title = _TITLE_LABEL_RE.sub("", normalise(MD_HEADING_RE.sub(r"\2", strip_markup(title))))
    title = _TRAILING_WIDGET_RE.sub("", title) if title.endswith((":", "：")) else title
    title = _LEADING_MARKS_RE.sub("", title)
    tag = programme_tag(title)
    if tag is not None:
        title = title[len(tag) :].strip()
    while True:
        match = _SITE_SUFFIX_RE.match(title)
        if match is None or not _is_site_name(match.group("site")):
            return _MEDIA_TAG_RE.sub("", title) if title.endswith(("）", ")")) else title
        title = match.group("head").strip()
