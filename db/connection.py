"""Opening the State's SQLite file: pragmas, journal mode, one connection per thread, transactions.

Every connection gets the same setup: foreign keys enforced, a busy timeout so that a second
connection waits instead of failing, and the WAL journal where the file system supports it. WAL
relies on shared memory, which network shares (SMB, NFS) do not provide reliably, so on those the
classic rollback journal is used instead.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Iterator

import sqlite_utils

BUSY_TIMEOUT_MS = 10_000

_NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "afpfs", "fuse.sshfs", "9p", "davfs", "webdav", "ncpfs"}


class DatabaseError(Exception):
    """A database that cannot be used; the message is meant for the user."""


class CorruptDatabaseError(DatabaseError):
    """The file is not a SQLite database, or SQLite reports it damaged."""


def _windows_drive_is_remote(path: Path) -> bool:
    import ctypes  # Windows only

    drive = os.path.splitdrive(os.path.abspath(path))[0]
    DRIVE_REMOTE = 4
    return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE


def _mount_table() -> list[tuple[str, str]]:
    """(mount point, file system type) pairs: /proc/mounts on Linux, `mount` on macOS and BSD."""
    mounts = Path("/proc/mounts")
    if mounts.exists():
        table = []
        for line in mounts.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) >= 3:
                table.append((parts[1].replace("\\040", " "), parts[2]))
        return table
    if sys.platform == "darwin" or "bsd" in sys.platform:
        import re

        output = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5).stdout
        # "//user@server/share on /Volumes/share (smbfs, nodev, nosuid, mounted by user)"
        return [(m.group(1), m.group(2)) for m in re.finditer(r" on (.+?) \(([^,)]+)", output)]
    return []


def is_on_network_share(path: Path) -> bool:
    """True when `path` lives on a network file system, where WAL is unsafe."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True  # UNC path on Windows
    try:
        if sys.platform == "win32":
            return _windows_drive_is_remote(Path(path))
        resolved = str(Path(path).resolve().parent)
        best_mount, best_type = "", ""
        for mount_point, fs_type in _mount_table():
            if (resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")) and len(
                mount_point
            ) >= len(best_mount):
                best_mount, best_type = mount_point, fs_type
        return best_type in _NETWORK_FILESYSTEMS
    except (OSError, ValueError, subprocess.SubprocessError):
        return False


def connect(path: str | Path) -> sqlite_utils.Database:
    """Open one connection to the database at `path` with the project's pragmas.

    The connection is in autocommit mode: writes go through `write_transaction`, which opens an
    explicit transaction, so nothing is left half-committed by Python's implicit transactions.
    """
    path = Path(path)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        wanted = "delete" if is_on_network_share(path) else "wal"
        mode = conn.execute(f"PRAGMA journal_mode = {wanted}").fetchone()[0]
        if mode.lower() not in ("wal", "delete", "memory"):
            conn.execute("PRAGMA journal_mode = delete")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(f"{path} is not a readable database ({exc}).") from exc
    return sqlite_utils.Database(conn, execute_plugins=False)


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """Run a block of writes atomically: all of it is committed, or none of it.

    The outermost block takes the write lock at once (BEGIN IMMEDIATE) so that two writers wait for
    each other through the busy timeout instead of failing half way; nested blocks become
    savepoints.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise


class Store:
    """The State's database file, with one connection per thread.

    SQLite connections must not be shared across threads; each thread that asks for the database
    gets its own connection, created on first use and closed by `close()`.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[sqlite_utils.Database] = []

    @property
    def db(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.path)
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    def close(self) -> None:
        """Close every connection opened by any thread."""
        with self._lock:
            for db in self._all:
                with contextlib.suppress(sqlite3.Error):
                    db.conn.close()
            self._all.clear()
        self._local = threading.local()

    def journal_mode(self) -> str:
        return self.db.execute("PRAGMA journal_mode").fetchone()[0]


def ensure_parent(path: Path) -> None:
    """Create the folder that will hold the database file."""
    os.makedirs(path.parent, exist_ok=True)
