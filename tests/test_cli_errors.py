"""Hostile or mistyped command lines: exit 1, one `error: ...` line, and nothing written or changed.

Every command runs as a user runs it, `python main.py ...` in a separate process. "Nothing changed"
is the database's content (every row of every table, dumped) and the folder's listing, compared before
and after; a refusal that comes before the database is opened also leaves its bytes as they were.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.attachments import documents_dir
from tests.copies import backup_file
from tests.damage import database_digest

MAIN = Path(__file__).resolve().parents[1] / "main.py"


@pytest.fixture
def run(tmp_path):
    env = dict(os.environ)
    env["UN1540_DATA_DIR"] = str(tmp_path / "user-data")
    env["UN1540_CONFIG_DIR"] = str(tmp_path / "user-config")
    env.pop("PYTHONWARNINGS", None)

    def _run(*args: str | Path | bytes) -> subprocess.CompletedProcess:
        argv = [a if isinstance(a, bytes) else str(a) for a in args]
        return subprocess.run(
            [sys.executable, str(MAIN), *argv],
            stdin=subprocess.DEVNULL,
            cwd=MAIN.parent,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=120,
        )

    return _run


@pytest.fixture
def state(tmp_path, demo_db) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return backup_file(demo_db, folder / "s.sqlite3")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _refused(result: subprocess.CompletedProcess) -> str:
    """The one line of a clean refusal."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and "unexpected" not in lines[0] and "Traceback" not in result.stderr
    return lines[0]


class Unchanged:
    """The database's content and the work folder's listing, to compare after a refused command."""

    def __init__(self, db: Path):
        self.db, self.folder = db, db.parent
        self.sha, self.content, self.files = _sha(db), database_digest(db), _listing(db.parent)

    def check(self, run, *, same_bytes: bool = False) -> None:
        if same_bytes:
            assert _sha(self.db) == self.sha, "the database file was changed"
        assert database_digest(self.db) == self.content, "the database was changed"
        assert _listing(self.folder) == self.files, "a file was written or left"
        check = run("check", "--db", self.db)
        assert check.returncode == 0, check.stderr


# -- #1: no output may be the database, its journals, its documents or a file the application keeps ---------


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
@pytest.mark.parametrize("name", ["s.sqlite3", "s.sqlite3-wal", "s.sqlite3-shm", "s.sqlite3-journal"])
def test_an_export_onto_the_database_or_its_journal_is_refused(run, state, name, fmt):
    before = Unchanged(state)
    line = _refused(run("export", "matrix", "--format", fmt, "--db", state, "--out", state.with_name(name)))
    assert "cannot be" in line and "database is unchanged" in line
    before.check(run, same_bytes=True)


def test_an_export_through_a_link_or_another_spelling_of_the_database_is_refused(run, state, tmp_path):
    before = Unchanged(state)
    link = tmp_path / "elsewhere"
    link.symlink_to(state.parent, target_is_directory=True)
    _refused(run("export", "matrix", "--format", "pdf", "--db", state, "--out", link / "s.sqlite3"))
    _refused(
        run("export", "matrix", "--format", "pdf", "--db", state, "--out", state.parent / ".." / "work" / "s.sqlite3")
    )
    (tmp_path / "to-db.pdf").symlink_to(state)
    _refused(run("export", "matrix", "--format", "pdf", "--db", state, "--out", tmp_path / "to-db.pdf"))
    before.check(run)


def test_an_export_into_the_documents_folder_is_refused(run, state):
    documents_dir(state).mkdir()
    before = Unchanged(state)
    line = _refused(
        run("export", "report", "--format", "pdf", "--db", state, "--out", documents_dir(state) / "report.pdf")
    )
    assert "documents folder" in line
    before.check(run)


@pytest.mark.parametrize("name", ["s.sqlite3-wal", "s.sqlite3"])
def test_a_backup_onto_a_file_of_the_database_is_refused(run, state, name):
    before = Unchanged(state)
    line = _refused(run("backup", "--db", state, "--out", state.with_name(name)))
    assert "cannot be" in line
    before.check(run, same_bytes=True)


def test_a_backup_into_the_documents_or_the_daily_backups_folder_is_refused(run, state, tmp_path):
    documents_dir(state).mkdir()
    before = Unchanged(state)
    assert "documents folder" in _refused(run("backup", "--db", state, "--out", documents_dir(state) / "b.un1540"))
    daily = tmp_path / "user-data" / "backups" / "s-12345678" / "2026-01-01.un1540"
    assert "daily backups" in _refused(run("backup", "--db", state, "--out", daily))
    assert not daily.exists()
    before.check(run)


def test_a_handover_into_the_documents_folder_is_refused(run, state):
    documents_dir(state).mkdir()
    before = Unchanged(state)
    assert "documents folder" in _refused(run("handover", "--db", state, "--out", documents_dir(state)))
    before.check(run)


def test_an_agency_workbook_into_the_documents_folder_is_refused(run, state):
    documents_dir(state).mkdir()
    before = Unchanged(state)
    _refused(run("agency-workbook", "--db", state, "--agency", "DGD", "--out", documents_dir(state) / "dgd.xlsx"))
    before.check(run)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("command", ["export", "backup"])
def test_a_named_pipe_as_the_output_is_refused_not_replaced(run, state, tmp_path, command):
    pipe = tmp_path / "pipe.pdf"
    os.mkfifo(pipe)
    args = ["export", "matrix", "--format", "pdf"] if command == "export" else ["backup"]
    assert "not a regular file" in _refused(run(*args, "--db", state, "--out", pipe))
    assert pipe.is_fifo()


def test_a_folder_as_the_backup_file_is_refused_in_one_clear_line(run, state, tmp_path):
    before = Unchanged(state)
    assert "is a folder" in _refused(run("backup", "--db", state, "--out", tmp_path))
    before.check(run)


# -- #10: an agency workbook never overwrites a file unless told ----------------------------------------------


def test_an_agency_workbook_never_replaces_an_existing_file_without_overwrite(run, state):
    out = state.with_name("dgd.xlsx")
    out.write_bytes(b"the agency's own notes")
    before = Unchanged(state)
    line = _refused(run("agency-workbook", "--db", state, "--agency", "DGD", "--out", out))
    assert "--overwrite" in line
    assert out.read_bytes() == b"the agency's own notes"
    before.check(run)
    done = run("agency-workbook", "--db", state, "--agency", "DGD", "--out", out, "--overwrite")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:2] == b"PK" and _count(state, "agency_workbook") == 1


def test_the_overwrite_option_is_documented(run):
    result = run("agency-workbook", "--help")
    assert "--overwrite" in result.stdout
    assert "--overwrite" in (MAIN.parent / "README.md").read_text(encoding="utf-8")


# -- #11: one line instead of "unexpected X", and nothing written ---------------------------------------------


def test_an_unknown_agency_is_named_with_the_known_ones(run, state):
    before = Unchanged(state)
    line = _refused(run("agency-workbook", "--db", state, "--agency", "Nope", "--out", state.with_name("x.xlsx")))
    assert line.startswith("error: no agency named 'Nope'; known: ") and "Direction générale des douanes (DGD)" in line
    before.check(run)


@pytest.mark.parametrize("number", ["99999999999999999999", "-99999999999999999999", "9223372036854775808"])
def test_an_assistance_request_number_too_large_for_sqlite(run, state, number):
    before = Unchanged(state)
    line = _refused(
        run("export", "assistance", "--id", number, "--format", "pdf", "--db", state, "--out", state.with_name("a.pdf"))
    )
    assert f"no assistance request number {number}" in line
    before.check(run)


@pytest.mark.parametrize(
    "option, value, message",
    [
        ("--mark-submitted", "2026-02-30", "--mark-submitted: '2026-02-30' is not a date"),
        ("--mark-submitted", "2999-01-01", "future date"),
        ("--reference", "R" * 201, "longer than 200"),
    ],
)
@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_a_wrong_submission_writes_no_file(run, state, option, value, message, fmt):
    before = Unchanged(state)
    extra = [option, value] + (["--mark-submitted", "2020-01-06"] if option == "--reference" else [])
    line = _refused(
        run("export", "matrix", "--format", fmt, "--db", state, "--out", state.with_name(f"m.{fmt}"), *extra)
    )
    assert message in line
    before.check(run)
    assert _count(state, "submission") == 0


def test_an_export_marked_as_submitted_is_written_and_recorded_together(run, state):
    out = state.with_name("matrix.xlsx")
    result = run(
        "export",
        "matrix",
        "--format",
        "xlsx",
        "--db",
        state,
        "--out",
        out,
        "--mark-submitted",
        "2020-01-06",
        "--reference",
        "NV/2026/1",
    )
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(state)
    try:
        [(name, document)] = conn.execute("SELECT file_name, document FROM submission").fetchall()
    finally:
        conn.close()
    assert name == "matrix.xlsx" and document == out.read_bytes()


def test_an_impossible_due_date_writes_no_workbook(run, state):
    before = Unchanged(state)
    line = _refused(
        run(
            "agency-workbook",
            "--db",
            state,
            "--agency",
            "DGD",
            "--due",
            "2026-02-30",
            "--out",
            state.with_name("x.xlsx"),
        )
    )
    assert "--due" in line and "is not a date" in line
    before.check(run)
    assert _count(state, "agency_workbook") == 0


def test_an_unknown_section_is_named(run, state):
    before = Unchanged(state)
    line = _refused(
        run(
            "agency-workbook", "--db", state, "--agency", "DGD", "--sections", "B,Z", "--out", state.with_name("x.xlsx")
        )
    )
    assert "no section 'Z'" in line and "A, B, C, D" in line
    before.check(run)


@pytest.mark.parametrize(
    "args",
    [
        ["agency-workbook", "--agency", b"\xff", "--out", "x.xlsx"],
        ["agency-workbook", "--agency", "DGD", "--note", b"note \xff", "--out", "x.xlsx"],
        ["agency-workbook", "--agency", "DGD", "--sections", b"\xff", "--out", "x.xlsx"],
        [
            "export",
            "matrix",
            "--format",
            "pdf",
            "--out",
            "m.pdf",
            "--mark-submitted",
            "2020-01-06",
            "--reference",
            b"\xff",
        ],
    ],
    ids=["agency", "note", "sections", "reference"],
)
def test_text_that_is_not_utf8_is_refused_in_one_line(run, state, args):
    before = Unchanged(state)
    argv = [state.with_name(a) if a in ("x.xlsx", "m.pdf") else a for a in args]
    line = _refused(run(*argv, "--db", state))
    assert "is not valid text" in line
    before.check(run)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names there are always Unicode")
@pytest.mark.parametrize("command", ["agency-workbook", "export"])
def test_a_file_name_that_is_not_utf8_is_written_and_recorded(run, state, command):
    out = os.fsencode(state.parent) + b"/r\xe9ponse.xlsx"  # Latin-1 bytes, as an old USB key names files
    args = (
        ["agency-workbook", "--agency", "DGD", "--out", out]
        if command == "agency-workbook"
        else ["export", "matrix", "--format", "xlsx", "--out", out, "--mark-submitted", "2020-01-06"]
    )
    result = run(*args, "--db", state)
    assert result.returncode == 0, result.stderr
    assert os.path.exists(out)
    table = "agency_workbook" if command == "agency-workbook" else "submission"
    conn = sqlite3.connect(state)
    try:
        [(name,)] = conn.execute(f"SELECT file_name FROM {table}").fetchall()
    finally:
        conn.close()
    assert name == "r\ufffdponse.xlsx"
