"""Fonts inside a DOCX: obfuscated subsets, the font table that points at them, and the switch.

A press office opens our briefings on machines that have no Chinese fonts (LibreOffice on a
Linux desktop, Word on a fresh Mac). Without embedded fonts such a machine draws tofu or a
random fallback, so we carry the faces we use, cut down to the characters of the document.

The packaging follows ECMA-376 Part 1 §17.8.1 (font embedding) and §17.8.3.3 (the font
table): each face is a part ``word/fonts/fontN.odttf`` whose first 32 bytes are XOR-ed with a
16-byte key; the key is the GUID in ``w:fontKey`` read backwards byte by byte (§17.8.1,
"Font Embedding"). The parts hang off ``word/fontTable.xml`` through relationships, and
``w:embedRegular`` / ``w:embedBold`` tie each one to its family. Everything here is bytes in,
bytes out: the writer subsets, this module packages.

Reproducible output: keys are derived from a hash of the family name and style, never from a
random GUID, so the same input gives the same file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import quoteattr

OBFUSCATED_FONT_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
FONT_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"

OBFUSCATED_LENGTH = 32  # §17.8.1: only the first 32 bytes are obfuscated

# Windows character sets for w:charset: GB2312 for Simplified, Big5 for Traditional Chinese.
CHARSET_GB2312 = "86"
CHARSET_BIG5 = "88"

_STYLE_ELEMENTS = {"regular": "w:embedRegular", "bold": "w:embedBold"}


def font_key(family: str, style: str) -> str:
    """A stable ``{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}`` key for one embedded face.

    Upper-case hex on purpose: LibreOffice's reader only accepts ``0-9A-F`` in the key.
    """
    digest = (
        hashlib.sha256(f"convertkit-docx-font\x00{family}\x00{style}".encode())
        .hexdigest()[:32]
        .upper()
    )
    parts = (digest[:8], digest[8:12], digest[12:16], digest[16:20], digest[20:])
    return "{" + "-".join(parts) + "}"


def _key_bytes(key: str) -> bytes:
    hex_digits = key.strip("{}").replace("-", "")
    if len(hex_digits) != 32:
        raise ValueError(f"font key {key!r} is not a GUID")
    return bytes.fromhex(hex_digits)[::-1]


def obfuscate(data: bytes, key: str) -> bytes:
    """XOR the first 32 bytes of ``data`` with the key (§17.8.1); its own inverse."""
    key_bytes = _key_bytes(key)
    head = bytes(
        byte ^ key_bytes[index % 16] for index, byte in enumerate(data[:OBFUSCATED_LENGTH])
    )
    return head + data[OBFUSCATED_LENGTH:]


deobfuscate = obfuscate


@dataclass(frozen=True, slots=True)
class FontFamily:
    """One family named in ``w:rFonts``, with the subset faces to embed (None: not embedded).

    ``generic`` is the ``w:family`` value (``roman`` for 宋/楷 serif designs, ``swiss`` for 黑),
    which lets a reader that cannot use the embedded face pick a sensible substitute.
    """

    name: str
    generic: str = "auto"
    regular: bytes | None = None
    bold: bytes | None = None


@dataclass(frozen=True, slots=True)
class FontParts:
    """What the package needs: the font table, its relationships and the obfuscated parts."""

    font_table: bytes
    relationships: bytes | None
    parts: dict[str, bytes] = field(default_factory=dict)  # zip member name -> obfuscated bytes

    @property
    def embedded(self) -> bool:
        return bool(self.parts)


def build_font_parts(families: Sequence[FontFamily], *, charset: str = CHARSET_GB2312) -> FontParts:
    """The font table for ``families`` and, for faces that carry bytes, their obfuscated parts.

    Deliberately no ``w:subsetted`` on the embed elements: recent LibreOffice refuses to use a
    face marked subsetted when a document is opened for editing (new characters could be
    missing), which would bring the tofu back on exactly the machines we embed for. The
    settings part still says ``w:saveSubsetFonts``, which only asks Word to subset on save.
    """
    fonts_xml: list[str] = []
    rels_xml: list[str] = []
    parts: dict[str, bytes] = {}
    for family in families:
        entry = [
            f"<w:font w:name={quoteattr(family.name)}>",
            f'<w:charset w:val="{charset}"/>',
            f'<w:family w:val="{family.generic}"/>',
            '<w:pitch w:val="variable"/>',
        ]
        for style in ("regular", "bold"):
            data = family.regular if style == "regular" else family.bold
            if data is None:
                continue
            number = len(parts) + 1
            rel_id = f"rId{number}"
            key = font_key(family.name, style)
            parts[f"word/fonts/font{number}.odttf"] = obfuscate(data, key)
            rels_xml.append(
                f'<Relationship Id="{rel_id}" Type="{FONT_RELATIONSHIP}" '
                f'Target="fonts/font{number}.odttf"/>'
            )
            entry.append(f'<{_STYLE_ELEMENTS[style]} r:id="{rel_id}" w:fontKey="{key}"/>')
        entry.append("</w:font>")
        fonts_xml.append("".join(entry))
    font_table = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<w:fonts xmlns:w="{W_NS}" xmlns:r="{R_NS}">' + "".join(fonts_xml) + "</w:fonts>"
    ).encode("utf-8")
    relationships = None
    if rels_xml:
        relationships = (
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<Relationships xmlns="{PKG_REL_NS}">' + "".join(rels_xml) + "</Relationships>"
        ).encode("utf-8")
    return FontParts(font_table=font_table, relationships=relationships, parts=parts)
