"""The Undo / Redo texts name every step the application records in the interface language, never by a key.

Every write operation of app/ is run once (the test fails when one is added without being run here), and
each step it records is named in English and in French: no internal key (nothing with "_"), no table name,
no id, and the French is French. The reasons a step cannot be undone and the refusals are checked too.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import shutil

import openpyxl
import pytest

import app
from app import (
    action_plan,
    agencies,
    assistance,
    attachments,
    contacts,
    legal_instruments,
    matrix,
    state_profile,
    steps,
    submissions,
    undo,
)
from app.changes import KINDS, Changes, Description
from app.exports import service
from app.interchange import agency_workbook as aw
from app.interchange import importing
from ui import labels
from ui.i18n import install_language

TABLES = KINDS | {"database", "matrix_field", "step", "step_row", "audit_log"}


def _write_operations() -> set[str]:
    """Every function of app/ declared as a write operation (app.steps.operation)."""
    found = set()
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if info.name in ("app.cli", "app.demo"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if getattr(value, "operation", False) is True and getattr(value, "__module__", "") == info.name:
                found.add(f"{info.name}.{name}")
    return found


class _Recorder:
    """Runs operations as the session does and keeps what each one recorded."""

    def __init__(self, session):
        self.session, self.ran, self.changes = session, set(), []

    def __call__(self, operation, *args, **kwargs) -> Changes:
        changes = self.session.run(operation, *args, **kwargs)
        self.ran.add(f"{operation.__module__}.{operation.__name__}")
        self.changes.append(changes)
        return changes


def _every_operation(run: _Recorder, ws, tmp_path) -> None:
    """Each write operation once, as the forms and views run them."""
    customs = run(agencies.create_agency, {"name": "Customs", "acronym": "DGD"}).id
    run(agencies.update_agency, customs, {"acronym": "DGDDI"})
    police = run(agencies.create_agency, {"name": "Police"}).id
    contact = run(contacts.create_contact, {"name": "Awa Diallo", "agency_id": customs, "phone": "+999 1"}).id
    run(contacts.update_contact, contact, {"title": "Director"})
    law = run(legal_instruments.create_legal_instrument, {"title_original": "Code des douanes"}).id
    run(legal_instruments.update_legal_instrument, law, {"status": "amended"})
    other_law = run(legal_instruments.create_legal_instrument, {"title_original": "Loi abrogée"}).id
    run(legal_instruments.delete_legal_instrument, other_law)

    run(matrix.set_answer, "OP1.npt", {"value": "X"})
    run(matrix.set_answer, "OP2.NW.manufacture.legal", {"remarks": "See the customs code"})
    citation = run(matrix.add_citation, "OP1.npt", law, "Art. 3").id
    run(matrix.remove_citation, citation)

    run(action_plan.update_plan, {"title": "National plan"})
    priority = run(action_plan.create_priority, {"title": "Borders"}).id
    run(action_plan.update_priority, priority, {"description": "Ports and airports"})
    action = run(
        action_plan.create_action,
        {"title": "Train officers", "priority_id": priority},
        [police],
        ["OP2.NW.manufacture.legal"],
    ).id
    run(action_plan.update_action, action, {"status": "in_progress"})
    proposed = run(action_plan.propose_actions_for_gaps, ["OP2.CW.manufacture.legal"]).value
    run(action_plan.accept_proposal, proposed[0])
    run(action_plan.delete_action, proposed[0])

    request = run(assistance.create_request, {"title": "Detectors", "contact_id": contact}, [customs]).id
    run(assistance.update_request, request, {"objectives": "Scan every container"})
    from_action = run(assistance.create_from_action, action).id
    run(assistance.delete_request, from_action)
    run(assistance.set_status, request, "withdrawn", "2026-11-01", "Not needed")
    run(assistance.undo_last_status, request)
    provider = run(assistance.create_provider, {"name": "Friends of 1540"}).id
    run(assistance.update_provider, provider, {"email": "contact@friends.example"})
    offer = run(assistance.create_offer, {"provider_id": provider, "title": "Border training"}).id
    run(assistance.update_offer, offer, {"regions": "Africa"})
    run(assistance.link_offer, request, offer, "2026-11-02")
    run(assistance.unlink_offer, request, offer)
    run(assistance.delete_offer, offer)
    run(assistance.delete_provider, provider)
    run(action_plan.delete_priority, priority)

    run(state_profile.save_profile, {"state_code": "KEN", "focal_point_name": "Wanjiru Kamau"})
    report_date = run(state_profile.add_additional_report, {"submitted_on": "2019-11-05"}).id
    run(state_profile.delete_additional_report, report_date)
    run(state_profile.save_profile_and_report_dates, {"focal_point_title": "Director"}, ["2020-01-15"])
    run(submissions.save_report_settings, {"reference": "NV/2026/7"})

    document = tmp_path / "gazette.txt"
    document.write_text("Journal officiel", encoding="utf-8")
    attached = run(attachments.add, "legal_instrument", law, document).id
    run(attachments.remove, attached)

    sent = run(aw.export_agency_workbook, customs, aw.field_keys_for(ws, ["A"]), tmp_path / "customs.xlsx").value
    returned = tmp_path / "returned.xlsx"
    shutil.copy(sent.path, returned)
    wb = openpyxl.load_workbook(returned)
    sheet = wb[wb.sheetnames[1]]
    row = next(r for r in range(aw.FIRST_ROW, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == "OP1.cwc")
    sheet.cell(row=row, column=aw.COLUMN_OF["value"]).value = "X"
    wb.save(returned)
    run(importing.apply, importing.read_workbook(ws, returned))
    again = run(aw.export_agency_workbook, police, aw.field_keys_for(ws, ["B"]), tmp_path / "police.xlsx").value
    run(aw.withdraw, again.id)

    run(agencies.delete_agency, police)
    run(contacts.delete_contact, contact)
    report = service.export_document(ws, "report", "pdf", "en", tmp_path / "report.pdf")
    run(
        submissions.mark_submitted,
        report.path,
        kind="report",
        fmt="pdf",
        lang="en",
        reference="NV/2026/7",
        counts=report.counts,
    )
    run(action_plan.freeze_plan, "2026-11-20")


def _problems(text: str, description: Description, language: str) -> list[str]:
    found = []
    if "_" in text:
        found.append("an internal key or table name (with _)")
    words = set(re.findall(r"\w+", text))
    if language != "en" and words & TABLES:  # in English "agency" or "database" are words too
        found.append(f"a table name {sorted(words & TABLES)}")
    own = text.replace(description.subject, "") if description.subject else text  # the name as typed is shown as is
    if any(word.isdigit() for word in re.findall(r"\S+", own)):
        found.append("an id (a number on its own)")
    if description.ref and description.ref[1] in text:
        found.append("a field's key")
    return found


def test_every_step_the_application_records_is_named_in_english_and_french(qapp, session, tmp_path):
    run = _Recorder(session)
    _every_operation(run, session.workspace, tmp_path)
    assert _write_operations() <= run.ran, "every write operation is run here"
    descriptions = list(dict.fromkeys(c.description for c in run.changes if c.description is not None))
    descriptions.append(Description("restore", "database", "examplia-2026-11-20.un1540"))
    ws = session.workspace
    named: dict[str, dict] = {"en": {}, "fr": {}}
    problems = []
    try:
        for language in ("en", "fr"):
            install_language(qapp, language)
            for description in descriptions:
                assert (description.action, description.kind) in labels.STEP_PHRASES, (
                    f"no phrase of its own for {description.action} {description.kind}"
                )
                name = labels.step_name(ws, description, language)
                named[language][description] = name
                step = undo.Step(1, description, "", "", "", "")
                for text in (
                    name,
                    labels.undo_action_text(step, ws, language),
                    labels.undo_action_text(step, ws, language, redo=True),
                ):
                    problems += [f"{language}: {text!r}: {p}" for p in _problems(text, description, language)]
    finally:
        install_language(qapp, "en")
    assert not problems, "\n".join(problems)
    for description in descriptions:
        english, french = named["en"][description], named["fr"][description]
        assert english != french, f"not translated: {english!r}"
    assert (
        named["en"][Description("set_answer", "matrix_answer", "A.1", ("matrix_field", "OP1.npt"))]
        == "answer to A.1 NPT"
    )
    assert (
        named["fr"][Description("set_answer", "matrix_answer", "A.1", ("matrix_field", "OP1.npt"))]
        == "réponse à A.1 TNP"
    )
    assert named["en"][Description("create", "agency", "Customs")] == "new agency “Customs”"
    assert named["fr"][Description("create", "agency", "Customs")] == "nouvel organisme «\xa0Customs\xa0»"


@pytest.mark.parametrize(
    "code, english",
    [
        ("nothing", "There is nothing to undo."),
        ("not_undoable", "Cannot undo — new agency “Customs”. Nothing was changed."),
        (
            "moved",
            "Cannot undo — new agency “Customs”: it is no longer the last step, the data was changed meanwhile "
            "(another window or the command line). Nothing was changed; the Edit menu now shows the next step.",
        ),
        (
            "changed_since",
            "Cannot undo — new agency “Customs”: what it changed was changed again since (changes to "
            "agency “Customs and Excise”). Nothing was changed.",
        ),
    ],
)
def test_a_refusal_names_the_step_and_the_later_step_in_english_and_french(qapp, session, code, english):
    step = undo.Step(3, Description("create", "agency", "Customs"), "", "", "", "")
    by = undo.Step(4, Description("update", "agency", "Customs and Excise"), "", "", "", "")
    refused = undo.UndoRefused(code, "", step, by if code == "changed_since" else None)
    assert labels.undo_refused_message(refused, session.workspace, "en") == english
    try:
        install_language(qapp, "fr")
        french = labels.undo_refused_message(refused, session.workspace, "fr")
    finally:
        install_language(qapp, "en")
    assert french != english and "Nothing" not in french and "_" not in french
    if code != "nothing":
        assert "«\xa0Customs\xa0»" in french
    if code == "changed_since":
        assert "«\xa0Customs and Excise\xa0»" in french


def test_a_step_without_a_name_of_its_own_loses_its_quotes(session):
    assert (
        labels.step_name(session.workspace, Description("update", "action_plan", ""), "en")
        == "changes to the action plan"
    )
    assert (
        labels.step_name(
            session.workspace, Description("set_answer", "matrix_answer", "Z.9", ("matrix_field", "OP9.gone")), "en"
        )
        == "answer to a matrix field"
    )
    with steps.step(session.workspace, Description("create", "agency", "Customs")):
        agencies.create_agency(session.workspace, {"name": "Customs"})
    assert (
        labels.undo_action_text(undo.undo_target(session.workspace), session.workspace, "en")
        == "&Undo: new agency “Customs”"
    )


def test_a_long_name_is_shortened_in_the_edit_menu_and_whole_in_a_message(session):
    from app.undo import Step

    title = "Loi n° 2019-114 portant régime de contrôle des exportations " * 4
    step = Step(1, Description("update", "legal_instrument", title), "2026-11-20T10:00:00+00:00", "A", "gui", "")
    text = labels.undo_action_text(step, session.workspace, "en")
    assert title[:40] in text and title not in text and "…" in text
    assert len(text) < 120
    assert title.strip() in labels.step_name(session.workspace, step.description, "en")
