"""A State's open database: the object every domain operation receives."""

from __future__ import annotations

import getpass
import sqlite3
from pathlib import Path

import sqlite_utils

from app.audit import Actor
from db import Store, open_store
from db.connection import explain


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes and services
        return "unknown"


class Workspace:
    """The State's data file, upgraded and ready, with who is acting on it.

    `db` gives the calling thread's own connection, so a background worker can use the same
    workspace safely.
    """

    def __init__(self, store: Store, source: str = "gui"):
        self.store = store
        self.source = source

    @classmethod
    def open(cls, path: str | Path, source: str = "gui") -> "Workspace":
        """Open or create the database at `path`: schema upgraded, matrix template current, the documents
        folder ready (see `attachments.prepare_documents`).

        A file that cannot be used raises `db.DatabaseError` with one line for the user (damaged pages read
        here included), never a bare SQLite error.
        """
        from app import attachments, matrix_template  # these modules need a workspace of their own

        ws = cls(open_store(path), source)
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

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def db(self) -> sqlite_utils.Database:
        return self.store.db

    @property
    def actor(self) -> Actor:
        row = self.db.execute("SELECT focal_point_name FROM state_profile WHERE id = 1").fetchone()
        name = (row[0] if row else "") or _os_user()
        return Actor(name=name, source=self.source)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
