"""The action plan as a tree: priorities, and under each priority its actions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app import action_plan, clock
from ui import formats, labels
from ui.session import Session
from ui.style import tone

ID_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 4  # "priority" or "action"
_ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        ID_ROLE,
        KIND_ROLE,
    )
)
OVERDUE_COLOUR = QColor("#b00020")
HEADERS = (
    QT_TRANSLATE_NOOP("ActionTreeModel", "Priority / action"),
    QT_TRANSLATE_NOOP("ActionTreeModel", "Lead agency"),
    QT_TRANSLATE_NOOP("ActionTreeModel", "Start"),
    QT_TRANSLATE_NOOP("ActionTreeModel", "Due"),
    QT_TRANSLATE_NOOP("ActionTreeModel", "Status"),
    QT_TRANSLATE_NOOP("ActionTreeModel", "Progress"),
    QT_TRANSLATE_NOOP("ActionTreeModel", "Matrix fields"),
)


translate = QCoreApplication.translate  # by this name, so that pyside6-lupdate extracts the strings


class ActionTreeModel(QAbstractItemModel):
    """Top-level rows are priorities (plus one for actions without a priority); children are actions.

    A top-level index has internal id 0; an action's internal id is its priority row + 1.
    """

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.plan_id: int | None = None
        self.status: str | None = None
        self.agency_id: int | None = None
        self.groups: list[tuple[dict | None, list[dict]]] = []
        self.actions: list[dict] = []

    def reload(self) -> None:
        ws = self.session.workspace
        today = clock.today_iso()
        plan_id = self.plan_id or action_plan.working_plan(ws)["id"]
        actions = action_plan.list_actions(ws, plan_id, today)
        if self.status == "overdue":
            actions = [a for a in actions if a["overdue"]]
        elif self.status:
            actions = [a for a in actions if a["status"] == self.status]
        if self.agency_id:
            actions = [a for a in actions if a["lead_agency_id"] == self.agency_id]
        priorities = action_plan.list_priorities(ws, plan_id)
        self.beginResetModel()
        self.actions = actions
        self.groups = [(p, [a for a in actions if a["priority_id"] == p["id"]]) for p in priorities]
        loose = [a for a in actions if a["priority_id"] is None]
        if loose:
            self.groups.append((None, loose))
        self.endResetModel()

    # -- structure ----------------------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API)
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API)
        return len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt API)
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return translate("ActionTreeModel", HEADERS[section])
        return None

    def record(self, index: QModelIndex) -> tuple[str, dict | None]:
        if index.internalId() == 0:
            return "priority", self.groups[index.row()][0]
        return "action", self.groups[index.internalId() - 1][1][index.row()]

    # -- data ---------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():  # alignment, background...: asked for every cell painted
            return None
        kind, item = self.record(index)
        if role == KIND_ROLE:
            return kind
        if role == ID_ROLE:
            return item["id"] if item else None
        if kind == "priority":
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                count = len(self.groups[index.row()][1])
                title = item["title"] if item else translate("ActionTreeModel", "(no priority)")
                return f"{title} ({formats.number(count)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return (translate("ActionTreeModel", "Proposal: ") if item["is_proposal"] else "") + item["title"]
            if column == 1:
                return item["lead_acronym"] or item["lead_agency"]
            if column == 2:
                return formats.day(item["start_date"])
            if column == 3:
                return formats.day(item["due_date"])
            if column == 4:
                text = labels.action_status(item["status"])
                return text + (" — " + translate("ActionTreeModel", "overdue") if item["overdue"] else "")
            if column == 5:
                return formats.percent(item["progress"])
            if column == 6:
                return formats.number(item["field_count"])
        if role == Qt.ItemDataRole.ForegroundRole and item["overdue"]:
            return tone(OVERDUE_COLOUR.name())  # light or dark, as the palette
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return item["description"][:500] or None
        if role == Qt.ItemDataRole.FontRole and item["is_proposal"]:
            font = QFont()
            font.setItalic(True)
            return font
        return None
