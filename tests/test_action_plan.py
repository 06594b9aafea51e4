"""The National Implementation Action Plan: header, priorities, actions, gaps, versions."""

from __future__ import annotations

import pytest

from app import action_plan as plan
from app import agencies, matrix
from app.errors import UserError, ValidationError


@pytest.fixture
def customs(workspace):
    return agencies.create_agency(workspace, {"name": "Direction générale des douanes", "acronym": "DGD"}).value


def _action(ws, **values):
    return plan.create_action(ws, {"title": "Former 120 agents des douanes", **values}).value


def test_an_action_keeps_everything_a_plan_needs(workspace, customs):
    support = agencies.create_agency(workspace, {"name": "Police nationale"}).value
    priority = plan.create_priority(workspace, {"title": "Contrôles aux frontières"}).value
    action_id = plan.create_action(
        workspace,
        {
            "priority_id": priority,
            "title": "Portiques de détection au port",
            "description": "Seuils < 10 kg & contrôle",
            "operative_paragraphs": "OP3c; OP2",
            "weapon_scope": ["NW", "cross"],
            "lead_agency_id": customs,
            "start_date": "2025-01-15",
            "due_date": "2027-06-30",
            "status": "in_progress",
            "progress": "40",
            "expected_output": "4 portiques installés",
            "indicator": "Nombre de conteneurs contrôlés",
            "budget": "EUR 450,000",
            "funding_source": "Budget national",
            "assistance_needed": True,
            "notes": "Équipement demandé",
        },
        supporting=[support],
        fields=["OP3cd.NW.border_detection_equipment.legal"],
    ).value
    saved = plan.get_action(workspace, action_id)
    assert (saved["operative_paragraphs"], saved["weapon_scope"]) == ("OP2,OP3c", "NW,cross")
    assert (saved["progress"], saved["assistance_needed"], saved["description"]) == (40, 1, "Seuils < 10 kg & contrôle")
    assert saved["supporting"] == [support] and saved["fields"] == ["OP3cd.NW.border_detection_equipment.legal"]
    [listed] = plan.list_actions(workspace, today="2026-11-23")
    assert (listed["lead_acronym"], listed["priority"], listed["field_count"], listed["overdue"]) == (
        "DGD",
        "Contrôles aux frontières",
        1,
        False,
    )
    assert plan.actions_for_field(workspace, "OP3cd.NW.border_detection_equipment.legal")[0]["id"] == action_id


@pytest.mark.parametrize(
    "values, field",
    [
        ({"start_date": "2026-05-01", "due_date": "2026-01-01"}, "due_date"),
        ({"progress": 140}, "progress"),
        ({"operative_paragraphs": "OP4"}, "operative_paragraphs"),
        ({"status": "finished"}, "status"),
        ({"title": "  "}, "title"),
    ],
)
def test_invalid_actions_are_refused_and_nothing_is_written(workspace, values, field):
    with pytest.raises(ValidationError) as refused:
        _action(workspace, **values)
    assert refused.value.field == field
    assert plan.list_actions(workspace) == []


def test_overdue_and_upcoming_actions(workspace):
    late = _action(workspace, title="En retard", due_date="2026-10-01", status="in_progress")
    soon = _action(workspace, title="Bientôt", due_date="2026-12-15")
    _action(workspace, title="Plus tard", due_date="2027-06-01")
    _action(workspace, title="Terminé", due_date="2026-01-01", status="done", progress=100)
    _action(workspace, title="Annulé", due_date="2026-01-01", status="cancelled")
    due = plan.upcoming_and_overdue(workspace, today="2026-11-23", days=60)
    assert [(a["id"], a["overdue"]) for a in due] == [(late, True), (soon, False)]


def test_an_action_due_today_is_upcoming_not_overdue(workspace, today):
    """Overdue means open and past its due date: on its due day an action is still on time."""
    yesterday = _action(workspace, title="Hier", due_date="2026-11-22")
    due_today = _action(workspace, title="Aujourd'hui", due_date="2026-11-23")
    last_day = _action(workspace, title="Dans 60 jours", due_date="2027-01-22")
    beyond = _action(workspace, title="Dans 61 jours", due_date="2027-01-23")
    today("2026-11-23")  # the default date of every call below
    assert {a["id"]: a["overdue"] for a in plan.list_actions(workspace) if a["id"] in (yesterday, due_today)} == {
        yesterday: True,
        due_today: False,
    }
    due = [(a["id"], a["overdue"]) for a in plan.upcoming_and_overdue(workspace, days=60)]
    assert due == [(yesterday, True), (due_today, False), (last_day, False)]
    next_day = [(a["id"], a["overdue"]) for a in plan.upcoming_and_overdue(workspace, today="2026-11-24", days=60)]
    assert next_day == [(yesterday, True), (due_today, True), (last_day, False), (beyond, False)]


def test_gaps_in_the_matrix_become_proposed_actions_by_section(workspace):
    matrix.set_answer(workspace, "OP2.BW.finance.legal", {"value": "?"})
    matrix.set_answer(workspace, "OP2.NW.finance.legal", {"value": "X"})
    proposals = plan.propose_actions_for_gaps(
        workspace, ["OP2.BW.finance.legal", "OP2.BW.assist.legal", "OP3cd.CW.catch_all.legal"]
    ).value
    actions = {a["id"]: a for a in plan.list_actions(workspace)}
    assert [actions[i]["title"] for i in proposals] == [
        "Close 2 gap(s) in section B of the matrix",
        "Close 1 gap(s) in section D of the matrix",
    ]
    assert all(actions[i]["is_proposal"] for i in proposals)
    assert (actions[proposals[0]]["operative_paragraphs"], actions[proposals[0]]["weapon_scope"]) == ("OP2", "BW")
    assert plan.get_action(workspace, proposals[1])["fields"] == ["OP3cd.CW.catch_all.legal"]
    with pytest.raises(ValidationError, match="already answered"):
        plan.propose_actions_for_gaps(workspace, ["OP2.NW.finance.legal"])
    plan.accept_proposal(workspace, proposals[0])
    plan.delete_action(workspace, proposals[1])
    assert [(a["id"], a["is_proposal"]) for a in plan.list_actions(workspace)] == [(proposals[0], 0)]


def test_freezing_keeps_the_submitted_version_read_only_and_continues_with_a_copy(workspace, customs):
    plan.update_plan(workspace, {"title": "Plan d'action 2024-2027", "period_start": "2024-01-01"})
    priority = plan.create_priority(workspace, {"title": "Législation"}).value
    action = _action(workspace, priority_id=priority, lead_agency_id=customs)
    plan.update_action(workspace, action, {}, supporting=[customs], fields=["OP2.NW.use.legal"])
    frozen_id = plan.working_plan(workspace)["id"]

    new_id = plan.freeze_plan(workspace, submitted_on="2024-06-15", frozen_on="2024-06-16").value
    assert [(v["id"], v["frozen_on"]) for v in plan.versions(workspace)] == [(new_id, None), (frozen_id, "2024-06-16")]
    [old] = plan.list_actions(workspace, plan_id=frozen_id)
    [new] = plan.list_actions(workspace)
    assert new["id"] != old["id"] and new["priority"] == old["priority"] == "Législation"
    assert plan.get_action(workspace, new["id"])["fields"] == ["OP2.NW.use.legal"]
    assert plan.get_action(workspace, new["id"])["supporting"] == [customs]
    with pytest.raises(UserError, match="read-only"):
        plan.update_action(workspace, old["id"], {"status": "done"})
    with pytest.raises(UserError, match="read-only"):
        plan.delete_action(workspace, old["id"])
    plan.update_action(workspace, new["id"], {"status": "done", "progress": 100})
    assert plan.get_action(workspace, old["id"])["status"] == "planned", "the submitted version does not move"
    assert plan.versions(workspace)[1]["submitted_on"] == "2024-06-15"


def test_plan_period_must_be_in_order(workspace):
    with pytest.raises(ValidationError, match=r"^The plan's period ends before it starts\.$"):
        plan.update_plan(workspace, {"period_start": "2027-01-01", "period_end": "2024-12-31"})


def test_a_freeze_copies_the_plan_set_by_set_with_every_link(workspace, customs):
    """Ten years of actions frozen again and again: the copy takes a fixed number of statements, not five per
    action, and each copy keeps its priority, supporting agencies, fields and assistance requests."""
    from app import assistance

    support = agencies.create_agency(workspace, {"name": "Police nationale"}).id
    priorities = [plan.create_priority(workspace, {"title": f"Priorité {n}"}).id for n in range(3)]
    fields = ["OP3cd.NW.border_detection_equipment.legal", "OP2.NW.finance.legal"]
    for n in range(30):
        plan.create_action(
            workspace,
            {"title": f"Action {n}", "priority_id": priorities[n % 3] if n % 4 else None, "lead_agency_id": customs},
            supporting=[support] if n % 2 else [],
            fields=fields[: n % 3],
        )
    linked = plan.list_actions(workspace)[7]["id"]
    request = assistance.create_from_action(workspace, linked).id
    before = {
        a["title"]: (
            a["priority"],
            plan.get_action(workspace, a["id"])["supporting"],
            plan.get_action(workspace, a["id"])["fields"],
        )
        for a in plan.list_actions(workspace)
    }
    calls = []
    execute = workspace.db.execute
    workspace.db.execute = lambda *args, **kwargs: calls.append(args[0]) or execute(*args, **kwargs)
    try:
        new_plan = plan.freeze_plan(workspace, submitted_on="2026-06-30", frozen_on="2026-06-30").id
    finally:
        del workspace.db.execute
    assert len(calls) < 30, "a statement or more per action"
    copies = plan.list_actions(workspace, new_plan)
    after = {
        a["title"]: (
            a["priority"],
            plan.get_action(workspace, a["id"])["supporting"],
            plan.get_action(workspace, a["id"])["fields"],
        )
        for a in copies
    }
    assert after == before
    assert {a["priority_id"] for a in copies} <= set(r["id"] for r in plan.list_priorities(workspace, new_plan)) | {
        None
    }
    assert assistance.get_request(workspace, request)["action_id"] == next(
        a["id"] for a in copies if a["title"] == plan.get_action(workspace, linked)["title"]
    )
