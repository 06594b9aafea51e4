"""The national laws register: constitutions, laws, decrees, regulations and orders."""

from __future__ import annotations

from app import records
from app.records import Column, RecordKind
from app.workspace import Workspace

INSTRUMENT_TYPES = ("constitution", "law", "decree", "regulation", "order", "other")
INSTRUMENT_STATUSES = ("in_force", "amended", "repealed", "draft")

LEGAL_INSTRUMENT = RecordKind(
    table="legal_instrument",
    title_column="title_original",
    order_by="title_original COLLATE NOCASE",
    columns=(
        Column("title_original", required=True, max_length=1000),
        Column("title_en", max_length=1000),
        Column("instrument_type", "choice", choices=INSTRUMENT_TYPES),
        Column("number", max_length=200),
        Column("date_adopted", "date"),
        Column("date_in_force", "date"),
        Column("gazette_reference", max_length=500),
        Column("link", max_length=2000),
        Column("status", "choice", choices=INSTRUMENT_STATUSES),
        Column("notes"),
    ),
    defaults={"instrument_type": "law", "status": "in_force"},
)


def list_legal_instruments(ws: Workspace) -> list[dict]:
    return records.list_all(ws.db, LEGAL_INSTRUMENT)


def create_legal_instrument(ws: Workspace, values: dict) -> int:
    return records.create(ws.db, ws.actor, LEGAL_INSTRUMENT, values)


def update_legal_instrument(ws: Workspace, instrument_id: int, values: dict) -> dict:
    return records.update(ws.db, ws.actor, LEGAL_INSTRUMENT, instrument_id, values)
