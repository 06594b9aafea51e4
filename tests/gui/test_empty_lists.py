"""Every empty list says what to do next, with the button to do it; the guidance goes as soon as a row exists, and a
filter that hides every row says so, with "Clear the filter"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import action_plan, agencies, assistance, contacts, legal_instruments
from ui.main_window import MainWindow


def _provider(session):
    return session.run(assistance.create_provider, {"name": "IAEA", "kind": "international_organisation"}).value


# view, its panel, the module whose form the Add button opens, the form, the guidance, its button, a record made
LISTS = [
    (
        "agencies",
        "agency_panel",
        "ui.views.agencies_contacts",
        "edit_agency",
        "No national agency yet. Add the agencies that take part in implementing resolution 1540.",
        "Add an agency…",
        lambda s: s.run(agencies.create_agency, {"name": "Customs"}),
    ),
    (
        "agencies",
        "contact_panel",
        "ui.views.agencies_contacts",
        "edit_contact",
        "No point of contact yet. Add the people the Committee and other States can reach.",
        "Add a point of contact…",
        lambda s: s.run(contacts.create_contact, {"name": "A. Person"}),
    ),
    (
        "legislation",
        "panel",
        "ui.views.legislation",
        "edit_legal_instrument",
        "No law in the register yet. Add the laws that give effect to resolution 1540.",
        "Add a law…",
        lambda s: s.run(legal_instruments.create_legal_instrument, {"title_original": "Export Control Act"}),
    ),
    (
        "assistance",
        "request_panel",
        "ui.views.assistance",
        "edit_request",
        "No assistance request yet. Prepare one on the Committee's template.",
        "New request…",
        lambda s: s.run(assistance.create_request, {"title": "Training"}),
    ),
    (
        "assistance",
        "provider_panel",
        "ui.views.assistance",
        "edit_provider",
        "No assistance provider yet. Add the States and organizations that offer assistance.",
        "Add a provider…",
        _provider,
    ),
    (
        "assistance",
        "offer_panel",
        "ui.views.assistance",
        "edit_offer",
        "No published offer yet. Add the offers of assistance that providers have published.",
        "Add an offer…",
        lambda s: s.run(assistance.create_offer, {"provider_id": _provider(s), "title": "Training course"}),
    ),
]


def _state(view, panel):
    return view.empty_guidance.states[panel.table.objectName()]


@pytest.mark.parametrize(
    ("key", "panel_name", "module", "form", "message", "button", "create"),
    LISTS,
    ids=[f"{row[0]}-{row[1]}" for row in LISTS],
)
def test_an_empty_list_says_what_to_do_its_button_opens_the_form_and_it_goes_with_the_first_row(
    qtbot, window, session, monkeypatch, key, panel_name, module, form, message, button, create
):
    view = window.show_view(key)
    if key == "assistance" and panel_name != "request_panel":
        view.tabs.setCurrentIndex(1)
    panel = getattr(view, panel_name)
    state = _state(view, panel)
    assert state.isVisible()
    assert state.label.text() == message
    assert state.button.text() == button and state.button.isVisible()

    opened = []
    monkeypatch.setattr(module + "." + form, lambda *args, **kwargs: opened.append(form))
    qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    assert opened == [form], "the same form as the panel's own Add button"

    create(session)
    assert panel.proxy.rowCount() == 1
    assert not state.isVisible(), "a row exists: no guidance over it"


def test_a_filter_that_hides_every_row_says_so_and_clears_it(qtbot, demo_session):
    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("agencies")
    panel = view.agency_panel
    state = _state(view, panel)
    assert not state.isVisible(), "the training State has agencies"
    panel.search.setText("no agency is called like this")
    assert state.isVisible()
    assert state.label.text() == "No agency matches the filter."
    assert state.button.text() == "Clear the filter"
    qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    assert panel.search.text() == "" and panel.proxy.rowCount() > 0
    assert not state.isVisible()


def test_a_status_filter_of_the_laws_that_hides_every_row_is_cleared_too(qtbot, demo_session):
    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("legislation")
    state = _state(view, view.panel)
    view.panel.search.setText("Act")
    view.status_filter.setCurrentIndex(view.status_filter.findData("draft"))
    if view.panel.proxy.rowCount():  # the training State has no draft "Act": else narrow further
        view.panel.search.setText("no law is called like this")
    assert state.label.text() == "No law matches the filter."
    qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    assert view.status_filter.currentIndex() == 0 and view.panel.search.text() == ""
    assert not state.isVisible()


def test_the_action_plan_says_to_add_a_priority_then_an_action(qtbot, window, session, monkeypatch):
    view = window.show_view("action_plan")
    state = view.empty_guidance.states["actionTree"]
    assert state.isVisible()
    assert state.label.text() == "The plan has no priority yet. Add the first priority, then its actions."
    opened = []
    monkeypatch.setattr("ui.views.action_plan.edit_priority", lambda *args, **kwargs: opened.append("priority"))
    qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    assert opened == ["priority"]

    session.run(action_plan.create_priority, {"title": "Border controls"})
    assert state.isVisible(), "a priority without actions: what next is an action"
    assert state.label.text() == "No action yet. Add the actions that will close the gaps of the matrix."
    assert state.button.text() == "Add an action…"
    assert state.y() > 0, "under the priority, which stays visible"
    monkeypatch.setattr("ui.views.action_plan.edit_action", lambda *args, **kwargs: opened.append("action"))
    qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    assert opened == ["priority", "action"]

    session.run(action_plan.create_action, {"title": "Train customs officers"})
    assert not state.isVisible()
    view.status_filter.setCurrentIndex(view.status_filter.findData("overdue"))
    assert state.isVisible() and state.label.text() == "No action matches the filter."
    qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    assert view.status_filter.currentIndex() == 0 and not state.isVisible()


def test_the_agency_workbooks_list_offers_its_new_workbook_button(qtbot, window, answer_dialog):
    view = window.show_view("workbooks")
    state = view.empty_guidance.states["workbookTable"]
    assert state.isVisible() and state.button.text() == view.new_button.text()
    seen = []

    def look(dialog):
        seen.append(dialog.objectName())
        dialog.reject()

    answer_dialog(look, "newWorkbookDialog")
    qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    assert seen == ["newWorkbookDialog"]


def test_the_submitted_documents_list_offers_to_export_first_then_to_mark_it(
    qtbot, window, session, save_as, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from app import state_profile

    session.run(state_profile.save_profile, {"state_code": "AUT", "focal_point_name": "A. Person"})

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args, **kwargs: warned.append(args)))
    view = window.show_view("reports")
    state = view.empty_guidance.states["submissionHistory"]
    assert state.isVisible() and state.button.text() == view.export_button.text() == "Export…"
    view.choose("matrix", "xlsx", "en")
    proposed = save_as(tmp_path / "matrix.xlsx")
    with qtbot.waitSignal(view.export_finished, timeout=120000):
        qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    assert not warned, warned
    assert len(proposed) == 1 and (tmp_path / "matrix.xlsx").is_file(), "the view's own export"
    qtbot.waitUntil(lambda: state.button.text() == "Mark as submitted…")  # exported: next, mark it as submitted
    assert state.isVisible()
