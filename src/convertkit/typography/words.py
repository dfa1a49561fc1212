"""Where a headline's words are, so that a broken headline never splits one (陳水 / 扁的房舍).

clreq lets a line break between any two Han characters, and body text is set that way. A
centred headline of two or three lines is read phrase by phrase, though, and a name or a word
cut at its line end reads as a typo. jieba finds the words (its dictionary is the one the
summariser loads, on first need); a traditional headline is cut in its simplified form, which
jieba's dictionary knows, when the conversion keeps every character in place.
"""

from __future__ import annotations

from functools import lru_cache

from .clreq import is_han


@lru_cache(maxsize=256)
def inside_words(text: str) -> frozenset[int]:
    """Positions inside a word of two or more Han characters: no line may start at one."""
    from ..summarize.tokens import tokenizer
    from ..transforms.script import convert_text, has_traditional

    probe = text
    if has_traditional(text):
        simplified = convert_text(text, "t2s")
        probe = simplified if len(simplified) == len(text) else text
    inside: set[int] = set()
    offset = 0
    for word in tokenizer().cut(probe):
        if len(word) > 1 and all(is_han(char) for char in word):
            inside.update(range(offset + 1, offset + len(word)))
        offset += len(word)
    return frozenset(inside)
