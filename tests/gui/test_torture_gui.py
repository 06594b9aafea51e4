"""The GUI in the situations of issue 13 (damaged files, restores, small screens, French), as a user sees it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.rolling_backups import daily_backup
from app.workspace import Workspace
from tests.copies import backup_file
from tests.damage import damage_page_of
from ui.application import Controller
from ui.i18n import install_language


@pytest.fixture
def state(tmp_path, demo_db) -> Path:
    """The training State with a sound daily backup of 20 November 2026."""
    path = backup_file(demo_db, tmp_path / "state.sqlite3")
    with Workspace.open(path) as ws:
        daily_backup(ws, today=date(2026, 11, 20))
    return path


@pytest.fixture
def french(qapp):
    install_language(qapp, "fr")
    yield
    install_language(qapp, "en")


def _cut_buttons(box: QMessageBox) -> list[str]:
    """The buttons of a shown message box narrower than their text needs."""
    return [button.text() for button in box.buttons() if button.width() < button.sizeHint().width()]


def test_the_start_dialog_shows_every_button_whole_in_french(qapp, french, state, monkeypatch):
    damage_page_of(state, "agency")
    shown: list[dict] = []

    def exec_(box):
        box.show()
        QApplication.processEvents()
        shown.append(
            {
                "text": box.text(),
                "buttons": [b.text() for b in box.buttons()],
                "cut": _cut_buttons(box),
                "inside": box.width() <= box.screen().availableGeometry().width(),
            }
        )
        box.hide()
        [quit_button] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole]
        quit_button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    controller = Controller(qapp, state, exit_when_ready=False)
    try:
        assert controller.open_workspace() is False
    finally:
        controller.close()
    [dialog] = shown
    assert dialog["text"].startswith(f"Impossible d’ouvrir la base de données.\n\nLe fichier {state} est endommagé")
    assert "Restaurer la dernière sauvegarde valide (20 novembre 2026)" in dialog["buttons"]
    assert dialog["cut"] == [], "buttons cut short"
    assert dialog["inside"]


def test_the_main_window_and_the_long_forms_fit_a_small_screen(qtbot, session, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from ui.dialogs import forms
    from ui.main_window import MainWindow

    window = MainWindow(session, "en")
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height(), "the status bar is off the screen"
    sizes: list[tuple[int, int]] = []

    def exec_(dialog):
        sizes.append((dialog.width(), dialog.height()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(forms.RecordFormDialog, "exec", exec_)
    forms.edit_action(session, window, "en")
    forms.edit_request(session, window, "en")
    forms.edit_report_text(session, window)
    assert len(sizes) == 3
    assert all(w <= area.width() and h <= area.height() for w, h in sizes), f"{sizes} on {area.size()}"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_restore_list_shows_whether_each_backup_was_checked_in_full(qapp, qtbot, state, language):
    from ui.dialogs.backups import RestoreDialog

    install_language(qapp, language)
    try:
        dialog = RestoreDialog(state)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.table
        assert table.rowCount() == 1
        assert table.item(0, 3).text() in ("Sound (integrity checked)", "Intègre (intégrité vérifiée)")
        for column in range(table.columnCount()):
            assert table.columnWidth(column) >= table.sizeHintForColumn(column), f"column {column} is cut"
        assert table.horizontalHeader().length() <= table.viewport().width(), "columns past the right edge"
    finally:
        install_language(qapp, "en")


@pytest.fixture
def told(monkeypatch):
    """Every information or critical message shown (answered at once), in order."""
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text, *a: messages.append(text)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: messages.append(text)))
    return messages


def _window_controller(qapp, qtbot, path: Path) -> Controller:
    controller = Controller(qapp, path, exit_when_ready=False)
    assert controller.open_workspace()
    controller._backed_up.add(path)  # no daily backup in these tests: they restore the one of 20 November
    controller.show_window()
    qtbot.addWidget(controller.window)
    return controller


def test_after_a_restore_the_status_bar_no_longer_says_the_database_is_damaged(
    qapp, english, qtbot, state, told, monkeypatch
):
    from app.rolling_backups import backups_dir

    def later(box):
        [button] = [b for b in box.buttons() if b.text() == "Later"]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", later)
    controller = _window_controller(qapp, qtbot, state)
    try:
        controller._warn_damaged("The database is damaged (1 broken reference(s) in table(s) matrix_answer).")
        assert "damaged" in controller.window.statusBar().currentMessage()
        controller.restore_backup(str(backups_dir(state) / "2026-11-20.un1540"))
        assert told[0].startswith("The backup was restored.")
        assert "damaged" not in controller.window.statusBar().currentMessage()
    finally:
        controller.close()


def test_a_restore_refused_while_another_program_has_the_database_open_says_so_once(qapp, english, qtbot, state, told):
    import subprocess
    import sys

    from app import state_profile
    from app.rolling_backups import backups_dir

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(state)!r}, isolation_level=None)\n"
            "c.execute('BEGIN'); c.execute('SELECT count(*) FROM agency').fetchone()\n"
            "print('reading', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "reading"
        controller = _window_controller(qapp, qtbot, state)
        try:
            with Workspace.open(state) as ws:
                state_profile.save_profile(ws, {"focal_point_name": "Typed while another program reads"})
            controller.restore_backup(str(backups_dir(state) / "2026-11-20.un1540"))
            assert told == [
                "The backup was not restored: the database is open in another window or program. "
                "Close it and try again; your data is unchanged."
            ]
            profile = state_profile.get_profile(controller.session.workspace)
            assert profile["focal_point_name"] == "Typed while another program reads", "the data is as it was"
            controller.window.show_view("matrix")  # the window goes on with the data
        finally:
            controller.close()
    finally:
        holder.communicate("")


def test_a_settings_folder_that_cannot_be_written_stays_told_after_the_daily_backup(qapp, french, qtbot, state):
    from app.paths import config_dir

    folder = config_dir()
    folder.rmdir()
    folder.write_text("a file where the settings folder should be")
    controller = Controller(qapp, state, exit_when_ready=False)
    try:
        assert controller.open_workspace()
        controller.save_preferences()
        controller._backed_up.add(state)
        controller.show_window()
        qtbot.addWidget(controller.window)
        controller._report_daily_backup("/somewhere/backups/2026-11-21.un1540", "")  # the daily backup, a moment later
        bar = controller.window.statusBar()
        message = bar.currentMessage()
        assert message.startswith(f"Vos paramètres n’ont pas pu être enregistrés dans {folder}"), message
        controller.window.resize(1264, 680)  # a 1280×720 screen
        label = controller.window.status_label
        room = bar.width() - (label.width() if label.isVisible() else 0)
        assert bar.fontMetrics().horizontalAdvance(message) < room, "the message runs under the database's path"
        controller.switch_language("en")
        qtbot.addWidget(controller.window)
        assert controller.prefs.language == "en" and controller.window.menuBar().actions()[0].text() == "&File"
        assert (
            controller.window.statusBar().currentMessage().startswith(f"Your settings could not be saved in {folder}")
        )
    finally:
        controller.close()


def test_the_french_overview_fits_the_window_at_its_usual_size(qapp, qtbot, session, french):  # french after english
    from ui.main_window import MainWindow
    from ui.style import STYLE_SHEET

    before = qapp.styleSheet()
    qapp.setStyleSheet(STYLE_SHEET)  # as run_gui does: its paddings widen the navigation
    try:
        window = MainWindow(session, "fr")
        qtbot.addWidget(window)
        window.resize(1200, 672)
        window.show()
        qtbot.waitExposed(window)
        view = window.show_view("overview")
        QApplication.processEvents()
        assert view.widget().minimumSizeHint().width() <= view.viewport().width(), "cut on the right (Edit profile…)"
        assert not view.horizontalScrollBar().isVisible()
    finally:
        qapp.setStyleSheet(before)
