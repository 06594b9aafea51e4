"""Where to write a project package (a file or a folder), whether to encrypt it, and its new passphrase.

Used by the backup and the handover dialogs: a path field with "Choose…", a check box to encrypt, and,
once the dialog is accepted, the passphrase asked twice when encryption was chosen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PackageTarget(QWidget):
    """A path (a file to save, or with `folder` an existing folder) and "encrypt with a passphrase".

    `browse_title` titles the file dialog, `file_filter` lists the file types offered (files only);
    `encrypt_text` says what encrypting means here; `path_name` and `encrypt_name` are the object names of the
    path field and the check box.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        folder: bool,
        browse_title: str,
        encrypt_text: str,
        path_name: str,
        encrypt_name: str,
        file_filter: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.folder = folder
        self.browse_title, self.file_filter = browse_title, file_filter
        self.path_edit = QLineEdit(str(path))
        self.path_edit.setObjectName(path_name)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self.browse)
        self.encrypt_box = QCheckBox(encrypt_text)
        self.encrypt_box.setObjectName(encrypt_name)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.encrypt_box)

    def browse(self) -> None:
        if self.folder:
            chosen = QFileDialog.getExistingDirectory(self, self.browse_title, self.path_edit.text())
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.browse_title, self.path_edit.text(), self.file_filter)
        if chosen:
            self.path_edit.setText(chosen)

    def is_empty(self) -> bool:
        return not self.path_edit.text().strip()

    def path(self) -> Path:
        """The path as typed or chosen (spaces around it removed, ~ expanded)."""
        return Path(self.path_edit.text().strip()).expanduser()

    def encrypt(self) -> bool:
        return self.encrypt_box.isChecked()

    def passphrase(self, parent: QWidget | None = None) -> tuple[bool, str | None]:
        """(go on, passphrase): asked twice when encryption was chosen, else (True, None); (False, None) if cancelled."""
        if not self.encrypt():
            return True, None
        # Imported here: ui/dialogs/backups.py imports this module.
        from ui.dialogs.backups import PassphraseDialog

        ask = PassphraseDialog(parent or self.window(), confirm=True)
        if ask.exec() != PassphraseDialog.DialogCode.Accepted:
            return False, None
        return True, ask.value()
