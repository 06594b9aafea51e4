"""Overview: the State profile and the state of the work at a glance."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.changes import KINDS, Changes
from app.overview import Overview, overview
from app.states import state_name
from ui import formats, labels
from ui.i18n import isolate
from ui.session import Session
from ui.widgets.chart_style import VALUE_LOOKS, ChartLegend, is_dark, paint_look
from ui.widgets.heat_map import MatrixHeatMap, heat_map_legend, value_legend_entries
from ui.widgets.link_list import LinkList, LinkRow


class CoverageBar(QWidget):
    """A stacked bar: X, ?, NA and blank shares of a set of matrix fields, each in its colour and pattern
    (ui.widgets.chart_style: they stay apart in greyscale)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.parts: list[tuple[int, str]] = []  # (count, value)
        self.setMinimumHeight(18)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self):  # noqa: N802 (Qt API)
        return QSize(240, 18)

    def set_coverage(self, coverage) -> None:
        self.parts = [(coverage.x, "X"), (coverage.unsure, "?"), (coverage.na, "NA"), (coverage.blank, "")]
        self.update()

    def paintEvent(self, _event):  # noqa: N802 (Qt API)
        total = sum(count for count, _ in self.parts)
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 2.5, -0.5, -2.5)
        if total == 0:
            return
        dark = is_dark(self.palette())
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = rect.right() if rtl else rect.left()
        for count, value in self.parts:
            width = rect.width() * count / total
            left = x - width if rtl else x
            if width > 0:
                paint_look(painter, QRectF(left, rect.top(), width, rect.height()), VALUE_LOOKS[value], dark)
            x = left if rtl else x + width
        painter.setPen(QColor("#5b6773" if not dark else "#aeb8c4"))
        painter.drawRect(rect)


def _card(title: str | QLabel, value_label: QLabel) -> QFrame:
    """A figure with its caption; pass a QLabel as `title` to change the caption later."""
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    value_label.setObjectName("cardValue")
    caption = title if isinstance(title, QLabel) else QLabel(title)
    caption.setObjectName("cardCaption")
    caption.setWordWrap(True)
    layout.addWidget(value_label)
    layout.addWidget(caption)
    return frame


def _panel(title: str, layout_class, span: int = 1):
    """A white framed panel with a heading; returns the frame and its layout (heading in row 0)."""
    frame = QFrame()
    frame.setObjectName("panel")
    layout = layout_class(frame)
    heading = QLabel(title)
    heading.setObjectName("panelHeading")
    heading.setWordWrap(True)  # a long heading (in French) wraps rather than widening the page past the window
    if isinstance(layout, QGridLayout):
        layout.addWidget(heading, 0, 0, 1, span)
    else:
        layout.addWidget(heading)
    return frame, layout


# The records a recent change can open: the audit log's entity, the kind MainWindow.open_item shows.
_OPENS = {
    "matrix_answer": "field",
    "matrix_citation": "field",
    "plan_action": "action",
    "assistance_request": "request",
    "legal_instrument": "law",
    "agency_workbook": "workbook",
}


def _target(entry: dict) -> tuple[str, object] | None:
    """What a recent change opens: its record, unless it was deleted (or is not one that a view shows)."""
    kind = _OPENS.get(entry["entity"])
    key = str(entry["entity_id"])
    if kind is None or entry["action"] == "delete" or not key:
        return None
    if kind == "field":
        return (kind, key)
    return (kind, int(key)) if key.isdigit() else None


class OverviewView(QScrollArea):
    # Every kind: besides the profile, figures, matrix, plan, requests and workbooks, it lists the recent
    # changes of the audit log, where any change shows.
    SHOWS = KINDS
    # An item of a list was chosen (click, or Enter): its kind (field, action, request, workbook, law,
    # matrix_filter) and id (a matrix filter: its name and value); MainWindow shows it in its view.
    open_item = Signal(str, object)

    def __init__(self, session: Session, language: str, parent=None):
        super().__init__(parent)
        self.setObjectName("overviewView")
        self.session = session
        self.language = language
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("overviewBody")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(16)

        # Header: the State and its focal point.
        header = QHBoxLayout()
        titles = QVBoxLayout()
        self.state_label = QLabel()
        self.state_label.setObjectName("stateName")
        self.state_label.setWordWrap(True)
        self.training_label = QLabel(self.tr("Training State: fictional data for workshops"))
        self.training_label.setObjectName("trainingBadge")
        self.focal_label = QLabel()
        self.focal_label.setObjectName("focalPoint")
        self.focal_label.setWordWrap(True)
        titles.addWidget(self.state_label)
        titles.addWidget(self.training_label, 0, Qt.AlignmentFlag.AlignLeading)
        titles.addWidget(self.focal_label)
        header.addLayout(titles, 1)
        self.edit_button = QPushButton(self.tr("Edit profile…"))
        self.edit_button.setObjectName("editProfile")
        self.edit_button.clicked.connect(self.edit_profile)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)

        # Key figures.
        cards = QHBoxLayout()
        self.figures = {name: QLabel("0") for name in ("answered", "agencies", "contacts", "laws")}
        # Two figures open the matrix filtered on what they count.
        self.figures["changed"] = LinkRow("0", None)
        self.figures["without_reference"] = LinkRow("0", ("matrix_filter", ("without_reference", "")))
        for name in ("changed", "without_reference"):
            self.figures[name].activated.connect(self._open)
        cards.addWidget(_card(self.tr("matrix fields answered"), self.figures["answered"]))
        self.changed_caption = QLabel()
        cards.addWidget(_card(self.changed_caption, self.figures["changed"]))
        cards.addWidget(_card(self.tr("national agencies"), self.figures["agencies"]))
        cards.addWidget(_card(self.tr("points of contact"), self.figures["contacts"]))
        cards.addWidget(_card(self.tr("laws in the register"), self.figures["laws"]))
        cards.addWidget(_card(self.tr("answers without a legal reference"), self.figures["without_reference"]))
        outer.addLayout(cards)

        # Reporting dates.
        reporting, grid = _panel(self.tr("Reporting to the 1540 Committee"), QGridLayout, span=2)
        self.first_report = QLabel()
        self.additional = QLabel()
        self.additional.setWordWrap(True)
        self.approval = QLabel()
        self.template = QLabel()
        rows = (
            (self.tr("First national report"), self.first_report),
            (self.tr("Additional information"), self.additional),
            (self.tr("Matrix approved by the Committee"), self.approval),
            (self.tr("Matrix template version"), self.template),
        )
        for row, (text, value) in enumerate(rows, 1):
            caption = QLabel(text)
            caption.setObjectName("fieldCaption")
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        outer.addWidget(reporting)

        # Coverage per section.
        coverage, self.coverage_grid = _panel(
            self.tr("Implementation matrix: coverage by section and weapon type"), QGridLayout, span=3
        )
        legend = ChartLegend(value_legend_entries())  # colour and pattern of each value, and its meaning
        self.coverage_grid.addWidget(legend, 1, 0, 1, 3)
        self.coverage_rows: list[tuple[QLabel, CoverageBar, QLabel]] = []
        outer.addWidget(coverage)

        # Action plan follow-up: what is overdue, and what falls due in the next 60 days.
        due, due_layout = _panel(
            self.tr("Overdue and due in the next 60 days: actions of the plan, follow-up of assistance requests"),
            QVBoxLayout,
        )
        self.due_actions = LinkList()
        self.due_actions.setObjectName("dueActions")
        self.due_actions.activated.connect(self._open)
        due_layout.addWidget(self.due_actions)
        self.follow_ups = LinkList()
        self.follow_ups.setObjectName("assistanceFollowUps")
        self.follow_ups.activated.connect(self._open)
        due_layout.addWidget(self.follow_ups)
        self.awaited = LinkList()
        self.awaited.setObjectName("awaitedWorkbooks")
        self.awaited.activated.connect(self._open)
        due_layout.addWidget(self.awaited)
        outer.addWidget(due)

        # The whole matrix at a glance; a click opens the field in the matrix view.
        glance, glance_layout = _panel(self.tr("The matrix at a glance"), QVBoxLayout)
        self.heat_map = MatrixHeatMap()
        glance_layout.addWidget(self.heat_map)
        glance_layout.addWidget(heat_map_legend())
        hint = QLabel(self.tr("Each square is a data field; click one to open it."))
        hint.setObjectName("fieldCaption")
        glance_layout.addWidget(hint)
        outer.addWidget(glance)

        # Recent changes, from the audit log: who changed what, and when.
        changes, changes_layout = _panel(self.tr("Recent changes"), QVBoxLayout)
        self.recent_changes = LinkList()
        self.recent_changes.setObjectName("recentChanges")
        self.recent_changes.activated.connect(self._open)
        changes_layout.addWidget(self.recent_changes)
        outer.addWidget(changes)
        outer.addStretch(1)

        session.changed.connect(self._on_changed)
        self.reload()

    def edit_profile(self) -> bool:
        from ui.dialogs.forms import edit_profile  # the forms are imported on first use, not at start

        return edit_profile(self.session, self, self.language)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(self.SHOWS):
            self.reload()

    def _date(self, iso: str | None) -> str:
        if not iso:
            return "—"
        return formats.day(iso, self.language)

    def reload(self) -> None:
        data: Overview = self.session.read(overview, self.language)
        profile = data.profile or {}
        self.state_label.setText(state_name(profile.get("state_code", ""), self.language) if profile else "")
        self.training_label.setVisible(bool(profile.get("is_training")))
        focal = isolate(profile.get("focal_point_name") or "", auto=True) or self.tr("(focal point not named yet)")
        if profile.get("focal_point_title"):
            focal += " · " + isolate(profile["focal_point_title"], auto=True)
        self.focal_label.setText(self.tr("Focal point: %1").replace("%1", focal))
        number = lambda n: formats.number(n, self.language)  # noqa: E731
        self.figures["answered"].setText(
            self.tr("%1 of %2").replace("%1", number(data.total.answered)).replace("%2", number(data.total.total))
        )
        self.figures["agencies"].setText(number(data.agencies))
        self.figures["contacts"].setText(number(data.contacts))
        self.figures["laws"].setText(number(data.laws))
        self.figures["without_reference"].setText(number(data.without_reference))
        self.figures["changed"].setText(number(data.changed_since_last_report))
        self.figures["changed"].target = (
            ("matrix_filter", ("changed_since", data.last_report_date)) if data.last_report_date else None
        )
        self.changed_caption.setText(
            self.tr("fields changed since the last report (%1)").replace("%1", self._date(data.last_report_date))
            if data.last_report_date
            else self.tr("fields changed (no report sent yet)")
        )
        self.heat_map.set_data(data.heat_map)
        self.due_actions.set_lines(
            self._capped([(self._due_line(a), ("action", a["id"])) for a in data.due_actions], data.more_due_actions)
            or [(self.tr("Nothing overdue or due soon."), None)]
        )
        self.follow_ups.set_lines(
            self._capped(
                [(self._follow_up_line(r), ("request", r["id"])) for r in data.follow_ups], data.more_follow_ups
            )
        )
        self.follow_ups.setVisible(bool(data.follow_ups))
        self.awaited.set_lines(
            self._capped(
                [(self._awaited_line(w), ("workbook", w["id"])) for w in data.awaited_workbooks],
                data.more_awaited_workbooks,
            )
        )
        self.awaited.setVisible(bool(data.awaited_workbooks))
        self.first_report.setText(self._date(profile.get("first_report_date")))
        additional = [self._date(r["submitted_on"]) for r in data.additional_reports]
        if data.more_additional_reports:
            additional.insert(0, self.tr("%n earlier", "", data.more_additional_reports))
        self.additional.setText(labels.join(additional) or "—")
        self.approval.setText(self._date(profile.get("committee_approval_date")))
        self.template.setText(data.template_version or "—")
        self._fill_coverage(data)
        self.recent_changes.set_lines(
            [(self._change_line(entry), _target(entry)) for entry in data.recent_changes] or [("—", None)]
        )

    def _capped(self, lines: list[tuple[str, object]], more: int) -> list[tuple[str, object]]:
        """The lines of a capped list (text, what it opens), and "and N more" when it holds more than it shows."""
        if more:
            lines = [*lines, (self.tr("… and %n more", "", more), None)]
        return lines

    def _open(self, target) -> None:
        if target is not None:
            self.open_item.emit(*target)

    def _due_line(self, action: dict) -> str:
        when = self._date(action["due_date"])
        who = action["lead_acronym"] or action["lead_agency"]
        state = self.tr("OVERDUE") if action["overdue"] else labels.action_status(action["status"])
        title = isolate(action["title"], auto=True)
        return f"{when} — {state} — {title}" + (f" ({isolate(who, auto=True)})" if who else "")

    def _follow_up_line(self, request: dict) -> str:
        text = self.tr("%1 — assistance request sent on %2: the Chair will ask whether it has been met — %3")
        return ("⚠ " if request["follow_up_due"] else "") + text.replace(
            "%1", self._date(request["follow_up_on"])
        ).replace("%2", self._date(request["sent_on"])).replace("%3", request["title"])

    def _awaited_line(self, workbook: dict) -> str:
        if workbook["due_on"]:
            text = self.tr("%1 — reply awaited from %2 (workbook sent on %3)").replace(
                "%1", self._date(workbook["due_on"])
            )
        else:
            text = self.tr("No reply date — reply awaited from %2 (workbook sent on %3)")
        text = text.replace("%2", workbook["agency_name"]).replace("%3", self._date(workbook["sent_on"]))
        return ("⚠ " + self.tr("OVERDUE") + " — " if workbook["overdue"] else "") + text

    def _change_line(self, entry: dict) -> str:
        stamp = formats.utc_moment(entry["at"], self.language)
        what = labels.audit_entry(entry["entity"], entry["action"])
        summary = entry["summary"] if len(entry["summary"]) <= 90 else entry["summary"][:89] + "…"
        summary, actor = isolate(summary, auto=True), isolate(entry["actor"], auto=True)  # typed: either direction
        return f"{stamp} — {actor} — {what}: {summary}" if summary else f"{stamp} — {actor} — {what}"

    def _fill_coverage(self, data: Overview) -> None:
        number = lambda n: formats.number(n, self.language)  # noqa: E731
        entries = [
            (self.tr("Section %1: %2").replace("%1", s.key).replace("%2", s.label), s.coverage) for s in data.sections
        ]
        entries += [
            (self.tr("All sections B-D: %1").replace("%1", labels.weapon_name(w)), c) for w, c in data.weapons.items()
        ]
        while len(self.coverage_rows) < len(entries):
            row = len(self.coverage_rows) + 2
            name, bar, figures = QLabel(), CoverageBar(), QLabel()
            name.setWordWrap(True)
            name.setMinimumWidth(260)
            figures.setObjectName("coverageFigures")
            self.coverage_grid.addWidget(name, row, 0)
            self.coverage_grid.addWidget(bar, row, 1)
            self.coverage_grid.addWidget(figures, row, 2)
            self.coverage_rows.append((name, bar, figures))
        self.coverage_grid.setColumnStretch(0, 3)
        self.coverage_grid.setColumnStretch(1, 2)
        for (name, bar, figures), (text, c) in zip(self.coverage_rows, entries, strict=False):
            name.setText(text)
            bar.set_coverage(c)
            figures.setText(
                self.tr("X %1 · ? %2 · NA %3 · blank %4 (%5 answered)")
                .replace("%1", number(c.x))
                .replace("%2", number(c.unsure))
                .replace("%3", number(c.na))
                .replace("%4", number(c.blank))
                .replace("%5", formats.percent(c.percent(c.answered), self.language))
            )
