"""One item's own history, from the audit log: who changed it, when, from where, and what changed.

`item_history(ws, kind, id)` reads the audit log (`app.audit`) for a matrix field (its value, legal
references, remarks, agency, dates), an action of the plan, an assistance request or a law, and returns
its entries newest first, one per step (the rows one step wrote are one entry). Each entry says where the
change came from (`Origin`): the window or the command line, an agency workbook (which agency, sent when,
which file) or the Committee's matrix imported, a package restored, an undo or a redo (of which step).

The entries hold codes and column names, never words of a language: the interface names them in its
language (ui/dialogs/history.py), the command line in English (`describe`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app import audit
from app.changes import Description
from app.errors import NotFoundError, UserError

if TYPE_CHECKING:
    from app.workspace import Workspace

KINDS = ("field", "action", "request", "law")

# The table an item lives in, and the tables of its parts: how the audit log names them.
_MAIN = {"field": "matrix_answer", "action": "plan_action", "request": "assistance_request", "law": "legal_instrument"}
# Parts whose audit entries name the item itself (the operations write entity = the item's table or these,
# entity_id = the item's id or key).
_PARTS = {"field": ("matrix_answer", "matrix_citation"), "action": ("plan_action",)}
# Parts whose rows undo and redo audit under their own key: a JSON array starting with the item's id,
# or the item's id in the row's column (`_OWNER`).
_LINKS = {
    "action": ("plan_action_agency", "plan_action_field"),
    "request": ("assistance_match", "assistance_request_agency", "assistance_request_field"),
}
_OWNER = {"field": ("matrix_citation", "field_key"), "request": ("assistance_event", "request_id")}

_UNDONE = re.compile(r"^(undo|redo) of step (\d+):")
_ENTRY_LIMIT = 2000  # an item changed every day for five years still shows whole


@dataclass(frozen=True)
class Change:
    """One part of an item changed: `field` is the column (or "citation", "status_change", "offers" ...)."""

    part: str  # the kind of row: matrix_answer, matrix_citation, plan_action, assistance_event, ...
    action: str  # create, update, delete
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Origin:
    """Where a change came from.

    `kind`: gui, cli, demo, migration, workbook (an agency's workbook imported: `agency`, `sent_on`,
    `file`), matrix_import (the Committee's matrix imported: `file`), import (another import), restore (a
    package restored: `file`), undo or redo (of `step`, named by `undone` when the step is still kept).
    `door` is how the person acted (gui or cli) for undo, redo and restore.
    """

    kind: str
    file: str = ""
    agency: str = ""
    sent_on: str = ""
    step: int | None = None
    undone: Description | None = None
    door: str = ""


@dataclass(frozen=True)
class Entry:
    """One step's changes to the item: when (ISO 8601, UTC), who (the actor's name), from where, what."""

    at: str
    actor: str
    origin: Origin
    action: str  # create, update, delete, restore: the first row's (a created item says "create")
    changes: tuple[Change, ...] = field(default_factory=tuple)
    step_id: int | None = None


def _rows(ws: Workspace, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return audit.entries(ws.db, sql, params)


def _require(ws: Workspace, kind: str, item_id: Any) -> str:
    """The item's id as the audit log writes it; raises when the kind is unknown or the item never existed."""
    if kind not in KINDS:
        raise UserError(f"Unknown kind of item {kind!r}: use one of {', '.join(KINDS)}.")
    key = str(item_id).strip()
    if kind == "field":
        found = ws.db.execute("SELECT 1 FROM matrix_field WHERE key = ?", [key]).fetchone()
    else:
        if not key.isdigit():
            raise UserError(f"{key!r} is not the number of a record.")
        found = ws.db.execute(f"SELECT 1 FROM {_MAIN[kind]} WHERE id = ?", [int(key)]).fetchone()
        if found is None:  # deleted: its history is still there
            found = ws.db.execute(
                "SELECT 1 FROM audit_log WHERE entity = ? AND entity_id = ? LIMIT 1", [_MAIN[kind], key]
            ).fetchone()
    if found is None:
        raise NotFoundError(f"There is no {kind} {key} in this database.")
    return key


def _owned(kind: str, key: str, row: dict[str, Any]) -> bool:
    """Whether an undo/redo row of a part table belongs to the item."""
    entity = row["entity"]
    if entity in _LINKS.get(kind, ()):
        try:
            parts = json.loads(row["entity_id"])
        except ValueError:
            return False
        return isinstance(parts, list) and bool(parts) and str(parts[0]) == key
    owner = _OWNER.get(kind)
    if owner is not None and entity == owner[0]:
        return any(str(v) == key for v in row["changes"].get(owner[1], [None, None]) if v is not None)
    return False


def _select(ws: Workspace, kind: str, key: str) -> list[dict[str, Any]]:
    parts = _PARTS.get(kind, (_MAIN[kind],))
    marks = ", ".join("?" for _ in parts)
    found = _rows(
        ws,
        f"SELECT * FROM audit_log WHERE entity IN ({marks}) AND entity_id = ? ORDER BY id DESC LIMIT ?",
        [*parts, key, _ENTRY_LIMIT],
    )
    loose = [*_LINKS.get(kind, ()), *([_OWNER[kind][0]] if kind in _OWNER else [])]
    if loose:
        marks = ", ".join("?" for _ in loose)
        candidates = _rows(
            ws,
            f"SELECT * FROM audit_log WHERE entity IN ({marks}) AND step_id IS NULL "
            "AND (summary LIKE 'undo of step %' OR summary LIKE 'redo of step %') ORDER BY id DESC",
            loose,
        )
        seen = {r["id"] for r in found}
        found += [r for r in candidates if r["id"] not in seen and _owned(kind, key, r)]
    if found:  # a restore replaced every record after the item's first change
        oldest = min(r["id"] for r in found)
        found += _rows(
            ws, "SELECT * FROM audit_log WHERE entity = 'database' AND action = 'restore' AND id > ?", [oldest]
        )
    found.sort(key=lambda r: r["id"], reverse=True)
    return found


def _group_key(row: dict[str, Any]) -> tuple[Any, ...]:
    undone = _UNDONE.match(row["summary"] or "")
    if row["step_id"] is not None and not undone:
        return ("step", row["step_id"])
    if undone:
        return (undone.group(1), int(undone.group(2)), row["at"], row["actor"])
    return ("row", row["id"])


def _step_description(ws: Workspace, step_id: int) -> Description | None:
    row = ws.db.execute("SELECT action, kind, subject, ref_kind, ref_key FROM step WHERE id = ?", [step_id]).fetchone()
    if row is None:
        return None
    return Description(row[0], row[1], row[2], (row[3], row[4]) if row[3] is not None else None)


def _origin(ws: Workspace, rows: list[dict[str, Any]]) -> Origin:
    first = rows[0]
    undone = _UNDONE.match(first["summary"] or "")
    if undone:
        step = int(undone.group(2))
        return Origin(undone.group(1), step=step, undone=_step_description(ws, step), door=first["source"])
    if first["entity"] == "database" and first["action"] == "restore":
        name = (first["summary"] or "").removeprefix("Restored from ").split(" (package of ")[0].strip()
        return Origin("restore", file=name, door=first["source"])
    if first["source"] == "import" and first["step_id"] is not None:
        for other in _rows(
            ws,
            "SELECT * FROM audit_log WHERE step_id = ? AND entity IN ('agency_workbook', 'matrix') ORDER BY id",
            [first["step_id"]],
        ):
            file = str((other["changes"].get("file") or [None, ""])[1] or "")
            if other["entity"] == "agency_workbook" and str(other["entity_id"]).isdigit():
                workbook = ws.db.execute(
                    "SELECT agency_name, exported_at, file_name FROM agency_workbook WHERE id = ?",
                    [int(other["entity_id"])],
                ).fetchone()
                if workbook is not None:
                    return Origin("workbook", file=file or workbook[2], agency=workbook[0], sent_on=workbook[1])
            if other["entity"] == "matrix":
                return Origin("matrix_import", file=file)
        return Origin("import")
    return Origin(first["source"] or "gui")


def _name_of(ws: Workspace, table: str, column: str, value: Any) -> Any:
    if value is None or value == "":
        return value
    row = ws.db.execute(f"SELECT {column} FROM {table} WHERE id = ?", [value]).fetchone()
    return row[0] if row is not None else value


def _law(ws: Workspace, law_id: Any, article: Any) -> str:
    title = _name_of(ws, "legal_instrument", "title_original", law_id)
    return f"{title}, {article}" if article else str(title)


_NAMED = {  # columns holding the id of another record, shown by that record's name
    "responsible_agency_id": ("agency", "name"),
    "lead_agency_id": ("agency", "name"),
    "agency_id": ("agency", "name"),
    "contact_id": ("point_of_contact", "name"),
    "action_id": ("plan_action", "title"),
    "priority_id": ("plan_priority", "title"),
    "legal_instrument_id": ("legal_instrument", "title_original"),
}
_SKIP = {"id", "created_at", "updated_at", "plan_id", "field_key", "request_id", "ordinal", "is_proposal_origin"}


def _changes(ws: Workspace, kind: str, row: dict[str, Any]) -> list[Change]:
    entity, action, values = row["entity"], row["action"], row["changes"]
    if entity == "database":
        return []
    if entity == "matrix_citation":
        old, new = values.get("legal_instrument_id", [None, None]), values.get("article", [None, None])
        before = _law(ws, old[0], new[0]) if old[0] is not None else None
        after = _law(ws, old[1], new[1]) if old[1] is not None else None
        return [Change(entity, action, "citation", before, after)]
    if entity == "assistance_event":
        status = values.get("status", [None, None])
        return [Change(entity, action, "status_change", status[0], status[1])]
    if entity in _LINKS.get(kind, ()):
        try:
            parts = json.loads(row["entity_id"])
        except ValueError:
            parts = []
        other = parts[1] if isinstance(parts, list) and len(parts) > 1 else None
        name = {
            "plan_action_agency": "supporting",
            "plan_action_field": "fields",
            "assistance_match": "offers",
            "assistance_request_agency": "beneficiaries",
            "assistance_request_field": "fields",
        }[entity]
        if name in ("supporting", "beneficiaries"):
            other = _name_of(ws, "agency", "name", other)
        if name == "offers":
            other = _name_of(ws, "assistance_offer", "title", other)
        return [
            Change(entity, action, name, other if action == "delete" else None, other if action != "delete" else None)
        ]
    out = []
    for name, pair in values.items():
        if name in _SKIP or not isinstance(pair, list) or len(pair) != 2:
            continue
        old, new = pair
        if name in _NAMED:
            table, column = _NAMED[name]
            old, new = _name_of(ws, table, column, old), _name_of(ws, table, column, new)
        elif name in ("supporting", "beneficiaries"):  # lists of agency ids
            old, new = (
                [_name_of(ws, "agency", "name", a) for a in v] if isinstance(v, list) else v for v in (old, new)
            )
        out.append(Change(entity, action, name, old, new))
    return out


def item_history(ws: Workspace, kind: str, item_id: Any) -> list[Entry]:
    """The item's history, newest first, one entry per step (see the module's docstring).

    `kind` is field (`item_id` the field's key, e.g. "A.1.NW.npt"), action, request or law (their ids).
    Raises NotFoundError when the item never existed.
    """
    key = _require(ws, kind, item_id)
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for row in _select(ws, kind, key):
        groups.setdefault(_group_key(row), []).append(row)
    entries: list[tuple[int, Entry]] = []
    for rows in groups.values():
        rows.sort(key=lambda r: r["id"])
        first = rows[0]
        entry = Entry(
            at=first["at"],
            actor=first["actor"],
            origin=_origin(ws, rows),
            action=first["action"],
            changes=tuple(c for r in rows for c in _changes(ws, kind, r)),
            step_id=first["step_id"],
        )
        entries.append((rows[-1]["id"], entry))
    entries.sort(key=lambda pair: pair[0], reverse=True)
    return [entry for _, entry in entries]


_ORIGIN_WORDS = {
    "gui": "in the application",
    "cli": "on the command line",
    "demo": "training data",
    "migration": "upgrade",
}


def origin_text(origin: Origin) -> str:
    """Where a change came from, in English (the command line)."""
    if origin.kind == "workbook":
        return f"workbook of {origin.agency} sent on {origin.sent_on[:10]} ({origin.file})"
    if origin.kind == "matrix_import":
        return f"the Committee's matrix imported ({origin.file})" if origin.file else "the Committee's matrix imported"
    if origin.kind == "restore":
        return f"package restored ({origin.file})" if origin.file else "package restored"
    if origin.kind in ("undo", "redo"):
        return f"{origin.kind} of step {origin.step}"
    return _ORIGIN_WORDS.get(origin.kind, origin.kind)


def describe(entries: list[Entry]) -> list[str]:
    """The entries as lines of English text for the command line."""
    lines = []
    for entry in entries:
        lines.append(f"{entry.at}  {entry.actor or '-'}  ({origin_text(entry.origin)})")
        for change in entry.changes:
            name = change.field.replace("_", " ")
            lines.append(f"    {name}: {_shown(change.old)} -> {_shown(change.new)}")
        if not entry.changes and entry.origin.kind != "restore":
            lines.append(f"    {entry.action}")
    return lines


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "(empty)"
    return str(value)
