"""Low-level health checks of a database file."""

from __future__ import annotations

import sqlite3

from db.connection import Database, is_damage
from db.migrations import applied_names, migration_names
from db.schema_objects import unknown_schema_objects


def storage_problems(db: Database, *, allow_older: bool = False) -> list[str]:
    """Problems SQLite itself can see: damaged pages, broken references, unknown schema.

    An empty list means the file is sound. Messages are one line each, for people. With
    `allow_older`, a schema that is merely behind (upgraded on opening) is not a problem.
    """
    problems: list[str] = []
    try:
        findings = check_pages(db)
    except sqlite3.DatabaseError as exc:
        return [f"the file cannot be read as a database ({exc})"]
    if findings:
        problems.append("SQLite integrity check failed: " + damage_summary(findings))
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        problems.append(f"{len(broken)} broken reference(s) in table(s) {', '.join(tables)}")
    try:
        applied = applied_names(db)
    except sqlite3.DatabaseError as exc:
        return [*problems, f"the schema history cannot be read ({exc})"]
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


def check_pages(db: Database | sqlite3.Connection, *, quick: bool = False, limit: int = 100) -> list[str]:
    """SQLite's integrity check of the open database (with `quick`, its quick check: every page, not the
    index contents): one line per finding, an empty list when the file reads back sound.

    Damage so bad that the check cannot run is one finding; other errors (the file in use, a disk error)
    propagate.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = db.execute(f"PRAGMA {pragma}({int(limit)})").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return [str(exc)]
        raise
    lines = (" ".join(line.split()) for row in rows for line in str(row[0]).splitlines())
    return [line for line in lines if line and line != "ok" and not line.startswith("*** in database")]


def quick_check(db: Database) -> list[str]:
    """SQLite's quick check of every page: damage that only shows when a page is read is found at once,
    rather than as an error in the middle of the user's work. Empty when sound."""
    return check_pages(db, quick=True)


def damage_summary(findings: list[str]) -> str:
    """The first of SQLite's findings, and how many more there are: one readable line."""
    more = len(findings) - 1
    return findings[0] + (f" (and {more} more finding{'s' if more > 1 else ''})" if more > 0 else "")
