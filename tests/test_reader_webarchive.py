"""Pages saved by Safari (.webarchive): a binary property list holding the page's bytes, text
encoding and address, built here with plistlib around an invented news page in GBK."""

from __future__ import annotations

import plistlib

import pytest

from convertkit import read
from convertkit.errors import NoArticleError
from convertkit.readers import sniff_format
from test_reader_html import synthetic

URL = "https://www.example.cn/2024/0305/c1001-12345.html"


def webarchive(page: bytes, *, encoding: str = "UTF-8", kind: str = "text/html") -> bytes:
    main = {"WebResourceData": page, "WebResourceFrameName": "", "WebResourceMIMEType": kind,
            "WebResourceTextEncodingName": encoding, "WebResourceURL": URL}
    picture = {"WebResourceData": b"GIF89a", "WebResourceMIMEType": "image/gif", "WebResourceURL": "https://img.example.cn/a.gif"}
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": [picture]}, fmt=plistlib.FMT_BINARY)


def test_a_page_safari_saved_reads_like_the_page() -> None:
    page = synthetic()
    expected = read(page, format="html")
    gbk = page.decode("utf-8").replace('<meta charset="utf-8">', "").encode("gb18030")
    doc = read(webarchive(gbk, encoding="GBK"))
    assert doc.meta.title == expected.meta.title and doc.blocks == expected.blocks
    assert doc.meta.source.format == "webarchive" and doc.meta.source.url == URL


@pytest.mark.parametrize(("data", "path", "expected"), [
    (webarchive(b"<html></html>"), None, "webarchive"),
    (b"<html><body><p>x</p></body></html>", "page.webarchive", "webarchive"),
    (b"bplist00", None, "webarchive"),
])
def test_sniffing_a_webarchive(data: bytes, path: str | None, expected: str) -> None:
    assert sniff_format(data, path) == expected


@pytest.mark.parametrize(("data", "reason"), [
    (plistlib.dumps({"Items": [1, 2]}, fmt=plistlib.FMT_BINARY), "without a saved page"),
    (b"bplist00\x00\x01damaged", "damaged property list"),
    (webarchive(b"GIF89a", kind="image/gif"), "of no page"),
])
def test_a_webarchive_without_a_page_is_one_clear_error(data: bytes, reason: str) -> None:
    with pytest.raises(NoArticleError, match=reason):
        read(data, format="webarchive")


def test_the_command_line_converts_a_webarchive(tmp_path) -> None:
    import subprocess
    import sys

    source = tmp_path / "page.webarchive"
    source.write_bytes(webarchive(synthetic()))
    done = subprocess.run([sys.executable, "-m", "convertkit", "to-txt", str(source), "-o", str(tmp_path / "out.txt")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "全国人大二次会议在京开幕" in (tmp_path / "out.txt").read_text(encoding="utf-8")
