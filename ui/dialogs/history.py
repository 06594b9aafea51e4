"""The history of one item (a matrix field, an action, an assistance request, a law), newest first.

Each entry is one step: when (local time), who, from where (the application, the command line, an agency's
workbook, the Committee's matrix, a package restored, an undo or a redo), and what changed, part by part,
old → new, with the names the forms use (never a column name or a code).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import history
from ui import formats, labels
from ui.dialogs.record_form import FormField
from ui.i18n import isolate
from ui.session import Session
from ui.widgets.fit import fit_to_screen

translate = QCoreApplication.translate

VALUE_LENGTH = 160  # a long remark is shown by its beginning (the whole text is in the row's tooltip)


class HistoryWords:
    """An item's history in the interface language: the names of its parts (as its form names them), where a
    change came from, and old → new. The History dialog and the assistance view's history both use it."""

    def __init__(self, session: Session, kind: str, item_id: Any, language: str):
        self.session, self.kind, self.item_id, self.language = session, kind, item_id, language
        self._fields: dict[str, FormField] | None = None

    @property
    def fields(self) -> dict[str, FormField]:
        if self._fields is None:
            self._fields = self._form_fields()
        return self._fields

    def entries(self) -> list[history.Entry]:
        return self.session.read(history.item_history, self.kind, self.item_id)

    def field_label(self, name: str) -> str:
        spec = self.fields.get(name)
        return spec.label if spec is not None else translate("HistoryDialog", "Other details")

    def entry_lines(self, entry: history.Entry) -> list[str]:
        """What an entry changed, one line per part (a new record: its values; a deleted one: "Deleted")."""
        created = entry.action == "create" and entry.origin.kind not in ("undo", "redo")
        lines = [
            self.change_text(c, created)
            for c in entry.changes
            if not (created and c.new in (None, "", [], 0) and c.field != "citation")
        ]
        if created:
            lines.insert(0, translate("HistoryDialog", "Created"))
        elif entry.action == "delete" and entry.origin.kind not in ("undo", "redo") and self.kind != "field":
            lines = [translate("HistoryDialog", "Deleted")]
        elif entry.origin.kind == "restore":
            lines = [translate("HistoryDialog", "All the data was replaced by the package's")]
        return lines

    def item_name(self) -> str:
        ws = self.session.workspace
        if self.kind == "field":
            return labels.matrix_field_name(ws, str(self.item_id), self.language)
        from app import action_plan, assistance, legal_instruments
        from app.errors import UserError

        try:
            if self.kind == "action":
                return str(self.session.read(action_plan.get_action, int(self.item_id))["title"])
            if self.kind == "request":
                return str(self.session.read(assistance.get_request, int(self.item_id))["title"])
            return str(self.session.read(legal_instruments.get_legal_instrument, int(self.item_id))["title_original"])
        except UserError:
            return translate("HistoryDialog", "a deleted record")

    def _form_fields(self) -> dict[str, FormField]:
        from ui.dialogs import forms  # the forms name each part as the user knows it

        if self.kind == "action":
            found = forms.action_fields(self.session, self.language)
        elif self.kind == "request":
            found = forms.request_fields(self.session, self.language)
        elif self.kind == "law":
            found = forms.legal_instrument_fields()
        else:
            found = [
                FormField(name, labels.answer_attribute(name), "date" if name.endswith(("_date", "_on")) else "line")
                for name in labels.ANSWER_ATTRIBUTES
            ]
            found.append(FormField("responsible_agency_id", translate("HistoryDialog", "Responsible agency")))
        out = {f.name: f for f in found}
        out["citation"] = FormField("citation", translate("HistoryDialog", "Legal reference"))
        out["status_change"] = FormField(
            "status_change", translate("HistoryDialog", "Step of the lifecycle"), "choice", self._status_choices()
        )
        if self.kind == "request":
            out["status"] = FormField("status", translate("HistoryDialog", "Status"), "choice", self._status_choices())
            out["sent_on"] = FormField("sent_on", translate("HistoryDialog", "Date sent"), "date")
            out["offers"] = FormField("offers", translate("HistoryDialog", "Offers"))
        if self.kind == "action":
            out["is_proposal"] = FormField("is_proposal", translate("HistoryDialog", "Proposal"), "flag")
        return out

    def _status_choices(self) -> list[tuple[object, str]]:
        return [(code, labels.request_status(code)) for code in labels.REQUEST_STATUSES]

    def origin_text(self, origin: history.Origin) -> str:
        if origin.kind == "workbook":
            return (
                translate("HistoryDialog", "Workbook returned by %1 (sent on %2, file %3)")
                .replace("%1", isolate(origin.agency, auto=True))
                .replace("%2", formats.utc_day(origin.sent_on, self.language))
                .replace("%3", isolate(origin.file))
            )
        if origin.kind == "matrix_import":
            return translate("HistoryDialog", "The Committee's matrix, imported from %1").replace(
                "%1", isolate(origin.file)
            )
        if origin.kind == "restore":
            return translate("HistoryDialog", "Package restored: %1").replace("%1", isolate(origin.file))
        if origin.kind in ("undo", "redo"):
            what = (
                labels.step_name(self.session.workspace, origin.undone, self.language, labels.MENU_SUBJECT_LENGTH)
                if origin.undone is not None
                else ""
            )
            if origin.kind == "undo":
                return (
                    translate("HistoryDialog", "Undo of “%1”").replace("%1", what)
                    if what
                    else translate("HistoryDialog", "Undo")
                )
            return (
                translate("HistoryDialog", "Redo of “%1”").replace("%1", what)
                if what
                else translate("HistoryDialog", "Redo")
            )
        words = {
            "gui": translate("HistoryDialog", "This application"),
            "cli": translate("HistoryDialog", "Command line"),
            "demo": translate("HistoryDialog", "Training data"),
            "migration": translate("HistoryDialog", "Upgrade of the database"),
            "import": translate("HistoryDialog", "Import"),
        }
        return words.get(origin.kind, translate("HistoryDialog", "Other"))

    def value_text(self, name: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return translate("HistoryDialog", "(empty)")
        spec = self.fields.get(name)
        choices = {str(code): text for code, text in spec.choices} if spec is not None else {}
        if isinstance(value, list):
            return labels.join(choices.get(str(v), isolate(str(v), auto=True)) for v in value)
        if spec is not None and spec.kind == "codes":
            return labels.join(choices.get(c, c) for c in str(value).split(",") if c)
        if spec is not None and spec.kind == "date":
            return formats.day(str(value), self.language)
        if spec is not None and spec.kind == "flag":
            return translate("HistoryDialog", "Yes") if value else translate("HistoryDialog", "No")
        if spec is not None and spec.kind == "number" and isinstance(value, int | float):
            return formats.number(value, self.language)
        text = choices.get(str(value), str(value))
        if len(text) > VALUE_LENGTH:
            text = text[: VALUE_LENGTH - 1].rstrip() + "…"
        return isolate(" ".join(text.split()), auto=True)

    def change_text(self, change: history.Change, created: bool = False) -> str:
        spec = self.fields.get(change.field)
        label = spec.label if spec is not None else translate("HistoryDialog", "Other details")
        if created and change.old in (None, "", []):  # a new record: its values, without "(empty) →"
            return (
                translate("HistoryDialog", "%1: %2")
                .replace("%1", label)
                .replace("%2", self.value_text(change.field, change.new))
            )
        if change.field == "citation":
            if change.new is None:
                return translate("HistoryDialog", "Legal reference removed: %1").replace(
                    "%1", self.value_text("citation", change.old)
                )
            return translate("HistoryDialog", "Legal reference added: %1").replace(
                "%1", self.value_text("citation", change.new)
            )
        if change.field in ("supporting", "beneficiaries", "fields", "offers") and change.part != self._main_part():
            one = change.new if change.old is None else change.old
            template = (
                translate("HistoryDialog", "%1: %2 added")
                if change.old is None
                else translate("HistoryDialog", "%1: %2 removed")
            )
            return template.replace("%1", label).replace("%2", self.value_text(change.field, one))
        return (
            translate("HistoryDialog", "%1: %2 → %3")
            .replace("%1", label)
            .replace("%2", self.value_text(change.field, change.old))
            .replace("%3", self.value_text(change.field, change.new))
        )

    def _main_part(self) -> str:
        return {"field": "matrix_answer", "action": "plan_action", "request": "assistance_request"}.get(
            self.kind, "legal_instrument"
        )


class HistoryDialog(QDialog):
    """A readable list of an item's changes: one top-level row per step, one child row per part changed."""

    def __init__(self, session: Session, kind: str, item_id: Any, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.session, self.kind, self.item_id, self.language = session, kind, item_id, language
        self.words = HistoryWords(session, kind, item_id, language)
        name = self.words.item_name()
        self.setWindowTitle(self.tr("History: %1").replace("%1", name))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Changes to %1, newest first").replace("%1", isolate(name, auto=True)))
        heading.setObjectName("historyHeading")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        self.tree = QTreeWidget()
        self.tree.setObjectName("itemHistory")
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Who"), self.tr("From where")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(True)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout.addWidget(buttons)
        self.setMinimumSize(420, 300)
        fit_to_screen(self, 820, 560)
        self.reload()

    # -- content -------------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.tree.clear()
        entries = self.words.entries()
        for entry in entries:
            top = QTreeWidgetItem(
                [
                    formats.utc_moment(entry.at, self.language),
                    isolate(entry.actor, auto=True) or self.tr("(not named)"),
                    self.words.origin_text(entry.origin),
                ]
            )
            top.setToolTip(2, top.text(2))
            self.tree.addTopLevelItem(top)
            for line in self.words.entry_lines(entry):
                child = QTreeWidgetItem([line])
                child.setToolTip(0, line)
                top.addChild(child)
                child.setFirstColumnSpanned(True)
            top.setExpanded(True)
        if not entries:
            empty = QTreeWidgetItem([self.tr("No change recorded yet.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), 220))
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def lines(self) -> list[str]:
        """What the list shows, as text: one line per step ("date — who — from where"), then its changes indented."""
        out = []
        for row in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(row)
            out.append(" — ".join(t for t in (top.text(0), top.text(1), top.text(2)) if t))
            out += ["    " + top.child(i).text(0) for i in range(top.childCount())]
        return out


def show_history(
    session: Session, kind: str, item_id: Any, language: str, parent: QWidget | None = None
) -> HistoryDialog:
    """Open the history of an item (modal); return the dialog (closed)."""
    dialog = HistoryDialog(session, kind, item_id, language, parent)
    dialog.exec()
    return dialog


def history_button(
    view: QWidget, session: Session, kind: str, selected: Callable[[], Any], language: str
) -> QPushButton:
    """A "History…" button for a view: opens the history of the item `selected()` returns (disabled without one).

    A view whose selection can be empty connects its selection's signal to `button.refresh`."""
    button = QPushButton(translate("HistoryDialog", "History…"))
    button.setObjectName("historyButton")
    button.setToolTip(translate("HistoryDialog", "Who changed the selected item, when, from where, and what changed"))

    def open_history() -> None:
        item_id = selected()
        if item_id is not None:
            show_history(session, kind, item_id, language, view)

    def refresh(*_args: Any) -> None:
        button.setEnabled(selected() is not None)

    button.clicked.connect(open_history)
    button.refresh = refresh  # type: ignore[attr-defined]
    return button
