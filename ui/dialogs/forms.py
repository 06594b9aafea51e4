"""The forms for agencies, points of contact and the State profile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from app import agencies, contacts, legal_instruments, state_profile
from app.agencies import AGENCY_KINDS
from app.contacts import CONTACT_TYPES
from app.legal_instruments import INSTRUMENT_STATUSES, INSTRUMENT_TYPES
from app.states import TRAINING_STATE_CODE, member_states, state_name
from ui import labels
from ui.dialogs.record_form import FormField, RecordFormDialog
from ui.session import Session

translate = QCoreApplication.translate


def agency_fields() -> list[FormField]:
    return [
        FormField("name", translate("Forms", "Name"), required=True),
        FormField("acronym", translate("Forms", "Acronym")),
        FormField("kind", translate("Forms", "Type"), "choice", [(code, labels.agency_kind(code)) for code in AGENCY_KINDS]),
        FormField("parent", translate("Forms", "Ministry or parent body")),
        FormField("responsibilities", translate("Forms", "Responsibilities under resolution 1540"), "text"),
        FormField("address", translate("Forms", "Address"), "text"),
        FormField("phone", translate("Forms", "Phone")),
        FormField("email", translate("Forms", "E-mail")),
        FormField("website", translate("Forms", "Web site")),
        FormField("notes", translate("Forms", "Notes"), "text"),
    ]


def contact_fields(agency_rows: list[dict]) -> list[FormField]:
    agency_choices = [(None, translate("Forms", "(none)"))] + [(a["id"], a["name"]) for a in agency_rows]
    return [
        FormField("contact_type", translate("Forms", "Type of point of contact"), "choice",
                  [(code, labels.contact_type(code)) for code in CONTACT_TYPES]),
        FormField("name", translate("Forms", "Name"), required=True),
        FormField("title", translate("Forms", "Title or function")),
        FormField("agency_id", translate("Forms", "Agency"), "choice", agency_choices),
        FormField("organisation", translate("Forms", "Other organisation"), placeholder=translate("Forms", "e.g. Permanent Mission in New York")),
        FormField("address", translate("Forms", "Address"), "text"),
        FormField("phone", translate("Forms", "Phone")),
        FormField("email", translate("Forms", "E-mail")),
        FormField("languages", translate("Forms", "Working languages"), "languages"),
        FormField("date_notified", translate("Forms", "Date notified to the Committee"), "date"),
        FormField("date_last_confirmed", translate("Forms", "Date last confirmed"), "date"),
        FormField("training_attended", translate("Forms", "Training attended"), "text"),
        FormField("notes", translate("Forms", "Notes"), "text"),
    ]


def legal_instrument_fields() -> list[FormField]:
    return [
        FormField("title_original", translate("Forms", "Title (original language)"), required=True),
        FormField("title_en", translate("Forms", "Title in English")),
        FormField("instrument_type", translate("Forms", "Type"), "choice",
                  [(code, labels.instrument_type(code)) for code in INSTRUMENT_TYPES]),
        FormField("number", translate("Forms", "Number")),
        FormField("date_adopted", translate("Forms", "Date adopted"), "date"),
        FormField("date_in_force", translate("Forms", "Date of entry into force"), "date"),
        FormField("gazette_reference", translate("Forms", "Official gazette reference")),
        FormField("link", translate("Forms", "Link or file"), placeholder=translate("Forms", "https://… or a file path")),
        FormField("status", translate("Forms", "Status"), "choice",
                  [(code, labels.instrument_status(code)) for code in INSTRUMENT_STATUSES]),
        FormField("notes", translate("Forms", "Notes"), "text"),
    ]


def profile_fields(state_choices: list[tuple[object, str]]) -> list[FormField]:
    return [
        FormField("state_code", translate("Forms", "State"), "choice", state_choices, required=True),
        FormField("focal_point_name", translate("Forms", "Focal point (name)")),
        FormField("focal_point_title", translate("Forms", "Focal point (title)")),
        FormField("first_report_date", translate("Forms", "Date of first national report"), "date"),
        FormField("additional_reports", translate("Forms", "Dates of additional information"),
                  placeholder=translate("Forms", "YYYY-MM-DD, YYYY-MM-DD, …")),
        FormField("committee_approval_date", translate("Forms", "Date of Committee approval of the matrix"), "date"),
        FormField("coordination_mechanism", translate("Forms", "National coordination mechanism"), "text"),
        FormField("notes", translate("Forms", "Notes"), "text"),
    ]


def _edit_record(session: Session, parent: QWidget, entity: str, record_id: int | None, values: dict,
                 fields: list[FormField], titles: tuple[str, str], create, update) -> int | None:
    """Open a record's form; return the record's id when saved, None when cancelled."""
    if record_id:
        save = lambda v: session.apply(entity, update, record_id, v) or record_id  # noqa: E731
    else:
        save = lambda v: session.apply(entity, create, v)  # noqa: E731
    title = titles[0] if record_id else titles[1]
    dialog = RecordFormDialog(session, title, fields, values, f"{entity}:{record_id or 'new'}", save, parent)
    return dialog.saved_result if dialog.exec() == QDialog.DialogCode.Accepted else None


def edit_agency(session: Session, parent: QWidget, agency_id: int | None = None) -> int | None:
    values = agencies.get_agency(session.workspace, agency_id) if agency_id else {"kind": "ministry"}
    titles = (translate("Forms", "Edit agency"), translate("Forms", "New agency"))
    return _edit_record(session, parent, "agency", agency_id, values, agency_fields(), titles,
                        agencies.create_agency, agencies.update_agency)


def edit_contact(session: Session, parent: QWidget, contact_id: int | None = None, agency_id: int | None = None) -> int | None:
    ws = session.workspace
    values = contacts.get_contact(ws, contact_id) if contact_id else {"contact_type": "capital", "agency_id": agency_id}
    titles = (translate("Forms", "Edit point of contact"), translate("Forms", "New point of contact"))
    return _edit_record(session, parent, "point_of_contact", contact_id, values, contact_fields(agencies.list_agencies(ws)),
                        titles, contacts.create_contact, contacts.update_contact)


def edit_legal_instrument(session: Session, parent: QWidget, instrument_id: int | None = None) -> int | None:
    ws = session.workspace
    values = legal_instruments.get_legal_instrument(ws, instrument_id) if instrument_id else {
        "instrument_type": "law", "status": "in_force"}
    titles = (translate("Forms", "Edit law"), translate("Forms", "New law"))
    return _edit_record(session, parent, "legal_instrument", instrument_id, values, legal_instrument_fields(), titles,
                        legal_instruments.create_legal_instrument, legal_instruments.update_legal_instrument)


def edit_profile(session: Session, parent: QWidget, language: str = "en") -> bool:
    ws = session.workspace
    values = dict(state_profile.get_profile(ws) or {})
    values["additional_reports"] = ", ".join(r["submitted_on"] for r in state_profile.list_additional_reports(ws))
    choices = [(s.code, s.name) for s in member_states(language)]
    if values.get("state_code") == TRAINING_STATE_CODE:
        choices.insert(0, (TRAINING_STATE_CODE, state_name(TRAINING_STATE_CODE, language)))

    def save(v: dict):
        dates = state_profile.parse_report_dates(v.pop("additional_reports"))
        return session.apply("state_profile", state_profile.save_profile_and_report_dates, v, dates)

    dialog = RecordFormDialog(session, translate("Forms", "State profile"), profile_fields(choices), values,
                              "state_profile", save, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
