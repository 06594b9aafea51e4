"""Agency workbooks in the GUI: sending one, importing it back through the preview, conflicts, refused files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app import agencies, matrix
from app.interchange import agency_workbook as aw
from app.interchange import importing
from ui.dialogs.agency_workbook import NewWorkbookDialog
from ui.models.import_change_model import ConflictFilterProxy, ImportChangeModel
from ui.models.workbook_table_model import OVERDUE_COLOUR, WorkbookTableModel
from ui.views.workbooks import WorkbooksView


@pytest.fixture
def view(qtbot, demo_session):
    view = WorkbooksView(demo_session, "en")
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    return view


@pytest.fixture
def told(monkeypatch):
    """Record information and warning boxes instead of showing them: [(kind, title, text)]."""
    shown: list[tuple[str, str, str]] = []

    def fake(kind):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(box)

    monkeypatch.setattr(QMessageBox, "information", fake("information"))
    monkeypatch.setattr(QMessageBox, "warning", fake("warning"))
    return shown


def _agency(ws, acronym: str) -> dict:
    return next(a for a in agencies.list_agencies(ws) if a["acronym"] == acronym)


def _send(where, tmp_path: Path, acronym: str = "ANSR", sections=("A", "B"), **kwargs) -> aw.AgencyWorkbookInfo:
    """Send a workbook through `where`: the session (as the window does: the views are told) or a workspace."""
    ws = getattr(where, "workspace", where)
    keys = aw.field_keys_for(ws, list(sections))
    args = (_agency(ws, acronym)["id"], keys, tmp_path / "sent" / f"{acronym}.xlsx")
    changes = (
        where.run(aw.export_agency_workbook, *args, **kwargs)
        if hasattr(where, "run")
        else aw.export_agency_workbook(ws, *args, **kwargs)
    )
    return changes.value


def _edit(path: Path, out: Path, edits: dict[tuple[str, str], object]) -> Path:
    """Change cells of the answers sheet as the agency would: {(field key, column name): new value}."""
    wb = openpyxl.load_workbook(path)
    sheet = wb[wb.sheetnames[1]]
    rows = {sheet.cell(row=r, column=1).value: r for r in range(aw.FIRST_ROW, sheet.max_row + 1)}
    for (key, column), value in edits.items():
        cell = sheet.cell(row=rows[key], column=aw.COLUMN_OF[column])
        cell.value = value
        cell.data_type = "s"
    wb.save(out)
    return out


def _table(view: WorkbooksView) -> list[list[str]]:
    model = view.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _dump(ws) -> str:
    return "\n".join(ws.db.conn.iterdump())


def _apply(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()


# -- sending ------------------------------------------------------------------------------------------------
def test_a_new_workbook_is_written_recorded_and_shown_as_awaited(
    qtbot, view, demo_session, save_as, answer_dialog, tmp_path, today
):
    today("2026-11-20")
    ws = demo_session.workspace
    dce = _agency(ws, "ANCAC")
    target = tmp_path / "out" / "ancac.xlsx"
    proposed = save_as(target)
    assert view.empty_label.isVisible() and view.model.rowCount() == 0
    seen = {}

    def fill(dialog: NewWorkbookDialog):
        dialog.agency_combo.setCurrentIndex(dialog.agency_combo.findData(dce["id"]))
        assert dialog.count_label.text() == "331 fields will be sent."
        dialog.section_boxes["C"].setChecked(False)
        dialog.section_boxes["D"].setChecked(False)
        seen["a_b"] = dialog.count_label.text()
        dialog.responsible_only.setChecked(True)
        seen["responsible"] = dialog.count_label.text()
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
        dialog.reply_date.setDate(dialog.reply_date.date().addDays(5))
        dialog.note_edit.setPlainText("Merci de vérifier la section B.")
        seen["note"] = dialog.note_count.text()
        seen["due"] = dialog.due_on()
        dialog.create_button.click()
        if dialog.isVisible():
            dialog.reject()

    answer_dialog(fill, "newWorkbookDialog")
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)

    expected = aw.field_keys_for(ws, ["A", "B"], dce["id"])
    assert seen["a_b"] == f"{len(aw.field_keys_for(ws, ['A', 'B']))} fields will be sent."
    assert seen["responsible"] == f"{len(expected)} fields will be sent." and expected
    assert seen["note"] == "31 / 2,000 characters"
    assert Path(proposed[0]).name == aw.default_file_name(ws, "ANCAC")
    assert target.is_file()
    sent = aw.list_workbooks(ws)
    assert [(w["agency_id"], w["fields"], w["lang"], w["due_on"], w["status"]) for w in sent] == [
        (dce["id"], len(expected), "fr", seen["due"], "pending")
    ]
    assert seen["due"] == "2026-12-25", "30 days from today by default, moved by 5 days"
    rows = _table(view)
    assert len(rows) == 1 and rows[0][0] == dce["name"] and rows[0][3] == str(len(expected))
    assert rows[0][4] == "Français" and rows[0][5] == "Awaited" and rows[0][6] == "ancac.xlsx"
    assert not view.empty_label.isVisible()
    assert "written to" in view.status_label.text() and view.status_label.isVisible()
    assert view.table.selectionModel().selectedRows()[0].row() == 0, "the new workbook is selected"


def test_no_reply_date_and_no_field_chosen(qtbot, demo_session):
    dialog = NewWorkbookDialog(demo_session, "en")
    qtbot.addWidget(dialog)
    dialog.reply_check.setChecked(False)
    assert dialog.due_on() is None and not dialog.reply_date.isEnabled()
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    assert dialog.count_label.text() == "No field: tick at least one section."
    assert not dialog.create_button.isEnabled()
    dialog.section_boxes["A"].setChecked(True)
    dialog.agency_combo.setCurrentIndex(dialog.agency_combo.findData(_agency(demo_session.workspace, "SNR")["id"]))
    dialog.responsible_only.setChecked(True)
    assert dialog.count_label.text() == "No field of these sections names this agency as responsible."
    assert not dialog.create_button.isEnabled()
    dialog.responsible_only.setChecked(False)
    dialog.note_edit.setPlainText("x" * 2001)
    assert not dialog.create_button.isEnabled() and dialog.note_count.text() == "2,001 / 2,000 characters"


def test_a_failed_export_is_shown_and_records_nothing(
    qtbot, view, demo_session, save_as, told, answer_dialog, tmp_path
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder is expected")
    save_as(blocker / "agency.xlsx")
    state = {}

    def fill(dialog):
        dialog.create_button.click()
        state["still_open"] = dialog.isVisible()
        dialog.reject()

    answer_dialog(fill, "newWorkbookDialog")
    before = _dump(demo_session.workspace)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert state["still_open"], "the user can choose another place"
    assert [kind for kind, *_ in told] == ["warning"] and "Nothing was recorded." in told[0][2]
    assert aw.list_workbooks(demo_session.workspace) == [] and view.model.rowCount() == 0
    assert _dump(demo_session.workspace) == before


def test_without_any_agency_the_dialog_says_so_and_offers_nothing(qtbot, session):
    dialog = NewWorkbookDialog(session, "en")
    qtbot.addWidget(dialog)
    assert "No agency is recorded yet" in dialog.empty_label.text()
    assert dialog.create_button is None
    assert [b.text() for b in dialog.buttons.buttons()] == ["Close"]


def test_an_awaited_workbook_can_be_withdrawn_and_an_overdue_one_shows_in_red(
    qtbot, view, demo_session, tmp_path, answer_questions
):
    old = _send(demo_session, tmp_path, "DGD", ("A",), due_on="2020-01-31", today="2020-01-01")
    assert _table(view)[0][5] == "Awaited, overdue"
    due = view.model.index(0, WorkbookTableModel.DUE_COLUMN)
    assert due.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert "expected by 31 January 2020" in due.data(Qt.ItemDataRole.ToolTipRole)
    assert not view.withdraw_button.isEnabled(), "nothing selected"

    view.select_id(old.id)
    assert view.withdraw_button.isEnabled()
    asked = answer_questions(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.withdraw_button, Qt.MouseButton.LeftButton)
    assert "It can no longer be imported" in asked[0]
    assert _table(view)[0][5] == "Withdrawn"
    assert (
        view.model.index(0, WorkbookTableModel.DUE_COLUMN).data(Qt.ItemDataRole.ForegroundRole).color()
        != OVERDUE_COLOUR
    )
    assert not view.withdraw_button.isEnabled(), "only an awaited workbook can be withdrawn"


# -- importing ----------------------------------------------------------------------------------------------
def test_a_returned_workbook_is_previewed_then_applied(
    qtbot, view, demo_session, open_file, told, answer_dialog, tmp_path
):
    ws = demo_session.workspace
    info = _send(demo_session, tmp_path)
    assert matrix.get_answer(ws, "OP1.npt")["value"] == "X"
    returned = _edit(info.path, tmp_path / "returned.xlsx", {("OP1.npt", "value"): "NA"})
    titles = open_file(returned)
    seen = {}

    def check(dialog):
        model = dialog.model
        seen["rows"] = [[model.index(0, c).data() for c in range(model.columnCount())]]
        seen["headers"] = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        seen["ids"] = model.accepted_ids()
        seen["summary"] = dialog.summary_label.text()
        seen["button"] = dialog.apply_button.text()
        seen["conflict_note"] = dialog.conflict_label.isVisible()
        seen["count"] = model.rowCount()
        _apply(dialog)

    answer_dialog(check, "importPreviewDialog")
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)

    assert titles == ["Import a workbook returned by an agency"]
    assert seen["count"] == 1 and seen["ids"] == {0}
    assert seen["headers"] == ["✓", "Where", "Item", "Part", "Current value", "New value", "Sent as", "Conflict"]
    where, item, part, old, new, sent, conflict = seen["rows"][0][1:]
    assert where.startswith("A 1") and "Non-Proliferation" in item
    assert (part, old, new, sent, conflict) == ("Value", "X", "NA", "X", "")
    assert "returned.xlsx" in seen["summary"] and info.agency in seen["summary"]
    assert "1 change in 1 field · 0 conflicts" in seen["summary"]
    assert seen["button"] == "Apply 1 selected change" and not seen["conflict_note"]
    assert matrix.get_answer(ws, "OP1.npt")["value"] == "NA", "the database holds the change"
    assert told == [("information", "Changes imported", "1 change imported in 1 field from \u2066returned.xlsx\u2069.")]
    assert _table(view)[0][5].startswith("Imported on ") and _table(view)[0][5].endswith(": 1 change")


def test_a_conflict_is_left_unticked_and_not_applied(
    qtbot, view, demo_session, open_file, told, answer_dialog, tmp_path
):
    ws = demo_session.workspace
    info = _send(ws, tmp_path)
    remarks_before = matrix.get_answer(ws, "OP1.cwc")["remarks"]
    returned = _edit(
        info.path,
        tmp_path / "returned.xlsx",
        {("OP1.npt", "value"): "NA", ("OP1.cwc", "remarks"): "Checked by the agency in March."},
    )
    matrix.set_answer(ws, "OP1.npt", {"value": "?"})  # the focal point changed it meanwhile
    open_file(returned)
    seen = {}

    def check(dialog):
        model, proxy = dialog.model, dialog.proxy
        conflict_row = next(r for r, c in enumerate(model.changes) if c.conflict)
        other_row = 1 - conflict_row
        seen["states"] = (
            model.index(conflict_row, 0).data(Qt.ItemDataRole.CheckStateRole),
            model.index(other_row, 0).data(Qt.ItemDataRole.CheckStateRole),
        )
        seen["reason"] = model.index(conflict_row, model.column_of("reason")).data()
        seen["icon"] = (
            not model.index(conflict_row, model.column_of("reason")).data(Qt.ItemDataRole.DecorationRole).isNull()
        )
        seen["button"] = dialog.apply_button.text()
        dialog.conflicts_only.setChecked(True)
        seen["filtered"] = proxy.rowCount()
        dialog.select_all_button.click()  # ticks what is shown: the conflict
        seen["after_all"] = dialog.apply_button.text()
        dialog.conflicts_only.setChecked(False)
        dialog.select_none_button.click()
        seen["none"] = (dialog.apply_button.text(), dialog.apply_button.isEnabled())
        dialog.select_all_button.click()
        model.setData(model.index(conflict_row, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        seen["final"] = dialog.apply_button.text()
        _apply(dialog)

    answer_dialog(check, "importPreviewDialog")
    view.import_file(returned)

    assert seen["states"] == (Qt.CheckState.Unchecked, Qt.CheckState.Checked)
    assert seen["reason"] == "Changed here since it was sent" and seen["icon"]
    assert seen["button"] == "Apply 1 selected change"
    assert seen["filtered"] == 1 and seen["after_all"] == "Apply 2 selected changes"
    assert seen["none"] == ("Apply 0 selected changes", False)
    assert seen["final"] == "Apply 1 selected change"
    assert matrix.get_answer(ws, "OP1.npt")["value"] == "?", "the conflict was not applied"
    assert matrix.get_answer(ws, "OP1.cwc")["remarks"] == "Checked by the agency in March." != remarks_before
    assert told[0][2].startswith("1 change imported in 1 field") and "1 change was not accepted." in told[0][2]


def test_data_changed_after_the_preview_imports_nothing(qtbot, view, demo_session, told, answer_dialog, tmp_path):
    ws = demo_session.workspace
    info = _send(ws, tmp_path)
    returned = _edit(info.path, tmp_path / "returned.xlsx", {("OP1.npt", "value"): "NA"})

    def meanwhile(dialog):
        matrix.set_answer(ws, "OP1.npt", {"value": "?"})
        _apply(dialog)

    answer_dialog(meanwhile, "importPreviewDialog")
    assert view.import_file(returned) is None
    assert told[0][:2] == ("warning", "Nothing imported") and "changed since the preview" in told[0][2]
    assert matrix.get_answer(ws, "OP1.npt")["value"] == "?"
    assert aw.list_workbooks(ws)[0]["status"] == "pending"


def test_a_workbook_returned_untouched_has_nothing_to_import(qtbot, view, demo_session, told, tmp_path):
    info = _send(demo_session.workspace, tmp_path)
    before = _dump(demo_session.workspace)
    assert view.import_file(info.path) is None
    assert told[0][:2] == ("information", "Nothing to import") and told[0][2].startswith("Nothing to import: ")
    assert _dump(demo_session.workspace) == before


def test_a_hostile_file_is_refused_with_a_warning_and_changes_nothing(
    qtbot, view, demo_session, open_file, answer_dialog, tmp_path
):
    fake = tmp_path / "matrix.xlsx"
    fake.write_text("This is a text file renamed .xlsx\n" * 20)
    open_file(fake)
    before = _dump(demo_session.workspace)
    seen = {}

    def read(box: QMessageBox):
        seen.update(title=box.windowTitle(), text=box.text(), icon=box.icon(), informative=box.informativeText())
        box.done(0)

    answer_dialog(read, "importRefused")
    qtbot.mouseClick(view.committee_button, Qt.MouseButton.LeftButton)
    assert seen["title"] == "File not imported" and seen["icon"] == QMessageBox.Icon.Warning
    assert seen["text"] and "\n" not in seen["text"], "one line"
    assert seen["informative"] == "Nothing was changed."
    assert _dump(demo_session.workspace) == before


def test_every_problem_of_a_refused_workbook_is_in_the_details(qtbot, view, demo_session, answer_dialog, tmp_path):
    info = _send(demo_session.workspace, tmp_path)
    returned = _edit(
        info.path, tmp_path / "returned.xlsx", {("OP1.npt", "value"): "maybe", ("OP1.cwc", "value"): "YES!"}
    )
    before = _dump(demo_session.workspace)
    seen = {}

    def read(box: QMessageBox):
        seen.update(text=box.text(), details=box.detailedText())
        box.done(0)

    answer_dialog(read, "importRefused")
    assert view.import_file(returned) is None
    assert seen["text"] == "returned.xlsx cannot be imported; nothing was changed. Problems found:"
    problems = seen["details"].splitlines()
    assert len(problems) == 2 and all("is not a value of the matrix" in p for p in problems)
    assert _dump(demo_session.workspace) == before


# -- models, languages, window ------------------------------------------------------------------------------
def test_the_models_pass_the_model_tester(qtmodeltester, demo_session, tmp_path):
    ws = demo_session.workspace
    _send(ws, tmp_path, "DGD", ("A",), due_on="2020-01-31", today="2020-01-01")
    info = _send(ws, tmp_path)
    aw.withdraw(ws, aw.list_workbooks(ws)[-1]["id"])
    model = WorkbookTableModel(demo_session)
    model.reload()
    assert model.rowCount() == 2
    qtmodeltester.check(model)

    returned = _edit(
        info.path,
        tmp_path / "returned.xlsx",
        {("OP1.npt", "value"): "NA", ("OP1.cwc", "remarks"): "Line one\nline two"},
    )
    matrix.set_answer(ws, "OP1.npt", {"value": "?"})
    preview = importing.read_workbook(ws, returned)
    changes = ImportChangeModel(preview.changes, with_baseline=True)
    assert changes.rowCount() == 2 and changes.checked_count() == 1
    assert "⏎" in changes.index(1, changes.column_of("new")).data()
    qtmodeltester.check(changes)
    proxy = ConflictFilterProxy()
    proxy.setSourceModel(changes)
    proxy.set_conflicts_only(True)
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)


def test_the_view_and_dialog_are_right_to_left_in_arabic(qtbot, qapp, demo_session):
    from ui.i18n import install_language

    install_language(qapp, "ar")
    try:
        view = WorkbooksView(demo_session, "ar")
        qtbot.addWidget(view)
        assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        dialog = NewWorkbookDialog(demo_session, "ar", view)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.language_combo.currentData() == "ar" and dialog.language_combo.currentText() == "العربية"
    finally:
        install_language(qapp, "en")


def test_the_main_window_shows_the_workbooks_view_after_the_agencies(qtbot, demo_session):
    from ui.main_window import NAVIGATION, MainWindow

    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    assert NAVIGATION.index("workbooks") == NAVIGATION.index("agencies") + 1
    view = window.show_view("workbooks")
    assert isinstance(view, WorkbooksView)
    assert window.navigation.currentItem().text() == "Agency workbooks"


def test_the_committee_matrix_is_previewed_without_sent_as_and_cancel_changes_nothing(
    qtbot, view, demo_session, open_file, answer_dialog, tmp_path
):
    from app.exports.service import export_document

    ws = demo_session.workspace
    matrix_file = export_document(ws, "matrix", "xlsx", "en", tmp_path / "committee.xlsx").path
    # The Committee's view differs from ours on one field: NA where the training State answers X.
    import openpyxl

    book = openpyxl.load_workbook(matrix_file)
    npt = next(row for row in book["A"].iter_rows() if row[0].value == "field:OP1.npt")
    npt[3].value = "NA"
    book.save(matrix_file)
    titles = open_file(matrix_file)
    before = _dump(ws)
    seen = {}

    def look(dialog):
        model = dialog.model
        seen["headers"] = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        seen["summary"] = dialog.summary_label.text()
        seen["rows"] = model.rowCount()
        seen["unticked_conflicts"] = all(
            model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
            for r, c in enumerate(model.changes)
            if c.conflict
        )
        dialog.reject()

    answer_dialog(look, "importPreviewDialog")
    qtbot.mouseClick(view.committee_button, Qt.MouseButton.LeftButton)
    assert titles == ["Import the Committee's matrix (Excel, in the Committee's layout)"]
    assert "Sent as" not in seen["headers"] and "Conflict" in seen["headers"]
    assert "The Committee's matrix" in seen["summary"] and seen["unticked_conflicts"]
    assert seen["rows"] == 1, "only the field where the Committee's view differs"
    assert _dump(ws) == before


def test_a_name_that_looks_like_markup_is_shown_as_typed_in_questions(qtbot, answer_questions):
    from PySide6.QtWidgets import QTextEdit

    from ui.widgets.record_panel import confirm

    asked = answer_questions()
    assert confirm(None, "Withdraw", "Withdraw the workbook sent to <b>Customs</b> & Co?")
    assert confirm(None, "Withdraw", "Withdraw the workbook sent to Customs?")
    shown = QTextEdit()
    shown.setHtml(asked[0])
    assert shown.toPlainText() == "Withdraw the workbook sent to <b>Customs</b> & Co?", "not bold: the name as typed"
    assert asked[1] == "Withdraw the workbook sent to Customs?"


def test_the_overview_lists_the_workbooks_awaited_with_the_overdue_first(qtbot, demo_session, tmp_path):
    from ui.views.overview import OverviewView

    ws = demo_session.workspace
    overview = OverviewView(demo_session, "en")
    qtbot.addWidget(overview)
    overview.show()
    assert overview.awaited.isHidden(), "nothing awaited, nothing shown"
    late = demo_session.run(
        aw.export_agency_workbook,
        _agency(ws, "ANCAC")["id"],
        aw.field_keys_for(ws, ["A"]),
        tmp_path / "late.xlsx",
        due_on="2020-01-31",
    ).value
    demo_session.run(
        aw.export_agency_workbook, _agency(ws, "ANSR")["id"], aw.field_keys_for(ws, ["B"]), tmp_path / "open.xlsx"
    )
    lines = overview.awaited.text().split("\n")
    assert not overview.awaited.isHidden() and len(lines) == 2
    assert lines[0].startswith("⚠ OVERDUE") and late.agency in lines[0] and "31 January 2020" in lines[0]
    assert lines[1].startswith("No reply date")
    demo_session.run(aw.withdraw, late.id)
    assert len(overview.awaited.text().split("\n")) == 1
