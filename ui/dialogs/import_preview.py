"""What an imported workbook would change, change by change; only the changes left ticked are applied."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import DatabaseError, UserError
from app.interchange import importing
from app.interchange.importing import ImportPreview, ImportResult
from ui.i18n import isolate
from ui.models.import_change_model import ConflictFilterProxy, ImportChangeModel, field_places
from ui.session import Session
from ui.widgets.fit import fit_columns, fit_to_screen
from ui.widgets.record_panel import wait_cursor

# Widest each column starts (it fits its contents up to this); the last column, the conflict, takes the rest.
_WIDTHS = {"where": 190, "item": 270, "part": 130, "old": 180, "new": 180, "baseline": 150}


class ImportPreviewDialog(QDialog):
    """The preview of one workbook: a summary, the notices, and the changes to tick or untick."""

    def __init__(self, session: Session, preview: ImportPreview, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.session, self.preview = session, preview
        self.import_result: ImportResult | None = None
        agency = preview.kind == "agency"
        self.setWindowTitle(self.tr("Import from %1").replace("%1", preview.path.name))

        self.summary_label = QLabel(self.summary())
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notices_label = QLabel("\n".join("⚠ " + n for n in preview.notices))
        self.notices_label.setObjectName("importNotices")
        self.notices_label.setWordWrap(True)
        self.notices_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notices_label.setStyleSheet(
            "color: #7a5b00; background: #fff3cd; border: 1px solid #e6c766; border-radius: 4px; padding: 4px 6px;"
        )
        self.notices_label.setVisible(bool(preview.notices))
        conflicts = len(preview.conflicts)
        if agency:
            conflict_text = self.tr(
                "⚠ %n change(s) conflict with a change made here since the workbook was sent: they "
                "are not ticked. Tick one to replace what the database holds now.",
                "",
                conflicts,
            )
        else:
            conflict_text = self.tr(
                "⚠ %n change(s) would replace an answer the database already holds: they are not "
                "ticked. Tick one to replace what the database holds now.",
                "",
                conflicts,
            )
        self.conflict_label = QLabel(conflict_text)
        self.conflict_label.setObjectName("conflictExplanation")
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setStyleSheet("color: #8a4b00;")
        self.conflict_label.setVisible(conflicts > 0)
        how = QLabel(
            self.tr(
                "Nothing has changed yet. Untick what should not be applied, then press “Apply”. "
                "Every change applied is recorded in the history with the file it came from."
            )
        )
        how.setWordWrap(True)
        how.setStyleSheet("color: #5b6773;")

        places = session.read(field_places, [c.field_key for c in preview.changes], language)
        self.model = ImportChangeModel(preview.changes, with_baseline=agency, places=places, parent=self)
        self.proxy = ConflictFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("importChanges")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(self.model.column_of("reason"), not conflicts)
        fit_columns(self.table)
        for key, width in _WIDTHS.items():
            if key in self.model.keys:
                column = self.model.column_of(key)
                self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 12, width))

        self.select_all_button = QPushButton(self.tr("Select all"))
        self.select_all_button.setObjectName("selectAll")
        self.select_none_button = QPushButton(self.tr("Select none"))
        self.select_none_button.setObjectName("selectNone")
        for button in (self.select_all_button, self.select_none_button):
            button.setAutoDefault(False)
        self.conflicts_only = QCheckBox(self.tr("Conflicts only"))
        self.conflicts_only.setObjectName("conflictsOnly")
        self.conflicts_only.setEnabled(conflicts > 0)
        tools = QHBoxLayout()
        tools.addWidget(self.select_all_button)
        tools.addWidget(self.select_none_button)
        tools.addSpacing(12)
        tools.addWidget(self.conflicts_only)
        tools.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setObjectName("applyChanges")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply_changes)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.notices_label)
        layout.addWidget(self.conflict_label)
        layout.addWidget(how)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        self.select_all_button.clicked.connect(lambda: self._check_shown(True))
        self.select_none_button.clicked.connect(lambda: self._check_shown(False))
        self.conflicts_only.toggled.connect(self.proxy.set_conflicts_only)
        self.model.checked_changed.connect(self._update)
        self._update()
        fit_to_screen(self, 1280, 640)

    def summary(self) -> str:
        p = self.preview
        if p.kind == "agency":
            source = self.tr("Workbook returned by %1").replace("%1", p.source)
        else:
            source = self.tr("The Committee's matrix, in the Committee's layout")
        facts = [
            self.tr("%n field(s) read", "", p.fields_read),
            self.tr("%n change(s) in %1", "", len(p.changes)).replace(
                "%1", self.tr("%n field(s)", "in N fields", p.fields_changed)
            ),
            self.tr("%n conflict(s)", "", len(p.conflicts)),
        ]
        if p.already:
            facts.append(self.tr("%n already in the database", "", p.already))
        return self.tr("File: %1").replace("%1", isolate(p.path.name)) + "\n" + source + "\n" + " · ".join(facts)

    def _check_shown(self, on: bool) -> None:
        rows = [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in range(self.proxy.rowCount())]
        self.model.set_checked(rows, on)

    def _update(self, *_):
        count = self.model.checked_count()
        self.apply_button.setText(self.tr("Apply %n selected change(s)", "", count))
        self.apply_button.setEnabled(count > 0)

    def apply_changes(self) -> ImportResult | None:
        """Write the ticked changes in one go; if anything fails, nothing is written and the dialog closes."""
        accepted = self.model.accepted_ids()
        if not accepted:
            return None
        try:
            with wait_cursor():
                result = self.session.run(importing.apply, self.preview, accepted).value
        except (UserError, OSError, DatabaseError) as exc:  # the cursor is restored before the message
            QMessageBox.warning(self, self.tr("Nothing imported"), str(exc) or type(exc).__name__)
            self.reject()
            return None
        self.import_result = result
        self.accept()
        return result
