"""Items on the Overview open the item on click, or with Tab and Enter: the view shows it selected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import matrix
from app.matrix_search import MatrixQuery, search
from ui.widgets.link_list import LinkRow


@pytest.fixture
def window(qtbot, demo_session):
    """The training State on the tests' date: its plan has actions overdue, a request is due for follow-up."""
    from tests.gui.windows import active_window

    return active_window(qtbot, demo_session)


def _link(links, text_part: str) -> LinkRow:
    return next(row for row in links.links() if text_part in row.text())


def test_an_overdue_action_opens_the_action_plan_with_the_action_selected(qtbot, window):
    overview = window.views["overview"]
    first = overview.due_actions.links()[0]
    kind, action_id = first.target
    assert kind == "action"
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    plan = window.views["action_plan"]
    assert window.stack.currentWidget() is plan
    assert plan.selected() == ("action", action_id)
    title = plan.tree.currentIndex().data()
    assert title in first.text()


def test_an_action_hidden_by_a_filter_is_shown_all_the_same(qtbot, window):
    plan = window.show_view("action_plan")
    plan.status_filter.setCurrentIndex(plan.status_filter.findData("done"))
    window.show_view("overview")
    row = window.views["overview"].due_actions.links()[0]
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert plan.selected() == ("action", row.target[1])
    assert plan.status_filter.currentData() is None


def test_keyboard_tab_and_enter_open_a_request_to_follow_up(qtbot, window):
    overview = window.views["overview"]
    rows = overview.follow_ups.links()
    assert rows, "the training State has a request to follow up"
    row = rows[0]
    row.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(row.hasFocus)
    assert row.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(row, Qt.Key.Key_Return)
    view = window.views["assistance"]
    assert window.stack.currentWidget() is view
    assert view.selected_request() == row.target[1]


def test_tab_moves_from_one_item_to_the_next(qtbot, window):
    overview = window.views["overview"]
    first, second = overview.due_actions.links()[:2]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(second.hasFocus)
    qtbot.keyClick(second, Qt.Key.Key_Enter)
    assert window.views["action_plan"].selected() == ("action", second.target[1])


def test_an_awaited_workbook_opens_the_workbooks_view_selected(qtbot, window, tmp_path):
    from app.interchange import agency_workbook as aw

    ws = window.session.workspace
    agency_id, agency = ws.db.execute("SELECT id, name FROM agency ORDER BY id DESC").fetchone()
    window.session.run(
        aw.export_agency_workbook, agency_id, aw.field_keys_for(ws, ["A"]), tmp_path / "w.xlsx", due_on="2026-06-01"
    )
    overview = window.views["overview"]
    row = _link(overview.awaited, agency)
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    view = window.views["workbooks"]
    assert window.stack.currentWidget() is view
    assert view.selected_workbook()["agency_name"] == agency


def test_answers_without_a_legal_reference_open_the_matrix_filtered(qtbot, window):
    session = window.session
    blank = search(session.workspace, MatrixQuery(values={""}, section="B"))[0]["key"]
    session.run(matrix.set_answer, blank, {"value": "X"})  # answered, citing no law
    overview = window.views["overview"]
    figure = overview.figures["without_reference"]
    count = int(figure.text())
    assert count >= 1 and isinstance(figure, LinkRow)
    figure.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(figure, Qt.Key.Key_Return)
    view = window.views["matrix"]
    assert window.stack.currentWidget() is view
    assert view.without_reference.isChecked()
    assert view.results_model.rowCount() == count


def test_fields_changed_since_the_last_report_open_the_matrix_filtered(qtbot, window):
    overview = window.views["overview"]
    figure = overview.figures["changed"]
    qtbot.mouseClick(figure, Qt.MouseButton.LeftButton)
    view = window.views["matrix"]
    assert window.stack.currentWidget() is view
    assert view.changed_since.text() == "2019-11-05"
    assert view.results_model.rowCount() == int(figure.text().replace(",", ""))


def test_a_recent_change_opens_its_record_and_a_deleted_one_is_plain_text(qtbot, window):
    from app import legal_instruments

    session = window.session
    law = session.run(legal_instruments.create_legal_instrument, {"title_original": "Loi nº 7"}).value
    gone = session.run(legal_instruments.create_legal_instrument, {"title_original": "Loi nº 8"}).value
    session.run(legal_instruments.delete_legal_instrument, gone)
    overview = window.views["overview"]
    lines = overview.recent_changes.rows()
    assert "Loi nº 8" in lines[0].text() and not isinstance(lines[0], LinkRow), "deleted: nothing to open"
    row = _link(overview.recent_changes, "Loi nº 7")
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    view = window.views["legislation"]
    assert window.stack.currentWidget() is view
    assert view.panel.selected_id() == law


def test_the_lists_stay_capped_and_text_reads_as_before(qtbot, window):
    overview = window.views["overview"]
    text = overview.due_actions.text().splitlines()
    assert len(text) == len(overview.due_actions.rows())
    assert [row.text() for row in overview.due_actions.rows()] == text
