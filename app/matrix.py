"""The State's working copy of the matrix: answers to fields, legal citations, coverage."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app import action_plan, agencies, drafts, legal_instruments, records
from app.audit import diff, record, utc_now
from app.changes import Description
from app.errors import NotFoundError, ValidationError
from app.matrix_template import VALUES, bundled_template, label_column, label_in
from app.records import Column, RecordKind
from app.steps import operation
from app.workspace import Workspace
from db import write_transaction

MATRIX_ANSWER = RecordKind(
    table="matrix_answer",
    title_column="field_key",
    columns=(
        Column("value", "choice", choices=VALUES),
        Column("source", max_length=2000),
        Column("remarks"),
        Column("responsible_agency_id", "ref"),
        Column("reviewed_on", "date"),
        Column("signature_date", "date"),
        Column("ratification_date", "date"),
        Column("entry_into_force_date", "date"),
        Column("adherence_details"),
    ),
    defaults={"value": ""},
)

_EMPTY_ANSWER = {c.name: ("" if c.kind in ("text", "choice") else None) for c in MATRIX_ANSWER.columns}


def field_code(ws: Workspace, field_key: str) -> str:
    """The field's place as the matrix shows it in every language: section and row number, and the weapon's
    code when the row has one per weapon ("A.1", "B.3 NW"); "" for a field the matrix does not hold."""
    row = ws.db.execute(
        "SELECT r.section_key, r.number, f.weapon FROM matrix_field f JOIN matrix_row r "
        "ON r.key = f.row_key WHERE f.key = ?",
        [field_key],
    ).fetchone()
    if row is None:
        return ""
    return f"{row[0]}.{row[1]}" + (f" {row[2]}" if row[2] else "")


def _describe_field(action: str) -> Callable[..., Description]:
    def describe(ws: Workspace, field_key: str, *args: Any, **kwargs: Any) -> Description:
        return Description(
            action,
            "matrix_answer" if action == "set_answer" else "matrix_citation",
            field_code(ws, field_key),
            ref=("matrix_field", field_key),
        )

    return describe


def _describe_removal(ws: Workspace, citation_id: int) -> Description:
    row = ws.db.execute("SELECT field_key FROM matrix_citation WHERE id = ?", [citation_id]).fetchone()
    key = str(row[0]) if row else ""
    return Description(
        "remove_citation", "matrix_citation", field_code(ws, key), ref=("matrix_field", key) if key else None
    )


def _require_field(ws: Workspace, field_key: str) -> None:
    if ws.db.execute("SELECT 1 FROM matrix_field WHERE key = ?", [field_key]).fetchone() is None:
        raise NotFoundError(f"The matrix has no field {field_key!r}.")


def get_answer(ws: Workspace, field_key: str) -> dict[str, Any]:
    """The answer to a field (all blank when never answered), with its citations."""
    _require_field(ws, field_key)
    cursor = ws.db.execute("SELECT * FROM matrix_answer WHERE field_key = ?", [field_key])
    row = cursor.fetchone()
    answer = (
        dict(zip([c[0] for c in cursor.description], row, strict=True))
        if row
        else {"field_key": field_key, **_EMPTY_ANSWER}
    )
    answer["citations"] = citations(ws, field_key)
    return answer


@operation(_describe_field("set_answer"))
def set_answer(ws: Workspace, field_key: str, values: dict[str, Any], summary: str = "") -> dict[str, Any]:
    """Change some parts of a field's answer; return what changed. One transaction, audited.

    `summary` says in the audit log where the change came from (an imported workbook, ...).
    """
    _require_field(ws, field_key)
    data = records.clean(MATRIX_ANSWER, values, partial=True)
    agency_id = data.get("responsible_agency_id")
    with write_transaction(ws.db):
        if agency_id is not None and ws.db.execute("SELECT 1 FROM agency WHERE id = ?", [agency_id]).fetchone() is None:
            raise ValidationError("responsible_agency_id", "invalid_choice", "The chosen agency no longer exists.")
        before = get_answer(ws, field_key)
        changes = diff({k: before[k] for k in data}, data)
        if not changes:
            return {}
        merged = {**{k: before[k] for k in _EMPTY_ANSWER}, **data, "updated_at": utc_now()}
        cols = ["field_key", *merged]
        ws.db.execute(
            f"INSERT INTO matrix_answer ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)}) "
            f"ON CONFLICT(field_key) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in merged)}",
            [field_key, *merged.values()],
        )
        record(ws.db, ws.actor, "update", "matrix_answer", field_key, summary or field_key, changes)
    return changes


def citations(ws: Workspace, field_key: str) -> list[dict[str, Any]]:
    """The laws a field cites, in order: id, legal_instrument_id, article, title."""
    cursor = ws.db.execute(
        "SELECT c.id, c.legal_instrument_id, c.article, l.title_original, l.title_en, l.status "
        "FROM matrix_citation c JOIN legal_instrument l ON l.id = c.legal_instrument_id "
        "WHERE c.field_key = ? ORDER BY c.ordinal, c.id",
        [field_key],
    )
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row, strict=True)) for row in cursor.fetchall()]


@operation(_describe_field("add_citation"))
def add_citation(
    ws: Workspace, field_key: str, legal_instrument_id: int, article: str = "", ordinal: int | None = None
) -> int:
    """Cite a law of the register (with an article) as evidence for a field; return the citation's id.

    It comes after the field's other citations, or at `ordinal` (what `remove_citation` returned,
    to put a removed citation back in its place). The id is new: SQLite may or may not give a
    re-created citation its old id back, so callers never rely on it (see ui/undo.py)."""
    _require_field(ws, field_key)
    article = (article or "").strip()
    if len(article) > 500:
        raise ValidationError("article", "too_long", "article is longer than 500 characters.")
    with write_transaction(ws.db):
        law = ws.db.execute(
            "SELECT title_original FROM legal_instrument WHERE id = ?", [legal_instrument_id]
        ).fetchone()
        if law is None:
            raise ValidationError("legal_instrument_id", "invalid_choice", "The chosen law is not in the register.")
        if ordinal is None:
            ordinal = ws.db.execute(
                "SELECT coalesce(max(ordinal), 0) + 1 FROM matrix_citation WHERE field_key = ?", [field_key]
            ).fetchone()[0]
        cursor = ws.db.execute(
            "INSERT INTO matrix_citation (field_key, legal_instrument_id, article, ordinal) VALUES (?, ?, ?, ?)",
            [field_key, legal_instrument_id, article, ordinal],
        )
        record(
            ws.db,
            ws.actor,
            "create",
            "matrix_citation",
            field_key,
            f"{law[0]} {article}".strip(),
            {"legal_instrument_id": [None, legal_instrument_id], "article": [None, article]},
        )
    new_id = cursor.lastrowid
    assert new_id is not None  # an INSERT sets it
    return new_id


@dataclass(frozen=True)
class Coverage:
    """Counts of X, ?, NA and blank over a set of fields."""

    total: int
    x: int
    unsure: int
    na: int

    @property
    def blank(self) -> int:
        return self.total - self.x - self.unsure - self.na

    @property
    def answered(self) -> int:
        return self.total - self.blank

    def percent(self, count: int) -> float:
        return 100.0 * count / self.total if self.total else 0.0


def coverage_by_section(ws: Workspace) -> dict[str, Coverage]:
    """Coverage per matrix section (A, B, C, D), plus '*' for the whole matrix."""
    rows = ws.db.execute(
        "SELECT r.section_key, count(*), "
        "sum(coalesce(a.value, '') = 'X'), sum(coalesce(a.value, '') = '?'), sum(coalesce(a.value, '') = 'NA') "
        "FROM matrix_field f JOIN matrix_row r ON r.key = f.row_key "
        "LEFT JOIN matrix_answer a ON a.field_key = f.key "
        "GROUP BY r.section_key ORDER BY r.section_key"
    ).fetchall()
    result = {key: Coverage(total, x, unsure, na) for key, total, x, unsure, na in rows}
    result["*"] = Coverage(*(sum(getattr(c, name) for c in result.values()) for name in ("total", "x", "unsure", "na")))
    return result


def coverage_by_weapon(ws: Workspace) -> dict[str, Coverage]:
    """Coverage of the nuclear (NW), chemical (CW) and biological (BW) columns of sections B-D."""
    rows = ws.db.execute(
        "SELECT f.weapon, count(*), sum(coalesce(a.value, '') = 'X'), sum(coalesce(a.value, '') = '?'), "
        "sum(coalesce(a.value, '') = 'NA') FROM matrix_field f LEFT JOIN matrix_answer a ON a.field_key = f.key "
        "WHERE f.weapon IS NOT NULL GROUP BY f.weapon"
    ).fetchall()
    found = {weapon: Coverage(total, x, unsure, na) for weapon, total, x, unsure, na in rows}
    return {weapon: found[weapon] for weapon in ("NW", "CW", "BW") if weapon in found}


def fields_changed_since(ws: Workspace, day: str) -> int:
    """How many answers were changed after `day` (an ISO date)."""
    count: int = ws.db.execute(
        "SELECT count(*) FROM matrix_answer WHERE substr(updated_at, 1, 10) > ?", [day]
    ).fetchone()[0]
    return count


def fields_without_reference(ws: Workspace) -> int:
    """Fields answered X or ? in sections B-D that cite no law of the register."""
    count: int = ws.db.execute(
        "SELECT count(*) FROM matrix_answer a JOIN matrix_field f ON f.key = a.field_key "
        "WHERE a.value IN ('X', '?') AND f.aspect != 'adherence' "
        "AND NOT EXISTS (SELECT 1 FROM matrix_citation c WHERE c.field_key = a.field_key)"
    ).fetchone()[0]
    return count


def sections(ws: Workspace, lang: str = "en") -> list[dict[str, Any]]:
    """The matrix sections in order: key, layout (adherence or weapon_aspect), label in `lang`."""
    label = label_column(lang)
    rows = ws.db.execute(
        f"SELECT key, layout, coalesce(nullif({label}, ''), label_en) FROM matrix_section ORDER BY ordinal"
    ).fetchall()
    return [{"key": key, "layout": layout, "label": text} for key, layout, text in rows]


def section_grid(ws: Workspace, section_key: str, lang: str = "en") -> list[dict[str, Any]]:
    """One section as the Committee lays it out: its rows, each with its fields and their answers.

    Each row: key, number, label (in `lang`), confirmed, and `fields`: {(weapon, aspect): field}
    where a field holds key, value, remarks, adherence_details, cited (number of laws cited) and
    cites_repealed (whether one of those laws is repealed: the field needs review, see
    `legal_instruments.fields_citing_repealed_laws`).
    """
    label = label_column(lang)
    stale = set(legal_instruments.fields_citing_repealed_laws(ws))
    cursor = ws.db.execute(
        f"SELECT r.key, r.number, coalesce(nullif(r.{label}, ''), r.label_en), r.confirmed, "
        "f.key, f.weapon, f.aspect, coalesce(a.value, ''), coalesce(a.remarks, ''), "
        "coalesce(a.adherence_details, ''), "
        "(SELECT count(*) FROM matrix_citation c WHERE c.field_key = f.key) "
        "FROM matrix_row r JOIN matrix_field f ON f.row_key = r.key "
        "LEFT JOIN matrix_answer a ON a.field_key = f.key "
        "WHERE r.section_key = ? ORDER BY r.ordinal, f.ordinal",
        [section_key],
    )
    rows: dict[str, dict[str, Any]] = {}
    for row_key, number, text, confirmed, key, weapon, aspect, value, remarks, details, cited in cursor.fetchall():
        row = rows.setdefault(
            row_key, {"key": row_key, "number": number, "label": text, "confirmed": bool(confirmed), "fields": {}}
        )
        row["fields"][(weapon, aspect)] = {
            "key": key,
            "value": value,
            "remarks": remarks,
            "adherence_details": details,
            "cited": cited,
            "cites_repealed": key in stale,
        }
    return list(rows.values())


def field_description(ws: Workspace, field_key: str, lang: str = "en") -> dict[str, Any]:
    """Where a field sits, in words: section, row number and label, weapon and column labels."""
    label = label_column(lang)
    row = ws.db.execute(
        f"SELECT r.section_key, r.number, coalesce(nullif(r.{label}, ''), r.label_en), f.weapon, f.aspect "
        "FROM matrix_field f JOIN matrix_row r ON r.key = f.row_key WHERE f.key = ?",
        [field_key],
    ).fetchone()
    if row is None:
        raise NotFoundError(f"The matrix has no field {field_key!r}.")
    section, number, text, weapon, aspect = row
    template = bundled_template()
    return {
        "key": field_key,
        "section": section,
        "number": number,
        "row_label": text,
        "weapon": weapon,
        "aspect": aspect,
        "weapon_label": label_in(template.weapon_labels.get(weapon), lang),
        "aspect_label": label_in(template.aspect_labels.get(aspect), lang),
    }


@operation(_describe_removal)
def remove_citation(ws: Workspace, citation_id: int) -> dict[str, Any]:
    """Stop citing a law for a field; return what was removed (field_key, legal_instrument_id, article,
    ordinal: `add_citation(ws, **removed)` puts it back in its place)."""
    with write_transaction(ws.db):
        row = ws.db.execute(
            "SELECT field_key, legal_instrument_id, article, ordinal FROM matrix_citation WHERE id = ?", [citation_id]
        ).fetchone()
        if row is None:
            raise NotFoundError("That legal reference no longer exists.")
        removed = {"field_key": row[0], "legal_instrument_id": row[1], "article": row[2], "ordinal": row[3]}
        ws.db.execute("DELETE FROM matrix_citation WHERE id = ?", [citation_id])
        record(
            ws.db,
            ws.actor,
            "delete",
            "matrix_citation",
            row[0],
            row[2],
            {"legal_instrument_id": [row[1], None], "article": [row[2], None]},
        )
    return removed


def detail_draft_key(field_key: str) -> str:
    """The key under which the matrix detail pane keeps what is typed for `field_key` (app.drafts)."""
    return f"matrix:{field_key}"


@dataclass(frozen=True)
class FieldDetail:
    """Everything the matrix detail pane shows for one field, read in one call."""

    where: dict[str, Any]  # field_description: section, number, row label, weapon and aspect (labels too)
    answer: dict[str, Any]  # get_answer: the answer's parts and its citations
    agencies: list[dict[str, Any]]  # every agency (id, name, ...), by name: who may be responsible
    actions: list[dict[str, Any]]  # the working plan's actions that close the field
    laws: list[dict[str, Any]]  # every law of the register (id, title_original), by title: what may be cited
    draft: tuple[dict[str, Any], str] | None  # text typed for the field and not applied, and when (UTC), if any


def field_detail(ws: Workspace, field_key: str, lang: str = "en") -> FieldDetail:
    """What the detail pane shows when the cursor moves to `field_key` (NotFoundError for an unknown field)."""
    laws = records.rows(ws.db, "SELECT id, title_original FROM legal_instrument ORDER BY title_original COLLATE NOCASE")
    return FieldDetail(
        field_description(ws, field_key, lang),
        get_answer(ws, field_key),
        agencies.list_agencies(ws),
        action_plan.actions_for_field(ws, field_key),
        laws,
        drafts.load_draft(ws, detail_draft_key(field_key)),
    )
