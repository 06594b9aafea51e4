"""Undoable matrix edits: each command writes through the domain, so undo is audited like any edit.

A step never relies on a database id staying the same: undoing a removal re-creates a legal
reference under whatever id SQLite gives it (the old one only if it happens to be the highest), and
an agency remembered by a step may have been deleted (or its id given to another agency) since.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from app import agencies, matrix
from app.errors import NotFoundError
from ui.session import Session


class SetAnswerCommand(QUndoCommand):
    """Change parts of one field's answer; undo puts the previous values back.

    The field is named by its key, which never changes. The responsible agency is remembered as
    the agency record it was (id and creation time, and its name): if that agency was deleted
    since, the field gets the agency of that name if there is one again, else none, never another
    agency that was given the same id."""

    def __init__(self, session: Session, field_key: str, before: dict, after: dict, text: str):
        super().__init__(text)
        self.session, self.field_key, self.before, self.after = session, field_key, before, after
        self._agencies = {}  # id -> (created_at, name) when the step was recorded
        for values in (before, after):
            agency_id = values.get("responsible_agency_id")
            if agency_id is not None and agency_id not in self._agencies:
                try:
                    agency = session.read(agencies.get_agency, agency_id)
                except NotFoundError:
                    continue  # refused when applied, as any choice of a deleted agency
                self._agencies[agency_id] = (agency["created_at"], agency["name"])

    def _agency_now(self, agency_id: int) -> int | None:
        if agency_id not in self._agencies:
            return agency_id
        created_at, name = self._agencies[agency_id]
        try:
            if self.session.read(agencies.get_agency, agency_id)["created_at"] == created_at:
                return agency_id  # the same agency, perhaps renamed
        except NotFoundError:
            pass
        same_name = [a["id"] for a in self.session.read(agencies.list_agencies) if a["name"] == name]
        return same_name[0] if same_name else None

    def _apply(self, values: dict) -> None:
        if values.get("responsible_agency_id") is not None:
            values = {**values, "responsible_agency_id": self._agency_now(values["responsible_agency_id"])}
        self.session.apply("matrix_answer", matrix.set_answer, self.field_key, values)

    def redo(self):
        self._apply(self.after)

    def undo(self):
        self._apply(self.before)


class CitationRef:
    """One legal reference as the undo steps know it: what it cites, and its id now.

    Every step about the same reference holds this one object, so when a step re-creates the
    reference under a new id, the others follow it."""

    def __init__(self, citation_id: int | None, field_key: str, legal_instrument_id: int, article: str):
        self.id, self.field_key = citation_id, field_key
        self.legal_instrument_id, self.article = legal_instrument_id, article


class CitationRefs:
    """The references the steps of one undo stack follow, by their current id (clear it with the stack)."""

    def __init__(self):
        self._by_id: dict[int, CitationRef] = {}

    def for_citation(self, field_key: str, citation: dict) -> CitationRef:
        """The reference shown for `field_key` as `citation` (from `matrix.citations`)."""
        ref = self._by_id.get(citation["id"])
        if ref is None or (ref.field_key, ref.legal_instrument_id, ref.article) != (
                field_key, citation["legal_instrument_id"], citation["article"]):
            ref = CitationRef(citation["id"], field_key, citation["legal_instrument_id"], citation["article"])
            self._by_id[citation["id"]] = ref
        return ref

    def created(self, ref: CitationRef, citation_id: int) -> None:
        ref.id = citation_id
        self._by_id[citation_id] = ref

    def removed(self, ref: CitationRef) -> None:
        if self._by_id.get(ref.id) is ref:
            del self._by_id[ref.id]

    def clear(self) -> None:
        self._by_id.clear()


class _CitationCommand(QUndoCommand):
    def __init__(self, session: Session, refs: CitationRefs, ref: CitationRef, text: str):
        super().__init__(text)
        self.session, self.refs, self.ref = session, refs, ref
        self.removed: dict | None = None  # where it was, to put it back in its place

    def _create(self) -> None:
        r = self.ref
        place = {"ordinal": self.removed["ordinal"]} if self.removed else {}
        self.refs.created(r, self.session.apply(
            "matrix_citation", matrix.add_citation, r.field_key, r.legal_instrument_id, r.article, **place))

    def _remove(self) -> None:
        self.removed = self.session.apply("matrix_citation", matrix.remove_citation, self.ref.id)
        self.refs.removed(self.ref)


class AddCitationCommand(_CitationCommand):
    def __init__(self, session: Session, refs: CitationRefs, field_key: str, legal_instrument_id: int,
                 article: str, text: str):
        super().__init__(session, refs, CitationRef(None, field_key, legal_instrument_id, article.strip()), text)

    def redo(self):
        self._create()

    def undo(self):
        self._remove()


class RemoveCitationCommand(_CitationCommand):
    def redo(self):
        self._remove()

    def undo(self):
        self._create()
