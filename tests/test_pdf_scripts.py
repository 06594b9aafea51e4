"""What a reader sees of the scripts in exported PDFs: Arabic lines read from the right in the right word order
(mixed with French and numbers), the weapon header row of the Arabic matrix, Chinese headings in bold, and the
training State's emoji printed rather than written as codes.

Positions are read back with poppler's `pdftotext -bbox` (Debian package poppler-utils): a word's glyphs come
back in drawing order, so an Arabic word's letters are reversed there and its presentation forms are folded
back to letters with NFKC before comparing.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.exports import pdf as pdf_writer
from app.exports import service
from app.exports.document import Document, Heading, Paragraph, Part
from app.exports.fonts import font_set
from app.exports.service import export_document
from app.workspace import Workspace
from tests.copies import backup_file

_ARABIC = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install the Debian package poppler-utils")
    return path


def _word(text: str) -> str:
    """A word as pdftotext -bbox gives it, in typing order: Arabic glyphs reversed back, letters unfolded."""
    if _ARABIC.search(text):
        text = text[::-1]
    return unicodedata.normalize("NFKC", text)


def _lines(path: Path, page: int = 1) -> list[list[str]]:
    """The words of each line of a page, top to bottom, each line read from the right (Arabic reading order)."""
    xml = subprocess.run(
        [_tool("pdftotext"), "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>', xml)
    rows: dict[int, list[tuple[float, str]]] = {}
    for _x_min, y_min, x_max, text in found:
        rows.setdefault(round(float(y_min)), []).append((float(x_max), _word(text)))
    return [[w for _, w in sorted(words, reverse=True)] for _, words in sorted(rows.items())]


def _draw(path: Path, flowables: list, lang: str = "ar") -> None:
    from reportlab.platypus import SimpleDocTemplate

    SimpleDocTemplate(str(path), initialFontName=font_set(lang).primary.name).build(flowables)


def _styles(lang: str = "ar") -> pdf_writer._Styles:
    return pdf_writer._Styles(font_set(lang), lang == "ar", lang == "zh")


# --------------------------------------------------------------------------------------------
# Arabic


def test_arabic_lines_read_from_the_right_with_french_and_numbers_in_place(tmp_path):
    styles = _styles()
    path = tmp_path / "ar.pdf"
    _draw(
        path,
        [
            styles.para("آلية التنسيق الوطنية", "h2", bold=True),
            styles.para("المصدر: First national report (2005), p. 6", "body"),
            styles.para("نووية: Code pénal, Art. 412-2(1)", "body"),
            styles.para("اعتمد في 22 أيلول/سبتمبر 1975", "body"),
        ],
    )
    heading, source, law, date = _lines(path)
    assert heading == ["آلية", "التنسيق", "الوطنية"]
    # the Arabic label first at the right, its colon after it; the French title read left to right after it
    assert source[0] == "المصدر:"
    assert source[1:][::-1] == ["First", "national", "report", "(2005),", "p.", "6"]
    assert law[0] == "نووية:" and law[1:][::-1] == ["Code", "pénal,", "Art.", "412-2(1)"]
    assert date == ["اعتمد", "في", "22", "أيلول/سبتمبر", "1975"]


def test_an_annex_number_in_brackets_after_a_french_law_title_keeps_its_brackets(tmp_path):
    # the matrix cites "Code pénal, Art. 412-8 [المرفق 4]": the "]" closes the bracket the Arabic opened, at the
    # line's end; drawn with the number ("4]") it came out "]المرفق 4]" read from the right
    styles = _styles()
    path = tmp_path / "annex.pdf"
    _draw(path, [styles.para("الإنفاذ: Code pénal, Art. 412-8 [المرفق 4]", "body")])
    (line,) = _lines(path)
    assert line[0] == "الإنفاذ:" and line[1:5][::-1] == ["Code", "pénal,", "Art.", "412-8"]
    # on the page, left to right: "[4 المرفق]" (the pair encloses the annex number); read from the right as
    # pdftotext's words come: "]المرفق" then "[4". Before, both brackets were "]" ("]المرفق" then "4]").
    assert line[5:] == ["]المرفق", "[4"], line


def test_a_french_sentence_wrapped_in_an_arabic_cell_keeps_its_number_with_it(tmp_path):
    from reportlab.platypus import Table

    styles = _styles()
    path = tmp_path / "cell.pdf"
    text = "التصديق: 22 أيلول/سبتمبر 1975\nAcceded 22 September 1975 (instrument deposited in London)"
    _draw(path, [Table([[styles.para(text, "cell")]], colWidths=[100])])
    lines = _lines(path)
    line = next(line for line in lines if "(instrument" in line)
    # drawn left to right as typed: "1975 (instrument", not "(instrument 1975" (read from the right)
    assert "1975" not in line or line.index("1975") > line.index("(instrument"), lines


def test_an_arabic_paragraph_continued_on_the_next_page_still_reads_from_the_right(tmp_path):
    styles = _styles()
    path = tmp_path / "long.pdf"
    _draw(path, [styles.para("آلية التنسيق الوطنية " * 700, "body")])
    following = {"آلية": "التنسيق", "التنسيق": "الوطنية", "الوطنية": "آلية"}
    for page in (1, 2):
        lines = _lines(path, page)
        assert len(lines) > 10
        for line in lines:
            assert all(following[a] == b for a, b in itertools.pairwise(line)), (page, line)


def test_a_date_wrapped_in_a_narrow_cell_reads_in_order_with_joined_letters(tmp_path):
    from reportlab.platypus import Table

    styles = _styles()
    date = "31 كانون الأول/ديسمبر 2025"
    path = tmp_path / "cell.pdf"
    _draw(path, [Table([[styles.para(date, "cell")]], colWidths=[48])])
    lines = _lines(path)
    assert len(lines) > 1  # it does wrap
    words = [w for line in lines for w in line]
    assert "".join(words) == date.replace(" ", "")
    # each piece is a whole word or the month name broken after its slash, never letters cut apart
    assert all(w in {"31", "كانون", "الأول/", "ديسمبر", "الأول/ديسمبر", "2025"} for w in words), lines
    # shaped: joined letters come back as presentation forms before NFKC
    raw = subprocess.run([_tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert any("\ufe70" <= c <= "\ufeff" for c in raw)


@pytest.fixture(scope="module")
def training(tmp_path_factory, demo_db) -> Path:
    return backup_file(demo_db, tmp_path_factory.mktemp("scripts") / "training.sqlite3")


def _page_texts(path: Path) -> list[str]:
    out = subprocess.run([_tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [unicodedata.normalize("NFKC", page) for page in out.split("\f")]


def test_arabic_matrix_shows_the_weapon_header_row_on_every_page_of_sections_b_to_d(training, tmp_path):
    with Workspace.open(training, source="cli") as ws:
        path = export_document(ws, "matrix", "pdf", "ar", tmp_path / "matrix-ar.pdf").path
    pages = _page_texts(path)
    legal_framework = "الإطار"  # the sub-header of each weapon's two columns, on sections B-D only
    # a page of sections B-D heads the three weapons' columns: the sub-header three times (page 1's note names it once)
    weapon_pages = [
        i for i, page in enumerate(pages) if page.count(legal_framework) + page.count(legal_framework[::-1]) >= 3
    ]
    assert len(weapon_pages) >= 3
    for i in weapon_pages:
        page = pages[i]
        for word in ("النووية", "الكيميائية", "البيولوجية"):
            assert word in page or word[::-1] in page, f"page {i + 1} lacks {word}"


# --------------------------------------------------------------------------------------------
# Chinese bold


def _content_streams(path: Path) -> bytes:
    from pypdf import PdfReader

    return b"".join(page.get_contents().get_data() for page in PdfReader(str(path)).pages)


def _document(lang: str) -> Document:
    doc = Document("report", lang, "标题 Title", header="页眉")
    doc.parts.append(Part("第一部分", [Heading("协调机制", 2), Paragraph("正文内容。")]))
    return doc


def test_chinese_headings_are_drawn_heavier_than_body_text(tmp_path):
    fonts = font_set("zh")
    assert fonts.primary.bold == fonts.primary.name  # the Chinese font here has no bold face
    path = tmp_path / "zh.pdf"
    pdf_writer.write_pdf(_document("zh"), path)
    stream = _content_streams(path)
    # title, part and heading drawn filled and stroked (text render mode 2), body text filled only
    assert stream.count(b"2 Tr") == 3
    styles = _styles("zh")
    assert styles.para("正文内容。")._stroke == 0
    assert styles.para("协调机制", "h2", bold=True)._stroke > 0
    # a font with a bold face keeps it: English headings use FiraGO Bold, without stroking
    english = tmp_path / "en.pdf"
    pdf_writer.write_pdf(Document("report", "en", "Title", parts=[Part("Part", [Paragraph("Body")])]), english)
    assert b"2 Tr" not in _content_streams(english)


# --------------------------------------------------------------------------------------------
# Emoji and symbols


def test_training_state_emoji_print_and_no_code_is_written(training, tmp_path):
    with Workspace.open(training, source="cli") as ws:
        result = export_document(ws, "report", "pdf", "en", tmp_path / "report.pdf")
    text = "".join(_page_texts(result.path))
    assert "✅" in text and "📎" in text
    assert "[U+" not in text
    assert result.warnings == []
    fonts = subprocess.run([_tool("pdffonts"), str(result.path)], capture_output=True, text=True, check=True).stdout
    assert "NotoEmoji" in fonts


def test_a_character_no_font_has_is_named_in_the_warning():
    fonts = font_set("en")
    char = next(c for c in ("\U0010fffd", "\U000e01ef", "\ue000") if fonts.face_for(c) is None)
    assert fonts.missing(f"✅ 📎 {char}") == [char]  # the emoji have a font now; this one has none
    warning = service.missing_characters_warning([char])
    assert f"[U+{ord(char):04X}]" in warning and "carried with the application" in warning
    assert warning.startswith("1 character(s) have no font")
