"""Pages saved as one file (MHTML): Chrome's "Webpage, Single File" and Internet Explorer's web
archive, built here byte by byte the way those browsers write them (headers, boundaries,
quoted-printable or base64, the part's own charset), around an invented news page."""

from __future__ import annotations

import base64
import quopri
import subprocess
import sys

import pytest

from convertkit import read
from convertkit.errors import NoArticleError
from convertkit.readers import sniff_format
from test_reader_html import synthetic

URL = "https://www.example.cn/2024/0305/c1001-12345.html"
GIF = base64.b64decode(b"R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def chrome_mhtml(page: bytes, *, address: str = URL) -> bytes:
    """Blink's layout: From/Snapshot-Content-Location/Subject/Date/MIME headers, the page part
    quoted-printable in UTF-8 (Blink re-serialises the page and says so in a <meta>), then a
    picture in base64, each part with its Content-Location."""
    html = page.replace(b"<head>", b'<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', 1)
    boundary = "----MultipartBoundary--Xq1zYk2Ww3Vv4Uu5Tt6Ss7Rr8Qq9Pp0Oo----"
    head = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {address}\r\n"
        "Subject: =?utf-8?Q?=E5=85=A8=E5=9B=BD=E4=BA=BA=E5=A4=A7?=\r\n"
        "Date: Tue, 5 Mar 2024 09:12:40 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
    ).encode()
    page_part = (
        f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-0123456789ABCDEF@mhtml.blink>\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {address}\r\n\r\n"
    ).encode() + quopri.encodestring(html).replace(b"\n", b"\r\n") + b"\r\n"
    picture = (
        f"--{boundary}\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: http://img.example.cn/a.jpg\r\n\r\n"
    ).encode() + base64.encodebytes(GIF).replace(b"\n", b"\r\n") + f"\r\n--{boundary}--\r\n".encode()
    return head + page_part + picture


def ie_mht(page: bytes) -> bytes:
    """Internet Explorer's web archive: the page labelled GB2312 (its <meta> says so too) and,
    as sites do, holding characters only GB18030 has (©), in base64."""
    html = page.decode("utf-8").replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    boundary = "----=_NextPart_000_0000_01DA6E8C.8E5C1B10"
    return (
        "From: <Saved by Windows Internet Explorer 11>\r\n"
        "Subject: =?gb2312?B?yKu5+sjLtPM=?=\r\n"
        "Date: Tue, 5 Mar 2024 09:12:40 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n'
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24158\r\n\r\n"
        "This is a multi-part message in MIME format.\r\n\r\n"
        f'--{boundary}\r\nContent-Type: text/html;\r\n\tcharset="gb2312"\r\nContent-Transfer-Encoding: base64\r\n'
        f"Content-Location: {URL}\r\n\r\n"
    ).encode() + base64.encodebytes(html.encode("gb18030")).replace(b"\n", b"\r\n") + f"\r\n--{boundary}--\r\n".encode()


@pytest.mark.parametrize("saved", [chrome_mhtml, ie_mht], ids=["chrome", "ie"])
def test_a_page_saved_as_one_file_reads_like_the_page(saved) -> None:
    expected = read(synthetic(), format="html")
    doc = read(saved(synthetic()))
    assert doc.meta.source.format == "mhtml"
    assert doc.meta.title == expected.meta.title == "全国人大二次会议在京开幕"
    assert doc.meta.published == expected.meta.published
    assert doc.meta.agency == expected.meta.agency
    assert doc.meta.reporters == expected.meta.reporters
    assert [block.kind for block in doc.blocks] == [block.kind for block in expected.blocks]
    assert [getattr(block, "text", None) for block in doc.blocks] == [getattr(block, "text", None) for block in expected.blocks]
    assert doc.meta.source.url == URL  # the page names no address of its own: the saved-from one


def test_the_page_part_is_the_snapshot_not_a_frame() -> None:
    """Chrome saves frames as later text/html parts; the snapshot's address names the page."""
    frame = b"<html><body><p>\xe5\xb9\xbf\xe5\x91\x8a\xe4\xbd\x8d\xe6\x8b\x9b\xe7\xa7\x9f</p></body></html>"
    saved = chrome_mhtml(synthetic())
    boundary = saved.split(b'boundary="', 1)[1].split(b'"', 1)[0]
    frame_part = (b"--" + boundary + b"\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                  b"Content-Location: https://ads.example.cn/frame.html\r\n\r\n" + quopri.encodestring(frame) + b"\r\n")
    head, rest = saved.split(b"\r\n\r\n\r\n", 1)
    reordered = head + b"\r\n\r\n\r\n" + frame_part + rest  # the frame first
    assert read(reordered).meta.title == "全国人大二次会议在京开幕"


@pytest.mark.parametrize(("data", "path", "expected"), [
    (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://a.cn/\r\n", None, "mhtml"),
    (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\n", None, "mhtml"),
    (b"anything", "page.mht", "mhtml"), (b"anything", "page.MHTML", "mhtml"),
    ("From: 新华社\n\n北京3月5日电，正文。".encode(), None, "text"),  # a text opening with a From line
    (b"Subject: a\r\n\r\nplain mail without parts", None, "text"),
])
def test_sniffing_mhtml(data: bytes, path: str | None, expected: str) -> None:
    assert sniff_format(data, path) == expected


@pytest.mark.parametrize(("data", "reason"), [
    (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n--x\r\n"
     b"Content-Type: image/gif\r\n\r\nGIF89a\r\n--x--\r\n", "without any HTML part"),
    (b"From: <Saved by Blink>\r\nSubject: x\r\n\r\nno parts", "without parts"),
])
def test_a_saved_file_without_a_page_is_one_clear_error(data: bytes, reason: str) -> None:
    with pytest.raises(NoArticleError, match=reason):
        read(data, format="mhtml")


def test_the_command_line_converts_an_mhtml_file(tmp_path) -> None:
    source = tmp_path / "page.mhtml"
    source.write_bytes(chrome_mhtml(synthetic()))
    out = tmp_path / "page.txt"
    result = subprocess.run([sys.executable, "-m", "convertkit", "to-txt", str(source), "-o", str(out)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("全国人大二次会议在京开幕")
