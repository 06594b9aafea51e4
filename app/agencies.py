"""National agencies: the ministries and bodies that implement resolution 1540."""

from __future__ import annotations

from typing import Any

from app import records
from app.records import Column, RecordKind, describes, describes_create
from app.steps import operation
from app.workspace import Workspace

AGENCY_KINDS = (
    "ministry",
    "regulator",
    "customs",
    "law_enforcement",
    "intelligence",
    "health",
    "defence",
    "justice",
    "research",
    "other",
)

AGENCY = RecordKind(
    table="agency",
    title_column="name",
    order_by="name COLLATE NOCASE",
    columns=(
        Column("name", required=True, max_length=300),
        Column("acronym", max_length=40),
        Column("kind", "choice", choices=AGENCY_KINDS),
        Column("parent", max_length=300),
        Column("responsibilities"),
        Column("address", max_length=1000),
        Column("phone", max_length=100),
        Column("email", "email", max_length=254),
        Column("website", max_length=1000),
        Column("notes"),
    ),
    defaults={"kind": "other"},
    unique_title=True,
)


def list_agencies(ws: Workspace) -> list[dict[str, Any]]:
    """Every agency, by name."""
    return records.list_all(ws.db, AGENCY)


def get_agency(ws: Workspace, agency_id: int) -> dict[str, Any]:
    return records.get(ws.db, AGENCY, agency_id)


@operation(describes_create(AGENCY))
def create_agency(ws: Workspace, values: dict[str, Any]) -> int:
    """Add an agency; its name must be unique (case-insensitive)."""
    return records.create(ws.db, ws.actor, AGENCY, values)


@operation(describes("update", AGENCY))
def update_agency(ws: Workspace, agency_id: int, values: dict[str, Any]) -> dict[str, Any]:
    return records.update(ws.db, ws.actor, AGENCY, agency_id, values)


def agency_usage(ws: Workspace, agency_id: int) -> dict[str, Any]:
    """How many points of contact and matrix fields refer to the agency (shown before deleting)."""
    contacts = ws.db.execute("SELECT count(*) FROM point_of_contact WHERE agency_id = ?", [agency_id]).fetchone()[0]
    fields = ws.db.execute(
        "SELECT count(*) FROM matrix_answer WHERE responsible_agency_id = ?", [agency_id]
    ).fetchone()[0]
    return {"contacts": contacts, "matrix_fields": fields}


@operation(describes("delete", AGENCY))
def delete_agency(ws: Workspace, agency_id: int) -> None:
    """Delete an agency; its contacts and matrix fields keep their data but lose the link."""
    records.delete(ws.db, ws.actor, AGENCY, agency_id)
