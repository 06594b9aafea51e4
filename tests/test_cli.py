"""The command line, run as a user runs it: `python main.py COMMAND ...` in a separate process."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import agencies, matrix
from app.backup import backup_file
from app.workspace import Workspace
from db.connection import connect

MAIN = Path(__file__).resolve().parents[1] / "main.py"
COMMANDS = ("demo", "check", "export", "import", "backup", "restore")


@pytest.fixture
def run(tmp_path):
    env = dict(os.environ)
    env["UN1540_DATA_DIR"] = str(tmp_path / "user-data")
    env["UN1540_CONFIG_DIR"] = str(tmp_path / "user-config")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONWARNINGS", None)

    def _run(*args: str | Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, str(MAIN), *map(str, args)],
            cwd=MAIN.parent, env=env, capture_output=True, text=True, encoding="utf-8", timeout=60,
        )

    return _run


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line_error(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def _copy(src: Path, dst: Path) -> Path:
    return backup_file(src, dst)


@pytest.fixture
def training(tmp_path, demo_db) -> Path:
    return _copy(demo_db, tmp_path / "training.sqlite3")


def test_demo_creates_a_healthy_training_state(run, tmp_path):
    path = tmp_path / "training.sqlite3"
    result = run("demo", "--db", path)
    assert result.returncode == 0, result.stderr
    assert "Training State ready" in result.stdout
    assert "15 laws" in result.stdout
    assert result.stderr == ""
    check = run("check", "--db", path)
    assert check.returncode == 0, check.stderr
    assert "healthy" in check.stdout and "not healthy" not in check.stdout
    assert check.stderr == ""


def test_demo_refuses_a_real_state(run, workspace, db_path):
    from app import state_profile

    state_profile.save_profile(workspace, {"state_code": "NOR", "focal_point_name": "Ola Nordmann"})
    agencies.create_agency(workspace, {"name": "Norwegian Radiation and Nuclear Safety Authority"})
    workspace.close()
    before = _digest(db_path)
    result = run("demo", "--db", db_path)
    assert result.returncode == 1
    assert "Norway" in _one_line_error(result)
    assert _digest(db_path) == before


def test_check_on_a_database_damaged_in_the_middle(run, training):
    data = bytearray(training.read_bytes())
    middle = len(data) // 2 - (len(data) // 2) % 4096
    data[middle:middle + 8192] = b"\xde\xad\xbe\xef" * 2048
    training.write_bytes(bytes(data))
    result = run("check", "--db", training)
    assert result.returncode == 1
    line = _one_line_error(result)
    assert "not healthy" in line
    assert result.stdout == ""


@pytest.mark.parametrize("content", [b"Minutes of the CNC-1540 meeting\n" * 50, b"PK\x03\x04" + os.urandom(2000)])
def test_check_on_a_file_that_is_not_a_database(run, tmp_path, content):
    path = tmp_path / "state.sqlite3"
    path.write_bytes(content)
    result = run("check", "--db", path)
    assert result.returncode == 1
    assert "not a" in _one_line_error(result)
    assert path.read_bytes() == content


def test_check_on_a_missing_file(run, tmp_path):
    path = tmp_path / "missing.sqlite3"
    result = run("check", "--db", path)
    assert result.returncode == 1
    assert "does not exist" in _one_line_error(result)
    assert not path.exists()  # checking never creates a database


def test_check_reports_a_database_from_a_newer_version(run, training):
    conn = sqlite3.connect(training)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('un1540', '999_x', 'now')")
    conn.commit()
    conn.close()
    result = run("check", "--db", training)
    assert result.returncode == 1
    assert "newer version" in _one_line_error(result)


def test_backup_then_restore_brings_the_data_back(run, training, tmp_path):
    backup = tmp_path / "backups" / "state-2026-11-23.sqlite3"
    result = run("backup", "--db", training, "--out", backup)
    assert result.returncode == 0, result.stderr
    assert backup.is_file()
    assert run("check", "--db", backup).returncode == 0

    with Workspace.open(training) as ws:
        agency_count = len(agencies.list_agencies(ws))
        npt = matrix.get_answer(ws, "OP1.npt")
        agencies.create_agency(ws, {"name": "Created after the backup"})
        matrix.set_answer(ws, "OP1.npt", {"value": "?", "remarks": "edited after the backup"})

    result = run("restore", backup, "--db", training)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""

    with Workspace.open(training) as ws:
        names = [a["name"] for a in agencies.list_agencies(ws)]
        assert len(names) == agency_count
        assert "Created after the backup" not in names
        restored = matrix.get_answer(ws, "OP1.npt")
        assert (restored["value"], restored["remarks"]) == (npt["value"], npt["remarks"])
        assert ws.db.execute("SELECT count(*) FROM audit_log WHERE action = 'restore'").fetchone()[0] == 1

    kept = sorted(tmp_path.glob("training.before-restore-*.sqlite3"))
    assert len(kept) == 1
    assert kept[0].name in result.stdout
    with Workspace.open(_copy(kept[0], tmp_path / "inspect.sqlite3")) as ws:
        assert "Created after the backup" in [a["name"] for a in agencies.list_agencies(ws)]
        assert matrix.get_answer(ws, "OP1.npt")["remarks"] == "edited after the backup"
    assert run("check", "--db", training).returncode == 0


@pytest.mark.parametrize("content", [b"not a backup at all\n", os.urandom(10_000), b""])
def test_restore_of_a_non_database_changes_nothing(run, training, tmp_path, content):
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)
    before = _digest(training)
    result = run("restore", bogus, "--db", training)
    assert result.returncode == 1
    _one_line_error(result)
    assert _digest(training) == before
    assert list(tmp_path.glob("*.before-restore-*")) == []


def test_restore_of_a_missing_backup_changes_nothing(run, training, tmp_path):
    before = _digest(training)
    result = run("restore", tmp_path / "missing.sqlite3", "--db", training)
    assert result.returncode == 1
    assert "does not exist" in _one_line_error(result)
    assert _digest(training) == before


def test_backup_of_a_missing_database_fails_cleanly(run, tmp_path):
    result = run("backup", "--db", tmp_path / "missing.sqlite3", "--out", tmp_path / "b.sqlite3")
    assert result.returncode == 1
    assert "does not exist" in _one_line_error(result)
    assert not (tmp_path / "missing.sqlite3").exists()
    assert not (tmp_path / "b.sqlite3").exists()


def _dump(path: Path) -> dict:
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}
    finally:
        conn.close()


def test_backup_onto_the_database_itself_is_refused(run, training):
    before = _dump(training)
    result = run("backup", "--db", training, "--out", training)
    assert result.returncode == 1
    assert "cannot be the database itself" in _one_line_error(result)
    # Opening the file may switch its journal mode, but no data changes.
    assert _dump(training) == before


def test_import_not_built_yet_exits_2_with_one_line(run, training, tmp_path):
    before = _digest(training)
    result = run("import", str(tmp_path / "x.xlsx"), "--db", str(training))
    assert result.returncode == 2
    assert "not available" in _one_line_error(result)
    assert _digest(training) == before


def test_help_mentions_every_command(run):
    result = run("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout, command
    assert "--db" in result.stdout


def test_unknown_command_is_a_usage_error(run):
    result = run("frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "invalid choice" in result.stderr


def test_missing_required_option_is_a_usage_error(run, tmp_path):
    result = run("backup", "--db", tmp_path / "x.sqlite3")
    assert result.returncode == 2
    assert "--out" in result.stderr


def test_default_database_is_in_the_data_folder(run, tmp_path):
    result = run("demo")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "user-data" / "un1540.sqlite3").is_file()
    assert run("check").returncode == 0


def test_version(run):
    result = run("--version")
    assert result.returncode == 0
    from app import APP_VERSION

    assert APP_VERSION in result.stdout


def test_run_command_never_shows_a_traceback(monkeypatch, capsys, tmp_path):
    """Even an unexpected failure inside a command is one line and exit 1."""
    import app.check
    from app.cli import build_parser, run_command

    def boom(path):
        raise KeyError("unexpected")

    monkeypatch.setattr(app.check, "check_database", boom)
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"")  # the file exists, so the command reaches the failing check
    status = run_command(build_parser().parse_args(["check", "--db", str(path)]))
    assert status == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "unexpected" in err
    assert "Traceback" not in err


def test_restore_into_a_new_file(run, training, tmp_path):
    target = tmp_path / "fresh" / "state.sqlite3"
    result = run("restore", training, "--db", target)
    assert result.returncode == 0, result.stderr
    with Workspace.open(target) as ws:
        assert len(agencies.list_agencies(ws)) > 0
    assert list(target.parent.glob("*.before-restore-*")) == []
    shutil.rmtree(target.parent)


# --- restore edge cases, in process --------------------------------------------------------------


def test_restore_refuses_a_sqlite_file_of_another_application(tmp_path, training):
    from app.backup import restore
    from app.errors import UserError
    from db.connection import DatabaseError

    other = tmp_path / "other-app.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('hello')")
    conn.commit()
    conn.close()
    before = _dump(training)
    with pytest.raises((DatabaseError, UserError), match="not created by this application|not a backup"):
        restore(other, training)
    assert _dump(training) == before
    assert list(tmp_path.glob("*.before-restore-*")) == []


def test_restore_refuses_a_backup_from_a_newer_version(tmp_path, training):
    from app.backup import restore

    newer = _copy(training, tmp_path / "newer.sqlite3")
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('un1540', '999_x', 'now')")
    conn.commit()
    conn.close()
    before = _dump(training)
    with pytest.raises(Exception, match="newer version"):
        restore(newer, training)
    assert _dump(training) == before


def test_restore_of_an_older_backup_upgrades_it(tmp_path, training):
    from app.backup import restore
    from db.migrations import migration_names, migrations
    from db.schema import latest_schema_version, schema_version

    old = tmp_path / "old-backup.sqlite3"
    db = connect(old)
    migrations.apply(db, stop_before=migration_names()[-1])
    db.execute("INSERT INTO agency (name, created_at, updated_at) VALUES ('Old agency', 'then', 'then')")
    db.conn.close()
    # A real backup file uses the rollback journal.
    conn = sqlite3.connect(old)
    conn.execute("PRAGMA journal_mode = delete")
    conn.close()

    kept = restore(old, training)
    assert kept is not None and kept.is_file()
    with Workspace.open(training) as ws:
        assert schema_version(ws.db) == latest_schema_version()
        assert [a["name"] for a in agencies.list_agencies(ws)] == ["Old agency"]
        assert ws.db.execute("SELECT count(*) FROM matrix_field").fetchone()[0] == 331
    from app.check import check_database

    assert check_database(training) == []


def test_restore_over_a_damaged_database_brings_the_data_back(run, training, tmp_path):
    backup = tmp_path / "good.sqlite3"
    assert run("backup", "--db", training, "--out", backup).returncode == 0
    damaged_bytes = b"\x00" * 100 + training.read_bytes()[100:]  # the header is gone
    training.write_bytes(damaged_bytes)
    assert run("check", "--db", training).returncode == 1

    result = run("restore", backup, "--db", training)
    assert result.returncode == 0, result.stderr
    assert run("check", "--db", training).returncode == 0
    with Workspace.open(training) as ws:
        assert len(agencies.list_agencies(ws)) == 12
    kept = sorted(tmp_path.glob("training.damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes, "the damaged file is kept, not deleted"


def test_backup_copies_an_older_database_as_it_is(run, tmp_path):
    from db.migrations import migration_names, migrations

    older = tmp_path / "older.sqlite3"
    db = connect(older)
    migrations.apply(db, stop_before=migration_names()[-1])
    db.conn.close()
    out = tmp_path / "older-backup.sqlite3"
    assert run("backup", "--db", older, "--out", out).returncode == 0
    for path in (older, out):
        copy = connect(path)
        try:
            assert [r[0] for r in copy.execute("SELECT name FROM _sqlite_migrations ORDER BY id")] == migration_names()[:-1]
        finally:
            copy.conn.close()
