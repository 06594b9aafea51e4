"""Bringing a database file to the schema this version of the application expects."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from db.connection import CorruptDatabaseError, DatabaseError, Store, ensure_parent
from db.migrations import applied_names, migration_names, migrations

SQLITE_HEADER = b"SQLite format 3\x00"


class NewerDatabaseError(DatabaseError):
    """The file was written by a newer version of the application."""


def check_file_header(path: Path) -> None:
    """Refuse a file that exists but is not a SQLite database, before SQLite touches it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise CorruptDatabaseError(f"{path} is not a database of this application (not a SQLite file).")


def schema_version(db: sqlite_utils.Database) -> int:
    """How many migration steps have been applied (0 for an empty database)."""
    return len(applied_names(db))


def latest_schema_version() -> int:
    return len(migration_names())


def upgrade(db: sqlite_utils.Database) -> list[str]:
    """Apply the pending migration steps; return their names. Refuse databases from the future."""
    try:
        applied = applied_names(db)
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(f"The database cannot be read ({exc}).") from exc
    unknown = [name for name in applied if name not in migration_names()]
    if unknown:
        raise NewerDatabaseError(
            "This database was saved by a newer version of the application "
            f"(schema step {unknown[-1]!r}); install the newer version to open it."
        )
    pending = [m.name for m in migrations.pending(db)]
    try:
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"The database could not be upgraded ({exc}); it was left unchanged.") from exc
    return pending


def open_store(path: str | Path, *, migrate: bool = True) -> Store:
    """Open (creating if needed) the database at `path`, upgraded to the latest schema."""
    path = Path(path).expanduser()
    check_file_header(path)
    ensure_parent(path)
    store = Store(path)
    try:
        store.db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if migrate:
            upgrade(store.db)
    except sqlite3.DatabaseError as exc:
        store.close()
        raise CorruptDatabaseError(f"{path} is damaged or not a database ({exc}).") from exc
    except BaseException:
        store.close()
        raise
    return store
