"""Page facts outside the extracted body: the info line under the headline, bylines, related links.

News pages print their facts around the headline in a handful of shapes (``2019-09-24 09:10
来源：新华社``, ``石佳/中国青年报`` above a date, ``中国网 2019-11-25 10:37:31``, ``2019年09月07日
04:04 北京日报``). The page is flattened into visible lines, the headline is found among them,
and only the few lines around it are read, so a date or 来源 elsewhere on the page (a sidebar,
a teaser) never becomes the article's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree
from lxml import html as lxml_html

from .. import regex_cache
from .html_furniture import RELATED_RE, body_like, holds_furniture, is_editor_line
from .html_meta import (
    ABOUT_WRITER_WORDS,
    authors_from_text,
    editors_from_text,
    is_info_line,
    is_organisation,
    is_person_name,
    normalise_time,
    source_from_text,
)


@dataclass(frozen=True, slots=True)
class Facts:
    """Facts read from a line or a page; each empty when unsaid."""

    published: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()


def squash(value: str) -> str:
    """Letters and digits only: headlines are compared across spacing and punctuation variants."""
    return re.sub(r"[\W_]+", "", value)


def same_title(text: str, title: str | None) -> bool:
    """The headline again (as a page line or a body line), allowing a short suffix such as a date."""
    if not title:
        return False
    line, head = squash(text), squash(title)
    return bool(head) and (line == head or (line.startswith(head) and len(line) - len(head) <= 4))


def merge_facts(facts: list[Facts]) -> Facts:
    """First answer wins for single facts (callers order sources strongest first); names accumulate.
    A day alone gives way to a later answer with the same day and its time (<meta> 2019-06-15,
    the info line 2019年06月15日08:18)."""
    published = next((f.published for f in facts if f.published), None)
    if published is not None and len(published) == len("2019-06-15"):
        published = next((f.published for f in facts if f.published and f.published.startswith(published + "T")),
                         published)
    source = next((f.source for f in facts if f.source), None)
    authors = tuple(dict.fromkeys(name for f in facts for name in f.authors))
    editors = tuple(dict.fromkeys(name for f in facts for name in f.editors))
    return Facts(published, source, authors, editors)


def facts_of(text: str) -> Facts:
    """Everything one info line states: ``2020年07月04日 12:10 来源：求是网 作者：…``."""
    return Facts(normalise_time(text), source_from_text(text), authors_from_text(text), editors_from_text(text))


def page_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """The visible text of the page, one line per block, for the info line near the headline."""
    body = tree.find("body")
    root = body if body is not None else tree
    out: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        line = " ".join("".join(parts).split())
        if line:
            out.append(line)
        parts.clear()

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in ("script", "style", "noscript", "template") or not tag:
            if element.tail:
                parts.append(element.tail)
            return
        block = tag not in ("a", "em", "i", "b", "strong", "font", "small", "label", "time", "span", "u", "sup", "sub")
        if block:
            flush()
        elif tag in _FIELD_TAGS:
            parts.append(" ")  # <span>新京报</span><span>记者 周明</span>: fields, not one word
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
        if block or tag == "br":
            flush()
        if element.tail:
            parts.append(" " + element.tail)

    walk(root)
    flush()
    return out


# Inline elements that info lines use to hold one field each.
_FIELD_TAGS = frozenset(("span", "time", "label", "a"))


def visible_facts(page_lines: list[str], title: str | None, marked_authors: frozenset[str] = frozenset(),
                  last_prose: str | None = None) -> Facts:
    """Date, 来源 and author from the info line(s) just around the headline on the page.

    ``marked_authors``: texts the markup calls an author (see ``author_texts``); a bare name under
    the headline is a byline only when the markup says so. ``last_prose``: the body's last
    paragraph, past which nothing is under the headline (see ``_before_body``)."""
    if not title:
        return Facts()
    positions = [i for i, line in enumerate(page_lines) if same_title(line, title)]
    facts: list[Facts] = []
    for position in positions[:4]:
        window = page_lines[max(0, position - 2): position + 8]
        facts.extend(facts_of(line) for line in window
                     if is_info_line(line) or is_editor_line(line) or same_title(line, title))
        under = page_lines[position + 1: position + 4]
        for offset, line in enumerate(under):
            if len(line) <= 60 and _LEADING_DATE_RE.match(line) and not _DATED_SENTENCE_RE.match(line):
                # ``2019-05-17 · 苏皖城市报道``; ``2019年09月07日 04:04 北京日报`` also names the source.
                trailing = _DATE_THEN_NAME_RE.match(line)
                facts.append(Facts(published=normalise_time(line),
                                    source=trailing.group("name") if trailing else None))
                # ``石佳/中国青年报`` or ``新华社`` on its own line right above the date.
                if offset > 0:
                    facts.append(byline_facts(under[offset - 1]))
            if len(line) <= _MAX_STAMPED_CHARS and _ENDS_WITH_CLOCK_RE.search(line):
                # ``原创 GameForce 2019-09-04 22:18:34``: an account and its posting time.
                facts.append(Facts(published=normalise_time(line)))
            elif len(line) <= _MAX_STAMPED_CHARS and not _SENTENCE_MARK_RE.search(line) \
                    and (clocked := _CLOCKED_DATE_RE.search(line)):
                # ``文｜财新周刊 王力 2026年10月21日 09:15 来源于 《财新周刊》``: fields around the
                # page's time, with no sentence mark to make it a caption or prose.
                facts.append(Facts(published=normalise_time(line[clocked.start():])))
            named = _NAME_THEN_DATE_RE.match(line)
            if named and _is_outlet(named.group("name")):  # aggregators: ``中国网 2019-11-25 10:37:31``
                facts.append(Facts(published=normalise_time(line), source=named.group("name")))
        for line in _before_body(page_lines[position + 1:], last_prose):
            facts.append(credit_facts(line) or _marked_author(line, marked_authors))
        facts.extend(Facts(published=split_date(line)) for line in page_lines[max(0, position - 4): position + 4])
    return merge_facts(facts)


# Class names (and microdata) that mark the author's name: 联合早报's <span class="author">周明</span>.
_AUTHOR_CLASS_RE = regex_cache.compile(r"(?:^|[-_])(?:author|byline|writer|reporter)(?:$|[-_])", re.IGNORECASE)


# A button or a link of an author's box (澎湃's <div class="link" onclick="followUser(this)">关注</div>),
# by its class or its words: never the writer's name.
_BUTTON_CLASS_RE = regex_cache.compile(r"btn|button|follow|link|subscribe|more", re.IGNORECASE)
_BOX_BUTTONS = frozenset(("关注", "關注", "已关注", "已關注", "订阅", "訂閱", "私信", "主页", "主頁", "更多", "作者", "专栏", "專欄"))


def author_texts(tree: lxml_html.HtmlElement) -> frozenset[str]:
    """The short texts of elements the markup marks as the author (class, itemprop, rel)."""
    found: set[str] = set()
    for element in tree.xpath('//*[@class or @itemprop="author" or @rel="author"]'):
        marked = element.get("itemprop") == "author" or element.get("rel") == "author" or any(
            _AUTHOR_CLASS_RE.search(name) for name in (element.get("class") or "").split())
        if marked:
            text = " ".join("".join(element.itertext()).split())
            if 0 < len(text) <= 24:
                found.add(text)
            # the box's parts, each a line of its own (纽约时报中文网's <div class="byline"><address>KEITH
            # BRADSHER</address><time>…</time></div>)
            found.update(part for child in element if isinstance(child.tag, str) and child.get("onclick") is None
                         and not _BUTTON_CLASS_RE.search(child.get("class") or "")
                         and 0 < len(part := " ".join("".join(child.itertext()).split())) <= 24)
    return frozenset(found)


_SPACE_BEFORE_COMMA_RE = regex_cache.compile(r"\s+(?=[,，、])")


def _marked_author(line: str, marked: frozenset[str]) -> Facts:
    """A bare name (周明) under the headline that the markup marks as the author, alone on its
    line or as the first field of the info line, the time after it (联合早报's ``<span
    class="author">周明</span><span>发布 / 2024年3月2日 10:21 AM</span>``)."""
    line = _SPACE_BEFORE_COMMA_RE.sub("", line)  # a link's tail spaced off: 王晓东 , Martin Müller
    if line in marked:
        return Facts(authors=_marked_names(line))
    first, _, rest = line.partition(" ")
    if rest and first in marked and normalise_time(rest):
        return Facts(authors=_marked_names(first))
    for text in marked:
        # the marked name opening the line, its time or the writer's post after it (DW's <span
        # class="author-details">Martin Müller</span> before the date; BBC's byline__name, then
        # byline__title 政治编辑): a Latin name holds a space, so the line's first word is not all of it
        if line.startswith(text + " ") and (normalise_time(line[len(text):]) if " " not in text else True) \
                and len(line) <= _MARKED_LINE_MAX and not _SENTENCE_MARK_RE.search(line[len(text):]) \
                and (names := _marked_names(text)):
            return Facts(authors=names)
    if _squash_spaces(line) in marked and (stamp := _CLOSING_STAMP_RE.search(line)) is not None and stamp.start():
        # the byline box holds the name and the time (纽约时报中文网's <div class="byline"><address>KEITH
        # BRADSHER</address><time>2026年12月7日</time></div>): the name before the time
        return Facts(authors=_marked_names(line[:stamp.start()].strip()))
    return Facts()


_MARKED_LINE_MAX = 40
# A date (and time) closing a byline box's line: 2026年12月7日, 2026-12-07 09:30.
_CLOSING_STAMP_RE = regex_cache.compile(
    r"\s(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def _squash_spaces(line: str) -> str:
    """A line as ``author_texts`` keys a box's text: its parts glued (KEITH BRADSHER2026年12月7日)."""
    return re.sub(r"\s+(?=[\d\u3400-\u9fff])|(?<=[\d\u3400-\u9fff])\s+", "", line) if " " in line else line


def _marked_names(text: str) -> tuple[str, ...]:
    """The writers an element marked as the author names: Chinese names (周明, 周明 李华), a writer's
    Latin names (Martin Müller), or both in a list (王晓东, Martin Müller); () when any part is no name."""
    from ..structure.people import latin_names, looks_like_names, split_names

    if text in _BOX_BUTTONS:
        return ()  # a button in the author's box (关注): no writer
    if looks_like_names(text):
        return split_names(text)
    if latin := latin_names(text):
        return latin
    parts = [part.strip() for part in re.split(r"[,，、]| and ", text) if part.strip()]
    names = [latin_names(part) or (split_names(part) if looks_like_names(part) else ()) for part in parts]
    return tuple(name for found in names for name in found) if len(parts) > 1 and all(names) else ()


_DATE_WORD_RE = regex_cache.compile(r"\d{1,4}\s*[年月日]|\d{1,2}:\d{2}")
# An account's name: short, no label, no sentence punctuation, no date or count.
_CREDIT_OPENING_RE = regex_cache.compile(r"(?:作者|记者|記者|文字|文|图|圖|摄影|攝影|编辑|編輯|责编|責編|来源|來源|通讯员|通訊員|撰文)")
# One word, no space: 文字 王五 is a credit with its label, no account.
_ACCOUNT_RE = regex_cache.compile(r"^[\w\u3400-\u9fff·・&＆-]{2,16}$")


def marked_account(page_lines: list[str], title: str | None, marked: frozenset[str],
                   last_prose: str | None = None) -> str | None:
    """The account a self-media page (百家号, 网易号, 头条号) names under its headline in an element
    the markup calls the author (``<p class="author-name">加拿大必读</p>``) when that is no
    personal name: the publisher, the agency of last resort in place of the platform's name."""
    from ..structure.people import looks_like_names

    if not title or not marked:
        return None
    for position in [i for i, line in enumerate(page_lines) if same_title(line, title)][:4]:
        for line in _before_body(page_lines[position + 1:], last_prose):
            if (line in marked and _ACCOUNT_RE.match(line) and re.search(r"[\u3400-\u9fff]", line)
                    and not _CREDIT_OPENING_RE.match(line) and not looks_like_names(line)
                    and not _DATE_WORD_RE.search(line)):  # the box's <time>: 2026年12月7日 is no account
                return line
    return None


# 今日头条 and other platforms print the account and its posting time under the headline, in no
# element marked as the author: ``华夏人文 2020-03-09 18:14:21`` (原创 before it on a creator's own post).
_STAMPED_ACCOUNT_RE = regex_cache.compile(
    r"^\s*(?:原创|原創)?\s*(?P<name>[^\s\d:：|·]{2,12})\s+(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?"
    r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")


def stamped_account(page_lines: list[str], title: str | None) -> str | None:
    """The account a platform names before its posting stamp right under the headline (``华夏人文
    2020-03-09 18:14:21``) when the name is no person's and no place's: the publisher, the agency
    of last resort, as ``marked_account``'s. A stamp with no clock time, or a name that reads as
    a person (张小明 2020-03-09 18:14) or a listed place (北京 …), names no account."""
    from ..structure.patterns import CNA_PLACES, MAINLAND_PLACES, PLACE_COUNTRIES
    from ..structure.people import looks_like_names

    if not title:
        return None
    for position in [i for i, line in enumerate(page_lines) if same_title(line, title)][:4]:
        for line in page_lines[position + 1: position + 3]:
            found = _STAMPED_ACCOUNT_RE.match(line) if len(line) <= _MAX_STAMPED_CHARS else None
            name = found.group("name") if found else None
            if (name and _ACCOUNT_RE.match(name) and re.search(r"[\u3400-\u9fff]", name)
                    and not _CREDIT_OPENING_RE.match(name) and not looks_like_names(name)
                    and name not in {*CNA_PLACES, *MAINLAND_PLACES, *PLACE_COUNTRIES}):
                return name
    return None


# Credits printed after the body (网易's 本文来源：… 作者：… 责任编辑：…, 新华网's 【责任编辑:…】)
# sit within a few lines of its last paragraph, before the recommendations.
_TRAILING_WINDOW = 4
_TRAILING_LOOK = 12
_WIDGET_CHARS = 8
# Only a time labelled as the publication's counts after the body (发布日期：…), never a bare one.
_PUBLISHED_LABEL_RE = regex_cache.compile(r"(?:发布|發布|發佈|发表|發表)(?:时间|時間|日期)\s*[:：]")
_TRAILING_MAX_CHARS = 80


def trailing_facts(page_lines: list[str], last_prose: str | None, captions: Iterable[str] = ()) -> Facts:
    """Source, author and editors from the credit lines just after the body's last paragraph.

    Only labelled fields count, and a time only when labelled as the publication's (发布日期：):
    a comment under the article has a date too.
    """
    if not last_prose:
        return Facts()
    key = squash(last_prose)
    ends = [i for i, line in enumerate(page_lines) if key and squash(line).endswith(key)]
    if not ends:
        return Facts()
    facts: list[Facts] = []
    counted = 0
    skip = {squash(caption) for caption in captions}
    for line in page_lines[ends[-1] + 1: ends[-1] + 1 + _TRAILING_LOOK]:
        if squash(line) in skip:
            continue  # the picture closing the story, its caption before the credits
        if len(line) > _TRAILING_MAX_CHARS or (body_like(line) and not is_info_line(line)):
            break
        if len(line) > _WIDGET_CHARS:
            counted += 1  # 赞 0 赏 分享, 阅读 539, A+: widgets between the body and its credits
            if counted > _TRAILING_WINDOW:
                break
        found = facts_of(line)
        labelled_time = found.published if _PUBLISHED_LABEL_RE.search(line) else None
        facts.append(Facts(labelled_time, found.source if is_info_line(line) else None, found.authors, found.editors))
        credit = credit_facts(line)  # 编辑 王五 (南方+), unlabelled by a colon
        if credit is not None:
            facts.append(Facts(None, None, credit.authors, credit.editors))
    return merge_facts(facts)


# A byline sits within a few lines under the headline, before the first prose line.
_CREDIT_WINDOW = 6
# Button labels (分享, 留言, 列印, A- A+, 分享至 Facebook) take no room in that window: 聯合新聞網 and
# 中時 print seven or more of them between the headline and the info line. A page is read no
# further than this many lines down.
_BUTTON_CHARS = 5
_BUTTONS_REACH = 18


def _before_body(lines: list[str], last_prose: str | None = None) -> list[str]:
    """The lines under the headline up to the first prose line (the standfirst, the body), and
    never past ``last_prose``, the body's last paragraph: a story of one paragraph has no second
    prose line to stop at, and the sidebar under it (an author box naming the channel, 股市行情 in
    a link the markup calls the author's) is no byline."""
    out: list[str] = []
    prose = 0
    counted = 0
    end = squash(last_prose) if last_prose else ""
    for line in lines[:_BUTTONS_REACH]:
        if end and squash(line).endswith(end):
            break
        if len(line) > _BUTTON_CHARS and not holds_furniture(line):
            counted += 1
            if counted > _CREDIT_WINDOW:
                break
        if body_like(line) and not is_info_line(line) and credit_facts(line) is None:
            prose += 1  # a long credit line (记者：… 责编：… 网编：… 2024.01.02 10:11 EST) is no prose
            if prose > 1:
                break  # one prose line may be the standfirst (第一财经 prints the byline under it)
            continue
        out.append(line)
    return out


# 新华网 prints the year, the day and the time in separate boxes above the headline: 2024 03/02 10:21:35.
_SPLIT_DATE_RE = regex_cache.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s+(?P<m>\d{1,2})\s*/\s*(?P<d>\d{1,2})(?P<t>\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def split_date(line: str) -> str | None:
    """The time of a date split into boxes (``2024 03/02 10:21:35``), else None."""
    match = _SPLIT_DATE_RE.match(line)
    return normalise_time(f"{match['y']}/{match['m']}/{match['d']}{match['t'] or ''}") if match else None


def _is_outlet(name: str) -> bool:
    """A name before a date is a source only when it reads as an outlet (中国网, not 刊登於)."""
    from ..structure.patterns import find_agency

    return is_organisation(name) or find_agency(name) is not None


def byline_facts(line: str) -> Facts:
    """``石佳/中国青年报`` → author 石佳, source 中国青年报; anything longer is not a byline."""
    if len(line) > 24 or line in _BOX_BUTTONS:
        return Facts()  # 关注 over the date: the author box's button
    parts = [part for part in re.split(r"[/／|｜\s]+", line) if part]
    organisations = [part for part in parts if is_organisation(part)]
    people = [part for part in parts if is_person_name(part)]
    if len(organisations) + len(people) != len(parts):
        return Facts()
    return Facts(source=organisations[0] if organisations else None, authors=tuple(people))


_DATE_THEN_NAME_RE = regex_cache.compile(
    # 原创 2026-12-07 10:31 汽车观察家: 今日头条 marks an account's own post before its stamp
    r"^\s*(?:(?:原创|原創)\s*)?(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s+(?P<name>[^\s\d:：\[\]【】（）()]{2,20})\s*"
    # 游民星空[整理] 1: how the site got the text, then the comment count
    r"(?:[\[【（(](?:整理|原创|原創|转载|轉載|编译|編譯|综合|綜合)[\]】）)])?(?:\s+\d{1,6})?\s*$")


# Platforms print where the account posted from after the time (发布于北京, IP属地：广东): no fact of ours.
_NAME_THEN_DATE_RE = regex_cache.compile(
    r"^\s*(?P<name>[^\s\d:：|·]{2,12})\s+(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:发布于|發佈於|发表于|IP属地|IP屬地)\s*[:：]?\s*[\u3400-\u9fff]{2,8})?"
    # the account's follow button at the line's end (腾讯新闻: 南京日报 2024-03-02 10:21 发布于江苏 关注)
    r"(?:\s+\+?(?:关注|關注|订阅|訂閱))?\s*$")
# A short line under the headline that ends with a full date and clock time (a posting stamp).
_ENDS_WITH_CLOCK_RE = regex_cache.compile(
    r"(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
_MAX_STAMPED_CHARS = 48
_CLOCKED_DATE_RE = regex_cache.compile(
    r"(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?")
_SENTENCE_MARK_RE = regex_cache.compile(r"[，。；！？,;]")
_LEADING_DATE_RE = regex_cache.compile(r"^\s*(?:[^\s:：]{0,6}[:：]\s*|(?:原创|原創)\s*)?(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}")
# A date that a comma goes on from opens a sentence: a picture's caption placed under the headline
# (``2026年10月20日，江苏南京，施工现场。``) tells when the picture was taken, not when the page was.
_DATED_SENTENCE_RE = regex_cache.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[，,]")


def related_links(tree: lxml_html.HtmlElement) -> dict[str, tuple[tuple[str, str], ...]]:
    """Links listed under a 相关链接-style label anywhere on the page, by label text."""
    found: dict[str, tuple[tuple[str, str], ...]] = {}
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        own = " ".join((element.text or "").split())
        if not own or len(own) > 12 or not RELATED_RE.match(own) or own in found:
            continue
        items: list[tuple[str, str]] = []
        sibling = element.getnext()
        hops = 0
        while sibling is not None and hops < 3 and not items:
            items.extend(_anchors(sibling))
            sibling = sibling.getnext()
            hops += 1
        # a list set one link a paragraph (<p><a>…</a></p> <p><a>…</a></p>: 财新's 更多报道详见): the
        # paragraphs of a link alone that follow the first
        while items and sibling is not None and len(items) < 20 and _link_only(sibling):
            items.extend(_anchors(sibling))
            sibling = sibling.getnext()
        if items:
            found[own] = tuple(items[:20])
    return found


def _anchors(element: lxml_html.HtmlElement) -> list[tuple[str, str]]:
    """The (label, address) of every link in ``element`` that leads somewhere."""
    found = []
    for anchor in element.iter("a"):
        label = " ".join("".join(anchor.itertext()).split())
        href = (anchor.get("href") or "").strip()
        if label and href and not href.startswith(("javascript:", "#")):
            found.append((label, href))
    return found


def _link_only(element: lxml_html.HtmlElement) -> bool:
    """An element whose text is its links' text and nothing else (a list's entry)."""
    if not isinstance(element.tag, str):
        return False
    text = "".join("".join(element.itertext()).split())
    linked = "".join("".join("".join(anchor.itertext()) for anchor in element.iter("a")).split())
    return bool(text) and text == linked


# --- credit lines under the headline ------------------------------------------------------------

# Credit labels of a byline line, with what each credits. 文 alone is a label only before a
# separator (文 / 周明, 文|周明), never inside a name (周文).
_CREDIT_LABEL_RE = regex_cache.compile(
    r"(?P<label>(?:本报|本報|本网|本網|特约|特約|首席|实习|實習)?(?:记者|記者|作者|撰文|撰稿|采写|採寫|通讯员|通訊員|实习生|實習生)"
    r"(?!\s*(?:简介|簡介|介绍|介紹|单位|單位|简历|簡歷|档案|檔案))"  # 作者简介：… is a note on the writer
    r"|责任编辑|責任編輯|责编|責編|网编|網編|编辑|編輯|校对|校對|审核|審核|监制|監製|职务|職務|摄影|攝影|摄像|攝像|来源于|來源於|来源|來源"
    r"|出处|出處|(?:发布|發布|發佈|更新|出版)?(?:时间|時間|日期)|来自|來自|发自|發自"
    r"|文\s*[/／]\s*[图圖]|[图圖]\s*[/／]\s*文|(?<![\u3400-\u9fff])文(?=\s*[/／|｜丨:：]|\s))"
    r"\s*[:：/／|｜丨,，]?\s*"
)
_EDITOR_LABELS = ("责任编辑", "責任編輯", "责编", "責編", "网编", "網編", "编辑", "編輯")  # 网编: the web desk's
_CAMERA_LABELS = ("摄影", "攝影", "摄像", "攝像")
_SOURCE_LABELS = ("来源", "來源", "出处", "出處")
# BBC中文 labels its byline 作者, 周明 / 职务, BBC中文记者 (the role says nothing we keep).
_UNCREDITED_LABELS = ("校对", "校對", "审核", "審核", "监制", "監製", "职务", "職務")
_PLACE_LABELS = ("来自", "來自", "发自", "發自")  # ifeng's 来自北京: where the story was filed, not a credit
_TOKEN_SPLIT_RE = regex_cache.compile(r"[\s\u3000/／|｜丨、，,;；·•]+")
# 台北報導, 北京报道: the place a byline reports from, read by the dateline rule, not a name.
# 台北報導, and a wire story's place and day (聯合新聞網's ``中央社 澎湖縣28日電`` under the headline).
_REPORTED_FROM_RE = regex_cache.compile(
    r"^(?:[\u3400-\u9fff]{0,6}(?:報導|报道|綜合報導|综合报道)|[\u3400-\u9fff]{1,8}\d{1,2}日(?:電|电))$")
# Tags a platform prints beside the byline (今日头条's 原创): no credit, no reason to refuse the line.
_TAGS = frozenset(("原创", "原創", "独家", "獨家", "首发", "首發"))
# A time printed with its zone (鏡週刊: 發布時間 2024.03.02 10:21 臺北時間): all of them UTC+8.
_UTC8_WORDS = frozenset(("北京时间", "北京時間", "台北時間", "臺北時間", "台北时间", "香港時間", "香港时间", "澳門時間",
                         "澳门时间", "新加坡时间", "HKT"))
_TIME_RE = regex_cache.compile(
    r"(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?(?:\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)?"
    r"|(?<!\d)\d{1,2}\s*[:：]\s*\d{2}(?!\d)")
# A zone after a time (2024.01.02 10:11 EST, 10:11 GMT+8): part of the time, no credit.
_ZONE_RE = regex_cache.compile(
    r"(?<=\s)(?:(?:UTC|GMT)(?:\s*[+\-−]\d{1,2}(?::?\d{2})?)?|EST|EDT|PST|PDT|MST|MDT|HKT|SGT|JST|BST|CET|CEST)(?![A-Za-z0-9])")


_REPORT_WORDS = ("报道", "報導", "報道", "发自", "發自")


def masthead_report(line: str) -> tuple[str | None, tuple[str, ...]] | None:
    """A listed masthead's report line, whole (日经中文网 中村裕 东京报道, BBC中文 张三 发自伦敦): the
    outlet and its writers, whose names need not be in a surname list; None for any other line."""
    from ..structure.dateline import match_dateline

    text = line.strip()
    if len(text) > 60 or not any(word in text for word in _REPORT_WORDS):
        return None
    found = match_dateline(text)
    if found is None or found.shape != "place_report" or found.end < len(text) or not found.agency \
            or not found.reporters:
        return None
    return found.agency, found.reporters


def credit_facts(line: str) -> Facts | None:
    """A byline or info line under the headline in the press's credit shapes, or None.

    ``文 / 周明``, ``记者 周明 李华``, ``新京报记者 周明　编辑 王五``, ``周明 2024-03-02 10:21 新京报``,
    ``撰文：周明　攝影：李華``: every part must be a credit label, a personal name, an outlet, a
    time or a 台北報導-style place, so that a subtitle or a sentence is never read as a byline.
    Photographers come back as ``周明摄`` authors (the news layer reads the suffix).
    """
    if len(line) > 80 or "。" in line:
        return None
    report = masthead_report(line)
    if report is not None:
        return Facts(None, report[0], report[1], ())  # 日经中文网 中村裕 东京报道
    published = normalise_time(line)
    text = _ZONE_RE.sub(" ", _TIME_RE.sub(" ", line.translate(_FULLWIDTH)))
    pieces = _CREDIT_LABEL_RE.split(text)
    labelled = [(pieces[i], pieces[i + 1]) for i in range(1, len(pieces) - 1, 2)]
    authors: list[str] = []
    editors: list[str] = []
    source: str | None = None
    for label, value in [("", pieces[0]), *labelled]:
        label = re.sub(r"\s", "", label)
        label = label.removesuffix("于").removesuffix("於")  # 财新's 来源于 财新网 is a 来源
        if label in _PLACE_LABELS:
            continue
        if re.search(r"(?:时间|時間|日期)$", label):
            label = "time"
        # An outlet nobody labelled must be one the news layer knows (新京报, not 下载客户端),
        # unless it stands before a credit label (XX日报记者).
        read = _credit_value(value, any_outlet=bool(label) or bool(labelled))
        if read is None and (label in _EDITOR_LABELS or label in _HANDLE_LABELS or label.startswith("文")) \
                and re.search(re.escape(label) + r"\s*[:：/／|｜丨,，\s]", text):
            read = _handle(value)  # 文丨棒棒不是糖, 编辑：小胖: a writer's or an editor's handle, set off from the label
        if read is None:
            return None
        names, organisations = read
        if label in _SOURCE_LABELS:
            if names or len(organisations) != 1:
                return None
            source = source or organisations[0]
        elif label in _EDITOR_LABELS:
            editors.extend(names)
        elif label in _CAMERA_LABELS:
            authors.extend(name + "摄" for name in names)
        elif label not in _UNCREDITED_LABELS and label != "time":
            authors.extend(names)
        if organisations and label not in _SOURCE_LABELS:
            source = source or organisations[0]
    said = bool(labelled) or published is not None or source is not None
    if not said or not (authors or editors or source or (published and labelled)):
        return None
    if published and len(published) > 10 and not re.search(r"[+-]\d{2}:\d{2}$", published) \
            and any(word in line for word in _UTC8_WORDS):
        published += "+08:00"
    return Facts(published, source, tuple(dict.fromkeys(authors)), tuple(dict.fromkeys(editors)))


_FULLWIDTH = str.maketrans("０１２３４５６７８９：　", "0123456789: ")


# Labels that credit one person whatever name they go by (a self-media writer's or a desk editor's
# handle: 作者：小胖, 文丨棒棒不是糖, 编辑：大白兔); 记者 is followed by a reporter's own name.
_HANDLE_LABELS = ("作者", "撰文", "撰稿")
_HANDLE_RE = regex_cache.compile(r"[\u3400-\u9fff][\u3400-\u9fff·]{1,7}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}")


def _handle(value: str) -> tuple[list[str], list[str]] | None:
    """The one handle a writer's or an editor's label credits (2–8 Han characters or a capitalised
    Latin name), no word of the dictionary's and no organisation; None for anything else."""
    from ..structure.patterns import find_agency
    from ..structure.people import is_common_word

    value = value.strip(" \t:：()（）[]【】")
    if not _HANDLE_RE.fullmatch(value) or find_agency(value) is not None or is_organisation(value) \
            or value.endswith(ABOUT_WRITER_WORDS) or is_common_word(value):
        return None
    return [value], []


def _credit_value(value: str, *, any_outlet: bool) -> tuple[list[str], list[str]] | None:
    """(personal names, outlets) of one credit's value; None when anything else is in it."""
    from ..structure.patterns import find_agency
    from ..structure.people import looks_like_names, split_names

    value = value.strip(" \t:：()（）[]【】")
    if not value:
        return [], []
    if value.endswith(ABOUT_WRITER_WORDS):
        return None  # 简介, 作者单位: a label over a note on the writer, no name (简 is a surname)
    if looks_like_names(value):
        return list(split_names(value)), []
    names: list[str] = []
    organisations: list[str] = []
    for token in (t for t in _TOKEN_SPLIT_RE.split(value) if t):
        if _REPORTED_FROM_RE.match(token) or token in _TAGS or token in _UTC8_WORDS:
            continue
        if looks_like_names(token):
            names.extend(split_names(token))
        elif find_agency(token) is not None or (any_outlet and is_organisation(token)):
            organisations.append(token)
        else:
            return None
    return names, organisations


# Blocks a line of text stands in; a heading (<h2>) is marked as such, and a table's header cell
# is bold by default, so neither says anything by being bold.
_BOLD_LINE_BLOCKS = frozenset(("p", "div", "section", "li", "dd", "dt", "blockquote", "center", "article"))
_BLOCK_LIKE = _BOLD_LINE_BLOCKS | frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "td", "th",
                                             "tr", "figure", "main", "header", "footer", "aside", "nav", "form"))
_BOLD_TAGS = frozenset(("b", "strong"))
_WEIGHT_RE = regex_cache.compile(r"font-weight\s*:\s*(?P<weight>bold|bolder|normal|lighter|[1-9]00)\b", re.IGNORECASE)
_WORDS_RE = regex_cache.compile(r"[^\W_]")
_NOT_SHOWN = frozenset(("script", "style", "noscript", "template"))


def _weight(element: etree._Element, inherited: bool) -> bool:
    """Whether text inside ``element`` is bold: a <b>/<strong>, or a style that sets the weight
    (WeChat's <span style="font-weight: bold;">, 凤凰's <p style="font-weight:bold">); a style that
    sets it back (font-weight: normal) undoes a bold around it."""
    if element.tag in _BOLD_TAGS:
        inherited = True
    style = element.get("style")
    if style and "weight" in style:
        found = _WEIGHT_RE.search(style)
        if found is not None:
            weight = found.group("weight").lower()
            inherited = weight in ("bold", "bolder") or (weight[0].isdigit() and int(weight[0]) >= 6)
    return inherited


def bold_texts(tree: lxml_html.HtmlElement) -> frozenset[str]:
    """The lines of the page set bold all through, as ``squash`` keys: a paragraph (or a run of one
    between ``<br>``s) whose every letter, digit and Han character is inside bold text, as many
    sites set a subheading (``<p>　　<strong>一、…</strong></p>``, ``<p><b>…</b></p>``). Spaces and
    punctuation outside the bold say nothing. The news rules weigh the evidence: a bold line is
    a subheading only in some shapes and places. Only the blocks around the page's bold marks
    are looked at: most pages have few."""
    blocks: dict[etree._Element, None] = {}
    for mark in _BOLD_MARKS_XPATH(tree):
        if len(mark) and mark.tag not in _BOLD_TAGS:
            blocks.update(dict.fromkeys(mark.iter(*_BOLD_LINE_BLOCKS)))  # a bold <div> around paragraphs
        for element in itertools.chain((mark,), mark.iterancestors()):
            if element.tag in _BOLD_LINE_BLOCKS:
                blocks[element] = None
                break
    found: set[str] = set()
    for block in blocks:
        if any(inner.tag in _BLOCK_LIKE for inner in block.iterdescendants()):
            continue  # text beside blocks: not one line
        bold = False
        for ancestor in reversed(list(block.iterancestors())):
            bold = _weight(ancestor, bold)
        for run in _runs(block, _weight(block, bold)):
            words = "".join(text for text, _ in run)
            if all(is_bold for text, is_bold in run if _WORDS_RE.search(text)) and (key := squash(words)):
                found.add(key)
    return frozenset(found)


_BOLD_MARKS_XPATH = etree.XPath("//b|//strong|//*[contains(@style, 'weight')]")


def _runs(block: etree._Element, bold: bool) -> list[list[tuple[str, bool]]]:
    """The block's text as runs between ``<br>``s, each a list of (text, bold) pieces."""
    runs: list[list[tuple[str, bool]]] = [[]]

    def walk(element: etree._Element, inherited: bool) -> None:
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "br":
                runs.append([])
            elif tag and tag not in _NOT_SHOWN:
                weight = _weight(child, inherited)
                if child.text:
                    runs[-1].append((child.text, weight))
                walk(child, weight)
            if child.tail:
                runs[-1].append((child.tail, inherited))

    if block.text:
        runs[0].append((block.text, bold))
    walk(block, bold)
    return [run for run in runs if any(_WORDS_RE.search(text) for text, _ in run)]
