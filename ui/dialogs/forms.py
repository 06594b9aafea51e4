"""The forms for agencies, points of contact and the State profile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from app import action_plan, agencies, assistance, contacts, legal_instruments, state_profile, submissions
from app.action_plan import ACTION_STATUSES, OPERATIVE_PARAGRAPHS
from app.agencies import AGENCY_KINDS
from app.assistance import AREAS, ASSISTANCE_TYPES, CONSENT, PROVIDER_KINDS, WEAPON_SCOPES
from app.contacts import CONTACT_TYPES
from app.legal_instruments import INSTRUMENT_STATUSES, INSTRUMENT_TYPES
from app.matrix_search import MatrixQuery, search
from app.states import TRAINING_STATE_CODE, state_name
from ui import labels
from ui.dialogs.record_form import FormField, RecordFormDialog
from ui.i18n import isolate
from ui.session import Session
from ui.state_list import member_states_in_order
from ui.widgets.fit import fit_to_screen

translate = QCoreApplication.translate


def agency_fields() -> list[FormField]:
    return [
        FormField("name", translate("Forms", "Name"), required=True),
        FormField("acronym", translate("Forms", "Acronym")),
        FormField(
            "kind", translate("Forms", "Type"), "choice", [(code, labels.agency_kind(code)) for code in AGENCY_KINDS]
        ),
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
        FormField(
            "contact_type",
            translate("Forms", "Type of point of contact"),
            "choice",
            [(code, labels.contact_type(code)) for code in CONTACT_TYPES],
        ),
        FormField("name", translate("Forms", "Name"), required=True),
        FormField("title", translate("Forms", "Title or function")),
        FormField("agency_id", translate("Forms", "Agency"), "choice", agency_choices),
        FormField(
            "organisation",
            translate("Forms", "Other organisation"),
            placeholder=translate("Forms", "e.g. Permanent Mission in New York"),
        ),
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
        FormField(
            "instrument_type",
            translate("Forms", "Type"),
            "choice",
            [(code, labels.instrument_type(code)) for code in INSTRUMENT_TYPES],
        ),
        FormField("number", translate("Forms", "Number")),
        FormField("date_adopted", translate("Forms", "Date adopted"), "date"),
        FormField("date_in_force", translate("Forms", "Date of entry into force"), "date"),
        FormField("gazette_reference", translate("Forms", "Official gazette reference")),
        FormField(
            "link", translate("Forms", "Link or file"), placeholder=translate("Forms", "https://… or a file path")
        ),
        FormField(
            "status",
            translate("Forms", "Status"),
            "choice",
            [(code, labels.instrument_status(code)) for code in INSTRUMENT_STATUSES],
        ),
        FormField("notes", translate("Forms", "Notes"), "text"),
    ]


def profile_fields(state_choices: list[tuple[object, str]]) -> list[FormField]:
    return [
        FormField("state_code", translate("Forms", "State"), "choice", state_choices, required=True),
        FormField("focal_point_name", translate("Forms", "Focal point (name)")),
        FormField("focal_point_title", translate("Forms", "Focal point (title)")),
        FormField("first_report_date", translate("Forms", "Date of first national report"), "date"),
        FormField(
            "additional_reports",
            translate("Forms", "Dates of additional information"),
            placeholder=translate("Forms", "YYYY-MM-DD, YYYY-MM-DD, …"),
        ),
        FormField("committee_approval_date", translate("Forms", "Date of Committee approval of the matrix"), "date"),
        FormField("coordination_mechanism", translate("Forms", "National coordination mechanism"), "text"),
        FormField("notes", translate("Forms", "Notes"), "text"),
    ]


def _edit_record(
    session: Session,
    parent: QWidget,
    entity: str,
    record_id: int | None,
    values: dict,
    fields: list[FormField],
    titles: tuple[str, str],
    create,
    update,
    *,
    links: tuple[str, ...] = (),
    size: tuple[int, int] | None = None,
    **options,
) -> int | None:
    """Open a record's form; return the record's id when saved, None when cancelled.

    `links` names the form's lists of linked items (an action's supporting agencies and matrix fields, a
    request's beneficiary agencies and fields): they are passed to `create` / `update` after the values,
    in that order. `options` go to the dialog (a live checker, the field to focus).
    """

    def save(v: dict):
        linked = [v.pop(name) for name in links]
        if record_id:
            session.run(update, record_id, v, *linked)
            return record_id
        return session.run(create, v, *linked).id

    title = titles[0] if record_id else titles[1]
    dialog = RecordFormDialog(session, title, fields, values, f"{entity}:{record_id or 'new'}", save, parent, **options)
    if size:
        fit_to_screen(dialog, max(size[0], dialog.width()), size[1])
    return dialog.saved_result if dialog.exec() == QDialog.DialogCode.Accepted else None


def edit_agency(session: Session, parent: QWidget, agency_id: int | None = None) -> int | None:
    values = agencies.get_agency(session.workspace, agency_id) if agency_id else {"kind": "ministry"}
    titles = (translate("Forms", "Edit agency"), translate("Forms", "New agency"))
    return _edit_record(
        session,
        parent,
        "agency",
        agency_id,
        values,
        agency_fields(),
        titles,
        agencies.create_agency,
        agencies.update_agency,
    )


def edit_contact(
    session: Session, parent: QWidget, contact_id: int | None = None, agency_id: int | None = None
) -> int | None:
    ws = session.workspace
    values = contacts.get_contact(ws, contact_id) if contact_id else {"contact_type": "capital", "agency_id": agency_id}
    titles = (translate("Forms", "Edit point of contact"), translate("Forms", "New point of contact"))
    return _edit_record(
        session,
        parent,
        "point_of_contact",
        contact_id,
        values,
        contact_fields(agencies.list_agencies(ws)),
        titles,
        contacts.create_contact,
        contacts.update_contact,
    )


def edit_legal_instrument(session: Session, parent: QWidget, instrument_id: int | None = None) -> int | None:
    ws = session.workspace
    values = (
        legal_instruments.get_legal_instrument(ws, instrument_id)
        if instrument_id
        else {"instrument_type": "law", "status": "in_force"}
    )
    titles = (translate("Forms", "Edit law"), translate("Forms", "New law"))
    return _edit_record(
        session,
        parent,
        "legal_instrument",
        instrument_id,
        values,
        legal_instrument_fields(),
        titles,
        legal_instruments.create_legal_instrument,
        legal_instruments.update_legal_instrument,
    )


def edit_profile(session: Session, parent: QWidget, language: str = "en") -> bool:
    ws = session.workspace
    values = dict(state_profile.get_profile(ws) or {})
    values["additional_reports"] = ", ".join(r["submitted_on"] for r in state_profile.list_additional_reports(ws))
    choices = [(s.code, s.name) for s in member_states_in_order(language)]
    if values.get("state_code") == TRAINING_STATE_CODE:
        choices.insert(0, (TRAINING_STATE_CODE, state_name(TRAINING_STATE_CODE, language)))

    def save(v: dict):
        dates = state_profile.parse_report_dates(v.pop("additional_reports"))
        return session.run(state_profile.save_profile_and_report_dates, v, dates).value

    dialog = RecordFormDialog(
        session, translate("Forms", "State profile"), profile_fields(choices), values, "state_profile", save, parent
    )
    return dialog.exec() == QDialog.DialogCode.Accepted


# -- action plan --------------------------------------------------------------------------------
def plan_fields() -> list[FormField]:
    return [
        FormField("title", translate("Forms", "Title of the plan")),
        FormField("period_start", translate("Forms", "Period from"), "date"),
        FormField("period_end", translate("Forms", "Period to"), "date"),
        FormField("adopting_authority", translate("Forms", "Adopting authority")),
        FormField("adoption_decision", translate("Forms", "Decision adopting the plan")),
        FormField("coordination_mechanism", translate("Forms", "Coordination mechanism"), "text"),
        FormField("submitted_on", translate("Forms", "Date submitted to the Committee"), "date"),
        FormField(
            "review_dates",
            translate("Forms", "Review dates"),
            placeholder=translate("Forms", "YYYY-MM-DD, YYYY-MM-DD, …"),
        ),
        FormField("notes", translate("Forms", "Notes"), "text"),
    ]


def edit_plan(session: Session, parent: QWidget) -> bool:
    values = action_plan.working_plan(session.workspace)
    save = lambda v: session.run(action_plan.update_plan, v).value  # noqa: E731
    dialog = RecordFormDialog(
        session, translate("Forms", "Action plan"), plan_fields(), values, "action_plan", save, parent
    )
    return dialog.exec() == QDialog.DialogCode.Accepted


def edit_priority(session: Session, parent: QWidget, priority_id: int | None = None) -> int | None:
    ws = session.workspace
    values = action_plan.get_priority(ws, priority_id) if priority_id else {}
    fields = [
        FormField("title", translate("Forms", "Priority"), required=True),
        FormField("description", translate("Forms", "Description"), "text"),
    ]
    titles = (translate("Forms", "Edit priority"), translate("Forms", "New priority"))
    return _edit_record(
        session,
        parent,
        "plan_priority",
        priority_id,
        values,
        fields,
        titles,
        action_plan.create_priority,
        action_plan.update_priority,
    )


def _field_label(field: dict) -> str:
    where = f" — {field['weapon']} {field['aspect']}" if field["weapon"] else ""
    return f"{field['section']}.{field['number']} {field['row_label']}{where} [{field['value'] or '—'}]"


def action_fields(session: Session, language: str) -> list[FormField]:
    ws = session.workspace
    agency_rows = agencies.list_agencies(ws)
    return [
        FormField(
            "priority_id",
            translate("Forms", "Priority"),
            "choice",
            [(None, translate("Forms", "(none)"))] + [(p["id"], p["title"]) for p in action_plan.list_priorities(ws)],
        ),
        FormField("title", translate("Forms", "Action or project"), required=True),
        FormField("description", translate("Forms", "Description"), "text"),
        FormField(
            "operative_paragraphs",
            translate("Forms", "Operative paragraphs"),
            "codes",
            [(code, labels.operative_paragraph(code)) for code in OPERATIVE_PARAGRAPHS],
        ),
        FormField(
            "weapon_scope", translate("Forms", "Scope"), "codes", [(c, labels.weapon_scope(c)) for c in WEAPON_SCOPES]
        ),
        FormField(
            "lead_agency_id",
            translate("Forms", "Lead agency"),
            "choice",
            [(None, translate("Forms", "(none)"))] + [(a["id"], a["name"]) for a in agency_rows],
        ),
        FormField(
            "supporting",
            translate("Forms", "Supporting agencies"),
            "checklist",
            [(a["id"], a["name"]) for a in agency_rows],
        ),
        FormField(
            "fields",
            translate("Forms", "Matrix fields this action closes"),
            "checklist",
            [(f["key"], _field_label(f)) for f in search(ws, MatrixQuery(), language)],
        ),
        FormField("start_date", translate("Forms", "Start"), "date"),
        FormField("due_date", translate("Forms", "Due"), "date"),
        FormField(
            "status", translate("Forms", "Status"), "choice", [(c, labels.action_status(c)) for c in ACTION_STATUSES]
        ),
        FormField("progress", translate("Forms", "Progress"), "number"),
        FormField("expected_output", translate("Forms", "Expected output"), "text"),
        FormField("indicator", translate("Forms", "Indicator"), "text"),
        FormField("budget", translate("Forms", "Budget")),
        FormField("funding_source", translate("Forms", "Funding source")),
        FormField("assistance_needed", translate("Forms", "Assistance needed"), "flag"),
        FormField("notes", translate("Forms", "Notes"), "text"),
    ]


def edit_action(
    session: Session, parent: QWidget, language: str, action_id: int | None = None, priority_id: int | None = None
) -> int | None:
    ws = session.workspace
    values = action_plan.get_action(ws, action_id) if action_id else {"status": "planned", "priority_id": priority_id}
    titles = (translate("Forms", "Edit action"), translate("Forms", "New action"))
    return _edit_record(
        session,
        parent,
        "plan_action",
        action_id,
        values,
        action_fields(session, language),
        titles,
        action_plan.create_action,
        action_plan.update_action,
        links=("supporting", "fields"),
        size=(720, 640),
    )


# -- assistance ---------------------------------------------------------------------------------
def request_fields(session: Session, language: str) -> list[FormField]:
    ws = session.workspace
    agency_rows = agencies.list_agencies(ws)
    contact_rows = contacts.list_contacts(ws)
    names = {name: labels.request_field(name) for name in labels.REQUEST_FIELDS}

    def contact_label(c: dict) -> str:
        where = c["agency_name"] or c["organisation"]
        return f"{isolate(c['name'], auto=True)} — {isolate(where, auto=True)}" if where else c["name"]

    return [
        FormField("title", names["title"], required=True),
        FormField(
            "contact_id",
            names["contact_id"],
            "choice",
            [(None, translate("Forms", "(none)"))] + [(c["id"], contact_label(c)) for c in contact_rows],
        ),
        FormField("areas", names["areas"], "codes", [(c, labels.area(c)) for c in AREAS]),
        FormField("weapon_scope", names["weapon_scope"], "codes", [(c, labels.weapon_scope(c)) for c in WEAPON_SCOPES]),
        FormField(
            "assistance_types",
            names["assistance_types"],
            "codes",
            [(c, labels.assistance_type(c)) for c in ASSISTANCE_TYPES],
        ),
        FormField(
            "need_description",
            names["need_description"],
            "text",
            placeholder=translate(
                "Forms",
                "What exactly: which law or regulation, how many people to train and from which agencies, "
                "which equipment and how many units.",
            ),
        ),
        FormField(
            "current_situation",
            names["current_situation"],
            "text",
            placeholder=translate(
                "Forms",
                "What exists already: laws in force, institutions, equipment, trained staff; and what is missing.",
            ),
        ),
        FormField(
            "objectives",
            names["objectives"],
            "text",
            placeholder=translate("Forms", "What the assistance should achieve."),
        ),
        FormField(
            "expected_results",
            names["expected_results"],
            "text",
            placeholder=translate(
                "Forms", "Results that can be checked: a law adopted, 40 officers trained, 4 detectors installed."
            ),
        ),
        FormField("beneficiaries", names["beneficiaries"], "checklist", [(a["id"], a["name"]) for a in agency_rows]),
        FormField("timeframe_start", names["timeframe_start"], "date"),
        FormField("timeframe_end", names["timeframe_end"], "date"),
        FormField(
            "timeframe",
            names["timeframe"],
            placeholder=translate("Forms", "e.g. 3 missions of 5 days in the first half of 2027"),
        ),
        FormField(
            "estimated_resources",
            names["estimated_resources"],
            "text",
            placeholder=translate("Forms", "Experts and days, equipment, approximate cost, national contribution."),
        ),
        FormField(
            "assistance_received",
            names["assistance_received"],
            "text",
            placeholder=translate("Forms", "From whom, when, on what; write “None” if there is none."),
        ),
        FormField("preferred_providers", names["preferred_providers"], "text"),
        FormField(
            "consent_to_publication",
            names["consent_to_publication"],
            "choice",
            [(c, labels.consent(c)) for c in CONSENT],
        ),
        FormField(
            "action_id",
            names["action_id"],
            "choice",
            [(None, translate("Forms", "(none)"))] + [(a["id"], a["title"]) for a in action_plan.list_actions(ws)],
        ),
        FormField(
            "fields",
            names["fields"],
            "checklist",
            [(f["key"], _field_label(f)) for f in search(ws, MatrixQuery(), language)],
        ),
        FormField("request_date", names["request_date"], "date"),
        FormField("note_verbale_reference", names["note_verbale_reference"]),
        FormField("notes", names["notes"], "text"),
    ]


def request_checker(session: Session):
    """The completeness check, worded in the user's language, for the form's live list."""

    def check(values: dict) -> list[tuple[str, str]]:
        return [
            (g.field, labels.gap_message(g.field, g.code, g.detail))
            for g in assistance.completeness(session.workspace, values)
        ]

    return check


def edit_request(
    session: Session, parent: QWidget, language: str, request_id: int | None = None, focus: str | None = None
) -> int | None:
    """The request form, with the live list of what is still missing; return the id when saved."""
    ws = session.workspace
    values = assistance.get_request(ws, request_id) if request_id else {"consent_to_publication": ""}
    titles = (translate("Forms", "Edit assistance request"), translate("Forms", "New assistance request"))
    return _edit_record(
        session,
        parent,
        "assistance_request",
        request_id,
        values,
        request_fields(session, language),
        titles,
        assistance.create_request,
        assistance.update_request,
        links=("beneficiaries", "fields"),
        size=(900, 640),
        checker=request_checker(session),
        focus=focus,
    )


def request_from_action(session: Session, parent: QWidget, language: str, action_id: int) -> int:
    """Start a request from an action of the plan and open its form on the first thing it still lacks."""
    request_id = session.run(assistance.create_from_action, action_id).id
    gaps = assistance.request_gaps(session.workspace, request_id)
    edit_request(session, parent, language, request_id, focus=gaps[0].field if gaps else None)
    return request_id


def provider_fields() -> list[FormField]:
    return [
        FormField("name", translate("Forms", "Name"), required=True),
        FormField("kind", translate("Forms", "Type"), "choice", [(c, labels.provider_kind(c)) for c in PROVIDER_KINDS]),
        FormField("contact_name", translate("Forms", "Contact person or office")),
        FormField("email", translate("Forms", "E-mail")),
        FormField("phone", translate("Forms", "Phone")),
        FormField("website", translate("Forms", "Web site")),
        FormField("notes", translate("Forms", "Notes"), "text"),
    ]


def edit_provider(session: Session, parent: QWidget, provider_id: int | None = None) -> int | None:
    values = assistance.get_provider(session.workspace, provider_id) if provider_id else {"kind": "state"}
    titles = (translate("Forms", "Edit provider"), translate("Forms", "New provider"))
    return _edit_record(
        session,
        parent,
        "assistance_provider",
        provider_id,
        values,
        provider_fields(),
        titles,
        assistance.create_provider,
        assistance.update_provider,
    )


def offer_fields(session: Session) -> list[FormField]:
    providers = assistance.list_providers(session.workspace)
    return [
        FormField(
            "provider_id",
            translate("Forms", "Provider"),
            "choice",
            [(None, translate("Forms", "(none)"))] + [(p["id"], p["name"]) for p in providers],
            required=True,
        ),
        FormField("title", translate("Forms", "Offer"), required=True),
        FormField(
            "assistance_types",
            translate("Forms", "Type of assistance"),
            "codes",
            [(c, labels.assistance_type(c)) for c in ASSISTANCE_TYPES],
        ),
        FormField(
            "weapon_scope", translate("Forms", "Scope"), "codes", [(c, labels.weapon_scope(c)) for c in WEAPON_SCOPES]
        ),
        FormField("areas", translate("Forms", "Areas"), "codes", [(c, labels.area(c)) for c in AREAS]),
        FormField(
            "regions",
            translate("Forms", "Regions"),
            placeholder=translate("Forms", "e.g. Africa; Central Asia; global"),
        ),
        FormField("subjects", translate("Forms", "Subjects"), "text"),
        FormField("contact", translate("Forms", "Contact for the offer"), "text"),
        FormField("published_on", translate("Forms", "Date published"), "date"),
        FormField("notes", translate("Forms", "Notes"), "text"),
    ]


def edit_offer(
    session: Session, parent: QWidget, offer_id: int | None = None, provider_id: int | None = None
) -> int | None:
    values = assistance.get_offer(session.workspace, offer_id) if offer_id else {"provider_id": provider_id}
    titles = (translate("Forms", "Edit offer"), translate("Forms", "New offer"))
    return _edit_record(
        session,
        parent,
        "assistance_offer",
        offer_id,
        values,
        offer_fields(session),
        titles,
        assistance.create_offer,
        assistance.update_offer,
    )


# -- the national report's own text -------------------------------------------------------------
def report_text_fields() -> list[FormField]:
    return [
        FormField(
            "report_type",
            translate("Forms", "Type of report"),
            "choice",
            [
                ("first", translate("Forms", "First national report")),
                ("additional", translate("Forms", "Additional information (a later report)")),
            ],
        ),
        FormField(
            "reference",
            translate("Forms", "Note verbale reference"),
            placeholder=translate("Forms", "the reference of the covering note verbale"),
        ),
        FormField("report_date", translate("Forms", "Date of the report"), "date"),
        FormField(
            "committee_note_reference",
            translate("Forms", "Committee's note answered: reference"),
            placeholder=translate("Forms", "if the report answers a note of the Committee; the covering note cites it"),
        ),
        FormField("committee_note_date", translate("Forms", "Committee's note answered: date"), "date"),
        FormField(
            "national_context",
            translate("Forms", "National context (introduction)"),
            "text",
            placeholder=translate(
                "Forms", "Leave an empty line between paragraphs; each becomes a numbered paragraph."
            ),
        ),
        FormField(
            "other_measures",
            translate("Forms", "Other measures (OP 6 to 10)"),
            "text",
            placeholder=translate(
                "Forms", "Control lists, outreach, cooperation… Leave an empty line between paragraphs."
            ),
        ),
    ]


def edit_report_text(session: Session, parent: QWidget) -> bool:
    """The report's covering note and introduction; True when saved."""
    values = submissions.report_settings(session.workspace)
    save = lambda v: session.run(submissions.save_report_settings, v).value  # noqa: E731
    dialog = RecordFormDialog(
        session,
        translate("Forms", "Text of the national report"),
        report_text_fields(),
        values,
        "report_settings",
        save,
        parent,
    )
    fit_to_screen(dialog, 720, 640)
    return dialog.exec() == QDialog.DialogCode.Accepted
