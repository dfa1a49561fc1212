"""``to-txt``: a clean reading copy an analyst can paste into a mail or a chat.

Chinese plain-text conventions: one paragraph per line (no hard wrapping: the reader's window
wraps), a blank line between paragraphs, paragraphs indented with two ideographic spaces, and
the parts that are not body text (captions, links, the editor line) marked as such in words,
so nothing depends on fonts or colours.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import BinaryIO, ClassVar

from ..model import (
    Attachments,
    Caption,
    Document,
    EditorLine,
    EditorNote,
    EndMark,
    Heading,
    Imprint,
    Lead,
    Paragraph,
    Point,
    RelatedLinks,
    Salutation,
    SeriesLabel,
    Signature,
    Turn,
)
from .base import RenderContext
from .masthead import CAPTION_LABEL, attachment_lines, meta_line, note_body, reading_blocks, turn_line

INDENT = "\u3000\u3000"
ARTICLE_RULE = "\n" + "—" * 20 + "\n\n"  # between articles when several share one file
IMPRINT_RULE = "─" * 20  # above and below an official document's 版记 (抄送, 印发)


@dataclass(frozen=True, slots=True)
class TextOptions:
    crlf: bool = field(default=False, metadata={"help": "Windows line endings (CRLF)."})


def render_text(doc: Document) -> str:
    """The reading copy as one string, ending with a newline."""
    meta = doc.meta
    out: list[str] = [meta.kicker, meta.title] if meta.kicker else [meta.title]
    if meta.subtitle:
        out.append(meta.subtitle)
    line = meta_line(meta)
    if line:
        out.append(line)
    out.append("")
    caption_label = CAPTION_LABEL.get(meta.language, CAPTION_LABEL["zh-Hans"])
    for block in reading_blocks(doc):
        if type(block) is Paragraph:  # most blocks: the case below, without trying the ones above it
            out.append(INDENT + block.text)
            out.append("")
            continue
        match block:
            case EditorNote():
                # a note's later paragraph has no label of its own (作者简介's second paragraph)
                label = f"【{block.label}】" if block.label else ""
                out.append(label + note_body(block.text, block.label))
            case SeriesLabel():
                out.append(f"〔{block.text}〕")
            case Heading():
                out.append(block.text)
            case Lead():
                dateline = meta.dateline.text if meta.dateline else ""
                out.append(INDENT + dateline + block.text)
            case Point():
                out.append(INDENT * (1 + block.depth) + block.text)  # an item of a list an item opened: further in
            case Paragraph():
                out.append(INDENT + block.text)
            case Turn():
                out.append(INDENT + turn_line(block))
            case Caption():
                out.append(f"［{caption_label}］{block.text}")
            case EndMark():
                if out and out[-1] == "" and len(out) > 1 and out[-2].startswith(INDENT):
                    out.pop()  # the end mark closes the last paragraph, as in print
                    out[-1] += block.text
                else:
                    out.append(INDENT + block.text)
            case Attachments():  # 附件：1．… with the later items under the first one's number
                for role, line in attachment_lines(block.label, block.items):
                    out.append(INDENT + ("" if role == "attachments_label" else "\u3000" * 3) + line)
            case Imprint():  # the 版记 between rules, as printed
                out.extend([IMPRINT_RULE, *block.lines, IMPRINT_RULE])
            case RelatedLinks():
                out.append(f"{block.label}：")
                out.extend(f"{INDENT}· {item.title}" + (f"  {item.url}" if item.url else "") for item in block.items)
            case EditorLine() | Salutation() | Signature():
                out.append(block.text)
            case _:
                out.append(getattr(block, "text", ""))
        out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


class TextWriter:
    name: ClassVar[str] = "txt"
    extension: ClassVar[str] = ".txt"
    description: ClassVar[str] = "a clean plain-text reading copy (UTF-8)"
    binary: ClassVar[bool] = False
    Options: ClassVar[type] = TextOptions

    def write_many(self, docs: Sequence[Document], ctx: RenderContext, out: BinaryIO) -> None:
        """Several reading copies in one file, each after a rule line."""
        self._emit(ARTICLE_RULE.join(render_text(doc) for doc in docs), ctx, out)

    def write(self, doc: Document, ctx: RenderContext, out: BinaryIO) -> None:
        self._emit(render_text(doc), ctx, out)

    def _emit(self, text: str, ctx: RenderContext, out: BinaryIO) -> None:
        options: TextOptions = ctx.options if isinstance(ctx.options, TextOptions) else TextOptions()
        if options.crlf:
            text = text.replace("\n", "\r\n")
        out.write(text.encode("utf-8"))
