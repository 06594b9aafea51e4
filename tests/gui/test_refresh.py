"""Every view refreshes through `Changes`: a change reloads the views that show what it changed, and only those.

The whole window is built on the training State, every view shown once; then each kind of operation runs
through the session (as the forms and views run them) and the test counts, per view, the calls that read and
redraw what it shows. A view that shows nothing of what changed must not read anything.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from app import (
    action_plan,
    agencies,
    assistance,
    attachments,
    contacts,
    legal_instruments,
    matrix,
    state_profile,
    submissions,
)
from app.changes import Changes
from app.exports import service
from app.interchange import agency_workbook as aw
from app.interchange import importing
from tests.gui.windows import active_window
from ui.main_window import NAVIGATION

ALL = frozenset(
    {
        "overview",
        "matrix",
        "action_plan",
        "assistance",
        "legislation",
        "agencies",
        "workbooks",
        "reports",
        "documents",
        "title",
    }
)


def _count(counts: Counter, name: str, owner, attribute: str) -> None:
    original = getattr(owner, attribute)

    def counted(*args, **kwargs):
        counts[name] += 1
        return original(*args, **kwargs)

    setattr(owner, attribute, counted)


@pytest.fixture
def window(qtbot, demo_session):
    window = active_window(qtbot, demo_session)
    for key in NAVIGATION:  # every view built, as after a working session
        window.show_view(key)
    window.show_view("overview")
    counts: Counter = Counter()
    v = window.views
    for name, owner, attribute in (
        ("overview", v["overview"], "reload"),
        ("matrix", v["matrix"], "_fill_agencies"),
        ("matrix", v["matrix"].detail, "show_field"),
        ("action_plan", v["action_plan"], "reload"),
        ("action_plan", v["action_plan"], "reload_actions"),
        ("assistance", v["assistance"].request_panel, "reload"),
        ("assistance", v["assistance"].provider_panel, "reload"),
        ("assistance", v["assistance"].offer_panel, "reload"),
        ("assistance", v["assistance"], "show_detail"),
        ("legislation", v["legislation"], "reload"),
        ("legislation", v["legislation"], "_show_citations"),
        ("agencies", v["agencies"].agency_panel, "reload"),
        ("agencies", v["agencies"].contact_panel, "reload"),
        ("workbooks", v["workbooks"], "reload"),
        ("reports", v["reports"], "reload"),
        ("documents", v["legislation"].documents, "reload"),
        ("documents", v["assistance"].documents, "reload"),
        ("title", window, "_refresh_title"),
    ):
        _count(counts, name, owner, attribute)
    model = v["matrix"].model  # the matrix redraws rows (or all of them) of the section shown
    model.dataChanged.connect(lambda *_: counts.update(["matrix"]))
    model.modelReset.connect(lambda *_: counts.update(["matrix"]))
    window.counts = counts
    return window


def _reloaded(window, operation) -> frozenset[str]:
    window.counts.clear()
    changes = operation()
    assert isinstance(changes, Changes) and changes, "the operation changed something"
    return frozenset(name for name, n in window.counts.items() if n)


def _first(rows: list[dict], **match) -> dict:
    return next(r for r in rows if all(r[k] == v for k, v in match.items()))


def test_each_operation_reloads_the_views_that_show_what_it_changed_and_only_those(window, demo_session, tmp_path):
    s, ws = demo_session, demo_session.workspace
    law_id = legal_instruments.list_legal_instruments(ws)[0]["id"]
    cited = legal_instruments.citing_fields(ws, law_id)[0]["field_key"]
    window.views["legislation"].panel.select_id(law_id)  # the law's citing fields are listed
    matrix_view = window.views["matrix"]
    assert matrix_view.detail.field_key == "OP1.npt"  # section A is shown, its first field in the detail pane
    provider_id = assistance.list_providers(ws)[0]["id"]
    offer_id = _first(assistance.list_offers(ws), provider_id=provider_id)["id"]
    request_id = assistance.list_requests(ws)[0]["id"]
    dgd = _first(agencies.list_agencies(ws), acronym="DGD")["id"]
    document = tmp_path / "gazette.txt"
    document.write_text("Journal officiel", encoding="utf-8")
    report = service.export_document(ws, "report", "pdf", "en", tmp_path / "report.pdf")

    matrix_kinds = {"overview", "matrix"}
    expected = [
        (
            "a new agency",
            lambda: s.run(agencies.create_agency, {"name": "Coast Guard"}),
            {"overview", "matrix", "action_plan", "assistance", "agencies", "workbooks"},
        ),
        (
            "a new contact",
            lambda: s.run(contacts.create_contact, {"name": "Ines Moreau"}),
            {"overview", "assistance", "agencies"},
        ),
        (
            "a new law",
            lambda: s.run(legal_instruments.create_legal_instrument, {"title_original": "Loi sur le fret"}),
            {"overview", "matrix", "legislation"},
        ),
        (
            "a field of another section",
            lambda: s.run(matrix.set_answer, "OP3ab.CW.account_use.legal", {"value": "NA"}),
            {"overview"},
        ),
        (
            "the field in the detail pane",
            lambda: s.run(matrix.set_answer, "OP1.npt", {"remarks": "Ratified"}),
            matrix_kinds,
        ),
        (
            "a field citing the selected law",
            lambda: s.run(matrix.set_answer, cited, {"remarks": "Reviewed"}),
            {"overview", "legislation"} | ({"matrix"} if cited.startswith("OP1.") else set()),
        ),
        (
            "a legal reference",
            lambda: s.run(matrix.add_citation, "OP1.npt", law_id, "Art. 2"),
            {"overview", "matrix", "legislation"},
        ),
        (
            "the plan's header",
            lambda: s.run(action_plan.update_plan, {"title": "Plan 2027"}),
            {"overview", "action_plan"},
        ),
        ("a priority", lambda: s.run(action_plan.create_priority, {"title": "Borders"}), {"overview", "action_plan"}),
        (
            "an action closing the field shown",
            lambda: s.run(action_plan.create_action, {"title": "Ratify"}, [], ["OP1.npt"]),
            {"overview", "action_plan", "matrix"},
        ),
        (
            "a provider",
            lambda: s.run(assistance.create_provider, {"name": "Friends of 1540"}),
            {"overview", "assistance"},
        ),
        (
            "an offer",
            lambda: s.run(assistance.create_offer, {"provider_id": provider_id, "title": "Border training"}),
            {"overview", "assistance"},
        ),
        ("an offer linked", lambda: s.run(assistance.link_offer, request_id, offer_id), {"overview", "assistance"}),
        (
            "a request",
            lambda: s.run(assistance.create_request, {"title": "Detectors"}),
            {"overview", "assistance", "reports"},
        ),
        (
            "the profile",
            lambda: s.run(state_profile.save_profile, {"focal_point_name": "Ana Lima"}),
            {"overview", "assistance", "reports", "title"},
        ),
        (
            "the report's text",
            lambda: s.run(submissions.save_report_settings, {"reference": "NV/2026/7"}),
            {"overview", "reports"},
        ),
        ("a document", lambda: s.run(attachments.add, "legal_instrument", law_id, document), {"overview", "documents"}),
        (
            "a workbook sent",
            lambda: s.run(aw.export_agency_workbook, dgd, aw.field_keys_for(ws, ["A"]), tmp_path / "dgd.xlsx"),
            {"overview", "workbooks"},
        ),
        # the training State sent its first report already: this one adds a date of additional information
        (
            "a report submitted",
            lambda: s.run(
                submissions.mark_submitted,
                report.path,
                kind="report",
                fmt="pdf",
                lang="en",
                reference="NV/2026/7",
                counts=report.counts,
            ),
            {"overview", "reports"},
        ),
    ]
    problems = []
    for what, operation, views in expected:
        got = _reloaded(window, operation)
        if got != frozenset(views):
            problems.append(f"{what}: reloaded {sorted(got)}, expected {sorted(views)}")
    assert not problems, "\n".join(problems)


def test_an_import_reloads_the_matrix_and_the_workbooks_without_a_hand_patch(window, demo_session, tmp_path):
    ws = demo_session.workspace
    agency = _first(agencies.list_agencies(ws), acronym="ANSR")["id"]
    sent = demo_session.run(aw.export_agency_workbook, agency, aw.field_keys_for(ws, ["A"]), tmp_path / "ansr.xlsx")
    returned = tmp_path / "returned.xlsx"
    shutil.copy(sent.value.path, returned)
    wb = openpyxl.load_workbook(returned)
    sheet = wb[wb.sheetnames[1]]
    row = next(r for r in range(aw.FIRST_ROW, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == "OP1.npt")
    sheet.cell(row=row, column=aw.COLUMN_OF["value"]).value = "NA"
    wb.save(returned)
    preview = importing.read_workbook(ws, returned)

    got = _reloaded(window, lambda: demo_session.run(importing.apply, preview))
    assert got == {"overview", "matrix", "workbooks"} | ({"legislation"} if "legislation" in got else set())
    assert window.views["workbooks"].model.row_record(0)["status"] == "imported", "the workbook's new status shows"
    matrix_view = window.views["matrix"]
    assert matrix_view.model.index_of_field("OP1.npt").data() == "NA"


def test_a_restore_reloads_every_view(window, demo_session):
    window.counts.clear()
    demo_session.replace_workspace(demo_session.workspace)
    assert {name for name, n in window.counts.items() if n} == ALL


def test_a_view_names_only_kinds_the_domain_knows():
    from app.changes import KINDS
    from ui.main_window import MainWindow
    from ui.views.action_plan import ActionPlanView
    from ui.views.agencies_contacts import AgenciesContactsView
    from ui.views.assistance import AssistanceView
    from ui.views.legislation import LegislationView
    from ui.views.matrix import MatrixView
    from ui.views.overview import OverviewView
    from ui.views.reports import ReportsView
    from ui.views.workbooks import WorkbooksView
    from ui.widgets.documents_panel import DocumentsPanel

    for shown in (
        MainWindow,
        ActionPlanView,
        AgenciesContactsView,
        AssistanceView,
        LegislationView,
        MatrixView,
        OverviewView,
        ReportsView,
        WorkbooksView,
        DocumentsPanel,
    ):
        assert shown.SHOWS and shown.SHOWS <= KINDS, shown.__name__


def test_no_view_patches_another_by_hand():
    root = Path(__file__).resolve().parents[2] / "ui"
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\bsession\.changed\.emit\(", text), f"{path.name} emits the change signal itself"
