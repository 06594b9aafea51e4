"""A restore while another program commits to the same database: no acknowledged commit is lost.

A child process commits numbered agencies continuously through the project's own connection and
transaction code, and prints the number of each commit once it returned. Meanwhile the test restores a
package over the database, several times. Afterwards every acknowledged commit must be somewhere the
user can find it: in the data kept aside by a restore (committed before the restore took its lock), or
in the database (committed after the restore, which the writer waited for). A restore that cannot take
the lock is refused and changes nothing.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

from app.package import DatabaseInUse, restore_package, write_package_of_file
from tests.copies import backup_file

ROOT = Path(__file__).resolve().parents[1]
WRITER = r"""
import os, sys, time
sys.path.insert(0, sys.argv[4])
from db import connect, write_transaction

db_path, stop, mode = sys.argv[1:4]
kept = connect(db_path) if mode == "keeps-it-open" else None
number = 0
while not os.path.exists(stop):
    number += 1
    db = None
    try:
        db = kept or connect(db_path)
        with write_transaction(db):
            db.execute("INSERT INTO agency (name, created_at, updated_at) VALUES (?, '', '')", [f"race {number}"])
        print(f"ok {number}", flush=True)
    except Exception as exc:  # not acknowledged: the writer was told
        print(f"error {number} {type(exc).__name__}: {exc}", flush=True)
    finally:
        if kept is None and db is not None:
            db.conn.close()
    time.sleep(0.002)
print("done", flush=True)
"""


class Writer:
    def __init__(self, db_path: Path, stop: Path, mode: str):
        self.process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), str(stop), mode, str(ROOT)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.stop = stop
        self.acknowledged: list[int] = []
        self.errors: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            if line.startswith("ok "):
                self.acknowledged.append(int(line.split()[1]))
            elif line.startswith("error "):
                self.errors.append(line.strip())

    def wait_for(self, more: int) -> None:
        """Until `more` further commits were acknowledged (the writer must be running, whatever its speed)."""
        wanted = len(self.acknowledged) + more
        deadline = time.monotonic() + 60  # a watchdog against a hang, not a measure: the writer is never timed
        while len(self.acknowledged) < wanted:
            assert self.process.poll() is None, self.process.stderr.read()
            if time.monotonic() > deadline:
                pytest.fail(f"the writer made no progress for a minute: {self.errors[-3:]}")
            time.sleep(0.005)

    def finish(self) -> None:
        self.stop.touch()
        self.process.wait(timeout=60)
        self._reader.join(timeout=10)


def _race_names(db_file: Path) -> set[int]:
    conn = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {int(row[0][5:]) for row in conn.execute("SELECT name FROM agency WHERE name LIKE 'race %'")}
    finally:
        conn.close()


def _kept_names(kept: Path, tmp: Path) -> set[int]:
    """The race commits in the data a restore kept aside (a package, or the damaged file copied as it was)."""
    if kept.suffix == ".un1540":
        with zipfile.ZipFile(kept) as zf:
            zf.extract("database.sqlite3", tmp / kept.stem)
        return _race_names(tmp / kept.stem / "database.sqlite3")
    return _race_names(kept)


@pytest.fixture
def fast_refusal(monkeypatch):
    monkeypatch.setattr("app.package.restore.LOCK_TIMEOUT", 0.5)


@pytest.mark.parametrize("current", ["healthy", "damaged"])
def test_no_commit_of_another_program_is_lost_by_a_restore(tmp_path, demo_db, current, fast_refusal):
    from tests.damage import damage_one_page

    package = write_package_of_file(demo_db, tmp_path / "good.un1540").path
    db_path = backup_file(demo_db, tmp_path / "state.sqlite3")
    if current == "damaged":
        damage_one_page(db_path, "matrix_answer")  # the writer never reads that table
    writer = Writer(db_path, tmp_path / "stop", "opens-it-per-commit")
    kept: list[Path] = []
    refused = 0
    try:
        writer.wait_for(20)
        for _ in range(4):
            try:
                kept.append(restore_package(package, db_path, source_label="gui").kept)
            except DatabaseInUse:
                refused += 1  # allowed: nothing changed, and the writer's commits are all in the database
            writer.wait_for(10)
    finally:
        writer.finish()
    if current == "damaged" and kept:
        assert ".damaged-" in kept[0].name, "the first restore kept the damaged file as it was"
    acknowledged = set(writer.acknowledged)
    found = _race_names(db_path)
    for path in kept:
        assert path is not None
        found |= _kept_names(path, tmp_path)
    lost = sorted(acknowledged - found)
    assert not lost, (
        f"{len(lost)} acknowledged commit(s) lost by {len(kept)} restore(s) ({refused} refused): {lost[:10]}"
    )
    assert len(acknowledged) >= 60


def test_a_restore_is_refused_while_another_program_keeps_the_database_open(tmp_path, demo_db, fast_refusal):
    package = write_package_of_file(demo_db, tmp_path / "good.un1540").path
    db_path = backup_file(demo_db, tmp_path / "state.sqlite3")
    writer = Writer(db_path, tmp_path / "stop", "keeps-it-open")
    try:
        writer.wait_for(20)
        with pytest.raises(
            DatabaseInUse, match="open in another window or program; close it and try again; nothing was changed"
        ):
            restore_package(package, db_path, source_label="gui")
        writer.wait_for(10)
    finally:
        writer.finish()
    assert set(writer.acknowledged) <= _race_names(db_path), "every commit is still in the database"
    assert list(tmp_path.glob("state.before-restore-*")) == [] and list(tmp_path.glob("state.damaged-*")) == []
