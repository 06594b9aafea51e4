"""Translatable names for the codes the domain uses (agency kinds, contact types, ...)."""

from __future__ import annotations

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
}

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Labels", "added"),
    "update": QT_TRANSLATE_NOOP("Labels", "changed"),
    "delete": QT_TRANSLATE_NOOP("Labels", "deleted"),
    "load": QT_TRANSLATE_NOOP("Labels", "loaded"),
    "upgrade": QT_TRANSLATE_NOOP("Labels", "upgraded"),
    "restore": QT_TRANSLATE_NOOP("Labels", "restored"),
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
    "in_use": QT_TRANSLATE_NOOP("Labels", "This law is still cited by matrix fields: remove those references first, or mark it repealed."),
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
