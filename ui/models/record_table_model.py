"""A read-only table model over a list of records (dicts) from the domain."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ui import formats

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE, ID_ROLE))


@dataclass(frozen=True)
class TableColumn:
    key: str
    header: Callable[[], str]  # called at display time, so the header follows the language
    display: Callable[[dict], str] | None = None
    sort: Callable[[dict], str] | None = None  # what the rows sort by when the display does not (a written date)


class RecordTableModel(QAbstractTableModel):
    columns: tuple[TableColumn, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None  # the column and order the rows are kept in

    # Subclasses say where their rows come from.
    def fetch(self) -> list[dict]:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._sorted(self.fetch())
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keep the rows in the order of `column` (as its SORT_ROLE values compare), here: a sort key per row
        computed once, not a call into Python for each comparison a proxy makes (2,000 contacts: 20,000)."""
        self._sort = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows = self._sorted(self._rows)
        where = {id(record): row for row, record in enumerate(rows)}
        moved = [where[id(self._rows[index.row()])] for index in before]
        self._rows = rows
        self.changePersistentIndexList(
            before, [self.index(row, index.column()) for row, index in zip(moved, before, strict=True)]
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[dict]) -> list[dict]:
        if self._sort is None or not 0 <= self._sort[0] < len(self.columns):
            return rows
        column, order = self.columns[self._sort[0]], self._sort[1]

        def key(record: dict) -> tuple[int, float, str]:
            value = _sort_value(column, record)
            return (0, value, "") if isinstance(value, (int, float)) else (1, 0, value)

        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

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
        if role not in _ROLES:  # font, colour, alignment...: asked for every cell a view sizes or paints
            return None
        if (
            not index.isValid()
            or not (0 <= index.row() < len(self._rows))
            or not (0 <= index.column() < len(self.columns))
        ):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = _shown(column, column.display(record) if column.display else record.get(column.key))
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 40 else None
            return text.replace("\n", " ⏎ ") if len(text) < 300 else text[:297].replace("\n", " ") + "…"
        if role == SORT_ROLE:
            return _sort_value(column, record)
        if role == ID_ROLE:
            return record["id"]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt API)
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header()
        return None


def _is_date_column(key: str) -> bool:
    return "date" in key or key.endswith(("_on", "_at"))


def _shown(column: TableColumn, value: object) -> str:
    """A cell's text: a date (kept ISO in the records) as the language writes it, digits as the user chose."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return formats.digits(str(value))
    text = str(value)
    if _is_date_column(column.key) and _ISO_DAY.fullmatch(text):
        return formats.day(text)
    return text


def _sort_value(column: TableColumn, record: dict) -> int | float | str:
    value = column.sort(record) if column.sort else column.display(record) if column.display else record.get(column.key)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value  # numbers sort as numbers, not as text ("3" before "13")
    return "" if value is None else str(value).casefold()


class RecordSortProxy(QSortFilterProxyModel):
    """A filtering proxy over a RecordTableModel that leaves the sorting to the model (see its `sort`): the
    proxy keeps the model's order and filters it."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RecordTableModel):
            source.sort(column, order)
            if self.sortColumn() != -1:
                super().sort(-1)  # the source's order as it is
        else:
            super().sort(column, order)
