"""Agencies and contacts: the national agencies and the points of contact, fully editable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QSplitter, QVBoxLayout, QWidget

from app import agencies, contacts
from app.changes import Changes
from ui.dialogs.forms import edit_agency, edit_contact
from ui.models.agency_table_model import AgencyTableModel
from ui.models.contact_table_model import ContactTableModel
from ui.session import Session
from ui.widgets.record_actions import Deletion, RecordActions
from ui.widgets.record_panel import OwnerFilterProxy, RecordPanel


class AgenciesContactsView(QWidget):
    SHOWS = frozenset({"agency", "point_of_contact"})  # the kinds of record it shows (app.changes.KINDS)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("agenciesContactsView")
        self.session = session

        self.agency_panel = RecordPanel(self.tr("National agencies"), AgencyTableModel(session, self), None, "agency")
        self.contact_proxy = OwnerFilterProxy("agency_id", self)
        self.contact_panel = RecordPanel(
            self.tr("Points of contact"), ContactTableModel(session, self), self.contact_proxy, "contact"
        )
        self.only_selected = QCheckBox(self.tr("Only the selected agency"))
        self.only_selected.setObjectName("onlySelectedAgency")
        self.contact_panel.bar.insertWidget(1, self.only_selected)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("agenciesContactsSplitter")
        splitter.addWidget(self.agency_panel)
        splitter.addWidget(self.contact_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.agency_actions = RecordActions.for_panel(
            self,
            session,
            self.agency_panel,
            add=lambda: edit_agency(self.session, self),
            edit=lambda agency_id: edit_agency(self.session, self, agency_id),
            deletion=self._agency_deletion,
        )
        self.contact_actions = RecordActions.for_panel(
            self,
            session,
            self.contact_panel,
            add=self._new_contact,
            edit=lambda contact_id: edit_contact(self.session, self, contact_id),
            deletion=self._contact_deletion,
        )
        self.only_selected.toggled.connect(self._apply_agency_filter)
        self.agency_panel.table.selectionModel().selectionChanged.connect(self._apply_agency_filter)

        session.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self.agency_panel.reload()
        self.contact_panel.reload()

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(self.SHOWS):
            return
        if changes.touches({"agency"}):
            self.agency_panel.reload()
        if changes.touches({"point_of_contact", "agency"}):  # a contact shows its agency's name
            self.contact_panel.reload()

    def _apply_agency_filter(self, *_):
        self.contact_proxy.set_owner(self.agency_panel.selected_id() if self.only_selected.isChecked() else None)

    # -- agencies ----------------------------------------------------------------------------
    def edit_agency(self) -> None:
        self.agency_actions.edit()

    def delete_agency(self) -> None:
        self.agency_actions.delete()

    def _agency_deletion(self, agency_id: int) -> Deletion:
        agency = agencies.get_agency(self.session.workspace, agency_id)
        usage = agencies.agency_usage(self.session.workspace, agency_id)
        text = self.tr("Delete the agency “%1”?").replace("%1", agency["name"])
        if usage["contacts"] or usage["matrix_fields"]:
            text += "\n\n" + self.tr(
                "%1 and %2 refer to it; they keep their data but will no longer be linked to an agency."
            ).replace("%1", self.tr("%n point(s) of contact", "", usage["contacts"])).replace(
                "%2", self.tr("%n matrix field(s)", "", usage["matrix_fields"])
            )
        # contacts follow "agency" too
        return Deletion(self.tr("Delete agency"), text, agencies.delete_agency, (agency_id,))

    # -- contacts ----------------------------------------------------------------------------
    def _new_contact(self) -> int | None:
        preset = self.agency_panel.selected_id() if self.only_selected.isChecked() else None
        return edit_contact(self.session, self, agency_id=preset)

    def edit_contact(self) -> None:
        self.contact_actions.edit()

    def delete_contact(self) -> None:
        self.contact_actions.delete()

    def _contact_deletion(self, contact_id: int) -> Deletion:
        contact = contacts.get_contact(self.session.workspace, contact_id)
        return Deletion(
            self.tr("Delete point of contact"),
            self.tr("Delete the point of contact “%1”?").replace("%1", contact["name"]),
            contacts.delete_contact,
            (contact_id,),
        )
