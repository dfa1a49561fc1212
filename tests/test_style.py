"""The style definition: presets, 号 sizes, extends, and one-line errors that name the key."""

from __future__ import annotations

import dataclasses
import json
import os
import pickle
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convertkit import resources
from convertkit.errors import StyleError
from convertkit.fonts import load_fonts
from convertkit.model import BLOCK_KINDS
from convertkit.style import (
    HAO_SIZES,
    MASTHEAD_ROLES,
    REQUIRED_ROLES,
    Style,
    available_styles,
    load_style,
)

MASTHEAD_PARTS = (
    "kicker",
    "title",
    "subtitle",
    "meta",
    "dateline",
    "header",
    "footer",
    "masthead_name",
    "masthead_issue",
    "masthead_org",
    "masthead_date",
    "masthead_rule",
    "doc_marks",
    "doc_issuer",
    "doc_number",
    "doc_signers",
)


def minimal_style(*, skip: str = "", extra: str = "", role_extra: str = "") -> str:
    """A complete standalone style in TOML, every role set in one face; ``role_extra`` goes
    into ``roles.caption``."""
    lines = [
        'description = "test"',
        "[page]",
        'size = "A4"',
        "margins = { top = 20, bottom = 20, left = 20, right = 20 }",
        "[fonts]",
        'song = "serif"',
        'kai = { face = "kai", fallback = ["KaiTi"] }',
        "[colours]",
        'text = "#111111"',
        extra,
    ]
    for name in REQUIRED_ROLES:
        if name == skip:
            continue
        lines += [f"[roles.{name}]", 'font = "song"', "size = 12"]
        if name == "caption":
            lines.append(role_extra)
    return "\n".join(lines) + "\n"


def write(tmp_path: Path, text: str, name: str = "custom.toml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def style_error(tmp_path: Path, text: str) -> str:
    with pytest.raises(StyleError) as info:
        load_style(write(tmp_path, text))
    message = str(info.value)
    assert "\n" not in message
    return message


# --- presets --------------------------------------------------------------------------------


def test_presets_are_available() -> None:
    assert {"briefing", "gbt9704"} <= set(available_styles())


def test_masthead_parts_are_required_roles() -> None:
    assert set(MASTHEAD_PARTS) == set(MASTHEAD_ROLES)


@pytest.mark.parametrize("name", ["briefing", "gbt9704"])
def test_preset_has_a_role_for_every_block_kind_and_masthead_part(name: str) -> None:
    style = load_style(name)
    for kind in list(BLOCK_KINDS) + list(MASTHEAD_PARTS) + ["point_heading", "related_links_label", "attachments_label"]:
        role = style.role(kind)
        assert role.size_pt > 0 and role.line_height_pt > 0
        assert role.colour.startswith("#") and len(role.colour) == 7
    assert set(style.roles) == set(REQUIRED_ROLES)


@pytest.mark.parametrize("name", ["briefing", "gbt9704"])
def test_every_role_is_set_in_a_shipped_face(name: str) -> None:
    style = load_style(name)
    fonts = load_fonts()
    for role in style.roles.values():
        face = style.font_face(role, fonts)
        assert face.path.is_file()
        assert face.role == role.face == style.fonts[role.font].face
        stack = style.font_stack(role)
        assert stack[0] == face.family and stack[-1] in {"serif", "sans-serif"}


def test_briefing_is_the_default_and_a_calm_a4() -> None:
    style = load_style()
    assert style.name == "briefing" and style is load_style("briefing")
    assert (style.page.size, style.page.width_mm, style.page.height_mm) == ("A4", 210.0, 297.0)
    body = style.role("paragraph")
    assert body.face == "serif" and body.first_line_indent_em == 2 and body.align == "justify"
    assert style.role("title").face == "sans" and style.role("title").bold
    assert style.role("editor_note").face == "kai" and style.role("caption").face == "kai"
    assert style.role("editor_note").background and style.role("editor_note").rule
    assert style.role("point_heading").bold and style.role("point_heading").face == "sans"
    assert style.footer.render(page=3) == "— 3 —"
    assert style.role("lead") == dataclasses.replace(body, name="lead")


@pytest.mark.parametrize("name", ["briefing", "gbt9704"])
def test_captions_and_headings_are_kept_together(name: str) -> None:
    style = load_style(name)
    assert style.role("caption").keep_together and style.role("heading").keep_together
    assert not style.role("paragraph").keep_together


def test_gbt9704_has_the_official_metrics() -> None:
    style = load_style("gbt9704")
    page = style.page
    assert (
        page.margin_top_mm,
        page.margin_bottom_mm,
        page.margin_left_mm,
        page.margin_right_mm,
    ) == (
        37,
        35,
        28,
        26,
    )
    assert page.grid is not None
    assert (page.grid.lines, page.grid.chars, page.grid.line_pitch) == (22, 28, 579)
    assert page.grid.lines * page.grid.line_pitch_pt <= page.text_height_mm * 72 / 25.4
    assert style.role("title").size_pt == HAO_SIZES["二号"] == 22
    assert style.role("paragraph").size_pt == HAO_SIZES["三号"] == 16
    assert style.role("paragraph").line_height_pt == 28.95
    assert style.role("paragraph").font == "fangsong"  # 仿宋 role, set in the 楷 face for now
    assert style.role("paragraph").face == "kai"
    assert style.role("footer").size_pt == HAO_SIZES["四号"] == 14
    assert style.footer.odd_even and (style.footer.odd_align, style.footer.even_align) == (
        "right",
        "left",
    )
    assert style.footer.render(page=2) == "— 2 —" and style.header.text == ""
    rule = style.role("masthead_rule").rule
    assert (
        style.role("masthead_name").colour == "#ff0000"
        and rule is not None
        and rule.colour == "#ff0000"
    )
    # inherited from briefing, overridden to nothing
    assert style.role("editor_note").background is None and style.role("editor_note").rule is None


def test_hao_size_table() -> None:
    assert HAO_SIZES == {
        "初号": 42,
        "小初": 36,
        "一号": 26,
        "小一": 24,
        "二号": 22,
        "小二": 18,
        "三号": 16,
        "小三": 15,
        "四号": 14,
        "小四": 12,
        "五号": 10.5,
        "小五": 9,
        "六号": 7.5,
        "小六": 6.5,
        "七号": 5.5,
        "八号": 5,
    }


@pytest.mark.parametrize("name,points", sorted(HAO_SIZES.items()))
def test_a_hao_name_sets_the_size_in_points(tmp_path: Path, name: str, points: float) -> None:
    style = load_style(
        write(
            tmp_path,
            minimal_style().replace(
                'caption]\nfont = "song"\nsize = 12', f'caption]\nfont = "song"\nsize = "{name}"'
            ),
        )
    )
    assert style.role("caption").size_pt == points
    assert style.role("caption").line_height_pt == pytest.approx(points * 1.5)


# --- style objects --------------------------------------------------------------------------


def test_style_is_frozen_read_only_and_picklable() -> None:
    style = load_style("briefing")
    with pytest.raises(dataclasses.FrozenInstanceError):
        style.name = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        style.roles["caption"] = style.roles["paragraph"]  # type: ignore[index]
    copy = pickle.loads(pickle.dumps(style))
    assert isinstance(copy, Style) and copy == style and hash(copy) == hash(style)
    assert copy.roles == style.roles


def test_digest_follows_the_resolved_definition_only(tmp_path: Path) -> None:
    briefing = load_style("briefing")
    assert len(briefing.digest) == 64
    assert briefing.digest != load_style("gbt9704").digest
    same = load_style(write(tmp_path, 'extends = "briefing"\n'))
    assert same.digest == briefing.digest and same == briefing
    changed = load_style(
        write(tmp_path, 'extends = "briefing"\n[roles.caption]\nsize = 11\n', "c.toml")
    )
    assert changed.digest != briefing.digest
    json.dumps(briefing.to_dict())  # plain data


def test_unknown_role_lookup_is_a_style_error() -> None:
    with pytest.raises(StyleError, match='style briefing: no role "sidebar"'):
        load_style("briefing").role("sidebar")


def test_a_changed_file_is_reloaded(tmp_path: Path) -> None:
    path = write(tmp_path, minimal_style())
    first = load_style(path)
    assert load_style(path) is first
    Path(path).write_text(minimal_style(role_extra="bold = true"), encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a different mtime even on coarse clocks
    assert load_style(path).role("caption").bold is True


# --- extends and based_on -------------------------------------------------------------------


def test_extends_overrides_key_by_key(tmp_path: Path) -> None:
    style = load_style(write(tmp_path, 'extends = "briefing"\n[roles.caption]\nsize = "小五"\n'))
    briefing = load_style("briefing")
    caption = style.role("caption")
    assert caption.size_pt == 9 and caption.face == "kai" and caption.align == "center"
    assert style.role("paragraph") == briefing.role("paragraph")
    assert style.page == briefing.page and style.fonts == briefing.fonts


def test_extends_a_path_relative_to_the_file_and_chains(tmp_path: Path) -> None:
    write(tmp_path, 'extends = "gbt9704"\n[colours]\nred = "#cc0000"\n', "base.toml")
    sub = tmp_path / "sub"
    sub.mkdir()
    style = load_style(write(sub, 'extends = "../base.toml"\n[page]\nmargins = { top = 36 }\n'))
    assert style.page.margin_top_mm == 36 and style.page.margin_left_mm == 28  # margins merged
    assert style.role("masthead_name").colour == "#cc0000"  # colour names resolve after merging
    assert style.role("paragraph").size_pt == 16


def test_based_on_follows_the_overridden_base(tmp_path: Path) -> None:
    style = load_style(write(tmp_path, 'extends = "briefing"\n[roles.paragraph]\nsize = "五号"\n'))
    assert style.role("lead").size_pt == style.role("point").size_pt == 10.5


def test_leading_in_points_and_as_a_multiple(tmp_path: Path) -> None:
    exact = load_style(write(tmp_path, minimal_style(role_extra='leading = "20pt"')))
    assert (
        exact.role("caption").line_height_pt == 20
        and exact.role("caption").leading_multiple is None
    )
    multiple = load_style(write(tmp_path, minimal_style(role_extra="leading = 2"), "m.toml"))
    assert (
        multiple.role("caption").line_height_pt == 24
        and multiple.role("caption").leading_multiple == 2
    )


# --- errors ---------------------------------------------------------------------------------


def test_bad_size_name_names_the_key(tmp_path: Path) -> None:
    message = style_error(tmp_path, 'extends = "briefing"\n[roles.caption]\nsize = "三 号"\n')
    where = tmp_path / "custom.toml"
    key = "roles.caption.size"
    assert message == f'style {where}: {key}: unknown size name "三 号" (did you mean 三号?)'


def test_preset_errors_name_the_preset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = minimal_style().replace(
        'caption]\nfont = "song"\nsize = 12', 'caption]\nfont = "song"\nsize = "三 号"'
    )
    (tmp_path / "briefing.toml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(resources, "styles_dir", lambda: tmp_path)
    with pytest.raises(StyleError) as info:
        load_style("briefing")
    assert str(info.value).startswith(
        'style briefing: roles.caption.size: unknown size name "三 号"'
    )


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            minimal_style(role_extra='colr = "#000000"'),
            "roles.caption.colr: unknown key (did you mean colour?)",
        ),
        (
            minimal_style(extra='[colors]\ntext = "#000000"'),
            "colors: unknown key (did you mean colours?)",
        ),
        (
            minimal_style(role_extra='font = "hei"').replace(
                'caption]\nfont = "song"\n', "caption]\n"
            ),
            'roles.caption.font: unknown font role "hei"',
        ),
        (
            minimal_style(role_extra='colour = "#12345"'),
            'roles.caption.colour: bad colour "#12345"',
        ),
        (
            minimal_style(role_extra='colour = "reddish"'),
            'roles.caption.colour: bad colour "reddish"',
        ),
        (
            minimal_style(role_extra='background = "#zzzzzz"'),
            "roles.caption.background: bad colour",
        ),
        (minimal_style(skip="caption"), 'roles: missing role "caption"'),
        (minimal_style(skip="masthead_rule"), 'roles: missing role "masthead_rule"'),
        (
            minimal_style(role_extra='[roles.sidebar]\nfont = "song"\nsize = 9'),
            "roles.sidebar: unknown key",
        ),
        (
            minimal_style().replace(
                'caption]\nfont = "song"\nsize = 12', 'caption]\nfont = "song"'
            ),
            'roles.caption: missing key "size"',
        ),
        (
            minimal_style(role_extra="size = true").replace(
                "size = 12\nsize = true", "size = true"
            ),
            "roles.caption.size: expected a number, got true",
        ),
        (minimal_style(role_extra="bold = 1"), "roles.caption.bold: expected true or false, got 1"),
        (minimal_style(role_extra='keep_together = "yes"'),
         'roles.caption.keep_together: expected true or false, got "yes"'),
        (
            minimal_style(role_extra='align = "centre"'),
            'roles.caption.align: "centre" is not one of',
        ),
        (minimal_style(role_extra='leading = "2em"'), "roles.caption.leading: expected a multiple"),
        (minimal_style(role_extra="leading = 12"), "roles.caption.leading: 12 is out of range"),
        (
            minimal_style(role_extra='rule = { position = "under" }'),
            'roles.caption.rule.position: "under"',
        ),
        (
            minimal_style(role_extra='based_on = "nothing"'),
            'roles.caption.based_on: unknown role "nothing"',
        ),
        (
            minimal_style(extra='[fonts.fs]\nface = "fangsong"'),
            'fonts.fs.face: unknown face "fangsong"',
        ),
        (
            minimal_style().replace('size = "A4"', 'size = "A7"'),
            'page.size: unknown page size "A7"',
        ),
        (minimal_style().replace("top = 20, ", ""), 'page.margins: missing key "top"'),
        (
            minimal_style().replace("left = 20", "left = 250"),
            "page.margins.left: 250 is out of range",
        ),
        (
            minimal_style().replace("left = 20", "left = 180"),
            "page.margins: the margins leave no room",
        ),
        (
            minimal_style(extra="[page.grid]\nlines = 40\nchars = 28\nline_pitch = 579"),
            "page.grid: 40 lines of 579 twips do not fit",
        ),
        (
            minimal_style(extra='[footer]\ntext = "第{page}页 {pagecount}"'),
            'footer.text: unknown placeholder "{pagecount}"',
        ),
        (
            minimal_style(extra='[header]\ntext = "x"\nrole = "sidebar"'),
            'header.role: unknown role "sidebar"',
        ),
        (
            minimal_style(extra='[text]\nissue_format = "第{n}期"'),
            'text.issue_format: unknown placeholder "{n}"',
        ),
        ("[page\nsize = 1", "malformed TOML"),
        ('description = "unterminated\n', "malformed TOML"),
    ],
)
def test_style_error_is_one_line_and_names_the_key(
    tmp_path: Path, text: str, expected: str
) -> None:
    message = style_error(tmp_path, text)
    assert message.startswith(f"style {tmp_path / 'custom.toml'}: ")
    assert expected in message


def test_unknown_preset_lists_the_available_ones() -> None:
    with pytest.raises(StyleError, match=r'unknown style "nope" \(available: .*briefing.*gbt9704'):
        load_style("nope")


def test_missing_style_file(tmp_path: Path) -> None:
    with pytest.raises(StyleError, match="style file not found"):
        load_style(str(tmp_path / "absent.toml"))


def test_circular_extends(tmp_path: Path) -> None:
    write(tmp_path, 'extends = "b.toml"\n', "a.toml")
    write(tmp_path, 'extends = "a.toml"\n', "b.toml")
    message = style_error(tmp_path, 'extends = "a.toml"\n')
    assert "extends: circular" in message


def test_circular_based_on(tmp_path: Path) -> None:
    text = (
        'extends = "briefing"\n[roles.lead]\nbased_on = "point"\n[roles.point]\nbased_on = "lead"\n'
    )
    assert "based_on: circular" in style_error(tmp_path, text)


def test_not_utf8_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes('description = "caf\u00e9"\n'.encode("latin-1"))
    with pytest.raises(StyleError, match="malformed TOML"):
        load_style(str(path))


@settings(max_examples=40, deadline=None)
@given(st.one_of(st.text(max_size=6), st.sampled_from(sorted(HAO_SIZES))))
def test_any_size_string_is_a_hao_name_or_an_error_naming_the_key(value: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        text = 'extends = "briefing"\n[roles.caption]\nsize = ' + json.dumps(value) + "\n"
        path = write(Path(folder), text)
        if value in HAO_SIZES:
            assert load_style(path).role("caption").size_pt == HAO_SIZES[value]
        else:
            with pytest.raises(StyleError) as info:
                load_style(path)
            assert "\n" not in str(info.value)
            assert "roles.caption.size: unknown size name" in str(
                info.value
            ) or "malformed TOML" in str(info.value)


# --- data directories -----------------------------------------------------------------------


def test_data_directories_are_found_in_the_checkout() -> None:
    assert (resources.styles_dir() / "briefing.toml").is_file()
    assert (resources.fonts_dir() / "README.md").is_file()


def test_installed_data_directory_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "_data" / "styles").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path)
    assert resources._data_dir("styles", StyleError) == tmp_path / "_data" / "styles"
    monkeypatch.setattr(resources, "_SOURCE_ROOT", tmp_path / "nowhere")
    with pytest.raises(StyleError, match="fonts/ data directory is missing"):
        resources._data_dir("fonts", StyleError)


def test_a_bad_value_is_blamed_on_the_role_that_wrote_it_and_sizes_stay_printable(tmp_path: Path) -> None:
    # briefing's lead is based_on paragraph: the typo is paragraph's, whichever role meets it first
    message = style_error(tmp_path, 'extends = "briefing"\n[roles.paragraph]\nleading = "28.95px"\n')
    assert "roles.paragraph.leading" in message and "roles.lead" not in message
    # a 400 pt paragraph passed and then broke the PDF's page layout with reportlab's words
    message = style_error(tmp_path, 'extends = "briefing"\n[roles.paragraph]\nsize = 400\n')
    assert "roles.paragraph.size: 400 is out of range (1 to 96)" in message
    assert load_style(write(tmp_path, 'extends = "briefing"\n[roles.title]\nsize = 96\n', "ok.toml"))


def test_a_misspelt_colour_name_gets_a_suggestion(tmp_path: Path) -> None:
    message = style_error(tmp_path, 'extends = "briefing"\n[roles.title]\ncolour = "acent"\n')
    assert 'bad colour "acent"' in message and "did you mean accent?" in message


def test_a_style_written_before_a_role_existed_still_loads(tmp_path: Path) -> None:
    """A standalone style from before the closing signature (落款) existed gets the role from the
    paragraph's, set flush right."""
    style = load_style(write(tmp_path, minimal_style(skip="signature")))
    signature = style.role("signature")
    assert signature.align == "right" and signature.first_line_indent_em == 0
    assert signature.size_pt == style.role("paragraph").size_pt


def test_a_style_written_before_the_salutation_existed_still_loads(tmp_path: Path) -> None:
    """A letter's salutation (编辑同志：) takes the paragraph's looks without its first-line indent."""
    style = load_style(write(tmp_path, minimal_style(skip="salutation")))
    salutation = style.role("salutation")
    assert salutation.first_line_indent_em == 0 and salutation.align == style.role("paragraph").align


def test_a_style_written_before_turns_existed_still_loads(tmp_path: Path) -> None:
    """A transcript's turn takes the paragraph's looks, and its speaker the point heading's (the
    bold run that opens a point), in a style that names neither role."""
    text = minimal_style(skip="turn").replace('[roles.turn_speaker]\nfont = "song"\nsize = 12\n', "")
    assert "turn_speaker" not in text
    style = load_style(write(tmp_path, text))
    assert style.role("turn").size_pt == style.role("paragraph").size_pt
    assert style.role("turn_speaker").bold == style.role("point_heading").bold
    for name in ("briefing", "gbt9704"):
        assert load_style(name).role("turn_speaker").bold


def test_a_style_written_before_the_kicker_existed_still_loads(tmp_path: Path) -> None:
    """The kicker (引题) over the headline takes the subtitle's looks."""
    style = load_style(write(tmp_path, minimal_style(skip="kicker")))
    kicker, subtitle = style.role("kicker"), style.role("subtitle")
    assert (kicker.size_pt, kicker.font, kicker.align) == (subtitle.size_pt, subtitle.font, subtitle.align)


def test_a_style_written_before_subheadings_existed_still_loads(tmp_path: Path) -> None:
    """A heading one level down takes the heading's looks without its weight, so that a style
    that names no subheading role still shows two levels apart."""
    style = load_style(write(tmp_path, minimal_style(skip="subheading", extra="").replace(
        '[roles.heading]\nfont = "song"\nsize = 12\n', '[roles.heading]\nfont = "song"\nsize = 14\nbold = true\n')))
    heading, subheading = style.role("heading"), style.role("subheading")
    assert (subheading.size_pt, subheading.font, subheading.bold) == (14, heading.font, False)


@pytest.mark.parametrize("name", ["briefing", "gbt9704"])
def test_a_subheading_is_set_apart_from_the_heading_and_the_body(name: str) -> None:
    """Each shipped style sets its second level of headings apart from the first and from the
    body text: smaller than the heading or in another face or weight (GB/T 9704: 一级 黑体,
    二级 楷体), and never just a paragraph."""
    style = load_style(name)
    heading, subheading, body = style.role("heading"), style.role("subheading"), style.role("paragraph")
    looks = [(role.size_pt, role.bold, style.font_face(role).name) for role in (heading, subheading, body)]
    assert len(set(looks)) == 3, looks
    assert subheading.size_pt <= heading.size_pt and subheading.keep_together


@pytest.mark.parametrize("name", ["briefing", "gbt9704"])
def test_the_kicker_is_set_smaller_than_the_title(name: str) -> None:
    style = load_style(name)
    assert style.role("kicker").size_pt < style.role("title").size_pt
    assert style.role("kicker").align == style.role("title").align == "center"
