"""Undo and redo of any step, from the rows the step recorded (see `app.steps`).

The history is a line: undo takes back the newest step still done, redo does again the oldest step
undone, and any new step ends the redo list. Both check first that every row the step wrote is still as
the step left it (undo) or as it found it (redo): if anything changed it since (a later step, the command
line, another window, an import), nothing is written and `UndoRefused` says which step changed it.

Undo and redo write in one transaction, audited like any change (source "undo"/"redo" in the summary),
and are not steps themselves: taking back a step marks it undone, doing it again marks it done.
A step that cannot be undone (a frozen plan version, a submission, a sent workbook, a restore) stops
undo there, and says why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.audit import record
from app.changes import Changes, Description
from app.errors import UserError
from app.steps import _image_sql, _quote, changes_of, table_info
from db import write_transaction

if TYPE_CHECKING:
    from app.workspace import Workspace
    from db.connection import Database


@dataclass(frozen=True)
class Step:
    """One recorded step as the undo menu and the history show it."""

    id: int
    description: Description
    at: str
    actor: str
    source: str
    reason: str  # "" when it can be undone, else why not (see app.changes.NOT_UNDOABLE_REASONS)

    @property
    def undoable(self) -> bool:
        return not self.reason


class UndoRefused(UserError):
    """Undo or redo cannot be done; nothing was changed.

    `code` says why, for the interface to say it in its language: `nothing` (no step to undo or redo),
    `not_undoable` (`step.reason` says why), `moved` (the step offered is no longer the next one: another
    window or the command line went on meanwhile), `changed_since` (a record the step wrote was changed
    since: `by` is the step that changed it, None when it was changed outside any step).
    """

    def __init__(self, code: str, message: str, step: Step | None = None, by: Step | None = None):
        super().__init__(message)
        self.code, self.step, self.by = code, step, by


_STEP_COLUMNS = "id, at, actor, source, action, kind, subject, ref_kind, ref_key, reason"


def _step(row: tuple[Any, ...] | None) -> Step | None:
    if row is None:
        return None
    step_id, at, actor, source, action, kind, subject, ref_kind, ref_key, reason = row
    ref = (ref_kind, ref_key) if ref_kind is not None else None
    return Step(step_id, Description(action, kind, subject, ref), at, actor, source, reason)


def undo_target(ws: Workspace) -> Step | None:
    """The step Undo would take back: the newest step done (None when there is none)."""
    return _step(
        ws.db.execute(f"SELECT {_STEP_COLUMNS} FROM step WHERE state = 'done' ORDER BY id DESC LIMIT 1").fetchone()
    )


def redo_target(ws: Workspace) -> Step | None:
    """The step Redo would do again: the oldest step undone since the last new step (None when there is none)."""
    return _step(
        ws.db.execute(f"SELECT {_STEP_COLUMNS} FROM step WHERE state = 'undone' ORDER BY id LIMIT 1").fetchone()
    )


def history(ws: Workspace, limit: int = 50) -> list[Step]:
    """The steps that can still be undone or redone, newest first."""
    rows = ws.db.execute(
        f"SELECT {_STEP_COLUMNS} FROM step WHERE state != 'dropped' ORDER BY id DESC LIMIT ?", [limit]
    ).fetchall()
    return [s for s in map(_step, rows) if s is not None]


def _name(step: Step) -> str:
    d = step.description  # in English words for the command line ("update point of contact 'Ann'")
    words = (d.action.replace("_", " "), d.kind.replace("_", " "), repr(d.subject) if d.subject else "")
    return " ".join(part for part in words if part)


@dataclass
class _Row:
    table: str
    key: str  # JSON array of the primary key, as the step recorded it
    before: str | None  # the row when the step first touched it (None: the step created it)
    after: str | None  # the row when the step was done with it (None: the step deleted it)


def _net_rows(db: Database, step_id: int) -> list[_Row]:
    """Each row the step wrote, once: as it found it and as it left it, in the order first touched."""
    rows: dict[tuple[str, str], _Row] = {}
    for table, key, before, after in db.execute(
        "SELECT tbl, key, before, after FROM step_row WHERE step_id = ? ORDER BY id", [step_id]
    ).fetchall():
        found = rows.get((table, key))
        if found is None:
            rows[(table, key)] = _Row(table, key, before, after)
        else:
            found.after = after
    return list(rows.values())


def _where(db: Database, table: str, key: str) -> tuple[str, list[Any]]:
    """The WHERE clause (on the primary key's columns, so that SQLite uses its index) and its parameters."""
    t = table_info(db)[table]
    return " AND ".join(f"{_quote(c)} = ?" for c in t.key), list(json.loads(key))


def _current(db: Database, table: str, key: str) -> str | None:
    t = table_info(db)[table]
    where, params = _where(db, table, key)
    row = db.execute(
        f"SELECT {_image_sql(t, _quote(t.name))} FROM main.{_quote(t.name)} WHERE {where}", params
    ).fetchone()
    return None if row is None else str(row[0])


def _put(db: Database, table: str, key: str, now: str | None, wanted: str | None) -> None:
    """Make the row `key` of `table` be `wanted` (None: absent), given that it is `now`."""
    t = table_info(db)[table]
    where, params = _where(db, table, key)
    if wanted is None:
        db.execute(f"DELETE FROM main.{_quote(t.name)} WHERE {where}", params)
        return
    values = json.loads(wanted)
    columns = list(values)
    if now is None:
        db.execute(
            f"INSERT INTO main.{_quote(t.name)} ({', '.join(map(_quote, columns))}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            [values[c] for c in columns],
        )
    else:
        db.execute(
            f"UPDATE main.{_quote(t.name)} SET {', '.join(_quote(c) + ' = ?' for c in columns)} WHERE {where}",
            [values[c] for c in columns] + params,
        )


def _changed_by(db: Database, step_id: int, table: str, key: str) -> Step | None:
    """The newest step done after `step_id` that wrote the row (None: it was changed outside any step)."""
    row = db.execute(
        "SELECT r.step_id FROM step_row r JOIN step s ON s.id = r.step_id "
        "WHERE r.tbl = ? AND r.key = ? AND r.step_id > ? AND s.state = 'done' ORDER BY r.step_id DESC LIMIT 1",
        [table, key, step_id],
    ).fetchone()
    if row is None:
        return None
    return _step(db.execute(f"SELECT {_STEP_COLUMNS} FROM step WHERE id = ?", [row[0]]).fetchone())


def _audit(ws: Workspace, word: str, step: Step, row: _Row, now: str | None, wanted: str | None) -> None:
    action = "create" if now is None else "delete" if wanted is None else "update"
    old, new = json.loads(now) if now else {}, json.loads(wanted) if wanted else {}
    changes = {k: [old.get(k), new.get(k)] for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)}
    key = json.loads(row.key)
    record(
        ws.db,
        ws.actor,
        action,
        row.table,
        key[0] if len(key) == 1 else row.key,
        f"{word} of step {step.id}: {_name(step)}",
        changes,
    )


def _move(ws: Workspace, expected: int | None, undo: bool) -> Changes[Any]:
    db = ws.db
    word = "undo" if undo else "redo"
    with write_transaction(db):
        step = undo_target(ws) if undo else redo_target(ws)
        if step is None:
            raise UndoRefused("nothing", f"There is nothing to {word}.")
        if expected is not None and step.id != expected:
            raise UndoRefused(
                "moved",
                f"The {word} list changed meanwhile (another window or the command line); nothing was changed.",
                step,
            )
        if undo and not step.undoable:
            raise UndoRefused("not_undoable", f"{_name(step)} cannot be undone ({step.reason}).", step)
        rows = _net_rows(db, step.id)
        tables = table_info(db)
        if any(not tables[r.table].complete for r in rows if r.table in tables) or any(
            r.table not in tables for r in rows
        ):
            raise UndoRefused("not_undoable", f"{_name(step)} cannot be undone.", step)
        for r in rows:
            expected_now = r.after if undo else r.before
            if _current(db, r.table, r.key) != expected_now:
                by = _changed_by(db, step.id, r.table, r.key)
                raise UndoRefused(
                    "changed_since",
                    f"Cannot {word} {_name(step)}: a record it changed was changed since"
                    + (f" by {_name(by)}" if by else " outside this application's steps")
                    + "; nothing was changed.",
                    step,
                    by,
                )
        db.execute("PRAGMA defer_foreign_keys = ON")  # rows come back in an order the keys may not like
        for r in reversed(rows) if undo else rows:
            now, wanted = (r.after, r.before) if undo else (r.before, r.after)
            _put(db, r.table, r.key, now, wanted)
            _audit(ws, word, step, r, now, wanted)
        db.execute("UPDATE step SET state = ? WHERE id = ?", ["undone" if undo else "done", step.id])
    return changes_of([(r.table, r.key) for r in rows], step.description, step.id)


def undo(ws: Workspace, expected: int | None = None) -> Changes[Any]:
    """Take back the newest step done (`undo_target`); return what changed. Raises `UndoRefused`.

    `expected` is the step the caller offered (its menu's text): if another is next now, nothing is done.
    """
    return _move(ws, expected, undo=True)


def redo(ws: Workspace, expected: int | None = None) -> Changes[Any]:
    """Do again the step undone last (`redo_target`); return what changed. Raises `UndoRefused`."""
    return _move(ws, expected, undo=False)
