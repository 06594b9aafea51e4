# ruff: noqa: RUF001 - Cyrillic and Arabic words below are written in their own scripts on purpose
"""The matrix and the action plan as the Committee receives them, read back from the PDF files in six languages.

The matrix opens like the Committee's (the State and its reporting dates, then the explanatory note), cites laws
briefly with their number in an annex that lists each once, and marks the rows whose wording is not yet
confirmed. The action plan shows no internal key, and its timeline has a legend, the actions' numbers, the
quarters in the language and today's quarter marked (the clock is injected: 15 May 2025, second quarter).
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app import LANGUAGES
from app.exports.service import export_document
from app.workspace import Workspace
from tests.copies import backup_file
from tests.test_exports import pdftotext

TODAY = "2025-05-15"
PAGES_BEFORE = {"en": 27, "fr": 28, "ar": 27, "zh": 26, "ru": 28, "es": 27}  # the matrix citing full titles
INTERNAL_KEYS = (re.compile(r"\bOP\d\w*\.(NW|CW|BW)\.\w+"), re.compile(r"\b[a-z]+_[a-z_]+\b"), re.compile(r"\bfield:"))


@pytest.fixture(scope="module")
def training(tmp_path_factory, demo_db) -> Path:
    return backup_file(demo_db, tmp_path_factory.mktemp("matrix-nap") / "training.sqlite3")


@pytest.fixture(scope="module")
def pdfs(training, tmp_path_factory) -> dict[tuple[str, str], Path]:
    out = tmp_path_factory.mktemp("pdfs")
    with Workspace.open(training, source="cli") as ws:
        return {
            (kind, lang): export_document(ws, kind, "pdf", lang, out / f"{kind}-{lang}.pdf", today=TODAY).path
            for kind in ("matrix", "nap")
            for lang in LANGUAGES
        }


def _unhyphenate(text: str) -> str:
    """The text with words hyphenated at a line end joined again ("over-\ndue": "overdue")."""
    return re.sub(r"(?<=[^\W\d_])-\n(?=[^\W\d_])", "", text)


def _flat(text: str) -> str:
    return " ".join(_unhyphenate(text).split())


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def _cited_laws(training: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(training)
    try:
        return conn.execute(
            "SELECT title_original, title_en FROM legal_instrument "
            "WHERE id IN (SELECT legal_instrument_id FROM matrix_citation)"
        ).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_internal_key_in_the_matrix_or_the_action_plan(pdfs, lang):
    for kind in ("matrix", "nap"):
        text = pdftotext(pdfs[kind, lang], raw=True)
        found = [m.group(0) for pattern in INTERNAL_KEYS for m in pattern.finditer(text)]
        assert found == [], (kind, lang, found[:5])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_internal_key_in_the_report_or_the_request_either(training, tmp_path, lang):
    """The other two documents sent to the Committee: no database key, record key or code in their text."""
    with Workspace.open(training, source="cli") as ws:
        request = ws.db.execute("SELECT min(id) FROM assistance_request WHERE status = 'matched'").fetchone()[0]
        for kind in ("report", "assistance"):
            path = export_document(
                ws, kind, "pdf", lang, tmp_path / f"{kind}.pdf", request_id=request, today=TODAY
            ).path
            text = pdftotext(path, raw=True)
            found = [m.group(0) for pattern in INTERNAL_KEYS for m in pattern.finditer(text)]
            assert found == [], (kind, lang, found[:5])


def test_the_action_plan_names_fields_by_the_committees_numbering(pdfs):
    expected = {
        "en": "D.4 (NW, CW, BW: legal framework)",
        "fr": "D.4 (AN, AC, AB\u00a0: cadre juridique)",
        "ru": "D.4 (ЯО, ХО, БО: нормативно-правовая база)",
        "zh": "D.4（核、化、生：法律框架）",
    }
    for lang, reference in expected.items():
        text = pdftotext(pdfs["nap", lang], raw=True)
        # compared without spaces: the narrow column wraps the reference anywhere (its layout is not tested here)
        wanted = re.sub(r"\s+", "", unicodedata.normalize("NFKC", reference))  # as the raw text is normalised
        # a compound's own hyphen may end a line too ("legal-\nframework"): either reading holds it
        readings = (re.sub(r"\s+", "", text), re.sub(r"\s+", "", _unhyphenate(text)))
        assert any(wanted in reading for reading in readings), (lang, reference)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "en",
            [
                "State Republic of Examplia",
                "Date of report 18 April 2005",
                "Dates of additional information 2 June 2009 21 October 2013 5 November 2019",
                "Date of Committee approval 14 December 2020",
                "Explanatory note",
                "not a measure of compliance",
                "Wording of the row not yet confirmed",
            ],
        ),
        (
            "fr",
            ["Date du rapport 18 avril 2005", "Date d’approbation par le Comité 14 décembre 2020", "Note explicative"],
        ),
        ("ru", ["Дата доклада 18 апреля 2005", "Пояснительная записка"]),
        ("es", ["Fecha del informe 18 de abril de 2005", "Nota explicativa"]),
    ],
)
def test_the_matrix_opens_with_the_state_its_reporting_dates_and_the_explanatory_note(pdfs, lang, words):
    first = _flat(pdftotext(pdfs["matrix", lang], 1, 1, raw=True))
    for expected in words:
        assert expected in first, (expected, first[:600])
    last = _flat(pdftotext(pdfs["matrix", lang], _pages(pdfs["matrix", lang]), raw=True))
    heading = {
        "en": "Explanatory note",
        "fr": "Note explicative",
        "ru": "Пояснительная записка",
        "es": "Nota explicativa",
    }
    assert heading[lang] in first and heading[lang] not in last, "the note opens the matrix, no longer at its end"


def test_the_matrix_page_one_in_chinese_and_arabic(pdfs):
    zh = re.sub(r"\s+", "", pdftotext(pdfs["matrix", "zh"], 1, 1))
    dates = ("报告日期", "2005年4月18日", "补充资料日期", "2013年10月21日", "委员会核准日期", "2020年12月14日")
    for expected in (*dates, "解释性说明"):
        assert expected in zh, expected
    ar = _flat(pdftotext(pdfs["matrix", "ar"], 1, 1, raw=True))
    for expected in ("تاريخ التقرير", "تاريخ موافقة اللجنة", "مذكرة إيضاحية"):
        assert expected in ar, expected


def test_laws_are_cited_by_annex_number_and_the_annex_lists_each_once(pdfs, training):
    path = pdfs["matrix", "en"]
    text = pdftotext(path, raw=True)
    body, _, annex = text.partition("Annex: legal instruments cited")
    assert annex, "the matrix ends with its annex of laws"
    numbers = {}
    for title, english in _cited_laws(training):
        assert _flat(annex).count(_flat(title)) == 1, title  # each law once, with its full title
        assert _flat(english) in _flat(annex), english
        numbers[title] = int(re.search(rf"^(\d+) {re.escape(title[:20])}", annex, re.M).group(1))
        if len(title) > 60:  # a long title is cited briefly in the cells, in full only in the annex
            assert _flat(title) not in _flat(body), title
    assert sorted(numbers.values()) == list(range(1, len(numbers) + 1))
    flat = _flat(body)
    penal = numbers["Code pénal"]
    # B.6 (transport), nuclear weapons: both aspects, each law with its annex number
    assert f"NW: Legal framework: Code pénal, Art. 412-3 [annex {penal}]" in flat
    assert f"Enforcement: Code pénal, Art. 412-8 [annex {penal}]" in flat
    assert (
        f"Loi n° 27/2003, Art. 58 [annex {numbers[next(t for t in numbers if t.startswith('Loi n° 27/2003'))]}]" in flat
    )


def test_the_report_cites_laws_by_the_number_its_annex_and_the_matrix_give_them(pdfs, training, tmp_path):
    with Workspace.open(training, source="cli") as ws:
        report = export_document(ws, "report", "pdf", "en", tmp_path / "report.pdf", today=TODAY).path
    body, _, annex = pdftotext(report, raw=True).partition("Annex. National legislation cited in this report")
    assert annex, "the report ends with its annex of laws"
    matrix_annex = pdftotext(pdfs["matrix", "en"], raw=True).partition("Annex: legal instruments cited")[2]
    for title, _english in _cited_laws(training):
        number = re.search(rf"^(\d+) {re.escape(title[:20])}", annex, re.M)
        assert number, title  # numbered in the report's annex ...
        assert re.search(rf"^{number.group(1)} {re.escape(title[:20])}", matrix_annex, re.M), (
            title
        )  # ... as in the matrix
        if len(title) > 60:  # a long title is cited briefly in the parts, in full only in the annex
            assert _flat(title) not in _flat(body), title
    penal = re.search(r"^(\d+) Code pénal", annex, re.M).group(1)
    assert f"Code pénal, Art. 412-8 [annex {penal}]" in _flat(body)


def test_an_operative_paragraph_stays_on_one_line_in_the_plans_narrow_column(pdfs, training, tmp_path):
    layout = subprocess.run(
        ["pdftotext", "-layout", "-f", "2", "-l", "2", str(pdfs["nap", "en"]), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.replace("\u00a0", " ")
    # "OP 3" together, never "OP" ending a line of the column (then the gap to the next column) above "3"
    # (the column's header, "OP", is the one such line)
    assert re.search(r"\bOP 3\b", layout) and len(re.findall(r"\bOP(?=\s{2,}|$)", layout, re.M)) == 1
    with Workspace.open(training, source="cli") as ws:
        book = load_workbook(export_document(ws, "nap", "xlsx", "en", tmp_path / "nap.xlsx", today=TODAY).path)
    cells = {c.value for row in book["Actions"].iter_rows() for c in row if isinstance(c.value, str)}
    assert "OP 2, OP 3 (d)" in cells  # the workbook keeps plain spaces, for filters and search


def test_the_matrix_is_much_shorter_in_every_language(pdfs):
    pages = {lang: _pages(pdfs["matrix", lang]) for lang in LANGUAGES}
    assert all(pages[lang] <= PAGES_BEFORE[lang] - 5 for lang in LANGUAGES), pages


def test_rows_not_yet_confirmed_carry_a_dagger_and_a_note(pdfs, training):
    text = _flat(pdftotext(pdfs["matrix", "en"], raw=True))
    assert "Acquire †" in text and "Member of the Zangger Committee †" in text
    assert "Nuclear Non-Proliferation Treaty (NPT) †" not in text and "Nuclear Non-Proliferation Treaty (NPT)" in text
    conn = sqlite3.connect(training)
    unconfirmed = conn.execute("SELECT count(*) FROM matrix_row WHERE confirmed = 0").fetchone()[0]
    conn.close()
    note = "† Wording of the row not yet confirmed against the Committee's matrix."
    assert text.count(note) == 5, "on page 1 and under each section that has such rows"
    assert text.count("†") >= unconfirmed + 5
    for lang, note in (
        ("fr", "† Libellé de la ligne non encore vérifié"),
        ("ru", "† Формулировка строки еще не сверена"),
    ):
        assert note in _flat(pdftotext(pdfs["matrix", lang], 1, 1, raw=True)), lang


def _timeline_page(path: Path, heading: str) -> int:
    return next(p for p in range(1, _pages(path) + 1) if heading in pdftotext(path, p, p, raw=True).split("\n")[:6])


TIMELINE = {
    "en": ("Timeline", ["Planned", "In progress", "Done", "Delayed or overdue", "Cancelled", "Today: 15 May 2025"]),
    "fr": ("Calendrier", ["Prévue", "En cours", "Achevée", "Retardée ou en retard", "Annulée", "Aujourd’hui"]),
    "es": ("Calendario", ["Prevista", "En curso", "Concluida", "Retrasada o atrasada", "Cancelada", "Hoy: 15 de mayo"]),
    "ru": (
        "График",
        ["Запланировано", "Выполняется", "Выполнено", "С задержкой или просрочено", "Отменено", "Сегодня"],
    ),
}
QUARTERS = {"en": "Q{q}", "fr": "T{q}", "es": "T{q}", "ru": "{q} кв."}


@pytest.mark.parametrize("lang", sorted(TIMELINE))
def test_the_timeline_has_a_legend_numbers_quarters_in_the_language_and_today(pdfs, lang):
    path = pdfs["nap", lang]
    heading, legend = TIMELINE[lang]
    page = _timeline_page(path, heading)
    text = _flat(pdftotext(path, page, page, raw=True))
    for label in legend:
        assert label in text, (lang, label)
    for q in (1, 2, 3, 4):
        assert QUARTERS[lang].format(q=q) in text, (lang, q)
    assert "2024" in text and "2025" in text and "Q1" not in text.replace(QUARTERS[lang].format(q=1), "")
    layout = subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page + 1), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = re.findall(r"^ *(\d{1,2}) +(?!кв\.)\S", layout, re.M)  # a row starts with its action's number
    assert [int(n) for n in rows] == list(range(1, len(rows) + 1)) and len(rows) >= 18, rows
    first = next(line for line in layout.splitlines() if re.match(r"^ *1 +\S", line))
    assert "Projet de loi sur le courtage" in first, "action 1 of the table of actions is action 1 of the timeline"


def test_today_is_marked_under_the_quarter_of_the_clock(pdfs):
    path = pdfs["nap", "en"]
    page = _timeline_page(path, "Timeline")
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = [
        (float(x0), float(y0), float(x1), w)
        for x0, y0, x1, w in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<', html)
    ]
    quarters = sorted((w for w in words if re.fullmatch(r"Q[1-4]", w[3])), key=lambda w: w[0])
    header_y = quarters[0][1]
    quarters = [w for w in quarters if abs(w[1] - header_y) < 1]
    assert [w[3] for w in quarters[:8]] == ["Q1", "Q2", "Q3", "Q4"] * 2, "2024 and 2025 first"
    (mark,) = [w for w in words if w[3] == "▼" and w[1] > header_y]  # under the quarters' row, not the legend's
    centre = (mark[0] + mark[2]) / 2
    nearest = min(range(len(quarters)), key=lambda i: abs((quarters[i][0] + quarters[i][2]) / 2 - centre))
    assert nearest == 5, "the second quarter of 2025: 15 May 2025"


@pytest.mark.parametrize(
    ("lang", "labels"),
    [("zh", ["1季度", "4季度", "2025年", "今天"]), ("ar", ["الربع 1", "الربع 4", "اليوم"])],
)
def test_quarters_and_today_in_chinese_and_arabic(pdfs, lang, labels):
    path = pdfs["nap", lang]
    text = pdftotext(path, raw=True)
    flat = re.sub(r"\s+", "", text) if lang == "zh" else _flat(text)
    for label in labels:
        assert (re.sub(r"\s+", "", label) if lang == "zh" else label) in flat, (lang, label)
    assert "Q1" not in flat and "▼" in flat


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_matrix_workbook_read_back_as_the_committees_changes_nothing(training, tmp_path, lang):
    """The references written briefly, per column and with weapons sharing them ("NW, CW: ..."), are what
    the import of the Committee's matrix recognises as the database's own text."""
    from app.interchange import importing

    with Workspace.open(training, source="cli") as ws:
        path = export_document(ws, "matrix", "xlsx", lang, tmp_path / f"m-{lang}.xlsx", today=TODAY).path
        shared = [c for row in load_workbook(path)["D"].iter_rows(values_only=True) for c in row if c]
        assert any(re.match(r"^\S+(, |، |、)\S+: ", str(c)) for c in shared), "two weapons, one text"
        preview = importing.read_workbook(ws, path)
        assert preview.kind == "committee" and preview.changes == [], [(c.field_key, c.new) for c in preview.changes]
