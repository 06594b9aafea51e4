"""Fonts of exported PDFs: every script of the six UN languages embedded, user text never read as markup,
and a character no font has shown as "[U+XXXX]" instead of an empty box.

The PDF checks use poppler's command line tools (`pdftotext`, `pdffonts`; Debian package poppler-utils).
The Chinese checks need a Chinese TrueType font on the machine (Debian package fonts-wqy-zenhei): they
fail, they do not skip, when it is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app import paths
from app.exports import fonts
from app.exports.fonts import FontUnavailableError, find_cjk_font, font_set
from app.paths import data_dir

CHINESE = "中文报告执行"
RUSSIAN = "Национальный доклад об осуществлении"
# Words whose FiraGO shapes all have a Unicode value (see test_arabic_paragraph_is_shaped_and_extractable).
ARABIC = "اللجنة تلقت الرسالة من الدولة في عام 2024"
UNCOVERED_CANDIDATES = ("\U0001fae8", "\ue000", "\U0010fffd", "\U000e01ef")


@pytest.fixture(autouse=True)
def _fresh_font_sets():
    font_set.cache_clear()
    yield
    font_set.cache_clear()


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install the Debian package poppler-utils")
    return path


def _build_pdf(path, paragraphs, fs) -> None:
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    doc = SimpleDocTemplate(str(path), initialFontName=fs.primary.name)
    doc.build([Paragraph(markup, style) for markup, style in paragraphs])


def _style(fs, **kwargs):
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("body", fontName=fs.primary.name, fontSize=11, leading=15, **kwargs)


def _pdftotext(path) -> str:
    return subprocess.run(
        [_tool("pdftotext"), "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pdffonts(path) -> list[dict[str, str]]:
    """pdffonts' table as dicts (name, type, encoding, emb, sub, uni, ...)."""
    out = subprocess.run([_tool("pdffonts"), str(path)], capture_output=True, text=True, check=True).stdout
    header, rule, *rows = out.splitlines()
    # Columns are fixed width ("CID TrueType" has a space): cut each row where the rule's dashes are.
    spans = [m.span() for m in re.finditer(r"-+", rule)]
    spans[-1] = (spans[-1][0], None)
    names = [header[a:b].strip() for a, b in spans]
    return [{name: row[a:b].strip() for name, (a, b) in zip(names, spans, strict=True)} for row in rows if row.strip()]


def _uncovered(fs) -> str:
    for char in UNCOVERED_CANDIDATES:
        if fs.face_for(char) is None:
            return char
    pytest.fail(f"every candidate character is covered by some font here: {fs.faces}")


def _cjk_face_for_tests():
    found = find_cjk_font()
    assert found is not None, (
        "No Chinese TrueType font on this machine: install the Debian package fonts-wqy-zenhei "
        "(the CI image needs it too)"
    )
    return found


# --------------------------------------------------------------------------------------------
# Markup


def test_markup_escapes_user_text_and_pdf_shows_it_literally(tmp_path):
    fs = font_set("en")
    user_text = '<b>x</b> & =1+1 "quoted" \'single\' <font face="Courier">no</font>'
    markup = fs.markup(user_text)
    assert "<b>" not in markup and '<font face="Courier">' not in markup
    assert "&lt;b&gt;x&lt;/b&gt;" in markup and "&amp;" in markup

    pdf = tmp_path / "escape.pdf"
    _build_pdf(pdf, [(markup, _style(fs))], fs)
    text = _pdftotext(pdf)
    assert "<b>x</b> & =1+1" in text
    assert "\"quoted\" 'single'" in text
    assert '<font face="Courier">no</font>' in text
    assert all(row["name"].find("Courier") < 0 for row in _pdffonts(pdf))


def test_newlines_become_breaks_and_tabs_spaces():
    fs = font_set("en")
    markup = fs.markup("first\r\nsecond\nthird\tend")
    assert markup == "first<br/>second<br/>third end"


def test_bold_markup_names_the_bold_faces():
    fs = font_set("en")
    markup = fs.markup("Report & plan", bold=True)
    assert f'<font face="{fs.primary.bold}">' in markup
    assert fs.primary.bold != fs.primary.name
    assert "&amp;" in markup


# --------------------------------------------------------------------------------------------
# Chinese


def test_chinese_run_in_an_english_set_goes_to_the_cjk_face():
    found = _cjk_face_for_tests()
    fs = font_set("en")
    path = found[0] if isinstance(found, tuple) else found
    cjk = fs.face_for("中")
    assert cjk is not None and cjk is not fs.primary
    assert str(path) in cjk.source
    assert all(cjk.covers(c) for c in CHINESE)
    assert not fs.primary.covers("中")

    runs = fs.runs(f"Report {CHINESE}，第2号。 done")
    faces = [face for face, _text in runs]
    assert faces == [fs.primary, cjk, fs.primary]
    assert runs[1][1].startswith(CHINESE)  # punctuation and space stay in the Chinese run
    markup = fs.markup(f"Report {CHINESE} done")
    assert f'<font face="{cjk.name}">{CHINESE} </font>' in markup
    assert fs.missing(f"Report {CHINESE} done") == []


def test_chinese_set_has_the_cjk_font_first_and_firago_after_it():
    found = _cjk_face_for_tests()
    fs = font_set("zh")
    path = found[0] if isinstance(found, tuple) else found
    assert str(path) in fs.primary.source
    assert fs.faces[0] is fs.primary
    firago = next(f for f in fs.faces if "FiraGO" in f.source)
    assert fs.faces.index(firago) == 1
    assert fs.face_for("中") is fs.primary
    # Arabic is not in the Chinese font: it falls back to FiraGO.
    assert not fs.primary.covers("ع")
    assert fs.face_for("ع") is firago


def test_chinese_in_english_without_any_cjk_font_is_visible_not_a_box(monkeypatch):
    monkeypatch.setenv(fonts.CJK_ENV, "")
    fs = font_set("en")
    assert fs.face_for("中") is None
    assert fs.missing("Report 中文") == ["中", "文"]
    assert fs.markup("Report 中文") == "Report [U+4E2D][U+6587]"


def test_user_font_folder_is_searched_first(tmp_path):
    found = _cjk_face_for_tests()
    system_path = found[0] if isinstance(found, tuple) else found
    folder = data_dir() / "fonts"
    folder.mkdir(parents=True)
    (folder / "a-not-a-font.ttf").write_bytes(b"not a font at all" * 10)
    copy = folder / ("b-" + system_path.name)
    copy.symlink_to(system_path)
    result = find_cjk_font()
    assert (result[0] if isinstance(result, tuple) else result) == copy


def test_the_font_shipped_with_the_bundle_comes_before_the_system_and_is_used_alone(monkeypatch, tmp_path):
    """A bundle carries its Chinese font in resources/fonts: chosen before the system's, and enough by itself."""
    found = _cjk_face_for_tests()
    system_path = found[0] if isinstance(found, tuple) else found
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "README.txt").write_text("not a font", encoding="utf-8")
    copy = shipped / system_path.name
    copy.symlink_to(system_path)
    monkeypatch.setattr(paths, "shipped_fonts_dir", lambda: shipped)
    result = find_cjk_font()
    assert (result[0] if isinstance(result, tuple) else result) == copy
    # A laptop without any Chinese font of its own: the shipped one still writes Chinese.
    monkeypatch.setattr(fonts, "_system_fonts", lambda: ([], []))
    assert font_set("zh").face_for("中") is not None
    shutil.rmtree(shipped)
    font_set.cache_clear()
    assert find_cjk_font() is None


LATIN_ONLY_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian package fonts-dejavu-core


def _postscript_name(found) -> str:
    from reportlab.pdfbase.ttfonts import TTFontFile

    path, index = found if isinstance(found, tuple) else (found, 0)
    name = TTFontFile(str(path), subfontIndex=index).name
    return name.decode("latin-1") if isinstance(name, bytes) else name


def test_a_latin_only_font_in_the_fonts_folder_is_not_taken_for_chinese(demo_db, tmp_path):
    from app.exports.service import export_document
    from app.workspace import Workspace
    from tests.copies import backup_file

    assert LATIN_ONLY_FONT.is_file(), "install the Debian package fonts-dejavu-core (the CI image has it)"
    system = _cjk_face_for_tests()
    folder = data_dir() / "fonts"
    folder.mkdir(parents=True)
    shutil.copy(LATIN_ONLY_FONT, folder / "0-DejaVuSans.ttf")  # the user's fonts come first, this one first of all

    assert find_cjk_font() == system
    system_path = system[0] if isinstance(system, tuple) else system
    assert str(system_path) in font_set("zh").primary.source
    db = backup_file(demo_db, tmp_path / "training.sqlite3")
    with Workspace.open(db) as ws:
        request_id = ws.db.execute("SELECT min(id) FROM assistance_request").fetchone()[0]
        pdf = export_document(ws, "assistance", "pdf", "zh", tmp_path / "request-zh.pdf", request_id=request_id).path
    embedded = [row["name"].split("+")[-1] for row in _pdffonts(pdf) if row["emb"] == "yes"]  # subset prefix off
    chinese = _postscript_name(system)
    assert any(name == chinese or name.startswith(chinese + "-") for name in embedded), embedded
    text = _pdftotext(pdf)
    assert "根据第1540(2004)号决议提出的援助请求" in text and "[U+" not in text


# --------------------------------------------------------------------------------------------
# No font for a character


def test_uncoverable_character_is_shown_as_its_code_and_listed_missing():
    fs = font_set("en")
    char = _uncovered(fs)
    assert all(not face.covers(char) for face in fs.faces)
    code = f"[U+{ord(char):04X}]"
    text = f"a {char} b {char}"
    assert fs.missing(text) == [char]
    markup = fs.markup(text)
    assert markup.count(code) == 2 and char not in markup
    assert fs.runs(text)[1][0] is None


def test_missing_ignores_layout_and_zero_width_characters():
    fs = font_set("en")
    text = "a\nb\tc\u200bd\u200de\u2066f\u2069g\ufe0f\u2028h"
    assert fs.missing(text) == []
    markup = fs.markup(text)
    for char in "\ufe0f\u2066\u2069":
        if not fs.primary.covers(char):
            assert char not in markup  # dropped, never drawn as a box
    assert "<br/>" in markup


def test_control_characters_are_never_drawn():
    fs = font_set("en")
    assert not fs.primary.covers("\x07")
    assert fs.markup("a\x07b") == "a[U+0007]b"


# --------------------------------------------------------------------------------------------
# No Chinese font: a clear error


def test_zh_without_a_chinese_font_raises_a_clear_error(monkeypatch):
    monkeypatch.setenv(fonts.CJK_ENV, "")
    monkeypatch.setattr(fonts, "_platform", lambda: "linux")
    assert find_cjk_font() is None
    with pytest.raises(FontUnavailableError) as caught:
        font_set("zh")
    message = str(caught.value)
    assert str(data_dir() / "fonts") in message
    assert "fonts-wqy-zenhei" in message
    assert "Chinese" in message
    assert "\n" not in message and "Traceback" not in message
    # The other languages never need it.
    assert font_set("en").primary.covers("a")


@pytest.mark.parametrize("platform, names", [("win32", "Microsoft YaHei"), ("darwin", "STHeiti")])
def test_error_advice_names_the_fonts_of_the_system(monkeypatch, platform, names):
    monkeypatch.setenv(fonts.CJK_ENV, "")
    monkeypatch.setattr(fonts, "_platform", lambda: platform)
    with pytest.raises(FontUnavailableError) as caught:
        font_set("zh")
    assert names in str(caught.value)
    assert str(data_dir() / "fonts") in str(caught.value)
    assert "fonts-wqy-zenhei" not in str(caught.value)


def _cff_font_bytes() -> bytes:
    import pymupdf_fonts

    data = pymupdf_fonts.fontbuffers["symbol1"]()
    assert data[:4] == b"OTTO"
    return data


def _non_chinese_truetype_bytes() -> bytes:
    import pymupdf_fonts

    return pymupdf_fonts.fontbuffers["figo"]()


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"\x00\x01\x00\x00" + b"garbage" * 50, "damaged or is not a font"),
        (b"this is a text file, not a font", "not a TrueType font"),
        (_cff_font_bytes, "PostScript"),
        (_non_chinese_truetype_bytes, "does not contain Chinese characters"),
        (None, "cannot be read"),
    ],
)
def test_zh_with_an_unusable_font_file_raises_a_clear_error(monkeypatch, tmp_path, content, reason):
    path = tmp_path / "chinese.ttf"
    if content is not None:
        path.write_bytes(content() if callable(content) else content)
    monkeypatch.setenv(fonts.CJK_ENV, str(path))
    monkeypatch.setattr(fonts, "_platform", lambda: "linux")
    with pytest.raises(FontUnavailableError) as caught:
        font_set("zh")
    message = str(caught.value)
    assert str(path) in message and reason in message
    assert "fonts-wqy-zenhei" in message and str(data_dir() / "fonts") in message
    # Nothing chained: the user (and the log) sees one plain error, not a reportlab traceback.
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None or caught.value.__suppress_context__


# --------------------------------------------------------------------------------------------
# Whole PDFs


def test_pdf_in_four_scripts_embeds_every_font_and_no_helvetica(tmp_path):
    _cjk_face_for_tests()
    fs = font_set("en")
    pdf = tmp_path / "mixed.pdf"
    body = _style(fs)
    _build_pdf(
        pdf,
        [
            (fs.markup("National report & action plan"), body),
            (fs.markup(RUSSIAN), body),
            (fs.markup(ARABIC), _style(fs, shaping=1)),
            (fs.markup(f"Remarks: {CHINESE}。"), body),
            (fs.markup("Heading: Привет 中文", bold=True), body),
        ],
        fs,
    )
    rows = _pdffonts(pdf)
    assert len(rows) >= 3  # FiraGO, FiraGO bold, the Chinese font
    assert all(row["emb"] == "yes" for row in rows), rows
    assert not any("Helvetica" in row["name"] for row in rows), rows
    text = _pdftotext(pdf)
    assert "National report & action plan" in text
    assert RUSSIAN in text
    assert CHINESE in text


def _arabic_words_found(extracted: str, words: list[str]) -> list[str]:
    """The words (or their letter-reversal) found in pdftotext's output, presentation forms normalised."""
    plain = unicodedata.normalize("NFKC", extracted)
    plain = "".join(c for c in plain if unicodedata.category(c) != "Cf")  # bidi embedding marks
    return [w for w in words if w in plain or w[::-1] in plain]


def test_arabic_paragraph_is_shaped_and_extractable(tmp_path):
    """What pdftotext gives back from reportlab 5.1 + uharfbuzz (seen on poppler 22-25):

    - the shaped glyphs come back as Arabic presentation forms (U+FExx): NFKC gives the letters back;
    - each word's letters are in logical order, RLE/PDF marks around the Arabic runs, and the words
      of a line in visual order (right to left reversed);
    - a glyph that FiraGO substitutes without a Unicode value of its own (e.g. the contextual
      alternate of reh after qaf, in "تقرير") comes back as a private-use character (U+E000...),
      so such a word is not found by copy/search: a reportlab limitation, the picture is right.
    """
    from reportlab.lib.enums import TA_RIGHT

    fs = font_set("ar")
    assert fs.primary.covers("ع") and "FiraGO" in fs.primary.source
    pdf = tmp_path / "arabic.pdf"
    long_text = " ".join([ARABIC] * 4)
    _build_pdf(
        pdf,
        [
            (fs.markup(ARABIC), _style(fs, shaping=1, alignment=TA_RIGHT)),
            (fs.markup(long_text), _style(fs, shaping=1, alignment=TA_RIGHT)),
        ],
        fs,
    )
    words = [w for w in ARABIC.split() if not w.isdigit()]
    text = _pdftotext(pdf)
    assert _arabic_words_found(text, words) == words, text
    assert "2024" in text
    # Shaped: the letters of the PDF are joined forms, not the isolated letters typed in.
    assert any("\ufe70" <= c <= "\ufeff" or "\ufb50" <= c <= "\ufdff" for c in text)
    rows = _pdffonts(pdf)
    assert rows and all(row["emb"] == "yes" for row in rows)


def test_a_face_that_reportlab_shaped_keeps_its_coverage(tmp_path):
    """reportlab adds private-use code points to a font's map when it shapes Arabic: not real glyphs."""
    fs = font_set("ar")
    pdf = tmp_path / "shaped.pdf"
    _build_pdf(pdf, [(fs.markup("تقرير التنفيذ " * 3), _style(fs, shaping=1))], fs)
    assert not fs.primary.covers("\ue000")
    font_set.cache_clear()
    assert not font_set("ar").primary.covers("\ue000")
