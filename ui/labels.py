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
        "Labels", "Choose the scope: nuclear, chemical, biological, means of delivery or cross-cutting."),
    "assistance_types": QT_TRANSLATE_NOOP(
        "Labels", "Choose the type of assistance (legislative drafting, expert advice, training…)."),
    "need_description": QT_TRANSLATE_NOOP(
        "Labels", "Describe exactly what is needed: which text, how many people, which equipment."),
    "current_situation": QT_TRANSLATE_NOOP(
        "Labels", "Describe what exists already: laws, institutions, equipment, trained staff."),
    "objectives": QT_TRANSLATE_NOOP("Labels", "State the objectives of the assistance."),
    "expected_results": QT_TRANSLATE_NOOP("Labels", "State the results expected at the end of the assistance."),
    "beneficiaries": QT_TRANSLATE_NOOP("Labels", "Name the beneficiary agencies: for whom the assistance is."),
    "timeframe": QT_TRANSLATE_NOOP("Labels", "Give the timeframe: start and end dates, or how long."),
    "estimated_resources": QT_TRANSLATE_NOOP("Labels", "Estimate the resources: experts, days, equipment, cost."),
    "assistance_received": QT_TRANSLATE_NOOP(
        "Labels", "Say what assistance was received or is under way (write “None” if there is none)."),
    "consent_to_publication": QT_TRANSLATE_NOOP("Labels", "Say whether the Committee may publish a summary of the request."),
}

GAP_CODES = {
    "too_short": QT_TRANSLATE_NOOP("Labels", "At least %1 words are expected."),
    "vague": QT_TRANSLATE_NOOP("Labels", "Replace “%1” with specifics."),
    "no_figures": QT_TRANSLATE_NOOP("Labels", "Give figures: how many people, sessions, texts, items or days."),
    "several_areas": QT_TRANSLATE_NOOP("Labels", "The Committee asks for one request per subject area: keep one area here and "
                                                 "make another request for the others."),
    "contact_unreachable": QT_TRANSLATE_NOOP("Labels", "The point of contact has neither a phone number nor an e-mail address."),
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
        "Labels", "This law is still cited by matrix fields: remove those references first, or mark it repealed."),
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


def codes(text: str, name) -> str:
    """A comma-separated list of codes in words: "OP3c,OP3d" -> "OP 3 (c) …, OP 3 (d) …"."""
    return ", ".join(name(code) for code in (text or "").split(",") if code)


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
