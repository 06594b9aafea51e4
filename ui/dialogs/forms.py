"""The forms for agencies, points of contact and the State profile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from app import agencies, contacts, state_profile
from app.agencies import AGENCY_KINDS
from app.contacts import CONTACT_TYPES
from ui import labels
from ui.dialogs.record_form import FormField, RecordFormDialog
from ui.session import Session


def _t(text: str) -> str:
    return QCoreApplication.translate("Forms", text)


def agency_fields() -> list[FormField]:
    return [
        FormField("name", _t("Name"), required=True),
        FormField("acronym", _t("Acronym")),
        FormField("kind", _t("Type"), "choice", [(code, labels.agency_kind(code)) for code in AGENCY_KINDS]),
        FormField("parent", _t("Ministry or parent body")),
        FormField("responsibilities", _t("Responsibilities under resolution 1540"), "text"),
        FormField("address", _t("Address"), "text"),
        FormField("phone", _t("Phone")),
        FormField("email", _t("E-mail")),
        FormField("website", _t("Web site")),
        FormField("notes", _t("Notes"), "text"),
    ]


def contact_fields(agency_rows: list[dict]) -> list[FormField]:
    agency_choices = [(None, _t("(none)"))] + [(a["id"], a["name"]) for a in agency_rows]
    return [
        FormField("contact_type", _t("Type of point of contact"), "choice",
                  [(code, labels.contact_type(code)) for code in CONTACT_TYPES]),
        FormField("name", _t("Name"), required=True),
        FormField("title", _t("Title or function")),
        FormField("agency_id", _t("Agency"), "choice", agency_choices),
        FormField("organisation", _t("Other organisation"), placeholder=_t("e.g. Permanent Mission in New York")),
        FormField("address", _t("Address"), "text"),
        FormField("phone", _t("Phone")),
        FormField("email", _t("E-mail")),
        FormField("languages", _t("Working languages"), "languages"),
        FormField("date_notified", _t("Date notified to the Committee"), "date"),
        FormField("date_last_confirmed", _t("Date last confirmed"), "date"),
        FormField("training_attended", _t("Training attended"), "text"),
        FormField("notes", _t("Notes"), "text"),
    ]


def profile_fields() -> list[FormField]:
    return [
        FormField("focal_point_name", _t("Focal point (name)")),
        FormField("focal_point_title", _t("Focal point (title)")),
        FormField("first_report_date", _t("Date of first national report"), "date"),
        FormField("committee_approval_date", _t("Date of Committee approval of the matrix"), "date"),
        FormField("coordination_mechanism", _t("National coordination mechanism"), "text"),
        FormField("notes", _t("Notes"), "text"),
    ]


def edit_agency(session: Session, parent: QWidget, agency_id: int | None = None) -> int | None:
    """Open the agency form; return the agency's id when saved, None when cancelled."""
    ws = session.workspace
    values = agencies.get_agency(ws, agency_id) if agency_id else {"kind": "ministry"}
    if agency_id:
        save = lambda v: session.apply("agency", agencies.update_agency, agency_id, v) or agency_id  # noqa: E731
        title = _t("Edit agency")
    else:
        save = lambda v: session.apply("agency", agencies.create_agency, v)  # noqa: E731
        title = _t("New agency")
    dialog = RecordFormDialog(session, title, agency_fields(), values, f"agency:{agency_id or 'new'}", save, parent)
    return dialog.saved_result if dialog.exec() == QDialog.DialogCode.Accepted else None


def edit_contact(session: Session, parent: QWidget, contact_id: int | None = None, agency_id: int | None = None) -> int | None:
    ws = session.workspace
    values = contacts.get_contact(ws, contact_id) if contact_id else {"contact_type": "capital", "agency_id": agency_id}
    if contact_id:
        save = lambda v: session.apply("point_of_contact", contacts.update_contact, contact_id, v) or contact_id  # noqa: E731
        title = _t("Edit point of contact")
    else:
        save = lambda v: session.apply("point_of_contact", contacts.create_contact, v)  # noqa: E731
        title = _t("New point of contact")
    fields = contact_fields(agencies.list_agencies(ws))
    dialog = RecordFormDialog(session, title, fields, values, f"contact:{contact_id or 'new'}", save, parent)
    return dialog.saved_result if dialog.exec() == QDialog.DialogCode.Accepted else None


def edit_profile(session: Session, parent: QWidget) -> bool:
    values = state_profile.get_profile(session.workspace) or {}
    save = lambda v: session.apply("state_profile", state_profile.save_profile, v)  # noqa: E731
    dialog = RecordFormDialog(session, _t("State profile"), profile_fields(), values, "state_profile", save, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
