"""Lists inside lists: the items of a list that an item opens.

A summary of the evening news lists its stories 1. to 17., and one of them (15.国内联播快讯：)
opens a list of its own, （1）…（4）, before 16. goes on; a notice's 1. item ending with a colon
lists its （1）（2） cases. Told by the labels' shapes (1. against （1）) and the opening colon, each
such item gets its ``Point.depth``, so writers indent it under the item that opened its list.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .. import regex_cache
from ..model import Block, Point

_DIGITS = regex_cache.compile(r"[0-9０-９]+")
_NUMERALS = regex_cache.compile(r"[〇一二三四五六七八九十百零]+")
_LETTERS = regex_cache.compile(r"(?<![A-Za-z])[A-Za-z](?![A-Za-z])")  # a. b. (A) (B)
_CIRCLED = regex_cache.compile(r"[\u2460-\u2473\u2776-\u277f]")  # ① ⑳ ❶
_OPENS = ("：", ":")


def label_shape(label: str) -> str:
    """A label with its number taken out: 15. and 1. are one shape, （1） and （12） another, ①
    and ③ a third, a. and b. a fourth."""
    label = _NUMERALS.sub("一", _DIGITS.sub("1", label.strip()))
    return _CIRCLED.sub("①", _LETTERS.sub("a", label))


def nest_items(blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` with the depth of each list item under the item whose colon opened its list;
    items whose label takes up an open list's shape again go back to that list's depth."""
    out: list[Block] = []
    shapes: list[str] = []  # the label shape of each list open at the current item, outermost first
    previous: Point | None = None
    for block in blocks:
        if not (isinstance(block, Point) and block.item and block.label):
            out.append(block)
            previous, shapes = None, []
            continue
        if block.depth:
            out.append(block)  # the container nested it (a <ul> in an <li>): its depth stands
            previous = block
            continue
        shape = label_shape(block.label)
        if previous is not None and shape in shapes:
            del shapes[shapes.index(shape) + 1:]  # the list it belongs to, after a sublist
        elif previous is not None and previous.text.rstrip().endswith(_OPENS):
            shapes.append(shape)  # the first item of the list the previous item opened
        else:
            shapes = [shape]
        depth = len(shapes) - 1
        block = dataclasses.replace(block, depth=depth) if depth != block.depth else block
        out.append(block)
        previous = block
    return out
