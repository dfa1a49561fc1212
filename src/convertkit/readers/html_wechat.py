"""WeChat official-account articles (mp.weixin.qq.com) as a browser saves them.

A WeChat page states its facts in the platform's own fixed places, not in ``<meta>``: the
account's name in ``#js_name`` (or ``.profile_nickname``), an optional author in
``#js_author_name``, and the publish time only in script (``var ct = "1732420800";``,
``create_time``) or in ``#publish_time`` once the page's script has filled it. ``og:site_name``
names the platform (微信公众平台), which is no one's agency. Only these well-known ids and
variables are read, and only on a page that has WeChat's article container.
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
    author: str | None = None  # as written in #js_author_name


def is_wechat_article(tree: lxml_html.HtmlElement) -> bool:
    """The platform's article container: ``#js_content`` with ``#activity-name`` or ``#js_name``."""
    return bool(tree.xpath('//*[@id="js_content"]')) and bool(
        tree.xpath('//*[@id="activity-name" or @id="js_name" or @id="js_article"]'))


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
        published = normalise_time(_text(tree.xpath('//*[@id="publish_time"]')))
    account = _text(tree.xpath('//*[@id="js_name"] | //*[contains(concat(" ", @class, " "), " profile_nickname ")]'))
    author = _text(tree.xpath('//*[@id="js_author_name"]'))
    return WeChatFacts(published, account if account and len(account) <= 30 else None, author)


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
                   authors=authors)
