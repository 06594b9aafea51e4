"""A State's open database: the object every domain operation receives."""

from __future__ import annotations

import getpass
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app import attachments, matrix_template
from app.audit import Actor
from app.outputs import inflight_temp
from db import (
    JOURNAL_SUFFIXES,
    Database,
    DatabaseError,
    Store,
    latest_schema_version,
    open_store,
    schema_version,
)
from db.backup import backup_to
from db.connection import ensure_parent, explain
from db.integrity import damage_summary, quick_check
from db.schema import check_database_file


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes and services
        return "unknown"


def keep_before_upgrade(db: Database, path: Path) -> Path:
    """The database at `path`, which an older version wrote, is about to be upgraded (db.schema.upgrade calls this
    first): copied as it is, beside it (`<name>.before-upgrade-<day>-schema-<n>.sqlite3`, a consistent copy made with
    SQLite's backup API; its documents stay in the documents folder, which no upgrade changes). Returns that copy. A
    copy that cannot be written (a full disk) stops the opening with one line, and the database is left as it was."""
    from app import clock

    version = schema_version(db)
    out = path.with_name(f"{path.stem}.before-upgrade-{clock.today().isoformat()}-schema-{version}.sqlite3")
    if out.is_file():
        return out
    try:
        backup_to(db, out, temp_file=inflight_temp)
        out.chmod(0o600)  # the State's data: readable by its owner only, as the database
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(
            f"{path} was written by an older version and must be upgraded, but it could not be copied first "
            f"({getattr(exc, 'strerror', None) or exc}); it was left unchanged."
        ) from exc
    return out


@dataclass(frozen=True)
class StorageInfo:
    """What Help › About / diagnostics shows about the data file: its schema step, the newest one, its journal mode."""

    schema_version: int
    latest_schema_version: int
    journal_mode: str
    sqlite_version: str = sqlite3.sqlite_version  # the SQLite library in use (Help › About / diagnostics)


class Workspace:
    """The State's data file, upgraded and ready, with who is acting on it.

    `db` gives the calling thread's own connection, so a background worker can use the same
    workspace safely.
    """

    def __init__(self, store: Store, source: str = "gui"):
        self.store = store
        self.source = source

    @classmethod
    def open(cls, path: str | Path, source: str = "gui") -> Workspace:
        """Open or create the database at `path`: schema upgraded, matrix template current, the documents
        folder ready (see `attachments.prepare_documents`).

        A new database is made whole (schema and template) under a temporary name beside `path` and only
        then takes its name, so that a crash while it is created never leaves half of one. A file that
        cannot be used raises `db.DatabaseError` with one line for the user (damaged pages read here
        included), never a bare SQLite error.
        """
        path = Path(path).expanduser()
        if not path.exists():
            try:
                cls._create(path, source)
            except sqlite3.Error as exc:
                raise explain(path, exc) from exc
        ws = cls(open_store(path, before_upgrade=lambda db: keep_before_upgrade(db, path)), source)
        try:
            matrix_template.ensure_current(ws)
            attachments.prepare_documents(ws)
        except sqlite3.Error as exc:
            ws.close()
            raise explain(ws.path, exc) from exc
        except BaseException:
            ws.close()
            raise
        return ws

    @classmethod
    def attach(cls, path: str | Path, source: str = "gui") -> Workspace:
        """A workspace of its own on a database already opened (upgraded) by `open`: for a background thread
        that must not share the window's workspace. Nothing is read before its first use."""
        return cls(Store(Path(path)), source)

    @classmethod
    def _create(cls, path: Path, source: str) -> None:
        check_database_file(path)  # a path that cannot be a database is refused under its own name
        ensure_parent(path)
        with inflight_temp(path.parent, path.name) as temp:  # recorded: a killed run's is swept at the next start
            try:
                ws = cls(open_store(temp), source)
                try:
                    matrix_template.ensure_current(ws)
                    ws.db.execute("PRAGMA journal_mode = DELETE")  # everything in the one file that takes the name
                finally:
                    ws.close()
                try:
                    os.link(temp, path)  # never replaces a database another process created meanwhile
                except FileExistsError:
                    pass
                except OSError:  # a file system without hard links
                    if not path.exists():
                        os.replace(temp, path)
            finally:
                for suffix in JOURNAL_SUFFIXES:
                    temp.with_name(temp.name + suffix).unlink(missing_ok=True)

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def db(self) -> Database:
        return self.store.db

    @property
    def actor(self) -> Actor:
        row = self.db.execute("SELECT focal_point_name FROM state_profile WHERE id = 1").fetchone()
        name = (row[0] if row else "") or _os_user()
        return Actor(name=name, source=self.source)

    def damaged_pages(self) -> str:
        """SQLite's quick check of every page: "" when the file is sound, else one line saying what was found
        (damage that only shows when a page is read is found at once, not in the middle of the user's work)."""
        try:
            damage = quick_check(self.db)
        except sqlite3.Error as exc:
            damage = [str(exc)]
        return damage_summary(damage) if damage else ""

    def storage_info(self) -> StorageInfo:
        return StorageInfo(schema_version(self.db), latest_schema_version(), self.store.journal_mode())

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
