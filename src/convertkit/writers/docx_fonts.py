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

Names: an embedded subset is named after what it holds. LibreOffice keeps the fonts a document
embeds for the rest of its session, by family name, and takes an embedded font it already has
under that name for any later document (Word, too, keeps one font per name): two briefings
opened or converted together would draw the second with the first one's subset, and every
character only the second has as tofu. So each embedded family is named with a tag of its
members' digests (``Noto Serif SC 5QKX2M7A``, PostScript ``NotoSerifSC-Regular-5QKX2M7A``), in
the font table, in the styles and runs that use it, and inside the font itself: the same
subsets share a name harmlessly, different ones never do. ``w:altName`` keeps the family's
own name, for a reader that substitutes an installed font. Without embedded fonts the plain
names stay: the reader's installed fonts are meant then.

Reproducible output: tags are digests of the subsets' content and keys are derived from a hash
of the family name and style, never from a random GUID, so the same input gives the same file.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Sequence
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

#: Characters of a subset tag: 8 of base32 (A–Z, 2–7), 40 bits of digest.
TAG_LENGTH = 8
# Windows takes a family name of at most 31 characters (LOGFONT's LF_FACESIZE, with its NUL);
# a PostScript name may have 63.
_MAX_FAMILY = 31
_MAX_POSTSCRIPT = 63


def subset_tag(digests: Iterable[bytes]) -> str:
    """The tag of a family whose embedded members have these content digests (regular, then
    bold): the same members give the same tag, different ones another."""
    joined = hashlib.sha256(b"convertkit-docx-subset\x00" + b"".join(digests)).digest()
    return base64.b32encode(joined).decode("ascii")[:TAG_LENGTH]


def tagged_family(family: str, tag: str) -> str:
    """``Noto Serif SC 5QKX2M7A``: the family, shortened if need be, then the tag."""
    return f"{family[: _MAX_FAMILY - TAG_LENGTH - 1].rstrip()} {tag}"


def tagged_postscript(postscript: str, tag: str) -> str:
    """``NotoSerifSC-Regular-5QKX2M7A``: the face's PostScript name, then the tag."""
    return f"{postscript[: _MAX_POSTSCRIPT - TAG_LENGTH - 1]}-{tag}"


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
    which lets a reader that cannot use the embedded face pick a sensible substitute;
    ``alt_name`` (``w:altName``) is the family's own name when ``name`` is a subset's tagged one.
    """

    name: str
    generic: str = "auto"
    alt_name: str | None = None
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
        entry = [f"<w:font w:name={quoteattr(family.name)}>"]
        if family.alt_name is not None:
            entry.append(f"<w:altName w:val={quoteattr(family.alt_name)}/>")
        entry += [
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
