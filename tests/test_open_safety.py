"""Opening a file is safe: crafted schema objects, other programs' files, odd paths, a full disk, a hot
journal, file permissions, one documents folder per database, and what a crash left in it."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest

from app import attachments
from app.backup import restore_from
from app.check import check_report
from app.cli import build_parser, run_command
from app.errors import NotFoundError
from app.package import PackageError, write_package
from app.rolling_backups import backups_dir, daily_backup
from app.workspace import Workspace
from db import connection
from db.connection import CorruptDatabaseError, DatabaseError, ForeignDatabaseError, UnknownSchemaError
from tests.copies import backup_file

ROOT = Path(__file__).resolve().parents[1]
WIPE_TRIGGER = (
    "CREATE TRIGGER wipe_answers AFTER INSERT ON audit_log BEGIN UPDATE matrix_answer SET value = '', remarks = ''; END"
)
HOSTILE = {
    "extra trigger": (WIPE_TRIGGER, "trigger wipe_answers on audit_log"),
    "extra view": ("CREATE VIEW answers_seen AS SELECT field_key, value FROM matrix_answer", "view answers_seen"),
    "changed trigger": (
        "DROP TRIGGER submission_read_only; CREATE TRIGGER submission_read_only BEFORE UPDATE ON "
        "submission BEGIN SELECT 1; END",
        "trigger submission_read_only (changed)",
    ),
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _answers(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT field_key, value, remarks FROM matrix_answer ORDER BY field_key").fetchall()
    finally:
        conn.close()


def _edit(path: Path, sql: str) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.commit()
    conn.close()
    return path


def _cli(*argv) -> int:
    return run_command(build_parser().parse_args([str(a) for a in argv]))


def _main(*argv, timeout: float = 120, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


@pytest.fixture
def training(tmp_path, demo_db) -> Path:
    return backup_file(demo_db, tmp_path / "training.sqlite3")


def _rewrite_database(package: Path, out: Path, edit_sql: str) -> Path:
    """A copy of a plain package whose database runs `edit_sql`, the manifest's hashes kept consistent."""
    work = out.parent / "rewrite"
    work.mkdir()
    with zipfile.ZipFile(package) as zf:
        zf.extractall(work)
    manifest = json.loads((work / "manifest.json").read_text(encoding="utf-8"))
    database = _edit(work / "database.sqlite3", edit_sql)
    manifest["database"].update(size=database.stat().st_size, sha256=_sha(database))
    (work / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(work.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(work).as_posix())
    return out


# --- #4 schema objects of its own ----------------------------------------------------------------


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_package_whose_database_carries_its_own_sql_is_refused_and_the_answers_remain(training, tmp_path, kind):
    sql, named = HOSTILE[kind]
    with Workspace.open(training) as ws:
        clean = write_package(ws, tmp_path / "clean.un1540").path
    crafted = _rewrite_database(clean, tmp_path / "crafted.un1540", sql)
    answers = _answers(training)
    assert sum(1 for _k, value, _r in answers if value) == 200
    with pytest.raises(PackageError, match="schema objects this version of the application does not create") as refused:
        restore_from(crafted, training, source_label="cli")
    assert named in str(refused.value)
    assert _answers(training) == answers, "no answer was blanked"
    assert list(tmp_path.glob("*.before-restore-*")) == []


def test_a_plain_backup_with_a_trigger_of_its_own_is_refused(training, tmp_path):
    crafted = _edit(backup_file(training, tmp_path / "old-style.sqlite3"), WIPE_TRIGGER)
    answers = _answers(training)
    with pytest.raises(CorruptDatabaseError, match="trigger wipe_answers"):
        restore_from(crafted, training, source_label="cli")
    assert _answers(training) == answers


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_database_with_schema_objects_of_its_own_is_not_opened_nor_changed(training, kind):
    sql, named = HOSTILE[kind]
    _edit(training, sql)
    before = _sha(training)
    with pytest.raises(UnknownSchemaError, match="does not create") as refused:
        Workspace.open(training)
    assert named in str(refused.value) and "nothing in it was changed" in str(refused.value)
    assert _sha(training) == before, "nothing was written, no trigger fired"
    assert not training.with_name(training.name + "-wal").exists()


@pytest.mark.parametrize("kind", HOSTILE)
def test_check_names_an_unknown_schema_object(training, kind, capsys):
    sql, named = HOSTILE[kind]
    _edit(training, sql)
    assert _cli("check", "--db", training) == 1
    err = capsys.readouterr().err
    assert "not healthy" in err and named in err and len(err.strip().splitlines()) == 1


def test_main_py_check_exits_1_on_a_trigger_of_its_own(training):
    _edit(training, WIPE_TRIGGER)
    result = _main("check", "--db", training)
    assert result.returncode == 1, result.stdout
    assert "trigger wipe_answers on audit_log" in result.stderr and "Traceback" not in result.stderr


def test_sqlite_internal_objects_and_an_older_schema_are_accepted(training):
    _edit(training, "ANALYZE;")  # sqlite_stat1: SQLite's own
    with Workspace.open(training) as ws:
        assert ws.db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()[0] == 1
    assert check_report(training).problems == []


# --- #7 another program's SQLite file ------------------------------------------------------------


@pytest.fixture(params=["delete", "wal"])
def places(tmp_path, request) -> Path:
    """A browser's history file, as Firefox keeps it (places.sqlite, in WAL mode)."""
    path = tmp_path / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {request.param}")
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT, visit_count INTEGER)")
    conn.execute("CREATE INDEX moz_places_url ON moz_places(url)")
    conn.executemany(
        "INSERT INTO moz_places (url, title, visit_count) VALUES (?, ?, ?)",
        [(f"https://example.org/{i}", f"page {i}", i) for i in range(50)],
    )
    conn.commit()
    conn.close()
    return path


def _untouched(path: Path, digest: str) -> None:
    assert _sha(path) == digest, "the file was changed"
    for suffix in ("-wal", "-shm", "-journal"):
        assert not path.with_name(path.name + suffix).exists(), f"a {suffix} file was left beside it"
    assert not attachments.documents_dir(path).exists()


def test_another_programs_sqlite_file_is_refused_unchanged(places):
    digest = _sha(places)
    with pytest.raises(ForeignDatabaseError, match=r"not a database of this application.*left unchanged"):
        Workspace.open(places)
    _untouched(places, digest)


@pytest.mark.parametrize(
    "command",
    [
        ["export", "matrix", "--format", "xlsx", "--out", "{tmp}/m.xlsx"],
        ["backup", "--out", "{tmp}/b.un1540"],
        ["agency-workbook", "--agency", "Customs", "--out", "{tmp}/a.xlsx"],
        ["handover", "--out", "{tmp}/handover"],
        ["demo"],
        ["check"],
    ],
)
def test_no_command_converts_another_programs_file(places, tmp_path, command, capsys):
    digest = _sha(places)
    assert _cli(*[part.format(tmp=tmp_path) for part in command], "--db", places) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "unexpected" not in err, err
    assert "not a database of this application" in err or "not created by this application" in err, err
    _untouched(places, digest)
    assert not (tmp_path / "m.xlsx").exists() and not (tmp_path / "b.un1540").exists()


def test_the_window_does_not_open_another_programs_file(places):
    digest = _sha(places)
    result = _main("--db", places, "--exit-when-ready")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {places} is not a database of this application (it holds "
        "another program's tables); it was left unchanged."
    ]
    _untouched(places, digest)


# --- #5 odd paths on the command line --------------------------------------------------------------


def _odd(tmp_path: Path, kind: str) -> Path:
    if kind == "folder":
        path = tmp_path / "state.sqlite3"
        path.mkdir()
    elif kind == "parent is a file":
        (tmp_path / "notes.txt").write_text("a file, not a folder")
        path = tmp_path / "notes.txt" / "state.sqlite3"
    else:
        path = tmp_path / "pipe.sqlite3"
        os.mkfifo(path)
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX paths")
@pytest.mark.parametrize("kind", ["folder", "parent is a file", "pipe"])
@pytest.mark.parametrize(
    "command",
    [["--exit-when-ready"], ["check"], ["demo"], ["export", "nap", "--format", "xlsx", "--out", "{tmp}/nap.xlsx"]],
)
def test_an_odd_path_as_database_is_one_line(tmp_path, kind, command):
    path = _odd(tmp_path, kind)
    result = _main(*[part.format(tmp=tmp_path) for part in command], "--db", path, timeout=60)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    expected = {
        "folder": ("is a folder",),
        "parent is a file": ("is a file, not a folder", "does not exist"),
        "pipe": ("not a regular file",),
    }[kind]
    assert any(words in lines[0] for words in expected), lines[0]


# --- #11 a full disk is not damage -----------------------------------------------------------------


def _connections(monkeypatch, factory) -> None:
    real = sqlite3.connect

    def connect(*args, **kwargs):
        return real(*args, factory=factory, **kwargs)

    monkeypatch.setattr(connection.sqlite3, "connect", connect)


def test_a_full_disk_when_opening_is_not_reported_as_damage(training, monkeypatch):
    class FullDisk(sqlite3.Connection):
        def execute(self, sql, *args):
            if sql.startswith("PRAGMA journal_mode"):
                full = sqlite3.OperationalError("database or disk is full")
                full.sqlite_errorcode, full.sqlite_errorname = 13, "SQLITE_FULL"
                raise full
            return super().execute(sql, *args)

    before = _sha(training)
    _connections(monkeypatch, FullDisk)
    with pytest.raises(DatabaseError) as raised:
        Workspace.open(training)
    assert not isinstance(raised.value, CorruptDatabaseError)
    assert "not a readable database" not in str(raised.value)
    assert "is full: nothing was changed" in str(raised.value)
    monkeypatch.undo()
    assert _sha(training) == before


def test_a_disk_that_fills_up_while_creating_a_database_says_so(tmp_path, monkeypatch):
    class SmallDisk(sqlite3.Connection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            super().execute("PRAGMA max_page_count = 12")  # a real SQLITE_FULL on the 13th page

    _connections(monkeypatch, SmallDisk)
    with pytest.raises(DatabaseError, match="because the disk is full; it was left unchanged") as raised:
        Workspace.open(tmp_path / "new.sqlite3")
    assert not isinstance(raised.value, CorruptDatabaseError)


def test_the_full_disk_message_in_the_command_line(training, monkeypatch, capsys):
    class FullDisk(sqlite3.Connection):
        def execute(self, sql, *args):
            if sql.startswith("PRAGMA journal_mode"):
                full = sqlite3.OperationalError("database or disk is full")
                full.sqlite_errorcode = 13
                raise full
            return super().execute(sql, *args)

    _connections(monkeypatch, FullDisk)
    assert _cli("export", "nap", "--format", "xlsx", "--out", training.parent / "nap.xlsx", "--db", training) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: The disk holding {training} is full") and "readable" not in err


# --- #6 a hot rollback journal ---------------------------------------------------------------------

_INTERRUPTED_WRITE = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # changed pages go to the file before the commit
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE agency SET name = name || ' (half written)'")
conn.execute("UPDATE matrix_answer SET remarks = 'half written'")
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_check_recovers_a_hot_journal_and_says_so(training):
    _edit(training, "PRAGMA journal_mode = delete;")  # as on a network share
    names = sorted(r[0] for r in sqlite3.connect(training).execute("SELECT name FROM agency"))
    killed = subprocess.run([sys.executable, "-c", _INTERRUPTED_WRITE, str(training)], timeout=60)
    assert killed.returncode == -signal.SIGKILL
    journal = training.with_name(training.name + "-journal")
    assert journal.stat().st_size > 0, "the interrupted write left its journal"
    result = _main("check", "--db", training)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{training}: recovered an interrupted write (hot journal)",
        f"{training}: healthy",
    ]
    conn = sqlite3.connect(f"{training.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert sorted(r[0] for r in conn.execute("SELECT name FROM agency")) == names, "the data before the write"
        assert conn.execute("SELECT count(*) FROM matrix_answer WHERE remarks = 'half written'").fetchone()[0] == 0
    finally:
        conn.close()
    assert not journal.exists() or journal.stat().st_size == 0


# --- #12 privacy: owner-only files, one documents folder per database, orphans swept ---------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_every_file_of_the_states_data_is_created_owner_only(tmp_path):
    old = os.umask(0o022)  # the usual default: new files readable by all
    try:
        path = tmp_path / "new-folder" / "state.sqlite3"
        document = tmp_path / "law.pdf"
        document.write_bytes(b"%PDF-1.4 law")
        with Workspace.open(path) as ws:
            attachments.add(ws, "matrix_field", "OP1.npt", document)
            files = {name: path.with_name(path.name + name) for name in ("", "-wal", "-shm")}
            for name, file in files.items():
                assert file.exists() and _mode(file) == 0o600, f"database{name} is {oct(_mode(file))}"
            folder = attachments.documents_dir(ws)
            assert _mode(folder) == 0o700 and [_mode(f) for f in folder.iterdir()] == [0o600]
            assert _mode(path.parent) == 0o700
            written = daily_backup(ws, today=date(2026, 11, 20))
        assert _mode(written) == 0o600
        assert _mode(backups_dir(path)) == 0o700 and _mode(backups_dir(path).parent) == 0o700
    finally:
        os.umask(old)


def test_every_folder_made_for_the_states_data_on_a_fresh_computer_is_owner_only(tmp_path, monkeypatch):
    """A fresh account: not even ~/.local/share exists. Every folder the application makes is its owner's only."""
    from app import preferences
    from app.outputs import write_atomically
    from app.paths import default_database_path

    home = tmp_path / "home"
    monkeypatch.setenv("UN1540_DATA_DIR", str(home / ".local" / "share" / "1540 Focal Point"))
    monkeypatch.setenv("UN1540_CONFIG_DIR", str(home / ".config" / "1540 Focal Point"))
    home.mkdir()
    old = os.umask(0o022)
    try:
        preferences.save(preferences.Preferences(language="fr"))
        with Workspace.open(default_database_path()) as ws:
            daily_backup(ws, today=date(2026, 11, 20))
        write_atomically(home / "export.pdf", lambda handle: handle.write(b"%PDF"))  # records its work in tmp/
    finally:
        os.umask(old)
    made = sorted(p for p in home.rglob("*") if p.is_dir())
    assert len(made) >= 7  # .local, share, the data folder, backups, the database's backups, tmp, .config, ...
    assert {str(p.relative_to(home)): oct(_mode(p)) for p in made} == {
        str(p.relative_to(home)): oct(0o700) for p in made
    }


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_older_database_readable_by_all_is_made_owner_only(training):
    os.chmod(training, 0o644)
    with Workspace.open(training) as ws:
        ws.db.execute("SELECT count(*) FROM agency").fetchone()
        assert _mode(training) == 0o600
        assert _mode(training.with_name(training.name + "-wal")) == 0o600


def _file(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    return path


def test_two_databases_with_the_same_stem_keep_their_own_documents(tmp_path):
    first, second = tmp_path / "state.sqlite3", tmp_path / "state.db"
    law = _file(tmp_path, "law.pdf", b"the law, shared by both")
    note = _file(tmp_path, "note.pdf", b"a note only the second has")
    with Workspace.open(first) as ws:
        in_first = attachments.add(ws, "matrix_field", "OP1.npt", law).value
    with Workspace.open(second) as ws:
        in_second = attachments.add(ws, "matrix_field", "OP1.npt", law).value
        attachments.add(ws, "matrix_field", "OP1.bwc", note)
    assert attachments.documents_dir(first) != attachments.documents_dir(second)
    with Workspace.open(first) as ws:
        attachments.remove(ws, in_first)
    with Workspace.open(second) as ws:
        assert attachments.path_of(ws, in_second).read_bytes() == b"the law, shared by both"
        assert attachments.check(ws) == []


def test_an_older_shared_documents_folder_is_copied_not_moved(tmp_path):
    first, second = tmp_path / "state.sqlite3", tmp_path / "state.db"
    law = _file(tmp_path, "law.pdf", b"the law")
    note = _file(tmp_path, "note.pdf", b"only the first")
    offer = _file(tmp_path, "offer.pdf", b"only the second")
    with Workspace.open(first) as ws:
        attachments.add(ws, "matrix_field", "OP1.npt", law)
        attachments.add(ws, "matrix_field", "OP1.cwc", note)
    with Workspace.open(second) as ws:
        attachments.add(ws, "matrix_field", "OP1.npt", law)
        attachments.add(ws, "matrix_field", "OP1.bwc", offer)
    # As versions before this one kept them: one `state-documents` folder for both files.
    legacy = tmp_path / "state-documents"
    legacy.mkdir()
    for db in (first, second):
        for document in attachments.documents_dir(db).iterdir():
            os.replace(document, legacy / document.name)
        attachments.documents_dir(db).rmdir()
    shared = sorted(p.name for p in legacy.iterdir())
    assert len(shared) == 3
    assert check_report(first).problems == [] and check_report(second).problems == [], "checked where the documents are"

    with Workspace.open(first) as ws:
        mine = {row["file_name"]: row["id"] for row in attachments.list_all(ws)}
        assert sorted(p.name for p in attachments.documents_dir(ws).iterdir()) == sorted(
            hashlib.sha256(c).hexdigest() for c in (b"the law", b"only the first")
        )
        attachments.remove(ws, mine["law.pdf"])
        attachments.remove(ws, mine["note.pdf"])
    assert sorted(p.name for p in legacy.iterdir()) == shared, "the old folder is kept as it was"
    with Workspace.open(second) as ws:
        for row in attachments.list_all(ws):
            assert attachments.path_of(ws, row["id"]).read_bytes() in (b"the law", b"only the second")
        assert attachments.check(ws) == []


def test_orphan_documents_left_by_a_crash_are_swept_at_the_next_start(training, tmp_path, capsys):
    law = _file(tmp_path, "law.pdf", b"the law")
    with Workspace.open(training) as ws:
        kept = attachments.add(ws, "legal_instrument", 1, law).value
    folder = attachments.documents_dir(training)
    hour_ago = time.time() - 3600
    old_orphan = folder / hashlib.sha256(b"stored, then the power went").hexdigest()
    young_orphan = folder / hashlib.sha256(b"being attached by another window").hexdigest()
    partial = folder / ".incoming-abc123.tmp"
    for path in (old_orphan, young_orphan, partial):
        path.write_bytes(b"x")
    for path in (old_orphan, partial, folder / hashlib.sha256(b"the law").hexdigest()):
        os.utime(path, (hour_ago, hour_ago))
    assert _cli("export", "nap", "--format", "xlsx", "--out", tmp_path / "nap.xlsx", "--db", training) == 0
    assert not old_orphan.exists() and not partial.exists()
    assert young_orphan.exists(), "a file younger than a few minutes may be being attached right now"
    with Workspace.open(training) as ws:
        assert attachments.path_of(ws, kept).read_bytes() == b"the law", "a referenced document is never swept"
        assert attachments.sweep_orphans(ws, now=time.time() + 3600) == [young_orphan]


def test_a_document_removed_stays_readable_through_the_other_database_after_a_crash_sweep(tmp_path):
    """The sweep only looks in the database's own folder: the other database's documents are not orphans."""
    first, second = tmp_path / "state.sqlite3", tmp_path / "state.db"
    law = _file(tmp_path, "law.pdf", b"the law")
    with Workspace.open(second) as ws:
        attached = attachments.add(ws, "matrix_field", "OP1.npt", law).value
    stored = attachments.documents_dir(second) / hashlib.sha256(b"the law").hexdigest()
    os.utime(stored, (time.time() - 3600,) * 2)
    with Workspace.open(first) as ws:
        assert attachments.sweep_orphans(ws, now=time.time() + 3600) == []
    with Workspace.open(second) as ws:
        assert attachments.path_of(ws, attached).read_bytes() == b"the law"


def test_a_missing_document_is_not_found_rather_than_taken_from_the_other_database(tmp_path):
    first, second = tmp_path / "state.sqlite3", tmp_path / "state.db"
    law = _file(tmp_path, "law.pdf", b"the law")
    with Workspace.open(first) as ws:
        attached = attachments.add(ws, "matrix_field", "OP1.npt", law).value
    with Workspace.open(second) as ws:
        attachments.add(ws, "matrix_field", "OP1.npt", law)
    (attachments.documents_dir(first) / hashlib.sha256(b"the law").hexdigest()).unlink()
    with Workspace.open(first) as ws, pytest.raises(NotFoundError, match="missing"):
        attachments.path_of(ws, attached)


def test_a_restore_never_replaces_another_programs_file(places, training, tmp_path):
    with Workspace.open(training) as ws:
        package = write_package(ws, tmp_path / "ours.un1540").path
    digest = _sha(places)
    with pytest.raises(ForeignDatabaseError, match="not a database of this application"):
        restore_from(package, places, source_label="cli")
    _untouched(places, digest)
    assert [p.name for p in places.parent.iterdir() if "damaged" in p.name or "before-restore" in p.name] == []


def test_a_restore_replaces_a_database_carrying_its_own_trigger_without_firing_it(training, tmp_path):
    with Workspace.open(training) as ws:
        package = write_package(ws, tmp_path / "clean.un1540").path
    answers = _answers(training)
    tampered = _edit(training, WIPE_TRIGGER).read_bytes()
    result = restore_from(package, training, source_label="gui").value
    assert result.kept is not None and result.kept.name.startswith("training.damaged-")
    assert result.kept.read_bytes() == tampered, "kept aside as it was: nothing ran in it"
    assert _answers(training) == answers
    assert check_report(training).problems == []


def test_a_file_that_cannot_be_read_is_one_clear_error(training, monkeypatch):
    """As for a file of another user (0600): simulated, since the tests may run as root."""

    def refused(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("db.schema.open", refused, raising=False)
    with pytest.raises(DatabaseError, match=r"cannot be read \(Permission denied\)"):
        Workspace.open(training)
