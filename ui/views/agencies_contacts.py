"""Agencies and contacts: the national agencies and the points of contact, fully editable."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import agencies, contacts
from ui.dialogs.forms import edit_agency, edit_contact
from ui.models.agency_table_model import AgencyTableModel
from ui.models.contact_table_model import ContactTableModel
from ui.models.record_table_model import ID_ROLE, SORT_ROLE, RecordTableModel
from ui.session import Session


class ContactFilterProxy(QSortFilterProxyModel):
    """Text filter over every column, optionally restricted to one agency's contacts."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.agency_id: int | None = None
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)

    def set_agency(self, agency_id: int | None) -> None:
        self.beginFilterChange()
        self.agency_id = agency_id
        self.endFilterChange()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 (Qt API)
        if self.agency_id is not None:
            record = self.sourceModel().row_record(source_row)
            if record.get("agency_id") != self.agency_id:
                return False
        return super().filterAcceptsRow(source_row, source_parent)


def _table(proxy: QSortFilterProxyModel, name: str) -> QTableView:
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

    def __init__(self, title: str, model: RecordTableModel, proxy: QSortFilterProxyModel, name: str):
        super().__init__(title)
        self.model = model
        self.proxy = proxy
        proxy.setSourceModel(model)
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
        self.table = _table(proxy, f"{name}Table")
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
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_id(self, record_id: int | None) -> None:
        if record_id is None:
            return
        source_row = self.model.row_of_id(record_id)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def reload(self) -> None:
        keep = self.selected_id()
        self.model.reload()
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > 320:
                self.table.setColumnWidth(column, 320)
        self.select_id(keep)

    def _update_buttons(self, *_):
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)


class AgenciesContactsView(QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("agenciesContactsView")
        self.session = session

        self.agency_panel = RecordPanel(self.tr("National agencies"), AgencyTableModel(session, self),
                                        QSortFilterProxyModel(self), "agency")
        self.agency_panel.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.agency_panel.proxy.setFilterKeyColumn(-1)
        self.agency_panel.proxy.setSortRole(SORT_ROLE)
        self.contact_proxy = ContactFilterProxy(self)
        self.contact_panel = RecordPanel(self.tr("Points of contact"), ContactTableModel(session, self),
                                         self.contact_proxy, "contact")
        self.only_selected = QCheckBox(self.tr("Only the selected agency"))
        self.only_selected.setObjectName("onlySelectedAgency")
        self.contact_panel.bar.insertWidget(1, self.only_selected)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.agency_panel)
        splitter.addWidget(self.contact_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        a, c = self.agency_panel, self.contact_panel
        a.add_button.clicked.connect(self.add_agency)
        a.edit_button.clicked.connect(self.edit_agency)
        a.delete_button.clicked.connect(self.delete_agency)
        a.table.doubleClicked.connect(lambda _i: self.edit_agency())
        c.add_button.clicked.connect(self.add_contact)
        c.edit_button.clicked.connect(self.edit_contact)
        c.delete_button.clicked.connect(self.delete_contact)
        c.table.doubleClicked.connect(lambda _i: self.edit_contact())
        self.only_selected.toggled.connect(self._apply_agency_filter)
        a.table.selectionModel().selectionChanged.connect(self._apply_agency_filter)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), a.table, activated=self.edit_agency)
            QShortcut(QKeySequence(key), c.table, activated=self.edit_contact)

        session.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self.agency_panel.reload()
        self.contact_panel.reload()

    def _on_changed(self, entity: str) -> None:
        if entity in ("agency", "point_of_contact", "database"):
            self.reload()

    def _apply_agency_filter(self, *_):
        self.contact_proxy.set_agency(self.agency_panel.selected_id() if self.only_selected.isChecked() else None)

    # -- agencies ----------------------------------------------------------------------------
    def add_agency(self) -> None:
        new_id = edit_agency(self.session, self)
        self.agency_panel.select_id(new_id)

    def edit_agency(self) -> None:
        agency_id = self.agency_panel.selected_id()
        if agency_id is not None:
            edit_agency(self.session, self, agency_id)

    def delete_agency(self) -> None:
        agency_id = self.agency_panel.selected_id()
        if agency_id is None:
            return
        agency = agencies.get_agency(self.session.workspace, agency_id)
        usage = agencies.agency_usage(self.session.workspace, agency_id)
        text = self.tr("Delete the agency “%1”?").replace("%1", agency["name"])
        if usage["contacts"] or usage["matrix_fields"]:
            text += "\n\n" + self.tr(
                "%1 point(s) of contact and %2 matrix field(s) refer to it; they keep their data but will no longer "
                "be linked to an agency."
            ).replace("%1", str(usage["contacts"])).replace("%2", str(usage["matrix_fields"]))
        if self._confirm(self.tr("Delete agency"), text):
            self.session.apply("agency", agencies.delete_agency, agency_id)
            self.session.changed.emit("point_of_contact")

    # -- contacts ----------------------------------------------------------------------------
    def add_contact(self) -> None:
        preset = self.agency_panel.selected_id() if self.only_selected.isChecked() else None
        new_id = edit_contact(self.session, self, agency_id=preset)
        self.contact_panel.select_id(new_id)

    def edit_contact(self) -> None:
        contact_id = self.contact_panel.selected_id()
        if contact_id is not None:
            edit_contact(self.session, self, contact_id)

    def delete_contact(self) -> None:
        contact_id = self.contact_panel.selected_id()
        if contact_id is None:
            return
        contact = contacts.get_contact(self.session.workspace, contact_id)
        if self._confirm(self.tr("Delete point of contact"),
                         self.tr("Delete the point of contact “%1”?").replace("%1", contact["name"])):
            self.session.apply("point_of_contact", contacts.delete_contact, contact_id)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def current_index(self) -> QModelIndex:
        return self.agency_panel.table.currentIndex()
