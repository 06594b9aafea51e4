"""Views whose capability arrives in a later version: they say what they will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class UpcomingView(QWidget):
    def __init__(self, title: str, description: str, parent=None):
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("viewHeading")
        text = QLabel(description)
        text.setWordWrap(True)
        text.setObjectName("upcomingText")
        note = QLabel(self.tr("Not available in this version yet. Your data for it will be kept in the same database file."))
        note.setWordWrap(True)
        note.setObjectName("upcomingNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
