"""The whole matrix at a glance: one small square per field, its value in colour AND pattern; click to open it.

Axes: each section is titled, its rows carry their numbers on the leading side, and in sections B-D each weapon's
two columns (legal framework, enforcement) are headed by the weapon's abbreviation (NW, CW, BW as the language
writes them). The legend (value_legend_entries) says what each colour and pattern means."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from ui import labels
from ui.widgets.chart_style import VALUE_LOOKS, ChartLegend, Look, chart_colours, is_dark, paint_look

CELL = 12
GAP = 2
SECTION_GAP = 22
TITLE_HEIGHT = 18
COLUMN_BAND = 14
CELLS_WEAPON_ASPECT = [(w, a) for w in ("NW", "CW", "BW") for a in ("legal", "enforcement")]
WEAPONS = ("NW", "CW", "BW")


def small_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPixelSize(9)
    return small


def weapon_abbreviation(code: str) -> str:
    """NW, CW, BW as the language writes them: the letters in parentheses of the weapon's name ("Armes
    nucléaires (AN)", "Ядерное оружие (ЯО)")."""
    found = re.search(r"[(\uff08]([^()\uff08\uff09]+)[)\uff09]\s*$", labels.weapon_name(code))  # (…) or fullwidth
    return found.group(1) if found else code


def value_legend_entries() -> list[tuple[Look, str]]:
    """What each value of the matrix looks like in the charts, and what it means (the Committee's legend)."""
    return [(VALUE_LOOKS[v], labels.value_meaning(v)) for v in ("X", "?", "NA", "")]


def heat_map_legend() -> QWidget:
    """Under the heat map: what its axes are, and what each square's colour and pattern mean."""
    box = QWidget()
    box.setObjectName("heatMapLegend")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    caption = QLabel(
        QCoreApplication.translate(
            "MatrixHeatMap",
            "Rows: the measures of each section, by number. Columns: under each weapon, its legal framework then "
            "its enforcement.",
        )
    )
    caption.setObjectName("fieldCaption")
    caption.setWordWrap(True)
    layout.addWidget(caption)
    legend = ChartLegend(value_legend_entries())
    legend.setObjectName("heatMapValues")
    layout.addWidget(legend)
    return box


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
        self.row_labels: list[tuple[QRect, str]] = []  # the rows' numbers
        self.column_labels: list[tuple[QRect, str]] = []  # the weapons' abbreviations over their two columns
        self._size = QSize(0, 0)

    def set_data(self, heat_map: list[dict]) -> None:
        self.squares.clear()
        self.titles.clear()
        self.row_labels.clear()
        self.column_labels.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFontMetrics(small_font(self.font()))
        top = TITLE_HEIGHT + COLUMN_BAND
        x = 0
        height = 0
        for block in heat_map:
            section = block["section"]
            adherence = section["layout"] == "adherence"
            cells = [(None, "adherence")] if adherence else CELLS_WEAPON_ASPECT
            gutter = max((small.horizontalAdvance(str(r["number"])) for r in block["rows"]), default=0) + 4
            title = self.tr("Section %1").replace("%1", section["key"])
            grid_left = x + gutter
            width = max(gutter + len(cells) * (CELL + GAP), QFontMetrics(bold).horizontalAdvance(title) + 4)
            self.titles.append((QRect(x, 0, width, TITLE_HEIGHT), title))
            if not adherence:
                for w, weapon in enumerate(WEAPONS):
                    rect = QRect(grid_left + w * 2 * (CELL + GAP), TITLE_HEIGHT, 2 * CELL + GAP, COLUMN_BAND)
                    self.column_labels.append((rect, weapon_abbreviation(weapon)))
            for r, row in enumerate(block["rows"]):
                y = top + r * (CELL + GAP)
                self.row_labels.append((QRect(x, y - 1, gutter - 3, CELL + 2), str(row["number"])))
                for c, cell in enumerate(cells):
                    field = row["fields"].get(cell)
                    if field is not None:
                        rect = QRect(grid_left + c * (CELL + GAP), y, CELL, CELL)
                        self.squares.append((rect, section, row, field))
            height = max(height, top + len(block["rows"]) * (CELL + GAP))
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
        colours = chart_colours(self.palette())
        dark = is_dark(self.palette())
        painter = QPainter(self)
        painter.setPen(colours["heading"])
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        leading = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        for rect, title in self.titles:
            painter.drawText(self._mirror(rect), leading, title)
        painter.setFont(small_font(self.font()))
        painter.setPen(colours["muted"])
        for rect, text in self.column_labels:
            painter.drawText(self._mirror(rect), Qt.AlignmentFlag.AlignCenter, text)
        for rect, text in self.row_labels:
            painter.drawText(self._mirror(rect), Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter, text)
        for rect, _section, _row, field in self.squares:
            paint_look(painter, self._mirror(rect), VALUE_LOOKS[field["value"]], dark)

    def field_at(self, point: QPoint) -> tuple[dict, dict, dict] | None:
        for rect, section, row, field in self.squares:
            if self._mirror(rect).contains(point):
                return section, row, field
        return None

    def tooltip_text(self, section: dict, row: dict, field: dict) -> str:
        value = labels.value_meaning(field["value"])
        parts = field["key"].split(".")
        where = f"{labels.weapon_name(parts[1])} — {labels.aspect(parts[3])}" if len(parts) == 4 else ""
        return "\n".join(t for t in (f"{section['key']}.{row['number']} {row['label']}", where, value) if t)

    def mouseMoveEvent(self, event):  # noqa: N802 (Qt API)
        found = self.field_at(event.position().toPoint())
        if found is None:
            QToolTip.hideText()
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_text(*found), self)

    def mousePressEvent(self, event):  # noqa: N802 (Qt API)
        found = self.field_at(event.position().toPoint())
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            self.field_clicked.emit(found[2]["key"])
