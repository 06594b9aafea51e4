"""`un1540 FILE`: what the file given in place of a command holds (decided by content), and how the command line
takes it: a database becomes the database of the run, anything else starts on the usual one."""

from __future__ import annotations

import os
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest

import un1540
from app.given_file import identify
from app.paths import default_database_path
from app.workspace import Workspace
from tests.copies import backup_file


@pytest.fixture
def state(tmp_path, demo_db) -> Path:
    return backup_file(demo_db, tmp_path / "state.sqlite3")


@pytest.fixture
def package(state, tmp_path) -> Path:
    from app.package import write_package

    with Workspace.open(state) as ws:
        return write_package(ws, tmp_path / "usb" / "examplia.un1540").path


@pytest.fixture
def started(monkeypatch):
    """Record the GUI starts of un1540.main instead of starting the window: [(database, given file, exit status)]."""
    import ui.application

    runs: list[dict] = []

    def run_gui(db_path, exit_when_ready=False, language=None, given=None):
        runs.append({"db": Path(db_path), "given": given, "language": language, "exit_when_ready": exit_when_ready})
        return 0

    monkeypatch.setattr(ui.application, "run_gui", run_gui)
    return runs


# -- what the file holds --------------------------------------------------------------------------------------------
def test_a_database_is_known_by_its_content_whatever_its_name(state, tmp_path):
    renamed = tmp_path / "backup-from-a-colleague.bak"
    renamed.write_bytes(state.read_bytes())
    assert identify(state).kind == "database"
    assert identify(renamed).kind == "database"
    assert identify(renamed).path == renamed.absolute()


def test_a_package_plain_or_encrypted_is_a_package_even_renamed(package, state, tmp_path):
    from app.package import write_package

    renamed = tmp_path / "examplia.zip"
    renamed.write_bytes(package.read_bytes())
    with Workspace.open(state) as ws:
        secret = write_package(ws, tmp_path / "secret.bin", passphrase="correct horse").path
    assert (identify(package).kind, identify(package).encrypted) == ("package", False)
    assert identify(renamed).kind == "package"
    assert (identify(secret).kind, identify(secret).encrypted) == ("package", True)


def test_a_workbook_is_a_zip_holding_xl_workbook_xml(tmp_path):
    book = openpyxl.Workbook()
    book.save(tmp_path / "returned.xlsx")
    (tmp_path / "returned.xlsx").rename(tmp_path / "returned.dat")
    assert identify(tmp_path / "returned.dat").kind == "workbook"
    legacy = tmp_path / "old.xls"  # the importer says how to save it as .xlsx
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)
    assert identify(legacy).kind == "workbook"


def test_a_zip_that_is_neither_and_other_files_are_not_opened(tmp_path):
    archive = tmp_path / "photos.un1540"  # a package's name, not a package's content: no restore is offered
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("photo.jpg", b"not really")
    browser = tmp_path / "places.sqlite"
    conn = sqlite3.connect(browser)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    (tmp_path / "notes.txt").write_text("minutes of the meeting")
    (tmp_path / "new.sqlite3").write_bytes(b"")
    assert identify(archive).kind == "other"
    assert identify(tmp_path / "notes.txt").kind == "other"
    assert identify(browser).kind == "database", "a SQLite file: opening it gives the refusal of another program's file"
    assert identify(tmp_path / "new.sqlite3").kind == "database", "an empty database file is a new database"
    message = identify(tmp_path / "notes.txt").message()
    assert "notes.txt is not a file this application opens" in message and "(.un1540)" in message


def test_a_file_that_cannot_be_read_says_why(tmp_path):
    (tmp_path / "folder.un1540").mkdir()
    (tmp_path / "a.txt").write_text("x")
    missing, folder, under_a_file = (
        identify(tmp_path / "gone.un1540"),
        identify(tmp_path / "folder.un1540"),
        identify(tmp_path / "a.txt" / "b.un1540"),
    )
    assert (missing.kind, missing.usable) == ("missing", False)
    assert missing.message() == f"{tmp_path / 'gone.un1540'} does not exist; nothing was opened."
    assert (folder.kind, folder.detail) == ("not_a_file", "a folder")
    assert folder.message().endswith("is not a file (it is a folder); nothing was opened.")
    assert under_a_file.kind == "unreadable" and "Not a directory" in under_a_file.message()
    os.mkfifo(tmp_path / "pipe.un1540")  # never opened: nothing waits for a writer
    assert identify(tmp_path / "pipe.un1540").message().endswith("is not a file (it is a pipe); nothing was opened.")


# -- the command line -----------------------------------------------------------------------------------------------
def test_a_database_file_is_the_database_of_the_run(started, state):
    assert un1540.main([str(state)]) == 0
    assert started[0]["db"] == state.absolute() and started[0]["given"].kind == "database"


def test_a_package_starts_on_the_usual_database_with_its_language_and_options(started, package):
    assert un1540.main(["--lang", "fr", str(package), "--exit-when-ready"]) == 0
    [run] = started
    assert run["db"] == default_database_path() and run["given"].path == package.absolute()
    assert (run["given"].kind, run["language"], run["exit_when_ready"]) == ("package", "fr", True)


def test_commands_are_still_commands(started, state, capsys):
    assert un1540.main(["--d", str(state), "check"]) == 0, "--d is --db: its value is not a file to open"
    assert started == [] and "healthy" in capsys.readouterr().out
    assert un1540.main(["--db=" + str(state), "--exit-when-ready"]) == 0
    assert started[0]["db"] == state and started[0]["given"] is None


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--db", "{state}", "{package}"], "error: --db and a FILE to open cannot go together"),
        (["{package}", "{state}"], "error: one file at a time"),
        (["{package}", "demo"], "error: a FILE to open ("),
    ],
)
def test_what_cannot_go_with_a_file_is_one_line_and_exit_2(started, state, package, capsys, argv, said):
    before = state.read_bytes()
    argv = [a.format(state=state, package=package) for a in argv]
    assert un1540.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(said) and err.count("\n") == 1
    assert started == [] and state.read_bytes() == before


def test_a_missing_file_is_one_line_and_the_window_still_starts(started, tmp_path, capsys):
    assert un1540.main([str(tmp_path / "gone.un1540")]) == 0
    assert capsys.readouterr().err == f"error: {tmp_path / 'gone.un1540'} does not exist; nothing was opened.\n"
    assert started[0]["db"] == default_database_path() and started[0]["given"].kind == "missing"
    assert un1540.main([str(tmp_path / "gone.un1540"), "--exit-when-ready"]) == 1, "the smoke test can tell"


def test_a_mistyped_command_is_still_an_unknown_command(started, tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        un1540.main(["chek"])
    assert exited.value.code == 2 and "invalid choice: 'chek'" in capsys.readouterr().err
    assert started == [], "no window for a typo"
    assert un1540.main([str(tmp_path / "gone")]) == 0, "a path is a file, even without an extension"
    assert started[0]["given"].kind == "missing"
