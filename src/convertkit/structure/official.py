"""The parts of an official document (公文, GB/T 9704-2012) that news rules do not read.

A notice of the State Council, a ministry, a province, a court or an exchange is filed as an
article, and its parts have names and fixed shapes: above the title the 版头 (份号, 密级, 紧急程度,
the 发文机关标志 ``国务院办公厅文件``, the 发文字号 ``国办发〔2024〕12号`` and, in a report to a higher
office, 签发人); after the body the 主送机关 it opened with has its counterpart in the 附件说明
(``附件：1．某某方案`` / ``2．某某表``) and, at the very end, the 版记 (``抄送：…``,
``某某办公室　2024年3月6日印发``). Each shape here is a whole line, never a phrase: a story that
quotes 国发〔2024〕1号 in a sentence keeps it in the sentence.
"""

from __future__ import annotations

import re

from .. import regex_cache
from .patterns import Opened
from .signature import is_issuing_body

# The 发文字号: the issuer's short name, the year in 〔〕 (or [], ［］, 【】, （）, as plain text
# and web pages replace it), the number and 号 (国办发〔2024〕12号, 京政发〔2024〕3号, 粤府函〔2024〕15号);
# a court's 案号 ((2024)京01破12号, （2023）最高法民终123号); an exchange's announcement number
# (临2024-001). Written with the label (发文字号：…) as a site's info table gives it.
_ISSUED_NUMBER = r"[\u4e00-\u9fffA-Z]{1,12}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号"
_CASE_NUMBER = r"[（(]\s*(?:19|20)\d{2}\s*[）)]\s*[\u4e00-\u9fff][\u4e00-\u9fff\d]{1,12}?\d{1,6}\s*号(?:之[一二三四五六七八九十]{1,2})?"
# An order's number: 国令第777号, 中华人民共和国主席令第31号, 财政部令第112号.
_ORDER_NUMBER = r"[\u4e00-\u9fff]{0,12}令\s*第\s*\d{1,4}\s*号"
_NUMBER_LABEL = r"(?:发文字号|文号|案号|公告编号)\s*[:：]\s*"
_SIGNER_NAMES = r"[\u4e00-\u9fff·]{2,8}(?:[ \u3000、，,]+[\u4e00-\u9fff·]{2,8}){0,3}"
_NUMBER_LINE_RE = regex_cache.compile(
    rf"^(?:{_NUMBER_LABEL})?(?P<number>{_ISSUED_NUMBER}|{_CASE_NUMBER}|{_ORDER_NUMBER})"
    rf"(?:[ \u3000]+签发人\s*[:：]\s*(?P<signers>{_SIGNER_NAMES}))?$")
_SIGNER_LINE_RE = regex_cache.compile(rf"^签发人\s*[:：]\s*(?P<signers>{_SIGNER_NAMES})$")
# An exchange's announcement header: 证券代码：600000　证券简称：某某银行　公告编号：临2024-001.
_EXCHANGE_NUMBER_RE = regex_cache.compile(
    r"(?:证券|證券|股票|债券|債券)(?:代码|代碼)\s*[:：]\s*[0-9A-Z]{6}.{0,80}?(?:公告)?(?:编号|編號)\s*[:：]\s*"
    r"(?P<number>[临臨]?\s*\d{4}\s*[-－—]\s*\d{1,4}[号號]?)\s*$")
_NOTICE_NUMBER_RE = regex_cache.compile(r"^(?:公告)?编号\s*[:：]\s*(?P<number>[临臨]?\s*\d{4}\s*[-－—]\s*\d{1,4}号?)$")
_SECURITY_LINE_RE = regex_cache.compile(
    r"^(?:(?:证券|證券|股票|债券|債券|A股|B股|H股)(?:代码|代碼|简称|簡稱)\s*[:：]\s*\S{1,12}[ \u3000，,;；]*){1,6}"
    r"(?:(?:公告)?(?:编号|編號)\s*[:：]\s*\S{1,16})?$")
# 份号 (six digits), 密级 with its period (机密★1年, 秘密), 紧急程度 (特急, 加急), alone on the line.
_MARK_RE = regex_cache.compile(r"^(?:\d{6}|(?:绝密|机密|秘密)(?:\s*★\s*[^\s]{1,8})?|特急|加急|特提|平急)$")
_ISSUER_RE = regex_cache.compile(r"^(?P<bodies>[\u4e00-\u9fff（）()、 \u3000]{3,60}?)\s*文\s*件$")
_BODY_SPLIT_RE = regex_cache.compile(r"[ \u3000、]+")
_ISSUER_ENDINGS = ("国务院", "中央", "中共中央", "人大常委会", "纪委")

SIGNERS_SPLIT_RE = regex_cache.compile(r"[ \u3000、，,]+")


def number_line(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(发文字号, 签发人) of a line that is a document number and nothing else, perhaps with its
    签发人 (上行文) or an exchange's 证券代码 before it; None for anything else."""
    text = text.strip()
    if len(text) > 120:
        return None
    found = _NUMBER_LINE_RE.match(text)
    if found is not None:
        signers = found.group("signers")
        names = tuple(name for name in SIGNERS_SPLIT_RE.split(signers) if name) if signers else ()
        return re.sub(r"\s+", "", found.group("number")), names
    notice = _NOTICE_NUMBER_RE.match(text)
    if notice is not None:
        return re.sub(r"\s+", "", notice.group("number")), ()
    exchange = _EXCHANGE_NUMBER_RE.search(text)
    if exchange is not None and _SECURITY_LINE_RE.match(text):
        return re.sub(r"\s+", "", exchange.group("number")), ()
    return None


def security_line(text: str) -> bool:
    """An exchange announcement's 证券代码/证券简称 line (without a 公告编号)."""
    return len(text) <= 120 and _SECURITY_LINE_RE.match(text.strip()) is not None


_SECURITY_PAIR_RE = regex_cache.compile(r"(?:证券|證券|股票|债券|債券|A股|B股|H股)(?:代码|代碼|简称|簡稱)\s*[:：]\s*[^\s\u3000，,;；]{1,12}")


def security_marks(text: str) -> tuple[str, ...]:
    """The 证券代码 and 证券简称 of an exchange announcement's header line, each as written
    (证券代码：600000); () for any other line."""
    if not security_line(text):
        return ()
    return tuple(re.sub(r"\s+", "", pair) for pair in _SECURITY_PAIR_RE.findall(text))


def signer_line(text: str) -> tuple[str, ...] | None:
    """The 签发人 of a line holding only them (签发人：张三　李四)."""
    found = _SIGNER_LINE_RE.match(text.strip())
    return tuple(name for name in SIGNERS_SPLIT_RE.split(found.group("signers")) if name) if found else None


def mark_line(text: str) -> bool:
    """份号, 密级 or 紧急程度 alone on the line (000123, 机密★1年, 特急)."""
    return _MARK_RE.match(text.strip()) is not None


def issuer_line(text: str) -> str | None:
    """The issuing bodies of a 发文机关标志 (某某市人民政府文件, 中共某某市委　某某市人民政府文件 for
    a joint one), or None: a short line of institutions' names closed by 文件."""
    found = _ISSUER_RE.match(text.strip())
    if found is None:
        return None
    bodies = found.group("bodies").strip()
    parts = [part for part in _BODY_SPLIT_RE.split(bodies) if part]
    if parts and all(is_issuing_body(part) or part.endswith(_ISSUER_ENDINGS) for part in parts):
        return bodies
    return None


# The 附件说明: the label, then the first attachment on the label's line or the next; more follow,
# one a line, numbered 1．, 2．… (1. 1、 as plain text writes them). 附件下载 as sites label it.
_ATTACHMENT_LABEL_RE = regex_cache.compile(
    r"^(?P<label>附件(?:下载|下載)?)\s*(?P<number>\d{1,2})?\s*[:：]\s*(?P<rest>.*)$")
_NUMBERED_ITEM_RE = regex_cache.compile(r"^(?P<number>\d{1,2})\s*[．.、]\s*(?P<name>\S.*)$")
_ITEM_MAX = 80
_ITEM_NOT = "。！？!?；;"


def attachment_label(text: str) -> tuple[str, str, int | None] | None:
    """(label, what follows it on the line, the number a site gives the label: 附件2：… is 2) of
    a 附件说明's line; None for anything else."""
    found = _ATTACHMENT_LABEL_RE.match(text.strip())
    if found is None:
        return None
    number = int(found.group("number")) if found.group("number") else None
    return found.group("label"), found.group("rest").strip(), number


def attachment_item(text: str, number: int | None) -> str | None:
    """The attachment's name on a line numbered ``number`` (1．某某方案), or an unnumbered name
    when ``number`` is None; None when the line is no such item (a sentence, another number)."""
    text = text.strip()
    if not text or len(text) > _ITEM_MAX:
        return None
    found = _NUMBERED_ITEM_RE.match(text)
    if number is not None:
        if found is None or int(found.group("number")) != number:
            return None
        text = found.group("name").strip()
    elif found is not None:
        return None
    return text if text and text[-1] not in _ITEM_NOT else None


# The 版记: 抄送 (抄报, 分送) lines, and the 印发 line (the office and the day it printed the text).
_COPIES_RE = regex_cache.compile(r"^(?:抄送|抄报|抄報|分送|报送|報送)\s*[:：]\s*\S")
_COPIES = Opened(_COPIES_RE)  # the line's first character first: most lines open with none of these
_PRINTED_RE = regex_cache.compile(
    r"^[^\n。！？，,：:]{2,40}?[ \u3000]*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*印发$")


def imprint_line(text: str) -> bool:
    """A line of the 版记: 抄送：… or …印发 closing an official document."""
    text = text.strip()
    return len(text) <= 240 and (_COPIES.match(text) is not None
                                 or (text.endswith("印发") and _PRINTED_RE.match(text) is not None))


def copies_line(text: str) -> bool:
    return _COPIES.match(text.strip()) is not None


# The 主送机关 an official document opens with: institutions, 各-lists of them, parted by 、 and ，,
# closed by a colon (各省、自治区、直辖市人民政府，国务院各部委、各直属机构：).
ADDRESSEE_MAX = 90
_ADDRESSEE_SPLIT_RE = regex_cache.compile(r"[，,、；;]")
_ADDRESSEE_ENDINGS = ("单位", "單位", "部门", "部門", "机构", "機構", "部委", "企业", "企業", "人民政府", "政府", "党委",
                      "党组", "委员会", "学校", "院校", "高校", "医院", "法院", "检察院", "公司", "局", "厅", "委", "办",
                      "院", "所", "处", "会", "部", "队", "站", "中心", "街道", "乡镇", "镇", "省", "市", "区", "县",
                      "自治区", "直辖市", "兵团", "同志")


def is_addressee(text: str, *, official: bool = False) -> bool:
    """A 主送机关 line: institutions (or 各… of them) and a colon, nothing else; in an ``official``
    document (one whose 版头 was read) a single institution too (省人民政府：)."""
    text = text.strip()
    if official and 4 <= len(text) <= 30 and text[-1] in "：:" and is_issuing_body(text[:-1]):
        return True
    text = text.strip()
    if not (4 <= len(text) <= ADDRESSEE_MAX) or text[-1] not in "：:" or any(mark in text for mark in "。！？!?“”\" "):
        return False
    parts = [part for part in _ADDRESSEE_SPLIT_RE.split(text[:-1])]
    if len(parts) == 1:  # 各有关单位：, 各区县人民政府： (a 各… of institutions alone)
        return len(parts[0]) <= 20 and parts[0].startswith(("各", "有关")) and parts[0].endswith(_ADDRESSEE_ENDINGS)
    if any(not 1 <= len(part) <= 24 for part in parts):
        return False
    return (parts[0].startswith(("各", "有关")) or is_issuing_body(parts[0])) and parts[-1].endswith(_ADDRESSEE_ENDINGS)


# What opens a document appended after the 落款: the 附件 label alone (附件, 附件1, 附件 2), or a plan's
# or a regulation's own title (某某实施方案, 某某管理办法) — no sentence, a document's last word.
_APPENDIX_LABEL_RE = regex_cache.compile(r"^附件\s*\d{0,2}$")
_APPENDED_TITLE_RE = regex_cache.compile(
    r"^[^。！？!?，,；;：:]{4,60}(?:方案|办法|規定|规定|细则|細則|规划|規劃|计划|計劃|要点|要點|清单|清單|目录|目錄|指引|规则|規則"
    r"|章程|标准|標準|名单|名單|指南|措施|意见|意見|通知|公告|制度|规范|規範)[）)]?$")


def appended_document(text: str) -> bool:
    """A line opening a document printed after a notice's 落款 (附件1, 某某市实施方案)."""
    text = text.strip()
    return _APPENDIX_LABEL_RE.match(text) is not None or _APPENDED_TITLE_RE.match(text) is not None


# A document's kind alone on the line under its issuer's name (某某市中级人民法院 / 公告): the two
# lines are its title.
DOCUMENT_KINDS = frozenset({"公告", "通告", "通知", "布告", "公示", "决定", "通报", "决议", "命令", "令", "公報", "公报",
                            "通報", "決定", "佈告", "函", "批复", "意见", "报告", "议案", "纪要"})


def appendix_label(text: str) -> bool:
    """附件, 附件1 alone on the line: the label over a document printed after the 落款."""
    return _APPENDIX_LABEL_RE.match(text.strip()) is not None


# The 政府信息公开 table a government site sets over a document (索引号, 主题分类, 发文机关, 成文日期,
# 标题, 发文字号, 发布日期…), flattened to label：value lines, one or several fields a line.
_INFO_LABELS = ("索引号", "信息索引号", "主题分类", "发文机关", "发布机构", "制发机关", "发布单位", "发文单位", "公开主体",
                "成文日期", "发文日期", "标题", "名称", "发文字号", "文号", "文件编号", "发布日期", "公开日期", "公开属性",
                "公开方式", "公开时限", "有效性", "时效性", "效力状况", "体裁分类", "组配分类", "主题词", "信息分类",
                "所属机构", "生成日期", "统一编号", "登记号")
ISSUER_LABELS = ("发文机关", "发布机构", "制发机关", "发布单位", "发文单位", "公开主体")
NUMBER_LABELS = ("发文字号", "文号", "文件编号")
# Labels the table has and a news page's info line has not (a 发布日期 or 标题 line alone is no table).
OFFICIAL_INFO_LABELS = frozenset(_INFO_LABELS) - {"标题", "名称", "发布日期", "公开日期", "生成日期"}
# A label as a table sets it, spaced out to the width of the longest (索　引　号, 标　　题).
_SPACED_LABELS = "|".join("[ \u3000]*".join(label) for label in sorted(_INFO_LABELS, key=len, reverse=True))
# label：value, or label and value in cells a tab or a wide space apart (索 引 号\u3000000014349/…).
_INFO_FIELD_RE = regex_cache.compile(
    r"(?P<label>" + _SPACED_LABELS + r")(?:\s*[:：]\s*|[ \u3000\t]+)"
    r"(?P<value>(?:(?![ \u3000\t]+(?:" + _SPACED_LABELS + r")(?:\s*[:：]|[ \u3000\t]+)).)*)")
_INFO_FIELD = Opened(_INFO_FIELD_RE)  # asked of every line: its first character first
_LABEL_SPACE_RE = regex_cache.compile(r"[ \u3000]+")
INFO_MAX = 200


def info_fields(text: str) -> dict[str, str] | None:
    """The fields of a line of a site's 政府信息公开 table (索引号：… 主题分类：…), label to value
    as written; None unless the whole line is such fields."""
    text = text.strip()
    if len(text) > INFO_MAX or _INFO_FIELD.match(text) is None:  # anchored: fails at once on other lines
        return None
    fields: dict[str, str] = {}
    at = 0
    for found in _INFO_FIELD_RE.finditer(text):
        if text[at : found.start()].strip():
            return None
        fields.setdefault(_LABEL_SPACE_RE.sub("", found.group("label")), found.group("value").strip())
        at = found.end()
    return fields if fields and not text[at:].strip() else None


def official_info_line(text: str) -> bool:
    """A line of a site's 政府信息公开 table holding a field only such a table has (索引号, 发文字号,
    发文机关, 成文日期…): one an HTML page's info-line facts must not swallow."""
    fields = info_fields(text) if len(text) <= INFO_MAX else None
    return fields is not None and not OFFICIAL_INFO_LABELS.isdisjoint(fields)


# in figures or, as a president's order is numbered, in Chinese numerals (第三十一号)
_ORDER_SEQUENCE_RE = regex_cache.compile(r"^第\s*(?:\d{1,4}|[一二三四五六七八九十百零〇]{1,7})\s*号$")


# The titles whose number stands alone under them: an order (国务院令), an announcement (某省2025年考试录用
# 公务员公告 over （第2号）, a 通告's number)
_SEQUENCED_TITLE_ENDS = ("令", "公告", "通告")


def order_sequence(text: str, title: str) -> str | None:
    """第777号 (第三十一号) alone under an order's title (中华人民共和国国务院令), or （第2号） under an
    announcement's (某省考试录用公务员公告): the document's number, without its brackets."""
    text = text.strip()
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1].strip()
    return re.sub(r"\s+", "", text) if title.endswith(_SEQUENCED_TITLE_ENDS) and _ORDER_SEQUENCE_RE.match(text) else None


_BARE_LABEL_RE = regex_cache.compile(r"^(?:" + _SPACED_LABELS + r")\s*[:：]?$")


def bare_label(text: str) -> str | None:
    """A table cell holding only a label (索　引　号, 发文字号：): the label, unspaced."""
    text = text.strip()
    return _LABEL_SPACE_RE.sub("", text.rstrip("：:")).strip() if _BARE_LABEL_RE.match(text) else None
