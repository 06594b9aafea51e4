"""The Assistance view: an action turned into a complete request, its lifecycle, offers, providers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QMessageBox

from app import action_plan, agencies, assistance, contacts
from ui.models.assistance_models import OfferTableModel, ProviderTableModel, RequestTableModel
from ui.views.assistance import AssistanceView

SITUATION = (
    "Customs apply the 2015 Customs Code; 12 officers were trained in 2023 but no national trainer "
    "is certified and there is no guide to identifying dual-use goods."
)


def _save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


@pytest.fixture
def answer(answer_dialog):
    """Act on the dialog called `name` once it shows."""
    return lambda name, action: answer_dialog(action, name)


@pytest.fixture
def view(qtbot, session):
    view = AssistanceView(session, "en")
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    return view


@pytest.fixture
def plan_action(session):
    ws = session.workspace
    customs = agencies.create_agency(ws, {"name": "Direction générale des douanes", "acronym": "DGD"}).value
    contacts.create_contact(ws, {"name": "Awa Diallo", "contact_type": "assistance", "email": "awa@examplia.example"})
    return action_plan.create_action(
        ws,
        {
            "title": "Train 120 customs officers",
            "description": "Train 120 customs officers to identify dual-use goods.",
            "operative_paragraphs": "OP3c",
            "weapon_scope": "CW,BW",
            "lead_agency_id": customs,
            "start_date": "2027-01-10",
            "due_date": "2027-06-30",
            "budget": "EUR 35,000",
            "expected_output": "120 officers trained",
            "assistance_needed": True,
        },
    ).value


def test_an_action_becomes_a_complete_request(qtbot, session, view, plan_action, answer):
    seen = {}

    def choose_action(dialog):
        seen["actions"] = [dialog.actions.item(r).text() for r in range(dialog.actions.count())]
        dialog.actions.setCurrentRow(0)
        dialog.ok_button.click()

    def complete(dialog):
        seen["before"] = dialog.gaps()
        w = dialog.widgets
        w["assistance_types"].findChild(QCheckBox, "assistance_types_training").setChecked(True)
        w["need_description"].setPlainText(
            "Two trainers for 3 courses of 5 days, each for 40 customs officers from the port, the airport and "
            "the northern border posts, with a guide to identifying dual-use goods."
        )
        w["current_situation"].setPlainText(SITUATION)
        w["objectives"].setPlainText(
            "Customs officers identify dual-use goods and chemical and biological items at the border."
        )
        w["expected_results"].setPlainText("120 officers trained and 6 national trainers certified by June 2027.")
        w["assistance_received"].setPlainText("None")
        w["consent_to_publication"].setCurrentIndex(w["consent_to_publication"].findData("yes"))
        dialog.refresh_completeness()
        seen["after"] = [dialog.completeness.item(r).text() for r in range(dialog.completeness.count())]
        _save(dialog)

    answer("fromActionDialog", choose_action)
    answer("recordForm", complete)
    qtbot.mouseClick(view.from_action_button, Qt.MouseButton.LeftButton)

    assert seen["actions"] == ["Train 120 customs officers — due 30 June 2027"]
    # The form opened on the first thing the action could not say, and listed all of them.
    assert seen["before"][:1] == ["assistance_types"]
    assert {
        "assistance_types",
        "current_situation",
        "objectives",
        "assistance_received",
        "consent_to_publication",
    } <= set(seen["before"])
    assert seen["after"] == ["✓ Nothing missing: the request can be marked ready and sent."]
    [request] = assistance.list_requests(session.workspace)
    saved = assistance.get_request(session.workspace, request["id"])
    assert (saved["title"], saved["areas"], saved["weapon_scope"], saved["assistance_types"]) == (
        "Train 120 customs officers",
        "OP3c",
        "CW,BW",
        "training",
    )
    assert saved["action_id"] == plan_action and saved["current_situation"] == SITUATION
    assert view.selected_request() == request["id"]
    assert view.detail.gaps.item(0).text().startswith("✓")
    table = view.request_panel.table
    assert table.model().index(0, 1).data() == "Draft, not sent" and table.model().index(0, 2).data() == "✓"


def test_an_incomplete_request_cannot_be_sent_and_the_form_opens_on_what_is_missing(qtbot, session, view, answer):
    request_id = session.run(assistance.create_request, {"title": "Training"}).id
    view.select_request(request_id)
    assert view.detail.gaps.count() == 13
    seen = {}

    def try_to_send(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData("sent"))
        dialog.reference.setText("NV/1")
        dialog.ok_button.click()
        seen["gaps"] = dialog.gaps.count()
        seen["open"] = dialog.isVisible()
        seen["button"] = dialog.ok_button.text()
        dialog.ok_button.click()

    def look(dialog):
        seen["form gaps"] = dialog.gaps()
        dialog.reject()

    answer("statusDialog", try_to_send)
    answer("recordForm", look)
    qtbot.mouseClick(view.status_button, Qt.MouseButton.LeftButton)
    assert seen["gaps"] == 13 and seen["open"] and seen["button"] == "Complete the request…"
    assert seen["form gaps"][0] == "contact_id" and len(seen["form gaps"]) == 13
    assert assistance.get_request(session.workspace, request_id)["status"] == "draft"
    assert assistance.events(session.workspace, request_id) == []


def _complete_request(session) -> int:
    ws = session.workspace
    customs = agencies.create_agency(ws, {"name": "Douanes"}).value
    contact = contacts.create_contact(ws, {"name": "Awa Diallo", "phone": "+999 1"}).value
    return session.run(
        assistance.create_request,
        {
            "title": "Radiation portal monitors",
            "contact_id": contact,
            "areas": "OP3c",
            "weapon_scope": "NW",
            "assistance_types": "equipment,training",
            "need_description": "Two radiation portal monitors for the exit lanes of the container terminal, spare parts "
            "for 5 years, and a 5-day maintenance course for 6 technicians.",
            "current_situation": "Two of four monitors work since 2025 and report to the regulator; no technician is "
            "trained for maintenance.",
            "objectives": "Scan every container leaving the terminal, including trans-shipment.",
            "expected_results": "4 monitors in service and 6 technicians able to maintain them.",
            "timeframe_start": "2026-03-01",
            "timeframe_end": "2027-06-30",
            "estimated_resources": "About EUR 600,000",
            "assistance_received": "IAEA training of 20 officers in 2023.",
            "consent_to_publication": "no",
        },
        [customs],
    ).id


def test_send_track_and_link_an_offer(qtbot, session, view, answer, answer_questions):
    ws = session.workspace
    request_id = _complete_request(session)
    iaea = assistance.create_provider(ws, {"name": "IAEA", "kind": "international_organisation"}).value
    assistance.create_offer(
        ws, {"provider_id": iaea, "title": "Awareness seminars", "assistance_types": "awareness", "areas": "OP1"}
    )
    detection = assistance.create_offer(
        ws,
        {
            "provider_id": iaea,
            "title": "Detection equipment",
            "assistance_types": "equipment",
            "areas": "OP3c",
            "weapon_scope": "NW",
        },
    ).value
    view.reload()
    view.select_request(request_id)

    def send(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData("sent"))
        assert dialog.reference.isVisibleTo(dialog)
        dialog.date.setDate(QDate(2025, 10, 15))
        dialog.reference.setText("NV/MP/1540/2025/061")
        dialog.note.setPlainText("Through the Permanent Mission")
        dialog.ok_button.click()

    answer("statusDialog", send)
    qtbot.mouseClick(view.status_button, Qt.MouseButton.LeftButton)
    saved = assistance.get_request(ws, request_id)
    assert (saved["status"], saved["sent_on"], saved["follow_up_on"]) == ("sent", "2025-10-15", "2026-10-15")
    lifecycle = view.detail.history.topLevelItem(0)
    assert [lifecycle.child(0).text(c) for c in range(3)] == [
        "15 October 2025",
        "Sent",
        "Through the Permanent Mission",
    ]
    follow_up = view.request_panel.table.model().index(0, 3)
    assert follow_up.data() == "⚠ 15 October 2026"  # a sign besides the colour
    assert follow_up.data(Qt.ItemDataRole.ForegroundRole) is not None, "a follow-up date already past stands out"
    view.status_filter.setCurrentIndex(view.status_filter.findData("follow_up"))
    assert view.request_panel.model.rowCount() == 1
    view.status_filter.setCurrentIndex(0)
    view.select_request(request_id)

    seen = {}

    def link(dialog):
        seen["offers"] = [dialog.offers.item(r).text().split("\n")[0] for r in range(dialog.offers.count())]
        dialog.offers.setCurrentRow(0)
        dialog.date.setDate(QDate(2025, 12, 1))
        dialog.note.setText("Two monitors offered")
        dialog.ok_button.click()

    answer("linkOfferDialog", link)
    qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
    assert seen["offers"][0] == "★★★  IAEA — Detection equipment" and seen["offers"][1].startswith("—")
    assert assistance.get_request(ws, request_id)["status"] == "offer_received"
    assert view.detail.offers.item(0).text().startswith("IAEA — Detection equipment (1 December 2025)")
    assert [o["id"] for o in assistance.offers_for_request(ws, request_id) if o["linked"]] == [detection]

    # A step entered by mistake is cancelled, after a question.
    asked = answer_questions()
    qtbot.mouseClick(view.detail.undo_button, Qt.MouseButton.LeftButton)
    assert "Offer received" in asked[-1] and assistance.get_request(ws, request_id)["status"] == "sent"

    # A sent request is not silently deleted: the question says to withdraw it instead.
    answer_questions(button=QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.request_panel.delete_button, Qt.MouseButton.LeftButton)
    assert "mark it withdrawn" in asked[-1]
    assert assistance.get_request(ws, request_id)["title"] == "Radiation portal monitors"


def test_providers_and_offers_through_the_forms(qtbot, session, view, answer):
    view.tabs.setCurrentIndex(1)

    def provider(dialog):
        dialog.widgets["name"].setText("VERTIC")
        dialog.widgets["kind"].setCurrentIndex(dialog.widgets["kind"].findData("ngo_academia"))
        dialog.widgets["email"].setText("nim@vertic.example")
        _save(dialog)

    answer("recordForm", provider)
    qtbot.mouseClick(view.provider_panel.add_button, Qt.MouseButton.LeftButton)
    [saved] = assistance.list_providers(session.workspace)
    assert view.provider_panel.selected_id() == saved["id"]

    def offer(dialog):
        w = dialog.widgets
        assert w["provider_id"].currentData() == saved["id"], "the selected provider is proposed"
        w["title"].setText("Legislative assistance")
        w["assistance_types"].findChild(QCheckBox, "assistance_types_legislative_drafting").setChecked(True)
        w["areas"].findChild(QCheckBox, "areas_OP2").setChecked(True)
        w["regions"].setText("Global")
        _save(dialog)

    answer("recordForm", offer)
    qtbot.mouseClick(view.offer_panel.add_button, Qt.MouseButton.LeftButton)
    model = view.offer_panel.table.model()
    assert [model.index(0, c).data() for c in range(3)] == ["Legislative assistance", "VERTIC", "Legislative drafting"]
    assert view.provider_panel.table.model().index(0, 4).data() == "1"

    other = assistance.create_provider(session.workspace, {"name": "OPCW"}).value
    assistance.create_offer(session.workspace, {"provider_id": other, "title": "Customs training"})
    view.reload()
    assert model.rowCount() == 2
    view.only_selected.setChecked(True)
    view.provider_panel.select_id(other)
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Customs training"


def test_training_state_requests(qtbot, demo_session, qtmodeltester):
    view = AssistanceView(demo_session, "en")
    qtbot.addWidget(view)
    model = view.request_panel.model
    statuses = sorted(model.index(r, 1).data() for r in range(model.rowCount()))
    first = view.request_panel.table.model().index(0, 0).data()
    assert view.selected_request() is not None and view.detail.title.text().startswith(first[:20])
    assert statuses == ["Circulated to providers", "Draft, not sent", "Matched, in delivery"]
    for table_model in (model, view.provider_panel.model, view.offer_panel.model):
        qtmodeltester.check(table_model)
    assert isinstance(model, RequestTableModel) and isinstance(view.provider_panel.model, ProviderTableModel)
    assert isinstance(view.offer_panel.model, OfferTableModel) and view.offer_panel.model.rowCount() == 5


def test_overview_reminds_of_the_one_year_follow_up(qtbot, demo_session, today):
    from ui.views.overview import OverviewView

    # The training State sent two requests still awaited: on 2025-10-15 and on 2025-12-01. Each
    # follow-up is listed from 60 days before it falls, soonest first, and flagged from its day on.
    portals = (
        "15 October 2026 — assistance request sent on 15 October 2025: the Chair will "
        "ask whether it has been met — Équipement : portiques de détection de rayonnements au port autonome"
    )
    drafting = (
        "1 December 2026 — assistance request sent on 1 December 2025: the Chair will ask "
        "whether it has been met — Rédaction législative : courtage, transit et transbordement des biens "
        "stratégiques"
    )
    expected = {
        "2026-08-15": [],
        "2026-08-16": [portals],
        "2026-10-01": [portals],
        "2026-10-02": [portals, drafting],
        "2026-10-15": ["⚠ " + portals, drafting],
        "2026-11-30": ["⚠ " + portals, drafting],
        "2026-12-01": ["⚠ " + portals, "⚠ " + drafting],
        "2027-06-01": ["⚠ " + portals, "⚠ " + drafting],
    }
    seen = {}
    for day in expected:
        today(day)
        view = OverviewView(demo_session, "en")
        qtbot.addWidget(view)
        seen[day] = view.follow_ups.text().splitlines() if view.follow_ups.isVisibleTo(view) else []
    assert seen == expected


def test_request_assistance_from_the_action_plan(qtbot, session, plan_action, answer, answer_questions):
    from ui.views.action_plan import ActionPlanView

    view = ActionPlanView(session, "en")
    qtbot.addWidget(view)
    view.select_action(plan_action)
    seen = {}

    def look(dialog):
        seen["title"] = dialog.widgets["title"].text()
        seen["gaps"] = dialog.gaps()
        dialog.reject()

    answer("recordForm", look)
    qtbot.mouseClick(view.request_button, Qt.MouseButton.LeftButton)
    assert seen["title"] == "Train 120 customs officers" and "assistance_types" in seen["gaps"]
    [request] = assistance.list_requests(session.workspace)
    assert request["action_id"] == plan_action and request["beneficiaries"]
    asked = answer_questions(QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.request_button, Qt.MouseButton.LeftButton)
    assert "already exists" in asked[0] and len(assistance.list_requests(session.workspace)) == 1


def test_a_failed_status_change_keeps_the_dialog_and_the_note(qtbot, session):
    from ui.dialogs.assistance import StatusDialog

    request_id = _complete_request(session)
    dialog = StatusDialog(session, request_id)
    qtbot.addWidget(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("withdrawn"))
    dialog.note.setPlainText("Covered by the national budget after all")
    assistance.delete_request(session.workspace, request_id)  # deleted meanwhile, e.g. from another window
    dialog.ok_button.click()
    assert dialog.result() == 0 and not dialog.error.isHidden()
    assert dialog.error.text().startswith("The status could not be changed")
    assert dialog.note.toPlainText() == "Covered by the national budget after all"
