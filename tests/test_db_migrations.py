"""Schema upgrades: a new file gets the whole schema, an older file is upgraded keeping its data,
and a step that fails leaves the file at the version it had."""

from __future__ import annotations

import sqlite3

import pytest

from app import agencies, contacts
from app.check import check_report
from app.workspace import Workspace
from db.connection import DatabaseError, connect
from db.migrations import Step, applied_names, migration_names, migrations
from db.schema import latest_schema_version, open_store, schema_version

EXPECTED_TABLES = {
    "state_profile",
    "agency",
    "point_of_contact",
    "legal_instrument",
    "matrix_template",
    "matrix_section",
    "matrix_row",
    "matrix_field",
    "matrix_answer",
    "matrix_citation",
    "audit_log",
}


def _tables(db) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}


def _schema(db) -> set[tuple[str, str]]:
    """Every table and its definition (a step adding a column changes its table's)."""
    return {(r[0], r[1]) for r in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()}


def _previous_version_database(path, *, with_data: bool = True):
    """A database file as the previous release of the application left it."""
    db = connect(path)
    migrations.apply(db, stop_before=migration_names()[-1])
    if with_data:
        db.execute(
            "INSERT INTO agency (id, name, acronym, kind, email, created_at, updated_at) "
            "VALUES (7, 'Autorité nationale de sûreté', 'ANS', 'regulator', 'info@ans.example', "
            "'2023-01-01T00:00:00+00:00', '2023-01-01T00:00:00+00:00')"
        )
        db.execute(
            "INSERT INTO point_of_contact (id, name, agency_id, languages, date_notified, created_at, updated_at) "
            "VALUES (3, 'Léa Dubois', 7, 'fr,en', '2022-05-17', "
            "'2023-01-01T00:00:00+00:00', '2023-01-01T00:00:00+00:00')"
        )
    db.conn.close()


def test_there_is_more_than_one_step_and_names_are_unique():
    names = migration_names()
    assert len(names) >= 2
    assert len(set(names)) == len(names)
    assert latest_schema_version() == len(names)


def test_empty_database_migrates_to_latest(db_path):
    store = open_store(db_path)
    try:
        db = store.db
        assert schema_version(db) == latest_schema_version()
        assert applied_names(db) == migration_names()
        assert _tables(db) >= EXPECTED_TABLES
    finally:
        store.close()


def test_new_workspace_is_healthy(workspace, db_path):
    workspace.close()
    assert check_report(db_path).problems == []


def test_opening_twice_applies_nothing_more(db_path):
    open_store(db_path).close()
    store = open_store(db_path)
    try:
        rows = store.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        assert rows == latest_schema_version()
    finally:
        store.close()


def test_previous_version_is_upgraded_and_keeps_its_data(db_path):
    _previous_version_database(db_path)
    db = connect(db_path)
    assert schema_version(db) == latest_schema_version() - 1
    before = _schema(db)
    db.conn.close()
    # The `check` command sees a merely older file as needing an upgrade, not as damaged data.
    assert any("open it once to upgrade" in p for p in check_report(db_path).problems)

    with Workspace.open(db_path) as ws:
        assert schema_version(ws.db) == latest_schema_version()
        assert _tables(ws.db) >= EXPECTED_TABLES and _schema(ws.db) != before, "the last step changes the schema"
        agency = agencies.get_agency(ws, 7)
        assert agency["name"] == "Autorité nationale de sûreté"
        assert agency["email"] == "info@ans.example"
        (contact,) = contacts.list_contacts(ws)
        assert contact["name"] == "Léa Dubois"
        assert contact["agency_id"] == 7
        assert contact["agency_name"] == "Autorité nationale de sûreté"
        assert contact["date_notified"] == "2022-05-17"
        # The upgraded file is fully usable: new records and audit entries work.
        new_id = agencies.create_agency(ws, {"name": "Customs"}).value
        assert (
            ws.db.execute(
                "SELECT count(*) FROM audit_log WHERE entity = 'agency' AND entity_id = ?", [str(new_id)]
            ).fetchone()[0]
            == 1
        )
    assert check_report(db_path).problems == []


def test_each_intermediate_version_upgrades(tmp_path):
    names = migration_names()
    for index, name in enumerate(names):
        path = tmp_path / f"v{index}.sqlite3"
        db = connect(path)
        migrations.apply(db, stop_before=name)
        assert schema_version(db) == index
        db.conn.close()
        with Workspace.open(path) as ws:
            assert schema_version(ws.db) == latest_schema_version()
            assert ws.db.execute("SELECT count(*) FROM matrix_field").fetchone()[0] == 331


def _replace_step(monkeypatch, name: str, fn) -> None:
    steps = [Step(m.name, fn if m.name == name else m.fn, m.transactional) for m in migrations.steps]
    monkeypatch.setattr(migrations, "steps", steps)


def test_a_failing_step_leaves_the_previous_version(db_path, monkeypatch):
    _previous_version_database(db_path)
    db = connect(db_path)
    before = _schema(db)
    db.conn.close()
    last = migration_names()[-1]
    original = next(m.fn for m in migrations.steps if m.name == last)

    def failing(db):
        original(db)  # creates the new tables ...
        raise sqlite3.OperationalError("database or disk is full")  # ... then the disk fills up

    _replace_step(monkeypatch, last, failing)
    with pytest.raises(DatabaseError, match="left unchanged"):
        Workspace.open(db_path)

    db = connect(db_path)
    try:
        assert schema_version(db) == latest_schema_version() - 1
        assert last not in applied_names(db)
        assert _schema(db) == before, "nothing of the failed step remains (tables or columns)"
        assert db.execute("SELECT name FROM agency WHERE id = 7").fetchone()[0] == "Autorité nationale de sûreté"
        assert db.execute("SELECT count(*) FROM point_of_contact").fetchone()[0] == 1
    finally:
        db.conn.close()

    # Once the cause is gone, the same file upgrades normally. (Not monkeypatch.undo(): it would also give back the
    # user's real data folder, which the autouse fixture replaced, and the upgrade writes its backup there.)
    _replace_step(monkeypatch, last, original)
    with Workspace.open(db_path) as ws:
        assert schema_version(ws.db) == latest_schema_version()
        assert agencies.get_agency(ws, 7)["acronym"] == "ANS"


def test_a_failing_new_step_after_the_latest_keeps_the_latest(workspace, db_path, monkeypatch):
    agency_id = agencies.create_agency(workspace, {"name": "Ministry of Foreign Affairs"}).value
    workspace.close()

    def failing(db):
        db.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        raise RuntimeError("bug in the new step")

    extra = Step("999_failing_step", failing, True)
    monkeypatch.setattr(migrations, "steps", [*migrations.steps, extra])
    with pytest.raises(RuntimeError, match="bug in the new step"):
        open_store(db_path)
    monkeypatch.undo()

    db = connect(db_path)
    try:
        assert "half_done" not in _tables(db)
        assert applied_names(db) == migration_names()
        assert db.execute("SELECT name FROM agency WHERE id = ?", [agency_id]).fetchone()[0] == (
            "Ministry of Foreign Affairs"
        )
    finally:
        db.conn.close()


# --- the record of applied steps is sqlite-utils' own: old and new databases stay compatible ---------------


def _sqlite_utils_migrations():
    """The steps as the previous release registered them: sqlite-utils' `Migrations`, called with its `Database`."""
    from sqlite_utils.migrations import Migrations

    from db.migrations import MIGRATION_SET

    legacy = Migrations(MIGRATION_SET)
    for step in migrations.steps:
        legacy(name=step.name, transactional=step.transactional)(step.fn)
    return legacy


def _sqlite_utils_database(path):
    import sqlite_utils

    return sqlite_utils.Database(sqlite3.connect(path, isolation_level=None), execute_plugins=False)


def test_a_database_made_by_sqlite_utils_migrations_opens_as_up_to_date(db_path):
    made = _sqlite_utils_database(db_path)
    _sqlite_utils_migrations().apply(made)
    made.conn.close()
    with Workspace.open(db_path) as ws:
        assert applied_names(ws.db) == migration_names()
        assert not migrations.needs_apply(ws.db)
        assert ws.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == latest_schema_version()
    assert check_report(db_path).problems == []


def test_a_database_half_made_by_sqlite_utils_migrations_is_upgraded(db_path):
    made = _sqlite_utils_database(db_path)
    _sqlite_utils_migrations().apply(made, stop_before=migration_names()[-1])
    made.conn.close()
    with Workspace.open(db_path) as ws:
        assert applied_names(ws.db) == migration_names()


def test_sqlite_utils_migrations_sees_a_new_database_fully_migrated(db_path):
    Workspace.open(db_path).close()
    made = _sqlite_utils_database(db_path)
    try:
        legacy = _sqlite_utils_migrations()
        assert legacy.pending(made) == []
        assert [m.name for m in legacy.applied(made)] == migration_names()
        legacy.apply(made)  # nothing to do
        assert made.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == latest_schema_version()
    finally:
        made.conn.close()


def test_a_record_of_steps_without_its_id_column_is_converted_as_sqlite_utils_does(db_path):
    Workspace.open(db_path).close()
    raw = sqlite3.connect(db_path, isolation_level=None)  # the shape older releases of sqlite-utils wrote
    raw.executescript("""
        CREATE TABLE old_record AS SELECT migration_set, name, applied_at FROM _sqlite_migrations ORDER BY id;
        DROP TABLE _sqlite_migrations;
        CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT);
        INSERT INTO _sqlite_migrations SELECT * FROM old_record ORDER BY rowid;
        DROP TABLE old_record;
    """)
    raw.close()
    with Workspace.open(db_path) as ws:
        columns = ws.db.execute("PRAGMA table_info(_sqlite_migrations)").fetchall()
        assert [c[1] for c in columns if c[5]] == ["id"]
        assert applied_names(ws.db) == migration_names()


def test_an_up_to_date_database_opens_without_importing_sqlite_utils(db_path):
    import subprocess
    import sys
    from pathlib import Path

    Workspace.open(db_path).close()
    code = (
        "import sys\nfrom app.workspace import Workspace\n"
        f"Workspace.open({str(db_path)!r}).close()\nprint('sqlite_utils' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_an_older_database_is_copied_as_it_was_before_its_upgrade(db_path):
    """A newer version (a newer bundle) opening the data of an older one keeps that data first."""
    from app import clock
    from db.backup import verify_copy

    _previous_version_database(db_path)
    with Workspace.open(db_path) as ws:
        assert schema_version(ws.db) == latest_schema_version()
    (kept,) = db_path.parent.glob("state.before-upgrade-*")
    assert kept.name == f"state.before-upgrade-{clock.today().isoformat()}-schema-{latest_schema_version() - 1}.sqlite3"
    assert kept.stat().st_mode & 0o077 == 0, "readable by its owner only"
    old = verify_copy(kept)  # a sound database of ours, as the restore checks it
    assert schema_version(old) == latest_schema_version() - 1
    assert old.execute("SELECT name FROM agency WHERE id = 7").fetchone()[0] == "Autorité nationale de sûreté"
    old.conn.close()
    # Opened again: up to date, nothing more written.
    Workspace.open(db_path).close()
    assert len(list(db_path.parent.glob("state.before-upgrade-*"))) == 1


def test_an_up_to_date_database_is_not_copied_on_opening(db_path):
    Workspace.open(db_path).close()
    Workspace.open(db_path).close()
    assert not list(db_path.parent.glob("*before-upgrade*"))


def test_no_upgrade_without_its_copy_first(db_path, monkeypatch):
    import errno

    from app import workspace

    _previous_version_database(db_path)

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(workspace, "backup_to", full_disk)
    with pytest.raises(DatabaseError) as caught:
        Workspace.open(db_path)
    assert "could not be copied first (No space left on device)" in str(caught.value)
    assert "left unchanged" in str(caught.value)
    db = connect(db_path)
    assert schema_version(db) == latest_schema_version() - 1
    db.conn.close()
    assert not list(db_path.parent.glob("*before-upgrade*")) and not list(db_path.parent.glob(".*part*"))
