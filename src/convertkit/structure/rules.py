"""The news rules themselves: one small named function per part of an article.

Each source paragraph (one non-blank line) is offered to the rules of ``DEFAULT_RULER`` in
order; the first rule that returns a :class:`~.ruler.Match` decides what the paragraph is.
A rule may also take a piece off the paragraph and hand the *rest* on to the rules after
it: the end-mark rule cuts ``（完）`` off and lets the remaining text become a paragraph or a
point, with the EndMark placed after it. ``paragraph`` is the fallback and always matches.
What the rules look for is data in ``patterns.py``; the machinery is in ``ruler.py``.

Some rules produce no block at all and only record facts: ``furniture`` keeps share widgets
and pager residue out of the body (their text goes to ``Meta.furniture_raw``), ``byline`` and
``header_line`` read their lines into Meta (kept in ``Meta.header_raw``). Either way every
Han character of the source stays somewhere in the model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from .. import regex_cache
from ..model import (
    Attachments,
    Block,
    Caption,
    EditorLine,
    EditorNote,
    EndMark,
    Heading,
    Imprint,
    Lead,
    LinkItem,
    Paragraph,
    Point,
    RelatedLinks,
    Salutation,
    Series,
    SeriesLabel,
    Signature,
    Turn,
)
from ..model import Dateline as DatelineModel
from ..readers.base import Hints
from ..readers.html_meta import headline_part, is_organisation
from ..transforms.punctuation import han_count, is_han, normalise
from ..transforms.script import detect_script
from . import patterns as P
from .captions import (
    CAPTION_MAX,
    closing_credit_of,
    closing_source,
    drawing_credit_re,
    has_caption_marker,
    latin_photo_credit,
    photographer_of,
    picture_source_line,
)
from .dateline import match_dateline
from .header import editor_names, header_fields
from .numerals import cn_number
from .official import (
    ADDRESSEE_MAX,
    DOCUMENT_KINDS,
    INFO_MAX,
    ISSUER_LABELS,
    NUMBER_LABELS,
    appended_document,
    appendix_label,
    attachment_item,
    attachment_label,
    copies_line,
    imprint_line,
    info_fields,
    is_addressee,
    issuer_line,
    mark_line,
    number_line,
    official_info_line,
    order_sequence,
    security_marks,
    signer_line,
)
from .people import (
    affiliation,
    is_common_word,
    is_pen_name,
    is_personal_name,
    latin_names,
    looks_like_names,
    split_affiliation,
    split_names,
)
from .ruler import Context, Match, Para, Rule, RuleFunc, Ruler, strip_markup
from .signature import (
    SALUTATION_MAX,
    is_issuing_body,
    is_salutation,
    is_signature_line,
    opens_salutation,
    signature_date,
    signature_line_date,
)
from .timeparse import compact_date, date_code, find_datetime, parse_datetime
from .titles import MD_HEADING_RE, clean_title
from .turns import SpeakerLabel, Transcript, speaker_label, transcript_turns

__all__ = [
    "DEFAULT_RULER",
    "Context",
    "Match",
    "Para",
    "Rule",
    "RuleFunc",
    "Ruler",
    "clean_title",
    "cn_number",
    "photographer_of",
    "strip_markup",
]

_SENTENCE_END = "。！？!?…"
_BULLETS = "．.·•●○◎■□◆◇▲△▶►-*※★☆"
_HAN = P.HAN


@cache
def _furniture_phrase_re() -> re.Pattern[str]:
    return regex_cache.compile(P._alternation(P.FURNITURE_PHRASES))


@cache
def _print_edition_re() -> re.Pattern[str]:
    return regex_cache.compile(P.PRINT_EDITION)


@cache
def _published_in_re() -> re.Pattern[str]:
    return regex_cache.compile(P.PUBLISHED_IN)


@cache
def _magazine_issue_re() -> re.Pattern[str]:
    return regex_cache.compile(P.MAGAZINE_ISSUE)


@cache
def _magazine_issue_line_re() -> re.Pattern[str]:
    return regex_cache.compile(P.MAGAZINE_ISSUE_LINE)


_ISSUE_LINE_MAX = 60


@cache
def _programme_stamp_re() -> re.Pattern[str]:
    return regex_cache.compile(P.PROGRAMME_STAMP)


def _is_furniture(text: str) -> bool:
    return len(text) <= 40 and _furniture_phrase_re().search(text) is not None


# --------------------------------------------------------------------------- the rules


def _keyword_furniture(text: str) -> bool:
    """A furniture shape tried only because the line holds one of its words (plain loops: this
    runs on every short line)."""
    if P.furniture_keywords_re().search(text) is None:
        return False
    for words, shape in P.furniture_keyword_res():
        for word in words:
            if word in text:
                if shape.fullmatch(text):
                    return True
                break
    return False


_NOTICE_CLAUSE_RE = regex_cache.compile(r"[^。！？!?；;，,]+")
# A notice opening with the site about what it carries (财新网所刊载内容之知识产权为…, 本网站所刊载信息…,
# 21世纪经济报道及其客户端所刊载内容的知识产权均属…):
# the site's name stands where 本站 stands in the openers.
_SITE_HOLDINGS_RE = regex_cache.compile(r"[\u3400-\u9fffA-Za-z0-9]{1,20}?(?:所刊载|所刊載|所刊登|所载|所載)")
# …or naming the text the site's work (环球网版权作品，未经书面授权，严禁转载或镜像…)
_SITE_WORK_RE = regex_cache.compile(
    r"[\u3400-\u9fffA-Za-z0-9]{1,12}?(?:版权作品|版權作品|原创作品|原創作品|原创稿件|原創稿件|独家稿件|獨家稿件)")
# …or under the site's own label (新浪声明：此消息系转载自新浪合作媒体，…并不意味着赞同其观点…): a listed outlet
# or a site (…网, …平台), never a company or a person whose statement the story reports (某公司声明：…)
_SITE_LABEL_RE = regex_cache.compile(r"(?P<site>[\u3400-\u9fffA-Za-z0-9]{1,8}?)(?:声明|聲明)\s*[:：]")
_SITE_ENDINGS = ("网", "網", "站", "平台", "号", "號")


def _site_label(text: str) -> bool:
    found = _SITE_LABEL_RE.match(text)
    return found is not None and (P.find_agency(found.group("site")) is not None or found.group("site").endswith(_SITE_ENDINGS))


# The last characters of the topic words: a line holding a word holds its last character, and most
# lines hold none of these few (a substring test each costs a fraction of the words' scan).
_NOTICE_TOPIC_ENDS = tuple(sorted({word[-1] for word in P.REPRINT_NOTICE_TOPICS}))


# Words every platform notice holds one of (信息存储空间服务, 传播服务, 信息发布平台, storage space):
# asked before the phrases' pattern, as this runs on every line.
_PLATFORM_GATES = ("空", "播服", "储服", "儲服", "存服", "布平", "storage")
# A character of every word that lets a line be one of the reprint, platform or helpline notices
# (the reprint topics' last characters, the first of each platform gate, a character of each
# helpline mark; a test checks it): one scan spares most lines all three.
_NOTICE_MARKS = "".join(_NOTICE_TOPIC_ENDS) + "".join(gate[0] for gate in _PLATFORM_GATES) + "惜殺杀專专線线援危撒緒救熱热"
_NOTICE_MARKS_RE = regex_cache.compile(f"[{_NOTICE_MARKS}]")


def _notices(text: str) -> bool:
    """The reprint, platform or helpline notice (each cheap to rule out, but three calls a line)."""
    return _NOTICE_MARKS_RE.search(text) is not None and (_reprint_notice(text) or _platform_notice(text)
                                                          or _helpline_notice(text))


def _holds_any(text: str, keys: tuple[str, ...]) -> bool:
    """Whether ``text`` holds any of ``keys``: a loop of substring tests (``any`` over a generator
    costs several times as much, a regex scan more)."""
    for key in keys:  # noqa: SIM110 - a loop, not any() over a generator: a third of the cost
        if key in text:
            return True
    return False


@cache
def _notice_topics_re() -> re.Pattern[str]:
    return regex_cache.compile(P.any_word(P.REPRINT_NOTICE_TOPICS))


def _reprint_notice(text: str) -> bool:
    """A reprint/copyright notice the one-sentence shapes miss, long (本文为XX原创，未经授权不得转载，
    转载请联系…，违者必究。本站所载文章仅代表作者观点…), bracketed (（本文为…原创稿件，…不得转载…）)
    or a copyright line (© 2026年德国之声 版权声明：本文所有内容受到著作权法保护…不得擅自使用。):
    it opens as a notice about the text, holds a phrase only notices use, and nearly every clause
    is notice language, so a report about reprinting (本文开头提到的报道被多家网站转载，…) stays."""
    if len(text) > P.REPRINT_NOTICE_MAX or not _holds_any(text, _NOTICE_TOPIC_ENDS) \
            or _notice_topics_re().search(text) is None:
        return False  # a few substring tests in C, then one scan for the words: this runs on every line
    if not (text.startswith(P.REPRINT_NOTICE_OPENERS) or _SITE_HOLDINGS_RE.match(text) or _site_label(text)
            or _SITE_WORK_RE.match(text)) \
            or not any(word in text for word in P.REPRINT_NOTICE_PHRASES):
        return False
    clauses = [clause for clause in _NOTICE_CLAUSE_RE.findall(text) if clause.strip(" \u3000（）()【】")]
    notice = sum(1 for clause in clauses if any(word in clause for word in P.REPRINT_NOTICE_WORDS))
    return notice * 4 >= len(clauses) * 3


_MENU_ITEM_MAX = 8
_MENU_ITEM_RE = regex_cache.compile(P.NAV_LINE)


def _menu_item(para: Para, ctx: Context) -> bool:
    """An item of a portal's menu copied one a line over the headline (搜狐首页 / 新闻 / 体育 / 汽车,
    腾讯新闻 / 首页 / 要闻): a channel's name beside another, or the home page's link alone."""
    following, previous = ctx.following(), ctx.paras[ctx.index - 1] if ctx.index else None
    # the item above counts when it was taken as one (华舆 between 日本語 and 登录)
    above = _menu_word(previous) or (previous is not None and len(previous.text) <= _MENU_ITEM_MAX
                                     and previous.raw in ctx.meta.get("furniture_raw", ()))
    if _MENU_ITEM_RE.fullmatch(para.text) is None:
        # an item we cannot name between two we can (日本語 / 华舆 / 登录): one of the same menu
        return above and _menu_word(following) and _MENU_WORD_RE.fullmatch(para.text) is not None
    if para.text.endswith(("首页", "首頁")):
        return True
    return _menu_word(following) or above


_MENU_WORD_RE = regex_cache.compile(r"[^\s。！？，,：:；;、]{1,8}")


def _menu_word(near: Para | None) -> bool:
    return near is not None and len(near.text) <= _MENU_ITEM_MAX and _MENU_ITEM_RE.fullmatch(near.text) is not None


def _platform_notice(text: str) -> bool:
    """The notice a platform of users' posts prints under each (“特别声明：以上作品内容…为凤凰网旗下
    自媒体平台“大风号”用户上传并发布，本平台仅提供信息存储空间服务。 and its English twin
    Notice: The content above … merely provides information storage space services.)."""
    if len(text) > P.PLATFORM_NOTICE_MAX or not _holds_any(text, _PLATFORM_GATES) \
            or _platform_notice_re().search(text) is None:
        return False  # scans in C for the words every phrase holds: this runs on every line
    return text.lstrip("“\"「『'‘ \u3000").startswith(P.PLATFORM_NOTICE_OPENERS)


@cache
def _platform_notice_re() -> re.Pattern[str]:
    return regex_cache.compile(P.any_word(P.PLATFORM_NOTICE_PHRASES))


# Asks the reader to call (可撥, 請致電, 拨打) or lists the lines with their numbers (安心專線：1925).
_HELPLINE_CALL_RE = regex_cache.compile(
    r"(?:撥打|拨打|撥|拨|致電|致电|聯絡|联络|聯繫|联系|求助|求救|查詢|查询)[^。！？]{0,30}?\d{3}"
    r"|(?:專線|专线|熱線|热线|生命線|生命线|求助電話|求助电话)\s*[:：]?\s*[（(]?\d{3}")


def _helpline_notice(text: str) -> bool:
    """A helpline notice (``HELPLINE_NOTICE_MARKS``): a prevention service's words or name, a
    number to call, and no word of a report about it. It is printed beside the story, not part
    of it (a reading copy or a summary should not quote 珍惜生命 as the news)."""
    if len(text) > P.HELPLINE_NOTICE_MAX or _helpline_mark_re().search(text) is None:
        return False
    if any(word in text for word in P.HELPLINE_REPORT_WORDS):
        return False
    return _HELPLINE_CALL_RE.search(text) is not None


_FOOTER_CLAUSE_RE = regex_cache.compile(r"[^。！？!?；;，,]+")
_FOOTER_RUN_CLAUSES = 3  # a sentence of the story may hold two such words; a footer runs on


def _footer_run(text: str) -> bool:
    """An outlet's footer prompts run into one line (``FOOTER_RUN_WORDS``): it opens as a prompt,
    holds three clauses or more, and every clause but at most one in four asks for the app, a
    follow, a tip, or respect of the outlet's rights. A story's appeal for tips (警方呼吁知情者
    提供线索，…) opens otherwise and stays."""
    if len(text) > P.FOOTER_RUN_MAX or not text.lstrip("（(【").startswith(P.FOOTER_RUN_OPENERS):
        return False
    clauses = [clause for clause in _FOOTER_CLAUSE_RE.findall(text) if clause.strip(" \u3000（）()【】")]
    prompts = sum(1 for clause in clauses if any(word in clause for word in P.FOOTER_RUN_WORDS))
    return len(clauses) >= _FOOTER_RUN_CLAUSES and prompts * 4 >= len(clauses) * 3


@cache
def _helpline_mark_re() -> re.Pattern[str]:
    return regex_cache.compile(P.any_word(P.HELPLINE_NOTICE_MARKS))


def _furniture_line(text: str) -> bool:
    """A whole line of page furniture: the furniture rule's test (written out there, as it runs on
    every line), for the rules that look ahead."""
    if _notices(text) or _footer_run(text):
        return True
    return len(text) <= P.FURNITURE_LINE_MAX and bool(P.is_furniture_line(text) or _keyword_furniture(text))


_COPYRIGHT_OWNER_RE = regex_cache.compile(
    r"^[©\s]*(?P<owner>[^\s©]{2,14}?)\s*(?:版权所有|版權所有)"
    # © and the year before the owner (© 2024年德国之声, © 2024 美国之音), the line's end or its notice after it
    r"|^(?:©|Copyright\s*©?)\s*\d{4}\s*年?\s*(?P<owner2>[^\s©，,。:：]{2,14}?)\.?(?:\s*(?:版权声明|版權聲明|[，,:：\s])|$)"
    # the owner before the year (© BBC 2024, © 2024 BBC. All rights reserved.)
    r"|^(?:©|Copyright\s*©?)\s*(?P<owner4>[^\s©，,。:：\d]{2,14}?)\s*\d{4}\s*$"
    # the owner after the word (本文版权归财新传媒所有 · 版权所有 © 联合早报)
    r"|^(?:本文|此文|文章)?(?:版权|版權)(?:归|歸|属于|屬於|属|屬)(?P<owner5>[^\s©，,。]{2,14}?)(?:所有)?[。.]?$"
    r"|^(?:版权所有|版權所有)\s*[©:：]?\s*(?:(?:19|20)\d{2}\s*年?\s*)?(?P<owner6>[^\s©，,。\d][^\s©，,。]{1,13})\s*$"
    # a note that the story is the outlet's own (本文为财新网独家稿件)
    r"|^[（(]?(?:本文|此文|本稿|本篇)(?:为|系|為|係|是)(?P<owner3>[^。！？，,（）()]{2,14}?)(?:独家|獨家|原创|原創)")


def _copyright_owner(text: str) -> str | None:
    """The known outlet a copyright line names as the owner (自由時報版權所有不得轉載, 世界日報版權所有・…,
    © 2024年德国之声)."""
    match = _COPYRIGHT_OWNER_RE.match(text)
    named = match.group("owner2") or match.group("owner4") if match is not None else None
    if named:
        found = P.find_agency(named)
        if found is None and named.isascii():
            # © BBC 2024 under a story in Chinese: the outlet's Chinese service (BBC中文) wrote it
            found = P.find_agency(named + "中文") or P.find_agency(named + "中文网")
            return found.name if found is not None else None
        return found.name if found is not None and found.name == P.canonical_agency(named) else None
    owned = match.group("owner3") or match.group("owner5") or match.group("owner6") if match is not None else None
    if owned:
        found = P.find_agency(owned)
        return found.name if found is not None else None
    found = P.find_agency(match.group("owner")) if match else None
    return found.name if found else None


def _promo_lines(ctx: Context) -> int:
    """Lines of a promotion opened by this line's label (推荐播客) and closed by 节目完 a few short
    lines below, both counted; 0 when no close follows."""
    for offset in range(1, P.PROMO_MAX_LINES + 2):
        following = ctx.following(offset)
        if following is None or len(following.text) > 40:
            return 0
        if following.text in P.PROMO_CLOSERS:
            return offset + 1
    return 0


_ORPHAN_MARKS = "。．.，,"


def _orphan_credit(text: str) -> bool:
    """What a crawler left of a picture's caption when it lost the sentence: its closing mark and
    the wire's credit (蘋果日報: 。路透). Nothing of the story; kept as furniture."""
    credit = text.lstrip(_ORPHAN_MARKS + " \u3000").strip("（）() \u3000")
    return credit in P.PHOTO_WIRE_CREDITS or credit in P.PHOTO_AGENCY_CREDITS or credit in P.PHOTO_WIRE_SHORT


def _wechat_tail(ctx: Context) -> int:
    """Lines of a WeChat page's tail from this opener to the end of the text, counted with it,
    when every one is short and none is a sentence of story; 1 (the opener alone) otherwise."""
    position = 1
    while (following := ctx.following(position)) is not None:
        text = following.text
        if len(text) > P.WECHAT_TAIL_LINE_MAX or (text[-1:] == "。" and han_count(text) >= 20):
            return 1
        position += 1
    return position


# A note closing a signed commentary that tells who the writer is, perhaps with the opinion
# disclaimer after it: （作者系某大学教授，本文仅代表作者个人观点）.
_AUTHOR_NOTE_OPENERS = frozenset(("作者", "笔者", "筆者"))
_AUTHOR_NOTE_RE = regex_cache.compile(
    r"^[（(]\s*(?:作者|笔者|筆者)\s*(?:系|係|为|為|是)\s*(?P<who>[^，,。；;（）()]{2,40}?)\s*"
    r"(?:[，,。；;]\s*(?P<rest>[^（）()]{0,40}?))?[。]?\s*[）)]$"
    # （作者单位：某某大学）: the label says what the value is
    r"|^[（(]\s*(?:作者|笔者|筆者)(?:单位|單位|工作单位|工作單位)\s*[:：]\s*(?P<unit>(?:[^，,。；;：:（）()]|[（(][^（）()]{1,20}[）)]){2,40}?)\s*[。]?\s*[）)]$")
_DISCLAIMER_WORDS = ("观点", "觀點", "立场", "立場", "意见", "意見")


def _closing_author_note(para: Para, ctx: Context, *, last: bool = False) -> Match | None:
    """The note under a signed story saying who its writer is: the writer's affiliation, and the
    line (with the disclaimer it may carry) kept as read in furniture, as the disclaimer alone is.
    Only where the story names its writer, whom the byline then shows with the affiliation; a note
    of an unnamed writer stays the story's, and so does one that says more than a disclaimer."""
    found = _AUTHOR_NOTE_RE.match(para.text)
    if found is None:
        return None
    unit = found.group("unit")
    who, rest = (unit, "") if unit else (affiliation(found.group("who")), found.group("rest") or "")
    if who is None or (rest and not ("代表" in rest and any(word in rest for word in _DISCLAIMER_WORDS))):
        return None
    if not (ctx.meta.get("reporters") or ctx.hints.authors):
        # an unnamed writer's affiliation: a credit closing the story, as it reads, no paragraph of it
        return None if rest or (not last and _later_prose(ctx)) else Match(blocks=(EditorLine(text=para.text, raw=para.raw),))
    meta: dict[str, Any] = {"furniture_raw": (para.raw,)}
    if not ctx.meta.get("affiliation"):
        meta["affiliation"] = who
    return Match(meta=meta)


# WeChat's card of an account set into a post (its name, its slogan, 69篇原创内容, 公众号): the count
# of its original posts marks it; the label under the count names what the card is.
_PROFILE_COUNT_RE = regex_cache.compile(r"\d{1,5}\s*篇原创内容|\d{1,5}\s*篇原創內容")
_PROFILE_LABELS = frozenset(("公众号", "公眾號", "Official Account", "视频号", "視頻號"))
_PROFILE_LINE_MAX = 60


def _profile_card(para: Para, ctx: Context) -> Match | None:
    """A line of an account's card: the count (with the label under it), or the name or slogan
    over it, one or two lines up."""
    text = para.text
    if _PROFILE_COUNT_RE.fullmatch(text):
        following = ctx.following()
        consumed = 2 if following is not None and following.text in _PROFILE_LABELS else 1
        return Match(meta={"furniture_raw": (para.raw, *((following.raw,) if consumed == 2 else ()))},  # type: ignore[union-attr]
                     consumed=consumed)
    if len(text) > _PROFILE_LINE_MAX or text[-1:] == "。":
        return None
    for offset in (1, 2):
        following = ctx.following(offset)
        if following is not None and following.text[:1].isdigit() and _PROFILE_COUNT_RE.fullmatch(following.text):
            return Match(meta={"furniture_raw": (para.raw,)})
    return None


def rule_furniture(para: Para, ctx: Context) -> Match | None:
    """Page furniture captured in crawled text (分享让更多人看到, 上一页123下一页, 【纠错】,
    感谢您的反馈…, QR-code and app prompts): never a block of the body.

    Only a whole line is furniture; its raw text goes to ``Meta.furniture_raw`` so nothing of
    the source is lost. A furniture prefix (``【纠错】【责任编辑：张三】``) is cut off and the
    rest goes on to the other rules (its blocks keep the whole line as ``raw``).
    """
    text = para.text
    if not text:
        return Match(meta={"furniture_raw": (para.raw,)})  # markup alone, as ![图片](…): nothing to read
    if ctx.anywhere("篇原") and ("篇原" in text or ((following := ctx.following()) is not None and "篇原" in following.text)
                               or ((second := ctx.following(2)) is not None and "篇原" in second.text)):
        card = _profile_card(para, ctx)
        if card is not None:
            return card
    if text in P.WECHAT_TAIL_OPENERS:
        tail = _wechat_tail(ctx)
        raws = (para.raw, *(ctx.following(offset).raw for offset in range(1, tail)))  # type: ignore[union-attr]
        return Match(meta={"furniture_raw": raws}, consumed=tail)
    if text in P.PROMO_OPENERS:
        promo = _promo_lines(ctx)
        if promo:
            raws = (para.raw, *(ctx.following(offset).raw for offset in range(1, promo)))  # type: ignore[union-attr]
            return Match(meta={"furniture_raw": raws}, consumed=promo)
    if text[:1] in "（(" and text[1:3] in _AUTHOR_NOTE_OPENERS and ctx.has_lead:
        note = _closing_author_note(para, ctx)
        if note is not None:
            return note
    if len(text) <= _MENU_ITEM_MAX and ctx.in_header and "title" not in ctx.meta and _menu_item(para, ctx):
        return Match(meta={"furniture_raw": (para.raw,)})
    if text.startswith(P.FURNITURE_PREFIXES):  # one call in C for the few lines that open so
        prefix = next(prefix for prefix in P.FURNITURE_PREFIXES if text.startswith(prefix))
        rest = text[len(prefix) :].strip(" \u3000")
        if not rest or P.is_furniture_line(rest):
            return Match(meta={"furniture_raw": (para.raw,)})  # the widget alone on its line (光明网), or among others
        return Match(rest=Para(raw=para.raw, body=text[len(prefix) :].strip(), number=para.number))
    if len(text) > P.FURNITURE_LINE_MAX:
        return Match(meta={"furniture_raw": (para.raw,)}) \
            if _notices(text) or _footer_run(text) else None
    if text[:1] in _ORPHAN_MARKS and _orphan_credit(text):
        return Match(meta={"furniture_raw": (para.raw,)})
    if text[:1].isdigit() and _WIDGET_COUNT_RE.fullmatch(text) and _among_widgets(ctx):
        return Match(meta={"furniture_raw": (para.raw,)})
    if P.is_furniture_line(text) or _keyword_furniture(text) or _notices(text) or _footer_run(text):
        if _KEYWORD_LABEL_FIRST.match(text) and _keywords_re().match(text):
            return None  # 关键字：C919 商飞 (观察者网, ETtoday): the page's keywords, read by the header rule
        if "@" in text and _in_contact_block(ctx):
            return None  # 邮箱：press@… under a press release's 媒体联系人 and its 电话 line: the release's own
        owner = _copyright_owner(text) if "版" in text or "©" in text or "独家" in text or "獨家" in text \
            or "原创" in text or "原創" in text else None
        return Match(meta={"furniture_raw": (para.raw,), **({"copyright_agency": owner} if owner else {})})
    return None


# A count a widget shows (阅读 1.2万 / 368 / 56 / 分享 / 在看 copied from a WeChat page's toolbar:
# the likes and 在看 counts on lines of their own), alone on its line.
_WIDGET_COUNT_RE = regex_cache.compile(r"\d[\d,.]{0,8}(?:万|萬|[wWkK])?\+?")


def _among_widgets(ctx: Context) -> bool:
    """The count's line sits in a run of widget lines: past the counts beside it, the line above
    is a widget's and so is the line below (or the text ends). A number alone elsewhere (a
    section's 1, a table's cell) is no count."""
    def widget(offset: int, step: int) -> bool:
        while 0 <= ctx.index + offset < len(ctx.paras):
            text = ctx.paras[ctx.index + offset].text
            if not _WIDGET_COUNT_RE.fullmatch(text):
                return P.is_furniture_line(text)
            offset += step
        return step > 0  # the text ends under the counts; it never opens with them
    return widget(-1, -1) and widget(1, 1)


# A press release's contact block opens with its contact person (媒体联系人：/ 刘晓 / 电话：021-… /
# 邮箱：…); a page's 举报电话 and 举报邮箱 name no one.
_CONTACT_LABELS = ("联系人", "聯絡人", "聯繫人")
_CONTACT_LOOKBACK = 3


def _in_contact_block(ctx: Context) -> bool:
    """One of the three lines above names a contact person (媒体联系人：): the address under it is
    the release's, for the journalists it is sent to, not the page's desk address."""
    return any((line := ctx.following(-offset)) is not None and any(label in line.text for label in _CONTACT_LABELS)
               for offset in range(1, min(_CONTACT_LOOKBACK, ctx.index) + 1))


def _hinted_caption(text: str, hints: Hints) -> bool:
    if not hints.captions:
        return False
    key = _squash(text)
    return any(_squash(normalise(strip_markup(caption))) == key for caption in hints.captions)


def _hinted_heading(text: str, hints: Hints) -> bool:
    """The container marks this line a heading (an HTML <h2> inside the body, ``hints.headings``)."""
    key = _squash(text)
    return any(_squash(normalise(strip_markup(heading))) == key for heading in hints.headings)


_CREDIT_OVER_CAPTION_MAX = 40  # a credit line's label, its separator and the credit (picture_source_line)
# BBC中文's word for a screen reader before a picture's caption (图像加注文字，…): no word the page shows.
_OFFSCREEN_CAPTION_RE = regex_cache.compile(r"^(?:图像加注文字|圖像加註文字)\s*[，,]\s*")
_SOURCE_FIRST = frozenset(label[0] for label in P.CAPTION_SOURCE_LABELS)


def rule_credit_over_caption(para: Para, ctx: Context) -> Match | None:
    """A picture's credit alone on its line (BBC中文's ``图像来源，Getty Images`` over the picture)
    with its caption on the next (``图像加注文字，…``, or a line the page marks a caption): one
    caption, its words then the credit, with the credit as its ``photographer``, where they were
    two captions, the first a credit with no picture's words."""
    if para.text[:1] not in _SOURCE_FIRST:
        return None
    found = picture_source_line(para.text)
    below = ctx.following()
    if found is None or below is None:
        return None
    raws: tuple[str, ...] = (para.raw, below.raw)
    if _offscreen_label_alone(below.text):
        # 图像加注文字， on a line of its own (a copy of BBC中文's page: the label a screen reader says,
        # hidden on the page), the caption's words on the next
        words_line = ctx.following(2)
        if words_line is None:
            return None
        below, raws = words_line, (*raws, words_line.raw)
    caption = below.text.strip()
    if not 0 < len(caption) <= CAPTION_MAX or picture_source_line(caption) is not None \
            or not (len(raws) == 3 or _hinted_caption(caption, ctx.hints) or has_caption_marker(caption)):
        return None
    words = _OFFSCREEN_CAPTION_RE.sub("", caption)
    credit = found.group("credit").strip()
    block = Caption(text=f"{words}（{found.group('label')}：{credit}）", raw="\n".join(raws), photographer=credit)
    return Match(blocks=(block,), consumed=len(raws))


def _offscreen_label_alone(text: str) -> bool:
    """``图像加注文字，`` alone: BBC中文's caption label, whose caption is the next line."""
    return text[:1] in "图圖" and _OFFSCREEN_CAPTION_RE.sub("", text) == "" and text != ""


def rule_hinted_caption(para: Para, ctx: Context) -> Match | None:
    """A line the container marks as a caption (HTML ``<figcaption>``, ``hints.captions``) is
    a Caption whatever its shape: no 摄 or 图为 needed, and no other rule reads it first."""
    if not _hinted_caption(para.text, ctx.hints):
        return None
    names = photographer_of(para.text) or ()
    if not names and (source := closing_source(para.text)) is not None:
        names = (source,)  # 法兰克福金融区（图像来源：dpa）: the credit the page set after the words
    if not names and (credit := closing_credit_of(para.text)) is not None:
        names = (credit,)  # …工地。图/视觉中国, …项目。Gilles Sabrié for The New York Times
    return Match(blocks=(Caption(text=para.text, raw=para.raw, photographer="、".join(names) or None),),
                 meta={"photographers": names})


def rule_page_standfirst(para: Para, ctx: Context) -> Match | None:
    """The summary the page sets apart under its headline (``hints.standfirst``: 端传媒's lead, 界面's
    article-sub): a note set apart (摘要) before the story, never its lead."""
    standfirst = ctx.hints.standfirst
    if ctx.has_lead or standfirst is None or _squash(para.text) != _squash(normalise(strip_markup(standfirst))):
        return None
    if match_dateline(para.body) is not None:
        return None  # 【财新网】… in 财新's subhead: the story's dateline, so its lead
    if P.editor_note_opened().match(para.text) is not None:
        return rule_editor_note(para, ctx)  # 导读：… labels itself
    return Match(blocks=(EditorNote(text=para.text, raw=para.raw, label=_STANDFIRST_LABEL),))


def _hinted_item(text: str, hints: Hints) -> tuple[int, str] | None:
    """The number and marker of a line the container marks as a list's item (``hints.list_items``):
    an ordered list's number (1.), or the item's place in its run of bulleted items."""
    key = _squash(text)
    number, bulleted = 0, False
    for item, label in hints.list_items:
        ordered = label[:1].isdigit()
        number = int(label.rstrip(".")) if ordered else (number + 1 if bulleted else 1)
        bulleted = not ordered
        if _squash(normalise(strip_markup(item))) == key:
            return number, label
    return None


def rule_list_item(para: Para, ctx: Context) -> Match | None:
    """A line the page sets as an item of a list inside the story (``<ul>``/``<ol>``): an item under
    its marker (• or its number), set as a list is, where it was a paragraph of its own. Only
    beside another item: a list has two or more, and the same words alone are a paragraph."""
    found = _hinted_item(para.text, ctx.hints)
    if found is None:
        return None
    neighbours = (ctx.following(-1) if ctx.index > 0 else None, ctx.following())
    if not any(line is not None and _hinted_item(line.text, ctx.hints) is not None for line in neighbours):
        return None  # the item's words again among the story's paragraphs (划重点 quotes the story): a paragraph
    number, label = found
    key = _squash(para.text)
    depth = next((depth for item, depth in ctx.hints.list_depths if _squash(normalise(strip_markup(item))) == key), 0)
    return Match(blocks=(Point(number=number, heading="", text=label + para.text, raw=para.raw, label=label, item=True,
                               depth=depth),))


def _title_match(title: str, para: Para) -> Match:
    meta: dict[str, Any] = {"title": title}
    if han_count(title) != han_count(para.body):
        meta["header_raw"] = (para.raw,)  # a site suffix went: keep the line as written
    return Match(meta=meta)


_TITLE_REPEAT_REACH = 6  # lines from the top where a page shows its headline a second time


def rule_title(para: Para, ctx: Context) -> Match | None:
    """The headline: hints.title when given, else the first line if it reads like one; and the
    kicker (引题) over it (``_kicker``).

    "First" allows a time or source line before it (``2019-01-17 23:10`` then the headline).
    """
    stacked = _kicker(para, ctx)
    if stacked is not None:
        return stacked
    if "title" in ctx.meta:
        if ctx.in_header and (ctx.index <= _TITLE_REPEAT_REACH or _only_header_above(ctx)) \
                and _is_the_title(para.text.lstrip("#"), ctx):
            return Match(meta={"header_raw": (para.raw,)})  # the headline again under the cover picture
        return None
    if (ctx.index - len(ctx.meta.get("official_lines", ())) > 2 and not _under_header_lines(ctx)
            and not _only_header_above(ctx)) \
            or (ctx.kinds and not _under_original_title(ctx) and not _under_opening_note(ctx)):
        return None  # the 版头 of an official document (发文机关标志, 发文字号) may stand above it
    if _official_header_line(para, ctx):
        return None  # the 版头's to read (``rule_official_header``, the next rule)
    if len(para.text) <= _MENU_ITEM_MAX and _menu_item(para, ctx):
        return None  # 搜狐首页 over 新闻 / 体育: the portal's menu, the furniture rule's
    if len(para.text) <= _PAGE_HEADER_MAX and _PAGE_HEADER_RE.match(para.text):
        return Match(meta={"header_raw": (para.raw,)})  # 第04版：要闻, an e-paper page's header over the headline
    if para.text[:1] == "《" and _print_edition_re().match(para.text) is not None:
        # 《工人日报》（2024年03月06日 03版） over the headline: the page's header, read as under the story
        edition = rule_print_edition(para, ctx)
        if edition is not None:
            return Match(meta={**edition.meta, "header_raw": (para.raw,)})
    hints = ctx.hints
    if "■" in para.body[:48]:
        marked = _headline_marked_byline(para, ctx)
        if marked is not None:
            return marked
    tagged = _topic_tag_before_title(para, ctx)
    if tagged is not None:
        return tagged
    if hints.title:
        title = clean_title(hints.title)
        if hints.title_in_text and _is_hinted_title(para, hints):
            return _title_match(title, para)
        fuller = _fuller_title(title, para)
        if fuller:
            return Match(meta={"title": fuller, "header_raw": (para.raw,)})
        if _variant_title(para.text, title) and any(_full_paragraph(ctx.following(k)) for k in (1, 2, 3)):
            return Match(meta={"header_raw": (para.raw,)})  # kept as written, never the lead
        return None
    if not hints.title_in_text:
        return None
    if not _reads_like_title(para) and not (_reads_like_title(para, _LONG_TITLE) and _header_follows(ctx)):
        return None
    if ctx.index == 0 and _site_name_alone(para.text) and ctx.following() is not None:
        return None  # 中国政府网 over the page: the header rule's
    return _title_match(clean_title(para.body), para)


# An e-paper page's header (第04版：要闻, A04版：财经, 第3版 国际): the page number and its name, no headline.
_PAGE_HEADER_RE = regex_cache.compile(
    r"^第?\s*[A-Za-zＡ-Ｚ]?[0-9０-９]{1,3}\s*版(?:\s*[:：\s]\s*[\u4e00-\u9fff·]{2,8})?$")
_PAGE_HEADER_MAX = 16
_HEADER_LINES_MAX = 5  # header lines a copy may set over its headline (byline, 来源, time, …)


def _under_header_lines(ctx: Context) -> bool:
    """Every line above is a header line read into the metadata (中国青年报's copy: 中青报·中青网记者 张三 /
    来源：中国青年报 / 2024年03月05日 06:12 over the headline), at most a few of them."""
    if ctx.index > _HEADER_LINES_MAX or ctx.kinds:
        return False
    read = set(ctx.meta.get("header_raw", ()))
    return all(para.raw in read for para in ctx.paras[: ctx.index])


_HEADER_ABOVE_REACH = 16


def _only_header_above(ctx: Context) -> bool:
    """Every line above was read into the metadata or set aside as furniture (a government page's
    site name, trail and 政府信息公开 table of seven rows over the document): the page's header,
    however long, and the headline or the 发文字号 printed again under it still belong to it."""
    if ctx.index > _HEADER_ABOVE_REACH or ctx.kinds:
        return False
    read = {*ctx.meta.get("header_raw", ()), *ctx.meta.get("furniture_raw", ())}
    dateline = ctx.meta.get("dateline")
    if dateline is not None:
        read.add(dateline.raw)  # 記者王小明／台北報導 alone over the headline (ETtoday's copy)
    return all(para.raw in read for para in ctx.paras[: ctx.index])


def _under_title_and_header_lines(ctx: Context) -> bool:
    """Every line above is the headline or a header line read into the metadata (纽约时报中文网's
    copy: the masthead, the headline, the English headline, then the writer's name), at most a few."""
    if ctx.index > _HEADER_LINES_MAX or ctx.kinds:
        return False
    read = set(ctx.meta.get("header_raw", ()))
    return all(para.raw in read or _is_the_title(para.text, ctx) for para in ctx.paras[: ctx.index])


_OPENING_NOTE_LABELS = ("编者按", "編者按", "编者的话", "編者的話", "编前", "編前")


def _under_opening_note(ctx: Context) -> bool:
    """The line right under an editor's note that opens the copy (编者按：… over the headline, as a
    series' first story sets its box), with the byline or the header under it: the headline."""
    if ctx.index != 1 or ctx.kinds != ["editor_note"] or not ctx.paras[0].text.lstrip("【[〔 ").startswith(_OPENING_NOTE_LABELS):
        return False
    following = ctx.following()
    return following is not None and (_reads_like_byline(following.text) or bool(header_fields(following.text)))


def _under_original_title(ctx: Context) -> bool:
    """The line right under a copy's first line, 原标题：… (a portal's reprint names the paper's own
    headline over its new one): the headline may still come, the note before it."""
    return ctx.index == 1 and ctx.kinds == ["editor_note"] and ctx.paras[0].text.startswith(tuple(_ORIGINAL_TITLE_LABELS))


# 解放军报 and 中国军网 set the headline, a ■, the writer's name (a two-character name spaced out
# to three characters' width: 刘 琳) and the story on one line when a crawler flattens the page:
# 美强化“小多边”机制危害地区和平稳定■刘 琳日本首相岸田文雄访美期间，…
_MARKED_HEADLINE_RE = regex_cache.compile(
    r"^(?P<head>[^。！？■]{4,40}?)■[ \u3000]*(?P<name>[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])(?=[\u4e00-\u9fff])")


def _headline_marked_byline(para: Para, ctx: Context) -> Match | None:
    """The headline and the ■-marked writer glued before the story: the headline (or, when the
    container gives it, its copy dropped), the writer, and the story read on as the lead."""
    found = _MARKED_HEADLINE_RE.match(para.body)
    if found is None:
        return None
    name = found.group("name").replace(" ", "").replace("\u3000", "")
    head = found.group("head").strip()
    if not is_personal_name(name):
        return None
    meta: dict[str, Any] = {"reporters": (name,), "header_raw": (para.body[: found.end()],)}
    if ctx.hints.title:
        if len(head) < 8 or _squash(head) not in _squash(clean_title(ctx.hints.title)):
            return None  # the line opens with something else than the headline (国际观察丨 may go before it)
    else:
        meta["title"] = clean_title(head)
    return Match(meta=meta, rest=para.rest(para.body[found.end() :]))


# A variant of the headline opening the body (the page's <h1> 姚明对周琦说了啥？周琦上下半场判若两人
# over 姚明对周琦说了啥？大魔王上下半场判若两人): most of its characters in the headline's order,
# about as long, and no sentence closed by a full stop.
_VARIANT_TITLE_SIMILARITY = 0.75
_VARIANT_TITLE_LENGTHS = (0.75, 1.35)


def _variant_title(text: str, title: str) -> bool:
    """The headline again with a word or two changed: a header line, not the lead."""
    line, head = _squash(text), _squash(title)
    if len(line) < 8 or not head or line.endswith(("。", ".")):
        return False
    low, high = _VARIANT_TITLE_LENGTHS
    if not low <= len(line) / len(head) <= high:
        return False
    from difflib import SequenceMatcher  # two short lines at the top of a page, once

    return SequenceMatcher(None, line, head, autojunk=False).ratio() >= _VARIANT_TITLE_SIMILARITY


_CUT_MARKS = ("……", "…", "...")
_CUT_STEM_MIN = 4  # characters a cut headline must keep to be recognised at the head of a line


def _fuller_title(title: str, para: Para) -> str | None:
    """The whole headline a line near the top gives when the container's was cut short with an
    ellipsis (a search result's 美日韩持续对朝军事施压…): the line opens with what was kept and
    reads as a headline. None when the container's title is whole or no such line is here."""
    if not title.endswith(_CUT_MARKS):
        return None
    stem = _squash(title.rstrip("….").strip())
    line = _squash(normalise(para.body))
    if len(stem) < _CUT_STEM_MIN or len(line) <= len(stem) or not line.startswith(stem):
        return None
    return clean_title(para.body) if _reads_like_title(para) else None


# A headline may run this long when a time or 来源 line under it says it is one (a long 通稿
# headline, 习近平在…时强调…); alone, a line that long is more likely the lead.
_LONG_TITLE = 120


def _header_follows(ctx: Context) -> bool:
    following = ctx.following()
    return following is not None and len(following.text) <= 80 and header_fields(following.text) is not None


def _is_hinted_title(para: Para, hints: Hints) -> bool:
    """The line is the headline the container gives (as a markdown heading too: # 标题)."""
    text = para.text.lstrip("#").lstrip() if para.text[:1] == "#" else para.text
    return _squash(text) in (_squash(clean_title(hints.title or "")), _squash(normalise(hints.title or "")))


_TOPIC_TAG_RE = regex_cache.compile(r"^[【\[［〖]\s*(?P<tag>[^【】\[\]［］〖〗。，,；;：:！？]{1,10}?)\s*[】\]］〗]$")


# A site's section or a release's label on its own line over the headline, as a copy of the page
# takes it with the headline (星洲日报's 国内, 信報's 要聞, 風傳媒's 觀點, 南洋商报's 财经新闻, a
# company's 新闻稿), perhaps after its print page (東方日報: A1 要聞), or a flash's kind (快讯！): the page's
# filing, not the headline.
_SECTION_LABEL_RE = regex_cache.compile(
    rf"^(?:[A-Z]\d{{1,2}}[ \u3000]*)?(?:{'|'.join(P.SECTION_LABELS)}|[{_HAN}]{{2,4}}(?:新闻|新聞)|新闻稿|新聞稿|新闻通稿|新聞通稿"
    r"|(?:快讯|快訊|突发|突發|速报|速報|独家|獨家|重磅)[！!]?)"
    # the section and its subsection set apart (星島: 即時 港聞 · 國際 > 亞洲)
    rf"(?:[ \u3000]*[>＞/|｜·]?[ \u3000]*(?:{'|'.join(P.SECTION_LABELS)})){{0,2}}$")


def _filing_label(text: str) -> re.Match[str] | None:
    return _SECTION_LABEL_RE.match(text) if len(text) <= _SECTION_LABEL_MAX else None


_SECTION_LABEL_MAX = 12  # 即時 港聞, a section and its subsection


def _topic_tag_before_title(para: Para, ctx: Context) -> Match | None:
    """A short bracketed topic tag on its own line straight above a longer headline (HK01's
    【颱風】, a 【快讯】 kicker): the headline below wins the title and the tag is kept verbatim in
    ``Meta.header_raw``; both lines are consumed."""
    tag = _TOPIC_TAG_RE.match(para.text) if para.text[:1] in "【[［〖" else _filing_label(para.text)
    following = ctx.following()
    if tag is None or following is None or not ctx.hints.title_in_text:
        return None
    if len(following.text) <= len(para.text) or _TOPIC_TAG_RE.match(following.text):
        return None
    if ctx.hints.title:
        if not _is_hinted_title(following, ctx.hints):
            return None
        title = clean_title(ctx.hints.title)
    elif _reads_like_title(following):
        title = clean_title(following.body)
    else:
        return None
    shown = _title_match(title, following).meta.get("header_raw", ())
    meta: dict[str, Any] = {"title": title, "header_raw": (para.raw, *shown)}
    if ctx.index == 0 and para.text[:1] not in "【[［〖" and P.find_agency(para.text) is not None:
        meta["page_agency"] = P.canonical_agency(para.text)  # 腾讯新闻 over the headline: a portal, no section
    column = _column_label_re().match(para.text) if "series" not in ctx.meta else None
    if column is not None:
        meta["series"] = Series(name=column.group("name"), number=None, raw=para.raw)  # 【新华视点】 over the headline
    return Match(meta=meta, consumed=2)


def _squash(text: str) -> str:
    """``text`` without white space, as ``re.sub(r"\\s+", "", text)`` gives it (str.split's white
    space is exactly the regex engine's), joined in C without entering the regex engine."""
    return "".join(text.split())


def _reads_like_title(para: Para, limit: int = 64) -> bool:
    # a markdown heading's marks off (# 标题); any other line's normalised text is Para.text already
    text = normalise(MD_HEADING_RE.sub(r"\2", para.body)) if para.body[:1] == "#" else para.text
    if not (2 <= len(text) <= limit) or han_count(text) < 2 or P.is_furniture_line(text):
        return False
    if "。" in text.rstrip("。") or text.endswith(("。", "，", "；", "、", "：")):
        return False
    if match_dateline(para.body) or header_fields(para.text) or _editor_credits(text) is not None:
        return False
    if text[:1].isdigit() and "来自" in text and _POSTED_FROM_CLIENT_RE.search(text) is not None:
        return False  # 12-6 08:30 来自 微博网页版: a post's stamp
    if text[:1] in _STOCK_CODE_FIRST and _STOCK_CODE_LINE_RE.match(text):
        return False
    if P.editor_note_opened().match(text) or (P.related_re().match(text) and len(text) < 12) or _PROVENANCE_RE.match(text):
        return False
    if _reads_like_byline(_shared_credits(_unbracketed(text))[0]) or _print_edition_re().match(text):
        return False
    if text.endswith(("报道", "報導")) and looks_like_names(text[:-2]):
        return False
    if _GALLERY_TITLE_RE.match(text) and photographer_of(text) is None:
        return True  # 组图：金秋时节 稻谷飘香: a gallery's headline, not a caption opening with 图
    return not (photographer_of(text) is not None or has_caption_marker(text))


# A picture gallery's headline (组图：…, 图集｜…, 高清组图: …, 組圖／…): its label is a caption's word.
_GALLERY_TITLE_RE = regex_cache.compile(r"^(?:高清)?(?:组图|組圖|图集|圖集)\s*[:：|｜丨/／]\s*\S")


_DECK_HAN = (8, 40)  # Han characters of a deck: two short clauses


def _record_deck(para: Para, ctx: Context) -> Match | None:
    """The deck (副题) a record's body opens with under the container's headline (新华网's channels:
    在野党和民众纷纷抗议，或引发强烈政局风暴, then the pictures and the story): two short clauses
    and no full stop, no label, credit or dateline. Kept in Meta.subtitle, not read as the lead."""
    if ctx.index != 0 or ctx.kinds or not ctx.hints.title or "subtitle" in ctx.meta or "title" in ctx.meta:
        return None
    text = para.text
    if text.count("，") != 1 or text[-1:] in _SENTENCE_END + "，,；;：:。" or "：" in text or ":" in text:
        return None
    if not _DECK_HAN[0] <= han_count(text) <= _DECK_HAN[1] or any(mark in text for mark in "。（）()【】"):
        return None
    if match_dateline(para.body) is not None or has_caption_marker(text) or _reads_like_byline(text):
        return None
    following = ctx.following()
    if following is None or han_count(following.text) <= _DECK_HAN[1]:
        return None  # nothing longer after it: a short text, not a deck over a story
    return Match(meta={"subtitle": text, "header_raw": (para.raw,)})


_DECK_MAX = 40  # characters of a deck line over a dated story
# A year or a credit word: the line above the dateline is the page's byline or stamp, not a deck.
_NOT_A_DECK_RE = regex_cache.compile(r"\d{4}\s*年|\d{4}[-/.]\d{1,2}|记者|記者|编辑|編輯|来源|來源|作者|通讯员|通訊員")


def _deck_over_dateline(para: Para, ctx: Context) -> Match | None:
    """A headline's second line standing between it and the dateline (人民日报: 李鹏在北京考察企业 /
    向广大职工祝贺新年，对节日坚守岗位的同志们表示慰问 / 新华社北京十二月三十一日电…): the story
    starts at the dateline, so the line before it is the deck (副题), not the lead, which would
    leave the dateline unread inside the second paragraph."""
    text = para.text
    if len(text) > _DECK_MAX or text[-1:] in _SENTENCE_END + "，,；;：:" or text[:1] in "（(【[〔［〈「『" \
            or MD_HEADING_RE.match(para.body) or _NOT_A_DECK_RE.search(text):
        return None  # （附图片１张） a note, 〔…之九〕 a series, ## 新闻摘要 a section, 東森新聞 · 2017年7月4日 · …: a byline
    following = ctx.following()
    if following is not None and _CREDIT_LINE_RE.match(following.text) and len(following.text) <= _CREDIT_LINE_MAX \
            and not any(mark in following.text for mark in "。，,；;"):
        # 工人日报: 多地开展春季招聘专项行动 / 百万岗位送到家门口 / 本报记者 张三 / 本报北京3月5日电…: the
        # reporters' line between the deck and the story
        after = ctx.following(2)
        story = after is not None and (match_dateline(after.body) is not None or _full_paragraph(after))
    else:
        story = following is not None and match_dateline(following.body) is not None
    if not story or not _reads_like_title(para):
        return None
    return Match(meta={"subtitle": text, "header_raw": (para.raw,)})


# A reporters' line under a headline stack (本报记者 张三 本报通讯员 李四, ◎本报记者 张三, □ 记者 张三,
# 文/本报记者 张三): a credit label at its start, names after it, no sentence.
_CREDIT_LINE_RE = regex_cache.compile(
    r"^[■□◎●◆]?\s*(?:本报|本報|[\u4e00-\u9fff]{2,8}?)?(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff]"
    r"|^(?:文|作者)\s*[/／｜|:：]\s*[\u4e00-\u9fff]")
_CREDIT_LINE_MAX = 40


# A print page copy's labelled headline stack: 引题：… / 主题：… / 副题：… (肩题 and 眉题 are the
# kicker's other names; 主标题, 副标题 the others').
_STACK_LABEL_RE = regex_cache.compile(
    r"^[【\[]?(?P<label>引题|引題|肩题|肩題|眉题|眉題|主题|主題|主标题|主標題|副题|副題|副标题|副標題)[】\]]?\s*[:：]\s*(?P<text>\S.*)$")
_STACK_FIELDS = {"引": "kicker", "肩": "kicker", "眉": "kicker", "主": "title", "副": "subtitle"}
_KICKER_TITLE_MAX = 40  # characters of the headline under an unlabelled kicker


def _stack_label(para: Para) -> tuple[str, str] | None:
    found = _STACK_LABEL_RE.match(para.text) if para.text[:1] in "引肩眉主副【[" else None
    if found is None:
        return None
    return _STACK_FIELDS[found.group("label")[0]], found.group("text").strip()


def _labelled_stack(para: Para, ctx: Context) -> Match | None:
    """``引题：…`` opening the text, with the ``主题：…`` and ``副题：…`` lines under it: each
    line its field, the lines as written in ``header_raw``."""
    first = _stack_label(para)
    if first is None or first[0] != "kicker":
        return None
    meta: dict[str, Any] = {"kicker": first[1]}
    raws = [para.raw]
    while (following := ctx.following(len(raws))) is not None:
        labelled = _stack_label(following)
        if labelled is None or labelled[0] in meta:
            break
        meta[labelled[0]] = clean_title(labelled[1]) if labelled[0] == "title" else labelled[1]
        raws.append(following.raw)
    return Match(meta={**meta, "header_raw": tuple(raws)}, consumed=len(raws))


_KICKER_HAN = 6  # Han characters of an unlabelled kicker: a shorter line over a headline is a column's or channel's tag
_STACK_LINE_HAN = 4  # Han characters of the title and the deck under an unlabelled kicker


# A line ending in one of these goes on in the next: a headline wrapped over two lines (习近平同 /
# 法国总统举行会谈), not a kicker over its title.
_GOES_ON = tuple("的和与及同跟在对为把将从向给让被以于或并、")


def _kicker_shaped(para: Para) -> bool:
    return han_count(para.text) >= _KICKER_HAN and headline_part(para.text) and _stack_line(para) \
        and not para.text.startswith(("——", "—", "--")) and not para.text.endswith(_GOES_ON)


def _stack_line(para: Para) -> bool:
    """A line that may be part of a headline's stack: it reads as a headline, names no one (李華)
    and holds no credit (BBC中文記者，台北, 本报记者) or year."""
    return _reads_like_title(para, _KICKER_TITLE_MAX) and han_count(para.text) >= _STACK_LINE_HAN \
        and not _NOT_A_DECK_RE.search(para.text) and not _DOCUMENT_NUMBER_RE.search(para.text) \
        and not looks_like_names(para.text)


_DOCUMENT_NUMBER_RE = regex_cache.compile(r"[〔［\[(（]\s*\d{4}\s*[〕］\])）]")  # 京政办发〔2024〕1号: an official document's number


def _story_starts(para: Para | None) -> bool:
    """The line opens the story: a dateline, a byline, or a finished paragraph of prose."""
    if para is None:
        return False
    return match_dateline(para.body) is not None or _reads_like_byline(para.text) \
        or (len(para.text) >= _STORY_LINE_MIN and _full_paragraph(para))


_STORY_LINE_MIN = 40  # characters of a paragraph of prose opening the story under a headline stack


def _three_line_stack(deck: Para, ctx: Context) -> bool:
    """Three headline lines, the third no ——subtitle, right over the story (a dateline, a byline,
    prose): an e-paper crawler's 引题, 主题 and 副题 (人民日报's h3, h1, h2, one a line). A print
    headline has no more parts than these three, so the first is the kicker."""
    text = deck.text
    return _stack_line(deck) and headline_part(text) and not _numbered(text) and _story_starts(ctx.following(3))


def _may_close_stack(deck: Para | None) -> bool:
    """Whether ``deck`` may close an unlabelled stack as ``_kicker_over_headline`` asks it to (a
    ——subtitle, or a stack line, which is no longer than ``_KICKER_TITLE_MAX``): lengths alone, so
    that a headline over a date line and a long lead skips the stack's costlier tests."""
    if deck is None:
        return False
    if deck.text.startswith(("——", "—", "--")):
        return 4 <= len(deck.text) <= 60 and "。" not in deck.text
    return deck.body[:1] == "#" or len(deck.text) <= _KICKER_TITLE_MAX  # a heading's marks come off first


def _kicker_over_headline(para: Para, ctx: Context) -> Match | None:
    """An unlabelled kicker where the stack is unmistakable: the line right above the headline the
    container gives; or, with no headline given, a short line, the headline, then a ——subtitle
    (坚持稳中求进 推动高质量发展 / 全省经济工作会议在杭州举行 / ——会议部署明年八个方面重点任务), or
    three such lines right over the story (``_three_line_stack``). A two-line headline with no
    ——subtitle under it stays as it is: its second line may be the deck as well as the title."""
    following = ctx.following()
    hints = ctx.hints
    if following is None or (not hints.title and not _may_close_stack(ctx.following(2))) or not _kicker_shaped(para):
        return None  # the third line's shape first: under most headlines it is a long lead, no part of a stack
    if hints.title:
        if _is_hinted_title(para, hints) or not _is_hinted_title(following, hints):
            return None
        return Match(meta={"kicker": para.text, **_as_written(para)})
    deck = ctx.following(2)
    if not hints.title_in_text or deck is None or not _stack_line(following) \
            or following.text.startswith(("——", "—", "--")) or _numbered(para.text) or _numbered(following.text):
        return None
    if deck.text.startswith(("——", "—", "--")):
        if not 4 <= len(deck.text) <= 60 or "。" in deck.text:
            return None
    elif not _three_line_stack(deck, ctx):
        return None
    title = _title_match(clean_title(following.body), following).meta
    written = tuple(raw for part in (para, following, deck) for raw in _as_written(part).get("header_raw", ()))
    return Match(meta={"kicker": para.text, **title, "subtitle": deck.text, "header_raw": written}, consumed=3)


def _as_written(para: Para) -> dict[str, tuple[str, ...]]:
    """``header_raw`` for a line read into a field when its text there differs from the source's."""
    return {"header_raw": (para.raw,)} if para.raw.strip() != para.text else {}


def _kicker(para: Para, ctx: Context) -> Match | None:
    """The kicker (引题) a print headline's stack opens with, kept in Meta.kicker: a labelled
    stack (``_labelled_stack``), a line above the headline (``_kicker_over_headline``); and the
    kicker or deck the container gave (a page's heading, a record's field) where the text
    repeats it over the story: a copy, dropped."""
    if ctx.kinds or ctx.index > 3:
        return None
    extra = ctx.hints.extra
    for given in (extra.get("kicker"), extra.get("subtitle")):
        if given and _squash(para.text) == _squash(normalise(given)):
            return Match()
    if ctx.index != 0 or "title" in ctx.meta:
        return None
    return _labelled_stack(para, ctx) or _kicker_over_headline(para, ctx)


_DECK_REACH = 3  # the headline's position at most: under a header line or two (《工人日报》（…版）)


_LATIN_HEADLINE_RE = regex_cache.compile(r"[A-Z][A-Za-z0-9'’,:;\-–—&$%.?!\" ]{10,150}")
_LATIN_HEADLINE_WORDS = 3


def _original_headline(para: Para, ctx: Context) -> bool:
    """The English headline a bilingual page (纽约时报中文网, FT中文网) sets under the Chinese
    one, over the writer and the date: the original's headline, a header line, not the story's
    first paragraph. A bilingual story's English paragraph under the headline has no header
    line after it."""
    text = para.text
    if _LATIN_HEADLINE_RE.fullmatch(text) is None or len(text.split()) < _LATIN_HEADLINE_WORDS \
            or text.endswith(".") or not any(is_han(char) for char in ctx.meta["title"]) or latin_names(text):
        return False  # a writer's Latin names (Jason Douglas and Lingling Wei) are the byline's
    following, after = ctx.following(), ctx.following(2)
    if following is None:
        return False
    if header_fields(following.text):
        return True  # BEN DOOLEY, 2024年1月28日 under it
    # 约翰·史密斯 / 2024年10月20日: the writer's name alone, then the date
    return after is not None and _names_not_words(following.text) and bool(header_fields(after.text))


def rule_subtitle(para: Para, ctx: Context) -> Match | None:
    """``——记…`` straight after a title line: the subtitle (副题), kept in Meta.subtitle; a
    record's deck opening its body under the container's headline (``_record_deck``); a deck
    line right above the dateline (``_deck_over_dateline``)."""
    if ctx.index == 0:
        if ctx.kinds or not ctx.hints.title or "subtitle" in ctx.meta or "title" in ctx.meta:
            return None
        return _adoption_note(para) or _record_deck(para, ctx) or _deck_over_dateline(para, ctx)
    if ctx.hints.title and "title" not in ctx.meta and "subtitle" not in ctx.meta and _under_header_lines(ctx):
        # 财新's page: the writers and the time, then the deck over the 【财新网】 dateline
        return _deck_over_dateline(para, ctx)
    if "title" not in ctx.meta or "subtitle" in ctx.meta or ctx.kinds or not (
            ctx.index == 1 or (ctx.index <= _DECK_REACH and _is_the_title(ctx.paras[ctx.index - 1].text, ctx))):
        return None  # the line right under the headline (under a print page's header line too)
    text = para.text
    if text[:1].isascii() and text[:1].isalpha() and _original_headline(para, ctx):
        return Match(meta={"header_raw": (para.raw,)})
    if not (text.startswith(("——", "—", "--")) and 4 <= len(text) <= 60) or "。" in text:
        return _adoption_note(para) or _deck_over_dateline(para, ctx)
    return Match(meta={"subtitle": text})


@cache
def _adoption_note_re() -> re.Pattern[str]:
    return regex_cache.compile(P.ADOPTION_NOTE)


def _adoption_note(para: Para) -> Match | None:
    """The note right under a law's or a resolution's title on when and by whom it was adopted
    (（2021年3月11日第十三届全国人民代表大会第四次会议通过）): printed under the title as a deck is,
    it is the subtitle, never the lead of the text it introduces."""
    text = para.text
    if text[:1] not in "（(" or text[-1:] not in "）)" or _adoption_note_re().match(text) is None:
        return None
    return Match(meta={"subtitle": text})


@cache
def _source_only_re() -> re.Pattern[str]:
    """A line that is only a 来源 credit (``来源：经济日报``, ``【来源：极目新闻】``, WeChat's ``来源 | 人民日报``
    or ``来源|广州参考、羊城晚报``, which may list several), wherever it stands."""
    name = r"[^\s，。,；;：:、|｜丨（）()]{2,24}"
    return regex_cache.compile(
        rf"[（(【\[]?\s*(?P<label>{P._alternation(P.SOURCE_LABELS)})\s*(?:[:：]\s*(?P<name>[^\s，。,；;：:、]{{2,24}})"
        rf"|(?P<bar>[|｜丨])\s*(?P<first>{name})(?:、{name}){{0,5}})"
        # a WeChat account's id after its name (来源：浙江日报（ID：zjrb）)
        # or set off by a space (来源：浙江日报 微信号：zjrb): the id is the account's furniture
        rf"(?P<id>\s*[（(]\s*(?:ID|id|微信号|微信號|微信ID)\s*[:：]\s*[\w-]{{2,30}}\s*[）)]"
        rf"|[\s\u3000]+(?:微信号|微信號|微信ID|微信id)\s*[:：]?\s*[A-Za-z][\w-]{{1,29}})?"
        # a second credit (来源：经济日报 转自：光明网: the source and the portal it was taken from)
        rf"(?P<second>[\s\u3000]+(?:{P._alternation(P.SOURCE_LABELS)})\s*[:：]\s*[^\s，。,；;：:、（）()]{{2,24}})?\s*[）)】\]]?")


@cache
def _keywords_re() -> re.Pattern[str]:
    return regex_cache.compile(rf"^[【\[]?(?:{P._alternation(P.KEYWORD_LABELS)})[】\]]?\s*[:：]\s*(?P<words>[^。！？；;]{{1,60}})$")


@cache
def _source_only() -> P.Opened:
    return P.Opened(_source_only_re())


@cache
def _keywords_opened() -> P.Opened:
    return P.Opened(_keywords_re())


# What a keyword line opens with (a bracket or the label's first character): a cheap test first.
_KEYWORD_LABEL_FIRST = regex_cache.compile(r"[【\[]?(?:文章|关键|關鍵|标签|標籤|相關|相关|热词|熱詞)")
_KEYWORD_ALONE_RE = regex_cache.compile(rf"[【\[]?(?:{P._alternation(P.KEYWORD_LABELS)})[】\]]?\s*[:：]")
_KEYWORD_SPLIT_RE = regex_cache.compile(r"[\s,，、;；|｜/]+")
# A line of hashtags closing a Taiwanese TV story (#寒流 #低溫 #氣象署): its keywords. Two or more, each
# open only (a Weibo topic, #话题#, closes its own mark and opens a post).
_HASHTAGS_RE = regex_cache.compile(r"(?:[#＃][^\s#＃，。,]{1,20}[ \u3000]*){2,}")
_HASHTAG_SPLIT_RE = regex_cache.compile(r"[#＃\s\u3000]+")
# One tag alone on its line after the story (香港01: #突發 / #火警; 微博: #话题#), with a Han character.
_HASHTAG_RE = regex_cache.compile(r"[#＃](?=[\w·]{0,19}[\u3400-\u9fff])[\w·]{1,20}[#＃]?")


# A WeChat post's collections under its headline (收录于合集 #县域经济 12个 #夜经济 5个; 收录于话题 before
# 2022): each tag with the count of the collection's posts, the label on a line of its own or not.
# The tags are the post's keywords.
_COLLECTION_LABEL = r"(?:收录于|收錄於)\s*(?:合集|话题|話題|专辑|專輯)"
_COLLECTION_TAG = r"[#＃](?P<tag>[^\s#＃，。,]{1,20}?)\s*\d{1,5}\s*(?:个|個)"
_COLLECTION_RE = regex_cache.compile(rf"(?:{_COLLECTION_LABEL}\s*[:：]?)?(?:\s*{_COLLECTION_TAG})*\s*")
_COLLECTION_TAG_RE = regex_cache.compile(_COLLECTION_TAG)


def _keywords_below(para: Para, ctx: Context) -> Match | None:
    """A keyword label alone on its line after the story (央视网: 热词： over 高铁 跨海 福建) and the line
    of short words under it, the last of the page: the page's keywords."""
    if _KEYWORD_ALONE_RE.fullmatch(para.text) is None:
        return None
    below = ctx.following()
    if below is None or len(below.text) > 60 or any(mark in below.text for mark in "。！？；;：:"):
        return None
    words = tuple(word for word in _KEYWORD_SPLIT_RE.split(below.text) if word)
    if not words or any(len(word) > 12 for word in words) or _later_prose(ctx):
        return None
    return Match(meta={"text_keywords": words, "header_raw": (para.raw, below.raw)}, consumed=2)


# BBC中文's topics under the story, copied a line each under their label (相关话题 / 英国 / 选举).
_TOPIC_LABELS = frozenset(("相关话题", "相關話題", "相关主题", "相關主題"))
_TOPIC_LINE_RE = regex_cache.compile(r"[\u3400-\u9fffA-Za-z0-9·.&+\- ]{1,16}")
_TOPIC_LINES_MAX = 8


def _topic_lines(para: Para, ctx: Context) -> Match | None:
    """The topics a page lists one a line under 相关话题 at the story's end: its keywords, where
    each stood as a paragraph of its own; nothing but short lines may follow them."""
    if para.text.rstrip("：: ") not in _TOPIC_LABELS:
        return None
    lines: list[Para] = []
    while (line := ctx.following(len(lines) + 1)) is not None and len(lines) < _TOPIC_LINES_MAX \
            and _TOPIC_LINE_RE.fullmatch(line.text):
        lines.append(line)
    after = ctx.following(len(lines) + 1)
    if not lines or (after is not None and (len(after.text) > _PROSE_LINE or after.text[-1:] in _SENTENCE_END)):
        return None
    words = tuple(line.text.strip() for line in lines)
    return Match(meta={"text_keywords": words, "header_raw": (para.raw, *(line.raw for line in lines))},
                 consumed=len(lines) + 1)


# A page's tag row under the story, unlabelled (udn: 台積電 熊本 晶圓): two to eight short terms set
# apart by spaces, no mark of a sentence or a credit, among the page's last lines.
_TAG_ROW_RE = regex_cache.compile(r"[\u3400-\u9fffA-Za-z0-9·.&+\-]{1,12}(?:[ \u3000]+[\u3400-\u9fffA-Za-z0-9·.&+\-]{1,12}){1,7}")
_TAG_ROW_MAX = 60
_COUPLET_HALF = 4  # characters of each half of a closing slogan (奋进新时代 建功新征程)
_TAG_ROW_TAIL = 6  # the row stands among the text's last lines (editor line, related links after it)
_TAG_WORD_RE = regex_cache.compile(r"[A-Za-z0-9]{2,12}|.*[\u3400-\u9fff].*[\u3400-\u9fff].*")
_DIVISION_RE = regex_cache.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}[章节節条條编編部篇回讲講]")
_TAG_ROW_AFTER = "。！？!?…”」』）)"  # what the line above the row ends with: the story's last sentence
_TAG_ROW_AFTER_KINDS = frozenset(("editor_line", "end_mark", "related_links"))  # or the page's closing lines
# Words of a credit or a source line, which a tag row never holds (记者 张三 李四, 来源 新华社)
_TAG_ROW_NOT = ("记者", "記者", "通讯员", "通訊員", "编辑", "編輯", "责编", "責編", "摄影", "攝影", "报道", "報導",
                "来源", "來源", "作者", "校对", "校對", "本报", "本報", "供图", "供圖",
                # a letter's sender (某某市读者 王先生, 一位网友): who wrote in, no tag
                "读者", "讀者", "网友", "網友", "先生", "女士")


def _dated_below(ctx: Context) -> bool:
    """The line under this one is a date alone (a signature's 成文日期)."""
    after = ctx.following()
    return after is not None and signature_line_date(after.text) is not None


def _tag_row(para: Para, ctx: Context) -> Match | None:
    """An unlabelled row of tags closing the story (台積電 熊本 晶圓 半導體): the page's keywords, not
    its last paragraph. Not a row of personal names (a credit's, a list's), nor one holding a
    credit's label, nor a row with story after it."""
    text = para.text
    if len(text) > _TAG_ROW_MAX or ctx.index < len(ctx.paras) - _TAG_ROW_TAIL or _TAG_ROW_RE.fullmatch(text) is None:
        return None
    words = tuple(text.split())
    if not all(_TAG_WORD_RE.fullmatch(word) for word in words) or all(is_personal_name(word) for word in words) \
            or all(_MENU_ITEM_RE.fullmatch(word) for word in words) or "的" in text:
        return None  # 新闻 体育: a menu's channels; 工作日的上午 工作日的下午: a form's choices, phrases, no tags
    if len(words) == 2 and len(words[0]) == len(words[1]) >= _COUPLET_HALF:
        return None  # 不忘初心 牢记使命: a slogan's two halves closing the story, no tags
    if _signer_line(text) and ("salutation" in ctx.kinds.seen or _dated_below(ctx)):
        # 某某小区居民 陈某某 closing a letter (编辑同志：…), 中华人民共和国主席 习近平 over the date closing an
        # order: who signs it, the signature rule's
        return None
    if any(word in text for word in _TAG_ROW_NOT) or find_datetime(text) is not None or _DIVISION_RE.match(text):
        return None  # 某某市人民政府 2024年5月10日: a signature's issuer and date; 第二章 管理范围: a heading
    before = ctx.paras[ctx.index - 1].text if ctx.index else ""
    if not ((before and before[-1] in _TAG_ROW_AFTER) or (ctx.kinds and ctx.kinds[-1] in _TAG_ROW_AFTER_KINDS)) or _later_prose(ctx):
        return None  # under a line that announces more (本办法适用于下列人员：), or with story after it
    return Match(meta={"text_keywords": words, "header_raw": (para.raw,)})


def _collection_tags(text: str) -> tuple[str, ...] | None:
    """The tags of a collection line (收录于合集 #县域经济 12个 · #夜经济 5个 · 收录于合集 alone: no
    tags); None for any other line."""
    if not text.startswith(("收录于", "收錄於", "#", "＃")) or _COLLECTION_RE.fullmatch(text) is None:
        return None
    tags = tuple(match.group("tag") for match in _COLLECTION_TAG_RE.finditer(text))
    return tags if tags or text[:1] not in "#＃" else None


_CLOSING_AGENCIES_MAX = 40


@cache
def _drawn_from_re() -> re.Pattern[str]:
    """A note closing the story on the wires it drew on (美国之音: （本文依据了美联社和路透社的报道） ·
    （本文综合法新社、路透社报道）): the first wire is the source, as in (路透社、美联社)."""
    agency = P.agency_alternation()
    return regex_cache.compile(
        rf"^[（(]\s*(?:本文|此文|以上)?(?:依据|依據|根据|根據|综合|綜合|参考|參考|编译自|編譯自|整理自)了?\s*(?P<agency>{agency})"
        rf"(?:\s*(?:和|及|与|與|、|，|,)\s*(?:{agency})){{0,5}}\s*(?:的)?(?:报道|報導|報道|消息|电讯|電訊)\s*[）)]$")


@cache
def _closing_agency_re() -> re.Pattern[str]:
    # （新华社） · （某某日报） · （中新经纬APP） (the outlet's app signing off) · (路透社、美联社) (the wires a foreign
    # service compiled the story from, 德国之声, 法广: the first is the agency, as in 来源|甲、乙)
    agency = P.agency_alternation()
    masthead = rf"[{_HAN}]{{2,10}}?(?:{P._alternation(P.MASTHEAD_SUFFIXES)})"  # （某某日报）: a paper we do not list
    return regex_cache.compile(
        rf"^[（(]\s*(?:据|據)?\s*(?P<agency>{agency}|{masthead})(?:客户端|客戶端|APP|App)?"
        rf"(?:\s*[、，,/／]\s*(?:{agency})){{0,5}}\s*(?:电|電|消息|报道|報導)?\s*[）)]$")


_WIRE_LIST_MARKS_RE = regex_cache.compile(r"[、，,/／]")


_SOURCE_WIRES_RE = regex_cache.compile(
    r"(?:来源|來源)\s*[:：]\s*(?P<wires>[^\s，。,；;：:、/／]{2,12}(?:\s*[、/／]\s*[^\s，。,；;：:、/／]{2,12}|[ \u3000]+[^\s，。,；;：:、/／]{2,12}){1,5})")


def _source_wires(text: str) -> tuple[str, ...] | None:
    """The agencies of a 来源 line listing several (来源：路透社、德新社 · 来源：路透社/法新社), each a
    listed one; None for any other line (来源：经济日报, 来源：某某区融媒体中心、某某网)."""
    found = _SOURCE_WIRES_RE.fullmatch(text)
    if found is None:
        return None
    names = [name for name in re.split(r"[\s、/／]+", found.group("wires")) if name]
    for name in names:
        agency = P.find_agency(name)
        if agency is None or agency.name != P.canonical_agency(name):
            return None  # a name we do not list, or one only holding a listed one
    return tuple(P.canonical_agency(name) for name in names)


def _earlier_wires(ctx: Context) -> bool:
    """A credit of wires or of an agency in brackets on a line before this one (a roundup's items,
    （综合新华社报道） under one and （据中新社） under the next): none of them is the story's agency."""
    for para in ctx.paras[: ctx.index]:
        text = para.text
        if text[-1:] not in "）)":
            continue
        tail = text[max(text.rfind("（"), text.rfind("(")) :]  # the note alone on its line, or glued after a sentence
        if len(tail) <= _CLOSING_AGENCIES_MAX and (
                _drawn_from_re().match(tail) is not None or _closing_agency_re().match(tail) is not None):
            return True
    return False


@cache
def _roundup_note_re() -> re.Pattern[str]:
    """A desk's note closing a story it compiled from several reports (（综合报道）, （本报综合）,
    （综合外电）, （本报综合消息）): a credit, naming no one outlet (those with wires named are
    ``_drawn_from_re``'s)."""
    return regex_cache.compile(
        r"[（(]\s*(?:本报|本報|本刊|本台|本网|本網|本文)?\s*(?:综合|綜合)\s*"
        r"(?:外电|外電|媒体|媒體|多家媒体|多家媒體|各方|网络|網絡|網路)?\s*(?:报道|報導|報道|消息|整理)?\s*[）)]")


def _outlet_signs_off(text: str, ctx: Context) -> bool:
    """A listed outlet's name alone on the story's last line (an editor line may follow, or the
    date the paper prints under its name: 南洋商报 / 2024年3月12日, 民視新聞網 / 2024/03/12 11:20)."""
    if P.find_agency(text.strip()) is None:
        return False
    following = ctx.following()
    if following is not None and _closing_stamp(following.text) is not None:
        position = 2
        while (after := ctx.following(position)) is not None and _STAMP_TIME_RE.fullmatch(after.text.strip()):
            position += 1
        if after is None or _related_label(after.text) is not None:
            return True
        following = after if ctx.following(position + 1) is None else None
        return following is not None and _editor_credits(following.text) is not None
    return following is None or (ctx.following(2) is None and _editor_credits(following.text) is not None) \
        or _only_furniture_after(ctx, 1)  # 界面新闻 / 打开界面新闻，查看更多专业报道 (the app's prompt)


# A meta line of parts (中新网 · 2019年1月17日 · 作者 李家胜（…大学副教授、…研究员）) may run long
# with an author's affiliation; every part must still read as a fact for it to count.
_SEPARATED_LINE_MAX = 160
_HEADER_LINE_MAX = 80  # any other header line


# A post's stamp under the story (知乎: 发布于 2024-01-28 10:15・IP 属地北京; 编辑于 … when edited since).
_POSTED_LABELS = ("发布于", "發佈於", "發布於", "编辑于", "編輯於")
_POSTED_STAMP_RE = regex_cache.compile(
    r"(?P<label>发布于|發佈於|發布於|编辑于|編輯於)\s*(?P<when>[^・·•]{6,24}?)\s*"
    r"(?:[・·•]?\s*(?:IP\s*(?:属地|屬地)\s*[:：]?\s*[\u4e00-\u9fff]{2,8}))?")


def _posted_stamp(para: Para) -> Match | None:
    """The platform's stamp closing a post, labelled (发布于 …・IP 属地北京): when it was posted, unlike a
    bare time in the body; an edit's stamp (编辑于) says only when it changed, and is kept as read."""
    posted = _POSTED_STAMP_RE.fullmatch(para.text)
    found = find_datetime(posted.group("when")) if posted is not None else None
    if found is None or found.start != 0 or posted.group("when")[found.end :].strip():  # type: ignore[union-attr]
        return None
    first = posted.group("label") in _POSTED_LABELS[:3]  # type: ignore[union-attr]
    return Match(meta={"header_raw": (para.raw,), **({"stamp_published": found.iso} if first else {})})


_SOURCE_LINE_MAX = 32
_ACCOUNT_LINE_REACH = 4  # lines from the top where the outlet's name may stand alone


# The line a listed company's announcement opens with, over its headline (证券代码：600036 证券简称：
# 招商银行 公告编号：2024-035): the filing's references, kept as read, no headline.
_STOCK_CODE_LINE_RE = regex_cache.compile(
    r"^(?:证券代码|證券代碼|股票代码|股票代碼|A股代码|A股代碼|债券代码|債券代碼)\s*[:：]\s*[0-9A-Z]{4,6}")
_STOCK_CODE_FIRST = "证證股A债債"


# The address a copied post gives in its closing credits (知乎: 作者：张三 / 链接：https://… / 来源：知乎 /
# 著作权归作者所有…; 原文链接：…): where the text came from, kept as read, no paragraph of the story.
_ADDRESS_LINE_RE = regex_cache.compile(
    r"^(?:原文|本文|文章)?(?:链接|鏈接|連結|地址|网址|網址)\s*[:：]\s*https?://\S+$")
_ADDRESS_LINE_FIRST = "原本文链鏈連地网網"


# A bracketed source glued before the story's first line (（来源：智通财经）智通财经APP获悉，…).
_SOURCE_OPENING_RE = regex_cache.compile(
    r"^[（(【\[]\s*(?:来源|來源|稿源|文章来源|本文来源|本文來源)\s*[:：]\s*(?P<source>[^（）()【】\[\]，,。：:\s]{2,24})"
    r"\s*[）)】\]]\s*(?=\S)")
_SOURCE_OPENING_STORY = 10  # characters of story after the bracket: less is a line of the header


def _source_opening(para: Para) -> Match | None:
    """The source a crawler glued in brackets before the story's first line: the source to Meta
    (kept as read), the rest of the line read as the story's first line, where the whole line
    went to the header and the story lost its lead."""
    found = _SOURCE_OPENING_RE.match(para.body)
    if found is None or len(para.body) - found.end() < _SOURCE_OPENING_STORY:
        return None
    source = found.group("source")
    return Match(meta={"source_agency": P.canonical_agency(source), "header_raw": (found.group(0).strip(),)},
                 rest=para.rest(para.body[found.end() :]))


# Labels a credit may set in brackets with no colon after them (南方+: 【记者】张三 【通讯员】李四):
# the people's labels only, not the work's (【视频】, 【策划】 tag a headline as often as a credit).
_BRACKETED_CREDIT_MAX = 60
_BRACKETED_UNIT_LABELS = ("通讯员", "通訊員")  # a desk may credit its press office (【通讯员】粤交宣)


@cache
def _bracketed_label_re() -> re.Pattern[str]:
    labels = P._alternation(P.AUTHOR_LABELS + P.EDITOR_LABELS + P.PHOTO_CREDIT_LABELS
                            + ("实习生", "實習生", "校对", "校對"))
    return regex_cache.compile(rf"【\s*({labels})\s*】\s*([{_HAN}·、，,\s]{{2,24}}?)\s*(?=【|$)")


def _bracketed_credits(text: str) -> list[tuple[str, str]] | None:
    """The (label, names) items of a line made only of bracket-labelled credits, else None."""
    items: list[tuple[str, str]] = []
    end = 0
    for found in _bracketed_label_re().finditer(text):
        if text[end : found.start()].strip():
            return None
        label, names = found.group(1), found.group(2).strip()
        if label not in _BRACKETED_UNIT_LABELS and not looks_like_names(names):
            return None
        items.append((label, names))
        end = found.end()
    return items if items and not text[end:].strip() else None


def rule_bracketed_credit(para: Para, ctx: Context) -> Match | None:
    """A line only of credits whose labels stand in brackets with no colon (南方+ closes a story
    with 【记者】张三 / 【通讯员】李四 / 【作者】 张三): read on as the labelled credits they are
    (记者：张三), which the byline and editor-line rules know, and not as the story's last paragraphs."""
    if para.text[:1] != "【":
        return None
    items = _bracketed_credits(para.text)
    if items is None:
        return None
    return Match(rest=para.rest(" ".join(f"{label}：{names}" for label, names in items)))


# A portal's bare address printed before the page's stamp (2000s 新浪: http://news.sina.com.cn 2005年06月18日…).
_SITE_BEFORE_STAMP_RE = regex_cache.compile(r"https?://[\w.-]+/?[ \u3000]+(?=(?:19|20)\d{2}\s*[-年/.])")


def rule_header_line(para: Para, ctx: Context) -> Match | None:
    """A publication-time and/or 来源 line before the body; its facts go to Meta. A line that is
    only a 来源 credit counts after the body too (the least of the agency's evidence), and so do
    a bracketed agency alone (（据新华社）, （中央社）) and a keyword line (文章关键词：油价 原油)."""
    if len(para.text) > (_SEPARATED_LINE_MAX if "·" in para.text and " · " in para.text else _HEADER_LINE_MAX):
        return None
    has_lead = ctx.has_lead  # asked up to five times below; no block comes while the rule reads
    if not has_lead and para.text[:4] == "http" and (site := _SITE_BEFORE_STAMP_RE.match(para.text)) is not None:
        # http://news.sina.com.cn 2005年06月18日10:25 新华网: a portal's address before the stamp
        return rule_header_line(Para(raw=para.raw, body=para.text[site.end():], number=para.number), ctx)
    if not has_lead and para.text[:1] in _STOCK_CODE_FIRST and _STOCK_CODE_LINE_RE.match(para.text):
        return Match(meta={"header_raw": (para.raw,)})  # 证券代码：600036 证券简称：招商银行 公告编号：…
    if has_lead and para.text[:1] in _ADDRESS_LINE_FIRST and _ADDRESS_LINE_RE.match(para.text) and not _later_prose(ctx):
        return Match(meta={"header_raw": (para.raw,)})  # 链接：https://… among a copy's closing credits
    tags = _collection_tags(para.text) if para.text[:1] in "收#＃" else None
    if tags is not None:
        return Match(meta={"text_keywords": tags, "header_raw": (para.raw,)})
    if para.text[:1] in "#＃" and (_HASHTAGS_RE.fullmatch(para.text) or (has_lead and _HASHTAG_RE.fullmatch(para.text))):
        words = tuple(word for word in _HASHTAG_SPLIT_RE.split(para.text) if word)
        return Match(meta={"text_keywords": words, "header_raw": (para.raw,)})
    keywords = _keywords_opened().match(para.text) if len(para.text) <= 70 else None
    if keywords is not None:
        words = tuple(word for word in _KEYWORD_SPLIT_RE.split(keywords.group("words")) if word)
        return Match(meta={"text_keywords": words, "header_raw": (para.raw,)}) if words else None
    if has_lead and (" " in para.text or "\u3000" in para.text) and para.text[-1:] not in _SENTENCE_END:
        tagged = _tag_row(para, ctx)
        if tagged is not None:
            return tagged
    if has_lead and len(para.text) <= 8 and _KEYWORD_LABEL_FIRST.match(para.text):
        tagged = _keywords_below(para, ctx) or _topic_lines(para, ctx)
        if tagged is not None:
            return tagged
    if not has_lead and para.text[:1] in "（(【[" and "源" in para.text[:8]:
        opened = _source_opening(para)
        if opened is not None:
            return opened
    if para.text.startswith(("【来源】", "【來源】")) and len(para.text) <= 30:
        source = para.text[4:].strip()  # 【来源】南方+ (南方+'s closing credit): the label in brackets, no colon
        if 2 <= len(source) <= 24 and not any(mark in source for mark in "。，,；;：: "):
            return Match(meta={"source_agency": P.canonical_agency(source), "header_raw": (para.raw,)})
    closing = _closing_agency_re().match(para.text) if para.text[:1] in "（(" and len(para.text) <= _CLOSING_AGENCIES_MAX else None
    if closing is None and has_lead and para.text[:1] in "（(" and len(para.text) <= _CLOSING_AGENCIES_MAX:
        closing = _drawn_from_re().match(para.text)
    if closing is not None:
        agency = P.canonical_agency(closing.group("agency"))
        if closing.re is _closing_agency_re() and not _WIRE_LIST_MARKS_RE.search(para.text, closing.end("agency")):
            return Match(meta={"source_agency": agency, "header_raw": (para.raw,)})  # （新华社）: who published it
        # (德新社、路透社), （综合新华社、央视新闻报道）: the wires the story was compiled from, credited
        # where it ends; the agency only when nothing else names one (德国之声 stays the outlet), and
        # only as the story's one credit, closing it (a roundup credits each item with wires of its own)
        credit = EditorLine(text=normalise(para.text), raw=para.raw)
        return Match(blocks=(credit,), meta={} if _later_prose(ctx) or _earlier_wires(ctx) else {"wires_agency": agency})
    if has_lead and para.text[:1] in "（(" and len(para.text) <= _CLOSING_AGENCIES_MAX and not _later_prose(ctx):
        roundup = _roundup_note_re().fullmatch(para.text)
        if roundup is not None:  # （综合报道）, （本报综合）: a desk's roundup credit, no agency
            return Match(blocks=(EditorLine(text=normalise(para.text), raw=para.raw),))
    stamp = _stamp_after_closing(para, ctx) if has_lead and (para.text[:1].isdigit() or para.text[:1] in "香澳台北") else None
    if stamp is not None:
        return stamp
    if has_lead and len(para.text) <= 12 and _outlet_signs_off(para.text, ctx):
        # 每日经济新闻 alone after the story: the outlet signing off, as a 来源 line would
        return Match(meta={"source_agency": P.canonical_agency(para.text), "header_raw": (para.raw,)})
    if has_lead and para.text.startswith(_POSTED_LABELS):
        posted = _posted_stamp(para)
        if posted is not None:
            return posted
    if has_lead and para.text[:2] in ("来源", "來源") and len(para.text) <= _SOURCE_LINE_MAX:
        wires = _source_wires(para.text)
        if wires is not None:
            # 来源：路透社、德新社 (德国之声, 美国之音 under a story compiled from the wires): the wires
            # credited where it ends, as （德新社、路透社） is; the agency only when nothing names one
            credit = EditorLine(text=normalise(para.text), raw=para.raw)
            return Match(blocks=(credit,), meta={} if _later_prose(ctx) or _earlier_wires(ctx) else {"wires_agency": wires[0]})
    source_only = _source_only().fullmatch(para.text) if len(para.text) <= _SOURCE_LINE_MAX else None
    if source_only is not None and (source_only.group("bar") or source_only.group("id")) and not source_only.group("second"):
        # 来源 | 人民日报 (WeChat's credits set label and name apart with a bar), 来源：浙江日报（ID：zjrb）
        name = source_only.group("first") or source_only.group("name")
        key = "reprint_agency" if source_only.group("label") in P.REPRINT_LABELS else "source_agency"
        return Match(meta={key: P.canonical_agency(name), "header_raw": (para.raw,)})
    if not (ctx.in_header or _after_byline(ctx) or source_only is not None):
        return None
    if ctx.in_header and not has_lead and len(para.text) <= _STAMP_LINE_MAX:
        stamp = _undated_stamp(para, ctx)
        if stamp is not None:
            return stamp
    if ctx.in_header and not has_lead and "dateline" not in ctx.meta and para.text[-1:] not in "：:" \
            and (issued := _issued_line(para.text)) is not None:
        # 中央气象台12月5日17时发布 over a warning's text: who issued it and when, no paragraph
        return Match(meta={**issued, "header_raw": (para.raw,)})
    if ctx.in_header and ctx.index <= _ACCOUNT_LINE_REACH and para.text in (ctx.hints.agency, ctx.hints.extra.get("outlet")):
        return Match(meta={"header_raw": (para.raw,)})  # the outlet the container names, alone (a WeChat account)
    if ctx.in_header and not has_lead and len(para.text) <= _RELEASE_LABEL_MAX and "稿" in para.text \
            and para.text.strip("【】[]［］〖〗 \u3000") in _RELEASE_LABELS:
        return Match(meta={"header_raw": (para.raw,)})  # 【新闻稿】 under the headline: the release's label, no heading
    if ctx.in_header and not has_lead and len(para.text) <= _ISSUER_ALONE_MAX and _issuer_alone(para.text, ctx):
        # 国家统计局 alone under a release's headline: who issued it, the agency of last resort
        return Match(meta={"issuer_agency": para.text.strip(), "header_raw": (para.raw,), "byline_at": (ctx.index,)})
    if _unlisted_masthead(para.text, ctx):
        return Match(meta={"source_agency": para.text, "header_raw": (para.raw,)})
    if ctx.index == 0 and "title" not in ctx.meta and _site_name_alone(para.text):
        return Match(meta={"site_agency": para.text, "header_raw": (para.raw,)})
    fields = header_fields(para.text)
    if fields is None:
        return None
    if ("報導" in para.text or "报道" in para.text or "外電" in para.text or "外电" in para.text) and not has_lead \
            and "dateline" not in ctx.meta:
        found = match_dateline(para.body)
        if found is not None and found.end >= len(para.body):
            return None  # 2024-11-24 10:15 聯合報／ 記者楊正海／台北即時報導: the dateline rule reads it all
    if ctx.index == 0 and "title" not in ctx.meta and fields.keys() == {"source_agency"}:
        # 腾讯新闻 alone over the page: the portal it was copied from, which the outlet named under the
        # headline (北青网) or a 来源 line outranks
        return Match(meta={"header_raw": (para.raw,), "page_agency": fields["source_agency"]})
    return Match(meta={"header_raw": (para.raw,), **fields})


# A page's stamp under the headline that names no year (11月24日 10:30 · 11月24日 10时30分 · 11-24 10:30, as
# apps and NHK's Chinese pages print it), or that writes its date in Chinese numerals (二〇二四年十一月
# 二十四日, a print page's or a document's date line).
# The app a post was sent from, after its stamp (微博: 来自 微博网页版 · 来自 iPhone客户端 · 已编辑).
_POSTED_FROM_CLIENT_RE = regex_cache.compile(r"\s*来自\s*[^\s。！？，,]{1,20}(?:\s*已编辑)?$")
_YEARLESS_STAMP_RE = regex_cache.compile(
    r"(?:\d{1,2}月\d{1,2}日|\d{1,2}[-/]\d{1,2})\s*(?:(?:星期|周|週)[一二三四五六日天]\s*)?"
    r"\d{1,2}(?:[:：]\d{2}|时\d{1,2}分|時\d{1,2}分)(?:[:：]\d{2})?")
_STAMP_LINE_MAX = 24


# A bulletin's issuing line over its text (中央气象台12月5日17时发布 · 某市气象台2024年12月5日06时发布
# 寒潮蓝色预警 · 中央气象台12月5日06时继续发布寒潮蓝色预警：): the issuing body, the day, perhaps the
# hour, the verb and what was issued; a colon when the line opens the text's first sentence.
_ISSUED_RE = regex_cache.compile(
    r"^(?P<issuer>[\u4e00-\u9fff]{2,24}?(?:台|局|站|中心|部|厅|廳|署|院|委员会|委員會|办公室|辦公室|指挥部|指揮部|公司|集团|集團|银行|銀行))"
    r"\s*(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*(?:(?P<h>\d{1,2})(?:时|時|点|點)(?:(?P<min>\d{1,2})分)?)?\s*"
    r"(?:继续|繼續|再次|联合|聯合|更新|首次)?(?:发布|發布|發佈)"
    # what was issued: a warning, a forecast, a notice (no 白皮书 or report, a deck's news of its own)
    r"(?P<what>[^，。！？,!?；;：:\s《》“”]{0,20}(?:预警|預警|预警信号|預警信號|预报|預報|警报|警報|信号|信號|通报|通報|公告|通告|提示|快报|快報))?"
    r"(?P<colon>[：:])?$")
_ISSUED_MAX = 60
_ISSUED_VERBS = ("发布", "發布", "發佈")


def _issued_line(text: str) -> dict[str, Any] | None:
    """The facts of a bulletin's issuing line (a weather warning's, a forecast's, an office's release):
    the issuer as the agency of last resort, the day as a dateline's (the time too, with its year);
    None for any other line."""
    if len(text) > _ISSUED_MAX or "月" not in text or not _holds_any(text, _ISSUED_VERBS):
        return None
    found = _ISSUED_RE.match(text)
    if found is None or (not is_issuing_body(found.group("issuer")) and not found.group("issuer").endswith(("台", "站", "中心"))):
        return None
    issuer, year = found.group("issuer"), found.group("y")
    date = f"{year + '年' if year else ''}{found.group('m')}月{found.group('d')}日"
    meta: dict[str, Any] = {"dateline": DatelineModel(text="", raw=text, agency=issuer, date=date), "issuer_agency": issuer}
    if year:
        stamp = f"{year}-{int(found.group('m')):02d}-{int(found.group('d')):02d}"
        if found.group("h") is not None and int(found.group("h")) < 24:
            stamp += f"T{int(found.group('h')):02d}:{int(found.group('min') or 0):02d}"
        meta["stamp_published"] = stamp
    return meta


def _undated_stamp(para: Para, ctx: Context) -> Match | None:
    """A stamp without its year kept as read (the year is unknown: no date), or a date in Chinese
    numerals read, where either was a paragraph above the lead."""
    text = para.text.strip()
    if text[:1].isdigit() and "来自" in text and (posted := _POSTED_FROM_CLIENT_RE.search(text)) is not None:
        text = text[: posted.start()].strip()  # 12-6 08:30 来自 微博网页版 已编辑: a post's stamp and the app it came from
    if text[:1].isdigit() and _YEARLESS_STAMP_RE.fullmatch(text):
        if any(_YEARLESS_STAMP_RE.fullmatch(later.text.strip()) for offset in range(1, _DIGEST_REACH)
               if (later := ctx.following(offset)) is not None):
            return None  # a live blog's first stamp of several: the live-update rule's heading
        return Match(meta={"header_raw": (para.raw,)})
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1].strip()  # （二〇二四年十一月二十四日）: a speech's day under its title
    day = signature_date(text) if text[:1] in "〇零一二" and text.endswith("日") else None
    return Match(meta={"published": day, "header_raw": (para.raw,)}) if day else None


@cache
def _closing_field_split_re() -> re.Pattern[str]:
    labels = P._alternation((*P.CLOSING_SOURCE_LABELS, *P.AUTHOR_CREDIT_LABELS, "撰文", *P.EDITOR_LABELS))
    return regex_cache.compile(rf"({labels})\s*[:：]")


_CLOSING_SEPARATORS = " \u3000，,；;|｜/／"
_CLOSING_CREDIT_MAX = 80
_PROSE_LINE = 40  # a following line longer than this, or a sentence, is more story: the credit is inside the body


def rule_closing_source(para: Para, ctx: Context) -> Match | None:
    """A credit line closing the story that names its source with its writer and editor
    (（本文来源：某某日报 作者：张三）, 来源：某某网 编辑：李四): the source is the agency (as a bare
    来源 line after the body is), the names are the byline's, the line is kept in
    ``header_raw``. A citation of sources (（资料来源：参考消息、海外网等）, 数据来源) names what the
    text drew on, not who published it, and stays; so does such a line with more story after it."""
    text = para.text
    if not ctx.has_lead or len(text) > _CLOSING_CREDIT_MAX or "源" not in text \
            or not any(label in text for label in ("来源", "來源", "稿源")):
        return None
    inner = _unbracketed(text) if text[:1] in "（(【[" else text
    parts = _closing_field_split_re().split(inner)
    if len(parts) == 3 and not parts[0].strip() and parts[1] in P.CLOSING_SOURCE_LABELS:
        return _closing_source_writers(para, parts[2].strip(_CLOSING_SEPARATORS), ctx)
    if len(parts) < 5 or parts[0].strip() or parts[1] not in P.CLOSING_SOURCE_LABELS:
        return None  # a bare 来源 line is the header_line rule's
    if _later_prose(ctx):
        return None
    fields = [(label, value.strip(_CLOSING_SEPARATORS)) for label, value in zip(parts[1::2], parts[2::2], strict=True)]
    if any(not value or any(mark in value for mark in "。！？：:（）()") for _, value in fields):
        return None
    meta: dict[str, Any] = {"source_agency": P.canonical_agency(fields[0][1]), "header_raw": (para.raw,)}
    for label, value in fields[1:]:
        if label in P.CLOSING_SOURCE_LABELS:
            return None
        key = "editors" if label in P.EDITOR_LABELS else "reporters"
        names = editor_names(value) if key == "editors" else split_names(value)
        if not names:
            return None
        meta[key] = meta.get(key, ()) + names
    return Match(meta=meta)


_REPORTER_TITLES = ("记者", "記者", "通讯员", "通訊員")


def _closing_source_writers(para: Para, value: str, ctx: Context) -> Match | None:
    """A 来源 line closing the story that names its writers after the outlet, with no label of their
    own (文章来源：本报记者 张三 · 稿件来源：宁波日报 记者 李四 王五 · 文章来源：新华社记者 张三): the
    outlet is the agency (本报 names none), the names the byline's. A bare outlet (来源：新华社) is the
    header_line rule's."""
    if not any(title in value for title in _REPORTER_TITLES) and " " not in value and "\u3000" not in value:
        return None
    if any(mark in value for mark in "。！？：:（）()，,") or _later_prose(ctx):
        return None
    prefix = P.agency_prefix(value)
    outlet, rest = (prefix[0].name, value[prefix[1] :]) if prefix is not None else (None, value)
    if outlet is None:
        first, _, more = value.replace("\u3000", " ").partition(" ")
        if first.endswith(P.MASTHEAD_SUFFIXES + P.SITE_SUFFIXES) and first not in P.MASTHEAD_SUFFIXES + P.SITE_SUFFIXES:
            outlet, rest = first, more  # 宁波日报 记者 李四: an outlet we do not list, then its writers
    names = split_names(rest.strip())
    if not names or not looks_like_names(rest.strip()):
        return None
    meta: dict[str, Any] = {"reporters": names, "header_raw": (para.raw,)}
    if outlet is not None and outlet not in P.THIS_PAPER:
        meta["source_agency"] = P.canonical_agency(outlet)
    return Match(meta=meta)


# A reprint note naming the outlet alone (【本文獲授權轉載自香港01】, 本文轉載自《明報》, （原文刊於信報，
# 2024年3月12日）): where the article first ran. Notes with more in them (作者, 编辑) are _PROVENANCE_RE's.
_REPRINT_RE = regex_cache.compile(
    r"^(?P<prefix>(?:本文|此文|原文|原稿)?(?:原)?(?:獲|获|經|经)?(?:授權|授权)?)"
    r"(?P<verb>轉載自|转载自|轉自|转自|刊於|刊于|刊載於|刊载于|載於|载于|刊登於|刊登于|首發於|首发于)\s*[:：]?\s*"
    # a WeChat account, named as one (本文转载自公众号“人民日报” · 转自微信公众号：人民日报（ID：rmrbwx）)
    r"(?:(?:微信)?(?:公众号|公眾號)\s*[:：]?\s*)?"
    r"(?P<outlet>《[^《》]{2,20}》|[“\"「][^“”\"「」]{2,20}[”\"」]|[^《》“”\"「」，,。；;：:\s（）()]{2,20})"
    r"(?:\s*[（(]\s*(?:微信)?(?:ID|id|微信号|微信號)\s*[:：]\s*[\w-]{2,30}\s*[）)])?"
    r"(?:\s*[，,]?\s*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}))?\s*[。.]?$"
)
_NO_OUTLET = frozenset(("网络", "網絡", "網路", "互联网", "互聯網", "网上", "網上"))


_REPRINT_MAX = 48
_REPOST_CARD_MAX = 72


# WeChat's card over a post another account wrote (以下文章来源于人民日报 ，作者张三; The following article
# is from 人民日报 Author 张三 in the English interface): the account it came from and its writer.
_REPOST_CARD_RE = regex_cache.compile(
    r"(?:以下文章来源于|以下文章來源於|The following article is from)\s*(?P<account>[^\s，,]{2,30}?)\s*"
    r"(?:[，,]?\s*(?:作者|Author)\s*(?P<author>[^\s，,]{2,20}))?\s*")


def _repost_card(para: Para, ctx: Context) -> Match | None:
    found = _REPOST_CARD_RE.fullmatch(para.text)
    if found is None:
        return None
    author = found.group("author")
    names = (author,) if author and is_personal_name(author) else ()
    card = _card_lines(ctx, found.group("account"))
    raws = tuple(ctx.following(offset).raw for offset in range(1, card + 1))  # type: ignore[union-attr]
    return Match(meta={"source_agency": P.canonical_agency(found.group("account")), "header_raw": (para.raw,),
                       **({"reporters": names} if names else {}), **({"furniture_raw": raws} if raws else {})},
                 consumed=1 + card)


_CARD_SIGNATURE_MAX = 40  # the account's one-line description under its name on the card
_CARD_DOTS = frozenset((".", "·", "•"))


def _card_lines(ctx: Context, account: str) -> int:
    """The card's own lines copied under its tip: the account's name (perhaps with a dot after it),
    a dot alone where the card had its avatar, and, after that dot, the account's signature line
    (某某日报官方公众号, 参与、沟通、记录时代。). How many follow the tip; 0 when none."""
    count = 0
    dotted = False
    while (line := ctx.following(count + 1)) is not None:
        text = line.text
        if text.rstrip(".·• ") == account or text in _CARD_DOTS:
            dotted = dotted or text[-1:] in _CARD_DOTS
            count += 1
            continue
        if dotted and len(text) <= _CARD_SIGNATURE_MAX and han_count(text) >= 2:
            count += 1
        break
    return count


_REPRINT_WORDS = ("載", "载", "刊", "轉自", "转自", "首發", "首发")  # a reprint note holds one of these


def rule_reprint(para: Para, ctx: Context) -> Match | None:
    """A reprint note alone on its line names the outlet the article first ran in: its source
    (the agency of last resort, as a 来源 line), kept in ``header_raw``, not a line of the story."""
    text = para.text
    if text.startswith(("以下文章", "The following article")):
        return _repost_card(para, ctx)
    if len(text) > _REPRINT_MAX or not _holds_any(text, _REPRINT_WORDS):
        return None
    found = _REPRINT_RE.match(_unbracketed(text))
    if found is None or not (found.group("prefix") or found.group("verb") in ("轉載自", "转载自")):
        return None  # 載於史冊 is words; 本文載於… or 轉載自… is a note
    outlet = found.group("outlet").strip("《》“”\"「」")
    if outlet in _NO_OUTLET:
        return None
    # 转载自光明网: the portal it was taken from, after any 来源; 刊於《明報》: where it first ran
    key = "reprint_agency" if found.group("verb") in P.REPRINT_LABELS else "source_agency"
    return Match(meta={key: P.canonical_agency(outlet), "header_raw": (para.raw,)})


_CLOSING_TAIL = 8  # lines a closing credit may have after it (editor lines, stamps, furniture)


def _later_prose(ctx: Context) -> bool:
    """A line of story after this one (longer than a credit, an editor line or a stamp), or more
    lines than a closing credit has after it: a bounded look, so many such lines stay linear."""
    position = 1
    while (following := ctx.following(position)) is not None:
        if position > _CLOSING_TAIL:
            return True
        prose = len(following.text) > _PROSE_LINE or (following.text[-1:] in "。！？" and han_count(following.text) >= 10)
        if prose and not _furniture_line(following.text):  # a site's notice under the credits is none of the story
            return True
        position += 1
    return False


_MASTHEAD_NAME_RE = regex_cache.compile(rf"[{_HAN}0-9]{{2,14}}")
_SITE_NAME_MAX = 6  # 北青网, 中国台湾网: a site's short name under the headline


# How a website's own name ends (中国政府网, 某某市人民政府门户网站, 某某新闻网), where a bare 网 may end
# a headline's word (织密防护网).
_SITE_NAME_ENDINGS = (
    "政府网", "政府網", "新闻网", "新聞網", "日报网", "日報網", "门户网站", "門戶網站", "门户网", "門戶網", "信息网", "資訊網",
    "资讯网", "网站", "網站", "官网", "官網",
)


def _site_name_alone(text: str) -> bool:
    """A website's name alone on the first line (中国政府网 over a page copied whole): the site the
    page is on, the agency of last resort, never the headline."""
    return text.endswith(_SITE_NAME_ENDINGS) and _MASTHEAD_NAME_RE.fullmatch(text) is not None \
        and text not in _SITE_NAME_ENDINGS


_ISSUER_ALONE_MAX = 20
_RELEASE_LABELS = frozenset(("新闻稿", "新聞稿", "新闻通稿", "新聞通稿", "新闻发布稿", "新聞發布稿", "媒体通稿", "媒體通稿"))
_RELEASE_LABEL_MAX = 9
_ISSUER_ALONE_ENDS = ("局", "部", "委", "署", "厅", "廳", "办公室", "辦公室", "委员会", "委員會", "人民政府", "法院",
                      "检察院", "檢察院", "中心")


def _issuer_alone(text: str, ctx: Context) -> bool:
    """A government body's name alone straight under the headline, over the text's first sentence
    or over the day and then that sentence (a statistics release's 国家统计局 / 2024年12月13日): the
    body that issued it, no paragraph (the day under it is the publication time, as under a
    byline); not a commentary's desk (人民日报评论部), which the byline rule reads."""
    return (
        text.endswith(_ISSUER_ALONE_ENDS) and "title" in ctx.meta and not ctx.kinds
        and ctx.index > 0 and _is_the_title(ctx.paras[ctx.index - 1].text, ctx)
        and "评论" not in text and "評論" not in text and is_issuing_body(text) and (_sentence_below(ctx, 1) or (
            (day := ctx.following()) is not None and signature_date(day.text) is not None and _sentence_below(ctx, 2)))
    ) is True


def _sentence_below(ctx: Context, offset: int) -> bool:
    """The line ``offset`` lines down is a full paragraph of the story."""
    below = ctx.following(offset)
    return below is not None and _full_paragraph(below) and _substantial(below.text)


def _unlisted_masthead(text: str, ctx: Context) -> bool:
    """A bare name ending like an outlet (当代商报, 某某县融媒体中心, 北青网), alone on the line straight
    under the headline: the outlet, as reading copies and many pasted articles print it."""
    return (
        (ctx.index <= 2 or (ctx.index > 0 and _is_the_title(ctx.paras[ctx.index - 1].text, ctx)))
        and not ctx.kinds and "title" in ctx.meta and "source_agency" not in ctx.meta
        and (text.endswith(P.MASTHEAD_SUFFIXES) or (text.endswith(("网", "網")) and len(text) <= _SITE_NAME_MAX))
        and _MASTHEAD_NAME_RE.fullmatch(text) is not None
        and text not in P.MASTHEAD_SUFFIXES
    )


_PROVENANCE_RE = regex_cache.compile(
    r"^(?P<label>本文来自|本文來自|本文转载自|本文轉載自|本文转自|本文轉自|本文经授权转载自|本文經授權轉載自|本文首发于"
    r"|本文首發於|本文原载于|本文原載於|本文刊于|本文刊於)\s*"
    r"(?P<rest>(?=[^。]{0,16}[:：《|｜丨]|[^。]*公众号|[^。]*公眾號)[^。]{2,160})。?$"
)

_PROVENANCE_CREDITS = (
    # 钛媒体 sets its credits off with a bar: （本文首发于钛媒体APP，作者|张三，编辑|李四）
    ("reporters", regex_cache.compile(r"(?:作者|撰文)\s*[:：|｜丨]\s*(?P<names>[^，,；;。（）()]+)")),
    ("editors", regex_cache.compile(
        r"(?<![图圖视視美])(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：|｜丨]\s*(?P<names>[^，,；;。（）()]+)")),
)


_ORIGINAL_TITLE_LABELS = frozenset(("原标题", "原標題", "本文原标题", "新闻原标题", "新聞原標題", "杂志标题", "雜誌標題"))


def _is_the_title(text: str, ctx: Context) -> bool:
    title = ctx.meta.get("title") or (clean_title(ctx.hints.title) if ctx.hints.title else "")
    return bool(title) and _squash(normalise(text.strip())) == _squash(title)


# A page's note on what an update added, opening the story (蘋果日報: （更新：新增動新聞）德國…,
# （新增華為否認之說法）據《日經中文網》…): the editor's, not the lead's.
_UPDATE_NOTE_RE = regex_cache.compile(
    r"^[（(]\s*(?P<label>更新|新增|補充|补充|更正)\s*[:：]?\s*(?P<note>[^（）()]{1,24}?)\s*[）)]\s*(?=\S)"
)


_NOTE_STORY_MIN = 10  # characters of story after a bracketed note for the two to be told apart


def _after_closed_note(rest: str) -> tuple[str, str] | None:
    """A bracketed note's text and the story after its closing bracket (原标题：X）story → X, story);
    None when the bracket closes the line, or nested brackets make the close unsure."""
    for index, char in enumerate(rest):
        if char in "（(【[":
            return None
        if char in "）)】]":
            story = rest[index + 1 :].strip()
            return (rest[:index], story) if len(story) >= _NOTE_STORY_MIN else None
    return None


_EDITOR_NOTE_LABELS = frozenset(P.EDITOR_NOTE_LABELS)  # a look-up, where the tuple compared each label


# The story's original headline in a closing note (澎湃's copies: （原题为《…》）; 本文原标题为 "Beyond
# militarization", a translation's): no colon, the headline in title or quotation marks.
_ORIGINAL_TITLE_NOTE_RE = regex_cache.compile(
    r"^(?P<open>[（(])?\s*(?:本文)?(?P<label>原题|原題|原标题|原標題)\s*(?:为|為|是)\s*"
    r"(?:《(?P<title>[^《》]{2,80})》|[“\"「](?P<quoted>[^“”\"「」]{2,80})[”\"」])\s*。?\s*(?(open)[）)])$")


_ORIGINAL_TITLE_NOTE_ENDS = "）)》”\"」"  # what the note ends with: a cheap test before the pattern


def _original_title_note(para: Para, ctx: Context) -> Match | None:
    """（原题为《…》）: the headline the story first ran under, a note as 原标题：… is; kept as read,
    no note at all, when it is the headline itself."""
    found = _ORIGINAL_TITLE_NOTE_RE.match(para.text)
    if found is None:
        return None
    title = (found.group("title") or found.group("quoted")).strip()
    if _is_the_title(title, ctx):
        return Match(meta={"header_raw": (para.raw,)})
    return Match(blocks=(EditorNote(text=title, raw=para.raw, label=found.group("label")),))


def rule_editor_note(para: Para, ctx: Context) -> Match | None:
    """``编者按：…`` (and 内容摘要, 导读, 原标题…): a note set apart, never the lead."""
    if para.text[-1:] in _ORIGINAL_TITLE_NOTE_ENDS and _ORIGINAL_TITLE_NOTE_RE.match(para.text):
        original = _original_title_note(para, ctx)
        if original is not None:
            return original
    update = _UPDATE_NOTE_RE.match(para.body) if para.body[:1] in "（(" and not ctx.has_lead else None
    if update is not None:
        note = EditorNote(text=normalise(update.group("note")), raw=para.raw, label=update.group("label"))
        return Match(blocks=(note,), rest=para.rest(para.body[update.end() :]))
    match = P.editor_note_opened().match(para.text)
    if match is not None:
        label = match.group("label") or match.group("label2")
        rest = match.group("rest") if match.group("label") else match.group("rest2")
        opened = para.text[0] in "（(【["
        after = _after_closed_note(rest) if opened and rest and match.group("label") \
            and para.text.lstrip("（(【[")[: len(label)] == label else None
        if after is not None:
            # （原标题：某地举行活动）某地今日…: the note closes its bracket and the story follows it
            note, story = after
            if label in _ORIGINAL_TITLE_LABELS and _is_the_title(note, ctx):
                return Match(meta={"header_raw": (para.text[: len(para.text) - len(story)].strip(),)},
                             rest=para.rest(story))
            return Match(blocks=(EditorNote(text=note.strip(), raw=para.raw, label=label),), rest=para.rest(story))
        if rest and opened and rest.rstrip()[-1:] in "）)】]" and para.text.lstrip("（(【[")[: len(label)] == label:
            rest = rest.rstrip()[:-1]  # （原标题：…） closes its own bracket
        if rest and label in _ORIGINAL_TITLE_LABELS and _is_the_title(rest, ctx):
            return Match(meta={"header_raw": (para.raw,)})  # 原标题 the same as the headline: nothing to show
        if rest:
            note_block = EditorNote(text=rest.strip(), raw=para.raw, label=label)
            return Match(blocks=(note_block,), meta=_bio_affiliation(rest, label, ctx))
    note = _unbracketed(para.text) if para.text[:1] in "（(" else para.text  # the note may close in brackets
    provenance = _PROVENANCE_RE.match(note) if note.startswith("本文") else None
    if provenance is not None:
        # 本文来自微信公众号：科技观察（ID：…），作者：张三，编辑：李四，题图来自：视觉中国 (虎嗅, 钛媒体…):
        # where a reposted text came from, with its writer and editor
        meta: dict[str, Any] = {}
        for key, credit in _PROVENANCE_CREDITS:
            found = credit.search(provenance.group("rest"))
            names = split_names(found.group("names")) if found else ()
            if names:
                meta[key] = names
        paper = re.match(r"[^《]{0,16}《(?P<paper>[^《》]{2,20})》", provenance.group("rest"))
        if paper is not None and P.find_agency(paper.group("paper")) is not None:
            meta["source_agency"] = paper.group("paper")  # 本文首发于《中国新闻周刊》
        text = provenance.group("rest").strip()
        return Match(blocks=(EditorNote(text=text, raw=para.raw, label=provenance.group("label")),), meta=meta)
    bare = para.text.strip("【】[]〔〕 ").rstrip("：:")  # 编后： alone on its line, the note below
    if bare in _EDITOR_NOTE_LABELS and (not ctx.has_lead or bare in P.AFTERWORD_LABELS or bare in _AUTHOR_BIO_LABELS):
        following = ctx.following()
        if following is not None and not (bare in _AUTHOR_BIO_LABELS and _author_card(para, ctx)):
            raw = f"{para.raw}\n{following.raw}"
            note_block = EditorNote(text=following.text, raw=raw, label=bare)
            return Match(blocks=(note_block,), meta=_bio_affiliation(following.text, bare, ctx), consumed=2)
    return None


_AUTHOR_BIO_LABELS = frozenset(P.AUTHOR_BIO_LABELS)
_BIO_PARAGRAPHS_MAX = 3  # paragraphs a closing note on the writer runs to
_BIO_TAIL = 4  # the note's next paragraph stands among the text's last lines (credits may follow)


def _opens_a_bio(para: Para) -> bool:
    """``para`` opens a note on the writer: labelled (作者简介：张三，…) or the label alone."""
    if para.text.strip("【】[]〔〕 ").rstrip("：:") in _AUTHOR_BIO_LABELS:
        return True
    match = P.editor_note_opened().match(para.text)
    return match is not None and (match.group("label") or match.group("label2")) in _AUTHOR_BIO_LABELS


def rule_note_continued(para: Para, ctx: Context) -> Match | None:
    """The second paragraph of a note on the writer after the story (作者简介：张三，某大学教授…。
    then 曾主持…，出版专著…。): the note goes on, set apart as its first paragraph is, with no label
    of its own; not body text. Only at the text's end, straight after the note: a note on the writer
    above the story is followed by the story."""
    if not ctx.has_lead or not ctx.kinds or ctx.kinds[-1] != "editor_note" or ctx.index < len(ctx.paras) - _BIO_TAIL:
        return None
    text = para.text
    if text[-1:] not in _SENTENCE_ENDS or _is_furniture(text) or han_count(text) < _ADDRESSED_PROSE_MIN:
        return None
    paras = ctx.paras
    if not any(_opens_a_bio(paras[ctx.index - back]) for back in range(1, _BIO_PARAGRAPHS_MAX + 1) if ctx.index - back >= 0):
        return None
    return Match(blocks=(EditorNote(text=text, raw=para.raw, label=""),))
_OPENING_NOTE_RUN = 3  # paragraphs an editor's note over the story runs to after its first
_RULE_LINE_RE = regex_cache.compile(r"(?:[-*_=~—－─━＊·•]\s*){3,}")


def _in_opening_note(ctx: Context) -> bool:
    """The blocks so far end with an editor's note over the story (【编者按】…, 编者按： alone
    over it) whose first paragraph is at most ``_OPENING_NOTE_RUN`` paragraphs up."""
    if ctx.kinds[-1:] != ["editor_note"] or "lead" in ctx.kinds.seen:
        return False
    for back in range(1, _OPENING_NOTE_RUN + 2):
        if ctx.index - back < 0:
            return False
        if ctx.paras[ctx.index - back].text.lstrip("【[〔（( ").startswith(_OPENING_NOTE_LABELS):
            return True
    return False


def _ends_the_note(para: Para) -> bool | None:
    """Whether ``para`` is where the story under a note starts: a rule set under the note, a
    byline, or a paragraph that opens with the dateline (True); prose, which the note may still
    run on into (None); anything else (False)."""
    text = para.text
    if text[:1] in "-*_=~—－─━＊·•" and _RULE_LINE_RE.fullmatch(text):
        return True
    found = match_dateline(para.body)
    if found is not None and found.start == 0 and found.end < len(para.body):
        return True
    if len(text) <= _EDITOR_LINE_MAX and _reads_like_byline(text):
        return True
    return None if text[-1:] in _SENTENCE_ENDS else False


def rule_opening_note_continued(para: Para, ctx: Context) -> Match | None:
    """The second (or third) paragraph of an editor's note over the story (【编者按】长江是…。 then
    即日起，本报推出…。, then the dateline's lead): the note goes on, set apart as its first paragraph
    is, until the story starts, which its dateline, a byline or a rule under the note shows. Read
    as the lead, it took the story's place. A note of one paragraph over a lead with no such mark
    leaves that lead alone: nothing tells a note's second paragraph from the story's first."""
    if not ctx.in_header or not _in_opening_note(ctx):
        return None
    text = para.text
    if text[-1:] not in _SENTENCE_ENDS or han_count(text) < 2 or _ends_the_note(para) is not None:
        return None
    for offset in range(1, _OPENING_NOTE_RUN + 1):
        following = ctx.following(offset)
        ends = _ends_the_note(following) if following is not None else False
        if ends is not None:
            return Match(blocks=(EditorNote(text=text, raw=para.raw, label=""),)) if ends else None
    return None


# The bio's opening: the writer's name, then who the writer is up to the first pause (张三，某某大学教授，…).
_BIO_OPENING_RE = regex_cache.compile(r"^(?P<name>[^，,。；;：:（）()\s]{2,8})\s*[，,（(]\s*(?P<who>[^，,。；;：:（）()]{2,40})")


def _bio_affiliation(note: str, label: str, ctx: Context) -> dict[str, Any]:
    """The writer's affiliation from a note on the writer (作者简介：张三，某某大学教授，…) that opens
    with a name the byline gives: the byline then shows who the writer is, as a closing
    （作者系…） note makes it; the note stays, since it says more. Nothing for any other note."""
    if label not in _AUTHOR_BIO_LABELS or ctx.meta.get("affiliation"):
        return {}
    found = _BIO_OPENING_RE.match(note.strip())
    if found is None or found.group("name") not in (*ctx.meta.get("reporters", ()), *ctx.hints.authors):
        return {}
    who = affiliation(found.group("who"))
    return {"affiliation": who} if who else {}


_SERIES_MAX = 50


# A column's name in black lenticular brackets alone on a line (【新华视点】, 【环球深观察】): a short
# run of Han characters ending in a column word, nothing else on the line.
_COLUMN_LABEL_MAX = 10


@cache
def _column_label_re() -> re.Pattern[str]:
    words = P._alternation(P.COLUMN_TAG_WORDS + P.COLUMN_LABEL_WORDS + P.REPORT_COLUMN_ENDINGS)
    return regex_cache.compile(rf"^【\s*(?P<name>[\u3400-\u9fff·]{{0,{_COLUMN_LABEL_MAX - 2}}}(?:{words}))\s*】$")


def _column_label(para: Para, ctx: Context) -> Match | None:
    """``【光明视点】`` alone above the lead: the column the story runs in, its series, not a
    subheading (a section's 【美国因素】 names no column, and after the lead a label is a heading)."""
    if ctx.has_lead or para.text[:1] != "【":
        return None
    if len(para.text) > _COLUMN_LABEL_MAX + 2:
        return _column_label_over_byline(para)
    match = _column_label_re().match(para.text)
    if match is None:
        return None
    return Match(
        blocks=(SeriesLabel(text=para.text, raw=para.raw),),
        meta={"series": Series(name=match.group("name"), number=None, raw=para.raw)},
    )


def _column_label_over_byline(para: Para) -> Match | None:
    """``【天气预报】长沙晚报全媒体记者 王晓明`` under the headline: the column's tag glued to the byline,
    the series, and the byline handed on to be read as one, where the line stayed a paragraph."""
    end = para.text.find("】")
    match = _column_label_re().match(para.text[: end + 1]) if 0 < end <= _COLUMN_LABEL_MAX + 1 else None
    rest = para.text[end + 1 :].strip()
    if match is None or len(rest) > _EDITOR_LINE_MAX or not _reads_like_byline(rest):
        return None
    tag = para.text[: end + 1]
    return Match(blocks=(SeriesLabel(text=tag, raw=tag),),
                 meta={"series": Series(name=match.group("name"), number=None, raw=tag)}, rest=para.rest(rest))


def rule_series(para: Para, ctx: Context) -> Match | None:
    """``福建军民融合新年新貌系列报道之九`` → a SeriesLabel block and Meta.series; so is a column's
    bracketed name alone above the lead (``【新华视点】``)."""
    if len(para.text) > _SERIES_MAX or "series" in ctx.meta:
        return None
    if "之" not in para.text:
        return _column_label(para, ctx)  # the label names its part with 之 (之九): a substring test before the pattern
    match = P.series_re().match(para.text)
    if match is None:
        return None
    name = match.group("name").strip()
    number = cn_number(match.group("n"))
    return Match(
        blocks=(SeriesLabel(text=para.text, raw=para.raw),),
        meta={"series": Series(name=name, number=number, raw=para.raw)},
    )


def _related_label(text: str) -> re.Match[str] | None:
    """``相关链接：`` / ``【延伸阅读】`` / a bare label line; not ``相关新闻显示，…`` in a sentence."""
    match = P.related_re().match(text)
    if match is None or not (match.group("colon") or match.group("open") or not match.group("rest").strip()):
        return None
    return match


_LINK_URL_RE = regex_cache.compile(r"\s*(?P<url>https?://\S+)\s*$")


def _link_item(raw: str, text: str, hints: Hints) -> LinkItem:
    """One entry: a leading bullet goes from the title, a trailing URL becomes ``url``."""
    url = None
    found = _LINK_URL_RE.search(text)
    if found is not None and found.start() > 0:
        url, text = found.group("url"), text[: found.start()]
    title = text.lstrip(_BULLETS + " ").strip() or text
    return LinkItem(title=title, raw=raw, url=url or _hint_url(hints, title))


_RELATED_LINE_MAX = 60  # characters of a related-links label line (with a first link after it)


def rule_related(para: Para, ctx: Context) -> Match | None:
    """``相关链接：`` and the short lines after it, each a LinkItem."""
    if len(para.text) <= _LINK_BOX_LABEL_MAX and ctx.has_lead and _LINK_BOX_LABEL_RE.fullmatch(para.text) \
            and _full_paragraph(ctx.following()):
        # 背景链接： alone over prose: a box of background the paper links to the story, its label a
        # heading over the box's paragraphs, which stay the story's text (no list of links)
        label = para.text.strip("【】[]〔〕 \u3000:：")
        return Match(blocks=(Heading(text=label, raw=para.raw, level=_heading_level(ctx)),))
    match = _related_label(para.text)
    if match is None or len(para.text) > _RELATED_LINE_MAX:
        return None
    label = match.group("label")
    if label in P.RELATED_COLON_LABELS and (match.group("colon") is None or match.group("rest").strip()):
        return None  # 相关文章指出，…: a sentence
    items: list[LinkItem] = []
    rest = match.group("rest").strip()
    if rest:
        items.append(_link_item(para.raw, rest, ctx.hints))
    consumed = 1
    while True:
        following = ctx.following(consumed)
        if following is None or not (_is_link_title(following) or _hint_url(ctx.hints, following.text)) \
                or _bare_label(following.text):
            break  # another box's label (相关推荐 / 热点新闻) is no entry of this one
        items.append(_link_item(following.raw, following.text, ctx.hints))
        consumed += 1
    if not items and not ctx.hints.links:
        if not rest and _only_furniture_after(ctx, consumed):
            # 更多鏡週刊報導 closing the text, its list not captured: a label of nothing
            return Match(meta={"furniture_raw": (para.raw,)})
        return None
    if not items:
        items = [LinkItem(title=normalise(title), raw=title, url=url) for title, url in ctx.hints.links]
    return Match(blocks=(RelatedLinks(label=label, items=tuple(items), raw=para.raw),), consumed=consumed)


# A print page's box of background (背景链接, 新闻链接, 知识链接, 相关链接 or 链接 alone) over prose.
_LINK_BOX_LABEL_RE = regex_cache.compile(
    r"[【\[〔]?\s*(?:背景|新闻|新聞|知识|知識|资料|資料|相关|相關)?(?:链接|鏈接|連結)\s*[】\]〕]?\s*[:：]?")
_LINK_BOX_LABEL_MAX = 10


def _bare_label(text: str) -> bool:
    """A list's label with nothing of its own (热点新闻, 【延伸阅读】)."""
    match = _related_label(text)
    return match is not None and not match.group("rest").strip()


def _only_furniture_after(ctx: Context, offset: int) -> bool:
    """Nothing but furniture, or labels of empty lists, after the paragraph ``offset - 1`` lines
    from this one."""
    position = offset
    while (following := ctx.following(position)) is not None:
        if not (_furniture_line(following.text) or _bare_label(following.text)):
            return False
        position += 1
    return True


def _is_link_title(para: Para) -> bool:
    text = _LINK_URL_RE.sub("", para.text)
    if not (2 <= len(text) <= 60) or text.endswith(("。", "：")) or "。" in text:
        return False
    if P.editor_line_opened().match(text) or P.end_mark_re().match(text) or _is_furniture(text):
        return False
    if _furniture_line(text):
        return False  # 訂閱《聯合報》電子報, 加入udn LINE好友, a copyright line closing the list
    if len(text) <= 32 and _source_only().fullmatch(text):
        return False  # 来源：央视新闻客户端 after the list: the story's source, read by the header rule
    return _related_label(text) is None


def _hint_url(hints: Hints, title: str) -> str | None:
    for hint_title, url in hints.links:
        if _squash(normalise(hint_title)) == _squash(title):
            return url
    return None


_CONTRIBUTOR_LABELS = frozenset(("通讯员", "通訊員", "实习生", "實習生"))
# A translator's credit: under the headline, before the story, the byline of a translated story
# (编译：张三), as 整理：/采访： are; among the closing credits it stays an editor line.
_TRANSLATOR_LABELS = frozenset(("编译", "編譯", "翻译", "翻譯", "译者", "譯者"))


def _names_credited(credits: str) -> bool:
    """Every item of a credits line names people (编译：张三, not 编译：参考消息网)."""
    items = [P.item_names(item) for item in P.editor_item_re().finditer(credits)]
    return bool(items) and all(looks_like_names(names) for names in items)


_EDITOR_LINE_MAX = 80


# The line under a story saying who its writer is, opening with the byline's name (纽约时报中文网:
# Alexandra Stevenson是《纽约时报》驻香港记者。, Keith Bradsher是《纽约时报》北京分社社长。).
_WRITER_NOTE_RE = regex_cache.compile(r"^(?P<name>[^，,。；;：:（）()]{2,40}?)(?:是|为|為|係|现为|現為|现任|現任)(?P<who>[^，,。；;]{4,60}?)。?$")
_WRITER_NOTE_MAX = 80
_WRITER_NOTE_WORDS = ("记者", "記者", "社长", "社長", "主任", "编辑", "編輯", "撰稿人", "专栏作家", "專欄作家", "作家", "教授",
                      "研究员", "研究員", "分析师", "分析師", "负责人", "負責人", "主笔", "主筆")


def _writer_note(para: Para, ctx: Context) -> Match | None:
    """A closing note on the byline's writer, opened by the writer's name as the byline gives it (in
    any case): a credit closing the story, an editor line, and the writer's affiliation; not a
    paragraph of the story."""
    # the byline the text shows, or the one the container names (a page's byline box or <meta>)
    reporters = tuple(dict.fromkeys((*ctx.meta.get("reporters", ()), *ctx.hints.authors)))
    found = _WRITER_NOTE_RE.match(para.text)
    if found is None or not any(word in found.group("who") for word in _WRITER_NOTE_WORDS):
        return None
    name = found.group("name").strip()
    if name.casefold() not in {reporter.casefold() for reporter in reporters} or _later_prose(ctx):
        return None
    # the affiliation the byline shows is every writer's: only a note on the one writer gives it
    meta = {} if ctx.meta.get("affiliation") or len(reporters) > 1 else {"affiliation": found.group("who").strip()}
    return Match(blocks=(EditorLine(text=para.text, raw=para.raw),), meta=meta)


def rule_editor_line(para: Para, ctx: Context) -> Match | None:
    """``【责任编辑:黄今】`` / ``(责任编辑：…)`` / ``编辑：…`` / credit lines with 校对, 编审…"""
    if ctx.has_lead and len(para.text) <= _WRITER_NOTE_MAX and para.text[-1:] == "。" \
            and (ctx.meta.get("reporters") or ctx.hints.authors) \
            and ("是" in para.text or "为" in para.text or "為" in para.text or "係" in para.text or "任" in para.text):
        noted = _writer_note(para, ctx)
        if noted is not None:
            return noted
    if ctx.has_lead and para.text[-6:].rstrip("。.）)").endswith(("贡献", "貢獻")):
        contributed = _contribution_note(para, ctx)
        if contributed is not None:
            return contributed
    if ctx.has_lead and len(para.text) <= _COMMENTARY_SIGNOFF_MAX and ("评论员" in para.text or "評論員" in para.text):
        signed = _commentary_signoff(para, ctx)
        if signed is not None:
            return signed
    if ("化名" in para.text or "成果" in para.text or "AI" in para.text) and len(para.text) <= _DESK_NOTE_MAX \
            and ctx.has_lead:
        note = _desk_note(para, ctx)
        if note is not None:
            return note
    if para.text[:1] in _EDITOR_LINE_MARKS and ctx.has_lead:
        # ■責任編輯：李嘉嘉 (文匯報): a Hong Kong paper marks its editor line as it marks its byline
        unmarked = para.text.lstrip(_EDITOR_LINE_MARKS)
        found = _editor_line(Para(raw=para.raw, body=unmarked, number=para.number), ctx, closing=False)
        if found is not None:
            return found
    return _editor_line(para, ctx, closing=False)


_EDITOR_LINE_MARKS = "■◆●"  # not ◎/□/○: a picture's or a commentary's mark


_COMMENTARY_SIGNOFF_MAX = 20
# A commentary's signature closing it, as a paper prints it under the piece (（本报评论员） · 人民日报评论员 ·
# （新华社特约评论员）): the desk that wrote it, the byline set at the foot.
_COMMENTARY_SIGNOFF_RE = regex_cache.compile(
    r"^[（(]?\s*(?P<outlet>[^（）()\s]{0,12}?)(?:特约|特約|本刊|本报|本報)?(?:评论员|評論員)\s*[）)]?$")


def _commentary_signoff(para: Para, ctx: Context) -> Match | None:
    """``（本报评论员）`` closing a commentary: its byline at the foot, an editor line (a credit), the
    paper that signs it the agency, as 本报评论员 over the headline is."""
    found = _COMMENTARY_SIGNOFF_RE.match(para.text)
    if found is None or _later_prose(ctx):
        return None
    outlet = found.group("outlet")
    known = P.find_agency(outlet) if outlet else None
    if outlet and known is None and outlet not in P.THIS_PAPER:
        return None  # 一位资深评论员 · 该台评论员: words of a sentence, no signature
    meta: dict[str, Any] = {}
    if known is not None:
        meta["byline_agency"] = known.name
    elif "dateline_agency" not in ctx.meta:
        meta["dateline_agency"] = outlet or "本报"
    return Match(blocks=(EditorLine(text=para.text, raw=para.raw),), meta=meta)


_DESK_NOTE_MAX = 60
# The desk's note on the story itself: the names it changed (（文中人物均为化名）, 注：应受访者要求，文中
# 人物均为化名。) or the research it came of (（本文系国家社科基金重大项目“…”阶段性成果）).
_DESK_NOTE_RE = regex_cache.compile(
    r"^(?P<open>[（(])?\s*(?:注|注释|備註|备注)?\s*[:：]?\s*"
    r"(?:(?P<pseudonym>[^（）()。]{0,24}(?:文中|本文|以上|上述)[^（）()。]{0,16}(?:均|皆|系|为|為)(?:化名|化名。))"
    r"|(?P<funded>(?:本文|此文|该文|該文)(?:系|是|為|为)[^（）()]{4,50}(?:成果|成果之一))"
    # a note that a machine helped write it (（本文由AI辅助生成） · 本文内容由AI生成，仅供参考)
    r"|(?P<machine>(?:本文|此文|该文|該文|文章|以上)(?:内容|內容)?(?:由|经|經|使用)\s*(?:AI|人工智能|AIGC)[^（）()。]{0,12}"
    r"(?:生成|撰写|撰寫|辅助|輔助|创作|創作|完成)[^（）()。]{0,12}))"
    r"\s*。?\s*(?(open)[）)])$")


def _desk_note(para: Para, ctx: Context) -> Match | None:
    """A desk's note on the story (a pseudonym notice, the research project it came of): a credit
    line, as the note on the writer is, no paragraph of the story. An unbracketed note counts only
    closing the story."""
    found = _DESK_NOTE_RE.match(para.text)
    if found is None or (not found.group("open") and _later_prose(ctx)):
        return None
    return Match(blocks=(EditorLine(text=para.text, raw=para.raw),))


# （实习生张三对本文亦有贡献） · 新京报记者李四对此文亦有贡献 · 实习生王五、赵六亦有贡献: who else
# helped, closing the story.
_CONTRIBUTION_RE = regex_cache.compile(
    r"^[（(]?\s*(?P<credit>[^（）()，。,：:]{2,40}?)\s*(?:(?:对|對)(?:本文|此文|本报道|本報導|本報道|本稿|该文|該文|本篇)"
    r"(?:亦|也)?|(?P<also>亦|也))(?:有|有所)?(?:报道|報導|報道|采访|採訪|研究|翻译|翻譯)?(?:贡献|貢獻)[。.]?\s*[）)]?$")
# Who the helpers are when the note names no text (实习生王五、赵六亦有贡献): their role opens it.
_CONTRIBUTOR_ROLES = ("实习生", "實習生", "记者", "記者", "通讯员", "通訊員", "研究员", "研究員")


def _contribution_note(para: Para, ctx: Context) -> Match | None:
    """A note of who contributed to the story (its interns, another desk's reporter): a credit,
    set as an editor line where it stands, not a paragraph of the story; the names are no
    reporters of it, so Meta is left alone. Without 对本文, only a note that names the helpers by
    their role and closes the story."""
    found = _CONTRIBUTION_RE.match(para.text)
    if found is None or not (split_names(found.group("credit")) or latin_names(found.group("credit"))):
        return None  # 实习生王五亦有贡献 · Chris Buckley对本文有报道贡献 (纽约时报中文网)
    if found.group("also") and (not any(role in found.group("credit") for role in _CONTRIBUTOR_ROLES) or _later_prose(ctx)):
        return None
    return Match(blocks=(EditorLine(text=para.text, raw=para.raw),))


# What a credit's value is made of: names, nicknames and handles (棒棒不是糖, Lily Wang) parted by
# these marks; a longer run of Han, or a full stop inside, is a sentence.
_CREDIT_NAME_PARTS_RE = regex_cache.compile(r"[、，,;；/／\s]+")
_CREDIT_NAME_MAX = 8


def _sentence_credit(names: str) -> bool:
    """The value after a credit label is a sentence, not names: a run of more than eight Han
    characters, a full stop or a question inside it, or five or more ending in one."""
    names = names.strip()
    stopped = names[-1:] in "。！？!?" if names else False
    bare = names.rstrip("。！？!? ")
    if any(mark in bare for mark in "。！？!?"):
        return True
    longest = max((sum(1 for char in part if is_han(char)) for part in _CREDIT_NAME_PARTS_RE.split(bare)), default=0)
    return longest > _CREDIT_NAME_MAX or (stopped and longest >= 5)


def _editor_line(para: Para, ctx: Context, *, closing: bool) -> Match | None:
    """The editor line ``para`` is; ``closing`` when it was cut off a paragraph's end (no byline)."""
    text = para.text
    if len(text) > _EDITOR_LINE_MAX:
        return None
    found = _editor_credits(text)
    if found is None:
        found = _closing_handle_credits(text, ctx)
    if found is None:
        return None
    credits, line = found
    supplier = _credit_supplier(text)
    editors: tuple[str, ...] = ()
    writers: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    labels: set[str] = set()
    credits = _unglued_labels(credits[: line.start("code")] if line.group("code") else credits)
    for item in P.editor_item_re().finditer(credits):
        if _sentence_credit(P.item_names(item)):
            return None  # 编辑：这是我们必须面对的问题，大家都知道。 a sentence opening with the word
        labels.add(item.group("label"))
        if item.group("label") in P.EDITOR_LABELS:
            editors += editor_names(P.item_names(item))
        elif item.group("label") in _WRITER_LABELS:
            writers += split_names(P.item_names(item))
        elif item.group("label") in P.PHOTO_CREDIT_LABELS:
            photographers += split_names(P.item_names(item))
    if labels & set(P.AUTHOR_CREDIT_LABELS) and not labels & set(P.EDITOR_LABELS) and supplier is None:
        return None  # 作者：张三 alone is a byline; （作者：方敏，北京大学教授） an author's note
    if labels <= _TRANSLATOR_LABELS and not closing and not ctx.has_lead and ctx.in_header and _names_credited(credits):
        return None  # 编译：张三 under the headline: the translator's byline, read by the byline rule
    if labels <= _PICTURE_LABELS:
        return None  # 漫画：郝延鹏 or 摄影：张三 alone credits the picture beside it: a caption
    if labels <= _CONTRIBUTOR_LABELS and _after_byline(ctx):
        # 通讯员 李四 on its own line under the byline (极目新闻): a contributor of the story
        names = tuple(name for item in P.editor_item_re().finditer(credits) for name in split_names(P.item_names(item)))
        return Match(meta={"reporters": names, "header_raw": (para.raw,), "byline_at": (ctx.index,)})
    meta: dict[str, Any] = {"editors": editors}
    if writers:
        meta["reporters"] = writers  # （作者：吴霜 编辑：骆一帆）, 采写：南都记者 李榕
    if photographers:
        meta["photographers"] = photographers  # …供稿 摄影/张艳 编辑/苏芳
    if supplier is not None:
        meta["source_agency"] = supplier
    if not closing and _credit_in_byline(ctx, writers):
        return Match(meta={**meta, "header_raw": (para.raw,), "byline_at": (ctx.index,)})
    return Match(blocks=(EditorLine(text=text, raw=para.raw),), meta=_with_code_date(meta, line.group("code")))


# A closing credits line of role/name pairs (a hospital's or a school's news page: 党支部供稿
# 摄影/张艳 编辑/苏芳; 文/张三 图/李四 编辑/王五): each role its names, the supplier of the copy
# (…供稿) named as it is. Read as one line, the photographer's 摄影 made it a caption and the
# editor was lost.
_CREDIT_WRITER_LABELS = ("文字", "撰文", "文", "作者", "采写", "採寫", "撰稿", "记者", "記者")
_CREDIT_PHOTO_LABELS = ("摄影", "攝影", "图片", "圖片", "图", "圖")
_CREDIT_PAIR_RE = regex_cache.compile(
    rf"(?P<label>{P._alternation(P.EDITOR_LABELS + P.CREDIT_LABELS + _CREDIT_WRITER_LABELS + _CREDIT_PHOTO_LABELS)})"
    r"\s*[:：/／|｜丨]\s*(?P<names>[^\s:：/／|｜丨]{1,12})$")
_CREDIT_SUPPLIER_RE = regex_cache.compile(r"[^\s:：/／]{2,30}?(?:供稿|供图|供圖|来稿|來稿)$")
_CREDIT_SUPPLIER_PAIR_RE = regex_cache.compile(r"(?:供稿|供图|供圖|来稿|來稿|稿件来源|稿源)\s*[:：/／|｜]\s*[^\s:：/／]{2,30}")
_CREDIT_GAP_RE = regex_cache.compile(r"[\s\u3000\u00a0]+")
_CLOSING_CREDITS_MAX = 80
# A reporter's report among closing credits, set off by a slash from the editor's (新唐人, 大紀元,
# 希望之聲: （記者張三報導/責任編輯：李四）, （記者張三綜合報導／責任編輯：李四）)
_CREDIT_REPORT_RE = regex_cache.compile(
    rf"(?:记者|記者)\s*(?P<names>[{P.HAN}、]{{2,12}}?)\s*(?:综合|綜合)?(?:报道|報導|報道)")
_CREDIT_REPORT_SLASH_RE = regex_cache.compile(r"(?<=报道|報導|報道)\s*[/／]\s*")


def _credit_parts(text: str) -> list[str]:
    """A closing credit line's items: parted by spaces, and after a reporter's 報導 by a slash."""
    parts = _CREDIT_GAP_RE.split(text.strip("（）() "))
    if "/" not in text and "／" not in text:
        return parts
    return [piece for part in parts for piece in _CREDIT_REPORT_SLASH_RE.split(part)]


def _closing_credits(text: str) -> dict[str, tuple[str, ...]] | None:
    """Names by role of a line made only of credits, at least two of them and one a role/name
    pair: ``{"editors": …, "photographers": …, "reporters": …}``; None for any other line."""
    if len(text) > _CLOSING_CREDITS_MAX or ("/" not in text and "／" not in text and "：" not in text
                                            and ":" not in text):
        return None
    found: dict[str, tuple[str, ...]] = {"editors": (), "photographers": (), "reporters": ()}
    items = pairs = 0
    role = ""
    for part in _credit_parts(text):
        pair = _CREDIT_PAIR_RE.match(part)
        report = _CREDIT_REPORT_RE.fullmatch(part) if pair is None else None
        if report is not None and looks_like_names(report.group("names")):
            items, role = items + 1, "reporters"
            found[role] += split_names(report.group("names"))
            continue
        if pair is not None:
            label, names = pair.group("label"), split_names(pair.group("names"))
            role = ("editors" if label in P.EDITOR_LABELS else "photographers" if label in _CREDIT_PHOTO_LABELS
                    else "reporters" if label in _CREDIT_WRITER_LABELS else "")
            if role and not names:
                return None
            items, pairs = items + 1, pairs + 1
        elif _CREDIT_SUPPLIER_RE.match(part) or _CREDIT_SUPPLIER_PAIR_RE.fullmatch(part):
            items, role = items + 1, ""  # 党支部供稿 · 供稿：党委宣传部 (a school's news page)
            continue
        elif role and is_personal_name(part):
            names = (part,)  # 摄影/张艳 李明: a second name of the same role
        else:
            return None
        if role:
            found[role] += names
    return found if items >= 2 and pairs >= 1 else None


def rule_closing_credits(para: Para, ctx: Context) -> Match | None:
    """A closing line of credits after the body (…供稿 摄影/张艳 编辑/苏芳): editors, photographers
    and writers to Meta, the line kept as the editor line that closes the article."""
    if not ctx.has_lead:
        return None
    if para.text[:1] in "图圖" and len(para.text) <= _CREDIT_LINE_MAX:
        picture = _PICTURE_CREDIT_RE.match(para.text) or _SLASHED_PICTURE_CREDIT_RE.match(para.text)
        if picture is not None and looks_like_names(picture.group("names")) and _among_credits(ctx):
            # 文字 | 张三 / 图片 | 李四 / 编辑 | 王五: the pictures' maker in a closing credit block, no caption
            return Match(blocks=(EditorLine(text=para.text, raw=para.raw),),
                         meta={"photographers": split_names(picture.group("names"))})
    found = _closing_credits(para.body.strip())  # before normalising: its odd spaces part the credits
    if found is None:
        return None
    meta = {key: names for key, names in found.items() if names}
    text = normalise(" ".join(_CREDIT_GAP_RE.split(para.body.strip())))  # the credits kept apart (供稿 摄影/…)
    return Match(blocks=(EditorLine(text=text, raw=para.raw),), meta=meta)


def _among_credits(ctx: Context) -> bool:
    """The line stands in a closing block of credit lines: after an editor line, or over a line
    opened by a credit label (编辑 | 王五, 审核：赵六)."""
    if ctx.kinds[-1:] == ["editor_line"]:
        return True
    after = ctx.following()
    return after is not None and _credit_line_opening_re().match(after.text) is not None


@cache
def _credit_line_opening_re() -> re.Pattern[str]:
    return regex_cache.compile(rf"^(?:{P._alternation(P.EDITOR_LABELS + P.CREDIT_LABELS)})\s*[:：/／|｜丨]")


@cache
def _credit_label_re() -> re.Pattern[str]:
    return regex_cache.compile(rf"(?:{P._alternation(P.EDITOR_LABELS + P.CREDIT_LABELS)})(?=\s*[:：/／])")


def _unglued_labels(credits: str) -> str:
    """A space before a credit label glued to the names before it (文字：王立新 李大同漫画：陈小然, a
    crawler's joined lines), so that each label's names end where the next label begins."""
    out: list[str] = []
    last = 0
    for label in _credit_label_re().finditer(credits):
        if label.start() > 0 and is_han(credits[label.start() - 1]):
            out.append(credits[last : label.start()])
            out.append(" ")
            last = label.start()
    if not out:
        return credits
    out.append(credits[last:])
    return "".join(out)


_CLOSING_CREDITS_TAIL = 60  # characters after a paragraph's last sentence that may be a credit run
_CLOSING_CREDITS_MARKS = "。！？!?”」"
_CREDIT_MARKS = (":", "：", "/", "／")
_CREDIT_MARK_RE = regex_cache.compile(f"[{''.join(_CREDIT_MARKS)}]")


@cache
def _spaced_credits_re() -> re.Pattern[str]:
    labels = P._alternation(P.EDITOR_LABELS + P.CREDIT_LABELS)
    return regex_cache.compile(rf"(?:(?:{labels})[ \u3000]+[{_HAN}]{{2,4}}(?:[ \u3000]+[{_HAN}]{{2,4}})*[ \u3000]*)+")


def _spaced_credits(tail: str) -> bool:
    """Credits whose labels and names only spaces part (编辑 王晓 校对 王菲, in brackets too: （编辑
    王晓）), every name a person's."""
    if tail[:1] in "（(" and tail[-1:] in "）)":
        tail = tail[1:-1].strip()
    if _spaced_credits_re().fullmatch(tail) is None:
        return False
    words = tail.split()
    return all(is_personal_name(word) for word in words if word not in P.EDITOR_LABELS + P.CREDIT_LABELS)


def _glued_closing_credits(para: Para, ctx: Context) -> Match | None:
    """A credit run glued after a one-line body's last sentence (中国军网: …头破血流！文字：王立新 李大同
    漫画：陈小然): cut off into an editor line after the story, its names read like one's."""
    body = para.body
    start = max(0, len(body) - _CLOSING_CREDITS_TAIL)
    end = body[start:]
    marked = _holds_any(end, _CREDIT_MARKS)
    if not marked and " " not in end:
        return None  # a credit has its label's colon or slash, or a space: most paragraphs end without
    cut = max([body.rfind(mark, start) for mark in _CLOSING_CREDITS_MARKS]) + 1
    if cut <= 0 or len(body) - cut < 4:
        return None
    tail = body[cut:].strip()
    if not marked or _CREDIT_MARK_RE.search(tail) is None:
        if not _spaced_credits(tail):
            return None  # …奖励。编辑 王晓 校对 王菲: labels and names parted by spaces alone
    elif _credit_label_re().search(tail) is None:
        return None  # no credit word before a colon or slash: a quote's 他说： or a date's 1/2
    if han_count(body[:cut]) < _STORY_MIN_HAN:
        return None
    found = _editor_line(Para(raw=tail, body=tail, number=para.number), ctx, closing=True)
    if found is None or not found.blocks:
        return None
    return Match(rest=para.rest(body[:cut]), after=found.blocks, meta=found.meta)


# Labels whose names write the story: the byline's words, and 文字/漫画 credits closing a comment
# (文字：王立新 李大同 漫画：陈小然), whose artists are contributors under their own word.
_WRITER_LABELS = frozenset(P.AUTHOR_CREDIT_LABELS + P.WORDS_CREDIT_LABELS + P.DRAWING_CREDIT_LABELS)
_PICTURE_LABELS = frozenset(P.PHOTO_CREDIT_LABELS + P.DRAWING_CREDIT_LABELS)
# Who supplied a story, before the credits of its closing line (某某区融媒体中心供稿 摄影/张艳 编辑/苏芳).
_SUPPLIER_RE = regex_cache.compile(r"^(?P<supplier>[^\s:：，,。（）()/／]{2,24}?)(?:供稿|供图|供圖)[\s\u3000]+")


def _credit_supplier(text: str) -> str | None:
    """The outlet a closing credit line says supplied the story, when it is a known one (新华社供稿):
    an office or a county's media centre supplying copy is no outlet to name."""
    match = _SUPPLIER_RE.match(text) if "供" in text else None
    if match is None:
        return None
    found = P.find_agency(match.group("supplier"))
    return P.canonical_agency(match.group("supplier")) if found is not None else None


def _headline_below(ctx: Context) -> bool:
    """Only header lines above, and a headline's line, no paragraph of the story, right below."""
    following = ctx.following()
    return _under_header_lines(ctx) and following is not None and _reads_like_title(following) \
        and not _substantial(following.text)


def _credit_in_byline(ctx: Context, writers: tuple[str, ...]) -> bool:
    """An editor credit above the body that is part of its byline: sharing the line with the
    writers (作者：杜川    责编：胡军华, 第一财经) or on the line under them (红星新闻记者 吴阳 / 编辑 郭宇,
    界面新闻记者 | 赵晓娟 / 界面新闻编辑 | 许悦). It is read into Meta like the byline, not printed
    as an editor line above the lead (the reading copy closes with it). The byline may stand over
    the headline (紫牛新闻记者 | 李伟 / 编辑 | 王菲 / the headline), every line above read into Meta."""
    if ctx.has_lead or "dateline" in ctx.meta or ("title" not in ctx.meta and not _headline_below(ctx)):
        return False
    return bool(writers) or _after_byline(ctx)


@cache
def _editor_label_words_re() -> re.Pattern[str]:
    """The labels an editor line's items open with (P.editor_line_re), anywhere in a line."""
    return regex_cache.compile(P._alternation(P.EDITOR_LABELS + P.CREDIT_LABELS))


def _editor_credits(text: str) -> tuple[str, re.Match[str]] | None:
    """The credits of an editor line and their match; ``界面新闻编辑 | 李四`` and ``澎湃新闻编辑：
    张三`` name the organisation first, and only a known one is taken off."""
    supplied = _SUPPLIER_RE.match(text) if "供" in text else None
    if supplied is not None:
        text = text[supplied.end() :]
    line = P.editor_line_opened().match(text)
    if line is not None:
        return (text, line) if _credits_something(text) else None
    if supplied is not None:
        return None
    inner = _unbracketed(text)  # （极目新闻编辑 张三）: the organisation inside the brackets
    # the credits after the organisation open with a label: one scan for the labels before the
    # look-ups of every length of name the organisation may have
    organisation = P.agency_prefix(inner) if 4 < len(inner) <= 40 and _editor_label_words_re().search(inner) else None
    if organisation is None:
        return None
    # 北京日报客户端 | 编辑 李四: the outlet's app and a bar between it and the credits
    credits = _ORGANISATION_TAIL_RE.sub("", inner[organisation[1] :], count=1)
    line = P.editor_line_opened().match(credits)
    return (credits, line) if line is not None and _credits_something(credits) else None


_ORGANISATION_TAIL_RE = regex_cache.compile(r"^(?:客户端|客戶端|APP|App)?[ \u3000]*[|｜丨][ \u3000]*|^(?:客户端|客戶端|APP|App)[ \u3000]+")


_CREDIT_HANDLE_RE = regex_cache.compile(r"[\u3400-\u9fff][\u3400-\u9fff·]{1,7}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")


def _closing_handle_credits(text: str, ctx: Context) -> tuple[str, re.Match[str]] | None:
    """A credits line after the story whose names are handles (校对：小周周, 审核｜大熊): each item a
    short run of Han or a capitalised Latin name, no dictionary word, nothing of the story after it."""
    if not ctx.has_lead or len(text) > 40:
        return None
    line = P.editor_line_opened().match(text)
    if line is None:
        return None
    found = list(P.editor_item_re().finditer(text))
    if any(item.group("label") in ("视频", "視頻") for item in found):
        return None  # 视频丨冬日里的长江: a video's title after its channel tag, no credit
    items = [P.item_names(item).strip() for item in found]
    if not items or not all(_CREDIT_HANDLE_RE.fullmatch(name) and not is_common_word(name) for name in items):
        return None
    return None if _later_prose(ctx) else (text, line)


def _credits_something(credits: str) -> bool:
    """An editor label, or some credit naming a person (视频：李明, 校对 张三) or a known outlet
    (翻譯：紐約時報中文網, 编译：参考消息网); not a channel tag before a headline (视频丨冬日里的长江)."""
    for item in P.editor_item_re().finditer(credits):
        names = P.item_names(item)
        if item.group("label") in P.EDITOR_LABELS or split_names(names) or P.find_agency(names.strip()) is not None:
            return True
    return False


def _with_code_date(meta: dict[str, Any], code: str | None) -> dict[str, Any]:
    """``meta`` and, when an editor line ends in a date code, the date it stands for."""
    published = date_code(code) if code else None
    return {**meta, "code_published": published} if published else meta


def rule_trailing_editor(para: Para, ctx: Context) -> Match | None:
    """``…。（责任编辑：张三）`` at the end of a paragraph: cut it off into an EditorLine."""
    last = para.body.rstrip()[-1:]  # the pattern ends with a closing bracket or a date code
    match = P.trailing_editor_re().search(para.body) if last in "】]）)" or last.isdigit() else None
    if match is None or match.start() == 0:
        return _glued_closing_credits(para, ctx)
    credit = match.group("credit")
    editors: tuple[str, ...] = ()
    for item in P.editor_item_re().finditer(normalise(credit)):
        if item.group("label") in P.EDITOR_LABELS:
            editors += editor_names(P.item_names(item))
    raw = para.body[match.start() :].strip()
    text = normalise(credit) + (f" {match.group('code')}" if match.group("code") else "")
    return Match(
        rest=para.rest(para.body[: match.start()]),
        after=(EditorLine(text=text, raw=raw),),
        meta=_with_code_date({"editors": editors}, match.group("code")),
    )


_SIGNATURE_TAIL = 8  # lines a signature may have after its first: its other lines, credits, furniture


_SIGNATURE_LINE_MAX = 40


def rule_signature(para: Para, ctx: Context) -> Match | None:
    """The closing signature (落款, ``signature.py``): the issuing body and the date on short lines
    at the very end of a text that has a body, with nothing after them but an editor line, an
    end mark, related links or furniture, and a date among them. The date dates the text when
    nothing else does. The body need not have a lead: an official notice's paragraphs may all end
    in a colon (各县（市、区）人民政府：, …现就有关事项通知如下：) before its numbered points."""
    if ctx.in_header or len(para.text) > _SIGNATURE_LINE_MAX:
        return None
    signer = _signer_line(para.text)
    if not signer and not is_signature_line(para.text):
        return None
    dated = signature_line_date(para.text) is not None
    offset = 1
    while (following := ctx.following(offset)) is not None:
        text = following.text
        if _related_label(text) is not None or _afterword(text):
            break  # the links that close the page, or the editors' afterword: whatever follows is theirs
        if appended_document(text) and ctx.following(offset + 1) is not None:
            break  # a plan or a regulation the notice issues, printed after its 落款 (附件1, 某某实施方案)
        if offset > _SIGNATURE_TAIL:
            return None  # too far from the end (and a list of 公司 lines stays linear to read)
        if is_signature_line(text) or _signer_line(text):
            dated = dated or signature_line_date(text) is not None
        elif not _closing_line(text):
            return None
        offset += 1
    if not dated and not (signer and "salutation" in ctx.kinds.seen):
        return None  # a letter opened by its salutation (编辑同志：) may sign off undated (某某市读者 王先生)
    date = signature_line_date(para.text)
    meta: dict[str, Any] = {"signature_published": date} if date else {}
    if date is None and not signer and not para.text.startswith("本"):
        meta["signature_agency"] = para.text.strip()  # 某市公安局城关分局 issued the notice (本报编辑部 names no one)
    return Match(blocks=(Signature(text=para.text, raw=para.raw),), meta=meta)


# --------------------------------------------------------------------------- official documents

_OFFICIAL_LINE_MAX = 120
_OFFICIAL_HEADER_REACH = 8  # lines from the top where an official document's 版头 may stand
_MARK_REACH = 4  # lines below a 份号/密级/紧急程度 where the rest of the 版头 must come


def rule_official_header(para: Para, ctx: Context) -> Match | None:
    """The 版头 of an official document (``official.py``): its 发文字号 (国办发〔2024〕12号, a
    court's 案号, an exchange's 公告编号 with the 证券代码 line it is on), 签发人, 发文机关标志
    (某某市人民政府文件) and 份号/密级/紧急程度, on lines of their own near the top, read into
    ``Meta.official`` (the lines into ``header_raw``). The 发文机关标志 was read as the title and
    the number as the first body paragraph. The issuing body names the agency of last resort."""
    info = _info_table(para, ctx)
    if info is not None or not ctx.in_header or (ctx.index >= _OFFICIAL_HEADER_REACH and not _only_header_above(ctx)):
        return info  # the table a site sets over a document may come anywhere in a saved page's text
    text = para.text
    meta: dict[str, Any] = {}
    if (number := number_line(text)) is not None:
        meta["official_number"] = number[0]
        meta["official_signers"] = number[1]
        meta["official_marks"] = security_marks(text)
    elif (signers := signer_line(text)) is not None:
        meta["official_signers"] = signers
    elif "title" in ctx.meta and (order := order_sequence(text, str(ctx.meta["title"]))) is not None:
        meta["official_number"] = order
    elif "title" not in ctx.meta and (title := _issuer_and_kind(para, ctx)) is not None:
        return title
    elif "title" not in ctx.meta and (bodies := issuer_line(text)) is not None:
        meta["official_issuer"] = text.strip()
        meta["issuer_agency"] = bodies.split()[0]
    elif "title" not in ctx.meta and _official_mark(ctx) and (mark_line(text) or security_marks(text)):
        meta["official_marks"] = security_marks(text) or (text.strip(),)
    else:
        return None
    return Match(meta={**meta, "header_raw": (para.raw,), "official_lines": (para.number,)})


def _official_header_line(para: Para, ctx: Context) -> bool:
    """A line at the top that ``rule_official_header`` reads (the title rule leaves it): a
    发文机关标志, a 发文字号, a 版头's mark, a 政府信息公开 table's row, or a court's name over 公告."""
    text = para.text
    if len(text) > INFO_MAX:
        return False
    following = ctx.following()
    previous = ctx.paras[ctx.index - 1] if ctx.index else None
    return (issuer_line(text) is not None or number_line(text) is not None or official_info_line(text)
            or (info_fields(text) is not None  # 标　　题：… among the table's rows
                and any(near is not None and official_info_line(near.text) for near in (following, previous)))
            or (following is not None and not ctx.hints.title and is_issuing_body(text)
                and (following.text.strip() in DOCUMENT_KINDS or (following.text[-1:] in "号號"
                                                                   and _NUMBERED_KIND_TITLE_RE.fullmatch(following.text.strip()) is not None)))
            or ((mark_line(text) or bool(security_marks(text))) and _official_mark(ctx)))


# A notice's title ending in its kind and its number (公开市场业务交易公告 [2024]第238号)
_NUMBERED_KIND_TITLE_RE = regex_cache.compile(
    r"[\u4e00-\u9fff]{2,30}(?:公告|通告|公报|公報|通知|通报|通報)\s*"
    r"(?P<number>[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号|第\s*\d{1,5}\s*号)")


def _issuer_and_kind(para: Para, ctx: Context) -> Match | None:
    """The issuer's name and the document's kind on two lines at the top (某某市中级人民法院 /
    公告, as a court sets its notice): one title, where the name was the title and the kind a
    stray paragraph."""
    following = ctx.following()
    if ctx.hints.title or following is None or not is_issuing_body(para.text):
        return None
    titled = _NUMBERED_KIND_TITLE_RE.fullmatch(following.text.strip()) if following.text.strip() not in DOCUMENT_KINDS else None
    if titled is not None:
        # 中国人民银行公开市场业务操作室 / 公开市场业务交易公告 [2024]第238号: the office over its notice's
        # own title and number, the title the second line, the office the issuer
        return Match(meta={"title": following.text.strip(), "official_number": re.sub(r"\s+", "", titled.group("number")),
                           "header_raw": (para.raw, following.raw), "issuer_agency": para.text.strip(),
                           "official_lines": (para.number, following.number)}, consumed=2)
    if following.text.strip() not in DOCUMENT_KINDS:
        return None
    return Match(meta={"title": para.text.strip() + following.text.strip(), "header_raw": (para.raw, following.raw),
                       "issuer_agency": para.text.strip(), "official_lines": (para.number, following.number)},
                 consumed=2)


def rule_appended_title(para: Para, ctx: Context) -> Match | None:
    """The label (附件1) and the title (某某市实施方案) of a document printed after a notice's
    落款: headings over its text, where they were paragraphs like the text under them."""
    if not ctx.kinds or ctx.kinds[-1] not in ("signature", "heading"):
        return None  # asked first: this runs on most lines, and only these two come before such a title
    if not (appendix_label(para.text) or appended_document(para.text)):
        return None
    last = ctx.kinds[-1]
    previous = ctx.paras[ctx.index - 1].text if ctx.index else ""
    if last == "signature" or (last == "heading" and appendix_label(previous) and not appendix_label(para.text)):
        return Match(blocks=(Heading(text=para.text, raw=para.raw),))
    return None


def _info_table(para: Para, ctx: Context) -> Match | None:
    """A line of the 政府信息公开 table a government site sets over a document (索引号：…, 发文机关：…,
    发文字号：…, 发布日期：…), beside another such line: read into Meta (the number into
    ``Meta.official``, the issuing body as the agency of last resort, 发布日期 as the publication
    date, 成文日期 as the 落款's), the lines kept in ``header_raw``; they were body paragraphs."""
    fields = info_fields(para.text)
    if fields is None:
        return None
    neighbours = (ctx.following(), ctx.paras[ctx.index - 1] if ctx.index else None)
    if len(fields) < 2 and not any(near is not None and info_fields(near.text) for near in neighbours):
        return None  # one 标题： line alone is no table
    meta: dict[str, Any] = {"header_raw": (para.raw,), "official_lines": (para.number,)}
    number = next((fields[label] for label in NUMBER_LABELS if fields.get(label)), "").strip()
    if number and (number_line(number) is not None or (len(number) <= 30 and number.endswith("号"))):
        meta["official_number"] = number  # as the table writes it: 国办发〔2024〕12号, 国令第777号
    issuer = next((fields[label] for label in ISSUER_LABELS if fields.get(label)), None)
    if issuer and is_issuing_body(issuer):
        meta["issuer_agency"] = issuer
    title = next((fields[label] for label in ("标题", "名称") if fields.get(label)), "").strip()
    if title and "title" not in ctx.meta and not ctx.hints.title and len(title) <= _TABLE_TITLE_MAX:
        meta["title"] = clean_title(title)  # 标　　题：国务院办公厅关于…的通知: the document's own title
    for label, key in (("发布日期", "published"), ("公开日期", "published"), ("成文日期", "signature_published"),
                       ("发文日期", "signature_published")):
        found = find_datetime(fields.get(label, ""))
        if found is not None and key not in meta:
            meta[key] = found.iso
    return Match(meta=meta)


_TABLE_TITLE_MAX = 120


def _official_mark(ctx: Context) -> bool:
    """A 版头's issuer or number comes in the next few lines (what makes 特急 or 000123 a mark)."""
    for offset in range(1, _MARK_REACH + 1):
        following = ctx.following(offset)
        if following is None:
            return False
        if number_line(following.text) is not None or issuer_line(following.text) is not None:
            return True
    return False


_ATTACHMENTS_LINE_MAX = 100


def rule_attachments(para: Para, ctx: Context) -> Match | None:
    """An official document's 附件说明 (附件：1．某某方案 / 2．某某表, or 附件：某某方案 alone):
    one Attachments block, where the label's line was a paragraph and the next a numbered point.
    A name ends with no sentence mark (GB/T 9704 7.3.4), so a sentence after 附件： stays prose."""
    if ctx.in_header or not para.text.startswith("附件") or (found := attachment_label(para.text)) is None:
        return None
    label, rest, numbered = found
    if numbered is not None:
        return _numbered_labels(para, ctx, label, rest) if numbered == 1 else None
    items: list[str] = []
    if rest:
        first = attachment_item(rest, 1)
        if first is None:
            single = attachment_item(rest, None)
            if single is None:
                return None
            return Match(blocks=(Attachments(label=label, items=(single,), raw=para.raw),))
        items.append(first)
    raws = [para.raw]
    while (following := ctx.following(len(raws))) is not None:
        item = attachment_item(following.text, len(items) + 1)
        if item is None:
            break
        items.append(item)
        raws.append(following.raw)
    if not items:
        return None
    return Match(blocks=(Attachments(label=label, items=tuple(items), raw="\n".join(raws)),), consumed=len(raws))


def _numbered_labels(para: Para, ctx: Context, label: str, first: str) -> Match | None:
    """附件1：某某方案 / 附件2：某某表, each attachment under its own numbered label, as sites list
    them for download: one Attachments block."""
    item = attachment_item(first, None)
    if item is None:
        return None
    items, raws = [item], [para.raw]
    while (following := ctx.following(len(raws))) is not None:
        found = attachment_label(following.text)
        if found is None or found[2] != len(items) + 1 or (item := attachment_item(found[1], None)) is None:
            break
        items.append(item)
        raws.append(following.raw)
    return Match(blocks=(Attachments(label=label, items=tuple(items), raw="\n".join(raws)),), consumed=len(raws))


_IMPRINT_LINE_MAX = 240
_CONTINUED = ("，", "、", ",")


def rule_imprint(para: Para, ctx: Context) -> Match | None:
    """An official document's 版记 (抄送：… and the 印发 line) closing the text: one Imprint block,
    set apart between rules, where its lines were body paragraphs. A 抄送 list broken over lines
    (ending in a comma) goes on to the next. Only at the end: nothing but closing lines after."""
    if ctx.in_header or not imprint_line(para.text):
        return None
    lines, raws = [para.text.strip()], [para.raw]
    while (following := ctx.following(len(raws))) is not None:
        text = following.text.strip()
        if imprint_line(text):
            lines.append(text)
        elif lines[-1].endswith(_CONTINUED) and copies_line(lines[-1]):
            lines[-1] += text
        else:
            break
        raws.append(following.raw)
    offset = len(raws)
    while (following := ctx.following(offset)) is not None:
        if not _closing_line(following.text) and _related_label(following.text) is None:
            return None
        offset += 1
    return Match(blocks=(Imprint(lines=tuple(lines), raw="\n".join(raws)),), consumed=len(raws))


_SIGNER_MAX = 20
_SIGNER_NOT = ("记者", "記者", "编辑", "編輯", "作者", "摄", "攝", "校对", "校對", "通讯员", "通訊員", "来源", "來源")
# A sentence's mark or a credit word: no signer's line (one search instead of a loop of them).
_SIGNER_NOT_RE = regex_cache.compile("[。，,；;：:！？!?]|" + "|".join(_SIGNER_NOT))


def _signer_line(text: str) -> bool:
    """A person signing a letter or a statement off (某某小区居民 陈某某, 读者 张三): a personal
    name closing a short line, perhaps after who they are; no credit (记者 张三, 编辑 李四)."""
    text = text.strip()
    if len(text) > _SIGNER_MAX or _SIGNER_NOT_RE.search(text):
        return False
    parts = text.rsplit(maxsplit=1)
    return bool(parts) and is_personal_name(parts[-1])


def _afterword(text: str) -> bool:
    """The editors' afterword opening (编后：, 编后语 alone or with its note)."""
    return text.lstrip("【[").startswith(P.AFTERWORD_LABELS)


_OFFICIAL_TAIL_RE = regex_cache.compile(P.OFFICIAL_TAIL_RE)


def _closing_line(text: str) -> bool:
    """A line that may follow a signature: an editor line, an end mark, page furniture, or what an
    official document prints under its 落款 ((此件公开发布), 抄送：…, …印发): without the last, a
    notice's signature before them stays two stray paragraphs and the notice goes undated."""
    return (len(text) <= 80 and _editor_credits(text) is not None) or text.strip() in P.END_MARKS \
        or _is_furniture(text) or _furniture_line(text.strip()) or _OFFICIAL_TAIL_RE.fullmatch(text.strip()) is not None \
        or info_fields(text) is not None \
        or attachment_label(text) is not None  # a site's 政府信息公开 table or the downloads under the text


def _closes_the_story(ctx: Context) -> bool:
    """After the body, with only editor credits, furniture or a release stamp below: where a bare
    完 (澳門新聞局's releases; 香港政府新聞公報's 完 above its 2024年3月12日（星期二） / 香港時間16時30分)
    ends the story rather than being a word of it."""
    if not ctx.has_lead:
        return False
    position = 1
    while (following := ctx.following(position)) is not None:
        if _editor_credits(following.text) is None and not _furniture_line(following.text) \
                and _closing_stamp(following.text) is None:
            return False
        position += 1
    return True


# A weekday in brackets after a release's date (2024年3月12日（星期二）): it says nothing the date does not.
_STAMP_WEEKDAY_RE = regex_cache.compile(r"\s*[（(](?:星期|週|周|禮拜|礼拜)[一二三四五六日天][）)]\s*")
# A release's time alone on its line, in the place's own clock (香港時間16時30分, 澳門時間…).
_STAMP_TIME_RE = regex_cache.compile(
    r"^(?:香港時間|香港时间|澳門時間|澳门时间|台北時間|北京時間|北京时间)\s*\d{1,2}\s*[時时:：]\s*\d{2}\s*分?$")


def _closing_stamp(text: str) -> str | None:
    """The date and/or time a story closes with on a line of its own (2024年3月12日（星期二）,
    香港時間16時30分, 2024/03/12 11:20): a government release's stamp below its 完, or the date a
    paper prints under its name signing off (中国报 / 2024-03-12 17:45). The ISO date or time (a
    time line alone gives its own text), or None for anything else on the line."""
    text = text.strip()
    if len(text) > 32:
        return None
    if _STAMP_TIME_RE.fullmatch(text):
        return text
    text = _STAMP_WEEKDAY_RE.sub("", text)
    found = find_datetime(text)
    if found is None or found.start != 0 or text[found.end :].strip():
        return None
    return found.iso


def _previous_closes(ctx: Context) -> bool:
    """The line before is an end mark or a listed outlet signing off: what may carry a stamp below."""
    if ctx.index == 0:
        return False
    previous = ctx.paras[ctx.index - 1].text.strip()
    return previous in P.BARE_END_MARKS or previous in P.END_MARKS or (
        len(previous) <= 12 and P.find_agency(previous) is not None)


def _stamp_after_closing(para: Para, ctx: Context) -> Match | None:
    """A closing stamp below an end mark or the outlet's sign-off, with only stamps, credits,
    related links or furniture after it: the publication time (one date line and the time line
    under it are read together), where it was a stray paragraph or a signature."""
    if not _previous_closes(ctx) or _closing_stamp(para.text) is None:
        return None
    raws = [para.raw]
    stamp = _STAMP_WEEKDAY_RE.sub("", para.text.strip())
    following = ctx.following()
    if following is not None and _STAMP_TIME_RE.fullmatch(following.text.strip()):
        raws.append(following.raw)
        stamp += following.text.strip()
    position = len(raws)
    while (after := ctx.following(position)) is not None:
        if _related_label(after.text) is not None:
            break
        if _editor_credits(after.text) is None and not _furniture_line(after.text):
            return None
        position += 1
    found = find_datetime(stamp)
    meta: dict[str, Any] = {"header_raw": tuple(raws)}
    if found is not None and found.start == 0:
        meta["stamp_published"] = found.iso
    return Match(meta=meta, consumed=len(raws))


_DECORATED_END_RE = regex_cache.compile(P.DECORATED_END_MARK, re.IGNORECASE)
_DECORATED_END_MAX = 24


def _decorated_end(text: str) -> bool:
    """A post's end mark set off by dashes or rules (- END -, —END—, -完-); a bare 完 or 全文完
    is not one here (it may be a word: see ``_closes_the_story``)."""
    return len(text) <= _DECORATED_END_MAX and (text.isascii() or text not in P.BARE_END_MARKS) and \
        _DECORATED_END_RE.fullmatch(text) is not None  # END is one; 完 alone may be a word


_RELEASE_END_MARKS = frozenset(("###", "# # #"))


def rule_end_mark(para: Para, ctx: Context) -> Match | None:
    """``（完）`` ending a paragraph becomes its own EndMark after that paragraph; a self-media
    post's END alone on its line after the story (- END -, —END—) is one too."""
    if not para.body.rstrip().endswith(P.END_MARKS):
        if ctx.has_lead and para.body.lstrip().startswith(P.END_MARKS):
            opened = _end_mark_then_credits(para, ctx)
            if opened is not None:
                return opened
        if para.text in P.BARE_END_MARKS and (_closes_the_story(ctx) or (ctx.has_lead and para.text in _RELEASE_END_MARKS)):
            # ### · # # #: a press release's end, over its boilerplate (关于某某公司) and contacts; no word
            return Match(blocks=(EndMark(text=para.text, raw=para.raw),))
        if ctx.has_lead and para.text[-1:] in "DdEe完-—－–_=~·•*#/|｜ " and _decorated_end(para.text):
            return Match(blocks=(EndMark(text=para.text, raw=para.raw),))
        return None  # the pattern is a mark and white space at the end: searching for it is slower
    match = P.end_mark_re().search(para.body)
    if match is None:
        return None
    mark = match.group("mark")
    end = EndMark(text=normalise(mark).replace("(", "（").replace(")", "）"), raw=mark)
    body = para.body[: match.start()]
    if not body.strip():
        return Match(blocks=(end,))
    if ctx.has_lead and len(body.strip()) <= _EDITOR_LINE_MAX:
        # （编辑：张三）（完）: the editor's credit before the mark, read as the editor line it is (the
        # rules after this one, to which the rest goes on, no longer read credits)
        credits = rule_editor_line(para.rest(body), ctx)
        if credits is not None and credits.blocks and credits.rest is None and credits.consumed == 1:
            return Match(blocks=(*credits.blocks, end), meta=credits.meta)
    return Match(rest=para.rest(body), after=(end,))


_END_THEN_CREDITS_MAX = 40  # characters of the credits after an end mark on its line


def _end_mark_then_credits(para: Para, ctx: Context) -> Match | None:
    """An end mark on its own line with the editor's credit after a gap (（完）　　编辑：李四, as a
    copy joined the story's last two lines): the end mark, then the credit read as an editor line
    (its names the editors); anything else after the mark stays a paragraph."""
    body = para.body.strip()
    mark = next(mark for mark in P.END_MARKS if body.startswith(mark))
    rest = body[len(mark):]
    if not rest[:1].isspace() or not rest.strip() or len(rest.strip()) > _END_THEN_CREDITS_MAX:
        return None
    end = EndMark(text=normalise(mark).replace("(", "（").replace(")", "）"), raw=mark)
    credits = para.rest(rest)
    found = rule_editor_line(credits, ctx) or rule_closing_credits(credits, ctx)
    if found is None or found.rest is not None or found.consumed != 1:
        return None
    return Match(blocks=(end, *found.blocks), meta=found.meta)


_TRAILING_CREDIT_RE = regex_cache.compile(r"[（(](?P<credit>[^（）()]{2,80})[）)]\s*$")
# 新华网's channels close with the reporter in lenticular brackets (…铜像。【记者 余鹏飞】).
_TRAILING_LENTICULAR_CREDIT_RE = regex_cache.compile(r"【(?P<credit>(?:记者|記者)[^【】]{2,40})】\s*$")
@cache
def _inline_photo_re() -> re.Pattern[str]:
    return regex_cache.compile(rf"(?:記者|记者)(?P<names>[{_HAN}、]{{2,12}}?)[／/](?:攝影|摄影)")
_CREDIT_TITLE_RE = regex_cache.compile(r"^.*?(?:记者|記者|通讯员|通訊員|撰稿|作者|执笔人|執筆人|执笔|執筆)\s*[:：]?")


@cache
def _place_report_credit_re() -> re.Pattern[str]:
    """A Taiwanese paper's closing credit, the reporters (perhaps after their desk) before a slash
    and the place (or 綜合, 綜合外電) before 報導: 林修卉／台北報導, 突發中心劉人瑋／台東報導,
    于倩若、劉煥彥／綜合外電報導, 即時新聞中心／綜合報導 (a desk alone names no one)."""
    return regex_cache.compile(
        rf"^(?:[{_HAN}]{{1,6}}?(?:中心|組|组))?(?P<names>[{_HAN}、 ]{{0,20}}?)\s*[／/]\s*"
        rf"[{_HAN}]{{0,6}}?(?:綜合|综合)?(?:外電|外电)?(?:報導|报道|報道)$"
    )


_GLUED_CAPTIONS_MAX = 8  # captions taken off one paragraph's end
_STORY_MIN_HAN = 10  # Han characters of story that must stay before glued captions
_GLUED_CAPTION_SENTENCE_MAX = 90  # characters of a glued caption's sentence; a longer one is story


def _caption_start(text: str, opening: int) -> int:
    """Where the caption closing at ``opening`` (its credit bracket) begins: after the sentence
    before it, or after a credit bracket that closed the text before it (…保護。（記者張瑞楨）日本…);
    a bracket inside the caption (顏健雄（低頭者）。) is no boundary. -1 when none is near."""
    limit = max(0, opening - CAPTION_MAX)
    index = opening - 2  # text[opening - 1] ends the caption's own sentence
    while index >= limit:
        char = text[index]
        if char in _SENTENCE_END:
            return index + 1
        if char in "）)":
            inner = max(text.rfind("（", 0, index), text.rfind("(", 0, index))
            if inner > 0 and text[inner - 1] in _SENTENCE_END:
                return index + 1
        index -= 1
    return -1


def _wire_only(unit: str) -> bool:
    """A sentence closed by a foreign wire's name alone (…。（法新社））."""
    opening = max(unit.rfind("（"), unit.rfind("("))
    return unit[opening + 1 : -1].strip() in P.PHOTO_WIRE_CREDITS


def _picture_credit_unit(unit: str) -> bool:
    return photographer_of(unit) is not None or has_caption_marker(unit)


def _glued_captions(body: str, long: bool) -> tuple[str, tuple[str, ...]]:
    """The story and the captions a crawler glued to its end, each a sentence closed by a
    picture credit in brackets (自由時報: …「深具悔意」。海軍陸戰隊的３名士官兵…撻伐。（圖：取自…臉書）
    · …上岸。（擷取自臉書…）賴姓婦人駕車衝入大排…。（擷取自臉書…））. A paragraph short enough
    to be a caption gives them up only when its story closes with the writer's credit
    (…保護。（記者張瑞楨）日本AV女優的影片…。（記者何宗翰翻攝）)."""
    captions: list[str] = []
    end = len(body)
    while len(captions) < _GLUED_CAPTIONS_MAX and body[end - 1 : end] in ("）", ")"):
        opening = max(body.rfind("（", 0, end), body.rfind("(", 0, end))
        if opening <= 1 or body[opening - 1] not in _SENTENCE_END:
            break
        start = _caption_start(body, opening)
        unit = body[start:end]
        if start <= 0 or opening - start > _GLUED_CAPTION_SENTENCE_MAX or not _picture_credit_unit(unit) \
                or han_count(body[:start]) < _STORY_MIN_HAN:
            break  # a long sentence is the story's own, its credit the picture's (華視: …破億。(翻攝 …))
        captions.append(unit)
        end = start
    while captions and _wire_only(captions[-1]):
        end += len(captions.pop())  # …治療。（法新社）: the story's own wire, as likely as a picture's
    if not captions:
        return body, ()
    story = body[:end]
    if not long and not _finished_story(story):
        return body, ()
    return story, tuple(reversed(captions))


def _finished_story(story: str) -> bool:
    """A short text that reads as a story, not a caption's first sentences: it closes with its
    writer's or its wire's credit (…。（記者陳美玲） · …。（法新社）) or opens with a dateline."""
    credit = _TRAILING_CREDIT_RE.search(story) if story[-1:] in "）)" else None
    if credit is not None and (_names_credit(credit.group("credit")) or _wire_only(story)):
        return True
    return match_dateline(story.strip()) is not None


def _split_glued_captions(para: Para, ctx: Context) -> Match | None:
    """Captions glued to a paragraph's end as their own blocks after it; the story goes on to the
    rules (its own closing credit read here first)."""
    story, glued = _glued_captions(para.body, len(para.text) > CAPTION_MAX)
    if not glued:
        return None
    blocks: list[Block] = []
    photographers: list[str] = []
    for caption in glued:
        names = photographer_of(caption) or ()
        photographers.extend(names)
        blocks.append(Caption(text=normalise(caption), raw=para.raw, photographer="、".join(names) or None))
    rest = para.rest(story)
    meta: dict[str, Any] = {}
    inner = rule_trailing_credit(rest, ctx)
    if inner is not None:
        meta.update(inner.meta)
        rest = inner.rest or rest
    found = (*meta.get("photographers", ()), *photographers)
    if found:
        meta["photographers"] = tuple(dict.fromkeys(found))
    return Match(meta=meta, rest=rest, after=tuple(blocks))


# A story's closing credit that names who wrote and who photographed (（撰文：娛樂組　攝影：攝影組）).
_WORDS_AND_CAMERA_CREDIT_RE = regex_cache.compile(
    r"[（(](?=[^（）()]*(?:撰文|文字|記者|记者|文)\s*[:：／/])(?=[^（）()]*(?:攝影|摄影)\s*[:：／/])[^（）()]{4,40}[）)]"
)


def _caption_after_credit(para: Para, ctx: Context) -> Match | None:
    """The one caption a crawler glued after the story's closing credit of words and pictures
    (壹週刊: …「痴情」。（撰文：娛樂組　攝影：攝影組）田欣晚間步出診所，到附近大樓上瑜珈課。): the
    sentence after the credit is the picture's, a caption after the story."""
    body = para.body
    closing = body.rfind("）", max(0, len(body) - _GLUED_CAPTION_SENTENCE_MAX - 2))
    if closing < 0 or body[-1:] not in _SENTENCE_END:
        return None
    caption = body[closing + 1 :].strip()
    if len(caption) < 6 or any(mark in caption[:-1] for mark in _SENTENCE_END) or "（" in caption:
        return None
    opening = body.rfind("（", 0, closing)
    if opening <= 0 or body[opening - 1] not in _SENTENCE_END + "」”" or han_count(body[:opening]) < _STORY_MIN_HAN:
        return None
    if _WORDS_AND_CAMERA_CREDIT_RE.fullmatch(body, opening, closing + 1) is None:
        return None
    return Match(rest=para.rest(body[: closing + 1]), after=(Caption(text=normalise(caption), raw=para.raw),))


def _photo_word(text: str) -> bool:
    """Whether ``text`` holds 攝影 or 摄影: the rare first character asked first (a test for one
    character is a scan in C many times as fast as one for two), on every paragraph."""
    return ("摄" in text and "摄影" in text) or ("攝" in text and "攝影" in text)


_GLUED_AUTHOR_NOTE_MAX = 64
_GLUED_NOTE_WORDS = ("作者", "笔者", "筆者", "综合", "綜合")
# The writer's note glued after the story's last sentence (…保持高度警惕。［作者单位：某某大学（某某学院）
# 某某研究院］ · …。（作者系某某研究院研究员）): square brackets may hold round ones.
_GLUED_AUTHOR_NOTE_RE = regex_cache.compile(
    r"(?<=[。！？!?”」』])\s*(?P<note>[［\[〔【](?P<inner>[^［］\[\]〔〕【】]{4,60})[］\]〕】]|[（(](?P<round>[^（）()]{4,60})[）)])\s*$")


def _glued_author_note(para: Para, ctx: Context) -> Match | None:
    """The note on who the writer is (作者单位：…, 作者系…) or the desk's roundup credit (（综合报道）)
    glued to the story's last paragraph, read as such a note on its own line is: the story goes on
    without it."""
    found = _GLUED_AUTHOR_NOTE_RE.search(para.body)
    if found is None or _later_prose(ctx):
        return None
    inner = (found.group("inner") or found.group("round") or "").strip()
    note = found.group("note")
    if found.group("round") and ("综合" in inner or "綜合" in inner):
        # …结冰了。（综合报道） · …。（综合新华社、央视新闻报道）: the desk's roundup credit, glued
        rest = para.rest(para.body[: found.start()].rstrip())
        if _roundup_note_re().fullmatch(note):
            return Match(rest=rest, after=(EditorLine(text=normalise(note), raw=note),))
        drawn = _drawn_from_re().match(note)
        if drawn is not None:
            wires = {} if _earlier_wires(ctx) else {"wires_agency": P.canonical_agency(drawn.group("agency"))}
            return Match(rest=rest, after=(EditorLine(text=normalise(note), raw=note),), meta=wires)
        return None
    alone = _closing_author_note(Para(raw=note, body=f"（{inner}）", number=para.number), ctx, last=True)
    if alone is None:
        return None
    rest = para.rest(para.body[: found.start()].rstrip())
    if alone.blocks:
        return Match(rest=rest, after=(EditorLine(text=normalise(note), raw=note),))
    return Match(meta=alone.meta, rest=rest)


def rule_trailing_credit(para: Para, ctx: Context) -> Match | None:
    """``…。（记者 韩晓明）`` / ``（参与记者：…）`` at the end: names to Meta, text unchanged.
    Captions glued after the story (…。caption。（記者花孟璟攝）) become captions after it."""
    if para.body[-1:] in "］]）)〕】" and any(word in para.body[-_GLUED_AUTHOR_NOTE_MAX:] for word in _GLUED_NOTE_WORDS):
        note = _glued_author_note(para, ctx)
        if note is not None:
            return note
    photo = _photo_word(para.body)  # asked twice below: once
    if para.body[-1:] in "）)" and "（" in para.body:
        split = _split_glued_captions(para, ctx)
        if split is not None:
            return split
    elif photo:
        split = _caption_after_credit(para, ctx)
        if split is not None:
            return split
    if len(para.text) > CAPTION_MAX:
        photographers = photographer_of(para.text)
        if photographers:
            # A whole story with a photo credit glued to its end: the credit counts, the text
            # stays a story (a caption is short).
            return Match(meta={"photographers": photographers}, rest=para)
    inline: tuple[str, ...] = ()
    if photo:  # the credit pattern ends in 攝影 or 摄影
        inline = tuple(name for m in _inline_photo_re().finditer(para.body) for name in split_names(m.group("names")))
    if inline:
        # 記者劉學聖／攝影 inside crawled text: captions glued into the story; the credit counts.
        return Match(meta={"photographers": inline}, rest=para)
    match = _TRAILING_CREDIT_RE.search(para.body) if para.body.rstrip()[-1:] in "）)" else None  # its last mark
    if match is None and para.body[-1:] == "】":
        match = _TRAILING_LENTICULAR_CREDIT_RE.search(para.body)
    if match is None:
        return None
    credit = match.group("credit").strip()
    if credit.endswith(P.PHOTO_VERBS + P.DRAWING_VERBS):
        return None  # a photo credit: the caption rule reads it
    wire = P.find_agency(credit)
    if wire is not None and match.start() > 0 and para.body[match.start() - 1] in _SENTENCE_END + "”":
        # …航线。（新华社） (联合早报 credits the wire it took the story from): the source, the text
        # unchanged; a picture's wire credit stays the caption rule's to read
        return Match(meta={"source_agency": wire.name}, rest=para)
    has_title = bool(re.search(r"记者|記者|通讯员|通訊員|撰稿|作者|执笔|執筆", credit))  # （报告执笔人：张旭东）
    if not has_title and credit.endswith(("報導", "报道", "報道")):
        place_report = _place_report_credit_re().match(credit)
        names = split_names(place_report.group("names")) if place_report is not None else ()
        return Match(meta={"reporters": names}, rest=para) if names else None
    if not has_title and match.start() == 0 and ctx.has_lead and len(credit) <= 24 and _names_not_words(credit) \
            and not _later_prose(ctx):
        # （李飞云　徐乐静　李梦清） alone under the story: its reporters' credit, as （记者 张三） is
        return Match(meta={"reporters": split_names(credit), "header_raw": (para.raw,)})
    if not has_title and not (looks_like_names(credit) and match.start() > 0 and para.body[match.start() - 1] in _SENTENCE_END + "”"):
        return None
    if has_title:
        # （作者：李敦球，系曲阜师范大学…）: the names come before the first clause break.
        credit = re.split(r"[，,；;。]", _CREDIT_TITLE_RE.sub("", credit, count=1))[0]
    elif len(credit) > 24:
        return None
    names = split_names(credit)
    if not names:
        return None
    return Match(meta={"reporters": names}, rest=para)


# A magazine or column in its title marks: 《中国新闻周刊》记者 张三, 《棱镜》作者 周纯.
# An organisation may stand before 记者: 澎湃新闻记者, 法治日报全媒体记者, 中青报·中青网记者 (two
# mastheads of one group), 潮新闻客户端 记者 (its app, set off by a space), 北京日报客户端 | 记者
# (or by a bar), 南方+记者 (an app named with a plus), am730記者 · 香港01記者 (Latin letters and
# digits). 文 credits a writer only when 章 does not follow: 文章墳場 (a blog's "article graveyard"
# link) is the word 文章, not 文 章墳場. 报导 is Malaysia's spelling of 报道 (星洲日报: 报导：张三); 采访 and
# 整理 credit the interviewer and the one who wrote a told story down (口述：… 整理：张三), by a colon;
# 主笔 is a magazine's staff writer (三联生活周刊: 主笔｜张三); 联合早报's correspondents abroad are its
# 特派员 (联合早报驻北京特派员 张三).
_BYLINE_TITLE = rf"(?:《[^《》\s]{{1,12}}》\s?(?:特约记者|特約記者|记者|記者|作者|撰稿人|撰稿)|图\s*[/／|｜、・·]\s*文|圖\s*[/／|｜、・·]\s*文|文\s*[/／|｜、・·]\s*图|文\s*[/／|｜、・·]\s*圖|文\s*[/／、・·]\s*(?:攝影|摄影)|(?:本文|文章)?作者|(?:图文|圖文)(?=\s*[:：/／|｜])|文(?!章)|文字|撰文者|撰文|执笔|執筆|采写|採寫|撰稿|(?:报道|報導|报导|報道|采访|採訪|整理|编译|編譯|翻译|翻譯|译者|譯者)(?=\s*[:：/／|｜])|主笔(?=\s*[:：/／|｜\s])|主筆(?=\s*[:：/／|｜\s])|記者|记者|本报记者|本報記者|(?:[{_HAN}][{_HAN}·\-－ ]{{1,11}}?|[{_HAN}]{{1,6}}[0-9]{{1,4}}|[A-Za-z]{{1,8}}[0-9]{{0,4}}[{_HAN}]{{0,6}})[+＋]?\s?(?:[|｜丨]\s?)?(?:记者|記者|編譯|编译|特派员|特派員))"
# The byline's opening with any character for a Han one: a test that nearly every line fails
# cheaply, before the time search and the full pattern (each Han class costs ~1 ms to compile).
_BYLINE_OPENING_RE = regex_cache.compile(_BYLINE_TITLE.replace(f"[{_HAN}]", "."))
# What a line needs before the opening's pattern is worth trying (``_may_open_byline``): to open
# with the first character of one of its title words (《 of a magazine's name, 图/文, 作者, 记者, …),
# or, for its last branch (an outlet or a name before the word: 澎湃新闻记者, 南方+记者, am730記者),
# to hold one of the words that branch ends with within its first characters: up to 18 of the
# name's, a plus, a space, a bar and a space before the word, and the word itself.
_BYLINE_TITLE_FIRST = frozenset("《图圖文作撰执執采採报報整编編翻译譯主記记本")
_BYLINE_NAMED_WORDS = ("记者", "記者", "編譯", "编译", "特派员", "特派員")
_BYLINE_NAMED_REACH = 25


def _may_open_byline(text: str) -> bool:
    """Whether ``_BYLINE_OPENING_RE`` may match ``text``: False for nearly every line, by a set
    look-up and a few substring tests where the pattern tries its branches at each of the first
    characters (a test holds the gate to the pattern's branches and to the pattern on lines)."""
    return text[:1] in _BYLINE_TITLE_FIRST or _holds_any(text[:_BYLINE_NAMED_REACH], _BYLINE_NAMED_WORDS)


def _byline_opening(text: str) -> bool:
    return _may_open_byline(text) and _BYLINE_OPENING_RE.match(text) is not None


@cache
def _byline_re() -> re.Pattern[str]:
    return regex_cache.compile(
        rf"^(?:{_BYLINE_TITLE}\s*[:：/／|｜丨·・]?\s*|作者\s*[，,]\s*)"  # 作者，张三 (BBC中文's page)
        # an outlet whose channel holds Latin letters may open the names (采写：南都N视频记者 张三)
        rf"(?P<names>(?:[{_HAN}]{{1,8}}[A-Za-z]{{1,4}}[{_HAN}]{{1,6}}(?:记者|記者)\s*)?[{_HAN}·、\s]{{0,30}}?)"
        rf"\s*(?:[／/]\s*[{_HAN}]{{0,6}}?(?:報導|报道))?\s*(?P<tail>[（(][^（）()]{{0,60}}[）)])?$"
    )


# A writer's name and post after the label, set apart by a space or a comma or not at all (作者：方敏
# 北京大学经济学院教授 · 作者：方敏，北京大学经济学院教授 · 作者：方敏北京大学经济学院教授, a closing note).
_NAME_THEN_POST_RE = regex_cache.compile(
    rf"^(?P<label>作者|撰文)\s*[:：]\s*(?P<who>[{_HAN}·]{{2,4}}[\s，,]*[^（）()，,。；;：:\s][^（）()，,。：:]{{3,60}})$")
_POST_SPLIT_RE = regex_cache.compile(r"[\s，,]+")


def _post_bracketed(text: str) -> str:
    """``作者：方敏 北京大学经济学院教授`` as ``作者：方敏（北京大学经济学院教授）``, the shape the
    byline reads a writer's affiliation in: a personal name, then a post (an institution, a title)
    set apart by a space or a comma, or glued on where only one cut leaves a name and a post that
    opens with a word (方敏|北京大学…, not 方敏北|京大学…). ``text`` as it is otherwise."""
    found = _NAME_THEN_POST_RE.match(text)
    if found is None:
        return text
    who = found.group("who")
    parts = _POST_SPLIT_RE.split(who, maxsplit=1)
    if len(parts) == 2:
        cuts = [(parts[0], parts[1])]
    else:
        cuts = [(who[:size], who[size:]) for size in (2, 3) if is_personal_name(who[:size]) and is_common_word(who[size : size + 2])]
    if len(cuts) != 1:
        return text
    name, post = cuts[0]
    if not is_personal_name(name) or affiliation(post) is None:
        return text
    return f"{text[: found.start('who')]}{name}（{post.strip()}）"


def _byline_match(text: str) -> re.Match[str] | None:
    return _byline_match_re(text) if _byline_opening(text) else None


def _byline_match_re(text: str) -> re.Match[str] | None:
    return _byline_re().match(text)


def _reads_like_byline(text: str) -> bool:
    """A byline as the byline rule would take it: its shape, and names where the shape has any.
    A headline may end in a word the shape reads as a title (外交部发言人主持例行记者会（文字实录）:
    …记者 then 会), and no one is named there."""
    match = _byline_match(text)
    if match is None:
        return False
    names = (match.group("names") or "").strip()
    return not names or bool(split_names(names))


_WORDS_AND_PICTURES_RE = regex_cache.compile(
    r"^(?:文\s*[/／|｜、・·]\s*图|图\s*[/／|｜、・·]\s*文|文图|图文|文\s*[/／、・·]\s*圖|圖\s*[/／、・·]\s*文|文\s*[/／、・·]\s*(?:攝影|摄影))")
_TRAILING_WORDS_AND_PICTURES_RE = regex_cache.compile(r"\s+(?:文\s*[/／]\s*[图圖]|[图圖]\s*[/／]\s*文|文[图圖]|[图圖]文)$")


def _after_byline(ctx: Context) -> bool:
    """The paragraph before this one was a byline (a time line after it is the publication time)."""
    if ctx.index == 0:
        return False
    return ctx.index - 1 in ctx.meta.get("byline_at", ())


# An editor credit after the reporters of a byline line: the word before the label (每经编辑) goes too.
_BYLINE_EDITOR_RE = regex_cache.compile(r"\s+\S{0,4}?(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：|｜丨]?\s*")
_EDITOR_LABEL_SPLIT_RE = regex_cache.compile(rf"(?:{P._alternation(P.EDITOR_LABELS)})\s*[:：|｜丨]?")


_CAMERA_WORDS = frozenset(("摄影", "攝影", "摄像", "攝像"))
_CAMERA_CREDIT_RE = regex_cache.compile(
    r"^(?:摄影者|攝影者|摄影|攝影|摄像|攝像)(?:\s*[/／:：|｜]\s*|\s+)(?P<names>[^/／:：|｜]{2,30})$")
# 图 | 李四 in a self-media post's credit block (文 | 张三 / 图 | 李四 / 编辑 | 王五): the pictures'
# maker, as 摄影 | 李四 is; with anything but names after it (图片 | 网络) it is a picture's credit.
_PICTURE_CREDIT_RE = regex_cache.compile(r"^(?:图片|圖片|图|圖)\s*[|｜]\s*(?P<names>[^/／:：|｜]{2,30})$")
# 图 / 李四 (圖／李四) right under the writer's 文 / 张三 (联合早报, a Taiwanese magazine's credits): the
# pictures' maker, a slash as good as a bar there (over the story, 图/视觉中国 alone is a picture's
# credit, read by the caption rules).
_SLASHED_PICTURE_CREDIT_RE = regex_cache.compile(r"^(?:图片|圖片|图|圖)\s*[/／]\s*(?P<names>[^/／:：|｜]{2,30})$")
# The other makers a feature credits under its headline, one a line (報導者: 文字 張三 / 攝影 李四 /
# 設計 王五 / 責任編輯 趙六): no writer, photographer or editor, kept in header_raw.
_MAKER_CREDIT_RE = regex_cache.compile(
    r"^(?:设计|設計|美编|美編|插画|插畫|绘图|繪圖|视觉|視覺|影音|剪辑|剪輯|数位|數位|核稿|监制|監製|统筹|統籌|策划|策劃"
    r"|制作|製作|视频|視頻|动画|動畫|互动|互動|工程|前端)(?:\s*[/／:：|｜]\s*|\s+)(?P<names>[^/／:：|｜]{2,30})$")


# A platform's tag before the byline (原创 澎湃新闻记者 张三 李四 · 独家 文/张三): no credit of its own.
_BYLINE_TAGS = ("原创", "原創", "独家", "獨家", "首发", "首發")


def _without_platform_tag(text: str) -> str:
    """The byline after a platform's tag and its space."""
    if text[:2] in _BYLINE_TAGS and text[2:3] in (" ", "\u3000"):
        return text[3:].lstrip()
    return text


def _without_page_tag(text: str) -> str:
    """A byline without the 本版 a print paper's page sets before it when the credit covers the
    whole page (北京青年报: 本版文/本报记者 张三 图/本报记者 李四)."""
    return text[2:] if text.startswith("本版") and text[2:3] in "文图圖撰摄攝" else text


def _unbracketed(text: str) -> str:
    """（文/张三） · （记者 张三 李四） · 【文/观察者网专栏作者 王文】: a bracketed byline, unbracketed."""
    if len(text) > 2 and ((text[0] in "（(" and text[-1] in "）)" and text.count("（") + text.count("(") == 1)
                          or (text[0] in "【[" and text[-1] in "】]" and text.count("【") + text.count("[") == 1)):
        return text[1:-1].strip()
    return text


# 撰文者：李宗祐　攝影者：楊煥世 (天下) · 撰文：黃子健 ｜ 攝影：李卓賢 (a bar between the credits, 立場's style)
_BYLINE_CAMERA_RE = regex_cache.compile(r"(?:\s*[|｜丨]\s*|\s+)(?:摄影者|攝影者|摄影|攝影|摄像|攝像|图片|圖片|图|圖)\s*[:：/／|｜]\s*")


def _byline_camera(text: str) -> tuple[str, tuple[str, ...]]:
    """A byline line without the photographer credit that may share it (撰文：陳小明　攝影：黃大文)."""
    camera = _BYLINE_CAMERA_RE.search(text)
    if camera is not None:
        names = split_names(text[camera.end() :])
        if names and looks_like_names(text[camera.end() :]):
            return text[: camera.start()], names
        if _PICTURE_SUPPLIED_RE.fullmatch(text[camera.end() :].strip()):
            return text[: camera.start()], ()  # 文／記者林欣若　圖／品牌提供: the pictures were supplied, no one took them
    return text, ()


# A picture credit naming who supplied the pictures, no photographer (圖／品牌提供, 图／受访者供图, 圖／翻攝自臉書)
_PICTURE_SUPPLIED_RE = regex_cache.compile(rf"[{_HAN}A-Za-z0-9]{{0,12}}(?:提供|供图|供圖)|(?:翻攝|翻摄|取自|擷自|截自)[^\s]{{1,16}}")


_PEN_NAMES_RE = regex_cache.compile(rf"[{_HAN}]{{2,4}}(?:[ \u3000、]+[{_HAN}]{{2,4}})*")


def _labelled_editor_names(part: str) -> tuple[str, ...]:
    """The names after an editor's label in a byline: personal names, or the desk's pen names that
    no surname opens (自由亚洲电台's 责编：嘉远 网编：瑞哲), the label saying they are editors."""
    names = split_names(part)
    if names or not _PEN_NAMES_RE.fullmatch(part.strip()):
        return names
    return editor_names(part)


def _byline_editors(text: str) -> tuple[str, tuple[str, ...]]:
    """A byline line without the editor credit that may share it (每经记者：张三    每经编辑：李四,
    作者：张三  责编：李四), and that credit's names."""
    editor_part = _BYLINE_EDITOR_RE.search(text)
    if editor_part is not None:
        # 责编：李四 网编：王五 (自由亚洲电台): more editor credits may follow the first
        editors = tuple(dict.fromkeys(name for part in _EDITOR_LABEL_SPLIT_RE.split(text[editor_part.end() :])
                                      for name in _labelled_editor_names(part)))
        if editors:
            return text[: editor_part.start()], editors
    return text, ()


def _shared_credits(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A byline line without the editor and photographer credits it may share, and their names:
    (the byline, editors, photographers)."""
    text, editors = _byline_editors(text)
    text, camera = _byline_camera(text)
    return text, editors, camera


_REPORT_WORDS = ("報導", "报道", "发自", "發自", "驻", "駐")
_BARE_NAMES_MAX = 12


_BARE_NAMES_HEADER_LINES = 6  # lines of post, masthead, date and picture under the names, then the story


def _closing_report_credit(para: Para) -> Match | None:
    """The reporter's credit closing the story on a line of its own (美国之音记者张三报道 ·
    记者 李明 上海报道): the names and the outlet to Meta. A place glued to the name
    (美国之音记者张三华盛顿报道) cannot be told from it and is left as it is."""
    found = match_dateline(para.body)
    if found is None or found.shape not in ("byline_report", "place_report", "glued_report") \
            or found.end < len(para.body) or not found.reporters:
        return None
    meta: dict[str, Any] = {"reporters": found.reporters, "header_raw": (para.raw,)}
    if found.agency:
        meta["byline_agency"] = found.agency
    return Match(meta=meta)


# The spaces and bars a credit sets between its labels and names (记者 | 张三 通讯员 | 李四), not counted
# in its length.
_CREDIT_SPACING_RE = regex_cache.compile(r"[\s\u3000|｜丨]+")


def _outlet_before_title(text: str) -> bool:
    """A listed outlet somewhere before the credit's 记者 (经济参考报记者 张三, ■星島記者 張三,
    撰文：經濟日報記者 陳大文), or a publication in title marks (《新闻周刊》记者 张三)."""
    at = max(text.find("记者"), text.find("記者"))
    head = text[:at] if at > 0 else ""
    if "》" in head:
        return True  # 《新闻周刊》记者 张三 李四: a publication in title marks
    return any(P.agency_prefix(head[start:]) is not None for start in range(len(head)))


def _bare_names_under_title(text: str, ctx: Context) -> bool:
    """Personal names alone on the line straight under the headline, the body following: the
    writers, as a commentary or a column signs (李晓 · 张三 李四), with no 记者 or 文／ before them."""
    if (ctx.index != 1 and not _under_title_and_header_lines(ctx)) or "title" not in ctx.meta or ctx.kinds or (
            len(text) > _BARE_NAMES_MAX and len(_CREDIT_SPACING_RE.sub("", text)) > _BARE_NAMES_MAX):
        return False
    if _outlet_before_title(text):
        return False  # 经济参考报记者 张三, ■星島記者 張三: an outlet's credit, read below with the outlet
    if _WORDS_AND_PICTURES_RE.match(text):
        return False  # 文・攝影／張三: the labels of a byline, no dotted name
    offset = 1
    following = ctx.following()
    # 李華 / BBC中文記者，台北 / the story · 张三 / BBC中文 / 2024年1月28日 / (the picture's credit and
    # caption) / the story: the writer's post, the masthead alone, the date alone and a picture
    # may stand between the names and the story
    while following is not None and offset < _BARE_NAMES_HEADER_LINES and (
            (len(following.text) <= 24 and (_WRITER_POST_RE.match(following.text) or header_fields(following.text)))
            or _dated_header_line(following.text) or writer_bio(following.text) or not following.text or _furniture_line(following.text)
            or (len(following.text) <= 120 and has_caption_marker(following.text))):
        offset += 1
        following = ctx.following(offset)
    return following is not None and (_substantial(following.text) or _latin_sentence(following.text)) \
        and _names_not_words(text)


_LATIN_SENTENCE_WORDS = 6


def _latin_sentence(text: str) -> bool:
    """An English sentence, as a bilingual page (纽约时报中文网) opens its story with the original's
    paragraph before the translation's."""
    return text.isascii() and text.endswith((".", ".\"", ".”")) and len(text.split()) >= _LATIN_SENTENCE_WORDS


def _dated_header_line(text: str) -> bool:
    """A header line that dates the article (2024-05-18 06:00:00 来源：经济日报): under a name alone
    it tells the name is the writer's, however long the source's name makes the line."""
    if len(text) > _HEADER_LINE_MAX:
        return False
    fields = header_fields(text)
    return bool(fields and fields.get("published"))


_NAMES_PLACE_REPORT_RE = regex_cache.compile(
    r"(?P<names>[\u3400-\u9fff·](?:[\u3400-\u9fff·、 ]{0,14}[\u3400-\u9fff·])?)\s*[／/]\s*"
    r"[\u3400-\u9fff]{0,6}?(?:即時|即时)?(?:報導|报道)")


def _names_not_words(text: str) -> bool:
    """Personal names, and none of them a common word that a surname happens to open (周末, 經濟:
    a kicker or a subheading)."""
    if not looks_like_names(text):
        return False
    names = split_names(text)
    # one common word among several names is a name a famous bearer made common (王晓明 李娜)
    return not (all if len(names) > 1 else any)(is_common_word(name) for name in names)


# The writer's post on a line of its own, under the name (BBC中文记者 · BBC中文記者，台北 ·
# 本报特约评论员 · 职务，BBC中文记者: BBC's labelled card): it says who the named writer is, and is no paragraph of the story.
_WRITER_POST_RE = regex_cache.compile(
    r"^(?:(?:职务|職務)\s*[，,:：]\s*)?[\w·]{0,12}?(?:特约|特約|特派|驻[\u3400-\u9fff]{1,6}|駐[\u3400-\u9fff]{1,6})?"
    r"(?:记者|記者|通讯员|通訊員|撰稿人|评论员|評論員|专栏作者|專欄作者|专栏作家|專欄作家)"
    r"(?:[，,、\s]+[\u3400-\u9fff]{2,6})?$"
)


# A page's card of its writer, a label on a line of its own over the name (第一财经: 文章作者 / 张三 /
# 一财记者, under the story or over it).
_AUTHOR_CARD_LABELS = frozenset(("文章作者", "本文作者", "作者", "作者简介", "作者簡介"))


def _author_card(para: Para, ctx: Context) -> Match | None:
    """The label and the names under it: the writers, both lines kept as read."""
    following = ctx.following()
    if following is None or len(following.text) > _BARE_NAMES_MAX or not _names_not_words(following.text):
        return None
    return Match(meta={"reporters": split_names(following.text), "header_raw": (para.raw, following.raw),
                       "byline_at": (ctx.index + 1,)}, consumed=2)


_WRITER_BIO_MAX = 30
_WRITER_BIO_MARKS_RE = regex_cache.compile(r"[。！？!?，,；;：:“”「」]")


def writer_bio(text: str) -> bool:
    """A line saying who the writer is, as a column or a 知乎 article sets it under the writer's
    name (某某大学 经济学博士, 农业经济学话题下的优秀答主): short, no sentence, an institution or a post."""
    return len(text) <= _WRITER_BIO_MAX and _WRITER_BIO_MARKS_RE.search(text) is None and affiliation(text) is not None


def _writer_bio_line(para: Para, ctx: Context) -> Match | None:
    """The writer's bio on the line under a byline of names alone: who they are, no paragraph."""
    text = para.text
    if ctx.has_lead or not ctx.meta.get("byline_at") or not writer_bio(text):
        return None
    byline = max(ctx.meta["byline_at"])
    if byline >= ctx.index or any(ctx.paras[at].text and not _furniture_line(ctx.paras[at].text)
                                  for at in range(byline + 1, ctx.index)):
        return None  # only blank lines or furniture (a 关注 button) between the names and the bio
    meta: dict[str, Any] = {"header_raw": (para.raw,)}
    if not ctx.meta.get("affiliation"):
        meta["affiliation"] = text
    return Match(meta=meta)


_POST_LABEL_RE = regex_cache.compile(r"^(?:职务|職務)\s*[，,:：]\s*")


def _writer_post(text: str, ctx: Context) -> bool:
    """A writer's post alone on its line above the body, the writer already named (by a byline
    line or the page): not a paragraph, and no writer of its own."""
    if len(text) > 24 or not ctx.in_header or _WRITER_POST_RE.match(text) is None:
        return False
    return bool(ctx.meta.get("reporters") or ctx.hints.authors)


_WRITER_POST_OPENING_RE = regex_cache.compile(
    rf"^(?P<name>[{_HAN}]{{2,4}})[ \u3000]?／[ \u3000]?(?P<post>[{_HAN}]{{2,12}})[ \u3000]+(?=[{_HAN}「“])"
)
_WRITER_WITH_POST_RE = regex_cache.compile(rf"^(?P<name>[{_HAN}]{{2,4}})[（(](?P<post>[^（）()]{{2,40}})[）)]$")
_WRITER_POST_STORY_MIN = 20  # characters of text after the writer's name and post


def _writer_post_opening(para: Para, ctx: Context) -> Match | None:
    """A commentary opening with its writer and the writer's post before the first sentence
    (蘋果日報's forum: 郝明義／出版人 我整理了…): the writer is the reporter, the post the affiliation,
    the rest the story."""
    found = _WRITER_POST_OPENING_RE.match(para.body)
    if found is None or len(para.body) - found.end() < _WRITER_POST_STORY_MIN:
        return None
    name, post = found.group("name"), found.group("post")
    if not is_personal_name(name) or post.endswith(("報導", "报道", "報道", "攝影", "摄影", "特稿", "專訪", "专访")):
        return None
    meta = {"reporters": (name,), "affiliation": post, "header_raw": (found.group(0).strip(),)}
    return Match(meta=meta, rest=para.rest(para.body[found.end() :]))


# A writer's credit in brackets opening the story's first paragraph (【文/观察者网专栏作者王文】近日，…).
_BRACKETED_WRITER_RE = regex_cache.compile(
    r"^[【\[（(]\s*(?:文|作者|撰文|执笔|執筆)\s*[/／|｜:：](?P<credit>[^【】\[\]（）()]{2,30})[】\]）)]")


def _bracketed_byline_opening(para: Para, ctx: Context) -> Match | None:
    """``【文/观察者网专栏作者王文】近日，…``: the bracketed byline read as the byline line it would be
    on a line of its own (its writer, their outlet), the story after it the lead."""
    found = _BRACKETED_WRITER_RE.match(para.body)
    story = para.body[found.end() :].strip() if found is not None else ""
    if found is None or len(story) < _WRITER_POST_STORY_MIN:
        return None
    credit = found.group(0)
    read = rule_byline(Para(raw=credit, body=credit, number=para.number), ctx)
    if read is None or not read.meta.get("reporters") or read.rest is not None or read.blocks:
        return None
    return Match(meta=read.meta, rest=para.rest(story))


# The credit of words and pictures to an outlet, glued onto the story's first sentence by a crawler
# that dropped the line break (ETtoday: 圖文／鏡週刊美國國慶日，北韓放「煙火」？…).
_GLUED_OUTLET_CREDIT_RE = regex_cache.compile(r"^(?P<label>圖文|图文|圖、文|图、文|文、圖|文、图|文／圖|文/图|文)\s*[／/]\s*")
_GLUED_OUTLET_CREDIT_STORY = 20  # characters of story after the outlet


def _outlet_credit_glued(para: Para) -> Match | None:
    """A listed outlet credited for the words (and pictures) at the start of the first paragraph,
    the story run on after its name: the outlet is the byline's, the story the lead. An outlet
    followed by a name or a reporter's title is a byline of its own shape, left to the rules below.
    A writer's name glued on the same way (文／洪寶山英國這次…) is the writer's where only one cut
    leaves a personal name and a story that opens with a word."""
    body = para.body
    found = _GLUED_OUTLET_CREDIT_RE.match(body)
    outlet = P.agency_prefix(body[found.end() :]) if found is not None else None
    if found is not None and outlet is None:
        return _writer_credit_glued(para, found)
    if found is None or outlet is None:
        return None
    story = body[found.end() + outlet[1] :]
    if len(story) < _GLUED_OUTLET_CREDIT_STORY or story[:1] in " \u3000／/|｜" \
            or story.startswith(_REPORTER_WORDS) or is_personal_name(story[:2]) or is_personal_name(story[:3]) \
            or not any(mark in story for mark in "。！？"):
        return None
    credit = body[: found.end() + outlet[1]]
    return Match(meta={"byline_agency": outlet[0].name, "header_raw": (credit,)}, rest=para.rest(story))


def _writer_credit_glued(para: Para, found: re.Match[str]) -> Match | None:
    """文／洪寶山英國這次國會選舉…: the writer's name cut off the story's first sentence."""
    rest = para.body[found.end() :]
    cuts = [size for size in (2, 3) if is_personal_name(rest[:size]) and is_common_word(rest[size : size + 2])]
    if len(cuts) != 1 or len(rest) - cuts[0] < _GLUED_OUTLET_CREDIT_STORY or not any(mark in rest for mark in "。！？"):
        return None
    name = rest[: cuts[0]]
    meta: dict[str, Any] = {"reporters": (name,), "header_raw": (para.body[: found.end() + cuts[0]],)}
    if found.group("label") != "文":
        meta["photographers"] = (name,)  # 圖文／張三: the writer photographed too
    return Match(meta=meta, rest=para.rest(rest[cuts[0] :]))


_NAME_ROLE_LINE_MAX = 40
# Credits written name first, the role after a slash (张三/文 李四/图 · 本报记者 张三/文 · 张三 文/图):
# the words' writers and the pictures' makers, perhaps after a reporter's title.
_NAME_ROLE_ITEM_RE = regex_cache.compile(
    r"(?P<names>[\u3400-\u9fff·]{2,4}(?:[、 \u3000][\u3400-\u9fff·]{2,4}){0,2})\s*(?:[/／]\s*|[ \u3000]+(?=文[/／]|图[/／]|圖[/／]))"
    r"(?P<role>文[/／]图|文[/／]圖|图[/／]文|圖[/／]文|文图|图文|文圖|圖文|摄影|攝影|文|图|圖|摄|攝)(?=[ \u3000]|$)")
_NAME_ROLE_PREFIX_RE = regex_cache.compile(r"^(?:本报记者|本報記者|记者|記者|通讯员|通訊員)[ \u3000]*")


def _name_role_credits(para: Para, ctx: Context) -> Match | None:
    """A line of such credits, each item a name and its role, nothing else on it: over the story,
    or closing it."""
    text = para.text.strip()
    rest = _NAME_ROLE_PREFIX_RE.sub("", text)
    writers: tuple[str, ...] = ()
    camera: tuple[str, ...] = ()
    at = 0
    for found in _NAME_ROLE_ITEM_RE.finditer(rest):
        if rest[at : found.start()].strip():
            return None
        names = split_names(found.group("names"))
        if not names or any(is_common_word(name) for name in names):
            return None
        role = found.group("role")
        if "文" in role:
            writers += names
        if role != "文":
            camera += names
        at = found.end()
    if at == 0 or rest[at:].strip() or (ctx.has_lead and _later_prose(ctx)):
        return None
    meta: dict[str, Any] = {"header_raw": (para.raw,), "byline_at": (ctx.index,)}
    if writers:
        meta["reporters"] = writers
    if camera:
        meta["photographers"] = camera
    return Match(meta=meta)


def rule_byline(para: Para, ctx: Context) -> Match | None:
    """``作者：李家胜（…）`` / ``文/观察者网 张三`` / ``文|张三`` / ``记者 张三 李四`` on a line
    of their own: the personal names are reporters; the line is no paragraph of the body.

    The line is read only into Meta, so it is kept verbatim in ``Meta.header_raw``.
    """
    text = para.text
    has_lead = ctx.has_lead  # asked up to five times below; no block comes while the rule reads
    if not has_lead and "／" in text[:8]:
        opened = _writer_post_opening(para, ctx)
        if opened is not None:
            return opened
    if not has_lead and text[:1] in "圖图文" and len(text) > _GLUED_OUTLET_CREDIT_STORY:
        glued = _outlet_credit_glued(para)
        if glued is not None:
            return glued
    if not has_lead and text[:1] in "【[（(" and _BRACKETED_WRITER_RE.match(text):
        opened = _bracketed_byline_opening(para, ctx)
        if opened is not None:
            return opened
    if text[-1:] in "）)" and ctx.index - 1 in ctx.meta.get("byline_at", ()):
        more = _WRITER_WITH_POST_RE.match(text)
        if more is not None and is_personal_name(more.group("name")) and affiliation(more.group("post")):
            # 作者：赵霞（…副研究员） / 孙宏艳（…研究员）: the next writer, one a line
            return Match(meta={"reporters": (more.group("name"),), "header_raw": (para.raw,), "byline_at": (ctx.index,)})
    if len(text) > 80:
        return None
    if len(text) <= _NAME_ROLE_LINE_MAX and ("/" in text or "／" in text):
        pairs = _name_role_credits(para, ctx)
        if pairs is not None:
            return pairs
    # the story's place in the header first: most short lines are the body's, and leave here
    if len(text) <= 40 and not has_lead and "dateline" not in ctx.meta and any(word in text for word in _REPORT_WORDS):
        found = match_dateline(para.body)
        if found is not None and found.shape in ("reporter", "place_report", "glued_report", "posted_credit", "sent_from") \
                and found.end >= len(para.body):
            # 記者張君豪／台北報導, 记者 李明 上海报道, 本报驻成都记者 王小明, 王小明 发自成都 opening the story: a
            # dateline, with its place
            return None
    if has_lead and len(text) <= 30 and text.endswith(("报道", "報導", "報道")) and not _later_prose(ctx):
        closing = _closing_report_credit(para)
        if closing is not None:
            return closing
    if _bare_names_under_title(text, ctx):
        # 人民网评：让“适老化”改造跑出加速度 / 李晓: a commentary signs with the name alone
        return Match(meta={"reporters": split_names(text), "header_raw": (para.raw,), "byline_at": (ctx.index,)})
    bio = _writer_bio_line(para, ctx) if not has_lead and len(text) <= _WRITER_BIO_MAX else None
    if bio is not None:
        return bio
    if text in _AUTHOR_CARD_LABELS:
        card = _author_card(para, ctx)
        if card is not None:
            return card
    # ■星島記者 張三: a Hong Kong paper marks its reporter line; 原创 澎湃新闻记者 张三: a platform's tag
    text = _without_page_tag(_without_platform_tag(_unbracketed(text.lstrip(_BYLINE_MARKS))))
    if _writer_post(text, ctx):
        # BBC中文記者，台北 under the writer's name: the outlet the post names is the writer's
        post = _POST_LABEL_RE.sub("", text)
        outlet = P.agency_prefix(post) if len(post) > 2 else None
        if outlet is not None and outlet[0].name not in P.THIS_PAPER and "byline_agency" not in ctx.meta:
            return Match(meta={"header_raw": (para.raw,), "byline_agency": outlet[0].name})
        return Match(meta={"header_raw": (para.raw,)})
    if ctx.in_header and len(text) <= 40:
        maker = _MAKER_CREDIT_RE.match(text)
        if maker is not None and looks_like_names(maker.group("names")):
            return Match(meta={"header_raw": (para.raw,), "byline_at": (ctx.index,)})
    camera = _CAMERA_CREDIT_RE.match(text) if text[:2] in _CAMERA_WORDS else (
        (_PICTURE_CREDIT_RE.match(text) or (_SLASHED_PICTURE_CREDIT_RE.match(text) if _after_byline(ctx) else None))
        if text[:1] in "图圖" and ctx.in_header else None)
    if camera is not None and looks_like_names(camera.group("names")):
        # 攝影／陳大文 · 摄影：张三 on its own line under the byline (鏡週刊, 端傳媒): the photographer
        return Match(meta={"photographers": split_names(camera.group("names")), "header_raw": (para.raw,),
                           "byline_at": (ctx.index,)})
    if text.endswith(("报道", "報導")) and len(text) <= 24:
        placed = _NAMES_PLACE_REPORT_RE.fullmatch(text) if not has_lead else None
        if placed is not None and _names_not_words(placed.group("names")):
            # 張三 / 台北報導 (公視): the writer, a slash, where from, no 記者 before the name
            return Match(meta={"reporters": split_names(placed.group("names")), "header_raw": (para.raw,),
                               "byline_at": (ctx.index,)})
        credit = re.split(r"[／/]", text[:-2])[0]  # 好房網News記者李彥穎／高雄報導: the place after the slash is no name
        outlet = P.agency_prefix(credit) if not has_lead else None
        if outlet is not None and credit[outlet[1] : outlet[1] + 1] in (" ", "\u3000"):
            credit = credit[outlet[1] :]  # 联合早报 林小明 报道: the paper, a space, the writer
        names = split_names(credit)
        if names and looks_like_names(credit) and not _outlet_before_title(credit):  # 林佳禾 报道 (联合早报): the writer alone
            credited: dict[str, Any] = {"reporters": names, "header_raw": (para.raw,), "byline_at": (ctx.index,)}
            if outlet is not None and credit != text[:-2] and outlet[0].name not in P.THIS_PAPER:
                credited["byline_agency"] = outlet[0].name
            return Match(meta=credited)
    marked = _marked_writer(para, ctx) if not has_lead and para.text[:1] in _WRITER_MARKS and len(para.text) <= 40 else None
    if marked is not None:
        return marked
    speaker = _speaker_line(para, ctx) if not has_lead and ctx.index <= _SPEAKER_LINE_REACH and len(text) <= 32 else None
    if speaker is not None:
        return speaker
    latin = _latin_writer_byline(para, ctx) if not has_lead and text[:1] in "文作撰" and ctx.in_header else None
    if latin is not None:
        return latin
    titled = _titled_outlet_byline(para, ctx) if not has_lead and "》" in text and ctx.in_header else None
    if titled is not None:
        return titled
    pen = _pen_name_byline(text, ctx) if text[:1] in _PEN_BYLINE_FIRST else None
    if pen:
        return Match(meta={"reporters": pen, "header_raw": (para.raw,), "byline_at": (ctx.index,)})
    if not _byline_opening(text):
        return None  # cutting a time off the end leaves the start as it is: no byline either way
    if text.startswith(("作者", "撰文")) and text[-1:] not in "）)":
        text = _post_bracketed(text)  # 作者：方敏 北京大学经济学院教授 reads as 作者：方敏（北京大学经济学院教授）
    stamp = find_datetime(text)
    published = None
    if stamp is not None and stamp.start > 0 and not text[stamp.end :].strip():
        text, published = text[: stamp.start].strip(), stamp.iso  # 文/张三 2019-01-17 10:30
    text, editors, camera = _shared_credits(text)
    pictures = _TRAILING_WORDS_AND_PICTURES_RE.search(text)
    if pictures is not None:
        text = text[: pictures.start()]  # 本报记者 张三 文/图: the writer photographed too
    match = _byline_match(text)
    if match is None or text.endswith(P.PHOTO_VERBS):
        return None
    names_text = match.group("names") or ""
    names = split_names(names_text)
    if names_text.strip() and not names:
        outlet = commentary_outlet(names_text.strip())
        if outlet is None or has_lead:
            return None
        # 作者：光明网评论员 · 作者：本报评论员: the outlet's commentary, no one named
        signed = {} if outlet in P.THIS_PAPER else {"byline_agency": outlet}
        return Match(meta={"header_raw": (para.raw,), **signed})
    meta: dict[str, Any] = {"reporters": names, "header_raw": (para.raw,), "byline_at": (ctx.index,)}
    tail = match.group("tail")
    who = affiliation(tail[1:-1]) if names and tail else None
    if who:
        meta["affiliation"] = who  # 作者：李家胜（西安交通大学…副教授）
    elif tail and "源" in tail:
        source = _source_only().fullmatch(tail) if len(tail) <= _SOURCE_LINE_MAX else None
        name = (source.group("name") or source.group("first") or "").strip("（）()【】[]") if source is not None else None
        if name and source.group("label") not in P.REPRINT_LABELS:
            meta["source_agency"] = P.canonical_agency(name)  # 记者 申鹏 （来源：新华网）: the source after the names
    if editors:
        meta["editors"] = editors
    organisation = P.agency_prefix(text[: match.start("names")]) if match.start("names") > 2 else None
    if organisation is None and names:
        organisation = _organisation_in_names(names_text)  # 撰文：經濟日報記者 何嘉雯
    if organisation is not None and organisation[0].name not in P.THIS_PAPER:
        meta["byline_agency"] = organisation[0].name  # 澎湃新闻记者 张三, 界面新闻记者 | 张三
    elif text[:1] == "《" and "》" in text[: match.start("names")]:
        title = text[1 : text.index("》")]
        if P.find_agency(title) is not None or title.endswith((*P.AGENCY_SUFFIXES, "周刊", "週刊", "杂志", "雜誌")):
            meta["byline_agency"] = title  # 《中国新闻周刊》记者 张三; a column (《棱镜》) names no outlet
    if published and "published" not in ctx.meta:
        meta["published"] = published
    if _WORDS_AND_PICTURES_RE.match(text) or pictures is not None or text.endswith(("摄影报道", "攝影報導")):
        meta["photographers"] = names  # 文/图 张三, 记者 张三 成都摄影报道: the writer photographed too
    if camera:
        meta["photographers"] = camera
    return Match(meta=meta)


def commentary_outlet(text: str) -> str | None:
    """The outlet of a commentary signed by its desk (光明网评论员, 人民日报特约评论员), as a
    byline's names: the outlet the desk writes for; None for anything else."""
    for signature in P.COMMENTARY_SIGNATURES:
        if text.endswith(signature) and len(text) > len(signature):
            agency = P.find_agency(text[: -len(signature)])
            if agency is not None:
                return agency.name
    return None


_REPORTER_WORDS = ("记者", "記者")
_BYLINE_MARKS = "■◆●○◎□◇ \u3000"  # ■本报记者 张三 (证券日报), ◎记者 张三 (经济日报)
# A writer's label and pen names on a line of their own under the headline (执笔/叨叨姐, 作者：胡一刀&李小飞刀):
# a self-media account's writers sign with names no surname list knows.
_PEN_BYLINE_RE = regex_cache.compile(
    rf"^(?:执笔|執筆|作者|撰文|文)\s*[:：/／|｜丨]\s*(?P<names>[{_HAN}]{{2,6}}(?:\s*[&＆、]\s*[{_HAN}]{{2,6}}){{0,3}})$"
)
_PEN_BYLINE_FIRST = "执執作撰文"
_PEN_SPLIT_RE = regex_cache.compile(r"\s*[&＆、]\s*")
_PEN_BYLINE_LINES = 3  # lines from the top a pen-name byline may stand on


def _pen_name_byline(text: str, ctx: Context) -> tuple[str, ...]:
    """The pen names a labelled byline under the headline gives, when the surname-based reading
    finds not all of them; () when the line is no such byline."""
    if ctx.has_lead or ctx.index > _PEN_BYLINE_LINES or ("title" not in ctx.meta and not ctx.hints.title):
        return ()
    match = _PEN_BYLINE_RE.match(text)
    if match is None:
        return ()
    tokens = tuple(_PEN_SPLIT_RE.split(match.group("names")))
    if split_names(match.group("names")) == tokens:
        return ()  # plain personal names: the byline reading below has them
    if not all(is_personal_name(token) or (is_pen_name(token) and not _names_an_outlet(token)) for token in tokens):
        return ()
    return tokens


# What ends the name of an outlet, a place or a desk, never a writer's pen name (文／鏡週刊, 文／常春月刊,
# 文／七逗旅遊網, 文／臺北市, 文／社群編輯)
_OUTLET_ENDINGS = ("週刊", "周刊", "月刊", "雜誌", "杂志", "網", "网", "報", "报", "市", "縣", "县", "省", "編輯", "编辑",
                   "主編", "主编", "編寫", "编写", "中心", "小組", "小组", "團隊", "团队")


def _names_an_outlet(token: str) -> bool:
    return token.endswith(_OUTLET_ENDINGS) or P.find_agency(token) is not None


# A writer's post after the outlet in a byline's names (文/观察者网专栏作者王文, 文/某报特约评论员 李四).
_WRITER_POSTS = ("专栏作者", "專欄作者", "特约评论员", "特約評論員", "评论员", "評論員", "特约撰稿人", "特約撰稿人", "撰稿人")


# A foreign writer's Latin name after the writer's label, perhaps with the translator's credit after it
# (大紀元: 文／Amy Denney 編譯／朱緯 · 作者：Jason Douglas)
_LATIN_WRITER_RE = regex_cache.compile(
    r"(?:文|作者|撰文)\s*[:：/／|｜]\s*(?P<writer>[A-Za-z][A-Za-z .'’\-]{2,60}?)"
    rf"(?:\s+(?:編譯|编译|翻譯|翻译|譯者|译者)\s*[:：/／|｜]\s*(?P<translator>[{_HAN}·、 ]{{2,16}}))?")


def _latin_writer_byline(para: Para, ctx: Context) -> Match | None:
    """``文／Amy Denney 編譯／朱緯`` under the headline: the writer and the translator, where the
    line was a paragraph (the names after the label were read as Han names only)."""
    found = _LATIN_WRITER_RE.fullmatch(para.text)
    writers = latin_names(found.group("writer")) if found is not None else ()
    if not writers:
        return None
    translators = split_names(found.group("translator")) if found.group("translator") else ()
    if found.group("translator") and not translators:
        return None
    return Match(meta={"reporters": (*writers, *translators), "header_raw": (para.raw,), "byline_at": (ctx.index,)})


# A foreign paper's Chinese edition signing its writers: the paper in title marks, perhaps after its
# country, then each writer with the place filed from (英国《金融时报》 克莱尔•琼斯 · 英国《金融时报》 迪米
# 华盛顿 ， 戴维•邦德 慕尼黑报道 · 英国《金融时报》 社评)
_TITLED_OUTLET_BYLINE_RE = regex_cache.compile(
    rf"(?P<country>[{_HAN}]{{1,4}})?《(?P<outlet>[^《》\s]{{2,12}})》[ \u3000]*(?P<credits>[^《》。！？：:；;“”\"]{{2,60}})")
_TITLED_CREDIT_SPLIT_RE = regex_cache.compile(r"\s*[，,、]\s*")
_TRANSLITERATION_DOTS = "•·・"
_NOT_A_WRITER = ("报", "報", "称", "稱", "说", "說", "表示", "指出", "认为", "認為")


# The marks a commentary sets before its writer's name under the headline (新京报, 南方都市报: □张三（媒体人）,
# ◎张三, ●张三（北京大学教授）)
_WRITER_MARKS = "□■◎●○◆◇"
_MARKED_WRITER_REACH = 3  # lines from the top


def _marked_writer(para: Para, ctx: Context) -> Match | None:
    """``□张三（媒体人）`` under the headline: the writer, and who they are from the bracket; the
    mark and the names alone, as a commentary signs. Anything but names after the mark (a
    subheading, a list item) stays."""
    if ctx.index > _MARKED_WRITER_REACH or not ctx.in_header or "title" not in ctx.meta:
        return None
    following = ctx.following()
    if following is not None and following.text[:1] in _WRITER_MARKS:
        return None  # ●张三 / ●李四 / …: a list of names under the headline (a roll of winners), no byline
    names, who = split_affiliation(para.text.lstrip(_WRITER_MARKS + " \u3000"))
    if not names or len(names) > _BARE_NAMES_MAX or _outlet_before_title(names) or not _names_not_words(names):
        return None  # ■星島記者 張三: an outlet's credit, which the byline reading below names with the outlet
    meta: dict[str, Any] = {"reporters": split_names(names), "header_raw": (para.raw,), "byline_at": (ctx.index,)}
    return Match(meta={**meta, "affiliation": who} if who else meta)


# A speech's or a report's headline (在全省经济工作会议上的讲话 · 政府工作报告 · ——在某某论坛开幕式上的主旨演讲)
_SPEECH_WORDS = ("讲话", "講話", "报告", "報告", "演讲", "演講", "致辞", "致詞", "致辭", "发言", "發言", "贺词", "賀詞", "献词",
                 "獻詞", "讲辞", "講辭")
# The posts a speaker's line names before the name (国务院总理　李强 · 中华人民共和国主席　习近平)
_SPEAKER_POSTS = (
    "总理", "總理", "主席", "书记", "書記", "部长", "部長", "省长", "省長", "市长", "市長", "县长", "縣長", "区长", "區長",
    "委员长", "委員長", "主任", "董事长", "董事長", "总裁", "總裁", "行长", "行長", "院长", "院長", "校长", "校長",
    "秘书长", "秘書長", "局长", "局長", "厅长", "廳長", "会长", "會長", "理事长", "理事長", "总经理", "總經理", "首相",
    "总统", "總統", "特首", "行政长官", "行政長官", "司长", "司長", "署长", "署長", "代表", "委员", "委員",
)
# The posts of an expert who signs a reading of the figures under its headline (a statistics office's
# 解读: 国家统计局城市司首席统计师 董莉娟; a think tank's 首席经济学家 张三): no speech needed
# (国家统计局新闻发言人 付凌晖 over the spokesman's reading of the month's figures)
_ANALYST_POSTS = ("统计师", "統計師", "分析师", "分析師", "经济学家", "經濟學家", "研究员", "研究員", "发言人", "發言人")
_BRIEFING_WORDS = ("记者会", "記者會", "发布会", "發布會", "答记者问", "答記者問", "吹风会", "吹風會")
_SPEAKER_LINE_RE = regex_cache.compile(rf"(?:(?P<post>[{_HAN}、]{{2,24}})[ \u3000]+)?(?P<name>[{_HAN}·]{{2,6}})")
_SPEAKER_LINE_REACH = 4  # lines from the top: the title, its subtitle, the day, then the speaker


def _speaker_line(para: Para, ctx: Context) -> Match | None:
    """The speaker under a speech's or a report's headline, perhaps after its day (国务院总理　李强
    · 中华人民共和国主席　习近平 · 张三 under （2024年11月24日））: the speech's author, the post the
    line names before the name its affiliation. Before, the line was a paragraph above the
    salutation."""
    heads = str(ctx.meta.get("title") or ctx.hints.title or "") + str(ctx.meta.get("subtitle") or "")
    if ctx.kinds:
        return None
    analyst = _holds_any(para.text, _ANALYST_POSTS)  # 国家统计局城市司首席统计师 董莉娟 over a release's reading
    if analyst and _holds_any(heads, _BRIEFING_WORDS):
        analyst = False  # 外交部发言人 毛宁 under a briefing's headline: who answers, not who wrote
    if not analyst and not any(word in heads for word in _SPEECH_WORDS):
        return None
    found = _SPEAKER_LINE_RE.fullmatch(para.text)
    if found is None or not is_personal_name(found.group("name")) or is_common_word(found.group("name")):
        return None
    post = found.group("post")
    if (post and not post.endswith(_SPEAKER_POSTS + (_ANALYST_POSTS if analyst else ()))) or (analyst and not post):
        return None
    if not post and not _names_not_words(para.text):
        return None
    meta: dict[str, Any] = {"reporters": (found.group("name"),), "header_raw": (para.raw,), "byline_at": (ctx.index,)}
    return Match(meta={**meta, "affiliation": post} if post else meta)


def _titled_outlet_byline(para: Para, ctx: Context) -> Match | None:
    """``英国《金融时报》 汤姆•米切尔 北京报道`` under the headline: the writers, each perhaps with a
    place, the paper their outlet; an editorial's 社评 names the paper alone. The paper must be
    named as one (a country before it, or a masthead's ending); every writer is a name or a
    transliteration (its dot, or a short word no dictionary holds), each place a short word."""
    found = _TITLED_OUTLET_BYLINE_RE.fullmatch(para.text)
    if found is None:
        return None
    outlet = found.group("outlet")
    if not found.group("country") and not outlet.endswith((*P.AGENCY_SUFFIXES, *P.MASTHEAD_SUFFIXES)):
        return None
    credits = found.group("credits").strip()
    meta: dict[str, Any] = {"byline_agency": outlet, "header_raw": (para.raw,), "byline_at": (ctx.index,)}
    if credits in P.COMMENTARY_SIGNATURES:
        return Match(meta=meta)  # 英国《金融时报》 社评: the paper's own voice
    names: list[str] = []
    for credit in _TITLED_CREDIT_SPLIT_RE.split(credits):
        for word in ("报道", "報導", "報道"):
            credit = credit.removesuffix(word)
        tokens = credit.split()
        if not 1 <= len(tokens) <= 2 or not _transliterated_writer(tokens[0]):
            return None
        if len(tokens) == 2 and not (2 <= len(tokens[1]) <= 8 and all(is_han(char) for char in tokens[1])):
            return None
        names.append(tokens[0])
    return Match(meta={**meta, "reporters": tuple(names)})


def _transliterated_writer(token: str) -> bool:
    """A writer's name as a foreign paper's Chinese edition writes it: a Chinese name, a
    transliteration with its dot (克莱尔•琼斯), or a short word that is no dictionary word (迪米)."""
    if is_personal_name(token) or (any(dot in token for dot in _TRANSLITERATION_DOTS) and all(
            is_han(char) or char in _TRANSLITERATION_DOTS for char in token)):
        return True
    return 2 <= len(token) <= 5 and all(is_han(char) for char in token) \
        and not any(word in token for word in _NOT_A_WRITER) and not is_common_word(token)


def _organisation_in_names(names_text: str) -> tuple[P.Agency, int] | None:
    """A listed outlet standing before 记者 or a writer's post inside a byline's names (撰文：經濟日報記者
    何嘉雯 · 文/观察者网专栏作者王文), or set off from the names by a space (文/观察者网 王文)."""
    text = names_text.strip()
    found = P.agency_prefix(text)
    if found is None:
        return None
    rest = text[found[1] :]
    if rest.lstrip().startswith((*_REPORTER_WORDS, *_WRITER_POSTS)):
        return found
    return found if rest[:1].isspace() and split_names(rest) else None


# A paper's page closing its story with the paper's name bare (大公報: （大公報 2024-10-17 A4版）).
_BRACKETED_EDITION_RE = regex_cache.compile(
    rf"[（(]\s*(?P<paper>[{_HAN}]{{2,10}})\s*[，,]?\s*(?P<date>(?:19|20)\d{{2}}(?:-\d{{1,2}}-\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日))"
    r"\s*[，,]?\s*第?\s*[A-Za-z]?\d{1,3}\s*版\s*[）)]")


def _over_the_story(ctx: Context) -> bool:
    """The line stands among the header's lines under the headline, before the story's first
    paragraph (中国新闻周刊's copy: the byline, 发于2024.3.18总第1132期《中国新闻周刊》, the story)."""
    return "title" in ctx.meta and not ctx.has_lead and ctx.in_header and not ctx.kinds


def rule_issue_line(para: Para, ctx: Context) -> Match | None:
    """``财新周刊 2024年第18期 出版日期 2024年05月06日`` · ``《三联生活周刊》2024年第20期``: a magazine's
    issue line over the story (a header line) or closing it (its credit line, as a print line is),
    naming the magazine that printed it and the day the issue came out, as a print-edition line does.
    Before the header rule, which would read a masthead set off by a space as an unknown source."""
    text = para.text
    if "期" not in text or text[-1] not in "期日）)0123456789":
        return None
    issue_line = _magazine_issue_line_re().match(text)
    if issue_line is None:
        return None
    meta: dict[str, Any] = {"print_agency": issue_line.group("marked") or issue_line.group("paper")}
    issued = parse_datetime("-".join(re.findall(r"\d+", issue_line.group("date")))) if issue_line.group("date") else None
    if issued:
        meta["print_published"] = issued
    if not ctx.has_lead:
        return Match(meta={**meta, "header_raw": (para.raw,)})
    return Match(blocks=(_print_line_block(para, ctx),), meta=meta)


def rule_print_edition(para: Para, ctx: Context) -> Match | None:
    """``《人民日报》（2023年08月22日 第 17 版）``: names the paper (the agency when no dateline)
    and the edition's date (the publication date when nothing better gives one).

    A programme's broadcast stamp, ``（《新闻联播》 20240428 19:00）``, dates a transcript the
    same way, and stays in the text as a paragraph. Among the header's lines over the story (a
    copy that sets the issue under the byline) the print or issue line is a header line; closing
    the story it is its credit line, as the paper's site sets it under the text; with story after
    it, a paragraph.
    """
    text = para.text
    first = text[:1]  # asked up to four times below: sliced once
    if first in "（(本原此该該刊发發首载載" and "》" in text and ctx.has_lead:
        published = _published_in_re().match(text)
        if published is not None:
            meta: dict[str, Any] = {"print_agency": published.group("paper")}
            day = find_datetime(published.group("edition"))
            if day is not None and len(day.iso) >= 10:
                meta["print_published"] = day.iso[:10]
            return Match(blocks=(_print_line_block(para, ctx),), meta=meta)
    if first in "发發本" and "》" in text:
        issue = _magazine_issue_re().match(text)
        if issue is not None:
            meta = {"print_agency": issue.group("paper")}
            issued = parse_datetime(re.sub(r"[./]", "-", issue.group("edition")))
            if issued:
                meta["print_published"] = issued
            if _over_the_story(ctx):
                return Match(meta={**meta, "header_raw": (para.raw,)})
            return Match(blocks=(_print_line_block(para, ctx),), meta=meta)
    if first == "《":
        match = _print_edition_re().match(text)
        if match is None:
            return None
        meta: dict[str, Any] = {"print_agency": match.group("paper")}
        edition_date = parse_datetime(match.group("edition"))
        if edition_date:
            meta["print_published"] = edition_date
        if _over_the_story(ctx):
            return Match(meta={**meta, "header_raw": (para.raw,)})
        return Match(blocks=(_print_line_block(para, ctx),), meta=meta)
    if first in "（(" and "版" in text:
        paper = _BRACKETED_EDITION_RE.fullmatch(text)
        agency = P.find_agency(paper.group("paper")) if paper is not None else None
        issued = parse_datetime(paper.group("date")) if paper is not None and agency is not None else None
        if issued:  # （大公報 2024-10-17 A4版）: the paper's page, its name in no title marks
            return Match(blocks=(_print_line_block(para, ctx),),
                         meta={"print_agency": agency.name, "print_published": issued})
    if first in "（(" and "》" in text:
        stamp = _programme_stamp_re().match(text)
        if stamp is None:
            return None
        published = compact_date(stamp.group("date"), stamp.group("time"))
        return Match(blocks=(Paragraph(text=text, raw=para.raw),),
                     meta={"stamp_published": published} if published else {})
    return None


def _print_line_block(para: Para, ctx: Context) -> Block:
    """The print line after the story, an editor line (a credit: where and when it was printed);
    before it or among its paragraphs, a paragraph as read."""
    if ctx.has_lead and not _later_prose(ctx):
        return EditorLine(text=para.text, raw=para.raw)
    return Paragraph(text=para.text, raw=para.raw)


@cache
def _cue_re() -> re.Pattern[str]:
    cues = P._alternation((*P.SOUND_CUES, *P.NARRATION_CUES))
    return regex_cache.compile(rf"^[【\[［](?P<cue>{cues})[】\]］]\s*")


_SPEAKER_LINE_MAX = 30


def rule_broadcast_cue(para: Para, ctx: Context) -> Match | None:
    """A video transcript's cue opening a line (【解说】, 【同期】, 【现场声】): production markup, off
    the text a reader reads (kept in ``raw``). A sound cue with only a speaker after it (【同期】国家
    统计局新闻发言人 付凌晖) introduces the quote below: the two are one paragraph, 付凌晖：总的
    来看…, as a speaker alone on a line (盛来运：) joins the paragraph below it. A cue alone on its
    line is furniture."""
    if not para.body.startswith(("【", "[", "［")):
        return None
    cue = _cue_re().match(para.body)
    if cue is None:
        return None
    rest = para.body[cue.end() :].strip()
    if not rest:
        return Match(meta={"furniture_raw": (para.raw,)})
    following = ctx.following()
    if cue.group("cue") in P.SOUND_CUES and following is not None and _speaker_only(rest) and _full_paragraph(following) \
            and _cue_re().match(following.body) is None:
        speaker = normalise(rest).rstrip(":：")
        merged = f"{speaker}：{following.text}"
        raw = f"{para.raw}\n{following.raw}"
        block: Block = Lead(text=merged, raw=raw) if not ctx.has_lead and _substantial(merged) else \
            Paragraph(text=merged, raw=raw)
        return Match(blocks=(block,), consumed=2)
    return Match(rest=para.rest(rest))


def _speaker_only(text: str) -> bool:
    """Who speaks, and nothing of what they say: short, no sentence mark, a colon only closing it."""
    text = text.rstrip(":：")
    return 2 <= len(text) <= _SPEAKER_LINE_MAX and not any(mark in text for mark in "。！？!?；;，,：:“”\"")


_STANDFIRST_CHARS = (20, 240)
_STANDFIRST_LABEL = "摘要"


# 南方周末 sets its summary over the story as starred sentences, one a line (★县城的房价…。).
_STARRED = "★☆"
_STARRED_MAX = 160
_STARRED_LINES = 4  # starred lines a summary has at most


def _starred_summary(text: str, ctx: Context) -> bool:
    """A starred sentence in the header, before anything of the story, the story following: one
    point of the summary, not the story's first paragraphs."""
    if not ctx.in_header or ctx.has_lead or len(text) > _STARRED_MAX or len(text) < 8 \
            or text[-1:] not in _SENTENCE_ENDS + "”」":
        return False
    position = 1
    while (following := ctx.following(position)) is not None and position <= _STARRED_LINES:
        if following.text[:1] not in _STARRED:
            # the story under the stars (a brief made of starred items is no summary)
            return len(following.text) > _PROSE_LINE or (following.text[-1:] in "。！？" and han_count(following.text) >= 10)
        position += 1
    return False


def rule_standfirst(para: Para, ctx: Context) -> Match | None:
    """The summary a page sets between its headline and the story (德国之声: 中国国产大飞机…。分析
    人士认为…。 / 2024年1月28日 / (德国之声中文网)中国国产…): a paragraph of whole sentences
    before anything of the body, with the dateline opening the paragraph after it (or after the
    date alone). Read as the lead, it hid the dateline in the second paragraph; it is a note set
    apart (摘要), and the story starts at the dateline."""
    text = para.text
    if text[:1] in _STARRED and _starred_summary(text, ctx):
        return Match(blocks=(EditorNote(text=text, raw=para.raw, label=_STANDFIRST_LABEL),))
    if ctx.index > 3 or text[-1:] not in _SENTENCE_ENDS or not _STANDFIRST_CHARS[0] <= len(text) <= _STANDFIRST_CHARS[1] \
            or "dateline" in ctx.meta or not ctx.in_header:
        return None
    following = ctx.following()
    found = match_dateline(following.body) if following is not None else None
    if found is None and following is not None and len(following.text) <= 40 and header_fields(following.text):
        following = ctx.following(2)  # the date alone between the summary and the story
        found = match_dateline(following.body) if following is not None else None
    if following is None or found is None or found.start or found.end >= len(following.body):
        return None
    if found.shape == "paren_agency" and (found.agency is None or P.find_agency(found.agency) is None):
        return None  # （某某财经网）另据报道，… in the second paragraph: an outlet we do not list proves no standfirst
    if match_dateline(para.body) is not None or header_fields(text) is not None:
        return None  # a dateline of its own: the story's lead (a digest of wires follows)
    if _caption_over_dateline(text, ctx):
        return None  # a picture story's caption (１２月３１日，市民在…): the caption rule's
    return Match(blocks=(EditorNote(text=text, raw=para.raw, label=_STANDFIRST_LABEL),))


def rule_dateline(para: Para, ctx: Context) -> Match | None:
    """The dateline opening the first body paragraph → Meta.dateline; the rest is the Lead."""
    if ctx.has_lead:
        return None
    if "dateline" in ctx.meta:
        return _repeated_credit(para, ctx)
    found = match_dateline(para.body)
    if found is None:
        return None
    meta: dict[str, Any] = {
        "dateline": DatelineModel(
            text=found.text, raw=found.raw, agency=found.agency, bureau=found.bureau, place=found.place, date=found.date
        ),
        "reporters": found.reporters,
    }
    if found.photographers:
        meta["photographers"] = found.photographers  # 記者 李依璇 / 攝影 王大明 報導
    if found.agency:
        # 界面新闻获悉，…: the outlet the news came from, the agency of last resort as it was when
        # the opener stayed in the lead (a 来源 line or a feed's own title outranks it)
        meta["lead_agency" if found.shape == "source_flash" else "dateline_agency"] = found.agency
    if found.bureau:
        meta["bureau"] = found.bureau
    if found.region:
        meta["region"] = found.region
    if found.stamp and "published" not in ctx.meta:
        meta["published"] = parse_datetime(found.stamp)
    before, after = para.body[: found.start].strip(), para.body[found.end :].strip()
    if before[:1] == "【" and before[-1:] == "】" and after and _is_the_title(before[1:-1], ctx):
        # 【某银行下调存款利率】财联社…电 under a record's title of the same words: the headline
        # again, kept as read, neither a heading under the title nor words of the lead
        meta["header_raw"] = (before,)
        return Match(blocks=(Lead(text=normalise(after), raw=para.raw),), meta=meta)
    if after and _FLASH_LABEL_RE.fullmatch(before):
        # 【快讯】财联社11月24日电，…: the item's kind (快讯, 突发, 独家), no headline's words: kept as
        # read, as the label on a line of its own is, neither a heading nor words of the lead
        meta["header_raw"] = (before,)
        return Match(blocks=(Lead(text=normalise(after), raw=para.raw),), meta=meta)
    column_tag = _column_label_re().match(before) if before[:1] == "【" and after and "series" not in ctx.meta else None
    if column_tag is not None:
        # 【路况快报】长沙晚报讯（记者 张三）…: the column the flash runs in, as its tag alone on the line
        # above is, neither a heading nor words of the lead
        meta["series"] = Series(name=column_tag.group("name"), number=None, raw=before)
        return Match(blocks=(SeriesLabel(text=before, raw=before), Lead(text=normalise(after), raw=para.raw)), meta=meta)
    if before and after and before[-1:] not in _SENTENCE_ENDS and han_count(before) >= 2 and (
            _short_line(normalise(before)) or (_clause_line(normalise(before)) and before[:1] not in "【[")):
        # 公開標榜新片一週就到貨〔記者何宗翰／台中報導〕保二總隊…: a crawler glued the story's first
        # subheading to its dateline; it stays a heading above the lead, not words inside it (柯：不急著
        # 12區都上 扶植產業, a speaker's words for a subheading, too; a bracketed one is a telegraph's
        # headline: 【国家统计局：…】财联社11月24日电)
        heading = Heading(text=normalise(before), raw=para.raw)
        return Match(blocks=(heading, Lead(text=normalise(after), raw=para.raw)), meta=meta)
    rest = (before + " " + after).strip()
    feature = _feature_title(rest)
    column = _column_headline(rest, ctx) if feature is None else None
    if column is not None:
        # 新华社北京8月17日电 （国际观察）美日韩…的危险图谋 over 新华社记者: the wire's column and the
        # feature's headline, not the lead
        feature = column[1]
        if "series" not in ctx.meta:
            meta["series"] = Series(name=column[0], number=None, raw=rest)
    if feature is not None:
        # 中新社南宁11月24日电 题：广西：“小砂糖橘”成就“大产业”: the feature's headline, the story below
        meta["header_raw"] = (para.raw,)
        if "title" not in ctx.meta and not (column is not None and ctx.hints.title):
            meta["title"] = feature
        else:
            meta["feature_title"] = feature  # the headline again, perhaps without a column tag
        return Match(meta=meta)
    if not rest and found.stamp and found.start == 0:
        # 2026-12-06 10:23 經濟日報／ 記者王小明／即時報導 on a line of its own: the page's stamp and
        # credit over the story (udn), read into Meta, where a wire's dateline opens the lead's
        # sentence; printed before the lead, it glued the page's furniture to the story's words
        meta["dateline"] = replace(meta["dateline"], text="")
    below = _sentence_under_opener(normalise(rest), ctx) if rest[-1:] in "：:" and len(rest) <= _OPENER_MAX else None
    if below is not None:
        # 本报讯 记者从某企业获悉： over the story's first sentence: the lead's opening words, one lead
        return Match(blocks=(Lead(text=normalise(rest) + below.text, raw=f"{para.raw}\n{below.raw}"),), meta=meta, consumed=2)
    blocks: tuple[Block, ...] = (Lead(text=normalise(rest), raw=para.raw),) if rest else ()
    items = _run_in_blocks(rest, para.raw, lead=True) if para.text.count("：") >= _RUN_IN_ITEMS_MIN else ()
    return Match(blocks=items or blocks, meta=meta)


def _repeated_credit(para: Para, ctx: Context) -> Match | None:
    """The lead opening with the credit a header line already gave (聯合報's print header
    2024-03-12 02:10 聯合報／ 記者王大明／台北報導, then 〔記者王大明／台北報導〕台北市…): the credit
    again, taken off the lead (kept in its ``raw``), not words of the story."""
    if para.body[:1] not in "〔［[【（(記记" or len(para.body) < _LEAD_AFTER_CREDIT:
        return None
    found = match_dateline(para.body)
    credited = set(ctx.meta.get("reporters", ()))
    if found is None or found.start != 0 or not found.reporters or not set(found.reporters) <= credited:
        return None
    after = para.body[found.end :].strip()
    return Match(rest=para.rest(after)) if after else None


_LEAD_AFTER_CREDIT = 12


_FEATURE_TITLE_RE = regex_cache.compile(r"^(?:题|題)\s*[:：]\s*(?P<title>[^。！？]{2,80})$")


def _feature_title(rest: str) -> str | None:
    """The headline a wire's feature prints after its dateline (题：…, 中新社 and 新华社), when it is
    all the line holds: a headline, not the lead."""
    match = _FEATURE_TITLE_RE.match(rest) if rest[:1] in "题題" else None
    return normalise(match.group("title").strip()) if match else None


_COLUMN_HEADLINE_RE = regex_cache.compile(r"^[（(](?P<column>[^（）()\s]{2,8})[）)]\s*(?P<title>[^。！？（）()]{4,60})$")


def _column_headline(rest: str, ctx: Context) -> tuple[str, str] | None:
    """The column and the headline a wire's feature prints after its dateline (（国际观察）美日韩…),
    when the line holds nothing else and the writers' credit comes next (新华社记者): a column
    and a headline, not the lead."""
    match = _COLUMN_HEADLINE_RE.match(rest) if rest[:1] in "（(" else None
    if match is None or match.group("title").rstrip()[-1:] in _SENTENCE_ENDS + "，,；;：:":
        return None
    following = ctx.following()
    if following is None or not _reads_like_byline(following.text.strip()):
        return None
    return match.group("column"), normalise(match.group("title").strip())


@cache
def _caption_label_re() -> re.Pattern[str]:
    labels = P._alternation(P.CAPTION_LABELS)
    return regex_cache.compile(rf"[［\[【〔]\s*(?:{labels})\s*[］\]】〕]\s*[:：]?|(?:{labels})\s*[:：]")


_BARE_PICTURE_CREDIT_MAX = 20
_BARE_PICTURE_CREDIT_ENDS = "图圖片照供摄攝"  # what such a credit ends with (…供图, …资料图片, …资料照, …提供, …拍摄)
# A picture's credit alone where the picture stood (受访者供图, CFP供图, 资料图片, 图片由受访者提供): no
# subheading, though it is short and stands between paragraphs.
_BARE_PICTURE_CREDIT_RE = regex_cache.compile(
    r"^(?:[\u3400-\u9fffA-Za-z0-9·]{1,10}\s*)?(?:供图|供圖|资料图片|資料圖片|资料图|資料圖|资料照片|資料照片|资料照|資料照"
    r"|档案照片|檔案照片|档案照|檔案照|示意图|示意圖|视频截图|視頻截圖|截图|截圖)$"
    r"|^(?:图片|圖片|照片|图|圖)由[^。！？，,；;]{1,12}(?:提供|拍摄|拍攝)$")


def rule_caption(para: Para, ctx: Context) -> Match | None:
    """Photo captions: a ``XXX 摄`` credit, ``图为``, ``（资料图）``, ``图片来源：``, wire credits,
    or a label (``［图片说明］``, ``图说：``), which the caption's text leaves out."""
    text = para.text
    first, last = text[:1], text[-1:]  # asked several times below: sliced once
    if first in "图圖" and ctx.has_lead and len(text) <= _CREDIT_LINE_MAX:
        joined = _credit_over_last_caption(para, ctx)
        if joined is not None:
            return joined
    label = _caption_label_re().match(text) if first in "［[【〔图圖" else None
    if label is not None and text[label.end() :].strip():
        caption = text[label.end() :].strip()
        names = photographer_of(caption) or ()
        return Match(blocks=(Caption(text=caption, raw=para.raw, photographer="、".join(names) or None),),
                     meta={"photographers": names} if names else {})
    if first in _PICTURE_POINTERS:
        glued = _pointed_caption_glued(para)
        if glued is not None:
            return glued
    if first in "图圖" and _offscreen_label_alone(text):
        words_line = ctx.following()
        if words_line is not None and 0 < len(words_line.text) <= CAPTION_MAX and not _offscreen_label_alone(words_line.text):
            # 图像加注文字， alone, the caption's words on the next line (no credit over it)
            return Match(blocks=(Caption(text=words_line.text, raw=f"{para.raw}\n{words_line.raw}"),), consumed=2)
    photographers = photographer_of(text)
    if photographers is None and last.isascii():
        photographers = latin_photo_credit(text)
    if photographers is not None and len(text) <= CAPTION_MAX:
        return Match(
            blocks=(Caption(text=text, raw=para.raw, photographer="、".join(photographers) or None),),
            meta={"photographers": photographers},
        )
    half = len(text) // 2
    if len(text) % 2 == 0 and 8 <= half <= CAPTION_MAX and text[:half] == text[half:]:
        # An image's alt text and its caption crawled side by side: "XY…XY…".
        return Match(blocks=(Caption(text=text, raw=para.raw),))
    if len(text) <= CAPTION_MAX and has_caption_marker(text):
        return Match(blocks=(Caption(text=text, raw=para.raw),))
    if last in _BARE_PICTURE_CREDIT_ENDS and len(text) <= _BARE_PICTURE_CREDIT_MAX and _BARE_PICTURE_CREDIT_RE.match(text):
        return Match(blocks=(Caption(text=text, raw=para.raw),))  # 受访者供图 alone: the picture's credit
    if len(text) <= 24 and _holds_any(text, P.DRAWING_VERBS) and drawing_credit_re().match(text):
        return Match(blocks=(Caption(text=text, raw=para.raw),))
    if first in _PICTURE_POINTERS and _pointed_caption(text, ctx):
        return Match(blocks=(Caption(text=text, raw=para.raw),))
    if first == "■" and ctx.has_lead and _marked_caption(text, ctx):
        return Match(blocks=(Caption(text=text, raw=para.raw),))
    if first in "图圖表数數资資（(" and _figure_caption(text, ctx):
        return Match(blocks=(Caption(text=text, raw=para.raw),))
    if not ctx.has_lead and len(text) >= _GLUED_CAPTION_STORY and "据" in text[:_GLUED_CAPTION_MAX + 1]:
        glued = _caption_glued_over_report(para.body)
        if glued is not None:
            caption, story = glued
            return Match(blocks=(Caption(text=normalise(caption), raw=caption),), rest=para.rest(story))
    if not ctx.has_lead and "dateline" not in ctx.meta and _caption_over_dateline(text, ctx):
        return Match(blocks=(Caption(text=text, raw=para.raw),))
    if len(text) <= _SHOT_CAPTION_MAX and _holds_any(text, _SHOT_WORDS):
        return _caption_over_bare_credit(para, ctx)
    if len(text) <= _SHOT_CAPTION_MAX and last in "。！" and _credit_below(text, ctx):
        # 12月5日，游客在景区游玩。 over （新华社记者 张三 摄）: a photo story's caption, then its credit
        return _caption_over_bare_credit(para, ctx)
    return None


def _credit_below(text: str, ctx: Context) -> bool:
    """The next line is a picture's credit alone (（新华社记者 张三 摄）) in a photo story's run of
    captions: the credit of the sentence above it, which a copy set on a line of its own, as the
    wire's photo stories do."""
    if not _credit_alone(ctx.following()):
        return False
    # only in a run of such pairs (a caption right above, or another credit alone two lines down), or
    # in the caption's idiom closing the story (11月17日，观众在航展现场参观。: the day, a short scene,
    # the credit in brackets): a credit alone under a paragraph of a story going on credits a
    # picture the copy lost, not the paragraph
    return bool(ctx.kinds and ctx.kinds[-1] == "caption") or _credit_alone(ctx.following(3)) \
        or (len(text) <= _DAY_CAPTION_MAX and _CAPTION_DAY_RE.match(text) is not None
            and ctx.following().text[:1] in "（(" and not _later_prose(ctx))  # type: ignore[union-attr]


_DAY_CAPTION_MAX = 60


def _credit_alone(para: Para | None) -> bool:
    """A picture's credit alone on its line (（新华社记者 张三 摄）, 新华社记者 李四 摄)."""
    if para is None or len(para.text) > _BARE_CREDIT_MAX or para.text.rstrip("）)")[-1:] not in "摄攝" \
            or any(mark in para.text for mark in "。！？，,；;"):
        return False  # …参观。王五 摄: a caption of its own, with its words
    return photographer_of(para.text) is not None


_SHOT_CAPTION_MAX = 120
# 新华社's caption idiom: 这是10月20日拍摄的…, …时拍摄
_SHOT_WORDS = ("拍摄", "拍攝")
_BARE_CREDIT_MAX = 24


def _caption_over_bare_credit(para: Para, ctx: Context) -> Match | None:
    """A line saying when and where a picture was shot (这是10月20日拍摄的…) right over the picture's
    credit alone (新华社记者 张伟 摄): one caption, the sentence then its credit, as a caption reads
    when the page sets them in one line, and not a paragraph of the story."""
    below = ctx.following()
    if below is None or len(below.text) > _BARE_CREDIT_MAX:
        return None
    names = photographer_of(below.text)
    if names is None:
        return None
    caption = Caption(text=f"{para.text}{below.text}", raw=f"{para.raw}\n{below.raw}", photographer="、".join(names) or None)
    return Match(blocks=(caption,), meta={"photographers": names} if names else {}, consumed=2)


def _closing_note(text: str) -> bool:
    """A bracketed note closing a story: the desk's roundup (（综合报道）), the wires it drew on, the
    outlet that published it (（新华社））."""
    return text[:1] in "（(" and len(text) <= _CLOSING_AGENCIES_MAX and (
        _roundup_note_re().fullmatch(text) is not None or _drawn_from_re().match(text) is not None
        or _closing_agency_re().match(text) is not None)


_LAST_CAPTION_MAX = 40  # characters of the caption under a picture's credit at the story's end


def _credit_over_last_caption(para: Para, ctx: Context) -> Match | None:
    """A picture's credit alone on its line (图/视觉中国) over a short sentence that ends
    the article, with only credits or furniture after it: the picture closing the story (北青's
    layout sets the credit over the caption), the sentence its caption, which is no paragraph of
    the story. One caption, the sentence then the credit, as a caption reads. Only the slashed
    credit: a post's 图｜视觉中国 stands under its picture, and the story goes on below it."""
    credit = _SLASHED_PICTURE_CREDIT_RE.match(para.text)
    below = ctx.following()
    if credit is None or below is None:
        return None
    sentence = below.text.strip()
    if not 4 <= len(sentence) <= _LAST_CAPTION_MAX or han_count(sentence) < 4 or sentence[-1:] not in "。！？":
        return None
    if _credit_line_opening_re().match(sentence) or P.end_mark_re().search(sentence) or _editor_credits(sentence):
        return None
    position = 2
    while (after := ctx.following(position)) is not None:
        if not (_furniture_line(after.text) or _editor_credits(after.text) is not None or P.end_mark_re().match(after.text)
                or _closing_note(after.text)):
            return None
        position += 1
    caption = f"{sentence}{para.text}"
    return Match(blocks=(Caption(text=caption, raw=f"{para.raw}\n{below.raw}"),), consumed=2)


# The lead picture's caption a crawler glued before the story's first words (中国军网: 参加“环太平洋
# 演习”的美海岸警卫队舰艇据美国国防部官网8月31日报道，…): a phrase with no clause in it, then the
# story opening with the report it draws on. Only in a long line, as a crawler's are: a copy that
# kept its lines has the caption on its own.
_GLUED_CAPTION_STORY = 200
_GLUED_CAPTION_MAX = 40
_GLUED_CAPTION_RE = regex_cache.compile(
    r"^(?P<caption>[^，,。！？!?；;：:、\s]{8,40}?)(?P<story>据[^，,。！？!?；;]{2,24}?(?:报道|报导|報導|報道|消息)[，,])")
# Time and place words a story's opening phrase starts with (今年以来据海关消息，…): no caption.
_NOT_CAPTION_OPENINGS_RE = regex_cache.compile(r"[0-9０-９]|[年月日]|^(?:近|今|昨|前|此|目前|当前|当天|日前|另|又|还|也)")


def _caption_glued_over_report(body: str) -> tuple[str, str] | None:
    """(caption, story) when ``body`` opens with a picture's caption glued to the story's 据…报道，
    opening; None otherwise."""
    match = _GLUED_CAPTION_RE.match(body)
    if match is None or _NOT_CAPTION_OPENINGS_RE.search(match.group("caption")) is not None:
        return None
    return match.group("caption"), body[match.start("story") :]


# A chart's or a table's title in a business story (图1：二季度基金行业配置变化 · 表2 前十大重仓股):
# its number, then a phrase, no sentence.
_FIGURE_TITLE_RE = regex_cache.compile(
    r"^(?:图|圖|表)\s*[0-9０-９一二三四五六七八九十]{1,3}(?:[-－.．][0-9０-９]{1,2})?\s*(?:[:：]\s*|[ \u3000]+)"
    r"[^。！？!?；;]{2,40}$")
# The note under a chart or a table naming where its figures come from (数据来源：Wind，本报整理).
_SOURCE_NOTE_RE = regex_cache.compile(
    r"^[（(]?(?:数据来源|數據來源|资料来源|資料來源)\s*[:：]\s*[^。！？!?]{1,40}[）)]?$")


def _figure_caption(text: str, ctx: Context) -> bool:
    """A chart's or a table's title (图1：…, 表2 …), or the note of its figures' source under it: the
    chart's caption, where it was a subheading or a paragraph. A source note is one only inside
    the story (a line of the story follows it, or a figure's title stands over it): closing the
    story, over its credits, 数据来源：国家统计局 cites the text's sources and stays a paragraph."""
    if len(text) > 60 or not ctx.has_lead:
        return False
    if _FIGURE_TITLE_RE.match(text):
        return True
    if _SOURCE_NOTE_RE.match(text) is None:
        return False
    if ctx.kinds and ctx.kinds[-1] == "caption":
        return True
    following = ctx.following()
    return following is not None and (len(following.text) > _PROSE_LINE or (
        following.text[-1:] in "。！？" and han_count(following.text) >= 10))


# A print page's note that a picture went with the story (人民日报: （附图片１张）).
_PICTURE_NOTE_RE = regex_cache.compile(r"[（(]\s*附(?:图片|圖片|照片|图|圖)")
# The day a picture was taken, opening its caption (１２月３１日，市民在天安门广场赏雪。).
_CAPTION_DAY_RE = regex_cache.compile(
    r"^(?:[0-9０-９]{4}年)?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日[，,]")


def _caption_over_dateline(text: str, ctx: Context) -> bool:
    """A picture story's caption above its wire story: a sentence or two, before anything of the
    body, right over a paragraph that opens with an agency's dated dateline (新华社北京１月１日电…),
    which no story's own text stands above. Only with a sign of the picture: the caption opens
    with the day it was taken, or the page notes its pictures (（附图片１张）); else the paragraph
    may be a summary the site set over the story."""
    if len(text) > CAPTION_MAX or text[-1:] not in "。！" or not ctx.in_header:
        return False
    following = ctx.following()
    found = match_dateline(following.body) if following is not None else None
    if found is None or found.start or not found.date or not found.agency:
        return False
    return _CAPTION_DAY_RE.match(text) is not None or any(
        _PICTURE_NOTE_RE.match(other.text) for other in ctx.paras)


# Marks pointing at the picture above or below (▲消防員在火場搜救。: 東方日報, ETtoday, WeChat copy).
_PICTURE_POINTERS = "▲▼△▽"
_POINTED_CAPTION_MAX = 80
_PICTURE_WORDS = ("图", "圖", "图片", "圖片", "照片", "截图", "截圖")


def _pointed_caption(text: str, ctx: Context) -> bool:
    """A short line opened by a picture's pointer, unless its neighbours open with one too: a run
    of them is a list with ▲ for bullets."""
    body = text.lstrip(_PICTURE_POINTERS + " \u3000")
    if body.endswith(_PICTURE_WORDS) and 2 <= han_count(body) == len(body) <= 5:
        return True  # what the picture is, in a word (▲资料图, ▲示意图, ▲现场照片)
    if not (4 <= len(body) <= _POINTED_CAPTION_MAX) or han_count(body) < 4 or body[-1] in "：:；;，,":
        return False
    for neighbour in (ctx.paras[ctx.index - 1] if ctx.index else None, ctx.following()):
        if neighbour is not None and neighbour.text[:1] in _PICTURE_POINTERS:
            return False
    return True


# A pointed caption with its credit and the story run on after it (ETtoday: ▲某大學研究的APP。（圖／翻攝自
# 網站）在領導這項研究的…): the credit in brackets closes the caption.
_POINTED_GLUED_RE = regex_cache.compile(
    r"^(?P<caption>[▲▼△▽]\s*[^▲▼△▽（）()]{4,80}?\s*[（(]\s*(?:圖|图|攝影|摄影)\s*[／/][^（）()]{1,30}[）)])\s*(?P<story>\S.{9,})$")


def _pointed_caption_glued(para: Para) -> Match | None:
    """The caption a pointer opens, cut off the story a crawler ran on after its credit."""
    found = _POINTED_GLUED_RE.match(para.body)
    if found is None:
        return None
    caption = found.group("caption")
    names = photographer_of(normalise(caption)) or ()
    block = Caption(text=normalise(caption), raw=caption, photographer="、".join(names) or None)
    return Match(blocks=(block,), meta={"photographers": names} if names else {}, rest=para.rest(found.group("story")))


_MARKED_CAPTION_MAX = 60


def _marked_caption(text: str, ctx: Context) -> bool:
    """A Hong Kong paper's caption, set after ■ (星島, 東方: ■港鐵東鐵綫今早服務受阻，大批乘客滯留月台。):
    one sentence in Traditional script, no credit, no label, not one of a run of ■ lines. A mainland
    page's ■ opens subheadings and box labels (■ 科技赋能, ■记者手记), which are no sentences."""
    body = text.lstrip("■ \u3000")
    if not 8 <= len(body) <= _MARKED_CAPTION_MAX or body[-1] != "。" \
            or any(mark in body[:-1] for mark in "。！？!?：:") or any(word in body for word in _CREDIT_WORDS):
        return False
    for neighbour in (ctx.paras[ctx.index - 1] if ctx.index else None, ctx.following()):
        if neighbour is not None and neighbour.text[:1] in "■□◆◇●":
            return False
    return detect_script(body) == "zh-Hant"


@cache
def _point_res() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, regex_cache.compile(rf"^\s*(?P<label>{shape})\s*")) for name, shape in P.POINT_SHAPES)


# ``11.1088人获奖章``: a number right after the point's dot reads as a decimal (11.1088) unless the
# neighbouring paragraphs are points 10. and 12.
_GLUED_POINT_RE = regex_cache.compile(r"^\s*(?P<label>(?P<n>\d{1,2})(?P<dot>[.．]))(?=\d)")


def _glued_point(text: str, ctx: Context) -> re.Match[str] | None:
    match = _GLUED_POINT_RE.match(text)
    if match is None:
        return None
    number = int(match.group("n"))
    arabic = dict(_point_res())["arabic"]  # the ordinary shape (10. 12.), whose label ends with its mark
    for offset, expected in ((-1, number - 1), (1, number + 1)):
        neighbour = ctx.following(offset) if ctx.index + offset >= 0 else None
        found = arabic.match(neighbour.text) if neighbour is not None else None
        if found is not None and int(found.group("n")) == expected and found.group("label")[-1] == match.group("dot"):
            return match
    return None


# What a point's numbering opens with (P.POINT_SHAPES): 第, a Chinese numeral, a bracket, or a digit.
_POINT_FIRST = frozenset("第（(" + P.CN_NUMERAL.strip("[]+"))


def rule_point(para: Para, ctx: Context) -> Match | None:
    """``第一，…`` / ``一是…`` / ``一、…`` at the start of a paragraph: a numbered point."""
    text = para.text
    first = text.lstrip()[:1]  # the shapes allow white space before the numbering
    if first not in _POINT_FIRST and not first.isdigit():
        return None  # most paragraphs open with none of the numbering's characters: no pattern tried
    for name, pattern in _point_res():
        match = pattern.match(text)
        if match is None and name == "arabic" and text[:1].isdigit():
            match = _glued_point(text, ctx)
        if match is None:
            continue
        number = cn_number(match.group("n"))
        if number is None or number == 0:
            continue
        rest = text[match.end() :]
        if not rest.strip(" ，,"):
            continue
        above = ctx.following(-1) if ctx.index > 0 else None
        heading = point_heading(rest, above.text if above is not None else "")
        label = match.group("label").strip()
        if name == "ordinal":
            label = label.rstrip("，,、：:")
        continued = _point_continuation(text, ctx)
        if continued is not None:
            # 8.【代表委员履职故事】曹琛： / 发挥银发人才作用…；: one item broken at its colon
            whole = text + continued.text
            return Match(blocks=(Point(number=number, heading=heading, text=whole, raw=f"{para.raw}\n{continued.raw}",
                                       label=label, item=_list_item(name, whole[match.end():], ctx, 2)),), consumed=2)
        return Match(blocks=(Point(number=number, heading=heading, text=text, raw=para.raw, label=label,
                                   item=_list_item(name, rest, ctx, 1)),))
    return None


_ITEM_MAX = 64  # characters of a list item's text: a headline or a clause, not a paragraph
_ITEM_SHAPES = frozenset({"paren", "arabic"})  # a list's labels (1. （1）), not prose's ordinals (第一，一是)


def _list_item(shape: str, rest: str, ctx: Context, span: int) -> bool:
    """A point that is an item of a list (``Point.item``): numbered with a list's label, its text one
    headline or clause (no sentence ends inside it), with a numbered line right above or below it
    (``span`` the lines the point takes)."""
    rest = rest.strip()
    if shape not in _ITEM_SHAPES or not rest or len(rest) > _ITEM_MAX \
            or any(mark in rest[:-1] for mark in "。！？!?"):
        return False
    neighbours = (ctx.following(-1) if ctx.index > 0 else None, ctx.following(span))
    return any(neighbour is not None and _numbered(neighbour.text) for neighbour in neighbours)


_POINT_CONTINUATION_MAX = 60
# A point's heading is a phrase (健全融合体制机制, 年龄因素), not a sentence: longer, or with a
# comma in it, the first clause is the item's text and only the numbering stands out.
_POINT_HEADING_MAX = 30


def point_heading(rest: str, previous: str = "") -> str:
    """The heading of a point from the text after its numbering: a short phrase closed by a full
    stop or a colon (第一，健全融合体制机制。龙岩市委…, １．年龄因素：…, （二）工作目标。) or the whole
    line without a closing mark (一、总体要求). Empty, and the writers set the numbering alone in
    bold, for a list item: a clause closed by a semicolon (a law's （一）涉及案情重大、复杂的；,
    （三）依法作出政务处分决定；对…), a sentence (a comma in it, or long), or the list's last item
    under one closed by a semicolon (（四）可能有其他妨碍调查行为的。). Set in bold end to end, such
    a list read as a wall of headings."""
    clause, mark, after = rest, "", ""
    for position, char in enumerate(rest):
        if char in P.POINT_HEADING_END:
            clause, mark, after = rest[:position], char, rest[position + 1:]
            break
        if char == "\u3000" and _spaced_point_heading(rest[:position], rest[position:]):
            return rest[:position]  # 一、坚持稳中求进　这一年，…: the heading a crawler glued to its text
    clause = clause.strip(" ，,")
    if len(clause) > _POINT_HEADING_MAX or "，" in clause or "," in clause or mark in ("；", ";"):
        return ""
    if mark and mark not in "：:" and not after.strip() and previous.rstrip()[-1:] in ("；", ";"):
        return ""
    return clause


_SPACED_POINT_HEADING_MAX = 16


def _spaced_point_heading(phrase: str, after: str) -> bool:
    """A point's heading set apart from its text by a full-width space alone (the line break a
    crawler lost): a short phrase of Han words with no punctuation, and a sentence after it."""
    if not 2 <= len(phrase) <= _SPACED_POINT_HEADING_MAX or han_count(phrase) != len(phrase):
        return False
    after = after.strip(" \u3000")
    return han_count(after) >= 10 and after[-1:] in _SENTENCE_ENDS


def _numbered(text: str) -> bool:
    return any(pattern.match(text) is not None for _, pattern in _point_res())


def _point_continuation(text: str, ctx: Context) -> Para | None:
    """The rest of a list item a copy broke after a colon in it (a programme's run-down: 8.【…】
    曹琛： then 发挥银发人才作用 助力社区基层治理；): an unnumbered short line closed with the
    list's semicolon, between the item and the next numbered one. A colon that opens sub-items
    (国内联播快讯： over （1）…) has numbered lines after it."""
    if text[-1:] not in "：:":
        return None
    following, after = ctx.following(), ctx.following(2)
    if following is None or after is None:
        return None
    rest = following.text
    if len(rest) > _POINT_CONTINUATION_MAX or rest[-1:] not in "；;" or _numbered(rest) or not _numbered(after.text):
        return None
    return following


_SPEAKER_LABEL_RE = regex_cache.compile(r"^(?P<speaker>[^\s:：，,。；;]{1,8})\s*[:：]$")


def rule_salutation(para: Para, ctx: Context) -> Match | None:
    """A letter's salutation alone on the line above its first paragraph (编辑同志：, 尊敬的编辑：,
    a reader's letter, an open letter), or an official document's 主送机关 (各市教育局：): set flush
    left, not indented as the prose it opens. Only before the lead: further down, such a line is a
    quotation's or a transcript's. The 主送机关 may open a text whose first line ends in a colon
    (现就有关事项通知如下：), as a notice's does."""
    if not ctx.has_lead and opens_salutation(para.text):
        return _two_line_salutation(para, ctx)
    letter = is_salutation(para.text)
    if ctx.has_lead or not (letter or is_addressee(para.text, official=bool(ctx.meta.get("official_lines")))):
        return None
    following = ctx.following()
    if following is None or not (_full_paragraph(following)
                                 or ((not letter or following.text[-1:] in "：:")
                                     and han_count(following.text) >= _ADDRESSED_PROSE_MIN)
                                 or (not letter and _decision_opening(following.text))):
        return None
    return Match(blocks=(Salutation(text=para.text, raw=para.raw),))


_ADDRESSED_PROSE_MIN = 10  # Han characters of the line under a 主送机关
_DECISION_OPENING_MIN = 4


def _decision_opening(text: str) -> bool:
    """A short clause opening what follows it (经市政府研究决定： over an appointment notice's
    任命… lines): the text a 主送机关 addresses, short as it is."""
    return text.endswith(("：", ":")) and han_count(text) >= _DECISION_OPENING_MIN


def _two_line_salutation(para: Para, ctx: Context) -> Match | None:
    """A speech's salutation over two lines (尊敬的各位来宾， / 女士们，先生们，朋友们：) above its first
    paragraph: one salutation, as the speaker says it."""
    second, after = ctx.following(), ctx.following(2)
    if second is None or not is_salutation(second.text) or not _full_paragraph(after):
        return None
    return Match(blocks=(Salutation(text=para.text + second.text, raw=f"{para.raw}\n{second.raw}"),), consumed=2)


_SPEAKER_LABEL_MAX = 10


def rule_speaker_label(para: Para, ctx: Context) -> Match | None:
    """A transcript's speaker alone on a line (问： · 答： · 盛来运：, as a press conference's
    record sets them) opens the paragraph below it: the two are one paragraph, as a reader reads
    ``问：如何看待…？``. Only an interview speaker or a personal name counts: ``具体措施如下：`` is
    a sentence introducing what follows."""
    text = para.text
    if text[-1:] not in ":：" or len(text) > _SPEAKER_LABEL_MAX:
        return None
    label = _SPEAKER_LABEL_RE.match(text)
    following = ctx.following()
    if label is None or following is None or _SPEAKER_LABEL_RE.match(following.text):
        return None
    speaker = label.group("speaker")
    if speaker not in P.INTERVIEW_SPEAKERS + P.ANSWER_SPEAKERS and not looks_like_names(speaker):
        return None
    if _furniture_line(following.text) or P.editor_line_opened().match(following.text):
        return None
    merged = f"{text}{following.text}"
    block = Paragraph(text=merged, raw=f"{para.raw}\n{following.raw}")
    if not ctx.has_lead and _substantial(merged):
        block = Lead(text=merged, raw=block.raw)
    return Match(blocks=(block,), consumed=2)


def _transcript(ctx: Context) -> Transcript:
    """The document's turns, read once from all its paragraphs (``turns.transcript_turns``)."""
    found = ctx.memo.get("transcript")
    if found is None:
        found = ctx.memo["transcript"] = transcript_turns(ctx.paras)
    return found


def rule_turn(para: Para, ctx: Context) -> Match | None:
    """A speaker's turn in a transcript (法新社记者：… · 毛宁：… · 问：… · 答：… · Q：… · 【问】…):
    the speaker apart from what they say, so that every writer can set them off. Only in a text
    that is a transcript as a whole (``turns.py``): a single 张三：… in a story is a quotation and
    stays a paragraph. A label alone on its line (问：) takes the line below as what is said."""
    text = para.text
    if ":" not in text[:26] and "：" not in text[:26] and text[:1] not in "【[［":
        return None  # one scan of the opening: most paragraphs hold no label
    turns = _transcript(ctx).turns
    found = turns.get(ctx.index) if turns else None
    if found is None:
        return None
    label = found[0]  # read from this paragraph's text when the document was (a name that is a word too, 王明)
    said = text[label.start :].strip()
    if found[1] == 2 and not said:
        following = ctx.following()
        if following is None:
            return None
        return Match(blocks=(_turn(label, following.text, f"{para.raw}\n{following.raw}"),), consumed=2)
    if not said:
        return None
    return Match(blocks=(_turn(label, said, para.raw),))


def _turn(label: SpeakerLabel, said: str, raw: str) -> Turn:
    """A turn from its label: a numbered question's number and printed label beside who asks."""
    return Turn(speaker=label.speaker, text=said, raw=raw, number=label.number, label=label.printed)


# A live blog's time stamp alone on its line (16:20 · 11月24日 16:20), above the update it dates.
# A live blog's time stamp alone on its line, bare or in brackets (16:20 · 【10:32】).
_TIME_MARK_RE = regex_cache.compile(
    r"^(?:(?P<stamp>(?:\d{1,2}月\d{1,2}日\s*)?\d{1,2}[:：]\d{2})"
    r"|[【\[［]\s*(?P<bracketed>(?:\d{1,2}月\d{1,2}日\s*)?\d{1,2}[:：]\d{2})\s*[】\]］])$")


def _live_updates(ctx: Context) -> bool:
    """Two or more time stamps alone on their lines: the document is a run of dated updates."""
    return sum(1 for para in ctx.paras if len(para.text) <= 12 and _TIME_MARK_RE.match(para.text)) >= 2


# A live blog's update opening with its time stamp (【10:30】投票站已开放… · 10:30 投票站已开放…).
# A flash's kind in brackets before its dateline (【快讯】, 【突发】, 【独家】, 【快訊】): two or three
# characters, no headline's words.
_FLASH_LABEL_RE = regex_cache.compile(r"【\s*[^【】\s，,。：:]{2,3}\s*】")
_STAMPED_UPDATE_RE = regex_cache.compile(
    r"^(?:[【\[［]\s*(?P<bracketed>(?:\d{1,2}月\d{1,2}日\s*)?\d{1,2}[:：]\d{2})\s*[】\]］]\s*"
    r"|(?P<spaced>(?:\d{1,2}月\d{1,2}日\s*)?\d{1,2}[:：]\d{2})[ \t\u3000]+)(?=\S)")
_STAMPED_UPDATES_MIN = 2
_LIVE_UPDATE_MAX = 2000  # an update is a paragraph or two, not a whole article


def rule_live_update(para: Para, ctx: Context) -> Match | None:
    """An update of a live blog or a rolling flash page opening with its time stamp (【10:30】…,
    10:30 …) where two or more lines open so: the stamp is the update's heading, as a stamp alone
    on its line is (16:20 over the update), and the update a paragraph of its own. One stamped
    line is a story's sentence about a time (10:30 开始的会议…) and stays as written."""
    if para.text[:1] not in "【[［0123456789":
        return None
    found = _stamped_update(para.text)
    if found is None or sum(1 for other in ctx.paras if _stamped_update(other.text)) < _STAMPED_UPDATES_MIN:
        return None
    stamp = found.group("bracketed") or found.group("spaced")
    return Match(blocks=(Heading(text=normalise(stamp), raw=para.raw),), rest=para.rest(para.text[found.end() :]))


def _stamped_update(text: str) -> re.Match[str] | None:
    """The stamp opening an update that is a sentence; an agenda's item (9:00 主旨演讲) is none."""
    found = _STAMPED_UPDATE_RE.match(text) if text[:1] in "【[［0123456789" else None
    return found if found is not None and _CLAUSE_MARKS_RE.search(text, found.end()) else None


_CLAUSE_MARKS_RE = regex_cache.compile("[。！？!?，,；;]")


_BRACKETED_HEADING_RE = regex_cache.compile(r"^【[^【】]{2,20}】$")
# A law's or regulation's division (第三章 监察范围和管辖, 第二节　一般规定): its own heading wherever
# it stands, also over an article that ends in a colon before its items.
_DIVISION_HEADING_RE = regex_cache.compile(
    rf"^第(?:{P.CN_NUMERAL}|\d{{1,3}})[编章节][ \u3000]+[^\s，,。；;：:！!？?]{{1,20}}(?:[ \u3000][^\s，,。；;：:！!？?]{{1,20}})?$")
_STRONG_ONLY_RE = regex_cache.compile(
    r"^(?:<p\b[^<>]*>)?\s*(?:<(strong|b)>[^<>]{2,60}</\1>|\*\*[^*]{2,60}\*\*)\s*(?:</p>)?$", re.IGNORECASE
)


# Sentence punctuation no heading holds: one class scanned for in C (a set's isdisjoint makes a
# string object, and hashes it, for every character of a Chinese line: four times slower).
_SHORT_LINE_MARKS_RE = regex_cache.compile("[。；;，,：:]")
_CLAUSE_LINE_MARKS_RE = regex_cache.compile("[。；;]")


def _short_line(text: str) -> bool:
    """Short and without sentence punctuation: a heading, or a fragment of a broken line."""
    return 2 <= len(text) <= 28 and _SHORT_LINE_MARKS_RE.search(text) is None and text[-1] not in "…）)"


_SENTENCE_ENDS = "。！？!?”…"


def _clause_line(text: str) -> bool:
    """A longer heading shape with a colon or comma (``一般也在美国蹲监狱：美国法律…``)."""
    return 8 <= len(text) <= 40 and _CLAUSE_LINE_MARKS_RE.search(text) is None and text[-1] not in "，,：:、…）)"


def _heading_shape(text: str) -> bool:
    return _short_line(text) or _clause_line(text)


def _full_paragraph(para: Para | None) -> bool:
    """A finished paragraph: its last sentence ends, perhaps before a closing credit in brackets
    (…的马前卒。（参与记者：姜俏梅、陆睿） · …风险。（刘磊娜））."""
    if para is None or _heading_shape(para.text):
        return False
    text = para.text
    if text[-1:] in "）)":
        credit = _TRAILING_CREDIT_RE.search(text)
        if credit is not None and credit.start() > 0 and _names_credit(credit.group("credit")):
            text = text[: credit.start()]
    return text[-1:] in _SENTENCE_ENDS


def _names_credit(credit: str) -> bool:
    """A closing bracket that credits the writers: names alone, or a reporters' label."""
    return looks_like_names(credit) or re.search(r"记者|記者|作者|撰稿", credit) is not None


# A section's number alone on its line (1, ０２, 一, 二、): the writers set it over the section.
_SECTION_NUMBER_RE = regex_cache.compile(r"^(?:(?P<digits>[0-9０-９]{1,2})|(?P<han>[一二三四五六七八九十]{1,3}))[、.．]?$")


def _section_number_at(ctx: Context, kind: str, number: int, positions: range) -> int | None:
    """Where a bare section number ``number`` of the same kind stands among ``positions``."""
    for position in positions:
        other = _SECTION_NUMBER_RE.match(ctx.paras[position].text)
        if other is not None and other.group(kind) and cn_number(other.group(kind)) == number:
            return position
    return None


def _section_number(text: str, ctx: Context) -> bool:
    """A bare section number between the body's paragraphs, heading what follows it: one of a
    series (1 with a 2 after it, 2 after a 1; a page number or a stray figure has none), with text
    under it. A section holds more than one line, or a sentence: numbers each over one teaser line
    (a ranking of headlines, 1 / 印度人口将赶超中国… / 2 / …) are a list, not sections."""
    found = _SECTION_NUMBER_RE.match(text)
    number = cn_number(found.group("digits") or found.group("han")) if found is not None else None
    following = ctx.following()
    if not number or following is None or han_count(following.text) < 2:
        return False  # 1 / | / 回复: a comment's like count over the reply button
    kind = "digits" if found.group("digits") else "han"
    if number == 1:
        other = _section_number_at(ctx, kind, 2, range(ctx.index + 1, len(ctx.paras)))
        between = range(ctx.index + 1, other) if other is not None else range(0)
    else:
        other = _section_number_at(ctx, kind, number - 1, range(ctx.index - 1, -1, -1))
        between = range(other + 1, ctx.index) if other is not None else range(0)
    if other is None or not between:
        return False
    return len(between) > 1 or ctx.paras[between[0]].text[-1:] in _SENTENCE_ENDS


def _section_label(text: str) -> tuple[int, str]:
    """A bare section number's value and its label as a heading or a paragraph prints it: a Han
    numeral with the enumeration comma (一、), an Arabic one with the full-width full stop (1．,
    GB/T 15834's numbering of the third level), the number's leading zero (01) dropped."""
    found = _SECTION_NUMBER_RE.match(text)
    assert found is not None
    if found.group("han"):
        return cn_number(found.group("han")) or 0, found.group("han") + "、"
    number = cn_number(found.group("digits")) or 0
    return number, f"{number}．"


def _numbered_section(para: Para, ctx: Context) -> Match:
    """A bare section number (1, 二、) and the line under it, set as one: over a subheading's line
    (AMUNDI副首席投资官：Vincent Mortier), the heading ``1．AMUNDI副首席投资官…``, as a section's
    number heads its title on one line; over a finished paragraph, that paragraph numbered, a point
    (``一、…``). Over anything else (a picture's caption, a list), the number stays a heading of its
    own. The subheadings inside the section come one level below (``_heading_level``)."""
    number, label = _section_label(para.text)
    after = ctx.following()
    meta = {"section_numbers": (ctx.index,)}
    if after is not None and han_count(after.text) >= 2 and not _numbered(after.text) \
            and not _full_paragraph(after) and after.text[-1:] not in _BOLD_NOT_LAST \
            and (_heading_shape(after.text) or _bold_heading_text(after.text)) and not _is_furniture(after.text):
        title = _LIVE_QUOTE_RE.sub("", after.text) if "%" in after.text else after.text
        heading = Heading(text=label + _unwrapped(title), raw=f"{para.raw}\n{after.raw}")
        return Match(blocks=(heading,), meta=meta, consumed=2)
    if after is not None and _full_paragraph(after) and not _numbered(after.text):
        point = Point(number=number, heading=point_heading(after.text, para.text), text=label + after.text,
                      raw=f"{para.raw}\n{after.raw}", label=label)
        return Match(blocks=(point,), meta=meta, consumed=2)
    return Match(blocks=(Heading(text=para.text, raw=para.raw),), meta=meta)


# A subheading set in bold (<p><strong>一、…</strong></p>, **…**): the page's own evidence, so a
# longer line than a bare short line (a question of two clauses: …吗？你的预测是什么？) may be one,
# but never a sentence, a line closed by a comma or colon, or a long clause (a bold lead sentence).
_BOLD_HEADING_MAX = 40
_BOLD_CLAUSES_MAX = 30  # characters of a bold line holding a comma
_BOLD_NOT_LAST = "，,：:、；;…—"
_QUOTED_SENTENCE_RE = regex_cache.compile(r"^[“「\"].*[。！？!?…].*[”」\"]$")


def _bold_paras(ctx: Context) -> frozenset[int]:
    """Where the paragraphs set bold all through stand (``hints.bold_lines`` from a page's markup,
    or a line written ``<p><strong>…</strong></p>`` or ``**…**``), read once per document. None
    when most of the finished paragraphs are bold: a page set all in bold says nothing by it."""
    found = ctx.memo.get("bold")
    if found is None:
        keys = {_squash(normalise(strip_markup(line))) for line in ctx.hints.bold_lines}
        marked: list[int] = []
        for index, para in enumerate(ctx.paras):  # a loop, not a generator: once a document, over every line
            if (keys and _squash(para.text) in keys) \
                    or (("<" in para.raw or ("*" in para.raw and "**" in para.raw)) and _STRONG_ONLY_RE.match(para.raw)):
                marked.append(index)
        bold = frozenset(marked)
        if bold:
            full = [index for index, para in enumerate(ctx.paras) if _full_paragraph(para)]
            if sum(1 for index in full if index in bold) * 2 > len(full):
                bold = frozenset()
        found = ctx.memo["bold"] = bold
    return found


def _bold_heading_text(text: str) -> bool:
    """A bold line's text has a subheading's shape (see ``_BOLD_HEADING_MAX``)."""
    if han_count(text) < 2 or len(text) > _BOLD_HEADING_MAX or text[-1] in _BOLD_NOT_LAST:
        return False
    if _CLAUSE_LINE_MARKS_RE.search(text) or (len(text) > _BOLD_CLAUSES_MAX and ("，" in text or "," in text)):
        return False
    if text[0] in _BULLETS + "（(—" or _QUOTED_SENTENCE_RE.match(text) or text.startswith(P.TRANSCRIPT_MARKERS):
        return False  # an attribution (——陆游), a note in brackets, a quoted sentence
    return not _is_furniture(text)


def _bold_heading(para: Para, ctx: Context) -> bool:
    """A paragraph set bold all through, of a subheading's shape, with a finished paragraph not in
    bold under it, or a second such bold line and then one (a name over a question): a subheading
    wherever it stands, after a short line as after a long one. A bold byline, editor's note or
    caption is read by its own rule before this one; names alone are no subheading."""
    bold = _bold_paras(ctx)
    index = ctx.index
    if index not in bold or not _bold_heading_text(para.text):
        return False
    text = para.text
    if text[-1] in "？?" and (asked := speaker_label(text)) is not None and asked.role == "question":
        return False  # 记者：…？ an interview's labelled question: the turn rules' to read
    after = ctx.following()
    if index + 1 in bold:
        ok = after is not None and _bold_heading_text(after.text) and index + 2 not in bold \
            and _full_paragraph(ctx.following(2))
    else:
        ok = _full_paragraph(after)
    return ok and not _names_not_words(text)


def _heading_level(ctx: Context) -> int:
    """2, or 3 inside a numbered section below the line right under its number: the number and
    the section's title over it are the first level (1 / AMUNDI副首席投资官：Vincent Mortier), the
    subheadings inside (债券市场存在泡沫吗？) the second."""
    numbers = ctx.meta.get("section_numbers")
    return 3 if numbers and numbers[-1] != ctx.index - 1 else 2


_LIVE_QUOTE_RE = regex_cache.compile(P.LIVE_QUOTE)
_SHORT_QUESTION_MAX = 20  # characters of a question standing alone that may be a subheading anywhere
_ASKED_HEADINGS_MIN = 2


def _asks_in_headings(ctx: Context) -> bool:
    """The text sets its questions as subheadings: two or more short questions (会有破坏性的崩盘吗？)
    stand alone, each over a finished paragraph. Then a longer question standing so (美国10年期国债
    收益率可能变为负值吗？你的预测是什么？) is one of them, not a question asked in the prose."""
    found = ctx.memo.get("asks")
    if found is None:
        paras = ctx.paras
        asked = sum(1 for index, para in enumerate(paras[:-1])
                    if para.text[-1:] in "？?" and len(para.text) <= _SHORT_QUESTION_MAX and _short_line(para.text)
                    and _full_paragraph(paras[index + 1]))
        found = ctx.memo["asks"] = asked >= _ASKED_HEADINGS_MIN
    return found


# A roundup's item: the outlet it was taken from in brackets, then that story's headline
# (【第一财经】财政部：金融企业拨备覆盖率超过监管要求两倍视为存在隐藏利润倾向), its summary under it.
_DIGEST_HEADLINE_RE = regex_cache.compile(r"^【(?P<outlet>[^【】]{2,12})】(?P<headline>[^。；;【】]{6,60})$")
_DIGEST_ITEMS_MIN = 3


def _digest_headlines(ctx: Context) -> frozenset[int]:
    """Where a roundup's bracketed item headlines stand (see ``_DIGEST_HEADLINE_RE``): lines naming
    a listed outlet or an organisation before a headline, each over a finished paragraph, when
    the text holds three or more; none otherwise. Read once per document."""
    found = ctx.memo.get("digest_headlines")
    if found is None:
        paras = ctx.paras
        marked = []
        for index, para in enumerate(paras[:-1]):
            item = _DIGEST_HEADLINE_RE.match(para.text) if para.text[:1] == "【" else None
            if item is None or not _full_paragraph(paras[index + 1]):
                continue
            outlet = item.group("outlet").strip()
            if P.find_agency(outlet) is not None or is_organisation(outlet):
                marked.append(index)
        found = ctx.memo["digest_headlines"] = frozenset(marked) if len(marked) >= _DIGEST_ITEMS_MIN else frozenset()
    return found


# A flash roll's item (财联社1月17日电，【央行开展5000亿元MLF操作】中国人民银行今日…): a bracketed
# headline opening the paragraph, or straight after the dateline opening it, then the flash itself.
_ROLL_ITEM_RE = regex_cache.compile(r"【(?P<head>[^【】]{6,60})】\s*(?P<body>\S.{9,})$")
_ROLL_ITEMS_MIN = 2
# Words of a writers' credit in brackets (【环球时报驻日本特约记者 张三】…): a credit, no headline.
_ROLL_CREDIT_WORDS = ("记者", "記者", "报道", "報導", "報道", "通讯员", "通訊員", "综合", "綜合", "编者按", "編者按")


def _roll_item(body: str) -> tuple[int, int] | None:
    """Where the bracketed headline of a flash roll's item stands in ``body`` (from ``【`` to past
    ``】``): at the start, or straight after a dateline that opens the line; the flash after it is
    a finished sentence. None for a writers' credit or a kind label in brackets (【快讯】)."""
    if "】" not in body[:120]:
        return None
    start = 0
    if body[:1] != "【":
        found = match_dateline(body)
        if found is None or found.start != 0:
            return None
        start = found.end + len(body[found.end :]) - len(body[found.end :].lstrip())
    item = _ROLL_ITEM_RE.match(body, start)
    if item is None:
        return None
    head, flash = item.group("head").strip(), item.group("body").rstrip()
    if any(word in head for word in _ROLL_CREDIT_WORDS) or head[-1:] in _SENTENCE_ENDS or "。" in head \
            or P.find_agency(head) is not None or han_count(head) < 4:
        return None
    if flash[-1:] not in _SENTENCE_ENDS or han_count(flash) < 10:
        return None
    return item.start(), item.end("head") + 1


def _roll_items(ctx: Context) -> frozenset[int]:
    """Where a roll of flashes (a wire desk's page of several telegraphs, each opening with its
    bracketed headline) has its items: two or more such paragraphs, none otherwise. Read once per
    document."""
    found = ctx.memo.get("roll_items")
    if found is None:
        marked = [index for index, para in enumerate(ctx.paras)
                  if "】" in para.body[:120] and _roll_item(para.body) is not None]
        found = ctx.memo["roll_items"] = frozenset(marked) if len(marked) >= _ROLL_ITEMS_MIN else frozenset()
    return found


def rule_roll_item(para: Para, ctx: Context) -> Match | None:
    """An item of a flash roll (财联社1月17日电，【国家统计局：…】国家统计局数据显示，…, then the next
    flash): its bracketed headline a heading, the flash after it (the dateline kept where it
    stands) the lead or a paragraph under it, read by the rules after this one. One page of
    several flashes is one document read as sections: a plain text has no record boundaries,
    and a heading per flash loses nothing where a split would cut a story wrongly."""
    if para.body[:1] != "【" and "】" not in para.body[:120]:
        return None
    if ctx.index not in _roll_items(ctx):
        return None
    where = _roll_item(para.body)
    if where is None:
        return None
    start, end = where
    headline = normalise(para.body[start + 1 : end - 1].strip())
    rest = para.rest((para.body[:start] + para.body[end:]).strip())
    if "title" not in ctx.meta and not ctx.hints.title and not ctx.kinds:
        return Match(meta={"title": headline}, rest=rest)  # a roll with no headline of its own: its first flash's
    return Match(blocks=(Heading(text=headline, raw=para.raw, level=_heading_level(ctx)),), rest=rest)


_DIGEST_SECTION_MAX = 8


def _digest_item_headline(para: Para, ctx: Context) -> bool:
    """A roundup's item headline (【21世纪经济报道】联合国全球城市经济竞争力20强：深圳第四！…), one of
    a series over their summaries, or the short label of a section over one (国际资讯, 债券动向):
    each a heading, an exclamation inside it or not, where a headline with one, and a label over
    it, were read as paragraphs and their neighbours as headings."""
    headlines = _digest_headlines(ctx)
    if not headlines:
        return False
    if ctx.index in headlines:
        return True
    text = para.text
    return ctx.index + 1 in headlines and _heading_shape(text) and han_count(text) >= 2 \
        and not any(mark in text for mark in "，,。：:；;、！？!?【】") and not _names_not_words(text)


_CHECKBOXES = "☐☑☒"  # a to-do's box, ticked or not, opening its item


def rule_heading(para: Para, ctx: Context) -> Match | None:
    """A short line set apart inside the body: a subheading (小标题), or a two-line one.

    Set apart means between real paragraphs: runs of three or more short lines are a
    poem-like layout of broken sentences (common in reposted WeChat copy), not headings.
    A clause-like heading (with ，or ：) must also follow a finished sentence.
    """
    md = MD_HEADING_RE.match(para.body) if para.body[:1] == "#" else None  # the shape opens with #
    if md:
        level = min(len(md.group(1)) + 1, 6)
        return Match(blocks=(Heading(text=normalise(md.group(2)), raw=para.raw, level=level),),
                     meta={"heading_levels": (level,)})
    text = para.text
    if text[:1] in _CHECKBOXES:
        return None  # ☐ 买牛奶: a to-do's item (an Evernote note's checkbox), no subheading
    has_lead = ctx.has_lead  # asked three times below; no block comes while the rule reads
    if has_lead and text[:1] in _HEADING_MARKS:
        marked = _marked_heading(para, ctx)
        if marked is not None:
            return marked
    if has_lead and len(text) <= 4 and _section_number(text, ctx):
        return _numbered_section(para, ctx)
    if ("<" in para.raw or ("*" in para.raw and "**" in para.raw)) and _STRONG_ONLY_RE.match(para.raw) and han_count(text) >= 2 and text[-1:] not in "。；;，,：:":
        # <p><strong>…</strong></p> alone: a story's headline inside a transcript or a crawled
        # subheading; one level below the last markdown heading.
        levels = ctx.meta.get("heading_levels", ())
        level = min(levels[-1] + 1, 6) if levels else 3
        return Match(blocks=(Heading(text=text, raw=para.raw, level=level),))
    if "%" in text:
        text = _LIVE_QUOTE_RE.sub("", text)  # 贝莱德（431.2, 7.37, 1.74%）固定收益业务全球首席投资官：Rick Rieder
    mark = _TIME_MARK_RE.match(text) if text[:1] in "【[［0123456789" else None
    if mark is not None and _live_updates(ctx):
        # 16:20 · 【10:32】 above a live blog's update
        return Match(blocks=(Heading(text=mark.group("stamp") or mark.group("bracketed"), raw=para.raw),))
    if not has_lead and "）" in text[:24] and _digest_item(text, ctx):
        return Match(blocks=(Heading(text=text, raw=para.raw, level=_heading_level(ctx)),))  # 某科技（300001）：拟收购…
    if not has_lead and text[:1] == "【" and _BRACKETED_HEADING_RE.match(text):
        return Match(blocks=(Heading(text=text[1:-1].strip(), raw=para.raw),))  # 【美国因素】 before the lead
    if has_lead and _bold_heading(para, ctx):
        return Match(blocks=(Heading(text=_unwrapped(text), raw=para.raw, level=_heading_level(ctx)),))
    if has_lead and (text[:1] == "【" or len(text) <= _DIGEST_SECTION_MAX) and _digest_item_headline(para, ctx):
        return Match(blocks=(Heading(text=text, raw=para.raw, level=_heading_level(ctx)),))
    if not has_lead or not _heading_shape(text) or han_count(text) < 2:
        return None
    if _DIVISION_HEADING_RE.match(text):
        return Match(blocks=(Heading(text=_unwrapped(text), raw=para.raw),))
    if "\u3000" in text and _table_row(text, ctx):
        return None
    if text[-1] in "！？!?" and len(text) > _SHORT_QUESTION_MAX and not (text[-1] in "？?" and _asks_in_headings(ctx)):
        return None
    if text[0] == "“" and text[-1] == "”" and text.count("“") == 1 and not _hinted_heading(text, ctx.hints):
        return None  # a quotation standing alone, unless the page marks it a heading (BBC's crossheads)
    if text[0] in _BOX_MARKS:
        return _box_label(para, ctx)
    if text[0] in _BULLETS + "（(—" or _is_furniture(text) or text.startswith(P.TRANSCRIPT_MARKERS):
        return None
    if text[-1] in "？?" and (asked := speaker_label(text)) is not None and asked.role == "question":
        return None  # 记者：您如何看待…？ 法新社记者：…？ an interview's question, not a subheading
    paras, i = ctx.paras, ctx.index
    before = paras[i - 1] if i > 0 else None
    if before is not None and (before.text in P.PROMO_CLOSERS or ctx.kinds[-1:] == ["end_mark"]):
        # a promotion's close (节目完): the story resumes, a subheading may open it; a release's end mark
        # (###) over its boilerplate (关于某某集团 / 某某集团成立于…): a heading opens it, as under the text
        before = None
    after = ctx.following()
    # a short line read as a caption (卢重光绘) is a picture's, not the first line of a heading pair
    before_short = before is not None and _heading_shape(before.text) and ctx.kinds[-1:] != ["caption"]
    if before_short:  # second line of a pair
        first_before = paras[i - 2] if i > 1 else None
        # a question under a short line read as no heading (an interviewee's name under a picture)
        # is asked on its own; any other line must finish a pair that opened with a heading
        bounded = (ctx.kinds[-1:] == ["heading"] or text[-1] in "？?") and not (
            first_before and _heading_shape(first_before.text) and ctx.kinds[-2:-1] != ["caption"])
        ok = bounded and _full_paragraph(after)
    elif after is not None and _heading_shape(after.text):  # first line of a pair
        ok = _full_paragraph(ctx.following(2)) and not before_short
    else:
        ok = _full_paragraph(after)
    if ok and _clause_line(text) and not _short_line(text):
        ok = before is None or before.text[-1:] in _SENTENCE_ENDS or ctx.kinds[-1:] in (["caption"], ["heading"])
    if ok and ctx.kinds[-1:] == ["caption"]:
        # a post and a name over a question and its answer (an interview series' first
        # interviewee, under the story's picture) opens a heading pair, as the others do
        ok = _titled_phrase(text) or (not before_short and after is not None and _heading_shape(after.text)
                                      and _interviewee_line(text))
    # names alone (a byline, a signature) are no subheading: asked last, as the costliest question
    # (each token against the surname lists) and one most short lines never reach
    if not ok or _names_not_words(text):
        return None
    return Match(blocks=(Heading(text=_unwrapped(text), raw=para.raw, level=_heading_level(ctx)),))


# A print page's box marks before a sidebar's label (■链接, ■记者手记, ◆背景): the label of a box, set as
# 【链接】 is, over its text.
_BOX_MARKS = "■□◆◇▌"
_BOX_LABEL_MAX = 8
_PICTURE_WORDS = ("图", "圖", "图片", "圖片", "照片", "摄", "攝")


def _box_label(para: Para, ctx: Context) -> Match | None:
    """``■链接`` over a paragraph: a heading, the mark off; a longer line, one with a clause or a
    name, or one over no paragraph (a list of ■ items) stays what it was."""
    label = para.text.lstrip(_BOX_MARKS + " \u3000")
    if not 2 <= len(label) <= _BOX_LABEL_MAX or han_count(label) < 2 or any(mark in label for mark in "，,。：:；;！？!?、"):
        return None
    if label.endswith(_PICTURE_WORDS) or has_caption_marker(label):
        return None  # ■资料图片: a picture's note
    after = ctx.following()
    before = ctx.paras[ctx.index - 1] if ctx.index else None
    if any(neighbour is not None and neighbour.text[:1] in _BOX_MARKS for neighbour in (before, after)):
        return None  # ■人才竞争 / ■补贴额度: a run of marked lines, a list's items
    titled = after is not None and _short_line(after.text) and han_count(after.text) >= 4 \
        and after.text[0] not in _BOX_MARKS and _full_paragraph(ctx.following(2))  # ■记者观察 / its title / its text
    if not (_full_paragraph(after) or titled) or _names_not_words(label) or _is_furniture(label):
        return None
    return Match(blocks=(Heading(text=label, raw=para.raw, level=_heading_level(ctx)),))


# A market digest's item: the company, its stock code in brackets, a colon and the news (晚间公告汇总:
# 某科技（300001）：拟收购某公司51%股权), over the paragraph that tells it.
_DIGEST_ITEM_RE = regex_cache.compile(
    rf"[{_HAN}A-Za-z*＊]{{2,12}}[（(](?:\d{{6}}|\d{{4,5}}\.HK|\d{{6}}\.S[HZ])[）)]\s*[:：][^。！？]{{2,40}}")
_DIGEST_REACH = 12  # lines ahead in which the digest's next item must stand


def _digest_item(text: str, ctx: Context) -> bool:
    """A digest's first item before any lead: its shape, a paragraph under it, and another item of
    the same shape below (the later ones are subheadings by the heading rule's reading; the first
    was a paragraph and the paragraph under it the lead)."""
    if _DIGEST_ITEM_RE.fullmatch(text) is None or not _full_paragraph(ctx.following()):
        return False
    return any(_DIGEST_ITEM_RE.fullmatch(later.text) is not None
               for offset in range(2, _DIGEST_REACH) if (later := ctx.following(offset)) is not None)


# The marks a paper sets before a subheading (经济日报's ■ 科技赋能, ◆, ●): a bullet too, so a
# marked line is a heading only standing alone between paragraphs, never in a run of marked lines.
_HEADING_MARKS = "■□◆◇●"
# A marked subheading a crawler glued onto its section's first paragraph, set apart only by a
# full-width space or two spaces (■ 科技赋能 　记者走访发现，…): the mark, a phrase of Han words
# with no punctuation, the gap, and the paragraph.
_GLUED_MARKED_HEADING_RE = regex_cache.compile(
    r"^[■□◆◇●][ \u3000]*(?P<head>[\u4e00-\u9fffA-Za-z0-9“”《》]{2,16})(?:[ ]*\u3000[ \u3000]*|[ ]{2,})(?P<body>[^\s].*)$"
)
_MARKED_HEADING_MIN_HAN = 4
# Words of a credit or a dateline: a marked line they open (■本报记者张三　…) is no subheading.
_CREDIT_WORDS = ("记者", "記者", "通讯员", "通訊員", "编辑", "編輯", "摄影", "攝影", "报道", "報導", "本报", "本報")


def _marked_heading(para: Para, ctx: Context) -> Match | None:
    """A subheading set off by a mark (■ 科技赋能): alone on its line between full paragraphs, or
    glued onto the paragraph it opens (■ 科技赋能 　记者走访发现，…), cut there only when the gap is
    a full-width space or two spaces, the phrase before it holds four Han characters or more and
    no punctuation, credit or place, and what follows is a finished paragraph."""
    text = para.text
    phrase = text.lstrip(_HEADING_MARKS + " \u3000")
    before = ctx.paras[ctx.index - 1] if ctx.index else None
    after = ctx.following()
    marked_beside = any(neighbour is not None and neighbour.text[:1] in _HEADING_MARKS for neighbour in (before, after))
    if marked_beside and not _glued_section(para, ctx):
        return None  # a run of marked lines: a list, not subheadings
    if _heading_phrase(phrase):
        if _full_paragraph(after) and (_full_paragraph(before) or ctx.kinds[-1:] in (["caption"], ["heading"])):
            return Match(blocks=(Heading(text=phrase, raw=para.raw, level=_heading_level(ctx)),))
        return None
    glued = _GLUED_MARKED_HEADING_RE.match(para.body)
    if glued is None or not _heading_phrase(normalise(glued.group("head"))):
        return None
    rest = para.rest(glued.group("body"))
    if not _full_paragraph(rest) or han_count(rest.text) < _MARKED_HEADING_MIN_HAN * 3:
        return None
    heading = Heading(text=normalise(glued.group("head")), raw=para.raw, level=_heading_level(ctx))
    return Match(blocks=(heading,), rest=rest)


def _glued_section(para: Para, ctx: Context) -> bool:
    """A line of a run of marked lines that each open a section: a glued subheading and a long
    paragraph (■ 科技赋能 　记者走访发现，… / ■ 服务升级 　记者了解到，…), not a list's item."""
    return _GLUED_MARKED_HEADING_RE.match(para.body) is not None and len(para.text) > _POINTED_CAPTION_MAX // 2


def _heading_phrase(phrase: str) -> bool:
    """A subheading's words: a short phrase with no punctuation, not a credit, a place or names."""
    if not _short_line(phrase) or han_count(phrase) < _MARKED_HEADING_MIN_HAN or len(phrase) > 16:
        return False
    if any(word in phrase for word in _CREDIT_WORDS) or re.search(r"[，,。：:；;、！？!?（）()]", phrase):
        return False
    if phrase in P.MAINLAND_PLACES or P.find_agency(phrase) is not None or match_dateline(phrase) is not None:
        return False
    if phrase.endswith(_PICTURE_WORDS) or has_caption_marker(phrase):
        return False  # ■资料图片: a picture's note, no subheading
    return not _names_not_words(phrase)


def _table_row(text: str, ctx: Context) -> bool:
    """A row of a table (cells set apart by full-width spaces, as the readers write a row) beside
    another row of as many cells: a line of the table, never a subheading."""
    cells = text.count("\u3000")
    for neighbour in (ctx.paras[ctx.index - 1] if ctx.index else None, ctx.following()):
        if neighbour is not None and neighbour.text.count("\u3000") == cells:
            return True
    return False


def _titled_phrase(text: str) -> bool:
    """After a picture, a subheading is a titled phrase (企图打造“亚太版北约”); an exclaimed
    sentence (…节日气氛！) or a post and a name (副首席投资官：Vincent Mortier) is more of the
    caption, unless it opens a heading pair (see ``_interviewee_line``), and two characters (此外)
    are a sentence broken at the picture."""
    named = re.split(r"[：:]", text)[-1].strip() if re.search(r"[：:]", text) else ""
    return han_count(text) >= 4 and text[-1] not in "。！？!?" and not (
        named and (named.isascii() or looks_like_names(named)))


def _interviewee_line(text: str) -> bool:
    """A post and the name after its colon (AMUNDI副首席投资官：Vincent Mortier, 某某研究院院长：王某)."""
    post, colon, named = text.rpartition("：") if "：" in text else text.rpartition(":")
    named = named.strip()
    return bool(colon) and han_count(post) >= 2 and bool(named) and (named.isascii() or looks_like_names(named))


def _unwrapped(text: str) -> str:
    """A heading's text without the brackets that wrap all of it (【观察】 → 观察); a bracketed
    label opening a longer line (【同期】剪纸艺人 张三) keeps both of its brackets."""
    for opening, closing in (("【", "】"), ("[", "]")):
        if text.startswith(opening) and text.endswith(closing) and text.count(opening) == 1:
            return text[1:-1].strip()
    return text


def _closes_a_list(ctx: Context) -> bool:
    """The paragraph is the last item of a list the line above continues with a semicolon (任命张三为
    …主任； / 免去王五的…职务。 under a notice's 经研究决定：): the list's end, not the story's lead."""
    previous = ctx.following(-1) if ctx.index > 0 else None
    return previous is not None and previous.text.endswith(("；", ";"))


_LIST_ITEM_MIN = 6  # Han characters of a list's first item that may lead (任命张三为某局局长；)


def _opens_a_list(text: str, ctx: Context) -> bool:
    """The paragraph opens the body with a list whose items end in semicolons (任命张三为…； / 任命
    李四为…； / 免去王五的…职务。), or with the short clause over such a list (经市政府研究决定：): an
    appointment notice's whole text, whose first paragraph leads it as any story's does. Not
    once a paragraph has come: a list further down opens no story."""
    if "paragraph" in ctx.kinds.seen or han_count(text) < (_DECISION_OPENING_MIN if text[-1:] in "：:" else _LIST_ITEM_MIN):
        return False
    if not (text.endswith(("；", ";")) or _decision_opening(text)):
        return False
    following = ctx.following()
    if following is None or not following.text.endswith(("；", ";")) or _is_furniture(following.text):
        return False
    return not _lead_later(ctx)


_OPENING_SENTENCE_MIN = 20  # Han characters of a full sentence that ends in a colon over what follows


def _opening_over_items(text: str, ctx: Context) -> bool:
    """A notice's first paragraph, a full sentence that ends in a colon over the items below it
    (为确保…，经市政府同意，现就有关工作通知如下：): its lead, as a story's first paragraph is; a
    short opener (记者从市统计局获悉：) is none, the sentence under it leads."""
    return text.endswith(("：", ":")) and "paragraph" not in ctx.kinds.seen and ("，" in text or "," in text) \
        and han_count(text) >= _OPENING_SENTENCE_MIN and ctx.following() is not None


def _lead_later(ctx: Context) -> bool:
    """A paragraph further down would lead the story (a full sentence not closing a list): the
    list at the top is a programme's contents or a digest over the stories, not the whole text."""
    paras = ctx.paras
    for index in range(ctx.index + 1, len(paras)):
        text = paras[index].text
        if _substantial(text) and not paras[index - 1].text.endswith(("；", ";")) and not _is_furniture(text):
            return True
    return False


def _substantial(text: str) -> bool:
    """Long enough and shaped like a sentence to be the Lead (not a credit or a fragment)."""
    return (
        han_count(text) >= 12
        and not text.endswith(("；", "，", "、", "："))
        and text[0] not in _BULLETS
        and (len(text) > 60 or any(char in text for char in "。，！？；,!?"))  # a sentence, not a credit
    )


@cache
def _lead_outlet_re() -> re.Pattern[str]:
    # an unlisted outlet: a name ending in an organisation suffix, holding no 从/记者 of a sentence
    generic = rf"(?:(?!从|從|据|據|记者|記者)[{_HAN}A-Za-z0-9]){{2,8}}?(?:{P._alternation(P.AGENCY_SUFFIXES)})"
    return regex_cache.compile(
        rf"^(?:据|據)?(?P<outlet>{P.agency_alternation()}|{generic})(?:记者|記者)?(?:独家|獨家)?"
        rf"(?:(?:从|從)[^，。,：:！？；]{{1,24}}?)?(?:{P._alternation(P.LEAD_SOURCE_VERBS)})"
    )


def _lead_outlet(text: str) -> str | None:
    """The outlet a lead names as its own source (``36氪获悉，…``, ``据界面新闻记者独家了解到``);
    None for this paper (本报获悉) or a sentence's subject (该公司从…获悉)."""
    if not any(verb in text[:40] for verb in P.LEAD_SOURCE_VERBS):
        return None
    match = _lead_outlet_re().match(text)
    if match is None:
        return None
    outlet = match.group("outlet")
    found = P.find_agency(outlet)
    if found is not None:
        return None if found.name in P.THIS_PAPER else found.name
    return None if outlet.startswith(("本", "该", "該", "此", "其", "我")) else outlet


def rule_paragraph(para: Para, ctx: Context) -> Match | None:
    """The fallback: the first substantial paragraph is the Lead, every other one a Paragraph.

    A lead opening with its outlet as source (``36氪获悉，…``) names the agency of last resort.
    A digest's items run into one line (当升科技：…。金陵药业：…。) are a paragraph each."""
    text = para.text
    # a digest's items hold three colons or more: the count first, in C, for every paragraph
    run_in = text.count("：") >= _RUN_IN_ITEMS_MIN
    if not ctx.has_lead and text[-1:] in "：:" and len(text) <= _OPENER_MAX:
        opener = _opener_over_lead(para, ctx)
        if opener is not None:
            return opener
    if not ctx.has_lead and not _is_furniture(text) and (
            (("dateline" in ctx.meta or _substantial(text)) and not _closes_a_list(ctx)) or _opens_a_list(text, ctx)
            or _opening_over_items(text, ctx)):
        outlet = _lead_outlet(text) if "dateline" not in ctx.meta else None
        items = _run_in_blocks(para.body, para.raw, lead=True) if run_in else ()
        return Match(blocks=items or (Lead(text=text, raw=para.raw),), meta={"lead_agency": outlet} if outlet else {})
    items = _run_in_blocks(para.body, para.raw, lead=False) if run_in else ()
    return Match(blocks=items or (Paragraph(text=text, raw=para.raw),))


_OPENER_MAX = 60
# What makes a short line ending in a colon a sentence's opening (who told, who issued: 记者从…获悉：,
# 据…消息：, 中央气象台…发布…：), not a label over a text (基金宗旨：)
_OPENER_VERBS = (*P.LEAD_SOURCE_VERBS, "得知", "获知", "獲知", "发布", "發布", "發佈", "消息", "通报", "通報", "宣布",
                 "显示", "顯示", "报道", "報道", "報導", "介绍", "介紹", "表示", "指出")
# An item's number opening a line (1. · 一、 · （一） · 第一，): a list's, not the story's first sentence
_NUMBERED_OPENING_RE = regex_cache.compile(r"[0-9０-９]|[（(][一二三四五六七八九十\d]|[一二三四五六七八九十]+[、．.]|第[一二三四五六七八九十]")
_OPENER_MIN_HAN = 6


def _opener_over_lead(para: Para, ctx: Context) -> Match | None:
    """A short line ending in a colon over the story's first sentence, before anything of the body
    (中央气象台12月5日06时继续发布寒潮蓝色预警： · 记者从市统计局获悉：): the lead's opening words a
    copy set on a line of their own, not a paragraph above the lead; an issuing line gives the issuer
    and the day too. Not over a list, a speaker's words or a dateline, which read as they are."""
    text = para.text
    below = _sentence_under_opener(text, ctx)
    if below is None:
        return None
    meta = (_issued_line(text) or {}) if "dateline" not in ctx.meta else {}
    lead = Lead(text=text + below.text, raw=f"{para.raw}\n{below.raw}")
    return Match(blocks=(lead,), meta=meta, consumed=2)


def _sentence_under_opener(text: str, ctx: Context) -> Para | None:
    """The line under ``text``, a short opener ending in a colon, when that line is the sentence the
    opener begins (a full paragraph, no list's item, speaker's words or dateline); None otherwise."""
    if not _holds_any(text, _OPENER_VERBS):
        return None  # 基金宗旨： a label over its text, no sentence's opening
    below = ctx.following()
    if below is None or han_count(text) < _OPENER_MIN_HAN or any(mark in text[:-1] for mark in "。！？!?；;：:") \
            or text[0] in _BULLETS or text[0].isdigit() or not _substantial(below.text) or not _full_paragraph(below) \
            or below.text.endswith(("；", ";")) or _NUMBERED_OPENING_RE.match(below.text) or _holds_any(below.text[:8], ("：", ":")) \
            or match_dateline(below.body) is not None:
        return None
    return below


_RUN_IN_ITEMS_MIN = 3
# An item of a digest: a short name (a listed company's, a place's), its colon, and one sentence of
# news (当升科技：9614.5万元竞得常州市工业用地。). The name holds no pause or quotation mark.
_RUN_IN_ITEM_RE = regex_cache.compile(r"(?P<name>[^\s，。,；;：:、“”「」《》（）()]{2,8})[：:](?P<news>[^。：:]{6,}?。)")
# A name that is a speaker's verb (会议指出：, 他强调：): a statement's parts, one paragraph.
_RUN_IN_NOT_NAMES = ("指出", "强调", "強調", "表示", "认为", "認為", "要求", "提出", "透露", "介绍", "介紹", "显示",
                     "顯示", "宣布", "回应", "回應", "坦言", "直言", "建议", "建議", "决定", "決定", "明确", "明確",
                     "提到", "称", "稱", "说", "說", "问", "問", "答", "注", "如下", "发现", "發現", "表明", "提醒",
                     "写道", "寫道", "回答", "答复", "答覆", "解释", "解釋", "预计", "預計", "预测", "預測", "估计",
                     "估計", "分析", "总结", "總結", "报道", "報道", "報導", "提示", "规定", "規定")


def _run_in_items(body: str) -> list[str] | None:
    """The items of a digest run into one line (证券时报's 午间公告: 当升科技：…。金陵药业：…。运达股份：…。),
    each a name, its colon and one sentence, three or more covering the whole text and every name
    another; None for any other text."""
    if body.count("：") + body.count(":") < _RUN_IN_ITEMS_MIN:
        return None
    items: list[str] = []
    names: set[str] = set()
    at = 0
    for found in _RUN_IN_ITEM_RE.finditer(body):
        name = found.group("name")
        if found.start() != at or name in names or name.endswith(_RUN_IN_NOT_NAMES):
            return None
        names.add(name)
        items.append(found.group(0))
        at = found.end()
    return items if len(items) >= _RUN_IN_ITEMS_MIN and not body[at:].strip() else None


def _run_in_blocks(body: str, raw: str, *, lead: bool) -> tuple[Block, ...]:
    """A digest's items as blocks, the first the lead when the text has none yet; () for any
    other text. The first keeps the raw line up to the second item, each other its own item."""
    items = _run_in_items(body.strip())
    if items is None:
        return ()
    second = raw.find(items[1])
    first_raw = raw[:second].rstrip() if second > 0 else raw
    first: Block = Lead(text=normalise(items[0]), raw=first_raw) if lead else Paragraph(text=normalise(items[0]), raw=first_raw)
    return (first, *(Paragraph(text=normalise(item), raw=item) for item in items[1:]))


_OWN_REPORTER_BLOCKS = 6  # blocks into the story where its own reporters show themselves


@cache
def _own_reporter_re() -> re.Pattern[str]:
    # not a report quoted from another outlet: 据/援引/引述 美国之音记者…
    return regex_cache.compile(
        rf"(?<!据)(?<!據)(?<!援引)(?<!引述)(?<!转引)(?<!轉引)(?P<outlet>{P.agency_alternation()})(?:记者|記者)")


_QUESTIONER_PREFIX_MAX = 4  # a place before the outlet (台湾TVBS记者：, 香港凤凰卫视记者：)


def _questioner_label(text: str, found: re.Match[str]) -> bool:
    """``台湾TVBS记者：…？`` opening a paragraph: a press conference's transcript names who asks
    (法新社记者：, 彭博社记者：), each another outlet's reporter; none of them is the story's."""
    return found.start() <= _QUESTIONER_PREFIX_MAX and text[found.end() : found.end() + 1] in ("：", ":")


def own_reporter_outlet(blocks: Sequence[Block]) -> str | None:
    """A listed outlet whose reporter works in the story's first paragraphs (美国之音记者联系国务院,
    他对美国之音记者说): the outlet the story is by, when nothing else names one (a wire that
    never names itself otherwise). Not this paper (本报记者), not a report quoted (据…记者)."""
    for block in blocks[:_OWN_REPORTER_BLOCKS]:
        text = block.text if isinstance(block, Lead | Paragraph) else ""
        if "记者" not in text and "記者" not in text:
            continue
        found = _own_reporter_re().search(text)
        if found is not None and _questioner_label(text, found):
            continue
        agency = P.find_agency(found.group("outlet")) if found is not None else None
        if agency is not None and agency.name not in P.THIS_PAPER:
            return agency.name
    return None


DEFAULT_RULER = Ruler(
    (
        Rule("title", rule_title, after_lead=False),
        Rule("official_header", rule_official_header, max_chars=INFO_MAX),
        Rule("furniture", rule_furniture),
        Rule("credit_over_caption", rule_credit_over_caption, max_chars=_CREDIT_OVER_CAPTION_MAX),
        Rule("hinted_caption", rule_hinted_caption, needs_hint="captions"),
        Rule("page_standfirst", rule_page_standfirst, needs_hint="standfirst", after_lead=False),
        Rule("subtitle", rule_subtitle, after_lead=False),
        Rule("bracketed_credit", rule_bracketed_credit, max_chars=_BRACKETED_CREDIT_MAX),
        Rule("issue_line", rule_issue_line, max_chars=_ISSUE_LINE_MAX),
        Rule("header_line", rule_header_line, max_chars=max(_SEPARATED_LINE_MAX, _HEADER_LINE_MAX)),
        Rule("closing_source", rule_closing_source, max_chars=_CLOSING_CREDIT_MAX),
        Rule("reprint", rule_reprint, max_chars=_REPOST_CARD_MAX),
        Rule("editor_note", rule_editor_note),
        Rule("opening_note_continued", rule_opening_note_continued, after_lead=False),
        Rule("series", rule_series, max_chars=_SERIES_MAX),
        Rule("related", rule_related, max_chars=_RELATED_LINE_MAX),
        Rule("editor_line", rule_editor_line, max_chars=_EDITOR_LINE_MAX),
        Rule("closing_credits", rule_closing_credits),
        Rule("trailing_editor", rule_trailing_editor),
        Rule("end_mark", rule_end_mark),
        Rule("trailing_credit", rule_trailing_credit),
        Rule("turn", rule_turn),
        Rule("byline", rule_byline),
        Rule("print_edition", rule_print_edition),
        Rule("broadcast_cue", rule_broadcast_cue),
        Rule("live_update", rule_live_update, max_chars=_LIVE_UPDATE_MAX),
        Rule("standfirst", rule_standfirst, max_chars=_STANDFIRST_CHARS[1]),
        Rule("roll_item", rule_roll_item),
        Rule("dateline", rule_dateline, after_lead=False),
        Rule("caption", rule_caption),
        Rule("attachments", rule_attachments, max_chars=_ATTACHMENTS_LINE_MAX),
        Rule("list_item", rule_list_item, needs_hint="list_items"),
        Rule("point", rule_point),
        Rule("imprint", rule_imprint, max_chars=_IMPRINT_LINE_MAX),
        Rule("appended_title", rule_appended_title, max_chars=_OFFICIAL_LINE_MAX),
        Rule("signature", rule_signature, max_chars=_SIGNATURE_LINE_MAX),
        Rule("salutation", rule_salutation, max_chars=max(SALUTATION_MAX, ADDRESSEE_MAX), after_lead=False),
        Rule("speaker_label", rule_speaker_label, max_chars=_SPEAKER_LABEL_MAX),
        Rule("note_continued", rule_note_continued),
        Rule("heading", rule_heading),
        Rule("paragraph", rule_paragraph),
    )
)
