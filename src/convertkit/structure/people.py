"""Personal names in credits: is a token a person, and which people does a credit name?

Datelines and credits mix people with everything else: ``（林玲）`` is a reporter but
``（国际观察）`` is a column, ``记者 张三、李四`` carries a title. A Chinese personal name is
short and starts with a surname, so a surname table (the common single surnames plus the
compound ones) separates them well without a dictionary of names.
"""

from __future__ import annotations

import re
from functools import cache

from .patterns import REPORTER_TITLES, _alternation

# The common single-character surnames, Simplified and Traditional forms (about 99% of people).
_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于"
    "蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍"
    "史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹"
    "申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻"
    "祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗"
    "瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡鞠惠荆荊"
    "乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蓝郜廉练練鄂桂阎閻晋晉邰佘帅帥汲印亓郗惠戈植雍秘揭展昝寿壽訾檀菅"
)
SURNAMES: frozenset[str] = frozenset(_SURNAMES)
COMPOUND_SURNAMES: frozenset[str] = frozenset(
    (
        "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫",
        "令狐", "慕容", "司徒", "夏侯", "端木", "长孙", "長孫", "宇文", "轩辕", "軒轅", "独孤", "獨孤", "南宫", "南宮",
        "西门", "西門", "呼延", "澹台", "澹臺", "万俟", "申屠", "闻人", "聞人", "钟离", "鍾離",
    )
)

# Two-character credit words whose first character happens to be a surname (文, 图…).
NOT_NAMES: frozenset[str] = frozenset(
    ("文图", "图文", "文字", "图片", "摄影", "视频", "编辑", "记者", "通讯", "综合", "国际", "新闻", "文章", "来源",
     "文圖", "圖文", "攝影", "視頻", "編輯", "記者", "綜合", "國際", "新聞", "來源", "本报", "本報", "本网", "本網")
)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_SEPARATORS_RE = re.compile(r"[、，,;；/／\s\u3000]+")
_NAME_RE = re.compile(rf"^[{_HAN}]{{2,4}}$|^[{_HAN}]{{1,6}}[·・•][{_HAN}]{{1,8}}$")


@cache
def _titles_re() -> re.Pattern[str]:
    return re.compile(rf"^(?:{_alternation(REPORTER_TITLES)})\s*[:：]?\s*")


def is_personal_name(token: str) -> bool:
    """A Chinese personal name: 2–3 characters from a surname, 4 with a compound one, or X·Y."""
    if not _NAME_RE.match(token) or token in NOT_NAMES:
        return False
    if "·" in token or "・" in token or "•" in token:
        return True
    if len(token) == 4:
        return token[:2] in COMPOUND_SURNAMES
    return token[0] in SURNAMES or token[:2] in COMPOUND_SURNAMES


def strip_title(token: str) -> str:
    """``记者张三`` → ``张三``; titles may repeat (``新华社记者 特约记者 张三``)."""
    previous = None
    token = token.strip()
    while previous != token:
        previous = token
        token = _titles_re().sub("", token, count=1).strip()
    return token


def split_names(text: str) -> tuple[str, ...]:
    """The personal names in a credit (``记者 张三、李四`` → 张三, 李四); others are dropped.

    A space inside a two-character name (``刘 琳``, a typesetting habit) is closed up when
    both halves are single characters.
    """
    text = strip_title(text)
    tokens = [strip_title(part) for part in _SEPARATORS_RE.split(text) if part.strip()]
    merged: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        joined = token + tokens[i + 1] if i + 1 < len(tokens) else ""
        if len(token) == 1 and 2 <= len(joined) <= 3 and token in SURNAMES and joined not in NOT_NAMES:
            token = token + tokens[i + 1]
            i += 1
        merged.append(token)
        i += 1
    names: list[str] = []
    for token in merged:
        if is_personal_name(token) and token not in names:
            names.append(token)
    return tuple(names)


def looks_like_names(text: str) -> bool:
    """True when every token of ``text`` is a personal name (a bare reporter credit)."""
    text = strip_title(text)
    tokens = [strip_title(part) for part in _SEPARATORS_RE.split(text) if part.strip()]
    if not tokens:
        return False
    names = split_names(text)
    return bool(names) and "".join(names) == "".join(tokens)
