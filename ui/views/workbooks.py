"""Agency workbooks: send the matrix fields an agency answers for as an Excel workbook, import what comes
back (or the Committee's matrix typed into Excel), and see which workbooks are still awaited."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.errors import UserError
from app.interchange import agency_workbook as aw
from app.interchange import importing
from app.interchange.importing import ImportPreview, ImportRefused, ImportResult
from app.interchange.safe_workbook import WorkbookRefused
from ui import formats
from ui.dialogs.agency_workbook import FOLDER_KEY, NewWorkbookDialog
from ui.dialogs.import_preview import ImportPreviewDialog
from ui.i18n import isolate
from ui.models.workbook_table_model import WorkbookTableModel
from ui.session import Session
from ui.widgets.fit import fit_columns
from ui.widgets.folders import remember_folder, start_folder
from ui.widgets.record_actions import Deletion, confirm_and_apply
from ui.widgets.record_panel import select_row, wait_cursor


class WorkbooksView(QWidget):
    SHOWS = frozenset({"agency_workbook", "agency"})  # the workbooks sent, and the agency each was sent to

    def __init__(self, session: Session, language: str, parent=None):
        super().__init__(parent)
        self.setObjectName("workbooksView")
        self.session, self.language = session, language

        heading = QLabel(self.tr("Agency workbooks"))
        heading.setObjectName("viewHeading")
        intro = QLabel(
            self.tr(
                "A workbook is an Excel file that asks an agency to check and complete the matrix fields it knows about. "
                "The agency fills in the white cells and sends the file back to you. When you import it, you see every "
                "change it proposes next to what the database holds; nothing changes until you accept the changes."
            )
        )
        intro.setObjectName("workbooksIntro")
        intro.setWordWrap(True)
        committee = QLabel(
            self.tr(
                "The Committee's matrix can be imported the same way: the matrix as the 1540 Committee published it for "
                "your State, typed into Excel in the Committee's layout (the Excel export of the matrix from “Reports and "
                "exports” has that layout and serves as the blank form)."
            )
        )
        committee.setObjectName("committeeIntro")
        committee.setWordWrap(True)
        committee.setStyleSheet("color: #44515e;")

        self.new_button = QPushButton(self.tr("New workbook for an agency…"))
        self.new_button.setObjectName("newWorkbook")
        self.new_button.setToolTip(
            self.tr("Choose the agency and the fields; the workbook is saved where you say, ready to send by e-mail.")
        )
        self.import_button = QPushButton(self.tr("Import a returned workbook…"))
        self.import_button.setObjectName("importWorkbook")
        self.import_button.setToolTip(self.tr("Read a workbook an agency sent back and see what it would change."))
        self.committee_button = QPushButton(self.tr("Import the Committee's matrix…"))
        self.committee_button.setObjectName("importCommitteeMatrix")
        self.committee_button.setToolTip(
            self.tr(
                "Read the Committee's matrix for your State, typed into Excel in the Committee's layout (one sheet per "
                "section A to D), and see what it would change."
            )
        )
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.withdraw_button.setObjectName("withdrawWorkbook")
        self.withdraw_button.setToolTip(
            self.tr("Stop waiting for the selected workbook: it can no longer be imported.")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.committee_button)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)

        self.status_label = QLabel()
        self.status_label.setObjectName("workbookStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setStyleSheet("color: #1f5c3a; font-weight: 600;")
        self.status_label.hide()

        self.model = WorkbookTableModel(session, self)
        self.table = QTableView()
        self.table.setObjectName("workbookTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty_label = QLabel(
            self.tr("No workbook has been sent yet. Press “New workbook for an agency…” to prepare the first one.")
        )
        self.empty_label.setObjectName("workbooksEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #5b6773;")
        sent = QLabel(self.tr("Workbooks sent"))
        sent.setObjectName("panelHeading")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(committee)
        layout.addSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addSpacing(6)
        layout.addWidget(sent)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

        self.new_button.clicked.connect(self.new_workbook)
        self.import_button.clicked.connect(lambda: self.import_workbook("agency"))
        self.committee_button.clicked.connect(lambda: self.import_workbook("committee"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        session.changed.connect(self._on_changed)
        self.reload()

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        chosen = self.selected_workbook()
        self.model.reload()
        fit_columns(self.table)
        for column in range(self.model.columnCount() - 1):  # the file name takes the rest of the width
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 16, 360))
        if chosen is not None:
            self.select_id(chosen["id"])
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(self.SHOWS):
            self.reload()

    def selected_workbook(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_record(rows[0].row()) if rows else None

    def select_id(self, workbook_id: int) -> None:
        row = self.model.row_of_id(workbook_id)
        if row >= 0:
            select_row(self.table, row)

    def select_record(self, workbook_id: int) -> bool:
        """Show a workbook selected (from the overview)."""
        self.select_id(workbook_id)
        self.table.setFocus()
        record = self.selected_workbook()
        return record is not None and record["id"] == workbook_id

    def _update_buttons(self, *_):
        record = self.selected_workbook()
        self.withdraw_button.setEnabled(record is not None and record["status"] == "pending")

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()
        window = self.window()
        if hasattr(window, "statusBar") and window is not self:
            window.statusBar().showMessage(text, 10000)

    # -- sending -----------------------------------------------------------------------------------
    def new_workbook(self) -> aw.AgencyWorkbookInfo | None:
        dialog = NewWorkbookDialog(self.session, self.language, self)
        dialog.exec()
        info = dialog.info
        if info is None:
            return None
        self.select_id(info.id)
        self._say(
            self.tr(
                "Workbook for %1 written to %2 (%3). Send it to the agency; when it comes back, use "
                "“Import a returned workbook…”."
            )
            .replace("%1", info.agency)
            .replace("%2", isolate(str(info.path)))
            .replace("%3", self.tr("%n field(s)", "", info.fields))
        )
        return info

    def withdraw(self) -> bool:
        record = self.selected_workbook()
        if record is None or record["status"] != "pending":
            return False
        return confirm_and_apply(
            self,
            self.session,
            Deletion(
                self.tr("Withdraw the workbook"),
                self.tr(
                    "Stop waiting for the workbook sent to %1 on %2? It can no longer be imported "
                    "afterwards; the answers in the database do not change."
                )
                .replace("%1", record["agency_name"])
                .replace("%2", formats.utc_day(record["exported_at"], self.language)),
                aw.withdraw,
                (record["id"],),
            ),
        )

    # -- importing -----------------------------------------------------------------------------------
    def import_workbook(self, kind: str = "agency") -> ImportResult | None:
        """Choose a file and import it (`kind` only changes what the file chooser says)."""
        if kind == "committee":
            title = self.tr("Import the Committee's matrix (Excel, in the Committee's layout)")
        else:
            title = self.tr("Import a workbook returned by an agency")
        chosen, _ = QFileDialog.getOpenFileName(
            self, title, start_folder(FOLDER_KEY), self.tr("Excel workbooks (*.xlsx);;All files (*)")
        )
        if not chosen:
            return None
        remember_folder(FOLDER_KEY, chosen)
        return self.import_file(chosen)

    def read(self, path: str | Path) -> ImportPreview | None:
        """Read and check the whole file; a refused file is explained and nothing changes."""
        try:
            with wait_cursor():
                preview = self.session.read(importing.read_workbook, path)
        except (ImportRefused, WorkbookRefused, UserError, OSError) as exc:  # wrong, damaged or hostile file
            self._refused(Path(path), exc)  # the cursor is restored before the message
            return None
        return preview

    def _refused(self, path: Path, exc: BaseException) -> None:
        summary = getattr(exc, "summary", None) or str(exc).split("\n", 1)[0] or type(exc).__name__
        problems = list(getattr(exc, "problems", None) or [])
        if isinstance(exc, OSError) and not isinstance(exc, UserError):
            summary = (
                self.tr("%1 could not be read: %2")
                .replace("%1", isolate(path.name))
                .replace("%2", exc.strerror or str(exc))
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("File not imported"), summary, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("importRefused")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("Nothing was changed."))
        if problems:
            box.setDetailedText("\n".join(problems))
        box.exec()

    def import_file(self, path: str | Path) -> ImportResult | None:
        preview = self.read(path)
        if preview is None:
            return None
        if not preview.changes:
            text = (
                self.tr("Nothing to import: %1 proposes no change to the data (%2).")
                .replace("%1", isolate(preview.path.name))
                .replace("%2", self.tr("%n field(s) read", "", preview.fields_read))
            )
            if preview.already:
                text += " " + self.tr("%n of its answers are already in the database.", "", preview.already)
            if preview.notices:
                text += "\n\n" + "\n".join(preview.notices)
            QMessageBox.information(self, self.tr("Nothing to import"), text)
            return None
        dialog = ImportPreviewDialog(self.session, preview, self.language, self)
        dialog.exec()
        result = dialog.import_result
        dialog.deleteLater()
        if result is None:
            return None
        text = (
            self.tr("%n change(s) imported in %1 from %2.", "", result.applied)
            .replace("%1", self.tr("%n field(s)", "in N fields", result.fields))
            .replace("%2", isolate(result.path.name))
        )
        if result.skipped:
            text += " " + self.tr("%n change(s) were not accepted.", "", result.skipped)
        self._say(text)
        if preview.workbook_id is not None:
            self.select_id(preview.workbook_id)
        QMessageBox.information(self, self.tr("Changes imported"), text)
        return result
