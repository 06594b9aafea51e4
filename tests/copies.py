"""A plain copy of a State's database for a test to work on: what versions before packages wrote as a backup
(`restore` still accepts one). The application itself only writes packages (app.package)."""

from __future__ import annotations

from pathlib import Path

from app.outputs import inflight_temp
from db import connect
from db.backup import backup_to


def backup_file(db_path: str | Path, out: str | Path) -> Path:
    """Copy the database at `db_path` as it is (SQLite's backup API) to the plain database file `out`."""
    db = connect(Path(db_path).expanduser())
    try:
        return backup_to(db, Path(out).expanduser(), inflight_temp)
    finally:
        db.conn.close()
