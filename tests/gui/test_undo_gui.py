"""Edit › Undo / Redo in the main window, for every form of the application (the steps are app/undo.py's).

Each test changes data as a user does (the forms, the views' buttons), takes it back with Ctrl+Z or the Edit
menu, does it again with Ctrl+Shift+Z, and checks what the user sees: the view shows the data as it was.
"""

from __future__ import annotations

import shutil

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app import action_plan, agencies, assistance, legal_instruments, matrix, state_profile, steps, submissions, undo
from app.changes import Description
from app.exports import service
from app.interchange import agency_workbook as aw
from tests.gui.windows import active_window
from ui.dialogs.forms import edit_profile

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _save(dialog):
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def _keys(qtbot, window, widget, modifiers):
    """Ctrl+Z (or Ctrl+Shift+Z) on `widget`, the window active again (after a dialog), as the user has it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)


def _undo_keys(qtbot, window, widget):
    _keys(qtbot, window, widget, CTRL)


def _redo_keys(qtbot, window, widget):
    _keys(qtbot, window, widget, CTRL | SHIFT)


def _texts(table, column=0):
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


# -- (b) every form ------------------------------------------------------------------------------------------
def test_agencies_added_renamed_and_deleted_come_back_with_ctrl_z(
    qtbot, session, main_window, answer_dialog, answer_questions
):
    window, view = main_window, main_window.show_view("agencies")
    table = view.agency_panel.table
    answer_dialog(lambda d: (d.widgets["name"].setText("Customs"), _save(d)))
    qtbot.mouseClick(view.agency_panel.add_button, Qt.MouseButton.LeftButton)
    assert window.undo_action.text() == "&Undo: new agency “Customs”"
    view.agency_panel.select_id(agencies.list_agencies(session.workspace)[0]["id"])
    answer_dialog(lambda d: (d.widgets["name"].setText("Customs and Excise"), _save(d)))
    qtbot.mouseClick(view.agency_panel.edit_button, Qt.MouseButton.LeftButton)
    assert window.undo_action.text() == "&Undo: changes to agency “Customs”"
    answer_questions(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.agency_panel.delete_button, Qt.MouseButton.LeftButton)
    assert _texts(table) == []

    _undo_keys(qtbot, window, table)
    assert _texts(table) == ["Customs and Excise"], "the deleted agency is back"
    _undo_keys(qtbot, window, table)
    assert _texts(table) == ["Customs"]
    window.undo_action.trigger()  # the Edit menu does the same
    assert _texts(table) == [] and not window.undo_action.isEnabled()
    assert window.redo_action.text() == "&Redo: new agency “Customs”"
    for expected in (["Customs"], ["Customs and Excise"], []):
        _redo_keys(qtbot, window, table)
        assert _texts(table) == expected
    assert not window.redo_action.isEnabled()


def test_a_contact_and_a_law_come_back(qtbot, session, main_window, answer_dialog, answer_questions):
    window = main_window
    view = window.show_view("agencies")
    answer_dialog(lambda d: (d.widgets["name"].setText("Awa Diallo"), _save(d)))
    qtbot.mouseClick(view.contact_panel.add_button, Qt.MouseButton.LeftButton)
    assert [view.contact_panel.model.row_record(0)["name"]] == ["Awa Diallo"]
    _undo_keys(qtbot, window, view.contact_panel.table)
    assert view.contact_panel.model.rowCount() == 0
    _redo_keys(qtbot, window, view.contact_panel.table)
    assert view.contact_panel.model.rowCount() == 1

    laws = window.show_view("legislation")
    answer_dialog(lambda d: (d.widgets["title_original"].setText("Loi sur les armes chimiques"), _save(d)))
    qtbot.mouseClick(laws.panel.add_button, Qt.MouseButton.LeftButton)
    answer_questions(QMessageBox.StandardButton.Yes)
    laws.panel.select_id(legal_instruments.list_legal_instruments(session.workspace)[0]["id"])
    qtbot.mouseClick(laws.panel.delete_button, Qt.MouseButton.LeftButton)
    assert laws.panel.model.rowCount() == 0
    assert window.undo_action.text() == "&Undo: deletion of law “Loi sur les armes chimiques”"
    _undo_keys(qtbot, window, laws.panel.table)
    assert _texts(laws.panel.table) == ["Loi sur les armes chimiques"]


def test_matrix_values_and_a_citation_come_back(qtbot, session, main_window):
    window = main_window
    law = legal_instruments.create_legal_instrument(session.workspace, {"title_original": "Code pénal"}).id
    view = window.show_view("matrix")
    index = view.model.index_of_field("OP1.npt")
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_X)
    assert window.undo_action.text() == "&Undo: answer to A.1 NPT"
    view.detail.law.setCurrentIndex(view.detail.law.findData(law))
    qtbot.mouseClick(view.detail.cite_button, Qt.MouseButton.LeftButton)
    assert view.detail.citations.count() == 1
    _undo_keys(qtbot, window, view.table)
    assert view.detail.citations.count() == 0
    _undo_keys(qtbot, window, view.table)
    assert view.model.index_of_field("OP1.npt").data() == "" and view.detail.value.currentData() == ""
    _redo_keys(qtbot, window, view.table)
    assert view.model.index_of_field("OP1.npt").data() == "X" and view.detail.value.currentData() == "X"


def test_a_plan_action_comes_back(qtbot, session, main_window, answer_dialog, answer_questions):
    window = main_window
    view = window.show_view("action_plan")
    answer_dialog(lambda d: (d.widgets["title"].setText("Draft the export control decree"), _save(d)))
    qtbot.mouseClick(view.add_action_button, Qt.MouseButton.LeftButton)
    [action] = action_plan.list_actions(session.workspace)
    assert window.undo_action.text() == "&Undo: new action “Draft the export control decree”"
    view.select_action(action["id"])
    answer_questions(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert view.model.actions == []
    _undo_keys(qtbot, window, view.tree)
    assert [a["title"] for a in view.model.actions] == ["Draft the export control decree"]
    assert [a["id"] for a in view.model.actions] == [action["id"]], "under its own id"
    _undo_keys(qtbot, window, view.tree)
    assert view.model.actions == []


def test_a_request_and_an_offer_come_back(qtbot, session, main_window, answer_dialog):
    window = main_window
    view = window.show_view("assistance")
    answer_dialog(lambda d: (d.widgets["title"].setText("Radiation detectors"), _save(d)))
    qtbot.mouseClick(view.request_panel.add_button, Qt.MouseButton.LeftButton)
    assert _texts(view.request_panel.table) == ["Radiation detectors"]
    _undo_keys(qtbot, window, view.request_panel.table)
    assert view.request_panel.model.rowCount() == 0
    _redo_keys(qtbot, window, view.request_panel.table)
    assert _texts(view.request_panel.table) == ["Radiation detectors"]

    provider = session.run(assistance.create_provider, {"name": "Friends of 1540"}).id
    view.tabs.setCurrentIndex(1)
    view.provider_panel.select_id(provider)
    answer_dialog(lambda d: (d.widgets["title"].setText("Border training"), _save(d)))
    qtbot.mouseClick(view.offer_panel.add_button, Qt.MouseButton.LeftButton)
    assert _texts(view.offer_panel.table) == ["Border training"]
    assert window.undo_action.text() == "&Undo: new offer “Border training”"
    _undo_keys(qtbot, window, view.offer_panel.table)
    assert view.offer_panel.model.rowCount() == 0
    assert window.undo_action.text() == "&Undo: new provider “Friends of 1540”"


def test_the_profile_comes_back(qtbot, session, main_window, answer_dialog):
    window = main_window
    session.run(state_profile.save_profile, {"state_code": "KEN", "focal_point_name": "Wanjiru Kamau"})
    overview = window.show_view("overview")
    answer_dialog(lambda d: (d.widgets["focal_point_name"].setText("Nadia Haddad"), _save(d)))
    edit_profile(session, window)
    assert "Nadia Haddad" in overview.focal_label.text()
    assert window.undo_action.text() == "&Undo: changes to the State profile"
    _undo_keys(qtbot, window, overview)
    assert "Wanjiru Kamau" in overview.focal_label.text()
    assert window.windowTitle().startswith("Kenya")


def test_an_import_is_one_step(qtbot, demo_session, tmp_path, answer_dialog, monkeypatch):
    window = active_window(qtbot, demo_session)
    ws = demo_session.workspace
    agency = next(a for a in agencies.list_agencies(ws) if a["acronym"] == "ANSR")
    sent = demo_session.run(
        aw.export_agency_workbook, agency["id"], aw.field_keys_for(ws, ["A"]), tmp_path / "ansr.xlsx"
    ).value
    returned = tmp_path / "returned.xlsx"
    shutil.copy(sent.path, returned)
    wb = openpyxl.load_workbook(returned)
    sheet = wb[wb.sheetnames[1]]
    rows = {sheet.cell(row=r, column=1).value: r for r in range(aw.FIRST_ROW, sheet.max_row + 1)}
    for key, value in (("OP1.npt", "NA"), ("OP1.cwc", "?")):
        sheet.cell(row=rows[key], column=aw.COLUMN_OF["value"]).value = value
    wb.save(returned)
    before = {key: matrix.get_answer(ws, key)["value"] for key in ("OP1.npt", "OP1.cwc")}
    view = window.show_view("workbooks")
    answer_dialog(lambda d: d.apply_changes(), "importPreviewDialog")
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    view.import_file(returned)
    assert {key: matrix.get_answer(ws, key)["value"] for key in before} == {"OP1.npt": "NA", "OP1.cwc": "?"}
    assert window.undo_action.text() == "&Undo: import of the workbook “returned.xlsx”"

    _undo_keys(qtbot, window, view.table)  # one step: both fields and the workbook's status
    assert {key: matrix.get_answer(ws, key)["value"] for key in before} == before
    assert view.model.row_record(view.model.row_of_id(sent.id))["status"] == "pending"
    matrix_view = window.show_view("matrix")
    assert matrix_view.model.index_of_field("OP1.npt").data() == before["OP1.npt"]
    _redo_keys(qtbot, window, matrix_view.table)
    assert matrix_view.model.index_of_field("OP1.npt").data() == "NA"


# -- (c) the action's text in English and French --------------------------------------------------------------
def test_the_undo_text_follows_the_interface_language(qtbot, qapp, session):
    from ui.i18n import install_language

    session.run(matrix.set_answer, "OP1.npt", {"value": "X"})
    try:
        install_language(qapp, "fr")
        window = active_window(qtbot, session, "fr")
        assert window.undo_action.text() == "&Annuler\xa0: réponse à A.1 TNP"
        window.undo_action.trigger()
        assert window.redo_action.text() == "&Rétablir\xa0: réponse à A.1 TNP"
        assert window.edit_menu.title() == "&Édition"
    finally:
        install_language(qapp, "en")


# -- (d) a refused undo --------------------------------------------------------------------------------------
def test_an_undo_refused_because_the_record_changed_since_says_so_and_changes_nothing(
    qtbot, session, main_window, answer_dialog
):
    window = main_window
    view = window.show_view("agencies")
    agency = session.run(agencies.create_agency, {"name": "Customs"}).id
    session.workspace.db.execute(
        "UPDATE agency SET name = 'Customs (renamed by another program)' WHERE id = ?", [agency]
    )  # outside any step
    seen = {}
    answer_dialog(lambda box: (seen.update(text=box.text()), box.accept()), "undoRefused")
    _undo_keys(qtbot, window, view.agency_panel.table)
    assert seen["text"] == (
        "Cannot undo — new agency “Customs”: what it changed was changed since outside this "
        "application's steps (for example by another program). Nothing was changed."
    )
    assert [a["name"] for a in agencies.list_agencies(session.workspace)] == ["Customs (renamed by another program)"]
    assert undo.undo_target(session.workspace).description.subject == "Customs", "the step is still there"


def test_an_undo_offered_before_the_command_line_changed_things_is_refused(qtbot, session, main_window, answer_dialog):
    window = main_window
    session.run(agencies.create_agency, {"name": "Customs"})
    assert window.undo_action.text() == "&Undo: new agency “Customs”"
    agencies.create_agency(session.workspace, {"name": "Police"})  # as the command line would: the window is not told
    seen = {}
    answer_dialog(lambda box: (seen.update(text=box.text()), box.accept()), "undoRefused")
    window.undo_action.trigger()
    assert seen["text"].startswith("Cannot undo — new agency “Customs”: it is no longer the last step")
    assert seen["text"].endswith("Nothing was changed; the Edit menu now shows the next step.")
    assert sorted(a["name"] for a in agencies.list_agencies(session.workspace)) == ["Customs", "Police"]
    assert window.undo_action.text() == "&Undo: new agency “Police”"


def test_the_undo_text_is_read_again_when_the_window_gets_the_focus(qtbot, session, main_window):
    window = main_window
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    agencies.create_agency(session.workspace, {"name": "Police"})  # the command line, meanwhile
    assert window.undo_action.text() == "&Undo"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.undo_action.text() == "&Undo: new agency “Police”"


# -- (e) steps that cannot be undone ----------------------------------------------------------------------------
def test_a_frozen_plan_version_cannot_be_undone_and_says_why(qtbot, session, main_window, answer_questions):
    window = main_window
    view = window.show_view("action_plan")
    session.run(action_plan.create_action, {"title": "Train customs officers"})
    answer_questions(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.freeze_button, Qt.MouseButton.LeftButton)
    assert window.undo_action.text() == "Cannot undo: plan version frozen"
    assert not window.undo_action.isEnabled()
    qtbot.keyClick(view.tree, Qt.Key.Key_Z, CTRL)
    assert len(action_plan.versions(session.workspace)) == 2, "nothing undone"


def test_a_submission_cannot_be_undone_and_says_why(qtbot, demo_session, tmp_path):
    window = active_window(qtbot, demo_session)
    ws = demo_session.workspace
    result = service.export_document(ws, "report", "pdf", "en", tmp_path / "report.pdf")
    demo_session.run(
        submissions.mark_submitted,
        result.path,
        kind="report",
        fmt="pdf",
        lang="en",
        reference="NV/2026/7",
        counts=result.counts,
    )
    assert window.undo_action.text() == "Cannot undo: report submitted"
    assert not window.undo_action.isEnabled()


def test_a_restore_and_a_workbook_sent_cannot_be_undone(qtbot, demo_session, tmp_path):
    window = active_window(qtbot, demo_session)
    ws = demo_session.workspace
    agency = next(a for a in agencies.list_agencies(ws) if a["acronym"] == "ANSR")
    demo_session.run(aw.export_agency_workbook, agency["id"], aw.field_keys_for(ws, ["A"]), tmp_path / "a.xlsx")
    assert window.undo_action.text() == "Cannot undo: workbook sent" and not window.undo_action.isEnabled()
    steps.barrier(ws, Description("restore", "database", "examplia.un1540"), "restored")
    demo_session.everything_changed()
    assert window.undo_action.text() == "Cannot undo: restored from a backup" and not window.undo_action.isEnabled()


@pytest.mark.parametrize(
    "reason, english, french",
    [
        ("frozen", "Cannot undo: plan version frozen", "Impossible d’annuler\xa0: version du plan figée"),
        ("submitted", "Cannot undo: report submitted", "Impossible d’annuler\xa0: rapport soumis"),
        (
            "restored",
            "Cannot undo: restored from a backup",
            "Impossible d’annuler\xa0: données restaurées d’une sauvegarde",
        ),
        ("sent", "Cannot undo: workbook sent", "Impossible d’annuler\xa0: classeur envoyé"),
    ],
)
def test_each_reason_is_said_in_english_and_french(qapp, session, reason, english, french):
    from ui import labels
    from ui.i18n import install_language

    step = undo.Step(1, Description("freeze", "action_plan"), "", "", "", reason)
    assert labels.undo_action_text(step, session.workspace, "en") == english
    try:
        install_language(qapp, "fr")
        assert labels.undo_action_text(step, session.workspace, "fr") == french
    finally:
        install_language(qapp, "en")
