"""Backing up and restoring a State's database as one file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.audit import Actor, record
from app.errors import UserError
from app.workspace import Workspace
from db import write_transaction
from db.backup import backup_to, copy_into, verify_copy
from db.migrations import applied_names, migration_names


def backup(ws: Workspace, out: str | Path) -> Path:
    """Write a consistent copy of the open database to `out` (replacing it atomically)."""
    out = Path(out).expanduser()
    if out.resolve() == ws.path.resolve():
        raise UserError("The backup file cannot be the database itself.")
    return backup_to(ws.db, out)


def safety_copy_path(db_path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{db_path.suffix}")


def restore(source: str | Path, db_path: str | Path, source_label: str = "cli") -> Path | None:
    """Replace the database at `db_path` with the backup `source`.

    The backup is checked first (a sound SQLite file of this application, not from a newer
    version); only then is the current data copied aside (returned path) and replaced. The
    restored database is upgraded to the current schema and template.
    """
    source = Path(source).expanduser()
    db_path = Path(db_path).expanduser()
    copy = verify_copy(source)
    try:
        names = applied_names(copy)
        if [n for n in names if n not in migration_names()]:
            raise UserError(f"{source} was made by a newer version of the application; install it to restore this backup.")
        if not names:
            raise UserError(f"{source} is not a backup of this application.")
        kept: Path | None = None
        with Workspace.open(db_path, source=source_label) as ws:
            if db_path.exists() and ws.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 1:
                kept = backup_to(ws.db, safety_copy_path(db_path))
            copy_into(copy, ws.db)
        with Workspace.open(db_path, source=source_label) as ws:
            with write_transaction(ws.db):
                record(ws.db, Actor(ws.actor.name, source_label), "restore", "database", "", f"Restored from {source.name}")
        return kept
    finally:
        copy.conn.close()
