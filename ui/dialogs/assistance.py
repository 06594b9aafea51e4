"""Dialogs of the Assistance view: change a request's status, start a request from the action plan,
link an offer to a request."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import assistance, clock
from app.errors import DatabaseError, UserError, ValidationError
from ui import formats, labels
from ui.i18n import isolate
from ui.session import Session
from ui.widgets.fit import fit_to_screen
from ui.widgets.record_panel import error_label

ID_ROLE = Qt.ItemDataRole.UserRole


def _date_edit(minimum: str | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(clock.today()))
    edit.setCalendarPopup(True)
    formats.set_date_format(edit)
    if minimum:
        edit.setMinimumDate(QDate.fromString(minimum, "yyyy-MM-dd"))
    return edit


class StatusDialog(QDialog):
    """Move a request to its next status on a date, with a note (and the note verbale when sending).

    When the request is not complete enough to be marked ready or sent, the dialog lists what is
    missing and `incomplete` holds the gaps, so the caller can open the form on the first one.
    """

    def __init__(self, session: Session, request_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self.setWindowTitle(self.tr("Change the status of the request"))
        self.session, self.request_id = session, request_id
        self.incomplete: list[assistance.Gap] = []
        request = assistance.get_request(session.workspace, request_id)
        events = assistance.events(session.workspace, request_id)

        self.status = QComboBox()
        self.status.setObjectName("newStatus")
        for code in assistance.next_statuses(request["status"]):
            self.status.addItem(labels.request_status(code), code)
        self.date = _date_edit(events[-1]["event_date"] if events else None)
        self.date.setObjectName("statusDate")
        self.reference = QLineEdit(request["note_verbale_reference"])
        self.reference.setObjectName("noteVerbale")
        self.reference.setPlaceholderText(self.tr("e.g. NV/1540/2026/12"))
        self.reference_label = QLabel(self.tr("Note verbale reference"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("statusNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What happened: who answered, what was agreed."))
        self.note.setMaximumHeight(90)
        self.gaps = QListWidget()
        self.gaps.setObjectName("statusGaps")
        self.gaps.setWordWrap(True)
        self.gaps.hide()
        self.error = error_label("dialogError")

        form = QFormLayout()
        form.addRow(self.tr("Current status"), QLabel(labels.request_status(request["status"])))
        form.addRow(self.tr("New status"), self.status)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.reference_label, self.reference)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(self.status.count() > 0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.gaps)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self._status_chosen()
        fit_to_screen(self, 520, 360)

    def _status_chosen(self, *_):
        sending = self.status.currentData() == "sent"
        self.reference.setVisible(sending)
        self.reference_label.setVisible(sending)
        self.gaps.hide()
        self.error.hide()
        self.incomplete = []
        self.ok_button.setText(self.tr("OK"))

    def save(self) -> None:
        if self.incomplete:
            self.reject()  # "Complete the request…": the caller opens the form on the first gap
            return
        try:
            self.session.run(
                assistance.set_status,
                self.request_id,
                self.status.currentData(),
                self.date.date().toString("yyyy-MM-dd"),
                self.note.toPlainText(),
                self.reference.text(),
            )
        except assistance.IncompleteRequestError as exc:
            self.incomplete = exc.gaps
            self.error.setText(
                self.tr(
                    "The request is not complete yet: what is missing is listed above. "
                    "“Complete the request…” opens the form on the first item."
                )
            )
            self.error.show()
            self.gaps.clear()
            for gap in exc.gaps:
                self.gaps.addItem("• " + labels.gap_message(gap.field, gap.code, gap.detail))
            self.gaps.show()
            self.ok_button.setText(self.tr("Complete the request…"))
            fit_to_screen(self, max(self.width(), 620), max(self.height(), 520))
            return
        except ValidationError as exc:
            label = {
                "note_verbale_reference": self.reference_label.text(),
                "event_date": self.tr("Date"),
                "status": self.tr("New status"),
            }.get(exc.field, exc.field)
            self.error.setText(labels.validation_message(exc.code, label))
            self.error.show()
            return
        except (UserError, DatabaseError, OSError) as exc:
            # The request was deleted meanwhile, the disk is full, the file is locked: nothing changed,
            # and the dialog stays open with what was typed.
            self.error.setText(self.tr("The status could not be changed: %1").replace("%1", str(exc)))
            self.error.show()
            return
        self.accept()


class FromActionDialog(QDialog):
    """Choose an action of the plan that needs assistance, to start a request from it."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fromActionDialog")
        self.setWindowTitle(self.tr("Request assistance for an action of the plan"))
        self.actions = QListWidget()
        self.actions.setObjectName("assistanceActions")
        self.actions.setWordWrap(True)
        for action in assistance.actions_needing_assistance(session.workspace):
            text = action["title"]
            if action["due_date"]:
                text += " — " + self.tr("due %1").replace("%1", formats.day(action["due_date"]))
            if action["request_ids"]:
                text += " — " + self.tr("a request exists already")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, action["id"])
            self.actions.addItem(item)
        intro = QLabel(
            self.tr(
                "Actions of the plan marked “assistance needed”. The request starts with the action's "
                "area, scope, agencies, timeframe and matrix fields; you then add what makes it "
                "specific enough to be matched."
            )
        )
        intro.setWordWrap(True)
        empty = QLabel(
            self.tr(
                "No action of the plan is marked “assistance needed”. Mark one in the action plan, "
                "or create a request directly."
            )
        )
        empty.setWordWrap(True)
        empty.setVisible(self.actions.count() == 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.actions.currentRowChanged.connect(lambda row: self.ok_button.setEnabled(row >= 0))
        self.actions.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.actions)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 420)

    def action_id(self) -> int | None:
        item = self.actions.currentItem()
        return item.data(ID_ROLE) if item else None


class LinkOfferDialog(QDialog):
    """Choose the offer that answers a request, best fit first, with the date and a note."""

    def __init__(self, session: Session, request_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("linkOfferDialog")
        self.setWindowTitle(self.tr("Link an offer to the request"))
        self.offers = QListWidget()
        self.offers.setObjectName("offerChoices")
        self.offers.setWordWrap(True)
        for offer in assistance.offers_for_request(session.workspace, request_id):
            fit = "★" * min(3, (offer["score"] + 2) // 3) if offer["score"] else "—"
            text = (
                f"{fit}  {isolate(offer['provider_name'], auto=True)} — {isolate(offer['title'], auto=True)}\n"
                f"     {labels.codes(offer['assistance_types'], labels.assistance_type)}"
                f" · {labels.codes(offer['areas'], labels.area)}"
            )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, offer["id"])
            if offer["linked"]:
                item.setText(text + "  " + self.tr("(already linked)"))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.offers.addItem(item)
        intro = QLabel(
            self.tr("Offers in the register, best fit first (★: shared type of assistance, area and scope).")
        )
        intro.setWordWrap(True)
        self.date = _date_edit()
        self.date.setObjectName("linkDate")
        self.note = QLineEdit()
        self.note.setObjectName("linkNote")
        self.note.setPlaceholderText(self.tr("e.g. expert mission proposed for March"))
        form = QFormLayout()
        form.addRow(self.tr("Offer received on"), self.date)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.offers.currentItemChanged.connect(
            lambda item, _old: self.ok_button.setEnabled(bool(item and item.flags() & Qt.ItemFlag.ItemIsEnabled))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.offers)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_to_screen(self, 680, 460)

    def choice(self) -> tuple[int, str, str] | None:
        item = self.offers.currentItem()
        if item is None:
            return None
        return item.data(ID_ROLE), self.date.date().toString("yyyy-MM-dd"), self.note.text()
