"""Site notices: a forum's posting rules or a site's licence and liability text, crawled as an article.

News crawls of portals (the Sogou dumps, a BBS reply page) keep records whose whole text is the
boilerplate every page of a community carries: "本公司电子公告服务严格遵守…", the nine forbidden
kinds of post (反对宪法基本原则…散布谣言…), the ICP licence number, 责任自负 and 不承担任何责任.
Converted, they give briefings with no news in them, one per page of the forum. A document is
such a notice when every one of its body blocks speaks that language, several of its phrases
appear, and it has no dateline: a news story about the rules themselves has a dateline, and
paragraphs of reporting that name none of these phrases.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import regex_cache

_NOTICE_RE = regex_cache.compile(
    r"电子公告服务|经营许可证|ＩＣＰ|ICP[证備备]|用户条款|服务条款|用户协议|隐私政策|"
    r"不承担任何责任|责任自负|发表的言论|本(?:社区|论坛|网站|站)(?:的)?(?:规定|主旨)|"
    r"反对宪法(?:所确定的)?基本原则|危害国家安全|煽动民族仇恨|宣扬邪教|散布谣言|散布淫秽|"
    r"侮辱(?:或者)?诽谤他人|侵害他人合法权益|法律、行政法规禁止"
)
_MIN_PHRASES = 3  # distinct phrases over title and body: one licence number on a page is no notice
_MAX_CHARACTERS = 1500  # longer text is an article with some boilerplate in it, for the rules to trim


def is_site_notice(title: str, body_texts: Iterable[str], *, has_dateline: bool) -> bool:
    """True when the title and every body text are a site's posting rules or licence text."""
    if has_dateline:
        return False
    texts = [text for text in body_texts if text.strip()]
    if not texts or sum(map(len, texts)) > _MAX_CHARACTERS:
        return False
    phrases: set[str] = set(_NOTICE_RE.findall(title))
    for text in texts:
        found = _NOTICE_RE.findall(text)
        if not found:
            return False
        phrases.update(found)
    return len(phrases) >= _MIN_PHRASES
