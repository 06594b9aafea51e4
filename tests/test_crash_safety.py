"""Crash safety: the command line killed with SIGKILL at random moments never damages the data.

Each command that writes (import of an agency workbook, restore of a package, backup, demo on a new
file) runs in its own process on a fresh copy of a prepared database and is killed after a random
delay drawn between 0 and the time the command takes when left alone (seeded: every run of the suite
kills at the same moments, apart from the machine's speed). After each kill, `python main.py check`
passes and the data is exactly the state before the command or the state after it, never a mix.

The states are compared by a content digest of every row of every table, the times left out (the
columns `at` and `*_at`, which differ from one run to the next), read with plain sqlite3, read-only.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from app import agencies
from app.interchange import agency_workbook as aw
from app.package import restore_package, write_package
from app.workspace import Workspace
from tests.copies import backup_file

MAIN = Path(__file__).resolve().parents[1] / "main.py"
SEED = 1540
KILLS = {"import": 13, "restore": 13, "backup": 13, "demo": 13}  # 52 kills in all
MAX_RUNS = 3 * sum(KILLS.values())  # a run that ends before its kill is checked too, and does not count


def _without_times(image: str | None) -> str | None:
    if image is None:
        return None
    values = json.loads(image)
    return json.dumps({k: v for k, v in values.items() if k != "at" and not k.endswith("_at")}, sort_keys=True)


def content_digest(path: Path, leave_out: tuple[str, ...] = ()) -> str | None:
    """Every row of every table (but `leave_out`) without the times, in order; None when there is no file.

    Read as the application reads after a crash: a killed writer's hot journal is rolled back first (a read-only
    connection could not, and would fail with "attempt to write a readonly database" depending on where the kill
    landed)."""
    if not path.exists():
        return None
    conn = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
            if r[0] not in leave_out
        ]
        for table in tables:
            columns = [
                r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] != "at" and not r[1].endswith("_at")
            ]
            digest.update(f"{table}({', '.join(columns)})\n".encode())
            quoted = ", ".join(f'"{c}"' for c in columns)
            for row in conn.execute(f'SELECT {quoted} FROM "{table}" ORDER BY rowid'):
                if table == "step_row":  # the rows a step wrote, as JSON images: without their times either
                    row = tuple(
                        _without_times(v) if c in ("before", "after") else v for c, v in zip(columns, row, strict=True)
                    )
                digest.update(repr(row).encode() + b"\n")
        return digest.hexdigest()
    finally:
        conn.close()


@dataclass
class Command:
    args: list[str]  # after "main.py", before "--db"; "{folder}" is the run's own folder
    source: Path | None  # the database each run starts from (None: no file, the demo creates it)
    accepted: dict[str | None, str]  # digest -> the state it is ("before", "after", ...)
    seconds: float = 0.0  # how long a run takes when left alone


def _env(folder: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "UN1540_DATA_DIR": str(folder / "user-data"),
        "UN1540_CONFIG_DIR": str(folder / "user-config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("PYTHONWARNINGS", None)
    return env


def _start(command: Command, db: Path, folder: Path) -> subprocess.Popen:
    args = [arg.replace("{folder}", str(folder)) for arg in command.args]
    return subprocess.Popen(
        [sys.executable, str(MAIN), *args, "--db", str(db)],
        cwd=MAIN.parent,
        env=_env(folder),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _fresh_copy(command: Command, folder: Path) -> Path:
    folder.mkdir(parents=True)
    db = folder / "state.sqlite3"
    if command.source is not None:
        shutil.copyfile(command.source, db)
    return db


def _run_to_the_end(command: Command, folder: Path) -> Path:
    db = _fresh_copy(command, folder)
    started = time.perf_counter()
    process = _start(command, db, folder)
    _, err = process.communicate(timeout=120)
    command.seconds = time.perf_counter() - started
    assert process.returncode == 0, err.decode()
    return db


@pytest.fixture(scope="module")
def commands(tmp_path_factory, demo_db) -> dict[str, Command]:
    """The four commands, their starting databases, and the states a kill may leave (each run once to the end)."""
    work = tmp_path_factory.mktemp("crash")
    base = backup_file(demo_db, work / "base.sqlite3")
    with Workspace.open(base) as ws:  # a workbook of section A sent to an agency, which changed three remarks
        agency_id = ws.db.execute("SELECT min(id) FROM agency").fetchone()[0]
        aw.export_agency_workbook(ws, agency_id, aw.field_keys_for(ws, ["A"]), work / "sent.xlsx", lang="en")
    book = openpyxl.load_workbook(work / "sent.xlsx")
    sheet = book[book.sheetnames[1]]
    keys = [r for r in range(aw.FIRST_ROW, sheet.max_row + 1) if sheet.cell(row=r, column=1).value][:3]
    for n, row in enumerate(keys):
        cell = sheet.cell(row=row, column=aw.COLUMN_OF["remarks"])
        cell.value, cell.data_type = f"Checked by the agency on site ({n + 1})", "s"
    book.save(work / "returned.xlsx")
    other = backup_file(base, work / "other" / "state.sqlite3")
    with Workspace.open(other) as ws:  # the package holds another version of the data
        agencies.create_agency(ws, {"name": "Only in the package"})
        write_package(ws, work / "other.un1540")
    fresh = work / "fresh.sqlite3"
    Workspace.open(fresh, source="demo").close()  # what the demo's opening of a new file creates: no State yet

    before = content_digest(base)
    found = {
        "import": Command(["import", str(work / "returned.xlsx")], base, {before: "before"}),
        "restore": Command(["restore", str(work / "other.un1540")], base, {before: "before"}),
        "backup": Command(["backup", "--out", "{folder}/backup.un1540"], base, {before: "before"}),
        "demo": Command(["demo"], None, {None: "no file", content_digest(fresh): "a new empty database"}),
    }
    for name, command in found.items():
        db = _run_to_the_end(command, work / f"{name}-to-the-end")
        after = content_digest(db)
        if name == "backup":
            assert after == before, "a backup changes nothing in the database"
        else:
            assert after not in command.accepted, f"{name} changes the data"
            command.accepted[after] = "after"
    return found


def _kill_at_random(command: Command, folder: Path, delay: float) -> tuple[Path, bool]:
    """Run the command on a fresh copy and SIGKILL it after `delay` seconds; True if it was killed."""
    db = _fresh_copy(command, folder)
    process = _start(command, db, folder)
    try:
        _, err = process.communicate(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        _, err = process.communicate()
    if process.returncode == -signal.SIGKILL:
        return db, True
    assert process.returncode == 0, err.decode()  # it ended before the kill: it must have succeeded
    return db, False


def _check(db: Path, folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(MAIN), "check", "--db", str(db)],
        cwd=MAIN.parent,
        env=_env(folder),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_killing_the_command_line_at_any_moment_leaves_the_data_before_or_after(commands, tmp_path):
    rng = random.Random(SEED)
    wanted = dict(KILLS)
    runs = [name for name, count in KILLS.items() for _ in range(count)]
    rng.shuffle(runs)
    kills: dict[str, list[str]] = {name: [] for name in KILLS}
    attempt = 0
    while runs:
        attempt += 1
        assert attempt <= MAX_RUNS, f"only {sum(map(len, kills.values()))} kills in {MAX_RUNS} runs"
        name = runs.pop(0)
        command = commands[name]
        delay = rng.uniform(0, command.seconds)
        folder = tmp_path / f"{attempt:03d}-{name}"
        db, killed = _kill_at_random(command, folder, delay)
        where = f"{name} killed after {delay:.3f} s" if killed else f"{name} left to end ({delay:.3f} s)"

        state = command.accepted.get(content_digest(db), "neither before nor after")
        assert state != "neither before nor after", where
        if name == "backup":
            assert state == "before", where
            package = folder / "backup.un1540"
            if package.exists():  # only ever a complete package, that restores
                restored = folder / "restored" / "state.sqlite3"
                restore_package(package, restored)
                # the restore is recorded in the restored database: in its history and as a step undo stops at
                recorded = ("audit_log", "step")
                assert content_digest(restored, recorded) == content_digest(db, recorded), where
        if db.exists():
            checked = _check(db, folder)
            assert checked.returncode == 0, f"{where}: {checked.stderr}"
        if killed:
            kills[name].append(state)
        else:
            runs.append(name)  # not a kill: try again later with another delay
        shutil.rmtree(folder)
    assert {name: len(states) for name, states in kills.items()} == wanted
    assert sum(wanted.values()) >= 50


def test_a_new_database_killed_while_it_is_made_is_not_left_half_made(tmp_path):
    """Killed between the schema and the matrix template (the narrowest moment of the demo's kills), on purpose."""
    from app import matrix_template
    from app.check import check_report

    db = tmp_path / "new.sqlite3"
    code = (
        "import os, signal\n"
        "from app import matrix_template\n"
        "from app.workspace import Workspace\n"
        "matrix_template.ensure_current = lambda *args, **kwargs: os.kill(os.getpid(), signal.SIGKILL)\n"
        f"Workspace.open({str(db)!r})\n"
    )
    killed = subprocess.run(
        [sys.executable, "-c", code], cwd=MAIN.parent, env=_env(tmp_path), capture_output=True, text=True, timeout=120
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert not db.exists(), "no half-made database under the name"
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".new.sqlite3"))
    assert left, "the half-made database is left under its temporary name (what the next start must sweep)"
    demo = subprocess.run(
        [sys.executable, str(MAIN), "demo", "--db", str(db)],
        cwd=MAIN.parent,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert demo.returncode == 0, demo.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".new.sqlite3")] == [], "swept at the next start"
    with Workspace.open(db) as ws:
        assert matrix_template.current_version(ws) == matrix_template.bundled_template().version
    assert check_report(db).problems == []


def test_a_restore_killed_once_the_data_is_replaced_is_already_in_the_history(commands, tmp_path):
    """Killed just after the restored data took the place of the current data, on purpose."""
    restore = commands["restore"]
    db = _fresh_copy(restore, tmp_path / "run")
    code = (
        "import os, signal, sys\n"
        "from app.package import restore as package\n"
        "replace = package.copy_into\n"
        "def replace_then_die(source, target):\n"
        "    replace(source, target)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "package.copy_into = replace_then_die\n"
        "from main import main\n"
        f"main([*{restore.args!r}, '--db', {str(db)!r}])\n"
    )
    killed = subprocess.run(
        [sys.executable, "-c", code], cwd=MAIN.parent, env=_env(tmp_path), capture_output=True, text=True, timeout=120
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert restore.accepted.get(content_digest(db)) == "after", "the data replaced, and the restore recorded with it"
    assert _check(db, tmp_path).returncode == 0
