"""The documents marked as submitted, for the reports view's history."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app import submissions
from ui import formats
from ui.i18n import LANGUAGE_NAMES
from ui.labels import EXPORT_FORMATS, REPORT_SCOPES, counts_text, document_label, report_tr
from ui.models.record_table_model import RecordTableModel, TableColumn
from ui.session import Session


def _h(text: str):
    return lambda: QCoreApplication.translate("ReportsView", text)


class SubmissionTableModel(RecordTableModel):
    """The documents marked as submitted, newest first (the domain's order)."""

    columns = (
        TableColumn("submitted_on", _h(QT_TRANSLATE_NOOP("ReportsView", "Date submitted"))),
        TableColumn(
            "kind",
            _h(QT_TRANSLATE_NOOP("ReportsView", "Document")),
            lambda r: document_label(r["kind"], "full", r["request_id"]),
        ),
        TableColumn(
            "scope",
            _h(QT_TRANSLATE_NOOP("ReportsView", "Scope")),
            lambda r: report_tr(REPORT_SCOPES.get(r["scope"], r["scope"])),
        ),
        TableColumn(
            "lang", _h(QT_TRANSLATE_NOOP("ReportsView", "Language")), lambda r: LANGUAGE_NAMES.get(r["lang"], r["lang"])
        ),
        TableColumn(
            "format",
            _h(QT_TRANSLATE_NOOP("ReportsView", "Format")),
            lambda r: report_tr(EXPORT_FORMATS.get(r["format"], r["format"])),
        ),
        TableColumn("reference", _h(QT_TRANSLATE_NOOP("ReportsView", "Reference"))),
        TableColumn("file_name", _h(QT_TRANSLATE_NOOP("ReportsView", "File"))),
        TableColumn("size", _h(QT_TRANSLATE_NOOP("ReportsView", "Size")), lambda r: r["size"] or 0),
        TableColumn("created_by", _h(QT_TRANSLATE_NOOP("ReportsView", "Marked by"))),
    )
    SIZE_COLUMN = 7

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session

    def fetch(self) -> list[dict]:
        return submissions.list_submissions(self.session.workspace)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        record = self.row_record(index.row())
        if index.column() == self.SIZE_COLUMN and role == Qt.ItemDataRole.DisplayRole:
            return formats.size(record["size"] or 0)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                document_label(record["kind"], record["scope"], record["request_id"]),
                report_tr(QT_TRANSLATE_NOOP("ReportsView", "Checked: %1")).replace(
                    "%1", counts_text(record["kind"], record["counts"])
                ),
            ]
            if record["note"]:
                lines.append(record["note"])
            return "\n".join(lines)
        return super().data(index, role)
