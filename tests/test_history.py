"""Each item's own history (app.history): who, when, from where and what, from the audit log; the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from app import action_plan, assistance, history, legal_instruments, matrix, undo
from app.errors import NotFoundError
from app.interchange import agency_workbook as aw
from app.interchange import importing
from app.workspace import Workspace
from tests.copies import backup_file

MAIN = Path(__file__).resolve().parents[1] / "main.py"
FIELD = "OP1.npt"
OTHER_FIELD = "OP1.cwc"


@pytest.fixture
def path(tmp_path, demo_db) -> Path:
    return backup_file(demo_db, tmp_path / "training.sqlite3")


def _return_workbook(ws: Workspace, tmp_path: Path, value: str) -> Path:
    """Send section A to the first agency, and bring the workbook back with FIELD's value changed."""
    agency_id = ws.db.execute("SELECT id FROM agency ORDER BY id").fetchone()[0]
    info = aw.export_agency_workbook(ws, agency_id, aw.field_keys_for(ws, ["A"]), tmp_path / "out" / "a.xlsx").value
    wb = openpyxl.load_workbook(info.path)
    sheet = wb[wb.sheetnames[1]]
    row = next(r for r in range(aw.FIRST_ROW, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == FIELD)
    sheet.cell(row=row, column=aw.COLUMN_OF["value"]).value = value
    returned = tmp_path / "back" / "a-returned.xlsx"
    returned.parent.mkdir()
    wb.save(returned)
    return returned


def test_a_fields_history_says_who_when_and_from_where_gui_cli_workbook_and_undo(path, tmp_path):
    with Workspace.open(path, source="cli") as cli:
        matrix.set_answer(cli, FIELD, {"remarks": "Typed on the command line"})
    with Workspace.open(path, source="gui") as ws:
        agency = ws.db.execute("SELECT name FROM agency ORDER BY id").fetchone()[0]
        current = matrix.get_answer(ws, FIELD)["value"]
        new_value = "?" if current != "?" else "X"
        preview = importing.read_workbook(ws, _return_workbook(ws, tmp_path, new_value))
        importing.apply(ws, preview)
        law = legal_instruments.create_legal_instrument(ws, {"title_original": "Atomic Energy Act"}).value
        matrix.add_citation(ws, FIELD, law, "art. 5")
        matrix.set_answer(ws, OTHER_FIELD, {"remarks": "Another field"})
        matrix.set_answer(ws, FIELD, {"remarks": "Typed in the window"})
        undo.undo(ws)  # takes back the window's remark
        entries = history.item_history(ws, "field", FIELD)

    undone, typed, cited, imported, from_cli = entries[:5]
    assert undone.origin.kind == "undo" and undone.origin.door == "gui"
    assert undone.origin.undone is not None and undone.origin.undone.action == "set_answer"
    assert [(c.field, c.old, c.new) for c in undone.changes] == [
        ("remarks", "Typed in the window", "Typed on the command line")
    ]
    assert typed.origin.kind == "gui" and typed.actor and typed.at.endswith("+00:00")
    assert [(c.field, c.old, c.new) for c in typed.changes] == [
        ("remarks", "Typed on the command line", "Typed in the window")
    ]
    assert [(c.field, c.new) for c in cited.changes] == [("citation", "Atomic Energy Act, art. 5")]
    assert imported.origin.kind == "workbook" and imported.origin.agency == agency
    assert imported.origin.file == "a-returned.xlsx" and imported.origin.sent_on[:4].isdigit()
    assert [(c.field, c.old, c.new) for c in imported.changes] == [("value", current, new_value)]
    assert from_cli.origin.kind == "cli"
    assert ("remarks", "Typed on the command line") in [(c.field, c.new) for c in from_cli.changes]
    assert all("Another field" not in (c.new, c.old) for e in entries for c in e.changes), "not another field's"
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True), "newest first"


def test_undoing_a_citation_shows_in_the_fields_history(path):
    with Workspace.open(path) as ws:
        law = legal_instruments.create_legal_instrument(ws, {"title_original": "Customs Code"}).value
        matrix.add_citation(ws, FIELD, law, "s. 12")
        undo.undo(ws)
        newest = history.item_history(ws, "field", FIELD)[0]
    assert newest.origin.kind == "undo"
    assert [(c.field, c.old, c.new) for c in newest.changes] == [("citation", "Customs Code, s. 12", None)]


def test_an_actions_history_has_its_own_changes_and_agencies_by_name(path):
    with Workspace.open(path) as ws:
        agencies = ws.db.execute("SELECT id, name FROM agency ORDER BY id LIMIT 2").fetchall()
        first = action_plan.create_action(ws, {"title": "Train customs officers"}).value
        other = action_plan.create_action(ws, {"title": "Another action"}).value
        action_plan.update_action(ws, first, {"status": "in_progress"}, supporting=[agencies[0][0]])
        action_plan.update_action(ws, other, {"status": "done"})
        undo.undo(ws)  # the other action's change: not in the first one's history
        entries = history.item_history(ws, "action", first)
    assert [e.action for e in entries] == ["update", "create"]
    fields = {(c.field, str(c.new)) for c in entries[0].changes}
    assert ("status", "in_progress") in fields
    assert any(name == "supporting" and agencies[0][1] in new for name, new in fields), fields
    assert ("title", "Train customs officers") in {(c.field, c.new) for c in entries[1].changes}


def test_an_undone_supporting_agency_shows_in_the_actions_history(path):
    with Workspace.open(path) as ws:
        agency_id, agency = ws.db.execute("SELECT id, name FROM agency ORDER BY id").fetchone()
        action = action_plan.create_action(ws, {"title": "Train customs officers"}).value
        action_plan.update_action(ws, action, {}, supporting=[agency_id])
        undo.undo(ws)
        newest = history.item_history(ws, "action", action)[0]
    assert newest.origin.kind == "undo"
    assert [(c.field, c.old, c.new) for c in newest.changes] == [("supporting", agency, None)]


def test_a_requests_history_has_its_status_changes_and_no_other_request(path):
    with Workspace.open(path) as ws:
        first = assistance.create_request(ws, {"title": "Border monitoring equipment"}).value
        other = assistance.create_request(ws, {"title": "Other request"}).value
        assistance.update_request(ws, first, {"objectives": "Equip four border posts"})
        assistance.update_request(ws, other, {"objectives": "Not this one"})
        entries = history.item_history(ws, "request", first)
    assert [e.action for e in entries] == ["update", "create"]
    assert [(c.field, c.new) for c in entries[0].changes] == [("objectives", "Equip four border posts")]


def test_a_laws_history_and_a_deleted_laws_history(path):
    with Workspace.open(path) as ws:
        law = legal_instruments.create_legal_instrument(ws, {"title_original": "Loi nº 12"}).value
        legal_instruments.update_legal_instrument(ws, law, {"title_en": "Act No. 12"})
        legal_instruments.delete_legal_instrument(ws, law)
        entries = history.item_history(ws, "law", law)
        with pytest.raises(NotFoundError):
            history.item_history(ws, "law", 987654)
        with pytest.raises(NotFoundError):
            history.item_history(ws, "field", "no.such.field")
    assert [e.action for e in entries] == ["delete", "update", "create"]
    assert [(c.field, c.old, c.new) for c in entries[1].changes] == [("title_en", "", "Act No. 12")]


def test_a_restored_package_shows_in_the_fields_history(path, tmp_path):
    from app.backup import restore_from
    from app.package import write_package

    with Workspace.open(path) as ws:
        package = write_package(ws, tmp_path / "successor.un1540").path
        matrix.set_answer(ws, FIELD, {"remarks": "Lost by the restore"})
    restore_from(package, path, source_label="gui")
    with Workspace.open(path) as ws:
        entries = history.item_history(ws, "field", FIELD)
    assert entries[0].origin == history.Origin("restore", file="successor.un1540", door="gui")
    assert all("Lost by the restore" not in (c.new, c.old) for e in entries for c in e.changes)
    assert history.describe(entries[:1])[0].endswith("(package restored (successor.un1540))")


def test_the_command_line_prints_an_items_history(path, tmp_path):
    with Workspace.open(path, source="cli") as ws:
        matrix.set_answer(ws, FIELD, {"remarks": "From the terminal"})
    env = {**os.environ, "UN1540_DATA_DIR": str(tmp_path / "d"), "UN1540_CONFIG_DIR": str(tmp_path / "c")}
    done = subprocess.run(
        [sys.executable, str(MAIN), "history", "field", FIELD, "--db", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "(on the command line)" in lines[0]
    assert lines[1].strip().startswith("remarks:") and lines[1].endswith("-> From the terminal")
    missing = subprocess.run(
        [sys.executable, str(MAIN), "history", "law", "987654", "--db", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert missing.returncode == 1 and missing.stderr.startswith("error: There is no law 987654")
