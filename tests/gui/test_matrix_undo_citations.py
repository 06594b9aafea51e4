"""Undo and redo of legal references and agencies in the matrix, through Edit › Undo / Redo (Ctrl+Z, Ctrl+Shift+Z).

The steps are the domain's (app/undo.py): undo puts back each row as it was, under its own id, and goes back
through the history in order. So a reference removed then given back keeps its id and its place, and a field
never ends up linked to another agency that took a deleted agency's id: the later steps (the new agency, the
deletion) are undone first. These tests drive the matrix as a user does and check the database after every step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import agencies, legal_instruments, matrix

F1, F2, F3 = "OP2.NW.acquire.legal", "OP2.CW.acquire.legal", "OP2.BW.acquire.legal"
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _all_citations(session) -> list[tuple[int, str, int, str]]:
    """Every reference in the database (with its id), field by field in the order the user sees them."""
    return [
        tuple(r)
        for r in session.workspace.db.execute(
            "SELECT id, field_key, legal_instrument_id, article FROM matrix_citation ORDER BY field_key, ordinal, id"
        )
    ]


def _open(window, field_key):
    view = window.show_view("matrix")
    view.tabs.setCurrentIndex([s["key"] for s in view.sections].index("B"))  # F1, F2 and F3 are in section B
    index = view.model.index_of_field(field_key)
    assert index.isValid()
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    assert view.detail.field_key == field_key
    return view


def _cite(qtbot, window, field_key, law, article):
    view = _open(window, field_key)
    view.detail.law.setCurrentIndex(view.detail.law.findData(law))
    view.detail.article.clear()
    qtbot.keyClicks(view.detail.article, article)
    qtbot.mouseClick(view.detail.cite_button, Qt.MouseButton.LeftButton)


def _uncite(qtbot, window, field_key, article):
    view = _open(window, field_key)
    rows = [view.detail.citations.item(i).text() for i in range(view.detail.citations.count())]
    view.detail.citations.setCurrentRow(next(i for i, text in enumerate(rows) if text.endswith(article)))
    qtbot.mouseClick(view.detail.uncite_button, Qt.MouseButton.LeftButton)


def _undo(qtbot, window):
    table = window.views["matrix"].table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)


def _redo(qtbot, window):
    table = window.views["matrix"].table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL | SHIFT)


def test_cite_cite_uncite_then_undo_and_redo_all(qtbot, session, main_window):
    window = main_window
    law = legal_instruments.create_legal_instrument(session.workspace, {"title_original": "Code pénal"}).id
    states = [_all_citations(session)]
    _cite(qtbot, window, F1, law, "Art. 1")
    states.append(_all_citations(session))
    _cite(qtbot, window, F2, law, "Art. 2")
    states.append(_all_citations(session))
    _uncite(qtbot, window, F1, "Art. 1")
    states.append(_all_citations(session))
    assert [[c[1:] for c in state] for state in states] == [
        [],
        [(F1, law, "Art. 1")],
        sorted([(F1, law, "Art. 1"), (F2, law, "Art. 2")]),
        [(F2, law, "Art. 2")],
    ]

    for expected in reversed(states[:-1]):  # Ctrl+Z three times: each reference back under its own id
        _undo(qtbot, window)
        assert _all_citations(session) == expected
    assert window.undo_action.text() == "&Undo: new law “Code pénal”"
    for expected in states[1:]:  # Ctrl+Shift+Z three times
        _redo(qtbot, window)
        assert _all_citations(session) == expected
    assert not window.redo_action.isEnabled()
    for expected in reversed(states[:-1]):  # and back again: nothing is left behind
        _undo(qtbot, window)
        assert _all_citations(session) == expected
    assert window.views["matrix"].detail.citations.count() == 0


def test_a_reference_removed_then_undone_keeps_its_id_and_place_even_if_another_took_the_id(
    qtbot, session, main_window
):
    """A reference cited meanwhile takes the freed id: Ctrl+Z takes that one back first (it is the newest
    step), then puts the removed reference back under its own id, before the others of its field."""
    window = main_window
    law = legal_instruments.create_legal_instrument(session.workspace, {"title_original": "Export Control Act"}).id
    for article in ("s. 1", "s. 2", "s. 3"):
        _cite(qtbot, window, F1, law, article)
    full = _all_citations(session)
    _uncite(qtbot, window, F1, "s. 3")  # the highest id: SQLite gives it to the next reference
    after_removal = _all_citations(session)
    _cite(qtbot, window, F3, law, "s. 9")
    elsewhere = [c for c in _all_citations(session) if c[1] == F3]
    assert elsewhere[0][0] == full[2][0], "the new reference took the freed id"
    assert window.undo_action.text() == "&Undo: legal reference added to B.2 Acquire · BW · legal framework"

    _undo(qtbot, window)
    assert _all_citations(session) == after_removal
    _undo(qtbot, window)
    assert _all_citations(session) == full, "s. 3 is back under its own id, after s. 2"
    _redo(qtbot, window)
    _redo(qtbot, window)
    assert sorted(_all_citations(session)) == sorted([*after_removal, *elsewhere])


def test_undo_to_an_agency_deleted_since_takes_back_the_deletion_first(qtbot, session, main_window):
    """The details step names the responsible agency by id; the agency's deletion is a later step, so undo
    brings the agency back (same id, same name) before the field is linked to it again."""
    window = main_window
    first = agencies.create_agency(session.workspace, {"name": "Customs"}).id
    second = agencies.create_agency(session.workspace, {"name": "Nuclear Regulator"}).id
    view = _open(window, F1)
    view.change_answer(F1, {"responsible_agency_id": first, "remarks": "Customs checks"})
    view.change_answer(F1, {"responsible_agency_id": second, "remarks": "Regulator licenses"})
    session.run(agencies.delete_agency, first)
    assert window.undo_action.text() == "&Undo: deletion of agency “Customs”"

    _undo(qtbot, window)
    assert agencies.get_agency(session.workspace, first)["name"] == "Customs"
    _undo(qtbot, window)
    answer = matrix.get_answer(session.workspace, F1)
    assert (answer["responsible_agency_id"], answer["remarks"]) == (first, "Customs checks")
    assert view.detail.agency.currentText() == "Customs" and view.detail.remarks.toPlainText() == "Customs checks"
    _redo(qtbot, window)
    _redo(qtbot, window)
    answer = matrix.get_answer(session.workspace, F1)
    assert (answer["responsible_agency_id"], answer["remarks"]) == (second, "Regulator licenses")
    assert [a["name"] for a in agencies.list_agencies(session.workspace)] == ["Nuclear Regulator"]


def test_undo_never_links_a_field_to_another_agency_given_the_same_id(qtbot, session, main_window):
    """An agency deleted then another created takes its id back (SQLite reuses the highest rowid): undo goes
    back through the new agency and the deletion before the field, so the field gets the Customs back."""
    window = main_window
    customs = agencies.create_agency(session.workspace, {"name": "Customs"}).id
    view = _open(window, F1)
    view.change_answer(F1, {"responsible_agency_id": customs})
    view.change_answer(F1, {"responsible_agency_id": None})
    session.run(agencies.delete_agency, customs)
    police = session.run(agencies.create_agency, {"name": "Police"}).id
    assert police == customs, "the test needs SQLite to give the id back"

    for _ in range(3):  # the Police, the deletion, the field's agency cleared
        _undo(qtbot, window)
    assert matrix.get_answer(session.workspace, F1)["responsible_agency_id"] == customs
    assert agencies.get_agency(session.workspace, customs)["name"] == "Customs", "not the Police"
    assert [a["name"] for a in agencies.list_agencies(session.workspace)] == ["Customs"]
