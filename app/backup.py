"""Backing up and restoring a State's database as one file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.audit import Actor, record
from app.errors import UserError
from app.workspace import Workspace
from db import CorruptDatabaseError, connect, write_transaction
from db.backup import backup_to, copy_into, verify_copy
from db.schema import check_file_header


def backup(ws: Workspace, out: str | Path) -> Path:
    """Write a consistent copy of the open database to `out` (replacing it atomically)."""
    out = Path(out).expanduser()
    if out.resolve() == ws.path.resolve():
        raise UserError("The backup file cannot be the database itself.")
    return backup_to(ws.db, out)


def backup_file(db_path: str | Path, out: str | Path) -> Path:
    """Back up the database file at `db_path` as it is, without upgrading it first."""
    db_path = Path(db_path).expanduser()
    out = Path(out).expanduser()
    if not db_path.is_file():
        raise UserError(f"{db_path} does not exist.")
    if out.resolve() == db_path.resolve():
        raise UserError("The backup file cannot be the database itself.")
    check_file_header(db_path)
    db = connect(db_path)
    try:
        return backup_to(db, out)
    finally:
        db.conn.close()


def _move_damaged_aside(db_path: Path) -> Path:
    """Rename a damaged database (and its journal files) so that a restore can take its place."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    db_path.rename(target)
    for suffix in ("-wal", "-shm", "-journal"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            extra.rename(target.with_name(target.name + suffix))
    return target


def safety_copy_path(db_path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{db_path.suffix}")


def restore(source: str | Path, db_path: str | Path, source_label: str = "cli") -> Path | None:
    """Replace the database at `db_path` with the backup `source`.

    The backup is checked first (a sound SQLite file of this application, not from a newer
    version); only then is the current data copied aside (returned path) and replaced. A current
    database too damaged to open is renamed aside instead. The restored database is upgraded to
    the current schema and template.
    """
    source = Path(source).expanduser()
    db_path = Path(db_path).expanduser()
    copy = verify_copy(source)
    try:
        # verify_copy has refused a file without our schema or from a newer version.
        kept: Path | None = None
        try:
            current = Workspace.open(db_path, source=source_label)
        except CorruptDatabaseError:
            # Restoring is exactly what a damaged database needs: keep it aside, start afresh.
            kept = _move_damaged_aside(db_path)
            current = Workspace.open(db_path, source=source_label)
        with current as ws:
            if db_path.exists() and ws.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 1:
                kept = backup_to(ws.db, safety_copy_path(db_path))
            copy_into(copy, ws.db)
        with Workspace.open(db_path, source=source_label) as ws:
            with write_transaction(ws.db):
                record(ws.db, Actor(ws.actor.name, source_label), "restore", "database", "", f"Restored from {source.name}")
        return kept
    finally:
        copy.conn.close()
