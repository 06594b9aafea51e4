"""The integrity check behind `main.py check`: is this database sound and usable?"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from app import attachments
from app.matrix_template import bundled_template
from db.integrity import storage_problems
from db.schema import check_file_header


def check_database(path: str | Path) -> list[str]:
    """Every problem found in the database at `path`, read-only; an empty list means healthy."""
    path = Path(path).expanduser()
    if not path.is_file():
        return [f"{path} does not exist"]
    try:
        check_file_header(path)
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except Exception as exc:  # a message for the user, whatever the cause
        return [str(exc)]
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        problems = storage_problems(db)
        if problems:
            return problems
        return _domain_problems(db) + attachments.check_files(db, attachments.documents_dir(path))
    except sqlite3.DatabaseError as exc:
        return [f"the file cannot be read as a database ({exc})"]
    finally:
        conn.close()


def _domain_problems(db: sqlite_utils.Database) -> list[str]:
    problems = []
    current = db.execute("SELECT version FROM matrix_template WHERE is_current = 1").fetchall()
    if len(current) != 1:
        return ["no current matrix template is loaded"]
    template = bundled_template()
    expected = set(template.field_keys()) if current[0][0] == template.version else None
    present = {r[0] for r in db.execute("SELECT key FROM matrix_field").fetchall()}
    if expected is not None and present != expected:
        missing = len(expected - present)
        extra = len(present - expected)
        problems.append(f"the matrix template is incomplete: {missing} field(s) missing, {extra} unexpected")
    orphans = db.execute(
        "SELECT count(*) FROM matrix_row r WHERE NOT EXISTS (SELECT 1 FROM matrix_field f WHERE f.row_key = r.key)"
    ).fetchone()[0]
    if orphans:
        problems.append(f"{orphans} matrix row(s) have no data field")
    profiles = db.execute("SELECT count(*) FROM state_profile").fetchone()[0]
    if profiles > 1:
        problems.append("more than one State profile")
    return problems
