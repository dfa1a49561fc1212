"""Shapes met on saved Traditional Chinese news pages (Taiwanese papers and a wire service, from a
news parser's sample set), rebuilt here with invented text. Each test names the page shape; the
rules are general.
"""

from __future__ import annotations

from convertkit import read

_STORY = (
    "北市文山區一處公園今天上午舉辦社區清潔活動，數十名志工沿著步道撿拾垃圾，並清理周邊的排水溝，活動持續約三小時。",
    "主辦單位表示，今年參加的志工人數比去年多出一倍，其中不少是附近學校的學生，希望藉此讓更多人關心社區環境。",
    "區公所人員指出，公園步道落葉量在秋季明顯增加，未來將與里辦公處合作，每月固定舉辦一次清潔活動，歡迎民眾報名參加。",
)
_TITLES = tuple(f"{place}舉辦{event} 民眾熱烈參與第{number}場" for number, (place, event) in enumerate((
    ("新竹", "燈會"), ("台南", "市集"), ("花蓮", "路跑"), ("宜蘭", "音樂節"), ("嘉義", "書展"), ("屏東", "園遊會"),
), start=1))
_MORE_TITLES = tuple(f"{place}{event}活動登場 主辦單位預估人潮將創新高" for place, event in (
    ("基隆", "海洋"), ("桃園", "農業"), ("苗栗", "客家"), ("南投", "茶葉"), ("雲林", "布袋戲"), ("澎湖", "花火"),
))


def _kinds(doc) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in doc.blocks]


def _texts(doc) -> str:
    return "\n".join(block.text for block in doc.blocks if getattr(block, "text", None))


def _share_buttons() -> str:
    items = "".join(f'<li><a href="javascript:;" title="分享至{name}">{name}</a></li>'
                    for name in ("Facebook", "Line", "Weibo", "Twitter", "複製連結"))
    return f'<div class="social-share"><ul>{items}</ul></div>'


def test_a_picture_shot_off_a_screen_names_its_photographer_before_the_verb():
    """（圖／記者林大明翻攝）: 翻攝 is the verb (shot off a screen or a print); the name is 林大明."""
    page = (
        "<html><head><meta charset='utf-8'><title>社區志工清潔公園</title></head><body><article><h1>社區志工清潔公園</h1>"
        "<figure><img src='a.jpg'><figcaption>▲志工清理公園步道的落葉。（圖／記者林大明翻攝）</figcaption></figure>"
        + "".join(f"<p>{text}</p>" for text in _STORY) + "</article></body></html>"
    )
    doc = read(page.encode(), format="html")
    assert "林大明" in doc.meta.photographers
    assert "林大明翻" not in doc.meta.photographers
