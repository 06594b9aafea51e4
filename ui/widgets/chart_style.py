"""How the charts draw a category so that colour is never the only signal: each value of the matrix and each
status of an action has a colour AND a pattern (hatching, cross-hatching, stripes, an outline) that stay apart in
greyscale, printed in black and white or seen with a colour-vision deficiency; and a legend that shows both.

The charts' background, text and grid follow the palette, light or dark (ui.style)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from ui.style import palette_is_dark
from ui.widgets.flow import FlowLayout


@dataclass(frozen=True)
class Look:
    """A category's fill, the pattern drawn over it (in `ink`) and whether it is drawn as an outline only."""

    fill: str
    pattern: Qt.BrushStyle = Qt.BrushStyle.NoBrush
    ink: str = "#000000"
    outline: bool = False
    dark_fill: str | None = None  # the fill on a dark background, when the light one would glare


# The values of the matrix (the heat map, the coverage bars): X solid, ? hatched, NA cross-hatched, blank hollow.
VALUE_LOOKS = {
    "X": Look("#1b7f5b"),
    "?": Look("#e0a100", Qt.BrushStyle.BDiagPattern, "#3d2c00"),
    "NA": Look("#8c8c8c", Qt.BrushStyle.DiagCrossPattern, "#1e1e1e"),
    "": Look("#eef1f4", outline=True, dark_fill="#2a2f36"),
}
# The statuses of an action (the timeline); an overdue action is cross-hatched and marked "!".
OVERDUE = "overdue"
STATUS_LOOKS = {
    "planned": Look("#a9c6e4", outline=True, dark_fill="#6f93bb"),
    "in_progress": Look("#2f5d88"),
    "done": Look("#1b7f5b", Qt.BrushStyle.VerPattern, "#e8fff4"),
    "delayed": Look("#e0a100", Qt.BrushStyle.BDiagPattern, "#3d2c00"),
    "cancelled": Look("#b8bec6", Qt.BrushStyle.Dense6Pattern, "#404040"),
    OVERDUE: Look("#b00020", Qt.BrushStyle.DiagCrossPattern, "#ffffff"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether `palette` (the application's by default) is a dark one: light text on a dark window."""
    return palette_is_dark(palette or QGuiApplication.palette())


def fill_of(look: Look, dark: bool) -> QColor:
    return QColor(look.dark_fill if dark and look.dark_fill else look.fill)


def paint_look(painter: QPainter, rect: QRect | QRectF, look: Look, dark: bool) -> None:
    """Fill `rect` with the category's colour and pattern (and outline a hollow category)."""
    rect = QRectF(rect)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(rect, fill_of(look, dark))
    if look.pattern != Qt.BrushStyle.NoBrush:
        painter.setBrushOrigin(rect.topLeft())
        painter.fillRect(rect, QBrush(QColor(look.ink), look.pattern))
    if look.outline:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#c8d0da" if dark else "#5b6773"), 1))
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.restore()


def chart_colours(palette: QPalette) -> dict[str, QColor]:
    """The colours a chart draws with besides its categories: background, text, headings, grid, today's line."""
    dark = is_dark(palette)
    return {
        "background": palette.color(QPalette.ColorRole.Base),
        "text": palette.color(QPalette.ColorRole.Text),
        "muted": QColor("#aeb8c4" if dark else "#5b6773"),
        "heading": QColor("#9cc3ea" if dark else "#1f3b57"),
        "grid": QColor("#3a414a" if dark else "#e4e6e9"),
        "today": QColor("#ff7a8a" if dark else "#b00020"),
        "focus": palette.color(QPalette.ColorRole.Highlight),
    }


class Swatch(QWidget):
    """A small sample of a category, as the chart draws it."""

    def __init__(self, look: Look, parent=None):
        super().__init__(parent)
        self.look = look
        self.setFixedSize(QSize(22, 14))

    def paintEvent(self, _event):  # noqa: N802 (Qt API)
        painter = QPainter(self)
        paint_look(painter, self.rect().adjusted(0, 1, 0, -1), self.look, is_dark(self.palette()))


class ChartLegend(QWidget):
    """The categories of a chart, each as a swatch (colour and pattern) beside its name; wraps when narrow."""

    def __init__(self, entries: list[tuple[Look, str]] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("chartLegend")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.flow = FlowLayout(self, spacing=10)
        self.entries: list[tuple[Swatch, QLabel]] = []
        if entries:
            self.set_entries(entries)

    def set_entries(self, entries: list[tuple[Look, str]]) -> None:
        while self.flow.count():
            item = self.flow.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.entries = []
        for look, text in entries:
            entry = QWidget(self)
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(4)
            swatch, label = Swatch(look, entry), QLabel(text, entry)
            row.addWidget(swatch)
            row.addWidget(label)
            self.flow.addWidget(entry)
            self.entries.append((swatch, label))

    def texts(self) -> list[str]:
        return [label.text() for _swatch, label in self.entries]
