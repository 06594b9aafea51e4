"""Agency workbooks out and back, and the Committee's matrix in: exactly the intended changes, or nothing."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from app import audit, matrix
from app.errors import UserError
from app.exports.service import export_document
from app.interchange import agency_workbook as aw
from app.interchange import importing
from app.workspace import Workspace
from tests.copies import backup_file
from tests.office import resave_with_libreoffice

MAIN = Path(__file__).resolve().parents[1] / "main.py"


def content_digest(ws: Workspace) -> str:
    """Every row of every table, so that "nothing changed" means nothing (the file's bytes move with WAL)."""
    return hashlib.sha256("\n".join(ws.db.conn.iterdump()).encode()).hexdigest()


@pytest.fixture
def training(tmp_path, demo_db):
    ws = Workspace.open(backup_file(demo_db, tmp_path / "training.sqlite3"), source="gui")
    yield ws
    ws.close()


def _agency(ws: Workspace, acronym_or_name: str = "") -> tuple[int, str]:
    rows = ws.db.execute("SELECT id, name FROM agency ORDER BY id").fetchall()
    return next((r for r in rows if acronym_or_name in r[1]), rows[0])


@pytest.fixture
def sent(training, tmp_path):
    """A workbook for sections A and B sent to the first agency, in French."""
    agency_id, _ = _agency(training)
    keys = aw.field_keys_for(training, ["A", "B"])
    info = aw.export_agency_workbook(
        training,
        agency_id,
        keys,
        tmp_path / "out" / "agency.xlsx",
        lang="fr",
        due_on="2027-01-31",
        note="Merci de vérifier la section B.",
    ).value
    return info


def _answers_sheet(wb):
    return wb[wb.sheetnames[1]]


def _row_of(sheet, key: str) -> int:
    for row in range(aw.FIRST_ROW, sheet.max_row + 1):
        if sheet.cell(row=row, column=1).value == key:
            return row
    raise AssertionError(key)


def _edit(path: Path, out: Path, edits: dict[tuple[str, str], object]) -> Path:
    """Change cells as an agency would: {(field key, column name): new value}."""
    wb = openpyxl.load_workbook(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    sheet = _answers_sheet(wb)
    for (key, column), value in edits.items():
        cell = sheet.cell(row=_row_of(sheet, key), column=aw.COLUMN_OF[column])
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"
    wb.save(out)
    return out


# -- the workbook an agency receives --------------------------------------------------------------------------
def test_the_agency_workbook_has_instructions_answers_drop_downs_locked_structure_and_hidden_keys(training, sent):
    wb = openpyxl.load_workbook(sent.path)
    assert wb.sheetnames == ["Instructions", "Réponses", aw.META_SHEET]
    assert wb[aw.META_SHEET].sheet_state == "veryHidden"
    assert wb.security.lockStructure
    instructions = "\n".join(str(c.value) for row in wb["Instructions"].iter_rows() for c in row if c.value)
    assert "réponses demandées à" in instructions and "31 janvier 2027" in instructions
    assert "Merci de vérifier la section B." in instructions
    sheet = wb["Réponses"]
    assert sheet.protection.sheet and sheet.column_dimensions["A"].hidden
    keys = [sheet.cell(row=r, column=1).value for r in range(aw.FIRST_ROW, sheet.max_row + 1)]
    assert keys == aw.field_keys_for(training, ["A", "B"]) and sent.fields == len(keys)
    # Current answers are filled in; the white cells are the only unlocked ones.
    npt = _row_of(sheet, "OP1.npt")
    answer = matrix.get_answer(training, "OP1.npt")
    assert sheet.cell(row=npt, column=aw.COLUMN_OF["value"]).value == answer["value"] == "X"
    assert sheet.cell(row=npt, column=aw.COLUMN_OF["source"]).value == answer["source"]
    assert not sheet.cell(row=npt, column=aw.COLUMN_OF["value"]).protection.locked
    assert sheet.cell(row=npt, column=aw.COLUMN_OF["item"]).protection.locked
    b_row = next(
        r for r in range(aw.FIRST_ROW, sheet.max_row + 1) if str(sheet.cell(row=r, column=1).value).startswith("OP2.")
    )
    assert sheet.cell(row=b_row, column=aw.COLUMN_OF["signature_date"]).protection.locked, (
        "no treaty dates for section B"
    )
    # Drop-down list on every value cell, date checks on the date cells.
    value_letter = openpyxl.utils.get_column_letter(aw.COLUMN_OF["value"])
    lists = [dv for dv in sheet.data_validations.dataValidation if dv.type == "list"]
    assert lists and lists[0].formula1 == '"X,?,NA"'
    assert all(f"{value_letter}{r}" in lists[0].sqref for r in range(aw.FIRST_ROW, sheet.max_row + 1))
    assert any(dv.type == "date" for dv in sheet.data_validations.dataValidation)
    pending = aw.list_workbooks(training, "pending")
    assert [(w["id"], w["fields"], w["due_on"]) for w in pending] == [(sent.id, sent.fields, "2027-01-31")]


def test_a_workbook_sent_back_untouched_proposes_nothing(training, sent):
    preview = importing.read_workbook(training, sent.path)
    assert preview.kind == "agency" and preview.fields_read == sent.fields
    assert preview.changes == []


# -- coming back ---------------------------------------------------------------------------------------------
def test_exactly_the_agency_changes_come_back_and_nothing_else(training, sent, tmp_path):
    before = {r[0]: r[1:] for r in training.db.execute("SELECT * FROM matrix_answer").fetchall()}
    b_key = next(k for k in aw.field_keys_for(training, ["B"]) if matrix.get_answer(training, k)["value"] != "?")
    returned = _edit(
        sent.path,
        tmp_path / "returned.xlsx",
        {
            ("OP1.npt", "value"): "?",
            ("OP1.npt", "ratification_date"): datetime(1975, 9, 22),
            (b_key, "value"): "?",
            (b_key, "source"): '=HYPERLINK("http://evil")',
            (b_key, "remarks"): "قانون العقوبات، المادة 5\nligne 2",
        },
    )
    preview = importing.read_workbook(training, returned)
    got = {(c.field_key, c.attribute): c.new for c in preview.changes}
    expected = {
        ("OP1.npt", "value"): "?",
        (b_key, "value"): "?",
        (b_key, "source"): '=HYPERLINK("http://evil")',
        (b_key, "remarks"): "قانون العقوبات، المادة 5\nligne 2",
    }
    assert matrix.get_answer(training, "OP1.npt")["ratification_date"] == "1975-09-22", (
        "a date typed as held: no change"
    )
    assert got == expected
    assert not preview.conflicts
    result = importing.apply(training, preview).value
    assert result.applied == len(expected)
    after = {r[0]: r[1:] for r in training.db.execute("SELECT * FROM matrix_answer").fetchall()}
    assert {k for k in after if after[k] != before.get(k)} == {"OP1.npt", b_key}
    assert matrix.get_answer(training, b_key)["source"] == '=HYPERLINK("http://evil")', "kept as text, never run"
    entries = [e for e in audit.history(training.db, "matrix_answer") if e["source"] == "import"]
    assert {e["entity_id"] for e in entries} == {"OP1.npt", b_key}
    assert all("returned.xlsx" in e["summary"] for e in entries)
    workbook = aw.list_workbooks(training)[0]
    assert workbook["status"] == "imported" and workbook["imported_changes"] == len(expected)
    again = importing.read_workbook(training, returned)
    assert again.changes == [] and again.already == len(expected) and "already imported" in again.notices[0]


def test_a_field_changed_here_since_sending_is_a_conflict_and_the_user_chooses(training, sent, tmp_path):
    returned = _edit(sent.path, tmp_path / "returned.xlsx", {("OP1.npt", "value"): "?", ("OP1.ctbt", "remarks"): "ok"})
    matrix.set_answer(training, "OP1.npt", {"value": "NA"})
    preview = importing.read_workbook(training, returned)
    conflict = next(c for c in preview.changes if c.field_key == "OP1.npt")
    assert conflict.conflict and (conflict.old, conflict.baseline, conflict.new) == ("NA", "X", "?")
    other = next(c for c in preview.changes if c.field_key == "OP1.ctbt")
    assert not other.conflict
    result = importing.apply(training, preview, accepted={other.id}).value
    assert (result.applied, result.skipped) == (1, 1)
    assert matrix.get_answer(training, "OP1.npt")["value"] == "NA", "the focal point's answer stays"
    assert matrix.get_answer(training, "OP1.ctbt")["remarks"] == "ok"


def test_accepting_none_changes_nothing_but_records_the_decision(training, sent, tmp_path):
    returned = _edit(sent.path, tmp_path / "returned.xlsx", {("OP1.npt", "value"): "?"})
    preview = importing.read_workbook(training, returned)
    result = importing.apply(training, preview, accepted=set()).value
    assert result.applied == 0 and matrix.get_answer(training, "OP1.npt")["value"] == "X"
    assert "0 change(s)" in audit.history(training.db, "agency_workbook")[0]["summary"]


def test_data_changed_after_the_preview_refuses_the_whole_import(training, sent, tmp_path):
    returned = _edit(sent.path, tmp_path / "returned.xlsx", {("OP1.npt", "value"): "?", ("OP1.ctbt", "remarks"): "ok"})
    preview = importing.read_workbook(training, returned)
    matrix.set_answer(training, "OP1.npt", {"value": "NA"})
    digest = content_digest(training)
    with pytest.raises(UserError, match="changed since the preview"):
        importing.apply(training, preview)
    assert content_digest(training) == digest


@pytest.mark.parametrize(
    "edits, problem",
    [
        ({("OP1.npt", "value"): "Yes"}, "“Yes” is not a value of the matrix"),
        ({("OP1.npt", "signature_date"): "31/02/2025"}, "“31/02/2025” is not a date"),
        ({("OP1.npt", "source"): "x" * 2001}, "2,001 characters, more than the 2,000 allowed"),
        ({("OP2.NW.manufacture.legal", "signature_date"): "2020-01-01"}, "locked for this field"),
    ],
)
def test_a_wrong_cell_refuses_the_whole_file_with_its_place(training, sent, tmp_path, edits, problem):
    edits = {**edits, ("OP1.ctbt", "remarks"): "a valid change that must not land either"}
    if ("OP2.NW.manufacture.legal", "signature_date") in edits:
        assert "OP2.NW.manufacture.legal" in aw.field_keys_for(training, ["B"])
    returned = _edit(sent.path, tmp_path / "returned.xlsx", edits)
    digest = content_digest(training)
    with pytest.raises(importing.ImportRefused) as refused:
        importing.read_workbook(training, returned)
    assert any(problem in p for p in refused.value.problems), refused.value.problems
    assert "Réponses!" in str(refused.value) and "nothing was changed" in str(refused.value)
    assert content_digest(training) == digest


def test_added_duplicated_or_foreign_rows_are_refused(training, sent, tmp_path):
    wb = openpyxl.load_workbook(sent.path)
    sheet = _answers_sheet(wb)
    last = sheet.max_row
    sheet.cell(row=last + 1, column=aw.COLUMN_OF["value"], value="X")  # a row added without key
    sheet.cell(row=last + 2, column=1, value="OP1.npt")  # a field twice
    sheet.cell(row=last + 3, column=1, value="OP3.NW.unknown")  # a field never sent
    wb.save(tmp_path / "returned.xlsx")
    with pytest.raises(importing.ImportRefused) as refused:
        importing.read_workbook(training, tmp_path / "returned.xlsx")
    text = "\n".join(refused.value.problems)
    assert "a row was added" in text and "appears twice" in text and "was not sent in this workbook" in text


def test_a_workbook_from_another_database_or_withdrawn_or_newer_is_refused(training, sent, tmp_path, demo_db):
    with (
        Workspace.open(backup_file(demo_db, tmp_path / "other.sqlite3")) as other,
        pytest.raises(importing.ImportRefused, match="not prepared from this database"),
    ):
        importing.read_workbook(other, sent.path)
    wb = openpyxl.load_workbook(sent.path)
    meta = wb[aw.META_SHEET]
    for row in meta.iter_rows():
        if row[0].value == "format_version":
            row[1].value = "2"
    wb.save(tmp_path / "newer.xlsx")
    with pytest.raises(importing.ImportRefused, match="newer version"):
        importing.read_workbook(training, tmp_path / "newer.xlsx")
    aw.withdraw(training, sent.id)
    with pytest.raises(importing.ImportRefused, match="withdrawn"):
        importing.read_workbook(training, sent.path)


def test_every_hostile_file_is_refused_and_changes_nothing(training, tmp_path):
    from tests.hostile_files import build_corpus

    corpus = build_corpus(tmp_path / "corpus")
    digest = content_digest(training)
    for name, path in corpus.items():
        with pytest.raises(UserError) as refused:
            importing.read_workbook(training, path)
        assert path.name in str(refused.value), (name, str(refused.value))
    assert content_digest(training) == digest


# -- the Committee's matrix ---------------------------------------------------------------------------------
def test_the_committee_matrix_in_its_layout_is_a_starting_point(training, tmp_path):
    exported = export_document(training, "matrix", "xlsx", "en", tmp_path / "committee.xlsx").path
    assert importing.read_workbook(training, exported).changes == [], "its own matrix read back changes nothing"
    with Workspace.open(tmp_path / "new.sqlite3") as fresh:
        preview = importing.read_workbook(fresh, exported)
        assert preview.kind == "committee" and preview.fields_read == 331 and not preview.conflicts
        importing.apply(fresh, preview)
        values = (
            "SELECT f.key, coalesce(a.value, '') FROM matrix_field f LEFT JOIN matrix_answer a ON a.field_key = f.key"
        )
        assert dict(fresh.db.execute(values).fetchall()) == dict(training.db.execute(values).fetchall())
        assert "Ratification or accession" in matrix.get_answer(fresh, "OP1.npt")["adherence_details"]
        assert {e["source"] for e in audit.history(fresh.db, "matrix_answer")} == {"import"}


def test_the_committee_matrix_typed_by_hand_with_words_and_a_conflict(training, tmp_path):
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "Section A"
    sheet.append(["N°", "Instrument", "Oui (X)", "Précisions", "Remarques"])
    sheet.append([1, "TNP", "Oui", "", "Premier rapport, p. 3"])
    sheet.append([2, "ZEAN", "", "", ""])
    sheet.append([7, "CIAC", "NA", "", ""])
    wb.save(tmp_path / "typed.xlsx")
    matrix.set_answer(training, "OP1.cwc", {"value": "X"})
    preview = importing.read_workbook(training, tmp_path / "typed.xlsx")
    changes = {(c.field_key, c.attribute): (c.new, c.conflict) for c in preview.changes}
    assert changes[("OP1.cwc", "value")] == ("NA", True), "the Committee says NA where the focal point has X"
    assert changes[("OP1.npt", "remarks")][0] == "Premier rapport, p. 3"
    assert ("OP1.npt", "value") not in changes, "“Oui” is X, as the database already says"
    assert any("not found" in n for n in preview.notices)
    sheet.append([8, "CABT", "peut-être", "", ""])
    wb.save(tmp_path / "typed.xlsx")
    with pytest.raises(importing.ImportRefused, match="cannot be imported"):
        importing.read_workbook(training, tmp_path / "typed.xlsx")


def test_a_workbook_of_another_kind_is_refused_clearly(training, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Budget"
    wb.active.append(["Item", "Cost"])
    wb.save(tmp_path / "budget.xlsx")
    with pytest.raises(importing.ImportRefused, match="neither an agency workbook"):
        importing.read_workbook(training, tmp_path / "budget.xlsx")


# -- the command line --------------------------------------------------------------------------------------
def _run(tmp_path, *args) -> subprocess.CompletedProcess:
    env = {**os.environ, "UN1540_DATA_DIR": str(tmp_path / "d"), "UN1540_CONFIG_DIR": str(tmp_path / "c")}
    return subprocess.run(
        [sys.executable, str(MAIN), *map(str, args)],
        cwd=MAIN.parent,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_the_command_line_sends_previews_and_imports(training, tmp_path):
    path = training.path
    training.close()
    out = tmp_path / "customs.xlsx"
    sent = _run(
        tmp_path,
        "agency-workbook",
        "--db",
        path,
        "--agency",
        _agency(Workspace.open(path))[1],
        "--sections",
        "A",
        "--lang",
        "es",
        "--due",
        "2027-02-01",
        "--out",
        out,
    )
    assert sent.returncode == 0, sent.stderr
    assert "25 field(s)" in sent.stdout and out.exists()
    returned = _edit(out, tmp_path / "back.xlsx", {("OP1.npt", "value"): "?", ("OP1.bwc", "remarks"): "vu"})
    with Workspace.open(path) as ws:
        digest = content_digest(ws)
    dry = _run(tmp_path, "import", returned, "--db", path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert (
        "2 change(s)" in dry.stdout and "OP1.npt value: “X” → “?”" in dry.stdout and "nothing was changed" in dry.stdout
    )
    with Workspace.open(path) as ws:
        assert content_digest(ws) == digest
    done = _run(tmp_path, "import", returned, "--db", path)
    assert done.returncode == 0, done.stderr
    assert "Imported 2 change(s) in 2 field(s)" in done.stdout
    with Workspace.open(path) as ws:
        assert matrix.get_answer(ws, "OP1.npt")["value"] == "?"
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    refused = _run(tmp_path, "import", bad, "--db", path)
    assert refused.returncode == 1 and "bad.xlsx" in refused.stderr and "Traceback" not in refused.stderr


def test_dates_in_the_workbook_are_real_dates(training, sent):
    wb = openpyxl.load_workbook(sent.path)
    sheet = _answers_sheet(wb)
    answer = matrix.get_answer(training, "OP1.npt")
    cell = sheet.cell(row=_row_of(sheet, "OP1.npt"), column=aw.COLUMN_OF["ratification_date"])
    assert answer["ratification_date"] == "1975-09-22"
    assert isinstance(cell.value, (date, datetime)) and cell.value.strftime("%Y-%m-%d") == answer["ratification_date"]
    assert (
        json.loads(training.db.execute("SELECT baseline FROM agency_workbook").fetchone()[0])["OP1.npt"]["value"] == "X"
    )


def test_a_workbook_saved_by_libreoffice_comes_back_with_exactly_the_intended_changes(training, tmp_path):
    agency_id, _ = _agency(training)
    sent = aw.export_agency_workbook(
        training, agency_id, aw.field_keys_for(training), tmp_path / "sent" / "agency.xlsx", lang="ar"
    ).value
    untouched = resave_with_libreoffice(sent.path, tmp_path / "lo-untouched")
    assert importing.read_workbook(training, untouched).changes == [], "LibreOffice's own saving changes nothing"
    edited = _edit(
        sent.path,
        tmp_path / "edited" / "agency.xlsx",
        {
            ("OP1.npt", "value"): "?",
            ("OP1.bwc", "remarks"): "=1+1 reste du texte",
            ("OP1.ctbt", "reviewed_on"): date(2026, 11, 20),
        },
    )
    returned = resave_with_libreoffice(edited, tmp_path / "lo-edited")
    preview = importing.read_workbook(training, returned)
    assert {(c.field_key, c.attribute): c.new for c in preview.changes} == {
        ("OP1.npt", "value"): "?",
        ("OP1.bwc", "remarks"): "=1+1 reste du texte",
        ("OP1.ctbt", "reviewed_on"): "2026-11-20",
    }


def test_a_long_answer_sent_back_untouched_is_no_change_and_too_long_committee_text_is_refused(training, tmp_path):
    matrix.set_answer(training, "OP1.npt", {"remarks": "r" * 13_000})
    agency_id, _ = _agency(training)
    sent = aw.export_agency_workbook(training, agency_id, ["OP1.npt"], tmp_path / "long.xlsx").value
    assert importing.read_workbook(training, sent.path).changes == []
    wb = openpyxl.Workbook()
    wb.active.title = "A"
    wb.active.append([1, "NPT", "X", "", "x" * 20_001])
    wb.active.append([2, "NWFZ", "X", "", ""])
    wb.active.append([3, "ICSANT", "X", "", ""])
    wb.save(tmp_path / "committee.xlsx")
    with pytest.raises(importing.ImportRefused) as refused:
        importing.read_workbook(training, tmp_path / "committee.xlsx")
    assert any("section A row 1" in p and "20,001 characters" in p for p in refused.value.problems)


def test_the_command_line_applies_nothing_when_every_change_is_a_conflict(training, sent, tmp_path):
    returned = _edit(sent.path, tmp_path / "returned.xlsx", {("OP1.npt", "value"): "?"})
    matrix.set_answer(training, "OP1.npt", {"value": "NA"})
    path = training.path
    training.close()
    done = _run(tmp_path, "import", returned, "--db", path)
    assert done.returncode == 0, done.stderr
    assert "Nothing imported" in done.stdout and "stays awaited" in done.stdout
    with Workspace.open(path) as ws:
        assert matrix.get_answer(ws, "OP1.npt")["value"] == "NA"
        assert aw.list_workbooks(ws)[0]["status"] == "pending"
