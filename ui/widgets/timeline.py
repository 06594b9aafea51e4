"""A Gantt-like timeline of the plan's actions: bars from start to due date, today's line,
overdue actions in red, grouped by priority or by lead agency."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app import clock
from app.formats import localize_digits
from ui.formats import interface_language
from ui.i18n import isolate

LABEL_WIDTH = 280
ROW = 22
HEADER = 26
STATUS_COLOURS = {
    "planned": "#7fa7d1",
    "in_progress": "#2f5d88",
    "done": "#1b7f5b",
    "delayed": "#e0a100",
    "cancelled": "#b8bec6",
}
OVERDUE = "#b00020"


def _days(d: str) -> int:
    return date.fromisoformat(d).toordinal()


class Timeline(QWidget):
    action_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rows: list[tuple[str, dict | None]] = []  # ("group", title) or ("action", action)
        self.start = self.end = clock.today().toordinal()
        self.today = clock.today().toordinal()
        self._bars: list[tuple[QRect, dict]] | None = []

    def set_actions(self, actions: list[dict], group_by: str, today: str | None = None) -> None:
        """Lay out `actions` grouped by "priority" or "agency"."""
        self.today = _days(today) if today else clock.today().toordinal()
        key = (
            (lambda a: a["priority"] or self.tr("(no priority)"))
            if group_by == "priority"
            else (lambda a: a["lead_agency"] or self.tr("(no lead agency)"))
        )
        groups: dict[str, list[dict]] = {}
        for action in actions:
            groups.setdefault(key(action), []).append(action)
        self.rows = []
        for title, members in groups.items():
            self.rows.append(("group", {"title": title}))
            self.rows.extend(("action", a) for a in members)
        dated = [d for a in actions for d in (a["start_date"], a["due_date"]) if d]
        days = [_days(d) for d in dated] + [self.today]
        self.start, self.end = min(days) - 15, max(days) + 15
        self.setMinimumHeight(HEADER + ROW * len(self.rows) + 6)
        self.updateGeometry()
        self._layout()
        self.update()

    def _layout(self) -> None:
        """Forget where the bars go: they are placed again when next painted or clicked (a view being built is
        resized a few times before it is first painted)."""
        self._bars = None

    @property
    def bars(self) -> list[tuple[QRect, dict]]:
        """Where each action's bar goes, for the current width (used to paint and to click)."""
        if self._bars is None:
            self._bars = self._place_bars()
        return self._bars

    def _place_bars(self) -> list[tuple[QRect, dict]]:
        bars = []
        for row, (kind, item) in enumerate(self.rows):
            if kind != "action" or not (item["start_date"] or item["due_date"]):
                continue
            start = item["start_date"] or item["due_date"]
            due = item["due_date"] or item["start_date"]
            x0, x1 = self._x(_days(start)), self._x(_days(due))
            bars.append((QRect(int(x0), HEADER + row * ROW + 5, max(4, int(x1 - x0)), ROW - 10), item))
        return bars

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._layout()

    def sizeHint(self):  # noqa: N802 (Qt API)
        return QSize(900, HEADER + ROW * len(self.rows) + 6)

    def _x(self, ordinal: int) -> float:
        span = max(1, self.end - self.start)
        return LABEL_WIDTH + (self.width() - LABEL_WIDTH - 10) * (ordinal - self.start) / span

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _mx(self, x: float) -> int:
        """A left-to-right x position, mirrored in right-to-left layouts (labels right, time flowing left)."""
        return int(self.width() - x) if self._rtl() else int(x)

    def _mrect(self, rect: QRect) -> QRect:
        if not self._rtl():
            return rect
        return QRect(self.width() - rect.right() - 1, rect.top(), rect.width(), rect.height())

    def paintEvent(self, event):  # noqa: N802 (Qt API)
        """Paint what is exposed: in its scroll area, the rows on screen, not the whole plan (ten years of actions)."""
        exposed = event.rect()
        first_row = max(0, (exposed.top() - HEADER) // ROW)
        last_row = min(len(self.rows) - 1, (exposed.bottom() - HEADER) // ROW)
        painter = QPainter(self)
        painter.fillRect(exposed, QColor("white"))
        # Years and months along the top.
        painter.setPen(QColor("#5b6773"))
        first, last = date.fromordinal(self.start), date.fromordinal(self.end)
        month = date(first.year, first.month, 1)
        while month <= last:
            x = self._x(month.toordinal())
            if x >= LABEL_WIDTH:
                painter.setPen(QColor("#e4e6e9"))
                painter.drawLine(self._mx(x), HEADER, self._mx(x), self.height())
                if month.month in (1, 7) or (last - first).days < 400:
                    painter.setPen(QColor("#5b6773"))
                    text = f"{month.year}" if month.month == 1 else f"{month.month:02d}"
                    text = localize_digits(text, interface_language())  # Arabic-Indic when chosen
                    painter.drawText(
                        self._mrect(QRect(int(x) + 3, 0, 40, HEADER - 4)),
                        Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignBottom,
                        text,
                    )
            month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        bold = QFont(self.font())
        bold.setBold(True)
        for row in range(first_row, last_row + 1):
            kind, item = self.rows[row]
            top = HEADER + row * ROW
            if kind == "group":
                painter.setFont(bold)
                painter.setPen(QColor("#1f3b57"))
                painter.drawText(
                    self._mrect(QRect(6, top, self.width() - 12, ROW)),
                    Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                    isolate(item["title"], auto=True),  # a Latin title keeps its parentheses right to left
                )
                painter.setFont(self.font())
                continue
            painter.setPen(QColor("#2b2b2b"))
            # Isolated, a title is elided at its own end ("Projet de loi sur…", never "…Projet de loi sur").
            title = isolate(item["title"], auto=True)
            label = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 24)
            painter.drawText(
                self._mrect(QRect(18, top, LABEL_WIDTH - 20, ROW)),
                Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        for bar, item in self.bars:
            if bar.bottom() < exposed.top() or bar.top() > exposed.bottom():
                continue
            colour = QColor(OVERDUE if item["overdue"] else STATUS_COLOURS[item["status"]])
            painter.fillRect(self._mrect(bar), colour)
            if item["progress"] and item["status"] != "done":
                done = QRect(bar.left(), bar.bottom() - 2, int(bar.width() * item["progress"] / 100), 3)
                painter.fillRect(self._mrect(done), QColor("#0d3b2a"))
        # Today.
        x = self._x(self.today)
        painter.setPen(QPen(QColor(OVERDUE), 2))
        painter.drawLine(self._mx(x), HEADER - 4, self._mx(x), self.height())
        painter.drawText(
            self._mrect(QRect(int(x) + 4, 0, 120, 14)),
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop,
            self.tr("Today"),
        )

    def mousePressEvent(self, event):  # noqa: N802 (Qt API)
        for rect, action in self.bars:
            if self._mrect(rect).adjusted(-2, -3, 2, 3).contains(event.position().toPoint()):
                self.action_clicked.emit(action["id"])
                return
