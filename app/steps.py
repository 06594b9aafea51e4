"""Steps: each write operation is one step, whose every written row is recorded for undo and for `Changes`.

A step is one transaction. While it runs, temporary triggers on the connection copy each row it inserts,
updates or deletes into `step_row`, as it was before and as it is after (whole rows, as JSON). From that
record come the `Changes` the operation returns (which kinds, which records) and its undo and redo
(`app.undo`): an operation cannot forget to say what it changed, and undo needs no code per operation.

The triggers are TEMP: they live in the connection, never in the State's file, so a database handed to
another version or tool carries no trigger of ours (`db.schema_objects` refuses foreign ones anyway).
Writes made outside a step (the matrix template's upgrade, form drafts) are not recorded; undo notices
when they changed a row a step wrote and refuses rather than overwrite them.

Write operations declare themselves with `@operation(describe)`; `describe` names the step for the undo
menu and the history (`Description`), `undoable=<reason>` marks a step that cannot be taken back (a
frozen plan version, a submission, a sent workbook, a restore).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from app.audit import utc_now
from app.changes import KINDS, NOT_UNDOABLE_REASONS, Changes, Description
from db import write_transaction

if TYPE_CHECKING:
    from app.workspace import Workspace
    from db.connection import Database

P = ParamSpec("P")
R = TypeVar("R")

# The steps kept for undo: older ones (and the rows they recorded) are forgotten, so that ten years of
# work do not keep ten years of row copies. The audit log keeps the history itself.
KEPT_STEPS = 500
_PRUNE_EVERY = 50

_ATTR = "_un1540_steps"  # per connection: tables recorded, and the step running on it (app/audit.py reads it)
# Records of what was sent, never changed and never put back: only their key is recorded (a submission
# holds the document and a snapshot of the data, megabytes that a copy per step would double).
_KEY_ONLY = frozenset({"submission"})


@dataclass
class _Table:
    name: str
    columns: tuple[str, ...]  # the columns a row image holds (BLOB columns are left out)
    key: tuple[str, ...]  # the primary key's columns
    complete: bool  # False when a BLOB column is left out: such a row cannot be put back by undo


@dataclass
class _Connection:
    tables: dict[str, _Table]
    step_id: int | None = None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _image_sql(table: _Table, row: str) -> str:
    """The JSON object of a row (`row` is NEW, OLD or a table name), as triggers and undo both compute it."""
    parts = ", ".join(f"'{c}', {row}.{_quote(c)}" for c in table.columns)
    return f"json_object({parts})"


def _key_sql(table: _Table, row: str) -> str:
    return "json_array(" + ", ".join(f"{row}.{_quote(c)}" for c in table.key) + ")"


def _tables(db: Database) -> dict[str, _Table]:
    found = {}
    names = [r[0] for r in db.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'").fetchall()]
    for name in sorted(set(names) & KINDS):
        info = db.execute(f"PRAGMA main.table_info({_quote(name)})").fetchall()  # cid, name, type, notnull, dflt, pk
        key = tuple(r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5])) or ("rowid",)
        columns = key if name in _KEY_ONLY else tuple(r[1] for r in info if "BLOB" not in (r[2] or "").upper())
        found[name] = _Table(name, columns, key, complete=len(columns) == len(info))
    return found


def _prepare(db: Database) -> _Connection:
    """Install, once per connection, the temporary table naming the running step and the triggers."""
    state: _Connection | None = getattr(db, _ATTR, None)
    if state is not None:
        return state
    tables = _tables(db)
    db.execute("CREATE TEMP TABLE IF NOT EXISTS step_now (step_id INTEGER NOT NULL)")
    recording = "(SELECT step_id FROM step_now)"
    for t in tables.values():
        for event, before, after, key_of in (
            ("INSERT", "NULL", _image_sql(t, "NEW"), "NEW"),
            ("UPDATE", _image_sql(t, "OLD"), _image_sql(t, "NEW"), "NEW"),
            ("DELETE", _image_sql(t, "OLD"), "NULL", "OLD"),
        ):
            db.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {_quote('step_' + t.name + '_' + event.lower())} "
                f"AFTER {event} ON main.{_quote(t.name)} WHEN {recording} IS NOT NULL BEGIN "
                f"INSERT INTO step_row (step_id, tbl, key, before, after) VALUES "
                f"({recording}, '{t.name}', {_key_sql(t, key_of)}, {before}, {after}); END"
            )
    state = _Connection(tables)
    setattr(db, _ATTR, state)
    return state


def table_info(db: Database) -> dict[str, _Table]:
    """The recorded tables, as this connection's triggers see them (for `app.undo`)."""
    return _prepare(db).tables


class Recorder:
    """What a running step has recorded so far; `changes()` turns it into the operation's `Changes`."""

    def __init__(self, db: Database, step_id: int, description: Description, first_row: int):
        self.db, self.step_id, self.description, self.first_row = db, step_id, description, first_row
        self.recorded: int | None = step_id  # None once the step turned out to change nothing

    def rows(self) -> list[tuple[str, str]]:
        return self.db.execute(
            "SELECT tbl, key FROM step_row WHERE step_id = ? AND id > ? ORDER BY id", [self.step_id, self.first_row]
        ).fetchall()

    def changes(self, value: Any = None) -> Changes[Any]:
        return changes_of(self.rows(), self.description, self.recorded, value)


def changes_of(
    rows: list[tuple[str, str]], description: Description | None, step_id: int | None, value: Any = None
) -> Changes[Any]:
    """The `Changes` of recorded rows given as (table, key as a JSON array)."""
    ids: dict[str, set[Any]] = {}
    for table, key in rows:
        parts = json.loads(key)
        ids.setdefault(table, set()).add(parts[0] if len(parts) == 1 else tuple(parts))
    return Changes(
        kinds=frozenset(ids),
        ids={k: frozenset(v) for k, v in ids.items()},
        description=description,
        step_id=step_id if ids else None,
        value=value,
    )


def _last_row(db: Database) -> int:
    return int(db.execute("SELECT coalesce(max(id), 0) FROM step_row").fetchone()[0])


@contextmanager
def step(
    ws: Workspace, description: Description | Callable[[], Description], undoable: bool | str = True
) -> Iterator[Recorder]:
    """Run a block of writes as one step: one transaction, every written row recorded.

    `description` may be a callable, called inside the transaction (so it reads the records as the step
    finds them). A step inside another step is part of it (a savepoint). A step that writes nothing
    leaves no trace; any other step ends the redo list, as in any editor.
    """
    if undoable is not True and undoable not in NOT_UNDOABLE_REASONS:
        raise ValueError(f"unknown reason {undoable!r}")
    db = ws.db
    state = _prepare(db)
    if state.step_id is not None:  # part of the step already running on this connection
        with write_transaction(db):
            desc = description() if callable(description) else description
            yield Recorder(db, state.step_id, desc, _last_row(db))
        return
    with write_transaction(db):
        desc = description() if callable(description) else description
        actor = ws.actor
        cursor = db.execute(
            "INSERT INTO step (at, actor, source, action, kind, subject, ref_kind, ref_key, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                utc_now(),
                actor.name,
                actor.source,
                desc.action,
                desc.kind,
                desc.subject,
                desc.ref[0] if desc.ref else None,
                desc.ref[1] if desc.ref else None,
                "" if undoable is True else undoable,
            ],
        )
        assert cursor.lastrowid is not None  # an INSERT always sets it
        step_id = cursor.lastrowid
        recorder = Recorder(db, step_id, desc, _last_row(db))
        db.execute("INSERT INTO step_now (step_id) VALUES (?)", [step_id])
        state.step_id = step_id
        try:
            yield recorder
        finally:
            state.step_id = None
            db.execute("DELETE FROM step_now")
        if not db.execute("SELECT 1 FROM step_row WHERE step_id = ? LIMIT 1", [step_id]).fetchone():
            db.execute("DELETE FROM step WHERE id = ?", [step_id])
            recorder.recorded = None
        else:
            db.execute("UPDATE step SET state = 'dropped' WHERE state = 'undone'")
            if step_id % _PRUNE_EVERY == 0:
                _prune(db, step_id)


def barrier(ws: Workspace, description: Description, reason: str) -> None:
    """Record a step that changed no row we record but cannot be undone, nor anything before it
    (a restore: the steps before it belong to the database that was replaced)."""
    if reason not in NOT_UNDOABLE_REASONS:
        raise ValueError(f"unknown reason {reason!r}")
    db = ws.db
    actor = ws.actor
    with write_transaction(db):
        db.execute("UPDATE step SET state = 'dropped' WHERE state = 'undone'")
        db.execute(
            "INSERT INTO step (at, actor, source, action, kind, subject, ref_kind, ref_key, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                utc_now(),
                actor.name,
                actor.source,
                description.action,
                description.kind,
                description.subject,
                description.ref[0] if description.ref else None,
                description.ref[1] if description.ref else None,
                reason,
            ],
        )


def _prune(db: Database, newest: int) -> None:
    oldest_kept = newest - KEPT_STEPS
    db.execute("DELETE FROM step_row WHERE step_id <= ?", [oldest_kept])
    db.execute("DELETE FROM step WHERE id <= ?", [oldest_kept])


def operation(
    describe: Callable[..., Description], *, undoable: bool | str = True
) -> Callable[[Callable[Concatenate[Workspace, P], R]], Callable[Concatenate[Workspace, P], Changes[R]]]:
    """Declare a write operation: it runs as one step and returns `Changes` (its own result in `.value`).

    `describe(ws, *args, **kwargs)` receives the operation's arguments and names the step; it runs inside
    the step's transaction, before the operation (so a record about to be deleted can still be named).
    """

    def declare(fn: Callable[Concatenate[Workspace, P], R]) -> Callable[Concatenate[Workspace, P], Changes[R]]:
        @functools.wraps(fn)
        def run(ws: Workspace, /, *args: P.args, **kwargs: P.kwargs) -> Changes[R]:
            with step(ws, lambda: describe(ws, *args, **kwargs), undoable) as recorder:
                value = fn(ws, *args, **kwargs)
            return recorder.changes(value)

        run.operation = True  # type: ignore[attr-defined]
        return run

    return declare
