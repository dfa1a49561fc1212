"""Pages nested deeper than libxml2 parses: their markup flattened below a safe depth first.

libxml2's HTML parser stops at 256 open elements ("Excessive depth in document") and drops
everything after that point, so a page whose tags are never closed (a ``<font>`` or a ``<div>``
opened for every line of an old CMS's output) or that wraps its story in hundreds of ``<div>``
lost its article without a word: "no body text found". Such a page is tokenised again here,
and the start and end tags of the elements that would open below ``MAX_DEPTH`` are left out;
their text, and the tags above that depth, are kept as written.
"""

from __future__ import annotations

from html.parser import HTMLParser

from lxml import html as lxml_html

MAX_DEPTH = 200  # open elements kept; libxml2 gives up at 256 (2048 with XML_PARSE_HUGE)

# Elements without an end tag: never counted as open.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr"})


def parse_page(text: str) -> lxml_html.HtmlElement:
    """The page's tree; a page too deep for libxml2 is parsed from its flattened markup."""
    parser = lxml_html.HTMLParser()
    tree = lxml_html.document_fromstring(text, parser=parser)
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        tree = lxml_html.document_fromstring(flattened(text), parser=lxml_html.HTMLParser())
    return tree


def flattened(text: str, limit: int = MAX_DEPTH) -> str:
    """``text`` with the tags of elements nested deeper than ``limit`` left out (their contents kept)."""
    flattener = _Flattener(limit)
    flattener.feed(text)
    flattener.close()
    return "".join(flattener.out)


class _Flattener(HTMLParser):
    """Re-emits the markup as written, token by token, keeping a stack of open elements: a
    start tag past ``limit`` open elements is dropped, and so is the end tag that closes it."""

    def __init__(self, limit: int) -> None:
        super().__init__(convert_charrefs=False)
        self.limit = limit
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, whether its tags were kept)
        self.kept = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        if tag in _VOID:
            self.out.append(raw)
            return
        keep = self.kept < self.limit
        self.stack.append((tag, keep))
        if keep:
            self.kept += 1
            self.out.append(raw)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.out.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                break
        else:
            self.out.append(f"</{tag}>")  # a stray end tag: the parser makes of it what it always did
            return
        closed = self.stack[index:]
        del self.stack[index:]
        self.kept -= sum(1 for _, kept in closed if kept)
        if closed[0][1]:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.out.append(data)

    def handle_entityref(self, name: str) -> None:
        self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")
