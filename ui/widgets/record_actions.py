"""Add / Edit / Delete of one kind of record, written once for every view.

A view says how to add and edit its record (usually a form from ui/dialogs/forms.py) and, for the
selected record, what deleting it means (`Deletion`: the question naming the record and what goes
with it, and the domain call). `RecordActions` wires the buttons, asks the question with No as the
default, runs the domain call through the session and shows the domain's refusal in one line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from app.errors import UserError
from ui.session import Session
from ui.widgets.record_panel import RecordPanel, confirm


@dataclass(frozen=True)
class Deletion:
    """Deleting (or withdrawing) one record: asked as `question` in a box titled `title`, then done by the write
    operation `operation(workspace, *args)` (its Changes say what changed). `refused` words the domain's refusal
    (default: its message)."""

    title: str
    question: str
    operation: Callable[..., Any]
    args: tuple = ()
    refused: Callable[[UserError], str] | None = None


def confirm_and_apply(parent: QWidget, session: Session, deletion: Deletion) -> bool:
    """Ask the deletion's question; on Yes run it. True when done; No, or a refusal shown to the user, changes nothing."""
    if not confirm(parent, deletion.title, deletion.question):
        return False
    try:
        session.run(deletion.operation, *deletion.args)
    except UserError as exc:
        QMessageBox.warning(parent, deletion.title, deletion.refused(exc) if deletion.refused else str(exc))
        return False
    return True


class RecordActions(QObject):
    """Add / Edit / Delete for one kind of record shown in a view.

    `selected()` gives the selected record's id (or None); `add()` opens the new-record form and returns the new
    id (or None); `edit(id)` opens the record's form; `deletion(id)` says what deleting it means (None: nothing
    to delete); `select(id)` shows a record (the one just added).
    """

    def __init__(
        self,
        parent: QWidget,
        session: Session,
        selected: Callable[[], int | None],
        *,
        add: Callable[[], int | None] | None = None,
        edit: Callable[[int], Any] | None = None,
        deletion: Callable[[int], Deletion | None] | None = None,
        select: Callable[[int | None], Any] | None = None,
    ):
        super().__init__(parent)
        self.view = parent
        self.session = session
        self.selected = selected
        self._add, self._edit, self._deletion, self._select = add, edit, deletion, select

    @classmethod
    def for_panel(cls, parent: QWidget, session: Session, panel: RecordPanel, **actions) -> RecordActions:
        """The actions of a RecordPanel's table, wired to its Add / Edit / Delete buttons."""
        self = cls(parent, session, panel.selected_id, select=panel.select_id, **actions)
        self.connect_buttons(panel.add_button, panel.edit_button, panel.delete_button)
        return self

    def connect_buttons(
        self,
        add: QAbstractButton | None = None,
        edit: QAbstractButton | None = None,
        delete: QAbstractButton | None = None,
    ) -> None:
        for button, slot in ((add, self.add), (edit, self.edit), (delete, self.delete)):
            if button is not None:
                button.clicked.connect(lambda _checked=False, slot=slot: slot())

    def add(self) -> int | None:
        if self._add is None:
            return None
        new_id = self._add()
        if new_id is not None and self._select is not None:
            self._select(new_id)
        return new_id

    def edit(self) -> None:
        record_id = self.selected()
        if record_id is not None and self._edit is not None:
            self._edit(record_id)

    def delete(self) -> bool:
        """Delete the selected record after asking; True when it was deleted."""
        record_id = self.selected()
        if record_id is None or self._deletion is None:
            return False
        deletion = self._deletion(record_id)
        return deletion is not None and confirm_and_apply(self.view, self.session, deletion)
