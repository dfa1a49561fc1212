"""Properties of the news rules: generated articles come back whole, real articles lose nothing.

Articles are assembled from random pieces (title, time line, dateline, paragraphs, captions,
points, end mark, related links, editor line) whose expected reading is known, so the test
checks the recognised structure as well as the "every Han character survives" guarantee.
"""

from __future__ import annotations

import html
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import lost_han
from convertkit.errors import NoArticleError
from convertkit.model import Caption, Point, RelatedLinks, Source
from convertkit.model.jsonio import document_from_dict, document_to_dict
from convertkit.readers.base import Hints, split_lines
from convertkit.structure.build import build_document
from convertkit.structure.people import NOT_NAMES
from convertkit.transforms.punctuation import normalise

# Common characters that spell no marker on their own or together (no 图, 第, 是, 完, 电, 摄,
# 记者, 编辑, numerals…), so a generated sentence never turns into a structure by accident.
_POOL = (
    "的在人有中大为上个以要时来用们生到地于出就分对成会可主发动同工也能下过子说产种面而方后多定行学法所民得经着等部度"
    "家力里如水化高自理起小物现实加量都体制机当使点从业本去把性好应开它合还因由其些然前外天政那义事平形相全表间样与各重"
    "心反你明看原又么利比或但质气向道命此变条只没结解问意建公无军很情最立代想已通并提直党程展果料象员革位入常总次品式活"
    "设及管特件长求老头基资边流路级少山统接知较将组见计别她手角期根论运农指几区强放决西被干做必战先回则任取处队南给色光"
    "门即保治北造百规热领海口东导器压志世金增争济阶油思术极交受联什认共权收证改清己美再采转更单风切打白教速花带安场身车"
)
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_AGENCIES = (("中新网", "中新网"), ("新华社", "新华社"), ("人民网", "人民网"), ("中国新闻网", "中新网"), ("光明日报", "光明日报"))
_CN = "一二三四五六七八九十"

han = st.sampled_from(_POOL)


def words(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.lists(han, min_size=min_size, max_size=max_size).map("".join)


# A given name never ends in a desk word (部, 处…): people.py reads 国际部 as a desk, not a person;
# nor is it one of the words people.py knows are not names (高清, 快讯…).
names = st.builds(lambda s, g: s + g, st.sampled_from(_SURNAMES), words(1, 2)).filter(
    lambda name: name[-1] not in "部社网报台局处厅院站组" and name not in NOT_NAMES
)

# A sentence, sometimes with the ASCII punctuation normalisation must fix.
sentence = st.builds(
    lambda a, mark, b: f"{a}{mark}{b}。",
    words(4, 14),
    st.sampled_from(["，", ",", "、", ", ", "：", '"', "(注)"]),
    words(4, 14),
)
# Distinct sentences: a paragraph that repeats itself reads as an alt text + caption pair. Three
# sentences each opened by a name and a colon (某某：…。) read as a digest's run-in items
# (rules._run_in_items), a paragraph each: a paragraph of prose has fewer colons.
paragraph = st.lists(sentence, min_size=1, max_size=3, unique=True).map("".join).filter(
    lambda text: text.count("：") + text.count(":") < 3)


@dataclass(frozen=True)
class Article:
    text: str
    iso: str | None
    agency: str
    reporters: tuple[str, ...]
    photographers: tuple[str | None, ...]
    headings: tuple[str, ...]
    links: tuple[str, ...]
    editor: str
    body_count: int
    end_mark: bool


@st.composite
def articles(draw: st.DrawFn) -> Article:
    title = draw(words(4, 20))
    lines = [title, ""]
    year, month, day = draw(st.integers(2000, 2030)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    shape = draw(st.sampled_from(["none", "dotted", "dashed", "cn", "labelled"]))
    iso = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}"
    time_line = {
        "dotted": f"{day:02d}.{month:02d}.{year} \u00a0 {hour:02d}:{minute:02d}",
        "dashed": f"{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}",
        "cn": f"{year}年{month:02d}月{day:02d}日 {hour:02d}:{minute:02d}",
        "labelled": f"发布时间：{year}-{month}-{day} {hour}:{minute:02d}",
    }.get(shape)
    if time_line:
        lines += [time_line, ""]
    agency_written, agency = draw(st.sampled_from(_AGENCIES))
    reporters = tuple(dict.fromkeys(draw(st.lists(names, min_size=0, max_size=2))))
    credit = f"(记者 {'、'.join(reporters)})" if reporters else ""
    lines.append(f"  {agency_written}北京{month}月{day}日电{credit}{draw(paragraph)}")
    body_count = 1
    photographers: list[str | None] = []
    headings: list[str] = []
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["paragraph", "caption", "figure", "point"]))
        if kind == "paragraph":
            lines.append(draw(paragraph))
            body_count += 1
        elif kind == "caption":
            name = draw(names)
            lines.append(f"{draw(sentence)}{name} 摄")
            photographers.append(name)
        elif kind == "figure":
            lines.append(f"{draw(words(4, 10))}，图为{draw(sentence)}")
            photographers.append(None)
        else:
            heading = draw(words(3, 10))
            headings.append(heading)
            lines.append(f"第{_CN[len(headings) - 1]}，{heading}。{draw(paragraph)}")
            body_count += 1
        lines.append("")
    end_mark = draw(st.booleans())
    if end_mark:
        lines.append(f"{draw(paragraph)}(完)")
        body_count += 1
    links = tuple(draw(st.lists(st.builds(lambda a, b: f'{a} "{b}"', words(3, 10), words(2, 4)), max_size=4)))
    if links:
        lines += ["相关链接:", *links]
    editor = draw(names)
    lines.append(f"【责任编辑:{editor}】")
    return Article("\n".join(lines), iso if time_line else None, agency, reporters, tuple(photographers),
                   tuple(headings), links, editor, body_count, end_mark)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_generated_articles_are_read_back(article: Article) -> None:
    doc = build_document(split_lines(article.text), Hints(), Source())
    meta = doc.meta
    assert not lost_han(article.text, doc)
    assert meta.published == article.iso
    assert meta.agency == article.agency
    assert meta.reporters == article.reporters
    assert meta.editors == (article.editor,)
    captions = [block for block in doc.blocks if isinstance(block, Caption)]
    assert tuple(caption.photographer for caption in captions) == article.photographers
    assert meta.photographers == tuple(dict.fromkeys(name for name in article.photographers if name))
    points = [block for block in doc.blocks if isinstance(block, Point)]
    assert tuple(point.heading for point in points) == article.headings
    assert [point.number for point in points] == list(range(1, len(points) + 1))
    assert len([b for b in doc.blocks if b.kind in ("lead", "paragraph", "point")]) == article.body_count
    assert doc.blocks[0].kind == "lead"
    assert len(doc.blocks_of("end_mark")) == int(article.end_mark)
    related = [block for block in doc.blocks if isinstance(block, RelatedLinks)]
    assert tuple(item.title for r in related for item in r.items) == tuple(normalise(link) for link in article.links)
    assert doc.blocks[-1].kind == "editor_line"
    for block in doc.blocks:
        text = getattr(block, "text", "")
        assert normalise(text) == text  # display text is already normal
    assert document_from_dict(json.loads(json.dumps(document_to_dict(doc)))) == doc


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=8))
def test_arbitrary_lines_never_crash_and_lose_nothing(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        doc = build_document(split_lines(text), Hints(), Source())
    except NoArticleError:
        from convertkit.structure.build import PARAGRAPH_SEPARATORS

        # Sogou's U+E40C is no text, and neither is a control character, written or as an entity (&#1;)
        visible = "".join(char for char in html.unescape(text) if unicodedata.category(char) != "Cc")
        if visible.translate(dict.fromkeys(map(ord, PARAGRAPH_SEPARATORS))).strip():
            # Only lines read into Meta or kept out of the body (furniture such as "©…", a
            # byline, a time line) may leave no article: without those rules there is one.
            from convertkit.structure.rules import DEFAULT_RULER

            lenient = DEFAULT_RULER.disable("furniture", "byline", "header_line")
            lenient_doc = build_document(split_lines(text), Hints(), Source(), ruler=lenient)
            assert lenient_doc.meta.title or lenient_doc.blocks
        return
    assert not lost_han(text, doc)



def test_reading_many_lines_is_linear() -> None:
    # whether a lead (or any body block) came yet was a scan of every block so far, asked by
    # several rules of every paragraph: 100 000 short lines did not finish in a minute
    import time

    text = "标题\n\n" + "".join(f"第{i}行。\n" for i in range(16000))
    started = time.perf_counter()
    doc = build_document(split_lines(text), Hints(), Source())
    assert time.perf_counter() - started < 8  # about 0.6 s; 16 s when quadratic
    assert len(doc.blocks) == 16000

# --------------------------------------------------------------------------- the real corpus


def _corpus() -> Path | None:
    from conftest import corpus_dir

    return corpus_dir()


def _records(path: Path) -> Iterator[dict[str, object]]:
    """Records of a crawler file, tolerating the corpus's deliberately damaged JSON."""
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
        yield from (data if isinstance(data, list) else [data])
        return
    except json.JSONDecodeError:
        pass
    decoder = json.JSONDecoder()
    position = 0
    while (start := text.find("{", position)) >= 0:
        try:
            record, position = decoder.raw_decode(text, start)
            yield record
        except json.JSONDecodeError:
            position = start + 1


def _corpus_items() -> list[tuple[str, str, Hints]]:
    root = _corpus()
    if root is None:
        return []
    items: list[tuple[str, str, Hints]] = []
    for path in sorted((root / "text").glob("*")):
        items.append((path.name, path.read_text(encoding="utf-8"), Hints()))
    for folder in ("json", "traditional"):
        for path in sorted((root / folder).glob("*.json*")):
            for index, record in enumerate(_records(path)):
                if isinstance(record, dict) and isinstance(record.get("content"), str):
                    title = record.get("title")
                    hints = Hints(title=title if isinstance(title, str) and title.strip() else None, title_in_text=False)
                    items.append((f"{folder}/{path.name}[{index}]", record["content"], hints))
    return items


_ITEMS = _corpus_items()


@pytest.mark.skipif(not _ITEMS, reason="the shared corpus is not beside this checkout")
@pytest.mark.parametrize(("name", "text", "hints"), _ITEMS, ids=[item[0] for item in _ITEMS])
def test_corpus_article_loses_nothing(name: str, text: str, hints: Hints) -> None:
    try:
        doc = build_document(split_lines(text), hints, Source(path=name))
    except NoArticleError:
        assert not text.strip()
        return
    assert not lost_han(text, doc)
    assert doc.meta.language == ("zh-Hant" if name.startswith("traditional/") else doc.meta.language)


# --------------------------------------------------------------------------- per-rule properties


def chinese_numeral(n: int) -> str:
    """1..99 in Chinese numerals, written the usual way (十二, 二十, 二十三)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN[tens - 1] + "十")
    return head + (_CN[ones - 1] if ones else "")


@given(st.integers(1, 99))
def test_cn_number_reads_what_chinese_numbering_writes(n: int) -> None:
    from convertkit.structure.numerals import cn_number

    assert cn_number(chinese_numeral(n)) == n


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 99), words(2, 12), paragraph, st.sampled_from(["第{}，", "第{}、", "{}是", "{}、", "（{}）"]))
def test_point_rule_reads_number_and_heading(n: int, heading: str, rest: str, shape: str) -> None:
    from convertkit.structure import rules as R

    text = f"{shape.format(chinese_numeral(n))}{heading}。{rest}"
    match = R.rule_point(R.Para(raw=text, body=text, number=1), R.Context(paras=[], hints=Hints()))
    assert match is not None
    (point,) = match.blocks
    assert isinstance(point, Point) and (point.number, point.heading) == (n, heading)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_AGENCIES), st.sampled_from(["北京", "上海", "福州", "", "巴黎"]), st.integers(1, 12),
       st.integers(1, 31), st.lists(names, max_size=3, unique=True), st.sampled_from(["电", "讯"]),
       st.sampled_from(["(记者 {})", "（记者{}）", "({})", " （{}）", ""]), paragraph)
def test_dateline_recovers_its_parts(agency: tuple[str, str], place: str, month: int, day: int,
                                     people: list[str], verb: str, credit: str, lead: str) -> None:
    from convertkit.structure.dateline import match_dateline

    written = f"{agency[0]}{place}{month}月{day}日{verb}" + (credit.format("、".join(people)) if people and credit else "")
    found = match_dateline(written + lead)
    assert found is not None
    assert (found.agency, found.place, found.date) == (agency[1], place or None, f"{month}月{day}日")
    assert found.reporters == (tuple(people) if credit and people else ())
    assert (written + lead)[found.end :] == lead


@settings(max_examples=150, deadline=None)
@given(paragraph, st.sampled_from(["（完）", "(完)", "【完】"]))
def test_end_mark_splits_off_and_keeps_the_text(text: str, mark: str) -> None:
    doc = build_document(split_lines(f"标题\n{text}{mark}"), Hints(), Source())
    assert doc.blocks[-1].kind == "end_mark" and doc.blocks[-1].raw == mark
    assert doc.blocks[-2].text == normalise(text)


@settings(max_examples=150, deadline=None)
@given(sentence, st.lists(names, min_size=1, max_size=2, unique=True), st.sampled_from(["{} 摄", "{}摄", "（{}摄）", "新华社记者 {} 摄"]))
def test_photo_credit_names_the_photographers(text: str, people: list[str], credit: str) -> None:
    from convertkit.structure.captions import photographer_of

    assert photographer_of(text + credit.format("、".join(people))) == tuple(people)


@settings(max_examples=150, deadline=None)
@given(st.integers(1990, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(0, 23), st.integers(0, 59),
       st.integers(0, 59), st.sampled_from(["{y}-{m:02d}-{d:02d} {H:02d}:{M:02d}:{S:02d}", "{y}年{m}月{d}日 {H}:{M:02d}:{S:02d}",
                                             "{d:02d}.{m:02d}.{y} {H:02d}:{M:02d}:{S:02d}", "{y}/{m}/{d} {H}:{M:02d}:{S:02d}"]))
def test_time_shapes_parse_to_iso(y: int, m: int, d: int, hour: int, minute: int, second: int, shape: str) -> None:
    from convertkit.structure.timeparse import parse_datetime

    iso = f"{y:04d}-{m:02d}-{d:02d}T{hour:02d}:{minute:02d}" + (f":{second:02d}" if second else "")
    assert parse_datetime(shape.format(y=y, m=m, d=d, H=hour, M=minute, S=second)) == iso
