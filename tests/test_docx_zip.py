"""The DOCX writer's own zip writer gives the bytes zipfile gives for the same members.

The writer deflates the parts every article shares once per process and assembles the
archive itself (``convertkit.writers.docx._zip``); before, zipfile wrote it. Reproducible
output means the same bytes either way, so the two are compared directly here, including
the edge cases of a zip's DOS time stamp (years before 1980, odd seconds) and empty members.
"""

from __future__ import annotations

import io
import random
import zipfile
from datetime import UTC, datetime

import pytest

from convertkit.writers.docx import _deflate, _zip


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
    ours = _zip([_deflate(name, payload, level) for name, payload, level in members], moment)
    assert ours == with_zipfile(members, moment)
    with zipfile.ZipFile(io.BytesIO(ours)) as archive:
        assert archive.testzip() is None
        assert [archive.read(name) for name, _, _ in members] == [payload for _, payload, _ in members]
