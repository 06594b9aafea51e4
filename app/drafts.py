"""Text a user is typing in a form, kept in the database as they type.

If the application is killed or the computer loses power with a form open, the next time the same
form opens it offers the unsaved text back. Drafts are not changes to the State's data, so they are
not audited; saving the form or discarding it deletes the draft.
"""

from __future__ import annotations

import json
from typing import Any

from app.audit import utc_now
from app.workspace import Workspace
from db import write_transaction


def save_draft(ws: Workspace, key: str, data: dict[str, Any]) -> None:
    with write_transaction(ws.db):
        ws.db.execute(
            "INSERT INTO form_draft (key, data, saved_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET data = excluded.data, saved_at = excluded.saved_at",
            [key, json.dumps(data, ensure_ascii=False), utc_now()],
        )


def load_draft(ws: Workspace, key: str) -> tuple[dict[str, Any], str] | None:
    """The draft saved under `key` and when, or None."""
    row = ws.db.execute("SELECT data, saved_at FROM form_draft WHERE key = ?", [key]).fetchone()
    if row is None:
        return None
    try:
        return json.loads(row[0]), row[1]
    except ValueError:
        return None


def discard_draft(ws: Workspace, key: str) -> None:
    with write_transaction(ws.db):
        ws.db.execute("DELETE FROM form_draft WHERE key = ?", [key])
