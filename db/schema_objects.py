"""The schema objects (tables, indexes, triggers, views) a database of ours may hold.

A database from a package or a colleague could carry a trigger or a view of its own: SQLite would run
that SQL on our writes (a trigger on the audit log that blanks every answer). Only the objects this
version's migration steps create, for the steps the file says were applied, are accepted.
"""

from __future__ import annotations

import functools
import sqlite3
from typing import Any

from db.connection import Database
from db.migrations import MIGRATIONS_TABLE, migrations

# Tables SQLite keeps itself (AUTOINCREMENT counters, ANALYZE statistics).
_INTERNAL_TABLES = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"})


def _normal(sql: str | None) -> str:
    return " ".join(sql.split()) if sql else ""


def is_internal(kind: str, name: str, table: str, sql: str | None) -> bool:
    if kind == "index" and name.startswith("sqlite_autoindex_") and sql is None:
        return True  # the index behind a UNIQUE or PRIMARY KEY constraint
    if kind == "table" and name in _INTERNAL_TABLES:
        return True
    # The record of applied steps, whose shape depends on the sqlite-utils version that made it.
    return kind in ("table", "index") and table == MIGRATIONS_TABLE


def schema_objects(conn: sqlite3.Connection) -> frozenset[tuple[str, str, str, str]]:
    """(type, name, table, SQL with whitespace normalised) of every object in sqlite_master but SQLite's own."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset(
        (str(kind), str(name), str(table), _normal(sql))
        for kind, name, table, sql in rows
        if not is_internal(str(kind), str(name), str(table), sql)
    )


@functools.lru_cache(maxsize=8)
def _expected(steps: tuple[Any, ...]) -> frozenset[tuple[str, str, str, str]]:
    db = Database(sqlite3.connect(":memory:"))
    try:
        for _name, fn in steps:
            fn(db)
        return schema_objects(db.conn)
    finally:
        db.conn.close()


def expected_objects(applied: list[str]) -> frozenset[tuple[str, str, str, str]]:
    """The objects this version's migrations create when the steps `applied` run in that order.

    Names this version does not know are skipped (a newer database is refused for that reason anyway).
    """
    by_name = {step.name: step for step in migrations.steps}
    return _expected(tuple((name, by_name[name].fn) for name in applied if name in by_name))


def unknown_schema_objects(conn: sqlite3.Connection, applied: list[str]) -> list[str]:
    """Each schema object that differs from what this version creates, one short phrase each.

    An empty list means the schema is exactly ours: no extra trigger, view, table or index, none changed
    and none missing.
    """
    actual = schema_objects(conn)
    expected = expected_objects(applied)
    expected_keys = {(kind, name) for kind, name, _table, _sql in expected}
    actual_keys = {(kind, name) for kind, name, _table, _sql in actual}
    found = []
    for kind, name, table, _sql in sorted(actual - expected):
        if (kind, name) in expected_keys:
            found.append(f"{kind} {name} (changed)")
        else:
            found.append(f"{kind} {name}" + (f" on {table}" if table and table != name else ""))
    for kind, name, _table, _sql in sorted(expected - actual):
        if (kind, name) not in actual_keys:
            found.append(f"{kind} {name} (missing)")
    return found
