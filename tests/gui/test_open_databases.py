"""Switching databases from the File menu, the training State, and the recent changes on the overview."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import agencies, state_profile
from app.paths import data_dir
from ui.application import TRAINING_FILE_NAME, Controller
from ui.dialogs.first_start import FirstStartDialog


@pytest.fixture
def controller(qapp, qtbot, db_path, english):
    from app.workspace import Workspace

    with Workspace.open(db_path) as ws:
        state_profile.save_profile(ws, {"state_code": "SEN", "focal_point_name": "Awa Diop"})
    made = Controller(qapp, db_path, exit_when_ready=False)
    assert made.open_workspace()
    made.show_window()
    qtbot.addWidget(made.window)
    yield made
    made.close()


def test_open_the_training_state_from_the_file_menu_and_come_back(controller, qtbot, db_path, monkeypatch):
    assert controller.window.windowTitle().startswith("Senegal")
    controller.window.training_requested.emit()
    qtbot.addWidget(controller.window)
    assert controller.window.windowTitle().startswith("Republic of Examplia")
    assert controller.session.workspace.path == data_dir() / TRAINING_FILE_NAME
    assert controller.window.views["overview"].figures["answered"].text() == "200 of 331"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(db_path), "")))
    controller.window.choose_database()
    qtbot.addWidget(controller.window)
    assert controller.window.windowTitle().startswith("Senegal")


def test_opening_a_damaged_file_keeps_the_current_database(controller, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "colleague.sqlite3"
    bad.write_text("this is a Word document, renamed")
    told = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: told.append(text)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    window = controller.window
    window.choose_database()
    assert told and "cannot be opened" in told[0] and "not a SQLite file" in told[0]
    assert controller.window is window and window.windowTitle().startswith("Senegal")
    assert state_profile.get_profile(controller.session.workspace)["state_code"] == "SEN"


def test_a_new_database_whose_first_start_is_cancelled_changes_nothing(controller, tmp_path, monkeypatch):
    new = tmp_path / "other.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(new), "")))
    shown = []
    monkeypatch.setattr(
        FirstStartDialog, "exec", lambda self: shown.append(self) or FirstStartDialog.DialogCode.Rejected
    )
    controller.window.choose_new_database()
    assert len(shown) == 1, "the first-start questions were asked"
    assert controller.db_path != new
    assert state_profile.get_profile(controller.session.workspace)["state_code"] == "SEN"
    assert controller.window.windowTitle().startswith("Senegal")


def test_overview_lists_recent_changes_with_who_and_what(qtbot, demo_session):
    from ui.views.overview import OverviewView

    view = OverviewView(demo_session, "en")
    qtbot.addWidget(view)
    demo_session.run(agencies.create_agency, {"name": "Cellule <b>spéciale</b> & co"})
    newest = view.recent_changes.text().splitlines()[0]
    assert "Agency · added: Cellule <b>spéciale</b> & co" in newest, "shown literally, never as markup"
    assert "Aminata Desrosiers-Kane" in newest
    assert len(view.recent_changes.text().splitlines()) == 8
