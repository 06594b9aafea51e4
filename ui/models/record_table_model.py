"""A read-only table model over a list of records (dicts) from the domain."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class TableColumn:
    key: str
    header: Callable[[], str]  # called at display time, so the header follows the language
    display: Callable[[dict], str] | None = None


class RecordTableModel(QAbstractTableModel):
    columns: tuple[TableColumn, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []

    # Subclasses say where their rows come from.
    def fetch(self) -> list[dict]:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.fetch()
        self.endResetModel()

    def row_record(self, row: int) -> dict:
        return self._rows[row]

    def row_of_id(self, record_id: int) -> int:
        for row, record in enumerate(self._rows):
            if record["id"] == record_id:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < len(self.columns)):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = column.display(record) if column.display else record.get(column.key)
            text = "" if text is None else str(text)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 40 else None
            return text.replace("\n", " ⏎ ") if len(text) < 300 else text[:297].replace("\n", " ") + "…"
        if role == SORT_ROLE:
            value = column.display(record) if column.display else record.get(column.key)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return value  # numbers sort as numbers, not as text ("3" before "13")
            return "" if value is None else str(value).casefold()
        if role == ID_ROLE:
            return record["id"]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt API)
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header()
        return None
