"""Settings: interface language, digits, exported documents, where the data lives, backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import formats, matrix_template, preferences
from ui.i18n import TranslationStatus, create_corrections_file, isolate, language_combo, translation_status
from ui.session import Session
from ui.widgets.fit import wrapping_check_box


class SettingsView(QWidget):
    language_chosen = Signal(str)
    digits_chosen = Signal(str)  # app.formats.LATIN or ARABIC_INDIC
    credit_chosen = Signal(bool)  # exported documents name the software in their footer (app.exports.outgoing)
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
        self.translation_note = QLabel(self.translation_text(translation_status(language)))
        self.translation_note.setObjectName("translationNote")
        self.translation_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.language_combo, 1)
        row.addWidget(apply_button)
        box_layout = QVBoxLayout(language_box)
        box_layout.addLayout(row)
        box_layout.addWidget(self.translation_note)
        if language != "en":
            correct = QPushButton(self.tr("Correct the translation…"))
            correct.setObjectName("correctTranslation")
            correct.clicked.connect(lambda: self.correct_translation(language))
            correct_row = QHBoxLayout()
            correct_row.addWidget(correct)
            correct_row.addStretch(1)
            box_layout.addLayout(correct_row)

        # Arabic, in the interface and in documents: Latin digits as the UN writes them, or Arabic-Indic ones.
        digits_box = QGroupBox(self.tr("Digits in Arabic"))
        self.digits_combo = QComboBox()
        self.digits_combo.setObjectName("digitsCombo")
        for style, name in ((formats.LATIN, self.tr("Latin: %1")), (formats.ARABIC_INDIC, self.tr("Arabic-Indic: %1"))):
            self.digits_combo.addItem(name.replace("%1", formats.localize_digits("0123456789", "ar", style)), style)
        self.digits_combo.setCurrentIndex(max(0, self.digits_combo.findData(formats.preferred_digits())))
        self.digits_combo.currentIndexChanged.connect(lambda: self.digits_chosen.emit(self.digits_combo.currentData()))
        QHBoxLayout(digits_box).addWidget(self.digits_combo)

        documents_box = self._documents_box()

        data_box = QGroupBox(self.tr("Data"))
        ws = session.workspace
        self.path_label = QLabel(str(ws.path))
        self.path_label.setObjectName("databasePath")
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(data_box)
        form.addRow(self.tr("Database file"), self.path_label)
        # Schema version, journal mode, program versions: for support, in Help › About / diagnostics.
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
        layout.addWidget(digits_box)
        layout.addWidget(documents_box)
        layout.addWidget(data_box)
        layout.addStretch(1)

    def _documents_box(self) -> QGroupBox:
        """Whether exported documents credit the software in their footer: off unless the user ticks it."""
        box = QGroupBox(self.tr("Exported documents"))
        self.credit_box = QCheckBox(self.tr("Credit 1540 Focal Point in exported documents"))
        self.credit_box.setObjectName("creditSoftware")
        self.credit_box.setChecked(preferences.load().credit_software)
        self.credit_box.toggled.connect(self.credit_chosen)
        note = QLabel(
            self.tr(
                "The footer of every page then says “Prepared on … with 1540 Focal Point”; otherwise it gives only "
                "the date the document was prepared."
            )
        )
        note.setObjectName("creditNote")
        note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(wrapping_check_box(self.credit_box))
        layout.addWidget(note)
        return box

    def translation_text(self, status: TranslationStatus) -> str:
        """What the interface language has, said as it is: a working translation, how much of it, the user's own
        corrections."""
        if status.lang == "en":
            return self.tr("The interface is written in English.")
        if status.complete:
            text = self.tr(
                "Working translation of all %n interface message(s), not revised by the United Nations. "
                "Documents sent to the Committee use their own texts in each language.",
                "",
                status.total,
            )
        else:
            text = (
                self.tr("Working translation: %1 of %2 interface messages; the others are shown in English.")
                .replace("%1", formats.number(status.finished, status.lang))
                .replace("%2", formats.number(status.total, status.lang))
            )
        if status.corrections_problem:
            text += "\n" + self.tr(
                "Your corrections file could not be read (%1); the shipped translation is used."
            ).replace("%1", status.corrections_problem)
        elif status.corrections:
            text += "\n" + self.tr("%n correction(s) of yours in use, from %1.", "", status.corrections).replace(
                "%1", isolate(str(status.corrections_file))
            )
        return text

    def correct_translation(self, language: str) -> Path:
        """Make the user's corrections file (a copy of the shipped translation) and show where it is."""
        path = create_corrections_file(language)
        QMessageBox.information(
            self,
            self.tr("Correct the translation"),
            self.tr(
                "Your corrections file is %1.\n\nOpen it with Qt Linguist or a text editor, change the translations "
                "you want, save it, then choose the language again (or restart). Your corrections are kept when the "
                "application is updated."
            ).replace("%1", isolate(str(path))),
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        return path
