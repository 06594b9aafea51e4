"""A Gantt-like timeline of the plan's actions: bars from start to due date, grouped by priority or by lead agency.

Each bar carries its status in colour AND pattern (ui.widgets.chart_style; overdue: red, cross-hatched and "!"),
and the action's number in the plan (the numbering of the exported plan) beside it; a legend above names them. The
axis has the years on one band and the month names of the interface language on another; "Today" is written on
the months' band, so it never covers a year. A tooltip per bar gives number, title, dates, status and lead agency.
Keyboard: Tab reaches the chart; Up/Down (Home/End) go from bar to bar, showing the bar's tooltip; Enter selects
the action in the list above (as a click does). Right to left, the chart is mirrored: time flows leftwards."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from app import clock
from app.formats import localize_digits
from ui import formats, labels
from ui.formats import interface_language, qt_locale
from ui.i18n import isolate
from ui.widgets.chart_style import OVERDUE, STATUS_LOOKS, ChartLegend, chart_colours, is_dark, paint_look

LABEL_WIDTH = 280
ROW = 22
YEAR_BAND = 16
MONTH_BAND = 16
HEADER = YEAR_BAND + MONTH_BAND + 4
NUMBER_WIDTH = 30  # the action's number, before its title in the label column
LEGEND_STATUSES = ("planned", "in_progress", "done", "delayed")


def _days(d: str) -> int:
    return date.fromisoformat(d).toordinal()


def plan_numbers(actions: list[dict]) -> dict[int, int]:
    """The number of each action in the plan, as the exported plan numbers them: 1, 2, 3… in plan order (priority
    after priority, then the actions without one), proposals left out. `actions`: action_plan.list_actions."""
    numbered = [a for a in actions if not a["is_proposal"]]
    ordered = sorted(numbered, key=lambda a: a["priority_id"] is None)  # stable: plan order within each group
    return {a["id"]: n for n, a in enumerate(ordered, 1)}


class Timeline(QWidget):
    action_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rows: list[tuple[str, dict | None]] = []  # ("group", title) or ("action", action)
        self.start = self.end = clock.today().toordinal()
        self.today = clock.today().toordinal()
        self.numbers: dict[int, int] = {}
        self.current = -1  # the bar chosen with the keyboard
        self._bars: list[tuple[QRect, dict]] | None = []
        self._labels: dict | None = None

    def set_actions(
        self, actions: list[dict], group_by: str, today: str | None = None, numbers: dict[int, int] | None = None
    ) -> None:
        """Lay out `actions` grouped by "priority" or "agency"; `numbers`: each action's number in the plan."""
        self.today = _days(today) if today else clock.today().toordinal()
        self.numbers = numbers or {}
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
        self.current = -1
        self.setMinimumHeight(HEADER + ROW * len(self.rows) + 6)
        self.updateGeometry()
        self._layout()
        self.update()

    def _layout(self) -> None:
        """Forget where the bars and labels go: they are placed again when next painted or clicked (a view being
        built is resized a few times before it is first painted)."""
        self._bars = None
        self._labels = None

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

    # -- the axis ----------------------------------------------------------------------------------------------
    def month_names(self) -> list[str]:
        """The twelve short month names of the interface language, as they stand alone (nominative in Russian)."""
        locale = qt_locale(interface_language())
        return [locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]

    def axis_labels(self) -> dict:
        """The axis labels as drawn (mirrored right to left): {"years": [(rect, text)], "months": [(rect, text)],
        "today": rect}. Years are on the top band; month names and "Today" on the band below."""
        if self._labels is None:
            self._labels = self._place_labels()
        return self._labels

    def _place_labels(self) -> dict:
        metrics = QFontMetrics(self.font())
        lang = interface_language()
        first, last = date.fromordinal(self.start), date.fromordinal(self.end)
        years: list[tuple[QRect, str]] = []
        for year in range(first.year, last.year + 1):
            text = localize_digits(str(year), lang)  # Arabic-Indic when chosen
            x = max(LABEL_WIDTH, int(self._x(date(year, 1, 1).toordinal())))
            rect = QRect(x + 3, 0, metrics.horizontalAdvance(text) + 2, YEAR_BAND)
            next_january = self._x(date(year + 1, 1, 1).toordinal())
            if rect.right() > self.width() - 2 or rect.right() + 6 > next_january:
                continue  # a partial first year too short for its number, or no room at the end
            years.append((rect, text))
        # "Today" on the months' band, after today's line (before it when the line is near the end).
        today_text = self.tr("Today")
        width = metrics.horizontalAdvance(today_text) + 4
        x = int(self._x(self.today))
        today = QRect(x + 4, YEAR_BAND, width, MONTH_BAND)
        if today.right() > self.width() - 2:
            today = QRect(x - 4 - width, YEAR_BAND, width, MONTH_BAND)
        # Month names, every 1, 2, 3, 4 or 6 months as the room allows; none when even six months are too narrow.
        names = self.month_names()
        widest = max(metrics.horizontalAdvance(n) for n in names) + 8
        per_month = (self.width() - LABEL_WIDTH - 10) * 30.44 / max(1, self.end - self.start)
        step = next((s for s in (1, 2, 3, 4, 6) if s * per_month >= widest), None)
        months: list[tuple[QRect, str]] = []
        if step:
            month = date(first.year, first.month, 1)
            while month <= last:
                x = int(self._x(month.toordinal()))
                rect = QRect(x + 3, YEAR_BAND, widest - 6, MONTH_BAND)
                shown = (month.month - 1) % step == 0 and x >= LABEL_WIDTH and rect.right() < self.width() - 2
                if shown and not rect.adjusted(-2, 0, 2, 0).intersects(today):  # "Today" wins over a month
                    months.append((rect, names[month.month - 1]))
                month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        return {
            "years": [(self._mrect(r), t) for r, t in years],
            "months": [(self._mrect(r), t) for r, t in months],
            "today": self._mrect(today),
            "today_text": today_text,
        }

    # -- what a bar says ----------------------------------------------------------------------------------------
    def number_text(self, action: dict) -> str:
        number = self.numbers.get(action["id"])
        return formats.number(number) if number is not None else ""

    def tooltip_text(self, action: dict) -> str:
        """Number, title, dates, status and lead agency of an action: the tooltip of its bar."""
        number = self.number_text(action)
        title = isolate(action["title"], auto=True)
        lines = [self.tr("Action %1: %2").replace("%1", number).replace("%2", title) if number else title]
        lines.append(
            self.tr("From %1 to %2")
            .replace("%1", formats.day(action["start_date"]) if action["start_date"] else "…")
            .replace("%2", formats.day(action["due_date"]) if action["due_date"] else "…")
        )
        status = labels.action_status(action["status"])
        if action["overdue"]:
            status = self.tr("%1, overdue").replace("%1", status)
        lines.append(self.tr("Status: %1").replace("%1", status))
        agency = action["lead_acronym"] or action["lead_agency"]
        if agency:
            lines.append(self.tr("Lead agency: %1").replace("%1", isolate(agency, auto=True)))
        return "\n".join(lines)

    def bar_at(self, point: QPoint) -> int:
        for i, (rect, _action) in enumerate(self.bars):
            if self._mrect(rect).adjusted(-2, -3, 2, 3).contains(point):
                return i
        return -1

    # -- painting ----------------------------------------------------------------------------------------------
    def paintEvent(self, event):  # noqa: N802 (Qt API)
        """Paint what is exposed: in its scroll area, the rows on screen, not the whole plan (ten years of actions)."""
        exposed = event.rect()
        first_row = max(0, (exposed.top() - HEADER) // ROW)
        last_row = min(len(self.rows) - 1, (exposed.bottom() - HEADER) // ROW)
        colours = chart_colours(self.palette())
        dark = is_dark(self.palette())
        painter = QPainter(self)
        painter.fillRect(exposed, colours["background"])
        # Grid: a line at each month, a stronger one at each year.
        first, last = date.fromordinal(self.start), date.fromordinal(self.end)
        month = date(first.year, first.month, 1)
        while month <= last:
            x = self._x(month.toordinal())
            if x >= LABEL_WIDTH:
                painter.setPen(colours["muted"] if month.month == 1 else colours["grid"])
                top = 0 if month.month == 1 else YEAR_BAND
                painter.drawLine(self._mx(x), top, self._mx(x), self.height())
            month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        axis = self.axis_labels()
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(colours["text"])
        for rect, text in axis["years"]:
            painter.drawText(rect, align, text)
        painter.setFont(self.font())
        painter.setPen(colours["muted"])
        for rect, text in axis["months"]:
            painter.drawText(rect, align, text)
        painter.setPen(colours["grid"])
        painter.drawLine(0, HEADER - 2, self.width(), HEADER - 2)
        for row in range(first_row, last_row + 1):
            kind, item = self.rows[row]
            top = HEADER + row * ROW
            if kind == "group":
                painter.setFont(bold)
                painter.setPen(colours["heading"])
                painter.drawText(
                    self._mrect(QRect(6, top, self.width() - 12, ROW)),
                    align,
                    isolate(item["title"], auto=True),  # a Latin title keeps its parentheses right to left
                )
                painter.setFont(self.font())
                continue
            painter.setPen(colours["text"])
            number = self.number_text(item)
            if number:
                painter.drawText(self._mrect(QRect(14, top, NUMBER_WIDTH - 4, ROW)), align, number + ".")
            # Isolated, a title is elided at its own end ("Projet de loi sur…", never "…Projet de loi sur").
            title = isolate(item["title"], auto=True)
            room = LABEL_WIDTH - 16 - NUMBER_WIDTH
            label = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, room)
            painter.drawText(self._mrect(QRect(14 + NUMBER_WIDTH, top, room, ROW)), align, label)
        metrics = painter.fontMetrics()
        for i, (bar, item) in enumerate(self.bars):
            if bar.bottom() < exposed.top() or bar.top() > exposed.bottom():
                continue
            look = STATUS_LOOKS[OVERDUE if item["overdue"] else item["status"]]
            paint_look(painter, self._mrect(bar), look, dark)
            if item["progress"] and item["status"] != "done":
                done = QRect(bar.left(), bar.bottom() - 2, int(bar.width() * item["progress"] / 100), 3)
                painter.fillRect(self._mrect(done), colours["text"])
            row_rect = QRect(0, bar.top() - 5, 0, ROW)
            after = bar.right() + 4
            if item["overdue"]:
                painter.setFont(bold)
                painter.setPen(colours["today"])
                mark = QRect(after, row_rect.top(), metrics.horizontalAdvance("!") + 4, ROW)
                painter.drawText(self._mrect(mark), Qt.AlignmentFlag.AlignCenter, "!")
                after = mark.right() + 3
                painter.setFont(self.font())
            number = self.number_text(item)
            if number:
                width = metrics.horizontalAdvance(number) + 2
                if bar.left() - LABEL_WIDTH >= width + 6:
                    place = QRect(bar.left() - 4 - width, row_rect.top(), width, ROW)
                else:
                    place = QRect(after, row_rect.top(), width, ROW)
                painter.setPen(colours["muted"])
                painter.drawText(self._mrect(place), Qt.AlignmentFlag.AlignCenter, number)
            if i == self.current and self.hasFocus():
                painter.setPen(QPen(colours["focus"], 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self._mrect(bar).adjusted(-3, -3, 3, 3))
        # Today: its line, and its label on the months' band.
        x = self._x(self.today)
        painter.setPen(QPen(colours["today"], 2))
        painter.drawLine(self._mx(x), YEAR_BAND, self._mx(x), self.height())
        painter.setFont(bold)
        painter.drawText(axis["today"], Qt.AlignmentFlag.AlignCenter, axis["today_text"])

    # -- mouse and keyboard ------------------------------------------------------------------------------------
    def event(self, event):
        if event.type() == QEvent.Type.ToolTip:
            index = self.bar_at(event.pos())
            if index < 0:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(self.bars[index][1]), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event):  # noqa: N802 (Qt API)
        index = self.bar_at(event.position().toPoint())
        if index >= 0:
            self.current = index
            self.update()
            self.action_clicked.emit(self.bars[index][1]["id"])

    def keyPressEvent(self, event):  # noqa: N802 (Qt API)
        bars = self.bars
        key = event.key()
        moves = {
            Qt.Key.Key_Down: self.current + 1,
            Qt.Key.Key_Up: self.current - 1 if self.current >= 0 else 0,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(bars) - 1,
        }
        if key in moves and bars:
            self.current = min(max(moves[key], 0), len(bars) - 1)
            rect = self._mrect(bars[self.current][0])
            scroll = self.parentWidget().parentWidget() if self.parentWidget() else None
            if isinstance(scroll, QScrollArea):
                scroll.ensureVisible(rect.center().x(), rect.center().y(), rect.width() // 2 + 40, ROW * 2)
            QToolTip.showText(self.mapToGlobal(rect.bottomLeft()), self.tooltip_text(bars[self.current][1]), self, rect)
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and 0 <= self.current < len(bars):
            self.action_clicked.emit(bars[self.current][1]["id"])
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event):  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event):  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.update()


class TimelinePanel(QWidget):
    """The timeline in its scroll area, under a legend of what its colours and patterns mean."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self.timeline = Timeline()
        self.legend = ChartLegend(
            [(STATUS_LOOKS[s], labels.action_status(s)) for s in LEGEND_STATUSES]
            + [(STATUS_LOOKS[OVERDUE], self.tr("Overdue (!)"))]
        )
        self.legend.setObjectName("timelineLegend")
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.timeline)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.legend)
        layout.addWidget(self.scroll, 1)
