"""7-bit Chinese: HZ-GB-2312 and ISO-2022-CN, ASCII bytes that are Chinese text."""

from __future__ import annotations

from .. import regex_cache
from ..errors import EncodingError
from .common import _CJK_RE, Decoded
from .frequency import _CHINESE_MIN_SHARE, _frequent_share

_HZ_MIN_HAN = 4


def _seven_bit(data: bytes, path: str | None) -> Decoded | None:
    """HZ-GB-2312 (``~{`` … ``~}``, Usenet and old mail) or ISO-2022-CN (escape sequences and
    shifts), which are ASCII bytes; None for ASCII that is neither."""
    if b"~{" in data:
        try:
            text = data.decode("hz")
        except UnicodeDecodeError:
            text = ""
        share = _frequent_share(text, "gb2312") if len(_CJK_RE.findall(text)) >= _HZ_MIN_HAN else None
        if share is not None and share >= _CHINESE_MIN_SHARE:
            return Decoded(text, "hz")
    if b"\x1b$" in data:
        return _iso2022_cn(data, path)
    return None


_ISO2022_DESIGNATION_RE = regex_cache.compile(rb"\x1b\$([)*+])([A-Z])")


def _iso2022_cn(data: bytes, path: str | None) -> Decoded | None:
    """ISO-2022-CN (RFC 1922) with GB2312 designated (ESC $ ) A, then SO … SI): each shifted pair
    is a GB2312 code less 0x80. Its CNS 11643 planes (ESC $ ) G, ESC $ * H), like EUC-TW,
    have no Python codec; a file using them is refused by name."""
    sets = {match.group(2) for match in _ISO2022_DESIGNATION_RE.finditer(data)}
    if not sets:
        return None
    if sets - {b"A"}:
        raise EncodingError("is encoded in ISO-2022-CN with CNS 11643 (Traditional) characters, which convertkit "
                            "cannot decode: convert it to UTF-8 first (iconv -f ISO-2022-CN -t UTF-8)", path=path)
    out: list[str] = []
    for line in data.split(b"\n"):  # designations and shifts end with each line (RFC 1922)
        shifted = False
        pieces = _ISO2022_TOKEN_RE.split(line)
        for piece in pieces:
            if piece == b"\x0e":
                shifted = True
            elif piece == b"\x0f":
                shifted = False
            elif piece.startswith(b"\x1b"):
                continue
            elif shifted:
                if len(piece) % 2:
                    raise EncodingError("is ISO-2022-CN with a character cut in half: not valid ISO-2022-CN", path=path)
                try:
                    out.append(bytes(byte | 0x80 for byte in piece).decode("gb2312"))
                except UnicodeDecodeError:
                    raise EncodingError("declares GB2312 in ISO-2022-CN escapes, but its shifted bytes are not "
                                        "valid GB2312", path=path) from None
            else:
                out.append(piece.decode("ascii"))
        out.append("\n")
    return Decoded("".join(out)[:-1], "iso2022_cn")


_ISO2022_TOKEN_RE = regex_cache.compile(rb"(\x0e|\x0f|\x1b\$[)*+][A-Z]|\x1bN|\x1bO)")
