"""Points of contact: the people the 1540 Committee and partners write to."""

from __future__ import annotations

from typing import Any

from app import LANGUAGES, records
from app.errors import ValidationError
from app.records import Column, RecordKind, describes, describes_create
from app.steps import operation
from app.workspace import Workspace

CONTACT_TYPES = ("capital", "mission", "assistance", "other")

POINT_OF_CONTACT = RecordKind(
    table="point_of_contact",
    title_column="name",
    order_by="contact_type, name COLLATE NOCASE",
    columns=(
        Column("contact_type", "choice", choices=CONTACT_TYPES),
        Column("name", required=True, max_length=300),
        Column("title", max_length=300),
        Column("agency_id", "ref"),
        Column("organisation", max_length=300),
        Column("address", max_length=1000),
        Column("phone", max_length=100),
        Column("email", "email", max_length=254),
        Column("languages", max_length=100),
        Column("date_notified", "date"),
        Column("date_last_confirmed", "date"),
        Column("training_attended"),
        Column("notes"),
    ),
    defaults={"contact_type": "capital"},
)


def _normalise_languages(values: dict[str, Any]) -> dict[str, Any]:
    if "languages" not in values or values["languages"] is None:
        return values
    raw = values["languages"]
    codes = raw if isinstance(raw, (list, tuple)) else str(raw).replace(";", ",").split(",")
    codes = [c.strip().lower() for c in codes if c.strip()]
    bad = [c for c in codes if c not in LANGUAGES]
    if bad:
        raise ValidationError(
            "languages", "invalid_choice", f"languages: '{bad[0]}' is not one of {', '.join(LANGUAGES)}."
        )
    return {**values, "languages": ",".join(dict.fromkeys(codes))}


def _check_agency(ws: Workspace, values: dict[str, Any]) -> None:
    agency_id = values.get("agency_id")
    if (
        agency_id not in (None, "")
        and ws.db.execute("SELECT 1 FROM agency WHERE id = ?", [agency_id]).fetchone() is None
    ):
        raise ValidationError("agency_id", "invalid_choice", "The chosen agency no longer exists.")


def list_contacts(ws: Workspace, agency_id: int | None = None) -> list[dict[str, Any]]:
    """Every point of contact (or those of one agency), with the agency's name as `agency_name`."""
    sql = (
        "SELECT c.*, coalesce(a.name, '') AS agency_name FROM point_of_contact c "
        "LEFT JOIN agency a ON a.id = c.agency_id"
    )
    params: list[Any] = []
    if agency_id is not None:
        sql += " WHERE c.agency_id = ?"
        params.append(agency_id)
    sql += " ORDER BY c.contact_type, c.name COLLATE NOCASE"
    cursor = ws.db.execute(sql, params)
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def get_contact(ws: Workspace, contact_id: int) -> dict[str, Any]:
    return records.get(ws.db, POINT_OF_CONTACT, contact_id)


@operation(describes_create(POINT_OF_CONTACT))
def create_contact(ws: Workspace, values: dict[str, Any]) -> int:
    values = _normalise_languages(values)
    _check_agency(ws, values)
    return records.create(ws.db, ws.actor, POINT_OF_CONTACT, values)


@operation(describes("update", POINT_OF_CONTACT))
def update_contact(ws: Workspace, contact_id: int, values: dict[str, Any]) -> dict[str, Any]:
    values = _normalise_languages(values)
    _check_agency(ws, values)
    return records.update(ws.db, ws.actor, POINT_OF_CONTACT, contact_id, values)


@operation(describes("delete", POINT_OF_CONTACT))
def delete_contact(ws: Workspace, contact_id: int) -> None:
    records.delete(ws.db, ws.actor, POINT_OF_CONTACT, contact_id)
