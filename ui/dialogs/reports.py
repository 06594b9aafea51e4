"""Marking an exported document as submitted to the 1540 Committee."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.changes import Changes
from app.errors import DatabaseError, UserError, ValidationError
from app.exports.service import ExportResult
from app.exports.submit import export_submitted
from ui import formats
from ui.i18n import isolate
from ui.labels import validation_message
from ui.session import Session
from ui.widgets.fit import fit_to_screen


class MarkSubmittedDialog(QDialog):
    """Date, note verbale reference and a note for one exported file; Save keeps it as submitted."""

    def __init__(
        self, session: Session, result: ExportResult, document: str, reference: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("markSubmittedDialog")
        self.setWindowTitle(self.tr("Mark as submitted"))
        self.session = session
        self.chosen = result
        self.submission_id: int | None = None
        self.written: ExportResult | None = None  # the document as written again to be kept as submitted

        what = QLabel(
            self.tr("Document: %1\nFile: %2").replace("%1", document).replace("%2", isolate(result.path.name))
        )
        what.setObjectName("submittedDocument")
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)

        self.date_edit = QDateEdit(QDate(clock.today()))
        self.date_edit.setObjectName("submittedOn")
        self.date_edit.setCalendarPopup(True)
        formats.set_date_format(self.date_edit)
        self.date_edit.setMaximumDate(QDate(clock.today()))  # a document is never submitted in the future
        self.reference_edit = QLineEdit(reference)
        self.reference_edit.setObjectName("submissionReference")
        self.reference_edit.setMaxLength(200)
        self.reference_edit.setPlaceholderText(self.tr("e.g. the reference of the note verbale"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("submissionNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(80)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Date submitted"), self.date_edit)
        form.addRow(self.tr("Note verbale reference"), self.reference_edit)
        form.addRow(self.tr("Note"), self.note_edit)

        explanation = QLabel(
            self.tr(
                "The document is written again to the same file from the data as it is now (a report or a request "
                "with the note verbale number and the date typed here), then kept in the database exactly as written, "
                "with a copy of the data behind it. A submitted document is read-only: it cannot be changed or deleted "
                "afterwards. A later report can then list only the changes since this one."
            )
        )
        explanation.setObjectName("submittedExplanation")
        explanation.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: 600;")
        self.error_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Mark as submitted"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, self.sizeHint().height())

    def values(self) -> dict:
        return {
            "submitted_on": self.date_edit.date().toString("yyyy-MM-dd"),
            "reference": self.reference_edit.text().strip(),
            "note": self.note_edit.toPlainText().strip(),
        }

    def save(self) -> None:
        result, values = self.chosen, self.values()
        if values["submitted_on"] > clock.today_iso():  # the day changed while the dialog was open
            self.date_edit.setMaximumDate(QDate(clock.today()))
        try:
            self._write(result, values)
        except ValidationError as exc:
            names = {"submitted_on": self.tr("Date submitted"), "reference": self.tr("Note verbale reference")}
            self.error_label.setText(validation_message(exc.code, names.get(exc.field, exc.field)))
            self.error_label.show()
            return
        except (UserError, DatabaseError, OSError) as exc:
            if self.submission_id is not None:  # kept as submitted, but the file could not be put in place: say so
                QMessageBox.warning(self, self.tr("Mark as submitted"), str(exc))
                self.accept()
                return
            QMessageBox.warning(
                self,
                self.tr("Not marked as submitted"),
                self.tr("The document could not be marked as submitted: %1").replace("%1", str(exc)),
            )
            return
        self.accept()

    def _write(self, result: ExportResult, values: dict) -> None:
        """Write the document again with the number and date typed, check it, keep it as submitted, put it in place."""

        def record(operation: Callable[..., Changes[int]], *args: object, **kwargs: object) -> Changes[int]:
            changes = self.session.run(operation, *args, **kwargs)
            self.submission_id = changes.value  # recorded, even if putting the file in place fails after
            return changes

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.written, self.submission_id = export_submitted(
                self.session.workspace,
                result.kind,
                result.fmt,
                result.lang,
                result.path,
                submitted_on=values["submitted_on"],
                reference=values["reference"],
                note=values["note"],
                scope=result.scope,
                request_id=result.request_id,
                run=record,
            )
        finally:
            QApplication.restoreOverrideCursor()
