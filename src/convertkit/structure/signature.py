"""The closing signature (落款): who issued a text and when, on short lines at its very end.

A notice, a statement, a correction or an official document signs off with the issuing body
and the date (本报编辑部 / 2024年11月22日; 某某市人民政府办公室 / 二〇二四年十一月二十二日),
set flush right. Read as paragraphs they print as two stray body lines indented like prose, and
the date, often the only one the text gives, is lost. The shapes here are deliberately narrow:
a body's name ends with the word an institution's name ends with, a date line is a date and
nothing else, and the rule that uses them (``rules.rule_signature``) takes them only at the end
of the text with a date among them.
"""

from __future__ import annotations

import string

from .. import regex_cache
from .numerals import cn_number
from .timeparse import find_datetime

# How the name of an issuing body ends: a ministry, a committee, an office, a paper's editors, a
# company, a school, an association, a government.
_BODY_ENDINGS = (
    "编辑部", "編輯部", "委员会", "委員會", "办公室", "辦公室", "办公厅", "辦公廳", "人民政府", "政府", "指挥部", "指揮部",
    "领导小组", "領導小組", "工作组", "工作組", "组委会", "組委會", "党委", "黨委", "党组", "黨組", "集团", "集團",
    "治丧小组", "治喪小組", "治丧委员会", "治喪委員會", "治丧办公室", "治喪辦公室",  # an obituary's signers
    "公司", "研究院", "研究所", "中心", "协会", "協會", "学会", "學會", "联合会", "聯合會", "商会", "商會", "基金会",
    "基金會", "大学", "大學", "学院", "學院", "学校", "學校", "医院", "醫院", "银行", "銀行", "法院", "检察院", "檢察院",
    "支队", "支隊", "大队", "大隊", "总队", "總隊", "报社", "報社", "杂志社", "雜誌社", "出版社", "电视台", "電視台", "部", "局", "厅", "廳", "委", "办", "辦", "署", "处",
    "處", "所", "社", "会", "會",
    "操作室", "研究室", "编辑室", "編輯室",  # an office of a bank or a ministry (中国人民银行公开市场业务操作室)
    "机场", "機場", "气象台", "氣象台",  # an airport's notice to travellers, a weather office's bulletin
)
_CN_DATE_RE = regex_cache.compile(
    r"^(?P<year>[〇○零一二三四五六七八九]{4})年(?P<month>[一二三四五六七八九十]{1,2})月(?P<day>[一二三四五六七八九十]{1,3})日$")
_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")
_MAX_LINE = 30
_SENTENCE_MARKS = "。！？!?；;，,：:“”\"《》"


# What a date that starts its line may open with besides a digit (any script's: find_datetime reads
# them as ASCII): 中華民國/民國 before a Minguo year, a month's English name, a year in Chinese numerals.
_DATE_OPENERS = frozenset("中民〇○零一二三四五六七八九" + string.ascii_letters)


def _may_open_date(first: str) -> bool:
    """Whether a date filling its line may open with ``first``: asked before the date shapes are
    tried, as most short lines (a name, a place, a caption) open with none of these."""
    return first.isdigit() or first in _DATE_OPENERS


def signature_date(text: str) -> str | None:
    """The ISO date of a line that is a date and nothing else (2024年11月22日, 2024-11-22,
    二〇二四年十一月二十二日); None for anything else."""
    text = text.strip()
    if not text or len(text) > _MAX_LINE or not _may_open_date(text[0]):
        return None
    found = find_datetime(text)
    if found is not None and found.start == 0 and found.end == len(text) and len(found.iso) == 10:
        return found.iso
    numeral = _CN_DATE_RE.match(text)
    if numeral is None:
        return None
    month, day = cn_number(numeral.group("month")), cn_number(numeral.group("day"))
    if month is None or day is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{numeral.group('year').translate(_YEAR_DIGITS)}-{month:02d}-{day:02d}"


def is_issuing_body(text: str) -> bool:
    """A short line naming an institution (本报编辑部, 中共龙岩市委军民融合办, 某某有限公司)."""
    text = text.strip()
    return (3 <= len(text) <= _MAX_LINE and text.endswith(_BODY_ENDINGS)
            and not any(mark in text for mark in _SENTENCE_MARKS))


def is_signature_line(text: str) -> bool:
    """An issuing body, a date, or both on one line (本报编辑部 2024年11月22日)."""
    return signature_date(text) is not None or is_issuing_body(text) or _body_and_date(text) is not None


def signature_line_date(text: str) -> str | None:
    """The ISO date a signature line gives, alone or after the body's name."""
    return signature_date(text) or _body_and_date(text)


def _body_and_date(text: str) -> str | None:
    body, _, tail = text.strip().rpartition(" ")
    date = signature_date(tail) if body.strip() else None
    return date if date is not None and is_issuing_body(body) else None


# A letter's salutation (称呼), the line that opens it as the signature closes it: 尊敬的…/亲爱的…,
# 各位…, …同志(们), the editors (编辑部, 编辑同志, 记者老师), 读者朋友们. A bare 编辑：/记者： is a
# credit label or an interview's speaker, never a salutation.
_SALUTATION_RE = regex_cache.compile(
    r"^(?:(?:尊敬|亲爱|親愛)的[^\s，,。；;：:]{1,12}|各位[^\s，,。；;：:]{1,8}|[^\s，,。；;：:]{0,8}同志(?:们|們)?"
    r"|(?:本报|本報|报社|報社)?(?:编辑部|編輯部|(?:编辑|編輯|记者|記者)(?:老师|老師|先生|女士|朋友)(?:们|們)?)"
    r"|(?:读者|讀者)朋友(?:们|們)?)\s*[：:]$")


SALUTATION_MAX = 20  # characters of a salutation's line
# A speech's salutation: the audience addressed in a row (女士们，先生们，朋友们： · 尊敬的各位来宾，), perhaps
# over two lines, the first closed by a comma.
_ADDRESS = (r"(?:(?:尊敬|亲爱|親愛)的[^\s，,。；;：:]{1,12}|各位[^\s，,。；;：:]{1,8}|[^\s，,。；;：:]{0,8}同志(?:们|們)?"
            r"|(?:女士|先生|朋友|同学|同學|老师|老師|同胞|来宾|來賓|嘉宾|嘉賓|代表|同事|同仁)(?:们|們)"
            r"|主席|议长|議長|主席先生|主席女士)")  # 主席、各位議員： (a chair addressed first)
_ADDRESS_ROW_RE = regex_cache.compile(rf"{_ADDRESS}(?:\s*[，,、]\s*{_ADDRESS})*\s*(?P<end>[：:，,])")
ADDRESS_ROW_MAX = 40  # characters of a speech's row of addresses


def is_salutation(text: str) -> bool:
    """A line that is a letter's salutation and nothing else (编辑同志：, 尊敬的编辑：), or a speech's
    row of addresses closed by a colon (女士们，先生们，朋友们：)."""
    text = text.strip()
    if len(text) <= SALUTATION_MAX and _SALUTATION_RE.match(text) is not None:
        return True
    row = _ADDRESS_ROW_RE.fullmatch(text) if len(text) <= ADDRESS_ROW_MAX and text[-1:] in "：:" else None
    return row is not None and any(mark in text for mark in "，,、")


def opens_salutation(text: str) -> bool:
    """The first line of a speech's salutation, closed by a comma (尊敬的各位来宾，) over the rest."""
    text = text.strip()
    return len(text) <= ADDRESS_ROW_MAX and text[-1:] in "，," and _ADDRESS_ROW_RE.fullmatch(text) is not None
