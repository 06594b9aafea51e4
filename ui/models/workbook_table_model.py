"""The workbooks sent to agencies: to whom, when, by when, how many fields, and whether they came back."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app import clock
from app.interchange import agency_workbook as aw
from ui import formats, labels
from ui.models.record_table_model import RecordTableModel, TableColumn
from ui.session import Session
from ui.style import tone

_CONTEXT = "WorkbookTableModel"
OVERDUE_COLOUR = QColor("#b00020")
WITHDRAWN_COLOUR = QColor("#6b7580")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _h(text: str):
    return lambda: QCoreApplication.translate("WorkbookTableModel", text)


def local_day(timestamp: str | None) -> str:
    """The local date (YYYY-MM-DD) of a UTC ISO timestamp as the domain records it."""
    if not timestamp:
        return ""
    try:
        return datetime.fromisoformat(timestamp).astimezone().date().isoformat()
    except ValueError:
        return timestamp[:10]


def is_overdue(record: dict, today: str | None = None) -> bool:
    """Still awaited and past the date the reply was asked for."""
    return bool(record["status"] == "pending" and record["due_on"] and record["due_on"] < (today or clock.today_iso()))


class WorkbookCounts(QObject):
    """The counted texts of the workbooks' table: `self.tr` with a count is what pyside6-lupdate extracts as a
    message with plural forms (QCoreApplication.translate with a count is extracted without them)."""

    def imported(self, changes: int) -> str:
        return self.tr("Imported on %1: %n change(s)", "", changes)

    def sent(self, fields: int) -> str:
        return self.tr("Sent to %1 by %2, %n field(s).", "", fields)


def status_text(record: dict) -> str:
    if record["status"] == "imported":
        text = WorkbookCounts().imported(record["imported_changes"] or 0)
        return text.replace("%1", formats.day(local_day(record["imported_at"])))
    return labels.workbook_status("withdrawn" if record["status"] == "withdrawn" else "pending")


class WorkbookTableModel(RecordTableModel):
    """One row per workbook sent, newest first; an awaited workbook past its reply date shows in red."""

    columns = (
        TableColumn("agency_name", _h(QT_TRANSLATE_NOOP("WorkbookTableModel", "Agency"))),
        TableColumn(
            "exported_at",
            _h(QT_TRANSLATE_NOOP("WorkbookTableModel", "Sent on")),
            lambda r: formats.day(local_day(r["exported_at"])),
            lambda r: local_day(r["exported_at"]),
        ),
        TableColumn(
            "due_on",
            _h(QT_TRANSLATE_NOOP("WorkbookTableModel", "Reply by")),
            lambda r: formats.day(r["due_on"]) or "—",
            lambda r: r["due_on"] or "",
        ),
        TableColumn("fields", _h(QT_TRANSLATE_NOOP("WorkbookTableModel", "Fields"))),
        TableColumn(
            "lang", _h(QT_TRANSLATE_NOOP("WorkbookTableModel", "Language")), lambda r: labels.language(r["lang"])
        ),
        TableColumn("status", _h(QT_TRANSLATE_NOOP("WorkbookTableModel", "Status")), status_text),
        TableColumn("file_name", _h(QT_TRANSLATE_NOOP("WorkbookTableModel", "File"))),
    )
    DUE_COLUMN = 2
    FIELDS_COLUMN = 3
    STATUS_COLUMN = 5
    FILE_COLUMN = 6

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session

    def fetch(self) -> list[dict]:
        return self.session.read(aw.list_workbooks)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if (
            not index.isValid()
            or not (0 <= index.row() < self.rowCount())
            or not (0 <= index.column() < len(self.columns))
        ):
            return None
        record = self.row_record(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if record["status"] == "withdrawn":
                return QBrush(tone(WITHDRAWN_COLOUR.name()))
            if column in (self.DUE_COLUMN, self.STATUS_COLUMN) and is_overdue(record):
                return QBrush(tone(OVERDUE_COLOUR.name()))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.FIELDS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole and column == self.STATUS_COLUMN and is_overdue(record):
            return _t(QT_TRANSLATE_NOOP("WorkbookTableModel", "Awaited, overdue"))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                WorkbookCounts()
                .sent(record["fields"])
                .replace("%1", record["agency_name"])
                .replace("%2", record["exported_by"] or "—")
            ]
            if is_overdue(record):
                lines.append(
                    _t(QT_TRANSLATE_NOOP("WorkbookTableModel", "The reply was expected by %1.")).replace(
                        "%1", formats.day(record["due_on"])
                    )
                )
            if record["note"]:
                lines.append(
                    _t(QT_TRANSLATE_NOOP("WorkbookTableModel", "Note to the agency: %1")).replace("%1", record["note"])
                )
            return "\n".join(lines)
        return super().data(index, role)
