"""Low-level health checks of a database file."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from db.connection import is_damage
from db.migrations import applied_names, migration_names
from db.schema_objects import unknown_schema_objects


def storage_problems(db: sqlite_utils.Database, *, allow_older: bool = False) -> list[str]:
    """Problems SQLite itself can see: damaged pages, broken references, unknown schema.

    An empty list means the file is sound. Messages are one line each, for people. With
    `allow_older`, a schema that is merely behind (upgraded on opening) is not a problem.
    """
    problems: list[str] = []
    try:
        rows = [" ".join(str(r[0]).split()) for r in db.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [f"the file cannot be read as a database ({exc})"]
    if rows != ["ok"]:
        problems.append("SQLite integrity check failed: " + "; ".join(rows[:5]))
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        problems.append(f"{len(broken)} broken reference(s) in table(s) {', '.join(tables)}")
    try:
        applied = applied_names(db)
    except sqlite3.DatabaseError as exc:
        return problems + [f"the schema history cannot be read ({exc})"]
    known = migration_names()
    if not applied:
        problems.append("the database has no schema (it was not created by this application)")
    elif [name for name in applied if name not in known]:
        problems.append("the database was written by a newer version of the application")
    elif len(applied) < len(known) and not allow_older:
        problems.append(f"the schema is at step {len(applied)} of {len(known)} (open it once to upgrade)")
    if applied:
        unknown = unknown_schema_objects(db.conn, applied)
        if unknown:
            problems.append("schema objects this version of the application does not create: " + ", ".join(unknown))
    return problems


def quick_check(db: sqlite_utils.Database) -> list[str]:
    """SQLite's quick check of every page (no index contents): an empty list when the file reads back sound.

    Damage that only shows when a page is read is found here at once, rather than as an error in the
    middle of the user's work. Other errors (the file in use, a disk error) propagate.
    """
    try:
        rows = [" ".join(str(r[0]).split()) for r in db.execute("PRAGMA quick_check").fetchall()]  # one line each
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return [str(exc)]
        raise
    return [] if rows == ["ok"] else rows[:5]
