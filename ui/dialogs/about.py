"""Help › About / diagnostics: what the application is, and the technical details support asks for, to copy."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, APP_VERSION, matrix_template
from app.workspace import Workspace
from ui import formats
from ui.i18n import LANGUAGE_NAMES, isolate, translation_status


class AboutDialog(QDialog):
    """The application and its data in a sentence; below, the details for support, with a Copy button."""

    def __init__(self, workspace: Workspace, language: str, about_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        text = QLabel(about_text)
        text.setWordWrap(True)
        self.details = QPlainTextEdit(self.details_text(workspace, language))
        self.details.setObjectName("diagnostics")
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setMinimumHeight(150)
        box = QGroupBox(self.tr("Details for support"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy the details"))
        self.copy_button.setObjectName("copyDiagnostics")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(box, 1)
        layout.addWidget(buttons)
        self.resize(560, 440)

    def details_text(self, ws: Workspace, language: str) -> str:
        info = ws.storage_info()
        status = translation_status(language)
        if status.lang == "en":
            interface = LANGUAGE_NAMES.get("en", "English")
        else:
            interface = (
                self.tr("%1, %2 of %3 messages translated")
                .replace("%1", LANGUAGE_NAMES.get(status.lang, status.lang))
                .replace("%2", formats.number(status.finished))
                .replace("%3", formats.number(status.total))
            )
        rows = (
            (self.tr("Version"), f"{APP_NAME} {APP_VERSION}"),
            (self.tr("Database file"), str(ws.path)),
            (self.tr("Schema version"), f"{info.schema_version} / {info.latest_schema_version}"),
            (self.tr("Journal mode"), info.journal_mode.upper()),
            (self.tr("Matrix template"), matrix_template.current_version(ws) or "—"),
            ("SQLite", info.sqlite_version),
            ("Qt / PySide", f"{qVersion()} / {PySide6.__version__}"),
            ("Python", platform.python_version()),
            (self.tr("System"), platform.platform()),
            (self.tr("Interface language"), interface),
        )
        self.plain_details = "\n".join(f"{name}: {value}" for name, value in rows)  # what is copied, unmarked
        # Shown: each value (a path, versions) kept left to right inside a right-to-left line.
        return "\n".join(f"{name}: {isolate(value, auto=True)}" for name, value in rows)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.plain_details)
        self.copy_button.setText(self.tr("Copied"))
