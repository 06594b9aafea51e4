"""The training State, "Republic of Examplia": a realistic fictional State for workshops and tests.

Its content is data (resources/demo/examplia.json); this module only writes it through the same
domain operations a user's edits go through, in one transaction.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

from app import action_plan, agencies, assistance, contacts, legal_instruments, matrix, state_profile
from app.errors import UserError
from app.states import TRAINING_STATE_CODE, state_name
from app.workspace import Workspace
from db import write_transaction

# Tables holding the State's data, children before parents.
_DATA_TABLES = (
    "agency_workbook",
    "attachment",
    "submission",
    "report_settings",
    "assistance_match",
    "assistance_event",
    "assistance_request_field",
    "assistance_request_agency",
    "assistance_request",
    "assistance_offer",
    "assistance_provider",
    "plan_action_field",
    "plan_action_agency",
    "plan_action",
    "plan_priority",
    "action_plan",
    "matrix_citation",
    "matrix_answer",
    "matrix_answer_retired",
    "point_of_contact",
    "additional_report",
    "legal_instrument",
    "agency",
    "form_draft",
    "audit_log",
    "state_profile",
)


def demo_content() -> dict[str, Any]:
    text = resources.files("resources").joinpath("demo/examplia.json").read_text(encoding="utf-8")
    content: dict[str, Any] = json.loads(text)
    return content


def _clear(ws: Workspace) -> None:
    profile = state_profile.get_profile(ws)
    if profile is not None and not profile["is_training"]:
        raise UserError(
            f"{ws.path} holds the data of {state_name(profile['state_code'])}; "
            "the training State is only created in a new file or over another training database."
        )
    for table in _DATA_TABLES:
        ws.db.execute(f"DELETE FROM {table}")


def _build_action_plan(ws: Workspace, plan: dict[str, Any] | None, agency_ids: dict[str, Any]) -> dict[str, int]:
    """The training State's action plan: header, priorities, actions; return the actions' ids by title."""
    if not plan:
        return {}
    action_plan.update_plan(ws, plan["plan"])
    priority_ids = {
        p["ref"]: action_plan.create_priority(ws, {"title": p["title"], "description": p["description"]}).id
        for p in plan["priorities"]
    }
    links = ("priority", "lead_agency", "supporting_agencies", "fields")
    action_ids = {}
    for entry in plan["actions"]:
        values = {k: v for k, v in entry.items() if k not in links}
        values["priority_id"] = priority_ids[entry["priority"]]
        values["lead_agency_id"] = agency_ids[entry["lead_agency"]] if entry.get("lead_agency") else None
        action_ids[entry["title"]] = action_plan.create_action(
            ws, values, [agency_ids[ref] for ref in entry["supporting_agencies"]], entry["fields"]
        ).id
    return action_ids


def _build_assistance(ws: Workspace, content: dict[str, Any] | None, action_ids: dict[str, int]) -> int:
    """Providers, their offers, and requests made from actions of the plan, each taken through its
    steps as a focal point would; return the number of requests."""
    if not content:
        return 0
    provider_ids = {
        p["ref"]: assistance.create_provider(ws, {k: v for k, v in p.items() if k != "ref"}).id
        for p in content["providers"]
    }
    offer_ids = {}
    for entry in content["offers"]:
        values = {k: v for k, v in entry.items() if k not in ("ref", "provider")}
        offer_ids[entry["ref"]] = assistance.create_offer(
            ws, {**values, "provider_id": provider_ids[entry["provider"]]}
        ).id
    for entry in content["requests"]:
        request_id = assistance.create_from_action(ws, action_ids[entry["action"]]).id
        assistance.update_request(ws, request_id, entry["values"])
        for step in entry["steps"]:
            if "offer" in step:
                assistance.link_offer(ws, request_id, offer_ids[step["offer"]], step["date"], step["note"])
            else:
                assistance.set_status(ws, request_id, step["status"], step["date"], step["note"], step.get("reference"))
    return len(content["requests"])


def build_demo(path: str | Path) -> dict[str, Any]:
    """Create, or reset, the training State in the database at `path`; return counts of what it holds."""
    content = demo_content()
    with Workspace.open(path, source="demo") as ws:
        with write_transaction(ws.db):
            _clear(ws)
            state_profile.save_profile(ws, {"state_code": TRAINING_STATE_CODE, **content["profile"]}, training=True)
            for report in content["additional_reports"]:
                state_profile.add_additional_report(ws, report)
            agency_ids = {}
            for entry in content["agencies"]:
                values = {k: v for k, v in entry.items() if k != "ref"}
                agency_ids[entry["ref"]] = agencies.create_agency(ws, values).id
            for entry in content["contacts"]:
                values = {k: v for k, v in entry.items() if k != "agency"}
                values["agency_id"] = agency_ids[entry["agency"]] if entry.get("agency") else None
                contacts.create_contact(ws, values)
            law_ids = {}
            for entry in content["laws"]:
                values = {k: v for k, v in entry.items() if k != "ref"}
                law_ids[entry["ref"]] = legal_instruments.create_legal_instrument(ws, values).id
            for entry in content["answers"]:
                values = {k: v for k, v in entry.items() if k not in ("field", "citations", "agency")}
                values["responsible_agency_id"] = agency_ids[entry["agency"]] if entry.get("agency") else None
                matrix.set_answer(ws, entry["field"], values)
                for citation in entry["citations"]:
                    matrix.add_citation(ws, entry["field"], law_ids[citation["law"]], citation["article"])
            action_ids = _build_action_plan(ws, content.get("action_plan"), agency_ids)
            requests = _build_assistance(ws, content.get("assistance"), action_ids)
            # Built through the same operations as a user's changes, each a step; the training State starts
            # with nothing to undo (its build, and the steps of the data it replaced, are forgotten).
            ws.db.execute("DELETE FROM step_row")
            ws.db.execute("DELETE FROM step")
        counts = {
            "agencies": len(agency_ids),
            "contacts": len(content["contacts"]),
            "laws": len(law_ids),
            "answers": len(content["answers"]),
            "actions": len(action_ids),
            "requests": requests,
        }
    return counts
