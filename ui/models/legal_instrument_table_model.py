"""The national laws register table, and the table of matrix fields that cite one law."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from app import legal_instruments
from ui import labels
from ui.models.record_table_model import RecordTableModel, TableColumn
from ui.session import Session
from ui.style import tone

REPEALED_COLOUR = QColor("#9a1f1f")


def _h(text: str):
    return lambda: QCoreApplication.translate("LegalInstrumentTableModel", text)


class LegalInstrumentTableModel(RecordTableModel):
    columns = (
        TableColumn("title_original", _h(QT_TRANSLATE_NOOP("LegalInstrumentTableModel", "Title"))),
        TableColumn(
            "instrument_type",
            _h(QT_TRANSLATE_NOOP("LegalInstrumentTableModel", "Type")),
            lambda r: labels.instrument_type(r["instrument_type"]),
        ),
        TableColumn(
            "status",
            _h(QT_TRANSLATE_NOOP("LegalInstrumentTableModel", "Status")),
            lambda r: labels.instrument_status(r["status"]),
        ),
        TableColumn("cited_by", _h(QT_TRANSLATE_NOOP("LegalInstrumentTableModel", "Cited by (fields)"))),
        TableColumn("number", _h(QT_TRANSLATE_NOOP("LegalInstrumentTableModel", "Number"))),
        TableColumn("date_adopted", _h(QT_TRANSLATE_NOOP("LegalInstrumentTableModel", "Adopted"))),
        TableColumn("date_in_force", _h(QT_TRANSLATE_NOOP("LegalInstrumentTableModel", "In force since"))),
        TableColumn("title_en", _h(QT_TRANSLATE_NOOP("LegalInstrumentTableModel", "Title in English"))),
    )

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session

    def fetch(self) -> list[dict]:
        return self.session.read(legal_instruments.list_legal_instruments)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            return tone(REPEALED_COLOUR.name()) if self.row_record(index.row())["status"] == "repealed" else None
        return super().data(index, role)


class CitationTableModel(RecordTableModel):
    """Where one law is cited: section, row, weapon, aspect, article and the field's value."""

    columns = (
        TableColumn(
            "section_key",
            _h(QT_TRANSLATE_NOOP("LegalInstrumentTableModel", "Section")),
            lambda r: f"{r['section_key']}.{r['number']}",
        ),
        TableColumn("row_label", _h(QT_TRANSLATE_NOOP("LegalInstrumentTableModel", "Matrix row"))),
        TableColumn("weapon_label", _h(QT_TRANSLATE_NOOP("LegalInstrumentTableModel", "Weapons"))),
        TableColumn("aspect_label", _h(QT_TRANSLATE_NOOP("LegalInstrumentTableModel", "Column"))),
        TableColumn("article", _h(QT_TRANSLATE_NOOP("LegalInstrumentTableModel", "Article"))),
        TableColumn("value", _h(QT_TRANSLATE_NOOP("LegalInstrumentTableModel", "Value"))),
    )

    def __init__(self, session: Session, language: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.language = language
        self.instrument_id: int | None = None

    def show_instrument(self, instrument_id: int | None) -> None:
        self.instrument_id = instrument_id
        self.reload()

    def fetch(self) -> list[dict]:
        if self.instrument_id is None:
            return []
        return self.session.read(legal_instruments.citing_fields, self.instrument_id, self.language)

    def shows_fields(self, field_keys) -> bool:
        """Whether any of these matrix fields is listed (as citing the law shown)."""
        wanted = set(field_keys)
        return bool(wanted) and any(self.row_record(r)["field_key"] in wanted for r in range(self.rowCount()))
