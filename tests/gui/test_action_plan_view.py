"""The action plan view: priorities and actions through the forms, filters, timeline, freezing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from app import action_plan, agencies
from ui.models.action_tree_model import ActionTreeModel
from ui.views.action_plan import ActionPlanView


def _save(dialog):
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_write_a_priority_and_an_action_through_the_forms(qtbot, session, answer_dialog):
    customs = agencies.create_agency(
        session.workspace, {"name": "Direction générale des douanes", "acronym": "DGD"}
    ).value
    police = agencies.create_agency(session.workspace, {"name": "Police nationale", "acronym": "PN"}).value
    view = ActionPlanView(session, "en")
    qtbot.addWidget(view)

    answer_dialog(lambda d: (d.widgets["title"].setText("Border and customs enforcement"), _save(d)))
    qtbot.mouseClick(view.add_priority_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 1
    view.tree.setCurrentIndex(view.model.index(0, 0))

    def fill(dialog):
        w = dialog.widgets
        w["title"].setText("Install radiation portal monitors at the port")
        w["operative_paragraphs"].findChild(QCheckBox, "operative_paragraphs_OP3c").setChecked(True)
        w["weapon_scope"].findChild(QCheckBox, "weapon_scope_NW").setChecked(True)
        w["lead_agency_id"].setCurrentIndex(w["lead_agency_id"].findData(customs))
        w["supporting"].set_checked([police])
        w["fields"].filter.setText("detection equipment")
        visible = [
            w["fields"].list.item(r) for r in range(w["fields"].list.count()) if not w["fields"].list.item(r).isHidden()
        ]
        assert len(visible) == 6  # D.2 for NW, CW, BW x legal, enforcement
        visible[0].setCheckState(Qt.CheckState.Checked)
        w["start_date"].setText("2025-03-01")
        w["due_date"].setText("2026-09-30")
        w["status"].setCurrentIndex(w["status"].findData("in_progress"))
        w["progress"].setValue(60)
        w["assistance_needed"].setChecked(True)
        _save(dialog)

    answer_dialog(fill)
    qtbot.mouseClick(view.add_action_button, Qt.MouseButton.LeftButton)
    [action] = action_plan.list_actions(session.workspace, today="2026-11-23")
    saved = action_plan.get_action(session.workspace, action["id"])
    assert (saved["operative_paragraphs"], saved["weapon_scope"], saved["lead_agency_id"]) == ("OP3c", "NW", customs)
    assert saved["supporting"] == [police] and saved["fields"] == ["OP3cd.NW.border_detection_equipment.legal"]
    assert (saved["progress"], saved["assistance_needed"], saved["priority_id"]) == (
        60,
        1,
        view.model.groups[0][0]["id"],
    )
    child = view.model.index(0, 0, view.model.index(0, 0))
    assert child.data() == "Install radiation portal monitors at the port"
    assert view.model.index(0, 4, view.model.index(0, 0)).data() == "In progress — overdue"


def test_filters_timeline_and_overdue(qtbot, session):
    ws = session.workspace
    priority = action_plan.create_priority(ws, {"title": "Legislation"}).value
    late = action_plan.create_action(
        ws,
        {
            "priority_id": priority,
            "title": "Late bill",
            "start_date": "2024-01-01",
            "due_date": "2025-01-01",
            "status": "in_progress",
        },
    ).value
    action_plan.create_action(
        ws, {"priority_id": priority, "title": "Future decree", "start_date": "2026-01-01", "due_date": "2099-12-31"}
    )
    action_plan.create_action(ws, {"title": "Dropped idea", "due_date": "2026-01-01", "status": "cancelled"})
    view = ActionPlanView(session, "en")
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == [
        "Legislation (2)",
        "(no priority) (1)",
    ]
    assert len(view.timeline.bars) == 2, "cancelled actions are not drawn"
    view.status_filter.setCurrentIndex(view.status_filter.findData("overdue"))
    assert [a["id"] for a in view.model.actions] == [late]
    rect, _action = view.timeline.bars[0]
    qtbot.mouseClick(view.timeline, Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected() == ("action", late)


def test_freeze_keeps_a_read_only_version(qtbot, session, answer_questions):
    ws = session.workspace
    action_plan.update_plan(ws, {"title": "Plan 2024-2027", "submitted_on": "2024-06-15"})
    action_plan.create_action(ws, {"title": "Update the control list"})
    view = ActionPlanView(session, "en")
    qtbot.addWidget(view)
    answer_questions()
    qtbot.mouseClick(view.freeze_button, Qt.MouseButton.LeftButton)
    assert view.version.count() == 2 and view.version.currentText() == "Working version"
    view.version.setCurrentIndex(1)
    assert "read-only" in view.version.currentText()
    assert not view.add_action_button.isEnabled() and not view.edit_button.isEnabled()
    assert [a["title"] for a in view.model.actions] == ["Update the control list"]
    assert "Submitted to the Committee" in view.header.text()


def test_action_tree_model_passes_qt_model_tester(qtmodeltester, session):
    ws = session.workspace
    priority = action_plan.create_priority(ws, {"title": "Outreach"}).value
    for title in ("Seminar for industry", "Website"):
        action_plan.create_action(ws, {"priority_id": priority, "title": title})
    action_plan.create_action(ws, {"title": "Without priority"})
    model = ActionTreeModel(session)
    model.reload()
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_overview_lists_overdue_and_upcoming_actions(qtbot, session, today):
    from ui.views.overview import OverviewView

    ws = session.workspace
    today("2026-03-10")
    action_plan.create_action(ws, {"title": "Late bill", "due_date": "2025-01-01", "status": "in_progress"})
    action_plan.create_action(ws, {"title": "Decree due soon", "due_date": "2026-03-30"})
    action_plan.create_action(ws, {"title": "Circular due today", "due_date": "2026-03-10"})
    action_plan.create_action(ws, {"title": "Far away", "due_date": "2027-04-14"})
    view = OverviewView(session, "en")
    qtbot.addWidget(view)
    lines = view.due_actions.text().splitlines()
    assert len(lines) == 3
    assert "OVERDUE — Late bill" in lines[0]
    assert "Planned — Circular due today" in lines[1], "on its due day an action is not overdue yet"
    assert "Planned — Decree due soon" in lines[2]


def test_matrix_proposes_actions_for_selected_gaps_and_shows_linked_actions(qtbot, session, monkeypatch):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QMessageBox

    from ui.views.matrix import MatrixView

    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text)))
    view = MatrixView(session, "en")
    qtbot.addWidget(view)
    view.tabs.setCurrentIndex(1)
    first = view.model.index_of_field("OP2.BW.finance.legal")
    second = view.model.index_of_field("OP2.BW.finance.enforcement")
    selection = view.table.selectionModel()
    selection.select(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selection.select(second, QItemSelectionModel.SelectionFlag.Select)
    qtbot.mouseClick(view.propose_button, Qt.MouseButton.LeftButton)
    [proposal] = action_plan.list_actions(session.workspace)
    assert proposal["is_proposal"] and proposal["title"] == "Close 2 gap(s) in section B of the matrix"
    assert told and told[0].startswith("1 draft action added to the action plan for 2 fields.")
    view.table.setCurrentIndex(first)
    assert "Close 2 gap(s) in section B of the matrix (Planned" in view.detail.linked_actions.text()


def test_timeline_mirrors_for_right_to_left_and_still_answers_clicks(qtbot, session):
    from ui.widgets.timeline import LABEL_WIDTH

    ws = session.workspace
    first = action_plan.create_action(
        ws, {"title": "Early", "start_date": "2025-01-01", "due_date": "2025-06-30"}
    ).value
    action_plan.create_action(ws, {"title": "Late", "start_date": "2026-07-01", "due_date": "2027-06-30"})
    view = ActionPlanView(session, "en")
    qtbot.addWidget(view)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.resize(1000, 600)
    view.show()
    timeline = view.timeline
    early = next(timeline._mrect(rect) for rect, action in timeline.bars if action["id"] == first)
    late = next(timeline._mrect(rect) for rect, action in timeline.bars if action["id"] != first)
    assert early.left() > late.left(), "time flows from right to left"
    assert early.right() < timeline.width() - LABEL_WIDTH, "the label column is on the right"
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=early.center())
    assert view.selected() == ("action", first)
