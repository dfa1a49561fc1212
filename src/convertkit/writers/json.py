"""``to-json``: the model in its versioned JSON form, for pipelines and for checking the reader."""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from json import encoder as _json_encoder
from json.encoder import encode_basestring
from typing import Any, BinaryIO, ClassVar

from ..model import Document
from ..model.jsonio import document_to_dict
from .base import RenderContext


@dataclass(frozen=True, slots=True)
class JsonOptions:
    indent: int = field(default=2, metadata={
        "help": "Indentation; 0 writes one line. Several articles are a JSON array, or JSON Lines with 0 "
                "(the default for a .jsonl destination)."})

    def __post_init__(self) -> None:
        if self.indent < 0:
            raise ValueError(f"indent must be 0 or more, not {self.indent}")


# Values json writes as they are, with nothing inside to indent: a container holding only these
# is written by the C encoder in one call (see ``dumps_indented``).
_FLAT = frozenset((str, int, float, bool, type(None)))
_STR = frozenset((str,))


class _Unusual(Exception):
    """A value ``dumps_indented`` leaves to json.dumps (a key that is no str, a str subclass, an
    object json would hand to ``default``)."""


@cache
def _flat_encoder(separator: str) -> Any:
    """json's C encoder writing a container's items apart with ``separator`` (a comma, the new
    line and the items' indentation): a flat container's indented form but for its brackets.
    Made once per level, as json.dumps would make it on every call."""
    make = getattr(_json_encoder, "c_make_encoder", None)  # json.encoder's C part, None without it
    if make is None:  # an interpreter without json's C part: its own encoder, the same text
        return json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(separator, ": ")).encode
    encoder = make(None, _unserialisable, encode_basestring, None, ": ", separator, False, False, True)
    return lambda value: "".join(encoder(value, 0))


def _unserialisable(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_NO_KEY = object()
_NO_KEYS = itertools.repeat(_NO_KEY)  # a list's items, walked as a dict's pairs without their keys
_CONSTANTS = {None: "null", True: "true", False: "false"}


def dumps_indented(value: Any, indent: int) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=indent)``, the same text, for ``indent`` > 0.

    With an indent, json writes in pure Python, a generator for each level yielding every item
    up through the levels above it: most of the JSON writer's time. Here only the levels that
    hold containers are walked in Python; a dict or list holding only strings, numbers, booleans
    and nulls (a block, the dateline, the source) is written by json's C encoder with the comma,
    new line and indentation of its level as the item separator, its brackets set as json sets
    them. Anything unusual goes to json.dumps whole. A test compares the two on documents and on
    random values."""
    out: list[str] = []
    try:
        _write(value, 0, indent, out)
    except _Unusual:
        return json.dumps(value, ensure_ascii=False, indent=indent)
    return "".join(out)


def _write(value: Any, level: int, indent: int, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif kind is dict or kind is list or kind is tuple:
        if not value:
            out.append("{}" if kind is dict else "[]")
            return
        inner = "\n" + " " * (indent * (level + 1))
        close = "\n" + " " * (indent * level) + ("}" if kind is dict else "]")
        items = value.values() if kind is dict else value
        if _FLAT.issuperset(map(type, items)) and (kind is not dict or _STR.issuperset(map(type, value))):
            text = _flat_encoder("," + inner)(value)
            out.append(text[0] + inner + text[1:-1] + close)
            return
        if kind is not dict and _flat_records(value):
            _write_records(value, level, indent, inner, close, out)
            return
        out.append("{" if kind is dict else "[")
        separator = inner
        pairs = value.items() if kind is dict else zip(_NO_KEYS, value, strict=False)
        for key, item in pairs:
            if key is not _NO_KEY:
                if type(key) is not str:
                    raise _Unusual
                separator += encode_basestring(key) + ": "
            item_kind = type(item)  # the commonest values written here, without a call
            if item_kind is str:
                out.append(separator + encode_basestring(item))
            elif item is None:
                out.append(separator + "null")
            else:
                out.append(separator)
                _write(item, level + 1, indent, out)
            separator = "," + inner
        out.append(close)
    elif kind is int:
        out.append(int.__repr__(value))
    elif value is None or kind is bool:
        out.append(_CONSTANTS[value])
    elif kind is float:
        out.append(_flat_encoder(",")(value))
    else:
        raise _Unusual


def _flat_records(items: Any) -> bool:
    """Whether every item is a flat dict (``_FLAT`` values, str keys) with at least one item: the
    blocks of a document."""
    for item in items:
        if type(item) is not dict or not item or not _FLAT.issuperset(map(type, item.values())) \
                or not _STR.issuperset(map(type, item)):
            return False
    return True


def _write_records(items: Any, level: int, indent: int, inner: str, close: str, out: list[str]) -> None:
    """A list of flat records in one call of the C encoder, with the records' items apart as their
    level wants them; the brackets between two records (``},`` and the separator, then ``{``) set
    apart afterwards. That sequence stands nowhere else: the separator's new line is never in an
    encoded string (json writes it as \\n), and no string or scalar ends with ``}`` or opens with ``{``
    outside its quotes."""
    field = "\n" + " " * (indent * (level + 2))
    text = _flat_encoder("," + field)(items)  # [{"kind": …,<field>"text": …},<field>{…}]
    text = text[2:-2].replace("}," + field + "{", inner + "}," + inner + "{" + field)
    out.append("[" + inner + "{" + field + text + inner + "}" + close)


class JsonWriter:
    name: ClassVar[str] = "json"
    extension: ClassVar[str] = ".json"
    description: ClassVar[str] = "the document model as versioned JSON (convertkit.document/1)"
    binary: ClassVar[bool] = False
    needs_keywords: ClassVar[bool] = True
    Options: ClassVar[type] = JsonOptions

    def write_many(self, docs: Sequence[Document], ctx: RenderContext, out: BinaryIO) -> None:
        """Several articles: a JSON array (a ``.json`` file stays one JSON value that any parser
        reads), or with ``indent`` 0 JSON Lines, one compact document per line."""
        options: JsonOptions = ctx.options if isinstance(ctx.options, JsonOptions) else JsonOptions()
        if options.indent:
            text = _dumps([document_to_dict(doc) for doc in docs], options.indent)
            out.write(text.encode("utf-8") + b"\n")
            return
        for doc in docs:
            out.write(json.dumps(document_to_dict(doc), ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
            out.write(b"\n")

    def write(self, doc: Document, ctx: RenderContext, out: BinaryIO) -> None:
        options: JsonOptions = ctx.options if isinstance(ctx.options, JsonOptions) else JsonOptions()
        if options.indent:
            text = _dumps(document_to_dict(doc), options.indent)
        else:
            text = json.dumps(document_to_dict(doc), ensure_ascii=False, separators=(",", ":"))
        out.write(text.encode("utf-8") + b"\n")


def _dumps(value: Any, indent: Any) -> str:
    """The indented form: ``dumps_indented`` for a positive whole indent, json.dumps for any
    other (a string of white space, a negative number)."""
    if type(indent) is int and indent > 0:
        return dumps_indented(value, indent)
    return json.dumps(value, ensure_ascii=False, indent=indent)
