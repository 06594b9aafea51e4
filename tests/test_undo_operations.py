"""Every write operation of app/ is one step that says what it changed, and undo/redo take it back exactly.

For each kind of operation: the `Changes` it returns name the kinds and records it touched; undo puts every
table of the State back exactly as it was (ids, dates and links included), redo exactly as the operation
left it. Steps that cannot be undone (a frozen plan version, a submission, a workbook sent, a restore)
stop undo and say why. No Qt here: the GUI's Edit > Undo calls the same domain.
"""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app import (
    action_plan,
    agencies,
    assistance,
    attachments,
    contacts,
    legal_instruments,
    matrix,
    state_profile,
    submissions,
    undo,
)
from app.backup import restore_from
from app.changes import KINDS, Changes, Description
from app.cli import build_parser, run_command
from app.interchange import agency_workbook as aw
from app.interchange import importing
from app.package import write_package
from app.workspace import Workspace

FIELD = "OP1.npt"  # section A, row 1: "A.1" in the matrix
GAP = "OP2.NW.manufacture.legal"  # section B, row 1, nuclear: "B.1 NW"


@pytest.fixture
def ws(tmp_path: Path):
    with Workspace.open(tmp_path / "state.sqlite3") as workspace:
        state_profile.save_profile(workspace, {"state_code": "FRA", "focal_point_name": "Ann Focal"})
        yield workspace


def tables(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table that holds what users enter (the State's data)."""
    names = {r[0] for r in ws.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    # sorted, not by rowid: a link row put back by undo may get another rowid (its key is what counts)
    return {t: sorted(ws.db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in sorted(KINDS & names)}


def round_trip(ws: Workspace, op: Callable[..., Changes[Any]], *args: Any, **kwargs: Any) -> Changes[Any]:
    """Run the operation, undo it (everything as before), redo it (everything as after); return its Changes."""
    before = tables(ws)
    changes = op(ws, *args, **kwargs)
    after = tables(ws)
    assert isinstance(changes, Changes) and changes and changes.step_id is not None
    assert after != before
    # the kinds it names are exactly the tables whose rows differ
    assert changes.kinds == {t for t in after if after[t] != before[t]}
    target = undo.undo_target(ws)
    assert target is not None and target.id == changes.step_id and target.description == changes.description
    undone = undo.undo(ws, expected=changes.step_id)
    assert tables(ws) == before
    assert undone.kinds == changes.kinds and undone.description == changes.description
    undo.redo(ws, expected=changes.step_id)
    assert tables(ws) == after
    return changes


def _agency(ws: Workspace, name: str) -> int:
    return agencies.create_agency(ws, {"name": name}).id


def _law(ws: Workspace, title: str = "Law 12 on dual-use goods") -> int:
    return legal_instruments.create_legal_instrument(ws, {"title_original": title}).id


def _complete_request(ws: Workspace, agency: int) -> int:
    contact = contacts.create_contact(
        ws, {"name": "Ann", "agency_id": agency, "contact_type": "assistance", "email": "ann@example.org"}
    ).id
    values = {
        "title": "Training of customs officers on dual-use goods",
        "contact_id": contact,
        "areas": "OP3c",
        "weapon_scope": "CW",
        "assistance_types": "training",
        "need_description": "Customs officers at the 4 border posts need training to identify 120 dual-use chemicals "
        "listed in the national control list adopted in 2024.",
        "current_situation": "No training has been given since 2019; 35 officers were recruited since then and none "
        "of them has been trained on chemical identification.",
        "objectives": "Train 40 officers in 2027 so that each border post has 10 trained officers on every shift.",
        "expected_results": "40 officers certified; a national curriculum of 5 modules adopted by the customs school.",
        "timeframe_start": "2027-01-01",
        "timeframe_end": "2027-12-31",
        "estimated_resources": "USD 80,000",
        "consent_to_publication": "yes",
        "assistance_received": "None",
    }
    request = assistance.create_request(ws, values, [agency], [FIELD]).id
    gaps = assistance.request_gaps(ws, request)
    assert not gaps, gaps
    return request


# -- agencies, contacts, laws ------------------------------------------------------------------------------
def test_agencies_are_created_renamed_and_deleted_as_steps(ws):
    created = round_trip(ws, agencies.create_agency, {"name": "Customs"})
    assert created.kinds == {"agency"} and created.ids_of("agency") == {created.id}
    assert created.description == Description("create", "agency", "Customs")
    updated = round_trip(ws, agencies.update_agency, created.id, {"name": "Customs Service"})
    assert updated.description == Description("update", "agency", "Customs")  # named as the user knew it
    assert updated.value == {"name": ["Customs", "Customs Service"]}
    contact = contacts.create_contact(ws, {"name": "Ann", "agency_id": created.id}).id
    deleted = round_trip(ws, agencies.delete_agency, created.id)
    # the contact loses its agency (ON DELETE SET NULL): undo gives it back
    assert deleted.kinds == {"agency", "point_of_contact"} and deleted.ids_of("point_of_contact") == {contact}
    assert deleted.description == Description("delete", "agency", "Customs Service")


def test_contacts_are_steps(ws):
    agency = _agency(ws, "Customs")
    created = round_trip(ws, contacts.create_contact, {"name": "Ann", "agency_id": agency, "languages": "fr, en"})
    assert created.description == Description("create", "point_of_contact", "Ann")
    assert created.kinds == {"point_of_contact"}
    round_trip(ws, contacts.update_contact, created.id, {"phone": "+33 1 23"})
    deleted = round_trip(ws, contacts.delete_contact, created.id)
    assert deleted.description == Description("delete", "point_of_contact", "Ann")


def test_laws_are_steps(ws):
    created = round_trip(ws, legal_instruments.create_legal_instrument, {"title_original": "Loi n° 12"})
    assert created.kinds == {"legal_instrument"}
    assert created.description == Description("create", "legal_instrument", "Loi n° 12")
    round_trip(ws, legal_instruments.update_legal_instrument, created.id, {"status": "repealed"})
    assert round_trip(ws, legal_instruments.delete_legal_instrument, created.id).description.action == "delete"


# -- the matrix ----------------------------------------------------------------------------------------------
def test_answers_and_citations_are_steps_named_by_their_field(ws):
    law = _law(ws)
    agency = _agency(ws, "Customs")
    answer = round_trip(
        ws, matrix.set_answer, FIELD, {"value": "X", "remarks": "Ratified", "responsible_agency_id": agency}
    )
    assert answer.kinds == {"matrix_answer"} and answer.ids_of("matrix_answer") == {FIELD}
    assert answer.description == Description("set_answer", "matrix_answer", "A.1", ref=("matrix_field", FIELD))
    round_trip(ws, matrix.set_answer, FIELD, {"value": "?"})  # an answer changed, not created

    cited = round_trip(ws, matrix.add_citation, FIELD, law, "Art. 3")
    assert cited.kinds == {"matrix_citation"} and cited.ids_of("matrix_citation") == {cited.id}
    assert cited.description == Description("add_citation", "matrix_citation", "A.1", ref=("matrix_field", FIELD))
    removed = round_trip(ws, matrix.remove_citation, cited.id)
    assert removed.description == Description("remove_citation", "matrix_citation", "A.1", ref=("matrix_field", FIELD))
    assert removed.value["article"] == "Art. 3"
    assert matrix.set_answer(ws, GAP, {"value": "X"}).description.subject == "B.1 NW"


def test_a_change_that_changes_nothing_is_no_step(ws):
    matrix.set_answer(ws, FIELD, {"value": "X"})
    target = undo.undo_target(ws)
    same = matrix.set_answer(ws, FIELD, {"value": "X"})
    assert not same and same.step_id is None and same.value == {}
    assert undo.undo_target(ws) == target


# -- the action plan ------------------------------------------------------------------------------------------
def test_plan_priorities_and_actions_with_their_links_are_steps(ws):
    customs, police, health = (_agency(ws, n) for n in ("Customs", "Police", "Health"))
    action_plan.working_plan(ws)  # created when first shown, outside any step
    round_trip(ws, action_plan.update_plan, {"title": "NAP 2026-2030", "period_start": "2026-01-01"})
    priority = round_trip(ws, action_plan.create_priority, {"title": "Border controls"})
    assert priority.kinds == {"plan_priority"}
    assert priority.description == Description("create", "plan_priority", "Border controls")
    action = round_trip(
        ws,
        action_plan.create_action,
        {"title": "Train customs", "priority_id": priority.id, "lead_agency_id": customs},
        [police, health],
        [FIELD, GAP],
    )
    assert action.kinds == {"plan_action", "plan_action_agency", "plan_action_field"}
    assert action.ids_of("plan_action_agency") == {(action.id, police), (action.id, health)}
    # changing the links writes only the links that changed
    relinked = round_trip(ws, action_plan.update_action, action.id, {"progress": 30}, [police], [FIELD])
    assert relinked.kinds == {"plan_action", "plan_action_agency", "plan_action_field"}
    assert relinked.ids_of("plan_action_agency") == {(action.id, health)}
    assert relinked.ids_of("plan_action_field") == {(action.id, GAP)}
    assert relinked.description == Description("update", "plan_action", "Train customs")
    links_only = round_trip(ws, action_plan.update_action, action.id, {}, [police, customs], None)
    assert links_only.kinds == {"plan_action_agency"}

    proposed = round_trip(ws, action_plan.propose_actions_for_gaps, [GAP])
    assert proposed.description == Description("propose", "plan_action")
    [proposal] = proposed.value
    accepted = round_trip(ws, action_plan.accept_proposal, proposal)
    assert accepted.description.action == "accept" and accepted.kinds == {"plan_action"}
    round_trip(ws, action_plan.delete_action, proposal)
    round_trip(ws, action_plan.update_priority, priority.id, {"description": "Customs and police"})
    # deleting a priority keeps its actions, without a priority: undo puts the link back
    gone = round_trip(ws, action_plan.delete_priority, priority.id)
    assert gone.kinds == {"plan_priority", "plan_action"}
    deleted = round_trip(ws, action_plan.delete_action, action.id)
    assert {"plan_action", "plan_action_agency", "plan_action_field"} <= deleted.kinds


def test_the_first_step_on_the_plan_does_not_take_the_working_plan_with_it(ws):
    priority = action_plan.create_priority(ws, {"title": "Border controls"})
    undo.undo(ws)
    plan = action_plan.working_plan(ws)  # a view reads the plan meanwhile
    undo.redo(ws)
    assert action_plan.list_priorities(ws)[0]["id"] == priority.id
    assert [v["id"] for v in action_plan.versions(ws)] == [plan["id"]]


# -- assistance ---------------------------------------------------------------------------------------------
def test_requests_with_beneficiaries_and_fields_are_steps(ws):
    customs, police = _agency(ws, "Customs"), _agency(ws, "Police")
    created = round_trip(ws, assistance.create_request, {"title": "Equipment for labs"}, [customs, police], [FIELD])
    assert created.kinds == {"assistance_request", "assistance_request_agency", "assistance_request_field"}
    assert created.description == Description("create", "assistance_request", "Equipment for labs")
    updated = round_trip(ws, assistance.update_request, created.id, {"objectives": "Two labs"}, [customs], [FIELD, GAP])
    assert updated.ids_of("assistance_request_agency") == {(created.id, police)}
    assert updated.ids_of("assistance_request_field") == {(created.id, GAP)}
    round_trip(ws, assistance.delete_request, created.id)


def test_a_request_from_an_action_is_one_step(ws):
    customs = _agency(ws, "Customs")
    action = action_plan.create_action(ws, {"title": "Train customs", "lead_agency_id": customs}, [], [FIELD]).id
    made = round_trip(ws, assistance.create_from_action, action)
    assert made.description == Description("create", "assistance_request", "Train customs")
    # the action is marked as needing assistance in the same step
    assert made.kinds == {"assistance_request", "assistance_request_agency", "assistance_request_field", "plan_action"}


def test_status_changes_their_cancellation_and_offer_links_are_steps(ws):
    request = _complete_request(ws, _agency(ws, "Customs"))
    sent = round_trip(ws, assistance.set_status, request, "sent", "2026-03-01", "", "NV/2026/12")
    assert sent.kinds == {"assistance_request", "assistance_event"}
    assert sent.description == Description(
        "set_status", "assistance_request", "Training of customs officers on dual-use goods"
    )
    provider = round_trip(ws, assistance.create_provider, {"name": "OPCW", "kind": "international_organisation"})
    assert provider.description == Description("create", "assistance_provider", "OPCW")
    offer = round_trip(
        ws,
        assistance.create_offer,
        {"provider_id": provider.id, "title": "Customs training", "assistance_types": "training"},
    )
    round_trip(ws, assistance.update_offer, offer.id, {"areas": "OP3c"})
    round_trip(ws, assistance.update_provider, provider.id, {"notes": "Met in The Hague"})
    linked = round_trip(ws, assistance.link_offer, request, offer.id, "2026-04-01")
    # a request waiting for offers moves to "offer received" in the same step
    assert linked.kinds == {"assistance_match", "assistance_request", "assistance_event"}
    assert linked.description == Description("link", "assistance_offer", "Customs training")
    cancelled = round_trip(ws, assistance.undo_last_status, request)
    assert cancelled.value == "sent" and cancelled.description.action == "undo_status"
    unlinked = round_trip(ws, assistance.unlink_offer, request, offer.id)
    assert unlinked.kinds == {"assistance_match"} and unlinked.description.action == "unlink"
    round_trip(ws, assistance.delete_offer, offer.id)
    assistance.create_offer(ws, {"provider_id": provider.id, "title": "Equipment"})  # goes with its provider
    assert round_trip(ws, assistance.delete_provider, provider.id).kinds == {"assistance_provider", "assistance_offer"}


# -- the State profile and the report ------------------------------------------------------------------------
def test_profile_additional_reports_and_report_settings_are_steps(ws):
    saved = round_trip(ws, state_profile.save_profile, {"focal_point_title": "Ambassador"})
    assert saved.kinds == {"state_profile"} and saved.description == Description("save", "state_profile")
    added = round_trip(ws, state_profile.add_additional_report, {"submitted_on": "2013-10-21", "reference": "S/AC.44"})
    assert added.description == Description("create", "additional_report", "2013-10-21")
    round_trip(ws, state_profile.delete_additional_report, added.id)
    both = round_trip(
        ws,
        state_profile.save_profile_and_report_dates,
        {"first_report_date": "2005-01-10"},
        ["2009-06-02", "2013-10-21"],
    )
    assert both.kinds == {"state_profile", "additional_report"}
    settings = round_trip(ws, submissions.save_report_settings, {"reference": "NV/2026/1", "national_context": "Text"})
    assert settings.kinds == {"report_settings"} and settings.description == Description("save", "report_settings")


# -- documents ----------------------------------------------------------------------------------------------
def test_attaching_and_detaching_are_steps_and_an_undone_removal_finds_its_file(ws, tmp_path):
    law = _law(ws)
    source = tmp_path / "loi-12.pdf"
    source.write_bytes(b"%PDF-1.4 the law's text\n")
    added = round_trip(ws, attachments.add, "legal_instrument", law, source)
    assert added.kinds == {"attachment"} and added.description == Description("attach", "attachment", "loi-12.pdf")
    removed = round_trip(ws, attachments.remove, added.id)
    assert removed.description == Description("detach", "attachment", "loi-12.pdf")
    assert not attachments.list_for(ws, "legal_instrument", law)
    # the file stays while the removal can be undone, even through the orphan sweep at the next start
    assert attachments.sweep_orphans(ws, min_age=0) == []
    undo.undo(ws)
    assert attachments.path_of(ws, added.id).read_bytes() == b"%PDF-1.4 the law's text\n"
    # a new step forgets the removal's redo: once nothing can bring the file back... it is still used here
    agencies.create_agency(ws, {"name": "Customs"})
    assert attachments.sweep_orphans(ws, min_age=0) == []
    attachments.remove(ws, added.id)
    agencies.create_agency(ws, {"name": "Police"})  # the removal can still be undone (after this one)
    assert attachments.sweep_orphans(ws, min_age=0) == []


# -- imports and workbooks ---------------------------------------------------------------------------------
def test_an_imported_workbook_is_one_step_and_its_sending_cannot_be_undone(ws, tmp_path):
    agency = _agency(ws, "Customs")
    law = _law(ws)
    matrix.add_citation(ws, FIELD, law, "Art. 1")
    keys = aw.field_keys_for(ws, ["A"])
    sent = aw.export_agency_workbook(ws, agency, keys, tmp_path / "customs.xlsx", lang="en")
    assert sent.kinds == {"agency_workbook"} and sent.description == Description("send", "agency_workbook", "Customs")
    step = undo.undo_target(ws)
    assert step.reason == "sent"
    with pytest.raises(undo.UndoRefused, match="cannot be undone") as refused:
        undo.undo(ws)
    assert refused.value.code == "not_undoable"

    wb = openpyxl.load_workbook(sent.value.path)
    sheet = wb[wb.sheetnames[1]]
    edited = 0
    for row in range(aw.FIRST_ROW, sheet.max_row + 1):
        if sheet.cell(row=row, column=1).value in (FIELD, "OP1.cwc"):
            sheet.cell(row=row, column=aw.COLUMN_OF["value"]).value = "X"
            sheet.cell(row=row, column=aw.COLUMN_OF["remarks"]).value = "Answered by customs"
            edited += 1
    assert edited == 2
    returned = tmp_path / "customs-returned.xlsx"
    wb.save(returned)
    preview = importing.read_workbook(ws, returned)
    assert len(preview.changes) == 4
    imported = round_trip(ws, importing.apply, preview)
    assert imported.description == Description("import", "agency_workbook", "customs-returned.xlsx")
    assert imported.kinds == {"matrix_answer", "agency_workbook"}
    assert imported.ids_of("matrix_answer") == {FIELD, "OP1.cwc"}
    assert imported.value.applied == 4 and imported.value.fields == 2
    withdrawn_before = tables(ws)
    undo.undo(ws)  # the whole import at once
    assert matrix.get_answer(ws, FIELD)["value"] == "" and matrix.get_answer(ws, "OP1.cwc")["value"] == ""
    assert aw.list_workbooks(ws)[0]["status"] == "pending"
    withdrawn = round_trip(ws, aw.withdraw, sent.value.id)
    assert withdrawn.description == Description("withdraw", "agency_workbook", "Customs")
    assert tables(ws) != withdrawn_before


# -- steps that cannot be undone, and changes made since ----------------------------------------------------
def test_a_frozen_plan_version_stops_undo_and_says_why(ws):
    action_plan.update_plan(ws, {"title": "NAP"})
    action_plan.create_action(ws, {"title": "Train customs"})
    frozen = action_plan.freeze_plan(ws, submitted_on="2026-02-01", frozen_on="2026-02-01")
    assert frozen.description == Description("freeze", "action_plan", "NAP")
    assert {"action_plan", "plan_action"} <= frozen.kinds
    snapshot = tables(ws)
    with pytest.raises(undo.UndoRefused, match=r"freeze action plan 'NAP' cannot be undone \(frozen\)") as refused:
        undo.undo(ws)
    assert refused.value.code == "not_undoable" and refused.value.step.reason == "frozen"
    assert tables(ws) == snapshot


def test_a_submission_stops_undo_and_says_why(ws, tmp_path):
    agencies.create_agency(ws, {"name": "Customs"})
    document = tmp_path / "report.pdf"
    document.write_bytes(b"%PDF-1.4 report\n")
    submitted = submissions.mark_submitted(
        ws, document, kind="report", fmt="pdf", lang="en", submitted_on="2026-03-01", reference="NV/1"
    )
    assert submitted.description == Description("submit", "submission", "report.pdf")
    assert {"submission", "state_profile"} <= submitted.kinds  # the first report's date is recorded too
    snapshot = tables(ws)
    with pytest.raises(undo.UndoRefused, match=r"cannot be undone \(submitted\)") as refused:
        undo.undo(ws)
    assert refused.value.step.reason == "submitted"
    assert tables(ws) == snapshot


def test_a_restore_replaces_everything_and_stops_undo(ws, tmp_path):
    agencies.create_agency(ws, {"name": "In the package"})
    package = write_package(ws, tmp_path / "state.un1540")
    agencies.create_agency(ws, {"name": "After the package"})
    path = ws.path
    ws.close()
    restored = restore_from(package.path, path)
    assert restored.everything and restored.touches(["agency"])
    assert restored.description == Description("restore", "database", "state.un1540")
    assert restored.value.documents == 0
    with Workspace.open(path) as again:
        assert [a["name"] for a in agencies.list_agencies(again)] == ["In the package"]
        target = undo.undo_target(again)
        assert target.description == Description("restore", "database", "state.un1540") and target.reason == "restored"
        with pytest.raises(undo.UndoRefused, match=r"cannot be undone \(restored\)"):
            undo.undo(again)
        assert [a["name"] for a in agencies.list_agencies(again)] == ["In the package"]


def test_undo_offered_in_one_window_is_refused_after_another_window_changed_the_record(ws):
    agency = _agency(ws, "Customs")
    offered = agencies.update_agency(ws, agency, {"acronym": "CUS"}).step_id  # what this window's menu offers
    with Workspace.open(ws.path, source="cli") as other:  # another window renames it meanwhile
        agencies.update_agency(other, agency, {"name": "Customs Service"})
    snapshot = tables(ws)
    with pytest.raises(undo.UndoRefused, match="changed meanwhile") as refused:
        undo.undo(ws, expected=offered)
    assert refused.value.code == "moved"
    assert tables(ws) == snapshot


def test_undo_is_refused_when_a_record_was_changed_outside_the_steps(ws):
    agency = _agency(ws, "Customs")
    agencies.update_agency(ws, agency, {"acronym": "CUS"})
    with sqlite3.connect(ws.path) as other:  # an older version of the application, or another tool
        other.execute("UPDATE agency SET notes = 'seen' WHERE id = ?", [agency])
    snapshot = tables(ws)
    with pytest.raises(undo.UndoRefused, match="changed since") as refused:
        undo.undo(ws)
    assert refused.value.code == "changed_since"
    assert tables(ws) == snapshot


# -- the command line ------------------------------------------------------------------------------------------
def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run_command(build_parser().parse_args(list(argv)))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_undoes_redoes_and_lists_the_history(ws, capsys):
    agency = _agency(ws, "Customs")
    agencies.update_agency(ws, agency, {"acronym": "CUS"})
    db = str(ws.path)

    code, out, _ = _cli(capsys, "history", "--db", db)
    assert code == 0
    lines = out.splitlines()
    assert "update agency 'Customs'  [can be undone]" in lines[0]
    assert "create agency 'Customs'" in lines[1] and "create state profile" in lines[2] and len(lines) == 3

    assert _cli(capsys, "undo", "--db", db) == (0, "Undone: update agency 'Customs'\n", "")
    assert agencies.get_agency(ws, agency)["acronym"] == ""
    code, out, _ = _cli(capsys, "history", "--db", db)
    assert "update agency 'Customs'  [undone (can be redone)]" in out.splitlines()[0]
    assert _cli(capsys, "redo", "--db", db) == (0, "Redone: update agency 'Customs'\n", "")
    assert agencies.get_agency(ws, agency)["acronym"] == "CUS"

    snapshot = tables(ws)
    code, out, err = _cli(capsys, "redo", "--db", db)
    assert (code, out, err) == (1, "", "error: There is nothing to redo.\n")
    action_plan.freeze_plan(ws)
    code, out, err = _cli(capsys, "undo", "--db", db)
    assert code == 1 and out == "" and err.startswith("error: ") and "cannot be undone (frozen)" in err
    assert len(err.splitlines()) == 1
    assert tables(ws)["agency"] == snapshot["agency"]


def test_the_command_line_refuses_an_undo_of_a_record_changed_since(ws, capsys):
    agency = _agency(ws, "Customs")
    agencies.update_agency(ws, agency, {"acronym": "CUS"})
    with sqlite3.connect(ws.path) as other:
        other.execute("UPDATE agency SET notes = 'seen' WHERE id = ?", [agency])
    snapshot = tables(ws)
    code, out, err = _cli(capsys, "undo", "--db", str(ws.path))
    assert code == 1 and out == ""
    assert err.startswith("error: Cannot undo update agency 'Customs': a record it changed was changed since")
    assert tables(ws) == snapshot


def test_the_parser_knows_the_undo_commands():
    args = build_parser().parse_args(["history", "--limit", "5"])
    assert isinstance(args, argparse.Namespace) and args.limit == 5
