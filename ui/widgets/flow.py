"""A row of buttons that wraps onto more lines when it is too narrow, instead of widening the window.

Six buttons of a view in French or Arabic are wider than a 1366-pixel screen leaves them; laid side by side in a
box layout they force the whole window wider (its right or left part off the screen). A FlowLayout puts them on as
many lines as the width allows, in the reading direction (right to left in Arabic)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def addSpacing(self, width: int) -> None:  # noqa: N802 (as QBoxLayout's: a gap before the next widget)
        self._items.append(QSpacerItem(width, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = sum(item.sizeHint().width() for item in self._items) + self._spacing * max(len(self._items) - 1, 0)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API): the widest single button
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        direction = self.parentWidget().layoutDirection() if self.parentWidget() else Qt.LayoutDirection.LeftToRight
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.spacerItem() is not None and x == area.x():
                continue  # no gap at the start of a line
            size = item.sizeHint()
            if (
                size.width() > area.width()
            ):  # alone on its line and still too wide: as wide as the line (a tab bar scrolls)
                size.setWidth(max(area.width(), item.minimumSize().width()))
            if item.widget() is not None and item.widget().isHidden():
                continue
            if x > area.x() and x + size.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
                if item.spacerItem() is not None:
                    continue
            if apply:
                where = QRect(QPoint(x, y), size)
                item.setGeometry(QStyle.visualRect(direction, area, where))
            x += size.width() + self._spacing
            line = max(line, size.height())
        return y + line - rect.y() + margins.bottom()
