"""The whole matrix at a glance: one small square per field, coloured by its value; click to open it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

CELL = 12
GAP = 2
SECTION_GAP = 26
TITLE_HEIGHT = 18
COLOURS = {"X": "#1b7f5b", "?": "#e0a100", "NA": "#8c8c8c", "": "#dfe3e8"}
CELLS_WEAPON_ASPECT = [(w, a) for w in ("NW", "CW", "BW") for a in ("legal", "enforcement")]


class MatrixHeatMap(QWidget):
    """Sections side by side; in each, a row per measure and a column per weapon and aspect."""

    field_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("matrixHeatMap")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.squares: list[tuple[QRect, dict, dict, dict]] = []  # rect, section, row, field
        self.titles: list[tuple[QRect, str]] = []
        self._size = QSize(0, 0)

    def set_data(self, heat_map: list[dict]) -> None:
        self.squares.clear()
        self.titles.clear()
        x = 0
        height = 0
        for block in heat_map:
            section = block["section"]
            cells = [(None, "adherence")] if section["layout"] == "adherence" else CELLS_WEAPON_ASPECT
            title = self.tr("Section %1").replace("%1", section["key"])
            bold = QFont(self.font())
            bold.setBold(True)
            width = max(len(cells) * (CELL + GAP), QFontMetrics(bold).horizontalAdvance(title) + 4)
            self.titles.append((QRect(x, 0, width, TITLE_HEIGHT), title))
            for r, row in enumerate(block["rows"]):
                for c, cell in enumerate(cells):
                    field = row["fields"].get(cell)
                    if field is not None:
                        rect = QRect(x + c * (CELL + GAP), TITLE_HEIGHT + r * (CELL + GAP), CELL, CELL)
                        self.squares.append((rect, section, row, field))
            height = max(height, TITLE_HEIGHT + len(block["rows"]) * (CELL + GAP))
            x += width + SECTION_GAP
        self._size = QSize(x, height)
        self.setMinimumHeight(height)
        self.updateGeometry()
        self.update()

    def sizeHint(self):  # noqa: N802 (Qt API)
        return self._size

    def _mirror(self, rect: QRect) -> QRect:
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return QRect(self.width() - rect.right() - 1, rect.top(), rect.width(), rect.height())
        return rect

    def paintEvent(self, _event):  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setPen(QColor("#1f3b57"))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        for rect, title in self.titles:
            painter.drawText(self._mirror(rect), Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setPen(Qt.PenStyle.NoPen)
        for rect, _section, _row, field in self.squares:
            painter.fillRect(self._mirror(rect), QColor(COLOURS[field["value"]]))

    def field_at(self, point: QPoint) -> tuple[dict, dict, dict] | None:
        for rect, section, row, field in self.squares:
            if self._mirror(rect).contains(point):
                return section, row, field
        return None

    def mouseMoveEvent(self, event):  # noqa: N802 (Qt API)
        found = self.field_at(event.position().toPoint())
        if found is None:
            QToolTip.hideText()
            self.unsetCursor()
            return
        section, row, field = found
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        value = field["value"] or self.tr("blank")
        parts = field["key"].split(".")
        where = f"{parts[1]} {parts[3]}" if len(parts) == 4 else ""
        QToolTip.showText(
            event.globalPosition().toPoint(),
            f"{section['key']}.{row['number']} {row['label']}\n{where}  {value}".strip(),
            self,
        )

    def mousePressEvent(self, event):  # noqa: N802 (Qt API)
        found = self.field_at(event.position().toPoint())
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            self.field_clicked.emit(found[2]["key"])
