"""The changes an imported workbook proposes, one per row, each with a check box saying whether to apply it."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from app import matrix
from app.errors import UserError
from app.interchange.importing import Change
from app.workspace import Workspace
from ui import labels
from ui.style import tone

_CONTEXT = "ImportChangeModel"
CONFLICT_BACKGROUND = QColor("#fde7c8")
EMPTY = QT_TRANSLATE_NOOP("ImportChangeModel", "(empty)")

HEADERS = {
    "check": QT_TRANSLATE_NOOP("ImportChangeModel", "Apply"),
    "where": QT_TRANSLATE_NOOP("ImportChangeModel", "Where"),
    "item": QT_TRANSLATE_NOOP("ImportChangeModel", "Item"),
    "part": QT_TRANSLATE_NOOP("ImportChangeModel", "Part"),
    "old": QT_TRANSLATE_NOOP("ImportChangeModel", "Current value"),
    "new": QT_TRANSLATE_NOOP("ImportChangeModel", "New value"),
    "baseline": QT_TRANSLATE_NOOP("ImportChangeModel", "Sent as"),
    "reason": QT_TRANSLATE_NOOP("ImportChangeModel", "Conflict"),
}
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 10
MAX_SHOWN = 200


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def shown(value) -> str:
    """A value as one line of the table: "(empty)" for nothing, line breaks marked, long text cut."""
    text = "" if value is None else str(value)
    if not text.strip():
        return _t(EMPTY)
    text = text.replace("\r\n", "\n").replace("\n", " ⏎ ")
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def field_places(ws: Workspace, keys, language: str) -> dict[str, dict]:
    """Where each field sits and its row's label, in the user's language: {key: {where, where_full, item}}."""
    places = {}
    for key in dict.fromkeys(keys):
        try:
            d = matrix.field_description(ws, key, language)
        except UserError:
            continue
        where = f"{d['section']} {d['number']}"
        full = where
        if d["weapon"]:
            where += f" · {labels.weapon_abbreviation(d['weapon'], language)} · {labels.aspect(d['aspect'])}"
            full += f" — {d['weapon_label']} — {d['aspect_label']}"
        places[key] = {"where": where, "where_full": full, "item": d["row_label"]}
    return places


class ImportChangeModel(QAbstractTableModel):
    """Rows are `Change`s; column 0 is checkable. Conflicts start unchecked, the others checked.

    `places` gives, by field key, the field's place and row label in the user's language
    ({"where": ..., "item": ...}); the domain's English ones are used for a field it lacks.
    """

    checked_changed = Signal(int)  # how many changes are checked now

    def __init__(
        self, changes: list[Change], *, with_baseline: bool, places: dict[str, dict] | None = None, parent=None
    ):
        super().__init__(parent)
        self.changes = list(changes)
        self.places = places or {}
        self.keys = (
            ["check", "where", "item", "part", "old", "new"] + (["baseline"] if with_baseline else []) + ["reason"]
        )
        self.checked = [not c.conflict for c in self.changes]
        self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    # -- the choices -------------------------------------------------------------------------------
    def accepted_ids(self) -> set[int]:
        return {c.id for c, on in zip(self.changes, self.checked, strict=False) if on}

    def checked_count(self) -> int:
        return sum(self.checked)

    def set_checked(self, rows: list[int], on: bool) -> None:
        changed = [r for r in rows if 0 <= r < len(self.checked) and self.checked[r] != on]
        for r in changed:
            self.checked[r] = on
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), 0), [Qt.ItemDataRole.CheckStateRole]
            )
            self.checked_changed.emit(self.checked_count())

    def column_of(self, key: str) -> int:
        return self.keys.index(key)

    # -- Qt's model API ------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.keys)

    def flags(self, index: QModelIndex | QPersistentModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.keys[index.column()] == "check":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _text(self, change: Change, key: str) -> str:
        place = self.places.get(change.field_key, {})
        if key == "where":
            return place.get("where") or change.where
        if key == "item":
            return place.get("item") or change.item
        if key == "part":
            return labels.answer_attribute(change.attribute)
        if key == "old":
            return shown(change.old)
        if key == "new":
            return shown(change.new)
        if key == "baseline":
            return shown(change.baseline)
        if key == "reason":
            return labels.conflict_reason(change.reason) if change.conflict else ""
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if (
            not index.isValid()
            or not (0 <= index.row() < len(self.changes))
            or not (0 <= index.column() < len(self.keys))
        ):
            return None
        change = self.changes[index.row()]
        key = self.keys[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and key == "check":
            return Qt.CheckState.Checked if self.checked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(change, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in ("old", "new", "baseline"):
                full = {"old": change.old, "new": change.new, "baseline": change.baseline}[key]
                full = "" if full is None else str(full)
                return full if len(full) > 40 or "\n" in full else None
            if key == "item":
                return self._text(change, key)
            if key == "where":
                return self.places.get(change.field_key, {}).get("where_full") or change.where
            if change.conflict:
                return labels.conflict_reason(change.reason)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and change.conflict:
            return QBrush(tone(CONFLICT_BACKGROUND.name()))
        if role == Qt.ItemDataRole.DecorationRole and key == "reason" and change.conflict:
            return self._warning_icon
        if role == CONFLICT_ROLE:
            return change.conflict
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or self.keys[index.column()] != "check":
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value) or value is True
        self.set_checked([index.row()], on)
        return True

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt API)
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self.keys)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if self.keys[section] == "check" else _t(HEADERS[self.keys[section]])
        if role == Qt.ItemDataRole.ToolTipRole and self.keys[section] == "check":
            return _t(HEADERS["check"])
        return None


class ConflictFilterProxy(QSortFilterProxyModel):
    """All changes, or only the conflicts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.conflicts_only = False

    def set_conflicts_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.conflicts_only = on
        self.endFilterChange()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 (Qt API)
        if not self.conflicts_only:
            return True
        return bool(self.sourceModel().index(source_row, 0, source_parent).data(CONFLICT_ROLE))
