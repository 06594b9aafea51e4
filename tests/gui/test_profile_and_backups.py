"""Editing the State profile from the overview; backing up and restoring from the GUI."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import agencies, clock, state_profile
from app.package import DataMovedAside, is_encrypted, read_manifest, write_package
from app.paths import data_dir
from app.rolling_backups import backups_dir, daily_backup
from app.workspace import Workspace
from ui.application import Controller
from ui.views.overview import OverviewView


def test_profile_form_edits_focal_point_and_report_dates(qtbot, demo_session, answer_dialog):
    view = OverviewView(demo_session, "en")
    qtbot.addWidget(view)
    seen = {}

    def fill(dialog):
        dialog.widgets["focal_point_name"].setText("Nadia Haddad")
        dialog.widgets["additional_reports"].setText("2019-11-05, 2025-13-01")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        seen["error"] = dialog.error_label.text()
        seen["name_meanwhile"] = state_profile.get_profile(demo_session.workspace)["focal_point_name"]
        dialog.widgets["additional_reports"].setText("2025-01-15; 2019-11-05, 2009-06-02")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer_dialog(fill)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)

    assert "Dates of additional information" in seen["error"] and "not a date" in seen["error"]
    assert seen["name_meanwhile"] != "Nadia Haddad", "a refused form saves nothing"
    ws = demo_session.workspace
    assert state_profile.get_profile(ws)["focal_point_name"] == "Nadia Haddad"
    assert [r["submitted_on"] for r in state_profile.list_additional_reports(ws)] == [
        "2009-06-02",
        "2019-11-05",
        "2025-01-15",
    ]
    assert "Nadia Haddad" in view.focal_label.text()
    shown = view.additional.text()
    assert all(year in shown for year in ("2009", "2019", "2025")) and "2013" not in shown


PASSPHRASE = "Atelier de Niamey, novembre"


def _started(qapp, qtbot, db: Path, *, keep_window: bool = True) -> Controller:
    controller = Controller(qapp, db, exit_when_ready=False)
    assert controller.open_workspace()
    controller.show_window()
    if keep_window:  # a window replaced by switching databases is deleted by the controller, not by qtbot
        qtbot.addWidget(controller.window)
    return controller


def _agency_names(controller: Controller) -> list[str]:
    return [a["name"] for a in agencies.list_agencies(controller.session.workspace)]


def test_encrypted_backup_and_restore_from_the_gui(qtbot, qapp, training_db, tmp_path, monkeypatch, answer_dialog):
    target = tmp_path / "usb" / "before-workshop"
    target.parent.mkdir()
    controller = _started(qapp, qtbot, training_db)
    try:
        seen = {}

        def choose_file(dialog):
            seen["suggested"] = Path(dialog.path_edit.text()).name
            dialog.path_edit.setText(str(target))  # the suffix is added
            dialog.encrypt_box.setChecked(True)
            dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

        def passphrase_twice(dialog):
            dialog.passphrase.setText(PASSPHRASE)
            dialog.confirmation.setText(PASSPHRASE + " ")
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
            seen["mismatch"] = dialog.error_label.text() if dialog.isVisible() else "closed"
            dialog.confirmation.setText(PASSPHRASE)
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

        answer_dialog(choose_file, "backupDialog")
        answer_dialog(passphrase_twice, "passphraseDialog")
        written = controller.window.back_up()
        package = target.with_name("before-workshop.un1540")
        assert written == package.resolve() and is_encrypted(package)
        assert seen["suggested"] == f"Republic-of-Examplia-{clock.today_iso()}.un1540"
        assert "differ" in seen["mismatch"]
        assert b"Examplia" not in package.read_bytes()

        ws = controller.session.workspace
        controller.session.run(agencies.create_agency, {"name": "Added during the workshop"})
        assert controller.window.views["agencies"].agency_panel.model.rowCount() == 13

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(package), "")))
        asked = []
        monkeypatch.setattr(
            QMessageBox,
            "warning",
            staticmethod(lambda parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes),
        )
        told = []
        monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text)))

        def passphrase_once(dialog):
            assert dialog.confirmation is None
            dialog.passphrase.setText("atelier de niamey, novembre")
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
            seen["wrong"] = dialog.error_label.text() if dialog.isVisible() else "closed"
            dialog.passphrase.setText(PASSPHRASE)
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

        answer_dialog(lambda dialog: dialog.other_button.click(), "restoreDialog")
        answer_dialog(passphrase_once, "passphraseDialog")
        controller.window.choose_restore()

        assert seen["wrong"] == "The passphrase is wrong, or the package is damaged."
        assert asked and "kept aside first" in asked[0]
        names = _agency_names(controller)
        assert "Added during the workshop" not in names and len(names) == 12
        assert controller.window.views["agencies"].agency_panel.model.rowCount() == 12, (
            "the view shows the restored data"
        )
        assert told and "restored" in told[0] and "before-restore" in told[0]
        assert ws is not controller.session.workspace
        [kept] = tmp_path.glob("training.before-restore-*.un1540")
        assert str(kept) in told[0] and not is_encrypted(kept)
    finally:
        controller.close()


def test_a_damaged_package_is_not_restored_and_the_data_stays(
    qtbot, qapp, training_db, tmp_path, monkeypatch, answer_dialog
):
    bogus = tmp_path / "from-a-colleague.un1540"
    bogus.write_bytes(b"PK\x03\x04" + b"\x00" * 500)
    controller = _started(qapp, qtbot, training_db)
    try:
        controller.session.run(agencies.create_agency, {"name": "Kept whatever happens"})
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bogus), "")))
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
        errors = []
        monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: errors.append(text)))
        answer_dialog(lambda dialog: dialog.other_button.click(), "restoreDialog")
        controller.window.choose_restore()
        assert errors and "not restored" in errors[0] and "damaged" in errors[0] and "unchanged" in errors[0]
        assert "Kept whatever happens" in _agency_names(controller)
        assert list(tmp_path.glob("*.before-restore-*")) == []
    finally:
        controller.close()


def test_the_daily_backup_is_written_after_start_and_restores_from_the_list(
    qtbot, qapp, training_db, monkeypatch, answer_dialog
):
    folder = backups_dir(training_db)
    folder.mkdir(parents=True)
    (folder / "2020-01-02.un1540").write_bytes(b"damaged")
    controller = _started(qapp, qtbot, training_db)
    try:
        today = folder / f"{clock.today_iso()}.un1540"
        qtbot.waitUntil(lambda: today.exists(), timeout=60_000)
        qtbot.waitUntil(lambda: "Today's backup" in controller.window.statusBar().currentMessage(), timeout=60_000)
        controller.wait_for_daily_backup()
        assert read_manifest(today)["state_code"] == "XEX"
        with Workspace.open(training_db) as other:
            daily_backup(other, today=date(2020, 1, 1))  # an older one, listed after today's

        controller.session.run(agencies.create_agency, {"name": "Added after the daily backup"})
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
        monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
        listed = {}

        def pick_newest(dialog):
            table = dialog.table
            listed["rows"] = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
            listed["selectable"] = [
                bool(table.item(r, 0).flags() & Qt.ItemFlag.ItemIsEnabled) for r in range(table.rowCount())
            ]
            dialog.restore_button.click()

        answer_dialog(pick_newest, "restoreDialog")
        controller.window.choose_restore()
        assert [row[0] for row in listed["rows"]] == ["20 November 2026", "2 January 2020", "1 January 2020"]
        assert listed["rows"][0][2] == "Republic of Examplia" and listed["rows"][1][2].startswith("Damaged")
        assert listed["selectable"] == [True, False, True]
        assert "Added after the daily backup" not in _agency_names(controller)
        assert controller.window.views["agencies"].agency_panel.model.rowCount() == 12
    finally:
        controller.close()


def test_the_training_state_gets_its_daily_backup_too(qtbot, qapp, tmp_path):
    from app.paths import data_dir
    from app.rolling_backups import list_backups
    from ui.application import TRAINING_FILE_NAME

    with Workspace.open(tmp_path / "state.sqlite3") as ws:
        state_profile.save_profile(ws, {"state_code": "NOR"})
    controller = _started(qapp, qtbot, tmp_path / "state.sqlite3", keep_window=False)
    try:
        assert controller.open_training_state()
        training = data_dir() / TRAINING_FILE_NAME
        qtbot.waitUntil(lambda: [e.state_code for e in list_backups(training)] == ["XEX"], timeout=60_000)
        qtbot.waitUntil(
            lambda: [e.state_code for e in list_backups(tmp_path / "state.sqlite3")] == ["NOR"], timeout=60_000
        )
    finally:
        controller.close()
        controller.window.close()


def test_a_failing_daily_backup_is_told_in_the_status_bar(qtbot, qapp, training_db, monkeypatch):
    import app.rolling_backups  # imported by the backup thread, not at start-up

    def full_disk(ws):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(app.rolling_backups, "daily_backup", full_disk)
    controller = _started(qapp, qtbot, training_db)
    try:
        qtbot.waitUntil(
            lambda: "could not be written" in controller.window.statusBar().currentMessage(), timeout=60_000
        )
        assert "No space left" in controller.window.statusBar().currentMessage()
        assert controller.window.isVisible() and controller.session.workspace is not None
    finally:
        controller.close()


def test_any_failure_of_a_restore_is_told_and_the_views_show_the_data_as_it_is(
    qtbot, qapp, training_db, tmp_path, monkeypatch
):
    import app.backup  # imported by the restore itself, not at start-up

    controller = _started(qapp, qtbot, training_db)
    try:
        controller.wait_for_daily_backup()

        def fails_half_way(source, path, **kwargs):
            with Workspace.open(path) as other:  # the database changed before the failure
                agencies.create_agency(other, {"name": "Written before the failure"})
            raise sqlite3.DatabaseError("database disk image is malformed")

        monkeypatch.setattr(app.backup, "restore_from", fails_half_way)
        errors = []
        monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: errors.append(text)))
        controller.restore_backup(str(tmp_path / "from-a-colleague.un1540"))
        assert len(errors) == 1 and "not restored" in errors[0] and "malformed" in errors[0]
        assert "Your data is unchanged" in errors[0]

        def moved_aside(*args, **kwargs):
            raise DataMovedAside("the damaged database could not be put back: it is kept as state.damaged-1.sqlite3")

        monkeypatch.setattr(app.backup, "restore_from", moved_aside)
        controller.restore_backup(str(tmp_path / "from-a-colleague.un1540"))
        assert "state.damaged-1.sqlite3" in errors[1] and "unchanged" not in errors[1], "never told untrue"
        assert "Written before the failure" in _agency_names(controller), "the database is open again"
        assert controller.window.views["agencies"].agency_panel.model.rowCount() == 13, "the view shows it"
    finally:
        controller.close()


def test_a_package_from_a_newer_version_is_not_called_a_wrong_passphrase(
    qtbot, qapp, training_db, tmp_path, monkeypatch, answer_dialog
):
    controller = _started(qapp, qtbot, training_db)
    try:
        package = write_package(controller.session.workspace, tmp_path / "examplia.un1540", PASSPHRASE).path
        data = package.read_bytes()
        start, end = len(b"UN1540-ENCRYPTED\n"), data.index(b"\n", len(b"UN1540-ENCRYPTED\n"))
        header = json.loads(data[start:end]) | {"format_version": 2}
        newer = tmp_path / "from-version-2.un1540"
        newer.write_bytes(data[:start] + json.dumps(header).encode("ascii") + data[end:])
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(newer), "")))
        seen = {}

        def passphrase_once(dialog):
            dialog.passphrase.setText(PASSPHRASE)
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
            seen["error"] = dialog.error_label.text() if dialog.isVisible() else "closed"
            dialog.reject()

        answer_dialog(lambda dialog: dialog.other_button.click(), "restoreDialog")
        answer_dialog(passphrase_once, "passphraseDialog")
        controller.window.choose_restore()
        assert "newer version" in seen["error"] and "passphrase is wrong" not in seen["error"]
    finally:
        controller.close()


def test_the_daily_backup_sweeps_what_a_stopped_run_left(qtbot, qapp, training_db):
    leftover = data_dir() / "tmp" / "un1540-open-q9z8"
    leftover.mkdir(parents=True)
    (leftover / "package.zip").write_bytes(b"PK a decrypted package")
    in_use = data_dir() / "tmp" / "un1540-restore-a7b6"
    in_use.mkdir()
    two_hours_ago = time.time() - 2 * 3600
    for path in (leftover / "package.zip", leftover):
        os.utime(path, (two_hours_ago, two_hours_ago))
    controller = _started(qapp, qtbot, training_db)
    try:
        qtbot.waitUntil(lambda: "Today's backup" in controller.window.statusBar().currentMessage(), timeout=60_000)
        controller.wait_for_daily_backup()
        assert not leftover.exists() and in_use.exists()
    finally:
        controller.close()
