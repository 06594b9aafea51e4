"""An empty database shows where to start (the welcome page) instead of zeros; with data the Overview shows its
figures as before."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import agencies, matrix, state_profile
from app.overview import is_empty
from app.workspace import Workspace
from ui.main_window import MainWindow

FOUR_ACTIONS = ("committee", "matrix", "training", "restore")


def _page(window):
    return window.views["overview"].welcome.page


def test_a_new_database_is_empty_until_something_of_the_state_is_entered(workspace):
    assert is_empty(workspace)
    state_profile.save_profile(workspace, {"state_code": "AUT", "focal_point_name": "A. Person"})
    assert is_empty(workspace), "the profile alone (asked at the first start) is not data"
    agencies.create_agency(workspace, {"name": "Customs"})
    assert not is_empty(workspace)


def test_the_training_state_is_not_empty(demo_db):
    with Workspace.open(demo_db) as ws:
        assert not is_empty(ws)


def test_an_empty_database_shows_the_welcome_page_with_four_actions_instead_of_zeros(window):
    overview = window.views["overview"]
    page = _page(window)
    assert page.isVisibleTo(overview)
    for key in FOUR_ACTIONS:
        assert page.buttons[key].isVisibleTo(overview) and page.explanations[key].text()
    assert page.buttons["committee"].text() == "Start from the Committee's matrix…"
    assert page.buttons["matrix"].text() == "Fill in the matrix"
    assert page.buttons["training"].text() == "Open the training State"
    assert page.buttons["restore"].text() == "Restore a package from your predecessor…"
    assert page.buttons["profile"].isVisibleTo(overview), "no State profile yet: offered too"
    assert not overview.figures["answered"].isVisibleTo(overview), "no row of zeros"
    assert not overview.heat_map.isVisibleTo(overview)
    assert not overview.recent_changes.isVisibleTo(overview)


def test_with_a_profile_the_page_no_longer_offers_it(window, session):
    session.run(state_profile.save_profile, {"state_code": "AUT", "focal_point_name": "A. Person"})
    page = _page(window)
    assert page.isVisibleTo(window) and not page.buttons["profile"].isVisibleTo(window)


def test_the_overview_shows_its_figures_once_data_exists_and_the_page_again_when_it_is_undone(window, session):
    overview = window.views["overview"]
    session.run(matrix.set_answer, "OP1.npt", {"value": "X"})
    assert not _page(window).isVisibleTo(overview)
    assert overview.figures["answered"].isVisibleTo(overview) and overview.figures["answered"].text() == "1 of 331"
    assert overview.heat_map.isVisibleTo(overview)
    session.undo()
    assert _page(window).isVisibleTo(overview)


def test_with_the_training_state_the_overview_shows_figures(qtbot, demo_session):
    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    overview = window.views["overview"]
    assert not _page(window).isVisibleTo(overview)
    assert overview.figures["answered"].isVisibleTo(overview) and overview.figures["answered"].text() == "200 of 331"


def test_fill_in_the_matrix_goes_to_the_matrix(qtbot, window):
    qtbot.mouseClick(_page(window).buttons["matrix"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.views["matrix"]
    assert window.navigation.currentItem().text() == "Implementation matrix"


def test_open_the_training_state_asks_for_it(qtbot, window):
    with qtbot.waitSignal(window.training_requested, timeout=5000):
        qtbot.mouseClick(_page(window).buttons["training"], Qt.MouseButton.LeftButton)


def test_restore_a_package_opens_the_restore_dialog(qtbot, window, answer_dialog):
    seen = []

    def look(dialog):
        seen.append(dialog.objectName())
        dialog.reject()

    answer_dialog(look, "restoreDialog")
    qtbot.mouseClick(_page(window).buttons["restore"], Qt.MouseButton.LeftButton)
    assert seen == ["restoreDialog"]


def test_set_the_state_profile_opens_the_profile_form(qtbot, window, monkeypatch):
    from ui.dialogs import forms

    opened = []
    monkeypatch.setattr(forms, "edit_profile", lambda session, parent, language="en": opened.append(language))
    qtbot.mouseClick(_page(window).buttons["profile"], Qt.MouseButton.LeftButton)
    assert opened == ["en"]


def test_start_from_the_committees_matrix_imports_it_and_the_overview_then_shows_it(
    qtbot, window, session, demo_db, open_file, answer_dialog, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from app.exports.service import export_document

    with Workspace.open(demo_db) as demo:  # the matrix as the Committee publishes it: its Excel layout
        committee = export_document(demo, "matrix", "xlsx", "en", tmp_path / "committee.xlsx").path
    titles = open_file(committee)
    answer_dialog(lambda dialog: dialog.apply_changes(), "importPreviewDialog")
    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _parent, title, text: told.append(title)))
    qtbot.mouseClick(_page(window).buttons["committee"], Qt.MouseButton.LeftButton)
    assert titles == ["Import the Committee's matrix (Excel, in the Committee's layout)"]
    assert window.stack.currentWidget() is window.views["workbooks"]
    assert told == ["Changes imported"]
    overview = window.views["overview"]
    assert not _page(window).isVisibleTo(overview)
    assert overview.figures["answered"].text() == "200 of 331"
