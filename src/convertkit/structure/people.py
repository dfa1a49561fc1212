"""Personal names in credits: is a token a person, and which people does a credit name?

Datelines and credits mix people with everything else: ``（林玲）`` is a reporter but
``（国际观察）`` is a column, ``记者 张三、李四`` carries a title. A Chinese personal name is
short and starts with a surname, so a surname table (the common single surnames plus the
compound ones) separates them well without a dictionary of names.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .. import regex_cache
from .patterns import REPORTER_TITLES, _alternation

# The single-character surnames of 百家姓 plus common modern ones (付, 肖, 覃, 冼…); their
# Traditional forms (OpenCC s2t) are generated into ``transforms/script_tables.py``.
_SURNAMES = (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花"
    "方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝"
    "明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝"
    "管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫"
    "乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍"
    "赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连"
    "茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾"
    "毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公"
    "付肖覃冼佘岳楼闫阎谌鄢粟练亓揭植帅汲菅昝檀邝鞠涂佟苟隋栗楚鄢尉迟麦"
)
COMPOUND_SURNAMES: frozenset[str] = frozenset(
    (
        "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫",
        "令狐", "慕容", "司徒", "夏侯", "端木", "长孙", "長孫", "宇文", "轩辕", "軒轅", "独孤", "獨孤", "南宫", "南宮",
        "西门", "西門", "呼延", "澹台", "澹臺", "万俟", "申屠", "闻人", "聞人", "钟离", "鍾離",
    )
)
# Tibetan personal names have no surname: two of these syllables (扎西次仁, 晋美多吉, 格桑卓玛)
# make a four-character name, as Xinhua's Lhasa bureau credits its reporters and photographers.
TIBETAN_NAME_PARTS: frozenset[str] = frozenset(
    (
        "扎西", "多吉", "次仁", "卓玛", "格桑", "旦增", "丹增", "索朗", "尼玛", "达瓦", "普布", "平措", "顿珠", "央金",
        "拉姆", "晋美", "洛桑", "次旦", "边巴", "德吉", "白玛", "巴桑", "央宗", "仁青", "米玛", "罗布", "拉巴", "强巴",
        "次珠", "曲珍", "益西", "群培", "桑珠", "琼达", "嘎玛", "土登", "贡嘎", "措姆", "德庆", "次央", "旺堆", "旺姆",
        "觉嘎", "普琼", "达娃", "玉珍", "卓嘎", "吉宗", "索南", "才让", "多杰", "拉毛", "公保", "仁增",
        "紮西", "多傑", "卓瑪", "達瓦", "頓珠", "晉美", "邊巴", "白瑪", "強巴", "貢嘎", "達娃",
    )
)


# Japanese family names, as Chinese-language papers print a Japanese writer or official with a
# space between family and given name (记者 山田 太郎, 岸田 文雄): two tokens of a credit that are one
# person. The common names and those of public figures, in the Simplified and the Japanese or
# Traditional form; a single-character one (林, 森, 菅) is left out, being a Chinese surname too.
JAPANESE_SURNAMES: frozenset[str] = frozenset(
    (
        "佐藤", "铃木", "鈴木", "高桥", "高橋", "田中", "伊藤", "渡边", "渡辺", "渡邊", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "佐佐木", "佐々木", "山口", "松本", "井上", "木村", "清水", "山崎", "阿部", "池田", "桥本",
        "橋本", "山下", "石川", "中岛", "中島", "前田", "藤田", "小川", "后藤", "後藤", "冈田", "岡田", "长谷川",
        "長谷川", "村上", "近藤", "石井", "斋藤", "斎藤", "齋藤", "坂本", "远藤", "遠藤", "青木", "藤井", "西村",
        "福田", "太田", "三浦", "冈本", "岡本", "松田", "中川", "中野", "原田", "小野", "田村", "竹内", "金子",
        "和田", "中山", "石田", "上田", "森田", "柴田", "酒井", "工藤", "横山", "宫崎", "宮崎", "宫本", "宮本",
        "内田", "高木", "安藤", "谷口", "大野", "丸山", "今井", "高田", "藤原", "河野", "小岛", "小島", "村田",
        "武田", "上野", "杉山", "增田", "増田", "平野", "大塚", "千叶", "千葉", "久保", "松井", "小山", "岩崎",
        "樱井", "桜井", "櫻井", "野口", "松尾", "野村", "木下", "菊地", "佐野", "大西", "杉本", "新井", "滨田",
        "浜田", "濱田", "菅原", "市川", "水野", "小松", "岛田", "島田", "古川", "小西", "西田", "岸田", "安倍",
        "石破", "野田", "鸠山", "鳩山", "麻生", "小泉", "细川", "細川", "羽田", "村山", "小渊", "小渕", "竹下",
        "中曾根", "中曽根", "大平", "三木", "茂木", "上川", "玉木", "枝野", "高市", "松野", "萩生田", "宫泽",
        "宮沢", "宮澤", "黑田", "黒田", "植田", "大谷", "羽生", "浅田", "淺田", "锦织", "錦織", "东野", "東野",
        "北野", "黑泽", "黒澤", "是枝", "石原", "小池", "吉村", "稻田", "稲田", "秋元", "岩屋", "林田", "森本",
        "宇野", "海部", "冈村", "岡村", "松下", "丰田", "豊田", "本田", "盛田", "稻盛", "稲盛", "三木谷",
    )
)


@cache
def surnames() -> frozenset[str]:
    """Simplified surnames plus their Traditional forms (OpenCC s2t, generated at build time:
    converting them at run time imported OpenCC in every process)."""
    from ..transforms.script_tables import TRADITIONAL_SURNAMES

    return frozenset(_SURNAMES) | frozenset(TRADITIONAL_SURNAMES)


# Two-character credit words whose first character happens to be a surname (文, 图…).
NOT_NAMES: frozenset[str] = frozenset(
    ("文图", "图文", "文字", "图片", "摄影", "视频", "编辑", "记者", "通讯", "综合", "国际", "新闻", "文章", "来源",
     "文圖", "圖文", "攝影", "視頻", "編輯", "記者", "綜合", "國際", "新聞", "來源", "本报", "本報", "本网", "本網",
     "双语", "雙語", "全文", "原文", "组图", "組圖", "附图", "附圖", "待续", "待續", "音频", "音頻", "直播", "专访",
     "專訪", "更新", "快讯", "快訊", "特稿", "译文", "譯文", "高清", "图表", "圖表", "上图", "下图", "资料", "資料",
     "广告", "廣告", "公告", "通知", "声明", "聲明", "评论", "評論", "社论", "社論", "时评", "時評", "短评", "短評",
     # time and scope words that open a sentence with a surname character (明天, 全市, 时下…)
     "明天", "明日", "明年", "明晚", "时下", "时值", "时隔", "时至", "時下", "時值", "時隔", "全国", "全市", "全省",
     "全区", "全县", "全球", "全体", "全國", "全體", "于是", "万名", "萬名", "连日", "連日", "近日", "日前", "当天",
     "當天", "当日", "當日", "当晚", "當晚")
)
_ORGANISATION_ENDS = "部社网網报報台局处處厅廳院站组組"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_SEPARATORS_RE = regex_cache.compile(r"[、，,;；/／\s\u3000]+")
_NAME_RE = regex_cache.compile(rf"^[{_HAN}]{{2,4}}$")
_NAME_DOTS = "·・•．"  # ． in a Taiwanese indigenous name (谷辣斯．尤達卡)
# A writer's one-character label a middle dot may part from the name (文·张三).
_DOTTED_LABELS = "文"


@cache
def _dotted_name_re() -> re.Pattern[str]:
    """X·Y transliterated names: rare, so compiled on first need (a Han class costs ~1 ms)."""
    return regex_cache.compile(rf"^[{_HAN}]{{1,6}}[{_NAME_DOTS}][{_HAN}]{{1,8}}$")


def _name_shape(token: str) -> bool:
    if _NAME_RE.match(token):
        return True
    for dot in _NAME_DOTS:  # a loop of substring tests: any() over a generator costs several times as much
        if dot in token:
            return _dotted_name_re().match(token) is not None
    return False


@cache
def _titles_re() -> re.Pattern[str]:
    return regex_cache.compile(rf"^(?:{_alternation(REPORTER_TITLES)})\s*[:：|｜丨]?\s*")  # 实习生｜李四 too


def is_personal_name(token: str) -> bool:
    """A Chinese personal name: 2–3 characters from a surname, 4 with a compound one, or X·Y."""
    if not _name_shape(token) or token in NOT_NAMES:
        return False
    if "·" in token or "・" in token or "•" in token:
        # 中青报·中青网记者: two mastheads and a title, not a transliterated name; 文·张三: the
        # writer's label before a Chinese name (约翰·史密斯 has no label before its dot)
        if token[1:2] in _NAME_DOTS and token[0] in _DOTTED_LABELS and is_personal_name(token[2:]):
            return False
        return not any(title in token for title in _INNER_TITLES) and token[0] not in "本" and not any(
            part[-1:] in _ORGANISATION_ENDS for part in re.split(f"[{_NAME_DOTS}]", token)[:-1])
    if len(token) == 4:
        return token[:2] in COMPOUND_SURNAMES or (token[:2] in TIBETAN_NAME_PARTS and token[2:] in TIBETAN_NAME_PARTS)
    if len(token) == 3 and token[-1] in _ORGANISATION_ENDS:
        return False  # 国际部, 新闻社: a desk, not a person
    return token[0] in surnames() or token[:2] in COMPOUND_SURNAMES


def strip_title(token: str) -> str:
    """``记者张三`` → ``张三``; titles may repeat (``新华社记者 特约记者 张三``)."""
    token = token.strip()
    while token.startswith(REPORTER_TITLES):  # one call in C: most tokens open with no title
        token = _titles_re().sub("", token, count=1).strip()
    return token


_INNER_TITLES = ("记者", "記者", "通讯员", "通訊員")


# A writer's post glued between the outlet and the name (观察者网专栏作者王文, 某报特约评论员李四).
_INNER_POSTS = ("专栏作者", "專欄作者", "特约评论员", "特約評論員", "评论员", "評論員", "撰稿人", "作者")
_INNER_WORDS = (*_INNER_TITLES, *_INNER_POSTS)


def _after_inner_title(token: str) -> str:
    """``中青报·中青网记者张三`` → ``张三`` · ``观察者网专栏作者王文`` → ``王文``: a title or a writer's
    post inside a token, after an outlet's names, ends the part that is no person."""
    if len(token) <= 3:
        return token  # a name alone (nearly every token): no title and a name fit in it
    if token[1] in _NAME_DOTS and token[0] in _DOTTED_LABELS and is_personal_name(token[2:]):
        return token[2:]  # 文·张三: the writer's label, a dot and the name
    for title in _INNER_WORDS:
        at = token.rfind(title)
        if at > 0:
            return token[at + len(title) :]
    return token


# A press office's pen name after 通讯员 (通讯员 粤工信, 通讯员 深环宣): no person, but a credited
# correspondent like the others; not a credit's closing word (报道, 摄).
_PEN_NAME_RE = regex_cache.compile(rf"^[{_HAN}]{{2,5}}$")
_CORRESPONDENT_TITLES = ("通讯员", "通訊員")
_NOT_PEN_NAMES = frozenset(("报道", "報道", "報導", "发自", "發自"))


def is_pen_name(token: str) -> bool:
    """A desk's pen name in the shape a correspondent credit gives one (2–5 Han characters, no
    title word, no credit word)."""
    return (_PEN_NAME_RE.match(token) is not None and token not in NOT_NAMES and token not in _NOT_PEN_NAMES
            and not any(title in token for title in _INNER_TITLES) and not token.endswith(("摄", "攝")))


# Credits whose reading is kept: the byline, dateline, heading and signature rules each ask about
# the same line of an article, and the answer (a tuple, a bool) depends on the line alone.
_NAMES_CACHE = 64


@lru_cache(maxsize=_NAMES_CACHE)
def split_names(text: str) -> tuple[str, ...]:
    """The personal names in a credit (``记者 张三、李四`` → 张三, 李四); others are dropped,
    except a press office's pen name straight after 通讯员 (``通讯员 粤工信``), credited like
    the other correspondents.

    A space inside a two-character name (``刘 琳``, a typesetting habit) is closed up when
    both halves are single characters.
    """
    pen_names = _pen_names(text)
    return _names_in_groups(_token_groups(strip_title(text)), pen_names)


def _tokens(text: str) -> list[str]:
    """The parts of a credit between its separators, each without its title (记者 张三)."""
    return [strip_title(part) for part in _SEPARATORS_RE.split(text) if part.strip(" |｜丨")]  # 记者 | 张三: no bar


# The marks that part two credits for certain; a space may part them or split one name (刘 琳).
_HARD_SEPARATORS_RE = regex_cache.compile(r"[、，,;；/／|｜丨]+")


def _token_groups(text: str) -> list[list[str]]:
    """The credit's tokens in the runs a hard mark (、 / ，) parts: a lone surname joins the token
    after it only across a space (文/张三 is the label 文 and 张三, never a 文张三)."""
    groups = [_tokens(part) for part in _HARD_SEPARATORS_RE.split(text)]
    return [[_after_inner_title(token) for token in group] for group in groups if group]


def _names_in_groups(groups: list[list[str]], pen_names: frozenset[str]) -> tuple[str, ...]:
    """``_names_among`` run by run, the names in order and each once."""
    names: dict[str, None] = {}
    for group in groups:
        names.update(dict.fromkeys(_names_among(group, pen_names)))
    return tuple(names)


def _names_among(tokens: list[str], pen_names: frozenset[str]) -> tuple[str, ...]:
    """``split_names`` from the credit's tokens: a lone surname joined to the token after it, and a
    Japanese family name to the given name after it (山田 太郎)."""
    merged: list[str] = []
    japanese: set[str] = set()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        joined = token + tokens[i + 1] if i + 1 < len(tokens) else ""
        if len(token) == 1 and 2 <= len(joined) <= 3 and token in surnames() and joined not in NOT_NAMES:
            token = token + tokens[i + 1]
            i += 1
        elif joined and token in COMPOUND_SURNAMES and _COMPOUND_GIVEN_RE.match(tokens[i + 1]) \
                and tokens[i + 1] not in NOT_NAMES:
            # 欧阳 娜娜, 司马 南: a compound surname spaced from the given name, one person (the
            # surname alone is no one's whole name)
            token = joined
            i += 1
        elif joined and token in JAPANESE_SURNAMES and _GIVEN_NAME_RE.match(tokens[i + 1]) \
                and tokens[i + 1] not in NOT_NAMES \
                and not (is_personal_name(token) and is_personal_name(tokens[i + 1])) \
                and not _chinese_full_name(tokens[i + 1]):
            # 岸田 文雄, 山田 太郎: one person; 田中 王五, two Chinese names side by side, stay two
            token = joined
            japanese.add(token)
            i += 1
        merged.append(token)
        i += 1
    names: list[str] = []
    for token in merged:
        if (token in japanese or is_personal_name(token) or token in pen_names) and token not in names:
            names.append(token)
    # 环球时报驻日本特约记者 青木 柳玉鹏: a Japanese family name alone beside another writer's name is
    # a writer credited by the family name (a stringer's usual credit), no given name of the next
    lone = [token for token in merged if token in JAPANESE_SURNAMES and token not in names]
    if lone and names:
        names = [token for token in merged if token in names or token in lone]
    return tuple(dict.fromkeys(names))


# A given name after a compound surname: one or two Han characters (欧阳 娜娜, 司马 南).
_COMPOUND_GIVEN_RE = regex_cache.compile(rf"^[{_HAN}]{{1,2}}$")
# The last characters of Japanese given names of three kanji (由纪子, 健太郎, 龙之介, 亚希美, 佐和夫).
_JAPANESE_GIVEN_ENDS = "子郎介美雄夫彦卫衛助朗惠恵奈香代枝江乃也哉"


# The commonest Chinese surnames that open no Japanese given name (高志, 林太郎, 周平 do; 王, 张 do not).
_COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴徐孙马朱胡郭何罗郑梁谢宋唐韩冯邓曹彭曾肖董袁潘蒋蔡杜程苏魏吕沈姚卢姜崔谭汪廖贾"
    "張劉陳楊黃趙吳孫馬羅鄭謝韓馮鄧蕭蔣蘇呂盧譚賈")


def _chinese_full_name(token: str) -> bool:
    """A Chinese writer's whole name (柳玉鹏, 王五) after a Japanese writer's family name in a credit
    (青木 柳玉鹏): another writer, not that writer's given name. Three characters with none of the
    endings of a Japanese given name of three (由纪子, 健太郎), or two or three opening with one of
    the commonest Chinese surnames (文雄, 晋三 open with rare ones: 岸田 文雄 stays one person)."""
    if len(token) not in (2, 3) or not is_personal_name(token):
        return False
    return token[0] in _COMMON_SURNAMES or (len(token) == 3 and token[-1] not in _JAPANESE_GIVEN_ENDS)


# A Japanese given name after its family name: one to three kanji (晋三, 由纪子, 健).
_GIVEN_NAME_RE = regex_cache.compile(rf"^[{_HAN}]{{1,3}}$")


def _pen_names(text: str) -> frozenset[str]:
    """The tokens of ``text`` that stand straight after a 通讯员 title and are pen names."""
    for title in _CORRESPONDENT_TITLES:  # a loop: any() over a generator costs several times as much
        if title in text:
            break
    else:
        return frozenset()
    found: set[str] = set()
    after_title = False
    for part in _SEPARATORS_RE.split(text):
        if not part:
            continue
        glued = next((part[at + 3 :] for title in _CORRESPONDENT_TITLES if (at := part.rfind(title)) >= 0), None)
        token = glued if glued else part
        if (after_title or glued) and not is_personal_name(token) and is_pen_name(token):
            found.add(token)
        after_title = glued == ""
    return frozenset(found)


@lru_cache(maxsize=_NAMES_CACHE)
def looks_like_names(text: str) -> bool:
    """True when every token of ``text`` is a personal name (a bare reporter credit)."""
    text = strip_title(text)
    groups = _token_groups(text)
    if not groups:
        return False
    # split_names(text), from the tokens already cut (text has no title left to strip)
    names = _names_in_groups(groups, _pen_names(text))
    return bool(names) and "".join(names) == "".join(token for group in groups for token in group)


# What a byline's bracket says of its writer when it tells who they are: an institution or a post.
_AFFILIATION_WORDS = ("大学", "大學", "学院", "學院", "研究", "教授", "学者", "學者", "专家", "專家", "院长", "院長",
                      "所长", "所長", "主任", "委员", "委員", "讲师", "講師", "博士", "律师", "律師", "分析师", "分析師",
                      "学家", "學家", "学会", "學會", "智库", "智庫", "教师", "教師", "作家", "评论员", "評論員",
                      # a platform writer's standing (知乎's 优秀答主), a profession
                      "答主", "博主", "创作者", "創作者", "创始人", "創始人", "合伙人", "合夥人", "工程师", "工程師",
                      "医生", "醫生", "从业者", "從業者", "硕士", "碩士",
                      # a commentary writer's standing (□张三（媒体人）, 新京报's and 南方都市报's op-eds)
                      "媒体人", "媒體人", "时评人", "時評人", "评论人", "評論人", "撰稿人", "专栏作者", "專欄作者")
_BRACKET_TAIL_RE = regex_cache.compile(r"^(?P<names>[^（(]*?)\s*[（(](?P<note>[^（）()]{2,60})[）)]$")


def affiliation(note: str) -> str | None:
    """What a byline's bracket says (without its brackets) when it tells who the writer is: an
    institution or a post (西安交通大学马克思主义学院副教授; 系… opening it is dropped). None for
    a bracket that says something else (来源：广州日报, 除署名外)."""
    note = note.strip()
    if "：" in note or ":" in note or not any(word in note for word in _AFFILIATION_WORDS):
        return None
    return note.removeprefix("系").removeprefix("係").strip() or None


def split_affiliation(text: str) -> tuple[str, str | None]:
    """``李家胜（西安交通大学马克思主义学院副教授）`` → the names and who they are; ``text`` as it
    is when its closing bracket is not an affiliation."""
    match = _BRACKET_TAIL_RE.match(text.strip())
    found = affiliation(match.group("note")) if match else None
    return (match.group("names"), found) if match and found else (text, None)


# jieba's count of a word in its corpus above which a surname-led word is a word, not a name:
# 周末 654, 高温 1515, 经济 48718 against 李四 106, 上官云 93 (a name that is also a common word,
# 高峰 or 白雪, is missed: left a paragraph, as an unsigned line is).
_COMMON_WORD_COUNT = 300


def is_common_word(token: str) -> bool:
    """A dictionary word too common to be a name standing alone (周末, 经济 under a headline are a
    kicker, not a writer). Loads the compact lexicon (milliseconds), so only for such lines."""
    from ..summarize.lexicon import lexicon
    from ..transforms.script import convert_text, has_traditional

    words = lexicon()
    probe = convert_text(token, "t2s") if has_traditional(token) else token
    key = words.words.get(probe)
    return key is not None and words.counts[key] >= _COMMON_WORD_COUNT


# A writer's Latin name in capitals (KEITH BRADSHER: 紐約時報中文網) or with each word capitalised
# (Nick Timiraos: 华尔街日报中文网, FT中文网's and Bloomberg's Chinese editions), two to four words.
# Lower-case letters include Latin-1's and Latin Extended-A's (Müller, Sánchez, Łukasz's ł): a German or
# Spanish writer on DW's or a wire's Chinese edition.
_LATIN_NAME_RE = regex_cache.compile(
    r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]*){1,3}"
    r"|[A-ZÀ-ÖØ-ÞŁ][a-zß-öø-ÿą-žł'’\-]*(?:[A-Z][a-zß-öø-ÿą-žł]+)?\.?"
    r"(?: [A-ZÀ-ÖØ-ÞŁ][a-zß-öø-ÿą-žł'’\-]*(?:[A-Z][a-zß-öø-ÿą-žł]+)?\.?){1,3}")
_LATIN_SPLIT_RE = regex_cache.compile(r"\s*(?:,|，|、|和| AND | and )\s*")
# Capitalised words of a masthead (BBC NEWS, CHINA DAILY), a picture's credit (Getty Images), a page's
# buttons or sections (Read More, Top Stories), never of a writer's name.
_NOT_LATIN_NAMES = frozenset((
    "NEWS", "DAILY", "TIMES", "CHINA", "PRESS", "MEDIA", "POST", "TV", "NETWORK", "REPORT", "UPDATE", "BREAKING", "LIVE",
    "ONLINE", "HONG", "KONG", "TAIWAN", "THE", "NEW", "YORK", "WALL", "STREET", "JOURNAL", "FINANCIAL", "BLOOMBERG",
    "REUTERS", "ASSOCIATED", "AFP", "EPA", "AP", "GETTY", "IMAGES", "IMAGE", "PHOTO", "PHOTOS", "VIDEO", "STORY", "STORIES",
    "READ", "MORE", "SHARE", "TOP", "HOME", "CREDIT", "SOURCE", "FILE", "AGENCY", "GROUP", "COMPANY", "INC", "LTD",
    "CORP", "OPINION", "ANALYSIS", "WORLD", "BUSINESS", "MARKETS", "ECONOMY", "TECH", "SPORTS", "ASIA", "EUROPE",
    "SUBSCRIBE", "ADVERTISEMENT", "SPONSORED", "CONTENT", "REVIEW", "WEEKLY", "MAGAZINE", "CLICK", "HERE",
    "SIGN", "LOG", "SEE", "VIEW", "WATCH", "LISTEN", "FOLLOW", "US", "NEXT", "PREVIOUS", "BACK", "ALL", "RELATED",
    "OF", "AND", "FOR", "IN", "ON", "TO", "AT", "BY",
    # a column's or a kicker's English words (Exclusive Interview, Special Report, Weekend Briefing)
    "EXCLUSIVE", "INTERVIEW", "SPECIAL", "FEATURE", "FEATURES", "FOCUS", "EDITORIAL", "COLUMN", "COMMENTARY", "PODCAST",
    "WEEKEND", "TODAY", "INSIGHT", "INSIGHTS", "EXPLAINER", "BRIEFING", "GLOBAL", "INTERNATIONAL", "NATIONAL", "LOCAL",
    "CITY", "DATA", "POLICY", "TRADE", "WAR", "PEACE", "MADE", "BELT", "ROAD", "GUIDE", "REVIEW", "OUTLOOK",
))


def latin_names(text: str) -> tuple[str, ...]:
    """A writer's Latin names alone on a line or in a field (KEITH BRADSHER · Nick Timiraos · Jason Douglas and
    Lingling Wei), or () for anything else (a masthead, a picture's credit, a button)."""
    text = text.strip()
    if text.startswith(("By ", "BY ")):
        text = text[3:].strip()  # By Lo Tien-pin and Fion Khan (an English edition's byline)
    if not ("A" <= text[:1] <= "Z"):
        return ()
    names = _LATIN_SPLIT_RE.split(text)
    if not names or not all(_LATIN_NAME_RE.fullmatch(name) for name in names):
        return ()
    if any(word.strip(".").upper() in _NOT_LATIN_NAMES for name in names for word in name.split()):
        return ()
    return tuple(names)
