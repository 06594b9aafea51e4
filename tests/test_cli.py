"""The command line, run as a user runs it: `python main.py COMMAND ...` in a separate process."""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import agencies, matrix
from app.cli import build_parser
from app.workspace import Workspace
from db.connection import DatabaseError, connect
from tests.copies import backup_file

MAIN = Path(__file__).resolve().parents[1] / "main.py"
COMMANDS = ("demo", "check", "export", "import", "backup", "restore", "backups")


@pytest.fixture
def run(tmp_path):
    env = dict(os.environ)
    env["UN1540_DATA_DIR"] = str(tmp_path / "user-data")
    env["UN1540_CONFIG_DIR"] = str(tmp_path / "user-config")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONWARNINGS", None)

    def _run(*args: str | Path, extra_env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, str(MAIN), *map(str, args)],
            stdin=subprocess.DEVNULL,
            cwd=MAIN.parent,
            env={**env, **(extra_env or {})},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
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
    data[middle : middle + 8192] = b"\xde\xad\xbe\xef" * 2048
    training.write_bytes(bytes(data))
    result = run("check", "--db", training)
    assert result.returncode == 1
    line = _one_line_error(result)
    assert "not healthy" in line
    assert result.stdout == ""


@pytest.mark.parametrize(
    "content", [b"Minutes of the CNC-1540 meeting\n" * 50, b"PK\x03\x04" + random.Random(99).randbytes(2000)]
)
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
    from app import attachments
    from app.package import read_manifest, restore_package

    evidence = tmp_path / "gazette.pdf"
    evidence.write_bytes(b"%PDF-1.4 Official Gazette, Law 12/2019\n" * 200)
    with Workspace.open(training) as ws:
        attachments.add(ws, "legal_instrument", 1, evidence, "official text")
    backup = tmp_path / "backups" / "state-2026-11-23.un1540"
    result = run("backup", "--db", training, "--out", backup)
    assert result.returncode == 0, result.stderr
    assert backup.is_file()
    assert "1 document(s)" in result.stdout and "encrypted: no" in result.stdout
    manifest = read_manifest(backup)
    assert manifest["state_code"] == "XEX" and [d["file_names"] for d in manifest["documents"]] == [["gazette.pdf"]]

    with Workspace.open(training) as ws:
        agency_count = len(agencies.list_agencies(ws))
        npt = matrix.get_answer(ws, "OP1.npt")
        agencies.create_agency(ws, {"name": "Created after the backup"})
        matrix.set_answer(ws, "OP1.npt", {"value": "?", "remarks": "edited after the backup"})
        attachments.remove(ws, attachments.list_all(ws)[0]["id"])
        assert attachments.list_all(ws) == []

    result = run("restore", backup, "--db", training)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "1 document(s)" in result.stdout

    with Workspace.open(training) as ws:
        names = [a["name"] for a in agencies.list_agencies(ws)]
        assert len(names) == agency_count
        assert "Created after the backup" not in names
        restored = matrix.get_answer(ws, "OP1.npt")
        assert (restored["value"], restored["remarks"]) == (npt["value"], npt["remarks"])
        assert ws.db.execute("SELECT count(*) FROM audit_log WHERE action = 'restore'").fetchone()[0] == 1
        [attached] = attachments.list_all(ws)
        assert attachments.path_of(ws, attached["id"]).read_bytes() == evidence.read_bytes()

    kept = sorted(tmp_path.glob("training.before-restore-*.un1540"))
    assert len(kept) == 1
    assert kept[0].name in result.stdout
    restore_package(kept[0], tmp_path / "inspect" / "inspect.sqlite3")
    with Workspace.open(tmp_path / "inspect" / "inspect.sqlite3") as ws:
        assert "Created after the backup" in [a["name"] for a in agencies.list_agencies(ws)]
        assert matrix.get_answer(ws, "OP1.npt")["remarks"] == "edited after the backup"
    assert run("check", "--db", training).returncode == 0


def test_encrypted_backup_and_restore_with_the_passphrase_from_the_environment(run, training, tmp_path):
    from app.package import is_encrypted

    secret = {"UN1540_PASSPHRASE": "Examplia workshop 2026 ☀"}
    backup = tmp_path / "state.un1540"
    result = run("backup", "--db", training, "--out", backup, "--encrypt", extra_env=secret)
    assert result.returncode == 0, result.stderr
    assert "encrypted: yes" in result.stdout
    assert is_encrypted(backup)
    assert b"Examplia" not in backup.read_bytes() and b"database.sqlite3" not in backup.read_bytes()

    with Workspace.open(training) as ws:
        agencies.create_agency(ws, {"name": "Created after the backup"})
    before = _digest(training)
    for env, expected in (
        ({}, "UN1540_PASSPHRASE"),
        ({"UN1540_PASSPHRASE": "examplia workshop 2026 ☀"}, "passphrase is wrong"),
    ):
        refused = run("restore", backup, "--db", training, extra_env=env)
        assert refused.returncode == 1
        assert expected in _one_line_error(refused)
        assert _digest(training) == before
    assert list(tmp_path.glob("*.before-restore-*")) == []

    result = run("restore", backup, "--db", training, extra_env=secret)
    assert result.returncode == 0, result.stderr
    with Workspace.open(training) as ws:
        assert "Created after the backup" not in [a["name"] for a in agencies.list_agencies(ws)]


def test_encrypted_backup_without_a_passphrase_is_refused(run, training, tmp_path):
    result = run("backup", "--db", training, "--out", tmp_path / "state.un1540", "--encrypt")
    assert result.returncode == 1
    assert "UN1540_PASSPHRASE" in _one_line_error(result)
    empty = run(
        "backup", "--db", training, "--out", tmp_path / "state.un1540", "--encrypt", extra_env={"UN1540_PASSPHRASE": ""}
    )
    assert empty.returncode == 1
    assert "empty" in _one_line_error(empty)
    assert list(tmp_path.glob("state.un1540*")) == [] and list(tmp_path.glob(".state.un1540*")) == []


def test_backup_to_a_database_name_is_refused(run, training, tmp_path):
    result = run("backup", "--db", training, "--out", tmp_path / "copy.sqlite3")
    assert result.returncode == 1
    assert "copy.un1540" in _one_line_error(result)
    assert not (tmp_path / "copy.sqlite3").exists()


def test_backups_lists_the_daily_backups(run, training, tmp_path):
    from datetime import date

    from app.rolling_backups import backups_dir, daily_backup

    empty = run("backups", "--db", training)
    assert empty.returncode == 0 and "No daily backups" in empty.stdout
    # The test process and the command share the data folder (tmp_path / "user-data").
    with Workspace.open(training) as ws:
        daily_backup(ws, today=date(2026, 11, 20))
        daily_backup(ws, today=date(2026, 11, 23))
    (backups_dir(training) / "2026-11-21.un1540").write_bytes(b"PK\x03\x04 cut short")
    result = run("backups", "--db", training)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == ["2026-11-23", "2026-11-21", "2026-11-20"]
    assert "XEX" in lines[0] and "damaged" in lines[1] and "XEX" in lines[2]


@pytest.mark.parametrize("content", [b"not a backup at all\n", random.Random(239).randbytes(10_000), b""])
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
    result = run("backup", "--db", tmp_path / "missing.sqlite3", "--out", tmp_path / "b.un1540")
    assert result.returncode == 1
    assert "does not exist" in _one_line_error(result)
    assert not (tmp_path / "missing.sqlite3").exists()
    assert not (tmp_path / "b.un1540").exists()


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


def test_import_of_a_missing_file_is_one_line_and_changes_nothing(run, training, tmp_path):
    before = _digest(training)
    result = run("import", str(tmp_path / "x.xlsx"), "--db", str(training))
    assert result.returncode == 1
    assert "x.xlsx" in _one_line_error(result)
    assert _digest(training) == before


def _parser_commands() -> dict[str, str]:
    """Every command the parser knows, with its one-line help: a new command cannot be left out."""
    parser = build_parser()
    [commands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {action.dest: action.help for action in commands._choices_actions}
    assert set(helps) == set(commands.choices)
    return helps


def test_help_mentions_every_command(run):
    commands = _parser_commands()
    assert set(COMMANDS) <= set(commands)
    result = run("--help")
    assert result.returncode == 0
    shown = " ".join(result.stdout.split())
    for command, help_line in commands.items():
        assert help_line and help_line != argparse.SUPPRESS and f"{command} {help_line}" in shown, command
    assert "--db" in result.stdout
    readme = (MAIN.parent / "README.md").read_text(encoding="utf-8")
    assert [
        c for c in commands if f"python main.py {c} " not in readme and f"python main.py [--db FILE] {c}" not in readme
    ] == []


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

    monkeypatch.setattr(app.check, "check_report", boom)
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
    with pytest.raises((DatabaseError, UserError), match=r"not created by this application|not a backup"):
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
    with pytest.raises(
        DatabaseError,
        match=r"^.*newer\.sqlite3 cannot be restored: the database was written by a "
        r"newer version of the application\.$",
    ):
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
    from app.check import check_report

    assert check_report(training).problems == []


def test_restore_over_a_damaged_database_brings_the_data_back(run, training, tmp_path):
    backup = tmp_path / "good.un1540"
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
    from app.package import restore_package
    from db.migrations import migration_names, migrations

    older = tmp_path / "older.sqlite3"
    db = connect(older)
    migrations.apply(db, stop_before=migration_names()[-1])
    db.conn.close()
    out = tmp_path / "older-backup.un1540"
    assert run("backup", "--db", older, "--out", out).returncode == 0
    copy = connect(older)
    try:
        assert [r[0] for r in copy.execute("SELECT name FROM _sqlite_migrations ORDER BY id")] == migration_names()[:-1]
    finally:
        copy.conn.close()
    from app.package import read_manifest

    assert read_manifest(out)["schema"] == migration_names()[:-1]
    restored = tmp_path / "restored" / "state.sqlite3"
    restore_package(out, restored)
    from db.schema import latest_schema_version, schema_version

    with Workspace.open(restored) as ws:
        assert schema_version(ws.db) == latest_schema_version()


def test_search_lists_what_holds_every_word_and_which_part_matched(run, training):
    before = _dump(training)
    result = run("search", "formation douanes", "--db", training, "--lang", "fr")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Action 14: Formation de 120 agents des douanes | Title: Formation de 120 agents des douanes"
    assert any(line.startswith("Matrix field ") and "| Legal reference: Code des douanes" in line for line in lines)
    assert not any(line.startswith("Law ") for line in lines)  # "Code des douanes" holds only one of the words
    assert _dump(training) == before  # a search changes nothing


def test_search_json_is_the_same_search_with_spans(run, training):
    import json

    from app.search import search_everything

    result = run("search", "JORE", "--db", training, "--json", "--limit", "3")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    with Workspace.open(training) as ws:
        expected = search_everything(ws, "JORE", "en", limit=3)
    assert [(h["kind"], h["id"]) for h in document["hits"]] == [(h.kind, h.id) for h in expected]
    assert document["more"] == expected.more > 0
    for hit in document["hits"]:
        assert hit["snippet"][hit["start"] : hit["end"]] == "JORE"


def test_search_for_hostile_text_finds_nothing_and_changes_nothing(run, training):
    before = _dump(training)
    result = run("search", "'; DROP TABLE agency; --", "--db", training)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Nothing holds")
    assert _dump(training) == before


def test_search_of_a_missing_database_is_one_line(run, tmp_path):
    result = run("search", "x", "--db", tmp_path / "none.sqlite3")
    assert result.returncode == 1
    assert "does not exist" in _one_line_error(result)
