"""WeChat official-account articles (mp.weixin.qq.com) as a browser saves them.

A WeChat page states its facts in the platform's own fixed places, not in ``<meta>``: the
account's name in ``#js_name`` (or ``.profile_nickname``; ``#post-user`` on pages before 2018), an
optional author in ``#js_author_name`` or, since 2018, the first ``.rich_media_meta_text`` of the
meta line (``原创：`` before it in 2018's layout), and the publish time only in script
(``var ct = "1732420800";``, ``create_time``) or in ``#publish_time`` (``#post-date`` before 2018)
once the page's script has filled it. The collections the post is in (``.article-tag__item``:
``#县域经济``) are its keywords, and a post another account wrote carries that account's card
(``.original_primary_nickname`` under 以下文章来源于): the source it was taken from.
``og:site_name`` names the platform (微信公众平台), which is no one's agency: the account is the
outlet of last resort. Only these well-known ids and variables are read, and only on a page that
has WeChat's article container.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from .. import regex_cache
from .base import NEWS_TIME
from .html_meta import PageMeta, is_person_name, normalise_time

if TYPE_CHECKING:
    from lxml import html as lxml_html

# WeChat shows times in China time; the Unix time becomes ISO 8601 with that offset.
_EPOCH_RE = regex_cache.compile(
    r"""\b(?:var\s+ct|ct|create_time|ori_create_time)\s*[:=]\s*["']?(1\d{9})\b""")


@dataclass(frozen=True, slots=True)
class WeChatFacts:
    published: str | None = None  # ISO 8601 with +08:00
    account: str | None = None  # the official account's name
    author: str | None = None  # as written in #js_author_name or the meta line
    tags: tuple[str, ...] = ()  # the collections the post is in (#县域经济), without their marks
    reposted_from: str | None = None  # the account whose post this one carries


def is_wechat_article(tree: lxml_html.HtmlElement) -> bool:
    """The platform's article container: ``#js_content`` with ``#activity-name`` or ``#js_name``."""
    return bool(tree.xpath('//*[@id="js_content"]')) and bool(
        tree.xpath('//*[@id="activity-name" or @id="js_name" or @id="js_article" or @id="post-user"]'))


def _has_class(name: str) -> str:
    return f'contains(concat(" ", normalize-space(@class), " "), " {name} ")'


# The meta line's own words, never an author: the original mark, the time and place holders.
_NOT_AUTHOR_IDS = frozenset(("publish_time", "post-date", "js_ip_wording_wrp", "copyright_logo", "profileBt"))
_ORIGINAL_LABEL_RE = regex_cache.compile(r"^(?:原创|原創)\s*[:：]\s*")
_AUTHOR_LABEL_RE = regex_cache.compile(r"^(?:作者|文)\s*[:：|｜丨/／]\s*")


def _meta_line_author(tree: lxml_html.HtmlElement) -> str | None:
    """The author the meta line shows without an id (2018 on: 原创：张三, or 张三 alone), the first
    ``.rich_media_meta_text`` that is no time, place or mark."""
    for element in tree.xpath(f'//*[@id="meta_content" or {_has_class("rich_media_meta_list")}]'
                              f'//*[{_has_class("rich_media_meta_text")}]'):
        if element.get("id") in _NOT_AUTHOR_IDS or element.xpath('.//*[@id="publish_time" or @id="js_ip_wording"]'):
            continue
        value = _AUTHOR_LABEL_RE.sub("", _ORIGINAL_LABEL_RE.sub("", _text([element]) or ""))
        if value and value not in ("原创", "原創"):
            return value
    return None


_CARD_AUTHOR_RE = regex_cache.compile(r"(?:作者|Author)\s*(?P<author>[^\s，,]{2,20})\s*$")
_TAG_MARKS = "#＃ "


def _collection_tags(tree: lxml_html.HtmlElement) -> tuple[str, ...]:
    """The collections under the headline (``.article-tag__item``: #县域经济), marks stripped."""
    tags = (_text([element]) or "" for element in tree.xpath(f'//*[{_has_class("article-tag__item")}]'))
    return tuple(dict.fromkeys(tag.strip(_TAG_MARKS) for tag in tags if tag.strip(_TAG_MARKS)))


def _text(elements: list[lxml_html.HtmlElement]) -> str | None:
    for element in elements:
        value = " ".join("".join(element.itertext()).split())
        if value:
            return value
    return None


def epoch_to_china_time(seconds: int) -> str:
    """``1732420800`` → ``2024-11-24T12:00+08:00`` (seconds only when not zero)."""
    moment = datetime.fromtimestamp(seconds, tz=NEWS_TIME)
    return moment.isoformat(timespec="seconds" if moment.second else "minutes")


def wechat_facts(tree: lxml_html.HtmlElement) -> WeChatFacts | None:
    """The account, author and publish time of a WeChat article page; None for any other page."""
    if not is_wechat_article(tree):
        return None
    published = None
    for script in tree.iter("script"):
        match = _EPOCH_RE.search(script.text or "")
        if match:
            published = epoch_to_china_time(int(match.group(1)))
            break
    if published is None:
        published = normalise_time(_text(tree.xpath('//*[@id="publish_time" or @id="post-date"]')))
    account = _text(tree.xpath('//*[@id="js_name"] | //*[contains(concat(" ", @class, " "), " profile_nickname ")]'
                               ' | //*[@id="post-user"]'))
    author = _text(tree.xpath('//*[@id="js_author_name"]')) or _meta_line_author(tree)
    reposted = _text(tree.xpath(f'//*[{_has_class("original_primary_nickname")}]'))
    if reposted and not author:
        # the card's tip names the writer of the post it carries (以下文章来源于人民日报 ，作者张三)
        tip = _CARD_AUTHOR_RE.search(_text(tree.xpath(f'//*[{_has_class("original_primary_card_tips")}]')) or "")
        author = tip.group("author") if tip else None
    return WeChatFacts(published, account if account and len(account) <= 30 else None, author,
                       _collection_tags(tree), reposted if reposted and len(reposted) <= 30 else None)


def with_wechat_facts(page: PageMeta, tree: lxml_html.HtmlElement) -> PageMeta:
    """``page`` completed from a WeChat page's own places: the time when no ``<meta>`` gave one,
    the account in place of the platform as the agency of last resort, a personal author."""
    facts = wechat_facts(tree)
    if facts is None:
        return page
    authors = page.authors
    if facts.author and is_person_name(facts.author) and facts.author not in authors:
        authors = (*authors, facts.author)
    return replace(page, published=page.published or facts.published, site=facts.account or page.site,
                   account=facts.account, authors=authors, keywords=page.keywords or facts.tags,
                   source=page.source or facts.reposted_from)
