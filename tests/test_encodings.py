"""Encodings through the readers: the same article in UTF-8, UTF-16, GB18030/GBK, Big5, Big5-HKSCS
gives the same lines and hints, the encoding used is reported, and lossy decoding is never silent."""

from __future__ import annotations

import codecs
import json
import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS
from convertkit.errors import NoArticleError
from convertkit.readers.crawler_json import parse_records, record_input
from convertkit.readers.html import extract_html
from convertkit.sources import decode

needs_corpus = pytest.mark.skipif(not (CORPUS / "encodings").is_dir(), reason="corpus not available")

_SIMPLIFIED = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"
_TRADITIONAL = "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處隊南給色光門即保治北造百規熱領七海口東導器壓志世金增爭濟階油思術極交受聯什認六共權收證改清己美再採轉更單風切打白教速花帶安場身車例真務具萬每目至達走積示議聲報鬥完類八離華名確才科張信馬節話米整空元況今集溫傳土許步群廣石記需段研界拉林律叫且究觀越織裝影算低持音眾書布復容兒須際商非驗連斷深難近礦千周委素技備半辦青省列習響約支般史感勞便團往酸歷市克何除消構府稱太準精值號率族維劃選標寫存候毛親快效斯院查江型眼王按格養易置派層片始卻專狀育廠京識適屬圓包火住調滿縣局照參紅細引聽該鐵價嚴"


def _encodable(alphabet: str, *codecs_: str) -> str:
    def ok(ch: str) -> bool:
        try:
            return all(ch.encode(codec) for codec in codecs_)
        except UnicodeEncodeError:
            return False

    return "".join(ch for ch in dict.fromkeys(alphabet) if ok(ch))


GBK_ALPHABET = _encodable(_SIMPLIFIED, "gbk")
BIG5_ALPHABET = _encodable(_TRADITIONAL, "big5")

_PAGE = """<html><head>{meta}<title>{title}_新聞網</title></head><body><article><h1>{title}</h1>
<div class="info">2024-03-05 08:30 來源：中央日報</div>
{paragraphs}
</article><div class="footer">版權所有</div></body></html>"""


def page(title: str, paragraphs: list[str], charset: str | None) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return _PAGE.format(meta=meta, title=title, paragraphs="\n".join(f"<p>{p}</p>" for p in paragraphs))


def sentences(alphabet: str) -> st.SearchStrategy[str]:
    words = st.text(alphabet=alphabet, min_size=5, max_size=12)
    return st.lists(words, min_size=3, max_size=5).map(lambda parts: "，".join(parts) + "。")


def article(alphabet: str) -> st.SearchStrategy[tuple[str, list[str]]]:
    """A headline and 3-6 paragraphs: enough prose to be an article (≥ 40 Han characters)."""
    return st.tuples(st.text(alphabet=alphabet, min_size=6, max_size=20),
                     st.lists(sentences(alphabet), min_size=3, max_size=6))


def _same_as_utf8(html: str, data: bytes, expected_encoding: str) -> None:
    """The same page in another encoding reads the same, failures included: a generated page of
    degenerate prose (一一一一一，一一一一一…) may hold no article in UTF-8, and must then hold
    none in GBK either."""
    try:
        reference = extract_html(html.encode("utf-8"), path="a.html")
    except NoArticleError as exc:
        with pytest.raises(NoArticleError) as raised:
            extract_html(data, path="a.html")
        assert raised.value.message == exc.message
        return
    other = extract_html(data, path="a.html")
    assert other.encoding == expected_encoding
    assert other.replacements == 0
    assert other.lines == reference.lines
    assert other.hints == reference.hints


@settings(max_examples=25, deadline=None)
@given(article(GBK_ALPHABET), st.sampled_from(["gbk", "gb2312", "gb18030", None]))
def test_gbk_article_same_model_as_utf8(generated, declared):
    title, paragraphs = generated
    try:
        html = page(title, paragraphs, declared or "gbk")
        data = html.encode("gbk")
    except UnicodeEncodeError:  # gb2312 lacks a few GBK characters; the bytes are what matter
        return
    _same_as_utf8(html, data, "gb18030")


@settings(max_examples=25, deadline=None)
@given(article(BIG5_ALPHABET), st.sampled_from(["big5", "big5-hkscs"]))
def test_big5_article_same_model_as_utf8(generated, declared):
    title, paragraphs = generated
    html = page(title, paragraphs, declared)
    _same_as_utf8(html, html.encode("big5"), "big5hkscs")


@settings(max_examples=25, deadline=None)
@given(article(GBK_ALPHABET), st.sampled_from(["utf-16-le", "utf-16-be", "utf-8-sig"]))
def test_bom_article_same_model_as_utf8(generated, codec):
    title, paragraphs = generated
    html = page(title, paragraphs, None)
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-8-sig": b""}[codec]
    expected = "utf-8" if codec == "utf-8-sig" else "utf-16"
    _same_as_utf8(html, bom + html.encode(codec), expected)


_NEWS_GBK = ("新华社北京3月5日电（记者张三）十四届全国人大二次会议5日上午在人民大会堂开幕。国务院总理作政府工作报告，"
             "报告指出，过去一年经济社会发展主要目标任务圆满完成，高质量发展扎实推进。")
_NEWS_BIG5 = ("中央社記者王小明台北17日電）行政院今天召開院會，通過明年度中央政府總預算案，總歲出規模創下歷史新高，"
              "院長表示，將持續推動經濟發展與社會福利政策，並加強國防建設。")


@pytest.mark.parametrize(("text", "codec", "expected"), [
    (_NEWS_GBK, "gbk", "gb18030"),
    (_NEWS_GBK, "gb18030", "gb18030"),
    (_NEWS_BIG5, "big5", "big5hkscs"),
])
def test_undeclared_legacy_encodings_detected(text, codec, expected):
    html = page("測試新聞標題", [text, text], None)
    extract = extract_html(html.encode(codec), path="legacy.html")
    assert extract.encoding == expected
    assert extract.lines[0].text == text


def test_big5_hkscs_characters_survive():
    text = "佢哋話呢個係香港嘅特色㗎，記者今日喺灣仔採訪咗幾位市民，大家都好支持。" * 2
    html = page("香港新聞", [text], "big5-hkscs")
    extract = extract_html(html.encode("big5hkscs"), path="hk.html")
    assert extract.encoding == "big5hkscs"
    assert extract.lines[0].text == text


def test_json_records_in_gb18030_and_utf16():
    record = {"title": "标题", "content": _NEWS_GBK, "date": "2024-03-05"}
    text = json.dumps([record], ensure_ascii=False)
    for data, encoding in ((text.encode("gb18030"), "gb18030"), (codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "utf-16")):
        decoded = decode(data, path="r.json")
        assert decoded.encoding == encoding
        item = record_input(parse_records(decoded.text)[0], {})
        assert item.lines[0].text == _NEWS_GBK and item.hints.title == "标题"


def test_lossy_decoding_warns_with_a_count(caplog):
    html = page("测试标题", [_NEWS_GBK, _NEWS_GBK, _NEWS_GBK], None).encode("gbk")
    damaged = html.replace("报告".encode("gbk"), b"\x81\x20", 2)  # two invalid GBK sequences
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        extract = extract_html(damaged, path="damaged.html")
    assert extract.replacements >= 2
    assert any("damaged.html" in m and str(extract.replacements) in m and "replacement" in m for m in caplog.messages)


@needs_corpus
@pytest.mark.parametrize(("name", "encoding", "first"), [
    ("encodings/tw_news_big5_no_charset.html", "big5hkscs", "台北看守所昨天抽查前總統陳水扁的房舍"),
    ("encodings/sina_gb18030_no_charset.html", "gb18030", "马兴瑞，中国航天科技集团公司总经理"),
])
def test_corpus_pages_without_charset(name, encoding, first):
    extract = extract_html((CORPUS / name).read_bytes(), path=name)
    assert extract.encoding == encoding
    assert extract.lines[0].text.startswith(first)


@needs_corpus
def test_source_encoding_reported_in_the_model():
    pytest.importorskip("convertkit.structure.build")
    from convertkit.readers.html import read_html

    document = read_html((CORPUS / "encodings/tw_news_big5_no_charset.html").read_bytes(), path="tw.html")
    assert document.meta.source.encoding == "big5hkscs"
    assert document.meta.source.format == "html"


@needs_corpus
def test_a_valid_file_the_detector_gives_no_verdict_on_warns_of_nothing(caplog):
    """The SogouCS slice is valid GB18030 that charset-normalizer leaves undecided: decoding it is
    no loss, and a warning that "some bytes were invalid" would be false."""
    data = (CORPUS / "encodings/sogoucs_news_sohusite_xml.smarty.part.dat").read_bytes()
    data.decode("gb18030")  # strictly valid
    with caplog.at_level(logging.WARNING, logger="convertkit"):
        decoded = decode(data, path="sogou.dat")
    assert decoded.encoding == "gb18030" and decoded.replacements == 0
    assert not [m for m in caplog.messages if "replacement" in m]
