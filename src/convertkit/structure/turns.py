"""Speaker turns: is this text a transcript, and who speaks each of its paragraphs?

A press conference's record (法新社记者：… / 毛宁：…), an official's 答记者问 (问：… / 答：…), an
interview (记者：… / 张三：…, Q：/A：, 【问】/【答】) or a panel (主持人：… / 嘉宾…) is made of
paragraphs that open with who speaks. A single ``张三：我认为…`` in a story is a quotation, and
``来源：``, ``记者：张三``, ``注：`` are labels other rules read, so a paragraph is a turn only in a
text that is a transcript as a whole: a question's speaker followed by an answer's, answers to
questions set as headings (two 答：), questions answered by the unlabelled paragraphs under them
(two 问：…？), or named speakers taking turns (one speaks again after another). What counts as a speaker:

- ``question``: who asks (问, Q, 记者, 主持人, an outlet's reporter 法新社记者, 网友提问, an
  interview's outlet by its name, 经济观察报);
- ``answer``: who answers by role (答, A, 老师回答);
- ``named``: a post and a name (外交部发言人毛宁, 商务部部长王文涛), or a post alone
  (国家发展改革委有关负责人, 嘉宾);
- ``person``: a personal name alone (毛宁, people.py). In a transcript, a name alone is a turn
  when that speaker speaks more than once or answers a question; a name opening a headline in
  a list of links (张某：未来大盘的运行基调) does neither.

The document is read once (``transcript_turns``), and the rule asks for each paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from .. import regex_cache
from ..transforms.punctuation import han_count
from .numerals import cn_number
from .patterns import find_agency
from .people import is_common_word, is_personal_name, looks_like_names
from .ruler import Para

__all__ = ["SpeakerLabel", "Transcript", "speaker_label", "speaker_role", "transcript_turns"]

Role = Literal["question", "answer", "named", "person"]

# A label: short, before the first colon, with no sentence mark in it (a post may hold 、 and a
# space: 国新办新闻局副局长、新闻发言人 寿小丽). 【问】 and [答] need no colon.
_LABEL_MAX = 24
_LABEL_RE = regex_cache.compile(
    r"^(?:[【\[［](?P<bracketed>[^【】\[\]［］\s]{1,6})[】\]］]\s*[:：]?|(?P<label>[^\s:：，,。；;！!？?“”\"「」《》（）()【】\[\]]"
    r"[^:：，,。；;！!？?“”\"「」《》（）()【】\[\]]{0,23})\s*(?P<post>[（(][^（）()：:。！？]{1,24}[）)])?\s*[:：])\s*"
)
# Who asks and who answers, by role; a number may follow (Q1, 问2, A3).
_QUESTION_WORDS = frozenset(("问", "問", "Q", "q", "提问", "提問", "记者", "記者", "主持人", "主持", "主播", "网友", "網友",
                             "观众", "觀眾", "读者", "讀者", "听众", "聽眾"))
_ANSWER_WORDS = frozenset(("答", "A", "a", "回答", "答复", "答覆"))
_NUMBERED_RE = regex_cache.compile(r"^(?P<word>[问問答QqAa])\s*(?P<number>\d{1,2})$")
# 网友提问, 老师回答, 读者问: a role's asking or answering.
_ASKS = ("提问", "提問", "问", "問")
_ANSWERS = ("回答", "答复", "答覆", "答")
# An outlet's reporter asking (法新社记者, 总台央视记者, 台湾TVBS记者): the outlet is a name, no
# sentence; this paper's own (本报记者) asks as well.
_REPORTER_RE = regex_cache.compile(r"^[\u3400-\u9fffA-Za-z0-9·]{1,14}(?:记者|記者)$")
# Posts a named speaker holds (外交部发言人毛宁, 商务部部长 王文涛, 国家发展改革委有关负责人): the
# label ends with the post, or with the post and a name.
_POSTS = (
    "发言人", "發言人", "负责人", "負責人", "主持人", "嘉宾", "嘉賓", "部长", "部長", "局长", "局長", "司长", "司長",
    "主任", "书记", "書記", "市长", "市長", "省长", "省長", "县长", "縣長", "区长", "區長", "主席", "总理", "總理",
    "总统", "總統", "总裁", "總裁", "董事长", "董事長", "总经理", "總經理", "经理", "經理", "教授", "研究员", "研究員",
    "院长", "院長", "校长", "校長", "所长", "所長", "处长", "處長", "厅长", "廳長", "委员", "委員", "代表", "专家",
    "專家", "学者", "學者", "大使", "总领事", "總領事", "会长", "會長", "秘书长", "秘書長", "总监", "總監", "医生",
    "醫生", "老师", "老師", "律师", "律師", "创始人", "創始人", "局长助理", "副主任", "行长", "行長", "署长", "署長",
    "总干事", "總幹事", "博士", "作家", "导演", "導演", "演员", "演員", "队长", "隊長", "教练", "教練", "CEO", "首席执行官",
)
_OUTLET_LABEL_MAX = 10
_POST_LABEL_RE = regex_cache.compile(r"^[\u3400-\u9fffA-Za-z0-9·、\s]{2,24}$")
# Labels other rules read, never a speaker (来源：…, 注：…, 时间：…, 地点：…).
_NOT_SPEAKERS = frozenset((
    "来源", "來源", "注", "註", "附件", "编者按", "編者按", "编辑", "編輯", "责任编辑", "責任編輯", "作者", "时间", "時間",
    "地点", "地點", "电话", "電話", "地址", "邮编", "郵編", "原标题", "原標題", "关键词", "關鍵詞", "摄影", "攝影", "图",
    "圖", "文", "通讯员", "通訊員", "实习生", "實習生", "题", "題", "备注", "備註", "提示", "链接", "鏈接", "附", "说明",
    "說明", "出品", "监制", "監製", "策划", "策劃", "统筹", "統籌", "校对", "校對", "审核", "審核", "制作", "製作",
))
_SENTENCE_MARKS = frozenset("。！？!?；;，,…")
# A question's number before its label (1.问：… · 2、答：… · （一）问：… · 一、问：…): the number
# is the question's, the role is the word after it.
_LABEL_NUMBER_RE = regex_cache.compile(
    r"^(?:(?P<plain>\d{1,3}|[一二三四五六七八九十]{1,3})[.．、]|[（(](?P<bracketed>\d{1,3}|[一二三四五六七八九十]{1,3})[）)])"
    r"\s*(?=[问問答QqAa])"
)


@dataclass(frozen=True, slots=True)
class SpeakerLabel:
    """A paragraph's opening label: who speaks (as written, without its colon and without a
    question's number), their role, where what they say starts in the paragraph's text, and a
    numbered question's number with the label as printed (1.问, （一）问, Q1: 问 and Q ask each
    time, so a reader grouping turns by speaker finds one asker, not one per question)."""

    speaker: str
    role: Role
    start: int
    number: int | None = None
    printed: str = ""  # the label as the source prints it, when it holds the number


def speaker_role(label: str) -> Role | None:
    """Whether ``label`` names who speaks, and as what; None for any other label (来源, 注, 时间,
    a place, a phrase)."""
    label = label.strip()
    if not label or label in _NOT_SPEAKERS:
        return None
    if label in _QUESTION_WORDS:
        return "question"
    if label in _ANSWER_WORDS:
        return "answer"
    numbered = _NUMBERED_RE.match(label)
    if numbered is not None:
        return "question" if numbered.group("word") in "问問Qq" else "answer"
    if len(label) <= 8 and label.endswith(_ANSWERS) and not label.endswith(("问答", "問答")):
        return "answer"  # 老师回答, 专家答
    if len(label) <= 8 and label.endswith(_ASKS):
        return "question"  # 网友提问, 读者问
    if _REPORTER_RE.match(label):
        return "question"
    if len(label) <= _OUTLET_LABEL_MAX and find_agency(label) is not None:
        return "question"  # 经济观察报：…？ · 南方周末：…？ an interview's outlet asks in its own name
    compact = re.sub(r"\s+", "", label)
    if _asker_and_name(compact):
        return "question"  # 记者 董倩, 主持人 白岩松, 央视记者 王某: who asks, by name
    if len(compact) <= 4 and is_personal_name(compact):
        return None if is_common_word(compact) else "person"  # 时间, 高温: a word a surname opens
    if _named(label, compact):
        return "named"
    return None


def _asker_and_name(compact: str) -> bool:
    """A questioner's role and their name (记者董倩, 主持人白岩松, 央视记者王某)."""
    for cut in (2, 3, 4):
        role, name = compact[:-cut], compact[-cut:]
        if role and (role in _QUESTION_WORDS or _REPORTER_RE.match(role)) and is_personal_name(name):
            return True
    return False


def _named(label: str, compact: str) -> bool:
    """A post with or without a name after it (外交部发言人毛宁, 有关负责人)."""
    if _POST_LABEL_RE.match(label) is None:
        return False
    for cut in (2, 3, 4):
        name, post = compact[-cut:], compact[:-cut]
        if post.endswith(_POSTS) and is_personal_name(name):
            return True
    return compact.endswith(_POSTS)


def speaker_label(text: str) -> SpeakerLabel | None:
    """The speaker label opening ``text`` (a paragraph's normalised text), if it opens with one.
    A question's number before the label (1.问：, （一）问：) or after it (Q1：, 问2：) is the
    question's, not the speaker's: the speaker is the word (问 asks, 答 answers), the number and
    the label as printed are kept beside it for the writers to print."""
    number = _LABEL_NUMBER_RE.match(text)
    skip = number.end() if number is not None else 0
    if len(text) < skip + 2 or text[skip] in "（(“\"「《":
        return None
    match = _LABEL_RE.match(text[skip:] if skip else text)
    if match is None:
        return None
    label = match.group("bracketed") or match.group("label").strip()
    role = speaker_role(label)
    if role is None or (number is not None and role not in ("question", "answer")):
        return None
    if match.group("post"):
        if role not in ("person", "named"):
            return None
        # 张伟（中国科学院院士）：… the speaker's post in brackets after the name: the label as written
        label += match.group("post")
    start = skip + match.end()
    if number is not None:
        value = cn_number(number.group("plain") or number.group("bracketed"))
        return SpeakerLabel(speaker=label, role=role, start=start, number=value, printed=text[:skip].rstrip() + label)
    numbered = _NUMBERED_RE.match(label)
    if numbered is not None:  # Q1, 问2: the word speaks, the number is the question's
        word = numbered.group("word")
        return SpeakerLabel(speaker=word, role=role, start=start, number=int(numbered.group("number")), printed=label)
    return SpeakerLabel(speaker=label, role=role, start=start)


def _said(text: str) -> bool:
    """What follows a label is something said, not a credit (记者：张三 李四), a cast list's entry
    (嘉宾：张三) or a headline after its speaker's name (张某：未来大盘的运行基调): Han text with
    a sentence's or a clause's mark, and no bare list of names."""
    if han_count(text) < 2 or _SENTENCE_MARKS.isdisjoint(text):
        return False
    return not looks_like_names(text)


@dataclass(frozen=True, slots=True)
class Transcript:
    """The turns of a transcript: paragraph position → (label, paragraphs the turn takes: 2 when
    the label stands alone above what is said). Empty for a text that is no transcript."""

    turns: dict[int, tuple[SpeakerLabel, int]]


_NO_TRANSCRIPT = Transcript({})


def _candidates(paras: Sequence[Para]) -> dict[int, tuple[SpeakerLabel, int]]:
    found: dict[int, tuple[SpeakerLabel, int]] = {}
    answering: dict[int, SpeakerLabel] = {}  # names that are words too, each under a question
    index = 0
    while index < len(paras):
        text = paras[index].text
        label = speaker_label(text) if len(text) >= 2 and (":" in text[:26] or "：" in text[:26] or text[0] in "【[［") else None
        if label is None:
            word = _name_that_is_a_word(text) if index - 1 in found else None
            if word is not None and found[index - 1][0].role == "question" and _said(text[word.start :]):
                answering[index] = word
            index += 1
            continue
        rest = text[label.start :]
        if not rest and index + 1 < len(paras):
            following = paras[index + 1].text  # 问： alone, the question on the line below
            if speaker_label(following) is None and _said(following):
                found[index] = (label, 2)
                index += 2
                continue
        elif _said(rest):
            found[index] = (label, 1)
        index += 1
    return _with_answering_names(found, answering)


def _name_that_is_a_word(text: str) -> SpeakerLabel | None:
    """A personal name that is a common word too (王明, 李明) opening ``text`` as a label: no
    speaker by itself (``speaker_role``), but a candidate where it answers a question."""
    if ":" not in text[:8] and "：" not in text[:8]:
        return None
    match = _LABEL_RE.match(text)
    if match is None:
        return None
    label = match.group("label")
    if not label or len(label) > 4 or not is_personal_name(label) or not is_common_word(label):
        return None
    return SpeakerLabel(speaker=label, role="person", start=match.end())


def _with_answering_names(found: dict[int, tuple[SpeakerLabel, int]],
                          answering: dict[int, SpeakerLabel]) -> dict[int, tuple[SpeakerLabel, int]]:
    """``found`` with the names that are words too where the same one answers two questions or
    more (记者：…？ / 王明：… twice: the interviewee, whose name happens to be a word), in order."""
    answers: dict[str, int] = {}
    for label in answering.values():
        answers[label.speaker] = answers.get(label.speaker, 0) + 1
    kept = {index: (label, 1) for index, label in answering.items() if answers[label.speaker] >= 2}
    return dict(sorted({**found, **kept}.items())) if kept else found


def _is_transcript(labels: list[SpeakerLabel]) -> bool:
    """Questions and answers, answers to headed questions, or named speakers taking turns."""
    if len(labels) < 2:
        return False
    roles = [label.role for label in labels]
    if "question" in roles and any(role != "question" for role in roles[roles.index("question") + 1 :]):
        return True  # 记者：… then 张三：… / 问：… then 答：…
    if roles.count("answer") >= 2:
        return True  # 答：… under each question set as a heading (一、为什么要出台《办法》？)
    named = [label.speaker for label in labels if label.role in ("named", "person")]
    # one speaks again after another: 张三 李四 张三 (a list of people, each named once, is none)
    seen: set[str] = set()
    for position, speaker in enumerate(named):
        if speaker in seen and named[position - 1] != speaker:
            return True
        seen.add(speaker)
    return False


def _kept(found: dict[int, tuple[SpeakerLabel, int]], paras: Sequence[Para]) -> dict[int, tuple[SpeakerLabel, int]]:
    """The candidates that are turns: a name alone only when it stands alone on its line above
    the words (盛来运： opening a press conference), when that person speaks twice, or when the
    turn follows another right above it (an answer under its question, a panel's guest after
    the host). Names opening headlines in a list of links (张某：未来大盘的运行基调) do none."""
    spoken: dict[str, int] = {}
    for label, _ in found.values():
        spoken[label.speaker] = spoken.get(label.speaker, 0) + 1
    kept: dict[int, tuple[SpeakerLabel, int]] = {}
    follows = -1  # where the last kept turn ends: a turn opening the next paragraph follows it
    for index, (label, taken) in found.items():
        if label.role != "person" or taken == 2 or spoken[label.speaker] >= 2 or _follows(index, follows, len(kept), paras):
            kept[index] = (label, taken)
            follows = index + taken
        else:
            follows = -1  # a name left out breaks the run: the next one follows no turn
    return kept


# Unlabelled paragraphs an answer may run on over before the next speaker takes the floor.
_CONTINUATION_MAX = 3


def _follows(index: int, follows: int, turns_before: int, paras: Sequence[Para]) -> bool:
    """A name's turn follows the last one: right under it, or, once the transcript is under way
    (two turns or more), after the few paragraphs of prose its answer runs on over (毛宁：… /
    中方尊重… / 张三：我补充一点，…). A heading between (相关阅读) ends the transcript: the names
    of a list of links under it are no speakers."""
    if follows < 0:
        return False
    if index == follows:
        return True
    if turns_before < 2 or not follows < index <= follows + _CONTINUATION_MAX:
        return False
    return all(_said(paras[between].text) for between in range(follows, index))


def _answered_questions(found: dict[int, tuple[SpeakerLabel, int]], paras: Sequence[Para]) -> bool:
    """Two questions or more, every one answered by the unlabelled paragraph under it (问：…？ /
    按照每个子女每月2000元的标准定额扣除。): a question-and-answer text whose answers carry no label."""
    questions = [(index, taken) for index, (label, taken) in found.items() if label.role == "question"]
    if len(questions) < 2:
        return False
    for index, taken in questions:
        answer = index + taken
        if paras[answer - 1].text[-1:] not in "？?" or answer >= len(paras) or answer in found:
            return False
        if speaker_label(paras[answer].text) is not None or not _said(paras[answer].text):
            return False
    return True


def transcript_turns(paras: Sequence[Para]) -> Transcript:
    """The document's turns when it is a transcript, else none."""
    found = _candidates(paras)
    if not _is_transcript([label for label, _ in found.values()]) and not _answered_questions(found, paras):
        return _NO_TRANSCRIPT
    return Transcript(_kept(found, paras))


# Where a turn may open inside a line whose breaks were lost: right after a sentence's end (and
# the quotation it closes), 。法新社记者：…？毛宁：…
_RUN_IN_OPENING_RE = regex_cache.compile(r"(?<=[。！？!?])[”」』）)]?[ \u3000]*(?=[^\s。！？!?，,：:”」』）)])")
_RUN_IN_MIN_TURNS = 3
# Someone asking, somewhere in the line: a run-in transcript's questions need one.
_ASKED_RE = regex_cache.compile(r"(?:记者|記者|问|問|Q\d{0,2}|主持人|提问|提問|网友|網友)\s*[：:]")


def run_in_turns(text: str) -> list[str]:
    """A transcript run into one line (a crawler dropped its paragraph breaks: …正式访问。总台央视
    记者：…？毛宁：…。法新社记者：…？毛宁：…), cut before each turn; ``[text]`` when the line holds
    no such run: three turns or more, a question's speaker among them answered by another, each
    opening after a sentence's end, and a name alone only when it speaks twice."""
    if len(text) < 80 or ("：" not in text and ":" not in text) or _ASKED_RE.search(text) is None:
        return [text]  # most long lines: no colon, or no one asking (one scan in C)
    cuts: list[tuple[int, SpeakerLabel]] = []
    for found in _RUN_IN_OPENING_RE.finditer(text):
        start = found.end()
        label = speaker_label(text[start : start + _LABEL_MAX + 2])
        if label is not None and _said(text[start + label.start : start + label.start + 40]):
            cuts.append((start, label))
    if len(cuts) < _RUN_IN_MIN_TURNS:
        return [text]
    spoken: dict[str, int] = {}
    for _, label in cuts:
        spoken[label.speaker] = spoken.get(label.speaker, 0) + 1
    cuts = [(start, label) for start, label in cuts if label.role != "person" or spoken[label.speaker] >= 2]
    labels = [label for _, label in cuts]
    roles = [label.role for label in labels]
    if len(cuts) < _RUN_IN_MIN_TURNS or "question" not in roles or not _is_transcript(labels):
        return [text]
    bounds = [0, *(start for start, _ in cuts), len(text)]
    return [text[start:end].strip() for start, end in pairwise(bounds) if text[start:end].strip()]
