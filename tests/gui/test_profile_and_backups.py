"""Editing the State profile from the overview; backing up and restoring from the GUI."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import agencies, state_profile
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
    assert [r["submitted_on"] for r in state_profile.list_additional_reports(ws)] == ["2009-06-02", "2019-11-05", "2025-01-15"]
    assert "Nadia Haddad" in view.focal_label.text()
    shown = view.additional.text()
    assert all(year in shown for year in ("2009", "2019", "2025")) and "2013" not in shown


def test_backup_and_restore_from_the_gui(qtbot, qapp, demo_db, tmp_path, monkeypatch):
    db = Path(shutil.copy(demo_db, tmp_path / "training.sqlite3"))
    target = tmp_path / "backups" / "before-workshop.sqlite3"
    target.parent.mkdir()
    controller = Controller(qapp, db, exit_when_ready=False)
    try:
        assert controller.open_workspace()
        controller.show_window()
        qtbot.addWidget(controller.window)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
        assert controller.window.back_up() == target.resolve() and target.is_file()

        ws = controller.session.workspace
        controller.session.apply("agency", agencies.create_agency, {"name": "Added during the workshop"})
        assert controller.window.views["agencies"].agency_panel.model.rowCount() == 13

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
        told = []
        monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text)))
        controller.window.choose_restore()

        names = [a["name"] for a in agencies.list_agencies(controller.session.workspace)]
        assert "Added during the workshop" not in names and len(names) == 12
        assert controller.window.views["agencies"].agency_panel.model.rowCount() == 12, "the view shows the restored data"
        assert told and "restored" in told[0] and "before-restore" in told[0]
        assert ws is not controller.session.workspace
    finally:
        controller.close()
