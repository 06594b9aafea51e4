"""Settings: interface language, where the data lives, backups."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import matrix_template
from ui.i18n import language_combo
from ui.session import Session


class SettingsView(QWidget):
    language_chosen = Signal(str)
    backup_requested = Signal()
    restore_requested = Signal()

    def __init__(self, session: Session, language: str, parent=None):
        super().__init__(parent)
        self.setObjectName("settingsView")
        self.session = session

        language_box = QGroupBox(self.tr("Language"))
        self.language_combo = language_combo("languageCombo", language)
        apply_button = QPushButton(self.tr("Apply"))
        apply_button.setObjectName("applyLanguage")
        apply_button.clicked.connect(lambda: self.language_chosen.emit(self.language_combo.currentData()))
        note = QLabel(
            self.tr(
                "The interface is complete in English and French; the other UN languages show "
                "English where a translation is still missing."
            )
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.language_combo, 1)
        row.addWidget(apply_button)
        box_layout = QVBoxLayout(language_box)
        box_layout.addLayout(row)
        box_layout.addWidget(note)

        data_box = QGroupBox(self.tr("Data"))
        ws = session.workspace
        self.path_label = QLabel(str(ws.path))
        self.path_label.setObjectName("databasePath")
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(data_box)
        form.addRow(self.tr("Database file"), self.path_label)
        info = ws.storage_info()
        form.addRow(
            self.tr("Schema version"),
            QLabel(f"{info.schema_version} / {info.latest_schema_version} · {info.journal_mode.upper()}"),
        )
        form.addRow(self.tr("Matrix template"), QLabel(matrix_template.current_version(ws) or "—"))
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ws.path.parent))))
        backup = QPushButton(self.tr("Back up…"))
        backup.setObjectName("backupButton")
        backup.clicked.connect(self.backup_requested)
        restore = QPushButton(self.tr("Restore from a backup…"))
        restore.clicked.connect(self.restore_requested)
        buttons = QHBoxLayout()
        for button in (open_folder, backup, restore):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(language_box)
        layout.addWidget(data_box)
        layout.addStretch(1)
