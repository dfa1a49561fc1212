"""Crawler output: a JSON record, an array of records, or JSON Lines, each record an article.

Crawlers name their fields as they like (``content``, ``body``, ``article``, ``正文`` …), so the
common names are recognised (those of news APIs and extraction tools too: NewsAPI, Event Registry,
Diffbot, trafilatura, news-please, newspaper, feed readers, schema.org), with the shapes their
values come in (a list per field, a source or author object, a link list, MongoDB's ``{"$date": …}``),
and an explicit mapping covers the rest: the ``fields`` option,
``Mapping[str, str]`` from our field name to the record's key (``{"content": "body"}``; the CLI's
``--field content=body``; dotted keys reach into nested objects: ``data.text``). Our field
names: title, content, time, source, author, editor, url, keywords, language.

The body text goes through the same news rules as a text file, so datelines, captions and
editor lines inside it are recognised the same way; record fields become ``Hints``. Crawler
files are often damaged (truncated, two arrays glued together); rather than refuse the file,
every complete record that can be recovered is read, with a warning saying so.
"""

from __future__ import annotations

import dataclasses
import functools
import html as html_entities
import itertools
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO

from .. import regex_cache
from ..errors import InputError, MalformedInputError, NoArticleError, UsageError
from ..model import Document, Source
from ..sources import MAX_INPUT_BYTES, decode
from ..structure.patterns import SOURCE_LABELS, canonical_agency, find_agency, known_agency_prefix, site_outlet
from ..structure.people import is_personal_name, latin_names
from ..transforms.punctuation import han_count
from .base import NEWS_TIME, Hints, Line, picture_labels, split_lines
from .flattened import split_flattened
from .html_furniture import Segment, is_editor_line, is_furniture
from .html_meta import government_named, headline_part, is_person_name, normalise_time

log = logging.getLogger("convertkit")

# Our field name -> record keys tried in order (compared case-insensitively).
FIELD_CANDIDATES: dict[str, tuple[str, ...]] = {
    # Chinese names in both scripts: a Taiwan or Hong Kong crawler's CSV heads its columns 標題, 內文, 發佈時間
    "title": ("title", "headline", "news_title", "article_title", "msg_title", "标题", "標題", "題目", "题目", "标题名", "標題名",
              "新闻标题", "新聞標題"),
    # a print headline's kicker (引题, also 肩题 or 眉题) and deck (副题), as e-paper crawlers and CMS
    # exports name them (Founder's introtitle and subtitle)
    "kicker": ("kicker", "introtitle", "intro_title", "leadtitle", "lead_title", "pretitle", "pre_title", "yinti",
               "yin_ti", "shoulder",
               "shoulder_title", "supertitle", "overline", "uptitle", "引题", "引題", "肩题", "眉题"),
    "subtitle": ("subtitle", "sub_title", "subheadline", "sub_headline", "subhead", "副标题", "副標題", "副题", "副題"),
    # a Weibo status's whole text ({"longText": {"longTextContent": …}}) before its "text", cut at 全文
    "content": ("content", "body", "longtext", "text", "article", "maintext", "main_text", "fulltext", "full_text",
                "news_content", "article_content", "content_text", "articlebody", "rich_text", "正文", "内容", "內容",
                "内文", "內文", "全文", "新闻内容", "新聞內容",
                # the body as HTML when no field holds it as text (GNE's body_html, spiders' content_html)
                "body_html", "content_html", "html_content", "article_html", "html_body", "contenthtml",
                "htmlcontent", "bodyhtml",
                # a page as markdown, when nothing else holds the text (Firecrawl, Apify's crawlers)
                "markdown"),
    "time": ("time", "date", "pub_time", "publish_time", "pubtime", "pub_date", "publish_date", "published",
             "published_at", "publishedat", "published_date", "publishedtime", "article:published_time", "datetimepub", "datetime", "date_published", "datepublished",
             "date_publish", "created_at", "news_time", "news_date", "pubdate", "publishtime", "publish_at",
             "release_time", "ctime",
             "create_time", "post_time",  # WeChat's own name for a post's time, and its spiders'
             "createtime", "created_time", "createdat",  # flash APIs' camelCase (格隆汇's createTime)
             "display_time", "showtime", "show_time",  # a live feed's time of each item
             "发布时间", "發布時間", "發佈時間", "发稿时间", "發稿時間", "出版时间", "出版時間", "時間", "时间", "日期"),
    "source": ("source", "media", "agency", "website", "site", "site_name", "sitename", "meta_site_name", "ogsitename",
               "og:site_name", "publisher",
               "from", "origin", "news_source", "source_name", "media_name", "来源", "來源", "媒体", "媒體"),
    "author": ("author", "authors", "reporter", "reporters", "byline", "writer", "author_name", "news_author",
               "作者", "记者", "記者"),
    "editor": ("editor", "editors", "news_editor", "editor_name", "责任编辑", "責任編輯", "编辑", "編輯"),
    "url": ("url", "link", "href", "pageurl", "sourceurl", "canonical_link", "canonicalurl", "canonical", "alternate", "article_url",
            "permalink", "mainentityofpage", "source_url", "msg_link", "content_url", "documentidentifier", "链接", "鏈接", "連結", "网址", "網址"),
    # newspaper3k's and newspaper4k's meta_keywords are the page's; their keywords, the library's own guesses
    "keywords": ("meta_keywords", "keywords", "keyword", "tags", "tag", "关键词", "關鍵詞", "关键字", "關鍵字", "标签", "標籤"),
    # the summary the crawler kept beside the text (a site's 摘要 or description, a WeChat post's digest, a
    # dataset's human-written summary): shown set apart (摘要) over the story, unless the text opens with it
    "summary": ("summary", "abstract", "description", "meta_description", "og:description", "digest", "excerpt", "standfirst", "desc", "msg_desc",
                "news_summary", "article_summary", "news_abstract", "brief", "摘要", "内容摘要", "內容摘要", "提要",
                "内容提要", "內容提要", "导语", "導語"),
    "language": ("language", "lang", "inlanguage", "humanlanguage", "meta_lang", "languagecode", "语言", "語言"),
    # the publication a list of records came from (a feed's own title: the blog or site), the
    # outlet of last resort: a 来源 line or byline in the text names the agency better
    "outlet": ("outlet", "feed_title", "channel_title", "blog_name",
               # the site's name or address as an extractor found it (trafilatura's source-hostname, news-please's
               # source_domain): an address counts only when it is a listed outlet's (see _site_named)
               "source-hostname", "source_domain", "hostname", "domain",
               # the WeChat account a post came out under (wechat spiders, we-mp-rss, exporters)
               "account_name", "mp_name", "gzh_name", "wechat_name", "nickname", "公众号", "公众号名称", "公眾號", "公眾號名稱",
               "screen_name", "sourcecommonname"),  # a Weibo export's account, GDELT's site
}
_FIELD_ALIASES = {"body": "content", "text": "content", "date": "time", "published": "time", "pub_time": "time",
                  "media": "source", "agency": "source", "authors": "author", "editors": "editor",
                  "link": "url", "tags": "keywords", "lang": "language"}
# A record needs one line with this many Han characters (not furniture, not an editor line).
_MIN_PROSE_HAN = 8
# A "source" longer than this describes where a record came from; it does not name an outlet.
_MAX_SOURCE_CHARS = 24
# Containers crawlers wrap their record lists in.
# Diffbot's "objects", an Elasticsearch hit's "_source" (a record under {"hits": {"hits": [{"_source": …}]}}),
# Webz.io's "posts", Media Cloud's "stories".
_LIST_KEYS = ("data", "items", "records", "articles", "results", "list", "news", "docs", "rows", "hits", "objects",
              "_source", "posts", "stories", "result")


# A dict holding one of these as text (or a list of paragraphs) is a record; else a wrapper.
_RECORD_FIELDS = (FIELD_CANDIDATES["content"], FIELD_CANDIDATES["title"])


@dataclass(frozen=True, slots=True)
class Record:
    """One crawler record as found, with its index in the file."""

    index: int
    data: Mapping[str, Any]


# --- parsing -----------------------------------------------------------------------------------


# Records and texts are looked for this deep in a JSON value and no deeper: crawler output nests
# a few levels (``{"data": {"items": [...]}}``); what nests hundreds of levels is no article, and
# following it would exhaust Python's stack (a RecursionError instead of an answer).
_MAX_DEPTH = 64


# Where an API nests a field's text one level down: WordPress's REST API ({"title": {"rendered":
# "…"}, "content": {"rendered": "<p>…</p>"}), CMS exports ({"value": …}, {"#text": …}), an author
# as {"name": …}. Not "text" or "content": an object holding those is a record in a wrapper
# ({"data": {"article": {"title": …, "content": …}}}).
_NESTED_TEXT_KEYS = ("rendered", "value", "#text", "name", "raw")


def _unnested(value: Any) -> Any:
    """``value``, or the text an object holds under one of ``_NESTED_TEXT_KEYS``."""
    if isinstance(value, Mapping):
        for key in _NESTED_TEXT_KEYS:
            inner = value.get(key)
            if isinstance(inner, str) and inner.strip():
                return inner
    return value


def _records_in(value: Any, depth: int = 0) -> list[Mapping[str, Any]]:
    if depth > _MAX_DEPTH:
        return []
    if isinstance(value, list):
        return [record for item in value for record in _records_in(item, depth + 1)]
    if isinstance(value, dict):
        lowered = {str(key).lower(): item for key, item in value.items()}
        if not any(isinstance(_unnested(lowered.get(name)), str | list) for names in _RECORD_FIELDS for name in names):
            # an API response wraps the record: {"code": 0, "data": {"article": {"title": …, "content": …}}}
            for key in (*_LIST_KEYS, *FIELD_CANDIDATES["content"]):
                if isinstance(lowered.get(key), list | dict):
                    return _records_in(lowered[key], depth + 1)
            only = _only_record_list(lowered)
            if only is not None:
                return _records_in(only, depth + 1)
        elif _titled_list(lowered):
            # a feed with a title of its own over its entries (Inoreader's and Feedly's exports:
            # {"title": "Starred", "items": [{"title": …, "summary": {"content": …}}]})
            records = _records_in(lowered["items"], depth + 1)
            if "jsonfeed.org" in str(lowered.get("version")) and isinstance(lowered.get("title"), str):
                # a JSON Feed's title is the blog's or site's, each entry's outlet (an RSS <channel>'s title is)
                records = [{**record, "feed_title": lowered["title"]} if "feed_title" not in record else record
                           for record in records]
            return records
        return [value]
    return []


def _only_record_list(lowered: Mapping[str, Any]) -> list[Any] | dict[str, Any] | None:
    """The one list of objects a wrapper holds under a key of the API's own (财联社's telegraph feed:
    {"data": {"roll_data": [{"title": …, "content": …}, …]}}), else the one object it wraps
    ({"data": {"feed": {"list": […]}}}); None when it holds none or several."""
    lists = [item for item in lowered.values() if isinstance(item, list) and item and isinstance(item[0], dict)]
    if lists:
        return lists[0] if len(lists) == 1 else None
    objects = [item for item in lowered.values() if isinstance(item, dict) and item]
    return objects[0] if len(objects) == 1 else None


def _titled_list(lowered: Mapping[str, Any]) -> bool:
    """A dict with a title and no text that holds a list of items each with a title: a feed."""
    items = lowered.get("items")
    if not isinstance(items, list) or not items or not isinstance(items[0], dict):
        return False
    if any(isinstance(_unnested(lowered.get(name)), str | list) for name in FIELD_CANDIDATES["content"]):
        return False
    return any(str(key).lower() in FIELD_CANDIDATES["title"] for key in items[0])


_INT_DIGITS = 4000  # Python refuses to read a longer integer (sys.int_info.default_max_str_digits)


def _integer(digits: str) -> int | str:
    """A JSON integer; one too long for Python to read (a crawler's hash or ID as a bare number)
    stays its digits instead of making the whole file invalid JSON."""
    return int(digits) if len(digits.lstrip("-")) <= _INT_DIGITS else digits


_DECODER = json.JSONDecoder(strict=False, parse_int=_integer)


def _loads(text: str) -> Any:
    """``json.loads``, with JSON nested deeper than the parser's stack allows refused as a
    ValueError (json raises RecursionError for it, past about a thousand levels)."""
    try:
        return _DECODER.decode(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def _json_lines(text: str) -> list[Any] | None:
    """One value per line. A line may start with a byte-order mark: JSON files that each had
    one, joined with ``cat`` into a JSON Lines file."""
    values: list[Any] = []
    for line in text.splitlines():
        if line.strip():
            try:
                values.append(_loads(line.lstrip("\ufeff")))
            except ValueError:
                return None
    return values if len(values) > 1 else None


# Salvage decodes from each candidate ``{`` within a window of the text that grows only while
# the window's end may be what cut the value short. Decoding at every ``{`` of the whole text
# was quadratic: json's error for a failed attempt counts the lines before its position, so
# half a megabyte of ``{"a":1,`` took 17 s.
_SALVAGE_WINDOW = 1 << 8


def _decode_at(decoder: json.JSONDecoder, text: str, position: int) -> tuple[Any, int] | int:
    """The JSON value starting at ``position`` and the index after it, or where to look for
    the next candidate when there is none. A value nested too deeply for the parser's stack is
    passed over up to its first ``}``: the ``{`` before it all open the same unclosed chain, and
    retrying each (a thousand levels every time) made ``{"a":`` × 170 000 take 38 s."""
    window = _SALVAGE_WINDOW
    while True:
        end = min(len(text), position + window)
        piece = text[position:end]
        try:
            value, used = decoder.raw_decode(piece)
            return value, position + used
        except RecursionError:
            close = text.find("}", position)
            return close if close != -1 else len(text)
        except json.JSONDecodeError as exc:
            cut_short = exc.pos >= len(piece) - 8 or exc.msg.startswith("Unterminated string")
            if end >= len(text) or not cut_short:
                return position + 1
        window *= 16


# Where an object can start: ``{`` then ``"`` or ``}`` (what else follows a ``{`` fails at once).
_OBJECT_START_RE = regex_cache.compile(r'\{[ \t\r\n]*["}]')


def _salvage(text: str) -> list[Mapping[str, Any]]:
    """Every complete top-level-looking object in damaged JSON, in order."""
    decoder = _DECODER
    found: list[Mapping[str, Any]] = []
    start = _OBJECT_START_RE.search(text)
    while start is not None:
        decoded = _decode_at(decoder, text, start.start())
        if isinstance(decoded, int):
            start = _OBJECT_START_RE.search(text, decoded)
            continue
        value, end = decoded
        found.extend(_records_in(value))
        start = _OBJECT_START_RE.search(text, end)
    return found


# A \\uD800–\\uDFFF escape: JSON may spell half a UTF-16 pair, which Python keeps as a lone
# surrogate, a str that no encoder writes (every writer failed on it, or wrote an invalid file).
_SURROGATE_ESCAPE_RE = regex_cache.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONE_SURROGATE_RE = regex_cache.compile(r"[\ud800-\udfff]")


def _without_lone_surrogates(value: Any, counter: list[int], depth: int = 0) -> Any:
    """``value`` with every lone surrogate in its strings (keys too) replaced by U+FFFD,
    counted in ``counter[0]``; paired escapes were already joined by json."""
    if isinstance(value, str):
        fixed, count = _LONE_SURROGATE_RE.subn("\ufffd", value)
        counter[0] += count
        return fixed
    if depth > _MAX_DEPTH:
        return value
    if isinstance(value, list):
        return [_without_lone_surrogates(item, counter, depth + 1) for item in value]
    if isinstance(value, dict):
        return {_without_lone_surrogates(key, counter, depth + 1): _without_lone_surrogates(item, counter, depth + 1)
                for key, item in value.items()}
    return value


def parse_records(text: str, *, path: str | None = None) -> list[Record]:
    """Records of a JSON document, JSON Lines file, or damaged JSON (with a warning)."""
    try:
        values = _records_in(_DECODER.decode(text))
    except (ValueError, RecursionError) as exc:
        too_deep = isinstance(exc, RecursionError)
        lines = _json_lines(text)
        if lines is not None:
            values = _records_in(lines)
        else:
            values = _salvage(text)
            if not values:
                what = "is JSON nested too deeply to read" if too_deep else "is not valid JSON"
                raise MalformedInputError(f"{what} and holds no complete record", path=path) from None
            log.warning("%s: damaged JSON; recovered %d complete record(s)", path or "<input>", len(values))
    if _SURROGATE_ESCAPE_RE.search(text):
        counter = [0]
        values = [_without_lone_surrogates(value, counter) for value in values]
        if counter[0]:
            log.warning("%s: %d lone UTF-16 surrogate escape(s) (\\ud800 without its pair) replaced with U+FFFD",
                        path or "<input>", counter[0])
    return [Record(index, value) for index, value in enumerate(values)]


# --- fields ------------------------------------------------------------------------------------


def resolve_fields(fields: Mapping[str, str] | Iterable[str] | str | None) -> dict[str, str]:
    """Validate a ``fields`` option into {our name: record key}; UsageError on an unknown name.

    A mapping is the API form; ``"content=body"`` strings (one, or several, or comma-separated)
    are accepted too, so a CLI can pass ``--field`` values through unchanged.
    """
    if isinstance(fields, str):
        fields = fields.split(",")
    if fields is not None and not isinstance(fields, Mapping):
        pairs: dict[str, str] = {}
        for item in fields:
            name, sep, key = str(item).partition("=")
            if not sep:
                raise UsageError(f"JSON field mapping {item!r} is not NAME=KEY (e.g. content=body)")
            pairs[name] = key
        fields = pairs
    resolved: dict[str, str] = {}
    for name, key in (fields or {}).items():
        ours = _FIELD_ALIASES.get(name.strip().lower(), name.strip().lower())
        if ours not in FIELD_CANDIDATES:
            raise UsageError(f"unknown JSON field {name!r} (known: {', '.join(FIELD_CANDIDATES)})")
        if not isinstance(key, str) or not key.strip():
            raise UsageError(f"JSON field {name!r} needs a record key")
        resolved[ours] = key.strip()
    return resolved


def _lookup(record: Mapping[str, Any], key: str) -> Any:
    value: Any = record
    for part in key.split("."):
        if not isinstance(value, Mapping):
            return None
        if part in value:
            value = value[part]
            continue
        lowered = {str(k).lower(): v for k, v in value.items()}
        value = lowered.get(part.lower())
    return value


def field_value(record: Mapping[str, Any], name: str, mapping: Mapping[str, str], *, nested: bool = False) -> Any:
    """The record's value for our field ``name``: the mapped key if given, else a common name
    (in the record, else in its metadata object: ``nested`` says it is that object already)."""
    if name in mapping:
        return _unnested(_lookup(record, mapping[name]))
    # A key mapped explicitly to one field is never guessed for another.
    claimed = {_key_form(key) for key in mapping.values()}
    lowered = {form: value for key, value in record.items() if (form := _key_form(str(key))) not in claimed}
    root = None
    for candidate in FIELD_CANDIDATES[name]:
        value = _unnested(lowered.get(_key_form(candidate)))
        if isinstance(value, bool):
            continue  # a flag under a field's name ("longText": false) holds no text
        if value not in _NO_VALUES and not (isinstance(value, list) and all(item in _NO_VALUES for item in value)):
            if name == "url" and isinstance(value, str) and _SITE_ROOT_RE.match(value):
                root = root or value  # newspaper3k's source_url is the site's home: its canonical_link is the page's
                continue
            return value  # newspaper3k writes a page without keywords as meta_keywords: [""]
    if root is not None:
        return root
    inner = None if nested else _metadata(lowered)
    return field_value(inner, name, _NO_MAPPING, nested=True) if inner is not None else None


# A site's home page, no path: an address of last resort beside the article's own.
_SITE_ROOT_RE = regex_cache.compile(r"^\s*https?://[^/\s]+/?\s*$")


@functools.lru_cache(maxsize=4096)
def _key_form(key: str) -> str:
    """A record key as compared with our candidates: lowercase, without ``_`` and ``-``, so that an
    API's camelCase (editorName, publishTime, sourceName) and snake_case (editor_name) are one."""
    return key.lower().replace("_", "").replace("-", "")


# Where crawl services keep what they read of the page beside its text (Firecrawl's and Apify's
# {"markdown": …, "metadata": {"title": …, "author": …, "publishedTime": …}}): a field not in the
# record itself is looked for there, one level down.
_METADATA_KEYS = ("metadata", "meta")
_NO_MAPPING: Mapping[str, str] = {}


def _metadata(lowered: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The record's metadata object (keys lowered), if it has one."""
    for key in _METADATA_KEYS:
        inner = lowered.get(key)
        if isinstance(inner, Mapping) and inner:
            return inner
    return None


# Values that say a field is empty: news-please writes a missing date as str(None), "None";
# exporters of other languages write "null" or "NaN".
_NO_VALUES = (None, "", [], {}, "None", "null", "NaN")


def _as_text(value: Any, depth: int = 0) -> str | None:
    if value is None or depth > _MAX_DEPTH:
        return None
    if isinstance(value, list):
        parts = [_as_text(item, depth + 1) for item in value]
        return "\n".join(part for part in parts if part) or None
    if isinstance(value, Mapping):
        if str(value.get("type") or value.get("kind") or "").lower() in _PICTURE_BLOCKS:
            return _picture_caption(value)
        # a tag as an object: Diffbot's {"label": …, "score": …}, a feed reader's category {"id": …, "label": …};
        # a body as an object (a Scrapy item's {"body": {"paragraphs": […]}}, Editor.js's {"blocks": [{"type":
        # "paragraph", "data": {"text": …}}]}, Weibo's {"longTextContent": …}), a block's {"type": "text", "value": …}
        return _as_text(value.get("text") or value.get("content") or value.get("name") or value.get("label")
                        or value.get("body") or value.get("paragraphs") or value.get("blocks") or value.get("data")
                        or value.get("value") or value.get("longTextContent"), depth + 1)
    return str(value)


# A body kept as a list of blocks ({"type": "text", "value": …}, {"type": "image", "src": …, "caption": …}, as
# app APIs and CMS exports keep it): a picture's block gives its caption, in its place among the paragraphs.
_PICTURE_BLOCKS = frozenset(("image", "img", "picture", "photo", "figure", "pic"))
_CAPTION_KEYS = ("caption", "desc", "description", "alt", "title")


def _picture_caption(block: Mapping[str, Any]) -> str | None:
    data = block.get("data")
    held = data if isinstance(data, Mapping) else block  # Editor.js: {"type": "image", "data": {"caption": …}}
    return next((" ".join(text.split()) for key in _CAPTION_KEYS
                 if isinstance(text := held.get(key), str) and text.strip()), None)


def _block_captions(value: Any) -> tuple[str, ...]:
    """The captions of the picture blocks in a body kept as a list of blocks (``_PICTURE_BLOCKS``)."""
    if isinstance(value, Mapping) and isinstance(value.get("blocks"), list):
        value = value["blocks"]
    if not isinstance(value, list):
        return ()
    return tuple(caption for item in value if isinstance(item, Mapping)
                 and str(item.get("type") or item.get("kind") or "").lower() in _PICTURE_BLOCKS
                 and (caption := _picture_caption(item)))


# A list written out as text: a pandas CSV export of a Scrapy item's list field holds its repr
# (['旅游', '春节'], ["王小明", "李华"]).
_LIST_LITERAL_RE = regex_cache.compile(r"""\s*\[\s*(?:'|")[\s\S]*(?:'|")\s*\]\s*""")


def listed(value: Any) -> Any:
    """``value``, or the list of texts a string holds as a Python or JSON list literal."""
    if not isinstance(value, str) or not _LIST_LITERAL_RE.fullmatch(value):
        return value
    import ast  # only for a field that looks like a list literal

    try:
        items = ast.literal_eval(value.strip())
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return value
    if isinstance(items, list) and all(isinstance(item, str) for item in items):
        return items
    return value


def _as_list(value: Any) -> tuple[str, ...]:
    """The items of a list field, or of a text parted by commas, semicolons or spaces, each once
    (trafilatura repeats a page's tags: 中国芯,芯片;中国芯,芯片)."""
    value = listed(value)
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(dict.fromkeys(text for item in value if (text := _as_text(item)) and text.strip()))
    text = _as_text(value) or ""
    if _LIST_MARKS_RE.search(text):  # marks part the items, and a space is inside one (Hong Kong, 第二十三条)
        return tuple(dict.fromkeys(part for part in (item.strip() for item in _LIST_MARKS_RE.split(text)) if part))
    return tuple(dict.fromkeys(part for part in text.split() if part))


_LIST_MARKS_RE = regex_cache.compile(r"\s*[,，;；、|]+\s*")


def _url_value(value: Any, depth: int = 0) -> str | None:
    """A record's address: a string, or the first link of a list of link objects (a feed
    reader's "alternate": [{"href": …, "type": "text/html"}], Inoreader's "canonical")."""
    if isinstance(value, list) and depth < 2:
        return next((url for item in value if (url := _url_value(item, depth + 1))), None)
    if isinstance(value, Mapping):
        value = value.get("href") or value.get("url") or value.get("@id") or value.get("value")
    return value.strip() or None if isinstance(value, str) else None


# A source or site value that is a web address (trafilatura's "source" is the page's URL) or a
# site's domain (NewsAPI's source name Xinhuanet.com, Event Registry's source uri chinanews.com.cn).
_WEB_ADDRESS_RE = regex_cache.compile(r"(?:https?:)?//\S+$", re.IGNORECASE)
_DOMAIN_NAME_RE = regex_cache.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,6}$", re.IGNORECASE)
# A site name an extractor took from the page's copyright line (trafilatura: 网易版权所有,
# www.chinanews.com,版权所有): the name without it.
_COPYRIGHT_WORDS_RE = regex_cache.compile(r"[\s,，]*(?:版权所有|版權所有|copyright|©)[\s,，]*", re.IGNORECASE)


# The page's own label an extractor took with the source's name (来源：新华网, 來源: 中央社, （来源：
# 某某日报 作者：张三）): the name is what follows the label, up to a space, a mark or a bracket.
_SOURCE_LABEL_RE = regex_cache.compile(
    rf"^[（(【\[]?\s*(?:{'|'.join(sorted(SOURCE_LABELS, key=len, reverse=True))})\s*[:：]\s*"
    r"(?P<name>[^\s，。,；;：:、（）()【】\[\]]{2,24})")


def _unlabelled_source(text: str) -> str:
    """A source field's name without the label a page wrote before it (see ``_SOURCE_LABEL_RE``)."""
    match = _SOURCE_LABEL_RE.match(text)
    return match.group("name") if match else text


def _named(value: Any) -> str | None:
    """The name a source object gives (NewsAPI's {"id": …, "name": …}, Event Registry's
    {"uri": "chinanews.com.cn", "title": "中国新闻网"}), or the field's text."""
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("title") or value.get("label") or value.get("uri")
    return _as_text(value)


def _site_named(text: str) -> str | None:
    """An outlet or site field's name, an address in it standing for its listed outlet
    (www.news.cn → 新华网) and for nothing when the outlet is not listed."""
    text = _COPYRIGHT_WORDS_RE.sub("", text).strip() if "版" in text or "©" in text or "opyright" in text else text
    if _WEB_ADDRESS_RE.match(text) or _DOMAIN_NAME_RE.match(text):
        return site_outlet(text)
    return text or None


_MONTHS = {name: number for number, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for name in names}
_EN_DATE_RE = regex_cache.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b")
_RFC822_RE = regex_cache.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\b")
_DMY_RE = regex_cache.compile(r"^(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})$")
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


_WRAPPED_TIME_KEYS = ("$date", "$numberLong", "value", "date")
# The C library's time as Weibo's and Twitter's APIs write a post's created_at, kept by their
# crawlers: "Tue Mar 05 10:30:00 +0800 2024" (the zone, when given, before the year).
_ASCTIME_RE = regex_cache.compile(
    r"^[A-Za-z]{3},?\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([+-])(\d{2}):?(\d{2})\s+)?((?:19|20)\d{2})$")
# A day written as digits alone, as financial data APIs and e-paper crawlers date a record
# (tushare's "date": "20240305", 新闻联播 transcripts; a time of day may follow: 20240305103000).
_COMPACT_DATE_RE = regex_cache.compile(r"^((?:19|20)\d{2})(\d{2})(\d{2})(?:[T ]?(\d{2})(\d{2})(\d{2})?)?$")
_COMPACT_DATE_NUMBERS = range(19000101, 20991232)  # a JSON number of eight digits is such a day, no epoch second of 1970


def normalise_record_time(value: Any) -> str | None:
    """ISO 8601 from what crawlers write: ISO, ``2017/12/26``, ``Apr 18, 2024``, epoch numbers,
    Arabic-Indic digits with direction marks; None for relative times (``18 minutes ago``)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, list):  # a Scrapy item's field: ["2024-03-05 10:15"] or [1709604900]
        return normalise_record_time(value[0]) if value else None
    if isinstance(value, Mapping):  # MongoDB's extended JSON: {"$date": "…Z"}, {"$date": {"$numberLong": "…"}}
        inner = next((value[key] for key in _WRAPPED_TIME_KEYS if key in value), None)
        return normalise_record_time(inner) if inner is not None and not isinstance(inner, list) else None
    if isinstance(value, int) and value in _COMPACT_DATE_NUMBERS:
        return _compact_date(str(value))
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=NEWS_TIME).isoformat(timespec="minutes")
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).translate(_BIDI_MARKS)
    text = "".join(str(int(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text).strip()
    if text.isdigit() and len(text) in (10, 13):
        return normalise_record_time(int(text))
    if text.isdigit():
        return _compact_date(text)
    iso = normalise_time(text)
    if iso:
        return iso
    if text[:1].isalpha() and _ASCTIME_RE.match(text):
        return _asctime(text)
    if _RFC822_RE.match(text):  # feeds: "Sat, 31 Dec 2005 06:15:55 +0900"
        import email.utils  # feeds only: the package costs ~10 ms to import

        try:
            parsed = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is not None:
            return parsed.isoformat(timespec="minutes" if parsed.second == 0 else "seconds")
    match = _EN_DATE_RE.search(text)
    if match and match.group(1).lower() in _MONTHS:
        return f"{int(match.group(3)):04d}-{_MONTHS[match.group(1).lower()]:02d}-{int(match.group(2)):02d}"
    match = _DMY_RE.match(text)
    if match:
        day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _compact_date(digits: str) -> str | None:
    """ISO 8601 of a day written as digits alone (20240305, 202403051030, 20240305103000), its time
    of day when given; None for digits that are no such day."""
    match = _COMPACT_DATE_RE.match(digits)
    if match is None:
        return None
    year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if match.group(4) is not None and int(match.group(4)) <= 23 and int(match.group(5)) <= 59:
        out += f"T{match.group(4)}:{match.group(5)}"
        if match.group(6) not in (None, "00") and int(match.group(6)) <= 59:
            out += f":{match.group(6)}"
    return out


def _asctime(text: str) -> str | None:
    """ISO 8601 of Weibo's and Twitter's created_at (see ``_ASCTIME_RE``), its zone kept; a time
    without a zone is a naive time, as any other."""
    match = _ASCTIME_RE.match(text)
    month = _MONTHS.get(match.group(1).lower()) if match else None
    if match is None or month is None:
        return None
    day, hour, minute = int(match.group(2)), int(match.group(3)), int(match.group(4))
    if not (1 <= day <= 31 and hour <= 23 and minute <= 59):
        return None
    out = f"{int(match.group(9)):04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}"
    if match.group(5) not in (None, "00"):
        out += f":{match.group(5)}"
    if match.group(6):
        out += f"{match.group(6)}{match.group(7)}:{match.group(8)}"
    return out


# When a spider fetched the page, as it notes it beside the record: a time the page gave only
# relative to its reading (3小时前, 昨天 10:30, 03-05 10:30) is read from it.
_CRAWL_TIME_KEYS = ("crawl_time", "crawled_at", "crawltime", "crawl_date", "crawled_time", "collect_time",
                    "collected_at", "fetch_time", "fetched_at", "scrape_time", "scraped_at", "spider_time",
                    "采集时间", "抓取时间", "爬取时间")
_AGO_RE = regex_cache.compile(
    r"^(\d{1,3})\s*(秒|分钟|分鐘|分|小时|小時|个小时|個小時|天|日|周|週|second|minute|min|hour|hr|day|week)s?\s*(?:前|ago)$",
    re.IGNORECASE)
_AGO_UNITS = {"秒": 1, "second": 1, "分钟": 60, "分鐘": 60, "分": 60, "minute": 60, "min": 60,
              "小时": 3600, "小時": 3600, "个小时": 3600, "個小時": 3600, "hour": 3600, "hr": 3600,
              "天": 86400, "日": 86400, "day": 86400, "周": 604800, "週": 604800, "week": 604800}
_DAY_WORD_RE = regex_cache.compile(r"^(刚刚|剛剛|今天|今日|昨天|昨日|前天)\s*(?:(\d{1,2})[:：](\d{2}))?$")
_DAY_WORDS = {"刚刚": 0, "剛剛": 0, "今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}
_YEARLESS_RE = regex_cache.compile(r"^(\d{1,2})(?:-|/|月)(\d{1,2})日?\s*(?:(\d{1,2})[:：](\d{2}))?$")


def _crawl_moment(data: Mapping[str, Any]) -> datetime | None:
    """When the record was crawled, from a field of ``_CRAWL_TIME_KEYS`` with a time of day."""
    lowered = {str(key).lower(): value for key, value in data.items()}
    for key in _CRAWL_TIME_KEYS:
        iso = normalise_record_time(lowered.get(key))
        if iso is not None and len(iso) > 10:
            try:
                return datetime.fromisoformat(iso)
            except ValueError:
                return None
    return None


def _relative_to_crawl(raw: Any, data: Mapping[str, Any]) -> str | None:
    """ISO 8601 of a time written relative to the page's reading (3小时前, 18 minutes ago, 昨天 10:30,
    刚刚, 03-05 10:30 without its year), counted from the record's crawl time; None without one.
    Hours and minutes ago give the time to the minute, days ago the day only; a day without its
    year is the last such day on or before the crawl."""
    text = raw.strip() if isinstance(raw, str) else ""
    if not text or len(text) > 20:
        return None
    crawled = _crawl_moment(data)
    if crawled is None:
        return None
    from datetime import timedelta

    ago = _AGO_RE.match(text)
    if ago is not None:
        seconds = int(ago.group(1)) * _AGO_UNITS[ago.group(2).lower()]
        moment = crawled - timedelta(seconds=seconds)
        return moment.date().isoformat() if seconds >= 86400 else moment.isoformat(timespec="minutes")
    day = _DAY_WORD_RE.match(text)
    if day is not None:
        moment = crawled - timedelta(days=_DAY_WORDS[day.group(1)])
        if day.group(1) in ("刚刚", "剛剛"):
            return moment.isoformat(timespec="minutes")
        if day.group(2) is None:
            return moment.date().isoformat()
        return _at(moment, int(day.group(2)), int(day.group(3)))
    yearless = _YEARLESS_RE.match(text)
    if yearless is not None:
        month, dom = int(yearless.group(1)), int(yearless.group(2))
        try:
            moment = crawled.replace(month=month, day=dom)
            if moment.date() > crawled.date():
                moment = moment.replace(year=crawled.year - 1)
        except ValueError:
            return None
        if yearless.group(3) is None:
            return moment.date().isoformat()
        return _at(moment, int(yearless.group(3)), int(yearless.group(4)))
    return None


def _at(moment: datetime, hour: int, minute: int) -> str | None:
    """``moment``'s day at hour:minute, its offset kept; None for no time of day."""
    if hour > 23 or minute > 59:
        return moment.date().isoformat()
    return moment.replace(hour=hour, minute=minute, second=0, microsecond=0).isoformat(timespec="minutes")


# The button an extractor took with an account's name into the author field (中国广州发布 关注):
# 关注 reads as a name (关 is a surname).
_BUTTON_WORDS = frozenset({"关注", "關注", "订阅", "訂閱", "分享", "收藏", "举报", "檢舉", "点赞", "按讚"})


# A foreign paper's Chinese edition in its author field: the paper in title marks, then each writer
# perhaps with the place filed from (英国《金融时报》 迪米 华盛顿 ， 戴维•邦德 慕尼黑报道): the writers are
# the first word of each part.
_TITLED_OUTLET_RE = regex_cache.compile(r"^[\u4e00-\u9fff]{0,4}《[^《》]{2,12}》\s*")
_TITLED_PART_RE = regex_cache.compile(r"\s*[，,、]\s*")


def _writers_after_title_marks(text: str) -> str:
    found = _TITLED_OUTLET_RE.match(text)
    if found is None:
        return text
    parts = _TITLED_PART_RE.split(text[found.end() :].strip())
    return " ".join(part.split()[0] for part in parts if part.split())


def _people(value: Any) -> tuple[str, ...]:
    """Personal names from an author/editor field (``【李義、林宏聰】``, ``["记者 张三"]``, a writer's
    Latin names: ``Nick Timiraos``, ``英国《金融时报》 克莱尔•琼斯``)."""
    names: list[str] = []
    value = listed(value)
    for text in _as_list(value) if isinstance(value, list) else ((_as_text(value) or ""),):
        latin = latin_names(text)
        if latin:
            names.extend(latin)  # Nick Timiraos: one name of two words, not two words
            continue
        text = _writers_after_title_marks(text.strip())
        text = re.sub(r"[【】\[\]（）()〔〕]", " ", text)
        text = re.sub(r"(?:本报|本台)?(?:记者|記者|通讯员|通訊員|实习生|實習生|作者|编辑|編輯|责任编辑|責任編輯)\s*[:：]?", " ", text)
        for part in re.split(r"[\s,，、;；/／|＆&]+", text):
            part = part.strip("　 ")
            if part and part not in _BUTTON_WORDS and is_person_name(part):
                names.append(part)
    return tuple(dict.fromkeys(names))


# An author field that is an editor's credit: 责任编辑：张申, （编辑：李四）.
_EDITOR_LABEL_RE = regex_cache.compile(r"[\s（(【\[]*(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]")


def _outlet_named(value: Any) -> str | None:
    """The listed outlet an author field holds instead of a person (``新华网``, ``人民网-国际频道``),
    as written; None when it holds anything else."""
    for text in _as_list(value) if isinstance(value, list) else ((_as_text(value) or ""),):
        text = " ".join(text.split())
        if 2 <= len(text) <= _MAX_SOURCE_CHARS and find_agency(canonical_agency(text)) is not None:
            return text
    return None


# The outlet a reporter's credit names before the word 记者 (中央社記者溫貴香, 新华社驻东京记者 张三).
_REPORTERS_OUTLET_RE = regex_cache.compile(
    r"^\s*(?P<outlet>[^\s记記驻駐]{2,12}?)(?:[驻駐][^\s记記]{1,6})?(?:特约|特約|特派|实习|實習|首席)?(?:记者|記者)")


def _reporters_outlet(value: Any) -> str | None:
    """The listed outlet an author field names with its reporter (中央社記者溫貴香): who published
    the story, where a record gives no source."""
    for text in _as_list(value) if isinstance(value, list) else ((_as_text(value) or ""),):
        found = _REPORTERS_OUTLET_RE.match(text)
        if found is not None and find_agency(canonical_agency(found.group("outlet"))) is not None:
            return canonical_agency(found.group("outlet"))
    return None


def _language(value: Any) -> str | None:
    text = (_as_text(value) or "").lower()
    if any(mark in text for mark in ("hant", "zh-tw", "zh-hk", "zh_tw", "zh_hk", "traditional")):
        return "zh-Hant"
    if any(mark in text for mark in ("hans", "zh-cn", "zh_cn", "zh-sg", "simplified")):
        return "zh-Hans"
    return None


_HTML_CONTENT_RE = regex_cache.compile(r"<(?:p|br|div|section|h[1-6]|li)\b[^>]*>", re.IGNORECASE)
# A body stored as HTML escaped once more (&lt;p&gt;…&lt;/p&gt;: a CMS export, an API that escapes its
# fields, a spider that saved html.escape(body)): its tags are read as tags, not shown as text.
# A closing tag is asked for: a text that names a tag (写到 &lt;p&gt; 标签时) is no escaped body.
_ESCAPED_HTML_RE = regex_cache.compile(r"&lt;/(?:p|div|section|h[1-6]|li)\s*&gt;", re.IGNORECASE)
_BLOCK_TAGS = frozenset({"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
                         "blockquote", "figcaption", "figure", "ul", "ol", "table"})


def html_fragment_text(content: str) -> str:
    """Crawlers that store the body as HTML: one line per block element or ``<br>``, tags dropped."""
    return html_fragment(content)[0]


# Where a picture stood in a record's HTML body (a private-use mark no text holds): a line of its own.
_PICTURE_MARK = "\ue001"


def html_fragment(content: str) -> tuple[str, tuple[str, ...]]:
    """A record's HTML body as text (see ``html_fragment_text``) and the labels its pictures have
    under them (``<p><img></p><p>华坚鞋业生产车间</p>``: see ``picture_labels``)."""
    root = _fragment_root(content)
    return (content, ()) if root is None else _fragment_text(root)


def html_fragment_bold(content: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """``html_fragment``'s text and picture labels, and the lines the body sets bold all through
    (``<p><strong>一、…</strong></p>``: see ``html_info.bold_texts``), which the text no longer shows."""
    root = _fragment_root(content)
    if root is None:
        return content, (), ()
    text, labels = _fragment_text(root)
    if "<b" not in content and "<strong" not in content and "weight" not in content:
        return text, labels, ()  # no bold markup at all: most records
    from .html_info import bold_texts, squash

    bold = bold_texts(root)
    lines = (line for line in text.split("\n") if (key := squash(line)) and key in bold)
    return text, labels, tuple(dict.fromkeys(lines))


_LIST_ITEMS_MAX = 60  # items of one list read as a list: more is a page's index
_LIST_ITEM_CHARS = 200


def fragment_list_items(content: str) -> tuple[tuple[str, str], ...]:
    """The items of the lists an HTML body sets (``<ul><li>…</li></ul>``, ``<ol>``), each with the
    marker a browser draws (•, or its number): ``Hints.list_items``, which the text no longer shows.
    A list of one item is a layout box, no list."""
    if "<li" not in content and "<LI" not in content:
        return ()
    root = _fragment_root(content)
    if root is None:
        return ()
    from .html_furniture import BULLET

    items: list[tuple[str, str]] = []
    for listing in root.iter("ul", "ol"):
        entries = [child for child in listing if isinstance(child.tag, str) and child.tag == "li"]
        if not 2 <= len(entries) <= _LIST_ITEMS_MAX:
            continue
        for number, entry in enumerate(entries, start=1):
            text = " ".join("".join(entry.itertext()).split())
            if 0 < len(text) <= _LIST_ITEM_CHARS:
                items.append((text, f"{number}." if listing.tag == "ol" else BULLET))
    return tuple(items)


def _fragment_root(content: str) -> Any:
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.fragment_fromstring(content, create_parent="div")
    except (etree.ParserError, ValueError):
        return None


def _fragment_text(root: Any) -> tuple[str, tuple[str, ...]]:
    from lxml import etree

    parts: list[str] = []

    def walk(element: etree._Element) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in ("script", "style"):
            parts.append(element.tail or "")
            return
        if tag == "img":
            parts.append(f"\n{_PICTURE_MARK}\n")
        block = tag in _BLOCK_TAGS or tag == "br"
        if block:
            parts.append("\n")
        parts.append(element.text or "")
        for child in element:
            walk(child)
        if block:
            parts.append("\n")
        parts.append(element.tail or "")

    walk(root)
    lines = [line for line in (" ".join(line.split()) for line in "".join(parts).split("\n")) if line]
    under = [line for before, line in itertools.pairwise(lines) if before == _PICTURE_MARK and line != _PICTURE_MARK]
    elsewhere = [line for before, line in itertools.pairwise(["", *lines])
                 if before != _PICTURE_MARK and line != _PICTURE_MARK]
    text = "\n".join(line for line in lines if line != _PICTURE_MARK)
    return text, picture_labels(under, elsewhere)


# Where a crawler flattened a page's blocks (paragraphs, a caption, share buttons, 　　 indents)
# into one string, blanks are all that is left between them: a run of three or more beside a
# non-ASCII character, or of two after a mark that ends a sentence or a bracket. Two blanks
# between Han characters are left alone: they pad two-character names to three (杨  洋), and
# Western text keeps its double spaces after a full stop.
_BLANKS = r"[ \t\u00a0\u3000]"
_FLATTENED_BREAK = regex_cache.compile(
    rf"(?<=[^\x00-\x7f]){_BLANKS}{{3,}}|{_BLANKS}{{3,}}(?=[^\x00-\x7f])|(?<=[。！？」』”】）]){_BLANKS}{{2,}}"
)


# A Taiwanese paper's closing credit in brackets (（林修卉／台北報導）) ends the story's text: what
# a blank sets off after it is the page below the story (a stamp, a caption, 小編推薦：).
_CLOSING_CREDIT_BREAK = regex_cache.compile(rf"(?<=[報报][導道][）)]){_BLANKS}+(?=\S)")
# The page's publication and update stamps (蘋果日報: 發稿時間：08:34 更新時間：20:50, 出版：12:01
# 更新：17:45), glued between the story and a caption: a line of their own.
_PAGE_STAMPS = regex_cache.compile(
    r"(?:(?:發稿|发稿|出版|更新)(?:時間|时间)?\s*[:：]\s*\d{1,2}\s*[:：]\s*\d{2}\s*){1,3}"
)


# A photographer's credit closing a caption (…開轟。陳俊杰攝), glued to the next caption or set
# off from its own by blanks (…玩手遊。  盧廷羲攝現場許多球迷…): 蘋果日報's captions run together.
_HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff"
_GLUED_PHOTO_CREDIT = regex_cache.compile(
    rf"(?<=[。！？」』）)])[ \t\u3000]*(?P<name>[{_HAN_CLASS}]{{2,4}}?)(?:攝|摄)(?![影像製制於于取])(?P<next>[ \t\u3000]*(?=\S))?"
)


_NBSP_ENTITY = regex_cache.compile(r"&nbsp;?")
# A row of links a page set after the story, each opened by 》 (》自營商進出明細 》外資持股增減排行):
# glued after the last sentence, a line of its own.
_LINK_ROW = regex_cache.compile(r"(?<=[。！？」』）)])(?:[ \t\u3000]*》[^。！？》\s]{2,16}){2,}[ \t\u3000]*$")


# A picture's credit line (圖／海蝶音樂提供) set off from the text after it by two blanks (TVBS).
_PICTURE_CREDIT_BREAK = regex_cache.compile(
    rf"(?P<credit>(?:^|(?<=\s))[圖图]\s*[／/]\s*[^\s／/]{{1,24}}){_BLANKS}{{2,}}(?=\S)"
)


def _credit_closes_caption(match: re.Match[str]) -> str:
    """The credit against its caption, and a line break after it when another caption follows."""
    if not is_personal_name(match.group("name")):
        return match.group(0)
    credit = match.group(0).strip(" \t\u3000")
    return credit + "\n" if match.group("next") is not None else credit


def _unflatten(content: str) -> str:
    """A body without line breaks, broken where its blocks were glued together (UDN's
    ``…圖／柯姓網友提供   分享       facebook           自殺，不能解決難題`` is four lines; 蘋果日報's
    ``…（林修卉／台北報導） 出版時間：13:38 更新時間：21:00  副總統…。沈君帆攝`` is the story,
    its stamps and a caption). A body that has line breaks keeps them as they are."""
    if "\n" in content or "\r" in content:
        return content
    if "攝" in content or "摄" in content:
        content = _GLUED_PHOTO_CREDIT.sub(_credit_closes_caption, content)
    if "／" in content or "/" in content:
        content = _PICTURE_CREDIT_BREAK.sub("\\g<credit>\n", content)
    if "&nbsp" in content:
        content = _NBSP_ENTITY.sub(" ", content)  # an entity left as text (聯合報: 》自營商進出明細 &nbsp  》…)
    if "》" in content:
        content = _LINK_ROW.sub(lambda m: "\n" + " ".join(m.group(0).split()), content)
    content = _FLATTENED_BREAK.sub("\n", content)
    if "function" in content:
        script = _SCRIPT_RE.search(content)
        if script is not None:
            content = content[: script.start()] + "\n" + content[script.start() :]
    if "報導）" in content or "报道）" in content or "報道）" in content or "導)" in content:
        content = _CLOSING_CREDIT_BREAK.sub("\n", content)
    if "更新" in content:
        content = _PAGE_STAMPS.sub(lambda m: "\n" + m.group().strip() + "\n", content)
    return content


# A page's script a crawler took with the text (聯合報: domready(function() {…});): code, from
# a call handed a function to the end of the body.
_MIN_LENGTH_RUN_ON = 100  # characters: a shorter first line is a lead or a headline, not a copy
_SCRIPT_RE = regex_cache.compile(r"(?:^|(?<=\s))[A-Za-z_$][\w$.]*\(\s*function\s*\([^()]{0,40}\)\s*\{")


def _trim_furniture(lines: list[Line]) -> list[Line]:
    """Drop share-widget and copyright lines a crawler captured before or after the body."""
    def furniture(line: Line) -> bool:
        return not line.stripped or is_furniture(Segment(line.stripped)) or _SCRIPT_RE.match(line.stripped) is not None

    start, end = 0, len(lines)
    while start < end and furniture(lines[start]):
        start += 1
    while end > start and furniture(lines[end - 1]):
        end -= 1
    return lines[start:end]


def _drop_run_on_copy(lines: list[Line]) -> list[Line]:
    """The body without a run-on copy of itself ahead of it: a crawler that took the article's
    container and then its paragraphs stores the text twice, first as one line, then broken
    (人民网's ``A。B。C。`` followed by ``A。`` ``B。`` ``C。``). The first line goes when the
    lines after it, joined, begin with exactly its text (two of them at least)."""
    first_index = next((index for index, line in enumerate(lines) if line.stripped), None)
    if first_index is None:
        return lines
    first = "".join(lines[first_index].stripped.split())
    if len(first) < _MIN_LENGTH_RUN_ON:
        return lines
    joined = ""
    taken = 0
    for line in lines[first_index + 1 :]:
        if len(joined) >= len(first):
            break
        part = "".join(line.stripped.split())
        if not part:
            continue
        if not first.startswith(part, len(joined)):
            return lines
        joined += part
        taken += 1
    if joined != first or taken < 2:
        return lines
    return lines[:first_index] + lines[first_index + 1 :]


# Where an extractor broke a sentence at its inline links (GNE and its kind join the text of
# every node with a line break: ``…跻身内地女首富的`` / ``吴亚军`` / ``，在前不久召开的…``), the
# pieces are read back into one line. A line continues on the next when it ends with a mark no
# paragraph ends with (a comma, an opening bracket or quote), when the next begins with a mark no
# line begins with (clreq's line-start rule: ，。）” …), or when a line of running text stopped
# mid-sentence before a short word (a link's text), which then runs on into the line after it.
_OPEN_ENDS = "，,、（(“‘「『《〈【["
_CLOSED_STARTS = "，、。；：？！）」』”’〉】],;:?!)"  # not ．, which 蘋果日報 sets before list items
_PARAGRAPH_ENDS = "。！？!?…”」』）)：:；;"
_LINK_WORD_MAX = 8  # characters of a link's text set on a line of its own
_RUNNING_TEXT_MIN = 20  # characters of a line of running text (a heading is shorter or has no comma)
_NO_WORD_MARKS = regex_cache.compile(r"[\s，、。．；：？！…“”‘’「」『』（）()《》【】\[\],;:?!\"'—-]")


def _link_word(text: str) -> bool:
    """A short word with no mark in it: a link's text on a line of its own (not a share button's
    分享, which the page set after the story)."""
    return 0 < len(text) <= _LINK_WORD_MAX and han_count(text) > 0 and _NO_WORD_MARKS.search(text) is None \
        and not is_furniture(Segment(text))


_SENTENCE_STOPS_RE = regex_cache.compile(r"[。！？!?]")
_OPEN_SENTENCE_MIN = 10  # characters of the unfinished sentence: a credit after a full stop is shorter (…。 新华社发)


def _cut_mid_sentence(text: str) -> bool:
    """Running text (long, with a comma) that stops without closing its sentence, the unfinished
    sentence itself long (a caption's closing credit, ``…搬运榴莲。 新华社发``, is no sentence)."""
    if len(text) < _RUNNING_TEXT_MIN or not ("，" in text or "," in text) or text[-1] in _PARAGRAPH_ENDS:
        return False
    stops = list(_SENTENCE_STOPS_RE.finditer(text))
    tail = text[stops[-1].end():] if stops else text
    return han_count(tail) >= _OPEN_SENTENCE_MIN


# A line that opens with a field's label (教學與製作：…): the line before it, even if it ends with
# a comma, was a field of its own.
_LABEL_START_RE = regex_cache.compile(r"^[^\s，,。：:]{1,8}[：:]")


def _continues(text: str, following: str, joined_word: bool) -> bool:
    if not text or not following:
        return False
    if following[0] in _CLOSED_STARTS:
        return True
    if text[-1] in _OPEN_ENDS:
        return _LABEL_START_RE.match(following) is None
    if joined_word and text[-1] not in _PARAGRAPH_ENDS:
        return True  # after a link's text, the sentence goes on
    return _cut_mid_sentence(text) and _link_word(following)


def join_link_breaks(lines: list[Line]) -> list[Line]:
    """``lines`` with sentences an extractor broke at inline links read back into one line each
    (see above); a blank line always parts two paragraphs."""
    if len(lines) < 2:
        return lines
    joined: list[Line] = []
    word = False  # the last piece joined in was a link's text
    for line in lines:
        text = line.stripped
        if joined and _continues(joined[-1].stripped, text, word):
            previous = joined[-1]
            word = _link_word(text)
            glue = " " if previous.stripped[-1:].isascii() and previous.stripped[-1:].isalnum() \
                and text[:1].isascii() and text[:1].isalnum() else ""
            joined[-1] = Line(text=previous.stripped + glue + text, number=previous.number)
            continue
        word = False
        joined.append(line)
    return joined


def _bare_channel(source: str) -> bool:
    """A source field that names a site's channel and no outlet (韩国频道, 军事頻道)."""
    return source.endswith(("频道", "頻道")) and known_agency_prefix(source) is None


# What a social post's "source" names: the client or the phone it was posted with (Weibo's API and
# its crawlers: iPhone客户端, 微博 weibo.com, 微博网页版, 荣耀V20 4G, HUAWEI Mate 40 Pro), no outlet.
_POSTING_CLIENT_RE = regex_cache.compile(
    r"客户端|客戶端|网页版|網頁版|HTML5版|weibo\.com|^微博|iPhone|iPad|Android|安卓|\b[345]G$"
    r"|\b(?:HUAWEI|Xiaomi|Redmi|OPPO|vivo|Galaxy|OnePlus|Mate|Pro|Max|Ultra)\b|^(?:荣耀|华为|小米|红米)",
    re.IGNORECASE)


def _posting_client(source: str) -> bool:
    """A source field naming the client a post was sent with, not an outlet's (人民日报客户端 is
    人民日报's: a listed outlet before the word names it)."""
    return _POSTING_CLIENT_RE.search(source) is not None and known_agency_prefix(source) is None


# Codecs a crawler wrongly decoded UTF-8 bytes with, leaving Chinese as letters of another
# script (光明网 through PT154: 【环球网报道】 → гҖҗзҺҜзҗғзҪ‘жҠҘйҒ“гҖ‘; the classic Latin-1 ä¸­æ–‡).
_MOJIBAKE_CODECS = ("cp1252", "latin-1", "ptcp154", "cp1251")
_MOJIBAKE_SAMPLE = 200  # characters looked at before trying a repair
_MOJIBAKE_SHARE = 0.3  # of the sample in the letters such a misreading produces
_MOJIBAKE_LETTERS_RE = regex_cache.compile(r"[\u00c0-\u00ff\u0400-\u04ff]")


def _unmangled(text: str) -> tuple[str, str | None]:
    """``text`` with UTF-8 that a crawler decoded with a single-byte codec turned back into
    Chinese, and the codec; ``text`` and None when it is not such a misreading. Only a repair
    that is exact both ways (every character encodes, the bytes are strict UTF-8) and gives
    Chinese counts."""
    sample = text[:_MOJIBAKE_SAMPLE]
    if not sample or len(_MOJIBAKE_LETTERS_RE.findall(sample)) < _MOJIBAKE_SHARE * len(sample.strip() or " "):
        return text, None
    for codec in _MOJIBAKE_CODECS:
        try:
            repaired = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if han_count(repaired[:_MOJIBAKE_SAMPLE]) * 2 >= len(repaired[:_MOJIBAKE_SAMPLE].strip() or " "):
            return repaired, codec
    return text, None


def _is_prose(text: str) -> bool:
    return han_count(text) >= _MIN_PROSE_HAN and not is_editor_line(text) and not is_furniture(Segment(text))


# A short post that mixes a few Chinese words into Latin text (Venkman, Firefox 的 JavaScript 调试器。):
# real text when the record has a title, though under the Han floor.
_SHORT_POST_HAN = 2
_SHORT_POST_LATIN = 8
_SHORT_POST_CHARS = 160  # a post in English with a Chinese word or two is no Chinese article
_LATIN_LETTERS_RE = regex_cache.compile(r"[A-Za-z]")
_KANA_RE = regex_cache.compile(r"[\u3040-\u30ff]")
_WEB_LINK_RE = regex_cache.compile(r"(?:https?://|www\.)\S+|\S+@\S+", re.IGNORECASE)


def _is_short_post(text: str) -> bool:
    """Chinese words in Latin text, not a link (an address is no text) and not Japanese."""
    words = _WEB_LINK_RE.sub("", text)
    if _KANA_RE.search(words):
        return False  # Japanese: its kanji are no Chinese words
    return han_count(words) >= _SHORT_POST_HAN and len(_LATIN_LETTERS_RE.findall(words)) >= _SHORT_POST_LATIN \
        and not is_editor_line(text) and not is_furniture(Segment(text))


# A long feed title that still names a site (Asia Corporate Press via ACNNewswire.net): a web
# address or a newsroom's word in it, and no sentence.
_SITE_NAME_MAX = 60
_SITE_NAME_RE = regex_cache.compile(
    r"[A-Za-z0-9-]+\.(?:com|net|org|cn|tw|hk|mo|sg|my|info|biz)\b|(?:newswire|news|press|times|post|daily|网|網|报|報|新闻|新聞)",
    re.IGNORECASE)


def _site_name_like(outlet: str) -> bool:
    return len(outlet) <= _SITE_NAME_MAX and _SITE_NAME_RE.search(outlet) is not None \
        and not any(mark in outlet for mark in "。！？；，")


def _feed_entry_text(data: Mapping[str, Any]) -> Any:
    """A feed reader's entry text when it has no content: the Google Reader shape (Inoreader,
    Feedly) keeps a feed's summary as {"content": "<p>…</p>", "direction": "ltr"}. A summary that
    is a string is a summary (newspaper's, a dataset's), not the text."""
    summary = data.get("summary")
    return summary if isinstance(summary, Mapping) and isinstance(summary.get("content"), str) else None


# NewsAPI.org cuts every article's text after 200 characters and says how much it left out:
# "…是… [+1834 chars]". The marker is no text of the article.
_CUT_MARKER_RE = regex_cache.compile(r"[ \t]*(?:…|\.\.\.)?[ \t]*\[\+(\d+) chars\]$")


def _without_cut_marker(content: str, data: Mapping[str, Any]) -> tuple[str, str | None]:
    """The text without NewsAPI's marker, closed by … where it was cut, and how many characters
    the marker says were left out (None when there is no marker). The record's description
    takes the text's place when it holds the same opening and more of it."""
    marker = _CUT_MARKER_RE.search(content)
    if marker is None:
        return content, None
    kept = content[: marker.start()].rstrip()
    description = data.get("description")
    if isinstance(description, str) and len(description) > len(kept) and kept:
        opening = "".join(kept.split())[:_CUT_OPENING]
        if "".join(description.split()).startswith(opening):
            return description, marker.group(1)
    return kept + "…", marker.group(1)


_CUT_OPENING = 20  # characters a description shares with the cut text to be the same text


# HTML's character references left in a text field a spider cut out of the page's source
# (&ldquo;科技周&rdquo;, &#12290;, &amp;): the characters. Only a reference closed by its semicolon
# is read: a bare &para or &copy in an address's query (?a=1&para=2) is no character.
_ENTITY_RE = regex_cache.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def entities_read(text: str) -> str:
    """``text`` with its HTML character references read (see ``_ENTITY_RE``); a name HTML does
    not know (&T;) stays as written."""
    if "&" not in text or ";" not in text:
        return text
    return _ENTITY_RE.sub(lambda match: html_entities.unescape(match.group()), text)


# A body whose JSON escapes were written twice (a spider that saved json.dumps of its text, or its
# repr): "…参观。\\n\\u3000\\u3000活动期间…" decodes to backslashes and letters, where the
# paragraphs and indents were. Read when the body has no line break of its own and two such
# escapes at least (a text quoting one \n, a programmer's, stays as written).
_DOUBLE_ESCAPE_RE = regex_cache.compile(r"\\(?:u[0-9a-fA-F]{4}|[nrt\"\\/])")
_DOUBLE_ESCAPES_MIN = 2
_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\", "/": "/"}


def _unescaped(content: str) -> str:
    """``content`` with its escapes written twice read once more (see ``_DOUBLE_ESCAPE_RE``)."""
    found = _DOUBLE_ESCAPE_RE.findall(content, 0)
    if sum(1 for escape in found if escape[1] in "nu") < _DOUBLE_ESCAPES_MIN:
        return content

    def one(match: re.Match[str]) -> str:
        escape = match.group()
        return chr(int(escape[2:], 16)) if escape[1] == "u" else _SIMPLE_ESCAPES[escape[1]]

    return _LONE_SURROGATE_RE.sub("\ufffd", _DOUBLE_ESCAPE_RE.sub(one, content))


# A Weibo status's link cards in its text (<a …><span class="url-icon">…</span><span class="surl-text">网页链接
# </span></a>, …的微博视频, 查看图片, a place): the card's label, no words of the post. A topic (#…#) and a
# mention (@…) are the post's words and stay.
_WEIBO_CARD_RE = regex_cache.compile(
    r"<a\b[^>]*>(?:(?!</a>).)*?<span[^>]*class=[\"']surl-text[\"'][^>]*>\s*(?![#@])[^<]*</span>\s*</a>", re.DOTALL)


@dataclass(frozen=True, slots=True)
class RecordInput:
    """What one record hands to the news rules."""

    index: int
    lines: list[Line]
    hints: Hints
    url: str | None


def record_input(record: Record, mapping: Mapping[str, str]) -> RecordInput | None:
    """Lines and hints of a record, or None when it has no body text."""
    data = record.data
    value = field_value(data, "content", mapping)
    if value is None and "content" not in mapping:
        value = _feed_entry_text(data)
    content = _as_text(listed(value))
    if content is None or not content.strip():
        return _page_input(record, mapping) or _unnamed_body_input(record, mapping)
    cut_chars = None
    if content.endswith("chars]"):
        content, cut_chars = _without_cut_marker(content, data)
    content, misread_as = _unmangled(content)
    if "\\" in content and "\n" not in content:
        content = _unescaped(content)
    if "&lt;" in content and _ESCAPED_HTML_RE.search(content):
        content = html_entities.unescape(content)  # HTML escaped once more: its tags are text
    if "surl-text" in content:
        content = _WEIBO_CARD_RE.sub("", content)
    has_markup = _HTML_CONTENT_RE.search(content, 0, content.rfind(">") + 1)  # a tag ends with >: no search past the last
    text, labels, bold = html_fragment_bold(content) if has_markup else (_unflatten(entities_read(content)), (), ())
    joined_field = not has_markup and "\n" not in text and "\r" not in text
    lines = join_link_breaks(_drop_run_on_copy(_trim_furniture(
        split_flattened(split_lines(text), joined_field=joined_field))))
    hints = record_hints(data, mapping)
    if captions := _block_captions(value):
        hints = dataclasses.replace(hints, captions=(*hints.captions, *captions))
    if labels:
        hints = dataclasses.replace(hints, captions=(*hints.captions, *labels))
    if bold:
        hints = dataclasses.replace(hints, bold_lines=bold)
    if has_markup and (items := fragment_list_items(content)):
        hints = dataclasses.replace(hints, list_items=(*hints.list_items, *items))
    if not any(_is_prose(line.stripped) for line in lines) \
            and not (hints.title and sum(len(line.stripped) for line in lines) <= _SHORT_POST_CHARS
                     and any(_is_short_post(line.stripped) for line in lines)):
        return None  # only furniture, an editor line or a copyright line: crawled, but no article
    first = next((line.stripped for line in lines if line.stripped), "")
    extra = dict(hints.extra)
    if misread_as is not None:
        extra["content_repaired_from"] = misread_as  # UTF-8 the crawler had read as this codec
    if cut_chars is not None:
        extra["content_cut"] = cut_chars  # characters of the text the record does not hold
    hints = dataclasses.replace(hints, title_in_text=bool(hints.title) and first == hints.title, extra=extra)
    if (summary := _record_summary(data, mapping, lines, hints, content)) is not None:
        lines = _with_summary(lines, summary, hints)
        hints = dataclasses.replace(hints, standfirst=summary)
    return RecordInput(record.index, lines, _government_web_editors(hints, lines), hints.url)


# Marks closing a summary cut short (…, ..., [...], […]): the cut opening of the text, when it is one.
_CUT_CLOSE_RE = regex_cache.compile(r"\s*(?:\[\s*(?:\.\.\.|…)\s*\]|…+|\.{3,})\s*$")
_TAG_RE = regex_cache.compile(r"<[^>]*>")
_SUMMARY_MIN_HAN = 4
_SUMMARY_MAX_CHARS = 1000  # a longer "summary" is a text of its own, not a note over the story
_OPENING_LINES = 5  # lines of the text a crawler's summary may copy (a dateline or a caption before it)


def _record_summary(data: Mapping[str, Any], mapping: Mapping[str, str], lines: Sequence[Line], hints: Hints,
                    content: str) -> str | None:
    """The record's summary field (``FIELD_CANDIDATES["summary"]``), a text, as one line; None when
    it holds none, or only a copy of the title or of the text's opening (a description the crawler cut
    from the first paragraph: shown once, as the text), or the text itself (NewsAPI's)."""
    value = field_value(data, "summary", mapping)
    if not isinstance(value, str) or not value.strip() or value == content:
        return None
    text = " ".join(entities_read(_TAG_RE.sub(" ", value) if "<" in value else value).split())
    if len(text) > _SUMMARY_MAX_CHARS or han_count(text) < _SUMMARY_MIN_HAN or is_editor_line(text) \
            or is_furniture(Segment(text)):
        return None
    from .html_info import squash

    key = squash(_CUT_CLOSE_RE.sub("", text))
    if not key or key in (squash(hints.title or ""), *map(squash, _headline_parts(data, mapping, hints.title).values())):
        return None
    written = [line.stripped for line in lines if line.stripped]
    opening = squash("".join(written[:_OPENING_LINES]))
    whole = squash("".join(written))
    if key in opening or key in whole[: len(key) * 2] or whole in key \
            or (len(key) >= _CUT_OPENING and opening.startswith(key[:_CUT_OPENING])):
        return None  # the opening copied, whole or cut (a feed's excerpt, then its "The post … appeared first on …")
    sentences = [part for part in map(squash, _SENTENCE_END_RE.split(_CUT_CLOSE_RE.sub("", text))) if part]
    if all(part in whole for part in sentences):
        return None  # sentences of the text picked out (newspaper's extractive "summary"): no words of its own
    return text


_SENTENCE_END_RE = regex_cache.compile(r"[。！？!?；;\n]+")


def _with_summary(lines: list[Line], summary: str, hints: Hints) -> list[Line]:
    """``lines`` with the summary as the line right before the text's first prose line (under the
    headline and its parts when the text repeats them), where the rules read it as the 摘要."""
    stack = {hints.title, *hints.extra.values()}
    at = next((index for index, line in enumerate(lines)
               if line.stripped not in stack and _is_prose(line.stripped)), 0)
    number = lines[at].number if lines else 1
    return [*lines[:at], Line(summary, number), *lines[at:]]


# A body under a name no list holds (article_text, post_content, paragraphs, detail…): the record's one
# long text, written in paragraphs (two lines, or list items) or long enough to be no snippet or teaser.
_UNNAMED_BODY_HAN = 200


def _unnamed_body_input(record: Record, mapping: Mapping[str, str]) -> RecordInput | None:
    """The record read with its one long text as the body, when no field we know holds text
    (``_UNNAMED_BODY_HAN``): the text with most Han characters of the fields we do not know, a
    clear winner (no second text as long). None when there is no such text."""
    if "content" in mapping:
        return None
    known = {_key_form(name) for names in FIELD_CANDIDATES.values() for name in names} \
        | {_key_form(key) for key in (*_PAGE_KEYS, *mapping.values())}
    found: list[tuple[int, str, str]] = []
    for key, value in record.data.items():
        if _key_form(str(key)) in known:
            continue
        if isinstance(value, list) and len(value) > 1 and all(isinstance(item, str) for item in value):
            value = "\n".join(value)
        if not isinstance(value, str):
            continue
        han = han_count(value)
        if han >= _UNNAMED_BODY_HAN or (han >= 2 * _MIN_PROSE_HAN and ("\n" in value.strip() or "<p" in value)):
            found.append((han, str(key), value))
    if not found:
        return None
    found.sort(reverse=True)
    if len(found) > 1 and found[1][0] * 2 > found[0][0]:
        return None  # two texts of a size: which is the body is no guess to make
    key = found[0][1]
    data = {name: value for name, value in record.data.items() if name != key}
    return record_input(Record(record.index, {**data, "content": found[0][2]}), mapping)


# Where a spider keeps the page it fetched, whole, beside (or instead of) the fields it read from it.
_PAGE_KEYS = ("html", "raw_html", "rawhtml", "page_html", "html_source", "page_source", "source_code")
_WHOLE_PAGE_RE = regex_cache.compile(r"<(?:!doctype\s+html|html|body)\b", re.IGNORECASE)
_HINT_FIELDS = ("title", "published", "agency", "authors", "editors", "keywords", "url", "language")


def _page_input(record: Record, mapping: Mapping[str, str]) -> RecordInput | None:
    """A record with no body text but the fetched page (``_PAGE_KEYS``): the page's article, as the
    HTML reader finds it, with what the record's fields state over what the page's meta does
    (the spider read them from that page, or knew them better: the address it fetched). A
    fragment rather than a page is the body itself. None when the record holds neither."""
    if "content" in mapping:
        return None
    lowered = {str(key).lower(): value for key, value in record.data.items()}
    key, page = next(((key, value) for key in _PAGE_KEYS
                      if isinstance(value := lowered.get(key), str) and value.strip()), ("", None))
    if page is None:
        return None
    if not _WHOLE_PAGE_RE.search(page, 0, 4096):
        data = {name: value for name, value in record.data.items() if str(name).lower() != key}
        return record_input(Record(record.index, {**data, "content": page}), mapping)
    from .html import extract_html
    from .html_meta import page_in_utf8

    try:
        extract = extract_html(page_in_utf8(page.encode("utf-8", "surrogatepass"), "utf-8"))
    except (InputError, UnicodeError):
        return None  # a page with no article in it (a section front, an error page)
    stated = record_hints(record.data, mapping)
    hints = dataclasses.replace(extract.hints, **{name: getattr(stated, name) for name in _HINT_FIELDS
                                                  if getattr(stated, name)},
                                extra={**extract.hints.extra, **stated.extra})
    if hints.title != extract.hints.title:
        first = next((line.stripped for line in extract.lines if line.stripped), "")
        hints = dataclasses.replace(hints, title_in_text=first == hints.title)
    return RecordInput(record.index, list(extract.lines), hints, hints.url)


def _government_web_editors(hints: Hints, lines: Sequence[Line]) -> Hints:
    """A government website's record: its author field names the CMS user who posted the page
    (gov.cn shows them as 责任编辑), not who wrote it, as the site's <meta name="author"> does
    (``html._government_web_editors``): the editor, unless the text credits them as well
    (新华社记者 张三 in the story)."""
    if not hints.authors or not government_named((hints.url,), (hints.agency, hints.extra.get("outlet"))):
        return hints
    text = "\n".join(line.stripped for line in lines)
    web = tuple(name for name in hints.authors if name not in text)
    if not web:
        return hints
    return dataclasses.replace(hints, authors=tuple(name for name in hints.authors if name not in web),
                               editors=tuple(dict.fromkeys((*hints.editors, *web))))


def _record_time(data: Mapping[str, Any], mapping: Mapping[str, str], *, nested: bool = False) -> tuple[Any, str | None]:
    """The record's time as written and as ISO 8601. The first candidate field that reads as a
    time wins, where the first of them alone did: Event Registry splits its time into "date"
    and a clock time "time" (02:15:00, no time of its own) beside a whole "dateTimePub"; a date
    alone gives way to a later field with the time of that same day."""
    if "time" in mapping:
        raw = field_value(data, "time", mapping)
        return raw, normalise_record_time(raw)
    claimed = {key.lower() for key in mapping.values()}
    lowered = {str(key).lower(): value for key, value in data.items() if str(key).lower() not in claimed}
    first: Any = None
    found: str | None = None
    for candidate in FIELD_CANDIDATES["time"]:
        value = lowered.get(candidate)
        if value in _NO_VALUES:
            continue
        if first is None:
            first = value
        iso = normalise_record_time(_unnested(value))
        if iso is None:
            continue
        if found is None:
            found = iso
            if len(iso) > 10:
                break
        elif len(iso) > 10 and iso.startswith(found):
            return first, iso
    inner = _metadata(lowered) if first is None and not nested else None
    return _record_time(inner, _NO_MAPPING, nested=True) if inner is not None else (first, found)


def _headline_parts(data: Mapping[str, Any], mapping: Mapping[str, str], title: str | None) -> dict[str, str]:
    """The record's kicker (引题) and subtitle (副题) fields, each when it reads as a line of a
    headline's stack and is not the title again; a summary in the subtitle slot (a sentence) is none."""
    parts: dict[str, str] = {}
    for name in ("kicker", "subtitle"):
        text = " ".join((_as_text(field_value(data, name, mapping)) or "").split())
        if text and headline_part(text) and text != title:
            parts[name] = text
    return parts


def _posting_account(data: Mapping[str, Any]) -> str:
    """The account a social post came out under (a Weibo status's {"user": {"screen_name": …}}), else "".
    Only an object with a screen name: a "user" string is as often the crawler's login."""
    user = data.get("user")
    name = user.get("screen_name") if isinstance(user, Mapping) else None
    return name if isinstance(name, str) else ""


def record_hints(data: Mapping[str, Any], mapping: Mapping[str, str] | None = None) -> Hints:
    """What a record's fields (all but its body) state: title, time, source, people, keywords,
    address, language. Also read for a markdown post's front matter (``front_matter.py``)."""
    mapping = mapping or {}
    title = " ".join(entities_read(_unmangled(_as_text(listed(field_value(data, "title", mapping))) or "")[0]).split()) or None
    raw_time, published = _record_time(data, mapping)
    url = _url_value(field_value(data, "url", mapping))
    extra: dict[str, str] = {}
    if raw_time not in (None, "") and published is None:
        extra["time_as_written"] = str(raw_time)
        published = _relative_to_crawl(raw_time, data)
    agency = _unlabelled_source(" ".join((_named(listed(field_value(data, "source", mapping))) or "").split())) or None
    if agency and _WEB_ADDRESS_RE.match(agency):
        url = url or agency  # trafilatura's "source": the page's address, no outlet's name
        agency = None
    elif agency and _DOMAIN_NAME_RE.match(agency):
        agency = site_outlet(agency) or agency  # NewsAPI's Xinhuanet.com: the listed outlet when there is one
    if agency and (len(agency) > _MAX_SOURCE_CHARS or _posting_client(agency)):
        extra["source_as_written"] = agency  # a description or a posting client, not an outlet name
        agency = None
    if agency is None or _bare_channel(agency):
        # 韩国频道 on korea.xinhuanet.com: the channel is the site's, the outlet is in the address
        site = site_outlet(url)
        if site is not None:
            if agency:
                extra["source_as_written"] = agency
            agency = site
    outlet = _site_named(" ".join((_named(field_value(data, "outlet", mapping)) or _posting_account(data)).split())) or ""
    if outlet and (len(outlet) <= _MAX_SOURCE_CHARS or _site_name_like(outlet)):
        extra["outlet"] = outlet
    author = field_value(data, "author", mapping)
    authors = _people(author)
    editors = _people(field_value(data, "editor", mapping))
    if authors and isinstance(author, str) and _EDITOR_LABEL_RE.match(author):
        # 责任编辑：张申 in the author slot (an extractor took the portal's editor line): the editor
        authors, editors = (), tuple(dict.fromkeys((*editors, *authors)))
    author_outlet = _outlet_named(author) if not authors else _reporters_outlet(author)
    if author_outlet:
        extra["author_outlet"] = author_outlet  # 新华网 in the author slot: no person, but who published it
    extra.update(_headline_parts(data, mapping, title))
    return Hints(
        title=title,
        published=published,
        agency=agency,
        authors=authors,
        editors=editors,
        keywords=_as_list(field_value(data, "keywords", mapping)),
        url=url,
        language=_language(field_value(data, "language", mapping)),
        title_in_text=False,
        extra=extra,
    )


def read_json_documents(data: bytes | BinaryIO, *, path: str | None = None,
                        fields: Mapping[str, str] | Iterable[str] | str | None = None, **_: object) -> Iterator[Document]:
    """Every article record in ``data``; records without body text are skipped with a warning.
    An open file is read a record at a time when it holds a record array or JSON Lines
    (``json_stream``), else whole."""
    mapping = resolve_fields(fields)
    if not isinstance(data, bytes | bytearray | memoryview):
        records = _streamed_records(data, path)
        if records is not None:
            yield from record_documents(records, mapping, path=path, encoding="utf-8", format="json")
            return
        data = _whole(data, path)
    decoded = decode(data, path=path)
    records = parse_records(decoded.text.lstrip("\ufeff"), path=path)
    yield from record_documents(records, mapping, path=path, encoding=decoded.encoding, format="json")


def _whole(handle: BinaryIO, path: str | None) -> bytes:
    """The rest of an open file, refused past ``MAX_INPUT_BYTES`` as ``load`` refuses a file."""
    data = handle.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"is too large (over {MAX_INPUT_BYTES} bytes) to read whole, and holds no record array "
                         "or JSON Lines to read a record at a time", path=path)
    return data


def _streamed_records(handle: BinaryIO, path: str | None) -> Iterator[Record] | None:
    """The records of an open file as a stream: a record array's items (``json_stream``) or a
    JSON Lines file's lines; None when it is neither (then it is read whole)."""
    from .json_stream import items_prefix, json_items

    prefix = items_prefix(handle)
    if prefix is not None:
        values: Iterator[Any] = (value for _, value in json_items(handle, prefix, path=path))
    elif (path or "").lower().endswith((".jsonl", ".ndjson")):
        values = _lines(handle, path)
    else:
        return None
    return _numbered(values, path)


def _lines(handle: BinaryIO, path: str | None) -> Iterator[Any]:
    """The value on each line of a JSON Lines file; a line that is no JSON is skipped and told."""
    bad: list[int] = []
    surrogates = [0]
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = decode(line, path=path).text
        try:
            value = _loads(text.lstrip("\ufeff"))
        except ValueError:
            bad.append(number)
            continue
        yield _without_lone_surrogates(value, surrogates) if _SURROGATE_ESCAPE_RE.search(text) else value
    shown = path or "<input>"
    if bad:
        log.warning("%s: %d line(s) are not JSON and were skipped (line %s)", shown, len(bad), record_numbers(bad))
    if surrogates[0]:
        log.warning("%s: %d lone UTF-16 surrogate escape(s) (\\ud800 without its pair) replaced with U+FFFD",
                    shown, surrogates[0])


def _numbered(values: Iterator[Any], path: str | None) -> Iterator[Record]:
    """The records in each value, numbered across the file as a whole-file reading numbers them.
    JSON damaged part-way ends the stream with a warning, as a damaged file read whole is
    salvaged: the records before the damage are kept."""
    index = 0
    try:
        for value in values:
            for found in _records_in(value):
                yield Record(index, found)
                index += 1
    except MalformedInputError as exc:
        if index == 0:
            raise
        log.warning("%s: %s; the rest is not read", path or "<input>", exc.message)


def record_documents(records: Iterable[Record], mapping: Mapping[str, str], *, path: str | None, encoding: str,
                     format: str, kind: str = "JSON record") -> Iterator[Document]:
    """The articles of a file's records (JSON's, a CSV table's rows), as they come: those without
    body text skipped and told once at the end, each other through the news rules
    (``build_records``). ``records`` may be a stream (``json_stream``): one is held at a time."""
    shown = path or "<input>"
    iterator = iter(records)
    opening = list(itertools.islice(iterator, 2))
    several = len(opening) > 1  # a lone record is the file's article, not numbered record 1
    total = 0

    def with_text() -> Iterator[RecordInput]:
        nonlocal total
        skipped: list[int] = []
        cut: list[int] = []
        usable = 0
        for record in itertools.chain(opening, iterator):
            total += 1
            item = record_input(record, mapping)
            if item is None:
                skipped.append(record.index + 1)
                continue
            usable += 1
            if "content_cut" in item.hints.extra:
                cut.append(record.index + 1)
            yield item
        if cut:
            log.warning("%s: %d record(s) hold only the opening of their text, the rest cut off by the news API "
                        "([+N chars]) (record %s)", shown, len(cut), record_numbers(cut))
        if not usable:
            raise NoArticleError(f"holds no article: {total} {kind}(s), none with body text", path=path)
        if skipped:
            log.warning("%s: %d record(s) without body text skipped (record %s)", shown, len(skipped),
                        record_numbers(skipped))

    def source(item: RecordInput) -> Source:
        return Source(path=path, encoding=encoding, format=format, url=item.url,
                      record=item.index + 1 if several else None)

    yield from build_records(with_text(), source, path=path, listed=lambda: f"{total} {kind}(s)")


def record_numbers(numbers: Sequence[int]) -> str:
    """1-based record numbers for a warning, the first ten of them."""
    return ", ".join(str(number) for number in numbers[:10]) + (", …" if len(numbers) > 10 else "")


def build_records(items: Iterable[RecordInput], source: Callable[[RecordInput], Source], *,
                  path: str | None, listed: Callable[[], str]) -> Iterator[Document]:
    """Each record's document, as the records come. A record the news rules find no article in
    is skipped, and the skips are told once per reason at the end (a portal dump can hold
    hundreds of its forum's rules pages); a lone record's reason is the error itself.
    ``listed`` says what the input held, asked once the records are all read."""
    from ..structure.build import build_document

    skipped: dict[str, list[int]] = {}
    produced = tried = 0
    last: NoArticleError | None = None
    for item in items:
        tried += 1
        try:
            document = build_document(item.lines, item.hints, source(item))
        except NoArticleError as exc:
            last = exc
            skipped.setdefault(exc.message, []).append(item.index + 1)
            continue
        produced += 1
        yield document
    if tried == 1 and last is not None:
        raise last
    shown = path or "<input>"
    for reason, numbers in skipped.items():
        log.warning("%s: %d record(s) skipped, %s (record %s)", shown, len(numbers), reason, record_numbers(numbers))
    if produced == 0:
        raise NoArticleError(f"holds no article: none of {listed()} is an article", path=path)
