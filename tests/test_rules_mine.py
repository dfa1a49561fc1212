"""Shapes met in real CMS article stores (a portal app's seeded articles, a site's SQL dump of
stored article HTML), rebuilt with invented text."""

from __future__ import annotations

import json

from convertkit import read


def _record(title: str, *paragraphs: str) -> bytes:
    content = "".join(f'<p style="text-indent: 2em;">{text}</p><p style="text-indent: 2em;"><br/></p>'
                      for text in paragraphs)
    return json.dumps({"title": title, "content": content}, ensure_ascii=False).encode()


def test_press_conference_questioner_is_not_the_stories_outlet():
    """A transcript names who asks (台湾TVBS记者：…？, 法新社记者：…): another outlet's reporter."""
    doc = read(_record(
        "市长：明年将新建三千套保障性住房",
        "12日上午，市长在市政府新闻发布厅会见中外记者，并回答记者提出的问题。",
        "台湾TVBS记者：今年以来房价持续上涨，不少年轻人买不起房。请问市政府明年有什么措施帮助他们解决住房问题？",
        "市长：我们明年将新建三千套保障性住房，并且继续扩大租赁补贴的覆盖范围，让更多年轻人住得安心。",
    ), format="json")
    assert doc.meta.agency is None


def test_own_reporter_in_the_lead_still_names_the_outlet():
    doc = read(_record(
        "港口货运量创新高",
        "美国之音记者从港口管理部门获悉，今年前十个月港口货物吞吐量同比增长百分之八，创历史新高。",
        "港口管理部门有关负责人表示，下一步将继续扩大航线网络，提升港口的集装箱处理能力。",
    ), format="json")
    assert doc.meta.agency == "美国之音"


def test_trainee_reporter_keeps_their_credit_word():
    """本报讯（记者 张三 实习记者 李四 王五）: the trainees are credited as 实习记者, not 记者."""
    doc = read("本报讯（记者 张明 实习记者 李华 王芳）近日，有市民拨打本报热线反映，城区一处路口的红绿灯时间过短。"
               "记者随后前往现场核实了情况。".encode(), format="text")
    assert doc.meta.reporters == ("张明", "李华", "王芳")
    assert doc.meta.reporter_roles == ("", "实习记者", "实习记者")
