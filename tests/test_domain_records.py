"""Domain operations a focal point performs: agencies, contacts, laws, State profile, matrix answers."""

from __future__ import annotations

import threading

import pytest

from app import agencies, audit, contacts, legal_instruments, matrix, state_profile
from app.errors import NotFoundError, UserError, ValidationError
from app.workspace import Workspace

HARD_TEXTS = [
    "=SUM(A1:A3)+1",
    "+33 1 23 45 67 89",
    "@ministry_examplia",
    "-1 licence refused",
    "<b>bold</b> & <script>alert('x')</script> &amp; a < b > c",
    "يعاقب القانون على تمويل انتشار الأسلحة",
    "该条款涵盖核材料的实物保护",
    "Перечень контролируемых товаров",
    "✅ Confirmed 📎 🇺🇳 👩🏽‍⚖️",
    "Line one\nLine two\n\n\tindented; quotes ' \" ` and backslash \\ and NUL-free",
    "Robert'); DROP TABLE agency;--",
]


def _count(ws, table: str) -> int:
    return ws.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def france(workspace):
    state_profile.save_profile(workspace, {"state_code": "FRA", "focal_point_name": "Jeanne Martin"})
    return workspace


# --- agencies ------------------------------------------------------------------------------------


def test_agency_create_update_delete_are_audited_with_the_focal_point_name(france):
    ws = france
    agency_id = agencies.create_agency(
        ws, {"name": "Ministère des Armées", "kind": "defence", "acronym": "MINARM"}
    ).value
    assert agencies.get_agency(ws, agency_id)["kind"] == "defence"

    changes = agencies.update_agency(ws, agency_id, {"acronym": "MINDEF", "email": "contact@defense.example"}).value
    assert changes == {"acronym": ["MINARM", "MINDEF"], "email": ["", "contact@defense.example"]}
    assert agencies.get_agency(ws, agency_id)["acronym"] == "MINDEF"

    agencies.delete_agency(ws, agency_id)
    with pytest.raises(NotFoundError, match=r"^No agency with id \d+\.$"):
        agencies.get_agency(ws, agency_id)

    entries = audit.history(ws.db, "agency", agency_id)
    assert [e["action"] for e in entries] == ["delete", "update", "create"]
    assert {e["actor"] for e in entries} == {"Jeanne Martin"}
    assert {e["source"] for e in entries} == {"gui"}
    assert entries[2]["changes"]["name"] == [None, "Ministère des Armées"]
    assert entries[1]["changes"] == {"acronym": ["MINARM", "MINDEF"], "email": ["", "contact@defense.example"]}
    assert entries[0]["changes"]["acronym"] == ["MINDEF", None]  # what the deleted record held
    assert entries[0]["summary"] == "Ministère des Armées"


def test_update_without_change_writes_nothing(france):
    agency_id = agencies.create_agency(france, {"name": "Customs"}).value
    before = _count(france, "audit_log")
    assert agencies.update_agency(france, agency_id, {"name": "Customs"}).value == {}
    assert _count(france, "audit_log") == before


def test_actor_is_the_os_user_before_the_profile_exists(workspace, monkeypatch):
    monkeypatch.setattr("app.workspace.getpass.getuser", lambda: "local-user")
    agency_id = agencies.create_agency(workspace, {"name": "Customs"}).value
    assert audit.history(workspace.db, "agency", agency_id)[0]["actor"] == "local-user"


def test_duplicate_agency_name_is_refused(france):
    agencies.create_agency(france, {"name": "National Customs Service"})
    before = (_count(france, "agency"), _count(france, "audit_log"))
    with pytest.raises(ValidationError) as caught:
        agencies.create_agency(france, {"name": "  national customs SERVICE "})
    assert caught.value.code == "duplicate"
    assert caught.value.field == "name"
    assert (_count(france, "agency"), _count(france, "audit_log")) == before


@pytest.mark.parametrize(
    "existing, typed",
    [
        ("Министерство обороны", "МИНИСТЕРСТВО ОБОРОНЫ"),
        ("Électricité nationale", "ÉLECTRICITÉ NATIONALE"),
        ("Agence de sûreté nucléaire", "AGENCE DE SÛRETÉ NUCLÉAIRE"),
        ("Ελληνική Επιτροπή Ατομικής Ενέργειας", "ΕΛΛΗΝΙΚΉ ΕΠΙΤΡΟΠΉ ΑΤΟΜΙΚΉΣ ΕΝΈΡΓΕΙΑΣ"),
    ],
    ids=["cyrillic", "french-initial-accent", "french-accents", "greek"],
)
def test_duplicate_agency_name_is_refused_whatever_the_alphabet(france, existing, typed):
    """Agency names are unique ignoring case (create_agency's contract) in every alphabet, not only ASCII."""
    agencies.create_agency(france, {"name": existing})
    with pytest.raises(ValidationError) as caught:
        agencies.create_agency(france, {"name": typed})
    assert caught.value.code == "duplicate"
    assert [a["name"] for a in agencies.list_agencies(france)] == [existing]


def test_renaming_an_agency_to_an_existing_name_is_refused(france):
    agencies.create_agency(france, {"name": "Ministry of Health"})
    other = agencies.create_agency(france, {"name": "Ministry of Trade"}).value
    with pytest.raises(ValidationError) as caught:
        agencies.update_agency(france, other, {"name": "MINISTRY OF HEALTH"})
    assert caught.value.code == "duplicate"
    assert agencies.get_agency(france, other)["name"] == "Ministry of Trade"
    # Changing only the case of its own name is allowed.
    agencies.update_agency(france, other, {"name": "Ministry of trade"})
    assert agencies.get_agency(france, other)["name"] == "Ministry of trade"


@pytest.mark.parametrize(
    "values, field, code",
    [
        ({"name": "Customs", "email": "not an address"}, "email", "invalid_email"),
        ({"name": "Customs", "email": "customs@"}, "email", "invalid_email"),
        ({"name": "Customs", "kind": "navy"}, "kind", "invalid_choice"),
        ({"name": "   "}, "name", "required"),
        ({"acronym": "C"}, "name", "required"),
        ({"name": "x" * 301}, "name", "too_long"),
        ({"name": "Customs", "colour": "red"}, "colour", "unknown_field"),
    ],
)
def test_invalid_agency_is_refused_and_nothing_written(france, values, field, code):
    before = (_count(france, "agency"), _count(france, "audit_log"))
    with pytest.raises(ValidationError) as caught:
        agencies.create_agency(france, values)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert str(caught.value)  # a message for the user
    assert (_count(france, "agency"), _count(france, "audit_log")) == before


def test_invalid_update_leaves_the_record_unchanged(france):
    agency_id = agencies.create_agency(france, {"name": "Customs", "email": "a@b.example"}).value
    before = agencies.get_agency(france, agency_id)
    with pytest.raises(ValidationError) as caught:
        agencies.update_agency(france, agency_id, {"acronym": "DGDDI", "email": "broken"})
    assert caught.value.code == "invalid_email"
    assert agencies.get_agency(france, agency_id) == before


def test_updating_a_deleted_agency_says_not_found(france):
    agency_id = agencies.create_agency(france, {"name": "Customs"}).value
    agencies.delete_agency(france, agency_id)
    with pytest.raises(NotFoundError, match=r"^No agency with id \d+\.$"):
        agencies.update_agency(france, agency_id, {"acronym": "C"})
    with pytest.raises(NotFoundError, match=r"^No agency with id \d+\.$"):
        agencies.delete_agency(france, agency_id)


def test_deleting_an_agency_keeps_its_contacts_and_answers(france):
    ws = france
    agency_id = agencies.create_agency(ws, {"name": "Autorité de sûreté nucléaire", "acronym": "ASN"}).value
    kept = agencies.create_agency(ws, {"name": "Douanes"}).value
    first = contacts.create_contact(ws, {"name": "Paul Girard", "agency_id": agency_id}).value
    second = contacts.create_contact(
        ws, {"name": "Amina Benali", "agency_id": agency_id, "email": "a@asn.example"}
    ).value
    third = contacts.create_contact(ws, {"name": "Jean Roux", "agency_id": kept}).value
    matrix.set_answer(ws, "OP1.npt", {"value": "X", "responsible_agency_id": agency_id})
    assert agencies.agency_usage(ws, agency_id) == {"contacts": 2, "matrix_fields": 1}

    agencies.delete_agency(ws, agency_id)

    for contact_id in (first, second):
        contact = contacts.get_contact(ws, contact_id)
        assert contact["agency_id"] is None
    assert contacts.get_contact(ws, second)["email"] == "a@asn.example"
    assert contacts.get_contact(ws, third)["agency_id"] == kept
    answer = matrix.get_answer(ws, "OP1.npt")
    assert (answer["value"], answer["responsible_agency_id"]) == ("X", None)


def test_agencies_are_listed_by_name_ignoring_case(france):
    for name in ("ministry of trade", "Customs", "Autorité de sûreté", "Bureau"):
        agencies.create_agency(france, {"name": name})
    assert [a["name"] for a in agencies.list_agencies(france)] == [
        "Autorité de sûreté",
        "Bureau",
        "Customs",
        "ministry of trade",
    ]


# --- points of contact ---------------------------------------------------------------------------


def test_contact_languages_are_normalised(france):
    contact_id = contacts.create_contact(france, {"name": "Léa Dubois", "languages": " FR; en ,Ar, fr "}).value
    assert contacts.get_contact(france, contact_id)["languages"] == "fr,en,ar"
    contacts.update_contact(france, contact_id, {"languages": ["ZH", "ru"]})
    assert contacts.get_contact(france, contact_id)["languages"] == "zh,ru"


def test_contact_with_unknown_language_is_refused(france):
    with pytest.raises(ValidationError) as caught:
        contacts.create_contact(france, {"name": "Léa Dubois", "languages": "fr, de"})
    assert (caught.value.field, caught.value.code) == ("languages", "invalid_choice")
    assert _count(france, "point_of_contact") == 0


@pytest.mark.parametrize("value", ["2024-13-01", "2024-02-30", "17/05/2022", "yesterday"])
def test_contact_with_invalid_date_is_refused(france, value):
    before = _count(france, "audit_log")
    with pytest.raises(ValidationError) as caught:
        contacts.create_contact(france, {"name": "Léa Dubois", "date_notified": value})
    assert (caught.value.field, caught.value.code) == ("date_notified", "invalid_date")
    assert _count(france, "point_of_contact") == 0
    assert _count(france, "audit_log") == before


def test_contact_dates_are_stored_as_iso(france):
    contact_id = contacts.create_contact(
        france, {"name": "Léa Dubois", "date_notified": " 2022-05-17 ", "date_last_confirmed": ""}
    ).value
    contact = contacts.get_contact(france, contact_id)
    assert contact["date_notified"] == "2022-05-17"
    assert contact["date_last_confirmed"] is None


def test_contact_with_invalid_email_or_missing_agency_is_refused(france):
    with pytest.raises(ValidationError) as caught:
        contacts.create_contact(france, {"name": "Léa Dubois", "email": "lea.dubois"})
    assert caught.value.code == "invalid_email"
    with pytest.raises(ValidationError) as caught:
        contacts.create_contact(france, {"name": "Léa Dubois", "agency_id": 12345})
    assert (caught.value.field, caught.value.code) == ("agency_id", "invalid_choice")
    assert _count(france, "point_of_contact") == 0


def test_contacts_show_their_agency_name(france):
    agency_id = agencies.create_agency(france, {"name": "Douanes"}).value
    contacts.create_contact(france, {"name": "Jean Roux", "agency_id": agency_id})
    contacts.create_contact(france, {"name": "Anne Petit", "contact_type": "mission"})
    rows = {c["name"]: c for c in contacts.list_contacts(france)}
    assert rows["Jean Roux"]["agency_name"] == "Douanes"
    assert rows["Anne Petit"]["agency_name"] == ""
    assert [c["name"] for c in contacts.list_contacts(france, agency_id)] == ["Jean Roux"]


# --- laws ----------------------------------------------------------------------------------------


def test_legal_instrument_defaults_and_validation(france):
    law_id = legal_instruments.create_legal_instrument(
        france, {"title_original": "Loi n° 2013-15 relative aux armes chimiques", "date_adopted": "2013-06-12"}
    ).value
    (law,) = legal_instruments.list_legal_instruments(france)
    assert (law["id"], law["instrument_type"], law["status"], law["date_adopted"]) == (
        law_id,
        "law",
        "in_force",
        "2013-06-12",
    )
    with pytest.raises(ValidationError) as caught:
        legal_instruments.create_legal_instrument(france, {"title_original": "Décret", "date_in_force": "2013-6-1x"})
    assert caught.value.code == "invalid_date"
    with pytest.raises(ValidationError) as caught:
        legal_instruments.update_legal_instrument(france, law_id, {"status": "abolished"})
    assert caught.value.code == "invalid_choice"
    assert len(legal_instruments.list_legal_instruments(france)) == 1


# --- State profile -------------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["XYZ", "TWN", "XEX", "FR", "EU"])
def test_profile_refuses_codes_that_are_not_un_member_states(workspace, code):
    with pytest.raises(ValidationError) as caught:
        state_profile.save_profile(workspace, {"state_code": code})
    assert (caught.value.field, caught.value.code) == ("state_code", "invalid_choice")
    assert state_profile.get_profile(workspace) is None
    assert not state_profile.is_set_up(workspace)


def test_profile_accepts_a_member_state_and_records_it(workspace):
    changes = state_profile.save_profile(
        workspace, {"state_code": "fra", "focal_point_name": "Jeanne Martin", "first_report_date": "2004-10-28"}
    ).value
    assert changes["state_code"] == [None, "FRA"]
    profile = state_profile.get_profile(workspace)
    assert (profile["state_code"], profile["focal_point_name"], profile["is_training"]) == ("FRA", "Jeanne Martin", 0)
    assert profile["first_report_date"] == "2004-10-28"
    assert audit.history(workspace.db, "state_profile")[0]["action"] == "create"

    state_profile.save_profile(workspace, {"focal_point_name": "Marc Leroy"})
    assert state_profile.get_profile(workspace)["state_code"] == "FRA"
    assert workspace.actor.name == "Marc Leroy"
    with pytest.raises(ValidationError, match=r"^'XEX' is not a UN Member State\.$"):
        state_profile.save_profile(workspace, {"state_code": "XEX"})  # a real State cannot become training
    assert state_profile.get_profile(workspace)["state_code"] == "FRA"


def test_profile_refuses_bad_date(workspace):
    with pytest.raises(ValidationError) as caught:
        state_profile.save_profile(workspace, {"state_code": "FRA", "committee_approval_date": "2020-02-31"})
    assert caught.value.code == "invalid_date"
    assert state_profile.get_profile(workspace) is None


def test_additional_reports_require_a_date(france):
    with pytest.raises(ValidationError) as caught:
        state_profile.add_additional_report(france, {"reference": "S/AC.44/2009/1"})
    assert caught.value.code == "required"
    state_profile.add_additional_report(france, {"submitted_on": "2013-10-21", "reference": "second"})
    state_profile.add_additional_report(france, {"submitted_on": "2009-06-02", "reference": "first"})
    assert [r["reference"] for r in state_profile.list_additional_reports(france)] == ["first", "second"]


# --- matrix answers ------------------------------------------------------------------------------


def test_matrix_answer_round_trip_with_citations(france):
    ws = france
    law = legal_instruments.create_legal_instrument(ws, {"title_original": "Code pénal", "status": "amended"}).value
    agency_id = agencies.create_agency(ws, {"name": "Ministère de la Justice"}).value
    blank = matrix.get_answer(ws, "OP2.NW.acquire.legal")
    assert (blank["value"], blank["remarks"], blank["citations"]) == ("", "", [])

    changes = matrix.set_answer(
        ws,
        "OP2.NW.acquire.legal",
        {"value": "X", "source": "report p. 12", "remarks": "Art. 421-2-2", "responsible_agency_id": agency_id},
    ).value
    assert changes["value"] == ["", "X"]
    matrix.add_citation(ws, "OP2.NW.acquire.legal", law, " art. 421-2-2 ")
    matrix.add_citation(ws, "OP2.NW.acquire.legal", law, "art. 421-5")

    answer = matrix.get_answer(ws, "OP2.NW.acquire.legal")
    assert (answer["value"], answer["source"], answer["remarks"], answer["responsible_agency_id"]) == (
        "X",
        "report p. 12",
        "Art. 421-2-2",
        agency_id,
    )
    assert [(c["article"], c["title_original"], c["status"]) for c in answer["citations"]] == [
        ("art. 421-2-2", "Code pénal", "amended"),
        ("art. 421-5", "Code pénal", "amended"),
    ]
    # A partial change keeps the rest of the answer.
    matrix.set_answer(ws, "OP2.NW.acquire.legal", {"value": "?"})
    again = matrix.get_answer(ws, "OP2.NW.acquire.legal")
    assert (again["value"], again["remarks"]) == ("?", "Art. 421-2-2")
    history = audit.history(ws.db, "matrix_answer", "OP2.NW.acquire.legal")
    assert [h["changes"].get("value") for h in history] == [["X", "?"], ["", "X"]]
    assert {h["actor"] for h in history} == {"Jeanne Martin"}


@pytest.mark.parametrize("value", ["Y", "x", "yes", "N/A", "0"])
def test_matrix_refuses_a_value_outside_x_unsure_na_blank(france, value):
    with pytest.raises(ValidationError) as caught:
        matrix.set_answer(france, "OP1.npt", {"value": value})
    assert (caught.value.field, caught.value.code) == ("value", "invalid_choice")
    assert _count(france, "matrix_answer") == 0


def test_matrix_refuses_unknown_field_missing_law_and_missing_agency(france):
    with pytest.raises(NotFoundError, match=r"^The matrix has no field 'OP9\.nothing'\.$"):
        matrix.set_answer(france, "OP9.nothing", {"value": "X"})
    with pytest.raises(NotFoundError, match=r"^The matrix has no field 'OP9\.nothing'\.$"):
        matrix.get_answer(france, "OP9.nothing")
    with pytest.raises(ValidationError) as caught:
        matrix.add_citation(france, "OP1.npt", 999, "art. 1")
    assert caught.value.code == "invalid_choice"
    with pytest.raises(ValidationError) as caught:
        matrix.set_answer(france, "OP1.npt", {"value": "X", "responsible_agency_id": 999})
    assert caught.value.code == "invalid_choice"
    with pytest.raises(ValidationError) as caught:
        matrix.set_answer(france, "OP1.npt", {"ratification_date": "1992-08-32"})
    assert caught.value.code == "invalid_date"
    assert _count(france, "matrix_answer") == 0
    assert _count(france, "matrix_citation") == 0


def test_coverage_by_section_counts_values(france):
    ws = france
    matrix.set_answer(ws, "OP1.npt", {"value": "X"})
    matrix.set_answer(ws, "OP1.cwc", {"value": "X"})
    matrix.set_answer(ws, "OP1.nsg", {"value": "NA"})
    matrix.set_answer(ws, "OP2.NW.acquire.legal", {"value": "?"})
    matrix.set_answer(ws, "OP2.BW.finance.enforcement", {"value": "X"})
    matrix.set_answer(ws, "OP3cd.CW.catch_all.legal", {"value": "NA"})
    matrix.set_answer(ws, "OP3cd.NW.penalties.enforcement", {"remarks": "only remarks, no value"})
    cov = matrix.coverage_by_section(ws)
    assert {k: (c.total, c.x, c.unsure, c.na, c.blank) for k, c in cov.items()} == {
        "A": (25, 2, 0, 1, 22),
        "B": (78, 1, 1, 0, 76),
        "C": (78, 0, 0, 0, 78),
        "D": (150, 0, 0, 1, 149),
        "*": (331, 3, 1, 2, 325),
    }
    assert cov["*"].answered == 6
    assert cov["A"].percent(cov["A"].x) == pytest.approx(8.0)
    # Fields answered X or ? in B-D without any law cited.
    assert matrix.fields_without_reference(ws) == 2


@pytest.mark.parametrize("text", HARD_TEXTS, ids=range(len(HARD_TEXTS)))
def test_text_round_trips_unchanged(france, text):
    ws = france
    agency_id = agencies.create_agency(ws, {"name": f"Agency {text}", "notes": text, "responsibilities": text}).value
    agency = agencies.get_agency(ws, agency_id)
    assert agency["name"] == f"Agency {text}"
    assert (agency["notes"], agency["responsibilities"]) == (text, text)

    contact_id = contacts.create_contact(ws, {"name": text, "notes": text, "training_attended": text}).value
    contact = contacts.get_contact(ws, contact_id)
    assert (contact["name"], contact["notes"], contact["training_attended"]) == (text, text, text)

    law_id = legal_instruments.create_legal_instrument(ws, {"title_original": text, "notes": text}).value
    (law,) = legal_instruments.list_legal_instruments(ws)
    assert (law["id"], law["title_original"], law["notes"]) == (law_id, text, text)

    matrix.set_answer(ws, "OP3cd.NW.penalties.legal", {"value": "X", "remarks": text, "source": text[:2000]})
    matrix.add_citation(ws, "OP3cd.NW.penalties.legal", law_id, text[:500])
    answer = matrix.get_answer(ws, "OP3cd.NW.penalties.legal")
    assert (answer["remarks"], answer["source"]) == (text, text[:2000])
    assert answer["citations"][0]["article"] == text[:500]
    assert answer["citations"][0]["title_original"] == text

    # The audit log keeps the text too.
    assert audit.history(ws.db, "agency", agency_id)[0]["changes"]["notes"] == [None, text]


def test_long_remark_is_kept_whole(france):
    text = ("Article 1. " + "Les exportations de biens à double usage sont soumises à licence. " * 120)[:7000].strip()
    matrix.set_answer(france, "OP3cd.NW.export_control_legislation.legal", {"remarks": text})
    assert matrix.get_answer(france, "OP3cd.NW.export_control_legislation.legal")["remarks"] == text
    with pytest.raises(ValidationError) as caught:
        matrix.set_answer(france, "OP1.npt", {"remarks": "x" * 20_001})
    assert caught.value.code == "too_long"


def test_data_is_visible_after_reopening(france, db_path):
    agency_id = agencies.create_agency(france, {"name": "Douanes", "notes": HARD_TEXTS[4]}).value
    matrix.set_answer(france, "OP1.npt", {"value": "X", "remarks": HARD_TEXTS[5]})
    france.close()
    with Workspace.open(db_path) as ws:
        assert agencies.get_agency(ws, agency_id)["notes"] == HARD_TEXTS[4]
        assert matrix.get_answer(ws, "OP1.npt")["remarks"] == HARD_TEXTS[5]
        assert state_profile.get_profile(ws)["state_code"] == "FRA"


def test_workspace_can_be_used_from_a_worker_thread(france):
    result = {}

    def worker():
        try:
            result["id"] = agencies.create_agency(france, {"name": "Created in a worker"}).value
        except BaseException as exc:
            result["error"] = exc

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(10)
    assert "error" not in result, result.get("error")
    assert agencies.get_agency(france, result["id"])["name"] == "Created in a worker"


def test_user_errors_share_one_base_class():
    assert issubclass(ValidationError, UserError)
    assert issubclass(NotFoundError, UserError)
