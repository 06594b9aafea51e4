"""The handover pack for a successor: where to write it, in which language, and whether to encrypt the package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import language_combo
from ui.widgets.package_target import PackageTarget
from ui.widgets.record_panel import error_label


class HandoverDialog(QDialog):
    def __init__(self, folder: Path, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Handover pack for a successor"))
        explanation = QLabel(
            self.tr(
                "Writes two files in the chosen folder: a PDF for the person who takes over (the State profile, agencies "
                "and contacts, submissions, open actions and requests, workbooks awaited from agencies, and where the "
                "evidence is), and the project package holding the whole database and every attached document. "
                "Give both to your successor; the package is restored with File › Restore from a backup."
            )
        )
        explanation.setWordWrap(True)
        self.destination = PackageTarget(
            folder,
            folder=True,
            browse_title=self.tr("Folder for the handover pack"),
            encrypt_text=self.tr("Encrypt the package with a passphrase (give the passphrase separately)"),
            path_name="handoverFolder",
            encrypt_name="handoverEncrypt",
        )
        self.folder_edit, self.encrypt_box = self.destination.path_edit, self.destination.encrypt_box
        self.language = language_combo("handoverLanguage", language)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), self.destination)
        form.addRow(self.tr("Language of the PDF"), self.language)
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Write the handover pack"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    def folder(self) -> Path:
        return self.destination.path()

    def lang(self) -> str:
        return self.language.currentData()

    def encrypt(self) -> bool:
        return self.destination.encrypt()

    def accept(self) -> None:
        if self.destination.is_empty() or not self.folder().is_dir():
            self.error_label.setText(self.tr("Choose an existing folder."))
            self.error_label.show()
            return
        super().accept()
