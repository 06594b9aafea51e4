"""A titled, searchable table of records with Add / Edit / Delete buttons, and a confirmation."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.record_table_model import ID_ROLE, SORT_ROLE, RecordSortProxy, RecordTableModel
from ui.widgets.fit import fit_columns


class OwnerFilterProxy(RecordSortProxy):
    """Text filter over every column, optionally restricted to the records of one owner (the
    contacts of an agency, the offers of a provider): `key` names the record's owner column."""

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.owner_id: int | None = None

    def set_owner(self, owner_id: int | None) -> None:
        self.beginFilterChange()
        self.owner_id = owner_id
        self.endFilterChange()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 (Qt API)
        if self.owner_id is not None and self.sourceModel().row_record(source_row).get(self.key) != self.owner_id:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question whose safe answer (No) is the default."""
    answer = QMessageBox.question(
        parent,
        title,
        shown_as_typed(text),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def shown_as_typed(text: str) -> str:
    """Text for a message box that shows names typed by users as typed: a message box renders text that looks
    like markup as markup, so such text is escaped."""
    return GuiQt.convertFromPlainText(text) if GuiQt.mightBeRichText(text) else text


def select_row(view: QAbstractItemView, row: int) -> None:
    """Select the whole of `row` from code and make it current, in either layout direction.

    QTableView.selectRow takes the row's cell under the viewport's leading edge, which in a right-to-left
    layout is one pixel past the last column (Qt 6): it selects nothing there, and a detail pane fed by the
    selection stays empty. Selecting through the selection model does not depend on the direction."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(model.index(row, 0), flags)


def make_table(proxy: QSortFilterProxyModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view


class RecordPanel(QGroupBox):
    """A titled table with a search field and Add / Edit / Delete buttons."""

    def __init__(self, title: str, model: RecordTableModel, proxy: QSortFilterProxyModel | None, name: str):
        super().__init__(title)
        self.model = model
        self.proxy = proxy = proxy or RecordSortProxy(self)
        proxy.setSourceModel(model)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setFilterKeyColumn(-1)
        proxy.setSortRole(SORT_ROLE)
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.textChanged.connect(proxy.setFilterFixedString)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for button, suffix in ((self.add_button, "Add"), (self.edit_button, "Edit"), (self.delete_button, "Delete")):
            button.setObjectName(f"{name}{suffix}")
        self.table = make_table(proxy, f"{name}Table")
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.search, 1)
        self.bar.addWidget(self.add_button)
        self.bar.addWidget(self.edit_button)
        self.bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.table)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_button.click)
        # Double-click, Return and Enter open the selected record, as the Edit button does.
        self.table.doubleClicked.connect(lambda _index: self.edit_button.click())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, activated=self.edit_button.click)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def reveal(self, record_id: int, resets: tuple[Callable[[], object], ...] = ()) -> bool:
        """Select a record (from the overview, a search), clearing the panel's own search and then `resets` (the
        view's filters) if they hide it; False when it is not there (deleted meanwhile)."""
        self.select_id(record_id)
        if self.selected_id() != record_id:
            self.search.clear()
            for reset in resets:
                reset()
            self.select_id(record_id)
        self.table.setFocus()
        return self.selected_id() == record_id

    def select_id(self, record_id: int | None) -> None:
        if record_id is None:
            return
        source_row = self.model.row_of_id(record_id)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            select_row(self.table, index.row())
            self.table.scrollTo(index)

    def reload(self) -> None:
        keep = self.selected_id()
        self.model.reload()
        fit_columns(self.table)
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > 320:
                self.table.setColumnWidth(column, 320)
        self.select_id(keep)

    def _update_buttons(self, *_):
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)


def error_label(object_name: str = "formError") -> QLabel:
    """A red line under a form that says why it cannot be accepted yet; hidden until needed."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; font-weight: 600;")
    label.hide()
    return label


@contextlib.contextmanager
def wait_cursor() -> Iterator[None]:
    """Show the wait cursor while the block runs; it is restored however the block ends (show message boxes after)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
