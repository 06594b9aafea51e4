"""The hidden key of each row of an agency workbook must agree with what the row shows (section, number, weapon,
aspect): swapped or changed keys are refused with their cells named; rows moved whole still land in their own fields.
The sheets are protected with a password, so that unprotecting them takes more than a click."""

from __future__ import annotations

import hashlib
from copy import copy
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.protection import hash_password

from app import matrix
from app.interchange import agency_workbook as aw
from app.interchange import importing
from app.workspace import Workspace
from tests.copies import backup_file


def content_digest(ws: Workspace) -> str:
    return hashlib.sha256("\n".join(ws.db.conn.iterdump()).encode()).hexdigest()


@pytest.fixture
def training(tmp_path, demo_db):
    ws = Workspace.open(backup_file(demo_db, tmp_path / "training.sqlite3"), source="gui")
    yield ws
    ws.close()


def _send(ws: Workspace, out: Path, lang: str = "fr") -> aw.AgencyWorkbookInfo:
    agency_id = ws.db.execute("SELECT id FROM agency ORDER BY id").fetchone()[0]
    return aw.export_agency_workbook(ws, agency_id, aw.field_keys_for(ws, ["A", "B"]), out, lang=lang).value


@pytest.fixture
def sent(training, tmp_path):
    return _send(training, tmp_path / "out" / "agency.xlsx")


def _rows(sheet) -> dict[str, int]:
    return {sheet.cell(row=r, column=1).value: r for r in range(aw.FIRST_ROW, sheet.max_row + 1)}


def _value_cell(sheet, row: int):
    return sheet.cell(row=row, column=aw.COLUMN_OF["value"])


@pytest.mark.parametrize(
    "first, second, shown",
    [
        # Two rows of section A (adherence): the numbers differ.
        ("OP1.npt", "OP1.cwc", ("A.1", "A.7")),
        # One row of section B, two weapons: only the weapon column differs.
        ("OP2.NW.manufacture.legal", "OP2.CW.manufacture.legal", ("B.1 Armes nucléaires", "B.1 Armes chimiques")),
    ],
)
def test_swapped_keys_are_refused_with_both_cells_named(training, sent, tmp_path, first, second, shown):
    wb = openpyxl.load_workbook(sent.path)
    sheet = wb["Réponses"]
    rows = _rows(sheet)
    a, b = rows[first], rows[second]
    sheet.cell(row=a, column=1).value, sheet.cell(row=b, column=1).value = second, first
    _value_cell(sheet, a).value = "?"  # meant for `first`; with the keys swapped it would land in `second`
    wb.save(tmp_path / "swapped.xlsx")
    digest = content_digest(training)
    with pytest.raises(importing.ImportRefused, match="nothing was changed") as refused:
        importing.read_workbook(training, tmp_path / "swapped.xlsx")
    problems = refused.value.problems
    assert len(problems) == 2, problems
    assert problems[0].startswith(f"Réponses!A{min(a, b)}: the hidden key says ")
    assert problems[1].startswith(f"Réponses!A{max(a, b)}: the hidden key says ")
    text = "\n".join(problems)
    assert f"Réponses!A{a}: the hidden key says {shown[1]}" in text and f"but the row shows {shown[0]}" in text
    assert all(p.endswith("; the rows were reordered or changed") for p in problems)
    assert content_digest(training) == digest


def test_a_key_changed_to_another_field_of_the_workbook_is_refused(training, sent, tmp_path):
    wb = openpyxl.load_workbook(sent.path)
    sheet = wb["Réponses"]
    rows = _rows(sheet)
    sheet.cell(row=rows["OP1.npt"], column=1).value = "OP2.BW.manufacture.enforcement"
    _value_cell(sheet, rows["OP1.npt"]).value = "?"
    wb.save(tmp_path / "changed.xlsx")
    digest = content_digest(training)
    with pytest.raises(importing.ImportRefused) as refused:
        importing.read_workbook(training, tmp_path / "changed.xlsx")
    assert (
        f"Réponses!A{rows['OP1.npt']}: the hidden key says B.1 Armes biologiques (Mise en application) but the row shows "
        "A.1; the rows were reordered or changed"
    ) in refused.value.problems
    assert content_digest(training) == digest


def test_rows_moved_whole_keep_their_fields(training, sent, tmp_path):
    """Sorting the data rows (keys included) moves nothing to another field: the import is the same."""
    wb = openpyxl.load_workbook(sent.path)
    sheet = wb["Réponses"]
    rows = _rows(sheet)
    _value_cell(sheet, rows["OP1.npt"]).value = "?"
    _value_cell(sheet, rows["OP2.CW.manufacture.legal"]).value = "NA"
    first, last = aw.FIRST_ROW, sheet.max_row
    snapshot = {r: [(c.value, copy(c._style)) for c in sheet[r]] for r in range(first, last + 1)}
    for r in range(first, last + 1):  # reversed: the last row first
        for cell, (value, style) in zip(sheet[r], snapshot[last - (r - first)], strict=False):
            cell.value, cell._style = value, style
    assert sheet.cell(row=first, column=1).value == list(rows)[-1]
    wb.save(tmp_path / "sorted.xlsx")
    preview = importing.read_workbook(training, tmp_path / "sorted.xlsx")
    assert {(c.field_key, c.attribute): c.new for c in preview.changes} == {
        ("OP1.npt", "value"): "?",
        ("OP2.CW.manufacture.legal", "value"): "NA",
    }
    importing.apply(training, preview)
    assert matrix.get_answer(training, "OP1.npt")["value"] == "?"
    assert matrix.get_answer(training, "OP2.CW.manufacture.legal")["value"] == "NA"
    assert matrix.get_answer(training, "OP2.NW.manufacture.legal")["value"] == "X"


@pytest.mark.parametrize("lang", ["ar", "zh", "ru", "es", "en"])
def test_a_workbook_sent_untouched_in_every_language_passes_the_key_check(training, tmp_path, lang):
    info = _send(training, tmp_path / f"{lang}.xlsx", lang)
    preview = importing.read_workbook(training, info.path)
    assert preview.changes == [] and preview.fields_read == info.fields


def test_the_sheets_are_protected_with_a_password(training, sent, tmp_path):
    wb = openpyxl.load_workbook(sent.path)
    expected = hash_password(aw.sheet_password(sent.token))
    for name in ("Instructions", "Réponses", aw.META_SHEET):
        assert wb[name].protection.sheet, name
        assert wb[name].protection.password == expected, name
    assert wb.security.lockStructure and wb.security.workbookPassword == expected
    sheet = wb["Réponses"]
    npt = _rows(sheet)["OP1.npt"]
    assert not _value_cell(sheet, npt).protection.locked, "the answer cells stay editable"
    assert sheet.cell(row=npt, column=aw.COLUMN_OF["number"]).protection.locked
    other = _send(training, tmp_path / "other.xlsx")
    assert aw.sheet_password(other.token) != aw.sheet_password(sent.token) and len(aw.sheet_password(sent.token)) >= 12
