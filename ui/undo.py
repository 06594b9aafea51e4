"""Undoable matrix edits: each command writes through the domain, so undo is audited like any edit."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from app import matrix
from ui.session import Session


class SetAnswerCommand(QUndoCommand):
    """Change parts of one field's answer; undo puts the previous values back."""

    def __init__(self, session: Session, field_key: str, before: dict, after: dict, text: str):
        super().__init__(text)
        self.session, self.field_key, self.before, self.after = session, field_key, before, after

    def redo(self):
        self.session.apply("matrix_answer", matrix.set_answer, self.field_key, self.after)

    def undo(self):
        self.session.apply("matrix_answer", matrix.set_answer, self.field_key, self.before)


class AddCitationCommand(QUndoCommand):
    def __init__(self, session: Session, field_key: str, legal_instrument_id: int, article: str, text: str):
        super().__init__(text)
        self.session, self.field_key = session, field_key
        self.legal_instrument_id, self.article = legal_instrument_id, article
        self.citation_id: int | None = None

    def redo(self):
        self.citation_id = self.session.apply(
            "matrix_citation", matrix.add_citation, self.field_key, self.legal_instrument_id, self.article)

    def undo(self):
        self.session.apply("matrix_citation", matrix.remove_citation, self.citation_id)


class RemoveCitationCommand(QUndoCommand):
    def __init__(self, session: Session, citation_id: int, text: str):
        super().__init__(text)
        self.session, self.citation_id = session, citation_id
        self.removed: dict | None = None

    def redo(self):
        self.removed = self.session.apply("matrix_citation", matrix.remove_citation, self.citation_id)

    def undo(self):
        r = self.removed
        self.citation_id = self.session.apply(
            "matrix_citation", matrix.add_citation, r["field_key"], r["legal_instrument_id"], r["article"])
