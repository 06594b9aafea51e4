"""A record with the lists of links it owns, written once (app/records.py) for actions and requests."""

from __future__ import annotations

import pytest

from app import action_plan, agencies, assistance, records
from app.audit import history
from app.errors import ValidationError

FIELD = "OP3cd.NW.border_detection_equipment.legal"
OTHER_FIELD = "OP3cd.CW.border_detection_equipment.legal"

# The two kinds of record with links, as (module's create, update, get, agencies link name).
KINDS = {
    "action": (
        lambda ws, v, a, f: action_plan.create_action(ws, v, a, f).value,
        action_plan.update_action,
        action_plan.get_action,
        "supporting",
        "plan_action",
    ),
    "request": (
        lambda ws, v, a, f: assistance.create_request(ws, v, a, f).value,
        assistance.update_request,
        assistance.get_request,
        "beneficiaries",
        "assistance_request",
    ),
}


@pytest.mark.parametrize("kind", KINDS)
def test_an_unknown_link_is_refused_and_nothing_is_written(workspace, kind):
    create, _update, _get, agency_link, table = KINDS[kind]
    customs = agencies.create_agency(workspace, {"name": "Customs"}).value
    with pytest.raises(ValidationError, match=r"fields: 'A\.99\.NW' does not exist"):
        create(workspace, {"title": "Train 40 officers"}, [customs], [FIELD, "A.99.NW"])
    assert workspace.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert history(workspace.db, table) == []
    with pytest.raises(ValidationError, match=f"{agency_link}: 9999 does not exist"):
        create(workspace, {"title": "Train 40 officers"}, [9999], [])
    assert workspace.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


@pytest.mark.parametrize("kind", KINDS)
def test_changed_links_are_audited_once_and_unchanged_ones_not_at_all(workspace, kind):
    create, update, get, agency_link, table = KINDS[kind]
    customs = agencies.create_agency(workspace, {"name": "Customs"}).value
    police = agencies.create_agency(workspace, {"name": "Police"}).value
    record_id = create(workspace, {"title": "Train 40 officers"}, [customs], [FIELD])

    changes = update(workspace, record_id, {"title": "Train 60 officers"}, [customs, police], [FIELD]).value
    assert changes == {"title": ["Train 40 officers", "Train 60 officers"], agency_link: [[customs], [customs, police]]}
    entries = [e for e in history(workspace.db, table, record_id) if e["action"] == "update"]
    assert [sorted(e["changes"]) for e in entries] == [[agency_link], ["title"]]  # newest first, each once
    assert entries[0]["summary"] == "Train 40 officers"  # named as the record was before the change

    # A list not given stays as it is; an unknown link leaves everything as it was.
    assert update(workspace, record_id, {}, None, [OTHER_FIELD]).value == {"fields": [[FIELD], [OTHER_FIELD]]}
    with pytest.raises(ValidationError, match="does not exist"):
        update(workspace, record_id, {"title": "Changed"}, [police, 9999], None)
    saved = get(workspace, record_id)
    assert (saved["title"], saved[agency_link], saved["fields"]) == (
        "Train 60 officers",
        [customs, police],
        [OTHER_FIELD],
    )
    assert len([e for e in history(workspace.db, table, record_id) if e["action"] == "update"]) == 3


def test_the_shared_writer_takes_any_kind_with_its_link_sets(workspace):
    customs = agencies.create_agency(workspace, {"name": "Customs"}).value
    links = {assistance.BENEFICIARIES: [customs, customs], assistance.REQUEST_FIELDS: ()}
    request_id = records.create_with_links(
        workspace.db, workspace.actor, assistance.REQUEST, {"title": "Detectors"}, links, {"status": "draft"}
    )
    assert records.read_links(workspace.db, request_id, links) == {"beneficiaries": [customs], "fields": []}
    assert (
        records.update_with_links(
            workspace.db, workspace.actor, assistance.REQUEST, request_id, {}, {assistance.BENEFICIARIES: [customs]}
        )
        == {}
    )
