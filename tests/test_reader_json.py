"""Crawler JSON: records, arrays, JSON Lines, damaged files, field detection and the ``fields`` option."""

from __future__ import annotations

import json
import logging
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS
from convertkit.errors import NoArticleError, UsageError
from convertkit.readers.crawler_json import (
    FIELD_CANDIDATES,
    Record,
    normalise_record_time,
    parse_records,
    read_json_documents,
    record_input,
    resolve_fields,
)

needs_corpus = pytest.mark.skipif(not (CORPUS / "json").is_dir(), reason="corpus not available")


def corpus_inputs(name: str, fields: dict[str, str] | None = None):
    text = (CORPUS / name).read_text(encoding="utf-8")
    records = parse_records(text, path=name)
    return records, [record_input(record, resolve_fields(fields)) for record in records]


# --- corpus --------------------------------------------------------------------------------------


@needs_corpus
def test_people_records_fields():
    records, inputs = corpus_inputs("json/people_records.json")
    assert len(records) == 6
    first = inputs[0]
    assert first.hints.title == "国际观察丨美日韩戴维营会晤的危险图谋"
    assert first.hints.published == "2023-08-17"
    assert first.hints.agency == "人民网国际"
    assert first.hints.url.startswith("http")
    assert first.lines[0].text.startswith("新华社北京8月17日电")
    assert inputs[1].hints.agency == "人民日报》（电子版"  # truncated as crawled; the news layer maps it


@needs_corpus
def test_ce_records_messy_dates():
    _, inputs = corpus_inputs("json/ce_records.json")
    assert inputs[0].hints.published is None
    assert inputs[0].hints.extra["time_as_written"] == "18 minutes ago"
    assert inputs[1] is None  # its content is only "（责任编辑：王惠绵）": no article
    records, _ = corpus_inputs("json/ce_records.json")
    assert normalise_record_time(records[1].data["date"]) == "2008-09-19"  # Arabic-Indic digits, RTL marks
    assert inputs[2].hints.published == "2021-12-07"
    assert inputs[4].hints.published == "2023-06-09"  # "Jun 9, 2023"


@needs_corpus
def test_jsonl_many_records_in_order():
    records, inputs = corpus_inputs("json/mixed_sources_records.jsonl")
    assert len(records) == 16
    assert [item.index for item in inputs] == list(range(16))
    assert inputs[3].hints.title == "日韓關系現回暖跡象"
    assert inputs[-1].hints.agency == "中国军网"


@needs_corpus
def test_udn_jsonl_equals_array():
    _, from_array = corpus_inputs("traditional/udn_records.json")
    _, from_lines = corpus_inputs("traditional/udn_records.jsonl")
    assert [item.hints for item in from_array] == [item.hints for item in from_lines]
    assert from_array[0].hints.published == "2017-06-28T15:25"
    assert from_array[0].hints.agency == "聯合報"


@needs_corpus
def test_chinatimes_author_brackets_split_into_names():
    _, inputs = corpus_inputs("traditional/chinatimes_records_b.json")
    assert inputs[0].hints.authors == ("李義", "林宏聰")
    assert inputs[0].hints.published == "2017-12-26"
    assert inputs[1].hints.authors == ("陳燕珩",)  # "台北報導" is a dateline, not a person


@needs_corpus
def test_damaged_ettoday_file_recovers_complete_records(caplog):
    text = (CORPUS / "traditional/ettoday_malformed_whole_file.json").read_text(encoding="utf-8")
    with pytest.raises(ValueError):
        json.loads(text)
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        records = parse_records(text, path="ettoday.json")
    assert len(records) == 39
    assert any("damaged JSON" in message and "39" in message for message in caplog.messages)
    assert all(isinstance(record.data.get("title"), str) for record in records)
    assert records[0].data["title"] == "陳朝寶個展\u3000「我思故我畫」"


@needs_corpus
def test_file_without_any_body_is_no_article(caplog):
    data = (CORPUS / "json/people_search_results_no_content.json").read_bytes()
    with caplog.at_level(logging.WARNING, logger="convertkit"), pytest.raises(NoArticleError) as info:
        list(read_json_documents(data, path="search.json"))
    assert "5 JSON record(s), none with body text" in str(info.value)
    assert "\n" not in str(info.value)
    assert caplog.messages == []  # the error says it all: one line on stderr


@needs_corpus
def test_dataset_description_is_not_an_agency():
    _, inputs = corpus_inputs("summaries/clts_sample_1.json")
    assert inputs[0].hints.agency is None
    assert inputs[0].hints.title is None  # "title": "" in the source
    assert "CLTS" in inputs[0].hints.extra["source_as_written"]


# --- shapes and options ------------------------------------------------------------------------


def test_single_record_array_jsonl_and_wrapped_list_agree():
    record = {"title": "标题", "content": "第一段。\n第二段。", "date": "2024-01-02 03:04"}
    shapes = [
        json.dumps(record, ensure_ascii=False),
        json.dumps([record, record], ensure_ascii=False),
        "\n".join(json.dumps(r, ensure_ascii=False) for r in (record, record)),
        json.dumps({"code": 0, "data": [record]}, ensure_ascii=False),
    ]
    for text in shapes:
        records = parse_records(text)
        assert records and all(r.data == record for r in records)


def test_record_without_body_is_none_and_content_list_is_joined():
    assert record_input(Record(0, {"title": "只有标题"}), {}) is None
    assert record_input(Record(0, {"title": "t", "content": "   "}), {}) is None
    paragraphs = ["新华社北京1月1日电 第一段正文。", "第二段正文。"]
    item = record_input(Record(0, {"title": "t", "paragraphs": paragraphs}), resolve_fields({"content": "paragraphs"}))
    assert [line.text for line in item.lines] == paragraphs


def test_fields_option_with_dotted_key_and_aliases():
    record = {"headline_cn": "新闻标题", "payload": {"text": "新华社北京1月1日电 正文。"}, "ts": 1704067200}
    mapping = resolve_fields({"title": "headline_cn", "body": "payload.text", "date": "ts"})
    item = record_input(Record(0, record), mapping)
    assert item.hints.title == "新闻标题"
    assert item.lines[0].text == "新华社北京1月1日电 正文。"
    assert item.hints.published == "2024-01-01T08:00+08:00"  # an epoch is shown on the news regions' clock


def test_unknown_field_name_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown JSON field 'colour'"):
        resolve_fields({"colour": "x"})


def test_title_in_text_detected():
    item = record_input(Record(0, {"title": "标题", "content": "标题\n正文第一段，有足够的汉字。"}), {})
    assert item.hints.title_in_text is True


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Apr 18, 2024", "2024-04-18"),
        ("September 9, 2020", "2020-09-09"),
        ("2017/12/26", "2017-12-26"),
        ("2017-06-28 15:25", "2017-06-28T15:25"),
        ("٠٧\u200f/١٢\u200f/٢٠٢١", "2021-12-07"),
        ("18 minutes ago", None),
        (None, None),
        ("", None),
        (1704067200000, "2024-01-01T08:00+08:00"),  # the same instant, on Beijing and Taipei time
        ("Sat, 31 Dec 2005 06:15:55 +0900", "2005-12-31T06:15:55+09:00"),
        ("31 Dec 2005 06:15 GMT", "2005-12-31T06:15+00:00"),
        # Weibo's and Twitter's created_at: the zone before the year, kept
        ("Tue Mar 05 10:30:00 +0800 2024", "2024-03-05T10:30+08:00"),
        ("Tue Mar 05 02:30:15 +0000 2024", "2024-03-05T02:30:15+00:00"),
        # a day as digits alone (financial APIs, e-paper crawlers), as text or as a number: no 1970 epoch second
        ("20240305", "2024-03-05"),
        ("20240305103000", "2024-03-05T10:30"),
        (20240305, "2024-03-05"),
        ("20241399", None),
        ("12345678", None),
    ],
)
def test_record_times(raw, expected):
    assert normalise_record_time(raw) == expected


@pytest.mark.parametrize(
    ("written", "crawled", "expected"),
    [
        ("3小时前", 1666866139, "2022-10-27T15:22+08:00"),  # the crawl's epoch second, on China time
        ("18 minutes ago", "2022-10-27 18:22:19", "2022-10-27T18:04"),  # a naive crawl time stays naive
        ("2天前", 1666866139, "2022-10-25"),  # days ago: the day, no time of day
        ("昨天 10:30", 1666866139, "2022-10-26T10:30+08:00"),
        ("刚刚", "2022-10-27 18:22:19", "2022-10-27T18:22"),
        ("03-05 10:30", "2022-10-27 18:22:19", "2022-03-05T10:30"),  # the crawl's year
        ("12月30日 08:00", "2022-10-27 18:22:19", "2021-12-30T08:00"),  # later in the year: the year before
        ("3小时前", None, None),  # no crawl time: nothing to count from
    ],
)
def test_a_relative_time_is_read_from_the_crawl_time(written, crawled, expected):
    record = {"title": "t", "pub_time": written, "content": "正文第一段，有足够的汉字说明事情。"}
    if crawled is not None:
        record["crawl_time"] = crawled
    hints = record_input(Record(0, record), {}).hints
    assert hints.published == expected
    assert hints.extra["time_as_written"] == written


# --- hypothesis: any key naming, mapped explicitly, gives the same hints ----------------------

_keys = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=3, max_size=12)
_han = st.text(alphabet="的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严", min_size=2, max_size=40)
_CANONICAL = {"title": "title", "content": "content", "time": "date", "source": "source", "url": "url"}


@settings(max_examples=60, deadline=None)
@given(
    names=st.fixed_dictionaries({name: _keys for name in _CANONICAL}).filter(lambda d: len(set(d.values())) == len(d)),
    title=_han,
    paragraphs=st.lists(_han.filter(lambda s: len(s) >= 8), min_size=1, max_size=4),
    source=_han.filter(lambda s: len(s) <= 20),
)
def test_explicit_mapping_equals_common_names(names, title, paragraphs, source):
    content = "\n".join(paragraphs)
    common = {"title": title, "content": content, "date": "2024-05-06 07:08", "source": source, "url": "http://x.cn/1"}
    custom = {names[ours]: common[key] for ours, key in _CANONICAL.items()}
    expected = record_input(Record(0, common), {})
    mapped = record_input(Record(0, custom), resolve_fields(names))
    assert mapped.hints == expected.hints
    assert [line.text for line in mapped.lines] == [line.text for line in expected.lines]


def test_common_names_cover_the_issue_list():
    for name, wanted in {"title": "title", "content": "article", "time": "publish_time", "source": "media",
                         "author": "author", "url": "url", "keywords": "keywords"}.items():
        assert wanted in FIELD_CANDIDATES[name]


# --- through the news layer (once it exists) ----------------------------------------------------


@needs_corpus
def test_documents_from_jsonl_carry_record_index_and_encoding():
    pytest.importorskip("convertkit.structure.build")
    data = (CORPUS / "json/mixed_sources_records.jsonl").read_bytes()
    documents = list(read_json_documents(data, path="mixed.jsonl"))
    assert len(documents) >= 14
    assert documents[0].meta.source.format == "json"
    assert documents[0].meta.source.encoding == "utf-8"
    assert documents[0].meta.source.record == 1  # numbered from 1, as --record counts
    # the column before the bar is the series, not words of the headline
    assert documents[0].meta.title == "美日韩戴维营会晤的危险图谋"
    assert documents[0].meta.series is not None and documents[0].meta.series.name == "国际观察"


@needs_corpus
def test_damaged_file_documents_and_skipped_record(caplog):
    pytest.importorskip("convertkit.structure.build")
    data = (CORPUS / "traditional/ettoday_malformed_whole_file.json").read_bytes()
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        documents = list(read_json_documents(data, path="ettoday.json"))
    assert len(documents) == 38  # 39 recovered, one without body text
    assert any("1 record(s) without body text skipped (record 10)" in message for message in caplog.messages)
    assert all(document.meta.language == "zh-Hant" for document in documents)
    assert documents[0].meta.source.record == 1


def test_html_content_field_split_into_lines():
    record = {"title": "t", "content": "<p>第一段正文内容较长。</p><p>第二段<br>第三段</p><script>track()</script>"}
    item = record_input(Record(0, record), {})
    assert [line.text for line in item.lines] == ["第一段正文内容较长。", "第二段", "第三段"]


def test_a_flattened_body_is_broken_where_its_blocks_were_glued():
    """UDN, TVBS and RSS dumps keep no line breaks: the blocks of the page survive only as runs of
    blanks (three or more, or two after a sentence end or a bracket)."""
    content = ("彰化縣溫姓泰籍勞工疑因感情問題輕生，雇主找法師今天晚上「送肉粽」。  警方指出，他的外籍同事提供線索。"
               "彰化縣伸港鄉「送肉粽」隊伍今晚可能借道工五路到海邊。圖／柯姓網友提供   分享       facebook          ")
    item = record_input(Record(0, {"title": "t", "content": content}), {})
    assert [line.text for line in item.lines][:3] == [
        "彰化縣溫姓泰籍勞工疑因感情問題輕生，雇主找法師今天晚上「送肉粽」。",
        "警方指出，他的外籍同事提供線索。彰化縣伸港鄉「送肉粽」隊伍今晚可能借道工五路到海邊。圖／柯姓網友提供",
        "分享",
    ]


@pytest.mark.parametrize(
    "content",
    [
        "這是一段足夠長的新聞正文內容，說明事情的經過。校对 /杨\xa0 洋\xa0 苏\xa0 健\xa0 李妍妤",  # padded names
        "這是一段足夠長的新聞正文內容，引述 Reuters: It ends here.  English keeps its double spaces.",
        "第一段足夠長的新聞正文內容。\n第二段   有三個空格但原文有換行。",  # line breaks: kept as they are
    ],
)
def test_blanks_that_are_not_block_boundaries_stay(content):
    item = record_input(Record(0, {"title": "t", "content": content}), {})
    assert [line.text for line in item.lines] == content.split("\n")


def test_paragraphs_a_crawler_joined_with_one_space_are_paragraphs_again():
    """A Scrapy spider that joined a story's <p> texts with a space (" ".join(...)) leaves one space
    after each paragraph's last sentence and no line break in the field: one such space parts two
    paragraphs there, where a line of a text file needs two. A space inside a quotation is the
    quoted writer's; the picture's note closing a paragraph ((資料照片), (翻攝…)) is a line of its
    own, not the paragraph's words; a note naming a photographer stays with its caption."""
    pytest.importorskip("convertkit.structure.build")
    records = [
        {"title": "測試標題甲", "date": "2017/11/26", "website": "某某電視",
         "content": "市區一處路口今天上午發生兩車擦撞，所幸雙方駕駛都只受到輕傷，交通一度受到影響，警方到場處理後恢復通行。"
                    " 警方表示，事發路段平時車流量就大，尖峰時段經常回堵到下一個路口，呼籲用路人行經時放慢速度，"
                    "注意前後車距，並依照號誌通行，避免類似事故再度發生，也請駕駛人切勿邊開車邊使用手機，以免發生危險。(翻攝畫面)"},
        {"title": "測試標題乙", "date": "2017/11/26", "website": "某某電視",
         "content": "主管機關今天宣布與承包廠商解除契約，原因是廠商多次延誤交貨，原訂上半年完工的工程至今只完成不到一半，"
                    "經過多次行文催促仍無具體改善，已嚴重影響機關業務推動，依合約規定自即日起解除契約並採取下列作為。"
                    "(資料照片) 一、書面通知廠商解除契約，並將其刊登為不良廠商。 二、不予發還各項保證金，並通知保證銀行撥付履約保證金等全數款項。"},
        {"title": "測試標題丙", "date": "2017/11/26", "website": "某某電視",
         "content": "歌手今天在社群網站上回應傳聞，寫下：「什麼情況？！我搬家了？！ 我轉行了？！大家誤會了，我一切都很好，謝謝關心。」"
                    "經紀公司也出面說明，強調相關報導並不屬實，請外界不要再以訛傳訛。"},
    ]
    data = json.dumps(records, ensure_ascii=False).encode("utf-8")
    first, second, third = read_json_documents(data, path="x.json")
    assert [(block.kind, block.text[:6]) for block in first.blocks] == [
        ("lead", "市區一處路口"), ("paragraph", "警方表示，事"), ("caption", "（翻攝畫面）")]
    assert [(block.kind, block.text[:6]) for block in second.blocks] == [
        ("lead", "主管機關今天"), ("caption", "（資料照片）"), ("point", "一、書面通知"), ("point", "二、不予發還")]
    assert len(third.blocks) == 1  # the space is inside the quotation: one paragraph


def test_a_body_of_html_escaped_once_more_is_read_as_html():
    """&lt;p&gt;经济日报记者 张三&lt;/p&gt;…: a body a CMS export or a spider stored escaped; its tags
    part the paragraphs, never shown as text."""
    content = ("&lt;p&gt;某某日报记者 张小三&lt;/p&gt;&lt;p&gt;今年以来，某省外贸进出口保持平稳增长，"
               "前五个月进出口总值同比增长。&lt;br/&gt;其中出口增长较快。&lt;/p&gt;")
    item = record_input(Record(0, {"title": "某省外贸平稳增长", "content": content}), {})
    assert [line.text for line in item.lines] == [
        "某某日报记者 张小三", "今年以来，某省外贸进出口保持平稳增长，前五个月进出口总值同比增长。", "其中出口增长较快。"]
    plain = "文中写到 &lt;p&gt; 标签时，这是一段说明网页写法的正文文字。"  # names a tag: shown, not read as one
    assert record_input(Record(0, {"title": "t", "content": plain}), {}).lines[0].text == \
        "文中写到 <p> 标签时，这是一段说明网页写法的正文文字。"


@pytest.mark.parametrize(
    ("source", "agency"),
    [
        ("iPhone客户端", None),  # Weibo's crawlers keep the client a post was sent with as its "source"
        ("微博 weibo.com", None),
        ("荣耀V20 4G", None),
        ("HUAWEI Mate 40 Pro", None),
        ("人民日报客户端", "人民日报客户端"),  # a listed outlet's own app names the outlet
    ],
)
def test_a_posting_client_in_the_source_field_is_no_agency(source, agency):
    record = {"created_at": "Tue Mar 28 20:15:47 +0800 2023", "source": source,
              "text": "今天参加了社区组织的志愿活动，和大家一起打扫公园，虽然很累但是很开心。"}
    hints = record_input(Record(0, record), {}).hints
    assert hints.agency == agency
    assert hints.published == "2023-03-28T20:15:47+08:00"


def test_a_body_escaped_twice_gets_its_paragraphs_back():
    """A spider that saved json.dumps of its text leaves \\n and \\u3000 as letters in the body;
    they are its line breaks and indents. One \\n quoted in a one-line text stays as written."""
    content = "\\u3000\\u3000本报讯 某市今天举办科技活动周，吸引众多市民参观。\\r\\n\\u3000\\u3000活动期间还将举办专家讲座。\\n（完）"
    item = record_input(Record(0, {"title": "t", "content": content}), {})
    assert [line.text.strip() for line in item.lines] == [
        "本报讯 某市今天举办科技活动周，吸引众多市民参观。", "活动期间还将举办专家讲座。", "（完）"]
    quoted = "在代码里写 print(\"a\\nb\") 会输出两行文字，这是换行符的作用。"
    assert record_input(Record(0, {"title": "t", "content": quoted}), {}).lines[0].text == quoted


def test_a_latin_question_in_a_joined_field_is_no_paragraph_end():
    from convertkit.readers.base import split_lines
    from convertkit.readers.flattened import split_flattened

    text = "He asked the minister: Why? The answer was that the budget had been cut again this year."
    assert [line.text for line in split_flattened(split_lines(text), joined_field=True)] == [text]


def test_character_references_left_in_a_plain_text_field_are_read():
    """A spider that cut its text out of the page's source leaves &ldquo; &#12290; &amp; in it; a
    bare &para in an address's query, with no semicolon, is no reference."""
    record = {"title": "某市&ldquo;科技周&rdquo;开幕",
              "content": "某市今天举办&ldquo;科技活动周&rdquo;，吸引众多市民参观&#12290;报名见 http://x.cn/?a=1&para=2 。"}
    item = record_input(Record(0, record), {})
    assert item.hints.title == "某市“科技周”开幕"
    assert item.lines[0].text == "某市今天举办“科技活动周”，吸引众多市民参观。报名见 http://x.cn/?a=1&para=2 。"


def test_a_photographer_credit_after_a_joined_caption_stays_with_it():
    content = ("農會今天舉辦年度農產品展售會，吸引許多民眾前往選購，現場人潮絡繹不絕，業者都笑得合不攏嘴，直說今年收成很好。"
               " 小農展示今年收成的高山茶葉。（記者王大明攝）")
    item = record_input(Record(0, {"title": "t", "content": content}), {})
    assert [line.text for line in item.lines][-1] == "小農展示今年收成的高山茶葉。（記者王大明攝）"


def test_fields_option_through_the_reader():
    pytest.importorskip("convertkit.structure.build")
    data = json.dumps([{"headline": "标题甲", "正文": "新华社北京1月2日电（记者张三）第一段正文。"},
                       {"headline": "标题乙", "正文": ""}], ensure_ascii=False).encode("utf-8")
    documents = list(read_json_documents(data, path="x.json", fields={"content": "正文"}))
    assert [document.meta.title for document in documents] == ["标题甲"]
    assert documents[0].meta.agency == "新华社"


def test_share_buttons_of_a_flattened_body_are_furniture():
    """Once a flattened body is broken at its blocks, the share buttons between them stand alone
    (分享 · facebook): furniture, kept in the metadata, never paragraphs."""
    pytest.importorskip("convertkit.structure.build")
    content = ("彰化縣溫姓泰籍勞工疑因感情問題輕生，雇主找法師今天晚上「送肉粽」。  警方指出，他的外籍同事提供線索。"
               "圖／柯姓網友提供   分享       facebook           自殺，不能解決難題，社會各界應該關心身邊的人。")
    data = json.dumps({"title": "彰化送肉粽", "content": content}, ensure_ascii=False).encode("utf-8")
    (document,) = read_json_documents(data, path="x.json")
    texts = [getattr(block, "text", "") for block in document.blocks]
    assert "分享" not in texts and "facebook" not in texts
    assert texts[-1] == "自殺，不能解決難題，社會各界應該關心身邊的人。"
    assert document.meta.furniture_raw == ("分享", "facebook")


@needs_corpus
def test_furniture_only_records_have_no_body_and_trailing_share_text_is_trimmed():
    _, people = corpus_inputs("json/people_records.json")
    assert people[5] is None  # content: "分享让更多人看到"
    assert people[0].lines[-1].text != "分享让更多人看到"
    _, gmw = corpus_inputs("json/gmw_records.json")
    assert gmw[3] is None  # content: "光明网版权所有||||||光明网版权所有"
    assert gmw[2] is not None  # share text glued to a long line: kept, the line is prose


def test_fields_option_accepts_cli_strings():
    assert resolve_fields("content=body,title=headline") == {"content": "body", "title": "headline"}
    assert resolve_fields(["content=正文", "date=ts"]) == {"content": "正文", "time": "ts"}
    with pytest.raises(UsageError, match="not NAME=KEY"):
        resolve_fields(["content"])


def test_not_json_at_all_is_one_line_malformed_input_error():
    # a broken file, told apart from a record without body text (errors.jsonl's error_type)
    from convertkit.errors import MalformedInputError

    with pytest.raises(MalformedInputError, match="not valid JSON"):
        list(read_json_documents("这不是JSON，只是一段文字。".encode(), path="x.json"))


def _unseen(name: str) -> bytes:
    from pathlib import Path

    return (Path(__file__).parent / "fixtures" / "unseen" / name).read_bytes()


def test_news_prefixed_and_origin_field_names_are_recognised():
    """news_title/news_time/news_source/news_editor (a news CMS's export) and origin (a crawler's
    name for the outlet): the time, editor and outlet are read, not only the title and body."""
    [doc] = read_json_documents(_unseen("crawler_news.json"))
    assert doc.meta.published == "2024-11-24T21:35" and doc.meta.editors == ("王琳",)
    [doc] = read_json_documents(_unseen("crawler_headline.json"))
    assert doc.meta.agency == "人民日报"  # origin names the paper behind 本报


def test_a_record_wrapped_in_an_api_response_is_found_under_a_content_named_key():
    """{"code": 0, "data": {"article": {...}}}: "article" names the record, not its text."""
    [doc] = read_json_documents(_unseen("crawler_nested.json"))
    assert doc.meta.title == "长三角铁路迎来客流高峰"
    assert doc.meta.agency == "新华日报" and doc.meta.reporters == ("许海燕",)
    assert doc.meta.published and doc.meta.published.startswith("2024-11-01")
    assert doc.blocks[0].text == "11月1日，长三角铁路迎来客流高峰，预计发送旅客360万人次。"


# --- hostile JSON ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "[" * 10000 + "]" * 10000,  # valid, but deeper than json's stack
    '{"a":' * 10000 + "1" + "}" * 10000,
    "[" * 100000,  # unclosed
    '{"title":"t","content":' + '{"a":' * 5000 + '"正文"' + "}" * 5000 + "}",
])
def test_json_nested_past_the_stack_is_a_malformed_input_error_not_a_recursion_error(text):
    from convertkit.errors import MalformedInputError

    with pytest.raises(MalformedInputError, match="nested too deeply"):
        parse_records(text, path="deep.json")


def test_records_and_texts_nested_hundreds_of_levels_are_not_followed():
    # within json's stack, but deep enough that following it recursively overflowed Python's
    body = "今天天气晴朗，记者来到现场进行采访，市民纷纷表示满意。"
    records = parse_records("[" * 900 + json.dumps({"title": "t", "content": body}) + "]" * 900)
    assert records == []
    nested = json.dumps({"title": "t", "content": body}).replace(json.dumps(body), "[" * 900 + json.dumps(body) + "]" * 900)
    assert record_input(parse_records(nested)[0], {}) is None  # not followed, and no crash


@pytest.mark.parametrize("junk", [
    '{"a":1,' * 60000,  # a failed decode at every "{": json's error counted the lines before each
    '{"a":' * 60000,  # too deep at every "{"
    '{"a":"' + "{" * 400000,
])
def test_salvaging_damaged_json_is_linear(junk):
    from convertkit.errors import MalformedInputError

    started = time.perf_counter()
    with pytest.raises(MalformedInputError):
        parse_records(junk)
    assert time.perf_counter() - started < 3  # was 17 s, 38 s and 2 s


def test_salvage_still_finds_records_inside_damaged_json(caplog):
    record = {"title": "标题", "content": "今天天气晴朗，记者来到现场进行采访。" * 300}  # longer than a first window
    text = '{"data": [' + json.dumps(record, ensure_ascii=False) + "," + json.dumps(record) + ', {"title": "截'
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        records = parse_records(text)
    assert [r.data for r in records] == [record, record]


def test_lone_surrogate_escapes_become_replacement_characters(caplog):
    # json keeps "\ud800" as a lone surrogate, which no encoder writes: every command failed
    # with "internal error: UnicodeEncodeError" (or PDF rendering failed)
    text = '{"title": "标题\\ud800测试", "content": "正文\\udc00内容。今天天气很好，记者来到现场。\\ud83d\\ude00"}'
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        documents = list(read_json_documents(text.encode(), path="s.json"))
    assert documents[0].meta.title == "标题\ufffd测试"
    body = "".join(block.text for block in documents[0].blocks)
    assert "正文\ufffd内容" in body and "\U0001f600" in body  # a real pair stays one character
    assert any("2 lone UTF-16 surrogate" in message for message in caplog.messages)
    for writer in ("txt", "json", "summary"):
        from convertkit import render

        assert render(documents[0], writer)  # encodes


def test_an_integer_longer_than_python_reads_does_not_void_the_file():
    """A crawler's 5000-digit bare number (an ID, a hash) was 'not valid JSON': Python refuses
    to read integers that long. It stays its digits; the article is read."""
    import convertkit

    record = ('{"title": "测试标题", "id": ' + "7" * 5000
              + ', "content": "新华社北京1月1日电 据了解，各项工作已全面就绪，确保按期完成。"}')
    doc = convertkit.read(record.encode())
    assert doc.meta.title == "测试标题" and doc.meta.agency == "新华社"


def test_a_records_outlet_is_the_agency_of_last_resort():
    """A crawler of feeds keeps the feed's title (blog_name, feed_title): the outlet, unless the text
    names a source of its own."""
    record = {"blog_name": "江边观察", "title": "老街改造", "content": "老街改造第二期昨天开工，施工范围从东门口延伸到码头。"}
    reposted = dict(record, content="老街改造第二期昨天开工，施工范围从东门口延伸到码头。\n来源：南方日报")
    data = "\n".join(json.dumps(item, ensure_ascii=False) for item in (record, reposted)).encode()
    first, second = read_json_documents(data, path="records.jsonl")
    assert first.meta.agency == "江边观察"
    assert second.meta.agency == "南方日报"


@pytest.mark.parametrize("key", ["account_name", "mp_name", "公众号"])
def test_a_wechat_spiders_account_and_create_time(key: str):
    """WeChat spiders keep the account a post came out under (account_name, mp_name, 公众号) and
    the platform's create_time: the outlet of last resort, and the time."""
    record = {key: "江南晚报", "title": "老街改造", "create_time": "2024-03-02 21:05:00",
              "content": "老街改造第二期昨天开工，施工范围从东门口延伸到码头。\n微信扫一扫\n关注该公众号"}
    document = _one_record(record)
    assert document.meta.agency == "江南晚报" and document.meta.published == "2024-03-02T21:05"
    assert [block.text for block in document.blocks] == ["老街改造第二期昨天开工，施工范围从东门口延伸到码头。"]
    reposted = record["content"].replace("\n微信", "\n来源 | 人民日报\n微信")
    assert _one_record(dict(record, content=reposted)).meta.agency == "人民日报"


# --- sentences an extractor broke at its links -----------------------------------------------------


def _one_record(record: dict[str, object]):
    (document,) = read_json_documents(json.dumps(record, ensure_ascii=False).encode(), path="record.json")
    return document


def test_a_sentence_broken_at_its_links_is_one_paragraph_again():
    """GNE and its kind give every node's text a line of its own, so a linked word breaks its
    sentence in three (…的 / 王小明 / ，在…): the pieces are one paragraph again."""
    content = ("2021年，\n青山集团\n即将迎来成立十周年。带领公司走出困境的董事长\n王小明\n"
               "，在上周的发布会上表示，公司今年将继续扩大产能。\n"
               "业内人士认为，青山集团近年来发展迅速，但公司作为多个项目的\n承建方\n仍有不少问题需要解决。")
    doc = _one_record({"title": "青山集团迎来十周年", "content": content})
    texts = [block.text for block in doc.blocks]
    assert texts == [
        "2021年，青山集团即将迎来成立十周年。带领公司走出困境的董事长王小明，在上周的发布会上表示，公司今年将继续扩大产能。",
        "业内人士认为，青山集团近年来发展迅速，但公司作为多个项目的承建方仍有不少问题需要解决。",
    ]


def test_a_closing_quote_or_stop_on_its_own_line_closes_the_line_before():
    content = "他说：“教育首先是精神成长，\n其次才是知识的积累。\n”\n记者在现场看到，学生们正在操场上跑步。"
    doc = _one_record({"title": "校长的教育主张", "content": content})
    assert [block.text for block in doc.blocks] == [
        "他说：“教育首先是精神成长，其次才是知识的积累。”", "记者在现场看到，学生们正在操场上跑步。"]


def test_lines_that_end_their_own_block_are_not_joined():
    """A caption's closing credit ends its line without a full stop, a share button is no linked
    word, a field's label opens a line of its own and a blank line parts paragraphs: none of
    these lines continues on the next."""
    content = ("山区果农在分拣工厂搬运水果，准备装箱出口。图为工人在装车。 新华社发\n制造地区分裂\n"
               "自上世纪九十年代以来，地区形成了有效的合作架构，多边合作逐步成为各国处理事务的主要机制。\n"
               "报名对象：志愿者，关心老街的朋友，\n带队老师：张明、李华\n\n"
               "活动当天，志愿者们在老街两侧清理了大量垃圾，并为居民送上了春联，\n\n"
               "居民们纷纷表示感谢。")
    doc = _one_record({"title": "老街志愿活动", "content": content})
    texts = [block.text for block in doc.blocks]
    assert "制造地区分裂" in texts
    assert "带队老师：张明、李华" in texts
    assert "居民们纷纷表示感谢。" in texts


def test_a_records_author_the_text_names_as_editor_is_not_a_reporter():
    """An extractor that took a portal's 责任编辑 for the author (网易's pages): the person the body
    names as its editor is the editor only."""
    content = "本报讯 昨天，市图书馆新馆正式开放，首日接待读者超过五千人次。\n本文来源：江城日报\n责任编辑：赵小燕_NB1234"
    doc = _one_record({"title": "市图书馆新馆开放", "author": "赵小燕", "content": content})
    assert doc.meta.editors == ("赵小燕",) and doc.meta.reporters == ()
    written = _one_record({"title": "市图书馆新馆开放", "author": "钱小平", "content": content})
    assert written.meta.reporters == ("钱小平",) and written.meta.editors == ("赵小燕",)


def test_a_government_sites_record_author_is_the_web_editor():
    """A gov.cn record's author field names who posted the page (its 责任编辑), as the site's
    <meta name="author"> does: the editor, unless the story credits them as its writer."""
    content = "新华社北京11月24日电（记者张三）某省近日出台措施，支持民营经济发展壮大。\n措施涉及融资、用地等多个方面。"
    gov = {"title": "某省出台措施支持民营经济发展", "url": "https://www.gov.cn/zhengce/2024-11/24/content_1.htm",
           "source": "新华社", "content": content}
    doc = _one_record({**gov, "author": "王五"})
    assert doc.meta.reporters == ("张三",) and doc.meta.editors == ("王五",)
    doc = _one_record({**gov, "author": "张三"})  # the writer the story credits stays the writer
    assert doc.meta.reporters == ("张三",) and doc.meta.editors == ()
    plain = "某省近日出台措施，支持民营经济发展壮大。\n措施涉及融资、用地等多个方面。"
    doc = _one_record({"title": "某省出台措施", "source": "某市人民政府门户网站", "author": "王五", "content": plain})
    assert doc.meta.reporters == () and doc.meta.editors == ("王五",)
    doc = _one_record({"title": "某省出台措施", "url": "https://news.example.com/a.html", "author": "王五", "content": plain})
    assert doc.meta.reporters == ("王五",) and doc.meta.editors == ()  # a news site's author is its writer


def test_a_records_author_naming_an_outlet_is_the_agency_of_last_resort():
    """GNE-style records whose author field holds the site (新华网, 人民网-国际频道): no reporter,
    but the outlet, when nothing else names one; a 来源 still outranks it."""
    content = "近日，某市举行新闻发布会，介绍今年经济社会发展情况。\n发布会上，有关负责人回答了记者提问。"
    doc = _one_record({"title": "某市举行新闻发布会", "author": "新华网", "content": content})
    assert doc.meta.agency == "新华网" and doc.meta.reporters == ()
    doc = _one_record({"title": "某市举行新闻发布会", "author": "人民网-国际频道", "content": content})
    assert doc.meta.agency == "人民网"
    doc = _one_record({"title": "某市举行新闻发布会", "author": "新华网", "source": "光明日报", "content": content})
    assert doc.meta.agency == "光明日报"
    doc = _one_record({"title": "某市举行新闻发布会", "author": "张三", "content": content})
    assert doc.meta.agency is None and doc.meta.reporters == ("张三",)


def test_a_label_under_a_picture_in_a_records_html_body_is_a_caption():
    """A record whose body is HTML with its pictures in it: the phrase under a picture is its
    caption; the same line in a record without pictures stays where the rules put it."""
    from convertkit.model import Caption

    story = "<p>近日，某市举行新闻发布会，介绍今年经济社会发展情况和明年工作安排。</p>"
    content = (story + "<p><img src='a.jpg'></p><p>华坚鞋业生产车间</p>"
               "<p>发布会上，有关负责人回答了记者提问，并介绍了企业复工复产的情况。</p>")
    doc = _one_record({"title": "某市举行新闻发布会", "content": content})
    assert [block.text for block in doc.blocks if isinstance(block, Caption)] == ["华坚鞋业生产车间"]
    doc = _one_record({"title": "某市举行新闻发布会", "content": content.replace("<p><img src='a.jpg'></p>", "")})
    assert not any(isinstance(block, Caption) for block in doc.blocks)


def test_records_whose_fields_nest_their_text_one_level_down():
    """WordPress's REST API ({"title": {"rendered": …}, "content": {"rendered": "<p>…</p>"}}) and
    CMS exports ({"value": …}, an author as {"name": …}) are records like any other."""
    pytest.importorskip("convertkit.structure.build")
    record = {
        "id": 123, "date": "2024-01-28T10:15:00", "link": "https://www.example.tw/2024/01/28/c919/",
        "title": {"rendered": "國產大飛機C919開闢第二條定期航線"},
        "content": {"rendered": "<p>（中央社記者王小明上海28日專電）中國國產大飛機C919今天開闢第二條定期商業航線，"
                                "執飛上海虹橋至北京首都航線。</p>\n<p>分析人士認為，這標誌著中國民航製造業邁出重要一步。</p>\n",
                    "protected": False},
        "excerpt": {"rendered": "<p>中國國產大飛機C919今天開闢第二條定期商業航線</p>"}, "author": 5,
    }
    documents = list(read_json_documents(json.dumps([record], ensure_ascii=False).encode(), path="wp.json"))
    assert len(documents) == 1
    meta = documents[0].meta
    assert meta.title == "國產大飛機C919開闢第二條定期航線" and meta.published == "2024-01-28T10:15"
    assert meta.agency == "中央社" and meta.source.url == "https://www.example.tw/2024/01/28/c919/"
    assert [block.kind for block in documents[0].blocks] == ["lead", "paragraph"]
    cms = {"title": {"value": "故宫博物院发布新规"}, "body": {"value": "本报讯（记者 张三）故宫博物院今日宣布实行每日限流措施，"
                                                                  "游客需提前网上预约购票。"},
           "author": {"name": "张三"}}
    (document,) = read_json_documents(json.dumps(cms, ensure_ascii=False).encode(), path="cms.json")
    assert document.meta.title == "故宫博物院发布新规" and document.meta.reporters == ("张三",)


_WALL_SENTENCE = "美军方高官的发言引发外媒热议，报道称新概念让外界联想到所谓“印太版北约”，并称“这是冷战思维。”"


def test_a_wall_of_text_with_no_trace_of_its_breaks_is_cut_into_paragraphs():
    """81.cn's records join a story's paragraphs with nothing between them: thousands of characters
    on one line. They are cut after a sentence, outside quotation marks, every few sentences."""
    pytest.importorskip("convertkit.structure.build")
    wall = _WALL_SENTENCE * 40  # ~2000 characters, no space or line break anywhere
    record = {"title": "美欲建“印太版北约”", "content": wall, "source": "中国军网", "date": "2020-09-09"}
    (document,) = read_json_documents(json.dumps(record, ensure_ascii=False).encode(), path="wall.json")
    texts = [block.text for block in document.blocks]
    assert len(texts) >= 5 and all(len(text) <= 400 for text in texts)
    assert "".join(texts) == wall.replace("“", "“")  # nothing lost or added
    assert all(text.count("“") == text.count("”") for text in texts)  # no quotation cut in two


@given(st.lists(st.sampled_from(["第一句话说了一件事。", "他说：“我们会继续努力。”", "「这是引文。」她说。", "没有结尾的短语",
                                 "为什么？", "（括号里的话。）"]), min_size=1, max_size=400))
@settings(max_examples=60, deadline=None)
def test_wall_paragraphs_keep_every_character(sentences):
    from convertkit.readers.flattened import wall_paragraphs

    text = "".join(sentences)
    pieces = wall_paragraphs(text)
    assert "".join(pieces) == text
    assert all(piece.strip() for piece in pieces)


# --- news APIs, extraction tools and databases ------------------------------------------------------

_WIRE_BODY = ("新华社北京3月5日电（记者张晓明 李华）第十四届全国人民代表大会第二次会议5日上午在人民大会堂开幕。\n"
              "报告提出，今年发展主要预期目标是国内生产总值增长5%左右，城镇新增就业1200万人以上。")
_PLAIN_BODY = ("市文旅局昨天发布消息，今年春节假期全市共接待游客三百二十万人次，同比增长百分之十五。\n"
               "据介绍，各大景区推出了灯会、庙会等多项特色活动，吸引了大量外地游客。")


def _read_all(value: object, path: str = "records.json"):
    return list(read_json_documents(json.dumps(value, ensure_ascii=False).encode(), path=path))


def test_a_newsapi_response_says_its_texts_are_cut_and_shows_no_marker(caplog):
    """NewsAPI.org keeps 200 characters of each text and marks the rest "… [+1834 chars]": the
    marker is no text, the cut is told, and a description holding the same text further wins."""
    cut = "市文旅局昨天发布消息，今年春节假期全市共接待游客三百二十万人次，同比增长百分之十五。\r\n据介绍，各大景区推出了… [+1834 chars]"
    response = {"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": None, "name": "Xinhuanet.com"}, "author": None, "title": "春节假期接待游客三百二十万人次 - 新华网",
         "description": "据介绍", "url": "http://www.news.cn/local/2024-02/18/c_1.htm", "urlToImage": None,
         "publishedAt": "2024-02-18T02:15:00Z", "content": cut},
        {"source": {"id": None, "name": "某某日报"}, "author": "王芳", "title": "景区推出特色活动",
         "description": _PLAIN_BODY.replace("\n", ""), "url": "https://example.com/2", "publishedAt": "2024-02-18T10:00:00+08:00",
         "content": cut}]}
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        first, second = _read_all(response, "newsapi.json")
    assert any("2 record(s) hold only the opening of their text" in message for message in caplog.messages)
    texts = [block.text for block in first.blocks]
    assert texts[-1].endswith("各大景区推出了……") and not any("chars]" in text for text in texts)
    assert first.meta.title == "春节假期接待游客三百二十万人次"
    assert first.meta.published == "2024-02-18T02:15+00:00"  # the API's UTC, zone kept
    assert first.meta.agency == "新华网"  # the source's name is the site's domain: its listed outlet
    assert second.meta.agency == "某某日报" and second.meta.reporters == ("王芳",)
    assert "".join(block.text for block in second.blocks).endswith("吸引了大量外地游客。")  # the longer description


def test_a_news_please_record_reads_its_own_field_names():
    """news-please (and Common Crawl's CC-NEWS through it): maintext, date_publish, source_domain,
    authors; a missing date written as the string "None"."""
    record = {"authors": ["张晓明"], "date_download": "2024-03-05 12:01:33", "date_modify": "None",
              "date_publish": "2024-03-05 10:15:00", "description": "春节假期接待游客三百二十万人次", "image_url": None,
              "language": "zh", "localpath": None, "maintext": _PLAIN_BODY, "source_domain": "www.news.cn", "text": None,
              "title": "春节假期全市接待游客三百二十万人次", "title_page": "None", "title_rss": "None",
              "url": "http://www.news.cn/local/2024-03/05/c_1.htm"}
    (document,) = _read_all(record)
    meta = document.meta
    assert meta.title == "春节假期全市接待游客三百二十万人次" and meta.published == "2024-03-05T10:15"
    assert meta.agency == "新华网" and meta.reporters == ("张晓明",)
    item = record_input(Record(0, dict(record, date_publish="None", url=None)), {})
    assert item.hints.published is None and "time_as_written" not in item.hints.extra


def test_a_trafilatura_record_gives_its_address_site_and_editor():
    """trafilatura --json: the page's address is "source", the site's name "source-hostname" (often
    the copyright line's: 人民网版权所有), tags repeated, an editor's credit taken for the author."""
    record = {"title": "春节假期全市接待游客三百二十万人次", "author": "责任编辑：王芳", "hostname": "people.com.cn",
              "date": "2024-02-18", "categories": "", "tags": "旅游,春节;旅游,春节", "fingerprint": "9c9cd5d0d7e68e99",
              "id": None, "license": None, "comments": "", "raw_text": _PLAIN_BODY, "text": _PLAIN_BODY, "language": None,
              "source": "http://sh.people.com.cn/n2/2024/0218/c1.html", "source-hostname": "人民网版权所有", "excerpt": None}
    item = record_input(Record(0, record), {})
    assert item.hints.url == "http://sh.people.com.cn/n2/2024/0218/c1.html"
    assert item.hints.agency == "人民网"  # the address's site, no longer the address itself
    assert item.hints.keywords == ("旅游", "春节")
    assert item.hints.authors == () and item.hints.editors == ("王芳",)
    site_only = record_input(Record(0, dict(record, source=None, hostname="news.cn")), {})
    assert site_only.hints.extra["outlet"] == "人民网"  # the site's name, the copyright words dropped
    (document,) = _read_all(dict(record, source=None, **{"source-hostname": None}, hostname="www.news.cn"))
    assert document.meta.agency == "新华网"  # a listed site's domain names its outlet


def test_event_registry_and_diffbot_articles():
    """Event Registry splits the time into "date" and a clock "time" beside "dateTimePub", and names
    the source {"uri", "title"}, the authors [{"name"}]; Diffbot wraps its articles in "objects",
    with "siteName", "pageUrl" and tags [{"label"}]."""
    response = {"articles": {"results": [{
        "uri": "8012345678", "lang": "zho", "date": "2024-03-05", "time": "02:15:00", "dateTime": "2024-03-05T02:15:00Z",
        "dateTimePub": "2024-03-05T02:10:00Z", "url": "https://example.com.cn/gn/2024/03-05/1.shtml", "title": "春节假期游客创新高",
        "body": _PLAIN_BODY, "source": {"uri": "example.com.cn", "dataType": "news", "title": "某某新闻网"},
        "authors": [{"uri": "wang@example.com.cn", "name": "王小红", "type": "author", "isAgency": False}]}],
        "totalResults": 1}}
    (document,) = _read_all(response)
    assert document.meta.published == "2024-03-05T02:10+00:00"
    assert document.meta.agency == "某某新闻网" and document.meta.reporters == ("王小红",)
    diffbot = {"request": {"pageUrl": "https://www.example.tw/news/1", "api": "article", "version": 3}, "objects": [{
        "type": "article", "title": "日本央行結束負利率政策", "text": "日本央行19日宣布結束實施8年的負利率政策，為17年來首次升息。\n分析師指出，此舉標誌著日本貨幣政策進入新階段。",
        "date": "Tue, 19 Mar 2024 06:30:00 GMT", "author": "林小明", "siteName": "某某時報", "pageUrl": "https://www.example.tw/news/1",
        "humanLanguage": "zh", "tags": [{"label": "日本銀行", "score": 0.9}, {"label": "負利率", "score": 0.7}]}]}
    (document,) = _read_all(diffbot)
    meta = document.meta
    assert meta.title == "日本央行結束負利率政策" and meta.published == "2024-03-19T06:30+00:00"
    assert meta.agency == "某某時報" and meta.reporters == ("林小明",) and meta.keywords == ("日本銀行", "負利率")
    assert meta.source.url == "https://www.example.tw/news/1"


def test_feed_reader_exports_read_their_entries():
    """Inoreader's and Feedly's exports (the Google Reader shape): a titled stream over its items,
    each entry's text under "summary": {"content": …}, its address in "alternate" or "canonical",
    its time in seconds or milliseconds."""
    entry = {"title": "春节假期游客创新高", "published": 1709604900,
             "canonical": [{"href": "https://example.com/a/1"}], "alternate": [{"href": "https://example.com/a/1", "type": "text/html"}],
             "summary": {"direction": "ltr", "content": "<p>" + _PLAIN_BODY.replace("\n", "</p><p>") + "</p>"},
             "author": "王芳", "origin": {"streamId": "feed/https://example.com/rss", "title": "某某日报", "htmlUrl": "https://example.com/"},
             "categories": [{"id": "user/1/category/新闻", "label": "新闻"}]}
    stream = {"direction": "ltr", "id": "user/1001/state/com.google/starred", "title": "Starred", "items": [entry]}
    (document,) = _read_all(stream)
    meta = document.meta
    assert meta.title == "春节假期游客创新高" and meta.published == "2024-03-05T10:15+08:00"
    assert meta.source.url == "https://example.com/a/1" and meta.agency == "某某日报" and meta.reporters == ("王芳",)
    assert [block.text for block in document.blocks][-1] == "据介绍，各大景区推出了灯会、庙会等多项特色活动，吸引了大量外地游客。"
    feedly = {"id": "feed/https://example.com/rss", "items": [dict(entry, published=1709604900000)]}
    (document,) = _read_all(feedly)
    assert document.meta.published == "2024-03-05T10:15+08:00"
    assert record_input(Record(0, {"title": "摘要", "summary": _PLAIN_BODY}), {}) is None  # a summary string is no text


def test_scrapy_lists_elasticsearch_hits_and_mongodb_exports():
    """Scrapy feed exports keep every field a list (["第一段", "第二段"], [1709604900]); a search
    engine's answer nests records in {"hits": {"hits": [{"_source": …}]}}; mongoexport writes
    {"_id": {"$oid": …}} and times as {"$date": "…Z"} or {"$date": {"$numberLong": "…"}}."""
    scrapy = {"title": ["春节假期游客创新高"], "content": _PLAIN_BODY.split("\n"), "pub_time": [1709604900],
              "author": ["王芳"], "source": ["某某日报"]}
    (document,) = _read_all(scrapy)
    assert document.meta.title == "春节假期游客创新高" and document.meta.published == "2024-03-05T10:15+08:00"
    assert len(document.blocks) == 2 and document.meta.reporters == ("王芳",)
    hits = {"took": 3, "timed_out": False, "hits": {"total": {"value": 1}, "max_score": 1.0, "hits": [
        {"_index": "news", "_id": "1", "_score": 1.0, "_source": {"title": "春节假期游客创新高", "content": _PLAIN_BODY,
                                                                "publish_time": "2024-03-05T10:15:00+08:00", "tags": ["旅游"]}}]}}
    (document,) = _read_all(hits)
    assert document.meta.published == "2024-03-05T10:15+08:00" and document.meta.keywords == ("旅游",)
    mongo = [{"_id": {"$oid": "65e6f0a1b2c3d4e5f6a7b8c9"}, "title": "春节假期游客创新高", "content": _PLAIN_BODY,
              "publish_time": {"$date": "2024-03-05T02:15:00.000Z"}},
             {"_id": {"$oid": "65e6f0a1b2c3d4e5f6a7b8ca"}, "title": "景区推出特色活动", "content": _PLAIN_BODY,
              "date": {"$date": {"$numberLong": "1709535600000"}}}]
    first, second = _read_all(mongo)
    assert first.meta.published == "2024-03-05T02:15+00:00"
    assert second.meta.published == "2024-03-04T15:00+08:00"


def test_newspaper_and_schema_org_records():
    """newspaper3k/4k dicts (publish_date, meta_site_name, source_url the site's root) and a
    schema.org NewsArticle (articleBody, publisher, mainEntityOfPage)."""
    record = {"url": "https://www.example.sg/news/china/story1", "source_url": "https://www.example.sg", "title": "春节假期游客创新高",
              "authors": ["林大明"], "publish_date": "2024-03-05 11:20:00+08:00", "text": _PLAIN_BODY,
              "keywords": ["旅游", "春节"], "summary": "", "meta_lang": "zh", "meta_site_name": "某某早报"}
    (document,) = _read_all(record)
    meta = document.meta
    assert meta.published == "2024-03-05T11:20+08:00" and meta.agency == "某某早报"
    assert meta.source.url == "https://www.example.sg/news/china/story1" and meta.keywords == ("旅游", "春节")
    article = {"@type": "NewsArticle", "headline": "春节假期游客创新高", "articleBody": _PLAIN_BODY,
               "datePublished": "2024-03-05T06:00:00+08:00", "author": [{"@type": "Person", "name": "周华"}],
               "publisher": {"@type": "Organization", "name": "某某日报"}, "inLanguage": "zh-CN",
               "mainEntityOfPage": {"@type": "WebPage", "@id": "https://example.com/a/1"}}
    (document,) = _read_all(article)
    meta = document.meta
    assert meta.title == "春节假期游客创新高" and meta.published == "2024-03-05T06:00+08:00"
    assert meta.agency == "某某日报" and meta.reporters == ("周华",) and meta.source.url == "https://example.com/a/1"


def test_a_follow_button_beside_an_account_name_is_no_author():
    item = record_input(Record(0, {"title": "春节假期游客创新高", "author": "中国江城发布 关注", "content": _PLAIN_BODY}), {})
    assert item.hints.authors == ()


def test_crawl_services_keep_the_pages_facts_in_a_metadata_object():
    """Firecrawl and Apify's crawlers: the text as markdown (or text) beside "metadata": {"title",
    "author", "publishedTime", "ogSiteName", "sourceURL"}; Webz.io's answer lists its "posts"."""
    markdown = ("# 春节假期全市接待游客再创新高\n\n![](https://img.example.com/a.jpg)\n\n" + _PLAIN_BODY.replace("\n", "\n\n"))
    firecrawl = {"success": True, "data": {"markdown": markdown, "metadata": {
        "title": "春节假期全市接待游客再创新高_江城日报", "language": "zh-CN", "keywords": "旅游,春节", "ogSiteName": "江城日报",
        "publishedTime": "2024-02-18T09:30:00+08:00", "sourceURL": "https://www.example.cn/news/1.html", "statusCode": 200}}}
    (document,) = _read_all(firecrawl)
    meta = document.meta
    assert meta.title == "春节假期全市接待游客再创新高" and meta.published == "2024-02-18T09:30+08:00"
    assert meta.agency == "江城日报" and meta.keywords == ("旅游", "春节") and meta.source.url == "https://www.example.cn/news/1.html"
    assert [block.text for block in document.blocks] == _PLAIN_BODY.split("\n")
    apify = {"url": "https://www.example.cn/news/1.html", "crawl": {"loadedTime": "2024-02-19T01:00:00.000Z", "depth": 1},
             "metadata": {"title": "春节假期全市接待游客再创新高", "author": "王芳", "languageCode": "zh-CN"}, "text": _PLAIN_BODY}
    (document,) = _read_all(apify)
    assert document.meta.title == "春节假期全市接待游客再创新高" and document.meta.reporters == ("王芳",)
    assert document.meta.published is None  # the crawl's own time is no publication time
    webz = {"posts": [{"thread": {"site": "example.com.cn", "title": "春节假期游客创新高"}, "url": "https://news.example.com.cn/a/1.shtml",
                       "author": "王芳", "published": "2024-02-18T09:30:00.000+08:00", "title": "春节假期游客创新高",
                       "text": _PLAIN_BODY, "language": "chinese", "crawled": "2024-02-18T10:00:00.000+02:00"}],
            "totalResults": 1, "moreResultsAvailable": 0}
    (document,) = _read_all(webz)
    assert document.meta.published == "2024-02-18T09:30+08:00" and document.meta.reporters == ("王芳",)


def test_keywords_parted_by_marks_keep_their_spaces():
    """A tag list parted by commas or semicolons keeps a space inside a tag (Hong Kong, 基本法 第二十三条);
    a list parted by spaces alone (trafilatura's 投资 完成 亿元) is parted there."""
    def keywords(value: str) -> tuple[str, ...]:
        return record_input(Record(0, {"title": "标题", "keywords": value, "content": _PLAIN_BODY}), {}).hints.keywords

    assert keywords("Hong Kong, 基本法 第二十三条；立法") == ("Hong Kong", "基本法 第二十三条", "立法")
    assert keywords("投资 完成 亿元") == ("投资", "完成", "亿元")


def test_an_outlets_address_names_it_when_the_record_does_not():
    """A record with no source field, on the site of an outlet that publishes its own reporting,
    is that outlet's; a portal's address names no outlet."""
    pytest.importorskip("convertkit.structure.build")
    body = "德国总理周二访问北京，双方讨论了经贸合作和气候变化等议题，并签署多项合作文件。"
    for url, agency in (("https://www.dw.com/zh/a-123", "德国之声"), ("https://www.zaobao.com.sg/news/china/story1", "联合早报"),
                        ("https://news.sina.com.cn/c/2024-01-28/doc-1.shtml", None)):
        record = {"title": "德国总理访华", "content": body, "url": url}
        (document,) = read_json_documents(json.dumps(record, ensure_ascii=False).encode(), path="r.json")
        assert document.meta.agency == agency, url


def test_a_flash_feed_under_a_key_of_its_own_and_a_camel_case_time():
    """{"data": {"roll_data": [...]}} (a telegraph feed's API): the one list of records a wrapper
    holds, under a key no crawler list names; createTime is the record's time."""
    feed = {"error": 0, "data": {"roll_data": [
        {"id": 1, "title": "某银行下调存款利率", "content": "【某银行下调存款利率】财联社11月24日电，某银行宣布下调存款利率10个基点。",
         "createTime": 1732413600},
        {"id": 2, "title": "", "content": "格隆汇11月24日｜某机构发布报告称，某行业需求持续回暖。", "ctime": 1732413000},
    ], "total": 2}}
    first, second = read_json_documents(json.dumps(feed, ensure_ascii=False).encode("utf-8"))
    assert first.meta.title == "某银行下调存款利率" and first.meta.agency == "财联社"
    assert first.meta.published and first.meta.published.startswith("2024-11-24")
    assert [block.text for block in first.blocks] == ["某银行宣布下调存款利率10个基点。"]  # the headline not twice
    assert second.meta.agency == "格隆汇" and second.blocks[0].text.startswith("某机构发布报告称")


def test_a_wrapper_with_two_lists_is_not_guessed_into():
    """Two lists of objects under keys of the API's own: no telling which holds the records."""
    page = {"data": {"top": [{"title": "甲", "content": "某地举行活动，数百名市民参加。"}],
                     "more": [{"title": "乙", "content": "某地举行比赛，数百名选手参加。"}]}}
    with pytest.raises(NoArticleError):
        list(read_json_documents(json.dumps(page, ensure_ascii=False).encode("utf-8")))


def test_a_live_feed_nested_under_wrappers_of_its_own():
    """{"result": {"status": …, "data": {"feed": {"list": [...]}}}} (a 7x24 feed): the one object each
    wrapper holds leads to the list; rich_text is an item's text and display_time its time."""
    feed = {"result": {"status": {"code": 0}, "data": {"feed": {"list": [
        {"id": 1, "rich_text": "【某国央行维持利率不变】某国央行宣布维持基准利率不变。", "create_time": "2024-11-24 10:30:00"},
        {"id": 2, "rich_text": "某公司发布公告，拟回购股份不超过5亿元。", "create_time": "2024-11-24 10:20:00"}]}}}}
    first, second = read_json_documents(json.dumps(feed, ensure_ascii=False).encode("utf-8"))
    assert first.meta.title == "某国央行维持利率不变" and second.blocks[0].text.startswith("某公司发布公告")
    items = {"data": {"items": [{"content_text": "某国央行宣布维持基准利率不变，符合市场预期。", "display_time": 1732413600}]}}
    [doc] = read_json_documents(json.dumps(items, ensure_ascii=False).encode("utf-8"))
    assert doc.meta.published and doc.meta.published.startswith("2024-11-24")


def test_an_author_field_of_latin_names_or_a_foreign_papers_writers():
    """An author field holding a writer's Latin name (Nick Timiraos: 华尔街日报中文网) is one writer,
    not two words dropped as no names; a foreign paper's Chinese edition (英国《金融时报》 克莱尔•琼斯)
    names its writers after the paper in title marks, a transliteration's bullet dot kept."""
    pytest.importorskip("convertkit.structure.build")
    records = [{"title": "美联储宣布降息", "author": "Nick Timiraos", "content": "美联储周三宣布将基准利率下调25个基点。"},
               {"title": "某国经济放缓", "author": "英国《金融时报》 克莱尔•琼斯", "content": "某国第三季度经济增速放缓至4.6%。"},
               {"title": "某国经济", "author": "Getty Images", "content": "某国第三季度经济增速放缓至4.6%。"}]
    data = json.dumps(records, ensure_ascii=False).encode("utf-8")
    documents = list(read_json_documents(data, path="x.json"))
    assert [document.meta.reporters for document in documents] == [("Nick Timiraos",), ("克莱尔•琼斯",), ()]


def test_a_records_chinese_field_names_in_traditional_characters():
    """A Taiwan or Hong Kong spider names its fields as its own script writes them (標題, 內文,
    發佈時間, 媒體, 連結, 關鍵字), not as the Simplified names say."""
    record = {"標題": "市府宣布公車明年調整票價", "內文": "市政府今天宣布，明年起將調整公車票價，學生票價維持不變。\n"
              "交通局表示，此次調整主要反映燃料與人事成本上漲。", "發佈時間": "2026-12-07 10:15", "媒體": "某某日報",
              "連結": "https://example.tw/news/1", "關鍵字": ["交通", "票價"]}
    (document,) = _read_all(record)
    meta = document.meta
    assert (meta.title, meta.published, meta.agency) == ("市府宣布公車明年調整票價", "2026-12-07T10:15", "某某日報")
    assert meta.source.url == "https://example.tw/news/1" and meta.keywords == ("交通", "票價")
    assert len(document.blocks) == 2


@pytest.mark.parametrize("key", ["body_html", "content_html", "html_content", "article_html"])
def test_a_body_kept_only_as_html_is_read_from_its_field(key: str):
    """GNE's ``with_body_html`` output and many spiders keep the body as HTML under a name of
    its own; with no text field beside it, that HTML is the body. A text field, when there is
    one, is still read first."""
    html = "".join(f"<p>{line}</p>" for line in _PLAIN_BODY.split("\n"))
    (document,) = _read_all({"title": "春节假期游客创新高", key: html, "publish_time": "2024-03-05 10:15:00"})
    assert [block.text for block in document.blocks] == _PLAIN_BODY.split("\n")
    (document,) = _read_all({"title": "春节假期游客创新高", key: "<p>旧的摘要文字，不是正文的全部内容。</p>",
                             "content": _PLAIN_BODY})
    assert [block.text for block in document.blocks] == _PLAIN_BODY.split("\n")


def test_a_list_written_as_its_repr_is_a_list_and_other_brackets_stay_text():
    from convertkit.readers.crawler_json import listed

    assert listed("['旅游', '春节']") == ["旅游", "春节"]
    assert listed('["王小明", "李华"]') == ["王小明", "李华"]
    assert listed("[图]某地举办读书节") == "[图]某地举办读书节"
    assert listed("['未闭合', ") == "['未闭合', "
    assert listed("[1, 2]") == "[1, 2]"
    (document,) = _read_all({"title": "春节假期游客创新高", "content": _PLAIN_BODY, "tags": "['旅游', '春节']"})
    assert document.meta.keywords == ("旅游", "春节")


@pytest.mark.parametrize("written", ["来源：某某日报", "來源: 某某日报", "（来源：某某日报）", "来源：某某日报 作者：王小明"])
def test_a_source_field_with_the_pages_label_names_the_outlet_after_it(written: str):
    """An extractor that took the page's source line whole (来源：某某日报) gives the label, a
    bracket or the credit after the name too: the outlet is the name alone."""
    (document,) = _read_all({"title": "春节假期游客创新高", "content": _PLAIN_BODY, "source": written})
    assert document.meta.agency == "某某日报"


_PAGE = ("<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>春节假期游客创新高_某某网</title></head><body>"
         "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">旅游</a> <a href=\"/b\">财经</a></div>"
         "<div class=\"article\"><h1>春节假期游客创新高</h1>"
         + "".join(f"<p>{line}</p>" for line in _PLAIN_BODY.split("\n")) +
         "<p>各区还将在元宵节前后继续举办系列民俗活动，相关部门提醒游客错峰出行，注意安全。</p></div>"
         "<div class=\"footer\">版权所有 某某网</div></body></html>")


def test_a_record_holding_the_fetched_page_whole_is_read_from_the_page():
    """A spider that keeps the page it fetched (``html``, ``raw_html``) and no text field: the
    page's article as the HTML reader finds it, the record's own fields over the page's meta.
    A page with no article in it is a record without body text; a fragment is the body."""
    record = {"url": "https://example.com/2024/0305/a.html", "html": _PAGE, "publish_time": "2024-03-05 10:15"}
    (document,) = _read_all(record)
    assert document.meta.title == "春节假期游客创新高" and document.meta.published == "2024-03-05T10:15"
    assert document.meta.source.url == "https://example.com/2024/0305/a.html"
    texts = [block.text for block in document.blocks]
    assert texts[:2] == _PLAIN_BODY.split("\n") and not any("首页" in text or "版权" in text for text in texts)
    with pytest.raises(NoArticleError):
        _read_all({"url": "https://example.com/", "raw_html": "<html><body><div>首页</div></body></html>"})
    fragment = "".join(f"<p>{line}</p>" for line in _PLAIN_BODY.split("\n"))
    (document,) = _read_all({"title": "春节假期游客创新高", "html": fragment})
    assert [block.text for block in document.blocks] == _PLAIN_BODY.split("\n")


def test_an_author_field_naming_the_reporters_outlet_gives_the_agency() -> None:
    """中央社記者溫貴香 in the author slot of a record with no source: the reporter, and 中央社."""
    import json

    import convertkit

    record = {"title": "賴總統出席國防會議", "author": "中央社記者溫貴香", "date": "2026-12-06 14:32",
              "content": "總統賴清德今天出席全社會防衛韌性委員會第5次會議，宣布將擴大民防訓練規模，並強化關鍵基礎設施防護。"}
    doc = convertkit.read(json.dumps([record], ensure_ascii=False).encode())
    assert (doc.meta.agency, doc.meta.reporters) == ("中央社", ("溫貴香",))
    record["author"] = "某某公司記者張三"  # an outlet we do not list names no agency
    assert convertkit.read(json.dumps([record], ensure_ascii=False).encode()).meta.agency is None


def test_an_apis_camel_case_fields_are_its_snake_case_ones():
    """{"code": 0, "data": {"article": {…}}} with editorName, authorName, publishTime, sourceName:
    read as editor_name, author_name, publish_time and source_name are."""
    from convertkit import read

    article = {"title": "某市地铁新线元旦前开通运营", "publishTime": "2026-12-28 15:32:00", "sourceName": "某某日报",
               "authorName": "李佳佳", "editorName": "王琳",
               "content": "<p>记者28日从市轨道交通集团获悉，地铁新线将于元旦前开通运营，全长三十公里，共设二十座车站。</p>"
                          "<p>新线开通后，将与既有线路形成多个换乘站，缓解中心城区交通压力。</p>"}
    doc = read(json.dumps({"code": 0, "msg": "success", "data": {"article": article}}).encode(), format="json")
    assert doc.meta.editors == ("王琳",)
    assert doc.meta.reporters == ("李佳佳",)
    assert doc.meta.published == "2026-12-28T15:32"
    assert doc.meta.agency == "某某日报"


def test_newspaper3ks_meta_keywords_are_the_pages_and_its_own_keywords_a_guess():
    """newspaper3k's to_json: keywords is what its NLP guessed, meta_keywords what the page said
    ([""] when it said nothing)."""
    from convertkit import read

    record = {"title": "某市十一月物价同比上涨", "authors": ["王晓"], "keywords": ["cpi", "上涨"],
              "meta_keywords": ["CPI", "物价"], "url": "https://news.example.com/a/1.htm",
              "text": "市统计局9日发布数据显示，11月份全市居民消费价格指数同比上涨0.4%，环比下降0.2%。\n\n"
                      "其中，食品价格下降0.9%，非食品价格上涨0.7%。"}
    assert read(json.dumps(record).encode(), format="json").meta.keywords == ("CPI", "物价")
    record["meta_keywords"] = [""]
    assert read(json.dumps(record).encode(), format="json").meta.keywords == ("cpi", "上涨")
