"""LibreOffice opens our DOCX on a machine that has no Chinese fonts, and prints it right.

The machine is simulated: soffice runs with a fontconfig file that shows it one Latin font
(LibreOffice refuses to start with none) and nothing that covers Han. Whatever CJK font ends
up in the PDF can then only have come from inside the DOCX. A control conversion without
embedded fonts proves the isolation holds (no Noto, no WenKai appear).

Every conversion gets a fresh soffice profile and process: LibreOffice keeps a document's
embedded fonts registered for the life of the process, so a second document converted in the
same process could borrow the first one's fonts and hide a bug. One test converts several
documents in one process on purpose, as a user's batch does: each must print with its own
fonts (the DOCX names every embedded subset after its content, see ``docx_fonts``).
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import os
import re
import shutil
import subprocess
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

import convertkit
from convertkit.model import Caption, Document, Lead, Meta, Paragraph
from convertkit.style import load_style

pytestmark = pytest.mark.slow

# Our faces as a PDF names them; LXGW WenKai's renamed subsets are ckKai (its licence reserves "LXGW").
OUR_FONTS = re.compile(r"^(NotoSerifSC|NotoSansSC|LXGWWenKai|ckKai)-")
LATIN_CANDIDATES = ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "FreeSans.ttf")
FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (scripts/test installs it)")
    return found


def _latin_font() -> Path | None:
    """A system TrueType font with Latin letters and no Han: the one font soffice may see."""
    files = [path for root in FONT_DIRS if root.is_dir() for path in root.rglob("*.ttf")]
    files.sort(key=lambda path: (path.name not in LATIN_CANDIDATES, str(path)))
    for path in files[:200]:
        try:
            cmap = TTFont(path, lazy=True, fontNumber=0).getBestCmap() or {}
        except Exception:  # noqa: BLE001 - an unreadable system font is simply not a candidate
            continue
        if ord("A") in cmap and 0x4E2D not in cmap and 0x3002 not in cmap:
            return path
    return None


@pytest.fixture(scope="module")
def no_cjk_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("fontconfig")
    latin = _latin_font()
    if latin is None:
        pytest.skip("no Latin-only TrueType font on this machine for soffice to start with")
    (root / "fonts").mkdir()
    shutil.copy(latin, root / "fonts" / latin.name)
    conf = root / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n'
        f"<fontconfig><dir>{root / 'fonts'}</dir>"
        f"<cachedir>{root / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(conf),
        "HOME": str(root),
        "SAL_USE_VCLPLUGIN": "svp",
    }
    fc_list = shutil.which("fc-list")
    if fc_list:
        visible = subprocess.run(
            [fc_list, ":lang=zh"], env=env, capture_output=True, text=True, check=True
        )
        assert visible.stdout.strip() == "", "a CJK font is still visible to fontconfig"
    return env


def to_pdf(docx_bytes: bytes, env: dict[str, str], work: Path, name: str) -> Path:
    return to_pdfs({name: docx_bytes}, env, work, name)[name]


def to_pdfs(documents: dict[str, bytes], env: dict[str, str], work: Path, profile_name: str) -> dict[str, Path]:
    """Each DOCX of ``documents`` (name -> bytes) printed to ``work/<name>.pdf`` by ONE soffice
    process with a fresh profile, in the order given."""
    soffice = _tool("soffice")
    sources = []
    for name, data in documents.items():
        source = work / f"{name}.docx"
        source.write_bytes(data)
        sources.append(str(source))
    profile = work / f"profile-{profile_name}"
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            *sources,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    pdfs = {name: work / f"{name}.pdf" for name in documents}
    assert result.returncode == 0 and all(pdf.exists() for pdf in pdfs.values()), result.stderr + result.stdout
    return pdfs


# The tag our DOCX gives the PostScript name of an embedded subset (NotoSerifSC-Regular-5QKX2M7A).
DOCX_SUBSET_TAG = re.compile(r"-[A-Z2-7]{8}$")


def pdf_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(name without the PDF's subset tag nor our DOCX's, embedded?) for each font pdffonts
    lists: ``NotoSerifSC-Regular`` for ``BAAAAA+NotoSerifSC-Regular-5QKX2M7A``."""
    out = subprocess.run(
        [_tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    fonts = []
    for line in out.splitlines()[2:]:
        fields = line.split()
        if not fields:
            continue
        name = DOCX_SUBSET_TAG.sub("", fields[0].split("+", 1)[-1])
        embedded = fields[-5] == "yes"  # columns: ... emb sub uni object ID
        fonts.append((name, embedded))
    return fonts


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def assert_kinsoku(pdf: Path) -> None:
    """The DOCX's kinsoku settings hold in LibreOffice's layout: no line starts with a closing
    mark and none ends with an opening one (checked on ``pdftotext -layout``)."""
    out = subprocess.run(
        [_tool("pdftotext"), "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    assert len(lines) > 40
    bad = [
        line for line in lines if line[0] in "，。、；：？！）》」』”’" or line[-1] in "（《「『“‘"
    ]
    assert not bad, bad[:3]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def seed_document(seed_path: Path) -> convertkit.Document:
    return convertkit.read(seed_path)


@pytest.fixture(scope="module")
def seed_path() -> Path:  # module scope (conftest's is per test)
    return Path(__file__).resolve().parent.parent / "seeds" / "000_5f66b059eaaa6a40.txt"


def test_seed_prints_with_the_embedded_fonts_only(
    seed_document: convertkit.Document, no_cjk_env: dict[str, str], tmp_path: Path
) -> None:
    pdf = to_pdf(convertkit.render(seed_document, "docx"), no_cjk_env, tmp_path, "seed")
    fonts = pdf_fonts(pdf)
    assert fonts and all(embedded for _, embedded in fonts)
    names = {name for name, _ in fonts}
    assert names and all(OUR_FONTS.match(name) for name in names), names
    assert "NotoSerifSC-Regular" in names
    assert_kinsoku(pdf)
    text = squeeze(pdf_text(pdf))
    assert squeeze(seed_document.meta.title) in text
    for block in seed_document.blocks:
        pieces = [item.title for item in block.items] if hasattr(block, "items") else [block.text]
        for piece in pieces:
            piece = squeeze(piece)
            assert piece[:12] in text and piece[-12:] in text, piece[:20]


def test_traditional_marks_print_from_the_embedded_companions(no_cjk_env: dict[str, str], tmp_path: Path) -> None:
    """A zh-Hant briefing's 。，、；：！？ come out of the centred-marks companions it embeds
    (see centred_marks), on a machine with no CJK font, and still read as themselves."""
    from test_epub import traditional_document

    pdf = to_pdf(convertkit.render(traditional_document(), "docx"), no_cjk_env, tmp_path, "hant")
    fonts = pdf_fonts(pdf)
    assert fonts and all(embedded for _, embedded in fonts)
    names = {name for name, _ in fonts}
    assert {"ckHantMarks-serif-Regular", "ckHantMarks-kai-Regular"} <= names, names
    assert all(OUR_FONTS.match(name) or name.startswith("ckHantMarks-") for name in names), names
    text = squeeze(pdf_text(pdf))
    for piece in ("今天表示，颱風外圍", "發生的機率。", "撐傘過馬路。", "強陣風及豪雨，並避免"):
        assert piece in text


def page_images(pdf: Path) -> list[bytes]:
    """Every page of ``pdf`` as poppler draws it (grey, 40 dpi): what a reader sees."""
    folder = pdf.parent / f"pages-{pdf.stem}"
    folder.mkdir()
    subprocess.run([_tool("pdftoppm"), "-r", "40", "-gray", str(pdf), str(folder / "page")], check=True)
    return [page.read_bytes() for page in sorted(folder.glob("page-*.pgm"))]


def strike_document() -> Document:
    """A briefing whose text is mostly not in the seed's (so the seed's subsets lack it)."""
    return Document(
        meta=Meta(title="法国全国大罢工再次严重影响交通", agency="新华社", published="2019-12-10T07:57:00+08:00"),
        blocks=(
            Lead(text="法国9日再次爆发全国跨行业大罢工，反对政府进行退休制度改革，首都巴黎交通几乎完全瘫痪。", raw="x"),
            Caption(text="巴黎街头等候公交车的乘客。", raw="x"),
            Paragraph(text="据法国交通部门统计，9日上午大巴黎地区交通堵塞造成的车流长度创纪录的631公里。", raw="x"),
        ),
    )


def test_documents_converted_in_one_call_each_print_with_their_own_fonts(
    seed_document: convertkit.Document, no_cjk_env: dict[str, str], tmp_path: Path
) -> None:
    """A user converts several briefings in one LibreOffice call (or opens two at once). The
    process keeps the first document's embedded fonts by name; were a second document's
    different subsets embedded under the same names, it would be drawn with the first one's,
    its other characters as empty boxes. Each document here (the seed, an article of other
    text, a Traditional one with its centred-marks companions) prints exactly as it prints
    alone: the same pages, pixel for pixel, and its text.

    pdftotext alone cannot see the failure: LibreOffice still writes each character's code
    beside the empty box it draws, so the text extracts whole. The pages are compared as well."""
    from test_epub import traditional_document

    documents = {
        "first": seed_document,
        "second": strike_document(),
        "third": traditional_document(),
    }
    rendered = {name: convertkit.render(document, "docx") for name, document in documents.items()}
    together = to_pdfs(rendered, no_cjk_env, tmp_path, "together")
    for name in ("second", "third"):
        folder = tmp_path / f"alone-{name}"
        folder.mkdir()
        alone = to_pdf(rendered[name], no_cjk_env, folder, name)
        assert page_images(together[name]) == page_images(alone), f"{name} prints differently after another document"
        fonts = pdf_fonts(together[name])
        assert fonts and all(embedded for _, embedded in fonts)
        text = squeeze(pdf_text(together[name]))
        document = documents[name]
        assert squeeze(document.meta.title) in text
        for block in document.blocks:
            assert squeeze(block.text)[:12] in text
    # The DOCX files named their different subsets differently (the cause, on the artefact).
    names = {
        name: set(re.findall(rb'<w:font w:name="([^"]+)"><w:altName', zipfile.ZipFile(io.BytesIO(data)).read("word/fontTable.xml")))
        for name, data in rendered.items()
    }
    for one, other in itertools.combinations(names.values(), 2):
        assert one and other and not one & other, names


def test_control_without_embedding_no_cjk_font_is_available(
    seed_document: convertkit.Document, no_cjk_env: dict[str, str], tmp_path: Path
) -> None:
    """The same conversion without embedded fonts: none of ours appear, so the test above
    really measured the fonts inside the DOCX and not fonts of this machine."""
    pdf = to_pdf(
        convertkit.render(seed_document, "docx", embed_fonts=False), no_cjk_env, tmp_path, "plain"
    )
    names = {name for name, _ in pdf_fonts(pdf)}
    assert not any(OUR_FONTS.match(name) for name in names), names


def test_gbt9704_with_masthead_prints_masthead_and_page_numbers(
    seed_document: convertkit.Document, no_cjk_env: dict[str, str], tmp_path: Path
) -> None:
    data = convertkit.render(
        seed_document, "docx", style="gbt9704", masthead="舆情简报", issue_no=12, org="某某办公室"
    )
    pdf = to_pdf(data, no_cjk_env, tmp_path, "gbt")
    names = {name for name, _ in pdf_fonts(pdf)}
    assert names and all(OUR_FONTS.match(name) for name in names), names
    pages = pdf_text(pdf).split("\f")
    assert (
        len([page for page in pages if page.strip()]) >= 3
    )  # 三号 on 22 lines: the seed needs pages
    first = squeeze(pages[0])
    for needle in (
        "舆情简报",
        "第12期",
        "某某办公室",
        "2019年1月17日",
        squeeze(seed_document.meta.title),
    ):
        assert needle in first
    assert "—1—" in first and "—2—" in squeeze(pages[1])
    assert_kinsoku(pdf)
    # GB/T 9704: a full page holds 22 lines of text (a page may end a line or two early to
    # keep a paragraph together, never hold more).
    counts = []
    for number in range(2, len([page for page in pages if page.strip()])):
        layout = subprocess.run(
            [_tool("pdftotext"), "-layout", "-f", str(number), "-l", str(number), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        lines = [line for line in layout.splitlines() if line.strip()]
        counts.append(len([line for line in lines if not re.fullmatch(r"\s*—\s*\d+\s*—\s*", line)]))
    assert counts and max(counts) == 22 and min(counts) >= 20, counts
    # …and 28 characters a line: the usual width of an all-Chinese line (captions are set
    # smaller, and a line-end mark may hang into the margin).
    chinese = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’—…·]+")
    widths = [
        len(line.strip())
        for page in pages[1:]
        for line in page.splitlines()
        if chinese.fullmatch(line.strip())
    ]
    assert len(widths) > 30 and Counter(widths).most_common(1)[0][0] == 28, Counter(widths)


def word_boxes(pdf: Path) -> list[tuple[str, float]]:
    """(text, width in points) of each word ``pdftotext -bbox`` finds (a CJK line is one)."""
    out = subprocess.run(
        [_tool("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        (text, float(x_max) - float(x_min))
        for x_min, x_max, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', out
        )
    ]


def test_the_editors_note_prints_inset_as_in_the_pdf(no_cjk_env: dict[str, str], tmp_path: Path) -> None:
    """LibreOffice prints the 编者按's text where the PDF does, the bar's width, gap and padding in
    from the column's edge (the bar stood in the page margin, the text on the column's edge),
    and its lines end the padding short of the right edge."""
    from conftest import every_block_document

    doc = every_block_document()
    note = next(block for block in doc.blocks if type(block).__name__ == "EditorNote")
    doc = dataclasses.replace(doc, blocks=(dataclasses.replace(note, text="编者按：" + "这是一段较长的编者按正文，" * 12),
                                           *doc.blocks[1:]))
    pdf = tmp_path / "ours.pdf"
    pdf.write_bytes(convertkit.render(doc, "pdf"))
    printed = to_pdf(convertkit.render(doc, "docx"), no_cjk_env, tmp_path, "printed")

    def lines(path: Path) -> list[tuple[float, float]]:
        out = subprocess.run([_tool("pdftotext"), "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                             capture_output=True, text=True, check=True).stdout
        return [(float(x0), float(x1)) for x0, x1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', out)
            if "编者按" in text or "这是一段较长" in text]

    ours, theirs = lines(pdf), lines(printed)
    assert ours and theirs
    assert abs(theirs[0][0] - ours[0][0]) < 1.5, (theirs[0], ours[0])  # the text starts where the PDF's does
    assert max(x1 for _, x1 in theirs) < max(x1 for _, x1 in ours) + 1.5  # and ends short of the tint's edge


def test_quotes_in_a_kai_caption_print_full_width(
    no_cjk_env: dict[str, str], tmp_path: Path
) -> None:
    """A caption is set in 楷, whose own quotes are 0.35 em wide: printed by LibreOffice from
    the embedded fonts alone, the caption's quotes come from Noto Serif SC and take a full em,
    so the line is exactly as wide as its characters (6.7 em with 楷's quotes)."""
    text = "图为“龙岩”模式"
    caption = Document(meta=Meta(title="标题"), blocks=(Caption(text=text, raw="x"),))
    pdf = to_pdf(convertkit.render(caption, "docx"), no_cjk_env, tmp_path, "quotes")
    names = {name for name, _ in pdf_fonts(pdf)}
    assert {"ckKai-Regular", "NotoSerifSC-Regular"} <= names, names
    ((width,),) = {(width,) for word, width in word_boxes(pdf) if word == text}
    size = load_style("briefing").role("caption").size_pt
    assert abs(width - len(text) * size) < 0.2 * size, (width, size)


def credit_captions(credit: str, photographer: str | None, lengths: range) -> list[Caption]:
    """Captions ending in ``credit`` after ever longer text, so that at some lengths the
    credit straddles a line end wherever the line happens to end."""
    words = "龙岩市军民融合发展领导小组第四次会议召开" * 4
    return [Caption(text=f"图为{words[:n]}。{credit}", raw="x", photographer=photographer) for n in lengths]


def test_a_photo_credit_is_never_split_over_two_lines(
    no_cjk_env: dict[str, str], tmp_path: Path
) -> None:
    """LibreOffice never splits the name of a glued credit (``李⁠南⁠轩 摄``) wherever the
    caption's line ends; a credit left unglued (no photographer in the model) is split, so the
    captions do straddle line ends.

    One case remains: when the text fills the line exactly up to the name, LibreOffice breaks
    at the no-break space as at any blank at the cut (``…。李南轩`` / ``摄``), whatever joiners
    stand around it. The name stays whole; only 摄 moves on."""
    lengths = range(20, 64)
    blocks = credit_captions("李南轩 摄", "李南轩", lengths) + credit_captions("王小明 摄", None, lengths)
    document = Document(meta=Meta(title="标题"), blocks=tuple(blocks))
    # left-aligned captions, so that LibreOffice ends the lines wherever they are full (a centred
    # two-line caption gets the PDF's balanced break, which seldom comes near the credit)
    ragged = tmp_path / "ragged.toml"
    ragged.write_text('extends = "briefing"\n[roles.caption]\nalign = "left"\n', encoding="utf-8")
    for style in ("briefing", str(ragged)):
        pdf = to_pdf(convertkit.render(document, "docx", style=style), no_cjk_env, tmp_path, f"credits-{len(style)}")
        text = pdf_text(pdf)
        lines = [squeeze(line) for line in text.splitlines()]
        assert sum("李南轩" in line for line in lines) == len(lengths)  # the name is never split
        whole = sum("李南轩摄" in line for line in lines)
        at_the_space = sum(line.endswith("李南轩") and following == "摄" for line, following in itertools.pairwise(lines))
        assert whole + at_the_space == len(lengths) and at_the_space <= 1
        assert "\u2060" not in text and "李南轩 摄" in text  # pdftotext gives the credit back as written
    assert sum("王小明摄" in line for line in lines) < len(lengths)  # the control splits (ragged captions)


def test_captions_and_short_paragraphs_stay_whole_on_a_page(no_cjk_env: dict[str, str], tmp_path: Path) -> None:
    """w:keepLines on the caption and heading styles and w:widowControl everywhere: LibreOffice
    moves a caption whole and leaves no lone line of a paragraph at a page edge, as our PDF."""
    from test_pdf import assert_short_blocks_whole, page_edge_article

    doc = page_edge_article()
    pdf = to_pdf(convertkit.render(doc, "docx"), no_cjk_env, tmp_path, "edges")
    assert_short_blocks_whole(doc, [squeeze(page) for page in pdf_text(pdf).split("\f") if page.strip()])


def test_a_two_line_subheading_breaks_between_words(no_cjk_env: dict[str, str], tmp_path: Path) -> None:
    """Left to LibreOffice (or Word), a subheading too long for a line broke wherever the line
    was full (存在隐 / 藏利润 in a finance digest). The DOCX gives it a line break between two
    words, as the PDF breaks it, in both styles (GB/T 9704 indents its headings two ems)."""
    from convertkit.model import Heading
    from convertkit.typography.words import inside_words

    core = "关于进一步加强城市基础设施建设管理工作的若干意见和具体实施办法征求意见稿起草说明"
    headings = [prefix + core for prefix in ("", "一、", "（一）", "第一，", "附件：", "附件一：", "专题报道：")]
    doc = Document(meta=Meta(title="标题"), blocks=tuple(
        block for text in headings for block in (Heading(text, text), Paragraph("正文。", "正文。"))))
    documents = {style: convertkit.render(doc, "docx", style=style) for style in ("briefing", "gbt9704")}
    for data in documents.values():
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            assert archive.read("word/document.xml").decode("utf-8").count("<w:br/>") >= len(headings)
    pdfs = to_pdfs(documents, no_cjk_env, tmp_path, "headings")
    for style, pdf in pdfs.items():
        lines = [squeeze(line) for line in pdf_text(pdf).splitlines() if squeeze(line)]
        for text in headings:
            first = next(line for line in lines if text.startswith(line) and len(line) > 10)
            assert len(first) < len(text) and len(first) not in inside_words(text), (style, text, first)


def test_gbt9704_imprint_prints_on_an_even_page_as_in_the_pdf(no_cjk_env: dict[str, str], tmp_path: Path) -> None:
    """GB/T 9704 7.4: the 版记 on the back of the last sheet, as the PDF sets it. A one-page
    notice: on page 2. Text ending on page 2 with room: under it, on page 2. Text ending on page 3:
    on page 4. Text filling page 2: on page 4 after a blank page, which LibreOffice inserts and
    its PDF export leaves out by default (the 版记's page still numbered 4)."""
    from test_official_documents import _filled

    fillers = {"one-page": 0, "room-on-2": 4, "full-2": 8, "ends-on-3": 12}
    documents = {name: convertkit.render(_filled(filler), "docx", style="gbt9704") for name, filler in fillers.items()}
    pdfs = to_pdfs(documents, no_cjk_env, tmp_path, "imprint")
    for name, pdf in pdfs.items():
        pages = [squeeze(page) for page in pdf_text(pdf).split("\f")][: -1]
        ends = next(number for number, page in enumerate(pages, 1) if "此件公开发布" in page)
        (imprint,) = [number for number, page in enumerate(pages, 1) if "抄送" in page]
        assert "印发" in pages[imprint - 1] and imprint == len(pages), name
        expected = {"one-page": (1, 2), "room-on-2": (2, 2), "full-2": (2, 3), "ends-on-3": (3, 4)}[name]
        assert (ends, len(pages)) == expected, (name, ends, len(pages))
        numbers = re.findall(r"—(\d+)—", pages[-1])
        assert numbers[-1:] == ["4" if name in ("full-2", "ends-on-3") else "2"], (name, numbers)


def test_a_packs_imprints_print_on_the_pages_the_pdf_sets_them(no_cjk_env: dict[str, str], tmp_path: Path) -> None:
    """Each article of a 公文 pack has its 版记 at the foot of its last page, on the PDF's page:
    page 2 under the first notice, page 6 after a blank page (LibreOffice's export leaves it out,
    the 版记's page still numbered 6), page 8 on the back of the third; where before the first
    two stood in the text's flow and the second went to the top of page 5."""
    from test_official_documents import _pack

    pdf = to_pdf(convertkit.render(_pack(), "docx", style="gbt9704"), no_cjk_env, tmp_path, "pack")  # type: ignore[arg-type]
    pages = [squeeze(page) for page in pdf_text(pdf).split("\f")][:-1]
    printed = [(re.findall(r"—(\d+)—", page)[-1:], "抄送" in page) for page in pages]
    assert [number for number, imprint in printed if imprint] == [["2"], ["6"], ["8"]], printed
    out = subprocess.run([_tool("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', out).group(1))  # type: ignore[union-attr]
    tops = [float(top) for top in re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>抄送', out)]
    assert len(tops) == 3 and all(top > height / 2 for top in tops), tops  # each at its page's foot


def test_gbt9704_signature_prints_where_the_pdf_sets_it(no_cjk_env: dict[str, str], tmp_path: Path) -> None:
    """The 落款's indents come from the PDF's measures of the same faces: printed by LibreOffice,
    a sealed 署名 is centred over its date and an unsealed date starts two characters right of
    its 署名, within a quarter of a character."""
    from conftest import build_text
    from test_official_documents import REPORT, _unsealed

    em = 16.0
    unsealed = _unsealed(tmp_path)
    documents = {name: convertkit.render(build_text(REPORT), "docx", style=style)
                 for name, style in (("sealed", "gbt9704"), ("unsealed", unsealed))}
    for name, pdf in to_pdfs(documents, no_cjk_env, tmp_path, "signature").items():
        out = subprocess.run([_tool("pdftotext"), "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
                             capture_output=True, text=True, check=True).stdout
        words = [(float(x0), float(y0), float(x1), text) for x0, y0, x1, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', out)]
        signed = [word for word in words if word[3] == "某某市人民政府"][-1]
        date = [word for word in words if 10 < word[1] - signed[1] < 40]  # the next line, not the page number
        start, end = min(word[0] for word in date), max(word[2] for word in date)
        if name == "sealed":
            assert abs((signed[0] + signed[2]) / 2 - (start + end) / 2) < em / 4, (signed, start, end)
        else:
            assert abs(start - signed[0] - 2 * em) < em / 4, (signed, start)


def test_mixed_headlines_and_subheadings_print_on_the_pdfs_lines(no_cjk_env: dict[str, str], tmp_path: Path) -> None:
    """LibreOffice measures Latin words, digits and spaces among Han as the PDF does (its space
    between Han and Latin included): a headline or subheading the PDF sets on one line (up to
    99.9% full) prints on one line, and one the PDF breaks prints on the PDF's lines."""
    from convertkit.model import Heading
    from test_docx import MIXED_HEADLINES, pdf_title_lines

    documents, expected = {}, {}
    for style, titles in MIXED_HEADLINES.items():
        for index, title in enumerate(titles):
            doc = Document(meta=Meta(title=title), blocks=(Paragraph("正文。", "正文。"),))
            documents[f"{style}-{index}"] = convertkit.render(doc, "docx", style=style)
            expected[f"{style}-{index}"] = [squeeze(line) for line in pdf_title_lines(doc, style, tmp_path)]
    heading = "2024 年 APEC 会议在秘鲁利马举行 习近平出席第三十一次"  # 99.8% of gbt9704's line, indent and all
    doc = Document(meta=Meta(title="标题"), blocks=(Heading(heading, heading), Paragraph("正文。", "正文。")))
    documents["heading"] = convertkit.render(doc, "docx", style="gbt9704")
    expected["heading"] = ["标题", squeeze(heading)]
    for name, pdf in to_pdfs(documents, no_cjk_env, tmp_path, "headlines").items():
        lines = [squeeze(line) for line in pdf_text(pdf).splitlines() if squeeze(line)]
        assert lines[: next(index for index, line in enumerate(lines) if "正文" in line)] == expected[name], name


def test_an_emoji_with_a_skin_tone_prints_as_one_emoji(no_cjk_env: dict[str, str], tmp_path: Path) -> None:
    """The emoji subset keeps Noto Emoji's ligatures: LibreOffice sets 👍🏽 as one 👍 (the tone
    absorbed, as a face without colour does) and a family as one glyph, where without them it
    drew 👍 and a swatch, and three people."""
    text = "示例 👍 和 👍🏽 与 👨‍👩‍👧 完"
    doc = Document(meta=Meta(title="表情"), blocks=(Paragraph(text, text),))
    pdf = to_pdf(convertkit.render(doc, "docx"), no_cjk_env, tmp_path, "emoji")
    widths = dict(word_boxes(pdf))
    assert widths["👍🏽"] == pytest.approx(widths["👍"], abs=0.5), widths
    assert widths["👨\u200d👩\u200d👧"] == pytest.approx(widths["👍"], abs=0.5), widths


def test_a_doubled_dash_or_ellipsis_is_never_split_over_two_lines(no_cjk_env: dict[str, str], tmp_path: Path) -> None:
    """LibreOffice broke a line inside —— (豪赌— / —鸿篇巨制) as between any two Chinese
    characters. Each doubled mark is a run of its own whose East Asian language sends it to
    the Unicode line breaker, which keeps it whole; the text reads as written."""
    words = "当地有关部门正在加快推进项目建设确保按期完工并投入使用" * 3
    blocks = tuple(Paragraph(f"{words[:n]}——{words[:8]}，{words[:n]}……{words[:8]}。",
                             f"{words[:n]}——{words[:8]}。") for n in range(20, 56))
    pdf = to_pdf(convertkit.render(Document(meta=Meta(title="标题"), blocks=blocks), "docx"), no_cjk_env, tmp_path,
                 "dashes")
    lines = [squeeze(line) for line in pdf_text(pdf).splitlines()
             if squeeze(line) and not re.fullmatch(r"—\d+—", squeeze(line))]  # not the footer's — 1 —
    for mark in "—…":
        assert not any(line.endswith(mark) and not line.endswith(mark * 2) for line in lines), mark
        assert sum(line.count(mark * 2) for line in lines) == len(blocks)
