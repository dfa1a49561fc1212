"""Our zip writer (``convertkit.writers.ziparchive``, DOCX and EPUB) gives the bytes zipfile
gives for the same members.

The writers compress some members once per process and assemble the archive themselves.
Reproducible output means the same bytes either way, so the two are compared directly here,
including the edge cases of a zip's DOS time stamp (years before 1980, odd seconds), empty
and stored members; fast-deflated members (ISA-L) must read back exactly.
"""

from __future__ import annotations

import io
import random
import zipfile
from datetime import UTC, datetime

import pytest

from convertkit.writers.ziparchive import archive, deflated, deflated_fast, stored


def with_zipfile(members: list[tuple[str, bytes, int]], moment: datetime) -> bytes:
    stamp = (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute, moment.second)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, payload, level in members:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = 0o644 << 16
            target.writestr(info, payload, compress_type=zipfile.ZIP_DEFLATED, compresslevel=level)
    return out.getvalue()


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2019, 1, 17, 15, 10, 0, tzinfo=UTC),
        datetime(2024, 2, 29, 23, 59, 59, tzinfo=UTC),
        datetime(1975, 5, 1, 0, 0, 1, tzinfo=UTC),
        datetime(2107, 12, 31, 1, 2, 3, tzinfo=UTC),
    ],
)
def test_same_bytes_as_zipfile(moment: datetime) -> None:
    rng = random.Random(moment.year)
    members = [("[Content_Types].xml", b"", 6), ("word/document.xml", "中文".encode() * 500, 6)]
    members += [
        (f"word/fonts/font{n}.odttf", rng.randbytes(rng.randint(0, 70_000)), 1) for n in range(1, 4)
    ]
    ours = archive([deflated(name, payload, level) for name, payload, level in members], moment)
    assert ours == with_zipfile(members, moment)
    with zipfile.ZipFile(io.BytesIO(ours)) as read:
        assert read.testzip() is None
        assert [read.read(name) for name, _, _ in members] == [payload for _, payload, _ in members]


def test_stored_members_as_zipfile_stores_them() -> None:
    moment = datetime(2019, 1, 17, 15, 10, 0, tzinfo=UTC)
    ours = archive([stored("mimetype", b"application/epub+zip"), deflated("a.xhtml", b"<p/>" * 100)], moment)
    stamp = (2019, 1, 17, 15, 10, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name, payload, method in (("mimetype", b"application/epub+zip", zipfile.ZIP_STORED),
                                      ("a.xhtml", b"<p/>" * 100, zipfile.ZIP_DEFLATED)):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.external_attr = 0o644 << 16
            target.writestr(info, payload, compress_type=method)
    assert ours == out.getvalue()


def test_fast_deflate_reads_back_exactly() -> None:
    rng = random.Random(7)
    payloads = [b"", b"x", rng.randbytes(100_000), "中文字体".encode() * 20_000]
    members = [deflated_fast(f"f{index}.ttf", payload) for index, payload in enumerate(payloads)]
    with zipfile.ZipFile(io.BytesIO(archive(members, datetime(2020, 1, 1, tzinfo=UTC)))) as read:
        assert read.testzip() is None
        assert [read.read(f"f{index}.ttf") for index in range(len(payloads))] == payloads


def test_without_isal_fonts_get_zlib_level_1(monkeypatch) -> None:
    from convertkit.writers import ziparchive

    monkeypatch.setattr(ziparchive, "_isal", lambda: None)
    payload = random.Random(3).randbytes(50_000) + b"\0" * 50_000
    assert deflated_fast("f.ttf", payload) == deflated("f.ttf", payload, level=1)


def test_text_members_read_back_and_fall_back_to_zlib_level_6(monkeypatch) -> None:
    from convertkit.writers import ziparchive

    payload = ("<p>新华社北京1月17日电</p>" * 400).encode()
    member = deflated_fast("EPUB/article.xhtml", payload, level=3)
    with zipfile.ZipFile(io.BytesIO(archive([member], datetime(2020, 1, 1, tzinfo=UTC)))) as read:
        assert read.read("EPUB/article.xhtml") == payload
    assert len(member.data) < len(payload) // 10
    monkeypatch.setattr(ziparchive, "_isal", lambda: None)
    assert deflated_fast("a.xhtml", payload, level=3) == deflated("a.xhtml", payload, level=6)
