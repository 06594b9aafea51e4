"""The tables of the Assistance view: requests, providers, offers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app import assistance
from ui import labels
from ui.models.record_table_model import RecordTableModel, TableColumn
from ui.session import Session
from ui.style import tone

ATTENTION = QColor("#b00020")


def _h(text: str):
    return lambda: QCoreApplication.translate("AssistanceModels", text)


def _follow_up(row: dict) -> str:
    return row["follow_up_on"] or ""


def _to_complete(row: dict) -> str:
    if row["status"] not in assistance.UNSENT_STATUSES:
        return ""
    if not row["gaps"]:
        return "✓"
    return str(row["gaps"])


class RequestTableModel(RecordTableModel):
    columns = (
        TableColumn("title", _h(QT_TRANSLATE_NOOP("AssistanceModels", "Request"))),
        TableColumn(
            "status", _h(QT_TRANSLATE_NOOP("AssistanceModels", "Status")), lambda r: labels.request_status(r["status"])
        ),
        TableColumn("gaps", _h(QT_TRANSLATE_NOOP("AssistanceModels", "To complete")), _to_complete),
        TableColumn("follow_up_on", _h(QT_TRANSLATE_NOOP("AssistanceModels", "One-year follow-up")), _follow_up),
        TableColumn("offer_count", _h(QT_TRANSLATE_NOOP("AssistanceModels", "Offers"))),
        TableColumn("sent_on", _h(QT_TRANSLATE_NOOP("AssistanceModels", "Sent on"))),
        TableColumn(
            "areas", _h(QT_TRANSLATE_NOOP("AssistanceModels", "Area")), lambda r: labels.codes(r["areas"], labels.area)
        ),
        TableColumn(
            "assistance_types",
            _h(QT_TRANSLATE_NOOP("AssistanceModels", "Type")),
            lambda r: labels.codes(r["assistance_types"], labels.assistance_type),
        ),
    )

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.status: str | None = None  # None: every request; "open": not closed or withdrawn; "follow_up": due

    def fetch(self) -> list[dict]:
        rows = self.session.read(assistance.list_requests)
        if self.status == "open":
            return [r for r in rows if r["status"] not in assistance.FINAL_STATUSES]
        if self.status == "follow_up":
            return [r for r in rows if r["follow_up_due"]]
        if self.status:
            return [r for r in rows if r["status"] == self.status]
        return rows

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < len(self._rows):
            row, key = self._rows[index.row()], self.columns[index.column()].key
            if (key == "follow_up_on" and row["follow_up_due"]) or (
                key == "gaps" and _to_complete(row) not in ("", "✓")
            ):
                return QBrush(tone(ATTENTION.name()))
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < len(self._rows):
            row = self._rows[index.row()]
            if self.columns[index.column()].key == "follow_up_on" and row["follow_up_due"]:
                return QCoreApplication.translate(
                    "AssistanceModels",
                    "A year has passed since the request was sent: the Chair will ask whether it "
                    "has been met. Prepare the answer.",
                )
        if role == Qt.ItemDataRole.DisplayRole and self._follow_up_due(index):
            return "⚠ " + super().data(index, role)  # not in red only: a sign a greyscale screen shows too
        return super().data(index, role)

    def _follow_up_due(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and self.columns[index.column()].key == "follow_up_on"
            and bool(self._rows[index.row()]["follow_up_due"])
        )


class ProviderTableModel(RecordTableModel):
    columns = (
        TableColumn("name", _h(QT_TRANSLATE_NOOP("AssistanceModels", "Provider"))),
        TableColumn(
            "kind", _h(QT_TRANSLATE_NOOP("AssistanceModels", "Type")), lambda r: labels.provider_kind(r["kind"])
        ),
        TableColumn("contact_name", _h(QT_TRANSLATE_NOOP("AssistanceModels", "Contact"))),
        TableColumn("email", _h(QT_TRANSLATE_NOOP("AssistanceModels", "E-mail"))),
        TableColumn("offer_count", _h(QT_TRANSLATE_NOOP("AssistanceModels", "Offers"))),
    )

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session

    def fetch(self) -> list[dict]:
        return self.session.read(assistance.list_providers)


class OfferTableModel(RecordTableModel):
    columns = (
        TableColumn("title", _h(QT_TRANSLATE_NOOP("AssistanceModels", "Offer"))),
        TableColumn("provider_name", _h(QT_TRANSLATE_NOOP("AssistanceModels", "Provider"))),
        TableColumn(
            "assistance_types",
            _h(QT_TRANSLATE_NOOP("AssistanceModels", "Type")),
            lambda r: labels.codes(r["assistance_types"], labels.assistance_type),
        ),
        TableColumn(
            "weapon_scope",
            _h(QT_TRANSLATE_NOOP("AssistanceModels", "Scope")),
            lambda r: labels.codes(r["weapon_scope"], labels.weapon_scope),
        ),
        TableColumn(
            "areas", _h(QT_TRANSLATE_NOOP("AssistanceModels", "Areas")), lambda r: labels.codes(r["areas"], labels.area)
        ),
        TableColumn("regions", _h(QT_TRANSLATE_NOOP("AssistanceModels", "Regions"))),
        TableColumn("request_count", _h(QT_TRANSLATE_NOOP("AssistanceModels", "Requests linked"))),
    )

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session

    def fetch(self) -> list[dict]:
        return self.session.read(assistance.list_offers)
