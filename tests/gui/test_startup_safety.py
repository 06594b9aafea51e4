"""Starting on a damaged, odd or unwritable file always reaches a window or a dialog with a way out."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app import preferences, state_profile
from app.paths import config_dir
from app.rolling_backups import backups_dir, daily_backup
from app.workspace import Workspace
from tests.copies import backup_file
from tests.damage import damage_page_of
from ui.application import Controller

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def state(tmp_path, demo_db) -> Path:
    """The training State with two daily backups: a sound one (20 Nov) and an unreadable newer one (22 Nov)."""
    path = backup_file(demo_db, tmp_path / "state.sqlite3")
    with Workspace.open(path) as ws:
        daily_backup(ws, today=date(2026, 11, 20))
    (backups_dir(path) / "2026-11-22.un1540").write_bytes(b"cut short by a crash")
    return path


@pytest.fixture
def dialogs(monkeypatch):
    """Answer the start-up dialog by the text of a button, and record every message shown."""
    shown: list[dict] = []
    answers: list[str] = []

    def exec_(box):
        buttons = [b.text() for b in box.buttons()]
        shown.append({"text": box.text(), "informative": box.informativeText(), "buttons": buttons})
        wanted = answers.pop(0) if answers else "Quit"
        [button] = [b for b in box.buttons() if b.text().startswith(wanted)]
        button.click()
        return 0

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text, *a: told.append(text)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: told.append(text)))

    def answer(*texts: str):
        answers.extend(texts)
        return shown, told

    return answer


def _controller(qapp, path: Path) -> Controller:
    return Controller(qapp, path, exit_when_ready=False)


def test_a_damaged_page_at_start_offers_the_newest_good_backup(qapp, english, state, dialogs):
    damage_page_of(state, "state_profile")  # opens; the State profile cannot be read
    shown, told = dialogs("Restore the newest good backup")
    controller = _controller(qapp, state)
    try:
        assert controller.open_workspace()
        [dialog] = shown
        assert "damaged" in dialog["text"] and str(state) in dialog["text"]
        assert sorted(dialog["buttons"]) == [
            "Open another file…",
            "Quit",
            "Restore from a file…",
            "Restore the newest good backup (20 November 2026)",
        ]
        assert told and told[0].startswith("The backup was restored.")
        assert state_profile.get_profile(controller.session.workspace)["state_code"] == "XEX"
        controller.show_window()
        assert controller.window.windowTitle().startswith("Republic of Examplia")
    finally:
        controller.close()
    assert len(list(state.parent.glob("state.damaged-*.sqlite3"))) == 1, "the damaged file is kept aside"


def test_a_file_that_no_longer_opens_offers_a_restore_from_a_file(qapp, english, state, tmp_path, dialogs, open_file):
    package = backups_dir(state) / "2026-11-20.un1540"
    data = state.read_bytes()
    state.write_bytes(data[:100] + b"\xff" * 3996 + data[4096:])  # the schema page
    shown, told = dialogs("Restore from a file…")
    titles = open_file(package)
    controller = _controller(qapp, state)
    try:
        assert controller.open_workspace()
        assert len(shown) == 1 and titles == ["Restore from a backup"]
        assert told[0].startswith("The backup was restored.")
        assert state_profile.get_profile(controller.session.workspace)["state_code"] == "XEX"
    finally:
        controller.close()


def test_an_encrypted_package_chosen_at_start_asks_its_passphrase_and_refuses_a_wrong_one_at_once(
    qapp, english, state, tmp_path, dialogs, open_file, answer_dialog
):
    from app.package import write_package

    with Workspace.open(state) as ws:
        package = write_package(ws, tmp_path / "usb" / "examplia.un1540", passphrase="correct horse").path
    damage_page_of(state, "state_profile")
    _shown, told = dialogs("Restore from a file…")
    open_file(package)
    errors: list[str] = []

    def type_wrong_then_right(dialog):
        dialog.passphrase.setText("wrong horse")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible(), "a wrong passphrase keeps the dialog open"
        errors.append(dialog.error_label.text())
        dialog.passphrase.setText("correct horse")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_dialog(type_wrong_then_right, "passphraseDialog")
    controller = _controller(qapp, state)
    try:
        assert controller.open_workspace()
        assert errors == ["The passphrase is wrong, or the package is damaged."]
        assert told and told[0].startswith("The backup was restored.")
        assert state_profile.get_profile(controller.session.workspace)["state_code"] == "XEX"
    finally:
        controller.close()


def test_a_folder_as_database_offers_another_file(qapp, english, tmp_path, demo_db, dialogs, open_file):
    folder = tmp_path / "state.sqlite3"
    folder.mkdir()
    good = backup_file(demo_db, tmp_path / "other.sqlite3")
    shown, _told = dialogs("Open another file…")
    open_file(good)
    controller = _controller(qapp, folder)
    try:
        assert controller.open_workspace()
        assert "is a folder, not a database file" in shown[0]["text"]
        assert sorted(shown[0]["buttons"]) == ["Open another file…", "Quit"], "no restore over a folder"
        assert controller.db_path == good
    finally:
        controller.close()


def test_another_programs_file_at_start_is_only_left_for_another(qapp, english, tmp_path, dialogs):
    places = tmp_path / "places.sqlite"
    conn = sqlite3.connect(places)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = places.read_bytes()
    shown, _told = dialogs("Quit")
    controller = _controller(qapp, places)
    try:
        assert controller.open_workspace() is False
    finally:
        controller.close()
    assert "not a database of this application" in shown[0]["text"]
    assert sorted(shown[0]["buttons"]) == ["Open another file…", "Quit"], "no restore over another program's file"
    assert places.read_bytes() == before


def test_quit_from_the_start_dialog_leaves_the_file_as_it_was(qapp, english, state, dialogs):
    damage_page_of(state, "agency")
    before = state.read_bytes()
    shown, told = dialogs("Quit")
    controller = _controller(qapp, state)
    try:
        assert controller.open_workspace() is False
    finally:
        controller.close()
    assert len(shown) == 1 and told == []
    assert state.read_bytes() == before


def test_a_backup_that_fails_to_restore_is_told_and_not_offered_again(qapp, english, state, dialogs, monkeypatch):
    damage_page_of(state, "agency")
    import app.backup  # imported by the restore itself, not at start-up
    from app.errors import UserError

    def refuse(*args, **kwargs):
        raise UserError("The package is damaged.")

    monkeypatch.setattr(app.backup, "restore_from", refuse)
    shown, told = dialogs("Restore the newest good backup", "Quit")
    controller = _controller(qapp, state)
    try:
        assert controller.open_workspace() is False
    finally:
        controller.close()
    assert told == ["The backup was not restored: The package is damaged."]
    assert "Restore the newest good backup (20 November 2026)" in shown[0]["buttons"]
    assert not any(b.startswith("Restore the newest") for b in shown[1]["buttons"])


def test_a_settings_folder_that_cannot_be_written_is_told_in_the_status_bar(qapp, english, qtbot, state):
    folder = config_dir()
    folder.rmdir()
    folder.write_text("a file where the settings folder should be")
    controller = _controller(qapp, state)
    try:
        assert controller.open_workspace()
        controller.save_preferences()
        controller.show_window()
        qtbot.addWidget(controller.window)
        assert "Your settings could not be saved" in controller.window.statusBar().currentMessage()
        controller.switch_language("fr")
        qtbot.addWidget(controller.window)
        assert controller.prefs.language == "fr"
    finally:
        controller.close()


def test_saving_preferences_on_a_full_disk_raises_one_clear_error(monkeypatch):
    import errno

    from app.paths import config_dir

    real_open = os.open

    def full(path, *args, **kwargs):  # no new file can be made in the settings folder
        if Path(path).parent == config_dir():
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", full)
    with pytest.raises(preferences.PreferencesNotSaved, match=r"could not be saved .*No space left on device"):
        preferences.save(preferences.Preferences(language="fr"))


@pytest.mark.parametrize("table", ["state_profile", "agency", "matrix_section", "matrix_answer", "audit_log"])
def test_the_window_on_a_damaged_page_says_one_line_and_never_crashes(state, table):
    damage_page_of(state, table)
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(state), "--exit-when-ready"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1, result.stderr  # not -7 (SIGBUS) nor a traceback
    assert result.stderr.strip().splitlines() == [
        f"error: {state} is damaged: SQLite found damaged pages (database disk image is malformed)."
    ]
