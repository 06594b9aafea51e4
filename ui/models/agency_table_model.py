"""The agencies table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import agencies
from ui import labels
from ui.models.record_table_model import RecordTableModel, TableColumn
from ui.session import Session


def _h(text: str):
    return lambda: QCoreApplication.translate("AgencyTableModel", text)


class AgencyTableModel(RecordTableModel):
    columns = (
        TableColumn("name", _h(QT_TRANSLATE_NOOP("AgencyTableModel", "Name"))),
        TableColumn("acronym", _h(QT_TRANSLATE_NOOP("AgencyTableModel", "Acronym"))),
        TableColumn("kind", _h(QT_TRANSLATE_NOOP("AgencyTableModel", "Type")), lambda r: labels.agency_kind(r["kind"])),
        TableColumn("parent", _h(QT_TRANSLATE_NOOP("AgencyTableModel", "Ministry or parent body"))),
        TableColumn("phone", _h(QT_TRANSLATE_NOOP("AgencyTableModel", "Phone"))),
        TableColumn("email", _h(QT_TRANSLATE_NOOP("AgencyTableModel", "E-mail"))),
    )

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session

    def fetch(self) -> list[dict]:
        return self.session.read(agencies.list_agencies)
