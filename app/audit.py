"""The audit log: who changed what, when, and from where (GUI, command line, import, demo)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from db.connection import Database


def utc_now() -> str:
    """The current time as ISO 8601 in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Actor:
    """Who is acting, and through which door (gui, cli, import, demo, migration)."""

    name: str
    source: str = "gui"


def record(
    db: Database,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: Any = "",
    summary: str = "",
    changes: dict[str, Any] | None = None,
) -> None:
    """Append one entry; call it inside the transaction that makes the change (the entry names the step
    running on the connection, if any: see `app.steps`)."""
    state = getattr(db, "_un1540_steps", None)
    db.execute(
        "INSERT INTO audit_log (at, actor, source, action, entity, entity_id, summary, changes, step_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            utc_now(),
            actor.name,
            actor.source,
            action,
            entity,
            str(entity_id),
            summary,
            json.dumps(changes or {}, ensure_ascii=False, default=str),
            state.step_id if state is not None else None,
        ],
    )


def diff(before: dict[str, Any] | None, after: dict[str, Any] | None) -> dict[str, Any]:
    """The fields that differ between two versions of a record, as {field: [old, new]}."""
    before = before or {}
    after = after or {}
    skip = {"created_at", "updated_at"}
    keys = [k for k in dict.fromkeys([*before, *after]) if k not in skip]
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}


def history(db: Database, entity: str | None = None, entity_id: Any = None, limit: int = 200) -> list[dict[str, Any]]:
    """The most recent entries, newest first, optionally for one entity or one record."""
    where: list[str] = []
    params: list[Any] = []
    if entity is not None:
        where.append("entity = ?")
        params.append(entity)
    if entity_id is not None:
        where.append("entity_id = ?")
        params.append(str(entity_id))
    sql = "SELECT * FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ?"
    params.append(limit)
    return entries(db, sql, params)


def entries(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """The audit log rows a query selects (`SELECT * FROM audit_log ...`), each with its changes decoded
    ({field: [old, new]}; an entry whose changes cannot be read has none)."""
    cursor = db.execute(sql, params)
    cols = [c[0] for c in cursor.description]
    out = []
    for row in cursor.fetchall():
        entry = dict(zip(cols, row, strict=True))
        try:
            changes = json.loads(entry["changes"] or "{}")
        except ValueError:
            changes = {}
        entry["changes"] = changes if isinstance(changes, dict) else {}
        out.append(entry)
    return out
