"""The National Implementation Action Plan: the plan's header, priorities, actions, versions.

There is always one working version of the plan. Freezing it ("as submitted") keeps that version
dated and read-only, and continues with a copy as the next working version, so every submitted
version stays viewable exactly as it was sent.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from typing import Any, Concatenate, ParamSpec, TypeVar

from app import clock, records
from app.audit import record, utc_now
from app.changes import Description
from app.errors import UserError, ValidationError
from app.records import Column, RecordKind, describes, describes_create
from app.steps import operation
from app.workspace import Workspace
from db import write_transaction

OPERATIVE_PARAGRAPHS = ("OP1", "OP2", "OP3a", "OP3b", "OP3c", "OP3d", "OP6", "OP7", "OP8", "OP9", "OP10")
WEAPON_SCOPES = ("NW", "CW", "BW", "MoD", "cross")
ACTION_STATUSES = ("planned", "in_progress", "done", "delayed", "cancelled")
OPEN_STATUSES = ("planned", "in_progress", "delayed")

# The operative paragraphs each matrix section serves, for actions proposed from matrix gaps.
SECTION_PARAGRAPHS = {"A": "OP1", "B": "OP2", "C": "OP3a,OP3b", "D": "OP3c,OP3d"}

ACTION_PLAN = RecordKind(
    table="action_plan",
    title_column="title",
    columns=(
        Column("title", max_length=500),
        Column("period_start", "date"),
        Column("period_end", "date"),
        Column("adopting_authority", max_length=500),
        Column("adoption_decision", max_length=1000),
        Column("coordination_mechanism"),
        Column("submitted_on", "date"),
        Column("review_dates", max_length=500),
        Column("notes"),
    ),
)

PRIORITY = RecordKind(
    table="plan_priority",
    title_column="title",
    order_by="ordinal, id",
    columns=(Column("title", required=True, max_length=500), Column("description")),
)

ACTION = RecordKind(
    table="plan_action",
    title_column="title",
    order_by="ordinal, id",
    columns=(
        Column("priority_id", "ref"),
        Column("title", required=True, max_length=500),
        Column("description"),
        Column("operative_paragraphs", "codes", choices=OPERATIVE_PARAGRAPHS),
        Column("weapon_scope", "codes", choices=WEAPON_SCOPES),
        Column("lead_agency_id", "ref"),
        Column("start_date", "date"),
        Column("due_date", "date"),
        Column("status", "choice", choices=ACTION_STATUSES),
        Column("progress", "int", bounds=(0, 100)),
        Column("expected_output"),
        Column("indicator"),
        Column("budget", max_length=200),
        Column("funding_source", max_length=500),
        Column("assistance_needed", "flag"),
        Column("notes"),
    ),
    defaults={"status": "planned", "progress": 0},
)


# -- the plan and its versions ---------------------------------------------------------------
def _one(ws: Workspace, sql: str, params: Sequence[Any]) -> dict[str, Any] | None:
    cursor = ws.db.execute(sql, params)
    row = cursor.fetchone()
    return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None


def working_plan(ws: Workspace) -> dict[str, Any]:
    """The version being worked on, created (empty) the first time it is asked for."""
    plan = _one(ws, "SELECT * FROM action_plan WHERE frozen_on IS NULL", [])
    if plan is None:
        with write_transaction(ws.db):
            plan_id = records.create(ws.db, ws.actor, ACTION_PLAN, {})
        plan = records.get(ws.db, ACTION_PLAN, plan_id)
    return plan


def versions(ws: Workspace) -> list[dict[str, Any]]:
    """Every version: the working one first, then the frozen ones, newest first."""
    cursor = ws.db.execute("SELECT * FROM action_plan ORDER BY frozen_on IS NOT NULL, frozen_on DESC, id DESC")
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def require_working(ws: Workspace, plan_id: int) -> None:
    plan = records.get(ws.db, ACTION_PLAN, plan_id)
    if plan["frozen_on"]:
        raise UserError(
            f"This version of the plan was frozen on {plan['frozen_on']} and is read-only; "
            "edit the working version instead."
        )


P = ParamSpec("P")
R = TypeVar("R")


def _on_working_plan(op: Callable[Concatenate[Workspace, P], R]) -> Callable[Concatenate[Workspace, P], R]:
    """Make sure the working plan exists before the operation's step starts.

    `working_plan` creates it the first time it is asked for; created inside a step, its creation would
    be undone with that step while the views create another one meanwhile, and the redo would then
    bring back a second working plan."""

    @functools.wraps(op)
    def run(ws: Workspace, /, *args: P.args, **kwargs: P.kwargs) -> R:
        working_plan(ws)
        return op(ws, *args, **kwargs)

    return run


def _describe_plan(action: str) -> Callable[..., Description]:
    def describe(ws: Workspace, *args: Any, **kwargs: Any) -> Description:
        plan = _one(ws, "SELECT title FROM action_plan WHERE frozen_on IS NULL", [])
        return Description(action, "action_plan", str((plan or {}).get("title") or ""))

    return describe


@_on_working_plan
@operation(_describe_plan("update"))
def update_plan(ws: Workspace, values: dict[str, Any]) -> dict[str, Any]:
    """Change the working plan's header (title, period, adopting authority, ...)."""
    plan = working_plan(ws)
    data = records.clean(ACTION_PLAN, values, partial=True)
    start = data.get("period_start", plan["period_start"])
    end = data.get("period_end", plan["period_end"])
    if start and end and end < start:
        raise ValidationError("period_end", "invalid_period", "The plan's period ends before it starts.")
    return records.update(ws.db, ws.actor, ACTION_PLAN, plan["id"], values)


@operation(_describe_plan("freeze"), undoable="frozen")
def freeze_plan(ws: Workspace, submitted_on: str | None = None, frozen_on: str | None = None) -> int:
    """Freeze the working plan as submitted (dated, read-only); return the new working version's id.

    The new working version starts as a copy of the frozen one: header, priorities, actions, their
    supporting agencies and linked matrix fields.
    """
    frozen_on = records.parse_date(frozen_on, "frozen_on") or clock.today_iso()
    submitted_on = records.parse_date(submitted_on, "submitted_on")
    with write_transaction(ws.db):
        plan = working_plan(ws)
        now = utc_now()
        ws.db.execute(
            "UPDATE action_plan SET frozen_on = ?, submitted_on = coalesce(?, submitted_on), updated_at = ? "
            "WHERE id = ?",
            [frozen_on, submitted_on, now, plan["id"]],
        )
        header = [c.name for c in ACTION_PLAN.columns]
        cursor = ws.db.execute(
            f"INSERT INTO action_plan ({', '.join(header)}, previous_id, created_at, updated_at) "
            f"SELECT {', '.join(header)}, id, ?, ? FROM action_plan WHERE id = ?",
            [now, now, plan["id"]],
        )
        new_plan = cursor.lastrowid
        assert new_plan is not None  # an INSERT sets it
        # Set by set: one statement per table, not five per action (ten years of actions, frozen again and again).
        # Rows inserted by one INSERT ... SELECT ... ORDER BY id take increasing ids in that order, so the n-th
        # new row of the new version is the copy of the n-th old one.
        ws.db.execute(
            "INSERT INTO plan_priority (plan_id, ordinal, title, description, created_at, updated_at) "
            "SELECT ?, ordinal, title, description, ?, ? FROM plan_priority WHERE plan_id = ? ORDER BY id",
            [new_plan, now, now, plan["id"]],
        )
        priority_ids = dict(
            zip(_ids(ws, "plan_priority", plan["id"]), _ids(ws, "plan_priority", new_plan), strict=True)
        )
        copied = [c.name for c in ACTION.columns if c.name != "priority_id"] + ["ordinal", "is_proposal"]
        ws.db.execute(
            f"INSERT INTO plan_action (plan_id, priority_id, {', '.join(copied)}, created_at, updated_at) "
            f"SELECT ?, NULL, {', '.join(copied)}, ?, ? FROM plan_action WHERE plan_id = ? ORDER BY id",
            [new_plan, now, now, plan["id"]],
        )
        old_actions = ws.db.execute(
            "SELECT id, priority_id FROM plan_action WHERE plan_id = ? ORDER BY id", [plan["id"]]
        ).fetchall()
        pairs = list(zip([old for old, _ in old_actions], _ids(ws, "plan_action", new_plan), strict=True))
        conn = ws.db.conn
        conn.executemany(
            "UPDATE plan_action SET priority_id = ? WHERE id = ?",
            [
                (priority_ids[priority], new)
                for (_old, priority), (_o, new) in zip(old_actions, pairs, strict=True)
                if priority in priority_ids
            ],
        )
        moved = [(new, old) for old, new in pairs]
        conn.executemany(
            "INSERT INTO plan_action_agency (action_id, agency_id) "
            "SELECT ?, agency_id FROM plan_action_agency WHERE action_id = ?",
            moved,
        )
        conn.executemany(
            "INSERT INTO plan_action_field (action_id, field_key) "
            "SELECT ?, field_key FROM plan_action_field WHERE action_id = ?",
            moved,
        )
        # Assistance requests follow the action into the version being worked on.
        conn.executemany("UPDATE assistance_request SET action_id = ? WHERE action_id = ?", moved)
        record(
            ws.db,
            ws.actor,
            "update",
            "action_plan",
            plan["id"],
            f"Plan frozen as submitted on {frozen_on}",
            {"frozen_on": [None, frozen_on], "next_version": [None, new_plan]},
        )
    return new_plan


def _ids(ws: Workspace, table: str, plan_id: int) -> list[int]:
    """The ids of a plan version's rows of `table` (plan_priority or plan_action), in order."""
    rows = ws.db.execute(f"SELECT id FROM {table} WHERE plan_id = ? ORDER BY id", [plan_id]).fetchall()
    return [row[0] for row in rows]


# -- priorities ------------------------------------------------------------------------------
def list_priorities(ws: Workspace, plan_id: int | None = None) -> list[dict[str, Any]]:
    plan_id = plan_id or working_plan(ws)["id"]
    return records.list_all(ws.db, PRIORITY, "plan_id = ?", [plan_id])


def get_priority(ws: Workspace, priority_id: int) -> dict[str, Any]:
    """The priority `priority_id` (NotFoundError if it was deleted meanwhile)."""
    return records.get(ws.db, PRIORITY, priority_id)


@_on_working_plan
@operation(describes_create(PRIORITY))
def create_priority(ws: Workspace, values: dict[str, Any]) -> int:
    plan = working_plan(ws)
    with write_transaction(ws.db):
        ordinal = ws.db.execute(
            "SELECT coalesce(max(ordinal), 0) + 1 FROM plan_priority WHERE plan_id = ?", [plan["id"]]
        ).fetchone()[0]
        return records.create(ws.db, ws.actor, PRIORITY, values, {"plan_id": plan["id"], "ordinal": ordinal})


@operation(describes("update", PRIORITY))
def update_priority(ws: Workspace, priority_id: int, values: dict[str, Any]) -> dict[str, Any]:
    require_working(ws, records.get(ws.db, PRIORITY, priority_id)["plan_id"])
    return records.update(ws.db, ws.actor, PRIORITY, priority_id, values)


@operation(describes("delete", PRIORITY))
def delete_priority(ws: Workspace, priority_id: int) -> None:
    """Delete a priority; its actions stay in the plan, without a priority."""
    require_working(ws, records.get(ws.db, PRIORITY, priority_id)["plan_id"])
    records.delete(ws.db, ws.actor, PRIORITY, priority_id)


# -- actions ---------------------------------------------------------------------------------
def _check_action(ws: Workspace, data: dict[str, Any], plan_id: int) -> None:
    if data.get("start_date") and data.get("due_date") and data["due_date"] < data["start_date"]:
        raise ValidationError("due_date", "invalid_period", "The action is due before it starts.")
    if (
        data.get("priority_id") is not None
        and ws.db.execute(
            "SELECT 1 FROM plan_priority WHERE id = ? AND plan_id = ?", [data["priority_id"], plan_id]
        ).fetchone()
        is None
    ):
        raise ValidationError("priority_id", "invalid_choice", "The chosen priority is not in this plan.")
    if (
        data.get("lead_agency_id") is not None
        and ws.db.execute("SELECT 1 FROM agency WHERE id = ?", [data["lead_agency_id"]]).fetchone() is None
    ):
        raise ValidationError("lead_agency_id", "invalid_choice", "The chosen agency no longer exists.")


SUPPORTING = records.LinkSet("supporting", "plan_action_agency", "action_id", "agency_id", "SELECT id FROM agency")
ACTION_FIELDS = records.LinkSet("fields", "plan_action_field", "action_id", "field_key", "SELECT key FROM matrix_field")


@_on_working_plan
@operation(describes_create(ACTION))
def create_action(
    ws: Workspace,
    values: dict[str, Any],
    supporting: Iterable[int] = (),
    fields: Iterable[str] = (),
    proposal: bool = False,
) -> int:
    """Add an action to the working plan, with its supporting agencies and the matrix fields it closes."""
    plan = working_plan(ws)
    data = records.clean(ACTION, values)
    _check_action(ws, data, plan["id"])
    with write_transaction(ws.db):
        ordinal = ws.db.execute(
            "SELECT coalesce(max(ordinal), 0) + 1 FROM plan_action WHERE plan_id = ?", [plan["id"]]
        ).fetchone()[0]
        return records.create_with_links(
            ws.db,
            ws.actor,
            ACTION,
            values,
            {SUPPORTING: supporting, ACTION_FIELDS: fields},
            {"plan_id": plan["id"], "ordinal": ordinal, "is_proposal": int(proposal)},
        )


def get_action(ws: Workspace, action_id: int) -> dict[str, Any]:
    """One action with `supporting` (agency ids) and `fields` (matrix field keys)."""
    return {
        **records.get(ws.db, ACTION, action_id),
        **records.read_links(ws.db, action_id, (SUPPORTING, ACTION_FIELDS)),
    }


@operation(describes("update", ACTION))
def update_action(
    ws: Workspace,
    action_id: int,
    values: dict[str, Any],
    supporting: list[int] | None = None,
    fields: list[str] | None = None,
) -> dict[str, Any]:
    """Change an action of the working plan (and, if given, its supporting agencies and fields)."""
    before = get_action(ws, action_id)
    require_working(ws, before["plan_id"])
    data = records.clean(ACTION, values, partial=True)
    _check_action(ws, {**before, **data}, before["plan_id"])
    return records.update_with_links(
        ws.db, ws.actor, ACTION, action_id, values, {SUPPORTING: supporting, ACTION_FIELDS: fields}
    )


@operation(describes("accept", ACTION))
def accept_proposal(ws: Workspace, action_id: int) -> None:
    """Keep an action proposed from matrix gaps as a real action of the plan."""
    require_working(ws, get_action(ws, action_id)["plan_id"])
    with write_transaction(ws.db):
        ws.db.execute("UPDATE plan_action SET is_proposal = 0, updated_at = ? WHERE id = ?", [utc_now(), action_id])
        record(ws.db, ws.actor, "update", "plan_action", action_id, "Proposal accepted", {"is_proposal": [1, 0]})


@operation(describes("delete", ACTION))
def delete_action(ws: Workspace, action_id: int) -> None:
    require_working(ws, get_action(ws, action_id)["plan_id"])
    records.delete(ws.db, ws.actor, ACTION, action_id)


def list_actions(ws: Workspace, plan_id: int | None = None, today: str | None = None) -> list[dict[str, Any]]:
    """The actions of a version (the working one by default), in plan order, with lead agency and
    priority names, the number of linked fields, and `overdue` (open and past its due date)."""
    plan_id = plan_id or working_plan(ws)["id"]
    today = today or clock.today_iso()
    cursor = ws.db.execute(
        "SELECT a.*, coalesce(g.name, '') AS lead_agency, coalesce(g.acronym, '') AS lead_acronym, "
        "coalesce(p.title, '') AS priority, coalesce(p.ordinal, 1e9) AS priority_ordinal, "
        "(SELECT count(*) FROM plan_action_field f WHERE f.action_id = a.id) AS field_count "
        "FROM plan_action a LEFT JOIN agency g ON g.id = a.lead_agency_id "
        "LEFT JOIN plan_priority p ON p.id = a.priority_id WHERE a.plan_id = ? "
        "ORDER BY priority_ordinal, a.ordinal, a.id",
        [plan_id],
    )
    cols = [c[0] for c in cursor.description]
    actions = []
    for row in cursor.fetchall():
        action = dict(zip(cols, row, strict=True))
        action["overdue"] = bool(
            action["status"] in OPEN_STATUSES and action["due_date"] and action["due_date"] < today
        )
        actions.append(action)
    return actions


def upcoming_and_overdue(ws: Workspace, today: str | None = None, days: int = 60) -> list[dict[str, Any]]:
    """Open actions of the working plan that are overdue or due within `days`, soonest first."""
    today = today or clock.today_iso()
    horizon = (date.fromisoformat(today) + timedelta(days=days)).isoformat()
    due = [
        a
        for a in list_actions(ws, today=today)
        if a["status"] in OPEN_STATUSES and a["due_date"] and a["due_date"] <= horizon and not a["is_proposal"]
    ]
    return sorted(due, key=lambda a: a["due_date"])


def actions_for_field(ws: Workspace, field_key: str) -> list[dict[str, Any]]:
    """The working plan's actions that close a matrix field (shown beside the field in the matrix)."""
    plan_id = working_plan(ws)["id"]
    cursor = ws.db.execute(
        "SELECT a.id, a.title, a.status, a.due_date, a.progress FROM plan_action a "
        "JOIN plan_action_field f ON f.action_id = a.id WHERE f.field_key = ? AND a.plan_id = ? ORDER BY a.ordinal",
        [field_key, plan_id],
    )
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


@_on_working_plan
@operation(lambda ws, field_keys: Description("propose", "plan_action"))
def propose_actions_for_gaps(ws: Workspace, field_keys: list[str]) -> list[int]:
    """Draft actions for chosen blank or '?' fields, one per matrix section; return their ids.

    Proposals are ordinary actions marked as proposals: the user edits them, accepts them, or
    deletes them. Fields already answered X or NA are not gaps and are refused.
    """
    if not field_keys:
        return []
    marks = ", ".join("?" for _ in field_keys)
    rows = ws.db.execute(
        f"SELECT f.key, r.section_key, f.weapon, coalesce(a.value, '') FROM matrix_field f "
        f"JOIN matrix_row r ON r.key = f.row_key LEFT JOIN matrix_answer a ON a.field_key = f.key "
        f"WHERE f.key IN ({marks})",
        list(field_keys),
    ).fetchall()
    found = {key for key, *_ in rows}
    missing = [key for key in field_keys if key not in found]
    if missing:
        raise ValidationError("fields", "invalid_choice", f"The matrix has no field {missing[0]!r}.")
    answered = [key for key, _s, _w, value in rows if value in ("X", "NA")]
    if answered:
        raise ValidationError(
            "fields", "not_a_gap", f"{answered[0]} is already answered; only blank or '?' fields are gaps."
        )
    by_section: dict[str, list[tuple[str, str | None]]] = {}
    for key, section, weapon, _value in rows:
        by_section.setdefault(section, []).append((key, weapon))
    created = []
    with write_transaction(ws.db):
        for section in sorted(by_section):
            fields = by_section[section]
            weapons = sorted({w for _k, w in fields if w}, key=WEAPON_SCOPES.index)
            created.append(
                create_action(
                    ws,
                    {
                        "title": f"Close {len(fields)} gap(s) in section {section} of the matrix",
                        "description": "Proposed from the matrix for: " + ", ".join(k for k, _w in fields),
                        "operative_paragraphs": SECTION_PARAGRAPHS.get(section, ""),
                        "weapon_scope": ",".join(weapons),
                    },
                    fields=[k for k, _w in fields],
                    proposal=True,
                ).id
            )
    return created
