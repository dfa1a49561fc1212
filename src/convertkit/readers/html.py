"""Saved news pages: main content through trafilatura, then our own page-level layer.

Why trafilatura: it is maintained, offline (it never fetches anything it is not handed), fast
on full portal pages, and returns its result as an XML tree that keeps paragraphs, headings,
list items, images and link targets apart, which is what a line-based news layer needs.
Its misses on Chinese portals are systematic (share widgets, recommendation lists, a body
flattened into one list), so ``html_furniture`` cleans its output with general rules, and a
second, less strict extraction is kept when it finds clearly more article prose.

This module only turns a page into ``Line``s (one per paragraph, caption, list item) plus
``Hints`` (title, time, 来源, people, keywords, captions, related links); the news rules in
``structure`` decide what each line is.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

from .. import regex_cache
from ..errors import InputError, NoArticleError, map_errors
from ..model import Document, Source
from ..sources import decode
from ..structure.official import bare_label, info_fields, official_info_line
from ..structure.patterns import LIVE_QUOTE
from ..structure.people import split_names
from ..transforms.punctuation import han_count
from .base import Hints, Line, picture_labels
from .html_depth import parse_page
from .html_furniture import (
    WIDGET_PREFIX_RE,
    WIDGET_SUFFIX_RE,
    Segment,
    body_like,
    body_score,
    holds_furniture,
    is_credit_line,
    is_editor_line,
    is_furniture,
    is_related_label,
    is_trailer,
    segments,
)
from .html_info import (
    Facts,
    author_texts,
    bold_texts,
    credit_facts,
    facts_of,
    marked_account,
    masthead_report,
    merge_facts,
    page_lines,
    related_links,
    same_title,
    squash,
    stamped_account,
    trailing_facts,
    visible_facts,
)
from .html_meta import (
    PageMeta,
    caption_elements,
    choose_title,
    closing_credit,
    credit_element,
    declared_charset,
    editors_from_text,
    headline_part,
    is_info_line,
    normalise_time,
    outlet,
    read_page_meta,
    strip_xml_declaration,
    title_day,
)
from .html_wechat import with_wechat_facts

# A candidate extraction replaces the strict one only when it holds this much more prose.
_RECALL_GAIN = 1.25
# Below this many Han characters of prose, a page is not an article.
_MIN_ARTICLE_HAN = 40
# An editor line closes the article once this share of the prose has been read.
_EDITOR_LINE_CLOSES_AFTER = 0.6

_CAPTION_RE = regex_cache.compile(
    r"^(?:图为|上图|下图|左图|右图|图[一二三四五六七八九十\d]+[:：\s]|（图|\(图|图片来源|图像来源|图源|资料图)"
    r"|(?:摄|摄影|供图|资料图|截图|图片来源[:：].{1,12}|视觉中国|东方IC|新华社发|中新社发)\s*(?:资料)?[。）)]?$"
)

# A picture's name right under it in a paragraph of its own (凤凰网's <p><img></p><p>小花家。</p>):
# a short phrase closed by a full stop, no clause in it, on a page that names two pictures so. A sentence (她也承认，…。) or a
# subheading (no full stop) under a picture is no caption, and neither is such a line elsewhere.
_NAMES_THE_PICTURE_RE = regex_cache.compile(r"[^，,：:；;。！？!?\s]{2,20}。")
_NAMED_PICTURES_MIN = 2

# Strict first; the others only compete when they find clearly more prose (see _RECALL_GAIN).
_EXTRACTION_SETTINGS: tuple[dict[str, Any], ...] = (
    {"favor_precision": True},
    {},
)
# Tried only when neither of the above found an article-sized body.
_LAST_RESORT: dict[str, Any] = {"favor_recall": True}
_LAST_RESORT_BELOW = 200
# trafilatura counts characters: below MIN_EXTRACTED_SIZE (250, sized for European text) it hands
# the page to its fallbacks, whose baseline flattens an <article> into one paragraph. 250 Han
# characters is a whole short Chinese story (a brief with two subheadings): when the chosen body
# came out glued into a line or two, the extraction is tried again with a lower floor.
_MIN_EXTRACTED_CHARS = "100"
_GLUED_BODY_LINES = 2
# A glued body also holds the headline, byline and widget words the strict extraction leaves out,
# and its score counts them as prose: the split body wins if it keeps this share of that score.
_UNGLUED_KEEPS = 2 / 3


@cache
def _short_story_config() -> Any:
    """trafilatura's default settings with a floor that suits a short Chinese story (see
    _MIN_EXTRACTED_CHARS)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", _MIN_EXTRACTED_CHARS)
    return config
_BLOCK_INSIDE = "./descendant::*[self::p or self::div or self::section or self::article or self::table or self::ul "\
    "or self::ol or self::blockquote or self::figure or self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"


@dataclass(frozen=True, slots=True)
class _Body:
    lines: tuple[str, ...]
    captions: tuple[str, ...]
    links: tuple[tuple[str, str], ...]
    facts: Facts
    score: int
    extractor_text: str
    title: str | None
    headings: tuple[str, ...] = ()  # lines the page marks as headings (<h2>–<h6> in the body)
    items: tuple[tuple[str, str, int], ...] = ()  # (line, marker, depth) of the story's list items (see _story_item)


@dataclass(frozen=True, slots=True)
class HtmlExtract:
    """What the HTML layer hands to the news rules, plus what tests and reports look at."""

    lines: tuple[Line, ...]
    hints: Hints
    encoding: str
    replacements: int
    extractor_text: str  # trafilatura's own text of the chosen extraction ("nothing lost" check)


def _assemble(found: list[Segment], title: str | None, figcaptions: tuple[str, ...],
              page_links: dict[str, tuple[tuple[str, str], ...]], base_url: str | None) -> tuple[
        list[str], list[str], list[tuple[str, str]], list[str], str | None, list[str], list[tuple[str, str, int]]]:
    """Segments → (lines, captions, links, info lines, title, headings, items) without furniture,
    title or trailers; headings are the kept lines the page marks as such, items the story's list
    items with their markers (``_story_item``)."""
    total = sum(han_count(s.text) for s in found if s.kind != "image" and body_like(s.text) and not is_furniture(s))
    lines: list[str] = []
    captions: list[str] = []
    links: list[tuple[str, str]] = []
    headings: list[str] = []
    items: list[tuple[str, str, int]] = []
    seen = 0
    index = 0
    named = _pictures_named(found, figcaptions)
    labelled = _pictures_labelled(found)
    while index < len(found):
        segment = found[index]
        index += 1
        text = WIDGET_SUFFIX_RE.sub("", WIDGET_PREFIX_RE.sub("", segment.text))
        if text != segment.text:
            segment = Segment(text, segment.kind, segment.link_chars, segment.refs, segment.label)
        if segment.kind == "image":
            continue
        under_image = index >= 2 and found[index - 2].kind == "image"
        if same_title(text, title) if seen == 0 else squash(text) == squash(title or ""):
            if seen == 0:
                lines = [line for line in lines if not _column_label(line)]
            continue
        taken = _headline_lines(text, found, index, title) if seen == 0 and title and squash(text) \
            and squash(title).startswith(squash(text)) and not body_like(text) else -1
        if taken > 0:
            # a headline the page broke over lines (<br> in a bold <p>: 全国人民代表大会常务委员会 /
            # 关于批准… / …的决议), the <title> perhaps with a suffix the lines do not have
            title = "".join(segment.text for segment in found[index - 1 : index + taken])
            index += taken
            continue
        if taken == 0 and len(squash(text)) >= 8:
            title = text  # the page's <title> carried a suffix the headline line does not have
            continue
        if seen == 0 and han_count(text) < 4 and not _CAPTION_RE.search(text):
            continue  # menu residue before the article (消息, 通知, 公告0)
        if is_trailer(segment):
            if seen > 0:
                # The editor line often follows a disclaimer or a "more" teaser: keep it.
                lines.extend(s.text for s in found[index: index + 3] if is_editor_line(s.text))
                break
            continue
        if is_related_label(segment):
            related: list[tuple[str, str]] = []  # not the story's items: a list of its own
            while index < len(found) and found[index].kind != "image" and found[index].refs and found[index].link_share >= 0.5:
                related.extend(ref for ref in found[index].refs if ref[0])
                index += 1
            if not related:
                related = list(page_links.get(text, ()))
            if related:
                lines.append(text)
                for label, url in related:
                    lines.append(label)
                    links.append((label, urljoin(base_url, url) if base_url else url))
            continue
        if seen and segment.kind == "text" and not segment.refs and _BARE_NUMBER_RE.fullmatch(text):
            lines.append(text)  # perhaps a section's number (<p>1</p> over each part): see _numbers_in_series
            continue
        if is_furniture(segment) and not _attachment_line(text, lines):
            if is_editor_line(text) and total and seen >= total * _EDITOR_LINE_CLOSES_AFTER:
                break  # an editor field the CMS left empty (责任编辑：) closes the article as a filled one does
            continue
        # Only explicit captions: a line after an image is as often a subheading as a caption.
        if text in figcaptions or (len(text) <= 120 and _CAPTION_RE.search(text)) \
                or (under_image and seen and named and _NAMES_THE_PICTURE_RE.fullmatch(text)) \
                or (under_image and seen and labelled):
            captions.append(text)
        elif segment.kind == "heading":
            headings.append(text)
        elif _story_item(segment) and (seen or _prose_list(found, index - 1)):
            items.append((text, segment.label, segment.depth))
        lines.append(text)
        if body_like(text):
            seen += han_count(text)
        if is_editor_line(text) and total and seen >= total * _EDITOR_LINE_CLOSES_AFTER:
            # the rest of a credit block one a line (审核 | 李四, 监制：王五) closes with it
            while index < len(found) and found[index].kind != "image" and is_credit_line(found[index].text):
                lines.append(found[index].text)
                index += 1
            break
    lines = _numbers_in_series(_without_repeated_runs(lines, set(captions)))
    # Info lines (date, 来源, 作者) before the first and after the last prose line are page facts.
    info: list[str] = []
    prose = [i for i, line in enumerate(lines) if body_like(line) and line not in captions]
    if prose:
        first, last = prose[0], prose[-1]
        keep: list[str] = []
        for i, line in enumerate(lines):
            # A bare credit line (（作者：…）) stays: the news rules read trailing credits.
            outside = i < first or i > last
            facts = facts_of(line) if ((outside and is_info_line(line)) or _timed_credit(line, outside=outside)) \
                and not _signs_off(lines, i, last) else None
            if official_info_line(line):
                keep.append(line)  # a 政府信息公开 table's row (发文字号, 成文日期): the rules read it
            elif (facts is not None and (facts.published or facts.source) and line not in captions) or (i < first and line not in captions and _unruled_credit(line)):
                info.append(line)
            else:
                keep.append(line)
        lines = keep
    return lines, captions, links, info, title, headings, items


# A line that numbers or marks itself: the page's own marker typed into the item's text.
_MARKED_ITEM_RE = regex_cache.compile(
    r"^\s*(?:[•·●○◦▪■□◆◇★☆\-–—*]|[0-9０-９]{1,2}\s*[.．、)）]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]"
    r"|[一二三四五六七八九十]{1,3}\s*[、.．]|第[一二三四五六七八九十]{1,3}[，、,：:])")


def _prose_list(found: list[Segment], start: int) -> bool:
    """The run of list items that ``found[start]`` belongs to holds a sentence of prose: a list
    of the story's points before its first paragraph (腾讯's 划重点 <ol> over the story), not a menu."""
    while start > 0 and found[start - 1].kind == "item":
        start -= 1
    end = start
    while end < len(found) and found[end].kind == "item":
        end += 1
    return any(body_like(segment.text) and segment.link_share < 0.5 for segment in found[start:end])


def _story_item(segment: Segment) -> bool:
    """An item of a list inside the story (the extractor's ``<item>`` with a marker, after the
    story's first prose): its own text, not a list of links (tags, a share bar, related stories,
    which the furniture rules leave out or mark), and not numbered by its text already (1.…,
    （一）…), which the news rules read as such."""
    return segment.kind == "item" and bool(segment.label) and segment.link_share < 0.5 \
        and _MARKED_ITEM_RE.match(segment.text) is None


# The channel's name a CMS prints over the headline inside the article's box (■ 纪检监察: a college
# site's 栏目名称): a short line with no sentence in it.
_COLUMN_LABEL_MAX = 12


def _column_label(line: str) -> bool:
    """A short line kept above the headline that is neither prose nor a line of page facts: the
    channel's name over the article (■ 纪检监察), no part of it. A date or 来源 line stays, read as
    the page's facts."""
    return len(line) <= _COLUMN_LABEL_MAX and not body_like(line) and not is_info_line(line) \
        and not any(mark in line for mark in "，。！？；：:")


def _headline_lines(first: str, found: list[Segment], index: int, title: str) -> int:
    """How many segments after ``first`` (at ``index`` on) continue the headline the page's title
    holds, so that together they are the title but for a short suffix; 0 when they do not."""
    head, joined, taken = squash(title), squash(first), 0
    while index + taken < len(found) and found[index + taken].kind != "image":
        longer = joined + squash(found[index + taken].text)
        if len(longer) == len(joined) or not head.startswith(longer):
            break
        joined, taken = longer, taken + 1
    return taken if taken and len(head) - len(joined) <= 4 else 0


# A section's number alone in its paragraph (<p>　　1</p> over each interviewee of a series).
_BARE_NUMBER_RE = regex_cache.compile(r"[0-9０-９]{1,2}[、.．]?")


def _numbers_in_series(lines: list[str]) -> list[str]:
    """The lines without the bare numbers that number nothing. A number alone is mere symbols (a
    like count, a pager's page) unless it is one of a series over the parts of the text: the next
    or the one before it stands alone too, with prose between. The news rules read the ones kept
    (``rule_heading``'s section numbers); those dropped were never text."""
    numbers = {index: int(line.rstrip("、.．").translate(_FULL_WIDTH_DIGITS))
               for index, line in enumerate(lines) if _BARE_NUMBER_RE.fullmatch(line)}
    if not numbers:
        return lines
    keep: set[int] = set()
    ordered = sorted(numbers)
    for before, after in itertools.pairwise(ordered):
        if numbers[after] - numbers[before] in (0, 1) and any(body_like(line) for line in lines[before + 1: after]):
            keep.update((before, after))
    return [line for index, line in enumerate(lines) if index not in numbers or index in keep]


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _pictures_named(found: list[Segment], figcaptions: tuple[str, ...]) -> bool:
    """The page names its pictures in a short line of their own under each: two or more such
    lines, and most pictures with a line under them captioned (so or by a credit). Then such a line
    under a picture is a caption; a short sentence under a picture in a page whose pictures run
    on with the text (这也能看出当前英国的底色。) is the text going on."""
    under = [segment.text for before, segment in itertools.pairwise(found)
             if before.kind == "image" and segment.kind != "image"]
    named = sum(1 for text in under if _NAMES_THE_PICTURE_RE.fullmatch(text))
    captioned = sum(1 for text in under if _NAMES_THE_PICTURE_RE.fullmatch(text) or text in figcaptions
                    or (len(text) <= 120 and _CAPTION_RE.search(text)))
    return named >= _NAMED_PICTURES_MIN and captioned * 2 > len(under)


def _pictures_labelled(found: list[Segment]) -> bool:
    """The lines under the page's pictures are their labels (华坚鞋业生产车间, 小温。; see
    ``picture_labels``); the page's headings, furniture and links are no body lines here."""
    under: list[str] = []
    elsewhere: list[str] = []
    for index, segment in enumerate(found):
        if segment.kind == "image" or not segment.text.strip():
            continue
        if index > 0 and found[index - 1].kind == "image":
            under.append(segment.text)
        elif segment.kind != "heading" and not segment.refs and not is_furniture(segment) \
                and not is_trailer(segment) and not is_related_label(segment):
            elsewhere.append(segment.text)
    return bool(picture_labels(under, elsewhere))


_ATTACHMENT_LINE_RE = regex_cache.compile(r"^附件\s*\d{0,2}\s*(?:下载|下載)?\s*[:：]\s*\S")
_NUMBERED_LINE_RE = regex_cache.compile(r"^\d{1,2}\s*[．.、]\s*\S")


def _attachment_line(text: str, lines: list[str]) -> bool:
    """An official document's 附件 line (附件：<a>某某方案.pdf</a>, 附件2：…), or a numbered item
    under one (2．<a>某某表</a>): linked as a teaser is, but the document's own list of
    attachments, which the structure reads as such; dropped as a link line, it was lost."""
    if _ATTACHMENT_LINE_RE.match(text):
        return True
    if not _NUMBERED_LINE_RE.match(text):
        return False
    for line in reversed(lines):
        if _ATTACHMENT_LINE_RE.match(line):
            return True
        if not _NUMBERED_LINE_RE.match(line):
            return False
    return False


_TABLE_ROWS_MIN = 3  # label/value pairs that make a 政府信息公开 table
_LABEL_CELL_MAX = 12


def _official_table(lines_on_page: list[str]) -> tuple[str, ...]:
    """The rows of a 政府信息公开 table the page sets outside the text the extractor took (索引号,
    发文机关, 发文字号, 成文日期…, each label and value in cells of their own), as label：value
    lines, or () when the page has none. The table's 发文字号 was lost with it."""
    rows: list[str] = []
    index = 0
    while index < len(lines_on_page):
        line = lines_on_page[index].strip()
        label = bare_label(line) if len(line) <= _LABEL_CELL_MAX else None
        value = lines_on_page[index + 1].strip() if index + 1 < len(lines_on_page) else ""
        if label is not None and value and bare_label(value) is None and info_fields(value) is None:
            rows.append(f"{label}：{value}")  # a label's cell, then its value's
            index += 2
            continue
        if label is None and (fields := info_fields(line)) is not None and all(fields.values()):
            rows.append(line)  # a row written whole (<li><span>发文字号</span>：某发〔2024〕1号</li>)
            index += 1
            continue
        if len(rows) >= _TABLE_ROWS_MIN:
            break
        rows = []
        index += 1
    if len(rows) < _TABLE_ROWS_MIN or not any(official_info_line(row) for row in rows):
        return ()
    return tuple(rows)


def _signs_off(lines: list[str], index: int, last_prose: int) -> bool:
    """The date of a closing signature (某市人民政府办公室 / 2024年3月8日) right under the issuing
    body after the last paragraph: the signature rule reads it in the body, where it stays; taken
    as a page fact it left the body's name alone and the text unsigned."""
    from ..structure.signature import is_issuing_body, signature_date

    return index > last_prose and signature_date(lines[index]) is not None and index > 0 \
        and is_issuing_body(lines[index - 1])


# BBC中文's byline: a label, then a comma (作者, 周明 · 职务, BBC中文记者).
_COMMA_LABEL_RE = regex_cache.compile(r"^\S{1,4}\s*[,，]")


def _timed_credit(line: str, *, outside: bool) -> bool:
    """A credit line with its time and no colon after any label (财新's ``文｜财新 张三 2024年01月02日
    10:11 来源于 财新网``): a page fact like a labelled info line, though the info-line shapes, which
    want ``来源：``, miss it. The extractor may put it between paragraphs (after the body, before a
    lead it found last): there it must name its time, its outlet and its writers, which no
    sentence of a story is made of."""
    facts = credit_facts(line)
    if facts is None or facts.published is None:
        return False
    return bool(facts.source or facts.authors) if outside else bool(facts.source and facts.authors)


def _unruled_credit(line: str) -> bool:
    """A credit line above the body in a shape the news rules would take for something else:
    the byline with its editor (作者：周明　责编：王五 reads as an editor line) or BBC中文's
    comma-labelled byline. Plain bylines stay in the body: the byline rule reads them and keeps
    the line verbatim in ``header_raw``."""
    facts = credit_facts(line)
    return facts is not None and (bool(facts.editors) or _COMMA_LABEL_RE.match(line) is not None)


def _without_repeated_runs(lines: list[str], captions: set[str]) -> list[str]:
    """The body once: trafilatura's fallback merge sometimes hands a page's paragraphs over twice
    (自由時報). Only a run of two or more prose lines repeating an earlier run goes: an interview
    asks each guest the same question, one line at a time."""
    first_at: dict[str, int] = {}
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        earlier = first_at.get(line) if body_like(line) and line not in captions else None
        run = _repeated_run(out, earlier, lines, index, captions) if earlier is not None else 0
        if run >= 2:
            index += run
            continue
        first_at.setdefault(line, len(out))
        out.append(line)
        index += 1
    return out


def _repeated_run(out: list[str], earlier: int, lines: list[str], index: int, captions: set[str]) -> int:
    """How many lines from ``lines[index]`` repeat ``out`` from ``earlier`` (captions the repeat
    left out are skipped over)."""
    matched = 0
    while index + matched < len(lines) and earlier < len(out):
        if out[earlier] == lines[index + matched]:
            matched += 1
        elif body_like(out[earlier]) and out[earlier] not in captions:
            break
        earlier += 1
    return matched


def _extract_body(text: str, settings: dict[str, Any], title: str | None, page: PageMeta,
                  page_links: dict[str, tuple[tuple[str, str], ...]], path: str | None) -> _Body | None:
    import trafilatura  # ~0.13 s of imports: paid by the first HTML page, not by every process

    with map_errors(InputError, "the HTML extractor failed", path=path):
        result = trafilatura.bare_extraction(
            text, **{"include_comments": False, "include_images": True, "include_links": True, "include_tables": True,
                     "include_formatting": False, "with_metadata": False, **settings})
    if result is None or isinstance(result, dict) or result.body is None:  # a dict only with as_dict=True
        return None
    found = segments(result.body)
    lines, captions, links, info, title, headings, items = _assemble(found, title, page.figcaptions, page_links, page.url)
    facts = merge_facts([fact for line in info for fact in (facts_of(line), credit_facts(line)) if fact is not None])
    return _Body(tuple(lines), tuple(captions), tuple(links), facts, body_score(lines), result.text or "", title,
                 tuple(heading for heading in headings if heading in lines),
                 tuple(item for item in items if item[0] in lines and item[0] not in captions))


# The article containers of the content systems most Chinese government and news sites run on:
# 开普云 UCAP (gov.cn and most ministries' and provinces' sites), TRS WCM's editor output, and the
# zoomable text box of the older government templates.
_CMS_CONTAINERS = (
    '//*[@id="UCAP-CONTENT"]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " TRS_Editor ")]',
    '//*[contains(concat(" ", normalize-space(@class), " "), " TRS_UEDITOR ")]',
    '//*[@id="zoom" or @id="Zoom"]',
)


def _fold_stray_roots(tree: lxml_html.HtmlElement) -> None:
    """Put what stands after a stray ``</html>`` back in the body, where browsers show it.

    A page whose header include closes the document early (gov.cn's templates: ``</html>`` after
    the top bar, then the article) parses into a second top-level ``<html>`` beside the first;
    everything read from the page's root would miss the article in it."""
    body = tree.find("body")
    if body is None:
        return
    for stray in [node for node in tree.itersiblings() if isinstance(node.tag, str)]:
        inner = stray.find("body")
        body.extend(list(inner if inner is not None else stray))


def _cms_container(tree: lxml_html.HtmlElement) -> str | None:
    """The markup of the page's CMS article container alone (``_CMS_CONTAINERS``), or None."""
    for xpath in _CMS_CONTAINERS:
        found = tree.xpath(xpath)
        if found and han_count(" ".join(found[0].itertext())) >= _MIN_ARTICLE_HAN:
            return f"<html><body><article>{lxml_html.tostring(found[0], encoding='unicode')}</article></body></html>"
    return None


def _prose_lines(body: _Body) -> int:
    return sum(1 for line in body.lines if body_like(line) and line not in body.captions)


def _split_of(candidate: _Body, glued: _Body) -> bool:
    """Every prose line of ``candidate`` stands in ``glued``'s text: the same story cut into its
    paragraphs, whatever share of the glued line's score the headline, byline, caption and link
    titles glued around it made (a short story of three paragraphs under a long headline)."""
    text = squash(" ".join(glued.lines))
    prose = [line for line in candidate.lines if body_like(line) and line not in candidate.captions]
    return bool(prose) and all(squash(line) in text for line in prose)


def _glued(body: _Body) -> bool:
    """A body of a line or two: perhaps trafilatura's baseline glued a short story together."""
    return _prose_lines(body) <= _GLUED_BODY_LINES


# A glued line this short is a small page's whole text (a title and a few short paragraphs).
_UNGLUE_MAX_CHARS = 600


def _unglued_by_page(body: _Body, lines_on_page: list[str], title: str | None) -> _Body:
    """The body with each line that is several of the page's blocks run together (trafilatura's
    baseline reads a small page of bare ``<p>``s or ``<br>``-parted lines as one paragraph: 标题
    记者从…获悉，…。 调整后，…。) cut back into those blocks; the page's headline among them goes,
    as ``_assemble`` drops it. Only a short line whose text is exactly a run of two or more of
    the page's lines is cut: a long page glued together is left to the other readings."""
    keys = [squash(line) for line in lines_on_page]
    lines: list[str] = []
    changed = False
    for line in body.lines:
        run = _page_run(squash(line), keys) if len(line) <= _UNGLUE_MAX_CHARS and line not in body.captions else None
        if run is None:
            lines.append(line)
            continue
        start, end = run
        pieces = [piece for piece in lines_on_page[start:end] if not (title and same_title(piece, title))]
        lines.extend(_without_header_residue(pieces))
        changed = True
    if not changed:
        return body
    return dataclasses.replace(body, lines=tuple(lines))


def _without_header_residue(pieces: list[str]) -> list[str]:
    """The pieces of a glued line from its first sentence on: what the page shows above it there
    (the channel's name, the 来源 and time line, a video player's 视频播放位置 / 下载安装Flash播放器)
    is the header the baseline read with the story, no paragraph of it; the page's facts are read
    from the page itself. A label introducing the story (本期节目主要内容：) stays."""
    first = next((index for index, piece in enumerate(pieces)
                  if piece[-1:] in _SENTENCE_ENDS or body_like(piece)), None)
    if first is None:
        return pieces
    return [piece for piece in pieces[:first] if piece.endswith(("：", ":"))] + pieces[first:]


def _page_run(key: str, keys: list[str]) -> tuple[int, int] | None:
    """(start, end) of two or more consecutive page lines whose texts make ``key`` exactly."""
    for start, first in enumerate(keys):
        if not first or not key.startswith(first) or first == key:
            continue
        joined, end = first, start + 1
        while end < len(keys) and len(joined) < len(key):
            joined += keys[end]
            end += 1
            if not key.startswith(joined):
                break
        if joined == key and end - start >= 2:
            return start, end
    return None


def _in_page_order(body: _Body, lines_on_page: list[str]) -> _Body:
    """Lines the extractor moved after the body although the page prints them above it (a lead
    picture's caption, a standfirst: 界面, 联合早报, 端傳媒) go back before the first prose line.

    Only a line the page shows once, and above the first paragraph, moves."""
    lines = list(body.lines)
    first = next((i for i, line in enumerate(lines) if body_like(line) and line not in body.captions), None)
    if first is None:
        return body
    where: dict[str, list[int]] = {}
    for position, line in enumerate(lines_on_page):
        where.setdefault(squash(line), []).append(position)
    start = where.get(squash(lines[first]))
    if not start:
        return body
    moved = [line for line in lines[first + 1:]
             if len(found := where.get(squash(line), [])) == 1 and found[0] < start[0]]
    if not moved:
        return body
    rest = [line for line in lines[first:] if line not in moved]
    ordered = tuple([*lines[:first], *sorted(moved, key=lambda line: where[squash(line)][0]), *rest])
    return dataclasses.replace(body, lines=ordered)


_WRITER_LABEL_BEFORE = r"(?:作者|撰文|撰稿|(?<![\u3400-\u9fff])文)\s*[:：/／|｜丨]\s*"


def _labelled_handles(authors: Sequence[str], lines: Sequence[str]) -> tuple[str, ...]:
    """The authors the page credits by a writer's label (作者：小胖, 文丨棒棒不是糖) or on a masthead's
    report line (日经中文网 中村裕 东京报道) whom no surname list knows: kept as the author's name as
    given (``Hints.extra["author_handles"]``)."""
    found: list[str] = []
    for name in authors:
        if split_names(name):
            continue
        credit = re.compile(_WRITER_LABEL_BEFORE + re.escape(name) + r"(?![\u3400-\u9fff])")
        if any(name in line and (credit.search(line) or name in (masthead_report(line) or (None, ()))[1])
               for line in lines):
            found.append(name)  # 作者：小胖, 日经中文网 中村裕 东京报道
    return tuple(found)


def _government_web_editors(page: PageMeta, shown: list[Facts], lines: Iterable[str]) -> tuple[str, ...]:
    """A government website's <meta name="author"> names the CMS user who posted the page (gov.cn
    shows them as 责任编辑), not who wrote it: its editor, unless the page credits them as the
    writer as well (作者：张三 by the headline, a byline or 记者 张三 in the text)."""
    if not page.government or not page.authors:
        return ()
    credited = {name for facts in shown for name in facts.authors}
    text = "\n".join(lines)
    return tuple(name for name in page.authors if name not in credited and name not in text)


def _without_deck(body: _Body, deck: str | None) -> tuple[_Body, str | None]:
    """The body without the deck under the headline (see ``PageMeta.deck``), and the deck: it is
    the subtitle, not the lead. A deck the body opens with is taken out of it; one the extraction
    left out (光明日报's page) is kept all the same. The kicker over the headline (``PageMeta.kicker``)
    is taken out the same way."""
    if deck is None:
        return body, None
    lines = list(body.lines)
    for index, line in enumerate(lines[:_HEADLINE_REACH]):
        if squash(line) == squash(deck):
            del lines[index]
            return dataclasses.replace(body, lines=tuple(lines)), deck
    if any(squash(line) == squash(deck) for line in lines):
        return body, None  # the text repeats it further down: a heading of the story, not its deck
    return body, deck


def _credit_apart(caption: lxml_html.HtmlElement) -> None:
    """A line break after the credit that opens a caption (``credit_element``): the credit and
    the caption's words become two lines, which the news rules read as one caption and its credit.
    A credit closing it (``closing_credit``) is put in brackets after the words, one line."""
    closing = closing_credit(caption)
    if closing is not None:
        tail = caption.tail
        for child in list(caption):
            caption.remove(child)
        caption.text, caption.tail = closing[1], tail
        return
    credit = credit_element(caption)
    if credit is None:
        return
    brk = lxml_html.Element("br")
    brk.tail, credit.tail = credit.tail, None
    credit.addnext(brk)


def _with_standfirst(body: _Body, standfirst: str | None, lines_on_page: list[str]) -> tuple[_Body, str | None]:
    """The body with the page's standfirst (``PageMeta.standfirst``) as its line right before the
    first prose line, and the standfirst; (body, None) when the page shows it nowhere above the
    body's first paragraph (a teaser further down, or the first paragraph itself in larger type).
    The extractor drops such an element, or leaves it where it found it."""
    if standfirst is None:
        return body, None
    key = squash(standfirst)
    prose = [line for line in body.lines if body_like(line) and line not in body.captions and squash(line) != key]
    if not prose:
        return body, None
    where = {squash(line): position for position, line in reversed(list(enumerate(lines_on_page)))}
    at, first = where.get(key), where.get(squash(prose[0]))
    if at is None or first is None or at >= first:
        return body, None
    lines = [line for line in body.lines if squash(line) != key]
    index = lines.index(prose[0])
    # before the lines the page shows under it (a lead picture's caption), after those above it
    index = next((i for i, line in enumerate(lines[:index]) if where.get(squash(line), -1) > at), index)
    lines.insert(index, standfirst)
    return dataclasses.replace(body, lines=tuple(lines)), standfirst


def _with_page_captions(body: _Body, figcaptions: tuple[str, ...], lines_on_page: list[str],
                        title: str | None = None) -> _Body:
    """Captions the markup marks (``<figcaption>``, a caption class) that the strict extraction left
    out although they sit between two of the body's paragraphs on the page (美国之音's figure
    inside the text, 南方网's ``img-desc`` under a lazy image) go back after the paragraph above.
    The caption of the story's picture between the headline and the first paragraph, with no
    prose between (星島's ``article-image`` over the text), goes back before the first line.

    A caption above the headline or below the last paragraph (a sidebar, a gallery teaser) stays out."""
    missing = [caption for caption in figcaptions if caption not in body.lines]
    if not missing:
        return body
    where: dict[str, int] = {}
    for position, line in enumerate(lines_on_page):
        where.setdefault(squash(line), position)
    on_page = [where.get(squash(line)) for line in body.lines]
    prose = [at for at, line in zip(on_page, body.lines, strict=True)
             if at is not None and body_like(line) and line not in body.captions]
    if len(prose) < 2:
        return body
    after: dict[int, list[tuple[int, str]]] = {}  # body line index → (page position, caption)
    headline = where.get(squash(title)) if title else None
    for caption in missing:
        at = where.get(squash(caption))
        if at is not None and headline is not None and headline < at < prose[0] \
                and not any(body_like(line) for line in lines_on_page[at + 1: prose[0]]):
            after.setdefault(-1, []).append((at, caption))
            continue
        if at is None or not prose[0] < at < prose[-1]:
            continue
        above = max(((position, index) for index, position in enumerate(on_page)
                     if position is not None and position < at), default=None)
        if above is not None:
            after.setdefault(above[1], []).append((at, caption))
    if not after:
        return body
    lines: list[str] = [caption for _, caption in sorted(after.get(-1, ()))]
    for index, line in enumerate(body.lines):
        lines.append(line)
        lines.extend(caption for _, caption in sorted(after.get(index, ())))
    added = tuple(caption for entries in after.values() for _, caption in entries)
    return dataclasses.replace(body, lines=tuple(lines), captions=(*body.captions, *added))


# Inline elements that hold nothing when saved (a stock quote's <span id="quote_AAPL"></span> that a
# script fills): trafilatura's precision pass drops such an element with the text after it, the
# rest of the paragraph (…凌晨消息，苹果<span></span>2019秋季发布会开幕… kept only …苹果).
# An empty link stays: its target marks a widget (标签 <a href="…search…"></a>) as furniture.
_EMPTY_INLINE_TAGS = frozenset(("span", "font", "i", "b", "em", "strong", "u", "small", "label", "sup", "sub"))
# An empty inline element styled as a block is a spacer between two paragraphs, not nothing.
_BLOCK_STYLE_RE = regex_cache.compile(r"display\s*:\s*block", re.IGNORECASE)


def _drop_empty_inline(tree: lxml_html.HtmlElement) -> None:
    """Remove empty inline elements, keeping the text that follows each (``drop_tag``), and unwrap
    the inline marks trafilatura cuts a paragraph at: an underline (澎湃's …症状中，<u>味觉…指标</u>。
    came out as three lines, the full stop lost) and a code word inside prose (WeChat's
    关键词叫做<code>defer</code>，… lost the word); a ``<pre>`` block keeps its code."""
    empty = [element for element in tree.iter(*_EMPTY_INLINE_TAGS)
             if len(element) == 0 and not (element.text or "").strip() and element.getparent() is not None]
    dropped = []
    for element in empty:
        if _BLOCK_STYLE_RE.search(element.get("style") or ""):
            # 蘋果日報 parts its paragraphs with <span style="display:block;height:1em;"></span>: a break.
            tail = element.tail
            element.clear()
            element.tag, element.tail = "br", tail
        else:
            dropped.append(element)
    dropped.extend(tree.iter("u"))
    dropped.extend(code for code in tree.iter("code")
                   if len(code) == 0 and code.getparent() is not None and code.getparent().tag != "pre")
    for element in dropped:
        element.drop_tag()


# A credit field set in an inline element of its own (央视网's <span>编辑：张三</span><span>责任编辑：李四</span>).
_CREDIT_FIELD_RE = regex_cache.compile(
    r"^\s*(?:责任编辑|責任編輯|编辑|編輯|责编|責編|作者|记者|記者|来源|來源|校对|校對|审核|審核|监制|監製|摄影|攝影)\s*[:：]")


def _spaced_credit_fields(tree: lxml_html.HtmlElement) -> None:
    """A space before each credit field a page sets in an inline element right after another one:
    the browser shows them apart (by a margin), the text ran them together (编辑：张三责任编辑：李四)."""
    for element in tree.iter("span", "em", "label"):
        previous = element.getprevious()
        if previous is None or (previous.tail or "").strip() or previous.tag not in ("span", "em", "label", "a"):
            continue
        if _CREDIT_FIELD_RE.match(element.text or "") and (previous.text or len(previous)):
            previous.tail = (previous.tail or "") + " "


# A live quote a portal's widget sets after a linked stock's name (新浪财经's
# 贝莱德<span id="quote_BLK">(431.2, 7.37, 1.74%)</span>): price, change and change in per cent.
_LIVE_QUOTE_RE = regex_cache.compile(LIVE_QUOTE)


def _drop_live_quotes(tree: lxml_html.HtmlElement) -> None:
    """Remove the live quotes a page's widget glued into the text after a company's name: the
    figures of the moment the page was saved, no words of the story, and they break the line
    they stand in (a subheading naming an interviewee's firm read as a sentence). Only a
    ``<span>`` holding nothing but such a quote goes; its tail stays."""
    for span in list(tree.iter("span")):
        if span.getparent() is not None and _LIVE_QUOTE_RE.fullmatch("".join(span.itertext()).strip()):
            span.drop_tree()  # keeps the tail


# Scripts whose text on a page with no Chinese body says which language it is written in.
_OTHER_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Korean", regex_cache.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")),
    ("Japanese", regex_cache.compile(r"[\u3040-\u309f\u30a0-\u30ff]")),
)
_HAN_RE = regex_cache.compile(r"[\u3400-\u9fff]")


def _no_body_reason(tree: lxml_html.HtmlElement) -> str:
    """Why the page has no article: a page in another language (a Korean paper's story holds
    its Hanja only in names) is told apart from a page of furniture. Runs on refusal only."""
    body = tree.find("body")
    text = " ".join((body if body is not None else tree).itertext())
    han = len(_HAN_RE.findall(text))
    for language, script in _OTHER_SCRIPTS:
        count = len(script.findall(text))
        if count >= _MIN_ARTICLE_HAN and count > han:
            return f"is not a Chinese-language article: the page's text is {language}"
    if _headline_links(body if body is not None else tree) >= _LIST_PAGE_MIN_LINKS:
        return "is not an article: a list of links to other pages (an index, a section front or search results), no body text"
    return "is not an article: no body text found (page furniture only)"


# A page of no body whose links carry this many headlines is a list (a rolling-news index, a
# fund's announcements, a search result), not furniture around a lost article.
_LIST_PAGE_MIN_LINKS = 10
_HEADLINE_LINK_HAN = 8


def _headline_links(root: lxml_html.HtmlElement) -> int:
    """How many links read as a headline (eight Han characters or more), outside scripts."""
    count = 0
    for anchor in root.iter("a"):
        if anchor.get("href") is not None and len(_HAN_RE.findall("".join(anchor.itertext()))) >= _HEADLINE_LINK_HAN:
            count += 1
    return count


# A list page (a forum's thread index, a section front): its "body" is the summaries under the
# links of many list items, each line from another item.
_TEASER_MIN_ITEMS = 5
_TEASER_SHARE = 0.6
_TEASER_MIN_SUMMARY_HAN = 20
_TEASER_KEY_CHARS = 16


@dataclass(frozen=True, slots=True)
class _ListLinks:
    """What the page's ``<li>`` items hold, read in one pass: the summary beside each item's
    link (a forum's thread list) and the titles of the links (a related-articles list)."""

    summaries: tuple[str, ...]
    joined: str  # the link titles, each after a NUL: a line is a title when it is in one (11图 + the title)


def _list_links(tree: lxml_html.HtmlElement) -> _ListLinks:
    summaries: list[str] = []
    titles: set[str] = set()
    for item in tree.iter("li"):
        anchors = [squash("".join(a.itertext())) for a in item.iter("a") if a.get("href") is not None]
        if not any(len(anchor) >= 6 for anchor in anchors):
            continue
        titles.update(anchor for anchor in anchors if len(anchor) >= 6)
        rest = squash("".join(item.itertext()))
        for anchor in anchors:
            rest = rest.replace(anchor, "", 1) if anchor else rest
        if han_count(rest) >= _TEASER_MIN_SUMMARY_HAN:
            summaries.append(rest)
    return _ListLinks(tuple(summaries), "".join(f"\x00{title}" for title in sorted(titles)))


# A body of link titles: this many of its lines, and this share of its prose, are the titles of
# a list's links (a gallery page's 相关推荐 list read as its text).
_LINK_LIST_MIN_LINES = 3
# A body of navigation glued to the text is replaced by a cleaner extraction that keeps this share.
_GLUED_KEEPS = 0.25
_LINK_LIST_SHARE = 0.6


def _without_link_list(body: _Body, links: _ListLinks) -> _Body | None:
    """The body without the titles of a list of links to other pages, when those titles are most
    of it; None when the body is not such a list. A title alone (an article that quotes the
    headline of a story it links) stays."""
    linked = [line for line in body.lines if len(key := squash(line)) >= 6 and key in links.joined]
    if len(linked) < _LINK_LIST_MIN_LINES or body_score(linked) < body.score * _LINK_LIST_SHARE:
        return None
    lines = tuple(line for line in body.lines if line not in linked)
    return dataclasses.replace(body, lines=lines, score=body_score(lines))


def _more_prose(candidate: _Body, best: _Body, links: _ListLinks) -> bool:
    """The candidate holds clearly more article than ``best``: a higher score, and prose of its own.
    A page flattened into a line or two (中時's mobile page: byline, text, hotline notes and the
    推薦閱讀 headlines in one <div>) scores higher only because its short lines and its list's
    titles now count as prose; without ``best``'s lines and the titles little is left."""
    if candidate.score <= best.score * _RECALL_GAIN:
        return False
    known = sorted({key for line in best.lines if len(key := squash(line)) >= 4} | _link_titles(links),
                   key=len, reverse=True)
    return _prose_besides(candidate, known) > best.score * (_RECALL_GAIN - 1)


def _unlinked_score(body: _Body, links: _ListLinks) -> int:
    """The body's score without the titles of the page's list links glued into its lines: a page
    flattened into one line (中時's ``<article>``: headline, share buttons, text, 推薦閱讀 list) holds
    the titles of its recommendations, which are no prose of the story."""
    return _prose_besides(body, _link_titles(links))


def _link_titles(links: _ListLinks) -> set[str]:
    return {title for title in links.joined.split("\x00") if title}


def _prose_besides(body: _Body, known: Iterable[str]) -> int:
    """Han characters of the body's prose lines outside the ``known`` texts found in them."""
    known = tuple(known)
    total = 0
    for line in body.lines:
        if not body_like(line):
            continue
        key = squash(line)
        for text in known:
            if text in key:
                key = key.replace(text, "")
        total += han_count(key)
    return total


# A run of this many list-link titles closes a body: the page's related list read as its text.
_TRAILING_TITLES_MIN = 3


def _without_trailing_link_titles(body: _Body, links: _ListLinks) -> _Body:
    """The body without the run of lines at its end that are the titles of the page's list links
    (自由時報's 相關新聞 whose label the extractor dropped: 租屋族小心！… / 房客指控…). An article
    that quotes one linked headline keeps it; the run must leave prose before it."""
    def is_title(line: str) -> bool:
        return len(key := squash(line)) >= 6 and f"\x00{key}" in links.joined

    start = len(body.lines)
    titles = 0
    while start > 0:
        line = body.lines[start - 1]
        if is_title(line):
            titles += 1
        elif body_like(line) or is_editor_line(line) or line in body.captions:
            break  # a line of the story; a widget's label among the titles (下載APP) goes with them
        start -= 1
    while start < len(body.lines) and not is_title(body.lines[start]):
        start += 1  # the run starts at its first title: a closing mark before it (（完）) stays
    if titles < _TRAILING_TITLES_MIN or not any(
            body_like(line) and line not in body.captions for line in body.lines[:start]):
        return body
    lines = body.lines[:start]
    return dataclasses.replace(body, lines=lines, score=body_score(lines))


def _glued_furniture(body: _Body) -> int:
    """Han characters of the body's prose lines that hold widget words (当前位置, 分享到, 上一篇):
    the page's navigation glued to its text, as trafilatura's baseline reads a page of bare
    ``<div>``s. An article's own paragraph never holds them."""
    return sum(han_count(line) for line in body.lines if body_like(line) and holds_furniture(line))


def _leaf_divs_as_paragraphs(prepared: lxml_html.HtmlElement) -> str:
    """The page with every ``<div>`` that holds text but no block turned into a ``<p>``: a site
    that sets its text in bare ``<div>``s has no paragraph for the extractor to find. One pass
    from the leaves up marks the elements with a block inside."""
    tree = copy.deepcopy(prepared)
    elements = list(tree.iter())
    holds_block: set[Any] = set()
    for element in reversed(elements):
        parent = element.getparent()
        if parent is not None and (element.tag in _BLOCK_TAGS or element in holds_block):
            holds_block.add(parent)
    for element in elements:
        if element.tag == "div" and element not in holds_block and " ".join("".join(element.itertext()).split()):
            element.tag = "p"
    return lxml_html.tostring(tree, encoding="unicode")


_BLOCK_TAGS = frozenset(("p", "div", "section", "article", "table", "ul", "ol", "blockquote", "figure",
                         "h1", "h2", "h3", "h4", "h5", "h6"))


def _teaser_list(links: _ListLinks, body: _Body) -> bool:
    """True when most of the body's prose is the summaries of at least five ``<li>`` items that
    each link elsewhere (贴吧's thread list: reply count, linked title, author, abstract). An
    article inside one ``<li>`` of a layout list (观察者网) is one item and stays an article."""
    summaries = links.summaries
    if len(summaries) < _TEASER_MIN_ITEMS:
        return False
    starts = list(itertools.accumulate((len(summary) + 1 for summary in summaries[:-1]), initial=0))
    joined = "\x00".join(summaries)
    prose = [line for line in body.lines if body_like(line) and line not in body.captions]
    total = sum(han_count(line) for line in prose)
    covered = 0
    items: set[int] = set()
    for line in prose:
        at = joined.find(squash(line)[-_TEASER_KEY_CHARS:])
        if at >= 0:
            covered += han_count(line)
            items.add(bisect.bisect_right(starts, at) - 1)
    return len(items) >= _TEASER_MIN_ITEMS and covered >= total * _TEASER_SHARE


# How far above the first paragraph the headline and its info line may sit.
_HEADLINE_REACH = 4
_HEADLINE_CHARS = (6, 60)


def _headline_over_info(lines_on_page: list[str], body: _Body) -> str | None:
    """The headline a page shows but names nowhere else (its <title> is only the site's name, no
    <h1>): the line right above the dated info line over the first paragraph (中国地理学会's
    ``…年会在重庆•西南大学成功举行！`` / ``发布时间：2019-05-18 来源：中国地理学会``)."""
    first = next((line for line in body.lines if body_like(line) and line not in body.captions), None)
    key = squash(first or "")
    at = next((i for i, line in enumerate(lines_on_page) if key and squash(line) == key), None)
    if at is None:
        return None
    for i in range(at - 1, max(0, at - _HEADLINE_REACH) - 1, -1):
        line = lines_on_page[i]
        if not (is_info_line(line) and normalise_time(line)):
            continue
        headline = lines_on_page[i - 1] if i > 0 else ""
        low, high = _HEADLINE_CHARS
        if low <= len(headline) <= high and han_count(headline) >= 5 and not is_info_line(headline) \
                and not headline.endswith(("。", ">", "》")) and ">" not in headline:
            return headline
        return None
    return None


# Lines of the page between the story's last paragraph and its editor line (（完）, a share bar).
_EDITOR_LINE_REACH = 4


def _with_closing_editor_line(body: _Body, lines_on_page: list[str]) -> _Body:
    """The body closed by the editor line (【责任编辑：张三】) the page shows right under its last
    paragraph, when the extraction left it out: trafilatura's precise reading drops a short
    line at a story's end, and the line, which names the desk editor, is the article's own."""
    if any(is_editor_line(line) for line in body.lines):
        return body
    last = next((line for line in reversed(body.lines) if body_like(line) and line not in body.captions), None)
    key = squash(last or "")
    ends = [i for i, line in enumerate(lines_on_page) if key and squash(line).endswith(key)]
    if not ends:
        return body
    for line in lines_on_page[ends[-1] + 1: ends[-1] + 1 + _EDITOR_LINE_REACH]:
        if is_editor_line(line) and not line.rstrip(" 】)）]").endswith((":", "：")):
            return dataclasses.replace(body, lines=(*body.lines, line))  # an empty field (责任编辑：) names no one
        if body_like(line):
            break  # more prose the extraction left out: no closing line of this story
    return body


# The page's own address printed on it (a print view's 本文网址：https://…, 本文链接：…), not an original's.
_OWN_ADDRESS_RE = regex_cache.compile(r"^(?:本文|文章|本页|本頁)(?:网址|網址|链接|鏈接|連結|地址)\s*[:：]\s*(?P<url>https?://[^\s<>\"']+)$")


def _own_address(lines_on_page: list[str]) -> str | None:
    """The address a page prints as its own (a print view's ``本文网址：https://…``), when its markup
    names none (no canonical link, no og:url, no saved-from note)."""
    for line in lines_on_page:
        if line[:1] in "本文" and "://" in line and (found := _OWN_ADDRESS_RE.match(line.strip())) is not None:
            return found.group("url")
    return None


# The translator's credit of a translated story (纽约时报中文网's 翻译：王小明), set apart on the page.
_TRANSLATOR_CREDIT_RE = regex_cache.compile(r"^(?:翻译|翻譯|编译|編譯|译者|譯者)\s*[:：|｜丨]\s*[^\s:：。！？，,]{2,16}$")
# The line under a story saying who its writer is (Keith Bradsher是《纽约时报》驻北京记者。): the name, then
# what they are.
_WRITER_NOTE_RE = regex_cache.compile(r"^(?P<name>[^，,。；;：:（）()]{2,40}?)(?:是|为|為|係|现为|現為|现任|現任)[^。]{4,60}。$")
_WRITER_NOTE_MAX = 80


def _with_writer_credits(body: _Body, lines_on_page: list[str], authors: Sequence[str], title: str | None) -> _Body:
    """The body closed by the credits a translated story sets apart from its paragraphs (纽约时报中文网):
    the note on its writer under the last paragraph (Keith Bradsher是《纽约时报》驻北京记者。), and the
    translator's credit (翻译：王小明) under the headline or the story. Left out by the extraction,
    they were lost; the rules read them as the closing credits the text reader reads."""
    last = next((line for line in reversed(body.lines) if body_like(line) and line not in body.captions), None)
    first = next((line for line in body.lines if body_like(line) and line not in body.captions), None)
    if last is None or first is None:
        return body
    keys = {squash(line) for line in body.lines}
    ends = [i for i, line in enumerate(lines_on_page) if squash(line).endswith(squash(last))]
    starts = [i for i, line in enumerate(lines_on_page) if squash(line) == squash(first)]
    heads = [i for i, line in enumerate(lines_on_page) if title and same_title(line, title)]
    added: list[str] = []
    names = {name.casefold() for name in authors}
    if ends and names:
        for line in lines_on_page[ends[-1] + 1: ends[-1] + 1 + _EDITOR_LINE_REACH]:
            found = _WRITER_NOTE_RE.match(line) if len(line) <= _WRITER_NOTE_MAX and line.endswith("。") else None
            if found is not None and found.group("name").strip().casefold() in names and squash(line) not in keys:
                added.append(line)
                break
    around: list[str] = []
    if heads and starts and heads[0] < starts[0]:
        around += lines_on_page[heads[0] + 1: starts[0]]  # under the headline, over the story
    if ends:
        around += lines_on_page[ends[-1] + 1: ends[-1] + 1 + _EDITOR_LINE_REACH]
    translator = next((line for line in around if len(line) <= 24 and _TRANSLATOR_CREDIT_RE.match(line)
                       and squash(line) not in keys), None)
    if translator is not None:
        added.append(translator)
    return dataclasses.replace(body, lines=(*body.lines, *added)) if added else body


def _without_page_furniture(best: _Body, links: _ListLinks, prepared: lxml_html.HtmlElement, title: str | None,
                            page: PageMeta, page_links: dict[str, tuple[tuple[str, str], ...]],
                            path: str | None) -> _Body | None:
    """The body, unless it is the page's furniture: a list of links to other pages (a gallery's
    related list), or navigation glued to the text. The page is read again with its text-only
    ``<div>``s as paragraphs, which finds a text the extractor missed; a page with nothing else
    is no article (None)."""
    unlisted = _without_link_list(best, links)
    glued = unlisted is None and _glued_furniture(best) > 0
    if unlisted is None and not glued:
        return best
    base = unlisted if unlisted is not None else best
    text = "\x00".join(squash(line) for line in best.lines)
    markup = _leaf_divs_as_paragraphs(prepared)
    for settings in _EXTRACTION_SETTINGS:
        candidate = _extract_body(markup, settings, title, page, page_links, path)
        if candidate is None:
            continue
        candidate = _without_link_list(candidate, links) or candidate
        if candidate.score < _MIN_ARTICLE_HAN or _glued_furniture(candidate):
            continue
        if not glued and candidate.score > base.score:
            return candidate
        # A cleaner cut of the glued text: every paragraph of it in the glued body, and not a scrap.
        prose = [squash(line) for line in candidate.lines if body_like(line) and line not in candidate.captions]
        if glued and candidate.score >= _unlinked_score(best, links) * _GLUED_KEEPS \
                and all(line in text for line in prose):
            return candidate
    return base if unlisted is not None else best


_NOTICE_MIN_HAN = 15  # Han characters of prose in a signed notice: a sentence that sends its attachment


_SHORT_SENTENCE_HAN = 6  # Han characters of a short paragraph's sentence (调整后，沿线居民出行将更加便捷。)
_SHORT_STORY_PARAGRAPHS = 2


def _short_story(body: _Body) -> bool:
    """A story of two or three short paragraphs, each a sentence below the prose line's size (某市
    今起调整公交线路 / 记者从…获悉，…。 / 调整后，…。): an article, which the prose score, counting
    only long lines, refused, while the same text glued into one line passed. Only whole
    sentences count, no furniture and no link text."""
    sentences = [line for line in body.lines if line[-1:] in _SENTENCE_ENDS and han_count(line) >= _SHORT_SENTENCE_HAN
                 and line not in body.captions and not is_furniture(Segment(line))]
    return len(sentences) >= _SHORT_STORY_PARAGRAPHS and sum(map(han_count, sentences)) >= _MIN_ARTICLE_HAN


_SENTENCE_ENDS = ("。", "！", "？", "”", "」")


def _signed_notice(body: _Body) -> bool:
    """An official notice of a sentence or two, addressed and signed (各区县人民政府： / 现印发给你们，
    请认真贯彻执行。 / 某某市人民政府 / 2024年6月15日: a government's 印发 notice whose text is its
    attachment): an article, short as it is, which the prose minimum alone would refuse."""
    from ..structure.official import is_addressee
    from ..structure.signature import is_issuing_body, signature_date

    if body.score < _NOTICE_MIN_HAN:
        return False
    lines = body.lines
    addressed = any(is_addressee(line, official=True) for line in lines)
    signed = any(is_issuing_body(lines[index - 1]) and signature_date(lines[index]) is not None
                 for index in range(1, len(lines)))
    return addressed and signed


def _opening_divs_as_paragraphs(tree: lxml_html.HtmlElement) -> None:
    """A <div> of a sentence or two, with no block inside, that opens the paragraphs of its
    container is a paragraph: trafilatura drops it (第一财经's summary, <div class="intro">…</div>,
    over the story's <p>s), and the story loses its first lines. Unlike ``_leaf_divs_as_paragraphs``
    (a second reading of a bare-div page) this holds for every reading."""
    for div in list(tree.iter("div")):
        following = div.getnext()
        if following is None or following.tag != "p" or div.xpath(_BLOCK_INSIDE):
            continue
        previous = div.getprevious()
        if previous is not None and previous.tag == "p":
            continue  # one among the paragraphs, not opening them: left as trafilatura reads it
        text = " ".join("".join(div.itertext()).split())
        if _OPENING_DIV_CHARS[0] <= len(text) <= _OPENING_DIV_CHARS[1] and text.endswith(_OPENING_DIV_ENDS) \
                and len(div.getparent().findall("p")) >= _OPENING_DIV_PARAGRAPHS:
            div.tag = "p"


def _story_as_article(tree: lxml_html.HtmlElement) -> None:
    """Name the element that holds the story's paragraphs an ``<article>`` when trafilatura knows
    no frame around it.

    trafilatura looks for the story in frames it knows by tag, id or class (``<article>``,
    ``class="content"``, ``article-content``…); a container it does not know (``<div id="detail"
    class="article">``, WeChat's ``#js_content``, TRS's ``TRS_Editor``, ``#artibody``, a bare
    ``<div>``) leaves it to gather the page's loose ``<p>``s, and with them go the story's
    subheadings (``<h2>``/``<h3>``) and its lists. The story's container is the innermost
    element holding most of the page's prose paragraphs; it is named so only when it holds a
    heading or a list for the loose reading to lose, and little link text (a wrapper of the story
    and the page's link lists is no story's frame). A frame the extractor knows in it or around
    it is left to the extractor."""
    from trafilatura.xpaths import BODY_XPATH

    container = _story_container(tree)
    if container is None or container.tag not in _STORY_CONTAINER_TAGS or not container.xpath(_STRUCTURE_INSIDE):
        return
    text = han_count("".join(container.itertext()))
    linked = sum(han_count("".join(anchor.itertext())) for anchor in container.iter("a"))
    if linked > text * _STORY_LINKED_SHARE:
        return
    related = {container, *container.iterancestors(), *container.iterdescendants()}
    if any(found in related for expression in BODY_XPATH for found in expression(tree)):
        return
    container.tag = "article"


_STORY_CONTAINER_TAGS = frozenset(("div", "section", "td"))
_STRUCTURE_INSIDE = ".//h2|.//h3|.//h4|.//h5|.//h6|.//ul|.//ol"
_STORY_LINKED_SHARE = 0.1  # of the container's Han characters in link text
_STORY_SHARE = 0.8  # of the page's paragraph prose that the story's container holds
_STORY_MIN_PARAGRAPHS = 3


def _story_container(tree: lxml_html.HtmlElement) -> Any | None:
    """The innermost element whose ``<p>``s hold ``_STORY_SHARE`` of the Han characters of the
    page's prose paragraphs (three at least), or None."""
    prose: dict[Any, int] = {}
    for paragraph in tree.iter("p"):
        text = " ".join("".join(paragraph.itertext()).split())
        if body_like(text):
            prose[paragraph] = han_count(text)
    total = sum(prose.values())
    if len(prose) < _STORY_MIN_PARAGRAPHS:
        return None
    held: dict[Any, int] = {}
    for paragraph, count in prose.items():
        for ancestor in paragraph.iterancestors():
            held[ancestor] = held.get(ancestor, 0) + count
    body = tree.find("body")
    node = body if body is not None else tree
    while True:
        inner = next((child for child in node if held.get(child, 0) >= total * _STORY_SHARE), None)
        if inner is None:
            return node if node is not body and node is not tree else None
        node = inner


_OPENING_DIV_PARAGRAPHS = 3  # the container's own paragraphs that make it a story's
_OPENING_DIV_CHARS = (8, 200)  # a summary's sentence or two, not a bare-div page's whole text
_OPENING_DIV_ENDS = ("。", "！", "？", "”", "」")


def extract_html(data: bytes, *, path: str | None = None) -> HtmlExtract:
    """Decode a saved page and split it into body lines and hints; NoArticleError if it has no article."""
    decoded = decode(data, declared=declared_charset(data), path=path)
    text = strip_xml_declaration(decoded.text)
    try:
        tree = parse_page(text)
    except (etree.ParserError, ValueError):
        raise NoArticleError("is not an article: the HTML holds no readable text", path=path) from None
    _fold_stray_roots(tree)
    page = with_wechat_facts(read_page_meta(tree), tree)
    title = choose_title(page)
    page_links = related_links(tree)
    # trafilatura drops <figcaption>; as a paragraph it stays in place and we recognise its text.
    prepared = copy.deepcopy(tree)
    for caption in list(caption_elements(prepared)):
        _credit_apart(caption)
    for caption in prepared.iter("figcaption"):
        caption.tag = "p"
    # trafilatura drops text held directly in <section> (WeChat's editors nest every line in one):
    # a section with no block inside is a paragraph.
    for section in list(prepared.iter("section")):
        if not section.xpath(_BLOCK_INSIDE) and " ".join("".join(section.itertext()).split()):
            section.tag = "p"
    _opening_divs_as_paragraphs(prepared)
    _story_as_article(prepared)
    _drop_empty_inline(prepared)
    _drop_live_quotes(prepared)
    _spaced_credit_fields(prepared)
    best: _Body | None = None
    markup = lxml_html.tostring(prepared, encoding="unicode")
    links = _list_links(tree)
    for settings in _EXTRACTION_SETTINGS:
        candidate = _extract_body(markup, settings, title, page, page_links, path)
        if candidate is None:
            continue
        if best is None or _more_prose(candidate, best, links):
            best = candidate
    if best is None or best.score < _LAST_RESORT_BELOW:
        candidate = _extract_body(markup, _LAST_RESORT, title, page, page_links, path)
        if candidate is not None and (best is None or _more_prose(candidate, best, links)):
            best = candidate
    if best is None or best.score < _MIN_ARTICLE_HAN:
        # With pictures counted, a hidden list of linked thumbnails (聯合新聞網's 相關新聞 <dl>, display:none)
        # can outweigh a short story with none: before refusing the page, it is read without them.
        for settings in _EXTRACTION_SETTINGS:
            candidate = _extract_body(markup, {**settings, "include_images": False}, title, page, page_links, path)
            if candidate is not None and (best is None or candidate.score > best.score):
                best = candidate
    if best is None or best.score < _MIN_ARTICLE_HAN:
        # trafilatura can miss a short body that a CMS's own content container holds (gov.cn's pages,
        # with a second </html> after their header include, give it the top bar): read the container.
        contained = _cms_container(prepared)
        if contained is not None:
            for settings in ({"config": _short_story_config()}, {"favor_recall": True, "config": _short_story_config()}):
                candidate = _extract_body(contained, settings, title, page, page_links, path)
                if candidate is not None and (best is None or candidate.score > best.score):
                    best = candidate
    if best is not None and _glued(best):
        candidates = [_extract_body(markup, {**settings, "config": _short_story_config()}, title, page, page_links, path)
                      for settings in _EXTRACTION_SETTINGS]
        candidate = max((c for c in candidates if c is not None), key=lambda c: (_prose_lines(c), c.score), default=None)
        if candidate is not None and _prose_lines(candidate) > _prose_lines(best) \
                and (candidate.score >= best.score * _UNGLUED_KEEPS or _split_of(candidate, best)):
            best = candidate
    if best is not None:
        best = _without_page_furniture(best, links, prepared, title, page, page_links, path)
        best = _without_trailing_link_titles(best, links) if best is not None else None
    if best is not None:
        best = _without_translation(best)
    if best is None or (best.score < _MIN_ARTICLE_HAN and not _signed_notice(best) and not _short_story(best)):
        raise NoArticleError(_no_body_reason(tree), path=path)
    if _teaser_list(links, best):
        raise NoArticleError("is not an article: a list of links with their summaries (an index or forum page)",
                             path=path)
    lines_on_page = page_lines(tree)
    if _glued(best):
        best = _unglued_by_page(best, lines_on_page, title)
    best = _with_page_captions(_in_page_order(best, lines_on_page), page.figcaptions, lines_on_page,
                               best.title or title)
    best = _with_closing_editor_line(best, lines_on_page)
    if best.title is None and title is None:
        # A headline the body holds is the rules' to find (with the lines around it); one it left out is lost unless taken here.
        headline = _headline_over_info(lines_on_page, best)
        if headline is not None and squash(headline) not in {squash(line) for line in best.lines[:_HEADLINE_REACH]}:
            title = headline
            best = dataclasses.replace(best, title=title)
    table = _official_table(lines_on_page)
    if table and not any(official_info_line(line) for line in best.lines):
        best = dataclasses.replace(best, lines=(*table, *best.lines))  # read by the rules, kept in header_raw
    best, deck = _without_deck(best, page.deck)
    headline_stack = {squash(part) for part in (page.deck, page.kicker, title) if part}
    best, standfirst = _with_standfirst(best, page.standfirst if page.standfirst is not None
                                        and squash(page.standfirst) not in headline_stack else None, lines_on_page)
    if standfirst is not None and deck is None and headline_part(standfirst) and standfirst[-1:] not in "。！？!?…" \
            and not any(mark in standfirst for mark in "；;"):
        # a phrase, no sentence: the headline's deck (clauses set apart by ；, 财新's subhead, summarise)
        best, deck = _without_deck(best, standfirst)
        standfirst = None
    best, kicker = _without_deck(best, page.kicker if page.kicker and squash(page.kicker) != squash(best.title or title or "")
                                 else None)
    marked = author_texts(tree)
    last_prose = next((line for line in reversed(best.lines) if body_like(line) and line not in best.captions), None)
    visible = visible_facts(lines_on_page, title, marked, last_prose)
    trailing = trailing_facts(lines_on_page, last_prose, best.captions)
    facts = merge_facts([Facts(page.published, page.source, page.authors), visible, best.facts, trailing])
    # The 来源 the article shows by its headline (来源：经济日报) is more specific than the page's
    # <meta name="source">, which many sites fill with their own name for every story they carry.
    source = outlet(visible.source or best.facts.source or facts.source, page.site)
    if page.account is not None:
        # A WeChat post: the account its meta line shows is the outlet of last resort, below a 来源
        # line in the text; the account whose card a repost carries is the source.
        source = page.source or (None if source == page.account else source)
    editors = tuple(dict.fromkeys([*facts.editors, *(name for line in best.lines if is_editor_line(line)
                                                      for name in editors_from_text(line))]))
    web_editors = _government_web_editors(page, [visible, best.facts, trailing], best.lines)
    editors = tuple(dict.fromkeys((*editors, *web_editors)))
    # Sites that fill 作者 with the desk editor's name: an editor is not a reporter.
    authors = tuple(name for name in facts.authors if name not in editors)
    handles = _labelled_handles(authors, lines_on_page)
    best = _with_writer_credits(best, lines_on_page, authors, title)
    hints = Hints(
        title=best.title,
        published=facts.published,
        agency=source or marked_account(lines_on_page, title, marked, last_prose) or (None if page.account else page.site)
        or stamped_account(lines_on_page, title),
        authors=authors,
        editors=editors,
        keywords=page.keywords,
        url=page.url or _own_address(lines_on_page),
        language=page.language,
        captions=best.captions,
        headings=best.headings,
        list_items=tuple((line, marker) for line, marker, _ in best.items if line in best.lines),
        list_depths=tuple((line, depth) for line, _, depth in best.items if depth and line in best.lines),
        bold_lines=_bold_lines(best.lines, prepared),
        links=best.links,
        title_in_text=best.title is None,  # no headline found outside the body: let the rules look inside
        standfirst=standfirst,
        extra={**({"region": page.region} if page.region else {}), **({"outlet": page.account} if page.account else {}),
               **({"subtitle": deck} if deck else {}), **({"kicker": kicker} if kicker else {}),
               **({"author_handles": "、".join(handles)} if handles else {}),
               **({"title_day": day} if (day := title_day(page.title_tag)) else {})},
    )
    lines = tuple(Line(text=line, number=number) for number, line in enumerate(best.lines, start=1))
    return HtmlExtract(lines, hints, decoded.encoding, decoded.replacements, best.extractor_text)


# A bilingual page (纽约时报中文网's 中英双语 view, FT中文网's 双语阅读) sets each paragraph of the story
# beside its English original. Kept, the English paragraphs ran between the Chinese ones (and got
# Chinese punctuation); the Chinese article is the document, as its headline is.
_LATIN_WORD_RE = regex_cache.compile(r"[A-Za-z][A-Za-z'’-]*")
_ORIGINAL_MIN_WORDS = 5
_ORIGINAL_PAIRS = 3  # English paragraphs at least, each beside a Chinese one
_STORY_LINE_HAN = 8  # Han characters of a Chinese paragraph beside an original
_ORIGINAL_ENDS = ".?!\"”’'):"


def _english_paragraph(line: str) -> bool:
    """A paragraph of English prose: no Han character, five words or more, mostly letters, and a
    sentence's end (no code, no list of names)."""
    text = line.strip()
    if not text or text[-1] not in _ORIGINAL_ENDS or any(mark in text for mark in "{}=<>;") or han_count(text):
        return False
    words = _LATIN_WORD_RE.findall(text)
    return len(words) >= _ORIGINAL_MIN_WORDS and sum(map(len, words)) * 10 >= len(text) * 6


def _without_translation(body: _Body) -> _Body:
    """The body without the English originals a bilingual page pairs with its paragraphs: three or
    more English paragraphs, each right before or after a Chinese one, and at least half as many as
    those. A Chinese story quoting an English passage or two keeps them."""
    lines = body.lines
    if sum(1 for line in lines if not han_count(line)) < _ORIGINAL_PAIRS:
        return body  # one pass of C-level counts: most bodies are all Chinese
    english = [_english_paragraph(line) for line in lines]
    chinese = [han_count(line) >= _STORY_LINE_HAN for line in lines]
    count = sum(english)
    if count < _ORIGINAL_PAIRS or count * 2 < sum(chinese):
        return body
    beside = all((index > 0 and chinese[index - 1]) or (index + 1 < len(lines) and chinese[index + 1])
                 for index, flag in enumerate(english) if flag)
    if not beside:
        return body
    return dataclasses.replace(body, lines=tuple(line for line, flag in zip(lines, english, strict=True) if not flag))


def _bold_lines(lines: tuple[str, ...], prepared: lxml_html.HtmlElement) -> tuple[str, ...]:
    """The body lines the page sets bold all through (see ``bold_texts``): the extractor drops
    the markup, and with it the evidence a subheading set in bold gives."""
    bold = bold_texts(prepared)
    return tuple(dict.fromkeys(line for line in lines if (key := squash(line)) and key in bold))


def read_html(data: bytes, *, path: str | None = None) -> Document:
    from ..structure.build import build_document

    extract = extract_html(data, path=path)
    source = Source(path=path, encoding=extract.encoding, format="html", url=extract.hints.url)
    return build_document(list(extract.lines), extract.hints, source)


def read_html_documents(data: bytes, *, path: str | None = None, **_: object) -> list[Document]:
    return [read_html(data, path=path)]
