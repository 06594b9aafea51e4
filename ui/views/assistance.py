"""Assistance: the State's requests on the Committee's template, their lifecycle, providers and offers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import assistance, state_profile
from app.changes import Changes
from app.errors import DatabaseError, UserError
from app.states import state_name
from ui import formats, labels
from ui.dialogs.assistance import FromActionDialog, LinkOfferDialog, StatusDialog
from ui.dialogs.forms import edit_offer, edit_provider, edit_request, request_from_action
from ui.dialogs.history import HistoryWords, history_button
from ui.i18n import isolate
from ui.models.assistance_models import OfferTableModel, ProviderTableModel, RequestTableModel
from ui.session import Session
from ui.widgets.documents_panel import DocumentsPanel
from ui.widgets.fit import fit_columns, scrolling
from ui.widgets.flow import FlowLayout
from ui.widgets.record_actions import Deletion, RecordActions
from ui.widgets.record_panel import OwnerFilterProxy, RecordPanel, confirm, select_row

# What each part of the view shows: the requests (with their offers counted and what they still lack, which
# depends on the point of contact), the providers (with their offers counted), the offers (with their provider
# and the requests they are linked to); the detail pane shows all of it and the requesting State.
REQUEST_KINDS = frozenset(
    {
        "assistance_request",
        "assistance_request_agency",
        "assistance_request_field",
        "assistance_event",
        "assistance_match",
        "point_of_contact",
        "agency",
    }
)
PROVIDER_KINDS = frozenset({"assistance_provider", "assistance_offer"})
OFFER_KINDS = frozenset({"assistance_provider", "assistance_offer", "assistance_match"})
ID_ROLE = Qt.ItemDataRole.UserRole


class RequestDetail(QWidget):
    """What the selected request still lacks, the offers linked to it, and its history."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("requestTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: 600; font-size: 13pt;")
        self.summary = QLabel()
        self.summary.setObjectName("requestSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gaps = QListWidget()
        self.gaps.setObjectName("requestGaps")
        self.gaps.setWordWrap(True)
        self.gaps_box = QGroupBox(self.tr("Still to complete (double-click to fill in)"))
        QVBoxLayout(self.gaps_box).addWidget(self.gaps)
        self.offers = QListWidget()
        self.offers.setObjectName("requestOffers")
        self.offers.setWordWrap(True)
        self.unlink_button = QPushButton(self.tr("Unlink offer"))
        self.unlink_button.setObjectName("unlinkOffer")
        offers_box = QGroupBox(self.tr("Offers linked to this request"))
        offers_layout = QVBoxLayout(offers_box)
        offers_layout.addWidget(self.offers)
        offers_layout.addWidget(self.unlink_button, 0, Qt.AlignmentFlag.AlignRight)
        self.history = QTreeWidget()
        self.history.setObjectName("requestHistory")
        self.history.setHeaderLabels([self.tr("Date"), self.tr("Step or change"), self.tr("Details")])
        self.history.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Cancel the last status change…"))
        self.undo_button.setObjectName("undoStatus")
        history_box = QGroupBox(self.tr("Lifecycle and history"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)
        history_layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.gaps_box, 1)
        layout.addWidget(offers_box, 1)
        layout.addWidget(history_box, 2)
        self.documents_box = QGroupBox(self.tr("Documents (note verbale, acknowledgement, offer…)"))
        layout.addWidget(self.documents_box, 1)


class AssistanceView(QWidget):
    SHOWS = REQUEST_KINDS | PROVIDER_KINDS | OFFER_KINDS | {"state_profile"}  # documents: their own panel

    def __init__(self, session: Session, language: str, parent=None):
        super().__init__(parent)
        self.setObjectName("assistanceView")
        self.session, self.language = session, language
        self._reloading = False

        # -- requests ----------------------------------------------------------------------------
        self.request_panel = RecordPanel(
            self.tr("Assistance requests"), RequestTableModel(session, self), None, "request"
        )
        panel = self.request_panel
        panel.add_button.setText(self.tr("New request…"))
        self.from_action_button = QPushButton(self.tr("From the action plan…"))
        self.from_action_button.setObjectName("requestFromAction")
        self.status_button = QPushButton(self.tr("Change status…"))
        self.status_button.setObjectName("requestStatus")
        self.link_button = QPushButton(self.tr("Link offer…"))
        self.link_button.setObjectName("requestLinkOffer")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("requestStatusFilter")
        self.status_filter.addItem(self.tr("All requests"), None)
        self.status_filter.addItem(self.tr("Open requests"), "open")
        self.status_filter.addItem(self.tr("One-year follow-up due"), "follow_up")
        for code in assistance.STATUSES:
            self.status_filter.addItem(labels.request_status(code), code)
        # Search and filter on the first row; what can be done with requests on the second.
        panel.bar.insertWidget(1, self.status_filter)
        actions = FlowLayout()  # on more lines rather than widening the window (French, Arabic)
        for button in (panel.add_button, self.from_action_button, panel.edit_button, panel.delete_button):
            panel.bar.removeWidget(button)
            actions.addWidget(button)
        actions.addSpacing(16)
        actions.addWidget(self.status_button)
        actions.addWidget(self.link_button)
        self.history_button = history_button(self, session, "request", self.selected_request, language)
        actions.addWidget(self.history_button)
        panel.layout().insertLayout(1, actions)
        self.detail = RequestDetail()
        self.documents = DocumentsPanel(session, "assistance_request", self)
        QVBoxLayout(self.detail.documents_box).addWidget(self.documents)
        requests_split = QSplitter(Qt.Orientation.Horizontal)
        requests_split.setObjectName("requestsSplitter")
        requests_split.addWidget(panel)
        requests_split.addWidget(scrolling(self.detail, "requestDetailScroll"))
        requests_split.setStretchFactor(0, 3)
        requests_split.setStretchFactor(1, 2)
        requests_split.setSizes([760, 520])
        requests_split.setCollapsible(0, False)  # the list of requests is never dragged out of sight

        # -- providers and offers ----------------------------------------------------------------
        self.provider_panel = RecordPanel(
            self.tr("Assistance providers"), ProviderTableModel(session, self), None, "provider"
        )
        self.offer_proxy = OwnerFilterProxy("provider_id", self)
        self.offer_panel = RecordPanel(
            self.tr("Published offers"), OfferTableModel(session, self), self.offer_proxy, "offer"
        )
        self.only_selected = QCheckBox(self.tr("Only the selected provider"))
        self.only_selected.setObjectName("onlySelectedProvider")
        self.offer_panel.bar.insertWidget(1, self.only_selected)
        providers_split = QSplitter(Qt.Orientation.Vertical)
        providers_split.setObjectName("providersSplitter")
        providers_split.addWidget(self.provider_panel)
        providers_split.addWidget(self.offer_panel)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("assistanceTabs")
        self.tabs.addTab(requests_split, self.tr("Requests"))
        self.tabs.addTab(providers_split, self.tr("Providers and offers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.request_actions = RecordActions.for_panel(
            self,
            session,
            panel,
            add=lambda: edit_request(self.session, self, self.language),
            edit=lambda request_id: edit_request(self.session, self, self.language, request_id),
            deletion=self._request_deletion,
        )
        panel.table.selectionModel().selectionChanged.connect(self.show_detail)
        panel.table.selectionModel().selectionChanged.connect(self.history_button.refresh)
        panel.model.modelReset.connect(self.history_button.refresh)
        panel.model.modelReset.connect(self.show_detail)
        self.from_action_button.clicked.connect(self.request_from_action)
        self.status_button.clicked.connect(self.change_status)
        self.link_button.clicked.connect(self.link_offer)
        self.status_filter.currentIndexChanged.connect(self._filter_requests)
        self.detail.gaps.itemActivated.connect(self._fill_gap)
        self.detail.gaps.itemDoubleClicked.connect(self._fill_gap)
        self.detail.unlink_button.clicked.connect(self.unlink_offer)
        self.detail.undo_button.clicked.connect(self.undo_status)
        self.detail.offers.currentRowChanged.connect(lambda row: self.detail.unlink_button.setEnabled(row >= 0))
        self.provider_actions = RecordActions.for_panel(
            self,
            session,
            self.provider_panel,
            add=lambda: edit_provider(self.session, self),
            edit=lambda provider_id: edit_provider(self.session, self, provider_id),
            deletion=self._provider_deletion,
        )
        self.offer_actions = RecordActions.for_panel(
            self,
            session,
            self.offer_panel,
            add=lambda: edit_offer(self.session, self, provider_id=self.provider_panel.selected_id()),
            edit=lambda offer_id: edit_offer(self.session, self, offer_id),
            deletion=self._offer_deletion,
        )
        self.only_selected.toggled.connect(self._filter_offers)
        self.provider_panel.table.selectionModel().selectionChanged.connect(self._filter_offers)
        session.changed.connect(self._on_changed)
        self.reload()

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        self._reloading = True  # the panels' resets and restored selections would each rebuild the detail
        try:
            self.request_panel.reload()
            self.provider_panel.reload()
            self.offer_panel.reload()
            if self.selected_request() is None and self.request_panel.proxy.rowCount():
                select_row(self.request_panel.table, 0)  # the detail pane starts on a request, not empty
        finally:
            self._reloading = False
        self.show_detail()

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(self.SHOWS):
            return
        self._reloading = True  # the detail pane is rebuilt once, below
        try:
            if changes.touches(REQUEST_KINDS):
                self.request_panel.reload()
            if changes.touches(PROVIDER_KINDS):
                self.provider_panel.reload()
            if changes.touches(OFFER_KINDS):
                self.offer_panel.reload()
        finally:
            self._reloading = False
        self.show_detail()

    def _filter_requests(self, *_):
        self.request_panel.model.status = self.status_filter.currentData()
        self.request_panel.reload()

    def _filter_offers(self, *_):
        self.offer_proxy.set_owner(self.provider_panel.selected_id() if self.only_selected.isChecked() else None)

    def selected_request(self) -> int | None:
        return self.request_panel.selected_id()

    def select_request(self, request_id: int | None) -> None:
        self.request_panel.select_id(request_id)

    def select_record(self, request_id: int) -> bool:
        """Show a request selected (from the overview, a search): its tab, and no filter hiding it."""
        self.tabs.setCurrentIndex(0)
        return self.request_panel.reveal(request_id, (lambda: self.status_filter.setCurrentIndex(0),))

    def _update_buttons(self, request: dict | None, events: list[dict]) -> None:
        self.status_button.setEnabled(bool(request and assistance.next_statuses(request["status"])))
        self.link_button.setEnabled(request is not None)
        self.detail.unlink_button.setEnabled(self.detail.offers.currentRow() >= 0)
        self.detail.undo_button.setEnabled(bool(events))

    # -- the detail pane ---------------------------------------------------------------------------
    def show_detail(self, *_):
        if self._reloading:
            return
        detail = self.detail
        detail.gaps.clear()
        detail.offers.clear()
        detail.history.clear()
        request_id = self.selected_request()
        if request_id != self.documents.owner_id:
            self.documents.set_owner(request_id)
        if request_id is None:
            detail.title.setText("")
            detail.summary.setText(self.tr("Select a request to see what it still lacks, its offers and its history."))
            detail.gaps_box.hide()
            self._update_buttons(None, [])
            return
        ws = self.session.workspace
        request = assistance.get_request(ws, request_id)
        events = assistance.events(ws, request_id)
        detail.title.setText(request["title"])
        profile = state_profile.get_profile(ws) or {}
        lines = [
            self.tr("Requesting State: %1").replace("%1", state_name(profile.get("state_code") or "", self.language)),
            self.tr("Status: %1").replace("%1", labels.request_status(request["status"])),
        ]
        if request["sent_on"]:
            lines.append(
                self.tr("Sent on %1, note verbale %2")
                .replace("%1", formats.day(request["sent_on"], self.language))
                .replace("%2", request["note_verbale_reference"])
            )
        if request["follow_up_on"]:
            lines.append(
                self.tr("One-year follow-up by the Chair: %1").replace(
                    "%1", formats.day(request["follow_up_on"], self.language)
                )
            )
        detail.summary.setText("\n".join(lines))
        gaps = assistance.completeness(ws, request)
        detail.gaps_box.setVisible(request["status"] in assistance.UNSENT_STATUSES or bool(gaps))
        for gap in gaps:
            item = QListWidgetItem("• " + labels.gap_message(gap.field, gap.code, gap.detail))
            item.setData(ID_ROLE, gap.field)
            detail.gaps.addItem(item)
        if not gaps:
            detail.gaps.addItem("✓ " + self.tr("Nothing missing: the request can be marked ready and sent."))
        for offer in assistance.offers_for_request(ws, request_id):
            if offer["linked"]:
                name, title = isolate(offer["provider_name"], auto=True), isolate(offer["title"], auto=True)
                text = f"{name} — {title} ({formats.day(offer['linked_on'], self.language)})"
                if offer["link_note"]:
                    text += f"\n{offer['link_note']}"
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, offer["id"])
                detail.offers.addItem(item)
        if not detail.offers.count():
            hint = QListWidgetItem(
                self.tr("No offer linked yet. “Link offer…” lists the register's offers, best fit first.")
            )
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            detail.offers.addItem(hint)
        lifecycle = QTreeWidgetItem([self.tr("Lifecycle"), "", ""])
        for event in reversed(events):
            lifecycle.addChild(
                QTreeWidgetItem(
                    [
                        formats.day(event["event_date"], self.language),
                        labels.request_status(event["status"]),
                        event["note"],
                    ]
                )
            )
        changes = QTreeWidgetItem([self.tr("Changes to the content"), "", ""])
        words = HistoryWords(self.session, "request", request_id, self.language)  # as the History dialog names them
        for entry in words.entries():
            skip = ("status", "sent_on", "status_change")
            fields = list(dict.fromkeys(words.field_label(c.field) for c in entry.changes if c.field not in skip))
            if entry.action == "create" and entry.origin.kind not in ("undo", "redo"):
                changes.addChild(
                    QTreeWidgetItem([formats.utc_day(entry.at, self.language), self.tr("Request created"), entry.actor])
                )
            elif fields:
                changes.addChild(
                    QTreeWidgetItem(
                        [
                            formats.utc_day(entry.at, self.language),
                            self.tr("Changed by %1").replace("%1", entry.actor),
                            labels.join(fields),
                        ]
                    )
                )
        for group in (lifecycle, changes):
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            detail.history.addTopLevelItem(group)
            group.setExpanded(True)
            group.setFirstColumnSpanned(True)
            for row in range(group.childCount()):
                group.child(row).setToolTip(2, group.child(row).text(2))
        date_width = (
            detail.history.fontMetrics().horizontalAdvance(formats.day("2026-09-30", self.language))
            + 2 * detail.history.indentation()
            + 12
        )
        detail.history.setColumnWidth(0, date_width)
        fit_columns(detail.history, 1)
        self._update_buttons(request, events)

    def _fill_gap(self, item: QListWidgetItem) -> None:
        field = item.data(ID_ROLE)
        if field:
            self.edit_request(focus=field)

    # -- requests ----------------------------------------------------------------------------------
    def edit_request(self, focus: str | None = None) -> None:
        request_id = self.selected_request()
        if request_id is not None:
            edit_request(self.session, self, self.language, request_id, focus=focus)

    def request_from_action(self) -> None:
        dialog = FromActionDialog(self.session, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.action_id() is None:
            return
        self.select_request(request_from_action(self.session, self, self.language, dialog.action_id()))

    def delete_request(self) -> None:
        self.request_actions.delete()

    def _request_deletion(self, request_id: int) -> Deletion:
        request = assistance.get_request(self.session.workspace, request_id)
        text = self.tr("Delete the request “%1” with its history and links to offers?").replace("%1", request["title"])
        if request["status"] not in assistance.UNSENT_STATUSES:
            text += "\n\n" + self.tr(
                "This request was sent to the Committee. To keep its record, mark it withdrawn instead of deleting it."
            )
        return Deletion(self.tr("Delete request"), text, assistance.delete_request, (request_id,))

    def change_status(self) -> None:
        request_id = self.selected_request()
        if request_id is None:
            return
        dialog = StatusDialog(self.session, request_id, self)
        dialog.exec()
        if dialog.incomplete:
            self.edit_request(focus=dialog.incomplete[0].field)
        self.select_request(request_id)

    def undo_status(self) -> None:
        request_id = self.selected_request()
        events = assistance.events(self.session.workspace, request_id) if request_id else []
        if not events:
            return
        last = events[-1]
        if confirm(
            self,
            self.tr("Cancel the last status change"),
            self.tr("Cancel the change to “%1” of %2? The request goes back to “%3”.")
            .replace("%1", labels.request_status(last["status"]))
            .replace("%2", formats.day(last["event_date"], self.language))
            .replace("%3", labels.request_status(last["previous_status"])),
        ):
            self.session.run(assistance.undo_last_status, request_id)
            self.select_request(request_id)

    def link_offer(self) -> None:
        request_id = self.selected_request()
        if request_id is None:
            return
        dialog = LinkOfferDialog(self.session, request_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice() is None:
            return
        offer_id, when, note = dialog.choice()
        try:
            self.session.run(assistance.link_offer, request_id, offer_id, when, note)
        except (UserError, DatabaseError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Link offer"), str(exc))
        self.select_request(request_id)

    def unlink_offer(self) -> None:
        request_id, item = self.selected_request(), self.detail.offers.currentItem()
        if request_id is None or item is None:
            return
        if confirm(self, self.tr("Unlink offer"), self.tr("Remove the link between this offer and the request?")):
            self.session.run(assistance.unlink_offer, request_id, item.data(ID_ROLE))
            self.select_request(request_id)

    # -- providers and offers ----------------------------------------------------------------------
    def edit_provider(self) -> None:
        self.provider_actions.edit()

    def delete_provider(self) -> None:
        self.provider_actions.delete()

    def _provider_deletion(self, provider_id: int) -> Deletion:
        provider = assistance.get_provider(self.session.workspace, provider_id)
        return Deletion(
            self.tr("Delete provider"),
            self.tr(
                "Delete the provider “%1” with its offers? Requests keep their content but lose their links to "
                "these offers."
            ).replace("%1", provider["name"]),
            assistance.delete_provider,
            (provider_id,),
        )

    def edit_offer(self) -> None:
        self.offer_actions.edit()

    def delete_offer(self) -> None:
        self.offer_actions.delete()

    def _offer_deletion(self, offer_id: int) -> Deletion:
        offer = assistance.get_offer(self.session.workspace, offer_id)
        return Deletion(
            self.tr("Delete offer"),
            self.tr("Delete the offer “%1”?").replace("%1", offer["title"]),
            assistance.delete_offer,
            (offer_id,),
        )
