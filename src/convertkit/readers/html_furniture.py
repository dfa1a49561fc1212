"""Turning the extractor's main-content tree into source lines, and keeping page furniture out.

trafilatura finds the main content well but not perfectly on Chinese portals: share widgets,
QR-code prompts, pagers, "推荐新闻" lists and copyright lines often survive inside its tree.
This module flattens that tree into ``Segment``s (one per ``<p>``, heading, list item, cell or
``<br>``-separated run, each knowing how much of its text is link text) and then applies
general rules: furniture phrases, link density, trailer headings after which a page has only
recommendations, and the editor line that closes an article. Rules are about page shapes,
never about one site.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import regex_cache
from ..structure.patterns import DECORATED_END_MARK
from ..transforms.punctuation import han_count
from ..transforms.script import has_traditional

if TYPE_CHECKING:  # annotations only: the JSON reader uses this module without parsing any HTML
    from lxml import etree

_SENTENCE_RE = regex_cache.compile(r"[。！？；，,.!?]")
_END_MARK_RE = regex_cache.compile(DECORATED_END_MARK, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Segment:
    """One line of the main content: text, its link share, the links it holds, its role."""

    text: str
    kind: str = "text"  # text | heading | item | code | image
    link_chars: int = 0
    refs: tuple[tuple[str, str], ...] = ()
    # A list item's marker as the page draws it: • for an unordered list's item, its number (1.)
    # for an ordered one's; empty for any other line, a list of one item, or an item's later lines.
    label: str = ""
    depth: int = 0  # a list item's nesting: 1 for an item of a list inside another list's item

    @property
    def link_share(self) -> float:
        size = len(self.text.replace(" ", ""))
        return self.link_chars / size if size else 0.0


@dataclass
class _Builder:
    """Accumulates inline text until a block boundary (a private helper of ``segments``)."""

    out: list[Segment] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    refs: list[tuple[str, str]] = field(default_factory=list)
    kind: str = "text"
    label: str = ""
    depth: int = 0

    def add(self, text: str | None, *, linked: bool = False) -> None:
        if text:
            self.parts.append(text)
            if linked:
                self.link_chars += len("".join(text.split()))

    def flush(self) -> None:
        # Text straight inside <body> (pages without <p>) separates paragraphs by blank lines.
        chunks = [" ".join(chunk.split()).replace(f" {CELL_GAP} ", "　").replace(CELL_GAP, "")
                  for chunk in _BLANK_LINE_RE.split("".join(self.parts))]
        chunks = [chunk for chunk in chunks if chunk]
        for number, chunk in enumerate(chunks):
            links = self.link_chars if len(chunks) == 1 else 0
            self.out.append(Segment(chunk, self.kind, links, tuple(self.refs), "" if number else self.label,
                                    self.depth))
        if chunks:
            self.label = ""  # an item's marker goes with its first line only
        self.parts, self.link_chars, self.refs, self.kind, self.depth = [], 0, [], "text", 0


_BLANK_LINE_RE = regex_cache.compile(r"\n[ \t\r\f\v\u3000]*\n")

# Between two cells of a table row (a private-use mark no page prints); a full-width space in the line.
CELL_GAP = "\ue000"

_BLOCK_TAGS = {"p", "head", "item", "list", "quote", "table", "row", "div", "section", "article",
               "body", "doc", "main", "code", "dl"}
_BLOCKS_XPATH = "./descendant::*[" + " or ".join(f"self::{tag}" for tag in sorted(_BLOCK_TAGS | {"cell", "graphic"})) + "]"


def _inline_cell(element: etree._Element) -> bool:
    """A table cell holding only text: one column of its row's line. A data table (统计表, a
    duty roster) reads a row to a line (指标　绝对量　增速); a cell per line tore the rows apart
    and dropped the cells of bare numbers as symbol residue. A layout table's cell holds
    paragraphs and stays a block."""
    return not element.xpath(_BLOCKS_XPATH)


def segments(body: etree._Element) -> list[Segment]:
    """Flatten trafilatura's XML body into segments in reading order."""
    builder = _Builder()

    def walk(element: etree._Element, *, linked: bool) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "graphic":
            builder.flush()
            builder.out.append(Segment(element.get("alt") or "", "image"))
            builder.add(element.tail, linked=linked)
            return
        if tag == "lb":
            kind = builder.kind
            builder.flush()
            builder.kind = kind
            builder.add(element.tail, linked=linked)
            return
        block = tag in _BLOCK_TAGS or (tag == "cell" and not _inline_cell(element))
        if tag == "cell" and not block and builder.parts:
            builder.add(f" {CELL_GAP} ")
        if block:
            pending = builder.label if tag == "p" and not "".join(builder.parts).strip() else ""  # <li><p>…</p></li>: the item's text
            depth = builder.depth if pending else 0
            builder.flush()
            builder.kind = "item" if pending else {"head": "heading", "item": "item", "code": "code"}.get(tag, "text")
            builder.label = _item_label(element) if tag == "item" else pending
            builder.depth = _item_depth(element) if tag == "item" else depth
        is_link = linked or tag == "ref"
        if tag == "ref":
            target = (element.get("target") or "").strip()
            label = " ".join("".join(element.itertext()).split())
            if target and not target.startswith(("javascript:", "#")):
                builder.refs.append((label, target))
        builder.add(element.text, linked=is_link)
        for child in element:
            walk(child, linked=is_link)
        if block:
            builder.flush()
        builder.add(element.tail, linked=linked)

    walk(body, linked=False)
    builder.flush()
    return builder.out


def _item_depth(item: etree._Element) -> int:
    """How many lists up from the item's own list the item sits: 0 for an item of a list in the
    text, 1 for an item of a list inside another list's item (a <ul> in an <li>)."""
    return sum(1 for ancestor in item.iterancestors("item"))


BULLET = "• "  # an unordered list's item marker, with the space that sets it off from the text


def _item_label(item: etree._Element) -> str:
    """The marker a browser draws before a list's item (trafilatura's ``<list rend="ul|ol">``):
    • for an unordered list's, the item's number for an ordered one's; none for a list of one item,
    which is a layout box (an article set inside one ``<li>``), no list."""
    parent = item.getparent()
    if parent is None or parent.tag != "list":
        return ""
    siblings = [child for child in parent if child.tag == "item"]
    if len(siblings) < 2:
        return ""
    if (parent.get("rend") or "").lower() == "ol":
        return f"{siblings.index(item) + 1}."
    return BULLET


# --- furniture ---------------------------------------------------------------------------------

# Words of a follow-us prompt (官方微信：…, 微信公众号：…) that a story may use too: a sentence
# about the players watching the game's 官方微信微博 is prose, so only a short line is furniture.
_ACCOUNT_WORDS_RE = regex_cache.compile(r"微信公众号|官方微信")
_PROSE_WITH_ACCOUNT_WORDS = 30

# Phrases that only page furniture uses. Matched against short segments (see ``is_furniture``).
# Each phrase is one that news prose does not use (扫码, 二维码 alone could be news: "扫描二维码即可购票");
# 发表评论 is a button only where it stands alone (媒体发表评论说 is news).
_FURNITURE_RE = regex_cache.compile(
    r"分享到|分享让更多人看到|扫一扫|扫描.{0,8}二维码.{0,8}(?:关注|下载)|二维码.{0,6}关注|长按.{0,6}二维码|关注我们$|"
    r"关注(?:该|此|本)?公众号|关注微信|预览时标签不可点|轻点两下取消|^返回[^。！？，,\s]{1,8}[，,]\s*查看更多$|下载客户端|打开APP|"
    r"APP专享|点击查看|点击进入|点击阅读|点击刷新|阅读原文|阅读全文|展开全文|查看全部|字号\s*[:：]?\s*\[?大|【?打印本页|关闭窗口|"
    r"返回顶部|回到顶部|上一篇|下一篇|上一页|下一页|当前位置|您所在的位置|现在位置|首页\s*[>》]|"
    r"版权所有|版权声明|Copyright|©|ICP备|ICP证|举报电话|举报邮箱|违法和不良信息|不良信息举报|网站地图|^联系我们$|"
    r"免责声明|登录超时|免注册|快速登录|(?:^|\s)(?:我要评论|发表评论)(?:\s|$|[(（]?\d)|^网友评论|^评论\s*[(（]?\d+[)）]?$|已有\d+人(?:参与|评论|点赞)|"
    r"条评论$|参与互动|感谢您的反馈|您的反馈|【纠错】|^纠错$|【编辑推荐】|猜你喜欢|为您推荐|热门推荐|推荐阅读|更多精彩|"
    r"更多>|更多»|责任编辑.{0,10}标签|本文来源于|转载请注明|未经授权.{0,10}转载|不得转载|禁止转载|请勿转载$|"
    r"【详细】|\[详细\]|详细>>|回复【|点击菜单栏|点【在看】|^在看$|已输入\d+字|^我要跟帖|^跟帖|跟帖\s*\d+|"
    r"评论[(（]\d+[)）]|申请加入.{0,10}(?:号|媒体团)|客户端$|APP$|^更多$|^订阅.{0,12}电子报$|^(?:广告|推广)$|加入.{0,16}LINE.{0,4}好友|"
    r"报料有奖|有奖报料|阅读体验更佳|请下载.{0,12}(?:APP|客户端|应用)$|下载.{0,12}(?:APP|客户端|应用)[，,].{0,8}更多|"
    r"欢迎下载.{0,12}(?:APP|客户端)|建议您(?:加入|成为|登录|订阅)|^分享至\s*\S{0,12}$|"
    # a cookie or privacy consent banner (…隐私声明。当您关闭此视窗，代表您同意上述规范。)
    r"(?:隐私|Cookie).{0,40}(?:代表|即表示|视为)您?已?同意|(?:代表|即表示|视为)您?已?同意.{0,30}(?:隐私|Cookie)|"
    r"^[\s\[【（(]*(?:责任编辑|编辑|责编)\s*[:：]?\s*[】\]）)]?$|"  # a CMS's editor field left empty
    # a time or source label whose value the page's script fills (法广's 发表时间： beside a <time>)
    r"^[\s\[【（(]*(?:(?:发表|发布|更新)?(?:时间|日期)|来源|出处)\s*[:：]\s*[】\]）)]?$",
    re.IGNORECASE,
)

_DISCLAIMER_RE = regex_cache.compile(
    r"^\s*(?:[【\[（(]\s*(?:免责声明|特别声明|版权声明)\s*[】\]）)]|[【\[（(]?(?:免责声明|特别声明|版权声明|声明)[】\]）)]?\s*[:：])")

# A teaser block ends with a "more" link, however long its blurb.
_TEASER_END_RE = regex_cache.compile(r"(?:【详细】|\[详细\]|【详情】|详细>>|更多>>|全文>>|阅读全文>?)\s*$")

# Headings after which a page holds only recommendations: the article is over.
_TRAILER_RE = regex_cache.compile(
    r"^[\s【\[]*(?:推荐阅读|推荐新闻|热点推荐|热门推荐|频道推荐|为您推荐|猜你喜欢|相关推荐|精彩推荐|编辑推荐|今日推荐|"
    r"热点聚焦|热门新闻|热门文章|图片新闻|最新新闻|最新文章|精彩图片|排行榜|热门排行|点击排行|新闻排行|小编最近文章|"
    r"(?:网友|股友|读者|用户|最新|精彩|精选|热门|全部)?(?:评论|留言)(?:区|板)?|新媒体实验室|网罗天下|大家都在看|看了本文的人还看了|更多新闻|更多精彩|"
    r"热门视频|精彩视频|24小时热文|关注公众号查看全文|特别声明|最新报道|相关热门文章|热门报道|"
    r"更多\S{0,4}推荐(?:新闻|文章|阅读)?)[\s】\]>》:：]*$"
)

# Headings that introduce an editorial list of related articles with their links.
RELATED_RE = regex_cache.compile(r"^[\s【\[]*(?:相关链接|相关阅读|延伸阅读|相关新闻|相关报道|相关文章|链接|更多报道详见)[\s】\]:：]*$")

# A widget's label glued before a line (中国政府网: 【我要纠错】 责任编辑：王五): the label goes, the line stays.
WIDGET_PREFIX_RE = regex_cache.compile(r"^\s*[【\[]\s*(?:我要)?(?:纠错|糾錯)\s*[】\]]\s*")
# A link back to the portal glued to the story's last paragraph (…整顿仍将持续。返回腾讯网首页>>).
WIDGET_SUFFIX_RE = regex_cache.compile(r"(?<=[。！？”」）)])\s*返回[^。！？，,\s]{1,10}首页\s*[>»›]*\s*$")

_EDITOR_LINE_RE = regex_cache.compile(r"^[\s\[【（(]*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：|丨]")
# One credit of the block that closes a self-media post, one a line under the editor's (WeChat:
# 编辑 | 张三 / 审核 | 李四 / 监制：王五 / 来源 | 人民日报).
_CREDIT_LINE_RE = regex_cache.compile(
    r"^[\s\[【（(]*(?:审核|審核|终审|終審|初审|二审|三审|审校|審校|校对|校對|监制|監製|统筹|統籌|策划|策劃|制作|製作"
    r"|出品|主编|主編|值班编辑|美编|美編|设计|設計|排版|文字|图片|圖片|摄影|攝影|视频|視頻|来源|來源|作者|责任编辑|責任編輯"
    r"|责编|責編|编辑|編輯)\s*[:：|｜丨/／]\s*[^\s:：|｜丨。，,！？]")
_CREDIT_LINE_MAX = 40


@functools.cache
def _t2s() -> Callable[[str], str]:
    """Traditional → Simplified, so one set of phrases serves pages in either script."""
    import opencc

    return opencc.OpenCC("t2s").convert


def simplified(text: str) -> str:
    """``text`` in Simplified characters; OpenCC is loaded only once a Traditional page needs it."""
    return _t2s()(text) if has_traditional(text) else text


# Below this share of linked characters, a short line's link is a word of the line, not the line.
_KEYWORD_LINK_SHARE = 0.3


# A linked title with the date it ran in brackets after it, a bullet perhaps before it: an item of
# a list of other stories (an old portal's 相关链接 table: ·一季度物价平稳 (2005/04/15 09:30)).
_DATED_TEASER_RE = regex_cache.compile(
    r"^[·・•●◆■▪\-]?\s*[^。！？；]{2,40}?\s*[（(\[]\s*(?:(?:19|20)?\d{2}\s*[-/.年])?\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[）)\]]$")
_DATED_TEASER_MAX = 60


def is_furniture(segment: Segment) -> bool:
    """Page furniture: a phrase only widgets use, a link-dominated line, or mere symbols."""
    text = simplified(segment.text)
    if segment.kind == "image":
        return False
    if han_count(text) == 0 and segment.kind != "code" and not re.search(r"[A-Za-z]{3,}.*[.!?]|\d{2,}.*[A-Za-z]", text):
        # numbers, symbols, "|  |" residue; a program's lines (import os, def f():) are text, and so
        # is a post's end mark (- END -, —END—), which the text of the same post keeps
        return _END_MARK_RE.fullmatch(text) is None
    if len(text) <= 80 and _FURNITURE_RE.search(text):
        return True
    if len(text) <= 80 and _ACCOUNT_WORDS_RE.search(text) and han_count(text) < _PROSE_WITH_ACCOUNT_WORDS:
        return True
    if _DISCLAIMER_RE.match(text) or _TEASER_END_RE.search(text):
        return True
    if segment.refs and len(text) <= _DATED_TEASER_MAX and _DATED_TEASER_RE.match(text):
        return True  # ·<a>一季度物价平稳</a> (2005/04/15 09:30): a related list's linked title and its date
    if segment.refs and len(text) <= 40 and not body_like(text) and not 0 < segment.link_share < _KEYWORD_LINK_SHARE:
        # a teaser link (often an image link whose label follows the anchor); a line with a word
        # of it linked (a stock's name linked to its quote: <a>PIMCO</a>首席投资官：Dan Ivascyn) is text
        return True
    return segment.link_share >= 0.6 or (segment.link_share >= 0.4 and not _SENTENCE_RE.search(text[-1:]))


def holds_furniture(text: str) -> bool:
    """A furniture phrase anywhere in the line, however long: widget words glued into a line."""
    return _FURNITURE_RE.search(simplified(text)) is not None


def is_trailer(segment: Segment) -> bool:
    """A recommendations heading, a teaser ending in a "more" link, a disclaimer: the article is over."""
    text = simplified(segment.text)
    return ((len(text) <= 20 and _TRAILER_RE.match(text) is not None) or _TEASER_END_RE.search(text) is not None
            or _DISCLAIMER_RE.match(text) is not None)


def is_related_label(segment: Segment) -> bool:
    return len(segment.text) <= 12 and RELATED_RE.match(simplified(segment.text)) is not None


def is_editor_line(text: str) -> bool:
    return len(text) <= 40 and _EDITOR_LINE_RE.match(simplified(text)) is not None


def is_credit_line(text: str) -> bool:
    """A line of the credit block under a post (审核 | 李四, 监制：王五, 来源 | 人民日报)."""
    return len(text) <= _CREDIT_LINE_MAX and _CREDIT_LINE_RE.match(simplified(text)) is not None


def body_like(text: str) -> bool:
    """A prose line: enough Han characters and sentence punctuation."""
    return han_count(text) >= 15 and _SENTENCE_RE.search(text) is not None


def body_score(lines: Iterable[str]) -> int:
    """Han characters in prose lines: how much article a candidate extraction holds."""
    return sum(han_count(line) for line in lines if body_like(line))
