"""The State profile: which State this database is for, its focal point and reporting dates."""

from __future__ import annotations

from typing import Any

from app import records
from app.audit import diff, record, utc_now
from app.changes import Description
from app.errors import ValidationError
from app.records import Column, RecordKind, describes
from app.states import TRAINING_STATE_CODE, member_state_codes
from app.steps import operation
from app.workspace import Workspace
from db import write_transaction

STATE_PROFILE = RecordKind(
    table="state_profile",
    title_column="state_code",
    columns=(
        Column("state_code", required=True, max_length=3),
        Column("focal_point_name", max_length=300),
        Column("focal_point_title", max_length=300),
        Column("first_report_date", "date"),
        Column("committee_approval_date", "date"),
        Column("coordination_mechanism"),
        Column("notes"),
    ),
)

ADDITIONAL_REPORT = RecordKind(
    table="additional_report",
    title_column="submitted_on",
    order_by="submitted_on",
    columns=(
        Column("submitted_on", "date"),
        Column("reference", max_length=300),
        Column("notes"),
    ),
)


def get_profile(ws: Workspace) -> dict[str, Any] | None:
    """The profile, or None before the first start has asked for the State."""
    cursor = ws.db.execute("SELECT * FROM state_profile WHERE id = 1")
    row = cursor.fetchone()
    return dict(zip([c[0] for c in cursor.description], row, strict=True)) if row else None


def is_set_up(ws: Workspace) -> bool:
    return get_profile(ws) is not None


def _describe_profile(ws: Workspace, *args: Any, **kwargs: Any) -> Description:
    return Description("save" if is_set_up(ws) else "create", "state_profile")


@operation(_describe_profile)
def save_profile(ws: Workspace, values: dict[str, Any], *, training: bool = False) -> dict[str, Any]:
    """Create the profile on first start, or update it; return what changed."""
    existing = get_profile(ws)
    data = records.clean(STATE_PROFILE, values, partial=existing is not None)
    code = data.get("state_code")
    if code is not None:
        code = code.upper()
        data["state_code"] = code
        allowed = code in member_state_codes() or (
            code == TRAINING_STATE_CODE and (training or (existing or {}).get("is_training"))
        )
        if not allowed:
            raise ValidationError("state_code", "invalid_choice", f"'{code}' is not a UN Member State.")
        if existing is not None and code != TRAINING_STATE_CODE:
            # A training file turned into a real State's file: `demo` must never reset it again.
            data["is_training"] = 0
    now = utc_now()
    with write_transaction(ws.db):
        if existing is None:
            data.update(id=1, is_training=int(training), created_at=now, updated_at=now)
            cols = list(data)
            ws.db.execute(
                f"INSERT INTO state_profile ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                [data[c] for c in cols],
            )
            changes = diff(None, data)
            record(ws.db, ws.actor, "create", "state_profile", 1, data["state_code"], changes)
            return changes
        changes = diff({k: existing[k] for k in data}, data)
        if not changes:
            return {}
        data["updated_at"] = now
        ws.db.execute(
            f"UPDATE state_profile SET {', '.join(f'{c} = ?' for c in data)} WHERE id = 1",
            list(data.values()),
        )
        record(ws.db, ws.actor, "update", "state_profile", 1, existing["state_code"], changes)
    return changes


def list_additional_reports(ws: Workspace) -> list[dict[str, Any]]:
    return records.list_all(ws.db, ADDITIONAL_REPORT)


@operation(lambda ws, values: Description("create", "additional_report", str(values.get("submitted_on") or "")))
def add_additional_report(ws: Workspace, values: dict[str, Any]) -> int:
    if not values.get("submitted_on"):
        raise ValidationError("submitted_on", "required", "submitted_on is required.")
    return records.create(ws.db, ws.actor, ADDITIONAL_REPORT, values)


@operation(describes("delete", ADDITIONAL_REPORT))
def delete_additional_report(ws: Workspace, report_id: int) -> None:
    records.delete(ws.db, ws.actor, ADDITIONAL_REPORT, report_id)


def parse_report_dates(text: str) -> list[str]:
    """Dates typed as a list ("2009-06-02, 2013-10-21"): normalised, sorted, without repeats."""
    parts = [p.strip() for p in text.replace(";", ",").replace("\n", ",").split(",")]
    dates = {records.parse_date(p, "additional_reports") for p in parts if p}
    return sorted(d for d in dates if d)


@operation(_describe_profile)
def save_profile_and_report_dates(ws: Workspace, values: dict[str, Any], report_dates: list[str]) -> dict[str, Any]:
    """Save the profile and the dates of additional reports together: all of it, or nothing.

    Dates already recorded keep their reference and notes; new dates are added; dates no longer
    listed are removed.
    """
    changes: dict[str, Any] = {}
    with write_transaction(ws.db):
        changes.update(save_profile(ws, values).value or {})
        existing = {r["submitted_on"]: r["id"] for r in list_additional_reports(ws)}
        for day in report_dates:
            if day not in existing:
                add_additional_report(ws, {"submitted_on": day})
        for day, report_id in existing.items():
            if day not in report_dates:
                delete_additional_report(ws, report_id)
        if sorted(existing) != sorted(report_dates):
            changes["additional_reports"] = [sorted(existing), sorted(report_dates)]
    return changes
