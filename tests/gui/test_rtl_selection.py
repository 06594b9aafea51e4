"""Selecting a row from code in right-to-left tables: the Assistance requests, the laws, the agencies and the
providers are selected in Arabic as in English (Qt's QTableView.selectRow selects nothing right to left)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import assistance
from ui.i18n import install_language
from ui.views.agencies_contacts import AgenciesContactsView
from ui.views.assistance import AssistanceView
from ui.views.legislation import LegislationView


@pytest.fixture(params=["ar", "en"])
def language(request, qapp, english):
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


def _shown(qtbot, view):
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def test_the_assistance_detail_pane_opens_on_the_first_request(qtbot, demo_session, language, qapp):
    view = _shown(qtbot, AssistanceView(demo_session, language))
    assert (qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft) == (language == "ar")
    first = view.request_panel.table.model().index(0, 0).data()
    assert view.selected_request() is not None, "the first request is selected"
    assert view.detail.title.text() and first[:20] in view.detail.title.text(), "the detail pane shows it"


def test_a_new_request_is_selected_and_stays_selected_after_a_status_change(qtbot, demo_session, language):
    view = _shown(qtbot, AssistanceView(demo_session, language))
    new = demo_session.run(assistance.create_request, {"title": "Border monitoring training"}, []).id
    view.select_request(new)  # what Add… does with the request it created
    assert view.selected_request() == new
    assert "Border monitoring training" in view.detail.title.text()
    demo_session.run(assistance.set_status, new, "withdrawn", "2026-11-01")  # every view reloads
    assert view.selected_request() == new, "the selection survives the reload"
    assert "Border monitoring training" in view.detail.title.text()


def _panels(session, language):
    laws = LegislationView(session, language)
    agencies = AgenciesContactsView(session)
    help_view = AssistanceView(session, language)
    return [(laws, laws.panel), (agencies, agencies.agency_panel), (help_view, help_view.provider_panel)]


def test_laws_agencies_and_providers_are_selected_from_code(qtbot, demo_session, language):
    for view, panel in _panels(demo_session, language):
        _shown(qtbot, view)
        proxy = panel.table.model()
        assert proxy.rowCount() >= 3
        wanted = proxy.index(2, 0).data(Qt.ItemDataRole.UserRole + 2)
        panel.select_id(wanted)
        assert panel.selected_id() == wanted, f"{panel.title()}: the record asked for is selected"
        assert panel.edit_button.isEnabled() and panel.delete_button.isEnabled()
        assert panel.table.currentIndex().row() == 2
