"""A new workbook for an agency: which fields it answers, in which language, by when, with a note."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import agencies, clock, matrix
from app.errors import DatabaseError, UserError
from app.interchange import agency_workbook as aw
from app.interchange.agency_workbook import AgencyWorkbookInfo
from ui import formats
from ui.i18n import isolate, language_combo
from ui.session import Session
from ui.style import tone
from ui.widgets.fit import fit_to_screen, wrapping_check_box
from ui.widgets.folders import remember_folder, start_folder
from ui.widgets.record_panel import wait_cursor

NOTE_LIMIT = 2000
DEFAULT_REPLY_DAYS = 30
FOLDER_KEY = "workbooks"  # workbooks written and read share their last folder, apart from the reports'


def agency_label(agency: dict) -> str:
    if not agency.get("acronym"):
        return agency["name"]
    return f"{isolate(agency['name'], auto=True)} ({isolate(agency['acronym'], auto=True)})"


class NewWorkbookDialog(QDialog):
    """Choose the agency and the fields, then where to save; the workbook is written and recorded as awaited."""

    def __init__(self, session: Session, language: str, parent: QWidget | None = None, agency_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("newWorkbookDialog")
        self.setWindowTitle(self.tr("New workbook for an agency"))
        self.session, self.language = session, language
        self.info: AgencyWorkbookInfo | None = None
        ws = session.workspace
        self.agencies = session.read(agencies.list_agencies)

        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "The agency receives an Excel workbook with the fields chosen here and what they hold now. It fills in "
                "the white cells and sends the file back; you then import it and accept the changes one by one."
            )
        )
        explanation.setObjectName("workbookExplanation")
        explanation.setWordWrap(True)
        layout.addWidget(explanation)

        if not self.agencies:
            self.empty_label = QLabel(
                self.tr(
                    "No agency is recorded yet. Add the agencies under “Agencies and contacts” first: a workbook is "
                    "always sent to one of them."
                )
            )
            self.empty_label.setObjectName("noAgency")
            self.empty_label.setWordWrap(True)
            self.empty_label.setStyleSheet("font-weight: 600;")
            layout.addWidget(self.empty_label)
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            self.buttons.rejected.connect(self.reject)
            layout.addWidget(self.buttons)
            self.create_button = None
            fit_to_screen(self, 480, self.sizeHint().height())
            return

        self.agency_combo = QComboBox()
        self.agency_combo.setObjectName("workbookAgency")
        self.agency_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agency_combo.setMinimumContentsLength(30)
        for agency in self.agencies:
            self.agency_combo.addItem(agency_label(agency), agency["id"])
        if agency_id is not None:
            self.agency_combo.setCurrentIndex(max(0, self.agency_combo.findData(agency_id)))

        self.section_boxes: dict[str, QCheckBox] = {}
        fields_box = QWidget()
        fields_layout = QVBoxLayout(fields_box)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.setSpacing(2)
        for section in matrix.sections(ws, language):
            box = QCheckBox(self.tr("Section %1: %2").replace("%1", section["key"]).replace("%2", section["label"]))
            box.setObjectName(f"section{section['key']}")
            box.setChecked(True)
            box.setToolTip(box.text())
            self.section_boxes[section["key"]] = box
            fields_layout.addWidget(wrapping_check_box(box))
        self.responsible_only = QCheckBox(self.tr("Only the fields this agency is responsible for"))
        self.responsible_only.setObjectName("responsibleOnly")
        self.responsible_only.setToolTip(self.tr("The fields for which the matrix names this agency as responsible."))
        fields_layout.addSpacing(4)
        fields_layout.addWidget(self.responsible_only)
        self.count_label = QLabel()
        self.count_label.setObjectName("fieldCount")
        self.count_label.setWordWrap(True)
        self.count_label.setStyleSheet("font-weight: 600;")
        fields_layout.addWidget(self.count_label)

        self.language_combo = language_combo("workbookLanguage", language)

        self.reply_check = QCheckBox(self.tr("Ask for a reply by"))
        self.reply_check.setObjectName("askReply")
        self.reply_check.setChecked(True)
        self.reply_date = QDateEdit(QDate(clock.today()).addDays(DEFAULT_REPLY_DAYS))
        self.reply_date.setObjectName("replyBy")
        self.reply_date.setCalendarPopup(True)
        formats.set_date_format(self.reply_date)
        self.reply_date.setMinimumDate(QDate(clock.today()))
        reply_box = QWidget()
        reply_layout = QHBoxLayout(reply_box)
        reply_layout.setContentsMargins(0, 0, 0, 0)
        reply_layout.addWidget(self.reply_check)
        reply_layout.addWidget(self.reply_date)
        reply_layout.addStretch(1)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("workbookNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(90)
        self.note_edit.setPlaceholderText(
            self.tr("Shown on the first sheet of the workbook, e.g. what to check first.")
        )
        self.note_count = QLabel()
        self.note_count.setObjectName("noteCount")
        note_box = QWidget()
        note_layout = QVBoxLayout(note_box)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_layout.setSpacing(2)
        note_layout.addWidget(self.note_edit)
        note_layout.addWidget(self.note_count, 0, Qt.AlignmentFlag.AlignRight)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Agency"), self.agency_combo)
        form.addRow(self.tr("Fields"), fields_box)
        form.addRow(self.tr("Language of the workbook"), self.language_combo)
        form.addRow(self.tr("Reply"), reply_box)
        form.addRow(self.tr("Note to the agency"), note_box)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.create_button.setText(self.tr("Create the workbook…"))
        self.create_button.setObjectName("createWorkbook")
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._count = 0  # how many fields the choices cover, counted again only when a choice changes
        self.agency_combo.currentIndexChanged.connect(self._update)
        for box in self.section_boxes.values():
            box.toggled.connect(self._update)
        self.responsible_only.toggled.connect(self._update)
        self.reply_check.toggled.connect(self.reply_date.setEnabled)
        self.note_edit.textChanged.connect(self._update_note)  # typing does not query the matrix again
        self._update()
        fit_to_screen(self, max(620, self.sizeHint().width()), self.sizeHint().height())

    # -- the choices -------------------------------------------------------------------------------
    def agency_id(self) -> int | None:
        return self.agency_combo.currentData() if self.agencies else None

    def sections(self) -> list[str]:
        return [key for key, box in self.section_boxes.items() if box.isChecked()]

    def field_keys(self) -> list[str]:
        sections = self.sections()
        if not sections or self.agency_id() is None:
            return []
        responsible = self.agency_id() if self.responsible_only.isChecked() else None
        return self.session.read(aw.field_keys_for, sections, responsible)

    def due_on(self) -> str | None:
        return self.reply_date.date().toString("yyyy-MM-dd") if self.reply_check.isChecked() else None

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def _update(self, *_):
        """Count the fields the agency, sections and responsibility choices cover."""
        self._count = count = len(self.field_keys())
        if count:
            self.count_label.setText(self.tr("%n field(s) will be sent.", "", count))
            self.count_label.setStyleSheet("font-weight: 600;")
        else:
            self.count_label.setText(
                self.tr("No field: tick at least one section.")
                if not self.sections()
                else self.tr("No field of these sections names this agency as responsible.")
            )
            self.count_label.setStyleSheet(f"font-weight: 600; color: {tone('#b00020').name()};")
        self._update_note()

    def _update_note(self, *_):
        """The note's character counter and the button, from the field count already made."""
        length = len(self.note())
        self.note_count.setText(self.tr("%1 / %n character(s)", "", NOTE_LIMIT).replace("%1", formats.number(length)))
        self.note_count.setStyleSheet(f"color: {tone('#b00020' if length > NOTE_LIMIT else '#5b6773').name()};")
        self.create_button.setEnabled(self._count > 0 and length <= NOTE_LIMIT)

    # -- writing -----------------------------------------------------------------------------------
    def create(self) -> AgencyWorkbookInfo | None:
        """Ask where to save, then write and record the workbook; a failure records nothing."""
        keys = self.field_keys()
        if not keys or len(self.note()) > NOTE_LIMIT:
            return None
        agency = next(a for a in self.agencies if a["id"] == self.agency_id())
        name = self.session.read(aw.default_file_name, agency.get("acronym") or agency["name"])
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the workbook for %1").replace("%1", agency["name"]),
            str(Path(start_folder(FOLDER_KEY)) / name),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not chosen:
            return None
        remember_folder(FOLDER_KEY, chosen)
        try:
            with wait_cursor():
                info = self.session.run(
                    aw.export_agency_workbook,
                    agency["id"],
                    keys,
                    chosen,
                    lang=self.language_combo.currentData(),
                    due_on=self.due_on(),
                    note=self.note(),
                    overwrite=True,
                ).value  # the save dialog asked before replacing a file
        except (UserError, OSError, DatabaseError) as exc:  # the cursor is restored before the message
            QMessageBox.warning(
                self,
                self.tr("Workbook not created"),
                self.tr("The workbook could not be written: %1\n\nNothing was recorded.").replace(
                    "%1", str(exc) or type(exc).__name__
                ),
            )
            return None
        self.info = info
        self.accept()
        return info
