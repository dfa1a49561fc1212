"""The news conventions as data: agencies, labels and the shapes of datelines and credits.

Rules in ``rules.py`` are small functions; what they look for lives here, in tables, so that
a new agency or a new label is one line of data and not a new regular expression. The
compiled expressions are built from the tables once (``functools.cache``) and shared.

Every table is ordered longest-first where it matters (``中国新闻网`` before ``中新网``)
by the builders, not by hand.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from dataclasses import dataclass
from functools import cache
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any

from .. import regex_cache

# --------------------------------------------------------------------------- agencies


@dataclass(frozen=True, slots=True)
class Agency:
    """A news organisation: its usual short name, other spellings, and where it is based."""

    name: str
    aliases: tuple[str, ...] = ()
    region: str | None = None  # CN | TW | HK | SG | MY (where it publishes: the language tag's region)


AGENCIES: tuple[Agency, ...] = (
    Agency("中新网", ("中国新闻网", "中國新聞網", "中新網")),
    Agency("中新社", ("中国新闻社", "中國新聞社")),
    Agency("新华社", ("新华通讯社", "新華社", "新華通訊社")),
    Agency("新华网", ("新華網",)),
    Agency("人民网", ("人民網",)),
    Agency("人民日报", ("人民日報",)),
    # the paper's overseas print edition, its own masthead (人民日报海外版北京11月24日电 is its)
    Agency("人民日报海外版", ("人民日報海外版",)),
    Agency("央视网", ("央視網", "CCTV.com")),
    Agency("央视新闻", ("央視新聞",)),
    Agency("央视", ("中央电视台", "中央電視台", "中央广播电视总台", "总台", "CCTV", "央視")),
    Agency("光明日报", ("光明日報",)),
    Agency("光明网", ("光明網",)),
    Agency("经济日报", ()),
    # 經濟日報 in Traditional script is Taiwan's (聯合報系) or Hong Kong's (香港經濟日報), never the
    # mainland paper's masthead: which one, the text's region decides (REGIONAL_MASTHEADS)
    Agency("經濟日報", ()),
    Agency("中国经济网", ("中國經濟網",)),
    Agency("澎湃新闻", ("澎湃新闻网", "澎湃新聞", "澎湃")),
    Agency("环球网", ("環球網",)),
    Agency("环球时报", ("環球時報",)),
    Agency("中国日报网", ("中國日報網", "chinadaily.com.cn")),
    Agency("中国日报", ("中國日報", "China Daily")),
    Agency("解放军报", ("解放軍報",)),
    Agency("中国军网", ("中國軍網",)),
    Agency("国际在线", ("國際在線",)),
    Agency("中国网", ("中國網",)),
    Agency("中国青年报", ("中青报", "中國青年報", "中青在线", "中青線上")),
    Agency("中国青年网", ("中青网",)),
    Agency("新京报", ("新京報",)),
    Agency("北京晚报", ("北京晚報",)),
    Agency("北京商报", ()),
    Agency("北京日报", ("北京日報",)),
    Agency("北京青年报", ("北青报",)),
    Agency("工人日报", ("工人日報",)),
    Agency("科技日报", ("科技日報",)),
    Agency("法治日报", ("法制日报", "法治日報")),
    Agency("南方日报", ("南方+",)),
    Agency("南方都市报", ("南都", "南方都市報", "南都N视频")),
    Agency("南方周末", ("南方週末",)),
    Agency("广州日报", ("廣州日報",)),
    Agency("深圳特区报", ()),
    Agency("大众日报", ()),
    Agency("浙江日报", ("浙江日報",)),
    Agency("潮新闻", ("潮新聞",)),
    Agency("新华日报", ()),
    Agency("新华每日电讯", ("新華每日電訊",)),
    Agency("经济参考报", ()),
    Agency("经济观察报", ("經濟觀察報", "经济观察网", "經濟觀察網")),
    Agency("中国新闻周刊", ("中國新聞週刊",)),
    Agency("证券日报", ()),
    Agency("中国基金报", ()),
    Agency("中国经营报", ()),
    Agency("农民日报", ()),
    Agency("学习时报", ()),
    Agency("人民政协报", ()),
    Agency("中国纪检监察报", ()),
    Agency("中国妇女报", ()),
    Agency("中国教育报", ()),
    Agency("解放日报", ()),
    Agency("新民晚报", ()),
    Agency("羊城晚报", ()),
    Agency("扬子晚报", ("紫牛新闻",)),  # its app
    Agency("齐鲁晚报", ("齐鲁壹点",)),  # its app
    Agency("华西都市报", ()),
    Agency("钱江晚报", ()),
    Agency("第一财经", ("第一財經", "第一财经日报")),
    Agency("财联社", ("財聯社",)),
    Agency("和讯网", ("和讯", "和訊網", "和訊")),
    Agency("华尔街见闻", ()),
    Agency("36氪", ()),
    Agency("虎嗅", ("虎嗅网",)),
    Agency("钛媒体", ()),
    Agency("IT之家", ()),
    # business and tech desks whose flashes open with their name (快科技7月26日消息，· 中新经纬7月26日电);
    # 金融界 is left out: a common word (金融界人士透露消息，… read as its flash)
    Agency("智通财经", ("智通财经网", "智通財經")),
    Agency("格隆汇", ("格隆匯",)),
    Agency("券商中国", ()),
    Agency("快科技", ()),
    Agency("金十数据", ("金十數據",)),  # 金十数据11月24日讯，…
    Agency("证券之星", ("證券之星",)),  # 证券之星消息，…
    Agency("同花顺财经", ("同花順財經",)),
    Agency("中新经纬", ("中新經緯",)),
    Agency("三联生活周刊", ("三聯生活週刊", "三联生活周刊杂志")),
    Agency("日经中文网", ("日經中文網", "日本经济新闻中文网", "日本經濟新聞中文網")),
    Agency("今日头条", ("今日頭條",)),
    Agency("百家号", ()),
    Agency("知乎", ("知乎专栏",)),  # a column's page: <title>… - 知乎</title>, the platform the agency of last resort
    Agency("求是网", ("求是網",)),
    Agency("求是", ("求是杂志", "求是雜誌")),
    Agency("央广网", ("央廣網", "中国之声", "中國之聲", "中央人民广播电台", "央广")),
    Agency("上观新闻", ("上观", "上觀新聞")),
    Agency("东方网", ("東方網",)),
    Agency("红网", ()),
    Agency("上游新闻", ()),
    Agency("九派新闻", ()),
    Agency("潇湘晨报", ()),
    Agency("现代快报", ()),
    Agency("新快报", ()),
    Agency("大河报", ()),
    Agency("大河网", ("大河網",)),
    Agency("齐鲁网", ("齊魯網",)),
    Agency("东方财富网", ("东方财富", "東方財富網", "東方財富")),
    Agency("每日经济新闻", ("每经", "每經", "每日經濟新聞")),
    Agency("21世纪经济报道", ("21世紀經濟報道",)),
    Agency("证券时报", ("證券時報",)),
    Agency("上海证券报", ("上证报", "上海證券報", "中国证券网")),
    Agency("中国证券报", ("中證報", "中证报", "中证网", "中國證券報")),
    Agency("参考消息", ("參考消息", "参考消息网", "參考消息網")),
    # 人民日报海外版's website, which calls itself 人民日报海外网 as well: the longest spelling wins,
    # so 来源：人民日报海外网 is 海外网's, not 人民日报's with a place 海外网
    Agency("海外网", ("海外網", "人民日报海外网", "人民日報海外網")),
    Agency("观察者网", ()),
    Agency("界面新闻", ("界面新聞",)),
    Agency("财新网", ("财新", "財新網", "財新", "财新传媒", "財新傳媒")),  # 财新传媒: the company, in its copyright line
    Agency("红星新闻", ()),
    Agency("封面新闻", ()),
    Agency("极目新闻", ()),
    # provincial and city papers' and broadcasters' news apps, which sign their copies by the app's name
    Agency("川观新闻", ()),
    Agency("大象新闻", ()),
    Agency("顶端新闻", ()),
    Agency("津云", ()),
    Agency("新黄河", ()),
    Agency("华龙网", ("華龍網",)),
    Agency("荔枝新闻", ()),
    Agency("天目新闻", ()),
    Agency("看看新闻", ("看看新闻Knews",)),
    Agency("正观新闻", ()),
    Agency("奔流新闻", ()),
    Agency("小象新闻", ()),
    Agency("长江日报", ()),
    Agency("长江网", ()),
    Agency("凤凰网", ("鳳凰網",)),
    Agency("新浪体育", ()),
    Agency("新浪财经", ()),
    Agency("新浪新闻", ()),
    Agency("新浪网", ("新浪",)),
    Agency("腾讯新闻", ("腾讯网",)),
    Agency("网易新闻", ("网易",)),
    Agency("搜狐", ("搜狐网",)),
    Agency("本报", ("本報",)),
    Agency("本网", ("本網",)),
    Agency("本站", ()),  # a site's own news (本站讯), 本网's kin
    # Taiwan and Hong Kong
    Agency("中央社", ("中央通讯社", "中央通訊社"), "TW"),
    Agency("自由時報", ("自由时报", "自由電子報"), "TW"),
    Agency("聯合新聞網", ("联合新闻网",), "TW"),
    Agency("聯合報", ("联合报",), "TW"),
    Agency("中時新聞網", ("中时新闻网",), "TW"),
    Agency("中國時報", ("中国时报", "中時電子報"), "TW"),
    Agency("蘋果日報", ("苹果日报",), "TW"),
    Agency("華視", ("华视", "華視新聞"), "TW"),
    Agency("TVBS", ("TVBS新聞", "TVBS新闻"), "TW"),
    Agency("東森新聞", ("ETtoday", "ETtoday新聞雲", "東森", "东森", "东森新闻"), "TW"),
    Agency("民視", ("民视", "民視新聞", "民視新聞網", "民视新闻网"), "TW"),
    Agency("公視", ("公视", "公共電視", "公視新聞網", "PTS"), "TW"),
    Agency("台視", ("台视", "台視新聞"), "TW"),
    Agency("中視", ("中视", "中視新聞"), "TW"),
    Agency("中天新聞", ("中天新聞網", "中天新闻", "中天新闻网"), "TW"),
    Agency("鏡週刊", ("镜周刊", "鏡周刊", "鏡傳媒", "鏡新聞"), "TW"),
    Agency("風傳媒", ("风传媒",), "TW"),
    Agency("鉅亨網", ("钜亨网", "鉅亨", "Anue鉅亨"), "TW"),
    Agency("上報", ("上报",), "TW"),
    Agency("新頭殼", ("新头壳", "Newtalk"), "TW"),
    Agency("今日新聞", ("NOWnews", "NOWnews今日新聞"), "TW"),
    Agency("中央廣播電臺", ("央廣", "中央廣播電台", "Rti"), "TW"),
    Agency("三立新聞", ("三立", "三立新聞網", "三立新闻"), "TW"),
    Agency("天下雜誌", ("天下杂志",), "TW"),
    Agency("今周刊", ("今週刊",), "TW"),
    Agency("商業周刊", ("商业周刊", "商周", "商業週刊"), "TW"),
    Agency("報導者", ("报导者",), "TW"),
    Agency("明報", ("明报", "明報新聞網", "明报新闻网"), "HK"),
    Agency("東方日報", ("东方日报",), "HK"),
    Agency("星島日報", ("星岛日报", "星島", "星島頭條"), "HK"),
    Agency("東網", ("东网", "on.cc", "東網電視"), "HK"),
    Agency("香港01", ("HK01", "香港01新聞", "香港01新闻"), "HK"),
    Agency("頭條日報", ("头条日报",), "HK"),
    Agency("橙新聞", ("橙新闻",), "HK"),
    Agency("Now新聞", ("Now新闻", "Now 新聞", "Now 新闻", "now.com"), "HK"),
    Agency("am730", (), "HK"),
    Agency("大公報", ("大公报", "香港大公報", "香港大公报", "大公文匯"), "HK"),
    Agency("文匯報", ("文汇报", "香港文匯報", "香港文汇报"), "HK"),
    Agency("香港電台", ("香港电台", "RTHK", "RTHK香港電台", "RTHK 香港電台"), "HK"),
    Agency("信報", ("信报", "信報財經新聞"), "HK"),
    Agency("香港經濟日報", ("香港经济日报",), "HK"),
    Agency("有線新聞", ("有线新闻", "i-Cable"), "HK"),
    Agency("無綫新聞", ("无线新闻", "TVB"), "HK"),
    Agency("點新聞", ("点新闻",), "HK"),
    Agency("香港商報", ("香港商报",), "HK"),
    # Macau: its own region (zh-MO), not Hong Kong's
    Agency("澳門日報", ("澳门日报",), "MO"),
    Agency("濠江日報", ("濠江日报",), "MO"),
    Agency("市民日報", ("市民日报",), "MO"),
    Agency("澳廣視", ("澳广视", "澳門廣播電視", "澳门广播电视", "TDM"), "MO"),
    # The Macau government's press office, whose releases print 新聞局 alone under the headline
    Agency("澳門新聞局", ("新聞局", "新闻局", "澳门新闻局", "澳門特別行政區政府新聞局", "澳门特别行政区政府新闻局"), "MO"),
    # Foreign agencies that Chinese copy quotes as a dateline (路透社…消息)
    Agency("路透社", ("Reuters", "路透")),
    Agency("法新社", ("AFP",)),
    Agency("美联社", ("美聯社",)),
    Agency("彭博社", ("Bloomberg", "彭博")),
    Agency("共同社", ()),
    Agency("韩联社", ("韓聯社", "Yonhap")),
    Agency("塔斯社", ()),
    # press-release wires (上海2024年11月24日 /美通社/ --, …--(美国商业资讯)--)
    Agency("美通社", ("PR Newswire", "PRNewswire")),
    Agency("美国商业资讯", ("美國商業資訊", "Business Wire")),
    Agency("亚太商讯", ("亞太商訊",)),
    Agency("德新社", ("德國新聞社", "德国新闻社")),  # dpa, in the wire lists closing 德国之声's stories
    Agency("安莎社", ()),
    Agency("埃菲社", ()),
    # Singapore
    Agency("联合早报", ("聯合早報", "联合早报网", "聯合早報網", "早报", "早報"), "SG"),  # （早报讯）
    Agency("新明日报", ("新明日報",), "SG"),
    Agency("8视界新闻网", ("8視界新聞網", "8world", "8视界", "8視界"), "SG"),
    # Malaysia (its papers print simplified characters under their traditional mastheads) and the
    # United States
    Agency("星洲日報", ("星洲日报", "星洲網", "星洲网"), "MY"),
    Agency("南洋商報", ("南洋商报",), "MY"),
    Agency("光华日报", ("光華日報",), "MY"),
    Agency("中国报", ("中國報",), "MY"),
    Agency("世界日報", ("世界日报",)),
    # Thailand's Chinese paper: no region of its own (Meta.region names only where a writer's
    # language tag follows, CN TW HK MO SG MY)
    Agency("星暹日報", ("星暹日报",)),
    Agency("侨报", ("僑報", "侨报网", "僑報網"),),
    # Europe and Australia
    Agency("欧洲时报", ("歐洲時報", "欧洲时报网"),),
    Agency("澳洲新快网", ("澳洲新快網", "新快网", "新快網"),),
    # Chinese services of foreign broadcasters and overseas outlets
    Agency("BBC中文", ("BBC中文网", "BBC中文網", "BBC News 中文", "BBC 中文")),  # BBC 中文 张三 发自 伦敦
    Agency("德国之声", ("德國之聲", "德国之声中文网", "德國之聲中文網")),
    Agency("美国之音", ("美國之音", "美國之音中文網", "美国之音中文网", "VOA")),
    Agency("自由亚洲电台", ("自由亞洲電台", "自由亞洲電臺", "RFA")),
    Agency("法广", ("法廣", "法國國際廣播電台", "法国国际广播电台")),
    Agency("纽约时报中文网", ("紐約時報中文網",)),
    # overseas papers and broadcasters dating their flashes in brackets (【大紀元2024年11月24日訊】)
    Agency("大紀元", ("大纪元", "大紀元時報", "大纪元时报")),
    Agency("新唐人", ("新唐人電視台", "新唐人电视台")),
    Agency("希望之聲", ("希望之声",)),
    Agency("看中國", ("看中国",)),
    Agency("端傳媒", ("端传媒",), "HK"),
    Agency("關鍵評論網", ("关键评论网",), "TW"),
)

# Words that end the name of an organisation we do not list: a dateline such as
# ``某某日报北京1月2日电`` still yields an agency.
AGENCY_SUFFIXES: tuple[str, ...] = (
    "通讯社", "通訊社", "日报", "日報", "晚报", "晚報", "时报", "時報", "商报", "商報",
    "新闻网", "新聞網", "新闻", "新聞", "电视台", "電視台", "广播电台", "融媒体中心", "融媒體中心", "社", "网", "網", "报", "報",
)

# Endings that make a bare name printed under the headline an outlet we do not list (当代商报,
# 某某县融媒体中心): longer than AGENCY_SUFFIXES' 报/网/社, which end ordinary words as well.
MASTHEAD_SUFFIXES: tuple[str, ...] = (
    "日报", "日報", "晚报", "晚報", "早报", "早報", "商报", "商報", "时报", "時報", "都市报", "都市報", "新闻网", "新聞網",
    "通讯社", "通訊社", "电视台", "電視台", "广播电台", "廣播電台", "融媒体中心", "融媒體中心",
)

# Endings of an organisation's website or app named as a source (中国气象局网站, 外交部官网, 某某发布客户端).
# The outlet a news site's address names, for a record whose source field names only a channel
# (韩国频道 on korea.xinhuanet.com) or nothing: the registered domain, then the outlet's name as
# AGENCIES spells it.
SITE_DOMAINS: tuple[tuple[str, str], ...] = (
    ("xinhuanet.com", "新华网"), ("news.cn", "新华网"), ("people.com.cn", "人民网"), ("cctv.com", "央视网"),
    ("gmw.cn", "光明网"), ("ce.cn", "中国经济网"), ("huanqiu.com", "环球网"), ("81.cn", "中国军网"),
    ("chinanews.com", "中国新闻网"), ("chinanews.com.cn", "中国新闻网"), ("udn.com", "聯合新聞網"),
    ("ltn.com.tw", "自由時報"), ("appledaily.com.tw", "蘋果日報"), ("cts.com.tw", "華視"),
    ("tvbs.com.tw", "TVBS"), ("ettoday.net", "東森新聞"), ("cna.com.tw", "中央社"),
    # outlets whose pages carry their own reporting (not portals such as sina, 163, qq, sohu or
    # ifeng, nor 澎湃, 观察者网 or 中国日报网, which run other outlets' stories under their 来源: a
    # record's address outranks the text's 来源 line, so it must name the story's outlet)
    ("caixin.com", "财新网"), ("jiemian.com", "界面新闻"), ("bjnews.com.cn", "新京报"), ("yicai.com", "第一财经"),
    ("zaobao.com", "联合早报"), ("zaobao.com.sg", "联合早报"), ("voachinese.com", "美国之音"), ("rfa.org", "自由亚洲电台"),
    ("dw.com", "德国之声"), ("rfi.fr", "法广"), ("mingpao.com", "明報"), ("hk01.com", "香港01"), ("on.cc", "東網"),
    ("chinatimes.com", "中時新聞網"), ("storm.mg", "風傳媒"), ("twreporter.org", "報導者"), ("setn.com", "三立新聞"),
)


def site_outlet(url: str | None) -> str | None:
    """The outlet whose site ``url`` is on (http://korea.xinhuanet.com/… → 新华网), or None."""
    if not url:
        return None
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    for domain, outlet in SITE_DOMAINS:
        if host == domain or host.endswith("." + domain):
            return outlet
    return None


SITE_SUFFIXES: tuple[str, ...] = ("网站", "網站", "官网", "官網", "客户端", "客戶端")

# Places that make a dateline's region Taiwan or Hong Kong.
REGION_PLACES: dict[str, str] = {
    "台北": "TW", "臺北": "TW", "新北": "TW", "桃園": "TW", "台中": "TW", "臺中": "TW",
    "台南": "TW", "臺南": "TW", "高雄": "TW", "基隆": "TW", "新竹": "TW", "嘉義": "TW",
    "花蓮": "TW", "宜蘭": "TW", "屏東": "TW", "彰化": "TW", "雲林": "TW", "苗栗": "TW",
    "南投": "TW", "台東": "TW", "臺東": "TW", "澎湖": "TW", "金門": "TW", "馬祖": "TW",
    "香港": "HK", "九龍": "HK", "新界": "HK", "澳門": "MO", "澳门": "MO",
    # the counties and cities as Taiwanese credits name them, in full or cut short (記者廖建智嘉縣報導, 【記者王小明高市報導】)
    "臺北市": "TW", "台北市": "TW", "新北市": "TW", "桃園市": "TW", "臺中市": "TW", "台中市": "TW", "臺南市": "TW",
    "台南市": "TW", "高雄市": "TW", "基隆市": "TW", "新竹市": "TW", "新竹縣": "TW", "嘉義市": "TW", "嘉義縣": "TW",
    "苗栗縣": "TW", "彰化縣": "TW", "南投縣": "TW", "雲林縣": "TW", "屏東縣": "TW", "宜蘭縣": "TW", "花蓮縣": "TW",
    "臺東縣": "TW", "台東縣": "TW", "澎湖縣": "TW", "金門縣": "TW", "連江縣": "TW",
    "北市": "TW", "中市": "TW", "南市": "TW", "高市": "TW", "桃市": "TW", "竹市": "TW", "竹縣": "TW",
    "嘉市": "TW", "嘉縣": "TW", "苗縣": "TW", "彰縣": "TW", "投縣": "TW", "雲縣": "TW", "屏縣": "TW", "宜縣": "TW",
    "花縣": "TW", "東縣": "TW", "澎縣": "TW",
}

# Places whose own papers date a story with the place alone ((吉隆坡24日訊) · 新加坡讯): the region of a
# dateline that names no agency. A mainland paper's correspondent there writes 本报吉隆坡电 or
# 新华社新加坡…电, whose agency decides instead.
LOCAL_PRESS_PLACES: dict[str, str] = {
    "吉隆坡": "MY", "檳城": "MY", "槟城": "MY", "怡保": "MY", "新山": "MY", "馬六甲": "MY", "马六甲": "MY",
    "古晉": "MY", "古晋": "MY", "亞庇": "MY", "亚庇": "MY", "布城": "MY", "巴生": "MY", "關丹": "MY", "关丹": "MY",
    "詩巫": "MY", "诗巫": "MY", "芙蓉": "MY", "新加坡": "SG", "獅城": "SG", "狮城": "SG",
}


@cache
def agency_index() -> dict[str, Agency]:
    """Every spelling (name and aliases) → its agency."""
    index: dict[str, Agency] = {}
    for agency in AGENCIES:
        for spelling in (agency.name, *agency.aliases):
            index.setdefault(spelling, agency)
    return index


@cache
def _folded_index() -> dict[str, Agency]:
    """Every spelling case-folded: Latin names come in any case (tvbs, Ettoday, RTHK)."""
    index: dict[str, Agency] = {}
    for spelling, agency in agency_index().items():
        index.setdefault(spelling.casefold(), agency)
    return index


def find_agency(name: str) -> Agency | None:
    """The agency spelled ``name`` exactly, else ignoring the case of Latin letters."""
    return agency_index().get(name) or _folded_index().get(name.casefold())


# Channel separators in 来源 values: 人民网-日本频道, 人民网－人民日报, 新华网｜国际.
_CHANNEL_SPLIT_RE = regex_cache.compile(r"\s*[-_|｜·－—–]+\s*")


def known_agency_prefix(name: str) -> Agency | None:
    """The agency whose longest spelling starts ``name`` (``人民网国际`` → 人民网)."""
    found = agency_prefix(name)
    return found[0] if found else None


def agency_prefix(name: str) -> tuple[Agency, int] | None:
    """The agency whose longest spelling starts ``name``, and that spelling's length."""
    index = _folded_index()
    folded = name.casefold()
    for length in range(min(len(folded), 14), 1, -1):
        found = index.get(folded[:length])
        if found is not None:
            return found, length
    return None


# The words that call a source a WeChat account, before or after its name (微信公众号“江南晚报”,
# 江南晚报微信公众号, 公众号：江南晚报)
_ACCOUNT_WORDS_RE = regex_cache.compile(
    r"^(?:微信公众号|微信公眾號|公众号|公眾號)\s*[:：]?\s*|\s*(?:微信公众号|微信公眾號|公众号|公眾號)$")


def _website(name: str) -> bool:
    """An outlet that is a website (…网, …網): it carries other outlets' stories as well as its own."""
    return name.endswith(("网", "網"))


def canonical_agency(name: str) -> str:
    """The usual short name of a 来源/source value or a dateline agency.

    ``中国新闻网`` → ``中新网``, ``澎湃新闻网`` → ``澎湃新闻``, ``人民网-日本频道`` → ``人民网``,
    ``人民日报》（电子版`` → ``人民日报``, ``tvbs`` → ``TVBS``; when the part after a channel
    separator is an agency itself (``人民网－人民日报``), that part wins: the site republished
    the paper's story, and the paper produced it; so does a paper named before a website
    (``经济日报-中国经济网``). Unknown names come back trimmed but unchanged.
    """
    cleaned = re.sub(r"[《》〈〉<>「」]", "", name).strip().strip("【】[] ")
    cleaned = re.split(r"[（(]", cleaned)[0].strip() or cleaned
    account = _ACCOUNT_WORDS_RE.sub("", cleaned).strip("“”\" ") if "号" in cleaned or "號" in cleaned else cleaned
    if len(account) >= 2:
        cleaned = account  # 江南晚报微信公众号, 微信公众号“江南晚报”: the account's name
    found = find_agency(cleaned)
    if found is not None:
        return found.name
    segments = [part.strip() for part in _CHANNEL_SPLIT_RE.split(cleaned) if part.strip()] or [cleaned]
    first = find_agency(segments[0]) if len(segments) > 1 else None
    for segment in reversed(segments[1:]):
        found = find_agency(segment)
        if found is not None:
            if first is not None and _website(found.name) and not _website(first.name):
                return first.name  # 经济日报-中国经济网: the paper's story, which the website carried
            return found.name
    found = known_agency_prefix(segments[0])
    return found.name if found else segments[0]


# A masthead two regions' papers share, by the region the text shows: the name each one goes by.
REGIONAL_MASTHEADS: dict[str, dict[str, str]] = {
    "經濟日報": {"HK": "香港經濟日報", "TW": "經濟日報"},
}
# Words only one region's press writes (本港, 港股; 新台幣, 立法院): where a masthead two regions
# share, or a text with no dateline, is from. Read in the title and the first blocks only.
REGION_WORDS: dict[str, tuple[str, ...]] = {
    "HK": ("本港", "港元", "港幣", "港股", "恒指", "恒生指數", "港府", "港鐵", "特首", "立法會議員", "九龍", "新界"),
    "TW": ("新台幣", "新臺幣", "立法院", "行政院", "台北市", "臺北市", "新北市", "高雄市", "台中市", "臺中市"),
}


def text_region(text: str) -> str | None:
    """The one region whose own words ``text`` uses (REGION_WORDS), or None (none, or both)."""
    found = {region for region, words in REGION_WORDS.items() if any(word in text for word in words)}
    return found.pop() if len(found) == 1 else None


def agency_region(name: str | None) -> str | None:
    found = find_agency(name or "")
    return found.region if found else None


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    """Longest first, so that 责任编辑 wins over 编辑; ties in a fixed order, so that the same words
    always make the same pattern (``regex_cache`` keys on it)."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word)))


def any_word(words: tuple[str, ...] | list[str]) -> str:
    """An alternation that finds whether any of ``words`` occurs, from the fewest of them: a word
    that holds another (图片来源 holds 图) is found whenever the shorter one is, so it is left out.
    For a search asked only *whether* it finds something: where it finds it may differ."""
    unique = set(words)
    return _alternation([word for word in unique if not any(other != word and other in word for other in unique)])


@cache
def agency_alternation() -> str:
    return _alternation(list(agency_index()))


# --------------------------------------------------------------------------- numbers

CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}
CN_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100}
CN_NUMERAL = "[零〇一二两兩三四五六七八九十百]+"
NUMBER = rf"(?:\d+|{CN_NUMERAL})"

# --------------------------------------------------------------------------- dates and times

# A calendar date as a dateline writes it: 1月17日, 17日, 十七日, １７日.
# IT之家 writes spaces between the numbers and the words (11 月 24 日).
DATELINE_DATE = r"(?:(?:\d{2,4}|[０-９]{2,4}) ?年 ?)?(?:(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3}) ?月 ?)?(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3}) ?日"

# Publication-time shapes, tried in order (timeparse.py reads the named groups: y m d or
# y mon d, then the time of day H M S and an offset tz). Templates take {time}.
# Taiwan's portals write a 12-hour clock after the weekday (2024年11月24日 週日 下午2:05: Yahoo奇摩), RFI a
# dash between date and time (24/11/2024 - 14:05), English pages AM/PM (Nov 24, 2024 2:05 PM).
TIME_OF_DAY = r"(?:\s*(?:HKT|北京时间|北京時間|香港時間|香港时间|台北時間|台北时间|澳門時間|澳门时间)?\s*|T|日\s*|\s*(?:周|星期|週|禮拜)[一二三四五六日天]\s*[-–—]?\s*|\s+[-–—]\s+)(?:(?P<half>上午|下午|中午|晚上|晚間|晚间|凌晨|早上|傍晚)\s*)?(?P<H>\d{1,2})[:：时時](?P<M>\d{2})(?:[:：分](?P<S>\d{2})(?:\.\d+)?秒?)?(?:分)?(?:\s?(?P<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?(?:(?P<tz>Z|[+-]\d{2}:?\d{2})|\s?(?P<utcz>UTC|GMT)(?P<utc>[+\-−]\d{1,2}(?::?\d{2})?)?(?![A-Za-z0-9]))?"
TIME_SHAPES: tuple[tuple[str, str], ...] = (
    # 2019-01-17 23:10[:05] · 2019/1/17 · 2019.01.17 · 2019年01月17日 23:10
    # (full-width separators too: ２０２４－１０－２５, as a page typed in full-width characters writes it)
    ("ymd", r"(?P<y>\d{{4}})\s*(?:[-/.－／．]|年)\s*(?P<m>\d{{1,2}})\s*(?:[-/.－／．]|月)\s*(?P<d>\d{{1,2}})(?:日|号)?(?:{time})?"),
    # 17.01.2019 23:10 (day first, as European-configured CMSs write it)
    ("dmy", r"(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}})(?:{time})?"),
    # 24/11/2024 - 14:05 (RFI, Hong Kong and Malaysian pages: day first); not inside a path. A
    # second number above 12 is a day: 11/24/2024 (an American page) is read month first
    ("dmy_slash", r"(?<![\d/])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}})(?![\d/])(?:{time})?"),
    # 113年11月24日 · 民國113年11月24日 · 中華民國113年12月20日 · 113-11-24 (Taiwan's Minguo years: 113 + 1911 = 2024); a bare
    # three-figure year only from 100 (2011) to 129, and never with dots (a version number)
    ("roc", r"(?:(?:中華|中华)?(?:民國|民国)\s*(?P<roc>\d{{2,3}})|(?<![\d.\-/])(?P<roc3>1[0-2]\d))\s*(?:[-/]|年)\s*(?P<m>\d{{1,2}})\s*(?:[-/]|月)\s*(?P<d>\d{{1,2}})(?:日|号|號)?(?![\d.])(?:{time})?"),
    # Jun 17, 2024 [23:10]
    ("english", r"(?P<mon>[A-Za-z]{{3}})[a-z]*\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})(?:,?{time})?"),
    # 7 December 2026 · 07 Dec 2026 08:30:00 +0800 (day first: British pages, and RSS's RFC 822 dates
    # after their weekday, Mon, 07 Dec 2026 …) · 7-Dec-2026
    ("english_dmy", r"(?<![A-Za-z\d])(?P<d>\d{{1,2}})[\s-]+(?P<mon>[A-Za-z]{{3}})[a-z]*\.?[\s-]+(?P<y>\d{{4}})"
                    r"(?:{time})?(?:\s(?P<rfctz>[+-]\d{{4}}))?"),
)

# Labels that may precede the publication time or the source on a header line.
TIME_LABELS: tuple[str, ...] = (
    "发布时间", "發布時間", "发表时间", "發表時間", "发布日期", "發布日期", "更新时间", "更新時間",
    "时间", "時間", "日期", "发布于", "發佈時間", "刊登时间", "稿件日期", "出版日期", "成文日期",
    # 出版：2024-11-24 14:05 · 更新：… (香港01), 发布/2024年11月24日 (联合早报), 修改時間： (RFI)
    "出版", "更新", "发布", "發布", "發佈", "修改时间", "修改時間", "最后更新", "最後更新",
)
# "This paper" (本报记者, 本报讯): names no paper; what names one (a 来源 line, a container) wins.
THIS_PAPER: frozenset[str] = frozenset(("本报", "本報", "本网", "本網", "本站"))
SOURCE_LABELS: tuple[str, ...] = (
    "来源", "來源", "稿源", "稿件来源", "稿件來源", "出处", "出處", "新闻来源", "信息来源", "文章来源", "本文来源", "本文來源", "出品",
    "发布机构", "發布機構", "发布单位", "發布單位", "发布机关", "發布機關",  # a government press release's issuer
    "转自", "轉自", "转载自", "轉載自",  # 转自：新华社 (a repost names where it took the story)
    "消息来源", "消息來源",  # 消息来源：某科技公司 (the company whose release a wire carried, under it)
)
# The labels of a repost's credit: where the story was taken from (a portal that republished it),
# which gives way to a 来源 naming its source (来源：经济日报 转自：光明网: the paper's article).
REPRINT_LABELS: frozenset[str] = frozenset(("转自", "轉自", "转载自", "轉載自"))
# The label of a closing credit line naming the article's source (（本文来源：某某日报 作者：张三）), not
# a citation of sources the text drew on (资料来源, 数据来源, 图片来源), which stays visible.
CLOSING_SOURCE_LABELS: tuple[str, ...] = (
    "本文来源", "本文來源", "文章来源", "文章來源", "稿件来源", "稿件來源", "新闻来源", "新聞來源", "来源", "來源", "稿源",
)
# A keyword line (文章关键词：油价 原油 · 关键词：…): the source's own keywords.
KEYWORD_LABELS: tuple[str, ...] = (
    "文章关键词", "关键词", "關鍵詞", "关键字", "關鍵字", "标签", "標籤", "相關字詞", "相关字词",  # 明報: 相關字詞﹕…
    "热词", "熱詞",  # 央视网's 热词： over the page's tags
    # the tag row Hong Kong and Taiwan sites set under a story (文章相關標籤：…, 相關標籤：…)
    "文章關鍵詞", "文章标签", "文章標籤", "相关标签", "相關標籤", "文章相关标签", "文章相關標籤",
)
# Speakers of an interview's questions (记者：您如何看待…？): a question line is never a subheading.
INTERVIEW_SPEAKERS: tuple[str, ...] = ("记者", "記者", "问", "問", "主持人", "Q")
# A video transcript's cues in 【】 (a news film's script): who speaks next, on camera (【同期】
# 国家统计局新闻发言人 付凌晖, above what they say; 【现场声】 the scene's own sound), and the
# voice-over (【解说】). The cue is production markup, not text a reader reads.
SOUND_CUES: tuple[str, ...] = (
    "同期声", "同期聲", "同期", "现场声", "現場聲", "现场同期", "現場同期", "采访", "採訪",
    # the reporter on camera (总台 scripts: 【现场】总台记者 张三 over the piece to camera; 【出镜】)
    "现场", "現場", "出镜", "出鏡", "记者出镜", "記者出鏡",
)
NARRATION_CUES: tuple[str, ...] = ("解说", "解說", "画外音", "畫外音", "旁白", "配音")
# Who speaks the answers of a transcript (a press conference's 答：, an interview's A：).
ANSWER_SPEAKERS: tuple[str, ...] = ("答", "A")
# Commentary signatures standing alone under the headline (人民日报评论员, 新华社评论员): the masthead.
COMMENTARY_SIGNATURES: tuple[str, ...] = ("特约评论员", "特約評論員", "评论员", "評論員", "社论", "社論", "社评", "社評")
# Labels of a government page's index table (索引号：… 发布机构：… 成文日期：… 文号：…) whose values
# are filing data, not facts of the article: read past, kept verbatim in Meta.header_raw.
FILING_LABELS: tuple[str, ...] = (
    "索引号", "索引號", "文号", "文號", "发文字号", "發文字號", "主题分类", "主題分類", "体裁分类", "公开方式",
    "公开范围", "有效性", "发文机关", "發文機關",
)
AUTHOR_LABELS: tuple[str, ...] = ("作者", "文", "記者", "记者", "撰稿", "撰文", "撰文者", "执笔", "執筆", "通讯员", "通訊員")

# --------------------------------------------------------------------------- blocks

EDITOR_NOTE_LABELS: tuple[str, ...] = (
    "编者按", "編者按", "编者的话", "編者的話", "编辑按", "内容摘要", "內容摘要", "内容提要", "內容提要",
    "核心提示", "本文原标题", "新闻原标题", "新聞原標題", "导读", "導讀", "导语", "導語", "划重点", "劃重點", "摘要", "提要", "原标题", "原標題",
    "编后语", "編後語", "编后记", "編後記", "编后", "編後",
    # an editor's note by its other names (编者注, 編者註, 编注) and a correction (更正：…, 【更正】…)
    "编者注", "編者注", "編者註", "编注", "編註", "編注", "更正", "更正启事", "更正啟事", "更正声明", "更正聲明",
    "勘误", "勘誤",
    "杂志标题", "雜誌標題",  # a magazine's own headline for the story its site retitled (中国新闻周刊)
    "编前语", "編前語", "编者前言", "編者前言",  # the editor's word before the story (【编前语】…)
    # a note on who the writer is (作者简介：张三，某某大学教授…), before the story or after it
    "作者简介", "作者簡介", "作者介绍", "作者介紹", "关于作者", "關於作者", "作者小传", "作者小傳",
    # a box on who is interviewed or what the story stands on, over a Q&A or a report (【人物简介】王明，
    # 某某院士… · 【嘉宾简介】 · 【背景】…): the editor's box, not the lead
    "人物简介", "人物簡介", "人物介绍", "人物介紹", "人物名片", "人物档案", "人物檔案", "人物小传", "人物小傳",
    "嘉宾简介", "嘉賓簡介", "嘉宾介绍", "嘉賓介紹", "受访者简介", "受訪者簡介", "受访人简介", "受訪人簡介",
    "背景", "背景资料", "背景資料", "新闻背景", "新聞背景",
)
# The labels of a note on the writer: the note may stand after the story, as the afterword does.
AUTHOR_BIO_LABELS: tuple[str, ...] = ("作者简介", "作者簡介", "作者介绍", "作者介紹", "关于作者", "關於作者", "作者小传", "作者小傳")
# The editor's afterword (编后：…) closes a letter or a report: after the body, where other notes do not stand.
AFTERWORD_LABELS: tuple[str, ...] = ("编后语", "編後語", "编后记", "編後記", "编后", "編後")

SERIES_WORDS: tuple[str, ...] = (
    "系列报道", "系列報導", "系列报导", "系列评论", "系列評論", "系列述评", "系列述評", "系列访谈",
    "系列訪談", "系列调查", "系列調查", "系列", "专题报道", "專題報導", "系列谈", "系列談",
)

# Photo credits: the verb after the photographer's name, and markers that make a caption.
# 翻摄 (shot from a screen or a print: 記者林悅翻攝) is a verb of its own: 翻 is no name's last character.
PHOTO_VERBS: tuple[str, ...] = ("摄影", "攝影", "翻摄", "翻攝", "摄", "攝")
DRAWING_VERBS: tuple[str, ...] = ("绘", "繪", "制图", "製圖", "制表", "製表", "漫画", "漫畫")
# BBC中文's words for a screen reader before a picture's, a video's and a recording's caption (图像加注文字，… ·
# 视频加注文字，… · 音频加注文字，…), which a copy of the page keeps
CAPTION_MARKERS: tuple[str, ...] = ("图像加注文字", "圖像加註文字", "视频加注文字", "視頻加註文字", "音频加注文字", "音頻加註文字", "图为", "圖為", "图片为", "圖片為", "上图为", "下图为", "左图为", "右图为", "图中为")
CAPTION_TAGS: tuple[str, ...] = (
    "资料图", "資料圖", "资料图片", "資料圖片", "资料照片", "資料照片", "视频截图", "視頻截圖",
    # Taiwan, Hong Kong and Singapore: （資料照） · （本刊資料照） · （檔案照片） · （法新社档案照片） · （星島圖片庫）
    "资料照", "資料照", "档案照", "檔案照", "档案图片", "檔案圖片", "资料相片", "資料相片", "图片库", "圖片庫",
    "网络图片", "網路圖片", "截图", "截圖", "示意图", "示意圖", "翻摄", "翻攝", "图取自", "圖取自", "图片取自", "圖片取自", "照片取自", "擷取自", "撷取自", "供图", "供圖", "图片由", "圖片由", "照片由", "图由", "圖由",
)
CAPTION_SOURCE_LABELS: tuple[str, ...] = (
    "图像来源", "圖像來源", "图片来源", "圖片來源", "图源", "圖源", "图片提供", "圖片提供", "图/", "圖/", "图／", "圖／",
    "照片来源", "照片來源", "相片來源",
    # a picture taken from a screen or a post (聯合報: 圖擷自 爆料公社)
    "圖擷自", "图撷自", "圖截自", "图截自",
    # the picture over the headline a page dropped: 题图来源：上观题图, 头图来源：IC photo, 封面图片来源：…
    "题图来源", "題圖來源", "头图来源", "頭圖來源", "首图来源", "首圖來源", "封面图片来源", "封面圖片來源",
    "封面图来源", "封面圖來源", "封面来源", "封面來源", "题图：", "題圖：", "头图：", "頭圖：",
)
# BBC中文's word for a screen reader before any other caption (说明文字，支持者在集会现场欢呼), opening the line.
CAPTION_OFFSCREEN_LEADS: tuple[str, ...] = ("说明文字", "說明文字")
# Taiwan's credit label before the photographer (圖／記者陳小明攝, （圖／中央社）).
PHOTO_CREDIT_LABEL = r"(?:图|圖)\s*[/／]\s*"
# A caption may open with its tag (资料图：…, 图：…).
CAPTION_LEADS: tuple[str, ...] = (
    "资料图", "資料圖", "资料图片", "資料圖片", "资料照片", "資料照片", "图", "圖", "图片", "圖片", "组图", "組圖",
    "资料照", "資料照", "档案照片", "檔案照片", "档案图片", "檔案圖片",  # 資料照：… (美國之音)
)
# Labels that open a caption and are not part of it (［图片说明］…, as our own reading copies print
# captions; 图说：…, 圖片說明：… on pages): in brackets, or before a colon.
CAPTION_LABELS: tuple[str, ...] = ("图片说明", "圖片說明", "图说", "圖說", "图注", "圖註", "图片注释", "圖片註釋")
# A tag standing after the caption's sentence, unbracketed (港鐵東涌綫延綫工程進展順利。資料圖片: 星島).
CAPTION_END_TAGS: tuple[str, ...] = (
    # a paper's own file picture (…轉任二軍投手教練。 聯合報系資料照片): before the shorter tags it ends in
    "聯合報系資料照片", "联合报系资料照片", "本報資料照片", "本报资料照片", "本報資料照", "本报资料照",
    "资料图片", "資料圖片", "资料照片", "資料照片", "档案照片", "檔案照片", "资料图", "資料圖", "资料照", "資料照",
    "档案照", "檔案照",
)
# Who made the picture, in brackets closing a caption: （總統府提供） (中央社), （信報圖片）, （明報製圖）;
# never a text's own provenance (（本文由…提供）, （資料由…提供）).
CAPTION_CLOSING_CREDITS: tuple[str, ...] = ("提供", "图片", "圖片", "制图", "製圖")
CAPTION_CLOSING_NOT: tuple[str, ...] = ("文", "稿", "资料由", "資料由", "数据", "數據", "内容", "內容")
# Foreign wire and photo agencies closing a short caption in brackets (（路透社）, （法新社档案照片）,
# （美聯社／達志影像）); the home wires (（中央社）, （新华社）) close stories too and name the source.
PHOTO_WIRE_CREDITS: tuple[str, ...] = (
    "路透社", "路透", "法新社", "美聯社", "美联社", "歐新社", "欧新社", "達志影像", "达志影像", "彭博社",
    "Getty Images", "Getty", "Reuters", "AFP", "AP", "EPA",
)
PHOTO_WIRE_CAPTION_MAX = 80
# A home wire sharing a foreign wire's picture names itself first (（新华/法新）, （新华社/路透）): only
# before a slash and a wire above does it make the bracket a picture credit.
PHOTO_HOME_WIRES: tuple[str, ...] = ("新华社", "新華社", "新华", "新華", "中新社")
# The short names a shared credit gives a foreign wire after the home wire (（新华/法新））.
PHOTO_WIRE_SHORT: tuple[str, ...] = ("法新", "美联", "美聯", "欧新", "歐新")
# The picture desk or agency a photographer's credit names after it (郝群英摄 光明图片/视觉中国).
PHOTO_CREDIT_TAILS: tuple[str, ...] = (
    "光明图片", "光明圖片", "人民图片", "人民視覺", "人民视觉", "视觉中国", "視覺中國", "新华社发", "新華社發",
    "中新社发", "中新社發", "东方IC", "IC photo",
)
# An English picture credit after a caption's sentence (紐約時報中文網: 交易員。 Ryan Christopher Jones for The
# New York Times · 白宮外。 Doug Mills/The New York Times · Agence France-Presse — Getty Images).
LATIN_PHOTO_CREDITS: tuple[str, ...] = (
    "The New York Times", "Getty Images", "Reuters", "Associated Press", "Agence France-Presse",
    "European Pressphoto Agency", "Shutterstock", "Bloomberg",
    # wires' and pools' short names (法广's captions: REUTERS - Pool, AFP - Ludovic Marin)
    "AFP", "AP", "EPA", "EPA-EFE", "EFE", "Pool", "Xinhua", "Kyodo", "Anadolu", "NurPhoto", "dpa",
)
# Wire-photo credits that end a caption without a photographer name (新华社发, 新华社/路透).
PHOTO_AGENCY_CREDITS: tuple[str, ...] = ("新华社发", "新華社發", "中新社发", "新华社/", "视觉中国", "視覺中國", "IC photo", "东方IC")

# Numbered points. Each shape: (name, regex of the label at the start of a paragraph).
# (rules._POINT_FIRST holds the characters these open with: a shape opening otherwise adds its own there)
POINT_SHAPES: tuple[tuple[str, str], ...] = (
    ("ordinal", rf"第(?P<n>{CN_NUMERAL})[，,、：:是]"),
    ("shi", rf"(?P<n>{CN_NUMERAL})是"),
    ("dun", rf"(?P<n>{CN_NUMERAL})、"),
    ("paren", rf"[（(](?P<n>{CN_NUMERAL}|\d{{1,2}})[）)]"),
    ("arabic", r"(?P<n>\d{1,2})[、．.](?!\d)"),
)
POINT_HEADING_END = "。；;！!？?：:"

# Markers of a video script's parts (中新社 video copy: 【解说】 narration, 【同期】 a speaker on
# camera): a line they open is part of the script, never a subheading.
# A live quote a portal's widget glued after a linked stock's name (新浪财经's 贝莱德(431.2, 7.37, 1.74%)):
# price, change and change in per cent, the figures of the moment the page was saved.
LIVE_QUOTE = (r"[(（]\s*-?\d+(?:\.\d+)?\s*[,，]\s*[-+]?\d+(?:\.\d+)?\s*[,，]\s*[-+]?\d+(?:\.\d+)?\s*%\s*[)）]")

TRANSCRIPT_MARKERS: tuple[str, ...] = ("【解说】", "【解說】", "【同期】", "【现场】", "【現場】", "【字幕】", "【画面】", "【畫面】")

# What an official document prints under its signature (版记): whether it is made public
# ((此件公开发布) · (此件主动公开) · (此件不予公开)), whom copies go to (抄送：…), and which office
# printed it on which day (某某省人民政府办公厅 2024年2月21日印发).
OFFICIAL_TAIL_RE = r"[（(]\s*此件[^（）()。]{1,10}[）)]|(?:抄送|抄報|抄报)\s*[:：][^\n]{1,200}|[^\n。！？，,：:]{2,30}\s*\d{4}年\d{1,2}月\d{1,2}日\s*印发"
END_MARKS: tuple[str, ...] = ("（完）", "(完)", "【完】", "[完]", "［完］", "（全文完）", "(全文完)", "〔完〕", "（本文完）", "(本文完)")

# An end mark without brackets, alone on the story's last line (澳門新聞局: 完).
# 虎嗅 closes its stories with End, in Latin letters; a press release with ###, as English ones do.
BARE_END_MARKS: tuple[str, ...] = ("完", "全文完", "End", "END", "###", "# # #")

# The end mark self-media posts set under the story, Latin or Chinese, alone on its line and perhaps
# between dashes or rules (WeChat's END, - END -, —END—, - THE END -, -完-, ——全文完——).
DECORATED_END_MARK = (
    r"[\s\-—－–_=~·•*#/|｜]*(?:(?:THE\s*)?END|完|全文完)[\s\-—－–_=~·•*#/|｜]*"
)

RELATED_LABELS: tuple[str, ...] = (
    "相关链接", "相關連結", "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "相关新闻", "相關新聞",
    "相关报道", "相關報導", "相關報道", "推荐阅读", "推薦閱讀", "更多阅读", "往期回顾", "专题链接",
    # a WeChat account's list of its earlier posts, a portal's teasers
    "往期推荐", "往期推薦", "往期精选", "往期精選", "往期精彩", "猜你喜欢", "猜你喜歡", "热门推荐", "熱門推薦",
    "更多新闻", "更多新聞",  # 三立's 【更多新聞】 over its ● teasers
    "小编推荐", "小編推薦", "编辑推荐", "編輯推薦",  # 蘋果日報's 小編推薦： over its teasers
    # a portal page's teaser boxes, copied with the story (网易's 相关推荐 · 热点新闻)
    "相关推荐", "相關推薦", "热点推荐", "熱點推薦", "热点新闻", "熱點新聞", "热门新闻", "熱門新聞", "为你推荐", "為你推薦", "精彩推荐", "精彩推薦",
    "大家都在看", "热门文章", "熱門文章", "今日推荐", "今日推薦",
    "相关内容", "相關內容", "热门内容", "熱門內容", "热读", "熱讀",  # BBC中文's boxes
    "更多报道详见", "更多報導詳見",  # 财新's list of its earlier reports under the story
    "相关文章", "相關文章",  # 香港01's 相關文章： over its links (only with the colon: RELATED_COLON_LABELS)
)
# Labels that open prose as often as a list (相关文章指出，…): a list's label only closed by a colon,
# alone on its line.
RELATED_COLON_LABELS: frozenset[str] = frozenset(("相关文章", "相關文章"))
# An outlet's own list label (更多三立新聞網報導, 更多鏡週刊報導, 更多天下雜誌報導).
# A channel's picks over its teasers, closed by a colon (中新网: 社会新闻精选：).
RELATED_PICKS_LABEL = r"[\u4e00-\u9fff]{1,6}(?:精选|精選)(?=\s*[:：]\s*$)"
RELATED_OUTLET_LABEL = r"更多[^\s，。,：:！？]{2,10}?(?:報導|报道|報道|新聞|新闻)(?=\s*[】\]）):：]|\s*$)"

EDITOR_LABELS: tuple[str, ...] = (
    "责任编辑", "責任編輯", "本文编辑", "值班编辑", "文字编辑", "文字編輯", "栏目主编", "欄目主編", "编辑", "編輯",
    "责编", "責編", "主编", "主編", "流程编辑", "流程編輯", "核稿编辑", "核稿編輯", "网编", "網編",
    "核稿",  # 中央社's foreign desk: （譯者：陳昱婷／核稿：陳政一）1131124
    "选稿", "選稿", "审核", "審核", "终审", "終審",  # 东方网's 选稿：李华; a county paper's 审核/终审 credits
    "實習編輯", "实习编辑",  # TVBS's 實習編輯／黃耀漢 closing a story
    "栏目编辑", "欄目編輯", "运营编辑", "運營編輯", "新媒体编辑", "新媒體編輯",  # 新民晚报, 中国新闻周刊's desk credits
)
# Writer credits that may share a closing credit line with the editors (（作者：吴霜 编辑：骆一帆）,
# 采写：南都记者 李榕): their names are reporters. A line of these alone is a byline.
AUTHOR_CREDIT_LABELS: tuple[str, ...] = ("作者", "采写", "採寫", "撰稿")
# Credit labels that may share the editor line but whose names are not editors.
CREDIT_LABELS: tuple[str, ...] = (
    "版面编辑", "版面編輯", "校对", "校對", "编审", "編審", "审核", "審核", "终审", "終審", "审校", "初审", "二审", "三审",
    "监制", "監製", "统筹", "統籌", "策划", "策劃", "制作", "製作", "美编", "美編", "视频", "視頻",
    "编译", "編譯", "翻译", "翻譯", "译者", "譯者", "实习生", "實習生", "通讯员", "通訊員",
    "图片编辑", "圖片編輯", "视频编辑", "視頻編輯", "美术编辑", "美術編輯",
    "总监", "總監",  # 大河网: 责任编辑：王五 | 审核：李六 | 总监：孙七
    "排版", "设计", "設計", "视觉设计", "視覺設計",  # a magazine's or a post's closing credits (排版：赵六)
    "运营", "運營",  # a magazine's account: 编辑｜李四 / 运营｜王五 under the writer
    "出品", "摄像", "攝像", "剪辑", "剪輯",  # a new-media feature's closing credits
    "出品人", "总策划", "總策劃", "总监制", "總監製",  # the heads of a feature's team (出品人：陈三)
) + AUTHOR_CREDIT_LABELS
# The words a comment column's name ends in, in brackets opening a headline (（热点观察漫评）…,
# （人民时评）…, （国际锐评）…): the column, read as the series, not words of the headline.
COLUMN_TAG_WORDS: tuple[str, ...] = (
    "观察", "觀察", "漫评", "漫評", "时评", "時評", "述评", "述評", "快评", "快評", "锐评", "銳評",
    "短评", "短評", "热评", "熱評", "评论", "評論", "社论", "社論", "视点", "視點",
    "专栏", "專欄", "观点", "觀點",  # 【專欄】…, 【观点】… (a site's tag before an opinion piece's headline)
)
# More words a column's name ends in, set in 【】 alone above the lead (【光明论坛】, 【新华全媒头条】,
# 【人民眼光】): with COLUMN_TAG_WORDS, the column is the story's series.
COLUMN_LABEL_WORDS: tuple[str, ...] = (
    "论坛", "論壇", "视线", "視線", "眼光", "聚焦", "头条", "頭條", "调查", "調查", "纵深", "縱深",
    "深读", "深讀", "面对面", "面對面", "访谈", "訪談", "专访", "專訪", "特稿",
)
# More words a wire's campaign or feature tag ends in, in brackets opening a headline ((新春走基层)…,
# （高质量发展调研行）…, （学习进行时）…): the series, not words of the headline. （受权发布） is no column:
# the wire prints it as part of a law's or a report's headline.
COLUMN_OPENING_WORDS: tuple[str, ...] = (
    "走基层", "走基層", "调研行", "調研行", "进行时", "進行時", "蹲点", "蹲點", "纪实", "紀實",
    "特写", "特寫", "综述", "綜述", "一线", "一線", "直击", "直擊", "探访", "探訪", "连线", "連線", "微视频", "微視頻",
)
# Words a broadcast programme's name ends in, in brackets opening a transcript's headline ([新闻联播]…,
# 【朝闻天下】…, [东方时空]…; 焦点访谈 ends in 访谈 above): the programme, read as the series.
PROGRAMME_WORDS: tuple[str, ...] = (
    "联播", "聯播", "朝闻天下", "朝聞天下", "时空", "時空", "直播间", "直播間", "共同关注", "共同關注",
    "今日关注", "今日關注", "半小时", "半小時", "新闻周刊", "新聞週刊", "今日说法", "今日說法",
)
# Credits a closing credit line may give beside the editors (…供稿 摄影/张艳 编辑/苏芳; 中国军网's
# 文字：王立新 李大同 漫画：陈小然): the pictures' makers and the words' writer, read into the metadata.
PHOTO_CREDIT_LABELS: tuple[str, ...] = ("摄影", "攝影", "摄像", "攝像")
DRAWING_CREDIT_LABELS: tuple[str, ...] = ("漫画", "漫畫", "绘图", "繪圖", "插图", "插圖")
WORDS_CREDIT_LABELS: tuple[str, ...] = ("文字",)
CREDIT_LABELS += PHOTO_CREDIT_LABELS + DRAWING_CREDIT_LABELS + WORDS_CREDIT_LABELS

# Lines that are page furniture, not text: they stay (nothing is lost) but never lead.
FURNITURE_PHRASES: tuple[str, ...] = (
    "分享让更多人看到", "分享到", "感谢您的反馈", "扫一扫", "打印本页", "关闭窗口", "上一页", "下一页",
    "返回顶部", "我要纠错", "点击进入", "【纠错】", "版权所有", "本文来源", "字号", "手机看新闻", "我要反馈",
    "知道了", "我知道了",  # a pop-up's dismiss button
    "版面目录", "版面目錄", "本版目录", "本版目錄",  # an e-paper page's link to the page's contents
    "听全文", "聽全文",  # WeChat's button reading the post aloud (2023 on)
    "视频简介", "視頻簡介", "节目简介", "節目簡介",  # a video page's label over its transcript (央视网)
)

# Whole lines that are page furniture captured inside crawled text (share widgets, feedback
# prompts, pager residue, 纠错 buttons, QR-code and app-download prompts, copyright lines):
# FURNITURE_PHRASES above standing alone, or one of these shapes around them.
# Each shape must cover the whole (normalised) line: news sentences that merely mention a
# widget word (扫描二维码即可购票。) are not furniture. Shapes match up to FURNITURE_LINE_MAX.
# Digit runs are taken possessively (``{1,3}+``, ``++``): a repeated group that may split a long
# run of digits any number of ways backtracks exponentially when the line fails in the end (a
# 42-digit line took minutes); the possessive form matches the same lines.
_PAGER_WORD = r"(?:上一页|下一页|上一頁|下一頁|首页|首頁|尾页|尾頁|末页|末頁|\d{1,3}+|[\s<>«»…|｜·\[\]【】])"
# A channel of a portal's menu (首页 新闻 体育 财经 …), or its home page (新浪首页): two in a row of short
# words make the row a menu.
NAV_WORD = (
    r"(?:[^\s|｜·/]{0,6}(?:首页|首頁)|新闻|新聞|国内|國內|国际|國際|社会|社會|财经|財經|体育|體育|娱乐|娛樂|科技|军事|軍事"
    r"|汽车|汽車|房产|房產|教育|健康|旅游|旅遊|时尚|時尚|评论|評論|专题|專題|博客|图片|圖片|视频|視頻|直播|更多|登录|登錄"
    r"|注册|註冊|时政|時政|文化|综艺|綜藝|游戏|遊戲|读书|讀書|政务|政務|地方|English|手机版|手機版|网站导航|網站導航)"
)
# A portal's menu copied one item a line (搜狐首页 / 新闻 / 体育 / 汽车), its items: what a
# menu holds beyond the channels.
NAV_LINE = (
    rf"(?:{NAV_WORD}|要闻|要聞|推荐|推薦|热点|熱點|本地|订阅|訂閱|下载APP|下載APP|APP|客户端|客戶端|快讯|快訊|头条|頭條"
    # the site's editions in other languages and scripts (中新网: English / 日本語)
    r"|日本語|日本语|한국어|Français|Español|Русский|Deutsch|繁體|繁体|简体|簡體|繁體中文|简体中文|中文)"
)
FURNITURE_LINE_SHAPES: tuple[str, ...] = (
    r"分享让更多人看到|分享讓更多人看到",
    r"(?:分享到|分享至|分享給|分享给)\s*[:：]?[^。！？]{0,40}",
    r"(?:感谢您的反馈|感謝您的反饋|感謝您的回饋|您的反馈|您的回饋)[^。！？]{0,40}。?",
    rf"{_PAGER_WORD}*(?:上一页|下一页|上一頁|下一頁){_PAGER_WORD}*",
    (
        r"(?:第\s*\d+\s*页|页\s*\d+\s*[/／]\s*\d+|共\s*\d+\s*页|\d+\s*[/／]\s*\d+\s*页|跳转至\s*[:：]?|跳轉至\s*[:：]?)"
        r"(?:\s*(?:第\s*\d+\s*页|共\s*\d+\s*页|跳转至\s*[:：]?|\d++))*"
    ),
    r"(?:上一篇|下一篇|上一條|下一條|上一则|下一则|上一則|下一則)(?:\s*[:：][^。！？]{0,60})?",
    r"(?:我来说两句|我要评论|发表评论|查看评论|网友评论|参与评论|查看全部评论|我來說兩句|發表評論)\s*(?:[(（]?\d+[)）]?)?",
    r"(?:【纠错】|\[纠错\]|【糾錯】|我要纠错|我要糾錯|纠错|糾錯)",
    r"(?:扫一扫|掃一掃|扫描|掃描|长按|長按|识别|識別|微信扫|微信掃)[^。！？]{0,20}(?:二维码|二維碼|QR\s?code)[^。！？]{0,30}",
    r"(?:扫一扫|掃一掃|扫码|掃碼)[^。！？]{0,30}",
    r"(?:下载|下載|打开|打開|安装|安裝)[^。！？]{0,15}(?:客户端|客戶端|APP|App|app)[^。！？]{0,20}",
    # an app's prompt naming the outlet alone (界面新闻: 打开界面新闻，查看更多专业报道)
    r"(?:打开|打開)[^。！？，,]{1,12}[，,]\s*(?:查看|閱讀|阅读)(?:更多|原文|全文)[^。！？，,]{0,10}",
    # an opinion piece's disclaimer, alone on its line: （本文系作者个人观点，不代表本网立场） · 文章仅代表作者观点，
    # 与本站无关 · 注：本文观点不代表本报立场 (it must name the outlet the writer does not speak for)
    (
        r"(?:【(?:声明|聲明|免责声明|免責聲明)】)?[（(【\[]?\s*(?:(?:注|声明|聲明|免责声明|免責聲明|编者注|編者註)\s*[:：])?\s*"
        r"(?:本文|此文|该文|該文|文章|以上|上述|本篇|作者|笔者|筆者|嘉宾|嘉賓)[^。！？（）()【】\[\]，,]{0,30}?"
        r"(?:观点|觀點|意见|意見|看法|言论|言論|立场|立場)[^。！？（）()【】\[\]]{0,20}?"
        r"(?:(?:并|並)?(?:不代表|不一定代表|不反映)|(?:与|與)|和)[^。！？（）()【】\[\]]{0,6}?"
        r"本(?:网站|網站|网|網|站|报|報|刊|台|平台|号|號|社|媒体|媒體|公众号|公眾號)"
        r"[^。！？（）()【】\[\]]{0,10}[。.]?\s*[）)】\]]?"
    ),
    # the disclaimer without the outlet, perhaps marked as a footnote (*本文仅代表作者观点, 以上内容仅代表作者个人看法)
    r"[*＊※]?\s*[（(]?(?:本文|此文|文章|以上内容|以上)(?:内容)?(?:仅|僅|只)(?:代表|代表了)(?:作者|笔者|筆者)(?:本人|个人|個人)?"
    r"(?:观点|觀點|看法|意见|意見|立场|立場)[。.]?[）)]?",
    # a post's call for comments closing it (欢迎在留言区分享你的看法, 欢迎留言讨论)
    r"(?:欢迎|歡迎)(?:大家|各位)?(?:在)?(?:留言区|留言區|评论区|評論區)?(?:留言|分享|讨论|討論|评论|評論)[^。！？\n]{0,16}[。！!~～]?",
    # a market story's risk warning, alone on its line: 风险提示：…, 市场有风险，投资需谨慎。 (a sentence that
    # quotes the saying, 专家提醒，炒股有风险…, is the story's)
    # (a research note's list of risks, 风险提示：宏观经济下行；行业竞争加剧, is its content)
    r"(?:风险提示|風險提示)\s*[:：](?=[^\n]*(?:投资|投資|谨慎|謹慎|建议|建議|自担|自擔|自负|自負|仅供参考|僅供參考))"
    r"[^。！？]{1,60}[。！!]?(?:[^。！？]{1,40}[。！!]?)?",
    r"(?:股市|市场|市場|投资|投資|理财|理財|基金|入市)有(?:风险|風險)[，,]\s*(?:投资|投資|入市|理财|理財|选择|選擇)"
    r"(?:需|须|須|请|請)?(?:谨慎|謹慎)[。！!]?",
    # the heading over a financial site's disclaimer (华尔街见闻: 风险提示及免责条款)
    r"[【\[]?(?:风险提示|風險提示)(?:及|与|與|和)(?:免责条款|免責條款|免责声明|免責聲明)[】\]]?",
    # a press release's links to its pictures and logo (美通社: Photo - https://mma.prnasia.com/… · Logo - https://…)
    r"(?:Photo|Photos|Logo|Video|Multimedia|Image|图片|圖片|照片|视频|視頻)\s*[-–—:：]\s*https?://\S+",
    # a video's running time under its caption (BBC中文: 节目全长 2,05 · 節目全長 1,12 01:12)
    r"(?:节目全长|節目全長)\s*\d{1,3}(?:[,:：]\d{2}){1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?",
    # a video story's running time over it (视频时长：02:35 · 时长 3分12秒), alone on its line
    r"(?:视频时长|視頻時長|视频长度|視頻長度|时长|時長|片长|片長)\s*[:：]?\s*"
    r"(?:\d{1,2}(?:[:：]\d{2}){1,2}|(?:\d{1,3}\s*(?:小时|小時|分钟|分鐘|分|秒)\s*){1,3})",
    # a portal's box of trending searches, its label alone (网易: 热搜; 上热搜 is a word of stories: no phrase)
    r"(?:热搜|熱搜)(?:榜|词|詞)?",
    # the comment box's prompt under a story (腾讯: 评论 0文明上网理性发言，请遵守《新闻评论服务协议》)
    r"(?:(?:评论|評論)\s*\d*\s*)?文明上网[，,]?\s*理性发言[^。！？]{0,40}",
    # a share box's prompt (网易: 用微信扫码二维码 / 分享至好友和朋友圈)
    r"(?:用|打开|打開)?(?:微信|手机|手機)?(?:扫码|掃碼|扫描|掃描|扫一扫|掃一掃)(?:二维码|二維碼)?(?:分享|分享给好友|分享至好友和朋友圈)?",
    # a story's listen button (第一财经: 听新闻), alone on its line
    r"(?:听新闻|聽新聞|收听本文|收聽本文|语音播报|語音播報)",
    # 【字体：大 中 小】【打印】【关闭】 (government sites): the text-size switch in any bracket, or its
    # buttons (人民网: 放大 缩小 默认)
    r"(?:(?:【?(?:打印本页|关闭窗口|我要纠错|打印本頁|關閉窗口)】?|返回顶部|回到顶部|手机看新闻|【?打印】?|【?关闭】?|【?(?:纠错|糾錯|分享|收藏)】?|[【\[［]?\s*(?:字号|字體|字体|字號)\s*[:：]?\s*(?:(?:默认|默認|标准|標準|超大|特大|[大中小])\s*)+[】\]］]?|[大中小]\s*(?:字号|字號)|文字大小|字体大小|字體大小|放大|缩小|縮小|默认|默認|(?:字級設定|字级设定|字級|字级)\s*[:：]?\s*(?:[大中小特]\s*)*)\s*)+",
    # a print story's jump between pages (（下转第三版） · （上接第一版） · （转A2版）)
    r"[（(]\s*(?:上接|下转|下轉|接|转|轉|续|續)\s*第?\s*(?:[一二三四五六七八九十]{1,3}|[A-Za-z]?\d{1,3})\s*(?:版|页|頁)\s*[）)]",
    # the bar a page sets between its tools (求是网: 字号 | 打印), left alone on a line of its own
    r"[|｜丨]",
    # where the page sits on the site (首頁 > 國際 · 当前位置：首页 > 新闻 > 正文)
    r"(?:(?:当前位置|當前位置|您的位置|您现在的位置|目前位置)\s*[:：]\s*)?(?:首页|首頁|主页|主頁|网站首页|網站首頁)"
    r"(?:\s*[>＞»›/|｜]\s*[^。！？>＞»›/|｜]{1,12})+\s*[>＞»›]?",
    # a box's banner a Taiwanese site sets in corner marks over its prompt or its picks
    # (TVBS: ◤TVBS新聞網官方Line◢ over 👉加入好友, ◤日本旅遊必看◢ over its links)
    r"◤[^◤◢。！？]{1,30}◢",
    # a chat app's add-friend prompt (已經加入好友？)
    r"(?:已經|已经)?加入(?:LINE\s*)?(?:好友|好友嗎|好友吗)[？?]?",
    r"(?:点击进入|点击查看|點擊進入|點擊查看)[^。！？]{0,20}。?",
    # a post's prompt under a promotion's picture (▼ 点击图片 进入三联商店 · 点击下方卡片，关注…)
    r"[▼▲↓⬇]?\s*(?:点击|點擊)(?:图片|圖片|上图|上圖|下图|下圖|下方|卡片)[^。！？]{0,24}",
    r"(?:查看原文|阅读原文|閱讀原文|阅读全文|閱讀全文|查看全文|展开全文|展開全文|Read more)\s*(?:[>»›]+)?",
    # a list's or a box's link to the rest (查看更多, 加载更多 ›), alone on its line
    r"(?:查看更多|查看全部|加载更多|加載更多|載入更多|更多)\s*(?:[>»›]+)?",
    # a paywall's prompt and its buttons (财新通会员可畅读全文 · 订阅财新通 · 开通会员 · 立即订阅): what the
    # copy could not read, not text (订阅经济 is a word of stories: the button names a plan or the site)
    r"[^\s。！？，,]{0,8}(?:会员|會員|VIP|订户|訂戶|用户|用戶)(?:可|即可|方可|才能|专享|專享)?(?:畅读|暢讀|阅读|閱讀|查看|解锁|解鎖|收听|收聽)"
    r"(?:全文|全部内容|全部內容|完整内容|完整內容|此文|本文)[^。！？]{0,12}[。！]?",
    r"(?:立即|马上|馬上|现在|現在)?(?:订阅|訂閱|开通|開通|购买|購買)[^\s。！？，,]{0,6}(?:会员|會員|通|VIP|Plus|PLUS|全文)"
    r"|(?:立即|马上|馬上)(?:订阅|訂閱|开通|開通)|(?:订阅|訂閱)(?:本刊|本报|本報)",
    # a site's box of its most-read stories left as its label (第一财经: 一财最热), and a pop-up's close
    # button (点击关闭)
    r"(?:一财|今日|本周|本週|全站|24小时|24小時)?(?:最热|最熱)(?:文章|新闻|新聞|排行|榜)?|(?:点击|點擊)(?:关闭|關閉)",
    # a follow banner's words alone (关注我们, over the account's slogan)
    r"(?:关注|關注)(?:我们|我們|本号|本號)[！!~～]?",
    # a row of engagement widgets (点赞 分享 收藏, 在看 转发 12)
    r"(?:(?:点赞|點讚|點贊|分享|收藏|评论|評論|转发|轉發|打赏|打賞|在看|喜欢|喜歡|举报|舉報)\s*\d*\s*[|｜·]?\s*){2,}",
    # one such widget alone on its line (a WeChat page's 收藏, 点赞 and 在看 buttons one per line; 我要举报;
    # 知乎's 赞同 123 · 添加评论 · 喜欢 · 申请转载; 百家号's 关注 · 举报/反馈; 中新网's 参与互动; 头条's 原创 tag;
    # ETtoday's 讀者迴響 over the comments)
    # WeChat's closing row of pleas one a line (点分享 / 点收藏 / 点点赞 / 点在看)
    r"(?:(?:点|點)(?:分享|收藏|点赞|點讚|點贊)|点赞|點讚|點贊|讚|赞|赞同|贊同|留言|评论|評論|收藏|转发|轉發|打赏|打賞|(?:我要)?(?:举报|舉報)(?:\s*[/／]\s*(?:反馈|反饋))?"
    r"|参与互动|參與互動|添加评论|添加評論|申请转载|申請轉載|[+＋]?\s*(?:关注|關注)|喜欢|喜歡|原创|原創|讀者迴響|读者回响)\s*\d*",
    # how many readers agreed or liked (知乎: 123 人赞同了该文章)
    r"\d[\d,.]*\s*(?:万|萬)?\s*人(?:赞同|贊同|点赞|點讚|喜欢|喜歡|收藏)了?(?:该|該|这篇|這篇)?(?:文章|回答|内容|內容)?",
    # a like button's count left alone on its line (澎湃's +1), a comment count of none (网易's 0)
    r"[+＋]\s*1|0",
    # where the poster was (发布于：北京市 · IP属地：上海), which platforms print since 2022
    r"(?:发布于|發佈於|發布於|IP\s*属地|IP\s*屬地)\s*[:：]?\s*[\u4e00-\u9fff]{2,8}",
    # a link back to the portal (返回搜狐，查看更多) and an account's tag (新京报官方帐号)
    r"返回[^。！？\s，,]{1,6}[，,]\s*查看更多",
    r"[^。！？\s，,]{2,12}官方(?:帐号|账号|帳號)",
    # a credit label left without its name (责任编辑：)
    r"(?:责任编辑|責任編輯|责编|責編)\s*[:：]?",
    # how often the page was read (阅读 (1234) · 阅读量：1.2万 · 点击数：56)
    r"(?:阅读|閱讀|浏览|瀏覽|点击|點擊)(?:量|数|數|次数|次數)?\s*[:：]?\s*[(（]?\d[\d,.]*\s*(?:万|萬|次)?[)）]?",
    # share buttons left as words where a crawler flattened the page (UDN: 分享 · facebook),
    # alone or in a row; a sentence about sharing has more words than these
    # (新浪: 缩小字体 放大字体 收藏 微博 微信 分享)
    r"(?:(?:分享|分享至|分享到|facebook|twitter|line|plurk|weibo|wechat|微博|微信|推特|噗浪|臉書|脸书|列印|複製連結|复制链接"
    r"|缩小字体|放大字体|縮小字體|放大字體|收藏)"
    r"\s*[:：]?\s*[|｜·/／]?\s*)+",
    r"(?:版权所有|版權所有)(?:\s*[:：©]|\s|$)[^。！？]{0,60}|(?:Copyright|©)[^。！？]{0,60}[。.]?",
    # a paywall's note and its prompt to log in or pay (登录后阅读全文 · 付费阅读全文 · 此内容为付费内容)
    r"(?:登录|登錄|付费|付費|订阅|訂閱|购买|購買|充值|开通|開通)(?:后|後)?(?:可|即可)?(?:阅读|閱讀|查看|解锁|解鎖|收听|收聽)"
    r"(?:全文|完整内容|完整內容|全部内容|全部內容|剩余内容|剩餘內容|更多)",
    r"(?:此|本|该|該)(?:内容|內容|文章|文|篇)(?:为|為|是|属于|屬於)(?:付费|付費|会员|會員|VIP|订阅|訂閱)(?:内容|內容|专享|專享|文章|专属|專屬)[。！]?",
    # an advertisement slot's label left alone on a line
    r"(?:广告|廣告|推广|推廣|Advertisement|ADVERTISEMENT)",
    # a rule between parts (markdown's ---, ***, ___; a row of dashes or stars): no words at all
    r"(?:[-*_=~—－─━＊·•]\s*){3,}",
    # a print page's note of what went with the story (人民日报: （附图片１张）, （附表）) and its layout
    # letters alone on a line (（Ａ、Ｂ）): what the page held, not text
    r"[（(]\s*附(?:图片|圖片|照片|图表|圖表|图|圖|表格|表)\s*(?:[0-9０-９一二三四五六七八九十]+\s*(?:张|張|幅|帧|幀|个|個))?\s*[）)]",
    r"[（(]\s*[Ａ-Ｚ](?:\s*[、，,]\s*[Ａ-Ｚ])*\s*[）)]",
    # a page's publication and update stamps, clock times alone (發稿時間：08:34 更新時間：20:50)
    r"(?:(?:發稿|发稿|出版|更新)(?:時間|时间)?\s*[:：]\s*\d{1,2}\s*[:：]\s*\d{2}\s*){1,3}",
    # a row of links each opened by 》 (》自營商進出明細 》外資持股增減排行)
    r"(?:》\s*[^。！？》\s]{2,16}\s*){2,}",
    # a teaser's label left alone where its link was (更多房市快訊請看)
    r"更多[^。！？\s]{1,10}?(?:請看|请看|請點|请点)\s*[:：]?",
    # the page's tag list under the story (关键词 >> 新冠病毒，味觉，…; 标签：…)
    r"(?:关键词|關鍵詞|关键字|關鍵字|标签|標籤)\s*(?:[:：]|>>|»|＞＞)[^。！？]{0,60}",
    # a site's footer address (地址：…路56号 邮编：030001 电话：…): a postcode beside an address or number
    # (the first lookahead asks for the label the line must open with, so that the scan of the whole
    # line for a postcode runs only on lines that open so: this shape is tried on every short line)
    r"(?=\s*(?:地址|邮编|郵編|邮政编码|郵政編碼|电话|電話|传真|傳真))(?=[^\n]*(?:邮编|郵編|邮政编码|郵政編碼))"
    r"(?:\s*(?:地址|邮编|郵編|邮政编码|郵政編碼|电话|電話|传真|傳真)\s*[:：]\s*[^\s:：]{1,30}){2,}\s*",
    # a reposting page's note that its pictures come from the internet (图片均来自网络，如有侵权请联系删除),
    # perhaps in brackets under the picture (（图片来自网络，侵删）)
    r"[（(]?\s*(?:本文|文中)?(?:图片|圖片|配图|配圖|图文|圖文)(?:均|皆|部分)?(?:来自|來自|来源于|來源於|源自|取自)(?:网络|網絡|網路|互联网|互聯網)"
    r"[^。！？（）()]{0,30}[。！]?\s*[）)]?",
    # a link back to the channel's front page, perhaps after the original's title
    # (原文：某某标题 返回虚拟化频道首页, a portal's pages saved as markdown)
    r"(?:原文\s*[:：][^。！]{1,60}?\s*)?返回[^。！？\s]{0,12}(?:首页|首頁)",
    # a government site's footer: its site code, its ICP and public-security record numbers, perhaps in a
    # row (网站标识码：3305210001  浙ICP备12345678号 · 京公网安备11010202000001号), and the 政府网站找错 button
    (
        r"(?:(?:(?:网站标识码|網站標識碼)\s*[:：]?\s*[0-9A-Za-z]{6,16}+"
        r"|[\u4e00-\u9fff]{0,12}ICP\s*[备備证證]\s*[0-9A-Za-z]{4,12}+号?(?:\s*[-－—]\s*\d{1,3}+)?号?"
        r"|[\u4e00-\u9fff]{0,4}公网安备\s*\d{8,16}+号?)\s*){1,3}"
    ),
    r"(?:政府网站找错|政府網站找錯)",
    # a crawler's stamp of when it fetched the page, a bare epoch count (（更新时间戳：1714308527603）)
    r"[（(【\[]?\s*(?:更新)?(?:时间戳|時間戳|timestamp)\s*[:：]?\s*\d{10,13}\s*[）)】\]]?",
)
# Furniture shapes tried only on a line holding one of their words (the words, then the shape):
# each costs a scan of the line, and nearly every line lacks the words.
FURNITURE_KEYWORD_SHAPES: tuple[tuple[tuple[str, ...], str], ...] = (
    # reprint notices about the text itself (本文系观察者网独家稿件，未经授权，不得转载。· 转载请注明：),
    # or closing a line (澎湃新闻，未经授权不得转载); a sentence reporting a reprint is no notice
    (
        ("转载", "轉載"),
        r"(?:本文|此文|本稿|本篇|该文|該文|文章|稿件|原创|原創|凡|未经|未經|转载|轉載|本網站|本网站|本站)[^。！？]{0,40}"
        r"(?:不得转载|禁止转载|谢绝转载|严禁转载|请勿转载|不得轉載|禁止轉載|謝絕轉載|嚴禁轉載|請勿轉載|转载请注明|轉載請註明|转载请联系|轉載請聯繫"
        # …任何媒体不得全文或部分转载 (德国之声)
        r"|(?:不得|禁止|严禁|嚴禁)(?:全文或部分|全文或部份|全部或部分|全文|部分|部份)(?:转载|轉載))"
        r"[^。！？]{0,40}[。！]?"
        r"|[^。！？]{0,40}[，,\s](?:未经|未經)(?:授权|授權|许可|許可)(?:不得|禁止|严禁|嚴禁)(?:转载|轉載)[。！]?",
    ),
    # a site's note that the story is its own (本文为财新网独家稿件 · 本文系界面新闻原创稿件，…), alone on its line:
    # it names the outlet (the copyright's owner), no text of the story (本文系…阶段性成果 is a credit)
    (
        ("独家", "獨家", "原创", "原創"),
        r"[（(]?(?:本文|此文|本稿|本篇)(?:为|系|為|係|是)[^。！？，,（）()]{2,14}?(?:独家|獨家|原创|原創)(?:稿件|文章|内容|內容|报道|報導|報道)"
        r"(?:[，,][^。！？]{0,30})?[。！]?[）)]?",
    ),
    # a reposting site's disclaimer (声明：此文版权归原作者所有，若有来源错误…，我们将及时处理。)
    # (免责声明：本文内容与数据仅供参考，不构成投资建议…: a financial site's disclaimer)
    (
        ("声明", "聲明"),
        r"(?:声明|聲明|免责声明|免責聲明|特别声明|特別聲明|平台声明|平臺聲明|郑重声明|鄭重聲明)\s*[:：](?=[^\n]{0,30}(?:版权|版權|原作者|侵权|侵權|仅代表|僅代表|观点|觀點"
        r"|仅供参考|僅供參考|投资建议|投資建議))"
        r"[^\n]{0,76}",
    ),
    # an account's handle on a line of its own under its source credit (微信号：jnwb123 · 微信ID：jnwb123 ·
    # 公众号ID：jnwb123 · ID：jnwb123): the platform's address of the account, no text of the story
    (
        ("ID", "id", "Id", "微信号", "微信號"),
        r"[（(【]?\s*(?:(?:微信公众号|微信公眾號|公众号|公眾號|微信)\s*(?:ID|号|號)|ID)\s*[:：]\s*[A-Za-z][A-Za-z0-9_\-]{2,29}\s*[）)】]?",
    ),
    # follow-us prompts (更多精彩内容请关注中新网 · 关注公众号：人民网财经 · 点击上方蓝字关注我们)
    (
        ("更多", "关注", "關注"),
        r"(?:更多精彩|更多内容|更多資訊|更多內容|更多资讯|更多新闻|更多新聞|欢迎关注|歡迎關注|敬请关注|敬請關注|请关注|請關注)[^。！？]{0,30}"
        r"|(?:关注|關注)(?:微信)?(?:公众号|公眾號)\s*[:：][^。！？]{1,30}"
        # 更多宏观研究干货，请关注钛媒体国际智库公众号。
        r"|更多[^。！？，,]{1,12}[，,]\s*(?:请|請|欢迎|歡迎|敬请|敬請)(?:关注|關注)[^。！？]{1,30}[。！]?"
        r"|(?:点击|點擊)(?:上方|下方|标题下|標題下)?[^。！？，,]{0,8}(?:关注|關注)[^。！？]{0,16}",
    ),
    # WeChat's 在看 prompt (点个“在看”，分享给更多人), and the account's pleas for its buttons (觉得好看
    #请点在看 · 点赞、在看、转发三连走起 · 设为星标，第一时间获取最新资讯 · 喜欢就点个赞吧), perhaps between
    # pointers (▼点击下方名片关注▼)
    (
        ("在看",),
        r"(?:点个?|點個?|点亮|點亮|点一下|點一下)?\s*[“\"「]?在看[”\"」]?[^。！？]{0,20}[。！]?"
        r"|[^。！？“”\"]{0,12}(?:请|請|记得|記得|就|来|來|给|給|顺手|順手)\s*(?:点|點)(?:个|個|一下)?\s*[“\"「]?在看[”\"」]?[^。！？]{0,12}[。！~～吧哦呀]?"
        r"|(?:点赞|點讚|點贊|分享)[、，,\s]*在看[、，,\s]*(?:转发|轉發|分享|点赞|點讚)?[^。！？]{0,12}",
    ),
    (
        ("星标", "星標"),
        r"[▼▲👇↓\s]*(?:(?:设为|設為|设置|設置|加个|加個|标个|標個|点亮|點亮|记得|記得)\s*[“\"「]?(?:星标|星標)"
        r"|[“\"「]?(?:星标|星標)[”\"」]?\s*(?:我们|我們|本号|本號|公众号|公眾號))[^。！？]{0,24}[。！~～]?",
    ),
    (
        ("点个赞", "點個讚", "点赞吧", "點讚吧"),
        r"(?:喜欢|喜歡|觉得|覺得|如果|记得|記得|顺手|順手|请|請|欢迎|歡迎|别忘了|別忘了)[^。！？“”\"]{0,10}"
        r"(?:点个赞|點個讚|点赞|點讚)(?:吧|哦|呀|呗|唄)?[~～！!]?",
    ),
    (
        ("▼", "👇", "↓"),
        r"[▼👇↓\s]+(?:点击|點擊|长按|長按|扫码|掃碼)[^。！？]{0,16}(?:关注|關注|名片)[^。！？]{0,8}?[▼👇↓\s]*",
    ),
    # an app prompt closing a story (（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）)
    (
        ("下载", "下載"),
        r"[（(【]?[^。！？（）()]{0,24}[，,]?\s*(?:更多[^。！？（）()]{0,12})?(?:请|請)?(?:下载|下載)[^。！？（）()]{0,15}"
        r"(?:客户端|客戶端|APP|App|app)[^。！？（）()]{0,10}[）)】]?"
        # 下载“证券时报”官方APP，或关注官方微信公众号，即可随时了解股市动态…: the paper's own app, then why
        r"|(?:下载|下載)[^。！？]{0,16}官方(?:客户端|客戶端|APP|App|app)[，,][^。！？]{0,50}[。！]?",
    ),
    # an app's slogan (海量资讯、精准解读，尽在新浪财经APP · 正在改变与想要改变世界的人，都在 虎嗅APP) or its name alone
    (
        ("APP", "App"),
        r"[^。！？]{0,30}(?:尽在|盡在|都在)\s*[^。！？\s]{1,10}\s*(?:APP|App)[。！]?|[^。！？\s，,：:]{2,10}(?:APP|App)",
    ),
    # a government site's sponsor line (主办单位：国务院办公厅　运行维护单位：中国政府网运行中心 · 主办：某省人民政府办公厅
    # © 某省人民政府网版权所有): it names the site, its upkeep or its record; an event's 主办单位：… 承办单位：…
    # names none of them and stays
    (
        ("主办", "主辦"),
        r"(?:主办|主辦)(?:单位|單位)?\s*[:：](?=[^\n]*(?:运行维护|運行維護|网站|網站|政府网|政府網|ICP|版权所有|版權所有))"
        r"[^\n]{2,78}",
    ),
    # a writer's e-mail address on its own line under the byline (联合早报, 星岛)
    # (编辑邮箱：… · 投稿邮箱：…: the desk's address closing the story)
    # (如对本稿件有异议或投诉，请联系tougao@huxiu.com: a notice closing on the desk's address)
    (("@",), r"(?:[^\s:：@]{0,4}(?:电邮|電郵|邮箱|郵箱|Email|E-mail)\s*[:：]?\s*"
             r"|[^。！？@\n]{0,30}(?:请联系|請聯繫|請聯絡|请发邮件至|請來信)\s*[:：]?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[。]?"),
    # a news tip line closing the story (澎湃新闻报料：021-962866 · 爆料热线：…): a number or an address
    (
        ("报料", "爆料", "報料"),
        r"[^。！？，,\s]{0,12}(?:报料|爆料|報料)(?:热线|熱線|电话|電話|邮箱|郵箱|方式)?\s*[:：]\s*[\w\-—－+@.（）() ]{5,40}",
    ),
    # a paper's reader or service line under the story (每经: 读者热线：4008890008 · 新闻热线：…): a number alone
    (
        ("热线", "熱線"),
        r"[^。！？，,\s]{0,8}(?:热线|熱線)(?:电话|電話)?\s*[:：]\s*[\d\-—－+ （）()]{5,30}",
    ),
    # an advertising contact (第一财经广告合作，请点击这里 · 商务合作：…)
    (
        ("广告合作", "廣告合作", "商务合作", "商務合作"),
        r"[^。！？，,\s]{0,12}(?:广告合作|廣告合作|商务合作|商務合作)[^。！？]{0,24}",
    ),
    # a magazine's closing subscription prompt (更多內容，歡迎鏡週刊紙本雜誌、鏡週刊數位訂閱、了解內容授權資訊。)
    (("訂閱", "订阅"), r"更多(?:內容|内容)[，,]\s*(?:歡迎|欢迎)[^。！？]{0,40}(?:訂閱|订阅)[^。！？]{0,30}[。！]?"),
    # a social account's plea (DW中文有Instagram！欢迎搜寻dw.chinese，看更多贴近时事的图文与影音报导。 · 歡迎追蹤我們的YouTube頻道)
    (
        ("Instagram", "Facebook", "YouTube", "Twitter", "Telegram", "臉書", "脸书"),
        r"[^。！？]{0,24}(?:Instagram|Facebook|YouTube|Twitter|Telegram|臉書|脸书)[^。！？]{0,12}?[！!，,。]?\s*"
        r"(?:欢迎|歡迎|请|請|快來|快来|記得|记得)\s*(?:搜寻|搜尋|搜索|关注|關注|追踪|追蹤|订阅|訂閱|按讚|按赞)[^。！？]{0,44}[。！!]?",
    ),
    # newsletter and LINE prompts (訂閱《聯合報》電子報 · 加入udn LINE好友 · 加入LINE@ 即時新聞)
    (("電子報", "电子报"), r"[^。！？]{0,10}(?:訂閱|订阅)[^。！？]{0,20}(?:電子報|电子报)[^。！？]{0,20}"),
    (("LINE", "Line", "line"),
     r"[^。！？]{0,12}(?:加入|加)\s*[^。！？]{0,16}?LINE\s*(?:@\S*|官方帳號|官方账号|好友|官方好友|社群)[^。！？]{0,30}"),
    # a promotion whose link is a bracketed call to click (…评选火热进行中！【点击投票】Pick你心目中的…)
    (("【点击", "【點擊", "[点击", "[點擊"), r"[^\n]{0,70}[【\[]\s*(?:点击|點擊)[^】\]\s]{1,6}\s*[】\]][^\n]{0,40}"),
    # a call to click (點我下載APP · ►點我看更多財經新聞 · 按我看活動辦法), perhaps after a slogan
    (
        ("點我", "点我", "按我", "點此", "点此"),
        r"[^。！？]{0,40}(?:點我|点我|按我|點此|点此)(?:看|下載|下载|加入|訂閱|订阅|追蹤|追踪|前往|報名|报名|領取|领取|了解|收看|觀看|观看|按讚|按赞)"
        r"[^。！？]{0,50}",
    ),
    # a promotion behind a pointer or star (►毛孩也有粉專啦！快來按讚並追蹤《ETtoday寵物雲》 · ★追蹤我們的IG)
    (
        ("►", "▶", "➤", "👉", "★", "☆"),
        r"[►▶➤👉★☆]+\s*(?=[^\n]{0,50}(?:點我|点我|點擊|点击|按讚|按赞|追蹤|追踪|加入|下載|下载|訂閱|订阅|看更多|粉專|粉絲團|粉丝团))[^\n]{1,78}",
    ),
    # a note of whose copyright the text is (（本文版权归道琼斯公司所有）, 华尔街日报中文网 · 版权归原作者所有。)
    (
        ("版权归", "版權歸"),
        r"[（(【]?\s*(?:本文|此文|文章|本篇|原文)?(?:版权|版權)(?:归|歸)[^。！？，,（）()]{1,24}?(?:所有|享有)[。！]?\s*[）)】]?",
    ),
    # a copyright line naming its owner (自由時報版權所有不得轉載© 2024 The Liberty Times · 世界日報版權所有・未經授權不得轉載
    # · ★ 版權所有 ETtoday新聞雲 ★); 版權所有人 (the owner) is a word of a sentence
    (
        ("版权所有", "版權所有"),
        r"[^。！？]{0,16}(?:版权所有|版權所有)(?![人者权權])"
        r"(?=[^\n]*(?:©|Copyright|All Rights Reserved|不得|禁止|翻印|转载|轉載|必究|[★☆]))[^。！？]{0,70}[。！]?",
    ),
    # a site's footer links in a row set apart by bars (关于我们 | About us | 联系我们 | 网站地图, or three of them)
    (
        ("关于我们", "關於我們", "联系我们", "聯絡我們", "聯繫我們", "网站地图", "網站地圖"),
        r"(?:[^|｜\n]{2,16}[|｜]){2,}[^|｜\n]{2,16}",
    ),
    # the account a long post hangs under (张三的微博), alone above it
    (("的微博",), r"[^\s。！？，,：:]{1,20}的微博"),
    # a broadcaster's public-service reminder (《TVBS》提醒您：… · ※ 提醒您：酒後不開車) and a legal warning (【警語】飲酒過量，有害健康)
    (("提醒您",), r"(?:[※＊*]\s*|《[^《》]{1,12}》\s*)[^\s。！？]{0,8}?提醒您\s*[:：][^\n]{0,70}"),
    (("警語", "警语"), r"[〈<【\[（(]?\s*(?:警語|警语)\s*[〉>】\]）)]?\s*[:：]?[^\n]{1,60}"),
)
FURNITURE_LINE_MAX = 80


# Furniture shapes that need a mark to match at all, each with its marks: ``is_furniture_line``
# tries one only on a line holding a mark (most lines of prose hold none), where a shape that may
# open with any character would be tried on every line.
GUARDED_FURNITURE_SHAPES: tuple[tuple[str, str], ...] = (
    (
        # the same trail opening with the site or its channel (新华网 > 时政 > 正文 · 人民网>>社会·法治), ending on
        # the article (国内新闻 > 正文), or three steps of any names: short names between arrows are no sentence
        r"(?=[^>＞»›\n]{0,60}[>＞»›])(?:"
        r"[^。！？，,<>＞»›\s]{0,10}(?:网|網|频道|頻道|新闻|新聞|首页|首頁)[^。！？，,<>＞»›\s]{0,4}(?:\s*(?:>>|[>＞»›])\s*[^。！？，,<>＞»›]{1,12}){1,5}"
        r"|[^。！？，,<>＞»›]{1,12}(?:\s*(?:>>|[>＞»›])\s*[^。！？，,<>＞»›]{1,12}){2,5}"
        r"|(?:[^。！？，,<>＞»›]{1,12}\s*(?:>>|[>＞»›])\s*){1,4}(?:正文|详情|詳情|内容|內容|文章))\s*[>＞»›]?",
        ">＞»›",
    ),
    (
        # a portal's menu copied with the story (新浪首页 新闻 体育 财经 娱乐 · 央视网|首页|新闻|体育): three or
        # more short words set apart by spaces or bars, two of them a portal's channels
        # (the row's shape first, which fails within a few characters on a line of prose, then its words)
        r"(?=[^\s|｜·/。！？，,：:]{1,8}(?:\s*[|｜·/]\s*|\s+)(?:[^\s|｜·/。！？，,：:]{1,8}(?:\s*[|｜·/]\s*|\s+)){1,14}"
        r"[^\s|｜·/。！？，,：:]{1,8}$)"
        rf"(?:[^\n]*?(?<![^\s|｜·/]){NAV_WORD}(?![^\s|｜·/])){{2}}[^\n]*",
        " |｜·/\u3000",
    ),
)

# WeChat's page chrome under an article, as a copy of the whole page carries it (the tag notice,
# the follow prompt, the swipe hints, the mini-program dialog, the 喜欢此内容的人还喜欢 box): lines
# only the platform prints. The first of them opens the page's tail; it and the short lines after
# it (the account's name again, 取消 / 允许, 视频 / 小程序 / 赞, the teasers' titles) are furniture.
WECHAT_TAIL_OPENERS: frozenset[str] = frozenset((
    "预览时标签不可点", "預覽時標籤不可點", "微信扫一扫", "微信掃一掃", "关注该公众号", "關注該公眾號",
    "微信扫一扫关注该公众号", "微信扫一扫 关注该公众号", "微信掃一掃關注該公眾號", "微信掃一掃 關注該公眾號",
    "继续滑动看下一个", "繼續滑動看下一個", "向上滑动看下一个", "向上滑動看下一個", "轻触阅读原文", "輕觸閱讀原文",
    "微信扫一扫使用小程序", "微信扫一扫 使用小程序", "微信掃一掃使用小程序", "使用小程序",
    "微信扫一扫可打开此内容，使用完整服务", "微信扫一扫可打开此内容，", "微信扫一扫可打开此内容",
    "喜欢此内容的人还喜欢", "喜歡此內容的人還喜歡", "People who liked this content also liked", "Scan to Follow",
))
WECHAT_TAIL_LINE_MAX = 64  # a teaser's title at most; a longer line after an opener is more story

# A promotion boxed into the story (BBC中文's 推荐播客 … 节目完): its label, a few short lines, and
# the line that closes it; all of it is furniture.
PROMO_OPENERS: frozenset[str] = frozenset(("推荐播客", "推薦播客", "播客推荐", "播客推薦"))
PROMO_CLOSERS: frozenset[str] = frozenset(("节目完", "節目完", "播客完"))
PROMO_MAX_LINES = 5  # lines between the label and its close
# The words one of which makes a line a candidate notice (a keyword scan before the rest).
REPRINT_NOTICE_TOPICS: tuple[str, ...] = ("转载", "轉載", "著作权", "著作權", "版权", "版權", "稿酬", "侵权", "侵權", "知识产权", "知識產權",
                                          "投资建议", "投資建議", "书面授权", "書面授權")
# A reprint/copyright notice longer than FURNITURE_LINE_MAX (本文为XX原创，未经授权不得转载，转载请联系…，
# 违者必究。本站所载文章仅代表作者观点…): furniture when it opens as a notice about the text, holds one
# of the imperative or legal phrases only a notice uses, and every one of its sentences is notice
# language. A report that mentions reprinting (记者调查发现，不少账号未经授权大量转载…) opens as a
# report and stays.
REPRINT_NOTICE_MAX = 320
REPRINT_NOTICE_OPENERS: tuple[str, ...] = (
    "本文", "此文", "本稿", "本篇", "该文", "該文", "稿件", "原创", "原創", "凡", "未经", "未經", "转载", "轉載",
    "版权声明", "版權聲明", "©", "Copyright", "声明", "聲明", "免责声明", "免責聲明", "特别声明", "特別聲明", "原创声明", "原創聲明",
    "本站", "本网", "本網", "本平台", "本号", "本號", "本公众号", "本公眾號", "【版权", "【版權", "【声明", "【聲明",
    "此内容", "此內容", "本内容", "本內容",
    "（本文", "(本文", "【本文",
    # 如需转载请与《每日经济新闻》报社联系。… · 特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。…
    "如需转载", "如需轉載", "如涉及", "如有侵权", "如有侵權", "特别提醒", "特別提醒", "如果我们使用了", "如果我們使用了",
    # the footer a copy from 知乎, 简书 or 掘金 carries: 著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。
    "著作权归", "著作權歸", "版权归", "版權歸",
    # a financial site's disclaimer: 市场有风险，投资需谨慎。本文不构成个人投资建议，…据此投资，责任自负。
    "市场有风险", "市場有風險", "股市有风险", "股市有風險", "投资有风险", "投資有風險",
)
REPRINT_NOTICE_PHRASES: tuple[str, ...] = (
    "不得转载", "禁止转载", "谢绝转载", "严禁转载", "请勿转载", "转载请注明", "转载请联系", "转载须", "转载务必",
    "不得轉載", "禁止轉載", "謝絕轉載", "嚴禁轉載", "請勿轉載", "轉載請註明", "轉載請聯繫", "轉載須", "轉載務必",
    # 财新: …之知识产权为财新传媒及/或相关权利人专属所有或持有。未经许可，禁止进行转载、摘编、复制及建立镜像…
    "专属所有", "專屬所有", "建立镜像", "建立鏡像",
    "违者必究", "違者必究", "依法追究", "版权所有", "版權所有", "不得擅自", "著作权法保护", "著作權法保護",
    "书面授权", "書面授權",  # 中新网: 本网站所刊载信息，不代表中新社和中新网观点。刊用本网站稿件，务经书面授权。
    "著作权法保護", "受到著作权法", "受到著作權法", "不得以任何方式", "保留追究",
    "索取稿酬", "联系删除", "聯繫刪除", "联系我们删除", "要求撤下", "请联系删除", "請聯繫刪除",
    # a portal's note on the stories it carries (新浪声明：…并不意味着赞同其观点…不构成投资建议…风险自担)
    "并不意味着赞同", "並不意味著贊同", "不构成投资建议", "不構成投資建議", "风险自担", "風險自擔",
    "不构成个人投资建议", "不構成個人投資建議", "责任自负", "責任自負",
)
# Words nearly every clause of such a notice holds one of (three in four: 未经书面授权 · 任何媒体、网站
# 或个人不得转载 · 违者必究).
REPRINT_NOTICE_WORDS: tuple[str, ...] = (
    "转载", "轉載", "授权", "授權", "版权", "版權", "侵权", "侵權", "著作权", "著作權", "追究", "法律责任", "法律責任",
    "来源", "來源", "出处", "出處", "原创", "原創", "观点", "觀點", "立场", "立場", "投资建议", "投資建議", "风险", "風險",
    "删除", "刪除", "联系", "聯繫", "聯絡", "免责", "免責", "仅供参考", "僅供參考", "不代表", "摘编", "摘編", "复制", "複製",
    "使用", "引用", "必究", "不得", "禁止", "严禁", "嚴禁", "请勿", "請勿",
    "稿酬", "作品", "本站", "撤下", "删除", "刪除", "许可", "許可", "知识产权", "知識產權", "权利人", "權利人",
    "登载", "登載", "刊载", "刊載", "据此操作", "據此操作",
    "投资", "投資", "用户", "用戶", "自负", "自負",  # a financial site's disclaimer (…个别用户特殊的投资目标…)
)
# The notice a platform of users' posts must print (搜狐号, 大风号, 百家号, 腾讯内容开放平台): the
# phrase only such notices hold, in Chinese or in English.
PLATFORM_NOTICE_PHRASES: tuple[str, ...] = (
    "信息存储空间服务", "信息存储空间", "資訊儲存空間", "信息儲存空間", "information storage space service",
    "provides information storage service",  # 网易号's English notice: …only provides information storage services.
    "信息存储服务", "資訊儲存服務", "信息儲存服務",  # 网易号's: …本平台仅提供信息存储服务。
    # 全国党媒信息公共平台's note under what it carries: 本文来自【新华网】，仅代表作者观点。…提供信息发布传播服务。
    "信息发布传播服务", "信息發布傳播服務",
    # 澎湃号's: 本文为澎湃号作者或机构在澎湃新闻上传并发布，…澎湃新闻仅提供信息发布平台。
    "仅提供信息发布平台", "僅提供信息發布平台", "僅提供資訊發布平台",
)
PLATFORM_NOTICE_OPENERS: tuple[str, ...] = (
    "声明", "聲明", "特别声明", "特別聲明", "平台声明", "平臺聲明", "免责声明", "免責聲明", "Notice", "Statement",
    "Disclaimer", "本文", "本平台", "本内容", "本內容", "以上", "该文", "該文", "此文",  # 36氪: 该文观点仅代表作者本人，…
)
PLATFORM_NOTICE_MAX = 400
# The helpline notice papers print under a story of a suicide or a crisis (Taiwan's by the health
# ministry's guidelines: 珍惜生命，自殺不能解決問題，生命一定可以找到出路。若需諮商或相關協助可撥生命線專線
# 1995、張老師專線1980; Hong Kong's 如有需要，請致電撒瑪利亞防止自殺會 2389 2222; the mainland's 心理援助热线):
# it names a prevention service or says its words, and gives a number to call.
HELPLINE_NOTICE_MARKS: tuple[str, ...] = (
    "珍惜生命", "自殺不能解決問題", "自杀不能解决问题", "自殺防治", "自杀防治", "防止自殺", "防止自杀", "安心專線",
    "安心专线", "生命線", "生命线", "張老師專線", "张老师专线", "心理援助", "心理危机干预", "心理危機", "心理危机",
    "撒瑪利亞", "撒玛利亚", "情緒支援", "情绪支援", "情緒通", "希望热线", "希望熱線",
    # 聯合報's: 自殺，不能解決難題；求助，才是最好的路。求救請打1995（要救救我）: a word whose first
    # character is rare, as the search for these runs on every line (不, 要 open words everywhere)
    "救救我",
)
# Words of a report about a helpline (衛福部表示，去年安心專線接聽逾10萬通): such a line is the story's.
HELPLINE_REPORT_WORDS: tuple[str, ...] = (
    "表示", "指出", "透露", "記者", "记者", "報導", "报道", "報道", "統計", "统计", "調查", "调查", "接聽", "接听",
    "說，", "说，", "說：", "说：", "去年", "今年", "上月", "本月",
)
HELPLINE_NOTICE_MAX = 240
# An outlet's footer run together into one line, each clause a prompt of its own (极目新闻: 更多精彩资讯请在
# 应用市场下载“极目新闻”客户端，未经授权请勿转载，欢迎提供新闻线索，一经采纳即付报酬。24小时报料热线…):
# it opens as a prompt does, and its clauses ask for downloads, follows, tips or respect of its rights.
FOOTER_RUN_OPENERS: tuple[str, ...] = (
    "更多", "下载", "下載", "欢迎", "歡迎", "关注", "關注", "未经", "未經", "如需", "本文", "本稿", "扫码", "掃碼", "点击", "點擊",
    "打开", "打開", "转载", "轉載",
    # a paper's call for tips (封面新闻: 【如果您有新闻线索，欢迎向我们报料，…】, 齐鲁晚报: 想爆料？请登录…)
    "如果您", "如您", "想爆料", "想报料", "想報料", "爆料", "报料", "報料",
)
FOOTER_RUN_WORDS: tuple[str, ...] = (
    "下载", "下載", "客户端", "客戶端", "APP", "App", "转载", "轉載", "授权", "授權", "报料", "報料", "爆料", "线索", "線索",
    "热线", "熱線", "采纳", "採納", "报酬", "報酬", "稿酬", "关注", "關注", "公众号", "公眾號", "订阅", "訂閱", "扫码", "掃碼",
    "二维码", "二維碼", "版权", "版權", "侵权", "侵權", "投稿", "邮箱", "郵箱",
)
FOOTER_RUN_MAX = 200

# Furniture that opens a line whose rest is something else (【纠错】【责任编辑：张三】).
FURNITURE_PREFIXES: tuple[str, ...] = (
    "【纠错】", "[纠错]", "【糾錯】", "【我要纠错】", "[我要纠错]", "【我要糾錯】", "分享让更多人看到", "分享讓更多人看到",
    # 光明网's share widget, which a crawler glued to the first paragraph
    "点击右上角微信好友朋友圈请使用浏览器分享功能进行分享", "点击右上角微信好友 朋友圈 请使用浏览器分享功能进行分享",
)

# Reporter titles stripped from names (记者 张三 → 张三).
REPORTER_TITLES: tuple[str, ...] = (
    "首席记者", "特约记者", "特派记者", "实习记者", "见习记者", "摄影记者", "全媒体记者", "融媒体记者",
    "本报记者", "本台记者", "本网记者", "新华社记者", "中新社记者", "中新网记者", "人民网记者",
    "通讯员", "记者", "特約記者", "特派記者", "實習記者", "攝影記者", "記者", "通訊員", "实习生", "實習生",
)


# --------------------------------------------------------------------------- compiled


def _furniture_shapes() -> tuple[str, ...]:
    return (*_open_shapes(), *(shape for shape, _ in GUARDED_FURNITURE_SHAPES))


def _open_shapes() -> tuple[str, ...]:
    """The shapes tried by their first character (the guarded ones are tried by their marks)."""
    return (*FURNITURE_LINE_SHAPES, f"(?:{_alternation(FURNITURE_PHRASES)})\\s*[:：]?")  # a bare phrase, alone


@cache
def furniture_line_re() -> re.Pattern[str]:
    """A whole line of page furniture (one of ``FURNITURE_LINE_SHAPES``), matched with fullmatch."""
    return regex_cache.compile("|".join(f"(?:{shape})" for shape in _furniture_shapes()), re.IGNORECASE)


@cache
def _furniture_openers() -> tuple[tuple[str, frozenset[str] | None], ...]:
    """Each furniture shape with the characters it may open with (None: any)."""
    return tuple((shape, first_chars(shape, re.IGNORECASE)) for shape in _open_shapes())


@cache
def _furniture_shapes_re(shapes: tuple[str, ...]) -> re.Pattern[str] | None:
    return regex_cache.compile("|".join(f"(?:{shape})" for shape in shapes), re.IGNORECASE) if shapes else None


@cache
def _furniture_for(first: str) -> re.Pattern[str] | None:
    """The furniture shapes that open with ``first`` (and no other), as one pattern (one for each
    set of shapes; None when there is none)."""
    return _furniture_shapes_re(tuple(shape for shape, opens in _furniture_openers() if opens is not None and first in opens))


# Characters one of which every furniture shape needs that may open with any character (上一页's
# 页, 发布于's 布, timestamp's m or M; a test reads each shape's parse to check it): a line holding
# none, most lines of prose, is spared those shapes, whose alternation was the dearest pattern of
# the reader. Both cases of a letter, as the shapes ignore case (no other character folds to these).
FURNITURE_MARKS = "页頁跳查阅閱读讀锁鎖听聽展赞贊讚喜藏布佈属屬帐账帳享微推噗書书印製連链缩縮放版©广廣识識备備证證戳fFlLmMpPtTvVwWyY"


@cache
def _furniture_tables() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                 tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]]:
    """What ``is_furniture_line`` reads, made on first use: the characters a shape names as one it
    may open with, the shapes that may open with any character and their marks, a class of every
    mark (FURNITURE_MARKS and the guarded shapes' marks), and the guarded shapes."""
    opening = frozenset(char for _, opens in _furniture_openers() if opens is not None for char in opens)
    anywhere = regex_cache.compile("|".join(f"(?:{shape})" for shape, opens in _furniture_openers() if opens is None),
                                   re.IGNORECASE)
    every_mark = FURNITURE_MARKS + "".join(marks for _, marks in GUARDED_FURNITURE_SHAPES)
    return (opening, anywhere, regex_cache.compile(f"[{re.escape(FURNITURE_MARKS)}]"),
            regex_cache.compile(f"[{re.escape(every_mark)}]"), _guarded_shapes())


def is_furniture_line(text: str) -> bool:
    """``furniture_line_re().fullmatch(text) is not None``, trying only the shapes that may open
    with the line's first character, and those that may open with any only when the line holds
    one of their marks: the whole alternation tried branch by branch was the dearest pattern of
    the reader, on every short line. A line fullmatches an alternation exactly when it fullmatches
    one of its branches, so leaving out branches that cannot match the line changes nothing (tests
    check it)."""
    if not text:
        return furniture_line_re().fullmatch(text) is not None
    opening, anywhere, anywhere_marks, every_mark, guarded_shapes = _furniture_tables()
    # Most lines open with a character no shape names: no pattern built and kept for each of the
    # thousands of characters lines open with.
    first = text[0]
    pattern = _furniture_for(first) if first in opening else None
    if pattern is not None and pattern.fullmatch(text) is not None:
        return True
    if every_mark.search(text) is None:
        return False  # one scan for the marks of every shape left: most lines hold none
    if anywhere_marks.search(text) is not None and anywhere.fullmatch(text) is not None:
        return True
    # a guarded shape cannot match a line without one of its marks (a test checks the equivalence)
    for guarded, marks in guarded_shapes:
        if marks.search(text) is not None and guarded.fullmatch(text) is not None:
            return True
    return False


@cache
def _guarded_shapes() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """Each guarded shape, with a class of its marks (one scan in C asks whether a line holds one)."""
    return tuple((regex_cache.compile(shape, re.IGNORECASE), regex_cache.compile(f"[{re.escape(marks)}]"))
                 for shape, marks in GUARDED_FURNITURE_SHAPES)


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a non-empty match of ``pattern`` may open with (a set that may hold more),
    or None when that is not known from the pattern's parse: it opens with a class of categories
    (\\s, \\d), a range or a negated class, a character IGNORECASE folds, anything else than
    literals and groups, or it may match nothing. Read from ``re``'s own parse of the pattern."""
    parsed = _sre_parser.parse(pattern, flags)
    found, empty = _opening_chars(parsed.data, parsed.state.flags)
    return None if found is None or empty else frozenset(found)


def _opening_chars(items: Any, flags: int) -> tuple[set[str] | None, bool]:
    """(characters the sequence may open with, whether it may match nothing), None for any."""
    found: set[str] = set()
    for op, value in items:
        opens, empty = _item_opening_chars(op, value, flags)
        if opens is None:
            return None, False
        found |= opens
        if not empty:
            return found, False
    return found, True


@cache
def _white_space() -> frozenset[str]:
    """What \\s matches: str.isspace's characters, none above U+3000 (a test checks every one)."""
    return frozenset(chr(code) for code in range(0x3001) if chr(code).isspace())


def _exact(code: int, flags: int) -> bool:
    """The character matches only itself (IGNORECASE leaves a character without case alone)."""
    return not flags & re.IGNORECASE or not _sre.unicode_iscased(code)


def _item_opening_chars(op: Any, value: Any, flags: int) -> tuple[set[str] | None, bool]:
    c = _sre_constants
    if op is c.LITERAL:
        return ({chr(value)}, False) if _exact(value, flags) else (None, False)
    if op is c.IN:
        chars: set[str] = set()
        for kind, code in value:
            if kind is c.LITERAL and _exact(code, flags):
                chars.add(chr(code))
            elif kind is c.CATEGORY and code is c.CATEGORY_SPACE:
                chars |= _white_space()  # \\s: str.isspace's characters (ASCII ones alone under re.ASCII)
            else:
                return None, False
        return chars, False
    if op is c.BRANCH:
        found: set[str] = set()
        empty = False
        for branch in value[1]:
            opens, branch_empty = _opening_chars(branch.data, flags)
            if opens is None:
                return None, False
            found |= opens
            empty = empty or branch_empty
        return found, empty
    if op is c.SUBPATTERN:
        _, add, remove, sub = value
        return _opening_chars(sub.data, (flags | add) & ~remove)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, sub = value
        opens, empty = _opening_chars(sub.data, flags)
        return opens, empty or low == 0
    if op is c.ATOMIC_GROUP:
        return _opening_chars(value.data, flags)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # takes no character: what follows opens the match
    return None, False


class Opened:
    """``pattern.match(text)``, answered None at once when the text's first character cannot open
    a match (``first_chars`` of the pattern's own parse): a line is asked whether it opens with a
    label of a long alternation (编者按, 相关链接, 责任编辑, 索引号), and the engine tries the
    branches one by one where a set look-up rules most lines out. A pattern whose opening
    characters cannot be told (``first_chars`` None) is always tried."""

    __slots__ = ("opens", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.opens: frozenset[str] | bool | None = False  # read from the parse on first use, not at import

    def match(self, text: str) -> re.Match[str] | None:
        opens = self.opens
        if opens is False:
            opens = self._read_opens()
        if opens is not None and text[:1] not in opens:  # type: ignore[operator]
            return None  # no match opens so (an empty text included: first_chars is None for a pattern matching one)
        return self.pattern.match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        opens = self.opens
        if opens is False:
            opens = self._read_opens()
        if opens is not None and text[:1] not in opens:  # type: ignore[operator]
            return None
        return self.pattern.fullmatch(text)

    def _read_opens(self) -> frozenset[str] | None:
        opens = self.opens = first_chars(self.pattern.pattern, self.pattern.flags)
        return opens


@cache
def furniture_keywords_re() -> re.Pattern[str]:
    """Any word some ``FURNITURE_KEYWORD_SHAPES`` shape needs: one scan rules most lines out."""
    return regex_cache.compile(any_word([word for words, _ in FURNITURE_KEYWORD_SHAPES for word in words]))


@cache
def furniture_keyword_res() -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """``FURNITURE_KEYWORD_SHAPES`` compiled, each matched with fullmatch."""
    return tuple((words, regex_cache.compile(shape, re.IGNORECASE)) for words, shape in FURNITURE_KEYWORD_SHAPES)


@cache
def end_mark_re() -> re.Pattern[str]:
    return regex_cache.compile(rf"\s*(?P<mark>{_alternation(END_MARKS)})\s*$")


@cache
def related_re() -> re.Pattern[str]:
    labels = f"{_alternation(RELATED_LABELS)}|{RELATED_OUTLET_LABEL}|{RELATED_PICKS_LABEL}"
    # a print page's box marks its label (■相关新闻, ●相关链接)
    return regex_cache.compile(rf"^(?:[■□●○◆◇▲△★☆◎※▌▍]\s*)?(?P<open>[【\[（(〔])?\s*(?P<label>{labels})\s*[】\]）)〕]?\s*(?P<colon>[:：])?\s*(?P<rest>.*)$")


@cache
def editor_note_opened() -> Opened:
    return Opened(editor_note_re())


@cache
def editor_note_re() -> re.Pattern[str]:
    # in brackets, an outlet may name its own note (【九派新闻导读】)
    return regex_cache.compile(rf"^[【\[〔（(]?\s*(?P<label>{_alternation(EDITOR_NOTE_LABELS)})\s*[】\]〕）)]?\s*[:：]\s*(?P<rest>.*)$|^[【\[〔](?:[\u4e00-\u9fff]{{1,6}}(?:新闻|新聞|网|網|报|報|社|台))?(?P<label2>{_alternation(EDITOR_NOTE_LABELS)})[】\]〕]\s*(?P<rest2>.*)$")


@cache
def series_re() -> re.Pattern[str]:
    return regex_cache.compile(rf"^[（(【〔［\[]?\s*(?P<name>.{{2,40}}?(?:{_alternation(SERIES_WORDS)}))\s*之\s*(?P<n>{NUMBER})\s*[）)】〕］\]]?$")


@cache
def editor_item_re() -> re.Pattern[str]:
    """One ``label：names`` pair of an editor/credit line."""
    labels = _alternation(EDITOR_LABELS + CREDIT_LABELS)
    return regex_cache.compile(
        rf"(?P<label>{labels})(?:\s*[:：|｜丨/／]\s*(?:【(?P<bracketed>[^:：【】]{{1,20}})】|(?P<names>[^:：|｜丨/／【】\[\]（）()]*?))"
        rf"|\s+(?P<spaced>{_SPACED_NAMES}))\s*"
        rf"(?=$|[】\]）)]|(?:\s+|\s*[|｜丨/／,，;；]\s*)(?:{labels})(?:\s*[:：|｜丨/／]|\s+)|[;；]\s*|{_CONTACT_LABEL})"
    )


# A portal's desk may add its telephone to the editor credit (【责任编辑：张三 TEL：（010）68476606】, 51CTO).
_CONTACT_LABEL = r"\s*(?:TEL|Tel|tel|电话|電話)\s*[:：]"


# Names after a label and a space, with no colon (新京报: 编辑 张三 校对 李四): Han personal names
# only, so that a sentence starting with a label word is never read as a credit.
_SPACED_NAMES = r"[\u3400-\u4dbf\u4e00-\u9fff·]{2,4}(?:[、，,\s]\s*[\u3400-\u4dbf\u4e00-\u9fff·]{2,4})*?"


def item_names(item: re.Match[str]) -> str:
    """The names of an ``editor_item_re`` match, whichever form the credit has."""
    return item.group("names") or item.group("bracketed") or item.group("spaced") or ""


@cache
def editor_line_opened() -> Opened:
    return Opened(editor_line_re())


@cache
def editor_line_re() -> re.Pattern[str]:
    """A whole line that is only editor/credit items, optionally bracketed."""
    labels = _alternation(EDITOR_LABELS + CREDIT_LABELS)
    # 责任编辑：【赵六】 (中新社 video copy): the names in brackets
    item = rf"(?:{labels})(?:\s*[:：|｜丨/／]\s*(?:【[^:：【】]{{1,20}}】|[^:：|｜丨/／【】\[\]（）()]{{0,40}}?)|\s+{_SPACED_NAMES})"
    # A Taiwanese wire may follow the credit with a date code (（編輯：李淑華）1130506).
    contact = rf"(?:{_CONTACT_LABEL}\s*[0-9（）()\-－+ ]{{5,24}}?)?"
    return regex_cache.compile(
        rf"^(?:[【\[（(〔]\s*)?{item}(?:[\s;；,，、|/／]*{item})*{contact}\s*(?:[】\]）)〕])?(?:\s*(?P<code>\d{{6,8}}))?$"
    )


@cache
def trailing_editor_re() -> re.Pattern[str]:
    """An editor credit at the end of a paragraph: ``…。（责任编辑：张三）``."""
    labels = _alternation(EDITOR_LABELS)
    # A Taiwanese wire may follow the credit with a date code (（編輯：李淑華）1130506).
    return regex_cache.compile(rf"(?P<credit>[【\[（(]\s*(?:{labels})\s*[:：][^【】\[\]（）()]{{1,30}}[】\]）)])\s*(?P<code>\d{{6,8}})?\s*$")


# --------------------------------------------------------------------------- datelines

# Shapes of the dateline that opens a story, as templates over named pieces:
# {agency} a known agency spelling or an unknown organisation name ending in a suffix above,
# {place} a short place name, {date} a dateline date, {credit} a bracketed credit.
# Each shape is tried in order; the first match at the start of the lead wins.
HAN = "\u3400-\u4dbf\u4e00-\u9fff"
PLACE_CHAR = rf"(?:(?!讯|訊|记者|記者|电|電|时间)[{HAN}])"
# Places a Taiwanese wire writes straight after the reporter's name (中央社記者王心妤台北17日電).
CNA_PLACES: tuple[str, ...] = tuple(REGION_PLACES) + (
    "北京", "上海", "廣州", "深圳", "東京", "大阪", "首爾", "華盛頓", "紐約", "洛杉磯", "舊金山", "倫敦", "巴黎",
    "柏林", "布魯塞爾", "莫斯科", "新加坡", "曼谷", "河內", "馬尼拉", "雅加達", "吉隆坡", "雪梨", "墨爾本",
    "日內瓦", "維也納", "羅馬", "新德里", "開羅", "多倫多", "溫哥華", "芝加哥", "波士頓", "休士頓",
    # where overseas Chinese papers' reporters file from (大紀元記者陸希休斯頓報導, …薛明珠加州報導)
    "休斯頓", "加州", "德州", "紐澤西", "新澤西", "三藩市", "西雅圖", "聖地牙哥", "費城", "亞特蘭大", "達拉斯",
    "拉斯維加斯", "蒙特婁", "渥太華", "卡加利", "奧克蘭", "布里斯本", "悉尼", "法蘭克福", "慕尼黑", "米蘭", "馬德里",
    "阿姆斯特丹", "斯德哥爾摩", "華沙", "布拉格", "伊斯坦堡", "杜拜", "胡志明市", "金邊", "仰光", "檳城", "名古屋",
    "京都", "橫濱", "釜山", "矽谷", "華府", "橙縣", "灣區", "湾区",
)
# A country or region a place may be named after (大紀元記者戴德蔓台灣台北報導): part of the place.
PLACE_COUNTRIES: tuple[str, ...] = (
    "台灣", "臺灣", "美國", "美国", "加拿大", "日本", "英國", "英国", "澳洲", "法國", "法国", "德國", "德国", "中國", "中国",
    "韓國", "韩国",
)
# Places a mainland reporter line names before 报道 or after 发自 (21世纪经济报道记者 张三 北京报道,
# 南方周末记者 张三 发自成都). Only needed where the place reads like a personal name (成都, 武汉,
# 苏州 open with a surname): any other place token is taken as it stands. A place and a dash
# (华盛顿 — …) must be one of these (or of CNA_PLACES): 中国 - 东盟博览会开幕 is a headline.
MAINLAND_PLACES: tuple[str, ...] = (
    "北京", "上海", "天津", "重庆", "广州", "深圳", "成都", "武汉", "杭州", "南京", "西安", "郑州", "长沙", "沈阳",
    "哈尔滨", "长春", "济南", "青岛", "大连", "厦门", "宁波", "苏州", "无锡", "福州", "南昌", "合肥", "昆明", "贵阳",
    "南宁", "海口", "三亚", "兰州", "西宁", "银川", "乌鲁木齐", "拉萨", "呼和浩特", "太原", "石家庄", "雄安", "珠海",
    "东莞", "佛山", "温州", "常州", "徐州", "扬州", "烟台", "潍坊", "洛阳", "宜昌", "襄阳", "柳州", "桂林", "遵义",
    "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南",
    "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "广西", "西藏", "宁夏", "新疆",
    "香港", "澳门", "台北", "华盛顿", "纽约", "伦敦", "东京", "巴黎", "柏林", "莫斯科", "布鲁塞尔", "日内瓦", "首尔",
    "联合国", "基辅", "耶路撒冷", "新德里", "曼谷", "新加坡", "悉尼", "渥太华", "旧金山", "洛杉矶", "维也纳", "罗马",
)
# Where WeChat says a post was sent from, after its time (2024-01-28 10:15 浙江): the provinces and
# regions, and the countries most posts abroad come from.
WECHAT_PLACES: tuple[str, ...] = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
    "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "中国香港", "中国澳门", "中国台湾",
    "美国", "日本", "英国", "加拿大", "澳大利亚", "新加坡", "德国", "法国", "韩国", "马来西亚", "新西兰",
)
DATELINE_SHAPES: tuple[tuple[str, str], ...] = (
    # 中央社記者王心妤台北17日電 · （中央社特派記者戴雅真名古屋6日電）
    ("cna", r"[（(]?(?P<agency>中央社|中央通訊社)(?:特派|特約|特约)?(?:記者|记者)(?P<people>[{han}、 ]{{2,24}}?)(?P<place>[{han}]{{2,6}})\s*(?P<date>{date})\s*(?:專電|专电|電|电)[）)]?"),
    # （中央社台北24日電） · （中央社基輔24日綜合外電報導）: a known agency's wire in brackets, no reporter
    ("paren_wire", r"[（(](?P<agency>{known})(?P<place>{place}{{1,10}}?)?\s*(?P<date>{date})\s*(?:專電|专电|電|电|訊|讯|(?:綜合|综合)?(?:外電|外电)?(?:報導|报道|報道))[）)]"),
    # 新浪体育讯北京时间1月14日消息 · 新浪财经讯 11月24日消息 · 本报讯 · 央视网消息
    # 证券时报·e公司讯: a channel of the paper after a middle dot (or none: 证券时报e公司讯)
    ("flash", r"(?P<agency>{agency})(?:[·・][{han}A-Za-z0-9]{{1,8}}?|[A-Za-z][{han}A-Za-z0-9]{{0,7}}?)?(?:讯|訊)(?:\s*(?:(?P<place>[{han}]{{2,4}}?)时间)?(?P<date>{date})\s*消息)?"),
    # （观察者网讯 文/观察者网 张三） · （北京综合讯） · （柏林综合电）(联合早报): the flash and its credit in one bracket
    ("paren_flash", r"[（(](?:(?P<agency>{agency})(?:讯|訊)|(?P<place>[{han}]{{2,6}}?)(?:综合|綜合)(?:讯|訊|电|電))\s*(?P<people>[^（）()]{{0,30}})[）)]"),
    # （吉隆坡24日訊） · （新山24日訊） · （北京24日綜合電） (星洲日報, 南洋商報): a place and a day in brackets,
    # perhaps after the paper's name set off by a space (（光華日報 吉隆坡24日訊）)
    ("paren_place", r"[（(](?:(?P<agency>{known})[ \u3000]+)?(?P<place>{place}{{2,6}}?)\s*(?P<date>{date})\s*(?:综合|綜合)?(?:讯|訊|电|電)[）)]"),
    # 上海2024年11月24日 /美通社/ -- (PR Newswire's releases in Chinese, carried by the portals) · 加利福尼亚州
    # 圣克拉拉--(美国商业资讯)-- (Business Wire's): the place, the day, the wire between slashes or dashes
    ("newswire", r"(?P<place>{place}{{2,12}}?)\s*(?:(?P<date>{date})\s*[/／]\s*(?P<agency>{newswires})\s*[/／]"
                 r"|(?:--|——|—)\s*[（(](?P<agency2>{newswires})[）)]\s*(?=--|——|—))"),
    # 新华社照片，北京，2024年11月24日 (a wire's photo service over the picture's caption): the wire, the place, the day
    ("photo_wire", r"(?P<agency>{known})(?:照片|图片|圖片)[，,]\s*(?P<place>{place}{{2,10}}?)[，,]\s*(?P<date>{yeardate})"),
    # a company's own release: （2024年11月24日，北京） · [中国，深圳，2024年11月24日] · 2024年11月24日，中国上海——
    # · 北京，2024年12月5日——
    ("release", r"[（(\[［【]\s*(?:(?P<date>{yeardate})\s*[，,]\s*(?P<place>(?:{place}|[，,、 ]){{2,14}}?)"
                r"|(?P<place2>(?:{place}|[，,、 ]){{2,14}}?)\s*[，,]\s*(?P<date2>{yeardate}))\s*[）)\]］】]"
                r"|(?P<date3>{yeardate})\s*[，,]\s*(?P<place3>{place}{{2,10}}?)\s*(?=——|--|—)"
                # 北京，2024年12月5日—— (the place first)
                r"|(?P<place4>{place}{{2,10}}?)\s*[，,]\s*(?P<date4>{yeardate})\s*(?=——|--|—)"),
    # 中新网福建新闻1月17日电(林玲) · 新华社北京1月17日电(记者 张三) · 本报北京1月17日讯 · 中国经济网北京8月26日讯
    # · 参考消息网11月24日报道 · 中新社 北京11月24日电 (video copy sets the place off by a space)
    # · 路透北京11月24日 - (a known agency's date before a spaced dash) · 新华社多哈12月5日体育专电 (a desk's wire)
    # · 齐鲁网·闪电新闻1月28日讯 (the outlet's app or channel after a middle dot)
    # · 光明日报光明网北京… · 中国日报海外版北京… · 人民日报健康客户端北京… (the paper's website, edition or
    #   app glued after its name: the place follows them; no place ends in 网, 版 or 客户端)
    ("wire", r"(?P<agency>{agency})(?:客户端|客戶端|APP|App|微博|微信|[{han}]{{1,4}}?(?:网|網|版|客户端|客戶端))?(?:[·・][{han}A-Za-z0-9]{{1,8}}?(?:新闻|新聞|客户端|客戶端|频道|頻道|财经|財經))?[ \u3000]?(?P<bureau>[{han}]{{2,4}}(?:新闻|新聞|频道|頻道|分社))?(?P<place>{place}{{1,10}}?)?\s*(?P<date>{date})\s*(?:(?:体育|體育|经济|經濟|财经|財經)?(?:专电|專電)|电|電|讯|訊|消息|(?P<report>报道|報導)|(?P<dash>(?=[ \u3000]+[—–-]{{1,2}}[ \u3000])))"),
    # 宁波12月5日电（记者 林海） · 成都5日讯（记者 王小明）: a wire's dateline with no agency's name (a paper's
    # copy of its bureau's story, a reprint that dropped the masthead): the place, the day and the credit,
    # which must name reporters (the rule reads none without them)
    ("place_wire", r"(?P<place>{place}{{2,8}}?)\s*(?P<date>{date})\s*(?:(?:体育|體育|经济|經濟|财经|財經)?(?:专电|專電)|电|電|讯|訊)(?=\s*[（(])"),
    # 21世纪经济报道记者 张三 北京报道 (or 21世纪经济报道 记者 …) · 记者 李明 上海报道 · 南方周末记者 张三 发自成都: the credit
    # with the place set off by a space, the place glued to 报道 or after 发自 (成都摄影报道: the
    # reporters took the pictures) · 特約撰稿人 張三 發自台北 (端傳媒's freelancers)
    # · 日经中文网 张三 东京报道 · BBC中文 张三 发自伦敦 · 日本经济新闻（中文版：日经中文网）张三 北京报道: after a
    #   listed masthead set off by a space (or its Chinese edition's bracket), the names need no 记者
    # · 南方财经全媒体记者 张三 北京报道 · 潇湘晨报全媒体记者 张三 长沙报道 (a group's 全媒体 desk: the outlet, or
    #   the reporter's title after it)
    ("place_report", r"(?:(?P<edition>[{han}]{{2,10}}[（(]中文版[:：]\s*)?(?P<agency>{agency}|[{han}]{{2,8}}?(?:全媒体|全媒體))(?(edition)[）)][ \u3000]*|[ \u3000]?))?(?:驻[{han}]{{1,10}}?)?(?(agency)(?:(?:全媒体|融媒体|全媒體|融媒體)?(?:首席|特约|特派|实习|见习|特約|實習|見習)?(?:记者|記者|撰稿人)|(?<=[ \u3000）)]))|(?:首席|特约|特派|实习|见习|特約|實習|見習)?(?:记者|記者|撰稿人))\s*(?P<people>[{han}·、 \u3000]{{2,30}}?)[ \u3000]+(?:(?:发自|發自)\s*(?P<sent>{place}{{2,8}})|(?P<place>{place}{{2,8}}?)(?P<camera>摄影|攝影)?(?:报道|報導|報道|报导))"),
    # 本报驻成都记者 王小明 · 人民日报驻东京记者 张三 李四: a paper's correspondent in a place, alone on the line
    # over the story: the paper, the place the bureau is in, the reporters
    ("posted_credit", r"(?P<agency>{agency})(?:驻|駐)(?P<place>{place}{{2,8}}?)(?:首席|特约|特派|特約)?(?:记者|記者)[ \u3000]*"
                      r"(?P<people>[{han}·、 \u3000]{{2,30}}?)\s*$"),
    # 王小明 发自成都 · 张三 李四 发自伦敦: the writers and where they filed from, no title, alone on the line
    ("sent_from", r"(?P<people>[{han}·]{{2,4}}(?:[、 \u3000]+[{han}·]{{2,4}}){{0,3}})[ \u3000]+(?:发自|發自)[ \u3000]*"
                  r"(?P<sent>{place}{{2,8}})\s*$"),
    # 环球网记者李亮报道，… · 环球时报驻东京特约记者 张三报道 · 大公報記者 張三報道：
    ("byline_report", r"(?P<agency>{agency})(?:驻[{han}]{{1,10}}?)?(?:特约|特派|实习|特約|實習)?(?:记者|記者)\s*(?P<people>[{han}、 \u3000]{{2,16}}?)\s*(?:(?P<date>{date})\s*)?(?:报道|報導|報道|报导)"),
    # 本报综合新华社、中新社报道 · 本报综合外电报道: a desk's roundup of named wires (the sources stay in
    # the dateline's text; the agency is the paper that compiled it)
    ("roundup", r"(?P<agency>{known})(?:综合|綜合)(?:(?:{known})[、，,和及与與]?){{0,6}}(?:等)?(?:媒体|媒體|外电|外電)?(?:报道|報導|報道)"),
    # 上報快訊／記者吳柏緯台北報導 · 三立新聞網／記者王小明台北報導 · 上報快訊／記者吳柏緯／台北報導: an
    # outlet (its 快訊/即時 desk), a slash, the reporter and a place before 報導; glued together, the
    # name and the place are told apart by the place list, as in 中央社's wire
    ("glued_report", r"(?:(?P<agency>{known})(?:快訊|快讯|即時|即时|專訊|专讯)?\s*[／/]\s*)?(?:記者|记者)(?P<people>[{han}]{{2,10}}?)(?:\s*[／/]\s*(?P<place>[{han}]{{2,6}}?))?(?:即時|即时)?(?:報導|报道|報道)"),
    # 本港訊 · 本澳訊 (Hong Kong's and Macau's papers): this paper's flash from this territory
    ("home_flash", r"(?P<home>本港|本澳)(?:讯|訊)(?![息号號])"),  # not 本港訊息 (information)
    # 央视网消息 · 本报讯 · 新华社电（记者 张三） (电 only before a bracket, space or colon: 新华社电视… is no dateline)
    # 据央视新闻客户端消息: the app is no place
    ("message", r"(?P<agency>{agency})(?:客户端|客戶端|APP|App)?(?P<place>[{han}]{{0,6}}?)(?:消息|讯|訊|(?:电|電)(?=[\s\u3000（(：:，,]))"),
    # 記者莊友直／台北報導 glued to the text (ETtoday), perhaps after the time stamp and a known
    # masthead (2024-11-24 10:15 聯合報／ 記者楊正海／台北即時報導 · 公視新聞網 記者 陳佳鑫 / 台北報導),
    # perhaps with the camera (TVBS: 記者 李依璇 / 攝影 王大明 報導); after a known masthead the title
    # may go (中國時報 張三／台北報導), or be the translator's (聯合報／ 編譯張三／即時報導, 經濟日報／ 編譯張三／綜合外電)
    ("reporter", r"(?P<stamp>\d{{4}}[年/-]\d{{1,2}}[月/-]\d{{1,2}}日?\s*\d{{1,2}}:\d{{2}}\s*)?(?:(?P<agency>{known})\s*[／/]?\s*)?(?(agency)(?:(?:實習|实习|特約|特约)?(?:記者|记者)|編譯|编译)?|(?:(?:實習|实习|特約|特约)?(?:記者|记者)|編譯|编译))\s*(?P<people>[{han}、 ]{{2,16}}?(?:、\s*[A-Z]{{2,4}})?)\s*[／/]\s*(?:(?:攝影|摄影)\s*(?P<photo>[{han}、]{{2,12}}?)\s*)?(?P<place>[{han}]{{0,6}}?)(?:即時|即时)?(?:報導|报道|報道|综合报道|綜合報導|採訪報導|采访报道|特稿|綜合外電|综合外电)"),
    # 林欣漢記者／台北報導 (the title after the name) · 台北／記者林欣漢 (the place first, a credit line of its own)
    ("titled_after", r"(?P<people>[{han}]{{2,4}})(?:記者|记者)\s*[／/]\s*(?P<place>[{han}]{{0,6}}?)(?:即時|即时)?(?:報導|报道|報道)"),
    ("place_first", r"(?P<place>[{han}]{{2,6}}?)\s*[／/]\s*(?:記者|记者)\s*(?P<people>[{han}、]{{2,12}})(?=\s*$)"),
    # 民視新聞／綜合報導 · 民視新聞／李四、王五 台北報導 · 中天新聞網／綜合報導: a known masthead, a slash, the
    # reporters (if any) set off by a space from the place
    ("masthead_report", r"(?P<agency>{known})\s*[／/]\s*(?:(?P<people>[{han}、]{{2,16}}?)[ \u3000]+)?(?P<place>[{han}]{{0,6}}?)(?:即時|即时)?(?:報導|报道|報道)"),
    # 格隆汇7月26日丨… · 格隆汇7月2日，… (a market wire's flash): a known outlet and the day, set off by a
    # bar or a comma, with no 电 or 讯 between them
    ("date_flash", r"(?P<agency>{known})(?:客户端|客戶端|APP|App)?\s*(?P<date>{date})(?=[ \u3000]*[丨｜|，,])"),
    # 智通财经APP获悉，… · 36氪获悉，…: a known outlet's stock opener, naming itself as the source
    ("source_flash", r"(?P<agency>{known})(?:客户端|客戶端|APP|App)?(?:获悉|獲悉)(?=[，,])"),
    # 國際中心／綜合報導 · 社會中心／高雄報導: a desk, not a reporter
    ("desk", r"(?P<desk>[{han}]{{2,6}}(?:中心|组|組|部))[／/](?P<place>[{han}]{{0,6}}?)(?:報導|报道|報道)"),
    # 【财新网】（记者 王小明） · [新华网]: an organisation alone in brackets opening the story, perhaps
    # with its channel after a dot (【大河报·豫视频】, 【齐鲁晚报·齐鲁壹点】)
    ("bracket_agency", r"[【\[](?P<agency>{agency})(?:[·・•][^】\]\s·・•]{{1,10}})?[】\]]"),
    # (德國之聲中文網)德國總理… · 〔中央社〕 (自由時報 reprinting the wire): a known agency in round brackets
    ("paren_agency", r"[（(〔](?P<agency>{agency})[）)〕]"),
    # 经济观察网 记者 张三 11月24日，…: a masthead, a space, then the credit (read as a loose credit;
    # after the reporter shape: 公視新聞網 記者 陳佳鑫 / 台北報導 names the place)
    # ■星島記者 張三　…: after a Hong Kong paper's mark the title may be glued to the masthead
    ("masthead_credit", r"(?P<agency>{known})(?:客户端|客戶端|APP|App)?(?=[ \u3000]*(?:记者|記者))"),
    # 华盛顿 — 美国国务院星期一…(美国之音, 自由亚洲电台): a place and a dash set off by spaces (or closing a
    # line of its own, the story on the next: 华盛顿 —); 北京——在中国经济…(纽约时报中文网): the place and
    # a Chinese dash of two em dashes, glued
    ("place_dash", r"(?P<place>[{han}]{{2,6}})(?=[ \u3000]+[—–-]{{1,2}}(?:[ \u3000]|$)|——(?!—))"),
    # （記者張三／高雄報導） · （記者張三、李四／綜合報導）: a Taiwanese reporter's credit in round brackets, as
    # in 〔〕 (the bracket shape's inner text, read the same way)
    ("paren_slash_report", r"[（(](?P<inner>(?:實習|实习|特約|特约)?(?:記者|记者)[{han}、 \u3000]{{2,16}}?\s*[／/]\s*[{han}]{{0,6}}?(?:即時|即时)?(?:綜合報導|综合报道|報導|报道|報道))[）)]"),
    # （星島日報報道） · （大公報記者 李明） · （信報記者） · （綜合報道） · （本报记者 张三 李四）: Hong Kong papers'
    # flash and reporter credit in round brackets (a caption's （新华社记者 张三 摄） or a note is none)
    ("paren_report", r"[（(](?P<inner>[{han}A-Za-z0-9]{{0,16}}?(?:专讯|專訊|报道|報導|報道|报导|(?:记者|記者)(?:[ \u3000]*[{han}·]{{2,4}}(?:[ 、\u3000]+[{han}·]{{2,4}}){{0,5}})?))[）)]"),
    # 【明報專訊】 · 【环球网报道】 · 【环球时报驻韩国特约记者 刘信】 · 〔記者王某／台北報導〕 · 【綜合報導】
    # · 【點新聞報道】 (Hong Kong writes 報道) · 【本報消息】 (澳門日報)
    ("bracket", r"[【〔［\[](?P<inner>[^【】〔〕［］\[\]]{{2,80}}?(?:专讯|專訊|讯|訊|报道|報導|報道|报导|消息|记者[^【】〔〕［］\[\]]*|記者[^【】〔〕［］\[\]]*|电|電))[】〕］\]]"),
)
# Press-release wires, named in a release's dateline (上海2024年11月24日 /美通社/ --)
NEWSWIRES: tuple[str, ...] = ("美通社", "美国商业资讯", "美國商業資訊", "亚太商讯", "亞太商訊")
# A day with its year, all a company's release dates itself with
YEAR_DATE = r"(?:\d{4}|[０-９]{4})\s*年\s*(?:\d{1,2}|[０-９]{1,2})\s*月\s*(?:\d{1,2}|[０-９]{1,2})\s*日"
# Words each shape cannot match without (one of them, anywhere in the line): a line holding none
# skips the shape, and a shape no line needed is never compiled (the agency list and the Han
# classes make each one cost milliseconds to compile). Keep in step with DATELINE_SHAPES.
DATELINE_NEEDS: dict[str, tuple[str, ...]] = {
    "cna": ("中央社", "中央通訊社"),
    "newswire": NEWSWIRES,
    "release": ("年",),
    "photo_wire": ("照片，", "图片，", "圖片，", "照片,", "图片,", "圖片,"),
    "paren_wire": ("电", "電", "讯", "訊", "报道", "報導", "報道"),
    "paren_place": ("讯", "訊", "电", "電"),
    "paren_agency": ("（", "(", "〔"),
    "flash": ("讯", "訊"),
    "paren_flash": ("讯", "訊", "综合电", "綜合電"),
    "wire": ("电", "電", "讯", "訊", "消息", "报道", "報導", " -", " —", " –"),
    "place_wire": ("电", "電", "讯", "訊"),
    "place_report": ("报道", "報導", "報道", "报导", "发自", "發自"),
    "paren_slash_report": ("／", "/"),
    "posted_credit": ("驻", "駐"),
    "sent_from": ("发自", "發自"),
    "byline_report": ("报道", "報導", "報道", "报导"),
    "roundup": ("综合", "綜合"),
    "glued_report": ("報導", "报道", "報道"),
    "home_flash": ("本港讯", "本港訊", "本澳讯", "本澳訊"),
    "message": ("消息", "讯", "訊", "电", "電"),
    "masthead_credit": ("记者", "記者"),
    "reporter": ("報導", "报道", "報道", "特稿", "外電", "外电"),
    "masthead_report": ("報導", "报道", "報道"),
    "titled_after": ("記者／", "记者／", "記者/", "记者/", "記者 ／", "記者 /"),
    "place_first": ("／記者", "／记者", "/記者", "/记者", "／ 記者", "/ 記者"),
    "date_flash": ("日丨", "日｜", "日|", "日，", "日,", "日 丨", "日 ｜", "日 |"),
    "source_flash": ("获悉，", "獲悉，", "获悉,", "獲悉,"),
    "desk": ("報導", "报道", "報道"),
    "place_dash": (" —", " –", " -", "\u3000—", "——"),
    "bracket_agency": ("【", "["),
    "bracket": ("【", "〔", "［", "["),
    "paren_report": ("专讯", "專訊", "报道", "報導", "報道", "报导", "记者", "記者"),
}
# Marks a shape must open with (after any picture marks): a line opening otherwise skips it.
DATELINE_OPENERS: dict[str, str] = {"paren_wire": "（(", "paren_place": "（(", "paren_agency": "（(〔", "paren_report": "（(",
                                    "paren_slash_report": "（("}
# A lead naming the outlet as its own source (36氪获悉，… · 据36氪获悉 · 界面新闻从知情人士处获悉 ·
# 财联社记者独家获悉): the outlet is the agency when nothing else names one.
LEAD_SOURCE_VERBS: tuple[str, ...] = ("获悉", "獲悉", "了解到", "瞭解到", "注意到", "留意到")
# A paper's channel between its name and 讯 (新京报贝壳财经讯): a bureau, never a place.
CHANNEL_WORDS: tuple[str, ...] = (
    "财经", "財經", "体育", "體育", "科技", "娱乐", "娛樂", "汽车", "汽車", "房产", "房產", "健康", "教育", "时尚",
    "時尚", "旅游", "旅遊", "文旅", "军事", "軍事", "政务", "政務", "视频", "視頻", "国际", "國際",
)
# A site's sections, as a copy of its page sets the one it files a story under over the headline.
SECTION_LABELS: tuple[str, ...] = (
    "要闻", "要聞", "国内", "國內", "国际", "國際", "两岸", "兩岸", "港闻", "港聞", "港澳", "社会", "社會", "地方", "本地",
    "时政", "時政", "政治", "财经", "財經", "经济", "經濟", "金融", "股市", "产经", "產經", "科技", "体育", "體育",
    "娱乐", "娛樂", "文化", "文娱", "文娛", "教育", "健康", "生活", "军事", "軍事", "观点", "觀點", "评论", "評論",
    "论坛", "論壇", "焦点", "焦點", "头条", "頭條", "即时", "即時", "全球", "中国", "中國", "大陆", "大陸", "台湾", "台灣",
    "言论", "言論", "副刊", "专题", "專題",
    "新加坡", "马来西亚", "馬來西亞", "东南亚", "東南亞", "亚洲", "亞洲", "香港", "澳门", "澳門", "港澳", "大中华", "大中華",
)
# After a dateline: an optional bracketed credit, then separators before the lead text.
DATELINE_CREDIT = r"\s*[（(](?P<credit>[^（）()]{{1,40}})[）)]"
DATELINE_SEPARATORS = " \t\u3000\u00a0:：,，|丨｜—-–"
BRACKET_REPORT_WORDS: tuple[str, ...] = (
    "专讯", "專訊", "综合报道", "綜合報導", "綜合報道", "报道", "報導", "報道", "报导", "消息", "讯", "訊", "电", "電",
)
# Bracketed report labels that name no organisation (【綜合報導】, 【本报讯】 is handled as 本报).
GENERIC_REPORT_SOURCES: tuple[str, ...] = ("综合", "綜合", "综合外电", "綜合外電", "即时", "即時", "独家", "獨家", "特稿", "国际", "國際")
# Endings of a column's tag in brackets at the head of a lead (【路况快报】, 【天气预报】, 【早间新闻】): a
# kind of report, where an unlisted outlet's name ends in 报 or 新闻 too (【某某日报】 stays one).
REPORT_COLUMN_ENDINGS: tuple[str, ...] = (
    "快报", "快報", "预报", "預報", "简报", "簡報", "播报", "播報", "速报", "速報", "通报", "通報", "汇报", "匯報",
    "间新闻", "間新聞", "要闻", "要聞",
)
# The note under a law's, a regulation's or a resolution's title saying when and by whom it was
# adopted (题注): （2021年3月11日第十三届全国人民代表大会第四次会议通过）, with its later amendments
# (…通过　根据2020年12月26日…决定修正), its promulgation (…主席令第二十六号公布　自2020年1月1日起施行), or a
# report's occasion (（2024年3月5日在第十四届全国人民代表大会第二次会议上）). Dates in figures or in Chinese numerals.
_NOTE_DATE = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日"
ADOPTION_NOTE = (
    rf"^[（(]\s*{_NOTE_DATE}[^（）()]{{0,400}}?"
    r"(?:通过|通過|批准|修正|修订|修訂|公布|施行|发布|發布|印发|印發|颁布|頒布|在[^（）()]{2,60}上)\s*[）)]$"
)
# A print-edition line: 《人民日报》（2023年08月22日 第 17 版）.
PRINT_EDITION = r"^《\s*(?P<paper>[^《》]{2,20}?)\s*》\s*[（(](?P<edition>[^（）()]{0,40}版)\s*[）)]$"
# A magazine's issue line closing a story its site reprints (中国新闻周刊: 发于2024.3.4总第1131期《中国新闻
# 周刊》杂志): the magazine and the issue's day, as a paper's print-edition line gives them.
# A note of where the story first ran (（原文刊载于《某某杂志》2024年第3期）, 本文刊发于《光明日报》2024年3月5日
# 11版): the paper or magazine, and the issue or the day.
PUBLISHED_IN = (
    r"^[（(]?\s*(?:本文|原文|此文|该文|該文)?(?:原)?(?:刊载|刊載|刊发|刊發|发表|發表|刊登|首发|首發|原载|原載|载|載)(?:于|於|在)?\s*"
    r"《\s*(?P<paper>[^《》]{2,20}?)\s*》(?P<edition>[^（）()。！？，,]{0,24}?)\s*[。.]?\s*[）)]?$"
)
MAGAZINE_ISSUE = (
    r"^(?:本文)?(?:发|發)(?:表)?于\s*(?P<edition>(?:19|20)\d{2}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?)\s*"
    r"(?:总第\s*\d+\s*期|總第\s*\d+\s*期|第\s*\d+\s*期)?\s*《(?P<paper>[^《》]{2,20})》\s*(?:杂志|雜誌)?[。.]?$"
)
# A magazine's issue line over or under a story its site or a copy carries (财新周刊 2024年第18期 出版日期
# 2024年05月06日 · 《三联生活周刊》2024年第20期 · 南风窗 2024年第10期 · 《中国新闻周刊》2024年第9期（总第1131期）):
# the magazine (in title marks, or set off by a space) and the issue, with the day it came out if given.
MAGAZINE_ISSUE_LINE = (
    r"^(?:《\s*(?P<marked>[^《》]{2,20}?)\s*》\s*|(?P<paper>[\u4e00-\u9fffA-Za-z]{2,12})[ \u3000]+)"
    r"(?:19|20)\d{2}\s*年\s*第\s*\d{1,3}\s*期(?:\s*[（(]?\s*(?:总第|總第)\s*\d{1,5}\s*期\s*[）)]?)?"
    r"(?:[ \u3000]*(?:出版日期|出版時間|出版时间|出刊日期|出版)\s*[:：]?\s*(?P<date>(?:19|20)\d{2}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?))?$"
)
# A broadcast stamp closing a programme's running order: （《新闻联播》 20240428 19:00）.
PROGRAMME_STAMP = (
    r"^[（(]\s*《(?P<programme>[^《》]{2,20})》\s*(?P<date>(?:19|20)\d{6})(?:\s*(?P<time>\d{1,2}:\d{2}))?\s*[）)]$"
)
# A compact date in a title's closing brackets: 《新闻联播》（20240428）.
TITLE_DATE = r"[（(]\s*(?P<date>(?:19|20)\d{6})\s*[）)]\s*$"
