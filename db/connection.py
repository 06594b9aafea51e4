"""Opening the State's SQLite file: pragmas, journal mode, one connection per thread, transactions.

`Database` is the connection as the application uses it (`execute`, `atomic()`, `conn`): the part of
sqlite-utils' `Database` the code needs, kept here so that starting the application does not import
sqlite-utils (its plugins, click and dateutil); sqlite-utils is imported only to apply migration steps
(db/migrations.py).

Every connection gets the same setup: foreign keys enforced, a busy timeout so that a second
connection waits instead of failing, and the WAL journal where the file system supports it. WAL
relies on shared memory, which network shares (SMB, NFS) do not provide reliably, so on those the
classic rollback journal is used instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

BUSY_TIMEOUT_MS = 10_000

# The files SQLite keeps beside a database `<file>`: `<file>-wal`, `<file>-shm`, `<file>-journal`.
JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")

_NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "afpfs", "fuse.sshfs", "9p", "davfs", "webdav", "ncpfs"}


class DatabaseError(Exception):
    """A database that cannot be used; the message is meant for the user."""


class CorruptDatabaseError(DatabaseError):
    """The file is not a SQLite database, or SQLite reports it damaged."""


class ForeignDatabaseError(DatabaseError):
    """A SQLite file of another program: refused and left unchanged (a restore does not replace it either)."""


class UnknownSchemaError(CorruptDatabaseError):
    """A database of ours holding schema objects (a trigger, a view...) this version does not create: not opened,
    since SQLite would run that SQL on our writes. A restore may replace it (it is kept aside)."""


_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


def _first_keyword(sql: str) -> str:
    """The first keyword of `sql`, upper case, past white space, `;`, comments and a byte order mark."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


class Database:
    """One SQLite connection (`conn`) with what the application uses of sqlite-utils' `Database`, which behaves
    the same: `execute` (a write outside a transaction is committed at once, whatever the connection's
    isolation level), `atomic()` (a transaction, a savepoint when one is open) and recursive triggers on."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.execute("PRAGMA recursive_triggers=on;")

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] | None = None) -> sqlite3.Cursor:
        """Run one statement and return its cursor."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # a failed statement that opened Python's implicit transaction
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")  # Python's implicit transaction (a connection not in autocommit mode)
        return cursor

    @contextlib.contextmanager
    def atomic(self, begin: str = "BEGIN") -> Iterator[Database]:
        """A block of writes in one transaction, or in a savepoint when a transaction is open: all or nothing.

        `begin` opens the outermost transaction (`write_transaction` takes the write lock at once)."""
        if self.conn.in_transaction:
            savepoint = f"un1540_{os.urandom(16).hex()}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # an error such as RAISE(ROLLBACK) may have ended the transaction
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute(begin)
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise


# SQLite's primary result codes (the low byte of sqlite_errorcode).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 3, 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


def error_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of `exc`, or None when it does not say."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(exc: BaseException) -> bool:
    """Whether SQLite failed because the file is damaged or not a database (not a full disk, a lock...)."""
    return error_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def explain(path: str | Path, exc: sqlite3.Error) -> DatabaseError:
    """The error to show for `exc` raised on the database at `path`: one line that tells a damaged file
    apart from a full disk, a file that cannot be written, or one in use."""
    code = error_code(exc)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return CorruptDatabaseError(f"{path} is damaged or not a database ({exc}).")
    if code == SQLITE_FULL:
        return DatabaseError(f"The disk holding {path} is full: nothing was changed. Free some space, then try again.")
    if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN):
        return DatabaseError(
            f"{path} cannot be written or opened ({exc}): check the file's permissions and "
            "the free space; nothing was changed."
        )
    if code == SQLITE_IOERR:
        return DatabaseError(
            f"{path} could not be read or written: the disk reported an error ({exc}); nothing was changed."
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseError(f"{path} is in use by another program ({exc}); nothing was changed. Try again.")
    return DatabaseError(f"{path} cannot be used ({exc}); nothing was changed.")


def owner_only(path: Path) -> None:
    """Take the group's and others' permissions off a file of the State's data (POSIX; never fails)."""
    if os.name != "posix":
        return
    try:
        mode = os.stat(path).st_mode
        if mode & 0o077 and os.stat(path).st_uid == os.getuid():
            os.chmod(path, mode & 0o7700)
    except OSError:
        pass


def create_private_file(path: Path) -> None:
    """Create the empty file `path` readable by its owner only, so that SQLite (which gives its -wal,
    -shm and -journal files the database's permissions) never makes a readable copy. Nothing if it exists."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _windows_drive_is_remote(path: Path) -> bool:
    import ctypes  # Windows only

    drive = os.path.splitdrive(os.path.abspath(path))[0]
    DRIVE_REMOTE = 4
    # windll exists on Windows only: the ignore is for the type check on other systems
    if not drive:
        return False
    remote: bool = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE  # type: ignore[attr-defined,unused-ignore]
    return remote


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
        import subprocess  # here only: not imported where /proc/mounts answers

        try:
            output = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5).stdout
        except subprocess.SubprocessError:
            return []
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
    except (OSError, ValueError):
        return False


def connect(path: str | Path) -> Database:
    """Open one connection to the database at `path` with the project's pragmas.

    The connection is in autocommit mode: writes go through `write_transaction`, which opens an
    explicit transaction, so nothing is left half-committed by Python's implicit transactions.
    """
    path = Path(path)
    if not path.exists():
        with contextlib.suppress(OSError):  # SQLite will say why it cannot create it
            create_private_file(path)
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise explain(path, exc) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        wanted = "delete" if is_on_network_share(path) else "wal"
        mode = conn.execute(f"PRAGMA journal_mode = {wanted}").fetchone()[0]
        if mode.lower() not in ("wal", "delete", "memory"):
            conn.execute("PRAGMA journal_mode = delete")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        conn.close()
        if is_damage(exc):
            raise CorruptDatabaseError(f"{path} is not a readable database ({exc}).") from exc
        raise explain(path, exc) from exc
    for extra in ("", *JOURNAL_SUFFIXES):  # files left by an older version, created readable by all
        owner_only(path.with_name(path.name + extra))
    return Database(conn)


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # the first bytes of a rollback journal that holds pages


def recover_interrupted_write(path: str | Path) -> bool:
    """Roll back a hot rollback journal beside the database at `path`, as any normal open would; return
    whether one was rolled back.

    A write interrupted by a crash (or a network share that went away) leaves `<file>-journal` with the
    pages as they were before it; until SQLite rolls it back, a read-only reader cannot use the file.
    SQLite takes any journal beside a file as the file's own: one copied in with another database's would
    write that database's pages into this one. So the file and the journal are copied first, and put back
    as they were (CorruptDatabaseError) if the file is not sound after the rollback.
    """
    path = Path(path)
    journal = path.with_name(path.name + "-journal")
    try:
        if journal.stat().st_size == 0:
            return False
        with open(journal, "rb") as handle:
            guarded = handle.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except OSError:
        return False
    copies: list[tuple[Path, Path]] = []
    try:
        if guarded:
            for original in (path, journal):
                fd, name = tempfile.mkstemp(prefix=f".{original.name}.", suffix=".before-rollback", dir=path.parent)
                os.close(fd)
                shutil.copy2(original, name)
                copies.append((Path(name), original))
        try:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
            )
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the first read rolls a hot journal back
                sound = not guarded or conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
            except sqlite3.DatabaseError as exc:
                if not is_damage(exc):
                    raise
                sound = False
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise explain(path, exc) from exc
        if not sound:
            for copy, original in copies:
                os.replace(copy, original)
            copies.clear()
            raise CorruptDatabaseError(
                f"{path} has a rollback journal beside it ({journal.name}) that does not belong to it: rolling it back "
                "would damage the database. Both were left as they were; move that journal away, or restore a backup."
            )
    except OSError as exc:
        raise DatabaseError(
            f"{path}: an interrupted write cannot be recovered ({exc.strerror or exc}); nothing was changed."
        ) from exc
    finally:
        for copy, _original in copies:
            copy.unlink(missing_ok=True)
    try:
        return journal.stat().st_size == 0
    except FileNotFoundError:
        return True


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """Run a block of writes atomically: all of it is committed, or none of it.

    The outermost block takes the write lock at once (BEGIN IMMEDIATE) so that two writers wait for
    each other through the busy timeout instead of failing half way; nested blocks become
    savepoints. An SQLite error that leaves the outermost block (a full disk, a lock held too long, a
    damaged page, a broken constraint) is raised as `DatabaseError` (see `explain`), the SQLite error
    as its cause: the layers above never see SQLite's own exceptions.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        with db.atomic("BEGIN IMMEDIATE"):
            yield db
    except sqlite3.Error as exc:
        raise explain(database_path(db), exc) from exc


def database_path(db: Database) -> str:
    """The file of `db`'s main database, for a message ("the database" when SQLite cannot say)."""
    try:
        for row in db.conn.execute("PRAGMA database_list").fetchall():
            if row[1] == "main" and row[2]:
                return str(row[2])
    except sqlite3.Error:
        pass
    return "The database"


class Store:
    """The State's database file, with one connection per thread.

    SQLite connections must not be shared across threads; each thread that asks for the database
    gets its own connection, created on first use and closed by `close()`.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[Database] = []

    @property
    def db(self) -> Database:
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
        return str(self.db.execute("PRAGMA journal_mode").fetchone()[0])


def private_folder(folder: Path) -> Path:
    """Create `folder` and any missing parent readable by its owner only (the State's data); return it.

    Folders that exist already are left as they are: the user may have chosen to share one.
    """
    missing = []
    for level in (folder, *folder.parents):
        if level.exists():
            break
        missing.append(level)
    for level in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process
            level.mkdir(mode=0o700)
    return folder


def ensure_parent(path: Path) -> None:
    """Create the folder that will hold the database file (each new folder readable by its owner only)."""
    private_folder(path.parent)
