"""The National Implementation Action Plan: header, priorities and actions, timeline, versions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app import action_plan, agencies, assistance, clock
from app.action_plan import ACTION_STATUSES
from app.changes import Changes
from app.errors import UserError
from ui import formats, labels
from ui.dialogs.forms import edit_action, edit_plan, edit_priority, request_from_action
from ui.dialogs.history import history_button
from ui.i18n import isolate, show_lines
from ui.models.action_tree_model import ID_ROLE, KIND_ROLE, ActionTreeModel
from ui.session import Session
from ui.widgets.fit import fit_columns, readable_first_column
from ui.widgets.flow import FlowLayout
from ui.widgets.record_actions import Deletion, RecordActions
from ui.widgets.record_panel import confirm
from ui.widgets.timeline import TimelinePanel, plan_numbers

PLAN_ACTIONS = frozenset({"plan_priority", "plan_action", "plan_action_agency", "plan_action_field"})


class ActionPlanView(QWidget):
    # the plan's versions and header, its priorities and actions, and the agencies that lead them (the filter)
    SHOWS = frozenset({"action_plan", "agency"}) | PLAN_ACTIONS

    def __init__(self, session: Session, language: str, parent=None):
        super().__init__(parent)
        self.setObjectName("actionPlanView")
        self.session, self.language = session, language

        self.version = QComboBox()
        self.version.setObjectName("planVersion")
        self.edit_plan_button = QPushButton(self.tr("Edit plan…"))
        self.freeze_button = QPushButton(self.tr("Freeze as submitted…"))
        self.freeze_button.setObjectName("freezePlan")
        self.header = QLabel()
        self.header.setObjectName("planHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Version")))
        top.addWidget(self.version, 1)
        top.addWidget(self.edit_plan_button)
        top.addWidget(self.freeze_button)

        self.add_priority_button = QPushButton(self.tr("Add priority…"))
        self.add_action_button = QPushButton(self.tr("Add &action…"))
        self.add_action_button.setObjectName("addAction")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editPlanItem")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.accept_button = QPushButton(self.tr("Keep proposal"))
        self.request_button = QPushButton(self.tr("Request assistance…"))
        self.request_button.setObjectName("requestAssistance")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("actionStatusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Overdue"), "overdue")
        for code in ACTION_STATUSES:
            self.status_filter.addItem(labels.action_status(code), code)
        self.agency_filter = QComboBox()
        self.agency_filter.setObjectName("actionAgencyFilter")
        self.group_by = QComboBox()
        self.group_by.setObjectName("timelineGroupBy")
        self.group_by.addItem(self.tr("Timeline by priority"), "priority")
        self.group_by.addItem(self.tr("Timeline by lead agency"), "agency")
        # What changes the plan's content: in the tool row, and disabled together when a version is frozen.
        self.content_buttons = (
            self.add_priority_button,
            self.add_action_button,
            self.edit_button,
            self.delete_button,
            self.accept_button,
            self.request_button,
        )
        tools = FlowLayout()  # on more lines rather than widening the window (French, Arabic)
        for widget in self.content_buttons:
            tools.addWidget(widget)
        self.history_button = history_button(self, session, "action", self._selected_action, language)
        tools.addWidget(self.history_button)
        tools.addSpacing(16)
        for widget in (self.status_filter, self.agency_filter, self.group_by):
            tools.addWidget(widget)

        self.model = ActionTreeModel(session, self)
        self.tree = QTreeView()
        self.tree.setObjectName("actionTree")
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        timeline_panel = TimelinePanel()  # the timeline under its legend, in a scroll area
        self.timeline = timeline_panel.timeline
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("actionPlanSplitter")
        splitter.addWidget(self.tree)
        splitter.addWidget(timeline_panel)
        splitter.setSizes([380, 300])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addLayout(tools)
        layout.addWidget(splitter)

        self.edit_plan_button.clicked.connect(lambda: edit_plan(self.session, self))
        self.freeze_button.clicked.connect(self.freeze)
        self.add_priority_button.clicked.connect(lambda: edit_priority(self.session, self))
        self.actions = RecordActions(
            self,
            session,
            lambda: self.selected()[1],
            add=self._new_action,
            edit=lambda _id: self._edit_selected(),
            deletion=self._deletion,
            select=self.select_action,
        )
        self.actions.connect_buttons(self.add_action_button, self.edit_button, self.delete_button)
        self.accept_button.clicked.connect(self.accept_selected)
        self.request_button.clicked.connect(self.request_assistance)
        self.tree.doubleClicked.connect(lambda _i: self.edit_selected())
        self.version.currentIndexChanged.connect(self.reload_actions)
        self.status_filter.currentIndexChanged.connect(self.reload_actions)
        self.agency_filter.currentIndexChanged.connect(self.reload_actions)
        self.group_by.currentIndexChanged.connect(self._fill_timeline)
        self.timeline.action_clicked.connect(self.select_action)
        self.tree.selectionModel().currentChanged.connect(self.history_button.refresh)
        self.model.modelReset.connect(self.history_button.refresh)
        self.history_button.refresh()
        session.changed.connect(self._on_changed)
        self.reload()

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        ws = self.session.workspace
        action_plan.working_plan(ws)  # a new database starts with an empty working plan
        current = self.version.currentData()
        self.version.blockSignals(True)
        self.version.clear()
        for plan in action_plan.versions(ws):
            if plan["frozen_on"]:
                text = self.tr("Submitted version, frozen on %1 (read-only)").replace(
                    "%1", formats.day(plan["frozen_on"], self.language)
                )
            else:
                text = self.tr("Working version")
            self.version.addItem(text, plan["id"])
        self.version.setCurrentIndex(max(0, self.version.findData(current)))
        self.version.blockSignals(False)
        agency = self.agency_filter.currentData()
        self.agency_filter.blockSignals(True)
        self.agency_filter.clear()
        self.agency_filter.addItem(self.tr("All lead agencies"), None)
        for row in agencies.list_agencies(ws):
            self.agency_filter.addItem(row["acronym"] or row["name"], row["id"])
        self.agency_filter.setCurrentIndex(max(0, self.agency_filter.findData(agency)))
        self.agency_filter.blockSignals(False)
        self.reload_actions()

    def plan(self) -> dict:
        plan_id = self.version.currentData()
        return next(p for p in action_plan.versions(self.session.workspace) if p["id"] == plan_id)

    def read_only(self) -> bool:
        return bool(self.plan()["frozen_on"])

    def reload_actions(self, *_):
        kept_kind, kept_id = self.selected()
        plan = self.plan()
        self.model.plan_id = plan["id"]
        self.model.status = self.status_filter.currentData()
        self.model.agency_id = self.agency_filter.currentData()
        self.model.reload()
        self.tree.expandAll()
        if kept_kind == "action":
            self.select_action(kept_id)  # an edit elsewhere keeps the user's place
        fit_columns(self.tree, *range(1, self.model.columnCount()))
        readable_first_column(self.tree)
        self._fill_header(plan)
        self._fill_timeline()
        frozen = bool(plan["frozen_on"])
        for button in (self.edit_plan_button, self.freeze_button, *self.content_buttons):
            button.setEnabled(not frozen)

    def _fill_header(self, plan: dict) -> None:
        def day(iso):
            return formats.day(iso, self.language) if iso else "…"

        lines = [isolate(plan["title"], auto=True) if plan["title"] else self.tr("(untitled plan: use “Edit plan…”)")]
        if plan["period_start"] or plan["period_end"]:
            lines.append(
                self.tr("Period: %1 to %2")
                .replace("%1", day(plan["period_start"]))
                .replace("%2", day(plan["period_end"]))
            )
        if plan["adopting_authority"] or plan["adoption_decision"]:
            lines.append(
                self.tr("Adopted by: %1").replace(
                    "%1", " — ".join(t for t in (plan["adopting_authority"], plan["adoption_decision"]) if t)
                )
            )
        if plan["submitted_on"]:
            lines.append(self.tr("Submitted to the Committee: %1").replace("%1", day(plan["submitted_on"])))
        show_lines(self.header, lines)

    def _fill_timeline(self, *_):
        self.timeline.set_actions(
            [a for a in self.model.actions if a["status"] != "cancelled"],
            self.group_by.currentData(),
            numbers=plan_numbers(action_plan.list_actions(self.session.workspace, self.model.plan_id)),
        )

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches({"action_plan", "agency"}):  # versions, header, the agency filter
            self.reload()
        elif changes.touches(PLAN_ACTIONS):
            self.reload_actions()

    # -- selection and edits ---------------------------------------------------------------------
    def selected(self) -> tuple[str | None, int | None]:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None, None
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def _selected_action(self) -> int | None:
        kind, item_id = self.selected()
        return item_id if kind == "action" else None

    def select_record(self, record_id: int, kind: str = "action") -> bool:
        """Show an action (or a priority) selected (from the overview, a search): filters that hide it and a frozen
        version shown are cleared first."""
        if not self.select_item(kind, record_id):
            for combo in (self.version, self.status_filter, self.agency_filter):
                combo.setCurrentIndex(0)  # the working version (listed first), all statuses, all agencies
            self.select_item(kind, record_id)
        self.tree.setFocus()
        return self.selected() == (kind, record_id)

    def select_action(self, action_id: int) -> None:
        self.select_item("action", action_id)

    def select_item(self, kind: str, record_id: int) -> bool:
        """Select the priority or action `record_id` in the tree as it is shown; False when it is not shown."""
        for group_row in range(self.model.rowCount()):
            parent = self.model.index(group_row, 0)
            for index in (parent, *(self.model.index(row, 0, parent) for row in range(self.model.rowCount(parent)))):
                if index.data(KIND_ROLE) == kind and index.data(ID_ROLE) == record_id:
                    self.tree.setCurrentIndex(index)
                    self.tree.scrollTo(index)
                    return True
        return False

    def _new_action(self) -> int | None:
        kind, item_id = self.selected()
        return edit_action(self.session, self, self.language, priority_id=item_id if kind == "priority" else None)

    def edit_selected(self) -> None:
        self._edit_selected()

    def _edit_selected(self) -> None:
        if self.read_only():
            return
        kind, item_id = self.selected()
        if kind == "action":
            edit_action(self.session, self, self.language, item_id)
        elif kind == "priority" and item_id:
            edit_priority(self.session, self, item_id)

    def _deletion(self, item_id: int) -> Deletion:
        kind, _ = self.selected()
        if kind == "action":
            title = action_plan.get_action(self.session.workspace, item_id)["title"]
            return Deletion(
                self.tr("Delete action"),
                self.tr("Delete the action “%1”?").replace("%1", title),
                action_plan.delete_action,
                (item_id,),
            )
        return Deletion(
            self.tr("Delete priority"),
            self.tr("Delete this priority? Its actions stay in the plan, without a priority."),
            action_plan.delete_priority,
            (item_id,),
        )

    def accept_selected(self) -> None:
        kind, item_id = self.selected()
        if kind == "action":
            self.session.run(action_plan.accept_proposal, item_id)

    def freeze(self) -> None:
        plan = self.plan()
        submitted = plan["submitted_on"] or clock.today_iso()
        if not confirm(
            self,
            self.tr("Freeze the plan"),
            self.tr(
                "Freeze this version as submitted to the Committee on %1? It becomes read-only and stays viewable; "
                "you continue working on a copy."
            ).replace("%1", formats.day(submitted, self.language)),
        ):
            return
        try:
            self.session.run(action_plan.freeze_plan, submitted)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Freeze the plan"), str(exc))
            return
        self.version.setCurrentIndex(0)  # carry on with the new working version

    def request_assistance(self) -> None:
        """Start an assistance request from the selected action and open it on what it still lacks."""
        kind, action_id = self.selected()
        if kind != "action" or self.read_only():
            return
        if assistance.requests_for_action(self.session.workspace, action_id) and not confirm(
            self,
            self.tr("Request assistance"),
            self.tr(
                "An assistance request already exists for this action (see Assistance). Make another one, for "
                "another subject area?"
            ),
        ):
            return
        request_from_action(self.session, self, self.language, action_id)
