"""Consistent copies of a live database, made with SQLite's online backup API.

A plain file copy of a database in WAL mode can miss committed pages that still sit in the -wal
file; the backup API reads through SQLite and always yields a consistent snapshot.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from db.connection import CorruptDatabaseError, Database
from db.integrity import storage_problems
from db.schema import check_file_header


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


TempFile = Callable[[Path, str, str], AbstractContextManager[Path]]


@contextmanager
def _plain_temp_file(folder: Path, stem: str, suffix: str) -> Iterator[Path]:
    """A temporary file in `folder`, removed when the block ends unless it was renamed away."""
    fd, name = tempfile.mkstemp(prefix=f".{stem}-", suffix=suffix, dir=folder)
    os.close(fd)
    try:
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


def backup_to(db: Database, out: str | Path, temp_file: TempFile | None = None) -> Path:
    """Write a consistent copy of `db` to `out`, atomically (a temporary file `.backup-*`, then a rename).

    If anything fails (full disk, permissions), `out` is left as it was and the error propagates.
    `temp_file(folder, stem, suffix)` makes the temporary file; the application passes one that records
    it, so that what a killed process leaves is swept at the next start (`app.outputs.inflight_temp`).
    """
    out = Path(out).expanduser().resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with (temp_file or _plain_temp_file)(out.parent, "backup", ".sqlite3") as tmp:
        target = sqlite3.connect(tmp)
        try:
            db.conn.backup(target)
            target.execute("PRAGMA journal_mode = delete")
        finally:
            target.close()
        _fsync_file(tmp)
        os.replace(tmp, out)
    return out


def verify_copy(path: str | Path) -> Database:
    """Open a backup file read-only and refuse it unless it is a sound database of ours."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise CorruptDatabaseError(f"{path} does not exist.")
    check_file_header(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        copy = Database(conn)
        problems = storage_problems(copy, allow_older=True)
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(f"{path} is damaged or not a database ({exc}).") from exc
    if problems:
        conn.close()
        raise CorruptDatabaseError(f"{path} cannot be restored: {problems[0]}.")
    return copy


def copy_into(source: Database, target: Database) -> None:
    """Replace the whole content of `target` with `source`, in one step of the backup API."""
    source.conn.backup(target.conn)
