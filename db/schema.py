"""Bringing a database file to the schema this version of the application expects."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

from db.connection import (
    BUSY_TIMEOUT_MS,
    SQLITE_FULL,
    CorruptDatabaseError,
    Database,
    DatabaseError,
    ForeignDatabaseError,
    Store,
    UnknownSchemaError,
    ensure_parent,
    error_code,
    explain,
    is_damage,
    recover_interrupted_write,
)
from db.migrations import MIGRATION_SET, MIGRATIONS_TABLE, applied_names, migration_names, migrations
from db.schema_objects import is_internal, unknown_schema_objects

SQLITE_HEADER = b"SQLite format 3\x00"


class NewerDatabaseError(DatabaseError):
    """The file was written by a newer version of the application."""


def check_location(path: Path) -> None:
    """Refuse (DatabaseError, one line) a path that cannot be a database file: a folder, a device or pipe,
    or a file whose folder cannot exist because a file of that name is in the way."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        ancestor = path.parent
        while not ancestor.exists() and ancestor.parent != ancestor:
            ancestor = ancestor.parent
        if ancestor.exists() and not ancestor.is_dir():
            raise DatabaseError(f"{path} cannot be created: {ancestor} is a file, not a folder.") from None
        return
    except NotADirectoryError:
        raise DatabaseError(f"{path} cannot be a database: a part of its folder is a file, not a folder.") from None
    except OSError as exc:
        raise DatabaseError(f"{path} cannot be read ({exc.strerror or exc}).") from exc
    if stat.S_ISDIR(info.st_mode):
        raise DatabaseError(f"{path} is a folder, not a database file.")
    if not stat.S_ISREG(info.st_mode):
        raise DatabaseError(f"{path} is not a regular file (a device or a pipe), so it cannot be a database.")


def check_file_header(path: Path) -> None:
    """Refuse a file that exists but is not a SQLite database, before SQLite touches it."""
    check_location(path)
    try:
        if not path.exists() or path.stat().st_size == 0:
            return
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"{path} cannot be read ({exc.strerror or exc}).") from exc
    if header != SQLITE_HEADER:
        raise CorruptDatabaseError(f"{path} is not a database of this application (not a SQLite file).")


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def check_database_file(path: Path) -> None:
    """Refuse, before anything is written to it, a file that is not empty and not a sound database of ours.

    That is a folder or an odd file, a file that is not SQLite, another program's SQLite file (tables but
    no record of our schema steps), a database from a newer version, and one holding schema objects this
    version does not create (a trigger or view of its own). The file is read only: nothing is written,
    the journal mode is not changed (a hot journal left by a crash is rolled back, as by any open).
    """
    check_file_header(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    recover_interrupted_write(path)  # before any connection: a journal of another file is not rolled back into it
    conn = None
    # A write-ahead log beside the file is read, never copied into it: SQLite takes any valid log as the
    # file's own (one copied in from another database would replace its pages), and a read-write
    # connection copies the log into the file when it closes. Without a log, read-write so that a hot
    # rollback journal is rolled back, as by any open.
    mode = "ro" if _has_content(path.with_name(path.name + "-wal")) else "rw"
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode={mode}", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
        )
        conn.execute("PRAGMA query_only = 1")
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        applied: list[str] = []
        if any(kind == "table" and name == MIGRATIONS_TABLE for kind, name, _t, _s in rows):
            applied = [
                r[0]
                for r in conn.execute(
                    f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET]
                )
            ]
        if not applied:
            if any(not is_internal(*row) for row in rows):
                raise ForeignDatabaseError(
                    f"{path} is not a database of this application (it holds another "
                    "program's tables); it was left unchanged."
                )
            return  # empty, or a new database whose first step did not complete
        newer = [name for name in applied if name not in migration_names()]
        if newer:
            raise NewerDatabaseError(
                "This database was saved by a newer version of the application "
                f"(schema step {newer[-1]!r}); install the newer version to open it."
            )
        unknown = unknown_schema_objects(conn, applied)
        if unknown:
            raise UnknownSchemaError(
                f"{path} holds schema objects this version of the application does not create "
                f"({', '.join(unknown[:5])}{', …' if len(unknown) > 5 else ''}); it was not opened and nothing in "
                "it was changed."
            )
    except sqlite3.Error as exc:
        raise explain(path, exc) from exc
    finally:
        if conn is not None:
            conn.close()


def schema_version(db: Database) -> int:
    """How many migration steps have been applied (0 for an empty database)."""
    return len(applied_names(db))


def latest_schema_version() -> int:
    return len(migration_names())


def upgrade(db: Database, before: Callable[[Database], object] | None = None) -> list[str]:
    """Apply the pending migration steps; return their names. Refuse databases from the future. `before(db)` runs
    first when a database an older version wrote is about to change (app.workspace keeps a copy of it)."""
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
    if not migrations.needs_apply(db):
        return pending  # up to date: sqlite-utils, which applies steps, is not even imported
    if before is not None and applied:
        before(db)
    try:
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        if error_code(exc) == SQLITE_FULL:
            raise DatabaseError(
                "The database could not be upgraded because the disk is full; it was left unchanged. "
                "Free some space, then try again."
            ) from exc
        raise DatabaseError(f"The database could not be upgraded ({exc}); it was left unchanged.") from exc
    return pending


def open_store(
    path: str | Path, *, migrate: bool = True, before_upgrade: Callable[[Database], object] | None = None
) -> Store:
    """Open (creating if needed) the database at `path`, upgraded to the latest schema (see `upgrade` for
    `before_upgrade`)."""
    path = Path(path).expanduser()
    check_database_file(path)
    try:
        ensure_parent(path)
    except OSError as exc:
        raise DatabaseError(
            f"The folder of {path} cannot be created ({exc.strerror or exc}); nothing was changed."
        ) from exc
    store = Store(path)
    try:
        store.db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if migrate:
            upgrade(store.db, before_upgrade)
    except sqlite3.Error as exc:
        store.close()
        if is_damage(exc):
            raise CorruptDatabaseError(f"{path} is damaged or not a database ({exc}).") from exc
        raise explain(path, exc) from exc
    except BaseException:
        store.close()
        raise
    return store
