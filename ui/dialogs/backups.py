"""Backing up to a package, choosing a backup to restore, and asking for a package's passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import LANGUAGES
from app.backup_list import backups_dir, list_backups
from app.errors import UserError
from app.package import SUFFIX
from app.states import state_name
from ui import formats
from ui.widgets.fit import fit_to_screen
from ui.widgets.package_target import PackageTarget
from ui.widgets.record_panel import error_label, select_row


class PassphraseDialog(QDialog):
    """Asks for a passphrase; with `confirm`, twice. `check` refuses a wrong one before closing.

    `check` returns False for a wrong passphrase; a UserError it raises (a package made by a newer
    version, a damaged one) is shown as it is.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        confirm: bool,
        file_name: str = "",
        check: Callable[[str], bool] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Passphrase"))
        self._check = check
        if confirm:
            text = self.tr(
                "Choose a passphrase for the package. Keep it safe: without it nobody, not even you, "
                "can restore the package."
            )
        else:
            text = self.tr("“%1” is encrypted. Enter its passphrase.").replace("%1", file_name)
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation: QLineEdit | None = None
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        if confirm:
            self.confirmation = QLineEdit()
            self.confirmation.setObjectName("passphraseConfirmation")
            self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("Passphrase again"), self.confirmation)
        self.error_label = error_label("formError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _refuse(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        text = self.passphrase.text()
        if not text:
            return self._refuse(self.tr("Enter a passphrase."))
        if self.confirmation is not None and self.confirmation.text() != text:
            return self._refuse(self.tr("The two passphrases differ. Type the same passphrase twice."))
        if self._check is not None:
            try:
                right = self._check(text)
            except UserError as exc:
                return self._refuse(str(exc))
            if not right:
                return self._refuse(self.tr("The passphrase is wrong, or the package is damaged."))
        super().accept()

    def value(self) -> str:
        return self.passphrase.text()


class BackupDialog(QDialog):
    """Where to write the package, and whether to encrypt it."""

    def __init__(self, suggested: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Back up"))
        explanation = QLabel(
            self.tr(
                "The backup is one file holding the whole database and every attached document. "
                "Keep it on another disk or a USB key."
            )
        )
        explanation.setWordWrap(True)
        self.destination = PackageTarget(
            suggested,
            folder=False,
            browse_title=self.tr("Back up the database"),
            file_filter=self.tr("Project packages (*.un1540)"),
            encrypt_text=self.tr("Encrypt with a passphrase"),
            path_name="backupPath",
            encrypt_name="encryptBackup",
        )
        self.path_edit, self.encrypt_box = self.destination.path_edit, self.destination.encrypt_box
        self.error_label = error_label("formError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Back up"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.destination)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def typed(self) -> Path:
        """The file as typed or chosen, before the package suffix is added."""
        return self.destination.path()

    def target(self) -> Path:
        """The file to write, with the package suffix added if it was left out."""
        path = self.typed()
        return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)

    def accept(self) -> None:
        if self.destination.is_empty():
            self.error_label.setText(self.tr("Choose where to write the backup."))
            self.error_label.show()
            return
        super().accept()

    def encrypt(self) -> bool:
        return self.destination.encrypt()


class RestoreDialog(QDialog):
    """The daily backups of the open database, newest first, or another file to restore."""

    def __init__(self, db_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.chosen: Path | None = None
        self.entries = list_backups(db_path)
        explanation = QLabel(
            self.tr(
                "A backup of this database is made every day when the application starts. "
                "Choose one, or another backup file. Your current data is kept aside first."
            )
        )
        explanation.setWordWrap(True)
        self.table = QTableWidget(len(self.entries), 4)
        self.table.setObjectName("backupList")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Size"), self.tr("State"), self.tr("Checked")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (
            0,
            1,
            3,
        ):  # date, size and whether it was checked are read whole; the State's name takes the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lang = QLocale().name()[:2]
        lang = lang if lang in LANGUAGES else "en"
        for row, entry in enumerate(self.entries):
            state = (
                self.tr("Damaged: %1").replace("%1", entry.problem)
                if entry.problem
                else state_name(entry.state_code, lang)
                if entry.state_code
                else "—"
            )
            checked = (
                self.tr("Damaged")
                if entry.problem
                else self.tr("Sound (integrity checked)")
                if entry.good
                else self.tr("Not checked (older version; checked when restored)")
            )
            for column, text in enumerate(
                (formats.day(entry.day, lang), formats.size(entry.size, lang), state, checked)
            ):
                item = QTableWidgetItem(text)
                if entry.problem:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
                    item.setToolTip(entry.problem)
                self.table.setItem(row, column, item)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda *_: self.restore_selected())
        self.empty_label = QLabel(
            self.tr("There is no daily backup of this database yet (folder: %1).").replace(
                "%1", str(backups_dir(db_path))
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not self.entries)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreSelected")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton(self.tr("Other file…"))
        self.other_button.setObjectName("restoreOtherFile")
        self.other_button.clicked.connect(self.choose_other)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 420)
        self._folder = db_path.parent
        first = next((row for row, entry in enumerate(self.entries) if not entry.problem), None)
        if first is not None:
            select_row(self.table, first)

    def _selected(self) -> Path | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        entry = self.entries[rows.pop()]
        return None if entry.problem else entry.path

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def restore_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.chosen = chosen
            self.accept()

    def choose_other(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(self._folder),
            self.tr("Backups (*.un1540 *.sqlite3 *.db);;All files (*)"),
        )
        if chosen:
            self.chosen = Path(chosen)
            self.accept()
