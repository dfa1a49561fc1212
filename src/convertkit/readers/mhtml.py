"""Web pages saved as one file: MHTML (``.mht``/``.mhtml``, RFC 2557), as Chrome and Edge save a
page "as a single file" and Internet Explorer and Word saved "web archives".

The file is a MIME message: the page's HTML is one part (quoted-printable or base64, in its
own charset), its pictures and stylesheets the others. We take the page's part and hand it to
the HTML reader; the address the page was saved from (``Snapshot-Content-Location``, or the
part's ``Content-Location``) is kept when the page itself names none. The message's ``Date``
is when the page was saved, not published, and is not used.
"""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import Message

from ..errors import NoArticleError
from ..model import Document
from .html_meta import page_in_utf8
from .saved_page import read_saved_page

__all__ = ["looks_like_mhtml", "page_part", "read_mhtml", "read_mhtml_documents"]

_HEAD_SIGNS = (b"from: <saved by blink>", b"from: <saved by", b"snapshot-content-location:")


def looks_like_mhtml(head: bytes) -> bool:
    """``head``: the file's first bytes, lower-cased. A MIME message whose root is a page."""
    if any(head.startswith(sign) for sign in _HEAD_SIGNS):
        return True
    top = head.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    return b"mime-version:" in top and b"multipart/related" in head[:4096]


def _html_parts(message: Message) -> list[Message]:
    return [part for part in message.walk() if part.get_content_type() in ("text/html", "application/xhtml+xml")]


def page_part(data: bytes, path: str | None = None) -> tuple[bytes, str | None]:
    """The page's HTML as bytes the HTML reader can decode, and the address it was saved from.

    The root part is the one ``Snapshot-Content-Location`` or the ``start`` parameter names,
    else the first page part (later ones are frames and ads). Its declared charset is applied
    here: the HTML inside may still declare the charset the site served it in."""
    message = message_from_bytes(data, policy=policy.compat32)
    if not message.is_multipart():
        raise NoArticleError("is not a saved page: a MIME file without parts", path=path)
    parts = _html_parts(message)
    if not parts:
        raise NoArticleError("is a saved page without any HTML part", path=path)
    address = message.get("Snapshot-Content-Location") or None
    start = (message.get_param("start") or "").strip("<>")
    root = next((part for part in parts if address and part.get("Content-Location") == address), None) \
        or next((part for part in parts if start and (part.get("Content-ID") or "").strip("<>") == start), None) \
        or parts[0]
    payload = root.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise NoArticleError("is a saved page whose HTML part is empty", path=path)
    address = address or root.get("Content-Location") or None
    return page_in_utf8(payload, root.get_content_charset()), address


def read_mhtml(data: bytes, *, path: str | None = None) -> Document:
    html, address = page_part(data, path)
    return read_saved_page(html, address, path=path, format="mhtml")


def read_mhtml_documents(data: bytes, *, path: str | None = None, **_: object) -> list[Document]:
    return [read_mhtml(data, path=path)]

