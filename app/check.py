"""The integrity check behind `main.py check`: is this database sound and usable?"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app import attachments
from app.matrix_template import bundled_template
from db.connection import Database, recover_interrupted_write
from db.integrity import storage_problems
from db.schema import check_database_file, check_file_header

RECOVERED = "recovered an interrupted write (hot journal)"


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)  # empty: healthy
    notes: list[str] = field(default_factory=list)  # what was done on the way (a hot journal rolled back)


def check_report(path: str | Path) -> CheckReport:
    """Check the database at `path` read-only, after rolling back a write a crash interrupted (as any open
    of the file would: the data is then as it was before that write)."""
    path = Path(path).expanduser()
    report = CheckReport()
    try:
        check_file_header(path)  # a folder, a pipe, an unreadable file: one line
        if not path.exists():
            report.problems.append(f"{path} does not exist")
            return report
        if recover_interrupted_write(path):
            report.notes.append(RECOVERED)
        check_database_file(path)  # another program's file, one from a newer version or with SQL of its own
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except Exception as exc:  # a message for the user, whatever the cause
        report.problems.append(str(exc))
        return report
    try:
        db = Database(conn)
        report.problems += storage_problems(db)
        if not report.problems:
            report.problems += _domain_problems(db) + attachments.check_files(db, attachments.documents_to_check(path))
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"the file cannot be read as a database ({exc})")
    finally:
        conn.close()
    return report


def _domain_problems(db: Database) -> list[str]:
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
