"""Add / Edit / Delete with confirmation, written once (ui/widgets/record_actions.py) for every view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app import action_plan, agencies, assistance, contacts
from app.changes import Changes
from app.errors import UserError
from ui.views.action_plan import ActionPlanView
from ui.views.agencies_contacts import AgenciesContactsView
from ui.views.assistance import AssistanceView
from ui.widgets.record_actions import Deletion, RecordActions, confirm_and_apply


def _save(dialog):
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_deleting_an_agency_names_it_and_its_contacts_and_no_deletes_nothing(qtbot, session, answer_questions):
    ws = session.workspace
    customs = agencies.create_agency(ws, {"name": "Direction générale des douanes"}).value
    contacts.create_contact(ws, {"name": "A. Diallo", "agency_id": customs})
    view = AgenciesContactsView(session)
    qtbot.addWidget(view)
    view.agency_panel.select_id(customs)

    asked = answer_questions(QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.agency_panel.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [
        (
            "Delete the agency “Direction générale des douanes”?\n\n1 point of contact and 0 matrix "
            "fields refer to it; they keep their data but will no longer be linked to an agency."
        )
    ]
    assert [a["id"] for a in agencies.list_agencies(ws)] == [customs]

    answer_questions(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.agency_panel.delete_button, Qt.MouseButton.LeftButton)
    assert agencies.list_agencies(ws) == [] and view.agency_panel.model.rowCount() == 0
    assert [c["agency_id"] for c in contacts.list_contacts(ws)] == [None]


def test_deleting_an_action_names_it_and_cancel_deletes_nothing(qtbot, session, answer_questions):
    ws = session.workspace
    action_id = action_plan.create_action(ws, {"title": "Install radiation portal monitors"}).value
    view = ActionPlanView(session, "en")
    qtbot.addWidget(view)
    view.select_action(action_id)

    asked = answer_questions(QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Delete the action “Install radiation portal monitors”?"]
    assert [a["id"] for a in action_plan.list_actions(ws)] == [action_id]

    answer_questions(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert action_plan.list_actions(ws) == []


def test_a_refused_deletion_is_shown_in_one_line_and_changes_nothing(qtbot, session, answer_questions, monkeypatch):
    ws = session.workspace
    provider = assistance.create_provider(ws, {"name": "IAEA"}).value
    view = AssistanceView(session, "en")
    qtbot.addWidget(view)
    view.provider_panel.select_id(provider)

    def refuse(ws, provider_id):
        raise UserError("This provider is in use; nothing was deleted.")

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: warned.append((title, text))))
    monkeypatch.setattr(assistance, "delete_provider", refuse)
    asked = answer_questions(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.provider_panel.delete_button, Qt.MouseButton.LeftButton)
    assert "Delete the provider “IAEA” with its offers?" in asked[0]
    assert warned == [("Delete provider", "This provider is in use; nothing was deleted.")]
    assert [p["id"] for p in assistance.list_providers(ws)] == [provider]


def test_record_actions_add_selects_the_new_record_and_ask_nothing_without_a_selection(
    qtbot, session, answer_questions
):
    view = AgenciesContactsView(session)
    qtbot.addWidget(view)
    done, selected = [], []
    actions = RecordActions(
        view,
        session,
        lambda: None,
        add=lambda: 7,
        select=selected.append,
        deletion=lambda record_id: done.append(record_id),
    )
    asked = answer_questions(QMessageBox.StandardButton.Yes)
    assert actions.add() == 7 and selected == [7]
    assert actions.delete() is False and asked == [] and done == []
    calls = []

    def delete_thing(ws, *args):  # an operation: it says what it changed
        calls.append(args)
        return Changes(kinds=frozenset({"agency"}))

    deletion = Deletion("Delete thing", "Delete “thing”?", delete_thing, (3,))
    assert confirm_and_apply(view, session, deletion) and calls == [(3,)] and asked == ["Delete “thing”?"]


def test_the_action_and_request_forms_save_their_linked_agencies_and_fields(qtbot, session, answer_dialog):
    ws = session.workspace
    customs = agencies.create_agency(ws, {"name": "Customs"}).value
    police = agencies.create_agency(ws, {"name": "Police"}).value
    action_id = action_plan.create_action(ws, {"title": "Train officers"}, [customs]).value
    request_id = assistance.create_request(ws, {"title": "Detectors"}, [customs]).value
    from ui.dialogs import forms

    answer_dialog(lambda d: (d.widgets["supporting"].set_checked([police]), _save(d)))
    assert forms.edit_action(session, None, "en", action_id) == action_id
    answer_dialog(lambda d: (d.widgets["beneficiaries"].set_checked([customs, police]), _save(d)))
    assert forms.edit_request(session, None, "en", request_id) == request_id
    assert action_plan.get_action(ws, action_id)["supporting"] == [police]
    assert assistance.get_request(ws, request_id)["beneficiaries"] == [customs, police]
    answer_dialog(
        lambda d: (
            d.widgets["title"].setText("Train 60 officers"),
            d.widgets["supporting"].set_checked([customs]),
            _save(d),
        )
    )
    new_id = forms.edit_action(session, None, "en")
    saved = action_plan.get_action(ws, new_id)
    assert (saved["title"], saved["supporting"]) == ("Train 60 officers", [customs])
