"""Reports and exports: the four documents as PDF or Excel in the six UN languages, the report's own
text, marking a document as submitted, and the history of submissions.

An export runs in a background thread with its own database connection (SQLite connections stay in
the thread that opened them); the window stays responsive and the export can be cancelled, in
which case nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import assistance, state_profile, submissions
from app.changes import Changes
from app.errors import NotFoundError, UserError
from app.exports import service
from app.exports.service import ExportResult
from app.outputs import check_output_path
from ui import formats, labels
from ui.dialogs.forms import edit_report_text
from ui.dialogs.reports import MarkSubmittedDialog
from ui.i18n import LANGUAGE_NAMES, isolate, language_combo
from ui.labels import (
    EXPORT_FORMATS,
    EXPORT_STAGES,
    REPORT_CONTENTS,
    REPORT_DOCUMENTS,
    counts_text,
    document_label,
    report_tr,
)
from ui.models.submission_model import SubmissionTableModel
from ui.session import Session
from ui.widgets.fit import fit_columns
from ui.widgets.folders import remember_folder, start_folder
from ui.widgets.record_panel import select_row
from ui.workers.export import _RUNNING, ExportThread, _stop_running_exports

FOLDER_KEY = "reports"  # the folder of the last export or copy, apart from the workbooks'
PROGRESS_DELAY_MS = 300  # the progress dialog shows only for an export that takes longer than this


class ReportsView(QWidget):
    export_finished = Signal()  # after success, failure or cancellation (for tests and the status bar)
    # the documents submitted, the report's text (its type follows the profile's reporting dates), the requests
    SHOWS = frozenset({"submission", "report_settings", "assistance_request", "state_profile", "additional_report"})

    def __init__(self, session: Session, language: str, parent=None):
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.session, self.language = session, language
        self.thread: ExportThread | None = None
        self.progress: QProgressDialog | None = None
        self.progress_delay_ms = PROGRESS_DELAY_MS
        self.export_gate: Callable[[str], None] | None = None  # tests hold an export with it (see ExportThread)
        self.last_result: ExportResult | None = None
        self._file_stamp: tuple[int, int] | None = None
        self._submitted_id: int | None = None

        heading = QLabel(self.tr("Reports and exports"))
        heading.setObjectName("viewHeading")
        intro = QLabel(
            self.tr(
                "Export the national report, the matrix, the action plan or an assistance request as "
                "PDF or Excel in any of the six UN languages. Every file is checked against the "
                "database before it is kept."
            )
        )
        intro.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self._build_export_box(), 1)
        right = QVBoxLayout()
        right.addWidget(self._build_result_box(), 1)
        right.addWidget(self._build_report_text_box())
        top.addLayout(right, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self._build_history_box(), 1)

        self._connect_controls()
        session.changed.connect(self._on_changed)
        app = QCoreApplication.instance()
        if app is not None and not app.property("un1540ExportsGuarded"):
            app.aboutToQuit.connect(_stop_running_exports)
            app.setProperty("un1540ExportsGuarded", True)
        self._show_result()
        self.reload()

    # -- building ---------------------------------------------------------------------------------
    def _build_export_box(self) -> QGroupBox:
        """The new export: document, request, contents, language, format, and the button."""
        self.document_combo = QComboBox()
        self.document_combo.setObjectName("exportDocument")
        for kind in service.KINDS:
            self.document_combo.addItem(report_tr(REPORT_DOCUMENTS[kind]), kind)
        self.request_combo = QComboBox()
        self.request_combo.setObjectName("exportRequest")
        self.request_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.request_combo.setMinimumContentsLength(24)
        self.full_radio = QRadioButton(self.tr("Full report"))
        self.full_radio.setObjectName("scopeFull")
        self.changes_radio = QRadioButton(self.tr("Changes since the last submitted report"))
        self.changes_radio.setObjectName("scopeChanges")
        self.full_radio.setChecked(True)
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.full_radio)
        self.scope_group.addButton(self.changes_radio)
        self.scope_box = scope_box = QWidget()
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        scope_layout.setSpacing(2)
        scope_layout.addWidget(self.full_radio)
        scope_layout.addWidget(self.changes_radio)
        self.language_combo = language_combo("exportLanguage", self.language)
        self.pdf_radio = QRadioButton(self.tr("PDF (to print or send)"))
        self.pdf_radio.setObjectName("formatPdf")
        self.xlsx_radio = QRadioButton(self.tr("Excel workbook"))
        self.xlsx_radio.setObjectName("formatXlsx")
        self.pdf_radio.setChecked(True)
        self.format_group = QButtonGroup(self)
        self.format_group.addButton(self.pdf_radio)
        self.format_group.addButton(self.xlsx_radio)
        format_box = QWidget()
        format_layout = QHBoxLayout(format_box)
        format_layout.setContentsMargins(0, 0, 0, 0)
        format_layout.addWidget(self.pdf_radio)
        format_layout.addWidget(self.xlsx_radio)
        format_layout.addStretch(1)
        self.contents_label = QLabel()
        self.contents_label.setObjectName("exportContents")
        self.contents_label.setWordWrap(True)
        self.contents_label.setTextFormat(Qt.TextFormat.PlainText)
        self.contents_label.setStyleSheet("color: #44515e;")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)

        self.export_form = QFormLayout()
        self.export_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.export_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.export_form.addRow(self.tr("Document"), self.document_combo)
        self.export_form.addRow(self.tr("Request"), self.request_combo)
        self.export_form.addRow(self.tr("Contents"), scope_box)
        self.export_form.addRow(self.tr("Language"), self.language_combo)
        self.export_form.addRow(self.tr("Format"), format_box)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.export_button)
        export_box = QGroupBox(self.tr("New export"))
        export_layout = QVBoxLayout(export_box)
        export_layout.addLayout(self.export_form)
        export_layout.addWidget(self.contents_label)
        export_layout.addStretch(1)
        export_layout.addLayout(export_row)
        return export_box

    def _build_result_box(self) -> QGroupBox:
        """The last export: where it was written, what the check found, and what can be done with it."""
        self.status_label = QLabel()
        self.status_label.setObjectName("exportStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_title = QLabel()
        self.result_title.setObjectName("exportResultTitle")
        self.result_title.setWordWrap(True)
        self.result_title.setTextFormat(Qt.TextFormat.PlainText)
        self.result_title.setStyleSheet("font-weight: 600;")
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path reads left to right
        self.summary_label = QLabel()
        self.summary_label.setObjectName("exportSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("exportWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.setStyleSheet(
            "color: #7a5b00; background: #fff3cd; border: 1px solid #e6c766; border-radius: 4px; padding: 4px 6px;"
        )
        self.open_button = QPushButton(self.tr("Open the file"))
        self.open_button.setObjectName("openExport")
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.setObjectName("showExportFolder")
        self.mark_button = QPushButton(self.tr("Mark as submitted…"))
        self.mark_button.setObjectName("markSubmitted")
        self.mark_button.setToolTip(self.tr("Keep this file, read-only, as the document sent to the 1540 Committee."))
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.open_button)
        result_buttons.addWidget(self.folder_button)
        result_buttons.addStretch(1)
        result_buttons.addWidget(self.mark_button)
        self.result_details = QWidget()
        details_layout = QVBoxLayout(self.result_details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.result_title)
        details_layout.addWidget(self.path_edit)
        details_layout.addWidget(self.summary_label)
        details_layout.addWidget(self.warnings_label)
        details_layout.addLayout(result_buttons)
        result_box = QGroupBox(self.tr("Last export"))
        result_layout = QVBoxLayout(result_box)
        result_layout.addWidget(self.status_label)
        result_layout.addWidget(self.result_details)
        result_layout.addStretch(1)
        return result_box

    def _build_report_text_box(self) -> QGroupBox:
        """A summary of the national report's own text and the button to edit it."""
        self.report_text_label = QLabel()
        self.report_text_label.setObjectName("reportTextSummary")
        self.report_text_label.setWordWrap(True)
        self.report_text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.report_text_button = QPushButton(self.tr("Report text…"))
        self.report_text_button.setObjectName("editReportText")
        self.report_text_button.setToolTip(
            self.tr(
                "The type of report, its reference and date, the national context and the other measures (OP 6 to 10)."
            )
        )
        text_box = QGroupBox(self.tr("Text of the national report"))
        text_layout = QHBoxLayout(text_box)
        text_layout.addWidget(self.report_text_label, 1)
        text_layout.addWidget(self.report_text_button, 0, Qt.AlignmentFlag.AlignTop)
        return text_box

    def _build_history_box(self) -> QGroupBox:
        """The documents marked as submitted, and saving a copy of one."""
        self.history_model = SubmissionTableModel(self.session, self)
        self.history = QTableView()
        self.history.setObjectName("submissionHistory")
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(False)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history_empty = QLabel(
            self.tr(
                "No document has been marked as submitted yet. After sending a document "
                "to the Committee, export it here and use “Mark as submitted…”."
            )
        )
        self.history_empty.setObjectName("historyEmpty")
        self.history_empty.setWordWrap(True)
        self.history_empty.setStyleSheet("color: #5b6773;")
        self.copy_button = QPushButton(self.tr("Save a copy…"))
        self.copy_button.setObjectName("saveSubmissionCopy")
        self.copy_button.setToolTip(self.tr("Write the document exactly as it was submitted to a file."))
        history_note = QLabel(
            self.tr("Submitted documents are kept in the database exactly as sent; they cannot be changed or deleted.")
        )
        history_note.setWordWrap(True)
        history_note.setStyleSheet("color: #5b6773;")
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(history_note, 1)
        history_buttons.addWidget(self.copy_button)
        history_box = QGroupBox(self.tr("Submitted documents"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history_empty)
        history_layout.addWidget(self.history, 1)
        history_layout.addLayout(history_buttons)
        return history_box

    def _connect_controls(self) -> None:
        """Each control to what it does."""
        self.document_combo.currentIndexChanged.connect(self._update_form)
        self.request_combo.currentIndexChanged.connect(self._update_form)
        self.scope_group.buttonToggled.connect(self._update_form)
        self.format_group.buttonToggled.connect(self._update_form)
        self.language_combo.currentIndexChanged.connect(self._update_form)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)
        self.mark_button.clicked.connect(self.mark_submitted)
        self.report_text_button.clicked.connect(self.edit_report_text)
        self.copy_button.clicked.connect(self.save_copy)
        self.history.doubleClicked.connect(lambda *_: self.save_copy())
        self.history.selectionModel().selectionChanged.connect(self._update_history_buttons)
        self.history_model.modelReset.connect(self._update_history_buttons)

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        ws = self.session.workspace
        chosen = self.request_combo.currentData()
        self.request_combo.blockSignals(True)
        self.request_combo.clear()
        for request in assistance.list_requests(ws):
            self.request_combo.addItem(
                f"#{request['id']} {request['title']} — {labels.request_status(request['status'])}", request["id"]
            )
        if not self.request_combo.count():
            self.request_combo.addItem(self.tr("No assistance request yet"), None)
        self.request_combo.setCurrentIndex(max(0, self.request_combo.findData(chosen)))
        self.request_combo.blockSignals(False)

        last = submissions.last_report_submission(ws)
        self._last_report_date = last["submitted_on"] if last else ""
        self.changes_radio.setEnabled(last is not None)
        if last is None:
            self.changes_radio.setToolTip(
                self.tr(
                    "Available once a national report has been marked as submitted: export the full report, send it, "
                    "then use “Mark as submitted…”."
                )
            )
            self.full_radio.setChecked(True)
        else:
            self.changes_radio.setToolTip(
                self.tr("Only the matrix fields changed since the report submitted on %1.").replace(
                    "%1", formats.day(last["submitted_on"], self.language)
                )
            )

        settings = submissions.report_settings(ws)
        kind = (
            self.tr("First national report")
            if settings["report_type"] == "first"
            else self.tr("Additional information (a later report)")
        )
        lines = [
            kind,
            self.tr("Reference: %1").replace("%1", settings["reference"] or "—"),
            self.tr("Date: %1").replace(
                "%1", formats.day(settings["report_date"], self.language) or self.tr("the day of the export")
            ),
            self.tr("Committee's note answered: %1").replace(
                "%1",
                " · ".join(
                    x
                    for x in (
                        isolate(settings["committee_note_reference"]) if settings["committee_note_reference"] else "",
                        formats.day(settings["committee_note_date"], self.language),
                    )
                    if x
                )
                or "—",
            ),
        ]
        self.report_text_label.setText("\n".join(lines))

        self.history_model.reload()
        fit_columns(self.history)
        for column in range(self.history_model.columnCount() - 1):  # the last one takes the rest of the width
            self.history.setColumnWidth(column, min(self.history.columnWidth(column) + 12, 320))
        has_rows = self.history_model.rowCount() > 0
        self.history_empty.setVisible(not has_rows)
        self._update_form()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(self.SHOWS):
            self.reload()

    def _update_form(self, *_):
        kind = self.kind()
        self.export_form.setRowVisible(self.request_combo, kind == "assistance")
        self.export_form.setRowVisible(self.scope_box, kind == "report")
        if kind == "report" and self.scope() == "changes":
            text = report_tr(REPORT_CONTENTS["report_changes"]).replace(
                "%1", formats.day(self._last_report_date, self.language)
            )
        else:
            text = report_tr(REPORT_CONTENTS[kind])
        if self.fmt() == "xlsx":
            text += " " + self.tr("In Excel, each part is a sheet; the first column holds each record's key.")
        self.contents_label.setText(text)
        self.request_combo.setToolTip(self.request_combo.currentText())  # long titles are cut in the box
        running = self.thread is not None
        ready = not (kind == "assistance" and self.request_combo.currentData() is None)
        self.export_button.setEnabled(ready and not running)
        self.export_button.setToolTip(
            self.tr("Write the chosen document to a file; it is read back and checked before it is kept.")
            if ready
            else self.tr("There is no assistance request to export yet.")
        )

    def _update_history_buttons(self, *_):
        self.copy_button.setEnabled(self.selected_submission() is not None)

    # -- the choices -------------------------------------------------------------------------------
    def kind(self) -> str:
        return self.document_combo.currentData()

    def scope(self) -> str:
        return (
            "changes"
            if (self.kind() == "report" and self.changes_radio.isChecked() and self.changes_radio.isEnabled())
            else "full"
        )

    def fmt(self) -> str:
        return "xlsx" if self.xlsx_radio.isChecked() else "pdf"

    def lang(self) -> str:
        return self.language_combo.currentData()

    def request_id(self) -> int | None:
        return self.request_combo.currentData() if self.kind() == "assistance" else None

    def choose(
        self,
        kind: str,
        fmt: str | None = None,
        lang: str | None = None,
        scope: str | None = None,
        request_id: int | None = None,
    ) -> None:
        """Set the export choices as a user would (tests, and other views sending the user here)."""
        self.document_combo.setCurrentIndex(self.document_combo.findData(kind))
        if fmt:
            (self.xlsx_radio if fmt == "xlsx" else self.pdf_radio).setChecked(True)
        if lang:
            self.language_combo.setCurrentIndex(self.language_combo.findData(lang))
        if scope:
            (self.changes_radio if scope == "changes" else self.full_radio).setChecked(True)
        if request_id is not None:
            self.request_combo.setCurrentIndex(self.request_combo.findData(request_id))

    # -- exporting ---------------------------------------------------------------------------------
    def start_export(self) -> None:
        if self.thread is not None:
            return
        kind, fmt, lang, scope, request_id = self.kind(), self.fmt(), self.lang(), self.scope(), self.request_id()
        profile = state_profile.get_profile(self.session.workspace) or {}
        name = service.default_file_name(
            kind, fmt, lang, profile.get("state_code") or "state", request_id=request_id, scope=scope
        )
        filters = self.tr("PDF documents (*.pdf)") if fmt == "pdf" else self.tr("Excel workbooks (*.xlsx)")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export %1").replace("%1", document_label(kind, scope, request_id)),
            str(Path(start_folder(FOLDER_KEY)) / name),
            filters,
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != f".{fmt}":
            out = out.with_name(out.name + f".{fmt}")
        try:  # never the database, its documents or a file the application keeps (checked again by the export)
            check_output_path(chosen, self.session.workspace.path)  # the database picked by mistake is refused,
            check_output_path(out, self.session.workspace.path)  # not quietly written beside it as ".pdf"
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return
        remember_folder(FOLDER_KEY, out)

        self.last_result = None
        self._submitted_id = None
        self.status_label.setText(self.tr("Exporting %1…").replace("%1", document_label(kind, scope, request_id)))
        self._show_result()
        thread = ExportThread(
            self.session.workspace.path, kind, fmt, lang, out, request_id=request_id, scope=scope, gate=self.export_gate
        )
        thread.progressed.connect(self._on_progress)
        thread.succeeded.connect(self._on_success)
        thread.failed.connect(self._on_failure)
        thread.was_cancelled.connect(self._on_cancelled)
        thread.finished.connect(self._on_thread_finished)
        _RUNNING.add(thread)
        thread.finished.connect(lambda t=thread: (_RUNNING.discard(t), t.deleteLater()))
        self.thread = thread

        progress = self.progress
        if progress is None:
            # One dialog for the view's life: deleting it while one of its own calls runs would crash.
            progress = QProgressDialog(self)
            progress.setObjectName("exportProgress")
            progress.setCancelButtonText(self.tr("Cancel"))
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setAutoClose(False)
            progress.setAutoReset(False)
            progress.setMinimumDuration(self.progress_delay_ms)
            progress.setMinimumWidth(420)
            progress.canceled.connect(self.cancel_export)
            self.progress = progress
        progress.reset()
        progress.setWindowTitle(self.tr("Exporting %1").replace("%1", document_label(kind, scope, request_id)))
        progress.setLabelText(self.tr("Preparing the export…"))
        progress.setRange(0, 4)
        progress.setValue(0)
        self._update_form()
        thread.start()

    def cancel_export(self) -> None:
        if self.thread is not None:
            self.thread.cancel_event.set()
            self.status_label.setText(self.tr("Cancelling the export…"))

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        progress = self.progress
        if progress is None or progress.wasCanceled() or self.thread is None:
            return
        # Label first: setValue() on a modal progress dialog processes events, which may finish the export.
        progress.setLabelText(report_tr(EXPORT_STAGES[stage]) if stage in EXPORT_STAGES else stage)
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, total))

    def _close_progress(self) -> None:
        if self.progress is not None:  # also stops the timer that would show it after a quick export
            self.progress.blockSignals(True)  # closing is not cancelling
            self.progress.reset()
            self.progress.hide()
            self.progress.blockSignals(False)

    def _on_thread_finished(self) -> None:
        self.thread = None
        self._close_progress()
        self._update_form()
        self.export_finished.emit()

    def _on_success(self, result: ExportResult) -> None:
        self._close_progress()
        self.last_result = result
        try:
            stat = result.path.stat()
            self._file_stamp = (stat.st_size, stat.st_mtime_ns)
        except OSError:
            self._file_stamp = None
        self.status_label.setText("")
        self._show_result()

    def _on_failure(self, message: str, unexpected: bool) -> None:
        self._close_progress()
        self.status_label.setText(self.tr("The export failed: nothing was written."))
        self._show_result()
        if unexpected:
            message = self.tr(
                "The export stopped because of an unexpected problem: %1\n\nNothing was written. "
                "Please report this problem."
            ).replace("%1", message)
        QMessageBox.warning(self, self.tr("Export failed"), message)

    def _on_cancelled(self) -> None:
        self._close_progress()
        self.status_label.setText(self.tr("Export cancelled: nothing was written."))
        self._show_result()

    def _show_result(self) -> None:
        result = self.last_result
        self.result_details.setVisible(result is not None)
        if result is None:
            if not self.status_label.text():
                self.status_label.setText(self.tr("Nothing exported yet. Choose a document, then press “Export…”."))
            self.status_label.show()
            return
        self.status_label.setVisible(bool(self.status_label.text()))
        self.result_title.setText(
            self.tr("Written and checked: %1").replace(
                "%1", document_label(result.kind, result.scope, result.request_id)
            )
        )
        self.path_edit.setText(str(result.path))
        self.path_edit.setCursorPosition(0)
        facts = [LANGUAGE_NAMES.get(result.lang, result.lang), report_tr(EXPORT_FORMATS[result.fmt])]
        if result.pages:
            facts.append(self.tr("%n page(s)", "", result.pages))
        lines = [
            " · ".join(facts),
            self.tr("Checked against the database: %1.").replace("%1", counts_text(result.kind, result.counts)),
        ]
        if self._submitted_id is not None:
            lines.append(self.tr("Marked as submitted: it is listed under “Submitted documents”."))
        self.summary_label.setText("\n".join(lines))
        self.warnings_label.setText("\n".join("⚠ " + w for w in result.warnings))
        self.warnings_label.setVisible(bool(result.warnings))
        exists = result.path.exists()
        self.open_button.setEnabled(exists)
        self.folder_button.setEnabled(exists)
        self.mark_button.setEnabled(exists and self._submitted_id is None)

    def open_file(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.path)))

    def show_folder(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.path.parent)))

    # -- submitting ----------------------------------------------------------------------------------
    def mark_submitted(self) -> int | None:
        result = self.last_result
        if result is None or self._submitted_id is not None:
            return None
        if not result.path.exists():
            QMessageBox.warning(
                self,
                self.tr("Mark as submitted"),
                self.tr("The file %1 is no longer there; export the document again.").replace(
                    "%1", isolate(str(result.path))
                ),
            )
            self._show_result()
            return None
        stat = result.path.stat()
        if self._file_stamp is not None and (stat.st_size, stat.st_mtime_ns) != self._file_stamp:
            answer = QMessageBox.question(
                self,
                self.tr("Mark as submitted"),
                self.tr(
                    "The file was changed after the export (it may have been opened and saved). Marking it as "
                    "submitted writes it again from the data: the changes made in the file are not kept. Continue?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        reference = self._note_number(result)
        dialog = MarkSubmittedDialog(
            self.session,
            result,
            document_label(result.kind, result.scope, result.request_id)
            + " — "
            + LANGUAGE_NAMES.get(result.lang, result.lang)
            + ", "
            + report_tr(EXPORT_FORMATS[result.fmt]),
            reference or "",
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        self._submitted_id = dialog.submission_id
        if dialog.written is not None:  # the document was written again, with its number and date
            self.last_result = dialog.written
            stat = dialog.written.path.stat()
            self._file_stamp = (stat.st_size, stat.st_mtime_ns)
        self._show_result()
        row = self.history_model.row_of_id(self._submitted_id)
        if row >= 0:
            select_row(self.history, row)
        return self._submitted_id

    def _note_number(self, result: ExportResult) -> str:
        """The note verbale number proposed at "Mark as submitted": the report's, or the request's own."""
        ws = self.session.workspace
        if result.kind == "report":
            return str(submissions.report_settings(ws)["reference"] or "")
        if result.kind == "assistance" and result.request_id is not None:
            try:
                return str(assistance.get_request(ws, result.request_id)["note_verbale_reference"] or "")
            except NotFoundError:  # deleted since the export
                return ""
        return ""

    # -- the report's text ---------------------------------------------------------------------------
    def edit_report_text(self) -> bool:
        return edit_report_text(self.session, self)

    # -- history ---------------------------------------------------------------------------------------
    def selected_submission(self) -> dict | None:
        rows = self.history.selectionModel().selectedRows()
        return self.history_model.row_record(rows[0].row()) if rows else None

    def save_copy(self) -> Path | None:
        record = self.selected_submission()
        if record is None:
            return None
        filters = self.tr("PDF documents (*.pdf)") if record["format"] == "pdf" else self.tr("Excel workbooks (*.xlsx)")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the submitted document"),
            str(Path(start_folder(FOLDER_KEY)) / record["file_name"]),
            filters,
        )
        if not chosen:
            return None
        remember_folder(FOLDER_KEY, chosen)
        try:
            out = self.session.read(submissions.save_document_copy, record["id"], chosen)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Copy not saved"), str(exc))
            return None
        self.status_label.setText(
            self.tr("Copy of the submitted document saved to %1").replace("%1", isolate(str(out)))
        )
        self.status_label.show()
        return out
