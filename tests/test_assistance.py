"""Assistance requests: the template's fields, completeness, lifecycle, follow-up, offers."""

from __future__ import annotations

import pytest

from app import action_plan, agencies, assistance, audit, contacts
from app.errors import UserError, ValidationError
from app.history import item_history

NEED = (
    "Review of the draft law on brokering and transit by two legislative experts over 10 working days, "
    "then a two-day validation workshop for 30 officials and members of parliament in the capital."
)
SITUATION = "The draft law of 2024 exists; no brokering register; customs apply the 2015 Customs Code to transit."


@pytest.fixture
def customs(workspace):
    return agencies.create_agency(workspace, {"name": "Direction générale des douanes", "acronym": "DGD"}).value


@pytest.fixture
def contact(workspace, customs):
    return contacts.create_contact(
        workspace,
        {
            "name": "Awa Diallo",
            "contact_type": "assistance",
            "email": "awa.diallo@examplia.example",
            "agency_id": customs,
        },
    ).value


def complete_values(contact_id: int) -> dict:
    return {
        "title": "Legislative drafting: brokering and transit",
        "contact_id": contact_id,
        "areas": "OP3d",
        "weapon_scope": "NW,CW,BW",
        "assistance_types": "legislative_drafting,expert_advice",
        "need_description": NEED,
        "current_situation": SITUATION,
        "objectives": "A law on brokering, transit and trans-shipment that covers all three weapon types.",
        "expected_results": "The law is adopted by parliament and a register of 15 brokers is opened.",
        "timeframe_start": "2027-01-15",
        "timeframe_end": "2027-06-30",
        "estimated_resources": "2 experts x 10 days",
        "assistance_received": "None",
        "consent_to_publication": "yes",
    }


@pytest.fixture
def request_id(workspace, contact, customs):
    return assistance.create_request(
        workspace, complete_values(contact), beneficiaries=[customs], fields=["OP3cd.NW.brokering_controls.legal"]
    ).value


def test_a_request_keeps_every_field_of_the_template(workspace, request_id, customs, contact):
    saved = assistance.get_request(workspace, request_id)
    assert saved["status"] == "draft" and saved["contact_id"] == contact
    assert saved["assistance_types"] == "legislative_drafting,expert_advice"
    assert saved["beneficiaries"] == [customs] and saved["fields"] == ["OP3cd.NW.brokering_controls.legal"]
    assert saved["need_description"] == NEED and saved["consent_to_publication"] == "yes"
    assert assistance.request_gaps(workspace, request_id) == []
    [listed] = assistance.list_requests(workspace)
    assert (listed["contact_name"], listed["gaps"], listed["offer_count"]) == ("Awa Diallo", 0, 0)


def test_an_empty_request_lists_every_missing_item(workspace):
    request_id = assistance.create_request(workspace, {"title": "Training"}).value
    gaps = {(g.field, g.code) for g in assistance.request_gaps(workspace, request_id)}
    assert gaps == {
        ("contact_id", "no_contact"),
        ("areas", "empty"),
        ("weapon_scope", "empty"),
        ("assistance_types", "empty"),
        ("need_description", "empty"),
        ("current_situation", "empty"),
        ("objectives", "empty"),
        ("expected_results", "empty"),
        ("beneficiaries", "empty"),
        ("timeframe", "empty"),
        ("estimated_resources", "empty"),
        ("assistance_received", "empty"),
        ("consent_to_publication", "empty"),
    }


def test_vague_short_and_figureless_texts_are_named(workspace, request_id):
    assistance.update_request(
        workspace,
        request_id,
        {
            "need_description": "Capacity building for customs officers on export control, as needed by the agencies "
            "concerned in the coming years and in the regions, with experts and materials.",
            "current_situation": "Some training.",
            "expected_results": "Better trained officers at the borders of the State.",
        },
    )
    gaps = {(g.field, g.code): g.detail for g in assistance.request_gaps(workspace, request_id)}
    assert gaps == {
        ("need_description", "vague"): "as needed",
        ("current_situation", "too_short"): "12",
        ("need_description", "no_figures"): "",
    }
    assistance.update_request(
        workspace,
        request_id,
        {"need_description": NEED.replace("two", "several").replace("10", "some").replace("30", "many")},
    )
    codes = {(g.field, g.code) for g in assistance.request_gaps(workspace, request_id)}
    assert ("need_description", "no_figures") in codes


def test_one_area_per_request_and_a_reachable_contact(workspace, request_id, customs):
    silent = contacts.create_contact(workspace, {"name": "Sans coordonnées"}).value
    assistance.update_request(workspace, request_id, {"areas": "OP3c,OP3d", "contact_id": silent})
    codes = {(g.field, g.code) for g in assistance.request_gaps(workspace, request_id)}
    assert codes == {("areas", "several_areas"), ("contact_id", "contact_unreachable")}


def test_chinese_text_counts_words_by_characters():
    assert assistance.word_count("为海关人员提供出口管制培训") >= 6
    assert assistance.word_count("two words") == 2


def test_create_from_action_prefills_what_the_plan_knows(workspace, customs, contact):
    police = agencies.create_agency(workspace, {"name": "Police nationale"}).value
    action_id = action_plan.create_action(
        workspace,
        {
            "title": "Radiation portal monitors at the port",
            "description": "Install 4 portal monitors.",
            "operative_paragraphs": "OP3c",
            "weapon_scope": "NW",
            "lead_agency_id": customs,
            "start_date": "2026-01-01",
            "due_date": "2027-12-31",
            "budget": "USD 450,000",
            "expected_output": "4 monitors in service",
            "assistance_needed": True,
        },
        supporting=[police],
        fields=["OP3cd.NW.border_detection_equipment.legal"],
    ).value
    assert [a["id"] for a in assistance.actions_needing_assistance(workspace)] == [action_id]
    request_id = assistance.create_from_action(workspace, action_id).value
    saved = assistance.get_request(workspace, request_id)
    assert (saved["title"], saved["areas"], saved["weapon_scope"]) == (
        "Radiation portal monitors at the port",
        "OP3c",
        "NW",
    )
    assert sorted(saved["beneficiaries"]) == sorted([customs, police])
    assert (saved["timeframe_start"], saved["timeframe_end"]) == ("2026-01-01", "2027-12-31")
    assert saved["fields"] == ["OP3cd.NW.border_detection_equipment.legal"]
    assert (saved["contact_id"], saved["estimated_resources"], saved["action_id"]) == (
        contact,
        "USD 450,000",
        action_id,
    )
    assert assistance.actions_needing_assistance(workspace)[0]["request_ids"] == [request_id]
    # What only the user can say is still asked for.
    missing = {g.field for g in assistance.request_gaps(workspace, request_id)}
    assert {"assistance_types", "current_situation", "objectives", "assistance_received"} <= missing
    # Freezing the plan keeps the request linked to the action being worked on.
    action_plan.freeze_plan(workspace, "2026-05-01")
    [working] = [a for a in action_plan.list_actions(workspace)]
    assert assistance.get_request(workspace, request_id)["action_id"] == working["id"] != action_id


def test_an_incomplete_request_cannot_be_marked_ready_or_sent(workspace):
    request_id = assistance.create_request(workspace, {"title": "Training"}).value
    for status in ("ready", "sent"):
        with pytest.raises(assistance.IncompleteRequestError) as error:
            assistance.set_status(workspace, request_id, status, "2026-01-10", note_verbale_reference="NV/1")
        assert len(error.value.gaps) == 13 and "not complete" in str(error.value)
    assert assistance.get_request(workspace, request_id)["status"] == "draft"
    assert assistance.events(workspace, request_id) == []


def test_the_lifecycle_is_dated_and_recorded(workspace, request_id):
    assistance.set_status(workspace, request_id, "ready", "2026-01-05")
    with pytest.raises(ValidationError) as error:
        assistance.set_status(workspace, request_id, "sent", "2026-01-10")
    assert error.value.field == "note_verbale_reference"
    assistance.set_status(
        workspace, request_id, "sent", "2026-01-10", "Through the Permanent Mission", "NV/1540/2026/3"
    )
    saved = assistance.get_request(workspace, request_id)
    assert (saved["status"], saved["sent_on"], saved["request_date"]) == ("sent", "2026-01-10", "2026-01-10")
    assert saved["note_verbale_reference"] == "NV/1540/2026/3" and saved["follow_up_on"] == "2027-01-10"
    with pytest.raises(ValidationError) as error:
        assistance.set_status(workspace, request_id, "draft")
    assert error.value.code == "invalid_transition"
    with pytest.raises(ValidationError) as error:
        assistance.set_status(workspace, request_id, "acknowledged", "2026-01-02")
    assert error.value.code == "before_previous"
    assistance.set_status(workspace, request_id, "circulated", "2026-01-20")  # acknowledgement skipped
    assert [(e["previous_status"], e["status"], e["event_date"]) for e in assistance.events(workspace, request_id)] == [
        ("draft", "ready", "2026-01-05"),
        ("ready", "sent", "2026-01-10"),
        ("sent", "circulated", "2026-01-20"),
    ]
    assert assistance.undo_last_status(workspace, request_id).value == "sent"
    assert assistance.get_request(workspace, request_id)["status"] == "sent"
    changes = [(c.old, c.new) for e in item_history(workspace, "request", request_id) for c in e.changes]
    assert ("circulated", "sent") in changes and ("sent", "circulated") in changes
    assistance.set_status(workspace, request_id, "withdrawn", "2026-02-01", "Covered by the national budget")
    assert assistance.next_statuses("withdrawn") == ()
    assert assistance.get_request(workspace, request_id)["follow_up_on"] is None


def test_the_one_year_follow_up(workspace, request_id):
    assistance.set_status(workspace, request_id, "sent", "2025-10-15", note_verbale_reference="NV/12")
    due = assistance.follow_ups(workspace, today="2026-09-01")
    assert [r["id"] for r in due] == [request_id] and due[0]["follow_up_on"] == "2026-10-15"
    assert not due[0]["follow_up_due"]
    assert assistance.list_requests(workspace, today="2026-11-23")[0]["follow_up_due"]
    assert assistance.follow_ups(workspace, today="2026-06-01") == []
    assistance.set_status(workspace, request_id, "delivered", "2026-09-10")
    assert assistance.follow_ups(workspace, today="2026-11-23") == []


def test_providers_offers_and_links(workspace, request_id):
    iaea = assistance.create_provider(workspace, {"name": "IAEA", "kind": "international_organisation"}).value
    with pytest.raises(ValidationError, match=r"^'iaea' already exists\.$"):
        assistance.create_provider(workspace, {"name": "iaea"})
    with pytest.raises(ValidationError) as error:
        assistance.create_offer(workspace, {"title": "Orphan offer"})
    assert error.value.field == "provider_id"
    legal = assistance.create_offer(
        workspace,
        {
            "provider_id": iaea,
            "title": "Legislative assistance",
            "assistance_types": "legislative_drafting",
            "areas": "OP2,OP3d",
            "weapon_scope": "NW",
            "regions": "Global",
            "subjects": "Nuclear law",
        },
    ).value
    equipment = assistance.create_offer(
        workspace,
        {
            "provider_id": iaea,
            "title": "Detection equipment",
            "assistance_types": "equipment",
            "areas": "OP3c",
            "weapon_scope": "NW",
        },
    ).value
    ranked = assistance.offers_for_request(workspace, request_id)
    assert [o["id"] for o in ranked] == [legal, equipment] and ranked[0]["score"] > ranked[1]["score"] == 0
    assistance.set_status(workspace, request_id, "sent", "2026-01-10", note_verbale_reference="NV/3")
    assistance.set_status(workspace, request_id, "acknowledged", "2026-02-01")
    assistance.link_offer(workspace, request_id, legal, "2026-01-25", "Expert mission proposed")
    saved = assistance.get_request(workspace, request_id)
    assert saved["status"] == "offer_received"
    assert assistance.events(workspace, request_id)[-1]["event_date"] == "2026-02-01"  # never before a prior step
    with pytest.raises(UserError, match=r"^This offer is already linked to the request\.$"):
        assistance.link_offer(workspace, request_id, legal)
    assert assistance.offers_for_request(workspace, request_id)[0]["linked"]
    assert assistance.list_requests(workspace)[0]["offer_count"] == 1
    assert assistance.list_offers(workspace)[0]["request_count"] == 1
    assistance.unlink_offer(workspace, request_id, legal)
    assert assistance.list_requests(workspace)[0]["offer_count"] == 0
    assistance.delete_provider(workspace, iaea)
    assert assistance.list_offers(workspace) == []


def test_deleting_a_contact_or_agency_keeps_the_request(workspace, request_id, contact, customs):
    contacts.delete_contact(workspace, contact)
    agencies.delete_agency(workspace, customs)
    saved = assistance.get_request(workspace, request_id)
    assert saved["contact_id"] is None and saved["beneficiaries"] == []
    assert saved["need_description"] == NEED


def test_bad_input_is_refused_and_changes_nothing(workspace, request_id):
    before = assistance.get_request(workspace, request_id)
    for values in (
        {"timeframe_end": "2026-01-01"},
        {"areas": "OP99"},
        {"consent_to_publication": "maybe"},
        {"contact_id": 9999},
        {"timeframe_start": "31/12/2026"},
    ):
        with pytest.raises(
            ValidationError,
            match=r"(ends before it starts|'OP99' is not one of|'maybe' is not one of"
            r"|point of contact no longer exists|'31/12/2026' is not a date)",
        ):
            assistance.update_request(workspace, request_id, values)
    with pytest.raises(ValidationError, match=r"^beneficiaries: 9999 does not exist\.$"):
        assistance.update_request(workspace, request_id, {"title": "Still fine"}, beneficiaries=[9999])
    assert assistance.get_request(workspace, request_id) == before
    assert audit.history(workspace.db, "assistance_request", request_id)[0]["action"] == "create"


def test_requesting_assistance_for_an_action_marks_it_as_needing_assistance(workspace):
    action_id = action_plan.create_action(
        workspace, {"title": "Outreach to 30 companies", "operative_paragraphs": "OP8"}
    ).value
    request_id = assistance.create_from_action(workspace, action_id).value
    assert action_plan.get_action(workspace, action_id)["assistance_needed"] == 1
    assert assistance.get_request(workspace, request_id)["areas"] == "outreach"


def test_requests_follow_the_working_plan_never_a_frozen_version(workspace, request_id):
    old_action = action_plan.create_action(workspace, {"title": "Border training", "assistance_needed": True}).value
    action_plan.freeze_plan(workspace, "2026-05-01")
    with pytest.raises(
        UserError,
        match=r"^This version of the plan was frozen on \d{4}-\d\d-\d\d and is read-only; "
        r"edit the working version instead\.$",
    ):
        assistance.create_from_action(workspace, old_action)
    with pytest.raises(ValidationError) as error:
        assistance.update_request(workspace, request_id, {"action_id": old_action})
    assert error.value.field == "action_id"
    [working] = action_plan.list_actions(workspace)
    assistance.update_request(workspace, request_id, {"action_id": working["id"]})
    assert assistance.requests_for_action(workspace, working["id"]) == [request_id]
