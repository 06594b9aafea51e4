"""Start-up imports only what the first painted view (the overview) needs: the other views, the dialogs,
the export service, backups, restores and the training State are imported when first used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

NOT_AT_START = (
    "ui.views.reports",
    "ui.views.matrix",
    "ui.views.action_plan",
    "ui.views.assistance",
    "ui.views.legislation",
    "ui.views.agencies_contacts",
    "ui.views.workbooks",
    "ui.views.settings",
    "ui.dialogs.first_start",
    "ui.dialogs.forms",
    "ui.dialogs.backups",
    "ui.dialogs.handover",
    "app.exports.service",
    "app.demo",
    "app.backup",
    "app.handover",
    "openpyxl",
    "reportlab",
    "sqlite_utils",
    # and, from the standard library, what only documents, temporary files, other languages or macOS need
    "hashlib",
    "secrets",
    "subprocess",
    "xml.etree.ElementTree",
)


def test_the_window_is_painted_without_importing_what_it_does_not_show(training_db, tmp_path):
    code = (
        "import sys, main\n"
        f"status = main.main(['--db', {str(training_db)!r}, '--exit-when-ready'])\n"
        f"print(','.join(m for m in {NOT_AT_START!r} if m in sys.modules))\n"
        "sys.exit(status)\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "UN1540_DATA_DIR": str(tmp_path / "data"),
        "UN1540_CONFIG_DIR": str(tmp_path / "config"),
    }
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", "imported at start: " + done.stdout


def test_a_view_is_imported_and_built_when_first_shown(qtbot, demo_session):
    from ui.main_window import MainWindow

    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    assert "reports" not in dict.keys(window.views)
    reports = window.show_view("reports")
    assert reports.objectName() == "reportsView" and window.stack.currentWidget() is reports


def test_the_daily_backup_starts_once_the_window_has_painted(qtbot, qapp, training_db, monkeypatch):
    from ui.application import Controller

    started_when_painted: list[bool] = []
    monkeypatch.setattr(
        Controller, "start_daily_backup", lambda self, path=None: started_when_painted.append(self.window.painted)
    )
    controller = Controller(qapp, training_db, exit_when_ready=False)
    assert controller.open_workspace()
    controller.show_window()
    try:
        qtbot.waitUntil(lambda: started_when_painted != [], timeout=30_000)
        assert started_when_painted == [True], "its imports and reads never delay the first paint"
        controller.show_window("settings")  # a new window, as after a language switch: no second backup in this run
        qtbot.waitUntil(lambda: controller.window.painted, timeout=30_000)
        qtbot.wait(50)
        assert started_when_painted == [True]
    finally:
        controller.close()
        controller.window.close()
        controller.window.deleteLater()


def test_what_start_up_built_is_kept_out_of_the_collectors_way_once_painted(training_db, tmp_path):
    code = (
        "import gc, sys, main\n"
        f"status = main.main(['--db', {str(training_db)!r}, '--exit-when-ready'])\n"
        "print(gc.get_freeze_count(), gc.isenabled())\n"
        "sys.exit(status)\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "UN1540_DATA_DIR": str(tmp_path / "data"),
        "UN1540_CONFIG_DIR": str(tmp_path / "config"),
    }
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    frozen, collecting = done.stdout.split()
    assert int(frozen) > 10_000, "the modules, the template and the window are frozen at the first paint"
    assert collecting == "False", "and no collection of everything runs as the process ends"


def test_a_start_on_the_database_of_last_time_writes_no_settings(training_db, tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "UN1540_DATA_DIR": str(tmp_path / "data"),
        "UN1540_CONFIG_DIR": str(tmp_path / "config"),
    }
    start = [sys.executable, "main.py", "--db", str(training_db), "--exit-when-ready"]
    assert subprocess.run(start, cwd=ROOT, env=env, capture_output=True, timeout=120).returncode == 0
    [settings] = [p for p in (tmp_path / "config").iterdir() if p.suffix == ".json"]
    written = settings.stat()
    assert subprocess.run(start, cwd=ROOT, env=env, capture_output=True, timeout=120).returncode == 0
    again = settings.stat()
    assert (again.st_ino, again.st_mtime_ns) == (written.st_ino, written.st_mtime_ns), (
        "the same settings, not rewritten"
    )


def test_no_daily_backup_starts_once_the_controller_is_closed(qtbot, qapp, training_db, monkeypatch):
    from ui.application import Controller

    started: list[object] = []
    monkeypatch.setattr(Controller, "start_daily_backup", lambda self, path=None: started.append(path))
    controller = Controller(qapp, training_db, exit_when_ready=False)
    assert controller.open_workspace()
    controller.show_window()
    qtbot.addWidget(controller.window)
    controller.close()  # before the window painted: its backup would run on a closed database
    qtbot.waitUntil(lambda: controller.window.painted, timeout=30_000)
    qtbot.wait(50)
    assert started == []
