"""Assistance requests on the Committee's template, their lifecycle, providers and their offers.

A request covers one subject area. It starts as a draft (possibly pre-filled from an action of the
plan that needs assistance); a completeness check lists what is still empty or too vague to be
matched, and a request can be marked ready or sent only when that list is empty. Every status change
is a dated event; the Chair asks one year after sending whether the request has been met, so a
follow-up date is kept for open requests. Providers publish offers; linking an offer to a request
records that an offer was received.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app import action_plan, clock, records
from app.audit import record, utc_now
from app.changes import Description
from app.errors import UserError, ValidationError
from app.records import Column, RecordKind, describes, describes_create, title
from app.steps import operation
from app.workspace import Workspace
from db import write_transaction

AREAS = ("OP1", "OP2", "OP3a", "OP3b", "OP3c", "OP3d", "action_plan", "reporting", "outreach")
WEAPON_SCOPES = action_plan.WEAPON_SCOPES
ASSISTANCE_TYPES = ("legislative_drafting", "expert_advice", "training", "equipment", "awareness", "institutional")
CONSENT = ("", "yes", "no")
PROVIDER_KINDS = ("state", "international_organisation", "regional_organisation", "ngo_academia", "other")

# The lifecycle, in order. "ready" means cleared internally and complete, waiting to be sent.
STATUSES = (
    "draft",
    "ready",
    "sent",
    "acknowledged",
    "circulated",
    "offer_received",
    "matched",
    "delivered",
    "closed",
    "withdrawn",
)
FINAL_STATUSES = ("closed", "withdrawn")
UNSENT_STATUSES = ("draft", "ready")  # still being written: the completeness check applies
# Sent and not yet met: the Chair's one-year follow-up concerns these.
AWAITING_STATUSES = ("sent", "acknowledged", "circulated", "offer_received", "matched")
FOLLOW_UP_AFTER_DAYS = 365

# The operative paragraphs of an action mapped to the template's subject areas.
_AREA_OF_PARAGRAPH = {
    "OP1": "OP1",
    "OP2": "OP2",
    "OP3a": "OP3a",
    "OP3b": "OP3b",
    "OP3c": "OP3c",
    "OP3d": "OP3d",
    "OP6": "OP3d",
    "OP8": "outreach",
    "OP9": "outreach",
    "OP10": "OP3c",
}

REQUEST = RecordKind(
    table="assistance_request",
    title_column="title",
    order_by="id",
    columns=(
        Column("title", required=True, max_length=500),
        Column("request_date", "date"),
        Column("note_verbale_reference", max_length=200),
        Column("contact_id", "ref"),
        Column("areas", "codes", choices=AREAS),
        Column("weapon_scope", "codes", choices=WEAPON_SCOPES),
        Column("assistance_types", "codes", choices=ASSISTANCE_TYPES),
        Column("need_description"),
        Column("current_situation"),
        Column("objectives"),
        Column("expected_results"),
        Column("timeframe_start", "date"),
        Column("timeframe_end", "date"),
        Column("timeframe", max_length=1000),
        Column("estimated_resources", max_length=2000),
        Column("assistance_received"),
        Column("preferred_providers"),
        Column("consent_to_publication", "choice", choices=CONSENT),
        Column("action_id", "ref"),
        Column("notes"),
    ),
    defaults={"consent_to_publication": ""},
)

PROVIDER = RecordKind(
    table="assistance_provider",
    title_column="name",
    order_by="name COLLATE NOCASE, id",
    unique_title=True,
    columns=(
        Column("name", required=True, max_length=300),
        Column("kind", "choice", choices=PROVIDER_KINDS),
        Column("contact_name", max_length=300),
        Column("email", "email", max_length=300),
        Column("phone", max_length=100),
        Column("website", max_length=500),
        Column("notes"),
    ),
    defaults={"kind": "state"},
)

OFFER = RecordKind(
    table="assistance_offer",
    title_column="title",
    order_by="id",
    columns=(
        Column("provider_id", "ref"),
        Column("title", required=True, max_length=500),
        Column("assistance_types", "codes", choices=ASSISTANCE_TYPES),
        Column("weapon_scope", "codes", choices=WEAPON_SCOPES),
        Column("areas", "codes", choices=AREAS),
        Column("regions", max_length=500),
        Column("subjects", max_length=2000),
        Column("contact", max_length=1000),
        Column("published_on", "date"),
        Column("notes"),
    ),
)


# -- completeness ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Gap:
    """Something that keeps a request from being specific enough to be matched."""

    field: str
    code: str  # empty | too_short | vague | no_figures | several_areas | no_contact | contact_unreachable
    message: str  # in English, for the command line and the log; the GUI words it from field and code
    detail: str = ""  # the vague words found, or the minimum number of words


# Minimum length, in words, of the texts that describe the request.
MIN_WORDS = {"need_description": 20, "current_situation": 12, "objectives": 8, "expected_results": 8}

# Words that say nothing a provider could act on, in the languages requests are written in.
_VAGUE = re.compile(
    r"\b(?:tbd|tbc|to be (?:determined|defined|confirmed|specified)|as (?:needed|appropriate|required)|etc|"
    r"general support|à (?:déterminer|définir|préciser|confirmer)|selon les besoins|appui général|"
    r"por (?:determinar|definir|precisar)|según (?:sea necesario|las necesidades)|apoyo general|"
    r"по мере необходимости|уточняется|حسب الحاجة|يحدد لاحقا)\b|\.\.\.|…|待定|待确定|视需要",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_NUMBER = re.compile(r"\d|[一二三四五六七八九十百千万两]")

_MESSAGES = {
    "title": "Give the request a title naming its subject.",
    "contact_id": "Choose the point of contact for this request.",
    "areas": "Choose the area (operative paragraph) of the request.",
    "weapon_scope": "Choose the scope: nuclear, chemical, biological, means of delivery or cross-cutting.",
    "assistance_types": "Choose the type of assistance (legislative drafting, expert advice, training, ...).",
    "need_description": "Describe exactly what is needed: which text, how many people, which equipment.",
    "current_situation": "Describe what exists already: laws, institutions, equipment, trained staff.",
    "objectives": "State the objectives of the assistance.",
    "expected_results": "State the results expected at the end of the assistance.",
    "beneficiaries": "Name the beneficiary agencies: for whom the assistance is.",
    "timeframe": "Give the timeframe: start and end dates, or how long.",
    "estimated_resources": "Estimate the resources: experts, days, equipment, cost.",
    "assistance_received": "Say what assistance was received or is under way (write 'None' if there is none).",
    "consent_to_publication": "Say whether the Committee may publish a summary of the request.",
}


def word_count(text: str) -> int:
    """Words in a text; Chinese and Japanese characters count two to a word."""
    count = 0
    for token in re.findall(r"\w+", text or ""):
        cjk = len(_CJK.findall(token))
        count += (cjk + 1) // 2 + (1 if len(token) > cjk else 0) if cjk else 1
    return count


def completeness(ws: Workspace, values: dict[str, Any]) -> list[Gap]:
    """What keeps a request (stored or being typed) from being complete and matchable.

    `values` holds the request's columns plus `beneficiaries` (agency ids); an empty list means
    the request can be marked ready and sent.
    """
    gaps: list[Gap] = []

    def text(name: str) -> str:
        return str(values.get(name) or "").strip()

    def gap(name: str, code: str, message: str | None = None, detail: str = "") -> None:
        gaps.append(Gap(name, code, message or _MESSAGES[name], detail))

    if not text("title"):
        gap("title", "empty")
    contact_id = values.get("contact_id")
    if not contact_id:
        gap("contact_id", "no_contact")
    else:
        row = ws.db.execute("SELECT phone, email FROM point_of_contact WHERE id = ?", [contact_id]).fetchone()
        if row is None:
            gap("contact_id", "no_contact")
        elif not (row[0] or "").strip() and not (row[1] or "").strip():
            gap(
                "contact_id",
                "contact_unreachable",
                "The point of contact has neither a phone number nor an e-mail address.",
            )
    areas = [a for a in text("areas").split(",") if a]
    if not areas:
        gap("areas", "empty")
    elif len(areas) > 1:
        gap(
            "areas",
            "several_areas",
            "The Committee asks for one request per subject area: keep one area here and "
            "make another request for the others.",
        )
    for name in ("weapon_scope", "assistance_types"):
        if not text(name):
            gap(name, "empty")
    for name, minimum in MIN_WORDS.items():
        words = word_count(text(name))
        if not words:
            gap(name, "empty")
        elif vague := _VAGUE.search(text(name)):
            gap(name, "vague", f"{_MESSAGES[name]} Replace “{vague.group(0)}” with specifics.", vague.group(0))
        elif words < minimum:
            gap(name, "too_short", f"{_MESSAGES[name]} At least {minimum} words are expected.", str(minimum))
    if (
        text("need_description")
        and text("expected_results")
        and not (_NUMBER.search(text("need_description")) or _NUMBER.search(text("expected_results")))
    ):
        gap("need_description", "no_figures", "Give figures: how many people, sessions, texts, items or days.")
    if not values.get("beneficiaries"):
        gap("beneficiaries", "empty")
    if not (values.get("timeframe_start") and values.get("timeframe_end")) and not text("timeframe"):
        gap("timeframe", "empty")
    for name in ("estimated_resources", "assistance_received"):
        if not text(name):
            gap(name, "empty")
    if text("consent_to_publication") not in ("yes", "no"):
        gap("consent_to_publication", "empty")
    return gaps


# -- requests --------------------------------------------------------------------------------
def _rows(ws: Workspace, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    return records.rows(ws.db, sql, params)


def _check_request(ws: Workspace, data: dict[str, Any]) -> None:
    if data.get("timeframe_start") and data.get("timeframe_end") and data["timeframe_end"] < data["timeframe_start"]:
        raise ValidationError("timeframe_end", "invalid_period", "The timeframe ends before it starts.")
    if (
        data.get("contact_id") is not None
        and ws.db.execute("SELECT 1 FROM point_of_contact WHERE id = ?", [data["contact_id"]]).fetchone() is None
    ):
        raise ValidationError("contact_id", "invalid_choice", "The chosen point of contact no longer exists.")
    # A request follows the plan being worked on, never a frozen (submitted) version of it.
    if (
        data.get("action_id") is not None
        and ws.db.execute(
            "SELECT 1 FROM plan_action a JOIN action_plan p ON p.id = a.plan_id WHERE a.id = ? AND p.frozen_on IS NULL",
            [data["action_id"]],
        ).fetchone()
        is None
    ):
        raise ValidationError("action_id", "invalid_choice", "The chosen action is not in the working plan.")


BENEFICIARIES = records.LinkSet(
    "beneficiaries", "assistance_request_agency", "request_id", "agency_id", "SELECT id FROM agency"
)
REQUEST_FIELDS = records.LinkSet(
    "fields", "assistance_request_field", "request_id", "field_key", "SELECT key FROM matrix_field"
)


@operation(describes_create(REQUEST))
def create_request(
    ws: Workspace, values: dict[str, Any], beneficiaries: Iterable[int] = (), fields: Iterable[str] = ()
) -> int:
    """A new draft request, with its beneficiary agencies and the matrix fields it concerns."""
    data = records.clean(REQUEST, values)
    _check_request(ws, data)
    return records.create_with_links(
        ws.db, ws.actor, REQUEST, values, {BENEFICIARIES: beneficiaries, REQUEST_FIELDS: fields}, {"status": "draft"}
    )


def get_request(ws: Workspace, request_id: int) -> dict[str, Any]:
    """One request with `beneficiaries` (agency ids), `fields` (matrix keys) and `follow_up_on`."""
    request = {
        **records.get(ws.db, REQUEST, request_id),
        **records.read_links(ws.db, request_id, (BENEFICIARIES, REQUEST_FIELDS)),
    }
    request["follow_up_on"] = follow_up_date(request)
    return request


@operation(describes("update", REQUEST))
def update_request(
    ws: Workspace,
    request_id: int,
    values: dict[str, Any],
    beneficiaries: list[int] | None = None,
    fields: list[str] | None = None,
) -> dict[str, Any]:
    """Change a request's content (at any stage: what was sent is in its history and the audit log)."""
    before = get_request(ws, request_id)
    data = records.clean(REQUEST, values, partial=True)
    _check_request(ws, {**before, **data})
    return records.update_with_links(
        ws.db, ws.actor, REQUEST, request_id, values, {BENEFICIARIES: beneficiaries, REQUEST_FIELDS: fields}
    )


@operation(describes("delete", REQUEST))
def delete_request(ws: Workspace, request_id: int) -> None:
    records.delete(ws.db, ws.actor, REQUEST, request_id)


def request_gaps(ws: Workspace, request_id: int) -> list[Gap]:
    return completeness(ws, get_request(ws, request_id))


def follow_up_date(request: dict[str, Any]) -> str | None:
    """When the Chair's one-year follow-up falls, for a request sent and not yet met."""
    if request["status"] not in AWAITING_STATUSES or not request.get("sent_on"):
        return None
    return (date.fromisoformat(request["sent_on"]) + timedelta(days=FOLLOW_UP_AFTER_DAYS)).isoformat()


def list_requests(ws: Workspace, today: str | None = None) -> list[dict[str, Any]]:
    """Every request with its point of contact, linked action, offers, gaps and follow-up date."""
    today = today or clock.today_iso()
    rows = _rows(
        ws,
        """
        SELECT r.*, coalesce(c.name, '') AS contact_name, coalesce(a.title, '') AS action_title,
               (SELECT count(*) FROM assistance_match m WHERE m.request_id = r.id) AS offer_count
        FROM assistance_request r
        LEFT JOIN point_of_contact c ON c.id = r.contact_id
        LEFT JOIN plan_action a ON a.id = r.action_id
        ORDER BY r.id""",
    )
    beneficiaries: dict[int, list[int]] = {}
    for request_id, agency_id in ws.db.execute(
        "SELECT request_id, agency_id FROM assistance_request_agency"
    ).fetchall():
        beneficiaries.setdefault(request_id, []).append(agency_id)
    for row in rows:
        row["beneficiaries"] = beneficiaries.get(row["id"], [])
        row["gaps"] = len(completeness(ws, row)) if row["status"] in UNSENT_STATUSES else 0
        row["follow_up_on"] = follow_up_date(row)
        row["follow_up_due"] = bool(row["follow_up_on"] and row["follow_up_on"] <= today)
    return rows


def follow_ups(ws: Workspace, today: str | None = None, days: int = 60) -> list[dict[str, Any]]:
    """Requests whose one-year follow-up is past or within `days`, soonest first."""
    today = today or clock.today_iso()
    horizon = (date.fromisoformat(today) + timedelta(days=days)).isoformat()
    marks = ", ".join("?" for _ in AWAITING_STATUSES)
    due = []
    for row in _rows(
        ws, f"SELECT * FROM assistance_request WHERE sent_on IS NOT NULL AND status IN ({marks})", AWAITING_STATUSES
    ):
        row["follow_up_on"] = follow_up_date(row)
        row["follow_up_due"] = row["follow_up_on"] <= today
        if row["follow_up_on"] <= horizon:
            due.append(row)
    return sorted(due, key=lambda r: r["follow_up_on"])


# -- from the action plan --------------------------------------------------------------------
def actions_needing_assistance(ws: Workspace) -> list[dict[str, Any]]:
    """Actions of the working plan flagged as needing assistance, with the requests made for them."""
    plan_id = action_plan.working_plan(ws)["id"]
    actions = _rows(
        ws,
        "SELECT id, title, status, due_date, operative_paragraphs, weapon_scope FROM plan_action "
        "WHERE plan_id = ? AND assistance_needed = 1 AND is_proposal = 0 ORDER BY ordinal, id",
        [plan_id],
    )
    requests: dict[int, list[int]] = {}
    for request_id, action_id in ws.db.execute(
        "SELECT id, action_id FROM assistance_request WHERE action_id IS NOT NULL ORDER BY id"
    ).fetchall():
        requests.setdefault(action_id, []).append(request_id)
    for action in actions:
        action["request_ids"] = requests.get(action["id"], [])
    return actions


def requests_for_action(ws: Workspace, action_id: int) -> list[int]:
    """The requests made for an action, whether or not it is still marked as needing assistance."""
    return [
        r[0]
        for r in ws.db.execute(
            "SELECT id FROM assistance_request WHERE action_id = ? ORDER BY id", [action_id]
        ).fetchall()
    ]


def _default_contact(ws: Workspace) -> int | None:
    row = ws.db.execute(
        "SELECT id FROM point_of_contact ORDER BY CASE contact_type WHEN 'assistance' THEN 0 WHEN 'capital' THEN 1 "
        "ELSE 2 END, id LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def _describe_from_action(ws: Workspace, action_id: int) -> Description:
    return Description("create", "assistance_request", title(ws.db, action_plan.ACTION, action_id))


@operation(_describe_from_action)
def create_from_action(ws: Workspace, action_id: int) -> int:
    """A draft request pre-filled from an action of the plan: area, scope, beneficiary agencies
    (lead and supporting), timeframe, resources, expected results and the matrix fields it closes.
    The specifics that make it matchable are for the user to add; `completeness` lists them."""
    action = action_plan.get_action(ws, action_id)
    action_plan.require_working(ws, action["plan_id"])
    areas = [_AREA_OF_PARAGRAPH[p] for p in action["operative_paragraphs"].split(",") if p in _AREA_OF_PARAGRAPH]
    values = {
        "title": action["title"],
        "contact_id": _default_contact(ws),
        "areas": ",".join(dict.fromkeys(areas)),
        "weapon_scope": action["weapon_scope"],
        "need_description": action["description"],
        "expected_results": action["expected_output"],
        "timeframe_start": action["start_date"],
        "timeframe_end": action["due_date"],
        "estimated_resources": action["budget"],
        "action_id": action_id,
    }
    beneficiaries = ([action["lead_agency_id"]] if action["lead_agency_id"] else []) + action["supporting"]
    with write_transaction(ws.db):
        if not action["assistance_needed"]:
            action_plan.update_action(ws, action_id, {"assistance_needed": True})  # asking for it means it is needed
        request_id: int = create_request(ws, values, beneficiaries, action["fields"]).id
        return request_id


# -- lifecycle -------------------------------------------------------------------------------
def next_statuses(status: str) -> tuple[str, ...]:
    """The statuses a request can move to from `status`.

    Before sending, a request goes between draft and ready, or is sent. Once sent it only moves
    forward (steps the Committee skipped can be skipped), and can be withdrawn until it is closed.
    """
    if status in FINAL_STATUSES:
        return ()
    if status == "draft":
        return ("ready", "sent", "withdrawn")
    if status == "ready":
        return ("draft", "sent", "withdrawn")
    later = STATUSES[STATUSES.index(status) + 1 : STATUSES.index("closed") + 1]
    return (*later, "withdrawn")


class IncompleteRequestError(UserError):
    """The request cannot be marked ready or sent: `gaps` says what is missing."""

    def __init__(self, gaps: list[Gap]):
        super().__init__("The request is not complete yet:\n" + "\n".join(f"- {g.message}" for g in gaps))
        self.gaps = gaps


@operation(describes("set_status", REQUEST))
def set_status(
    ws: Workspace,
    request_id: int,
    status: str,
    event_date: str | None = None,
    note: str = "",
    note_verbale_reference: str | None = None,
) -> None:
    """Move a request along its lifecycle on a given date, with a note; recorded as an event.

    Marking it ready or sent requires a complete request. Sending records the date sent (from
    which the one-year follow-up runs) and needs the note verbale's reference.
    """
    request = get_request(ws, request_id)
    if status not in STATUSES:
        raise ValidationError("status", "invalid_choice", f"Unknown status {status!r}.")
    if status not in next_statuses(request["status"]):
        raise ValidationError(
            "status", "invalid_transition", f"A request that is {request['status']} cannot become {status}."
        )
    when = records.parse_date(event_date, "event_date") or clock.today_iso()
    last = _last_event_date(ws, request_id)
    if last and when < last:
        raise ValidationError("event_date", "before_previous", f"{when} is before the previous step ({last}).")
    if status in ("ready", "sent"):
        gaps = completeness(ws, request)
        if gaps:
            raise IncompleteRequestError(gaps)
    note = str(note or "").strip()
    if len(note) > records.MAX_TEXT:
        raise ValidationError("note", "too_long", "The note is too long.")
    reference = (
        note_verbale_reference if note_verbale_reference is not None else request["note_verbale_reference"]
    ).strip()
    if status == "sent" and not reference:
        raise ValidationError("note_verbale_reference", "required", "Give the reference of the note verbale.")
    with write_transaction(ws.db):
        now = utc_now()
        changes = {"status": [request["status"], status]}
        sets = {"status": status, "updated_at": now}
        if status == "sent":
            sets.update(sent_on=when, note_verbale_reference=reference, request_date=request["request_date"] or when)
            changes["sent_on"] = [request["sent_on"], when]
        cols = list(sets)
        ws.db.execute(
            f"UPDATE assistance_request SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
            [sets[c] for c in cols] + [request_id],
        )
        ws.db.execute(
            "INSERT INTO assistance_event (request_id, status, previous_status, event_date, note, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [request_id, status, request["status"], when, note, now],
        )
        record(ws.db, ws.actor, "update", "assistance_request", request_id, request["title"], changes)


def _last_event_date(ws: Workspace, request_id: int) -> str | None:
    last: str | None = ws.db.execute(
        "SELECT max(event_date) FROM assistance_event WHERE request_id = ?", [request_id]
    ).fetchone()[0]
    return last


def events(ws: Workspace, request_id: int) -> list[dict[str, Any]]:
    """The request's status changes, oldest first."""
    return _rows(ws, "SELECT * FROM assistance_event WHERE request_id = ? ORDER BY event_date, id", [request_id])


@operation(describes("undo_status", REQUEST))
def undo_last_status(ws: Workspace, request_id: int) -> str:
    """Cancel the latest status change (entered by mistake); return the status restored."""
    request = get_request(ws, request_id)
    last = _rows(
        ws,
        "SELECT * FROM assistance_event WHERE request_id = ? ORDER BY event_date DESC, id DESC LIMIT 1",
        [request_id],
    )
    if not last:
        raise UserError("This request has no status change to cancel.")
    event = last[0]
    with write_transaction(ws.db):
        sent_on = request["sent_on"]
        if event["status"] == "sent":
            sent_on = None
        ws.db.execute(
            "UPDATE assistance_request SET status = ?, sent_on = ?, updated_at = ? WHERE id = ?",
            [event["previous_status"], sent_on, utc_now(), request_id],
        )
        ws.db.execute("DELETE FROM assistance_event WHERE id = ?", [event["id"]])
        record(
            ws.db,
            ws.actor,
            "update",
            "assistance_request",
            request_id,
            f"Status change of {event['event_date']} cancelled",
            {"status": [request["status"], event["previous_status"]]},
        )
    previous: str = event["previous_status"]
    return previous


# -- providers and offers --------------------------------------------------------------------
def list_providers(ws: Workspace) -> list[dict[str, Any]]:
    return _rows(
        ws,
        "SELECT p.*, (SELECT count(*) FROM assistance_offer o WHERE o.provider_id = p.id) AS offer_count "
        f"FROM assistance_provider p ORDER BY {PROVIDER.order_by}",
    )


def get_provider(ws: Workspace, provider_id: int) -> dict[str, Any]:
    return records.get(ws.db, PROVIDER, provider_id)


@operation(describes_create(PROVIDER))
def create_provider(ws: Workspace, values: dict[str, Any]) -> int:
    return records.create(ws.db, ws.actor, PROVIDER, values)


@operation(describes("update", PROVIDER))
def update_provider(ws: Workspace, provider_id: int, values: dict[str, Any]) -> dict[str, Any]:
    return records.update(ws.db, ws.actor, PROVIDER, provider_id, values)


@operation(describes("delete", PROVIDER))
def delete_provider(ws: Workspace, provider_id: int) -> None:
    """Delete a provider with its offers (and their links to requests)."""
    records.delete(ws.db, ws.actor, PROVIDER, provider_id)


def _check_offer(ws: Workspace, data: dict[str, Any]) -> None:
    if (
        data.get("provider_id") is None
        or ws.db.execute("SELECT 1 FROM assistance_provider WHERE id = ?", [data["provider_id"]]).fetchone() is None
    ):
        raise ValidationError("provider_id", "required", "Choose the provider of the offer.")


def list_offers(ws: Workspace) -> list[dict[str, Any]]:
    return _rows(
        ws,
        "SELECT o.*, p.name AS provider_name, "
        "(SELECT count(*) FROM assistance_match m WHERE m.offer_id = o.id) AS request_count "
        "FROM assistance_offer o JOIN assistance_provider p ON p.id = o.provider_id ORDER BY o.id",
    )


def get_offer(ws: Workspace, offer_id: int) -> dict[str, Any]:
    return records.get(ws.db, OFFER, offer_id)


@operation(describes_create(OFFER))
def create_offer(ws: Workspace, values: dict[str, Any]) -> int:
    _check_offer(ws, records.clean(OFFER, values))
    return records.create(ws.db, ws.actor, OFFER, values)


@operation(describes("update", OFFER))
def update_offer(ws: Workspace, offer_id: int, values: dict[str, Any]) -> dict[str, Any]:
    _check_offer(ws, {**get_offer(ws, offer_id), **records.clean(OFFER, values, partial=True)})
    return records.update(ws.db, ws.actor, OFFER, offer_id, values)


@operation(describes("delete", OFFER))
def delete_offer(ws: Workspace, offer_id: int) -> None:
    records.delete(ws.db, ws.actor, OFFER, offer_id)


def _codes(text: str) -> set[str]:
    return {c for c in (text or "").split(",") if c}


def match_score(request: dict[str, Any], offer: dict[str, Any]) -> int:
    """How well an offer fits a request: shared types of assistance weigh most, then areas, then scope.
    An offer covering every scope ("cross") fits any scope."""
    types = len(_codes(request["assistance_types"]) & _codes(offer["assistance_types"]))
    areas = len(_codes(request["areas"]) & _codes(offer["areas"]))
    offer_scope = _codes(offer["weapon_scope"])
    scope = len(_codes(request["weapon_scope"]) & offer_scope) or (1 if "cross" in offer_scope else 0)
    return 4 * types + 2 * areas + scope if (types or areas) else 0


def offers_for_request(ws: Workspace, request_id: int) -> list[dict[str, Any]]:
    """Every offer with `score` (fit to the request) and `linked`, best fit first; linked ones lead."""
    request = get_request(ws, request_id)
    linked = {
        r[0]: (r[1], r[2])
        for r in ws.db.execute(
            "SELECT offer_id, linked_on, note FROM assistance_match WHERE request_id = ?", [request_id]
        ).fetchall()
    }
    offers = list_offers(ws)
    for offer in offers:
        offer["score"] = match_score(request, offer)
        offer["linked"] = offer["id"] in linked
        offer["linked_on"], offer["link_note"] = linked.get(offer["id"], (None, ""))
    return sorted(offers, key=lambda o: (not o["linked"], -o["score"], o["provider_name"].casefold(), o["id"]))


def _describe_link(action: str) -> Callable[..., Description]:
    def describe(ws: Workspace, request_id: int, offer_id: int, *args: Any, **kwargs: Any) -> Description:
        return Description(action, "assistance_offer", title(ws.db, OFFER, offer_id))

    return describe


@operation(_describe_link("link"))
def link_offer(ws: Workspace, request_id: int, offer_id: int, linked_on: str | None = None, note: str = "") -> None:
    """Record that an offer answers a request. A request waiting for offers moves to "offer received"."""
    request = get_request(ws, request_id)
    offer = get_offer(ws, offer_id)
    when = records.parse_date(linked_on, "linked_on") or clock.today_iso()
    if ws.db.execute(
        "SELECT 1 FROM assistance_match WHERE request_id = ? AND offer_id = ?", [request_id, offer_id]
    ).fetchone():
        raise UserError("This offer is already linked to the request.")
    with write_transaction(ws.db):
        ws.db.execute(
            "INSERT INTO assistance_match (request_id, offer_id, linked_on, note) VALUES (?, ?, ?, ?)",
            [request_id, offer_id, when, str(note or "").strip()],
        )
        record(
            ws.db,
            ws.actor,
            "update",
            "assistance_request",
            request_id,
            request["title"],
            {"offers": [None, offer["title"]]},
        )
        if request["status"] in ("sent", "acknowledged", "circulated"):
            last = _last_event_date(ws, request_id)
            set_status(ws, request_id, "offer_received", max(when, last or when), f"Offer: {offer['title']}")


@operation(_describe_link("unlink"))
def unlink_offer(ws: Workspace, request_id: int, offer_id: int) -> None:
    request = get_request(ws, request_id)
    offer = get_offer(ws, offer_id)
    with write_transaction(ws.db):
        ws.db.execute("DELETE FROM assistance_match WHERE request_id = ? AND offer_id = ?", [request_id, offer_id])
        record(
            ws.db,
            ws.actor,
            "update",
            "assistance_request",
            request_id,
            request["title"],
            {"offers": [offer["title"], None]},
        )
