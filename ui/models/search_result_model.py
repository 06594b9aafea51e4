"""Matrix search results: one row per matching field."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.matrix_search import MatrixQuery, search
from ui import labels
from ui.i18n import isolate
from ui.models.record_table_model import RecordTableModel, TableColumn
from ui.session import Session


def _h(text: str):
    return lambda: QCoreApplication.translate("SearchResultModel", text)


def _aspect(record: dict) -> str:
    return labels.aspect(record["aspect"]) if record["aspect"] else ""


def _field(record: dict) -> str:
    """The field as the matrix names it: section, number and label, then its weapon and column in sections B-D."""
    name = f"{record['section']}.{record['number']} {record['row_label']}"
    where = [part for part in (record["weapon"], _aspect(record)) if part]
    return f"{name} · {' · '.join(where)}" if where else name


SHOWN_PARTS = ("label",)  # shown whole in the Field column


def _matched_in(record: dict) -> str:
    """Why the field was found: each part holding the words, with its text around them (the label, shown whole in
    the Field column, by its name only)."""
    found = dict(record.get("matched_in") or [])
    if "label" in found:
        found.pop("label_other", None)
    return "; ".join(
        labels.search_part(part)
        if part in SHOWN_PARTS
        else f"{labels.search_part(part)}: {isolate(snippet, auto=True)}"
        for part, snippet in found.items()
    )


class SearchResultModel(RecordTableModel):
    # Why the field was found comes first, beside its value and its laws (all in sight on a 1280-pixel window); the
    # weapon and column, also named in the Field cell, follow for sorting.
    columns = (
        TableColumn("row_label", _h(QT_TRANSLATE_NOOP("SearchResultModel", "Field")), _field),
        TableColumn("value", _h(QT_TRANSLATE_NOOP("SearchResultModel", "Value"))),
        TableColumn("matched_in", _h(QT_TRANSLATE_NOOP("SearchResultModel", "Matched in")), _matched_in),
        TableColumn(
            "citations",
            _h(QT_TRANSLATE_NOOP("SearchResultModel", "Legal references")),
            lambda r: r["citations"],
        ),
        TableColumn("weapon", _h(QT_TRANSLATE_NOOP("SearchResultModel", "Weapons"))),
        TableColumn("aspect", _h(QT_TRANSLATE_NOOP("SearchResultModel", "Column")), _aspect),
        TableColumn(
            "remarks",
            _h(QT_TRANSLATE_NOOP("SearchResultModel", "Remarks")),
            lambda r: r["remarks"].replace("\n", " ")[:160],
        ),
    )

    def __init__(self, session: Session, language: str, parent=None):
        super().__init__(parent)
        self.session, self.language = session, language
        self.query = MatrixQuery()

    def run(self, query: MatrixQuery) -> None:
        self.query = query
        self.reload()

    def fetch(self) -> list[dict]:
        if self.query.is_empty():
            return []
        rows = self.session.read(search, self.query, self.language)
        for row in rows:
            row["id"] = row["key"]  # results are identified by their field key
        return rows
