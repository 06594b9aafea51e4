"""A hostile tester at the command line: files beside the database, spellings of paths, messages.

Each test here failed on the code before its fix."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import build_parser, run_command
from tests.copies import backup_file
from tests.damage import damage_index


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(*argv) -> int:
    return run_command(build_parser().parse_args([str(a) for a in argv]))


@pytest.fixture
def training(tmp_path, demo_db) -> Path:
    return backup_file(demo_db, tmp_path / "training.sqlite3")


def _foreign_wal_beside(database: Path, tmp_path: Path) -> None:
    """Put beside `database` the write-ahead log of another program's database (a file copied in by hand)."""
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = wal")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.executemany("INSERT INTO moz_places (url) VALUES (?)", [(f"https://example.org/{i}",) for i in range(200)])
    conn.commit()
    shutil.copyfile(other.with_name(other.name + "-wal"), database.with_name(database.name + "-wal"))
    conn.close()


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["export", "matrix", "--format", "xlsx", "--out", "{tmp}/m.xlsx"],
        ["backup", "--out", "{tmp}/b.un1540"],
    ],
)
def test_a_wal_file_of_another_database_does_not_overwrite_ours(training, tmp_path, command, capsys):
    """SQLite takes any valid write-ahead log beside a file as its own: the check before opening read it with
    a connection that copied it into the database on closing, so `check` replaced the State's data with
    another program's table (761 KB became 20 KB) and then said the file "was left unchanged"."""
    _foreign_wal_beside(training, tmp_path)
    digest = _sha(training)
    assert _cli(*[part.format(tmp=tmp_path) for part in command], "--db", training) == 1
    err = capsys.readouterr().err
    assert "not a database of this application" in err and "unexpected" not in err, err
    assert _sha(training) == digest, "the database file was changed"
    assert not (tmp_path / "m.xlsx").exists() and not (tmp_path / "b.un1540").exists()


@pytest.mark.parametrize("spelling", ["same", "symlink", "hard link", "wal"])
def test_restoring_the_database_onto_itself_says_so(training, tmp_path, spelling, capsys):
    """`restore state.sqlite3 --db state.sqlite3` (or a link to it) said "the database is open in another
    window or program; close it and try again": the user closes everything, tries again, and gets the same."""
    source = {
        "same": lambda: training,
        "symlink": lambda: (tmp_path / "link.sqlite3").symlink_to(training) or tmp_path / "link.sqlite3",
        "hard link": lambda: (tmp_path / "hard.sqlite3").hardlink_to(training) or tmp_path / "hard.sqlite3",
        "wal": lambda: (
            (training.with_name(training.name + "-wal").write_bytes(b"") and None)
            or training.with_name(training.name + "-wal")
        ),
    }[spelling]()
    digest = _sha(training)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert _cli("restore", source, "--db", training) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is the database itself" in err and "another window" not in err, err
    assert _sha(training) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "files were left beside the database"


def test_a_database_opened_through_a_symbolic_link_keeps_its_documents_in_one_folder(training, tmp_path, capsys):
    """Opened through a link (`~/state.sqlite3 -> /share/state.sqlite3`), the documents went to the link's own
    `-documents` folder: the database opened under its real name then had none (a backup left them out, the
    application could not open them), and an output could be written into the folder the link names."""
    from app import attachments
    from app.workspace import Workspace

    link = tmp_path / "shortcut" / "state.sqlite3"
    link.parent.mkdir()
    link.symlink_to(training)
    evidence = tmp_path / "law.txt"
    evidence.write_text("Article 1. Weapons of mass destruction are prohibited.\n", encoding="utf-8")
    with Workspace.open(link, source="cli") as ws:
        attachments.add(ws, "legal_instrument", 1, evidence, "official text")
    with Workspace.open(training, source="cli") as ws:
        stored = attachments.path_of(ws, attachments.list_all(ws)[0]["id"])
        assert stored.read_bytes() == evidence.read_bytes()
    assert _cli("backup", "--db", training, "--out", tmp_path / "state.un1540") == 0
    out = capsys.readouterr()
    assert "1 document(s)" in out.out and "missing" not in out.err, out
    folder = attachments.documents_dir(training)
    assert _cli("export", "matrix", "--format", "xlsx", "--db", link, "--out", folder / "m.xlsx") == 1
    assert "documents folder" in capsys.readouterr().err
    assert not (folder / "m.xlsx").exists()


def test_the_backup_of_a_damaged_database_is_refused_in_one_line(training, tmp_path, capsys):
    """SQLite's integrity check reports damage on several lines; the refusal printed them as they were."""
    from app.workspace import Workspace

    Workspace.open(training, source="cli").close()  # as the application leaves it (write-ahead log mode)
    damage_index(training)
    digest = _sha(training)
    assert _cli("backup", "--db", training, "--out", tmp_path / "b.un1540") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: The database is damaged (SQLite's integrity check"), err
    assert "no backup was written" in err
    assert _sha(training) == digest and not (tmp_path / "b.un1540").exists()


def test_the_data_folder_made_by_a_command_is_the_owners_only(tmp_path, monkeypatch, training):
    """A command run on a database elsewhere made the data folder for its temporary files with the default mode
    (0755): the State's own database later created in it sat in a folder everyone could list."""
    import os
    import stat

    data = tmp_path / "fresh" / "1540 Focal Point"
    monkeypatch.setenv("UN1540_DATA_DIR", str(data))
    previous = os.umask(0o022)
    try:
        assert _cli("export", "matrix", "--format", "xlsx", "--db", training, "--out", tmp_path / "m.xlsx") == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "tmp").stat().st_mode) == 0o700


def test_a_refused_handover_leaves_no_folder_behind(training, tmp_path, capsys):
    """The handover made its --out folder first: refused afterwards (a damaged database, no State set up), it left
    an empty folder behind."""
    from app.workspace import Workspace

    Workspace.open(training, source="cli").close()
    damage_index(training)
    out = tmp_path / "for my successor"
    assert _cli("handover", "--db", training, "--out", out) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "The database is damaged" in err, err
    assert not out.exists()


@pytest.mark.parametrize(
    "command",
    [
        ["backup", "--out", "{tmp}/b.un1540"],
        ["export", "matrix", "--format", "xlsx", "--out", "{tmp}/m.xlsx"],
        ["agency-workbook", "--agency", "Customs", "--out", "{tmp}/a.xlsx"],
        ["handover", "--out", "{tmp}/handover"],
    ],
)
def test_an_empty_file_is_not_taken_for_a_state(tmp_path, command, capsys):
    """A zero-byte file (a copy that failed, a `touch`): `backup` wrote a package of nothing and said "Backup
    written"; export, handover and agency-workbook made it a new database, then refused (no State set up)."""
    empty = tmp_path / "state.sqlite3"
    empty.touch()
    before = sorted(p.name for p in tmp_path.iterdir())
    assert _cli(*[part.format(tmp=tmp_path) for part in command], "--db", empty) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is empty" in err and "unexpected" not in err, err
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.fixture
def package(training, tmp_path) -> Path:
    assert _cli("backup", "--db", training, "--out", tmp_path / "state-2026-11-20.un1540") == 0
    return tmp_path / "state-2026-11-20.un1540"


@pytest.mark.parametrize("victim", ["package", "kept aside", "another database"])
@pytest.mark.parametrize(
    "command",
    [
        ["export", "matrix", "--format", "pdf", "--out", "{victim}"],
        ["export", "report", "--format", "xlsx", "--out", "{victim}"],
    ],
)
def test_an_export_never_replaces_a_backup_or_another_database(training, package, tmp_path, victim, command, capsys):
    """A typo in --out replaced the user's backup package (or the copy a restore kept aside, or a second State's
    database) with a PDF, exit 0: the guard knew only the database in use and the data folder."""
    target = {
        "package": lambda: package,
        "kept aside": lambda: package.rename(tmp_path / "training.before-restore-20261120-101500.un1540"),
        "another database": lambda: backup_file(training, tmp_path / "other-state.sqlite3"),
    }[victim]()
    capsys.readouterr()
    digest = _sha(target)
    assert _cli(*[part.format(victim=target) for part in command], "--db", training) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Nothing was written" in err, err
    assert ("is a backup package" if victim != "another database" else "is a database file") in err, err
    assert _sha(target) == digest


def test_a_new_backup_may_replace_an_older_one_under_the_same_name(training, package, capsys):
    inode = package.stat().st_ino
    assert _cli("backup", "--db", training, "--out", package) == 0, capsys.readouterr().err
    assert package.stat().st_ino != inode  # written anew, put in place by a rename


def test_a_damaged_zip_header_is_told_in_a_short_line(training, package, tmp_path, capsys):
    """A package whose first ZIP header names a longer file name: the refusal quoted zipfile's message, which holds
    the header's raw bytes (160 KB of escaped binary on one line)."""
    data = bytearray(package.read_bytes())
    assert data[:4] == b"PK\x03\x04"
    data[26:28] = b"\xff\xff"  # the length of the first member's file name in its local header
    damaged = tmp_path / "damaged.un1540"
    damaged.write_bytes(bytes(data))
    digest = _sha(training)
    assert _cli("restore", damaged, "--db", training) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: damaged.un1540 is damaged") and len(err) < 400, err[:600]
    assert "\\x" not in err, err[:600]
    assert _sha(training) == digest


def _foreign_hot_journal(database: Path, tmp_path: Path) -> None:
    """Put beside `database` the hot rollback journal of another program's database, taken in the middle of a write
    (as a copy of a folder made while that program was writing would bring it)."""
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = delete")
    conn.execute("CREATE TABLE moz_places (url TEXT)")
    conn.executemany("INSERT INTO moz_places VALUES (?)", [("y" * 500,)] * 300)
    conn.execute("PRAGMA cache_size = 1")  # pages spill to the file during the write: the journal is hot
    conn.execute("BEGIN")
    conn.execute("UPDATE moz_places SET url = 'z'")
    conn.executemany("INSERT INTO moz_places VALUES (?)", [("q" * 500,)] * 3000)
    shutil.copyfile(other.with_name(other.name + "-journal"), database.with_name(database.name + "-journal"))
    conn.execute("ROLLBACK")
    conn.close()


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["export", "matrix", "--format", "xlsx", "--out", "{tmp}/m.xlsx"],
    ],
)
def test_a_rollback_journal_of_another_database_does_not_damage_ours(training, tmp_path, command, capsys):
    """SQLite rolls back any hot journal beside a file: one that belongs to another database wrote that database's
    pages into ours and cut it to that database's size (761 KB became 164 KB, "damaged or not a database")."""
    _foreign_hot_journal(training, tmp_path)
    journal = training.with_name(training.name + "-journal")
    digest, journal_digest = _sha(training), _sha(journal)
    assert _cli(*[part.format(tmp=tmp_path) for part in command], "--db", training) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not belong to it" in err and "unexpected" not in err, err
    assert _sha(training) == digest, "the database file was changed"
    assert _sha(journal) == journal_digest, "the journal was changed or removed"
    assert not (tmp_path / "m.xlsx").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_hot_journal_of_the_database_itself_is_still_rolled_back(training, tmp_path, capsys):
    """The guard above leaves the normal case alone: a write interrupted by a crash is rolled back, and said."""
    before = _sha(training)
    conn = sqlite3.connect(training, isolation_level=None)
    conn.execute("PRAGMA journal_mode = delete")
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("BEGIN")
    conn.execute("UPDATE matrix_answer SET remarks = 'interrupted'")
    conn.execute("UPDATE audit_log SET summary = 'interrupted'")
    journal = training.with_name(training.name + "-journal")
    snapshot = tmp_path / "crashed"
    snapshot.mkdir()
    shutil.copyfile(training, snapshot / training.name)  # the file as a crash leaves it: half written
    shutil.copyfile(journal, snapshot / journal.name)
    conn.execute("ROLLBACK")
    conn.close()
    crashed = snapshot / training.name
    assert _sha(crashed) != before
    assert _cli("check", "--db", crashed) == 0, capsys.readouterr().err
    assert "recovered an interrupted write" in capsys.readouterr().out
    assert not (snapshot / journal.name).exists()


@pytest.mark.parametrize("kind", ["package", "text", "pdf", "workbook"])
def test_a_restore_onto_a_file_that_is_no_database_is_refused(package, tmp_path, kind, capsys):
    """`restore backup.un1540 --db notes.txt` (a wrong --db) took the file for a damaged database: it was renamed to
    notes.damaged-<time>.txt and a database put in its place, exit 0."""
    target = (
        tmp_path / {"package": "older.un1540", "text": "notes.txt", "pdf": "report.pdf", "workbook": "w.xlsx"}[kind]
    )
    if kind == "package":
        shutil.copyfile(package, target)
    elif kind == "text":
        target.write_text("Minutes of the inter-agency meeting\n" * 20, encoding="utf-8")
    elif kind == "pdf":
        target.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + b"\x00" * 200)
    else:
        import openpyxl

        openpyxl.Workbook().save(target)
    digest = _sha(target)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert _cli("restore", package, "--db", target) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not a database" in err and "Nothing was changed" in err, err
    assert _sha(target) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_text_from_a_crafted_package_cannot_drive_the_terminal(training, package, capsys):
    """`backups` printed a package's manifest as it was: a State code holding escape sequences, a carriage return
    and a line feed recoloured the terminal and printed a fake line (a package can come from anyone)."""
    import json
    import zipfile

    from app.rolling_backups import backups_dir

    folder = backups_dir(training)
    folder.mkdir(parents=True)
    with zipfile.ZipFile(package) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    manifest = json.loads(parts["manifest.json"])
    manifest["state_code"] = "\x1b[31mRED\x1b[0m\nFAKE 2026-01-01 checked\rX\x07"
    parts["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(folder / "2026-11-19.un1540", "w") as crafted:
        for name, data in parts.items():
            crafted.writestr(name, data)
    capsys.readouterr()
    assert _cli("backups", "--db", training) == 0
    out = capsys.readouterr().out
    assert not any(c in out for c in "\x1b\r\x07"), repr(out)
    assert out.count("\n") == 1 and "2026-11-19.un1540" in out, repr(out)


def test_an_error_naming_a_hostile_file_name_cannot_drive_the_terminal(training, tmp_path, capsys):
    hostile = tmp_path / "backup\x1b[2J\x1b]0;owned\x07.un1540"
    hostile.write_bytes(b"not a package")
    assert _cli("restore", hostile, "--db", training) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and not any(c in err for c in "\x1b\x07"), repr(err)


@pytest.mark.parametrize("name", ["matrix", "matrix.txt", "matrix.backup"])
def test_an_excel_export_under_any_name_is_written(training, tmp_path, name, capsys):
    """`export --format xlsx --out matrix` failed: "the workbook just written cannot be read back (openpyxl does not
    support .part-d265f1720fec file format...)": the check re-read the file by its name, which openpyxl judges by
    its extension."""
    import openpyxl

    out = tmp_path / name
    assert _cli("export", "matrix", "--format", "xlsx", "--db", training, "--out", out) == 0, capsys.readouterr().err
    with open(out, "rb") as handle:
        assert openpyxl.load_workbook(handle, read_only=True).sheetnames  # a workbook, whatever its name
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_restore_whose_documents_cannot_be_stored_says_so_before_anything(training, tmp_path, capsys):
    """A file in the way of the documents folder: the restore kept the current data aside as a package, then failed
    on "Not a directory: …/.incoming-….tmp", leaving that package behind for a restore that did not happen."""
    from app import attachments
    from app.workspace import Workspace

    evidence = tmp_path / "law.txt"
    evidence.write_text("Article 1.\n", encoding="utf-8")
    with Workspace.open(training, source="cli") as ws:
        attachments.add(ws, "legal_instrument", 1, evidence)
    assert _cli("backup", "--db", training, "--out", tmp_path / "with-documents.un1540") == 0
    target = tmp_path / "other" / "state.sqlite3"
    target.parent.mkdir()
    backup_file(training, target)
    attachments.documents_dir(target).write_text("in the way\n", encoding="utf-8")
    digest = _sha(target)
    before = sorted(p.name for p in target.parent.iterdir())
    capsys.readouterr()
    assert _cli("restore", tmp_path / "with-documents.un1540", "--db", target) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a folder" in err and "Nothing was changed" in err, err
    assert _sha(target) == digest
    assert sorted(p.name for p in target.parent.iterdir()) == before


@pytest.mark.parametrize(
    "command",
    [
        ["backup", "--out", "{file}/x.un1540"],
        ["agency-workbook", "--agency", "ANSR", "--out", "{file}/w.xlsx"],
        ["export", "matrix", "--format", "pdf", "--out", "{file}/sub/x.pdf"],
        ["handover", "--out", "{file}/pack"],
    ],
)
def test_an_output_under_a_file_is_named_as_such(training, tmp_path, command, capsys):
    """--out under a file taken for a folder: 'error: File exists: notes.txt' (backup, agency-workbook), or 'the
    folder … does not exist' (export, handover), when the folder named is a file."""
    notes = tmp_path / "notes.txt"
    notes.write_text("minutes\n", encoding="utf-8")
    assert _cli(*[part.format(file=notes) for part in command], "--db", training) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "notes.txt is a file, not a folder" in err and "Nothing was written" in err, err
    assert notes.read_text(encoding="utf-8") == "minutes\n"


@pytest.mark.parametrize("kind", ["folder", "pipe"])
def test_importing_a_folder_or_a_pipe_says_what_it_is(training, tmp_path, kind, capsys):
    """`import <folder>` said the file "cannot be found or opened; check that the file still exists"."""
    import os

    odd = tmp_path / "returned.xlsx"
    odd.mkdir() if kind == "folder" else os.mkfifo(odd)
    digest = _sha(training)
    assert _cli("import", odd, "--db", training) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not a file" in err and "still exists" not in err, err
    assert _sha(training) == digest


def test_a_handover_killed_before_its_pdf_leaves_no_half_pack(training, tmp_path, capsys):
    """Killed after the package was written and before the PDF (one kill in three in a torture run), the handover
    left the package alone in the folder, and the next start kept it: half a pack, which looks complete."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "pack"
    script = (
        "import os, signal, sys\n"
        "from app.exports import service\n"
        "def killed(*args, **kwargs):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "service.export_document = killed\n"
        "from app.cli import build_parser, run_command\n"
        "sys.exit(run_command(build_parser().parse_args(sys.argv[1:])))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "handover", "--db", str(training), "--out", str(out)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -9, done.stderr
    assert _cli("export", "matrix", "--format", "xlsx", "--db", training, "--out", tmp_path / "m.xlsx") == 0  # a start
    left = sorted(p.name for p in out.iterdir()) if out.exists() else []
    assert left == [], left
