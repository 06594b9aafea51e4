"""Files the user names (app.outputs): the guard, the atomic writer, and the sweep of what a killed process left.

The leftovers are made by real processes killed with SIGKILL while they write, either at a chosen point
(the child kills itself inside the writer, or waits for a database lock the test holds) or, once, at
whatever moment the test sees the temporary file appear while a large backup is written.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app import attachments, outputs, submissions
from app.cli import build_parser, run_command
from app.errors import UserError
from app.interchange import agency_workbook as aw
from app.outputs import OutputExists, OutputRefused, atomic_output, check_output_path, sweep_leftovers
from app.package import private_temp_dir
from app.paths import config_dir, data_dir
from app.workspace import Workspace
from tests.copies import backup_file

ROOT = Path(__file__).resolve().parents[1]
MAIN = ROOT / "main.py"
posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and /proc")


@pytest.fixture
def state(tmp_path, demo_db) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return backup_file(demo_db, folder / "s.sqlite3")


def _env() -> dict:
    env = dict(os.environ)  # UN1540_DATA_DIR / UN1540_CONFIG_DIR: the test's own folders (conftest)
    env.pop("PYTHONWARNINGS", None)
    return env


def _main(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(MAIN), *map(str, args)],
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def _temps(folder: Path) -> list[Path]:
    """The temporary files in a folder: hidden names (whatever scheme wrote them)."""
    return sorted(p for p in folder.iterdir() if p.name.startswith("."))


def _markers() -> list[Path]:
    return sorted((data_dir() / "tmp").glob("inflight-*.json")) if (data_dir() / "tmp").is_dir() else []


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- the guard ---------------------------------------------------------------------------------------------


def test_the_guard_refuses_every_file_the_application_keeps(state, tmp_path):
    documents = attachments.documents_dir(state)
    (documents / "sub").mkdir(parents=True)
    link = tmp_path / "link-to-work"
    link.symlink_to(state.parent, target_is_directory=True)
    hard = tmp_path / "hard-link.pdf"
    os.link(state, hard)
    refused = [
        state,
        state.with_name("s.sqlite3-wal"),
        state.with_name("s.sqlite3-shm"),
        state.with_name("s.sqlite3-journal"),
        link / "s.sqlite3",
        link / "s.sqlite3-wal",
        hard,
        documents / "x.pdf",
        documents / "sub" / "x.pdf",
        documents,
        data_dir() / "backups" / "x" / "a.un1540",
        data_dir() / "tmp" / "x.pdf",
        config_dir() / "preferences.json",
        tmp_path,
    ]
    for path in refused:
        with pytest.raises(OutputRefused, match="Nothing was written"):
            check_output_path(path, state)
    from app.paths import default_database_path

    for path in (default_database_path(), default_database_path().with_name("un1540.sqlite3-wal")):
        with pytest.raises(OutputRefused, match="Nothing was written"):
            check_output_path(path, state)  # the State's own database, while working on another one
    assert check_output_path(tmp_path / "report.pdf", state) == tmp_path / "report.pdf"
    assert check_output_path(state.with_name("s.sqlite3.pdf"), state)


def test_only_the_daily_backup_may_go_into_the_backups_folder(state):
    daily = data_dir() / "backups" / "s-0123abcd" / "2026-11-23.un1540"
    assert check_output_path(daily, state, allow_daily_backup=True) == daily
    for path in (daily, daily.with_name("mine.un1540"), daily.parent.parent / "2026-11-23.un1540"):
        with pytest.raises(OutputRefused, match="daily backups"):
            check_output_path(path, state, allow_daily_backup=path != daily)


def test_a_handover_folder_is_checked_like_a_file(state, tmp_path):
    with pytest.raises(OutputRefused, match="documents folder"):
        outputs.check_output_folder(attachments.documents_dir(state), state)
    with pytest.raises(OutputRefused, match="is a file, not a folder"):
        outputs.check_output_folder(state, state)
    assert outputs.check_output_folder(tmp_path / "handover", state) == tmp_path / "handover"


# -- the writer ---------------------------------------------------------------------------------------------


def test_an_output_left_without_commit_leaves_nothing(tmp_path):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the previous report")
    with pytest.raises(RuntimeError, match="layout failed"), atomic_output(out) as output:
        output.temp.write_bytes(b"half a report")
        assert _markers(), "the temporary file is recorded while it exists"
        raise RuntimeError("layout failed")
    assert out.read_bytes() == b"the previous report"
    assert _temps(tmp_path) == [] and _markers() == []


def test_an_output_is_private_and_replaces_the_previous_file_whole(tmp_path):
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the previous report")
    with atomic_output(out) as output:
        output.temp.write_bytes(b"the new report")
        assert out.read_bytes() == b"the previous report"
        output.commit()
    assert out.read_bytes() == b"the new report"
    if os.name == "posix":
        assert out.stat().st_mode & 0o077 == 0
    assert _temps(tmp_path) == [] and _markers() == []


def test_without_overwrite_a_file_that_appears_meanwhile_is_kept(tmp_path):
    out = tmp_path / "customs.xlsx"
    out.write_bytes(b"mine")
    with pytest.raises(OutputExists, match="already exists"), atomic_output(out, overwrite=False):
        pass
    out.unlink()
    with pytest.raises(OutputExists, match="already exists"), atomic_output(out, overwrite=False) as output:
        output.temp.write_bytes(b"workbook")
        out.write_bytes(b"saved meanwhile by someone else")
        output.commit()
    assert out.read_bytes() == b"saved meanwhile by someone else"
    assert _temps(tmp_path) == [] and _markers() == []


# -- the sweep ----------------------------------------------------------------------------------------------


def _killed_writer(tmp_path: Path, db: Path) -> Path:
    """Run a process that starts an export, a `.backup-*` copy and a decrypted package, and is killed inside."""
    out = tmp_path / "out" / "report.pdf"
    out.parent.mkdir()
    code = textwrap.dedent(f"""
        import os, signal, sqlite3, sys
        from contextlib import contextmanager
        from pathlib import Path
        sys.path.insert(0, {str(ROOT)!r})
        from app.outputs import atomic_output, inflight_temp
        from app.package import private_temp_dir
        from db.backup import backup_to
        from db.connection import Database

        out = Path({str(out)!r})
        private = private_temp_dir("open")
        (Path(private.name) / "package.zip").write_bytes(b"decrypted data")

        @contextmanager
        def killed_after_creating(*args):
            with inflight_temp(*args) as temp:
                temp.write_bytes(b"half a copy")
                os.kill(os.getpid(), signal.SIGKILL)
                yield temp

        with atomic_output(out) as output:
            output.temp.write_bytes(b"half an export")
            db = Database(sqlite3.connect({str(db)!r}))
            backup_to(db, out.with_name("copy.sqlite3"), killed_after_creating)
    """)
    done = subprocess.run([sys.executable, "-c", code], env=_env(), capture_output=True, text=True, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    return out


@posix_only
def test_what_a_killed_process_left_is_swept_by_the_next_command(state, tmp_path):
    out = _killed_writer(tmp_path, state)
    left = _temps(out.parent)
    assert [p.name.startswith(".report.part-") for p in left].count(True) == 1
    assert [p.name.startswith(".backup.part-") for p in left].count(True) == 1
    assert len(_markers()) == 2
    private = list((data_dir() / "tmp").glob("un1540-open-*"))
    assert len(private) == 1 and (private[0] / "package.zip").exists()

    result = _main("export", "matrix", "--format", "xlsx", "--db", state, "--out", tmp_path / "m.xlsx")
    assert result.returncode == 0, result.stderr
    assert _temps(out.parent) == [] and not out.exists() and _markers() == []
    assert list((data_dir() / "tmp").glob("un1540-*")) == []


@posix_only
def test_what_a_killed_process_left_is_swept_at_the_start_of_the_gui(state, tmp_path, qtbot, qapp):
    from ui.application import Controller

    out = _killed_writer(tmp_path, state)
    assert _temps(out.parent) and _markers()
    controller = Controller(qapp, state, exit_when_ready=False)
    try:
        assert controller.open_workspace()
        controller.show_window()
        qtbot.addWidget(controller.window)
        qtbot.waitUntil(lambda: _markers() == [], timeout=20_000)
        controller.wait_for_daily_backup()
    finally:
        controller.close()
    assert _temps(out.parent) == [] and list((data_dir() / "tmp").glob("un1540-*")) == []


def test_the_files_of_a_running_process_are_kept(tmp_path):
    out = tmp_path / "report.pdf"
    with atomic_output(out) as output, private_temp_dir("restore") as private:
        output.temp.write_bytes(b"being written")
        assert sweep_leftovers() == []
        assert output.temp.exists() and Path(private).exists() and len(_markers()) == 1
        output.commit()
    assert out.read_bytes() == b"being written"


def _marker(pid: int, start: str, path: Path) -> Path:
    folder = data_dir() / "tmp"
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / f"inflight-{pid}-{start}-0123456789ab.json"
    marker.write_text(json.dumps({"pid": pid, "start": start, "path": str(path)}), encoding="utf-8")
    return marker


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process start times from /proc")
def test_a_process_id_taken_by_a_later_process_does_not_keep_a_leftover(tmp_path):
    pid, start = outputs.own_identity()
    temp = tmp_path / ".report.part-0123456789ab.pdf"
    temp.write_bytes(b"left by an earlier process with the same id")
    marker = _marker(pid, start + "0", temp)
    assert sweep_leftovers() == [temp]
    assert not temp.exists() and not marker.exists()


@posix_only
def test_a_marker_never_removes_anything_but_a_temporary_file(state, tmp_path):
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(child.stdout)
    before = _sha(state)
    markers = [_marker(dead, "0", state), _marker(dead, "1", tmp_path)]
    assert sweep_leftovers() == []
    assert _sha(state) == before and tmp_path.is_dir()
    assert not any(m.exists() for m in markers)


# -- a real kill at a moment the test does not choose --------------------------------------------------------


@posix_only
def test_a_backup_killed_while_writing_leaves_nothing_after_the_next_start(state, tmp_path):
    with Workspace.open(state) as ws:
        for n in range(3):  # documents that do not compress: writing the package takes a while
            evidence = tmp_path / f"evidence-{n}.bin"
            evidence.write_bytes(os.urandom(12 * 1024 * 1024))
            attachments.add(ws, "legal_instrument", 1, evidence)
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    out = out_dir / "state.un1540"
    process = subprocess.Popen(
        [sys.executable, str(MAIN), "backup", "--db", str(state), "--out", str(out)],
        cwd=ROOT,
        env=_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while not _temps(out_dir) and process.poll() is None:
            time.sleep(0.002)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    if process.returncode != -signal.SIGKILL:
        pytest.fail("the backup finished before it could be killed: make the documents larger")
    assert not out.exists() and _temps(out_dir) and _markers()

    result = _main("backup", "--db", state, "--out", out)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in out_dir.iterdir()] == ["state.un1540"] and _markers() == []
    assert list((data_dir() / "tmp").glob("un1540-*")) == []


# -- #10: the agency workbook is recorded, then moved into place ---------------------------------------------


def _agency_rows(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM agency_workbook").fetchone()[0]
    finally:
        conn.close()


def test_the_workbook_is_recorded_before_it_is_put_in_place(state, tmp_path, monkeypatch):
    out = tmp_path / "customs.xlsx"
    seen = []
    real_replace, real_link = os.replace, os.link

    def watching(move):
        def moved(src, dst, *args, **kwargs):
            if Path(dst) == out:
                seen.append(_agency_rows(state))  # what another process sees at that moment
            return move(src, dst, *args, **kwargs)

        return moved

    monkeypatch.setattr(os, "replace", watching(real_replace))
    monkeypatch.setattr(os, "link", watching(real_link))
    with Workspace.open(state) as ws:
        info = aw.export_agency_workbook(ws, 3, aw.field_keys_for(ws, ["C"]), out).value
    assert seen == [1], "the record was committed before the file appeared"
    assert info.path == out and out.read_bytes()[:2] == b"PK"


def test_a_workbook_that_cannot_be_put_in_place_is_not_recorded(state, tmp_path, monkeypatch):
    out = tmp_path / "customs.xlsx"

    def taken_meanwhile(temp, target, overwrite=True):
        target.write_bytes(b"saved there meanwhile")
        raise OutputExists(f"{target} already exists; nothing was written over it.")

    monkeypatch.setattr(outputs.Output, "commit", lambda self: taken_meanwhile(self.temp, self.path))
    with Workspace.open(state) as ws, pytest.raises(OutputExists, match="already exists"):
        aw.export_agency_workbook(ws, 3, aw.field_keys_for(ws, ["C"]), out)
    assert _agency_rows(state) == 0, "no workbook is awaited"
    assert out.read_bytes() == b"saved there meanwhile" and _temps(tmp_path) == []
    conn = sqlite3.connect(state)
    actions = [a for (a,) in conn.execute("SELECT action FROM audit_log WHERE entity = 'agency_workbook' ORDER BY id")]
    conn.close()
    assert actions == ["create", "delete"], "the history says it was not written"


def test_an_existing_workbook_is_replaced_only_when_asked(state, tmp_path):
    out = tmp_path / "customs.xlsx"
    out.write_bytes(b"the agency's answers, not yet imported")
    with Workspace.open(state) as ws:
        keys = aw.field_keys_for(ws, ["C"])
        with pytest.raises(OutputExists, match="already exists"):
            aw.export_agency_workbook(ws, 3, keys, out)
        assert out.read_bytes() == b"the agency's answers, not yet imported" and _agency_rows(state) == 0
        aw.export_agency_workbook(ws, 3, keys, out, overwrite=True)
    assert out.read_bytes()[:2] == b"PK" and _agency_rows(state) == 1


def _complete(path: Path) -> bool:
    """Whether a PDF or workbook being written is whole (its end marker is there)."""
    try:
        tail = path.read_bytes()[-1024:]
    except OSError:
        return False
    return b"%%EOF" in tail or b"PK\x05\x06" in tail


def _hold_write_lock(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    return conn


@posix_only
@pytest.mark.parametrize("command", ["agency-workbook", "export"])
def test_a_command_killed_between_writing_and_recording_leaves_neither(state, tmp_path, command):
    """The child writes its file under a temporary name, then waits for the database (the test holds the write
    lock): killed there, it leaves no file at --out and no record, and the next command sweeps the rest."""
    out = tmp_path / ("customs.xlsx" if command == "agency-workbook" else "report.pdf")
    args = (
        ["agency-workbook", "--agency", "DGD", "--out", out]
        if command == "agency-workbook"
        else ["export", "matrix", "--format", "pdf", "--out", out, "--mark-submitted", "2020-01-06"]
    )
    with Workspace.open(state):
        pass  # the database in WAL mode: the child can read while the test holds the write lock
    lock = _hold_write_lock(state)
    process = subprocess.Popen(
        [sys.executable, str(MAIN), *map(str, args), "--db", str(state)],
        cwd=ROOT,
        env=_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        while process.poll() is None and not any(_complete(p) for p in _temps(tmp_path)):
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)  # the file is whole: the child checks it, then waits for the lock
    finally:
        process.wait(timeout=60)
        lock.rollback()
        lock.close()
    assert process.returncode == -signal.SIGKILL, process.stderr.read()
    assert not out.exists() and _temps(tmp_path)
    conn = sqlite3.connect(state)
    assert conn.execute("SELECT count(*) FROM agency_workbook").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM submission").fetchone()[0] == 0
    conn.close()
    assert _main("check", "--db", state).returncode == 0
    assert _main("backup", "--db", state, "--out", tmp_path / "after.un1540").returncode == 0
    assert _temps(tmp_path) == [] and _markers() == []


# -- #11: an export marked as submitted is written and recorded together --------------------------------------


def test_a_submission_that_cannot_be_recorded_leaves_no_file(state, tmp_path, monkeypatch, capsys):
    out = tmp_path / "matrix.pdf"
    out.write_bytes(b"the report sent last year")

    def refused(*args, **kwargs):
        raise UserError("The database refused the submission.")

    monkeypatch.setattr(submissions, "mark_submitted", refused)
    args = build_parser().parse_args(
        ["export", "matrix", "--format", "pdf", "--db", str(state), "--out", str(out), "--mark-submitted", "2020-01-06"]
    )
    assert run_command(args) == 1
    assert capsys.readouterr().err.splitlines() == ["error: The database refused the submission."]
    assert out.read_bytes() == b"the report sent last year"
    assert _temps(tmp_path) == [] and _markers() == []


@posix_only
def test_a_half_copy_of_a_damaged_database_is_swept(state, tmp_path):
    """A restore over a damaged database copies it aside first; killed during that copy, it leaves half a copy
    of the State's data beside the database, which the next start removes."""
    code = textwrap.dedent(f"""
        import io, os, signal, sys
        from pathlib import Path
        sys.path.insert(0, {str(ROOT)!r})
        from app.package.restore import _copy_damaged_aside

        class KilledWhileReading(io.BytesIO):
            def read(self, *args):
                os.kill(os.getpid(), signal.SIGKILL)

        _copy_damaged_aside(Path({str(state)!r}), KilledWhileReading(b"damaged pages"))
    """)
    done = subprocess.run([sys.executable, "-c", code], env=_env(), capture_output=True, text=True, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert _temps(state.parent), "the half copy is there"
    sweep_leftovers()
    assert _temps(state.parent) == [] and not list(state.parent.glob("s.damaged-*"))
