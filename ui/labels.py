"""Translatable names for the codes the domain uses (agency kinds, contact types, ...)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Labels"

AGENCY_KINDS = {
    "ministry": QT_TRANSLATE_NOOP("Labels", "Ministry"),
    "regulator": QT_TRANSLATE_NOOP("Labels", "Regulatory authority"),
    "customs": QT_TRANSLATE_NOOP("Labels", "Customs"),
    "law_enforcement": QT_TRANSLATE_NOOP("Labels", "Law enforcement"),
    "intelligence": QT_TRANSLATE_NOOP("Labels", "Intelligence"),
    "health": QT_TRANSLATE_NOOP("Labels", "Health"),
    "defence": QT_TRANSLATE_NOOP("Labels", "Defence"),
    "justice": QT_TRANSLATE_NOOP("Labels", "Justice"),
    "research": QT_TRANSLATE_NOOP("Labels", "Research"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

CONTACT_TYPES = {
    "capital": QT_TRANSLATE_NOOP("Labels", "Capital"),
    "mission": QT_TRANSLATE_NOOP("Labels", "Permanent Mission"),
    "assistance": QT_TRANSLATE_NOOP("Labels", "Assistance"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

INSTRUMENT_TYPES = {
    "constitution": QT_TRANSLATE_NOOP("Labels", "Constitution"),
    "law": QT_TRANSLATE_NOOP("Labels", "Law"),
    "decree": QT_TRANSLATE_NOOP("Labels", "Decree"),
    "regulation": QT_TRANSLATE_NOOP("Labels", "Regulation"),
    "order": QT_TRANSLATE_NOOP("Labels", "Order"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

INSTRUMENT_STATUSES = {
    "in_force": QT_TRANSLATE_NOOP("Labels", "In force"),
    "amended": QT_TRANSLATE_NOOP("Labels", "Amended"),
    "repealed": QT_TRANSLATE_NOOP("Labels", "Repealed"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
}

ACTION_STATUSES = {
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "delayed": QT_TRANSLATE_NOOP("Labels", "Delayed"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

AREAS = {
    "OP1": QT_TRANSLATE_NOOP("Labels", "OP 1 (non-support, treaties)"),
    "OP2": QT_TRANSLATE_NOOP("Labels", "OP 2 (legislation and penalties)"),
    "OP3a": QT_TRANSLATE_NOOP("Labels", "OP 3 (a) accounting and securing"),
    "OP3b": QT_TRANSLATE_NOOP("Labels", "OP 3 (b) physical protection"),
    "OP3c": QT_TRANSLATE_NOOP("Labels", "OP 3 (c) border control and law enforcement"),
    "OP3d": QT_TRANSLATE_NOOP("Labels", "OP 3 (d) export and trans-shipment controls"),
    "action_plan": QT_TRANSLATE_NOOP("Labels", "National action plan"),
    "reporting": QT_TRANSLATE_NOOP("Labels", "Reporting"),
    "outreach": QT_TRANSLATE_NOOP("Labels", "Outreach"),
}

WEAPON_SCOPES = {
    "NW": QT_TRANSLATE_NOOP("Labels", "Nuclear"),
    "CW": QT_TRANSLATE_NOOP("Labels", "Chemical"),
    "BW": QT_TRANSLATE_NOOP("Labels", "Biological"),
    "MoD": QT_TRANSLATE_NOOP("Labels", "Means of delivery"),
    "cross": QT_TRANSLATE_NOOP("Labels", "Cross-cutting"),
}

ASSISTANCE_TYPES = {
    "legislative_drafting": QT_TRANSLATE_NOOP("Labels", "Legislative drafting"),
    "expert_advice": QT_TRANSLATE_NOOP("Labels", "Expert advice"),
    "training": QT_TRANSLATE_NOOP("Labels", "Training"),
    "equipment": QT_TRANSLATE_NOOP("Labels", "Equipment"),
    "awareness": QT_TRANSLATE_NOOP("Labels", "Awareness raising"),
    "institutional": QT_TRANSLATE_NOOP("Labels", "Institutional capacity"),
}

REQUEST_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft, not sent"),
    "ready": QT_TRANSLATE_NOOP("Labels", "Ready to send"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "acknowledged": QT_TRANSLATE_NOOP("Labels", "Acknowledged"),
    "circulated": QT_TRANSLATE_NOOP("Labels", "Circulated to providers"),
    "offer_received": QT_TRANSLATE_NOOP("Labels", "Offer received"),
    "matched": QT_TRANSLATE_NOOP("Labels", "Matched, in delivery"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "Delivered"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}

PROVIDER_KINDS = {
    "state": QT_TRANSLATE_NOOP("Labels", "State"),
    "international_organisation": QT_TRANSLATE_NOOP("Labels", "International organisation"),
    "regional_organisation": QT_TRANSLATE_NOOP("Labels", "Regional organisation"),
    "ngo_academia": QT_TRANSLATE_NOOP("Labels", "NGO or academia"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

CONSENT = {
    "": QT_TRANSLATE_NOOP("Labels", "Not decided"),
    "yes": QT_TRANSLATE_NOOP("Labels", "Yes, a summary may be published"),
    "no": QT_TRANSLATE_NOOP("Labels", "No"),
}

# What each part of a request must say to be matched (the completeness check's prompts).
GAP_PROMPTS = {
    "title": QT_TRANSLATE_NOOP("Labels", "Give the request a title naming its subject."),
    "contact_id": QT_TRANSLATE_NOOP("Labels", "Choose the point of contact for this request."),
    "areas": QT_TRANSLATE_NOOP("Labels", "Choose the area (operative paragraph) of the request."),
    "weapon_scope": QT_TRANSLATE_NOOP(
        "Labels", "Choose the scope: nuclear, chemical, biological, means of delivery or cross-cutting."
    ),
    "assistance_types": QT_TRANSLATE_NOOP(
        "Labels", "Choose the type of assistance (legislative drafting, expert advice, training…)."
    ),
    "need_description": QT_TRANSLATE_NOOP(
        "Labels", "Describe exactly what is needed: which text, how many people, which equipment."
    ),
    "current_situation": QT_TRANSLATE_NOOP(
        "Labels", "Describe what exists already: laws, institutions, equipment, trained staff."
    ),
    "objectives": QT_TRANSLATE_NOOP("Labels", "State the objectives of the assistance."),
    "expected_results": QT_TRANSLATE_NOOP("Labels", "State the results expected at the end of the assistance."),
    "beneficiaries": QT_TRANSLATE_NOOP("Labels", "Name the beneficiary agencies: for whom the assistance is."),
    "timeframe": QT_TRANSLATE_NOOP("Labels", "Give the timeframe: start and end dates, or how long."),
    "estimated_resources": QT_TRANSLATE_NOOP("Labels", "Estimate the resources: experts, days, equipment, cost."),
    "assistance_received": QT_TRANSLATE_NOOP(
        "Labels", "Say what assistance was received or is under way (write “None” if there is none)."
    ),
    "consent_to_publication": QT_TRANSLATE_NOOP(
        "Labels", "Say whether the Committee may publish a summary of the request."
    ),
}

GAP_CODES = {
    "too_short": QT_TRANSLATE_NOOP("Labels", "At least %1 words are expected."),
    "vague": QT_TRANSLATE_NOOP("Labels", "Replace “%1” with specifics."),
    "no_figures": QT_TRANSLATE_NOOP("Labels", "Give figures: how many people, sessions, texts, items or days."),
    "several_areas": QT_TRANSLATE_NOOP(
        "Labels",
        "The Committee asks for one request per subject area: keep one area here and "
        "make another request for the others.",
    ),
    "contact_unreachable": QT_TRANSLATE_NOOP(
        "Labels", "The point of contact has neither a phone number nor an e-mail address."
    ),
}

# The values of a matrix field, and what each means (the Committee's legend).
VALUE_MEANINGS = {
    "X": QT_TRANSLATE_NOOP("Labels", "X: the State has taken the step and/or provided references"),
    "?": QT_TRANSLATE_NOOP("Labels", "?: the references may not be relevant or are incomplete"),
    "NA": QT_TRANSLATE_NOOP("Labels", "NA: does not apply to the State"),
    "": QT_TRANSLATE_NOOP("Labels", "blank: no information given or found"),
}

# The two columns of each weapon in sections B-D.
ASPECTS = {
    "legal": QT_TRANSLATE_NOOP("Labels", "legal framework"),
    "enforcement": QT_TRANSLATE_NOOP("Labels", "enforcement"),
}

WEAPON_NAMES = {
    "NW": QT_TRANSLATE_NOOP("Labels", "Nuclear weapons (NW)"),
    "CW": QT_TRANSLATE_NOOP("Labels", "Chemical weapons (CW)"),
    "BW": QT_TRANSLATE_NOOP("Labels", "Biological weapons (BW)"),
}

# The parts of a matrix answer besides its value (an import's changes name them).
ANSWER_ATTRIBUTES = {
    "value": QT_TRANSLATE_NOOP("Labels", "Value"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "remarks": QT_TRANSLATE_NOOP("Labels", "Remarks"),
    "adherence_details": QT_TRANSLATE_NOOP("Labels", "Details"),
    "signature_date": QT_TRANSLATE_NOOP("Labels", "Signature date"),
    "ratification_date": QT_TRANSLATE_NOOP("Labels", "Ratification date"),
    "entry_into_force_date": QT_TRANSLATE_NOOP("Labels", "Entry into force"),
    "reviewed_on": QT_TRANSLATE_NOOP("Labels", "Reviewed on"),
}

# The domain's reasons for an import conflict, in words the translators see.
CONFLICT_REASONS = {
    "changed here since the workbook was sent": QT_TRANSLATE_NOOP("Labels", "Changed here since it was sent"),
    "the database holds another answer": QT_TRANSLATE_NOOP("Labels", "The database holds another answer"),
}

# The parts of an assistance request (the form's labels, the request's history).
REQUEST_FIELDS = {
    "title": QT_TRANSLATE_NOOP("Labels", "Subject of the request"),
    "contact_id": QT_TRANSLATE_NOOP("Labels", "Point of contact for the request"),
    "areas": QT_TRANSLATE_NOOP("Labels", "Area (one per request)"),
    "weapon_scope": QT_TRANSLATE_NOOP("Labels", "Scope"),
    "assistance_types": QT_TRANSLATE_NOOP("Labels", "Type of assistance"),
    "need_description": QT_TRANSLATE_NOOP("Labels", "Description of the need"),
    "current_situation": QT_TRANSLATE_NOOP("Labels", "Current situation"),
    "objectives": QT_TRANSLATE_NOOP("Labels", "Objectives"),
    "expected_results": QT_TRANSLATE_NOOP("Labels", "Expected results"),
    "beneficiaries": QT_TRANSLATE_NOOP("Labels", "Beneficiary agencies"),
    "timeframe_start": QT_TRANSLATE_NOOP("Labels", "Timeframe from"),
    "timeframe_end": QT_TRANSLATE_NOOP("Labels", "Timeframe to"),
    "timeframe": QT_TRANSLATE_NOOP("Labels", "Timeframe (details)"),
    "estimated_resources": QT_TRANSLATE_NOOP("Labels", "Estimated resources"),
    "assistance_received": QT_TRANSLATE_NOOP("Labels", "Assistance already received or under way"),
    "preferred_providers": QT_TRANSLATE_NOOP("Labels", "Preferred or already contacted providers"),
    "consent_to_publication": QT_TRANSLATE_NOOP("Labels", "Consent to publication of a summary"),
    "action_id": QT_TRANSLATE_NOOP("Labels", "Action of the plan"),
    "fields": QT_TRANSLATE_NOOP("Labels", "Matrix fields concerned"),
    "request_date": QT_TRANSLATE_NOOP("Labels", "Date of the request"),
    "note_verbale_reference": QT_TRANSLATE_NOOP("Labels", "Note verbale reference"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Internal notes"),
}

# An agency workbook's state, when it is not imported yet.
WORKBOOK_STATUSES = {
    "pending": QT_TRANSLATE_NOOP("Labels", "Awaited"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}

ENTITIES = {
    "agency": QT_TRANSLATE_NOOP("Labels", "Agency"),
    "point_of_contact": QT_TRANSLATE_NOOP("Labels", "Point of contact"),
    "state_profile": QT_TRANSLATE_NOOP("Labels", "State profile"),
    "additional_report": QT_TRANSLATE_NOOP("Labels", "Additional information"),
    "legal_instrument": QT_TRANSLATE_NOOP("Labels", "Law"),
    "matrix_answer": QT_TRANSLATE_NOOP("Labels", "Matrix field"),
    "matrix_citation": QT_TRANSLATE_NOOP("Labels", "Legal reference"),
    "matrix_template": QT_TRANSLATE_NOOP("Labels", "Matrix template"),
    "database": QT_TRANSLATE_NOOP("Labels", "Database"),
    "action_plan": QT_TRANSLATE_NOOP("Labels", "Action plan"),
    "plan_priority": QT_TRANSLATE_NOOP("Labels", "Priority"),
    "plan_action": QT_TRANSLATE_NOOP("Labels", "Action"),
    "assistance_request": QT_TRANSLATE_NOOP("Labels", "Assistance request"),
    "assistance_provider": QT_TRANSLATE_NOOP("Labels", "Assistance provider"),
    "assistance_offer": QT_TRANSLATE_NOOP("Labels", "Assistance offer"),
    "report_settings": QT_TRANSLATE_NOOP("Labels", "Text of the national report"),
    "submission": QT_TRANSLATE_NOOP("Labels", "Submitted document"),
}

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Labels", "added"),
    "update": QT_TRANSLATE_NOOP("Labels", "changed"),
    "delete": QT_TRANSLATE_NOOP("Labels", "deleted"),
    "load": QT_TRANSLATE_NOOP("Labels", "loaded"),
    "upgrade": QT_TRANSLATE_NOOP("Labels", "upgraded"),
    "restore": QT_TRANSLATE_NOOP("Labels", "restored"),
    "submit": QT_TRANSLATE_NOOP("Labels", "marked as submitted"),
}

VALIDATION = {
    "required": QT_TRANSLATE_NOOP("Labels", "“%1” must be filled in."),
    "invalid_date": QT_TRANSLATE_NOOP("Labels", "“%1” is not a date; write it as YYYY-MM-DD, for example 2026-03-31."),
    "invalid_email": QT_TRANSLATE_NOOP("Labels", "“%1” is not a valid e-mail address."),
    "invalid_choice": QT_TRANSLATE_NOOP("Labels", "“%1” has a value that is not allowed."),
    "too_long": QT_TRANSLATE_NOOP("Labels", "“%1” is too long."),
    "duplicate": QT_TRANSLATE_NOOP("Labels", "Another record already has this “%1”."),
    "invalid_number": QT_TRANSLATE_NOOP("Labels", "“%1” must be a whole number from 0 to 100."),
    "invalid_period": QT_TRANSLATE_NOOP("Labels", "“%1” is before the start date."),
    "not_a_gap": QT_TRANSLATE_NOOP("Labels", "Only blank or “?” fields are gaps."),
    "invalid_transition": QT_TRANSLATE_NOOP("Labels", "The request cannot move to this status from where it is."),
    "before_previous": QT_TRANSLATE_NOOP("Labels", "“%1” is before the previous step of this request."),
    "in_future": QT_TRANSLATE_NOOP("Labels", "“%1” cannot be a date in the future."),
    "in_use": QT_TRANSLATE_NOOP(
        "Labels", "This law is still cited by matrix fields: remove those references first, or mark it repealed."
    ),
}


def tr_label(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def agency_kind(code: str) -> str:
    return tr_label(AGENCY_KINDS.get(code, code))


def contact_type(code: str) -> str:
    return tr_label(CONTACT_TYPES.get(code, code))


def instrument_type(code: str) -> str:
    return tr_label(INSTRUMENT_TYPES.get(code, code))


def instrument_status(code: str) -> str:
    return tr_label(INSTRUMENT_STATUSES.get(code, code))


def action_status(code: str) -> str:
    return tr_label(ACTION_STATUSES.get(code, code))


def audit_entry(entity: str, action: str) -> str:
    return f"{tr_label(ENTITIES.get(entity, entity))} · {tr_label(ACTIONS.get(action, action))}"


def validation_message(code: str, field_label: str) -> str:
    template = VALIDATION.get(code)
    if template is None:
        return field_label
    return tr_label(template).replace("%1", field_label)


def area(code: str) -> str:
    return tr_label(AREAS.get(code, code))


def weapon_scope(code: str) -> str:
    return tr_label(WEAPON_SCOPES.get(code, code))


def assistance_type(code: str) -> str:
    return tr_label(ASSISTANCE_TYPES.get(code, code))


def request_status(code: str) -> str:
    return tr_label(REQUEST_STATUSES.get(code, code))


def provider_kind(code: str) -> str:
    return tr_label(PROVIDER_KINDS.get(code, code))


def consent(code: str) -> str:
    return tr_label(CONSENT.get(code, code))


def join(items) -> str:
    """Items of a list written one after the other the way the language separates them (Arabic "، ", Chinese "、")."""
    return QCoreApplication.translate("Labels", ", ", "separator between the items of a list").join(items)


def codes(text: str, name) -> str:
    """A comma-separated list of codes in words: "OP3c,OP3d" -> "OP 3 (c) …, OP 3 (d) …"."""
    return join(name(code) for code in (text or "").split(",") if code)


def operative_paragraph(code: str) -> str:
    """An operative paragraph of the resolution named shortly, as the language writes it: "OP3a" -> "OP 3 (a)"."""
    match = re.fullmatch(r"OP(\d+)([a-d]?)", code)
    if not match:
        return code
    number, letter = match.groups()
    if not letter:
        return QCoreApplication.translate("Labels", "OP %1").replace("%1", number)
    sub = {
        "a": QCoreApplication.translate("Labels", "(a)", "sub-paragraph of an operative paragraph"),
        "b": QCoreApplication.translate("Labels", "(b)", "sub-paragraph of an operative paragraph"),
        "c": QCoreApplication.translate("Labels", "(c)", "sub-paragraph of an operative paragraph"),
        "d": QCoreApplication.translate("Labels", "(d)", "sub-paragraph of an operative paragraph"),
    }[letter]
    return QCoreApplication.translate("Labels", "OP %1 %2").replace("%1", number).replace("%2", sub)


def gap_message(field: str, code: str, detail: str = "") -> str:
    """A completeness gap in the user's language: what to write, and why it is not enough yet."""
    prompt = tr_label(GAP_PROMPTS.get(field, field))
    if code in ("too_short", "vague"):
        return prompt + " " + tr_label(GAP_CODES[code]).replace("%1", detail)
    if code in GAP_CODES:
        return tr_label(GAP_CODES[code])
    return prompt


def value_meaning(code: str) -> str:
    """What a matrix value means: "X: the State has taken the step…"."""
    return tr_label(VALUE_MEANINGS.get(code, code))


def aspect(code: str) -> str:
    """A column of sections B-D: "legal framework" or "enforcement"."""
    return tr_label(ASPECTS.get(code, code or ""))


def weapon_name(code: str) -> str:
    return tr_label(WEAPON_NAMES.get(code, code))


def weapon_abbreviation(weapon: str, language: str) -> str:
    """The weapon's abbreviation in the user's language, from the template ("Armes nucléaires (AN)" -> AN)."""
    from app.matrix_template import bundled_template, label_in  # read when a matrix is shown, not at start-up

    label = label_in(bundled_template().weapon_labels.get(weapon), language)
    found = re.search(r"\(([^()]+)\)\s*$", label)
    return found.group(1) if found else weapon


def answer_attribute(name: str) -> str:
    return tr_label(ANSWER_ATTRIBUTES[name]) if name in ANSWER_ATTRIBUTES else name


def conflict_reason(reason: str) -> str:
    return tr_label(CONFLICT_REASONS[reason]) if reason in CONFLICT_REASONS else reason


def request_field(name: str) -> str:
    """The name of a part of an assistance request, in the user's language."""
    return tr_label(REQUEST_FIELDS[name]) if name in REQUEST_FIELDS else name


def workbook_status(code: str) -> str:
    return tr_label(WORKBOOK_STATUSES.get(code, code))


def language(code: str) -> str:
    """A UN language named in itself ("Français"), as users look for it in a list."""
    from ui.i18n import LANGUAGE_NAMES

    return LANGUAGE_NAMES.get(code, code)


# -- the reports view: the four documents, their contents, formats, scopes, the stages of an export and what
# its check counts. Translated in the "ReportsView" context (the Qt Linguist file keys them so), for the view,
# its submissions table and its dialogs.
_REPORTS_CONTEXT = "ReportsView"

REPORT_DOCUMENTS = {
    "report": QT_TRANSLATE_NOOP("ReportsView", "National report"),
    "matrix": QT_TRANSLATE_NOOP("ReportsView", "Implementation matrix"),
    "nap": QT_TRANSLATE_NOOP("ReportsView", "Action plan"),
    "assistance": QT_TRANSLATE_NOOP("ReportsView", "Assistance request"),
}
REPORT_CONTENTS = {
    "report": QT_TRANSLATE_NOOP(
        "ReportsView",
        "The national report in the Committee's layout: covering note, introduction, one part per "
        "operative paragraph with every matrix field and its legal references, the measures under "
        "OP 6 to 10 (action plan, assistance requests sent) and an annex of the laws cited.",
    ),
    "report_changes": QT_TRANSLATE_NOOP(
        "ReportsView",
        "Only the matrix fields changed since the report submitted on %1, each with what was reported "
        "then and what holds now, with the covering note, the introduction and the part on OP 6 to 10.",
    ),
    "matrix": QT_TRANSLATE_NOOP(
        "ReportsView",
        "The 1540 Committee matrix: every field of sections A to D with its value, legal references, "
        "source and remarks, in the Committee's layout.",
    ),
    "nap": QT_TRANSLATE_NOOP(
        "ReportsView",
        "The National Implementation Action Plan: its header, priorities and every action with lead "
        "agency, dates, status and progress, and a timeline.",
    ),
    "assistance": QT_TRANSLATE_NOOP(
        "ReportsView",
        "One assistance request on the Committee's template: point of contact, need, current "
        "situation, objectives, beneficiaries, timeframe and resources.",
    ),
}
EXPORT_FORMATS = {
    "pdf": QT_TRANSLATE_NOOP("ReportsView", "PDF"),
    "xlsx": QT_TRANSLATE_NOOP("ReportsView", "Excel"),
}
REPORT_SCOPES = {
    "full": QT_TRANSLATE_NOOP("ReportsView", "Full"),
    "changes": QT_TRANSLATE_NOOP("ReportsView", "Changes only"),
}
EXPORT_STAGES = {
    "progress.collect": QT_TRANSLATE_NOOP("ReportsView", "Reading the data…"),
    "progress.layout": QT_TRANSLATE_NOOP("ReportsView", "Laying out the pages…"),
    "progress.write": QT_TRANSLATE_NOOP("ReportsView", "Writing the file…"),
    "progress.verify": QT_TRANSLATE_NOOP("ReportsView", "Checking the file against the database…"),
}
REPORT_COUNTED = {
    "field": QT_TRANSLATE_NOOP("ReportsView", "matrix fields"),
    "action": QT_TRANSLATE_NOOP("ReportsView", "actions"),
    "request": QT_TRANSLATE_NOOP("ReportsView", "assistance requests"),
    "law": QT_TRANSLATE_NOOP("ReportsView", "laws"),
    "request_field": QT_TRANSLATE_NOOP("ReportsView", "parts of the request"),
}


def report_tr(text: str) -> str:
    """A text of the reports view's tables above, in the interface language."""
    return QCoreApplication.translate(_REPORTS_CONTEXT, text)


def document_label(kind: str, scope: str = "full", request_id: int | None = None) -> str:
    name = report_tr(REPORT_DOCUMENTS.get(kind, kind))
    if kind == "assistance" and request_id:
        return f"{name} #{request_id}"
    if kind == "report" and scope == "changes":
        return QCoreApplication.translate("ReportsView", "%1 (changes since the last submitted report)").replace(
            "%1", name
        )
    return name


def counts_text(kind: str, counts: dict[str, int]) -> str:
    """What the check found, in words: "matrix fields 331 · actions 4 · …"."""
    parts = []
    for key, number in counts.items():
        label = (
            REPORT_COUNTED["request_field"] if (kind == "assistance" and key == "field") else REPORT_COUNTED.get(key)
        )
        parts.append(
            QCoreApplication.translate("ReportsView", "%1: %2")
            .replace("%1", report_tr(label) if label else key)
            .replace("%2", str(number))
        )
    return " · ".join(parts)


# -- undo and redo: naming a step in the interface language -----------------------------------------------
# A step is named from its `Description` (app.changes): what was done to which kind of record, the record's
# own name as typed (shown as it is) and, for a matrix field, the field's name in the interface language.
# %1 is the record's name (its quotes go when it has none), %2 the matrix field's name, %3 the kind's noun.
STEP_PHRASES = {
    ("create", "agency"): QT_TRANSLATE_NOOP("Labels", "new agency “%1”"),
    ("update", "agency"): QT_TRANSLATE_NOOP("Labels", "changes to agency “%1”"),
    ("delete", "agency"): QT_TRANSLATE_NOOP("Labels", "deletion of agency “%1”"),
    ("create", "point_of_contact"): QT_TRANSLATE_NOOP("Labels", "new point of contact “%1”"),
    ("update", "point_of_contact"): QT_TRANSLATE_NOOP("Labels", "changes to point of contact “%1”"),
    ("delete", "point_of_contact"): QT_TRANSLATE_NOOP("Labels", "deletion of point of contact “%1”"),
    ("create", "legal_instrument"): QT_TRANSLATE_NOOP("Labels", "new law “%1”"),
    ("update", "legal_instrument"): QT_TRANSLATE_NOOP("Labels", "changes to law “%1”"),
    ("delete", "legal_instrument"): QT_TRANSLATE_NOOP("Labels", "deletion of law “%1”"),
    ("create", "plan_priority"): QT_TRANSLATE_NOOP("Labels", "new priority “%1”"),
    ("update", "plan_priority"): QT_TRANSLATE_NOOP("Labels", "changes to priority “%1”"),
    ("delete", "plan_priority"): QT_TRANSLATE_NOOP("Labels", "deletion of priority “%1”"),
    ("create", "plan_action"): QT_TRANSLATE_NOOP("Labels", "new action “%1”"),
    ("update", "plan_action"): QT_TRANSLATE_NOOP("Labels", "changes to action “%1”"),
    ("delete", "plan_action"): QT_TRANSLATE_NOOP("Labels", "deletion of action “%1”"),
    ("accept", "plan_action"): QT_TRANSLATE_NOOP("Labels", "proposed action “%1” kept"),
    ("propose", "plan_action"): QT_TRANSLATE_NOOP("Labels", "actions proposed for the selected gaps"),
    ("update", "action_plan"): QT_TRANSLATE_NOOP("Labels", "changes to the action plan “%1”"),
    ("save", "action_plan"): QT_TRANSLATE_NOOP("Labels", "changes to the action plan “%1”"),
    ("freeze", "action_plan"): QT_TRANSLATE_NOOP("Labels", "action plan version frozen as submitted"),
    ("create", "assistance_request"): QT_TRANSLATE_NOOP("Labels", "new assistance request “%1”"),
    ("update", "assistance_request"): QT_TRANSLATE_NOOP("Labels", "changes to assistance request “%1”"),
    ("delete", "assistance_request"): QT_TRANSLATE_NOOP("Labels", "deletion of assistance request “%1”"),
    ("set_status", "assistance_request"): QT_TRANSLATE_NOOP("Labels", "new status of assistance request “%1”"),
    ("undo_status", "assistance_request"): QT_TRANSLATE_NOOP(
        "Labels", "status step cancelled on assistance request “%1”"
    ),
    ("link", "assistance_offer"): QT_TRANSLATE_NOOP("Labels", "offer “%1” linked to a request"),
    ("unlink", "assistance_offer"): QT_TRANSLATE_NOOP("Labels", "offer “%1” unlinked from a request"),
    ("link", "assistance_request"): QT_TRANSLATE_NOOP("Labels", "offer linked to assistance request “%1”"),
    ("unlink", "assistance_request"): QT_TRANSLATE_NOOP("Labels", "offer unlinked from assistance request “%1”"),
    ("create", "assistance_provider"): QT_TRANSLATE_NOOP("Labels", "new provider “%1”"),
    ("update", "assistance_provider"): QT_TRANSLATE_NOOP("Labels", "changes to provider “%1”"),
    ("delete", "assistance_provider"): QT_TRANSLATE_NOOP("Labels", "deletion of provider “%1”"),
    ("create", "assistance_offer"): QT_TRANSLATE_NOOP("Labels", "new offer “%1”"),
    ("update", "assistance_offer"): QT_TRANSLATE_NOOP("Labels", "changes to offer “%1”"),
    ("delete", "assistance_offer"): QT_TRANSLATE_NOOP("Labels", "deletion of offer “%1”"),
    ("save", "state_profile"): QT_TRANSLATE_NOOP("Labels", "changes to the State profile"),
    ("update", "state_profile"): QT_TRANSLATE_NOOP("Labels", "changes to the State profile"),
    ("create", "state_profile"): QT_TRANSLATE_NOOP("Labels", "State profile set up"),
    ("create", "additional_report"): QT_TRANSLATE_NOOP("Labels", "new date of additional information “%1”"),
    ("delete", "additional_report"): QT_TRANSLATE_NOOP("Labels", "deletion of a date of additional information “%1”"),
    ("save", "report_settings"): QT_TRANSLATE_NOOP("Labels", "changes to the text of the national report"),
    ("update", "report_settings"): QT_TRANSLATE_NOOP("Labels", "changes to the text of the national report"),
    ("set_answer", "matrix_answer"): QT_TRANSLATE_NOOP("Labels", "answer to %2"),
    ("update", "matrix_answer"): QT_TRANSLATE_NOOP("Labels", "answer to %2"),
    ("add_citation", "matrix_citation"): QT_TRANSLATE_NOOP("Labels", "legal reference added to %2"),
    ("remove_citation", "matrix_citation"): QT_TRANSLATE_NOOP("Labels", "legal reference removed from %2"),
    ("import", "matrix_answer"): QT_TRANSLATE_NOOP("Labels", "import of “%1”"),
    ("import", "agency_workbook"): QT_TRANSLATE_NOOP("Labels", "import of the workbook “%1”"),
    ("send", "agency_workbook"): QT_TRANSLATE_NOOP("Labels", "workbook sent to “%1”"),
    ("create", "agency_workbook"): QT_TRANSLATE_NOOP("Labels", "workbook sent to “%1”"),
    ("withdraw", "agency_workbook"): QT_TRANSLATE_NOOP("Labels", "workbook for “%1” withdrawn"),
    ("submit", "submission"): QT_TRANSLATE_NOOP("Labels", "document “%1” marked as submitted"),
    ("attach", "attachment"): QT_TRANSLATE_NOOP("Labels", "document “%1” attached"),
    ("create", "attachment"): QT_TRANSLATE_NOOP("Labels", "document “%1” attached"),
    ("detach", "attachment"): QT_TRANSLATE_NOOP("Labels", "document “%1” removed"),
    ("delete", "attachment"): QT_TRANSLATE_NOOP("Labels", "document “%1” removed"),
    ("restore", "database"): QT_TRANSLATE_NOOP("Labels", "restore of the backup “%1”"),
}

# For an (action, kind) not named above: the action's phrase around the kind's noun (%3).
STEP_ACTION_PHRASES = {
    "create": QT_TRANSLATE_NOOP("Labels", "new record (%3) “%1”"),
    "update": QT_TRANSLATE_NOOP("Labels", "changes to %3 “%1”"),
    "save": QT_TRANSLATE_NOOP("Labels", "changes to %3 “%1”"),
    "delete": QT_TRANSLATE_NOOP("Labels", "deletion of %3 “%1”"),
    "set_answer": QT_TRANSLATE_NOOP("Labels", "answer to %2"),
    "add_citation": QT_TRANSLATE_NOOP("Labels", "legal reference added to %2"),
    "remove_citation": QT_TRANSLATE_NOOP("Labels", "legal reference removed from %2"),
    "import": QT_TRANSLATE_NOOP("Labels", "import of “%1”"),
    "link": QT_TRANSLATE_NOOP("Labels", "offer linked: “%1”"),
    "unlink": QT_TRANSLATE_NOOP("Labels", "offer unlinked: “%1”"),
    "set_status": QT_TRANSLATE_NOOP("Labels", "new status of %3 “%1”"),
    "undo_status": QT_TRANSLATE_NOOP("Labels", "status step cancelled on %3 “%1”"),
    "accept": QT_TRANSLATE_NOOP("Labels", "%3 “%1” kept"),
    "propose": QT_TRANSLATE_NOOP("Labels", "proposals: %3"),
    "freeze": QT_TRANSLATE_NOOP("Labels", "%3 frozen"),
    "submit": QT_TRANSLATE_NOOP("Labels", "“%1” marked as submitted"),
    "restore": QT_TRANSLATE_NOOP("Labels", "restore of the backup “%1”"),
    "send": QT_TRANSLATE_NOOP("Labels", "%3 sent: “%1”"),
    "withdraw": QT_TRANSLATE_NOOP("Labels", "%3 withdrawn: “%1”"),
    "attach": QT_TRANSLATE_NOOP("Labels", "document “%1” attached"),
    "detach": QT_TRANSLATE_NOOP("Labels", "document “%1” removed"),
    "reorder": QT_TRANSLATE_NOOP("Labels", "new order of %3"),
}
STEP_ANY_PHRASE = QT_TRANSLATE_NOOP("Labels", "change to %3 “%1”")

# The kinds of record, as a noun inside a sentence.
KIND_NOUNS = {
    "agency": QT_TRANSLATE_NOOP("Labels", "agency"),
    "point_of_contact": QT_TRANSLATE_NOOP("Labels", "point of contact"),
    "legal_instrument": QT_TRANSLATE_NOOP("Labels", "law"),
    "matrix_answer": QT_TRANSLATE_NOOP("Labels", "matrix answer"),
    "matrix_citation": QT_TRANSLATE_NOOP("Labels", "legal reference"),
    "action_plan": QT_TRANSLATE_NOOP("Labels", "action plan"),
    "plan_priority": QT_TRANSLATE_NOOP("Labels", "priority"),
    "plan_action": QT_TRANSLATE_NOOP("Labels", "action"),
    "assistance_request": QT_TRANSLATE_NOOP("Labels", "assistance request"),
    "assistance_provider": QT_TRANSLATE_NOOP("Labels", "provider"),
    "assistance_offer": QT_TRANSLATE_NOOP("Labels", "offer"),
    "state_profile": QT_TRANSLATE_NOOP("Labels", "State profile"),
    "additional_report": QT_TRANSLATE_NOOP("Labels", "date of additional information"),
    "report_settings": QT_TRANSLATE_NOOP("Labels", "text of the national report"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "document"),
    "agency_workbook": QT_TRANSLATE_NOOP("Labels", "agency workbook"),
    "submission": QT_TRANSLATE_NOOP("Labels", "submitted document"),
    "database": QT_TRANSLATE_NOOP("Labels", "database"),
}
KIND_NOUN_ANY = QT_TRANSLATE_NOOP("Labels", "record")

UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Labels", "a matrix field")

UNDO_TEXTS = {
    "undo": QT_TRANSLATE_NOOP("Labels", "&Undo"),
    "redo": QT_TRANSLATE_NOOP("Labels", "&Redo"),
    "undo_step": QT_TRANSLATE_NOOP("Labels", "&Undo: %1"),
    "redo_step": QT_TRANSLATE_NOOP("Labels", "&Redo: %1"),
}

# Why the next step cannot be undone (app.changes.NOT_UNDOABLE_REASONS), as the Undo action says it.
CANNOT_UNDO = {
    "frozen": QT_TRANSLATE_NOOP("Labels", "Cannot undo: plan version frozen"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Cannot undo: report submitted"),
    "restored": QT_TRANSLATE_NOOP("Labels", "Cannot undo: restored from a backup"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Cannot undo: workbook sent"),
}
CANNOT_UNDO_ANY = QT_TRANSLATE_NOOP("Labels", "Cannot undo: “%1” cannot be taken back")

# An undo or redo refused (app.undo.UndoRefused.code): one message naming the step, and that nothing changed.
UNDO_REFUSED = {
    ("undo", "changed_since_by"): QT_TRANSLATE_NOOP(
        "Labels", "Cannot undo — %1: what it changed was changed again since (%2). Nothing was changed."
    ),
    ("redo", "changed_since_by"): QT_TRANSLATE_NOOP(
        "Labels", "Cannot redo — %1: what it changed was changed again since (%2). Nothing was changed."
    ),
    ("undo", "changed_since"): QT_TRANSLATE_NOOP(
        "Labels",
        "Cannot undo — %1: what it changed was changed since outside this application's steps (for example "
        "by another program). Nothing was changed.",
    ),
    ("redo", "changed_since"): QT_TRANSLATE_NOOP(
        "Labels",
        "Cannot redo — %1: what it changed was changed since outside this application's steps (for example "
        "by another program). Nothing was changed.",
    ),
    ("undo", "moved"): QT_TRANSLATE_NOOP(
        "Labels",
        "Cannot undo — %1: it is no longer the last step, the data was changed meanwhile (another window or "
        "the command line). Nothing was changed; the Edit menu now shows the next step.",
    ),
    ("redo", "moved"): QT_TRANSLATE_NOOP(
        "Labels",
        "Cannot redo — %1: the data was changed meanwhile (another window or the command line). Nothing was "
        "changed; the Edit menu now shows the next step.",
    ),
    ("undo", "nothing"): QT_TRANSLATE_NOOP("Labels", "There is nothing to undo."),
    ("redo", "nothing"): QT_TRANSLATE_NOOP("Labels", "There is nothing to redo."),
    ("undo", "not_undoable"): QT_TRANSLATE_NOOP("Labels", "Cannot undo — %1. Nothing was changed."),
    ("redo", "not_undoable"): QT_TRANSLATE_NOOP("Labels", "Cannot redo — %1. Nothing was changed."),
}
UNDO_REFUSED_REASON = {
    "frozen": QT_TRANSLATE_NOOP(
        "Labels", "Cannot undo — %1: the plan version is frozen as submitted. Nothing was changed."
    ),
    "submitted": QT_TRANSLATE_NOOP(
        "Labels", "Cannot undo — %1: the document was submitted to the Committee. Nothing was changed."
    ),
    "restored": QT_TRANSLATE_NOOP(
        "Labels", "Cannot undo — %1: the data was restored from a backup since. Nothing was changed."
    ),
    "sent": QT_TRANSLATE_NOOP("Labels", "Cannot undo — %1: the workbook was sent to the agency. Nothing was changed."),
}


def matrix_field_name(ws, field_key: str, language: str) -> str:
    """A matrix field as the interface names it: "A.1 NPT", "B.1 Manufacture / produce · NW · legal framework"."""
    from app import matrix  # the matrix module is loaded once a step about a field is named
    from app.errors import UserError

    try:
        where = matrix.field_description(ws, field_key, language)
    except UserError:
        return tr_label(UNKNOWN_FIELD)
    label = where["row_label"] or ""
    short = re.search(r"\(([^()]+)\)\s*$", label)
    text = short.group(1) if short else (label if len(label) <= 48 else label[:47].rstrip() + "…")
    name = f"{where['section']}.{where['number']} {text}".strip()
    if where["weapon"]:
        name += " · " + weapon_abbreviation(where["weapon"], language)
        if where["aspect"] in ASPECTS:
            name += " · " + aspect(where["aspect"])
    return name


def _fill(template: str, subject: str, field: str, kind: str) -> str:
    text = tr_label(template)
    if not subject:
        text = re.sub(r"\s*[“«\"]\s*\u2068?%1\u2069?\s*[”»\"]", "", text).replace("%1", "")
    return text.replace("%2", field).replace("%3", kind).replace("%1", subject).strip(" :")


MENU_SUBJECT_LENGTH = 60  # a law's title may run to 300 characters: the Edit menu shows its beginning


def _shortened(text: str, length: int | None) -> str:
    if length is None or len(text) <= length:
        return text
    return text[: length - 1].rstrip() + "…"


def step_name(ws, description, language: str, subject_length: int | None = None) -> str:
    """The step `description` (an app.changes.Description) in the interface language, e.g. "answer to A.1 NPT",
    "new agency “Customs”": never a table name, key or id. `subject_length` shortens the record's own name
    (a menu's width)."""
    action, kind = description.action, description.kind
    template = STEP_PHRASES.get((action, kind)) or STEP_ACTION_PHRASES.get(action) or STEP_ANY_PHRASE
    field = ""
    if description.ref and description.ref[0] == "matrix_field":
        field = matrix_field_name(ws, description.ref[1], language)
    elif "%2" in template:
        field = description.subject or tr_label(UNKNOWN_FIELD)
    subject = _shortened(description.subject or "", subject_length)
    if field and "%2" in template:
        subject = ""  # the field's name says it, in the interface language
    noun = tr_label(KIND_NOUNS.get(kind, KIND_NOUN_ANY))
    text = _fill(template, subject, field, noun)
    if field and "%2" not in template:
        text += " — " + field
    return text


def undo_action_text(step, ws, language: str, redo: bool = False) -> str:
    """The text of Edit › Undo (or Redo) for the step it would take back (None: nothing to undo)."""
    word = "redo" if redo else "undo"
    if step is None:
        return tr_label(UNDO_TEXTS[word])
    if not redo and step.reason:
        if step.reason in CANNOT_UNDO:
            return tr_label(CANNOT_UNDO[step.reason])
        return tr_label(CANNOT_UNDO_ANY).replace("%1", step_name(ws, step.description, language, MENU_SUBJECT_LENGTH))
    name = step_name(ws, step.description, language, MENU_SUBJECT_LENGTH)
    return tr_label(UNDO_TEXTS[word + "_step"]).replace("%1", name.replace("&", "&&"))


def undo_refused_message(refused, ws, language: str, redo: bool = False, offered=None) -> str:
    """One line saying why an undo or redo was refused (an app.undo.UndoRefused), and that nothing changed.

    `offered` is the step the menu offered (a refusal because the list moved names that one)."""
    word = "redo" if redo else "undo"
    step = offered if refused.code == "moved" and offered is not None else refused.step
    name = step_name(ws, step.description, language) if step is not None else ""
    code = refused.code
    if code == "not_undoable" and step is not None and step.reason in UNDO_REFUSED_REASON:
        return tr_label(UNDO_REFUSED_REASON[step.reason]).replace("%1", name)
    if code == "changed_since" and refused.by is not None:
        by = step_name(ws, refused.by.description, language)
        return tr_label(UNDO_REFUSED[(word, "changed_since_by")]).replace("%2", by).replace("%1", name)
    template = UNDO_REFUSED.get((word, code), UNDO_REFUSED[(word, "not_undoable")])
    return tr_label(template).replace("%1", name)


# What part of a record a search matched (app/search.py), as the search results name it.
SEARCH_PARTS = {
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "label": QT_TRANSLATE_NOOP("Labels", "Label"),
    "label_other": QT_TRANSLATE_NOOP("Labels", "Label in another language"),
    "value": QT_TRANSLATE_NOOP("Labels", "Value"),
    "citation": QT_TRANSLATE_NOOP("Labels", "Legal reference"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "remarks": QT_TRANSLATE_NOOP("Labels", "Remarks"),
    "details": QT_TRANSLATE_NOOP("Labels", "Adherence details"),
    "agency": QT_TRANSLATE_NOOP("Labels", "Agency"),
    "title_en": QT_TRANSLATE_NOOP("Labels", "English title"),
    "number": QT_TRANSLATE_NOOP("Labels", "Number"),
    "gazette": QT_TRANSLATE_NOOP("Labels", "Official gazette"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "description": QT_TRANSLATE_NOOP("Labels", "Description"),
    "output": QT_TRANSLATE_NOOP("Labels", "Expected output"),
    "need": QT_TRANSLATE_NOOP("Labels", "Need"),
    "objectives": QT_TRANSLATE_NOOP("Labels", "Objectives"),
    "reference": QT_TRANSLATE_NOOP("Labels", "Reference"),
    "areas": QT_TRANSLATE_NOOP("Labels", "Areas"),
    "subjects": QT_TRANSLATE_NOOP("Labels", "Subjects"),
    "provider": QT_TRANSLATE_NOOP("Labels", "Provider"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "acronym": QT_TRANSLATE_NOOP("Labels", "Acronym"),
    "responsibilities": QT_TRANSLATE_NOOP("Labels", "Responsibilities"),
    "job_title": QT_TRANSLATE_NOOP("Labels", "Job title"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
}


def search_part(part: str) -> str:
    """The part of a record a search found the words in (app.search PART_NAMES), in the interface language."""
    return tr_label(SEARCH_PARTS.get(part, part))
