"""A list of lines that open what they name: a click, or Tab to the line and Enter (or Space).

The Overview's lists (actions due, follow-ups of requests, awaited workbooks, recent changes) are made of
these: each line whose item can be shown is a link-like row; the others (and "… and N more") are plain text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class LinkRow(QLabel):
    """One line that opens its `target` when clicked or when Enter or Space is pressed on it."""

    activated = Signal(object)

    def __init__(self, text: str, target: Any, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.target = target
        self.setObjectName("linkRow")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(text)
        self.setStyleSheet(
            "LinkRow { color: palette(link); border: 1px solid transparent; }"
            "LinkRow:hover { text-decoration: underline; }"
            "LinkRow:focus { border: 1px dotted palette(highlight); text-decoration: underline; }"
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.target)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.target)
            return
        super().keyPressEvent(event)


class LinkList(QWidget):
    """Lines, some of them links (`activated` gives their target); `text()` is every line, one per line."""

    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._lines: list[str] = []

    def set_lines(self, lines: list[tuple[str, Any]]) -> None:
        """Show `lines`, each (text, target); a target of None makes a plain line."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._lines = [text for text, _ in lines]
        for text, target in lines:
            if target is None:
                row = QLabel(text)
                row.setTextFormat(Qt.TextFormat.PlainText)
                row.setWordWrap(True)
            else:
                row = LinkRow(text, target)
                row.activated.connect(self.activated)
            self._layout.addWidget(row)

    def rows(self) -> list[QLabel]:
        """The lines' widgets, in order (links are LinkRow)."""
        out = []
        for i in range(self._layout.count()):
            item = self._layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                out.append(widget)
        return out

    def links(self) -> list[LinkRow]:
        return [row for row in self.rows() if isinstance(row, LinkRow)]

    def text(self) -> str:
        return "\n".join(self._lines)
