"""Restoring a package: everything checked first, the current data kept aside, then replaced under one lock."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from app import steps
from app.attachments import BLOCK, documents_dir, store_stream
from app.audit import Actor, record
from app.changes import Description
from app.input_files import printable, regular_file
from app.outputs import inflight_temp
from app.package.format import (
    DATABASE_NAME,
    IN_USE,
    LOCK_TIMEOUT,
    SQLITE_BUSY,
    SQLITE_LOCKED,
    SUFFIX,
    DamagedDatabaseError,
    DatabaseInUse,
    DataMovedAside,
    PackageError,
    RestoreResult,
)
from app.package.reading import (
    _check_contents,
    _OpenPackage,
    _verified,
)
from app.package.temp import (
    _check_room,
    private_temp_dir,
)
from app.package.writing import (
    _rows,
    _write,
)
from app.workspace import Workspace
from db import JOURNAL_SUFFIXES, CorruptDatabaseError, Database, DatabaseError, write_transaction
from db.backup import backup_to, copy_into
from db.connection import is_damage
from db.integrity import quick_check

# --- restoring ----------------------------------------------------------------------------------


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _free_name(path: Path) -> Path:
    """`path`, or `path` with -2, -3... before the suffix if it exists already."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def kept_package_path(db_path: Path) -> Path:
    """Where the data replaced by a restore is kept: `<stem>.before-restore-<stamp>.un1540` beside it."""
    return _free_name(db_path.with_name(f"{db_path.stem}.before-restore-{_stamp()}{SUFFIX}"))


def move_damaged_aside(db_path: Path) -> Path:
    """Rename a damaged database (and its journal files) so that a restore can take its place."""
    target = _free_name(db_path.with_name(f"{db_path.stem}.damaged-{_stamp()}{db_path.suffix}"))
    db_path.rename(target)
    for suffix in JOURNAL_SUFFIXES:
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            extra.rename(target.with_name(target.name + suffix))
    return target


def _move_back(kept: Path, db_path: Path) -> None:
    """Undo `move_damaged_aside`: the file (then its journal files) back under its own name."""
    os.replace(kept, db_path)
    for suffix in JOURNAL_SUFFIXES:
        extra = kept.with_name(kept.name + suffix)
        if extra.exists():
            os.replace(extra, db_path.with_name(db_path.name + suffix))


def _replace_damaged(copy: Database, db_path: Path) -> Path | None:
    """Put the checked `copy` in place of the damaged database at `db_path`; return where that file was moved.

    The new database is written completely beside it first: once the damaged file is moved aside, only
    a rename remains, and if that fails the damaged file is put back under its name.
    """
    fresh = _free_name(db_path.with_name(f".{db_path.stem}.restoring{db_path.suffix}"))
    try:
        fresh = backup_to(copy, fresh, inflight_temp)  # a full disk fails here, before anything is moved
        kept = move_damaged_aside(db_path) if db_path.exists() else None
        try:
            os.replace(fresh, db_path)
        except OSError as exc:
            if kept is not None:
                try:
                    _move_back(kept, db_path)
                except OSError:
                    raise DataMovedAside(
                        f"The restored database could not be put in place ({exc.strerror or exc}), and the damaged "
                        f"database could not be put back: it is kept as {kept}. Quit the application and rename that "
                        f"file {db_path.name} to use it again."
                    ) from exc
            raise
    finally:
        fresh.unlink(missing_ok=True)
    return kept


def _lock_exclusively(db_path: Path) -> Database:
    """A connection to `db_path` that holds it exclusively until it is closed: no other window or program
    can read or write it meanwhile (SQLite's exclusive locking mode).

    Refuses (DatabaseInUse) if another connection keeps the database open beyond LOCK_TIMEOUT: in WAL
    mode every open connection holds a shared lock, so a window left open is found reliably. A damaged
    file raises sqlite3.DatabaseError.
    """
    conn = sqlite3.connect(str(db_path), isolation_level=None, timeout=LOCK_TIMEOUT)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")  # before the first read: the lock is then never released
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        conn.close()
        code = getattr(exc, "sqlite_errorcode", 0) or 0
        if code & 0xFF in (SQLITE_BUSY, SQLITE_LOCKED):
            raise DatabaseInUse(IN_USE) from exc
        raise
    return Database(conn)


def _copy_damaged_aside(db_path: Path, raw: BinaryIO) -> Path:
    """Copy the damaged database (and its -wal, which holds committed changes) beside it, byte for byte;
    called while the database is locked, so the copy is exactly what is replaced.

    The database is read through `raw`, opened before the lock was taken and closed after it is released:
    on POSIX, closing any descriptor of a file drops every lock the process holds on it, so opening and
    closing the database file here would let another program in while the restore believes it is alone.
    """
    target = _free_name(db_path.with_name(f"{db_path.stem}.damaged-{_stamp()}{db_path.suffix}"))
    wal = db_path.with_name(db_path.name + "-wal")  # SQLite locks the database file only: the -wal may be opened
    copies: list[tuple[BinaryIO | None, Path]] = [(raw, target)]
    if wal.exists() and wal.stat().st_size > 0:
        copies.append((None, target.with_name(target.name + "-wal")))
    written: list[Path] = []
    try:
        # Each written under a hidden name first, recorded as in flight: a stopped run leaves no half copy under
        # the kept name, and the half copy itself is swept at the next start (app.outputs.sweep_leftovers).
        with contextlib.ExitStack() as partials:
            for source, final in copies:
                partial = partials.enter_context(inflight_temp(final.parent, final.name))
                with os.fdopen(os.open(partial, os.O_WRONLY | os.O_TRUNC), "wb") as out:
                    written.append(partial)
                    if source is None:
                        with open(wal, "rb") as handle:
                            shutil.copyfileobj(handle, out, BLOCK)
                    else:
                        source.seek(0)
                        shutil.copyfileobj(source, out, BLOCK)
                    out.flush()
                    os.fsync(out.fileno())
            for (_source, final), partial in reversed(
                list(zip(copies, written, strict=False))
            ):  # the -wal first, then the file
                os.replace(partial, final)
                written.remove(partial)
                written.append(final)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return target


def _upgraded_copy(copy: Database, folder: Path, source_label: str, in_place: bool = False) -> Database:
    """A private, writable copy of the checked `copy`, brought to this version's schema and template, so that
    it replaces the current data in one step of the backup API. `in_place`: `copy` is that private copy already
    (a package's database, extracted into the restore's private folder and checked there): it is upgraded where
    it is, not copied once more (nobody else has it, and it was checked as it is)."""
    if in_place:
        fresh = Path(copy.execute("PRAGMA database_list").fetchone()[2])
        copy.conn.close()  # read-only: the upgrade opens it for writing
    else:
        fresh = backup_to(copy, folder / "restoring.sqlite3")
    Workspace.open(fresh, source=source_label).close()
    conn = sqlite3.connect(str(fresh))
    conn.execute("PRAGMA journal_mode = delete")  # as the package's copy was: each open then picks its own mode
    return Database(conn)


def _actor_name(db: Database) -> str:
    from app.workspace import _os_user

    rows = _rows(db, "SELECT focal_point_name FROM state_profile WHERE id = 1")
    return (rows[0][0] if rows else "") or _os_user()


@dataclass
class _Restored:
    """The restored copy as `app.steps.barrier` sees a workspace: its connection and who restored it."""

    db: Database
    actor: Actor


def replace_database(
    copy: Database,
    db_path: Path,
    source_label: str,
    summary: str,
    before_replace: Callable[[], None] | None = None,
    source_name: str = "",
    private_copy: bool = False,
    checked_documents: set[str] | None = None,
) -> Path | None:
    """Replace the content of the database at `db_path` with the checked `copy`; return what was kept.

    The current data is kept aside and replaced under one exclusive lock, so no commit of another window
    or program can fall between the two: while another one has the database open, the restore is refused
    (DatabaseInUse). The current data, if any, is kept as a package beside the database; a damaged
    database (failing SQLite's quick check, or its integrity check when packed) is copied aside as it is.
    A database too damaged to open is renamed aside instead, once the restored database is ready to take
    its place. `before_replace` runs before the database changes (e.g. to add documents). The restored
    data is upgraded first and the restore recorded in its history, so that the data is replaced and the
    restore audited in one step (a crash leaves the one or the other, whole). The restore is also recorded
    as a step that cannot be undone (`source_name`, the file restored, names it): the steps before it
    belong to the data as it was when packed, not to the data replaced.
    """
    summary = printable(summary)
    with private_temp_dir("restore") as tmp:
        fresh = _upgraded_copy(copy, Path(tmp), source_label, in_place=private_copy)
        try:
            with write_transaction(fresh):
                actor = Actor(_actor_name(fresh), source_label)
                record(fresh, actor, "restore", "database", "", summary)
                steps.barrier(
                    cast(Workspace, _Restored(fresh, actor)),
                    Description("restore", "database", source_name),
                    "restored",
                )
            try:
                Workspace.open(db_path, source=source_label).close()  # created if missing, upgraded if older
            except CorruptDatabaseError:
                return _replace_unreadable(fresh, db_path, before_replace)
            except sqlite3.DatabaseError as exc:  # a damaged page read on opening: the quick check will find it
                if not is_damage(exc):
                    raise
            # Opened before the lock and closed after it (see _copy_damaged_aside).
            with open(db_path, "rb") as raw:
                try:
                    db = _lock_exclusively(db_path)
                except sqlite3.DatabaseError as exc:
                    if not is_damage(exc):
                        raise DatabaseError(
                            f"The database cannot be locked for the restore ({exc}); nothing was changed."
                        ) from exc
                    db = None  # too damaged for SQLite to lock it: nobody can be using it
                if db is not None:
                    try:
                        if os.stat(db_path).st_ino != os.fstat(raw.fileno()).st_ino:
                            raise DatabaseInUse(IN_USE)  # replaced by another program meanwhile
                        return _replace_locked(db, raw, fresh, db_path, before_replace, checked_documents)
                    finally:
                        db.conn.close()
            return _replace_unreadable(fresh, db_path, before_replace)
        finally:
            fresh.conn.close()


def _replace_unreadable(fresh: Database, db_path: Path, before_replace: Callable[[], None] | None) -> Path | None:
    """`replace_database` for a file too damaged to open: renamed aside once the restored one is ready."""
    if before_replace is not None:
        before_replace()
    return _replace_damaged(fresh, db_path)


def _replace_locked(
    db: Database,
    raw: BinaryIO,
    fresh: Database,
    db_path: Path,
    before_replace: Callable[[], None] | None,
    checked_documents: set[str] | None = None,
) -> Path | None:
    """The steps of `replace_database` done while `db` holds the database exclusively."""
    kept: Path | None = None
    damaged = False
    try:
        if db.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 1:
            # The database stored as it is: kept aside at once, it is the user's to delete once the restore is right.
            # Its packing runs SQLite's integrity check on every page copied, which finds all a quick check would:
            # the quick check is left for data not kept aside.
            kept = _write(
                db,
                db_path,
                kept_package_path(db_path),
                None,
                _actor_name(db),
                advise=False,
                database_level=None,
                intact=checked_documents,
            ).path
        else:
            damaged = bool(quick_check(db))
    except DamagedDatabaseError:
        damaged = True  # the integrity check of the packed copy found damage
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise DatabaseError(f"The current data could not be kept aside ({exc}); nothing was restored.") from exc
        damaged = True
    if damaged:
        kept = _copy_damaged_aside(db_path, raw)
    try:
        if before_replace is not None:
            before_replace()
        copy_into(fresh, db)
    except BaseException:
        if damaged and kept is not None:
            kept.unlink(missing_ok=True)  # nothing was replaced: the database itself is still the damaged file
            kept.with_name(kept.name + "-wal").unlink(missing_ok=True)
        raise
    return kept


def _room_needed(manifest: dict[str, Any], db_path: Path, tmp: Path) -> list[tuple[Path, int]]:
    """What a restore writes, and where: the database in the temporary folder and beside the current
    one, and the documents the documents folder does not hold yet."""
    folder = documents_dir(db_path)
    sizes = {entry["sha256"]: entry["size"] for entry in manifest["documents"]}
    to_add = 0
    for sha, size in sizes.items():
        try:
            present = (folder / sha).stat().st_size == size
        except OSError:
            present = False
        to_add += 0 if present else size
    database = manifest["database"]["size"]
    return [(tmp, 2 * database), (db_path.parent, database), (folder, to_add)]  # extracted, then upgraded


def restore_package(
    path: str | Path, db_path: str | Path, passphrase: str | None = None, source_label: str = "cli"
) -> RestoreResult:
    """Replace the database at `db_path` (and add its documents) with the package at `path`.

    Everything is checked first: the decryption, the ZIP, the manifest, the room on the disks, the
    SHA-256 of the database and of every document, and the database itself (sound, ours, not from a
    newer version). Only then is the current data kept aside as a package, the missing documents
    copied into the documents folder (none is ever deleted) and the database replaced.
    """
    path = regular_file(path)  # a pipe or a device is refused before it is opened
    db_path = Path(db_path).expanduser()
    with _OpenPackage(path, passphrase) as package, private_temp_dir("restore") as tmp:
        manifest = package.manifest
        _check_room(_room_needed(manifest, db_path, Path(tmp)), path.name)
        extracted = Path(tmp) / DATABASE_NAME
        _check_contents(package, extracted)
        documents = manifest["documents"]
        folder = documents_dir(db_path)
        if documents and (folder.exists() or folder.is_symlink()) and not folder.is_dir():
            raise PackageError(
                f"{folder} is in the way of the documents folder: it is not a folder. Move it away, "
                "then restore again. Nothing was changed."
            )
        copy = _verified(extracted, path)
        added = 0
        whole: set[str] = set()  # documents of the folder read through by the keeping aside of the current data

        def add_documents() -> None:
            nonlocal added
            folder = documents_dir(db_path)
            for entry in documents:
                if entry["sha256"] in whole:  # found whole a moment ago, under the restore's lock: not read again
                    continue
                member = package.open_document(entry)  # checked above: only a package changed meanwhile fails here
                with member:
                    added += store_stream(member, folder, expected=entry["sha256"])[2]

        try:
            summary = (
                f"Restored from {path.name} (package of {manifest.get('created_at', '?')} by "
                f"{manifest.get('created_by', '?')}, {len(documents)} document(s))"
            )
            kept = replace_database(
                copy,
                db_path,
                source_label,
                summary,
                add_documents,
                source_name=printable(path.name),
                private_copy=True,
                checked_documents=whole,
            )
        finally:
            copy.conn.close()
    return RestoreResult(kept=kept, documents=len(documents), documents_added=added)
