"""First start: which State is this, and who is its focal point?"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import state_profile
from app.errors import ValidationError
from ui.labels import validation_message
from ui.session import Session
from ui.state_list import member_states_in_order


class FirstStartDialog(QDialog):
    """Asks for the State (one of the 193 Member States, searchable) and the focal point's name."""

    def __init__(self, session: Session, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("Welcome to 1540 Focal Point"))
        intro = QLabel(
            self.tr(
                "This application keeps your State's implementation matrix, national action plan, "
                "assistance requests and reports under Security Council resolution 1540 (2004) on this "
                "computer. First, tell it which State you work for."
            )
        )
        intro.setWordWrap(True)

        self.state_combo = QComboBox()
        self.state_combo.setObjectName("stateCombo")
        self.state_combo.setEditable(True)
        self.state_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.state_combo.addItem("", None)
        for state in member_states_in_order(language):
            self.state_combo.addItem(state.name, state.code)
        completer = QCompleter(self.state_combo.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.state_combo.setCompleter(completer)
        self.state_combo.lineEdit().setPlaceholderText(self.tr("Type to search, e.g. Kenya"))

        self.focal_point = QLineEdit()
        self.focal_point.setObjectName("focalPointName")
        self.focal_point_title = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("State"), self.state_combo)
        form.addRow(self.tr("Focal point (your name)"), self.focal_point)
        form.addRow(self.tr("Title or function"), self.focal_point_title)

        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020; font-weight: 600;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(560, 280)

    def chosen_code(self) -> str | None:
        text = self.state_combo.currentText().strip()
        index = self.state_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.state_combo.itemData(index) if index > 0 else None

    def save(self) -> None:
        code = self.chosen_code()
        if code is None:
            self.error_label.setText(self.tr("Choose your State from the list."))
            self.error_label.show()
            self.state_combo.setFocus()
            return
        values = {
            "state_code": code,
            "focal_point_name": self.focal_point.text(),
            "focal_point_title": self.focal_point_title.text(),
        }
        try:
            self.session.run(state_profile.save_profile, values)
        except ValidationError as exc:
            self.error_label.setText(validation_message(exc.code, exc.field))
            self.error_label.show()
            return
        self.accept()
