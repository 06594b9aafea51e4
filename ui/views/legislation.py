"""Legislation: the national laws register, and where the matrix cites each law."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app import legal_instruments
from app.changes import Changes
from app.errors import ValidationError
from app.legal_instruments import INSTRUMENT_STATUSES
from ui import labels
from ui.dialogs.forms import edit_legal_instrument
from ui.dialogs.history import history_button
from ui.models.legal_instrument_table_model import CitationTableModel, LegalInstrumentTableModel
from ui.models.record_table_model import RecordSortProxy
from ui.session import Session
from ui.widgets.documents_panel import DocumentsPanel
from ui.widgets.fit import fit_columns
from ui.widgets.record_actions import Deletion, RecordActions
from ui.widgets.record_panel import RecordPanel, make_table


class StatusFilterProxy(RecordSortProxy):
    """Text search over every column, and optionally one status (in force, repealed, ...)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status: str | None = None

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 (Qt API)
        if self.status and self.sourceModel().row_record(source_row)["status"] != self.status:
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class LegislationView(QWidget):
    # the register, where the selected law is cited (and the cited fields' values); documents: its own panel
    SHOWS = frozenset({"legal_instrument", "matrix_citation", "matrix_answer"})

    def __init__(self, session: Session, language: str, parent=None):
        super().__init__(parent)
        self.setObjectName("legislationView")
        self.session = session
        self._reloading = False
        self.status_proxy = StatusFilterProxy(self)
        self.panel = RecordPanel(
            self.tr("National laws register"), LegalInstrumentTableModel(session, self), self.status_proxy, "law"
        )
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("lawStatusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for code in INSTRUMENT_STATUSES:
            self.status_filter.addItem(labels.instrument_status(code), code)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.status_proxy.set_status(self.status_filter.currentData())
        )
        self.panel.bar.insertWidget(1, self.status_filter)
        self.history_button = history_button(self, session, "law", self.panel.selected_id, language)
        self.panel.bar.addWidget(self.history_button)

        self.citations = CitationTableModel(session, language, self)
        citations_box = QWidget()
        self.repeal_warning = QLabel()
        self.repeal_warning.setObjectName("repealWarning")
        self.repeal_warning.setWordWrap(True)
        self.repeal_warning.setStyleSheet(
            "background: #fdecea; color: #9a1f1f; border: 1px solid #f2b8b5; border-radius: 4px; padding: 6px;"
        )
        self.repeal_warning.hide()
        citation_proxy = QSortFilterProxyModel(self)
        citation_proxy.setSourceModel(self.citations)
        self.citation_table = make_table(citation_proxy, "citationTable")
        self.citation_table.setSortingEnabled(False)
        self.no_citation = QLabel(self.tr("No matrix field cites this law."))
        box_layout = QVBoxLayout(citations_box)
        box_layout.addWidget(self.repeal_warning)
        box_layout.addWidget(self.no_citation)
        box_layout.addWidget(self.citation_table)

        # Below the register: where the selected law is cited, and its text and other documents.
        self.documents = DocumentsPanel(session, "legal_instrument", self)
        self.details = QTabWidget()
        self.details.setObjectName("lawDetails")
        self.details.addTab(citations_box, self.tr("Where the selected law is cited in the matrix"))
        self.details.addTab(self.documents, self.tr("Documents"))
        self.documents.count_changed.connect(
            lambda n: self.details.setTabText(1, self.tr("Documents (%n)", "", n) if n else self.tr("Documents"))
        )

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("legislationSplitter")
        splitter.addWidget(self.panel)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.actions = RecordActions.for_panel(
            self,
            session,
            self.panel,
            add=lambda: edit_legal_instrument(self.session, self),
            edit=lambda law_id: edit_legal_instrument(self.session, self, law_id),
            deletion=self._law_deletion,
        )
        self.panel.table.selectionModel().selectionChanged.connect(self._show_citations)
        self.panel.table.selectionModel().selectionChanged.connect(self.history_button.refresh)
        self.panel.model.modelReset.connect(self.history_button.refresh)
        self.panel.model.modelReset.connect(self._show_citations)
        session.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self._reloading = True  # the panel's reset and restored selection would each show the citations
        try:
            self.panel.reload()
        finally:
            self._reloading = False
        self._show_citations()

    def select_record(self, law_id: int) -> bool:
        """Show a law selected (from the overview, a search): no filter hiding it."""
        return self.panel.reveal(law_id, (lambda: self.status_filter.setCurrentIndex(0),))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches({"legal_instrument", "matrix_citation"}):  # the register's titles, statuses, counts
            self.reload()
        elif self.citations.shows_fields(changes.ids_of("matrix_answer")):
            self._show_citations()  # only the values of fields citing the selected law changed

    def _show_citations(self, *_):
        if self._reloading:
            return
        law_id = self.panel.selected_id()
        self.citations.show_instrument(law_id)
        if law_id != self.documents.owner_id:
            self.documents.set_owner(law_id)
        model = self.panel.model
        law = model.row_record(model.row_of_id(law_id)) if law_id is not None else {}
        count = law.get("cited_by", 0)
        fit_columns(self.citation_table)
        self.no_citation.setVisible(law_id is not None and count == 0)
        repealed = law.get("status") == "repealed"
        self.repeal_warning.setVisible(repealed and count > 0)
        if repealed and count:
            self.repeal_warning.setText(
                self.tr(
                    "This law is repealed, but %n matrix field(s) still cite it. Review each of them: cite the law that "
                    "replaced it, or change the field's value.",
                    "",
                    count,
                )
            )

    def _law_deletion(self, law_id: int) -> Deletion:
        law = legal_instruments.get_legal_instrument(self.session.workspace, law_id)
        return Deletion(
            self.tr("Delete law"),
            self.tr("Delete “%1” from the register?").replace("%1", law["title_original"]),
            legal_instruments.delete_legal_instrument,
            (law_id,),
            refused=lambda exc: self._refusal(exc, law["title_original"]),
        )

    @staticmethod
    def _refusal(exc, title: str) -> str:
        return labels.validation_message(exc.code, title) if isinstance(exc, ValidationError) else str(exc)
