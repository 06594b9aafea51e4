"""The implementation matrix: the Committee's layout, keyboard entry, a detail pane (undo and redo: Edit menu)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import action_plan, agencies, drafts, matrix
from app.changes import Changes
from app.errors import DatabaseError, UserError, ValidationError
from app.matrix_search import MatrixQuery
from ui import formats, labels
from ui.dialogs.history import history_button
from ui.models.matrix_table_model import FIELD_KEY_ROLE, MatrixTableModel
from ui.models.search_result_model import SearchResultModel
from ui.session import Session
from ui.widgets.fit import fit_columns
from ui.widgets.flow import FlowLayout
from ui.widgets.highlight import HighlightDelegate

KEY_VALUES = {
    Qt.Key.Key_X: "X",
    Qt.Key.Key_Question: "?",
    Qt.Key.Key_N: "NA",
    Qt.Key.Key_Delete: "",
    Qt.Key.Key_Backspace: "",
    Qt.Key.Key_Space: "",
}
DRAFT_DELAY_MS = 700
TEXT_FIELDS = (
    "source",
    "remarks",
    "reviewed_on",
    "signature_date",
    "ratification_date",
    "entry_into_force_date",
    "adherence_details",
)


class _ValueKeys(QObject):
    """Typing X, ?, N (NA) or Delete on a value cell sets it; Enter goes to the detail pane."""

    def __init__(self, view: MatrixView):
        super().__init__(view)
        self.view = view

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if (
            event.type() == QEvent.Type.KeyPress
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
        ):
            step = 1 if event.key() == Qt.Key.Key_PageDown else -1
            self.view.tabs.setCurrentIndex((self.view.tabs.currentIndex() + step) % self.view.tabs.count())
            self.view.table.setFocus()
            return True
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            key = Qt.Key(event.key())
            if key in KEY_VALUES or event.text() == "?":
                value = "?" if event.text() == "?" else KEY_VALUES[key]
                self.view.set_current_value(value)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.view.detail.remarks.setFocus()
                return True
        return False


class FieldDetail(QWidget):
    """Everything about the selected field: value, legal references, source, remarks, agency, dates."""

    def __init__(self, view: MatrixView):
        super().__init__()
        self.view = view
        self.setObjectName("fieldDetail")
        self.field_key: str | None = None
        self.linked_action_ids: set[int] = set()  # the plan's actions shown beside the field
        self.loaded: dict = {}
        self._citations: dict[int, dict] = {}  # the field's legal references by id, as shown
        self.title = QLabel()
        self.title.setObjectName("panelHeading")
        self.title.setWordWrap(True)
        self.value = QComboBox()
        self.value.setObjectName("fieldValue")
        for code in ("", "X", "?", "NA"):
            self.value.addItem(self.view.tr_value(code), code)
        self.value.activated.connect(lambda _i: self.view.set_value(self.field_key, self.value.currentData()))

        self.citations = QListWidget()
        self.citations.setObjectName("citationList")
        self.citations.setMaximumHeight(110)
        self.citations.setWordWrap(True)
        self.law = QComboBox()
        self.law.setObjectName("citeLaw")
        self.article = QLineEdit()
        self.article.setObjectName("citeArticle")
        self.article.setPlaceholderText(self.tr("Article, e.g. Art. 12(3)"))
        self.cite_button = QPushButton(self.tr("Cite"))
        self.cite_button.setObjectName("citeButton")
        self.cite_button.clicked.connect(self.cite)
        self.uncite_button = QToolButton()
        self.uncite_button.setText(self.tr("Remove reference"))
        self.uncite_button.setObjectName("unciteButton")
        self.uncite_button.clicked.connect(self.uncite)
        cite_row = QHBoxLayout()
        cite_row.addWidget(self.law, 3)
        cite_row.addWidget(self.article, 1)
        cite_row.addWidget(self.cite_button)

        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Page of the national report, or official web site"))
        self.remarks = QPlainTextEdit()
        self.remarks.setObjectName("fieldRemarks")
        self.remarks.setTabChangesFocus(True)
        self.agency = QComboBox()
        self.reviewed_on = QLineEdit()
        self.signature_date = QLineEdit()
        self.ratification_date = QLineEdit()
        self.entry_into_force_date = QLineEdit()
        self.adherence_details = QPlainTextEdit()
        self.adherence_details.setTabChangesFocus(True)
        self.adherence_details.setMaximumHeight(80)
        for date_edit in (self.reviewed_on, self.signature_date, self.ratification_date, self.entry_into_force_date):
            date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            date_edit.setMaxLength(10)

        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: 600;")
        self.error.hide()
        self.recovered = QLabel()
        self.recovered.setObjectName("recoveredNote")
        self.recovered.setWordWrap(True)
        self.recovered.setStyleSheet("background: #fff3cd; color: #7a5b00; border-radius: 4px; padding: 6px;")
        self.recovered.hide()
        self.discard_button = QPushButton(self.tr("Discard recovered text"))
        self.discard_button.setObjectName("discardRecovered")
        self.discard_button.hide()
        self.discard_button.clicked.connect(self.discard_recovered)
        self._loading = False
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._save_draft)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("applyField")
        self.apply_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.apply_button.clicked.connect(self.apply)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.tr("Value"), self.value)
        self.form.addRow(self.tr("Legal references"), self.citations)
        self.form.addRow("", self.uncite_button)
        self.form.addRow(self.tr("Cite a &law"), cite_row)
        self.form.addRow(self.tr("Source"), self.source)
        self.form.addRow(self.tr("Remarks"), self.remarks)
        self.form.addRow(self.tr("Responsible agency"), self.agency)
        self.linked_actions = QLabel()
        self.linked_actions.setObjectName("linkedActions")
        self.linked_actions.setWordWrap(True)
        self.linked_actions.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.tr("Actions in the plan"), self.linked_actions)
        self.form.addRow(self.tr("Last reviewed"), self.reviewed_on)
        self.adherence_rows = [
            (self.tr("Signature"), self.signature_date),
            (self.tr("Ratification or accession"), self.ratification_date),
            (self.tr("Entry into force"), self.entry_into_force_date),
            (self.tr("Adherence details"), self.adherence_details),
        ]
        for text, widget in self.adherence_rows:
            self.form.addRow(text, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.recovered)
        layout.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignTrailing)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        self.history_button = history_button(self, view.session, "field", lambda: self.field_key, view.language)
        buttons = QHBoxLayout()  # History of the field beside Apply
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.apply_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for name in TEXT_FIELDS:
            getattr(self, name).textChanged.connect(self._typed)
        self.agency.currentIndexChanged.connect(self._typed)
        for combo in (self.value, self.law, self.agency):
            # Long law and agency names must not widen the pane: show them elided, in full in the popup.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.setEnabled(False)

    # -- showing a field ----------------------------------------------------------------------
    def _texts(self) -> dict:
        out = {}
        for name in TEXT_FIELDS:
            widget = getattr(self, name)
            out[name] = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        out["responsible_agency_id"] = self.agency.currentData()
        return out

    def is_modified(self) -> bool:
        return self.field_key is not None and self._texts() != self.loaded

    # -- drafts: what is typed survives a crash ------------------------------------------------
    def _draft_key(self) -> str:
        return matrix.detail_draft_key(self.field_key)

    def _typed(self, *_):
        if not self._loading and self.field_key is not None:
            self._draft_timer.start()

    def _save_draft(self) -> None:
        ws = self.view.session.workspace
        try:
            if self.is_modified():
                drafts.save_draft(ws, self._draft_key(), self._texts())
            else:
                drafts.discard_draft(ws, self._draft_key())
        except (DatabaseError, OSError):
            pass  # a draft is a safety net: failing to write one must not interrupt typing

    def _set_texts(self, values: dict) -> None:
        for name in TEXT_FIELDS:
            widget = getattr(self, name)
            text = values.get(name) or ""
            widget.setPlainText(text) if isinstance(widget, QPlainTextEdit) else widget.setText(text)
        self.agency.setCurrentIndex(max(0, self.agency.findData(values.get("responsible_agency_id"))))

    def discard_recovered(self) -> None:
        drafts.discard_draft(self.view.session.workspace, self._draft_key())
        self.show_field(self.field_key)

    def show_field(self, field_key: str | None) -> None:
        self._loading = True
        try:
            self._show_field(field_key)
        finally:
            self._loading = False

    def _show_field(self, field_key: str | None) -> None:
        self._draft_timer.stop()
        self.field_key = field_key
        self.error.hide()
        self.recovered.hide()
        self.discard_button.hide()
        self.setEnabled(field_key is not None)
        if field_key is None:
            self.title.setText(self.tr("Select a field of the matrix."))
            return
        detail = self.view.session.read(matrix.field_detail, field_key, self.view.language)
        where, answer = detail.where, detail.answer
        heading = f"{where['section']}.{where['number']} {where['row_label']}"
        if where["weapon"]:
            heading += f" — {where['weapon_label']} — {where['aspect_label']}"
        self.title.setText(heading)
        self.value.setCurrentIndex(self.value.findData(answer["value"]))
        self.agency.clear()
        self.agency.addItem(self.tr("(none)"), None)
        for agency in detail.agencies:
            self.agency.addItem(agency["name"], agency["id"])
        self._set_texts(answer)
        adherence = where["aspect"] == "adherence"
        for _text, widget in self.adherence_rows:
            self.form.setRowVisible(widget, adherence)
        self.citations.clear()
        self._citations = {c["id"]: c for c in answer["citations"]}
        for citation in answer["citations"]:
            text = citation["title_original"] + (f" — {citation['article']}" if citation["article"] else "")
            if citation["status"] == "repealed":
                text += "  ⚠ " + labels.instrument_status("repealed")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, citation["id"])
            self.citations.addItem(item)
        self.linked_action_ids = {a["id"] for a in detail.actions}
        self.linked_actions.setText(
            "\n".join(
                f"• {a['title']} ({labels.action_status(a['status'])}, {formats.day(a['due_date']) or '—'})"
                for a in detail.actions
            )
            or self.tr("No action in the plan yet")
        )
        self.law.clear()
        for law in detail.laws:
            self.law.addItem(law["title_original"], law["id"])
        self.loaded = self._texts()
        found = detail.draft
        if found and found[0] != self.loaded:
            self._set_texts(found[0])
            self.recovered.setText(
                self.tr(
                    "Text typed on %1 was not applied (the application was closed or "
                    "stopped). It is shown below: Apply to keep it."
                ).replace("%1", formats.utc_moment(found[1]))
            )
            self.recovered.show()
            self.discard_button.show()

    # -- changes --------------------------------------------------------------------------------
    def apply(self) -> bool:
        """Record the typed changes as one undoable step; False (and the reason shown) if refused."""
        self._draft_timer.stop()
        if not self.is_modified():
            return True
        changes = {k: v for k, v in self._texts().items() if v != self.loaded.get(k)}
        try:
            self.view.change_answer(self.field_key, changes)
        except ValidationError as exc:
            label = self.form.labelForField(getattr(self, exc.field, self.remarks))
            self.error.setText(labels.validation_message(exc.code, label.text() if label else exc.field))
            self.error.show()
            self._save_draft()
            return False
        self.loaded = self._texts()
        self.error.hide()
        self.recovered.hide()
        self.discard_button.hide()
        drafts.discard_draft(self.view.session.workspace, self._draft_key())
        return True

    def cite(self) -> None:
        law_id = self.law.currentData()
        if self.field_key is None or law_id is None:
            return
        try:
            self.view.session.run(matrix.add_citation, self.field_key, law_id, self.article.text().strip())
        except ValidationError as exc:
            self.error.setText(labels.validation_message(exc.code, self.tr("Article")))
            self.error.show()
            return
        self.article.clear()

    def uncite(self) -> None:
        item = self.citations.currentItem()
        if item is not None:
            self.view.session.run(matrix.remove_citation, item.data(Qt.ItemDataRole.UserRole))


class MatrixView(QWidget):
    # the answers and legal references of the fields, the laws they cite, the agencies (filter, detail pane)
    # and the actions of the plan linked to the field shown
    SHOWS = frozenset(
        {"matrix_answer", "matrix_citation", "legal_instrument", "agency", "plan_action", "plan_action_field"}
    )

    def __init__(self, session: Session, language: str, parent=None):
        super().__init__(parent)
        self.setObjectName("matrixView")
        self.session, self.language = session, language
        self.sections = matrix.sections(session.workspace, language)

        self._build_search(language)
        self.tabs = QTabBar()
        self.tabs.setObjectName("sectionTabs")
        for section in self.sections:
            self.tabs.addTab(self.tr("Section %1").replace("%1", section["key"]))
            self.tabs.setTabToolTip(self.tabs.count() - 1, section["label"])
        self.section_label = QLabel()
        self.section_label.setWordWrap(True)
        self.section_label.setObjectName("sectionLabel")
        self.table = QTableView()
        self.table.setObjectName("matrixTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.installEventFilter(_ValueKeys(self))
        hint = QLabel(
            self.tr(
                "Keys: X, ? or N (NA) set the value, Delete clears it, Enter opens the details, "
                "Ctrl+PgDown / Ctrl+PgUp change section."
            )
        )
        hint.setObjectName("fieldCaption")
        hint.setWordWrap(True)  # on two lines rather than widening the window (French)
        self.propose_button = QPushButton(self.tr("Propose actions for selected gaps"))
        self.propose_button.setObjectName("proposeActions")
        self.propose_button.setToolTip(
            self.tr(
                "Select blank or ? cells (Ctrl+click or Shift+arrows), then add draft "
                "actions to the action plan, one per section."
            )
        )
        self.propose_button.clicked.connect(self.propose_actions)
        bar = FlowLayout()  # the button goes below the section tabs rather than squeezing them (long languages)
        bar.addWidget(self.tabs)
        bar.addWidget(self.propose_button)

        self.detail = FieldDetail(self)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        detail_scroll.setMinimumWidth(320)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.search_bar)
        left_layout.addLayout(self.filter_bar)
        left_layout.addWidget(self.results_label)
        left_layout.addWidget(self.results)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.section_label)
        left_layout.addWidget(self.table)
        left_layout.addWidget(hint)
        splitter = QSplitter()
        splitter.setObjectName("matrixSplitter")
        splitter.addWidget(left)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 360])
        splitter.setCollapsible(0, False)  # the matrix itself is never dragged out of sight
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.model: MatrixTableModel | None = None
        self.tabs.currentChanged.connect(self.show_section)
        session.changed.connect(self._on_changed)
        self.show_section(0)

    # -- search ----------------------------------------------------------------------------------
    def _build_search(self, language: str) -> None:
        self.search_field = QLineEdit()
        self.search_field.setObjectName("matrixSearch")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(
            self.tr("Search the matrix: words in any language, laws, remarks, agencies…")
        )
        self.value_filter = QComboBox()
        self.value_filter.setObjectName("valueFilter")
        self.value_filter.addItem(self.tr("Any value"), None)
        for code, text in (("X", "X"), ("?", "?"), ("NA", "NA"), ("", self.tr("blank"))):
            self.value_filter.addItem(text, code)
        self.section_filter = QComboBox()
        self.section_filter.setObjectName("sectionFilter")
        self.section_filter.addItem(self.tr("All sections"), None)
        for section in matrix.sections(self.session.workspace, language):
            self.section_filter.addItem(self.tr("Section %1").replace("%1", section["key"]), section["key"])
        self.weapon_filter = QComboBox()
        self.weapon_filter.setObjectName("weaponFilter")
        self.weapon_filter.addItem(self.tr("All weapons"), None)
        for code in ("NW", "CW", "BW"):
            self.weapon_filter.addItem(code, code)
        self.agency_filter = QComboBox()
        self.agency_filter.setObjectName("agencyFilter")
        self.agency_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agency_filter.setMinimumContentsLength(12)
        self.changed_since = QLineEdit()
        self.changed_since.setObjectName("changedSince")
        self.changed_since.setPlaceholderText(self.tr("Changed since YYYY-MM-DD"))
        self.changed_since.setMaxLength(10)
        self.without_reference = QCheckBox(self.tr("Without legal reference"))
        self.without_reference.setObjectName("withoutReference")
        self.search_bar = QHBoxLayout()
        self.search_bar.addWidget(self.search_field, 1)
        self.search_bar.addWidget(self.without_reference)
        self.filter_bar = QHBoxLayout()
        for widget in (
            self.value_filter,
            self.section_filter,
            self.weapon_filter,
            self.agency_filter,
            self.changed_since,
        ):
            self.filter_bar.addWidget(widget)
        self.results_model = SearchResultModel(self.session, language, self)
        self.results = QTableView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.results_model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.setMaximumHeight(230)
        self.results.setWordWrap(True)
        self.results.verticalHeader().setMaximumSectionSize(3 * self.fontMetrics().lineSpacing() + 8)  # 3 lines
        # Why each field was found: the words marked, the text wrapped so that the marked words stay in sight.
        self.results_highlight = HighlightDelegate(self.results, wrap=True)
        self.results.setItemDelegate(self.results_highlight)
        # "activated" covers double-click and Enter; connecting doubleClicked too would jump twice.
        self.results.activated.connect(lambda index: self.go_to(self.results_model.row_record(index.row())["key"]))
        self.results_label = QLabel()
        self.results_label.setObjectName("resultsLabel")
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.changed_since.textChanged.connect(self._search_timer.start)
        for combo in (self.value_filter, self.section_filter, self.weapon_filter, self.agency_filter):
            combo.currentIndexChanged.connect(self.run_search)
        self.without_reference.toggled.connect(self.run_search)
        self.search_field.returnPressed.connect(self._first_result)
        self._fill_agencies()
        self.run_search()

    def _fill_agencies(self) -> None:
        current = self.agency_filter.currentData()
        self.agency_filter.blockSignals(True)
        self.agency_filter.clear()
        self.agency_filter.addItem(self.tr("All agencies"), None)
        for agency in agencies.list_agencies(self.session.workspace):
            self.agency_filter.addItem(agency["acronym"] or agency["name"], agency["id"])
        self.agency_filter.setCurrentIndex(max(0, self.agency_filter.findData(current)))
        self.agency_filter.blockSignals(False)

    def query(self) -> MatrixQuery:
        since = self.changed_since.text().strip()
        value = self.value_filter.currentData()
        return MatrixQuery(
            text=self.search_field.text(),
            values=set() if value is None else {value},
            section=self.section_filter.currentData(),
            weapon=self.weapon_filter.currentData(),
            agency_id=self.agency_filter.currentData(),
            changed_since=since if len(since) == 10 else None,
            without_reference=self.without_reference.isChecked(),
        )

    def run_search(self) -> None:
        try:
            query = self.query()
            self.results_model.run(query)
        except ValidationError:
            self.results_label.setText(self.tr("“Changed since” is not a date (YYYY-MM-DD)."))
            self.results_label.show()
            return
        searching = not query.is_empty()
        self.results_highlight.set_query(query.text)
        self.results.setVisible(searching)
        self.results_label.setVisible(searching)
        if searching:
            self.results_label.setText(self.tr("%n field(s) found", "", self.results_model.rowCount()))
            fit_columns(self.results)
            widest = {0: 180, 2: 240, 3: 200}  # the field, why it matched and its references wrap on up to 3 lines
            for column in range(self.results_model.columnCount()):  # long remarks: cut, in full on hover
                self.results.setColumnWidth(column, min(self.results.columnWidth(column), widest.get(column, 160)))
            self.results.resizeRowsToContents()

    def _first_result(self) -> None:
        if self.results_model.rowCount():
            self.go_to(self.results_model.row_record(0)["key"])

    def go_to(self, field_key: str) -> None:
        """Show a field: its section, the cell selected, the details beside it."""
        section = matrix.field_description(self.session.workspace, field_key, self.language)["section"]
        self.tabs.setCurrentIndex([s["key"] for s in self.sections].index(section))
        if self.model.section["key"] != section:
            return  # the user kept the previous field (its typed text was refused)
        index = self.model.index_of_field(field_key)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()

    def tr_value(self, code: str) -> str:
        return labels.value_meaning(code)

    # -- sections and selection -----------------------------------------------------------------
    def show_section(self, position: int) -> None:
        if self.model is not None and not self.detail.apply():
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self.sections.index(self.model.section))
            self.tabs.blockSignals(False)
            return
        section = self.sections[position]
        self.section_label.setText(section["label"])
        if self.model is not None:
            self.model.deleteLater()
        self.model = MatrixTableModel(self.session, section, self.language, self.set_value, self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column in range(1, len(self.model.cells) + 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, 64)
        if section["layout"] == "adherence":
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(0, 230)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(3, max(140, header.sectionSizeFromContents(3).width()))  # its heading whole
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.table.resizeRowsToContents()
        self.table.setCurrentIndex(self.model.index(0, 1))

    def current_field_key(self) -> str | None:
        """The field under the cursor (in section A, any column of a row means that row's field)."""
        if self.model is None or not self.table.currentIndex().isValid():
            return None
        return self.model.data(self.table.currentIndex(), FIELD_KEY_ROLE)

    def _current_changed(self, current, previous) -> None:
        key = self.current_field_key()
        if key == self.detail.field_key:
            return
        if not self.detail.apply():  # keep what the user typed: go back to the field being edited
            self.table.selectionModel().setCurrentIndex(previous, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            return
        self.detail.show_field(key)

    # -- edits -----------------------------------------------------------------------------------
    def set_current_value(self, value: str) -> None:
        key = self.current_field_key()
        if key is not None and self.model.field_at(self.table.currentIndex()) is not None:
            self.set_value(key, value)

    def set_value(self, field_key: str | None, value: str) -> None:
        if field_key is None:
            return
        self.session.run(matrix.set_answer, field_key, {"value": value})  # no step when the value is the same

    def selected_gaps(self) -> list[str]:
        """Field keys of the selected cells that are blank or '?'."""
        keys = []
        for index in self.table.selectionModel().selectedIndexes():
            field = self.model.field_at(index)
            if field and field["value"] in ("", "?"):
                keys.append(field["key"])
        return sorted(set(keys))

    def propose_actions(self) -> list[int]:
        gaps = self.selected_gaps()
        if not gaps:
            QMessageBox.information(
                self, self.tr("Propose actions"), self.tr("Select one or more blank or “?” cells first.")
            )
            return []
        created = self.session.run(action_plan.propose_actions_for_gaps, gaps).value
        QMessageBox.information(
            self,
            self.tr("Propose actions"),
            self.tr(
                "%n draft action(s) added to the action plan for %1. Edit them there, then keep or delete them.",
                "",
                len(created),
            ).replace("%1", self.tr("%n field(s)", "for N fields", len(gaps))),
        )
        return created

    def change_answer(self, field_key: str, changes: dict) -> None:
        """Write what was typed in the detail pane as one step; raises ValidationError (nothing written)."""
        self.session.run(matrix.set_answer, field_key, changes)

    @staticmethod
    def changed_fields(changes: Changes) -> frozenset[str] | None:
        """The matrix fields whose answer or legal references changed; None when that cannot be told."""
        if changes.everything or changes.touches(("legal_instrument",)):
            return None  # a law's title or status shows in every field that cites it
        keys = set(changes.ids_of("matrix_answer"))
        if changes.touches(("matrix_citation",)):
            ref = changes.description.ref if changes.description else None
            if not ref or ref[0] != "matrix_field":
                return None
            keys.add(ref[1])
        return frozenset(keys)

    def _detail_shows(self, changes: Changes, keys: frozenset[str] | None) -> bool:
        """Whether the detail pane shows something `changes` changed: the field's answer and references, the
        agencies (its list), the plan's actions linked to the field."""
        field = self.detail.field_key
        if keys is None or field in keys or changes.touches(("agency",)):
            return True
        if any(key[1] == field for key in changes.ids_of("plan_action_field")):
            return True
        return bool(self.detail.linked_action_ids & changes.ids_of("plan_action"))

    def _on_changed(self, changes: Changes) -> None:
        if self.model is None or not changes.touches(self.SHOWS):
            return
        keys = self.changed_fields(changes)
        if changes.touches(("matrix_answer", "matrix_citation", "legal_instrument")):
            if keys is None:
                self.model.reload()
            else:
                self.model.reload_fields(keys)  # only the rows of those fields, if this section holds any
            if not self.query().is_empty():
                self.run_search()
        if changes.touches(("agency",)):
            self._fill_agencies()
        if self.detail.field_key is None or not self._detail_shows(changes, keys):
            return
        field = self.detail.field_key
        if not self.detail.is_modified():
            self.detail.show_field(field)
        else:  # typing in progress: refresh only the value, keep the text
            value = matrix.get_answer(self.session.workspace, field)["value"]
            self.detail.value.setCurrentIndex(self.detail.value.findData(value))

    def hideEvent(self, event):  # noqa: N802 (Qt API)
        with contextlib.suppress(UserError):
            self.detail.apply()  # leaving the view keeps what was typed
        super().hideEvent(event)
