"""Undo and redo of legal references in the matrix follow each reference, whatever id SQLite gives it.

Removing a reference and undoing that re-creates it, and SQLite may or may not give it its old
id back (it reuses the highest rowid once freed, not the others). These tests drive the matrix as a
user does (cite, uncite, Ctrl+Z, Ctrl+Shift+Z) in orders where the id does change, and check the
database after every single step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import agencies, legal_instruments, matrix
from ui.views.matrix import MatrixView

F1, F2, F3 = "OP2.NW.acquire.legal", "OP2.CW.acquire.legal", "OP2.BW.acquire.legal"
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _all_citations(session) -> list[tuple[str, int, str]]:
    """Every reference in the database, field by field in the order the user sees them."""
    return [tuple(r) for r in session.workspace.db.execute(
        "SELECT field_key, legal_instrument_id, article FROM matrix_citation ORDER BY field_key, ordinal, id")]


def _in_order(citations) -> list[tuple[str, int, str]]:
    """The same references in the order `_all_citations` gives (by field, keeping each field's order)."""
    return sorted(citations, key=lambda c: c[0])


def _open(view, field_key):
    view.tabs.setCurrentIndex([s["key"] for s in view.sections].index("B"))  # F1, F2 and F3 are in section B
    index = view.model.index_of_field(field_key)
    assert index.isValid()
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    assert view.detail.field_key == field_key


def _cite(qtbot, view, field_key, law, article):
    _open(view, field_key)
    view.detail.law.setCurrentIndex(view.detail.law.findData(law))
    view.detail.article.clear()
    qtbot.keyClicks(view.detail.article, article)
    qtbot.mouseClick(view.detail.cite_button, Qt.MouseButton.LeftButton)


def _uncite(qtbot, view, field_key, article):
    _open(view, field_key)
    rows = [view.detail.citations.item(i).text() for i in range(view.detail.citations.count())]
    view.detail.citations.setCurrentRow(next(i for i, text in enumerate(rows) if text.endswith(article)))
    qtbot.mouseClick(view.detail.uncite_button, Qt.MouseButton.LeftButton)


def _undo(qtbot, view):
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)


def _redo(qtbot, view):
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL | SHIFT)


def _view(qtbot, session):
    view = MatrixView(session, "en")
    qtbot.addWidget(view)
    view.show()
    return view


def test_cite_cite_uncite_then_undo_and_redo_all(qtbot, session):
    law = legal_instruments.create_legal_instrument(session.workspace, {"title_original": "Code pénal"}).value
    view = _view(qtbot, session)
    states = [_all_citations(session)]
    _cite(qtbot, view, F1, law, "Art. 1")
    states.append(_all_citations(session))
    _cite(qtbot, view, F2, law, "Art. 2")
    states.append(_all_citations(session))
    _uncite(qtbot, view, F1, "Art. 1")
    states.append(_all_citations(session))
    assert states == [[], [(F1, law, "Art. 1")], _in_order([(F1, law, "Art. 1"), (F2, law, "Art. 2")]),
                      [(F2, law, "Art. 2")]]

    for expected in reversed(states[:-1]):  # Ctrl+Z three times
        _undo(qtbot, view)
        assert _all_citations(session) == expected
    assert not view.undo_stack.canUndo()
    for expected in states[1:]:  # Ctrl+Shift+Z three times
        _redo(qtbot, view)
        assert _all_citations(session) == expected
    for expected in reversed(states[:-1]):  # and back again: nothing is left behind
        _undo(qtbot, view)
        assert _all_citations(session) == expected
    assert view.detail.citations.count() == 0


def test_undo_follows_a_reference_given_a_new_id_and_keeps_its_place(qtbot, session):
    """A reference cited elsewhere (another field, another window) takes the freed id in between:
    the re-created one gets a new id, and every earlier step still finds it."""
    law = legal_instruments.create_legal_instrument(session.workspace, {"title_original": "Export Control Act"}).value
    view = _view(qtbot, session)
    _cite(qtbot, view, F1, law, "s. 1")
    _cite(qtbot, view, F1, law, "s. 2")
    _cite(qtbot, view, F1, law, "s. 3")
    full = [(F1, law, "s. 1"), (F1, law, "s. 2"), (F1, law, "s. 3")]
    _uncite(qtbot, view, F1, "s. 3")  # the highest id: SQLite would give it back
    _uncite(qtbot, view, F1, "s. 1")
    elsewhere = session.apply("matrix_citation", matrix.add_citation, F3, law, "s. 9")  # takes the freed id
    assert _all_citations(session) == _in_order([(F1, law, "s. 2"), (F3, law, "s. 9")])

    _undo(qtbot, view)
    assert _all_citations(session) == _in_order([(F1, law, "s. 1"), (F1, law, "s. 2"), (F3, law, "s. 9")]), \
        "s. 1 is back in its place, before s. 2"
    _undo(qtbot, view)
    assert _all_citations(session) == _in_order([*full, (F3, law, "s. 9")])
    for expected in ([(F1, law, "s. 1"), (F1, law, "s. 2")], [(F1, law, "s. 1")], []):
        _undo(qtbot, view)
        assert _all_citations(session) == _in_order([*expected, (F3, law, "s. 9")])
    for expected in ([(F1, law, "s. 1")], [(F1, law, "s. 1"), (F1, law, "s. 2")], full,
                     [(F1, law, "s. 1"), (F1, law, "s. 2")], [(F1, law, "s. 2")]):
        _redo(qtbot, view)
        assert _all_citations(session) == _in_order([*expected, (F3, law, "s. 9")])
    assert [c["id"] for c in matrix.citations(session.workspace, F3)] == [elsewhere], "the other reference untouched"


def test_undo_to_an_agency_deleted_since_keeps_the_rest_of_the_step(qtbot, session):
    """The details step remembers the responsible agency by id; once that agency is deleted, undo
    and redo still put the remarks back, and the field simply has no agency (as the deletion left it)."""
    first = agencies.create_agency(session.workspace, {"name": "Customs"}).value
    second = agencies.create_agency(session.workspace, {"name": "Nuclear Regulator"}).value
    view = _view(qtbot, session)
    _open(view, F1)
    view.change_answer(F1, {"responsible_agency_id": first, "remarks": "Customs checks"})
    view.change_answer(F1, {"responsible_agency_id": second, "remarks": "Regulator licenses"})
    session.apply("agency", agencies.delete_agency, first)

    _undo(qtbot, view)
    answer = matrix.get_answer(session.workspace, F1)
    assert (answer["responsible_agency_id"], answer["remarks"]) == (None, "Customs checks")
    _undo(qtbot, view)
    _redo(qtbot, view)
    answer = matrix.get_answer(session.workspace, F1)
    assert (answer["responsible_agency_id"], answer["remarks"]) == (None, "Customs checks")
    _redo(qtbot, view)
    answer = matrix.get_answer(session.workspace, F1)
    assert (answer["responsible_agency_id"], answer["remarks"]) == (second, "Regulator licenses")


def test_undo_never_links_a_field_to_another_agency_given_the_same_id(qtbot, session, monkeypatch):
    """An agency deleted then another created takes its id back (SQLite reuses the highest rowid)."""
    monkeypatch.setattr("app.records.utc_now", lambda: "2026-01-05T09:00:00+00:00")
    customs = agencies.create_agency(session.workspace, {"name": "Customs"}).value
    view = _view(qtbot, session)
    _open(view, F1)
    view.change_answer(F1, {"responsible_agency_id": customs})
    view.change_answer(F1, {"responsible_agency_id": None})
    session.apply("agency", agencies.delete_agency, customs)
    monkeypatch.setattr("app.records.utc_now", lambda: "2026-01-05T09:00:07+00:00")
    police = agencies.create_agency(session.workspace, {"name": "Police"}).value
    assert police == customs, "the test needs SQLite to give the id back"

    _undo(qtbot, view)
    assert matrix.get_answer(session.workspace, F1)["responsible_agency_id"] is None, "not linked to the Police"
    _undo(qtbot, view)
    customs_again = agencies.create_agency(session.workspace, {"name": "Customs"}).value
    _redo(qtbot, view)
    assert matrix.get_answer(session.workspace, F1)["responsible_agency_id"] == customs_again, \
        "the agency of the same name, created again"
