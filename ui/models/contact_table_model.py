"""The points of contact table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import contacts
from ui import labels
from ui.models.record_table_model import RecordTableModel, TableColumn
from ui.session import Session


def _h(text: str):
    return lambda: QCoreApplication.translate("ContactTableModel", text)


class ContactTableModel(RecordTableModel):
    columns = (
        TableColumn(
            "contact_type",
            _h(QT_TRANSLATE_NOOP("ContactTableModel", "Type")),
            lambda r: labels.contact_type(r["contact_type"]),
        ),
        TableColumn("name", _h(QT_TRANSLATE_NOOP("ContactTableModel", "Name"))),
        TableColumn("title", _h(QT_TRANSLATE_NOOP("ContactTableModel", "Title"))),
        TableColumn(
            "agency_name",
            _h(QT_TRANSLATE_NOOP("ContactTableModel", "Agency or organisation")),
            lambda r: r["agency_name"] or r["organisation"],
        ),
        TableColumn("phone", _h(QT_TRANSLATE_NOOP("ContactTableModel", "Phone"))),
        TableColumn("email", _h(QT_TRANSLATE_NOOP("ContactTableModel", "E-mail"))),
        TableColumn("date_last_confirmed", _h(QT_TRANSLATE_NOOP("ContactTableModel", "Last confirmed"))),
    )

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session

    def fetch(self) -> list[dict]:
        return self.session.read(contacts.list_contacts)
