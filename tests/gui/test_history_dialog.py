"""The History dialog: each matrix field, action, request and law shows its own changes, readable, newest first."""

from __future__ import annotations

import re

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app import action_plan, assistance, legal_instruments, matrix
from app.interchange import agency_workbook as aw
from app.interchange import importing
from ui.dialogs.history import HistoryDialog
from ui.i18n import install_language

FIELD = "OP1.npt"
# What must never show: column names, codes of the audit log, Python's None.
INTERNAL = re.compile(r"\b(remarks|title_en|responsible_agency_id|agency_id|status_change|None|gui|cli|undo of step)\b")


@pytest.fixture
def opened(monkeypatch):
    """The dialogs a History… button opens (not shown modally: recorded)."""
    seen: list[HistoryDialog] = []

    def fake_exec(dialog):
        seen.append(dialog)
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", fake_exec)
    return seen


def _lines(dialog: HistoryDialog) -> list[str]:
    return [line.replace("\u2068", "").replace("\u2069", "").replace("\u2066", "") for line in dialog.lines()]


def test_the_matrix_fields_history_button_shows_who_when_from_where_and_what(qtbot, demo_session, opened):
    from tests.gui.windows import active_window

    window = active_window(qtbot, demo_session)
    view = window.show_view("matrix")
    view.go_to(FIELD)
    before = matrix.get_answer(demo_session.workspace, FIELD)["remarks"]
    demo_session.run(matrix.set_answer, FIELD, {"remarks": "Checked with the Ministry"})
    demo_session.run(matrix.set_answer, "OP1.cwc", {"remarks": "Another field"})
    demo_session.undo()  # the other field's change: not in this field's history
    button = view.detail.history_button
    assert button.isEnabled() and button.isVisibleTo(window)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # keyboard reachable
    assert len(opened) == 1
    dialog = opened[0]
    qtbot.addWidget(dialog)
    lines = _lines(dialog)
    actor = demo_session.workspace.actor.name
    assert lines[0].endswith(f" — {actor} — This application"), lines[0]
    assert lines[1].strip() == f"Remarks: {before or '(empty)'} → Checked with the Ministry"
    assert "Another field" not in "\n".join(lines)
    assert dialog.windowTitle().startswith("History: A.")
    assert not [line for line in lines if INTERNAL.search(line)], "no column names or codes"


def test_an_undo_and_a_workbook_import_say_where_they_came_from(qtbot, demo_session, tmp_path):
    ws = demo_session.workspace
    agency_id, agency = ws.db.execute("SELECT id, name FROM agency ORDER BY id").fetchone()
    info = aw.export_agency_workbook(ws, agency_id, aw.field_keys_for(ws, ["A"]), tmp_path / "sent.xlsx").value
    wb = openpyxl.load_workbook(info.path)
    sheet = wb[wb.sheetnames[1]]
    row = next(r for r in range(aw.FIRST_ROW, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == FIELD)
    current = matrix.get_answer(ws, FIELD)["value"]
    sheet.cell(row=row, column=aw.COLUMN_OF["value"]).value = "?" if current != "?" else "X"
    wb.save(tmp_path / "returned.xlsx")
    demo_session.run(importing.apply, importing.read_workbook(ws, tmp_path / "returned.xlsx"))
    demo_session.run(matrix.set_answer, FIELD, {"remarks": "Typo"})
    demo_session.undo()
    dialog = HistoryDialog(demo_session, "field", FIELD, "en")
    qtbot.addWidget(dialog)
    lines = _lines(dialog)
    tops = [line for line in lines if not line.startswith("    ")]
    assert tops[0].endswith("— Undo of “answer to A.1 NPT”"), tops[0]
    assert "This application" in tops[1]
    assert re.search(
        rf"Workbook returned by {re.escape(agency)} \(sent on \d+ \w+ \d{{4}}, file returned\.xlsx\)", tops[2]
    )
    assert "    Value: " in lines[lines.index(tops[2]) + 1]


def test_action_request_and_law_histories_have_their_own_buttons(qtbot, demo_session, opened):
    from tests.gui.windows import active_window

    ws = demo_session.workspace
    window = active_window(qtbot, demo_session)
    action = demo_session.run(action_plan.create_action, {"title": "Train customs officers"}).value
    demo_session.run(action_plan.update_action, action, {"status": "in_progress"})
    plan = window.show_view("action_plan")
    assert plan.select_record(action)
    plan.history_button.click()
    request = demo_session.run(assistance.create_request, {"title": "Border equipment"}).value
    demo_session.run(assistance.update_request, request, {"objectives": "Equip four posts"})
    requests = window.show_view("assistance")
    assert requests.select_record(request)
    requests.history_button.click()
    law = demo_session.run(legal_instruments.create_legal_instrument, {"title_original": "Loi nº 7"}).value
    demo_session.run(legal_instruments.update_legal_instrument, law, {"title_en": "Act No. 7"})
    laws = window.show_view("legislation")
    assert laws.select_record(law)
    laws.history_button.click()
    assert [d.kind for d in opened] == ["action", "request", "law"]
    for dialog in opened:
        qtbot.addWidget(dialog)
    action_lines, request_lines, law_lines = (_lines(d) for d in opened)
    assert action_lines[1].strip() == "Status: Planned → In progress"
    assert "    Created" in action_lines and "    Action or project: Train customs officers" in action_lines
    assert request_lines[1].strip() == "Objectives: (empty) → Equip four posts"
    assert law_lines[1].strip() == "Title in English: (empty) → Act No. 7"
    assert ws.db.execute("SELECT count(*) FROM plan_action").fetchone()[0] > 1, "other actions: not listed"
    assert len([line for line in action_lines if not line.startswith("    ")]) == 2


def test_no_selection_no_history_button(qtbot, session):
    from ui.views.legislation import LegislationView

    view = LegislationView(session, "en")
    qtbot.addWidget(view)
    assert not view.history_button.isEnabled()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_history_speaks_the_interface_language_and_fits(qtbot, qapp, demo_session, lang):
    law = demo_session.run(legal_instruments.create_legal_instrument, {"title_original": "Loi nº 7"}).value
    demo_session.run(legal_instruments.update_legal_instrument, law, {"title_en": "Act No. 7"})
    try:
        install_language(qapp, lang)
        dialog = HistoryDialog(demo_session, "law", law, lang)
        qtbot.addWidget(dialog)
        dialog.show()
        lines = _lines(dialog)
        english = ("History", "Title in English", "This application", "(empty)", "Who", "From where")
        assert not [w for w in english if w in dialog.windowTitle() + "\n".join(lines)], lines
        assert dialog.tree.headerItem().text(1) != "Who"
        assert dialog.minimumSizeHint().width() <= 1280 and dialog.minimumSizeHint().height() <= 660
        assert dialog.width() <= 1280 and dialog.height() <= 660
        if lang == "ar":
            assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        install_language(qapp, "en")


def test_the_assistance_views_history_uses_the_same_record_of_changes_undo_included(qtbot, demo_session):
    from ui.views.assistance import AssistanceView

    ws = demo_session.workspace
    agency_id = ws.db.execute("SELECT id FROM agency ORDER BY id").fetchone()[0]
    request = demo_session.run(assistance.create_request, {"title": "Border equipment"}).value
    demo_session.run(assistance.update_request, request, {}, beneficiaries=[agency_id])
    demo_session.undo()  # the beneficiary agency taken back: a change to the request too
    view = AssistanceView(demo_session, "en")
    qtbot.addWidget(view)
    assert view.select_record(request)
    content = view.detail.history.topLevelItem(1)
    rows = [[content.child(i).text(c) for c in range(3)] for i in range(content.childCount())]
    assert [row[2] for row in rows[:2]] == ["Beneficiary agencies", "Beneficiary agencies"], rows
    assert rows[-1][1] == "Request created"
