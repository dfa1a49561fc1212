"""Web pages saved by Safari (``.webarchive``): a binary property list holding the page as it was
received (``WebMainResource``: its bytes, text encoding, address and type) and its pictures,
scripts and frames (``WebSubresources``, ``WebSubframeArchives``).

As for MHTML, the page's HTML is taken out and handed to the HTML reader; the address it was
saved from is kept when the page itself names none. Only the main resource is read: the frames
are ads and players.
"""

from __future__ import annotations

import plistlib
from typing import Any

from ..errors import NoArticleError
from ..model import Document
from .html_meta import page_in_utf8
from .saved_page import read_saved_page

__all__ = ["page_resource", "read_webarchive", "read_webarchive_documents"]

_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def page_resource(data: bytes, path: str | None = None) -> tuple[bytes, str | None]:
    """The main page's HTML as bytes the HTML reader can decode, and the address it came from."""
    try:
        archive: Any = plistlib.loads(data)
    except (ValueError, LookupError, TypeError, OverflowError, RecursionError):  # what a damaged list raises
        raise NoArticleError("is not a readable Safari web archive (a damaged property list)", path=path) from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    payload = main.get("WebResourceData") if isinstance(main, dict) else None
    if not isinstance(payload, bytes):
        raise NoArticleError("is a property list without a saved page (no WebMainResource)", path=path)
    kind = str(main.get("WebResourceMIMEType") or "text/html").lower()
    if kind not in _PAGE_TYPES or not payload.strip():
        raise NoArticleError(f"is a Safari web archive of no page ({kind})", path=path)
    charset = main.get("WebResourceTextEncodingName")
    address = main.get("WebResourceURL")
    return page_in_utf8(payload, charset if isinstance(charset, str) else None), \
        address if isinstance(address, str) else None


def read_webarchive(data: bytes, *, path: str | None = None) -> Document:
    html, address = page_resource(data, path)
    return read_saved_page(html, address, path=path, format="webarchive")


def read_webarchive_documents(data: bytes, *, path: str | None = None, **_: object) -> list[Document]:
    return [read_webarchive(data, path=path)]
