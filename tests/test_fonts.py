"""The bundled fonts: licences, outlines, coverage, fallback, and fast reproducible subsets."""

from __future__ import annotations

import io
import pickle
import time
import unicodedata
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from hypothesis import given, settings
from hypothesis import strategies as st

from convertkit.errors import FontError
from convertkit.fonts import (
    BASIC_CHARS,
    EXTENSION_ROLES,
    FACE_ROLES,
    FALLBACK_ROLES,
    NAMING_IDS,
    FontNames,
    FontSet,
    _master,
    cut_subset,
    load_fonts,
    needs_glyph,
    renamed_font,
    subset_bytes,
)
from convertkit.resources import fonts_dir

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_5f66b059eaaa6a40.txt"

# Traditional Chinese, every character of it in Big5.
BIG5_SAMPLE = (
    "臺灣資訊產業協會週三發表報告指出，據統計，這項調查顯示民眾對於環境議題的關注度"
    "明顯提高；專家認為：「政府應該儘速擬訂對策。」《聯合報》記者綜合報導。"
    "鑑於颱風來襲，鐵路與機場營運暫停，請旅客留意最新消息！"
)

OFL_HEADER = "SIL OPEN FONT LICENSE Version 1.1"


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return load_fonts()


def _han(text: str) -> str:
    return "".join(dict.fromkeys(ch for ch in text if unicodedata.name(ch, "").startswith("CJK")))


def _encodable(codec: str) -> str:
    chars = []
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xF8FF:
            continue  # surrogates and private use
        try:
            chr(cp).encode(codec)
        except UnicodeEncodeError:
            continue
        chars.append(chr(cp))
    return "".join(chars)


# --- the files ------------------------------------------------------------------------------


def test_every_face_role_is_shipped_with_regular_and_the_noto_faces_with_bold(
    fonts: FontSet,
) -> None:
    assert set(fonts.roles) == set(FACE_ROLES) | set(FALLBACK_ROLES) | set(EXTENSION_ROLES)
    for role in FACE_ROLES + FALLBACK_ROLES + EXTENSION_ROLES:
        assert fonts.face(role).bold is False
    assert fonts.face("serif", bold=True).bold is True
    assert fonts.face("sans", bold=True).bold is True


@pytest.mark.parametrize("index", range(11))
def test_shipped_font_has_truetype_outlines_names_and_an_ofl_licence(
    fonts: FontSet, index: int
) -> None:
    face = fonts.faces[index]
    font = TTFont(face.path, lazy=True)
    assert "glyf" in font and "CFF " not in font and "CFF2" not in font
    assert font["name"].getDebugName(6) == face.name
    assert face.family in {"Noto Serif SC", "Noto Sans SC", "LXGW WenKai", "Noto Sans Symbols2",
                           "Noto Sans Symbols", "Noto Sans Math", "Noto Emoji",
                           "Noto Serif CJK SC Ext", "Noto Sans CJK SC Ext"}
    assert "Open Font License" in (font["name"].getDebugName(13) or "")
    assert font["OS/2"].fsType == 0  # installable embedding: DOCX and EPUB may carry subsets
    licence = face.path.parent / f"OFL-{face.path.stem.split('-')[0]}.txt"
    assert licence.is_file(), f"no licence file beside {face.path.name}"
    assert OFL_HEADER in licence.read_text(encoding="utf-8")


def test_readme_documents_every_font_file() -> None:
    readme = (fonts_dir() / "README.md").read_text(encoding="utf-8")
    for path in fonts_dir().glob("*.ttf"):
        assert path.name in readme
    assert "OFL" in readme and "build_fonts.py" in readme and "build_extb_fonts.py" in readme


def test_fonts_stay_small_enough_to_ship() -> None:
    total = sum(p.stat().st_size for p in fonts_dir().iterdir() if p.is_file())
    assert total < 60_000_000


# --- coverage -------------------------------------------------------------------------------


def test_every_face_covers_every_han_character_of_the_seed(fonts: FontSet) -> None:
    seed = SEED.read_text(encoding="utf-8")
    han = _han(seed)
    assert "巿" in han and len(han) > 300
    for face in fonts:
        assert face.is_fallback or face.missing(han) == "", face.name
    assert fonts.check(seed) == []


def test_traditional_text_is_covered_by_the_body_and_heading_faces(fonts: FontSet) -> None:
    BIG5_SAMPLE.encode("big5")  # the sample is what it claims to be
    assert fonts.missing(BIG5_SAMPLE, "serif") == ""
    assert fonts.missing(BIG5_SAMPLE, "sans", bold=True) == ""
    assert fonts.check(BIG5_SAMPLE) == []


@pytest.mark.parametrize("codec", ["gb2312", "gbk", "big5"])
def test_every_character_of_the_legacy_encodings_has_a_shipped_face(
    fonts: FontSet, codec: str
) -> None:
    assert fonts.check(_encodable(codec)) == []


def test_gb2312_is_complete_in_the_serif_and_sans_faces(fonts: FontSet) -> None:
    gb2312 = _encodable("gb2312")
    assert fonts.missing(gb2312, "serif") == ""
    assert fonts.missing(gb2312, "sans") == ""


# --- fallback and checks --------------------------------------------------------------------


def test_bold_falls_back_to_regular_when_a_role_has_no_bold(fonts: FontSet) -> None:
    assert fonts.face("kai", bold=True) == fonts.face("kai")


def test_unknown_face_role_is_a_one_line_font_error(fonts: FontSet) -> None:
    with pytest.raises(FontError, match='unknown font role "fangsong"') as info:
        fonts.face("fangsong")
    assert "\n" not in str(info.value)


def test_face_for_prefers_the_asked_face_then_falls_back(fonts: FontSet) -> None:
    assert fonts.face_for("中", "serif") == fonts.face("serif")
    assert fonts.face_for("中", "sans", bold=True) == fonts.face("sans", bold=True)
    # ≒ (U+2252, in GBK) is missing from Noto SC but LXGW WenKai has it.
    assert not fonts.face("serif").has("≒")
    fallback = fonts.face_for("≒", "serif")
    assert fallback is not None and fallback.role == "kai" and fallback.has("≒")


def test_a_character_no_face_has_is_named_by_check(fonts: FontSet) -> None:
    nowhere = next(
        chr(cp) for cp in range(0x20000, 0x2A6E0) if ord(chr(cp)) not in fonts.codepoints
    )
    assert fonts.face_for(nowhere, "serif") is None
    assert fonts.check(f"中{nowhere}文{nowhere}") == [nowhere]
    assert fonts.missing(f"中{nowhere}", "kai") == nowhere


def test_control_characters_need_no_glyph(fonts: FontSet) -> None:
    assert fonts.check("第一行\n第二行\t\r") == []
    assert not needs_glyph("\n") and needs_glyph("中")
    # format characters (zero-width space, word joiner, soft hyphen) are invisible: no glyph
    assert not any(needs_glyph(ch) for ch in "\u200b\u2060\u00ad\ufeff")


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        st.one_of(
            st.characters(codec="utf-8"),
            st.characters(min_codepoint=0x3000, max_codepoint=0x9FFF),
            st.characters(min_codepoint=0x20000, max_codepoint=0x2A6DF),
            st.sampled_from("≒巿臺灣“”—…"),
        ),
        max_size=40,
    ),
    st.sampled_from(FACE_ROLES),
    st.booleans(),
)
def test_check_and_face_for_account_for_every_character(text: str, role: str, bold: bool) -> None:
    fonts = load_fonts()
    unreported = fonts.check(text)
    assert len(unreported) == len(set(unreported))
    for ch in set(text):
        if not needs_glyph(ch):
            assert ch not in unreported
            continue
        face = fonts.face_for(ch, role, bold)
        if face is None:
            assert ch in unreported
        else:
            assert face.has(ch) and ch not in unreported
            if fonts.face(role, bold).has(ch):
                assert face == fonts.face(role, bold)


# --- subsets --------------------------------------------------------------------------------


def _reopen(data: bytes) -> TTFont:
    font = TTFont(io.BytesIO(data), checkChecksums=2)
    font.ensureDecompiled()
    return font


@pytest.mark.parametrize(
    "role,bold", [("serif", False), ("serif", True), ("sans", True), ("kai", False)]
)
def test_subset_is_a_small_valid_font_with_the_requested_characters(
    fonts: FontSet, role: str, bold: bool
) -> None:
    face = fonts.face(role, bold)
    seed = SEED.read_text(encoding="utf-8")
    data = subset_bytes(face, seed)
    font = _reopen(data)
    cmap = font.getBestCmap()
    for ch in set(seed + BASIC_CHARS):
        if needs_glyph(ch) and face.has(ch):
            assert ord(ch) in cmap, ch
    assert len(data) * 20 < face.path.stat().st_size
    assert font["maxp"].numGlyphs == len(font.getGlyphOrder()) < 1000
    assert font["name"].getDebugName(6) == face.name  # DOCX and CSS find it by its names


def test_subset_keeps_outlines_and_metrics(fonts: FontSet) -> None:
    face = fonts.face("serif")
    text = "巿中文，測試AZ"
    sub = _reopen(subset_bytes(face, text))
    full = TTFont(face.path)
    sub_cmap, full_cmap = sub.getBestCmap(), full.getBestCmap()
    for ch in text:
        new, old = sub_cmap[ord(ch)], full_cmap[ord(ch)]
        assert sub["hmtx"][new] == full["hmtx"][old]
        assert sub["vmtx"][new] == full["vmtx"][old]
        assert list(sub["glyf"][new].getCoordinates(sub["glyf"])[0]) == list(
            full["glyf"][old].getCoordinates(full["glyf"])[0]
        )


def test_subset_resolves_composite_glyphs(fonts: FontSet) -> None:
    face = fonts.face("kai")
    full = TTFont(face.path)
    composite = next(
        ch
        for ch in "−∕¨ˊ"
        if ord(ch) in full.getBestCmap() and full["glyf"][full.getBestCmap()[ord(ch)]].isComposite()
    )
    sub = _reopen(subset_bytes(face, composite))
    glyph = sub["glyf"][sub.getBestCmap()[ord(composite)]]
    assert glyph.isComposite()
    assert all(c.glyphName in sub.getGlyphOrder() for c in glyph.components)
    old = full["glyf"][full.getBestCmap()[ord(composite)]]
    assert list(glyph.getCoordinates(sub["glyf"])[0]) == list(old.getCoordinates(full["glyf"])[0])


def test_subset_reaches_beyond_the_bmp_when_the_face_does(fonts: FontSet) -> None:
    face = fonts.face("serif")
    wide = [cp for cp in sorted(face.codepoints) if cp > 0xFFFF]
    if not wide:
        pytest.skip("the face has no supplementary-plane characters")
    sub = _reopen(subset_bytes(face, chr(wide[0])))
    assert wide[0] in sub.getBestCmap()


def test_subset_skips_missing_characters_and_is_reproducible(fonts: FontSet) -> None:
    face = fonts.face("sans")
    text = "中文≒\U00020000"
    first, second = subset_bytes(face, text), subset_bytes(face, text)
    assert first == second
    cmap = _reopen(first).getBestCmap()
    assert ord("中") in cmap and 0x2252 not in cmap and 0x20000 not in cmap


def test_a_subset_digest_says_which_face_and_characters_it_holds(fonts: FontSet) -> None:
    """The digest the DOCX writer names a subset after: the same for the same characters (in
    any order, repeated, or with characters the face lacks), different for other characters
    and for another face."""
    serif, kai = fonts.face("serif"), fonts.face("kai")
    digest = cut_subset(serif, "中文测试").digest
    assert cut_subset(serif, "试测文中中文≒").digest == digest  # ≒: Noto Serif SC has none
    assert cut_subset(serif, "中文测验").digest != digest
    assert cut_subset(fonts.face("serif", bold=True), "中文测试").digest != digest
    assert cut_subset(kai, "中文测试").digest != digest
    assert cut_subset(serif, "中文测试").font() == subset_bytes(serif, "中文测试")


@pytest.mark.parametrize("role", ["serif", "kai"])
def test_a_renamed_subset_carries_only_its_new_names(fonts: FontSet, role: str) -> None:
    """Named by the caller, a subset has those names in every record that names a font (LXGW
    WenKai's Chinese family name 霞鹜文楷 included: left in, it would still name the subset), on
    the platforms the face names itself on (Windows; Macintosh too for LXGW WenKai), the face's
    notices and licence, and otherwise the same tables as under the face's names."""
    face = fonts.face(role)
    subset = cut_subset(face, "编者按：中文")
    names = FontNames("Some Family ABCDEFGH", "Regular", "SomeFamily-Regular-ABCDEFGH")
    renamed, plain = _reopen(subset.font(names)), _reopen(subset.font())
    platforms = {record.platformID for record in TTFont(face.path, lazy=True)["name"].names}
    assert platforms == ({1, 3} if role == "kai" else {3})
    records = {(r.platformID, r.nameID): r.toUnicode() for r in renamed["name"].names if r.nameID in NAMING_IDS}
    assert records == {
        (platform, name_id): value
        for platform in platforms
        for name_id, value in (
            (1, names.family),
            (2, "Regular"),
            (3, "convertkit: SomeFamily-Regular-ABCDEFGH"),
            (4, "Some Family ABCDEFGH Regular"),
            (6, names.postscript),
        )
    }
    notices = {(r.platformID, r.platEncID, r.langID, r.nameID, r.toUnicode())
               for r in plain["name"].names if r.nameID not in NAMING_IDS}
    assert notices and notices == {(r.platformID, r.platEncID, r.langID, r.nameID, r.toUnicode())
                                   for r in renamed["name"].names if r.nameID not in NAMING_IDS}
    assert 13 in {notice[3] for notice in notices}  # the OFL travels with the glyphs
    for tag in ("cmap", "glyf", "loca", "hmtx", "OS/2"):
        assert renamed.reader[tag] == plain.reader[tag], tag
    assert renamed_font(subset.font(), names) == subset.font(names)  # the same file either way


def test_subset_is_accepted_by_reportlab(fonts: FontSet, tmp_path: Path) -> None:
    from reportlab.pdfbase.ttfonts import TTFont as ReportlabTTFont

    path = tmp_path / "subset.ttf"
    path.write_bytes(subset_bytes(fonts.face("kai"), "编者按：巿"))
    assert ReportlabTTFont("ConvertkitTestSubset", str(path)).face.name == b"LXGWWenKai-Regular"


def test_subsetting_parses_each_face_once_per_process(fonts: FontSet) -> None:
    face = fonts.face("serif", bold=True)
    seed = SEED.read_text(encoding="utf-8")
    subset_bytes(face, "暖")
    misses = _master.cache_info().misses
    start = time.perf_counter()
    for _ in range(5):
        subset_bytes(face, seed)
    per_subset = (time.perf_counter() - start) / 5
    assert _master.cache_info().misses == misses
    assert per_subset < 0.1, f"{per_subset * 1000:.0f} ms per subset: is the font parsed again?"


def test_fast_coverage_read_agrees_with_fonttools(fonts: FontSet) -> None:
    for face in fonts:
        assert face.codepoints == frozenset(TTFont(face.path, lazy=True).getBestCmap())


def test_font_set_pickles_for_worker_processes(fonts: FontSet) -> None:
    copy = pickle.loads(pickle.dumps(fonts))
    assert copy == fonts and hash(copy) == hash(fonts)
    assert copy.face("kai", bold=True) == fonts.face("kai")


def test_shipped_names_match_the_files(fonts: FontSet) -> None:
    from convertkit.fonts import _names

    for face in fonts:
        assert _names(face.path) == (face.name, face.family), face.path.name


def test_narrow_quotes_agree_with_fonttools_reading_of_every_face():
    """``narrow_quotes`` reads the subsetting master; fontTools' own tables must say the same."""
    from fontTools.ttLib import TTFont

    from convertkit.fonts import FULL_WIDTH_QUOTES, load_fonts

    for face in load_fonts().faces:
        font = TTFont(face.path, lazy=True)
        cmap, metrics = font.getBestCmap(), font["hmtx"].metrics
        limit = 0.9 * font["head"].unitsPerEm
        expected = {ch for ch in FULL_WIDTH_QUOTES if ord(ch) in cmap and metrics[cmap[ord(ch)]][0] < limit}
        assert face.narrow_quotes == expected, face.path.name
    assert load_fonts().face("kai").narrow_quotes  # LXGW WenKai's quotes are narrow: the check bites


@given(st.text(alphabet=st.characters(max_codepoint=0x2FFFF), max_size=60))
def test_missing_is_the_distinct_uncovered_characters_in_order(text: str) -> None:
    from convertkit.fonts import load_fonts, needs_glyph

    face = load_fonts().face("kai")
    expected = "".join(ch for ch in dict.fromkeys(text) if needs_glyph(ch) and ord(ch) not in face.codepoints)
    assert face.missing(text) == expected


def test_epub_and_docx_processes_never_import_fonttools() -> None:
    """Coverage and subsets read the shipped faces directly; fontTools (a tenth of a second of
    imports) is left to the PDF writer and to fonts a style names by path."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from convertkit.batch.job import Settings, warm\n"
        "warm(Settings(outdir='', formats=('epub', 'docx')))\n"
        "print(sorted(name for name in sys.modules if name.startswith('fontTools'))[:3])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
