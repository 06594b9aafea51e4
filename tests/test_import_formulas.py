"""Formulas in a returned workbook: read as the value Excel or LibreOffice computed, or refused with their cells named,
never read as empty cells (which would erase the answers they stand in)."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from app import matrix
from app.exports.service import export_document
from app.interchange import agency_workbook as aw
from app.interchange import importing
from app.workspace import Workspace
from tests.copies import backup_file
from tests.office import resave_with_libreoffice

MAIN = Path(__file__).resolve().parents[1] / "main.py"
ANSWERS_PART = "xl/worksheets/sheet2.xml"  # the second sheet of the agency workbook: the answers
ADVICE = "type the value, or open and save the file in Excel or LibreOffice"


def content_digest(ws: Workspace) -> str:
    return hashlib.sha256("\n".join(ws.db.conn.iterdump()).encode()).hexdigest()


def answers_table(ws: Workspace) -> list[tuple]:
    return ws.db.execute("SELECT * FROM matrix_answer ORDER BY field_key").fetchall()


@pytest.fixture
def training(tmp_path, demo_db):
    ws = Workspace.open(backup_file(demo_db, tmp_path / "training.sqlite3"), source="gui")
    yield ws
    ws.close()


@pytest.fixture
def sent(training, tmp_path):
    """Sections A and B sent to the first agency, in French (the answers sheet is “Réponses”)."""
    agency_id = training.db.execute("SELECT id FROM agency ORDER BY id").fetchone()[0]
    return aw.export_agency_workbook(
        training, agency_id, aw.field_keys_for(training, ["A", "B"]), tmp_path / "out" / "agency.xlsx", lang="fr"
    ).value


def _row_of(sheet, key: str) -> int:
    for row in range(aw.FIRST_ROW, sheet.max_row + 1):
        if sheet.cell(row=row, column=1).value == key:
            return row
    raise AssertionError(key)


def _cell(sheet, key: str, column: str) -> str:
    return f"{get_column_letter(aw.COLUMN_OF[column])}{_row_of(sheet, key)}"


# Three answer cells that hold something today, and the formulas a script writes into them.
FORMULAS = {
    ("OP1.npt", "value"): '="?"',
    ("OP1.npt", "source"): "=A1",
    ("OP1.ctbt", "reviewed_on"): "=DATE(2026,11,20)",
}


def _with_formulas(path: Path, out: Path) -> tuple[Path, dict[tuple[str, str], str]]:
    """The workbook with FORMULAS written by openpyxl (no computed values, as any script writes them)."""
    wb = openpyxl.load_workbook(path)
    sheet = wb["Réponses"]
    cells = {}
    for (key, column), formula in FORMULAS.items():
        cells[(key, column)] = _cell(sheet, key, column)
        sheet[cells[(key, column)]] = formula
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out, cells


def _cache(path: Path, part: str, values: dict[str, object]) -> None:
    """Write computed values into formula cells, as Excel saves them: {coordinate: value} ("#..." is an error)."""
    with zipfile.ZipFile(path) as z:
        parts = {info.filename: z.read(info) for info in z.infolist()}
    xml = parts[part].decode("utf-8")
    for coordinate, value in values.items():
        pattern = re.compile(rf'<c r="{coordinate}"([^>]*)><f>(.*?)</f><v\s*/></c>')
        assert pattern.search(xml), coordinate
        if isinstance(value, str) and value.startswith("#"):
            cached = rf'<c r="{coordinate}"\1 t="e"><f>\2</f><v>{escape(value)}</v></c>'
        elif isinstance(value, str):
            cached = rf'<c r="{coordinate}"\1 t="str"><f>\2</f><v>{escape(value)}</v></c>'
        else:
            cached = rf'<c r="{coordinate}"\1><f>\2</f><v>{value}</v></c>'
        xml = pattern.sub(cached, xml)
    parts[part] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


# -- agency workbooks --------------------------------------------------------------------------------------
def test_formulas_without_computed_values_refuse_the_import_with_every_cell_named(training, sent, tmp_path):
    assert matrix.get_answer(training, "OP1.npt")["value"] == "X" and matrix.get_answer(training, "OP1.npt")["source"]
    returned, cells = _with_formulas(sent.path, tmp_path / "returned.xlsx")
    before, digest = answers_table(training), content_digest(training)
    with pytest.raises(importing.ImportRefused, match="nothing was changed") as refused:
        importing.read_workbook(training, returned)
    problems = refused.value.problems
    for (key, column), formula in FORMULAS.items():
        expected = f"Réponses!{cells[(key, column)]}: a formula without a computed value ({formula}); {ADVICE}"
        assert expected in problems, (expected, problems)
    assert len(problems) == len(FORMULAS), problems
    assert answers_table(training) == before and content_digest(training) == digest


def test_the_command_line_refuses_formulas_without_values_and_keeps_every_answer(training, sent, tmp_path):
    returned, cells = _with_formulas(sent.path, tmp_path / "returned.xlsx")
    path = training.path
    before = answers_table(training)
    training.close()
    env = {**os.environ, "UN1540_DATA_DIR": str(tmp_path / "d"), "UN1540_CONFIG_DIR": str(tmp_path / "c")}
    done = subprocess.run(
        [sys.executable, str(MAIN), "import", str(returned), "--db", str(path)],
        cwd=MAIN.parent,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert all(
        f"Réponses!{coordinate}: a formula without a computed value" in done.stderr for coordinate in cells.values()
    )
    with Workspace.open(path) as ws:
        assert answers_table(ws) == before


def test_formulas_with_computed_values_are_read_as_those_values(training, sent, tmp_path):
    returned, cells = _with_formulas(sent.path, tmp_path / "returned.xlsx")
    _cache(
        returned,
        ANSWERS_PART,
        {
            cells[("OP1.npt", "value")]: "?",
            cells[("OP1.npt", "source")]: "texte calculé",
            cells[("OP1.ctbt", "reviewed_on")]: int(to_excel(date(2026, 11, 20))),
        },
    )
    preview = importing.read_workbook(training, returned)
    assert {(c.field_key, c.attribute): c.new for c in preview.changes} == {
        ("OP1.npt", "value"): "?",
        ("OP1.npt", "source"): "texte calculé",
        ("OP1.ctbt", "reviewed_on"): "2026-11-20",
    }


def test_a_formula_whose_result_is_an_error_is_refused(training, sent, tmp_path):
    returned, cells = _with_formulas(sent.path, tmp_path / "returned.xlsx")
    _cache(
        returned,
        ANSWERS_PART,
        {
            cells[("OP1.npt", "value")]: "?",
            cells[("OP1.npt", "source")]: "#REF!",
            cells[("OP1.ctbt", "reviewed_on")]: int(to_excel(date(2026, 11, 20))),
        },
    )
    digest = content_digest(training)
    with pytest.raises(importing.ImportRefused) as refused:
        importing.read_workbook(training, returned)
    assert refused.value.problems == [
        f"Réponses!{cells[('OP1.npt', 'source')]}: a formula whose result is an error (#REF!: =A1); type the value"
    ]
    assert content_digest(training) == digest


def test_a_key_made_a_formula_without_a_value_is_named_not_taken_for_an_added_row(training, sent, tmp_path):
    wb = openpyxl.load_workbook(sent.path)
    sheet = wb["Réponses"]
    row = _row_of(sheet, "OP1.ctbt")
    sheet.cell(row=row, column=1).value = '="OP1.ctbt"'
    wb.save(tmp_path / "returned.xlsx")
    with pytest.raises(importing.ImportRefused) as refused:
        importing.read_workbook(training, tmp_path / "returned.xlsx")
    assert refused.value.problems == [f'Réponses!A{row}: a formula without a computed value (="OP1.ctbt"); {ADVICE}']
    _cache(tmp_path / "returned.xlsx", ANSWERS_PART, {f"A{row}": "OP1.ctbt"})
    assert importing.read_workbook(training, tmp_path / "returned.xlsx").changes == [], "its value is the key"


def test_formulas_recalculated_by_libreoffice_are_read_as_their_values(training, sent, tmp_path):
    returned, _ = _with_formulas(sent.path, tmp_path / "scripted" / "agency.xlsx")
    saved = resave_with_libreoffice(returned, tmp_path / "lo")
    preview = importing.read_workbook(training, saved)
    got = {(c.field_key, c.attribute): c.new for c in preview.changes}
    assert got[("OP1.npt", "value")] == "?"
    assert got[("OP1.ctbt", "reviewed_on")] == "2026-11-20"
    # =A1 is the hidden, empty key header cell: LibreOffice computes 0 for it, which is what the cell shows.
    assert got[("OP1.npt", "source")] == "0"
    assert set(got) == set(FORMULAS)


# -- the Committee's matrix ------------------------------------------------------------------------------------
@pytest.fixture
def committee(training, tmp_path) -> Path:
    """The matrix export (the Committee's layout) with formulas in three value cells: A!D7 is row A.1 (OP1.npt, X),
    B!D8 and B!F8 are row B.1, nuclear and chemical legal framework (X)."""
    exported = export_document(training, "matrix", "xlsx", "en", tmp_path / "committee.xlsx").path
    wb = openpyxl.load_workbook(exported)
    assert (wb["A"]["B7"].value, wb["A"]["D7"].value, wb["B"]["B8"].value, wb["B"]["D8"].value) == (1, "X", 1, "X")
    wb["A"]["D7"] = '="?"'
    wb["B"]["D8"] = '=IF(1>2,"X","NA")'
    wb["B"]["F8"] = "=C1"
    wb.save(tmp_path / "scripted.xlsx")
    return tmp_path / "scripted.xlsx"


def test_the_committee_matrix_with_formulas_without_values_is_refused_with_every_cell_named(training, committee):
    digest = content_digest(training)
    with pytest.raises(importing.ImportRefused, match="nothing was changed") as refused:
        importing.read_workbook(training, committee)
    assert sorted(refused.value.problems) == sorted(
        [
            f'A!D7: a formula without a computed value (="?"); {ADVICE}',
            f'B!D8: a formula without a computed value (=IF(1>2,"X","NA")); {ADVICE}',
            f"B!F8: a formula without a computed value (=C1); {ADVICE}",
        ]
    )
    assert content_digest(training) == digest


def test_the_committee_matrix_with_computed_formulas_reads_their_values(training, committee):
    workbook = openpyxl.load_workbook(committee)
    parts = {sheet.title: f"xl/worksheets/sheet{index}.xml" for index, sheet in enumerate(workbook.worksheets, start=1)}
    _cache(committee, parts["A"], {"D7": "?"})
    _cache(committee, parts["B"], {"D8": "NA", "F8": "X"})
    preview = importing.read_workbook(training, committee)
    values = {c.field_key: c.new for c in preview.changes if c.attribute == "value"}
    assert values == {"OP1.npt": "?", "OP2.NW.manufacture.legal": "NA"}, "F8 computes X, as the database holds"
