"""The SQLite file itself: pragmas, journal mode, transactions, and files that must be refused."""

from __future__ import annotations

import hashlib
import io
import random
import sqlite3
import threading
import zipfile
from pathlib import Path

import pytest

from db import connection
from db.connection import (
    BUSY_TIMEOUT_MS,
    CorruptDatabaseError,
    DatabaseError,
    connect,
    is_on_network_share,
    write_transaction,
)
from db.migrations import MIGRATION_SET
from db.schema import NewerDatabaseError, latest_schema_version, open_store, schema_version


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make_table(db) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")


def _values(db) -> list[str]:
    return [r[0] for r in db.execute("SELECT v FROM t ORDER BY id").fetchall()]


# --- pragmas -------------------------------------------------------------------------------------


def test_new_database_uses_wal_journal(db_path):
    store = open_store(db_path)
    try:
        assert store.journal_mode().lower() == "wal"
    finally:
        store.close()
    # The mode is persistent: a plain sqlite3 connection sees it too.
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    finally:
        raw.close()


def test_connection_enforces_foreign_keys_and_waits_when_busy(db_path):
    db = connect(db_path)
    try:
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
        assert BUSY_TIMEOUT_MS >= 1000
        db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
        db.execute("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id))")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY constraint failed"):
            db.execute("INSERT INTO child (parent_id) VALUES (42)")
    finally:
        db.conn.close()


def test_every_thread_gets_its_own_connection_with_the_same_pragmas(db_path):
    store = open_store(db_path)
    seen: dict = {}

    def worker() -> None:
        try:
            db = store.db
            seen["same_object"] = db is main_db
            seen["foreign_keys"] = db.execute("PRAGMA foreign_keys").fetchone()[0]
            seen["busy_timeout"] = db.execute("PRAGMA busy_timeout").fetchone()[0]
            seen["journal_mode"] = db.execute("PRAGMA journal_mode").fetchone()[0]
            with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY constraint failed"):
                db.execute(
                    "INSERT INTO point_of_contact (name, agency_id, created_at, updated_at) "
                    "VALUES ('x', 999, 'now', 'now')"
                )
            seen["ok"] = True
        except BaseException as exc:  # reported in the main thread
            seen["error"] = exc

    try:
        main_db = store.db
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join(10)
        assert "error" not in seen, seen.get("error")
        assert seen == {
            "same_object": False,
            "foreign_keys": 1,
            "busy_timeout": BUSY_TIMEOUT_MS,
            "journal_mode": "wal",
            "ok": True,
        }
        assert store.db is main_db  # the main thread keeps its own connection
    finally:
        store.close()


def test_close_closes_connections_of_every_thread(db_path):
    store = open_store(db_path)
    holder = {}
    thread = threading.Thread(target=lambda: holder.setdefault("db", store.db))
    thread.start()
    thread.join(10)
    main_db = store.db
    store.close()
    for db in (main_db, holder["db"]):
        with pytest.raises(
            sqlite3.ProgrammingError, match=r"Cannot operate on a closed database|can only be used in that same thread"
        ):
            db.execute("SELECT 1")


# --- transactions --------------------------------------------------------------------------------


def test_write_transaction_commits_all_writes(db_path):
    db = connect(db_path)
    _make_table(db)
    with write_transaction(db):
        db.execute("INSERT INTO t (v) VALUES ('a')")
        db.execute("INSERT INTO t (v) VALUES ('b')")
    db.conn.close()
    other = connect(db_path)
    try:
        assert _values(other) == ["a", "b"]
    finally:
        other.conn.close()


def test_write_transaction_rolls_back_everything_on_error(db_path):
    db = connect(db_path)
    try:
        _make_table(db)
        db.execute("INSERT INTO t (v) VALUES ('before')")
        with pytest.raises(RuntimeError, match="power cut"), write_transaction(db):
            db.execute("INSERT INTO t (v) VALUES ('half 1')")
            db.execute("UPDATE t SET v = 'changed' WHERE v = 'before'")
            db.execute("INSERT INTO t (v) VALUES ('half 2')")
            raise RuntimeError("power cut")
        assert not db.conn.in_transaction
        assert _values(db) == ["before"]
    finally:
        db.conn.close()
    # A fresh connection sees the same: nothing was half written to the file.
    other = connect(db_path)
    try:
        assert _values(other) == ["before"]
    finally:
        other.conn.close()


def test_write_transaction_rolls_back_on_sqlite_error(db_path):
    db = connect(db_path)
    try:
        _make_table(db)
        with (
            pytest.raises(DatabaseError, match=r"NOT NULL constraint failed: t\.v\); nothing was changed") as raised,
            write_transaction(db),
        ):
            db.execute("INSERT INTO t (v) VALUES ('ok')")
            db.execute("INSERT INTO t (v) VALUES (NULL)")
        assert isinstance(raised.value.__cause__, sqlite3.IntegrityError)  # SQLite's error stays below the domain
        assert _values(db) == []
    finally:
        db.conn.close()


def test_nested_write_transaction_is_a_savepoint(db_path):
    db = connect(db_path)
    try:
        _make_table(db)
        with write_transaction(db):
            db.execute("INSERT INTO t (v) VALUES ('outer 1')")
            with pytest.raises(ValueError, match="inner fails"), write_transaction(db):
                db.execute("INSERT INTO t (v) VALUES ('inner, undone')")
                raise ValueError("inner fails")
            assert db.conn.in_transaction  # the outer transaction is still open
            with write_transaction(db):
                db.execute("INSERT INTO t (v) VALUES ('inner, kept')")
            db.execute("INSERT INTO t (v) VALUES ('outer 2')")
        assert _values(db) == ["outer 1", "inner, kept", "outer 2"]
    finally:
        db.conn.close()


def test_error_after_nested_block_rolls_back_the_nested_writes_too(db_path):
    db = connect(db_path)
    try:
        _make_table(db)
        with pytest.raises(RuntimeError, match="outer fails"), write_transaction(db):
            with write_transaction(db):
                db.execute("INSERT INTO t (v) VALUES ('inner')")
            raise RuntimeError("outer fails")
        assert _values(db) == []
    finally:
        db.conn.close()


def test_write_transaction_takes_the_write_lock_at_once(db_path):
    first = connect(db_path)
    second = connect(db_path)
    try:
        _make_table(first)
        second.conn.execute("PRAGMA busy_timeout = 50")
        with write_transaction(first), pytest.raises(sqlite3.OperationalError, match="locked"):
            second.conn.execute("BEGIN IMMEDIATE")
        second.conn.execute("BEGIN IMMEDIATE")  # free again once committed
        second.conn.execute("ROLLBACK")
    finally:
        first.conn.close()
        second.conn.close()


# --- files that are refused ----------------------------------------------------------------------


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("state.sqlite3", b"not really a database" * 100)
    return buffer.getvalue()


NOT_DATABASES = {
    "random_bytes": lambda: random.Random(232).randbytes(64 * 1024),
    "text_file": lambda: ("Focal point notes, not a database.\n" * 200).encode("utf-8"),
    "zip_archive": _zip_bytes,
    "sqlite_header_then_garbage": lambda: b"SQLite format 3\x00" + random.Random(235).randbytes(16 * 1024),
}


@pytest.mark.parametrize("kind", sorted(NOT_DATABASES))
def test_a_file_that_is_not_a_database_is_refused_and_left_unchanged(tmp_path, kind):
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "state.sqlite3"
    path.write_bytes(NOT_DATABASES[kind]())
    before = _digest(path)
    with pytest.raises(
        CorruptDatabaseError, match=r"state\.sqlite3 is (not a database of this application|damaged or not a database)"
    ):
        open_store(path)
    assert _digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["state.sqlite3"]  # no -wal / -journal left


@pytest.mark.parametrize("kind", ["random_bytes", "text_file", "zip_archive"])
def test_workspace_refuses_a_file_that_is_not_a_database(tmp_path, kind):
    from app.workspace import Workspace

    path = tmp_path / "state.sqlite3"
    path.write_bytes(NOT_DATABASES[kind]())
    before = _digest(path)
    with pytest.raises(CorruptDatabaseError, match="not"):
        Workspace.open(path)
    assert _digest(path) == before


def test_database_from_a_newer_version_is_refused(workspace, db_path):
    workspace.db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [MIGRATION_SET, "999_from_the_future", "2099-01-01 00:00:00+00:00"],
    )
    workspace.close()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_store(db_path)
    # Nothing was rolled back or dropped: the future step and the data are still recorded.
    raw = sqlite3.connect(db_path)
    try:
        names = [r[0] for r in raw.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert names[-1] == "999_from_the_future"
        assert len(names) == latest_schema_version() + 1
    finally:
        raw.close()


def test_open_store_creates_missing_parent_folders(tmp_path):
    path = tmp_path / "a" / "b" / "state.sqlite3"
    store = open_store(path)
    try:
        assert path.is_file()
        assert schema_version(store.db) == latest_schema_version()
    finally:
        store.close()


# --- network shares ------------------------------------------------------------------------------


def _fake_mounts(monkeypatch, tmp_path, lines: list[str]) -> None:
    """Make db.connection read `lines` instead of /proc/mounts."""
    mounts = tmp_path / "fake-mounts"
    mounts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    real_path = Path

    def fake_path(*args):
        if args == ("/proc/mounts",):
            return real_path(mounts)
        return real_path(*args)

    monkeypatch.setattr(connection, "Path", fake_path)


@pytest.mark.parametrize("fstype", ["nfs", "nfs4", "cifs", "smb3"])
def test_database_on_a_network_share_uses_the_rollback_journal(tmp_path, monkeypatch, fstype):
    share = tmp_path / "share"
    share.mkdir()
    _fake_mounts(
        monkeypatch,
        tmp_path,
        [
            "/dev/sda1 / ext4 rw,relatime 0 0",
            f"fileserver:/export {share.resolve()} {fstype} rw,relatime 0 0",
        ],
    )
    path = share / "state.sqlite3"
    assert is_on_network_share(path) is True
    store = open_store(path)
    try:
        assert store.journal_mode().lower() == "delete"
    finally:
        store.close()
    assert not (share / "state.sqlite3-wal").exists()


def test_local_folder_under_a_network_root_uses_wal(tmp_path, monkeypatch):
    """The longest matching mount point decides, not the first one."""
    local = tmp_path / "local"
    local.mkdir()
    _fake_mounts(
        monkeypatch,
        tmp_path,
        [
            "fileserver:/ / nfs4 rw 0 0",
            f"/dev/sdb1 {local.resolve()} ext4 rw 0 0",
        ],
    )
    assert is_on_network_share(local / "state.sqlite3") is False
    store = open_store(local / "state.sqlite3")
    try:
        assert store.journal_mode().lower() == "wal"
    finally:
        store.close()


def test_mount_point_with_a_space_is_recognised(tmp_path, monkeypatch):
    share = tmp_path / "shared drive"
    share.mkdir()
    escaped = str(share.resolve()).replace(" ", "\\040")
    _fake_mounts(monkeypatch, tmp_path, ["/dev/sda1 / ext4 rw 0 0", f"//nas/team {escaped} cifs rw 0 0"])
    assert is_on_network_share(share / "state.sqlite3") is True


def test_unc_paths_are_network_shares():
    assert is_on_network_share(Path("//fileserver/1540/state.sqlite3")) is True
    assert is_on_network_share("\\\\fileserver\\1540\\state.sqlite3") is True


def test_a_domain_write_on_a_full_disk_raises_the_domain_error_and_changes_nothing(workspace):
    """The interface catches `app.errors.DatabaseError` only: a full disk in a write is told in one line."""
    from app import agencies
    from app.errors import DatabaseError as DomainDatabaseError

    pages = workspace.db.execute("PRAGMA page_count").fetchone()[0]
    workspace.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # a real SQLITE_FULL a few pages on
    count = len(agencies.list_agencies(workspace))
    with pytest.raises(DomainDatabaseError, match=f"The disk holding {workspace.path} is full: nothing was changed"):
        for n in range(2000):
            agencies.create_agency(workspace, {"name": f"Agency {n} " + "x" * 250})
            count += 1
    assert len(agencies.list_agencies(workspace)) == count  # the failed write left nothing behind
