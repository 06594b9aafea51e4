"""Reports and exports: exporting in the background (progress, cancel, failure), marking a document as
submitted, the history of submissions and the report's own text."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from app import submissions
from app.errors import UserError
from app.exports import service
from ui.models.submission_model import SubmissionTableModel
from ui.views.reports import ReportsView

EXPORT_TIMEOUT_MS = 60000


@pytest.fixture
def view(qtbot, demo_session):
    view = ReportsView(demo_session, "en")
    qtbot.addWidget(view)
    view.resize(1300, 820)
    view.show()
    return view


class HeldExport:
    """The view's export gate: holds the export, in its own thread, when it reaches `stage`, until released."""

    def __init__(self, stage: str):
        self.stage = stage
        self.stages: list[str] = []
        self.reached = threading.Event()
        self.in_gui_thread = False
        self._released = threading.Event()

    def __call__(self, stage: str) -> None:  # in the export's thread
        self.stages.append(stage)
        if threading.current_thread() is threading.main_thread():
            self.in_gui_thread = True
            raise RuntimeError("the export runs in the GUI thread")
        if stage == self.stage and not self.reached.is_set():
            self.reached.set()
            self._released.wait(EXPORT_TIMEOUT_MS / 1000)

    def release(self) -> None:
        self._released.set()


@pytest.fixture
def hold(view):
    """`hold(stage)`: the next export stops at that stage until `.release()` (always released at the end)."""
    gates: list[HeldExport] = []

    def arm(stage: str) -> HeldExport:
        gate = HeldExport(stage)
        gates.append(gate)
        view.export_gate = gate
        return gate

    yield arm
    for gate in gates:
        gate.release()


@pytest.fixture
def warnings_shown(monkeypatch):
    shown: list[str] = []

    def fake(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake))
    return shown


def _export(qtbot, view: ReportsView) -> None:
    with qtbot.waitSignal(view.export_finished, timeout=EXPORT_TIMEOUT_MS):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)


def _save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _history(view: ReportsView) -> list[list[str]]:
    model = view.history.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_matrix_exported_to_excel_in_english_is_written_and_checked(qtbot, view, save_as, tmp_path):
    target = tmp_path / "matrix.xlsx"
    proposed = save_as(target)
    view.choose("matrix", "xlsx", "en")
    assert not view.request_combo.isVisibleTo(view) and not view.full_radio.isVisibleTo(view)
    assert "every field of sections A to D" in view.contents_label.text()
    _export(qtbot, view)

    assert Path(proposed[0]).name == service.default_file_name("matrix", "xlsx", "en", "XEX")
    assert target.is_file()
    from openpyxl import load_workbook

    workbook = load_workbook(target, read_only=True)
    assert workbook.sheetnames
    workbook.close()
    assert view.path_edit.text() == str(target)
    assert "matrix fields: 331" in view.summary_label.text()
    assert view.result_title.text() == "Written and checked: Implementation matrix"
    assert view.open_button.isEnabled() and view.folder_button.isEnabled() and view.mark_button.isEnabled()
    assert view.export_button.isEnabled(), "another export can start"
    assert not list(tmp_path.glob(".*part*")), "no temporary file is left behind"


def test_the_window_stays_responsive_while_a_pdf_is_written(qtbot, view, save_as, warnings_shown, hold, tmp_path):
    target = tmp_path / "report.pdf"
    save_as(target)
    export = hold("progress.layout")  # the export stops in the middle, in its thread, until released
    ticks: list[bool] = []
    timer = QTimer(view, interval=10)
    timer.timeout.connect(lambda: ticks.append(export.reached.is_set()))
    timer.start()
    view.choose("report", "pdf", "en", "full")
    assert view.progress_delay_ms == 300, "the progress dialog shows only for an export that takes a while"
    with qtbot.waitSignal(view.export_finished, timeout=EXPORT_TIMEOUT_MS):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        assert not view.export_button.isEnabled(), "one export at a time"
        qtbot.waitUntil(lambda: export.reached.is_set() or export.in_gui_thread, timeout=EXPORT_TIMEOUT_MS)
        assert not export.in_gui_thread, "the export runs in the GUI thread: the window would freeze"
        # While the export is held in the middle, the window keeps handling events: the progress
        # dialog shows the stage, a timer keeps ticking, and nothing is written yet.
        qtbot.waitUntil(lambda: view.progress is not None and view.progress.isVisible(), timeout=EXPORT_TIMEOUT_MS)
        qtbot.waitUntil(lambda: view.progress.labelText() == "Laying out the pages…", timeout=EXPORT_TIMEOUT_MS)
        assert view.progress.windowModality() == Qt.WindowModality.WindowModal
        ticked = ticks.count(True)
        qtbot.waitUntil(lambda: ticks.count(True) >= ticked + 10, timeout=EXPORT_TIMEOUT_MS)
        assert not target.exists() and view.status_label.text() == "Exporting National report…"
        export.release()
    timer.stop()

    assert export.stages == ["progress.collect", "progress.layout", "progress.verify", "progress.verify"]
    assert warnings_shown == []
    assert target.is_file() and target.read_bytes().startswith(b"%PDF")
    assert "pages" in view.summary_label.text()
    assert not view.progress.isVisible(), "the progress dialog is gone"
    assert view.export_button.isEnabled()


def test_cancelling_an_export_writes_nothing(qtbot, view, save_as, warnings_shown, hold, tmp_path):
    target = tmp_path / "report.pdf"
    save_as(target)
    view.progress_delay_ms = 0  # the dialog at once: the export is held anyway
    export = hold("progress.layout")
    view.choose("report", "pdf", "en")
    with qtbot.waitSignal(view.export_finished, timeout=EXPORT_TIMEOUT_MS):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: export.reached.is_set() and view.progress.isVisible(), timeout=EXPORT_TIMEOUT_MS)
        cancel = view.progress.findChild(QPushButton)
        assert cancel.text() == "Cancel"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert view.status_label.text() == "Cancelling the export…"
        export.release()  # the export goes on, sees the cancellation at its next check and stops

    assert export.stages == ["progress.collect", "progress.layout"]
    assert warnings_shown == []
    assert not target.exists()
    assert not list(tmp_path.glob("*.pdf*"))
    assert not list(tmp_path.glob(".*part*"))
    assert view.status_label.text() == "Export cancelled: nothing was written."
    assert view.status_label.isVisible() and not view.result_details.isVisible()
    assert view.export_button.isEnabled()


def test_a_failed_export_says_why_and_writes_nothing(qtbot, view, save_as, warnings_shown, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise UserError("No Chinese font is installed on this computer.")

    monkeypatch.setattr(service, "export_document", refuse)
    target = tmp_path / "report-zh.pdf"
    save_as(target)
    view.choose("report", "pdf", "zh")
    _export(qtbot, view)

    assert warnings_shown == ["No Chinese font is installed on this computer."]
    assert not target.exists()
    assert view.status_label.text() == "The export failed: nothing was written."
    assert not view.result_details.isVisible()


def test_warnings_of_an_export_are_shown(qtbot, view, save_as, tmp_path, monkeypatch):
    real = service.export_document

    def with_warning(*args, **kwargs):
        result = real(*args, **kwargs)
        result.warnings.append("2 character(s) have no font on this computer and are written as [U+code]: ✅ (U+2705).")
        return result

    monkeypatch.setattr(service, "export_document", with_warning)
    save_as(tmp_path / "plan.pdf")
    view.choose("nap", "pdf")
    _export(qtbot, view)
    assert view.warnings_label.isVisible()
    assert view.warnings_label.text() == (
        "⚠ 2 character(s) have no font on this computer and are written as [U+code]: ✅ (U+2705)."
    )
    assert "actions: 20" in view.summary_label.text()


def test_an_unexpected_error_is_told_in_one_line_without_a_traceback(
    qtbot, view, save_as, warnings_shown, tmp_path, monkeypatch
):
    def crash(*args, **kwargs):
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(service, "export_document", crash)
    save_as(tmp_path / "nap.xlsx")
    view.choose("nap", "xlsx")
    _export(qtbot, view)

    assert len(warnings_shown) == 1
    assert "disk I/O error" in warnings_shown[0] and "Traceback" not in warnings_shown[0]
    assert not (tmp_path / "nap.xlsx").exists()


def test_mark_as_submitted_keeps_the_file_in_the_history(
    qtbot, view, demo_session, save_as, answer_dialog, tmp_path, today
):
    today("2026-03-31")
    assert not view.changes_radio.isEnabled()
    assert "marked as submitted" in view.changes_radio.toolTip()
    assert view.history_empty.isVisible() and view.history_model.rowCount() == 0
    exported = tmp_path / "report.xlsx"
    save_as(exported)
    view.choose("report", "xlsx", "fr")
    _export(qtbot, view)
    assert exported.is_file()

    seen = {}

    def submit(dialog):
        seen["explanation"] = dialog.findChild(type(dialog.error_label), "submittedExplanation").text()
        seen["max"] = dialog.date_edit.maximumDate().toString("yyyy-MM-dd")
        assert dialog.date_edit.date().toString("yyyy-MM-dd") == "2026-03-31"
        dialog.reference_edit.setText("NV/1540/2026/17")
        dialog.note_edit.setPlainText("Handed to the Mission in New York.")
        _save(dialog)

    answer_dialog(submit, "markSubmittedDialog")
    qtbot.mouseClick(view.mark_button, Qt.MouseButton.LeftButton)

    assert "read-only" in seen["explanation"] and "cannot be changed or deleted" in seen["explanation"]
    assert seen["max"] == "2026-03-31", "no date in the future"
    rows = _history(view)
    assert len(rows) == 1
    assert rows[0][:6] == ["31 March 2026", "National report", "Full", "Français", "Excel", "NV/1540/2026/17"]
    assert rows[0][6] == "report.xlsx"
    assert not view.history_empty.isVisible()
    assert not view.mark_button.isEnabled(), "the same export is not submitted twice"
    assert "Marked as submitted" in view.summary_label.text()
    assert view.changes_radio.isEnabled()
    assert view.changes_radio.toolTip() == (
        "Only the matrix fields changed since the report submitted on 31 March 2026."
    )
    stored = submissions.list_submissions(demo_session.workspace)
    assert stored[0]["counts"]["field"] == 331 and stored[0]["note"] == "Handed to the Mission in New York."

    copy = tmp_path / "copy" / "kept.xlsx"
    copy.parent.mkdir()
    view.history.selectRow(0)
    assert view.copy_button.isEnabled()
    save_as(copy)
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert copy.read_bytes() == exported.read_bytes()

    # The changes since that report can now be exported.
    view.choose("report", "xlsx", "en", "changes")
    assert view.scope() == "changes"
    assert "31 March 2026" in view.contents_label.text()
    changes = tmp_path / "changes.xlsx"
    proposed = save_as(changes)
    _export(qtbot, view)
    assert Path(proposed[-1]).name == "XEX-national-report-changes-2026-03-31-en.xlsx"
    assert changes.is_file()
    assert view.result_title.text().endswith("(changes since the last submitted report)")
    assert "matrix fields: 0" in view.summary_label.text()


def test_a_future_date_cannot_be_chosen_and_cancel_keeps_nothing(
    qtbot, view, demo_session, save_as, answer_dialog, tmp_path, today
):
    today("2026-03-31")
    save_as(tmp_path / "plan.xlsx")
    view.choose("nap", "xlsx")
    _export(qtbot, view)

    def cancel(dialog):
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(3))
        assert dialog.date_edit.date().toString("yyyy-MM-dd") == "2026-03-31"
        dialog.reject()

    answer_dialog(cancel, "markSubmittedDialog")
    qtbot.mouseClick(view.mark_button, Qt.MouseButton.LeftButton)
    assert submissions.list_submissions(demo_session.workspace) == []
    assert view.mark_button.isEnabled()


def test_assistance_request_export_picks_a_request(qtbot, view, save_as, tmp_path):
    view.choose("assistance")
    assert view.request_combo.isVisibleTo(view) and not view.full_radio.isVisibleTo(view)
    texts = [view.request_combo.itemText(i) for i in range(view.request_combo.count())]
    assert texts and all(t.startswith("#") and " — " in t for t in texts)
    request_id = view.request_combo.itemData(view.request_combo.count() - 1)
    view.choose("assistance", "pdf", "en", request_id=request_id)
    target = tmp_path / "request.pdf"
    proposed = save_as(target)
    _export(qtbot, view)
    assert Path(proposed[0]).name == service.default_file_name("assistance", "pdf", "en", "XEX", request_id=request_id)
    assert target.is_file()
    assert view.result_title.text() == f"Written and checked: Assistance request #{request_id}"
    assert "parts of the request" in view.summary_label.text()


def test_report_text_is_edited_in_a_form_and_saved(qtbot, view, demo_session, answer_dialog):
    def fill(dialog):
        w = dialog.widgets
        w["report_type"].setCurrentIndex(w["report_type"].findData("first"))
        w["reference"].setText("NV/1540/2026/3")
        w["report_date"].setText("2026-03-31")
        w["national_context"].setPlainText("Examplia has no nuclear weapons.\n\nIts customs were reformed in 2024.")
        w["other_measures"].setPlainText("Outreach to industry twice a year.")
        _save(dialog)

    answer_dialog(fill, "recordForm")
    qtbot.mouseClick(view.report_text_button, Qt.MouseButton.LeftButton)

    settings = submissions.report_settings(demo_session.workspace)
    assert (settings["report_type"], settings["reference"], settings["report_date"]) == (
        "first",
        "NV/1540/2026/3",
        "2026-03-31",
    )
    assert settings["national_context"].endswith("reformed in 2024.")
    assert settings["other_measures"] == "Outreach to industry twice a year."
    text = view.report_text_label.text()
    assert "First national report" in text and "NV/1540/2026/3" in text and "31 March 2026" in text


def test_submission_table_model_passes_qt_model_tester(qtmodeltester, demo_session, tmp_path):
    model = SubmissionTableModel(demo_session)
    model.reload()
    qtmodeltester.check(model)
    ws = demo_session.workspace
    for kind, fmt in (("matrix", "xlsx"), ("nap", "pdf")):
        result = service.export_document(ws, kind, fmt, "en", tmp_path / f"{kind}.{fmt}")
        demo_session.run(
            submissions.mark_submitted,
            result.path,
            kind=kind,
            fmt=fmt,
            lang="en",
            reference=f"NV-{kind}",
            counts=result.counts,
        )
    model.reload()
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Action plan", "newest first"
    assert model.index(0, SubmissionTableModel.SIZE_COLUMN).data().endswith("B")
    assert "actions: 20" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_view_follows_the_right_to_left_layout_in_arabic(qtbot, qapp, demo_session):
    from ui.i18n import install_language

    install_language(qapp, "ar")
    try:
        view = ReportsView(demo_session, "ar")
        qtbot.addWidget(view)
        assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert view.language_combo.currentData() == "ar" and view.language_combo.currentText() == "العربية"
        assert view.path_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight, "a path reads left to right"
    finally:
        install_language(qapp, "en")


def test_the_main_window_shows_the_reports_view(qtbot, demo_session):
    from ui.main_window import MainWindow

    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    view = window.show_view("reports")
    assert isinstance(view, ReportsView)
    assert window.navigation.currentItem().text() == "Reports and exports"


def test_the_note_number_typed_at_mark_as_submitted_is_printed_on_the_document_kept(
    qtbot, view, demo_session, save_as, answer_dialog, tmp_path, today
):
    """The draft has no number; "Mark as submitted" writes it again with the number and date typed, and keeps that."""
    from tests.test_exports import pdftotext

    today("2026-03-31")
    exported = tmp_path / "report.pdf"
    save_as(exported)
    view.choose("report", "pdf", "en")
    _export(qtbot, view)
    draft = " ".join(pdftotext(exported, 1, 1).split())
    assert "Note No." not in draft and "Not stated" not in draft

    def submit(dialog):
        assert dialog.reference_edit.text() == "", "the report's text plans no number"
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))
        dialog.reference_edit.setText("NV/1540/2026/17")
        _save(dialog)

    answer_dialog(submit, "markSubmittedDialog")
    qtbot.mouseClick(view.mark_button, Qt.MouseButton.LeftButton)

    sent = " ".join(pdftotext(exported, 1, 1).split())
    assert "Note No. NV/1540/2026/17" in sent and "New York, 30 March 2026" in sent
    (kept,) = submissions.list_submissions(demo_session.workspace)
    assert (kept["reference"], kept["submitted_on"], kept["file_name"]) == (
        "NV/1540/2026/17",
        "2026-03-30",
        "report.pdf",
    )
    copy = submissions.save_document_copy(demo_session.workspace, kept["id"], tmp_path / "kept.pdf")
    assert copy.read_bytes() == exported.read_bytes(), "the file sent is the one kept"
    assert not view.mark_button.isEnabled() and "Marked as submitted" in view.summary_label.text()
    assert view.open_button.isEnabled()


def test_mark_as_submitted_proposes_the_requests_own_note_verbale_reference(
    qtbot, view, demo_session, save_as, answer_dialog, tmp_path
):
    from app import assistance

    request = next(r for r in assistance.list_requests(demo_session.workspace) if r["note_verbale_reference"])
    save_as(tmp_path / "request.pdf")
    view.choose("assistance", "pdf", "en", request_id=request["id"])
    _export(qtbot, view)
    seen = {}

    def look(dialog):
        seen["reference"] = dialog.reference_edit.text()
        dialog.reject()

    answer_dialog(look, "markSubmittedDialog")
    qtbot.mouseClick(view.mark_button, Qt.MouseButton.LeftButton)
    assert seen["reference"] == request["note_verbale_reference"]
    assert submissions.list_submissions(demo_session.workspace) == []


def test_the_committee_note_answered_is_typed_in_the_report_text_form(qtbot, view, demo_session, answer_dialog):
    def fill(dialog):
        dialog.widgets["committee_note_reference"].setText("S/AC.44/2026/OC.12")
        dialog.widgets["committee_note_date"].setText("2026-03-05")
        _save(dialog)

    assert "Committee's note answered: —" in view.report_text_label.text()
    answer_dialog(fill, "recordForm")
    qtbot.mouseClick(view.report_text_button, Qt.MouseButton.LeftButton)

    settings = submissions.report_settings(demo_session.workspace)
    assert (settings["committee_note_reference"], settings["committee_note_date"]) == (
        "S/AC.44/2026/OC.12",
        "2026-03-05",
    )
    shown = view.report_text_label.text()
    assert "Committee's note answered:" in shown and "S/AC.44/2026/OC.12" in shown and "5 March 2026" in shown


def test_a_submission_kept_whose_file_cannot_be_put_in_place_says_so_and_is_not_offered_again(
    qtbot, view, demo_session, save_as, answer_dialog, tmp_path, monkeypatch
):
    from app import outputs

    exported = tmp_path / "plan.pdf"
    save_as(exported)
    view.choose("nap", "pdf", "en")
    _export(qtbot, view)

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs, "move_into_place", full_disk)
    warnings_shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings_shown.append(text))

    def submit(dialog):
        _save(dialog)
        if dialog.isVisible():  # left open: the user would cancel it
            dialog.reject()

    answer_dialog(submit, "markSubmittedDialog")
    qtbot.mouseClick(view.mark_button, Qt.MouseButton.LeftButton)

    (kept,) = submissions.list_submissions(demo_session.workspace)
    assert warnings_shown and "kept in the database" in warnings_shown[0] and "save a copy" in warnings_shown[0]
    assert not view.mark_button.isEnabled(), "the same export is not submitted twice"
    assert kept["file_name"] == "plan.pdf"
