"""Official documents (公文, GB/T 9704-2012) read and typeset: the 版头 above the title (份号, 密级,
紧急程度, 发文机关标志, 发文字号, 签发人) into ``Meta.official``, the 主送机关 as a salutation, the
附件说明 as an Attachments block, the 版记 (抄送, 印发) as an Imprint block, the date of a notice
that prints a plan after its 落款; each set by every writer as the style says. Every text here is
invented in the shapes real notices have (a 国务院办公厅 notice, a provincial 意见, a court's and an
exchange's 公告, a 上行文 report, a joint county document)."""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

import convertkit
from conftest import body_texts as body
from conftest import build_text as build
from conftest import lost_han
from convertkit.model import Attachments, Document, Official
from convertkit.model.jsonio import document_from_dict, document_to_dict
from convertkit.writers import registry
from test_pdf import pdftotext

STATE_COUNCIL = """国务院办公厅文件
国办发〔2024〕12号
国务院办公厅关于印发某某行动方案的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
《某某行动方案》已经国务院同意，现印发给你们，请认真贯彻执行。
附件：1．某某行动方案
2．重点任务分工表
国务院办公厅
2024年3月5日
（此件公开发布）
抄送：党中央各部门，全国人大常委会办公厅。
国务院办公厅秘书局　2024年3月6日印发
"""

PROVINCE = """某某省人民政府关于加快发展现代服务业的意见
某政发〔2024〕5号
各市、县（市、区）人民政府，省政府各部门、各直属机构：
为加快发展现代服务业，推动经济高质量发展，现提出如下意见。
一、总体要求
坚持稳中求进工作总基调，全面贯彻新发展理念。
附件：1．现代服务业重点项目清单
2．任务分工方案
3．考核评价办法
某某省人民政府
2024年4月8日
（此件公开发布）
"""

COURT = """某某市中级人民法院
公告
（2024）某01破12号
本院根据申请人某某有限公司的申请，于2024年3月1日裁定受理某某实业有限公司破产清算一案。
某某实业有限公司的债权人应于2024年5月10日前向管理人申报债权。
特此公告。
某某市中级人民法院
二〇二四年三月十五日
"""

EXCHANGE = """证券代码：600000　　证券简称：某某银行　　公告编号：临2024-015
某某银行股份有限公司关于召开2023年度业绩说明会的公告
本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。
本次业绩说明会以网络互动形式召开，投资者可在线提问。
特此公告。
某某银行股份有限公司董事会
2024年4月10日
"""

PLAN = """某某市人民政府办公室关于印发某某市优化营商环境实施方案的通知
各区人民政府，市政府各委、办、局：
《某某市优化营商环境实施方案》已经市政府同意，现印发给你们，请结合实际认真组织实施。
某某市人民政府办公室
2024年2月20日
某某市优化营商环境实施方案
为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，制定本方案。
一、工作目标
到2025年，营商环境主要指标达到全国先进水平。
"""

REPORT = """000123
机密★1年
特急
某某市人民政府文件
某政报〔2024〕7号　　签发人：张三
某某市人民政府关于某某工作情况的报告
省人民政府：
现将我市某某工作情况报告如下，全年共完成某某任务120项。
特此报告。
某某市人民政府
2024年6月3日
"""

JOINT = """中共某某县委　某某县人民政府文件
某委发〔2024〕3号
中共某某县委　某某县人民政府关于全面推进乡村振兴的实施意见
各乡镇党委、政府，县直各单位：
为全面推进乡村振兴，结合我县实际，提出如下实施意见，请认真贯彻落实。
附件：乡村振兴重点任务清单
中共某某县委
某某县人民政府
2024年1月25日
附件
乡村振兴重点任务清单
全县粮食播种面积稳定在50万亩以上，建成高标准农田5万亩。
抄送：市委办公室，市政府办公室，
市人大常委会办公室。
中共某某县委办公室　　2024年1月26日印发
"""

ALL = (STATE_COUNCIL, PROVINCE, COURT, EXCHANGE, PLAN, REPORT, JOINT)


# --- reading --------------------------------------------------------------------------------


def test_a_state_council_notice() -> None:
    doc = build(STATE_COUNCIL)
    assert doc.meta.title == "国务院办公厅关于印发某某行动方案的通知"  # not the 发文机关标志
    assert doc.meta.official == Official(number="国办发〔2024〕12号", issuer="国务院办公厅文件")
    assert doc.meta.agency == "国务院办公厅" and doc.meta.published == "2024-03-05"
    assert [block.kind for block in doc.blocks] == [
        "salutation", "lead", "attachments", "signature", "signature", "paragraph", "imprint"]
    assert doc.blocks_of("attachments")[0] == Attachments(
        label="附件", items=("某某行动方案", "重点任务分工表"), raw="附件：1．某某行动方案\n2．重点任务分工表")
    assert doc.blocks_of("imprint")[0].lines == (
        "抄送：党中央各部门，全国人大常委会办公厅。", "国务院办公厅秘书局　2024年3月6日印发")
    assert {"国务院办公厅文件", "国办发〔2024〕12号"} <= set(doc.meta.header_raw)


def test_a_provincial_opinion_with_three_attachments() -> None:
    doc = build(PROVINCE)
    assert doc.meta.official == Official(number="某政发〔2024〕5号")
    assert doc.blocks_of("salutation")[0].text == "各市、县（市、区）人民政府，省政府各部门、各直属机构："
    (attachments,) = doc.blocks_of("attachments")
    assert attachments.items == ("现代服务业重点项目清单", "任务分工方案", "考核评价办法")
    assert not any(block.kind == "point" and "清单" in block.text for block in doc.blocks)
    assert doc.meta.published == "2024-04-08"


def test_a_courts_notice_has_its_title_and_case_number() -> None:
    doc = build(COURT)
    assert doc.meta.title == "某某市中级人民法院公告"
    assert doc.meta.official == Official(number="（2024）某01破12号")
    assert doc.meta.published == "2024-03-15" and doc.meta.agency == "某某市中级人民法院"
    assert "公告" not in body(doc) and body(doc)[0].startswith("本院根据申请人")


def test_an_exchange_announcement_keeps_its_code_and_number() -> None:
    doc = build(EXCHANGE)
    assert doc.meta.title == "某某银行股份有限公司关于召开2023年度业绩说明会的公告"
    assert doc.meta.official == Official(number="临2024-015", marks=("证券代码：600000", "证券简称：某某银行"))
    assert doc.meta.published == "2024-04-10"


def test_a_notice_issuing_a_plan_after_its_signature_is_dated() -> None:
    doc = build(PLAN)
    assert doc.meta.published == "2024-02-20" and doc.meta.agency == "某某市人民政府办公室"
    assert [block.text for block in doc.blocks_of("signature")] == ["某某市人民政府办公室", "2024年2月20日"]
    assert [block.text for block in doc.blocks_of("heading")][:1] == ["某某市优化营商环境实施方案"]
    assert doc.blocks_of("salutation")  # 各区人民政府，市政府各委、办、局：


def test_a_report_upwards_with_its_marks_and_signer() -> None:
    doc = build(REPORT)
    assert doc.meta.title == "某某市人民政府关于某某工作情况的报告"
    assert doc.meta.official == Official(number="某政报〔2024〕7号", issuer="某某市人民政府文件", signers=("张三",),
                                         marks=("000123", "机密★1年", "特急"))
    assert doc.blocks_of("salutation")[0].text == "省人民政府："  # one addressee, in an official document


def test_a_joint_document_with_an_appended_list_and_a_wrapped_copies_line() -> None:
    doc = build(JOINT)
    assert doc.meta.official is not None and doc.meta.official.issuer == "中共某某县委　某某县人民政府文件"
    assert doc.meta.title == "中共某某县委　某某县人民政府关于全面推进乡村振兴的实施意见"
    assert doc.blocks_of("attachments")[0].items == ("乡村振兴重点任务清单",)
    assert [block.text for block in doc.blocks_of("heading")] == ["附件", "乡村振兴重点任务清单"]
    assert doc.blocks_of("imprint")[0].lines == (
        "抄送：市委办公室，市政府办公室，市人大常委会办公室。", "中共某某县委办公室　2024年1月26日印发")
    assert doc.meta.published == "2024-01-25"


@pytest.mark.parametrize("text", ALL)
def test_nothing_of_an_official_document_is_lost(text: str) -> None:
    assert not lost_han(text, build(text))


# --- what stays as it was -------------------------------------------------------------------


def test_a_story_quoting_a_document_number_keeps_it_in_the_sentence() -> None:
    doc = build("国务院部署推进某某工作\n新华社北京3月5日电　国务院办公厅日前印发《某某行动方案》（国发〔2024〕1号），"
                "部署推进某某工作。\n方案提出，到2025年，某某工作取得明显成效。\n附件中还列出了重点任务分工。\n")
    assert doc.meta.official is None
    assert "国发〔2024〕1号" in doc.blocks_of("lead")[0].text
    assert not doc.blocks_of("attachments") and not doc.blocks_of("imprint")


def test_an_article_without_official_parts_is_unchanged() -> None:
    doc = build("某某公司发布新产品\n本报讯　某某公司昨日发布新款手机，售价3999元。\n该公司表示，新产品将于下月上市。\n")
    assert doc.meta.official is None
    assert [block.kind for block in doc.blocks] == ["lead", "paragraph"]


@pytest.mark.parametrize("line", [
    "附件：相关数据显示，今年一季度销量同比增长12%。",  # a sentence after the label
    "抄送：这个词在邮件里很常见。",  # no 版记 unless at the end
])
def test_a_label_in_prose_stays_prose(line: str) -> None:
    doc = build(f"某某新闻标题\n某某公司今日召开发布会，介绍新产品情况。\n{line}\n会后，记者采访了有关负责人。\n")
    assert line in body(doc)


def test_a_number_line_inside_the_body_is_no_header() -> None:
    doc = build("某某新闻标题\n某某公司今日召开发布会，介绍新产品情况。\n京政发〔2024〕3号\n会后，记者采访了有关负责人。\n")
    assert doc.meta.official is None and "京政发〔2024〕3号" in [block.text for block in doc.blocks]


# --- writing --------------------------------------------------------------------------------


def test_json_round_trips_an_official_document() -> None:
    doc = build(REPORT + "附件：1．甲表\n2．乙表\n抄送：省政府办公厅。\n")
    data = json.loads(convertkit.render(doc, "json"))
    assert data["meta"]["official"] == {"number": "某政报〔2024〕7号", "issuer": "某某市人民政府文件",
                                        "signers": ["张三"], "marks": ["000123", "机密★1年", "特急"]}
    assert document_from_dict(data) == doc and document_to_dict(document_from_dict(data)) == data


def test_the_text_copy_shows_the_number_the_list_and_the_imprint() -> None:
    text = convertkit.render(build(STATE_COUNCIL), "txt").decode("utf-8")
    assert text.splitlines()[1] == "国务院办公厅 · 国办发〔2024〕12号 · 2024年3月5日"
    assert "　　附件：1．某某行动方案\n　　　　　2．重点任务分工表\n" in text
    assert "────\n抄送：党中央各部门，全国人大常委会办公厅。\n国务院办公厅秘书局　2024年3月6日印发\n────" in text


def _epub_chapter(doc: Document, style: str = "gbt9704") -> str:
    """The article's XHTML in the EPUB of ``doc``."""
    with zipfile.ZipFile(io.BytesIO(convertkit.render(doc, "epub", style=style))) as book:
        return next(book.read(name).decode() for name in book.namelist() if name.endswith("article.xhtml"))


def _docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    import docx

    return [(p.style.style_id if p.style is not None else "", p.text) for p in docx.Document(io.BytesIO(data)).paragraphs]


def test_gbt9704_docx_sets_the_header_above_the_title() -> None:
    paragraphs = _docx_paragraphs(convertkit.render(build(REPORT), "docx", style="gbt9704"))
    styles = [style for style, _ in paragraphs]
    assert styles[:5] == ["DocMarks", "DocMarks", "DocMarks", "DocIssuer", "DocNumberRuled"]
    assert paragraphs[4][1] == "某政报〔2024〕7号\t签发人：张三"  # the signer at a right tab (7.2.4)
    assert paragraphs[5][0] == "Title"
    assert not any("某政报〔2024〕7号" in text for style, text in paragraphs if style == "Meta")


def test_briefing_docx_puts_the_number_on_the_meta_line_and_sets_lists_apart() -> None:
    paragraphs = _docx_paragraphs(convertkit.render(build(STATE_COUNCIL), "docx"))
    assert paragraphs[0][0] == "Title" and "国办发〔2024〕12号" in paragraphs[1][1]
    assert ("AttachmentsLabel", "附件：1．\t某某行动方案") in paragraphs  # the name at the hanging indent's tab
    assert ("Attachments", "2．\t重点任务分工表") in paragraphs
    assert [text for style, text in paragraphs if style == "Imprint"] == [
        "抄送：党中央各部门，全国人大常委会办公厅。", "国务院办公厅秘书局\t2024年3月6日印发"]


@pytest.mark.parametrize("style", ["briefing", "gbt9704"])
def test_pdf_shows_every_part(tmp_path: Path, style: str) -> None:
    path = tmp_path / "notice.pdf"
    convertkit.write(build(STATE_COUNCIL), path, style=style)
    text = "".join(pdftotext(path).split())
    for needle in ("国办发〔2024〕12号", "附件：1．某某行动方案", "2．重点任务分工表", "抄送：党中央各部门",
                   "2024年3月6日印发"):
        assert needle in text
    issuer = text.find("国务院办公厅文件")
    assert (issuer >= 0) == (style == "gbt9704")  # the 发文机关标志 only where the style sets a 版头
    if style == "gbt9704":
        assert issuer < text.find("国办发") < text.find("国务院办公厅关于印发")


def test_epub_marks_the_parts_up() -> None:
    data = convertkit.render(build(STATE_COUNCIL), "epub", style="gbt9704")
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        chapter = next(book.read(name).decode() for name in book.namelist()
                       if name.endswith(".xhtml") and "nav" not in name)
        css = next(book.read(name).decode() for name in book.namelist() if name.endswith(".css"))
    assert '<p class="doc-issuer">国务院办公厅文件</p>' in chapter
    assert '<p class="doc-number ruled">国办发〔2024〕12号</p>' in chapter
    assert '<p class="attachments"><span class="attachment-prefix">2．</span>重点任务分工表</p>' in chapter
    assert "抄送：党中央各部门，全国人大常委会办公厅。<br/>国务院办公厅秘书局" in chapter
    assert '秘书局　<span class="imprint-date">2024年3月6日印发</span></p>' in chapter  # the date flush right
    assert "p.imprint span.imprint-date { float: right; }" in css
    assert "p.imprint {" in css and "border-top" in css.split("p.imprint {")[1].split("}")[0]


# --- a government site's page ---------------------------------------------------------------

INFO_TABLE = """国务院办公厅关于印发某某行动方案的通知
索引号：000014349/2024-00012
主题分类：综合政务\\其他
发文机关：国务院办公厅
成文日期：2024年03月05日
标题：国务院办公厅关于印发某某行动方案的通知
发文字号：国办发〔2024〕12号
发布日期：2024年03月07日
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
《某某行动方案》已经国务院同意，现印发给你们，请认真贯彻执行。
国务院办公厅
2024年3月5日
"""


def test_a_sites_information_table_is_read_not_printed() -> None:
    doc = build(INFO_TABLE)
    assert doc.meta.official == Official(number="国办发〔2024〕12号")
    assert doc.meta.published == "2024-03-07"  # 发布日期, not the 成文日期 of the 落款
    assert doc.meta.agency == "国务院办公厅"
    assert [block.kind for block in doc.blocks] == ["salutation", "lead", "signature", "signature"]
    assert "索引号：000014349/2024-00012" in doc.meta.header_raw


def test_a_single_labelled_line_is_no_table() -> None:
    doc = build("某某新闻标题\n某某公司今日召开发布会，介绍新产品情况。\n标题：新产品发布\n会后，记者采访了有关负责人。\n")
    assert doc.meta.official is None and "标题：新产品发布" in [block.text for block in doc.blocks]


def _gov_page(content: str) -> bytes:
    """A page in the shape of a government site's policy library: the 政府信息公开 table (spaced
    labels, two fields a row), then the headline and the document (invented text)."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>国务院办公厅关于印发某某行动方案的通知_国务院文件_某某政府网</title></head><body>
<div class="nav">首页 | 政策 | 国务院文件</div>
<table class="bd1"><tbody>
<tr><td><b>索<span>　</span>引<span>　</span>号：</b></td><td>000014349/2024-00012</td><td><b>主题分类：</b></td><td>综合政务\\其他</td></tr>
<tr><td><b>发文机关：</b></td><td>国务院办公厅</td><td><b>成文日期：</b></td><td>2024年03月05日</td></tr>
<tr><td><b>标<span>　　</span>题：</b></td><td colspan="3">国务院办公厅关于印发某某行动方案的通知</td></tr>
<tr><td><b>发文字号：</b></td><td>国办发〔2024〕12号</td><td><b>发布日期：</b></td><td>2024年03月07日</td></tr>
</tbody></table>
<div class="article"><h1>国务院办公厅关于印发某某行动方案的通知</h1>
<div class="pages_content">
<p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p>《某某行动方案》已经国务院同意，现印发给你们，请认真贯彻执行。</p>
<p>各地区各部门要深刻认识做好某某工作的重要意义，切实加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处。</p>
{content}
</div></div></body></html>""".encode()


@pytest.mark.parametrize(("content", "items"), [
    ('<p>附件：<a href="a.pdf">某某行动方案</a></p><p>国务院办公厅</p><p>2024年3月5日</p>', ("某某行动方案",)),
    ('<p>附件：1．<a href="a.pdf">某某行动方案</a></p><p>2．<a href="b.pdf">重点任务分工表</a></p>'
     '<p>国务院办公厅</p><p>2024年3月5日</p>', ("某某行动方案", "重点任务分工表")),
    ('<p>国务院办公厅</p><p>2024年3月5日</p><p>附件1：<a href="a.pdf">某某行动方案.pdf</a></p>'
     '<p>附件2：<a href="b.docx">重点任务分工表.docx</a></p>', ("某某行动方案.pdf", "重点任务分工表.docx")),
])
def test_a_government_page_keeps_its_linked_attachments_and_its_table(content: str, items: tuple[str, ...]) -> None:
    doc = convertkit.read(_gov_page(content), format="html")
    assert doc.blocks_of("attachments")[0].items == items  # linked lines were dropped as teasers
    assert doc.meta.official == Official(number="国办发〔2024〕12号")  # the table's rows were page facts, lost
    assert [block.text for block in doc.blocks_of("signature")] == ["国务院办公厅", "2024年3月5日"]
    assert not any("索" in text and "引" in text for text in body(doc))


def test_the_summary_cites_the_document_by_its_number() -> None:
    text = convertkit.render(build(STATE_COUNCIL), "summary").decode("utf-8")
    assert text.splitlines()[1] == "国务院办公厅 国办发〔2024〕12号 2024-03-05"


def test_an_orders_number_under_its_title() -> None:
    doc = build("中华人民共和国国务院令\n第777号\n《某某管理条例》已经2024年3月1日国务院第20次常务会议通过，现予公布，自2024年5月1日起施行。\n"
                "总理　李某\n2024年3月10日\n")
    assert doc.meta.title == "中华人民共和国国务院令" and doc.meta.official == Official(number="第777号")
    assert doc.meta.published == "2024-03-10"


def test_a_tables_number_is_taken_as_written() -> None:
    doc = build("中华人民共和国国务院令\n发文机关：国务院\n发文字号：国令第777号\n成文日期：2024年03月10日\n"
                "《某某管理条例》已经国务院常务会议通过，现予公布，自2024年5月1日起施行。\n")
    assert doc.meta.official == Official(number="国令第777号") and doc.meta.published == "2024-03-10"


@pytest.mark.parametrize(("line", "addressee"), [
    ("各有关单位：", True), ("各区县人民政府：", True), ("有关企业：", True),
    ("各位领导：", True),  # a letter's salutation already
    ("各项工作：", False), ("现就有关事项通知如下：", False), ("各地：", False),
])
def test_a_lone_addressee(line: str, addressee: bool) -> None:
    doc = build(f"关于开展安全生产大检查的通知\n{line}\n为切实做好安全生产工作，经研究，决定在全市开展安全生产大检查。\n")
    assert bool(doc.blocks_of("salutation")) == addressee


@pytest.mark.parametrize("name", registry.names())
def test_every_writer_handles_an_official_document(name: str) -> None:
    doc = build(REPORT.replace("特此报告。", "附件：1．甲表\n2．乙表") + "抄送：省政府办公厅。\n某某市人民政府办公室　2024年6月4日印发\n")
    styles = ("briefing", "gbt9704") if name in ("pdf", "docx", "epub") else (None,)
    for style in styles:
        output = convertkit.render(doc, name, **({"style": style} if style else {}))
        assert output
        if name in ("txt", "json", "summary"):
            assert "某政报〔2024〕7号" in output.decode("utf-8")


SPACED = """000001

绝密★启用前

某某省数据局文件

某数据〔2024〕1号

关于加强数据管理工作的通知

各市数据局：

　　按照工作安排，现就加强数据管理工作通知如下：

　　一、统一思想，提高认识。

　　附件：1. 数据管理办法
　　      2. 实施细则

　　特此通知。

                                        某某省数据局
                                        2024年1月15日

抄送：省委办公厅，省政府办公厅。
某某省数据局办公室                    2024年1月15日印发
"""


def test_a_document_laid_out_with_blank_lines_and_spaces() -> None:
    doc = build(SPACED)
    assert doc.meta.title == "关于加强数据管理工作的通知"
    assert doc.meta.official == Official(number="某数据〔2024〕1号", issuer="某某省数据局文件", marks=("000001", "绝密★启用前"))
    assert doc.blocks_of("salutation")[0].text == "各市数据局："  # over a line ending 通知如下：
    assert doc.blocks_of("attachments")[0].items == ("数据管理办法", "实施细则")
    assert len(doc.blocks_of("imprint")[0].lines) == 2 and doc.meta.published == "2024-01-15"


_LIST_TABLE = ('<ul class="xxgk"><li><span>信息索引号</span>：014006438/2024-00012</li>'
               '<li><span>发布机构：</span><span>某某市人民政府</span></li>'
               '<li><span>文件编号</span>：某政发〔2024〕7号</li><li><span>公开日期</span>：2024-03-07</li></ul>')
_BARE_TABLE = ('<table><tr><td><b>索　引　号</b></td><td>000014349/2024-00012</td></tr>'
               '<tr><td><b>发文机关</b></td><td>某某市人民政府</td></tr>'
               '<tr><td><b>发文字号</b></td><td>某政发〔2024〕7号</td></tr>'
               '<tr><td><b>发布日期</b></td><td>2024年03月07日</td></tr></table>')


@pytest.mark.parametrize("table", [_LIST_TABLE, _BARE_TABLE])
def test_other_sites_tables(table: str) -> None:
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某市人民政府关于某某工作的通知</title></head>
<body>{table}<div class="article"><h1>某某市人民政府关于某某工作的通知</h1><div class="content">
<p>各区人民政府，市政府各委、办、局：</p>
<p>为进一步做好某某工作，切实加强组织领导，明确责任分工，细化工作措施，现将有关事项通知如下。</p>
<p>各地区各部门要深刻认识做好某某工作的重要意义，确保各项任务落到实处，及时研究解决工作推进中遇到的问题。</p>
<p>某某市人民政府</p><p>2024年3月5日</p></div></div></body></html>"""
    doc = convertkit.read(page.encode(), format="html")
    assert doc.meta.official == Official(number="某政发〔2024〕7号")
    assert [block.text for block in doc.blocks_of("signature")] == ["某某市人民政府", "2024年3月5日"]


def test_a_traditional_exchange_header() -> None:
    doc = build("證券代碼：600000　證券簡稱：某某銀行　公告編號：臨2024-015\n某某銀行股份有限公司關於召開業績說明會的公告\n"
                "本公司董事會及全體董事保證本公告內容不存在任何虛假記載、誤導性陳述或者重大遺漏。\n")
    assert doc.meta.official == Official(number="臨2024-015", marks=("證券代碼：600000", "證券簡稱：某某銀行"))
    assert doc.meta.title == "某某銀行股份有限公司關於召開業績說明會的公告"


# --- GB/T 9704 layout: what the gbt9704 style sets where ----------------------------------------

LONG_ATTACHMENT = STATE_COUNCIL.replace("附件：1．某某行动方案", "附件：1．关于进一步优化营商环境促进中小企业高质量发展重点任务分工方案")


def _words(path: Path, page: int) -> list[tuple[float, float, float, str]]:
    """(xMin, yMin, yMax, text) of each word pdftotext finds on ``page``, top down."""
    import re

    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
                       pdftotext(path, "-bbox", "-f", str(page), "-l", str(page)))
    return [(float(x), float(top), float(bottom), text) for x, top, bottom, text in found]


def test_gbt9704_sets_no_meta_line_under_a_signed_documents_title(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    convertkit.write(build(STATE_COUNCIL), path, style="gbt9704")
    text = "".join(pdftotext(path).split())
    assert "·" not in text  # its date is the 成文日期 in the 落款, its issuer in the 版头
    paragraphs = _docx_paragraphs(convertkit.render(build(STATE_COUNCIL), "docx", style="gbt9704"))
    assert "Meta" not in [style for style, _ in paragraphs]
    epub = convertkit.render(build(STATE_COUNCIL), "epub", style="gbt9704")
    with zipfile.ZipFile(io.BytesIO(epub)) as book:
        page = next(book.read(name).decode() for name in book.namelist() if name.endswith(".xhtml")
                    and "masthead" in book.read(name).decode())
    assert 'class="meta"' not in page


def test_gbt9704_keeps_the_meta_line_of_a_document_without_a_signature() -> None:
    unsigned = COURT.split("特此公告。")[0]
    paragraphs = _docx_paragraphs(convertkit.render(build(unsigned), "docx", style="gbt9704"))
    assert any(style == "Meta" for style, _ in paragraphs)
    briefing = _docx_paragraphs(convertkit.render(build(STATE_COUNCIL), "docx"))
    assert any(style == "Meta" and "国办发〔2024〕12号" in text for style, text in briefing)


def test_gbt9704_pdf_hangs_a_long_attachment_name_under_itself(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    convertkit.write(build(LONG_ATTACHMENT), path, style="gbt9704")
    words = _words(path, 1)
    label = next(index for index, word in enumerate(words) if word[3].startswith("附件："))
    first, wrapped, second = words[label], words[label + 1], words[label + 2]
    em = 16.0  # 三号
    assert 4 * em < wrapped[0] - first[0] < 5 * em  # under 关, past 附件：1．
    assert second[3].startswith("2．") and abs(second[0] - first[0] - 3 * em) < 1  # under 1．


def test_gbt9704_pdf_sets_the_imprint_at_the_foot_of_the_last_page(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    convertkit.write(build(STATE_COUNCIL), path, style="gbt9704")
    assert _page_count(path) == 2  # a one-page notice's 版记 stands on the back of its sheet
    assert any(word[3].startswith("（此件") for word in _words(path, 1))
    words = _words(path, 2)
    foot = 841.89 - 35 * 72 / 25.4  # the text block's lower edge, 35 mm above the page's
    issued = [word for word in words if word[3].endswith("印发")]
    copies = next(word for word in words if word[3].startswith("抄送"))
    assert issued and foot - 28.95 < issued[0][2] < foot  # the 印发 line on the last rule
    assert copies[1] > foot - 4 * 28.95  # at the foot, not at the top of its page
    office = next(word for word in words if word[3] == "国务院办公厅秘书局")
    assert issued[0][0] > office[0] + 200  # the date flush right, the office flush left


_FILLER = "为深入贯彻落实党中央、国务院决策部署，进一步推动各项任务落地见效，各地区各部门要结合实际认真组织实施，确保取得实效。"


def _page_count(path: Path) -> int:
    import re

    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]


def test_gbt9704_pdf_puts_the_imprint_on_an_even_page_whatever_the_texts_length(tmp_path: Path) -> None:
    """GB/T 9704 7.4: the 版记 is on the last side of a two-sided print, an even page. Text
    ending on an odd page: the 版记 on the next page. On an even page with room: under it. On an
    even page without room: a blank page, then the 版记's page."""
    seen: set[str] = set()
    for filler in range(0, 22, 2):
        text = STATE_COUNCIL.replace("请认真贯彻执行。", "请认真贯彻执行。\n" + "\n".join([_FILLER] * filler))
        path = tmp_path / f"notice-{filler}.pdf"
        convertkit.write(build(text), path, style="gbt9704")
        pages = _page_count(path)
        assert pages % 2 == 0, filler
        texts = ["".join(word[3] for word in _words(path, page)) for page in range(1, pages + 1)]
        assert "抄送" in texts[-1] and all("抄送" not in page for page in texts[:-1])
        ends = next(index for index, page in enumerate(texts) if "此件公开发布" in page) + 1
        if ends == pages:
            seen.add("under the text")
        elif ends == pages - 1:
            assert ends % 2 == 1
            seen.add("next page")
        else:
            assert ends == pages - 2 and ends % 2 == 0 and texts[pages - 2] == "—3—".replace("3", str(pages - 1))
            seen.add("after a blank page")
    assert seen == {"under the text", "next page", "after a blank page"}


def _filled(filler: int) -> Document:
    """The State Council notice with ``filler`` more paragraphs: its text ends further on."""
    return build(STATE_COUNCIL.replace("请认真贯彻执行。", "请认真贯彻执行。\n" + "\n".join([_FILLER] * filler)))


def test_the_pdf_tells_the_page_breaks_before_its_imprint() -> None:
    """``imprint_page_breaks`` lays the PDF out up to the 版记 and says what ``_ToEvenPage``
    does there: one break after an odd page, none under an even page's text, two (a blank
    page) after an even page without room; nothing for a document whose 版记 is not at a foot."""
    from convertkit.style import load_style
    from convertkit.writers.pdf import imprint_page_breaks

    style = load_style("gbt9704")
    breaks = {imprint_page_breaks(_filled(filler), style) for filler in range(0, 22, 2)}
    assert breaks == {0, 1, 2}
    assert imprint_page_breaks(build(STATE_COUNCIL), style) == 1  # one page: the 版记 on its back
    assert imprint_page_breaks(build(STATE_COUNCIL), load_style("briefing")) is None  # under the body
    assert imprint_page_breaks(build(REPORT), style) is None  # no 版记


def _sections(data: bytes) -> list[str]:
    import re

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return re.findall(r"<w:sectPr>.*?</w:sectPr>", archive.read("word/document.xml").decode())


def test_gbt9704_docx_starts_the_imprint_on_an_even_page_where_the_pdf_does() -> None:
    """GB/T 9704 7.4 in the DOCX as in the PDF: where the PDF breaks before the 版记, the text's
    section ends and the 版记's starts on an even page (Word and LibreOffice add the blank page
    after an even one themselves); where the 版记 fits under an even page's text, one section."""
    from convertkit.style import load_style
    from convertkit.writers.pdf import imprint_page_breaks

    style = load_style("gbt9704")
    seen = set()
    for filler in range(0, 22, 2):
        doc = _filled(filler)
        breaks = imprint_page_breaks(doc, style)
        sections = _sections(convertkit.render(doc, "docx", style="gbt9704"))
        seen.add(breaks)
        if breaks:
            assert len(sections) == 2, filler
            text, imprint = sections
            assert '<w:type w:val="evenPage"/>' in imprint and "<w:type" not in text
            assert text.count("<w:footerReference") == imprint.count("<w:footerReference") == 2  # same furniture
        else:
            assert len(sections) == 1 and "<w:type" not in sections[0], filler
    assert seen == {0, 1, 2}
    with zipfile.ZipFile(io.BytesIO(convertkit.render(build(STATE_COUNCIL), "docx", style="gbt9704"))) as archive:
        xml = archive.read("word/document.xml").decode()
    ending = next(part for part in xml.split("<w:p>") if "<w:sectPr>" in part)
    assert "（此件公开发布）" in ending  # the text's last paragraph ends its section, no empty one
    assert len(_sections(convertkit.render(build(STATE_COUNCIL), "docx"))) == 1  # the briefing: no 版头, no break
    pack = convertkit.render([build(REPORT), build(REPORT)], "docx", style="gbt9704")  # type: ignore[arg-type]
    assert "evenPage" not in "".join(_sections(pack))  # no 版记 (a pack's 版记s: ``test_a_packs_imprints_…``)


def test_gbt9704_docx_section_break_is_in_schema_order() -> None:
    from lxml import etree

    from test_docx import SCHEMA_ORDER, _check_order, w

    orders = {w(tag): [w(name) for name in SCHEMA_ORDER[tag].split()] for tag in ("pPr", "sectPr")}
    # one notice; a pack of three, whose articles' sections end at their text and their 版记
    for documents, sections in ((build(STATE_COUNCIL), 2), (_pack(), 6)):
        data = convertkit.render(documents, "docx", style="gbt9704")  # type: ignore[arg-type]
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = etree.fromstring(archive.read("word/document.xml"))
        checked = 0
        for element in root.iter(*orders):
            if element.find(w("sectPr")) is not None or element.tag == w("sectPr"):
                _check_order(element, orders[element.tag], "document")
                checked += 1
        assert checked == 2 * sections - 1  # each paragraph ending a section, its sectPr, the body's


def test_gbt9704_docx_frames_the_imprint_at_the_foot_and_hangs_attachments() -> None:
    data = convertkit.render(build(LONG_ATTACHMENT), "docx", style="gbt9704")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
        styles = archive.read("word/styles.xml").decode()
    imprint = [part for part in xml.split("<w:p>") if '<w:pStyle w:val="Imprint"/>' in part]
    assert len(imprint) == 2 and all('w:yAlign="bottom"' in part and 'w:vAnchor="margin"' in part
                                     for part in imprint)
    label = next(part for part in xml.split("<w:p>") if '"AttachmentsLabel"' in part)
    assert "<w:tab/>" in label and "w:ind" not in label  # the style hangs the prefix, a tab takes the name
    lefts = []
    for style_id in ("AttachmentsLabel", "Attachments"):
        defined = styles.split(f'w:styleId="{style_id}"')[1].split("</w:style>")[0]
        assert 'w:hanging="' in defined
        lefts.append(defined.split('w:left="')[1].split('"')[0])
    assert lefts[0] == lefts[1]  # every name in one column
    lone = convertkit.render(build(JOINT), "docx", style="gbt9704")  # 附件：乡村振兴重点任务清单
    with zipfile.ZipFile(io.BytesIO(lone)) as archive:
        single = next(part for part in archive.read("word/document.xml").decode().split("<w:p>")
                      if '"AttachmentsLabel"' in part)
    assert 'w:hanging="' in single and "<w:tab/>" not in single  # the name right after 附件：


def test_gbt9704_sets_a_signer_flush_right_on_the_numbers_line(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    convertkit.write(build(REPORT), path, style="gbt9704")
    words = _words(path, 1)
    number = next(word for word in words if word[3].startswith("某政报"))
    signer = next(word for word in words if word[3].startswith("签发人"))
    left, right = 28 * 72 / 25.4, (210 - 26) * 72 / 25.4  # the text block's edges
    assert abs(number[1] - signer[1]) < 1  # one line
    assert abs(number[0] - left - 16) < 2  # a character in from the left (三号: 16 pt)
    assert right - 16 - 2 * 16 < signer[0] + 16 * 5 < right  # 签发人：张三 ends a character in
    data = convertkit.render(build(REPORT), "docx", style="gbt9704")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
    numbered = next(part for part in xml.split("<w:p>") if "某政报" in part)
    assert '<w:tab w:val="right"' in numbered and '<w:jc w:val="left"/>' in numbered
    chapter = _epub_chapter(build(REPORT))
    assert ('<p class="doc-number ruled signed"><span class="doc-signers">签发人：<span class="doc-signer-names">张三'
            '</span></span>某政报〔2024〕7号</p>') in chapter


def test_gbt9704_sets_the_signers_names_in_kai_after_a_fangsong_label() -> None:
    """GB/T 9704 7.2.4: 签发人 in 三号仿宋, the names in 三号楷体 (role doc_signers). The DOCX
    gives the names a character style of their own, the EPUB a span the kai role's fonts set."""
    from convertkit.style import load_style

    style = load_style("gbt9704")
    assert style.role("doc_signers").font == "kai" and style.role("doc_number").font == "fangsong"
    assert style.role("doc_signers").size_pt == style.role("doc_number").size_pt
    assert load_style("briefing").role("doc_signers").font == load_style("briefing").role("doc_number").font
    data = convertkit.render(build(REPORT), "docx", style="gbt9704")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
        styles = archive.read("word/styles.xml").decode()
    numbered = next(part for part in xml.split("<w:p>") if "某政报" in part)
    assert "<w:t>签发人：</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"DocSigners\"/></w:rPr><w:t>张三</w:t>" in numbered
    assert 'w:styleId="DocSigners"' in styles
    with zipfile.ZipFile(io.BytesIO(convertkit.render(build(REPORT), "epub", style="gbt9704"))) as book:
        css = next(book.read(name).decode() for name in book.namelist() if name.endswith(".css"))
    names = css.split("p.doc-number span.doc-signer-names {")[1].split("}")[0]
    number = css.split("p.doc-number {")[1].split("}")[0]
    assert '"KaiTi"' in names and '"FangSong"' not in names and '"FangSong"' in number


def test_gbt9704_stacks_a_joint_issuers_bodies_beside_wenjian(tmp_path: Path) -> None:
    path = tmp_path / "joint.pdf"
    convertkit.write(build(JOINT), path, style="gbt9704")
    words = _words(path, 1)
    first = next(word for word in words if word[3].startswith("中共某某县委"))
    second = next(word for word in words if word[3].startswith("某某"))
    suffix = next(word for word in words if word[3] == "文件")
    assert second[1] > first[2] - 1  # the second body on a line of its own, under the first
    assert abs(second[0] - first[0]) < 1  # both from one left edge
    assert first[1] < suffix[1] < second[1] and suffix[0] > first[0] + 200  # 文件 beside, between them
    data = convertkit.render(build(JOINT), "docx", style="gbt9704")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
    table = xml.split("<w:tbl>")[1].split("</w:tbl>")[0]
    assert table.count('<w:pStyle w:val="DocIssuer"/>') == 3 and '<w:jc w:val="distribute"/>' in table
    assert '<w:vAlign w:val="center"/>' in table and ">文件<" in table
    chapter = _epub_chapter(build(JOINT))
    assert ('<span class="doc-bodies"><span class="doc-body">中共某某县委</span><br/>'
            '<span class="doc-body">某某县人民政府</span></span><span class="doc-suffix">文件</span>') in chapter


def test_gbt9704_sets_an_exchange_announcements_number_top_right(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    convertkit.write(build(EXCHANGE), path, style="gbt9704")
    words = _words(path, 1)
    left, right = 28 * 72 / 25.4, (210 - 26) * 72 / 25.4  # the text block's edges
    code = next(word for word in words if word[3].startswith("证券代码"))
    number = next(word for word in words if word[3].startswith("公告编号"))
    title = next(word for word in words if word[3].startswith("某某银行股份有限公司关于"))
    assert abs(code[0] - left) < 1 and number[1] < title[1]  # above the title, the codes flush left
    pdf_text = pdftotext(path, "-layout")
    assert "临2024-015" in "".join(pdf_text.split()) and right - number[0] < 12 * 16  # flush right, not centred
    paragraphs = _docx_paragraphs(convertkit.render(build(EXCHANGE), "docx", style="gbt9704"))
    marks = [text for style, text in paragraphs if style == "DocMarks"]
    assert marks == ["证券代码：600000　证券简称：某某银行\t", "\t公告编号：临2024-015"]  # too long for one line
    chapter = _epub_chapter(build(EXCHANGE))
    assert ('<p class="doc-marks exchange"><span class="doc-notice-number">公告编号：临2024-015</span>'
            '证券代码：600000　证券简称：某某银行</p>') in chapter


def test_gbt9704_centres_the_issuers_signature_over_the_date(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    convertkit.write(build(JOINT), path, style="gbt9704")
    words = _words(path, 1)
    date_line = [word for word in words if word[1] == next(w for w in words if w[3] == "2024")[1]]
    date_left, date_right = date_line[0][0], max(word[0] for word in date_line) + 16
    attachment = next(word for word in words if word[3].startswith("附件"))
    for name in ("中共某某县委", "某某县人民政府"):
        signed = [word for word in words if word[3] == name][-1]  # the 落款's, under the 版头's and the title's
        width = 16 * len(name)
        assert abs((signed[0] + width / 2) - (date_left + date_right) / 2) < 3  # centred over the date
    first = [word for word in words if word[3] == "中共某某县委"][-1]
    assert first[1] - attachment[2] > 28.95  # a line left empty above the 落款
    data = convertkit.render(build(JOINT), "docx", style="gbt9704")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
    signatures = [part for part in xml.split("<w:p>") if '"Signature"/>' in part]
    assert "w:before=" in signatures[0] and "w:before=" not in signatures[1]
    assert "w:rightChars=" in signatures[0] and "w:rightChars=" not in signatures[2]  # the date keeps its style's


def test_the_briefing_keeps_the_imprint_under_the_body(tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    convertkit.write(build(STATE_COUNCIL), path)
    words = _words(path, 1)
    note = next(word for word in words if word[3].startswith("（此件"))
    copies = next(word for word in words if word[3].startswith("抄送"))
    assert copies[1] - note[2] < 3 * 28  # right under the body, not pushed to the foot
    data = convertkit.render(build(STATE_COUNCIL), "docx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "w:framePr" not in archive.read("word/document.xml").decode()


def _pack() -> list[Document]:
    """Three notices whose 版记s the PDF of the pack sets three ways: the first's under its text on
    page 2, the second's (text filling pages 3 and 4) on page 6 after a blank page, the third's
    (on page 7) on the back of its sheet."""
    return [build(STATE_COUNCIL), _filled(8), build(STATE_COUNCIL)]


def _imprint_pages(path: Path) -> list[int]:
    """The pages of a PDF whose text holds a 版记's 抄送 line."""
    pages = pdftotext(path).split("\f")
    return [number for number, page in enumerate(pages, 1) if "抄送" in page]


def test_the_pdf_of_a_pack_tells_each_articles_imprint_breaks(tmp_path: Path) -> None:
    """``pack_imprint_page_breaks`` lays the pack out as the PDF does and says, for each article,
    what ``_ToEvenPage`` did before its 版记: the DOCX puts its 版记s on the same pages."""
    from convertkit.style import load_style
    from convertkit.writers.pdf import pack_imprint_page_breaks

    path = tmp_path / "pack.pdf"
    convertkit.write(_pack(), path, style="gbt9704")  # type: ignore[arg-type]
    assert _imprint_pages(path) == [2, 6, 8] and _page_count(path) == 8
    assert pack_imprint_page_breaks(_pack(), load_style("gbt9704")) == (0, 2, 1)
    # the same notice after a one-page report starts on page 3: its 版记 on the back, page 4
    assert pack_imprint_page_breaks([build(REPORT), *_pack()[:1]], load_style("gbt9704")) == (None, 1)
    assert pack_imprint_page_breaks(_pack(), load_style("briefing")) == (None, None, None)  # under the body


def test_a_packs_imprints_stand_at_the_foot_of_each_articles_last_page() -> None:
    """In a pack every article's 版记 is a frame at the foot, as the PDF sets each (where before
    only the last article's was, the others in the text's flow), on the PDF's page: an article
    whose 版记 fits under its text ends its section there; one whose text fills its page or ends
    on an odd page ends its text's section, the 版记's starting on an even page. The frame's
    section ends with an empty paragraph a point high, which LibreOffice anchors the frame to
    (the next article's first paragraph took it a page on), and the next article starts a new
    section, on a new page, without a page break of its own."""
    data = convertkit.render(_pack(), "docx", style="gbt9704")  # type: ignore[arg-type]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
    paragraphs = xml.split("<w:p>")
    imprint = [part for part in paragraphs if '<w:pStyle w:val="Imprint"/>' in part]
    assert len(imprint) == 6 and all("w:framePr" in part and 'w:yAlign="bottom"' in part for part in imprint)
    kinds = [re.search(r'<w:type w:val="(\w+)"/>', section) for section in _sections(data)]
    # the front; article 1: text and 版记 (0 breaks); article 2: text, then 版记 on an even page
    # (2 breaks); article 3: text, then 版记 on an even page (1 break), the document's last section
    assert [kind.group(1) if kind else None for kind in kinds] == [None, None, None, "evenPage", None, "evenPage"]
    ends = [part for part in paragraphs if "<w:sectPr>" in part]
    assert '<w:pStyle w:val="Imprint"/>' in paragraphs[paragraphs.index(ends[1]) - 1]  # right after the frame
    assert '<w:sz w:val="2"/>' in ends[1] and not re.search("<w:t[ >]", ends[1] + ends[3])  # empty
    assert "（此件公开发布）" in ends[2]  # article 2's text ends its section


# --- GB/T 9704 7.3.5: the 落款 with and without a seal -------------------------------------------


def _unsealed(tmp_path: Path) -> str:
    path = tmp_path / "unsealed.toml"
    path.write_text('extends = "gbt9704"\n[text]\nofficial_signature = "unsealed"\n', encoding="utf-8")
    return str(path)


def test_signature_indents_with_and_without_a_seal() -> None:
    """7.3.5.1 (sealed): the date the role's indent in, each 署名 centred over it. 7.3.5.2
    (unsealed): the 署名 two characters in, the date starting two characters right of it; a
    date too long for that two characters in, the 署名 moved left as much; a joint 落款's
    署名 all flush at one indent, the date under the longest."""
    from convertkit.model import Paragraph, Signature
    from convertkit.style import TextSpec
    from convertkit.writers.masthead import signature_indent

    def width(text: str) -> float:
        return float(len(text))

    def indents(lines: tuple[str, ...], seal: str) -> list[float | None]:
        blocks = (Paragraph("正文。", "正文。"), *(Signature(line, line) for line in lines))
        return [signature_indent(blocks, index, width, 4.0, TextSpec(official_signature=seal))
                for index in range(1, len(blocks))]

    assert indents(("某某市人民政府", "2024年6月3日"), "sealed") == [5.0, None]  # 7 centred over 9
    assert indents(("某某市人民政府", "2024年6月3日"), "unsealed") == [6.0, 2.0]  # date two in, 署名 two left of it
    assert indents(("某某市人民政府办公厅法制办", "2024年6月3日"), "unsealed") == [2.0, 4.0]  # 署名 two in
    assert indents(("中共某某县委", "某某县人民政府", "2024年6月3日"), "unsealed") == [6.0, 6.0, 2.0]
    assert indents(("某某市人民政府",), "unsealed") == [2.0] and indents(("某某市人民政府",), "sealed") == [None]


def test_gbt9704_unsealed_signature_in_every_writer(tmp_path: Path) -> None:
    """The unsealed 落款 (text.official_signature) in the PDF, measured, and as the DOCX and the
    EPUB give it: the 署名 two characters in from the right (moved further left for a longer
    date), the 成文日期 starting two characters right of the 署名's start."""
    from convertkit.style import load_style

    style = _unsealed(tmp_path)
    assert load_style(style).text.official_signature == "unsealed"
    assert load_style("gbt9704").text.official_signature == "sealed"
    path = tmp_path / "report.pdf"
    convertkit.write(build(REPORT), path, style=style)
    words = _words(path, 1)
    em, right = 16.0, (210 - 26) * 72 / 25.4
    signed = [word for word in words if word[3] == "某某市人民政府"][-1]
    year = [word for word in words if word[3] == "2024"][-1]
    day = next(word for word in words if word[3] == "日" and abs(word[1] - year[1]) < 1)
    assert abs(year[0] - signed[0] - 2 * em) < 1  # the date's first character two to the right
    assert abs(right - (day[0] + em) - 2 * em) < 1  # a date longer than the 署名: two characters in
    data = convertkit.render(build(REPORT), "docx", style=style)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
    signatures = [part for part in xml.split("<w:p>") if '"Signature"/>' in part]
    assert [part.count("w:rightChars=") for part in signatures] == [1, 1]
    assert 'w:rightChars="200"' in signatures[1] and "w:before=" in signatures[0]
    chapter = _epub_chapter(build(REPORT), style)
    assert '<p class="signature opens" style="margin-right: 3em">某某市人民政府</p>' in chapter
    assert '<p class="signature" style="margin-right: 2em">2024年6月3日</p>' in chapter
    with zipfile.ZipFile(io.BytesIO(convertkit.render(build(REPORT), "epub", style=style))) as book:
        css = next(book.read(name).decode() for name in book.namelist() if name.endswith(".css"))
    assert "p.signature.opens { margin-top:" in css


def test_the_epub_centres_a_sealed_signature_over_its_date() -> None:
    chapter = _epub_chapter(build(JOINT))
    assert '<p class="signature opens" style="margin-right: 4.25em">中共某某县委</p>' in chapter  # 6 over 6.5
    assert '<p class="signature">2024年1月25日</p>' in chapter  # the role's own indent
    briefing = _epub_chapter(build(JOINT), "briefing")
    assert '<p class="signature">中共某某县委</p>' in briefing  # no 版头, no 公文 落款


def test_an_unknown_signature_layout_is_refused(tmp_path: Path) -> None:
    from convertkit.errors import StyleError
    from convertkit.style import load_style

    path = tmp_path / "bad.toml"
    path.write_text('extends = "gbt9704"\n[text]\nofficial_signature = "stamped"\n', encoding="utf-8")
    with pytest.raises(StyleError, match="official_signature"):
        load_style(str(path))
