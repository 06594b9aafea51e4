"""The national laws register: constitutions, laws, decrees, regulations and orders."""

from __future__ import annotations

from typing import Any

from app import records
from app.errors import ValidationError
from app.matrix_template import bundled_template, label_column, label_in
from app.records import Column, RecordKind, describes, describes_create
from app.steps import operation
from app.workspace import Workspace
from db import write_transaction

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


def list_legal_instruments(ws: Workspace) -> list[dict[str, Any]]:
    """Every law of the register, by title, with `cited_by`: how many matrix fields cite it."""
    cursor = ws.db.execute(
        "SELECT l.*, (SELECT count(DISTINCT c.field_key) FROM matrix_citation c "
        "WHERE c.legal_instrument_id = l.id) AS cited_by "
        "FROM legal_instrument l ORDER BY l.title_original COLLATE NOCASE"
    )
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


def get_legal_instrument(ws: Workspace, instrument_id: int) -> dict[str, Any]:
    return records.get(ws.db, LEGAL_INSTRUMENT, instrument_id)


def citing_fields(ws: Workspace, instrument_id: int, lang: str = "en") -> list[dict[str, Any]]:
    """The matrix fields that cite a law, in the matrix's order, with their labels in `lang`."""
    label = label_column(lang)
    template = bundled_template()
    cursor = ws.db.execute(
        f"SELECT c.id, c.field_key, c.article, f.weapon, f.aspect, r.section_key, r.number, "
        f"coalesce(nullif(r.{label}, ''), r.label_en) AS row_label, coalesce(a.value, '') AS value "
        "FROM matrix_citation c JOIN matrix_field f ON f.key = c.field_key "
        "JOIN matrix_row r ON r.key = f.row_key JOIN matrix_section s ON s.key = r.section_key "
        "LEFT JOIN matrix_answer a ON a.field_key = c.field_key "
        "WHERE c.legal_instrument_id = ? ORDER BY s.ordinal, r.ordinal, f.ordinal, c.ordinal",
        [instrument_id],
    )
    cols = [c[0] for c in cursor.description]
    out = []
    for row in cursor.fetchall():
        entry = dict(zip(cols, row, strict=True))
        entry["weapon_label"] = label_in(template.weapon_labels.get(entry["weapon"]), lang)
        entry["aspect_label"] = label_in(template.aspect_labels.get(entry["aspect"]), lang)
        out.append(entry)
    return out


def fields_citing_repealed_laws(ws: Workspace) -> list[str]:
    """Keys of the matrix fields that cite a repealed law: they need review."""
    rows = ws.db.execute(
        "SELECT DISTINCT c.field_key FROM matrix_citation c "
        "JOIN legal_instrument l ON l.id = c.legal_instrument_id WHERE l.status = 'repealed' ORDER BY c.field_key"
    ).fetchall()
    return [r[0] for r in rows]


@operation(describes("delete", LEGAL_INSTRUMENT))
def delete_legal_instrument(ws: Workspace, instrument_id: int) -> None:
    """Remove a law from the register; refused while matrix fields cite it (repeal it instead)."""
    with write_transaction(ws.db):
        cited = ws.db.execute(
            "SELECT count(DISTINCT field_key) FROM matrix_citation WHERE legal_instrument_id = ?", [instrument_id]
        ).fetchone()[0]
        if cited:
            raise ValidationError(
                "legal_instrument",
                "in_use",
                f"This law is cited by {cited} matrix field(s); remove those references first, or mark it repealed.",
            )
        records.delete(ws.db, ws.actor, LEGAL_INSTRUMENT, instrument_id)


@operation(describes_create(LEGAL_INSTRUMENT))
def create_legal_instrument(ws: Workspace, values: dict[str, Any]) -> int:
    return records.create(ws.db, ws.actor, LEGAL_INSTRUMENT, values)


@operation(describes("update", LEGAL_INSTRUMENT))
def update_legal_instrument(ws: Workspace, instrument_id: int, values: dict[str, Any]) -> dict[str, Any]:
    return records.update(ws.db, ws.actor, LEGAL_INSTRUMENT, instrument_id, values)
