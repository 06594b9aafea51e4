"""Backups of a damaged database, the rotation that keeps the good ones, and hostile names or files given to restore."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest

from app import agencies
from app.backup import restore_from
from app.errors import UserError
from app.package import (
    CHECKED_OK,
    DamagedDatabaseError,
    PackageError,
    read_manifest,
    restore_package,
    verify_package,
    write_package,
)
from app.rolling_backups import backups_dir, daily_backup, list_backups, newest_good_backup
from app.workspace import Workspace
from tests.copies import backup_file
from tests.damage import damage_cells, damage_one_page

ROOT = Path(__file__).resolve().parents[1]


def _run(*args, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "PYTHONIOENCODING": ""}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(os.fsencode, args)],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
        **kwargs,
    )


@pytest.fixture
def state(tmp_path, demo_db) -> Path:
    return backup_file(demo_db, tmp_path / "here" / "examplia.sqlite3")


def _agency_names(db_path: Path) -> set[str]:
    conn = sqlite3.connect(db_path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM agency")}
    finally:
        conn.close()


# --- #2: a damaged database is never packed -----------------------------------------------------


def test_backup_of_a_database_with_one_damaged_page_is_refused_and_says_what_to_restore(state, tmp_path):
    with Workspace.open(state) as ws:
        good = daily_backup(ws, today=date(2026, 11, 20))
    assert read_manifest(good)["checked"] == CHECKED_OK
    damage_one_page(state)
    assert _run("check", "--db", state).returncode == 1  # the damage is real

    out = tmp_path / "usb" / "examplia.un1540"
    result = _run("backup", "--db", state, "--out", out)
    stderr = result.stderr.decode()
    assert result.returncode == 1, "a backup of a damaged database must not be reported as written"
    assert len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr
    assert "The database is damaged" in stderr and "no backup was written" in stderr
    assert f"Restore the newest good backup: {good}" in stderr
    assert not out.exists()
    assert not out.parent.exists() or list(out.parent.iterdir()) == [], "no partial file left"


def test_a_page_with_many_damaged_cells_is_told_in_one_line_with_how_many_more(state, tmp_path):
    """SQLite reports each damaged cell, several lines per row: the user reads the first and a count."""
    damage_cells(state)

    check = _run("check", "--db", state)
    backup = _run("backup", "--db", state, "--out", tmp_path / "b.un1540")
    for result in (check, backup):
        lines = result.stderr.decode().strip().splitlines()
        assert result.returncode == 1 and len(lines) == 1, lines
        assert re.search(r"On tree page \d+ cell \d+: .* \(and \d+ more findings\)", lines[0]), lines[0]
        assert "*** in database" not in lines[0]


def test_every_package_write_refuses_a_damaged_database(state, tmp_path):
    from app.handover import export_handover

    damage_one_page(state)
    with Workspace.open(state) as ws:
        with pytest.raises(DamagedDatabaseError, match=r"The database is damaged .*no backup was written"):
            write_package(ws, tmp_path / "by-hand.un1540")
        with pytest.raises(DamagedDatabaseError, match="no backup was written"):
            write_package(ws, tmp_path / "encrypted.un1540", "a passphrase")
        with pytest.raises(DamagedDatabaseError, match="no backup was written"):
            export_handover(ws, tmp_path / "handover", lang="en")
    assert not (tmp_path / "by-hand.un1540").exists() and not (tmp_path / "encrypted.un1540").exists()
    assert not (tmp_path / "handover").exists(), "neither the package nor the PDF is written, nor the folder made"


def test_the_daily_backup_of_a_damaged_database_is_refused_and_the_good_ones_stay(state):
    with Workspace.open(state) as ws:
        for day in (1, 2, 3):
            daily_backup(ws, keep=3, today=date(2026, 11, day))
    folder = backups_dir(state)
    before = sorted(p.name for p in folder.iterdir())
    damage_one_page(state)
    with Workspace.open(state) as ws:
        for day in (4, 5, 6, 7):
            with pytest.raises(DamagedDatabaseError, match=r"Restore the newest good backup: .*2026-11-03\.un1540"):
                daily_backup(ws, keep=3, today=date(2026, 11, day))
    assert sorted(p.name for p in folder.iterdir()) == before, "no damaged package written, no good one deleted"
    assert newest_good_backup(state).path == folder / "2026-11-03.un1540"


def _as_older_version(package: Path) -> None:
    """Rewrite `package` as an older version wrote it: the same, without the "checked" field."""
    import json

    with zipfile.ZipFile(package) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    manifest = json.loads(members["manifest.json"])
    manifest.pop("checked", None)
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(package, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_the_rotation_never_deletes_the_newest_backup_that_passed_the_check(state):
    folder = backups_dir(state)
    start = date(2026, 11, 1)
    with Workspace.open(state) as ws:
        for offset in range(6):
            daily_backup(ws, keep=10, today=start + timedelta(days=offset))
    # Nov 3 and 4 come from an older version (not checked), Nov 5 is cut short, Nov 6 was written by an older
    # version from the damaged database this morning: none of them counts as good.
    _as_older_version(folder / "2026-11-03.un1540")
    _as_older_version(folder / "2026-11-04.un1540")
    data = (folder / "2026-11-05.un1540").read_bytes()
    (folder / "2026-11-05.un1540").write_bytes(data[: len(data) // 2])
    (folder / "2026-11-06.un1540").write_bytes(b"PK\x03\x04 damaged")
    with Workspace.open(state) as ws:
        assert daily_backup(ws, keep=3, today=date(2026, 11, 6)) is None  # today's exists: only the rotation runs
    assert sorted(p.name for p in folder.iterdir()) == [
        "2026-11-02.un1540",
        "2026-11-04.un1540",
        "2026-11-05.un1540",
        "2026-11-06.un1540",
        "documents",
    ]
    entries = list_backups(state)
    assert [e.good for e in entries] == [False, False, False, True]
    assert [bool(e.problem) for e in entries] == [True, True, False, False]
    assert newest_good_backup(state, verify_unchecked=False).path == folder / "2026-11-02.un1540"
    # Checking the older version's backup in full makes it the newest good one.
    assert newest_good_backup(state).path == folder / "2026-11-04.un1540"

    with Workspace.open(state) as ws:  # once good backups are written again, the old one goes in its turn
        for offset in range(7, 10):
            daily_backup(ws, keep=3, today=date(2026, 11, offset))
    assert sorted(p.name for p in folder.iterdir()) == [
        "2026-11-07.un1540",
        "2026-11-08.un1540",
        "2026-11-09.un1540",
        "documents",
    ]


def test_backups_dated_ahead_of_the_clock_do_not_push_the_real_ones_out(state):
    """The clock once ran four years ahead for a fortnight: the real days that follow keep their backups."""
    folder = backups_dir(state)
    with Workspace.open(state) as ws:
        for offset in range(14):
            daily_backup(ws, keep=14, today=date(2030, 1, 1) + timedelta(days=offset))
        for offset in range(5):
            daily_backup(ws, keep=3, today=date(2026, 11, 1) + timedelta(days=offset))
    names = sorted(p.name for p in folder.iterdir())
    assert [n for n in names if n.startswith("2026")] == [
        "2026-11-03.un1540",
        "2026-11-04.un1540",
        "2026-11-05.un1540",
    ], "the real days rotate among themselves"
    assert len([n for n in names if n.startswith("2030")]) == 14, "what the clock wrote ahead is left for the user"


def test_a_backup_damaged_on_the_disk_after_it_was_written_does_not_protect_the_older_good_one(state, tmp_path):
    folder = backups_dir(state)
    with Workspace.open(state) as ws:
        daily_backup(ws, keep=10, today=date(2026, 11, 1))  # good, and stays good
        plain = write_package(ws, tmp_path / "plain.un1540").path  # holding its database (the shared pieces are good)
    good = folder / "2026-11-01.un1540"
    for day in (2, 3):  # written by an older version, which did not check
        (folder / f"2026-11-0{day}.un1540").write_bytes(good.read_bytes())
        _as_older_version(folder / f"2026-11-0{day}.un1540")
    damaged = folder / "2026-11-04.un1540"  # checked when written, then damaged on the disk: same size, other bytes
    data = bytearray(plain.read_bytes())
    with zipfile.ZipFile(plain) as zf:
        start = zf.getinfo("database.sqlite3").header_offset + 30 + len("database.sqlite3") + 200
    data[start : start + 50] = bytes(b ^ 0xFF for b in data[start : start + 50])
    damaged.write_bytes(bytes(data))
    assert next(e for e in list_backups(state) if e.path == damaged).good, "its manifest still says checked"
    (folder / "2026-11-05.un1540").write_bytes(b"PK\x03\x04 cut short")  # today's, already there and unreadable

    with Workspace.open(state) as ws:
        assert daily_backup(ws, keep=2, today=date(2026, 11, 5)) is None  # today's exists: only the rotation runs
    assert good.exists(), "the only backup that restores is never rotated out"
    assert sorted(p.name for p in folder.iterdir()) == [
        "2026-11-01.un1540",
        "2026-11-04.un1540",
        "2026-11-05.un1540",
        "documents",
    ]


def test_the_backups_of_a_database_whose_path_is_not_utf8_have_their_folder(state, tmp_path):
    odd = Path(os.fsdecode(os.fsencode(str(tmp_path)) + b"/caf\xe9.sqlite3"))
    backup_file(state, odd)
    with Workspace.open(odd) as ws:
        written = daily_backup(ws, today=date(2026, 11, 20))
    assert written.parent == backups_dir(odd) and [e.path for e in list_backups(odd)] == [written]
    listed = _run("backups", "--db", os.fsencode(str(odd)))
    assert listed.returncode == 0 and b"2026-11-20" in listed.stdout and b"unexpected" not in listed.stderr


def test_backups_say_which_are_checked_damaged_or_not_checked(state):
    folder = backups_dir(state)
    with Workspace.open(state) as ws:
        for day in (20, 21, 22):
            daily_backup(ws, today=date(2026, 11, day))
    _as_older_version(folder / "2026-11-21.un1540")
    (folder / "2026-11-22.un1540").write_bytes(b"PK\x03\x04 cut short")
    result = _run("backups", "--db", state)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert [line.split()[0] for line in lines] == ["2026-11-22", "2026-11-21", "2026-11-20"]
    assert "damaged" in lines[0]
    assert "XEX" in lines[1] and "not checked" in lines[1]
    assert "XEX" in lines[2] and "checked" in lines[2] and "not checked" not in lines[2]


def test_a_package_written_from_a_damaged_database_is_listed_as_damaged(state):
    import json

    with Workspace.open(state) as ws:
        path = daily_backup(ws, today=date(2026, 11, 20))
    with zipfile.ZipFile(path) as zf:
        members = {info.filename: zf.read(info) for info in zf.infolist()}
    members["manifest.json"] = json.dumps(json.loads(members["manifest.json"]) | {"checked": "failed"}).encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    [entry] = list_backups(state)
    assert entry.problem and "damaged database" in entry.problem and not entry.good
    assert newest_good_backup(state) is None


def test_a_restore_over_a_database_failing_only_the_integrity_check_keeps_it_aside(state, tmp_path, demo_db):
    """A broken reference passes the quick check but fails the full check: the current data cannot be packed,
    so the restore keeps the damaged file aside instead of failing."""
    package = write_package_of(demo_db, tmp_path / "good.un1540")
    conn = sqlite3.connect(state)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE point_of_contact SET agency_id = 999999 WHERE id = (SELECT min(id) FROM point_of_contact)")
    conn.commit()
    conn.close()
    with Workspace.open(state) as ws:
        agencies.create_agency(ws, {"name": "Only in the damaged data"})
    with pytest.raises(DamagedDatabaseError, match="broken reference"), Workspace.open(state) as ws:
        write_package(ws, tmp_path / "refused.un1540")
    result = restore_package(package, state)
    assert result.kept is not None and result.kept.name.startswith("examplia.damaged-")
    assert "Only in the damaged data" in _agency_names(result.kept), "the damaged data is kept as it was"
    assert "Only in the damaged data" not in _agency_names(state)
    assert _run("check", "--db", state).returncode == 0


def write_package_of(db_path: Path, out: Path) -> Path:
    from app.package import write_package_of_file

    return write_package_of_file(db_path, out).path


def test_verify_package_refuses_what_would_not_restore(state, tmp_path):
    with Workspace.open(state) as ws:
        package = write_package(ws, tmp_path / "good.un1540").path
    verify_package(package)
    data = bytearray(package.read_bytes())
    data[len(data) // 3] ^= 0xFF
    (tmp_path / "bad.un1540").write_bytes(bytes(data))
    with pytest.raises(PackageError, match=r"bad\.un1540"):
        verify_package(tmp_path / "bad.un1540")


# --- #11: file names that are not UTF-8, and files that are not files ----------------------------


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux file systems allow names that are not UTF-8")
@pytest.mark.parametrize("kind", ["package", "plain backup"])
def test_a_backup_whose_name_is_not_utf8_restores_and_is_audited(state, tmp_path, kind):
    folder = os.fsencode(tmp_path)
    raw = folder + (b"/caf\xe9-sauvegarde.un1540" if kind == "package" else b"/caf\xe9-ancienne.sqlite3")
    name = os.fsdecode(raw)
    with Workspace.open(state) as ws:
        agencies.create_agency(ws, {"name": "In the backup"})
        if kind == "package":
            write_package(ws, name)
        else:
            backup_file(state, name)
        agencies.create_agency(ws, {"name": "After the backup"})
    result = _run("restore", name, "--db", state)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "restored from" in out and "caf\ufffd-" in out
    names = _agency_names(state)
    assert "In the backup" in names and "After the backup" not in names
    conn = sqlite3.connect(state)
    action, summary = conn.execute("SELECT action, summary FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert action == "restore" and "caf\ufffd-" in summary


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="pipes (FIFOs) are a POSIX feature")
@pytest.mark.parametrize("command", ["restore", "backup", "check", "import"])
@pytest.mark.parametrize("kind", ["pipe", "folder", "device"])
def test_a_pipe_folder_or_device_is_refused_at_once(state, tmp_path, command, kind):
    special = {"pipe": tmp_path / "backup.un1540", "folder": tmp_path / "folder.un1540", "device": Path(os.devnull)}[
        kind
    ]
    if kind == "pipe":
        os.mkfifo(special)
    elif kind == "folder":
        special.mkdir()
    before = state.read_bytes()
    args = {
        "restore": ("restore", special, "--db", state),
        "backup": ("backup", "--db", special, "--out", tmp_path / "b.un1540"),
        "check": ("check", "--db", special),
        "import": ("import", special, "--db", state),
    }[command]
    try:
        result = _run(*args, timeout=30)  # a command that hangs on the pipe fails the test instead of blocking it
    except subprocess.TimeoutExpired:
        pytest.fail(f"{command} hung on a {kind}")
    stderr = result.stderr.decode() + result.stdout.decode()
    assert result.returncode == 1 and len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr
    if command in ("restore", "backup"):
        assert "is not a regular file" in stderr and "nothing was changed" in stderr
    assert state.read_bytes() == before


def test_restore_from_refuses_a_pipe_in_the_domain_too(state, tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("pipes (FIFOs) are a POSIX feature")
    os.mkfifo(tmp_path / "pipe.un1540")
    with pytest.raises(UserError, match=r"pipe\.un1540 is not a regular file"):
        restore_from(tmp_path / "pipe.un1540", state)
