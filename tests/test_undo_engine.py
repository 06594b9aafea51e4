"""The step recorder and undo/redo engine (app/steps.py, app/undo.py), without Qt.

Operations are run here inside explicit steps so that the engine is tested on its own; the tests of each
operation's undo are in tests/test_undo_operations.py.
"""

from __future__ import annotations

import pytest

from app import agencies, contacts, steps, undo
from app.changes import Changes, Description
from app.errors import ValidationError
from app.workspace import Workspace
from db import write_transaction


@pytest.fixture
def ws(tmp_path):
    with Workspace.open(tmp_path / "state.sqlite3") as workspace:
        yield workspace


def _table(ws, name):
    return ws.db.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall()


def _in_step(ws, action, kind, subject, fn, *args):
    with steps.step(ws, Description(action, kind, subject)) as recorder:
        value = fn(ws, *args)  # an operation inside a step is part of it
    return recorder.changes(value.value if isinstance(value, Changes) else value)


def test_a_step_says_which_records_it_changed(ws):
    created = _in_step(ws, "create", "agency", "Customs", agencies.create_agency, {"name": "Customs"})
    assert created.kinds == {"agency"} and created.ids_of("agency") == {created.value}
    assert created.step_id is not None and created

    contact = _in_step(
        ws, "create", "point_of_contact", "Ann", contacts.create_contact, {"name": "Ann", "agency_id": created.value}
    )
    deleted = _in_step(ws, "delete", "agency", "Customs", agencies.delete_agency, created.value)
    # the contact's agency is cleared by the database (ON DELETE SET NULL): that is a change too
    assert deleted.kinds == {"agency", "point_of_contact"}
    assert deleted.ids_of("point_of_contact") == {contact.value}
    assert deleted.touches(["point_of_contact"]) and not deleted.touches(["plan_action"])


def test_undo_puts_back_every_row_as_it_was_and_redo_does_it_again(ws):
    agency = _in_step(ws, "create", "agency", "Customs", agencies.create_agency, {"name": "Customs"}).value
    _in_step(ws, "create", "point_of_contact", "Ann", contacts.create_contact, {"name": "Ann", "agency_id": agency})
    before = (_table(ws, "agency"), _table(ws, "point_of_contact"))
    _in_step(ws, "delete", "agency", "Customs", agencies.delete_agency, agency)
    after = (_table(ws, "agency"), _table(ws, "point_of_contact"))

    assert undo.undo_target(ws).description == Description("delete", "agency", "Customs")
    changes = undo.undo(ws)
    assert (_table(ws, "agency"), _table(ws, "point_of_contact")) == before  # ids and dates too
    assert changes.kinds == {"agency", "point_of_contact"}
    assert undo.redo_target(ws).description.action == "delete"

    undo.redo(ws)
    assert (_table(ws, "agency"), _table(ws, "point_of_contact")) == after
    assert undo.redo_target(ws) is None


def test_undo_goes_back_step_by_step_and_a_new_step_ends_the_redo_list(ws):
    agency = _in_step(ws, "create", "agency", "Customs", agencies.create_agency, {"name": "Customs"}).value
    _in_step(ws, "update", "agency", "Customs", agencies.update_agency, agency, {"acronym": "CUS"})
    undo.undo(ws)
    assert agencies.get_agency(ws, agency)["acronym"] == ""
    undo.undo(ws)
    assert agencies.list_agencies(ws) == []
    assert undo.undo_target(ws) is None
    with pytest.raises(undo.UndoRefused, match="nothing to undo") as refused:
        undo.undo(ws)
    assert refused.value.code == "nothing"

    undo.redo(ws)  # the agency is back; its acronym change can be redone next
    assert undo.redo_target(ws).description.action == "update"
    _in_step(ws, "create", "agency", "Police", agencies.create_agency, {"name": "Police"})
    assert undo.redo_target(ws) is None


def test_undo_and_redo_round_trip_through_steps_made_in_between(ws):
    agency = _in_step(ws, "create", "agency", "Customs", agencies.create_agency, {"name": "Customs"}).value
    _in_step(ws, "update", "agency", "Customs", agencies.update_agency, agency, {"acronym": "CUS"})
    undo.undo(ws)  # the acronym change is undone
    # meanwhile another window renames the agency: undoing its creation now would lose that
    other = steps.step(ws, Description("update", "agency", "Customs"))
    with other:
        agencies.update_agency(ws, agency, {"name": "Customs Service"})
    undo.undo(ws)  # the rename itself can be undone
    _in_step(ws, "update", "agency", "Customs", agencies.update_agency, agency, {"name": "Douanes"})
    snapshot = _table(ws, "agency")
    undo.undo(ws)
    undo.redo(ws)
    assert _table(ws, "agency") == snapshot


def test_a_change_made_since_blocks_undo_and_nothing_is_written(ws):
    agency = _in_step(ws, "create", "agency", "Customs", agencies.create_agency, {"name": "Customs"}).value
    _in_step(ws, "update", "agency", "Customs", agencies.update_agency, agency, {"acronym": "CUS"})
    undo.undo(ws)
    undo.undo(ws)
    undo.redo(ws)  # the agency exists again; redo of the acronym is next
    with write_transaction(ws.db):  # written outside any step (another tool)
        ws.db.execute("UPDATE agency SET acronym = 'DGD' WHERE id = ?", [agency])
    snapshot = _table(ws, "agency")
    with pytest.raises(undo.UndoRefused, match="changed since") as refused:
        undo.redo(ws)
    assert refused.value.code == "changed_since" and refused.value.by is None
    assert _table(ws, "agency") == snapshot

    # a later step is named as the one that changed it
    _in_step(ws, "update", "agency", "Customs", agencies.update_agency, agency, {"acronym": "ADU"})
    undo.undo(ws)  # back to DGD
    assert agencies.get_agency(ws, agency)["acronym"] == "DGD"
    with pytest.raises(undo.UndoRefused, match="changed since") as refused:
        undo.undo(ws)  # creating the agency: it is no longer as that step left it
    assert refused.value.code == "changed_since"
    assert refused.value.step.description == Description("create", "agency", "Customs")
    assert refused.value.by is None  # the acronym was changed outside a step (the ADU step is undone)
    assert agencies.get_agency(ws, agency)["acronym"] == "DGD"


def test_the_step_that_changed_a_record_since_is_named(ws):
    agency = _in_step(ws, "create", "agency", "Customs", agencies.create_agency, {"name": "Customs"}).value
    _in_step(ws, "update", "agency", "Customs", agencies.update_agency, agency, {"acronym": "CUS"})
    undo.undo(ws)
    undo.undo(ws)
    undo.redo(ws)
    # the acronym's redo is next; someone else's step changes the agency first, in another connection
    with Workspace.open(ws.path, source="cli") as other:
        _in_step(other, "update", "agency", "Customs", agencies.update_agency, agency, {"notes": "seen"})
    with pytest.raises(undo.UndoRefused) as refused:
        undo.undo(ws, expected=1)  # the menu still offered the agency's creation
    assert refused.value.code == "moved"
    target = undo.undo_target(ws)
    assert target.source == "cli"
    undo.undo(ws, expected=target.id)
    assert agencies.get_agency(ws, agency)["notes"] == ""


def test_a_step_that_cannot_be_undone_stops_undo_and_says_why(ws):
    _in_step(ws, "create", "agency", "Customs", agencies.create_agency, {"name": "Customs"})
    with steps.step(ws, Description("freeze", "action_plan", "2026"), undoable="frozen"):
        agencies.create_agency(ws, {"name": "Police"})
    assert undo.undo_target(ws).undoable is False
    with pytest.raises(undo.UndoRefused, match="cannot be undone") as refused:
        undo.undo(ws)
    assert refused.value.code == "not_undoable" and refused.value.step.reason == "frozen"
    assert len(agencies.list_agencies(ws)) == 2

    steps.barrier(ws, Description("restore", "database"), "restored")
    assert undo.undo_target(ws).reason == "restored"


def test_a_step_that_writes_nothing_leaves_nothing_to_undo(ws):
    agency = _in_step(ws, "create", "agency", "Customs", agencies.create_agency, {"name": "Customs"}).value
    same = _in_step(ws, "update", "agency", "Customs", agencies.update_agency, agency, {"name": "Customs"})
    assert not same and same.step_id is None
    assert undo.undo_target(ws).description.action == "create"


def test_a_failed_step_leaves_no_step_and_no_row(ws):
    _in_step(ws, "create", "agency", "Customs", agencies.create_agency, {"name": "Customs"})
    with pytest.raises(ValidationError), steps.step(ws, Description("create", "agency", "")):
        agencies.create_agency(ws, {"name": "Police"})
        agencies.create_agency(ws, {"name": "customs"})  # a duplicate: the whole step is refused
    assert [a["name"] for a in agencies.list_agencies(ws)] == ["Customs"]
    assert undo.undo_target(ws).description.subject == "Customs"
    assert ws.db.execute("SELECT count(*) FROM step_row").fetchone()[0] == 1


def test_steps_inside_a_step_are_one_step_and_the_audit_log_names_it(ws):
    with steps.step(ws, Description("import", "matrix_answer", "workbook.xlsx")) as outer:
        a = _in_step(ws, "create", "agency", "Customs", agencies.create_agency, {"name": "Customs"})
        _in_step(ws, "create", "agency", "Police", agencies.create_agency, {"name": "Police"})
    assert a.ids_of("agency") == {a.value}  # the inner step says what it changed itself
    whole = outer.changes()
    assert whole.ids_of("agency") == {1, 2}
    assert [s.description.action for s in undo.history(ws)] == ["import"]
    assert {r[0] for r in ws.db.execute("SELECT step_id FROM audit_log WHERE entity = 'agency'")} == {whole.step_id}
    undo.undo(ws)
    assert agencies.list_agencies(ws) == []


def test_old_steps_are_forgotten(ws, monkeypatch):
    monkeypatch.setattr(steps, "KEPT_STEPS", 10)
    monkeypatch.setattr(steps, "_PRUNE_EVERY", 5)
    agency = _in_step(ws, "create", "agency", "Customs", agencies.create_agency, {"name": "Customs"}).value
    for n in range(30):
        _in_step(ws, "update", "agency", "Customs", agencies.update_agency, agency, {"acronym": f"C{n}"})
    kept = ws.db.execute("SELECT count(*), min(id) FROM step").fetchone()
    assert kept[0] <= 15 and kept[1] > 1
    assert ws.db.execute("SELECT count(*) FROM step_row WHERE step_id < ?", [kept[1]]).fetchone()[0] == 0


def test_changes_of_everything_touches_every_kind():
    everything = Changes.of_everything()
    assert everything and everything.touches(["matrix_answer"]) and everything.touches(["agency"])
    assert not Changes()
